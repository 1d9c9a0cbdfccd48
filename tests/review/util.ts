// Test helpers for the review tools: raw instruction encoding (independent of the compiler's
// builders) and hand-built ObjectSpec / metadata values, so the disassembler and differ are tested
// before and independently of the compiler.

import type { FunctionSpec, LineInfo, MapSpec, ObjectSpec, Relocation } from "../../elf/spec.js";
import type { BfrMetadata, ChainMeta, RuleMeta } from "../../elf/metadata.js";

/** One 8-byte slot in the standard encoding. */
export function ins(opcode: number, dst = 0, src = 0, off = 0, imm = 0): Uint8Array {
  const b = new Uint8Array(8);
  const v = new DataView(b.buffer);
  v.setUint8(0, opcode);
  v.setUint8(1, (src << 4) | dst);
  v.setInt16(2, off, true);
  v.setInt32(4, imm, true);
  return b;
}

/** ld_imm64 dst, value (two slots). */
export function ldImm64(dst: number, lo: number, hi = 0, src = 0): Uint8Array {
  return cat([ins(0x18, dst, src, 0, lo), ins(0, 0, 0, 0, hi)]);
}

export function cat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function fn(name: string, section: string, insns: Uint8Array[], extra: Partial<FunctionSpec> = {}): FunctionSpec {
  return {
    name, section, global: section !== ".text", insns: cat(insns), relocations: [] as Relocation[],
    lineInfo: [{ insn: 0, file: "t.bfr", line: 1, col: 1, text: `chain ${name}` }] as LineInfo[],
    ctxStruct: "xdp_md", ...extra,
  };
}

export function map(name: string, type: number, keySize: number, valueSize: number, maxEntries: number, flags = 0): MapSpec {
  return { name, type, keySize, valueSize, maxEntries, flags };
}

export function spec(functions: FunctionSpec[], maps: MapSpec[] = []): ObjectSpec {
  return { license: "GPL", functions, maps, bfr: [] };
}

export function rule(index: number, line: number, text: string, counterSlot: number | null = index): RuleMeta {
  return { index, line, col: 1, text, counterSlot };
}

export function chainMeta(name: string, rules: RuleMeta[], extra: Partial<ChainMeta> = {}): ChainMeta {
  return {
    name, hook: "BF_HOOK_XDP", program: name, options: null, policy: "ACCEPT",
    policySlot: rules.length, rules, maps: [{ map: "counters", role: { kind: "counters" } }],
    ifaceRefs: [], canonical: "", ...extra,
  };
}

export function metadata(chains: ChainMeta[], sets: BfrMetadata["sets"] = []): BfrMetadata {
  return { version: { major: 1, minor: 0 }, source: "t.bfr", chains, sets };
}
