// The running kernel's BTF (/sys/kernel/btf/vmlinux) for CO-RE relocations (loader/core-relo.ts).
// A dedicated lazy reader: one pass records where each type starts and indexes the structs and
// unions by name (~40 ms for 120k types, against ~250 ms for elf/'s full parser); a type's
// members are decoded only when a relocation walks it. Layout: UAPI linux/btf.h.

import { readFileSync } from "node:fs";
import { release } from "node:os";
import { KIND } from "../elf/btf.js";
import type { ParsedBtf, RawBtfType } from "../elf/btf-parse.js";
import { BfrError } from "../elf/errors.js";

export const VMLINUX_PATH = "/sys/kernel/btf/vmlinux";

export interface KernelBtf {
  /** The type with this id (0 is void); throws BFR5015 for an id that does not exist. */
  type(id: number): RawBtfType;
  /** Type ids of the STRUCTs and UNIONs named `name` (a name may have several definitions). */
  composites(name: string): number[];
  /** Which kernel, for error messages: `Linux 6.18.0`. */
  describe: string;
}

const fail = (message: string): never => {
  throw new BfrError("BFR5015", `kernel BTF: ${message}`);
};

/** A KernelBtf over an already parsed BTF (elf/btf-parse.ts), e.g. a module's or a test's. */
export function kernelBtf(btf: ParsedBtf, describe: string): KernelBtf {
  const byName = new Map<string, number[]>();
  btf.types.forEach((t, id) => {
    if ((t.kind === KIND.STRUCT || t.kind === KIND.UNION) && t.name !== "") push(byName, t.name, id);
  });
  return { type: (id) => btf.types[id] ?? fail(`type id ${id} does not exist`), composites: (name) => byName.get(name) ?? [], describe };
}

function push(m: Map<string, number[]>, k: string, id: number): void {
  const list = m.get(k);
  if (list) list.push(id);
  else m.set(k, [id]);
}

/** Bytes after the 12-byte btf_type header, per kind (vlen = member count). */
function extraBytes(kind: number, vlen: number): number {
  switch (kind) {
    case KIND.INT: case KIND.VAR: case KIND.DECL_TAG: return 4;
    case KIND.ARRAY: return 12;
    case KIND.STRUCT: case KIND.UNION: case KIND.DATASEC: case KIND.ENUM64: return 12 * vlen;
    case KIND.ENUM: case KIND.FUNC_PROTO: return 8 * vlen;
    case KIND.PTR: case KIND.FWD: case KIND.TYPEDEF: case KIND.VOLATILE: case KIND.CONST: case KIND.RESTRICT:
    case KIND.FUNC: case KIND.FLOAT: case KIND.TYPE_TAG: return 0;
    default: return fail(`unknown type kind ${kind}`);
  }
}

/** The lazy reader over raw BTF bytes. */
export function scanBtf(bytes: Uint8Array, describe: string): KernelBtf {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || v.getUint16(0, true) !== 0xeb9f) fail("bad header");
  const hdrLen = v.getUint32(4, true);
  const typeOff = hdrLen + v.getUint32(8, true);
  const typeEnd = typeOff + v.getUint32(12, true);
  const strOff = hdrLen + v.getUint32(16, true);
  const strEnd = strOff + v.getUint32(20, true);
  if (typeEnd > bytes.length || strEnd > bytes.length) fail("sections run past the end");
  const decoder = new TextDecoder();
  const str = (off: number): string => {
    const start = strOff + off;
    const end = bytes.indexOf(0, start);
    if (start >= strEnd || end < 0 || end >= strEnd) fail(`string offset ${off} is out of range`);
    return decoder.decode(bytes.subarray(start, end));
  };
  const starts: number[] = [0];
  const byName = new Map<string, number[]>();
  for (let p = typeOff; p < typeEnd; ) {
    if (p + 12 > typeEnd) fail("truncated type");
    const info = v.getUint32(p + 4, true);
    const kind = (info >>> 24) & 0x1f;
    starts.push(p);
    if ((kind === KIND.STRUCT || kind === KIND.UNION) && v.getUint32(p, true) !== 0) push(byName, str(v.getUint32(p, true)), starts.length - 1);
    p += 12 + extraBytes(kind, info & 0xffff);
  }
  const cache = new Map<number, RawBtfType>();
  const type = (id: number): RawBtfType => {
    if (id === 0) return { kind: 0, name: "", vlen: 0, kflag: false, sizeOrType: 0, extra: [], members: [] };
    const p = starts[id] ?? fail(`type id ${id} does not exist`);
    let t = cache.get(id);
    if (t) return t;
    const info = v.getUint32(p + 4, true);
    const kind = (info >>> 24) & 0x1f;
    const vlen = info & 0xffff;
    t = { kind, name: str(v.getUint32(p, true)), vlen, kflag: info >>> 31 === 1, sizeOrType: v.getUint32(p + 8, true), extra: [], members: [] };
    if (kind === KIND.STRUCT || kind === KIND.UNION) {
      for (let i = 0, q = p + 12; i < vlen; i++, q += 12) {
        t.members.push({ name: str(v.getUint32(q, true)), type: v.getUint32(q + 4, true), offset: v.getUint32(q + 8, true), size: 0 });
      }
    } else if (kind === KIND.ARRAY) {
      t.extra.push(v.getUint32(p + 12, true), v.getUint32(p + 16, true), v.getUint32(p + 20, true));
    } else if (kind === KIND.INT) {
      t.extra.push(v.getUint32(p + 12, true));
    }
    cache.set(id, t);
    return t;
  };
  return { type, composites: (name) => byName.get(name) ?? [], describe };
}

let cached: KernelBtf | null = null;

/** The running kernel's BTF, read and indexed on first use. */
export function vmlinuxBtf(): KernelBtf {
  if (cached) return cached;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(VMLINUX_PATH);
  } catch (e) {
    throw new BfrError("BFR5014", `cannot read ${VMLINUX_PATH} (${(e as Error).message})`,
      "kernel struct offsets (CO-RE) need a kernel built with CONFIG_DEBUG_INFO_BTF");
  }
  cached = scanBtf(bytes, `Linux ${release()}`);
  return cached;
}
