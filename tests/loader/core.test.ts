// CO-RE field relocations through the loader: field lookup by name in the running kernel's BTF
// (checked against bpftool's independent dump), instruction patching, the error for a field the
// kernel lacks, and a netfilter program that reads bpf_nf_ctx->skb->{len, mark, dev->ifindex}
// through relocated loads, written to ELF and read back, verified and test-run by the kernel.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { BfrError } from "../../elf/errors.js";
import { readObject } from "../../elf/read.js";
import type { CoreRelocation, FunctionSpec, ObjectSpec } from "../../elf/spec.js";
import { writeObject } from "../../elf/write.js";
import { progTestRun } from "../../loader/bpf.js";
import { findField, patchCore } from "../../loader/core-relo.js";
import { loadObject } from "../../loader/load.js";
import { link, relocate } from "../../loader/relocate.js";
import { realSys } from "../../loader/sys.js";
import { kernelBtf, scanBtf, vmlinuxBtf } from "../../loader/vmlinux.js";
import { parseBtf } from "../../elf/btf-parse.js";
import { readFileSync } from "node:fs";
import { addImm, exit, jeqImm, ldx, movImm, program } from "./asm.js";
import { kernelOk, skipReason } from "./kernel.js";

/** if dst != imm goto +off */
const jne = (dst: number, imm: number, off: number): Uint8Array => { const b = Buffer.from(jeqImm(dst, imm, off)); b[0] = 0x55; return b; };

let rawDump: string[] | null = null;

/** Byte offset of a member path per bpftool's raw dump (`'name' type_id=N bits_offset=B`), walked by hand. */
function rawOffset(structId: number, path: string[]): number {
  rawDump ??= execFileSync("bpftool", ["btf", "dump", "file", "/sys/kernel/btf/vmlinux"], { maxBuffer: 1 << 28 }).toString().split("\n");
  const raw = rawDump;
  const typeLine = new Map<number, number>();
  raw.forEach((l, i) => { const m = /^\[(\d+)\] /.exec(l); if (m) typeLine.set(Number(m[1]), i); });
  const find = (id: number, name: string): { bits: number; type: number } | null => {
    for (let i = typeLine.get(id)! + 1; i < raw.length && raw[i].startsWith("\t"); i++) {
      const m = /^\t'(.*)' type_id=(\d+) bits_offset=(\d+)/.exec(raw[i]);
      if (!m) continue;
      if (m[1] === name) return { bits: Number(m[3]), type: Number(m[2]) };
      if (m[1] === "(anon)") {
        const inner = find(Number(m[2]), name);
        if (inner) return { bits: Number(m[3]) + inner.bits, type: inner.type };
      }
    }
    return null;
  };
  let bits = 0;
  let id = structId;
  for (const name of path) {
    const f = find(id, name)!;
    bits += f.bits;
    id = f.type;
  }
  return bits / 8;
}

describe("CO-RE against the running kernel's BTF", () => {
  it("finds fields by name, through anonymous unions, as bpftool's dump places them", () => {
    const k = vmlinuxBtf();
    const skb = k.composites("sk_buff")[0];
    for (const f of ["mark", "len", "dev", "skb_iif", "hash"]) {
      const got = findField(k, "sk_buff", [f]);
      expect(got, f).not.toBeNull();
      expect(got!.offset, f).toBe(rawOffset(skb, [f]));
    }
    expect(findField(k, "sk_buff", ["mark"])!.size).toBe(4);
    expect(findField(k, "sk_buff", ["dev"])!.size).toBe(8);
    expect(findField(k, "bpf_nf_ctx", ["skb"])).toEqual({ offset: 8, size: 8, bitfield: false });
    expect(findField(k, "net_device", ["ifindex"])!.offset).toBe(rawOffset(k.composites("net_device")[0], ["ifindex"]));
    expect(findField(k, "sk_buff", ["no_such_field"])).toBeNull();
    expect(findField(k, "no_such_struct", ["mark"])).toBeNull();
    // A path through a named embedded struct (sk_buff's `headers` group, kernel ≥ 6.0) reaches the
    // same bytes as the field found through the anonymous union.
    expect(findField(k, "sk_buff", ["headers", "mark"])!.offset).toBe(findField(k, "sk_buff", ["mark"])!.offset);
  });

  it("the lazy vmlinux reader agrees with elf/'s full BTF parser on every member of several structs", () => {
    const bytes = readFileSync("/sys/kernel/btf/vmlinux");
    const lazy = scanBtf(bytes, "lazy");
    const full = kernelBtf(parseBtf(bytes), "full");
    let checked = 0;
    for (const struct of ["sk_buff", "net_device", "bpf_nf_ctx", "sock", "nf_hook_state", "bpf_sock_addr_kern"]) {
      expect(lazy.composites(struct), struct).toEqual(full.composites(struct));
      const t = full.type(full.composites(struct)[0]);
      for (const m of t.members) {
        if (m.name === "") continue;
        expect(findField(lazy, struct, [m.name]), `${struct}.${m.name}`).toEqual(findField(full, struct, [m.name]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("patches loads (resizing to the kernel's field size), ALU immediates, ld_imm64 and existence", () => {
    const field = { offset: 0x94, size: 4, bitfield: false };
    const insns = Buffer.from(program(ldx("dw", 2, 1, 0), movImm(3, 4), movImm(4, 0)));
    patchCore(insns, 0, { insn: 0, type: "s", access: "f", kind: "byte_off" }, field, "k");
    expect(insns.readInt16LE(2)).toBe(0x94);
    expect(insns[0]).toBe(0x61); // ldx dw became ldx w
    patchCore(insns, 8, { insn: 1, type: "s", access: "f", kind: "byte_sz" }, { ...field, size: 2 }, "k");
    expect(insns.readInt32LE(12)).toBe(2);
    patchCore(insns, 16, { insn: 2, type: "s", access: "f", kind: "field_exists" }, field, "k");
    expect(insns.readInt32LE(20)).toBe(1);
    patchCore(insns, 16, { insn: 2, type: "s", access: "f", kind: "field_exists" }, null, "k");
    expect(insns.readInt32LE(20)).toBe(0);
    const err = (() => { try { patchCore(insns, 0, { insn: 0, type: "sk_buff", access: "nope", kind: "byte_off" }, null, "Linux 9.9"); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(BfrError);
    expect((err as BfrError).code).toBe("BFR5017");
    expect((err as BfrError).message).toBe('CO-RE: field "sk_buff.nope" does not exist in this kernel (Linux 9.9)');
    expect(() => patchCore(Buffer.from(program(exit())), 0, { insn: 0, type: "s", access: "f", kind: "byte_off" }, field, "k")).toThrow(/opcode 0x95 cannot be relocated/);
  });
});

const relo = (insn: number, type: string, access: string, pointer = false): CoreRelocation =>
  pointer ? { insn, type, access, kind: "byte_off", pointer: true } : { insn, type, access, kind: "byte_off" };

/** netfilter: ACCEPT (1) iff skb->len == 60, skb->mark == 0 and skb->dev->ifindex == `ifindex`; else DROP (0). */
function nfSkb(ifindex: number, extra: CoreRelocation[] = []): ObjectSpec {
  const insns = program(
    movImm(0, 0),
    ldx("dw", 6, 1, 0), // r6 = ctx->skb            (CO-RE bpf_nf_ctx.skb)
    ldx("w", 2, 6, 0), // r2 = skb->len             (CO-RE sk_buff.len)
    ldx("w", 3, 6, 0), // r3 = skb->mark            (CO-RE sk_buff.mark, inside an anonymous union)
    ldx("dw", 4, 6, 0), // r4 = skb->dev            (CO-RE sk_buff.dev)
    jeqImm(4, 0, 6),
    ldx("w", 5, 4, 0), // r5 = dev->ifindex         (CO-RE net_device.ifindex)
    jne(2, 60, 4), jne(3, 0, 3), jne(5, ifindex, 2), movImm(0, 1), exit(),
    exit(),
  );
  const fn: FunctionSpec = {
    name: "nf_core", section: "netfilter", global: true, insns, relocations: [],
    lineInfo: [{ insn: 0, file: "core.bfr", line: 1, col: 1, text: "chain nf_core" }], ctxStruct: "bpf_nf_ctx",
    coreRelocs: [relo(1, "bpf_nf_ctx", "skb", true), relo(2, "sk_buff", "len"), relo(3, "sk_buff", "mark"),
      relo(4, "sk_buff", "dev", true), relo(6, "net_device", "ifindex"), ...extra].sort((a, b) => a.insn - b.insn),
  };
  return { license: "GPL", functions: [fn], maps: [], bfr: [] };
}

describe.skipIf(!kernelOk)(`CO-RE through the verifier${skipReason ? ` (${skipReason})` : ""}`, () => {
  const sys = kernelOk ? realSys() : null!;
  const packet = Buffer.alloc(60);
  packet[0] = 0x45; // IPv4, IHL 5
  packet.writeUInt16BE(60, 2);
  packet[8] = 64;
  packet[9] = 17;

  // PRE_ROUTING (hook 0), IPv4 (pf 2): struct nf_hook_state's first bytes. At this hook the
  // test run takes an Ethernet frame and gives the skb the loopback device; the default context
  // (LOCAL_OUT, L3 data) leaves skb->dev NULL.
  const preRouting = Buffer.alloc(48);
  preRouting[0] = 0;
  preRouting[1] = 2;
  const frame = (ip: Buffer): Buffer => {
    const eth = Buffer.alloc(14);
    eth.writeUInt16BE(0x0800, 12);
    return Buffer.concat([eth, ip]);
  };

  function run(spec: ObjectSpec, data: Buffer, ctxIn?: Buffer): number {
    const loaded = loadObject({ spec, metadata: null, btf: buildBtf(spec) }, { sys });
    try {
      const r = progTestRun(sys, { progFd: loaded.chains[0].progFd, data, ctxIn });
      expect(r.rc).toBe(0);
      return r.retval;
    } finally {
      loaded.close();
    }
  }

  it("loads a netfilter program reading skb->len, skb->mark and skb->dev->ifindex through relocated loads", () => {
    // Through ELF bytes and back, as `bfr load` sees a compiled object.
    const spec = readObject(writeObject(nfSkb(1)));
    expect(spec.functions[0].coreRelocs).toHaveLength(5);
    // Test runs use the caller's loopback (ifindex 1 in the initial namespace); the Ethernet
    // header is pulled before the hook, so skb->len is the IP packet's 60 bytes.
    expect(run(spec, frame(packet), preRouting)).toBe(1);
    expect(run(spec, frame(Buffer.concat([packet, Buffer.alloc(4)])), preRouting)).toBe(0); // len 64 ≠ 60
    expect(run(readObject(writeObject(nfSkb(2))), frame(packet), preRouting)).toBe(0); // ifindex 1 ≠ 2
    expect(run(spec, packet)).toBe(0); // LOCAL_OUT test run: no device
  });

  it("relocates the same instructions to the kernel's offsets", () => {
    const spec = nfSkb(1);
    const prog = link(spec, spec.functions[0]);
    relocate(prog, { mapFd: () => -1, kfunc: () => ({ btfId: 0, btfFdIndex: 0 }) });
    const k = vmlinuxBtf();
    expect(prog.insns.readInt16LE(1 * 8 + 2)).toBe(8);
    expect(prog.insns.readInt16LE(3 * 8 + 2)).toBe(findField(k, "sk_buff", ["mark"])!.offset);
    expect(prog.insns.readInt16LE(6 * 8 + 2)).toBe(findField(k, "net_device", ["ifindex"])!.offset);
  });

  it("refuses a field the kernel does not have, naming struct, field and kernel", () => {
    const spec = nfSkb(1, [relo(8, "sk_buff", "bfr_no_such_field")]);
    expect(() => loadObject({ spec, metadata: null, btf: buildBtf(spec) }, { sys }))
      .toThrow(/chain "nf_core": CO-RE: field "sk_buff.bfr_no_such_field" does not exist in this kernel \(Linux /);
  });
});

describe.skipIf(!kernelOk)(`CO-RE interop with libbpf${skipReason ? ` (${skipReason})` : ""}`, () => {
  it("bpftool (libbpf) relocates our object's CO-RE records to the same values as our loader", () => {
    const insns = program(movImm(1, 0), movImm(2, 4), movImm(3, 1), movImm(4, 0), addImm(4, 0), movImm(0, 2), exit());
    const spec: ObjectSpec = { license: "GPL", maps: [], bfr: [], functions: [{
      name: "xdp_core", section: "xdp", global: true, insns, relocations: [], ctxStruct: "xdp_md",
      lineInfo: [{ insn: 0, file: "c.bfr", line: 1, col: 1, text: "chain c" }],
      coreRelocs: [
        { insn: 0, type: "sk_buff", access: "mark", kind: "byte_off" }, { insn: 1, type: "sk_buff", access: "mark", kind: "byte_sz" },
        { insn: 2, type: "net_device", access: "ifindex", kind: "field_exists" }, { insn: 4, type: "net_device", access: "ifindex", kind: "byte_off" },
      ],
    }] };
    const ours = link(spec, spec.functions[0]);
    relocate(ours, { mapFd: () => -1, kfunc: () => ({ btfId: 0, btfFdIndex: 0 }) });
    const imms = [0, 1, 2, 4].map((i) => ours.insns.readInt32LE(i * 8 + 4));
    const k = vmlinuxBtf();
    expect(imms).toEqual([findField(k, "sk_buff", ["mark"])!.offset, 4, 1, findField(k, "net_device", ["ifindex"])!.offset]);

    const sys = realSys();
    const dir = mkdtempSync(join(tmpdir(), "bfr-core-"));
    let mounted = false;
    try {
      writeFileSync(join(dir, "core.o"), writeObject(spec));
      const mnt = join(dir, "fs");
      execFileSync("mkdir", [mnt]);
      expect(sys.mount("bpf", mnt, "bpf")).toBe(0);
      mounted = true;
      execFileSync("bpftool", ["prog", "loadall", join(dir, "core.o"), join(mnt, "p")], { stdio: "pipe" });
      const xlated = execFileSync("bpftool", ["prog", "dump", "xlated", "pinned", join(mnt, "p", "xdp_core")]).toString();
      expect(xlated).toContain(`r1 = ${imms[0]}\n`);
      expect(xlated).toContain("r2 = 4\n");
      expect(xlated).toContain("r3 = 1\n");
      expect(xlated).toContain(`r4 += ${imms[3]}\n`);
      rmSync(join(mnt, "p"), { recursive: true });
    } finally {
      if (mounted) sys.umount(join(dir, "fs"));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
