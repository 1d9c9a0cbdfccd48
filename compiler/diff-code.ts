// The code of each rule, as the differ compares it: the instructions line_info attributes to the
// rule, in order, each with a display text and a comparison key. Keys must not change when only
// the code around a rule changed, so jump targets are named by what they land in (a rule, by its
// identity across the two versions, or a piece of chain code, by its source text) and the offset
// inside it, never by absolute slot; and a rule's own counter slot (which shifts when a counted
// rule is inserted before it) compares as `<slot>`.

import type { ChainMeta } from "../elf/metadata.js";
import { formatInsn, type RawInsn } from "./disasm-insn.js";
import { envFor, regionAt, type FunctionView, type Region } from "./disasm-view.js";

export interface CodeInsn {
  /** Comparison key (stable across unrelated edits). */
  key: string;
  /** What a reviewer reads. */
  text: string;
}

export interface ChainCode {
  /** Rule index → its instructions. */
  rules: Map<number, CodeInsn[]>;
  /** Instructions of no rule: prologue, header parsing, shared tails. */
  other: CodeInsn[];
}

/** How the two sides name a rule: `id` is shared by rules paired across versions. */
export interface RuleNaming {
  id(index: number): string;
  label(index: number): string;
}

interface Place {
  key: string;
  text: string;
}

/**
 * Where slot `t` lands, as a key and a display text. A jump from rule k to the first instruction
 * of rule k+1 (a rule's "no match, try the next rule") keys as `<next rule>`, so inserting or
 * removing a rule does not change the rule before it.
 */
function placer(view: FunctionView, naming: RuleNaming): (t: number, from: number | null) => Place {
  const total = view.fn.insns.length / 8;
  const ruleOffset = new Map<Region, number>();
  const otherOrdinal = new Map<Region, number>();
  const seenRule = new Map<number, number>();
  const seenText = new Map<string, number>();
  for (const r of view.regions) {
    if (r.rule) {
      const before = seenRule.get(r.rule.index) ?? 0;
      ruleOffset.set(r, before);
      seenRule.set(r.rule.index, before + (r.end - r.start));
    } else {
      const text = r.line?.text ?? "";
      const n = seenText.get(text) ?? 0;
      otherOrdinal.set(r, n);
      seenText.set(text, n + 1);
    }
  }
  return (t, from) => {
    const region = regionAt(view, t);
    if (!region) return { key: `<end+${t - total}>`, text: `<end${plus(t - total)}>` };
    const d = t - region.start;
    if (region.rule) {
      const off = (ruleOffset.get(region) ?? 0) + d;
      const next = from !== null && off === 0 && region.rule.index === from + 1;
      return { key: next ? "<next rule>" : `<R${naming.id(region.rule.index)}+${off}>`, text: `<${naming.label(region.rule.index)}${plus(off)}>` };
    }
    const where = region.line ? `${region.line.file}:${region.line.line}` : "code";
    return { key: `<X${region.line?.text ?? ""}#${otherOrdinal.get(region)}+${d}>`, text: `<${where}${plus(d)}>` };
  };
}

const plus = (d: number): string => (d === 0 ? "" : d > 0 ? ` +${d}` : ` ${d}`);

/** True for `rX = K`, `wX = K` and `*(size *)(rX off) = K`: where a counter slot number appears. */
function carriesSlot(insn: RawInsn): boolean {
  return insn.opcode === 0xb7 || insn.opcode === 0xb4 || (insn.opcode & 0x07) === 0x02;
}

/**
 * `<slot>` for the rule's own counter slot, `<policy slot>` for the policy's (which moves whenever
 * a counted rule is added or removed, wherever the compiler placed the policy tail).
 */
function normalizeSlot(key: string, own: number | null, policy: number | null): string {
  for (const [slot, name] of [[own, "<slot>"], [policy, "<policy slot>"]] as const) {
    if (slot !== null && key.endsWith(` ${slot}`)) return `${key.slice(0, -String(slot).length)}${name}`;
  }
  return key;
}

/** Split a chain's program into per-rule code and other code. */
export function chainCode(view: FunctionView, all: FunctionView[], naming: RuleNaming): ChainCode {
  const place = placer(view, naming);
  let from: number | null = null;
  const keyEnv = envFor(view, all, (_off, t) => place(t, from).key);
  const textEnv = envFor(view, all, (_off, t) => place(t, from).text);
  const chain: ChainMeta | null = view.chain;
  const rules = new Map<number, CodeInsn[]>();
  const other: CodeInsn[] = [];
  let ri = 0;
  for (const insn of view.insns) {
    while (ri + 1 < view.regions.length && view.regions[ri + 1].start <= insn.index) ri++;
    const rule = view.regions[ri]?.rule ?? null;
    from = rule?.index ?? null;
    let key = formatInsn(insn, keyEnv);
    if (carriesSlot(insn)) key = normalizeSlot(key, rule?.counterSlot ?? null, chain?.policySlot ?? null);
    const item = { key, text: formatInsn(insn, textEnv) };
    if (!rule) {
      other.push(item);
    } else {
      if (!rules.has(rule.index)) rules.set(rule.index, []);
      rules.get(rule.index)!.push(item);
    }
  }
  return { rules, other };
}
