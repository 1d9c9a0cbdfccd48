// CO-RE records written by clang (`__attribute__((preserve_access_index))`) read by elf/read: the
// field-name paths come out as our spec form (anonymous unions dropped from the path, pointers
// marked), and the object then loads through our loader and the verifier as a netfilter program
// and test-runs. Skips if clang is absent.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { readObject } from "../../elf/read.js";
import { writeObject } from "../../elf/write.js";
import { progTestRun } from "../../loader/bpf.js";
import { loadObject } from "../../loader/load.js";
import { realSys } from "../../loader/sys.js";
import { kernelOk, skipReason } from "../loader/kernel.js";

const hasClang = spawnSync("clang", ["--version"]).status === 0;
if (!hasClang) console.log("tests/elf/core-clang: skipped: clang is not installed");

const source = `
#define SEC(x) __attribute__((section(x), used))
#define CORE __attribute__((preserve_access_index))
struct net_device { int ifindex; } CORE;
struct sk_buff { unsigned int len; union { unsigned int mark; unsigned int reserved_tailroom; }; struct net_device *dev; } CORE;
struct bpf_nf_ctx { const void *state; struct sk_buff *skb; } CORE;
SEC("netfilter") int nf_clang(struct bpf_nf_ctx *ctx) {
  struct sk_buff *skb = ctx->skb;
  struct net_device *dev;
  if (skb->mark != 0 || skb->len != 60) return 0;
  dev = skb->dev;
  if (!dev) return 0;
  return dev->ifindex == 1;
}
char LICENSE[] SEC("license") = "GPL";
`;

const dir = mkdtempSync(join(tmpdir(), "bfr-core-clang-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(): Uint8Array {
  writeFileSync(join(dir, "nf.c"), source);
  execFileSync("clang", ["-O2", "-g", "-target", "bpf", "-c", join(dir, "nf.c"), "-o", join(dir, "nf.o")]);
  return readFileSync(join(dir, "nf.o"));
}

describe.skipIf(!hasClang)("CO-RE records of a clang object", () => {
  it("read as struct + field-name paths, and rewritten by our writer to the same paths", () => {
    const spec = readObject(compile());
    const relos = spec.functions[0].coreRelocs!.map(({ type, access, kind, pointer }) => ({ type, access, kind, pointer: pointer ?? false }));
    expect(relos).toEqual(expect.arrayContaining([
      { type: "bpf_nf_ctx", access: "skb", kind: "byte_off", pointer: true },
      { type: "sk_buff", access: "mark", kind: "byte_off", pointer: false },
      { type: "sk_buff", access: "len", kind: "byte_off", pointer: false },
      { type: "sk_buff", access: "dev", kind: "byte_off", pointer: true },
      { type: "net_device", access: "ifindex", kind: "byte_off", pointer: false },
    ]));
    expect(relos).toHaveLength(5);
    expect(readObject(writeObject(spec))).toEqual(spec);
  });

  it.skipIf(!kernelOk)(`loads through our loader and test-runs as netfilter${skipReason ? ` (${skipReason})` : ""}`, () => {
    const spec = readObject(compile());
    const sys = realSys();
    const loaded = loadObject({ spec, metadata: null, btf: buildBtf(spec) }, { sys });
    try {
      const ctx = Buffer.alloc(48); // struct nf_hook_state: hook 0 (PRE_ROUTING), pf 2 (IPv4)
      ctx[1] = 2;
      const frame = Buffer.alloc(74);
      frame.writeUInt16BE(0x0800, 12);
      frame[14] = 0x45;
      frame.writeUInt16BE(60, 16);
      const r = progTestRun(sys, { progFd: loaded.chains[0].progFd, data: frame, ctxIn: ctx });
      expect(r.rc).toBe(0);
      expect(r.retval).toBe(1);
      const r2 = progTestRun(sys, { progFd: loaded.chains[0].progFd, data: Buffer.concat([frame, Buffer.alloc(2)]), ctxIn: ctx });
      expect(r2.retval).toBe(0); // len 62
    } finally {
      loaded.close();
    }
  });
});
