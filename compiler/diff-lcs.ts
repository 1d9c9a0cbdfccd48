// Longest common subsequence for the differ: which rules (by canonical text) and which
// instructions (by normalized text) two versions share, in order. Common prefix and suffix are
// matched first (a review usually touches a few rules of many), and the quadratic table is only
// built for what remains while it stays small; beyond that, the middle is left unmatched.

/** Cells of the DP table we are willing to fill (rows × columns of the unmatched middle). */
const MAX_CELLS = 4_000_000;

/** Index pairs [i, j] with a[i] === b[j], increasing in both, of a longest common subsequence. */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < pre; i++) pairs.push([i, i]);
  const ma = a.slice(pre, a.length - suf);
  const mb = b.slice(pre, b.length - suf);
  if (ma.length * mb.length <= MAX_CELLS) {
    for (const [i, j] of table(ma, mb)) pairs.push([i + pre, j + pre]);
  }
  for (let k = suf; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

function table(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // len[i][j] = LCS length of a[i..] and b[j..], flattened
  const len = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[at(i, j)] = a[i] === b[j] ? len[at(i + 1, j + 1)] + 1 : Math.max(len[at(i + 1, j)], len[at(i, j + 1)]);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (len[at(i + 1, j)] >= len[at(i, j + 1)]) {
      i++;
    } else {
      j++;
    }
  }
  return out;
}

export interface EditLine<T> {
  op: " " | "-" | "+";
  old?: T;
  new?: T;
}

/** An edit script (kept, removed, added) from the LCS of the two keyed sequences. */
export function editScript<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): EditLine<T>[] {
  const pairs = lcsPairs(a.map(key), b.map(key));
  const out: EditLine<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) out.push({ op: "-", old: a[i++] });
    while (j < pj) out.push({ op: "+", new: b[j++] });
    if (pi < a.length && pj < b.length) {
      out.push({ op: " ", old: a[pi], new: b[pj] });
      i = pi + 1;
      j = pj + 1;
    }
  }
  return out;
}
