// Issue 5 item 5: `bfr test` runs netfilter chains too. The CLI gets full Ethernet frames (as for
// every hook) and the loader passes hook and family to the kernel's test run; verdicts and counters
// come back as for XDP/TC.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bfr } from "../host/env.js";
import { kernelSkipReason } from "../kernel/harness.js";
import { eth, icmp, ipv4, ipv6, tcp, toHex, udp } from "../kernel/packets.js";

const skip = kernelSkipReason();

describe.skipIf(skip !== null)("bfr test on netfilter hooks", () => {
  for (const hook of ["BF_HOOK_NF_PRE_ROUTING", "BF_HOOK_NF_LOCAL_IN", "BF_HOOK_NF_LOCAL_OUT"]) {
    it(`${hook}: verdicts and counters for IPv4 and IPv6 frames`, () => {
      const dir = mkdtempSync(join(tmpdir(), "bfr-nfcli-"));
      try {
        const file = join(dir, "nf.bfr");
        writeFileSync(file, `chain nf ${hook} ACCEPT\n    rule ip4.proto icmp counter DROP\n    rule tcp.dport 22 counter DROP\n`);
        const frames = [
          eth(ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, icmp({ type: 8 }))),
          eth(ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, udp({ sport: 1, dport: 22 }))),
          eth(ipv6({ src: "fd00::1", dst: "fd00::2" }, tcp({ sport: 1000, dport: 22 }))),
        ];
        const r = bfr(["test", file, "--json", ...frames.flatMap((f) => ["--packet", toHex(f)])], { timeout: 120_000 });
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
        const out = JSON.parse(r.stdout) as { results: { verdict: string; retval: number }[]; counters: { rules: { index: number; packets: number }[]; policy: { packets: number } } };
        expect(out.results.map((x) => x.verdict)).toEqual(["DROP", "ACCEPT", "DROP"]);
        expect(out.results.map((x) => x.retval)).toEqual([0, 1, 0]);
        expect(out.counters.rules.map((c) => Number(c.packets))).toEqual([1, 1]);
        expect(Number(out.counters.policy.packets)).toBe(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 180_000);
  }
});
