// elf/read: the bytes of a BPF object (ours, or a plain `clang -O2 -g -target bpf` one) → the
// ObjectSpec that elf/write takes, so read(write(spec)) deep-equals spec. Programs are split by
// their FUNC symbols, relocations become symbolic (map, sub-program, kfunc), .BTF.ext becomes line
// info and CO-RE records. Malformed or unsupported input throws BfrError BFR4xxx, never anything else; DWARF and
// other sections no loader needs are ignored.

import { decodeBtfExt } from "./btf-ext.js";
import { decodeCoreRelo } from "./core-read.js";
import { KIND } from "./btf.js";
import { parseBtf, skipModifiers, typeAt, type ParsedBtf } from "./btf-parse.js";
import { decodeUtf8 } from "./bytes.js";
import { INSN, SEC, SHF, SHT, STT } from "./elf-consts.js";
import { parseElf, type ElfFile, type ElfSection } from "./elf-parse.js";
import { BfrError } from "./errors.js";
import { readMaps } from "./read-maps.js";
import { locator, readRelocations, type Placed } from "./read-relocs.js";
import type { BfrSection, FunctionSpec, ObjectSpec } from "./spec.js";

export function readObject(bytes: Uint8Array): ObjectSpec {
  // A plain Uint8Array view (not a Buffer), so every array in the spec is a plain Uint8Array too.
  const elf = parseElf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const byName = (n: string): ElfSection | undefined => elf.sections.find((s) => s.name === n);
  if (elf.sections.some((s) => s.name === "maps" && s.size > 0)) {
    throw new BfrError("BFR4008", 'legacy map definitions (section "maps") are not supported; use BTF-defined maps in ".maps"');
  }
  const btfSec = byName(SEC.BTF);
  const btf = btfSec ? parseBtf(btfSec.data) : null;
  const maps = readMaps(byName(SEC.MAPS), elf.symbols, btf);
  const placed = placeFunctions(elf);
  readRelocations(elf, placed, new Set(maps.map((m) => m.name)));
  const extSec = byName(SEC.BTF_EXT);
  if (extSec && btf) readLineInfo(extSec.data, btf, placed);
  for (const p of placed) p.spec.ctxStruct = btf ? ctxStructOf(btf, p.spec.name) : "";
  const license = byName(SEC.LICENSE);
  return {
    license: license ? cstr(license.data) : "",
    functions: placed.map((p) => p.spec),
    maps,
    bfr: elf.sections
      .filter((s) => s.name.startsWith(SEC.BFR_PREFIX))
      .map((s): BfrSection => ({ name: s.name.slice(SEC.BFR_PREFIX.length), data: s.data.slice() })),
  };
}

const fail = (message: string): never => {
  throw new BfrError("BFR4002", message);
};

function cstr(b: Uint8Array): string {
  const end = b.indexOf(0);
  return decodeUtf8(end < 0 ? b : b.subarray(0, end));
}

/** Code sections (program sections in header order, then `.text`), each split at its FUNC symbols. */
function placeFunctions(elf: ElfFile): Placed[] {
  const code = elf.sections.filter((s) => s.type === SHT.PROGBITS && (s.flags & SHF.EXECINSTR) !== 0 && s.size > 0);
  const ordered = [...code.filter((s) => s.name !== SEC.TEXT), ...code.filter((s) => s.name === SEC.TEXT)];
  const names = new Set<string>();
  const out: Placed[] = [];
  for (const sec of ordered) {
    if (sec.size % INSN.SIZE !== 0) fail(`section "${sec.name}": size ${sec.size} is not a multiple of 8`);
    const syms = elf.symbols.filter((s) => s.shndx === sec.index && s.type === STT.FUNC).sort((a, b) => a.value - b.value);
    if (syms.length === 0) fail(`section "${sec.name}" has code but no function symbols`);
    syms.forEach((s, i) => {
      const end = s.size > 0 ? s.value + s.size : (syms[i + 1]?.value ?? sec.size);
      const where = `function "${s.name}" in section "${sec.name}"`;
      if (s.name === "" || names.has(s.name)) fail(`${where}: name is empty or not unique`);
      names.add(s.name);
      if (s.value % INSN.SIZE !== 0 || end % INSN.SIZE !== 0 || end <= s.value || end > sec.size) {
        fail(`${where}: bad bounds ${s.value}..${end} (section is ${sec.size} bytes)`);
      }
      const prev = out[out.length - 1];
      if (prev && prev.section === sec && prev.off + prev.spec.insns.length > s.value) fail(`${where}: overlaps "${prev.spec.name}"`);
      const spec: FunctionSpec = {
        name: s.name, section: sec.name, global: s.bind !== 0, insns: sec.data.slice(s.value, end),
        relocations: [], lineInfo: [], ctxStruct: "",
      };
      out.push({ spec, section: sec, off: s.value });
    });
  }
  return out;
}

function readLineInfo(data: Uint8Array, btf: ParsedBtf, placed: Placed[]): void {
  const at = locator(placed);
  for (const s of decodeBtfExt(data, btf.strAt)) {
    const section = placed.find((q) => q.section.name === s.section)?.section;
    for (const c of s.cores ?? []) {
      const p = section && at(section, c.off);
      if (!p || (c.off - p.off) % INSN.SIZE !== 0) {
        throw new BfrError("BFR4006", `.BTF.ext: CO-RE relocation at ${s.section}+${c.off} is not on an instruction of a function`);
      }
      const insn = (c.off - p.off) / INSN.SIZE;
      const relo = decodeCoreRelo(btf, c.typeId, c.access, c.kind, `function "${p.spec.name}" instruction ${insn}`);
      (p.spec.coreRelocs ??= []).push({ insn, ...relo });
    }
    for (const l of s.lines) {
      const p = section && at(section, l.off);
      if (!p || (l.off - p.off) % INSN.SIZE !== 0) {
        throw new BfrError("BFR4006", `.BTF.ext: line info at ${s.section}+${l.off} is not inside a function`);
      }
      p.spec.lineInfo.push({ insn: (l.off - p.off) / INSN.SIZE, file: l.file, line: l.line, col: l.col, text: l.text });
    }
  }
  for (const p of placed) {
    p.spec.lineInfo.sort((a, b) => a.insn - b.insn);
    p.spec.coreRelocs?.sort((a, b) => a.insn - b.insn);
  }
}

/** Name of the struct the function's first parameter points to ("" when it has none). */
function ctxStructOf(btf: ParsedBtf, name: string): string {
  const fn = btf.types.find((t) => t.kind === KIND.FUNC && t.name === name);
  if (!fn) return "";
  const proto = typeAt(btf, fn.sizeOrType);
  const first = proto.kind === KIND.FUNC_PROTO ? proto.members[0] : undefined;
  if (!first) return "";
  const ptr = typeAt(btf, skipModifiers(btf, first.type));
  if (ptr.kind !== KIND.PTR) return "";
  const st = typeAt(btf, skipModifiers(btf, ptr.sizeOrType));
  return st.kind === KIND.STRUCT || st.kind === KIND.FWD ? st.name : "";
}
