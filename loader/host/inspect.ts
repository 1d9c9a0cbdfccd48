// `bfr list` and `bfr show` as library functions: everything is read from bpffs alone (metadata
// map, pinned program and link, counters and set maps) under a shared lock, so a fresh process
// sees exactly what the last writer committed.

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";
import type { HookName } from "../../elf/hooks.js";
import { mapGetNextKey } from "../bpf.js";
import { addCount, readBase } from "./base.js";
import { countersMap, readSlot, sumSlot, type Count } from "./counters.js";
import { LINK_TYPE, linkInfo, openPin, progId, withPin } from "./kobj.js";
import { chainDir, checkChainName, mapPin, PIN } from "./layout.js";
import { F_RDONLY, readMeta, type AttachMode, type HostMeta } from "./meta.js";
import { readSession, type HostOptions, type Session } from "./session.js";
import { loadedChains } from "./unload.js";
import { setElements } from "./sets.js";

export interface ChainStatus {
  name: string;
  hook: HookName;
  attached: boolean;
  program_id: number | null;
  /** The first link (netfilter: the IPv4 one). */
  link_id: number | null;
  /** Every link of the chain (netfilter: IPv4 then IPv6). */
  link_ids: number[];
  ifindex: number | null;
  iface: string | null;
  mode: AttachMode | null;
  /** Netfilter: the priority the live links use (from the link itself) and the chain's two. */
  priority: number | null;
  priorities: [number, number] | null;
  /** cgroup hooks: the cgroup directory. */
  cgroup: string | null;
  object_hash: string;
  object_file: string;
  source: string | null;
  loaded_at: string;
  rules: number;
}

export interface RuleCount {
  index: number;
  text: string;
  packets: number | null;
  bytes: number | null;
}

export interface SetStatus {
  name: string;
  map: string;
  elements: number;
  capacity: number;
  /** The live elements as text (null when the key layout is unknown). */
  values: string[] | null;
}

export interface ChainDetail extends ChainStatus {
  policy_verdict: string | null;
  policy: Count | null;
  counters: RuleCount[];
  sets: SetStatus[];
  /** The metadata as pinned (canonical text, rule table, map roles, …). */
  meta: HostMeta;
}

function status(s: Session, name: string, meta: HostMeta): ChainStatus {
  const dir = chainDir(s.l, name);
  const pid = withPin(s.sys, join(dir, PIN.prog), (fd) => progId(s.sys, fd));
  const link = withPin(s.sys, join(dir, PIN.link), (fd) => linkInfo(s.sys, fd));
  const link6 = withPin(s.sys, join(dir, PIN.link6), (fd) => linkInfo(s.sys, fd));
  const onIface = link !== null && (link.type === LINK_TYPE.XDP || link.type === LINK_TYPE.TCX);
  const ifindex = onIface ? link.ifindex : null;
  const nf = link?.type === LINK_TYPE.NETFILTER;
  return {
    name, hook: meta.hook, attached: link !== null, program_id: pid, link_id: link?.id ?? null,
    link_ids: [link, link6].flatMap((k) => (k ? [k.id] : [])),
    ifindex,
    iface: ifindex ? s.sys.ifIndexToName(ifindex) ?? meta.attach?.iface ?? null : null,
    mode: link ? meta.attach?.mode ?? null : null,
    priority: nf ? link.priority : null,
    priorities: nf ? meta.attach?.priorities ?? null : null,
    cgroup: link?.type === LINK_TYPE.CGROUP ? meta.attach?.cgroup ?? null : null,
    object_hash: meta.objectHash, object_file: meta.objectFile, source: meta.source, loaded_at: meta.loadedAt,
    rules: meta.chain?.rules.length ?? 0,
  };
}

/** Every loaded chain, sorted by name; [] when nothing was ever loaded under this bpffs. */
export function listChains(opts: HostOptions = {}): ChainStatus[] {
  return readSession(opts, () => [], (s) =>
    loadedChains(s).map((name) => status(s, name, readMeta(s.sys, join(chainDir(s.l, name), PIN.meta)))));
}

function countKeys(s: Session, fd: number, keySize: number): number {
  let n = 0;
  const a = Buffer.alloc(keySize);
  const b = Buffer.alloc(keySize);
  let key: Buffer | null = null;
  for (;;) {
    const next: Buffer = key === a ? b : a;
    if (mapGetNextKey(s.sys, fd, key, next) < 0) return n;
    n++;
    key = next;
  }
}

function counters(s: Session, dir: string, meta: HostMeta): { rules: RuleCount[]; policy: Count | null } {
  const cm = countersMap(meta);
  const rules = meta.chain?.rules ?? [];
  const fd = cm ? openPin(s.sys, join(dir, mapPin(cm.name)), F_RDONLY) : null;
  // Totals carried over by updates (absent for chains never updated or loaded by an older bfr).
  const baseFd = fd === null ? null : openPin(s.sys, join(dir, PIN.base), F_RDONLY);
  try {
    const base = (slot: number): Count => (baseFd === null ? { packets: 0, bytes: 0 } : readBase(s.sys, baseFd, slot));
    const read = (slot: number | null): Count | null =>
      fd === null || slot === null ? null : addCount(base(slot), sumSlot(readSlot(s.sys, fd, cm!.valueSize, slot), cm!.valueSize));
    return {
      rules: rules.map((r) => {
        const c = read(r.counterSlot);
        return { index: r.index, text: r.text, packets: c?.packets ?? null, bytes: c?.bytes ?? null };
      }),
      policy: meta.chain ? read(meta.chain.policySlot) : null,
    };
  } finally {
    if (fd !== null) s.sys.close(fd);
    if (baseFd !== null) s.sys.close(baseFd);
  }
}

function sets(s: Session, dir: string, meta: HostMeta): SetStatus[] {
  return meta.maps.flatMap((m) => {
    if (m.role?.kind !== "set") return [];
    const read = withPin(s.sys, join(dir, mapPin(m.name)), (fd) => {
      const values = setElements(s.sys, fd, m);
      return { values, elements: values?.length ?? countKeys(s, fd, m.keySize) };
    }) ?? { values: null, elements: 0 };
    return [{ name: m.role.set, map: m.name, capacity: m.maxEntries, ...read }];
  });
}

/** One chain with its counters and sets. Throws BFR5106 when it is not loaded. */
export function showChain(name: string, opts: HostOptions = {}): ChainDetail {
  checkChainName(name);
  const missing = (): never => {
    throw new BfrError("BFR5106", `chain "${name}" is not loaded`, "see `bfr list`");
  };
  return readSession(opts, missing, (s) => {
    const dir = chainDir(s.l, name);
    if (s.sys.fsType(dir) < 0) missing();
    const meta = readMeta(s.sys, join(dir, PIN.meta));
    const c = counters(s, dir, meta);
    return {
      ...status(s, name, meta), policy_verdict: meta.chain?.policy ?? null, policy: c.policy, counters: c.rules,
      sets: sets(s, dir, meta), meta,
    };
  });
}
