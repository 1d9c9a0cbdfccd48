// Our side of the benchmark: compile a .bfr text with the compiler (`compileSource`) and run the
// object through the loader's private test runner (`openChainForTest`, BPF_PROG_TEST_RUN). Both are
// imported lazily so the clang side still runs while the compiler or loader is missing or broken;
// `loadOurs()` says why our side is unavailable instead of failing the whole benchmark.

/** What bench/ needs from compiler/compile.ts. */
export interface CompileFn {
  (text: string, file: string, opts?: { shape?: string }): { object: Uint8Array | null; diagnostics?: unknown[] };
}

/** What bench/ needs from loader/testrun.ts. */
export interface TestChainLike {
  run(
    frame: Uint8Array,
    opts: { repeat?: number },
  ): Promise<{ verdict: string; retval: number; ns: number }> | { verdict: string; retval: number; ns: number };
  /** Rule counters (by rule index) and the policy's, summed over CPUs. */
  counters?(): { rules: Array<{ index: number; packets: number; bytes: number }>; policy: { packets: number; bytes: number } } | null;
  close(): Promise<void> | void;
}
export type OpenFn = (object: Uint8Array, chain?: string) => Promise<TestChainLike>;

export interface Ours {
  compile: CompileFn;
  open: OpenFn;
  /** Code shape forced on the compiler (its `shape` option: "auto", "one", "split"); default auto. */
  shape?: string;
}

// Non-literal specifiers: the type checker does not resolve them, so bench/ type-checks even while
// these modules do not exist yet; tsx still maps the .js names to the .ts files.
const COMPILE_MODULE = "../compiler/compile.js";
const TESTRUN_MODULE = "../loader/testrun.js";

/** Our compiler and test runner, or the reason they cannot be used. */
export async function loadOurs(): Promise<Ours | { unavailable: string }> {
  try {
    const c = (await import(COMPILE_MODULE)) as { compileSource?: CompileFn };
    const l = (await import(TESTRUN_MODULE)) as { openChainForTest?: OpenFn };
    if (typeof c.compileSource !== "function") return { unavailable: "compiler/compile.ts has no compileSource" };
    if (typeof l.openChainForTest !== "function") return { unavailable: "loader/testrun.ts has no openChainForTest" };
    return { compile: c.compileSource, open: l.openChainForTest };
  } catch (e) {
    return { unavailable: (e as Error).message.split("\n")[0] };
  }
}

/** Compiles `text`; throws with the diagnostics when the compiler produced no object. */
export function compileOrThrow(ours: Ours, text: string, file: string): Uint8Array {
  const res = ours.compile(text, file, ours.shape ? { shape: ours.shape } : {});
  if (!res.object) {
    const diags = (res.diagnostics ?? []).slice(0, 3).map((d) => JSON.stringify(d));
    throw new Error(`compile failed: ${diags.join("; ") || "no object"}`);
  }
  return res.object;
}
