// Source positions. Every AST node and every model element carries a span into the source text;
// line and column are computed only when a diagnostic or a line-info record is printed.

/** A half-open byte range `[start, start + length)` in the UTF-16 source text. */
export interface Span {
  start: number;
  length: number;
}

/** 1-based line and column of an offset in `text` (columns count UTF-16 units, tabs as one). */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
