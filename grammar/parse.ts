// Entry point of the grammar layer: text → typed AST plus syntax diagnostics. Never throws for
// any input; lexer, parser and AST-builder problems all become BFR1xxx diagnostics, and the
// parser recovers so that one run reports every independent error.

import { EOF, type IRecognitionException, type IToken } from "chevrotain";
import type { AstRuleset } from "./ast.js";
import type { Diagnostic } from "./diagnostics.js";
import { BfrLexer, Word } from "./lexer.js";
import { parserInstance } from "./parser.js";
import { AstBuilder } from "./visitor.js";
import { didYouMean } from "./suggest.js";

export interface ParseResult {
  ast: AstRuleset | null;
  diagnostics: Diagnostic[];
}

const VERDICTS = ["ACCEPT", "DROP", "CONTINUE", "NEXT", "REDIRECT"];
const OPTIONS = ["counter", "log", "mark"];

function parserDiagnostic(e: IRecognitionException, text: string, file: string): Diagnostic {
  const t = e.token;
  const prev = (e as { previousToken?: IToken }).previousToken;
  let code = "BFR1002";
  let span = { start: t.startOffset, length: t.image.length };
  if (t.tokenType === EOF || !Number.isFinite(t.startOffset)) {
    code = "BFR1003";
    // Point just after the last real token: the end of the file is usually a blank line.
    const end = prev && Number.isFinite(prev.startOffset) ? prev.startOffset + prev.image.length : text.length;
    span = { start: Math.max(0, Math.min(end, text.length - 1)), length: 1 };
  }
  if (e.name === "EarlyExitException" && e.context.ruleStack.at(-1) === "rule") code = "BFR1009";
  const d: Diagnostic = { severity: "error", code, message: e.message, file, span };
  if (t.tokenType === Word && VERDICTS.includes(t.image.toUpperCase()) && e.context.ruleStack.at(-1) === "verdict") {
    d.hint = `verdicts are upper case: did you mean '${t.image.toUpperCase()}'?`;
  } else if (t.tokenType === Word && e.context.ruleStack.at(-1) === "verdict" && didYouMean(t.image, OPTIONS)) {
    d.hint = `${didYouMean(t.image, OPTIONS)} (options go between the matchers and the verdict)`;
  } else if (t.tokenType === Word && e.context.ruleStack.at(-1) === "verdict" && t.image.includes(".")) {
    d.hint = "matchers come first, then the options (counter, mark, log), then the verdict";
  } else if (t.tokenType === EOF && e.context.ruleStack.at(-1) === "verdict") {
    d.hint = "every rule ends with a verdict";
  }
  return d;
}

export function parse(text: string, file: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  try {
    const lexed = BfrLexer.tokenize(text);
    for (const e of lexed.errors) {
      const ch = text.slice(e.offset, e.offset + e.length);
      diagnostics.push({
        severity: "error", code: "BFR1001", file, span: { start: e.offset, length: e.length },
        message: `unexpected character '${ch}'`,
        hint: ch === ";" ? "';' separates set elements and is only valid inside a set body" : ch === "=" ? "hook options are written 'key=value' with no spaces" : undefined,
      });
    }
    parserInstance.input = lexed.tokens;
    const cst = parserInstance.ruleset();
    for (const e of parserInstance.errors) diagnostics.push(parserDiagnostic(e, text, file));
    const builder = new AstBuilder(text, diagnostics.length > 0);
    const ast = builder.visit(cst, cst) as AstRuleset;
    for (const p of builder.problems) diagnostics.push({ severity: "error", file, ...p, hint: p.hint });
    if (ast.chains.length === 0 && diagnostics.length === 0) {
      diagnostics.push({ severity: "error", code: "BFR1011", file, span: { start: 0, length: 1 }, message: "the file defines no chain",
        hint: "start with 'chain NAME HOOK POLICY', e.g. 'chain main BF_HOOK_XDP ACCEPT'" });
    }
    for (const d of diagnostics) if (d.hint === undefined) delete d.hint;
    return { ast, diagnostics };
  } catch (e) {
    // A crash here is a bug in bfr, but `parse` promises never to throw: report it as a diagnostic.
    diagnostics.push({ severity: "error", code: "BFR1002", file, span: { start: 0, length: 1 }, message: `internal parser error: ${(e as Error).message}` });
    return { ast: null, diagnostics };
  }
}
