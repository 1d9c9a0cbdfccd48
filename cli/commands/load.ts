// `bfr load OBJ [--chain NAME]... [--no-attach] [--replace] [--iface NAME | --ifindex N | --cgroup P]`: loads an
// object's chains on this host, pins them under --bpffs and attaches them. Also the helpers every
// host command shares (--bpffs, --iface/--ifindex, reading the object, printing results).

import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { BfrError } from "../../elf/errors.js";
import { DEFAULT_BPFFS, loadChains, type ChainResult, type HostOptions, type TargetOverride, type WriteResult } from "../../loader/host/index.js";

/** Adds --bpffs to a host command. */
export function bpffsOption(cmd: Command): Command {
  return cmd.option("--bpffs <path>", "bpffs mount point; state lives in PATH/bfr/", DEFAULT_BPFFS);
}

export function hostOptions(opts: { bpffs?: string }): HostOptions {
  return { bpffs: opts.bpffs ?? DEFAULT_BPFFS };
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --iface / --ifindex / --cgroup (mutually exclusive; --ifindex a positive decimal). */
export function targetOf(opts: { iface?: string; ifindex?: string; cgroup?: string }): TargetOverride {
  if (opts.iface !== undefined && opts.ifindex !== undefined) {
    throw new BfrError("BFR6203", "--iface and --ifindex cannot be used together");
  }
  if (opts.cgroup !== undefined) {
    if (opts.iface !== undefined || opts.ifindex !== undefined) throw new BfrError("BFR6203", "--cgroup cannot be used with --iface or --ifindex");
    return { cgroup: opts.cgroup };
  }
  if (opts.ifindex !== undefined) {
    if (!/^[1-9]\d*$/.test(opts.ifindex)) throw new BfrError("BFR6203", `--ifindex '${opts.ifindex}' is not a positive integer`);
    return { ifindex: Number(opts.ifindex) };
  }
  return opts.iface !== undefined ? { iface: opts.iface } : {};
}

export function readObjectFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BfrError("BFR6204", `cannot read '${file}': ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

function whereText(r: ChainResult): string {
  const a = r.attach;
  if (!a) return "not attached";
  if (a.mode === "netfilter") return `attached to netfilter at priority ${a.priority} (IPv4 and IPv6 links), link id ${r.linkId}`;
  if (a.mode === "cgroup") return `attached to cgroup ${a.cgroup}, link id ${r.linkId}`;
  return `attached to ${a.iface ?? "?"} (ifindex ${a.ifindex}, ${a.mode}), link id ${r.linkId}`;
}

export function describe(r: ChainResult): string {
  const where = whereText(r);
  const carried = r.carried !== undefined ? `, ${r.carried} counter(s) carried over` : "";
  return `${r.action} chain ${r.name} (${r.hook}): ${where}, program id ${r.programId}${carried}`;
}

/** Prints post-commit cleanups that failed (the change itself succeeded). */
export function warnLeftovers(w: WriteResult<unknown>): void {
  for (const l of w.leftovers) process.stderr.write(`bfr: warning: ${l} (the next bfr command cleans it up)\n`);
}

export function register(program: Command): void {
  bpffsOption(program
    .command("load")
    .description("load an object's chains on this host, pin them and attach them")
    .argument("<object>", "compiled object (.o)")
    .option("--chain <name>", "load only this chain (repeatable)", collect)
    .option("--no-attach", "load and pin, but do not attach")
    .option("--replace", "update chains that are already loaded instead of failing")
    .option("--iface <name>", "attach to this interface (overrides the hook options)")
    .option("--ifindex <n>", "attach to this interface index (overrides the hook options)")
    .option("--cgroup <path>", "attach cgroup_skb / cgroup_sock_addr chains to this cgroup v2 directory (overrides cgpath=)")
    .option("--json", "print the results as JSON"))
    .action((file: string, opts: { chain?: string[]; attach: boolean; replace?: boolean; iface?: string; ifindex?: string; cgroup?: string; bpffs?: string; json?: boolean }) => {
      const w = loadChains({
        bytes: readObjectFile(file), file, chains: opts.chain, attach: opts.attach, replace: opts.replace, target: targetOf(opts),
      }, hostOptions(opts));
      process.stdout.write(opts.json ? `${JSON.stringify(w.result, null, 2)}\n` : w.result.map((r) => `${describe(r)}\n`).join(""));
      warnLeftovers(w);
    });
}
