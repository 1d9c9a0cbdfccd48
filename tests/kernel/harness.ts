// The kernel test harness: compiles a `.bfr` text with the real compiler, loads the chain through
// the real loader and verifier (openChainForTest), runs frames with BPF_PROG_TEST_RUN and checks
// verdicts, return codes, marks and counter deltas. Also the one place that decides whether kernel
// tests may run here: they skip only when bpf() itself is refused with EPERM.

import { expect } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { formatDiagnostics, type Diagnostic } from "../../grammar/diagnostics.js";
import { HOOKS, type HookName } from "../../elf/hooks.js";
import { openChainForTest, type ChainCounters, type RunResult, type TestChain } from "../../loader/testrun.js";
import { EPERM, realSys } from "../../loader/sys.js";
import { toHex } from "./packets.js";

export { PKT_HOOKS, TC_HOOKS, type PktHook } from "./hooks.js";

export type Expect = "ACCEPT" | "DROP" | "NEXT" | "REDIRECT";

/** XDP_REDIRECT (UAPI linux/bpf.h enum xdp_action) and TC_ACT_REDIRECT (linux/pkt_cls.h). */
const REDIRECT_RET: Record<"xdp" | "tc", number> = { xdp: 4, tc: 7 };

/** The return code the kernel must see for a verdict on a hook. */
export function retvalFor(hook: HookName, v: Expect): number {
  const h = HOOKS[hook];
  switch (v) {
    case "ACCEPT": return h.retAccept;
    case "DROP": return h.retDrop;
    case "NEXT": return h.retNext;
    case "REDIRECT": return REDIRECT_RET[h.family === "xdp" ? "xdp" : "tc"];
  }
}

/**
 * Whether this process may use bpf(): a one-entry array map is created and closed. Only EPERM
 * means "not permitted here"; any other failure is left for the tests to report.
 */
export function bpfPermission(): { ok: true } | { ok: false; reason: string } {
  const sys = realSys();
  // bpf_attr for BPF_MAP_CREATE (cmd 0): map_type@0 = BPF_MAP_TYPE_ARRAY (2), key_size@4,
  // value_size@8, max_entries@12.
  const attr = Buffer.alloc(160);
  attr.writeUInt32LE(2, 0);
  attr.writeUInt32LE(4, 4);
  attr.writeUInt32LE(4, 8);
  attr.writeUInt32LE(1, 12);
  const fd = sys.bpf(0, attr);
  if (fd >= 0) {
    sys.close(fd);
    return { ok: true };
  }
  if (-fd === EPERM) return { ok: false, reason: "bpf() is not permitted here (EPERM): kernel tests skipped" };
  return { ok: true };
}

/** Evaluated once per test file; prints why kernel tests are skipped. */
export function kernelSkipReason(): string | null {
  const p = bpfPermission();
  if (p.ok) return null;
  console.warn(`[kernel tests] ${p.reason}`);
  return p.reason;
}

/** Compiles `text`; throws with every diagnostic printed when it does not produce an object. */
export function compileOrThrow(text: string, file = "conformance.bfr"): Uint8Array {
  const r = compileSource(text, file);
  if (!r.object || r.diagnostics.some((d: Diagnostic) => d.severity === "error")) {
    throw new Error(`compile failed:\n${formatDiagnostics(r.diagnostics, text)}\n--- source ---\n${text}`);
  }
  return r.object;
}

/** The diagnostics codes compiling `text` reports as errors (empty when it compiles). */
export function compileErrors(text: string, file = "conformance.bfr"): string[] {
  const r = compileSource(text, file);
  return r.diagnostics.filter((d: Diagnostic) => d.severity === "error").map((d: Diagnostic) => d.code);
}

/** A loaded chain plus the source it came from, for messages that say what failed. */
export interface Loaded {
  hook: HookName;
  source: string;
  chain: TestChain;
}

/** Compiles and loads one chain; the caller closes it (use withChain where possible). */
export async function openChain(source: string, hook: HookName, chain?: string): Promise<Loaded> {
  const obj = compileOrThrow(source);
  const c = await openChainForTest(obj, chain);
  return { hook, source, chain: c };
}

/** Runs `body` with a freshly loaded chain and always closes it. */
export async function withChain<T>(source: string, hook: HookName, body: (l: Loaded) => Promise<T> | T, chain?: string): Promise<T> {
  const l = await openChain(source, hook, chain);
  try {
    return await body(l);
  } finally {
    l.chain.close();
  }
}

export interface Snapshot {
  rules: Map<number, { packets: number; bytes: number }>;
  policy: { packets: number; bytes: number };
}

/** The chain's counters now (rules without `counter` are absent). */
export function snapshot(l: Loaded): Snapshot {
  const c: ChainCounters | null = l.chain.counters();
  if (!c) throw new Error(`chain has no counters map:\n${l.source}`);
  return { rules: new Map(c.rules.map((r) => [r.index, { packets: r.packets, bytes: r.bytes }])), policy: c.policy };
}

export interface CounterDelta {
  /** Rule index → packets counted between the snapshots (rules not listed: 0). */
  rules: Record<number, number>;
  policy: number;
  /** The same for bytes (each packet counts its frame length), when given. */
  bytes?: { rules: Record<number, number>; policy: number };
}

function deltas(before: Snapshot, after: Snapshot, key: "packets" | "bytes"): { rules: Record<number, number>; policy: number } {
  const rules: Record<number, number> = {};
  for (const [i, v] of after.rules) {
    const d = v[key] - (before.rules.get(i)?.[key] ?? 0);
    if (d !== 0) rules[i] = d;
  }
  return { rules, policy: after.policy[key] - before.policy[key] };
}

function nonZero(r: Record<number, number>): Record<number, number> {
  return Object.fromEntries(Object.entries(r).filter(([, n]) => n !== 0));
}

/** Asserts the counter changes between two snapshots, packets and (optionally) bytes. */
export function expectDelta(before: Snapshot, after: Snapshot, want: CounterDelta, what: string): void {
  expect(deltas(before, after, "packets"), `${what}: packet counters`).toEqual({ rules: nonZero(want.rules), policy: want.policy });
  if (want.bytes) {
    expect(deltas(before, after, "bytes"), `${what}: byte counters`).toEqual({ rules: nonZero(want.bytes.rules), policy: want.bytes.policy });
  }
}

/** Accumulates expected counter deltas as frames are run. */
export class Tally {
  readonly want: Required<CounterDelta> = { rules: {}, policy: 0, bytes: { rules: {}, policy: 0 } };
  /** `rule` null means the policy. */
  count(rule: number | null, frameLen: number, times = 1): void {
    if (rule === null) {
      this.want.policy += times;
      this.want.bytes.policy += frameLen * times;
    } else {
      this.want.rules[rule] = (this.want.rules[rule] ?? 0) + times;
      this.want.bytes.rules[rule] = (this.want.bytes.rules[rule] ?? 0) + frameLen * times;
    }
  }
}

export interface RunCheck {
  expect: Expect;
  mark?: number;
  markAfter?: number;
  what: string;
}

/** Runs one frame and asserts verdict, return code and (TC) the mark afterwards. */
export function runExpect(l: Loaded, frame: Uint8Array, c: RunCheck): RunResult {
  const r = l.chain.run(frame, c.mark === undefined ? {} : { mark: c.mark });
  const ctx = `${c.what} [${l.hook}] packet ${toHex(frame)}`;
  const want = retvalFor(l.hook, c.expect);
  // NEXT and ACCEPT share XDP_PASS; the kernel cannot tell them apart, so neither can we.
  const names = l.hook === "BF_HOOK_XDP" && c.expect === "NEXT" ? ["ACCEPT", "NEXT"] : [c.expect];
  expect({ verdict: names.includes(r.verdict) ? c.expect : r.verdict, retval: r.retval | 0 }, ctx)
    .toEqual({ verdict: c.expect, retval: want | 0 });
  if (c.markAfter !== undefined) expect(r.mark, `${ctx}: mark after`).toBe(c.markAfter);
  return r;
}

/** Header line of a chain for `hook` with `policy`. */
export function chainHead(hook: HookName, policy: "ACCEPT" | "DROP" | "NEXT" = "ACCEPT", name = "t"): string {
  return `chain ${name} ${hook} ${policy}`;
}
