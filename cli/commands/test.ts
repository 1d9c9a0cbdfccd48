// `bfr test (FILE.bfr | OBJ) [--chain NAME] (--packet HEX... | --pcap FILE | --cases FILE)
// [--mark N] [--repeat N] [--json]`: loads one chain privately (no attach, no pins), runs each
// packet through it with BPF_PROG_TEST_RUN, prints verdict, return value, mean ns and the mark,
// then the counters. `--cases` compares against expectations and exits 1 listing every mismatch.

import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { BfrError } from "../../elf/errors.js";
import { checkCases, parseCases, parseHex, type CasesFile } from "../../loader/cases.js";
import { readPcap } from "../../loader/pcap.js";
import { openChainForTest, type ChainCounters, type RunResult, type TestChain } from "../../loader/testrun.js";

interface TestOptions {
  chain?: string;
  packet?: string[];
  pcap?: string;
  cases?: string;
  mark?: number;
  repeat?: number;
  json?: boolean;
}

interface Input { name: string; frame: Uint8Array; mark?: number }

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file === "-" ? 0 : file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new BfrError("BFR6212", `cannot read '${file}': ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
}

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

/**
 * Object bytes: the file itself, or the `.bfr` source compiled in memory. Diagnostics are printed
 * (they are the error report); null when the source has errors.
 */
async function objectBytes(file: string): Promise<Uint8Array | null> {
  const bytes = readInput(file);
  if (ELF_MAGIC.every((b, i) => bytes[i] === b)) return bytes;
  const text = Buffer.from(bytes).toString("utf8");
  const { compileSource } = await import("../../compiler/compile.js");
  const { formatDiagnostics } = await import("../../grammar/diagnostics.js");
  const r = compileSource(text, file);
  if (r.diagnostics.length > 0) process.stderr.write(formatDiagnostics(r.diagnostics, text));
  if (!r.object || r.diagnostics.some((d: { severity: string }) => d.severity === "error")) return null;
  return r.object;
}

function uint(name: string, max: number) {
  return (v: string): number => {
    const n = /^(0x[0-9a-f]+|\d+)$/i.test(v) ? Number(v) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < 0 || n > max) throw new BfrError("BFR6214", `${name}: '${v}' is not an integer from 0 to ${max}`);
    return n;
  };
}

function inputs(opts: TestOptions, cases: CasesFile | null): Input[] {
  const sources = [opts.packet !== undefined, opts.pcap !== undefined, opts.cases !== undefined].filter(Boolean).length;
  if (sources !== 1) throw new BfrError("BFR6215", "give exactly one of --packet HEX..., --pcap FILE or --cases FILE");
  if (cases) {
    if (opts.mark !== undefined) throw new BfrError("BFR6215", "--mark does not apply to --cases (give \"mark\" per case)");
    return cases.cases.map((c) => ({ name: c.name, frame: c.packet, mark: c.mark }));
  }
  if (opts.pcap !== undefined) {
    return readPcap(readInput(opts.pcap), opts.pcap).map((p) => ({ name: `packet ${p.number}`, frame: p.data, mark: opts.mark }));
  }
  return (opts.packet ?? []).map((hex, i) => {
    const frame = parseHex(hex);
    if (!frame) throw new BfrError("BFR6216", `--packet ${i + 1}: not hex bytes ('${hex.slice(0, 40)}')`);
    return { name: `packet ${i + 1}`, frame, mark: opts.mark };
  });
}

function printText(chain: TestChain, names: string[], results: RunResult[], counters: ChainCounters | null): void {
  const lines = [`chain ${chain.name} (${chain.hook.name})`];
  results.forEach((r, i) => {
    const mark = r.mark === null ? "" : `  mark=${r.mark}`;
    lines.push(`${names[i]}: ${r.verdict.padEnd(8)} retval=${r.retval}  ${r.ns} ns${mark}`);
  });
  if (counters) {
    lines.push("counters:");
    for (const c of counters.rules) {
      const rule = chain.meta?.rules.find((x) => x.index === c.index);
      const where = rule ? ` (line ${rule.line}: ${rule.text})` : "";
      lines.push(`  rule ${c.index}${where}: ${c.packets} packets, ${c.bytes} bytes`);
    }
    lines.push(`  policy: ${counters.policy.packets} packets, ${counters.policy.bytes} bytes`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function run(file: string, opts: TestOptions): Promise<void> {
  const cases = opts.cases !== undefined ? parseCases(Buffer.from(readInput(opts.cases)).toString("utf8"), opts.cases) : null;
  const list = inputs(opts, cases);
  const bytes = await objectBytes(file);
  if (!bytes) {
    process.exitCode = 1;
    return;
  }
  const chain = await openChainForTest(bytes, opts.chain ?? cases?.chain);
  try {
    const results = list.map((p) => chain.run(p.frame, { repeat: opts.repeat, mark: p.mark }));
    const counters = chain.counters();
    const mismatches = cases ? checkCases(cases, results, counters) : [];
    if (opts.json) {
      const out: Record<string, unknown> = { chain: chain.name, results, counters };
      if (cases) out.mismatches = mismatches;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      printText(chain, list.map((p) => p.name), results, counters);
    }
    if (mismatches.length > 0) {
      process.stderr.write(`${mismatches.length} mismatch${mismatches.length === 1 ? "" : "es"} in ${opts.cases}:\n${mismatches.map((m) => `  ${m}`).join("\n")}\n`);
      process.exitCode = 1;
    } else if (cases && !opts.json) {
      process.stdout.write(`${cases.cases.length} case${cases.cases.length === 1 ? "" : "s"} passed\n`);
    }
  } finally {
    chain.close();
  }
}

export function register(program: Command): void {
  program
    .command("test")
    .description("run packets through one chain in the kernel (BPF_PROG_TEST_RUN) and print verdicts and counters")
    .argument("<input>", "a .bfr ruleset (compiled in memory) or a compiled object")
    .option("--chain <name>", "the chain to test (needed when the object has several)")
    .option("--packet <hex...>", "Ethernet frames as hex bytes")
    .option("--pcap <file>", "a classic pcap capture of Ethernet frames")
    .option("--cases <file>", "a JSON file of packets with expected verdicts (docs/TESTING.md)")
    .option("--mark <n>", "skb mark before each run (TC and cgroup_skb hooks)", uint("--mark", 0xffffffff))
    .option("--repeat <n>", "runs per packet; the time printed is the mean", uint("--repeat", 0xffffffff))
    .option("--json", "print one JSON object")
    .action(run);
}
