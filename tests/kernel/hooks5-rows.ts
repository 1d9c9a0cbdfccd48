// Which conformance cases (tests/kernel/matrix.ts) run on the hooks issue 5 added, and how: the
// cgroup_skb hooks see the packet from its IP header (skb->data), so frames run untagged only and
// count skb->len = frame length - 14 bytes. Shared by hooks5-matchers.test.ts (runs them) and
// hooks5-coverage.test.ts (checks that every allowed combination has one).

import type { HookName } from "../../elf/hooks.js";
import type { Field, MatchOp } from "../../compiler/model.js";
import { CASES, type MatcherCase } from "./matrix.js";

export const CGROUP_SKB_HOOKS = ["BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS"] as const;
export const NF_HOOKS = [
  "BF_HOOK_NF_PRE_ROUTING", "BF_HOOK_NF_LOCAL_IN", "BF_HOOK_NF_FORWARD", "BF_HOOK_NF_LOCAL_OUT", "BF_HOOK_NF_POST_ROUTING",
] as const;
export type Hook5 = (typeof CGROUP_SKB_HOOKS)[number] | (typeof NF_HOOKS)[number];

/** Fields LANGUAGE.md §4 does not allow on cgroup_skb although the Ethernet suites test them. */
const NOT_ON_CGROUP_SKB: ReadonlySet<Field> = new Set<Field>(["meta.flow_hash"]);

/** The cases run on `hook`: every TC ingress case whose field the hook allows. */
export function casesFor(hook: Hook5): MatcherCase[] {
  if (!(CGROUP_SKB_HOOKS as readonly HookName[]).includes(hook)) return [];
  return CASES.filter((c) => (c.hooks ?? ["BF_HOOK_TC_INGRESS"]).includes("BF_HOOK_TC_INGRESS") && !NOT_ON_CGROUP_SKB.has(c.field));
}

/** "field op hook" for every row the issue-5 kernel suites run (each with and without `not`). */
export function rows5(): Set<string> {
  const have = new Set<string>();
  for (const h of [...CGROUP_SKB_HOOKS, ...NF_HOOKS]) for (const c of casesFor(h)) have.add(`${c.field} ${c.op} ${h}`);
  return have;
}

export type { Field, MatchOp };
