// User errors that had no test naming their code: each must come out as one BfrError (or
// diagnostic) with its stable code and a message that says what is wrong and where.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { BfrError } from "../../elf/errors.js";
import { readObject } from "../../elf/read.js";
import { parseCases } from "../../loader/cases.js";
import { readPcap } from "../../loader/pcap.js";
import { openChainForTest } from "../../loader/testrun.js";
import { kernelSkipReason } from "../kernel/harness.js";
import { arp, eth, ipv4, icmp } from "../kernel/packets.js";

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof BfrError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return "no error";
}

function object(text: string): Uint8Array {
  const r = compileSource(text, "t.bfr");
  if (!r.object) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return r.object;
}

describe("error codes without a kernel", () => {
  it("BFR3003: two chains that give one program name", () => {
    const r = compileSource("chain 1a BF_HOOK_XDP ACCEPT\nchain _1a BF_HOOK_XDP ACCEPT\n", "t.bfr");
    expect(r.object).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([["BFR3003", "chain '_1a' gives the same program name as chain '1a'"]]);
  });
  it("BFR4001: a truncated ELF names the ELF structure", () => {
    const o = object("chain x BF_HOOK_XDP ACCEPT\n");
    expect(codeOf(() => readObject(o.subarray(0, 40)))).toMatch(/^BFR4001: .*ELF/);
  });
  it("BFR6210: a file that is not a pcap names the file", () => {
    expect(codeOf(() => readPcap(new Uint8Array(24), "x.pcap"))).toMatch(/^BFR6210: x\.pcap: /);
  });
  it("BFR6211: a cases file that is not JSON names the file", () => {
    expect(codeOf(() => parseCases("{", "c.json"))).toMatch(/^BFR6211: c\.json: not valid JSON/);
  });
});

const skip = kernelSkipReason();
describe.skipIf(skip !== null)("bfr test errors (BFR6401-6406) through the kernel", () => {
  const frame = eth(ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, icmp({ type: 8 })));

  it("BFR6401: several chains and no --chain", async () => {
    const o = object("chain a BF_HOOK_XDP ACCEPT\nchain b BF_HOOK_XDP ACCEPT\n");
    await expect(openChainForTest(o)).rejects.toThrow(/the object has 2 chains; choose one with --chain/);
  });
  it("BFR6402..6406: frames and options the hook cannot take", async () => {
    const cases: [string, Uint8Array, { mark?: number }, string][] = [
      ["chain s BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4 ACCEPT\n", frame, {}, "BFR6402"],
      ["chain x BF_HOOK_XDP ACCEPT\n", frame.subarray(0, 10), {}, "BFR6403"],
      ["chain x BF_HOOK_XDP ACCEPT\n", frame, { mark: 1 }, "BFR6404"],
      ["chain t BF_HOOK_TC_INGRESS ACCEPT\n", frame.subarray(0, 20), {}, "BFR6405"],
      ["chain n BF_HOOK_NF_LOCAL_IN ACCEPT\n", eth(arp()), {}, "BFR6406"],
    ];
    for (const [text, f, opts, code] of cases) {
      const c = await openChainForTest(object(text));
      try {
        expect(codeOf(() => c.run(f, opts)).slice(0, 7)).toBe(code);
      } finally {
        c.close();
      }
    }
  });
});
