// Lowering: the validated chain model → IR. Each matcher becomes a few IR tests on packet values
// (a presence check where the value's sentinel does not already imply it, then the comparison);
// sets become map lookups; verdicts become hook return codes. One switch per matcher field.

import { HOOKS } from "../elf/hooks.js";
import { LOG_HEADER, LOG_VERDICTS } from "../elf/logrecord.js";
import { LineIndex } from "../grammar/span.js";
import type { Chain, FieldMatcher, KeyComponent, Matcher, MatchValue, Rule, SetDef, Verdict } from "./model.js";
import { ChainBuilder, anyBits, eq, ge, lookup, lt, masked, ne, never, random, range } from "./ir/build.js";
import { EH_BITS, VALUES, type IrChain, type IrKeyPart, type IrVerdict, type Test, type ValueId } from "./ir/types.js";
import type { ChainMapNames } from "./codegen/names.js";

const IPV4 = 4;
const IPV6 = 6;
const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMPV6 = 58;

/** Bytes as the little-endian integer a BPF load of them yields. */
function le(bytes: Uint8Array, from: number, len: number): bigint {
  let v = 0n;
  for (let i = len - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[from + i] ?? 0);
  return v;
}

/** IPv4 address → the sign-extended net-order u32 the parser stores. */
export const ip4Imm = (b: Uint8Array): bigint => BigInt.asIntN(32, le(b, 0, 4));
/** IPv6 address → high half (first 8 bytes) << 64 | low half, each loaded little-endian. */
export const ip6Imm = (b: Uint8Array): bigint => (le(b, 0, 8) << 64n) | le(b, 8, 8);

function prefixMask(len: number, bytes: number): Uint8Array {
  const m = new Uint8Array(bytes);
  for (let i = 0; i < len; i++) m[i >> 3] |= 0x80 >> (i & 7);
  return m;
}

/** Host-order u16 → the value a little-endian load of its network bytes yields. */
const swap16 = (v: number): number => ((v & 0xff) << 8) | ((v >> 8) & 0xff);

/** `percent`% of 2^32, clamped to a usable threshold; null for "always", 0 for "never". */
function threshold(percent: number): number | null {
  if (percent >= 100) return null;
  const t = Math.floor((percent / 100) * 2 ** 32);
  return t <= 0 ? 0 : Math.min(t, 0xffffffff);
}

const int = (v: MatchValue): number => {
  if (v.kind !== "int") throw new Error(`expected an integer payload, got ${v.kind}`);
  return v.value;
};

/** eq / not eq, or range / not range, on a value whose sentinel (if any) fails every `eq`/`in`. */
function numeric(m: FieldMatcher, v: ValueId, present: Test[]): Test[] {
  const sentinel = VALUES[v].sentinel;
  const guard = m.negate ? [...present, ...(sentinel !== null && present.length === 0 ? [ne(v, sentinel)] : [])] : present;
  if (m.value.kind === "range") return [...guard, range(v, m.value.lo, m.value.hi, m.negate)];
  const x = int(m.value);
  return [...guard, m.negate ? ne(v, x) : eq(v, x)];
}

function address(m: FieldMatcher, v: ValueId, family: 4 | 6): Test[] {
  const present = eq("l3", family);
  const conv = family === 4 ? ip4Imm : ip6Imm;
  if (m.value.kind === "addr") {
    if (!m.negate) return family === 4 ? [eq(v, conv(m.value.bytes))] : [present, eq(v, conv(m.value.bytes))];
    return [present, ne(v, conv(m.value.bytes))];
  }
  if (m.value.kind !== "prefix") throw new Error(`expected an address, got ${m.value.kind}`);
  if (m.value.len === 0) return m.negate ? [never()] : [present];
  const size = family === 4 ? 4 : 16;
  const mask = family === 4 ? le(prefixMask(m.value.len, 4), 0, 4) : ip6Imm(prefixMask(m.value.len, 16));
  const net = family === 4 ? le(m.value.bytes, 0, size) : ip6Imm(m.value.bytes);
  return [present, masked(v, mask, net & mask, m.negate)];
}

function probability(m: FieldMatcher): Test[] {
  if (m.value.kind !== "probability") throw new Error("expected a probability");
  const t = threshold(m.value.percent);
  if (t === null) return m.negate ? [never()] : [];
  if (t === 0) return m.negate ? [] : [never()];
  return [random(t, m.negate)];
}

function flowProbability(m: FieldMatcher): Test[] {
  if (m.value.kind !== "probability") throw new Error("expected a probability");
  const t = threshold(m.value.percent);
  const present = ne("flow5", VALUES.flow5.sentinel);
  if (t === null) return m.negate ? [never()] : [present];
  if (t === 0) return m.negate ? [present] : [never()];
  return m.negate ? [present, ge("flow5", t)] : [lt("flow5", t)];
}

function tcpFlags(m: FieldMatcher): Test[] {
  if (m.value.kind !== "flags") throw new Error("expected flags");
  const f = BigInt(m.value.mask);
  const present = eq("l4", TCP);
  switch (m.op) {
    case "eq":
      return [present, m.negate ? ne("tcp.flags", f) : eq("tcp.flags", f)];
    case "any":
      return [present, anyBits("tcp.flags", f, m.negate)];
    case "all":
      return [present, masked("tcp.flags", f, f, m.negate)];
    case "range":
      throw new Error("tcp.flags has no range");
    default: {
      const never: never = m.op;
      throw new Error(`unknown op ${String(never)}`);
    }
  }
}

function nexthdr(m: FieldMatcher): Test[] {
  const x = int(m.value);
  const bit = EH_BITS[x];
  if (bit !== undefined) return [eq("l3", IPV6), anyBits("ip6.eh", bit, m.negate)];
  return [eq("l3", IPV6), m.negate ? ne("proto", x) : eq("proto", x)];
}

function iface(m: FieldMatcher): Test[] {
  if (m.value.kind !== "iface") throw new Error("expected an interface");
  const ref = m.value.iface;
  const [imm, name] = ref.kind === "index" ? [ref.index, undefined] : [0, ref.name];
  return [m.negate ? ne("iface", imm, name) : eq("iface", imm, name)];
}

/** The tests of one field matcher. */
export function lowerField(m: FieldMatcher): Test[] {
  switch (m.field) {
    case "meta.iface": return iface(m);
    case "meta.l3_proto": {
      const x = swap16(int(m.value));
      return m.negate ? [ne("ethertype", VALUES.ethertype.sentinel), ne("ethertype", x)] : [eq("ethertype", x)];
    }
    case "meta.l4_proto": return numeric(m, "proto", []);
    case "meta.sport": return numeric(m, "sport", []);
    case "meta.dport": return numeric(m, "dport", []);
    case "meta.probability": return probability(m);
    case "meta.flow_probability": return flowProbability(m);
    case "meta.mark": return numeric(m, "mark", []);
    case "meta.flow_hash": return numeric(m, "flow_hash", []);
    case "ip4.saddr": case "ip4.snet": return address(m, "ip4.saddr", 4);
    case "ip4.daddr": case "ip4.dnet": return address(m, "ip4.daddr", 4);
    case "ip4.proto": return numeric(m, "proto", [eq("l3", IPV4)]);
    case "ip4.dscp": return numeric(m, "dscp", [eq("l3", IPV4)]);
    case "ip6.saddr": case "ip6.snet": return address(m, "ip6.saddr", 6);
    case "ip6.daddr": case "ip6.dnet": return address(m, "ip6.daddr", 6);
    case "ip6.nexthdr": return nexthdr(m);
    case "ip6.dscp": return numeric(m, "dscp", [eq("l3", IPV6)]);
    case "tcp.sport": return numeric(m, "sport", [eq("l4", TCP)]);
    case "tcp.dport": return numeric(m, "dport", [eq("l4", TCP)]);
    case "tcp.flags": return tcpFlags(m);
    case "udp.sport": return numeric(m, "sport", [eq("l4", UDP)]);
    case "udp.dport": return numeric(m, "dport", [eq("l4", UDP)]);
    case "icmp.type": return numeric(m, "icmp.type", [eq("l4", ICMP)]);
    case "icmp.code": return numeric(m, "icmp.code", [eq("l4", ICMP)]);
    case "icmpv6.type": return numeric(m, "icmp.type", [eq("l4", ICMPV6)]);
    case "icmpv6.code": return numeric(m, "icmp.code", [eq("l4", ICMPV6)]);
    default: {
      const never: never = m.field;
      throw new Error(`unknown field ${String(never)}`);
    }
  }
}

/** The value and presence check behind one set-key component. */
export function keyPart(c: KeyComponent, lpm: boolean): { v: ValueId; present: Test[] } {
  switch (c.field) {
    case "ip4.saddr": case "ip4.snet": return { v: "ip4.saddr", present: [eq("l3", IPV4)] };
    case "ip4.daddr": case "ip4.dnet": return { v: "ip4.daddr", present: [eq("l3", IPV4)] };
    case "ip6.saddr": case "ip6.snet": return { v: "ip6.saddr", present: [eq("l3", IPV6)] };
    case "ip6.daddr": case "ip6.dnet": return { v: "ip6.daddr", present: [eq("l3", IPV6)] };
    case "ip4.proto": return { v: "proto", present: [eq("l3", IPV4)] };
    case "ip6.nexthdr": return { v: "proto", present: [eq("l3", IPV6), ne("proto", VALUES.proto.sentinel)] };
    case "tcp.sport": return { v: "sport", present: [eq("l4", TCP)] };
    case "tcp.dport": return { v: "dport", present: [eq("l4", TCP)] };
    case "udp.sport": return { v: "sport", present: [eq("l4", UDP)] };
    case "udp.dport": return { v: "dport", present: [eq("l4", UDP)] };
    case "icmp.type": return { v: "icmp.type", present: [eq("l4", ICMP)] };
    case "icmp.code": return { v: "icmp.code", present: [eq("l4", ICMP)] };
    case "icmpv6.type": return { v: "icmp.type", present: [eq("l4", ICMPV6)] };
    case "icmpv6.code": return { v: "icmp.code", present: [eq("l4", ICMPV6)] };
    default:
      throw new Error(`field ${c.field} cannot be a set key${lpm ? " (LPM)" : ""}`);
  }
}

function lowerSetMatcher(set: SetDef, index: number, negate: boolean): Test[] {
  const present = set.key.flatMap((k) => keyPart(k, set.lpm).present);
  return [...present, lookup(index, negate)];
}

function lowerVerdict(v: Verdict, chain: Chain): IrVerdict {
  const h = HOOKS[chain.hook];
  switch (v.kind) {
    case "ACCEPT": return { kind: "return", name: "ACCEPT", code: h.retAccept };
    case "DROP": return { kind: "return", name: "DROP", code: h.retDrop };
    case "NEXT": return { kind: "return", name: "NEXT", code: h.retNext };
    case "CONTINUE": return { kind: "continue" };
    case "REDIRECT": {
      const ref = v.iface;
      return ref.kind === "index"
        ? { kind: "redirect", ifindex: ref.index, ifname: null, ingress: v.dir === "in" }
        : { kind: "redirect", ifindex: 0, ifname: ref.name, ingress: v.dir === "in" };
    }
    default: {
      const never: never = v;
      throw new Error(`unknown verdict ${JSON.stringify(never)}`);
    }
  }
}

function lowerMatcher(m: Matcher): Test[] {
  return m.kind === "field" ? lowerField(m) : [];
}

function lowerRule(b: ChainBuilder, r: Rule, chain: Chain, lines: LineIndex): void {
  const tests = r.matchers.flatMap((m) =>
    m.kind === "set" ? lowerSetMatcher(chain.sets[m.set], m.set, m.negate) : lowerMatcher(m),
  );
  const { line, col } = lines.lineCol(r.span.start);
  const text = lines.lineText(line).trim();
  // plain `log` on a packet hook records the internet and transport headers
  const asked = r.log && r.log.headers.length === 0 && HOOKS[chain.hook].family !== "sock_addr" ? ["internet", "transport"] as const : r.log?.headers ?? [];
  const log = r.log ? { headers: asked.reduce((a, h) => a | LOG_HEADER[h], 0), verdict: LOG_VERDICTS.indexOf(r.verdict.kind), everyNs: r.log.everyNs } : null;
  b.addRule({ index: r.index, tests, counter: r.counter, mark: r.mark, verdict: lowerVerdict(r.verdict, chain), line, col, text, log });
}

function setParts(s: SetDef): IrKeyPart[] {
  return s.key.map((k) => ({ v: keyPart(k, s.lpm).v, offset: s.lpm ? 4 : k.offset, width: k.width }));
}

/** Lower one chain; `lines` indexes the ruleset text (for line info). */
export function lowerChain(chain: Chain, lines: LineIndex, names: ChainMapNames): IrChain {
  const family = HOOKS[chain.hook].family;
  const at = lines.lineCol(chain.span.start);
  const b = new ChainBuilder(chain.name, chain.hook, family, names.counters, { ...at, text: lines.lineText(at.line).trim() });
  chain.sets.forEach((s, i) => {
    b.addSet({ map: names.sets[i], name: names.setRoles[i], keySize: s.keySize, lpm: s.lpm, parts: setParts(s) });
  });
  for (const r of chain.rules) lowerRule(b, r, chain, lines);
  if (names.log && names.ratelimit) b.setLogMaps(names.log, names.ratelimit);
  return b.finish(lowerVerdict({ kind: chain.policy }, chain) as { kind: "return"; name: "ACCEPT" | "DROP" | "NEXT"; code: number });
}
