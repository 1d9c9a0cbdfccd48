// The text of `bfr disasm`: per chain a header (hook, section, attach type, license, instruction
// count), the table of maps it uses with their roles, then its instructions in the verifier's
// syntax with jump labels, each rule's boundary and its `.bfr` source line. Sub-programs follow
// the chains. Deterministic: it prints nothing that depends on where or when the object was made
// (not even the object's path, so `git diff` textconv output is stable).

import type { MapSpec, ObjectSpec } from "../elf/spec.js";
import type { BfrMetadata, ChainMeta, MapRole } from "../elf/metadata.js";
import { ATTACH_TYPE, HOOKS, hookForSection, type HookInfo } from "../elf/hooks.js";
import { formatInsn, jumpTarget, isPseudoCall, slotHex } from "./disasm-insn.js";
import { buildView, envFor, mapsReferenced, slotNotes, type FunctionView, type ObjectView, type Region } from "./disasm-view.js";
import { mapTypeName } from "./disasm-helpers.js";

export interface DisasmOptions {
  /** Add each slot's bytes. */
  raw?: boolean;
  /** Only this chain (chain name, or program/function name for foreign objects). */
  chain?: string;
}

/** Disassemble with already-decoded metadata (null for a foreign object). */
export function disassembleWith(spec: ObjectSpec, meta: BfrMetadata | null, opts: DisasmOptions = {}): string {
  const view = buildView(spec, meta);
  const programs = view.functions.filter((f) => f.fn.section !== ".text");
  const subprogs = view.functions.filter((f) => f.fn.section === ".text");
  const chosen = opts.chain === undefined ? programs : programs.filter((f) => nameOf(f) === opts.chain || f.fn.name === opts.chain);
  if (opts.chain !== undefined && chosen.length === 0) {
    const known = programs.map(nameOf).join(", ") || "none";
    throw new Error(`no chain named "${opts.chain}" (chains: ${known})`);
  }
  const out: string[] = [];
  const src = meta ? ` from ${meta.source}` : " (foreign object: no bfr metadata)";
  out.push(`; ${programs.length} program(s), ${subprogs.length} sub-program(s), ${spec.maps.length} map(s)${src}`);
  for (const f of chosen) {
    // a chain's parts (long chains are split into separately verified functions) follow it
    out.push("", ...programBlock(view, f, opts));
    for (const p of subprogs.filter((s) => s.part && s.chain === f.chain)) out.push("", ...subprogBlock(view, p, opts));
  }
  const shared = subprogs.filter((s) => !s.part);
  const wanted = opts.chain === undefined ? shared : shared.filter((s) => calledFrom(chosen, s));
  for (const f of wanted) out.push("", ...subprogBlock(view, f, opts));
  return out.join("\n") + "\n";
}

function nameOf(f: FunctionView): string {
  return f.chain?.name ?? f.fn.name;
}

function calledFrom(programs: FunctionView[], sub: FunctionView): boolean {
  return programs.some((p) => p.fn.relocations.some((r) => r.target.kind === "subprog" && r.target.name === sub.fn.name));
}

function attachName(value: number): string {
  const key = Object.entries(ATTACH_TYPE).find(([, v]) => v === value)?.[0];
  return key ? `BPF_${key} (${value})` : `${value}`;
}

function hookOf(f: FunctionView): HookInfo | undefined {
  return f.chain ? HOOKS[f.chain.hook] : hookForSection(f.fn.section);
}

function programBlock(view: ObjectView, f: FunctionView, opts: DisasmOptions): string[] {
  const c = f.chain;
  const hook = hookOf(f);
  const rows: [string, string][] = [];
  if (c) rows.push(["hook", c.hook]);
  rows.push(["section", f.fn.section], ["attach", hook ? attachName(hook.expectedAttachType) : "unknown (section not recognised)"]);
  rows.push(["program", f.fn.name]);
  if (c) {
    rows.push(["policy", c.policy]);
    rows.push(["options", c.options ? c.options.map((o) => `${o.key}=${o.value}`).join(" ") : "none"]);
    rows.push(["rules", `${c.rules.length}`]);
  }
  rows.push(["license", view.spec.license], ["insns", `${f.fn.insns.length / 8}`]);
  const head = [`${c ? "chain" : "program"} ${nameOf(f)}`, ...rows.map(([k, v]) => `  ${k.padEnd(8)} ${v}`)];
  return [...head, "", ...mapTable(view, f), "", ...codeLines(view, f, opts)];
}

function subprogBlock(view: ObjectView, f: FunctionView, opts: DisasmOptions): string[] {
  const head = [`subprog ${f.fn.name}`, `  section  ${f.fn.section}`, `  linkage  ${f.fn.global ? "global" : "static"}`];
  if (f.part) head.push(`  part of  chain ${f.chain!.name}`);
  head.push(`  insns    ${f.fn.insns.length / 8}`);
  const maps = mapsReferenced(f);
  return [...head, ...(maps.length ? ["", ...mapTable(view, f)] : []), "", ...codeLines(view, f, opts)];
}

function roleText(role: MapRole | undefined): string {
  if (!role) return "-";
  return role.kind === "set" ? `set ${role.set}` : role.kind;
}

/** Maps the function uses: the chain's from metadata, then any others its relocations name. */
function mapTable(view: ObjectView, f: FunctionView): string[] {
  const names = [...(f.chain?.maps.map((m) => m.map) ?? [])];
  for (const n of mapsReferenced(f)) if (!names.includes(n)) names.push(n);
  const byName = new Map(view.spec.maps.map((m) => [m.name, m] as const));
  const used = view.spec.maps.filter((m) => names.includes(m.name));
  const missing = names.filter((n) => !byName.has(n));
  if (used.length === 0 && missing.length === 0) return ["  maps: none"];
  const header = ["map", "type", "key", "value", "max_entries", "flags", "elements", "role"];
  const rows = used.map((m) => mapRow(view.meta, f.chain, m));
  for (const n of missing) rows.push([n, "(not in .maps)", "-", "-", "-", "-", "-", "-"]);
  return table([header, ...rows], [false, false, true, true, true, false, true, false]);
}

function mapRow(meta: BfrMetadata | null, chain: ChainMeta | null, m: MapSpec): string[] {
  const role = chain?.maps.find((x) => x.map === m.name)?.role;
  const set = meta?.sets.find((s) => s.map === m.name);
  return [
    m.name, mapTypeName(m.type), `${m.keySize}`, `${m.valueSize}`, `${m.maxEntries}`,
    `0x${m.flags.toString(16)}`, set ? `${set.count}` : "-", roleText(role),
  ];
}

/** Left/right aligned columns, two spaces apart, indented by two. */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => ("  " + r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ")).trimEnd());
}

/** Slots some jump (or local pseudo-call) of the function lands on. */
function labelsOf(f: FunctionView): Set<number> {
  const labels = new Set<number>();
  for (const insn of f.insns) {
    const t = jumpTarget(insn) ?? (isPseudoCall(insn) && !f.relocs.has(insn.index) ? insn.index + insn.imm + 1 : null);
    if (t !== null) labels.add(t);
  }
  return labels;
}

function regionComment(r: Region): string {
  if (!r.line) return "; (no line info)";
  const where = `${r.line.file}:${r.line.line}`;
  if (r.shared === "policy") return `; policy — no rule matched (line info: ${where})`;
  if (r.shared === "return") return `; no rule of this function matched: return to the caller (line info: ${where})`;
  if (r.shared === "tail") return `; shared code: counters and verdicts (line info: ${where})`;
  return r.rule ? `; rule ${r.rule.index} — ${where}: ${r.line.text}` : `; ${where}: ${r.line.text}`;
}

function codeLines(view: ObjectView, f: FunctionView, opts: DisasmOptions): string[] {
  const labels = labelsOf(f);
  const notes = slotNotes(f);
  const total = f.fn.insns.length / 8;
  const width = String(Math.max(total - 1, 0)).length;
  const env = envFor(f, view.functions, (off, target) => `${off < 0 ? off : `+${off}`} <L${target}>`);
  const out: string[] = [];
  let region = -1;
  for (const insn of f.insns) {
    // regions are sorted and cover the function: advance while the next one has started
    let ri = region;
    while (ri + 1 < f.regions.length && f.regions[ri + 1].start <= insn.index) ri++;
    if (ri !== region) {
      const prev = f.regions[region];
      const r = f.regions[ri];
      // a comment only where the source line changes, not for every record of the same line
      const same = prev && prev.line?.line === r.line?.line && prev.line?.file === r.line?.file && prev.shared === r.shared;
      if (!same) out.push(regionComment(r));
      region = ri;
    }
    if (labels.has(insn.index)) out.push(`L${insn.index}:`);
    const idx = String(insn.index).padStart(width);
    const note = notes.get(insn.index);
    const text = formatInsn(insn, env) + (note === undefined ? "" : `  ; ${note.long}`);
    out.push(opts.raw ? `  ${idx}: ${slotHex(f.fn.insns, insn.index)}  ${text}` : `  ${idx}: ${text}`);
    if (opts.raw && insn.slots === 2) out.push(`  ${String(insn.index + 1).padStart(width)}: ${slotHex(f.fn.insns, insn.index + 1)}`);
  }
  for (const t of labels) if (t >= total || t < 0) out.push(`; jump target L${t} is outside the function`);
  return out;
}
