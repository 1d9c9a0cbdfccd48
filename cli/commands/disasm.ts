// `bfr disasm OBJ [--raw] [--chain NAME]`: the reviewer's view of a compiled object (or of a `.bfr`
// file, compiled in memory). Also the git textconv driver: `git config diff.bfr.textconv
// "bfr disasm"` with `*.o diff=bfr` in .gitattributes (docs/REVIEW.md). It prints nothing that
// depends on the file's path, which for textconv is a temporary file.

import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { BfrError } from "../../elf/errors.js";
import { readObject } from "../../elf/read.js";
import type { ObjectSpec } from "../../elf/spec.js";
import { disassemble } from "../../compiler/disasm.js";

/**
 * An object spec from a `.o` file, or from a `.bfr` file compiled in memory (the compiler is
 * loaded only then, so disassembling objects stays fast for git). Throws BfrError.
 */
export async function loadSpec(file: string, opts: { tcCompat?: boolean } = {}): Promise<ObjectSpec> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a directory" : err.message;
    throw new BfrError("BFR6101", `cannot read '${file}': ${why}`);
  }
  if (!file.endsWith(".bfr")) return readObject(bytes);
  const { compileSource } = await import("../../compiler/compile.js");
  const text = Buffer.from(bytes).toString("utf8");
  const result = compileSource(text, file, opts);
  if (!result.spec) {
    const { formatDiagnostics } = await import("../../grammar/diagnostics.js");
    process.stderr.write(formatDiagnostics(result.diagnostics, text));
    throw new BfrError("BFR6302", `'${file}' does not compile`);
  }
  return result.spec;
}

export function register(program: Command): void {
  program
    .command("disasm")
    .description("disassemble a compiled object (or a .bfr file) in the verifier's syntax, with each rule's source")
    .argument("<object>", "a BPF object (.o), ours or foreign, or a .bfr ruleset")
    .option("--raw", "add each instruction slot's bytes")
    .option("--chain <name>", "only this chain")
    .option("--tc-compat", "for a .bfr input: compile TC chains into `classifier` sections")
    .action(async (file: string, opts: { raw?: boolean; chain?: string; tcCompat?: boolean }) => {
      const spec = await loadSpec(file, { tcCompat: opts.tcCompat });
      let text: string;
      try {
        text = disassemble(spec, { raw: opts.raw, chain: opts.chain });
      } catch (e) {
        throw new BfrError("BFR6301", (e as Error).message);
      }
      process.stdout.write(text);
    });
}
