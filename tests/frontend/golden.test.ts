// Golden diagnostics: every tests/golden/diag/NAME.bfr is checked and the exact `bfr check`
// stderr is compared with NAME.diag. UPDATE_GOLDEN=1 rewrites the .diag files (review the diff).

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSource } from "../../compiler/frontend.js";
import { formatDiagnostics } from "../../grammar/diagnostics.js";

const DIR = "tests/golden/diag";
const update = process.env.UPDATE_GOLDEN === "1";

/** What `bfr check tests/golden/diag/NAME.bfr` writes to stderr (run from the repo root). */
export function checkOutput(file: string): string {
  const text = readFileSync(file, "utf8");
  return formatDiagnostics(checkSource(text, file).diagnostics, text);
}

describe("golden diagnostics", () => {
  const cases = readdirSync(DIR).filter((f) => f.endsWith(".bfr")).sort();
  it("has at least 80 rejected inputs", () => {
    expect(cases.filter((c) => checkOutput(join(DIR, c)).includes(": error BFR")).length).toBeGreaterThanOrEqual(80);
  });
  for (const c of cases) {
    it(c, () => {
      const bfr = join(DIR, c);
      const got = checkOutput(bfr);
      const diagPath = bfr.replace(/\.bfr$/, ".diag");
      if (update) writeFileSync(diagPath, got);
      expect(got).not.toBe("");
      expect(got).toBe(readFileSync(diagPath, "utf8"));
    });
  }
});
