// Failures that can be caused for real leave the host as it was: a missing interface, a program
// the verifier refuses during an update (the previous chain stays attached and keeps filtering),
// a chain that is already loaded, attaching twice, a full set. Also: bfr mounts bpffs itself on
// an empty directory, and --no-attach + attach.

import { afterAll, afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { kernelOk } from "../loader/kernel.js";
import { BfrError } from "../../elf/errors.js";
import { writeObject } from "../../elf/write.js";
import { attachChain, listChains, loadChains, showChain, unloadChains, updateChains, updateSet } from "../../loader/host/index.js";
import { BPF_FS_MAGIC } from "../../loader/host/hostsys.js";
import { realSys } from "../../loader/sys.js";
import { statfsSync } from "node:fs";
import { xdpDrop, xdpRejected } from "../loader/objects.js";
import { compileSource } from "../../compiler/compile.js";
import { bfr, cleanup, linksOn, onCleanup, tempBpffs, tree, veth } from "./env.js";
import { edgeObject } from "./objects.js";

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof BfrError) return `${e.code}: ${e.message}`;
    throw e;
  }
  throw new Error("expected a BfrError");
}

function compiled(text: string): Uint8Array {
  const out = compileSource(text, "t.bfr");
  if (!out.object) throw new Error(out.diagnostics.map((d) => d.message).join("\n"));
  return out.object;
}

describe.skipIf(!kernelOk)("host failures leave the host as it was", () => {
  afterEach(cleanup);
  afterAll(cleanup);

  it("a missing interface fails the load and changes nothing", () => {
    const bpffs = tempBpffs();
    const v = veth();
    loadChains({ bytes: edgeObject(v.host), file: "a.o" }, { bpffs });
    const before = [tree(join(bpffs, "bfr")), linksOn(v.ifindex)];
    const obj = compiled("chain other BF_HOOK_XDP{iface=bfrhnosuch0} ACCEPT\n    rule ip4.proto icmp DROP\n");
    expect(code(() => loadChains({ bytes: obj, file: "b.o" }, { bpffs }))).toBe('BFR5003: interface "bfrhnosuch0" does not exist on this host');
    expect(code(() => loadChains({ bytes: obj, file: "b.o", target: { ifindex: 999_999 } }, { bpffs }))).toBe("BFR5003: there is no interface with index 999999 on this host");
    expect([tree(join(bpffs, "bfr")), linksOn(v.ifindex)]).toEqual(before);
  });

  it("an update the verifier refuses keeps the previous program attached", () => {
    const bpffs = tempBpffs();
    const v = veth();
    // Foreign objects (no bfr metadata): each chain is named after its program.
    const rejected = xdpRejected();
    const good = xdpDrop();
    good.functions[0] = { ...good.functions[0], name: "xdp_bad" };
    loadChains({ bytes: writeObject(good), file: "good.o", target: { iface: v.host } }, { bpffs });
    const before = [tree(join(bpffs, "bfr")), linksOn(v.ifindex), showChain("xdp_bad", { bpffs }).object_file];
    expect(before[1]).toHaveLength(1);
    const err = code(() => updateChains({ bytes: writeObject(rejected), file: "bad.o" }, { bpffs }));
    expect(err).toMatch(/^BFR5002: chain "xdp_bad"/);
    expect([tree(join(bpffs, "bfr")), linksOn(v.ifindex), showChain("xdp_bad", { bpffs }).object_file]).toEqual(before);
  });

  it("loading a loaded chain needs --replace; attaching twice is refused", () => {
    const bpffs = tempBpffs();
    const v = veth();
    loadChains({ bytes: edgeObject(null), file: "a.o" }, { bpffs });
    expect(listChains({ bpffs })).toEqual([expect.objectContaining({ name: "edge", attached: false, link_id: null })]);
    expect(code(() => loadChains({ bytes: edgeObject(null), file: "a.o" }, { bpffs }))).toBe('BFR5103: chain "edge" is already loaded');
    expect(code(() => attachChain("edge", {}, { bpffs }))).toBe('BFR6202: chain "edge" has no interface in its hook options');
    const r = attachChain("edge", { iface: v.host }, { bpffs }).result;
    expect(r.attach).toEqual({ ifindex: v.ifindex, iface: v.host, mode: "tcx" });
    expect(linksOn(v.ifindex)).toEqual([{ id: r.linkId, prog_id: r.programId }]);
    expect(code(() => attachChain("edge", { iface: v.host }, { bpffs }))).toBe(`BFR5108: chain "edge" is already attached (link id ${r.linkId})`);
    const replaced = loadChains({ bytes: edgeObject(null), file: "b.o", replace: true }, { bpffs }).result;
    expect(replaced).toEqual([expect.objectContaining({ action: "updated", linkId: r.linkId })]);
    expect(code(() => updateChains({ bytes: edgeObject(null), file: "b.o", chains: ["nope"] }, { bpffs }))).toMatch(/^BFR5013: no chain "nope"/);
    expect(code(() => unloadChains(["nope"], { bpffs }))).toBe('BFR5106: chain "nope" is not loaded');
    expect(unloadChains(["edge"], { bpffs }).result).toEqual(["edge"]);
    expect(linksOn(v.ifindex)).toEqual([]);
  });

  it("a full set refuses the whole edit; the set keeps its elements", () => {
    const bpffs = tempBpffs();
    loadChains({ bytes: compiled("chain s BF_HOOK_XDP ACCEPT\n    set b (ip4.saddr, tcp.dport) in { 10.0.0.1,22 }\n    rule (ip4.saddr, tcp.dport) in b DROP\n"), file: "s.o" }, { bpffs });
    const shown = showChain("s", { bpffs });
    expect(shown.sets).toEqual([{ name: "b", map: expect.any(String), elements: 1, capacity: 1024, values: ["10.0.0.1,22"] }]);
    const many = Array.from({ length: 1100 }, (_, i) => `10.1.${i >> 8}.${i & 255},443`);
    expect(code(() => updateSet("s", "b", { add: many }, { bpffs }))).toMatch(/^BFR5109: set "b" is full: it holds at most 1024 elements/);
    expect(showChain("s", { bpffs }).sets[0].values).toEqual(["10.0.0.1,22"]);
    expect(code(() => updateSet("s", "b", { add: ["10.0.0.300,1"] }, { bpffs }))).toBe("BFR5113: element '10.0.0.300,1': '10.0.0.300' is not a valid ip4.saddr: expected an IPv4 address");
    expect(code(() => updateSet("s", "nope", { add: ["1.2.3.4,1"] }, { bpffs }))).toBe('BFR5111: chain "s" has no set "nope"');
    expect(updateSet("s", "b", { add: ["10.0.0.2,80", "10.0.0.1,22"], remove: ["10.0.0.1,22"] }, { bpffs }).result)
      .toEqual({ chain: "s", set: "b", added: 2, removed: 1, unchanged: 0 });
    expect(showChain("s", { bpffs }).sets[0].values?.sort()).toEqual(["10.0.0.1,22", "10.0.0.2,80"]);
  });

  it("the CLI prints one diagnostic and exits 1, never a stack trace", { timeout: 180_000 }, () => {
    const bpffs = tempBpffs();
    const missing = bfr(["load", "/nonexistent/x.o", "--bpffs", bpffs]);
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([1, "", "bfr: error BFR6204: cannot read '/nonexistent/x.o': no such file\n"]);
    const usage = bfr(["unload", "--bpffs", bpffs]);
    expect([usage.status, usage.stderr]).toEqual([1, "bfr: error BFR6206: give chain names or --all (not both)\n"]);
    const show = bfr(["show", "nope", "--bpffs", bpffs]);
    expect([show.status, show.stderr]).toEqual([1, 'bfr: error BFR5106: chain "nope" is not loaded\n  hint: see `bfr list`\n']);
  });

  it("mounts bpffs on an empty directory when none is mounted there", () => {
    const dir = mkdtempSync(join(tmpdir(), "bfrh-mnt-"));
    onCleanup(() => {
      realSys().umount(dir);
      rmdirSync(dir);
    });
    expect(listChains({ bpffs: dir })).toEqual([]); // a reader never mounts
    expect(statfsSync(dir).type).not.toBe(BPF_FS_MAGIC);
    loadChains({ bytes: edgeObject(null), file: "a.o" }, { bpffs: dir });
    expect(statfsSync(dir).type).toBe(BPF_FS_MAGIC);
    expect(listChains({ bpffs: dir }).map((c) => c.name)).toEqual(["edge"]);
  });
});
