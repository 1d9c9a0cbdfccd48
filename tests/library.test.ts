// The package's library entry (index.ts): the functions the CLI is built on, used directly.
import { describe, expect, it } from "vitest";
import { check, compile, disasm, diff, test, hasErrors } from "../index.js";
import { kernelSkipReason } from "./kernel/harness.js";

const V1 = "chain edge BF_HOOK_XDP ACCEPT\n    rule ip4.proto icmp counter DROP\n    rule tcp.dport 22 ACCEPT\n";
const V2 = V1.replace("tcp.dport 22", "tcp.dport 2222");

/** Ethernet + IPv4 header with the given protocol and 8 bytes of L4. */
function frame(proto: number): Uint8Array {
  const f = new Uint8Array(14 + 20 + 8);
  f.set([0x08, 0x00], 12);
  f.set([0x45, 0, 0, 28, 0, 0, 0, 0, 64, proto, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], 14);
  return f;
}

describe("library API", () => {
  it("check returns the model or the diagnostics", () => {
    expect(check(V1, "a.bfr").ruleset?.chains[0].rules).toHaveLength(2);
    const bad = check("chain x BF_HOOK_XDP ACCEPT\n rule ip4.proto tcpp DROP\n", "b.bfr");
    expect(bad.ruleset).toBeNull();
    expect(hasErrors(bad.diagnostics)).toBe(true);
    expect(bad.diagnostics[0].code).toBe("BFR2001");
  });

  it("compile, disasm and diff work on bytes without a kernel", () => {
    const a = compile(V1, "a.bfr").object!;
    const b = compile(V2, "a.bfr").object!;
    expect(Buffer.from(a.subarray(0, 4)).toString("latin1")).toBe("\x7fELF");
    expect(disasm(a)).toContain("tcp.dport 22 ACCEPT");
    const d = diff(a, b);
    expect(JSON.stringify(d)).toContain("tcp.dport 2222");
    expect(JSON.stringify(diff(a, a))).not.toContain("tcp.dport 2222");
    expect(compile("chain x BF_HOOK_XDP ACCEPT\n rule ip4.proto tcpp DROP\n").object).toBeNull();
  });

  it("test runs frames through the kernel and returns verdicts and counters", async (ctx) => {
    const skip = kernelSkipReason();
    if (skip) {
      console.log(`skipped: ${skip}`);
      ctx.skip();
    }
    const obj = compile(V1, "a.bfr").object!;
    const r = await test(obj, [frame(1), frame(17), frame(1)]);
    expect(r.chain).toBe("edge");
    expect(r.results.map((x) => x.verdict)).toEqual(["DROP", "ACCEPT", "DROP"]);
    expect(Number(r.counters!.rules.find((c) => c.index === 0)!.packets)).toBe(2);
    expect(Number(r.counters!.policy.packets)).toBe(1);
  });
});
