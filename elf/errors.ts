// The error type for user-facing failures (bad object, failed load, locked state, …). It lives in
// elf/, the one module every layer may import. The CLI prints `error BFRnnnn: message` for these
// and exits non-zero without a stack trace; anything else that escapes is a bug.

export class BfrError extends Error {
  /** Stable code: BFR4xxx object, BFR5xxx load/host, BFR6xxx CLI usage. */
  readonly code: string;
  /** Optional hint printed on its own line after the message. */
  readonly hint?: string;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = "BfrError";
    this.code = code;
    this.hint = hint;
  }
}
