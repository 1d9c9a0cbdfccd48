// The layout of `bfr disasm` on hand-built objects: chain header, map table with roles, rule
// boundaries from line_info with each rule's source line, labels, --raw, --chain, determinism and
// foreign objects (no metadata).

import { describe, expect, it } from "vitest";
import { disassembleWith } from "../../compiler/disasm-format.js";
import { disassemble } from "../../compiler/disasm.js";
import { encodeMetadata } from "../../elf/metadata-codec.js";
import { MAP_TYPE } from "../../elf/spec.js";
import { chainMeta, fn, ins, ldImm64, map, metadata, partsObject, rule, spec } from "./util.js";

/** A two-rule XDP chain: rule 0 on line 3 (slots 2-4), rule 1 on line 4 (slots 5-6), a tail on line 1. */
function edgeObject() {
  const f = fn("edge", "xdp", [
    ins(0xbf, 6, 1), // 0 r6 = r1
    ins(0x61, 2, 6, 0), // 1 r2 = *(u32 *)(r6 +0)
    ins(0x55, 2, 0, 1, 6), // 2 if r2 != 0x6 goto +1 <L4>       (rule 0)
    ins(0x05, 0, 0, 3), // 3 goto +3 <L7>
    ldImm64(1, 0), // 4-5 r1 = map[blocked] ll                  (rule 1)
    ins(0xb7, 0, 0, 0, 1), // 6 r0 = 1
    ins(0xb7, 0, 0, 0, 2), // 7 r0 = 2                           (tail)
    ins(0x95), // 8 exit
  ], {
    relocations: [{ insn: 4, type: 1, target: { kind: "map", name: "blocked" } }],
    lineInfo: [
      { insn: 0, file: "edge.bfr", line: 1, col: 1, text: "chain edge BF_HOOK_XDP{ifindex=2} ACCEPT" },
      { insn: 2, file: "edge.bfr", line: 3, col: 5, text: "rule meta.l4_proto tcp counter DROP" },
      { insn: 4, file: "edge.bfr", line: 4, col: 5, text: "rule (ip4.saddr) in blocked DROP" },
      { insn: 6, file: "edge.bfr", line: 4, col: 40, text: "rule (ip4.saddr) in blocked DROP" },
      { insn: 7, file: "edge.bfr", line: 1, col: 1, text: "chain edge BF_HOOK_XDP{ifindex=2} ACCEPT" },
    ],
  });
  const s = spec([f], [map("counters", MAP_TYPE.PERCPU_ARRAY, 4, 16, 3), map("blocked", MAP_TYPE.HASH, 4, 1, 2, 1), map("unused", MAP_TYPE.ARRAY, 4, 4, 1)]);
  const m = metadata([
    chainMeta("edge", [{ ...rule(0, 3, "rule meta.l4_proto eq tcp counter DROP"), col: 5 }, { ...rule(1, 4, "rule (ip4.saddr) in blocked DROP", null), col: 5 }], {
      options: [{ key: "ifindex", value: "2" }],
      maps: [{ map: "counters", role: { kind: "counters" } }, { map: "blocked", role: { kind: "set", set: "blocked" } }],
    }),
  ], [{ map: "blocked", keySize: 4, count: 2, keys: new Uint8Array(8), value: new Uint8Array(1) }]);
  return { s, m };
}

describe("disassembly layout", () => {
  it("prints the chain header, the maps it uses and its code with rule boundaries", () => {
    const { s, m } = edgeObject();
    const out = disassembleWith(s, m);
    expect(out).toBe(`; 1 program(s), 0 sub-program(s), 3 map(s) from t.bfr

chain edge
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  edge
  policy   ACCEPT
  options  ifindex=2
  rules    2
  license  GPL
  insns    9

  map       type          key  value  max_entries  flags  elements  role
  counters  percpu_array    4     16            3  0x0           -  counters
  blocked   hash            4      1            2  0x1           2  set blocked

; edge.bfr:1: chain edge BF_HOOK_XDP{ifindex=2} ACCEPT
  0: r6 = r1
  1: r2 = *(u32 *)(r6 +0)
; rule 0 — edge.bfr:3: rule meta.l4_proto tcp counter DROP
  2: if r2 != 0x6 goto +1 <L4>
  3: goto +3 <L7>
; rule 1 — edge.bfr:4: rule (ip4.saddr) in blocked DROP
L4:
  4: r1 = map[blocked] ll
  6: r0 = 1
; edge.bfr:1: chain edge BF_HOOK_XDP{ifindex=2} ACCEPT
L7:
  7: r0 = 2
  8: exit
`);
  });

  it("is deterministic", () => {
    const a = edgeObject();
    const b = edgeObject();
    expect(disassembleWith(a.s, a.m, { raw: true })).toBe(disassembleWith(b.s, b.m, { raw: true }));
  });

  it("--raw adds every slot's bytes, both slots of ld_imm64", () => {
    const { s, m } = edgeObject();
    const out = disassembleWith(s, m, { raw: true });
    expect(out).toContain("  2: 55 02 01 00 06 00 00 00  if r2 != 0x6 goto +1 <L4>");
    expect(out).toContain("  4: 18 01 00 00 00 00 00 00  r1 = map[blocked] ll\n  5: 00 00 00 00 00 00 00 00\n");
  });

  it("--chain selects one chain and names the known ones when it does not exist", () => {
    const { s, m } = edgeObject();
    expect(disassembleWith(s, m, { chain: "edge" })).toContain("chain edge");
    expect(() => disassembleWith(s, m, { chain: "nope" })).toThrow(/no chain named "nope" \(chains: edge\)/);
  });

  it("reads a foreign object: programs by section, maps from relocations, no rules", () => {
    const { s } = edgeObject();
    const out = disassembleWith(s, null);
    expect(out).toContain("(foreign object: no bfr metadata)");
    expect(out).toContain("program edge\n  section  xdp\n  attach   BPF_XDP (37)");
    expect(out).toMatch(/ {2}blocked {2}hash .* -$/m);
    expect(out).not.toContain("; rule");
    expect(out).toContain("; edge.bfr:3: rule meta.l4_proto tcp counter DROP");
  });

  it("says when a section is not a known hook", () => {
    const out = disassembleWith(spec([fn("p", "kprobe/foo", [ins(0x95)])]), null);
    expect(out).toContain("attach   unknown (section not recognised)");
    expect(out).toContain("maps: none");
  });

  it("decodes metadata from the object, and falls back to a foreign view when it cannot", () => {
    const { s, m } = edgeObject();
    expect(disassemble({ ...s, bfr: encodeMetadata(m) })).toBe(disassembleWith(s, m));
    const future = encodeMetadata({ ...m, version: { major: 99, minor: 0 } });
    const out = disassemble({ ...s, bfr: future });
    expect(out.split("\n")[0]).toMatch(/^; bfr metadata not readable \(BFR4\d{3}: .*\); showing the object without it$/);
    expect(out).toContain("program edge\n  section  xdp");
  });

  it("marks the instructions whose imm the loader patches with an interface index", () => {
    const { s, m } = edgeObject();
    m.chains[0].ifaceRefs = [{ name: "eth1", insns: [2] }];
    expect(disassembleWith(s, m)).toContain("  2: if r2 != 0x6 goto +1 <L4>  ; iface eth1: index set by the loader\n");
  });

  it("prints a chain's parts after it, with their rules", () => {
    const { s, m } = partsObject(7);
    const out = disassembleWith(s, m);
    expect(out).toContain("  1: call <big__part0>");
    expect(out).toMatch(/subprog big__part0\n {2}section {2}\.text\n {2}linkage {2}global\n {2}part of {2}chain big\n/);
    expect(out).toContain("; rule 1 — t.bfr:3: rule tcp.dport 7 DROP\nL3:\n  3: if r2 != 0x7 goto +1 <L5>\n; t.bfr:1: chain big");
    expect(out.indexOf("chain big")).toBeLessThan(out.indexOf("subprog big__part0"));
  });

  it("tells rule code from the policy and shared tails that line info leaves under the last rule", () => {
    const li = (insn: number, line: number) => ({ insn, file: "t.bfr", line, col: 1, text: `line ${line}` });
    const f = fn("c", "xdp", [
      ins(0xbf, 6, 1), // 0 chain
      ins(0x15, 2, 0, 3, 5), // 1 rule 0: if r2 == 5 goto L5
      ins(0x15, 2, 0, 5, 6), // 2 rule 1: if r2 == 6 goto L8
      ins(0x62, 10, 0, -8, 2), ins(0x05, 0, 0, 6), // 3-4 policy: its counter index, goto L11
      ins(0x62, 10, 0, -8, 0), ins(0xb7, 0, 0, 0, 0), ins(0x05, 0, 0, -6), // 5-7 rule 0 (CONTINUE): count, back to rule 1
      ins(0x62, 10, 0, -8, 1), // 8 rule 1: its counter index, falling into the tail
      ins(0xb7, 0, 0, 0, 1), ins(0x95), ins(0xb7, 0, 0, 0, 2), ins(0x95), // 9-12 shared tails
    ], { lineInfo: [li(0, 1), li(1, 2), li(2, 3), li(5, 2), li(8, 3)] });
    const m = metadata([chainMeta("c", [rule(0, 2, "rule a CONTINUE", 0), rule(1, 3, "rule b ACCEPT", 1)], { policySlot: 2 })]);
    const code = disassembleWith(spec([f]), m).split("\n; t.bfr:1: line 1\n")[1];
    expect(code).toBe([
      "   0: r6 = r1",
      "; rule 0 — t.bfr:2: line 2", "   1: if r2 == 0x5 goto +3 <L5>",
      "; rule 1 — t.bfr:3: line 3", "L2:", "   2: if r2 == 0x6 goto +5 <L8>",
      "; policy — no rule matched (line info: t.bfr:3)", "   3: *(u32 *)(r10 -8) = 2", "   4: goto +6 <L11>",
      "; rule 0 — t.bfr:2: line 2", "L5:", "   5: *(u32 *)(r10 -8) = 0", "   6: r0 = 0", "   7: goto -6 <L2>",
      "; rule 1 — t.bfr:3: line 3", "L8:", "   8: *(u32 *)(r10 -8) = 1",
      "; shared code: counters and verdicts (line info: t.bfr:3)", "   9: r0 = 1", "  10: exit", "L11:", "  11: r0 = 2", "  12: exit",
      "",
    ].join("\n"));
  });

  it("marks instructions a CO-RE relocation rewrites", () => {
    const f = Object.assign(fn("p", "tcx/ingress", [ins(0x61, 1, 1, 8), ins(0x95)], { ctxStruct: "__sk_buff" }), {
      coreRelocs: [{ insn: 0, type: "sk_buff", access: "mark", kind: "byte_off" }],
    });
    expect(disassembleWith(spec([f]), null)).toContain("  0: r1 = *(u32 *)(r1 +8)  ; CO-RE sk_buff.mark byte_off: set by the loader from the kernel's BTF\n");
  });
});
