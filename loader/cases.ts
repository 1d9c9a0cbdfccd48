// The `--cases` file of `bfr test` (format documented in docs/TESTING.md): packets with expected
// verdicts, marks and counters. Parsing reports the JSON path of each mistake; checking returns
// every mismatch, so one run shows them all.

import { BfrError } from "../elf/errors.js";
import type { ChainCounters, RunResult, Verdict } from "./testchain.js";

export interface TestCase {
  name: string;
  packet: Uint8Array;
  mark?: number;
  verdict: Exclude<Verdict, "UNKNOWN">;
  markAfter?: number;
}

export interface CounterExpect { packets?: number; bytes?: number }

export interface CasesFile {
  chain?: string;
  cases: TestCase[];
  counters?: { rules?: ({ index: number } & CounterExpect)[]; policy?: CounterExpect };
}

const VERDICTS = ["ACCEPT", "DROP", "NEXT", "REDIRECT"] as const;

/** Hex bytes; spaces, newlines, `:` and `-` between bytes and a leading `0x` are allowed. */
export function parseHex(text: string): Uint8Array | null {
  const s = text.trim().replace(/^0x/i, "").replace(/[\s:-]/g, "");
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) return null;
  return new Uint8Array(Buffer.from(s, "hex"));
}

type Json = unknown;

class Reader {
  constructor(private readonly file: string) {}
  fail(path: string, msg: string): never {
    throw new BfrError("BFR6211", `${this.file}: ${path}: ${msg}`, "see docs/TESTING.md for the --cases format");
  }
  obj(v: Json, path: string, keys: readonly string[]): Record<string, Json> {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, "expected an object");
    for (const k of Object.keys(v)) if (!keys.includes(k)) this.fail(`${path}.${k}`, `unknown key (expected one of ${keys.join(", ")})`);
    return v as Record<string, Json>;
  }
  uint(v: Json, path: string): number {
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) this.fail(path, "expected a non-negative integer");
    return v;
  }
  u32(v: Json, path: string): number {
    const n = this.uint(v, path);
    if (n > 0xffffffff) this.fail(path, "a mark is a 32-bit value");
    return n;
  }
  counter(v: Json, path: string, keys: readonly string[]): CounterExpect & { index?: number } {
    const o = this.obj(v, path, keys);
    const out: CounterExpect & { index?: number } = {};
    for (const k of ["index", "packets", "bytes"] as const) if (o[k] !== undefined) out[k] = this.uint(o[k], `${path}.${k}`);
    return out;
  }
}

export function parseCases(text: string, file: string): CasesFile {
  const r: Reader = new Reader(file);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BfrError("BFR6211", `${file}: not valid JSON: ${(e as Error).message}`);
  }
  const top = r.obj(json, "$", ["chain", "cases", "counters"]);
  if (top.chain !== undefined && typeof top.chain !== "string") r.fail("$.chain", "expected a string");
  if (!Array.isArray(top.cases) || top.cases.length === 0) r.fail("$.cases", "expected a non-empty array");
  const cases = top.cases.map((c: Json, i: number) => parseCase(r, c, `$.cases[${i}]`, i));
  const out: CasesFile = { cases };
  if (typeof top.chain === "string") out.chain = top.chain;
  if (top.counters !== undefined) {
    const c = r.obj(top.counters, "$.counters", ["rules", "policy"]);
    out.counters = {};
    if (c.rules !== undefined) {
      if (!Array.isArray(c.rules)) r.fail("$.counters.rules", "expected an array");
      out.counters.rules = c.rules.map((x: Json, i: number) => {
        const e = r.counter(x, `$.counters.rules[${i}]`, ["index", "packets", "bytes"]);
        if (e.index === undefined) r.fail(`$.counters.rules[${i}]`, "missing \"index\"");
        return { ...e, index: e.index };
      });
    }
    if (c.policy !== undefined) out.counters.policy = r.counter(c.policy, "$.counters.policy", ["packets", "bytes"]);
  }
  return out;
}

function parseCase(r: Reader, v: Json, path: string, i: number): TestCase {
  const o = r.obj(v, path, ["name", "packet", "mark", "verdict", "mark_after"]);
  if (o.name !== undefined && typeof o.name !== "string") r.fail(`${path}.name`, "expected a string");
  if (typeof o.packet !== "string") r.fail(`${path}.packet`, "expected a hex string");
  const packet = parseHex(o.packet);
  if (!packet) r.fail(`${path}.packet`, "not hex bytes (an even number of hex digits)");
  if (typeof o.verdict !== "string" || !(VERDICTS as readonly string[]).includes(o.verdict)) {
    r.fail(`${path}.verdict`, `expected one of ${VERDICTS.join(", ")}`);
  }
  const c: TestCase = { name: typeof o.name === "string" ? o.name : `case ${i + 1}`, packet, verdict: o.verdict as TestCase["verdict"] };
  if (o.mark !== undefined) c.mark = r.u32(o.mark, `${path}.mark`);
  if (o.mark_after !== undefined) c.markAfter = r.u32(o.mark_after, `${path}.mark_after`);
  return c;
}

/** Every difference between expectations and what the runs gave, one line each. */
export function checkCases(file: CasesFile, results: readonly RunResult[], counters: ChainCounters | null): string[] {
  const out: string[] = [];
  file.cases.forEach((c, i) => {
    const r = results[i];
    if (r.verdict !== c.verdict) out.push(`${c.name}: verdict ${r.verdict} (retval ${r.retval}), expected ${c.verdict}`);
    if (c.markAfter !== undefined && r.mark !== c.markAfter) out.push(`${c.name}: mark after the run ${r.mark ?? "(none: the hook has no mark)"}, expected ${c.markAfter}`);
  });
  const exp = file.counters;
  if (!exp) return out;
  if (!counters) return [...out, "counters expected, but the chain has no counters"];
  for (const e of exp.rules ?? []) {
    const got = counters.rules.find((x) => x.index === e.index);
    if (!got) {
      out.push(`rule ${e.index}: no counter (the rule has no \`counter\` or does not exist)`);
      continue;
    }
    compare(out, `rule ${e.index}`, e, got);
  }
  if (exp.policy) compare(out, "policy", exp.policy, counters.policy);
  return out;
}

function compare(out: string[], what: string, e: CounterExpect, got: { packets: number; bytes: number }): void {
  if (e.packets !== undefined && got.packets !== e.packets) out.push(`${what}: ${got.packets} packets, expected ${e.packets}`);
  if (e.bytes !== undefined && got.bytes !== e.bytes) out.push(`${what}: ${got.bytes} bytes, expected ${e.bytes}`);
}
