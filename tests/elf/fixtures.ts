// Object specs for the elf/ tests: hand-encoded instructions (UAPI linux/bpf.h encoding) and a few
// specs covering one program, two programs in one section, XDP + TC + sub-programs, every map
// type bfr uses, a kfunc and our metadata. Calls carrying a relocation are in the spec form
// `call -1` with src = BPF_PSEUDO_CALL (docs/OBJECT-FORMAT.md).

import { MAP_FLAG, MAP_TYPE, type BtfType, type FunctionSpec, type MapSpec, type ObjectSpec } from "../../elf/spec.js";
import { encodeMetadata } from "../../elf/metadata-codec.js";
import { METADATA_VERSION, type BfrMetadata } from "../../elf/metadata.js";

/** One 8-byte instruction slot. */
export function insn(op: number, dst = 0, src = 0, off = 0, imm = 0): Uint8Array {
  const b = new Uint8Array(8);
  const v = new DataView(b.buffer);
  v.setUint8(0, op);
  v.setUint8(1, (src << 4) | dst);
  v.setInt16(2, off, true);
  v.setInt32(4, imm, true);
  return b;
}

export const movImm = (dst: number, imm: number): Uint8Array => insn(0xb7, dst, 0, 0, imm);
export const movReg = (dst: number, src: number): Uint8Array => insn(0xbf, dst, src);
export const exit = (): Uint8Array => insn(0x95);
/** ld_imm64 dst, 0 (two slots): the relocation slot of a map reference. */
export const ldMap = (dst: number): Uint8Array => concat(insn(0x18, dst), insn(0));
/** call -1 with src = BPF_PSEUDO_CALL: a call carrying a sub-program or kfunc relocation. */
export const callRel = (): Uint8Array => insn(0x85, 0, 1, 0, -1);
export const callHelper = (id: number): Uint8Array => insn(0x85, 0, 0, 0, id);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) (out.set(p, off), (off += p.length));
  return out;
}

export function fn(name: string, section: string, insns: Uint8Array, extra: Partial<FunctionSpec> = {}): FunctionSpec {
  return {
    name, section, global: section !== ".text", insns, relocations: [], ctxStruct: "xdp_md",
    lineInfo: [{ insn: 0, file: "rules.bfr", line: 1, col: 1, text: `chain ${name}` }],
    ...extra,
  };
}

const u32: BtfType = { kind: "int", name: "__u32", size: 4, signed: false };
const u64: BtfType = { kind: "int", name: "__u64", size: 8, signed: false };
const u8: BtfType = { kind: "int", name: "__u8", size: 1, signed: false };
export const counterValue: BtfType = {
  kind: "struct", name: "bfr_counter", size: 16,
  members: [{ name: "packets", type: u64, offset: 0 }, { name: "bytes", type: u64, offset: 8 }],
};

export const hashMap = (name: string): MapSpec => ({
  name, type: MAP_TYPE.HASH, keySize: 4, valueSize: 1, maxEntries: 16, flags: 0, key: u32, value: u8,
});

export function allMaps(): MapSpec[] {
  const lpmKey: BtfType = {
    kind: "struct", name: "bfr_lpm4", size: 8,
    members: [{ name: "prefixlen", type: u32, offset: 0 }, { name: "addr", type: { kind: "array", elem: u8, length: 4 }, offset: 4 }],
  };
  const tupleKey: BtfType = {
    kind: "struct", name: "bfr_set_key_0", size: 8,
    members: [
      { name: "ip4_saddr", type: { kind: "array", elem: u8, length: 4 }, offset: 0 },
      { name: "tcp_dport", type: { kind: "int", name: "__be16", size: 2, signed: false }, offset: 4 },
      { name: "pad", type: { kind: "array", elem: u8, length: 2 }, offset: 6 },
    ],
  };
  return [
    { name: "counters", type: MAP_TYPE.PERCPU_ARRAY, keySize: 4, valueSize: 16, maxEntries: 3, flags: 0, key: u32, value: counterValue },
    { name: "set_exact", type: MAP_TYPE.HASH, keySize: 4, valueSize: 1, maxEntries: 1000, flags: 0, key: u32, value: u8 },
    { name: "set_tuple", type: MAP_TYPE.HASH, keySize: 8, valueSize: 1, maxEntries: 10, flags: 0, key: tupleKey, value: u8 },
    { name: "set_prefix", type: MAP_TYPE.LPM_TRIE, keySize: 8, valueSize: 1, maxEntries: 64, flags: MAP_FLAG.NO_PREALLOC, key: lpmKey, value: u8 },
    { name: "state", type: MAP_TYPE.ARRAY, keySize: 4, valueSize: 8, maxEntries: 1, flags: MAP_FLAG.MMAPABLE, key: u32, value: u64 },
    { name: "log", type: MAP_TYPE.RINGBUF, keySize: 0, valueSize: 0, maxEntries: 4096, flags: 0 },
    { name: "sizes_only", type: MAP_TYPE.HASH, keySize: 6, valueSize: 2, maxEntries: 8, flags: 0 },
  ];
}

/** A trivial XDP program: r0 = XDP_PASS; exit. */
export function onePrograms(): ObjectSpec {
  return { license: "GPL", functions: [fn("pass", "xdp", concat(movImm(0, 2), exit()))], maps: [], bfr: [] };
}

export function twoInOneSection(): ObjectSpec {
  return {
    license: "GPL",
    functions: [
      fn("first", "xdp", concat(movImm(0, 2), exit())),
      fn("second", "xdp", concat(movImm(0, 1), movImm(1, 0), exit()), {
        lineInfo: [
          { insn: 0, file: "rules.bfr", line: 3, col: 5, text: "rule a" },
          { insn: 2, file: "rules.bfr", line: 4, col: 5, text: "rule b" },
        ],
      }),
    ],
    maps: [],
    bfr: [],
  };
}

/** XDP and TC programs sharing `.text` sub-programs (one calling the other), maps and a kfunc. */
export function mixed(): ObjectSpec {
  const maps = allMaps();
  const xdp = fn("edge", "xdp", concat(ldMap(1), movReg(6, 1), callRel(), callRel(), exit()), {
    relocations: [
      { insn: 0, type: 1, target: { kind: "map", name: "set_exact" } },
      { insn: 3, type: 10, target: { kind: "subprog", name: "walk" } },
      { insn: 4, type: 10, target: { kind: "kfunc", name: "bpf_ktime_get_coarse_ns" } },
    ],
  });
  const tc = fn("ingress", "tcx/ingress", concat(ldMap(2), callRel(), exit()), {
    ctxStruct: "__sk_buff",
    relocations: [
      { insn: 0, type: 1, target: { kind: "map", name: "counters" } },
      { insn: 2, type: 10, target: { kind: "subprog", name: "hash" } },
    ],
  });
  const walk = fn("walk", ".text", concat(callRel(), exit()), {
    relocations: [{ insn: 0, type: 10, target: { kind: "subprog", name: "hash" } }],
  });
  const hash = fn("hash", ".text", concat(movImm(0, 7), exit()), { ctxStruct: "__sk_buff" });
  const glob = fn("rules_1", ".text", concat(movImm(0, 2), exit()), { global: true });
  return { license: "GPL", functions: [xdp, tc, walk, hash, glob], maps, bfr: [] };
}

export function metadata(setSize: number): BfrMetadata {
  const keys = new Uint8Array(setSize * 4);
  new DataView(keys.buffer).setUint32(0, 0x0a000001);
  for (let i = 1; i < setSize; i++) new DataView(keys.buffer).setUint32(i * 4, 0x0a000000 + i * 7);
  return {
    version: { ...METADATA_VERSION },
    source: "rules/edge.bfr",
    chains: [{
      name: "edge", hook: "BF_HOOK_XDP", program: "edge", options: [{ key: "iface", value: "eth1" }],
      policy: "ACCEPT", policySlot: 2,
      rules: [
        { index: 0, line: 3, col: 5, text: "rule ip4.saddr in {10.0.0.1} counter DROP", counterSlot: 0 },
        { index: 1, line: 4, col: 5, text: "rule tcp.dport 22 ACCEPT", counterSlot: null },
      ],
      maps: [{ map: "counters", role: { kind: "counters" } }, { map: "set_exact", role: { kind: "set", set: "blocked" } }],
      ifaceRefs: [{ name: "eth1", insns: [4, 9] }],
      canonical: "chain edge BF_HOOK_XDP{iface=eth1} ACCEPT\n  rule ...",
    }],
    sets: [{ map: "set_exact", keySize: 4, count: setSize, keys, value: new Uint8Array([1]) }],
  };
}

export function withMetadata(setSize: number): ObjectSpec {
  const s = mixed();
  return { ...s, bfr: encodeMetadata(metadata(setSize)) };
}
