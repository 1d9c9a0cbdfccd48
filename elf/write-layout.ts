// The code layout of elf/write: which code sections exist and in what order (program sections by
// first appearance in spec.functions, then `.text`), where each function lands, the call
// immediates patched for sub-program calls, and the relocation entries. Also the checks that
// turn a malformed ObjectSpec (a compiler bug) into a clear BfrError BFR41xx instead of a bad file.

import { INSN, R_BPF, SEC, STT } from "./elf-consts.js";
import { BfrError } from "./errors.js";
import type { FunctionSpec, ObjectSpec } from "./spec.js";

export interface PlacedFunction {
  f: FunctionSpec;
  /** Byte offset in its section. */
  off: number;
}

export interface CodeReloc {
  offset: number;
  type: number;
  /** Key of the symbol: `section:<name>` (sub-program calls), `1:<map>`, `0:<kfunc>`. */
  symbol: string;
}

export interface CodeSection {
  name: string;
  bytes: Uint8Array;
  funcs: PlacedFunction[];
  relocs: CodeReloc[];
}

const fail = (message: string): never => {
  throw new BfrError("BFR4103", `invalid object spec: ${message}`);
};

export function layoutCode(spec: ObjectSpec): CodeSection[] {
  checkNames(spec);
  const order: string[] = [];
  for (const f of spec.functions) if (f.section !== SEC.TEXT && !order.includes(f.section)) order.push(f.section);
  if (spec.functions.some((f) => f.section === SEC.TEXT)) order.push(SEC.TEXT);
  const placed = new Map<string, PlacedFunction>();
  const sections = order.map((name) => {
    let off = 0;
    const funcs = spec.functions.filter((f) => f.section === name).map((f) => {
      const p = { f, off };
      placed.set(f.name, p);
      off += f.insns.length;
      return p;
    });
    return { name, funcs, size: off };
  });
  const maps = new Set(spec.maps.map((m) => m.name));
  return sections.map((s) => {
    const bytes = new Uint8Array(s.size);
    const view = new DataView(bytes.buffer);
    const relocs: CodeReloc[] = [];
    for (const { f, off } of s.funcs) {
      bytes.set(f.insns, off);
      for (const r of f.relocations) relocs.push(relocate(f, r, off, view, placed, maps));
    }
    relocs.sort((a, b) => a.offset - b.offset);
    return { name: s.name, bytes, funcs: s.funcs, relocs };
  });
}

/** Section names the format uses for itself. */
const RESERVED = new Set<string>(["", SEC.STRTAB, SEC.SYMTAB, SEC.MAPS, SEC.LICENSE, SEC.BTF, SEC.BTF_EXT]);

function checkNames(spec: ObjectSpec): void {
  const names = new Set<string>();
  for (const f of spec.functions) {
    if (f.name === "" || names.has(f.name)) fail(`function name "${f.name}" is empty or not unique`);
    names.add(f.name);
    if (RESERVED.has(f.section) || f.section.startsWith(SEC.BFR_PREFIX) || f.section.startsWith(".rel")) {
      fail(`function "${f.name}": section name "${f.section}" is reserved`);
    }
    if (f.insns.length === 0 || f.insns.length % INSN.SIZE !== 0) fail(`function "${f.name}": ${f.insns.length} bytes of instructions`);
    const n = f.insns.length / INSN.SIZE;
    // The kernel wants line_info strictly increasing (verifier check_btf_line); so does the round trip.
    f.lineInfo.forEach((l, i) => {
      if (!Number.isInteger(l.insn) || l.insn < 0 || l.insn >= n || (i > 0 && l.insn <= f.lineInfo[i - 1].insn)) {
        fail(`function "${f.name}": line info at instruction ${l.insn} is out of range or out of order`);
      }
    });
    f.relocations.forEach((r, i) => {
      if (i > 0 && r.insn <= f.relocations[i - 1].insn) fail(`function "${f.name}": relocations are not sorted by instruction`);
    });
  }
  const bfr = new Set<string>();
  for (const b of spec.bfr) {
    if (b.name === "" || bfr.has(b.name)) fail(`metadata section name "${b.name}" is empty or not unique`);
    bfr.add(b.name);
  }
  const maps = new Set<string>();
  for (const m of spec.maps) {
    if (m.name === "" || maps.has(m.name)) fail(`map name "${m.name}" is empty or not unique`);
    maps.add(m.name);
  }
}

/**
 * One relocation entry. A call to a sub-program is written the way clang writes a static call:
 * R_BPF_64_32 against the callee's section symbol, with imm = callee offset / 8 − 1 (libbpf takes
 * the callee at symbol value / 8 + imm + 1). Calls always get src = BPF_PSEUDO_CALL; libbpf and our
 * loader turn kfunc calls into BPF_PSEUDO_KFUNC_CALL when they resolve the kernel BTF id.
 */
function relocate(
  f: FunctionSpec,
  r: FunctionSpec["relocations"][number],
  off: number,
  view: DataView,
  placed: Map<string, PlacedFunction>,
  maps: Set<string>,
): CodeReloc {
  const where = `function "${f.name}" instruction ${r.insn}`;
  if (!Number.isInteger(r.insn) || r.insn < 0 || (r.insn + 1) * INSN.SIZE > f.insns.length) fail(`${where}: relocation out of range`);
  const at = off + r.insn * INSN.SIZE;
  const opcode = view.getUint8(at);
  if (r.target.kind === "map") {
    if (r.type !== R_BPF.R_64_64 || opcode !== INSN.LD_IMM64) fail(`${where}: a map relocation needs R_BPF_64_64 on ld_imm64`);
    if (!maps.has(r.target.name)) fail(`${where}: no map named "${r.target.name}"`);
    return { offset: at, type: r.type, symbol: `${STT.OBJECT}:${r.target.name}` };
  }
  if (r.type !== R_BPF.R_64_32 || opcode !== INSN.CALL) fail(`${where}: a call relocation needs R_BPF_64_32 on a call`);
  view.setUint8(at + 1, (INSN.PSEUDO_CALL << 4) | (view.getUint8(at + 1) & 0x0f));
  if (r.target.kind === "kfunc") {
    view.setInt32(at + 4, -1, true);
    return { offset: at, type: r.type, symbol: `${STT.NOTYPE}:${r.target.name}` };
  }
  const callee = placed.get(r.target.name) ?? fail(`${where}: no function named "${r.target.name}"`);
  view.setInt32(at + 4, callee.off / INSN.SIZE - 1, true);
  return { offset: at, type: r.type, symbol: `section:${callee.f.section}` };
}
