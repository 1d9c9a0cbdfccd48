// Test environment for the host loader: a private bpffs mount on a temp directory, veth pairs
// (optionally with the peer in a network namespace of the test's own), state snapshots for the
// all-or-nothing checks, and a way to run the real `bfr` CLI in a child process. Every resource
// made here is recorded and removed by `cleanup()`, which tests call from afterEach/afterAll.

import { execFileSync, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { realSys } from "../../loader/sys.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { linkInfo } from "../../loader/host/kobj.js";

export const repo = resolve(import.meta.dirname, "../..");
const cleanups: (() => void)[] = [];

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Mounts a fresh bpffs on a temp directory; unmounted and removed by cleanup(). */
export function tempBpffs(): string {
  const dir = mkdtempSync(join(tmpdir(), "bfrh-fs-"));
  const rc = realSys().mount("bpf", dir, "bpf");
  if (rc < 0) throw new Error(`mount bpffs: errno ${-rc}`);
  cleanups.push(() => {
    realSys().umount(dir);
    rmdirSync(dir);
  });
  return dir;
}

let seq = 0;
/** A short unique suffix (interface names have 15 characters). */
export function uniq(): string {
  return `${(process.pid % 10000).toString(36)}${(seq++).toString(36)}`;
}

export interface Veth {
  /** The host side (where chains attach). */
  host: string;
  peer: string;
  ifindex: number;
  /** Namespace holding the peer, or null. */
  netns: string | null;
  hostIp: string;
  peerIp: string;
}

/** A veth pair; with `netns`, the peer moves into a new namespace and both get IPv4 addresses. */
export function veth(opts: { netns?: boolean } = {}): Veth {
  const id = uniq();
  const host = `bfrh${id}a`;
  const peer = `bfrh${id}b`;
  run("ip", ["link", "add", host, "type", "veth", "peer", "name", peer]);
  cleanups.push(() => void spawnSync("ip", ["link", "del", host]));
  const octet = 1 + (Number.parseInt(id, 36) % 250);
  const v: Veth = { host, peer, ifindex: realSys().ifNameToIndex(host), netns: null, hostIp: `10.${octet}.77.1`, peerIp: `10.${octet}.77.2` };
  if (opts.netns) {
    const ns = `bfrh${id}n`;
    run("ip", ["netns", "add", ns]);
    cleanups.push(() => void spawnSync("ip", ["netns", "del", ns]));
    run("ip", ["link", "set", peer, "netns", ns]);
    run("ip", ["-n", ns, "addr", "add", `${v.peerIp}/24`, "dev", peer]);
    run("ip", ["-n", ns, "link", "set", peer, "up"]);
    run("ip", ["-n", ns, "link", "set", "lo", "up"]);
    run("ip", ["addr", "add", `${v.hostIp}/24`, "dev", host]);
    v.netns = ns;
  } else {
    run("ip", ["link", "set", peer, "up"]);
  }
  run("ip", ["link", "set", host, "up"]);
  return v;
}

/** ping from the peer's namespace to the host side: how many of `count` replies came back. */
export function pingFromPeer(v: Veth, count = 3, intervalS = 0.2): number {
  const r = spawnSync("ip", ["netns", "exec", v.netns!, "ping", "-c", String(count), "-i", String(intervalS), "-W", "1", v.hostIp], { encoding: "utf8" });
  const m = /(\d+) received/.exec(r.stdout);
  if (!m) throw new Error(`ping output not understood: ${r.stdout}${r.stderr}`);
  return Number(m[1]);
}

export function hasPing(): boolean {
  return spawnSync("ping", ["-V"]).status === 0;
}

/** Removes everything this file made, newest first; never throws. */
export function cleanup(): void {
  for (const f of cleanups.splice(0).reverse()) {
    try {
      f();
    } catch {
      // keep cleaning: one failure must not leave the rest behind
    }
  }
}

/** Registers an extra cleanup step (e.g. unload chains before the bpffs goes). */
export function onCleanup(f: () => void): void {
  cleanups.push(f);
}

/** Every path under `dir` (relative, sorted), for before/after comparisons. */
export function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      out.push(join(rel, e));
      if (statSync(p).isDirectory()) walk(p, join(rel, e));
    }
  };
  walk(dir, "");
  return out;
}

/** Calls `each` with an fd and the info of every BPF link on the host (fd closed afterwards). */
export function forEachLink(each: (fd: number, info: ReturnType<typeof linkInfo>) => void): void {
  const sys = hostSys();
  const a = Buffer.alloc(16);
  for (let id = 0; ;) {
    a.fill(0);
    a.writeUInt32LE(id, 0);
    if (sys.bpf(31 /* BPF_LINK_GET_NEXT_ID */, a) < 0) break;
    id = a.readUInt32LE(4);
    const b = Buffer.alloc(16);
    b.writeUInt32LE(id, 0);
    const fd = sys.bpf(30 /* BPF_LINK_GET_FD_BY_ID */, b);
    if (fd < 0) continue; // gone meanwhile
    try {
      each(fd, linkInfo(sys, fd));
    } finally {
      sys.close(fd);
    }
  }
}

/** The XDP/TCX links attached to `ifindex` (id and program id), walking every link id. */
export function linksOn(ifindex: number): { id: number; prog_id: number }[] {
  const out: { id: number; prog_id: number }[] = [];
  forEachLink((_fd, info) => {
    // XDP (6) and TCX (11) links carry the ifindex at the same offset.
    if ((info.type === 6 || info.type === 11) && info.ifindex === ifindex) out.push({ id: info.id, prog_id: info.progId });
  });
  return out;
}

/** Runs the bfr CLI (source tree through tsx) in a child process. */
export function bfr(args: string[], opts: { timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--import", "tsx", join(repo, "cli/main.ts"), ...args], {
    encoding: "utf8", cwd: repo, timeout: opts.timeout ?? 60_000,
  });
}

/** The cgroup v2 hierarchy the cgroup tests make their cgroup in (null when there is none). */
export function cgroup2Root(): string | null {
  for (const p of ["/sys/fs/cgroup/unified", "/sys/fs/cgroup"]) {
    if (existsSync(`${p}/cgroup.procs`) && hostSys().fsType(p) === 0x63677270 /* CGROUP2_SUPER_MAGIC */) return p;
  }
  return null;
}

/** A fresh child cgroup (cgroup v2); removed by cleanup() once its processes have exited. */
export function testCgroup(): string {
  const root = cgroup2Root();
  if (!root) throw new Error("no cgroup v2 hierarchy mounted");
  const dir = join(root, `bfrh-${uniq()}`);
  mkdirSync(dir);
  cleanups.push(() => {
    // Processes moved in by a test have exited; rmdir can race their final exit for a moment.
    let last: unknown = null;
    for (let i = 0; i < 100; i++) {
      try {
        rmdirSync(dir);
        return;
      } catch (e) {
        last = e;
        spawnSync("sleep", ["0.1"]);
      }
    }
    console.log(`cannot remove test cgroup ${dir}: ${String(last)}`);
  });
  return dir;
}

/** A network namespace of the test's own with `lo` up; deleted by cleanup(). */
export function netns(): string {
  const ns = `bfrh${uniq()}n`;
  run("ip", ["netns", "add", ns]);
  cleanups.push(() => void spawnSync("ip", ["netns", "del", ns]));
  run("ip", ["-n", ns, "link", "set", "lo", "up"]);
  return ns;
}

/** Runs the bfr CLI inside network namespace `ns` (netfilter links attach to the caller's). */
export function bfrIn(ns: string, args: string[], opts: { timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync("ip", ["netns", "exec", ns, process.execPath, "--import", "tsx", join(repo, "cli/main.ts"), ...args], {
    encoding: "utf8", cwd: repo, timeout: opts.timeout ?? 60_000,
  });
}
