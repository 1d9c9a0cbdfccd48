// `disassemble(spec)`: the reviewer's view of a compiled object (see disasm-format.ts for the
// layout). This file only decodes our `.bfr.*` metadata, when present, and hands over.

import type { ObjectSpec } from "../elf/spec.js";
import { decodeMetadata } from "../elf/metadata-codec.js";
import { disassembleWith, type DisasmOptions } from "./disasm-format.js";

export type { DisasmOptions } from "./disasm-format.js";
export { disassembleWith } from "./disasm-format.js";

/** Disassemble every chain (or `opts.chain`) of an object, ours or foreign. */
export function disassemble(spec: ObjectSpec, opts: DisasmOptions = {}): string {
  return disassembleWith(spec, decodeMetadata(spec.bfr), opts);
}
