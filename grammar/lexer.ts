// The `.bfr` lexer (Chevrotain). Keywords use `longer_alt` so `counter_x` or `interval` stay
// words. Payloads are generic words: the checker, not the lexer, knows what `1f`, `eth0.100` or
// `syn` mean. A set body `{…}` right after `in` is lexed as ONE token by a custom matcher that
// scans to the closing brace: a million-element set then costs one token, not three million,
// and newlines/`;`/comments inside it are handled by grammar/setbody.ts.

import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comment = createToken({ name: "Comment", pattern: /#[^\n]*/, group: Lexer.SKIPPED });

/** The body of a set, only right after `in`: from `{` to the matching `}` (or end of file). */
function matchSetBody(text: string, offset: number, tokens: IToken[]): RegExpExecArray | null {
  if (text.charCodeAt(offset) !== 123 /* { */) return null;
  const prev = tokens[tokens.length - 1];
  if (prev === undefined || prev.tokenType !== In) return null;
  let i = offset + 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) {
      i++;
      break;
    }
    if (c === 35 /* # */) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? n : nl;
      continue;
    }
    i++;
  }
  const m = [text.slice(offset, i)] as unknown as RegExpExecArray;
  return m;
}

export const SetBody = createToken({
  name: "SetBody",
  label: "a set body '{…}'",
  pattern: { exec: matchSetBody },
  start_chars_hint: ["{"],
  line_breaks: true,
});
export const LBrace = createToken({ name: "LBrace", pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: "RBrace", pattern: /\}/, label: "'}'" });
export const LParen = createToken({ name: "LParen", pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: "RParen", pattern: /\)/, label: "')'" });
export const Comma = createToken({ name: "Comma", pattern: /,/, label: "','" });
/**
 * A hook option `key=value` is one token. Blanks around `=` are matched too, only so the visitor
 * can report "write 'ifindex=2'" once instead of a cascade of syntax errors.
 */
export const HookOpt = createToken({ name: "HookOpt", pattern: /[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*[^\s{}(),;#]*/, label: "a hook option 'key=value'" });

// Token categories let one CONSUME accept any of several token types (no OR, no closures in the
// hot path): a name or payload may be any word, including the operator words.
export const AnyWord = createToken({ name: "AnyWord", pattern: Lexer.NA, label: "a value" });
export const HookWord = createToken({ name: "HookWord", pattern: Lexer.NA, label: "a hook name such as BF_HOOK_XDP" });
export const PolicyWord = createToken({ name: "PolicyWord", pattern: Lexer.NA, label: "a policy (ACCEPT, DROP or NEXT)" });
export const VerdictWord = createToken({ name: "VerdictWord", pattern: Lexer.NA, label: "a verdict (ACCEPT, DROP, CONTINUE, NEXT or REDIRECT)" });
export const OpWord = createToken({ name: "OpWord", pattern: Lexer.NA, label: "an operator" });

/** Any word: names, matcher names, payloads. Excludes the punctuation the grammar uses. */
// The hint lists the printable ASCII start characters: Chevrotain cannot derive it from a negated
// class, and without it the lexer's first-character optimisation is lost for every token.
const WORD_START = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).filter((c) => !"{}(),;#=".includes(c));
export const Word = createToken({
  name: "Word", pattern: /[^\s{}(),;#=]+/, label: "a word", start_chars_hint: WORD_START,
  categories: [AnyWord, HookWord, PolicyWord],
});
/** An all-caps word (verdict- or hook-like); lets misspelled verdicts and hooks be reported as such. */
export const Upper = createToken({ name: "Upper", pattern: /[A-Z][A-Z0-9_]*(?![^\s{}(),;#=])/, longer_alt: Word, label: "a word",
  start_chars_hint: [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"], categories: [AnyWord, HookWord, PolicyWord, VerdictWord],
});

function keyword(name: string, word: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: new RegExp(word), longer_alt: [Upper, Word], label: `'${word}'`, categories });
}

export const Chain = keyword("Chain", "chain");
export const Rule = keyword("Rule", "rule");
export const Set = keyword("Set", "set");
export const Not = keyword("Not", "not");
export const In = keyword("In", "in");
export const Counter = keyword("Counter", "counter");
export const Log = keyword("Log", "log");
export const Every = keyword("Every", "every");
export const Mark = keyword("Mark", "mark");
export const Eq = keyword("Eq", "eq", [OpWord, AnyWord]);
export const Any = keyword("Any", "any", [OpWord, AnyWord]);
export const All = keyword("All", "all", [OpWord, AnyWord]);
export const Range = keyword("Range", "range", [OpWord, AnyWord]);
export const Accept = keyword("Accept", "ACCEPT", [PolicyWord, VerdictWord]);
export const Drop = keyword("Drop", "DROP", [PolicyWord, VerdictWord]);
export const Continue = keyword("Continue", "CONTINUE", [PolicyWord, VerdictWord]);
export const Next = keyword("Next", "NEXT", [PolicyWord, VerdictWord]);
// REDIRECT is also a value: the ICMP type `redirect`, case-insensitive like every payload name.
export const Redirect = keyword("Redirect", "REDIRECT", [PolicyWord, AnyWord]);

export const allTokens: TokenType[] = [
  WhiteSpace, Comment, SetBody, LBrace, RBrace, LParen, RParen, Comma, HookOpt,
  Chain, Rule, Set, Not, In, Counter, Log, Every, Mark, Eq, Any, All, Range,
  Accept, Drop, Continue, Next, Redirect, Upper, Word,
  AnyWord, HookWord, PolicyWord, VerdictWord, OpWord,
];

/** Words that may not be used as chain or set names (LANGUAGE.md §1). */
export const RESERVED = new globalThis.Set([
  "chain", "rule", "set", "not", "in", "counter", "log", "every", "mark",
  "ACCEPT", "DROP", "CONTINUE", "NEXT", "REDIRECT",
]);

export const BfrLexer = new Lexer(allTokens, { positionTracking: "full", ensureOptimizations: true });
