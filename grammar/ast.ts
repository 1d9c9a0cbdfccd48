// The typed AST of a `.bfr` file, built from the Chevrotain CST by grammar/visitor.ts. It is purely
// syntactic: payloads are kept as written (the checker parses them). Every node has a span; nodes
// built from a CST the parser had to recover carry `recovered: true` so the checker can skip them
// instead of reporting follow-on errors.

import type { Span } from "./span.js";

/** A word as written in the source, with where it was written. */
export interface Word {
  text: string;
  span: Span;
}

export interface AstRuleset {
  kind: "ruleset";
  chains: AstChain[];
  span: Span;
}

export interface AstChain {
  kind: "chain";
  name: Word;
  hook: Word;
  /** null when the chain has no option at all (neither `{…}` nor bare `key=value`). */
  options: AstHookOptions | null;
  policy: Word;
  sets: AstSetDecl[];
  rules: AstRule[];
  span: Span;
  recovered: boolean;
}

export interface AstHookOptions {
  /** True for the `{…}` form, false for bare `key=value` words. */
  braces: boolean;
  items: AstHookOpt[];
  span: Span;
}

export interface AstHookOpt {
  key: Word;
  value: Word;
  span: Span;
}

export interface AstSetKey {
  fields: Word[];
  span: Span;
}

/**
 * The elements of a set body, stored flat so a million-element set costs a few typed arrays,
 * not a million objects: element `i` has components `first[i] .. first[i+1]-1`, and component `c`
 * is the source text `[comps[2c], comps[2c+1])`.
 */
export interface SetElements {
  count: number;
  first: Int32Array;
  comps: Int32Array;
}

export interface AstSetBody {
  kind: "setbody";
  elements: SetElements;
  span: Span;
}

export interface AstSetDecl {
  kind: "setdecl";
  name: Word;
  key: AstSetKey;
  body: AstSetBody;
  span: Span;
  recovered: boolean;
}

export interface AstFieldMatcher {
  kind: "field";
  field: Word;
  negate: boolean;
  /** The operator as written, or null when omitted (meaning `eq`). */
  op: Word | null;
  payload: Word;
  span: Span;
}

export interface AstSetMatcher {
  kind: "set";
  key: AstSetKey;
  negate: boolean;
  target: { kind: "inline"; body: AstSetBody } | { kind: "ref"; name: Word };
  span: Span;
}

export type AstMatcher = AstFieldMatcher | AstSetMatcher;

export type AstOption =
  | { kind: "counter"; span: Span }
  | { kind: "mark"; value: Word; span: Span }
  | { kind: "log"; headers: Word | null; every: Word | null; span: Span };

export interface AstVerdict {
  name: Word;
  /** REDIRECT only: the interface and the direction. */
  iface: Word | null;
  dir: Word | null;
  span: Span;
}

export interface AstRule {
  kind: "rule";
  matchers: AstMatcher[];
  options: AstOption[];
  verdict: AstVerdict;
  span: Span;
  recovered: boolean;
}

/** Component `c` of `els` as a string. */
export function componentText(source: string, els: SetElements, c: number): string {
  return source.slice(els.comps[2 * c], els.comps[2 * c + 1]);
}
