// `bfr compile FILE.bfr -o OUT.o [--tc-compat] [--print-hash]`: source → BPF object. Diagnostics go
// to stderr in the contract format; on any error nothing is written. The object is written to a
// temporary file next to OUT and renamed into place, so OUT is never left half-written.

import type { Command } from "commander";
import { createHash } from "node:crypto";
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { compileSource } from "../../compiler/compile.js";
import { formatDiagnostics } from "../../grammar/diagnostics.js";
import { BfrError } from "../../elf/errors.js";
import { readSource } from "./check.js";

function writeAtomically(path: string, data: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, { mode: 0o644 });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file was never created
    }
    throw new BfrError("BFR6102", `cannot write '${path}': ${(e as Error).message}`);
  }
}

export function register(program: Command): void {
  program
    .command("compile")
    .description("compile a .bfr ruleset to a BPF object file")
    .argument("<file>", "ruleset file ('-' reads standard input)")
    .requiredOption("-o, --output <file>", "object file to write")
    .option("--tc-compat", "put TC programs in 'classifier' sections (libbpf < 1.3)")
    .option("--print-hash", "print the sha256 of the object")
    .action((file: string, opts: { output: string; tcCompat?: boolean; printHash?: boolean }) => {
      const text = readSource(file);
      if (text === null) {
        process.exitCode = 1;
        return;
      }
      const name = file === "-" ? "<stdin>" : file;
      const out = compileSource(text, name, { tcCompat: opts.tcCompat ?? false });
      process.stderr.write(formatDiagnostics(out.diagnostics, text));
      if (!out.object) {
        process.exitCode = 1;
        return;
      }
      writeAtomically(opts.output, out.object);
      if (opts.printHash) process.stdout.write(`${createHash("sha256").update(out.object).digest("hex")}\n`);
      process.exitCode = 0;
    });
}
