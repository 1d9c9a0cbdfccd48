// Runs the clang side of the benchmark with independent tools only: clang compiles the C that
// bench/cgen.ts writes, bpftool loads it (pinning program and maps under a private bpffs mount),
// fills its set map, and times it with BPF_PROG_TEST_RUN (`bpftool prog run … repeat N`, whose
// "duration (average)" is the kernel's mean ns per run). Benchmarks may use clang and bpftool;
// the product never does.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cSource, setFillBatch, type CStyle, type RowKind } from "./cgen.js";

/** clang flags: the brief's `-O2 -g -target bpf -c`, plus -mcpu=v3 (32-bit jumps and ALU, what the
 * kernel selftests build with; needed for the "w" asm constraint of the sequential style). */
export const CLANG_FLAGS = ["-O2", "-g", "-target", "bpf", "-mcpu=v3", "-c"];

/** Runs a tool; on failure throws an Error whose message is the tool's most telling line. */
function run(cmd: string, args: string[], timeoutMs = 0): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28, timeout: timeoutMs });
  } catch (e) {
    const err = e as { stderr?: string; signal?: string; message: string };
    if (err.signal) throw new Error(`${cmd} ${args[0]}: killed by ${err.signal}${timeoutMs ? ` (timeout ${timeoutMs / 1000} s)` : ""}`);
    throw new Error(`${cmd} ${args[0]}: ${tellingLine(err.stderr ?? err.message)}`);
  }
}

/** The verifier's reason when there is one, else libbpf's summary, else the first line. */
function tellingLine(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const reason = lines.find((l) => /jump out of range|too complex|too large|invalid|unreachable|back-edge/i.test(l) && !l.startsWith("libbpf"));
  return reason ?? lines.find((l) => /load failed/.test(l)) ?? lines[0] ?? "failed";
}

/** A private bpffs mount and work directory, removed by `close()`. */
export class Workspace {
  readonly dir: string;
  readonly bpffs: string;
  private n = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), "bfr-bench-"));
    this.bpffs = join(this.dir, "bpffs");
    mkdirSync(this.bpffs);
    run("mount", ["-t", "bpf", "bpf", this.bpffs]);
  }

  /** A fresh name for files in this workspace. */
  next(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  close(): void {
    try {
      run("umount", [this.bpffs]);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

export interface ClangProgram {
  /** Runs `frame` `repeat` times; returns the XDP return code and mean ns per run. */
  run(frame: Uint8Array, repeat: number): { retval: number; ns: number };
  /** Per-CPU counters summed over CPUs, by slot. */
  counters(): Array<{ packets: bigint; bytes: bigint }>;
  close(): void;
}

/** Compiles `row` to an object in the workspace; returns its path and the compile time in ms. */
export function compileC(ws: Workspace, row: RowKind, style: CStyle, timeoutMs = 0): { obj: string; ms: number } {
  const base = join(ws.dir, ws.next("prog"));
  writeFileSync(`${base}.c`, cSource(row, style));
  const t0 = performance.now();
  run("clang", [...CLANG_FLAGS, `${base}.c`, "-o", `${base}.o`], timeoutMs);
  return { obj: `${base}.o`, ms: performance.now() - t0 };
}

/** Loads a compiled row with bpftool and fills its set; returns the program and load time. */
export function loadC(ws: Workspace, obj: string, row: RowKind): { prog: ClangProgram; ms: number } {
  const pin = join(ws.bpffs, ws.next("p"));
  const maps = `${pin}_maps`;
  const t0 = performance.now();
  run("bpftool", ["prog", "load", obj, pin, "type", "xdp", "pinmaps", maps]);
  const ms = performance.now() - t0;
  try {
    const batch = setFillBatch(row, join(maps, "bset"));
    if (batch.length > 0) {
      const file = join(ws.dir, ws.next("batch"));
      writeFileSync(file, `${batch.join("\n")}\n`);
      run("bpftool", ["batch", "file", file]);
    }
  } catch (e) {
    rmSync(pin, { force: true });
    rmSync(maps, { recursive: true, force: true });
    throw e;
  }
  return { prog: clangProgram(ws, pin, maps), ms };
}

function clangProgram(ws: Workspace, pin: string, maps: string): ClangProgram {
  return {
    run(frame, repeat) {
      const file = join(ws.dir, "frame.bin");
      writeFileSync(file, frame);
      const out = run("bpftool", ["prog", "run", "pinned", pin, "data_in", file, "repeat", String(repeat)]);
      const m = /Return value:\s*(\d+),\s*duration(?: \(average\))?:\s*(\d+)ns/.exec(out);
      if (!m) throw new Error(`unexpected bpftool output: ${out}`);
      return { retval: Number(m[1]), ns: Number(m[2]) };
    },
    counters() {
      const dump = JSON.parse(run("bpftool", ["-j", "map", "dump", "pinned", join(maps, "counters")])) as DumpEntry[];
      return dump
        .map((e) => ({ key: Number(e.key), value: sumPerCpu(e) }))
        .sort((a, b) => a.key - b.key)
        .map((e) => e.value);
    },
    close() {
      rmSync(pin, { force: true });
      rmSync(maps, { recursive: true, force: true });
    },
  };
}

/** One entry of `bpftool -j map dump` on a per-CPU array with BTF (formatted output). */
interface DumpEntry {
  key: number | string;
  values?: Array<{ cpu: number; value: { packets: number | string; bytes: number | string } }>;
  formatted?: { key: number; values: Array<{ cpu: number; value: { packets: number; bytes: number } }> };
}

function sumPerCpu(e: DumpEntry): { packets: bigint; bytes: bigint } {
  const values = e.formatted?.values ?? e.values ?? [];
  let packets = 0n;
  let bytes = 0n;
  for (const v of values) {
    packets += BigInt(v.value.packets);
    bytes += BigInt(v.value.bytes);
  }
  return { packets, bytes };
}

/** Loads one of our objects with bpftool (libbpf), as an independent check of our loader's time;
 * returns the wall time in ms, then unpins it. */
export function bpftoolLoadAll(ws: Workspace, object: Uint8Array): number {
  const obj = join(ws.dir, `${ws.next("ours")}.o`);
  const pin = join(ws.bpffs, ws.next("ours"));
  writeFileSync(obj, object);
  const t0 = performance.now();
  try {
    run("bpftool", ["prog", "loadall", obj, pin]);
    return performance.now() - t0;
  } finally {
    rmSync(pin, { recursive: true, force: true });
    rmSync(obj, { force: true });
  }
}
