// The hook table: what each bpfilter hook is in kernel terms. It lives in elf/ because both the
// compiler (section names, return codes) and the loader (program/attach types, links) need it, and
// the loader may import nothing but elf/. Constants from the UAPI linux/bpf.h and linux/netfilter.h.

export const HOOK_NAMES = [
  "BF_HOOK_XDP",
  "BF_HOOK_TC_INGRESS",
  "BF_HOOK_TC_EGRESS",
  "BF_HOOK_NF_PRE_ROUTING",
  "BF_HOOK_NF_LOCAL_IN",
  "BF_HOOK_NF_FORWARD",
  "BF_HOOK_NF_LOCAL_OUT",
  "BF_HOOK_NF_POST_ROUTING",
  "BF_HOOK_CGROUP_SKB_INGRESS",
  "BF_HOOK_CGROUP_SKB_EGRESS",
  "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4",
  "BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6",
  "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4",
  "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6",
] as const;

export type HookName = (typeof HOOK_NAMES)[number];

/** Which family of program a hook compiles to; decides context layout and packet access. */
export type HookFamily = "xdp" | "tc" | "nf" | "cgroup_skb" | "sock_addr";

/** UAPI enum bpf_prog_type values used by bfr. */
export const PROG_TYPE = { SCHED_CLS: 3, XDP: 6, CGROUP_SKB: 8, CGROUP_SOCK_ADDR: 18, NETFILTER: 32 } as const;

/** UAPI enum bpf_attach_type values used by bfr. */
export const ATTACH_TYPE = {
  CGROUP_INET_INGRESS: 0,
  CGROUP_INET_EGRESS: 1,
  CGROUP_INET4_CONNECT: 10,
  CGROUP_INET6_CONNECT: 11,
  CGROUP_UDP4_SENDMSG: 14,
  CGROUP_UDP6_SENDMSG: 15,
  XDP: 37,
  NETFILTER: 45,
  TCX_INGRESS: 46,
  TCX_EGRESS: 47,
} as const;

export interface HookInfo {
  name: HookName;
  family: HookFamily;
  /** ELF section the program is placed in (libbpf's section naming). */
  section: string;
  /** Section used by `--tc-compat` for libbpf < 1.3 (TC only). */
  compatSection?: string;
  progType: number;
  expectedAttachType: number;
  /** Return codes for the policy / verdicts. */
  retAccept: number;
  retDrop: number;
  retNext: number;
  /** netfilter hook number (NF_INET_*), for netfilter hooks only. */
  nfHook?: number;
  /** Hook option keys this hook accepts (besides the deprecated `family`). */
  options: readonly string[];
  /** Direction for `meta.iface`: which device the hook sees. */
  ingress: boolean;
  /** BTF name of the context struct the program receives. */
  ctxStruct: string;
}

const TCX_PASS = 0;
const TCX_DROP = 2;
const TCX_NEXT = -1;
const XDP_DROP = 1;
const XDP_PASS = 2;

function nf(name: HookName, hook: number, ingress: boolean): HookInfo {
  return {
    name, family: "nf", section: "netfilter", progType: PROG_TYPE.NETFILTER,
    expectedAttachType: ATTACH_TYPE.NETFILTER, retAccept: 1, retDrop: 0, retNext: 1, nfHook: hook,
    options: ["priorities"], ingress, ctxStruct: "bpf_nf_ctx",
  };
}

function cgSkb(name: HookName, section: string, attach: number, ingress: boolean): HookInfo {
  return {
    name, family: "cgroup_skb", section, progType: PROG_TYPE.CGROUP_SKB, expectedAttachType: attach,
    retAccept: 1, retDrop: 0, retNext: 1, options: ["cgpath"], ingress, ctxStruct: "__sk_buff",
  };
}

function sockAddr(name: HookName, section: string, attach: number): HookInfo {
  return {
    name, family: "sock_addr", section, progType: PROG_TYPE.CGROUP_SOCK_ADDR, expectedAttachType: attach,
    retAccept: 1, retDrop: 0, retNext: 1, options: ["cgpath"], ingress: false, ctxStruct: "bpf_sock_addr",
  };
}

export const HOOKS: Readonly<Record<HookName, HookInfo>> = {
  BF_HOOK_XDP: {
    name: "BF_HOOK_XDP", family: "xdp", section: "xdp", progType: PROG_TYPE.XDP,
    expectedAttachType: ATTACH_TYPE.XDP, retAccept: XDP_PASS, retDrop: XDP_DROP, retNext: XDP_PASS,
    options: ["ifindex", "iface"], ingress: true, ctxStruct: "xdp_md",
  },
  BF_HOOK_TC_INGRESS: {
    name: "BF_HOOK_TC_INGRESS", family: "tc", section: "tcx/ingress", compatSection: "classifier",
    progType: PROG_TYPE.SCHED_CLS, expectedAttachType: ATTACH_TYPE.TCX_INGRESS, retAccept: TCX_PASS,
    retDrop: TCX_DROP, retNext: TCX_NEXT, options: ["ifindex", "iface"], ingress: true, ctxStruct: "__sk_buff",
  },
  BF_HOOK_TC_EGRESS: {
    name: "BF_HOOK_TC_EGRESS", family: "tc", section: "tcx/egress", compatSection: "classifier",
    progType: PROG_TYPE.SCHED_CLS, expectedAttachType: ATTACH_TYPE.TCX_EGRESS, retAccept: TCX_PASS,
    retDrop: TCX_DROP, retNext: TCX_NEXT, options: ["ifindex", "iface"], ingress: false, ctxStruct: "__sk_buff",
  },
  BF_HOOK_NF_PRE_ROUTING: nf("BF_HOOK_NF_PRE_ROUTING", 0, true),
  BF_HOOK_NF_LOCAL_IN: nf("BF_HOOK_NF_LOCAL_IN", 1, true),
  BF_HOOK_NF_FORWARD: nf("BF_HOOK_NF_FORWARD", 2, true),
  BF_HOOK_NF_LOCAL_OUT: nf("BF_HOOK_NF_LOCAL_OUT", 3, false),
  BF_HOOK_NF_POST_ROUTING: nf("BF_HOOK_NF_POST_ROUTING", 4, false),
  BF_HOOK_CGROUP_SKB_INGRESS: cgSkb("BF_HOOK_CGROUP_SKB_INGRESS", "cgroup_skb/ingress", ATTACH_TYPE.CGROUP_INET_INGRESS, true),
  BF_HOOK_CGROUP_SKB_EGRESS: cgSkb("BF_HOOK_CGROUP_SKB_EGRESS", "cgroup_skb/egress", ATTACH_TYPE.CGROUP_INET_EGRESS, false),
  BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4: sockAddr("BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4", "cgroup/connect4", ATTACH_TYPE.CGROUP_INET4_CONNECT),
  BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6: sockAddr("BF_HOOK_CGROUP_SOCK_ADDR_CONNECT6", "cgroup/connect6", ATTACH_TYPE.CGROUP_INET6_CONNECT),
  BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4: sockAddr("BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4", "cgroup/sendmsg4", ATTACH_TYPE.CGROUP_UDP4_SENDMSG),
  BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6: sockAddr("BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6", "cgroup/sendmsg6", ATTACH_TYPE.CGROUP_UDP6_SENDMSG),
};

export function isHookName(s: string): s is HookName {
  return (HOOK_NAMES as readonly string[]).includes(s);
}

/** The hook whose program lives in `section` (first match; TC sections are unambiguous). */
export function hookForSection(section: string): HookInfo | undefined {
  return Object.values(HOOKS).find((h) => h.section === section);
}
