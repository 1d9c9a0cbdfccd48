// The canonical printer: model → `.bfr` text in normal form. parse+check of the output gives the
// same model back, so `bfr fmt` is idempotent and `Rule.text` can identify rules across versions.
// Normal form: one rule per line, `eq` omitted, names for known numbers (tcp, echo-request, ef),
// compressed IPv6, lower-case payload names, options in the order counter, mark, log.

import type { Chain, Field, KeyComponent, Matcher, MatchValue, Rule, Ruleset, SetDef, Verdict, HookOptions } from "./model.js";
import { DSCP, ICMPV6_TYPES, ICMP_TYPES, L3_PROTOS, L4_PROTOS, TCP_FLAGS, nameOf } from "./check/names.js";

/** Sets with more elements than this print one element per line. */
const INLINE_MAX = 4;

export function formatIPv4(b: Uint8Array, off = 0): string {
  return `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
}

/** RFC 5952: lower case, leading zeros dropped, the longest run (≥ 2) of zero groups as `::`. */
export function formatIPv6(b: Uint8Array, off = 0): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push((b[off + 2 * i] << 8) | b[off + 2 * i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(":");
  if (best === -1) return hex(g);
  return `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

function formatInt(field: Field, v: number): string {
  switch (field) {
    case "meta.l3_proto":
      return nameOf(L3_PROTOS, v) ?? String(v);
    case "meta.l4_proto":
    case "ip4.proto":
    case "ip6.nexthdr":
      return nameOf(L4_PROTOS, v) ?? String(v);
    case "icmp.type":
      return nameOf(ICMP_TYPES, v) ?? String(v);
    case "icmpv6.type":
      return nameOf(ICMPV6_TYPES, v) ?? String(v);
    case "ip4.dscp":
    case "ip6.dscp":
      return nameOf(DSCP, v) ?? String(v);
    default:
      return String(v);
  }
}

function formatPercent(p: number): string {
  const s = String(p);
  return (s.includes("e") ? p.toFixed(20).replace(/\.?0+$/, "") : s) + "%";
}

export function formatValue(field: Field, v: MatchValue): string {
  const v6 = field.startsWith("ip6.");
  switch (v.kind) {
    case "int":
      return formatInt(field, v.value);
    case "range":
      return `${v.lo}-${v.hi}`;
    case "addr":
      return v6 ? formatIPv6(v.bytes) : formatIPv4(v.bytes);
    case "prefix":
      return `${v6 ? formatIPv6(v.bytes) : formatIPv4(v.bytes)}/${v.len}`;
    case "iface":
      return v.iface.kind === "index" ? String(v.iface.index) : v.iface.name;
    case "flags":
      return Object.entries(TCP_FLAGS).filter(([, bit]) => v.mask & bit).map(([n]) => n).join(",");
    case "probability":
      return formatPercent(v.percent);
  }
}

function formatComponent(c: KeyComponent, lpm: boolean, data: Uint8Array, base: number): string {
  const v6 = c.field.startsWith("ip6.");
  const off = base + c.offset;
  if (lpm) return `${v6 ? formatIPv6(data, off) : formatIPv4(data, off)}/${data[base]}`;
  if (c.width === 4) return formatIPv4(data, off);
  if (c.width === 16) return formatIPv6(data, off);
  if (c.width === 2) return String((data[off] << 8) | data[off + 1]);
  return formatInt(c.field, data[off]);
}

/** Every element of a set as text (components joined by ','). */
export function setElements(set: SetDef): string[] {
  const out: string[] = new Array(set.count);
  for (let i = 0; i < set.count; i++) {
    const base = i * set.keySize;
    out[i] = set.key.map((c) => formatComponent(c, set.lpm, set.data, base)).join(",");
  }
  return out;
}

function keyText(set: SetDef): string {
  return `(${set.key.map((c) => c.field).join(", ")})`;
}

/** `{ a; b }` on one line, or one element per line (indented by `indent` + 4) when large. */
export function printSetBody(set: SetDef, indent = "", oneLine = false): string {
  const els = setElements(set);
  if (els.length === 0) return "{}";
  if (oneLine || els.length <= INLINE_MAX) return `{ ${els.join("; ")} }`;
  const pad = indent + "    ";
  return `{\n${pad}${els.join(`\n${pad}`)}\n${indent}}`;
}

function printMatcher(m: Matcher, sets: readonly SetDef[]): string {
  const not = m.negate ? " not" : "";
  if (m.kind === "set") {
    const set = sets[m.set];
    return `${keyText(set)}${not} in ${set.name ?? printSetBody(set, "", true)}`;
  }
  const value = formatValue(m.field, m.value);
  // `eq` is the default and omitted, unless the value itself reads as an operator (an interface
  // called `any`), which would then be taken for one.
  const op = m.op === "eq" && !["eq", "any", "all", "range"].includes(value) ? "" : ` ${m.op}`;
  return `${m.field}${not}${op} ${value}`;
}

export function formatDuration(ns: bigint): string {
  for (const [unit, f] of [["s", 1000000000n], ["ms", 1000000n], ["us", 1000n]] as const) {
    if (ns % f === 0n) return `${ns / f}${unit}`;
  }
  return `${ns}ns`;
}

function printVerdict(v: Verdict): string {
  if (v.kind !== "REDIRECT") return v.kind;
  const iface = v.iface.kind === "index" ? String(v.iface.index) : v.iface.name;
  return `REDIRECT ${iface} ${v.dir}`;
}

/** One rule on one line, in normal form. */
export function printRule(rule: Omit<Rule, "text" | "span" | "index">, chain: { sets: readonly SetDef[] }): string {
  const parts = ["rule", ...rule.matchers.map((m) => printMatcher(m, chain.sets))];
  if (rule.counter) parts.push("counter");
  if (rule.mark !== null) parts.push(`mark ${rule.mark}`);
  if (rule.log) {
    parts.push("log");
    if (rule.log.headers.length > 0) parts.push(rule.log.headers.join(","));
    if (rule.log.everyNs !== null) parts.push(`every ${formatDuration(rule.log.everyNs)}`);
  }
  parts.push(printVerdict(rule.verdict));
  return parts.join(" ");
}

export function printHookOptions(o: HookOptions): string {
  const items: string[] = [];
  if (o.iface) items.push(o.iface.kind === "index" ? `ifindex=${o.iface.index}` : `iface=${o.iface.name}`);
  if (o.priorities) items.push(`priorities=${o.priorities[0]}-${o.priorities[1]}`);
  if (o.cgpath !== null) items.push(`cgpath=${o.cgpath}`);
  return `{${items.join(",")}}`;
}

/** A chain in normal form: header, named sets, then one rule per line. */
export function printChain(chain: Omit<Chain, "canonical" | "span">): string {
  const lines = [`chain ${chain.name} ${chain.hook}${chain.options ? printHookOptions(chain.options) : ""} ${chain.policy}`];
  for (const s of chain.sets) {
    if (s.name !== null) lines.push(`    set ${s.name} ${keyText(s)} in ${printSetBody(s, "    ")}`);
  }
  for (const r of chain.rules) lines.push(`    ${printRule(r, chain)}`);
  return lines.join("\n") + "\n";
}

export function printRuleset(rs: Pick<Ruleset, "chains">): string {
  return rs.chains.map((c) => printChain(c)).join("\n");
}
