// The rule region and its tails. The first test of every rule sits in one contiguous run of
// compares, written "jump when true": a packet that fails it falls straight through to the next
// rule (one instruction per non-matching rule on the hot path). A rule's other tests live out of
// line, after the run, and jump back to the next rule or on to the rule's tail: a shared
// "return V" block when the rule has no side effects, else a short per-rule stub (mark, counter
// slot) that jumps to a shared "count then return V" block. This layout keeps per-rule cost low
// (issue 3) and makes the verifier explore the no-match path first, so the partial-match paths
// are pruned against it instead of each walking every later rule.

import { HELPER, alu, alur, call, exit, ja, jmp, ldMap, ldx, mov, mov32, movr, st, stx, type Asm, type Label } from "../insn.js";
import type { IrRule } from "../ir/types.js";
import type { Gen } from "./gen.js";
import { SK_BUFF, emitPacketLen } from "./ctx.js";
import { emitLog } from "./log.js";
import { emitTest, type TestCtx } from "./tests.js";
import { emitTree, groups, segments, type Segment } from "./switch.js";
import type { Regs } from "./regs.js";

/** Return value of a rule-range function when no terminal rule matched. */
export const NO_MATCH = 0x100;
/** BPF_F_INGRESS for bpf_redirect (UAPI linux/bpf.h). */
const F_INGRESS = 1;

export interface LineRec {
  at: Label;
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

/**
 * counters[key at ctrKey] += {1, packet length}; jumps to `after` if the lookup fails. Clobbers
 * r0–r5. The length is read here, off the hot path: skb->len on TC, data_end - data on XDP.
 */
export function emitCount(g: Gen, after: Label): void {
  const { asm, frame } = g;
  asm.emit(movr(2, 10), alu("ADD", 2, frame.ctrKey), ldMap(1, g.chain.counters), call(HELPER.map_lookup_elem));
  asm.emit(jmp("JEQ", 0, 0, after));
  asm.emit(ldx("DW", 1, 0, 0), alu("ADD", 1, 1), stx("DW", 0, 0, 1));
  // socket hooks count calls: no bytes
  if (g.chain.family === "sock_addr") return;
  emitPacketLen(g);
  asm.emit(ldx("DW", 1, 0, 8), alur("ADD", 1, 2), stx("DW", 0, 8, 1));
}

function line(c: RegionCtx, r: IrRule): void {
  c.lines.push({ at: c.g.asm.here("rule"), line: r.line, col: r.col, text: r.text });
}

function needsStub(r: IrRule): boolean {
  return r.counterSlot !== null || r.mark !== null || r.log !== null || r.verdict.kind !== "return";
}

function emitStub(c: RegionCtx, s: Stub, tails: Tails): void {
  const { asm, frame } = c.g;
  const { rule } = s;
  asm.bind(s.label);
  line(c, rule);
  if (rule.mark !== null) {
    asm.emit(mov32(1, rule.mark | 0), stx("W", 6, SK_BUFF.mark, 1));
    // later rules of this function test the mark through its slot (and maybe a pinned register)
    if (frame.has("mark")) {
      asm.emit(stx("DW", frame.base, frame.slot("mark"), 1));
      const pinned = c.regs.pinned.get("mark");
      if (pinned !== undefined) asm.emit(movr(pinned, 1));
    }
  }
  if (rule.log) {
    emitLog(c.g, rule);
    c.regs.clobber();
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
  if (v.kind === "continue") {
    // forget what this rule's compares taught the verifier about the pinned values (reload
    // them), so the paths through the rule and past it meet in one state at the next rule
    for (const [k, r] of c.regs.pinned) asm.emit(ldx("DW", r, frame.base, frame.slot(k)));
    return void asm.emit(ja(s.next));
  }
  if (v.ifname !== null && frame.mode === "map") asm.emit(ldx("DW", 1, frame.base, frame.slot(`ifname:${v.ifname}`)));
  else {
    if (v.ifname !== null) c.onIface(v.ifname, asm.here("iface"));
    asm.emit(mov32(1, v.ifindex | 0));
  }
  asm.emit(mov(2, v.ingress ? F_INGRESS : 0), call(HELPER.redirect), exit());
}

/** Run `body` with the generator writing into `code`. */
function into<T>(c: RegionCtx, code: Asm, body: () => T): T {
  const saved = c.g.asm;
  c.g.asm = code;
  try {
    return body();
  } finally {
    c.g.asm = saved;
  }
}

/** One rule: its first test in the run, the others out of line (in `cold`). */
function emitRule(c: RegionCtx, r: IrRule, tail: Label, next: Label, cold: Asm): void {
  const { asm } = c.g;
  line(c, r);
  if (r.tests.length === 0) return void asm.emit(ja(tail));
  if (r.tests.length === 1) return void emitTest(c, r.tests[0], tail, "pass");
  const rest = asm.label(`rule_${r.index}_rest`);
  emitTest(c, r.tests[0], rest, "pass");
  const after = c.regs.snapshot();
  into(c, cold, () => {
    cold.bind(rest);
    line(c, r);
    r.tests.slice(1).forEach((t, i, more) => {
      const last = i === more.length - 1;
      emitTest(c, t, last ? tail : next, last ? "pass" : "fail");
    });
    cold.emit(ja(next));
  });
  c.regs.join([after]);
}

/** The tail a rule's match jumps to (a shared return, or a new stub). */
function tailFor(c: RegionCtx, r: IrRule, next: Label, tails: Tails, stubs: Stub[]): Label {
  if (!needsStub(r)) return tails.retLabel((r.verdict as { code: number }).code);
  const label = c.g.asm.label(`tail_${r.index}`);
  stubs.push({ rule: r, label, next });
  return label;
}

/** An exact-match run: the tree in the contiguous run, each constant's group of rules out of line. */
function emitRun(c: RegionCtx, seg: Extract<Segment, { kind: "run" }>, cold: Asm, tails: Tails, stubs: Stub[]): void {
  const { asm } = c.g;
  const next = asm.label(`rule_${seg.rules[seg.rules.length - 1].index + 1}`);
  const gs = groups(seg);
  const entries = gs.map((g) => (g.rules[0].tests.length === 1 ? tailFor(c, g.rules[0], next, tails, stubs) : asm.label(`case_${g.rules[0].index}`)));
  line(c, seg.rules[0]);
  emitTree(c, seg.v, gs, entries, next);
  into(c, cold, () => {
    gs.forEach((g, k) => {
      if (g.rules[0].tests.length === 1) return;
      cold.bind(entries[k]);
      for (const r of g.rules) {
        c.regs.join([]);
        line(c, r);
        const tail = tailFor(c, r, next, tails, stubs);
        if (r.tests.length === 1) return void cold.emit(ja(tail));
        const fail = cold.label(`case_${r.index}_fail`);
        r.tests.slice(1).forEach((t, i, more) => {
          const last = i === more.length - 1;
          emitTest(c, t, last ? tail : fail, last ? "pass" : "fail");
        });
        cold.bind(fail);
      }
      cold.emit(ja(next));
    });
  });
  asm.bind(next);
  c.regs.join([]);
}

/**
 * The rules, then what happens when none matched: the policy (count, return) or, in a rule-range
 * function, `return NO_MATCH`. Then the out-of-line tests, the stubs and the shared tails.
 */
export function emitRegion(c: RegionCtx, rules: readonly IrRule[], end: "policy" | "nomatch"): void {
  const { chain } = c.g;
  const asm = c.g.asm;
  const cold = asm.fork();
  const tails = new Tails(c.g);
  const stubs: Stub[] = [];
  let reachable = true;
  for (const seg of segments(rules.filter((r) => !r.tests.some((t) => t.op === "never")))) {
    if (seg.kind === "run") {
      emitRun(c, seg, cold, tails, stubs);
      continue;
    }
    const r = seg.rule;
    const next = asm.label(`rule_${r.index + 1}`);
    const tail = needsStub(r) ? asm.label(`tail_${r.index}`) : tails.retLabel((r.verdict as { code: number }).code);
    if (needsStub(r)) stubs.push({ rule: r, label: tail, next });
    emitRule(c, r, tail, next, cold);
    asm.bind(next);
    if (r.tests.length === 0 && r.verdict.kind !== "continue") {
      reachable = false;
      break;
    }
    // Each rule starts from the pinned registers only: a rule's code then depends on the rule
    // alone, so inserting or editing one rule changes no other rule's code (what reviewers diff),
    // at the cost of reloading a non-pinned value that the previous rule had in a register.
    c.regs.join([]);
  }
  if (reachable) {
    if (end === "policy") asm.emit(st("W", 10, c.g.frame.ctrKey, chain.policy.slot), ja(tails.countLabel(chain.policy.code)));
    else asm.emit(mov(0, NO_MATCH), exit());
  }
  asm.append(cold);
  for (const s of stubs) emitStub(c, s, tails);
  tails.emit();
}
