// Carried-over counter totals ("base"): a pinned per-chain BPF_MAP_TYPE_ARRAY (`base`, u32 slot ->
// {packets u64, bytes u64}) that only bfr writes, under the writer lock, in the staging directory
// of an update. `show`/`list` report base + live (the per-CPU counters map the program increments).
// bfr never writes a map a program increments, so no count can be lost to a race. On update:
//   new base[new slot] = old base[old slot] + old live[old slot]
// read once the old program can no longer run: after the swap (or the old links' detach) and an RCU
// grace period (`rcuBarrier`). Both inputs are then frozen; a flag slot written last marks the carry
// complete, and crash recovery computes it again when it completes an update without the flag. A
// chain without a base map (loaded by an earlier bfr, or never updated) has base 0.

import { join } from "node:path";
import { CMD, mapCreate, mapLookup, mapUpdate } from "../bpf.js";
import { check } from "../sys.js";
import { carriedSlots, countersMap, readSlot, sumSlot, type Count } from "./counters.js";
import type { HostSys } from "./hostsys.js";
import { openPin } from "./kobj.js";
import { mapPin, PIN } from "./layout.js";
import { readMeta, type HostMeta } from "./meta.js";

/** UAPI enum bpf_map_type: BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_ARRAY_OF_MAPS. */
const MAP_ARRAY = 2;
const MAP_ARRAY_OF_MAPS = 12;
const VALUE = 16;

function key(slot: number): Buffer {
  const k = Buffer.alloc(4);
  k.writeUInt32LE(slot, 0);
  return k;
}

/**
 * Creates an all-zero base map: `slots` counter slots plus one "carried" flag slot (index `slots`,
 * packets = 1 once the carry is written) so crash recovery never carries twice; returns its fd.
 */
export function createBaseMap(sys: HostSys, slots: number): number {
  const fd = mapCreate(sys, { type: MAP_ARRAY, keySize: 4, valueSize: VALUE, maxEntries: slots + 1, flags: 0, name: "bfr_base" });
  return check(fd, "counters: create the base map");
}

/** One slot of a base map (0 when the slot is outside it). */
export function readBase(sys: HostSys, fd: number, slot: number): Count {
  const v = Buffer.alloc(VALUE);
  const rc = mapLookup(sys, fd, key(slot), v);
  if (rc === -2) return { packets: 0, bytes: 0 };
  check(rc, `counters: read base slot ${slot}`);
  return { packets: Number(v.readBigUInt64LE(0)), bytes: Number(v.readBigUInt64LE(8)) };
}

export function addCount(a: Count, b: Count): Count {
  return { packets: a.packets + b.packets, bytes: a.bytes + b.bytes };
}

/**
 * The carry arithmetic: for every (old slot, new slot) pair, new base = old base + old live. Slots
 * of the new chain not in `pairs` (new or changed rules) are not listed: they stay 0.
 */
export function carriedTotals(pairs: [number, number][], oldBase: (slot: number) => Count, oldLive: (slot: number) => Count): [number, Count][] {
  return pairs.map(([from, to]) => [to, addCount(oldBase(from), oldLive(from))]);
}

/**
 * Waits until no BPF program that could have started before this call is still running. An
 * update of a BPF_MAP_TYPE_ARRAY_OF_MAPS from the syscall calls synchronize_rcu() before returning
 * (kernel/bpf/syscall.c maybe_wait_bpf_programs(): "Wait for any running non-sleepable BPF
 * programs to complete"); XDP, TC, netfilter and cgroup programs are non-sleepable and run inside
 * RCU read-side sections, so once this returns a program taken off its hook has finished every
 * run. (Polling BPF_PROG_GET_FD_BY_ID is not enough: the id is freed before the grace period.)
 */
export function rcuBarrier(sys: HostSys): void {
  const inner = check(mapCreate(sys, { type: MAP_ARRAY, keySize: 4, valueSize: 4, maxEntries: 1, flags: 0, name: "bfr_rcu" }), "rcu barrier: inner map");
  try {
    const a = Buffer.alloc(160);
    a.writeUInt32LE(MAP_ARRAY_OF_MAPS, 0);
    a.writeUInt32LE(4, 4); // key_size
    a.writeUInt32LE(4, 8); // value_size: an inner map fd
    a.writeUInt32LE(1, 12); // max_entries
    a.writeUInt32LE(inner, 20); // inner_map_fd
    a.write("bfr_rcu", 28, "latin1");
    const outer = check(sys.bpf(CMD.MAP_CREATE, a), "rcu barrier: map of maps");
    try {
      const v = Buffer.alloc(4);
      v.writeUInt32LE(inner, 0);
      check(mapUpdate(sys, outer, key(0), v), "rcu barrier: wait for running programs");
    } finally {
      sys.close(outer);
    }
  } finally {
    sys.close(inner);
  }
}

export function writeBase(sys: HostSys, fd: number, totals: [number, Count][]): void {
  for (const [slot, c] of totals) {
    const v = Buffer.alloc(VALUE);
    v.writeBigUInt64LE(BigInt(c.packets), 0);
    v.writeBigUInt64LE(BigInt(c.bytes), 8);
    check(mapUpdate(sys, fd, key(slot), v), `counters: write base slot ${slot}`);
  }
}

/** Number of counter slots of a chain (the counters map's entries), 0 without counters. */
export function counterSlots(meta: HostMeta): number {
  const cm = countersMap(meta);
  return cm ? meta.maps.find((m) => m.name === cm.name)?.maxEntries ?? 0 : 0;
}

/** The (old slot, new slot) pairs an update carries over; none when either side has no counters. */
export function carriedPairs(old: HostMeta, fresh: HostMeta): [number, number][] {
  if (!countersMap(old) || !countersMap(fresh) || !old.chain || !fresh.chain) return [];
  return carriedSlots(old.chain, fresh.chain);
}

/** What an update carries from: the old chain's metadata, counters map and base map (if any). */
export interface CarrySource {
  meta: HostMeta;
  liveFd: number | null;
  baseFd: number | null;
}

/** Opens the old chain's counters and base maps (held open: they survive the directory's removal). */
export function openCarrySource(sys: HostSys, dir: string, meta: HostMeta = readMeta(sys, join(dir, PIN.meta))): CarrySource {
  const cm = countersMap(meta);
  const liveFd = cm ? openPin(sys, join(dir, mapPin(cm.name))) : null;
  try {
    return { meta, liveFd, baseFd: liveFd === null ? null : openPin(sys, join(dir, PIN.base)) };
  } catch (e) {
    if (liveFd !== null) sys.close(liveFd);
    throw e;
  }
}

export function closeCarrySource(sys: HostSys, src: CarrySource): void {
  if (src.liveFd !== null) sys.close(src.liveFd);
  if (src.baseFd !== null) sys.close(src.baseFd);
}

/**
 * Computes the new chain's base from the old chain's base and live counters and writes it into
 * `newBaseFd`. The caller has made sure the old program no longer runs (`rcuBarrier` after the
 * swap or detach). Returns the number of carried slots.
 */
export function carryFrom(sys: HostSys, src: CarrySource, fresh: HostMeta, newBaseFd: number): number {
  const from = countersMap(src.meta);
  const pairs = carriedPairs(src.meta, fresh);
  const { liveFd, baseFd } = src;
  if (!from || liveFd === null || pairs.length === 0) return 0;
  const totals = carriedTotals(pairs,
    (slot) => (baseFd === null ? { packets: 0, bytes: 0 } : readBase(sys, baseFd, slot)),
    (slot) => sumSlot(readSlot(sys, liveFd, from.valueSize, slot), from.valueSize));
  // The flag last: a base with the flag set holds the complete carry.
  writeBase(sys, newBaseFd, [...totals, [counterSlots(fresh), { packets: 1, bytes: 0 }]]);
  return pairs.length;
}

/**
 * Crash recovery of an update past its swap: writes the staged base unless its flag says it is
 * complete (the inputs stopped changing at the swap, so a carry that died halfway is redone). `retire` takes the old program off its hooks first (removing the
 * old directory of a netfilter update detaches its links); the old maps stay open meanwhile.
 */
export function recarry(sys: HostSys, oldDir: string, newDir: string, retire: () => void = () => {}): void {
  const newBase = openPin(sys, join(newDir, PIN.base));
  if (newBase === null) return retire();
  try {
    const fresh = readMeta(sys, join(newDir, PIN.meta));
    if (readBase(sys, newBase, counterSlots(fresh)).packets === 1) return retire();
    // An old directory whose removal was cut short has nothing reliable left to carry.
    const oldMeta = openPin(sys, join(oldDir, PIN.meta));
    if (oldMeta === null) return retire();
    sys.close(oldMeta);
    const src = openCarrySource(sys, oldDir);
    try {
      retire();
      rcuBarrier(sys);
      carryFrom(sys, src, fresh, newBase);
    } finally {
      closeCarrySource(sys, src);
    }
  } finally {
    sys.close(newBase);
  }
}
