// Netfilter programs: the context is struct bpf_nf_ctx { state; skb } (offsets 0 and 8 in vmlinux
// BTF, docs/OBJECT-FORMAT.md). skb fields (mark, len, dev) and nf_hook_state.pf are read with
// BTF-typed loads whose offsets the loader relocates (CO-RE). The packet is read through the skb
// dynptr: bpf_dynptr_from_skb (kfunc), then bpf_dynptr_read (helper) copies up to NF_PKT_BYTES
// from the network header into a stack buffer, and the ordinary parser runs on that copy with
// data_end = buffer + copied length (the same bounds checks, against the copy's end).

import { HELPER, alu, alur, call, callKfunc, ja, jmp, ldx, ldxCore, mov, movr, type Label, type Reg } from "../insn.js";
import { NF_PKT_BYTES } from "./frame.js";
import { R, store, type Gen } from "./gen.js";

/** struct bpf_nf_ctx member offsets (vmlinux BTF, stable since the program type exists). */
const NF_CTX = { state: 0, skb: 8 } as const;
/** NFPROTO_IPV4 / NFPROTO_IPV6 (UAPI linux/netfilter.h) and the EtherTypes as loaded LE. */
const NFPROTO_IPV4 = 2;
const NFPROTO_IPV6 = 10;
const ETH_P_IP = 0x0008;
const ETH_P_IPV6 = 0xdd86;

/** r = ctx->skb (a trusted sk_buff pointer). */
export function nfSkb(g: Gen, r: Reg): void {
  g.asm.emit(ldx("DW", r, R.ctx, NF_CTX.skb));
}

/** slot(mark) = skb->mark. */
export function emitNfMark(g: Gen): void {
  nfSkb(g, 1);
  g.asm.emit(ldxCore("W", 1, 1, { type: "sk_buff", access: "mark" }));
  store(g, "mark", 1);
}

/** slot(iface) = skb->dev ? skb->dev->ifindex : 0. */
export function emitNfIface(g: Gen): void {
  const { asm } = g;
  const none = asm.label("nodev");
  nfSkb(g, 2);
  asm.emit(mov(1, 0), ldxCore("DW", 2, 2, { type: "sk_buff", access: "dev", pointer: true }), jmp("JEQ", 2, 0, none));
  asm.emit(ldxCore("W", 1, 2, { type: "net_device", access: "ifindex" }));
  asm.bind(none);
  store(g, "iface", 1);
}

/** r2 = skb->len (for the byte counters). Clobbers r3. */
export function emitNfLen(g: Gen): void {
  nfSkb(g, 3);
  g.asm.emit(ldxCore("W", 2, 3, { type: "sk_buff", access: "len" }));
}

/**
 * The L3 protocol from state->pf into r1 (0 for another family), stored as the ethertype; then,
 * when the chain reads the packet (`copy`), the copy: r2 = data, r3 = end, r4 = L3 header.
 * On a failed copy (cannot happen for a real skb) the packet is treated as having no L3 header.
 */
export function emitNfL3(g: Gen, done: Label, copy: boolean): void {
  const { asm, frame } = g;
  const v6 = asm.label("pf6");
  const known = asm.label("pf");
  asm.emit(ldx("DW", 1, R.ctx, NF_CTX.state), ldxCore("B", 1, 1, { type: "nf_hook_state", access: "pf" }, 1));
  asm.emit(jmp("JEQ", 1, NFPROTO_IPV6, v6), jmp("JNE", 1, NFPROTO_IPV4, done), mov(1, ETH_P_IP), ja(known));
  asm.bind(v6);
  asm.emit(mov(1, ETH_P_IPV6));
  asm.bind(known);
  if (frame.has("ethertype")) store(g, "ethertype", 1);
  if (!copy) return;
  // r7 keeps the ethertype across the calls (r7–r9 are loaded with pinned values only after parsing)
  asm.emit(movr(7, 1));
  nfSkb(g, 1);
  asm.emit(mov(2, 0), movr(3, 10), alu("ADD", 3, frame.dynptr), callKfunc("bpf_dynptr_from_skb"), jmp("JNE", 0, 0, done));
  asm.emit(movr(1, 10), alu("ADD", 1, frame.dynptr), callKfunc("bpf_dynptr_size"));
  const clamp = asm.label("clamp");
  asm.emit(movr(8, 0), jmp("JLE", 8, NF_PKT_BYTES, clamp), mov(8, NF_PKT_BYTES));
  asm.bind(clamp);
  asm.emit(movr(1, 10), alu("ADD", 1, frame.pktBuf), movr(2, 8), movr(3, 10), alu("ADD", 3, frame.dynptr), mov(4, 0), mov(5, 0));
  asm.emit(call(HELPER.dynptr_read), jmp("JNE", 0, 0, done));
  asm.emit(movr(R.data, 10), alu("ADD", R.data, frame.pktBuf), movr(R.end, R.data), alur("ADD", R.end, 8));
  asm.emit(movr(R.l3, R.data), movr(1, 7));
}

/** r0 = bpf_dynptr_read(fp + scratch, len, &dynptr, r7, 0): the extension-header walk's reads. */
export function emitNfRead(g: Gen, len: number): void {
  const { asm, frame } = g;
  asm.emit(movr(1, 10), alu("ADD", 1, frame.scratch), mov(2, len), movr(3, 10), alu("ADD", 3, frame.dynptr), movr(4, 7), mov(5, 0), call(HELPER.dynptr_read));
}
