// IR tests: lowering of real checked rulesets, the stable printer, the verifier's invariants, test
// ordering, and the planning of exact-match runs into binary searches.

import { describe, expect, it } from "vitest";
import { checkSource } from "../../compiler/frontend.js";
import { lowerChain } from "../../compiler/lower.js";
import { mapNames } from "../../compiler/codegen/names.js";
import { segments } from "../../compiler/codegen/switch.js";
import { printChain } from "../../compiler/ir/print.js";
import { verifyChain } from "../../compiler/ir/verify.js";
import { eq, normalizeTests } from "../../compiler/ir/build.js";
import type { IrChain } from "../../compiler/ir/types.js";
import { LineIndex } from "../../grammar/span.js";

function lower(text: string, chain = 0): IrChain {
  const f = checkSource(text, "t.bfr");
  if (!f.ruleset) throw new Error(f.diagnostics.map((d) => d.message).join("\n"));
  const rs = f.ruleset;
  return lowerChain(rs.chains[chain], new LineIndex(rs.source), mapNames(rs.chains)[chain]);
}

describe("lowering and printing", () => {
  it("prints a stable text form", () => {
    const ir = lower([
      "chain edge BF_HOOK_TC_INGRESS DROP",
      "  set blk (ip4.saddr, tcp.dport) in { 10.0.0.1, 22 }",
      "  rule ip4.saddr 192.168.1.1 counter ACCEPT",
      "  rule tcp.dport not range 1000-2000 mark 0x10 CONTINUE",
      "  rule (ip4.saddr, tcp.dport) in blk counter DROP",
      "  rule ip6.dnet 2001:db8::/32 tcp.flags all syn,ack NEXT",
      "  rule meta.probability 50% meta.iface eth0 REDIRECT 3 out",
      "",
    ].join("\n"));
    expect(printChain(ir)).toBe([
      "chain edge BF_HOOK_TC_INGRESS tc policy DROP (2) slot 2 counters edge_ctr",
      "set 0 edge_blk name=blk key=6 ip4.saddr@0:4 dport@4:2",
      "rule 0 @3:3 counter 0",
      "  eq ip4.saddr 0x101a8c0",
      "  => return ACCEPT (0)",
      "rule 1 @4:3 mark 0x10",
      "  out dport 0x3e8..0x7d0",
      "  eq l4 0x6",
      "  => continue",
      "rule 2 @5:3 counter 1",
      "  eq l3 0x4",
      "  eq l4 0x6",
      "  in set 0",
      "  => return DROP (2)",
      "rule 3 @6:3",
      "  meq ip6.daddr & 0xffffffff0000000000000000 0xb80d01200000000000000000",
      "  meq tcp.flags & 0x12 0x12",
      "  eq l3 0x6",
      "  eq l4 0x6",
      "  => return NEXT (-1)",
      "rule 4 @7:3",
      "  eq iface 0x0 iface=eth0",
      "  random < 0x80000000",
      "  => redirect 3 out",
      "",
    ].join("\n"));
    expect(verifyChain(ir)).toEqual([]);
  });

  it("keeps presence checks that a negated test needs", () => {
    const ir = lower("chain c BF_HOOK_XDP ACCEPT\n rule meta.dport not 80 DROP\n rule ip4.saddr not 1.2.3.4 DROP\n");
    expect(printChain(ir)).toContain("rule 0 @2:2\n  ne dport 0x50\n  ne dport 0x10000\n");
    expect(printChain(ir)).toContain("rule 1 @3:2\n  ne ip4.saddr 0x4030201\n  eq l3 0x4\n");
  });

  it("lowers 0% and 100% probabilities to never and always", () => {
    const ir = lower("chain c BF_HOOK_XDP ACCEPT\n rule meta.probability 0% DROP\n rule meta.probability not 0% DROP\n rule meta.probability 100% DROP\n");
    expect(ir.rules.map((r) => r.tests.map((t) => t.op))).toEqual([["never"], [], []]);
  });

  it("ip6.nexthdr on an extension header tests the walked-header bits", () => {
    const ir = lower("chain c BF_HOOK_XDP ACCEPT\n rule ip6.nexthdr frag DROP\n rule ip6.nexthdr tcp DROP\n");
    expect(printChain(ir)).toContain("  any ip6.eh & 0x4\n");
    expect(printChain(ir)).toContain("  eq proto 0x6\n");
  });
});

describe("IR verifier", () => {
  const base = (): IrChain => lower("chain c BF_HOOK_XDP ACCEPT\n rule tcp.dport 22 counter DROP\n rule udp.dport 53 counter DROP\n");
  it("accepts lowered chains", () => expect(verifyChain(base())).toEqual([]));
  it("rejects counter slots out of order", () => {
    const c = base();
    c.rules[0].counterSlot = 1;
    c.rules[1].counterSlot = 0;
    expect(verifyChain(c).join()).toMatch(/not dense/);
  });
  it("rejects a policy slot that is not last", () => {
    const c = base();
    c.policy.slot = 5;
    expect(verifyChain(c).join()).toMatch(/policy slot/);
  });
  it("rejects immediates outside a value's domain and TC-only values on XDP", () => {
    const c = base();
    c.rules[0].tests.push(eq("dport", 70000), eq("mark", 1));
    const errs = verifyChain(c).join("\n");
    expect(errs).toMatch(/70000 out of range for dport/);
    expect(errs).toMatch(/mark is not available on xdp/);
  });
  it("rejects missing sets and bad key layouts", () => {
    const c = base();
    c.rules[0].tests.push({ op: "lookup", set: 3, negate: false });
    c.sets.push({ map: "c_x", name: "x", keySize: 6, lpm: false, parts: [{ v: "dport", offset: 1, width: 2 }] });
    const errs = verifyChain(c).join("\n");
    expect(errs).toMatch(/no set 3/);
    expect(errs).toMatch(/part dport at 1, expected 0/);
  });
  it("rejects an XDP redirect to ingress and a mark on XDP", () => {
    const c = base();
    c.rules[0].verdict = { kind: "redirect", ifindex: 1, ifname: null, ingress: true };
    c.rules[1].mark = 7;
    const errs = verifyChain(c).join("\n");
    expect(errs).toMatch(/XDP redirect in/);
    expect(errs).toMatch(/mark on xdp/);
  });
});

describe("test order and switch planning", () => {
  it("drops duplicate tests and puts selective ones first", () => {
    const t = normalizeTests([eq("l4", 6), eq("dport", 22), eq("l4", 6)]);
    expect(t).toEqual([eq("dport", 22), eq("l4", 6)]);
  });
  it("groups runs of single exact-match terminal rules on one value", () => {
    const lines = ["chain c BF_HOOK_XDP ACCEPT"];
    for (let i = 0; i < 10; i++) lines.push(` rule ip4.saddr 10.0.0.${i} DROP`);
    lines.push(" rule tcp.dport 22 CONTINUE");
    for (let i = 0; i < 3; i++) lines.push(` rule ip4.saddr 10.0.1.${i} DROP`);
    const segs = segments(lower(lines.join("\n") + "\n").rules);
    expect(segs.map((s) => (s.kind === "run" ? `run ${s.v} ${s.rules.length}` : `rule ${s.rule.index}`))).toEqual([
      "run ip4.saddr 10", "rule 10", "rule 11", "rule 12", "rule 13",
    ]);
  });
});
