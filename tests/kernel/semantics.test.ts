// Kernel conformance of chain semantics (LANGUAGE.md §5) on XDP, TC ingress and TC egress: rule
// order (first terminal match wins), CONTINUE with counters, policies and the policy counter,
// verdict return codes (NEXT = TCX_NEXT on TC, REDIRECT), `mark` and `meta.mark` on TC,
// `meta.probability` (0%, 100%, a statistical 50%) and `meta.flow_probability` determinism.

import { describe, expect, it } from "vitest";
import {
  Tally, chainHead, compileErrors, expectDelta, kernelSkipReason, runExpect, snapshot, withChain, PKT_HOOKS, TC_HOOKS,
} from "./harness.js";
import { arp, eth, icmp, ipv4, ipv6, tcp, udp } from "./packets.js";

const skip = kernelSkipReason();

const SYN80 = eth(ipv4({ src: "10.0.0.1" }, tcp({ dport: 80, flags: ["syn"] })));
const ACK80 = eth(ipv4({ src: "10.0.0.1" }, tcp({ dport: 80, flags: ["ack"] })));
const SYN22 = eth(ipv4({ src: "10.0.0.9" }, tcp({ dport: 22, flags: ["syn"] })));
const UDP53 = eth(ipv6({}, udp({ dport: 53 })));
const ARP = eth(arp());

describe.skipIf(skip !== null)("rule order, CONTINUE, policies", () => {
  for (const hook of PKT_HOOKS) {
    it(`${hook}: the first terminal match wins`, async () => {
      const source = `${chainHead(hook, "DROP")}
rule tcp.dport 80 counter ACCEPT
rule tcp.dport 80 counter DROP
rule ip4.saddr 10.0.0.1 counter NEXT
rule meta.l4_proto tcp counter DROP
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, SYN80, { expect: "ACCEPT", what: "dport 80 hits rule 0" });
        runExpect(l, eth(ipv4({ src: "10.0.0.1" }, tcp({ dport: 81 }))), { expect: "NEXT", what: "rule 2" });
        runExpect(l, SYN22, { expect: "DROP", what: "rule 3" });
        runExpect(l, UDP53, { expect: "DROP", what: "policy DROP" });
        expectDelta(before, snapshot(l), { rules: { 0: 1, 2: 1, 3: 1 }, policy: 1 }, source);
      });
    });

    it(`${hook}: CONTINUE counts and goes on; rules without counter are not counted`, async () => {
      const source = `${chainHead(hook, "ACCEPT")}
rule meta.l4_proto tcp counter CONTINUE
rule tcp.flags any syn CONTINUE
rule tcp.dport 80 counter CONTINUE
rule ip4.saddr 10.0.0.1 counter DROP
rule meta.l3_proto ipv4 counter CONTINUE
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        const t = new Tally();
        // SYN80: rules 0, 2, 3 (DROP). ACK80: 0, 2, 3. SYN22: 0, 4, policy. UDP53: policy. ARP: policy.
        for (const f of [SYN80, ACK80]) {
          runExpect(l, f, { expect: "DROP", what: "tcp to 80 from 10.0.0.1" });
          [0, 2, 3].forEach((r) => t.count(r, f.length));
        }
        runExpect(l, SYN22, { expect: "ACCEPT", what: "tcp to 22" });
        [0, 4, null].forEach((r) => t.count(r, SYN22.length));
        for (const f of [UDP53, ARP]) {
          runExpect(l, f, { expect: "ACCEPT", what: "not tcp" });
          t.count(null, f.length);
        }
        expectDelta(before, snapshot(l), t.want, source);
        expect(l.chain.counters()!.rules.map((r) => r.index), "rules with a counter").toEqual([0, 2, 3, 4]);
      });
    });

    it(`${hook}: all matchers of a rule must match; a rule mixing protocols never matches but keeps its counter`, async () => {
      const source = `${chainHead(hook)}
rule ip4.saddr 10.0.0.1 tcp.dport 80 tcp.flags any syn meta.l3_proto ipv4 counter DROP
rule ip4.saddr 10.0.0.1 ip6.saddr 2001:db8::1 counter DROP
rule tcp.dport 22 udp.dport 22 counter DROP
rule meta.l4_proto tcp counter NEXT
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, SYN80, { expect: "DROP", what: "all four match" });
        runExpect(l, ACK80, { expect: "NEXT", what: "no syn" });
        runExpect(l, eth(ipv4({ src: "10.0.0.2" }, tcp({ dport: 80 }))), { expect: "NEXT", what: "other source" });
        runExpect(l, SYN22, { expect: "NEXT", what: "port 22 over TCP only" });
        runExpect(l, eth(ipv4({ src: "10.0.0.1" }, udp({ dport: 22 }))), { expect: "ACCEPT", what: "port 22 over UDP only" });
        expectDelta(before, snapshot(l), { rules: { 0: 1, 3: 3 }, policy: 1 }, source);
        expect(l.chain.counters()!.rules.map((r) => r.index), "never-matching rules keep their counters").toEqual([0, 1, 2, 3]);
      });
    });

    for (const policy of ["ACCEPT", "DROP", "NEXT"] as const) {
      it(`${hook}: policy ${policy} and its counter (with repeat)`, async () => {
        const source = `${chainHead(hook, policy)}\nrule tcp.dport 9 counter DROP\n`;
        await withChain(source, hook, (l) => {
          const before = snapshot(l);
          for (const f of [SYN80, UDP53, ARP]) runExpect(l, f, { expect: policy, what: `policy ${policy}` });
          l.chain.run(SYN22, { repeat: 50 });
          const t = new Tally();
          for (const f of [SYN80, UDP53, ARP]) t.count(null, f.length);
          t.count(null, SYN22.length, 50);
          expectDelta(before, snapshot(l), t.want, source);
        });
      });
    }
  }
});

describe.skipIf(skip !== null)("verdict return codes", () => {
  for (const hook of PKT_HOOKS) {
    it(`${hook}: REDIRECT to an interface index, and by name`, async () => {
      const dirs = hook === "BF_HOOK_XDP" ? ["out"] : ["out", "in"];
      for (const dir of dirs) {
        for (const target of ["1", "lo"]) {
          const source = `${chainHead(hook)}\nrule tcp.dport 80 counter REDIRECT ${target} ${dir}\n`;
          await withChain(source, hook, (l) => {
            const before = snapshot(l);
            runExpect(l, SYN80, { expect: "REDIRECT", what: source });
            runExpect(l, SYN22, { expect: "ACCEPT", what: source });
            expectDelta(before, snapshot(l), { rules: { 0: 1 }, policy: 1 }, source);
          });
        }
      }
    });
  }

  it("REDIRECT … in is refused on XDP; mark is refused on XDP", () => {
    expect(compileErrors(`${chainHead("BF_HOOK_XDP")}\nrule tcp.dport 80 REDIRECT 1 in\n`).length).toBeGreaterThan(0);
    expect(compileErrors(`${chainHead("BF_HOOK_XDP")}\nrule tcp.dport 80 mark 1 ACCEPT\n`).length).toBeGreaterThan(0);
  });
});

describe.skipIf(skip !== null)("mark and meta.mark on TC", () => {
  for (const hook of TC_HOOKS) {
    it(`${hook}: mark sets the skb mark; a later rule sees it through meta.mark`, async () => {
      const source = `${chainHead(hook)}
rule tcp.dport 80 mark 0x10 counter CONTINUE
rule meta.mark 16 counter DROP
rule udp.dport 53 mark 4294967295 ACCEPT
rule ip4.saddr 10.0.0.9 mark 010 NEXT
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, SYN80, { expect: "DROP", mark: 7, markAfter: 16, what: "marked then dropped" });
        runExpect(l, UDP53, { expect: "ACCEPT", mark: 7, markAfter: 0xffffffff, what: "marked u32 max" });
        runExpect(l, SYN22, { expect: "NEXT", mark: 0, markAfter: 8, what: "octal mark" });
        runExpect(l, ARP, { expect: "DROP", mark: 16, markAfter: 16, what: "meta.mark 16 given before the run" });
        runExpect(l, eth(ipv4({}, icmp())), { expect: "ACCEPT", mark: 5, markAfter: 5, what: "untouched mark" });
        expectDelta(before, snapshot(l), { rules: { 0: 1, 1: 2 }, policy: 1 }, source);
      });
    });
  }
});

describe.skipIf(skip !== null)("probabilities", () => {
  for (const hook of PKT_HOOKS) {
    it(`${hook}: meta.probability 50% matches about half of 4000 runs`, async () => {
      const source = `${chainHead(hook)}\nrule meta.probability 50% counter DROP\nrule meta.probability 12.5% counter DROP\n`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        l.chain.run(SYN80, { repeat: 4000 });
        const after = snapshot(l);
        const hit = after.rules.get(0)!.packets - before.rules.get(0)!.packets;
        const second = after.rules.get(1)!.packets - before.rules.get(1)!.packets;
        const rest = after.policy.packets - before.policy.packets;
        expect(hit + second + rest).toBe(4000);
        // Binomial(4000, 0.5) has sd ≈ 32: the bounds are more than 9 sd away.
        expect(hit).toBeGreaterThan(1700);
        expect(hit).toBeLessThan(2300);
        // Of the ~2000 left, 12.5% (~250, sd ≈ 15).
        expect(second).toBeGreaterThan(130);
        expect(second).toBeLessThan(400);
      });
    });

    it(`${hook}: meta.flow_probability 50% is deterministic per 5-tuple and splits flows`, async () => {
      const source = `${chainHead(hook)}\nrule meta.flow_probability 50% counter DROP\n`;
      const flows = Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0 ? eth(ipv4({ src: `10.0.${i}.1` }, tcp({ sport: 1000 + i, dport: 443 })))
          : eth(ipv6({ src: `2001:db8::${i.toString(16)}` }, udp({ sport: 2000 + i, dport: 53 }))));
      await withChain(source, hook, (l) => {
        let dropped = 0;
        for (const f of flows) {
          const first = l.chain.run(f).verdict;
          for (let k = 0; k < 4; k++) expect(l.chain.run(f).verdict, "same flow, same verdict").toBe(first);
          if (first === "DROP") dropped++;
        }
        expect(dropped).toBeGreaterThan(50);
        expect(dropped).toBeLessThan(150);
      });
    });
  }
});
