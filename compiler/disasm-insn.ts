// The instruction decoder of the disassembler: raw BPF bytes (the standard 8-byte encoding,
// little-endian, `ld_imm64` taking two slots) to one line of the verifier's syntax each, as
// `bpftool prog dump xlated` prints it. It depends on no instruction builder of the compiler, so
// it also reads foreign objects and checks the encoder independently. Encoding facts from the
// UAPI linux/bpf.h and linux/bpf_common.h and the kernel's Documentation/bpf/standardization.

import { helperName } from "./disasm-helpers.js";

/** One decoded instruction; `ld_imm64` has `slots` 2 and its upper 32 bits in `imm2`. */
export interface RawInsn {
  /** Index of the (first) 8-byte slot in the function. */
  index: number;
  opcode: number;
  dst: number;
  src: number;
  off: number;
  imm: number;
  imm2: number;
  slots: 1 | 2;
}

/** Opcode classes (BPF_CLASS, low 3 bits). */
const CLASS = { LD: 0, LDX: 1, ST: 2, STX: 3, ALU: 4, JMP: 5, JMP32: 6, ALU64: 7 } as const;
/** Memory modes (BPF_MODE, bits 5-7). */
const MODE = { IMM: 0x00, ABS: 0x20, IND: 0x40, MEM: 0x60, MEMSX: 0x80, ATOMIC: 0xc0 } as const;
/** BPF_SIZE (bits 3-4) → C type. */
const SIZE_NAME: Record<number, string> = { 0x00: "u32", 0x08: "u16", 0x10: "u8", 0x18: "u64" };
const SSIZE_NAME: Record<number, string> = { 0x00: "s32", 0x08: "s16", 0x10: "s8", 0x18: "s64" };

/** ld_imm64 src values (BPF_PSEUDO_*). */
export const PSEUDO = { MAP_FD: 1, MAP_VALUE: 2, BTF_ID: 3, FUNC: 4, MAP_IDX: 5, MAP_IDX_VALUE: 6 } as const;
/** call src values: BPF_PSEUDO_CALL (bpf-to-bpf), BPF_PSEUDO_KFUNC_CALL. */
export const PSEUDO_CALL = 1;
export const PSEUDO_KFUNC_CALL = 2;

const ALU_OPS: Record<number, string> = {
  0x00: "+=", 0x10: "-=", 0x20: "*=", 0x30: "/=", 0x40: "|=", 0x50: "&=", 0x60: "<<=", 0x70: ">>=",
  0x90: "%=", 0xa0: "^=", 0xb0: "=", 0xc0: "s>>=",
};
const JMP_OPS: Record<number, string> = {
  0x10: "==", 0x20: ">", 0x30: ">=", 0x40: "&", 0x50: "!=", 0x60: "s>", 0x70: "s>=",
  0xa0: "<", 0xb0: "<=", 0xc0: "s<", 0xd0: "s<=",
};
const ATOMIC_OPS: Record<number, string> = { 0x00: "add", 0x40: "or", 0x50: "and", 0xa0: "xor" };
const ATOMIC_FETCH = 0x01;
const ATOMIC_XCHG = 0xe0 | ATOMIC_FETCH;
const ATOMIC_CMPXCHG = 0xf0 | ATOMIC_FETCH;
const LOAD_ACQ = 0x100;
const STORE_REL = 0x110;

/** Split a function's bytes into instructions (a trailing partial slot is an error). */
export function decodeInsns(bytes: Uint8Array): RawInsn[] {
  if (bytes.length % 8 !== 0) throw new Error(`instruction bytes not a multiple of 8 (${bytes.length})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: RawInsn[] = [];
  const n = bytes.length / 8;
  for (let i = 0; i < n; i++) {
    const insn = slot(view, i);
    if (insn.opcode === 0x18 && i + 1 < n) {
      insn.imm2 = view.getInt32((i + 1) * 8 + 4, true);
      insn.slots = 2;
      out.push(insn);
      i++;
    } else {
      out.push(insn);
    }
  }
  return out;
}

function slot(view: DataView, i: number): RawInsn {
  const b = i * 8;
  const regs = view.getUint8(b + 1);
  return {
    index: i, opcode: view.getUint8(b), dst: regs & 0x0f, src: regs >> 4,
    off: view.getInt16(b + 2, true), imm: view.getInt32(b + 4, true), imm2: 0, slots: 1,
  };
}

/** How the caller wants symbols and jump targets printed. */
export interface FormatEnv {
  /** Operand of a jump to slot `target` (`off` as encoded): e.g. `+3 <L4>`. */
  jump(off: number, target: number): string;
  /** Symbolic text of an ld_imm64 at `index` that a relocation names (e.g. `map[counters]`), or null. */
  ldImm64Symbol(insn: RawInsn): string | null;
  /** Text of a bpf-to-bpf or kfunc call target (e.g. `<ip6_walk>`), or null. */
  callSymbol(insn: RawInsn): string | null;
}

const reg = (n: number): string => `r${n}`;
const wreg = (n: number): string => `w${n}`;
const signedOff = (off: number): string => (off < 0 ? `${off}` : `+${off}`);
const hex32 = (v: number): string => `0x${(v >>> 0).toString(16)}`;

/** One instruction in the verifier's syntax. */
export function formatInsn(insn: RawInsn, env: FormatEnv): string {
  switch (insn.opcode & 0x07) {
    case CLASS.ALU:
    case CLASS.ALU64:
      return formatAlu(insn);
    case CLASS.JMP:
    case CLASS.JMP32:
      return formatJmp(insn, env);
    case CLASS.LD:
      return formatLd(insn, env);
    case CLASS.LDX:
      return formatLdx(insn);
    default:
      return formatStore(insn);
  }
}

function formatAlu(insn: RawInsn): string {
  const is64 = (insn.opcode & 0x07) === CLASS.ALU64;
  const r = is64 ? reg : wreg;
  const op = insn.opcode & 0xf0;
  const isX = (insn.opcode & 0x08) !== 0;
  if (op === 0x80) return `${r(insn.dst)} = -${r(insn.dst)}`;
  if (op === 0xd0) return formatEndian(insn, is64, isX);
  if (op === 0xb0 && isX && insn.off !== 0) {
    // MOVSX (ISA v4): sign-extending move, off = source width in bits
    return `${r(insn.dst)} = (s${insn.off})${r(insn.src)}`;
  }
  let sym = ALU_OPS[op];
  if (sym === undefined) return invalid(insn);
  if ((op === 0x30 || op === 0x90) && insn.off === 1) sym = `s${sym}`; // SDIV / SMOD (ISA v4)
  const rhs = isX ? r(insn.src) : `${insn.imm}`;
  return `${r(insn.dst)} ${sym} ${rhs}`;
}

function formatEndian(insn: RawInsn, is64: boolean, toBe: boolean): string {
  // ALU class: BPF_TO_LE / BPF_TO_BE selected by the source bit; ALU64: unconditional bswap (v4)
  const kind = is64 ? "bswap" : toBe ? "be" : "le";
  return `${reg(insn.dst)} = ${kind}${insn.imm} ${reg(insn.dst)}`;
}

function formatJmp(insn: RawInsn, env: FormatEnv): string {
  const is32 = (insn.opcode & 0x07) === CLASS.JMP32;
  const op = insn.opcode & 0xf0;
  if (op === 0x00) {
    // JA: JMP uses off, JMP32 ("gotol", ISA v4) uses imm
    const off = is32 ? insn.imm : insn.off;
    return `${is32 ? "gotol" : "goto"} ${env.jump(off, insn.index + off + 1)}`;
  }
  if (!is32 && op === 0x80) return formatCall(insn, env);
  if (!is32 && op === 0x90) return "exit";
  if (!is32 && op === 0xe0) return `may_goto ${env.jump(insn.off, insn.index + insn.off + 1)}`;
  const sym = JMP_OPS[op];
  if (sym === undefined) return invalid(insn);
  const r = is32 ? wreg : reg;
  const rhs = insn.opcode & 0x08 ? r(insn.src) : hex32(insn.imm);
  return `if ${r(insn.dst)} ${sym} ${rhs} goto ${env.jump(insn.off, insn.index + insn.off + 1)}`;
}

function formatCall(insn: RawInsn, env: FormatEnv): string {
  const sym = env.callSymbol(insn);
  if (insn.src === PSEUDO_CALL) {
    const target = insn.index + insn.imm + 1;
    return sym ? `call ${sym}` : `call pc${env.jump(insn.imm, target)}`;
  }
  if (insn.src === PSEUDO_KFUNC_CALL) return sym ? `call ${sym}` : `call kfunc#${insn.imm}`;
  const name = helperName(insn.imm);
  return `call ${name ?? "unknown"}#${insn.imm}`;
}

function formatLd(insn: RawInsn, env: FormatEnv): string {
  const mode = insn.opcode & 0xe0;
  const size = SIZE_NAME[insn.opcode & 0x18];
  if (mode === MODE.ABS) return `r0 = *(${size} *)skb[${insn.imm}]`;
  if (mode === MODE.IND) return `r0 = *(${size} *)skb[${reg(insn.src)} + ${insn.imm}]`;
  if (insn.opcode !== 0x18 || insn.slots !== 2) return invalid(insn);
  const sym = env.ldImm64Symbol(insn);
  if (sym) return `${reg(insn.dst)} = ${sym} ll`;
  switch (insn.src) {
    case PSEUDO.MAP_FD:
      return `${reg(insn.dst)} = map[fd:${insn.imm}] ll`;
    case PSEUDO.MAP_VALUE:
      return `${reg(insn.dst)} = map[fd:${insn.imm}]+${insn.imm2} ll`;
    case PSEUDO.BTF_ID:
      return `${reg(insn.dst)} = btf_id[${insn.imm}] ll`;
    case PSEUDO.FUNC:
      return `${reg(insn.dst)} = func[pc${signedOff(insn.imm)}] ll`;
    case PSEUDO.MAP_IDX:
      return `${reg(insn.dst)} = map[idx:${insn.imm}] ll`;
    case PSEUDO.MAP_IDX_VALUE:
      return `${reg(insn.dst)} = map[idx:${insn.imm}]+${insn.imm2} ll`;
    default:
      return `${reg(insn.dst)} = ${imm64Hex(insn)} ll`;
  }
}

/** The 64-bit immediate of an ld_imm64 as hex. */
export function imm64Hex(insn: RawInsn): string {
  const v = (BigInt(insn.imm2 >>> 0) << 32n) | BigInt(insn.imm >>> 0);
  return `0x${v.toString(16)}`;
}

function formatLdx(insn: RawInsn): string {
  const mode = insn.opcode & 0xe0;
  const size = insn.opcode & 0x18;
  if (mode !== MODE.MEM && mode !== MODE.MEMSX) return invalid(insn);
  const type = mode === MODE.MEMSX ? SSIZE_NAME[size] : SIZE_NAME[size];
  return `${reg(insn.dst)} = *(${type} *)(${reg(insn.src)} ${signedOff(insn.off)})`;
}

function formatStore(insn: RawInsn): string {
  const mode = insn.opcode & 0xe0;
  const type = SIZE_NAME[insn.opcode & 0x18];
  const mem = `(${type} *)(${reg(insn.dst)} ${signedOff(insn.off)})`;
  const isStx = (insn.opcode & 0x07) === CLASS.STX;
  if (mode === MODE.MEM) return `*${mem} = ${isStx ? reg(insn.src) : insn.imm}`;
  if (mode === MODE.ATOMIC && isStx) return formatAtomic(insn, mem);
  return invalid(insn);
}

function formatAtomic(insn: RawInsn, mem: string): string {
  const w = (insn.opcode & 0x18) === 0x18 ? "64" : "";
  const src = reg(insn.src);
  const op = ATOMIC_OPS[insn.imm & ~ATOMIC_FETCH];
  if (op !== undefined && !(insn.imm & ATOMIC_FETCH)) {
    const sym = { add: "+=", or: "|=", and: "&=", xor: "^=" }[op];
    return `lock *${mem} ${sym} ${src}`;
  }
  if (op !== undefined) return `${src} = atomic${w}_fetch_${op}(${mem}, ${src})`;
  if (insn.imm === ATOMIC_XCHG) return `${src} = atomic${w}_xchg(${mem}, ${src})`;
  if (insn.imm === ATOMIC_CMPXCHG) return `r0 = atomic${w}_cmpxchg(${mem}, r0, ${src})`;
  if (insn.imm === LOAD_ACQ) {
    // load-acquire reads (src + off) into dst
    const type = SIZE_NAME[insn.opcode & 0x18];
    return `${reg(insn.dst)} = load_acquire((${type} *)(${src} ${signedOff(insn.off)}))`;
  }
  if (insn.imm === STORE_REL) return `store_release(${mem}, ${src})`;
  return invalid(insn);
}

function invalid(insn: RawInsn): string {
  return `invalid opcode 0x${insn.opcode.toString(16).padStart(2, "0")}`;
}

/** The bytes of slot `i` as `b7 00 00 00 02 00 00 00`. */
export function slotHex(bytes: Uint8Array, i: number): string {
  return Array.from(bytes.subarray(i * 8, i * 8 + 8), (b) => b.toString(16).padStart(2, "0")).join(" ");
}

/** The slot a jump (not a call or exit) lands on, or null for any other instruction. */
export function jumpTarget(insn: RawInsn): number | null {
  const cls = insn.opcode & 0x07;
  if (cls !== CLASS.JMP && cls !== CLASS.JMP32) return null;
  const op = insn.opcode & 0xf0;
  if (op === 0x80 || op === 0x90) return null;
  if (op === 0x00 && cls === CLASS.JMP32) return insn.index + insn.imm + 1;
  return insn.index + insn.off + 1;
}

/** True for `call` with BPF_PSEUDO_CALL (a bpf-to-bpf call whose imm is pc-relative). */
export function isPseudoCall(insn: RawInsn): boolean {
  return insn.opcode === 0x85 && insn.src === PSEUDO_CALL;
}
