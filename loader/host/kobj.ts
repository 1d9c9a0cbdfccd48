// Kernel objects seen from bpffs: open a pin, read a program's or link's identity, pin with undo,
// and remove a chain's work directory (unpinning; detaching its link only when no chain directory
// still refers to that link). Info layouts from UAPI linux/bpf.h (bpf_prog_info, bpf_link_info).

import { join } from "node:path";
import { linkDetach, objGet, objGetInfo, objPin } from "../bpf.js";
import { check, errnoText, SysError } from "../sys.js";
import { BfrError } from "../../elf/errors.js";
import type { HostSys } from "./hostsys.js";
import { LINK_PINS } from "./layout.js";
import type { Txn } from "./txn.js";

const ENOENT = 2;
/** bpf_prog_info is 232 bytes in 6.1; id@4. */
const PROG_INFO_SIZE = 232;
/**
 * bpf_link_info is 48 bytes in 6.1; type@0 id@4 prog_id@8, then per type: xdp.ifindex /
 * tcx.ifindex @16; netfilter pf@16 hooknum@20 priority@24; cgroup cgroup_id@16 (u64).
 */
const LINK_INFO_SIZE = 64;

export interface LinkInfo {
  id: number;
  type: number;
  progId: number;
  /** Target interface for XDP and TCX links (the u32 at 16: netfilter pf for netfilter links). */
  ifindex: number;
  /** Netfilter links: priority (the s32 at 24). */
  priority: number;
}

/** BPF_LINK_TYPE_* (UAPI linux/bpf.h) of the links bfr makes. */
export const LINK_TYPE = { CGROUP: 3, XDP: 6, NETFILTER: 10, TCX: 11 } as const;

/** OBJ_GET of a pin, or null when there is no such pin. Other errors throw. */
export function openPin(sys: HostSys, path: string, flags = 0): number | null {
  const fd = objGet(sys, path, flags);
  if (fd === -ENOENT) return null;
  return check(fd, `open ${path}`);
}

export function progId(sys: HostSys, fd: number): number {
  const info = Buffer.alloc(PROG_INFO_SIZE);
  check(objGetInfo(sys, fd, info), "program info");
  return info.readUInt32LE(4);
}

export function linkInfo(sys: HostSys, fd: number): LinkInfo {
  const info = Buffer.alloc(LINK_INFO_SIZE);
  check(objGetInfo(sys, fd, info), "link info");
  return { type: info.readUInt32LE(0), id: info.readUInt32LE(4), progId: info.readUInt32LE(8), ifindex: info.readUInt32LE(16),
    priority: info.readInt32LE(24) };
}

/** Reads a pinned object's info through a temporary fd. null when not pinned. */
export function withPin<T>(sys: HostSys, path: string, f: (fd: number) => T): T | null {
  const fd = openPin(sys, path);
  if (fd === null) return null;
  try {
    return f(fd);
  } finally {
    sys.close(fd);
  }
}

/** Pins `fd` at `path`; the transaction unpins it on rollback. */
export function pinTx(sys: HostSys, t: Txn, fd: number, path: string, what: string): void {
  check(objPin(sys, fd, path), `${what}: pin ${path}`);
  t.onUndo(`unpin ${path}`, () => void sys.unlink(path));
}

export function mkdirTx(sys: HostSys, t: Txn, dir: string): void {
  const rc = sys.mkdir(dir);
  if (rc < 0) throw new SysError(`create ${dir}`, -rc);
  t.onUndo(`remove ${dir}`, () => void sys.rmdir(dir));
}

export function renameTx(sys: HostSys, t: Txn, from: string, to: string): void {
  const rc = sys.rename(from, to);
  if (rc < 0) throw new SysError(`rename ${from} to ${to}`, -rc);
  t.onUndo(`rename ${to} back to ${from}`, () => {
    const back = sys.rename(to, from);
    if (back < 0) throw new SysError(`rename ${to} to ${from}`, -back);
  });
}

/** Link ids held by the pinned links of `dirs` (chain directories that stay). */
export function linkIdsOf(sys: HostSys, dirs: string[]): Set<number> {
  const ids = new Set<number>();
  for (const d of dirs) {
    for (const pin of LINK_PINS) {
      const id = withPin(sys, join(d, pin), (fd) => linkInfo(sys, fd).id);
      if (id !== null) ids.add(id);
    }
  }
  return ids;
}

/**
 * Unpins everything in `dir` and removes it. Its links are detached first unless its id is in
 * `keepLinks` (an update's staging directory pins the same link as the live chain).
 */
export function removeDir(sys: HostSys, dir: string, keepLinks: ReadonlySet<number>): void {
  const entries = sys.readdir(dir);
  if (typeof entries === "number") {
    if (entries === -ENOENT) return;
    throw new SysError(`read ${dir}`, -entries);
  }
  for (const pin of LINK_PINS.filter((p) => entries.includes(p))) {
    withPin(sys, join(dir, pin), (fd) => {
      if (keepLinks.has(linkInfo(sys, fd).id)) return;
      const rc = linkDetach(sys, fd);
      // EOPNOTSUPP/EINVAL: a link type without detach; dropping the last reference detaches it.
      if (rc < 0 && rc !== -95 && rc !== -22) throw new SysError(`detach the link pinned in ${dir}/${pin}`, -rc);
    });
  }
  for (const e of entries) {
    const rc = sys.unlink(join(dir, e));
    if (rc < 0 && rc !== -ENOENT) throw new SysError(`unpin ${join(dir, e)}`, -rc);
  }
  const rc = sys.rmdir(dir);
  if (rc < 0 && rc !== -ENOENT) throw new BfrError("BFR5001", `remove ${dir}: ${errnoText(-rc)}`);
}
