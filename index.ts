// bfr as a library: one typed function for everything the CLI does (check, compile, disasm, diff,
// test, load, list, show, update, update-set, unload, logs), plus the lower-level building blocks
// for tools that want them. The CLI in cli/ is a thin layer over exactly these.

import { checkSource } from "./compiler/frontend.js";
import { compileSource, type CompileOptions } from "./compiler/compile.js";
import { disassemble, type DisasmOptions } from "./compiler/disasm.js";
import { diffObjects, type DiffResult } from "./compiler/diff.js";
import { readObject } from "./elf/read.js";
import { openChainForTest, type TestChain, type RunResult } from "./loader/testrun.js";
import type { ChainCounters } from "./loader/testchain.js";
import type { Diagnostic } from "./grammar/diagnostics.js";
import type { Ruleset } from "./compiler/model.js";

// ---- building blocks ----------------------------------------------------------------------------
export { parse } from "./grammar/parse.js";
export { formatDiagnostic, formatDiagnostics, hasErrors, CODES, type Diagnostic } from "./grammar/diagnostics.js";
export { checkSource } from "./compiler/frontend.js";
export { printRuleset, printChain, printRule } from "./compiler/print.js";
export { compileSource, compileRuleset, type CompileOptions } from "./compiler/compile.js";
export { disassemble, type DisasmOptions } from "./compiler/disasm.js";
export { diffObjects, formatDiff, type DiffResult } from "./compiler/diff.js";
export type * from "./compiler/model.js";
export { readObject } from "./elf/read.js";
export { writeObject } from "./elf/write.js";
export { decodeMetadata, encodeMetadata } from "./elf/metadata-codec.js";
export type { ObjectSpec, MapSpec, FunctionSpec, Relocation, LineInfo } from "./elf/spec.js";
export type { BfrMetadata, ChainMeta, RuleMeta } from "./elf/metadata.js";
export { HOOKS, type HookName, type HookInfo } from "./elf/hooks.js";
export { BfrError } from "./elf/errors.js";
export { openChainForTest, type TestChain, type RunResult } from "./loader/testrun.js";
export { parseCases, checkCases, type CasesFile } from "./loader/cases.js";
export { readPcap } from "./loader/pcap.js";
export {
  loadChains as load,
  updateChains as update,
  attachChain as attach,
  unloadChains as unload,
  listChains as list,
  showChain as show,
  updateSet,
  renderList,
  renderShow,
  type LoadRequest,
  type ChainResult,
  type ChainStatus,
  type ChainDetail,
  type HostOptions,
} from "./loader/host/index.js";

// ---- one call per CLI command --------------------------------------------------------------------

/** `bfr check`: parse and check a ruleset; `ruleset` is null when there is any error. */
export function check(text: string, file = "<input>"): { ruleset: Ruleset | null; diagnostics: Diagnostic[] } {
  return checkSource(text, file);
}

/** `bfr compile`: the object's bytes (null on error) and every diagnostic. */
export function compile(text: string, file = "<input>", opts: CompileOptions = {}): { object: Uint8Array | null; diagnostics: Diagnostic[] } {
  const r = compileSource(text, file, opts);
  return { object: r.object, diagnostics: r.diagnostics };
}

/** `bfr disasm`: the object's bytecode in the verifier's syntax, rule by rule. */
export function disasm(object: Uint8Array, opts: DisasmOptions = {}): string {
  return disassemble(readObject(object), opts);
}

/** `bfr diff`: rule-aware difference of two objects. */
export function diff(oldObject: Uint8Array, newObject: Uint8Array): DiffResult {
  return diffObjects(readObject(oldObject), readObject(newObject));
}

/**
 * `bfr test`: load one chain privately (no attach, no pins), run each frame through it with
 * BPF_PROG_TEST_RUN and return the results and the counters afterwards. Needs root.
 */
export async function test(
  object: Uint8Array,
  frames: readonly Uint8Array[],
  opts: { chain?: string; repeat?: number; mark?: number } = {},
): Promise<{ chain: string; results: RunResult[]; counters: ChainCounters | null }> {
  const chain: TestChain = await openChainForTest(object, opts.chain);
  try {
    const results = frames.map((f) => chain.run(f, { repeat: opts.repeat, mark: opts.mark }));
    return { chain: chain.name, results, counters: chain.counters() };
  } finally {
    chain.close();
  }
}
