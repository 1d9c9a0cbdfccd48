// Set keys and set bodies: validates a key `(f1, f2, …)` against LANGUAGE.md §4 and packs a body
// straight into one Uint8Array in the layout of compiler/model.ts (components back to back in
// network byte order; LPM keys as u32 little-endian prefix length + masked address). Duplicates
// are removed with an open-addressing hash of the packed bytes, so a million elements cost a few
// typed arrays and no per-element objects.

import type { AstSetBody, AstSetKey } from "../../grammar/ast.js";
import type { Span } from "../../grammar/span.js";
import type { HookName } from "../../elf/hooks.js";
import { FIELDS, type Field, type KeyComponent, type MatchValue, type SetDef } from "../model.js";
import { FIELD_SPECS, hookList } from "./fields.js";
import { didYouMean } from "./names.js";
import { Fail } from "./values.js";

export type Report = (code: string, message: string, span: Span, hint?: string, warning?: boolean) => void;

export interface KeyPlan {
  fields: Field[];
  comps: KeyComponent[];
  keySize: number;
  lpm: boolean;
}

export function isField(s: string): s is Field {
  return (FIELDS as readonly string[]).includes(s);
}

export function unknownField(name: string, span: Span, report: Report): void {
  report("BFR2002", `unknown matcher '${name}'`, span, didYouMean(name, FIELDS) ?? "matchers look like 'ip4.saddr' or 'tcp.dport'; see LANGUAGE.md §4");
}

/** Validates a set key; null (after reporting) when it is unusable. */
export function checkKey(key: AstSetKey, hook: HookName | null, report: Report): KeyPlan | null {
  let ok = true;
  const fields: Field[] = [];
  if (key.fields.length > 8) {
    report("BFR2021", `set key has ${key.fields.length} components; the limit is 8`, key.span, "split the set in two");
    ok = false;
  }
  for (const w of key.fields) {
    if (!isField(w.text)) {
      unknownField(w.text, w.span, report);
      ok = false;
      continue;
    }
    const spec = FIELD_SPECS[w.text];
    if (spec.keyWidth === 0) {
      report("BFR2021", `'${w.text}' cannot be a set key component`, w.span,
        "set keys are built from addresses, networks, ports, protocols and ICMP types/codes; match it in the rule instead");
      ok = false;
    } else if (spec.network && key.fields.length > 1) {
      report("BFR2021", `network '${w.text}' must be the only component of its set key`, w.span,
        `use a set keyed by (${w.text}) alone, or '${w.text.replace("net", "addr")}' for exact addresses`);
      ok = false;
    } else if (hook !== null && !spec.hooks.has(hook)) {
      report("BFR2009", `'${w.text}' is not available on ${hook}`, w.span, `it works on: ${hookList(w.text)}`);
      ok = false;
    } else if (fields.includes(w.text)) {
      // bfcli accepts repeated components (bpfilter does not check), so we do too: each copy is
      // filled from the same packet field, so only elements repeating one value can match.
      report("BFR2504", `'${w.text}' appears more than once in the set key`, w.span,
        "a packet can only match elements that give every copy the same value; drop the repeat unless that is what you mean", true);
    }
    fields.push(w.text);
  }
  if (!ok) return null;
  const lpm = FIELD_SPECS[fields[0]].network;
  const comps: KeyComponent[] = [];
  let offset = lpm ? 4 : 0;
  for (const f of fields) {
    comps.push({ field: f, offset, width: FIELD_SPECS[f].keyWidth });
    offset += FIELD_SPECS[f].keyWidth;
  }
  return { fields, comps, keySize: offset, lpm };
}

/** Fast path for the common case: an IPv4 dotted quad straight from the source text. */
function packIPv4(src: string, start: number, end: number, out: Uint8Array, off: number): boolean {
  let part = 0;
  let val = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? src.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      if (digits === 1 && val === 0) return false; // leading zero, as inet_pton
      val = val * 10 + c - 48;
      if (++digits > 3) return false;
    } else if (c === 46) {
      if (digits === 0 || val > 255 || part > 3) return false;
      out[off + part++] = val;
      val = 0;
      digits = 0;
    } else return false;
  }
  return part === 4;
}

function encode(v: MatchValue, c: KeyComponent, out: Uint8Array, base: number): void {
  if (v.kind === "int") {
    for (let i = 0; i < c.width; i++) out[base + c.offset + i] = (v.value >>> (8 * (c.width - 1 - i))) & 0xff;
  } else if (v.kind === "addr") {
    out.set(v.bytes, base + c.offset);
  } else if (v.kind === "prefix") {
    // struct bpf_lpm_trie_key: __u32 prefixlen in host (little-endian) order, then the data.
    out[base] = v.len & 0xff;
    out[base + 1] = 0;
    out[base + 2] = 0;
    out[base + 3] = 0;
    out.set(v.bytes, base + c.offset);
  }
}

function packComponent(src: string, s: number, e: number, c: KeyComponent, out: Uint8Array, base: number): Fail | null {
  if ((c.field === "ip4.saddr" || c.field === "ip4.daddr") && packIPv4(src, s, e, out, base + c.offset)) return null;
  const text = src.slice(s, e);
  if (c.width === 2 && text.includes("-")) {
    return new Fail("BFR2022", `port range '${text}' cannot be a set element`, "list the ports one by one, or use a 'range' matcher in a rule");
  }
  const v = FIELD_SPECS[c.field].parse("eq", text);
  if (v instanceof Fail) return v;
  encode(v, c, out, base);
  return null;
}

const MAX_ELEMENT_ERRORS = 10;

/** Sets that had invalid elements: no "empty set" warning on top of their errors. */
export const setsWithErrors = new WeakSet<SetDef>();

/** Packs `body` for `plan`; reports bad elements (at most 10, then a count). */
export function packSet(name: string | null, plan: KeyPlan, body: AstSetBody, src: string, report: Report): SetDef {
  const els = body.elements;
  const n = plan.comps.length;
  const size = plan.keySize;
  const out = new Uint8Array(els.count * size);
  const dedupe = new Deduper(els.count, size, out);
  let errors = 0;
  const fail = (code: string, msg: string, span: Span, hint?: string) => {
    if (errors++ < MAX_ELEMENT_ERRORS) report(code, msg, span, hint);
  };
  let kept = 0;
  for (let i = 0; i < els.count; i++) {
    const c0 = els.first[i];
    const cn = els.first[i + 1] - c0;
    const base = kept * size;
    const elStart = els.comps[2 * c0];
    const elSpan = { start: elStart, length: els.comps[2 * (c0 + cn - 1) + 1] - elStart };
    if (cn !== n) {
      fail("BFR2022", `set element has ${cn} value${cn === 1 ? "" : "s"} but the key (${plan.fields.join(", ")}) has ${n}`, elSpan,
        n === 1 ? "separate elements with ';' or a new line; ',' separates key components" : `write ${n} values separated by ',', one per key component`);
      continue;
    }
    let bad = false;
    for (let j = 0; j < n && !bad; j++) {
      const s = els.comps[2 * (c0 + j)];
      const e = els.comps[2 * (c0 + j) + 1];
      const f = packComponent(src, s, e, plan.comps[j], out, base);
      if (f) {
        const where = f.message.includes("set element") ? "" : " in set element";
        const which = n > 1 ? ` (key component ${j + 1}, '${plan.fields[j]}')` : "";
        fail(f.code, `${f.message}${where}${which}`, { start: s, length: e - s }, f.hint);
        bad = true;
      }
    }
    if (!bad && dedupe.add(kept)) kept++;
  }
  if (errors > MAX_ELEMENT_ERRORS) {
    report("BFR2022", `${errors - MAX_ELEMENT_ERRORS} more invalid element(s) in this set`, { start: body.span.start + body.span.length - 1, length: 1 }, "fix the elements reported above first");
  }
  const def: SetDef = {
    name, key: plan.comps, keySize: size, lpm: plan.lpm, count: kept,
    data: kept === els.count ? out : out.slice(0, kept * size), span: body.span,
  };
  if (errors > 0) setsWithErrors.add(def);
  return def;
}

/** Open-addressing hash set over packed keys stored in `data` (slot = element index + 1). */
class Deduper {
  private readonly table: Int32Array;
  private readonly mask: number;
  constructor(count: number, private readonly size: number, private readonly data: Uint8Array) {
    let cap = 16;
    while (cap < count * 2) cap *= 2;
    this.table = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** Adds element `idx` (already written at idx*size); false if an equal key is present. */
  add(idx: number): boolean {
    const d = this.data;
    const base = idx * this.size;
    let h = 0x811c9dc5;
    for (let i = 0; i < this.size; i++) h = Math.imul(h ^ d[base + i], 0x01000193);
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const cur = this.table[slot];
      if (cur === 0) {
        this.table[slot] = idx + 1;
        return true;
      }
      const ob = (cur - 1) * this.size;
      let same = true;
      for (let i = 0; i < this.size; i++) {
        if (d[ob + i] !== d[base + i]) {
          same = false;
          break;
        }
      }
      if (same) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}
