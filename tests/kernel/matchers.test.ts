// Kernel conformance of every matcher × operator × `not` on XDP, TC ingress and TC egress: each
// case of matrix.ts becomes a one-rule chain (`rule M counter DROP`, policy ACCEPT) loaded through
// the verifier, and every case packet runs untagged, 802.1Q-tagged and QinQ-tagged. Matching
// packets must be dropped and counted by the rule; the others accepted and counted by the policy.
// `meta.flow_hash eq` is here too, with the value measured from the kernel through range rules.

import { describe, expect, it } from "vitest";
import {
  Tally, chainHead, expectDelta, kernelSkipReason, runExpect, snapshot, withChain, TC_HOOKS, type PktHook,
} from "./harness.js";
import { CASES, TAGGINGS, hooksOf, matcherText, type MatcherCase, type Pkt } from "./matrix.js";
import { ether, ipv4, ipv6, tcp, udp } from "./packets.js";

const skip = kernelSkipReason();

async function runCase(c: MatcherCase, hook: PktHook, negate: boolean): Promise<void> {
  const source = `${chainHead(hook)}\nrule ${matcherText(c, negate, hook)} counter DROP\n`;
  const groups: [Pkt[], boolean][] = [[c.match, !negate], [c.nomatch, negate], [c.absent ?? [], false]];
  await withChain(source, hook, (l) => {
    const before = snapshot(l);
    const tally = new Tally();
    for (const [pkts, hit] of groups) {
      for (const pkt of pkts) {
        for (const t of TAGGINGS) {
          const frame = ether(t.eth, pkt.l3).bytes;
          runExpect(l, frame, { expect: hit ? "DROP" : "ACCEPT", mark: pkt.mark, what: `${source.trim()} | ${pkt.label} ${t.name}` });
          tally.count(hit ? 0 : null, frame.length);
        }
      }
    }
    expectDelta(before, snapshot(l), tally.want, source);
  });
}

describe.skipIf(skip !== null)("matchers through the kernel", () => {
  for (const c of CASES) {
    describe(`${c.field} ${c.op} ${c.payload}`, () => {
      for (const hook of hooksOf(c)) {
        for (const negate of [false, true]) {
          it(`${hook}${negate ? " not" : ""}`, () => runCase(c, hook, negate));
        }
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// meta.flow_hash eq: the hash is the kernel's, so measure it first with range rules.

const FULL = 2 ** 32;
const FANOUT = 64;

/**
 * The flow hash the chain sees for `frame`: each round loads one chain of FANOUT `range` rules
 * (`counter CONTINUE`) splitting the current interval, and keeps the slice whose counter moved.
 */
async function measureFlowHash(hook: PktHook, frame: Uint8Array): Promise<number> {
  let lo = 0;
  let size = FULL;
  while (size > 1) {
    const step = Math.ceil(size / FANOUT);
    const slices: [number, number][] = [];
    for (let a = lo; a < lo + size; a += step) slices.push([a, Math.min(a + step, lo + size) - 1]);
    const rules = slices.map(([a, b]) => `rule meta.flow_hash range ${a}-${b} counter CONTINUE`).join("\n");
    const hit = await withChain(`${chainHead(hook)}\n${rules}\n`, hook, (l) => {
      const before = snapshot(l);
      l.chain.run(frame);
      const after = snapshot(l);
      return slices.findIndex((_, i) => after.rules.get(i)!.packets - before.rules.get(i)!.packets === 1);
    });
    expect(hit, `flow hash of the frame falls in one of the slices of [${lo}, ${lo + size - 1}]`).toBeGreaterThanOrEqual(0);
    [lo, size] = [slices[hit][0], slices[hit][1] - slices[hit][0] + 1];
  }
  return lo;
}

describe.skipIf(skip !== null)("meta.flow_hash eq (value measured through range rules)", () => {
  const frames = [
    ether({}, ipv4({ src: "10.0.0.1", dst: "10.0.0.2" }, tcp({ sport: 1234, dport: 80 }))).bytes,
    ether({}, ipv6({ src: "2001:db8::1", dst: "2001:db8::2" }, udp({ sport: 5353, dport: 53 }))).bytes,
    ether({}, ipv4({ src: "10.9.9.9", dst: "10.0.0.2" }, udp({ sport: 9, dport: 10 }))).bytes,
  ];
  for (const hook of TC_HOOKS) {
    it(`${hook}: eq, not eq, and single-value ranges agree with the measured hash`, async () => {
      const hashes: number[] = [];
      for (const f of frames) hashes.push(await measureFlowHash(hook, f));
      // Determinism: the same frame hashes the same way in a fresh program.
      expect(await measureFlowHash(hook, frames[0])).toBe(hashes[0]);
      const h = hashes[0];
      const others = frames.filter((_, i) => hashes[i] !== h);
      for (const [text, negate] of [[`meta.flow_hash ${h}`, false], [`meta.flow_hash not eq ${h}`, true],
        [`meta.flow_hash range ${h}-${h}`, false], [`meta.flow_hash not range ${h}-${h}`, true]] as const) {
        const source = `${chainHead(hook)}\nrule ${text} counter DROP\n`;
        await withChain(source, hook, (l) => {
          runExpect(l, frames[0], { expect: negate ? "ACCEPT" : "DROP", what: source });
          for (const o of others) runExpect(l, o, { expect: negate ? "DROP" : "ACCEPT", what: source });
        });
      }
      if (h < FULL - 1) {
        const source = `${chainHead(hook)}\nrule meta.flow_hash range ${h + 1}-${FULL - 1} counter DROP\n`;
        await withChain(source, hook, (l) => runExpect(l, frames[0], { expect: "ACCEPT", what: source }));
      }
    }, 120_000);
  }
});
