// The front end in one call: parse + semantic check of a `.bfr` text. Everything after this
// (lowering, code generation) receives a validated Ruleset and never sees user mistakes.

import { parse } from "../grammar/parse.js";
import { hasErrors, type Diagnostic } from "../grammar/diagnostics.js";
import type { Ruleset } from "./model.js";
import { checkAst } from "./check/chain.js";

export interface FrontendResult {
  /** The validated model, or null when there is any error (warnings keep the ruleset). */
  ruleset: Ruleset | null;
  /** Errors and warnings, in source order. */
  diagnostics: Diagnostic[];
}

export function checkSource(text: string, file: string): FrontendResult {
  const parsed = parse(text, file);
  if (!parsed.ast) return { ruleset: null, diagnostics: parsed.diagnostics };
  const checked = checkAst(parsed.ast, text, file, hasErrors(parsed.diagnostics));
  const diagnostics = [...parsed.diagnostics, ...checked.diagnostics].sort((a, b) => a.span.start - b.span.start);
  return { ruleset: checked.ruleset, diagnostics };
}
