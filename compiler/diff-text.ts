// The text of `bfr diff`: per changed chain its header changes, then each added, removed, moved
// or changed rule with its canonical text and the edit script of its instructions; then map and
// set changes, and a one-line summary. Unchanged chains and rules are not printed.

import type { ChainDiff, DiffResult, InsnLine, MapDiff, RuleDiff, RuleRef } from "./diff-core.js";

/** Lines of context kept around changes in long code outside rules. */
const CONTEXT = 3;

export function formatDiff(r: DiffResult): string {
  const out: string[] = [];
  for (const c of r.chains) if (c.status !== "unchanged") out.push(...chainText(c));
  for (const m of r.maps) out.push(mapText(m));
  if (r.license) out.push(`license: ${r.license.old} → ${r.license.new}`);
  out.push(summary(r));
  return out.join("\n") + "\n";
}

function summary(r: DiffResult): string {
  if (r.equivalent) return "equivalent: no rule, code or map differs";
  const count = (s: string): number => r.chains.filter((c) => c.status === s).length;
  const parts = [
    [count("changed"), "changed"], [count("added"), "added"], [count("removed"), "removed"],
  ].filter(([n]) => n).map(([n, s]) => `${n} ${s}`);
  const rules = r.chains.reduce((n, c) => n + c.rules.length, 0);
  const bits = [`chains: ${parts.join(", ") || "none changed"}`, `rules: ${rules} differ`, `maps: ${r.maps.length} differ`];
  return `not equivalent (${bits.join("; ")})`;
}

function chainText(c: ChainDiff): string[] {
  const counts = new Map<string, number>();
  for (const r of c.rules) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const what = [...counts].map(([k, n]) => `${n} ${k}`).join(", ");
  const size = c.insns.old !== null && c.insns.new !== null ? `${c.insns.old} → ${c.insns.new} insns` : `${c.insns.old ?? c.insns.new} insns`;
  const out = [`${c.kind} ${c.name}: ${c.status}${what ? ` (rules: ${what})` : ""}; ${size}`];
  for (const h of c.header) out.push(`  ${h.field}: ${h.old} → ${h.new}`);
  for (const r of c.rules) out.push(...ruleText(r, c.status === "changed"));
  if (c.other.length) out.push("  code outside rules:", ...hunks(c.other).map((l) => `    ${l}`));
  return out;
}

const at = (r: RuleRef): string => `rule ${r.index} (line ${r.line})`;
const SIGN: Record<RuleDiff["kind"], string> = { added: "+", removed: "-", moved: ">", changed: "~" };

function ruleText(r: RuleDiff, withCode: boolean): string[] {
  const head: string[] = [];
  if (r.kind === "added") head.push(`  + ${at(r.new!)}: ${r.new!.text}`);
  else if (r.kind === "removed") head.push(`  - ${at(r.old!)}: ${r.old!.text}`);
  else if (r.old!.text === r.new!.text) {
    const where = r.old!.index === r.new!.index ? at(r.new!) : `rule ${r.old!.index} → ${at(r.new!)}`;
    head.push(`  ${SIGN[r.kind]} ${where}: ${r.new!.text}${r.kind === "changed" ? "  [code only]" : ""}`);
  } else {
    head.push(`  ${SIGN[r.kind]} ${at(r.old!)}: ${r.old!.text}`, `    → ${at(r.new!)}: ${r.new!.text}`);
  }
  if (!withCode) return head;
  if (!r.code.some((l) => l.op !== " ")) return r.kind === "moved" ? head : [...head, "      (same code)"];
  return [...head, ...r.code.map((l) => `      ${l.op === " " ? " " : l.op} ${l.text}`)];
}

/** Changed lines with CONTEXT lines around them; `...` marks what is skipped. */
function hunks(lines: InsnLine[]): string[] {
  const keep = new Set<number>();
  lines.forEach((l, i) => {
    if (l.op === " ") return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(lines.length - 1, i + CONTEXT); k++) keep.add(k);
  });
  const out: string[] = [];
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!keep.has(i)) continue;
    if (i !== last + 1) out.push("  ...");
    out.push(`${lines[i].op} ${lines[i].text}`);
    last = i;
  }
  if (last !== lines.length - 1) out.push("  ...");
  return out;
}

function mapText(m: MapDiff): string {
  const parts = m.fields.map((f) => `${f.field} ${f.old} → ${f.new}`);
  if (m.set) parts.push(`set +${m.set.added} −${m.set.removed} elements (${m.set.old} → ${m.set.new})`);
  return `map ${m.name}: ${m.status}${parts.length ? `: ${parts.join("; ")}` : ""}`;
}
