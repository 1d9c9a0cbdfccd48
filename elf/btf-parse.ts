// The BTF parser of elf/read: the raw type table and string section of a `.BTF` blob (ours or
// clang's), every access bounds-checked (BfrError BFR4005), plus the conversions the reader needs:
// a type to our BtfType where it has an equivalent, and the byte size of any sized type.
// Record layouts from UAPI linux/btf.h.

import { ByteReader } from "./bytes.js";
import { BTF_MAGIC, KIND } from "./btf.js";
import { BfrError } from "./errors.js";
import type { BtfType } from "./spec.js";

export interface RawBtfType {
  kind: number;
  name: string;
  vlen: number;
  kflag: boolean;
  /** `size` for sized kinds, `type` for PTR, TYPEDEF, modifiers, FUNC, VAR. */
  sizeOrType: number;
  /** Extra words: INT encoding; ARRAY elem, index, nelems; VAR linkage. */
  extra: number[];
  /** STRUCT/UNION members (offset in bits), FUNC_PROTO params (offset 0), DATASEC vars (offset, size). */
  members: { name: string; type: number; offset: number; size: number }[];
}

export interface ParsedBtf {
  /** Index = type id; [0] is void. */
  types: RawBtfType[];
  strAt(off: number): string;
}

const MAX_DEPTH = 64;
const VOID: RawBtfType = { kind: 0, name: "", vlen: 0, kflag: false, sizeOrType: 0, extra: [], members: [] };

export function parseBtf(bytes: Uint8Array): ParsedBtf {
  const r = new ByteReader(bytes, ".BTF", "BFR4005");
  if (r.u16(0) !== BTF_MAGIC) r.fail("bad magic");
  if (r.u8(2) !== 1) r.fail(`unsupported version ${r.u8(2)}`);
  const hdrLen = r.u32(4);
  if (hdrLen < 24) r.fail(`header length ${hdrLen} is too short`);
  const typeOff = hdrLen + r.u32(8);
  const typeLen = r.u32(12);
  const strs = new ByteReader(r.slice(hdrLen + r.u32(16), r.u32(20)), ".BTF strings", "BFR4005");
  const strAt = (off: number): string => strs.cstring(off);
  const t = new ByteReader(r.slice(typeOff, typeLen), ".BTF types", "BFR4005");
  const types: RawBtfType[] = [VOID];
  for (let p = 0; p < typeLen; ) p = parseType(t, p, strAt, types);
  return { types, strAt };
}

function parseType(t: ByteReader, p: number, strAt: (off: number) => string, out: RawBtfType[]): number {
  const info = t.u32(p + 4);
  const kind = (info >>> 24) & 0x1f;
  const vlen = info & 0xffff;
  const ty: RawBtfType = {
    kind, name: strAt(t.u32(p)), vlen, kflag: (info >>> 31) === 1, sizeOrType: t.u32(p + 8), extra: [], members: [],
  };
  p += 12;
  const words = (n: number): void => {
    for (let i = 0; i < n; i++, p += 4) ty.extra.push(t.u32(p));
  };
  switch (kind) {
    case KIND.INT: case KIND.VAR: case KIND.DECL_TAG: words(1); break;
    case KIND.ARRAY: words(3); break;
    case KIND.PTR: case KIND.FWD: case KIND.TYPEDEF: case KIND.VOLATILE: case KIND.CONST:
    case KIND.RESTRICT: case KIND.FUNC: case KIND.FLOAT: case KIND.TYPE_TAG: break;
    case KIND.STRUCT: case KIND.UNION:
      for (let i = 0; i < vlen; i++, p += 12) ty.members.push({ name: strAt(t.u32(p)), type: t.u32(p + 4), offset: t.u32(p + 8), size: 0 });
      break;
    case KIND.FUNC_PROTO:
      for (let i = 0; i < vlen; i++, p += 8) ty.members.push({ name: strAt(t.u32(p)), type: t.u32(p + 4), offset: 0, size: 0 });
      break;
    case KIND.DATASEC:
      for (let i = 0; i < vlen; i++, p += 12) ty.members.push({ name: "", type: t.u32(p), offset: t.u32(p + 4), size: t.u32(p + 8) });
      break;
    case KIND.ENUM: words(2 * vlen); break;
    case KIND.ENUM64: words(3 * vlen); break;
    default: t.fail(`type ${out.length} has unknown kind ${kind}`);
  }
  out.push(ty);
  return p;
}

const MODIFIERS: number[] = [KIND.TYPEDEF, KIND.VOLATILE, KIND.CONST, KIND.RESTRICT, KIND.TYPE_TAG];

export function typeAt(btf: ParsedBtf, id: number): RawBtfType {
  const t = btf.types[id];
  if (!t) throw new BfrError("BFR4005", `.BTF: type id ${id} does not exist`);
  return t;
}

/** Follows typedefs and modifiers to the underlying type id. */
export function skipModifiers(btf: ParsedBtf, id: number): number {
  for (let i = 0; i < MAX_DEPTH; i++) {
    const t = typeAt(btf, id);
    if (!MODIFIERS.includes(t.kind)) return id;
    id = t.sizeOrType;
  }
  throw new BfrError("BFR4005", ".BTF: typedef/modifier chain too long (a cycle?)");
}

/** Byte size of a sized type, or undefined (void, functions, …). */
export function btfSizeOf(btf: ParsedBtf, id: number, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) throw new BfrError("BFR4005", ".BTF: type nesting too deep (a cycle?)");
  const t = typeAt(btf, skipModifiers(btf, id));
  switch (t.kind) {
    case KIND.INT: case KIND.STRUCT: case KIND.UNION: case KIND.ENUM: case KIND.ENUM64: case KIND.FLOAT: case KIND.DATASEC:
      return t.sizeOrType;
    case KIND.PTR:
      return 8;
    case KIND.ARRAY: {
      const elem = btfSizeOf(btf, t.extra[0], depth + 1);
      return elem === undefined ? undefined : elem * t.extra[2];
    }
    default:
      return undefined;
  }
}

/** The type as a BtfType, or undefined where BtfType has no equivalent (unions, bitfields, …). */
export function toBtfType(btf: ParsedBtf, id: number, depth = 0): BtfType | undefined {
  if (depth > MAX_DEPTH) throw new BfrError("BFR4005", ".BTF: type nesting too deep (a cycle?)");
  const t = typeAt(btf, id);
  if (MODIFIERS.includes(t.kind)) {
    const inner = toBtfType(btf, t.sizeOrType, depth + 1);
    // A typedef of an integer keeps the typedef's name (`__u32` reads better than `unsigned int`).
    return inner?.kind === "int" && t.kind === KIND.TYPEDEF ? { ...inner, name: t.name } : inner;
  }
  switch (t.kind) {
    case KIND.INT: {
      const enc = t.extra[0];
      if ((enc & 0xff) !== t.sizeOrType * 8 || ((enc >>> 16) & 0xff) !== 0) return undefined;
      return { kind: "int", name: t.name, size: t.sizeOrType, signed: ((enc >>> 24) & 1) === 1 };
    }
    case KIND.ENUM:
      return { kind: "int", name: t.name, size: t.sizeOrType, signed: t.kflag };
    case KIND.ARRAY: {
      const elem = toBtfType(btf, t.extra[0], depth + 1);
      return elem && { kind: "array", elem, length: t.extra[2] };
    }
    case KIND.STRUCT:
      return toStruct(btf, t, depth);
    default:
      return undefined;
  }
}

function toStruct(btf: ParsedBtf, t: RawBtfType, depth: number): BtfType | undefined {
  const members: { name: string; type: BtfType; offset: number }[] = [];
  for (const m of t.members) {
    // With kind_flag set the top 8 bits hold a bitfield size; BtfType has no bitfields.
    if (t.kflag && m.offset >>> 24 !== 0) return undefined;
    if (m.offset % 8 !== 0) return undefined;
    const type = toBtfType(btf, m.type, depth + 1);
    if (!type) return undefined;
    members.push({ name: m.name, type, offset: m.offset / 8 });
  }
  return { kind: "struct", name: t.name, size: t.sizeOrType, members };
}
