// Encoder table tests: every instruction class and builder against hand-encoded bytes (UAPI
// struct bpf_insn: code, dst:4 | src:4, off s16, imm s32, little-endian), jump offset resolution
// in both directions, ld_imm64 taking two slots, relocation slots, and offset range errors.

import { describe, expect, it } from "vitest";
import {
  Asm, EncodeError, alu, alu32, alu32r, alur, be, call, callSub, dropFallthroughJumps, encode, exit, ja, jmp, jmp32, jmpr,
  ld64, ldMap, ldx, mov, mov32, mov32r, movr, st, stx, type Insn,
} from "../../compiler/insn.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const one = (i: Insn): string => hex(encode([i]).bytes);

describe("encoder: one instruction per builder", () => {
  const rows: [string, Insn, string][] = [
    ["r0 = 2 (ALU64|MOV|K)", mov(0, 2), "b700000002000000"],
    ["r1 = -1", mov(1, -1), "b7010000ffffffff"],
    ["r6 = r1 (ALU64|MOV|X)", movr(6, 1), "bf16000000000000"],
    ["w1 = 0x80000000 (ALU|MOV|K)", mov32(1, 0x80000000), "b401000000000080"],
    ["w2 = w3 (ALU|MOV|X)", mov32r(2, 3), "bc32000000000000"],
    ["r4 += 14", alu("ADD", 4, 14), "070400000e000000"],
    ["r1 s>>= 32", alu("ARSH", 1, 32), "c701000020000000"],
    ["r1 -= r2", alur("SUB", 1, 2), "1f21000000000000"],
    ["r4 *= r5", alur("MUL", 4, 5), "2f54000000000000"],
    ["w1 &= 0xff", alu32("AND", 1, 0xff), "54010000ff000000"],
    ["w1 |= w2", alu32r("OR", 1, 2), "4c21000000000000"],
    ["r1 = be16 r1 (END|TO_BE)", be(1, 16), "dc01000010000000"],
    ["r1 = *(u16 *)(r2 + 12)", ldx("H", 1, 2, 12), "6921" + "0c00" + "00000000"],
    ["r1 = *(u64 *)(r10 - 8)", ldx("DW", 1, 10, -8), "79a1f8ff00000000"],
    ["*(u32 *)(r6 + 8) = r1", stx("W", 6, 8, 1), "6316080000000000"],
    ["*(u64 *)(r10 - 16) = 256 (ST)", st("DW", 10, -16, 256), "7a0af0ff00010000"],
    ["*(u8 *)(r10 - 1) = r0", stx("B", 10, -1, 0), "730affff00000000"],
    ["call 1", call(1), "8500000001000000"],
    ["exit", exit(), "9500000000000000"],
  ];
  it.each(rows)("%s", (_name, insn, bytes) => {
    expect(one(insn)).toBe(bytes);
  });

  it("ld_imm64 takes two slots, the high half in the second", () => {
    const e = encode([ld64(1, 0x1122334455667788n)]);
    expect(e.slots).toBe(2);
    expect(hex(e.bytes)).toBe("18010000887766550000000044332211");
  });

  it("a map reference is an ld_imm64 with imm 0 and a relocation at its first slot", () => {
    const e = encode([mov(0, 0), ldMap(1, "edge_ctr"), exit()]);
    expect(e.maps).toEqual([{ insn: 1, name: "edge_ctr" }]);
    expect(hex(e.bytes.subarray(8, 24))).toBe("18010000000000000000000000000000");
    expect(e.slots).toBe(4);
  });

  it("a sub-program call is src=BPF_PSEUDO_CALL with a call relocation", () => {
    const e = encode([callSub("part0"), exit()]);
    expect(hex(e.bytes.subarray(0, 8))).toBe("85100000ffffffff");
    expect(e.calls).toEqual([{ insn: 0, name: "part0" }]);
  });
});

describe("encoder: labels and jump offsets", () => {
  it("resolves forward and backward jumps, counting ld_imm64 as two slots", () => {
    const a = new Asm();
    const top = a.here("top");
    const end = a.label("end");
    a.emit(jmp("JEQ", 1, 6, end)); // slot 0 → slot 5: off = 4
    a.emit(ld64(2, 1n << 40n)); // slots 1–2
    a.emit(jmp32("JGE", 0, -1, top)); // slot 3 → 0: off = -4
    a.emit(jmpr("JGT", 4, 3, end)); // slot 4 → 5: off = 0
    a.bind(end);
    a.emit(exit());
    const e = encode(a.items);
    expect(hex(e.bytes.subarray(0, 8))).toBe("1501040006000000");
    expect(hex(e.bytes.subarray(24, 32))).toBe("3600fcffffffffff");
    expect(hex(e.bytes.subarray(32, 40))).toBe("2d34000000000000");
    expect(e.labels.get(top.id)).toBe(0);
    expect(e.labels.get(end.id)).toBe(5);
  });

  it("refuses an offset beyond 16 bits", () => {
    const a = new Asm();
    const far = a.label("far");
    a.emit(ja(far));
    for (let i = 0; i < 32768; i++) a.emit(mov(0, 0));
    a.bind(far);
    a.emit(exit());
    expect(() => encode(a.items)).toThrow(EncodeError);
    expect(() => encode(a.items)).toThrow(/32768/);
  });

  it("accepts the largest offset that fits", () => {
    const a = new Asm();
    const far = a.label("far");
    a.emit(ja(far));
    for (let i = 0; i < 32767; i++) a.emit(mov(0, 0));
    a.bind(far);
    a.emit(exit());
    expect(hex(encode(a.items).bytes.subarray(0, 8))).toBe("0500ff7f00000000");
  });

  it("refuses unbound and twice-bound labels", () => {
    const a = new Asm();
    a.emit(ja(a.label("nowhere")));
    expect(() => encode(a.items)).toThrow(/never bound/);
    const b = new Asm();
    const l = b.label("twice");
    b.bind(l);
    b.emit(exit());
    b.bind(l);
    expect(() => encode(b.items)).toThrow(/bound twice/);
  });

  it("drops a goto to the next instruction, and only that", () => {
    const a = new Asm();
    const next = a.label("next");
    const later = a.label("later");
    a.emit(ja(next));
    a.bind(next);
    a.emit(ja(later), mov(0, 1));
    a.bind(later);
    a.emit(exit());
    expect(dropFallthroughJumps(a.items).filter((i) => !("bind" in i)).length).toBe(3);
    expect(encode(a.items).slots).toBe(3);
  });

  it("forked sequences share labels and append in order", () => {
    const a = new Asm();
    const cold = a.fork();
    const l = a.label("cold");
    a.emit(ja(l));
    cold.bind(l);
    cold.emit(exit());
    a.emit(mov(0, 2));
    a.append(cold);
    const e = encode(a.items);
    expect(e.slots).toBe(3);
    expect(e.labels.get(l.id)).toBe(2);
  });
});
