// Child process for the crash-recovery tests: runs one host operation with a Sys that kills this
// process (SIGKILL, no cleanup of any kind) at syscall number CRASH_AT, like a power cut or OOM
// kill in the middle of `bfr load` / `update` / `unload`. Usage:
//   crash-child.ts OP BPFFS IFACE CRASH_AT   (OP: load | update | update-same | attach | unload)

import { attachChain, loadChains, unloadChains, updateChains } from "../../loader/host/index.js";
import { faultHost } from "./fault-host.js";
import { edgeObject, edgeObjectV2 } from "./objects.js";

const [op, bpffs, iface, at] = process.argv.slice(2);
const sys = faultHost(null, 1, Number(at));
if (op === "load") loadChains({ bytes: edgeObject(iface), file: "v1.o" }, { bpffs, sys });
else if (op === "update") updateChains({ bytes: edgeObjectV2(iface), file: "v2.o" }, { bpffs, sys });
else if (op === "update-same") updateChains({ bytes: edgeObject(iface), file: "v1b.o" }, { bpffs, sys });
else if (op === "attach") attachChain("edge", { iface }, { bpffs, sys });
else if (op === "unload") unloadChains("all", { bpffs, sys });
process.stdout.write(`completed after ${sys.calls} calls\n`);
