// Fault injection at every syscall of a load: whatever call fails, the load either reports a
// BfrError with context or (for a transient program-load failure) succeeds on its logged retry,
// and in both cases no fd stays open afterwards (checked by the fake and through /proc/self/fd).
import { describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { BfrError } from "../../elf/errors.js";
import { CMD, mapCreate, mapLookup, mapUpdate } from "../../loader/bpf.js";
import { readCounterMap } from "../../loader/counters.js";
import { loadObject, type LoadInput } from "../../loader/load.js";
import { EINVAL, EPERM, realSys } from "../../loader/sys.js";
import { openInputForTest } from "../../loader/testchain.js";
import { faultSys, procFds } from "./fault-sys.js";
import { kernelOk, skipReason } from "./kernel.js";
import { edgeMeta, tcCount, withSets, xdpIface, xdpSubprog } from "./objects.js";

const ENOMEM = 12;
const frame = Buffer.alloc(60);

function inputs(): [string, LoadInput][] {
  const tc = tcCount();
  const sets = withSets(1000);
  const sub = xdpSubprog();
  return [
    ["tc with counters", { spec: tc, metadata: edgeMeta(), btf: buildBtf(tc) }],
    ["sets", { ...sets, btf: buildBtf(sets.spec) }],
    ["sub-program", { spec: sub, metadata: null, btf: buildBtf(sub) }],
    ["interface", { ...xdpIface("lo"), btf: null }],
  ];
}

describe.skipIf(!kernelOk)(`fault injection at every syscall of a load${skipReason ? ` (${skipReason})` : ""}`, () => {
  for (const [name, input] of inputs()) {
    it(`${name}: no fd survives any failure`, () => {
      const counting = faultSys(realSys(), null, EPERM);
      const ok = openInputForTest(input, undefined, counting);
      const total = counting.calls;
      ok.run(frame);
      ok.close();
      expect(counting.openFds.size).toBe(0);
      expect(total).toBeGreaterThan(1);
      let failures = 0;
      for (const errno of [EPERM, ENOMEM]) {
        for (let k = 1; k <= total; k++) {
          const before = procFds();
          const sys = faultSys(realSys(), k, errno);
          try {
            const c = openInputForTest(input, undefined, sys);
            // Only a failed first PROG_LOAD or BTF_LOAD may be survived, by the reload with a log.
            expect(["bpf cmd 5", "bpf cmd 18"]).toContain(sys.failed);
            expect(errno).not.toBe(EPERM);
            c.close();
          } catch (e) {
            if (!(e instanceof BfrError)) throw e;
            failures++;
            expect(e.message, `call ${k} (${sys.failed})`).toMatch(/^(chain "[a-z_]+"|load BTF): .*(EPERM|ENOMEM|does not exist)/);
          }
          expect(sys.openFds.size, `call ${k} (${sys.failed}) errno ${errno}`).toBe(0);
          expect(procFds(), `call ${k} (${sys.failed}) errno ${errno}`).toEqual(before);
        }
      }
      expect(failures).toBeGreaterThanOrEqual(total * 2 - 2);
      expect(failures).toBeLessThan(total * 2);
    });
  }

  it("falls back to one update per element where batch updates are unsupported (EINVAL, nothing done)", () => {
    const inner = realSys();
    let batches = 0;
    let singles = 0;
    const noBatch = {
      ...inner,
      bpf(cmd: number, attr: Buffer, ptrs?: readonly (readonly [number, Buffer | null])[]) {
        if (cmd === CMD.MAP_UPDATE_BATCH) {
          batches++;
          attr.writeUInt32LE(0, 32);
          return -EINVAL;
        }
        if (cmd === CMD.MAP_UPDATE_ELEM) singles++;
        return inner.bpf(cmd, attr, ptrs);
      },
    };
    const obj = loadObject({ ...withSets(300), btf: null }, { sys: noBatch });
    try {
      expect([batches, singles]).toEqual([2, 302]);
      const key = Buffer.alloc(4);
      key.writeUInt32LE(299);
      expect(mapLookup(inner, obj.maps.get("set_big")!.fd, key, Buffer.alloc(1))).toBe(0);
    } finally {
      obj.close();
    }
  });

  it("reads counters slot by slot where batch lookups are unsupported, with the same sums", () => {
    const inner = realSys();
    const sys = faultSys(inner, null, EPERM);
    const fd = mapCreate(inner, { type: 6, keySize: 4, valueSize: 16, maxEntries: 5000, flags: 0, name: "bfr_ctr_test" });
    expect(fd).toBeGreaterThan(0);
    try {
      const cpus = inner.possibleCpus();
      const value = Buffer.alloc(16 * cpus);
      for (let i = 0; i < cpus; i++) {
        value.writeBigUInt64LE(BigInt(i + 1), i * 16);
        value.writeBigUInt64LE(BigInt(100 * (i + 1)), i * 16 + 8);
      }
      const key = Buffer.alloc(4);
      key.writeUInt32LE(4321);
      expect(mapUpdate(inner, fd, key, value)).toBe(0);
      const expected = { packets: (cpus * (cpus + 1)) / 2, bytes: (100 * cpus * (cpus + 1)) / 2 };
      const batch = readCounterMap(sys, fd, 5000, "t");
      expect(sys.calls).toBe(1);
      expect(batch[4321]).toEqual(expected);
      expect(batch[0]).toEqual({ packets: 0, bytes: 0 });
      const noBatch = { ...inner, bpf: (cmd: number, attr: Buffer, ptrs?: readonly (readonly [number, Buffer | null])[]) => (cmd === CMD.MAP_LOOKUP_BATCH ? -EINVAL : inner.bpf(cmd, attr, ptrs)) };
      expect(readCounterMap(noBatch, fd, 5000, "t")).toEqual(batch);
    } finally {
      inner.close(fd);
    }
  });

  it("names the chain, the map and the errno when a map cannot be created", () => {
    const tc = tcCount();
    // Calls: 1 BTF_LOAD, 2 MAP_CREATE.
    const sys = faultSys(realSys(), 2, EPERM);
    expect(() => openInputForTest({ spec: tc, metadata: edgeMeta(), btf: buildBtf(tc) }, undefined, sys))
      .toThrow('chain "edge": map "counters": create: EPERM (operation not permitted)');
    expect(sys.openFds.size).toBe(0);
  });
});
