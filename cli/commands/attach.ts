// `bfr attach NAME (--iface X | --ifindex N)`: attaches a chain loaded with --no-attach (or
// without interface options) to an interface.

import type { Command } from "commander";
import { attachChain } from "../../loader/host/index.js";
import { bpffsOption, describe, hostOptions, targetOf, warnLeftovers } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("attach")
    .description("attach a loaded chain to an interface")
    .argument("<name>", "chain name")
    .option("--iface <name>", "interface name")
    .option("--ifindex <n>", "interface index"))
    .action((name: string, opts: { iface?: string; ifindex?: string; bpffs?: string }) => {
      const w = attachChain(name, targetOf(opts), hostOptions(opts));
      process.stdout.write(`${describe({ ...w.result, action: "loaded" }).replace(/^loaded/, "attached")}\n`);
      warnLeftovers(w);
    });
}
