// `bfr unload NAME... | --all`: detaches chains, unpins everything and removes their directories.

import type { Command } from "commander";
import { BfrError } from "../../elf/errors.js";
import { unloadChains } from "../../loader/host/index.js";
import { bpffsOption, hostOptions, warnLeftovers } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("unload")
    .description("detach and remove loaded chains")
    .argument("[names...]", "chain names")
    .option("--all", "unload every chain"))
    .action((names: string[], opts: { all?: boolean; bpffs?: string }) => {
      if (Boolean(opts.all) === names.length > 0) throw new BfrError("BFR6206", "give chain names or --all (not both)");
      const w = unloadChains(opts.all ? "all" : names, hostOptions(opts));
      process.stdout.write(w.result.length ? w.result.map((n) => `unloaded chain ${n}\n`).join("") : "no chains loaded\n");
      warnLeftovers(w);
    });
}
