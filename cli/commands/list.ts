// `bfr list [--json]`: the chains loaded under --bpffs, read from bpffs alone.

import type { Command } from "commander";
import { listChains, renderList } from "../../loader/host/index.js";
import { bpffsOption, hostOptions } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("list")
    .description("list the chains loaded on this host")
    .option("--json", "print a JSON array"))
    .action((opts: { bpffs?: string; json?: boolean }) => {
      const chains = listChains(hostOptions(opts));
      process.stdout.write(opts.json ? `${JSON.stringify(chains, null, 2)}\n` : renderList(chains));
    });
}
