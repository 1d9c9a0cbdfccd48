// Golden disassembly: every tests/golden/asm/NAME.bfr is compiled and its `bfr disasm` text
// (as printed for `bfr disasm tests/golden/asm/NAME.bfr` from the repo root) must equal NAME.asm.
// These files are what reviewers read when code generation changes: UPDATE_GOLDEN=1 rewrites
// them, and the diff of the .asm files goes into the same commit as the compiler change.

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { disassemble } from "../../compiler/disasm.js";

const DIR = "tests/golden/asm";
const update = process.env.UPDATE_GOLDEN === "1";

/** What `bfr disasm FILE` prints for a .bfr file. */
export function disasmOutput(file: string): string {
  const r = compileSource(readFileSync(file, "utf8"), file);
  if (!r.spec) throw new Error(`${file} does not compile: ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return disassemble(r.spec);
}

describe("golden disassembly", () => {
  const cases = readdirSync(DIR).filter((f) => f.endsWith(".bfr")).sort();
  it("covers a dozen representative rulesets", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });
  for (const c of cases) {
    it(c, () => {
      const bfr = join(DIR, c);
      const asmPath = bfr.replace(/\.bfr$/, ".asm");
      const got = disasmOutput(bfr);
      if (update) writeFileSync(asmPath, got);
      expect(existsSync(asmPath), `${asmPath} missing: run UPDATE_GOLDEN=1 npx vitest run tests/review/golden-asm.test.ts`).toBe(true);
      expect(got).not.toMatch(/invalid opcode|outside the function/);
      expect(got).toBe(readFileSync(asmPath, "utf8"));
    });
  }
});
