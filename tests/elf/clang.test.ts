// elf/read on a plain clang-compiled BPF object (issue 6): two programs in one section split by
// their FUNC symbols, `.text` sub-programs (calls relocated against the .text section symbol and
// calls clang resolved itself inside .text), a BTF-defined hash map with a struct key, DWARF
// ignored; then our writer re-emits it and bpftool loads the result. Skips if clang is absent.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BfrError } from "../../elf/errors.js";
import { readObject } from "../../elf/read.js";
import { writeObject } from "../../elf/write.js";

const hasClang = spawnSync("clang", ["--version"]).status === 0;
if (!hasClang) console.log("tests/elf/clang: skipped: clang is not installed");
const canLoad = spawnSync("bpftool", ["version"]).status === 0 && process.getuid?.() === 0;

const SOURCE = `
#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
typedef unsigned int __u32;
typedef unsigned long long __u64;
struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
struct flow { __u32 ifindex; unsigned short proto; unsigned short port; };
struct {
  __uint(type, 1 /* BPF_MAP_TYPE_HASH */);
  __uint(max_entries, 128);
  __type(key, struct flow);
  __type(value, __u64);
  __uint(map_flags, 1 /* BPF_F_NO_PREALLOC */);
} flows SEC(".maps");
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static __attribute__((noinline)) int twice(int x) { return x * 2 + 1; }
static __attribute__((noinline)) int helper(int x) { return twice(x) & 1; }
SEC("xdp") int first(struct xdp_md *ctx) {
  struct flow k = { ctx->ingress_ifindex, 6, 22 };
  __u64 *v = bpf_map_lookup_elem(&flows, &k);
  if (v) return 1;
  return helper(ctx->data_end - ctx->data) ? 2 : 1;
}
SEC("xdp") int second(struct xdp_md *ctx) { return (twice(ctx->rx_queue_index) & 2) ? 2 : 1; }
char LICENSE[] SEC("license") = "GPL";
`;

describe.skipIf(!hasClang)("reading a clang-compiled object", () => {
  let dir = "";
  let obj = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bfr-clang-"));
    writeFileSync(join(dir, "x.c"), SOURCE);
    obj = join(dir, "x.o");
    execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-c", join(dir, "x.c"), "-o", obj]);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("splits programs, finds sub-programs and calls, decodes the map", () => {
    const spec = readObject(readFileSync(obj));
    expect(spec.license).toBe("GPL");
    expect(spec.bfr).toEqual([]);
    // Programs first (by offset), then the .text sub-programs in the order clang placed them.
    expect(spec.functions.slice(0, 2).map((f) => [f.name, f.section, f.global, f.ctxStruct])).toEqual([
      ["first", "xdp", true, "xdp_md"],
      ["second", "xdp", true, "xdp_md"],
    ]);
    const subs = spec.functions.slice(2).map((f) => [f.name, f.section, f.global, f.ctxStruct]);
    expect(subs.sort()).toEqual([["helper", ".text", false, ""], ["twice", ".text", false, ""]]);
    const byName = new Map(spec.functions.map((f) => [f.name, f]));
    expect(byName.get("first")!.relocations.map((r) => r.target)).toEqual([
      { kind: "map", name: "flows" },
      { kind: "subprog", name: "helper" },
    ]);
    expect(byName.get("second")!.relocations.map((r) => r.target)).toEqual([{ kind: "subprog", name: "twice" }]);
    // helper → twice is resolved by clang inside .text (no REL entry): it becomes explicit.
    expect(byName.get("helper")!.relocations.map((r) => r.target)).toEqual([{ kind: "subprog", name: "twice" }]);
    for (const f of spec.functions) expect(f.lineInfo[0]?.insn).toBe(0);
    expect(byName.get("first")!.lineInfo[0].file).toBe(join(dir, "x.c"));
    expect(spec.maps).toEqual([{
      name: "flows", type: 1, keySize: 8, valueSize: 8, maxEntries: 128, flags: 1,
      key: {
        kind: "struct", name: "flow", size: 8, members: [
          { name: "ifindex", type: { kind: "int", name: "__u32", size: 4, signed: false }, offset: 0 },
          { name: "proto", type: { kind: "int", name: "unsigned short", size: 2, signed: false }, offset: 4 },
          { name: "port", type: { kind: "int", name: "unsigned short", size: 2, signed: false }, offset: 6 },
        ],
      },
      value: { kind: "int", name: "__u64", size: 8, signed: false },
    }]);
    // Our writer re-emits it, and reading that gives the same spec.
    expect(readObject(writeObject(spec))).toEqual(spec);
  });

  it.skipIf(!canLoad)("re-emitted by elf/write, it loads with bpftool", () => {
    const out = join(dir, "re.o");
    writeFileSync(out, writeObject(readObject(readFileSync(obj))));
    const fs = join(dir, "bpffs");
    mkdirSync(fs);
    execFileSync("mount", ["-t", "bpf", "bpf", fs]);
    try {
      const r = spawnSync("bpftool", ["prog", "loadall", out, join(fs, "p")], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    } finally {
      spawnSync("umount", [fs]);
    }
  });

  it("refuses .data globals with a clear BfrError", () => {
    const src = join(dir, "g.c");
    writeFileSync(src, `#define SEC(n) __attribute__((section(n), used))
int counter;
SEC("xdp") int p(void *ctx) { counter++; return 2; }
char LICENSE[] SEC("license") = "GPL";`);
    const g = join(dir, "g.o");
    execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-c", src, "-o", g]);
    expect(() => readObject(readFileSync(g))).toThrow(BfrError);
    expect(() => readObject(readFileSync(g))).toThrow(/global data in section "\.bss".*not supported yet/);
  });
});
