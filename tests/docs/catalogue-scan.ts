// Helpers for the documentation tests: find every `BFRnnnn` code the source tree uses, read the
// codes docs/DIAGNOSTICS.md lists (its "Retired" section apart), and compare the two.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Directories whose code may emit or throw a BFR code. */
export const SOURCE_DIRS = ["compiler", "elf", "loader", "cli", "grammar"];

/** Source files only: the native addon's C++ too, never build output. */
const SOURCE_EXT = /\.(ts|mts|js|mjs|cc|cpp|c|h)$/;
const SKIP_DIRS = new Set(["node_modules", "build", "dist"]);
const CODE = /BFR\d{4}(?!\d)/g;

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out);
    } else if (e.isFile() && SOURCE_EXT.test(e.name)) {
      out.push(p);
    }
  }
}

/** Every code literal in the source dirs, with the `file:line` of each occurrence. */
export function scanSourceCodes(root: string = ROOT, dirs: readonly string[] = SOURCE_DIRS): Map<string, string[]> {
  const files: string[] = [];
  for (const d of dirs) walk(join(root, d), files);
  const codes = new Map<string, string[]>();
  for (const f of files.sort()) {
    readFileSync(f, "utf8").split("\n").forEach((line, i) => {
      for (const m of line.matchAll(CODE)) {
        const at = `${relative(root, f)}:${i + 1}`;
        codes.set(m[0], [...(codes.get(m[0]) ?? []), at]);
      }
    });
  }
  return codes;
}

export interface Catalogue {
  /** Codes with a row in a table outside the "Retired" section. */
  active: Set<string>;
  /** Codes with a row in the "Retired" section. */
  retired: Set<string>;
}

/** The codes of the catalogue's table rows (`| BFRnnnn | …`), split at the `## Retired` heading. */
export function parseCatalogue(markdown: string): Catalogue {
  const cat: Catalogue = { active: new Set(), retired: new Set() };
  let section = "";
  for (const line of markdown.split("\n")) {
    const h = /^##\s+(.*)$/.exec(line);
    if (h) section = h[1].trim().toLowerCase();
    const row = /^\|\s*(BFR\d{4})\s*\|/.exec(line);
    if (row) (section === "retired" ? cat.retired : cat.active).add(row[1]);
  }
  return cat;
}

/** Codes the source uses but the doc does not list, and codes the doc lists that nothing uses. */
export function compareCatalogue(used: ReadonlyMap<string, string[]>, cat: Catalogue): { missing: string[]; unused: string[] } {
  const missing = [...used.keys()].filter((c) => !cat.active.has(c) && !cat.retired.has(c)).sort();
  const unused = [...cat.active].filter((c) => !used.has(c)).sort();
  return { missing, unused };
}
