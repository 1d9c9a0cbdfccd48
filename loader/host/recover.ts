// Crash recovery, run by every writer under the exclusive lock before it changes anything. Work
// directories left by a writer that died are finished or undone, whichever keeps the host
// consistent (layout.ts names them):
//   .stage.X with X present: an update that died. If X's link already runs the staged program
//            (LINK_UPDATE happened) the update is completed; otherwise the stage is dropped.
//   .stage.X, no X, .old.X:  died between the update's two renames: the stage becomes X.
//   .stage.X, no X, no .old: a new load that died: dropped (its link, if any, detached).
//   .old.X with X present:   the update finished; the old version is removed.
//   .old.X, no X:            restored as X.
//   .trash.X:                an unload that died: finished (link detached, pins removed).
//   link-new / link6-new / meta-new in X: an attach that died. With `link` already in place (its
//            commit) and metadata saying "not attached", link6-new and meta-new complete it;
//            otherwise all are removed (the new links detached).
//   Netfilter updates (make-before-break) need nothing more: the stage holds its own new links,
//   so dropping it detaches them and completing it removes (detaches) the old directory's.
//   Completing an update also writes its counter base unless the base's flag says it was written
//   (base.ts recarry), after the old program is off its hooks.

import { recarry } from "./base.js";
import { join } from "node:path";
import { SysError } from "../sys.js";
import type { HostSys } from "./hostsys.js";
import { chainDir, parseEntry, PIN, workDir, type Layout, type WorkKind } from "./layout.js";
import { linkIdsOf, linkInfo, progId, removeDir, withPin } from "./kobj.js";
import { linkDetach } from "../bpf.js";
import { readMeta } from "./meta.js";

export interface Recovery {
  chain: string;
  action: "completed-update" | "dropped-stage" | "removed-old" | "restored-old" | "finished-unload" | "completed-attach" | "dropped-attach";
}

interface Found {
  chain: boolean;
  stage: boolean;
  old: boolean;
  trash: boolean;
}

function scan(sys: HostSys, l: Layout): Map<string, Found> {
  const entries = sys.readdir(l.root);
  if (typeof entries === "number") throw new SysError(`read ${l.root}`, -entries);
  const by = new Map<string, Found>();
  for (const e of entries) {
    const p = parseEntry(e);
    if (!p) continue;
    const f = by.get(p.chain) ?? { chain: false, stage: false, old: false, trash: false };
    f[p.kind === "chain" ? "chain" : p.kind] = true;
    by.set(p.chain, f);
  }
  return by;
}

function rename(sys: HostSys, from: string, to: string): void {
  const rc = sys.rename(from, to);
  if (rc < 0) throw new SysError(`recovery: rename ${from} to ${to}`, -rc);
}

/** True when the live chain's link already runs the staged program. */
function stageIsLive(sys: HostSys, l: Layout, chain: string): boolean {
  const stage = workDir(l, "stage", chain);
  const staged = withPin(sys, join(stage, PIN.prog), (fd) => progId(sys, fd));
  const running = withPin(sys, join(chainDir(l, chain), PIN.link), (fd) => linkInfo(sys, fd).progId);
  return staged !== null && running !== null && staged === running;
}

function recoverChain(sys: HostSys, l: Layout, chain: string, f: Found, out: Recovery[]): void {
  const dir = (k: WorkKind): string => workDir(l, k, chain);
  const live = chainDir(l, chain);
  const keep = (): Set<number> => linkIdsOf(sys, [live]);
  if (f.trash) {
    removeDir(sys, dir("trash"), f.chain ? keep() : new Set());
    out.push({ chain, action: "finished-unload" });
  }
  if (f.stage) {
    if (f.chain && stageIsLive(sys, l, chain)) {
      if (f.old) removeDir(sys, dir("old"), keep());
      recarry(sys, live, dir("stage"));
      rename(sys, live, dir("old"));
      rename(sys, dir("stage"), live);
      f.old = true;
      out.push({ chain, action: "completed-update" });
    } else if (!f.chain && f.old) {
      recarry(sys, dir("old"), dir("stage"));
      rename(sys, dir("stage"), live);
      f.chain = true;
      out.push({ chain, action: "completed-update" });
    } else {
      removeDir(sys, dir("stage"), f.chain ? keep() : new Set());
      out.push({ chain, action: "dropped-stage" });
    }
  }
  if (f.old) {
    if (f.chain) {
      // An update died after its renames (netfilter: maybe before detaching the old links, so
      // before carrying its counters): carry again once the old program is off its hooks.
      recarry(sys, dir("old"), live, () => removeDir(sys, dir("old"), keep()));
      out.push({ chain, action: "removed-old" });
    } else {
      rename(sys, dir("old"), live);
      f.chain = true;
      out.push({ chain, action: "restored-old" });
    }
  }
  if (f.chain) recoverAttach(sys, l, chain, out);
}

/** Finishes or drops an attach that died (see the header). */
function recoverAttach(sys: HostSys, l: Layout, chain: string, out: Recovery[]): void {
  const dir = chainDir(l, chain);
  const entries = sys.readdir(dir);
  if (typeof entries === "number") throw new SysError(`recovery: read ${dir}`, -entries);
  const newLinks = [PIN.newLink, PIN.newLink6].filter((p) => entries.includes(p));
  if (newLinks.length === 0 && !entries.includes(PIN.newMeta)) return;
  // `link-new` renamed to `link` is the attach's commit point (a netfilter `link6-new` follows it).
  const committed = !entries.includes(PIN.newLink) && entries.includes(PIN.link) && entries.includes(PIN.newMeta)
    && readMeta(sys, join(dir, PIN.meta)).attach === null;
  if (committed) {
    if (entries.includes(PIN.newLink6)) rename(sys, join(dir, PIN.newLink6), join(dir, PIN.link6));
    rename(sys, join(dir, PIN.newMeta), join(dir, PIN.meta));
    out.push({ chain, action: "completed-attach" });
    return;
  }
  for (const pin of newLinks) {
    withPin(sys, join(dir, pin), (fd) => {
      const rc = linkDetach(sys, fd);
      if (rc < 0 && rc !== -95 && rc !== -22) throw new SysError(`recovery: detach ${join(dir, pin)}`, -rc);
    });
    unpin(sys, join(dir, pin));
  }
  if (entries.includes(PIN.newMeta)) unpin(sys, join(dir, PIN.newMeta));
  out.push({ chain, action: "dropped-attach" });
}

function unpin(sys: HostSys, path: string): void {
  const rc = sys.unlink(path);
  if (rc < 0) throw new SysError(`recovery: unpin ${path}`, -rc);
}

/** Cleans every leftover under the root; returns what it did. Caller holds the write lock. */
export function recover(sys: HostSys, l: Layout): Recovery[] {
  const out: Recovery[] = [];
  for (const [chain, f] of scan(sys, l)) {
    if (f.stage || f.old || f.trash) recoverChain(sys, l, chain, f, out);
    else if (f.chain) recoverAttach(sys, l, chain, out);
  }
  return out;
}
