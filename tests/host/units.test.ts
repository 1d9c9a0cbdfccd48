// Pure parts of the host loader, no kernel: set element text ↔ key bytes (table-driven and a
// round-trip property), the metadata map's byte format, which counters an update carries over,
// the lock holder lookup in /proc/locks, the bpffs layout names, and `show`'s text.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeElement, encodeElement, keySizeOf, parseIPv6 } from "../../loader/host/set-keys.js";
import { decodeMeta, encodeMeta, META_CHUNK, type HostMeta } from "../../loader/host/meta.js";
import { carriedSlots } from "../../loader/host/counters.js";
import { addCount, carriedTotals } from "../../loader/host/base.js";
import { lockHolder } from "../../loader/host/lock.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { layout, mapPin, parseEntry, workDir } from "../../loader/host/layout.js";
import { renderShow } from "../../loader/host/render.js";
import { setLayouts } from "../../loader/host/stage.js";
import type { ChainDetail } from "../../loader/host/inspect.js";
import type { ChainMeta } from "../../elf/metadata.js";
import { BfrError } from "../../elf/errors.js";

const hex = (b: Buffer): string => b.toString("hex");

describe("set elements", () => {
  const cases: [string[], boolean, string, string][] = [
    [["ip4.saddr"], false, "192.168.1.2", "c0a80102"],
    [["ip4.dnet"], true, "10.1.2.3/8", "080000000a000000"],
    [["ip4.snet"], true, "0.0.0.0/0", "0000000000000000"],
    [["ip6.saddr"], false, "2001:db8::1", "20010db8000000000000000000000001"],
    [["ip6.dnet"], true, "2001:db8:ffff::/33", "2100000020010db8800000000000000000000000"],
    [["tcp.dport"], false, "443", "01bb"],
    [["ip4.saddr", "tcp.dport", "ip4.proto"], false, "1.2.3.4,22,tcp", "010203040016" + "06"],
    [["icmp.type"], false, "echo-request", "08"],
    [["icmpv6.type"], false, "echo-request", "80"],
    [["ip6.nexthdr"], false, "0x3a", "3a"],
  ];
  it.each(cases)("%j lpm=%s: %s", (fields, lpm, text, bytes) => {
    const key = encodeElement({ fields, lpm }, text);
    expect(hex(key)).toBe(bytes);
    expect(key.length).toBe(keySizeOf({ fields, lpm }));
  });

  it.each([
    ["1.2.3", ["ip4.saddr"], false],
    ["1.2.3.256", ["ip4.saddr"], false],
    ["65536", ["tcp.dport"], false],
    ["0x10", ["tcp.dport"], false],
    ["10.0.0.0/33", ["ip4.snet"], true],
    ["1.2.3.4", ["ip4.saddr", "tcp.dport"], false],
    ["1::2::3", ["ip6.saddr"], false],
    ["echo-request", ["icmp.code"], false],
  ] as [string, string[], boolean][])("rejects %s for %j", (text, fields, lpm) => {
    expect(() => encodeElement({ fields, lpm }, text)).toThrow(BfrError);
  });

  it("decodes what it encodes (IPv6 in RFC 5952 form)", () => {
    fc.assert(fc.property(fc.ipV6(), fc.integer({ min: 0, max: 65535 }), (ip, port) => {
      const layout = { fields: ["ip6.saddr", "udp.sport"], lpm: false };
      const key = encodeElement(layout, `${ip},${port}`);
      const back = decodeElement(layout, key);
      expect(encodeElement(layout, back)).toEqual(key);
      expect(back).not.toMatch(/(^|:)0\d/);
    }));
    expect(decodeElement({ fields: ["ip6.saddr"], lpm: false }, encodeElement({ fields: ["ip6.saddr"], lpm: false }, "fe80:0:0:1::"))).toBe("fe80:0:0:1::");
    expect(parseIPv6("::ffff:10.0.0.1")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 10, 0, 0, 1]);
  });

  it("finds set key layouts in canonical text", () => {
    const canonical = "chain c BF_HOOK_XDP ACCEPT\n    set a (ip4.saddr, tcp.dport) in { 1.1.1.1,22 }\n    set n (ip6.snet) in {}\n    rule (ip4.saddr, tcp.dport) in a DROP\n";
    expect([...setLayouts(canonical)]).toEqual([
      ["a", { fields: ["ip4.saddr", "tcp.dport"], lpm: false }],
      ["n", { fields: ["ip6.snet"], lpm: true }],
    ]);
  });
});

const chainMeta = (rules: [string, number | null][], policy: ChainMeta["policy"] = "ACCEPT"): ChainMeta => ({
  name: "c", hook: "BF_HOOK_XDP", program: "c", options: null, policy, policySlot: rules.length,
  rules: rules.map(([text, counterSlot], index) => ({ index, line: index + 2, col: 5, text, counterSlot })),
  maps: [{ map: "c_cnt", role: { kind: "counters" } }], ifaceRefs: [], canonical: "",
});

describe("counters carried over by an update", () => {
  it("pairs unchanged rules by text, duplicates in order, and the policy when it is unchanged", () => {
    const from = chainMeta([["rule a counter DROP", 0], ["rule b DROP", null], ["rule a counter DROP", 1], ["rule c counter DROP", 2]]);
    const to = chainMeta([["rule c counter DROP", 0], ["rule a counter DROP", 1], ["rule new counter DROP", 2], ["rule a counter DROP", 3], ["rule a counter DROP", 4]]);
    expect(carriedSlots(from, to)).toEqual([[2, 0], [0, 1], [1, 3], [4, 5]]);
    expect(carriedSlots(from, { ...to, policy: "DROP" })).toEqual([[2, 0], [0, 1], [1, 3]]);
  });

  it("new base = old base + old live, per pair; unpaired new slots are not written", () => {
    const oldBase = (s: number) => ({ packets: [10, 0, 7][s], bytes: [1000, 0, 700][s] });
    const oldLive = (s: number) => ({ packets: [1, 2, 3][s], bytes: [64, 128, 192][s] });
    expect(carriedTotals([[2, 0], [0, 1]], oldBase, oldLive)).toEqual([
      [0, { packets: 10, bytes: 892 }],
      [1, { packets: 11, bytes: 1064 }],
    ]);
    // A chain loaded without a base map (base 0): the live counts alone carry over.
    const zero = () => ({ packets: 0, bytes: 0 });
    expect(carriedTotals([[1, 3]], zero, oldLive)).toEqual([[3, { packets: 2, bytes: 128 }]]);
    expect(carriedTotals([], oldBase, oldLive)).toEqual([]);
    // Totals beyond 2^32 stay exact (sums of Numbers below 2^53).
    expect(addCount({ packets: 2 ** 40, bytes: 2 ** 50 }, { packets: 1, bytes: 1 })).toEqual({ packets: 2 ** 40 + 1, bytes: 2 ** 50 + 1 });
  });
});

describe("metadata map format", () => {
  const meta: HostMeta = {
    format: 1, name: "c", hook: "BF_HOOK_XDP", chain: chainMeta([["rule a DROP", null]]), objectHash: "ab".repeat(32),
    objectFile: "c.o", source: "c.bfr", loadedAt: "2026-01-01T00:00:00.000Z", maps: [], attach: null,
  };
  it("is a header + JSON padded to whole chunks, and reads back", () => {
    const bytes = encodeMeta({ ...meta, chain: { ...meta.chain!, canonical: "x".repeat(5000) } });
    expect(bytes.length).toBe(2 * META_CHUNK);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x42, 0x46, 0x52, 0x4d, 1, 0, 0, 0]));
    expect(decodeMeta(bytes, "m").chain!.canonical).toHaveLength(5000);
  });
  it("refuses other formats with a clear error", () => {
    const bytes = encodeMeta(meta);
    bytes.writeUInt32LE(2, 4);
    expect(() => decodeMeta(bytes, "m")).toThrow("m: metadata format 2 is not supported (this bfr reads 1)");
    expect(() => decodeMeta(Buffer.alloc(16), "m")).toThrow("m: not a bfr metadata map");
  });
});

describe("layout and lock holder", () => {
  it("names work directories so they never collide with chains", () => {
    const l = layout("/x");
    expect(workDir(l, "stage", "edge")).toBe("/x/bfr/stage~edge");
    expect(parseEntry("stage~edge")).toEqual({ kind: "stage", chain: "edge" });
    expect(parseEntry("edge")).toEqual({ kind: "chain", chain: "edge" });
    expect(parseEntry("meta-new")).toBeNull();
    expect(mapPin("a.b")).toBe("map-a~b");
  });
  it("reads the holder from /proc/locks by device and inode", () => {
    const sys = {
      ...hostSys(),
      devIno: () => ({ dev: (0x27 & 0xff) | (0 << 8), ino: 1234 }),
      procLocks: () => "1: FLOCK  ADVISORY  READ 77 00:27:1234 0 EOF\n2: FLOCK  ADVISORY  WRITE 88 00:27:1234 0 EOF\n3: FLOCK  ADVISORY  WRITE 99 00:28:1234 0 EOF\n",
    };
    expect(lockHolder(sys, "/x")).toEqual({ pid: 88, write: true });
    expect(lockHolder({ ...sys, procLocks: () => "1: FLOCK  ADVISORY  READ 77 00:27:1234 0 EOF\n" }, "/x")).toEqual({ pid: 77, write: false });
    expect(lockHolder({ ...sys, procLocks: () => "" }, "/x")).toBeNull();
  });
});

describe("show text", () => {
  it("prints valid .bfr with counters as comments and live sets", () => {
    const chain = chainMeta([["rule (ip4.saddr) in blocked counter DROP", 0], ["rule ip4.proto tcp ACCEPT", null]], "DROP");
    chain.canonical = "chain c BF_HOOK_XDP{iface=eth1} DROP\n    set blocked (ip4.saddr) in { 1.1.1.1 }\n    rule (ip4.saddr) in blocked counter DROP\n    rule ip4.proto tcp ACCEPT\n";
    const detail: ChainDetail = {
      name: "c", hook: "BF_HOOK_XDP", attached: true, program_id: 7, link_id: 3, link_ids: [3], ifindex: 4, iface: "eth1", mode: "xdp-driver",
      priority: null, priorities: null, cgroup: null,
      object_hash: "ab".repeat(32), object_file: "c.o", source: "c.bfr", loaded_at: "2026-01-01T00:00:00.000Z", rules: 2,
      policy_verdict: "DROP", policy: { packets: 5, bytes: 300 },
      counters: [{ index: 0, text: chain.rules[0].text, packets: 2, bytes: 120 }, { index: 1, text: chain.rules[1].text, packets: null, bytes: null }],
      sets: [{ name: "blocked", map: "c_set0", elements: 2, capacity: 1024, values: ["1.1.1.1", "2.2.2.2"] }],
      meta: {
        format: 1, name: "c", hook: "BF_HOOK_XDP", chain, objectHash: "ab".repeat(32), objectFile: "c.o", source: "c.bfr",
        loadedAt: "2026-01-01T00:00:00.000Z", attach: { ifindex: 4, iface: "eth1", mode: "xdp-driver" },
        maps: [{ name: "c_set0", type: 1, keySize: 4, valueSize: 1, maxEntries: 1024, flags: 0, role: { kind: "set", set: "blocked" }, setKey: { fields: ["ip4.saddr"], lpm: false } }],
      },
    };
    expect(renderShow(detail)).toBe([
      "# chain c: BF_HOOK_XDP, attached: eth1/4 (xdp driver), program id 7, link id 3",
      `# object c.o sha256 ${"ab".repeat(32)} (source c.bfr), loaded 2026-01-01T00:00:00.000Z`,
      "chain c BF_HOOK_XDP{iface=eth1} DROP",
      "    # policy DROP: 5 packets, 300 bytes",
      "    # set blocked: 2 of 1024 elements (live)",
      "    set blocked (ip4.saddr) in { 1.1.1.1; 2.2.2.2 }",
      "    # 2 packets, 120 bytes",
      "    rule (ip4.saddr) in blocked counter DROP",
      "    rule ip4.proto tcp ACCEPT",
      "",
    ].join("\n"));
  });
});
