// The maps half of elf/read: BTF-defined maps in `.maps` (ours and clang's) decoded into MapSpec.
// Each map symbol names a VAR whose type is a struct of pointer members, as libbpf defines them:
// integer attributes are `PTR → ARRAY(int, nelems = value)`, `key`/`value` point to the real types.

import { BfrError } from "./errors.js";
import { KIND } from "./btf.js";
import { btfSizeOf, skipModifiers, toBtfType, typeAt, type ParsedBtf } from "./btf-parse.js";
import { STT } from "./elf-consts.js";
import type { ElfSection, ElfSymbol } from "./elf-parse.js";
import type { BtfType, MapSpec } from "./spec.js";

const fail = (map: string, message: string): never => {
  throw new BfrError("BFR4008", `map "${map}": ${message}`);
};

export function readMaps(maps: ElfSection | undefined, symbols: ElfSymbol[], btf: ParsedBtf | null): MapSpec[] {
  if (!maps) return [];
  const syms = symbols
    .filter((s) => s.shndx === maps.index && (s.type === STT.OBJECT || s.type === STT.NOTYPE) && s.name !== "")
    .sort((a, b) => a.value - b.value);
  const seen = new Set<string>();
  return syms.map((s) => {
    if (seen.has(s.name)) fail(s.name, "defined twice");
    seen.add(s.name);
    if (!btf) return fail(s.name, "the object has no .BTF, so the map has no definition");
    return decodeMap(s.name, btf);
  });
}

function decodeMap(name: string, btf: ParsedBtf): MapSpec {
  const v = btf.types.findIndex((t) => t.kind === KIND.VAR && t.name === name);
  if (v < 0) fail(name, "no BTF VAR describes it");
  const st = typeAt(btf, skipModifiers(btf, typeAt(btf, v).sizeOrType));
  if (st.kind !== KIND.STRUCT) fail(name, "its BTF type is not a struct");
  const attrs = new Map<string, number>();
  const types: { key?: BtfType; value?: BtfType } = {};
  const sizes: { key?: number; value?: number } = {};
  for (const m of st.members) {
    const ptr = typeAt(btf, skipModifiers(btf, m.type));
    if (ptr.kind !== KIND.PTR) fail(name, `member "${m.name}" is not a pointer`);
    if (m.name === "key" || m.name === "value") {
      sizes[m.name] = btfSizeOf(btf, ptr.sizeOrType) ?? fail(name, `the ${m.name} type has no size`);
      const t = toBtfType(btf, ptr.sizeOrType);
      if (t) types[m.name] = t;
    } else if (["type", "max_entries", "key_size", "value_size", "map_flags"].includes(m.name)) {
      const arr = typeAt(btf, skipModifiers(btf, ptr.sizeOrType));
      if (arr.kind !== KIND.ARRAY) fail(name, `member "${m.name}" is not a pointer to an array`);
      attrs.set(m.name, arr.extra[2]);
    } else {
      fail(name, `attribute "${m.name}" is not supported (bfr reads type, max_entries, key, value, key_size, value_size, map_flags)`);
    }
  }
  const spec: MapSpec = {
    name,
    type: attrs.get("type") ?? fail(name, "no map type"),
    keySize: sizes.key ?? attrs.get("key_size") ?? 0,
    valueSize: sizes.value ?? attrs.get("value_size") ?? 0,
    maxEntries: attrs.get("max_entries") ?? 0,
    flags: attrs.get("map_flags") ?? 0,
  };
  if (types.key) spec.key = types.key;
  if (types.value) spec.value = types.value;
  return spec;
}
