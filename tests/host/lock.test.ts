// Locking between bfr processes: writers exclusive, readers shared, never waiting. Two real
// `bfr load` at once: the first is frozen (SIGSTOP) while it holds the lock, the second must fail
// at once with the lock message naming the first's pid, and the first then completes intact.

import { afterAll, afterEach, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kernelOk } from "../loader/kernel.js";
import { encodeMetadata } from "../../elf/metadata-codec.js";
import { writeObject } from "../../elf/write.js";
import { hostSys, listChains, loadChains } from "../../loader/host/index.js";
import { lockDir } from "../../loader/host/lock.js";
import { writeSession } from "../../loader/host/session.js";
import { withSets } from "../loader/objects.js";
import { bfr, cleanup, onCleanup, repo, tempBpffs } from "./env.js";
import { edgeObject } from "./objects.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

function tempFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "bfrh-lock-"));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** True when process `pid` holds a WRITE flock on the inode of `path` (from /proc/locks). */
function holdsWriteLock(pid: number, path: string): boolean {
  const ino = statSync(path).ino;
  return readFileSync("/proc/locks", "utf8").split("\n").some((l) => {
    const f = l.trim().split(/\s+/);
    return f[1] === "FLOCK" && f[3] === "WRITE" && Number(f[4]) === pid && f[5]?.endsWith(`:${ino}`);
  });
}

describe.skipIf(!kernelOk)("the host lock", () => {
  afterEach(cleanup);
  afterAll(cleanup);

  it("a writer holding the lock makes other writers and readers fail at once, naming its pid", { timeout: 180_000 }, () => {
    const bpffs = tempBpffs();
    const obj = tempFile("edge.o", edgeObject(null));
    loadChains({ bytes: edgeObject(null), file: "edge.o", chains: ["edge"] }, { bpffs });
    const root = join(bpffs, "bfr");
    const lock = lockDir(hostSys(), root, "write");
    try {
      const w = bfr(["unload", "edge", "--bpffs", bpffs]);
      expect(w.status).toBe(1);
      expect(w.stderr).toBe(`bfr: error BFR5101: another bfr is modifying ${root} (pid ${process.pid})\n  hint: try again when it has finished; bfr never waits for the lock\n`);
      const r = bfr(["list", "--bpffs", bpffs]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`another bfr is modifying ${root} (pid ${process.pid})`);
      expect(bfr(["load", obj, "--replace", "--bpffs", bpffs]).stderr).toContain("another bfr is modifying");
    } finally {
      lock.release();
    }
    expect(listChains({ bpffs }).map((c) => c.name)).toEqual(["edge"]);
  });

  it("readers share the lock; a writer fails while a reader holds it", { timeout: 180_000 }, () => {
    const bpffs = tempBpffs();
    loadChains({ bytes: edgeObject(null), file: "edge.o" }, { bpffs });
    const root = join(bpffs, "bfr");
    const lock = lockDir(hostSys(), root, "read");
    try {
      const r = bfr(["list", "--json", "--bpffs", bpffs]);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ name: "edge", attached: false })]);
      const w = bfr(["unload", "--all", "--bpffs", bpffs]);
      expect(w.status).toBe(1);
      expect(w.stderr).toContain(`another bfr is reading ${root} (pid ${process.pid})`);
    } finally {
      lock.release();
    }
  });

  it("two bfr load at once: exactly one wins, the other fails with the lock message", { timeout: 240_000 }, async () => {
    const bpffs = tempBpffs();
    // A big set makes the first load hold the lock long enough to be caught holding it.
    const big = withSets(400_000);
    const first = tempFile("big.o", writeObject({ ...big.spec, bfr: encodeMetadata(big.metadata) }));
    const second = tempFile("edge.o", edgeObject(null));
    writeSession({ bpffs }, () => undefined); // creates the root
    const root = join(bpffs, "bfr");
    for (let attempt = 0; ; attempt++) {
      const a = spawn(process.execPath, ["--import", "tsx", join(repo, "cli/main.ts"), "load", first, "--bpffs", bpffs], { cwd: repo });
      let aErr = "";
      a.stderr.on("data", (d) => (aErr += d));
      const done = new Promise<number | null>((res) => a.on("exit", (code) => res(code)));
      let caught = false;
      const deadline = Date.now() + 30_000;
      while (!caught && a.exitCode === null && Date.now() < deadline) {
        caught = holdsWriteLock(a.pid!, root);
        if (!caught) await new Promise((r) => setImmediate(r));
      }
      if (!caught) {
        expect(await done, aErr).toBe(0);
        expect(attempt, "never caught the first load holding the lock").toBeLessThan(5);
        bfr(["unload", "--all", "--bpffs", bpffs]);
        continue;
      }
      a.kill("SIGSTOP");
      try {
        const b = bfr(["load", second, "--bpffs", bpffs]);
        expect(b.status).toBe(1);
        expect(b.stderr).toContain(`another bfr is modifying ${root} (pid ${a.pid})`);
      } finally {
        a.kill("SIGCONT");
      }
      expect(await done, aErr).toBe(0);
      break;
    }
    // The winner's chain is intact; the loser left nothing.
    const chains = listChains({ bpffs });
    expect(chains.map((c) => c.name)).toEqual(["sets"]);
    const shown = JSON.parse(bfr(["show", "sets", "--json", "--bpffs", bpffs]).stdout);
    expect(shown.sets.find((s: { name: string }) => s.name === "big").elements).toBe(400_000);
  });
});
