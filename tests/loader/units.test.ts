// Kernel-free units of the loader: verifier-log reading, linking and relocation, verdicts, errno
// text, CPU lists, the pcap reader and the --cases parser/checker.
import { describe, expect, it } from "vitest";
import { HOOKS } from "../../elf/hooks.js";
import { checkCases, parseCases, parseHex } from "../../loader/cases.js";
import { readPcap, writePcap } from "../../loader/pcap.js";
import { link, patchImm, relocate, sourceOf } from "../../loader/relocate.js";
import { errnoText, parseCpuList } from "../../loader/sys.js";
import { verdictOf } from "../../loader/testchain.js";
import { summarizeLog } from "../../loader/verifier-log.js";
import { callLocal, exit, ldImm64, movImm, program } from "./asm.js";
import { line, spec, tcCount, withSets, xdpSubprog } from "./objects.js";
import { buildBtf } from "../../elf/btf.js";
import { btfFuncIds } from "../../loader/kfunc.js";

const realLog = "0: R1=ctx() R10=fp0\n; chain bad BF_HOOK_XDP ACCEPT @ rules.bfr:3\n0: (b7) r1 = 0                        ; R1=0\n; ip4.saddr 10.0.0.1 DROP @ rules.bfr:4\n1: (79) r0 = *(u64 *)(r1 +0)\nR1 invalid mem access 'scalar'\nprocessed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";

describe("verifier log", () => {
  it.each([
    ["a real rejection", realLog, 1, { text: "ip4.saddr 10.0.0.1 DROP", file: "rules.bfr", line: 4 }, "R1 invalid mem access 'scalar'"],
    ["no line info", "0: (b7) r1 = 0\n1: (95) exit\nR0 !read_ok\nprocessed 2 insns (limit 1000000)\n", 1, null, "R0 !read_ok"],
    ["register dumps are not the reason", "5: (85) call bpf_map_lookup_elem#1\nR1 type=scalar expected=map_ptr\n6: R0=1\nprocessed 6 insns\n", 5, null, "R1 type=scalar expected=map_ptr"],
    ["no instruction at all", "invalid func unknown#12345\nprocessed 0 insns\n", null, null, "invalid func unknown#12345"],
    ["jump complexity", "8193: (15) if r1 == 0x0 goto pc+1\nthe sequence of 8193 jumps is too complex.\nverification time 12 usec\nprocessed 8193 insns\n", 8193, null, "the sequence of 8193 jumps is too complex."],
  ])("%s", (_name, log, insn, source, reason) => {
    expect(summarizeLog(log)).toEqual({ insn, source, reason });
  });
});

describe("linking and relocation", () => {
  it("appends each called sub-program once and points the call at it", () => {
    const s = xdpSubprog();
    const p = link(s, s.functions[0]);
    expect(p.placed.map((x) => [x.fn.name, x.base])).toEqual([["xdp_main", 0], ["verdict", 2]]);
    expect(p.insns[1] >> 4).toBe(1);
    expect(p.insns.readInt32LE(4)).toBe(1); // insn 0 calls insn 0 + 1 + 1 = 2
    expect(sourceOf(p, 2)?.fn.name).toBe("verdict");
  });

  it("writes the map fd and BPF_PSEUDO_MAP_FD into the ld_imm64", () => {
    const s = tcCount();
    const p = link(s, s.functions[0]);
    expect(p.maps).toEqual(["counters"]);
    relocate(p, { mapFd: () => 77, kfunc: () => ({ btfId: 0, btfFdIndex: 0 }) });
    expect(p.insns[4 * 8]).toBe(0x18);
    expect(p.insns[4 * 8 + 1]).toBe(0x11);
    expect(p.insns.readInt32LE(4 * 8 + 4)).toBe(77);
    expect(p.insns.readInt32LE(5 * 8 + 4)).toBe(0);
  });

  it("refuses relocations on the wrong instruction, unknown callees and out-of-range patches", () => {
    const f = (relocations: never[]) => spec([{ name: "p", section: "xdp", global: true, insns: program(movImm(0, 1), exit()), relocations, lineInfo: [line(0, 1, "x")], ctxStruct: "xdp_md" }]);
    const bad1 = f([{ insn: 0, type: 1, target: { kind: "map", name: "m" } }] as never[]);
    expect(() => link(bad1, bad1.functions[0])).toThrow(/relocation at instruction 0 is not on an ld_imm64/);
    const bad2 = f([{ insn: 0, type: 10, target: { kind: "subprog", name: "nope" } }] as never[]);
    expect(() => link(bad2, bad2.functions[0])).toThrow(/calls "nope", which the object does not define/);
    const bad3 = f([{ insn: 9, type: 1, target: { kind: "map", name: "m" } }] as never[]);
    expect(() => link(bad3, bad3.functions[0])).toThrow(/outside the function/);
    const ok = f([]);
    expect(() => patchImm(link(ok, ok.functions[0]), [2], 1, 'interface "x"')).toThrow(/instruction 2 is outside/);
    expect(program(callLocal(), ldImm64(1)).length).toBe(24);
  });
});

describe("kernel BTF reading", () => {
  it("finds every FUNC id of a BTF blob, past structs, arrays and DATASECs", () => {
    const s = withSets(4).spec;
    s.functions.push(...xdpSubprog().functions);
    const btf = buildBtf(s);
    const ids = btfFuncIds(btf.bytes);
    expect([...ids.keys()].sort()).toEqual(["verdict", "xdp_main", "xdp_sets"]);
    for (const [name, id] of ids) expect(id).toBe(btf.funcTypeId(name));
  });
});

describe("verdicts, errno text, CPU lists", () => {
  it.each([
    ["BF_HOOK_XDP", 2, "ACCEPT"], ["BF_HOOK_XDP", 1, "DROP"], ["BF_HOOK_XDP", 4, "REDIRECT"], ["BF_HOOK_XDP", 0, "UNKNOWN"],
    ["BF_HOOK_TC_INGRESS", 0, "ACCEPT"], ["BF_HOOK_TC_INGRESS", 2, "DROP"], ["BF_HOOK_TC_EGRESS", -1, "NEXT"],
    ["BF_HOOK_TC_INGRESS", 7, "REDIRECT"], ["BF_HOOK_TC_INGRESS", 3, "UNKNOWN"],
    ["BF_HOOK_NF_LOCAL_IN", 1, "ACCEPT"], ["BF_HOOK_NF_LOCAL_IN", 0, "DROP"],
    ["BF_HOOK_CGROUP_SKB_EGRESS", 3, "ACCEPT"], ["BF_HOOK_CGROUP_SKB_EGRESS", 2, "DROP"],
  ] as const)("%s retval %d is %s", (hook, retval, verdict) => {
    expect(verdictOf(HOOKS[hook], retval)).toBe(verdict);
  });

  it("names errnos like the C library", () => {
    expect(errnoText(1)).toBe("EPERM (operation not permitted)");
    expect(errnoText(-13)).toBe("EACCES (permission denied)");
    expect(errnoText(524)).toBe("ENOTSUPP (operation not supported)");
  });

  it("counts CPUs in /sys/devices/system/cpu/possible lists", () => {
    expect(parseCpuList("0-3\n")).toBe(4);
    expect(parseCpuList("0,2-3,7")).toBe(4);
    expect(parseCpuList("0")).toBe(1);
  });
});

describe("pcap reader", () => {
  const a = new Uint8Array(Buffer.alloc(60, 0xaa));
  const b = new Uint8Array(Buffer.alloc(14, 0xbb));

  function bigEndian(le: Uint8Array): Uint8Array {
    const out = Buffer.from(le);
    const swap = (off: number, n: number): void => void out.subarray(off, off + n).reverse();
    swap(0, 4); swap(4, 2); swap(6, 2); for (const o of [8, 12, 16, 20]) swap(o, 4);
    let off = 24;
    while (off < out.length) {
      for (const o of [0, 4, 8, 12]) swap(off + o, 4);
      off += 16 + out.readUInt32BE(off + 8);
    }
    return new Uint8Array(out);
  }

  it("reads both byte orders and nanosecond magic", () => {
    const le = writePcap([a, b]);
    for (const bytes of [le, bigEndian(le)]) {
      const ps = readPcap(bytes, "x.pcap");
      expect(ps.map((p) => [p.number, p.data.length, p.origLen])).toEqual([[1, 60, 60], [2, 14, 14]]);
      expect(Buffer.from(ps[0].data)).toEqual(Buffer.from(a));
    }
    const ns = Buffer.from(le);
    ns.writeUInt32LE(0xa1b23c4d, 0);
    expect(readPcap(ns, "x.pcap")).toHaveLength(2);
    expect(readPcap(writePcap([]), "x.pcap")).toEqual([]);
  });

  it("rejects other link types, pcapng, truncation and garbage clearly", () => {
    const cooked = Buffer.from(writePcap([a]));
    cooked.writeUInt32LE(113, 20);
    expect(() => readPcap(cooked, "x.pcap")).toThrow(/x\.pcap: link type 113 is not Ethernet/);
    const ng = Buffer.alloc(28);
    ng.writeUInt32LE(0x0a0d0d0a, 0);
    expect(() => readPcap(ng, "x.pcapng")).toThrow(/pcapng/);
    const cut = writePcap([a]).subarray(0, 24 + 16 + 10);
    expect(() => readPcap(cut, "x.pcap")).toThrow(/packet 1: 60 bytes announced, 10 left/);
    expect(() => readPcap(Buffer.from("hello world, this is not a capture"), "t.txt")).toThrow(/not a pcap file \(magic/);
    expect(() => readPcap(Buffer.alloc(3), "t")).toThrow(/not a pcap file/);
  });
});

describe("--cases files", () => {
  const good = JSON.stringify({
    chain: "edge",
    cases: [{ name: "icmp", packet: "00 11 22 33 44 55 66:77:88:99:aa:bb 0800", verdict: "DROP", mark: 5, mark_after: 6 }, { packet: "0x" + "00".repeat(14), verdict: "ACCEPT" }],
    counters: { rules: [{ index: 0, packets: 1 }], policy: { packets: 1, bytes: 14 } },
  });

  it("parses packets, marks, verdicts and counters", () => {
    const f = parseCases(good, "c.json");
    expect(f.chain).toBe("edge");
    expect(f.cases.map((c) => [c.name, c.packet.length, c.verdict, c.mark, c.markAfter])).toEqual([["icmp", 14, "DROP", 5, 6], ["case 2", 14, "ACCEPT", undefined, undefined]]);
    expect(f.counters).toEqual({ rules: [{ index: 0, packets: 1 }], policy: { packets: 1, bytes: 14 } });
  });

  it.each([
    ["{", /c\.json: not valid JSON/],
    ['{"cases": []}', /\$\.cases: expected a non-empty array/],
    ['{"cases": [{"packet": "abc", "verdict": "DROP"}]}', /\$\.cases\[0\]\.packet: not hex bytes/],
    ['{"cases": [{"packet": "00", "verdict": "drop"}]}', /\$\.cases\[0\]\.verdict: expected one of ACCEPT, DROP, NEXT, REDIRECT/],
    ['{"cases": [{"packet": "00", "verdict": "DROP", "mark": -1}]}', /\$\.cases\[0\]\.mark: expected a non-negative integer/],
    ['{"cases": [{"packet": "00", "verdict": "DROP", "verdit": 1}]}', /\$\.cases\[0\]\.verdit: unknown key/],
    ['{"cases": [{"packet": "00", "verdict": "DROP"}], "counters": {"rules": [{"packets": 1}]}}', /\$\.counters\.rules\[0\]: missing "index"/],
  ])("rejects %s", (text, msg) => {
    expect(() => parseCases(text, "c.json")).toThrow(msg);
  });

  it("lists every mismatch", () => {
    const f = parseCases(good, "c.json");
    const results = [
      { verdict: "ACCEPT" as const, retval: 0, ns: 1, mark: 5 },
      { verdict: "ACCEPT" as const, retval: 0, ns: 1, mark: 0 },
    ];
    expect(checkCases(f, results, { rules: [{ index: 0, packets: 2, bytes: 28 }], policy: { packets: 1, bytes: 14 } })).toEqual([
      "icmp: verdict ACCEPT (retval 0), expected DROP",
      "icmp: mark after the run 5, expected 6",
      "rule 0: 2 packets, expected 1",
    ]);
    expect(checkCases(f, [{ ...results[0], verdict: "DROP", mark: 6 }, results[1]], { rules: [{ index: 0, packets: 1, bytes: 14 }], policy: { packets: 1, bytes: 14 } })).toEqual([]);
    expect(checkCases(f, results, null)).toContain("counters expected, but the chain has no counters");
  });

  it("parses hex leniently but not wrongly", () => {
    expect(parseHex("0xAb:cd")).toEqual(new Uint8Array([0xab, 0xcd]));
    expect(parseHex("abc")).toBeNull();
    expect(parseHex("zz")).toBeNull();
  });
});
