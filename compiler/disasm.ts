// `disassemble(spec)`: the reviewer's view of a compiled object (see disasm-format.ts for the
// layout). This file only decodes our `.bfr.*` metadata, when present, and hands over. Metadata
// this version cannot read (a newer major version, corruption) does not stop the disassembly —
// git runs this as a textconv driver, where failing would hide the whole diff — the object is
// then shown as a foreign one, with the reason on the first line.

import type { ObjectSpec } from "../elf/spec.js";
import type { BfrMetadata } from "../elf/metadata.js";
import { BfrError } from "../elf/errors.js";
import { decodeMetadata } from "../elf/metadata-codec.js";
import { disassembleWith, type DisasmOptions } from "./disasm-format.js";

export type { DisasmOptions } from "./disasm-format.js";
export { disassembleWith } from "./disasm-format.js";

/** Disassemble every chain (or `opts.chain`) of an object, ours or foreign. */
export function disassemble(spec: ObjectSpec, opts: DisasmOptions = {}): string {
  let meta: BfrMetadata | null;
  try {
    meta = decodeMetadata(spec.bfr);
  } catch (e) {
    if (!(e instanceof BfrError)) throw e;
    return `; bfr metadata not readable (${e.code}: ${e.message}); showing the object without it\n${disassembleWith(spec, null, opts)}`;
  }
  return disassembleWith(spec, meta, opts);
}
