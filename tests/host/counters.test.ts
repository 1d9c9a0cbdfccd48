// Counters across updates, with packets run through the pinned program (BPF_PROG_TEST_RUN): an
// update keeps the counts of rules whose canonical text is unchanged and starts a changed rule
// from zero; carried totals accumulate in the chain's base map across several updates.

import { afterAll, afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { kernelOk } from "../loader/kernel.js";
import { progTestRun } from "../../loader/bpf.js";
import { hostSys, loadChains, showChain, updateChains } from "../../loader/host/index.js";
import { openPin } from "../../loader/host/kobj.js";
import { cleanup, tempBpffs, tree } from "./env.js";
import { edgeObject, edgeObjectV2 } from "./objects.js";

/** Runs `n` 64-byte frames through the chain's pinned program. */
function run(bpffs: string, n: number): void {
  const sys = hostSys();
  const fd = openPin(sys, join(bpffs, "bfr/edge/prog"))!;
  try {
    const r = progTestRun(sys, { progFd: fd, data: Buffer.alloc(64), repeat: n });
    expect(r.rc).toBe(0);
  } finally {
    sys.close(fd);
  }
}

describe.skipIf(!kernelOk)("counters across updates", () => {
  afterEach(cleanup);
  afterAll(cleanup);

  it("carry over for unchanged rule texts, restart for changed ones", () => {
    const bpffs = tempBpffs();
    loadChains({ bytes: edgeObject(null), file: "v1.o" }, { bpffs });
    run(bpffs, 5);
    expect(showChain("edge", { bpffs }).counters).toEqual([{ index: 0, text: "ip4.proto icmp counter DROP", packets: 5, bytes: 320 }]);
    expect(updateChains({ bytes: edgeObject(null), file: "v1b.o" }, { bpffs }).result[0].carried).toBe(2);
    run(bpffs, 2);
    expect(showChain("edge", { bpffs }).counters[0]).toMatchObject({ packets: 7, bytes: 448 });
    // The first update (of a chain loaded without a base map) carried 5 into the base; the program
    // counts only what it saw itself: base + live is shown.
    expect(tree(join(bpffs, "bfr"))).toContain("edge/base");
    expect(updateChains({ bytes: edgeObject(null), file: "v1c.o" }, { bpffs }).result[0].carried).toBe(2);
    expect(showChain("edge", { bpffs }).counters[0]).toMatchObject({ packets: 7, bytes: 448 });
    run(bpffs, 3);
    expect(showChain("edge", { bpffs }).counters[0]).toMatchObject({ packets: 10, bytes: 640 });
    updateChains({ bytes: edgeObjectV2(null), file: "v2.o" }, { bpffs });
    expect(showChain("edge", { bpffs }).counters).toEqual([{ index: 0, text: "rule ip4.proto tcp counter DROP", packets: 0, bytes: 0 }]);
    run(bpffs, 1);
    expect(showChain("edge", { bpffs }).counters[0]).toMatchObject({ packets: 1, bytes: 64 });
  });
});
