// The IR verifier: invariants every pass must keep. Returns a list of violations (empty = valid);
// tests run it after lowering and after each pass. A violation is a compiler bug, never user error.

import { VALUES, type IrChain, type IrRule, type Test, type ValueId } from "./types.js";

/** Largest value a test may compare `v` against (its domain, sentinel excluded). */
function maxOf(v: ValueId): bigint {
  return (1n << BigInt(VALUES[v].bits)) - 1n;
}

/** Values only an skb hook has: mark on TC, cgroup_skb and netfilter, the kernel flow hash on TC. */
const SKB_ONLY: Readonly<Partial<Record<ValueId, readonly IrChain["family"][]>>> = { mark: ["tc", "cgroup_skb", "nf"], flow_hash: ["tc"] };

function checkImm(v: ValueId, imm: bigint, what: string, errs: string[]): void {
  // ip4 addresses are stored sign-extended, so their immediates are signed 32-bit values
  const lo = v === "ip4.saddr" || v === "ip4.daddr" ? -(1n << 31n) : 0n;
  const hi = v === "ip4.saddr" || v === "ip4.daddr" ? (1n << 31n) - 1n : maxOf(v);
  const s = VALUES[v].sentinel;
  if ((imm < lo || imm > hi) && imm !== s) errs.push(`${what}: immediate ${imm} out of range for ${v}`);
}

function checkTest(c: IrChain, t: Test, where: string, errs: string[]): void {
  if ("v" in t && SKB_ONLY[t.v] && !SKB_ONLY[t.v]!.includes(c.family)) errs.push(`${where}: ${t.v} is not available on ${c.family}`);
  switch (t.op) {
    case "eq":
    case "ne":
      checkImm(t.v, t.imm, where, errs);
      if (t.iface !== undefined && t.v !== "iface") errs.push(`${where}: interface name on ${t.v}`);
      return;
    case "lt":
    case "ge":
      checkImm(t.v, t.imm, where, errs);
      return;
    case "in":
    case "out":
      checkImm(t.v, t.lo, where, errs);
      checkImm(t.v, t.hi, where, errs);
      if (t.lo > t.hi) errs.push(`${where}: empty range`);
      return;
    case "meq":
    case "mne":
      if ((t.imm & ~t.mask) !== 0n) errs.push(`${where}: masked immediate has bits outside the mask`);
      return;
    case "any":
    case "none":
      if (t.mask === 0n) errs.push(`${where}: empty mask`);
      return;
    case "lookup":
      if (t.set < 0 || t.set >= c.sets.length) errs.push(`${where}: no set ${t.set}`);
      return;
    case "random":
      if (!Number.isInteger(t.below) || t.below < 1 || t.below > 0xffffffff) errs.push(`${where}: bad threshold`);
      return;
    case "never":
      return;
    default: {
      const never: never = t;
      errs.push(`${where}: unknown test ${JSON.stringify(never)}`);
    }
  }
}

function checkRule(c: IrChain, r: IrRule, i: number, errs: string[]): void {
  const where = `rule ${r.index}`;
  if (r.index !== i) errs.push(`${where}: out of order (position ${i})`);
  r.tests.forEach((t) => checkTest(c, t, where, errs));
  if (r.mark !== null && c.family !== "tc" && c.family !== "cgroup_skb") errs.push(`${where}: mark on ${c.family}`);
  if (r.verdict.kind === "redirect" && c.family === "xdp" && r.verdict.ingress) errs.push(`${where}: XDP redirect in`);
}

export function verifyChain(c: IrChain): string[] {
  const errs: string[] = [];
  c.rules.forEach((r, i) => checkRule(c, r, i, errs));
  const slots = c.rules.flatMap((r) => (r.counterSlot === null ? [] : [r.counterSlot]));
  slots.forEach((s, i) => {
    if (s !== i) errs.push(`counter slots not dense in rule order: slot ${s} at position ${i}`);
  });
  if (c.policy.slot !== slots.length) errs.push(`policy slot ${c.policy.slot} is not the last slot ${slots.length}`);
  const maps = new Set([c.counters]);
  c.sets.forEach((s, i) => {
    if (maps.has(s.map)) errs.push(`set ${i}: duplicate map name ${s.map}`);
    maps.add(s.map);
    if (s.map.length > 15) errs.push(`set ${i}: map name longer than 15`);
    let off = s.lpm ? 4 : 0;
    for (const p of s.parts) {
      if (p.offset !== off) errs.push(`set ${i}: part ${p.v} at ${p.offset}, expected ${off}`);
      off += p.width;
    }
    if (off !== s.keySize) errs.push(`set ${i}: parts cover ${off} bytes, key is ${s.keySize}`);
    if (s.lpm && s.parts.length !== 1) errs.push(`set ${i}: LPM set with ${s.parts.length} parts`);
  });
  return errs;
}
