// The program context as the generated code reads it: field offsets of struct xdp_md and struct
// __sk_buff (UAPI linux/bpf.h), and the packet length, which counters and log records both need.

import { alur, ldx } from "../insn.js";
import { CTX_REG } from "./frame.js";
import type { Gen } from "./gen.js";
import { emitNfLen } from "./parse-nf.js";

export const XDP_MD = { data: 0, data_end: 4, ingress_ifindex: 12 } as const;
export const SK_BUFF = { len: 0, mark: 8, protocol: 16, ifindex: 40, data: 76, data_end: 80 } as const;

/** r2 = the packet's length: data_end - data on XDP, skb->len elsewhere (netfilter via CO-RE). Clobbers r3. */
export function emitPacketLen(g: Gen): void {
  const fam = g.chain.family;
  if (fam === "nf") emitNfLen(g);
  else if (fam === "xdp") g.asm.emit(ldx("W", 2, CTX_REG, XDP_MD.data_end), ldx("W", 3, CTX_REG, XDP_MD.data), alur("SUB", 2, 3));
  else g.asm.emit(ldx("W", 2, CTX_REG, SK_BUFF.len));
}
