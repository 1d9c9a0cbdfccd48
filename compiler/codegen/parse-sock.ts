// The "parser" of cgroup_sock_addr programs (connect4/6, sendmsg4/6): there is no packet, so the
// values come from struct bpf_sock_addr (UAPI linux/bpf.h): destination address and port as the
// caller gave them, the socket's protocol, and (sendmsg) the source address the caller chose.
// The IP version is the hook's; every value a sock hook cannot have keeps its sentinel.

import { alu, alur, be, ldx, mov, st } from "../insn.js";
import { HOOKS } from "../../elf/hooks.js";
import { VALUES } from "../ir/types.js";
import { R, store, storeImm, type Gen } from "./gen.js";
import type { SlotKey } from "./frame.js";

/** struct bpf_sock_addr field offsets (UAPI linux/bpf.h). */
export const SOCK_ADDR = {
  user_family: 0, user_ip4: 4, user_ip6: 8, user_port: 24, family: 28, type: 32, protocol: 36,
  msg_src_ip4: 40, msg_src_ip6: 44,
} as const;
/** EtherTypes of IPv4 / IPv6 as a little-endian load of their network bytes. */
const ETHERTYPE = { 4: 0x0008, 6: 0xdd86 } as const;
/** The sendmsg hooks: the only ones with msg_src_ip4/6. */
const SENDMSG = new Set(["BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4", "BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG6"]);

/** The IP version of a sock_addr hook (connect4/sendmsg4: 4). */
export function sockVersion(hook: string): 4 | 6 {
  return hook.endsWith("4") ? 4 : 6;
}

/** slot(k) = the 16 bytes at ctx + off, read as u32 words (msg_src_ip6 is not 8-aligned). */
function load128(g: Gen, k: "ip6.saddr" | "ip6.daddr", off: number): void {
  const { asm } = g;
  for (const half of [0, 1] as const) {
    asm.emit(ldx("W", 1, R.ctx, off + half * 8), ldx("W", 0, R.ctx, off + half * 8 + 4), alu("LSH", 0, 32), alur("OR", 1, 0));
    store(g, `${k}#${half}` as SlotKey, 1);
  }
}

/** Every value the chain uses, from the context (r6). */
export function emitSockParse(g: Gen): void {
  const { asm, frame, chain } = g;
  if (HOOKS[chain.hook].family !== "sock_addr") throw new Error(`${chain.hook} is not a sock_addr hook`);
  const ver = sockVersion(chain.hook);
  const sendmsg = SENDMSG.has(chain.hook);
  storeImm(g, "ethertype", ETHERTYPE[ver]);
  storeImm(g, "l3", ver);
  // no source port before the kernel picks one; flow5 is not allowed on sock hooks
  storeImm(g, "sport", Number(VALUES.sport.sentinel));
  for (const v of ["dscp", "ip6.eh", "tcp.flags", "icmp.type", "icmp.code"] as const) storeImm(g, v, 0);
  if (frame.has("proto") || frame.has("l4")) {
    asm.emit(ldx("W", 1, R.ctx, SOCK_ADDR.protocol));
    if (frame.has("proto")) store(g, "proto", 1);
    // a socket's protocol always has its "header": l4 == proto
    if (frame.has("l4")) store(g, "l4", 1);
  }
  if (frame.has("dport")) {
    // user_port: the port in network order in the low 16 bits
    asm.emit(ldx("W", 1, R.ctx, SOCK_ADDR.user_port), be(1, 16));
    store(g, "dport", 1);
  }
  const ip4 = [["ip4.daddr", SOCK_ADDR.user_ip4, true], ["ip4.saddr", SOCK_ADDR.msg_src_ip4, sendmsg]] as const;
  for (const [v, off, has] of ip4) {
    if (!frame.has(v)) continue;
    if (has && ver === 4) asm.emit(ldx("W", 1, R.ctx, off), alu("LSH", 1, 32), alu("ARSH", 1, 32));
    else asm.emit(mov(1, 1), alu("LSH", 1, 32));
    store(g, v, 1);
  }
  const ip6 = [["ip6.daddr", SOCK_ADDR.user_ip6, true], ["ip6.saddr", SOCK_ADDR.msg_src_ip6, sendmsg]] as const;
  for (const [v, off, has] of ip6) {
    if (!frame.has(v)) continue;
    if (has && ver === 6) load128(g, v, off);
    else asm.emit(st("DW", frame.base, frame.slot(`${v}#0`), 0), st("DW", frame.base, frame.slot(`${v}#1`), 0));
  }
}
