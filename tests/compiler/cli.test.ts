// `bfr compile` end to end (a real child process): output written atomically and only on
// success, --print-hash, stdin, codegen diagnostics for unsupported hooks and `log`, and
// byte-identical objects from two different directories.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const ROOT = resolve(import.meta.dirname, "../..");
const MAIN = join(ROOT, "cli/main.ts");
const TSX = join(ROOT, "node_modules/tsx/dist/loader.mjs");
const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), "bfr-compile-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function bfr(args: string[], cwd: string, input?: string): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ["--import", TSX, MAIN, ...args], { cwd, input, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const GOOD = "chain edge BF_HOOK_XDP DROP\n  rule tcp.dport 22 counter ACCEPT\n";

describe("bfr compile", () => {
  it("writes the object, prints its sha256, and leaves no temporary file", () => {
    const d = tmp();
    writeFileSync(join(d, "a.bfr"), GOOD);
    const r = bfr(["compile", "a.bfr", "-o", "a.o", "--print-hash"], d);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const obj = readFileSync(join(d, "a.o"));
    expect(r.out.trim()).toBe(createHash("sha256").update(obj).digest("hex"));
    expect(Buffer.from(compileSource(GOOD, "a.bfr").object!).equals(obj)).toBe(true);
    expect(readdirSync(d).sort()).toEqual(["a.bfr", "a.o"]);
  }, 60_000);

  it("reads standard input with '-'", () => {
    const d = tmp();
    const r = bfr(["compile", "-", "-o", "s.o"], d, GOOD);
    expect(r.code).toBe(0);
    expect(existsSync(join(d, "s.o"))).toBe(true);
  }, 60_000);

  it("on an error prints diagnostics, exits 1 and leaves the output untouched", () => {
    const d = tmp();
    writeFileSync(join(d, "bad.bfr"), "chain edge BF_HOOK_XDP DROP\n  rule tcp.dport 99999 ACCEPT\n");
    writeFileSync(join(d, "bad.o"), "previous");
    const r = bfr(["compile", "bad.bfr", "-o", "bad.o"], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bad\.bfr:2:\d+: error BFR2\d{3}/m);
    expect(readFileSync(join(d, "bad.o"), "utf8")).toBe("previous");
    expect(readdirSync(d).sort()).toEqual(["bad.bfr", "bad.o"]);
  }, 60_000);

  it("compiles log rules (no BFR3001/BFR3002 any more)", () => {
    const d = tmp();
    writeFileSync(join(d, "nf.bfr"), "chain n BF_HOOK_NF_LOCAL_IN ACCEPT\n  rule tcp.dport 22 DROP\nchain x BF_HOOK_XDP ACCEPT\n  rule tcp.dport 22 log every 1s DROP\n");
    const r = bfr(["compile", "nf.bfr", "-o", "nf.o"], d);
    expect(r.err).not.toMatch(/BFR300[12]/);
    expect(r.code).toBe(0);
    expect(existsSync(join(d, "nf.o"))).toBe(true);
  }, 60_000);

  it("compiles netfilter, cgroup_skb and cgroup_sock_addr chains", () => {
    const d = tmp();
    const hooks = ["BF_HOOK_NF_LOCAL_IN", "BF_HOOK_CGROUP_SKB_EGRESS", "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4"];
    writeFileSync(join(d, "h.bfr"), hooks.map((h, i) => `chain c${i} ${h} ACCEPT\n  rule tcp.dport 22 counter DROP\n`).join(""));
    const r = bfr(["compile", "h.bfr", "-o", "h.o"], d);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(existsSync(join(d, "h.o"))).toBe(true);
  }, 60_000);

  it("gives byte-identical objects in two directories", () => {
    const [d1, d2] = [tmp(), tmp()];
    const text = GOOD + "  rule (ip4.saddr, udp.dport) in { 10.0.0.1, 53; 10.0.0.2, 53 } DROP\n";
    for (const d of [d1, d2]) {
      writeFileSync(join(d, "r.bfr"), text);
      expect(bfr(["compile", "r.bfr", "-o", "r.o"], d).code).toBe(0);
    }
    expect(readFileSync(join(d1, "r.o")).equals(readFileSync(join(d2, "r.o")))).toBe(true);
  }, 60_000);
});
