// The conformance table: for every matcher × operator of LANGUAGE.md §4 on the Ethernet hooks,
// a payload, packets that must match, packets that have the header but must not match (so `not`
// must match them), and packets without the header (neither the matcher nor its negation may match
// them). tests/kernel/matchers.test.ts turns each case into chains on XDP, TC ingress and TC egress;
// coverage.test.ts checks that every allowed (matcher, operator, hook) has a case.

import type { Field, MatchOp } from "../../compiler/model.js";
import { PKT_HOOKS, TC_HOOKS, type PktHook } from "./hooks.js";
import {
  arp, icmp, icmpv6, ipv4, ipv6, rawL4, tcp, udp,
  type EthOpts, type Ip6Ext, type Ipv4Opts, type Ipv6Opts, type L3, type L4, type TcpFlagName,
} from "./packets.js";

export interface Pkt {
  label: string;
  l3: L3;
  /** skb mark before the run (TC only). */
  mark?: number;
}

export interface MatcherCase {
  field: Field;
  op: MatchOp;
  payload: string;
  /** Defaults to every Ethernet hook. */
  hooks?: readonly PktHook[];
  match: Pkt[];
  nomatch: Pkt[];
  absent?: Pkt[];
}

const V4: Ipv4Opts = { src: "10.0.0.1", dst: "10.0.0.2" };
const V6: Ipv6Opts = { src: "2001:db8::1", dst: "2001:db8::2" };

const p = (label: string, l3: L3, mark?: number): Pkt => ({ label, l3, mark });
const v4 = (l4?: L4, o: Ipv4Opts = {}): L3 => ipv4({ ...V4, ...o }, l4);
const v6 = (l4?: L4, o: Ipv6Opts = {}): L3 => ipv6({ ...V6, ...o }, l4);
const ext = (...types: Ip6Ext["type"][]): Ip6Ext[] => types.map((type) => ({ type }));

// Packets without the header a matcher needs.
const ARP = p("arp", arp());
const V4_TCP = p("v4 tcp", v4(tcp()));
const V4_UDP = p("v4 udp", v4(udp()));
const V4_ICMP = p("v4 icmp", v4(icmp()));
const V6_TCP = p("v6 tcp", v6(tcp()));
const V6_UDP = p("v6 udp", v6(udp()));
const V6_ICMP = p("v6 icmpv6", v6(icmpv6()));
/** A non-first IPv4 fragment whose payload looks like a TCP header for port 80/443/22: no L4. */
const V4_FRAG_TCP = (port: number): Pkt =>
  p("v4 non-first fragment", v4(tcp({ sport: port, dport: port, flags: 0xff }), { mf: true, fragOffset: 185 }));
/** The same for IPv6: a fragment header with a non-zero offset. */
const V6_FRAG_TCP = (port: number): Pkt =>
  p("v6 non-first fragment", v6(tcp({ sport: port, dport: port, flags: 0xff }), { ext: [{ type: "frag", fragOffset: 3 }] }));

// ---------------------------------------------------------------------------------------------
// Ports

type PortField = "tcp.sport" | "tcp.dport" | "udp.sport" | "udp.dport" | "meta.sport" | "meta.dport";

function portL4(field: PortField, proto: "tcp" | "udp", port: number): L4 {
  const src = field.endsWith("sport");
  const o = src ? { sport: port, dport: 7 } : { sport: 7, dport: port };
  return proto === "tcp" ? tcp(o) : udp(o);
}

function portPkts(field: PortField, ports: number[]): Pkt[] {
  const protos: ("tcp" | "udp")[] = field.startsWith("tcp") ? ["tcp"] : field.startsWith("udp") ? ["udp"] : ["tcp", "udp"];
  const out: Pkt[] = [];
  for (const port of ports) {
    for (const proto of protos) {
      out.push(p(`v4 ${proto} ${port}`, v4(portL4(field, proto, port))));
      out.push(p(`v6 ${proto} ${port}`, v6(portL4(field, proto, port))));
    }
  }
  return out;
}

function portAbsent(field: PortField, port: number): Pkt[] {
  const out = [V4_ICMP, V6_ICMP, ARP, V4_FRAG_TCP(port), V6_FRAG_TCP(port)];
  if (field.startsWith("tcp")) out.push(p(`v4 udp ${port}`, v4(udp({ sport: port, dport: port }))));
  if (field.startsWith("udp")) out.push(p(`v6 tcp ${port}`, v6(tcp({ sport: port, dport: port }))));
  return out;
}

function portCases(field: PortField): MatcherCase[] {
  return [
    { field, op: "eq", payload: "443", match: portPkts(field, [443]), nomatch: portPkts(field, [442, 444, 0xbb01]), absent: portAbsent(field, 443) },
    { field, op: "eq", payload: "0", match: portPkts(field, [0]), nomatch: portPkts(field, [1, 65535]) },
    { field, op: "range", payload: "1000-2000", match: portPkts(field, [1000, 1500, 2000]), nomatch: portPkts(field, [999, 2001, 0]), absent: portAbsent(field, 1500) },
    { field, op: "range", payload: "1024-65535", match: portPkts(field, [1024, 65535]), nomatch: portPkts(field, [1023, 0]) },
    { field, op: "range", payload: "53-53", match: portPkts(field, [53]), nomatch: portPkts(field, [52, 54]) },
  ];
}

// ---------------------------------------------------------------------------------------------
// Addresses and networks

function addrCases(): MatcherCase[] {
  const s4 = (a: string): Pkt => p(`v4 src ${a}`, v4(tcp(), { src: a }));
  const d4 = (a: string): Pkt => p(`v4 dst ${a}`, v4(udp(), { dst: a }));
  const s6 = (a: string): Pkt => p(`v6 src ${a}`, v6(tcp(), { src: a }));
  const d6 = (a: string): Pkt => p(`v6 dst ${a}`, v6(udp(), { dst: a }));
  const no4 = [V6_TCP, ARP];
  const no6 = [V4_TCP, ARP];
  return [
    { field: "ip4.saddr", op: "eq", payload: "10.0.0.1", match: [s4("10.0.0.1")], nomatch: [s4("10.0.0.2"), s4("11.0.0.1"), s4("10.0.0.0"), s4("1.0.0.10")], absent: no4 },
    { field: "ip4.daddr", op: "eq", payload: "255.255.255.255", match: [d4("255.255.255.255")], nomatch: [d4("255.255.255.254"), d4("127.255.255.255")], absent: no4 },
    { field: "ip4.snet", op: "eq", payload: "10.8.0.0/13", match: [s4("10.8.0.0"), s4("10.15.255.255"), s4("10.12.1.2")], nomatch: [s4("10.7.255.255"), s4("10.16.0.0"), s4("11.8.0.0")], absent: no4 },
    // Host bits are masked by the compiler: 10.9.9.9/13 is 10.8.0.0/13.
    { field: "ip4.snet", op: "eq", payload: "10.9.9.9/13", match: [s4("10.8.0.0"), s4("10.15.255.255")], nomatch: [s4("10.7.255.255"), s4("10.16.0.0")] },
    { field: "ip4.snet", op: "eq", payload: "203.0.113.7/32", match: [s4("203.0.113.7")], nomatch: [s4("203.0.113.6"), s4("203.0.113.8")] },
    { field: "ip4.dnet", op: "eq", payload: "192.168.1.128/25", match: [d4("192.168.1.128"), d4("192.168.1.255")], nomatch: [d4("192.168.1.127"), d4("192.168.2.0")], absent: no4 },
    { field: "ip4.dnet", op: "eq", payload: "0.0.0.0/0", match: [d4("0.0.0.0"), d4("255.255.255.255")], nomatch: [], absent: no4 },
    { field: "ip6.saddr", op: "eq", payload: "2001:db8::1", match: [s6("2001:db8::1")], nomatch: [s6("2001:db8::2"), s6("3001:db8::1"), s6("2001:db8:0:0:1::1"), s6("::")], absent: no6 },
    { field: "ip6.daddr", op: "eq", payload: "::1", match: [d6("::1")], nomatch: [d6("::"), d6("1::1"), d6("::1:1")], absent: no6 },
    // /67 crosses the 64-bit half of the address.
    { field: "ip6.snet", op: "eq", payload: "2001:db8::/67", match: [s6("2001:db8::"), s6("2001:db8::1fff:ffff:ffff:ffff")], nomatch: [s6("2001:db8::2000:0:0:0"), s6("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")], absent: no6 },
    { field: "ip6.snet", op: "eq", payload: "2001:db8::1/128", match: [s6("2001:db8::1")], nomatch: [s6("2001:db8::"), s6("2001:db8::3")] },
    { field: "ip6.dnet", op: "eq", payload: "fd00:1:2:3::/64", match: [d6("fd00:1:2:3::"), d6("fd00:1:2:3:ffff:ffff:ffff:ffff")], nomatch: [d6("fd00:1:2:2:ffff:ffff:ffff:ffff"), d6("fd00:1:2:4::")], absent: no6 },
    { field: "ip6.dnet", op: "eq", payload: "fe80::/10", match: [d6("fe80::1"), d6("febf:ffff::")], nomatch: [d6("fe7f:ffff::"), d6("fec0::")] },
    { field: "ip6.dnet", op: "eq", payload: "::/0", match: [d6("::"), d6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")], nomatch: [], absent: no6 },
  ];
}

// ---------------------------------------------------------------------------------------------
// Protocol fields

function protoCases(): MatcherCase[] {
  const dscp4 = (d: number, ecn = 0): Pkt => p(`v4 dscp ${d} ecn ${ecn}`, v4(tcp(), { dscp: d, ecn }));
  const dscp6 = (d: number, ecn = 0): Pkt => p(`v6 dscp ${d} ecn ${ecn}`, v6(udp(), { dscp: d, ecn, flowLabel: 0xfffff }));
  const sctp4 = p("v4 sctp", v4(rawL4(132)));
  const sctp6 = p("v6 sctp", v6(rawL4(132)));
  return [
    { field: "meta.l3_proto", op: "eq", payload: "ipv4", match: [V4_TCP, V4_ICMP], nomatch: [V6_TCP, ARP] },
    { field: "meta.l3_proto", op: "eq", payload: "ipv6", match: [V6_UDP, V6_ICMP], nomatch: [V4_UDP, ARP] },
    { field: "meta.l3_proto", op: "eq", payload: "2054", match: [ARP], nomatch: [V4_TCP, V6_TCP] },
    // Not decimal, so read as hexadecimal (bfcli compatibility): 0x86dd.
    { field: "meta.l3_proto", op: "eq", payload: "86dd", match: [V6_TCP], nomatch: [V4_TCP] },
    { field: "meta.l4_proto", op: "eq", payload: "tcp", match: [V4_TCP, V6_TCP, p("v6 hop,dst tcp", v6(tcp(), { ext: ext("hop", "dst") }))], nomatch: [V4_UDP, V6_ICMP, V4_ICMP, sctp4], absent: [ARP] },
    { field: "meta.l4_proto", op: "eq", payload: "icmpv6", match: [V6_ICMP, p("v6 hop icmpv6", v6(icmpv6(), { ext: ext("hop") }))], nomatch: [V4_ICMP, V6_UDP], absent: [ARP] },
    { field: "meta.l4_proto", op: "eq", payload: "132", match: [sctp4, sctp6], nomatch: [V4_TCP, V6_UDP] },
    { field: "ip4.proto", op: "eq", payload: "tcp", match: [V4_TCP, V4_FRAG_TCP(80)], nomatch: [V4_UDP, V4_ICMP, sctp4], absent: [V6_TCP, ARP] },
    { field: "ip4.proto", op: "eq", payload: "icmp", match: [V4_ICMP], nomatch: [V4_TCP], absent: [V6_ICMP] },
    { field: "ip4.proto", op: "eq", payload: "132", match: [sctp4], nomatch: [p("v4 proto 131", v4(rawL4(131)))], absent: [sctp6] },
    { field: "ip4.dscp", op: "eq", payload: "ef", match: [dscp4(46), dscp4(46, 3)], nomatch: [dscp4(47), dscp4(45), dscp4(0)], absent: [dscp6(46), ARP] },
    { field: "ip4.dscp", op: "eq", payload: "10", match: [dscp4(10, 1)], nomatch: [dscp4(16), dscp4(11)] },
    // Not decimal, so hexadecimal (bfcli compatibility): 0x2e = 46 = ef.
    { field: "ip4.dscp", op: "eq", payload: "2e", match: [dscp4(46)], nomatch: [dscp4(2), dscp4(47)] },
    { field: "ip4.dscp", op: "eq", payload: "cs7", match: [dscp4(56)], nomatch: [dscp4(63), dscp4(48)] },
    { field: "ip6.dscp", op: "eq", payload: "af41", match: [dscp6(34), dscp6(34, 3)], nomatch: [dscp6(35), dscp6(33), dscp6(2)], absent: [dscp4(34), ARP] },
    { field: "ip6.dscp", op: "eq", payload: "63", match: [dscp6(63)], nomatch: [dscp6(62), dscp6(31)] },
    ...nexthdrCases(),
  ];
}

/**
 * `ip6.nexthdr` as bfcli defines it: an extension-header name matches when that header is anywhere
 * in the chain; any other protocol is compared with the transport protocol after the chain.
 */
function nexthdrCases(): MatcherCase[] {
  const x = (label: string, l4: L4, ...types: Ip6Ext["type"][]): Pkt => p(label, v6(l4, { ext: ext(...types) }));
  return [
    { field: "ip6.nexthdr", op: "eq", payload: "tcp", match: [V6_TCP, x("v6 hop tcp", tcp(), "hop"), x("v6 frag,dst tcp", tcp(), "frag", "dst")], nomatch: [V6_UDP, V6_ICMP], absent: [V4_TCP, ARP] },
    { field: "ip6.nexthdr", op: "eq", payload: "hop", match: [x("v6 hop udp", udp(), "hop")], nomatch: [V6_UDP, x("v6 dst udp", udp(), "dst")], absent: [V4_UDP] },
    { field: "ip6.nexthdr", op: "eq", payload: "frag", match: [x("v6 hop,frag tcp", tcp(), "hop", "frag")], nomatch: [x("v6 hop,dst tcp", tcp(), "hop", "dst")] },
    { field: "ip6.nexthdr", op: "eq", payload: "dst", match: [x("v6 routing,dst udp", udp(), "routing", "dst")], nomatch: [x("v6 routing udp", udp(), "routing")] },
    { field: "ip6.nexthdr", op: "eq", payload: "ah", match: [x("v6 ah tcp", tcp(), "ah")], nomatch: [V6_TCP] },
    { field: "ip6.nexthdr", op: "eq", payload: "17", match: [V6_UDP, x("v6 mh udp", udp(), "mh")], nomatch: [V6_TCP] },
  ];
}

// ---------------------------------------------------------------------------------------------
// TCP flags, ICMP

function flagCases(): MatcherCase[] {
  const f4 = (...fl: TcpFlagName[]): Pkt => p(`v4 tcp [${fl.join(",")}]`, v4(tcp({ flags: fl })));
  const f6 = (...fl: TcpFlagName[]): Pkt => p(`v6 tcp [${fl.join(",")}]`, v6(tcp({ flags: fl })));
  const absent = [V4_UDP, V6_UDP, V4_ICMP, ARP, V4_FRAG_TCP(80)];
  return [
    { field: "tcp.flags", op: "eq", payload: "syn", match: [f4("syn"), f6("syn")], nomatch: [f4("syn", "ack"), f4(), f6("syn", "ece")], absent },
    { field: "tcp.flags", op: "eq", payload: "syn,ack", match: [f4("ack", "syn")], nomatch: [f4("syn"), f4("ack"), f6("syn", "ack", "psh")] },
    { field: "tcp.flags", op: "any", payload: "fin,rst", match: [f4("fin", "ack"), f6("rst"), f4("fin", "rst")], nomatch: [f4("syn"), f6("ack", "psh"), f4()], absent },
    { field: "tcp.flags", op: "all", payload: "syn,ack", match: [f4("syn", "ack"), f6("syn", "ack", "psh", "cwr")], nomatch: [f4("syn"), f6("ack"), f4("fin")], absent },
    { field: "tcp.flags", op: "all", payload: "cwr,ece,urg", match: [f4("cwr", "ece", "urg", "fin")], nomatch: [f4("cwr", "ece"), f6("urg")] },
    { field: "tcp.flags", op: "any", payload: "cwr", match: [f4("cwr", "syn")], nomatch: [f4("ece", "urg", "psh", "ack", "rst", "syn", "fin")] },
  ];
}

function icmpCases(): MatcherCase[] {
  const i4 = (type: number, code = 0): Pkt => p(`v4 icmp ${type}/${code}`, v4(icmp({ type, code })));
  const i6 = (type: number, code = 0, ...e: Ip6Ext["type"][]): Pkt =>
    p(`v6 ${e.join(",")} icmpv6 ${type}/${code}`, v6(icmpv6({ type, code }), { ext: ext(...e) }));
  return [
    { field: "icmp.type", op: "eq", payload: "echo-request", match: [i4(8)], nomatch: [i4(0), i4(9)], absent: [i6(8), V4_TCP, ARP] },
    { field: "icmp.type", op: "eq", payload: "3", match: [i4(3, 4)], nomatch: [i4(4, 3)] },
    { field: "icmp.type", op: "eq", payload: "time-exceeded", match: [i4(11)], nomatch: [i4(12)] },
    { field: "icmp.code", op: "eq", payload: "d", match: [i4(3, 13)], nomatch: [i4(3, 0)] },
    { field: "icmp.code", op: "eq", payload: "4", match: [i4(3, 4)], nomatch: [i4(3, 3), i4(3, 5), i4(4, 0)], absent: [i6(1, 4), V4_UDP] },
    { field: "icmpv6.type", op: "eq", payload: "nd-neighbor-solicit", match: [i6(135), i6(135, 0, "hop")], nomatch: [i6(136), i6(134, 0, "dst")], absent: [i4(135), V6_TCP, ARP] },
    { field: "icmpv6.type", op: "eq", payload: "128", match: [i6(128)], nomatch: [i6(129)] },
    { field: "icmpv6.code", op: "eq", payload: "1", match: [i6(1, 1), i6(3, 1, "hop", "dst")], nomatch: [i6(1, 0), i6(1, 2)], absent: [i4(3, 1), V6_UDP] },
  ];
}

// ---------------------------------------------------------------------------------------------
// meta.* matchers that do not read the packet (or read it only for a hash)

function metaCases(): MatcherCase[] {
  const any = [V4_TCP, V6_UDP, ARP];
  const m = (mark: number): Pkt => p(`v4 tcp mark ${mark}`, v4(tcp()), mark);
  return [
    // Test runs use the loopback device of the caller's network namespace: ifindex 1, name "lo".
    { field: "meta.iface", op: "eq", payload: "1", match: any, nomatch: [] },
    { field: "meta.iface", op: "eq", payload: "4242", match: [], nomatch: any },
    { field: "meta.iface", op: "eq", payload: "lo", match: [V4_TCP], nomatch: [] },
    { field: "meta.probability", op: "eq", payload: "100%", match: any, nomatch: [] },
    { field: "meta.probability", op: "eq", payload: "0%", match: [], nomatch: any },
    { field: "meta.flow_probability", op: "eq", payload: "100%", match: [V4_TCP, V6_UDP], nomatch: [], absent: [V4_ICMP, ARP, V4_FRAG_TCP(80)] },
    { field: "meta.flow_probability", op: "eq", payload: "0%", match: [], nomatch: [V4_UDP, V6_TCP], absent: [V6_ICMP] },
    { field: "meta.mark", op: "eq", payload: "0x2a", hooks: TC_HOOKS, match: [m(42)], nomatch: [m(0), m(43), m(0x12a)] },
    { field: "meta.mark", op: "eq", payload: "010", hooks: TC_HOOKS, match: [m(8)], nomatch: [m(10)] },
    { field: "meta.mark", op: "eq", payload: "4294967295", hooks: TC_HOOKS, match: [m(0xffffffff)], nomatch: [m(0x7fffffff)] },
    { field: "meta.flow_hash", op: "range", payload: "0-4294967295", hooks: TC_HOOKS, match: any, nomatch: [] },
  ];
}

/** Every table-driven case. `meta.flow_hash eq` is in matchers.test.ts: its value is measured. */
export const CASES: MatcherCase[] = [
  ...metaCases(),
  ...(["meta.sport", "meta.dport", "tcp.sport", "tcp.dport", "udp.sport", "udp.dport"] as const).flatMap(portCases),
  ...addrCases(),
  ...protoCases(),
  ...flagCases(),
  ...icmpCases(),
];

export function hooksOf(c: MatcherCase): readonly PktHook[] {
  return c.hooks ?? PKT_HOOKS;
}

/** Rows that live outside CASES because their payload is measured at run time (matchers.test.ts). */
export const MEASURED_ROWS: { field: Field; op: MatchOp; hooks: readonly PktHook[] }[] = [
  { field: "meta.flow_hash", op: "eq", hooks: TC_HOOKS },
];

/** The three L2 encapsulations every packet is run in. */
export const TAGGINGS: { name: string; eth: EthOpts }[] = [
  { name: "untagged", eth: {} },
  { name: "802.1Q", eth: { vlans: [{ vid: 10 }] } },
  { name: "QinQ", eth: { vlans: [{ tpid: 0x88a8, vid: 100 }, { vid: 10 }] } },
];

/** `FIELD [not] [op] PAYLOAD`; `eq` is written out on some hooks and implied on the others. */
export function matcherText(c: Pick<MatcherCase, "field" | "op" | "payload">, negate: boolean, hook: PktHook): string {
  const explicitEq = (hook === "BF_HOOK_TC_INGRESS") !== negate;
  const op = c.op === "eq" && !explicitEq ? "" : `${c.op} `;
  return `${c.field} ${negate ? "not " : ""}${op}${c.payload}`;
}

