// The running kernel's BTF (/sys/kernel/btf/vmlinux), parsed once per process with elf/'s BTF
// parser (about 0.3 s for 120k types), with an index of structs and unions by name: what CO-RE
// relocations (loader/core-relo.ts) resolve field names against.

import { readFileSync } from "node:fs";
import { release } from "node:os";
import { KIND } from "../elf/btf.js";
import { parseBtf, type ParsedBtf } from "../elf/btf-parse.js";
import { BfrError } from "../elf/errors.js";

export const VMLINUX_PATH = "/sys/kernel/btf/vmlinux";

export interface KernelBtf {
  btf: ParsedBtf;
  /** Type ids of the STRUCTs and UNIONs named `name` (a name may have several definitions). */
  composites(name: string): number[];
  /** Where it came from, for error messages: `Linux 6.18.0 (/sys/kernel/btf/vmlinux)`. */
  describe: string;
}

/** Indexes a parsed BTF by composite name. */
export function kernelBtf(btf: ParsedBtf, describe: string): KernelBtf {
  const byName = new Map<string, number[]>();
  btf.types.forEach((t, id) => {
    if ((t.kind !== KIND.STRUCT && t.kind !== KIND.UNION) || t.name === "") return;
    const list = byName.get(t.name);
    if (list) list.push(id);
    else byName.set(t.name, [id]);
  });
  return { btf, composites: (name) => byName.get(name) ?? [], describe };
}

let cached: KernelBtf | null = null;

/** The running kernel's BTF, read and indexed on first use. */
export function vmlinuxBtf(): KernelBtf {
  if (cached) return cached;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(VMLINUX_PATH);
  } catch (e) {
    throw new BfrError("BFR5014", `cannot read ${VMLINUX_PATH} (${(e as Error).message})`,
      "kernel struct offsets (CO-RE) need a kernel built with CONFIG_DEBUG_INFO_BTF");
  }
  cached = kernelBtf(parseBtf(bytes), `Linux ${release()}`);
  return cached;
}
