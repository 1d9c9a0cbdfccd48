// Payload value parsers: numbers in the bases LANGUAGE.md §1 prescribes, ports and ranges,
// IPv4/IPv6 addresses and prefixes, durations, probabilities and interfaces. Each returns the
// value or a Fail describing what is wrong and how to write it instead.

import type { IfaceRef } from "../model.js";

export class Fail {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly hint?: string,
  ) {}
}

export type Res<T> = T | Fail;

const DEC = /^[0-9]+$/;
const HEX = /^(?:0[xX])?[0-9a-fA-F]+$/;

/**
 * bfcli's number rule for most payloads: decimal, else hexadecimal with or without `0x`
 * (`1f` is 31, `10` is ten). `what` names the value in messages.
 */
export function parseLenient(s: string, max: number, what: string): Res<number> {
  let v: number;
  if (DEC.test(s)) v = Number(s);
  else if (HEX.test(s)) v = parseInt(s.replace(/^0[xX]/, ""), 16);
  else return new Fail("BFR2011", `invalid ${what} '${s}'`, `write a decimal number (or hexadecimal such as 0x1f) up to ${max}`);
  if (v > max) return new Fail("BFR2012", `${what} ${s} is out of range`, `the largest ${what} is ${max}`);
  return v;
}

/** Decimal only (ports, interface indexes, priorities). */
export function parseDecimal(s: string, max: number, what: string): Res<number> {
  if (!DEC.test(s)) return new Fail("BFR2011", `invalid ${what} '${s}'`, `${what}s are decimal numbers from 0 to ${max}`);
  const v = Number(s);
  if (v > max) return new Fail("BFR2012", `${what} ${s} is out of range`, `the largest ${what} is ${max}`);
  return v;
}

/** C `strtoul(s, 0)`: decimal, `0x` hexadecimal, leading-`0` octal (marks). */
export function parseBase0(s: string, max: number, what: string): Res<number> {
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) v = parseInt(s.slice(2), 16);
  else if (/^0[0-7]*$/.test(s)) v = s.length > 1 ? parseInt(s.slice(1), 8) : 0;
  else if (/^[1-9][0-9]*$/.test(s)) v = Number(s);
  else if (/^0[0-9]+$/.test(s)) return new Fail("BFR2011", `invalid ${what} '${s}'`, `a leading 0 means octal, where 8 and 9 do not exist: write '${s.replace(/^0+(?=.)/, "")}' for decimal`);
  else return new Fail("BFR2011", `invalid ${what} '${s}'`, "write a decimal number, 0x-prefixed hexadecimal, or 0-prefixed octal");
  if (v > max) return new Fail("BFR2012", `${what} ${s} is out of range`, `the largest ${what} is ${max} (0x${max.toString(16)})`);
  return v;
}

export function parsePort(s: string): Res<number> {
  return parseDecimal(s, 65535, "port");
}

/** `A-B` with A <= B, each parsed by `one`. */
export function parseRange(s: string, one: (x: string) => Res<number>, what: string): Res<{ lo: number; hi: number }> {
  const m = /^([^-]+)-([^-]+)$/.exec(s);
  if (!m) return new Fail("BFR2014", `invalid ${what} range '${s}'`, `write the range as 'LOW-HIGH', e.g. '1000-2000'`);
  const lo = one(m[1]);
  if (lo instanceof Fail) return lo;
  const hi = one(m[2]);
  if (hi instanceof Fail) return hi;
  if (lo > hi) return new Fail("BFR2014", `${what} range '${s}' is reversed`, `write '${hi}-${lo}'`);
  return { lo, hi };
}

export function parseIPv4(s: string): Res<Uint8Array> {
  const parts = s.split(".");
  const bad = new Fail("BFR2013", `invalid IPv4 address '${s}'`, "write a dotted quad such as 192.168.1.10");
  if (parts.length !== 4) return bad;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    // inet_pton (what bfcli uses) rejects leading zeros: `010` is not an octet.
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p)) return bad;
    const v = Number(p);
    if (v > 255) return bad;
    out[i] = v;
  }
  return out;
}

function parseGroups(s: string, out: number[]): boolean {
  if (s === "") return true;
  for (const g of s.split(":")) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return false;
    out.push(parseInt(g, 16));
  }
  return true;
}

/** RFC 4291 §2.2 text forms, including `::` and a trailing dotted quad. */
export function parseIPv6(s: string): Res<Uint8Array> {
  const bad = new Fail("BFR2013", `invalid IPv6 address '${s}'`, "write an IPv6 address such as 2001:db8::1");
  let text = s;
  const tail: number[] = [];
  if (text.includes(".")) {
    // A trailing dotted quad (`::ffff:192.0.2.1`) supplies the last two groups.
    const lastColon = text.lastIndexOf(":");
    if (lastColon === -1) return bad;
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 instanceof Fail) return bad;
    tail.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    const head = text.slice(0, lastColon + 1);
    text = head.endsWith("::") ? head : text.slice(0, lastColon);
  }
  const dbl = text.indexOf("::");
  const head: number[] = [];
  const rest: number[] = [];
  if (dbl === -1) {
    if (!parseGroups(text, head)) return bad;
    if (head.length + tail.length !== 8) return bad;
  } else {
    if (text.indexOf("::", dbl + 1) !== -1) return bad;
    if (!parseGroups(text.slice(0, dbl), head) || !parseGroups(text.slice(dbl + 2), rest)) return bad;
    if (head.length + rest.length + tail.length > 7) return bad;
  }
  const groups = [...head, ...new Array(8 - head.length - rest.length - tail.length).fill(0), ...rest, ...tail];
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

/** `addr/len` with host bits masked off (bfcli masks silently). */
export function parsePrefix(s: string, v6: boolean): Res<{ bytes: Uint8Array; len: number }> {
  const slash = s.indexOf("/");
  const max = v6 ? 128 : 32;
  if (slash === -1) {
    return new Fail("BFR2013", `'${s}' is not a network`, `write an address and a prefix length, e.g. '${v6 ? "2001:db8::/32" : "10.0.0.0/8"}'`);
  }
  const bytes = v6 ? parseIPv6(s.slice(0, slash)) : parseIPv4(s.slice(0, slash));
  if (bytes instanceof Fail) return bytes;
  const lenText = s.slice(slash + 1);
  if (!/^[0-9]{1,3}$/.test(lenText) || Number(lenText) > max) {
    return new Fail("BFR2013", `invalid prefix length '${lenText}' in '${s}'`, `the prefix length is a decimal number from 0 to ${max}`);
  }
  const len = Number(lenText);
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, len - 8 * i));
    bytes[i] &= (0xff << (8 - keep)) & 0xff;
  }
  return { bytes, len };
}

const UNIT_NS: Record<string, bigint> = { ns: 1n, us: 1000n, ms: 1000000n, s: 1000000000n };

/** `DIGITS[.DIGITS](ns|us|ms|s)`, > 0, a whole number of nanoseconds. */
export function parseDuration(s: string): Res<bigint> {
  const m = /^([0-9]+)(?:\.([0-9]+))?(ns|us|ms|s)$/.exec(s);
  if (!m) return new Fail("BFR2016", `invalid duration '${s}'`, "write a number and a unit (ns, us, ms or s), e.g. '1s' or '2.5ms'");
  const unit = UNIT_NS[m[3]];
  const frac = m[2] ?? "";
  const scale = 10n ** BigInt(frac.length);
  const total = BigInt(m[1] + frac) * unit;
  if (total % scale !== 0n) return new Fail("BFR2016", `duration '${s}' is finer than a nanosecond`, "use fewer decimals or a smaller unit");
  const ns = total / scale;
  if (ns <= 0n) return new Fail("BFR2016", `duration '${s}' must be greater than zero`, "write e.g. '1s'");
  if (ns >= 1n << 64n) return new Fail("BFR2016", `duration '${s}' is too long`, "the limit is about 584 years");
  return ns;
}

/** `N%` or `N.M%`, 0–100. */
export function parsePercent(s: string): Res<number> {
  const m = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(s);
  if (!m) return new Fail("BFR2015", `invalid probability '${s}'`, "write a percentage such as '50%' or '33.3%'");
  const v = Number(m[1]);
  if (v > 100) return new Fail("BFR2015", `probability ${s} is above 100%`, "write a percentage from 0% to 100%");
  return v;
}

/** A decimal number is an interface index; anything else is an interface name (IFNAMSIZ 16). */
export function parseIface(s: string): Res<IfaceRef> {
  if (/^[0-9]+$/.test(s)) {
    const v = Number(s);
    if (v < 1 || v > 0xffffffff) return new Fail("BFR2017", `invalid interface index ${s}`, "interface indexes start at 1 (see 'ip link')");
    return { kind: "index", index: v };
  }
  if (s.length === 0 || s.length > 15 || s.includes("/") || s === "." || s === "..") {
    return new Fail("BFR2017", `invalid interface name '${s}'`, "interface names have 1 to 15 characters and no '/'");
  }
  return { kind: "name", name: s };
}
