// Where the host state lives in bpffs. One root `<bpffs>/bfr/`, one directory per chain holding
// its pinned program, link, maps and metadata map. Work in progress lives under dot-names that can
// never be chain names (chain names are C identifiers), so `list` never sees a half-made chain:
//   <root>/<chain>/           prog, link (when attached; netfilter also link6), meta, map-<name>
//   <root>/stage~<chain>/     a load/update being built; renamed to <chain> when complete
//   <root>/old~<chain>/       the previous version during an update's directory swap
//   <root>/trash~<chain>/     a chain being unloaded
// bpffs refuses '.' in names (EPERM: "reserved for future use", kernel/bpf/inode.c), hence '~'
// and '-'. The writer lock is an flock on <root> itself (bpffs holds no regular files).

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";

export const DEFAULT_BPFFS = "/sys/fs/bpf";

export const PIN = {
  prog: "prog", link: "link", link6: "link6", meta: "meta", base: "base", newMeta: "meta-new", newLink: "link-new", newLink6: "link6-new",
} as const;

/** Every link pin a chain can have: `link` (netfilter: the IPv4 link) and `link6` (netfilter IPv6). */
export const LINK_PINS: readonly string[] = [PIN.link, PIN.link6];

export type WorkKind = "stage" | "old" | "trash";

export interface Layout {
  /** The bpffs mount point given with --bpffs. */
  bpffs: string;
  /** `<bpffs>/bfr`. */
  root: string;
}

export function layout(bpffs: string = DEFAULT_BPFFS): Layout {
  return { bpffs, root: join(bpffs, "bfr") };
}

const CHAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws BFR6201 for a name that cannot be a chain (and could escape the root directory). */
export function checkChainName(name: string): void {
  if (!CHAIN_NAME.test(name) || name.length > 255) {
    throw new BfrError("BFR6201", `'${name}' is not a valid chain name`, "chain names are letters, digits and '_'");
  }
}

export function chainDir(l: Layout, chain: string): string {
  return join(l.root, chain);
}

export function workDir(l: Layout, kind: WorkKind, chain: string): string {
  return join(l.root, `${kind}~${chain}`);
}

/** Splits a root entry into a chain name or a work directory; null for anything else. */
export function parseEntry(entry: string): { kind: "chain" | WorkKind; chain: string } | null {
  const m = /^(stage|old|trash)~(.+)$/.exec(entry);
  if (m) return CHAIN_NAME.test(m[2]) ? { kind: m[1] as WorkKind, chain: m[2] } : null;
  return CHAIN_NAME.test(entry) ? { kind: "chain", chain: entry } : null;
}

/** Pin file name of a map (map names are ≤ 15 characters of [A-Za-z0-9_.]; '.' becomes '~'). */
export function mapPin(map: string): string {
  return `map-${map.replace(/\./g, "~")}`;
}
