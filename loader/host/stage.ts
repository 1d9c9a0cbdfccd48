// Building a chain's directory under its staging name: the program, every map it uses and the
// metadata map, each pin recorded in the transaction so a failure unpins it. Shared by load (new
// chain) and update (replacement); the caller renames the stage into place as its last step.

import { join } from "node:path";
import type { BfrMetadata, ChainMeta } from "../../elf/metadata.js";
import type { LoadedChain, LoadedObject } from "../load.js";
import { mkdirTx, pinTx } from "./kobj.js";
import type { HostSys } from "./hostsys.js";
import { mapPin, PIN } from "./layout.js";
import { createMetaMap, META_FORMAT, type Attachment, type HostMeta, type PinnedMap, type SetKeyLayout } from "./meta.js";
import type { HostObject } from "./object.js";
import type { Txn } from "./txn.js";

/** Set declarations in a chain's canonical text: `set NAME (f1, f2) in {`. */
export function setLayouts(canonical: string): Map<string, SetKeyLayout> {
  const out = new Map<string, SetKeyLayout>();
  for (const m of canonical.matchAll(/\bset\s+([A-Za-z0-9_]+)\s*\(([^)]*)\)\s*in\b/g)) {
    const fields = m[2].split(",").map((f) => f.trim().toLowerCase()).filter((f) => f !== "");
    out.set(m[1], { fields, lpm: fields.length === 1 && /^ip[46]\.[sd]net$/.test(fields[0]) });
  }
  return out;
}

function pinnedMaps(chain: LoadedChain, loaded: LoadedObject, metadata: BfrMetadata | null): PinnedMap[] {
  const layouts = chain.meta ? setLayouts(chain.meta.canonical) : new Map<string, SetKeyLayout>();
  return [...chain.maps.keys()].map((name) => {
    const spec = loaded.maps.get(name)!.spec;
    const role = chain.meta?.maps.find((m) => m.map === name)?.role ?? null;
    const p: PinnedMap = {
      name, type: spec.type, keySize: spec.keySize, valueSize: spec.valueSize, maxEntries: spec.maxEntries,
      flags: spec.flags, role,
    };
    if (role?.kind === "set") {
      const layout = layouts.get(role.set);
      if (layout) p.setKey = layout;
      const contents = metadata?.sets.find((s) => s.map === name);
      if (contents) p.setValue = Buffer.from(contents.value).toString("hex");
    }
    return p;
  });
}

export function hostMeta(chain: LoadedChain, obj: HostObject, loaded: LoadedObject, attach: Attachment | null, now: Date): HostMeta {
  const meta: ChainMeta | null = chain.meta;
  return {
    format: META_FORMAT,
    name: chain.name,
    hook: chain.hook.name,
    chain: meta,
    objectHash: obj.hash,
    objectFile: obj.file,
    source: obj.metadata?.source ?? null,
    loadedAt: now.toISOString(),
    maps: pinnedMaps(chain, loaded, obj.metadata),
    attach,
  };
}

/** Creates `dir` and pins the program and maps of `chain` in it. */
export function stageObjects(sys: HostSys, t: Txn, dir: string, chain: LoadedChain): void {
  const what = `chain "${chain.name}"`;
  mkdirTx(sys, t, dir);
  pinTx(sys, t, chain.progFd, join(dir, PIN.prog), `${what}: program`);
  for (const [name, fd] of chain.maps) pinTx(sys, t, fd, join(dir, mapPin(name)), `${what}: map "${name}"`);
}

/** Creates the metadata map and pins it at `path` (the map's fd is closed; the pin holds it). */
export function pinMeta(sys: HostSys, t: Txn, path: string, meta: HostMeta): void {
  const fd = createMetaMap(sys, meta);
  try {
    pinTx(sys, t, fd, path, `chain "${meta.name}": metadata`);
  } finally {
    sys.close(fd);
  }
}
