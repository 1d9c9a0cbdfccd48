// `bfr fmt FILE`: print the ruleset in canonical form (compiler/print.ts) to stdout. The file
// must check cleanly; diagnostics go to stderr. Comments are not kept (normal form).

import type { Command } from "commander";
import { checkSource } from "../../compiler/frontend.js";
import { printRuleset } from "../../compiler/print.js";
import { formatDiagnostics } from "../../grammar/diagnostics.js";
import { readSource } from "./check.js";

export function register(program: Command): void {
  program
    .command("fmt")
    .description("print a .bfr ruleset in canonical form")
    .argument("<file>", "ruleset file ('-' reads standard input)")
    .action((file: string) => {
      const text = readSource(file);
      if (text === null) {
        process.exitCode = 1;
        return;
      }
      const { ruleset, diagnostics } = checkSource(text, file === "-" ? "<stdin>" : file);
      process.stderr.write(formatDiagnostics(diagnostics, text));
      if (!ruleset) {
        process.exitCode = 1;
        return;
      }
      process.stdout.write(printRuleset(ruleset));
      process.exitCode = 0;
    });
}
