// cgroup_sock_addr chains (connect4/6, sendmsg4/6) cannot be test-run by the kernel: every
// matcher × operator × `not` the front end accepts on each of these hooks must compile and pass
// the real verifier (loaded through openChainForTest), alone and in a split-shape chain.

import { describe, expect, it } from "vitest";
import { FIELDS, type Field, type MatchOp } from "../../compiler/model.js";
import { checkSource } from "../../compiler/frontend.js";
import { chainHead, compileOrThrow, kernelSkipReason } from "./harness.js";
import { CASES } from "./matrix.js";
import { openChainForTest } from "../../loader/testrun.js";

const skip = kernelSkipReason();
export const SOCK_HOOKS = [
  "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6",
  "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4", "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6",
] as const;
const OPS: MatchOp[] = ["eq", "range"];

function payload(field: Field, op: MatchOp): string | null {
  return CASES.find((c) => c.field === field && c.op === op)?.payload ?? null;
}

/** Every "FIELD [not] OP PAYLOAD" the front end accepts on `hook`. */
function allowedMatchers(hook: string): string[] {
  const out: string[] = [];
  for (const field of FIELDS) for (const op of OPS) {
    const p = payload(field, op);
    if (p === null) continue;
    for (const not of ["", "not "]) {
      const m = `${field} ${not}${op} ${p}`;
      const errs = checkSource(`${chainHead(hook as never)}\nrule ${m} DROP\n`, "s.bfr").diagnostics.filter((d) => d.severity === "error");
      if (errs.length === 0) out.push(m);
    }
  }
  return out;
}

async function loads(source: string): Promise<void> {
  const c = await openChainForTest(compileOrThrow(source));
  try {
    expect(c.counters()?.policy.packets).toBe(0);
  } finally {
    c.close();
  }
}

describe.skipIf(skip !== null)("cgroup_sock_addr chains pass the verifier", () => {
  for (const hook of SOCK_HOOKS) {
    const ms = allowedMatchers(hook);
    it(`${hook}: the front end allows the documented matchers`, () => {
      const fields = new Set(ms.map((m) => m.split(" ")[0]));
      const want = ["meta.l3_proto", "meta.l4_proto", "meta.dport", "meta.probability", "udp.dport"];
      if (hook.includes("CONNECT")) want.push("tcp.dport");
      if (hook.endsWith("4")) want.push("ip4.daddr", "ip4.dnet", "ip4.proto");
      else want.push("ip6.daddr", "ip6.dnet");
      if (hook.endsWith("SENDMSG4")) want.push("ip4.saddr", "ip4.snet");
      if (hook.endsWith("SENDMSG6")) want.push("ip6.saddr", "ip6.snet");
      expect([...fields].sort()).toEqual(want.sort());
    });
    for (const m of ms) it(`${hook}: rule ${m} counter DROP`, () => loads(`${chainHead(hook)}\nrule ${m} counter DROP\n`));
    it(`${hook}: socket log records (pid, comm, addresses) with and without every`, () =>
      loads(`${chainHead(hook)}\nrule meta.dport 443 log counter DROP\nrule meta.dport 80 log every 2s ACCEPT\n`));
    it(`${hook}: every matcher in one split-shape chain (CONTINUE rules)`, () =>
      loads(`${chainHead(hook, "DROP")}\n${ms.map((m) => `rule ${m} counter CONTINUE`).join("\n")}\nrule meta.dport range 1-65535 counter ACCEPT\n`));
  }
});
