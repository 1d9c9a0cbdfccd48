// Diagnostics: the one message format of the front end, and the catalogue of stable codes.
// The first line `FILE:LINE:COL: error BFRnnnn: message` is a contract that tools parse; the
// source line, the `^~~~` marker and the hint follow. Codes: BFR1xxx parse, BFR2xxx check.

import type { Span } from "./span.js";
import { LineIndex } from "./span.js";

export interface Diagnostic {
  severity: "error" | "warning";
  code: string;
  message: string;
  file: string;
  span: Span;
  hint?: string;
}

/** The catalogue: every code the front end emits, with a one-line title (docs/DIAGNOSTICS.md). */
export const CODES = {
  BFR1001: "unexpected character",
  BFR1002: "unexpected token",
  BFR1003: "unexpected end of file",
  BFR1004: "unterminated set body",
  BFR1005: "payload contains spaces",
  BFR1006: "'in' without a parenthesized set key",
  BFR1007: "set declared after a rule",
  BFR1008: "empty component in a set element",
  BFR1009: "rule without a matcher",
  BFR1010: "log headers after 'every'",
  BFR1011: "empty ruleset",
  BFR2001: "unknown name in payload",
  BFR2002: "unknown matcher",
  BFR2003: "unknown hook",
  BFR2004: "unknown verdict or policy",
  BFR2005: "unknown or misplaced hook option",
  BFR2006: "duplicate hook option",
  BFR2007: "invalid hook option value",
  BFR2009: "matcher not available on this hook",
  BFR2010: "operator not supported by this matcher",
  BFR2011: "invalid number",
  BFR2012: "number out of range",
  BFR2013: "invalid address or prefix",
  BFR2014: "invalid port or range",
  BFR2015: "invalid probability",
  BFR2016: "invalid duration",
  BFR2017: "invalid interface",
  BFR2018: "duplicate rule option",
  BFR2019: "option not available on this hook",
  BFR2020: "verdict not available on this hook",
  BFR2021: "invalid set key",
  BFR2022: "set element does not match the key",
  BFR2023: "unknown set",
  BFR2024: "set key differs from the declaration",
  BFR2025: "duplicate name",
  BFR2026: "invalid log headers",
  BFR2027: "reserved word used as a name",
  BFR2028: "invalid TCP flags",
  BFR2029: "policy not allowed",
  BFR2030: "invalid name",
  BFR2501: "deprecated hook option",
  BFR2502: "rule can never match",
  BFR2503: "rule on an empty set",
  BFR2504: "set key repeats a component",
} as const;

export type DiagnosticCode = keyof typeof CODES;

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === "error");
}

// Caching the line index per source text: printing 1000 diagnostics of one large file must not
// rescan it each time.
let cachedText: string | null = null;
let cachedIndex: LineIndex | null = null;
function indexFor(source: string): LineIndex {
  if (cachedText !== source || cachedIndex === null) {
    cachedText = source;
    cachedIndex = new LineIndex(source);
  }
  return cachedIndex;
}

/** One diagnostic: the contract first line, the source line, a `^~~~` marker, then `  hint: …`. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const idx = indexFor(source);
  const { line, col } = idx.lineCol(d.span.start);
  const out = [`${d.file}:${line}:${col}: ${d.severity} ${d.code}: ${d.message}`];
  const text = idx.lineText(line);
  // Tabs are kept in the marker line so the caret stays under the right column in a terminal.
  const pad = text.slice(0, col - 1).replace(/[^\t]/g, " ");
  const room = Math.max(1, text.length - (col - 1));
  const width = Math.max(1, Math.min(d.span.length, room));
  out.push(text);
  out.push(pad + "^" + "~".repeat(width - 1));
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join("\n");
}

/** All diagnostics, in source order (errors and warnings interleaved), one block each. */
export function formatDiagnostics(ds: readonly Diagnostic[], source: string): string {
  const sorted = [...ds].sort((a, b) => a.span.start - b.span.start);
  return sorted.map((d) => formatDiagnostic(d, source) + "\n").join("");
}
