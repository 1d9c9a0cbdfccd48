// The ELF container layer of elf/read: section headers, names and the symbol table of a 64-bit
// little-endian relocatable BPF object, every field bounds-checked (BfrError BFR4001). It knows
// nothing of programs or maps; elf/read gives the sections their meaning.

import { ByteReader } from "./bytes.js";
import { ELF, SHN_UNDEF, SHT } from "./elf-consts.js";

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  link: number;
  info: number;
  entsize: number;
  /** Contents (empty for SHT_NOBITS). */
  data: Uint8Array;
  /** sh_size (also for SHT_NOBITS). */
  size: number;
}

export interface ElfSymbol {
  index: number;
  name: string;
  value: number;
  size: number;
  bind: number;
  type: number;
  shndx: number;
}

export interface ElfRel {
  offset: number;
  type: number;
  sym: number;
}

export interface ElfFile {
  sections: ElfSection[];
  symbols: ElfSymbol[];
}

/** Section indices from SHN_LORESERVE (0xff00) up are reserved (gABI); we never need that many. */
const MAX_SECTIONS = 0xff00;

export function parseElf(bytes: Uint8Array): ElfFile {
  const r = new ByteReader(bytes, "ELF", "BFR4001");
  if (bytes.length < ELF.EHDR_SIZE || !ELF.MAGIC.every((b, i) => bytes[i] === b)) r.fail("not an ELF file");
  if (r.u8(4) !== ELF.CLASS64 || r.u8(5) !== ELF.DATA2LSB) r.fail("not a 64-bit little-endian ELF file");
  if (r.u16(18) !== ELF.EM_BPF) r.fail(`not a BPF object (e_machine ${r.u16(18)}, expected ${ELF.EM_BPF})`);
  if (r.u16(16) !== ELF.ET_REL) r.fail(`not a relocatable object (e_type ${r.u16(16)})`);
  const shoff = r.u64(40);
  const shentsize = r.u16(58);
  const shnum = r.u16(60);
  const shstrndx = r.u16(62);
  if (shentsize !== ELF.SHDR_SIZE) r.fail(`section header size ${shentsize}, expected ${ELF.SHDR_SIZE}`);
  if (shnum === 0 || shnum > MAX_SECTIONS) r.fail(`bad section count ${shnum}`);
  if (shstrndx >= shnum) r.fail(`section name table index ${shstrndx} out of range`);
  r.check(shoff, shnum * ELF.SHDR_SIZE);
  const raw = Array.from({ length: shnum }, (_, i) => sectionHeader(r, shoff + i * ELF.SHDR_SIZE, i));
  const shstr = new ByteReader(raw[shstrndx].data, "ELF section names", "BFR4001");
  const sections = raw.map((s) => ({ ...s, name: s.index === 0 ? "" : shstr.cstring(s.nameOff) }));
  return { sections, symbols: parseSymbols(sections) };
}

function sectionHeader(r: ByteReader, at: number, index: number): ElfSection & { nameOff: number } {
  const type = r.u32(at + 4);
  const offset = r.u64(at + 24);
  const size = r.u64(at + 32);
  const data = type === SHT.NOBITS || type === SHT.NULL ? new Uint8Array(0) : r.slice(offset, size);
  return {
    index, nameOff: r.u32(at), name: "", type, flags: r.u64(at + 8), link: r.u32(at + 40), info: r.u32(at + 44),
    entsize: r.u64(at + 56), data, size,
  };
}

function parseSymbols(sections: ElfSection[]): ElfSymbol[] {
  const tabs = sections.filter((s) => s.type === SHT.SYMTAB);
  const r0 = new ByteReader(new Uint8Array(0), "ELF symbol table", "BFR4001");
  if (tabs.length !== 1) r0.fail(`expected one symbol table, found ${tabs.length}`);
  const tab = tabs[0];
  if (tab.data.length % ELF.SYM_SIZE !== 0) r0.fail(`size ${tab.data.length} is not a multiple of ${ELF.SYM_SIZE}`);
  const strSec = sections[tab.link];
  if (!strSec || strSec.type !== SHT.STRTAB) r0.fail(`sh_link ${tab.link} is not a string table`);
  const r = new ByteReader(tab.data, "ELF symbol table", "BFR4001");
  const strs = new ByteReader(strSec.data, "ELF symbol names", "BFR4001");
  const syms: ElfSymbol[] = [];
  for (let at = 0; at < tab.data.length; at += ELF.SYM_SIZE) {
    const info = r.u8(at + 4);
    syms.push({
      index: at / ELF.SYM_SIZE, name: strs.cstring(r.u32(at)), bind: info >> 4, type: info & 0xf,
      shndx: r.u16(at + 6), value: r.u64(at + 8), size: r.u64(at + 16),
    });
  }
  for (const s of syms) {
    if (s.shndx !== SHN_UNDEF && s.shndx < 0xff00 && s.shndx >= sections.length) {
      r.fail(`symbol "${s.name}" refers to section ${s.shndx}, which does not exist`);
    }
  }
  return syms;
}

/** The entries of an SHT_REL section. */
export function parseRels(sec: ElfSection, symbolCount: number): ElfRel[] {
  const r = new ByteReader(sec.data, `ELF relocations ${sec.name}`, "BFR4001");
  if (sec.data.length % ELF.REL_SIZE !== 0) r.fail(`size ${sec.data.length} is not a multiple of ${ELF.REL_SIZE}`);
  const rels: ElfRel[] = [];
  for (let at = 0; at < sec.data.length; at += ELF.REL_SIZE) {
    const rel = { offset: r.u64(at), type: r.u32(at + 8), sym: r.u32(at + 12) };
    if (rel.sym >= symbolCount) r.fail(`entry ${at / ELF.REL_SIZE} names symbol ${rel.sym}, which does not exist`);
    rels.push(rel);
  }
  return rels;
}
