// Coverage of the issue-5 hooks: fails when a (matcher, operator, hook) combination that the front
// end accepts on a cgroup_skb or netfilter hook (LANGUAGE.md §4, "pkt" hooks) has no kernel row in
// hooks5-matchers.test.ts (each row runs with and without `not`), or when a row tests a
// combination the front end rejects. Needs no kernel: it only parses and checks.

import { describe, expect, it } from "vitest";
import { FIELDS, type MatchOp } from "../../compiler/model.js";
import { checkSource } from "../../compiler/frontend.js";
import { CASES } from "./matrix.js";
import { CGROUP_SKB_HOOKS, NF_HOOKS, rows5 } from "./hooks5-rows.js";

const OPS: MatchOp[] = ["eq", "any", "all", "range"];
const HOOKS5 = [...CGROUP_SKB_HOOKS, ...NF_HOOKS];

function samplePayload(field: string, op: MatchOp): string {
  const own = CASES.find((c) => c.field === field && c.op === op);
  if (own) return own.payload;
  if (field === "meta.flow_hash") return op === "range" ? "1-2" : "12345";
  if (op === "range") return "1-2";
  if (op === "any" || op === "all") return "syn";
  return CASES.find((c) => c.field === field && c.op === "eq")?.payload ?? "1";
}

/** "field op hook" for every combination the front end accepts (with and without `not`). */
function accepted(): Set<string> {
  const out = new Set<string>();
  for (const field of FIELDS) for (const op of OPS) for (const hook of HOOKS5) {
    const ok = ["", "not "].every((not) => {
      const src = `chain t ${hook} ACCEPT\nrule ${field} ${not}${op} ${samplePayload(field, op)} DROP\n`;
      return checkSource(src, "coverage.bfr").diagnostics.every((d) => d.severity !== "error");
    });
    if (ok) out.add(`${field} ${op} ${hook}`);
  }
  return out;
}

describe("issue-5 hook coverage", () => {
  const allowed = accepted();
  const have = rows5();
  it("the front end allows matchers on every cgroup_skb and netfilter hook", () => {
    for (const h of HOOKS5) expect([...allowed].filter((k) => k.endsWith(h)).length, h).toBeGreaterThan(20);
  });
  it("every allowed (matcher, operator, hook) on cgroup_skb and netfilter has a kernel row", () => {
    expect([...allowed].filter((k) => !have.has(k))).toEqual([]);
  });
  it("no kernel row uses a combination the front end rejects", () => {
    expect([...have].filter((k) => !allowed.has(k))).toEqual([]);
  });
});
