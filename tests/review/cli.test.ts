// `bfr disasm` and `bfr diff` as commands, and the git integration: real objects written by
// elf/write (from hand-built specs with our metadata), the real CLI in a child process, and real
// git in a temporary repository with `*.o diff=bfr` and the textconv driver.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeObject } from "../../elf/write.js";
import { encodeMetadata } from "../../elf/metadata-codec.js";
import { build, many, type R } from "./util.js";
import { compileSource } from "../../compiler/compile.js";

// each test spawns the CLI or the compiler in child processes (tsx transpiles on start)
vi.setConfig({ testTimeout: 180_000 });

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/loader.mjs");
const BFR = ["--import", TSX, join(ROOT, "cli/main.ts")];

function objectBytes(rules: R[], setKeys?: number[]): Uint8Array {
  const { s, m } = build(rules, { setKeys });
  return writeObject({ ...s, bfr: encodeMetadata(m) });
}

function bfr(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...BFR, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bfr-review-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("bfr disasm / bfr diff", () => {
  it("disasm prints the chain and --chain of an unknown chain is one error line", () => {
    writeFileSync(join(dir, "a.o"), objectBytes(many(3)));
    const ok = bfr(["disasm", "a.o"], dir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("chain c\n  hook     BF_HOOK_XDP");
    expect(ok.stdout).toContain("; rule 1 — t.bfr:4: rule ip4.saddr eq 1001 counter DROP");
    expect(ok.stdout).not.toContain(dir); // textconv runs on temporary files: no path in the output
    const bad = bfr(["disasm", "a.o", "--chain", "nope"], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('bfr: error BFR6301: no chain named "nope" (chains: c)\n');
  });

  it("disasm of a missing file or of garbage fails with one diagnostic", () => {
    const missing = bfr(["disasm", "nothing.o"], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^bfr: error BFR6101: cannot read 'nothing.o': no such file\n$/);
    writeFileSync(join(dir, "junk.o"), "not an elf file at all, not at all");
    const junk = bfr(["disasm", "junk.o"], dir);
    expect(junk.status).toBe(1);
    expect(junk.stderr).toMatch(/^bfr: error BFR4\d{3}: /);
    expect(junk.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("diff exits 0 when equivalent, 1 when not, 2 on error; --json is the DiffResult", () => {
    writeFileSync(join(dir, "old.o"), objectBytes(many(40), [1, 2]));
    writeFileSync(join(dir, "same.o"), objectBytes(many(40), [1, 2]));
    writeFileSync(join(dir, "new.o"), objectBytes(many(40).map((r, i) => (i === 7 ? { ip: 3 } : r)), [1, 2, 9]));
    const same = bfr(["diff", "old.o", "same.o"], dir);
    expect([same.status, same.stdout]).toEqual([0, "equivalent: no rule, code or map differs\n"]);
    const text = bfr(["diff", "old.o", "new.o"], dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain("~ rule 7 (line 10): rule ip4.saddr eq 1007 counter DROP");
    expect(text.stdout).toContain("map blocked: changed: max_entries 2 → 3; set +1 −0 elements (2 → 3)");
    const json = bfr(["diff", "--json", "old.o", "new.o"], dir);
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.equivalent).toBe(false);
    expect(parsed.chains[0].rules.map((r: { kind: string; new: { index: number } }) => [r.kind, r.new.index])).toEqual([["changed", 7]]);
    const err = bfr(["diff", "old.o", "missing.o"], dir);
    expect(err.status).toBe(2);
    expect(err.stderr).toContain("BFR6101");
  });
});

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: repo } });
}

describe("git integration (textconv)", () => {
  it("git diff of a committed object shows the disassembly of the changed rule", () => {
    expect(existsSync(TSX)).toBe(true);
    const repo = join(dir, "repo");
    git(dir, "init", "-q", "repo");
    git(repo, "config", "user.email", "t@example.invalid");
    git(repo, "config", "user.name", "t");
    writeFileSync(join(repo, ".gitattributes"), "*.o diff=bfr\n");
    git(repo, "config", "diff.bfr.textconv", `'${process.execPath}' --import '${TSX}' '${join(ROOT, "cli/main.ts")}' disasm`);
    writeFileSync(join(repo, "edge.o"), objectBytes(many(20)));
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "v1");
    writeFileSync(join(repo, "edge.o"), objectBytes(many(20).map((r, i) => (i === 5 ? { ip: 0x0a000001 } : r))));

    const out = git(repo, "diff");
    expect(out).toContain("diff --git a/edge.o b/edge.o");
    expect(out).toMatch(/^- {2}\d+: if r2 != 0x3ed goto \+2 <L\d+>$/m);
    expect(out).toMatch(/^\+ {2}\d+: if r2 != 0xa000001 goto \+2 <L\d+>$/m);
    expect(out).toContain("-; rule 5 — t.bfr:8: rule ip4.saddr eq 1005 counter DROP");
    expect(out).toContain("+; rule 5 — t.bfr:8: rule ip4.saddr eq 167772161 counter DROP");
    // only that rule's lines change: the edit keeps the code size, so nothing else moves
    const changed = out.split("\n").filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toHaveLength(4);
    // without the driver git sees only bytes
    expect(git(repo, "diff", "--no-textconv")).toContain("Binary files a/edge.o and b/edge.o differ");
  });

  it("with compiled objects: change a rule, recompile, git diff shows that rule's disassembly", () => {
    const repo = join(dir, "repo2");
    git(dir, "init", "-q", "repo2");
    git(repo, "config", "user.email", "t@example.invalid");
    git(repo, "config", "user.name", "t");
    writeFileSync(join(repo, ".gitattributes"), "*.o diff=bfr\n");
    git(repo, "config", "diff.bfr.textconv", `'${process.execPath}' --import '${TSX}' '${join(ROOT, "cli/main.ts")}' disasm`);
    const source = (port: number) => `chain web BF_HOOK_XDP DROP\n    rule tcp.dport 22 counter ACCEPT\n    rule tcp.dport ${port} counter ACCEPT\n    rule udp.dport 53 ACCEPT\n`;
    const compile = (port: number): Uint8Array => compileSource(source(port), "web.bfr").object!;
    writeFileSync(join(repo, "web.o"), compile(80));
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "v1");
    writeFileSync(join(repo, "web.o"), compile(8080));
    const out = git(repo, "diff");
    expect(out).toContain("-; rule 1 — web.bfr:3: rule tcp.dport 80 counter ACCEPT");
    expect(out).toContain("+; rule 1 — web.bfr:3: rule tcp.dport 8080 counter ACCEPT");
    // the compare of the port: 80 = 0x50, 8080 = 0x1f90
    expect(out).toMatch(/^- +\d+: if w\d+ == 0x50 goto/m);
    expect(out).toMatch(/^\+ +\d+: if w\d+ == 0x1f90 goto/m);
  });
});
