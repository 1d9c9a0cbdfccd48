// `bfr logs` runtime: opens a loaded chain's `log` ring buffer (found through the chain's pinned
// metadata), decodes its records (elf/logrecord.ts) into entries with wall-clock timestamps and
// parsed headers, and formats them as text lines or JSON. The kernel stamps records with
// bpf_ktime_get_boot_ns() (CLOCK_BOOTTIME); the offset to CLOCK_REALTIME is measured once when the
// reader starts (docs/LOGGING.md).

import { join } from "node:path";
import { BfrError } from "../elf/errors.js";
import { decodeLogRecord, type LogRecord } from "../elf/logrecord.js";
import { objGet } from "./bpf.js";
import { checkChainName, chainDir, mapPin, PIN } from "./host/layout.js";
import { readMeta, type HostMeta } from "./host/meta.js";
import { readSession, type HostOptions } from "./host/session.js";
import { nativeAddon } from "./native.js";
import { RingBufferReader, type RingSys } from "./ringbuf.js";
import { errnoText } from "./sys.js";

/** clock ids (UAPI linux/time.h). */
const CLOCK_REALTIME = 0;
const CLOCK_BOOTTIME = 7;

/** Boot time (ns) → wall-clock time (ns since the epoch), from one measurement of both clocks. */
export function bootClock(read: (clock: number) => bigint | number = (c) => nativeAddon().clockGettime(c)): (bootNs: bigint) => bigint {
  const boot = read(CLOCK_BOOTTIME);
  const real = read(CLOCK_REALTIME);
  if (typeof boot !== "bigint" || typeof real !== "bigint") throw new BfrError("BFR5121", `clock_gettime: ${errnoText(-Number(boot))}`);
  const offset = real - boot;
  return (bootNs) => bootNs + offset;
}

/** ISO-8601 UTC with microseconds: 2026-11-22T13:32:42.123456Z. */
export function isoMicros(epochNs: bigint): string {
  const ms = epochNs / 1_000_000n;
  const micros = (epochNs / 1000n) % 1000n;
  return new Date(Number(ms)).toISOString().replace("Z", `${micros.toString().padStart(3, "0")}Z`);
}

export interface LogEntry {
  time: string;
  chain: string;
  rule: number;
  /** The rule's canonical text, when the metadata has it. */
  ruleText: string | null;
  hook: string;
  verdict: string;
  kind: "packet" | "socket";
  /** Packet records: the whole packet's length and the decoded headers. */
  length?: number;
  link?: { src: string; dst: string; ethertype: number } | null;
  internet?: { version: 4 | 6; src: string; dst: string; proto: number; ttl: number } | null;
  transport?: { proto: string; sport?: number; dport?: number; flags?: string; type?: number; code?: number } | null;
  /** Socket records. */
  pid?: number;
  comm?: string;
  family?: "ipv4" | "ipv6";
  proto?: string;
  dst?: string;
  src?: string;
  port?: number;
}

const PROTO: Record<number, string> = { 1: "icmp", 6: "tcp", 17: "udp", 58: "icmpv6", 132: "sctp" };
export const protoName = (p: number): string => PROTO[p] ?? `proto ${p}`;

const hex2 = (b: number): string => b.toString(16).padStart(2, "0");
const mac = (b: Uint8Array): string => [...b].map(hex2).join(":");

/** IPv4 dotted quad or RFC 5952 IPv6 text (longest run of ≥ 2 zero groups as "::"). */
export function ipText(b: Uint8Array): string {
  if (b.length === 4) return [...b].join(".");
  const g = Array.from({ length: 8 }, (_, i) => (b[2 * i] << 8) | b[2 * i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) (best = i), (bestLen = j - i);
    i = j === i ? i + 1 : j;
  }
  const h = g.map((x) => x.toString(16));
  if (best < 0) return h.join(":");
  return `${h.slice(0, best).join(":")}::${h.slice(best + bestLen).join(":")}`;
}

function internetOf(b: Uint8Array): LogEntry["internet"] {
  const version = b.length > 0 ? b[0] >> 4 : 0;
  if (version === 4 && b.length >= 20) return { version: 4, src: ipText(b.subarray(12, 16)), dst: ipText(b.subarray(16, 20)), proto: b[9], ttl: b[8] };
  if (version === 6 && b.length >= 40) return { version: 6, src: ipText(b.subarray(8, 24)), dst: ipText(b.subarray(24, 40)), proto: b[6], ttl: b[7] };
  return null;
}

const TCP_FLAGS = ["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"];

function transportOf(b: Uint8Array, proto: number): LogEntry["transport"] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if ((proto === 6 && b.length >= 14) || ((proto === 17 || proto === 132) && b.length >= 4)) {
    const t = { proto: protoName(proto), sport: v.getUint16(0), dport: v.getUint16(2) };
    if (proto !== 6) return t;
    return { ...t, flags: TCP_FLAGS.filter((_, i) => (b[13] >> i) & 1).join(",") };
  }
  if ((proto === 1 || proto === 58) && b.length >= 2) return { proto: protoName(proto), type: b[0], code: b[1] };
  return null;
}

/** A decoded record as a log entry; `rules` gives a rule's canonical text by index. */
export function toEntry(r: LogRecord, chain: string, wall: (bootNs: bigint) => bigint, rules: (i: number) => string | null): LogEntry {
  const base = { time: isoMicros(wall(r.bootNs)), chain, rule: r.rule, ruleText: rules(r.rule), hook: r.hook, verdict: r.verdict };
  if (r.kind === "socket") {
    return {
      ...base, kind: "socket", pid: r.pid, comm: r.comm, family: r.family === 2 ? "ipv4" : "ipv6", proto: protoName(r.l4proto),
      dst: ipText(r.daddr), ...(r.saddr.some((x) => x !== 0) ? { src: ipText(r.saddr) } : {}), port: r.port,
    };
  }
  const internet = r.internet.length > 0 ? internetOf(r.internet) : null;
  const proto = r.l4proto || (internet?.proto ?? 0);
  return {
    ...base, kind: "packet", length: r.packetLength,
    link: r.link.length >= 14 ? { dst: mac(r.link.subarray(0, 6)), src: mac(r.link.subarray(6, 12)), ethertype: (r.link[12] << 8) | r.link[13] } : null,
    internet, transport: r.transport.length > 0 ? transportOf(r.transport, proto) : null,
  };
}

/** One text line: time, chain, rule, verdict, then what the headers say. */
export function formatEntry(e: LogEntry): string {
  const head = `${e.time} ${e.chain} rule ${e.rule} ${e.verdict}`;
  const tail = e.ruleText ? `  # ${e.ruleText}` : "";
  if (e.kind === "socket") {
    const from = e.src ? ` from ${e.src}` : "";
    return `${head} pid ${e.pid} (${e.comm}) ${e.proto} ${e.family} ${e.dst} port ${e.port}${from}${tail}`;
  }
  const parts = [`len ${e.length}`];
  if (e.link) parts.push(`${e.link.src} > ${e.link.dst} ethertype 0x${e.link.ethertype.toString(16).padStart(4, "0")}`);
  if (e.internet) parts.push(`IPv${e.internet.version} ${e.internet.src} > ${e.internet.dst} ttl ${e.internet.ttl} ${protoName(e.internet.proto)}`);
  const t = e.transport;
  if (t?.type !== undefined) parts.push(`${t.proto} type ${t.type} code ${t.code}`);
  else if (t) parts.push(`${t.proto} ${t.sport} > ${t.dport}${t.flags ? ` [${t.flags}]` : ""}`);
  return `${head} ${parts.join(" | ")}${tail}`;
}

export interface ChainLog {
  chain: string;
  meta: HostMeta;
  reader: RingBufferReader;
  /** Drains every pending record as entries. */
  drain(each: (e: LogEntry) => void): number;
  close(): void;
}

/**
 * Opens the `log` ring buffer of loaded chain `name`. The shared lock is held only while the
 * metadata is read and the map opened, so a long-running reader never blocks `bfr update`.
 */
export function openChainLog(name: string, opts: HostOptions = {}, ring?: RingSys): ChainLog {
  checkChainName(name);
  const missing = (): never => {
    throw new BfrError("BFR5106", `chain "${name}" is not loaded`, "see `bfr list`");
  };
  const { meta, fd, sys } = readSession(opts, missing, (s) => {
    const dir = chainDir(s.l, name);
    if (s.sys.fsType(dir) < 0) missing();
    const meta = readMeta(s.sys, join(dir, PIN.meta));
    const log = meta.maps.find((m) => m.role?.kind === "log");
    if (!log) throw new BfrError("BFR5122", `chain "${name}" has no log map (no rule uses \`log\`)`);
    const fd = objGet(s.sys, join(dir, mapPin(log.name)));
    if (fd < 0) throw new BfrError("BFR5122", `chain "${name}": log map "${log.name}": open: ${errnoText(-fd)}`);
    return { meta, fd, sys: s.sys };
  });
  let reader: RingBufferReader;
  try {
    reader = RingBufferReader.open(sys, fd, `chain "${name}": log map`, ring);
  } catch (e) {
    sys.close(fd);
    throw e;
  }
  const wall = bootClock();
  const rules = (i: number): string | null => meta.chain?.rules.find((r) => r.index === i)?.text ?? null;
  let closed = false;
  return {
    chain: name, meta, reader,
    drain: (each) => reader.drain((bytes) => each(toEntry(decodeLogRecord(bytes), name, wall, rules))),
    close() {
      if (closed) return;
      closed = true;
      reader.close();
      sys.close(fd);
    },
  };
}
