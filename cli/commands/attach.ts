// `bfr attach NAME [--iface X | --ifindex N | --cgroup PATH]`: attaches a chain loaded with
// --no-attach (or without hook options): to an interface, a cgroup, or netfilter (its priorities).

import type { Command } from "commander";
import { attachChain } from "../../loader/host/index.js";
import { bpffsOption, describe, hostOptions, targetOf, warnLeftovers } from "./load.js";

export function register(program: Command): void {
  bpffsOption(program
    .command("attach")
    .description("attach a loaded chain to its hook (an interface, a cgroup, netfilter)")
    .argument("<name>", "chain name")
    .option("--iface <name>", "interface name")
    .option("--ifindex <n>", "interface index")
    .option("--cgroup <path>", "cgroup v2 directory (cgroup_skb / cgroup_sock_addr chains)"))
    .action((name: string, opts: { iface?: string; ifindex?: string; cgroup?: string; bpffs?: string }) => {
      const w = attachChain(name, targetOf(opts), hostOptions(opts));
      process.stdout.write(`${describe({ ...w.result, action: "loaded" }).replace(/^loaded/, "attached")}\n`);
      warnLeftovers(w);
    });
}
