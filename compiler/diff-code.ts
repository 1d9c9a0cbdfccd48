// The code of each rule, as the differ compares it: the instructions line_info attributes to the
// rule, in order, each with a display text and a comparison key. Keys must not change when only
// the code around a rule changed, so a jump target is named by what it lands in — a rule (by its
// identity across the two versions) and the offset inside it, a piece of prologue by its source
// text, shared tail code by the code itself — never by absolute slot; and a counter index stored
// for a rule or the policy (which shifts when a counted rule is inserted before it) compares by
// whose index it is.

import { formatInsn, type RawInsn } from "./disasm-insn.js";
import { envFor, isStackStore32, regionAt, slotNotes, type FunctionView, type Region } from "./disasm-view.js";

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

/** Instructions a shared-tail key looks at, at most, and how deep it follows jumps. */
const TAIL_KEY_MAX = 48;
const TAIL_KEY_DEPTH = 3;

const plus = (d: number): string => (d === 0 ? "" : d > 0 ? ` +${d}` : ` ${d}`);

/** Keys and display texts of jump targets and instructions of one function. */
class Keyer {
  private readonly ruleOffset = new Map<Region, number>();
  private readonly otherOrdinal = new Map<Region, number>();
  private readonly tails = new Map<number, string>();
  private readonly slotOwner = new Map<number, string>();
  private readonly total: number;
  private readonly position = new Map<number, number>();
  /** The last rule whose code is in this function (a part holds a run of the chain's rules). */
  private readonly lastRule: number;

  constructor(private readonly view: FunctionView, private readonly all: FunctionView[], private readonly naming: RuleNaming) {
    this.total = view.fn.insns.length / 8;
    this.lastRule = Math.max(-1, ...view.regions.map((r) => r.rule?.index ?? -1));
    view.insns.forEach((insn, k) => this.position.set(insn.index, k));
    const seenRule = new Map<number, number>();
    const seenText = new Map<string, number>();
    for (const r of view.regions) {
      if (r.rule) {
        const before = seenRule.get(r.rule.index) ?? 0;
        this.ruleOffset.set(r, before);
        seenRule.set(r.rule.index, before + (r.end - r.start));
      } else if (!r.shared) {
        const text = r.line?.text ?? "";
        this.otherOrdinal.set(r, seenText.get(text) ?? 0);
        seenText.set(text, (seenText.get(text) ?? 0) + 1);
      }
    }
    for (const r of view.chain?.rules ?? []) if (r.counterSlot !== null) this.slotOwner.set(r.counterSlot, `R${naming.id(r.index)}`);
    if (view.chain) this.slotOwner.set(view.chain.policySlot, "policy");
  }

  /**
   * Where slot `t` lands. A jump from rule k to the first instruction of rule k+1 (a rule's "no
   * match, try the next rule") keys as `<next rule>`, so inserting or removing a rule does not
   * change the rule before it.
   */
  target(t: number, from: number | null, depth: number): { key: string; text: string } {
    const region = regionAt(this.view, t);
    if (!region) return { key: `<end+${t - this.total}>`, text: `<end${plus(t - this.total)}>` };
    const d = t - region.start;
    if (region.rule) {
      const off = (this.ruleOffset.get(region) ?? 0) + d;
      const next = from !== null && off === 0 && region.rule.index === from + 1;
      const key = next ? "<next rule>" : `<R${this.naming.id(region.rule.index)}+${off}>`;
      return { key, text: `<${this.naming.label(region.rule.index)}${plus(off)}>` };
    }
    if ((region.shared === "policy" || region.shared === "return") && d === 0) {
      // the last rule's "no match" goes to the policy: the same step as "try the next rule"
      const last = from !== null && from === this.lastRule;
      return { key: last ? "<next rule>" : this.tailKey(t, depth), text: `<${region.shared}>` };
    }
    if (region.shared) return { key: this.tailKey(t, depth), text: `<${region.shared === "tail" ? "shared" : region.shared}${plus(d)}>` };
    const where = region.line ? `${region.line.file}:${region.line.line}` : "code";
    return { key: `<X${region.line?.text ?? ""}#${this.otherOrdinal.get(region)}+${d}>`, text: `<${where}${plus(d)}>` };
  }

  /**
   * A jump into shared code keys by the code it lands on, up to the first exit or unconditional
   * jump: the compiler lays shared tails out in an order that changes when a verdict appears or
   * disappears, so their position says nothing.
   */
  private tailKey(t: number, depth: number): string {
    const cached = this.tails.get(t);
    if (cached !== undefined) return cached;
    if (depth >= TAIL_KEY_DEPTH) return "<tail …>";
    const parts: string[] = [];
    for (let k = this.position.get(t) ?? -1; k >= 0 && k < this.view.insns.length && parts.length < TAIL_KEY_MAX; k++) {
      const insn = this.view.insns[k];
      parts.push(this.key(insn, null, depth + 1));
      if (insn.opcode === 0x95 || insn.opcode === 0x05) break;
    }
    const key = `<tail ${parts.join("; ")}>`;
    if (depth === 0) this.tails.set(t, key);
    return key;
  }

  key(insn: RawInsn, from: number | null, depth = 0): string {
    const env = envFor(this.view, this.all, (_off, t) => this.target(t, from, depth).key);
    const key = formatInsn(insn, env);
    if (this.view.keyOff === null || !isStackStore32(insn) || insn.off !== this.view.keyOff) return key;
    const owner = this.slotOwner.get(insn.imm);
    return owner === undefined ? key : `${key.slice(0, -String(insn.imm).length)}<slot ${owner}>`;
  }

  text(insn: RawInsn, from: number | null): string {
    return formatInsn(insn, envFor(this.view, this.all, (_off, t) => this.target(t, from, 0).text));
  }
}

/** Split a chain's program into per-rule code and other code. */
export function chainCode(view: FunctionView, all: FunctionView[], naming: RuleNaming): ChainCode {
  const keyer = new Keyer(view, all, naming);
  const notes = slotNotes(view);
  const rules = new Map<number, CodeInsn[]>();
  const other: CodeInsn[] = [];
  let ri = 0;
  view.insns.forEach((insn, k) => {
    while (ri + 1 < view.regions.length && view.regions[ri + 1].start <= insn.index) ri++;
    const rule = view.regions[ri]?.rule ?? null;
    const from = rule?.index ?? null;
    const slotNote = notes.get(insn.index);
    const note = slotNote === undefined ? "" : `  ; ${slotNote.short}`;
    const items = [{ key: keyer.key(insn, from) + note, text: keyer.text(insn, from) + note }];
    const next = view.insns[k + 1];
    const endsRule = view.keyOff !== null && isStackStore32(insn) && insn.off === view.keyOff;
    if (rule && endsRule && next && next.index === view.regions[ri].end && view.regions[ri + 1]?.shared) {
      // the rule's code falls through into a tail placed after it: the same as jumping there
      const t = keyer.target(next.index, from, 0);
      items.push({ key: `goto ${t.key}`, text: `(falls through to ${t.text})` });
    }
    if (!rule) {
      other.push(...items);
    } else {
      if (!rules.has(rule.index)) rules.set(rule.index, []);
      rules.get(rule.index)!.push(...items);
    }
  });
  return { rules, other };
}

