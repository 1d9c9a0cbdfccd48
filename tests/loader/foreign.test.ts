// A plain clang-built BPF object (BTF-defined map, static sub-program, atomic add) goes through
// our reader and loader and test-runs: objects without our metadata are first-class inputs.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mapLookup } from "../../loader/bpf.js";
import { realSys } from "../../loader/sys.js";
import { openChainForTest } from "../../loader/testrun.js";
import { kernelOk, skipReason } from "./kernel.js";

const SOURCE = `
typedef unsigned int __u32;
typedef unsigned long long __u64;
struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
#define SEC(n) __attribute__((section(n), used))
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
struct { int (*type)[2]; int (*max_entries)[1]; __u32 *key; __u64 *value; } hits SEC(".maps");
static __attribute__((noinline)) int verdict(int found) { return found ? 1 : 2; }
SEC("xdp") int count_and_drop(struct xdp_md *ctx) {
  __u32 k = 0;
  __u64 *v = bpf_map_lookup_elem(&hits, &k);
  if (v) __sync_fetch_and_add(v, 1);
  return verdict(v != 0);
}
char LICENSE[] SEC("license") = "GPL";
`;

const clang = spawnSync("clang", ["--version"]).status === 0;
if (!clang) console.log("clang is not installed: the foreign-object test is skipped");

describe.skipIf(!kernelOk || !clang)(`a clang-built object${skipReason ? ` (${skipReason})` : ""}`, () => {
  it("loads, relocates its map and sub-program, and test-runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-clang-"));
    try {
      writeFileSync(join(dir, "x.c"), SOURCE);
      execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-c", join(dir, "x.c"), "-o", join(dir, "x.o")]);
      const c = await openChainForTest(readFileSync(join(dir, "x.o")));
      try {
        expect([c.name, c.hook.name, c.meta]).toEqual(["count_and_drop", "BF_HOOK_XDP", null]);
        expect(c.run(Buffer.alloc(60), { repeat: 5 })).toMatchObject({ verdict: "DROP", retval: 1 });
        expect(c.counters()).toBeNull();
        const hits = Buffer.alloc(8);
        expect(mapLookup(realSys(), c.maps.get("hits")!, Buffer.alloc(4), hits)).toBe(0);
        expect(hits.readBigUInt64LE()).toBe(5n);
      } finally {
        c.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
