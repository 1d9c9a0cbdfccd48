// Which conformance cases (tests/kernel/matrix.ts) run on the hooks issue 5 added, and how: the
// cgroup_skb and netfilter hooks see the packet from its IP header (skb->data), so frames run
// untagged only and count skb->len = frame length - 14 bytes. Shared by hooks5-matchers.test.ts (runs them) and
// hooks5-coverage.test.ts (checks that every allowed combination has one).

import type { HookName } from "../../elf/hooks.js";
import type { Field, MatchOp } from "../../compiler/model.js";
import { CASES, type MatcherCase, type Pkt } from "./matrix.js";
import { ipv4, ipv6, tcp, udp } from "./packets.js";

export const CGROUP_SKB_HOOKS = ["BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS"] as const;
export const NF_HOOKS = [
  "BF_HOOK_NF_PRE_ROUTING", "BF_HOOK_NF_LOCAL_IN", "BF_HOOK_NF_FORWARD", "BF_HOOK_NF_LOCAL_OUT", "BF_HOOK_NF_POST_ROUTING",
] as const;
export type Hook5 = (typeof CGROUP_SKB_HOOKS)[number] | (typeof NF_HOOKS)[number];

/** Fields LANGUAGE.md §4 does not allow on cgroup_skb although the Ethernet suites test them. */
const NOT_ON_CGROUP_SKB: ReadonlySet<Field> = new Set<Field>(["meta.flow_hash"]);

/** Fields LANGUAGE.md §4 does not allow on netfilter although the Ethernet suites test them. */
const NOT_ON_NF: ReadonlySet<Field> = new Set<Field>(["meta.flow_hash", "meta.flow_probability"]);

const isIp = (p: Pkt): boolean => p.l3.etherType === 0x0800 || p.l3.etherType === 0x86dd;

/**
 * Netfilter test runs see only IPv4/IPv6 packets and always mark 0; skb->dev is the loopback
 * device except at LOCAL_OUT, where the test run gives no device (ifindex reads as 0).
 */
function nfCase(c: MatcherCase, hook: Hook5): MatcherCase | null {
  if (c.field === "meta.mark") return null;
  const ip = (ps: Pkt[] | undefined): Pkt[] => (ps ?? []).filter(isIp);
  if (c.field === "meta.iface" && hook === "BF_HOOK_NF_LOCAL_OUT") return { ...c, match: [], nomatch: ip([...c.match, ...c.nomatch]), absent: [] };
  return { ...c, match: ip(c.match), nomatch: ip(c.nomatch), absent: ip(c.absent) };
}

const V4 = (): Pkt => ({ label: "v4 tcp", l3: ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, tcp()) });
const V6 = (): Pkt => ({ label: "v6 udp", l3: ipv6({ src: "2001:db8::1", dst: "2001:db8::2" }, udp()) });
/** meta.mark on netfilter: the test run's mark is 0. */
const NF_MARK: MatcherCase[] = [
  { field: "meta.mark", op: "eq", payload: "0", match: [V4(), V6()], nomatch: [] },
  { field: "meta.mark", op: "eq", payload: "0x2a", match: [], nomatch: [V4(), V6()] },
];

/** The cases run on `hook`: every TC ingress case whose field the hook allows (adapted for netfilter). */
export function casesFor(hook: Hook5): MatcherCase[] {
  const tcIn = CASES.filter((c) => (c.hooks ?? ["BF_HOOK_TC_INGRESS"]).includes("BF_HOOK_TC_INGRESS"));
  if ((CGROUP_SKB_HOOKS as readonly HookName[]).includes(hook)) return tcIn.filter((c) => !NOT_ON_CGROUP_SKB.has(c.field));
  const nf = tcIn.filter((c) => !NOT_ON_NF.has(c.field)).map((c) => nfCase(c, hook)).filter((c): c is MatcherCase => c !== null);
  return [...nf, ...NF_MARK];
}

/** "field op hook" for every row the issue-5 kernel suites run (each with and without `not`). */
export function rows5(): Set<string> {
  const have = new Set<string>();
  for (const h of [...CGROUP_SKB_HOOKS, ...NF_HOOKS]) for (const c of casesFor(h)) have.add(`${c.field} ${c.op} ${h}`);
  return have;
}

export type { Field, MatchOp };
