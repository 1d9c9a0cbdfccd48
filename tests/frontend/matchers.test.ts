// Table-driven: every matcher × operator × payload form × hook, accepted and rejected, against
// the tables of LANGUAGE.md §4 (written out here independently of compiler/check/fields.ts).

import { describe, expect, it } from "vitest";
import { HOOKS, field, hex, oneRule } from "./helpers.js";

const PKT = HOOKS.slice(0, 10);
const [C4, C6, S4, S6] = HOOKS.slice(10);
const TC = ["BF_HOOK_TC_INGRESS", "BF_HOOK_TC_EGRESS"];
const NF = HOOKS.slice(3, 8);
const CGSKB = ["BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS"];

/** LANGUAGE.md §4: hooks per matcher, operators, and one valid payload per operator. */
const TABLE: Record<string, { hooks: readonly string[]; ops: Record<string, string> }> = {
  "meta.iface": { hooks: PKT, ops: { eq: "eth0" } },
  "meta.l3_proto": { hooks: HOOKS, ops: { eq: "ipv4" } },
  "meta.l4_proto": { hooks: HOOKS, ops: { eq: "tcp" } },
  "meta.sport": { hooks: PKT, ops: { eq: "22", range: "1-1024" } },
  "meta.dport": { hooks: HOOKS, ops: { eq: "22", range: "1-1024" } },
  "meta.probability": { hooks: HOOKS, ops: { eq: "50%" } },
  "meta.flow_probability": { hooks: ["BF_HOOK_XDP", ...TC, ...CGSKB], ops: { eq: "12.5%" } },
  "meta.mark": { hooks: [...TC, ...NF, ...CGSKB], ops: { eq: "0x10" } },
  "meta.flow_hash": { hooks: TC, ops: { eq: "7", range: "0-ff" } },
  "ip4.saddr": { hooks: [...PKT, S4], ops: { eq: "10.0.0.1" } },
  "ip4.daddr": { hooks: [...PKT, C4, S4], ops: { eq: "10.0.0.1" } },
  "ip4.snet": { hooks: [...PKT, S4], ops: { eq: "10.0.0.0/8" } },
  "ip4.dnet": { hooks: [...PKT, C4, S4], ops: { eq: "10.0.0.0/8" } },
  "ip4.proto": { hooks: [...PKT, C4, S4], ops: { eq: "udp" } },
  "ip4.dscp": { hooks: PKT, ops: { eq: "ef" } },
  "ip6.saddr": { hooks: [...PKT, S6], ops: { eq: "2001:db8::1" } },
  "ip6.daddr": { hooks: [...PKT, C6, S6], ops: { eq: "::1" } },
  "ip6.snet": { hooks: [...PKT, S6], ops: { eq: "2001:db8::/32" } },
  "ip6.dnet": { hooks: [...PKT, C6, S6], ops: { eq: "fe80::/10" } },
  "ip6.nexthdr": { hooks: PKT, ops: { eq: "frag" } },
  "ip6.dscp": { hooks: PKT, ops: { eq: "cs1" } },
  "tcp.sport": { hooks: PKT, ops: { eq: "80", range: "80-90" } },
  "tcp.dport": { hooks: [...PKT, C4, C6], ops: { eq: "80", range: "80-90" } },
  "tcp.flags": { hooks: PKT, ops: { eq: "syn", any: "syn,ack", all: "fin,rst" } },
  "udp.sport": { hooks: PKT, ops: { eq: "53", range: "53-54" } },
  "udp.dport": { hooks: HOOKS, ops: { eq: "53", range: "53-54" } },
  "icmp.type": { hooks: PKT, ops: { eq: "echo-request" } },
  "icmp.code": { hooks: PKT, ops: { eq: "3" } },
  "icmpv6.type": { hooks: PKT, ops: { eq: "echo-reply" } },
  "icmpv6.code": { hooks: PKT, ops: { eq: "0" } },
};
const ALL_OPS = ["eq", "any", "all", "range"];

describe("matcher × operator × hook", () => {
  for (const [f, spec] of Object.entries(TABLE)) {
    for (const hook of HOOKS) {
      const ok = spec.hooks.includes(hook);
      it(`${f} on ${hook} is ${ok ? "accepted" : "rejected (BFR2009)"} with each of its operators, negated or not`, () => {
        for (const [op, payload] of Object.entries(spec.ops)) {
          for (const neg of ["", "not "]) {
            const r = oneRule(hook, `rule ${f} ${neg}${op} ${payload} ACCEPT`);
            if (ok) expect(r.codes).toEqual([]);
            else expect(r.codes).toEqual(["BFR2009"]);
          }
        }
      });
    }
  }
});

describe("matcher × operator", () => {
  for (const [f, spec] of Object.entries(TABLE)) {
    const hook = spec.hooks[spec.hooks.length === 2 ? 0 : 1];
    for (const op of ALL_OPS) {
      const payload = spec.ops[op];
      it(`${f} ${op} is ${payload ? "accepted" : "rejected (BFR2010)"}`, () => {
        const r = oneRule(hook, `rule ${f} ${op} ${payload ?? spec.ops.eq} DROP`);
        if (payload) {
          expect(r.codes).toEqual([]);
          expect(field(r.rule).op).toBe(op);
        } else expect(r.codes).toEqual(["BFR2010"]);
      });
    }
    it(`${f} without an operator means eq`, () => {
      const r = oneRule(hook, `rule ${f} ${spec.ops.eq} DROP`);
      expect(field(r.rule).op).toBe("eq");
      expect(field(r.rule).negate).toBe(false);
    });
  }
});

/** Payload forms: [matcher, payload, expected value or error code]. */
const PAYLOADS: [string, string, unknown][] = [
  ["meta.iface", "eth0", { kind: "iface", iface: { kind: "name", name: "eth0" } }],
  ["meta.iface", "eth0.100", { kind: "iface", iface: { kind: "name", name: "eth0.100" } }],
  ["meta.iface", "2", { kind: "iface", iface: { kind: "index", index: 2 } }],
  ["meta.iface", "4294967295", { kind: "iface", iface: { kind: "index", index: 4294967295 } }],
  ["meta.iface", "0", "BFR2017"],
  ["meta.iface", "a-very-long-interface-name", "BFR2017"],
  ["meta.l3_proto", "ipv6", { kind: "int", value: 0x86dd }],
  ["meta.l3_proto", "IPv4", { kind: "int", value: 0x0800 }],
  ["meta.l3_proto", "0x86dd", { kind: "int", value: 0x86dd }],
  ["meta.l3_proto", "86dd", { kind: "int", value: 0x86dd }],
  ["meta.l3_proto", "2048", { kind: "int", value: 2048 }],
  ["meta.l3_proto", "65536", "BFR2012"],
  ["meta.l3_proto", "ipx", "BFR2001"],
  ["meta.l4_proto", "udp", { kind: "int", value: 17 }],
  ["meta.l4_proto", "255", { kind: "int", value: 255 }],
  ["meta.l4_proto", "256", "BFR2012"],
  ["meta.l4_proto", "tcpp", "BFR2001"],
  ["meta.sport", "65535", { kind: "int", value: 65535 }],
  ["meta.sport", "65536", "BFR2012"],
  ["meta.sport", "0x50", "BFR2011"],
  ["meta.sport", "1-2", "BFR2014"],
  ["meta.dport", "0", { kind: "int", value: 0 }],
  ["meta.probability", "0%", { kind: "probability", percent: 0 }],
  ["meta.probability", "100%", { kind: "probability", percent: 100 }],
  ["meta.probability", "33.3%", { kind: "probability", percent: 33.3 }],
  ["meta.probability", "100.1%", "BFR2015"],
  ["meta.probability", "50", "BFR2015"],
  ["meta.probability", "-1%", "BFR2015"],
  ["meta.flow_probability", "99.9%", { kind: "probability", percent: 99.9 }],
  ["meta.mark", "010", { kind: "int", value: 8 }],
  ["meta.mark", "0x1F", { kind: "int", value: 31 }],
  ["meta.mark", "4294967295", { kind: "int", value: 4294967295 }],
  ["meta.mark", "4294967296", "BFR2012"],
  ["meta.mark", "08", "BFR2011"],
  ["meta.mark", "1f", "BFR2011"],
  ["meta.flow_hash", "ffffffff", { kind: "int", value: 0xffffffff }],
  ["meta.flow_hash", "4294967296", "BFR2012"],
  ["ip4.saddr", "192.168.1.255", { kind: "addr", bytes: "c0a801ff" }],
  ["ip4.saddr", "256.1.1.1", "BFR2013"],
  ["ip4.saddr", "1.2.3", "BFR2013"],
  ["ip4.saddr", "010.0.0.1", "BFR2013"],
  ["ip4.saddr", "1.2.3.4.5", "BFR2013"],
  ["ip4.saddr", "1.2.3.4/32", "BFR2013"],
  ["ip4.daddr", "0.0.0.0", { kind: "addr", bytes: "00000000" }],
  ["ip4.snet", "10.1.2.3/8", { kind: "prefix", bytes: "0a000000", len: 8 }],
  ["ip4.snet", "10.1.2.3/32", { kind: "prefix", bytes: "0a010203", len: 32 }],
  ["ip4.dnet", "1.2.3.4/0", { kind: "prefix", bytes: "00000000", len: 0 }],
  ["ip4.dnet", "1.2.3.4/33", "BFR2013"],
  ["ip4.dnet", "1.2.3.4", "BFR2013"],
  ["ip4.proto", "ICMP", { kind: "int", value: 1 }],
  ["ip4.dscp", "af41", { kind: "int", value: 34 }],
  ["ip4.dscp", "63", { kind: "int", value: 63 }],
  ["ip4.dscp", "3f", { kind: "int", value: 63 }],
  ["ip4.dscp", "64", "BFR2012"],
  ["ip4.dscp", "af44", "BFR2001"],
  ["ip6.saddr", "::", { kind: "addr", bytes: "0".repeat(32) }],
  ["ip6.saddr", "2001:DB8::1", { kind: "addr", bytes: "20010db8000000000000000000000001" }],
  ["ip6.saddr", "::ffff:192.0.2.1", { kind: "addr", bytes: "00000000000000000000ffffc0000201" }],
  ["ip6.saddr", "1:2:3:4:5:6:7:8", { kind: "addr", bytes: "00010002000300040005000600070008" }],
  ["ip6.saddr", "1::2::3", "BFR2013"],
  ["ip6.saddr", "12345::", "BFR2013"],
  ["ip6.saddr", "1:2:3:4:5:6:7:8:9", "BFR2013"],
  ["ip6.daddr", "10.0.0.1", "BFR2013"],
  ["ip6.snet", "2001:db8:ffff::1/33", { kind: "prefix", bytes: "20010db8800000000000000000000000", len: 33 }],
  ["ip6.dnet", "::/129", "BFR2013"],
  ["ip6.nexthdr", "route", { kind: "int", value: 43 }],
  ["ip6.nexthdr", "mh", { kind: "int", value: 135 }],
  ["ip6.dscp", "voice-admit", { kind: "int", value: 44 }],
  ["tcp.sport", "8080", { kind: "int", value: 8080 }],
  ["tcp.flags", "FIN,SYN,RST,PSH,ACK,URG,ECE,CWR", { kind: "flags", mask: 0xff }],
  ["tcp.flags", "syn,bogus", "BFR2028"],
  ["udp.dport", "53", { kind: "int", value: 53 }],
  ["icmp.type", "8", { kind: "int", value: 8 }],
  ["icmp.type", "echo-requests", "BFR2001"],
  ["icmp.code", "ff", { kind: "int", value: 255 }],
  ["icmp.code", "echo-request", "BFR2011"],
  ["icmpv6.type", "nd-neighbor-solicit", { kind: "int", value: 135 }],
  ["icmpv6.code", "0x0", { kind: "int", value: 0 }],
];

describe("payload forms", () => {
  for (const [f, payload, want] of PAYLOADS) {
    it(`${f} ${payload} → ${typeof want === "string" ? want : JSON.stringify(want)}`, () => {
      const hook = TABLE[f].hooks.includes("BF_HOOK_TC_INGRESS") ? "BF_HOOK_TC_INGRESS" : TABLE[f].hooks[0];
      const r = oneRule(hook, `rule ${f} ${payload} ACCEPT`);
      if (typeof want === "string") {
        expect(r.codes).toEqual([want]);
        return;
      }
      expect(r.codes).toEqual([]);
      const v = field(r.rule).value;
      const got = "bytes" in v ? { ...v, bytes: hex(v.bytes) } : v;
      expect(got).toEqual(want);
    });
  }
  it("ranges parse and must not be reversed", () => {
    const r = oneRule("BF_HOOK_XDP", "rule tcp.dport range 1000-2000 ACCEPT");
    expect(field(r.rule).value).toEqual({ kind: "range", lo: 1000, hi: 2000 });
    expect(oneRule("BF_HOOK_XDP", "rule tcp.dport range 2000-1000 ACCEPT").codes).toEqual(["BFR2014"]);
    expect(oneRule("BF_HOOK_XDP", "rule tcp.dport range 80 ACCEPT").codes).toEqual(["BFR2014"]);
    expect(oneRule("BF_HOOK_TC_INGRESS", "rule meta.flow_hash range 10-1f ACCEPT").rule?.matchers[0]).toMatchObject({ value: { lo: 10, hi: 31 } });
  });
  it("unknown matchers get a did-you-mean hint", () => {
    const r = oneRule("BF_HOOK_XDP", "rule ip4.sadr 1.1.1.1 ACCEPT");
    expect(r.codes).toEqual(["BFR2002"]);
  });
});
