// `bfr unload` and `bfr attach` as library functions.
// Unload: every chain directory is first renamed to its trash name (undoable; the chains vanish
// from `list` together), then each link is detached — the commit point, after which the chain no
// longer filters — then the trash is unpinned and removed. A failure before the commit puts
// everything back; a cleanup failure after it leaves a trash directory the next write finishes.
// Attach: link a loaded, unattached chain; pin the link and new metadata under `-new` names and
// rename both into place.

import { join } from "node:path";
import { BfrError } from "../../elf/errors.js";
import { linkDetach } from "../bpf.js";
import { errnoText, SysError } from "../sys.js";
import { createLinks, resolveTarget, type TargetOverride } from "./attach.js";
import { HOOKS } from "../../elf/hooks.js";
import { linkInfo, openPin, pinTx, progId, removeDir, renameTx } from "./kobj.js";
import { chainDir, checkChainName, LINK_PINS, parseEntry, PIN, workDir } from "./layout.js";
import type { ChainResult, WriteResult } from "./load.js";
import { readMeta } from "./meta.js";
import { writeSession, type HostOptions, type Session } from "./session.js";
import { pinMeta } from "./stage.js";
import { Txn } from "./txn.js";

const EOPNOTSUPP = 95;
const EINVAL = 22;

/** Names of the loaded chains (directories under the root, work directories excluded). */
export function loadedChains(s: Session): string[] {
  const entries = s.sys.readdir(s.l.root);
  if (typeof entries === "number") throw new SysError(`read ${s.l.root}`, -entries);
  return entries.filter((e) => parseEntry(e)?.kind === "chain");
}

function notLoaded(name: string): BfrError {
  return new BfrError("BFR5106", `chain "${name}" is not loaded`, "see `bfr list`");
}

/** Unloads the named chains (or every chain with `all`); returns the names unloaded. */
export function unloadChains(names: string[] | "all", opts: HostOptions = {}): WriteResult<string[]> {
  return writeSession(opts, (s) => {
    const { sys, l } = s;
    const todo = names === "all" ? loadedChains(s) : names;
    for (const n of todo) {
      checkChainName(n);
      if (sys.fsType(chainDir(l, n)) < 0) throw notLoaded(n);
    }
    const t = new Txn();
    t.run(() => {
      // Every link of every chain (netfilter chains have two), opened before anything moves.
      const links = todo.flatMap((n, i) => LINK_PINS.map((pin) => {
        const fd = openPin(sys, join(chainDir(l, n), pin));
        if (fd !== null) t.atEnd(() => void sys.close(fd));
        return { i, fd };
      }));
      todo.forEach((n) => {
        const from = chainDir(l, n);
        const to = workDir(l, "trash", n);
        const rc = sys.rename(from, to);
        if (rc < 0) throw new SysError(`chain "${n}": rename ${from} to ${to}`, -rc);
        t.onUndo(`restore ${from}`, () => void sys.rename(to, from));
      });
      // The first successful detach is the commit point. A later failure cannot be undone (a
      // detached link cannot be re-attached), so it is carried forward: unpinning the link and
      // closing the last fd release it, which detaches it too.
      let committed = false;
      links.forEach(({ fd, i }) => {
        if (fd === null) return;
        const rc = linkDetach(sys, fd);
        // Links without detach support are released when their pin and last fd go.
        if (rc >= 0 || rc === -EOPNOTSUPP || rc === -EINVAL) {
          committed = true;
        } else if (!committed) {
          throw new SysError(`chain "${todo[i]}": detach`, -rc);
        } else {
          t.leftovers.push(`chain "${todo[i]}": detach: ${errnoText(-rc)}; released by unpinning instead`);
        }
      });
      for (const n of todo) t.afterCommit(`remove ${workDir(l, "trash", n)}`, () => removeDir(sys, workDir(l, "trash", n), new Set()));
    });
    return { result: todo, leftovers: t.leftovers };
  });
}

/** `bfr attach NAME --iface X` (or --cgroup, or from the hook options): attaches a loaded chain that has no link yet. */
export function attachChain(name: string, target: TargetOverride, opts: HostOptions = {}): WriteResult<ChainResult> {
  return writeSession(opts, (s) => {
    const { sys, l } = s;
    checkChainName(name);
    const dir = chainDir(l, name);
    if (sys.fsType(dir) < 0) throw notLoaded(name);
    const meta = readMeta(sys, join(dir, PIN.meta));
    const existing = openPin(sys, join(dir, PIN.link));
    if (existing !== null) {
      const id = linkInfo(sys, existing).id;
      sys.close(existing);
      throw new BfrError("BFR5108", `chain "${name}" is already attached (link id ${id})`, "unload it and load it again to move it");
    }
    const hook = HOOKS[meta.hook];
    const resolved = resolveTarget(sys, name, hook, meta.chain, target);
    if (!resolved) {
      const want = hook.family === "nf" ? ["priorities", "its object's `priorities=A-B`"]
        : hook.family === "cgroup_skb" || hook.family === "sock_addr" ? ["cgroup", "--cgroup PATH"] : ["interface", "--iface NAME or --ifindex N"];
      throw new BfrError("BFR6202", `chain "${name}" has no ${want[0]} in its hook options`, `pass ${want[1]}`);
    }
    const prog = openPin(sys, join(dir, PIN.prog));
    if (prog === null) throw new BfrError("BFR5110", `chain "${name}": ${dir} has no program pinned`);
    const t = new Txn();
    try {
      return t.run(() => {
        const made = createLinks(sys, t, name, hook, prog, resolved);
        // Every new pin first, then the renames: `link` in place is the commit point, and a crash
        // before the later renames is completed by the next write (recover.ts).
        const newMeta = join(dir, PIN.newMeta);
        for (const { pin, fd } of made.links) pinTx(sys, t, fd, join(dir, `${pin}-new`), `chain "${name}": ${pin}`);
        pinMeta(sys, t, newMeta, { ...meta, attach: made.attach });
        const result: ChainResult = {
          name, hook: meta.hook, action: "loaded", attach: made.attach, programId: progId(sys, prog), linkId: linkInfo(sys, made.links[0].fd).id,
        };
        for (const { pin } of made.links) renameTx(sys, t, join(dir, `${pin}-new`), join(dir, pin));
        // Last step: it replaces the old metadata, so there is nothing after it to undo it for.
        const rc = sys.rename(newMeta, join(dir, PIN.meta));
        if (rc < 0) throw new SysError(`chain "${name}": replace its metadata`, -rc);
        return { result, leftovers: t.leftovers };
      });
    } finally {
      sys.close(prog);
    }
  });
}
