// Whether this process may use bpf(): kernel tests skip (printing why) only when the kernel says
// EPERM; any other failure to probe is a real failure and must show up as one.

import { mapCreate } from "../../loader/bpf.js";
import { EPERM, realSys } from "../../loader/sys.js";

function probe(): string | null {
  const sys = realSys();
  const fd = mapCreate(sys, { type: 2, keySize: 4, valueSize: 4, maxEntries: 1, flags: 0, name: "bfr_probe" });
  if (fd === -EPERM) return "bpf() is not permitted here (EPERM): kernel tests skipped";
  if (fd < 0) throw new Error(`bpf(BPF_MAP_CREATE) probe failed with errno ${-fd}`);
  sys.close(fd);
  return null;
}

export const skipReason = probe();
if (skipReason) console.log(skipReason);
export const kernelOk = skipReason === null;
