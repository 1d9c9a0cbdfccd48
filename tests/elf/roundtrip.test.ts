// elf/write ↔ elf/read: read(write(spec)) deep-equals spec for every kind of spec we write, the
// bytes are deterministic, the layout follows docs/OBJECT-FORMAT.md (checked with our own parser
// here and with elfy / readelf / bpftool in the neighbouring tests), and malformed specs are
// refused with BFR41xx.

import { describe, expect, it } from "vitest";
import { readObject } from "../../elf/read.js";
import { writeObject } from "../../elf/write.js";
import { parseElf } from "../../elf/elf-parse.js";
import { BfrError } from "../../elf/errors.js";
import type { ObjectSpec } from "../../elf/spec.js";
import { allMaps, callRel, concat, exit, fn, ldMap, mixed, movImm, onePrograms, twoInOneSection, withMetadata } from "./fixtures.js";

/** The spec with byte arrays as "Class:hex" strings: a fast deep comparison that keeps the class. */
function comparable(v: unknown): unknown {
  if (v instanceof Uint8Array) return `${v.constructor.name}:${Buffer.from(v.buffer, v.byteOffset, v.length).toString("hex")}`;
  if (Array.isArray(v)) return v.map(comparable);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, comparable(x)]));
  return v;
}

const cases: [string, () => ObjectSpec][] = [
  ["one program", onePrograms],
  ["two programs in one section", twoInOneSection],
  ["XDP + TC + .text sub-programs, maps, kfunc", mixed],
  ["every map type", () => ({ ...onePrograms(), maps: allMaps() })],
  ["metadata with a 100k-element set", () => withMetadata(100_000)],
];

describe("round trip", () => {
  for (const [name, make] of cases) {
    it(name, () => {
      const spec = make();
      const bytes = writeObject(spec);
      expect(comparable(readObject(bytes))).toStrictEqual(comparable(spec));
      // Deterministic: a second write (of a fresh spec) gives the same bytes.
      expect(Buffer.compare(writeObject(make()), bytes)).toBe(0);
      // Rewriting the read spec reproduces the object.
      expect(Buffer.compare(writeObject(readObject(bytes)), bytes)).toBe(0);
    });
  }
});

describe("layout", () => {
  it("orders sections as the format says", () => {
    const elf = parseElf(writeObject(withMetadata(3)));
    expect(elf.sections.map((s) => s.name)).toEqual([
      "", ".strtab", "xdp", "tcx/ingress", ".text", ".relxdp", ".reltcx/ingress", ".rel.text",
      ".maps", "license", ".BTF", ".BTF.ext", ".bfr.meta", ".bfr.sets", ".symtab",
    ]);
  });

  it("writes locals first, programs GLOBAL FUNC with exact value/size, maps OBJECT, kfuncs undefined", () => {
    const elf = parseElf(writeObject(mixed()));
    const syms = elf.symbols.map((s) => [s.name, s.bind, s.type, elf.sections[s.shndx]?.name ?? "", s.value, s.size]);
    expect(syms.slice(0, 6)).toEqual([
      ["", 0, 0, "", 0, 0],
      ["", 0, 3, ".text", 0, 0],
      ["walk", 0, 2, ".text", 0, 16],
      ["hash", 0, 2, ".text", 16, 16],
      ["edge", 1, 2, "xdp", 0, 48],
      ["ingress", 1, 2, "tcx/ingress", 0, 32],
    ]);
    expect(syms[6]).toEqual(["rules_1", 1, 2, ".text", 32, 16]);
    expect(syms.slice(7, 9)).toEqual([["counters", 1, 1, ".maps", 0, 32], ["set_exact", 1, 1, ".maps", 32, 32]]);
    expect(syms.at(-1)).toEqual(["bpf_ktime_get_coarse_ns", 1, 0, "", 0, 0]);
    const symtab = elf.sections.find((s) => s.name === ".symtab")!;
    expect(symtab.info).toBe(4);
  });

  it("writes sub-program calls as clang does: R_BPF_64_32 against .text, imm = callee offset / 8 - 1", () => {
    const bytes = writeObject(mixed());
    const elf = parseElf(bytes);
    const tc = elf.sections.find((s) => s.name === "tcx/ingress")!;
    // insn 2 of "ingress" calls "hash", at byte 16 of .text: imm = 16 / 8 - 1 = 1, src = 1.
    expect([...tc.data.subarray(16, 24)]).toEqual([0x85, 0x10, 0, 0, 1, 0, 0, 0]);
    const rel = elf.sections.find((s) => s.name === ".reltcx/ingress")!;
    const v = new DataView(rel.data.buffer, rel.data.byteOffset);
    expect([Number(v.getBigUint64(16, true)), v.getUint32(24, true), v.getUint32(28, true)]).toEqual([16, 10, 1]);
  });
});

describe("invalid specs", () => {
  const bad = (mutate: (s: ObjectSpec) => void, message: RegExp) => {
    const s = mixed();
    mutate(s);
    const e = (() => {
      try {
        writeObject(s);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(BfrError);
    expect((e as BfrError).message).toMatch(message);
  };
  it("refuses unknown relocation targets", () => {
    bad((s) => (s.functions[0].relocations[0].target = { kind: "map", name: "nope" }), /no map named "nope"/);
    bad((s) => (s.functions[0].relocations[1].target = { kind: "subprog", name: "nope" }), /no function named "nope"/);
  });
  it("refuses relocations on the wrong instruction", () => {
    bad((s) => (s.functions[0].relocations[0].insn = 2), /ld_imm64/);
  });
  it("refuses duplicate names and key types of the wrong size", () => {
    bad((s) => (s.functions[1].name = "edge"), /not unique/);
    bad((s) => (s.maps[0].keySize = 8), /key type is 4 bytes, key size is 8/);
  });
  it("refuses section names the format uses for itself", () => {
    bad((s) => (s.functions[1].section = ".maps"), /section name "\.maps" is reserved/);
    bad((s) => (s.bfr = [{ name: "meta", data: new Uint8Array(1) }, { name: "meta", data: new Uint8Array(1) }]), /not unique/);
  });
  it("refuses a function whose size is not whole instructions", () => {
    bad((s) => (s.functions[0] = fn("edge", "xdp", concat(ldMap(1), callRel(), movImm(0, 1), exit()).subarray(0, 20))), /bytes of instructions/);
  });
});

describe("line info and relocation order", () => {
  it("refuses line info that is not strictly increasing (the kernel would)", () => {
    const s = mixed();
    s.functions[0].lineInfo = [s.functions[0].lineInfo[0], { ...s.functions[0].lineInfo[0] }];
    expect(() => writeObject(s)).toThrow(/out of order/);
  });
  it("refuses unsorted relocations", () => {
    const s = mixed();
    s.functions[0].relocations.reverse();
    expect(() => writeObject(s)).toThrow(/not sorted/);
  });
});
