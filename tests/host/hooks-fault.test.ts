// All-or-nothing for the netfilter and cgroup hooks, by fault injection against the real kernel:
// every syscall of load, update (netfilter: make-before-break, both priorities, two chains),
// attach and unload fails in turn; afterwards the bpffs tree, our links and the programs they run,
// and the process's fds equal the state before (or, for a failed post-commit cleanup, the state
// after once the next write has recovered). The loop runs in hooks-fault-child.ts: netfilter
// links attach to the creating process's network namespace, so those scenarios run under
// `ip netns exec` in a namespace of the test's own.

import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { kernelOk, skipReason } from "../loader/kernel.js";
import { cgroup2Root, cleanup, netns, repo, tempBpffs, testCgroup } from "./env.js";

interface Report {
  calls: number;
  failures: number;
  linkDetachFaults: number;
  prios: [number, number];
  after: { id: number; prog_id: number; priority: number }[];
  problems: string[];
}

function runChild(scenario: string, ns: string | null, cgroup: string): Report {
  const bpffs = tempBpffs();
  const node = [process.execPath, "--import", "tsx", join(repo, "tests/host/hooks-fault-child.ts"), scenario, bpffs, cgroup];
  const r = ns ? spawnSync("ip", ["netns", "exec", ns, ...node], { encoding: "utf8", cwd: repo, timeout: 120_000 })
    : spawnSync(node[0], node.slice(1), { encoding: "utf8", cwd: repo, timeout: 120_000 });
  expect(r.status, `${scenario}: ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Report;
}

const nf: [string, number, number][] = [
  // scenario, links after (IPv4 + IPv6 per chain), which of the two priorities they use
  ["nf-load", 4, 0],
  ["nf-update", 2, 1],
  ["nf-update-back", 2, 0],
  ["nf-update-two", 4, 1],
  ["nf-attach", 2, 0],
  ["nf-unload", 0, 0],
];

describe.skipIf(!kernelOk)("netfilter and cgroup attach/update/unload are all-or-nothing under fault injection", () => {
  if (skipReason) console.log(skipReason);
  afterAll(cleanup);

  for (const [sc, links, prio] of nf) {
    it(`${sc}: every syscall failing leaves the host as it was`, () => {
      const r = runChild(sc, netns(), "-");
      expect(r.problems).toEqual([]);
      expect(r.calls).toBeGreaterThan(10);
      expect(r.failures).toBeGreaterThan(5);
      expect(r.after.length).toBe(links);
      for (const l of r.after) expect(l.priority).toBe(r.prios[prio]);
      // Make-before-break: failing the old links' detach was among the faults.
      if (sc.startsWith("nf-update")) expect(r.linkDetachFaults).toBeGreaterThan(0);
    }, 120_000);
  }

  const cg: [string, number][] = [["cg-load", 2], ["cg-update", 2], ["cg-attach", 1], ["cg-unload", 1]];
  for (const [sc, links] of cg) {
    it.skipIf(!cgroup2Root())(`${sc}: every syscall failing leaves the host as it was`, () => {
      const r = runChild(sc, null, testCgroup());
      expect(r.problems).toEqual([]);
      expect(r.calls).toBeGreaterThan(10);
      expect(r.failures).toBeGreaterThan(5);
      expect(r.after.length).toBe(links);
    }, 120_000);
  }
});
