// The ring buffer reader against real BPF_MAP_TYPE_RINGBUF maps: XDP programs (test-run) write
// log records with bpf_ringbuf_output, or reserve and submit/discard, and the reader drains and
// decodes exactly what was written — across the end of the data area (the double mapping) and
// with the consumer position published so the producer can reuse space.
import { afterEach, describe, expect, it } from "vitest";
import { decodeLogRecord, LOG_PACKET, type PacketLogRecord } from "../../elf/logrecord.js";
import { MAP_TYPE, type FunctionSpec, type MapSpec, type ObjectSpec } from "../../elf/spec.js";
import { progTestRun } from "../../loader/bpf.js";
import { loadObject, type LoadedObject } from "../../loader/load.js";
import { nativeAddon } from "../../loader/native.js";
import { RINGBUF_BUSY, RINGBUF_DISCARD, RingBufferReader, type RingSys } from "../../loader/ringbuf.js";
import { realSys } from "../../loader/sys.js";
import { addImm, call, exit, jeqImm, ldImm64, movImm, movReg, program, st, stx } from "./asm.js";
import { kernelOk, skipReason } from "./kernel.js";

const ringMap = (maxEntries: number): MapSpec => ({ name: "log", type: MAP_TYPE.RINGBUF, keySize: 0, valueSize: 0, maxEntries, flags: 0 });
const R = -LOG_PACKET.size; // the record's place on the stack

/** XDP: writes a v1 packet log record (rule 7, DROP, link header) with bpf_ringbuf_output; returns XDP_PASS. */
function xdpLogger(): FunctionSpec {
  const zero = Array.from({ length: LOG_PACKET.size / 8 }, (_, k) => st("dw", 10, R + 8 * k, 0));
  const insns = program(
    movReg(6, 1), ...zero,
    call(125), stx("dw", 10, 0, R), // bpf_ktime_get_boot_ns
    st("w", 10, R + 8, 7), st("b", 10, R + 12, 1), st("b", 10, R + 13, 1), st("b", 10, R + 14, 0), st("b", 10, R + 15, 1),
    st("h", 10, R + 16, 1),
    movReg(1, 6), call(188), stx("w", 10, 0, R + 20), // bpf_xdp_get_buff_len
    st("b", 10, R + LOG_PACKET.linkLen, 14),
    movReg(1, 6), movImm(2, 0), movReg(3, 10), addImm(3, R + LOG_PACKET.link), movImm(4, 14), call(189), // bpf_xdp_load_bytes
    ldImm64(1), movReg(2, 10), addImm(2, R), movImm(3, LOG_PACKET.size), movImm(4, 0), call(130), // bpf_ringbuf_output
    movImm(0, 2), exit(),
  );
  const mapInsn = 1 + zero.length + 2 + 6 + 3 + 1 + 6;
  return {
    name: "xdp_log", section: "xdp", global: true, insns, ctxStruct: "xdp_md",
    relocations: [{ insn: mapInsn, type: 1, target: { kind: "map", name: "log" } }],
    lineInfo: [{ insn: 0, file: "log.bfr", line: 1, col: 1, text: "chain xdp_log" }],
  };
}

/** XDP: reserves 16 bytes, writes the frame length, submits it when even and discards it when odd. */
function xdpReserve(): FunctionSpec {
  const jset1 = (() => { const b = Buffer.from(jeqImm(7, 1, 3)); b[0] = 0x45; return b; })(); // if r7 & 1 goto +3
  const insns = program(
    movReg(6, 1), call(188), movReg(7, 0), // r7 = frame length
    ldImm64(1), movImm(2, 16), movImm(3, 0), call(131), // bpf_ringbuf_reserve
    jeqImm(0, 0, 11),
    stx("dw", 0, 7, 0), st("dw", 0, 8, 0x5a5a),
    movReg(1, 0), movImm(2, 0), jset1,
    call(132), movImm(0, 2), exit(), // bpf_ringbuf_submit
    call(133), movImm(0, 2), exit(), // bpf_ringbuf_discard
    movImm(0, 2), exit(), // no space
  );
  return {
    name: "xdp_rsv", section: "xdp", global: true, insns, ctxStruct: "xdp_md",
    relocations: [{ insn: 3, type: 1, target: { kind: "map", name: "log" } }],
    lineInfo: [{ insn: 0, file: "log.bfr", line: 1, col: 1, text: "chain xdp_rsv" }],
  };
}

const opened: { obj: LoadedObject; reader: RingBufferReader }[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) (o.reader.close(), o.obj.close());
});

function load(fn: FunctionSpec, ringSize: number): { run(frame: Buffer): void; reader: RingBufferReader } {
  const sys = realSys();
  const spec: ObjectSpec = { license: "GPL", functions: [fn], maps: [ringMap(ringSize)], bfr: [] };
  const obj = loadObject({ spec, metadata: null, btf: null }, { sys });
  const reader = RingBufferReader.open(sys, obj.maps.get("log")!.fd, 'map "log"');
  opened.push({ obj, reader });
  return {
    reader,
    run(frame) {
      const r = progTestRun(sys, { progFd: obj.chains[0].progFd, data: frame });
      expect(r.rc).toBe(0);
      expect(r.retval).toBe(2);
    },
  };
}

function frameOf(n: number, len: number): Buffer {
  const f = Buffer.alloc(len, n);
  f.writeUInt16BE(0x0800, 12);
  return f;
}

const bootNs = (): bigint => nativeAddon().clockGettime(7) as bigint;

describe.skipIf(!kernelOk)(`ring buffer reader${skipReason ? ` (${skipReason})` : ""}`, () => {
  it("drains the records an XDP program wrote, decoded exactly, across the end of the data area", () => {
    const p = load(xdpLogger(), 4096);
    expect(p.reader.size).toBe(4096);
    const got: PacketLogRecord[] = [];
    const expected: { len: number; link: Buffer }[] = [];
    const before = bootNs();
    // 3 rounds × 9 records × 184 bytes: the ring (4096 bytes) wraps during the second round.
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 9; i++) {
        const f = frameOf(round * 9 + i, 60 + round * 9 + i);
        p.run(f);
        expected.push({ len: f.length, link: f.subarray(0, 14) });
      }
      expect(p.reader.pending()).toBe(9 * (LOG_PACKET.size + 8));
      expect(p.reader.wait(0)).toBe(true);
      expect(p.reader.drain((r) => got.push(decodeLogRecord(r) as PacketLogRecord))).toBe(9);
      expect(p.reader.pending()).toBe(0);
    }
    const after = bootNs();
    expect(got).toHaveLength(27);
    got.forEach((r, i) => {
      expect(r).toEqual({
        kind: "packet", bootNs: r.bootNs, rule: 7, hook: "BF_HOOK_XDP", verdict: "DROP", flags: 0,
        headers: { link: true, internet: false, transport: false }, packetLength: expected[i].len, l4proto: 0,
        link: new Uint8Array(expected[i].link), internet: new Uint8Array(0), transport: new Uint8Array(0),
      });
      expect(r.bootNs >= before && r.bootNs <= after).toBe(true);
      if (i > 0) expect(r.bootNs >= got[i - 1].bootNs).toBe(true);
    });
    expect(p.reader.wait(10)).toBe(false); // nothing left: poll times out
  });

  it("skips discarded records, honours a drain limit, and frees the space it consumed", () => {
    const p = load(xdpReserve(), 4096);
    for (let len = 60; len < 70; len++) p.run(frameOf(1, len));
    const lens: bigint[] = [];
    expect(p.reader.drain((r) => lens.push(Buffer.from(r).readBigUInt64LE(0)), 2)).toBe(2);
    expect(p.reader.drain((r) => {
      expect(r.length).toBe(16);
      expect(Buffer.from(r).readBigUInt64LE(8)).toBe(0x5a5an);
      lens.push(Buffer.from(r).readBigUInt64LE(0));
    })).toBe(3);
    expect(lens).toEqual([60n, 62n, 64n, 66n, 68n]);
    // 200 more records of 24 bytes (4800 bytes) only fit because consumed space is reused.
    let n = 0;
    for (let k = 0; k < 4; k++) {
      for (let i = 0; i < 50; i++) p.run(frameOf(2, 60));
      n += p.reader.drain(() => undefined);
    }
    expect(n).toBe(200);
  });

  it("refuses a map that is not a ring buffer, and stops reading once closed", () => {
    const sys = realSys();
    const p = load(xdpLogger(), 4096);
    p.reader.close();
    expect(() => p.reader.drain(() => undefined)).toThrow(/closed/);
    const arr = sys.bpf(0, (() => { const a = Buffer.alloc(160); a.writeUInt32LE(2, 0); a.writeUInt32LE(4, 4); a.writeUInt32LE(8, 8); a.writeUInt32LE(1, 12); return a; })());
    expect(arr).toBeGreaterThanOrEqual(0);
    try {
      expect(() => RingBufferReader.open(sys, arr, 'map "x"')).toThrow(/map "x": map type 2 is not a ring buffer \(27\)/);
    } finally {
      sys.close(arr);
    }
  });
});

describe.skipIf(!kernelOk)(`ring buffer reader: records in flight${skipReason ? ` (${skipReason})` : ""}`, () => {
  // A record is busy only while a program on another CPU is between reserve and submit, which a
  // test run cannot hold still; so the mapping is replaced by plain memory laid out like the
  // kernel's (the map itself, for its size, is real) and records are written by hand.
  it("stops at a busy record, resumes once it is committed, and skips a discarded one", () => {
    const sys = realSys();
    const a = Buffer.alloc(160);
    a.writeUInt32LE(MAP_TYPE.RINGBUF, 0);
    a.writeUInt32LE(4096, 12);
    const fd = sys.bpf(0, a);
    expect(fd).toBeGreaterThanOrEqual(0);
    const page = 4096;
    const maps: ArrayBuffer[] = [];
    const ring: RingSys = {
      pageSize: () => page,
      mmap: (_fd, len) => (maps.push(new ArrayBuffer(len)), maps[maps.length - 1]),
      munmap: () => 0,
      poll: () => 0,
    };
    try {
      const reader = RingBufferReader.open(sys, fd, "ring", ring);
      const [consumer, producer] = maps;
      const data = new DataView(producer, page);
      let prod = 0;
      const put = (payload: number[], flags = 0): number => {
        const at = prod;
        data.setUint32(at, payload.length | flags, true);
        payload.forEach((b, i) => data.setUint8(at + 8 + i, b));
        prod += (payload.length + 8 + 7) & ~7;
        new DataView(producer).setBigUint64(0, BigInt(prod), true);
        return at;
      };
      put([1, 2, 3]);
      const busy = put([4, 5], RINGBUF_BUSY);
      put([6], RINGBUF_DISCARD);
      put([7, 8, 9, 10, 11, 12, 13, 14, 15]);
      const got: number[][] = [];
      expect(reader.drain((r) => got.push([...r]))).toBe(1);
      expect(new DataView(consumer).getBigUint64(0, true)).toBe(16n); // 3 bytes + header, 8-aligned
      data.setUint32(busy, 2, true); // committed
      expect(reader.drain((r) => got.push([...r]))).toBe(2);
      expect(got).toEqual([[1, 2, 3], [4, 5], [7, 8, 9, 10, 11, 12, 13, 14, 15]]);
      expect(new DataView(consumer).getBigUint64(0, true)).toBe(BigInt(prod));
      expect(reader.pending()).toBe(0);
      reader.close();
    } finally {
      sys.close(fd);
    }
  });
});
