// Rule counters: the per-CPU array the program counts into (slot i = rule with counterSlot i, the
// policy's own slot; value {packets u64, bytes u64} per possible CPU, each slot rounded up to 8
// bytes as the kernel lays out per-CPU values). Reading sums the CPUs; an update carries counters
// over to the new program for rules whose canonical text is unchanged (k-th occurrence of a text
// to k-th occurrence) and for the policy when it is unchanged.

import type { ChainMeta } from "../../elf/metadata.js";
import { mapLookup, mapUpdate } from "../bpf.js";
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

/** Copies old slots into the (not yet live) new map; returns what was copied, for the top-up. */
export function copyCounters(sys: HostSys, oldFd: number, newFd: number, valueSize: number, pairs: [number, number][]): Buffer[] {
  return pairs.map(([from, to]) => {
    const v = readSlot(sys, oldFd, valueSize, from);
    check(mapUpdate(sys, newFd, key(to), v), `counters: write slot ${to}`);
    return v;
  });
}

/**
 * After the swap: adds what the old program counted between the copy and the swap. Racing with
 * the new program's increments on the same CPU can lose a few of those; the copy before the swap
 * is exact. Best effort: called after the commit point.
 */
export function topUpCounters(sys: HostSys, oldFd: number, newFd: number, valueSize: number, pairs: [number, number][], copied: Buffer[]): void {
  pairs.forEach(([from, to], i) => {
    const now = readSlot(sys, oldFd, valueSize, from);
    if (now.equals(copied[i])) return;
    const cur = readSlot(sys, newFd, valueSize, to);
    for (let off = 0; off + 16 <= cur.length; off += stride(valueSize)) {
      for (const f of [0, 8]) {
        const delta = now.readBigUInt64LE(off + f) - copied[i].readBigUInt64LE(off + f);
        cur.writeBigUInt64LE(cur.readBigUInt64LE(off + f) + delta, off + f);
      }
    }
    check(mapUpdate(sys, newFd, key(to), cur), `counters: write slot ${to}`);
  });
}
