// CO-RE field relocations, applied by our loader as libbpf applies them: each record names a root
// struct and a field path (elf/spec.ts CoreRelocation); the field is found by NAME in the running
// kernel's BTF (anonymous unions and structs are searched through, as the C compiler would), and
// the instruction gets the field's byte offset (LDX/ST/STX `off`, or an ALU / ld_imm64 `imm`), its
// size, or whether it exists. Kinds: UAPI enum bpf_core_relo_kind.

import { KIND } from "../elf/btf.js";
import { memAccessSize } from "../elf/core.js";
import { BfrError } from "../elf/errors.js";
import type { CoreRelocation } from "../elf/spec.js";
import type { KernelBtf } from "./vmlinux.js";

export interface CoreField {
  /** Byte offset from the start of the root struct. */
  offset: number;
  /** Byte size of the field. */
  size: number;
  /** Not byte-aligned or a bitfield: byte_off/byte_sz cannot describe it. */
  bitfield: boolean;
}

interface Member {
  bits: number;
  bitSize: number;
  type: number;
}

const isComposite = (k: number): boolean => k === KIND.STRUCT || k === KIND.UNION;
const MODIFIERS: number[] = [KIND.TYPEDEF, KIND.VOLATILE, KIND.CONST, KIND.RESTRICT, KIND.TYPE_TAG];
const MAX_DEPTH = 64;

/** Follows typedefs and modifiers to the underlying type id. */
function skipModifiers(k: KernelBtf, id: number): number {
  for (let i = 0; i < MAX_DEPTH; i++) {
    const t = k.type(id);
    if (!MODIFIERS.includes(t.kind)) return id;
    id = t.sizeOrType;
  }
  throw new BfrError("BFR5015", "kernel BTF: typedef/modifier chain too long (a cycle?)");
}

/** Byte size of a sized type; 0 for void, functions and the like. */
function sizeOf(k: KernelBtf, id: number, depth = 0): number {
  const t = k.type(skipModifiers(k, id));
  if (t.kind === KIND.PTR) return 8;
  if (t.kind === KIND.ARRAY) return depth > MAX_DEPTH ? 0 : sizeOf(k, t.extra[0], depth + 1) * t.extra[2];
  const sized: number[] = [KIND.INT, KIND.STRUCT, KIND.UNION, KIND.ENUM, KIND.ENUM64, KIND.FLOAT];
  return sized.includes(t.kind) ? t.sizeOrType : 0;
}

/** The member named `name` of composite `id`, looking inside anonymous members; bit offset from `id`. */
function member(k: KernelBtf, id: number, name: string, depth = 0): Member | null {
  if (depth > 32) return null;
  const t = k.type(id);
  for (const m of t.members) {
    const bits = t.kflag ? m.offset & 0xffffff : m.offset;
    const bitSize = t.kflag ? m.offset >>> 24 : 0;
    if (m.name === name) return { bits, bitSize, type: m.type };
    if (m.name !== "") continue;
    const inner = skipModifiers(k, m.type);
    if (!isComposite(k.type(inner).kind)) continue;
    const found = member(k, inner, name, depth + 1);
    if (found) return { ...found, bits: bits + found.bits };
  }
  return null;
}

/** Resolves `type`.`path` in kernel BTF; null when no definition of `type` has the field. */
export function findField(k: KernelBtf, type: string, path: readonly string[]): CoreField | null {
  for (const root of k.composites(type)) {
    let id = root;
    let bits = 0;
    let last: Member | null = null;
    for (const [i, name] of path.entries()) {
      last = member(k, id, name);
      if (!last) break;
      bits += last.bits;
      id = skipModifiers(k, last.type);
      if (i < path.length - 1 && !isComposite(k.type(id).kind)) last = null;
      if (!last) break;
    }
    if (!last) continue;
    const size = sizeOf(k, last.type);
    return { offset: Math.floor(bits / 8), size, bitfield: last.bitSize !== 0 || bits % 8 !== 0 };
  }
  return null;
}

const SIZE_BITS: Record<number, number> = { 4: 0x00, 2: 0x08, 1: 0x10, 8: 0x18 };

/**
 * Patches the instruction at byte `at` of `insns` for relocation `r`, given its field in the
 * kernel (null: the field does not exist). `kernel` names the kernel in errors.
 */
export function patchCore(insns: Buffer, at: number, r: CoreRelocation, field: CoreField | null, kernel: string): void {
  const name = `${r.type}.${r.access}`;
  if (r.kind !== "field_exists") {
    if (!field) {
      throw new BfrError("BFR5017", `CO-RE: field "${name}" does not exist in this kernel (${kernel})`,
        `the program reads struct ${r.type}'s "${r.access}", which this kernel's BTF does not have`);
    }
    if (field.bitfield) throw new BfrError("BFR5017", `CO-RE: field "${name}" is a bitfield in this kernel (${kernel}); bfr relocates whole fields only`);
  }
  const value = r.kind === "byte_off" ? field!.offset : r.kind === "byte_sz" ? field!.size : field ? 1 : 0;
  const code = insns[at];
  const memSize = memAccessSize(code);
  const where = `CO-RE relocation "${name}" (${r.kind}) on instruction ${at / 8}`;
  if (memSize !== undefined) {
    if (r.kind !== "byte_off") throw new BfrError("BFR5010", `${where}: only byte_off applies to a memory access`);
    if (value > 0x7fff) throw new BfrError("BFR5017", `${where}: offset ${value} does not fit an instruction's 16-bit offset`);
    insns.writeInt16LE(value, at + 2);
    if (field!.size !== memSize) resize(insns, at, code, field!.size, memSize, where);
    return;
  }
  const cls = code & 0x07;
  const aluK = (cls === 0x04 || cls === 0x07) && (code & 0x08) === 0; // BPF_ALU / BPF_ALU64 with BPF_K
  if (aluK || code === 0x18) {
    insns.writeInt32LE(value, at + 4);
    if (code === 0x18) insns.writeInt32LE(0, at + 12);
    return;
  }
  throw new BfrError("BFR5010", `${where}: opcode 0x${code.toString(16)} cannot be relocated (expected a load/store, an ALU op with an immediate, or ld_imm64)`);
}

/** A load of a field whose size differs in this kernel reads the kernel's size instead (as libbpf does); stores cannot. */
function resize(insns: Buffer, at: number, code: number, size: number, was: number, where: string): void {
  const bits = SIZE_BITS[size];
  if ((code & 0x07) !== 0x01 || bits === undefined) {
    throw new BfrError("BFR5017", `${where}: the field is ${size} bytes in this kernel, the instruction accesses ${was}`);
  }
  insns[at] = (code & ~0x18) | bits;
}
