// Reading an object file for the host commands: the ObjectSpec, our metadata (null for a foreign
// object), the BTF the loader core wants, and the object's sha256 (shown by `list`, `show`).
// Set maps get headroom here, before anything is created, so `update-set` can add elements to a
// live chain: max_entries = max(compiled, 1024, 1.25 × initial elements).

import { createHash } from "node:crypto";
import { readObject } from "../../elf/read.js";
import { decodeMetadata } from "../../elf/metadata-codec.js";
import { buildBtf } from "../../elf/btf.js";
import type { BfrMetadata } from "../../elf/metadata.js";
import type { MapSpec, ObjectSpec } from "../../elf/spec.js";
import { MAP_TYPE } from "../../elf/spec.js";
import { BfrError } from "../../elf/errors.js";
import type { LoadInput, LoaderBtf } from "../load.js";

export const SET_HEADROOM_MIN = 1024;

export interface HostObject extends LoadInput {
  spec: ObjectSpec;
  metadata: BfrMetadata | null;
  /** sha256 of the file's bytes, hex. */
  hash: string;
  file: string;
}

/** Capacity a set map is created with. */
export function setCapacity(compiled: number, initial: number): number {
  return Math.max(compiled, SET_HEADROOM_MIN, Math.ceil(initial * 1.25));
}

function withHeadroom(spec: ObjectSpec, metadata: BfrMetadata | null): ObjectSpec {
  if (!metadata) return spec;
  const setMaps = new Set(metadata.chains.flatMap((c) => c.maps.filter((m) => m.role.kind === "set").map((m) => m.map)));
  const maps = spec.maps.map((m): MapSpec => {
    if (!setMaps.has(m.name) || (m.type !== MAP_TYPE.HASH && m.type !== MAP_TYPE.LPM_TRIE)) return m;
    const initial = metadata.sets.find((s) => s.map === m.name)?.count ?? 0;
    return { ...m, maxEntries: setCapacity(m.maxEntries, initial) };
  });
  return { ...spec, maps };
}

function loaderBtf(spec: ObjectSpec): LoaderBtf {
  return buildBtf(spec);
}

/** Parses an object file's bytes (BFR4xxx errors for a bad object come from elf/). */
export function openObject(bytes: Uint8Array, file: string): HostObject {
  let spec: ObjectSpec;
  try {
    spec = readObject(bytes);
  } catch (e) {
    if (e instanceof BfrError) throw new BfrError(e.code, `${file}: ${e.message}`, e.hint);
    throw e;
  }
  const metadata = decodeMetadata(spec.bfr);
  const sized = withHeadroom(spec, metadata);
  const hash = createHash("sha256").update(bytes).digest("hex");
  return { spec: sized, metadata, btf: loaderBtf(sized), hash, file };
}
