// The compile/load table: how long our toolchain takes for 1k, 10k and 100k exact-match rules.
// Compile = compileSource (parse + check + codegen + ELF write) in this process; load =
// openChainForTest (read object, create maps, relocate, verifier) up to a runnable program; the
// close is not timed. One packet is run through each loaded chain to show it really works. As an
// independent reference, bpftool (libbpf) loads the same object too (process start included).

import { bpftoolLoadAll, type Workspace } from "./clangside.js";
import { compileOrThrow, type Ours } from "./ours.js";
import { fmt, markdown, median } from "./table.js";
import { NO_MATCH_ADDR, XDP_PASS, scaleRuleset, tcpFrame } from "./workload.js";

export interface ScaleResult {
  rules: number;
  objectBytes?: number;
  compileMs?: number;
  loadMs?: number;
  bpftoolMs?: number;
  note: string;
}

export interface ScaleOptions {
  ws: Workspace;
  sizes: number[];
  /** Timed repetitions per size (median reported); large sizes run once. */
  trials: number;
  log: (line: string) => void;
}

async function loadOnce(ours: Ours, object: Uint8Array): Promise<{ ms: number; note: string }> {
  const t0 = performance.now();
  const chain = await ours.open(object, "bench");
  const ms = performance.now() - t0;
  try {
    const r = await chain.run(tcpFrame(NO_MATCH_ADDR), { repeat: 1 });
    return { ms, note: r.retval === XDP_PASS ? "" : `no-match packet returned ${r.retval}` };
  } finally {
    await chain.close();
  }
}

async function measureSize(ours: Ours, n: number, opts: ScaleOptions): Promise<ScaleResult> {
  const text = scaleRuleset(n);
  const result: ScaleResult = { rules: n, note: "" };
  const reps = n >= 100_000 ? 1 : opts.trials;
  try {
    const compileMs: number[] = [];
    let object: Uint8Array = new Uint8Array();
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      object = compileOrThrow(ours, text, "bench.bfr");
      compileMs.push(performance.now() - t0);
    }
    result.compileMs = median(compileMs);
    result.objectBytes = object.length;
    const loadMs: number[] = [];
    for (let i = 0; i < reps; i++) {
      const l = await loadOnce(ours, object);
      loadMs.push(l.ms);
      if (l.note) result.note = l.note;
    }
    result.loadMs = median(loadMs);
    result.bpftoolMs = bpftoolLoadAll(opts.ws, object);
  } catch (e) {
    result.note = String((e as Error)?.message ?? e).split("\n")[0].slice(0, 200);
  }
  return result;
}

export async function measureScale(ours: Ours, opts: ScaleOptions): Promise<ScaleResult[]> {
  // Warm up the JIT on a small ruleset so the first size is not charged for it.
  compileOrThrow(ours, scaleRuleset(100), "warmup.bfr");
  const out: ScaleResult[] = [];
  for (const n of opts.sizes) {
    const r = await measureSize(ours, n, opts);
    opts.log(`  ${n} rules: compile ${fmt(r.compileMs)} ms, load ${fmt(r.loadMs)} ms, bpftool ${fmt(r.bpftoolMs)} ms ${r.note}`);
    out.push(r);
  }
  return out;
}

export function scaleTable(results: ScaleResult[]): string {
  const header = ["rules", "object KiB", "compile ms", "load ms", "bpftool load ms", "note"];
  const body = results.map((r) => [
    String(r.rules),
    r.objectBytes === undefined ? "–" : fmt(r.objectBytes / 1024),
    fmt(r.compileMs),
    fmt(r.loadMs),
    fmt(r.bpftoolMs),
    r.note,
  ]);
  return markdown(header, body);
}
