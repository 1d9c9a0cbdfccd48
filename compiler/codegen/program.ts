// A chain → its functions. A short chain is one function: parse into stack slots, load pinned
// values, rule region, tails. A longer chain ("map" mode) is a program that parses once into the
// chain's per-CPU scratch map value, then calls rule-range functions in .text — each a separately
// verified global function of at most ~1000 rules (issue 3: the verifier refuses a sequence of
// more than 8192 jumps, jump offsets are 16-bit, and values read from a map are unknown to the
// verifier, so each range is verified once instead of once per parse path).

import { Asm, HELPER, alu, call, callSub, exit, jmp, ldMap, ldx, mov, mov32, movr, st, stx, type Item, type Label, type Reg } from "../insn.js";
import { VALUES, type IrChain, type IrRule, type ValueId } from "../ir/types.js";
import { ALWAYS_SET, AREA_REG, CTX_REG, Frame, ifaceNames, testValues, type FrameMode, type SlotKey } from "./frame.js";
import type { Gen } from "./gen.js";
import { emitParse } from "./parse.js";
import { Regs } from "./regs.js";
import { NO_MATCH, emitCount, emitRegion, type LineRec } from "./rules.js";
import { segments } from "./switch.js";

export interface GenFunction {
  name: string;
  /** true for the chain's program, false for a rule-range function in .text. */
  program: boolean;
  items: Item[];
  lines: LineRec[];
  /** Interface name → instructions (by label) whose imm the loader sets to the interface's index. */
  ifaceRefs: Map<string, Label[]>;
}

export interface GenChain {
  functions: GenFunction[];
  /** The per-CPU scratch map ("map" mode): name and value size; null in "stack" mode. */
  scratch: { map: string; valueSize: number } | null;
}

/** Budget of one rule-range function (estimated); beyond it the chain is split further. */
export const PART_LIMITS = { rules: 1000, jumps: 4000, slots: 24000 } as const;
/**
 * A chain stays one function with stack slots (no call, no scratch map: ~8 ns less per packet)
 * when it fits one rule range, has no CONTINUE rule, and at most this many rules outside
 * exact-match runs. Beyond that the verifier's cost of one function grows with parse paths ×
 * rules (stack slots keep the constants of each parse path, and a CONTINUE rule's compares refine
 * the values later rules see): 63 CONTINUE rules on every matcher exceed the 1M-instruction limit
 * in one function and take ~10k in the split shape. A run of 1000 exact matches costs ~10k either way.
 */
export const INLINE_MAX_RULES = 32;

/** Code shape: "auto" picks as above; tests and benchmarks may force one. */
export type Shape = "auto" | "one" | "split";

export function inlineShape(chain: IrChain, shape: Shape): boolean {
  if (shape !== "auto") return shape === "one";
  if (chain.rules.some((r) => r.verdict.kind === "continue") || splitRules(chain).length > 1) return false;
  return segments(chain.rules).filter((s) => s.kind === "rule").length <= INLINE_MAX_RULES;
}

/**
 * Rough cost of a rule: instruction slots, conditional jumps on one path, and its weight against
 * the rule budget. A rule in an exact-match run pays one leaf of a binary search instead of a
 * compare on every packet's path, so runs count for an eighth: range functions of runs hold
 * ~8000 rules, and a 100k-rule blocklist is ~13 calls per packet instead of 100.
 */
function cost(r: IrRule, chain: IrChain, inRun: boolean): { slots: number; jumps: number; weight: number } {
  let slots = inRun ? 4 : 6;
  let jumps = inRun ? 0.1 : 0;
  r.tests.forEach((t, i) => {
    if (inRun && i === 0) return;
    const wide = "v" in t && VALUES[t.v].bits === 128;
    const parts = t.op === "lookup" ? chain.sets[t.set].parts.length : 0;
    slots += t.op === "lookup" ? 10 + 8 * parts : wide ? 16 : 5;
    jumps += t.op === "lookup" ? 1 : 2;
  });
  return { slots, jumps, weight: inRun ? 1 / 8 : 1 };
}

/** Split rules into ranges within PART_LIMITS. */
export function splitRules(chain: IrChain): IrRule[][] {
  const inRuns = new Set(segments(chain.rules).flatMap((s) => (s.kind === "run" ? s.rules : [])));
  const parts: IrRule[][] = [[]];
  let slots = 0;
  let jumps = 0;
  let weight = 0;
  for (const r of chain.rules) {
    const c = cost(r, chain, inRuns.has(r));
    const cur = parts[parts.length - 1];
    const full = weight + c.weight > PART_LIMITS.rules || slots + c.slots > PART_LIMITS.slots || jumps + c.jumps > PART_LIMITS.jumps;
    if (cur.length > 0 && full) {
      parts.push([]);
      slots = 0;
      jumps = 0;
      weight = 0;
    }
    parts[parts.length - 1].push(r);
    slots += c.slots;
    jumps += c.jumps;
    weight += c.weight;
  }
  return parts;
}

/** The most used always-valid values of these rules, for the pinned registers. */
function pickPinned(rules: readonly IrRule[], chain: IrChain, regs: readonly Reg[]): Map<SlotKey, Reg> {
  const uses = new Map<ValueId, number>();
  for (const r of rules) for (const t of r.tests) {
    if (t.op === "lookup") continue;
    for (const v of testValues(t, chain)) if (ALWAYS_SET.has(v) && VALUES[v].bits <= 64) uses.set(v, (uses.get(v) ?? 0) + 1);
  }
  const order = Object.keys(VALUES) as ValueId[];
  const top = [...uses].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).slice(0, regs.length);
  return new Map(top.map(([v], i) => [v as SlotKey, regs[i]]));
}

function newFunction(name: string, program: boolean): { fn: GenFunction; asm: Asm } {
  const asm = new Asm();
  return { asm, fn: { name, program, items: asm.items, lines: [], ifaceRefs: new Map() } };
}

/** r9 = &scratch[0] of this CPU; on a (never expected) lookup failure return `failCode`. */
function openArea(g: Gen, scratchMap: string, failCode: number): void {
  const { asm, frame } = g;
  const ok = asm.label("area");
  asm.emit(st("W", 10, frame.ctrKey, 0), movr(2, 10), alu("ADD", 2, frame.ctrKey), ldMap(1, scratchMap), call(HELPER.map_lookup_elem));
  asm.emit(jmp("JNE", 0, 0, ok), mov(0, failCode), exit());
  asm.bind(ok);
  asm.emit(movr(AREA_REG, 0));
}

/** Pinned loads + rules; `end` says what happens when no rule decided. */
function region(g: Gen, fn: GenFunction, rules: IrRule[], end: "policy" | "nomatch"): void {
  const pinned = pickPinned(rules, g.chain, g.frame.pinnable);
  for (const [k, r] of pinned) g.asm.emit(ldx("DW", r, g.frame.base, g.frame.slot(k)));
  const regs = new Regs(() => g.asm, g.frame, pinned);
  const onIface = (iface: string, at: Label): void => {
    fn.ifaceRefs.set(iface, [...(fn.ifaceRefs.get(iface) ?? []), at]);
  };
  emitRegion({ g, regs, lines: fn.lines, onIface }, rules, end);
}

function start(chain: IrChain, name: string, program: boolean, mode: FrameMode, valuesOf: IrRule[]): { fn: GenFunction; g: Gen } {
  const { fn, asm } = newFunction(name, program);
  const g: Gen = { asm, frame: new Frame({ ...chain, rules: valuesOf }, mode), chain };
  fn.lines.push({ at: asm.here("entry"), ...chain.at });
  asm.emit(movr(CTX_REG, 1));
  return { fn, g };
}

/** Program of a split chain: parse into the scratch map, call each part until one decides, else the policy. */
function dispatcher(chain: IrChain, name: string, scratchMap: string, parts: string[]): GenFunction {
  const { fn, g } = start(chain, name, true, "map", chain.rules);
  const { asm } = g;
  openArea(g, scratchMap, chain.policy.code);
  for (const name of ifaceNames(chain)) {
    // imm patched by the loader with the interface's index on the target host
    const at = asm.here("iface");
    asm.emit(mov32(1, 0), stx("DW", AREA_REG, g.frame.slot(`ifname:${name}`), 1));
    fn.ifaceRefs.set(name, [...(fn.ifaceRefs.get(name) ?? []), at]);
  }
  emitParse(g);
  const decided = asm.label("decided");
  const ret = asm.label("policy");
  for (const p of parts) asm.emit(movr(1, CTX_REG), callSub(p), jmp("JNE", 0, NO_MATCH, decided));
  asm.emit(st("W", 10, g.frame.ctrKey, chain.policy.slot));
  emitCount(g, ret);
  asm.bind(ret);
  asm.emit(mov(0, chain.policy.code));
  asm.bind(decided);
  // cgroup hooks: the verifier wants the exit value in [0, 1] (egress [0, 3]) and a range
  // function's return is unknown to it; every verdict there is 0 or 1
  if (chain.family !== "xdp" && chain.family !== "tc") asm.emit(alu("AND", 0, 1));
  asm.emit(exit());
  return fn;
}

/** A rule-range function: find the scratch area, then its rules; NO_MATCH when none decided. */
function part(chain: IrChain, name: string, scratchMap: string, rules: IrRule[]): GenFunction {
  // the frame covers every value of the chain: the slots are shared with the dispatcher's parse
  const { fn, g } = start(chain, name, false, "map", chain.rules);
  openArea(g, scratchMap, NO_MATCH);
  region(g, fn, rules, "nomatch");
  return fn;
}

/** Every function of a chain: its program first, then its rule-range functions (if any). */
export function genChain(chain: IrChain, program: string, partName: (k: number) => string, scratchMap: string, shape: Shape = "auto"): GenChain {
  if (inlineShape(chain, shape)) {
    const { fn, g } = start(chain, program, true, "stack", chain.rules);
    emitParse(g);
    region(g, fn, chain.rules, "policy");
    return { functions: [fn], scratch: null };
  }
  const parts = splitRules(chain);
  const names = parts.map((_, k) => partName(k));
  const valueSize = new Frame(chain, "map").valueBytes;
  const functions = [dispatcher(chain, program, scratchMap, names), ...parts.map((rules, k) => part(chain, names[k], scratchMap, rules))];
  return { functions, scratch: { map: scratchMap, valueSize } };
}


