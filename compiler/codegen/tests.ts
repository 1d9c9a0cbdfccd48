// One IR test → instructions. Each test first brings its values into registers (and makes any
// helper call), then decides with a short AND/OR of compare-and-jump atoms, emitted either as
// "jump when false" (to the next rule) or, for a rule's last test, "jump when true" (to the rule's
// tail) so that the common no-match path falls straight through to the next rule.

import {
  HELPER, alu32, alur, be, call, ja, jmp, jmp32, jmpr, ld64, ldMap, mov32, mov32r, movr, alu, st, stx,
  type JmpOp, type Label, type Reg, type Size,
} from "../insn.js";
import { VALUES, type IrSet, type Test, type ValueId } from "../ir/types.js";
import type { Gen } from "./gen.js";
import type { Regs } from "./regs.js";

type Operand = { imm: number; w32: boolean } | { reg: Reg };
type Op = JmpOp | "NSET";
interface Atom { op: Op; reg: Reg; rhs: Operand; iface?: string }
interface Cond { all: boolean; atoms: Atom[] }

const NEG: Record<Op, Op> = {
  JEQ: "JNE", JNE: "JEQ", JGT: "JLE", JLE: "JGT", JGE: "JLT", JLT: "JGE", JSET: "NSET", NSET: "JSET",
  JSGT: "JSLE", JSLE: "JSGT", JSGE: "JSLT", JSLT: "JSGE",
};
const M64 = (1n << 64n) - 1n;
const fitsS32 = (v: bigint): boolean => v >= -(1n << 31n) && v < 1n << 31n;

/** Values whose stored form is always < 2^32 (no sentinel above 32 bits): 32-bit compares are exact. */
const u32only = (v: ValueId): boolean => VALUES[v].bits <= 32 && (VALUES[v].sentinel ?? 0n) < 1n << 32n && !v.startsWith("ip4.");

export interface TestCtx {
  g: Gen;
  regs: Regs;
  /** Called with a label on an instruction whose imm the loader replaces by an interface index. */
  onIface: (name: string, at: Label) => void;
}

function operand(c: TestCtx, imm: bigint, w32: boolean): Operand {
  if (w32) return { imm: Number(BigInt.asIntN(32, imm)), w32: true };
  if (fitsS32(imm)) return { imm: Number(imm), w32: false };
  const s = c.regs.scratch();
  c.g.asm.emit(imm >= 0n && imm < 1n << 32n ? mov32(s, Number(BigInt.asIntN(32, imm))) : ld64(s, imm));
  return { reg: s };
}

function emitAtom(c: TestCtx, a: Atom, target: Label): void {
  const { asm } = c.g;
  if (a.op === "NSET") {
    const skip = asm.label("nset");
    emitAtom(c, { ...a, op: "JSET" }, skip);
    asm.emit(ja(target));
    asm.bind(skip);
    return;
  }
  if (a.iface !== undefined) c.onIface(a.iface, asm.here("iface"));
  if ("reg" in a.rhs) asm.emit(jmpr(a.op, a.reg, a.rhs.reg, target));
  else asm.emit((a.rhs.w32 ? jmp32 : jmp)(a.op, a.reg, a.rhs.imm, target));
}

/** Emit `cond`: jump to `target` when it is false ("fail") or true ("pass"); fall through otherwise. */
function emitCond(c: TestCtx, cond: Cond, target: Label, sense: "fail" | "pass"): void {
  const { asm } = c.g;
  const atoms = cond.atoms;
  if (atoms.length === 0) {
    // an empty AND is true, an empty OR is false
    if (cond.all === (sense === "pass")) asm.emit(ja(target));
    return;
  }
  const last = atoms[atoms.length - 1];
  const init = atoms.slice(0, -1);
  if (cond.all === (sense === "fail")) {
    // AND/fail: any false atom jumps; OR/pass: any true atom jumps
    for (const a of atoms) emitAtom(c, cond.all ? { ...a, op: NEG[a.op] } : a, target);
    return;
  }
  // AND/pass: all but the last must hold, else skip; OR/fail: any true atom skips, else jump
  const skip = asm.label("skip");
  for (const a of init) emitAtom(c, cond.all ? { ...a, op: NEG[a.op] } : a, skip);
  emitAtom(c, cond.all ? last : { ...last, op: NEG[last.op] }, target);
  asm.bind(skip);
}

const half = (v: bigint, h: 0 | 1): bigint => (h === 0 ? v >> 64n : v) & M64;

function scalarAtoms(c: TestCtx, t: Extract<Test, { v: ValueId }>): Cond {
  const { regs } = c;
  const wide = VALUES[t.v].bits === 128;
  const regsOf = (): Reg[] => (wide ? [regs.get(`${t.v}#0`), regs.get(`${t.v}#1`)] : [regs.get(t.v)]);
  switch (t.op) {
    case "eq":
    case "ne": {
      const rs = regsOf();
      if (t.iface !== undefined && c.g.frame.mode === "map") {
        const rhs: Operand = { reg: regs.get(`ifname:${t.iface}`) };
        return { all: true, atoms: [{ op: t.op === "eq" ? "JEQ" : "JNE", reg: rs[0], rhs }] };
      }
      const w32 = u32only(t.v) || t.iface !== undefined;
      const atoms = rs.map((r, i): Atom => ({
        op: t.op === "eq" ? "JEQ" : "JNE", reg: r,
        rhs: operand(c, wide ? BigInt.asIntN(64, half(t.imm, i as 0 | 1)) : t.imm, w32),
        ...(t.iface !== undefined ? { iface: t.iface } : {}),
      }));
      return { all: t.op === "eq", atoms };
    }
    case "lt":
    case "ge": {
      const r = regs.get(t.v);
      return { all: true, atoms: [{ op: t.op === "lt" ? "JLT" : "JGE", reg: r, rhs: operand(c, t.imm, u32only(t.v)) }] };
    }
    case "in":
    case "out": {
      const r = regs.get(t.v);
      const w32 = u32only(t.v);
      const lo: Atom[] = t.lo === 0n ? [] : [{ op: "JGE", reg: r, rhs: operand(c, t.lo, w32) }];
      const hi: Atom = { op: "JLE", reg: r, rhs: operand(c, t.hi, w32) };
      const atoms = [...lo, hi];
      return t.op === "in" ? { all: true, atoms } : { all: false, atoms: atoms.map((a) => ({ ...a, op: NEG[a.op] })) };
    }
    case "meq":
    case "mne":
      return maskedAtoms(c, t, regsOf(), wide);
    case "any":
    case "none":
      return { all: true, atoms: [{ op: t.op === "any" ? "JSET" : "NSET", reg: regs.get(t.v), rhs: { imm: Number(t.mask), w32: false } }] };
    default: {
      const never: never = t;
      throw new Error(`unexpected test ${JSON.stringify(never)}`);
    }
  }
}

function maskedAtoms(c: TestCtx, t: Extract<Test, { op: "meq" | "mne" }>, rs: Reg[], wide: boolean): Cond {
  const { asm } = c.g;
  const atoms: Atom[] = [];
  rs.forEach((r, i) => {
    const mask = wide ? half(t.mask, i as 0 | 1) : t.mask;
    const imm = wide ? half(t.imm, i as 0 | 1) : t.imm;
    if (mask === 0n) return;
    if (wide && mask === M64) {
      atoms.push({ op: "JEQ", reg: r, rhs: operand(c, BigInt.asIntN(64, imm), false) });
      return;
    }
    const s = c.regs.scratch();
    if (wide) asm.emit(ld64(s, mask), alur("AND", s, r));
    else asm.emit(mov32r(s, r), alu32("AND", s, Number(BigInt.asIntN(32, mask))));
    atoms.push({ op: "JEQ", reg: s, rhs: operand(c, wide ? BigInt.asIntN(64, imm) : imm, !wide) });
  });
  return t.op === "meq" ? { all: true, atoms } : { all: false, atoms: atoms.map((a) => ({ ...a, op: NEG[a.op] })) };
}

/** Store the `width` low-order memory bytes of `reg` at fp+off, in aligned pieces (stack stores must be aligned). */
function storeBytes(c: TestCtx, reg: Reg, off: number, width: number, swap16: boolean): void {
  const { asm } = c.g;
  const sizes: [number, Size][] = [[8, "DW"], [4, "W"], [2, "H"], [1, "B"]];
  const piece = (pos: number): [number, Size] => sizes.find(([n]) => n <= width - pos && (off + pos) % n === 0)!;
  if (!swap16 && piece(0)[0] === width) return void asm.emit(stx(piece(0)[1], 10, off, reg));
  asm.emit(movr(0, reg));
  if (swap16) asm.emit(be(0, 16));
  for (let pos = 0; pos < width; ) {
    const [n, size] = piece(pos);
    asm.emit(stx(size, 10, off + pos, 0));
    pos += n;
    if (pos < width) asm.emit(alu("RSH", 0, n * 8));
  }
}

function lookupAtoms(c: TestCtx, set: IrSet, negate: boolean): Cond {
  const { asm, frame } = c.g;
  const key = frame.keyBuf;
  if (set.lpm) asm.emit(st("W", 10, key, (set.keySize - 4) * 8));
  for (const p of set.parts) {
    const port = p.v === "sport" || p.v === "dport";
    if (p.width === 16) {
      storeBytes(c, c.regs.get(`${p.v}#0`), key + p.offset, 8, false);
      storeBytes(c, c.regs.get(`${p.v}#1`), key + p.offset + 8, 8, false);
    } else storeBytes(c, c.regs.get(p.v), key + p.offset, p.width, port);
    c.regs.release();
  }
  asm.emit(ldMap(1, set.map), movr(2, 10), alu("ADD", 2, key), call(HELPER.map_lookup_elem));
  c.regs.clobber();
  return { all: true, atoms: [{ op: negate ? "JEQ" : "JNE", reg: 0, rhs: { imm: 0, w32: false } }] };
}

/** Emit one test; see emitCond for `sense`. */
export function emitTest(c: TestCtx, t: Test, target: Label, sense: "fail" | "pass"): void {
  let cond: Cond;
  switch (t.op) {
    case "lookup":
      cond = lookupAtoms(c, c.g.chain.sets[t.set], t.negate);
      break;
    case "random":
      c.g.asm.emit(call(HELPER.get_prandom_u32));
      c.regs.clobber();
      cond = { all: true, atoms: [{ op: t.negate ? "JGE" : "JLT", reg: 0, rhs: { imm: t.below | 0, w32: true } }] };
      break;
    case "never":
      throw new Error("a rule with a 'never' test has no code");
    default:
      cond = scalarAtoms(c, t);
  }
  emitCond(c, cond, target, sense);
  c.regs.release();
}
