// Splits the text of a set body `{ … }` into elements and components without creating a string
// or an object per element: a million-line body becomes two Int32Arrays of offsets. Elements are
// separated by newlines or `;`, components by `,`; `#` comments run to the end of the line
// (a deliberate extension: bfcli has no comments inside bodies). Blank elements are skipped.

import type { SetElements } from "./ast.js";
import type { Span } from "./span.js";

export interface SetBodyProblem {
  code: "BFR1005" | "BFR1008";
  message: string;
  span: Span;
  hint?: string;
}

class IntBuf {
  buf = new Int32Array(64);
  len = 0;
  push(v: number): void {
    if (this.len === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.len++] = v;
  }
  done(): Int32Array {
    return this.buf.slice(0, this.len);
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Scans `text[start, end)` (the inside of the braces). Problems (spaces inside a value, empty
 * components) are reported through `problem`; the faulty element is dropped.
 */
export function scanSetBody(text: string, start: number, end: number, problem: (p: SetBodyProblem) => void): SetElements {
  const first = new IntBuf();
  const comps = new IntBuf();
  let count = 0;
  let i = start;
  while (i < end) {
    // One element: up to a newline, `;`, `#` or the end.
    let stop = i;
    while (stop < end) {
      const c = text.charCodeAt(stop);
      if (c === 10 || c === 59 || c === 35) break;
      stop++;
    }
    const mark = comps.len;
    if (scanElement(text, i, stop, comps, problem)) {
      first.push(mark / 2);
      count++;
    } else {
      comps.len = mark;
    }
    if (stop < end && text.charCodeAt(stop) === 35) {
      const nl = text.indexOf("\n", stop);
      stop = nl === -1 || nl > end ? end : nl;
    }
    i = stop + 1;
  }
  first.push(comps.len / 2);
  return { count, first: first.done(), comps: comps.done() };
}

/** Pushes the components of one element; returns false for a blank or faulty element. */
function scanElement(text: string, from: number, to: number, comps: IntBuf, problem: (p: SetBodyProblem) => void): boolean {
  let a = from;
  while (a < to && isBlank(text.charCodeAt(a))) a++;
  let b = to;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  let ok = true;
  let s = a;
  for (let j = a; j <= b; j++) {
    if (j < b && text.charCodeAt(j) !== 44 /* , */) continue;
    let cs = s;
    let ce = j;
    while (cs < ce && isBlank(text.charCodeAt(cs))) cs++;
    while (ce > cs && isBlank(text.charCodeAt(ce - 1))) ce--;
    if (cs === ce) {
      problem({
        code: "BFR1008",
        message: "empty value in set element",
        span: { start: Math.min(j, b - 1), length: 1 },
        hint: "give one value per key component, separated by ',' (elements are separated by ';' or a new line)",
      });
      ok = false;
    } else if (ok) {
      for (let k = cs; k < ce; k++) {
        if (isBlank(text.charCodeAt(k))) {
          problem({
            code: "BFR1005",
            message: `set value '${text.slice(cs, ce)}' contains a space`,
            span: { start: cs, length: ce - cs },
            hint: "separate elements with ';' or a new line, and key components with ','",
          });
          ok = false;
          break;
        }
      }
      comps.push(cs);
      comps.push(ce);
    }
    s = j + 1;
  }
  return ok;
}
