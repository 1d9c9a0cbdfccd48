// BPF_PROG_LOAD with the project's log policy: load without a log first (fast, and a valid program
// never pays for one); on failure reload with log level 1 and a 1 MiB buffer, growing it to the
// kernel's log_true_size on ENOSPC. A rejection becomes a VerifierError naming the chain, the `.bfr`
// line of the failing instruction and the verifier's reason.

import { BfrError } from "../elf/errors.js";
import { progLoad, type ProgLoadAttr } from "./bpf.js";
import { sourceOf, type LinkedProgram } from "./relocate.js";
import { ENOSPC, EPERM, SysError, errnoText, type Sys } from "./sys.js";
import { summarizeLog } from "./verifier-log.js";

const LOG_LEVEL = 1;
const FIRST_LOG = 1 << 20;
/** The kernel caps log_size at UINT_MAX >> 2; stop well before that. */
const MAX_LOG = 1 << 30;

/** A program the verifier (or the kernel) refused; `log` is the verifier's full output. */
export class VerifierError extends BfrError {
  readonly errno: number;
  readonly log: string;
  readonly insn: number | null;
  constructor(message: string, errno: number, log: string, insn: number | null) {
    super("BFR5002", message, "run with the verifier log (`log` field) for the full trace");
    this.name = "VerifierError";
    this.errno = errno;
    this.log = log;
    this.insn = insn;
  }
}

function cstring(buf: Buffer): string {
  const nul = buf.indexOf(0);
  return buf.toString("utf8", 0, nul < 0 ? buf.length : nul);
}

/**
 * Loads `attrs` (without log settings); returns the program fd, which the caller must own.
 * `prog` maps instruction indexes back to `.bfr` lines; the caller adds the chain as context.
 */
export function loadProgram(sys: Sys, attrs: ProgLoadAttr, prog: LinkedProgram): number {
  const first = progLoad(sys, attrs);
  if (first.rc >= 0) return first.rc;
  if (-first.rc === EPERM) throw new SysError("load program", EPERM);
  let size = FIRST_LOG;
  for (;;) {
    const buf = Buffer.alloc(size);
    const r = progLoad(sys, { ...attrs, log: { level: LOG_LEVEL, buf } });
    if (r.rc >= 0) return r.rc; // the failure was transient
    if (-r.rc === ENOSPC && size < MAX_LOG) {
      size = Math.min(MAX_LOG, Math.max(r.logTrueSize, size * 2));
      continue;
    }
    throw rejection(-r.rc, cstring(buf), prog);
  }
}

function rejection(errno: number, log: string, prog: LinkedProgram): BfrError {
  if (log.trim() === "") return new SysError("load program", errno);
  const s = summarizeLog(log);
  let where = "";
  if (s.source) {
    where = ` at ${s.source.file}:${s.source.line} (${s.source.text})`;
  } else if (s.insn !== null) {
    const src = sourceOf(prog, s.insn);
    if (src?.line) where = ` at ${src.line.file}:${src.line.line} (${src.line.text})`;
    else if (src) where = ` at instruction ${s.insn} of "${src.fn.name}"`;
  }
  const reason = s.reason || errnoText(errno);
  return new VerifierError(`the verifier rejected the program${where}: ${reason}`, errno, log, s.insn);
}
