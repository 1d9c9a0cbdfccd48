// Kernel helpers for the compiler's own tests: load an object through the real verifier and read
// its statistics (log level 4: "processed N insns", verification time), and independent checks
// with the system's bpftool (load + test run), skipped with a printed reason when it is absent.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openChainForTest, type TestChain } from "../../loader/testrun.js";
import { realSys, type Sys } from "../../loader/sys.js";

/** BPF_PROG_LOAD (UAPI enum bpf_cmd) and the bpf_attr offsets of its log fields. */
const PROG_LOAD = 5;
const LOG_LEVEL = 24;
const LOG_SIZE = 28;
const LOG_BUF = 32;
/** BPF_LOG_STATS: only the statistics lines. */
const LOG_STATS = 4;

export interface VerifierStats {
  /** Instructions the verifier processed (all functions of the program). */
  insns: number;
  /** Verification time reported by the kernel, microseconds. */
  usec: number;
}

/** A Sys that asks for verifier statistics on every program load that has no log of its own. */
export function statsSys(): { sys: Sys; stats: VerifierStats[] } {
  const real = realSys();
  const stats: VerifierStats[] = [];
  const sys: Sys = {
    ...real,
    bpf(cmd, attr, ptrs = []) {
      if (cmd !== PROG_LOAD || attr.readUInt32LE(LOG_LEVEL) !== 0) return real.bpf(cmd, attr, ptrs);
      const buf = Buffer.alloc(1 << 16);
      attr.writeUInt32LE(LOG_STATS, LOG_LEVEL);
      attr.writeUInt32LE(buf.length, LOG_SIZE);
      const rc = real.bpf(cmd, attr, [...ptrs, [LOG_BUF, buf]]);
      attr.writeUInt32LE(0, LOG_LEVEL);
      attr.writeUInt32LE(0, LOG_SIZE);
      attr.writeBigUInt64LE(0n, LOG_BUF);
      const text = buf.toString("utf8", 0, Math.max(0, buf.indexOf(0)));
      const insns = /processed (\d+) insns/.exec(text);
      const usec = /verification time (\d+) usec/.exec(text);
      if (insns) stats.push({ insns: Number(insns[1]), usec: Number(usec?.[1] ?? 0) });
      return rc;
    },
  };
  return { sys, stats };
}

/** Load `object`'s chain through our loader with verifier statistics. */
export async function loadWithStats(object: Uint8Array, chain?: string): Promise<{ chain: TestChain; stats: VerifierStats }> {
  const { sys, stats } = statsSys();
  const c = await openChainForTest(object, chain, sys);
  return { chain: c, stats: stats[stats.length - 1] ?? { insns: -1, usec: -1 } };
}

/** Why bpftool checks cannot run here, or null. */
export function bpftoolMissing(): string | null {
  const r = spawnSync("bpftool", ["version"], { encoding: "utf8" });
  return r.status === 0 ? null : "bpftool is not installed: independent bpftool checks skipped";
}

/** A private bpffs mount for bpftool pins; `dispose` unpins everything and unmounts. */
export function bpffs(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "bfr-cg-"));
  execFileSync("mount", ["-t", "bpf", "bpf", dir]);
  return {
    dir,
    dispose: () => {
      spawnSync("umount", [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `bpftool prog load` (the real verifier, libbpf's loader); returns the error text or null. */
export function bpftoolLoad(object: Uint8Array, fs: string, name: string): string | null {
  const file = join(fs, `${name}.o.tmp`);
  const obj = join(tmpdir(), `bfr-cg-${process.pid}-${name}.o`);
  writeFileSync(obj, object);
  try {
    const r = spawnSync("bpftool", ["prog", "load", obj, join(fs, name)], { encoding: "utf8" });
    return r.status === 0 ? null : `${r.stderr}`.split("\n").filter((l) => !l.includes("skipping unrecognized")).join("\n");
  } finally {
    rmSync(obj, { force: true });
    void file;
  }
}

/** `bpftool prog run pinned PIN data_in FRAME`: the program's return value. */
export function bpftoolRun(fs: string, name: string, frame: Uint8Array): number {
  const data = join(tmpdir(), `bfr-cg-${process.pid}-${name}.pkt`);
  writeFileSync(data, frame);
  try {
    const out = execFileSync("bpftool", ["prog", "run", "pinned", join(fs, name), "data_in", data, "repeat", "1"], { encoding: "utf8" });
    const m = /Return value: (-?\d+)/.exec(out);
    if (!m) throw new Error(`bpftool prog run: unexpected output ${out}`);
    return Number(m[1]);
  } finally {
    rmSync(data, { force: true });
  }
}
