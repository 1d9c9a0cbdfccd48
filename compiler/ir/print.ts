// Stable text form of the IR, for tests and for `--print-ir` style debugging: one line per chain
// header, set and test; numbers in hex; nothing that depends on object identity or map order.

import type { IrChain, IrRule, IrSet, IrVerdict, Test } from "./types.js";

const hex = (v: bigint | number): string => {
  const b = BigInt(v);
  return b < 0n ? `-0x${(-b).toString(16)}` : `0x${b.toString(16)}`;
};

export function printTest(t: Test): string {
  switch (t.op) {
    case "eq":
    case "ne":
      return `${t.op} ${t.v} ${hex(t.imm)}${t.iface !== undefined ? ` iface=${t.iface}` : ""}`;
    case "lt":
    case "ge":
      return `${t.op} ${t.v} ${hex(t.imm)}`;
    case "in":
    case "out":
      return `${t.op} ${t.v} ${hex(t.lo)}..${hex(t.hi)}`;
    case "meq":
    case "mne":
      return `${t.op} ${t.v} & ${hex(t.mask)} ${hex(t.imm)}`;
    case "any":
    case "none":
      return `${t.op} ${t.v} & ${hex(t.mask)}`;
    case "lookup":
      return `${t.negate ? "notin" : "in"} set ${t.set}`;
    case "random":
      return `random ${t.negate ? ">=" : "<"} ${hex(t.below)}`;
    case "never":
      return "never";
    default: {
      const never: never = t;
      throw new Error(`unknown test ${JSON.stringify(never)}`);
    }
  }
}

function printVerdict(v: IrVerdict): string {
  switch (v.kind) {
    case "return":
      return `return ${v.name} (${v.code})`;
    case "continue":
      return "continue";
    case "redirect":
      return `redirect ${v.ifname ?? v.ifindex} ${v.ingress ? "in" : "out"}`;
    default: {
      const never: never = v;
      throw new Error(`unknown verdict ${JSON.stringify(never)}`);
    }
  }
}

function printSet(s: IrSet, i: number): string {
  const parts = s.parts.map((p) => `${p.v}@${p.offset}:${p.width}`).join(" ");
  return `set ${i} ${s.map} name=${s.name} key=${s.keySize}${s.lpm ? " lpm" : ""} ${parts}`;
}

function printRule(r: IrRule): string[] {
  const head = [`rule ${r.index} @${r.line}:${r.col}`];
  if (r.counterSlot !== null) head.push(`counter ${r.counterSlot}`);
  if (r.mark !== null) head.push(`mark ${hex(r.mark)}`);
  return [head.join(" "), ...r.tests.map((t) => `  ${printTest(t)}`), `  => ${printVerdict(r.verdict)}`];
}

export function printChain(c: IrChain): string {
  const lines = [
    `chain ${c.name} ${c.hook} ${c.family} policy ${c.policy.name} (${c.policy.code}) slot ${c.policy.slot} counters ${c.counters}`,
    ...c.sets.map(printSet),
    ...c.rules.flatMap(printRule),
  ];
  return lines.join("\n") + "\n";
}
