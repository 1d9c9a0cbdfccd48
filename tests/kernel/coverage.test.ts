// Coverage of the conformance table: fails when a (matcher, operator, hook) combination that
// LANGUAGE.md §4 allows on XDP, TC ingress or TC egress has no kernel row, when a matcher of the
// model is missing from the spec table below, or when the front end disagrees with the table
// (accepts what it forbids, or rejects what it allows). Needs no kernel: it only parses and checks.

import { describe, expect, it } from "vitest";
import { FIELDS, type Field, type MatchOp } from "../../compiler/model.js";
import { checkSource } from "../../compiler/frontend.js";
import { PKT_HOOKS, TC_HOOKS, type PktHook } from "./hooks.js";
import { CASES, MEASURED_ROWS, hooksOf } from "./matrix.js";
import { SET_KEY_FIELDS, SET_KEY_ROWS } from "./setcases.js";

const ALL = PKT_HOOKS;
const OPS: MatchOp[] = ["eq", "any", "all", "range"];

/** LANGUAGE.md §4 restricted to the Ethernet hooks: operators and hooks of each matcher. */
export const ALLOWED: Record<Field, { ops: MatchOp[]; hooks: readonly PktHook[] }> = {
  "meta.iface": { ops: ["eq"], hooks: ALL },
  "meta.l3_proto": { ops: ["eq"], hooks: ALL },
  "meta.l4_proto": { ops: ["eq"], hooks: ALL },
  "meta.sport": { ops: ["eq", "range"], hooks: ALL },
  "meta.dport": { ops: ["eq", "range"], hooks: ALL },
  "meta.probability": { ops: ["eq"], hooks: ALL },
  "meta.flow_probability": { ops: ["eq"], hooks: ALL },
  "meta.mark": { ops: ["eq"], hooks: TC_HOOKS },
  "meta.flow_hash": { ops: ["eq", "range"], hooks: TC_HOOKS },
  "ip4.saddr": { ops: ["eq"], hooks: ALL },
  "ip4.daddr": { ops: ["eq"], hooks: ALL },
  "ip4.snet": { ops: ["eq"], hooks: ALL },
  "ip4.dnet": { ops: ["eq"], hooks: ALL },
  "ip4.proto": { ops: ["eq"], hooks: ALL },
  "ip4.dscp": { ops: ["eq"], hooks: ALL },
  "ip6.saddr": { ops: ["eq"], hooks: ALL },
  "ip6.daddr": { ops: ["eq"], hooks: ALL },
  "ip6.snet": { ops: ["eq"], hooks: ALL },
  "ip6.dnet": { ops: ["eq"], hooks: ALL },
  "ip6.nexthdr": { ops: ["eq"], hooks: ALL },
  "ip6.dscp": { ops: ["eq"], hooks: ALL },
  "tcp.sport": { ops: ["eq", "range"], hooks: ALL },
  "tcp.dport": { ops: ["eq", "range"], hooks: ALL },
  "tcp.flags": { ops: ["eq", "any", "all"], hooks: ALL },
  "udp.sport": { ops: ["eq", "range"], hooks: ALL },
  "udp.dport": { ops: ["eq", "range"], hooks: ALL },
  "icmp.type": { ops: ["eq"], hooks: ALL },
  "icmp.code": { ops: ["eq"], hooks: ALL },
  "icmpv6.type": { ops: ["eq"], hooks: ALL },
  "icmpv6.code": { ops: ["eq"], hooks: ALL },
};

/** "field op hook" for every row the kernel suites run (each row runs with and without `not`). */
function rowsPresent(): Set<string> {
  const have = new Set<string>();
  for (const c of CASES) for (const h of hooksOf(c)) have.add(`${c.field} ${c.op} ${h}`);
  for (const r of MEASURED_ROWS) for (const h of r.hooks) have.add(`${r.field} ${r.op} ${h}`);
  return have;
}

/** A payload the front end accepts for (field, op), or a plausible one for forbidden operators. */
function samplePayload(field: Field, op: MatchOp): string {
  const own = CASES.find((c) => c.field === field && c.op === op) ?? MEASURED_ROWS.find((r) => r.field === field && r.op === op);
  if (own && "payload" in own) return own.payload;
  if (field === "meta.flow_hash" && op === "eq") return "12345";
  if (op === "range") return "1-2";
  if (op === "any" || op === "all") return "syn";
  return CASES.find((c) => c.field === field && c.op === "eq")?.payload ?? "1";
}

describe("conformance coverage", () => {
  it("the spec table names every matcher of the model", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...FIELDS].sort());
  });

  it("every allowed (matcher, operator, hook) has a kernel row (run with and without `not`)", () => {
    const have = rowsPresent();
    const missing: string[] = [];
    for (const [field, a] of Object.entries(ALLOWED)) {
      for (const op of a.ops) for (const h of a.hooks) if (!have.has(`${field} ${op} ${h}`)) missing.push(`${field} ${op} ${h}`);
    }
    expect(missing).toEqual([]);
  });

  it("no kernel row uses a combination the language forbids", () => {
    const extra = [...rowsPresent()].filter((k) => {
      const [field, op, hook] = k.split(" ");
      const a = ALLOWED[field as Field];
      return !a.ops.includes(op as MatchOp) || !a.hooks.includes(hook as PktHook);
    });
    expect(extra).toEqual([]);
  });

  it("every field usable in a set key has a set row on every Ethernet hook", () => {
    const have = new Set(SET_KEY_ROWS.flatMap((r) => r.key.flatMap((f) => PKT_HOOKS.map((h) => `${f} ${h}`))));
    const missing = SET_KEY_FIELDS.flatMap((f) => PKT_HOOKS.map((h) => `${f} ${h}`)).filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  it("the front end accepts exactly the allowed combinations (with and without `not`)", () => {
    const wrong: string[] = [];
    for (const field of FIELDS) {
      for (const op of OPS) {
        for (const hook of PKT_HOOKS) {
          const allowed = ALLOWED[field].ops.includes(op) && ALLOWED[field].hooks.includes(hook);
          for (const not of ["", "not "]) {
            const src = `chain t ${hook} ACCEPT\nrule ${field} ${not}${op} ${samplePayload(field, op)} DROP\n`;
            const errors = checkSource(src, "coverage.bfr").diagnostics.filter((d) => d.severity === "error").map((d) => d.code);
            if (allowed && errors.length > 0) wrong.push(`rejected: ${src.split("\n")[1]} on ${hook} (${errors.join(",")})`);
            if (!allowed && errors.length === 0) wrong.push(`accepted: ${src.split("\n")[1]} on ${hook}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
