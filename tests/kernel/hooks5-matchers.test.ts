// Kernel conformance of every matcher × operator × `not` the language allows on the cgroup_skb
// and netfilter hooks (hooks5-rows.ts says how cases are adapted): each case of matrix.ts becomes a one-rule chain (`rule M counter DROP`, policy ACCEPT)
// loaded through the verifier and test-run (the program sees the packet from its IP header, the
// L3 protocol from skb->protocol). Also `mark` writes skb->mark and later rules see it.

import { describe, expect, it } from "vitest";
import { chainHead, expectDelta, kernelSkipReason, runExpect, snapshot, withChain } from "./harness.js";
import { matcherText, type MatcherCase, type Pkt } from "./matrix.js";
import { ether, ipv4, tcp } from "./packets.js";
import { CGROUP_SKB_HOOKS, NF_HOOKS, casesFor, type Hook5 } from "./hooks5-rows.js";

const skip = kernelSkipReason();
const ETH_HLEN = 14;

async function runCase(c: MatcherCase, hook: Hook5, negate: boolean): Promise<void> {
  // matcherText only varies the spelling of `eq` by hook; any spelling is valid here
  const source = `${chainHead(hook)}\nrule ${matcherText(c, negate, "BF_HOOK_XDP")} counter DROP\n`;
  const groups: [Pkt[], boolean][] = [[c.match, !negate], [c.nomatch, negate], [c.absent ?? [], false]];
  await withChain(source, hook, (l) => {
    const before = snapshot(l);
    const want = { rules: {} as Record<number, number>, policy: 0, bytes: { rules: {} as Record<number, number>, policy: 0 } };
    for (const [pkts, hit] of groups) {
      for (const pkt of pkts) {
        const frame = ether({}, pkt.l3).bytes;
        runExpect(l, frame, { expect: hit ? "DROP" : "ACCEPT", mark: pkt.mark, what: `${source.trim()} | ${pkt.label}` });
        // cgroup_skb counts skb->len: the packet from its IP header
        if (hit) {
          want.rules[0] = (want.rules[0] ?? 0) + 1;
          want.bytes.rules[0] = (want.bytes.rules[0] ?? 0) + frame.length - ETH_HLEN;
        } else {
          want.policy += 1;
          want.bytes.policy += frame.length - ETH_HLEN;
        }
      }
    }
    expectDelta(before, snapshot(l), want, source);
  });
}

describe.skipIf(skip !== null)("cgroup_skb and netfilter matchers through the kernel", () => {
  for (const hook of [...CGROUP_SKB_HOOKS, ...NF_HOOKS]) {
    describe(hook, () => {
      for (const c of casesFor(hook)) {
        for (const negate of [false, true]) {
          it(`${c.field} ${negate ? "not " : ""}${c.op} ${c.payload}`, () => runCase(c, hook, negate));
        }
      }
    });
  }
});

describe.skipIf(skip !== null)("cgroup_skb mark and verdicts", () => {
  for (const hook of CGROUP_SKB_HOOKS) {
    it(`${hook}: mark is written and seen by later rules; NEXT and policies`, async () => {
      const source = [
        chainHead(hook, "DROP"),
        "rule meta.mark 0 mark 0x51 counter CONTINUE",
        "rule meta.mark 0x51 tcp.dport 80 counter ACCEPT",
        "rule meta.mark 0x51 tcp.dport 81 NEXT",
        "",
      ].join("\n");
      await withChain(source, hook, (l) => {
        const f = (dport: number): Uint8Array => ether({}, ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, tcp({ dport }))).bytes;
        runExpect(l, f(80), { expect: "ACCEPT", mark: 0, markAfter: 0x51, what: "mark then accept" });
        // NEXT is 1 on cgroup_skb, like ACCEPT (the kernel cannot tell them apart)
        runExpect(l, f(81), { expect: "ACCEPT", mark: 0, markAfter: 0x51, what: "mark then next" });
        runExpect(l, f(82), { expect: "DROP", mark: 0, markAfter: 0x51, what: "policy DROP" });
        runExpect(l, f(80), { expect: "DROP", mark: 7, markAfter: 7, what: "other mark: policy" });
        const s = snapshot(l);
        expect(s.rules.get(0)?.packets).toBe(3);
        expect(s.rules.get(1)?.packets).toBe(1);
        expect(s.policy.packets).toBe(2);
      });
    });
  }
});
