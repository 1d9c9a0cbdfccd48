// Set elements as text ↔ set map keys, for `update-set` and for printing live sets in `show`.
// The key layout is the compiler's (compiler/model.ts KeyComponent): components packed back to
// back, each in network byte order — ip4 addresses 4 bytes, ip6 16, ports 2, protocol / next
// header / ICMP type / code 1; prefix sets are `struct bpf_lpm_trie_key` (u32 prefix length in
// host order, then the masked address). The loader may not import the compiler, so the few
// payload forms a set key can hold are parsed here again (names from LANGUAGE.md §4).

import { BfrError } from "../../elf/errors.js";
import type { SetKeyLayout } from "./meta.js";

const L4: Record<string, number> = {
  hop: 0, icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, routing: 43, route: 43, frag: 44, esp: 50, ah: 51,
  icmpv6: 58, dst: 60, mh: 135, sctp: 132, udplite: 136,
};
const ICMP: Record<string, number> = {
  "echo-reply": 0, "destination-unreachable": 3, "source-quench": 4, redirect: 5, "echo-request": 8,
  "router-advertisement": 9, "router-solicitation": 10, "time-exceeded": 11, "parameter-problem": 12,
  "timestamp-request": 13, "timestamp-reply": 14, "info-request": 15, "info-reply": 16,
  "address-mask-request": 17, "address-mask-reply": 18,
};
const ICMP6: Record<string, number> = {
  "destination-unreachable": 1, "packet-too-big": 2, "time-exceeded": 3, "parameter-problem": 4,
  "echo-request": 128, "echo-reply": 129, "mld-listener-query": 130, "mld-listener-report": 131,
  "mld-listener-reduction": 132, "nd-router-solicit": 133, "nd-router-advert": 134,
  "nd-neighbor-solicit": 135, "nd-neighbor-advert": 136, "mld2-listener-report": 143,
};

type Kind = "ip4" | "ip6" | "port" | "byte";

function kindOf(field: string): Kind {
  if (/^ip4\.[sd](addr|net)$/.test(field)) return "ip4";
  if (/^ip6\.[sd](addr|net)$/.test(field)) return "ip6";
  if (/^(tcp|udp)\.[sd]port$/.test(field)) return "port";
  if (/^(ip4\.proto|ip6\.nexthdr|icmp\.(type|code)|icmpv6\.(type|code))$/.test(field)) return "byte";
  throw new BfrError("BFR5112", `'${field}' cannot be a set key component`);
}

const WIDTH: Record<Kind, number> = { ip4: 4, ip6: 16, port: 2, byte: 1 };

/** The key size a layout implies (checked against the map's before any element is written). */
export function keySizeOf(layout: SetKeyLayout): number {
  const addr = layout.fields.reduce((n, f) => n + WIDTH[kindOf(f)], 0);
  return layout.lpm ? 4 + addr : addr;
}

function bad(text: string, field: string, why: string): BfrError {
  return new BfrError("BFR5113", `'${text}' is not a valid ${field}: ${why}`);
}

export function parseIPv4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

export function parseIPv6(s: string): number[] | null {
  let text = s;
  let v4: number[] | null = null;
  const m = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (m) {
    v4 = parseIPv4(m[2]);
    if (!v4) return null;
    text = `${m[1]}0:0`; // two placeholder groups, overwritten with the IPv4 bytes below
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (h: string): number[] | null => {
    if (h === "") return [];
    const g = h.split(":");
    return g.every((x) => /^[0-9a-fA-F]{1,4}$/.test(x)) ? g.map((x) => Number.parseInt(x, 16)) : null;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return null;
  const fill = 8 - head.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return null;
  const bytes = [...head, ...new Array<number>(fill).fill(0), ...tail].flatMap((g) => [g >> 8, g & 0xff]);
  if (v4) bytes.splice(12, 4, ...v4);
  return bytes;
}

function parseByte(text: string, field: string): number {
  const names = field.startsWith("icmpv6.type") ? ICMP6 : field.startsWith("icmp.type") ? ICMP : field.endsWith("code") ? {} : L4;
  const named = names[text.toLowerCase()];
  if (named !== undefined) return named;
  const n = /^\d+$/.test(text) ? Number(text) : /^(0x)?[0-9a-fA-F]+$/.test(text) ? Number.parseInt(text.replace(/^0x/, ""), 16) : NaN;
  if (!(n >= 0 && n <= 255)) throw bad(text, field, "expected a name or a number 0-255");
  return n;
}

function encodeComponent(out: Buffer, off: number, field: string, text: string): void {
  const kind = kindOf(field);
  if (kind === "port") {
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(n >= 0 && n <= 65535)) throw bad(text, field, "expected a port 0-65535");
    out.writeUInt16BE(n, off);
  } else if (kind === "byte") {
    out[off] = parseByte(text, field);
  } else {
    const b = kind === "ip4" ? parseIPv4(text) : parseIPv6(text);
    if (!b) throw bad(text, field, `expected an IPv${kind === "ip4" ? 4 : 6} address`);
    out.set(b, off);
  }
}

/** One element's text (`1.2.3.4`, `10.0.0.0/8`, `1.2.3.4,443`) → its key bytes. */
export function encodeElement(layout: SetKeyLayout, text: string): Buffer {
  const key = Buffer.alloc(keySizeOf(layout));
  if (layout.lpm) {
    const field = layout.fields[0];
    const [addr, len, extra] = text.trim().split("/");
    const bits = WIDTH[kindOf(field)] * 8;
    const n = len === undefined ? bits : /^\d+$/.test(len) ? Number(len) : NaN;
    if (extra !== undefined || !(n >= 0 && n <= bits)) throw bad(text, field, `expected ADDRESS/LEN with LEN 0-${bits}`);
    key.writeUInt32LE(n, 0);
    encodeComponent(key, 4, field, addr);
    for (let bit = n; bit < bits; bit++) key[4 + (bit >> 3)] &= ~(0x80 >> (bit & 7));
    return key;
  }
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== layout.fields.length) {
    throw bad(text, `(${layout.fields.join(", ")})`, `expected ${layout.fields.length} comma-separated value(s)`);
  }
  let off = 0;
  layout.fields.forEach((f, i) => {
    try {
      encodeComponent(key, off, f, parts[i]);
    } catch (e) {
      if (!(e instanceof BfrError) || parts.length === 1) throw e;
      throw new BfrError(e.code, `element '${text}': ${e.message}`);
    }
    off += WIDTH[kindOf(f)];
  });
  return key;
}

function ip4Text(b: Buffer, off: number): string {
  return `${b[off]}.${b[off + 1]}.${b[off + 2]}.${b[off + 3]}`;
}

function ip6Text(b: Buffer, off: number): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push(b.readUInt16BE(off + 2 * i));
  // The longest run (≥ 2) of zero groups becomes "::" (RFC 5952).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (xs: number[]): string => xs.map((x) => x.toString(16)).join(":");
  return best < 0 ? hex(g) : `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

/** Key bytes → element text (numbers for protocol / ICMP values; re-parseable). */
export function decodeElement(layout: SetKeyLayout, key: Buffer): string {
  if (layout.lpm) {
    const v6 = kindOf(layout.fields[0]) === "ip6";
    return `${v6 ? ip6Text(key, 4) : ip4Text(key, 4)}/${key.readUInt32LE(0)}`;
  }
  let off = 0;
  return layout.fields.map((f) => {
    const k = kindOf(f);
    const at = off;
    off += WIDTH[k];
    if (k === "ip4") return ip4Text(key, at);
    if (k === "ip6") return ip6Text(key, at);
    if (k === "port") return String(key.readUInt16BE(at));
    return String(key[at]);
  }).join(",");
}
