// Kernel function (kfunc) resolution: a call to an extern function is patched with the BTF id of
// the FUNC of that name in the running kernel's BTF (/sys/kernel/btf/vmlinux), as libbpf does for
// `.ksyms`. Only vmlinux is searched (fd_array index 0); module kfuncs would need the module's BTF.
// Type layout: Documentation/bpf/btf.rst, UAPI linux/btf.h.

import { readFileSync } from "node:fs";
import { BfrError } from "../elf/errors.js";

const BTF_MAGIC = 0xeb9f;
const KIND_FUNC = 12;

/** Bytes that follow the 12-byte btf_type header, per kind (vlen = member count). */
function extraBytes(kind: number, vlen: number): number {
  switch (kind) {
    case 1: return 4; // INT: encoding
    case 3: return 12; // ARRAY: btf_array
    case 4: case 5: return 12 * vlen; // STRUCT, UNION: btf_member
    case 6: return 8 * vlen; // ENUM: btf_enum
    case 13: return 8 * vlen; // FUNC_PROTO: btf_param
    case 14: return 4; // VAR: linkage
    case 15: return 12 * vlen; // DATASEC: btf_var_secinfo
    case 17: return 4; // DECL_TAG: component_idx
    case 19: return 12 * vlen; // ENUM64: btf_enum64
    case 2: case 7: case 8: case 9: case 10: case 11: case 12: case 16: case 18: return 0;
    default: throw new BfrError("BFR5015", `kernel BTF: unknown type kind ${kind}`);
  }
}

/** FUNC name → type id of a BTF blob (type ids start at 1). */
export function btfFuncIds(bytes: Uint8Array): Map<string, number> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || v.getUint16(0, true) !== BTF_MAGIC) throw new BfrError("BFR5015", "kernel BTF: bad header");
  const hdrLen = v.getUint32(4, true);
  const typeOff = hdrLen + v.getUint32(8, true);
  const typeEnd = typeOff + v.getUint32(12, true);
  const strOff = hdrLen + v.getUint32(16, true);
  const decoder = new TextDecoder();
  const name = (off: number): string => {
    const start = strOff + off;
    let end = start;
    while (bytes[end] !== 0 && end < bytes.length) end++;
    return decoder.decode(bytes.subarray(start, end));
  };
  const funcs = new Map<string, number>();
  let id = 1;
  for (let p = typeOff; p < typeEnd; id++) {
    const info = v.getUint32(p + 4, true);
    const kind = (info >>> 24) & 0x1f;
    if (kind === KIND_FUNC) funcs.set(name(v.getUint32(p, true)), id);
    p += 12 + extraBytes(kind, info & 0xffff);
  }
  return funcs;
}

const VMLINUX = "/sys/kernel/btf/vmlinux";
let vmlinux: Map<string, number> | null = null;

/** Resolves kfunc names against the running kernel; the BTF is read once, on first use. */
export function vmlinuxKfunc(name: string, read: () => Uint8Array = () => readFileSync(VMLINUX)): { btfId: number; btfFdIndex: number } {
  if (!vmlinux) {
    let bytes: Uint8Array;
    try {
      bytes = read();
    } catch (e) {
      throw new BfrError("BFR5014", `kernel function "${name}": cannot read ${VMLINUX} (${(e as Error).message})`, "kfuncs need a kernel built with CONFIG_DEBUG_INFO_BTF");
    }
    vmlinux = btfFuncIds(bytes);
  }
  const id = vmlinux.get(name);
  if (id === undefined) throw new BfrError("BFR5014", `kernel function "${name}" does not exist in this kernel`, "netfilter chains need Linux ≥ 6.4 (bpf_dynptr_from_skb, bpf_dynptr_slice)");
  return { btfId: id, btfFdIndex: 0 };
}
