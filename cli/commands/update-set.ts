// `bfr update-set NAME SET [--add E]... [--remove E]...`: edits a live chain's set in place.

import type { Command } from "commander";
import { BfrError } from "../../elf/errors.js";
import { updateSet } from "../../loader/host/index.js";
import { bpffsOption, collect, hostOptions } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("update-set")
    .description("add or remove elements of a loaded chain's set, without reloading")
    .argument("<name>", "chain name")
    .argument("<set>", "set name")
    .option("--add <element>", "element to add, as written in the set (repeatable)", collect)
    .option("--remove <element>", "element to remove (repeatable)", collect))
    .action((name: string, set: string, opts: { add?: string[]; remove?: string[]; bpffs?: string }) => {
      if (!opts.add?.length && !opts.remove?.length) throw new BfrError("BFR6205", "nothing to do: give --add or --remove");
      const { result: r } = updateSet(name, set, { add: opts.add, remove: opts.remove }, hostOptions(opts));
      const same = r.unchanged ? `, ${r.unchanged} already present` : "";
      process.stdout.write(`set ${r.set} of chain ${r.chain}: ${r.added} added, ${r.removed} removed${same}\n`);
    });
}
