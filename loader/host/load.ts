// `bfr load` and `bfr update` as library functions. Under the exclusive lock: read the object, load
// the selected chains privately (loader core), then for each chain either install it (build the
// directory under its staging name, attach, rename into place) or replace the loaded one
// (update.ts). Everything is one transaction: any failure unpins, detaches and closes what was
// made, and puts back what was replaced, leaving the host as it was.

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";
import type { HookName } from "../../elf/hooks.js";
import { chainsOf, loadObject, type LoadedChain, type LoadedObject } from "../load.js";
import { createLinks, resolveTarget, type TargetOverride } from "./attach.js";
import { linkInfo, pinTx, progId, renameTx } from "./kobj.js";
import { chainDir, checkChainName, PIN, workDir } from "./layout.js";
import type { Attachment } from "./meta.js";
import { openObject, type HostObject } from "./object.js";
import { writeSession, type HostOptions, type Session } from "./session.js";
import { hostMeta, pinMeta, stageObjects } from "./stage.js";
import { Txn } from "./txn.js";
import { replaceChain } from "./update.js";

export interface LoadRequest {
  /** The object file's bytes and its name as given. */
  bytes: Uint8Array;
  file: string;
  /** Only these chains (default: every chain of the object). */
  chains?: string[];
  /** false: load and pin, never attach (default true). */
  attach?: boolean;
  /** Chains already loaded are updated instead of refused. */
  replace?: boolean;
  /** --iface / --ifindex: overrides the hook options of every selected chain. */
  target?: TargetOverride;
}

export interface ChainResult {
  name: string;
  hook: HookName;
  action: "loaded" | "updated";
  attach: Attachment | null;
  programId: number;
  linkId: number | null;
  /** For updates: counters carried over (rules + policy). */
  carried?: number;
}

export interface WriteResult<T> {
  result: T;
  /** Post-commit cleanups that failed (left for the next write to finish). */
  leftovers: string[];
}

type Mode = "load" | "update";

function exists(s: Session, name: string): boolean {
  return s.sys.fsType(chainDir(s.l, name)) >= 0;
}

/** Names of the chains to work on, validated before anything is created. */
function selected(s: Session, obj: HostObject, req: LoadRequest, mode: Mode): { name: string; replace: boolean }[] {
  const all = chainsOf(obj.spec, obj.metadata).map((c) => c.name);
  const names = req.chains ?? all;
  return names.map((name) => {
    if (!all.includes(name)) throw new BfrError("BFR5013", `no chain "${name}" in ${obj.file}`, `chains: ${all.join(", ")}`);
    checkChainName(name);
    const loaded = exists(s, name);
    if (mode === "update" && !loaded) {
      throw new BfrError("BFR5106", `chain "${name}" is not loaded`, "load it first with `bfr load`");
    }
    if (mode === "load" && loaded && !req.replace) {
      throw new BfrError("BFR5103", `chain "${name}" is already loaded`, "use `bfr update` or `bfr load --replace` to replace it");
    }
    return { name, replace: loaded };
  });
}

function install(s: Session, t: Txn, chain: LoadedChain, obj: HostObject, loaded: LoadedObject, req: LoadRequest): ChainResult {
  const { sys, l } = s;
  const stage = workDir(l, "stage", chain.name);
  stageObjects(sys, t, stage, chain);
  let attach: Attachment | null = null;
  let linkId: number | null = null;
  const target = req.attach === false ? null : resolveTarget(sys, chain.name, chain.hook, chain.meta, req.target ?? {});
  if (target) {
    const made = createLinks(sys, t, chain.name, chain.hook, chain.progFd, target);
    attach = made.attach;
    linkId = linkInfo(sys, made.links[0].fd).id;
    for (const { pin, fd } of made.links) pinTx(sys, t, fd, join(stage, pin), `chain "${chain.name}": ${pin}`);
  }
  pinMeta(sys, t, join(stage, PIN.meta), hostMeta(chain, obj, loaded, attach, s.now()));
  renameTx(sys, t, stage, chainDir(l, chain.name));
  return { name: chain.name, hook: chain.hook.name, action: "loaded", attach, programId: progId(sys, chain.progFd), linkId };
}

function run(opts: HostOptions, req: LoadRequest, mode: Mode): WriteResult<ChainResult[]> {
  return writeSession(opts, (s) => {
    const obj = openObject(req.bytes, req.file);
    const todo = selected(s, obj, req, mode);
    const loaded = loadObject(obj, { sys: s.sys, chains: todo.map((c) => c.name) });
    const t = new Txn();
    try {
      const result = t.run(() => todo.map(({ name, replace }) => {
        const chain = loaded.chains.find((c) => c.name === name)!;
        return replace ? replaceChain(s, t, chain, obj, loaded) : install(s, t, chain, obj, loaded, req);
      }));
      return { result, leftovers: t.leftovers };
    } finally {
      loaded.close();
    }
  });
}

/** `bfr load OBJ`: installs (and attaches) the object's chains; with `replace`, updates loaded ones. */
export function loadChains(req: LoadRequest, opts: HostOptions = {}): WriteResult<ChainResult[]> {
  return run(opts, req, "load");
}

/** `bfr update OBJ`: atomically replaces loaded chains' programs (every selected chain must be loaded). */
export function updateChains(req: Omit<LoadRequest, "replace" | "attach" | "target">, opts: HostOptions = {}): WriteResult<ChainResult[]> {
  return run(opts, { ...req, replace: true }, "update");
}
