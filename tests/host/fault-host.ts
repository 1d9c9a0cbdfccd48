// A HostSys for fault injection over the real host: counts every call that can fail (bpf, open,
// flock, interface lookups, mount, and the filesystem calls), fails the Nth with -errno, and
// tracks the fds it handed out, so a test can fail each syscall of an operation in turn and
// prove the host is left as it was. `crashAt` kills the process instead (crash-recovery tests).

import { FD_RETURNING } from "../../loader/bpf.js";
import { hostSys, type HostSys } from "../../loader/host/hostsys.js";
import { realSys } from "../../loader/sys.js";

export interface FaultHost extends HostSys {
  readonly calls: number;
  readonly log: string[];
  readonly failed: string | null;
  readonly openFds: ReadonlySet<number>;
}

export function faultHost(failAt: number | null, errno = 1, crashAt: number | null = null): FaultHost {
  const inner = hostSys(realSys());
  let calls = 0;
  let failed: string | null = null;
  const log: string[] = [];
  const open = new Set<number>();
  const hit = (what: string): boolean => {
    calls++;
    log.push(what);
    if (calls === crashAt) process.kill(process.pid, "SIGKILL");
    if (calls !== failAt) return false;
    failed = what;
    return true;
  };
  const fd = (rc: number): number => {
    if (rc >= 0) open.add(rc);
    return rc;
  };
  return {
    get calls() { return calls; },
    get log() { return log; },
    get failed() { return failed; },
    get openFds() { return open; },
    bpf: (cmd, attr, ptrs) => (hit(`bpf ${cmd}`) ? -errno : FD_RETURNING.has(cmd) ? fd(inner.bpf(cmd, attr, ptrs)) : inner.bpf(cmd, attr, ptrs)),
    close(f) {
      open.delete(f);
      return inner.close(f);
    },
    flock: (f, op) => (hit("flock") ? -errno : inner.flock(f, op)),
    open: (p, flags) => (hit(`open ${p}`) ? -errno : fd(inner.open(p, flags))),
    ifNameToIndex: (n) => (hit(`ifNameToIndex ${n}`) ? 0 : inner.ifNameToIndex(n)),
    ifIndexToName: (i) => (hit(`ifIndexToName ${i}`) ? null : inner.ifIndexToName(i)),
    mount: (s, t, f) => (hit("mount") ? -errno : inner.mount(s, t, f)),
    umount: (t) => (hit("umount") ? -errno : inner.umount(t)),
    possibleCpus: () => inner.possibleCpus(),
    mkdir: (p) => (hit(`mkdir ${p}`) ? -errno : inner.mkdir(p)),
    rmdir: (p) => (hit(`rmdir ${p}`) ? -errno : inner.rmdir(p)),
    rename: (a, b) => (hit(`rename ${a} ${b}`) ? -errno : inner.rename(a, b)),
    unlink: (p) => (hit(`unlink ${p}`) ? -errno : inner.unlink(p)),
    readdir: (p) => (hit(`readdir ${p}`) ? -errno : inner.readdir(p)),
    fsType: (p) => (hit(`statfs ${p}`) ? -errno : inner.fsType(p)),
    devIno: (p) => inner.devIno(p),
    procLocks: () => inner.procLocks(),
  };
}
