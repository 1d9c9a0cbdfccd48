// Chains from `bfr compile` (not hand-built) on the netfilter, cgroup_skb and connect4 hooks,
// loaded and attached through the real CLI: the netfilter program reads the packet through kfuncs
// and relocated context fields, so this is the whole toolchain on these hooks. A LOCAL_IN chain in
// a test namespace drops ICMP (pings fail) and counts; a cgroup_skb egress chain drops a
// test cgroup's ICMP; a connect4 chain refuses connect() to one address from the test cgroup only.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { kernelOk } from "../loader/kernel.js";
import { bfr, bfrIn, cgroup2Root, cleanup, hasPing, onCleanup, tempBpffs, testCgroup, tree, veth } from "./env.js";
import { compileTo } from "./compile.js";

function ok(r: ReturnType<typeof bfr>, what: string): string {
  if (r.status !== 0) throw new Error(`bfr ${what} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

function packets(bpffs: string, name: string): number | null {
  return (JSON.parse(ok(bfr(["show", name, "--json", "--bpffs", bpffs]), "show")) as { rules: { packets: number | null }[] }).rules[0].packets;
}

/** Replies to `count` pings, optionally from a process in `cgroup`. */
function pings(to: string, count: number, cgroup?: string): number {
  const enter = cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : "";
  const r = spawnSync("sh", ["-c", `${enter}exec ping -q -c ${count} -i 0.2 -W 1 ${to}`], { encoding: "utf8" });
  const m = /(\d+) received/.exec(r.stdout);
  if (!m) throw new Error(`ping: ${r.stdout}${r.stderr}`);
  return Number(m[1]);
}

function connectFrom(port: number, cgroup: string | null): string {
  const enter = cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : "";
  const r = spawnSync("bash", ["-c", `${enter}exec 3<>/dev/tcp/127.0.0.2/${port}`], { encoding: "utf8" });
  return r.status === 0 ? "" : r.stderr.trim();
}

describe.skipIf(!kernelOk)("compiled netfilter and cgroup chains on a host", () => {
  beforeAll(() => {
    if (!hasPing()) throw new Error("ping is not installed (Debian package iputils-ping; .ci/run installs it)");
  });
  afterEach(cleanup);
  afterAll(cleanup);

  it("netfilter LOCAL_IN: a compiled chain drops ICMP in its namespace; update and unload restore", { timeout: 240_000 }, () => {
    const bpffs = tempBpffs();
    const v = veth({ netns: true });
    const ns = v.netns!;
    onCleanup(() => void bfrIn(ns, ["unload", "--all", "--bpffs", bpffs]));
    const drop = compileTo("nfdrop", "chain guard BF_HOOK_NF_LOCAL_IN{priorities=7601-7602} ACCEPT\n    rule ip4.proto icmp counter DROP\n");
    const pass = compileTo("nfpass", "chain guard BF_HOOK_NF_LOCAL_IN{priorities=7601-7602} ACCEPT\n    rule ip4.proto icmp counter ACCEPT\n");
    ok(bfrIn(ns, ["load", drop, "--bpffs", bpffs]), "load");
    expect(pings(v.peerIp, 3)).toBe(0);
    expect(packets(bpffs, "guard")).toBeGreaterThanOrEqual(3);
    ok(bfrIn(ns, ["update", pass, "--bpffs", bpffs]), "update");
    expect(pings(v.peerIp, 3)).toBe(3);
    ok(bfrIn(ns, ["update", drop, "--bpffs", bpffs]), "update");
    expect(pings(v.peerIp, 2)).toBe(0);
    ok(bfrIn(ns, ["unload", "guard", "--bpffs", bpffs]), "unload");
    expect(pings(v.peerIp, 2)).toBe(2);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });

  it.skipIf(!cgroup2Root())("cgroup_skb and connect4: compiled chains on a test cgroup", { timeout: 240_000 }, async () => {
    const bpffs = tempBpffs();
    const cg = testCgroup();
    onCleanup(() => void bfr(["unload", "--all", "--bpffs", bpffs]));
    const server = createServer((c) => c.destroy());
    await new Promise<void>((r) => server.listen(0, "127.0.0.2", r));
    onCleanup(() => void server.close());
    const port = (server.address() as { port: number }).port;
    const obj = compileTo("cg", [
      `chain icmpout BF_HOOK_CGROUP_SKB_EGRESS{cgpath=${cg}} ACCEPT`,
      "    rule ip4.proto icmp counter DROP",
      `chain conn BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4{cgpath=${cg}} ACCEPT`,
      // 127.0.0.2 only: ping connects its socket to 127.0.0.1 (connect4 sees UDP/ICMP connects too).
      "    rule ip4.daddr 127.0.0.2 counter DROP",
      "",
    ].join("\n"));
    ok(bfr(["load", obj, "--bpffs", bpffs]), "load");
    expect(pings("127.0.0.1", 2, cg)).toBe(0);
    expect(pings("127.0.0.1", 2)).toBe(2);
    expect(connectFrom(port, cg)).toMatch(/Operation not permitted/);
    expect(connectFrom(port, null)).toBe("");
    expect(packets(bpffs, "conn")).toBe(1);
    expect(packets(bpffs, "icmpout")).toBeGreaterThanOrEqual(2);
    ok(bfr(["unload", "--all", "--bpffs", bpffs]), "unload");
    expect(pings("127.0.0.1", 2, cg)).toBe(2);
    expect(connectFrom(port, cg)).toBe("");
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });
});
