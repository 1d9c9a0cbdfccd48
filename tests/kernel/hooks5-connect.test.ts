// Real connect4 and sendmsg4 chains: the compiled program is loaded, attached with BPF_LINK_CREATE to a test
// cgroup under /sys/fs/cgroup/unified, and a child process moved into that cgroup must get EPERM
// from connect() to the listed address and port, while a process outside the cgroup connects;
// the rule's counter shows the one refused call and its `log` record names the process. Everything is removed afterwards.

import { constants, mkdirSync, rmdirSync, existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBtf } from "../../elf/btf.js";
import { ATTACH_TYPE } from "../../elf/hooks.js";
import { decodeMetadata } from "../../elf/metadata-codec.js";
import { readObject } from "../../elf/read.js";
import { linkCreate } from "../../loader/bpf.js";
import { decodeLogRecord, type LogRecord } from "../../elf/logrecord.js";
import { RingBufferReader } from "../../loader/ringbuf.js";
import { readCounters } from "../../loader/testchain.js";
import { loadObject } from "../../loader/load.js";
import { realSys } from "../../loader/sys.js";
import { compileOrThrow, kernelSkipReason } from "./harness.js";

const ROOT = "/sys/fs/cgroup/unified";
const skip = kernelSkipReason() ?? (existsSync(`${ROOT}/cgroup.procs`) ? null : `no cgroup2 hierarchy at ${ROOT}`);
if (skip) console.warn(`[hooks5-connect] skipped: ${skip}`);

/** connect() from a child (moved into `cgroup` first when given): "OK" or the error code. */
function connectFrom(port: number, cgroup: string | null): string {
  const js = `const s=require("net").connect(${port},"127.0.0.1");s.on("connect",()=>{console.log("OK");process.exit(0)});s.on("error",(e)=>{console.log(e.code);process.exit(0)})`;
  const move = cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : "";
  const r = spawnSync("sh", ["-c", `${move}exec "${process.execPath}" -e '${js}'`], { encoding: "utf8", timeout: 20_000 });
  return r.stdout.trim() || `exit ${r.status}: ${r.stderr}`;
}

/** A UDP datagram sent from a child (in `cgroup` when given): "OK" or the error code. */
function sendFrom(port: number, cgroup: string | null): string {
  const js = `const s=require("dgram").createSocket("udp4");s.send("x",${port},"127.0.0.1",(e)=>{console.log(e?e.code:"OK");process.exit(0)})`;
  const move = cgroup ? `echo $$ > ${cgroup}/cgroup.procs && ` : "";
  const r = spawnSync("sh", ["-c", `${move}exec "${process.execPath}" -e '${js}'`], { encoding: "utf8", timeout: 20_000 });
  return r.stdout.trim() || `exit ${r.status}: ${r.stderr}`;
}

/** Loads `source`, attaches its one chain to a fresh test cgroup, runs `body`, removes everything. */
function withCgroupChain(source: string, attachType: number, body: (cg: string, counters: () => unknown) => void): void {
  const sys = realSys();
  const spec = readObject(compileOrThrow(source));
  const loaded = loadObject({ spec, metadata: decodeMetadata(spec.bfr), btf: buildBtf(spec) }, { sys });
  const cg = `${ROOT}/bfr-test-${process.pid}-${Date.now()}`;
  let cgFd = -1;
  let link = -1;
  try {
    mkdirSync(cg);
    cgFd = sys.open(cg, constants.O_RDONLY | constants.O_DIRECTORY);
    expect(cgFd).toBeGreaterThanOrEqual(0);
    link = linkCreate(sys, { progFd: loaded.chains[0].progFd, target: cgFd, attachType });
    expect(link, "BPF_LINK_CREATE").toBeGreaterThanOrEqual(0);
    body(cg, () => readCounters(sys, loaded.chains[0], loaded.maps));
  } finally {
    if (link >= 0) sys.close(link);
    if (cgFd >= 0) sys.close(cgFd);
    loaded.close();
    if (existsSync(cg)) rmdirSync(cg);
  }
}

describe.skipIf(skip !== null)("sendmsg4 chain attached to a test cgroup", () => {
  it("DROP makes a UDP send fail with EPERM inside the cgroup only", () => {
    const port = 40000 + (process.pid % 20000);
    withCgroupChain(`chain s BF_HOOK_CGROUP_SOCK_ADDR_SENDMSG4 ACCEPT\nrule udp.dport ${port} counter DROP\n`, ATTACH_TYPE.CGROUP_UDP4_SENDMSG, (cg, counters) => {
      expect(sendFrom(port, cg)).toBe("EPERM");
      expect(sendFrom(port + 1, cg)).toBe("OK");
      expect(sendFrom(port, null)).toBe("OK");
      expect(counters()).toEqual({ rules: [{ index: 0, packets: 1, bytes: 0 }], policy: { packets: 1, bytes: 0 } });
    });
  }, 60_000);
});

describe.skipIf(skip !== null)("connect4 chain attached to a test cgroup", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((c) => c.destroy());
    await new Promise<void>((res) => server.listen(0, "127.0.0.1", () => res()));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((res) => server.close(() => res())));

  it("DROP makes connect() fail with EPERM inside the cgroup only; the counter shows it", () => {
    const sys = realSys();
    const obj = compileOrThrow(`chain c BF_HOOK_CGROUP_SOCK_ADDR_CONNECT4 ACCEPT\nrule ip4.daddr 127.0.0.1 tcp.dport ${port} log counter DROP\n`);
    const spec = readObject(obj);
    const loaded = loadObject({ spec, metadata: decodeMetadata(spec.bfr), btf: buildBtf(spec) }, { sys });
    const cg = `${ROOT}/bfr-test-${process.pid}-${Date.now()}`;
    let cgFd = -1;
    let link = -1;
    try {
      mkdirSync(cg);
      cgFd = sys.open(cg, constants.O_RDONLY | constants.O_DIRECTORY);
      expect(cgFd).toBeGreaterThanOrEqual(0);
      const c = loaded.chains[0];
      link = linkCreate(sys, { progFd: c.progFd, target: cgFd, attachType: ATTACH_TYPE.CGROUP_INET4_CONNECT });
      expect(link, "BPF_LINK_CREATE").toBeGreaterThanOrEqual(0);
      expect(connectFrom(port, cg)).toBe("EPERM");
      expect(connectFrom(port, null)).toBe("OK");
      const counters = readCounters(sys, c, loaded.maps);
      expect(counters?.rules).toEqual([{ index: 0, packets: 1, bytes: 0 }]);
      expect(counters?.policy.packets).toBe(0);
      // the socket log record of the refused call: pid and comm of the child, address and port
      const logMap = c.meta!.maps.find((m) => m.role.kind === "log")!.map;
      const ring = RingBufferReader.open(sys, loaded.maps.get(logMap)!.fd, logMap);
      const recs: LogRecord[] = [];
      try {
        ring.drain((b) => recs.push(decodeLogRecord(b)));
      } finally {
        ring.close();
      }
      expect(recs.length).toBe(1);
      const r = recs[0];
      if (r.kind !== "socket") throw new Error("socket record expected");
      expect({ rule: r.rule, verdict: r.verdict, family: r.family, l4proto: r.l4proto, port: r.port, comm: r.comm })
        .toEqual({ rule: 0, verdict: "DROP", family: 2, l4proto: 6, port, comm: "node" });
      expect([...r.daddr.subarray(0, 4)]).toEqual([127, 0, 0, 1]);
      expect(r.pid).toBeGreaterThan(1);
    } finally {
      if (link >= 0) sys.close(link);
      if (cgFd >= 0) sys.close(cgFd);
      loaded.close();
      if (existsSync(cg)) rmdirSync(cg);
    }
  }, 60_000);
});
