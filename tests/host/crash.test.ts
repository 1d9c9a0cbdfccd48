// Crash recovery: a `bfr` killed (SIGKILL) at a syscall in the middle of load, update or unload
// (or attach) leaves leftovers that the next write cleans. After that write the host must be consistent and
// equal to the state before the operation or after it — never a mix: no work directories, every
// pinned link runs its chain's pinned program, no attached link that no chain owns. An update that
// carries counters, killed anywhere, leaves the carried count exact after the next write.

import { afterAll, afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { kernelOk } from "../loader/kernel.js";
import { attachChain, loadChains, unloadChains, hostSys, showChain, updateChains } from "../../loader/host/index.js";
import { progTestRun } from "../../loader/bpf.js";
import { writeSession } from "../../loader/host/session.js";
import { readMeta } from "../../loader/host/meta.js";
import { linkInfo, openPin, progId, withPin } from "../../loader/host/kobj.js";
import { faultHost } from "./fault-host.js";
import { cleanup, linksOn, repo, tempBpffs, tree, veth, type Veth } from "./env.js";
import { edgeObject, edgeObjectV2 } from "./objects.js";

/** Runs the child (asynchronously, so vitest's worker stays responsive) and expects it killed. */
async function crashAt(op: string, bpffs: string, v: Veth, n: number): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repo, "tests/host/crash-child.ts"), op, bpffs, v.host, String(n)], { cwd: repo });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const signal = await new Promise<string | null>((res) => child.on("exit", (_code, sig) => res(sig)));
  if (signal !== "SIGKILL") throw new Error(`child did not crash at call ${n}: ${out}`);
}

/** Checks the invariants; returns the visible tree and which object each chain came from. */
function consistent(bpffs: string, v: Veth): { tree: string[]; objects: string[] } {
  const root = join(bpffs, "bfr");
  const t = tree(root);
  expect(t.filter((p) => p.includes("~")), "work directories left").toEqual([]);
  const sys = hostSys();
  const chains = t.filter((p) => !p.includes("/"));
  const pinnedLinks: { id: number; prog_id: number }[] = [];
  const objects: string[] = [];
  for (const c of chains) {
    const dir = join(root, c);
    const meta = readMeta(sys, join(dir, "meta"));
    objects.push(`${c}:${meta.objectFile}`);
    const pid = withPin(sys, join(dir, "prog"), (fd) => progId(sys, fd));
    const link = withPin(sys, join(dir, "link"), (fd) => linkInfo(sys, fd));
    expect(pid, `${c}: program pinned`).not.toBeNull();
    expect(meta.attach !== null, `${c}: metadata agrees with the link`).toBe(link !== null);
    if (link) {
      expect(link.progId, `${c}: the link runs the pinned program`).toBe(pid);
      pinnedLinks.push({ id: link.id, prog_id: link.progId });
    }
  }
  expect(linksOn(v.ifindex), "attached links are exactly the pinned ones").toEqual(pinnedLinks.sort((a, b) => a.id - b.id));
  return { tree: t, objects };
}

const ops = [
  { op: "load", setup: (_b: string, _v: Veth) => {}, run: (b: string, v: Veth) => loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs: b, sys: counting }) },
  { op: "update", setup: (b: string, v: Veth) => loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs: b }), run: (b: string, v: Veth) => updateChains({ bytes: edgeObjectV2(v.host), file: "v2.o" }, { bpffs: b, sys: counting }) },
  { op: "attach", setup: (b: string, v: Veth) => loadChains({ bytes: edgeObject(v.host), file: "v1.o", attach: false }, { bpffs: b }), run: (b: string, v: Veth) => attachChain("edge", { iface: v.host }, { bpffs: b, sys: counting }) },
  { op: "unload", setup: (b: string, v: Veth) => loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs: b }), run: (b: string) => unloadChains("all", { bpffs: b, sys: counting }) },
];
let counting = faultHost(null);

describe.skipIf(!kernelOk)("a bfr killed mid-operation is cleaned up by the next write", () => {
  afterEach(cleanup);
  afterAll(cleanup);

  for (const o of ops) {
    it(`${o.op}: killed at each syscall → before or after, never a mix`, { timeout: 240_000 }, async () => {
      const bpffs = tempBpffs();
      const v = veth();
      const reset = (): void => {
        unloadChains("all", { bpffs });
        o.setup(bpffs, v);
      };
      reset();
      const before = consistent(bpffs, v);
      counting = faultHost(null);
      o.run(bpffs, v);
      const after = consistent(bpffs, v);
      const total = counting.calls;
      // Every call for the short operations; every other call for the long ones (child startup
      // dominates the time), always including the first and the last.
      const step = total > 20 ? 2 : 1;
      const points = new Set<number>([total]);
      for (let n = 1; n <= total; n += step) points.add(n);
      const seen = new Set<string>();
      for (const n of [...points].sort((a, b) => a - b)) {
        reset();
        await crashAt(o.op, bpffs, v, n);
        writeSession({ bpffs }, () => undefined);
        const now = consistent(bpffs, v);
        const which = JSON.stringify(now) === JSON.stringify(before) ? "before" : JSON.stringify(now) === JSON.stringify(after) ? "after" : "mixed";
        expect(which, `crash at call ${n} (${counting.log[n - 1]})`).not.toBe("mixed");
        seen.add(which);
      }
      expect([...seen].sort()).toEqual(["after", "before"]);
    });
  }

  it("update with carried counters: killed at each syscall, the count after the next write is exact", { timeout: 240_000 }, async () => {
    const bpffs = tempBpffs();
    const v = veth();
    // The chain counts every packet: with the peer down no real packet (IPv6 router solicitations)
    // reaches it, so the only packets are the test runs'.
    expect(spawnSync("ip", ["link", "set", v.peer, "down"]).status).toBe(0);
    const reset = (): void => {
      unloadChains("all", { bpffs });
      loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs });
      testRun(bpffs, 5);
    };
    reset();
    expect(showChain("edge", { bpffs }).counters[0].packets).toBe(5);
    counting = faultHost(null);
    updateChains({ bytes: edgeObject(v.host), file: "v1b.o" }, { bpffs, sys: counting });
    expect(showChain("edge", { bpffs }).counters[0].packets).toBe(5);
    const total = counting.calls;
    for (let n = 1; n <= total; n++) {
      reset();
      await crashAt("update-same", bpffs, v, n);
      writeSession({ bpffs }, () => undefined);
      consistent(bpffs, v);
      // Before (old chain, live 5) or after (new chain, base 5 + live 0): 5 either way.
      expect(showChain("edge", { bpffs }).counters[0].packets, `crash at call ${n} (${counting.log[n - 1]})`).toBe(5);
      testRun(bpffs, 1);
      expect(showChain("edge", { bpffs }).counters[0].packets).toBe(6);
    }
  });
});

/** Runs `n` 64-byte frames through the chain's pinned program (BPF_PROG_TEST_RUN). */
function testRun(bpffs: string, n: number): void {
  const sys = hostSys();
  const fd = openPin(sys, join(bpffs, "bfr/edge/prog"))!;
  try {
    expect(progTestRun(sys, { progFd: fd, data: Buffer.alloc(64), repeat: n }).rc).toBe(0);
  } finally {
    sys.close(fd);
  }
}
