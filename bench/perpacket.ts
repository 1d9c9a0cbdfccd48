// The per-packet table: for each row and probe, the median over trials of the kernel's mean ns per
// BPF_PROG_TEST_RUN for our program, for clang's natural C and (rule rows) for clang's in-order C.
// Trials interleave the programs so that drift on the machine hits every column alike. Before
// timing, every program must return the expected verdict for the probe; one that does not is left
// out of the row and the mismatch is reported in the row's note. After timing, the counter slot
// the probe hits (the last rule's, or the policy's) must hold exactly the packets and bytes of
// every run, on every side — so no side is fast because it skipped the counter work.

import { ruleCount, type CStyle } from "./cgen.js";
import { compileC, loadC, type ClangProgram, type Workspace } from "./clangside.js";
import { compileOrThrow, type Ours, type TestChainLike } from "./ours.js";
import { fmt, markdown, median, ratio } from "./table.js";
import type { Probe, Row } from "./workload.js";

export interface PerPacketOptions {
  repeat: number;
  trials: number;
  log: (line: string) => void;
}

/** One program under test, whichever side it is from. */
interface Side {
  label: string;
  run(frame: Uint8Array, repeat: number): Promise<{ retval: number; ns: number }>;
  /** Packets and bytes counted in rule slot `rule` (its index in the chain) or the policy's. */
  counted(rule: number | "policy"): Counted | null;
  close(): Promise<void>;
}

type Counted = { packets: number; bytes: number };

export interface ProbeResult {
  row: string;
  probe: string;
  ours?: number;
  clang?: number;
  seq?: number;
  note: string;
}

function clangSide(label: string, prog: ClangProgram, rules: number): Side {
  return {
    label,
    run: async (frame, repeat) => prog.run(frame, repeat),
    counted: (rule) => {
      const c = prog.counters()[rule === "policy" ? rules : rule];
      return c ? { packets: Number(c.packets), bytes: Number(c.bytes) } : null;
    },
    close: async () => prog.close(),
  };
}

function ourSide(chain: TestChainLike): Side {
  return {
    label: "ours",
    run: async (frame, repeat) => {
      const r = await chain.run(frame, { repeat });
      return { retval: r.retval, ns: r.ns };
    },
    counted: (rule) => {
      const c = chain.counters?.();
      if (!c) return null;
      return rule === "policy" ? c.policy : (c.rules.find((r) => r.index === rule) ?? null);
    },
    close: async () => {
      await chain.close();
    },
  };
}

async function openSides(ws: Workspace, row: Row, ours: Ours | undefined, notes: string[]): Promise<Side[]> {
  const sides: Side[] = [];
  const styles: CStyle[] = row.c.kind === "rules" ? ["natural", "sequential"] : ["natural"];
  for (const style of styles) {
    try {
      const { obj } = compileC(ws, row.c, style);
      sides.push(clangSide(style === "natural" ? "clang" : "seq", loadC(ws, obj, row.c).prog, ruleCount(row.c)));
    } catch (e) {
      notes.push(`clang ${style}: ${firstLine(e)}`);
    }
  }
  if (ours && row.bfr !== "") {
    try {
      const object = compileOrThrow(ours, row.bfr, "bench.bfr");
      sides.push(ourSide(await ours.open(object, "bench")));
    } catch (e) {
      notes.push(`ours: ${firstLine(e)}`);
    }
  }
  return sides;
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0].slice(0, 160);
}

/** Checks every side's verdict on `probe` once; drops (and notes) the sides that disagree. */
async function checkVerdicts(sides: Side[], probe: Probe, notes: string[]): Promise<Side[]> {
  const ok: Side[] = [];
  for (const s of sides) {
    const r = await s.run(probe.frame, 1);
    if (r.retval === probe.retval) ok.push(s);
    else notes.push(`${s.label} returned ${r.retval}, expected ${probe.retval}`);
  }
  return ok;
}

/** Notes every side whose counter slot for `probe` does not hold exactly `runs` packets. */
function checkCounters(sides: Side[], row: Row, probe: Probe, runs: number, notes: string[]): void {
  if (row.c.kind === "empty") return;
  const slot = probe.name === "match last" ? ruleCount(row.c) - 1 : "policy";
  for (const s of sides) {
    const c = s.counted(slot);
    const want = { packets: runs, bytes: runs * probe.frame.length };
    if (!c || c.packets !== want.packets || c.bytes !== want.bytes) {
      notes.push(`${s.label} counter ${slot}: ${c ? `${c.packets} pkts/${c.bytes} B` : "missing"}, expected ${want.packets}/${want.bytes}`);
    }
  }
}

async function timeProbe(sides: Side[], probe: Probe, opts: PerPacketOptions): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(sides.map((s) => [s.label, []]));
  for (let t = 0; t < opts.trials; t++) {
    for (const s of sides) samples.get(s.label)!.push((await s.run(probe.frame, opts.repeat)).ns);
  }
  return new Map([...samples].map(([k, v]) => [k, median(v)]));
}

/** Measures every row; returns one result per (row, probe). */
export async function measurePerPacket(
  ws: Workspace,
  rows: Row[],
  ours: Ours | undefined,
  opts: PerPacketOptions,
): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const row of rows) {
    const rowNotes: string[] = [];
    const sides = await openSides(ws, row, ours, rowNotes);
    try {
      for (const probe of row.probes) {
        const notes = [...rowNotes];
        const good = await checkVerdicts(sides, probe, notes);
        const ns = await timeProbe(good, probe, opts);
        checkCounters(good, row, probe, 1 + opts.trials * opts.repeat, notes);
        const r: ProbeResult = { row: row.name, probe: probe.name, ours: ns.get("ours"), clang: ns.get("clang"), seq: ns.get("seq"), note: notes.join("; ") };
        opts.log(`  ${row.name} / ${probe.name}: ours ${fmt(r.ours)} clang ${fmt(r.clang)} seq ${fmt(r.seq)} ${r.note}`);
        results.push(r);
      }
    } finally {
      for (const s of sides) await s.close();
    }
  }
  return results;
}

export function perPacketTable(results: ProbeResult[]): string {
  const header = ["row", "packet", "ours ns", "clang ns", "ours/clang", "clang in-order ns", "ours/in-order", "note"];
  const body = results.map((r) => [
    r.row,
    r.probe,
    fmt(r.ours),
    fmt(r.clang),
    ratio(r.ours, r.clang),
    fmt(r.seq),
    ratio(r.ours, r.seq),
    r.note,
  ]);
  return markdown(header, body);
}
