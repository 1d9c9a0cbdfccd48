// Fd ownership: every fd the loader creates is recorded in exactly one FdScope, which closes them
// all (newest first) when a load fails, or hands them to the object that keeps them on success.

import type { Sys } from "./sys.js";
import { check } from "./sys.js";

export class FdScope {
  private readonly owned = new Map<number, string>();

  constructor(private readonly sys: Sys) {}

  /** Checks a syscall result that is a new fd (throws SysError `what: E…` on failure) and owns it. */
  create(what: string, rc: number): number {
    const fd = check(rc, what);
    this.owned.set(fd, what);
    return fd;
  }

  /** Takes ownership of an fd obtained elsewhere. */
  adopt(fd: number, what: string): number {
    this.owned.set(fd, what);
    return fd;
  }

  /** Closes one owned fd now (e.g. a temporary). */
  close(fd: number): void {
    if (this.owned.delete(fd)) this.sys.close(fd);
  }

  /** Closes everything still owned, newest first. Safe to call twice. */
  closeAll(): void {
    const fds = [...this.owned.keys()].reverse();
    this.owned.clear();
    for (const fd of fds) this.sys.close(fd);
  }

  /** Number of fds owned (for tests and leak checks). */
  get size(): number {
    return this.owned.size;
  }

  /** Runs `f`; if it throws, closes every fd created since this call began and rethrows. */
  guard<T>(f: () => T): T {
    const before = new Set(this.owned.keys());
    try {
      return f();
    } catch (e) {
      for (const fd of [...this.owned.keys()].reverse()) {
        if (!before.has(fd)) this.close(fd);
      }
      throw e;
    }
  }
}
