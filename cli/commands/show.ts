// `bfr show NAME [--json]`: a loaded chain printed back as `.bfr` source with its live sets and
// every counter as a comment; --json gives {name, rules: [{index, text, packets, bytes}], policy, …}.

import type { Command } from "commander";
import { renderShow, showChain, type ChainDetail } from "../../loader/host/index.js";
import { bpffsOption, hostOptions } from "./load.js";

function json(c: ChainDetail): unknown {
  const { meta, counters, ...status } = c;
  return {
    ...status,
    rules: counters,
    canonical: meta.chain?.canonical ?? null,
    maps: meta.maps.map((m) => ({ name: m.name, role: m.role, max_entries: m.maxEntries })),
  };
}

export function register(program: Command): void {
  bpffsOption(program
    .command("show")
    .description("print a loaded chain with its counters")
    .argument("<name>", "chain name")
    .option("--json", "print JSON"))
    .action((name: string, opts: { bpffs?: string; json?: boolean }) => {
      const c = showChain(name, hostOptions(opts));
      process.stdout.write(opts.json ? `${JSON.stringify(json(c), null, 2)}\n` : renderShow(c));
    });
}
