// Finds and loads the compiled native addon (loader/native/bfr_native.cc). Loaded lazily so that
// commands which never touch the kernel (compile, disasm) work where the addon was not built.
// The addon's contract: every call returns a number (result or -errno) and never throws for a
// failed syscall; see the header of bfr_native.cc for how bpf() receives pointers.

import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BfrError } from "../elf/errors.js";

export interface NativeAddon {
  /** bpf(cmd, attr, off1, buf1, ...): the address of each buffer is written at attr[off] first. */
  bpf(cmd: number, attr: Buffer, ...pairs: (number | Buffer | null)[]): number;
  close(fd: number): number;
  flock(fd: number, op: number): number;
  open(path: string, flags: number): number;
  ifNameToIndex(name: string): number;
  ifIndexToName(index: number): string | null;
  mount(source: string, target: string, fstype: string): number;
  umount(target: string): number;
  /** mmap(2) MAP_SHARED of `fd`: the mapping as an external ArrayBuffer, or -errno. */
  mmap(fd: number, length: number, prot: number, offset: number): ArrayBuffer | number;
  /** munmap(2) of a buffer from mmap(), which is detached (length 0) afterwards; 0 or -errno. */
  munmap(buffer: ArrayBuffer): number;
  /** poll(2) for POLLIN on one fd: revents, 0 on timeout, or -errno. */
  poll(fd: number, timeoutMs: number): number;
  /** clock_gettime(2) in nanoseconds (a bigint), or -errno. */
  clockGettime(clock: number): bigint | number;
  /** sysconf(_SC_PAGESIZE). */
  pageSize(): number;
}

let cached: NativeAddon | null = null;

/** The addon; throws BFR5006 with a hint when it was not built. */
export function nativeAddon(): NativeAddon {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  // Source tree (loader/native.ts) and build output (dist/loader/native.js) both lead here.
  const candidates = [
    join(here, "native/build/Release/bfr_native.node"),
    join(here, "../../loader/native/build/Release/bfr_native.node"),
  ];
  const path = candidates.find((p) => existsSync(p));
  if (!path) {
    throw new BfrError("BFR5006", "the native addon (bfr_native.node) is not built",
      "run `npm rebuild` (needs a C++ compiler and python3 for node-gyp)");
  }
  const require = createRequire(import.meta.url);
  cached = require(path) as NativeAddon;
  return cached;
}
