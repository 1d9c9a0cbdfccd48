// CO-RE relocations in the object: how a FunctionSpec's `coreRelocs` (struct + field-name path)
// become the local BTF types and libbpf access strings ("0:1:0") of `.BTF.ext` core_relo records,
// and back. The local types mimic clang's preserve_access_index output: a struct named after the
// kernel struct holding only the members used. Every local member sits at offset 0, so the value
// an instruction holds before relocation (0 for byte_off, the load size for byte_sz, 1 for
// field_exists) matches what libbpf computes from the local type and checks.

import { BfrError } from "./errors.js";
import type { CoreRelocation, ObjectSpec } from "./spec.js";

/** UAPI enum bpf_core_relo_kind (linux/bpf.h). */
export const CORE_KIND = { byte_off: 0, byte_sz: 1, field_exists: 2 } as const;
export type CoreKind = CoreRelocation["kind"];

export function coreKindName(kind: number): CoreKind | undefined {
  return (Object.keys(CORE_KIND) as CoreKind[]).find((k) => CORE_KIND[k] === kind);
}

/** Byte size of an LDX/ST/STX memory access (BPF_SIZE bits), or undefined for other classes. */
export function memAccessSize(code: number): number | undefined {
  const cls = code & 0x07;
  if (cls < 1 || cls > 3) return undefined; // BPF_LDX 1, BPF_ST 2, BPF_STX 3
  const mode = code & 0xe0;
  if (mode !== 0x60 && mode !== 0x80) return undefined; // BPF_MEM, BPF_MEMSX
  return [4, 2, 1, 8][(code >> 3) & 3];
}

/** A leaf member's local type: an unsigned integer of `size` bytes, or `void *`. */
export interface CoreLeaf {
  size: number;
  pointer: boolean;
}

/** Local struct shape: member name → leaf, or nested (embedded) struct. Insertion order = index. */
export interface CoreStruct {
  members: Map<string, CoreLeaf | CoreStruct>;
}

export const isLeaf = (n: CoreLeaf | CoreStruct): n is CoreLeaf => !("members" in n);

const bad = (message: string): never => {
  throw new BfrError("BFR4101", message);
};

/** Splits and checks an access path ("a.b.c"). */
export function accessPath(r: CoreRelocation, where: string): string[] {
  const path = r.access.split(".");
  if (r.type === "" || path.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) {
    bad(`${where}: CO-RE relocation "${r.type}.${r.access}" is not a struct name and a field path`);
  }
  return path;
}

/**
 * The local struct of every root type the relocations name, in first-use order, with members in
 * first-use order. A path used both as a leaf and as a struct, or one leaf with two different
 * types, is refused (BFR4101).
 */
export function coreStructs(spec: ObjectSpec): Map<string, CoreStruct> {
  const roots = new Map<string, CoreStruct>();
  for (const f of spec.functions) {
    for (const r of f.coreRelocs ?? []) {
      const where = `function "${f.name}" instruction ${r.insn}`;
      const path = accessPath(r, where);
      const code = f.insns[r.insn * 8];
      if (code === undefined) bad(`${where}: CO-RE relocation outside the function`);
      const leaf: CoreLeaf = r.pointer ? { size: 8, pointer: true }
        : { size: (r.kind === "byte_off" ? memAccessSize(code) : undefined) ?? 4, pointer: false };
      let node = roots.get(r.type);
      if (!node) roots.set(r.type, (node = { members: new Map() }));
      path.forEach((name, i) => {
        const last = i === path.length - 1;
        const have = node!.members.get(name);
        if (last) {
          if (!have) node!.members.set(name, leaf);
          else if (!isLeaf(have) || have.size !== leaf.size || have.pointer !== leaf.pointer) {
            bad(`${where}: CO-RE field "${r.type}.${r.access}" is used with two different types`);
          }
          return;
        }
        if (have && isLeaf(have)) bad(`${where}: CO-RE field "${r.type}.${path.slice(0, i + 1).join(".")}" is both a field and a struct`);
        let next = have as CoreStruct | undefined;
        if (!next) node!.members.set(name, (next = { members: new Map() }));
        node = next;
      });
    }
  }
  return roots;
}

/** libbpf's access string of a path: "0" (the root object) then each member's index. */
export function accessString(root: CoreStruct, path: string[]): string {
  const idx: number[] = [0];
  let node: CoreStruct = root;
  for (const name of path) {
    const members = [...node.members.keys()];
    idx.push(members.indexOf(name));
    const next = node.members.get(name)!;
    if (!isLeaf(next)) node = next;
  }
  return idx.join(":");
}
