// Issue 5, end to end: a chain with logging rules is compiled, loaded on a veth with `bfr load`,
// real pings cross it, and `bfr logs --json` (a separate process, streaming until SIGINT) prints one
// record per matching packet for a plain `log` rule and at most one per second for `log every 1s`.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bfr, cleanup, hasPing, pingFromPeer, repo, tempBpffs, veth } from "../host/env.js";
import { kernelSkipReason } from "../kernel/harness.js";

const RULES = `chain lg BF_HOOK_XDP ACCEPT
    rule icmp.type echo-request log every 1s counter CONTINUE
    rule icmp.type echo-request log internet,transport counter ACCEPT
`;

const skip =
  kernelSkipReason() ?? (spawnSync("ip", ["-V"]).status !== 0 || !hasPing() ? "ip or ping is not installed" : null);
if (skip) console.log(`bfr logs end-to-end test skipped: ${skip}`);

afterAll(() => cleanup());

interface Entry { rule: number; chain: string; kind: string; internet?: { src: string; dst: string; proto: number } | null; transport?: { type?: number } | null; time: string }

describe.skipIf(skip !== null)("bfr logs", () => {
  it("streams a record per logged ping, and `every 1s` rate-limits its rule", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-logs-"));
    try {
      writeFileSync(join(dir, "lg.bfr"), RULES);
      const obj = join(dir, "lg.o");
      expect(bfr(["compile", join(dir, "lg.bfr"), "-o", obj]).status).toBe(0);
      const fs = tempBpffs();
      const v = veth({ netns: true });
      const load = bfr(["load", obj, "--iface", v.host, "--bpffs", fs]);
      expect(load.stderr).toBe("");
      try {
        const child = spawn(process.execPath, ["--import", "tsx", join(repo, "cli/main.ts"), "logs", "lg", "--json", "--bpffs", fs], { cwd: repo });
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
        // Give the reader time to start (a CLI start takes seconds on a loaded machine).
        for (let i = 0; i < 60 && out === "" && err === "" && child.exitCode === null; i++) {
          if (pingFromPeer(v, 1, 0.2) !== 1) throw new Error("ping failed while logging");
          await new Promise((r) => setTimeout(r, 500));
          if (i > 20) break;
        }
        // Let the reader print every warm-up record before counting (no new line for a second).
        let seen = -1;
        while (out.split("\n").length !== seen) {
          seen = out.split("\n").length;
          await new Promise((r) => setTimeout(r, 1000));
        }
        const before = out.split("\n").filter(Boolean).length;
        expect(before).toBeGreaterThan(0);
        const started = Date.now();
        expect(pingFromPeer(v, 8, 0.2)).toBe(8); // ~1.6 s of echo requests
        const spanS = (Date.now() - started) / 1000;
        await new Promise((r) => setTimeout(r, 1500));
        child.kill("SIGINT");
        expect(await exited).toBe(0);
        expect(err).toBe("");
        const entries = out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Entry);
        const late = entries.slice(before);
        const plain = late.filter((e) => e.rule === 1);
        const limited = late.filter((e) => e.rule === 0);
        expect(plain).toHaveLength(8);
        for (const e of plain) {
          expect(e.chain).toBe("lg");
          expect(e.internet).toMatchObject({ src: v.peerIp, dst: v.hostIp, proto: 1 });
          expect(e.transport?.type).toBe(8);
          expect(Math.abs(Date.parse(e.time) - Date.now())).toBeLessThan(120_000); // wall clock
        }
        expect(limited.length).toBeGreaterThanOrEqual(1);
        expect(limited.length).toBeLessThanOrEqual(Math.ceil(spanS) + 1);
        expect(limited.length).toBeLessThan(plain.length);
      } finally {
        bfr(["unload", "--all", "--bpffs", fs]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
