// `bfr update OBJ [--chain NAME]...`: replaces loaded chains' programs atomically (BPF_LINK_UPDATE
// with BPF_F_REPLACE: no packet sees neither program); counters of unchanged rules carry over.

import type { Command } from "commander";
import { updateChains } from "../../loader/host/index.js";
import { bpffsOption, collect, describe, hostOptions, readObjectFile, warnLeftovers } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("update")
    .description("atomically replace loaded chains with the object's new version")
    .argument("<object>", "compiled object (.o)")
    .option("--chain <name>", "update only this chain (repeatable)", collect)
    .option("--json", "print the results as JSON"))
    .action((file: string, opts: { chain?: string[]; bpffs?: string; json?: boolean }) => {
      const w = updateChains({ bytes: readObjectFile(file), file, chains: opts.chain }, hostOptions(opts));
      process.stdout.write(opts.json ? `${JSON.stringify(w.result, null, 2)}\n` : w.result.map((r) => `${describe(r)}\n`).join(""));
      warnLeftovers(w);
    });
}
