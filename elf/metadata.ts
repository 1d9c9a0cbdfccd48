// Our metadata (`.bfr.*` sections): what a standard ELF cannot say — the chains, their hook options
// as written, rule tables, canonical source, map roles and initial set contents. Written by the
// compiler's emitter, read by the loader (which may import only elf/). Versioned: the loader refuses
// an unknown major version. Types only here; elf/metadata-codec.ts encodes and decodes.

import type { HookName } from "./hooks.js";

export const METADATA_VERSION = { major: 1, minor: 0 } as const;

export type MapRole =
  /** Per-CPU array of {packets u64, bytes u64}: slot i = rule with counterSlot i, last slot = policy. */
  | { kind: "counters" }
  /** A set's hash map (or LPM trie); `set` is the set's name or `anon<N>`. */
  | { kind: "set"; set: string }
  | { kind: "log" }
  | { kind: "ratelimit" }
  /** Per-CPU parsed-packet values of a split chain (no state between packets); older objects omit it. */
  | { kind: "scratch" };

export interface RuleMeta {
  /** 0-based position in the chain. */
  index: number;
  line: number;
  col: number;
  /** Canonical one-line text of the rule (how `update` matches rules across versions). */
  text: string;
  /** Slot in the counters map, or null for a rule without `counter`. */
  counterSlot: number | null;
}

export interface ChainMeta {
  name: string;
  hook: HookName;
  /** Program (function) name in the object. */
  program: string;
  /** Hook options as written (interface names stay symbolic); null when the chain has none. */
  options: { key: string; value: string }[] | null;
  policy: "ACCEPT" | "DROP" | "NEXT";
  /** Slot of the policy counter in the counters map. */
  policySlot: number;
  rules: RuleMeta[];
  /** Map name → role, for every map this chain's program uses. */
  maps: { map: string; role: MapRole }[];
  /** Interface names the program compares against (meta.iface / REDIRECT): the loader resolves
   *  each on the host and patches the listed instructions' imm with the index. */
  ifaceRefs: { name: string; insns: number[] }[];
  /** The chain in canonical source form. */
  canonical: string;
}

export interface SetContents {
  map: string;
  /** Size of one key in bytes. */
  keySize: number;
  /** Number of initial elements. */
  count: number;
  /** count * keySize bytes, in the map's key layout. */
  keys: Uint8Array;
  /** Value written for every key (valueSize bytes). */
  value: Uint8Array;
}

export interface BfrMetadata {
  version: { major: number; minor: number };
  /** The `.bfr` source name as given (relative). */
  source: string;
  chains: ChainMeta[];
  sets: SetContents[];
}
