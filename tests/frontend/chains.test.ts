// Chains: hooks, hook options (required / forbidden / duplicate / values), policies, verdicts,
// rule options and where they are allowed (LANGUAGE.md §3 and §5), duplicate names, warnings.

import { describe, expect, it } from "vitest";
import { HOOKS, check, errors, oneRule } from "./helpers.js";

const header = (hook: string, opts: string, policy = "ACCEPT") =>
  check(`chain t ${hook}${opts.startsWith("{") ? "" : " "}${opts} ${policy}\n rule meta.l4_proto tcp ACCEPT\n`);
const XDP_TC = HOOKS.slice(0, 3);
const NF = HOOKS.slice(3, 8);
const CG = HOOKS.slice(8);

describe("hooks and options", () => {
  it("every hook is accepted without options (loaded, not attached)", () => {
    for (const h of HOOKS) {
      const r = check(`chain t ${h} DROP\n`);
      expect(r.diagnostics).toEqual([]);
      expect(r.ruleset!.chains[0]).toMatchObject({ hook: h, options: null, policy: "DROP", rules: [] });
    }
  });
  it("unknown hooks get a did-you-mean hint", () => {
    const r = check("chain t BF_HOOK_XPD ACCEPT\n");
    expect(r.codes).toEqual(["BFR2003"]);
    expect(r.diagnostics[0].hint).toBe("did you mean 'BF_HOOK_XDP'?");
    expect(check("chain t bf_hook_xdp ACCEPT\n").diagnostics[0].hint).toBe("did you mean 'BF_HOOK_XDP'?");
  });
  const valid: [readonly string[], string, object][] = [
    [XDP_TC, "{ifindex=3}", { iface: { kind: "index", index: 3 } }],
    [XDP_TC, "{iface=eth0}", { iface: { kind: "name", name: "eth0" } }],
    [XDP_TC, "ifindex=3", { iface: { kind: "index", index: 3 } }],
    [NF, "{priorities=101-102}", { priorities: [101, 102] }],
    [NF, "{priorities=-5-5}", { priorities: [-5, 5] }],
    [CG, "{cgpath=/sys/fs/cgroup/a.slice}", { cgpath: "/sys/fs/cgroup/a.slice" }],
  ];
  for (const [hooks, opts, want] of valid) {
    it(`${opts} on ${hooks.length} hooks`, () => {
      for (const h of HOOKS) {
        const r = header(h, opts);
        if (hooks.includes(h)) {
          expect(r.diagnostics).toEqual([]);
          expect(r.ruleset!.chains[0].options).toMatchObject(want);
        } else expect(r.codes).toEqual(["BFR2005"]);
      }
    });
  }
  it("keeps the options as written in raw, without family", () => {
    const r = header("BF_HOOK_NF_LOCAL_IN", "{family=inet4, priorities=1-2}");
    expect(r.codes).toEqual(["BFR2501"]);
    expect(r.diagnostics[0].severity).toBe("warning");
    expect(r.ruleset!.chains[0].options).toEqual({ iface: null, priorities: [1, 2], cgpath: null, raw: [{ key: "priorities", value: "1-2" }] });
  });
  it("empty braces mean no options", () => {
    expect(header("BF_HOOK_XDP", "{}").ruleset!.chains[0].options).toBeNull();
  });
  const invalid: [string, string, string][] = [
    ["BF_HOOK_XDP", "{ifindex=abc}", "BFR2007"],
    ["BF_HOOK_XDP", "{ifindex=0}", "BFR2007"],
    ["BF_HOOK_XDP", "{ifindex=0x2}", "BFR2007"],
    ["BF_HOOK_XDP", "{ifindex=}", "BFR2007"],
    ["BF_HOOK_XDP", "{iface=a/b}", "BFR2007"],
    ["BF_HOOK_XDP", "{ifindex=2,ifindex=3}", "BFR2006"],
    ["BF_HOOK_XDP", "{ifindex=2 iface=eth0}", "BFR2006"],
    ["BF_HOOK_XDP", "{ifidx=2}", "BFR2005"],
    ["BF_HOOK_NF_LOCAL_IN", "{priorities=1-1}", "BFR2007"],
    ["BF_HOOK_NF_LOCAL_IN", "{priorities=0-1}", "BFR2007"],
    ["BF_HOOK_NF_LOCAL_IN", "{priorities=5}", "BFR2007"],
    ["BF_HOOK_NF_LOCAL_IN", "{family=inet4}", "BFR2501"],
    ["BF_HOOK_CGROUP_SKB_EGRESS", "{cgpath=}", "BFR2007"],
  ];
  for (const [hook, opts, code] of invalid) {
    it(`${hook}${opts} → ${code}`, () => expect(header(hook, opts).codes).toEqual([code]));
  }
});

describe("policies", () => {
  for (const p of ["ACCEPT", "DROP", "NEXT"]) it(`${p} is a policy`, () => expect(header("BF_HOOK_XDP", "", p).ruleset!.chains[0].policy).toBe(p));
  it("CONTINUE and REDIRECT are not policies; typos get a hint", () => {
    expect(header("BF_HOOK_XDP", "", "CONTINUE").codes).toEqual(["BFR2029"]);
    expect(header("BF_HOOK_XDP", "", "REDIRECT").codes).toEqual(["BFR2029"]);
    const r = header("BF_HOOK_XDP", "", "accept");
    expect(r.codes).toEqual(["BFR2004"]);
    expect(r.diagnostics[0].hint).toBe("did you mean 'ACCEPT'?");
  });
});

describe("verdicts", () => {
  for (const v of ["ACCEPT", "DROP", "CONTINUE", "NEXT"]) {
    it(`${v} on every hook`, () => {
      for (const h of HOOKS) expect(oneRule(h, `rule meta.l4_proto tcp ${v}`).rule?.verdict).toEqual({ kind: v });
    });
  }
  it("REDIRECT: XDP out only, TC in and out, nowhere else", () => {
    for (const h of HOOKS) {
      for (const dir of ["in", "out"]) {
        const r = oneRule(h, `rule meta.l4_proto tcp REDIRECT eth1 ${dir}`);
        const ok = h === "BF_HOOK_XDP" ? dir === "out" : h.startsWith("BF_HOOK_TC_");
        if (ok) expect(r.rule?.verdict).toEqual({ kind: "REDIRECT", iface: { kind: "name", name: "eth1" }, dir });
        else expect(r.codes).toEqual(["BFR2020"]);
      }
    }
    expect(oneRule("BF_HOOK_TC_INGRESS", "rule meta.l4_proto tcp REDIRECT 7 in").rule?.verdict).toEqual({ kind: "REDIRECT", iface: { kind: "index", index: 7 }, dir: "in" });
    expect(oneRule("BF_HOOK_TC_INGRESS", "rule meta.l4_proto tcp REDIRECT eth1 sideways").codes).toEqual(["BFR2020"]);
  });
  it("misspelled verdicts", () => {
    expect(oneRule("BF_HOOK_XDP", "rule meta.l4_proto tcp ACCPET").codes).toEqual(["BFR2004"]);
    expect(oneRule("BF_HOOK_XDP", "rule meta.l4_proto tcp drop").codes).toEqual(["BFR1002"]);
  });
});

describe("rule options", () => {
  it("counter, mark and log in any order, each once", () => {
    const r = oneRule("BF_HOOK_TC_EGRESS", "rule meta.l4_proto tcp log transport mark 7 counter DROP");
    expect(r.rule).toMatchObject({ counter: true, mark: 7, log: { headers: ["transport"], everyNs: null } });
    expect(r.rule?.text).toBe("rule meta.l4_proto tcp counter mark 7 log transport DROP");
    for (const dup of ["counter counter", "mark 1 mark 2", "log log"]) {
      expect(oneRule("BF_HOOK_TC_EGRESS", `rule meta.l4_proto tcp ${dup} DROP`).codes).toEqual(["BFR2018"]);
    }
  });
  it("mark only on TC and cgroup_skb", () => {
    for (const h of HOOKS) {
      const ok = h.startsWith("BF_HOOK_TC_") || h.startsWith("BF_HOOK_CGROUP_SKB_");
      expect(oneRule(h, "rule meta.l4_proto tcp mark 1 ACCEPT").codes).toEqual(ok ? [] : ["BFR2019"]);
    }
  });
  it("log headers: link on XDP/TC only, none on socket hooks; plain log everywhere", () => {
    for (const h of HOOKS) {
      const sock = h.includes("SOCK_ADDR");
      expect(oneRule(h, "rule meta.l4_proto tcp log every 1s ACCEPT").codes).toEqual([]);
      expect(oneRule(h, "rule meta.l4_proto tcp log internet ACCEPT").codes).toEqual(sock ? ["BFR2019"] : []);
      expect(oneRule(h, "rule meta.l4_proto tcp log link ACCEPT").codes).toEqual(XDP_TC.includes(h) ? [] : ["BFR2019"]);
    }
  });
  it("headers after every are an error", () => {
    expect(oneRule("BF_HOOK_XDP", "rule meta.l4_proto tcp log every 1s link ACCEPT").codes).toEqual(["BFR1010"]);
  });
});

describe("names and warnings", () => {
  it("duplicate chain names and reserved names are errors", () => {
    expect(check("chain a BF_HOOK_XDP ACCEPT\nchain a BF_HOOK_XDP ACCEPT\n").codes).toEqual(["BFR2025"]);
    expect(check("chain ACCEPT BF_HOOK_XDP ACCEPT\n").codes.length).toBeGreaterThan(0);
    expect(check("chain counter_x BF_HOOK_XDP ACCEPT\n").codes).toEqual([]);
    expect(check("chain BF_HOOK_TC_INGRESS BF_HOOK_XDP ACCEPT\n").codes).toEqual(["BFR2027"]);
  });
  it("conflicting protocols warn but keep the rule", () => {
    const cases: [string, boolean][] = [
      ["ip4.saddr 1.1.1.1 ip6.saddr ::1", true],
      ["tcp.dport 80 udp.dport 53", true],
      ["meta.l4_proto udp tcp.dport 80", true],
      ["meta.l3_proto ipv6 ip4.saddr 1.1.1.1", true],
      ["(ip4.saddr) in { 1.1.1.1 } ip6.daddr ::1", true],
      ["icmp.type 8 tcp.sport 1", true],
      ["tcp.dport 80 udp.dport not 53", false],
      ["ip4.saddr 1.1.1.1 tcp.dport 80", false],
      ["meta.l4_proto tcp tcp.dport 80", false],
    ];
    for (const [ms, warn] of cases) {
      const r = oneRule("BF_HOOK_XDP", `rule ${ms} counter DROP`);
      expect(r.codes).toEqual([]);
      expect(r.rule?.counter).toBe(true);
      expect(check(`chain t BF_HOOK_XDP ACCEPT\n rule ${ms} DROP\n`).codes).toEqual(warn ? ["BFR2502"] : []);
    }
  });
  it("a file with warnings only still yields a ruleset; errors give none", () => {
    expect(check("chain t BF_HOOK_XDP ACCEPT\n rule tcp.dport 1 udp.dport 2 DROP\n").ruleset).not.toBeNull();
    expect(errors(check("chain t BF_HOOK_XDP ACCEPT\n rule tcp.dport x DROP\n").diagnostics).length).toBe(1);
    expect(check("chain t BF_HOOK_XDP ACCEPT\n rule tcp.dport x DROP\n").ruleset).toBeNull();
  });
});
