// The hooks the kernel conformance suites cover: the ones whose programs see whole Ethernet
// frames (XDP, TC ingress, TC egress). Kept apart from the harness so the case tables load
// without the compiler or the loader.

export const PKT_HOOKS = ["BF_HOOK_XDP", "BF_HOOK_TC_INGRESS", "BF_HOOK_TC_EGRESS"] as const;
export type PktHook = (typeof PKT_HOOKS)[number];
export const TC_HOOKS: PktHook[] = ["BF_HOOK_TC_INGRESS", "BF_HOOK_TC_EGRESS"];
