// Review tools on real compiler output: reproducible bytes (two directories, two processes,
// different time zones and locales), and the rule-aware diff of a one-rule edit in a 200-rule
// chain naming exactly that rule and showing only its instructions — through the library and
// through `bfr diff` on .bfr sources. Also `bfr disasm` of a .bfr file.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compileSource } from "../../compiler/compile.js";
import { diffObjects, formatDiff } from "../../compiler/diff.js";
import { disassemble } from "../../compiler/disasm.js";
import type { ObjectSpec } from "../../elf/spec.js";

// each test spawns the CLI or the compiler in child processes (tsx transpiles on start)
vi.setConfig({ testTimeout: 180_000 });

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/loader.mjs");

/** A chain of n rules on distinct ports, some counted, some with sets and CONTINUE. */
export function bigChain(n: number, edit?: { at: number; rule: string }): string {
  const lines = ["chain big BF_HOOK_XDP DROP", "    set web (ip4.daddr, tcp.dport) in { 10.0.0.1, 80; 10.0.0.2, 443 }"];
  for (let i = 0; i < n; i++) {
    const rule = i % 10 === 3 ? "rule (ip4.daddr, tcp.dport) in web counter ACCEPT"
      : i % 10 === 7 ? `rule udp.dport ${1000 + i} counter CONTINUE`
      : `rule tcp.dport ${1000 + i} ip4.saddr 192.168.${i % 256}.1 ${i % 2 ? "counter " : ""}ACCEPT`;
    lines.push(`    ${edit && edit.at === i ? edit.rule : rule}`);
  }
  return lines.join("\n") + "\n";
}

function compile(text: string, file = "big.bfr"): ObjectSpec {
  const r = compileSource(text, file);
  if (!r.spec) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n"));
  return r.spec;
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bfr-compiled-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("reproducible objects", () => {
  it("the same ruleset compiled in two directories, by two processes, is byte-identical", () => {
    const text = bigChain(30);
    const script = `import { compileSource } from ${JSON.stringify(pathToFileURL(join(ROOT, "compiler/compile.ts")).href)};
      import { readFileSync } from "node:fs"; import { createHash } from "node:crypto";
      const r = compileSource(readFileSync("rules.bfr", "utf8"), "rules.bfr");
      const b = Buffer.from(r.object);
      process.stdout.write(createHash("sha256").update(b).digest("hex") + " " + b.toString("latin1").includes(process.cwd()));`;
    const hashes = ["a/deep/er", "b"].map((sub, k) => {
      const cwd = join(dir, sub);
      mkdirSync(cwd, { recursive: true });
      writeFileSync(join(cwd, "rules.bfr"), text);
      const env = { ...process.env, TZ: k ? "Pacific/Kiritimati" : "UTC", LANG: k ? "de_DE.UTF-8" : "C" };
      const r = spawnSync(process.execPath, ["--import", TSX, "--input-type=module", "-e", script], { cwd, encoding: "utf8", env });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    });
    expect(hashes[0]).toMatch(/^[0-9a-f]{64} false$/); // and no absolute path inside
    expect(hashes[1]).toBe(hashes[0]);
    // and in this process too, twice
    const again = compileSource(text, "rules.bfr").object!;
    expect(createHash("sha256").update(again).digest("hex")).toBe(hashes[0].split(" ")[0]);
  });
});

describe("rule-aware diff of compiled code", () => {
  it("a one-rule change in a 200-rule chain names exactly that rule and shows only its instructions", () => {
    const before = compile(bigChain(200));
    const after = compile(bigChain(200, { at: 121, rule: "rule tcp.dport 2121 ip4.saddr 192.168.121.1 counter ACCEPT" }));
    const r = diffObjects(before, after);
    expect(r.equivalent).toBe(false);
    const c = r.chains.find((x) => x.name === "big")!;
    expect(c.rules.map((x) => [x.kind, x.old?.index, x.new?.index])).toEqual([["changed", 121, 121]]);
    expect(c.other).toEqual([]);
    expect(r.chains.filter((x) => x.status !== "unchanged").map((x) => x.name)).toEqual(["big"]);
    const edits = c.rules[0].code.filter((l) => l.op !== " ");
    expect(edits.length).toBeGreaterThan(0);
    // the edit is the port constant: 1121 (0x461) → 2121 (0x849), nothing else
    expect(edits.map((l) => l.text).join("\n")).toMatch(/0x461|1121/);
    expect(edits.map((l) => l.text).join("\n")).toMatch(/0x849|2121/);
    expect(r.maps).toEqual([]);
    expect(formatDiff(r)).toContain("~ rule 121 (line 124): rule tcp.dport 1121 ip4.saddr 192.168.121.1 counter ACCEPT");
  });

  it("an inserted rule is reported alone (counter slots and offsets of later rules shift)", () => {
    const text = bigChain(60);
    const lines = text.split("\n");
    lines.splice(12, 0, "    rule tcp.dport 9999 counter ACCEPT");
    const r = diffObjects(compile(text), compile(lines.join("\n")));
    const c = r.chains.find((x) => x.name === "big")!;
    expect(c.rules.map((x) => [x.kind, x.new?.index])).toEqual([["added", 10]]);
    expect(c.other.filter((l) => l.op !== " ")).toEqual([]);
  });

  it("a rule appended at the end, or the last rule removed, is the only difference", () => {
    const text = bigChain(30);
    const appended = compile(`${text}    rule udp.dport 4242 counter ACCEPT\n`);
    const base = compile(text);
    const add = diffObjects(base, appended).chains.find((x) => x.name === "big")!;
    expect(add.rules.map((x) => [x.kind, x.new?.index])).toEqual([["added", 30]]);
    expect(add.other.filter((l) => l.op !== " ")).toEqual([]);
    const shorter = compile(bigChain(29));
    const rm = diffObjects(base, shorter).chains.find((x) => x.name === "big")!;
    expect(rm.rules.map((x) => [x.kind, x.old?.index])).toEqual([["removed", 29]]);
  });

  it("identical sources are equivalent; bfr diff on .bfr files exits 0 / 1", () => {
    expect(diffObjects(compile(bigChain(20)), compile(bigChain(20))).equivalent).toBe(true);
    writeFileSync(join(dir, "old.bfr"), bigChain(200));
    writeFileSync(join(dir, "new.bfr"), bigChain(200, { at: 5, rule: "rule tcp.dport 1005 ip4.saddr 192.168.5.2 counter ACCEPT" }));
    const run = (a: string, b: string) => spawnSync(process.execPath, ["--import", TSX, join(ROOT, "cli/main.ts"), "diff", a, b], { cwd: dir, encoding: "utf8" });
    const same = run("old.bfr", "old.bfr");
    expect(same.status, same.stderr).toBe(0);
    const changed = run("old.bfr", "new.bfr");
    expect(changed.status, changed.stderr).toBe(1);
    expect(changed.stdout).toContain("~ rule 5 (line 8): rule tcp.dport 1005 ip4.saddr 192.168.5.1 counter ACCEPT");
    expect(changed.stdout.match(/^ {2}[~+\->] rule/gm)).toHaveLength(1);
    writeFileSync(join(dir, "broken.bfr"), "chain big BF_HOOK_XDP DROP\n    rule tcp.dportt 1 ACCEPT\n");
    const broken = run("old.bfr", "broken.bfr");
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain("broken.bfr:2:10: error BFR2002: unknown matcher 'tcp.dportt'");
    expect(broken.stderr).toContain("bfr: error BFR6302: 'broken.bfr' does not compile");
    expect(broken.stdout).toBe("");
  });

  it("disassembles every rule of a compiled chain with its source line", () => {
    const out = disassemble(compile(bigChain(12)));
    for (let i = 0; i < 12; i++) expect(out).toContain(`; rule ${i} — big.bfr:${i + 3}: `);
    expect(out).not.toMatch(/invalid opcode/);
    expect(out).toContain("call bpf_map_lookup_elem#1");
    expect(out).toMatch(/= map\[\w+\] ll/);
  });
});
