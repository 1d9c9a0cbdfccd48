// Pairs the rules of two versions of a chain, the way a reviewer thinks of an edit: rules whose
// canonical text is kept in order are the same rule; a kept text found elsewhere is a moved rule;
// what is left between two kept rules is paired by position (an edited rule), and the rest was
// added or removed.

import type { RuleMeta } from "../elf/metadata.js";
import { lcsPairs } from "./diff-lcs.js";

export type PairKind = "same" | "moved" | "changed";

export interface RulePair {
  kind: PairKind;
  old: RuleMeta;
  new: RuleMeta;
}

export interface RuleMatching {
  pairs: RulePair[];
  added: RuleMeta[];
  removed: RuleMeta[];
}

export function matchRules(oldRules: readonly RuleMeta[], newRules: readonly RuleMeta[]): RuleMatching {
  const anchors = lcsPairs(oldRules.map((r) => r.text), newRules.map((r) => r.text));
  const pairs: RulePair[] = anchors.map(([i, j]) => ({ kind: "same", old: oldRules[i], new: newRules[j] }));
  const usedOld = new Set(anchors.map(([i]) => i));
  const usedNew = new Set(anchors.map(([, j]) => j));

  // a text kept but not in order: the same rule, moved
  const freeNew = new Map<string, number[]>();
  newRules.forEach((r, j) => {
    if (!usedNew.has(j)) freeNew.set(r.text, [...(freeNew.get(r.text) ?? []), j]);
  });
  oldRules.forEach((r, i) => {
    if (usedOld.has(i)) return;
    const j = freeNew.get(r.text)?.shift();
    if (j === undefined) return;
    pairs.push({ kind: "moved", old: r, new: newRules[j] });
    usedOld.add(i);
    usedNew.add(j);
  });

  // between consecutive kept rules, leftovers pair up by position: an edited rule
  const added: RuleMeta[] = [];
  const removed: RuleMeta[] = [];
  const bounds: [number, number][] = [[-1, -1], ...anchors, [oldRules.length, newRules.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const olds = range(bounds[k][0] + 1, bounds[k + 1][0]).filter((i) => !usedOld.has(i));
    const news = range(bounds[k][1] + 1, bounds[k + 1][1]).filter((j) => !usedNew.has(j));
    const n = Math.min(olds.length, news.length);
    for (let x = 0; x < n; x++) pairs.push({ kind: "changed", old: oldRules[olds[x]], new: newRules[news[x]] });
    removed.push(...olds.slice(n).map((i) => oldRules[i]));
    added.push(...news.slice(n).map((j) => newRules[j]));
  }
  pairs.sort((a, b) => a.new.index - b.new.index);
  return { pairs, added, removed };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
