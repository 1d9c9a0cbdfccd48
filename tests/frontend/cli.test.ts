// The CLI end to end: spawns `node --import tsx cli/main.ts` (main.ts runs on import) and checks
// exit codes, stderr in the contract format, stdin, --werror, fmt output and --help.

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "bfr-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI asynchronously (a blocking spawn would stall vitest's worker RPC). */
function bfr(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = "chain main BF_HOOK_XDP ACCEPT # comment\n    rule ip4.saddr 10.0.0.1   tcp.dport eq 22 DROP\n";
const WARN = "chain main BF_HOOK_XDP ACCEPT\n    rule tcp.dport 53 udp.dport 53 DROP\n";
const BAD = "chain main BF_HOOK_XDP ACCEPT\n    rule meta.l4_proto tcpp DROP\n";

// Each spawn compiles the CLI with tsx: seconds on a loaded machine, hence the long timeout.
describe.concurrent("bfr check", { timeout: 180_000 }, () => {
  it("exits 0 and prints nothing for a clean file", async () => {
    const r = await bfr(["check", file("good.bfr", GOOD)]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
  });
  it("prints warnings but exits 0; --werror makes them fail", async () => {
    const p = file("warn.bfr", WARN);
    const r = await bfr(["check", p]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n")[0]).toBe(`${p}:2:5: warning BFR2502: rule can never match: it needs tcp and udp at once`);
    const w = await bfr(["check", "--werror", p]);
    expect(w.code).toBe(1);
    expect(w.stderr.split("\n")[0]).toBe(`${p}:2:5: error BFR2502: rule can never match: it needs tcp and udp at once`);
  });
  it("exits 1 on errors, checks every file, and matches the golden output", async () => {
    const golden = "tests/golden/diag/c-unknown-protocol.bfr";
    const r = await bfr(["check", file("good2.bfr", GOOD), golden, "tests/golden/diag/p-several-errors.bfr"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(readFileSync(golden.replace(".bfr", ".diag"), "utf8") + readFileSync("tests/golden/diag/p-several-errors.diag", "utf8"));
  });
  it("reads standard input for '-'", async () => {
    const r = await bfr(["check", "-"], BAD);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:24: error BFR2001: unknown protocol 'tcpp'\n/);
  });
  it("a missing file is an error without a stack trace", async () => {
    const r = await bfr(["check", join(dir, "nope.bfr")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bfr: error BFR6101: cannot read '.*nope\.bfr': no such file\n$/);
  });
  it("has --help", async () => {
    const r = await bfr(["check", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--werror");
  });
});

describe.concurrent("bfr fmt", { timeout: 180_000 }, () => {
  it("prints the canonical form, which is a fixed point", async () => {
    const r = await bfr(["fmt", file("fmt.bfr", GOOD)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("chain main BF_HOOK_XDP ACCEPT\n    rule ip4.saddr 10.0.0.1 tcp.dport 22 DROP\n");
    expect((await bfr(["fmt", "-"], r.stdout)).stdout).toBe(r.stdout);
  });
  it("prints large sets one element per line", async () => {
    const els = Array.from({ length: 6 }, (_, i) => `10.0.0.${i}`).join("; ");
    const r = await bfr(["fmt", "-"], `chain c BF_HOOK_XDP ACCEPT set s (ip4.saddr) in { ${els} } rule (ip4.saddr) in s DROP`);
    expect(r.stdout).toBe(`chain c BF_HOOK_XDP ACCEPT\n    set s (ip4.saddr) in {\n${Array.from({ length: 6 }, (_, i) => `        10.0.0.${i}\n`).join("")}    }\n    rule (ip4.saddr) in s DROP\n`);
  });
  it("refuses a file with errors", async () => {
    const r = await bfr(["fmt", file("bad.bfr", BAD)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("error BFR2001");
  });
});
