// The native boundary: each addon call through realSys(), including the encoders for pinning
// (bpffs mounted on a temporary directory of the test's own) and error returns as -errno.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mapCreate, mapLookup, mapUpdate, objGet, objPin } from "../../loader/bpf.js";
import { nativeAddon } from "../../loader/native.js";
import { ENOENT, LOCK, O, realSys } from "../../loader/sys.js";
import { kernelOk, skipReason } from "./kernel.js";

const EWOULDBLOCK = 11;

describe("native addon", () => {
  const sys = realSys();

  it("opens, locks and closes files, returning -errno on failure", () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-native-"));
    try {
      const f = join(dir, "lock");
      writeFileSync(f, "");
      const a = sys.open(f, O.RDONLY);
      const b = sys.open(f, O.RDONLY);
      expect(a).toBeGreaterThan(2);
      expect(sys.flock(a, LOCK.EX | LOCK.NB)).toBe(0);
      expect(sys.flock(b, LOCK.SH | LOCK.NB)).toBe(-EWOULDBLOCK);
      expect(sys.flock(a, LOCK.UN)).toBe(0);
      expect(sys.flock(b, LOCK.SH | LOCK.NB)).toBe(0);
      expect(sys.close(a)).toBe(0);
      expect(sys.close(b)).toBe(0);
      expect(sys.close(b)).toBe(-9);
      expect(sys.open(join(dir, "missing"), O.RDONLY)).toBe(-ENOENT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("maps interface names and indexes", () => {
    expect(sys.ifNameToIndex("lo")).toBeGreaterThan(0);
    expect(sys.ifIndexToName(sys.ifNameToIndex("lo"))).toBe("lo");
    expect(sys.ifNameToIndex("bfrnosuch0")).toBe(0);
    expect(sys.ifIndexToName(0x7ffffff0)).toBeNull();
  });

  it("refuses malformed pointer arguments instead of passing garbage to the kernel", () => {
    const n = nativeAddon();
    expect(() => n.bpf(0, Buffer.alloc(16), 12, Buffer.alloc(4))).toThrow(/pointer offset/);
    expect(() => n.bpf(0, Buffer.alloc(16), 8)).toThrow(/bpf\(cmd, attr/);
    expect(() => n.bpf(0, Buffer.alloc(16), 8, "x" as never)).toThrow(/Buffer or null/);
  });

  it.skipIf(!kernelOk)(`mounts bpffs, pins a map and gets it back${skipReason ? ` (${skipReason})` : ""}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-bpffs-"));
    let mounted = false;
    const fds: number[] = [];
    try {
      expect(sys.mount("bpf", dir, "bpf")).toBe(0);
      mounted = true;
      const fd = mapCreate(sys, { type: 2, keySize: 4, valueSize: 8, maxEntries: 1, flags: 0, name: "bfr_pin_test" });
      expect(fd).toBeGreaterThan(0);
      fds.push(fd);
      const key = Buffer.alloc(4);
      const value = Buffer.from("12345678");
      expect(mapUpdate(sys, fd, key, value)).toBe(0);
      expect(objPin(sys, fd, join(dir, "m"))).toBe(0);
      expect(existsSync(join(dir, "m"))).toBe(true);
      const again = objGet(sys, join(dir, "m"));
      expect(again).toBeGreaterThan(0);
      fds.push(again);
      const out = Buffer.alloc(8);
      expect(mapLookup(sys, again, key, out)).toBe(0);
      expect(out.toString()).toBe("12345678");
      expect(objGet(sys, join(dir, "nothing"))).toBe(-ENOENT);
    } finally {
      for (const fd of fds) sys.close(fd);
      if (mounted) expect(sys.umount(dir)).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
