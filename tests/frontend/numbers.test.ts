// Number bases (LANGUAGE.md §1): most payloads decimal with hexadecimal fallback, ports and
// interface indexes decimal only, marks C base-0; durations and percentages.

import { describe, expect, it } from "vitest";
import { field, oneRule } from "./helpers.js";

const value = (hook: string, rule: string) => {
  const r = oneRule(hook, rule);
  return r.codes.length ? r.codes[0] : field(r.rule).value;
};

describe("decimal with hexadecimal fallback", () => {
  const cases: [string, unknown][] = [
    ["10", 10], ["010", 10], ["1f", 31], ["0x1f", 31], ["0X1F", 31], ["ff", 255], ["0xff", 255], ["255", 255],
    ["256", "BFR2012"], ["0x100", "BFR2012"], ["1g", "BFR2011"], ["-1", "BFR2011"], ["1.5", "BFR2011"],
  ];
  for (const [text, want] of cases) {
    it(`icmp.code ${text} → ${want}`, () => {
      const v = value("BF_HOOK_XDP", `rule icmp.code ${text} ACCEPT`);
      expect(typeof v === "string" ? v : (v as { value: number }).value).toBe(want);
    });
  }
});

describe("ports: decimal only", () => {
  const cases: [string, unknown][] = [["80", 80], ["080", 80], ["0", 0], ["65535", 65535], ["1f", "BFR2011"], ["0x50", "BFR2011"], ["65536", "BFR2012"]];
  for (const m of ["tcp.dport", "tcp.sport", "udp.dport", "udp.sport", "meta.dport", "meta.sport"]) {
    for (const [text, want] of cases) {
      it(`${m} ${text} → ${want}`, () => {
        const v = value("BF_HOOK_XDP", `rule ${m} ${text} ACCEPT`);
        expect(typeof v === "string" ? v : (v as { value: number }).value).toBe(want);
      });
    }
  }
});

describe("interface indexes: decimal only", () => {
  it("decimal is an index, anything else a name", () => {
    expect(value("BF_HOOK_XDP", "rule meta.iface 12 ACCEPT")).toEqual({ kind: "iface", iface: { kind: "index", index: 12 } });
    expect(value("BF_HOOK_XDP", "rule meta.iface 0xc ACCEPT")).toEqual({ kind: "iface", iface: { kind: "name", name: "0xc" } });
    expect(value("BF_HOOK_XDP", "rule meta.iface c ACCEPT")).toEqual({ kind: "iface", iface: { kind: "name", name: "c" } });
  });
});

describe("marks: C base-0", () => {
  const cases: [string, unknown][] = [
    ["0", 0], ["10", 10], ["010", 8], ["0x10", 16], ["0XfF", 255], ["4294967295", 0xffffffff], ["037777777777", 0xffffffff],
    ["08", "BFR2011"], ["1f", "BFR2011"], ["0x", "BFR2011"], ["4294967296", "BFR2012"],
  ];
  for (const [text, want] of cases) {
    it(`meta.mark ${text} and option mark ${text} → ${want}`, () => {
      const v = value("BF_HOOK_TC_INGRESS", `rule meta.mark ${text} ACCEPT`);
      expect(typeof v === "string" ? v : (v as { value: number }).value).toBe(want);
      const r = oneRule("BF_HOOK_TC_INGRESS", `rule ip4.saddr 1.1.1.1 mark ${text} ACCEPT`);
      expect(r.codes.length ? r.codes[0] : r.rule?.mark).toBe(want);
    });
  }
});

describe("durations", () => {
  const cases: [string, unknown][] = [
    ["1ns", 1n], ["1us", 1000n], ["1ms", 1_000_000n], ["1s", 1_000_000_000n], ["1.5s", 1_500_000_000n],
    ["0.001ms", 1000n], ["2.5us", 2500n], ["0s", "BFR2016"], ["0.5ns", "BFR2016"], ["1m", "BFR2016"], ["s", "BFR2016"], ["1.s", "BFR2016"],
  ];
  for (const [text, want] of cases) {
    it(`every ${text} → ${want}`, () => {
      const r = oneRule("BF_HOOK_XDP", `rule ip4.saddr 1.1.1.1 log every ${text} ACCEPT`);
      expect(r.codes.length ? r.codes[0] : r.rule?.log?.everyNs).toBe(want);
    });
  }
});
