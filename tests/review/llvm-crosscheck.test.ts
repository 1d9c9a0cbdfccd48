// Cross-checks the instruction decoder against LLVM's: a BPF C program compiled by clang is
// decoded by us and by `llvm-objdump -d`, and every instruction must agree once the two syntaxes
// are brought together (llvm prints `(r1 + 4)` and decimal immediates where the verifier prints
// `(r1 +4)` and hex, and llvm 14 names atomics differently). Skips when clang is not installed.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { decodeInsns, formatInsn, type FormatEnv } from "../../compiler/disasm-insn.js";

const require = createRequire(import.meta.url);
const elfy = require("elfy") as { parse(b: Buffer): { body: { sections: { name: string; type: string; data: Buffer }[] } } };

function has(tool: string): boolean {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const tools = has("clang") && has("llvm-objdump");
if (!tools) console.log("skipping llvm cross-check: clang or llvm-objdump not installed");

const SOURCE = String.raw`
typedef unsigned char u8; typedef unsigned short u16; typedef unsigned int u32; typedef unsigned long long u64;
typedef short s16; typedef long long s64; typedef int s32;
struct xdp_md { u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
struct __sk_buff { u32 len, pkt_type, mark, queue_mapping, protocol, vlan_present, vlan_tci, vlan_proto,
  priority, ingress_ifindex, ifindex, tc_index, cb[5]; };
#define SEC(n) __attribute__((section(n), used))
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
static long (*bpf_redirect)(u32 ifindex, u64 flags) = (void *) 23;
struct { int (*type)[2]; int (*max_entries)[4]; u32 *key; u64 *value; } cnt SEC(".maps");
static __attribute__((noinline)) int sub(int x) { return x * 3 + 1; }
SEC("xdp") int prog(struct xdp_md *ctx) {
  u8 *p = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  if (p + 20 > end) return 1;
  u32 k = p[12]; s16 s = *(s16 *)(p + 2);
  u64 *v = bpf_map_lookup_elem(&cnt, &k);
  if (v) { __sync_fetch_and_add(v, 1); __sync_fetch_and_or(v, 4); }
  if (p[13] == 6 && s < -5) return sub(p[14]);
  if ((p[15] & 0x80) && (u64)p[16] << 40 > 0x123456789aULL) return bpf_redirect(p[17], 0);
  u32 h = *(u32 *)(p + 4); h = __builtin_bswap32(h); h ^= (h >> 7); h = h / (p[18] | 1); h = h % 7;
  if ((s32)h < (s32)p[19]) h = -h;
  return (int)h - 4;
}
SEC("tc") int prog2(struct __sk_buff *ctx) {
  u64 *p = (void *)(long)ctx->cb[0];
  u32 *q = (void *)(long)ctx->cb[1];
  volatile u64 x = 5; volatile u32 y = 7; volatile u16 z = 9; volatile u8 b = 1;
  u64 a = __sync_fetch_and_add(p, 3);
  a += __sync_fetch_and_xor(p, a);
  a += __sync_lock_test_and_set(p, a);
  a += __sync_val_compare_and_swap(p, a, 9);
  __sync_fetch_and_add(q, (u32)a);
  s64 s = (s64)a; s = -s; s >>= 3;
  return (int)((u64)s % 5) + x + y + z + b;
}
char _license[] SEC("license") = "GPL";
`;

/** Our verifier syntax → llvm-objdump's. */
function ours2llvm(s: string): string {
  return s
    .replace(/\((r\d+) ([+-])(\d+)\)/g, "($1 $2 $3)")
    .replace(/ <L-?\d+>/, "")
    .replace(/(if [rw]\d+ \S+ )0x([0-9a-f]+)/, (_m, pre: string, hex: string) => `${pre}${parseInt(hex, 16) | 0}`)
    .replace(/^call \S+#(\d+)$/, "call $1")
    .replace(/^call pc([+-]\d+)$/, (_m, n: string) => `call ${Number(n)}`)
    .replace(/= 0x([0-9a-f]+) ll$/, (_m, hex: string) => `= ${BigInt(`0x${hex}`)} ll`)
    .replace(/= atomic64_(fetch_\w+)\(/, "= atomic_$1(")
    .replace(/^(r\d+) = atomic64_xchg\(\(u64 \*\)\((r\d+ [+-] \d+)\), (r\d+)\)$/, "$1 = xchg_64($2, $3)")
    .replace(/^r0 = atomic64_cmpxchg\(\(u64 \*\)\((r\d+ [+-] \d+)\), r0, (r\d+)\)$/, "r0 = cmpxchg_64($1, r0, $2)");
}

/** llvm-objdump output → { section name → instruction text by slot }. */
function parseObjdump(out: string): Map<string, Map<number, string>> {
  const sections = new Map<string, Map<number, string>>();
  let cur: Map<number, string> | undefined;
  for (const line of out.split("\n")) {
    const sec = /^Disassembly of section (\S+):/.exec(line);
    if (sec) sections.set(sec[1], (cur = new Map()));
    const m = /^\s+(\d+):\t(.*)$/.exec(line);
    if (m && cur) cur.set(Number(m[1]), m[2].replace(/ <\S+>$/, "").trim());
  }
  return sections;
}

describe.skipIf(!tools)("decoder agrees with llvm-objdump on a clang-built object", () => {
  let dir = "";
  let obj = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bfr-xcheck-"));
    writeFileSync(join(dir, "x.c"), SOURCE);
    obj = join(dir, "x.o");
    execFileSync("clang", ["-O2", "-target", "bpf", "-mcpu=v3", "-c", join(dir, "x.c"), "-o", obj]);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("every instruction of every program section", () => {
    const theirs = parseObjdump(execFileSync("llvm-objdump", ["-d", "--no-show-raw-insn", obj], { encoding: "utf8" }));
    const elf = elfy.parse(readFileSync(obj));
    const env: FormatEnv = { jump: (off, t) => `${off < 0 ? off : `+${off}`} <L${t}>`, ldImm64Symbol: () => null, callSymbol: () => null };
    let compared = 0;
    const skipped: string[] = [];
    for (const name of [".text", "xdp", "tc"]) {
      const sec = elf.body.sections.find((s) => s.name === name);
      expect(sec, `section ${name}`).toBeDefined();
      const lines = theirs.get(name)!;
      for (const insn of decodeInsns(new Uint8Array(sec!.data))) {
        const mine = formatInsn(insn, env);
        expect(mine).not.toMatch(/invalid/);
        const want = lines.get(insn.index);
        if (want === "<unknown>") {
          skipped.push(`${name}:${insn.index} ${mine}`); // llvm 14 cannot print 32-bit fetch atomics
          continue;
        }
        expect(ours2llvm(mine), `${name}:${insn.index}: ours "${mine}"`).toBe(want);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
    expect(skipped.length).toBeLessThan(3);
  });
});
