// Transport headers and the IPv6 extension-header walk. The L4 extraction is emitted twice: once
// reading the packet directly (bounds-checked against data_end) for the common case, once reading
// a copy made by bpf_{xdp,skb}_load_bytes after an extension-header walk at a variable offset.

import { HELPER, alu, alur, be, call, ja, jmp, jmpr, ld64, ldx, mov, movr, type Label, type Reg } from "../insn.js";
import { EH_BITS } from "../ir/types.js";
import { emitNfRead } from "./parse-nf.js";
import { R, load, store, storeImm, type Gen } from "./gen.js";

/** IPv6 extension headers walked: hop-by-hop, routing, fragment, AH, destination options, mobility (IANA numbers). */
export const EXT = { HOP: 0, ROUTING: 43, FRAG: 44, AH: 51, DST: 60, MH: 135 } as const;
/** At most this many extension headers are walked; a longer chain leaves the protocol unknown. */
export const MAX_EXT_HEADERS = 8;
/** Multiplier of the 5-tuple hash (2^64 / golden ratio). */
const MIX = 0x9e3779b97f4a7c15n;

const PROTOS = [
  { proto: 6, len: 20 },
  { proto: 17, len: 8 },
  // struct icmphdr / icmp6hdr are 8 bytes (what bpfilter reads too)
  { proto: 1, len: 8 },
  { proto: 58, len: 8 },
] as const;

/** Store the transport values of `proto` read from `ptr` (which holds at least `len` valid bytes). */
function extract(g: Gen, proto: number, ptr: Reg): void {
  const { asm, frame } = g;
  storeImm(g, "l4", proto);
  if (proto === 6 || proto === 17) {
    for (const [v, off] of [["sport", 0], ["dport", 2]] as const) {
      if (!frame.has(v)) continue;
      asm.emit(ldx("H", 1, ptr, off), be(1, 16));
      store(g, v, 1);
    }
  }
  if (proto === 6 && frame.has("tcp.flags")) {
    asm.emit(ldx("B", 1, ptr, 13));
    store(g, "tcp.flags", 1);
  }
  if (proto === 1 || proto === 58) {
    for (const [v, off] of [["icmp.type", 0], ["icmp.code", 1]] as const) {
      if (!frame.has(v)) continue;
      asm.emit(ldx("B", 1, ptr, off));
      store(g, v, 1);
    }
  }
}

/**
 * Dispatch on the protocol and extract. "packet": proto in r1, header at r5 (a packet pointer);
 * "copy": proto in r8, header at offset r7 from the packet start, read with a helper.
 */
export function emitL4(g: Gen, done: Label, mode: "packet" | "copy"): void {
  const { asm, frame } = g;
  const protoReg: Reg = mode === "packet" ? 1 : 8;
  const targets = PROTOS.map((p) => ({ ...p, label: asm.label(`l4_${p.proto}`) }));
  for (const t of targets) asm.emit(jmp("JEQ", protoReg, t.proto, t.label));
  asm.emit(ja(done));
  for (const t of targets) {
    asm.bind(t.label);
    if (mode === "packet") {
      asm.emit(movr(0, R.l4), alu("ADD", 0, t.len), jmpr("JGT", 0, R.end, done));
      if (frame.has("l4off")) {
        asm.emit(movr(0, R.l4), alur("SUB", 0, R.data));
        store(g, "l4off", 0);
      }
      extract(g, t.proto, R.l4);
    } else {
      loadBytes(g, t.len, done);
      if (frame.has("l4off")) store(g, "l4off", 7);
      // r0 points at the copy (extract() uses r1 as its temporary)
      asm.emit(movr(0, 10), alu("ADD", 0, frame.scratch));
      extract(g, t.proto, 0);
    }
    asm.emit(ja(done));
  }
}

/** r0 = load_bytes(ctx, r7, fp + scratch, len); on failure goto fail. Clobbers r1–r5. */
function loadBytes(g: Gen, len: number, fail: Label): void {
  if (g.chain.family === "nf") {
    emitNfRead(g, len);
    return void g.asm.emit(jmp("JNE", 0, 0, fail));
  }
  const helper = g.chain.family === "xdp" ? HELPER.xdp_load_bytes : HELPER.skb_load_bytes;
  g.asm.emit(movr(1, R.ctx), movr(2, 7), movr(3, 10), alu("ADD", 3, g.frame.scratch), mov(4, len), call(helper));
  g.asm.emit(jmp("JNE", 0, 0, fail));
}

/** ip6.eh |= bit (in its slot: r9 may hold the value area). */
function setEh(g: Gen, bit: number): void {
  load(g, 1, "ip6.eh");
  g.asm.emit(alu("OR", 1, bit));
  store(g, "ip6.eh", 1);
}

/** One extension header at offset r7 with type r8: sets its ip6.eh bit, advances r7, reads the next type into r8. */
function walkOne(g: Gen, next: Label, out: Label, stop: Label, nonFirst: Label): void {
  const { asm, frame } = g;
  const useEh = frame.has("ip6.eh");
  const frag = asm.label("eh_frag");
  const ah = asm.label("eh_ah");
  const generic = asm.label("eh_opt");
  asm.emit(jmp("JEQ", 8, EXT.FRAG, frag), jmp("JEQ", 8, EXT.AH, ah));
  const generics = [EXT.HOP, EXT.ROUTING, EXT.DST, EXT.MH];
  const bits = generics.map((nh) => ({ nh, label: asm.label(`eh_${nh}`) }));
  for (const b of bits) asm.emit(jmp("JEQ", 8, b.nh, useEh ? b.label : generic));
  asm.emit(ja(out));
  if (useEh) {
    for (const b of bits) {
      asm.bind(b.label);
      setEh(g, EH_BITS[b.nh]);
      asm.emit(ja(generic));
    }
  }
  const scratch = frame.scratch;
  // hop-by-hop, routing, destination options, mobility: length = (hdr_ext_len + 1) * 8 (RFC 8200)
  asm.bind(generic);
  loadBytes(g, 2, stop);
  asm.emit(ldx("B", 8, 10, scratch), ldx("B", 1, 10, scratch + 1), alu("ADD", 1, 1), alu("LSH", 1, 3), alur("ADD", 7, 1), ja(next));
  // authentication header: length = (payload_len + 2) * 4 (RFC 4302)
  asm.bind(ah);
  if (useEh) setEh(g, EH_BITS[EXT.AH]);
  loadBytes(g, 2, stop);
  asm.emit(ldx("B", 8, 10, scratch), ldx("B", 1, 10, scratch + 1), alu("ADD", 1, 2), alu("LSH", 1, 2), alur("ADD", 7, 1), ja(next));
  // fragment header: 8 bytes; a non-zero fragment offset means no transport header follows
  asm.bind(frag);
  if (useEh) setEh(g, EH_BITS[EXT.FRAG]);
  loadBytes(g, 4, stop);
  asm.emit(ldx("B", 8, 10, scratch), ldx("H", 1, 10, scratch + 2), alu("AND", 1, 0xf8ff), jmp("JNE", 1, 0, nonFirst));
  asm.emit(alu("ADD", 7, 8));
}

/** The walk: entered with the first extension header type in r1 and its pointer in r5. */
export function emitWalk(g: Gen, done: Label): void {
  const { asm, frame } = g;
  asm.emit(movr(7, R.l4), alur("SUB", 7, R.data), movr(8, 1));
  const out = asm.label("eh_end");
  const stop = asm.label("eh_fail");
  const nonFirst = asm.label("eh_nonfirst");
  for (let k = 0; k < MAX_EXT_HEADERS; k++) {
    const next = asm.label("eh_next");
    walkOne(g, next, out, stop, nonFirst);
    asm.bind(next);
  }
  for (const nh of Object.values(EXT)) asm.emit(jmp("JEQ", 8, nh, stop));
  asm.bind(out);
  if (frame.has("proto")) store(g, "proto", 8);
  emitL4(g, done, "copy");
  asm.bind(nonFirst);
  if (frame.has("proto")) store(g, "proto", 8);
  asm.bind(stop);
  asm.emit(ja(done));
}

/** flow5 = our 5-tuple hash for TCP/UDP: acc = (acc ^ word) * MIX per word, result acc >> 32. */
export function emitFlowHash(g: Gen): void {
  const { asm, frame } = g;
  const skip = asm.label("fh_skip");
  const go = asm.label("fh");
  const six = asm.label("fh6");
  const ports = asm.label("fh_ports");
  asm.emit(ldx("DW", 1, frame.base, frame.slot("l4")), jmp("JEQ", 1, 6, go), jmp("JNE", 1, 17, skip));
  asm.bind(go);
  asm.emit(ld64(5, MIX), mov(4, 0), ldx("DW", 1, frame.base, frame.slot("l3")), jmp("JEQ", 1, 6, six));
  asm.emit(ldx("DW", 1, frame.base, frame.slot("ip4.saddr")), alu("LSH", 1, 32), alu("RSH", 1, 32));
  asm.emit(ldx("DW", 2, frame.base, frame.slot("ip4.daddr")), alu("LSH", 2, 32), alur("OR", 1, 2));
  asm.emit(alur("XOR", 4, 1), alur("MUL", 4, 5), ja(ports));
  asm.bind(six);
  for (const k of ["ip6.saddr#0", "ip6.saddr#1", "ip6.daddr#0", "ip6.daddr#1"] as const) {
    asm.emit(ldx("DW", 1, frame.base, frame.slot(k)), alur("XOR", 4, 1), alur("MUL", 4, 5));
  }
  asm.bind(ports);
  asm.emit(ldx("DW", 1, frame.base, frame.slot("sport")), alu("LSH", 1, 16), ldx("DW", 2, frame.base, frame.slot("dport")), alur("OR", 1, 2));
  asm.emit(ldx("DW", 2, frame.base, frame.slot("proto")), alu("LSH", 2, 32), alur("OR", 1, 2));
  asm.emit(alur("XOR", 4, 1), alur("MUL", 4, 5), alu("RSH", 4, 32));
  store(g, "flow5", 4);
  asm.bind(skip);
}
