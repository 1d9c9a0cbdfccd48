// Linking and relocation of one program: the program's function, then every sub-program it calls
// (transitively, each once, in first-call order), with call offsets fixed and map references
// turned into map fds (ld_imm64 src = BPF_PSEUDO_MAP_FD), kfunc calls into vmlinux BTF ids and
// CO-RE records into the running kernel's field offsets (loader/core-relo.ts). Also the
// interface-index patches of our metadata and the func_info / line_info records PROG_LOAD takes,
// re-based on the linked layout.

import { BfrError } from "../elf/errors.js";
import type { FunctionSpec, LineInfo, ObjectSpec } from "../elf/spec.js";
import { findField, patchCore } from "./core-relo.js";
import { vmlinuxBtf, type KernelBtf } from "./vmlinux.js";

/** Instruction fields (UAPI struct bpf_insn): code u8, dst:4 src:4, off s16, imm s32. */
const LD_IMM64 = 0x18;
const CALL = 0x85;
/** ld_imm64 src values (UAPI): map fd, map value (for .rodata). */
export const PSEUDO_MAP_FD = 1;
export const PSEUDO_CALL = 1;
export const PSEUDO_KFUNC_CALL = 2;
const R_BPF_64_64 = 1;
const R_BPF_64_32 = 10;

export interface Placed {
  fn: FunctionSpec;
  /** Index of the function's first instruction in the linked program. */
  base: number;
}

export interface LinkedProgram {
  main: FunctionSpec;
  /** The instructions, relocated as far as `link` can (calls); maps and ifindexes by `relocate`. */
  insns: Buffer;
  /** Main first, then the sub-programs in placement order. */
  placed: Placed[];
  /** Every map name the linked code refers to, in first-reference order. */
  maps: string[];
}

function findFunction(spec: ObjectSpec, name: string, from: FunctionSpec): FunctionSpec {
  const fn = spec.functions.find((f) => f.name === name);
  if (!fn) throw new BfrError("BFR5010", `function "${from.name}" calls "${name}", which the object does not define`);
  return fn;
}

/** Places `main` and every sub-program it reaches; fixes BPF-to-BPF call immediates. */
export function link(spec: ObjectSpec, main: FunctionSpec): LinkedProgram {
  const placed: Placed[] = [{ fn: main, base: 0 }];
  const index = new Map<FunctionSpec, number>([[main, 0]]);
  let total = main.insns.length / 8;
  for (let i = 0; i < placed.length; i++) {
    for (const r of placed[i].fn.relocations) {
      if (r.target.kind !== "subprog") continue;
      const callee = findFunction(spec, r.target.name, placed[i].fn);
      if (index.has(callee)) continue;
      index.set(callee, placed.length);
      placed.push({ fn: callee, base: total });
      total += callee.insns.length / 8;
    }
  }
  const insns = Buffer.alloc(total * 8);
  const maps: string[] = [];
  for (const p of placed) {
    insns.set(p.fn.insns, p.base * 8);
    for (const r of p.fn.relocations) {
      const at = (p.base + r.insn) * 8;
      if (at + 8 > insns.length || r.insn < 0) {
        throw new BfrError("BFR5010", `function "${p.fn.name}": relocation at instruction ${r.insn} is outside the function`);
      }
      if (r.target.kind === "subprog") {
        expectOpcode(insns, at, CALL, r.type === R_BPF_64_32, p.fn, r.insn, "a call");
        const callee = placed[index.get(findFunction(spec, r.target.name, p.fn))!];
        insns[at + 1] = (insns[at + 1] & 0x0f) | (PSEUDO_CALL << 4);
        insns.writeInt32LE(callee.base - (p.base + r.insn) - 1, at + 4);
      } else if (r.target.kind === "map") {
        expectOpcode(insns, at, LD_IMM64, r.type === R_BPF_64_64, p.fn, r.insn, "an ld_imm64");
        if (!maps.includes(r.target.name)) maps.push(r.target.name);
      }
    }
  }
  return { main, insns, placed, maps };
}

function expectOpcode(insns: Buffer, at: number, op: number, typeOk: boolean, fn: FunctionSpec, insn: number, what: string): void {
  if (insns[at] !== op || !typeOk) {
    throw new BfrError("BFR5010", `function "${fn.name}": relocation at instruction ${insn} is not on ${what} (opcode 0x${insns[at].toString(16)})`);
  }
}

export interface Resolver {
  /** fd of a created map. */
  mapFd(name: string): number;
  /** BTF id of a kernel function in vmlinux (throws when kfuncs cannot be resolved). */
  kfunc(name: string): { btfId: number; btfFdIndex: number };
  /** Kernel BTF for CO-RE relocations; default: the running kernel's, read only when needed. */
  kernelBtf?(): KernelBtf;
}

/** Writes map fds, kfunc ids and CO-RE field offsets into a linked program (in place). */
export function relocate(prog: LinkedProgram, resolve: Resolver): void {
  relocateSymbols(prog, resolve);
  for (const p of prog.placed) {
    for (const r of p.fn.coreRelocs ?? []) {
      if (r.insn < 0 || r.insn >= p.fn.insns.length / 8) {
        throw new BfrError("BFR5010", `function "${p.fn.name}": CO-RE relocation at instruction ${r.insn} is outside the function`);
      }
      const k = resolve.kernelBtf ? resolve.kernelBtf() : vmlinuxBtf();
      patchCore(prog.insns, (p.base + r.insn) * 8, r, findField(k, r.type, r.access.split(".")), k.describe);
    }
  }
}

function relocateSymbols(prog: LinkedProgram, resolve: Resolver): void {
  for (const p of prog.placed) {
    for (const r of p.fn.relocations) {
      const at = (p.base + r.insn) * 8;
      if (r.target.kind === "map") {
        prog.insns[at + 1] = (prog.insns[at + 1] & 0x0f) | (PSEUDO_MAP_FD << 4);
        prog.insns.writeInt32LE(resolve.mapFd(r.target.name), at + 4);
        prog.insns.writeInt32LE(0, at + 12);
      } else if (r.target.kind === "kfunc") {
        const k = resolve.kfunc(r.target.name);
        prog.insns[at + 1] = (prog.insns[at + 1] & 0x0f) | (PSEUDO_KFUNC_CALL << 4);
        prog.insns.writeInt16LE(k.btfFdIndex, at + 2);
        prog.insns.writeInt32LE(k.btfId, at + 4);
      }
    }
  }
}

/** Sets the imm of each listed instruction of the main function to `value` (an ifindex). */
export function patchImm(prog: LinkedProgram, insns: readonly number[], value: number, what: string): void {
  const count = prog.main.insns.length / 8;
  for (const i of insns) {
    if (!Number.isInteger(i) || i < 0 || i >= count) {
      throw new BfrError("BFR5010", `${what}: instruction ${i} is outside function "${prog.main.name}"`);
    }
    prog.insns.writeInt32LE(value, i * 8 + 4);
  }
}

/** Where linked instruction `insn` came from: its function and the source line that produced it. */
export function sourceOf(prog: LinkedProgram, insn: number): { fn: FunctionSpec; line: LineInfo | null } | null {
  for (let k = prog.placed.length - 1; k >= 0; k--) {
    const p = prog.placed[k];
    if (insn < p.base || insn >= p.base + p.fn.insns.length / 8) continue;
    const local = insn - p.base;
    let line: LineInfo | null = null;
    for (const l of p.fn.lineInfo) if (l.insn <= local) line = l;
    return { fn: p.fn, line };
  }
  return null;
}

/** String offsets and FUNC type ids in the loaded BTF, for the records below. */
export interface InfoBtf {
  funcTypeId(name: string): number;
  strOffset(s: string): number;
}

/** struct bpf_func_info[]: {insn_off u32, type_id u32} per placed function. */
export function funcInfo(prog: LinkedProgram, btf: InfoBtf): Buffer {
  const b = Buffer.alloc(prog.placed.length * 8);
  prog.placed.forEach((p, i) => {
    b.writeUInt32LE(p.base, i * 8);
    b.writeUInt32LE(btf.funcTypeId(p.fn.name), i * 8 + 4);
  });
  return b;
}

/**
 * struct bpf_line_info[]: {insn_off, file_name_off, line_off, line_col = line << 10 | col}.
 * The kernel wants a record on every function's first instruction; when some function has none
 * (a foreign object without .BTF.ext) no line info is sent at all (undefined).
 */
export function lineInfo(prog: LinkedProgram, btf: InfoBtf): Buffer | undefined {
  if (prog.placed.some((p) => p.fn.lineInfo[0]?.insn !== 0)) return undefined;
  const records = prog.placed.flatMap((p) => p.fn.lineInfo.map((l) => ({ base: p.base, l })));
  const b = Buffer.alloc(records.length * 16);
  records.forEach(({ base, l }, i) => {
    b.writeUInt32LE(base + l.insn, i * 16);
    b.writeUInt32LE(btf.strOffset(l.file), i * 16 + 4);
    b.writeUInt32LE(btf.strOffset(l.text), i * 16 + 8);
    b.writeUInt32LE(((l.line << 10) | (l.col & 0x3ff)) >>> 0, i * 16 + 12);
  });
  return b;
}
