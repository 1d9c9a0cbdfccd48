// Unit tests of the attach targets and their text (no kernel needed): `priorities=A-B` parsing,
// which hook takes which command-line override, the priority alternation of netfilter updates,
// and how `list` shows netfilter and cgroup attachments.

import { describe, expect, it } from "vitest";
import { nextTarget, parsePriorities, resolveTarget, type TargetOverride } from "../../loader/host/attach.js";
import { hostSys } from "../../loader/host/hostsys.js";
import { HOOKS, type HookName } from "../../elf/hooks.js";
import type { ChainMeta } from "../../elf/metadata.js";
import { BfrError } from "../../elf/errors.js";
import { renderList } from "../../loader/host/render.js";

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof BfrError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return "no error";
}

function meta(hook: HookName, options: { key: string; value: string }[] | null): ChainMeta {
  return { name: "c", hook, program: "p", options, policy: "ACCEPT", policySlot: null, rules: [], maps: [], ifaceRefs: [], canonical: "" } as unknown as ChainMeta;
}

const resolve = (hook: HookName, options: { key: string; value: string }[] | null, o: TargetOverride = {}) =>
  resolveTarget(hostSys(), "c", HOOKS[hook], meta(hook, options), o);

describe("netfilter priorities", () => {
  it("reads two distinct non-zero integers", () => {
    expect(parsePriorities("100-200")).toEqual([100, 200]);
    expect(parsePriorities("200-100")).toEqual([200, 100]);
    expect(parsePriorities("-5--6")).toEqual([-5, -6]);
    expect(parsePriorities("-5-6")).toEqual([-5, 6]);
    expect(parsePriorities(" 1 - 2 ")).toEqual([1, 2]);
  });
  it("refuses equal, zero, out-of-range and malformed ones", () => {
    for (const bad of ["5-5", "0-1", "1-0", "1", "a-b", "1-2-3", "2147483647-1", "-2147483648-1", "1.5-2"]) {
      expect(code(() => parsePriorities(bad)), bad).toMatch(/^BFR5005: priorities=/);
    }
  });
  it("attaches at the first priority; updates alternate", () => {
    const t = resolve("BF_HOOK_NF_LOCAL_IN", [{ key: "priorities", value: "10-20" }]);
    expect(t).toEqual({ kind: "netfilter", priorities: [10, 20], priority: 10 });
    const a = { ifindex: 0, iface: null, mode: "netfilter" as const, priorities: [10, 20] as [number, number], priority: 10 };
    expect(nextTarget(a)).toEqual({ kind: "netfilter", priorities: [10, 20], priority: 20 });
    expect(nextTarget({ ...a, priority: 20 })).toEqual({ kind: "netfilter", priorities: [10, 20], priority: 10 });
  });
  it("no priorities option: loaded, not attached", () => {
    expect(resolve("BF_HOOK_NF_FORWARD", null)).toBeNull();
  });
});

describe("targets and overrides per hook", () => {
  it("cgroup hooks: --cgroup overrides cgpath=", () => {
    expect(resolve("BF_HOOK_CGROUP_SKB_INGRESS", [{ key: "cgpath", value: "/a" }])).toEqual({ kind: "cgroup", path: "/a" });
    expect(resolve("BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6", [{ key: "cgpath", value: "/a" }], { cgroup: "/b" })).toEqual({ kind: "cgroup", path: "/b" });
    expect(resolve("BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", null, { cgroup: "/b" })).toEqual({ kind: "cgroup", path: "/b" });
    expect(resolve("BF_HOOK_CGROUP_SKB_EGRESS", null)).toBeNull();
  });
  it("an override for another kind of hook is a usage error", () => {
    expect(code(() => resolve("BF_HOOK_CGROUP_SKB_EGRESS", null, { iface: "lo" }))).toBe('BFR6207: chain "c": --iface/--ifindex does not apply to BF_HOOK_CGROUP_SKB_EGRESS chains');
    expect(code(() => resolve("BF_HOOK_NF_LOCAL_OUT", null, { ifindex: 1 }))).toBe('BFR6207: chain "c": --iface/--ifindex does not apply to BF_HOOK_NF_LOCAL_OUT chains');
    expect(code(() => resolve("BF_HOOK_NF_LOCAL_OUT", null, { cgroup: "/x" }))).toBe('BFR6207: chain "c": --cgroup does not apply to BF_HOOK_NF_LOCAL_OUT chains');
    expect(code(() => resolve("BF_HOOK_XDP", null, { cgroup: "/x" }))).toBe('BFR6207: chain "c": --cgroup does not apply to BF_HOOK_XDP chains');
  });
  it("interface hooks still resolve interfaces", () => {
    expect(resolve("BF_HOOK_TC_EGRESS", null, { iface: "lo" })).toEqual({ kind: "iface", ifindex: 1, iface: "lo" });
    expect(resolve("BF_HOOK_XDP", [{ key: "ifindex", value: "1" }])).toEqual({ kind: "iface", ifindex: 1, iface: "lo" });
  });
});

describe("list text for netfilter and cgroup chains", () => {
  const base = {
    hook: "BF_HOOK_NF_LOCAL_IN" as const, attached: true, program_id: 9, ifindex: null, iface: null, cgroup: null,
    priority: null, priorities: null, object_hash: "ab".repeat(32), object_file: "x.o", source: null, loaded_at: "T", rules: 1,
  };
  it("shows the live priority and both links, or the cgroup", () => {
    const text = renderList([
      { ...base, name: "nf", mode: "netfilter", link_id: 3, link_ids: [3, 4], priority: 20, priorities: [10, 20] },
      { ...base, name: "cg", hook: "BF_HOOK_CGROUP_SKB_INGRESS", mode: "cgroup", link_id: 5, link_ids: [5], cgroup: "/sys/fs/cgroup/x" },
    ]);
    expect(text).toContain("netfilter priority 20 of 10-20 (links 3, 4)  9     3,4");
    expect(text).toContain("cgroup /sys/fs/cgroup/x");
  });
});
