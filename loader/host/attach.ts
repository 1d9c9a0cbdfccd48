// Attaching a loaded program to its hook with bpf_links (KERNEL.md "Attaching"):
//   XDP       one link on an interface, driver mode first, generic (skb) mode as the fallback;
//   TC        one TCX link (ingress/egress) on an interface;
//   netfilter two links, IPv4 (pf 2) and IPv6 (pf 10), at one of the chain's two priorities
//             (the other is used by the next update: netfilter links cannot be updated in place);
//   cgroup    one link on a cgroup v2 directory (cgroup_skb, cgroup_sock_addr).
// Targets are resolved here, on the host: command line first (--iface/--ifindex, --cgroup), then
// the chain's hook options as written in the object; no target at all means "load, do not attach".

import { BfrError } from "../../elf/errors.js";
import type { HookInfo } from "../../elf/hooks.js";
import type { ChainMeta } from "../../elf/metadata.js";
import { linkCreate, linkDetach } from "../bpf.js";
import { O, SysError, errnoText } from "../sys.js";
import type { HostSys } from "./hostsys.js";
import type { Attachment } from "./meta.js";
import type { Txn } from "./txn.js";

/** XDP_FLAGS_* (UAPI linux/if_link.h). */
export const XDP_FLAGS = { SKB_MODE: 1 << 1, DRV_MODE: 1 << 2 } as const;
/** NFPROTO_IPV4 / NFPROTO_IPV6 (UAPI linux/netfilter.h). */
export const NFPROTO = { IPV4: 2, IPV6: 10 } as const;
const EPERM = 1;
const ENOENT = 2;
const ENOTDIR = 20;
const EBUSY = 16;
const EEXIST = 17;

/** Where the user asked a chain to be attached on the command line. */
export interface TargetOverride {
  iface?: string;
  ifindex?: number;
  /** cgroup v2 directory, for cgroup_skb and cgroup_sock_addr chains (`--cgroup PATH`). */
  cgroup?: string;
}

export type Target =
  | { kind: "iface"; ifindex: number; iface: string | null }
  | { kind: "netfilter"; priorities: [number, number]; priority: number }
  | { kind: "cgroup"; path: string };

/** A link made for a chain and the pin name it gets in the chain directory. */
export interface NewLink {
  pin: string;
  fd: number;
}

/** True for the hooks this loader attaches (all of them). */
export function attachable(hook: HookInfo): boolean {
  return ["xdp", "tc", "nf", "cgroup_skb", "sock_addr"].includes(hook.family);
}

function byName(sys: HostSys, name: string): Target {
  const ifindex = sys.ifNameToIndex(name);
  if (ifindex === 0) {
    throw new BfrError("BFR5003", `interface "${name}" does not exist on this host`, "check `ip link`");
  }
  return { kind: "iface", ifindex, iface: name };
}

function byIndex(sys: HostSys, ifindex: number): Target {
  const iface = sys.ifIndexToName(ifindex);
  if (iface === null) throw new BfrError("BFR5003", `there is no interface with index ${ifindex} on this host`, "check `ip link`");
  return { kind: "iface", ifindex, iface };
}

/** `priorities=A-B`: two distinct non-zero 32-bit integers (LANGUAGE.md). */
export function parsePriorities(text: string): [number, number] {
  const m = /^(-?\d+)\s*-\s*(-?\d+)$/.exec(text.trim());
  const p = m ? [Number(m[1]), Number(m[2])] : [];
  // NF_IP_PRI_FIRST / NF_IP_PRI_LAST (INT_MIN / INT_MAX) are refused by the kernel for bpf links.
  const ok = p.length === 2 && p.every((n) => Number.isInteger(n) && n !== 0 && n > -(2 ** 31) && n < 2 ** 31 - 1) && p[0] !== p[1];
  if (!ok) throw new BfrError("BFR5005", `priorities=${text}: expected two distinct non-zero priorities A-B`);
  return [p[0], p[1]];
}

function option(meta: ChainMeta | null, key: string): string | undefined {
  return (meta?.options ?? []).find((o) => o.key === key)?.value;
}

function usage(chain: string, hook: HookInfo, what: string): BfrError {
  return new BfrError("BFR6207", `chain "${chain}": ${what} does not apply to ${hook.name} chains`);
}

/** The place a chain attaches to, or null when it is only loaded. */
export function resolveTarget(sys: HostSys, chain: string, hook: HookInfo, meta: ChainMeta | null, o: TargetOverride): Target | null {
  const iface = o.iface !== undefined || o.ifindex !== undefined;
  if (hook.family === "xdp" || hook.family === "tc") {
    if (o.cgroup !== undefined) throw usage(chain, hook, "--cgroup");
    if (o.iface !== undefined) return byName(sys, o.iface);
    if (o.ifindex !== undefined) return byIndex(sys, o.ifindex);
    for (const { key, value } of meta?.options ?? []) {
      if (key === "iface") return byName(sys, value);
      if (key === "ifindex") return byIndex(sys, Number.parseInt(value, 10));
    }
    return null;
  }
  if (iface) throw usage(chain, hook, "--iface/--ifindex");
  if (hook.family === "nf") {
    if (o.cgroup !== undefined) throw usage(chain, hook, "--cgroup");
    const text = option(meta, "priorities");
    if (text === undefined) return null;
    const priorities = parsePriorities(text);
    return { kind: "netfilter", priorities, priority: priorities[0] };
  }
  const path = o.cgroup ?? option(meta, "cgpath");
  return path === undefined ? null : { kind: "cgroup", path };
}

/**
 * Creates the chain's links and records them in `t` (closed at the end, detached on rollback).
 * Netfilter: IPv4 pinned as `link`, IPv6 as `link6`; every other hook: one link, `link`.
 */
export function createLinks(sys: HostSys, t: Txn, chain: string, hook: HookInfo, progFd: number, target: Target): { links: NewLink[]; attach: Attachment } {
  const keep = (pin: string, fd: number): NewLink => {
    t.atEnd(() => void sys.close(fd));
    t.onUndo(`chain "${chain}": detach its new ${pin}`, () => void linkDetach(sys, fd));
    return { pin, fd };
  };
  if (target.kind === "netfilter") {
    const links = [[NFPROTO.IPV4, "link"], [NFPROTO.IPV6, "link6"]].map(([pf, pin]) => {
      const fd = linkCreate(sys, {
        progFd, target: 0, attachType: hook.expectedAttachType,
        netfilter: { pf: pf as number, hooknum: hook.nfHook!, priority: target.priority, flags: 0 },
      });
      if (fd < 0) {
        throw new SysError(`chain "${chain}": attach to netfilter ${pf === NFPROTO.IPV4 ? "IPv4" : "IPv6"} hook ${hook.nfHook} at priority ${target.priority}`, -fd);
      }
      return keep(pin as string, fd);
    });
    return { links, attach: { ifindex: 0, iface: null, mode: "netfilter", priorities: target.priorities, priority: target.priority } };
  }
  if (target.kind === "cgroup") {
    const fd = cgroupLink(sys, chain, hook, progFd, target.path);
    return { links: [keep("link", fd)], attach: { ifindex: 0, iface: null, mode: "cgroup", cgroup: target.path } };
  }
  const { fd, attach } = ifaceLink(sys, chain, hook, progFd, target);
  return { links: [keep("link", fd)], attach };
}

function cgroupLink(sys: HostSys, chain: string, hook: HookInfo, progFd: number, path: string): number {
  const dir = sys.open(path, O.RDONLY | O.DIRECTORY);
  if (dir === -ENOENT || dir === -ENOTDIR) {
    throw new BfrError("BFR5004", `chain "${chain}": cgroup ${path} does not exist`, "give a cgroup v2 directory (e.g. under /sys/fs/cgroup) with cgpath= or --cgroup");
  }
  if (dir < 0) throw new SysError(`chain "${chain}": open cgroup ${path}`, -dir);
  try {
    const fd = linkCreate(sys, { progFd, target: dir, attachType: hook.expectedAttachType });
    if (fd < 0) throw new SysError(`chain "${chain}": attach to cgroup ${path}`, -fd, fd === -EBUSY ? "is it a cgroup v2 directory?" : undefined);
    return fd;
  } finally {
    sys.close(dir);
  }
}

function ifaceLink(sys: HostSys, chain: string, hook: HookInfo, progFd: number, target: Target & { kind: "iface" }): { fd: number; attach: Attachment } {
  const where = `chain "${chain}": attach to ${target.iface ?? `ifindex ${target.ifindex}`}`;
  const at = { ifindex: target.ifindex, iface: target.iface };
  if (hook.family === "tc") {
    const fd = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType });
    if (fd < 0) throw new SysError(where, -fd);
    return { fd, attach: { ...at, mode: "tcx" } };
  }
  const drv = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType, flags: XDP_FLAGS.DRV_MODE });
  if (drv >= 0) return { fd: drv, attach: { ...at, mode: "xdp-driver" } };
  // These say "not now / not you", not "no native XDP here": generic mode would fail the same way.
  if (drv === -EBUSY || drv === -EEXIST) {
    throw new SysError(where, -drv, "the interface already has an XDP program (only one XDP link per interface)");
  }
  if (drv === -EPERM) throw new SysError(where, EPERM);
  const skb = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType, flags: XDP_FLAGS.SKB_MODE });
  if (skb >= 0) return { fd: skb, attach: { ...at, mode: "xdp-generic" } };
  throw new SysError(`${where} (driver mode: ${errnoText(-drv)}; generic mode)`, -skb);
}

/** The Target an attached chain's next update uses: netfilter flips to the other priority. */
export function nextTarget(a: Attachment): Target {
  if (a.mode === "netfilter") {
    const [p, q] = a.priorities!;
    return { kind: "netfilter", priorities: [p, q], priority: a.priority === p ? q : p };
  }
  if (a.mode === "cgroup") return { kind: "cgroup", path: a.cgroup! };
  return { kind: "iface", ifindex: a.ifindex, iface: a.iface };
}
