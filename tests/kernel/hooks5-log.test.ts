// `log` through the kernel: chains with logging rules are test-run, then the chain's ring buffer
// (metadata role "log") is drained with loader/ringbuf.ts and each record decoded with
// elf/logrecord.ts: rule, hook, verdict, length and the captured headers must be the packet's.
// `every 1s` lets one record through for repeated packets; another rule keeps its own limit.

import { describe, expect, it } from "vitest";
import { decodeLogRecord, type LogRecord } from "../../elf/logrecord.js";
import { RingBufferReader } from "../../loader/ringbuf.js";
import { realSys } from "../../loader/sys.js";
import { chainHead, kernelSkipReason, runExpect, withChain, type Loaded } from "./harness.js";
import { ether, ipv4, ipv6, tcp, udp } from "./packets.js";

const skip = kernelSkipReason();

function drain(l: Loaded): LogRecord[] {
  const map = l.chain.meta?.maps.find((m) => m.role.kind === "log")?.map;
  if (!map) throw new Error("chain has no log map");
  const fd = l.chain.maps.get(map);
  if (fd === undefined) throw new Error(`log map ${map} not loaded`);
  const r = RingBufferReader.open(realSys(), fd, map);
  try {
    const out: LogRecord[] = [];
    r.drain((b) => out.push(decodeLogRecord(b)));
    return out;
  } finally {
    r.close();
  }
}

const v4 = ether({}, ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, tcp({ sport: 1234, dport: 80 }))).bytes;
const v6 = ether({}, ipv6({ src: "2001:db8::1", dst: "2001:db8::2" }, udp({ sport: 53, dport: 5353 }))).bytes;

describe.skipIf(skip !== null)("log records through the ring buffer", () => {
  for (const hook of ["BF_HOOK_XDP", "BF_HOOK_TC_INGRESS", "BF_HOOK_CGROUP_SKB_EGRESS", "BF_HOOK_NF_LOCAL_IN"] as const) {
    it(`${hook}: headers, verdict, rule and length`, async () => {
      const l2 = hook === "BF_HOOK_XDP" || hook === "BF_HOOK_TC_INGRESS";
      // hooks without a link header refuse `log link` at compile time
      const source = `${chainHead(hook)}\nrule tcp.dport 80 log ${l2 ? "link," : ""}internet,transport counter DROP\nrule meta.l4_proto udp log ACCEPT\n`;
      await withChain(source, hook, (l) => {
        runExpect(l, v4, { expect: "DROP", what: "v4" });
        runExpect(l, v6, { expect: "ACCEPT", what: "v6" });
        const recs = drain(l);
        expect(recs.map((r) => [r.rule, r.verdict, r.hook])).toEqual([[0, "DROP", hook], [1, "ACCEPT", hook]]);
        const [a, b] = recs;
        if (a.kind !== "packet" || b.kind !== "packet") throw new Error("packet records expected");
        expect(a.packetLength).toBe(l2 ? v4.length : v4.length - 14);
        expect(a.headers).toEqual({ link: l2, internet: true, transport: true });
        expect(Buffer.from(a.link).toString("hex")).toBe(l2 ? Buffer.from(v4.subarray(0, 14)).toString("hex") : "");
        expect(Buffer.from(a.internet).toString("hex")).toBe(Buffer.from(v4.subarray(14, 34)).toString("hex"));
        expect(Buffer.from(a.transport).toString("hex")).toBe(Buffer.from(v4.subarray(34, 54)).toString("hex"));
        expect(a.l4proto).toBe(6);
        // plain `log`: internet and transport
        expect(b.headers).toEqual({ link: false, internet: true, transport: true });
        expect(Buffer.from(b.internet).toString("hex")).toBe(Buffer.from(v6.subarray(14, 54)).toString("hex"));
        expect(Buffer.from(b.transport).toString("hex")).toBe(Buffer.from(v6.subarray(54, 62)).toString("hex"));
      });
    });
  }

  for (const hook of ["BF_HOOK_TC_EGRESS", "BF_HOOK_CGROUP_SKB_INGRESS", "BF_HOOK_NF_POST_ROUTING"] as const) {
    it(`${hook}: a CONTINUE rule logs in a split-shape chain, then the next rule decides`, async () => {
      const source = `${chainHead(hook, "DROP")}\nrule meta.l4_proto tcp log counter CONTINUE\nrule tcp.dport 80 log ACCEPT\n`;
      await withChain(source, hook, (l) => {
        runExpect(l, v4, { expect: "ACCEPT", what: "v4" });
        runExpect(l, v6, { expect: "DROP", what: "v6 (policy)" });
        const recs = drain(l);
        expect(recs.map((r) => [r.rule, r.verdict])).toEqual([[0, "CONTINUE"], [1, "ACCEPT"]]);
        const t = recs[1];
        if (t.kind !== "packet") throw new Error("packet record expected");
        expect(Buffer.from(t.transport).toString("hex")).toBe(Buffer.from(v4.subarray(34, 54)).toString("hex"));
      });
    });
  }

  it("every 1s limits repeated packets per rule", async () => {
    const source = `${chainHead("BF_HOOK_XDP")}\nrule tcp.dport 80 log every 1s counter DROP\nrule meta.l4_proto udp log every 1s ACCEPT\nrule meta.l4_proto icmp log NEXT\n`;
    await withChain(source, "BF_HOOK_XDP", (l) => {
      for (let i = 0; i < 5; i++) {
        runExpect(l, v4, { expect: "DROP", what: "v4" });
        runExpect(l, v6, { expect: "ACCEPT", what: "v6" });
      }
      const recs = drain(l);
      expect(recs.map((r) => r.rule)).toEqual([0, 1]);
    });
  });
});
