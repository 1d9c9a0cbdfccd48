// Hand-encoded programs through the real kernel: load, relocation, sub-programs, interface
// patches, test runs, counters, verifier rejections mapped to `.bfr` lines.
import { afterEach, describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { BfrError } from "../../elf/errors.js";
import { mapLookup } from "../../loader/bpf.js";
import { loadObject } from "../../loader/load.js";
import { VerifierError } from "../../loader/program.js";
import { realSys } from "../../loader/sys.js";
import { openInputForTest, type TestChain } from "../../loader/testchain.js";
import { kernelOk, skipReason } from "./kernel.js";
import { cgroupSkbMark, edgeMeta, nfState, tcCount, withSets, tcIngressIfindex, xdpDrop, xdpGlobalSub, xdpLongRejected, xdpIface, xdpKfunc, xdpRejected, xdpSubprog } from "./objects.js";
import { procFds } from "./fault-sys.js";

const frame = Buffer.alloc(60);
frame.writeUInt16BE(0x0800, 12);

const open: TestChain[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
function keep(c: TestChain): TestChain {
  open.push(c);
  return c;
}

describe.skipIf(!kernelOk)(`loader through the kernel${skipReason ? ` (${skipReason})` : ""}`, () => {
  it("runs XDP `r0 = 1; exit` as DROP, with and without BTF", () => {
    for (const btf of [null, buildBtf(xdpDrop())]) {
      const c = keep(openInputForTest({ spec: xdpDrop(), metadata: null, btf }));
      const r = c.run(frame, { repeat: 10 });
      expect(r).toMatchObject({ verdict: "DROP", retval: 1, mark: null });
      expect(r.ns).toBeGreaterThanOrEqual(0);
      expect(c.counters()).toBeNull();
    }
  });

  it("relocates a map reference, counts packets and bytes per rule, and round-trips the mark", () => {
    const s = tcCount();
    const c = keep(openInputForTest({ spec: s, metadata: edgeMeta(), btf: buildBtf(s) }));
    expect(c.name).toBe("edge");
    const r = c.run(frame, { mark: 41 });
    expect(r).toEqual({ verdict: "DROP", retval: 2, ns: r.ns, mark: 42 });
    expect(c.run(frame).mark).toBe(1);
    c.run(frame, { repeat: 3 });
    expect(c.counters()).toEqual({
      rules: [{ index: 0, packets: 5, bytes: 5 * frame.length }],
      policy: { packets: 0, bytes: 0 },
    });
  });

  it("explains the kernel's refusal of TC frames with an incomplete IP header", () => {
    const s = tcCount();
    const c = keep(openInputForTest({ spec: s, metadata: edgeMeta(), btf: null }));
    const short = Buffer.alloc(20);
    short.writeUInt16BE(0x0800, 12);
    expect(() => c.run(short)).toThrow(/cannot test-run an IPv4 frame of 20 bytes on BF_HOOK_TC_INGRESS \(it needs the whole IPv4 header: 34 bytes\)/);
    const vlan = Buffer.alloc(20);
    vlan.writeUInt16BE(0x8100, 12);
    vlan.writeUInt16BE(0x0800, 16);
    expect(c.run(vlan).verdict).toBe("DROP");
  });

  it("resolves kfunc calls by name in the kernel's BTF", () => {
    for (const btf of [null, buildBtf(xdpKfunc())]) {
      const c = keep(openInputForTest({ spec: xdpKfunc(), metadata: null, btf }));
      expect(c.run(frame).verdict).toBe("DROP");
    }
    expect(() => openInputForTest({ spec: xdpKfunc("bfr_no_such_kfunc"), metadata: null, btf: null }))
      .toThrow('chain "xdp_kfunc": kernel function "bfr_no_such_kfunc" does not exist in this kernel');
  });

  it("runs TC ingress packets as arriving on the loopback device", () => {
    const c = keep(openInputForTest({ spec: tcIngressIfindex(), metadata: null, btf: null }));
    expect(c.run(frame).retval).toBe(realSys().ifNameToIndex("lo"));
  });

  it("loads functions without line info (foreign objects) with func_info only", () => {
    const s = xdpSubprog();
    s.functions[1].lineInfo = [];
    const c = keep(openInputForTest({ spec: s, metadata: null, btf: buildBtf(s) }));
    expect(c.run(frame).verdict).toBe("DROP");
  });

  it("loads global functions (verified separately) with their BTF", () => {
    const s = xdpGlobalSub();
    const c = keep(openInputForTest({ spec: s, metadata: null, btf: buildBtf(s) }));
    expect(c.run(frame).verdict).toBe("DROP");
  });

  it("grows the verifier log past 1 MiB to reach the reason", () => {
    const s = xdpLongRejected(60_000);
    let err: unknown;
    try {
      openInputForTest({ spec: s, metadata: null, btf: buildBtf(s) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VerifierError);
    const v = err as VerifierError;
    expect(v.log.length).toBeGreaterThan(1 << 20);
    expect(v.message).toMatch(/at rules\.bfr:9 \(rule that fails\): R1 invalid mem access/);
  });

  it("loads several chains of one object, each with its own program", () => {
    const tc = tcCount();
    const both = { ...tc, functions: [...tc.functions, ...xdpDrop().functions] };
    const obj = loadObject({ spec: both, metadata: null, btf: buildBtf(both) });
    try {
      expect(obj.chains.map((c) => [c.name, c.hook.name, c.maps.size])).toEqual([
        ["tc_count_program", "BF_HOOK_TC_INGRESS", 1], ["xdp_drop", "BF_HOOK_XDP", 0],
      ]);
      expect(new Set(obj.chains.map((c) => c.progFd)).size).toBe(2);
    } finally {
      obj.close();
      obj.close();
    }
  });

  it("test-runs cgroup_skb chains with a mark", () => {
    for (const hook of ["BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS"] as const) {
      const c = keep(openInputForTest({ ...cgroupSkbMark(hook), btf: null }));
      expect(c.run(frame, { mark: 7 })).toMatchObject({ verdict: "ACCEPT", retval: 1, mark: 8 });
    }
  });

  it("test-runs netfilter chains with the hook and the family of the packet in the context", () => {
    const v6 = Buffer.alloc(80);
    v6.writeUInt16BE(0x86dd, 12);
    v6[14] = 0x60;
    const v4 = Buffer.from(frame);
    v4[14] = 0x45;
    const hooks = ["BF_HOOK_NF_PRE_ROUTING", "BF_HOOK_NF_LOCAL_IN", "BF_HOOK_NF_FORWARD", "BF_HOOK_NF_LOCAL_OUT", "BF_HOOK_NF_POST_ROUTING"] as const;
    hooks.forEach((hook, n) => {
      const c4 = keep(openInputForTest({ ...nfState(hook, n, 2), btf: null }));
      expect([c4.run(v4).verdict, c4.run(v6).verdict], hook).toEqual(["ACCEPT", "DROP"]);
      const c6 = keep(openInputForTest({ ...nfState(hook, n, 10), btf: null }));
      expect([c6.run(v4).verdict, c6.run(v6).verdict], hook).toEqual(["DROP", "ACCEPT"]);
      expect(c6.run(v6).mark).toBeNull();
    });
    const c = keep(openInputForTest({ ...nfState("BF_HOOK_NF_LOCAL_IN", 1, 2), btf: null }));
    const arp = Buffer.alloc(60);
    arp.writeUInt16BE(0x0806, 12);
    expect(() => c.run(arp)).toThrow(/netfilter hooks see only IPv4 and IPv6 packets \(this frame's EtherType is 0x0806\)/);
    expect(() => c.run(v4, { mark: 1 })).toThrow(/has no packet mark/);
  });

  it("appends called sub-programs and fixes the call offset", () => {
    const s = xdpSubprog();
    const c = keep(openInputForTest({ spec: s, metadata: null, btf: buildBtf(s) }));
    expect(c.run(frame).verdict).toBe("DROP");
  });

  it("patches interface references with the host's ifindex and names a missing interface", () => {
    const { spec, metadata } = xdpIface("lo");
    const c = keep(openInputForTest({ spec, metadata, btf: null }));
    expect(c.run(frame).retval).toBe(realSys().ifNameToIndex("lo"));
    const missing = xdpIface("bfrnosuch0");
    expect(() => openInputForTest({ ...missing, btf: null })).toThrow(/chain "ifc": interface "bfrnosuch0" does not exist/);
  });

  it("reports a verifier rejection with the chain, the .bfr line and the reason (line_info in the log)", () => {
    const s = xdpRejected();
    const before = procFds();
    let err: unknown;
    try {
      openInputForTest({ spec: s, metadata: null, btf: buildBtf(s) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VerifierError);
    const v = err as VerifierError;
    expect(v.code).toBe("BFR5002");
    expect(v.message).toMatch(/^chain "xdp_bad": the verifier rejected the program at rules\.bfr:4 \(ip4\.saddr 10\.0\.0\.1 DROP\): .*invalid mem access/);
    expect(v.log).toContain("; ip4.saddr 10.0.0.1 DROP @ rules.bfr:4");
    expect(v.insn).toBe(1);
    expect(procFds()).toEqual(before);
  });

  it("maps the failing instruction to its line without BTF too", () => {
    expect(() => openInputForTest({ spec: xdpRejected(), metadata: null, btf: null }))
      .toThrow(/at rules\.bfr:4 \(ip4\.saddr 10\.0\.0\.1 DROP\): .*invalid mem access/);
  });

  it("creates maps fresh and fills a 1M-element hash set and an LPM trie", () => {
    const { spec, metadata } = withSets(1_000_000);
    const t0 = performance.now();
    const obj = loadObject({ spec, metadata, btf: buildBtf(spec) });
    const ms = performance.now() - t0;
    try {
      expect(ms).toBeLessThan(5000);
      const sys = realSys();
      const big = obj.maps.get("set_big")!.fd;
      const v = Buffer.alloc(1);
      for (const k of [0, 1, 500_000, 999_999]) {
        const key = Buffer.alloc(4);
        key.writeUInt32LE(k);
        expect(mapLookup(sys, big, key, v)).toBe(0);
        expect(v[0]).toBe(1);
      }
      const absent = Buffer.alloc(4);
      absent.writeUInt32LE(1_000_000);
      expect(mapLookup(sys, big, absent, v)).toBe(-2);
      const lpm = obj.maps.get("set_prefixes")!.fd;
      expect(mapLookup(sys, lpm, Buffer.from([32, 0, 0, 0, 10, 1, 2, 77]), v)).toBe(0);
      expect(mapLookup(sys, lpm, Buffer.from([32, 0, 0, 0, 10, 1, 3, 77]), v)).toBe(-2);
    } finally {
      obj.close();
    }
    console.log(`1M-element set loaded in ${ms.toFixed(0)} ms`);
  });

  it("creates and fills the maps the metadata gives a chain even when its code does not use them", () => {
    const s = tcCount();
    s.maps.push({ name: "set_idle", type: 1, keySize: 4, valueSize: 1, maxEntries: 8, flags: 0 });
    const meta = edgeMeta();
    meta.chains[0].maps.push({ map: "set_idle", role: { kind: "set", set: "idle" } });
    meta.sets.push({ map: "set_idle", keySize: 4, count: 1, keys: Buffer.from([9, 0, 0, 0]), value: Buffer.from([1]) });
    const obj = loadObject({ spec: s, metadata: meta, btf: buildBtf(s) });
    try {
      const fd = obj.chains[0].maps.get("set_idle")!;
      expect(mapLookup(realSys(), fd, Buffer.from([9, 0, 0, 0]), Buffer.alloc(1))).toBe(0);
    } finally {
      obj.close();
    }
    meta.chains[0].maps.push({ map: "nowhere", role: { kind: "log" } });
    expect(() => loadObject({ spec: s, metadata: meta, btf: null })).toThrow('chain "edge": the chain uses map "nowhere", which the object does not define');
  });

  it("refuses a set larger than its map and an unknown chain, closing what it created", () => {
    const { spec, metadata } = withSets(100);
    metadata.sets[0] = { ...metadata.sets[0], count: 101, keys: Buffer.alloc(404) };
    const before = procFds();
    expect(() => loadObject({ spec, metadata, btf: null })).toThrow(/map "set_big": 101 initial elements exceed max_entries 100/);
    expect(() => loadObject({ spec, metadata, btf: null }, { chains: ["nope"] })).toThrow(BfrError);
    expect(procFds()).toEqual(before);
  });
});
