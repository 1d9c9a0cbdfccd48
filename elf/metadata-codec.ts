// Our `.bfr.*` metadata sections ↔ BfrMetadata. `.bfr.meta` is canonical JSON (fixed key order,
// written field by field) holding the version, source name and chains; `.bfr.sets` is binary so a
// million-element set costs its raw key bytes and nothing more. Both carry the format version;
// an unknown major version is refused (BFR4010), corrupt data is BFR4011.

import { ByteReader, ByteWriter, decodeUtf8, encodeUtf8 } from "./bytes.js";
import { BfrError } from "./errors.js";
import { isHookName } from "./hooks.js";
import { METADATA_VERSION, type BfrMetadata, type ChainMeta, type MapRole, type SetContents } from "./metadata.js";
import type { BfrSection } from "./spec.js";

/** "BFRS": first bytes of `.bfr.sets`. */
const SETS_MAGIC = 0x53524642;

export function encodeMetadata(meta: BfrMetadata): BfrSection[] {
  const json = {
    version: { major: meta.version.major, minor: meta.version.minor },
    source: meta.source,
    chains: meta.chains.map(canonicalChain),
  };
  return [
    { name: "meta", data: encodeUtf8(JSON.stringify(json)) },
    { name: "sets", data: encodeSets(meta) },
  ];
}

function canonicalChain(c: ChainMeta): ChainMeta {
  return {
    name: c.name,
    hook: c.hook,
    program: c.program,
    options: c.options === null ? null : c.options.map((o) => ({ key: o.key, value: o.value })),
    policy: c.policy,
    policySlot: c.policySlot,
    rules: c.rules.map((r) => ({ index: r.index, line: r.line, col: r.col, text: r.text, counterSlot: r.counterSlot })),
    maps: c.maps.map((m) => ({ map: m.map, role: canonicalRole(m.role) })),
    ifaceRefs: c.ifaceRefs.map((r) => ({ name: r.name, insns: [...r.insns] })),
    canonical: c.canonical,
  };
}

const canonicalRole = (r: MapRole): MapRole => (r.kind === "set" ? { kind: "set", set: r.set } : { kind: r.kind });

function encodeSets(meta: BfrMetadata): Uint8Array {
  const w = new ByteWriter().u32(SETS_MAGIC).u16(meta.version.major).u16(meta.version.minor).u32(meta.sets.length);
  for (const s of meta.sets) {
    if (s.keys.length !== s.count * s.keySize) {
      throw new BfrError("BFR4012", `set map "${s.map}": ${s.keys.length} key bytes for ${s.count} keys of ${s.keySize} bytes`);
    }
    const name = encodeUtf8(s.map);
    w.u32(name.length).bytes(name).u32(s.keySize).u32(s.count).u32(s.value.length).bytes(s.keys).bytes(s.value);
  }
  return w.finish();
}

/** The metadata of an object, or null when it has none (a foreign object). */
export function decodeMetadata(sections: BfrSection[]): BfrMetadata | null {
  const meta = sections.find((s) => s.name === "meta");
  if (!meta) return null;
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(meta.data));
  } catch {
    corrupt(".bfr.meta is not valid JSON");
  }
  const top = obj(json, ".bfr.meta");
  const version = obj(top.version, "version");
  const major = int(version, "major", "version");
  const minor = int(version, "minor", "version");
  checkMajor(major, minor);
  const sets = sections.find((s) => s.name === "sets");
  return {
    version: { major, minor },
    source: str(top, "source", ".bfr.meta"),
    chains: arr(top, "chains", ".bfr.meta").map((c, i) => decodeChain(obj(c, `chain ${i}`), `chain ${i}`)),
    sets: sets ? decodeSets(sets.data) : [],
  };
}

function checkMajor(major: number, minor: number): void {
  if (major !== METADATA_VERSION.major) {
    throw new BfrError(
      "BFR4010",
      `object metadata format ${major}.${minor} is not supported (this bfr reads ${METADATA_VERSION.major}.x)`,
      major > METADATA_VERSION.major ? "the object was compiled by a newer bfr; upgrade bfr" : undefined,
    );
  }
}

function decodeChain(c: Record<string, unknown>, at: string): ChainMeta {
  const hook = str(c, "hook", at);
  if (!isHookName(hook)) corrupt(`${at}: unknown hook "${hook}"`);
  const policy = str(c, "policy", at);
  if (policy !== "ACCEPT" && policy !== "DROP" && policy !== "NEXT") corrupt(`${at}: bad policy "${policy}"`);
  const options = c.options === null ? null : arr(c, "options", at).map((o, i) => {
    const ob = obj(o, `${at} option ${i}`);
    return { key: str(ob, "key", at), value: str(ob, "value", at) };
  });
  return {
    name: str(c, "name", at),
    hook: hook as ChainMeta["hook"],
    program: str(c, "program", at),
    options,
    policy: policy as ChainMeta["policy"],
    policySlot: int(c, "policySlot", at),
    rules: arr(c, "rules", at).map((r, i) => {
      const o = obj(r, `${at} rule ${i}`);
      const slot = o.counterSlot === null ? null : int(o, "counterSlot", at);
      return { index: int(o, "index", at), line: int(o, "line", at), col: int(o, "col", at), text: str(o, "text", at), counterSlot: slot };
    }),
    maps: arr(c, "maps", at).map((m, i) => {
      const o = obj(m, `${at} map ${i}`);
      return { map: str(o, "map", at), role: decodeRole(obj(o.role, `${at} map ${i} role`), at) };
    }),
    ifaceRefs: arr(c, "ifaceRefs", at).map((r, i) => {
      const o = obj(r, `${at} iface ref ${i}`);
      return { name: str(o, "name", at), insns: arr(o, "insns", at).map((x) => intValue(x, `${at} iface ref ${i}`)) };
    }),
    canonical: str(c, "canonical", at),
  };
}

function decodeRole(o: Record<string, unknown>, at: string): MapRole {
  const kind = str(o, "kind", at);
  if (kind === "set") return { kind, set: str(o, "set", at) };
  if (kind === "counters" || kind === "log" || kind === "ratelimit" || kind === "scratch") return { kind };
  return corrupt(`${at}: unknown map role "${kind}"`);
}

function decodeSets(data: Uint8Array): SetContents[] {
  const r = new ByteReader(data, ".bfr.sets", "BFR4011");
  if (r.u32(0) !== SETS_MAGIC) r.fail("bad magic");
  checkMajor(r.u16(4), r.u16(6));
  const n = r.u32(8);
  const sets: SetContents[] = [];
  let p = 12;
  for (let i = 0; i < n; i++) {
    const nameLen = r.u32(p);
    const map = decodeUtf8(r.slice(p + 4, nameLen));
    p += 4 + nameLen;
    const keySize = r.u32(p);
    const count = r.u32(p + 4);
    const valueLen = r.u32(p + 8);
    p += 12;
    const keys = r.slice(p, keySize * count).slice();
    p += keySize * count;
    const value = r.slice(p, valueLen).slice();
    p += valueLen;
    sets.push({ map, keySize, count, keys, value });
  }
  if (p !== data.length) r.fail(`${data.length - p} bytes of trailing data`);
  return sets;
}

function corrupt(message: string): never {
  throw new BfrError("BFR4011", `corrupt bfr metadata: ${message}`);
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) corrupt(`${at}: expected an object`);
  return v as Record<string, unknown>;
}

function str(o: Record<string, unknown>, k: string, at: string): string {
  const v = o[k];
  if (typeof v !== "string") corrupt(`${at}: "${k}" should be a string`);
  return v as string;
}

function int(o: Record<string, unknown>, k: string, at: string): number {
  return intValue(o[k], `${at}: "${k}"`);
}

function intValue(v: unknown, at: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) corrupt(`${at} should be an integer`);
  return v as number;
}

function arr(o: Record<string, unknown>, k: string, at: string): unknown[] {
  const v = o[k];
  if (!Array.isArray(v)) corrupt(`${at}: "${k}" should be an array`);
  return v as unknown[];
}
