// Table-driven tests of the instruction decoder: raw encodings (written here by hand from the UAPI
// layout, not with the compiler's builders) and the verifier syntax each must print.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeInsns, formatInsn, type FormatEnv } from "../../compiler/disasm-insn.js";
import { disassembleWith } from "../../compiler/disasm-format.js";
import { cat, fn, ins, ldImm64, spec } from "./util.js";

const env: FormatEnv = {
  jump: (off, target) => `${off < 0 ? off : `+${off}`} <L${target}>`,
  ldImm64Symbol: () => null,
  callSymbol: () => null,
};

function text(bytes: Uint8Array): string {
  return decodeInsns(bytes).map((i) => formatInsn(i, env)).join(" | ");
}

const cases: [string, Uint8Array, string][] = [
  ["mov64 imm", ins(0xb7, 0, 0, 0, 2), "r0 = 2"],
  ["mov64 imm negative", ins(0xb7, 3, 0, 0, -1), "r3 = -1"],
  ["mov32 reg", ins(0xbc, 0, 1), "w0 = w1"],
  ["mov64 reg", ins(0xbf, 6, 1), "r6 = r1"],
  ["movsx 8 (v4)", ins(0xbf, 1, 2, 8), "r1 = (s8)r2"],
  ["movsx32 16 (v4)", ins(0xbc, 1, 2, 16), "w1 = (s16)w2"],
  ["add64 imm", ins(0x07, 2, 0, 0, -4), "r2 += -4"],
  ["sub32 reg", ins(0x1c, 1, 3), "w1 -= w3"],
  ["mul64 imm", ins(0x27, 1, 0, 0, 3), "r1 *= 3"],
  ["div32 reg", ins(0x3c, 0, 1), "w0 /= w1"],
  ["sdiv64 reg (v4)", ins(0x3f, 1, 2, 1), "r1 s/= r2"],
  ["smod32 imm (v4)", ins(0x94, 1, 0, 1, 7), "w1 s%= 7"],
  ["or64 imm", ins(0x47, 1, 0, 0, 4), "r1 |= 4"],
  ["and32 imm", ins(0x54, 1, 0, 0, 0xffff), "w1 &= 65535"],
  ["lsh64 imm", ins(0x67, 1, 0, 0, 40), "r1 <<= 40"],
  ["rsh32 reg", ins(0x7c, 1, 2), "w1 >>= w2"],
  ["neg64", ins(0x87, 1), "r1 = -r1"],
  ["neg32", ins(0x84, 1), "w1 = -w1"],
  ["mod64 imm", ins(0x97, 1, 0, 0, 7), "r1 %= 7"],
  ["xor32 reg", ins(0xac, 0, 1), "w0 ^= w1"],
  ["arsh64 imm", ins(0xc7, 1, 0, 0, 3), "r1 s>>= 3"],
  ["be16", ins(0xdc, 1, 0, 0, 16), "r1 = be16 r1"],
  ["le32", ins(0xd4, 1, 0, 0, 32), "r1 = le32 r1"],
  ["bswap64 (v4)", ins(0xd7, 1, 0, 0, 64), "r1 = bswap64 r1"],
  ["ldx w", ins(0x61, 2, 1, 4), "r2 = *(u32 *)(r1 +4)"],
  ["ldx h", ins(0x69, 2, 7, 12), "r2 = *(u16 *)(r7 +12)"],
  ["ldx b", ins(0x71, 1, 6, 23), "r1 = *(u8 *)(r6 +23)"],
  ["ldx dw negative", ins(0x79, 0, 10, -8), "r0 = *(u64 *)(r10 -8)"],
  ["ldxsx b (v4)", ins(0x91, 1, 2, 0), "r1 = *(s8 *)(r2 +0)"],
  ["stx w", ins(0x63, 10, 1, -4), "*(u32 *)(r10 -4) = r1"],
  ["stx dw", ins(0x7b, 10, 6, -16), "*(u64 *)(r10 -16) = r6"],
  ["st w imm", ins(0x62, 10, 0, -8, 5), "*(u32 *)(r10 -8) = 5"],
  ["st b imm", ins(0x72, 10, 0, -1, 0), "*(u8 *)(r10 -1) = 0"],
  ["atomic add64", ins(0xdb, 0, 1, 0, 0x00), "lock *(u64 *)(r0 +0) += r1"],
  ["atomic or32", ins(0xc3, 0, 1, 8, 0x40), "lock *(u32 *)(r0 +8) |= r1"],
  ["atomic fetch_add64", ins(0xdb, 2, 3, 0, 0x01), "r3 = atomic64_fetch_add((u64 *)(r2 +0), r3)"],
  ["atomic fetch_and32", ins(0xc3, 2, 3, 0, 0x51), "r3 = atomic_fetch_and((u32 *)(r2 +0), r3)"],
  ["atomic xchg64", ins(0xdb, 2, 3, 0, 0xe1), "r3 = atomic64_xchg((u64 *)(r2 +0), r3)"],
  ["atomic cmpxchg32", ins(0xc3, 2, 3, 4, 0xf1), "r0 = atomic_cmpxchg((u32 *)(r2 +4), r0, r3)"],
  ["ld_abs b", ins(0x30, 0, 0, 0, 12), "r0 = *(u8 *)skb[12]"],
  ["ld_ind h", ins(0x48, 0, 1, 0, 2), "r0 = *(u16 *)skb[r1 + 2]"],
  ["ld_imm64", ldImm64(1, 0x3456789a, 0x12), "r1 = 0x123456789a ll"],
  ["ld_imm64 -1", ldImm64(2, -1, -1), "r2 = 0xffffffffffffffff ll"],
  ["ld_imm64 map fd", ldImm64(1, 7, 0, 1), "r1 = map[fd:7] ll"],
  ["ld_imm64 map value", ldImm64(1, 7, 16, 2), "r1 = map[fd:7]+16 ll"],
  ["ld_imm64 map idx", ldImm64(1, 2, 0, 5), "r1 = map[idx:2] ll"],
  ["ja", ins(0x05, 0, 0, 3), "goto +3 <L4>"],
  ["gotol (v4)", ins(0x06, 0, 0, 0, 5), "gotol +5 <L6>"],
  ["jeq imm", ins(0x15, 2, 0, 3, 6), "if r2 == 0x6 goto +3 <L4>"],
  ["jne imm", ins(0x55, 2, 0, 3, 6), "if r2 != 0x6 goto +3 <L4>"],
  ["jgt reg", ins(0x2d, 1, 2, 45), "if r1 > r2 goto +45 <L46>"],
  ["jge imm", ins(0x35, 1, 0, 1, 1024), "if r1 >= 0x400 goto +1 <L2>"],
  ["jset imm", ins(0x45, 1, 0, 2, 0x80), "if r1 & 0x80 goto +2 <L3>"],
  ["jsgt imm negative", ins(0x65, 7, 0, 3, -6), "if r7 s> 0xfffffffa goto +3 <L4>"],
  ["jlt reg", ins(0xad, 1, 2, 0), "if r1 < r2 goto +0 <L1>"],
  ["jsle reg", ins(0xdd, 1, 2, 1), "if r1 s<= r2 goto +1 <L2>"],
  ["jne32 imm", ins(0x56, 1, 0, 6, 6), "if w1 != 0x6 goto +6 <L7>"],
  ["jeq32 reg", ins(0x1e, 1, 2, 2), "if w1 == w2 goto +2 <L3>"],
  ["call helper 1", ins(0x85, 0, 0, 0, 1), "call bpf_map_lookup_elem#1"],
  ["call helper 23", ins(0x85, 0, 0, 0, 23), "call bpf_redirect#23"],
  ["call helper 69", ins(0x85, 0, 0, 0, 69), "call bpf_fib_lookup#69"],
  ["call helper 211", ins(0x85, 0, 0, 0, 211), "call bpf_cgrp_storage_delete#211"],
  ["call unknown helper", ins(0x85, 0, 0, 0, 999), "call unknown#999"],
  ["call kfunc unrelocated", ins(0x85, 0, 2, 0, 1234), "call kfunc#1234"],
  ["call pseudo local", ins(0x85, 0, 1, 0, 2), "call pc+2 <L3>"],
  ["exit", ins(0x95), "exit"],
  ["invalid alu op", ins(0xf7, 1), "invalid opcode 0xf7"],
  ["invalid ldx mode", ins(0x21, 1), "invalid opcode 0x21"],
];

describe("instruction decoder", () => {
  it.each(cases)("%s", (_name, bytes, want) => {
    expect(text(bytes)).toBe(want);
  });

  it("decodes ld_imm64 as one two-slot instruction and keeps slot indexes", () => {
    const insns = decodeInsns(cat([ins(0xb7, 0, 0, 0, 1), ldImm64(1, 5), ins(0x95)]));
    expect(insns.map((i) => [i.index, i.slots])).toEqual([[0, 1], [1, 2], [3, 1]]);
  });

  it("rejects a partial slot", () => {
    expect(() => decodeInsns(new Uint8Array(12))).toThrow(/multiple of 8/);
  });
});

describe("symbols from relocations", () => {
  it("names maps, sub-programs and kfuncs", () => {
    const main = fn("edge", "xdp", [
      ldImm64(1, 0), // 0-1: map
      ins(0x85, 0, 1, 0, -1), // 2: call .text sub-program
      ins(0x85, 0, 2, 0, 0), // 3: kfunc
      ins(0x95),
    ], {
      relocations: [
        { insn: 0, type: 1, target: { kind: "map", name: "counters" } },
        { insn: 2, type: 10, target: { kind: "subprog", name: "ip6_walk" } },
        { insn: 3, type: 10, target: { kind: "kfunc", name: "bpf_dynptr_from_skb" } },
      ],
    });
    const sub = fn("ip6_walk", ".text", [ins(0xb7, 0, 0, 0, 0), ins(0x95)]);
    const out = disassembleWith(spec([main, sub]), null);
    expect(out).toContain("0: r1 = map[counters] ll");
    expect(out).toContain("2: call <ip6_walk>");
    expect(out).toContain("3: call kfunc[bpf_dynptr_from_skb]");
    expect(out).toMatch(/subprog ip6_walk/);
  });

  it("names an unrelocated bpf-to-bpf call by the function at its target", () => {
    // two functions back to back in .text: f0 (2 slots) then f1; the call at slot 0 with imm 1 lands on slot 2
    const f0 = fn("f0", ".text", [ins(0x85, 0, 1, 0, 1), ins(0x95)]);
    const f1 = fn("f1", ".text", [ins(0x95)]);
    const out = disassembleWith(spec([f0, f1]), null);
    expect(out).toContain("0: call <f1>");
  });
});

describe("arbitrary bytes", () => {
  it("any instruction bytes disassemble without throwing, one line per instruction", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 40 }), (slots) => {
        const out = disassembleWith(spec([fn("p", "xdp", slots)]), null, { raw: true });
        const decoded = decodeInsns(cat(slots));
        const lines = out.split("\n").filter((l) => /^ +\d+: [0-9a-f]{2} /.test(l));
        // --raw prints every slot, the second slot of an ld_imm64 on a line of its own
        expect(lines).toHaveLength(slots.length);
        expect(decoded.reduce((n, i) => n + i.slots, 0)).toBe(slots.length);
      }),
      { numRuns: 300 },
    );
  });
});
