// Makes sure the bpffs root exists before a writer touches it, and tells readers whether there is
// anything to read. A writer mounts bpffs at --bpffs when nothing is mounted there (as `mount -t bpf
// bpf PATH` would) and creates `<bpffs>/bfr`; a reader never creates anything.

import { BfrError } from "../../elf/errors.js";
import { errnoText } from "../sys.js";
import { BPF_FS_MAGIC, type HostSys } from "./hostsys.js";
import type { Layout } from "./layout.js";
import { lockDir } from "./lock.js";

const ENOENT = 2;
const EEXIST = 17;

/** For writers: mounts bpffs if needed and creates the root. Throws BFR5102 when it cannot. */
export function ensureRoot(sys: HostSys, l: Layout): void {
  let type = sys.fsType(l.bpffs);
  if (type === -ENOENT) {
    const rc = sys.mkdir(l.bpffs);
    if (rc < 0 && rc !== -EEXIST) throw new BfrError("BFR5102", `cannot create ${l.bpffs}: ${errnoText(-rc)}`);
    type = sys.fsType(l.bpffs);
  }
  if (type < 0) throw new BfrError("BFR5102", `cannot use ${l.bpffs}: ${errnoText(-type)}`);
  if (type !== BPF_FS_MAGIC) mountBpffs(sys, l.bpffs);
  const rc = sys.mkdir(l.root);
  if (rc < 0 && rc !== -EEXIST) {
    throw new BfrError("BFR5102", `cannot create ${l.root}: ${errnoText(-rc)}`);
  }
}

/**
 * Mounts under an flock on the mount point's own directory, re-checking once it is held: two bfr
 * starting at once on a host without bpffs must not stack two mounts (each would then lock its
 * own root and both would write at once).
 */
function mountBpffs(sys: HostSys, path: string): void {
  const lock = lockDir(sys, path, "write");
  try {
    if (sys.fsType(path) !== BPF_FS_MAGIC) mountEmpty(sys, path);
  } finally {
    lock.release();
  }
}

function mountEmpty(sys: HostSys, path: string): void {
  const entries = sys.readdir(path);
  // Mounting over a directory with files would hide them; only an empty directory is taken over.
  if (typeof entries === "number" || entries.length > 0) {
    throw new BfrError("BFR5102", `${path} is not a bpffs mount`,
      `mount one with \`mount -t bpf bpf ${path}\`, or pass --bpffs with a bpffs mount point`);
  }
  const rc = sys.mount("bpf", path, "bpf");
  if (rc < 0) {
    throw new BfrError("BFR5102", `cannot mount bpffs at ${path}: ${errnoText(-rc)}`,
      "mounting needs root; or mount it yourself with `mount -t bpf bpf PATH`");
  }
}

/** For readers: true when `<bpffs>/bfr` exists on a bpffs (otherwise nothing is loaded there). */
export function rootExists(sys: HostSys, l: Layout): boolean {
  if (sys.fsType(l.bpffs) !== BPF_FS_MAGIC) return false;
  return sys.fsType(l.root) === BPF_FS_MAGIC;
}
