// The compiler's IR: a chain as an ordered list of rules, each a conjunction of tests on packet
// values that the program extracts once per packet, then side effects and a verdict. Values have
// fixed meanings and encodings (below) so that passes can reason about them: a later pass may, for
// example, rewrite a run of `eq` tests on one value into a single map lookup.

import type { HookName } from "../../elf/hooks.js";

/**
 * A packet value, extracted once per packet by the header parser. Each has a width and, where the
 * domain leaves room, a sentinel stored when the packet lacks the header, so that a plain `eq`
 * test already implies presence. Byte order: "net" values are loaded little-endian from network
 * bytes (compare against the same encoding); "host" values are numbers as a human reads them.
 */
export const VALUES = {
  /** Ethertype after VLAN tags (net order u16); 0x10000 if a tag is truncated. */
  ethertype: { bits: 16, sentinel: 0x10000n, layer: 2 },
  /** 4 when a complete IPv4 header is present, 6 for IPv6, else 0. */
  l3: { bits: 8, sentinel: null, layer: 3 },
  /** Upper-layer protocol (IPv4 protocol, IPv6 last next header); 0x100 if unknown. */
  proto: { bits: 8, sentinel: 0x100n, layer: 4 },
  /** `proto` when its L4 header is present and complete (first fragment); 0x100 otherwise. */
  l4: { bits: 8, sentinel: 0x100n, layer: 4 },
  /** IPv4 addresses: net-order u32, sign-extended to 64 bits; 1<<32 when not IPv4. */
  "ip4.saddr": { bits: 32, sentinel: 0x100000000n, layer: 3 },
  "ip4.daddr": { bits: 32, sentinel: 0x100000000n, layer: 3 },
  /** DSCP of IPv4 or IPv6 (host, 0–63); valid when l3 != 0. */
  dscp: { bits: 8, sentinel: null, layer: 3 },
  /** IPv6 addresses: two net-order u64 halves (first 8 bytes high); valid when l3 == 6. */
  "ip6.saddr": { bits: 128, sentinel: null, layer: 3 },
  "ip6.daddr": { bits: 128, sentinel: null, layer: 3 },
  /** Extension headers seen (EH_BITS); valid when l3 == 6. */
  "ip6.eh": { bits: 8, sentinel: null, layer: 4 },
  /** TCP/UDP ports (host order); 0x10000 when the packet has no TCP/UDP header. */
  sport: { bits: 16, sentinel: 0x10000n, layer: 4 },
  dport: { bits: 16, sentinel: 0x10000n, layer: 4 },
  /** TCP flag byte; valid when l4 == 6. */
  "tcp.flags": { bits: 8, sentinel: null, layer: 4 },
  /** ICMP / ICMPv6 type and code; valid when l4 == 1 or 58. */
  "icmp.type": { bits: 8, sentinel: null, layer: 4 },
  "icmp.code": { bits: 8, sentinel: null, layer: 4 },
  /** Packet mark (TC: skb->mark). */
  mark: { bits: 32, sentinel: null, layer: 0 },
  /** skb flow hash (TC: bpf_get_hash_recalc). */
  flow_hash: { bits: 32, sentinel: null, layer: 0 },
  /** Interface index of the device the hook sees. */
  iface: { bits: 32, sentinel: null, layer: 0 },
  /** Our 5-tuple hash (u32) for TCP/UDP; 1<<32 otherwise. */
  flow5: { bits: 32, sentinel: 0x100000000n, layer: 4 },
  /** For `log` only: offset of the IP header from the packet start and its length; valid when l3 != 0. */
  l3off: { bits: 16, sentinel: null, layer: 3 },
  l3len: { bits: 16, sentinel: null, layer: 3 },
  /** For `log` only: offset of the transport header; valid when l4 != 0x100. */
  l4off: { bits: 16, sentinel: null, layer: 4 },
} as const;

export type ValueId = keyof typeof VALUES;

/** Bits of `ip6.eh`, one per walked IPv6 extension header (next-header numbers from IANA). */
export const EH_BITS: Readonly<Record<number, number>> = { 0: 1, 43: 2, 44: 4, 51: 8, 60: 16, 135: 32 };

/** A condition on the packet. Numbers are bigint so 128-bit values stay exact. */
export type Test =
  /** v == imm / v != imm; `iface` names an interface whose index the loader writes into imm. */
  | { op: "eq" | "ne"; v: ValueId; imm: bigint; iface?: string }
  /** v < imm / v >= imm (unsigned). */
  | { op: "lt" | "ge"; v: ValueId; imm: bigint }
  /** lo <= v <= hi / outside of it (unsigned). */
  | { op: "in" | "out"; v: ValueId; lo: bigint; hi: bigint }
  /** (v & mask) == imm / != imm. */
  | { op: "meq" | "mne"; v: ValueId; mask: bigint; imm: bigint }
  /** (v & mask) != 0 / == 0. */
  | { op: "any" | "none"; v: ValueId; mask: bigint }
  /** The packed key is (not) in set `set` (index into IrChain.sets). */
  | { op: "lookup"; set: number; negate: boolean }
  /** bpf_get_prandom_u32() < below (or >= below when negated); 1 <= below <= 2^32 - 1. */
  | { op: "random"; below: number; negate: boolean }
  /** Never true (a 0% probability). */
  | { op: "never" };

export type TestOp = Test["op"];

export type IrVerdict =
  | { kind: "return"; name: "ACCEPT" | "DROP" | "NEXT"; code: number }
  | { kind: "continue" }
  /** bpf_redirect(ifindex, ingress ? BPF_F_INGRESS : 0); a named interface is patched by the loader. */
  | { kind: "redirect"; ifindex: number; ifname: string | null; ingress: boolean };

/** A rule's `log`: headers bits (LOG_HEADER), the LOG_VERDICTS index, and its rate-limit slot. */
export interface IrLog {
  headers: number;
  verdict: number;
  everyNs: bigint | null;
  /** Index in the chain's rate-limit map (rules with `every`, in rule order); null without `every`. */
  rlSlot: number | null;
}

export interface IrRule {
  index: number;
  log: IrLog | null;
  tests: Test[];
  counterSlot: number | null;
  mark: number | null;
  verdict: IrVerdict;
  line: number;
  col: number;
  /** Trimmed source line, for line info. */
  text: string;
}

/** One key component of a set: which value, where in the packed key, how many bytes. */
export interface IrKeyPart {
  v: ValueId;
  offset: number;
  width: number;
}

export interface IrSet {
  /** Map name in the object. */
  map: string;
  /** Declared name or `anon<N>` (MapRole.set). */
  name: string;
  keySize: number;
  /** LPM trie: the key starts with a u32 prefix length, the part follows at offset 4. */
  lpm: boolean;
  parts: IrKeyPart[];
}

export interface IrChain {
  name: string;
  hook: HookName;
  /** "cgroup_skb": an skb whose data starts at the network header (l3 protocol from skb->protocol). */
  family: "xdp" | "tc" | "cgroup_skb" | "sock_addr" | "nf";
  sets: IrSet[];
  rules: IrRule[];
  policy: { name: "ACCEPT" | "DROP" | "NEXT"; code: number; slot: number };
  /** Name of the per-CPU counters map (slots 0..policy.slot). */
  counters: string;
  /** The ring buffer of `log` records and the rate-limit array (null when no rule logs / limits). */
  log: { map: string; ratelimit: string | null; rlSlots: number } | null;
  /** Where the chain is declared (line info of code not owned by a rule). */
  at: { line: number; col: number; text: string };
}
