// Reading a BPF ring buffer map (BPF_MAP_TYPE_RINGBUF) from user space, as the kernel documents it
// (Documentation/bpf/ringbuf.rst, kernel/bpf/ringbuf.c): mmap the consumer page read-write at
// offset 0, and the producer page plus the data area — which the kernel maps twice in a row, so a
// record that wraps is still contiguous — read-only at offset one page. Each record starts with an
// 8-byte header {u32 len | BUSY_BIT | DISCARD_BIT, u32 page offset}; records are 8-byte aligned.
// The reader stops at a record still being written (busy), skips discarded ones, and publishes the
// consumer position after each record so the producer can reuse the space.

import { BfrError } from "../elf/errors.js";
import { MAP_TYPE } from "../elf/spec.js";
import { objGetInfo } from "./bpf.js";
import { nativeAddon } from "./native.js";
import { errnoText, type Sys } from "./sys.js";

/** UAPI linux/bpf.h BPF_RINGBUF_BUSY_BIT / BPF_RINGBUF_DISCARD_BIT / BPF_RINGBUF_HDR_SZ. */
export const RINGBUF_BUSY = 0x80000000;
export const RINGBUF_DISCARD = 0x40000000;
export const RINGBUF_HDR = 8;

const PROT_READ = 1;
const PROT_WRITE = 2;

/** The system calls a ring buffer reader needs beyond Sys (the addon's). */
export interface RingSys {
  mmap(fd: number, length: number, prot: number, offset: number): ArrayBuffer | number;
  munmap(buffer: ArrayBuffer): number;
  poll(fd: number, timeoutMs: number): number;
  pageSize(): number;
}

export function realRingSys(): RingSys {
  const n = nativeAddon();
  return { mmap: (...a) => n.mmap(...a), munmap: (b) => n.munmap(b), poll: (fd, t) => n.poll(fd, t), pageSize: () => n.pageSize() };
}

const fail = (message: string): never => {
  throw new BfrError("BFR5121", message);
};

export class RingBufferReader {
  private readonly consumer: ArrayBuffer;
  private readonly producer: ArrayBuffer;
  private readonly cons: BigUint64Array;
  private readonly prod: BigUint64Array;
  private readonly data: Uint8Array;
  private readonly words: Uint32Array;
  private readonly mask: bigint;
  private closed = false;

  private constructor(private readonly ring: RingSys, readonly fd: number, readonly size: number, page: number,
    consumer: ArrayBuffer, producer: ArrayBuffer) {
    this.consumer = consumer;
    this.producer = producer;
    this.cons = new BigUint64Array(consumer, 0, 1);
    this.prod = new BigUint64Array(producer, 0, 1);
    this.data = new Uint8Array(producer, page, 2 * size);
    this.words = new Uint32Array(producer, page, (2 * size) / 4);
    this.mask = BigInt(size - 1);
  }

  /** Maps the ring buffer map `fd` (which the caller keeps owning); `what` names it in errors. */
  static open(sys: Sys, fd: number, what: string, ring: RingSys = realRingSys()): RingBufferReader {
    const info = Buffer.alloc(88); // struct bpf_map_info: type@0, max_entries@16
    const rc = objGetInfo(sys, fd, info);
    if (rc < 0) fail(`${what}: map info: ${errnoText(-rc)}`);
    if (info.readUInt32LE(0) !== MAP_TYPE.RINGBUF) fail(`${what}: map type ${info.readUInt32LE(0)} is not a ring buffer (${MAP_TYPE.RINGBUF})`);
    const size = info.readUInt32LE(16);
    const page = ring.pageSize();
    const consumer = ring.mmap(fd, page, PROT_READ | PROT_WRITE, 0);
    if (typeof consumer === "number") return fail(`${what}: mmap consumer page: ${errnoText(-consumer)}`);
    const producer = ring.mmap(fd, page + 2 * size, PROT_READ, page);
    if (typeof producer === "number") {
      ring.munmap(consumer);
      return fail(`${what}: mmap producer page and data: ${errnoText(-producer)}`);
    }
    return new RingBufferReader(ring, fd, size, page, consumer, producer);
  }

  /**
   * Hands every complete record to `each` (a copy of its bytes), oldest first, advancing the
   * consumer position after each; stops at a record still being written. Returns how many.
   */
  drain(each: (record: Uint8Array) => void, limit = Infinity): number {
    if (this.closed) fail("ring buffer reader is closed");
    let n = 0;
    let cons = Atomics.load(this.cons, 0);
    while (n < limit) {
      const prod = Atomics.load(this.prod, 0); // acquire: the records up to here are published
      if (cons >= prod) break;
      const off = Number(cons & this.mask);
      const hdr = Atomics.load(this.words, off / 4);
      if ((hdr & RINGBUF_BUSY) !== 0) break;
      const len = hdr & 0x3fffffff; // without BUSY and DISCARD
      const total = BigInt((len + RINGBUF_HDR + 7) & ~7);
      if ((hdr & RINGBUF_DISCARD) === 0) {
        const record = this.data.slice(off + RINGBUF_HDR, off + RINGBUF_HDR + len);
        cons += total;
        Atomics.store(this.cons, 0, cons); // release the space before the callback may throw
        n++;
        each(record);
      } else {
        cons += total;
        Atomics.store(this.cons, 0, cons);
      }
    }
    return n;
  }

  /** Bytes written and not yet consumed. */
  pending(): number {
    return Number(Atomics.load(this.prod, 0) - Atomics.load(this.cons, 0));
  }

  /** Waits up to `timeoutMs` for data (poll on the map fd); true when there is some. */
  wait(timeoutMs: number): boolean {
    if (this.pending() > 0) return true;
    const rc = this.ring.poll(this.fd, timeoutMs);
    if (rc < 0 && rc !== -4 /* EINTR */) fail(`poll: ${errnoText(-rc)}`);
    return rc > 0;
  }

  /** Unmaps both areas (idempotent); the fd stays the caller's. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ring.munmap(this.producer);
    this.ring.munmap(this.consumer);
  }
}
