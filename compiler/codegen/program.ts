// A chain → its functions. A chain that fits the verifier's limits is one function: parse, pinned
// loads, rule region, tails. A longer chain becomes a main program that calls rule-range functions
// in .text, each a separately verified global function (issue 3: the verifier refuses a sequence
// of more than 8192 jumps, and jump offsets are 16-bit), each re-parsing the packet itself.

import { Asm, alur, callSub, exit, jmp, ldx, mov, movr, st, stx, type Item, type Reg } from "../insn.js";
import { VALUES, type IrChain, type IrRule, type ValueId } from "../ir/types.js";
import { ALWAYS_SET, CTX_REG, Frame, PINNABLE, testValues, type SlotKey } from "./frame.js";
import type { Gen } from "./gen.js";
import { emitParse } from "./parse.js";
import { Regs } from "./regs.js";
import { NO_MATCH, emitCount, emitRegion, type LineRec } from "./rules.js";

export interface GenFunction {
  name: string;
  /** true for the chain's program, false for a rule-range function in .text. */
  program: boolean;
  items: Item[];
  lines: LineRec[];
  /** Interface name → instruction slots whose imm the loader sets to the interface's index. */
  ifaceRefs: Map<string, number[]>;
}

/** Budget of one function (estimated); beyond it the chain is split. */
export const PART_LIMITS = { rules: 1000, jumps: 4000, slots: 16000 } as const;

/** Rough cost of a rule: instruction slots and conditional jumps. */
function cost(r: IrRule, chain: IrChain): { slots: number; jumps: number } {
  let slots = 6;
  let jumps = 0;
  for (const t of r.tests) {
    const wide = "v" in t && VALUES[t.v].bits === 128;
    const parts = t.op === "lookup" ? chain.sets[t.set].parts.length : 0;
    slots += t.op === "lookup" ? 10 + 8 * parts : wide ? 16 : 5;
    jumps += t.op === "lookup" ? 1 : wide ? 2 : 2;
  }
  return { slots, jumps };
}

/** Split rules into ranges within PART_LIMITS. */
export function splitRules(chain: IrChain): IrRule[][] {
  const parts: IrRule[][] = [[]];
  let slots = 0;
  let jumps = 0;
  for (const r of chain.rules) {
    const c = cost(r, chain);
    const cur = parts[parts.length - 1];
    if (cur.length > 0 && (cur.length >= PART_LIMITS.rules || slots + c.slots > PART_LIMITS.slots || jumps + c.jumps > PART_LIMITS.jumps)) {
      parts.push([]);
      slots = 0;
      jumps = 0;
    }
    parts[parts.length - 1].push(r);
    slots += c.slots;
    jumps += c.jumps;
  }
  return parts;
}

/** The three most used always-valid values of these rules, for r7–r9. */
function pickPinned(rules: readonly IrRule[], chain: IrChain): Map<SlotKey, Reg> {
  const uses = new Map<ValueId, number>();
  for (const r of rules) for (const t of r.tests) {
    if (t.op === "lookup") continue;
    for (const v of testValues(t, chain)) if (ALWAYS_SET.has(v) && VALUES[v].bits <= 64) uses.set(v, (uses.get(v) ?? 0) + 1);
  }
  const order = Object.keys(VALUES) as ValueId[];
  const top = [...uses].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).slice(0, PINNABLE.length);
  return new Map(top.map(([v], i) => [v as SlotKey, PINNABLE[i]]));
}

function newFunction(name: string, program: boolean): { fn: GenFunction; asm: Asm } {
  const asm = new Asm();
  return { asm, fn: { name, program, items: asm.items, lines: [], ifaceRefs: new Map() } };
}

/** parse + rules in one function; `end` says what happens when no rule decided. */
function ruleFunction(chain: IrChain, rules: IrRule[], name: string, program: boolean, end: "policy" | "nomatch"): GenFunction {
  const { fn, asm } = newFunction(name, program);
  const frame = new Frame({ ...chain, rules });
  const g: Gen = { asm, frame, chain };
  fn.lines.push({ insn: 0, ...chain.at });
  asm.emit(movr(CTX_REG, 1));
  emitParse(g);
  const pinned = pickPinned(rules, chain);
  for (const [k, r] of pinned) asm.emit(ldx("DW", r, 10, frame.slot(k)));
  const regs = new Regs(asm, frame, pinned);
  const onIface = (iface: string, insn: number): void => {
    fn.ifaceRefs.set(iface, [...(fn.ifaceRefs.get(iface) ?? []), insn]);
  };
  emitRegion({ g, regs, lines: fn.lines, onIface }, rules, end);
  return fn;
}

/** Main program of a split chain: call each part until one decides, else count the policy. */
function dispatcher(chain: IrChain, name: string, parts: string[]): GenFunction {
  const { fn, asm } = newFunction(name, true);
  const frame = new Frame({ ...chain, rules: [] });
  const g: Gen = { asm, frame, chain };
  fn.lines.push({ insn: 0, ...chain.at });
  const decided = asm.label("decided");
  const ret = asm.label("policy");
  asm.emit(movr(CTX_REG, 1));
  for (const p of parts) asm.emit(movr(1, CTX_REG), callSub(p), jmp("JNE", 0, NO_MATCH, decided));
  if (chain.family === "tc") asm.emit(ldx("W", 1, CTX_REG, 0));
  else asm.emit(ldx("W", 1, CTX_REG, 4), ldx("W", 2, CTX_REG, 0), alur("SUB", 1, 2));
  asm.emit(stx("DW", 10, frame.pktlen, 1), st("W", 10, frame.ctrKey, chain.policy.slot));
  emitCount(g, ret);
  asm.bind(ret);
  asm.emit(mov(0, chain.policy.code));
  asm.bind(decided);
  asm.emit(exit());
  return fn;
}

/** Every function of a chain: its program first, then its rule-range functions (if split). */
export function genChain(chain: IrChain, program: string, partName: (k: number) => string): GenFunction[] {
  const parts = splitRules(chain);
  if (parts.length === 1) return [ruleFunction(chain, parts[0], program, true, "policy")];
  const names = parts.map((_, k) => partName(k));
  return [dispatcher(chain, program, names), ...parts.map((rules, k) => ruleFunction(chain, rules, names[k], false, "nomatch"))];
}
