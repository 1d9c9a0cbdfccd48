// `bfr diff` as data: the rule-aware difference between two objects. Chains are paired by name,
// rules by canonical text and position (diff-rules.ts), and each changed rule carries the
// instruction-level diff of its own code only (diff-code.ts); maps are compared by name, sets by
// their initial elements. The JSON schema of DiffResult is documented in docs/REVIEW.md.

import type { MapSpec, ObjectSpec } from "../elf/spec.js";
import type { BfrMetadata, RuleMeta } from "../elf/metadata.js";
import { buildView, type FunctionView, type ObjectView } from "./disasm-view.js";
import { chainCode, type ChainCode, type CodeInsn, type RuleNaming } from "./diff-code.js";
import { editScript } from "./diff-lcs.js";
import { matchRules } from "./diff-rules.js";
import { mapTypeName } from "./disasm-helpers.js";

export interface FieldChange {
  field: string;
  old: string;
  new: string;
}

export interface InsnLine {
  op: " " | "-" | "+";
  text: string;
}

export interface RuleRef {
  index: number;
  line: number;
  /** Canonical text from the metadata. */
  text: string;
}

export interface RuleDiff {
  /** `changed`: text or code differs; `moved`: same text at another place in the order. */
  kind: "added" | "removed" | "moved" | "changed";
  old: RuleRef | null;
  new: RuleRef | null;
  /** The rule's instructions as an edit script (all `+` when added, all `-` when removed). */
  code: InsnLine[];
}

export interface ChainDiff {
  name: string;
  /** `chain` (ours), `program` (foreign object) or `subprog` (.text). */
  kind: "chain" | "program" | "subprog";
  status: "added" | "removed" | "changed" | "unchanged";
  header: FieldChange[];
  rules: RuleDiff[];
  /** Edit script of the code outside every rule, or [] when that code is unchanged. */
  other: InsnLine[];
  insns: { old: number | null; new: number | null };
}

export interface MapDiff {
  name: string;
  status: "added" | "removed" | "changed";
  fields: FieldChange[];
  /** Initial set elements: how many added and removed, and the counts before and after. */
  set: { added: number; removed: number; old: number; new: number } | null;
}

export interface DiffResult {
  equivalent: boolean;
  license: FieldChange | null;
  chains: ChainDiff[];
  maps: MapDiff[];
}

interface Unit {
  name: string;
  kind: ChainDiff["kind"];
  /** The chain's program first, then the parts it calls (or the one function of a non-chain). */
  view: FunctionView;
  parts: FunctionView[];
}

function units(v: ObjectView): Unit[] {
  return v.functions.filter((f) => !f.part).map((f) => ({
    name: f.chain?.name ?? f.fn.name,
    kind: f.fn.section === ".text" ? "subprog" : f.chain ? "chain" : "program",
    view: f,
    parts: v.functions.filter((p) => p.part && p.chain === f.chain),
  }));
}

/** A unit's code: its program's and its parts', rule by rule. */
function unitCode(u: Unit, v: ObjectView, names: RuleNaming): ChainCode {
  const out: ChainCode = { rules: new Map(), other: [] };
  for (const f of [u.view, ...u.parts]) {
    const c = chainCode(f, v.functions, names);
    for (const [i, xs] of c.rules) out.rules.set(i, [...(out.rules.get(i) ?? []), ...xs]);
    out.other.push(...c.other);
  }
  return out;
}

const slots = (u: Unit): number => [u.view, ...u.parts].reduce((n, f) => n + f.fn.insns.length / 8, 0);

/** Diff two objects whose metadata is already decoded (null for foreign objects). */
export function diffWith(oldSpec: ObjectSpec, oldMeta: BfrMetadata | null, newSpec: ObjectSpec, newMeta: BfrMetadata | null): DiffResult {
  const ov = buildView(oldSpec, oldMeta);
  const nv = buildView(newSpec, newMeta);
  const ou = units(ov);
  const nu = units(nv);
  const chains: ChainDiff[] = [];
  for (const n of nu) {
    const o = ou.find((u) => u.name === n.name && u.kind === n.kind);
    chains.push(o ? diffUnit(ov, o, nv, n) : whole(n, "added", nv));
  }
  for (const o of ou) if (!nu.some((u) => u.name === o.name && u.kind === o.kind)) chains.push(whole(o, "removed", ov));
  const maps = diffMaps(oldSpec, oldMeta, newSpec, newMeta);
  const license = oldSpec.license === newSpec.license ? null : { field: "license", old: oldSpec.license, new: newSpec.license };
  const equivalent = !license && maps.length === 0 && chains.every((c) => c.status === "unchanged");
  return { equivalent, license, chains, maps };
}

const ref = (r: RuleMeta): RuleRef => ({ index: r.index, line: r.line, text: r.text });
const naming = (id: (i: number) => string): RuleNaming => ({ id, label: (i) => `rule ${i}` });

/** A chain present on one side only: all of its rules added or removed. */
function whole(u: Unit, status: "added" | "removed", v: ObjectView): ChainDiff {
  const code = unitCode(u, v, naming((i) => `${i}`));
  const op = status === "added" ? "+" : "-";
  const lines = (xs: CodeInsn[]): InsnLine[] => xs.map((x) => ({ op, text: x.text }));
  const rules: RuleDiff[] = (u.view.chain?.rules ?? []).map((r) => ({
    kind: status, old: status === "removed" ? ref(r) : null, new: status === "added" ? ref(r) : null,
    code: lines(code.rules.get(r.index) ?? []),
  }));
  const n = slots(u);
  return {
    name: u.name, kind: u.kind, status, header: [], rules, other: lines(code.other),
    insns: { old: status === "removed" ? n : null, new: status === "added" ? n : null },
  };
}

function headerChanges(o: FunctionView, n: FunctionView): FieldChange[] {
  const fields = (f: FunctionView): [string, string][] => [
    ["section", f.fn.section],
    ["program", f.fn.name],
    ["hook", f.chain?.hook ?? "-"],
    ["policy", f.chain?.policy ?? "-"],
    ["options", f.chain?.options ? f.chain.options.map((x) => `${x.key}=${x.value}`).join(" ") : "none"],
  ];
  const a = fields(o);
  const b = fields(n);
  return a.flatMap((x, i) => (x[1] === b[i][1] ? [] : [{ field: x[0], old: x[1], new: b[i][1] }]));
}

function script(a: CodeInsn[], b: CodeInsn[]): InsnLine[] {
  return editScript(a, b, (x) => x.key).map((e) => ({ op: e.op, text: (e.op === "-" ? e.old : e.new)!.text }));
}

const changed = (s: InsnLine[]): boolean => s.some((l) => l.op !== " ");

function diffUnit(ov: ObjectView, o: Unit, nv: ObjectView, n: Unit): ChainDiff {
  const m = matchRules(o.view.chain?.rules ?? [], n.view.chain?.rules ?? []);
  const oldId = new Map<number, string>();
  const newId = new Map<number, string>();
  m.pairs.forEach((p, k) => {
    oldId.set(p.old.index, `p${k}`);
    newId.set(p.new.index, `p${k}`);
  });
  const oc = unitCode(o, ov, naming((i) => oldId.get(i) ?? `old${i}`));
  const nc = unitCode(n, nv, naming((i) => newId.get(i) ?? `new${i}`));
  const rules: RuleDiff[] = [];
  for (const p of m.pairs) {
    const code = script(oc.rules.get(p.old.index) ?? [], nc.rules.get(p.new.index) ?? []);
    const differs = changed(code) || p.kind === "changed";
    if (p.kind === "same" && !differs) continue;
    rules.push({ kind: p.kind === "moved" ? "moved" : "changed", old: ref(p.old), new: ref(p.new), code });
  }
  for (const r of m.removed) rules.push({ kind: "removed", old: ref(r), new: null, code: script(oc.rules.get(r.index) ?? [], []) });
  for (const r of m.added) rules.push({ kind: "added", old: null, new: ref(r), code: script([], nc.rules.get(r.index) ?? []) });
  rules.sort((a, b) => (a.new?.index ?? a.old!.index) - (b.new?.index ?? b.old!.index) || (a.new ? 1 : -1));
  const otherScript = script(oc.other, nc.other);
  const header = headerChanges(o.view, n.view);
  const status = header.length || rules.length || changed(otherScript) ? "changed" : "unchanged";
  return {
    name: n.name, kind: n.kind, status, header, rules, other: changed(otherScript) ? otherScript : [],
    insns: { old: slots(o), new: slots(n) },
  };
}

function mapFields(m: MapSpec): [string, string][] {
  return [
    ["type", mapTypeName(m.type)], ["key_size", `${m.keySize}`], ["value_size", `${m.valueSize}`],
    ["max_entries", `${m.maxEntries}`], ["flags", `0x${m.flags.toString(16)}`],
  ];
}

function setKeys(meta: BfrMetadata | null, map: string): Set<string> | null {
  const s = meta?.sets.find((x) => x.map === map);
  if (!s) return null;
  const keys = new Set<string>();
  for (let i = 0; i < s.count; i++) keys.add(Buffer.from(s.keys.subarray(i * s.keySize, (i + 1) * s.keySize)).toString("hex"));
  return keys;
}

function diffMaps(os: ObjectSpec, om: BfrMetadata | null, ns: ObjectSpec, nm: BfrMetadata | null): MapDiff[] {
  const out: MapDiff[] = [];
  for (const n of ns.maps) {
    const o = os.maps.find((m) => m.name === n.name);
    if (!o) {
      const keys = setKeys(nm, n.name);
      out.push({ name: n.name, status: "added", fields: [], set: keys ? { added: keys.size, removed: 0, old: 0, new: keys.size } : null });
      continue;
    }
    const a = mapFields(o);
    const b = mapFields(n);
    const fields = a.flatMap((x, i) => (x[1] === b[i][1] ? [] : [{ field: x[0], old: x[1], new: b[i][1] }]));
    const set = setDelta(setKeys(om, o.name), setKeys(nm, n.name));
    if (fields.length || set) out.push({ name: n.name, status: "changed", fields, set });
  }
  for (const o of os.maps) if (!ns.maps.some((m) => m.name === o.name)) out.push({ name: o.name, status: "removed", fields: [], set: null });
  return out;
}

function setDelta(a: Set<string> | null, b: Set<string> | null): MapDiff["set"] {
  if (!a && !b) return null;
  const oa = a ?? new Set<string>();
  const nb = b ?? new Set<string>();
  let added = 0;
  let removed = 0;
  for (const k of nb) if (!oa.has(k)) added++;
  for (const k of oa) if (!nb.has(k)) removed++;
  return added || removed ? { added, removed, old: oa.size, new: nb.size } : null;
}
