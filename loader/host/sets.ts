// `bfr update-set NAME SET --add E --remove E` as a library function: edits a live chain's set map
// in place (no reload; the running program sees each change at once). Every element is parsed
// before the map is touched, and the edit is all-or-nothing: a failure (full map, missing element)
// puts back what was already added or removed. Also lists a set's live elements for `show`.

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";
import { mapDelete, mapGetNextKey, mapLookup, mapUpdate, UPDATE } from "../bpf.js";
import { check, SysError } from "../sys.js";
import type { HostSys } from "./hostsys.js";
import { openPin } from "./kobj.js";
import { chainDir, checkChainName, mapPin, PIN } from "./layout.js";
import type { WriteResult } from "./load.js";
import { readMeta, type PinnedMap } from "./meta.js";
import { writeSession, type HostOptions } from "./session.js";
import { decodeElement, encodeElement, keySizeOf } from "./set-keys.js";
import { Txn } from "./txn.js";

const ENOENT = 2;
const E2BIG = 7;

export interface SetEdit {
  add?: string[];
  remove?: string[];
}

export interface SetEditResult {
  chain: string;
  set: string;
  added: number;
  removed: number;
  /** Elements added that were already present (no change). */
  unchanged: number;
}

function findSet(maps: PinnedMap[], chain: string, set: string): PinnedMap & { setKey: NonNullable<PinnedMap["setKey"]> } {
  const m = maps.find((x) => x.role?.kind === "set" && x.role.set === set);
  const names = maps.flatMap((x) => (x.role?.kind === "set" ? [x.role.set] : []));
  if (!m) throw new BfrError("BFR5111", `chain "${chain}" has no set "${set}"`, names.length ? `sets: ${names.join(", ")}` : "the chain has no sets");
  if (!m.setKey) throw new BfrError("BFR5111", `set "${set}" of chain "${chain}": its key layout is unknown (anonymous set?)`);
  if (keySizeOf(m.setKey) !== m.keySize) {
    throw new BfrError("BFR5111", `set "${set}": key (${m.setKey.fields.join(", ")}) does not match the map's ${m.keySize}-byte keys`);
  }
  return m as PinnedMap & { setKey: NonNullable<PinnedMap["setKey"]> };
}

function present(sys: HostSys, fd: number, key: Buffer, valueSize: number): Buffer | null {
  const v = Buffer.alloc(valueSize);
  const rc = mapLookup(sys, fd, key, v);
  if (rc === -ENOENT) return null;
  check(rc, "set: look up an element");
  return v;
}

/** Applies removals then additions to the live set map. */
export function updateSet(chain: string, set: string, edit: SetEdit, opts: HostOptions = {}): WriteResult<SetEditResult> {
  checkChainName(chain);
  return writeSession(opts, (s) => {
    const { sys } = s;
    const dir = chainDir(s.l, chain);
    if (sys.fsType(dir) < 0) throw new BfrError("BFR5106", `chain "${chain}" is not loaded`, "see `bfr list`");
    const m = findSet(readMeta(sys, join(dir, PIN.meta)).maps, chain, set);
    const adds = (edit.add ?? []).map((e) => ({ e, key: encodeElement(m.setKey, e) }));
    const removes = (edit.remove ?? []).map((e) => ({ e, key: encodeElement(m.setKey, e) }));
    const value = m.setValue ? Buffer.from(m.setValue, "hex") : Buffer.alloc(m.valueSize);
    const fd = openPin(sys, join(dir, mapPin(m.name)));
    if (fd === null) throw new BfrError("BFR5110", `set "${set}": map ${m.name} is not pinned in ${dir}`);
    const result: SetEditResult = { chain, set, added: 0, removed: 0, unchanged: 0 };
    try {
      new Txn().run((t) => {
        for (const { e, key } of removes) {
          const old = present(sys, fd, key, m.valueSize);
          if (old === null) throw new BfrError("BFR5114", `set "${set}" has no element ${e}`);
          check(mapDelete(sys, fd, key), `set "${set}": remove ${e}`);
          t.onUndo(`re-add ${e}`, () => void mapUpdate(sys, fd, key, old));
          result.removed++;
        }
        for (const { e, key } of adds) {
          if (present(sys, fd, key, m.valueSize) !== null) {
            result.unchanged++;
            continue;
          }
          const rc = mapUpdate(sys, fd, key, value, UPDATE.NOEXIST);
          if (rc === -E2BIG || rc === -28 /* ENOSPC */ || rc === -12 /* ENOMEM: LPM trie at max_entries */) {
            throw new BfrError("BFR5109", `set "${set}" is full: it holds at most ${m.maxEntries} elements; ${e} was not added`,
              "nothing was changed; remove elements first, or recompile/reload with a larger set");
          }
          if (rc < 0) throw new SysError(`set "${set}": add ${e}`, -rc);
          t.onUndo(`remove ${e}`, () => void mapDelete(sys, fd, key));
          result.added++;
        }
      });
    } finally {
      sys.close(fd);
    }
    return { result, leftovers: [] };
  });
}

/** The live elements of a pinned set map as text, sorted by key bytes (for `show`). */
export function setElements(sys: HostSys, fd: number, m: PinnedMap): string[] | null {
  const layout = m.setKey;
  if (!layout || keySizeOf(layout) !== m.keySize) return null;
  const keys: Buffer[] = [];
  let key: Buffer | null = null;
  for (;;) {
    const next = Buffer.alloc(m.keySize);
    if (mapGetNextKey(sys, fd, key, next) < 0) break;
    keys.push(next);
    key = next;
  }
  // Hash order is arbitrary; key order is stable (network byte order sorts addresses and ports).
  return keys.sort(Buffer.compare).map((k) => decodeElement(layout, k));
}
