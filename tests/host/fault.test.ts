// All-or-nothing, proved by fault injection against the real kernel: for load, update, attach and
// unload, every syscall the operation makes is failed in turn. After a failure the host must be
// exactly as before (bpffs tree, links on the interface and the programs they run, this process's
// open fds); when the failed call was a post-commit cleanup the operation succeeds, its result is
// the normal one, and the next write removes the leftover.

import { afterAll, afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { kernelOk, skipReason } from "../loader/kernel.js";
import { procFds } from "../loader/fault-sys.js";
import { attachChain, loadChains, showChain, unloadChains, updateChains, updateSet, listChains } from "../../loader/host/index.js";
import { BfrError } from "../../elf/errors.js";
import { faultHost, type FaultHost } from "./fault-host.js";
import { cleanup, linksOn, tempBpffs, tree, veth, type Veth } from "./env.js";
import { edgeObject, edgeObjectV2, twoChainObject } from "./objects.js";
import { setObject } from "./compile.js";

interface State {
  tree: string[];
  links: { id: number; prog_id: number }[];
  fds: string[];
  extra: unknown;
}

let extra: ((bpffs: string) => unknown) | undefined;

function state(bpffs: string, v: Veth): State {
  return { tree: tree(join(bpffs, "bfr")), links: linksOn(v.ifindex), fds: procFds(), extra: extra?.(bpffs) };
}

/** Visible state: work directories (leftovers of a post-commit failure) left out. */
function visible(s: State): Omit<State, "fds"> {
  return { tree: s.tree.filter((p) => !/^(stage|old|trash)~/.test(p)), links: s.links, extra: s.extra };
}

interface Scenario {
  name: string;
  /** Puts the host in the "before" state (with the real Sys). */
  setup(bpffs: string, v: Veth): void;
  op(bpffs: string, v: Veth, sys: FaultHost): unknown;
  /** More state to compare (e.g. a set's elements). */
  extra?(bpffs: string): unknown;
}

const scenarios: Scenario[] = [
  {
    name: "load (two chains, TC + XDP)",
    setup: () => {},
    op: (bpffs, v, sys) => loadChains({ bytes: twoChainObject(v.host), file: "two.o" }, { bpffs, sys }),
  },
  {
    name: "load --replace of a loaded chain",
    setup: (bpffs, v) => loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs }),
    op: (bpffs, v, sys) => loadChains({ bytes: edgeObjectV2(v.host), file: "v2.o", replace: true }, { bpffs, sys }),
  },
  {
    name: "update",
    setup: (bpffs, v) => loadChains({ bytes: edgeObject(v.host), file: "v1.o" }, { bpffs }),
    op: (bpffs, v, sys) => updateChains({ bytes: edgeObjectV2(v.host), file: "v2.o" }, { bpffs, sys }),
  },
  {
    name: "update of two chains (TC + XDP)",
    setup: (bpffs, v) => loadChains({ bytes: twoChainObject(v.host), file: "two.o" }, { bpffs }),
    op: (bpffs, v, sys) => updateChains({ bytes: twoChainObject(v.host), file: "two-v2.o" }, { bpffs, sys }),
  },
  {
    name: "attach",
    setup: (bpffs, v) => loadChains({ bytes: edgeObject(v.host), file: "v1.o", attach: false }, { bpffs }),
    op: (bpffs, v, sys) => attachChain("edge", { iface: v.host }, { bpffs, sys }),
  },
  {
    name: "unload of one chain",
    setup: (bpffs, v) => loadChains({ bytes: twoChainObject(v.host), file: "two.o" }, { bpffs }),
    op: (bpffs, _v, sys) => unloadChains(["gate"], { bpffs, sys }),
  },
  {
    name: "update-set (removals and additions)",
    setup: (bpffs, v) => loadChains({ bytes: setObject(v.host), file: "set.o" }, { bpffs }),
    op: (bpffs, _v, sys) => updateSet("s", "b", { remove: ["10.0.0.1"], add: ["10.0.0.2", "10.0.0.3"] }, { bpffs, sys }),
    extra: (bpffs) => showChain("s", { bpffs }).sets[0].values!.sort(),
  },
  {
    name: "unload --all (two chains)",
    setup: (bpffs, v) => loadChains({ bytes: twoChainObject(v.host), file: "two.o" }, { bpffs }),
    op: (bpffs, _v, sys) => unloadChains("all", { bpffs, sys }),
  },
];

describe.skipIf(!kernelOk)("host operations are all-or-nothing under fault injection", () => {
  if (skipReason) console.log(skipReason);
  afterEach(cleanup);
  afterAll(cleanup);

  for (const sc of scenarios) {
    it(`${sc.name}: every syscall failing leaves the host as it was`, () => {
      const bpffs = tempBpffs();
      const v = veth();
      extra = sc.extra;
      const reset = (): void => {
        unloadChains("all", { bpffs });
        sc.setup(bpffs, v);
      };
      // A clean run: how many calls the operation makes, and what "after" looks like.
      reset();
      const counting = faultHost(null);
      sc.op(bpffs, v, counting);
      const after = visible(state(bpffs, v));
      expect(counting.calls).toBeGreaterThan(5);
      let failures = 0;
      for (let n = 1; n <= counting.calls; n++) {
        reset();
        const before = state(bpffs, v);
        const sys = faultHost(n);
        let threw: unknown = null;
        try {
          sc.op(bpffs, v, sys);
        } catch (e) {
          threw = e;
        }
        const now = state(bpffs, v);
        const where = `call ${n} (${sys.failed})`;
        expect(sys.failed, where).not.toBeNull();
        expect([...sys.openFds], `${where}: fds left open`).toEqual([]);
        expect(now.fds, `${where}: /proc/self/fd`).toEqual(before.fds);
        if (threw) {
          failures++;
          expect(threw, where).toBeInstanceOf(BfrError);
          expect(now.tree, where).toEqual(before.tree);
          expect(now.links, where).toEqual(before.links);
          expect(now.extra, where).toEqual(before.extra);
        } else {
          // The failed call was optional (a fallback, a cleanup after the commit point).
          expect(visible(now).tree, where).toEqual(after.tree);
          expect(visible(now).links.length, where).toEqual(after.links.length);
          expect(now.extra, where).toEqual(after.extra);
        }
      }
      expect(failures).toBeGreaterThan(2);
      // The next write finishes any leftover; then nothing of ours remains.
      unloadChains("all", { bpffs });
      expect(tree(join(bpffs, "bfr"))).toEqual([]);
      expect(linksOn(v.ifindex)).toEqual([]);
      expect(listChains({ bpffs })).toEqual([]);
    });
  }
});
