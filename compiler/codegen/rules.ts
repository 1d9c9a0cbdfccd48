// The rule region and its tails. Rules are laid out as one contiguous run of compares; a rule that
// matches jumps to its tail: a shared "return V" block when it has no side effects, else a short
// per-rule stub (mark, counter slot) that jumps to a shared "count then return V" block. Keeping
// the compares contiguous is what keeps per-rule cost and verification time low (issue 3).

import { HELPER, alu, alur, call, exit, ja, jmp, ldMap, ldx, mov, mov32, movr, st, stx, type Label } from "../insn.js";
import type { IrRule } from "../ir/types.js";
import type { Gen } from "./gen.js";
import { emitTest, type TestCtx } from "./tests.js";
import type { CacheState, Regs } from "./regs.js";

/** Return value of a rule-range function when no terminal rule matched. */
export const NO_MATCH = 0x100;
/** __sk_buff.mark (UAPI linux/bpf.h). */
const SKB_MARK = 8;
/** BPF_F_INGRESS for bpf_redirect (UAPI linux/bpf.h). */
const F_INGRESS = 1;

export interface LineRec {
  insn: number;
  line: number;
  col: number;
  text: string;
}

export interface RegionCtx extends TestCtx {
  regs: Regs;
  lines: LineRec[];
}

interface Stub {
  rule: IrRule;
  label: Label;
  next: Label;
}

/** Shared blocks, created on first use: "return code" and "count then return code". */
class Tails {
  private readonly ret = new Map<number, Label>();
  private readonly count = new Map<number, Label>();
  constructor(private readonly g: Gen) {}
  retLabel(code: number): Label {
    let l = this.ret.get(code);
    if (!l) this.ret.set(code, (l = this.g.asm.label(`ret_${code}`)));
    return l;
  }
  countLabel(code: number): Label {
    this.retLabel(code);
    let l = this.count.get(code);
    if (!l) this.count.set(code, (l = this.g.asm.label(`count_${code}`)));
    return l;
  }
  emit(): void {
    const { asm } = this.g;
    for (const [code, ret] of [...this.ret].sort((a, b) => a[0] - b[0])) {
      const count = this.count.get(code);
      if (count) {
        asm.bind(count);
        emitCount(this.g, ret);
      }
      asm.bind(ret);
      asm.emit(mov(0, code), exit());
    }
  }
}

/** counters[key at ctrKey] += {1, pktlen}; jumps to `after` if the lookup fails. Clobbers r0–r5. */
export function emitCount(g: Gen, after: Label): void {
  const { asm, frame } = g;
  asm.emit(movr(2, 10), alu("ADD", 2, frame.ctrKey), ldMap(1, g.chain.counters), call(HELPER.map_lookup_elem));
  asm.emit(jmp("JEQ", 0, 0, after));
  asm.emit(ldx("DW", 1, 0, 0), alu("ADD", 1, 1), stx("DW", 0, 0, 1));
  asm.emit(ldx("DW", 1, 0, 8), ldx("DW", 2, 10, frame.pktlen), alur("ADD", 1, 2), stx("DW", 0, 8, 1));
}

function line(c: RegionCtx, r: IrRule): void {
  c.lines.push({ insn: c.g.asm.slot, line: r.line, col: r.col, text: r.text });
}

function needsStub(r: IrRule): boolean {
  return r.counterSlot !== null || r.mark !== null || r.verdict.kind !== "return";
}

function emitStub(c: RegionCtx, s: Stub, tails: Tails): void {
  const { asm, frame } = c.g;
  const { rule } = s;
  asm.bind(s.label);
  line(c, rule);
  if (rule.mark !== null) {
    asm.emit(mov32(1, rule.mark | 0), stx("W", 6, SKB_MARK, 1));
    // later rules of this function test the mark through its slot (and maybe a pinned register)
    if (frame.has("mark")) {
      asm.emit(stx("DW", 10, frame.slot("mark"), 1));
      const pinned = c.regs.pinned.get("mark");
      if (pinned !== undefined) asm.emit(movr(pinned, 1));
    }
  }
  const v = rule.verdict;
  if (v.kind === "return") {
    if (rule.counterSlot === null) return void asm.emit(ja(tails.retLabel(v.code)));
    asm.emit(st("W", 10, frame.ctrKey, rule.counterSlot), ja(tails.countLabel(v.code)));
    return;
  }
  if (rule.counterSlot !== null) {
    const after = asm.label("counted");
    asm.emit(st("W", 10, frame.ctrKey, rule.counterSlot));
    emitCount(c.g, after);
    asm.bind(after);
  }
  if (v.kind === "continue") return void asm.emit(ja(s.next));
  if (v.ifname !== null) c.onIface(v.ifname, asm.slot);
  asm.emit(mov32(1, v.ifindex | 0), mov(2, v.ingress ? F_INGRESS : 0), call(HELPER.redirect), exit());
}

/** Compares of one rule; returns the cache states of the paths that reach the next rule. */
function emitRuleTests(c: RegionCtx, r: IrRule, tail: Label, next: Label): CacheState[] {
  const states: CacheState[] = [];
  if (r.tests.length === 0) {
    c.g.asm.emit(ja(tail));
    return states;
  }
  r.tests.forEach((t, i) => {
    const last = i === r.tests.length - 1;
    emitTest(c, t, last ? tail : next, last ? "pass" : "fail");
    states.push(c.regs.snapshot());
  });
  return states;
}

/**
 * The rules, then what happens when none matched: the policy (count, return) or, in a rule-range
 * function, `return NO_MATCH`. Then the stubs and shared tails.
 */
export function emitRegion(c: RegionCtx, rules: readonly IrRule[], end: "policy" | "nomatch"): void {
  const { asm, chain } = c.g;
  const tails = new Tails(c.g);
  const stubs: Stub[] = [];
  let reachable = true;
  for (const r of rules) {
    if (r.tests.some((t) => t.op === "never")) continue;
    const next = asm.label(`rule_${r.index + 1}`);
    const tail = needsStub(r) ? asm.label(`tail_${r.index}`) : tails.retLabel((r.verdict as { code: number }).code);
    if (needsStub(r)) stubs.push({ rule: r, label: tail, next });
    line(c, r);
    const states = emitRuleTests(c, r, tail, next);
    asm.bind(next);
    const falls = r.tests.length > 0;
    if (!falls && r.verdict.kind !== "continue") {
      reachable = false;
      break;
    }
    c.regs.join(r.verdict.kind === "continue" ? [] : states);
  }
  if (reachable) {
    if (end === "policy") {
      asm.emit(st("W", 10, c.g.frame.ctrKey, chain.policy.slot), ja(tails.countLabel(chain.policy.code)));
    } else asm.emit(mov(0, NO_MATCH), exit());
  }
  for (const s of stubs) emitStub(c, s, tails);
  tails.emit();
}
