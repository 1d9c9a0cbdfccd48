// The netfilter and cgroup hooks with real traffic, through the real `bfr` CLI in child processes.
// Netfilter: a veth pair into a namespace of the test's own; the chain is loaded from inside that
// namespace (`ip netns exec`: netfilter links attach to the caller's namespace) on LOCAL_IN, drops
// the host's pings, and `bfr update` swaps it make-before-break, alternating priorities, while a
// 5 ms ping loop runs: no reply lost, and the rule counter (carried over) saw every request, so no
// request passed while neither program was attached. cgroup_skb: a chain on a test cgroup drops
// the traffic of a process moved into it, not of others. connect4: connect() from the cgroup fails
// with EPERM, from outside succeeds; counters count the calls; update and unload restore.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:net";
import { writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { kernelOk } from "../loader/kernel.js";
import { bfr, bfrIn, cgroup2Root, cleanup, hasPing, onCleanup, tempBpffs, testCgroup, tree, veth } from "./env.js";
import { hookObject, NF, type HookChain } from "./hook-objects.js";

function ok(r: ReturnType<typeof bfr>, what: string): string {
  if (r.status !== 0) throw new Error(`bfr ${what} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

function objectFile(name: string, ...chains: HookChain[]): string {
  const dir = mkdtempSync(join(tmpdir(), "bfrh-obj-"));
  onCleanup(() => void spawnSync("rm", ["-rf", dir]));
  const file = join(dir, name);
  writeFileSync(file, hookObject(...chains));
  return file;
}

interface Shown {
  link_id: number;
  link_ids: number[];
  priority: number | null;
  attached: boolean;
  rules: { packets: number | null }[];
}

function show(bpffs: string, name: string): Shown {
  return JSON.parse(ok(bfr(["show", name, "--json", "--bpffs", bpffs]), "show")) as Shown;
}

/** ping from this (the host's) namespace: [sent, received]. Async so updates can run meanwhile. */
function ping(to: string, count: number, interval: number, cgroup?: string): Promise<[number, number]> {
  const cmd = `${cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : ""}exec ping -q -c ${count} -i ${interval} -W 1 ${to}`;
  return new Promise((resolve, reject) => {
    const p = spawn("sh", ["-c", cmd]);
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("exit", () => {
      const m = /(\d+) packets transmitted, (\d+) received/.exec(out);
      if (m) resolve([Number(m[1]), Number(m[2])]);
      else reject(new Error(`ping: ${out}`));
    });
  });
}

/** connect() to 127.0.0.1:port by bash's /dev/tcp, from inside `cgroup` or not: "" or the error. */
function connectFrom(port: number, cgroup: string | null): string {
  const enter = cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : "";
  const r = spawnSync("bash", ["-c", `${enter}exec 3<>/dev/tcp/127.0.0.1/${port}`], { encoding: "utf8" });
  return r.status === 0 ? "" : r.stderr.trim();
}

const prios = { key: "priorities" as const, value: "7401-7402" };

describe.skipIf(!kernelOk)("netfilter and cgroup chains with real traffic", () => {
  beforeAll(() => {
    if (!hasPing()) throw new Error("ping is not installed (Debian package iputils-ping; .ci/run installs it)");
  });
  afterEach(cleanup);
  afterAll(cleanup);

  it("netfilter LOCAL_IN: drops pings; update is make-before-break at alternating priorities with no gap", { timeout: 300_000 }, async () => {
    const bpffs = tempBpffs();
    const v = veth({ netns: true });
    const ns = v.netns!;
    onCleanup(() => void bfrIn(ns, ["unload", "--all", "--bpffs", bpffs]));
    const drop = objectFile("drop.o", { name: "inbound", hook: "BF_HOOK_NF_LOCAL_IN", ret: NF.DROP, option: prios, rule: "rule ip4.proto icmp counter DROP" });
    const accept = objectFile("accept.o", { name: "inbound", hook: "BF_HOOK_NF_LOCAL_IN", ret: NF.ACCEPT, option: prios });
    expect(ok(bfrIn(ns, ["load", drop, "--bpffs", bpffs]), "load")).toMatch(/attached to netfilter at priority 7401 \(IPv4 and IPv6 links\)/);
    expect(await ping(v.peerIp, 3, 0.2)).toEqual([3, 0]);
    const dropped = show(bpffs, "inbound");
    expect(dropped.rules[0].packets).toBeGreaterThanOrEqual(3);
    expect(dropped.link_ids).toHaveLength(2);
    expect(dropped.priority).toBe(7401);
    // The host's own namespace is not filtered: the chain is in the test namespace only.
    expect(ok(bfr(["list", "--bpffs", bpffs]), "list")).toMatch(/netfilter priority 7401 of 7401-7402 \(links \d+, \d+\)/);

    ok(bfrIn(ns, ["update", accept, "--bpffs", bpffs]), "update");
    let prev = show(bpffs, "inbound");
    expect(prev.priority).toBe(7402);
    expect(prev.link_ids.some((id) => dropped.link_ids.includes(id))).toBe(false);
    expect(await ping(v.peerIp, 3, 0.2)).toEqual([3, 3]);

    const before = prev.rules[0].packets!;
    const loop = ping(v.peerIp, 1000, 0.005);
    for (let i = 0; i < 6; i++) {
      ok(bfrIn(ns, ["update", accept, "--bpffs", bpffs]), "update");
      const now = show(bpffs, "inbound");
      expect(now.priority).toBe(i % 2 === 0 ? 7401 : 7402);
      expect(now.link_ids).toHaveLength(2);
      expect(now.link_ids.some((id) => prev.link_ids.includes(id))).toBe(false);
      prev = now;
    }
    const [sent, received] = await loop;
    expect(sent).toBe(1000);
    expect(received).toBe(1000);
    // Every echo request met a program: the carried-over counter has all of them (requests seen by
    // both programs while both were attached count twice; IPv6 neighbour traffic adds a few).
    expect(show(bpffs, "inbound").rules[0].packets! - before).toBeGreaterThanOrEqual(1000);

    ok(bfrIn(ns, ["update", drop, "--bpffs", bpffs]), "update");
    expect(await ping(v.peerIp, 2, 0.2)).toEqual([2, 0]);
    ok(bfrIn(ns, ["unload", "inbound", "--bpffs", bpffs]), "unload");
    expect(await ping(v.peerIp, 2, 0.2)).toEqual([2, 2]);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });

  it.skipIf(!cgroup2Root())("cgroup_skb egress: drops the traffic of a process in the cgroup, not of others", { timeout: 120_000 }, async () => {
    const bpffs = tempBpffs();
    const cg = testCgroup();
    onCleanup(() => void bfr(["unload", "--all", "--bpffs", bpffs]));
    // The object names a cgroup that does not exist here: --cgroup overrides it.
    const opt = { key: "cgpath" as const, value: "/sys/fs/cgroup/unified/bfrh-not-here" };
    const drop = objectFile("drop.o", { name: "egress", hook: "BF_HOOK_CGROUP_SKB_EGRESS", ret: 0, option: opt });
    const accept = objectFile("accept.o", { name: "egress", hook: "BF_HOOK_CGROUP_SKB_EGRESS", ret: 1, option: opt });
    const missing = bfr(["load", drop, "--bpffs", bpffs]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`bfr: error BFR5004: chain "egress": cgroup ${opt.value} does not exist\n  hint: give a cgroup v2 directory (e.g. under /sys/fs/cgroup) with cgpath= or --cgroup\n`);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);

    expect(ok(bfr(["load", drop, "--cgroup", cg, "--bpffs", bpffs]), "load")).toContain(`attached to cgroup ${cg}`);
    expect(await ping("127.0.0.1", 2, 0.2, cg)).toEqual([2, 0]);
    expect(await ping("127.0.0.1", 2, 0.2)).toEqual([2, 2]);
    const s = show(bpffs, "egress");
    expect(s.rules[0].packets).toBeGreaterThanOrEqual(2);
    ok(bfr(["update", accept, "--bpffs", bpffs]), "update");
    expect(show(bpffs, "egress").link_id).toBe(s.link_id); // BPF_LINK_UPDATE: same link
    expect(await ping("127.0.0.1", 2, 0.2, cg)).toEqual([2, 2]);
    ok(bfr(["update", drop, "--bpffs", bpffs]), "update");
    expect(await ping("127.0.0.1", 2, 0.2, cg)).toEqual([2, 0]);
    ok(bfr(["unload", "egress", "--bpffs", bpffs]), "unload");
    expect(await ping("127.0.0.1", 2, 0.2, cg)).toEqual([2, 2]);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });

  it.skipIf(!cgroup2Root())("connect4: connect() fails with EPERM in the cgroup, succeeds outside; counters count the calls", { timeout: 120_000 }, async () => {
    const bpffs = tempBpffs();
    const cg = testCgroup();
    onCleanup(() => void bfr(["unload", "--all", "--bpffs", bpffs]));
    const server: Server = createServer((c) => c.destroy());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    onCleanup(() => void server.close());
    const port = (server.address() as { port: number }).port;
    const opt = { key: "cgpath" as const, value: cg };
    const drop = objectFile("drop.o", { name: "conn", hook: "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", ret: 0, option: opt });
    const accept = objectFile("accept.o", { name: "conn", hook: "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", ret: 1, option: opt });

    expect(connectFrom(port, cg)).toBe("");
    ok(bfr(["load", drop, "--bpffs", bpffs]), "load");
    expect(connectFrom(port, cg)).toMatch(/Operation not permitted/);
    expect(connectFrom(port, cg)).toMatch(/Operation not permitted/);
    expect(connectFrom(port, null)).toBe("");
    const s = show(bpffs, "conn");
    expect(s.rules[0].packets).toBe(2);
    ok(bfr(["update", accept, "--bpffs", bpffs]), "update");
    expect(connectFrom(port, cg)).toBe("");
    const u = show(bpffs, "conn");
    expect(u.link_id).toBe(s.link_id);
    // The rule's verdict changed (its canonical text with it): its counter restarts at this call.
    expect(u.rules[0].packets).toBe(1);
    ok(bfr(["update", drop, "--bpffs", bpffs]), "update");
    expect(connectFrom(port, cg)).toMatch(/Operation not permitted/);
    ok(bfr(["unload", "--all", "--bpffs", bpffs]), "unload");
    expect(connectFrom(port, cg)).toBe("");
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });
});
