// Hand-built objects for the netfilter, cgroup_skb and cgroup_sock_addr host tests (the compiler's
// code generator for these hooks is not there yet): each chain's program adds 1 to the packets of
// counter slot 0 (its one rule's counter) and returns a fixed verdict. Metadata as the compiler
// writes it: hook options (priorities=, cgpath=), the rule table, the counters map's role.

import { encodeMetadata } from "../../elf/metadata-codec.js";
import type { BfrMetadata, ChainMeta } from "../../elf/metadata.js";
import { HOOKS, type HookName } from "../../elf/hooks.js";
import type { FunctionSpec, MapSpec } from "../../elf/spec.js";
import { writeObject } from "../../elf/write.js";
import { addImm, call, exit, jeqImm, ldImm64, ldx, movImm, movReg, program, st, stx } from "../loader/asm.js";
import { countersMap, line, spec } from "../loader/objects.js";

export interface HookChain {
  name: string;
  hook: HookName;
  /** The value the program returns (NF_DROP 0 / NF_ACCEPT 1; cgroup: 0 refuses, 1 allows). */
  ret: number;
  /** `priorities=A-B` or `cgpath=PATH` as written in the object (null: no hook options). */
  option: { key: "priorities" | "cgpath"; value: string } | null;
  /** The rule's text (changes what `update` carries over). */
  rule?: string;
}

/** counters[0].packets += 1; return ret. The map is an ld_imm64 relocated against `map`. */
function countAndReturn(c: HookChain, map: string): FunctionSpec {
  const hook = HOOKS[c.hook];
  const insns = program(
    st("w", 10, -4, 0), movReg(2, 10), addImm(2, -4),
    ldImm64(1), call(1 /* bpf_map_lookup_elem */), jeqImm(0, 0, 3),
    ldx("dw", 1, 0, 0), addImm(1, 1), stx("dw", 0, 1, 0),
    movImm(0, c.ret), exit(),
  );
  return {
    name: `${c.name}_prog`, section: hook.section, global: true, insns, ctxStruct: hook.ctxStruct,
    relocations: [{ insn: 3, type: 1, target: { kind: "map", name: map } }],
    lineInfo: [line(0, 1, `chain ${c.name}`), line(3, 2, c.rule ?? "counter"), line(9, 3, "verdict")],
  };
}

function chainMeta(c: HookChain, map: string): ChainMeta {
  const verdict = c.ret === 0 ? "DROP" : "ACCEPT";
  const rule = c.rule ?? `rule meta.l3_proto ipv4 counter ${verdict}`;
  const opts = c.option ? `{${c.option.key}=${c.option.value}}` : "";
  return {
    name: c.name, hook: c.hook, program: `${c.name}_prog`, options: c.option ? [c.option] : null, policy: verdict,
    policySlot: 1, rules: [{ index: 0, line: 2, col: 5, text: rule, counterSlot: 0 }],
    maps: [{ map, role: { kind: "counters" } }], ifaceRefs: [],
    canonical: `chain ${c.name} ${c.hook}${opts} ${verdict}\n    ${rule}\n`,
  };
}

/** One object holding every chain given (each with its own counters map). */
export function hookObject(...chains: HookChain[]): Uint8Array {
  const maps: MapSpec[] = chains.map((c) => ({ ...countersMap, name: `${c.name}_cnt`.slice(0, 15) }));
  const s = spec(chains.map((c, i) => countAndReturn(c, maps[i].name)), maps);
  const metadata: BfrMetadata = {
    version: { major: 1, minor: 0 }, source: "hooks.bfr",
    chains: chains.map((c, i) => chainMeta(c, maps[i].name)), sets: [],
  };
  s.bfr = encodeMetadata(metadata);
  return writeObject(s);
}

/** NF_DROP / NF_ACCEPT (UAPI linux/netfilter.h). */
export const NF = { DROP: 0, ACCEPT: 1 } as const;
