// Builders for IR tests and chains: the only way lowering creates IR, so every test is built the
// same way (bigint immediates, deduplicated presence checks, cheap tests before helper calls).

import type { IrChain, IrLog, IrRule, IrSet, IrVerdict, Test, ValueId } from "./types.js";

/** v == imm */
export const eq = (v: ValueId, imm: bigint | number, iface?: string): Test =>
  iface === undefined ? { op: "eq", v, imm: BigInt(imm) } : { op: "eq", v, imm: BigInt(imm), iface };
/** v != imm */
export const ne = (v: ValueId, imm: bigint | number, iface?: string): Test =>
  iface === undefined ? { op: "ne", v, imm: BigInt(imm) } : { op: "ne", v, imm: BigInt(imm), iface };
/** v < imm (unsigned) */
export const lt = (v: ValueId, imm: bigint | number): Test => ({ op: "lt", v, imm: BigInt(imm) });
/** v >= imm (unsigned) */
export const ge = (v: ValueId, imm: bigint | number): Test => ({ op: "ge", v, imm: BigInt(imm) });
/** lo <= v <= hi, or outside when `negate` */
export const range = (v: ValueId, lo: bigint | number, hi: bigint | number, negate = false): Test =>
  ({ op: negate ? "out" : "in", v, lo: BigInt(lo), hi: BigInt(hi) });
/** (v & mask) == imm, or != when `negate` */
export const masked = (v: ValueId, mask: bigint, imm: bigint, negate = false): Test =>
  ({ op: negate ? "mne" : "meq", v, mask, imm });
/** (v & mask) != 0, or == 0 when `negate` */
export const anyBits = (v: ValueId, mask: bigint | number, negate = false): Test =>
  ({ op: negate ? "none" : "any", v, mask: BigInt(mask) });
export const lookup = (set: number, negate: boolean): Test => ({ op: "lookup", set, negate });
export const random = (below: number, negate: boolean): Test => ({ op: "random", below, negate });
export const never = (): Test => ({ op: "never" });

const key = (t: Test): string => JSON.stringify(t, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** Presence checks: which header the packet has (rarely decisive on their own). */
const isPresence = (t: Test): boolean => (t.op === "eq" || t.op === "ne") && (t.v === "l3" || t.v === "l4" || ((t.v === "proto" || t.v === "flow5" || t.v === "sport" || t.v === "dport" || t.v === "ethertype") && t.op === "ne" && t.imm >= 0x100n));

/**
 * Order of tests in a rule: cheap compares before map lookups before helper-drawn randomness;
 * among compares, the most selective first (an exact value, then ranges and masks, then presence
 * checks and negations). Tests are pure conjunctions, so order changes speed, never meaning; the
 * first test is what every packet pays for in the contiguous run of compares.
 */
function rank(t: Test): number {
  if (t.op === "lookup") return t.negate ? 31 : 30;
  if (t.op === "random") return 40;
  if (isPresence(t)) return 3;
  switch (t.op) {
    case "eq": case "meq": return 0;
    case "in": case "lt": case "any": return 1;
    default: return 2;
  }
}

/** Drop repeated tests (presence checks shared by matchers) and order cheap tests first. */
export function normalizeTests(tests: readonly Test[]): Test[] {
  const seen = new Set<string>();
  const out: Test[] = [];
  for (const t of tests) {
    const k = key(t);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  if (out.some((t) => t.op === "never")) return [never()];
  return out.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map((x) => x.t);
}

/** Accumulates the rules and sets of one chain; counter slots are handed out in rule order. */
export class ChainBuilder {
  private readonly rules: IrRule[] = [];
  private readonly sets: IrSet[] = [];
  private slots = 0;
  private rlSlots = 0;
  private logMaps: { map: string; ratelimit: string } | null = null;

  constructor(
    private readonly name: string,
    private readonly hook: IrChain["hook"],
    private readonly family: IrChain["family"],
    private readonly counters: string,
    private readonly at: IrChain["at"],
  ) {}

  addSet(set: IrSet): number {
    this.sets.push(set);
    return this.sets.length - 1;
  }

  addRule(r: { index: number; tests: Test[]; counter: boolean; mark: number | null; verdict: IrVerdict; line: number; col: number; text: string; log?: Omit<IrLog, "rlSlot"> | null }): void {
    const counterSlot = r.counter ? this.slots++ : null;
    const log = r.log ? { ...r.log, rlSlot: r.log.everyNs !== null ? this.rlSlots++ : null } : null;
    this.rules.push({ index: r.index, log, tests: normalizeTests(r.tests), counterSlot, mark: r.mark, verdict: r.verdict, line: r.line, col: r.col, text: r.text });
  }

  /** Names of the log maps; call before finish when a rule logs. */
  setLogMaps(map: string, ratelimit: string): void {
    this.logMaps = { map, ratelimit };
  }

  finish(policy: { name: "ACCEPT" | "DROP" | "NEXT"; code: number }): IrChain {
    return {
      name: this.name, hook: this.hook, family: this.family, sets: this.sets, rules: this.rules,
      policy: { ...policy, slot: this.slots }, counters: this.counters, at: this.at,
      log: this.rules.some((r) => r.log) && this.logMaps
        ? { map: this.logMaps.map, ratelimit: this.rlSlots ? this.logMaps.ratelimit : null, rlSlots: this.rlSlots } : null,
    };
  }
}
