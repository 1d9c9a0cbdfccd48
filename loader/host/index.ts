// The host loader's public API: what the CLI's host commands (load, attach, list, show, update,
// update-set, unload) call. Each function takes HostOptions (--bpffs, an injectable Sys) and
// returns a typed result; user-facing failures are BfrErrors (BFR51xx host state, BFR5001 syscalls).

export { loadChains, updateChains, type LoadRequest, type ChainResult, type WriteResult } from "./load.js";
export { attachChain, unloadChains } from "./unload.js";
export { listChains, showChain, type ChainStatus, type ChainDetail, type RuleCount, type SetStatus } from "./inspect.js";
export { updateSet, type SetEdit, type SetEditResult } from "./sets.js";
export { renderList, renderShow } from "./render.js";
export { hostSys, type HostSys } from "./hostsys.js";
export { layout, DEFAULT_BPFFS } from "./layout.js";
export type { HostOptions } from "./session.js";
export type { TargetOverride } from "./attach.js";
export type { HostMeta, Attachment } from "./meta.js";
