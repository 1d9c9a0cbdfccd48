// Reads a verifier log: which instruction failed, which `.bfr` line produced it, and why. With
// line_info the kernel prints `; <source text> @ <file>:<line>` before the instructions of each
// line; instruction lines read `<index>: (<opcode>) ...`; the reason is on the lines after the
// last instruction and before `processed N insns`.

export interface LogSummary {
  /** Index of the last instruction the log shows (the one that failed), if any. */
  insn: number | null;
  /** The last `; text @ file:line` annotation before the failure, if any. */
  source: { text: string; file: string; line: number } | null;
  /** The verifier's reason (one or a few lines), or "" when the log says nothing useful. */
  reason: string;
}

const INSN = /^(\d+): \([0-9a-f]{2}\)/;
const SOURCE = /^; (.*) @ (.+):(\d+)$/;
const PROCESSED = /^processed \d+ insns/;

export function summarizeLog(log: string): LogSummary {
  const lines = log.split("\n").map((l) => l.replace(/\s+$/, ""));
  let end = lines.findIndex((l) => PROCESSED.test(l));
  if (end < 0) end = lines.length;
  let insn: number | null = null;
  let insnLine = -1;
  let source: LogSummary["source"] = null;
  for (let i = 0; i < end; i++) {
    const s = SOURCE.exec(lines[i]);
    if (s) source = { text: s[1], file: s[2], line: Number(s[3]) };
    const m = INSN.exec(lines[i]);
    if (m) {
      insn = Number(m[1]);
      insnLine = i;
    }
  }
  const tail = lines.slice(insnLine + 1, end).filter((l) => l !== "" && !SOURCE.test(l) && !l.startsWith("verification time"));
  // Register-state dumps ("R1=ctx() R10=fp0") and the "from X to Y:" path markers are context,
  // not the reason; keep the last few meaningful lines.
  const meaningful = tail.filter((l) => !/^(\d+: )?R\d+(_[a-z]+)?=/.test(l) && !/^from \d+ to \d+:/.test(l));
  let reason = (meaningful.length > 0 ? meaningful : tail).slice(-3).join("; ");
  if (reason === "" && end > 0) reason = lines.slice(0, end).filter((l) => l !== "").slice(-1).join("");
  return { insn, source, reason };
}
