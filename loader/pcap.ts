// A reader for classic libpcap capture files (`bfr test --pcap`): the 24-byte global header in
// either byte order, microsecond (0xa1b2c3d4) or nanosecond (0xa1b23c4d) magic, then records of
// {ts_sec, ts_frac, incl_len, orig_len} + bytes. Only Ethernet (LINKTYPE_ETHERNET 1) captures are
// accepted: a packet for `bfr test` is always a full Ethernet frame.

import { BfrError } from "../elf/errors.js";

export interface PcapPacket {
  /** 1-based position in the file (as Wireshark numbers frames). */
  number: number;
  data: Uint8Array;
  /** Bytes on the wire; larger than data.length when the capture was cut at snaplen. */
  origLen: number;
}

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;
const PCAPNG = 0x0a0d0d0a;
const LINKTYPE_ETHERNET = 1;
const GLOBAL_HDR = 24;
const RECORD_HDR = 16;

function bad(file: string, msg: string, hint?: string): BfrError {
  return new BfrError("BFR6210", `${file}: ${msg}`, hint);
}

export function readPcap(bytes: Uint8Array, file: string): PcapPacket[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < GLOBAL_HDR) throw bad(file, `not a pcap file (${bytes.length} bytes, the header alone is ${GLOBAL_HDR})`);
  const raw = v.getUint32(0, true);
  let le: boolean;
  if (raw === MAGIC_US || raw === MAGIC_NS) le = true;
  else if (v.getUint32(0, false) === MAGIC_US || v.getUint32(0, false) === MAGIC_NS) le = false;
  else if (raw === PCAPNG) throw bad(file, "is a pcapng file; only classic pcap is read", "convert it with `editcap -F pcap IN OUT` or `tcpdump -r IN -w OUT`");
  else throw bad(file, `not a pcap file (magic 0x${raw.toString(16).padStart(8, "0")})`);
  const major = v.getUint16(4, le);
  if (major !== 2) throw bad(file, `pcap version ${major}.${v.getUint16(6, le)} is not supported (2.4 is)`);
  const link = v.getUint32(20, le) & 0x0fffffff;
  if (link !== LINKTYPE_ETHERNET) {
    throw bad(file, `link type ${link} is not Ethernet (1); bfr test needs full Ethernet frames`, "capture on an Ethernet interface (not `any`, which gives Linux cooked frames)");
  }
  const packets: PcapPacket[] = [];
  let off = GLOBAL_HDR;
  while (off < bytes.length) {
    const number = packets.length + 1;
    if (off + RECORD_HDR > bytes.length) throw bad(file, `packet ${number}: record header cut short at byte ${off}`);
    const incl = v.getUint32(off + 8, le);
    const orig = v.getUint32(off + 12, le);
    const start = off + RECORD_HDR;
    if (start + incl > bytes.length) throw bad(file, `packet ${number}: ${incl} bytes announced, ${bytes.length - start} left in the file`);
    packets.push({ number, data: bytes.subarray(start, start + incl), origLen: orig });
    off = start + incl;
  }
  return packets;
}

/** Writes a classic little-endian microsecond pcap (Ethernet): for tests and for users' fixtures. */
export function writePcap(frames: readonly Uint8Array[]): Uint8Array {
  const size = GLOBAL_HDR + frames.reduce((n, f) => n + RECORD_HDR + f.length, 0);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  v.setUint32(0, MAGIC_US, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  v.setUint32(16, 65535, true);
  v.setUint32(20, LINKTYPE_ETHERNET, true);
  let off = GLOBAL_HDR;
  frames.forEach((f, i) => {
    v.setUint32(off, i, true);
    v.setUint32(off + 8, f.length, true);
    v.setUint32(off + 12, f.length, true);
    out.set(f, off + RECORD_HDR);
    off += RECORD_HDR + f.length;
  });
  return out;
}
