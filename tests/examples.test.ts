// Every example in examples/ compiles, loads through the kernel verifier and passes its
// examples/NAME.cases.json — through the library API (compile, openChainForTest, run, counters)
// and through the CLI (`bfr test FILE.bfr --cases FILE`, exit 0), and a deliberately wrong case
// file makes the CLI exit 1. The case files are generated from tests/kernel/examples-gen.ts and
// must match it (UPDATE_GOLDEN=1 rewrites them).

import { spawnSync } from "node:child_process";
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

function bfrTest(bfr: string, cases: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "test", bfr, "--cases", cases], {
    cwd: ROOT, encoding: "utf8", timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
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

    it(`${name}: \`bfr test --cases\` exits 0`, () => {
      const r = bfrTest(`examples/${name}.bfr`, `examples/${name}.cases.json`);
      expect(r.status, r.out).toBe(0);
    });
  }

  it("a wrong case file makes `bfr test --cases` exit 1 and name the case", () => {
    const tmp = mkdtempSync(join(tmpdir(), "bfr-examples-"));
    try {
      const cases = JSON.parse(readFileSync(casesPath("edge-blocklist"), "utf8")) as CasesJson;
      const target = cases.cases.findIndex((c) => c.verdict === "DROP");
      cases.cases[target].verdict = "ACCEPT";
      const wrong = join(tmp, "wrong.cases.json");
      writeFileSync(wrong, JSON.stringify(cases));
      const r = bfrTest("examples/edge-blocklist.bfr", wrong);
      expect(r.status, r.out).toBe(1);
      expect(r.out).toContain(cases.cases[target].name);

      // Wrong counters alone are a failure too.
      const counters = JSON.parse(readFileSync(casesPath("accounting"), "utf8")) as CasesJson;
      counters.counters!.policy.packets += 1;
      writeFileSync(wrong, JSON.stringify(counters));
      expect(bfrTest("examples/accounting.bfr", wrong).status).toBe(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
