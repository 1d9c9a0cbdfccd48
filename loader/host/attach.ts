// Attaching a loaded program to its hook with a bpf_link (KERNEL.md): XDP in driver mode, falling
// back to generic (skb) mode when the driver has no native XDP; TC through TCX ingress/egress.
// Interface names are resolved here, on the host: command line first (--iface/--ifindex), then the
// chain's hook options as written in the object; no target at all means "load, do not attach".

import { BfrError } from "../../elf/errors.js";
import type { HookInfo } from "../../elf/hooks.js";
import type { ChainMeta } from "../../elf/metadata.js";
import { linkCreate } from "../bpf.js";
import { SysError, errnoText } from "../sys.js";
import type { HostSys } from "./hostsys.js";
import type { Attachment } from "./meta.js";

/** XDP_FLAGS_* (UAPI linux/if_link.h). */
export const XDP_FLAGS = { SKB_MODE: 1 << 1, DRV_MODE: 1 << 2 } as const;
const EPERM = 1;
const EBUSY = 16;
const EEXIST = 17;

/** Where the user asked a chain to be attached on the command line. */
export interface TargetOverride {
  iface?: string;
  ifindex?: number;
}

export interface Target {
  ifindex: number;
  iface: string | null;
}

/** True for the hooks this loader attaches (XDP and TC; the others come with issue 5). */
export function attachable(hook: HookInfo): boolean {
  return hook.family === "xdp" || hook.family === "tc";
}

function byName(sys: HostSys, name: string): Target {
  const ifindex = sys.ifNameToIndex(name);
  if (ifindex === 0) {
    throw new BfrError("BFR5003", `interface "${name}" does not exist on this host`, "check `ip link`");
  }
  return { ifindex, iface: name };
}

function byIndex(sys: HostSys, ifindex: number): Target {
  const iface = sys.ifIndexToName(ifindex);
  if (iface === null) throw new BfrError("BFR5003", `there is no interface with index ${ifindex} on this host`, "check `ip link`");
  return { ifindex, iface };
}

/** The interface a chain attaches to, or null when it is only loaded. */
export function resolveTarget(sys: HostSys, meta: ChainMeta | null, o: TargetOverride): Target | null {
  if (o.iface !== undefined) return byName(sys, o.iface);
  if (o.ifindex !== undefined) return byIndex(sys, o.ifindex);
  for (const { key, value } of meta?.options ?? []) {
    if (key === "iface") return byName(sys, value);
    if (key === "ifindex") return byIndex(sys, Number.parseInt(value, 10));
  }
  return null;
}

/** Creates the link; returns its fd (the caller owns it) and how it is attached. */
export function createLink(sys: HostSys, chain: string, hook: HookInfo, progFd: number, target: Target): { fd: number; attach: Attachment } {
  const where = `chain "${chain}": attach to ${target.iface ?? `ifindex ${target.ifindex}`}`;
  if (hook.family === "tc") {
    const fd = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType });
    if (fd < 0) throw new SysError(where, -fd);
    return { fd, attach: { ...target, mode: "tcx" } };
  }
  if (hook.family !== "xdp") {
    throw new BfrError("BFR5104", `chain "${chain}": attaching ${hook.name} chains is not supported yet`, "load it with --no-attach");
  }
  const drv = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType, flags: XDP_FLAGS.DRV_MODE });
  if (drv >= 0) return { fd: drv, attach: { ...target, mode: "xdp-driver" } };
  // These say "not now / not you", not "no native XDP here": generic mode would fail the same way.
  if (drv === -EBUSY || drv === -EEXIST) {
    throw new SysError(where, -drv, "the interface already has an XDP program (only one XDP link per interface)");
  }
  if (drv === -EPERM) throw new SysError(where, EPERM);
  const skb = linkCreate(sys, { progFd, target: target.ifindex, attachType: hook.expectedAttachType, flags: XDP_FLAGS.SKB_MODE });
  if (skb >= 0) return { fd: skb, attach: { ...target, mode: "xdp-generic" } };
  throw new SysError(`${where} (driver mode: ${errnoText(-drv)}; generic mode)`, -skb);
}
