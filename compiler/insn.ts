// The BPF instruction model: one plain record per instruction, builders named after what they emit
// (documented in pseudo-C), labels for jumps, and the encoder that lays instructions out in 8-byte
// slots, resolves labels into 16-bit offsets (refusing any that do not fit) and collects map
// relocations. Opcode bits follow the UAPI linux/bpf_common.h and linux/bpf.h.

/** Instruction classes (bpf_common.h BPF_CLASS). */
export const CLS = { LD: 0x00, LDX: 0x01, ST: 0x02, STX: 0x03, ALU: 0x04, JMP: 0x05, JMP32: 0x06, ALU64: 0x07 } as const;
/** Access sizes (BPF_SIZE). */
export const SZ = { W: 0x00, H: 0x08, B: 0x10, DW: 0x18 } as const;
/** Modes (BPF_MODE). */
export const MODE = { IMM: 0x00, MEM: 0x60 } as const;
/** Operand source (BPF_SRC): immediate or register. */
export const SRC = { K: 0x00, X: 0x08 } as const;
/** ALU operations (BPF_OP). */
export const ALU = {
  ADD: 0x00, SUB: 0x10, MUL: 0x20, DIV: 0x30, OR: 0x40, AND: 0x50, LSH: 0x60, RSH: 0x70,
  NEG: 0x80, MOD: 0x90, XOR: 0xa0, MOV: 0xb0, ARSH: 0xc0, END: 0xd0,
} as const;
/** Jump operations (BPF_OP for JMP/JMP32). */
export const JMP = {
  JA: 0x00, JEQ: 0x10, JGT: 0x20, JGE: 0x30, JSET: 0x40, JNE: 0x50, JSGT: 0x60, JSGE: 0x70,
  CALL: 0x80, EXIT: 0x90, JLT: 0xa0, JLE: 0xb0, JSLT: 0xc0, JSLE: 0xd0,
} as const;
/** BPF_PSEUDO_CALL: call src marking a BPF-to-BPF call (linux/bpf.h). */
export const PSEUDO_CALL = 1;
/** BPF_PSEUDO_KFUNC_CALL: call src marking a kernel function call (linux/bpf.h). */
export const PSEUDO_KFUNC_CALL = 2;

export type Reg = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export type AluOp = keyof typeof ALU;
export type JmpOp = Exclude<keyof typeof JMP, "JA" | "CALL" | "EXIT">;
export type Size = keyof typeof SZ;

/** A jump target. Bound to a position with `Asm.bind`. */
export interface Label {
  readonly id: number;
  readonly name: string;
}

/** What an instruction refers to besides its fields; resolved or turned into a relocation by `encode`. */
export type InsnRef =
  | { kind: "label"; label: Label }
  | { kind: "map"; name: string }
  | { kind: "subprog"; name: string }
  /** A kernel function, resolved by name in vmlinux BTF by the loader. */
  | { kind: "kfunc"; name: string };

/** A CO-RE field relocation on a load (elf/spec.ts CoreRelocation without the slot index). */
export interface CoreRef {
  type: string;
  access: string;
  pointer?: boolean;
}

export interface Insn {
  code: number;
  dst: number;
  src: number;
  off: number;
  imm: number;
  /** For ld_imm64 (two slots): the full 64-bit value; `imm` then holds its low half. */
  imm64?: bigint;
  ref?: InsnRef;
  /** The load's `off` is the offset of this kernel struct field, relocated by the loader. */
  core?: CoreRef;
}

/** A position marker in an instruction list. */
export interface LabelMark {
  bind: Label;
}

export type Item = Insn | LabelMark;

const s32 = (v: number): number => v | 0;

function op(code: number, dst: number, src: number, off: number, imm: number): Insn {
  return { code, dst, src, off, imm: s32(imm) };
}

/** dst = imm (64-bit; imm sign-extended from 32 bits) */
export const mov = (dst: Reg, imm: number): Insn => op(CLS.ALU64 | ALU.MOV | SRC.K, dst, 0, 0, imm);
/** dst = src (64-bit) */
export const movr = (dst: Reg, src: Reg): Insn => op(CLS.ALU64 | ALU.MOV | SRC.X, dst, src, 0, 0);
/** dst = (u32)imm (upper 32 bits cleared) */
export const mov32 = (dst: Reg, imm: number): Insn => op(CLS.ALU | ALU.MOV | SRC.K, dst, 0, 0, imm);
/** dst = (u32)src (upper 32 bits cleared) */
export const mov32r = (dst: Reg, src: Reg): Insn => op(CLS.ALU | ALU.MOV | SRC.X, dst, src, 0, 0);
/** dst OP= imm (64-bit) */
export const alu = (o: AluOp, dst: Reg, imm: number): Insn => op(CLS.ALU64 | ALU[o] | SRC.K, dst, 0, 0, imm);
/** dst OP= src (64-bit) */
export const alur = (o: AluOp, dst: Reg, src: Reg): Insn => op(CLS.ALU64 | ALU[o] | SRC.X, dst, src, 0, 0);
/** dst = (u32)(dst OP imm) (32-bit) */
export const alu32 = (o: AluOp, dst: Reg, imm: number): Insn => op(CLS.ALU | ALU[o] | SRC.K, dst, 0, 0, imm);
/** dst = (u32)(dst OP src) (32-bit) */
export const alu32r = (o: AluOp, dst: Reg, src: Reg): Insn => op(CLS.ALU | ALU[o] | SRC.X, dst, src, 0, 0);
/** dst = be16/be32/be64(dst): byte swap on this little-endian target (BPF_END | BPF_TO_BE) */
export const be = (dst: Reg, bits: 16 | 32 | 64): Insn => op(CLS.ALU | ALU.END | SRC.X, dst, 0, 0, bits);
/** dst = imm64 (two slots) */
export function ld64(dst: Reg, value: bigint): Insn {
  const v = BigInt.asUintN(64, value);
  return { code: CLS.LD | SZ.DW | MODE.IMM, dst, src: 0, off: 0, imm: s32(Number(v & 0xffffffffn)), imm64: v };
}
/** dst = &map (two slots; relocated: the loader writes the map fd) */
export function ldMap(dst: Reg, name: string): Insn {
  return { code: CLS.LD | SZ.DW | MODE.IMM, dst, src: 0, off: 0, imm: 0, imm64: 0n, ref: { kind: "map", name } };
}
/** dst = *(size *)(src + off) */
export const ldx = (size: Size, dst: Reg, src: Reg, off: number): Insn => op(CLS.LDX | MODE.MEM | SZ[size], dst, src, off, 0);
/** *(size *)(dst + off) = src */
export const stx = (size: Size, dst: Reg, off: number, src: Reg): Insn => op(CLS.STX | MODE.MEM | SZ[size], dst, src, off, 0);
/** *(size *)(dst + off) = imm */
export const st = (size: Size, dst: Reg, off: number, imm: number): Insn => op(CLS.ST | MODE.MEM | SZ[size], dst, 0, off, imm);
/** if (dst OP imm) goto label (64-bit compare, imm sign-extended) */
export const jmp = (o: JmpOp, dst: Reg, imm: number, label: Label): Insn => ({ ...op(CLS.JMP | JMP[o] | SRC.K, dst, 0, 0, imm), ref: { kind: "label", label } });
/** if (dst OP src) goto label (64-bit compare) */
export const jmpr = (o: JmpOp, dst: Reg, src: Reg, label: Label): Insn => ({ ...op(CLS.JMP | JMP[o] | SRC.X, dst, src, 0, 0), ref: { kind: "label", label } });
/** if ((u32)dst OP (u32)imm) goto label (32-bit compare) */
export const jmp32 = (o: JmpOp, dst: Reg, imm: number, label: Label): Insn => ({ ...op(CLS.JMP32 | JMP[o] | SRC.K, dst, 0, 0, imm), ref: { kind: "label", label } });
/** goto label */
export const ja = (label: Label): Insn => ({ ...op(CLS.JMP | JMP.JA, 0, 0, 0, 0), ref: { kind: "label", label } });
/** r0 = helper(r1..r5) */
export const call = (helper: number): Insn => op(CLS.JMP | JMP.CALL, 0, 0, 0, helper);
/** r0 = name(r1..r5), a BPF-to-BPF call (relocated against the callee's symbol) */
export const callSub = (name: string): Insn => ({ ...op(CLS.JMP | JMP.CALL, 0, PSEUDO_CALL, 0, -1), ref: { kind: "subprog", name } });
/** r0 = name(r1..r5), a kfunc call (BPF_PSEUDO_KFUNC_CALL, relocated against the extern symbol) */
export const callKfunc = (name: string): Insn => ({ ...op(CLS.JMP | JMP.CALL, 0, PSEUDO_KFUNC_CALL, 0, 0), ref: { kind: "kfunc", name } });
/** dst = *(size *)(src + offsetof(type, access)), the offset relocated against vmlinux BTF (CO-RE) */
export const ldxCore = (size: Size, dst: Reg, src: Reg, core: CoreRef, localOff = 0): Insn => ({ ...ldx(size, dst, src, localOff), core });
/** return r0 */
export const exit = (): Insn => op(CLS.JMP | JMP.EXIT, 0, 0, 0, 0);

export const isLd64 = (i: Insn): boolean => i.code === (CLS.LD | SZ.DW | MODE.IMM);
export const isMark = (i: Item): i is LabelMark => (i as LabelMark).bind !== undefined;

/** Slots an item occupies once encoded. */
export const slotsOf = (i: Item): number => (isMark(i) ? 0 : isLd64(i) ? 2 : 1);

/** BPF helper ids (UAPI enum bpf_func_id / __BPF_FUNC_MAPPER). */
export const HELPER = {
  map_lookup_elem: 1,
  ringbuf_output: 130,
  ringbuf_reserve: 131,
  ringbuf_submit: 132,
  ktime_get_boot_ns: 125,
  get_current_pid_tgid: 14,
  get_current_comm: 16,
  dynptr_read: 201,
  get_prandom_u32: 7,
  redirect: 23,
  skb_load_bytes: 26,
  skb_pull_data: 39,
  get_hash_recalc: 34,
  xdp_load_bytes: 189,
} as const;

/** A sequence of instructions under construction, with fresh labels. Sequences made by `fork`
 *  share label numbering, so code can be generated out of line and appended later. */
export class Asm {
  readonly items: Item[] = [];
  private readonly counter: { next: number };

  constructor(counter?: { next: number }) {
    this.counter = counter ?? { next: 0 };
  }
  label(name = "L"): Label {
    return { id: this.counter.next++, name };
  }
  emit(...insns: Insn[]): void {
    for (const i of insns) this.items.push(i);
  }
  bind(label: Label): void {
    this.items.push({ bind: label });
  }
  /** A fresh label bound here: names the position of the next instruction. */
  here(name = "at"): Label {
    const l = this.label(name);
    this.bind(l);
    return l;
  }
  /** An empty sequence sharing this one's labels. */
  fork(): Asm {
    return new Asm(this.counter);
  }
  /** Move `other`'s items to the end of this sequence. */
  append(other: Asm): void {
    for (const i of other.items) this.items.push(i);
    other.items.length = 0;
  }
}

export interface Encoded {
  bytes: Uint8Array;
  /** Slot of every bound label, by label id. */
  labels: Map<number, number>;
  /** Map references: slot index and map name. */
  maps: { insn: number; name: string }[];
  /** Sub-program calls: slot index and callee name. */
  calls: { insn: number; name: string }[];
  /** Kernel function calls: slot index and function name. */
  kfuncs: { insn: number; name: string }[];
  /** CO-RE relocated loads: slot index and field. */
  cores: ({ insn: number } & CoreRef)[];
  slots: number;
}

/** Thrown when a jump does not fit in 16 bits or a label is unbound: a code generator bug. */
export class EncodeError extends Error {}

function layout(items: readonly Item[]): Map<number, number> {
  const at = new Map<number, number>();
  let slot = 0;
  for (const it of items) {
    if (isMark(it)) {
      if (at.has(it.bind.id)) throw new EncodeError(`label ${it.bind.name}#${it.bind.id} bound twice`);
      at.set(it.bind.id, slot);
    } else slot += slotsOf(it);
  }
  return at;
}

const isJa = (i: Insn): boolean => i.code === (CLS.JMP | JMP.JA) && i.ref?.kind === "label";

/** Drop `goto L` where L is bound right after it (only label marks in between). */
export function dropFallthroughJumps(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!isMark(it) && isJa(it)) {
      const target = (it.ref as { label: Label }).label.id;
      let j = i + 1;
      let falls = false;
      for (; j < items.length && isMark(items[j]); j++) if ((items[j] as LabelMark).bind.id === target) falls = true;
      if (falls) continue;
    }
    out.push(it);
  }
  return out;
}

/** Encode instructions into 8-byte slots: code, dst:4|src:4, off (s16 LE), imm (s32 LE). */
export function encode(input: readonly Item[]): Encoded {
  const items = dropFallthroughJumps(input);
  const at = layout(items);
  const n = items.reduce((a, i) => a + slotsOf(i), 0);
  const bytes = new Uint8Array(n * 8);
  const view = new DataView(bytes.buffer);
  const maps: Encoded["maps"] = [];
  const calls: Encoded["calls"] = [];
  const kfuncs: Encoded["kfuncs"] = [];
  const cores: Encoded["cores"] = [];
  let slot = 0;
  for (const it of items) {
    if (isMark(it)) continue;
    let off = it.off;
    const ref = it.ref;
    if (ref?.kind === "label") {
      const target = at.get(ref.label.id);
      if (target === undefined) throw new EncodeError(`label ${ref.label.name}#${ref.label.id} never bound`);
      off = target - (slot + 1);
    } else if (ref?.kind === "map") maps.push({ insn: slot, name: ref.name });
    else if (ref?.kind === "subprog") calls.push({ insn: slot, name: ref.name });
    else if (ref?.kind === "kfunc") kfuncs.push({ insn: slot, name: ref.name });
    if (it.core) cores.push({ insn: slot, ...it.core });
    if (off < -32768 || off > 32767) {
      throw new EncodeError(`jump at instruction ${slot} needs offset ${off}, outside the 16-bit range`);
    }
    const p = slot * 8;
    view.setUint8(p, it.code);
    view.setUint8(p + 1, ((it.src & 0xf) << 4) | (it.dst & 0xf));
    view.setInt16(p + 2, off, true);
    view.setInt32(p + 4, it.imm, true);
    if (isLd64(it)) {
      const hi = Number(((it.imm64 ?? 0n) >> 32n) & 0xffffffffn) | 0;
      view.setInt32(p + 12, ref?.kind === "map" ? 0 : hi, true);
      slot += 2;
    } else slot += 1;
  }
  return { bytes, labels: at, maps, calls, kfuncs, cores, slots: n };
}
