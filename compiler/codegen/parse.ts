// Header parsing, once per packet, at the top of every generated function: reads the context and
// the packet (Ethernet, up to two VLAN tags, IPv4 with options, IPv6 with its extension headers,
// TCP/UDP/ICMP/ICMPv6) and stores each value the chain uses into its stack slot, or its sentinel
// when the packet lacks the header. Every packet read is preceded by a bounds check against
// data_end; the IPv6 extension-header walk reads through bpf_{xdp,skb}_load_bytes instead, which
// keeps the verifier's state count flat however many headers there are.

import { HELPER, alu, alur, call, ja, jmp, jmpr, ld64, ldx, mov, mov32r, movr, st, type Label, type Reg } from "../insn.js";
import { VALUES } from "../ir/types.js";
import { R, store, storeImm, type Gen } from "./gen.js";
import { emitSockParse } from "./parse-sock.js";
import { emitNfIface, emitNfL3, emitNfMark } from "./parse-nf.js";
import { EXT, emitFlowHash, emitL4, emitWalk } from "./parse-l4.js";
import { SK_BUFF, XDP_MD } from "./ctx.js";


/** Bytes the direct reads can reach: Ethernet + 2 tags + IPv4 with options + TCP, rounded up. */
const PULL_LEN = 128;
const ETH_P = { IP: 0x0008, IPV6: 0xdd86, VLAN: 0x0081, QINQ: 0xa888 } as const; // net order as loaded LE
/** Context-derived values, the packet length, and every sentinel. */
function emitMeta(g: Gen): void {
  const { asm, frame } = g;
  const tc = g.chain.family === "tc";
  const skb = g.chain.family === "tc" || g.chain.family === "cgroup_skb";
  if (frame.has("flow_hash")) {
    asm.emit(movr(1, R.ctx), call(HELPER.get_hash_recalc), mov32r(0, 0));
    store(g, "flow_hash", 0);
  }
  const nf = g.chain.family === "nf";
  if (frame.has("mark") && nf) emitNfMark(g);
  else if (frame.has("mark")) {
    asm.emit(ldx("W", 1, R.ctx, SK_BUFF.mark));
    store(g, "mark", 1);
  }
  if (frame.has("iface") && nf) emitNfIface(g);
  else if (frame.has("iface")) {
    // TC: skb->ifindex is the device the hook runs on (the receiving one at ingress, the sending
    // one at egress); skb_iif (ingress_ifindex) is not set for test runs
    const off = skb ? SK_BUFF.ifindex : XDP_MD.ingress_ifindex;
    asm.emit(ldx("W", 1, R.ctx, off));
    store(g, "iface", 1);
  }
  if (skb) {
    asm.emit(ldx("W", R.data, R.ctx, SK_BUFF.data), ldx("W", R.end, R.ctx, SK_BUFF.data_end));
    // cgroup_skb may not call bpf_skb_pull_data; its skb's network header is linear already
    if (tc && frame.depth >= 2) emitPull(g);
  } else if (!nf) {
    asm.emit(ldx("W", R.data, R.ctx, XDP_MD.data), ldx("W", R.end, R.ctx, XDP_MD.data_end));
  }
  for (const v of ["ethertype", "proto", "l4", "sport", "dport"] as const) storeImm(g, v, Number(VALUES[v].sentinel));
  storeImm(g, "l3", 0);
  // values valid only behind a presence check: zero them so a test reordered before its check
  // reads a defined value (and the verifier never sees an uninitialised stack read)
  for (const v of ["dscp", "ip6.eh", "tcp.flags", "icmp.type", "icmp.code", "l3off", "l3len", "l4off"] as const) storeImm(g, v, 0);
  for (const v of ["ip6.saddr", "ip6.daddr"] as const) {
    if (!frame.has(v)) continue;
    asm.emit(st("DW", frame.base, frame.slot(`${v}#0`), 0), st("DW", frame.base, frame.slot(`${v}#1`), 0));
  }
  const wide = (["ip4.saddr", "ip4.daddr", "flow5"] as const).filter((v) => frame.has(v));
  if (wide.length) {
    asm.emit(ld64(1, 1n << 32n));
    for (const v of wide) store(g, v, 1);
  }
}

/**
 * TC: headers the parser reads directly must be in the skb's linear part. When the linear part
 * is shorter than both the packet and PULL_LEN, pull the first min(len, PULL_LEN) bytes in with
 * bpf_skb_pull_data (a no-op path for the usual fully linear header) and reload the pointers.
 */
function emitPull(g: Gen): void {
  const { asm } = g;
  const linear = asm.label("linear");
  asm.emit(movr(1, R.end), alur("SUB", 1, R.data), jmp("JGE", 1, PULL_LEN, linear));
  asm.emit(ldx("W", 0, R.ctx, SK_BUFF.len), jmpr("JGE", 1, 0, linear));
  const pull = asm.label("pull");
  asm.emit(movr(2, 0), jmp("JLE", 2, PULL_LEN, pull), mov(2, PULL_LEN));
  asm.bind(pull);
  asm.emit(movr(1, R.ctx), call(HELPER.skb_pull_data));
  asm.emit(ldx("W", R.data, R.ctx, SK_BUFF.data), ldx("W", R.end, R.ctx, SK_BUFF.data_end));
  asm.bind(linear);
}

/**
 * cgroup_skb: skb->data is the network header and there is no link header; the L3 protocol is
 * skb->protocol (a __be16, so the load gives the same net-order value as an EtherType read).
 */
function emitSkbL3(g: Gen): void {
  g.asm.emit(movr(R.l3, R.data), ldx("W", 1, R.ctx, SK_BUFF.protocol));
  if (g.frame.has("ethertype")) store(g, "ethertype", 1);
}

/** Ethernet and VLAN tags: leaves the ethertype in r1 and the L3 pointer in r4. */
function emitL2(g: Gen, done: Label): void {
  const { asm } = g;
  asm.emit(movr(R.l3, R.data), alu("ADD", R.l3, 14), jmpr("JGT", R.l3, R.end, done));
  asm.emit(ldx("H", 1, R.data, 12));
  const l2done = asm.label("l2done");
  for (let k = 0; k < 2; k++) {
    const tag = asm.label("vlan");
    asm.emit(jmp("JEQ", 1, ETH_P.VLAN, tag), jmp("JNE", 1, ETH_P.QINQ, l2done));
    asm.bind(tag);
    asm.emit(movr(0, R.l3), alu("ADD", 0, 4), jmpr("JGT", 0, R.end, done));
    asm.emit(ldx("H", 1, R.l3, 2), movr(R.l3, 0));
  }
  asm.bind(l2done);
  if (g.frame.has("ethertype")) store(g, "ethertype", 1);
}

function signExtend32(g: Gen, reg: Reg): void {
  g.asm.emit(alu("LSH", reg, 32), alu("ARSH", reg, 32));
}

/** IPv4 header at r4 (ethertype matched): fills l3 values, then jumps to the L4 code with proto in r1, L4 pointer in r5. */
function emitIp4(g: Gen, done: Label, l4: Label | null): void {
  const { asm, frame } = g;
  asm.emit(movr(0, R.l3), alu("ADD", 0, 20), jmpr("JGT", 0, R.end, done));
  asm.emit(ldx("B", 1, R.l3, 0), movr(0, 1), alu("AND", 0, 0xf0), jmp("JNE", 0, 0x40, done));
  asm.emit(movr(R.l4, 1), alu("AND", R.l4, 0xf), jmp("JLT", R.l4, 5, done));
  storeImm(g, "l3", 4);
  if (frame.has("l3off")) {
    asm.emit(movr(0, R.l3), alur("SUB", 0, R.data));
    store(g, "l3off", 0);
    asm.emit(movr(0, R.l4), alu("LSH", 0, 2));
    store(g, "l3len", 0);
  }
  for (const [v, off] of [["ip4.saddr", 12], ["ip4.daddr", 16]] as const) {
    if (!frame.has(v)) continue;
    asm.emit(ldx("W", 1, R.l3, off));
    signExtend32(g, 1);
    store(g, v, 1);
  }
  if (frame.has("dscp")) {
    asm.emit(ldx("B", 1, R.l3, 1), alu("RSH", 1, 2));
    store(g, "dscp", 1);
  }
  if (!l4) return void asm.emit(ja(done));
  asm.emit(ldx("B", 1, R.l3, 9));
  if (frame.has("proto")) store(g, "proto", 1);
  // a non-first fragment (fragment offset != 0) carries no transport header
  asm.emit(ldx("H", 0, R.l3, 6), alu("AND", 0, 0xff1f), jmp("JNE", 0, 0, done));
  asm.emit(alu("LSH", R.l4, 2), movr(0, R.l3), alur("ADD", 0, R.l4), movr(R.l4, 0));
  asm.emit(ja(l4));
}

/** IPv6 fixed header at r4: l3 values, then either straight to L4 or into the extension walk. */
function emitIp6(g: Gen, done: Label, l4: Label | null, walk: Label): void {
  const { asm, frame } = g;
  asm.emit(movr(0, R.l3), alu("ADD", 0, 40), jmpr("JGT", 0, R.end, done));
  asm.emit(movr(R.l4, 0), ldx("B", 1, R.l3, 0), alu("AND", 1, 0xf0), jmp("JNE", 1, 0x60, done));
  storeImm(g, "l3", 6);
  storeImm(g, "l3len", 40);
  if (frame.has("l3off")) {
    asm.emit(movr(1, R.l3), alur("SUB", 1, R.data));
    store(g, "l3off", 1);
  }
  for (const [v, off] of [["ip6.saddr", 8], ["ip6.daddr", 24]] as const) {
    if (!frame.has(v)) continue;
    asm.emit(ldx("DW", 1, R.l3, off));
    store(g, `${v}#0`, 1);
    asm.emit(ldx("DW", 1, R.l3, off + 8));
    store(g, `${v}#1`, 1);
  }
  if (frame.has("dscp")) {
    // traffic class = low nibble of byte 0 : high nibble of byte 1; DSCP is its top 6 bits
    asm.emit(ldx("B", 1, R.l3, 0), alu("AND", 1, 0xf), alu("LSH", 1, 2), ldx("B", 0, R.l3, 1), alu("RSH", 0, 6), alur("OR", 1, 0));
    store(g, "dscp", 1);
  }
  if (!l4) return void asm.emit(ja(done));
  storeImm(g, "ip6.eh", 0);
  asm.emit(ldx("B", 1, R.l3, 6));
  for (const nh of Object.values(EXT)) asm.emit(jmp("JEQ", 1, nh, walk));
  if (frame.has("proto")) store(g, "proto", 1);
  asm.emit(ja(l4));
}

/** The whole parser: after it, every used slot holds its value or sentinel. */
export function emitParse(g: Gen): void {
  if (g.chain.family === "sock_addr") return emitSockParse(g);
  const { asm, frame } = g;
  emitMeta(g);
  const depth = frame.depth;
  const done = asm.label("parsed");
  if (depth >= 2) {
    if (g.chain.family === "cgroup_skb") emitSkbL3(g);
    else if (g.chain.family === "nf") emitNfL3(g, done, depth >= 3);
    else emitL2(g, done);
    if (depth >= 3) {
      const ip4 = asm.label("ip4");
      const ip6 = asm.label("ip6");
      const fam = frame.families;
      if (fam.v4) asm.emit(jmp("JEQ", 1, ETH_P.IP, ip4));
      if (fam.v6) asm.emit(jmp("JEQ", 1, ETH_P.IPV6, ip6));
      asm.emit(ja(done));
      const l4 = depth >= 4 ? asm.label("l4") : null;
      const walk = asm.label("ext_walk");
      if (fam.v4) {
        asm.bind(ip4);
        emitIp4(g, done, l4);
      }
      if (fam.v6) {
        asm.bind(ip6);
        emitIp6(g, done, l4, walk);
      }
      if (l4) {
        asm.bind(l4);
        emitL4(g, done, "packet");
        asm.bind(walk);
        emitWalk(g, done);
      }
    }
  }
  asm.bind(done);
  if (frame.has("flow5")) emitFlowHash(g);
}
