// The stack frame of a generated function and the register conventions (docs/COMPILER.md):
//   r6 = ctx for the whole function; r7–r9 = "pinned" hot packet values, loaded once after
//   parsing; r1–r5 = a cache of other values between helper calls; r0 = scratch.
// Every extracted value has an 8-byte slot below r10; 128-bit values take two (#0 = first 8 bytes).

import { VALUES, type IrChain, type Test, type ValueId } from "../ir/types.js";
import type { Reg } from "../insn.js";

export type SlotKey = ValueId | `${ValueId}#0` | `${ValueId}#1`;

/** Values that depend on others (extra slots the parser must fill). */
const DEPENDS: Partial<Record<ValueId, ValueId[]>> = {
  flow5: ["l3", "l4", "proto", "sport", "dport", "ip4.saddr", "ip4.daddr", "ip6.saddr", "ip6.daddr"],
};

/** Values the parser writes on every path (sentinel or always valid): safe to read unguarded. */
export const ALWAYS_SET: ReadonlySet<ValueId> = new Set<ValueId>([
  "ethertype", "l3", "proto", "l4", "ip4.saddr", "ip4.daddr", "sport", "dport", "flow5", "mark", "flow_hash", "iface",
]);

export const CTX_REG: Reg = 6;
export const PINNABLE: readonly Reg[] = [7, 8, 9];

export function testValues(t: Test, c: IrChain): ValueId[] {
  if ("v" in t) return [t.v];
  if (t.op === "lookup") return c.sets[t.set].parts.map((p) => p.v);
  return [];
}

export class Frame {
  private readonly slots = new Map<SlotKey, number>();
  readonly used: ReadonlySet<ValueId>;
  /** fp offsets (negative) of the fixed areas. */
  readonly pktlen: number;
  readonly ctrKey: number;
  readonly keyBuf: number;
  readonly scratch: number;
  readonly size: number;

  constructor(chain: IrChain) {
    const used = new Set<ValueId>();
    for (const r of chain.rules) for (const t of r.tests) for (const v of testValues(t, chain)) used.add(v);
    for (const v of [...used]) for (const d of DEPENDS[v] ?? []) used.add(d);
    this.used = used;
    let off = 0;
    const take = (n: number): number => (off += n, -off);
    for (const v of Object.keys(VALUES) as ValueId[]) {
      if (!used.has(v)) continue;
      if (VALUES[v].bits === 128) {
        // #0 at the lower address so the two halves read as the address bytes in order
        const hi = take(16);
        this.slots.set(`${v}#0`, hi);
        this.slots.set(`${v}#1`, hi + 8);
      } else this.slots.set(v, take(8));
    }
    this.pktlen = take(8);
    this.ctrKey = take(8);
    const keyMax = Math.max(0, ...chain.sets.map((s) => s.keySize));
    this.keyBuf = take(Math.ceil(keyMax / 8) * 8);
    this.scratch = take(24);
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

  /** Highest layer the parser must reach: 0 meta only, 2 Ethernet, 3 IP, 4 transport. */
  get depth(): number {
    return Math.max(0, ...[...this.used].map((v) => VALUES[v].layer));
  }
}
