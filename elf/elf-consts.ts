// Numeric constants of the ELF container and of the BPF instruction encoding that elf/write and
// elf/read share. Values from the System V gABI (elf.h), the BPF ELF ABI (llvm BPFELFObjectWriter,
// R_BPF_*) and the UAPI linux/bpf.h (BPF_PSEUDO_*).

export const ELF = {
  MAGIC: [0x7f, 0x45, 0x4c, 0x46],
  CLASS64: 2,
  DATA2LSB: 1,
  EV_CURRENT: 1,
  ET_REL: 1,
  /** e_machine of BPF objects (elf.h EM_BPF). */
  EM_BPF: 247,
  EHDR_SIZE: 64,
  SHDR_SIZE: 64,
  SYM_SIZE: 24,
  REL_SIZE: 16,
} as const;

/** Section header types (sh_type). */
export const SHT = { NULL: 0, PROGBITS: 1, SYMTAB: 2, STRTAB: 3, NOBITS: 8, REL: 9 } as const;

/** Section header flags (sh_flags). */
export const SHF = { WRITE: 0x1, ALLOC: 0x2, EXECINSTR: 0x4, INFO_LINK: 0x40 } as const;

/** Symbol binding (high nibble of st_info). */
export const STB = { LOCAL: 0, GLOBAL: 1, WEAK: 2 } as const;

/** Symbol type (low nibble of st_info). */
export const STT = { NOTYPE: 0, OBJECT: 1, FUNC: 2, SECTION: 3, FILE: 4 } as const;

/** Undefined section index (st_shndx of an extern). */
export const SHN_UNDEF = 0;

/** BPF relocation types (llvm include/llvm/BinaryFormat/ELFRelocs/BPF.def). */
export const R_BPF = { NONE: 0, R_64_64: 1, R_64_ABS64: 2, R_64_ABS32: 3, R_64_32: 10 } as const;

/** Instruction bytes that relocations touch (UAPI linux/bpf_common.h, linux/bpf.h). */
export const INSN = {
  SIZE: 8,
  /** BPF_JMP | BPF_CALL */
  CALL: 0x85,
  /** BPF_LD | BPF_IMM | BPF_DW: the 16-byte ld_imm64 */
  LD_IMM64: 0x18,
  /** src_reg of a bpf-to-bpf call */
  PSEUDO_CALL: 1,
  /** src_reg of a kfunc call */
  PSEUDO_KFUNC_CALL: 2,
} as const;

/** Fixed section names of the format. */
export const SEC = {
  TEXT: ".text",
  MAPS: ".maps",
  LICENSE: "license",
  BTF: ".BTF",
  BTF_EXT: ".BTF.ext",
  SYMTAB: ".symtab",
  STRTAB: ".strtab",
  BFR_PREFIX: ".bfr.",
} as const;
