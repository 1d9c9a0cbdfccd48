// "did you mean …?" suggestions by edit distance, shared by the parser's messages and the checker.

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate (case-insensitive) if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.ceil(w.length / 3)));
  return bestD <= limit ? best : undefined;
}

/**
 * `did you mean 'x'?` for a likely typo, or `did you mean 'a' or 'b'?` when the word starts a few
 * candidates (`echo` → echo-reply, echo-request); undefined when nothing is close.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const c = closest(word, list);
  if (c !== undefined) return `did you mean '${c}'?`;
  const w = word.toLowerCase();
  const starts = w.length >= 2 ? list.filter((x) => x.toLowerCase().startsWith(w)) : [];
  if (starts.length > 0 && starts.length <= 3) return `did you mean ${starts.map((x) => `'${x}'`).join(" or ")}?`;
  return undefined;
}
