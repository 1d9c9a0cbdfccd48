// The matcher table (LANGUAGE.md §4): for every field, the hooks it runs on, its operators, how
// its payload is parsed, whether and how it packs into a set key, and which protocol it implies
// (for the "can never match" warning).

import { HOOKS, HOOK_NAMES, type HookName } from "../../elf/hooks.js";
import type { Field, MatchOp, MatchValue } from "../model.js";
import { DSCP, ICMPV6_TYPES, ICMP_TYPES, L3_PROTOS, L4_PROTOS, TCP_FLAGS, didYouMean } from "./names.js";
import * as V from "./values.js";
import { Fail, type Res } from "./values.js";

export interface FieldSpec {
  hooks: ReadonlySet<HookName>;
  ops: readonly MatchOp[];
  /** Width of the packed key component in bytes; 0 when the field cannot be a set key. */
  keyWidth: number;
  /** Network fields: only as the single component of an LPM set. */
  network: boolean;
  parse(op: MatchOp, text: string): Res<MatchValue>;
  /** Layer-3 / layer-4 protocol the field implies ("ipv4", "ipv6", or an IP protocol number). */
  l3?: "ipv4" | "ipv6";
  l4?: number;
}

const byFamily = (...fams: string[]): HookName[] => HOOK_NAMES.filter((h) => fams.includes(HOOKS[h].family));
const PKT = byFamily("xdp", "tc", "nf", "cgroup_skb");
const C4: HookName = "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4";
const C6: HookName = "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6";
const S4: HookName = "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4";
const S6: HookName = "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6";
const ALL = [...HOOK_NAMES];

function named(table: Record<string, number>, max: number, what: string, s: string, other?: [Record<string, number>, string]): Res<number> {
  const v = table[s.toLowerCase()];
  if (v !== undefined) return v;
  if (/^(?:0[xX])?[0-9a-fA-F]+$/.test(s)) {
    const n = V.parseLenient(s, max, what);
    // A word like `af44` is hexadecimal to bfcli, but reporting "0xaf44 is out of range" would
    // hide the real mistake: a misspelled name.
    if (!(n instanceof Fail) || /^(?:[0-9]+|0[xX].*)$/.test(s)) return n;
  }
  const names = Object.keys(table);
  const hint = other && other[0][s.toLowerCase()] !== undefined ? `'${s}' is an ${other[1]} name; use the ${other[1]} matcher`
    : didYouMean(s, names) ?? (names.length <= 8 ? `use ${names.join(", ")} or a number` : `see the ${what} names in LANGUAGE.md §4, or write the number`);
  return new Fail("BFR2001", `unknown ${what} '${s}'`, hint);
}

const int = (r: Res<number>): Res<MatchValue> => (r instanceof Fail ? r : { kind: "int", value: r });

function portLike(op: MatchOp, s: string): Res<MatchValue> {
  if (op === "range") {
    const r = V.parseRange(s, V.parsePort, "port");
    return r instanceof Fail ? r : { kind: "range", lo: r.lo, hi: r.hi };
  }
  if (s.includes("-")) return new Fail("BFR2014", `'${s}' is a range but the operator is 'eq'`, "write 'range' before a port range, e.g. 'tcp.dport range 1000-2000'");
  return int(V.parsePort(s));
}

function flags(s: string): Res<MatchValue> {
  let mask = 0;
  for (const f of s.split(",")) {
    const bit = TCP_FLAGS[f.toLowerCase()];
    if (bit === undefined) {
      return new Fail("BFR2028", `unknown TCP flag '${f}'`, didYouMean(f, Object.keys(TCP_FLAGS)) ?? `flags are ${Object.keys(TCP_FLAGS).join(", ")}, joined by ','`);
    }
    mask |= bit;
  }
  return { kind: "flags", mask };
}

function addr(v6: boolean, s: string): Res<MatchValue> {
  if (s.includes("/")) {
    return new Fail("BFR2013", `'${s}' is a network, not an address`, `use ${v6 ? "ip6" : "ip4"}.snet or ${v6 ? "ip6" : "ip4"}.dnet to match a network`);
  }
  const b = v6 ? V.parseIPv6(s) : V.parseIPv4(s);
  return b instanceof Fail ? b : { kind: "addr", bytes: b };
}

function net(v6: boolean, s: string): Res<MatchValue> {
  const p = V.parsePrefix(s, v6);
  return p instanceof Fail ? p : { kind: "prefix", bytes: p.bytes, len: p.len };
}

function spec(hooks: HookName[], ops: MatchOp[], keyWidth: number, parse: FieldSpec["parse"], extra: Partial<FieldSpec> = {}): FieldSpec {
  return { hooks: new Set(hooks), ops, keyWidth, network: false, parse, ...extra };
}

const EQ: MatchOp[] = ["eq"];
const EQ_RANGE: MatchOp[] = ["eq", "range"];
const u8 = (what: string) => (_: MatchOp, s: string) => int(V.parseLenient(s, 255, what));

export const FIELD_SPECS: Readonly<Record<Field, FieldSpec>> = {
  "meta.iface": spec(PKT, EQ, 0, (_, s) => {
    const r = V.parseIface(s);
    return r instanceof Fail ? r : { kind: "iface", iface: r };
  }),
  "meta.l3_proto": spec(ALL, EQ, 0, (_, s) => int(named(L3_PROTOS, 0xffff, "layer 3 protocol", s))),
  "meta.l4_proto": spec(ALL, EQ, 0, (_, s) => int(named(L4_PROTOS, 255, "protocol", s))),
  "meta.sport": spec(PKT, EQ_RANGE, 0, portLike),
  "meta.dport": spec(ALL, EQ_RANGE, 0, portLike),
  "meta.probability": spec(ALL, EQ, 0, (_, s) => {
    const p = V.parsePercent(s);
    return p instanceof Fail ? p : { kind: "probability", percent: p };
  }),
  "meta.flow_probability": spec(byFamily("xdp", "tc", "cgroup_skb"), EQ, 0, (_, s) => {
    const p = V.parsePercent(s);
    return p instanceof Fail ? p : { kind: "probability", percent: p };
  }),
  "meta.mark": spec(byFamily("tc", "nf", "cgroup_skb"), EQ, 0, (_, s) => int(V.parseBase0(s, 0xffffffff, "mark"))),
  "meta.flow_hash": spec(byFamily("tc"), EQ_RANGE, 0, (op, s) => {
    const one = (x: string) => V.parseLenient(x, 0xffffffff, "flow hash");
    if (op !== "range") return int(one(s));
    const r = V.parseRange(s, one, "flow hash");
    return r instanceof Fail ? r : { kind: "range", lo: r.lo, hi: r.hi };
  }),
  "ip4.saddr": spec([...PKT, S4], EQ, 4, (_, s) => addr(false, s), { l3: "ipv4" }),
  "ip4.daddr": spec([...PKT, C4, S4], EQ, 4, (_, s) => addr(false, s), { l3: "ipv4" }),
  "ip4.snet": spec([...PKT, S4], EQ, 4, (_, s) => net(false, s), { l3: "ipv4", network: true }),
  "ip4.dnet": spec([...PKT, C4, S4], EQ, 4, (_, s) => net(false, s), { l3: "ipv4", network: true }),
  "ip4.proto": spec([...PKT, C4, S4], EQ, 1, (_, s) => int(named(L4_PROTOS, 255, "protocol", s)), { l3: "ipv4" }),
  "ip4.dscp": spec(PKT, EQ, 0, (_, s) => int(named(DSCP, 63, "DSCP class", s)), { l3: "ipv4" }),
  "ip6.saddr": spec([...PKT, S6], EQ, 16, (_, s) => addr(true, s), { l3: "ipv6" }),
  "ip6.daddr": spec([...PKT, C6, S6], EQ, 16, (_, s) => addr(true, s), { l3: "ipv6" }),
  "ip6.snet": spec([...PKT, S6], EQ, 16, (_, s) => net(true, s), { l3: "ipv6", network: true }),
  "ip6.dnet": spec([...PKT, C6, S6], EQ, 16, (_, s) => net(true, s), { l3: "ipv6", network: true }),
  "ip6.nexthdr": spec(PKT, EQ, 1, (_, s) => int(named(L4_PROTOS, 255, "next header", s)), { l3: "ipv6" }),
  "ip6.dscp": spec(PKT, EQ, 0, (_, s) => int(named(DSCP, 63, "DSCP class", s)), { l3: "ipv6" }),
  "tcp.sport": spec(PKT, EQ_RANGE, 2, portLike, { l4: 6 }),
  "tcp.dport": spec([...PKT, C4, C6], EQ_RANGE, 2, portLike, { l4: 6 }),
  "tcp.flags": spec(PKT, ["eq", "any", "all"], 0, (_, s) => flags(s), { l4: 6 }),
  "udp.sport": spec(PKT, EQ_RANGE, 2, portLike, { l4: 17 }),
  "udp.dport": spec(ALL, EQ_RANGE, 2, portLike, { l4: 17 }),
  "icmp.type": spec(PKT, EQ, 1, (_, s) => int(named(ICMP_TYPES, 255, "ICMP type", s, [ICMPV6_TYPES, "icmpv6.type"])), { l4: 1 }),
  "icmp.code": spec(PKT, EQ, 1, u8("ICMP code"), { l4: 1 }),
  "icmpv6.type": spec(PKT, EQ, 1, (_, s) => int(named(ICMPV6_TYPES, 255, "ICMPv6 type", s, [ICMP_TYPES, "icmp.type"])), { l4: 58 }),
  "icmpv6.code": spec(PKT, EQ, 1, u8("ICMPv6 code"), { l4: 58 }),
};

const FAMILY_LABEL: Record<string, string> = { xdp: "XDP", tc: "TC", nf: "netfilter", cgroup_skb: "cgroup_skb" };

/** Human list of the hooks a field runs on, by family where a whole family is covered. */
export function hookList(f: Field): string {
  const hs = FIELD_SPECS[f].hooks;
  if (hs.size === HOOK_NAMES.length) return "every hook";
  const parts: string[] = [];
  for (const fam of Object.keys(FAMILY_LABEL)) {
    const members = HOOK_NAMES.filter((h) => HOOKS[h].family === fam);
    if (members.every((h) => hs.has(h))) parts.push(FAMILY_LABEL[fam]);
    else parts.push(...members.filter((h) => hs.has(h)));
  }
  parts.push(...HOOK_NAMES.filter((h) => HOOKS[h].family === "sock_addr" && hs.has(h)));
  return parts.join(", ");
}
