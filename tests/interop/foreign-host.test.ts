// Interop, issue 6: `bfr load` of a plain clang-compiled object (no bfr metadata) attaches each
// program where its section name says (xdp, tcx/ingress), real traffic shows the XDP program
// working, `bfr list` reports both, and `bfr unload --all` removes them. Skips with a reason when
// clang, ip/ping or bpf() are missing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bfr, cleanup, hasPing, linksOn, pingFromPeer, tempBpffs, veth } from "../host/env.js";
import { kernelSkipReason } from "../kernel/harness.js";

// ICMP echo requests are dropped at XDP; the TC program passes everything and counts.
const SOURCE = `
typedef unsigned char __u8;
typedef unsigned short __u16;
typedef unsigned int __u32;
typedef unsigned long long __u64;
struct xdp_md { __u32 data, data_end, data_meta, ingress_ifindex, rx_queue_index, egress_ifindex; };
struct __sk_buff { __u32 len; };
#define SEC(n) __attribute__((section(n), used))
static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;
struct { int (*type)[2]; int (*max_entries)[1]; __u32 *key; __u64 *value; } seen SEC(".maps");
SEC("xdp") int no_ping(struct xdp_md *ctx) {
  __u8 *d = (__u8 *)(long)ctx->data, *end = (__u8 *)(long)ctx->data_end;
  if (d + 14 + 20 + 1 > end) return 2;
  if (d[12] != 0x08 || d[13] != 0x00) return 2;
  if (d[14 + 9] == 1 && d[14 + 20] == 8) return 1;   /* ICMP echo request: XDP_DROP */
  return 2;                                           /* XDP_PASS */
}
SEC("tcx/ingress") int count_in(struct __sk_buff *skb) {
  __u32 k = 0;
  __u64 *v = bpf_map_lookup_elem(&seen, &k);
  if (v) __sync_fetch_and_add(v, 1);
  return 0;                                           /* TCX_PASS */
}
char LICENSE[] SEC("license") = "GPL";
`;

const skip =
  kernelSkipReason() ??
  (spawnSync("clang", ["--version"]).status !== 0 ? "clang is not installed" : null) ??
  (spawnSync("ip", ["-V"]).status !== 0 || !hasPing() ? "ip or ping is not installed" : null);
if (skip) console.log(`foreign-object host test skipped: ${skip}`);

afterAll(() => cleanup());

describe.skipIf(skip !== null)("bfr load of a clang-built object", () => {
  it("attaches its programs by section name, filters real traffic, lists and unloads them", () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-foreign-"));
    try {
      writeFileSync(join(dir, "fw.c"), SOURCE);
      const obj = join(dir, "fw.o");
      execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-c", join(dir, "fw.c"), "-o", obj]);
      const fs = tempBpffs();
      const v = veth({ netns: true });
      expect(pingFromPeer(v, 2)).toBe(2);

      const load = bfr(["load", obj, "--iface", v.host, "--bpffs", fs]);
      expect(load.stderr).toBe("");
      expect(load.status).toBe(0);
      try {
        const list = bfr(["list", "--json", "--bpffs", fs]);
        expect(list.status).toBe(0);
        const chains = JSON.parse(list.stdout) as { name: string; attached: boolean; program_id: number }[];
        expect(chains.map((c) => c.name).sort()).toEqual(["count_in", "no_ping"]);
        expect(chains.every((c) => c.attached)).toBe(true);
        const onIface = linksOn(v.ifindex).map((l) => l.prog_id).sort();
        expect(onIface).toEqual(chains.map((c) => c.program_id).sort());

        expect(pingFromPeer(v, 3)).toBe(0); // echo requests die at XDP
      } finally {
        const un = bfr(["unload", "--all", "--bpffs", fs]);
        expect(un.status).toBe(0);
      }
      expect(linksOn(v.ifindex)).toEqual([]);
      expect(pingFromPeer(v, 2)).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
