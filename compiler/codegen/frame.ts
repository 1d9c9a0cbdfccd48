// Where a generated function keeps the packet values, and the register conventions
// (docs/COMPILER.md): r6 = ctx for the whole function; pinned hot values in r7–r9 (r7–r8 when r9
// holds the value area); r1–r5 = a cache of other values between helper calls; r0 = scratch.
// Every extracted value has an 8-byte slot (128-bit values two, #0 = first 8 bytes), either on
// the stack below r10 ("stack" mode) or in the chain's per-CPU scratch map value that r9 points
// at ("map" mode: values read from a map are unknown to the verifier, so a rule-range function is
// verified once, not once per parse path). Local areas (keys, copies) are always on the stack.

import { VALUES, type IrChain, type Test, type ValueId } from "../ir/types.js";
import type { Reg } from "../insn.js";
import { LOG_HEADER } from "../../elf/logrecord.js";

/** A value, a half of a 128-bit value, or (map mode) the index of a named interface. */
export type SlotKey = ValueId | `${ValueId}#0` | `${ValueId}#1` | `ifname:${string}`;

/** Interface names the chain compares against or redirects to, sorted. */
export function ifaceNames(chain: IrChain): string[] {
  const names = new Set<string>();
  for (const r of chain.rules) {
    for (const t of r.tests) if ((t.op === "eq" || t.op === "ne") && t.iface !== undefined) names.add(t.iface);
    if (r.verdict.kind === "redirect" && r.verdict.ifname !== null) names.add(r.verdict.ifname);
  }
  return [...names].sort();
}

/** Values that depend on others (extra slots the parser must fill). */
const DEPENDS: Partial<Record<ValueId, ValueId[]>> = {
  flow5: ["l3", "l4", "proto", "sport", "dport", "ip4.saddr", "ip4.daddr", "ip6.saddr", "ip6.daddr"],
};

/** Values the parser writes on every path (sentinel or always valid): safe to read unguarded. */
export const ALWAYS_SET: ReadonlySet<ValueId> = new Set<ValueId>([
  "ethertype", "l3", "proto", "l4", "ip4.saddr", "ip4.daddr", "sport", "dport", "flow5", "mark", "flow_hash", "iface",
]);

export const CTX_REG: Reg = 6;
/** Netfilter: bytes of the packet copied for parsing: IPv4 with options (60) + TCP (20). */
export const NF_PKT_BYTES = 80;
/** Register holding the scratch map value in "map" mode. */
export const AREA_REG: Reg = 9;

export function testValues(t: Test, c: IrChain): ValueId[] {
  if ("v" in t) return [t.v];
  if (t.op === "lookup") return c.sets[t.set].parts.map((p) => p.v);
  return [];
}

export type FrameMode = "stack" | "map";

export class Frame {
  private readonly slots = new Map<SlotKey, number>();
  readonly used: ReadonlySet<ValueId>;
  /** Register the value slots are relative to: r10 (stack) or r9 (scratch map value). */
  readonly base: Reg;
  /** Registers available for pinned values. */
  readonly pinnable: readonly Reg[];
  /** Size of the value area (the scratch map's value size in "map" mode). */
  readonly valueBytes: number;
  /** fp offsets (negative) of the local areas. */
  readonly ctrKey: number;
  readonly keyBuf: number;
  readonly scratch: number;
  /** Netfilter: the packet's first NF_PKT_BYTES copied out of the skb, and the skb dynptr (else 0). */
  readonly pktBuf: number;
  /** The reserved log record's pointer, spilled across helper calls (0 when no rule logs). */
  readonly logPtr: number;
  readonly dynptr: number;
  readonly size: number;

  constructor(chain: IrChain, readonly mode: FrameMode) {
    const used = new Set<ValueId>();
    for (const r of chain.rules) for (const t of r.tests) for (const v of testValues(t, chain)) used.add(v);
    for (const v of [...used]) for (const d of DEPENDS[v] ?? []) used.add(d);
    // `log` captures headers at offsets the parser records
    const logged = chain.rules.reduce((a, r) => a | (r.log?.headers ?? 0), 0);
    if (chain.family !== "sock_addr") {
      if (logged & (LOG_HEADER.internet | LOG_HEADER.transport)) for (const v of ["l3", "l3off", "l3len"] as const) used.add(v);
      if (logged & LOG_HEADER.transport) for (const v of ["l4", "l4off"] as const) used.add(v);
    }
    this.used = used;
    this.base = mode === "stack" ? 10 : AREA_REG;
    this.pinnable = mode === "stack" ? [7, 8, 9] : [7, 8];
    let area = 0;
    // stack: slots grow down from r10; map: up from the value's start
    const value = (n: number): number => (mode === "stack" ? -(area += n) : (area += n) - n);
    for (const v of Object.keys(VALUES) as ValueId[]) {
      if (!used.has(v)) continue;
      if (VALUES[v].bits === 128) {
        // #0 at the lower address so the two halves read as the address bytes in order
        const lo = value(16);
        this.slots.set(`${v}#0`, lo);
        this.slots.set(`${v}#1`, lo + 8);
      } else this.slots.set(v, value(8));
    }
    // map mode: the program writes each named interface's index (patched by the loader into its
    // own instructions) to a slot, so rule-range functions need no patching
    if (mode === "map") for (const n of ifaceNames(chain)) this.slots.set(`ifname:${n}`, value(8));
    this.valueBytes = Math.max(8, area);
    let off = mode === "stack" ? area : 0;
    const take = (n: number): number => (off += n, -off);
    this.ctrKey = take(8);
    const keyMax = Math.max(0, ...chain.sets.map((s) => s.keySize));
    this.keyBuf = take(Math.ceil(keyMax / 8) * 8);
    this.scratch = take(24);
    this.logPtr = chain.rules.some((r) => r.log) ? take(8) : 0;
    const nf = chain.family === "nf" && this.depth >= 3;
    this.pktBuf = nf ? take(NF_PKT_BYTES) : 0;
    this.dynptr = nf ? take(16) : 0;
    this.size = off;
  }

  has(v: ValueId): boolean {
    return this.used.has(v);
  }

  slot(k: SlotKey): number {
    const o = this.slots.get(k);
    if (o === undefined) throw new Error(`no stack slot for ${k}`);
    return o;
  }

  /** Which IP versions the parser must handle: a chain testing only IPv4 addresses skips IPv6. */
  get families(): { v4: boolean; v6: boolean } {
    const l3 = [...this.used].filter((v) => VALUES[v].layer >= 3);
    const v4only = l3.every((v) => v === "ip4.saddr" || v === "ip4.daddr");
    const v6only = l3.every((v) => v.startsWith("ip6."));
    return { v4: !v6only || l3.length === 0, v6: !v4only || l3.length === 0 };
  }

  /** Highest layer the parser must reach: 0 meta only, 2 Ethernet, 3 IP, 4 transport. */
  get depth(): number {
    return Math.max(0, ...[...this.used].map((v) => VALUES[v].layer));
  }
}
