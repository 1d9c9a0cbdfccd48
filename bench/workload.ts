// The benchmark rows: for each, the .bfr ruleset our compiler gets, the equivalent C program's
// description (bench/cgen.ts), and the two probe frames (one that matches the last rule, one that
// matches nothing). Addresses come from a fixed-seed generator, so every run measures the same
// programs, and are scattered (not consecutive) so clang cannot fold the rules into a range test.

import type { RowKind } from "./cgen.js";

export interface Row {
  name: string;
  /** The .bfr source; one XDP chain named `bench`. */
  bfr: string;
  c: RowKind;
  /** Probes: name → Ethernet frame, with the verdict both programs must return. */
  probes: Probe[];
}

export interface Probe {
  name: "match last" | "no match" | "any";
  frame: Uint8Array;
  /** XDP return code expected (UAPI enum xdp_action: XDP_DROP 1, XDP_PASS 2). */
  retval: number;
}

export const XDP_DROP = 1;
export const XDP_PASS = 2;

/** xorshift32: deterministic scattered addresses, no dependency. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** `n` distinct unicast addresses in 11.0.0.0–223.255.255.255, none in 10.0.0.0/8. */
export function addresses(n: number, seed = 0x5eed): number[] {
  const next = rng(seed);
  const seen = new Set<number>();
  const out: number[] = [];
  while (out.length < n) {
    const a = next();
    const first = a >>> 24;
    if (first < 11 || first > 223 || seen.has(a)) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}

/** The address no rule, set or prefix ever contains (10.0.0.0/8 is never generated). */
export const NO_MATCH_ADDR = 0x0a000001;

export function dotted(a: number): string {
  return [a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff].join(".");
}

/** Ethernet + IPv4 (IHL 5) + TCP frame, 64 bytes, from `saddr` to 192.0.2.1 port 80. */
export function tcpFrame(saddr: number): Uint8Array {
  const f = new Uint8Array(64);
  const v = new DataView(f.buffer);
  f.set([0x02, 0, 0, 0, 0, 0x02, 0x02, 0, 0, 0, 0, 0x01], 0); // dst, src MAC (locally administered)
  v.setUint16(12, 0x0800); // ETH_P_IP
  const ip = 14;
  f[ip] = 0x45; // version 4, IHL 5
  v.setUint16(ip + 2, 64 - 14); // total length
  f[ip + 8] = 64; // TTL
  f[ip + 9] = 6; // IPPROTO_TCP
  v.setUint32(ip + 12, saddr);
  v.setUint32(ip + 16, 0xc0000201);
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += v.getUint16(ip + i);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  v.setUint16(ip + 10, ~sum & 0xffff);
  const tcp = ip + 20;
  v.setUint16(tcp, 40000);
  v.setUint16(tcp + 2, 80);
  f[tcp + 12] = 5 << 4; // data offset 5 words
  f[tcp + 13] = 0x02; // SYN
  v.setUint16(tcp + 14, 65535);
  return f;
}

const HEADER = "chain bench BF_HOOK_XDP ACCEPT\n";

function rulesRow(n: number): Row {
  const addrs = addresses(n);
  const rules = addrs.map((a) => `rule ip4.saddr eq ${dotted(a)} counter DROP`).join("\n");
  return {
    name: `${n} rule${n === 1 ? "" : "s"}`,
    bfr: `${HEADER}${rules}\n`,
    c: { kind: "rules", addrs },
    probes: [
      { name: "match last", frame: tcpFrame(addrs[n - 1]), retval: XDP_DROP },
      { name: "no match", frame: tcpFrame(NO_MATCH_ADDR), retval: XDP_PASS },
    ],
  };
}

function setRow(n: number): Row {
  const addrs = addresses(n, 0xbeef);
  const body = addrs.map(dotted).join("\n");
  return {
    name: `set of ${n}`,
    bfr: `${HEADER}set blocked (ip4.saddr) in {\n${body}\n}\nrule (ip4.saddr) in blocked counter DROP\n`,
    c: { kind: "set", addrs },
    probes: [
      { name: "match last", frame: tcpFrame(addrs[n - 1]), retval: XDP_DROP },
      { name: "no match", frame: tcpFrame(NO_MATCH_ADDR), retval: XDP_PASS },
    ],
  };
}

/** `n` prefixes, lengths cycling /8 … /32 in steps of 4, host bits masked, none inside 10/8. */
export function prefixes(n: number): Array<[number, number]> {
  const lens = [8, 12, 16, 20, 24, 28, 32];
  const seen = new Set<string>();
  const out: Array<[number, number]> = [];
  const addrs = addresses(n * 2, 0xfeed);
  for (const a of addrs) {
    if (out.length === n) break;
    const len = lens[out.length % lens.length];
    const net = len === 0 ? 0 : (a & (~0 << (32 - len))) >>> 0;
    if (net >>> 24 === 10 || seen.has(`${net}/${len}`)) continue;
    seen.add(`${net}/${len}`);
    out.push([net, len]);
  }
  return out;
}

function prefixRow(n: number): Row {
  const nets = prefixes(n);
  const body = nets.map(([a, l]) => `${dotted(a)}/${l}`).join("\n");
  const [lastNet, lastLen] = nets[n - 1];
  // An address inside the last prefix (its last host address, or the /32 itself).
  const inLast = (lastNet | (lastLen === 32 ? 0 : (1 << (32 - lastLen)) - 1)) >>> 0;
  return {
    name: `prefix set of ${n}`,
    bfr: `${HEADER}set nets (ip4.snet) in {\n${body}\n}\nrule (ip4.snet) in nets counter DROP\n`,
    c: { kind: "prefix", nets },
    probes: [
      { name: "match last", frame: tcpFrame(inLast), retval: XDP_DROP },
      { name: "no match", frame: tcpFrame(NO_MATCH_ADDR), retval: XDP_PASS },
    ],
  };
}

/** The rows of the per-packet table, in print order. */
export function rows(): Row[] {
  const any = tcpFrame(NO_MATCH_ADDR);
  return [
    { name: "empty program (floor)", bfr: "", c: { kind: "empty" }, probes: [{ name: "any", frame: any, retval: XDP_PASS }] },
    { name: "0 rules (policy counter)", bfr: HEADER, c: { kind: "policy" }, probes: [{ name: "any", frame: any, retval: XDP_PASS }] },
    rulesRow(1),
    rulesRow(10),
    rulesRow(100),
    rulesRow(1000),
    setRow(1000),
    prefixRow(1000),
  ];
}

/** A .bfr ruleset of `n` exact-match rules, for the compile/load-time table. */
export function scaleRuleset(n: number): string {
  return rulesRow(n).bfr;
}
