// The `.BTF.ext` section: func_info and line_info records per code section, which libbpf (and our
// loader) turn into BPF_PROG_LOAD's func_info/line_info so the verifier log and `bpftool prog dump
// xlated` show the `.bfr` line of each instruction. Layout of libbpf's struct btf_ext_header and
// btf_ext_info_sec (tools/lib/bpf/libbpf_internal.h); in the ELF, insn_off counts bytes from the
// start of the section (clang writes it so; libbpf divides by 8).

import { ByteReader, ByteWriter } from "./bytes.js";
import { BTF_MAGIC } from "./btf.js";
import { BfrError } from "./errors.js";

export interface ExtFunc {
  /** Byte offset in the section. */
  off: number;
  typeId: number;
}

export interface ExtLine {
  off: number;
  file: string;
  text: string;
  line: number;
  col: number;
}

/** A core_relo record (libbpf struct bpf_core_relo): the access string is resolved text. */
export interface ExtCore {
  off: number;
  typeId: number;
  access: string;
  /** enum bpf_core_relo_kind. */
  kind: number;
}

export interface ExtSection {
  section: string;
  funcs: ExtFunc[];
  lines: ExtLine[];
  /** CO-RE relocations (absent or empty when there are none). */
  cores?: ExtCore[];
}

/** Header size with the CO-RE fields, as clang writes it. */
const HDR_LEN = 32;
const FUNC_REC = 8;
const LINE_REC = 16;
const CORE_REC = 16;
/** line_col = line << 10 | col (UAPI linux/bpf.h BPF_LINE_INFO_LINE_NUM / _LINE_COL). */
const COL_BITS = 10;
const COL_MAX = (1 << COL_BITS) - 1;
const LINE_MAX = 2 ** 22 - 1;

/** Packs line and column as line_info's line_col; out-of-range values saturate. */
export function lineCol(line: number, col: number): number {
  return ((Math.min(line, LINE_MAX) << COL_BITS) | Math.min(col, COL_MAX)) >>> 0;
}

/** Encodes `.BTF.ext`; `str` gives a string's offset in the `.BTF` string section. */
export function encodeBtfExt(sections: ExtSection[], str: (s: string) => number): Uint8Array {
  const funcs = new ByteWriter().u32(FUNC_REC);
  const lines = new ByteWriter().u32(LINE_REC);
  const cores = new ByteWriter().u32(CORE_REC);
  let anyCore = false;
  for (const s of sections) {
    if (s.cores && s.cores.length > 0) {
      anyCore = true;
      cores.u32(str(s.section)).u32(s.cores.length);
      for (const c of s.cores) cores.u32(c.off).u32(c.typeId).u32(str(c.access)).u32(c.kind);
    }
    if (s.funcs.length > 0) {
      funcs.u32(str(s.section)).u32(s.funcs.length);
      for (const f of s.funcs) funcs.u32(f.off).u32(f.typeId);
    }
    if (s.lines.length > 0) {
      lines.u32(str(s.section)).u32(s.lines.length);
      for (const l of s.lines) lines.u32(l.off).u32(str(l.file)).u32(str(l.text)).u32(lineCol(l.line, l.col));
    }
  }
  const fb = funcs.finish();
  const lb = lines.finish();
  const cb = anyCore ? cores.finish() : new Uint8Array(0);
  const w = new ByteWriter();
  w.u16(BTF_MAGIC).u8(1).u8(0).u32(HDR_LEN);
  w.u32(0).u32(fb.length).u32(fb.length).u32(lb.length).u32(fb.length + lb.length).u32(cb.length);
  return w.bytes(fb).bytes(lb).bytes(cb).finish();
}

/** Decodes `.BTF.ext`; `strAt` reads the `.BTF` string section. Throws BfrError BFR4006 on malformed data. */
export function decodeBtfExt(bytes: Uint8Array, strAt: (off: number) => string): ExtSection[] {
  const r = new ByteReader(bytes, ".BTF.ext", "BFR4006");
  if (r.u16(0) !== BTF_MAGIC) r.fail("bad magic");
  if (r.u8(2) !== 1) r.fail(`unsupported version ${r.u8(2)}`);
  const hdrLen = r.u32(4);
  if (hdrLen < 24) r.fail(`header length ${hdrLen} is too short`);
  r.check(0, hdrLen);
  const bySec = new Map<string, ExtSection>();
  const sec = (name: string): ExtSection => {
    let s = bySec.get(name);
    if (!s) bySec.set(name, (s = { section: name, funcs: [], lines: [] }));
    return s;
  };
  readInfo(r, "func_info", hdrLen + r.u32(8), r.u32(12), FUNC_REC, strAt, (name, at) => {
    sec(name).funcs.push({ off: r.u32(at), typeId: r.u32(at + 4) });
  });
  readInfo(r, "line_info", hdrLen + r.u32(16), r.u32(20), LINE_REC, strAt, (name, at) => {
    const lc = r.u32(at + 12);
    sec(name).lines.push({
      off: r.u32(at), file: strAt(r.u32(at + 4)), text: strAt(r.u32(at + 8)), line: lc >>> COL_BITS, col: lc & COL_MAX,
    });
  });
  if (hdrLen >= 32) {
    readInfo(r, "CO-RE relocation", hdrLen + r.u32(24), r.u32(28), CORE_REC, strAt, (name, at) => {
      (sec(name).cores ??= []).push({ off: r.u32(at), typeId: r.u32(at + 4), access: strAt(r.u32(at + 8)), kind: r.u32(at + 12) });
    });
  }
  return [...bySec.values()];
}

/** Walks one info block: rec_size, then per section {sec_name_off, num_info, records}. */
function readInfo(
  r: ByteReader,
  what: string,
  start: number,
  len: number,
  minRec: number,
  strAt: (off: number) => string,
  each: (section: string, at: number) => void,
): void {
  if (len === 0) return;
  if (start + len > r.length) r.fail(`${what} block (${len} bytes at ${start}) runs past the end`);
  const end = start + len;
  const recSize = r.u32(start);
  if (recSize < minRec || recSize % 4 !== 0) r.fail(`record size ${recSize} is invalid`);
  let p = start + 4;
  while (p < end) {
    if (p + 8 > end) r.fail("info section header past the end of its block");
    const name = strAt(r.u32(p));
    const n = r.u32(p + 4);
    p += 8;
    if (n * recSize > end - p) r.fail(`${n} records of section "${name}" overrun their block`);
    for (let i = 0; i < n; i++, p += recSize) each(name, p);
  }
}
