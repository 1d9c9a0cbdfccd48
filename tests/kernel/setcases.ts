// The set table: for every field usable in a set key (LANGUAGE.md §4), sets with one or several
// components, exact and longest-prefix, small and with thousands of elements, with packets that
// are in the set, packets that have every key header but are not in it, and packets missing a key
// header. sets.test.ts runs each row as a named and as an inline set, with `in` and `not in`.

import type { Field } from "../../compiler/model.js";
import type { Pkt } from "./matrix.js";
import { arp, icmp, icmpv6, ipv4, ipv6, tcp, udp, type Ipv4Opts, type Ipv6Opts, type L4 } from "./packets.js";

export interface SetRow {
  name: string;
  key: Field[];
  /** Element texts, one per line of the set body (components separated by commas). */
  elements: string[];
  match: Pkt[];
  nomatch: Pkt[];
  absent?: Pkt[];
}

/** LANGUAGE.md §4: the fields whose "set key" column says yes. */
export const SET_KEY_FIELDS: Field[] = [
  "ip4.saddr", "ip4.daddr", "ip4.snet", "ip4.dnet", "ip4.proto",
  "ip6.saddr", "ip6.daddr", "ip6.snet", "ip6.dnet", "ip6.nexthdr",
  "tcp.sport", "tcp.dport", "udp.sport", "udp.dport",
  "icmp.type", "icmp.code", "icmpv6.type", "icmpv6.code",
];

const p = (label: string, l3: Pkt["l3"]): Pkt => ({ label, l3 });
const v4 = (o: Ipv4Opts, l4: L4 = tcp()): Pkt => p(`v4 ${JSON.stringify(o)} ${l4.name}`, ipv4({ src: "192.0.2.1", dst: "198.51.100.1", ...o }, l4));
const v6 = (o: Ipv6Opts, l4: L4 = tcp()): Pkt => p(`v6 ${JSON.stringify(o)} ${l4.name}`, ipv6({ src: "2001:db8::1", dst: "2001:db8::2", ...o }, l4));
const ARP = p("arp", arp());
const range = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));
const q4 = (i: number, a = 10): string => `${a}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function addressRows(): SetRow[] {
  return [
    {
      // 5000 elements: 10.0.0.1 … 10.0.19.136.
      name: "5000 IPv4 sources", key: ["ip4.saddr"], elements: range(5000, (i) => q4(i + 1)),
      match: [v4({ src: "10.0.0.1" }), v4({ src: "10.0.19.136" }), v4({ src: "10.0.9.196" }, udp())],
      nomatch: [v4({ src: "10.0.19.137" }), v4({ src: "10.0.0.0" }), v4({ src: "1.0.0.10" })],
      absent: [v6({}), ARP],
    },
    {
      name: "IPv4 destinations", key: ["ip4.daddr"], elements: ["198.51.100.1", "0.0.0.0", "255.255.255.255"],
      match: [v4({ dst: "198.51.100.1" }), v4({ dst: "255.255.255.255" }, icmp())],
      nomatch: [v4({ dst: "198.51.100.2" }), v4({ src: "198.51.100.1", dst: "1.1.1.1" })],
      absent: [v6({})],
    },
    {
      name: "3000 IPv6 sources", key: ["ip6.saddr"], elements: range(3000, (i) => `2001:db8::${(i + 1).toString(16)}`),
      match: [v6({ src: "2001:db8::1" }), v6({ src: "2001:db8::bb8" }, udp())],
      nomatch: [v6({ src: "2001:db8::bb9" }), v6({ src: "2001:db9::1" }), v6({ src: "2001:db8:0:1::1" })],
      absent: [v4({}), ARP],
    },
    {
      name: "IPv6 destinations", key: ["ip6.daddr"], elements: ["::1", "2001:db8::2", "ff02::1"],
      match: [v6({ dst: "2001:db8::2" }), v6({ dst: "ff02::1" }, icmpv6())],
      nomatch: [v6({ dst: "2001:db8::3" }), v6({ src: "::1", dst: "::2" })],
      absent: [v4({})],
    },
  ];
}

function prefixRows(): SetRow[] {
  return [
    {
      name: "IPv4 source prefixes (overlapping)", key: ["ip4.snet"],
      elements: ["10.0.0.0/8", "192.168.0.0/16", "192.168.1.0/24", "203.0.113.5/32", "172.16.0.0/12"],
      match: ["10.0.0.0", "10.255.255.255", "192.168.200.1", "192.168.1.1", "203.0.113.5", "172.31.255.255"].map((a) => v4({ src: a })),
      nomatch: ["11.0.0.0", "9.255.255.255", "192.169.0.0", "203.0.113.4", "203.0.113.6", "172.32.0.0"].map((a) => v4({ src: a })),
      absent: [v6({}), ARP],
    },
    {
      // 2000 /24 networks: 100.0.0.0/24 … 100.7.207.0/24.
      name: "2000 IPv4 destination /24s", key: ["ip4.dnet"], elements: range(2000, (i) => `${q4(i << 8, 100)}/24`),
      match: [v4({ dst: "100.0.0.0" }), v4({ dst: "100.7.207.255" }), v4({ dst: "100.3.3.3" }, udp())],
      nomatch: [v4({ dst: "100.7.208.0" }), v4({ dst: "101.0.0.0" }), v4({ dst: "99.255.255.255" })],
      absent: [v6({})],
    },
    {
      name: "IPv6 source prefixes", key: ["ip6.snet"], elements: ["2001:db8:1::/48", "fd00::/8", "2001:db8:ffff::/67"],
      match: ["2001:db8:1::", "2001:db8:1:ffff:ffff:ffff:ffff:ffff", "fdff::1", "2001:db8:ffff::1fff:0:0:1"].map((a) => v6({ src: a })),
      nomatch: ["2001:db8:2::", "fe00::", "2001:db8:ffff::2000:0:0:0", "2001:db8::1"].map((a) => v6({ src: a })),
      absent: [v4({})],
    },
    {
      name: "IPv6 destination prefixes", key: ["ip6.dnet"], elements: ["::1/128", "2001:db8:abcd::/47"],
      // 2001:db8:abcd::/47 is 2001:db8:abcc::/47 once host bits are masked: abcc:: … abcd:ffff:….
      match: ["::1", "2001:db8:abcc::", "2001:db8:abcd:ffff::1"].map((a) => v6({ dst: a })),
      nomatch: ["::2", "2001:db8:abce::", "2001:db8:abcb:ffff::"].map((a) => v6({ dst: a })),
      absent: [v4({})],
    },
  ];
}

function protoRows(): SetRow[] {
  return [
    {
      name: "IPv4 protocols", key: ["ip4.proto"], elements: ["tcp", "udp"],
      match: [v4({}), v4({}, udp())], nomatch: [v4({}, icmp())], absent: [v6({}), ARP],
    },
    {
      // Plain packets only: with extension headers the set key reads the header's own field.
      name: "IPv6 next headers", key: ["ip6.nexthdr"], elements: ["udp", "58"],
      match: [v6({}, udp()), v6({}, icmpv6())], nomatch: [v6({})], absent: [v4({}, udp())],
    },
    {
      name: "1000 TCP destination ports", key: ["tcp.dport"], elements: range(1000, (i) => String(i + 1)),
      match: [v4({}, tcp({ dport: 1 })), v6({}, tcp({ dport: 1000 }))],
      nomatch: [v4({}, tcp({ dport: 0 })), v4({}, tcp({ dport: 1001 })), v4({}, tcp({ dport: 256 * 5 }))],
      absent: [v4({}, udp({ dport: 1 })), v4({}, icmp())],
    },
    {
      name: "TCP source ports", key: ["tcp.sport"], elements: ["22", "443", "65535"],
      match: [v4({}, tcp({ sport: 22 })), v6({}, tcp({ sport: 65535 }))], nomatch: [v4({}, tcp({ sport: 23 }))],
      absent: [v4({}, udp({ sport: 22 }))],
    },
    {
      name: "UDP ports", key: ["udp.sport"], elements: ["53", "123"],
      match: [v4({}, udp({ sport: 53 })), v6({}, udp({ sport: 123 }))], nomatch: [v4({}, udp({ sport: 54 }))],
      absent: [v4({}, tcp({ sport: 53 }))],
    },
    {
      name: "UDP destination ports", key: ["udp.dport"], elements: ["0", "4789", "65535"],
      match: [v4({}, udp({ dport: 4789 })), v6({}, udp({ dport: 0 }))], nomatch: [v4({}, udp({ dport: 4788 }))],
      absent: [v6({}, tcp({ dport: 4789 }))],
    },
    {
      name: "ICMP type and code", key: ["icmp.type", "icmp.code"], elements: ["destination-unreachable, 4", "echo-request, 0"],
      match: [v4({}, icmp({ type: 3, code: 4 })), v4({}, icmp({ type: 8 }))],
      nomatch: [v4({}, icmp({ type: 3, code: 3 })), v4({}, icmp({ type: 8, code: 1 })), v4({}, icmp({ type: 4, code: 3 }))],
      absent: [v6({}, icmpv6({ type: 3, code: 4 })), v4({})],
    },
    {
      name: "ICMPv6 code then type", key: ["icmpv6.code", "icmpv6.type"], elements: ["0, nd-neighbor-solicit", "0, 128", "3, 1"],
      match: [v6({}, icmpv6({ type: 135 })), v6({}, icmpv6({ type: 1, code: 3 })), v6({ ext: [{ type: "hop" }] }, icmpv6({ type: 128 }))],
      nomatch: [v6({}, icmpv6({ type: 136 })), v6({}, icmpv6({ type: 3, code: 1 }))],
      absent: [v4({}, icmp({ type: 128 }))],
    },
  ];
}

function compositeRows(): SetRow[] {
  const tuple = { src: "10.1.2.3", dst: "10.3.2.1" };
  const l4 = { sport: 40000, dport: 443 };
  return [
    {
      // 3000 (address, port) pairs: 10.1.x.y with ports 8000 + i % 7.
      name: "3000 (ip4.saddr, tcp.dport)", key: ["ip4.saddr", "tcp.dport"],
      elements: range(3000, (i) => `${q4(i, 10).replace(/^10\.0\./, "10.1.")}, ${8000 + (i % 7)}`),
      match: [v4({ src: "10.1.0.0" }, tcp({ dport: 8000 })), v4({ src: "10.1.11.183" }, tcp({ dport: 8000 + (2999 % 7) }))],
      nomatch: [v4({ src: "10.1.0.0" }, tcp({ dport: 8001 })), v4({ src: "10.1.11.184" }, tcp({ dport: 8000 + (3000 % 7) }))],
      absent: [v4({ src: "10.1.0.0" }, udp({ dport: 8000 })), v6({}, tcp({ dport: 8000 }))],
    },
    {
      name: "(ip6.saddr, ip6.daddr, udp.dport)", key: ["ip6.saddr", "ip6.daddr", "udp.dport"],
      elements: ["2001:db8::1, 2001:db8::2, 53", "2001:db8::2, 2001:db8::1, 53"],
      match: [v6({}, udp({ dport: 53 })), v6({ src: "2001:db8::2", dst: "2001:db8::1" }, udp({ dport: 53 }))],
      nomatch: [v6({ src: "2001:db8::2", dst: "2001:db8::2" }, udp({ dport: 53 })), v6({}, udp({ dport: 54 }))],
      absent: [v6({}, tcp({ dport: 53 })), v4({}, udp({ dport: 53 }))],
    },
    {
      name: "IPv4 5-tuple", key: ["ip4.saddr", "ip4.daddr", "ip4.proto", "tcp.sport", "tcp.dport"],
      elements: ["10.1.2.3, 10.3.2.1, tcp, 40000, 443"],
      match: [v4(tuple, tcp(l4))],
      nomatch: [v4({ ...tuple, src: "10.1.2.4" }, tcp(l4)), v4({ ...tuple, dst: "10.3.2.2" }, tcp(l4)),
        v4(tuple, tcp({ ...l4, sport: 40001 })), v4(tuple, tcp({ ...l4, dport: 444 }))],
      // Protocol 17 with TCP-looking bytes: there is no TCP header to read.
      absent: [v4(tuple, udp(l4)), v4({ ...tuple, proto: 17 }, tcp(l4))],
    },
    {
      name: "IPv6 5-tuple with the transport protocol as next header", key: ["ip6.saddr", "ip6.daddr", "ip6.nexthdr", "udp.sport", "udp.dport"],
      elements: ["2001:db8::1, 2001:db8::2, udp, 40000, 443"],
      match: [v6({}, udp(l4))],
      nomatch: [v6({ src: "2001:db8::3" }, udp(l4)), v6({}, udp({ ...l4, dport: 442 }))],
      absent: [v6({}, tcp(l4))],
    },
    {
      // Eight components (the maximum); a packet has at most five distinct ones, so some repeat.
      name: "eight components", key: ["ip4.saddr", "tcp.dport", "ip4.daddr", "tcp.sport", "ip4.proto", "tcp.dport", "ip4.saddr", "tcp.sport"],
      elements: ["10.1.2.3, 443, 10.3.2.1, 40000, tcp, 443, 10.1.2.3, 40000", "10.1.2.3, 80, 10.3.2.1, 40000, tcp, 80, 10.1.2.3, 40000"],
      match: [v4(tuple, tcp(l4)), v4(tuple, tcp({ ...l4, dport: 80 }))],
      nomatch: [v4(tuple, tcp({ ...l4, dport: 81 })), v4({ ...tuple, src: "10.1.2.2" }, tcp(l4))],
      absent: [v4(tuple, udp(l4))],
    },
  ];
}

export const SET_KEY_ROWS: SetRow[] = [...addressRows(), ...prefixRows(), ...protoRows(), ...compositeRows()];
