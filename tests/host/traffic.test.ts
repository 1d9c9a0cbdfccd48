// The host workflow with real traffic, through the real `bfr` CLI in child processes: a veth pair
// into a network namespace made here, pings from the namespace. Load a chain that drops ICMP from
// the peer (filtering continues after `bfr` exits, counters rise in `show`), update it to ACCEPT
// chains while a fast ping loop runs (no packet lost, same link id, counters carried over), edit a
// live set, and unload (traffic back, bpffs directory empty, no link left).

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { updateChains } from "../../loader/host/index.js";
import { kernelOk } from "../loader/kernel.js";
import { checkSource } from "../../compiler/frontend.js";
import { bfr, cleanup, hasPing, linksOn, pingFromPeer, tempBpffs, tree, veth, type Veth } from "./env.js";
import { compileTo } from "./compile.js";

function ok(args: string[]): string {
  const r = bfr(args);
  if (r.status !== 0) throw new Error(`bfr ${args.join(" ")} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

interface ShowJson {
  name: string;
  link_id: number | null;
  program_id: number;
  rules: { index: number; text: string; packets: number | null; bytes: number | null }[];
  policy: { packets: number; bytes: number };
  sets: { name: string; elements: number; values: string[] }[];
}

function show(bpffs: string, name: string): ShowJson {
  return JSON.parse(ok(["show", name, "--json", "--bpffs", bpffs])) as ShowJson;
}

/** A ping loop from the peer (async, so updates can run meanwhile): resolves to [sent, received]. */
function pingLoop(v: Veth, count: number, interval: number): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    const p = spawn("ip", ["netns", "exec", v.netns!, "ping", "-q", "-c", String(count), "-i", String(interval), "-W", "1", v.hostIp]);
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("exit", () => {
      const m = /(\d+) packets transmitted, (\d+) received/.exec(out);
      if (m) resolve([Number(m[1]), Number(m[2])]);
      else reject(new Error(`ping: ${out}`));
    });
  });
}

describe.skipIf(!kernelOk)("bfr on a host, with real traffic", () => {
  beforeAll(() => {
    if (!hasPing()) throw new Error("ping is not installed (Debian package iputils-ping; .ci/run installs it)");
  });
  afterEach(cleanup);
  afterAll(cleanup);

  it("XDP: drop ICMP, keep filtering after exit, update with no gap, unload restores traffic", { timeout: 300_000 }, async () => {
    const bpffs = tempBpffs();
    const v = veth({ netns: true });
    expect(pingFromPeer(v, 2)).toBe(2);
    const head = `chain guard BF_HOOK_XDP{iface=${v.host}} ACCEPT\n`;
    const drop = compileTo("drop", `${head}    rule ip4.proto icmp counter DROP\n`);
    const accept1 = compileTo("accept1", `${head}    rule ip4.proto icmp counter ACCEPT\n`);
    const accept2 = compileTo("accept2", `${head}    rule ip4.proto tcp counter DROP\n    rule ip4.proto icmp counter ACCEPT\n`);

    expect(ok(["load", drop, "--bpffs", bpffs])).toMatch(/loaded chain guard \(BF_HOOK_XDP\): attached to .* link id \d+/);
    // The loading process has exited: the pinned link keeps the program attached.
    expect(pingFromPeer(v, 3)).toBe(0);
    const dropped = show(bpffs, "guard");
    expect(dropped.rules).toEqual([{ index: 0, text: expect.stringContaining("icmp"), packets: expect.any(Number), bytes: expect.any(Number) }]);
    expect(dropped.rules[0].packets).toBeGreaterThanOrEqual(3);
    const list = JSON.parse(ok(["list", "--json", "--bpffs", bpffs]));
    expect(list).toEqual([expect.objectContaining({ name: "guard", hook: "BF_HOOK_XDP", attached: true, program_id: dropped.program_id })]);

    // `show` prints valid .bfr with the counters as comments.
    const text = ok(["show", "guard", "--bpffs", bpffs]);
    expect(text).toMatch(new RegExp(`# ${dropped.rules[0].packets} packets, \\d+ bytes\\n    rule ip4.proto icmp counter DROP`));
    expect(checkSource(text, "shown.bfr").diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    ok(["update", accept1, "--bpffs", bpffs]);
    // The ICMP rule's text changed (DROP -> ACCEPT): its count starts from these 2 requests.
    expect(pingFromPeer(v, 2)).toBe(2);
    const linkId = show(bpffs, "guard").link_id;
    expect(linkId).not.toBeNull();

    // Swap programs back and forth (in this process: a CLI start takes longer than the loop)
    // while a fast ping loop runs: not one packet may be lost.
    const objects = [accept2, accept1].map((f) => ({ bytes: readFileSync(f), file: f }));
    const loop = pingLoop(v, 600, 0.005);
    let updates = 0;
    let running = true;
    void loop.finally(() => (running = false));
    while (running) {
      updateChains(objects[updates++ % 2], { bpffs });
      await new Promise((r) => setTimeout(r, 20));
    }
    const [sent, received] = await loop;
    expect(updates).toBeGreaterThan(10);
    expect(sent).toBe(600);
    expect(received).toBe(600);
    const after = show(bpffs, "guard");
    expect(after.link_id).toBe(linkId);
    expect(linksOn(v.ifindex)).toEqual([{ id: linkId, prog_id: after.program_id }]);
    // The ICMP ACCEPT rule kept its text through every update, so its counter carried over, exactly:
    // every echo request the chain saw (2 before the loop + every one the loop sent), not one more
    // or less, however the updates fell between the packets.
    const icmp = after.rules.find((r) => r.text.includes("icmp"))!;
    expect(icmp.packets).toBe(2 + sent);
    expect(icmp.bytes).toBe(icmp.packets! * (dropped.rules[0].bytes! / dropped.rules[0].packets!));

    expect(ok(["unload", "guard", "--bpffs", bpffs])).toBe("unloaded chain guard\n");
    expect(pingFromPeer(v, 2)).toBe(2);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
    expect(linksOn(v.ifindex)).toEqual([]);
    expect(JSON.parse(ok(["list", "--json", "--bpffs", bpffs]))).toEqual([]);
  });

  it("TC: update-set adds and removes addresses on a live chain and traffic follows", { timeout: 300_000 }, () => {
    const bpffs = tempBpffs();
    const v = veth({ netns: true });
    const obj = compileTo("sets", [
      `chain setguard BF_HOOK_TC_INGRESS{iface=${v.host}} ACCEPT`,
      "    set blocked (ip4.saddr) in { 192.0.2.1 }",
      "    rule (ip4.saddr) in blocked counter DROP",
      "",
    ].join("\n"));
    ok(["load", obj, "--bpffs", bpffs]);
    expect(pingFromPeer(v, 2)).toBe(2);

    expect(ok(["update-set", "setguard", "blocked", "--add", v.peerIp, "--bpffs", bpffs])).toMatch(/1 added, 0 removed/);
    expect(pingFromPeer(v, 3)).toBe(0);
    const blocked = show(bpffs, "setguard");
    expect(blocked.rules[0].packets).toBeGreaterThanOrEqual(3);
    expect(blocked.sets).toEqual([expect.objectContaining({ name: "blocked", elements: 2, values: expect.arrayContaining([v.peerIp, "192.0.2.1"]) })]);
    expect(ok(["show", "setguard", "--bpffs", bpffs])).toContain(`set blocked (ip4.saddr) in { `);

    // A failing edit changes nothing: the second element is already absent.
    const bad = bfr(["update-set", "setguard", "blocked", "--remove", v.peerIp, "--remove", "198.51.100.7", "--bpffs", bpffs]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('set "blocked" has no element 198.51.100.7');
    expect(pingFromPeer(v, 2)).toBe(0);

    ok(["update-set", "setguard", "blocked", "--remove", v.peerIp, "--bpffs", bpffs]);
    expect(pingFromPeer(v, 2)).toBe(2);
    ok(["unload", "--all", "--bpffs", bpffs]);
    expect(tree(join(bpffs, "bfr"))).toEqual([]);
  });
});
