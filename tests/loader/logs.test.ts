// Logging: the v1 record format (encode ↔ decode, refusals), entries and text lines (addresses,
// ports, protocol names, wall-clock time), and `bfr logs` end to end: a private bpffs mount with a
// chain directory (metadata map + pinned ring buffer), an XDP program writing records of the
// packets it test-runs, and the CLI streaming them as JSON until SIGINT.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BfrError } from "../../elf/errors.js";
import { decodeLogRecord, encodeLogRecord, LOG_PACKET, type LogRecord } from "../../elf/logrecord.js";
import { MAP_TYPE, type FunctionSpec, type ObjectSpec } from "../../elf/spec.js";
import { objPin, progTestRun } from "../../loader/bpf.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { createMetaMap, META_FORMAT, type HostMeta } from "../../loader/host/meta.js";
import { loadObject } from "../../loader/load.js";
import { nativeAddon } from "../../loader/native.js";
import { bootClock, formatEntry, ipText, isoMicros, toEntry } from "../../loader/logs.js";
import { realSys } from "../../loader/sys.js";
import { addImm, call, exit, ldImm64, movImm, movReg, program, st, stx } from "./asm.js";
import { kernelOk, skipReason } from "./kernel.js";

const bytes = (hex: string): Uint8Array => new Uint8Array(Buffer.from(hex.replace(/ /g, ""), "hex"));
const eth = bytes("020000000002 020000000001 0800");
const ip4 = bytes("4500 0054 1234 4000 4001 0000 0a000001 0a000002");
const icmp = bytes("0800 f7ff 0001 0001");

const packetRecord: LogRecord = {
  kind: "packet", bootNs: 123_456_789_012n, rule: 3, hook: "BF_HOOK_NF_LOCAL_IN", verdict: "DROP", flags: 0,
  headers: { link: true, internet: true, transport: true }, packetLength: 98, l4proto: 1,
  link: eth, internet: ip4, transport: icmp,
};
const socketRecord: LogRecord = {
  kind: "socket", bootNs: 5n, rule: 0, hook: "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6", verdict: "ACCEPT", flags: 0,
  pid: 4242, comm: "curl", family: 10, l4proto: 6, port: 443,
  daddr: bytes("20010db8000000000000000000000001"), saddr: new Uint8Array(16),
};

describe("log records and entries", () => {
  it("encodes and decodes both kinds exactly, at the documented offsets", () => {
    const p = encodeLogRecord(packetRecord);
    expect(p.length).toBe(LOG_PACKET.size);
    expect(decodeLogRecord(p)).toEqual(packetRecord);
    expect(Buffer.from(p).readBigUInt64LE(0)).toBe(123_456_789_012n);
    expect([p[12], p[13], p[14], p[15], p[16], p[24], p[25], p[26], p[27]]).toEqual([1, 1, 4, 7, 1, 14, 20, 8, 1]);
    expect(Buffer.from(p.subarray(48, 68))).toEqual(Buffer.from(ip4));
    const s = encodeLogRecord(socketRecord);
    expect(s.length).toBe(80);
    expect(decodeLogRecord(s)).toEqual(socketRecord);
    // A longer record (a later minor layout) still decodes.
    expect(decodeLogRecord(new Uint8Array([...s, 1, 2, 3]))).toEqual(socketRecord);
  });

  it("refuses records it cannot read with BFR5120", () => {
    const p = encodeLogRecord(packetRecord);
    const code = (b: Uint8Array): string => {
      try {
        decodeLogRecord(b);
        return "none";
      } catch (e) {
        return e instanceof BfrError ? `${e.code} ${e.message}` : String(e);
      }
    };
    expect(code(p.subarray(0, 20))).toMatch(/^BFR5120 .*shorter than the 24-byte header/);
    expect(code(Object.assign(p.slice(), { 12: 2 }))).toMatch(/version 2 is not supported/);
    expect(code(Object.assign(p.slice(), { 13: 9 }))).toMatch(/unknown kind 9/);
    expect(code(Object.assign(p.slice(), { 25: 61 }))).toMatch(/header length 61 exceeds its slot \(60\)/);
    expect(code(p.subarray(0, 100))).toMatch(/packet record of 100 bytes/);
  });

  it("turns records into entries and lines: addresses, ports, protocols, wall-clock time", () => {
    const wall = (ns: bigint): bigint => ns + 1_700_000_000_000_000_000n;
    const e = toEntry(packetRecord, "edge", wall, (i) => (i === 3 ? "ip4.proto icmp log link,internet,transport DROP" : null));
    expect(e).toMatchObject({
      time: "2023-11-14T22:15:23.456789Z", chain: "edge", rule: 3, verdict: "DROP", length: 98,
      link: { src: "02:00:00:00:00:01", dst: "02:00:00:00:00:02", ethertype: 0x800 },
      internet: { version: 4, src: "10.0.0.1", dst: "10.0.0.2", proto: 1, ttl: 64 },
      transport: { proto: "icmp", type: 8, code: 0 },
    });
    expect(formatEntry(e)).toBe("2023-11-14T22:15:23.456789Z edge rule 3 DROP len 98 | 02:00:00:00:00:01 > 02:00:00:00:00:02 ethertype 0x0800 | IPv4 10.0.0.1 > 10.0.0.2 ttl 64 icmp | icmp type 8 code 0  # ip4.proto icmp log link,internet,transport DROP");
    const tcp6: LogRecord = {
      ...packetRecord, l4proto: 0, link: new Uint8Array(0), headers: { link: false, internet: true, transport: true },
      internet: bytes("6000000000140640 fe800000000000000000000000000001 20010db8000100000000000000000000"),
      transport: bytes("c350 0050 00000001 00000000 5012 0000"),
    };
    expect(formatEntry(toEntry(tcp6, "c", wall, () => null))).toBe(
      "2023-11-14T22:15:23.456789Z c rule 3 DROP len 98 | IPv6 fe80::1 > 2001:db8:1:: ttl 64 tcp | tcp 50000 > 80 [SYN,ACK]");
    expect(formatEntry(toEntry(socketRecord, "out", wall, () => null))).toBe(
      "2023-11-14T22:13:20.000000Z out rule 0 ACCEPT pid 4242 (curl) tcp ipv6 2001:db8::1 port 443");
    expect([ipText(bytes("00000000000000000000000000000000")), ipText(bytes("20010db8000000010000000000000001"))]).toEqual(["::", "2001:db8:0:1::1"]);
    expect(isoMicros(1_000_000_001_999n)).toBe("1970-01-01T00:16:40.000001Z");
  });

  it("converts boot time to wall clock from one measurement of both clocks", () => {
    const clocks: Record<number, bigint> = { 7: 1_000n, 0: 1_700_000_000_000_001_000n };
    expect(bootClock((c) => clocks[c])(500n)).toBe(1_700_000_000_000_000_500n);
    // The real clocks: CLOCK_BOOTTIME read now (what bpf_ktime_get_boot_ns() returns) converts
    // to within a second of Date.now().
    const now = bootClock()(nativeAddon().clockGettime(7) as bigint);
    expect(Math.abs(Number(now / 1_000_000n) - Date.now())).toBeLessThan(1000);
  });
});

const R = -LOG_PACKET.size;

/** XDP: logs rule 5 / ACCEPT with the frame's Ethernet, IPv4 (20 bytes) and ICMP (8 bytes) headers; returns XDP_PASS. */
function xdpLogger(): FunctionSpec {
  const zero = Array.from({ length: LOG_PACKET.size / 8 }, (_, k) => st("dw", 10, R + 8 * k, 0));
  const copy = (from: number, to: number, len: number): Uint8Array[] =>
    [movReg(1, 6), movImm(2, from), movReg(3, 10), addImm(3, R + to), movImm(4, len), call(189)]; // bpf_xdp_load_bytes
  const head = [
    movReg(6, 1), ...zero, call(125), stx("dw", 10, 0, R), // bpf_ktime_get_boot_ns
    st("w", 10, R + 8, 5), st("b", 10, R + 12, 1), st("b", 10, R + 13, 1), st("b", 10, R + 14, 0), st("b", 10, R + 15, 7),
    movReg(1, 6), call(188), stx("w", 10, 0, R + 20), // bpf_xdp_get_buff_len
    st("b", 10, R + 24, 14), st("b", 10, R + 25, 20), st("b", 10, R + 26, 8), st("b", 10, R + 27, 1),
    ...copy(0, LOG_PACKET.link, 14), ...copy(14, LOG_PACKET.internet, 20), ...copy(34, LOG_PACKET.transport, 8),
  ];
  const insns = program(...head, ldImm64(1), movReg(2, 10), addImm(2, R), movImm(3, LOG_PACKET.size), movImm(4, 0), call(130), movImm(0, 2), exit());
  return {
    name: "xdp_log", section: "xdp", global: true, insns, ctxStruct: "xdp_md",
    relocations: [{ insn: head.length, type: 1, target: { kind: "map", name: "log" } }],
    lineInfo: [{ insn: 0, file: "log.bfr", line: 1, col: 1, text: "chain logchain" }],
  };
}

const root = join(__dirname, "../..");

describe.skipIf(!kernelOk)(`bfr logs through a pinned ring buffer${skipReason ? ` (${skipReason})` : ""}`, () => {
  const sys = kernelOk ? realSys() : null!;
  const mnt = mkdtempSync(join(tmpdir(), "bfr-logs-"));
  let mounted = false;
  beforeAll(() => {
    expect(sys.mount("bpf", mnt, "bpf")).toBe(0);
    mounted = true;
  });
  afterAll(() => {
    if (mounted) sys.umount(mnt);
    rmSync(mnt, { recursive: true, force: true });
  });

  it("streams the records of test-run packets as JSON until SIGINT", async () => {
    const spec: ObjectSpec = { license: "GPL", functions: [xdpLogger()], bfr: [],
      maps: [{ name: "log", type: MAP_TYPE.RINGBUF, keySize: 0, valueSize: 0, maxEntries: 1 << 16, flags: 0 }] };
    const obj = loadObject({ spec, metadata: null, btf: null }, { sys });
    const meta: HostMeta = {
      format: META_FORMAT, name: "logchain", hook: "BF_HOOK_XDP", objectHash: "", objectFile: "log.o", source: "log.bfr",
      loadedAt: new Date(0).toISOString(), attach: null,
      chain: { name: "logchain", hook: "BF_HOOK_XDP", program: "xdp_log", options: null, policy: "ACCEPT", policySlot: 0,
        rules: [{ index: 5, line: 2, col: 5, text: "ip4.proto icmp log link,internet,transport ACCEPT", counterSlot: null }],
        maps: [{ map: "log", role: { kind: "log" } }], ifaceRefs: [], canonical: "" },
      maps: [{ name: "log", type: MAP_TYPE.RINGBUF, keySize: 0, valueSize: 0, maxEntries: 1 << 16, flags: 0, role: { kind: "log" } }],
    };
    const metaFd = createMetaMap(hostSys(sys), meta);
    let child: ReturnType<typeof spawn> | null = null;
    try {
      const dir = join(mnt, "bfr", "logchain");
      mkdirSync(dir, { recursive: true });
      expect(objPin(sys, metaFd, join(dir, "meta"))).toBe(0);
      expect(objPin(sys, obj.maps.get("log")!.fd, join(dir, "map-log"))).toBe(0);
      const frames = [0, 1, 2, 3].map((i) => {
        const f = Buffer.concat([Buffer.from(eth), Buffer.from(ip4), Buffer.from(icmp), Buffer.alloc(56, i)]);
        f[14 + 19] = 10 + i; // destination 10.0.0.(10+i)
        return f;
      });
      const run = (f: Buffer): void => {
        expect(progTestRun(sys, { progFd: obj.chains[0].progFd, data: f }).retval).toBe(2);
      };
      const before = Date.now();
      run(frames[0]);
      run(frames[1]); // written before the reader starts: still in the ring
      child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "logs", "logchain", "--json", "--bpffs", mnt], { cwd: root });
      let out = "";
      let err = "";
      child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
      const closed = new Promise<number | null>((resolve) => child!.on("close", resolve));
      const lines = async (n: number): Promise<void> => {
        for (let t = 0; t < 200 && out.split("\n").length - 1 < n; t++) await new Promise((r) => setTimeout(r, 50));
      };
      await lines(2);
      run(frames[2]);
      run(frames[3]);
      await lines(4);
      child.kill("SIGINT");
      expect(await closed).toBe(0);
      expect(err).toBe("");
      const entries = out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(entries).toHaveLength(4);
      entries.forEach((e, i) => {
        expect(e).toEqual({
          time: e.time, chain: "logchain", rule: 5, ruleText: "ip4.proto icmp log link,internet,transport ACCEPT",
          hook: "BF_HOOK_XDP", verdict: "ACCEPT", kind: "packet", length: 98,
          link: { dst: "02:00:00:00:00:02", src: "02:00:00:00:00:01", ethertype: 0x800 },
          internet: { version: 4, src: "10.0.0.1", dst: `10.0.0.${10 + i}`, proto: 1, ttl: 64 },
          transport: { proto: "icmp", type: 8, code: 0 },
        });
        const t = Date.parse(e.time as string);
        expect(t).toBeGreaterThanOrEqual(before - 1000);
        expect(t).toBeLessThanOrEqual(Date.now() + 1000);
      });
    } finally {
      if (child && child.exitCode === null) child.kill("SIGKILL");
      sys.close(metaFd);
      obj.close();
    }
  }, 30_000);

  it("says when the chain is not loaded or has no log map", async () => {
    const cli = (chain: string): Promise<{ code: number | null; err: string }> => new Promise((resolve) => {
      const c = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "logs", chain, "--bpffs", mnt], { cwd: root });
      let err = "";
      c.stderr.on("data", (d: Buffer) => (err += d.toString()));
      c.on("close", (code) => resolve({ code, err }));
    });
    const meta: HostMeta = {
      format: META_FORMAT, name: "nolog", hook: "BF_HOOK_XDP", objectHash: "", objectFile: "x.o", source: null,
      loadedAt: new Date(0).toISOString(), attach: null, chain: null, maps: [],
    };
    const fd = createMetaMap(hostSys(sys), meta);
    try {
      mkdirSync(join(mnt, "bfr", "nolog"), { recursive: true });
      expect(objPin(sys, fd, join(mnt, "bfr", "nolog", "meta"))).toBe(0);
    } finally {
      sys.close(fd);
    }
    const [missing, nolog] = await Promise.all([cli("nochain"), cli("nolog")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^bfr: error BFR5106: chain "nochain" is not loaded/);
    expect(nolog.code).toBe(1);
    expect(nolog.err).toMatch(/^bfr: error BFR5122: chain "nolog" has no log map/);
  }, 30_000);
});
