// What the disassembler and the differ both need to know about one function of an object: its
// decoded instructions, which `.BTF.ext` line_info record (and so which rule of the chain) each
// instruction belongs to, its relocations by slot, and how symbols (maps, sub-programs, kfuncs)
// print. Line info alone does not say where a rule's code ends; the split* functions below tell
// rule code from the policy and shared tails by the code's shape. Works on foreign objects too:
// without our metadata there are no chains and no rules.

import type { FunctionSpec, LineInfo, ObjectSpec, Relocation } from "../elf/spec.js";
import type { BfrMetadata, ChainMeta, RuleMeta } from "../elf/metadata.js";
import { decodeInsns, isPseudoCall, jumpTarget, type FormatEnv, type RawInsn, PSEUDO } from "./disasm-insn.js";

/** A run of instructions produced by one line_info record. */
export interface Region {
  /** First slot of the run and the slot after it. */
  start: number;
  end: number;
  line: LineInfo | null;
  /** The rule the record points into, or null (chain prologue, shared tails, sub-programs). */
  rule: RuleMeta | null;
  /**
   * Code that line_info leaves under a rule's record (the compiler emits it after the rule without
   * a record of its own) but that belongs to no rule: `policy` (no rule matched: count and apply
   * the policy), `return` (a part's "no rule here matched" return to the chain's program),
   * `tail` (counter updates and verdict returns that rules jump or fall into).
   */
  shared?: "policy" | "return" | "tail";
}

export interface FunctionView {
  fn: FunctionSpec;
  /** The chain this function is the program (or a part) of, or null (shared sub-program, foreign object). */
  chain: ChainMeta | null;
  insns: RawInsn[];
  regions: Region[];
  relocs: Map<number, Relocation>;
  /** Slot offset of this function inside its section (functions of a section are back to back). */
  base: number;
  /** Stack offset where the program stores the counter index (see counterKeyOffset), or null. */
  keyOff: number | null;
  /** A sub-program holding part of the chain's rules (the chain's program calls it). */
  part: boolean;
}

export interface ObjectView {
  spec: ObjectSpec;
  meta: BfrMetadata | null;
  functions: FunctionView[];
}

export function buildView(spec: ObjectSpec, meta: BfrMetadata | null): ObjectView {
  const owners = chainOwners(spec, meta);
  const sectionSize = new Map<string, number>();
  const functions = spec.functions.map((fn): FunctionView => {
    const base = sectionSize.get(fn.section) ?? 0;
    sectionSize.set(fn.section, base + fn.insns.length / 8);
    const chain = owners.get(fn.name) ?? null;
    const insns = decodeInsns(fn.insns);
    const relocs = new Map(fn.relocations.map((r) => [r.insn, r] as const));
    const part = chain !== null && chain.program !== fn.name;
    return { fn, chain, insns, regions: regionsOf(fn, chain), relocs, base, keyOff: null, part };
  });
  // the counter index is stored the same way in a chain's program and in its parts
  for (const chain of meta?.chains ?? []) {
    const own = functions.filter((f) => f.chain === chain);
    const keyOff = counterKeyOffset(own);
    for (const f of own) {
      f.keyOff = keyOff;
      f.regions = splitShared(splitNoMatch(splitPolicy(f.regions, f.insns, chain, keyOff), f.insns), f.insns, keyOff);
    }
  }
  return { spec, meta, functions };
}

/**
 * Function name → the chain whose code it is: each chain's program, and the sub-programs only
 * that program reaches through calls (a long chain is split into separately verified parts).
 */
function chainOwners(spec: ObjectSpec, meta: BfrMetadata | null): Map<string, ChainMeta> {
  const byName = new Map(spec.functions.map((f) => [f.name, f] as const));
  const reached = new Map<string, Set<ChainMeta>>();
  for (const chain of meta?.chains ?? []) {
    const todo = [chain.program];
    const seen = new Set<string>();
    while (todo.length) {
      const name = todo.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      if (!reached.has(name)) reached.set(name, new Set());
      reached.get(name)!.add(chain);
      for (const r of byName.get(name)?.relocations ?? []) if (r.target.kind === "subprog") todo.push(r.target.name);
    }
  }
  const owners = new Map<string, ChainMeta>();
  for (const [name, chains] of reached) if (chains.size === 1) owners.set(name, [...chains][0]);
  return owners;
}

/** Split the function into line_info runs and attribute each to a rule of the chain. */
function regionsOf(fn: FunctionSpec, chain: ChainMeta | null): Region[] {
  const total = fn.insns.length / 8;
  const records = [...fn.lineInfo].sort((a, b) => a.insn - b.insn);
  const regions: Region[] = [];
  if (records.length === 0 || records[0].insn > 0) {
    regions.push({ start: 0, end: records[0]?.insn ?? total, line: null, rule: null });
  }
  records.forEach((li, i) => {
    const end = i + 1 < records.length ? records[i + 1].insn : total;
    if (end > li.insn) regions.push({ start: li.insn, end, line: li, rule: ruleAt(chain, li) });
  });
  return regions;
}

/** `*(u32 *)(r10 off) = K` (BPF_ST | BPF_MEM | BPF_W): how a counter index is put on the stack. */
export const isStackStore32 = (insn: RawInsn): boolean => insn.opcode === 0x62 && insn.dst === 10;

/**
 * The stack offset where this program puts the counter index: the offset most often stored with
 * a rule's own counter slot inside that rule's code. Null when no rule is seen doing it.
 */
function counterKeyOffset(functions: FunctionView[]): number | null {
  const votes = new Map<number, number>();
  for (const f of functions) {
    let ri = 0;
    for (const insn of f.insns) {
      while (ri + 1 < f.regions.length && f.regions[ri + 1].start <= insn.index) ri++;
      const slot = f.regions[ri]?.rule?.counterSlot;
      if (slot === undefined || slot === null || !isStackStore32(insn) || insn.imm !== slot) continue;
      votes.set(insn.off, (votes.get(insn.off) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [off, n] of votes) if (best === null || n > votes.get(best)!) best = off;
  return best;
}

/**
 * The policy's code (from the store of the policy counter index on) is no rule's, though
 * line_info may leave it under the last rule's record.
 */
function splitPolicy(regions: Region[], insns: RawInsn[], chain: ChainMeta | null, keyOff: number | null): Region[] {
  if (!chain || keyOff === null) return regions;
  const at = insns.find((i) => isStackStore32(i) && i.off === keyOff && i.imm === chain.policySlot);
  if (!at) return regions;
  return regions.flatMap((r): Region[] => {
    if (!r.rule || at.index <= r.start || at.index >= r.end) return [r];
    return [{ ...r, end: at.index }, { start: at.index, end: r.end, line: r.line, rule: null, shared: "policy" }];
  });
}

/**
 * When the first compare of the function's last rule falls through to `rX = K; exit` (a part
 * returning "no rule matched here" to the chain's program), that return is no rule's code either:
 * it is where the last rule goes when it does not match, like the policy.
 */
function splitNoMatch(regions: Region[], insns: RawInsn[]): Region[] {
  const last = Math.max(-1, ...regions.map((r) => r.rule?.index ?? -1));
  const first = regions.findIndex((r) => r.rule?.index === last);
  if (first < 0) return regions;
  const r = regions[first];
  const k0 = insns.findIndex((i) => i.index === r.start);
  let k = k0 + 1;
  // [conditional jump] [rX = K] [exit], all inside the rule's first region
  for (; k + 1 < insns.length && insns[k + 1].index < r.end; k++) {
    const [cmp, mov, exit] = [insns[k - 1], insns[k], insns[k + 1]];
    const isCond = jumpTarget(cmp) !== null && (cmp.opcode & 0xf0) !== 0x00;
    if (isCond && (mov.opcode === 0xb7 || mov.opcode === 0xb4) && exit.opcode === 0x95) break;
  }
  if (k0 < 0 || k + 1 >= insns.length || insns[k + 1].index >= r.end) return regions;
  const [mov, exit] = [insns[k], insns[k + 1]];
  const pieces: Region[] = [
    { ...r, end: mov.index },
    { start: mov.index, end: exit.index + 1, line: r.line, rule: null, shared: "return" },
  ];
  if (exit.index + 1 < r.end) pieces.push({ ...r, start: exit.index + 1 });
  return [...regions.slice(0, first), ...pieces, ...regions.slice(first + 1)];
}

/**
 * Cut each rule region at the first slot inside it (not its start: that is the rule's entry)
 * that starts shared code: a slot that code of another rule, or of no rule, jumps to; or a slot
 * only reachable by a jump (the instruction before it never falls through) whose straight-line
 * code runs into an `exit` — a verdict return, which rules reach through shared tails; or what
 * follows the store of the rule's counter index without a jump (a tail placed right after it).
 */
function splitShared(regions: Region[], insns: RawInsn[], keyOff: number | null): Region[] {
  const probe = { regions } as FunctionView;
  const at = new Map(insns.map((insn, k) => [insn.index, k] as const));
  const cut = new Map<Region, number>();
  const mark = (to: Region, t: number): void => void cut.set(to, Math.min(cut.get(to) ?? t, t));
  insns.forEach((insn, k) => {
    // after the store of its counter index a rule's code either jumps to a tail or falls into one
    // (a CONTINUE rule's own counter update instead jumps on to the next rule)
    const next = insns[k + 1];
    const r = regionAt(probe, insn.index);
    if (keyOff === null || !r?.rule || !next || next.index >= r.end || next.opcode === 0x05) return;
    if (isStackStore32(insn) && insn.off === keyOff && insn.imm === r.rule.counterSlot && runsToExit(insns, at, next.index)) mark(r, next.index);
  });
  for (const insn of insns) {
    const t = jumpTarget(insn);
    if (t === null) continue;
    const to = regionAt(probe, t);
    if (!to?.rule || t === to.start) continue;
    const from = regionAt(probe, insn.index);
    if (from?.rule?.index !== to.rule.index || (entered(insns, at, t) && runsToExit(insns, at, t))) mark(to, t);
  }
  if (cut.size === 0) return regions;
  return regions.flatMap((r): Region[] => {
    const c = cut.get(r);
    if (c === undefined) return [r];
    return [{ ...r, end: c }, { start: c, end: r.end, line: r.line, rule: null, shared: "tail" }];
  });
}

/** The instruction before slot t never falls through to it (goto or exit). */
function entered(insns: RawInsn[], at: Map<number, number>, t: number): boolean {
  const prev = insns[(at.get(t) ?? 0) - 1];
  return prev !== undefined && (prev.opcode === 0x05 || prev.opcode === 0x95);
}

/** Following fall-through only, the code from slot t reaches an exit before any goto. */
function runsToExit(insns: RawInsn[], at: Map<number, number>, t: number): boolean {
  for (let k = at.get(t) ?? insns.length; k < insns.length; k++) {
    if (insns[k].opcode === 0x95) return true;
    if (insns[k].opcode === 0x05) return false;
  }
  return false;
}

/**
 * The rule a source position belongs to: an exact start match first, else the last rule that
 * starts at or before it (a multi-line rule), never a rule for positions before the first rule
 * (the chain header, its sets and its policy).
 */
export function ruleAt(chain: ChainMeta | null, li: LineInfo): RuleMeta | null {
  if (!chain || chain.rules.length === 0) return null;
  const exact = chain.rules.find((r) => r.line === li.line && r.col === li.col)
    ?? chain.rules.find((r) => r.line === li.line);
  if (exact) return exact;
  let found: RuleMeta | null = null;
  for (const r of chain.rules) {
    if (r.line < li.line || (r.line === li.line && r.col <= li.col)) found = r;
  }
  return found;
}

/** The region containing slot `i` (regions are sorted and disjoint: binary search). */
export function regionAt(view: FunctionView, i: number): Region | null {
  let lo = 0;
  let hi = view.regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = view.regions[mid];
    if (i < r.start) hi = mid - 1;
    else if (i >= r.end) lo = mid + 1;
    else return r;
  }
  return null;
}

/** `map[name]`, `map[name]+off`, `func[name]` for an ld_imm64 a relocation names. */
export function ldImm64Symbol(view: FunctionView, insn: RawInsn): string | null {
  const rel = view.relocs.get(insn.index);
  if (!rel) return null;
  const t = rel.target;
  if (t.kind === "map") return insn.src === PSEUDO.MAP_VALUE || insn.imm2 !== 0 ? `map[${t.name}]+${insn.imm2}` : `map[${t.name}]`;
  if (t.kind === "subprog") return `func[${t.name}]`;
  return `ksym[${t.name}]`;
}

/**
 * The name of a call's target: a relocation's sub-program or kfunc, or for an unrelocated
 * bpf-to-bpf call the function of the same section that starts at the target slot.
 */
export function callSymbol(view: FunctionView, all: FunctionView[], insn: RawInsn): string | null {
  const rel = view.relocs.get(insn.index);
  if (rel?.target.kind === "kfunc") return `kfunc[${rel.target.name}]`;
  if (rel?.target.kind === "subprog") return `<${rel.target.name}>`;
  if (!isPseudoCall(insn)) return null;
  const local = insn.index + insn.imm + 1;
  if (local >= 0 && local < view.fn.insns.length / 8) return null;
  const abs = view.base + local;
  const callee = all.find((f) => f.fn.section === view.fn.section && f.base === abs);
  return callee ? `<${callee.fn.name}>` : null;
}

/** A FormatEnv resolving symbols for `view`, with the caller's way of printing jumps. */
export function envFor(view: FunctionView, all: FunctionView[], jump: FormatEnv["jump"]): FormatEnv {
  return {
    jump,
    ldImm64Symbol: (insn) => ldImm64Symbol(view, insn),
    callSymbol: (insn) => callSymbol(view, all, insn),
  };
}

/** Maps a function refers to through relocations (in slot order, each once). */
export function mapsReferenced(view: FunctionView): string[] {
  const names: string[] = [];
  for (const r of view.fn.relocations) {
    if (r.target.kind === "map" && !names.includes(r.target.name)) names.push(r.target.name);
  }
  return names;
}

/** A CO-RE field relocation as the object spec carries it (elf/spec.ts `coreRelocs`, optional). */
interface CoreNote {
  insn: number;
  type: string;
  access: string;
  kind: string;
}

/**
 * Slot → what the loader writes into that instruction on the target host: the index of a named
 * interface (the compiler leaves 0; only the chain's own program carries these), or a kernel
 * struct field's offset, size or existence (a CO-RE relocation).
 */
export function slotNotes(view: FunctionView): Map<number, { short: string; long: string }> {
  const out = new Map<number, { short: string; long: string }>();
  if (view.chain && !view.part) {
    for (const ref of view.chain.ifaceRefs) {
      for (const i of ref.insns) out.set(i, { short: `iface ${ref.name}`, long: `iface ${ref.name}: index set by the loader` });
    }
  }
  const core = (view.fn as { coreRelocs?: CoreNote[] }).coreRelocs ?? [];
  for (const c of core) {
    const what = `CO-RE ${c.type}.${c.access} ${c.kind}`;
    out.set(c.insn, { short: what, long: `${what}: set by the loader from the kernel's BTF` });
  }
  return out;
}
