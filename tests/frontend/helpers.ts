// Shared helpers for the front-end tests: run checkSource on small inputs and pick out results.

import { checkSource } from "../../compiler/frontend.js";
import type { Diagnostic } from "../../grammar/diagnostics.js";
import type { FieldMatcher, Rule, Ruleset } from "../../compiler/model.js";

export const HOOKS = [
  "BF_HOOK_XDP", "BF_HOOK_TC_INGRESS", "BF_HOOK_TC_EGRESS",
  "BF_HOOK_NF_PRE_ROUTING", "BF_HOOK_NF_LOCAL_IN", "BF_HOOK_NF_FORWARD", "BF_HOOK_NF_LOCAL_OUT", "BF_HOOK_NF_POST_ROUTING",
  "BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS",
  "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6",
  "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4", "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6",
] as const;

export function errors(ds: Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.severity === "error");
}

export function check(text: string): { ruleset: Ruleset | null; diagnostics: Diagnostic[]; codes: string[] } {
  const r = checkSource(text, "t.bfr");
  return { ...r, codes: r.diagnostics.map((d) => d.code) };
}

/** A one-chain, one-rule file. */
export function ruleText(hook: string, rule: string, header = ""): string {
  return `chain t ${hook}${header} ACCEPT\n    ${rule}\n`;
}

/** Checks one rule on a hook; returns its model rule or the error codes. */
export function oneRule(hook: string, rule: string): { rule: Rule | null; codes: string[]; messages: string[] } {
  const r = check(ruleText(hook, rule));
  return {
    rule: r.ruleset?.chains[0].rules[0] ?? null,
    codes: errors(r.diagnostics).map((d) => d.code),
    messages: r.diagnostics.map((d) => d.message),
  };
}

export function field(rule: Rule | null, i = 0): FieldMatcher {
  const m = rule?.matchers[i];
  if (!m || m.kind !== "field") throw new Error(`no field matcher ${i}`);
  return m;
}

export const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
