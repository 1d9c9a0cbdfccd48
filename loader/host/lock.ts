// The host state lock: an flock(2) on the bpffs root directory. Writers take it exclusive, readers
// shared, both non-blocking: a second bfr never waits and never interleaves with a writer, it fails
// at once and says which process holds the lock (found in /proc/locks by the directory's inode).
// flock locks die with their process, so a crashed writer never leaves the state locked.

import { BfrError } from "../../elf/errors.js";
import { errnoText, LOCK, O } from "../sys.js";
import type { HostSys } from "./hostsys.js";

const EWOULDBLOCK = 11;

export type LockMode = "read" | "write";

export interface Lock {
  readonly path: string;
  readonly mode: LockMode;
  /** Unlocks and closes; idempotent. */
  release(): void;
}

/** Locks `dir` (which must exist) or throws BFR5101 naming the holder. */
export function lockDir(sys: HostSys, dir: string, mode: LockMode): Lock {
  const fd = sys.open(dir, O.RDONLY | O.DIRECTORY);
  if (fd < 0) throw new BfrError("BFR5101", `cannot open ${dir} to lock it: ${errnoText(-fd)}`);
  const rc = sys.flock(fd, (mode === "write" ? LOCK.EX : LOCK.SH) | LOCK.NB);
  if (rc < 0) {
    const holder = rc === -EWOULDBLOCK ? lockHolder(sys, dir) : null;
    sys.close(fd);
    if (rc !== -EWOULDBLOCK) throw new BfrError("BFR5101", `cannot lock ${dir}: ${errnoText(-rc)}`);
    throw lockedError(dir, holder);
  }
  let held = true;
  return {
    path: dir,
    mode,
    release() {
      if (!held) return;
      held = false;
      // Closing the only fd drops the flock; no separate LOCK_UN needed.
      sys.close(fd);
    },
  };
}

function lockedError(dir: string, holder: { pid: number; write: boolean } | null): BfrError {
  const who = holder ? ` (pid ${holder.pid})` : "";
  const what = holder && !holder.write ? "reading" : "modifying";
  return new BfrError("BFR5101", `another bfr is ${what} ${dir}${who}`,
    "try again when it has finished; bfr never waits for the lock");
}

/** Runs `f` under the lock and always releases it. */
export function withLock<T>(sys: HostSys, dir: string, mode: LockMode, f: () => T): T {
  const lock = lockDir(sys, dir, mode);
  try {
    return f();
  } finally {
    lock.release();
  }
}

/** Linux st_dev → (major, minor) as new_encode_dev() packs them. */
function splitDev(dev: number): { major: number; minor: number } {
  return { major: (dev >>> 8) & 0xfff, minor: (dev & 0xff) | ((dev >>> 12) & 0xfff00) };
}

/**
 * The holder of a conflicting flock on `dir`, from /proc/locks lines such as
 * `1: FLOCK  ADVISORY  WRITE 7802 00:27:1 0 EOF` (major:minor in hex, inode in decimal).
 * Prefers a writer. Informational only: null when it cannot be told.
 */
export function lockHolder(sys: HostSys, dir: string): { pid: number; write: boolean } | null {
  const st = sys.devIno(dir);
  if (typeof st === "number") return null;
  const { major, minor } = splitDev(st.dev);
  let found: { pid: number; write: boolean } | null = null;
  for (const line of sys.procLocks().split("\n")) {
    const f = line.trim().split(/\s+/);
    if (f[1] !== "FLOCK" || f.includes("->")) continue;
    const [maj, min, ino] = (f[5] ?? "").split(":");
    if (Number.parseInt(maj, 16) !== major || Number.parseInt(min, 16) !== minor || Number(ino) !== st.ino) continue;
    const holder = { pid: Number(f[4]), write: f[3] === "WRITE" };
    if (holder.write) return holder;
    found ??= holder;
  }
  return found;
}
