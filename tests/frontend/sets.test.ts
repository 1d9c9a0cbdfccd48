// Sets: key rules, packing layout (compiler/model.ts), LPM keys, dedupe, named-set resolution and
// key equality, separators and comments in bodies, empty-set warnings, anonymous-set ordering.

import { describe, expect, it } from "vitest";
import { check, errors, hex } from "./helpers.js";

const chain = (body: string, hook = "BF_HOOK_XDP") => `chain t ${hook} ACCEPT\n${body}\n`;

describe("set keys", () => {
  it("packs composite keys back to back in network order", () => {
    const r = check(chain("set s (ip4.saddr, tcp.dport, ip4.proto) in {\n 10.0.0.1, 443, tcp\n 10.0.0.2,80,17 }\nrule (ip4.saddr, tcp.dport, ip4.proto) in s DROP"));
    const s = r.ruleset!.chains[0].sets[0];
    expect(s.key).toEqual([
      { field: "ip4.saddr", offset: 0, width: 4 },
      { field: "tcp.dport", offset: 4, width: 2 },
      { field: "ip4.proto", offset: 6, width: 1 },
    ]);
    expect(s.keySize).toBe(7);
    expect(s.lpm).toBe(false);
    expect(s.count).toBe(2);
    expect(hex(s.data)).toBe("0a00000101bb06" + "0a000002005011");
  });
  it("widths: ip6 16, ports 2, icmp type/code 1", () => {
    const r = check(chain("rule (ip6.daddr, udp.sport, icmpv6.type, icmpv6.code) in { ::1, 53, echo-request, 0 } DROP"));
    const s = r.ruleset!.chains[0].sets[0];
    expect(s.keySize).toBe(16 + 2 + 1 + 1);
    expect(hex(s.data)).toBe("00000000000000000000000000000001" + "0035" + "80" + "00");
  });
  it("LPM keys are u32 little-endian prefix length + masked address", () => {
    const r = check(chain("set n (ip4.snet) in { 10.1.2.3/8; 192.168.1.0/24 }\nrule (ip4.snet) in n DROP"));
    const s = r.ruleset!.chains[0].sets[0];
    expect(s.lpm).toBe(true);
    expect(s.keySize).toBe(8);
    expect(s.key).toEqual([{ field: "ip4.snet", offset: 4, width: 4 }]);
    expect(hex(s.data)).toBe("080000000a000000" + "18000000c0a80100");
    const r6 = check(chain("rule (ip6.dnet) in { 2001:db8::1/32 } DROP"));
    expect(hex(r6.ruleset!.chains[0].sets[0].data)).toBe("20000000" + "20010db8000000000000000000000000");
  });
  it("allows 8 components, not 9", () => {
    const f = ["ip4.saddr", "ip4.daddr", "ip4.proto", "tcp.sport", "tcp.dport", "udp.sport", "udp.dport", "icmp.type"];
    const v = ["1.1.1.1", "2.2.2.2", "6", "1", "2", "3", "4", "8"];
    expect(errors(check(chain(`rule (${f.join(", ")}) in { ${v.join(",")} } DROP`)).diagnostics)).toEqual([]);
    expect(check(chain(`rule (${[...f, "icmp.code"].join(", ")}) in { ${[...v, "0"].join(",")} } DROP`)).codes).toContain("BFR2021");
  });
  const bad: [string, string][] = [
    ["(ip4.snet, tcp.dport)", "BFR2021"],
    ["(ip6.dnet, ip6.snet)", "BFR2021"],
    ["(meta.iface)", "BFR2021"],
    ["(meta.l4_proto)", "BFR2021"],
    ["(meta.dport)", "BFR2021"],
    ["(tcp.flags)", "BFR2021"],
    ["(ip4.dscp)", "BFR2021"],
    ["(ip6.dscp)", "BFR2021"],
    ["(ip4.sadr)", "BFR2002"],
  ];
  for (const [key, code] of bad) {
    it(`rejects key ${key} with ${code}`, () => {
      expect(check(chain(`rule ${key} in { 1 } DROP`)).codes[0]).toBe(code);
    });
  }
  it("a repeated component is accepted with a warning (bfcli accepts it) and packs every copy", () => {
    const r = check(chain("rule (ip4.saddr, tcp.dport, ip4.saddr) in { 1.2.3.4,80,1.2.3.4 } DROP"));
    expect(r.codes).toEqual(["BFR2504"]);
    const set = r.ruleset!.chains[0].sets[0];
    expect(set.keySize).toBe(10);
    expect(hex(set.data)).toBe("01020304005001020304");
  });
  it("key components must be available on the hook", () => {
    expect(check(chain("rule (ip6.saddr) in { ::1 } DROP", "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6")).codes).toEqual(["BFR2009"]);
  });
});

describe("set bodies", () => {
  it("newlines, ';', blank elements, comments and CRLF separate elements", () => {
    const body = "set s (ip4.saddr) in {\r\n  1.1.1.1 # first\r\n\r\n 2.2.2.2;3.3.3.3;; # } not the end\r\n  4.4.4.4 }\r\nrule (ip4.saddr) in s DROP";
    const r = check(chain(body));
    expect(r.diagnostics).toEqual([]);
    expect(r.ruleset!.chains[0].sets[0].count).toBe(4);
  });
  it("removes duplicates, keeping first-seen order", () => {
    const r = check(chain("rule (ip4.saddr, tcp.dport) in { 1.1.1.1,80; 2.2.2.2,80; 1.1.1.1,80; 1.1.1.1,81 } DROP"));
    const s = r.ruleset!.chains[0].sets[0];
    expect(s.count).toBe(3);
    expect(hex(s.data)).toBe("010101010050" + "020202020050" + "010101010051");
  });
  it("packs a 100k-element set exactly, with duplicates and leading-zero octets caught", () => {
    const els = Array.from({ length: 100_000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const r = check(chain(`set big (ip4.saddr) in {\n${els.join("\n")}\n10.0.0.7\n}\nrule (ip4.saddr) in big DROP`));
    const s = r.ruleset!.chains[0].sets[0];
    expect(s.count).toBe(100_000);
    expect(s.data.length).toBe(400_000);
    expect(hex(s.data.subarray(4 * 65_793, 4 * 65_794))).toBe("0a010101");
    expect(check(chain("rule (ip4.saddr) in { 10.0.0.01 } DROP")).codes).toEqual(["BFR2013"]);
  });
  it("LPM duplicates after masking are removed", () => {
    expect(check(chain("rule (ip4.dnet) in { 10.0.0.0/8; 10.1.0.0/8 } DROP")).ruleset!.chains[0].sets[0].count).toBe(1);
  });
  it("a comma in a one-component set is an error", () => {
    expect(check(chain("rule (ip4.saddr) in { 1.1.1.1, 2.2.2.2 } DROP")).codes).toEqual(["BFR2022"]);
  });
  it("wrong component count, bad values, ranges and spaces are errors", () => {
    expect(check(chain("rule (ip4.saddr, tcp.dport) in { 1.1.1.1 } DROP")).codes).toEqual(["BFR2022"]);
    expect(check(chain("rule (ip4.saddr) in { 1.1.1.300 } DROP")).codes).toEqual(["BFR2013"]);
    expect(check(chain("rule (tcp.dport) in { 1-2 } DROP")).codes).toEqual(["BFR2022"]);
    expect(check(chain("rule (ip4.saddr) in { 1.1.1.1 2.2.2.2 } DROP")).codes).toEqual(["BFR1005"]);
    expect(check(chain("rule (ip4.saddr, tcp.dport) in { 1.1.1.1,,80 } DROP")).codes).toEqual(["BFR1008"]);
  });
  it("reports at most 10 bad elements and then a count", () => {
    const els = Array.from({ length: 25 }, (_, i) => `1.1.1.${300 + i}`).join("\n");
    const r = check(chain(`rule (ip4.saddr) in {\n${els}\n} DROP`));
    expect(r.codes.length).toBe(11);
    expect(r.diagnostics[10].message).toBe("15 more invalid element(s) in this set");
  });
  it("an unterminated body is reported", () => {
    expect(check(chain("rule (ip4.saddr) in { 1.1.1.1 DROP")).codes).toContain("BFR1004");
  });
});

describe("named sets", () => {
  it("resolve by name; named sets come first, anonymous sets after in order of appearance", () => {
    const r = check(chain("set a (ip4.saddr) in { 1.1.1.1 }\nset b (tcp.dport) in { 22 }\nrule (udp.dport) in { 53 } DROP\nrule (tcp.dport) in b (ip4.saddr) not in a DROP\nrule (icmp.type) in { 8 } DROP"));
    const c = r.ruleset!.chains[0];
    expect(c.sets.map((s) => s.name ?? s.key[0].field)).toEqual(["a", "b", "udp.dport", "icmp.type"]);
    expect(c.rules[0].matchers[0]).toMatchObject({ kind: "set", set: 2, negate: false });
    expect(c.rules[1].matchers).toMatchObject([{ kind: "set", set: 1 }, { kind: "set", set: 0, negate: true }]);
    expect(c.rules[2].matchers[0]).toMatchObject({ set: 3 });
  });
  it("the reference must use exactly the declared key", () => {
    expect(check(chain("set a (ip4.saddr, tcp.dport) in { 1.1.1.1,1 }\nrule (tcp.dport, ip4.saddr) in a DROP")).codes).toEqual(["BFR2024"]);
    expect(check(chain("set a (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.daddr) in a DROP")).codes).toEqual(["BFR2024"]);
  });
  it("unknown, duplicate, reserved names and sets after rules are errors", () => {
    expect(check(chain("set a (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.saddr) in b DROP")).codes).toEqual(["BFR2023"]);
    expect(check(chain("set a (ip4.saddr) in { 1.1.1.1 }\nset a (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.saddr) in a DROP")).codes).toEqual(["BFR2025"]);
    expect(check(chain("set BF_HOOK_XDP (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.saddr) in BF_HOOK_XDP DROP")).codes).toEqual(["BFR2027"]);
    expect(check(chain("rule ip4.saddr 1.1.1.1 DROP\nset a (ip4.saddr) in { 1.1.1.1 }")).codes).toEqual(["BFR1007"]);
  });
  it("sets are chain-local", () => {
    const r = check("chain a BF_HOOK_XDP ACCEPT\nset s (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.saddr) in s DROP\nchain b BF_HOOK_XDP ACCEPT\nrule (ip4.saddr) in s DROP\n");
    expect(r.codes).toEqual(["BFR2023"]);
  });
  it("a rule on an empty set is a warning; the ruleset is still produced", () => {
    const r = check(chain("set e (ip4.saddr) in {\n # nothing yet\n}\nrule (ip4.saddr) in e DROP\nrule (tcp.dport) not in {} DROP"));
    expect(r.codes).toEqual(["BFR2503", "BFR2503"]);
    expect(r.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(r.ruleset!.chains[0].sets.map((s) => s.count)).toEqual([0, 0]);
  });
  it("'in' needs a parenthesized key", () => {
    expect(check(chain("rule ip4.saddr in { 1.1.1.1 } DROP")).codes).toEqual(["BFR1006"]);
  });
});
