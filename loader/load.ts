// Loading an object into the kernel, privately (no attach, no pins): select the chains, load the
// BTF, create every map the selected programs use, fill the sets, relocate, patch interface
// indexes and load each program. All or nothing: on any failure every fd created so far is closed.
// Attaching and pinning (issue 4) build on the LoadedObject this returns.

import { BfrError } from "../elf/errors.js";
import { HOOKS, hookForSection, type HookInfo } from "../elf/hooks.js";
import type { BfrMetadata, ChainMeta } from "../elf/metadata.js";
import { METADATA_VERSION } from "../elf/metadata.js";
import type { FunctionSpec, MapSpec, ObjectSpec } from "../elf/spec.js";
import { btfLoad } from "./bpf.js";
import { FdScope } from "./fds.js";
import { vmlinuxKfunc } from "./kfunc.js";
import { createMap, fillSet } from "./maps.js";
import { loadProgram } from "./program.js";
import { funcInfo, lineInfo, link, patchImm, relocate, type LinkedProgram } from "./relocate.js";
import { EPERM, realSys, withContext, type Sys } from "./sys.js";

/** The object's BTF as the loader needs it (elf/btf.ts buildBtf gives this shape). */
export interface LoaderBtf {
  bytes: Uint8Array;
  funcTypeId(name: string): number;
  mapTypeIds(map: string): { key: number; value: number } | null;
  strOffset(s: string): number;
}

export interface LoadInput {
  spec: ObjectSpec;
  /** Our metadata; null for a foreign object (chains are then its programs, by section). */
  metadata: BfrMetadata | null;
  /** null loads without BTF (no func_info / line_info). */
  btf: LoaderBtf | null;
}

export interface LoadOptions {
  sys?: Sys;
  /** Load only these chains (default: all). */
  chains?: readonly string[];
}

export interface LoadedChain {
  name: string;
  hook: HookInfo;
  /** null for a foreign object's program. */
  meta: ChainMeta | null;
  fn: FunctionSpec;
  progFd: number;
  /** Map name → fd, for the maps this program uses. */
  maps: Map<string, number>;
}

export interface LoadedObject {
  chains: LoadedChain[];
  /** Every created map: name → fd and spec. */
  maps: Map<string, { fd: number; spec: MapSpec }>;
  btfFd: number | null;
  /** Closes every fd (programs, maps, BTF). Idempotent. */
  close(): void;
}

interface Target {
  name: string;
  hook: HookInfo;
  meta: ChainMeta | null;
  fn: FunctionSpec;
}

/** The chains of an object: from metadata, or each global function whose section names a hook. */
export function chainsOf(spec: ObjectSpec, metadata: BfrMetadata | null): Target[] {
  if (metadata) {
    if (metadata.version.major !== METADATA_VERSION.major) {
      throw new BfrError("BFR5012", `object metadata version ${metadata.version.major}.${metadata.version.minor} is not supported (this bfr reads ${METADATA_VERSION.major}.x)`,
        "compile the ruleset again with this version of bfr");
    }
    return metadata.chains.map((c) => {
      const fn = spec.functions.find((f) => f.name === c.program && f.global);
      if (!fn) throw new BfrError("BFR5010", `chain "${c.name}": program "${c.program}" is not in the object`);
      return { name: c.name, hook: HOOKS[c.hook], meta: c, fn };
    });
  }
  const out: Target[] = [];
  for (const fn of spec.functions) {
    if (!fn.global || fn.section === ".text") continue;
    const hook = hookForSection(fn.section) ?? foreignSection(fn.section);
    if (hook) out.push({ name: fn.name, hook, meta: null, fn });
  }
  return out;
}

/** libbpf section names outside our own table (plain clang objects). */
function foreignSection(section: string): HookInfo | undefined {
  if (section === "classifier" || section === "tc" || section === "tc/ingress" || section === "tcx/ingress") return HOOKS.BF_HOOK_TC_INGRESS;
  if (section === "tc/egress") return HOOKS.BF_HOOK_TC_EGRESS;
  if (section.startsWith("xdp")) return HOOKS.BF_HOOK_XDP;
  return undefined;
}

function select(all: Target[], names: readonly string[] | undefined): Target[] {
  if (all.length === 0) throw new BfrError("BFR5013", "the object contains no chain (no program in a known section)");
  if (!names) return all;
  return names.map((n) => {
    const t = all.find((c) => c.name === n);
    if (!t) throw new BfrError("BFR5013", `no chain "${n}" in the object`, `chains: ${all.map((c) => c.name).join(", ")}`);
    return t;
  });
}

/** Loads the selected chains of an object. The result owns every fd it holds. */
export function loadObject(input: LoadInput, opts: LoadOptions = {}): LoadedObject {
  const sys = opts.sys ?? realSys();
  const targets = select(chainsOf(input.spec, input.metadata), opts.chains);
  const scope = new FdScope(sys);
  try {
    const linked = targets.map((t) => withContext(`chain "${t.name}"`, () => link(input.spec, t.fn)));
    const btfFd = input.btf ? loadBtf(sys, scope, input.btf) : null;
    const maps = createMaps(sys, scope, input, targets, linked, btfFd);
    const chains = targets.map((t, i) => loadChain(sys, scope, input, t, linked[i], maps, btfFd));
    let closed = false;
    return {
      chains, maps, btfFd,
      close() {
        if (closed) return;
        closed = true;
        scope.closeAll();
      },
    };
  } catch (e) {
    scope.closeAll();
    throw e;
  }
}

function loadBtf(sys: Sys, scope: FdScope, btf: LoaderBtf): number {
  const bytes = Buffer.from(btf.bytes.buffer, btf.bytes.byteOffset, btf.bytes.length);
  const rc = btfLoad(sys, bytes);
  if (rc >= 0) return scope.adopt(rc, "BTF");
  if (-rc === EPERM) return scope.create("load BTF", rc);
  // Reload with a log so the error says what the kernel disliked.
  const buf = Buffer.alloc(1 << 16);
  const again = btfLoad(sys, bytes, { level: 1, buf });
  if (again >= 0) return scope.adopt(again, "BTF");
  const log = buf.toString("utf8", 0, Math.max(0, buf.indexOf(0))).trim().split("\n").slice(-2).join("; ");
  return scope.create(`load BTF${log ? ` (${log})` : ""}`, again);
}

function createMaps(sys: Sys, scope: FdScope, input: LoadInput, targets: Target[], linked: LinkedProgram[], btfFd: number | null): LoadedObject["maps"] {
  const maps: LoadedObject["maps"] = new Map();
  const btf = input.btf && btfFd !== null ? { fd: btfFd, mapTypeIds: (m: string) => input.btf!.mapTypeIds(m) } : null;
  targets.forEach((t, i) => withContext(`chain "${t.name}"`, () => {
    // The maps the code refers to, and any other map the metadata gives this chain (e.g. a set
    // that `update-set` may fill later even if the program does not read it yet).
    const names = new Set([...linked[i].maps, ...(t.meta?.maps.map((m) => m.map) ?? [])]);
    for (const name of names) {
      if (maps.has(name)) continue;
      const spec = input.spec.maps.find((m) => m.name === name);
      if (!spec) throw new BfrError("BFR5010", `the chain uses map "${name}", which the object does not define`);
      const fd = createMap(sys, scope, spec, btf);
      maps.set(name, { fd, spec });
      const set = input.metadata?.sets.find((s) => s.map === name);
      if (set) fillSet(sys, fd, spec, set);
    }
  }));
  return maps;
}

function loadChain(sys: Sys, scope: FdScope, input: LoadInput, t: Target, prog: LinkedProgram, maps: LoadedObject["maps"], btfFd: number | null): LoadedChain {
  return withContext(`chain "${t.name}"`, () => {
    relocate(prog, {
      mapFd: (name) => maps.get(name)!.fd,
      kfunc: (name) => vmlinuxKfunc(name),
    });
    for (const ref of t.meta?.ifaceRefs ?? []) {
      patchImm(prog, ref.insns, ifindexOf(sys, ref.name), `interface "${ref.name}"`);
    }
    const withBtf = input.btf !== null && btfFd !== null;
    const fd = loadProgram(sys, {
      type: t.hook.progType,
      insns: prog.insns,
      license: input.spec.license,
      name: t.fn.name,
      expectedAttachType: t.hook.expectedAttachType,
      btfFd: withBtf ? btfFd! : undefined,
      funcInfo: withBtf ? funcInfo(prog, input.btf!) : undefined,
      lineInfo: withBtf ? lineInfo(prog, input.btf!) : undefined,
    }, prog);
    scope.adopt(fd, `chain "${t.name}": program`);
    const names = new Set([...prog.maps, ...(t.meta?.maps.map((m) => m.map) ?? [])]);
    const used = new Map([...names].map((m) => [m, maps.get(m)!.fd]));
    return { name: t.name, hook: t.hook, meta: t.meta, fn: t.fn, progFd: fd, maps: used };
  });
}

function ifindexOf(sys: Sys, name: string): number {
  const index = sys.ifNameToIndex(name);
  if (index === 0) {
    throw new BfrError("BFR5003", `interface "${name}" does not exist on this host`, "check `ip link` or change the ruleset");
  }
  return index;
}
