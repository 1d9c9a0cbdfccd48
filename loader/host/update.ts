// Replacing a loaded chain without a gap. The new program and maps are built under the staging
// name with an all-zero counter base map (base.ts), the live link is pinned there too, then
// BPF_LINK_UPDATE with BPF_F_REPLACE swaps the program in one step (the kernel refuses if the link
// no longer runs the program we read: compare-and-swap). Once the old program has finished every
// run (RCU barrier), the new base of each unchanged rule is old base + old live counts. Two renames
// put the new directory in place; the old one is removed after the commit. Undo: swap back, rename
// back.
// Netfilter links cannot be updated (EOPNOTSUPP), so a netfilter chain is replaced make-before-
// break: new links (IPv4 + IPv6) for the new program at the chain's other priority are pinned in
// the stage, the directories are swapped, and detaching the old links is the commit step (until
// then both programs filter; a packet never meets neither); the counters are carried after that
// detach, as the last commit step. The next update uses the first priority again; the metadata
// records which one is live.

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";
import { linkDetach, linkUpdate } from "../bpf.js";
import type { LoadedChain, LoadedObject } from "../load.js";
import { SysError } from "../sys.js";
import {
  carriedPairs, carryFrom, closeCarrySource, counterSlots, createBaseMap, openCarrySource, rcuBarrier, type CarrySource,
} from "./base.js";
import { linkIdsOf, linkInfo, openPin, pinTx, progId, removeDir, renameTx } from "./kobj.js";
import { chainDir, LINK_PINS, mapPin, PIN, workDir } from "./layout.js";
import { createLinks, nextTarget } from "./attach.js";
import type { ChainResult } from "./load.js";
import { readMeta, type HostMeta } from "./meta.js";
import type { HostObject } from "./object.js";
import type { Session } from "./session.js";
import { hostMeta, pinMeta, stageObjects } from "./stage.js";
import type { Txn } from "./txn.js";

/** Opens a pin for the transaction's lifetime (closed after commit or on rollback). */
function openTx(s: Session, t: Txn, path: string): number | null {
  const fd = openPin(s.sys, path);
  if (fd === null) return null;
  t.atEnd(() => void s.sys.close(fd));
  return fd;
}

/** Creates the new chain's base map (all zero) in the stage; its fd lives for the transaction. */
function stageBase(s: Session, t: Txn, stage: string, fresh: HostMeta): number | null {
  const slots = counterSlots(fresh);
  if (slots === 0) return null;
  const fd = createBaseMap(s.sys, slots);
  t.atEnd(() => void s.sys.close(fd));
  pinTx(s.sys, t, fd, join(stage, PIN.base), `chain "${fresh.name}": counter base`);
  return fd;
}

/** Opens the old counters (before the swap, while the directory is in place) if any carry over. */
function carrySource(s: Session, t: Txn, live: string, old: HostMeta, fresh: HostMeta, baseFd: number | null): CarrySource | null {
  if (baseFd === null || carriedPairs(old, fresh).length === 0) return null;
  const src = openCarrySource(s.sys, live, old);
  t.atEnd(() => closeCarrySource(s.sys, src));
  return src;
}

/** new base = old base + old live, once the old program cannot run any more (after the swap). */
function carry(s: Session, src: CarrySource | null, fresh: HostMeta, baseFd: number | null, running: boolean): void {
  if (src === null || baseFd === null) return;
  if (running) rcuBarrier(s.sys);
  carryFrom(s.sys, src, fresh, baseFd);
}

export function replaceChain(s: Session, t: Txn, chain: LoadedChain, obj: HostObject, loaded: LoadedObject): ChainResult {
  const { sys, l } = s;
  const live = chainDir(l, chain.name);
  const old = readMeta(sys, join(live, PIN.meta));
  if (old.hook !== chain.hook.name) {
    throw new BfrError("BFR5107", `chain "${chain.name}" is loaded on ${old.hook}; the object has it on ${chain.hook.name}`,
      "an update keeps the hook; unload the chain and load it again");
  }
  const oldProg = openTx(s, t, join(live, PIN.prog));
  if (oldProg === null) throw new BfrError("BFR5110", `chain "${chain.name}": ${live} has no program pinned`);
  const link = openTx(s, t, join(live, PIN.link));
  const stage = workDir(l, "stage", chain.name);
  stageObjects(sys, t, stage, chain);
  const rebuild = link !== null && old.attach?.mode === "netfilter";
  const made = rebuild ? createLinks(sys, t, chain.name, chain.hook, chain.progFd, nextTarget(old.attach!)) : null;
  const fresh = hostMeta(chain, obj, loaded, link === null ? null : made?.attach ?? old.attach, s.now());
  const baseFd = stageBase(s, t, stage, fresh);
  const src = carrySource(s, t, live, old, fresh, baseFd);
  if (made) {
    for (const n of made.links) pinTx(sys, t, n.fd, join(stage, n.pin), `chain "${chain.name}": new ${n.pin}`);
  } else if (link !== null) {
    pinTx(sys, t, link, join(stage, PIN.link), `chain "${chain.name}": link`);
  }
  pinMeta(sys, t, join(stage, PIN.meta), fresh);
  const retired = workDir(l, "old", chain.name);
  if (made) {
    breakOld(s, t, chain.name, live);
    // Both programs count until the old links are gone: the old one's totals are read after that
    t.commitStep(`chain "${chain.name}": carry the counters over`, () => carry(s, src, fresh, baseFd, true));
  } else {
    if (link !== null) swap(s, t, chain, link, oldProg);
    carry(s, src, fresh, baseFd, link !== null);
  }
  renameTx(sys, t, live, retired);
  renameTx(sys, t, stage, live);
  t.afterCommit(`remove ${retired}`, () => removeDir(sys, retired, linkIdsOf(sys, [live])));
  return {
    name: chain.name, hook: chain.hook.name, action: "updated", attach: fresh.attach, programId: progId(sys, chain.progFd),
    linkId: made ? linkInfo(sys, made.links[0].fd).id : link === null ? null : linkInfo(sys, link).id,
    carried: baseFd === null ? 0 : carriedPairs(old, fresh).length,
  };
}

/** The gapless switch: LINK_UPDATE(new, expected old) and its undo (the reverse swap). */
function swap(s: Session, t: Txn, chain: LoadedChain, link: number, oldProg: number): void {
  const rc = linkUpdate(s.sys, link, chain.progFd, oldProg);
  if (rc < 0) {
    throw new SysError(`chain "${chain.name}": replace the program on its link`, -rc,
      rc === -1 ? "the link no longer runs the pinned program: another tool changed it" : undefined);
  }
  t.onUndo(`chain "${chain.name}": put the old program back`, () => {
    const back = linkUpdate(s.sys, link, oldProg, chain.progFd);
    if (back < 0) throw new SysError("link update", -back);
  });
}

/** Make-before-break's second half: detach the old links, as the transaction's commit step. */
function breakOld(s: Session, t: Txn, chain: string, live: string): void {
  const fds = LINK_PINS.map((pin) => ({ pin, fd: openTx(s, t, join(live, pin)) }));
  for (const { pin, fd } of fds) {
    if (fd === null) continue;
    t.commitStep(`chain "${chain}": detach the old ${pin}`, () => {
      const rc = linkDetach(s.sys, fd);
      if (rc < 0) throw new SysError(`chain "${chain}": detach the old ${pin}`, -rc);
    });
  }
}
