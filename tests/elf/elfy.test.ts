// Cross-check of the section headers elf/write produces with an independent ELF parser (elfy)
// and, where installed, binutils' readelf. elfy misreads some 64-bit fields (sh_addralign), so
// only names, types, flags, link and info are compared.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeObject } from "../../elf/write.js";
import { withMetadata } from "./fixtures.js";

const require = createRequire(import.meta.url);
interface ElfySection { name: string; type: string; flags: Record<string, boolean>; link: number; info: number; size: number }
const elfy = require("elfy") as { parse(b: Buffer): { machine: string | number; type: string; body: { sections: ElfySection[] } } };

const expected: [string, string, string[], number, number][] = [
  ["", "null", [], 0, 0],
  [".strtab", "strtab", [], 0, 0],
  ["xdp", "progbits", ["alloc", "execinstr"], 0, 0],
  ["tcx/ingress", "progbits", ["alloc", "execinstr"], 0, 0],
  [".text", "progbits", ["alloc", "execinstr"], 0, 0],
  [".relxdp", "rel", ["info_link"], 14, 2],
  [".reltcx/ingress", "rel", ["info_link"], 14, 3],
  [".rel.text", "rel", ["info_link"], 14, 4],
  [".maps", "progbits", ["alloc", "write"], 0, 0],
  ["license", "progbits", ["alloc", "write"], 0, 0],
  [".BTF", "progbits", [], 0, 0],
  [".BTF.ext", "progbits", [], 0, 0],
  [".bfr.meta", "progbits", [], 0, 0],
  [".bfr.sets", "progbits", [], 0, 0],
  [".symtab", "symtab", [], 1, 4],
];

describe("section headers", () => {
  const bytes = Buffer.from(writeObject(withMetadata(10)));

  it("match what elfy reads", () => {
    const elf = elfy.parse(bytes);
    const got = elf.body.sections.map((s) => [
      s.name, s.type, Object.keys(s.flags).filter((k) => s.flags[k]).sort(), s.link, s.info,
    ]);
    expect(got).toEqual(expected.map(([n, t, f, l, i]) => [n, t, [...f].sort(), l, i]));
  });

  it.skipIf(spawnSync("readelf", ["--version"]).status !== 0)("are accepted by readelf without warnings", () => {
    const dir = mkdtempSync(join(tmpdir(), "bfr-readelf-"));
    try {
      const obj = join(dir, "o.o");
      writeFileSync(obj, bytes);
      const r = spawnSync("readelf", ["-W", "-h", "-S", "-s", "-r", obj], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/Machine:\s+Linux BPF/);
      expect(r.stdout).toMatch(/Type:\s+REL \(Relocatable file\)/);
      // binutils calls R_BPF_64_64 "R_BPF_INSN_64".
      expect(r.stdout).toMatch(/R_BPF_INSN_64\s+0+20 set_exact/);
      expect(r.stdout).toMatch(/NOTYPE\s+GLOBAL\s+DEFAULT\s+UND bpf_ktime_get_coarse_ns/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
