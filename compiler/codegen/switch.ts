// Runs of exact-match rules as a binary search. Consecutive rules that each test one value for
// equality with a constant (`rule ip4.saddr 10.0.0.1 … DROP`, 1000 times) and stop the chain
// are emitted as a balanced decision tree on that value: log2(n) compares instead of n, which is
// what clang makes of the same `if` chain in C. First match wins: a repeated constant keeps its
// first rule (the later ones could never match). Rules that CONTINUE end a run (their side
// effects must happen in order).

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
  if (r.tests.length !== 1 || r.verdict.kind === "continue") return null;
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

/** Emit the tree; `tailOf` gives each rule's tail, `next` follows the run. */
export function emitRun(c: RegionCtx, seg: Extract<Segment, { kind: "run" }>, tailOf: (r: IrRule) => Label, next: Label): void {
  const { asm } = c.g;
  const firsts = new Map<bigint, IrRule>();
  for (const r of seg.rules) {
    const imm = (r.tests[0] as { imm: bigint }).imm;
    if (!firsts.has(imm)) firsts.set(imm, r);
  }
  const cases = [...firsts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const reg = c.regs.get(seg.v);
  const node = (lo: number, hi: number): void => {
    if (hi - lo <= LEAF) {
      for (let k = lo; k < hi; k++) asm.emit(jmp("JEQ", reg, Number(cases[k][0]), tailOf(cases[k][1])));
      asm.emit(ja(next));
      return;
    }
    const mid = (lo + hi) >> 1;
    const right = asm.label("sw_gt");
    // signed compares: ip4 values are stored sign-extended, every other switchable value is < 2^31
    asm.emit(jmp("JSGT", reg, Number(cases[mid][0]), right));
    node(lo, mid + 1);
    asm.bind(right);
    node(mid + 1, hi);
  };
  node(0, cases.length);
  c.regs.release();
}
