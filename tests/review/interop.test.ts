// Interop with the system's tools, in the real kernel: bpftool (libbpf) loads objects written by
// elf/write — XDP, and TC in the `classifier` section that `--tc-compat` uses for libbpf < 1.3 —
// and our decoder agrees with the kernel's own disassembler (`bpftool prog dump xlated`) on the
// instructions of a loaded program. Skips with a printed reason without bpftool, clang or bpf().

import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeObject } from "../../elf/write.js";
import { decodeInsns, formatInsn, type FormatEnv } from "../../compiler/disasm-insn.js";
import { bpffsDir, bpfPermitted, HAS_BPFTOOL, HAS_CLANG, loadall, progShow } from "./bpftool.js";
import { countingObject } from "./util.js";
import { compileSource } from "../../compiler/compile.js";

const perm = bpfPermitted();
const reason = !HAS_BPFTOOL ? "bpftool not installed" : !perm.ok ? perm.why : "";
if (reason) console.log(`skipping bpftool interop tests: ${reason}`);

describe.skipIf(reason !== "")("bpftool loads objects written by elf/write", () => {
  it.each([
    ["xdp", "xdp_md", "xdp"],
    ["classifier", "__sk_buff", "sched_cls"],
  ])("section %s", (section, ctx, type) => {
    const dir = bpffsDir();
    try {
      const r = loadall(writeObject(countingObject("chain_a", section, ctx, 0)), dir.path);
      expect(r.ok, r.stderr).toBe(true);
      const info = progShow(join(dir.path, "chain_a"));
      expect(info.type).toBe(type);
      expect(info.map_ids?.length).toBe(1);
    } finally {
      dir.done();
    }
  });
});

const XDP_RULES = `chain xdp_edge BF_HOOK_XDP ACCEPT
    set bad (ip4.snet) in { 192.0.2.0/24; 198.51.100.0/25 }
    set svc (ip4.daddr, tcp.dport) in { 10.0.0.1, 80; 10.0.0.2, 443 }
    rule (ip4.snet) in bad counter DROP
    rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
    rule ip6.nexthdr frag counter DROP
    rule tcp.flags all syn,fin counter DROP
    rule udp.dport range 5000-6000 meta.probability 10% DROP
`;
const TC_RULES = `chain tc_in BF_HOOK_TC_INGRESS DROP
    rule meta.mark 0x10 ACCEPT
    rule ip4.dscp ef mark 0x1 counter ACCEPT
    rule meta.flow_hash range 0-100 counter NEXT
    rule tcp.dport 22 counter ACCEPT
chain tc_out BF_HOOK_TC_EGRESS ACCEPT
    rule ip6.daddr 2001:db8::1 udp.dport 53 counter DROP
`;

describe.skipIf(reason !== "")("bpftool loads compiled objects", () => {
  it.each([
    ["XDP", XDP_RULES, false, [["xdp_edge", "xdp"]]],
    ["TC with --tc-compat (classifier sections)", TC_RULES, true, [["tc_in", "sched_cls"], ["tc_out", "sched_cls"]]],
  ] as const)("%s", (_name, text, tcCompat, progs) => {
    const r = compileSource(text, "interop.bfr", { tcCompat });
    expect(r.object, r.diagnostics.map((d) => d.message).join("; ")).not.toBeNull();
    if (tcCompat) expect(r.spec!.functions.filter((f) => f.global).map((f) => f.section)).toEqual(["classifier", "classifier"]);
    const dir = bpffsDir();
    try {
      const res = loadall(r.object!, dir.path);
      expect(res.ok, res.stderr).toBe(true);
      for (const [prog, type] of progs) expect(progShow(join(dir.path, prog)).type).toBe(type);
    } finally {
      dir.done();
    }
  });
});

/** Our text → the kernel's for the same instruction (labels become pc-relative, no `ll`). */
function ours2kernel(s: string): string {
  return s
    .replace(/goto ([+-]\d+) <L-?\d+>$/, "goto pc$1")
    .replace(/^call pc([+-]\d+) <L-?\d+>$/, "call pc$1")
    .replace(/= map\[fd:(\d+)\] ll$/, "= map[id:$1]")
    .replace(/ ll$/, "");
}

const C_SOURCE = String.raw`
typedef unsigned char u8; typedef unsigned int u32; typedef unsigned long long u64; typedef short s16;
struct xdp_md { u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
#define SEC(n) __attribute__((section(n), used))
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
static long (*bpf_redirect)(u32 ifindex, u64 flags) = (void *) 23;
struct { int (*type)[1]; int (*max_entries)[16]; u32 *key; u64 *value; } h SEC(".maps");
static __attribute__((noinline)) int sub(int x) { return x * 3 + 1; }
SEC("xdp") int prog(struct xdp_md *ctx) {
  u8 *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  if (p + 24 > end) return 1;
  u32 k = p[12]; s16 s = *(s16 *)(p + 2);
  u64 *v = bpf_map_lookup_elem(&h, &k);
  if (v) __sync_fetch_and_add(v, 1);
  if (p[13] == 6 && s < -5) return sub(p[14]);
  if ((p[15] & 0x80) && (u64)p[16] << 40 > 0x123456789aULL) return bpf_redirect(p[17], 0);
  u32 x = *(u32 *)(p + 4); x = __builtin_bswap32(x); x ^= (x >> 7); x = x / (p[18] | 1); x = x % 7;
  return (int)x - 4 > 2 ? 2 : 1;
}
char _license[] SEC("license") = "GPL";
`;

describe.skipIf(reason !== "" || !HAS_CLANG)("decoder agrees with the kernel's disassembler", () => {
  it("on every instruction of a loaded clang program (helper calls compared by name only)", () => {
    const tmp = mkdtempSync(join(tmpdir(), "bfr-xlated-"));
    const dir = bpffsDir();
    try {
      writeFileSync(join(tmp, "k.c"), C_SOURCE);
      execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-mcpu=v3", "-c", join(tmp, "k.c"), "-o", join(tmp, "k.o")]);
      execFileSync("bpftool", ["prog", "loadall", join(tmp, "k.o"), dir.path], { stdio: "pipe" });
      const pin = join(dir.path, "prog");
      execFileSync("bpftool", ["prog", "dump", "xlated", "pinned", pin, "file", join(tmp, "x.bin")]);
      const kernel = new Map<number, string>();
      for (const line of execFileSync("bpftool", ["prog", "dump", "xlated", "pinned", pin], { encoding: "utf8" }).split("\n")) {
        const m = /^\s*(\d+): \([0-9a-f]{2}\) (.*)$/.exec(line);
        if (m) kernel.set(Number(m[1]), m[2]);
      }
      const env: FormatEnv = { jump: (off, t) => `${off < 0 ? off : `+${off}`} <L${t}>`, ldImm64Symbol: () => null, callSymbol: () => null };
      const insns = decodeInsns(new Uint8Array(readFileSync(join(tmp, "x.bin"))));
      expect(insns.length).toBeGreaterThan(40);
      for (const insn of insns) {
        const want = kernel.get(insn.index);
        const mine = formatInsn(insn, env);
        if (insn.opcode === 0x85) {
          // the kernel rewrites call imms in the translated program (helper addresses; for
          // bpf-to-bpf calls bpftool's text is computed from func info, not from these bytes)
          expect(mine.split(/[ #]/)[0]).toBe("call");
          continue;
        }
        expect(ours2kernel(mine), `slot ${insn.index}`).toBe(want);
      }
    } finally {
      dir.done();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
