// Child process for the fault-injection tests of the netfilter and cgroup hooks. Netfilter links
// attach to the network namespace of the process that creates them, so the test runs this file
// under `ip netns exec` (a namespace of its own); cgroup links are not per namespace, so the cgroup
// scenarios run it directly (with the test cgroup's path). For one scenario it fails every syscall of the operation in turn and prints a JSON
// report: how many calls, how many failed the operation, and every difference from the expected
// state (bpffs tree, our links and the programs they run, this process's fds). Usage:
//   hooks-fault-child.ts SCENARIO BPFFS CGROUP_DIR

import { join } from "node:path";
import { statSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { BfrError } from "../../elf/errors.js";
import { attachChain, listChains, loadChains, unloadChains, updateChains } from "../../loader/host/index.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { objGetInfo } from "../../loader/bpf.js";
import { linkInfo, LINK_TYPE } from "../../loader/host/kobj.js";
import { procFds } from "../loader/fault-sys.js";
import { faultHost, type FaultHost } from "./fault-host.js";
import { tree } from "./env.js";
import { hookObject, NF, type HookChain } from "./hook-objects.js";

const [scenario, bpffs, cgroup] = process.argv.slice(2);
/** Priorities no one else uses, so the links seen are ours. */
const PRIOS = "7301-7302";
const nfIn = (ret: number, rule?: string): HookChain => ({ name: "nfin", hook: "BF_HOOK_NF_LOCAL_IN", ret, option: { key: "priorities", value: PRIOS }, rule });
const nfOut = (ret: number): HookChain => ({ name: "nfout", hook: "BF_HOOK_NF_LOCAL_OUT", ret, option: { key: "priorities", value: PRIOS } });
const cgSkb = (ret: number): HookChain => ({ name: "cgskb", hook: "BF_HOOK_CGROUP_SKB_EGRESS", ret, option: { key: "cgpath", value: cgroup } });
const conn = (ret: number): HookChain => ({ name: "conn", hook: "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", ret, option: { key: "cgpath", value: cgroup } });

interface Scenario {
  setup(): void;
  op(sys: FaultHost): unknown;
}

const load = (chains: HookChain[], attach = true) => (sys?: FaultHost) =>
  loadChains({ bytes: hookObject(...chains), file: "v1.o", attach }, { bpffs, sys });
const update = (chains: HookChain[]) => (sys?: FaultHost) => updateChains({ bytes: hookObject(...chains), file: "v2.o" }, { bpffs, sys });
const none = (): void => {};

const scenarios: Record<string, Scenario> = {
  "nf-load": { setup: none, op: load([nfIn(NF.DROP), nfOut(NF.ACCEPT)]) },
  "nf-update": { setup: () => load([nfIn(NF.ACCEPT)])(), op: update([nfIn(NF.ACCEPT, "rule ip4.proto icmp counter ACCEPT")]) },
  "nf-update-back": {
    // The second update goes back to the first priority.
    setup: () => { load([nfIn(NF.ACCEPT)])(); update([nfIn(NF.DROP)])(); },
    op: update([nfIn(NF.ACCEPT)]),
  },
  "nf-update-two": { setup: () => load([nfIn(NF.ACCEPT), nfOut(NF.ACCEPT)])(), op: update([nfIn(NF.ACCEPT), nfOut(NF.DROP)]) },
  "nf-attach": { setup: () => load([nfIn(NF.ACCEPT)], false)(), op: (sys) => attachChain("nfin", {}, { bpffs, sys }) },
  "nf-unload": { setup: () => load([nfIn(NF.ACCEPT), nfOut(NF.ACCEPT)])(), op: (sys) => unloadChains("all", { bpffs, sys }) },
  "cg-load": { setup: none, op: load([cgSkb(1), conn(0)]) },
  "cg-update": { setup: () => load([cgSkb(1), conn(0)])(), op: update([cgSkb(0), conn(1)]) },
  "cg-attach": { setup: () => load([conn(0)], false)(), op: (sys) => attachChain("conn", { cgroup }, { bpffs, sys }) },
  "cg-unload": { setup: () => load([cgSkb(1), conn(0)])(), op: (sys) => unloadChains(["conn"], { bpffs, sys }) },
};

/** Our links: netfilter links at our priorities, cgroup links on the test cgroup. */
function ourLinks(): { id: number; prog_id: number; priority: number }[] {
  const sys = hostSys();
  // A cgroup v2 directory's inode number is its cgroup id. Netfilter scenarios pass "-" (under
  // `ip netns exec`, /sys is remounted and the cgroup hierarchy is not there).
  const cgId = cgroup === "-" ? -2 : statSync(cgroup).ino;
  const out: { id: number; prog_id: number; priority: number }[] = [];
  const a = Buffer.alloc(16);
  for (let id = 0; ;) {
    a.fill(0);
    a.writeUInt32LE(id, 0);
    if (sys.bpf(31 /* BPF_LINK_GET_NEXT_ID */, a) < 0) break;
    id = a.readUInt32LE(4);
    const b = Buffer.alloc(16);
    b.writeUInt32LE(id, 0);
    const fd = sys.bpf(30 /* BPF_LINK_GET_FD_BY_ID */, b);
    if (fd < 0) continue;
    try {
      const l = linkInfo(sys, fd);
      const nf = l.type === LINK_TYPE.NETFILTER && (l.priority === 7301 || l.priority === 7302);
      // cgroup link info: cgroup_id (u64) at 16; 0 once detached.
      const cg = l.type === LINK_TYPE.CGROUP && cgLinkCgroup(sys, fd) === cgId;
      if (nf || cg) out.push({ id: l.id, prog_id: l.progId, priority: nf ? l.priority : 0 });
    } finally {
      sys.close(fd);
    }
  }
  return out;
}

function cgLinkCgroup(sys: ReturnType<typeof hostSys>, fd: number): number {
  const info = Buffer.alloc(64);
  if (objGetInfo(sys, fd, info) < 0) return -1;
  return Number(info.readBigUInt64LE(16));
}

function state(): { tree: string[]; links: unknown; fds: string[] } {
  return { tree: tree(join(bpffs, "bfr")), links: ourLinks(), fds: procFds() };
}

const sc = scenarios[scenario];
const problems: string[] = [];
const reset = (): void => {
  unloadChains("all", { bpffs });
  sc.setup();
};
reset();
const counting = faultHost(null);
sc.op(counting);
const after = state();
let failures = 0;
let detachedNf = 0;
for (let n = 1; n <= counting.calls; n++) {
  reset();
  const before = state();
  const sys = faultHost(n);
  let threw: unknown = null;
  try {
    sc.op(sys);
  } catch (e) {
    threw = e;
  }
  const where = `call ${n} (${sys.failed})`;
  if (sys.failed === null) problems.push(`${where}: the fault was not reached`);
  if (sys.failed?.startsWith("bpf 34")) detachedNf++;
  if (sys.openFds.size) problems.push(`${where}: fds left open: ${[...sys.openFds].join(",")}`);
  const now = state();
  if (!isDeepStrictEqual(now.fds, before.fds)) problems.push(`${where}: /proc/self/fd ${now.fds} != ${before.fds}`);
  if (threw) {
    failures++;
    if (!(threw instanceof BfrError)) problems.push(`${where}: not a BfrError: ${String(threw)}`);
    if (!isDeepStrictEqual(now.tree, before.tree)) problems.push(`${where}: tree ${JSON.stringify(now.tree)} != before ${JSON.stringify(before.tree)}`);
    if (!isDeepStrictEqual(now.links, before.links)) problems.push(`${where}: links ${JSON.stringify(now.links)} != before ${JSON.stringify(before.links)}`);
  } else {
    // A failed post-commit cleanup: the next write (recovery) finishes it; then it is "after".
    unloadChains([], { bpffs });
    const fixed = state();
    if (!isDeepStrictEqual(fixed.tree, after.tree)) problems.push(`${where}: tree after recovery ${JSON.stringify(fixed.tree)} != ${JSON.stringify(after.tree)}`);
    const shape = (l: unknown): unknown => (l as { priority: number }[]).map((x) => x.priority);
    if (!isDeepStrictEqual(shape(fixed.links), shape(after.links))) problems.push(`${where}: links after recovery ${JSON.stringify(fixed.links)} != ${JSON.stringify(after.links)}`);
  }
}
unloadChains("all", { bpffs });
const end = state();
if (end.tree.length || (end.links as unknown[]).length || listChains({ bpffs }).length) problems.push(`left behind: ${JSON.stringify(end)}`);
process.stdout.write(`${JSON.stringify({ calls: counting.calls, failures, linkDetachFaults: detachedNf, after: after.links, problems })}\n`);
