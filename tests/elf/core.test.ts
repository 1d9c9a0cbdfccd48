// CO-RE relocations in the object: a spec's coreRelocs written as local BTF structs + `.BTF.ext`
// core_relo records (libbpf's layout and access strings) and read back deep-equal; the bytes are
// checked with our parser and the refusals of malformed specs.
import { describe, expect, it } from "vitest";
import { decodeBtfExt } from "../../elf/btf-ext.js";
import { parseBtf } from "../../elf/btf-parse.js";
import { KIND } from "../../elf/btf.js";
import { BfrError } from "../../elf/errors.js";
import { parseElf } from "../../elf/elf-parse.js";
import { readObject } from "../../elf/read.js";
import type { CoreRelocation, ObjectSpec } from "../../elf/spec.js";
import { writeObject } from "../../elf/write.js";
import { concat, exit, fn, insn, movImm } from "./fixtures.js";

/** r2 = *(u32 *)(r1 + 0) etc.: loads of each size, and an ALU immediate. */
const ldxW = insn(0x61, 2, 1);
const ldxDw = insn(0x79, 3, 1);
const ldxB = insn(0x71, 4, 1);

function coreSpec(relos: CoreRelocation[], relos2: CoreRelocation[] = []): ObjectSpec {
  const a = fn("nf_a", "netfilter", concat(ldxDw, ldxW, ldxB, movImm(0, 4), movImm(5, 1), exit()), { ctxStruct: "bpf_nf_ctx", coreRelocs: relos });
  const b = fn("nf_b", "netfilter", concat(ldxW, ldxDw, movImm(0, 0), exit()), { ctxStruct: "bpf_nf_ctx", coreRelocs: relos2 });
  return { license: "GPL", functions: relos2.length > 0 ? [a, b] : [a], maps: [], bfr: [] };
}

const full = (): ObjectSpec => coreSpec([
  { insn: 0, type: "sk_buff", access: "dev", kind: "byte_off", pointer: true },
  { insn: 1, type: "sk_buff", access: "mark", kind: "byte_off" },
  { insn: 2, type: "sk_buff", access: "headers.pkt_type_byte", kind: "byte_off" },
  { insn: 3, type: "sk_buff", access: "mark", kind: "byte_sz" },
  { insn: 4, type: "net_device", access: "ifindex", kind: "field_exists" },
], [
  { insn: 0, type: "net_device", access: "ifindex", kind: "byte_off" },
  { insn: 1, type: "bpf_nf_ctx", access: "skb", kind: "byte_off", pointer: true },
]);

function sections(bytes: Uint8Array): { btf: ReturnType<typeof parseBtf>; ext: ReturnType<typeof decodeBtfExt> } {
  const elf = parseElf(bytes);
  const btf = parseBtf(elf.sections.find((s) => s.name === ".BTF")!.data);
  return { btf, ext: decodeBtfExt(elf.sections.find((s) => s.name === ".BTF.ext")!.data, btf.strAt) };
}

describe("CO-RE relocations in the object", () => {
  it("round-trips deep-equal and deterministically", () => {
    const bytes = writeObject(full());
    expect(readObject(bytes)).toEqual(full());
    expect(Buffer.compare(writeObject(readObject(bytes)), bytes)).toBe(0);
  });

  it("writes clang-style local structs and libbpf access strings", () => {
    const { btf, ext } = sections(writeObject(full()));
    const skb = btf.types.findIndex((t) => t.kind === KIND.STRUCT && t.name === "sk_buff");
    const t = btf.types[skb];
    // Only the members used, in first-use order, every one at offset 0.
    expect(t.members.map((m) => [m.name, m.offset])).toEqual([["dev", 0], ["mark", 0], ["headers", 0]]);
    expect(btf.types[t.members[0].type].kind).toBe(KIND.PTR);
    expect(btf.types[t.members[1].type]).toMatchObject({ kind: KIND.INT, name: "__u32", sizeOrType: 4 });
    const headers = btf.types[t.members[2].type];
    expect(headers).toMatchObject({ kind: KIND.STRUCT, name: "", sizeOrType: 1 });
    expect(btf.types[headers.members[0].type]).toMatchObject({ name: "__u8", sizeOrType: 1 });
    expect(t.sizeOrType).toBe(8);
    const nf = ext.find((s) => s.section === "netfilter")!;
    expect(nf.cores!.map((c) => [c.off, btf.types[c.typeId].name, c.access, c.kind])).toEqual([
      [0, "sk_buff", "0:0", 0], [8, "sk_buff", "0:1", 0], [16, "sk_buff", "0:2:0", 0], [24, "sk_buff", "0:1", 1],
      [32, "net_device", "0:0", 2], [48, "net_device", "0:0", 0], [56, "bpf_nf_ctx", "0:0", 0],
    ]);
  });

  it("leaves objects without CO-RE byte-identical to before (no core block, no extra types)", () => {
    const plain = coreSpec([]);
    delete plain.functions[0].coreRelocs;
    const bytes = writeObject(plain);
    expect(readObject(bytes).functions[0].coreRelocs).toBeUndefined();
    expect(sections(bytes).btf.types.some((t) => t.kind === KIND.PTR)).toBe(true); // only the ctx pointer
    expect(sections(bytes).btf.types.filter((t) => t.kind === KIND.PTR)).toHaveLength(1);
  });

  it("refuses malformed CO-RE relocations (BFR4101 / BFR4103)", () => {
    const code = (f: () => unknown): string => {
      try {
        f();
        return "none";
      } catch (e) {
        return e instanceof BfrError ? e.code : String(e);
      }
    };
    expect(code(() => writeObject(coreSpec([{ insn: 1, type: "sk_buff", access: "a..b", kind: "byte_off" }])))).toBe("BFR4101");
    expect(code(() => writeObject(coreSpec([{ insn: 9, type: "sk_buff", access: "mark", kind: "byte_off" }])))).toBe("BFR4101");
    expect(code(() => writeObject(coreSpec([
      { insn: 1, type: "sk_buff", access: "mark", kind: "byte_off" }, { insn: 2, type: "sk_buff", access: "mark", kind: "byte_off" },
    ])))).toBe("BFR4101"); // u32 and u8 loads of one field
    expect(code(() => writeObject(coreSpec([
      { insn: 1, type: "sk_buff", access: "a", kind: "byte_off" }, { insn: 2, type: "sk_buff", access: "a.b", kind: "byte_off" },
    ])))).toBe("BFR4101");
    expect(code(() => writeObject(coreSpec([
      { insn: 2, type: "sk_buff", access: "x", kind: "byte_off" }, { insn: 1, type: "sk_buff", access: "mark", kind: "byte_off" },
    ])))).toBe("BFR4103");
  });
});
