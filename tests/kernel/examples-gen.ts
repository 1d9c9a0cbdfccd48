// The source of examples/*.cases.json: each example's packets are built here with the packet
// builder and named, each with the verdict it must get and the counting rules it must hit; the
// JSON (hex frames, expected counters) is generated from that. tests/examples.test.ts checks the
// committed files equal this output (UPDATE_GOLDEN=1 rewrites them), so no case is opaque hex.

import { arp, ether, icmp, icmpv6, ipv4, ipv6, rawL4, tcp, toHex, udp, type EthOpts, type L3 } from "./packets.js";

type V = "ACCEPT" | "DROP" | "NEXT" | "REDIRECT";

interface Case {
  name: string;
  frame: Uint8Array;
  verdict: V;
  /** Rules with `counter` that count this packet; the policy counts it when it gets there. */
  hits: number[];
  policy: boolean;
  mark?: number;
  markAfter?: number;
}

interface Example {
  chain?: string;
  /** Indexes of the rules that have `counter` (each gets an expected counter). */
  counted: number[];
  cases: Case[];
}

const Q: EthOpts = { vlans: [{ vid: 20 }] };
const QINQ: EthOpts = { vlans: [{ tpid: 0x88a8, vid: 300 }, { vid: 20 }] };
const AD: EthOpts = { vlans: [{ tpid: 0x88a8, vid: 300 }] };

/** A case that ends in rule `rule` (null: the policy) after being counted by `hits`. */
function c(name: string, l3: L3, verdict: V, end: number | null, hits: number[] = [], more: Partial<Case> & { eth?: EthOpts } = {}): Case {
  const { eth, ...rest } = more;
  const all = end === null ? hits : [...hits, end];
  return { name, frame: ether(eth ?? {}, l3).bytes, verdict, hits: all, policy: end === null, ...rest };
}

const v4 = (src: string, dst: string, l4: Parameters<typeof ipv4>[1], o: Parameters<typeof ipv4>[0] = {}): L3 => ipv4({ src, dst, ...o }, l4);
const v6 = (src: string, dst: string, l4: Parameters<typeof ipv6>[1], o: Parameters<typeof ipv6>[0] = {}): L3 => ipv6({ src, dst, ...o }, l4);
const C4 = "10.0.0.1";
const S4 = "10.0.0.2";
const C6 = "2001:db8::1";
const S6 = "2001:db8::2";

function edgeBlocklist(): Example {
  return {
    counted: [0, 1, 2, 3],
    cases: [
      c("blocked /24, first address", v4("192.0.2.0", S4, tcp()), "DROP", 0),
      c("blocked /24, last address", v4("192.0.2.255", S4, udp()), "DROP", 0),
      c("just below the blocked /25", v4("198.51.100.127", S4, tcp()), "ACCEPT", null),
      c("first address of the blocked /25", v4("198.51.100.128", S4, tcp()), "DROP", 0),
      c("the blocked host", v4("203.0.113.7", S4, icmp()), "DROP", 0),
      c("its neighbour", v4("203.0.113.8", S4, icmp()), "ACCEPT", null),
      c("lab range, last address, VLAN-tagged", v4("10.66.255.255", S4, tcp()), "DROP", 0, [], { eth: Q }),
      c("blocked IPv6 /48", v6("2001:db8:bad:ffff::1", S6, tcp()), "DROP", 1),
      c("next IPv6 /48", v6("2001:db8:bae::1", S6, tcp()), "ACCEPT", null),
      c("blocked IPv6 /64", v6("2001:db8:dead:beef::", S6, udp()), "DROP", 1),
      c("memcached reflection", v4(C4, S4, udp({ sport: 11211, dport: 40000 })), "DROP", 2),
      c("SSDP reflection over IPv6", v6(C6, S6, udp({ sport: 1900, dport: 40000 })), "DROP", 2),
      c("DNS answer", v4(C4, S4, udp({ sport: 53, dport: 40000 })), "ACCEPT", null),
      c("non-first fragment: no ports to match", v4(C4, S4, udp({ sport: 19 }), { fragOffset: 100 }), "ACCEPT", null),
      c("SYN+FIN into 198.18.0.0/15", v4(C4, "198.19.255.255", tcp({ flags: ["syn", "fin"] })), "DROP", 3),
      c("plain SYN into 198.18.0.0/15", v4(C4, "198.19.0.1", tcp({ flags: ["syn"] })), "ACCEPT", null),
      c("SYN+FIN outside the /15", v4(C4, "198.20.0.1", tcp({ flags: ["syn", "fin"] })), "ACCEPT", null),
      c("ARP", arp(), "ACCEPT", null),
    ],
  };
}

function serverIngress(): Example {
  const syn = (dport: number): ReturnType<typeof tcp> => tcp({ sport: 50000, dport, flags: ["syn"] });
  return {
    counted: [4, 5, 6, 7, 8, 9, 10],
    cases: [
      c("ARP", arp(), "ACCEPT", 0),
      c("neighbour solicitation", v6("fe80::1", "ff02::1:ff00:2", icmpv6({ type: 135 })), "ACCEPT", 1),
      c("neighbour advertisement", v6("fe80::1", "fe80::2", icmpv6({ type: 136 })), "ACCEPT", 2),
      c("HTTPS SYN", v4("198.51.100.7", S4, syn(443)), "ACCEPT", 7),
      c("HTTP SYN over IPv6", v6("2001:db8:9::7", S6, syn(80)), "ACCEPT", 7),
      c("SSH from the admin network", v4("10.20.1.1", S4, syn(22)), "ACCEPT", 8),
      c("SSH from elsewhere", v4("10.21.0.1", S4, syn(22)), "DROP", null),
      c("SSH from the IPv6 admin network", v6("fd00:20:1::5", S6, syn(22)), "ACCEPT", 9),
      c("NULL scan", v4("198.51.100.7", S4, tcp({ dport: 443, flags: [] })), "DROP", 4),
      c("Xmas scan", v4("198.51.100.7", S4, tcp({ dport: 80, flags: ["fin", "psh", "urg"] })), "DROP", 5),
      c("SYN+FIN", v6("2001:db8:9::7", S6, tcp({ dport: 443, flags: ["syn", "fin"] })), "DROP", 6),
      c("reply to our connection", v4("203.0.113.80", S4, tcp({ sport: 443, dport: 51000, flags: ["ack"] })), "ACCEPT", 10),
      c("SYN to an ephemeral port", v4("203.0.113.80", S4, tcp({ sport: 443, dport: 51000, flags: ["syn"] })), "DROP", null),
      c("DNS answer", v4("192.0.2.53", S4, udp({ sport: 53, dport: 33000 })), "ACCEPT", 11),
      c("DNS to port 53", v4("192.0.2.53", S4, udp({ sport: 53, dport: 53 })), "DROP", null),
      c("SNMP", v4("192.0.2.53", S4, udp({ sport: 40000, dport: 161 })), "DROP", null),
      c("ping", v4(C4, S4, icmp({ type: 8 })), "ACCEPT", 12),
      c("ping over IPv6", v6(C6, S6, icmpv6({ type: 128 })), "ACCEPT", 13),
      c("ICMP fragmentation needed", v4(C4, S4, icmp({ type: 3, code: 4 })), "ACCEPT", 14),
      c("ICMPv6 packet too big", v6(C6, S6, icmpv6({ type: 2 })), "ACCEPT", 15),
      c("ICMP timestamp request", v4(C4, S4, icmp({ type: 13 })), "DROP", null),
    ],
  };
}

function ipv6Exthdr(): Example {
  const t443 = tcp({ dport: 443 });
  return {
    counted: [0, 2, 3, 5, 6, 7, 8],
    cases: [
      c("HTTPS", v6(C6, S6, t443), "ACCEPT", 6),
      c("HTTPS behind destination options", v6(C6, S6, t443, { ext: [{ type: "dst" }] }), "ACCEPT", 6),
      c("routing header", v6(C6, S6, t443, { ext: [{ type: "routing", octets: 24 }] }), "DROP", 0),
      c("routing header after destination options", v6(C6, S6, udp(), { ext: [{ type: "dst" }, { type: "routing" }] }), "DROP", 0),
      c("routing header in QinQ", v6(C6, S6, t443, { ext: [{ type: "routing" }] }), "DROP", 0, [], { eth: QINQ }),
      c("MLDv2 report with router alert", v6("fe80::1", "ff02::16", icmpv6({ type: 143 }), { ext: [{ type: "hop" }] }), "ACCEPT", 1),
      c("other hop-by-hop", v6(C6, S6, udp({ dport: 53 }), { ext: [{ type: "hop" }] }), "DROP", 2),
      c("fragmented SSH", v6(C6, S6, tcp({ dport: 22 }), { ext: [{ type: "frag", mf: true }] }), "DROP", 3),
      c("SSH, not fragmented", v6(C6, S6, tcp({ dport: 22 })), "ACCEPT", null),
      c("AH from a trusted peer, scavenger DSCP", v6("2001:db8:ce::9", S6, tcp({ dport: 22 }), { ext: [{ type: "ah" }], dscp: 8 }), "ACCEPT", 4),
      c("AH from elsewhere, scavenger DSCP", v6("2001:db8:cf::9", S6, tcp({ dport: 22 }), { ext: [{ type: "ah" }], dscp: 8 }), "DROP", 8),
      c("mDNS", v6("fe80::1", "ff02::fb", udp({ sport: 5353, dport: 5353 })), "DROP", 5),
      c("QUIC behind a mobility header", v6(C6, S6, udp({ dport: 443 }), { ext: [{ type: "mh" }] }), "ACCEPT", 7),
      c("IPv4 is not concerned", v4(C4, S4, tcp({ dport: 22 }), { dscp: 8 }), "ACCEPT", null),
    ],
  };
}

function compositeFlows(): Example {
  const pg = (src: string, sport: number, dst: string, dport: number): L3 => v4(src, dst, tcp({ sport, dport }));
  return {
    counted: [1, 2, 3],
    cases: [
      c("ARP", arp(), "ACCEPT", 0),
      c("PostgreSQL primary", pg("10.1.0.5", 40001, "10.1.0.10", 5432), "ACCEPT", 2),
      c("the noisy flow", pg("10.1.0.5", 40000, "10.1.0.10", 5432), "DROP", 1),
      c("PostgreSQL replica", pg("10.1.0.5", 40000, "10.1.0.11", 5432), "ACCEPT", 2),
      c("Redis port on the replica", pg("10.1.0.5", 40000, "10.1.0.11", 6379), "DROP", null),
      c("Redis", pg("10.1.0.5", 40000, "10.1.0.20", 6379), "ACCEPT", 2),
      c("UDP to a TCP backend", v4("10.1.0.5", "10.1.0.10", udp({ dport: 5432 })), "DROP", null),
      c("DNS over IPv6", v6(C6, "2001:db8:1::53", udp({ dport: 53 })), "ACCEPT", 3),
      c("NTP port on the DNS server", v6(C6, "2001:db8:1::53", udp({ dport: 123 })), "DROP", null),
      c("NTP", v6(C6, "2001:db8:1::123", udp({ dport: 123 })), "ACCEPT", 3),
      c("ping", v4(C4, S4, icmp({ type: 8 })), "ACCEPT", 4),
      c("fragmentation needed", v4(C4, S4, icmp({ type: 3, code: 4 })), "ACCEPT", 4),
      c("port unreachable", v4(C4, S4, icmp({ type: 3, code: 3 })), "DROP", null),
    ],
  };
}

function accounting(): Example {
  return {
    counted: [0, 1, 2, 3, 4, 5, 6, 7],
    cases: [
      c("IPv4 SYN to 80", v4(C4, S4, tcp({ dport: 80, flags: ["syn"] })), "ACCEPT", null, [0, 2, 4, 5]),
      c("IPv4 SYN+ACK to 80", v4(C4, S4, tcp({ dport: 80, flags: ["syn", "ack"] })), "ACCEPT", null, [0, 2, 4]),
      c("IPv4 DNS from a blocked network", v4("192.0.2.9", S4, udp({ dport: 53 })), "DROP", 6, [0, 3, 4]),
      c("IPv6 mDNS", v6(C6, S6, udp({ dport: 5353 })), "ACCEPT", null, [1, 3]),
      c("IPv6 SYN to 22 from a blocked network", v6("2001:db8:bad::1", S6, tcp({ dport: 22, flags: ["syn"] })), "DROP", 7, [1, 2, 4, 5]),
      c("IPv4 ICMP", v4(C4, S4, icmp()), "ACCEPT", null, [0]),
      c("ARP", arp(), "ACCEPT", null),
      c("IPv6 ACK to 8080, VLAN-tagged", v6(C6, S6, tcp({ dport: 8080, flags: ["ack"] })), "ACCEPT", null, [1, 2], { eth: Q }),
    ],
  };
}

function qosEgress(): Example {
  const m = (mark: number, markAfter: number): Partial<Case> => ({ mark, markAfter });
  return {
    counted: [1, 2, 3, 4, 5, 6],
    cases: [
      c("voice (EF) RTP", v4(C4, S4, udp({ dport: 5004 }), { dscp: 46 }), "ACCEPT", 1, [], m(0, 1)),
      c("voice over IPv6", v6(C6, S6, udp({ dport: 5004 }), { dscp: 46 }), "ACCEPT", 2, [], m(0, 1)),
      c("RTP, low end of the range", v4(C4, S4, udp({ dport: 10000 })), "ACCEPT", 3, [], m(0, 2)),
      c("RTP, high end of the range", v6(C6, S6, udp({ dport: 20000 })), "ACCEPT", 3, [], m(0, 2)),
      c("UDP just above the range", v4(C4, S4, udp({ dport: 20001 })), "ACCEPT", null, [], m(0, 0)),
      c("SSH", v4(C4, S4, tcp({ dport: 22 })), "ACCEPT", 4, [], m(0, 0x10)),
      c("rsync claiming scavenger", v4(C4, S4, tcp({ sport: 873, dport: 40000 }), { dscp: 8 }), "DROP", 6, [5], m(0, 0x20)),
      c("rsync", v4(C4, S4, tcp({ sport: 873, dport: 40000 })), "ACCEPT", 7, [5], m(0, 0x30)),
      c("already classified by the application", v4(C4, S4, tcp({ dport: 22 })), "ACCEPT", 0, [], m(0x99, 0x99)),
      c("web", v6(C6, S6, tcp({ dport: 443 })), "ACCEPT", 7, [], m(5, 0x30)),
      c("ARP keeps its mark", arp(), "ACCEPT", null, [], m(7, 7)),
    ],
  };
}

function vlanTrunk(): Example {
  return {
    counted: [0, 1, 2, 3],
    cases: [
      c("SSH to a management host (802.1Q)", v4(C4, "10.255.0.1", tcp({ dport: 22 })), "ACCEPT", null, [], { eth: Q }),
      c("HTTPS to a management host (802.1Q)", v4(C4, "10.255.0.1", tcp({ dport: 443 })), "DROP", 0, [], { eth: Q }),
      c("HTTP to a management host (QinQ)", v4(C4, "10.255.0.2", tcp({ dport: 80 })), "DROP", 0, [], { eth: QINQ }),
      c("HTTPS to a management host (802.1ad only)", v4(C4, "10.255.0.1", tcp({ dport: 443 })), "DROP", 0, [], { eth: AD }),
      c("SNMP to a management host: no TCP header, `not 22` does not apply", v4(C4, "10.255.0.2", udp({ dport: 161 })), "ACCEPT", null, [], { eth: QINQ }),
      c("CGNAT hairpin", v4("100.64.1.1", "100.127.255.254", tcp()), "DROP", 1),
      c("CGNAT to the internet (QinQ)", v4("100.64.1.1", "8.8.8.8", tcp()), "ACCEPT", null, [], { eth: QINQ }),
      c("DNS is steered", v4(C4, "192.0.2.53", udp({ dport: 53 })), "REDIRECT", 2, [], { eth: Q }),
      c("GRE (QinQ)", v4(C4, S4, rawL4(47)), "DROP", 3, [], { eth: QINQ }),
    ],
  };
}

export const EXAMPLES: Record<string, Example> = {
  "edge-blocklist": edgeBlocklist(),
  "server-ingress": serverIngress(),
  "ipv6-exthdr": ipv6Exthdr(),
  "composite-flows": compositeFlows(),
  accounting: accounting(),
  "qos-egress": qosEgress(),
  "vlan-trunk": vlanTrunk(),
};

/** The `bfr test --cases` file of an example, as committed in examples/NAME.cases.json. */
export function casesJson(ex: Example): string {
  const rules = ex.counted.map((index) => ({ index, packets: ex.cases.filter((k) => k.hits.includes(index)).length }));
  const policy = { packets: ex.cases.filter((k) => k.policy).length };
  const out = {
    ...(ex.chain ? { chain: ex.chain } : {}),
    cases: ex.cases.map((k) => ({
      name: k.name,
      packet: toHex(k.frame),
      ...(k.mark !== undefined ? { mark: k.mark } : {}),
      verdict: k.verdict,
      ...(k.markAfter !== undefined ? { mark_after: k.markAfter } : {}),
    })),
    counters: { rules, policy },
  };
  return JSON.stringify(out, null, 2) + "\n";
}
