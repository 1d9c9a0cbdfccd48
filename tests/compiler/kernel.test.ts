// The code generator against the real kernel: every matcher and operator of the Ethernet hooks
// passes the verifier on XDP, TC ingress and TC egress, in both code shapes (one function with
// stack slots; a program calling separately verified rule-range functions through the scratch
// map); the two shapes agree packet by packet (verdicts, marks, counters); exact-match runs keep
// first-match semantics; a 10,000-rule chain loads; bpftool (libbpf) loads and runs our objects.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { Shape } from "../../compiler/codegen/program.js";
import { formatDiagnostics } from "../../grammar/diagnostics.js";
import { kernelSkipReason } from "../kernel/harness.js";
import { ether, icmp, icmpv6, ipv4, ipv6, tcp, udp, type Frame } from "../kernel/packets.js";
import { bpffs, bpftoolLoad, bpftoolMissing, bpftoolRun, loadWithStats } from "./kernel-util.js";

const skip = kernelSkipReason();
const HOOKS = ["BF_HOOK_XDP", "BF_HOOK_TC_INGRESS", "BF_HOOK_TC_EGRESS"] as const;
type Hook = (typeof HOOKS)[number];

function compile(text: string, tcCompat = false, shape: Shape = "auto"): Uint8Array {
  const r = compileSource(text, "cg.bfr", { tcCompat, shape });
  if (!r.object) throw new Error(formatDiagnostics(r.diagnostics, text));
  return r.object;
}

/** Every matcher × operator × `not` of LANGUAGE.md §4 allowed on `hook`, one CONTINUE rule each. */
function everyMatcher(hook: Hook): string[] {
  const tc = hook !== "BF_HOOK_XDP";
  const m = [
    "meta.iface 1", "meta.iface not 1", "meta.iface lo", "meta.l3_proto ipv4", "meta.l3_proto not ipv6",
    "meta.l4_proto tcp", "meta.l4_proto not udp", "meta.sport 40000", "meta.sport not range 1-1000",
    "meta.dport range 53-80", "meta.dport not 22", "meta.probability 50%", "meta.probability not 33.3%",
    "meta.flow_probability 50%", "meta.flow_probability not 10%",
    "ip4.saddr 192.0.2.1", "ip4.saddr not 10.0.0.1", "ip4.daddr 198.51.100.1", "ip4.snet 192.0.2.0/24",
    "ip4.dnet not 10.0.0.0/8", "ip4.proto tcp", "ip4.proto not icmp", "ip4.dscp ef", "ip4.dscp not cs1",
    "ip6.saddr 2001:db8::1", "ip6.daddr not ::1", "ip6.snet 2001:db8::/32", "ip6.dnet not fe80::/10",
    "ip6.nexthdr tcp", "ip6.nexthdr hop", "ip6.nexthdr not frag", "ip6.dscp af11", "ip6.dscp not 0",
    "tcp.sport 40000", "tcp.sport range 1024-65535", "tcp.dport not 22", "tcp.dport not range 1-1023",
    "tcp.flags syn", "tcp.flags not syn,ack", "tcp.flags any syn,fin", "tcp.flags not any rst",
    "tcp.flags all syn", "tcp.flags not all syn,ack", "udp.sport 40000", "udp.dport range 53-53",
    "udp.dport not 53", "icmp.type echo-request", "icmp.type not echo-reply", "icmp.code 0", "icmp.code not 1",
    "icmpv6.type echo-request", "icmpv6.type not 1", "icmpv6.code 0", "icmpv6.code not 3",
    "(ip4.saddr, tcp.dport) in { 192.0.2.1, 80 }", "(ip6.saddr, ip6.daddr, udp.dport) not in { 2001:db8::1, 2001:db8::2, 53 }",
    "(ip4.snet) in { 192.0.2.0/24; 10.0.0.0/8 }", "(ip6.dnet) not in { 2001:db8::/48 }", "(icmp.type, icmp.code) in { 8, 0 }",
    "(ip4.proto, udp.sport) in { udp, 40000 }",
  ];
  if (tc) m.push("meta.mark 7", "meta.mark not 0x10", "meta.flow_hash range 0-4294967295", "meta.flow_hash not 5");
  return m;
}

function chainText(hook: Hook, padding: number): string {
  const tc = hook !== "BF_HOOK_XDP";
  const lines = [`chain cg ${hook} ACCEPT`];
  // filler rules that no test packet matches push the chain into split mode
  for (let i = 0; i < padding; i++) lines.push(`  rule ip4.saddr 203.0.${(i >> 8) & 255}.${i & 255} tcp.dport ${1 + i} counter DROP`);
  for (const m of everyMatcher(hook)) lines.push(`  rule ${m} counter CONTINUE`);
  if (tc) lines.push("  rule ip4.dscp 46 mark 7 CONTINUE", "  rule meta.mark 7 udp.dport 53 counter DROP");
  lines.push("  rule tcp.dport 80 counter REDIRECT 1 out", "  rule icmpv6.type echo-request counter NEXT", "  rule udp.dport 53 counter DROP");
  return lines.join("\n") + "\n";
}

const FRAMES: [string, Frame][] = [
  ["v4 tcp syn to 80", ether({}, ipv4({}, tcp()))],
  ["v4 tcp ack to 22", ether({}, ipv4({ src: "10.0.0.1" }, tcp({ dport: 22, flags: ["ack"] })))],
  ["v4 udp 53 dscp ef", ether({}, ipv4({ dscp: 46 }, udp()))],
  ["v4 icmp echo", ether({ vlans: [{ vid: 3 }] }, ipv4({}, icmp()))],
  ["v4 fragment", ether({}, ipv4({ fragOffset: 10 }, udp()))],
  ["v6 udp 53", ether({}, ipv6({}, udp()))],
  ["v6 hop+frag tcp", ether({}, ipv6({ ext: [{ type: "hop" }, { type: "frag" }] }, tcp({ dport: 443 })))],
  ["v6 icmpv6 echo", ether({ vlans: [{ tpid: 0x88a8, vid: 1 }, { vid: 2 }] }, ipv6({}, icmpv6()))],
  ["short v4", { bytes: ether({}, ipv4({}, tcp())).bytes.slice(0, 30), headers: [] }],
];

interface Outcome { verdict: string; mark: number | null; counters: Record<string, number> }

/** Runs every frame (fresh chain each time, so counters are per frame), rules keyed by their text. */
async function outcomes(text: string, hook: Hook, shape: Shape = "auto"): Promise<{ byFrame: Outcome[]; insns: number }> {
  const object = compile(text, false, shape);
  const { chain, stats } = await loadWithStats(object);
  chain.close();
  const byFrame: Outcome[] = [];
  for (const [, frame] of FRAMES) {
    if (hook !== "BF_HOOK_XDP" && frame.bytes.length < 34) continue;
    const { chain: c } = await loadWithStats(object);
    try {
      const r = c.run(frame.bytes);
      const counters: Record<string, number> = {};
      const meta = c.meta!;
      for (const x of c.counters()!.rules) counters[meta.rules[x.index].text] = x.packets;
      counters.policy = c.counters()!.policy.packets;
      byFrame.push({ verdict: r.verdict, mark: r.mark, counters });
    } finally {
      c.close();
    }
  }
  return { byFrame, insns: stats.insns };
}

describe.skipIf(skip !== null)("generated code through the kernel", () => {
  for (const hook of HOOKS) {
    it(`${hook}: every matcher verifies; one rule-range function and several agree on every frame`, async () => {
      const inline = await outcomes(chainText(hook, 0), hook);
      const split = await outcomes(chainText(hook, 1100), hook);
      expect(inline.insns).toBeGreaterThan(0);
      expect(split.insns).toBeGreaterThan(0);
      // fillers exist only in the split chain; meta.probability draws differ from run to run
      for (const o of [...split.byFrame, ...inline.byFrame]) {
        for (const k of Object.keys(o.counters)) if (k.includes("203.0.") || k.includes("meta.probability")) delete o.counters[k];
      }
      expect(split.byFrame).toEqual(inline.byFrame);
      // spot checks of absolute meaning
      const [syn80, ack22, udpEf] = inline.byFrame;
      expect(syn80.verdict).toBe("REDIRECT");
      expect(syn80.counters["rule tcp.flags syn counter CONTINUE"]).toBe(1);
      expect(ack22.counters["rule tcp.flags syn counter CONTINUE"]).toBe(0);
      expect(ack22.verdict).toBe("ACCEPT");
      expect(ack22.counters.policy).toBe(1);
      expect(udpEf.verdict).toBe("DROP");
      if (hook !== "BF_HOOK_XDP") expect(udpEf.mark).toBe(7);
    }, 120_000);
  }

  for (const hook of HOOKS) {
    it(`${hook}: terminal rules give the same results in one function and split`, async () => {
      const ms = everyMatcher(hook).filter((m) => !m.includes("probability"));
      // each rule stops the chain; rotate so that each matcher gets to decide some frame
      const text = (first: number): string => [`chain cg ${hook} ACCEPT`,
        ...ms.slice(first).concat(ms.slice(0, first)).slice(0, 30).map((m, i) => `  rule ${m} counter ${["DROP", "NEXT", "ACCEPT"][i % 3]}`)].join("\n") + "\n";
      for (const first of [0, 20, 40]) {
        const one = await outcomes(text(first), hook, "one");
        const split = await outcomes(text(first), hook, "split");
        expect(split.byFrame).toEqual(one.byFrame);
      }
    }, 120_000);
  }

  it("degenerate chains verify and behave: always/never rules, empty chains, dead rules", async () => {
    const cases: [string, string, string][] = [
      ["no rules", "chain d BF_HOOK_XDP DROP\n", "DROP"],
      ["only never", "chain d BF_HOOK_XDP DROP\n  rule meta.probability 0% counter ACCEPT\n", "DROP"],
      ["always first, dead after", "chain d BF_HOOK_XDP DROP\n  rule meta.probability 100% counter ACCEPT\n  rule tcp.dport 80 DROP\n", "ACCEPT"],
      ["always CONTINUE", "chain d BF_HOOK_TC_INGRESS DROP\n  rule meta.probability 100% mark 3 CONTINUE\n  rule meta.mark 3 NEXT\n", "NEXT"],
      ["split, always in part 0", `chain d BF_HOOK_XDP DROP\n${"  rule tcp.dport 1 udp.sport 2 DROP\n".repeat(40)}  rule meta.l3_proto ipv4 CONTINUE\n  rule meta.probability 100% ACCEPT\n`, "ACCEPT"],
    ];
    for (const [name, text, verdict] of cases) {
      for (const shape of ["one", "split"] as const) {
        const { chain } = await loadWithStats(compile(text, false, shape));
        try {
          expect(chain.run(ether({}, ipv4({}, tcp())).bytes).verdict, `${name} (${shape})`).toBe(verdict);
        } finally {
          chain.close();
        }
      }
    }
  });

  it("an exact-match run keeps first-match order, duplicates and counters", async () => {
    const lines = ["chain run BF_HOOK_XDP ACCEPT"];
    for (let i = 0; i < 300; i++) lines.push(`  rule ip4.saddr 10.1.${i >> 8}.${i & 255} counter ${i % 2 ? "DROP" : "ACCEPT"}`);
    lines.push("  rule ip4.saddr 10.1.0.3 counter ACCEPT", "  rule ip4.saddr 10.9.9.9 counter DROP");
    const { chain } = await loadWithStats(compile(lines.join("\n") + "\n"));
    try {
      const run = (src: string): string => chain.run(ether({}, ipv4({ src }, tcp())).bytes).verdict;
      expect(run("10.1.0.3")).toBe("DROP");
      expect(run("10.1.0.0")).toBe("ACCEPT");
      expect(run("10.1.1.43")).toBe("DROP");
      expect(run("10.1.0.2")).toBe("ACCEPT");
      expect(run("10.9.9.9")).toBe("DROP");
      expect(run("10.2.0.0")).toBe("ACCEPT");
      const c = chain.counters()!;
      const at = (i: number): number => c.rules.find((r) => r.index === i)!.packets;
      expect([at(3), at(0), at(299), at(300), at(301), c.policy.packets]).toEqual([1, 1, 1, 0, 1, 1]);
      expect(at(299)).toBe(1);
    } finally {
      chain.close();
    }
  });

  it("an exact-match run with several rules per constant tries them in rule order", async () => {
    const lines = ["chain grp BF_HOOK_XDP ACCEPT",
      "  rule ip4.saddr 10.0.0.1 tcp.dport 22 counter DROP",
      "  rule ip4.saddr 10.0.0.2 counter DROP",
      "  rule ip4.saddr 10.0.0.1 tcp.dport 80 counter ACCEPT",
      "  rule ip4.saddr 10.0.0.1 counter DROP",
      "  rule ip4.saddr 10.0.0.1 tcp.dport 443 counter ACCEPT"];
    for (let i = 0; i < 10; i++) lines.push(`  rule ip4.saddr 10.0.1.${i} udp.dport 53 counter DROP`);
    for (const shape of ["one", "split"] as const) {
      const { chain } = await loadWithStats(compile(lines.join("\n") + "\n", false, shape));
      try {
        const run = (src: string, l4: ReturnType<typeof tcp>): string => chain.run(ether({}, ipv4({ src }, l4)).bytes).verdict;
        expect(run("10.0.0.1", tcp({ dport: 22 }))).toBe("DROP");
        expect(run("10.0.0.1", tcp({ dport: 80 }))).toBe("ACCEPT");
        expect(run("10.0.0.1", tcp({ dport: 443 }))).toBe("DROP");
        expect(run("10.0.1.7", udp())).toBe("DROP");
        expect(run("10.0.1.7", udp({ dport: 54 }))).toBe("ACCEPT");
        const c = chain.counters()!;
        const at = (i: number): number => c.rules.find((r) => r.index === i)!.packets;
        expect([at(0), at(2), at(3), at(4), at(12), c.policy.packets], shape).toEqual([1, 1, 1, 0, 1, 1]);
      } finally {
        chain.close();
      }
    }
  });

  it("a 10,000-rule chain loads through the verifier", async () => {
    const lines = ["chain big BF_HOOK_XDP DROP"];
    for (let i = 0; i < 10000; i++) lines.push(`  rule ip4.saddr 10.${i >> 8}.${i & 255}.1 tcp.dport ${1 + (i % 60000)} counter ACCEPT`);
    const t0 = Date.now();
    const object = compile(lines.join("\n") + "\n");
    const t1 = Date.now();
    const { chain, stats } = await loadWithStats(object);
    try {
      console.log(`[10k rules] compile ${t1 - t0} ms, load ${Date.now() - t1} ms, verifier: ${stats.insns} insns, ${stats.usec} us`);
      expect(stats.insns).toBeLessThan(1_000_000);
      expect(chain.run(ether({}, ipv4({ src: "10.39.15.1" }, tcp({ dport: 9999 + 1 }))).bytes).verdict).toBe("ACCEPT");
      expect(chain.run(ether({}, ipv4({ src: "10.39.15.1" }, tcp({ dport: 81 }))).bytes).verdict).toBe("DROP");
    } finally {
      chain.close();
    }
  }, 120_000);
});

describe("determinism", () => {
  it("compiling twice gives identical bytes", () => {
    const text = chainText("BF_HOOK_TC_INGRESS", 100);
    expect(Buffer.from(compile(text)).equals(Buffer.from(compile(text)))).toBe(true);
  });
});

const noTool = skip ?? bpftoolMissing();
describe.skipIf(noTool !== null)("independent check with bpftool (libbpf)", () => {
  if (noTool) console.warn(`[compiler kernel tests] ${noTool}`);
  let fs: ReturnType<typeof bpffs> | null = null;
  beforeAll(() => {
    fs = bpffs();
  });
  afterAll(() => fs?.dispose());
  const v4 = (dport: number): Uint8Array => ether({}, ipv4({}, tcp({ dport }))).bytes;

  it("loads and runs an XDP object (one function and split)", () => {
    for (const [name, pad] of [["x1", 0], ["x2", 1100]] as const) {
      const lines = ["chain cg BF_HOOK_XDP ACCEPT"];
      for (let i = 0; i < pad; i++) lines.push(`  rule ip4.saddr 203.0.${(i >> 8) & 255}.${i & 255} tcp.dport 1 DROP`);
      lines.push("  rule tcp.dport 22 counter DROP", "  rule (ip4.snet) in { 192.0.2.0/24 } udp.dport 53 DROP");
      expect(bpftoolLoad(compile(lines.join("\n") + "\n"), fs!.dir, name)).toBeNull();
      expect(bpftoolRun(fs!.dir, name, v4(22))).toBe(1);
      expect(bpftoolRun(fs!.dir, name, v4(23))).toBe(2);
    }
  });

  it("loads and runs a TC object in classifier sections (--tc-compat)", () => {
    const text = "chain cg BF_HOOK_TC_INGRESS ACCEPT\n  rule tcp.dport 22 counter DROP\n  rule meta.l4_proto udp NEXT\n";
    expect(bpftoolLoad(compile(text, true), fs!.dir, "t1")).toBeNull();
    expect(bpftoolRun(fs!.dir, "t1", v4(22))).toBe(2);
    expect(bpftoolRun(fs!.dir, "t1", v4(80))).toBe(0);
    // TCX_NEXT (-1) as bpftool prints it (unsigned)
    expect(bpftoolRun(fs!.dir, "t1", ether({}, ipv4({}, udp())).bytes)).toBe(0xffffffff);
  });
});
