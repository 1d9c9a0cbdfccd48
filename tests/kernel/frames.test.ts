// Kernel conformance on odd and damaged frames: truncation at every header boundary, 802.1Q,
// 802.1ad and QinQ tags, IPv4 options and fragments (non-first fragments have no L4 header),
// IPv6 extension-header chains in any order (hop, dst, routing, frag, ah, mh). One chain of
// `counter CONTINUE` rules per hook, one rule per layer; for every frame the rules whose headers
// are present and complete must count it, and no other (LANGUAGE.md §5: a matcher on a missing
// or truncated header does not match, with or without `not`).

import { describe, it } from "vitest";
import { chainHead, expectDelta, kernelSkipReason, runExpect, snapshot, withChain, PKT_HOOKS, type Loaded, type PktHook } from "./harness.js";
import {
  arp, ether, headerCuts, icmp, icmpv6, ipv4, ipv6, tcp, udp, type EthOpts, type Frame, type Ip6Ext, type L3,
} from "./packets.js";

const skip = kernelSkipReason();

interface LayerRule {
  text: string;
  /** Header names that must be present and complete; `a|b` = either; `L2` = Ethernet + tags. */
  complete: string[];
  /** A header that must merely exist in the frame (for EtherType matchers). */
  has?: string;
}

/** Each rule matches the default field values of the builder (192.0.2.1, 2001:db8::1, 40000 → 80/53, syn, echo). */
const RULES: LayerRule[] = [
  { text: "meta.l3_proto ipv4", complete: ["L2"], has: "ipv4" },
  { text: "meta.l3_proto ipv6", complete: ["L2"], has: "ipv6" },
  { text: "ip4.saddr 192.0.2.1", complete: ["ipv4"] },
  { text: "ip4.daddr not 1.2.3.4", complete: ["ipv4"] },
  { text: "ip6.saddr 2001:db8::1", complete: ["ipv6"] },
  { text: "ip6.dnet not ::1/128", complete: ["ipv6"] },
  { text: "tcp.dport 80", complete: ["tcp"] },
  { text: "tcp.sport not 1", complete: ["tcp"] },
  { text: "tcp.flags any syn", complete: ["tcp"] },
  { text: "udp.dport 53", complete: ["udp"] },
  { text: "meta.dport range 53-80", complete: ["tcp|udp"] },
  { text: "meta.sport 40000", complete: ["tcp|udp"] },
  { text: "icmp.type echo-request", complete: ["icmp"] },
  { text: "icmpv6.type echo-request", complete: ["icmpv6"] },
  { text: "(ip4.saddr, tcp.dport) in { 192.0.2.1, 80 }", complete: ["ipv4", "tcp"] },
  { text: "meta.flow_probability 100%", complete: ["tcp|udp"] },
];

const SOURCE = (hook: PktHook): string =>
  `${chainHead(hook)}\n${RULES.map((r) => `rule ${r.text} counter CONTINUE`).join("\n")}\n`;

interface Sample {
  name: string;
  frame: Frame;
  /** Non-first fragments: the bytes after the IP header(s) are not an L4 header. */
  noL4?: boolean;
  /** Also run every truncation at a header boundary. */
  cuts?: boolean;
}

const L4_NAMES = new Set(["tcp", "udp", "icmp", "icmpv6"]);
const x = (...t: Ip6Ext["type"][]): Ip6Ext[] => t.map((type) => ({ type }));
const s = (name: string, eth: EthOpts, l3: L3, more: Partial<Sample> = {}): Sample => ({ name, frame: ether(eth, l3), ...more });
const Q = { vlans: [{ vid: 7 }] };
const AD = { vlans: [{ tpid: 0x88a8, vid: 7 }] };
const QINQ = { vlans: [{ tpid: 0x88a8, vid: 100 }, { vid: 7 }] };

const SAMPLES: Sample[] = [
  s("v4 tcp", {}, ipv4({}, tcp()), { cuts: true }),
  s("802.1Q v4 udp", Q, ipv4({}, udp()), { cuts: true }),
  s("802.1ad v4 tcp", AD, ipv4({}, tcp()), { cuts: true }),
  s("QinQ v6 hop,frag(0),dst tcp", QINQ, ipv6({ ext: [{ type: "hop", octets: 16 }, { type: "frag", mf: true }, { type: "dst" }] }, tcp()), { cuts: true }),
  s("v6 routing icmpv6", {}, ipv6({ ext: [{ type: "routing", octets: 24 }] }, icmpv6()), { cuts: true }),
  s("v4 icmp", {}, ipv4({}, icmp()), { cuts: true }),
  s("v6 ah,mh udp", {}, ipv6({ ext: [{ type: "ah", octets: 24 }, { type: "mh", octets: 16 }] }, udp()), { cuts: true }),
  s("QinQ v6 udp", QINQ, ipv6({}, udp()), { cuts: true }),
  s("v6 all six headers (dst first) udp", {}, ipv6({ ext: x("dst", "hop", "routing", "frag", "ah", "mh") }, udp()), { cuts: true }),
  s("v6 mh,ah,dst tcp", Q, ipv6({ ext: x("mh", "ah", "dst") }, tcp())),
  s("v6 frag(0) only icmpv6", {}, ipv6({ ext: [{ type: "frag", mf: true }] }, icmpv6())),
  s("v6 dst, no next header", {}, ipv6({ ext: x("dst") })),
  s("v4 options (IHL 7) tcp", {}, ipv4({ options: Uint8Array.of(1, 1, 1, 1, 1, 1, 1, 0) }, tcp())),
  s("v4 options (IHL 15) udp", AD, ipv4({ options: new Uint8Array(40).fill(1) }, udp())),
  s("v4 first fragment tcp", {}, ipv4({ mf: true }, tcp())),
  s("v4 non-first fragment (MF) tcp bytes", {}, ipv4({ mf: true, fragOffset: 1 }, tcp()), { noL4: true }),
  s("v4 last fragment udp bytes", Q, ipv4({ fragOffset: 0x1fff }, udp()), { noL4: true }),
  s("v6 hop,frag(5) tcp bytes", {}, ipv6({ ext: [{ type: "hop" }, { type: "frag", fragOffset: 5 }] }, tcp()), { noL4: true }),
  s("arp", {}, arp()),
  s("full-size v4 tcp (1514 bytes)", {}, ipv4({}, tcp({ payload: new Uint8Array(1460).fill(0xab) }))),
  s("v6 udp, 3000 bytes behind QinQ", QINQ, ipv6({ ext: x("hop") }, udp({ payload: new Uint8Array(2900).fill(0xcd) }))),
];

/** An IPv6 hop-by-hop header whose length byte claims 2 KiB: the TCP header after it is not reachable. */
function lyingHopHeader(): Sample {
  const frame = ether({}, ipv6({ ext: x("hop") }, tcp()));
  frame.bytes[14 + 40 + 1] = 255;
  return { name: "v6 hop header claiming 2 KiB, tcp bytes after 8", frame, noL4: true };
}
SAMPLES.push(lyingHopHeader());

/** Every order of the six extension headers (RFC 8200 recommends one; LANGUAGE.md §5 walks any). */
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((first, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [first, ...rest]));
}

/** Indexes of RULES that must count `frame` cut to `len` bytes. */
function expectedHits(sample: Sample, len: number): number[] {
  const headers = sample.frame.headers.filter((h) => !(sample.noL4 && L4_NAMES.has(h.name)));
  const complete = (name: string): boolean => {
    if (name === "L2") return headers.filter((h) => h.name === "eth" || h.name.startsWith("vlan")).every((h) => h.end <= len);
    return name.split("|").some((alt) => headers.some((h) => h.name === alt && h.end <= len));
  };
  return RULES.flatMap((r, i) => {
    const ok = r.complete.every(complete) && (!r.has || headers.some((h) => h.name === r.has));
    return ok ? [i] : [];
  });
}

function runSample(l: Loaded, sample: Sample, bytes: Uint8Array, what: string): void {
  const before = snapshot(l);
  runExpect(l, bytes, { expect: "ACCEPT", what });
  const rules: Record<number, number> = {};
  for (const i of expectedHits(sample, bytes.length)) rules[i] = 1;
  expectDelta(before, snapshot(l), { rules, policy: 1 }, `${what} (${bytes.length} bytes); rules: ${RULES.map((r, i) => `${i}=${r.text}`).join("; ")}`);
}

/**
 * The kernel's skb test run (TC) refuses with EINVAL an untagged IPv4 / IPv6 frame whose network
 * header is incomplete (it reads the addresses for its socket). Those cuts run on XDP only; behind
 * a VLAN tag the kernel does not look, so TC still sees them there.
 */
function skbRunnable(frame: Uint8Array): boolean {
  const etherType = (frame[12] << 8) | frame[13];
  const need = etherType === 0x0800 ? 14 + 20 : etherType === 0x86dd ? 14 + 40 : 0;
  return frame.length >= need;
}

describe.skipIf(skip !== null)("frames: tags, options, fragments, extension headers, truncation", () => {
  for (const hook of PKT_HOOKS) {
    it(`${hook}: whole frames`, async () => {
      await withChain(SOURCE(hook), hook, (l) => {
        for (const sm of SAMPLES) runSample(l, sm, sm.frame.bytes, sm.name);
      });
    });

    it(`${hook}: frames truncated at every header boundary`, async () => {
      await withChain(SOURCE(hook), hook, (l) => {
        for (const sm of SAMPLES.filter((x) => x.cuts)) {
          for (const cut of headerCuts(sm.frame)) {
            if (hook !== "BF_HOOK_XDP" && !skbRunnable(cut.bytes)) continue;
            runSample(l, sm, cut.bytes, `${sm.name} cut: ${cut.what}`);
          }
        }
      });
    });

    it(`${hook}: UDP is found behind the six extension headers in all 720 orders`, async () => {
      const source = `${chainHead(hook)}\nrule udp.dport 53 meta.sport 40000 meta.l4_proto udp counter DROP\n`;
      await withChain(source, hook, (l) => {
        const before = snapshot(l);
        const orders = permutations<Ip6Ext["type"]>(["hop", "dst", "routing", "frag", "ah", "mh"]);
        for (const order of orders) {
          runExpect(l, ether({}, ipv6({ ext: x(...order) }, udp())).bytes, { expect: "DROP", what: order.join(",") });
        }
        expectDelta(before, snapshot(l), { rules: { 0: orders.length }, policy: 0 }, source);
      });
    });

    it(`${hook}: L4 is found through IHL, not at a fixed offset`, async () => {
      // Options bytes 2–3 read 0x0050 (80): a program ignoring IHL would see dport 80 there.
      const decoy = ether({}, ipv4({ options: Uint8Array.of(1, 1, 0x00, 0x50) }, tcp({ sport: 0x0050, dport: 81 }))).bytes;
      const real = ether({}, ipv4({ options: Uint8Array.of(1, 1, 0x00, 0x51) }, tcp({ dport: 80 }))).bytes;
      const source = `${chainHead(hook)}\nrule tcp.dport 80 counter DROP\n`;
      await withChain(source, hook, (l) => {
        runExpect(l, decoy, { expect: "ACCEPT", what: "dport 81 behind options" });
        runExpect(l, real, { expect: "DROP", what: "dport 80 behind options" });
      });
    });

    it(`${hook}: a long extension-header chain never breaks L3 matching`, async () => {
      const long = ether({}, ipv6({ ext: Array.from({ length: 12 }, () => ({ type: "dst" as const })) }, tcp())).bytes;
      const source = `${chainHead(hook)}\nrule ip6.saddr 2001:db8::1 counter DROP\n`;
      await withChain(source, hook, (l) => {
        runExpect(l, long, { expect: "DROP", what: "12 destination-options headers" });
        const hops = ether({}, ipv6({ ext: Array.from({ length: 12 }, () => ({ type: "hop" as const })) }, tcp())).bytes;
        runExpect(l, hops.slice(0, 100), { expect: "DROP", what: "12 hop-by-hop headers, truncated inside the chain" });
      });
    });
  }
});
