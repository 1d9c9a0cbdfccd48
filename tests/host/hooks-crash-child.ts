// Crash recovery for the netfilter and cgroup hooks. Run as
//   hooks-crash-child.ts drive SCENARIO BPFFS CGROUP     (under `ip netns exec` for netfilter)
// it kills a copy of itself (`op` mode, same namespace) with SIGKILL at each syscall of the
// scenario's operation, lets the next write recover, and checks the host is consistent and each
// chain equal to its state before or after — never a mix within a chain — printing a JSON report
// (a multi-chain operation commits chain by chain: a crash can leave the first chains done). Consistent: no work
// directories; every chain with attach metadata has all its links (netfilter: link and link6)
// at the priority its metadata says, running its pinned program; the kernel has no other link of
// ours (netfilter links at the test priorities, cgroup links on the test cgroup).

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { hostSys, unloadChains } from "../../loader/host/index.js";
import { writeSession } from "../../loader/host/session.js";
import { readMeta } from "../../loader/host/meta.js";
import { linkInfo, progId, withPin } from "../../loader/host/kobj.js";
import { faultHost } from "./fault-host.js";
import { tree } from "./env.js";
import { hookScenarios, ourLinks, testPriorities, type OurLink } from "./hooks-scenarios.js";

const [mode, scenario, bpffs, cgroup, at, driver] = process.argv.slice(2);
// The `op` child uses its driver's priorities (its own pid would pick others).
const prios = testPriorities(mode === "op" ? Number(driver) : process.pid);
const sc = hookScenarios(bpffs, cgroup, prios)[scenario];

if (mode === "op") {
  sc.op(faultHost(null, 1, Number(at)));
  process.stdout.write("completed\n");
  process.exit(0);
}

const problems: string[] = [];

/** Checks the invariants; returns each chain's visible state (its pins and where it came from). */
function consistent(): Record<string, string> {
  const root = join(bpffs, "bfr");
  const t = tree(root);
  if (t.some((p) => p.includes("~"))) problems.push(`work directories left: ${t}`);
  const sys = hostSys();
  const pinned: OurLink[] = [];
  const objects: string[] = [];
  for (const c of t.filter((p) => !p.includes("/"))) {
    const dir = join(root, c);
    const meta = readMeta(sys, join(dir, "meta"));
    objects.push(`${c}:${meta.objectFile}:${meta.attach?.priority ?? "-"}`);
    const pid = withPin(sys, join(dir, "prog"), (fd) => progId(sys, fd));
    const pins = meta.attach === null ? [] : meta.attach.mode === "netfilter" ? ["link", "link6"] : ["link"];
    for (const pin of ["link", "link6"]) {
      const l = withPin(sys, join(dir, pin), (fd) => linkInfo(sys, fd));
      if ((l !== null) !== pins.includes(pin)) problems.push(`${c}: ${pin} ${l ? "pinned" : "missing"}, metadata ${JSON.stringify(meta.attach)}`);
      if (!l) continue;
      if (l.progId !== pid) problems.push(`${c}: ${pin} runs program ${l.progId}, pinned is ${pid}`);
      const nf = meta.attach?.mode === "netfilter";
      if (nf && l.priority !== meta.attach!.priority) problems.push(`${c}: ${pin} at priority ${l.priority}, metadata says ${meta.attach!.priority}`);
      pinned.push({ id: l.id, prog_id: l.progId, priority: nf ? l.priority : 0 });
    }
  }
  const kernel = JSON.stringify(ourLinks(cgroup, prios));
  const ours = JSON.stringify(pinned.sort((a, b) => a.id - b.id));
  if (kernel !== ours) problems.push(`attached links ${kernel} are not the pinned ones ${ours}`);
  const byChain: Record<string, string> = {};
  for (const o of objects) {
    const c = o.split(":")[0];
    byChain[c] = JSON.stringify({ pins: t.filter((p) => p.startsWith(`${c}/`)), object: o });
  }
  return byChain;
}

/** before / after for the whole host, "per-chain" when each chain is one or the other, else mixed. */
function classify(now: Record<string, string>, before: Record<string, string>, after: Record<string, string>): string {
  const chains = [...new Set([...Object.keys(now), ...Object.keys(before), ...Object.keys(after)])];
  // A chain the operation does not change must be as it was; the others tell before from after.
  const each = chains.map((c) => (before[c] === after[c] ? (now[c] === before[c] ? "same" : "mixed")
    : now[c] === before[c] ? "before" : now[c] === after[c] ? "after" : "mixed")).filter((w) => w !== "same");
  if (each.includes("mixed")) return "mixed";
  if (each.every((w) => w === "before")) return "before";
  return each.every((w) => w === "after") ? "after" : "per-chain";
}

const reset = (): void => {
  unloadChains("all", { bpffs });
  sc.setup();
};
reset();
const before = consistent();
const counting = faultHost(null);
sc.op(counting);
const after = consistent();
const seen: Record<string, number> = {};
// Every call for short operations; every other one (and the last) for long ones: each point
// costs a process start.
const points = new Set<number>([counting.calls]);
for (let n = 1; n <= counting.calls; n += counting.calls > 30 ? 2 : 1) points.add(n);
for (const n of [...points].sort((a, b) => a - b)) {
  reset();
  const r = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "op", scenario, bpffs, cgroup, String(n), String(process.pid)], { encoding: "utf8" });
  if (r.signal !== "SIGKILL") problems.push(`call ${n}: not killed: ${r.status} ${r.stdout}${r.stderr}`);
  writeSession({ bpffs }, () => undefined);
  const now = consistent();
  const which = classify(now, before, after);
  if (which === "mixed") problems.push(`crash at call ${n} (${counting.log[n - 1]}): ${JSON.stringify(now)}`);
  seen[which] = (seen[which] ?? 0) + 1;
}
unloadChains("all", { bpffs });
process.stdout.write(`${JSON.stringify({ calls: counting.calls, seen, problems })}\n`);
