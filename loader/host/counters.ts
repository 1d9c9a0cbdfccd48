// Rule counters: the per-CPU array the program counts into (slot i = rule with counterSlot i, the
// policy's own slot; value {packets u64, bytes u64} per possible CPU, each slot rounded up to 8
// bytes as the kernel lays out per-CPU values). Reading sums the CPUs. An update carries counters
// over (into the new chain's base map, base.ts; bfr never writes this map) for rules whose
// canonical text is unchanged (k-th occurrence of a text to k-th occurrence) and for the policy
// when it is unchanged.

import type { ChainMeta } from "../../elf/metadata.js";
import { mapLookup } from "../bpf.js";
import { check } from "../sys.js";
import type { HostSys } from "./hostsys.js";
import type { HostMeta } from "./meta.js";

export interface Count {
  packets: number;
  bytes: number;
}

/** The counters map of a chain, from its metadata. */
export function countersMap(meta: HostMeta): { name: string; valueSize: number } | null {
  const map = meta.chain?.maps.find((m) => m.role.kind === "counters")?.map;
  const pinned = map ? meta.maps.find((m) => m.name === map) : undefined;
  return pinned ? { name: pinned.name, valueSize: pinned.valueSize } : null;
}

function stride(valueSize: number): number {
  return Math.ceil(valueSize / 8) * 8;
}

function key(slot: number): Buffer {
  const k = Buffer.alloc(4);
  k.writeUInt32LE(slot, 0);
  return k;
}

/** The raw per-CPU value of one slot. */
export function readSlot(sys: HostSys, fd: number, valueSize: number, slot: number): Buffer {
  const buf = Buffer.alloc(stride(valueSize) * sys.possibleCpus());
  check(mapLookup(sys, fd, key(slot), buf), `counters: read slot ${slot}`);
  return buf;
}

/** Sum over CPUs of {packets@0, bytes@8}. */
export function sumSlot(buf: Buffer, valueSize: number): Count {
  let packets = 0n;
  let bytes = 0n;
  for (let off = 0; off + 16 <= buf.length; off += stride(valueSize)) {
    packets += buf.readBigUInt64LE(off);
    bytes += buf.readBigUInt64LE(off + 8);
  }
  return { packets: Number(packets), bytes: Number(bytes) };
}

/** Pairs of (old slot, new slot) whose counts carry over from `from` to `to`. */
export function carriedSlots(from: ChainMeta, to: ChainMeta): [number, number][] {
  const pool = new Map<string, number[]>();
  for (const r of from.rules) {
    if (r.counterSlot === null) continue;
    const list = pool.get(r.text) ?? [];
    list.push(r.counterSlot);
    pool.set(r.text, list);
  }
  const pairs: [number, number][] = [];
  for (const r of to.rules) {
    if (r.counterSlot === null) continue;
    const old = pool.get(r.text)?.shift();
    if (old !== undefined) pairs.push([old, r.counterSlot]);
  }
  if (from.policy === to.policy) pairs.push([from.policySlot, to.policySlot]);
  return pairs;
}
