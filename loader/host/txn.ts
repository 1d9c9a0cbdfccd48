// The all-or-nothing discipline of every host write: each step that changes the host records how to
// undo itself; a failure runs the undo steps newest first and rethrows the original error. Undo
// steps are best effort (they cannot make a failure worse) and report what they could not undo.

export class Txn {
  private readonly undos: { what: string; undo: () => void }[] = [];
  /** What could not be undone during the last rollback (empty when everything was). */
  readonly failedUndos: string[] = [];

  /** Records how to revert a step that has just succeeded. */
  onUndo(what: string, undo: () => void): void {
    this.undos.push({ what, undo });
  }

  /** Runs every undo, newest first, then forgets them. */
  rollback(): void {
    this.finishers.length = 0;
    this.commitSteps.length = 0;
    for (const { what, undo } of this.undos.splice(0).reverse()) {
      try {
        undo();
      } catch (e) {
        this.failedUndos.push(`${what}: ${(e as Error).message}`);
      }
    }
  }

  private readonly commitSteps: { what: string; f: () => void }[] = [];

  /**
   * An irreversible step that makes the change final (detaching an old netfilter link after its
   * replacement is attached). They run in order once every other step has succeeded: the first
   * one failing still rolls everything back; after one has succeeded, a failure of a later one
   * is a leftover (the post-commit cleanup releases what it could not).
   */
  commitStep(what: string, f: () => void): void {
    this.commitSteps.push({ what, f });
  }

  private runCommitSteps(): void {
    let done = false;
    for (const { what, f } of this.commitSteps.splice(0)) {
      try {
        f();
        done = true;
      } catch (e) {
        if (!done) throw e;
        this.leftovers.push(`${what}: ${(e as Error).message}`);
      }
    }
  }

  private readonly finishers: { what: string; f: () => void }[] = [];
  /** What the post-commit steps could not do (leftovers that the next write cleans up). */
  readonly leftovers: string[] = [];

  /** A step to run only once everything has succeeded (removing what the change replaced). */
  afterCommit(what: string, f: () => void): void {
    this.finishers.push({ what, f });
  }

  /** The steps are final: nothing will be undone; runs the post-commit steps. */
  commit(): void {
    this.undos.length = 0;
    for (const { what, f } of this.finishers.splice(0)) {
      try {
        f();
      } catch (e) {
        this.leftovers.push(`${what}: ${(e as Error).message}`);
      }
    }
  }

  private readonly enders: (() => void)[] = [];

  /** Runs at the very end, after the commit steps or the rollback (closing fds the steps use). */
  atEnd(f: () => void): void {
    this.enders.push(f);
  }

  private end(): void {
    for (const f of this.enders.splice(0).reverse()) f();
  }

  /** Runs `f` with this transaction; rolls back and rethrows when it throws. */
  run<T>(f: (t: Txn) => T): T {
    try {
      const r = f(this);
      this.runCommitSteps();
      this.commit();
      return r;
    } catch (e) {
      this.rollback();
      throw e;
    } finally {
      this.end();
    }
  }
}
