// The relocations half of elf/read: REL entries of code sections turned into symbolic
// Relocation records (map by symbol, sub-program by callee name, kfunc by extern name), plus the
// bpf-to-bpf calls clang resolves itself inside one section, so every call between functions is
// explicit in the ObjectSpec. Calls carrying a relocation are normalised to `call -1` with
// src = BPF_PSEUDO_CALL, the form elf/write expects (docs/OBJECT-FORMAT.md).

import { INSN, R_BPF, SHN_UNDEF, SHT, STT } from "./elf-consts.js";
import { parseRels, type ElfFile, type ElfSection, type ElfSymbol } from "./elf-parse.js";
import { BfrError } from "./errors.js";
import type { FunctionSpec, Relocation } from "./spec.js";

export interface Placed {
  spec: FunctionSpec;
  section: ElfSection;
  /** Byte offset of the function in its section. */
  off: number;
}

const fail = (message: string): never => {
  throw new BfrError("BFR4004", message);
};

/** Finds the function containing byte `off` of `section` (binary search; functions sorted by offset). */
export function locator(placed: Placed[]): (section: ElfSection, off: number) => Placed | undefined {
  const bySection = new Map<ElfSection, Placed[]>();
  for (const p of placed) {
    const list = bySection.get(p.section);
    if (list) list.push(p);
    else bySection.set(p.section, [p]);
  }
  return (section, off) => {
    const list = bySection.get(section) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = list[mid];
      if (off < p.off) hi = mid - 1;
      else if (off >= p.off + p.spec.insns.length) lo = mid + 1;
      else return p;
    }
    return undefined;
  };
}

export function readRelocations(elf: ElfFile, placed: Placed[], maps: Set<string>): void {
  const seen = new Set<string>();
  const at = locator(placed);
  for (const rs of elf.sections) {
    if (rs.type !== SHT.REL) continue;
    const target = elf.sections[rs.info];
    if (!placed.some((p) => p.section === target)) continue; // .rel.BTF, .rel.debug_*: not needed
    for (const rel of parseRels(rs, elf.symbols.length)) {
      const key = `${target.index}:${rel.offset}`;
      if (seen.has(key)) fail(`section "${target.name}": two relocations at offset ${rel.offset}`);
      seen.add(key);
      const p = at(target, rel.offset);
      if (!p || (rel.offset - p.off) % INSN.SIZE !== 0) fail(`section "${target.name}": relocation at ${rel.offset} is not on an instruction of a function`);
      const insn = (rel.offset - p!.off) / INSN.SIZE;
      p!.spec.relocations.push(symbolic(p!, insn, rel.type, elf.symbols[rel.sym], elf, placed, maps));
    }
  }
  for (const p of placed) addLocalCalls(p, at);
  for (const p of placed) p.spec.relocations.sort((a, b) => a.insn - b.insn);
}

function symbolic(
  p: Placed, insn: number, type: number, sym: ElfSymbol, elf: ElfFile, placed: Placed[], maps: Set<string>,
): Relocation {
  const where = `function "${p.spec.name}" instruction ${insn}`;
  const code = p.spec.insns;
  const opcode = code[insn * INSN.SIZE];
  const symSec = elf.sections[sym.shndx];
  if (sym.index === 0) fail(`${where}: relocation against the null symbol`);
  if (opcode === INSN.CALL) {
    if (type !== R_BPF.R_64_32) fail(`${where}: call relocation of type ${type}, expected R_BPF_64_32`);
    if (sym.shndx === SHN_UNDEF) return setCall(code, insn, { kind: "kfunc", name: sym.name });
    const callee = symSec && placed.find((q) => q.section === symSec && q.off === sym.value + (imm(code, insn) + 1) * INSN.SIZE);
    if (!callee) return fail(`${where}: call target is not the start of a function`);
    return setCall(code, insn, { kind: "subprog", name: callee.spec.name });
  }
  if (opcode !== INSN.LD_IMM64 || (insn + 2) * INSN.SIZE > code.length) fail(`${where}: relocation on an instruction that is neither a call nor ld_imm64`);
  if (type !== R_BPF.R_64_64) fail(`${where}: ld_imm64 relocation of type ${type}, expected R_BPF_64_64`);
  if (sym.shndx === SHN_UNDEF) {
    throw new BfrError("BFR4007", `${where}: extern variable "${sym.name}" (__ksym/__kconfig) is not supported yet`);
  }
  if (symSec && symSec.name === ".maps") {
    if (!maps.has(sym.name) || sym.type === STT.SECTION) fail(`${where}: refers to "${sym.name}", which is not a map`);
    return { insn, type: R_BPF.R_64_64, target: { kind: "map", name: sym.name } };
  }
  if (placed.some((q) => q.section === symSec)) {
    throw new BfrError("BFR4007", `${where}: function pointers (callbacks) are not supported yet`);
  }
  throw new BfrError(
    "BFR4007",
    `${where}: refers to global data in section "${symSec?.name ?? sym.shndx}"; .rodata/.data/.bss globals are not supported yet`,
  );
}

const imm = (code: Uint8Array, insn: number): number =>
  new DataView(code.buffer, code.byteOffset + insn * INSN.SIZE + 4, 4).getInt32(0, true);

/** Rewrites the call to the spec form (src = BPF_PSEUDO_CALL, imm = −1) and returns its relocation. */
function setCall(code: Uint8Array, insn: number, target: Relocation["target"]): Relocation {
  const at = insn * INSN.SIZE;
  code[at + 1] = (INSN.PSEUDO_CALL << 4) | (code[at + 1] & 0x0f);
  new DataView(code.buffer, code.byteOffset + at + 4, 4).setInt32(0, -1, true);
  return { insn, type: R_BPF.R_64_32, target };
}

/** Calls clang resolved inside one section (pc-relative, no REL entry) become explicit relocations. */
function addLocalCalls(p: Placed, at: ReturnType<typeof locator>): void {
  const code = p.spec.insns;
  const relocated = new Set(p.spec.relocations.map((r) => r.insn));
  const n = code.length / INSN.SIZE;
  for (let i = 0; i < n; i++) {
    const opcode = code[i * INSN.SIZE];
    if (opcode === INSN.LD_IMM64) {
      i++;
      continue;
    }
    if (opcode !== INSN.CALL || code[i * INSN.SIZE + 1] >> 4 !== INSN.PSEUDO_CALL || relocated.has(i)) continue;
    const target = i + 1 + imm(code, i);
    if (target >= 0 && target < n) continue; // a call inside the function itself
    const off = p.off + target * INSN.SIZE;
    const callee = at(p.section, off);
    if (!callee || callee.off !== off) fail(`function "${p.spec.name}" instruction ${i}: call target is not the start of a function`);
    p.spec.relocations.push(setCall(code, i, { kind: "subprog", name: callee!.spec.name }));
  }
}
