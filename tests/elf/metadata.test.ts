// The `.bfr.*` metadata codec: round trip, determinism, compactness of large sets, foreign objects
// (no metadata → null), and refusal of an unknown major version and of corrupt data.

import { describe, expect, it } from "vitest";
import { BfrError } from "../../elf/errors.js";
import { decodeMetadata, encodeMetadata } from "../../elf/metadata-codec.js";
import { metadata } from "./fixtures.js";

const fails = (f: () => unknown, code: string, message: RegExp) => {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(BfrError);
  expect((err as BfrError).code).toBe(code);
  expect((err as BfrError).message).toMatch(message);
};

describe("metadata codec", () => {
  it("round-trips and is deterministic", () => {
    const m = metadata(1000);
    const sections = encodeMetadata(m);
    expect(sections.map((s) => s.name)).toEqual(["meta", "sets"]);
    expect(decodeMetadata(sections)).toEqual(m);
    // Key order of the input object does not matter: the JSON is written field by field.
    const shuffled = { sets: m.sets, chains: m.chains.map((c) => ({ ...c, name: c.name })).reverse(), source: m.source, version: m.version };
    expect(encodeMetadata(shuffled)[0].data).toEqual(sections[0].data);
  });

  it("keeps a 100k-element set at its raw key bytes", () => {
    const sections = encodeMetadata(metadata(100_000));
    const sets = sections.find((s) => s.name === "sets")!;
    expect(sets.data.length).toBeLessThan(100_000 * 4 + 64);
    const back = decodeMetadata(sections)!;
    expect(back.sets[0].count).toBe(100_000);
    expect(Buffer.compare(back.sets[0].keys, metadata(100_000).sets[0].keys)).toBe(0);
  });

  it("returns null for an object without metadata", () => {
    expect(decodeMetadata([])).toBeNull();
  });

  it("refuses an unknown major version", () => {
    const m = { ...metadata(1), version: { major: 2, minor: 0 } };
    fails(() => decodeMetadata(encodeMetadata(m)), "BFR4010", /format 2\.0 is not supported/);
  });

  it("accepts a newer minor version", () => {
    const m = { ...metadata(1), version: { major: 1, minor: 7 } };
    expect(decodeMetadata(encodeMetadata(m))?.version).toEqual({ major: 1, minor: 7 });
  });

  it("refuses corrupt data", () => {
    const [meta, sets] = encodeMetadata(metadata(4));
    fails(() => decodeMetadata([{ name: "meta", data: meta.data.subarray(0, 10) }]), "BFR4011", /not valid JSON/);
    fails(() => decodeMetadata([meta, { name: "sets", data: sets.data.subarray(0, sets.data.length - 1) }]), "BFR4011", /truncated/);
    const bad = JSON.parse(new TextDecoder().decode(meta.data));
    bad.chains[0].hook = "BF_HOOK_NOPE";
    fails(() => decodeMetadata([{ name: "meta", data: new TextEncoder().encode(JSON.stringify(bad)) }]), "BFR4011", /unknown hook/);
  });

  it("refuses to encode keys that do not match count × keySize", () => {
    const m = metadata(4);
    m.sets[0].count = 5;
    fails(() => encodeMetadata(m), "BFR4012", /16 key bytes for 5 keys/);
  });
});
