// `bfr test` as a user runs it, on the conformance points that only the command line exercises:
// `--mark N` before the run and the mark after it (TC), `--repeat N` reflected in the counters,
// `--packet HEX` given several times, and the `--json` output shape of issue 3.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kernelSkipReason } from "./harness.js";
import { eth, ipv4, tcp, toHex, udp } from "./packets.js";

const ROOT = join(import.meta.dirname, "../..");
const skip = kernelSkipReason();

function bfr(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    const timer = setTimeout(() => child.kill("SIGKILL"), 150_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

interface JsonOut {
  chain: string;
  results: { verdict: string; retval: number; ns: number; mark: number | null }[];
  counters: { rules: { index: number; packets: number; bytes: number }[]; policy: { packets: number; bytes: number } };
}

const SOURCE = `chain marks BF_HOOK_TC_EGRESS ACCEPT
rule meta.mark 0x99 counter DROP
rule tcp.dport 22 mark 0x10 counter ACCEPT
rule udp.dport 53 counter NEXT
`;

describe.skipIf(skip !== null)("bfr test on the command line", () => {
  it("--mark sets the mark before the run, --json reports it after; --repeat counts every run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-cli-"));
    try {
      const file = join(dir, "marks.bfr");
      writeFileSync(file, SOURCE);
      const ssh = toHex(eth(ipv4({}, tcp({ dport: 22 }))));
      const dns = toHex(eth(ipv4({}, udp({ dport: 53 }))));
      const [marked, plain, repeated] = await Promise.all([
        bfr(["test", file, "--packet", ssh, "--packet", dns, "--mark", "0x99", "--json"]),
        bfr(["test", file, "--packet", ssh, "--packet", dns, "--mark", "7", "--json"]),
        bfr(["test", file, "--packet", ssh, "--repeat", "25", "--json"]),
      ]);
      for (const r of [marked, plain, repeated]) expect(r.status, r.stderr).toBe(0);

      const m = JSON.parse(marked.stdout) as JsonOut;
      expect(m.chain).toBe("marks");
      expect(m.results.map((r) => [r.verdict, r.retval, r.mark])).toEqual([["DROP", 2, 0x99], ["DROP", 2, 0x99]]);
      expect(m.counters.rules.map((r) => [r.index, r.packets])).toEqual([[0, 2], [1, 0], [2, 0]]);

      const p = JSON.parse(plain.stdout) as JsonOut;
      // TCX_NEXT is -1 (UAPI linux/bpf.h); the mark is untouched by a rule without `mark`.
      expect(p.results.map((r) => [r.verdict, r.retval | 0, r.mark])).toEqual([["ACCEPT", 0, 0x10], ["NEXT", -1, 7]]);
      expect(p.counters.policy.packets).toBe(0);

      const r = JSON.parse(repeated.stdout) as JsonOut;
      expect(r.counters.rules.find((x) => x.index === 1)).toEqual({ index: 1, packets: 25, bytes: 25 * 54 });
      expect(typeof r.results[0].ns).toBe("number");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
