// Reading a counters map: a per-CPU array of {u64 packets, u64 bytes} (metadata role "counters"),
// summed over the possible CPUs. One MAP_LOOKUP_BATCH reads every slot (a 100k-rule chain in one
// syscall); kernels without batch lookups get one lookup per slot.

import { mapLookup, mapLookupBatch } from "./bpf.js";
import { ENOENT, EINVAL, SysError, check, type Sys } from "./sys.js";

export interface CounterValue { packets: number; bytes: number }

/** Per-CPU values come as one 8-byte-aligned slot per possible CPU: 16 bytes each here. */
const SLOT = 16;
const EOPNOTSUPP = 95;
const ENOTSUPP = 524;

function sum(values: Buffer, base: number, cpus: number): CounterValue {
  let packets = 0n;
  let bytes = 0n;
  for (let i = 0; i < cpus; i++) {
    packets += values.readBigUInt64LE(base + i * SLOT);
    bytes += values.readBigUInt64LE(base + i * SLOT + 8);
  }
  return { packets: Number(packets), bytes: Number(bytes) };
}

/** Every slot 0..entries-1 of the counters map `fd`. `what` prefixes errors. */
export function readCounterMap(sys: Sys, fd: number, entries: number, what: string): CounterValue[] {
  const cpus = sys.possibleCpus();
  const keys = Buffer.alloc(4 * entries);
  const values = Buffer.alloc(SLOT * cpus * entries);
  const { rc, done } = mapLookupBatch(sys, fd, Buffer.alloc(4), keys, values, entries);
  if (rc >= 0 || (-rc === ENOENT && done === entries)) {
    const out: CounterValue[] = new Array(entries);
    for (let i = 0; i < done; i++) out[keys.readUInt32LE(i * 4)] = sum(values, i * SLOT * cpus, cpus);
    return out;
  }
  if (-rc !== EINVAL && -rc !== EOPNOTSUPP && -rc !== ENOTSUPP && -rc !== ENOENT) throw new SysError(`${what}: read`, -rc);
  return Array.from({ length: entries }, (_, i) => readCounterSlot(sys, fd, i, what));
}

/** One slot of the counters map `fd`. */
export function readCounterSlot(sys: Sys, fd: number, index: number, what: string): CounterValue {
  const cpus = sys.possibleCpus();
  const key = Buffer.alloc(4);
  key.writeUInt32LE(index);
  const value = Buffer.alloc(SLOT * cpus);
  check(mapLookup(sys, fd, key, value), `${what}: read slot ${index}`);
  return sum(value, 0, cpus);
}
