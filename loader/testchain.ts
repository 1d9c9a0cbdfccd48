// Test runs (core): a chain loaded privately (no attach, no pins) and packets run through it with
// BPF_PROG_TEST_RUN, the verdict read from the return value per hook, and the chain's counters
// summed over CPUs. What `bfr test` and the kernel conformance tests use.

import { BfrError } from "../elf/errors.js";
import type { HookInfo } from "../elf/hooks.js";
import type { ChainMeta } from "../elf/metadata.js";
import { progTestRun } from "./bpf.js";
import { readCounterMap, type CounterValue } from "./counters.js";
import { chainsOf, loadObject, type LoadInput, type LoadedChain, type LoadedObject } from "./load.js";
import { EINVAL, SysError, realSys, type Sys } from "./sys.js";

export type { CounterValue } from "./counters.js";

export type Verdict = "ACCEPT" | "DROP" | "NEXT" | "REDIRECT" | "UNKNOWN";

export interface RunOptions {
  /** Runs of the packet; `ns` is the mean per run (default 1). */
  repeat?: number;
  /** skb mark before the run (hooks with a mark: TC, cgroup_skb). */
  mark?: number;
}

export interface RunResult {
  verdict: Verdict;
  retval: number;
  /** Mean nanoseconds per run, as the kernel measured it. */
  ns: number;
  /** The skb mark after the run; null for hooks without a mark (XDP, netfilter). */
  mark: number | null;
}


export interface ChainCounters {
  rules: ({ index: number } & CounterValue)[];
  policy: CounterValue;
}

export interface TestChain {
  name: string;
  hook: HookInfo;
  meta: ChainMeta | null;
  run(frame: Uint8Array, opts?: RunOptions): RunResult;
  /** Map name → fd of every map the chain uses (owned by the chain: closed by close()). */
  maps: ReadonlyMap<string, number>;
  /** The counters of rules with `counter` and of the policy; null when the chain has no counters map. */
  counters(): ChainCounters | null;
  close(): void;
}

/** XDP_REDIRECT and TC_ACT_REDIRECT (UAPI linux/bpf.h, linux/pkt_cls.h). */
const XDP_REDIRECT = 4;
const TC_ACT_REDIRECT = 7;
/** sizeof(struct __sk_buff) and the offsets of `mark` and `ingress_ifindex` in it (UAPI linux/bpf.h). */
const SKB_CTX_SIZE = 192;
const SKB_MARK = 8;
const SKB_INGRESS_IFINDEX = 36;
const ETH_HLEN = 14;
/** struct nf_hook_state prefix: u8 hook, u8 pf (include/linux/netfilter.h). */
const NF_CTX_SIZE = 48;
const NFPROTO = { IPV4: 2, IPV6: 10 } as const;
const NF_INET_LOCAL_OUT = 3;

/** The verdict a return value means on `hook`. */
export function verdictOf(hook: HookInfo, retval: number): Verdict {
  if (hook.family === "xdp" && retval === XDP_REDIRECT) return "REDIRECT";
  if (hook.family === "tc" && retval === TC_ACT_REDIRECT) return "REDIRECT";
  // cgroup_skb may set bit 1 (congestion notification) besides the verdict bit.
  const r = hook.family === "cgroup_skb" ? retval & 1 : retval;
  if (r === hook.retDrop) return "DROP";
  if (r === hook.retAccept) return "ACCEPT";
  if (r === hook.retNext) return "NEXT";
  return "UNKNOWN";
}

/** Loads one chain (the only one, or `chain`) of a decoded object for test runs. */
export function openInputForTest(input: LoadInput, chain?: string, sys: Sys = realSys()): TestChain {
  const all = chainsOf(input.spec, input.metadata);
  let name = chain;
  if (name === undefined) {
    if (all.length !== 1) {
      throw new BfrError("BFR6401", `the object has ${all.length} chains; choose one with --chain`, `chains: ${all.map((c) => c.name).join(", ")}`);
    }
    name = all[0].name;
  }
  const loaded = loadObject(input, { sys, chains: [name] });
  return testChain(sys, loaded, loaded.chains[0]);
}

function testChain(sys: Sys, loaded: LoadedObject, c: LoadedChain): TestChain {
  return {
    name: c.name,
    hook: c.hook,
    meta: c.meta,
    maps: c.maps,
    run: (frame, opts = {}) => runOnce(sys, c, frame, opts),
    counters: () => readCounters(sys, c, loaded.maps),
    close: () => loaded.close(),
  };
}

function runOnce(sys: Sys, c: LoadedChain, frame: Uint8Array, opts: RunOptions): RunResult {
  const fam = c.hook.family;
  if (fam === "sock_addr") {
    throw new BfrError("BFR6402", `chain "${c.name}": ${c.hook.name} programs cannot be test-run by the kernel`, "test them with real connect()/sendmsg() calls from a test cgroup");
  }
  if (frame.length < ETH_HLEN) throw new BfrError("BFR6403", `a packet must be a full Ethernet frame (${frame.length} bytes given, at least ${ETH_HLEN} needed)`);
  const data = Buffer.from(frame);
  const hasMark = fam === "tc" || fam === "cgroup_skb";
  if (hasMark) checkSkbFrame(c, data);
  if (opts.mark !== undefined && !hasMark) {
    throw new BfrError("BFR6404", `chain "${c.name}": ${c.hook.name} has no packet mark (--mark applies to TC and cgroup_skb chains)`);
  }
  let ctxIn: Buffer | undefined;
  let ctxOut: Buffer | undefined;
  let input: Buffer = data;
  if (hasMark) {
    ctxOut = Buffer.alloc(SKB_CTX_SIZE);
    ctxIn = skbContext(sys, c.hook, opts.mark ?? 0);
  } else if (fam === "nf") {
    ({ input, ctxIn } = nfInput(c, data));
  }
  const r = progTestRun(sys, { progFd: c.progFd, data: input, repeat: opts.repeat ?? 1, ctxIn, ctxOut });
  if (r.rc < 0) {
    throw new SysError(`chain "${c.name}": test run of a ${frame.length}-byte frame`, -r.rc,
      -r.rc === EINVAL ? "the kernel refuses packets it cannot model (e.g. too large for one page on skb hooks)" : undefined);
  }
  return {
    verdict: verdictOf(c.hook, r.retval),
    retval: r.retval,
    ns: r.duration,
    mark: ctxOut ? ctxOut.readUInt32LE(SKB_MARK) : null,
  };
}

/**
 * The __sk_buff a TC / cgroup_skb test run starts from (the kernel accepts mark, priority,
 * ingress_ifindex, ifindex, cb…; `len` must stay 0). The kernel runs the packet on the loopback
 * device; on ingress hooks it is also made to have arrived there (ingress_ifindex = lo), as XDP's
 * test runs do, so `meta.iface` sees the same interface on every hook.
 */
function skbContext(sys: Sys, hook: HookInfo, mark: number): Buffer {
  const ctx = Buffer.alloc(SKB_CTX_SIZE);
  ctx.writeUInt32LE(mark >>> 0, SKB_MARK);
  if (hook.ingress) ctx.writeUInt32LE(sys.ifNameToIndex("lo"), SKB_INGRESS_IFINDEX);
  return ctx;
}

/**
 * The kernel's skb test run (TC, cgroup_skb) refuses with EINVAL an IPv4 / IPv6 frame whose network
 * header is incomplete (it pulls the header to fill the socket). Say so instead of "EINVAL";
 * truncated packets can still be tested on XDP, or behind a VLAN tag.
 */
function checkSkbFrame(c: LoadedChain, frame: Buffer): void {
  const etherType = frame.readUInt16BE(12);
  const need = etherType === 0x0800 ? ETH_HLEN + 20 : etherType === 0x86dd ? ETH_HLEN + 40 : 0;
  if (frame.length < need) {
    const fam = etherType === 0x0800 ? "IPv4" : "IPv6";
    throw new BfrError("BFR6405", `chain "${c.name}": the kernel cannot test-run an ${fam} frame of ${frame.length} bytes on ${c.hook.name} (it needs the whole ${fam} header: ${need} bytes)`,
      "truncated frames can be tested on an XDP chain");
  }
}

/**
 * Netfilter test runs take an L3 packet for LOCAL_OUT (locally generated packets have no link
 * header) and an Ethernet frame for every other hook (measured: an L3 packet there gives EPROTO),
 * with a struct nf_hook_state context naming hook and family (from the EtherType).
 */
function nfInput(c: LoadedChain, frame: Buffer): { input: Buffer; ctxIn: Buffer } {
  const hook = c.hook;
  const etherType = frame.readUInt16BE(12);
  if (etherType !== 0x0800 && etherType !== 0x86dd) {
    throw new BfrError("BFR6406", `chain "${c.name}": netfilter hooks see only IPv4 and IPv6 packets (this frame's EtherType is 0x${etherType.toString(16).padStart(4, "0")})`);
  }
  const pf = etherType === 0x86dd ? NFPROTO.IPV6 : NFPROTO.IPV4;
  const ctxIn = Buffer.alloc(NF_CTX_SIZE);
  ctxIn[0] = hook.nfHook ?? 0;
  ctxIn[1] = pf;
  const l2 = hook.nfHook !== NF_INET_LOCAL_OUT;
  return { input: l2 ? frame : frame.subarray(ETH_HLEN), ctxIn };
}

/** The chain's rule and policy counters, summed over CPUs (one batch read of the counters map). */
export function readCounters(sys: Sys, c: LoadedChain, maps: LoadedObject["maps"]): ChainCounters | null {
  const role = c.meta?.maps.find((m) => m.role.kind === "counters");
  if (!role || !c.meta) return null;
  const m = maps.get(role.map);
  if (!m) return null;
  const { fd, spec: { maxEntries: entries } } = m;
  const slots = readCounterMap(sys, fd, entries, `chain "${c.name}": counters`);
  const slot = (i: number): CounterValue => {
    if (!slots[i]) throw new BfrError("BFR5016", `chain "${c.name}": counter slot ${i} is outside the counters map (${entries} slots)`);
    return slots[i];
  };
  const rules = c.meta.rules
    .filter((r) => r.counterSlot !== null)
    .map((r) => ({ index: r.index, ...slot(r.counterSlot!) }));
  return { rules, policy: slot(c.meta.policySlot) };
}
