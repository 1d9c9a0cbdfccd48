// The emitter: generated functions → ObjectSpec (encoded instructions, relocations, line info,
// maps with BTF) and BfrMetadata (chains, rule tables, map roles, interface patches, set contents).
// Everything is in a fixed order so the same input gives byte-identical objects.

import { HOOKS } from "../elf/hooks.js";
import type { BfrMetadata, ChainMeta, SetContents } from "../elf/metadata.js";
import { METADATA_VERSION } from "../elf/metadata.js";
import { MAP_FLAG, MAP_TYPE, type BtfType, type FunctionSpec, type LineInfo, type MapSpec, type ObjectSpec, type Relocation } from "../elf/spec.js";
import { encode } from "./insn.js";
import type { IrChain } from "./ir/types.js";
import type { Chain, SetDef } from "./model.js";
import type { GenChain, GenFunction } from "./codegen/program.js";

export interface EmitChain extends GenChain {
  chain: Chain;
  ir: IrChain;
}

const u8: BtfType = { kind: "int", name: "__u8", size: 1, signed: false };
const u32: BtfType = { kind: "int", name: "__u32", size: 4, signed: false };
const u64: BtfType = { kind: "int", name: "__u64", size: 8, signed: false };
const COUNTER: BtfType = {
  kind: "struct", name: "bfr_counter", size: 16,
  members: [{ name: "packets", type: u64, offset: 0 }, { name: "bytes", type: u64, offset: 8 }],
};
/** Value of every set element: one byte, 1 (a set only needs presence). */
const SET_VALUE = new Uint8Array([1]);

/** Room for `update-set` to add elements without a reload. */
export function setCapacity(count: number): number {
  return Math.max(1024, count * 2);
}

const bytes = (n: number): BtfType => ({ kind: "array", elem: u8, length: n });

function setKeyType(s: SetDef, mapName: string): BtfType {
  if (s.lpm) {
    return { kind: "struct", name: `${mapName}_key`, size: s.keySize, members: [
      { name: "prefixlen", type: u32, offset: 0 }, { name: "addr", type: bytes(s.keySize - 4), offset: 4 },
    ] };
  }
  return {
    kind: "struct", name: `${mapName}_key`, size: s.keySize,
    members: s.key.map((k) => ({ name: k.field.replace(".", "_"), type: bytes(k.width), offset: k.offset })),
  };
}

function chainMaps(e: EmitChain): MapSpec[] {
  const counters: MapSpec = {
    name: e.ir.counters, type: MAP_TYPE.PERCPU_ARRAY, keySize: 4, valueSize: 16,
    maxEntries: e.ir.policy.slot + 1, flags: 0, key: u32, value: COUNTER,
  };
  const sets = e.chain.sets.map((s, i): MapSpec => ({
    name: e.ir.sets[i].map, type: s.lpm ? MAP_TYPE.LPM_TRIE : MAP_TYPE.HASH, keySize: s.keySize, valueSize: 1,
    maxEntries: setCapacity(s.count), flags: s.lpm ? MAP_FLAG.NO_PREALLOC : 0, key: setKeyType(s, e.ir.sets[i].map), value: u8,
  }));
  // the scratch map holds no state between packets (MapRole "scratch")
  const scratch: MapSpec[] = e.scratch ? [{
    name: e.scratch.map, type: MAP_TYPE.PERCPU_ARRAY, keySize: 4, valueSize: e.scratch.valueSize, maxEntries: 1, flags: 0,
    key: u32, value: { kind: "struct", name: "bfr_packet", size: e.scratch.valueSize, members: [{ name: "slots", type: { kind: "array", elem: u64, length: e.scratch.valueSize / 8 }, offset: 0 }] },
  }] : [];
  return [counters, ...sets, ...scratch, ...logMaps(e)];
}

/** Ring buffer size of a chain's `log` map: 256 KiB (a power of two and a page multiple). */
export const LOG_RING_BYTES = 256 * 1024;

/** The `log` ring buffer and the `every` rate-limit array (last log time per limited rule, ns). */
function logMaps(e: EmitChain): MapSpec[] {
  const l = e.ir.log;
  if (!l) return [];
  const ring: MapSpec = { name: l.map, type: MAP_TYPE.RINGBUF, keySize: 0, valueSize: 0, maxEntries: LOG_RING_BYTES, flags: 0 };
  const rl: MapSpec[] = l.ratelimit ? [{ name: l.ratelimit, type: MAP_TYPE.ARRAY, keySize: 4, valueSize: 8, maxEntries: l.rlSlots, flags: 0, key: u32, value: u64 }] : [];
  return [ring, ...rl];
}

function section(e: EmitChain, fn: GenFunction, tcCompat: boolean): string {
  if (!fn.program) return ".text";
  const h = HOOKS[e.chain.hook];
  return tcCompat && h.compatSection ? h.compatSection : h.section;
}

function lineInfo(fn: GenFunction, file: string, labels: Map<number, number>, slots: number): LineInfo[] {
  const out: LineInfo[] = [];
  const recs = fn.lines.map((l) => ({ ...l, insn: labels.get(l.at.id)! })).filter((l) => l.insn < slots);
  for (const l of recs.sort((a, b) => a.insn - b.insn)) {
    if (out.length && out[out.length - 1].insn === l.insn) continue;
    out.push({ insn: l.insn, file, line: l.line, col: l.col, text: l.text });
  }
  return out;
}

function functionSpec(e: EmitChain, fn: GenFunction, file: string, tcCompat: boolean): { spec: FunctionSpec; slots: number; iface: Map<string, number[]> } {
  const enc = encode(fn.items);
  const iface = new Map([...fn.ifaceRefs].map(([name, ls]) => [name, ls.map((l) => enc.labels.get(l.id)!)]));
  const relocations: Relocation[] = [
    ...enc.maps.map((m): Relocation => ({ insn: m.insn, type: 1, target: { kind: "map", name: m.name } })),
    ...enc.calls.map((c): Relocation => ({ insn: c.insn, type: 10, target: { kind: "subprog", name: c.name } })),
    ...enc.kfuncs.map((c): Relocation => ({ insn: c.insn, type: 10, target: { kind: "kfunc", name: c.name } })),
  ].sort((a, b) => a.insn - b.insn);
  return {
    slots: enc.slots,
    iface,
    spec: {
      name: fn.name, section: section(e, fn, tcCompat), global: true, insns: enc.bytes, relocations,
      lineInfo: lineInfo(fn, file, enc.labels, enc.slots), ctxStruct: HOOKS[e.chain.hook].ctxStruct,
      ...(enc.cores.length ? { coreRelocs: enc.cores.map((c) => ({ insn: c.insn, type: c.type, access: c.access, kind: "byte_off" as const, ...(c.pointer ? { pointer: true } : {}) })) } : {}),
    },
  };
}

/**
 * Interface patches as instruction indexes in the program's linked image: the program, then its
 * rule-range functions in call order (how libbpf and our loader append sub-programs).
 */
function ifaceRefs(fns: { slots: number; iface: Map<string, number[]> }[]): ChainMeta["ifaceRefs"] {
  const refs = new Map<string, number[]>();
  let base = 0;
  for (const fn of fns) {
    for (const [name, insns] of fn.iface) refs.set(name, [...(refs.get(name) ?? []), ...insns.map((x) => x + base)]);
    base += fn.slots;
  }
  return [...refs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name, insns]) => ({ name, insns }));
}

function chainMeta(e: EmitChain, fns: { slots: number; iface: Map<string, number[]> }[]): ChainMeta {
  const c = e.chain;
  return {
    name: c.name, hook: c.hook, program: e.functions[0].name, options: c.options ? c.options.raw.map((o) => ({ ...o })) : null,
    policy: c.policy, policySlot: e.ir.policy.slot,
    rules: c.rules.map((r, i) => ({ index: r.index, line: e.ir.rules[i].line, col: e.ir.rules[i].col, text: r.text, counterSlot: e.ir.rules[i].counterSlot })),
    maps: [
      { map: e.ir.counters, role: { kind: "counters" } },
      ...e.ir.sets.map((s) => ({ map: s.map, role: { kind: "set" as const, set: s.name } })),
      ...(e.scratch ? [{ map: e.scratch.map, role: { kind: "scratch" as const } }] : []),
      ...(e.ir.log ? [{ map: e.ir.log.map, role: { kind: "log" as const } }] : []),
      ...(e.ir.log?.ratelimit ? [{ map: e.ir.log.ratelimit, role: { kind: "ratelimit" as const } }] : []),
    ],
    ifaceRefs: ifaceRefs(fns),
    canonical: c.canonical,
  };
}

export function emitObject(file: string, chains: EmitChain[], tcCompat: boolean): { spec: ObjectSpec; metadata: BfrMetadata } {
  const encoded = chains.map((e) => e.functions.map((fn) => functionSpec(e, fn, file, tcCompat)));
  const programs = encoded.map((fs) => fs[0].spec);
  const parts = encoded.flatMap((fs) => fs.slice(1)).map((f) => f.spec);
  const sets: SetContents[] = chains.flatMap((e) => e.chain.sets.map((s, i) => ({
    map: e.ir.sets[i].map, keySize: s.keySize, count: s.count, keys: s.data, value: SET_VALUE,
  })));
  return {
    spec: { license: "GPL", functions: [...programs, ...parts], maps: chains.flatMap(chainMaps), bfr: [] },
    metadata: {
      version: { ...METADATA_VERSION }, source: file,
      chains: chains.map((e, i) => chainMeta(e, encoded[i])),
      sets,
    },
  };
}
