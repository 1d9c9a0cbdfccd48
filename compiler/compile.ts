// The compiler's entry points: a validated Ruleset (or source text) → ObjectSpec + BfrMetadata
// (+ ELF bytes). Hooks and options this version cannot generate code for yet are reported as
// BFR3xxx diagnostics pointing at the source, never as a silent no-op.

import { HOOKS, type HookFamily } from "../elf/hooks.js";
import type { BfrMetadata } from "../elf/metadata.js";
import { encodeMetadata } from "../elf/metadata-codec.js";
import type { ObjectSpec } from "../elf/spec.js";
import { writeObject } from "../elf/write.js";
import { hasErrors, type Diagnostic } from "../grammar/diagnostics.js";
import { LineIndex } from "../grammar/span.js";
import { genChain, type Shape } from "./codegen/program.js";
import { mapNames, partName, programName } from "./codegen/names.js";
import { emitObject, type EmitChain } from "./emit.js";
import { checkSource } from "./frontend.js";
import { verifyChain } from "./ir/verify.js";
import { lowerChain } from "./lower.js";
import type { Chain, Ruleset } from "./model.js";

export interface CompileOptions {
  /** Put TC programs in `classifier` sections (libbpf < 1.3 does not know `tcx/*`). */
  tcCompat?: boolean;
  /** Force a code shape (tests and benchmarks; docs/COMPILER.md "Code layout"). Default "auto". */
  shape?: Shape;
}

/** Codegen diagnostics (BFR3xxx). */
export const CODEGEN_CODES = {
  BFR3001: "hook not supported by the code generator yet",
  /** No longer reported: `log` compiles on every hook. Kept so the code is not reused. */
  BFR3002: "log not supported by the code generator yet",
  BFR3003: "duplicate program name",
} as const;

function diag(file: string, code: keyof typeof CODEGEN_CODES, message: string, span: Chain["span"], hint?: string): Diagnostic {
  return { severity: "error", code, message, file, span, ...(hint ? { hint } : {}) };
}

/** Hook families this version generates code for. */
const SUPPORTED: readonly HookFamily[] = ["xdp", "tc", "cgroup_skb", "sock_addr", "nf"];

/** Why `chain` cannot be compiled by this version, if it cannot. */
function unsupported(rs: Ruleset, chain: Chain): Diagnostic[] {
  const out: Diagnostic[] = [];
  const family = HOOKS[chain.hook].family;
  if (!SUPPORTED.includes(family)) {
    const at = rs.source.indexOf(chain.hook, chain.span.start);
    const span = at >= 0 ? { start: at, length: chain.hook.length } : chain.span;
    out.push(diag(rs.file, "BFR3001", `code generation for ${chain.hook} (${family}) is not implemented yet; XDP, TC, cgroup_skb and cgroup_sock_addr hooks compile in this version`, span));
    return out;
  }
  return out;
}

export function compileRuleset(rs: Ruleset, opts: CompileOptions = {}): { spec: ObjectSpec; metadata: BfrMetadata; diagnostics: Diagnostic[] } {
  const diagnostics = rs.chains.flatMap((c) => unsupported(rs, c));
  const programs = new Map<string, Chain>();
  for (const c of rs.chains) {
    const name = programName(c);
    if (programs.has(name)) diagnostics.push(diag(rs.file, "BFR3003", `chain '${c.name}' gives the same program name as chain '${programs.get(name)!.name}'`, c.span));
    programs.set(name, c);
  }
  const ok = rs.chains.filter((c) => unsupported(rs, c).length === 0);
  const names = mapNames(rs.chains);
  const lines = new LineIndex(rs.source);
  const chains: EmitChain[] = [];
  rs.chains.forEach((chain, i) => {
    if (!ok.includes(chain)) return;
    const ir = lowerChain(chain, lines, names[i]);
    const errs = verifyChain(ir);
    if (errs.length) throw new Error(`IR verifier (chain ${chain.name}): ${errs.join("; ")}`);
    chains.push({ chain, ir, ...genChain(ir, programName(chain), (k) => partName(chain, k), names[i].scratch, opts.shape ?? "auto") });
  });
  const { spec, metadata } = emitObject(rs.file, chains, opts.tcCompat ?? false);
  return { spec, metadata, diagnostics };
}

export function compileSource(text: string, file: string, opts: CompileOptions = {}): {
  object: Uint8Array | null; spec: ObjectSpec | null; metadata: BfrMetadata | null; diagnostics: Diagnostic[];
} {
  const front = checkSource(text, file);
  if (!front.ruleset || hasErrors(front.diagnostics)) return { object: null, spec: null, metadata: null, diagnostics: front.diagnostics };
  const out = compileRuleset(front.ruleset, opts);
  const diagnostics = [...front.diagnostics, ...out.diagnostics];
  if (hasErrors(out.diagnostics)) return { object: null, spec: null, metadata: null, diagnostics };
  const spec: ObjectSpec = { ...out.spec, bfr: encodeMetadata(out.metadata) };
  return { object: writeObject(spec), spec, metadata: out.metadata, diagnostics };
}
