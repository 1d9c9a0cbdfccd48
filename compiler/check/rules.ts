// Checks one rule: matchers (field table, operators, payloads, sets), options (counter, mark,
// log) and the verdict, against the chain's hook. Produces a model Rule, or null after reporting.
// Also warns about rules that can never match (conflicting protocols) or use an empty set.

import type { AstMatcher, AstOption, AstRule, AstVerdict } from "../../grammar/ast.js";
import { HOOKS, type HookName } from "../../elf/hooks.js";
import type { Field, LogHeader, LogOption, Matcher, MatchOp, Rule, SetDef, Verdict } from "../model.js";
import { FIELD_SPECS, hookList } from "./fields.js";
import { LOG_HEADERS, didYouMean, nameOf, L4_PROTOS } from "./names.js";
import { checkKey, isField, packSet, setsWithErrors, unknownField, type KeyPlan, type Report } from "./sets.js";
import { Fail, parseBase0, parseDuration, parseIface } from "./values.js";

export interface ChainScope {
  hook: HookName | null;
  src: string;
  /** All sets of the chain so far (named first, then anonymous ones as rules add them). */
  sets: SetDef[];
  named: Map<string, { index: number; plan: KeyPlan }>;
  report: Report;
  /** The parse had errors: the set bodies may be incomplete, so no empty-set warnings. */
  parseFailed: boolean;
}

const OPS: readonly string[] = ["eq", "any", "all", "range"];

function checkField(m: Extract<AstMatcher, { kind: "field" }>, scope: ChainScope): Matcher | null {
  const { report, hook } = scope;
  const name = m.field.text;
  if (!isField(name)) {
    unknownField(name, m.field.span, report);
    return null;
  }
  const spec = FIELD_SPECS[name];
  if (hook !== null && !spec.hooks.has(hook)) {
    report("BFR2009", `'${name}' is not available on ${hook}`, m.field.span, `it works on: ${hookList(name)}`);
    return null;
  }
  const op = (m.op?.text ?? "eq") as MatchOp;
  if (!OPS.includes(op) || !spec.ops.includes(op)) {
    report("BFR2010", `'${name}' does not support the '${op}' operator`, m.op?.span ?? m.field.span, `'${name}' supports: ${spec.ops.join(", ")}`);
    return null;
  }
  const v = spec.parse(op, m.payload.text);
  if (v instanceof Fail) {
    report(v.code, v.message, m.payload.span, v.hint);
    return null;
  }
  return { kind: "field", field: name, op, negate: m.negate, value: v, span: m.span };
}

function keyText(fields: string[]): string {
  return `(${fields.join(", ")})`;
}

function checkSetMatcher(m: Extract<AstMatcher, { kind: "set" }>, scope: ChainScope): Matcher | null {
  const { report } = scope;
  const plan = checkKey(m.key, scope.hook, report);
  let index: number;
  if (m.target.kind === "inline") {
    if (!plan) return null;
    const def = packSet(null, plan, m.target.body, scope.src, report);
    index = scope.sets.length;
    scope.sets.push(def);
  } else {
    const ref = m.target.name;
    const decl = scope.named.get(ref.text);
    if (!decl) {
      report("BFR2023", `unknown set '${ref.text}'`, ref.span, didYouMean(ref.text, scope.named.keys()) ?? "declare it in this chain with 'set NAME (KEY) in {…}' before the rules");
      return null;
    }
    if (!plan) return null;
    if (decl.plan.fields.join() !== plan.fields.join()) {
      report("BFR2024", `set '${ref.text}' is declared with key ${keyText(decl.plan.fields)}, not ${keyText(plan.fields)}`, m.key.span,
        `write '${keyText(decl.plan.fields)} ${m.negate ? "not " : ""}in ${ref.text}'`);
      return null;
    }
    index = decl.index;
  }
  const set = scope.sets[index];
  if (set.count === 0 && !setsWithErrors.has(set) && !scope.parseFailed) {
    const what = set.name === null ? "an empty set" : `set '${set.name}', which is empty`;
    report("BFR2503", `rule uses ${what}`, m.span,
      m.negate ? "'not in' an empty set matches every packet that has the key's headers" : "'in' an empty set matches nothing until the set gets elements", true);
  }
  return { kind: "set", set: index, negate: m.negate, span: m.span };
}

function logOption(o: Extract<AstOption, { kind: "log" }>, scope: ChainScope): LogOption | null {
  const { report, hook } = scope;
  const headers: LogHeader[] = [];
  let ok = true;
  if (o.headers) {
    const family = hook ? HOOKS[hook].family : null;
    for (const h of o.headers.text.split(",")) {
      const lh = h.toLowerCase() as LogHeader;
      if (!(LOG_HEADERS as readonly string[]).includes(lh)) {
        report("BFR2026", `unknown log header '${h}'`, o.headers.span, didYouMean(h, LOG_HEADERS) ?? "log headers are link, internet and transport");
        ok = false;
      } else if (headers.includes(lh)) {
        report("BFR2026", `log header '${lh}' is listed twice`, o.headers.span, "list each header once");
        ok = false;
      } else if (family === "sock_addr") {
        report("BFR2019", `log headers are not available on ${hook}`, o.headers.span, "socket hooks have no packet: write plain 'log' (it records pid, comm, addresses and port)");
        return null;
      } else if (lh === "link" && family !== "xdp" && family !== "tc") {
        report("BFR2019", `log header 'link' is not available on ${hook}`, o.headers.span, "only XDP and TC hooks see the Ethernet header; use 'internet' or 'transport'");
        ok = false;
      }
      headers.push(lh);
    }
  }
  let everyNs: bigint | null = null;
  if (o.every) {
    const d = parseDuration(o.every.text);
    if (d instanceof Fail) {
      report(d.code, d.message, o.every.span, d.hint);
      ok = false;
    } else everyNs = d;
  }
  return ok ? { headers, everyNs } : null;
}

interface Options {
  counter: boolean;
  mark: number | null;
  log: LogOption | null;
}

function checkOptions(opts: AstOption[], scope: ChainScope): Options | null {
  const { report, hook } = scope;
  const seen = new Map<string, AstOption>();
  const out: Options = { counter: false, mark: null, log: null };
  let ok = true;
  for (const o of opts) {
    const kw = o.kind;
    if (seen.has(kw)) {
      report("BFR2018", `'${kw}' is given twice in this rule`, { start: o.span.start, length: kw.length }, "give each option at most once");
      ok = false;
      continue;
    }
    seen.set(kw, o);
    if (o.kind === "counter") out.counter = true;
    else if (o.kind === "mark") {
      const fam = hook ? HOOKS[hook].family : null;
      if (fam !== null && fam !== "tc" && fam !== "cgroup_skb") {
        report("BFR2019", `'mark' is not available on ${hook}`, { start: o.span.start, length: 4 }, "packets can be marked on TC and cgroup_skb hooks only");
        ok = false;
        continue;
      }
      const v = parseBase0(o.value.text, 0xffffffff, "mark");
      if (v instanceof Fail) {
        report(v.code, v.message, o.value.span, v.hint);
        ok = false;
      } else out.mark = v;
    } else {
      const l = logOption(o, scope);
      if (l) out.log = l;
      else ok = false;
    }
  }
  return ok ? out : null;
}

const VERDICT_NAMES = ["ACCEPT", "DROP", "CONTINUE", "NEXT", "REDIRECT"];

function checkVerdict(v: AstVerdict, scope: ChainScope): Verdict | null {
  const { report, hook } = scope;
  const name = v.name.text;
  if (name === "ACCEPT" || name === "DROP" || name === "CONTINUE" || name === "NEXT") return { kind: name };
  if (name !== "REDIRECT") {
    if (name !== "") report("BFR2004", `unknown verdict '${name}'`, v.name.span, didYouMean(name, VERDICT_NAMES) ?? "a rule ends with ACCEPT, DROP, CONTINUE, NEXT or REDIRECT");
    return null;
  }
  const fam = hook ? HOOKS[hook].family : null;
  if (fam !== null && fam !== "xdp" && fam !== "tc") {
    report("BFR2020", `REDIRECT is not available on ${hook}`, v.span, "packets can be redirected on XDP (out) and TC (in or out) hooks only");
    return null;
  }
  const iface = parseIface(v.iface?.text ?? "");
  if (iface instanceof Fail) {
    report(iface.code, iface.message, v.iface?.span ?? v.span, iface.hint);
    return null;
  }
  const dir = v.dir?.text ?? "";
  if (dir !== "in" && dir !== "out") {
    report("BFR2020", `REDIRECT direction must be 'in' or 'out', not '${dir}'`, v.dir?.span ?? v.span, didYouMean(dir, ["in", "out"]) ?? "'in' redirects to the interface's ingress, 'out' sends it out of the interface");
    return null;
  }
  if (fam === "xdp" && dir === "in") {
    report("BFR2020", "XDP can only redirect 'out' of an interface", v.dir?.span ?? v.span, `write 'REDIRECT ${v.iface?.text} out'`);
    return null;
  }
  return { kind: "REDIRECT", iface, dir };
}

const L4_NAME = (n: number) => nameOf(L4_PROTOS, n) ?? `protocol ${n}`;

/** Warns when the rule's (non-negated) matchers require two protocols on one layer. */
function conflicts(rule: AstRule, matchers: Matcher[], scope: ChainScope): void {
  const l3 = new Set<string>();
  const l4 = new Set<number>();
  const note = (f: Field, value?: number) => {
    const s = FIELD_SPECS[f];
    if (s.l3) l3.add(s.l3);
    if (s.l4 !== undefined) l4.add(s.l4);
    if (value === undefined) return;
    if (f === "meta.l3_proto" && value === 0x0800) l3.add("ipv4");
    if (f === "meta.l3_proto" && value === 0x86dd) l3.add("ipv6");
    if ((f === "meta.l4_proto" || f === "ip4.proto" || f === "ip6.nexthdr") && [1, 6, 17, 58, 132, 136].includes(value)) l4.add(value);
  };
  for (const m of matchers) {
    if (m.negate) continue;
    if (m.kind === "field") note(m.field, m.value.kind === "int" ? m.value.value : undefined);
    else for (const c of scope.sets[m.set].key) note(c.field);
  }
  const why = l3.size > 1 ? "both IPv4 and IPv6" : l4.size > 1 ? [...l4].map(L4_NAME).join(" and ") : null;
  if (why) {
    scope.report("BFR2502", `rule can never match: it needs ${why} at once`, { start: rule.span.start, length: 4 }, "split it into one rule per protocol", true);
  }
}

export function checkRule(rule: AstRule, index: number, scope: ChainScope, print: (r: Rule) => string): Rule | null {
  const matchers: Matcher[] = [];
  let ok = true;
  for (const m of rule.matchers) {
    const r = m.kind === "field" ? checkField(m, scope) : checkSetMatcher(m, scope);
    if (r) matchers.push(r);
    else ok = false;
  }
  const opts = checkOptions(rule.options, scope);
  const verdict = checkVerdict(rule.verdict, scope);
  if (!ok || !opts || !verdict) return null;
  conflicts(rule, matchers, scope);
  const r: Rule = { index, matchers, counter: opts.counter, mark: opts.mark, log: opts.log, verdict, span: rule.span, text: "" };
  r.text = print(r);
  return r;
}
