// `diffObjects(old, new)`: the rule-aware difference between two compiled objects (ours or
// foreign), for `bfr diff` and for bots. This file decodes our `.bfr.*` metadata and hands over
// to diff-core.ts (the comparison) and diff-text.ts (the text a reviewer reads).

import type { ObjectSpec } from "../elf/spec.js";
import { decodeMetadata } from "../elf/metadata-codec.js";
import { diffWith, type DiffResult } from "./diff-core.js";

export type { ChainDiff, DiffResult, FieldChange, InsnLine, MapDiff, RuleDiff, RuleRef } from "./diff-core.js";
export { diffWith } from "./diff-core.js";
export { formatDiff } from "./diff-text.js";

export function diffObjects(oldSpec: ObjectSpec, newSpec: ObjectSpec): DiffResult {
  return diffWith(oldSpec, decodeMetadata(oldSpec.bfr), newSpec, decodeMetadata(newSpec.bfr));
}
