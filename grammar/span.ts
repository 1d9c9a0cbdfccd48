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

/**
 * Line starts of a text, computed once, for O(log n) offset → line/column lookups (diagnostics on
 * a million-line set body must not rescan the file each time). CRLF counts as one line break;
 * line text is returned without the `\r`.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    let i = text.indexOf("\n");
    while (i !== -1) {
      this.starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
  }

  lineCol(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo] + 1 };
  }

  /** The text of 1-based line `line`, without its line terminator. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}
