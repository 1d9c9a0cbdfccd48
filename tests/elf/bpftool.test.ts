// Independent kernel checks of what elf/write produces: the system's bpftool (libbpf) loads our
// object — programs of four types, `.text` sub-programs (static and global, whose context argument
// the verifier matches against the program type by struct name), BTF-defined maps of every type —
// and the kernel keeps our BTF (btf_id) and line info (`.bfr` lines in `prog dump xlated`).
// The kernel form of buildBtf (kfuncs as static FUNCs) goes to BPF_BTF_LOAD through the addon.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { writeObject } from "../../elf/write.js";
import type { ObjectSpec } from "../../elf/spec.js";
import { allMaps, callRel, concat, exit, fn, ldMap, mixed, movImm, movReg } from "./fixtures.js";

const hasBpftool = spawnSync("bpftool", ["version"]).status === 0;
const isRoot = process.getuid?.() === 0;
const skipReason = !hasBpftool ? "bpftool is not installed" : !isRoot ? "bpf() needs root here" : "";
if (skipReason) console.log(`tests/elf/bpftool: skipped: ${skipReason}`);

const line = (insn: number, n: number, text: string) => ({ insn, file: "kernel.bfr", line: n, col: 3, text });

/** Four program types, each calling the static `zero` and a global function taking its context. */
function kernelSpec(): ObjectSpec {
  const main = (name: string, section: string, ctx: string, global: string, ret: number) =>
    fn(name, section, concat(movReg(6, 1), ldMap(1), callRel(), movReg(1, 6), callRel(), movImm(0, ret), exit()), {
      ctxStruct: ctx,
      relocations: [
        { insn: 1, type: 1, target: { kind: "map", name: "set_tuple" } },
        { insn: 3, type: 10, target: { kind: "subprog", name: "zero" } },
        { insn: 5, type: 10, target: { kind: "subprog", name: global } },
      ],
      lineInfo: [line(0, 10, `rule of ${name}`), line(3, 11, `second rule of ${name}`), line(6, 12, "policy")],
    });
  const sub = (name: string, ctx: string, global: boolean) =>
    fn(name, ".text", concat(movImm(0, 0), exit()), { ctxStruct: ctx, global, lineInfo: [line(0, 20, `sub ${name}`)] });
  return {
    license: "GPL",
    functions: [
      main("xdp_main", "xdp", "xdp_md", "g_xdp", 2),
      main("tc_main", "classifier", "__sk_buff", "g_skb", 0),
      main("cg_main", "cgroup_skb/ingress", "__sk_buff", "g_skb", 1),
      main("sa_main", "cgroup/connect4", "bpf_sock_addr", "g_sa", 1),
      sub("zero", "", false),
      sub("g_xdp", "xdp_md", true),
      sub("g_skb", "__sk_buff", true),
      sub("g_sa", "bpf_sock_addr", true),
    ],
    maps: allMaps(),
    bfr: [],
  };
}

const json = (args: string[]): Record<string, unknown> => JSON.parse(execFileSync("bpftool", ["-j", ...args], { encoding: "utf8" }));

describe.skipIf(skipReason !== "")("bpftool loads our objects", () => {
  let dir = "";
  let fs = "";
  let mounted = false;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bfr-elf-"));
    fs = join(dir, "bpffs");
    mkdirSync(fs);
    execFileSync("mount", ["-t", "bpf", "bpf", fs]);
    mounted = true;
  });
  afterAll(() => {
    // Unmounting the private bpffs drops every pin (and with them the programs and maps).
    if (mounted) spawnSync("umount", [fs]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads four program types with sub-programs and every map type, keeping BTF and line info", () => {
    const obj = join(dir, "k.o");
    writeFileSync(obj, writeObject(kernelSpec()));
    const r = spawnSync("bpftool", ["prog", "loadall", obj, join(fs, "progs"), "pinmaps", join(fs, "maps")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const [name, type] of [["xdp_main", "xdp"], ["tc_main", "sched_cls"], ["cg_main", "cgroup_skb"], ["sa_main", "cgroup_sock_addr"]]) {
      const info = json(["prog", "show", "pinned", join(fs, "progs", name)]);
      expect(info.type).toBe(type);
      expect(info.btf_id).toBeGreaterThan(0);
    }
    const xlated = execFileSync("bpftool", ["prog", "dump", "xlated", "pinned", join(fs, "progs", "xdp_main")], { encoding: "utf8" });
    expect(xlated).toContain("int xdp_main(struct xdp_md * ctx):");
    expect(xlated).toContain("; rule of xdp_main");
    expect(xlated).toContain("; second rule of xdp_main");
    expect(xlated).toContain("int g_xdp(struct xdp_md * ctx):");
    for (const m of allMaps()) {
      const info = json(["map", "show", "pinned", join(fs, "maps", m.name)]);
      expect([info.type, info.bytes_key, info.bytes_value, info.max_entries, info.flags]).toEqual([
        { 1: "hash", 2: "array", 6: "percpu_array", 11: "lpm_trie", 27: "ringbuf" }[m.type], m.keySize, m.valueSize, m.maxEntries, m.flags,
      ]);
      if (m.key) expect(info.btf_id).toBeGreaterThan(0);
    }
  });

  it("parses the ELF form of our BTF, kfunc externs and .ksyms included", () => {
    const obj = join(dir, "mixed.o");
    writeFileSync(obj, writeObject(mixed()));
    const out = execFileSync("bpftool", ["btf", "dump", "file", obj], { encoding: "utf8" });
    expect(out).toContain("FUNC 'bpf_ktime_get_coarse_ns' type_id=");
    expect(out).toMatch(/linkage=extern/);
    expect(out).toMatch(/DATASEC '\.ksyms' size=0 vlen=1/);
    expect(out).toMatch(/STRUCT 'bfr_set_key_0' size=8 vlen=3/);
    expect(out).toMatch(/DATASEC '\.maps' size=\d+ vlen=7/);
  });
});

describe.skipIf(!isRoot)("BPF_BTF_LOAD of the kernel form", () => {
  it("accepts buildBtf(spec).bytes for every fixture, kfuncs included", async () => {
    const loaded = await import("../../loader/sys.js").then(async (sys) => ({ sys, bpf: await import("../../loader/bpf.js") })).catch(() => null);
    let real: ReturnType<NonNullable<typeof loaded>["sys"]["realSys"]> | null = null;
    try {
      real = loaded?.sys.realSys() ?? null;
    } catch {
      real = null;
    }
    if (!loaded || !real) {
      console.log("tests/elf/bpftool: BTF_LOAD check skipped: the native addon is not built");
      return;
    }
    for (const spec of [mixed(), kernelSpec()]) {
      const log = Buffer.alloc(1 << 16);
      const fd = loaded.bpf.btfLoad(real, Buffer.from(buildBtf(spec).bytes), { level: 1, buf: log });
      expect(fd, log.toString("utf8").replace(/\0+$/, "")).toBeGreaterThan(0);
      real.close(fd);
    }
  });
});

/** Loads (no attach) a `section` program calling a global `.text` function whose ctx is `globalCtx`. */
async function loadWithGlobal(section: string, ctx: string, globalCtx: string): Promise<"loaded" | string> {
  const { openChainForTest } = await import("../../loader/testrun.js");
  const spec: ObjectSpec = {
    license: "GPL", maps: [], bfr: [],
    functions: [
      fn("main", section, concat(movReg(6, 1), callRel(), movImm(0, 1), exit()), {
        ctxStruct: ctx, relocations: [{ insn: 1, type: 10, target: { kind: "subprog", name: "g" } }],
      }),
      fn("g", ".text", concat(movImm(0, 0), exit()), { global: true, ctxStruct: globalCtx }),
    ],
  };
  try {
    (await openChainForTest(writeObject(spec))).close();
    return "loaded";
  } catch (e) {
    return (e as Error).message;
  }
}

describe.skipIf(!isRoot)("the verifier matches a global function's context by struct name", () => {
  it("accepts our empty named structs for netfilter and sock_addr, refuses a wrong name", async () => {
    try {
      (await import("../../loader/sys.js")).realSys();
    } catch {
      console.log("tests/elf/bpftool: netfilter check skipped: the native addon is not built");
      return;
    }
    expect(await loadWithGlobal("netfilter", "bpf_nf_ctx", "bpf_nf_ctx")).toBe("loaded");
    expect(await loadWithGlobal("cgroup/connect4", "bpf_sock_addr", "bpf_sock_addr")).toBe("loaded");
    expect(await loadWithGlobal("cgroup/connect4", "bpf_sock_addr", "__sk_buff")).toMatch(/Caller passes invalid args/);
  });
});
