// Every example in examples/ compiles, loads through the kernel verifier and passes its
// examples/NAME.cases.json — through the library API (compile, openChainForTest, run, counters)
// and through the CLI (`bfr test FILE.bfr --cases FILE`, exit 0), and a deliberately wrong case
// file makes the CLI exit 1. The case files are generated from tests/kernel/examples-gen.ts and
// must match it (UPDATE_GOLDEN=1 rewrites them).

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openChainForTest } from "../loader/testrun.js";
import { compileOrThrow, expectDelta, kernelSkipReason, runExpect, snapshot, type Expect } from "./kernel/harness.js";
import { EXAMPLES, casesJson } from "./kernel/examples-gen.js";
import { fromHex } from "./kernel/packets.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = join(ROOT, "examples");
const NAMES = readdirSync(DIR).filter((f) => f.endsWith(".bfr")).map((f) => f.slice(0, -4)).sort();
const skip = kernelSkipReason();

interface CasesJson {
  chain?: string;
  cases: { name: string; packet: string; mark?: number; verdict: Expect; mark_after?: number }[];
  counters?: { rules: { index: number; packets: number }[]; policy: { packets: number } };
}

function casesPath(name: string): string {
  return join(DIR, `${name}.cases.json`);
}

/** Runs `bfr test BFR --cases CASES` from the source tree (as a user would through tsx). */
function bfrTest(bfr: string, cases: string): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", "test", bfr, "--cases", cases], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { out += d.toString(); });
    const timer = setTimeout(() => child.kill("SIGKILL"), 150_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, out });
    });
  });
}

describe("examples/", () => {
  it("has 6–8 examples, each with a generated case file", () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(6);
    expect(NAMES.length).toBeLessThanOrEqual(8);
    expect(NAMES).toEqual(Object.keys(EXAMPLES).sort());
    for (const name of NAMES) {
      const want = casesJson(EXAMPLES[name]);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(casesPath(name), want);
      expect(readFileSync(casesPath(name), "utf8"), `${name}.cases.json is out of date (UPDATE_GOLDEN=1)`).toBe(want);
    }
  });
});

describe.skipIf(skip !== null)("examples/ through the kernel", () => {
  for (const name of NAMES) {
    it(`${name}: compiles, verifies, and its cases pass (library API)`, async () => {
      const file = `examples/${name}.bfr`;
      const obj = compileOrThrow(readFileSync(join(ROOT, file), "utf8"), file);
      const cases = JSON.parse(readFileSync(casesPath(name), "utf8")) as CasesJson;
      const chain = await openChainForTest(obj, cases.chain);
      try {
        const l = { hook: chain.hook.name, source: file, chain };
        const before = snapshot(l);
        for (const c of cases.cases) {
          runExpect(l, fromHex(c.packet), { expect: c.verdict, mark: c.mark, markAfter: c.mark_after, what: `${name}: ${c.name}` });
        }
        const want = cases.counters!;
        expectDelta(before, snapshot(l), {
          rules: Object.fromEntries(want.rules.map((r) => [r.index, r.packets])),
          policy: want.policy.packets,
        }, `${name} counters`);
      } finally {
        chain.close();
      }
    });
  }

  it("`bfr test FILE.bfr --cases FILE.cases.json` exits 0 for every example", async () => {
    // The CLI processes run side by side: each one starts tsx, compiles and loads its chain.
    const runs = await Promise.all(NAMES.map((n) => bfrTest(`examples/${n}.bfr`, `examples/${n}.cases.json`)));
    const failed = runs.map((r, i) => ({ name: NAMES[i], ...r })).filter((r) => r.status !== 0);
    expect(failed).toEqual([]);
  }, 180_000);

  it("a wrong case file makes `bfr test --cases` exit 1 and name the case", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "bfr-examples-"));
    try {
      const cases = JSON.parse(readFileSync(casesPath("edge-blocklist"), "utf8")) as CasesJson;
      const target = cases.cases.findIndex((c) => c.verdict === "DROP");
      cases.cases[target].verdict = "ACCEPT";
      const wrong = join(tmp, "wrong.cases.json");
      writeFileSync(wrong, JSON.stringify(cases));
      // Wrong counters alone are a failure too.
      const counters = JSON.parse(readFileSync(casesPath("accounting"), "utf8")) as CasesJson;
      counters.counters!.policy.packets += 1;
      const wrongCounters = join(tmp, "counters.cases.json");
      writeFileSync(wrongCounters, JSON.stringify(counters));
      const [r, rc] = await Promise.all([
        bfrTest("examples/edge-blocklist.bfr", wrong),
        bfrTest("examples/accounting.bfr", wrongCounters),
      ]);
      expect(r.status, r.out).toBe(1);
      expect(r.out).toContain(cases.cases[target].name);
      expect(rc.status, rc.out).toBe(1);
      expect(rc.out).toContain("policy");
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 180_000);
});
