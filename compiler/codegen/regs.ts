// Register allocation for the rule region: up to three hot values pinned in callee-saved r7–r9 for
// the whole function, other values cached in r1–r5 until a helper call clobbers them. The cache is
// valid at a label only for what every path into it agrees on (intersect the snapshots).

import { ldx, type Asm, type Reg } from "../insn.js";
import type { Frame, SlotKey } from "./frame.js";

const CACHE_REGS: readonly Reg[] = [1, 2, 3, 4, 5];

export type CacheState = ReadonlyMap<Reg, SlotKey>;

export class Regs {
  private cache = new Map<Reg, SlotKey>();
  private lru: Reg[] = [];
  private locked = new Set<Reg>();

  /** `code` gives the instruction sequence being written (the caller may switch it). */
  constructor(
    private readonly code: () => Asm,
    private readonly frame: Frame,
    readonly pinned: ReadonlyMap<SlotKey, Reg>,
  ) {}

  private touch(r: Reg): void {
    this.lru = [...this.lru.filter((x) => x !== r), r];
    this.locked.add(r);
  }

  private free(): Reg {
    const idle = CACHE_REGS.find((r) => !this.cache.has(r) && !this.locked.has(r));
    const r = idle ?? this.lru.find((x) => !this.locked.has(x));
    if (r === undefined) throw new Error("register allocator: every register is locked");
    this.cache.delete(r);
    return r;
  }

  /** A register holding slot `k` (loaded if needed); stays valid until `release`. */
  get(k: SlotKey): Reg {
    const p = this.pinned.get(k);
    if (p !== undefined) return p;
    for (const [r, key] of this.cache) {
      if (key === k) {
        this.touch(r);
        return r;
      }
    }
    const r = this.free();
    this.code().emit(ldx("DW", r, this.frame.base, this.frame.slot(k)));
    this.cache.set(r, k);
    this.touch(r);
    return r;
  }

  /** A register free for temporary use until `release` (never r0: callers use r0 themselves). */
  scratch(): Reg {
    const r = this.free();
    this.touch(r);
    return r;
  }

  /** Forget a register's cached value (it is about to be overwritten). */
  kill(r: Reg): void {
    this.cache.delete(r);
  }

  /** End of one test: registers may be reused. */
  release(): void {
    this.locked.clear();
  }

  /** After a helper call: r1–r5 are clobbered. */
  clobber(): void {
    this.cache.clear();
    this.locked.clear();
  }

  snapshot(): CacheState {
    return new Map(this.cache);
  }

  /** Set the cache to what all incoming paths agree on. */
  join(states: readonly CacheState[]): void {
    const [first, ...rest] = states;
    const out = new Map<Reg, SlotKey>();
    if (first) for (const [r, k] of first) if (rest.every((s) => s.get(r) === k)) out.set(r, k);
    this.cache = out;
    this.lru = this.lru.filter((r) => out.has(r));
    this.locked.clear();
  }
}
