// THE record format of a chain's `log` ring buffer (docs/LOGGING.md): what the generated code
// writes with bpf_ringbuf_output and what `bfr logs` decodes. Fixed offsets, so the code generator
// fills a stack buffer with plain stores and copies; little-endian (the BPF host's byte order on
// every supported host) except the captured header bytes, which stay in network order.
// Versioned: the version byte is in every record, and a reader refuses a version it does not know.

import { BfrError } from "./errors.js";
import { HOOK_NAMES, type HookName } from "./hooks.js";

export const LOG_RECORD_VERSION = 1;

/** `kind` byte. */
export const LOG_KIND = { packet: 1, socket: 2 } as const;
/** `headers` byte: the headers the rule's `log` asked for. */
export const LOG_HEADER = { link: 1, internet: 2, transport: 4 } as const;
/** `verdict` field: the rule's verdict. */
export const LOG_VERDICTS = ["ACCEPT", "DROP", "CONTINUE", "NEXT", "REDIRECT"] as const;
export type LogVerdict = (typeof LOG_VERDICTS)[number];

/** Byte offsets of the common header (24 bytes). */
export const LOG_HDR = { bootNs: 0, rule: 8, version: 12, kind: 13, hook: 14, headers: 15, verdict: 16, flags: 18, packetLength: 20, size: 24 } as const;

/** Packet records: lengths at 24..27, then fixed slots; capped at the slot capacity. */
export const LOG_PACKET = {
  linkLen: 24, internetLen: 25, transportLen: 26, l4proto: 27,
  link: 32, linkMax: 14, internet: 48, internetMax: 60, transport: 112, transportMax: 60,
  size: 176,
} as const;

/** Socket records (cgroup_sock_addr hooks). */
export const LOG_SOCKET = { pid: 24, family: 28, l4proto: 29, port: 30, comm: 32, commLen: 16, daddr: 48, saddr: 64, size: 80 } as const;

interface LogCommon {
  /** bpf_ktime_get_boot_ns() when the rule matched. */
  bootNs: bigint;
  /** The rule's index in the chain (metadata `rules[].index`). */
  rule: number;
  hook: HookName;
  verdict: LogVerdict;
  /** Reserved, 0 in version 1. */
  flags: number;
}

export interface PacketLogRecord extends LogCommon {
  kind: "packet";
  /** Headers the rule asked for (a requested header the packet lacks has 0 bytes). */
  headers: { link: boolean; internet: boolean; transport: boolean };
  /** Length of the whole packet as the hook saw it. */
  packetLength: number;
  /** IP protocol of the transport header (0 when unknown). */
  l4proto: number;
  /** Captured bytes, network order, at most 14 / 60 / 60. */
  link: Uint8Array;
  internet: Uint8Array;
  transport: Uint8Array;
}

export interface SocketLogRecord extends LogCommon {
  kind: "socket";
  /** Thread-group id of the calling process (bpf_get_current_pid_tgid() >> 32). */
  pid: number;
  /** bpf_get_current_comm(), up to the first NUL. */
  comm: string;
  /** AF_INET (2) or AF_INET6 (10). */
  family: number;
  l4proto: number;
  /** Destination port, host order. */
  port: number;
  /** Destination and (sendmsg) source address, network order: 4 bytes for AF_INET, else 16. */
  daddr: Uint8Array;
  saddr: Uint8Array;
}

export type LogRecord = PacketLogRecord | SocketLogRecord;

const bad = (message: string): never => {
  throw new BfrError("BFR5120", `log record: ${message}`);
};

/** Encodes a record exactly as the generated code lays it out (tests and tools). */
export function encodeLogRecord(r: LogRecord): Uint8Array {
  const out = new Uint8Array(r.kind === "packet" ? LOG_PACKET.size : LOG_SOCKET.size);
  const v = new DataView(out.buffer);
  const hook = HOOK_NAMES.indexOf(r.hook);
  const verdict = LOG_VERDICTS.indexOf(r.verdict);
  if (hook < 0 || verdict < 0) bad(`unknown hook ${r.hook} or verdict ${r.verdict}`);
  v.setBigUint64(LOG_HDR.bootNs, r.bootNs, true);
  v.setUint32(LOG_HDR.rule, r.rule, true);
  v.setUint8(LOG_HDR.version, LOG_RECORD_VERSION);
  v.setUint8(LOG_HDR.kind, LOG_KIND[r.kind]);
  v.setUint8(LOG_HDR.hook, hook);
  v.setUint16(LOG_HDR.verdict, verdict, true);
  v.setUint16(LOG_HDR.flags, r.flags, true);
  if (r.kind === "packet") {
    v.setUint8(LOG_HDR.headers, (r.headers.link ? LOG_HEADER.link : 0) | (r.headers.internet ? LOG_HEADER.internet : 0) | (r.headers.transport ? LOG_HEADER.transport : 0));
    v.setUint32(LOG_HDR.packetLength, r.packetLength, true);
    const slot = (bytes: Uint8Array, lenAt: number, at: number, max: number, what: string): void => {
      if (bytes.length > max) bad(`${what} header of ${bytes.length} bytes exceeds ${max}`);
      v.setUint8(lenAt, bytes.length);
      out.set(bytes, at);
    };
    slot(r.link, LOG_PACKET.linkLen, LOG_PACKET.link, LOG_PACKET.linkMax, "link");
    slot(r.internet, LOG_PACKET.internetLen, LOG_PACKET.internet, LOG_PACKET.internetMax, "internet");
    slot(r.transport, LOG_PACKET.transportLen, LOG_PACKET.transport, LOG_PACKET.transportMax, "transport");
    v.setUint8(LOG_PACKET.l4proto, r.l4proto);
    return out;
  }
  const comm = new TextEncoder().encode(r.comm);
  if (comm.length >= LOG_SOCKET.commLen) bad(`comm "${r.comm}" is longer than 15 bytes`);
  v.setUint32(LOG_SOCKET.pid, r.pid, true);
  v.setUint8(LOG_SOCKET.family, r.family);
  v.setUint8(LOG_SOCKET.l4proto, r.l4proto);
  v.setUint16(LOG_SOCKET.port, r.port, true);
  out.set(comm, LOG_SOCKET.comm);
  out.set(r.daddr.subarray(0, 16), LOG_SOCKET.daddr);
  out.set(r.saddr.subarray(0, 16), LOG_SOCKET.saddr);
  return out;
}

/** Decodes one record (longer records are fine: a later minor layout may append fields). */
export function decodeLogRecord(b: Uint8Array): LogRecord {
  if (b.length < LOG_HDR.size) bad(`${b.length} bytes is shorter than the ${LOG_HDR.size}-byte header`);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const version = v.getUint8(LOG_HDR.version);
  if (version !== LOG_RECORD_VERSION) bad(`version ${version} is not supported (this bfr reads version ${LOG_RECORD_VERSION})`);
  const hook = HOOK_NAMES[v.getUint8(LOG_HDR.hook)] ?? bad(`unknown hook ${v.getUint8(LOG_HDR.hook)}`);
  const verdict = LOG_VERDICTS[v.getUint16(LOG_HDR.verdict, true)] ?? bad(`unknown verdict ${v.getUint16(LOG_HDR.verdict, true)}`);
  const common = { bootNs: v.getBigUint64(LOG_HDR.bootNs, true), rule: v.getUint32(LOG_HDR.rule, true), hook, verdict, flags: v.getUint16(LOG_HDR.flags, true) };
  const kind = v.getUint8(LOG_HDR.kind);
  if (kind === LOG_KIND.packet) {
    if (b.length < LOG_PACKET.size) bad(`packet record of ${b.length} bytes is shorter than ${LOG_PACKET.size}`);
    const slot = (lenAt: number, at: number, max: number): Uint8Array => {
      const n = v.getUint8(lenAt);
      if (n > max) bad(`header length ${n} exceeds its slot (${max})`);
      return b.slice(at, at + n);
    };
    const h = v.getUint8(LOG_HDR.headers);
    return {
      kind: "packet", ...common,
      headers: { link: (h & LOG_HEADER.link) !== 0, internet: (h & LOG_HEADER.internet) !== 0, transport: (h & LOG_HEADER.transport) !== 0 },
      packetLength: v.getUint32(LOG_HDR.packetLength, true), l4proto: v.getUint8(LOG_PACKET.l4proto),
      link: slot(LOG_PACKET.linkLen, LOG_PACKET.link, LOG_PACKET.linkMax),
      internet: slot(LOG_PACKET.internetLen, LOG_PACKET.internet, LOG_PACKET.internetMax),
      transport: slot(LOG_PACKET.transportLen, LOG_PACKET.transport, LOG_PACKET.transportMax),
    };
  }
  if (kind !== LOG_KIND.socket) return bad(`unknown kind ${kind}`);
  if (b.length < LOG_SOCKET.size) bad(`socket record of ${b.length} bytes is shorter than ${LOG_SOCKET.size}`);
  const family = v.getUint8(LOG_SOCKET.family);
  const alen = family === 2 ? 4 : 16;
  const comm = b.subarray(LOG_SOCKET.comm, LOG_SOCKET.comm + LOG_SOCKET.commLen);
  const nul = comm.indexOf(0);
  return {
    kind: "socket", ...common,
    pid: v.getUint32(LOG_SOCKET.pid, true), comm: new TextDecoder().decode(nul < 0 ? comm : comm.subarray(0, nul)),
    family, l4proto: v.getUint8(LOG_SOCKET.l4proto), port: v.getUint16(LOG_SOCKET.port, true),
    daddr: b.slice(LOG_SOCKET.daddr, LOG_SOCKET.daddr + alen), saddr: b.slice(LOG_SOCKET.saddr, LOG_SOCKET.saddr + alen),
  };
}
