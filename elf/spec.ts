// The object spec: the one neutral type that crosses into elf/. The compiler's emitter produces it,
// elf/write turns it into ELF bytes, elf/read turns bytes back into it (read(write(s)) deep-equals
// s), and the loader consumes it. It says nothing of the .bfr language beyond our metadata.

/** A BTF type as the object describes it (only the kinds bfr emits for maps). */
export type BtfType =
  /** An integer: `name` such as "__u32", size in bytes, signedness. */
  | { kind: "int"; name: string; size: number; signed: boolean }
  /** A fixed array of `elem`. */
  | { kind: "array"; elem: BtfType; length: number }
  /** A struct with named members at byte offsets; `name` may be "" (anonymous). */
  | { kind: "struct"; name: string; size: number; members: { name: string; type: BtfType; offset: number }[] };

/** Map types used by bfr (UAPI enum bpf_map_type). */
export const MAP_TYPE = { HASH: 1, ARRAY: 2, PERCPU_ARRAY: 6, LPM_TRIE: 11, RINGBUF: 27 } as const;
/** Map flags (UAPI BPF_F_*). */
export const MAP_FLAG = { NO_PREALLOC: 1, RDONLY_PROG: 0x80, MMAPABLE: 0x400 } as const;

export interface MapSpec {
  /** Symbol name, ≤ 15 characters; also the pin file name. Unique in the object. */
  name: string;
  type: number;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
  /** BTF of key and value (omitted for ring buffers, which have neither). */
  key?: BtfType;
  value?: BtfType;
}

/** A relocation inside a program: instruction `insn` (index of the 8-byte slot from the function's start) refers to `symbol`. */
export interface Relocation {
  insn: number;
  /** R_BPF_64_64 (1) for ld_imm64 of a map / rodata variable, R_BPF_64_32 (10) for calls. */
  type: 1 | 10;
  /**
   * What the relocation names: a map (by map name), a sub-program in .text (by function name:
   * written against the .text section symbol with the call's imm holding the offset), or a
   * kernel function (kfunc, an undefined global symbol).
   */
  target: { kind: "map"; name: string } | { kind: "subprog"; name: string } | { kind: "kfunc"; name: string };
}

/** One `.BTF.ext` line_info record: instruction `insn` of the function was produced by `file:line:col`. */
export interface LineInfo {
  insn: number;
  file: string;
  line: number;
  col: number;
  /** The trimmed source line (what the verifier log shows). */
  text: string;
}

/**
 * A CO-RE field relocation (`.BTF.ext` core_relo, libbpf's `enum bpf_core_relo_kind`): the loader
 * rewrites instruction `insn` with the field's offset / size / existence in the running kernel's
 * vmlinux BTF, found by struct and field NAME (docs/OBJECT-FORMAT.md, "CO-RE relocations").
 */
export interface CoreRelocation {
  /** Index of the 8-byte slot from the function's start. */
  insn: number;
  /** Root struct name in vmlinux, e.g. "sk_buff" (the struct the base register points to). */
  type: string;
  /**
   * Field path from the root struct: member names joined by ".", e.g. "mark" or "hash.val".
   * Anonymous unions/structs are transparent (`sk_buff.mark` is found inside its anonymous union);
   * name only members of embedded (not pointed-to) structs: a pointer is one relocation per load.
   */
  access: string;
  /** byte_off: LDX/ST/STX `off` or ALU `imm` = byte offset; byte_sz: `imm` = size; field_exists: `imm` = 0/1. */
  kind: "byte_off" | "byte_sz" | "field_exists";
  /** The field is a pointer (its local BTF type is `void *`, so libbpf's type check accepts it). */
  pointer?: boolean;
}

export interface FunctionSpec {
  /** Symbol and BTF FUNC name (a C identifier). */
  name: string;
  /** Program section (`xdp`, `tcx/ingress`, …) or `.text` for sub-programs. */
  section: string;
  /** Global (a program / chain) or static (a sub-program). */
  global: boolean;
  /** Encoded instructions, 8 bytes per slot, relocation slots zeroed as OBJECT-FORMAT.md says. */
  insns: Uint8Array;
  /** Sorted by `insn`. */
  relocations: Relocation[];
  /** Sorted by `insn`; at least one record at insn 0. */
  lineInfo: LineInfo[];
  /** BTF name of the context struct of the one argument (e.g. "xdp_md", "__sk_buff"). */
  ctxStruct: string;
  /** CO-RE field relocations, sorted by `insn` (absent when there are none). */
  coreRelocs?: CoreRelocation[];
}

/** A file of our metadata, in a `.bfr.<name>` section. */
export interface BfrSection {
  /** Section name without the `.bfr.` prefix, e.g. "meta" or "sets". */
  name: string;
  data: Uint8Array;
}

export interface ObjectSpec {
  /** License string (without NUL). */
  license: string;
  /** Programs in output order, then sub-programs; functions of one section are placed back to back in this order. */
  functions: FunctionSpec[];
  maps: MapSpec[];
  /** Our metadata sections, in order. Empty for foreign objects. */
  bfr: BfrSection[];
}
