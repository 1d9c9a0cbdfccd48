// Kernel conformance of sets: every row of setcases.ts (exact and prefix sets, composite keys of
// 2–8 components, thousands of elements) as a named set and as an inline set, with `in` and
// `not in`, on XDP, TC ingress and TC egress; then the map-identity cases: an empty set declared
// before a non-empty one, two sets each used by their own rule, and rules on an empty set.

import { describe, it } from "vitest";
import { Tally, chainHead, expectDelta, kernelSkipReason, runExpect, snapshot, withChain, PKT_HOOKS, type PktHook } from "./harness.js";
import { TAGGINGS, type Pkt } from "./matrix.js";
import { SET_KEY_ROWS, type SetRow } from "./setcases.js";
import { arp, ether, eth, ipv4, ipv6, tcp, udp } from "./packets.js";

const skip = kernelSkipReason();
/** Sets are big; running every packet untagged and QinQ-tagged is enough here. */
const TAGS = [TAGGINGS[0], TAGGINGS[2]];

/** The rule on `row` as a named set (declared before the rule) or as an inline set body. */
function setSource(row: SetRow, hook: PktHook, negate: boolean, named: boolean): string {
  const key = `(${row.key.join(", ")})`;
  const body = `{\n${row.elements.map((e) => `  ${e}`).join("\n")}\n}`;
  const inWord = negate ? "not in" : "in";
  if (named) return `${chainHead(hook)}\nset s ${key} in ${body}\nrule ${key} ${inWord} s counter DROP\n`;
  return `${chainHead(hook)}\nrule ${key} ${inWord} ${body} counter DROP\n`;
}

async function runSetRow(row: SetRow, hook: PktHook, negate: boolean, named: boolean): Promise<void> {
  const source = setSource(row, hook, negate, named);
  const what = `${row.name} ${named ? "named" : "inline"} ${negate ? "not in" : "in"}`;
  const groups: [Pkt[], boolean][] = [[row.match, !negate], [row.nomatch, negate], [row.absent ?? [], false]];
  await withChain(source, hook, (l) => {
    const before = snapshot(l);
    const tally = new Tally();
    for (const [pkts, hit] of groups) {
      for (const pkt of pkts) {
        for (const t of TAGS) {
          const frame = ether(t.eth, pkt.l3).bytes;
          runExpect(l, frame, { expect: hit ? "DROP" : "ACCEPT", what: `${what} | ${pkt.label} ${t.name}` });
          tally.count(hit ? 0 : null, frame.length);
        }
      }
    }
    expectDelta(before, snapshot(l), tally.want, what);
  });
}

describe.skipIf(skip !== null)("sets through the kernel", () => {
  for (const row of SET_KEY_ROWS) {
    describe(`${row.name} (${row.elements.length} elements)`, () => {
      for (const hook of PKT_HOOKS) {
        for (const negate of [false, true]) {
          // Named on XDP and TC egress, inline on TC ingress (and the other way round with `not`).
          const named = (hook === "BF_HOOK_TC_INGRESS") === negate;
          it(`${hook} ${named ? "named" : "inline"} ${negate ? "not in" : "in"}`, () => runSetRow(row, hook, negate, named), 120_000);
        }
      }
    });
  }
});

const A = eth(ipv4({ src: "10.0.0.1" }, tcp()));
const B = eth(ipv4({ src: "10.0.0.2" }, tcp()));
const C = eth(ipv4({ src: "10.0.0.3" }, tcp()));
const V6 = eth(ipv6({}, udp()));
const ARP = eth(arp());

describe.skipIf(skip !== null)("set maps belong to their own rules", () => {
  for (const hook of PKT_HOOKS) {
    it(`${hook}: an empty set declared before a non-empty one`, async () => {
      const source = `${chainHead(hook)}
set empty (ip4.saddr) in {}
set full (ip4.saddr) in { 10.0.0.1; 10.0.0.2 }
rule (ip4.saddr) in full counter DROP
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, A, { expect: "DROP", what: "10.0.0.1 in full" });
        runExpect(l, B, { expect: "DROP", what: "10.0.0.2 in full" });
        runExpect(l, C, { expect: "ACCEPT", what: "10.0.0.3 not in full" });
        expectDelta(before, snapshot(l), { rules: { 0: 2 }, policy: 1 }, source);
      });
    });

    it(`${hook}: an empty composite set before a non-empty set of another key size`, async () => {
      const source = `${chainHead(hook)}
set e (ip6.saddr, udp.dport) in {
}
set f (ip4.saddr) in {
  10.0.0.2
}
rule (ip4.saddr) in f counter DROP
`;
      await withChain(source, hook, (l) => {
        runExpect(l, B, { expect: "DROP", what: "10.0.0.2 in f" });
        runExpect(l, A, { expect: "ACCEPT", what: "10.0.0.1 not in f" });
      });
    });

    it(`${hook}: two sets, each rule uses its own`, async () => {
      const source = `${chainHead(hook)}
set one (ip4.saddr) in { 10.0.0.1 }
set two (ip4.saddr) in { 10.0.0.2 }
rule (ip4.saddr) in two counter NEXT
rule (ip4.saddr) in one counter DROP
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, A, { expect: "DROP", what: "10.0.0.1 only in one" });
        runExpect(l, B, { expect: "NEXT", what: "10.0.0.2 only in two" });
        runExpect(l, C, { expect: "ACCEPT", what: "in neither" });
        expectDelta(before, snapshot(l), { rules: { 0: 1, 1: 1 }, policy: 1 }, source);
      });
    });

    it(`${hook}: \`in\` an empty set matches nothing; \`not in\` it matches every packet with the key's headers`, async () => {
      const source = `${chainHead(hook)}
set none (ip4.saddr, tcp.dport) in {}
rule (ip4.saddr, tcp.dport) in none counter DROP
rule (ip4.saddr, tcp.dport) not in none counter NEXT
`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        runExpect(l, A, { expect: "NEXT", what: "ipv4 tcp, not in the empty set" });
        runExpect(l, eth(ipv4({}, udp())), { expect: "ACCEPT", what: "ipv4 udp has no tcp.dport" });
        runExpect(l, V6, { expect: "ACCEPT", what: "ipv6 has no ip4.saddr" });
        runExpect(l, ARP, { expect: "ACCEPT", what: "arp" });
        expectDelta(before, snapshot(l), { rules: { 1: 1 }, policy: 3 }, source);
      });
    });
  }
});
