// Checks chains: names, hooks, hook options, policies and named sets, then hands each rule to
// rules.ts. Builds the validated model (compiler/model.ts) when nothing is wrong.

import type { AstChain, AstHookOptions, AstRuleset, Word } from "../../grammar/ast.js";
import type { Diagnostic } from "../../grammar/diagnostics.js";
import { RESERVED } from "../../grammar/lexer.js";
import type { Span } from "../../grammar/span.js";
import { HOOKS, HOOK_NAMES, isHookName, type HookName } from "../../elf/hooks.js";
import type { Chain, HookOptions, Policy, Rule, Ruleset, SetDef } from "../model.js";
import { printChain, printRule } from "../print.js";
import { closest, didYouMean } from "./names.js";
import { checkRule, type ChainScope } from "./rules.js";
import { checkKey, packSet, type KeyPlan, type Report } from "./sets.js";
import { Fail, parseIface } from "./values.js";

const ALL_OPTION_KEYS = ["ifindex", "iface", "priorities", "cgpath", "family"];

function checkName(w: Word, what: string, report: Report): void {
  if (!/^[A-Za-z0-9_]+$/.test(w.text)) {
    report("BFR2030", `invalid ${what} name '${w.text}'`, w.span, `names use letters, digits and '_' only, e.g. '${w.text.replace(/[^A-Za-z0-9_]/g, "_") || what}'`);
  } else if (RESERVED.has(w.text) || isHookName(w.text)) {
    report("BFR2027", `'${w.text}' is a reserved word and cannot name a ${what}`, w.span, `pick another name, e.g. '${w.text.toLowerCase()}_${what}'`);
  }
}

function checkHook(w: Word, report: Report): HookName | null {
  if (isHookName(w.text)) return w.text;
  if (w.text !== "") {
    const c = closest(w.text, HOOK_NAMES);
    report("BFR2003", `unknown hook '${w.text}'`, w.span, c ? `did you mean '${c}'?` : "hooks are BF_HOOK_XDP, BF_HOOK_TC_INGRESS, BF_HOOK_NF_LOCAL_IN, … (LANGUAGE.md §3)");
  }
  return null;
}

/** Parses one option value into `out`, or reports it. */
function optionValue(key: string, value: Word, out: HookOptions, report: Report): void {
  const bad = (msg: string, hint: string) => {
    report("BFR2007", msg, value.span.length ? value.span : { start: value.span.start - 1, length: 1 }, hint);
  };
  if (key === "ifindex") {
    if (!/^[0-9]+$/.test(value.text) || Number(value.text) < 1 || Number(value.text) > 0xffffffff) {
      bad(`invalid interface index '${value.text}'`, "ifindex= takes a positive decimal number; use iface=NAME for a name");
    } else out.iface = { kind: "index", index: Number(value.text) };
  } else if (key === "iface") {
    const r = parseIface(value.text);
    if (r instanceof Fail) bad(r.message, r.hint ?? "");
    else out.iface = r;
  } else if (key === "priorities") {
    const m = /^(-?[0-9]+)-(-?[0-9]+)$/.exec(value.text);
    const a = m ? Number(m[1]) : 0;
    const b = m ? Number(m[2]) : 0;
    const i32 = (x: number) => x >= -0x80000000 && x <= 0x7fffffff;
    if (!m || a === 0 || b === 0 || a === b || !i32(a) || !i32(b)) {
      bad(`invalid priorities '${value.text}'`, "write two different non-zero netfilter priorities, e.g. 'priorities=101-102'");
    } else out.priorities = [a, b];
  } else if (key === "cgpath") {
    if (value.text === "") bad("empty cgroup path", "write e.g. 'cgpath=/sys/fs/cgroup/my.slice'");
    else out.cgpath = value.text;
  }
}

function checkOptions(opts: AstHookOptions | null, hook: HookName | null, report: Report): HookOptions | null {
  if (!opts) return null;
  const out: HookOptions = { iface: null, priorities: null, cgpath: null, raw: [] };
  const seen = new Set<string>();
  const allowed = hook ? HOOKS[hook].options : ALL_OPTION_KEYS;
  for (const it of opts.items) {
    const key = it.key.text;
    if (seen.has(key) || (seen.has(key === "iface" ? "ifindex" : "iface") && (key === "iface" || key === "ifindex"))) {
      report("BFR2006", seen.has(key) ? `hook option '${key}' is given twice` : "'iface' and 'ifindex' both choose the interface", it.span, "keep only one");
      continue;
    }
    seen.add(key);
    if (key === "family") {
      report("BFR2501", "hook option 'family' is deprecated and ignored", it.span, "remove it: the program handles both IPv4 and IPv6", true);
      continue;
    }
    if (!ALL_OPTION_KEYS.includes(key)) {
      report("BFR2005", `unknown hook option '${key}'`, it.key.span, didYouMean(key, ALL_OPTION_KEYS) ?? `${hook ?? "this hook"} takes: ${allowed.join(", ")}`);
      continue;
    }
    if (!allowed.includes(key)) {
      report("BFR2005", `hook option '${key}' is not valid on ${hook}`, it.key.span, `${hook} takes: ${allowed.map((k) => k + "=").join(" or ")}`);
      continue;
    }
    out.raw.push({ key, value: it.value.text });
    optionValue(key, it.value, out, report);
  }
  if (out.raw.length === 0) return null;
  return out;
}

function checkPolicy(w: Word, report: Report): Policy | null {
  if (w.text === "ACCEPT" || w.text === "DROP" || w.text === "NEXT") return w.text;
  if (w.text === "CONTINUE" || w.text === "REDIRECT") {
    report("BFR2029", `'${w.text}' cannot be a chain policy`, w.span, "the policy is ACCEPT, DROP or NEXT");
  } else if (w.text !== "") {
    report("BFR2004", `unknown policy '${w.text}'`, w.span, didYouMean(w.text, ["ACCEPT", "DROP", "NEXT"]) ?? "the policy is ACCEPT, DROP or NEXT");
  }
  return null;
}

function checkChain(c: AstChain, src: string, report: Report, errorCount: () => number, parseFailed: boolean): Chain | null {
  const before = errorCount();
  checkName(c.name, "chain", report);
  const hook = checkHook(c.hook, report);
  const options = checkOptions(c.options, hook, report);
  const policy = checkPolicy(c.policy, report);
  const sets: SetDef[] = [];
  const named = new Map<string, { index: number; plan: KeyPlan }>();
  for (const d of c.sets) {
    if (d.recovered) continue;
    checkName(d.name, "set", report);
    if (named.has(d.name.text)) {
      report("BFR2025", `set '${d.name.text}' is already declared in this chain`, d.name.span, "give each set a distinct name");
      continue;
    }
    const plan = checkKey(d.key, hook, report);
    if (!plan) continue;
    named.set(d.name.text, { index: sets.length, plan });
    const def = packSet(d.name.text, plan, d.body, src, report);
    def.span = d.span; // a named set is located by its declaration, not just its body
    sets.push(def);
  }
  const scope: ChainScope = { hook, src, sets, named, report, parseFailed };
  const rules: Rule[] = [];
  c.rules.forEach((r, i) => {
    if (r.recovered) return;
    const m = checkRule(r, i, scope, (x) => printRule(x, scope));
    if (m) rules.push(m);
  });
  if (errorCount() > before || !hook || !policy) return null;
  const chain: Chain = { name: c.name.text, hook, options, policy, sets, rules, span: c.span, canonical: "" };
  chain.canonical = printChain(chain);
  return chain;
}

/** Semantic check of a parsed file. `ruleset` is null when any error was reported. */
export function checkAst(ast: AstRuleset, src: string, file: string, parseFailed: boolean): { ruleset: Ruleset | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let errors = 0;
  const report: Report = (code, message, span: Span, hint, warning) => {
    if (!warning) errors++;
    const d: Diagnostic = { severity: warning ? "warning" : "error", code, message, file, span };
    if (hint) d.hint = hint;
    diagnostics.push(d);
  };
  const chains: Chain[] = [];
  const names = new Set<string>();
  for (const c of ast.chains) {
    if (c.recovered) continue;
    if (names.has(c.name.text)) {
      report("BFR2025", `chain '${c.name.text}' is already defined in this file`, c.name.span, "give each chain a distinct name");
    }
    names.add(c.name.text);
    const chain = checkChain(c, src, report, () => errors, parseFailed);
    if (chain) chains.push(chain);
  }
  const ok = errors === 0 && !parseFailed;
  return { ruleset: ok ? { file, source: src, chains } : null, diagnostics };
}
