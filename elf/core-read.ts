// Reading CO-RE relocations back (elf/read): a `.BTF.ext` core_relo record's local type id and
// libbpf access string ("0:1:0") turned into the spec's struct name and field-name path. Kept
// apart from elf/core.ts so that elf/btf.ts (which core.ts serves) and the BTF parser do not
// import each other.

import { KIND } from "./btf.js";
import { skipModifiers, typeAt, type ParsedBtf } from "./btf-parse.js";
import { coreKindName } from "./core.js";
import { BfrError } from "./errors.js";
import type { CoreRelocation } from "./spec.js";

/**
 * A core_relo record read back: root struct name and field-name path from the local BTF (which
 * may be clang's). Anonymous members on the path are dropped (the loader finds fields through
 * anonymous unions by name); array indexes, other relocation kinds and non-struct roots are
 * refused with BFR4007, bad type ids or indexes with BFR4006.
 */
export function decodeCoreRelo(
  btf: ParsedBtf, typeId: number, access: string, kind: number, where: string,
): Omit<CoreRelocation, "insn"> {
  const unsupported = (what: string): never => {
    throw new BfrError("BFR4007", `${where}: CO-RE relocation ${what} is not supported`);
  };
  const malformed = (what: string): never => {
    throw new BfrError("BFR4006", `.BTF.ext: ${where}: CO-RE relocation ${what}`);
  };
  const k = coreKindName(kind) ?? unsupported(`of kind ${kind}`);
  if (!btf.types[typeId]) malformed(`names type id ${typeId}, which does not exist`);
  const idx = access.split(":").map((x) => (/^\d+$/.test(x) ? Number(x) : malformed(`has a bad access string "${access}"`)));
  let t = typeAt(btf, skipModifiers(btf, typeId));
  if (t.kind !== KIND.STRUCT && t.kind !== KIND.UNION) unsupported(`on type "${t.name}" (not a struct or union)`);
  if (idx[0] !== 0 || idx.length < 2) unsupported(`with access string "${access}" (array of the root, or the whole object)`);
  const root = t.name;
  const path: string[] = [];
  let pointer = false;
  for (const i of idx.slice(1)) {
    if (t.kind !== KIND.STRUCT && t.kind !== KIND.UNION) unsupported(`with access string "${access}" (array indexes)`);
    const m = t.members[i] ?? malformed(`access string "${access}": member ${i} of "${t.name}" does not exist`);
    if (m.name !== "") path.push(m.name);
    const mt = typeAt(btf, skipModifiers(btf, m.type));
    pointer = mt.kind === KIND.PTR;
    t = mt;
  }
  if (path.length === 0) unsupported(`with access string "${access}" (no named field)`);
  return pointer ? { type: root, access: path.join("."), kind: k, pointer: true } : { type: root, access: path.join("."), kind: k };
}
