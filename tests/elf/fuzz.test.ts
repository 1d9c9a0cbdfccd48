// Property tests: elf/read and the metadata decoder either return a value or throw BfrError with
// a BFR4xxx code — never a RangeError, TypeError or hang — on random bytes, on valid objects with
// bytes flipped, truncated or overwritten, and on corrupted metadata sections.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BfrError } from "../../elf/errors.js";
import { decodeMetadata, encodeMetadata } from "../../elf/metadata-codec.js";
import { readObject } from "../../elf/read.js";
import { writeObject } from "../../elf/write.js";
import { metadata, mixed, withMetadata } from "./fixtures.js";

function outcome(f: () => unknown): "ok" | "bfr" {
  try {
    f();
    return "ok";
  } catch (e) {
    if (e instanceof BfrError && /^BFR4\d{3}$/.test(e.code)) return "bfr";
    throw e;
  }
}

const valid = writeObject(withMetadata(50));

/** A mutation of a valid object: overwrite some bytes, or truncate it. */
const mutated = fc.oneof(
  fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const b = valid.slice();
    for (const [at, v] of edits) b[at] = v;
    return b;
  }),
  fc.nat(valid.length).map((n) => valid.slice(0, n)),
  // Header fields and section headers are where corruption bites hardest: aim there too.
  fc.tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 255 })).map(([at, v]) => {
    const b = valid.slice();
    b[at] = v;
    return b;
  }),
);

describe("readObject never throws anything but BfrError", () => {
  it("on random bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (b) => void outcome(() => readObject(b))), { numRuns: 2000 });
  });

  it("on random bytes behind a valid ELF header", () => {
    const header = valid.slice(0, 64);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 2048 }), (tail) => {
        const b = new Uint8Array(64 + tail.length);
        b.set(header);
        b.set(tail, 64);
        outcome(() => readObject(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("on mutated valid objects", () => {
    let failures = 0;
    fc.assert(fc.property(mutated, (b) => void (outcome(() => readObject(b)) === "bfr" && failures++)), { numRuns: 3000 });
    // The mutations do hit the checks (the property is not vacuous).
    expect(failures).toBeGreaterThan(100);
  });

  it("reads the unmutated object", () => {
    expect(outcome(() => readObject(valid))).toBe("ok");
  });
});

describe("decodeMetadata never throws anything but BfrError", () => {
  const sections = encodeMetadata(metadata(20));
  it("on mutated metadata sections", () => {
    const arb = fc.tuple(
      fc.constantFrom(0, 1),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
    );
    fc.assert(
      fc.property(arb, ([which, edits, cut]) => {
        const copy = sections.map((s) => ({ name: s.name, data: s.data.slice() }));
        const d = copy[which].data;
        for (const [at, v] of edits) d[at % d.length] = v;
        if (cut !== undefined) copy[which].data = d.slice(0, cut % (d.length + 1));
        outcome(() => decodeMetadata(copy));
      }),
      { numRuns: 3000 },
    );
  });

  it("on random section contents", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), fc.uint8Array({ maxLength: 256 }), (meta, sets) => {
        outcome(() => decodeMetadata([{ name: "meta", data: meta }, { name: "sets", data: sets }]));
      }),
      { numRuns: 2000 },
    );
  });

  it("on structurally wrong JSON", () => {
    const json = fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify({ version: { major: 1, minor: 0 }, source: "x", chains: [v] })));
    fc.assert(fc.property(json, (data) => void outcome(() => decodeMetadata([{ name: "meta", data }]))), { numRuns: 1000 });
  });
});

it("mixed() is a valid object (the fuzz seed is meaningful)", () => {
  expect(readObject(writeObject(mixed())).functions.length).toBe(5);
});
