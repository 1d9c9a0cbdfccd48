// `bfr diff OLD NEW [--json]`: what changed between two versions of a ruleset, rule by rule, for
// review (objects or `.bfr` sources compiled in memory). Exit status like diff(1): 0 equivalent,
// 1 different, 2 trouble. `--json` prints the DiffResult documented in docs/REVIEW.md.

import type { Command } from "commander";
import { BfrError } from "../../elf/errors.js";
import { diffObjects, formatDiff } from "../../compiler/diff.js";
import { loadSpec } from "./disasm.js";

export function register(program: Command): void {
  program
    .command("diff")
    .description("rule-aware difference between two objects or .bfr files (exit 0 equivalent, 1 different, 2 error)")
    .argument("<old>", "old version: a BPF object (.o) or a .bfr ruleset")
    .argument("<new>", "new version: a BPF object (.o) or a .bfr ruleset")
    .option("--json", "print the result as JSON (schema in docs/REVIEW.md)")
    .option("--tc-compat", "for .bfr inputs: compile TC chains into `classifier` sections")
    .action(async (oldFile: string, newFile: string, opts: { json?: boolean; tcCompat?: boolean }) => {
      try {
        const [a, b] = [await loadSpec(oldFile, opts), await loadSpec(newFile, opts)];
        const result = diffObjects(a, b);
        process.stdout.write(opts.json ? JSON.stringify(result, null, 2) + "\n" : formatDiff(result));
        process.exitCode = result.equivalent ? 0 : 1;
      } catch (e) {
        // like diff(1), trouble is 2, never confused with "different" (1) — even for a bug
        if (e instanceof BfrError) {
          process.stderr.write(`bfr: error ${e.code}: ${e.message}\n`);
          if (e.hint) process.stderr.write(`  hint: ${e.hint}\n`);
        } else {
          process.stderr.write(`bfr: internal error: ${(e as Error).stack ?? String(e)}\n`);
        }
        process.exitCode = 2;
      }
    });
}
