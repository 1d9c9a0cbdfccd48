// A Sys wrapper for fault injection: counts the calls that can fail, fails the Nth with a chosen
// errno, and tracks the fds it handed out and that were closed, so tests can prove that every
// failure path releases everything it created.

import { FD_RETURNING } from "../../loader/bpf.js";
import type { Sys } from "../../loader/sys.js";
import { readdirSync } from "node:fs";

export interface FaultSys extends Sys {
  /** Calls counted so far (bpf, open, flock, mount, umount, ifNameToIndex). */
  readonly calls: number;
  /** Fds returned by bpf/open and not closed yet. */
  readonly openFds: ReadonlySet<number>;
  /** Description of the call that was failed, if any. */
  readonly failed: string | null;
}

/** Wraps `inner`; call number `failAt` (1-based; null = never) fails with -errno. */
export function faultSys(inner: Sys, failAt: number | null, errno: number): FaultSys {
  let calls = 0;
  let failed: string | null = null;
  const open = new Set<number>();
  const fail = (what: string): boolean => {
    calls++;
    if (calls !== failAt) return false;
    failed = what;
    return true;
  };
  return {
    get calls() { return calls; },
    get openFds() { return open; },
    get failed() { return failed; },
    bpf(cmd, attr, ptrs) {
      if (fail(`bpf cmd ${cmd}`)) return -errno;
      const rc = inner.bpf(cmd, attr, ptrs);
      if (rc >= 0 && FD_RETURNING.has(cmd)) open.add(rc);
      return rc;
    },
    close(fd) {
      open.delete(fd);
      return inner.close(fd);
    },
    flock: (fd, op) => (fail("flock") ? -errno : inner.flock(fd, op)),
    open(path, flags) {
      if (fail(`open ${path}`)) return -errno;
      const rc = inner.open(path, flags);
      if (rc >= 0) open.add(rc);
      return rc;
    },
    ifNameToIndex: (name) => (fail(`ifNameToIndex ${name}`) ? 0 : inner.ifNameToIndex(name)),
    ifIndexToName: (i) => inner.ifIndexToName(i),
    mount: (s, t, f) => (fail("mount") ? -errno : inner.mount(s, t, f)),
    umount: (t) => (fail("umount") ? -errno : inner.umount(t)),
    possibleCpus: () => inner.possibleCpus(),
  };
}

/** The fds this process has open right now, from /proc/self/fd. */
export function procFds(): string[] {
  return readdirSync("/proc/self/fd").sort();
}
