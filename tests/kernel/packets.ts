// A small typed builder for the full Ethernet frames the kernel tests feed to BPF_PROG_TEST_RUN:
// Ethernet with 0–2 VLAN tags, IPv4 (options, fragments, DSCP), IPv6 (traffic class, extension
// header chains in any order), TCP, UDP, ICMP, ICMPv6, plus truncation helpers. Lengths are
// correct; checksums are left zero because the programs under test never verify them.
// Layouts: IEEE 802.1Q / 802.1ad, RFC 791 (IPv4), RFC 8200 (IPv6 + extension headers),
// RFC 4302 (AH), RFC 6275 (mobility header), RFC 9293 (TCP), RFC 768 (UDP), RFC 792 / RFC 4443.

/** One header's place in a frame: bytes [start, end). */
export interface HeaderSpan {
  name: string;
  start: number;
  end: number;
}

/** A transport header ready to be wrapped by an IP header. */
export interface L4 {
  proto: number;
  bytes: Uint8Array;
  name: string;
}

/** A network-layer packet ready to be wrapped by Ethernet; spans are relative to its start. */
export interface L3 {
  etherType: number;
  bytes: Uint8Array;
  headers: HeaderSpan[];
}

export interface Frame {
  bytes: Uint8Array;
  headers: HeaderSpan[];
}

export const ETH_P = { IPV4: 0x0800, IPV6: 0x86dd, ARP: 0x0806, VLAN: 0x8100, QINQ: 0x88a8 } as const;
export const IPPROTO = {
  HOP: 0, ICMP: 1, TCP: 6, UDP: 17, ROUTING: 43, FRAG: 44, AH: 51, ICMPV6: 58, NONE: 59, DST: 60, MH: 135,
} as const;
/** TCP flag bits in header byte 13. */
export const TCP_FLAG = { fin: 0x01, syn: 0x02, rst: 0x04, psh: 0x08, ack: 0x10, urg: 0x20, ece: 0x40, cwr: 0x80 } as const;
export type TcpFlagName = keyof typeof TCP_FLAG;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function put16(b: Uint8Array, off: number, v: number): void {
  b[off] = (v >>> 8) & 0xff;
  b[off + 1] = v & 0xff;
}

function put32(b: Uint8Array, off: number, v: number): void {
  put16(b, off, (v >>> 16) & 0xffff);
  put16(b, off + 2, v & 0xffff);
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** "10.1.2.3" → 4 bytes. */
export function ip4(text: string): Uint8Array {
  const parts = text.split(".").map((p) => Number(p));
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new Error(`bad IPv4 address '${text}'`);
  }
  return Uint8Array.from(parts);
}

/** IPv6 text (with `::` and an optional dotted-quad tail) → 16 bytes. */
export function ip6(text: string): Uint8Array {
  const halves = text.split("::");
  if (halves.length > 2) throw new Error(`bad IPv6 address '${text}'`);
  const groups = (s: string): number[] => {
    if (s === "") return [];
    const out: number[] = [];
    for (const g of s.split(":")) {
      if (g.includes(".")) {
        const q = ip4(g);
        out.push((q[0] << 8) | q[1], (q[2] << 8) | q[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw new Error(`bad IPv6 address '${text}'`);
        out.push(Number.parseInt(g, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const fill = 8 - head.length - tail.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0) || (halves.length === 2 && fill < 1)) {
    throw new Error(`bad IPv6 address '${text}'`);
  }
  const all = [...head, ...new Array<number>(fill).fill(0), ...tail];
  const out = new Uint8Array(16);
  all.forEach((g, i) => put16(out, i * 2, g));
  return out;
}

/** "02:00:00:00:00:01" → 6 bytes. */
export function mac(text: string): Uint8Array {
  const parts = text.split(":").map((p) => Number.parseInt(p, 16));
  if (parts.length !== 6 || parts.some((p) => Number.isNaN(p) || p < 0 || p > 255)) {
    throw new Error(`bad MAC address '${text}'`);
  }
  return Uint8Array.from(parts);
}

// ---------------------------------------------------------------------------------------------
// Layer 4

export interface TcpOpts {
  sport?: number;
  dport?: number;
  /** Flag names or the raw flag byte. Default: `["syn"]`. */
  flags?: TcpFlagName[] | number;
  seq?: number;
  payload?: Uint8Array;
}

/** A 20-byte TCP header (data offset 5) followed by the payload. */
export function tcp(o: TcpOpts = {}): L4 {
  const h = new Uint8Array(20);
  put16(h, 0, o.sport ?? 40000);
  put16(h, 2, o.dport ?? 80);
  put32(h, 4, o.seq ?? 1);
  h[12] = 5 << 4;
  const f = o.flags ?? ["syn"];
  h[13] = typeof f === "number" ? f & 0xff : f.reduce((m, n) => m | TCP_FLAG[n], 0);
  put16(h, 14, 65535);
  return { proto: IPPROTO.TCP, bytes: concat([h, o.payload ?? new Uint8Array(0)]), name: "tcp" };
}

export interface UdpOpts {
  sport?: number;
  dport?: number;
  payload?: Uint8Array;
}

/** An 8-byte UDP header with its length field covering the payload. */
export function udp(o: UdpOpts = {}): L4 {
  const payload = o.payload ?? new Uint8Array(0);
  const h = new Uint8Array(8);
  put16(h, 0, o.sport ?? 40000);
  put16(h, 2, o.dport ?? 53);
  put16(h, 4, 8 + payload.length);
  return { proto: IPPROTO.UDP, bytes: concat([h, payload]), name: "udp" };
}

export interface IcmpOpts {
  type?: number;
  code?: number;
  /** Bytes 4–7 (identifier / sequence for echo). */
  rest?: number;
  payload?: Uint8Array;
}

function icmpLike(proto: number, name: string, defType: number, o: IcmpOpts): L4 {
  const h = new Uint8Array(8);
  h[0] = o.type ?? defType;
  h[1] = o.code ?? 0;
  put32(h, 4, o.rest ?? 0x00010001);
  return { proto, bytes: concat([h, o.payload ?? new Uint8Array(0)]), name };
}

/** An 8-byte ICMP header (default: echo request). */
export function icmp(o: IcmpOpts = {}): L4 {
  return icmpLike(IPPROTO.ICMP, "icmp", 8, o);
}

/** An 8-byte ICMPv6 header (default: echo request, 128). */
export function icmpv6(o: IcmpOpts = {}): L4 {
  return icmpLike(IPPROTO.ICMPV6, "icmpv6", 128, o);
}

/** Arbitrary transport bytes under an arbitrary protocol number (e.g. GRE 47, SCTP 132). */
export function rawL4(proto: number, bytes: Uint8Array = new Uint8Array(8), name = `proto${proto}`): L4 {
  return { proto, bytes, name };
}

// ---------------------------------------------------------------------------------------------
// Layer 3

export interface Ipv4Opts {
  src?: string;
  dst?: string;
  /** 0–63; occupies the top six bits of the TOS byte. */
  dscp?: number;
  ecn?: number;
  /** Overrides the protocol taken from the L4 header (required when there is none). */
  proto?: number;
  ttl?: number;
  id?: number;
  /** IP options, zero-padded to a multiple of 4 bytes; IHL grows accordingly. */
  options?: Uint8Array;
  /** More-fragments flag. */
  mf?: boolean;
  df?: boolean;
  /** Fragment offset in 8-byte units (13 bits). */
  fragOffset?: number;
}

/** An IPv4 header (IHL from the options) with total length covering the L4 bytes. */
export function ipv4(o: Ipv4Opts = {}, l4?: L4): L3 {
  const optLen = o.options ? Math.ceil(o.options.length / 4) * 4 : 0;
  if (optLen > 40) throw new Error("IPv4 options are at most 40 bytes");
  const hl = 20 + optLen;
  const body = l4?.bytes ?? new Uint8Array(0);
  const h = new Uint8Array(hl);
  h[0] = 0x40 | (hl / 4);
  h[1] = (((o.dscp ?? 0) & 0x3f) << 2) | ((o.ecn ?? 0) & 3);
  put16(h, 2, hl + body.length);
  put16(h, 4, o.id ?? 0x1234);
  put16(h, 6, (o.df ? 0x4000 : 0) | (o.mf ? 0x2000 : 0) | ((o.fragOffset ?? 0) & 0x1fff));
  h[8] = o.ttl ?? 64;
  const proto = o.proto ?? l4?.proto;
  if (proto === undefined) throw new Error("ipv4: no L4 header and no proto");
  h[9] = proto;
  h.set(ip4(o.src ?? "192.0.2.1"), 12);
  h.set(ip4(o.dst ?? "198.51.100.1"), 16);
  if (o.options) h.set(o.options, 20);
  const headers: HeaderSpan[] = [{ name: "ipv4", start: 0, end: hl }];
  if (l4) headers.push({ name: l4.name, start: hl, end: hl + l4.bytes.length });
  return { etherType: ETH_P.IPV4, bytes: concat([h, body]), headers };
}

export type Ip6ExtName = "hop" | "dst" | "routing" | "frag" | "ah" | "mh";

export interface Ip6Ext {
  type: Ip6ExtName;
  /** Total header length in bytes: a multiple of 8, at least 8 (AH: at least 16 here). */
  octets?: number;
  /** Fragment header only: offset in 8-byte units and the M flag. */
  fragOffset?: number;
  mf?: boolean;
}

const EXT_PROTO: Record<Ip6ExtName, number> = {
  hop: IPPROTO.HOP, dst: IPPROTO.DST, routing: IPPROTO.ROUTING, frag: IPPROTO.FRAG, ah: IPPROTO.AH, mh: IPPROTO.MH,
};

/** One extension header whose first byte (next header) is `next`. */
function extHeader(e: Ip6Ext, next: number): Uint8Array {
  if (e.type === "frag") {
    const h = new Uint8Array(8);
    h[0] = next;
    put16(h, 2, (((e.fragOffset ?? 0) & 0x1fff) << 3) | (e.mf ? 1 : 0));
    put32(h, 4, 0xcafe);
    return h;
  }
  const n = e.octets ?? (e.type === "ah" ? 16 : 8);
  if (n % 8 !== 0 || n < (e.type === "ah" ? 16 : 8)) throw new Error(`bad ${e.type} length ${n}`);
  const h = new Uint8Array(n);
  h[0] = next;
  if (e.type === "ah") {
    // RFC 4302: payload length in 4-octet units minus 2.
    h[1] = n / 4 - 2;
    put32(h, 4, 0x100); // SPI
    put32(h, 8, 1); // sequence number
  } else {
    // RFC 8200 / RFC 6275: length in 8-octet units, not counting the first 8.
    h[1] = n / 8 - 1;
    if (e.type === "routing") h[2] = 4; // routing type (SRH); segments left 0
    else if (e.type === "mh") h[2] = 0; // MH type: binding refresh request
    else if (n > 2) {
      // hop / dst: one PadN option filling the rest.
      h[2] = 1;
      h[3] = n - 4;
    }
  }
  return h;
}

export interface Ipv6Opts {
  src?: string;
  dst?: string;
  /** 0–63; the top six bits of the traffic class. */
  dscp?: number;
  ecn?: number;
  flowLabel?: number;
  hopLimit?: number;
  /** Extension headers in wire order. */
  ext?: Ip6Ext[];
  /** Overrides the final next header (required when there is no L4 header; default 59 = none). */
  proto?: number;
}

/** An IPv6 header, its extension-header chain, then the L4 header; payload length is correct. */
export function ipv6(o: Ipv6Opts = {}, l4?: L4): L3 {
  const exts = o.ext ?? [];
  const last = o.proto ?? l4?.proto ?? IPPROTO.NONE;
  const extBytes = exts.map((e, i) => extHeader(e, i + 1 < exts.length ? EXT_PROTO[exts[i + 1].type] : last));
  const body = l4?.bytes ?? new Uint8Array(0);
  const payloadLen = extBytes.reduce((n, b) => n + b.length, 0) + body.length;
  const h = new Uint8Array(40);
  const tc = (((o.dscp ?? 0) & 0x3f) << 2) | ((o.ecn ?? 0) & 3);
  put32(h, 0, ((6 << 28) | (tc << 20) | ((o.flowLabel ?? 0) & 0xfffff)) >>> 0);
  put16(h, 4, payloadLen);
  h[6] = exts.length > 0 ? EXT_PROTO[exts[0].type] : last;
  h[7] = o.hopLimit ?? 64;
  h.set(ip6(o.src ?? "2001:db8::1"), 8);
  h.set(ip6(o.dst ?? "2001:db8::2"), 24);
  const headers: HeaderSpan[] = [{ name: "ipv6", start: 0, end: 40 }];
  let off = 40;
  exts.forEach((e, i) => {
    headers.push({ name: e.type, start: off, end: off + extBytes[i].length });
    off += extBytes[i].length;
  });
  if (l4) headers.push({ name: l4.name, start: off, end: off + body.length });
  return { etherType: ETH_P.IPV6, bytes: concat([h, ...extBytes, body]), headers };
}

/** A 28-byte ARP request (RFC 826), for frames that are neither IPv4 nor IPv6. */
export function arp(): L3 {
  const b = new Uint8Array(28);
  put16(b, 0, 1); // hardware type: Ethernet
  put16(b, 2, ETH_P.IPV4);
  b[4] = 6;
  b[5] = 4;
  put16(b, 6, 1); // request
  b.set(mac("02:00:00:00:00:01"), 8);
  b.set(ip4("192.0.2.1"), 14);
  b.set(ip4("192.0.2.2"), 24);
  return { etherType: ETH_P.ARP, bytes: b, headers: [{ name: "arp", start: 0, end: 28 }] };
}

/** Any payload under any EtherType. */
export function rawL3(etherType: number, bytes: Uint8Array): L3 {
  return { etherType, bytes, headers: [{ name: `ethertype 0x${etherType.toString(16)}`, start: 0, end: bytes.length }] };
}

// ---------------------------------------------------------------------------------------------
// Layer 2

export interface VlanTag {
  /** 0x8100 (802.1Q, default) or 0x88a8 (802.1ad service tag). */
  tpid?: number;
  vid: number;
  pcp?: number;
}

export interface EthOpts {
  dst?: string;
  src?: string;
  /** Outermost first: `[{tpid: 0x88a8, vid: 100}, {vid: 10}]` is QinQ. */
  vlans?: VlanTag[];
}

/** A full Ethernet frame: MACs, the VLAN tags, the EtherType, then the L3 packet. */
export function ether(o: EthOpts, l3: L3): Frame {
  const tags = o.vlans ?? [];
  const hl = 14 + 4 * tags.length;
  const h = new Uint8Array(hl);
  h.set(mac(o.dst ?? "02:00:00:00:00:02"), 0);
  h.set(mac(o.src ?? "02:00:00:00:00:01"), 6);
  const headers: HeaderSpan[] = [{ name: "eth", start: 0, end: 14 }];
  tags.forEach((t, i) => {
    const off = 12 + 4 * i;
    put16(h, off, t.tpid ?? ETH_P.VLAN);
    put16(h, off + 2, (((t.pcp ?? 0) & 7) << 13) | (t.vid & 0xfff));
    // For truncation purposes tag i is the 4 bytes it adds after the first 14.
    headers.push({ name: `vlan${i}`, start: 14 + 4 * i, end: 18 + 4 * i });
  });
  put16(h, hl - 2, l3.etherType);
  for (const s of l3.headers) headers.push({ name: s.name, start: s.start + hl, end: s.end + hl });
  return { bytes: concat([h, l3.bytes]), headers };
}

/** Shorthand: an untagged Ethernet frame's bytes. */
export function eth(l3: L3, o: EthOpts = {}): Uint8Array {
  return ether(o, l3).bytes;
}

// ---------------------------------------------------------------------------------------------
// Truncation and hex

/** The first `len` bytes of a frame (a copy). */
export function truncate(frame: Uint8Array | Frame, len: number): Uint8Array {
  const b = frame instanceof Uint8Array ? frame : frame.bytes;
  if (len < 0 || len > b.length) throw new Error(`cannot truncate ${b.length} bytes to ${len}`);
  return b.slice(0, len);
}

export interface Cut {
  /** Why this length: `"tcp: missing"` (cut at its first byte) or `"tcp: 1 byte short"`. */
  what: string;
  /** The header the cut damages. */
  header: string;
  bytes: Uint8Array;
}

/**
 * Every truncation at a header boundary: for each header, the frame cut where the header starts
 * (header absent) and one byte before it ends (header incomplete). Cuts below the 14-byte minimum
 * BPF_PROG_TEST_RUN accepts for Ethernet programs are skipped.
 */
export function headerCuts(frame: Frame, minLen = 14): Cut[] {
  const cuts: Cut[] = [];
  const seen = new Set<number>();
  for (const h of frame.headers) {
    for (const [len, what] of [[h.start, "missing"], [h.end - 1, "1 byte short"]] as const) {
      if (len < minLen || len >= frame.bytes.length || seen.has(len) || len < h.start) continue;
      seen.add(len);
      cuts.push({ what: `${h.name}: ${what}`, header: h.name, bytes: frame.bytes.slice(0, len) });
    }
  }
  return cuts;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

export function fromHex(s: string): Uint8Array {
  const clean = s.replace(/[\s:]/g, "");
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) throw new Error("bad hex");
  return Uint8Array.from(Buffer.from(clean, "hex"));
}
