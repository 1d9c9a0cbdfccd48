// elf/write: ObjectSpec → the bytes of a relocatable BPF ELF object, exactly as
// docs/OBJECT-FORMAT.md lays it out (fixed section order, locals-first symbols, relocations by
// symbol, pre-fixed BTF, .BTF.ext, `.bfr.*` metadata). Deterministic: no timestamps, no host
// data, zeroed padding; the same spec always gives the same bytes.

import { buildBtf, kfuncNames, mapSlotSize, type BtfBlob } from "./btf.js";
import { CORE_KIND } from "./core.js";
import { encodeBtfExt, type ExtSection } from "./btf-ext.js";
import { ByteWriter, encodeUtf8 } from "./bytes.js";
import { ELF, INSN, SEC, SHF, SHN_UNDEF, SHT, STB, STT } from "./elf-consts.js";
import { BfrError } from "./errors.js";
import type { FunctionSpec, ObjectSpec } from "./spec.js";
import { layoutCode, type CodeSection } from "./write-layout.js";

interface OutSection {
  name: string;
  type: number;
  flags: number;
  align: number;
  entsize: number;
  /** Resolved to indices once the order is known. */
  link?: string;
  info?: string | number;
  data: Uint8Array;
}

interface OutSymbol {
  name: string;
  bind: number;
  type: number;
  section: string | null;
  value: number;
  size: number;
}

export function writeObject(spec: ObjectSpec): Uint8Array {
  const code = layoutCode(spec);
  const btf = buildBtf(spec, { forElf: true });
  const symbols = buildSymbols(spec, code);
  const symIndex = new Map(symbols.map((s, i) => [symKey(s), i]));
  const sections: OutSection[] = [{ name: SEC.STRTAB, type: SHT.STRTAB, flags: 0, align: 1, entsize: 0, data: new Uint8Array(0) }];
  for (const c of code) {
    sections.push({ name: c.name, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR, align: 8, entsize: 0, data: c.bytes });
  }
  for (const c of code) {
    if (c.relocs.length === 0) continue;
    const w = new ByteWriter();
    for (const r of c.relocs) {
      const sym = must(symIndex.get(r.symbol), `relocation symbol ${r.symbol}`);
      w.u64(r.offset).u32(r.type).u32(sym);
    }
    sections.push({
      name: `.rel${c.name}`, type: SHT.REL, flags: SHF.INFO_LINK, align: 8, entsize: ELF.REL_SIZE,
      link: SEC.SYMTAB, info: c.name, data: w.finish(),
    });
  }
  const mapsBytes = spec.maps.reduce((n, m) => n + mapSlotSize(m), 0);
  if (spec.maps.length > 0) {
    sections.push({ name: SEC.MAPS, type: SHT.PROGBITS, flags: SHF.WRITE | SHF.ALLOC, align: 8, entsize: 0, data: new Uint8Array(mapsBytes) });
  }
  const license = new ByteWriter().bytes(encodeUtf8(spec.license)).u8(0).finish();
  sections.push({ name: SEC.LICENSE, type: SHT.PROGBITS, flags: SHF.WRITE | SHF.ALLOC, align: 1, entsize: 0, data: license });
  sections.push({ name: SEC.BTF, type: SHT.PROGBITS, flags: 0, align: 4, entsize: 0, data: btf.bytes });
  const ext = encodeBtfExt(extSections(code, btf), btf.strOffset);
  sections.push({ name: SEC.BTF_EXT, type: SHT.PROGBITS, flags: 0, align: 4, entsize: 0, data: ext });
  for (const b of spec.bfr) {
    sections.push({ name: SEC.BFR_PREFIX + b.name, type: SHT.PROGBITS, flags: 0, align: 1, entsize: 0, data: b.data });
  }
  sections.push({ name: SEC.SYMTAB, type: SHT.SYMTAB, flags: 0, align: 8, entsize: ELF.SYM_SIZE, link: SEC.STRTAB, info: firstGlobal(symbols), data: new Uint8Array(0) });
  return serialize(sections, symbols);
}

const symKey = (s: { name: string; section: string | null; type: number }): string =>
  s.type === STT.SECTION ? `section:${s.section}` : `${s.type}:${s.name}`;

function buildSymbols(spec: ObjectSpec, code: CodeSection[]): OutSymbol[] {
  const syms: OutSymbol[] = [{ name: "", bind: STB.LOCAL, type: STT.NOTYPE, section: null, value: 0, size: 0 }];
  const called = new Set(code.flatMap((c) => c.relocs.filter((r) => r.symbol.startsWith("section:")).map((r) => r.symbol.slice(8))));
  for (const c of code) {
    if (called.has(c.name)) syms.push({ name: "", bind: STB.LOCAL, type: STT.SECTION, section: c.name, value: 0, size: 0 });
  }
  const funcSym = (f: FunctionSpec, off: number): OutSymbol => ({
    name: f.name, bind: f.global ? STB.GLOBAL : STB.LOCAL, type: STT.FUNC, section: f.section, value: off, size: f.insns.length,
  });
  const placed = code.flatMap((c) => c.funcs);
  for (const p of placed) if (!p.f.global) syms.push(funcSym(p.f, p.off));
  for (const p of placed) if (p.f.global) syms.push(funcSym(p.f, p.off));
  let off = 0;
  for (const m of spec.maps) {
    const size = mapSlotSize(m);
    syms.push({ name: m.name, bind: STB.GLOBAL, type: STT.OBJECT, section: SEC.MAPS, value: off, size });
    off += size;
  }
  // libbpf recognises an extern as an undefined GLOBAL symbol of type NOTYPE (as clang writes it).
  for (const k of kfuncNames(spec)) syms.push({ name: k, bind: STB.GLOBAL, type: STT.NOTYPE, section: null, value: 0, size: 0 });
  return syms;
}

function firstGlobal(symbols: OutSymbol[]): number {
  const i = symbols.findIndex((s) => s.bind !== STB.LOCAL);
  return i < 0 ? symbols.length : i;
}

function extSections(code: CodeSection[], btf: BtfBlob): ExtSection[] {
  return code.map((c) => ({
    section: c.name,
    funcs: c.funcs.map((p) => ({ off: p.off, typeId: btf.funcTypeId(p.f.name) })),
    lines: c.funcs.flatMap((p) =>
      p.f.lineInfo.map((l) => ({ off: p.off + l.insn * INSN.SIZE, file: l.file, text: l.text, line: l.line, col: l.col })),
    ),
    cores: c.funcs.flatMap((p) => coreRecords(p.f, p.off, btf)),
  }));
}

/** `.BTF.ext` core_relo records of one function; refuses unsorted or out-of-range ones (BFR4103). */
function coreRecords(f: FunctionSpec, off: number, btf: BtfBlob): ExtSection["cores"] & object {
  const relos = f.coreRelocs ?? [];
  return relos.map((r, i) => {
    if (!Number.isInteger(r.insn) || r.insn < 0 || r.insn >= f.insns.length / INSN.SIZE || (i > 0 && relos[i - 1].insn >= r.insn)) {
      throw new BfrError("BFR4103", `invalid object spec: function "${f.name}": CO-RE relocation at instruction ${r.insn} is out of range or not strictly increasing`);
    }
    const { typeId, access } = btf.coreRelo(r.type, r.access);
    return { off: off + r.insn * INSN.SIZE, typeId, access, kind: CORE_KIND[r.kind] };
  });
}

/** Lays out header, contents, section headers; fills .strtab and .symtab last. */
function serialize(sections: OutSection[], symbols: OutSymbol[]): Uint8Array {
  const all = [{ name: "", type: SHT.NULL, flags: 0, align: 0, entsize: 0, data: new Uint8Array(0) } as OutSection, ...sections];
  const index = new Map(all.map((s, i) => [s.name, i]));
  const strtab = new StringTable();
  const nameOffs = all.map((s) => strtab.add(s.name));
  const symtab = new ByteWriter();
  for (const s of symbols) {
    const shndx = s.section === null ? SHN_UNDEF : must(index.get(s.section), `section ${s.section}`);
    symtab.u32(strtab.add(s.name)).u8((s.bind << 4) | s.type).u8(0).u16(shndx).u64(s.value).u64(s.size);
  }
  all[index.get(SEC.SYMTAB)!].data = symtab.finish();
  all[index.get(SEC.STRTAB)!].data = strtab.finish();

  const w = new ByteWriter();
  w.bytes(new Uint8Array(ELF.EHDR_SIZE));
  const offsets = all.map((s) => {
    if (s.type === SHT.NULL) return 0;
    w.align(Math.max(s.align, 1));
    const at = w.length;
    w.bytes(s.data);
    return at;
  });
  w.align(8);
  const shoff = w.length;
  all.forEach((s, i) => {
    const link = s.link === undefined ? 0 : must(index.get(s.link), `section ${s.link}`);
    const info = typeof s.info === "string" ? must(index.get(s.info), `section ${s.info}`) : (s.info ?? 0);
    w.u32(nameOffs[i]).u32(s.type).u64(s.flags).u64(0).u64(offsets[i]).u64(s.data.length);
    w.u32(link).u32(info).u64(s.align).u64(s.entsize);
  });
  const out = w.finish();
  writeHeader(new DataView(out.buffer), shoff, all.length, index.get(SEC.STRTAB)!);
  return out;
}

function writeHeader(v: DataView, shoff: number, shnum: number, shstrndx: number): void {
  ELF.MAGIC.forEach((b, i) => v.setUint8(i, b));
  v.setUint8(4, ELF.CLASS64);
  v.setUint8(5, ELF.DATA2LSB);
  v.setUint8(6, ELF.EV_CURRENT);
  v.setUint16(16, ELF.ET_REL, true);
  v.setUint16(18, ELF.EM_BPF, true);
  v.setUint32(20, ELF.EV_CURRENT, true);
  v.setBigUint64(40, BigInt(shoff), true);
  v.setUint16(52, ELF.EHDR_SIZE, true);
  v.setUint16(58, ELF.SHDR_SIZE, true);
  v.setUint16(60, shnum, true);
  v.setUint16(62, shstrndx, true);
}

/** `.strtab`: NUL first, names deduplicated in first-use order. */
class StringTable {
  private readonly offs = new Map<string, number>([["", 0]]);
  private readonly w = new ByteWriter().u8(0);
  add(s: string): number {
    let off = this.offs.get(s);
    if (off === undefined) {
      off = this.w.length;
      this.offs.set(s, off);
      this.w.bytes(encodeUtf8(s)).u8(0);
    }
    return off;
  }
  finish(): Uint8Array {
    return this.w.finish();
  }
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new BfrError("BFR4100", `internal: ${what} is missing`);
  return v;
}
