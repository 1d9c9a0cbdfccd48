// The metadata map pinned in each chain directory: everything `list`, `show`, `update` and
// `update-set` need that the kernel objects themselves do not say (the chain's rule table and
// canonical text, map roles and key layouts, the object's hash, load time, how it is attached).
// Format (documented in docs/HOST.md): a BPF_MAP_TYPE_ARRAY named `bfr_meta`, u32 keys, values of
// META_CHUNK bytes; the concatenated values are a 16-byte header
//   magic "BFRM" | u32 format version | u32 payload length | u32 reserved (all little-endian)
// followed by the UTF-8 JSON of HostMeta. The map is frozen (MAP_FREEZE) once written: it is
// replaced, never edited, so a reader never sees half an update.

import type { ChainMeta, MapRole } from "../../elf/metadata.js";
import type { HookName } from "../../elf/hooks.js";
import { MAP_TYPE } from "../../elf/spec.js";
import { BfrError } from "../../elf/errors.js";
import { mapCreate, mapFreeze, mapLookup, mapUpdate, objGet, objGetInfo } from "../bpf.js";
import { check, errnoText } from "../sys.js";
import type { HostSys } from "./hostsys.js";

export const META_FORMAT = 1;
export const META_CHUNK = 4096;
const HEADER = 16;
const MAGIC = 0x4d524642; // "BFRM" read as a little-endian u32
/** BPF_F_RDONLY for OBJ_GET's file_flags (UAPI linux/bpf.h). */
export const F_RDONLY = 1 << 3;

/** A set map's key layout, for `update-set` (from the chain's canonical set declaration). */
export interface SetKeyLayout {
  /** Matcher of each key component, in key order (`ip4.saddr`, `tcp.dport`, …). */
  fields: string[];
  /** Longest-prefix-match trie: key = u32 prefix length (little-endian) + address. */
  lpm: boolean;
}

export interface PinnedMap {
  /** Map name in the object; pinned as `map.<name>`. */
  name: string;
  type: number;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
  role: MapRole | null;
  /** For set maps whose declaration was found in the canonical text. */
  setKey?: SetKeyLayout;
  /** For set maps: the value stored with every element, hex. */
  setValue?: string;
}

export type AttachMode = "xdp-driver" | "xdp-generic" | "tcx" | "netfilter" | "cgroup";

export interface Attachment {
  /** Interface of XDP/TC links; 0 for netfilter and cgroup links. */
  ifindex: number;
  /** Interface name at attach time (informational; the ifindex is what the link holds). */
  iface: string | null;
  mode: AttachMode;
  /** Netfilter: the chain's two priorities (`priorities=A-B`) and the one its live links use. */
  priorities?: [number, number];
  priority?: number;
  /** cgroup_skb / cgroup_sock_addr: the cgroup directory the link is on. */
  cgroup?: string;
}

export interface HostMeta {
  format: number;
  name: string;
  hook: HookName;
  /** The chain's metadata from the object; null for a program of a foreign (non-bfr) object. */
  chain: ChainMeta | null;
  /** sha256 of the object file, hex. */
  objectHash: string;
  /** The object file as given to `bfr load`/`update`. */
  objectFile: string;
  /** The `.bfr` source name recorded in the object, or null. */
  source: string | null;
  /** ISO-8601 time of the load or last update. */
  loadedAt: string;
  maps: PinnedMap[];
  attach: Attachment | null;
}

export function encodeMeta(meta: HostMeta): Buffer {
  const json = Buffer.from(JSON.stringify(meta), "utf8");
  const total = Math.ceil((HEADER + json.length) / META_CHUNK) * META_CHUNK;
  const buf = Buffer.alloc(total);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(META_FORMAT, 4);
  buf.writeUInt32LE(json.length, 8);
  json.copy(buf, HEADER);
  return buf;
}

export function decodeMeta(buf: Buffer, where: string): HostMeta {
  if (buf.length < HEADER || buf.readUInt32LE(0) !== MAGIC) {
    throw new BfrError("BFR5110", `${where}: not a bfr metadata map`);
  }
  const version = buf.readUInt32LE(4);
  if (version !== META_FORMAT) {
    throw new BfrError("BFR5110", `${where}: metadata format ${version} is not supported (this bfr reads ${META_FORMAT})`,
      "use the bfr version that loaded the chain");
  }
  const len = buf.readUInt32LE(8);
  if (HEADER + len > buf.length) throw new BfrError("BFR5110", `${where}: truncated metadata`);
  return JSON.parse(buf.subarray(HEADER, HEADER + len).toString("utf8")) as HostMeta;
}

/** Creates, fills and freezes a metadata map; returns its fd (the caller owns it). */
export function createMetaMap(sys: HostSys, meta: HostMeta): number {
  const bytes = encodeMeta(meta);
  const chunks = bytes.length / META_CHUNK;
  const fd = check(mapCreate(sys, {
    type: MAP_TYPE.ARRAY, keySize: 4, valueSize: META_CHUNK, maxEntries: chunks, flags: 0, name: "bfr_meta",
  }), `chain "${meta.name}": metadata map: create`);
  try {
    const key = Buffer.alloc(4);
    for (let i = 0; i < chunks; i++) {
      key.writeUInt32LE(i, 0);
      check(mapUpdate(sys, fd, key, bytes.subarray(i * META_CHUNK, (i + 1) * META_CHUNK)),
        `chain "${meta.name}": metadata map: write`);
    }
    check(mapFreeze(sys, fd), `chain "${meta.name}": metadata map: freeze`);
    return fd;
  } catch (e) {
    sys.close(fd);
    throw e;
  }
}

/** bpf_map_info fields (UAPI linux/bpf.h): value_size@12, max_entries@16; 88 bytes in 6.1. */
const MAP_INFO_SIZE = 88;

/** Reads the metadata map pinned at `path`. */
export function readMeta(sys: HostSys, path: string): HostMeta {
  const fd = objGet(sys, path, F_RDONLY);
  if (fd < 0) throw new BfrError("BFR5110", `${path}: cannot open metadata: ${errnoText(-fd)}`);
  try {
    const info = Buffer.alloc(MAP_INFO_SIZE);
    check(objGetInfo(sys, fd, info), `${path}: metadata info`);
    const valueSize = info.readUInt32LE(12);
    const chunks = info.readUInt32LE(16);
    const buf = Buffer.alloc(valueSize * chunks);
    const key = Buffer.alloc(4);
    for (let i = 0; i < chunks; i++) {
      key.writeUInt32LE(i, 0);
      check(mapLookup(sys, fd, key, buf.subarray(i * valueSize, (i + 1) * valueSize)), `${path}: metadata read`);
      if (i === 0 && buf.readUInt32LE(0) === MAGIC) {
        // Stop at the chunk that holds the end of the payload.
        const needed = Math.ceil((HEADER + buf.readUInt32LE(8)) / valueSize);
        if (needed < chunks) return decodeMeta(readRest(sys, fd, buf, valueSize, needed), path);
      }
    }
    return decodeMeta(buf, path);
  } finally {
    sys.close(fd);
  }
}

function readRest(sys: HostSys, fd: number, buf: Buffer, valueSize: number, needed: number): Buffer {
  const key = Buffer.alloc(4);
  for (let i = 1; i < needed; i++) {
    key.writeUInt32LE(i, 0);
    check(mapLookup(sys, fd, key, buf.subarray(i * valueSize, (i + 1) * valueSize)), "metadata read");
  }
  return buf.subarray(0, needed * valueSize);
}
