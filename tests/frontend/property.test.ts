// Property tests (fast-check): the front end never throws on arbitrary input, and for generated
// valid rulesets print → check gives back the same model and printing is idempotent.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSource } from "../../compiler/frontend.js";
import { printRuleset } from "../../compiler/print.js";
import type { Ruleset } from "../../compiler/model.js";
import { parse } from "../../grammar/parse.js";

const FRAGMENTS = [
  "chain", "rule", "set", "not", "in", "counter", "log", "every", "mark", "eq", "any", "all", "range",
  "ACCEPT", "DROP", "NEXT", "CONTINUE", "REDIRECT", "BF_HOOK_XDP", "BF_HOOK_TC_INGRESS", "{", "}", "(", ")",
  ",", ";", "#", "\n", "\r\n", " ", "=", "ip4.saddr", "tcp.dport", "1.1.1.1", "80", "1-2", "syn,ack", "ifindex=2",
  "1s", "50%", "::1", "10.0.0.0/8", "eth0", "link", "x",
];

describe("robustness", () => {
  it("parse and checkSource never throw on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        parse(s, "f");
        checkSource(s, "f");
      }),
      { numRuns: 300 },
    );
  });
  it("parse and checkSource never throw on token soup", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        const text = parts.join(" ");
        const r = checkSource(text, "f");
        // Every diagnostic points inside the text.
        for (const d of r.diagnostics) expect(d.span.start).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

const ip4 = fc.ipV4();
const ip6 = fc.ipV6();
const port = fc.integer({ min: 0, max: 65535 });
const u8 = fc.integer({ min: 0, max: 255 });

/** Matchers valid on BF_HOOK_TC_INGRESS, as text. */
const matcher: fc.Arbitrary<string> = fc.oneof(
  ip4.map((a) => `ip4.saddr ${a}`),
  fc.tuple(ip4, fc.integer({ min: 0, max: 32 })).map(([a, l]) => `ip4.dnet ${a}/${l}`),
  ip6.map((a) => `ip6.daddr ${a}`),
  fc.tuple(ip6, fc.integer({ min: 0, max: 128 })).map(([a, l]) => `ip6.snet not ${a}/${l}`),
  port.map((p) => `tcp.dport ${p}`),
  fc.tuple(port, port).map(([a, b]) => `udp.sport range ${Math.min(a, b)}-${Math.max(a, b)}`),
  fc.tuple(fc.constantFrom("eq", "any", "all"), fc.subarray(["fin", "syn", "rst", "psh", "ack", "urg", "ece", "cwr"], { minLength: 1 }))
    .map(([op, fl]) => `tcp.flags ${op} ${fl.join(",")}`),
  u8.map((v) => `meta.l4_proto ${v}`),
  fc.constantFrom("ipv4", "ipv6", "0x1234").map((v) => `meta.l3_proto ${v}`),
  fc.integer({ min: 0, max: 63 }).map((v) => `ip4.dscp ${v}`),
  u8.map((v) => `icmp.type ${v}`),
  u8.map((v) => `icmpv6.code ${v}`),
  fc.integer({ min: 0, max: 1000 }).map((v) => `meta.probability ${v / 10}%`),
  fc.integer({ min: 0, max: 0xffffffff }).map((v) => `meta.mark 0x${v.toString(16)}`),
  fc.integer({ min: 0, max: 0xffffffff }).map((v) => `meta.flow_hash ${v}`),
  fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), fc.constantFrom("eth0", "eq any", "veth-a.10")).map((i) => `meta.iface ${i}`),
  fc.array(ip4, { maxLength: 6 }).map((as) => `(ip4.saddr) in { ${as.join("; ")} }`),
  fc.array(fc.tuple(ip4, port, u8), { maxLength: 6 }).map((es) => `(ip4.daddr, tcp.sport, ip4.proto) not in {\n${es.map((e) => e.join(",")).join("\n")}\n}`),
  fc.array(fc.tuple(ip6, fc.integer({ min: 0, max: 128 })), { maxLength: 6 }).map((es) => `(ip6.dnet) in { ${es.map(([a, l]) => `${a}/${l}`).join("; ")} }`),
);

const options = fc.record({
  counter: fc.boolean(),
  mark: fc.option(fc.integer({ min: 0, max: 0xffffffff })),
  log: fc.option(fc.tuple(fc.subarray(["link", "internet", "transport"]), fc.option(fc.integer({ min: 1, max: 5000 })))),
});
const verdict = fc.oneof(fc.constantFrom("ACCEPT", "DROP", "CONTINUE", "NEXT"), fc.tuple(fc.constantFrom("eth1", "3"), fc.constantFrom("in", "out")).map(([i, d]) => `REDIRECT ${i} ${d}`));

const rule = fc.tuple(fc.array(matcher, { minLength: 1, maxLength: 4 }), options, verdict).map(([ms, o, v]) => {
  const parts = ["rule", ...ms];
  if (o.counter) parts.push("counter");
  if (o.mark !== null) parts.push(`mark ${o.mark}`);
  if (o.log) parts.push(`log ${o.log[0].join(",")}${o.log[1] !== null ? ` every ${o.log[1]}ms` : ""}`);
  parts.push(v);
  return parts.join(" ");
});

const chainText = fc.tuple(
  fc.constantFrom("{ifindex=2}", "{iface=eth0}", ""),
  fc.constantFrom("ACCEPT", "DROP", "NEXT"),
  fc.array(ip4, { maxLength: 8 }),
  fc.array(rule, { maxLength: 6 }),
).map(([opts, pol, set, rules]) => (i: number) =>
  `chain c${i} BF_HOOK_TC_INGRESS${opts} ${pol}\n  set s${i} (ip4.saddr) in {\n${set.join("\n")}\n}\n  rule (ip4.saddr) not in s${i} DROP\n${rules.map((r) => `  ${r}\n`).join("")}`);

const rulesetText = fc.array(chainText, { minLength: 1, maxLength: 3 }).map((cs) => cs.map((c, i) => c(i)).join("\n"));

/** The model without source positions and derived text, for comparison. */
function essence(rs: Ruleset): unknown {
  return JSON.parse(JSON.stringify(rs.chains, (k, v) => {
    if (k === "span" || k === "canonical" || k === "text") return undefined;
    if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
    if (typeof v === "bigint") return v.toString();
    return v;
  }));
}

describe("canonical printer", () => {
  it("print → check gives the same model, and printing is idempotent", () => {
    fc.assert(
      fc.property(rulesetText, (text) => {
        const a = checkSource(text, "a.bfr");
        expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        const printed = printRuleset(a.ruleset!);
        const b = checkSource(printed, "b.bfr");
        expect(b.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(essence(b.ruleset!)).toEqual(essence(a.ruleset!));
        expect(printRuleset(b.ruleset!)).toBe(printed);
        // Rule.text and Chain.canonical are the printer's output and survive a round trip.
        expect(b.ruleset!.chains.map((c) => c.canonical)).toEqual(a.ruleset!.chains.map((c) => c.canonical));
        expect(b.ruleset!.chains.flatMap((c) => c.rules.map((r) => r.text))).toEqual(a.ruleset!.chains.flatMap((c) => c.rules.map((r) => r.text)));
      }),
      { numRuns: 200 },
    );
  });
});
