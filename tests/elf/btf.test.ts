// buildBtf and the BTF / .BTF.ext codecs: the types each map and function get (checked through
// our parser and, independently, bpftool's dump), the BtfBlob accessors the loader uses, the two
// forms (ELF vs kernel) sharing type ids, and .BTF.ext encode/decode.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBtf, KIND } from "../../elf/btf.js";
import { decodeBtfExt, encodeBtfExt, lineCol } from "../../elf/btf-ext.js";
import { parseBtf, toBtfType } from "../../elf/btf-parse.js";
import { BfrError } from "../../elf/errors.js";
import { allMaps, mixed, onePrograms } from "./fixtures.js";

describe("buildBtf", () => {
  const spec = mixed();
  const blob = buildBtf(spec);
  const btf = parseBtf(blob.bytes);

  it("gives each program a global FUNC taking a pointer to its context struct", () => {
    const f = btf.types[blob.funcTypeId("ingress")];
    expect([f.kind, f.name, f.vlen]).toEqual([KIND.FUNC, "ingress", 1]);
    const proto = btf.types[f.sizeOrType];
    expect(proto.kind).toBe(KIND.FUNC_PROTO);
    expect(btf.types[proto.sizeOrType]).toMatchObject({ kind: KIND.INT, name: "int" });
    expect(proto.members.map((m) => m.name)).toEqual(["ctx"]);
    const ptr = btf.types[proto.members[0].type];
    expect(ptr.kind).toBe(KIND.PTR);
    expect(btf.types[ptr.sizeOrType]).toMatchObject({ kind: KIND.STRUCT, name: "__sk_buff" });
    expect(btf.types[blob.funcTypeId("walk")].vlen).toBe(0); // static sub-program
    expect(btf.types[blob.funcTypeId("rules_1")].vlen).toBe(1); // global sub-program
  });

  it("describes each map as libbpf's BTF-defined map and returns key/value ids", () => {
    for (const m of allMaps()) {
      const ids = blob.mapTypeIds(m.name);
      if (!m.key) {
        expect(ids).toBeNull();
        continue;
      }
      expect(toBtfType(btf, ids!.key)).toEqual(m.key);
      expect(toBtfType(btf, ids!.value)).toEqual(m.value);
    }
    const ds = btf.types.find((t) => t.kind === KIND.DATASEC && t.name === ".maps")!;
    expect(ds.members.map((v) => btf.types[v.type].name)).toEqual(allMaps().map((m) => m.name));
    expect(ds.sizeOrType).toBe(ds.members.reduce((n, v) => n + v.size, 0));
  });

  it("has every string line info needs", () => {
    const li = spec.functions[0].lineInfo[0];
    expect(btf.strAt(blob.strOffset(li.text))).toBe(li.text);
    expect(btf.strAt(blob.strOffset("xdp"))).toBe("xdp");
    expect(() => blob.strOffset("never written")).toThrow(BfrError);
    expect(() => blob.funcTypeId("nope")).toThrow(BfrError);
  });

  it("ELF and kernel forms differ only in kfunc linkage and the trailing .ksyms DATASEC", () => {
    const elf = parseBtf(buildBtf(spec, { forElf: true }).bytes);
    expect(elf.types.length).toBe(btf.types.length + 1);
    expect(elf.types.at(-1)).toMatchObject({ kind: KIND.DATASEC, name: ".ksyms" });
    const k = blob.funcTypeId("bpf_ktime_get_coarse_ns");
    expect([elf.types[k].vlen, btf.types[k].vlen]).toEqual([2, 0]);
    // Without kfuncs the two forms are the same bytes: bpftool's load then proves the kernel form.
    expect(buildBtf(onePrograms(), { forElf: true }).bytes).toEqual(buildBtf(onePrograms()).bytes);
  });

  it.skipIf(spawnSync("bpftool", ["version"]).status !== 0)("is read the same way by bpftool", () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-btf-"));
    try {
      writeFileSync(join(dir, "b.btf"), blob.bytes);
      const r = spawnSync("bpftool", ["btf", "dump", "file", join(dir, "b.btf")], { encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("STRUCT 'bfr_lpm4' size=8 vlen=2\n\t'prefixlen' type_id=");
      expect(r.stdout).toMatch(/VAR 'set_prefix' type_id=\d+, linkage=global/);
      expect(r.stdout).toMatch(/FUNC 'edge' type_id=\d+ linkage=global/);
      expect(r.stdout).toMatch(/FUNC 'walk' type_id=\d+ linkage=static/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(".BTF.ext", () => {
  it("round-trips func_info and line_info per section", () => {
    const strs = ["", "xdp", ".text", "a.bfr", "rule 1", "rule 2"];
    const off = (s: string) => strs.slice(0, strs.indexOf(s)).reduce((n, x) => n + x.length + 1, 0);
    const at = (o: number) => strs.find((s) => off(s) === o)!;
    const sections = [
      { section: "xdp", funcs: [{ off: 0, typeId: 5 }, { off: 64, typeId: 7 }], lines: [
        { off: 0, file: "a.bfr", text: "rule 1", line: 3, col: 5 },
        { off: 72, file: "a.bfr", text: "rule 2", line: 4, col: 1023 },
      ] },
      { section: ".text", funcs: [{ off: 0, typeId: 9 }], lines: [{ off: 0, file: "a.bfr", text: "rule 1", line: 1, col: 1 }] },
    ];
    expect(decodeBtfExt(encodeBtfExt(sections, off), at)).toEqual(sections);
  });

  it("packs line_col as line << 10 | col, saturating", () => {
    expect(lineCol(3, 5)).toBe((3 << 10) | 5);
    expect(lineCol(1, 5000)).toBe((1 << 10) | 1023);
  });

  it("refuses CO-RE relocations (not supported yet)", () => {
    const b = encodeBtfExt([], () => 0);
    new DataView(b.buffer).setUint32(28, 8, true);
    expect(() => decodeBtfExt(b, () => "")).toThrow(/CO-RE/);
  });
});
