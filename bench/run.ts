// Benchmark entry point: `npx tsx bench/run.ts [--quick] [--no-scale] [--no-packets] [--only TEXT]`
// [--clang-scale] [--shape auto|one|split]. --shape forces the compiler's code shape; --only keeps the per-packet rows whose name contains TEXT; --clang-scale adds
// clang's compile and bpftool's load times for 1k and 10k rules (minutes).
// Prints (Markdown, to stdout) the machine, the per-packet table (ours against clang-compiled C)
// and the compile/load table; progress goes to stderr. Benchmarks print figures and never assert
// on time; a wrong verdict is reported in the table's note column, not thrown.

import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { CLANG_FLAGS, Workspace } from "./clangside.js";
import { clangScaleTable, measureClangScale } from "./clangscale.js";
import { loadOurs, type Ours } from "./ours.js";
import { measurePerPacket, perPacketTable } from "./perpacket.js";
import { measureScale, scaleTable } from "./scale.js";
import { rows } from "./workload.js";

interface Args {
  only?: string;
  shape?: string;
  clangScale: boolean;
  quick: boolean;
  packets: boolean;
  scale: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { quick: false, packets: true, scale: true, clangScale: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") args.quick = true;
    else if (a === "--no-scale") args.scale = false;
    else if (a === "--no-packets") args.packets = false;
    else if (a === "--clang-scale") args.clangScale = true;
    else if (a === "--only" && i + 1 < argv.length) args.only = argv[++i];
    else if (a === "--shape" && i + 1 < argv.length) args.shape = argv[++i];
    else throw new Error(`unknown argument ${a} (use --quick, --no-scale, --no-packets, --only TEXT, --clang-scale, --shape S)`);
  }
  return args;
}

function tool(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8" }).split("\n")[0].trim();
  } catch {
    return "unavailable";
  }
}

function machine(): string {
  return [
    `- CPU: ${cpus()[0]?.model ?? "?"}, nproc ${cpus().length}`,
    `- kernel: ${tool("uname", ["-r"])}`,
    `- clang: ${tool("clang", ["--version"])} (flags: ${CLANG_FLAGS.join(" ")})`,
    `- bpftool: ${tool("bpftool", ["version"])}`,
    `- node: ${process.version}`,
    `- load average at start (1/5/15 min): ${loadavg().map((x) => x.toFixed(1)).join(" / ")}`,
  ].join("\n");
}

/** Runs `fn` with a private bpffs workspace that is removed afterwards, even on SIGINT/SIGTERM. */
async function withWorkspace<T>(fn: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = new Workspace();
  const bail = () => {
    ws.close();
    process.exit(130);
  };
  process.once("SIGINT", bail).once("SIGTERM", bail);
  try {
    return await fn(ws);
  } finally {
    process.off("SIGINT", bail).off("SIGTERM", bail);
    ws.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const repeat = args.quick ? 100_000 : 1_000_000;
  const trials = args.quick ? 3 : 7;
  const loaded = await loadOurs();
  const ours: Ours | undefined = "unavailable" in loaded ? undefined : { ...loaded, shape: args.shape };
  if (!ours) log(`our side unavailable: ${(loaded as { unavailable: string }).unavailable}`);

  const flags = [args.quick ? "--quick" : "", args.shape ? `--shape ${args.shape}` : ""].filter(Boolean).join(" ");
  const out: string[] = [`# bfr benchmark${flags ? ` (${flags})` : ""}`, "", machine(), ""];
  if (args.packets) {
    log(`per-packet: repeat ${repeat}, ${trials} trials, median`);
    const selected = rows().filter((r) => !args.only || r.name.includes(args.only));
    const results = await withWorkspace((ws) => measurePerPacket(ws, selected, ours, { repeat, trials, log }));
    out.push(`## ns per packet (BPF_PROG_TEST_RUN duration, repeat ${repeat}, median of ${trials} trials)`, "");
    out.push(perPacketTable(results), "");
  }
  if (args.scale && ours) {
    const sizes = [1_000, 10_000, 100_000];
    log(`compile/load: ${sizes.join(", ")} rules`);
    const results = await withWorkspace((ws) => measureScale(ours, { ws, sizes, trials: args.quick ? 1 : 3, log }));
    out.push("## compile and load time (exact-match rules with counters)", "", scaleTable(results), "");
  }
  if (args.clangScale) {
    log("clang compile/load: 1000, 10000 rules");
    const results = await withWorkspace(async (ws) => measureClangScale(ws, [1_000, 10_000], 600_000, log));
    out.push("## for context: clang + bpftool on the same rules as one C function", "", clangScaleTable(results), "");
  }
  out.push(`Load average at end (1/5/15 min): ${loadavg().map((x) => x.toFixed(1)).join(" / ")}`, "");
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error)?.message ?? e}\n`);
  process.exitCode = 1;
});
