// Test runs from object bytes: what `bfr test` calls. The object is decoded (elf/read, metadata,
// BTF) and handed to the core in testchain.ts, which loads the chain privately and runs packets.

import { buildBtf } from "../elf/btf.js";
import { decodeMetadata } from "../elf/metadata-codec.js";
import { readObject } from "../elf/read.js";
import type { Sys } from "./sys.js";
import { openInputForTest, type TestChain } from "./testchain.js";

export * from "./testchain.js";

/** Reads the object and loads one chain (the only one, or `chain`): no attach, no pins. */
export async function openChainForTest(objectBytes: Uint8Array, chain?: string, sys?: Sys): Promise<TestChain> {
  const spec = readObject(objectBytes);
  const metadata = spec.bfr.length > 0 ? decodeMetadata(spec.bfr) : null;
  const btf = spec.functions.length > 0 ? buildBtf(spec) : null;
  return openInputForTest({ spec, metadata, btf }, chain, sys);
}
