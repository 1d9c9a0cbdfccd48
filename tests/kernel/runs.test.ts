// Kernel conformance of long chains: hundreds of exact-match rules on one field (which the code
// generator may rewrite, e.g. into a binary search), interleaved with rules on other fields,
// `not` rules, ranges, duplicate values and every verdict including CONTINUE. A reference
// evaluator (first terminal match wins, CONTINUE counts and goes on, LANGUAGE.md §5) gives the
// verdict and the per-rule counters each packet must produce; the kernel must agree exactly.

import { describe, it } from "vitest";
import { Tally, chainHead, expectDelta, kernelSkipReason, runExpect, snapshot, withChain, PKT_HOOKS, TC_HOOKS, type Expect, type PktHook } from "./harness.js";
import { eth, ipv4, ipv6, tcp, udp } from "./packets.js";

const skip = kernelSkipReason();

type Verdict = Expect | "CONTINUE";

interface Pkt {
  v6: boolean;
  proto: "tcp" | "udp";
  saddr4: number;
  daddr6: number;
  port: number;
  mark: number;
}

interface RunRule {
  text: string;
  verdict: Verdict;
  test: (p: Pkt) => boolean;
}

/** A small deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERDICTS: Verdict[] = ["ACCEPT", "DROP", "NEXT", "CONTINUE"];
const v4text = (n: number): string => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const v6text = (n: number): string => `2001:db8::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;

function frame(p: Pkt): Uint8Array {
  const l4 = p.proto === "tcp" ? tcp({ sport: 40000, dport: p.port }) : udp({ sport: p.port, dport: 53 });
  return p.v6 ? eth(ipv6({ dst: v6text(p.daddr6) }, l4)) : eth(ipv4({ src: v4text(p.saddr4) }, l4));
}

/** First terminal match wins; every matching rule up to it counts (all rules here have `counter`). */
function evaluate(rules: RunRule[], p: Pkt): { verdict: Expect | null; hits: number[] } {
  const hits: number[] = [];
  for (let i = 0; i < rules.length; i++) {
    if (!rules[i].test(p)) continue;
    hits.push(i);
    if (rules[i].verdict !== "CONTINUE") return { verdict: rules[i].verdict as Expect, hits };
  }
  return { verdict: null, hits };
}

/**
 * 376 rules (8 blocks of 45 + 2): runs of `tcp.dport` and `ip4.saddr` / `ip6.daddr` equalities (with duplicates),
 * of `ip4.snet` prefixes and of `tcp.dport` ranges,
 * broken up by `udp.sport` ranges and `not` rules that CONTINUE; optionally `meta.mark` runs (TC).
 */
function buildChain(seed: number, withMarks: boolean): { rules: RunRule[]; values: { ports: number[]; v4: number[]; v6: number[]; marks: number[] } } {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const values = { ports: [0, 65535], v4: [0, 0xffffff], v6: [0, 0xffffffff], marks: [0, 0xffffffff] };
  const rules: RunRule[] = [];
  const fresh = (xs: number[], max: number): number => {
    const v = r() < 0.1 && xs.length > 0 ? pick(xs) : Math.floor(r() * (max + 1));
    xs.push(v);
    return v;
  };
  for (let block = 0; block < 8; block++) {
    // Every kind of run appears in every chain, in an order that depends on the seed.
    const kinds = ["port", "v4", "v6", "net4", "prange", "port", "v4", "v6"] as const;
    const kind = withMarks && block % 4 === 3 ? "mark" : kinds[(block + seed) % kinds.length];
    for (let k = 0; k < 45; k++) {
      const verdict = pick(VERDICTS);
      if (kind === "port") {
        const v = fresh(values.ports, 65535);
        rules.push({ text: `tcp.dport ${v}`, verdict, test: (p) => p.proto === "tcp" && p.port === v });
      } else if (kind === "v4") {
        const v = fresh(values.v4, 0xffffff);
        rules.push({ text: `ip4.saddr ${v4text(v)}`, verdict, test: (p) => !p.v6 && p.saddr4 === v });
      } else if (kind === "net4") {
        // Prefixes of 10.0.0.0/8 with random lengths (overlapping); both ends become test addresses.
        const len = 8 + Math.floor(r() * 25);
        const mask = len === 32 ? 0xffffff : ~((1 << (32 - len)) - 1) & 0xffffff;
        const net = Math.floor(r() * 0x1000000) & mask;
        const last = net | (~mask & 0xffffff);
        values.v4.push(net, last);
        rules.push({ text: `ip4.snet ${v4text(net)}/${len}`, verdict, test: (p) => !p.v6 && (p.saddr4 & mask) === net });
      } else if (kind === "prange") {
        const lo = fresh(values.ports, 65000);
        const hi = lo + Math.floor(r() * 500);
        values.ports.push(hi);
        rules.push({ text: `tcp.dport range ${lo}-${hi}`, verdict, test: (p) => p.proto === "tcp" && p.port >= lo && p.port <= hi });
      } else if (kind === "v6") {
        const v = fresh(values.v6, 0xffffffff);
        rules.push({ text: `ip6.daddr ${v6text(v)}`, verdict, test: (p) => p.v6 && p.daddr6 === v });
      } else {
        const v = fresh(values.marks, 0xffffffff);
        rules.push({ text: `meta.mark ${v}`, verdict, test: (p) => p.mark === v });
      }
    }
    const lo = Math.floor(r() * 60000);
    const hi = lo + Math.floor(r() * 5000);
    rules.push({ text: `udp.sport range ${lo}-${hi}`, verdict: pick(VERDICTS), test: (p) => p.proto === "udp" && p.port >= lo && p.port <= hi });
    const nv = pick(values.ports);
    rules.push({ text: `tcp.dport not ${nv}`, verdict: "CONTINUE", test: (p) => p.proto === "tcp" && p.port !== nv });
  }
  return { rules, values };
}

/** Each rule value, its neighbours, and a few random packets, over both families and protocols. */
function packets(seed: number, values: ReturnType<typeof buildChain>["values"], withMarks: boolean): Pkt[] {
  const r = rng(seed ^ 0x5bd1e995);
  const near = (xs: number[], max: number): number[] => xs.flatMap((v) => [v - 1, v, v + 1]).filter((v) => v >= 0 && v <= max);
  const ports = near(values.ports, 65535);
  const v4 = near(values.v4, 0xffffff);
  const v6 = near(values.v6, 0xffffffff);
  const marks = withMarks ? near(values.marks, 0xffffffff) : [0];
  const out: Pkt[] = [];
  const n = Math.max(ports.length, v4.length, v6.length, marks.length) * 2;
  for (let i = 0; i < n; i++) {
    out.push({
      v6: i % 2 === 1,
      proto: i % 5 === 4 ? "udp" : "tcp",
      port: ports[i % ports.length],
      saddr4: v4[Math.floor(i / 2) % v4.length],
      daddr6: v6[Math.floor(i / 2) % v6.length],
      mark: withMarks ? marks[(i * 7 + Math.floor(r() * 3)) % marks.length] : 0,
    });
  }
  return out;
}

async function runChain(hook: PktHook, seed: number, policy: "ACCEPT" | "DROP" | "NEXT"): Promise<void> {
  const withMarks = hook !== "BF_HOOK_XDP";
  const { rules, values } = buildChain(seed, withMarks);
  const source = `${chainHead(hook, policy)}\n${rules.map((x) => `rule ${x.text} counter ${x.verdict}`).join("\n")}\n`;
  await withChain(source, hook, (l) => {
    const before = snapshot(l);
    const tally = new Tally();
    for (const p of packets(seed, values, withMarks)) {
      const f = frame(p);
      const want = evaluate(rules, p);
      runExpect(l, f, { expect: want.verdict ?? policy, mark: withMarks ? p.mark : undefined, what: `seed ${seed} ${JSON.stringify(p)}` });
      for (const h of want.hits) tally.count(h, f.length);
      if (want.verdict === null) tally.count(null, f.length);
    }
    expectDelta(before, snapshot(l), tally.want, `seed ${seed} on ${hook}`);
  });
}

describe.skipIf(skip !== null)("long chains of exact matches against a reference evaluator", () => {
  for (const hook of PKT_HOOKS) {
    for (const [seed, policy] of [[1, "ACCEPT"], [2, "DROP"], [3, "NEXT"]] as const) {
      it(`${hook}: seed ${seed}, policy ${policy}`, () => runChain(hook, seed, policy), 120_000);
    }
  }
  for (const hook of TC_HOOKS) {
    it(`${hook}: seed 4 (meta.mark runs), policy DROP`, () => runChain(hook, 4, "DROP"), 120_000);
  }
});

describe.skipIf(skip !== null)("a chain of 2500 rules (longer than one verified function)", () => {
  const N = 2500;
  // Rule i matches TCP port 10000 + i; two extra CONTINUE rules make one packet cross the chain.
  const rules: RunRule[] = Array.from({ length: N }, (_, i) => ({
    text: `tcp.dport ${10000 + i}`, verdict: (i % 3 === 0 ? "DROP" : i % 3 === 1 ? "NEXT" : "ACCEPT") as Verdict,
    test: (p: Pkt) => p.proto === "tcp" && p.port === 10000 + i,
  }));
  rules[5] = { text: "udp.sport 7", verdict: "CONTINUE", test: (p) => p.proto === "udp" && p.port === 7 };
  rules[1700] = { text: "udp.sport 7", verdict: "CONTINUE", test: (p) => p.proto === "udp" && p.port === 7 };
  rules[N - 1] = { text: "udp.sport 7", verdict: "DROP", test: (p) => p.proto === "udp" && p.port === 7 };
  for (const hook of ["BF_HOOK_XDP", "BF_HOOK_TC_INGRESS"] as const) {
    it(`${hook}: first match wins and every counter is kept across the whole chain`, async () => {
      const source = `${chainHead(hook)}\n${rules.map((x) => `rule ${x.text} counter ${x.verdict}`).join("\n")}\n`;
      const base: Pkt = { v6: false, proto: "tcp", saddr4: 1, daddr6: 1, port: 0, mark: 0 };
      const pkts: Pkt[] = [0, 1, 2, 998, 999, 1000, 1001, 1023, 1024, 1999, 2000, 2001, 2497, 2498, 2499, 2500]
        .map((i) => ({ ...base, port: 10000 + i }));
      pkts.push({ ...base, proto: "udp", port: 7 }, { ...base, v6: true, proto: "udp", port: 7 }, { ...base, port: 9999 });
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        const tally = new Tally();
        for (const p of pkts) {
          const f = frame(p);
          const want = evaluate(rules, p);
          runExpect(l, f, { expect: want.verdict ?? "ACCEPT", what: `${JSON.stringify(p)}` });
          for (const h of want.hits) tally.count(h, f.length);
          if (want.verdict === null) tally.count(null, f.length);
        }
        expectDelta(before, snapshot(l), tally.want, `${N} rules on ${hook}`);
      });
    }, 300_000);
  }
});
