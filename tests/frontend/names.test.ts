// Every name table entry of LANGUAGE.md §4 (values written out here, not imported), matched
// case-insensitively, and printed back by the canonical printer.

import { describe, expect, it } from "vitest";
import { check, field, oneRule } from "./helpers.js";

const L4: Record<string, number> = {
  hop: 0, icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, routing: 43, frag: 44, ah: 51, icmpv6: 58,
  dst: 60, mh: 135, route: 43, esp: 50, sctp: 132, udplite: 136,
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
const DSCP: Record<string, number> = {
  cs0: 0, cs1: 8, cs2: 16, cs3: 24, cs4: 32, cs5: 40, cs6: 48, cs7: 56, af11: 10, af12: 12, af13: 14,
  af21: 18, af22: 20, af23: 22, af31: 26, af32: 28, af33: 30, af41: 34, af42: 36, af43: 38, ef: 46,
  "voice-admit": 44, le: 1, nqb: 45, be: 0,
};
const FLAGS: Record<string, number> = { fin: 1, syn: 2, rst: 4, psh: 8, ack: 16, urg: 32, ece: 64, cwr: 128 };

function table(title: string, matchers: string[], names: Record<string, number>): void {
  describe(title, () => {
    for (const m of matchers) {
      for (const [name, value] of Object.entries(names)) {
        it(`${m} ${name} = ${value} (any case)`, () => {
          for (const spelled of [name, name.toUpperCase()]) {
            const r = oneRule("BF_HOOK_TC_INGRESS", `rule ${m} ${spelled} ACCEPT`);
            expect(r.codes).toEqual([]);
            expect(field(r.rule).value).toEqual({ kind: "int", value });
          }
        });
      }
    }
  });
}

table("L4 protocols and next headers", ["meta.l4_proto", "ip4.proto", "ip6.nexthdr"], L4);
table("ICMP types", ["icmp.type"], ICMP);
table("ICMPv6 types", ["icmpv6.type"], ICMP6);
table("DSCP classes", ["ip4.dscp", "ip6.dscp"], DSCP);
table("L3 protocols", ["meta.l3_proto"], { ipv4: 0x0800, ipv6: 0x86dd });

describe("TCP flags", () => {
  for (const [name, bit] of Object.entries(FLAGS)) {
    it(`${name} is bit 0x${bit.toString(16)}`, () => {
      for (const op of ["eq", "any", "all"]) {
        const r = oneRule("BF_HOOK_XDP", `rule tcp.flags ${op} ${name.toUpperCase()} ACCEPT`);
        expect(field(r.rule).value).toEqual({ kind: "flags", mask: bit });
      }
    });
  }
  it("combines flags and prints them in header order", () => {
    const r = oneRule("BF_HOOK_XDP", "rule tcp.flags all ack,Syn ACCEPT");
    expect(field(r.rule).value).toEqual({ kind: "flags", mask: 0x12 });
    expect(r.rule?.text).toBe("rule tcp.flags all syn,ack ACCEPT");
  });
});

describe("log headers", () => {
  for (const h of ["link", "internet", "transport"]) {
    it(`log ${h} (any case)`, () => {
      const r = oneRule("BF_HOOK_XDP", `rule ip4.saddr 1.1.1.1 log ${h.toUpperCase()} ACCEPT`);
      expect(r.rule?.log).toEqual({ headers: [h], everyNs: null });
    });
  }
  it("several headers, then every", () => {
    const r = oneRule("BF_HOOK_TC_EGRESS", "rule ip4.saddr 1.1.1.1 log link,internet,transport every 250ms ACCEPT");
    expect(r.rule?.log).toEqual({ headers: ["link", "internet", "transport"], everyNs: 250_000_000n });
  });
  it("an unknown or repeated header is an error", () => {
    expect(oneRule("BF_HOOK_XDP", "rule ip4.saddr 1.1.1.1 log lnk ACCEPT").codes).toEqual(["BFR2026"]);
    expect(oneRule("BF_HOOK_XDP", "rule ip4.saddr 1.1.1.1 log link,link ACCEPT").codes).toEqual(["BFR2026"]);
  });
});

describe("names print back", () => {
  it("known numbers print as names and re-check to the same value", () => {
    const r = check("chain t BF_HOOK_XDP ACCEPT\n rule meta.l4_proto 6 icmp.type 8 ip4.dscp 2e ACCEPT\n");
    expect(r.ruleset?.chains[0].rules[0].text).toBe("rule meta.l4_proto tcp icmp.type echo-request ip4.dscp ef ACCEPT");
  });
});
