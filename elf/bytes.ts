// Little-endian byte helpers for the ELF, BTF and metadata codecs: a growable writer that zero-fills
// padding (determinism), and a bounds-checked reader that turns every out-of-range access into a
// BfrError, so malformed objects never surface as RangeError.

import { BfrError } from "./errors.js";

export class ByteWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): this {
    this.ensure(1);
    this.buf[this.length++] = v & 0xff;
    return this;
  }

  u16(v: number): this {
    this.ensure(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
    return this;
  }

  u32(v: number): this {
    this.ensure(4);
    this.view.setUint32(this.length, v >>> 0, true);
    this.length += 4;
    return this;
  }

  u64(v: number): this {
    this.ensure(8);
    this.view.setBigUint64(this.length, BigInt(v), true);
    this.length += 8;
    return this;
  }

  bytes(b: Uint8Array): this {
    this.ensure(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }

  /** Zero bytes up to the next multiple of `n`. */
  align(n: number): this {
    const pad = (n - (this.length % n)) % n;
    this.ensure(pad);
    this.buf.fill(0, this.length, this.length + pad);
    this.length += pad;
    return this;
  }

  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  private readonly view: DataView;

  /** `what` names the data in error messages ("ELF", ".BTF", …); `code` is the BfrError code. */
  constructor(readonly bytes: Uint8Array, readonly what: string, readonly code: string) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  fail(message: string): never {
    throw new BfrError(this.code, `${this.what}: ${message}`);
  }

  check(off: number, len: number): void {
    if (!Number.isSafeInteger(off) || !Number.isSafeInteger(len) || off < 0 || len < 0 || off + len > this.bytes.length) {
      this.fail(`truncated: ${len} bytes at offset ${off} are past the end (${this.bytes.length} bytes)`);
    }
  }

  u8(off: number): number {
    this.check(off, 1);
    return this.bytes[off];
  }

  u16(off: number): number {
    this.check(off, 2);
    return this.view.getUint16(off, true);
  }

  u32(off: number): number {
    this.check(off, 4);
    return this.view.getUint32(off, true);
  }

  i32(off: number): number {
    this.check(off, 4);
    return this.view.getInt32(off, true);
  }

  /** A 64-bit field that must fit a JavaScript safe integer (offsets, sizes). */
  u64(off: number): number {
    this.check(off, 8);
    const v = this.view.getBigUint64(off, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`64-bit value ${v} at offset ${off} is too large`);
    return Number(v);
  }

  slice(off: number, len: number): Uint8Array {
    this.check(off, len);
    return this.bytes.subarray(off, off + len);
  }

  /** NUL-terminated UTF-8 string starting at `off`. */
  cstring(off: number): string {
    this.check(off, 0);
    const end = this.bytes.indexOf(0, off);
    if (end < 0) this.fail(`string at offset ${off} is not NUL-terminated`);
    return utf8.decode(this.bytes.subarray(off, end));
  }
}

const utf8 = new TextDecoder("utf-8");
export const encodeUtf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const decodeUtf8 = (b: Uint8Array): string => utf8.decode(b);
