// docs/DIAGNOSTICS.md must stay true: every BFR code in the source tree has a row, and every row
// (outside "Retired") names a code some source still uses.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareCatalogue, parseCatalogue, ROOT, scanSourceCodes } from "./catalogue-scan.js";

const DOC = join(ROOT, "docs", "DIAGNOSTICS.md");

describe("docs/DIAGNOSTICS.md catalogue", () => {
  const markdown = readFileSync(DOC, "utf8");
  const used = scanSourceCodes();
  const cat = parseCatalogue(markdown);

  it("finds codes of every stage in the source (the scan works)", () => {
    for (const stage of ["1", "2", "3", "4", "5", "6"]) {
      expect([...used.keys()].some((c) => c.startsWith(`BFR${stage}`)), `no BFR${stage}xxx code found`).toBe(true);
    }
  });

  it("lists every code the source uses", () => {
    const { missing } = compareCatalogue(used, cat);
    const report = missing.map((c) => `${c} (used at ${used.get(c)!.join(", ")})`);
    expect(report, "codes missing from docs/DIAGNOSTICS.md").toEqual([]);
  });

  it("lists no code that no source uses (retired codes go in the Retired section)", () => {
    expect(compareCatalogue(used, cat).unused, "codes in docs/DIAGNOSTICS.md used nowhere").toEqual([]);
  });

  it("lists each code once", () => {
    const rows = markdown.split("\n").map((l) => /^\|\s*(BFR\d{4})\s*\|/.exec(l)?.[1]).filter((c): c is string => !!c);
    expect(rows.filter((c, i) => rows.indexOf(c) !== i)).toEqual([]);
  });

  it("fails when a row is removed, and when a row names an unused code", () => {
    const base = compareCatalogue(used, cat);
    const someCode = [...cat.active].find((c) => c.startsWith("BFR5") && used.has(c))!;
    const withoutRow = markdown.split("\n").filter((l) => !l.startsWith(`| ${someCode} |`)).join("\n");
    expect(compareCatalogue(used, parseCatalogue(withoutRow)).missing).toEqual([...base.missing, someCode].sort());
    const withExtra = `${markdown}\n## More\n| BFR9999 | x | y | z |\n`;
    expect(compareCatalogue(used, parseCatalogue(withExtra)).unused).toEqual([...base.unused, "BFR9999"].sort());
    const retiredExtra = `${markdown}\n## Retired\n| BFR9999 | x | y |\n`;
    expect(compareCatalogue(used, parseCatalogue(retiredExtra)).unused).toEqual(base.unused);
  });
});
