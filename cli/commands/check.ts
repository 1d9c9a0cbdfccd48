// `bfr check FILE...`: parse and check rulesets, print diagnostics to stderr in the contract
// format, exit 1 on any error (or any warning with --werror). `-` reads standard input.

import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { checkSource } from "../../compiler/frontend.js";
import { formatDiagnostics, type Diagnostic } from "../../grammar/diagnostics.js";

/** Reads a source file (`-` = stdin); on failure prints one line and returns null. */
export function readSource(file: string): string | null {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory" : err.message;
    process.stderr.write(`bfr: error BFR6101: cannot read '${file}': ${why}\n`);
    return null;
  }
}

export function register(program: Command): void {
  program
    .command("check")
    .description("check .bfr rulesets and print every error and warning")
    .argument("<files...>", "ruleset files ('-' reads standard input)")
    .option("--werror", "treat warnings as errors")
    .action((files: string[], opts: { werror?: boolean }) => {
      let failed = false;
      for (const file of files) {
        const text = readSource(file);
        if (text === null) {
          failed = true;
          continue;
        }
        const name = file === "-" ? "<stdin>" : file;
        const { diagnostics } = checkSource(text, name);
        const shown: Diagnostic[] = opts.werror ? diagnostics.map((d) => ({ ...d, severity: "error" })) : diagnostics;
        process.stderr.write(formatDiagnostics(shown, text));
        if (shown.some((d) => d.severity === "error")) failed = true;
      }
      process.exitCode = failed ? 1 : 0;
    });
}
