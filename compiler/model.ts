// The typed, validated chain model: what compiler/check produces from the AST and what
// compiler/lower consumes. Everything here has been checked: payloads are parsed into numbers and
// bytes, matchers are allowed on the chain's hook, set references are resolved and key-compatible.
// Nothing downstream re-validates user input; a bad value here is a bug, not a user error.

import type { Span } from "../grammar/span.js";
import type { HookName } from "../elf/hooks.js";

export type { HookName } from "../elf/hooks.js";

/** Every matcher type of the language (LANGUAGE.md §4). */
export const FIELDS = [
  "meta.iface",
  "meta.l3_proto",
  "meta.l4_proto",
  "meta.sport",
  "meta.dport",
  "meta.probability",
  "meta.flow_probability",
  "meta.mark",
  "meta.flow_hash",
  "ip4.saddr",
  "ip4.daddr",
  "ip4.snet",
  "ip4.dnet",
  "ip4.proto",
  "ip4.dscp",
  "ip6.saddr",
  "ip6.daddr",
  "ip6.snet",
  "ip6.dnet",
  "ip6.nexthdr",
  "ip6.dscp",
  "tcp.sport",
  "tcp.dport",
  "tcp.flags",
  "udp.sport",
  "udp.dport",
  "icmp.type",
  "icmp.code",
  "icmpv6.type",
  "icmpv6.code",
] as const;

export type Field = (typeof FIELDS)[number];

export type MatchOp = "eq" | "any" | "all" | "range";

/** An interface as written: a numeric index stays literal; a name is resolved by the loader. */
export type IfaceRef = { kind: "index"; index: number } | { kind: "name"; name: string };

/** A parsed matcher payload. Multi-byte addresses are in network byte order. */
export type MatchValue =
  /** Integers: ports, protocol numbers, ICMP types/codes, DSCP (0–63), marks, flow hash, l3 proto. */
  | { kind: "int"; value: number }
  /** Inclusive range `lo-hi` (ports, flow hash); lo <= hi. */
  | { kind: "range"; lo: number; hi: number }
  /** An exact address: 4 bytes (ip4) or 16 bytes (ip6). */
  | { kind: "addr"; bytes: Uint8Array }
  /** A network: address with host bits already masked off, and its prefix length. */
  | { kind: "prefix"; bytes: Uint8Array; len: number }
  | { kind: "iface"; iface: IfaceRef }
  /** TCP flags as the header's flag byte: fin 0x01 syn 0x02 rst 0x04 psh 0x08 ack 0x10 urg 0x20 ece 0x40 cwr 0x80. */
  | { kind: "flags"; mask: number }
  /** Probability in percent, 0 ≤ percent ≤ 100 (may be fractional, e.g. 33.3). */
  | { kind: "probability"; percent: number };

export interface FieldMatcher {
  kind: "field";
  field: Field;
  op: MatchOp;
  negate: boolean;
  value: MatchValue;
  span: Span;
}

export interface SetMatcher {
  kind: "set";
  /** Index into `Chain.sets`. */
  set: number;
  negate: boolean;
  span: Span;
}

export type Matcher = FieldMatcher | SetMatcher;

/**
 * One component of a set key. Components are packed back to back, no padding, each in network
 * byte order: ip4 addresses 4 bytes, ip6 addresses 16, ports 2, protocol / next header / ICMP
 * type / code 1.
 */
export interface KeyComponent {
  field: Field;
  /** Byte offset of the component in the packed key. */
  offset: number;
  /** Width in bytes. */
  width: number;
}

export interface SetDef {
  /** The declared name, or null for an anonymous (inline) set. */
  name: string | null;
  key: KeyComponent[];
  /** Size of one packed key in bytes (sum of component widths). For LPM sets: 4 + address size. */
  keySize: number;
  /**
   * True for a longest-prefix-match set (`ip4.snet`, `ip4.dnet`, `ip6.snet`, `ip6.dnet`, always a
   * single component). Its keys are `struct bpf_lpm_trie_key`: u32 prefix length in *host*
   * (little-endian) order, then the masked address bytes.
   */
  lpm: boolean;
  /** Number of distinct elements. */
  count: number;
  /** `count * keySize` bytes: every element's packed key, duplicates removed, in first-seen order. */
  data: Uint8Array;
  span: Span;
}

export type LogHeader = "link" | "internet" | "transport";

export interface LogOption {
  /** Requested headers; empty means the hook's default record. */
  headers: LogHeader[];
  /** `every D` in nanoseconds (> 0), or null when not rate-limited. */
  everyNs: bigint | null;
}

export type Verdict =
  | { kind: "ACCEPT" }
  | { kind: "DROP" }
  | { kind: "NEXT" }
  | { kind: "CONTINUE" }
  | { kind: "REDIRECT"; iface: IfaceRef; dir: "in" | "out" };

export type Policy = "ACCEPT" | "DROP" | "NEXT";

export interface Rule {
  /** 0-based position in its chain. */
  index: number;
  matchers: Matcher[];
  counter: boolean;
  /** `mark N` (u32), or null. */
  mark: number | null;
  log: LogOption | null;
  verdict: Verdict;
  /** The whole rule, from `rule` to the verdict. */
  span: Span;
  /** The rule printed in canonical form on one line (used to match rules across versions). */
  text: string;
}

export interface HookOptions {
  /** From `ifindex=N` (kind index) or `iface=NAME` (kind name). */
  iface: IfaceRef | null;
  /** From `priorities=A-B`. */
  priorities: [number, number] | null;
  /** From `cgpath=PATH`. */
  cgpath: string | null;
  /** The options as written, in source order (without the deprecated `family`). */
  raw: { key: string; value: string }[];
}

export interface Chain {
  name: string;
  hook: HookName;
  /** null when the chain has no options (loaded but not attached). */
  options: HookOptions | null;
  policy: Policy;
  /** Named sets in declaration order, then anonymous sets in order of appearance. */
  sets: SetDef[];
  rules: Rule[];
  span: Span;
  /** The chain printed back in canonical form (parseable; `show` prints it with counters). */
  canonical: string;
}

export interface Ruleset {
  /** The source name as given on the command line (relative paths stay relative). */
  file: string;
  /** The source text, for line info and diagnostics. */
  source: string;
  chains: Chain[];
}
