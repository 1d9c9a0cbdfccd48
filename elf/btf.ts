// The `.BTF` section: buildBtf(spec) emits the type information the writer embeds and the loader
// passes to BPF_BTF_LOAD (maps as libbpf's BTF-defined maps, one FUNC per function for func_info,
// every string line_info needs). Layout from the kernel's Documentation/bpf/btf.rst and UAPI
// linux/btf.h. Deterministic: strings in first-use order, type ids in emission order.

import { ByteWriter, encodeUtf8 } from "./bytes.js";
import { BfrError } from "./errors.js";
import { accessString, coreStructs, isLeaf, type CoreStruct } from "./core.js";
import type { BtfType, MapSpec, ObjectSpec } from "./spec.js";

/** UAPI linux/btf.h BTF_KIND_*. */
export const KIND = {
  INT: 1, PTR: 2, ARRAY: 3, STRUCT: 4, UNION: 5, ENUM: 6, FWD: 7, TYPEDEF: 8, VOLATILE: 9,
  CONST: 10, RESTRICT: 11, FUNC: 12, FUNC_PROTO: 13, VAR: 14, DATASEC: 15, FLOAT: 16,
  DECL_TAG: 17, TYPE_TAG: 18, ENUM64: 19,
} as const;

export const BTF_MAGIC = 0xeb9f;
export const BTF_HDR_LEN = 24;
/** BTF_INT_SIGNED in the INT encoding byte. */
const INT_SIGNED = 1;
/** FUNC linkage (vlen of a FUNC) and VAR linkage (UAPI enum btf_func_linkage / BTF_VAR_*). */
export const LINKAGE = { STATIC: 0, GLOBAL: 1, EXTERN: 2 } as const;

export interface BtfBlob {
  bytes: Uint8Array;
  /** Type id of the FUNC named `name` (a program, sub-program or kfunc). */
  funcTypeId(name: string): number;
  /** Type ids of a map's key and value, or null for maps without key/value BTF. */
  mapTypeIds(map: string): { key: number; value: number } | null;
  /** Offset of `s` in the string section (every name, section, file and line text is there). */
  strOffset(s: string): number;
  /** A CO-RE relocation's local root STRUCT id and libbpf access string (in the string section). */
  coreRelo(type: string, access: string): { typeId: number; access: string };
}

export interface BuildBtfOptions {
  /**
   * The form embedded in the ELF: kfuncs are extern FUNCs listed in a `.ksyms` DATASEC, libbpf's
   * convention. The kernel refuses both ("Invalid func linkage"; a DATASEC of FUNCs), so the
   * default form, for BPF_BTF_LOAD, makes them static FUNCs and leaves the DATASEC out. It is the
   * last type, so every type id is the same in both forms.
   */
  forElf?: boolean;
}

/** Size in bytes of a BtfType. */
export function btfTypeSize(t: BtfType): number {
  if (t.kind === "array") return btfTypeSize(t.elem) * t.length;
  return t.size;
}

class BtfBuilder {
  private readonly words: number[] = [];
  private count = 0;
  private readonly strs = new Map<string, number>([["", 0]]);
  private readonly strBytes = new ByteWriter().u8(0);

  str(s: string): number {
    let off = this.strs.get(s);
    if (off === undefined) {
      off = this.strBytes.length;
      this.strs.set(s, off);
      this.strBytes.bytes(encodeUtf8(s)).u8(0);
    }
    return off;
  }

  hasStr(s: string): number | undefined {
    return this.strs.get(s);
  }

  /** Appends one btf_type (name, kind, vlen, kind_flag, size/type) and its trailing words. */
  add(name: string, kind: number, vlen: number, sizeOrType: number, extra: number[] = [], kflag = 0): number {
    this.words.push(this.str(name), ((kflag << 31) | (kind << 24) | vlen) >>> 0, sizeOrType >>> 0, ...extra);
    return ++this.count;
  }

  finish(): Uint8Array {
    const strs = this.strBytes.finish();
    const typeLen = this.words.length * 4;
    const w = new ByteWriter();
    w.u16(BTF_MAGIC).u8(1).u8(0).u32(BTF_HDR_LEN).u32(0).u32(typeLen).u32(typeLen).u32(strs.length);
    for (const x of this.words) w.u32(x);
    return w.bytes(strs).finish();
  }
}

/** Emits the BTF of maps, functions and kfunc externs of `spec`. */
export function buildBtf(spec: ObjectSpec, opts: BuildBtfOptions = {}): BtfBlob {
  const b = new BtfBuilder();
  const cache = new Map<string, number>();
  const memo = (key: string, make: () => number): number => {
    let id = cache.get(key);
    if (id === undefined) cache.set(key, (id = make()));
    return id;
  };
  const int = memo("int", () => b.add("int", KIND.INT, 0, 4, [(INT_SIGNED << 24) | 32]));
  const ptr = (to: number): number => memo(`ptr:${to}`, () => b.add("", KIND.PTR, 0, to));
  const arrayOf = (elem: number, n: number): number =>
    memo(`arr:${elem}:${n}`, () => b.add("", KIND.ARRAY, 0, 0, [elem, int, n]));
  /** `__uint(name, n)`: PTR → ARRAY(int, n). */
  const uintAttr = (n: number): number => ptr(arrayOf(int, n));
  const typeOf = (t: BtfType): number => memo(`t:${JSON.stringify(t)}`, () => emitType(t));
  const emitType = (t: BtfType): number => {
    switch (t.kind) {
      case "int":
        return b.add(t.name, KIND.INT, 0, t.size, [((t.signed ? INT_SIGNED : 0) << 24) | (t.size * 8)]);
      case "array":
        return arrayOf(typeOf(t.elem), t.length);
      case "struct": {
        const ms = t.members.map((m) => [m.name, typeOf(m.type), m.offset * 8] as const);
        const extra = ms.flatMap(([name, type, bits]) => [b.str(name), type, bits]);
        return b.add(t.name, KIND.STRUCT, ms.length, t.size, extra);
      }
    }
  };

  const mapIds = new Map<string, { key: number; value: number }>();
  const vars: number[][] = [];
  let mapsOff = 0;
  for (const m of spec.maps) {
    const members = mapMembers(m, uintAttr, (t) => ptr(typeOf(t)));
    if (m.key && m.value) mapIds.set(m.name, { key: typeOf(m.key), value: typeOf(m.value) });
    const size = members.length * 8;
    const extra = members.flatMap(([name, type], i) => [b.str(name), type, i * 64]);
    const st = b.add("", KIND.STRUCT, members.length, size, extra);
    const v = b.add(m.name, KIND.VAR, 0, st, [LINKAGE.GLOBAL]);
    vars.push([v, mapsOff, size]);
    mapsOff += size;
  }
  if (vars.length > 0) b.add(".maps", KIND.DATASEC, vars.length, mapsOff, vars.flat());

  const funcIds = new Map<string, number>();
  for (const f of spec.functions) {
    const proto = memo(`proto:${f.ctxStruct}`, () => {
      if (f.ctxStruct === "") return b.add("", KIND.FUNC_PROTO, 0, int);
      // An empty named STRUCT is enough: the verifier matches a global function's context
      // argument against the program type's context struct by name (kernel btf_is_prog_ctx_type).
      const ctx = ptr(memo(`ctx:${f.ctxStruct}`, () => b.add(f.ctxStruct, KIND.STRUCT, 0, 0)));
      return b.add("", KIND.FUNC_PROTO, 1, int, [b.str("ctx"), ctx]);
    });
    funcIds.set(f.name, b.add(f.name, KIND.FUNC, f.global ? LINKAGE.GLOBAL : LINKAGE.STATIC, proto));
  }
  const ksyms = kfuncNames(spec);
  for (const name of ksyms) {
    const proto = memo("proto:kfunc", () => b.add("", KIND.FUNC_PROTO, 0, int));
    funcIds.set(name, b.add(name, KIND.FUNC, opts.forElf ? LINKAGE.EXTERN : LINKAGE.STATIC, proto));
  }
  const core = emitCore(b, coreStructs(spec), (t) => typeOf(t), () => ptr(0));
  for (const f of spec.functions) {
    for (const r of f.coreRelocs ?? []) b.str(accessString(core.get(r.type)!.shape, r.access.split(".")));
  }
  if (opts.forElf && ksyms.length > 0) {
    b.add(".ksyms", KIND.DATASEC, ksyms.length, 0, ksyms.flatMap((n) => [funcIds.get(n)!, 0, 0]));
  }
  for (const f of spec.functions) {
    b.str(f.section);
    for (const li of f.lineInfo) (b.str(li.file), b.str(li.text));
  }
  const bytes = b.finish();
  return {
    bytes,
    funcTypeId: (name) => must(funcIds.get(name), `no BTF FUNC named "${name}"`),
    mapTypeIds: (map) => mapIds.get(map) ?? null,
    strOffset: (s) => must(b.hasStr(s), `string "${s}" is not in the BTF string section`),
    coreRelo: (type, access) => {
      const root = must(core.get(type), `no CO-RE struct "${type}"`);
      return { typeId: root.id, access: accessString(root.shape, access.split(".")) };
    },
  };
}

/**
 * The local STRUCTs of CO-RE relocations (elf/core.ts): every member at offset 0, leaves as
 * unsigned INTs of the access size or `void *`, and each access string added to the strings.
 */
function emitCore(
  b: BtfBuilder, roots: Map<string, CoreStruct>, typeOf: (t: BtfType) => number, voidPtr: () => number,
): Map<string, { id: number; shape: CoreStruct }> {
  const emit = (name: string, s: CoreStruct): { id: number; size: number } => {
    let size = 0;
    const ms = [...s.members].map(([m, n]) => {
      if (!isLeaf(n)) {
        const inner = emit("", n);
        size = Math.max(size, inner.size);
        return [m, inner.id] as const;
      }
      size = Math.max(size, n.size);
      return [m, n.pointer ? voidPtr() : typeOf({ kind: "int", name: `__u${n.size * 8}`, size: n.size, signed: false })] as const;
    });
    return { id: b.add(name, KIND.STRUCT, ms.length, size, ms.flatMap(([m, id]) => [b.str(m), id, 0])), size };
  };
  const out = new Map<string, { id: number; shape: CoreStruct }>();
  for (const [name, shape] of roots) out.set(name, { id: emit(name, shape).id, shape });
  return out;
}

/**
 * Bytes of a map's slot in `.maps` (and of its BTF struct): one 8-byte pointer per member —
 * type, max_entries, key or key_size, value or value_size, map_flags — as present.
 */
export function mapSlotSize(m: MapSpec): number {
  const members = 2 + (m.key || m.keySize !== 0 ? 1 : 0) + (m.value || m.valueSize !== 0 ? 1 : 0) + (m.flags !== 0 ? 1 : 0);
  return members * 8;
}

/** Struct members of a BTF-defined map, in libbpf's names and the format's order. */
function mapMembers(
  m: MapSpec,
  uintAttr: (n: number) => number,
  ptrTo: (t: BtfType) => number,
): [string, number][] {
  const members: [string, number][] = [["type", uintAttr(m.type)], ["max_entries", uintAttr(m.maxEntries)]];
  const side = (name: "key" | "value", t: BtfType | undefined, size: number): void => {
    if (t) {
      if (btfTypeSize(t) !== size) {
        throw new BfrError("BFR4101", `map "${m.name}": ${name} type is ${btfTypeSize(t)} bytes, ${name} size is ${size}`);
      }
      members.push([name, ptrTo(t)]);
    } else if (size !== 0) {
      members.push([`${name}_size`, uintAttr(size)]);
    }
  };
  side("key", m.key, m.keySize);
  side("value", m.value, m.valueSize);
  if (m.flags !== 0) members.push(["map_flags", uintAttr(m.flags)]);
  return members;
}

/** Names of the kfuncs the functions call, in first-use order. */
export function kfuncNames(spec: ObjectSpec): string[] {
  const names = new Set<string>();
  for (const f of spec.functions) for (const r of f.relocations) if (r.target.kind === "kfunc") names.add(r.target.name);
  return [...names];
}

function must<T>(v: T | undefined, message: string): T {
  if (v === undefined) throw new BfrError("BFR4102", message);
  return v;
}
