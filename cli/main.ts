#!/usr/bin/env node
// The `bfr` command line: a thin layer over the library. Commands live in cli/commands/*; this file
// wires them and turns user errors into one diagnostic and a non-zero exit, never a stack trace.

import { Command, CommanderError } from "commander";
import { createRequire } from "node:module";
import { commands } from "./commands/index.js";
import { BfrError } from "../elf/errors.js";

const require = createRequire(import.meta.url);

function version(): string {
  for (const p of ["../package.json", "../../package.json"]) {
    try {
      return (require(p) as { version: string }).version;
    } catch {
      // try the next location (source tree vs dist/)
    }
  }
  return "unknown";
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name("bfr")
    .description("Compile bpfilter rulesets (.bfr) to BPF objects and load them")
    .version(version(), "-V, --version")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander already printed help, the version or the usage error
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof BfrError) {
      process.stderr.write(`bfr: error ${e.code}: ${e.message}\n`);
      if (e.hint) process.stderr.write(`  hint: ${e.hint}\n`);
      return 1;
    }
    throw e;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
