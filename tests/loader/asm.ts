// A tiny hand encoder for the test programs (UAPI struct bpf_insn: code, dst:4|src:4, off s16,
// imm s32). Tests spell programs with it so they do not depend on the compiler's encoder.

export type Insn = Uint8Array;

function insn(code: number, dst: number, src: number, off: number, imm: number): Insn {
  const b = Buffer.alloc(8);
  b[0] = code;
  b[1] = (dst & 0xf) | ((src & 0xf) << 4);
  b.writeInt16LE(off, 2);
  b.writeInt32LE(imm, 4);
  return b;
}

const SIZE = { w: 0x00, h: 0x08, b: 0x10, dw: 0x18 } as const;
type Size = keyof typeof SIZE;

/** dst = imm (64-bit) */
export const movImm = (dst: number, imm: number): Insn => insn(0xb7, dst, 0, 0, imm);
/** dst = src (64-bit) */
export const movReg = (dst: number, src: number): Insn => insn(0xbf, dst, src, 0, 0);
/** dst += imm (64-bit) */
export const addImm = (dst: number, imm: number): Insn => insn(0x07, dst, 0, 0, imm);
/** dst += src (64-bit) */
export const addReg = (dst: number, src: number): Insn => insn(0x0f, dst, src, 0, 0);
/** dst = *(size *)(src + off) */
export const ldx = (size: Size, dst: number, src: number, off: number): Insn => insn(0x61 | SIZE[size], dst, src, off, 0);
/** *(size *)(dst + off) = src */
export const stx = (size: Size, dst: number, src: number, off: number): Insn => insn(0x63 | SIZE[size], dst, src, off, 0);
/** *(size *)(dst + off) = imm */
export const st = (size: Size, dst: number, off: number, imm: number): Insn => insn(0x62 | SIZE[size], dst, 0, off, imm);
/** if dst == imm goto +off */
export const jeqImm = (dst: number, imm: number, off: number): Insn => insn(0x15, dst, 0, off, imm);
/** call helper #id */
export const call = (id: number): Insn => insn(0x85, 0, 0, 0, id);
/** call a sub-program (imm filled by the loader's relocation) */
export const callLocal = (): Insn => insn(0x85, 0, 1, 0, -1);
export const exit = (): Insn => insn(0x95, 0, 0, 0, 0);
/** dst = imm64 (two slots); with imm 0 and a relocation this is a map reference */
export const ldImm64 = (dst: number, imm = 0): Insn => Buffer.concat([insn(0x18, dst, 0, 0, imm), insn(0, 0, 0, 0, 0)]);

export function program(...insns: Insn[]): Uint8Array {
  return new Uint8Array(Buffer.concat(insns));
}
