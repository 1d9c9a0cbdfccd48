// Test helpers for the review tools: raw instruction encoding (independent of the compiler's
// builders) and hand-built ObjectSpec / metadata values, so the disassembler and differ are tested
// before and independently of the compiler.

import { MAP_TYPE, type BtfType, type FunctionSpec, type LineInfo, type MapSpec, type ObjectSpec, type Relocation } from "../../elf/spec.js";
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

export interface R {
  ip: number;
  counter?: boolean;
}

export const text = (r: R): string => `rule ip4.saddr eq ${r.ip} ${r.counter === false ? "" : "counter "}DROP`;

/** A synthetic chain shaped like compiled code, `rules`: per rule 4 slots (load, compare → next rule, store of the counter index, goto tail), then the tail. */
export function build(rules: R[], opts: { setKeys?: number[]; maxEntries?: number } = {}) {
  const code: Uint8Array[] = [ins(0xbf, 6, 1)];
  const lineInfo: LineInfo[] = [{ insn: 0, file: "t.bfr", line: 1, col: 1, text: "chain c BF_HOOK_XDP ACCEPT" }];
  const metas: RuleMeta[] = [];
  const tail = 1 + rules.length * 4;
  let slot = 0;
  rules.forEach((r, i) => {
    const at = 1 + i * 4;
    lineInfo.push({ insn: at, file: "t.bfr", line: 3 + i, col: 1, text: text(r) });
    const counterSlot = r.counter === false ? null : slot++;
    metas.push({ index: i, line: 3 + i, col: 1, text: text(r), counterSlot });
    code.push(ins(0x61, 2, 6, 26), ins(0x55, 2, 0, 2, r.ip), ins(0x62, 10, 0, -8, counterSlot ?? -1), ins(0x05, 0, 0, tail - (at + 3) - 1));
  });
  lineInfo.push({ insn: tail, file: "t.bfr", line: 1, col: 1, text: "chain c BF_HOOK_XDP ACCEPT" });
  code.push(ins(0xb7, 0, 0, 0, 2), ins(0x95));
  const keys = opts.setKeys ?? [];
  const kb = new Uint8Array(keys.length * 4);
  keys.forEach((k, i) => new DataView(kb.buffer).setUint32(i * 4, k));
  const s = spec([fn("c", "xdp", code, { lineInfo })], [
    map("counters", MAP_TYPE.PERCPU_ARRAY, 4, 16, slot + 1), map("blocked", MAP_TYPE.HASH, 4, 1, opts.maxEntries ?? Math.max(1, keys.length)),
  ]);
  const m: BfrMetadata = metadata([chainMeta("c", metas, { policySlot: slot })], [{ map: "blocked", keySize: 4, count: keys.length, keys: kb, value: new Uint8Array(1) }]);
  return { s, m };
}

/** n distinct counted rules. */
export const many = (n: number): R[] => Array.from({ length: n }, (_, i) => ({ ip: 1000 + i }));

const U32: BtfType = { kind: "int", name: "__u32", size: 4, signed: false };
const U64: BtfType = { kind: "int", name: "__u64", size: 8, signed: false };

/**
 * A small valid program (verifier-clean): count into slot 0 of a per-CPU counters map and return
 * `ret`. For interop tests of objects written by elf/write.
 */
export function countingObject(name: string, section: string, ctxStruct: string, ret: number): ObjectSpec {
  const f = fn(name, section, [
    ldImm64(1, 0), ins(0x62, 10, 0, -4, 0), ins(0xbf, 2, 10), ins(0x07, 2, 0, 0, -4), ins(0x85, 0, 0, 0, 1),
    ins(0x15, 0, 0, 2, 0), ins(0xb7, 1, 0, 0, 1), ins(0xdb, 0, 1, 0, 0), ins(0xb7, 0, 0, 0, ret), ins(0x95),
  ], {
    relocations: [{ insn: 0, type: 1, target: { kind: "map", name: "counters" } }],
    lineInfo: [{ insn: 0, file: "t.bfr", line: 1, col: 1, text: `chain ${name}` }],
    ctxStruct,
  });
  const value: BtfType = { kind: "struct", name: "bfr_counter", size: 16, members: [{ name: "packets", type: U64, offset: 0 }, { name: "bytes", type: U64, offset: 8 }] };
  return spec([f], [{ name: "counters", type: MAP_TYPE.PERCPU_ARRAY, keySize: 4, valueSize: 16, maxEntries: 2, flags: 0, key: U32, value }]);
}

/** Chain "big": the program calls a global .text part holding its two rules. */
export function partsObject(port: number) {
  const main = fn("big", "xdp", [ins(0xbf, 6, 1), ins(0x85, 0, 1, 0, -1), ins(0x95)], {
    relocations: [{ insn: 1, type: 10, target: { kind: "subprog", name: "big__part0" } }],
    lineInfo: [{ insn: 0, file: "t.bfr", line: 1, col: 1, text: "chain big BF_HOOK_XDP ACCEPT" }],
  });
  const part = fn("big__part0", ".text", [
    ins(0x69, 2, 1, 12), ins(0x55, 2, 0, 1, 22), ins(0x05, 0, 0, 3), // rule 0: slots 0-2
    ins(0x55, 2, 0, 1, port), // rule 1: slot 3
    ins(0xb7, 0, 0, 0, 1), ins(0xb7, 0, 0, 0, 2), ins(0x95), // verdicts: slots 4-6
  ], {
    global: true,
    lineInfo: [
      { insn: 0, file: "t.bfr", line: 2, col: 5, text: "rule tcp.dport 22 ACCEPT" },
      { insn: 3, file: "t.bfr", line: 3, col: 5, text: `rule tcp.dport ${port} DROP` },
      { insn: 4, file: "t.bfr", line: 1, col: 1, text: "chain big BF_HOOK_XDP ACCEPT" },
    ],
  });
  const rules = [{ ...rule(0, 2, "rule tcp.dport 22 ACCEPT", null), col: 5 }, { ...rule(1, 3, `rule tcp.dport ${port} DROP`, null), col: 5 }];
  return { s: spec([main, part]), m: metadata([chainMeta("big", rules, { maps: [] })]) };
}
