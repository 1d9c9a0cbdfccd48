// Runs of exact-match rules as a binary search. Consecutive rules whose first (most selective)
// test is equality of the same value with a constant (`rule ip4.saddr 10.0.0.1 … DROP`, 1000
// times) and that stop the chain are emitted as a balanced decision tree on that value: log2(n)
// compares instead of n, which is what clang makes of the same `if` chain in C. A packet can only
// match the rules whose constant equals its value, so each leaf leads to the group of rules with
// that constant, tried in rule order (first match wins; after a rule with no other test, the
// group's later rules are dead). Rules that CONTINUE end a run (their side effects must happen in
// order with the rules around them).

import { VALUES, type IrRule, type ValueId } from "../ir/types.js";
import { ja, jmp, type Label } from "../insn.js";
import type { RegionCtx } from "./rules.js";

/** Shortest run worth a tree; below it a linear run of compares is as fast. */
export const MIN_RUN = 8;
/** Leaves of the tree compare this many values linearly. */
const LEAF = 3;

export type Segment = { kind: "rule"; rule: IrRule } | { kind: "run"; v: ValueId; rules: IrRule[] };

const fitsS32 = (v: bigint): boolean => v >= -(1n << 31n) && v < 1n << 31n;

/** The value a rule switches on, if it can join a run. */
function key(r: IrRule): ValueId | null {
  if (r.tests.length === 0 || r.verdict.kind === "continue") return null;
  const t = r.tests[0];
  if (t.op !== "eq" || t.iface !== undefined || VALUES[t.v].bits === 128 || !fitsS32(t.imm)) return null;
  return t.v;
}

/** Group rules into single rules and runs of at least MIN_RUN switchable rules on one value. */
export function segments(rules: readonly IrRule[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < rules.length) {
    const v = key(rules[i]);
    let j = i + 1;
    if (v !== null) while (j < rules.length && key(rules[j]) === v) j++;
    if (v !== null && j - i >= MIN_RUN) out.push({ kind: "run", v, rules: rules.slice(i, j) });
    else for (let k = i; k < (v !== null ? j : i + 1); k++) out.push({ kind: "rule", rule: rules[k] });
    i = v !== null ? j : i + 1;
  }
  return out;
}

/** Rules of a run grouped by constant, sorted by constant, each group in rule order. */
export function groups(seg: Extract<Segment, { kind: "run" }>): { imm: bigint; rules: IrRule[] }[] {
  const by = new Map<bigint, IrRule[]>();
  for (const r of seg.rules) {
    const imm = (r.tests[0] as { imm: bigint }).imm;
    const g = by.get(imm);
    if (g) g.push(r);
    else by.set(imm, [r]);
  }
  return [...by].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([imm, rules]) => ({ imm, rules }));
}

/** Emit the tree: a value equal to a group's constant jumps to `entry[i]`; any other goes to `next`. */
export function emitTree(c: RegionCtx, v: ValueId, cases: { imm: bigint }[], entry: Label[], next: Label): void {
  const { asm } = c.g;
  const reg = c.regs.get(v);
  const node = (lo: number, hi: number): void => {
    if (hi - lo <= LEAF) {
      for (let k = lo; k < hi; k++) asm.emit(jmp("JEQ", reg, Number(cases[k].imm), entry[k]));
      asm.emit(ja(next));
      return;
    }
    const mid = (lo + hi) >> 1;
    const right = asm.label("sw_gt");
    // signed compares: ip4 values are stored sign-extended, every other switchable value is < 2^31
    asm.emit(jmp("JSGT", reg, Number(cases[mid].imm), right));
    node(lo, mid + 1);
    asm.bind(right);
    node(mid + 1, hi);
  };
  node(0, cases.length);
  c.regs.release();
}
