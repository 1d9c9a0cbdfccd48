// State shared by the code generators of one function: the instruction list, the frame, the chain,
// and small emit helpers for stack slots.

import { ldx, st, stx, type Asm, type Reg } from "../insn.js";
import type { IrChain, ValueId } from "../ir/types.js";
import { CTX_REG, type Frame, type SlotKey } from "./frame.js";

export interface Gen {
  asm: Asm;
  frame: Frame;
  chain: IrChain;
}

/** Registers during parsing: r2 = data, r3 = data_end, r4 = L3 header, r5 = L4 header. */
export const R = { ctx: CTX_REG, data: 2 as Reg, end: 3 as Reg, l3: 4 as Reg, l4: 5 as Reg };

/** r = slot(k) */
export function load(g: Gen, reg: Reg, k: SlotKey): void {
  g.asm.emit(ldx("DW", reg, g.frame.base, g.frame.slot(k)));
}

/** slot(k) = reg */
export function store(g: Gen, k: SlotKey, reg: Reg): void {
  g.asm.emit(stx("DW", g.frame.base, g.frame.slot(k), reg));
}

/** slot(v) = imm, when the chain uses v */
export function storeImm(g: Gen, v: ValueId, imm: number): void {
  if (g.frame.has(v)) g.asm.emit(st("DW", g.frame.base, g.frame.slot(v), imm));
}
