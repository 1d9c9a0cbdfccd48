// Name tables of the language (LANGUAGE.md §4) and the did-you-mean helper. Payload names are
// case-insensitive; the tables are keyed in lower case. Numbers are from the IANA registries
// (protocol numbers, ICMP/ICMPv6 types, DSCP code points) as bpfilter names them.

export const L3_PROTOS: Record<string, number> = { ipv4: 0x0800, ipv6: 0x86dd };

/** IP protocol numbers and IPv6 extension headers (IANA "Assigned Internet Protocol Numbers"). */
export const L4_PROTOS: Record<string, number> = {
  hop: 0, icmp: 1, igmp: 2, tcp: 6, udp: 17, routing: 43, route: 43, frag: 44, gre: 47, esp: 50,
  ah: 51, icmpv6: 58, dst: 60, sctp: 132, mh: 135, udplite: 136,
};

export const ICMP_TYPES: Record<string, number> = {
  "echo-reply": 0, "destination-unreachable": 3, "source-quench": 4, redirect: 5, "echo-request": 8,
  "router-advertisement": 9, "router-solicitation": 10, "time-exceeded": 11, "parameter-problem": 12,
  "timestamp-request": 13, "timestamp-reply": 14, "info-request": 15, "info-reply": 16,
  "address-mask-request": 17, "address-mask-reply": 18,
};

export const ICMPV6_TYPES: Record<string, number> = {
  "destination-unreachable": 1, "packet-too-big": 2, "time-exceeded": 3, "parameter-problem": 4,
  "echo-request": 128, "echo-reply": 129, "mld-listener-query": 130, "mld-listener-report": 131,
  "mld-listener-reduction": 132, "nd-router-solicit": 133, "nd-router-advert": 134,
  "nd-neighbor-solicit": 135, "nd-neighbor-advert": 136, "mld2-listener-report": 143,
};

/** DSCP classes (RFC 2474, 2597, 3246, 5865, 8622, 9435). */
export const DSCP: Record<string, number> = {
  cs0: 0, cs1: 8, cs2: 16, cs3: 24, cs4: 32, cs5: 40, cs6: 48, cs7: 56,
  af11: 10, af12: 12, af13: 14, af21: 18, af22: 20, af23: 22, af31: 26, af32: 28, af33: 30,
  af41: 34, af42: 36, af43: 38, ef: 46, "voice-admit": 44, le: 1, nqb: 45, be: 0,
};

/** TCP header flag bits (RFC 9293 §3.1, RFC 3168 for ece/cwr), in canonical print order. */
export const TCP_FLAGS: Record<string, number> = {
  fin: 0x01, syn: 0x02, rst: 0x04, psh: 0x08, ack: 0x10, urg: 0x20, ece: 0x40, cwr: 0x80,
};

export const LOG_HEADERS = ["link", "internet", "transport"] as const;

/** Reverse lookup for printing: the first name in table order with this value. */
export function nameOf(table: Record<string, number>, value: number): string | undefined {
  for (const [k, v] of Object.entries(table)) if (v === value) return k;
  return undefined;
}

export { closest, didYouMean, editDistance } from "../../grammar/suggest.js";
