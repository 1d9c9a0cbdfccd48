// Helpers for tests that use the system's bpftool: whether it is there, a private bpffs directory
// per test (always removed), and running `bpftool prog loadall`. Reasons for skipping are printed.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function hasTool(tool: string, arg = "--version"): boolean {
  try {
    execFileSync(tool, [arg], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const HAS_BPFTOOL = hasTool("bpftool", "version");
export const HAS_CLANG = hasTool("clang") && hasTool("llvm-objdump");

/** A fresh directory on bpffs (/sys/fs/bpf must be a bpf mount); `done()` removes pins and dir. */
export function bpffsDir(): { path: string; done(): void } {
  const path = `/sys/fs/bpf/bfr-review-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  mkdirSync(path);
  return { path, done: () => rmSync(path, { recursive: true, force: true }) };
}

/** True when this process may use bpf() (root, bpffs mounted). */
export function bpfPermitted(): { ok: boolean; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: "not root: bpf() not permitted" };
  const mounts = spawnSync("sh", ["-c", "grep -q ' /sys/fs/bpf bpf ' /proc/mounts"]);
  if (mounts.status !== 0) return { ok: false, why: "no bpffs at /sys/fs/bpf" };
  return { ok: true, why: "" };
}

export interface LoadResult {
  ok: boolean;
  stderr: string;
}

/** `bpftool prog loadall OBJ DIR` on bytes written to a temporary file. */
export function loadall(bytes: Uint8Array, dir: string): LoadResult {
  const tmp = mkdtempSync(join(tmpdir(), "bfr-obj-"));
  try {
    const obj = join(tmp, "obj.o");
    writeFileSync(obj, bytes);
    const r = spawnSync("bpftool", ["prog", "loadall", obj, dir], { encoding: "utf8" });
    return { ok: r.status === 0, stderr: r.stderr };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `bpftool -j prog show pinned PATH` parsed. */
export function progShow(path: string): { type: string; name: string; map_ids?: number[] } {
  return JSON.parse(execFileSync("bpftool", ["-j", "prog", "show", "pinned", path], { encoding: "utf8" }));
}
