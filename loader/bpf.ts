// bpf(2) commands, one encoder per command: each lays out its `union bpf_attr` in a zeroed buffer
// (little-endian, offsets from UAPI linux/bpf.h, listed in docs KERNEL/OBJECT-FORMAT) and names the
// pointer fields the native side fills. They return the raw result (≥ 0 or -errno); callers add
// context with sys.check(). Nothing here owns an fd.

import type { Sys } from "./sys.js";

/** enum bpf_cmd (UAPI linux/bpf.h). */
export const CMD = {
  MAP_CREATE: 0, MAP_LOOKUP_ELEM: 1, MAP_UPDATE_ELEM: 2, MAP_DELETE_ELEM: 3, MAP_GET_NEXT_KEY: 4,
  PROG_LOAD: 5, OBJ_PIN: 6, OBJ_GET: 7, PROG_TEST_RUN: 10, OBJ_GET_INFO_BY_FD: 15, BTF_LOAD: 18,
  MAP_FREEZE: 22, MAP_LOOKUP_BATCH: 24, MAP_UPDATE_BATCH: 26, LINK_CREATE: 28, LINK_UPDATE: 29,
  LINK_DETACH: 34,
} as const;

/** Commands whose non-negative result is a new fd (for fd accounting). */
export const FD_RETURNING: ReadonlySet<number> = new Set([
  CMD.MAP_CREATE, CMD.PROG_LOAD, CMD.OBJ_GET, CMD.BTF_LOAD, CMD.LINK_CREATE,
  13 /* PROG_GET_FD_BY_ID */, 14 /* MAP_GET_FD_BY_ID */, 19 /* BTF_GET_FD_BY_ID */, 30 /* LINK_GET_FD_BY_ID */,
]);

/** BPF_ANY / BPF_NOEXIST / BPF_EXIST for element updates. */
export const UPDATE = { ANY: 0, NOEXIST: 1, EXIST: 2 } as const;
/** BPF_F_REPLACE for LINK_UPDATE. */
export const F_REPLACE = 4;

// Large enough for every field we set (log_true_size @140); the kernel accepts a shorter or longer
// attr as long as bytes it does not know are zero.
const ATTR_SIZE = 160;

function attr(): Buffer {
  return Buffer.alloc(ATTR_SIZE);
}

function cstr(s: string): Buffer {
  return Buffer.from(`${s}\0`, "utf8");
}

/** Object names keep 15 characters + NUL; the kernel accepts only [A-Za-z0-9_.]. */
export function objName(name: string): string {
  return name.replace(/[^A-Za-z0-9_.]/g, "_").slice(0, 15);
}

export interface MapCreateAttr {
  type: number; keySize: number; valueSize: number; maxEntries: number; flags: number; name: string;
  btfFd?: number; btfKeyTypeId?: number; btfValueTypeId?: number;
}

export function mapCreate(sys: Sys, m: MapCreateAttr): number {
  const a = attr();
  a.writeUInt32LE(m.type, 0);
  a.writeUInt32LE(m.keySize, 4);
  a.writeUInt32LE(m.valueSize, 8);
  a.writeUInt32LE(m.maxEntries, 12);
  a.writeUInt32LE(m.flags >>> 0, 16);
  a.write(objName(m.name), 28, 15, "latin1");
  if (m.btfFd !== undefined && m.btfFd >= 0 && m.btfKeyTypeId && m.btfValueTypeId) {
    a.writeUInt32LE(m.btfFd, 48);
    a.writeUInt32LE(m.btfKeyTypeId, 52);
    a.writeUInt32LE(m.btfValueTypeId, 56);
  }
  return sys.bpf(CMD.MAP_CREATE, a);
}

function elemAttr(fd: number, flags: number): Buffer {
  const a = attr();
  a.writeUInt32LE(fd, 0);
  a.writeBigUInt64LE(BigInt(flags), 24);
  return a;
}

export function mapUpdate(sys: Sys, fd: number, key: Buffer, value: Buffer, flags: number = UPDATE.ANY): number {
  return sys.bpf(CMD.MAP_UPDATE_ELEM, elemAttr(fd, flags), [[8, key], [16, value]]);
}

/** Fills `value` (valueSize, or per-CPU slots × possible CPUs). 0 or -ENOENT. */
export function mapLookup(sys: Sys, fd: number, key: Buffer, value: Buffer): number {
  return sys.bpf(CMD.MAP_LOOKUP_ELEM, elemAttr(fd, 0), [[8, key], [16, value]]);
}

export function mapDelete(sys: Sys, fd: number, key: Buffer): number {
  return sys.bpf(CMD.MAP_DELETE_ELEM, elemAttr(fd, 0), [[8, key]]);
}

/** `key` null starts from the first key. Returns 0, or -ENOENT after the last key. */
export function mapGetNextKey(sys: Sys, fd: number, key: Buffer | null, next: Buffer): number {
  return sys.bpf(CMD.MAP_GET_NEXT_KEY, elemAttr(fd, 0), [[8, key], [16, next]]);
}

/**
 * MAP_UPDATE_BATCH: `count` keys and values back to back. The attr's `batch` struct:
 * in_batch@0 out_batch@8 keys@16 values@24 count@32 map_fd@36 elem_flags@40 flags@48.
 * Returns the result and how many elements the kernel processed (count is in/out).
 */
export function mapUpdateBatch(sys: Sys, fd: number, keys: Buffer, values: Buffer, count: number): { rc: number; done: number } {
  const a = attr();
  a.writeUInt32LE(count, 32);
  a.writeUInt32LE(fd, 36);
  const rc = sys.bpf(CMD.MAP_UPDATE_BATCH, a, [[16, keys], [24, values]]);
  return { rc, done: a.readUInt32LE(32) };
}

/**
 * MAP_LOOKUP_BATCH from the start (in_batch null): up to `count` keys and values; `outBatch` gets
 * the resume token (key-sized for arrays). -ENOENT means the map ended within this batch.
 */
export function mapLookupBatch(sys: Sys, fd: number, outBatch: Buffer, keys: Buffer, values: Buffer, count: number): { rc: number; done: number } {
  const a = attr();
  a.writeUInt32LE(count, 32);
  a.writeUInt32LE(fd, 36);
  const rc = sys.bpf(CMD.MAP_LOOKUP_BATCH, a, [[0, null], [8, outBatch], [16, keys], [24, values]]);
  return { rc, done: a.readUInt32LE(32) };
}

export function mapFreeze(sys: Sys, fd: number): number {
  const a = attr();
  a.writeUInt32LE(fd, 0);
  return sys.bpf(CMD.MAP_FREEZE, a);
}

export interface ProgLoadAttr {
  type: number;
  insns: Buffer;
  license: string;
  name: string;
  expectedAttachType: number;
  log?: { level: number; buf: Buffer };
  btfFd?: number;
  /** struct bpf_func_info records (8 bytes: insn_off, type_id). */
  funcInfo?: Buffer;
  /** struct bpf_line_info records (16 bytes: insn_off, file_name_off, line_off, line_col). */
  lineInfo?: Buffer;
  flags?: number;
}

/** PROG_LOAD: fd or -errno, and log_true_size (the log size the kernel needed, ≥ 6.4). */
export function progLoad(sys: Sys, p: ProgLoadAttr): { rc: number; logTrueSize: number } {
  const a = attr();
  const ptrs: [number, Buffer | null][] = [[8, p.insns], [16, cstr(p.license)]];
  a.writeUInt32LE(p.type, 0);
  a.writeUInt32LE(p.insns.length / 8, 4);
  if (p.log) {
    a.writeUInt32LE(p.log.level, 24);
    a.writeUInt32LE(p.log.buf.length, 28);
    ptrs.push([32, p.log.buf]);
  }
  a.writeUInt32LE(p.flags ?? 0, 44);
  a.write(objName(p.name), 48, 15, "latin1");
  a.writeUInt32LE(p.expectedAttachType, 68);
  if (p.btfFd !== undefined && p.btfFd >= 0) {
    a.writeUInt32LE(p.btfFd, 72);
    if (p.funcInfo && p.funcInfo.length > 0) {
      a.writeUInt32LE(8, 76);
      ptrs.push([80, p.funcInfo]);
      a.writeUInt32LE(p.funcInfo.length / 8, 88);
    }
    if (p.lineInfo && p.lineInfo.length > 0) {
      a.writeUInt32LE(16, 92);
      ptrs.push([96, p.lineInfo]);
      a.writeUInt32LE(p.lineInfo.length / 16, 104);
    }
  }
  const rc = sys.bpf(CMD.PROG_LOAD, a, ptrs);
  return { rc, logTrueSize: a.readUInt32LE(140) };
}

/** BTF_LOAD: btf@0 btf_log_buf@8 btf_size@16 btf_log_size@20 btf_log_level@24. */
export function btfLoad(sys: Sys, btf: Buffer, log?: { level: number; buf: Buffer }): number {
  const a = attr();
  const ptrs: [number, Buffer | null][] = [[0, btf]];
  a.writeUInt32LE(btf.length, 16);
  if (log) {
    ptrs.push([8, log.buf]);
    a.writeUInt32LE(log.buf.length, 20);
    a.writeUInt32LE(log.level, 24);
  }
  return sys.bpf(CMD.BTF_LOAD, a, ptrs);
}

export interface TestRunAttr {
  progFd: number;
  data: Buffer;
  repeat?: number;
  ctxIn?: Buffer;
  ctxOut?: Buffer;
  dataOut?: Buffer;
  flags?: number;
}

export interface TestRunResult { rc: number; retval: number; duration: number; dataSizeOut: number; ctxSizeOut: number }

/**
 * PROG_TEST_RUN: prog_fd@0 retval@4 data_size_in@8 data_size_out@12 data_in@16 data_out@24
 * repeat@32 duration@36 ctx_size_in@40 ctx_size_out@44 ctx_in@48 ctx_out@56 flags@64.
 * `retval` is read as a signed 32-bit value (TCX_NEXT is -1).
 */
export function progTestRun(sys: Sys, t: TestRunAttr): TestRunResult {
  const a = attr();
  const ptrs: [number, Buffer | null][] = [[16, t.data]];
  a.writeUInt32LE(t.progFd, 0);
  a.writeUInt32LE(t.data.length, 8);
  if (t.dataOut) {
    a.writeUInt32LE(t.dataOut.length, 12);
    ptrs.push([24, t.dataOut]);
  }
  a.writeUInt32LE(t.repeat ?? 1, 32);
  if (t.ctxIn) {
    a.writeUInt32LE(t.ctxIn.length, 40);
    ptrs.push([48, t.ctxIn]);
  }
  if (t.ctxOut) {
    a.writeUInt32LE(t.ctxOut.length, 44);
    ptrs.push([56, t.ctxOut]);
  }
  a.writeUInt32LE(t.flags ?? 0, 64);
  const rc = sys.bpf(CMD.PROG_TEST_RUN, a, ptrs);
  return { rc, retval: a.readInt32LE(4), duration: a.readUInt32LE(36), dataSizeOut: a.readUInt32LE(12), ctxSizeOut: a.readUInt32LE(44) };
}

/** OBJ_PIN: pathname@0 bpf_fd@8 file_flags@12. */
export function objPin(sys: Sys, fd: number, path: string): number {
  const a = attr();
  a.writeUInt32LE(fd, 8);
  return sys.bpf(CMD.OBJ_PIN, a, [[0, cstr(path)]]);
}

export function objGet(sys: Sys, path: string, fileFlags = 0): number {
  const a = attr();
  a.writeUInt32LE(fileFlags, 12);
  return sys.bpf(CMD.OBJ_GET, a, [[0, cstr(path)]]);
}

/** OBJ_GET_INFO_BY_FD: bpf_fd@0 info_len@4 info@8; fills `info` (a bpf_prog_info/map_info/link_info). */
export function objGetInfo(sys: Sys, fd: number, info: Buffer): number {
  const a = attr();
  a.writeUInt32LE(fd, 0);
  a.writeUInt32LE(info.length, 4);
  return sys.bpf(CMD.OBJ_GET_INFO_BY_FD, a, [[8, info]]);
}

export interface LinkCreateAttr {
  progFd: number;
  /** target_fd (cgroup) or target_ifindex (XDP, TCX). */
  target: number;
  attachType: number;
  flags?: number;
  netfilter?: { pf: number; hooknum: number; priority: number; flags: number };
}

/** LINK_CREATE: prog_fd@0 target@4 attach_type@8 flags@12; netfilter pf@16 hooknum@20 priority@24 flags@28. */
export function linkCreate(sys: Sys, l: LinkCreateAttr): number {
  const a = attr();
  a.writeUInt32LE(l.progFd, 0);
  a.writeUInt32LE(l.target, 4);
  a.writeUInt32LE(l.attachType, 8);
  a.writeUInt32LE(l.flags ?? 0, 12);
  if (l.netfilter) {
    a.writeUInt32LE(l.netfilter.pf, 16);
    a.writeUInt32LE(l.netfilter.hooknum, 20);
    a.writeInt32LE(l.netfilter.priority, 24);
    a.writeUInt32LE(l.netfilter.flags, 28);
  }
  return sys.bpf(CMD.LINK_CREATE, a);
}

/** LINK_UPDATE: link_fd@0 new_prog_fd@4 flags@8 old_prog_fd@12. */
export function linkUpdate(sys: Sys, linkFd: number, newProgFd: number, oldProgFd?: number): number {
  const a = attr();
  a.writeUInt32LE(linkFd, 0);
  a.writeUInt32LE(newProgFd, 4);
  if (oldProgFd !== undefined) {
    a.writeUInt32LE(F_REPLACE, 8);
    a.writeUInt32LE(oldProgFd, 12);
  }
  return sys.bpf(CMD.LINK_UPDATE, a);
}

export function linkDetach(sys: Sys, linkFd: number): number {
  const a = attr();
  a.writeUInt32LE(linkFd, 0);
  return sys.bpf(CMD.LINK_DETACH, a);
}
