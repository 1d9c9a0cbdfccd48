// Entry point of the grammar layer: text → typed AST plus syntax diagnostics. Never throws for
// any input; lexer, parser and AST-builder problems all become BFR1xxx diagnostics, and the
// parser recovers so that one run reports every independent error.

import { EOF, type IRecognitionException, type IToken } from "chevrotain";
import type { AstRuleset } from "./ast.js";
import type { Diagnostic } from "./diagnostics.js";
import { BfrLexer, Chain, Rule, Set as SetKw, Word } from "./lexer.js";
import { parserInstance } from "./parser.js";
import { AstBuilder } from "./visitor.js";
import { didYouMean } from "./suggest.js";

export interface ParseResult {
  ast: AstRuleset | null;
  diagnostics: Diagnostic[];
}

const VERDICTS = ["ACCEPT", "DROP", "CONTINUE", "NEXT", "REDIRECT"];
const OPTIONS = ["counter", "log", "mark"];
const KEYWORDS = ["chain", "rule", "set", "not", "in", "counter", "log", "every", "mark"];

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
  const lower = t.image.toLowerCase();
  if (KEYWORDS.includes(lower) && lower !== t.image) {
    d.hint = `keywords are lower case: write '${lower}'`;
  } else if (e.context.ruleStack.length === 1 && t.tokenType === Rule) {
    d.hint = "a file is a list of chains: start with 'chain NAME HOOK POLICY' and put the rules after it";
  } else if (e.context.ruleStack.at(-1) === "hook") {
    d.hint = "a chain starts with 'chain NAME HOOK POLICY', e.g. 'chain main BF_HOOK_XDP ACCEPT'";
  } else if (e.context.ruleStack.at(-1) === "name" && KEYWORDS.includes(t.image)) {
    d.hint = `'${t.image}' is a keyword; pick another name`;
  } else if (t.tokenType === Word && VERDICTS.includes(t.image.toUpperCase()) && e.context.ruleStack.at(-1) === "verdict") {
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
        hint: ch === ";" ? "';' separates set elements and is only valid inside a set body"
          : ch === "=" ? "'=' only appears in hook options such as 'ifindex=2'; a matcher takes its value after a space: 'ip4.saddr 10.0.0.1'"
          : undefined,
      });
    }
    parserInstance.input = lexed.tokens;
    const cst = parserInstance.ruleset();
    // One syntax error per statement: after the first, the parser skips to the next `chain`,
    // `set` or `rule`, and anything it reports in between is a consequence, not a new mistake.
    const starts = lexed.tokens.filter((t) => t.tokenType === Rule || t.tokenType === Chain || t.tokenType === SetKw).map((t) => t.startOffset);
    const statementOf = (offset: number) => {
      let lo = -1;
      for (let hi = starts.length - 1; lo < hi; ) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    let lastStatement = -2;
    for (const e of parserInstance.errors) {
      const d = parserDiagnostic(e, text, file);
      const st = statementOf(d.span.start);
      if (st === lastStatement) continue;
      lastStatement = st;
      diagnostics.push(d);
    }
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
