// The Sys interface: every system call the loader makes goes through one object, so tests can
// replace it (fault injection, fd accounting) and error paths are testable without the kernel.
// Also the loader's syscall error vocabulary: errno names and context-rich BfrErrors.

import { readFileSync } from "node:fs";
import { getSystemErrorMap } from "node:util";
import { BfrError } from "../elf/errors.js";
import { nativeAddon } from "./native.js";

/** A pointer field of a bpf_attr: the kernel reads/writes `buf` through the u64 at `offset`. */
export type AttrPointer = readonly [offset: number, buf: Buffer | null];

export interface Sys {
  /** bpf(2): the result (fd, 0, …) or -errno. Pointer fields are filled from `ptrs`. */
  bpf(cmd: number, attr: Buffer, ptrs?: readonly AttrPointer[]): number;
  close(fd: number): number;
  /** flock(2) with LOCK_* from `LOCK`; 0 or -errno. */
  flock(fd: number, op: number): number;
  /** open(2) (O_CLOEXEC added): fd or -errno. */
  open(path: string, flags: number): number;
  /** if_nametoindex(3): 0 when there is no such interface. */
  ifNameToIndex(name: string): number;
  ifIndexToName(index: number): string | null;
  mount(source: string, target: string, fstype: string): number;
  umount(target: string): number;
  /** Number of possible CPUs (per-CPU map values hold one slot per possible CPU). */
  possibleCpus(): number;
}

/** flock(2) operations (sys/file.h). */
export const LOCK = { SH: 1, EX: 2, NB: 4, UN: 8 } as const;
/** open(2) flags (asm-generic/fcntl.h). */
export const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0o100, DIRECTORY: 0o200000 } as const;

export const EPERM = 1;
export const ENOENT = 2;
export const EINVAL = 22;
export const ENOSPC = 28;
export const EACCES = 13;

/** Parses /sys/devices/system/cpu/possible ("0-3,5,7-8") into a count. */
export function parseCpuList(text: string): number {
  let n = 0;
  for (const part of text.trim().split(",")) {
    if (part === "") continue;
    const [a, b] = part.split("-").map((x) => Number.parseInt(x, 10));
    n += b === undefined ? 1 : b - a + 1;
  }
  return n;
}

let possible: number | null = null;

/** The Sys of the running host, backed by the native addon. */
export function realSys(): Sys {
  const n = nativeAddon();
  return {
    bpf(cmd, attr, ptrs = []) {
      const args: (number | Buffer | null)[] = [];
      for (const [off, buf] of ptrs) args.push(off, buf);
      return n.bpf(cmd, attr, ...args);
    },
    close: (fd) => n.close(fd),
    flock: (fd, op) => n.flock(fd, op),
    open: (path, flags) => n.open(path, flags),
    ifNameToIndex: (name) => n.ifNameToIndex(name),
    ifIndexToName: (index) => n.ifIndexToName(index),
    mount: (s, t, f) => n.mount(s, t, f),
    umount: (t) => n.umount(t),
    possibleCpus() {
      possible ??= parseCpuList(readFileSync("/sys/devices/system/cpu/possible", "utf8"));
      return possible;
    },
  };
}

const errnoMap = getSystemErrorMap();

/** `EPERM (operation not permitted)` for errno 1; kernel-internal codes named too. */
export function errnoText(errno: number): string {
  const e = Math.abs(errno);
  if (e === 524) return "ENOTSUPP (operation not supported)";
  const entry = errnoMap.get(-e);
  return entry ? `${entry[0]} (${entry[1]})` : `errno ${e}`;
}

/** The errno's symbolic name (`EPERM`), or `errno N`. */
export function errnoName(errno: number): string {
  return errnoMap.get(-Math.abs(errno))?.[0] ?? `errno ${Math.abs(errno)}`;
}

/** A failed syscall as a user-facing error: `<context>: EPERM (operation not permitted)`. */
export class SysError extends BfrError {
  readonly errno: number;
  constructor(context: string, errno: number, hint?: string) {
    const e = Math.abs(errno);
    super("BFR5001", `${context}: ${errnoText(e)}`, hint ?? hintFor(e));
    this.name = "SysError";
    this.errno = e;
  }
}

function hintFor(errno: number): string | undefined {
  if (errno === EPERM) return "loading BPF programs needs root (CAP_BPF and CAP_NET_ADMIN)";
  return undefined;
}

/** Returns rc when it is ≥ 0, else throws SysError with `context`. */
export function check(rc: number, context: string): number {
  if (rc < 0) throw new SysError(context, -rc);
  return rc;
}

/** Prefixes a BfrError's message with outer context (`chain "edge": …`), keeping its code. */
export function withContext<T>(context: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof BfrError) {
      (e as { message: string }).message = `${context}: ${e.message}`;
    }
    throw e;
  }
}
