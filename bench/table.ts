// Small printing and statistics helpers for the benchmark tables: medians of trials and Markdown
// tables (so the output can be pasted into docs/BENCHMARKS.md as is).

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** "12" / "12.5" / "–" for a missing value. */
export function fmt(x: number | undefined, digits = 0): string {
  return x === undefined || Number.isNaN(x) ? "–" : x.toFixed(digits);
}

/** "1.07×", or "–" when either side is missing. */
export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || Number.isNaN(ours) || Number.isNaN(theirs) || theirs === 0) return "–";
  return `${(ours / theirs).toFixed(2)}×`;
}

/** A Markdown table; columns whose cells are all numbers (or "–") are right-aligned. */
export function markdown(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.some((r) => (r[i] ?? "") !== "") && rows.every((r) => /^[-\d.,–×]*$/.test(r[i] ?? "")));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  const sep = `|${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), sep, ...rows.map(line)].join("\n");
}
