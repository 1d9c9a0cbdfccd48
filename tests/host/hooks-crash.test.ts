// Crash recovery for netfilter and cgroup chains: a bfr killed (SIGKILL) at a syscall of load,
// update (netfilter: make-before-break), attach or unload leaves leftovers the next write cleans;
// the host is then consistent and each chain equals its state before or after. The loop runs in
// hooks-crash-child.ts, under `ip netns exec` in a namespace of the test's own for netfilter.

import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { kernelOk, skipReason } from "../loader/kernel.js";
import { cgroup2Root, cleanup, netns, repo, tempBpffs, testCgroup } from "./env.js";

/** Runs the driver asynchronously (vitest's worker stays responsive); its JSON report. */
async function drive(scenario: string, ns: string | null, cgroup: string): Promise<{ calls: number; seen: Record<string, number>; problems: string[] }> {
  const node = [process.execPath, "--import", "tsx", join(repo, "tests/host/hooks-crash-child.ts"), "drive", scenario, tempBpffs(), cgroup];
  const child = ns ? spawn("ip", ["netns", "exec", ns, ...node], { cwd: repo }) : spawn(node[0], node.slice(1), { cwd: repo });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise<number | null>((res) => child.on("exit", (c) => res(c)));
  expect(code, `${scenario}: ${err}`).toBe(0);
  return JSON.parse(out.trim().split("\n").pop()!);
}

describe.skipIf(!kernelOk)("netfilter and cgroup: a bfr killed mid-operation is cleaned up by the next write", () => {
  if (skipReason) console.log(skipReason);
  afterAll(cleanup);
  const cases: [string, boolean][] = [["nf-load", true], ["nf-update", true], ["nf-attach", true], ["nf-unload", true], ["cg-update", false], ["cg-unload", false]];
  for (const [sc, nf] of cases) {
    it.skipIf(!nf && !cgroup2Root())(`${sc}: killed at each syscall → each chain before or after, never a mix`, { timeout: 400_000 }, async () => {
      const r = await drive(sc, nf ? netns() : null, nf ? "-" : testCgroup());
      expect(r.problems).toEqual([]);
      expect(r.calls).toBeGreaterThan(10);
      expect(r.seen.before, "some crashes leave the state before").toBeGreaterThan(0);
      expect(r.seen.after, "some crashes leave the state after").toBeGreaterThan(0);
    });
  }
});
