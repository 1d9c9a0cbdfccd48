// A host command's session: the options every host command shares (--bpffs, the Sys), the lock it
// holds for its whole duration, and, for writers, the crash recovery that runs first so that every
// write starts from a clean state.

import type { HostSys } from "./hostsys.js";
import { hostSys } from "./hostsys.js";
import { ensureRoot, rootExists } from "./bpffs.js";
import { layout, type Layout } from "./layout.js";
import { withLock } from "./lock.js";
import { recover, type Recovery } from "./recover.js";

export interface HostOptions {
  /** bpffs mount point (default /sys/fs/bpf); state lives in `<bpffs>/bfr/`. */
  bpffs?: string;
  /** System calls (the real host by default; tests inject faults here). */
  sys?: HostSys;
  /** Clock for load times (tests pin it). */
  now?: () => Date;
}

export interface Session {
  sys: HostSys;
  l: Layout;
  now: () => Date;
  /** What the recovery at the start of a write cleaned up. */
  recovered: Recovery[];
}

function open(opts: HostOptions): Session {
  return { sys: opts.sys ?? hostSys(), l: layout(opts.bpffs), now: opts.now ?? (() => new Date()), recovered: [] };
}

/** Runs a writer: mounts/creates the root if needed, locks it exclusively, recovers, runs `f`. */
export function writeSession<T>(opts: HostOptions, f: (s: Session) => T): T {
  const s = open(opts);
  ensureRoot(s.sys, s.l);
  return withLock(s.sys, s.l.root, "write", () => {
    s.recovered = recover(s.sys, s.l);
    return f(s);
  });
}

/** Runs a reader under a shared lock; `empty` is the answer when nothing was ever loaded there. */
export function readSession<T>(opts: HostOptions, empty: () => T, f: (s: Session) => T): T {
  const s = open(opts);
  if (!rootExists(s.sys, s.l)) return empty();
  return withLock(s.sys, s.l.root, "read", () => f(s));
}
