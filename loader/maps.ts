// Map creation and initial set contents. Every map of an object is created fresh (names cut to
// the kernel's 15 characters); set maps are filled from the `.bfr.sets` metadata with
// MAP_UPDATE_BATCH in chunks (a million elements load in well under a second), falling back to
// one update per element on kernels or map types without batch support.

import { BfrError } from "../elf/errors.js";
import type { SetContents } from "../elf/metadata.js";
import type { MapSpec } from "../elf/spec.js";
import { mapCreate, mapUpdate, mapUpdateBatch } from "./bpf.js";
import type { FdScope } from "./fds.js";
import { EINVAL, SysError, type Sys } from "./sys.js";

/** The BTF ids a map's key and value have in the loaded BTF (for readable `bpftool map dump`). */
export interface MapBtf {
  fd: number;
  mapTypeIds(map: string): { key: number; value: number } | null;
}

/** Creates `m`, owned by `scope`. Errors read `map "NAME": create: E…`. */
export function createMap(sys: Sys, scope: FdScope, m: MapSpec, btf: MapBtf | null): number {
  const ids = btf ? btf.mapTypeIds(m.name) : null;
  const rc = mapCreate(sys, {
    type: m.type, keySize: m.keySize, valueSize: m.valueSize, maxEntries: m.maxEntries, flags: m.flags,
    name: m.name, btfFd: ids ? btf!.fd : undefined, btfKeyTypeId: ids?.key, btfValueTypeId: ids?.value,
  });
  return scope.create(`map "${m.name}": create`, rc);
}

const CHUNK = 65536;
const EOPNOTSUPP = 95;
const ENOTSUPP = 524;

/** Writes every element of `set` into the map `fd` (described by `m`). */
export function fillSet(sys: Sys, fd: number, m: MapSpec, set: SetContents): void {
  const where = `map "${m.name}"`;
  if (set.keySize !== m.keySize || set.keys.length !== set.count * set.keySize) {
    throw new BfrError("BFR5011", `${where}: set contents have key size ${set.keySize} × ${set.count} elements in ${set.keys.length} bytes, the map's key size is ${m.keySize}`);
  }
  if (set.value.length !== m.valueSize) {
    throw new BfrError("BFR5011", `${where}: set value has ${set.value.length} bytes, the map's value size is ${m.valueSize}`);
  }
  if (set.count > m.maxEntries) {
    throw new BfrError("BFR5011", `${where}: ${set.count} initial elements exceed max_entries ${m.maxEntries}`);
  }
  if (set.count === 0) return;
  const keys = Buffer.from(set.keys.buffer, set.keys.byteOffset, set.keys.length);
  const values = Buffer.alloc(Math.min(set.count, CHUNK) * m.valueSize);
  for (let i = 0; i < values.length; i += m.valueSize) values.set(set.value, i);
  for (let start = 0; start < set.count; start += CHUNK) {
    const n = Math.min(CHUNK, set.count - start);
    const chunk = keys.subarray(start * m.keySize, (start + n) * m.keySize);
    const { rc, done } = mapUpdateBatch(sys, fd, chunk, values.subarray(0, n * m.valueSize), n);
    if (rc >= 0) continue;
    const unsupported = -rc === EINVAL || -rc === EOPNOTSUPP || -rc === ENOTSUPP;
    if (!(unsupported && done === 0)) {
      throw new SysError(`${where}: fill ${set.count} elements (batch at element ${start + done})`, -rc);
    }
    fillOneByOne(sys, fd, m, keys, set, start, where);
    return;
  }
}

function fillOneByOne(sys: Sys, fd: number, m: MapSpec, keys: Buffer, set: SetContents, from: number, where: string): void {
  const value = Buffer.from(set.value);
  for (let i = from; i < set.count; i++) {
    const rc = mapUpdate(sys, fd, keys.subarray(i * m.keySize, (i + 1) * m.keySize), value);
    if (rc < 0) throw new SysError(`${where}: fill element ${i} of ${set.count}`, -rc);
  }
}
