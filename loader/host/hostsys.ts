// The host loader's system boundary: the loader core's Sys (bpf, close, flock, open, mount, …)
// plus the few filesystem calls the host state needs (mkdir, rename, unlink, rmdir, readdir,
// statfs). Every call that changes or reads host state goes through this one object, so the
// fault-injection tests can fail any single call of a load/update/unload and check that nothing
// changed. Filesystem calls return 0 / -errno like the addon's, never throw.

import { mkdirSync, readdirSync, renameSync, rmdirSync, statSync, statfsSync, unlinkSync, readFileSync } from "node:fs";
import { realSys, type Sys } from "../sys.js";

export interface HostSys extends Sys {
  mkdir(path: string): number;
  rmdir(path: string): number;
  /** rename(2): atomic; replaces an existing file at `to` (bpffs supports it through simple_rename). */
  rename(from: string, to: string): number;
  unlink(path: string): number;
  /** Entry names of a directory, sorted; -errno when it cannot be read. */
  readdir(path: string): string[] | number;
  /** statfs(2) f_type, or -errno (ENOENT when the path does not exist). */
  fsType(path: string): number;
  /** st_dev / st_ino of a path (to find its flock holder in /proc/locks), or -errno. */
  devIno(path: string): { dev: number; ino: number } | number;
  /** Contents of /proc/locks (informational: who holds a lock). */
  procLocks(): string;
}

/** bpffs magic (UAPI linux/magic.h BPF_FS_MAGIC). */
export const BPF_FS_MAGIC = 0xcafe4a11;

function errnoOf(e: unknown): number {
  const n = (e as { errno?: number }).errno;
  // Node reports errno negated (uv error codes): -2 for ENOENT.
  return typeof n === "number" ? -Math.abs(n) : -5; // EIO when Node gives no number
}

function fsCall(f: () => void): number {
  try {
    f();
    return 0;
  } catch (e) {
    return errnoOf(e);
  }
}

/** Adds the filesystem calls to a Sys (the real one by default). */
export function hostSys(sys: Sys = realSys()): HostSys {
  return {
    // Delegated one by one (not spread) so a class-based Sys keeps its methods.
    bpf: (cmd, attr, ptrs) => sys.bpf(cmd, attr, ptrs),
    close: (fd) => sys.close(fd),
    flock: (fd, op) => sys.flock(fd, op),
    open: (path, flags) => sys.open(path, flags),
    ifNameToIndex: (name) => sys.ifNameToIndex(name),
    ifIndexToName: (index) => sys.ifIndexToName(index),
    mount: (s, t, f) => sys.mount(s, t, f),
    umount: (t) => sys.umount(t),
    possibleCpus: () => sys.possibleCpus(),
    mkdir: (p) => fsCall(() => mkdirSync(p, { mode: 0o700 })),
    rmdir: (p) => fsCall(() => rmdirSync(p)),
    rename: (a, b) => fsCall(() => renameSync(a, b)),
    unlink: (p) => fsCall(() => unlinkSync(p)),
    readdir(p) {
      try {
        return readdirSync(p).sort();
      } catch (e) {
        return errnoOf(e);
      }
    },
    fsType(p) {
      try {
        return statfsSync(p).type >>> 0;
      } catch (e) {
        return errnoOf(e);
      }
    },
    devIno(p) {
      try {
        const s = statSync(p);
        return { dev: s.dev, ino: s.ino };
      } catch (e) {
        return errnoOf(e);
      }
    },
    procLocks() {
      try {
        return readFileSync("/proc/locks", "utf8");
      } catch {
        return "";
      }
    },
  };
}
