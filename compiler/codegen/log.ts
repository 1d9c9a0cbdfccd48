// `log`: one record per match in the chain's ring buffer, in the elf/logrecord.ts format
// (docs/LOGGING.md). The record is reserved in the ring buffer (bpf_ringbuf_reserve), zeroed,
// filled in place (headers copied with bpf_{xdp,skb}_load_bytes at the offsets the parser
// recorded) and submitted. `every D` keeps the last logging time of the rule in the chain's
// rate-limit array (slot = the rule's rlSlot) and skips the record while less than D passed.
// Netfilter copies with bpf_dynptr_read from a dynptr of the skb made in the stub.

import { HELPER, alu, alur, be, call, callKfunc, jmp, jmpr, ld64, ldMap, ldx, mov, movr, st, stx, type Label } from "../insn.js";
import { HOOK_NAMES } from "../../elf/hooks.js";
import { LOG_HDR, LOG_HEADER, LOG_KIND, LOG_PACKET, LOG_RECORD_VERSION, LOG_SOCKET } from "../../elf/logrecord.js";
import type { IrLog, IrRule } from "../ir/types.js";
import { CTX_REG } from "./frame.js";
import { load, type Gen } from "./gen.js";
import { nfSkb } from "./parse-nf.js";
import { emitPacketLen } from "./ctx.js";
import { SOCK_ADDR, sockVersion } from "./parse-sock.js";

const ETH_HLEN = 14;

/** r1 = the reserved record (reloaded from its stack spill: helper calls clobber r1–r5). */
function rec(g: Gen): void {
  g.asm.emit(ldx("DW", 1, 10, g.frame.logPtr));
}

/** Skip to `skip` while less than `everyNs` passed since this rule last logged; else note now. */
function rateLimit(g: Gen, log: IrLog, map: string, skip: Label): void {
  const { asm, frame } = g;
  asm.emit(st("W", 10, frame.ctrKey, log.rlSlot!), movr(2, 10), alu("ADD", 2, frame.ctrKey), ldMap(1, map), call(HELPER.map_lookup_elem));
  asm.emit(jmp("JEQ", 0, 0, skip), stx("DW", 10, frame.logPtr, 0), call(HELPER.ktime_get_boot_ns));
  rec(g);
  asm.emit(ldx("DW", 2, 1, 0), movr(3, 0), alur("SUB", 3, 2), ld64(4, log.everyNs!), jmpr("JLT", 3, 4, skip), stx("DW", 1, 0, 0));
}

/** The packet length into the record: skb->len, or data_end - data on XDP. */
function packetLength(g: Gen): void {
  const { asm } = g;
  emitPacketLen(g);
  rec(g);
  asm.emit(stx("W", 1, LOG_HDR.packetLength, 2));
}

/** load_bytes(ctx, r2 = offset, record + slot, r4 = length); on success the length byte = r4's value again. */
function capture(g: Gen, slot: number, lenField: number, reload: () => void, skip: Label): void {
  const { asm } = g;
  if (g.chain.family === "nf") {
    // bpf_dynptr_read(record + slot, len, &dynptr, offset, 0)
    asm.emit(movr(0, 2), movr(2, 4), movr(4, 0), ldx("DW", 1, 10, g.frame.logPtr), alu("ADD", 1, slot));
    asm.emit(movr(3, 10), alu("ADD", 3, g.frame.dynptr), mov(5, 0), call(HELPER.dynptr_read), jmp("JNE", 0, 0, skip));
  } else {
    const helper = g.chain.family === "xdp" ? HELPER.xdp_load_bytes : HELPER.skb_load_bytes;
    asm.emit(ldx("DW", 3, 10, g.frame.logPtr), alu("ADD", 3, slot), movr(1, CTX_REG), call(helper), jmp("JNE", 0, 0, skip));
  }
  reload();
  rec(g);
  asm.emit(stx("B", 1, lenField, 4));
}

/** The requested headers of a packet record. */
function packetHeaders(g: Gen, headers: number): void {
  const { asm } = g;
  const outer = asm.label("log_hdrs");
  if (g.chain.family === "nf") {
    // a dynptr of this skb for the copies (the parser's may belong to another function)
    nfSkb(g, 1);
    asm.emit(mov(2, 0), movr(3, 10), alu("ADD", 3, g.frame.dynptr), callKfunc("bpf_dynptr_from_skb"), jmp("JNE", 0, 0, outer));
  }
  if (headers & LOG_HEADER.link && (g.chain.family === "xdp" || g.chain.family === "tc")) {
    const done = asm.label("log_l2");
    rec(g);
    asm.emit(ldx("W", 2, 1, LOG_HDR.packetLength), jmp("JLT", 2, ETH_HLEN, done), mov(2, 0), mov(4, ETH_HLEN));
    capture(g, LOG_PACKET.link, LOG_PACKET.linkLen, () => asm.emit(mov(4, ETH_HLEN)), done);
    asm.bind(done);
  }
  if (headers & (LOG_HEADER.internet | LOG_HEADER.transport)) {
    const done = asm.label("log_l3");
    load(g, 1, "l3");
    asm.emit(jmp("JEQ", 1, 0, done));
    if (headers & LOG_HEADER.internet) {
      const clamp = (): void => {
        const ok = asm.label("l3len");
        load(g, 4, "l3len");
        asm.emit(jmp("JLE", 4, LOG_PACKET.internetMax, ok), mov(4, LOG_PACKET.internetMax));
        asm.bind(ok);
      };
      const skip = asm.label("log_ip");
      clamp();
      asm.emit(jmp("JEQ", 4, 0, skip));
      load(g, 2, "l3off");
      capture(g, LOG_PACKET.internet, LOG_PACKET.internetLen, clamp, skip);
      asm.bind(skip);
    }
    if (headers & LOG_HEADER.transport) {
      const len = (): void => {
        const tcp = asm.label("l4tcp");
        load(g, 0, "l4");
        asm.emit(mov(4, 20), jmp("JEQ", 0, 6, tcp), mov(4, 8));
        asm.bind(tcp);
      };
      load(g, 2, "l4");
      asm.emit(jmp("JEQ", 2, Number(0x100), done));
      rec(g);
      asm.emit(stx("B", 1, LOG_PACKET.l4proto, 2));
      len();
      load(g, 2, "l4off");
      capture(g, LOG_PACKET.transport, LOG_PACKET.transportLen, len, done);
    }
    asm.bind(done);
  }
  asm.bind(outer);
}

/** A socket record: pid, comm, family, protocol, port and addresses from struct bpf_sock_addr. */
function socketFields(g: Gen): void {
  const { asm, chain } = g;
  asm.emit(call(HELPER.get_current_pid_tgid), alu("RSH", 0, 32));
  rec(g);
  asm.emit(stx("W", 1, LOG_SOCKET.pid, 0));
  asm.emit(ldx("W", 2, CTX_REG, SOCK_ADDR.user_family), stx("B", 1, LOG_SOCKET.family, 2));
  asm.emit(ldx("W", 2, CTX_REG, SOCK_ADDR.protocol), stx("B", 1, LOG_SOCKET.l4proto, 2));
  asm.emit(ldx("W", 2, CTX_REG, SOCK_ADDR.user_port), be(2, 16), stx("H", 1, LOG_SOCKET.port, 2));
  const six = sockVersion(chain.hook) === 6;
  const sendmsg = chain.hook.includes("SENDMSG");
  const words = six ? 4 : 1;
  const addrs: [number, number][] = [[six ? SOCK_ADDR.user_ip6 : SOCK_ADDR.user_ip4, LOG_SOCKET.daddr]];
  if (sendmsg) addrs.push([six ? SOCK_ADDR.msg_src_ip6 : SOCK_ADDR.msg_src_ip4, LOG_SOCKET.saddr]);
  for (const [from, to] of addrs) for (let w = 0; w < words; w++) asm.emit(ldx("W", 2, CTX_REG, from + 4 * w), stx("W", 1, to + 4 * w, 2));
  asm.emit(alu("ADD", 1, LOG_SOCKET.comm), mov(2, LOG_SOCKET.commLen), call(HELPER.get_current_comm));
}

/** The whole `log` of a matched rule; clobbers r0–r5 (the caller's register cache must be dropped). */
export function emitLog(g: Gen, rule: IrRule): void {
  const { asm, chain } = g;
  const log = rule.log!;
  const maps = chain.log!;
  const skip = asm.label("nolog");
  if (log.rlSlot !== null) rateLimit(g, log, maps.ratelimit!, skip);
  const socket = chain.family === "sock_addr";
  const size = socket ? LOG_SOCKET.size : LOG_PACKET.size;
  asm.emit(ldMap(1, maps.map), mov(2, size), mov(3, 0), call(HELPER.ringbuf_reserve), jmp("JEQ", 0, 0, skip));
  asm.emit(stx("DW", 10, g.frame.logPtr, 0));
  for (let off = 0; off < size; off += 8) asm.emit(st("DW", 0, off, 0));
  asm.emit(st("W", 0, LOG_HDR.rule, rule.index), st("B", 0, LOG_HDR.version, LOG_RECORD_VERSION));
  asm.emit(st("B", 0, LOG_HDR.kind, socket ? LOG_KIND.socket : LOG_KIND.packet), st("B", 0, LOG_HDR.hook, HOOK_NAMES.indexOf(chain.hook)));
  asm.emit(st("B", 0, LOG_HDR.headers, log.headers), st("H", 0, LOG_HDR.verdict, log.verdict));
  asm.emit(call(HELPER.ktime_get_boot_ns));
  rec(g);
  asm.emit(stx("DW", 1, LOG_HDR.bootNs, 0));
  if (socket) socketFields(g);
  else {
    packetLength(g);
    packetHeaders(g, log.headers);
  }
  rec(g);
  asm.emit(mov(2, 0), call(HELPER.ringbuf_submit));
  asm.bind(skip);
}
