// `bfr test` end to end: an object written by elf/write with our metadata, run by the CLI in a
// child process through the real kernel (packets, pcap, cases, JSON, errors and exit codes).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeMetadata } from "../../elf/metadata-codec.js";
import { writeObject } from "../../elf/write.js";
import { writePcap } from "../../loader/pcap.js";
import { kernelOk, skipReason } from "./kernel.js";
import { edgeMeta, tcCount, xdpDrop } from "./objects.js";

const dir = mkdtempSync(join(tmpdir(), "bfr-test-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, data: Uint8Array | string): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** Runs the CLI in a child process (tsx); several may run at once to keep the suite fast. */
function bfr(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/main.ts", ...args], { cwd: join(__dirname, "../..") });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

const edge = (() => {
  const s = tcCount();
  s.bfr = encodeMetadata(edgeMeta());
  return file("edge.o", writeObject(s));
})();
const frame = "00".repeat(12) + "0800" + "00".repeat(46);

describe.skipIf(!kernelOk)(`bfr test${skipReason ? ` (${skipReason})` : ""}`, () => {
  it("prints one line per packet and the counters", async () => {
    const r = await bfr("test", edge, "--packet", frame, frame, "--mark", "5");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^chain edge \(BF_HOOK_TC_INGRESS\)\npacket 1: DROP +retval=2 +\d+ ns +mark=6\npacket 2: DROP +retval=2 +\d+ ns +mark=6\ncounters:\n  rule 0 \(line 2: ip4\.proto icmp counter DROP\): 2 packets, 120 bytes\n  policy: 0 packets, 0 bytes\n$/);
  });

  it("prints JSON in the documented shape", async () => {
    const r = await bfr("test", edge, "--packet", frame, "--json", "--repeat", "4");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toEqual({
      chain: "edge",
      results: [{ verdict: "DROP", retval: 2, ns: j.results[0].ns, mark: 4 }],
      counters: { rules: [{ index: 0, packets: 4, bytes: 240 }], policy: { packets: 0, bytes: 0 } },
    });
  });

  it("reads packets from a pcap", async () => {
    const pcap = file("x.pcap", writePcap([Buffer.from(frame, "hex"), Buffer.from(frame, "hex")]));
    const xdp = file("xdp.o", writeObject(xdpDrop()));
    const r = await bfr("test", xdp, "--pcap", pcap);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^chain xdp_drop \(BF_HOOK_XDP\)\npacket 1: DROP +retval=1 +\d+ ns\npacket 2: DROP +retval=1 +\d+ ns\n$/);
  });

  it("passes a matching cases file and lists every mismatch of a wrong one", async () => {
    const ok = file("ok.json", JSON.stringify({ cases: [{ name: "one", packet: frame, verdict: "DROP", mark: 1, mark_after: 2 }], counters: { rules: [{ index: 0, packets: 1, bytes: 60 }], policy: { packets: 0 } } }));
    const bad = file("bad.json", JSON.stringify({ chain: "edge", cases: [{ name: "one", packet: frame, verdict: "ACCEPT", mark_after: 9 }], counters: { policy: { packets: 1 } } }));
    const [r, b, jb] = await Promise.all([bfr("test", edge, "--cases", ok), bfr("test", edge, "--cases", bad), bfr("test", edge, "--cases", bad, "--json")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("1 case passed");
    expect(b.code).toBe(1);
    expect(b.err).toContain("3 mismatches in");
    expect(b.err).toContain("one: verdict DROP (retval 2), expected ACCEPT");
    expect(b.err).toContain("one: mark after the run 1, expected 9");
    expect(b.err).toContain("policy: 0 packets, expected 1");
    const j = JSON.parse(jb.out);
    expect(j.mismatches).toHaveLength(3);
  });

  it("compiles a .bfr input in memory, and prints its diagnostics when it does not compile", async () => {
    const src = file("two.bfr", "chain a BF_HOOK_XDP ACCEPT\n    rule ip4.proto icmp counter DROP\nchain b BF_HOOK_TC_INGRESS DROP\n    rule ip4.proto tcp ACCEPT\n");
    const icmp = "00".repeat(12) + "0800" + "4500001c00000000400100000a0000010a000002" + "0800f7ff00000000" + "00".repeat(18);
    const broken = file("broken.bfr", "chain a BF_HOOK_XDP ACCEPT\n    rule ip4.proto icmpp DROP\n");
    const [a, b, none, r] = await Promise.all([
      bfr("test", src, "--chain", "a", "--packet", icmp, frame),
      bfr("test", src, "--chain", "b", "--packet", frame),
      bfr("test", src, "--packet", frame),
      bfr("test", broken, "--packet", frame),
    ]);
    expect(a.err).toBe("");
    expect(a.out).toMatch(/^chain a \(BF_HOOK_XDP\)\npacket 1: DROP .*\npacket 2: ACCEPT .*\ncounters:\n  rule 0 \(line 2: .*icmp.*\): 1 packets, 60 bytes\n  policy: 1 packets, 60 bytes\n$/);
    expect(b.out).toMatch(/packet 1: DROP +retval=2 /);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/the object has 2 chains; choose one with --chain\n  hint: chains: a, b/);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^.*broken\.bfr:2:\d+: error BFR\d{4}: .*icmpp/);
    expect(r.out).toBe("");
  });

  it("reports usage and input errors as one diagnostic", async () => {
    const cases = [
      [["test", edge], /give exactly one of --packet/],
      [["test", edge, "--packet", "zz"], /--packet 1: not hex bytes/],
      [["test", edge, "--packet", frame, "--chain", "nope"], /no chain "nope" in the object/],
      [["test", join(dir, "missing.o"), "--packet", frame], /cannot read .*missing\.o': no such file/],
      [["test", file("xdp2.o", writeObject(xdpDrop())), "--packet", frame, "--mark", "3"], /BF_HOOK_XDP has no packet mark/],
      [["test", edge, "--packet", "0011"], /a packet must be a full Ethernet frame \(2 bytes given/],
    ] as const;
    const runs = await Promise.all(cases.map(([args]) => bfr(...args)));
    for (const [i, [args, msg]] of cases.entries()) {
      const r = runs[i];
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.err, args.join(" ")).toMatch(/^bfr: error BFR\d{4}: /);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toContain("    at ");
    }
  });
});
