// Child process for the fault-injection tests of the netfilter and cgroup hooks. Netfilter links
// attach to the network namespace of the process that creates them, so the test runs this file
// under `ip netns exec` (a namespace of its own); cgroup links are not per namespace, so the cgroup
// scenarios run it directly (with the test cgroup's path). For one scenario it fails every syscall of the operation in turn and prints a JSON
// report: how many calls, how many failed the operation, and every difference from the expected
// state (bpffs tree, our links and the programs they run, this process's fds). Usage:
//   hooks-fault-child.ts SCENARIO BPFFS CGROUP_DIR

import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { BfrError } from "../../elf/errors.js";
import { listChains, unloadChains } from "../../loader/host/index.js";
import { procFds } from "../loader/fault-sys.js";
import { faultHost } from "./fault-host.js";
import { tree } from "./env.js";
import { hookScenarios, ourLinks, testPriorities } from "./hooks-scenarios.js";

const [scenario, bpffs, cgroup] = process.argv.slice(2);
const prios = testPriorities();
const scenarios = hookScenarios(bpffs, cgroup, prios);
function state(): { tree: string[]; links: unknown; fds: string[] } {
  return { tree: tree(join(bpffs, "bfr")), links: ourLinks(cgroup, prios), fds: procFds() };
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
process.stdout.write(`${JSON.stringify({ calls: counting.calls, failures, linkDetachFaults: detachedNf, prios, after: after.links, problems })}\n`);
