// Hand-built objects (ObjectSpec + metadata) for the loader tests, so they exercise the loader
// without depending on the compiler. Each program is spelled with ./asm.ts.

import type { BfrMetadata, ChainMeta } from "../../elf/metadata.js";
import { MAP_TYPE, type BtfType, type FunctionSpec, type LineInfo, type MapSpec, type ObjectSpec } from "../../elf/spec.js";
import { addImm, addReg, call, callLocal, exit, jeqImm, ldImm64, ldx, movImm, movReg, program, st, stx } from "./asm.js";

const u32 = { kind: "int", name: "__u32", size: 4, signed: false } as const;
const u64 = { kind: "int", name: "__u64", size: 8, signed: false } as const;

export const countersMap: MapSpec = {
  name: "counters", type: MAP_TYPE.PERCPU_ARRAY, keySize: 4, valueSize: 16, maxEntries: 2, flags: 0,
  key: u32,
  value: { kind: "struct", name: "bfr_counter", size: 16, members: [{ name: "packets", type: u64, offset: 0 }, { name: "bytes", type: u64, offset: 8 }] },
};

export function line(insn: number, lineNo: number, text: string): LineInfo {
  return { insn, file: "rules.bfr", line: lineNo, col: 1, text };
}

function fn(name: string, section: string, insns: Uint8Array, extra: Partial<FunctionSpec> = {}): FunctionSpec {
  return { name, section, global: section !== ".text", insns, relocations: [], lineInfo: [line(0, 1, `chain ${name}`)], ctxStruct: section === "xdp" ? "xdp_md" : "__sk_buff", ...extra };
}

export function spec(functions: FunctionSpec[], maps: MapSpec[] = []): ObjectSpec {
  return { license: "GPL", functions, maps, bfr: [] };
}

/** XDP: r0 = 1 (XDP_DROP); exit. */
export function xdpDrop(): ObjectSpec {
  return spec([fn("xdp_drop", "xdp", program(movImm(0, 1), exit()))]);
}

/**
 * TC: counters[0] += {1, skb->len}; skb->mark += 1; return TC_ACT_SHOT (2).
 * The map reference is an ld_imm64 with an R_BPF_64_64 relocation against "counters".
 */
export function tcCount(): ObjectSpec {
  const insns = program(
    movReg(6, 1), st("w", 10, -4, 0), movReg(2, 10), addImm(2, -4),
    ldImm64(1), call(1), jeqImm(0, 0, 7),
    ldx("dw", 1, 0, 0), addImm(1, 1), stx("dw", 0, 1, 0),
    ldx("w", 2, 6, 0), ldx("dw", 1, 0, 8), addReg(1, 2), stx("dw", 0, 1, 8),
    ldx("w", 2, 6, 8), addImm(2, 1), stx("w", 6, 2, 8),
    movImm(0, 2), exit(),
  );
  const f = fn("tc_count_program", "tcx/ingress", insns, {
    relocations: [{ insn: 4, type: 1, target: { kind: "map", name: "counters" } }],
    lineInfo: [line(0, 1, "chain edge"), line(4, 2, "ip4.proto icmp counter DROP"), line(17, 3, "policy")],
  });
  return spec([f], [countersMap]);
}

export function edgeMeta(extra: Partial<ChainMeta> = {}): BfrMetadata {
  return {
    version: { major: 1, minor: 0 }, source: "rules.bfr",
    chains: [{
      name: "edge", hook: "BF_HOOK_TC_INGRESS", program: "tc_count_program", options: null, policy: "ACCEPT",
      policySlot: 1, rules: [{ index: 0, line: 2, col: 5, text: "ip4.proto icmp counter DROP", counterSlot: 0 }],
      maps: [{ map: "counters", role: { kind: "counters" } }], ifaceRefs: [], canonical: "", ...extra,
    }],
    sets: [],
  };
}

/** XDP main calls a static sub-program in .text that returns XDP_DROP. */
export function xdpSubprog(): ObjectSpec {
  const main = fn("xdp_main", "xdp", program(callLocal(), exit()), {
    relocations: [{ insn: 0, type: 10, target: { kind: "subprog", name: "verdict" } }],
  });
  const sub = fn("verdict", ".text", program(movImm(0, 1), exit()), { ctxStruct: "" });
  return spec([main, sub]);
}

/** XDP: r0 = ifindex of an interface (patched by the loader from metadata); exit. */
export function xdpIface(iface: string): { spec: ObjectSpec; metadata: BfrMetadata } {
  const s = spec([fn("xdp_iface", "xdp", program(movImm(0, 0), exit()))]);
  const metadata: BfrMetadata = {
    version: { major: 1, minor: 0 }, source: "rules.bfr",
    chains: [{
      name: "ifc", hook: "BF_HOOK_XDP", program: "xdp_iface", options: null, policy: "ACCEPT", policySlot: 0,
      rules: [], maps: [], ifaceRefs: [{ name: iface, insns: [0] }], canonical: "",
    }],
    sets: [],
  };
  return { spec: s, metadata };
}

/** XDP that the verifier refuses at instruction 1 (rules.bfr line 4): a load through a scalar. */
export function xdpRejected(): ObjectSpec {
  return spec([fn("xdp_bad", "xdp", program(movImm(1, 0), ldx("dw", 0, 1, 0), exit()), {
    lineInfo: [line(0, 3, "chain bad BF_HOOK_XDP ACCEPT"), line(1, 4, "ip4.saddr 10.0.0.1 DROP"), line(2, 5, "policy")],
  })]);
}

/** A hash set of `count` u32 keys (0..count-1, little-endian) and an LPM trie, used by one program. */
export function withSets(count: number): { spec: ObjectSpec; metadata: BfrMetadata } {
  const hash: MapSpec = { name: "set_big", type: MAP_TYPE.HASH, keySize: 4, valueSize: 1, maxEntries: count, flags: 0 };
  const lpmKey: BtfType = { kind: "struct", name: "lpm4", size: 8, members: [{ name: "prefixlen", type: u32, offset: 0 }, { name: "addr", type: { kind: "array", elem: { kind: "int", name: "__u8", size: 1, signed: false }, length: 4 }, offset: 4 }] };
  const lpm: MapSpec = { name: "set_prefixes", type: MAP_TYPE.LPM_TRIE, keySize: 8, valueSize: 1, maxEntries: 16, flags: 1, key: lpmKey, value: { kind: "int", name: "__u8", size: 1, signed: false } };
  const insns = program(
    st("w", 10, -4, 0), movReg(2, 10), addImm(2, -4), ldImm64(1), call(1),
    st("dw", 10, -16, 0), movReg(2, 10), addImm(2, -16), ldImm64(1), call(1),
    movImm(0, 2), exit(),
  );
  const f = fn("xdp_sets", "xdp", insns, {
    relocations: [{ insn: 3, type: 1, target: { kind: "map", name: "set_big" } }, { insn: 9, type: 1, target: { kind: "map", name: "set_prefixes" } }],
  });
  const keys = Buffer.alloc(count * 4);
  for (let i = 0; i < count; i++) keys.writeUInt32LE(i, i * 4);
  const prefixes = Buffer.from([24, 0, 0, 0, 10, 1, 2, 0, 16, 0, 0, 0, 192, 168, 0, 0]);
  const metadata: BfrMetadata = {
    version: { major: 1, minor: 0 }, source: "rules.bfr",
    chains: [{
      name: "sets", hook: "BF_HOOK_XDP", program: "xdp_sets", options: null, policy: "ACCEPT", policySlot: 0, rules: [],
      maps: [{ map: "set_big", role: { kind: "set", set: "big" } }, { map: "set_prefixes", role: { kind: "set", set: "prefixes" } }],
      ifaceRefs: [], canonical: "",
    }],
    sets: [
      { map: "set_big", keySize: 4, count, keys, value: Buffer.from([1]) },
      { map: "set_prefixes", keySize: 8, count: 2, keys: prefixes, value: Buffer.from([1]) },
    ],
  };
  return { spec: spec([f], [hash, lpm]), metadata };
}

/** XDP calling two kernel functions (resolved in vmlinux BTF), then returning XDP_DROP. */
export function xdpKfunc(first = "bpf_rcu_read_lock"): ObjectSpec {
  const kcall = (): Uint8Array => { const b = Buffer.from(callLocal()); b[1] = 2 << 4; b.writeInt32LE(0, 4); return b; };
  return spec([fn("xdp_kfunc", "xdp", program(kcall(), kcall(), movImm(0, 1), exit()), {
    relocations: [
      { insn: 0, type: 10, target: { kind: "kfunc", name: first } },
      { insn: 1, type: 10, target: { kind: "kfunc", name: "bpf_rcu_read_unlock" } },
    ],
  })]);
}

/** TC ingress: return skb->ingress_ifindex (offset 36 of struct __sk_buff). */
export function tcIngressIfindex(): ObjectSpec {
  return spec([fn("tc_iif", "tcx/ingress", program(ldx("w", 0, 1, 36), exit()))]);
}

/** XDP main calling a *global* function in .text (verified on its own, as the compiler splits long chains). */
export function xdpGlobalSub(): ObjectSpec {
  const main = fn("xdp_split", "xdp", program(callLocal(), exit()), {
    relocations: [{ insn: 0, type: 10, target: { kind: "subprog", name: "part0" } }],
  });
  const part = fn("part0", ".text", program(movImm(0, 1), exit()), { global: true, ctxStruct: "xdp_md" });
  return spec([main, part]);
}

/** An XDP program that fails verification after `n` instructions: its level-1 log exceeds 1 MiB. */
export function xdpLongRejected(n: number): ObjectSpec {
  const body = Array.from({ length: n }, (_, i) => movImm(1, i));
  return spec([fn("xdp_long", "xdp", program(...body, movImm(1, 0), ldx("dw", 0, 1, 0), exit()), {
    lineInfo: [line(0, 1, "chain long"), line(n + 1, 9, "rule that fails")],
  })]);
}

function chainMeta(hook: ChainMeta["hook"], program: string): BfrMetadata {
  return {
    version: { major: 1, minor: 0 }, source: "rules.bfr", sets: [],
    chains: [{ name: "c", hook, program, options: null, policy: "ACCEPT", policySlot: 0, rules: [], maps: [], ifaceRefs: [], canonical: "" }],
  };
}

/** cgroup_skb: skb->mark += 1; return 1 (pass). */
export function cgroupSkbMark(hook: ChainMeta["hook"]): { spec: ObjectSpec; metadata: BfrMetadata } {
  const f = fn("cg_mark", hook.endsWith("INGRESS") ? "cgroup_skb/ingress" : "cgroup_skb/egress",
    program(ldx("w", 2, 1, 8), addImm(2, 1), stx("w", 1, 2, 8), movImm(0, 1), exit()));
  return { spec: spec([f]), metadata: chainMeta(hook, "cg_mark") };
}

/** netfilter: return 1 when ctx->state->hook == `hookNum` and ctx->state->pf == `pf`, else 0. */
export function nfState(hook: ChainMeta["hook"], hookNum: number, pf: number): { spec: ObjectSpec; metadata: BfrMetadata } {
  const jne = (dst: number, imm: number, off: number): Uint8Array => { const b = Buffer.from(jeqImm(dst, imm, off)); b[0] = 0x55; return b; };
  const f = fn("nf_state", "netfilter", program(
    movImm(0, 0), ldx("dw", 2, 1, 0), ldx("b", 3, 2, 0), jne(3, hookNum, 3), ldx("b", 3, 2, 1), jne(3, pf, 1), movImm(0, 1), exit(),
  ), { ctxStruct: "bpf_nf_ctx" });
  return { spec: spec([f]), metadata: chainMeta(hook, "nf_state") };
}
