// The netfilter and cgroup scenarios shared by the fault-injection and crash children
// (hooks-fault-child.ts, hooks-crash-child.ts): what the host holds before (setup) and the
// operation under test, plus a view of "our" kernel links — netfilter links at the test
// priorities, cgroup links on the test cgroup — with the programs they run.

import { statSync } from "node:fs";
import { attachChain, loadChains, unloadChains, updateChains } from "../../loader/host/index.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { objGetInfo } from "../../loader/bpf.js";
import { LINK_TYPE } from "../../loader/host/kobj.js";
import { forEachLink } from "./env.js";
import type { FaultHost } from "./fault-host.js";
import { hookObject, NF, type HookChain } from "./hook-objects.js";

export interface Scenario {
  setup(): void;
  op(sys: FaultHost): unknown;
}

export interface OurLink {
  id: number;
  prog_id: number;
  priority: number;
}

/**
 * Netfilter priorities of this test run: links are global objects (any namespace, any concurrent
 * test run), so each run picks its own pair from its pid and only looks at links there.
 */
export function testPriorities(pid: number = process.pid): [number, number] {
  const base = 1000 + (pid % 100000) * 2;
  return [base, base + 1];
}

/** The scenarios on `bpffs`; `cgroup` is the test cgroup ("-" for the netfilter ones). */
export function hookScenarios(bpffs: string, cgroup: string, prios: [number, number]): Record<string, Scenario> {
  const PRIOS = `${prios[0]}-${prios[1]}`;
  const nfIn = (ret: number, rule?: string): HookChain => ({ name: "nfin", hook: "BF_HOOK_NF_LOCAL_IN", ret, option: { key: "priorities", value: PRIOS }, rule });
  const nfOut = (ret: number): HookChain => ({ name: "nfout", hook: "BF_HOOK_NF_LOCAL_OUT", ret, option: { key: "priorities", value: PRIOS } });
  const cgSkb = (ret: number): HookChain => ({ name: "cgskb", hook: "BF_HOOK_CGROUP_SKB_EGRESS", ret, option: { key: "cgpath", value: cgroup } });
  const conn = (ret: number): HookChain => ({ name: "conn", hook: "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", ret, option: { key: "cgpath", value: cgroup } });

  const load = (chains: HookChain[], attach = true) => (sys?: FaultHost) =>
    loadChains({ bytes: hookObject(...chains), file: "v1.o", attach }, { bpffs, sys });
  const update = (chains: HookChain[]) => (sys?: FaultHost) => updateChains({ bytes: hookObject(...chains), file: "v2.o" }, { bpffs, sys });
  const none = (): void => {};

  return {
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
}

/** Our links: netfilter links at our priorities ("-" cgroup), or cgroup links on the test cgroup. */
export function ourLinks(cgroup: string, prios: [number, number]): OurLink[] {
  // A cgroup v2 directory's inode number is its cgroup id. Netfilter scenarios pass "-" (under
  // `ip netns exec`, /sys is remounted and the cgroup hierarchy is not there).
  const cgId = cgroup === "-" ? -2 : statSync(cgroup).ino;
  const sys = hostSys();
  const out: OurLink[] = [];
  forEachLink((fd, l) => {
    const nf = cgroup === "-" && l.type === LINK_TYPE.NETFILTER && prios.includes(l.priority);
    // cgroup link info: cgroup_id (u64) at 16; 0 once detached.
    const cg = cgroup !== "-" && l.type === LINK_TYPE.CGROUP && cgLinkCgroup(sys, fd) === cgId;
    if (nf || cg) out.push({ id: l.id, prog_id: l.progId, priority: nf ? l.priority : 0 });
  });
  return out;
}

function cgLinkCgroup(sys: ReturnType<typeof hostSys>, fd: number): number {
  const info = Buffer.alloc(64);
  if (objGetInfo(sys, fd, info) < 0) return -1;
  return Number(info.readBigUInt64LE(16));
}

