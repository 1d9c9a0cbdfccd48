// The rule-aware differ on hand-built chains shaped like the compiler's output (contiguous compares
// jumping to the next rule, counter slot set before a jump to a shared tail): an edited, added,
// removed or moved rule is named alone, however many jump offsets and counter slots shift around it.

import { describe, expect, it } from "vitest";
import { diffWith } from "../../compiler/diff-core.js";
import { formatDiff } from "../../compiler/diff-text.js";
import { lcsPairs } from "../../compiler/diff-lcs.js";
import { build, many, partsObject, text } from "./util.js";

function diff(a: ReturnType<typeof build>, b: ReturnType<typeof build>) {
  return diffWith(a.s, a.m, b.s, b.m);
}

describe("lcs", () => {
  it("finds a longest common subsequence", () => {
    expect(lcsPairs(["a", "b", "c", "d"], ["a", "c", "x", "d"])).toEqual([[0, 0], [2, 1], [3, 3]]);
    expect(lcsPairs([], ["a"])).toEqual([]);
  });
});

describe("rule-aware diff", () => {
  it("identical objects are equivalent", () => {
    const r = diff(build(many(20)), build(many(20)));
    expect(r.equivalent).toBe(true);
    expect(r.chains.map((c) => c.status)).toEqual(["unchanged"]);
    expect(formatDiff(r)).toContain("equivalent");
  });

  it("a one-rule edit in a 200-rule chain names exactly that rule and shows only its code", () => {
    const rules = many(200);
    const edited = rules.map((r, i) => (i === 117 ? { ip: 77 } : r));
    const r = diff(build(rules), build(edited));
    expect(r.equivalent).toBe(false);
    const c = r.chains[0];
    expect(c.rules).toHaveLength(1);
    expect(c.rules[0]).toMatchObject({ kind: "changed", old: { index: 117, text: text({ ip: 1117 }) }, new: { index: 117, text: text({ ip: 77 }) } });
    expect(c.rules[0].code.filter((l) => l.op !== " ")).toEqual([
      { op: "-", text: "if r2 != 0x45d goto <rule 118>" },
      { op: "+", text: "if r2 != 0x4d goto <rule 118>" },
    ]);
    expect(c.other).toEqual([]);
    expect(r.maps).toEqual([]);
  });

  it("an inserted counted rule is the only difference, though later slots and offsets shift", () => {
    const rules = many(50);
    const inserted = [...rules.slice(0, 10), { ip: 5 }, ...rules.slice(10)];
    const r = diff(build(rules), build(inserted));
    const c = r.chains[0];
    expect(c.rules.map((x) => [x.kind, x.new?.index])).toEqual([["added", 10]]);
    expect(c.rules[0].code.every((l) => l.op === "+")).toBe(true);
    expect(c.other).toEqual([]);
    // the counters map grows by one slot: a real difference
    expect(r.maps).toEqual([{ name: "counters", status: "changed", fields: [{ field: "max_entries", old: "51", new: "52" }], set: null }]);
  });

  it("a removed rule and a moved rule", () => {
    const rules = many(30);
    const removed = rules.filter((_, i) => i !== 4);
    expect(diff(build(rules), build(removed)).chains[0].rules.map((x) => [x.kind, x.old?.index])).toEqual([["removed", 4]]);
    const moved = [...rules.slice(0, 3), ...rules.slice(4, 20), rules[3], ...rules.slice(20)];
    const r = diff(build(rules), build(moved));
    const m = r.chains[0].rules;
    expect(m.map((x) => [x.kind, x.old?.index, x.new?.index])).toEqual([["moved", 3, 19]]);
    // a move with the same code prints the rule only
    expect(formatDiff(r)).toContain(`  > rule 3 → rule 19 (line 22): ${text({ ip: 1003 })}\nnot equivalent`);
  });

  it("a rule that loses its counter changes only itself", () => {
    const rules = many(10);
    const nocount = rules.map((r, i) => (i === 2 ? { ...r, counter: false } : r));
    const c = diff(build(rules), build(nocount)).chains[0];
    expect(c.rules.map((x) => [x.kind, x.new?.index])).toEqual([["changed", 2]]);
  });

  it("reports set contents as +N/−M and map size changes", () => {
    const r = diff(build(many(3), { setKeys: [1, 2, 3], maxEntries: 3 }), build(many(3), { setKeys: [2, 3, 4, 5], maxEntries: 4 }));
    expect(r.equivalent).toBe(false);
    expect(r.chains[0].status).toBe("unchanged");
    expect(r.maps).toEqual([{ name: "blocked", status: "changed", fields: [{ field: "max_entries", old: "3", new: "4" }], set: { added: 2, removed: 1, old: 3, new: 4 } }]);
    expect(formatDiff(r)).toContain("map blocked: changed: max_entries 3 → 4; set +2 −1 elements (3 → 4)");
  });

  it("prints a changed rule with its code edit", () => {
    const rules = many(5);
    const out = formatDiff(diff(build(rules), build(rules.map((r, i) => (i === 1 ? { ip: 9 } : r)))));
    expect(out).toBe([
      "chain c: changed (rules: 1 changed); 23 → 23 insns",
      `  ~ rule 1 (line 4): ${text({ ip: 1001 })}`,
      `    → rule 1 (line 4): ${text({ ip: 9 })}`,
      "        r2 = *(u32 *)(r6 +26)",
      "      - if r2 != 0x3e9 goto <rule 2>",
      "      + if r2 != 0x9 goto <rule 2>",
      "        *(u32 *)(r10 -8) = 1",
      "        goto <t.bfr:1>",
      "not equivalent (chains: 1 changed; rules: 1 differ; maps: 0 differ)",
      "",
    ].join("\n"));
  });

  it("foreign objects (no metadata) compare whole programs", () => {
    const a = build(many(3));
    const b = build(many(3).map((r, i) => (i === 0 ? { ip: 1 } : r)));
    const r = diffWith(a.s, null, b.s, null);
    expect(r.chains[0]).toMatchObject({ kind: "program", status: "changed", rules: [] });
    expect(r.chains[0].other.filter((l) => l.op !== " ").map((l) => l.op)).toEqual(["-", "+"]);
  });

  it("chains present on one side only", () => {
    const a = build(many(2));
    const b = build(many(2));
    b.s.functions[0] = { ...b.s.functions[0], name: "d" };
    b.m.chains[0] = { ...b.m.chains[0], name: "d", program: "d" };
    const r = diff(a, b);
    expect(r.chains.map((c) => [c.name, c.status])).toEqual([["d", "added"], ["c", "removed"]]);
  });

  it("a chain's parts are diffed as the chain: the edited rule inside a part is named", () => {
    const a = partsObject(7);
    const b = partsObject(8);
    const r = diffWith(a.s, a.m, b.s, b.m);
    expect(r.chains.map((c) => [c.name, c.kind, c.status])).toEqual([["big", "chain", "changed"]]);
    expect(r.chains[0].other).toEqual([]);
    expect(r.chains[0].rules.map((x) => [x.kind, x.new?.index])).toEqual([["changed", 1]]);
    expect(r.chains[0].rules[0].code.filter((l) => l.op !== " ").map((l) => l.text)).toEqual(["if r2 != 0x7 goto <t.bfr:1 +1>", "if r2 != 0x8 goto <t.bfr:1 +1>"]);
  });

  it("an interface name change shows in the instruction the loader patches", () => {
    const a = build(many(3));
    const b = build(many(3));
    a.m.chains[0].ifaceRefs = [{ name: "eth1", insns: [6] }];
    b.m.chains[0].ifaceRefs = [{ name: "eth2", insns: [6] }];
    const c = diffWith(a.s, a.m, b.s, b.m).chains[0];
    expect(c.rules.map((x) => x.kind)).toEqual(["changed"]);
    expect(c.rules[0].code.filter((l) => l.op !== " ").map((l) => l.text)).toEqual([
      "if r2 != 0x3e9 goto <rule 2>  ; iface eth1", "if r2 != 0x3e9 goto <rule 2>  ; iface eth2",
    ]);
  });
});
