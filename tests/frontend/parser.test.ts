// The grammar layer: lexing rules (CRLF, comments, longer_alt), AST shape and spans, error
// recovery (several independent errors in one run), and the diagnostic format contract.

import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";
import { formatDiagnostic, formatDiagnostics, hasErrors } from "../../grammar/diagnostics.js";
import { check } from "./helpers.js";

const codes = (text: string) => parse(text, "p.bfr").diagnostics.map((d) => d.code);

describe("lexing", () => {
  it("accepts CRLF line endings and tabs", () => {
    const text = "chain a BF_HOOK_XDP ACCEPT\r\n\trule ip4.saddr 1.1.1.1 DROP\r\n";
    expect(check(text).diagnostics).toEqual([]);
    expect(check(text).ruleset!.chains[0].rules[0].text).toBe("rule ip4.saddr 1.1.1.1 DROP");
  });
  it("comments run to the end of the line, anywhere", () => {
    const text = "# head\nchain a BF_HOOK_XDP # after hook\n ACCEPT # policy\nrule ip4.saddr 1.1.1.1 # matcher\n DROP # end";
    expect(check(text).diagnostics).toEqual([]);
  });
  it("keywords are whole words: counter_x, rules, interval, logx are names", () => {
    for (const n of ["counter_x", "rules", "interval", "logx", "chain2", "setup", "notes", "ACCEPTED", "DROP_ALL"]) {
      const r = check(`chain ${n} BF_HOOK_XDP ACCEPT\nset ${n} (ip4.saddr) in { 1.1.1.1 }\nrule (ip4.saddr) in ${n} DROP\n`);
      expect(r.diagnostics, n).toEqual([]);
      expect(r.ruleset!.chains[0].name).toBe(n);
    }
  });
  it("keywords are case-sensitive", () => {
    expect(codes("Chain a BF_HOOK_XDP ACCEPT\n")).toEqual(["BFR1002"]);
    expect(codes("chain a BF_HOOK_XDP ACCEPT\nRULE ip4.saddr 1.1.1.1 DROP\n")).toEqual(["BFR1002"]);
  });
  it("reserved words cannot be names", () => {
    expect(codes("chain log BF_HOOK_XDP ACCEPT\n").length).toBeGreaterThan(0);
    expect(check("chain NEXT BF_HOOK_XDP ACCEPT\n").codes.length).toBeGreaterThan(0);
  });
  it("an unexpected character is BFR1001", () => {
    expect(codes("chain a BF_HOOK_XDP ACCEPT\nrule ip4.saddr 1.1.1.1 ; DROP\n")).toEqual(["BFR1001"]);
    expect(codes("chain a BF_HOOK_XDP ACCEPT\nrule ip4.saddr = 1.1.1.1 DROP\n")).toContain("BFR1001");
  });
  it("an empty file has no chain", () => {
    expect(codes("")).toEqual(["BFR1011"]);
    expect(codes("# only a comment\n")).toEqual(["BFR1011"]);
  });
});

describe("AST", () => {
  it("keeps words and spans as written", () => {
    const text = "chain edge BF_HOOK_TC_INGRESS { ifindex=2, iface=x } DROP\nset s (ip4.saddr, tcp.dport) in { 1.1.1.1,80 }\nrule tcp.flags not any syn,ack (ip4.saddr, tcp.dport) not in s counter log link every 1s REDIRECT eth0 in\n";
    const { ast, diagnostics } = parse(text, "p.bfr");
    expect(diagnostics).toEqual([]);
    const c = ast!.chains[0];
    expect(c.name).toEqual({ text: "edge", span: { start: 6, length: 4 } });
    expect(c.options!.braces).toBe(true);
    expect(c.options!.items.map((i) => [i.key.text, i.value.text])).toEqual([["ifindex", "2"], ["iface", "x"]]);
    expect(c.sets[0].key.fields.map((f) => f.text)).toEqual(["ip4.saddr", "tcp.dport"]);
    expect(c.sets[0].body.elements.count).toBe(1);
    const r = c.rules[0];
    expect(r.matchers[0]).toMatchObject({ kind: "field", negate: true, op: { text: "any" }, payload: { text: "syn,ack" } });
    expect(r.matchers[1]).toMatchObject({ kind: "set", negate: true, target: { kind: "ref", name: { text: "s" } } });
    expect(r.options.map((o) => o.kind)).toEqual(["counter", "log"]);
    expect(r.verdict).toMatchObject({ name: { text: "REDIRECT" }, iface: { text: "eth0" }, dir: { text: "in" } });
    expect(text.slice(r.span.start, r.span.start + r.span.length)).toBe(text.trim().split("\n")[2]);
  });
  it("options without braces", () => {
    const { ast } = parse("chain a BF_HOOK_NF_LOCAL_IN priorities=1-2 ACCEPT\n", "p.bfr");
    expect(ast!.chains[0].options).toMatchObject({ braces: false, items: [{ key: { text: "priorities" }, value: { text: "1-2" } }] });
  });
});

describe("recovery", () => {
  it("reports every independent error in one run", () => {
    const text = [
      "chain a BF_HOOK_XDP ACCEPT",
      "rule ip4.saddr DROP",
      "rule tcp.dport 80 DROP",
      "rule ACCEPT",
      "rule udp.dport 53 accept",
      "chain b BF_HOOK_XDP ACCEPT",
      "rule ip4.saddr 1.1.1.1",
      "chain c BF_HOOK_XDP ACCEPT",
      "rule tcp.dport 99999 DROP",
      "rule tcp.dport 1 FOO",
    ].join("\n");
    const r = check(text);
    expect(r.codes).toEqual(["BFR1002", "BFR1009", "BFR1002", "BFR1002", "BFR2012", "BFR2004"]);
    expect(r.diagnostics.map((d) => formatDiagnostic(d, text).split("\n")[0].split(":")[1])).toEqual(["2", "4", "5", "8", "9", "10"]);
  });
  it("parse never throws and hasErrors agrees", () => {
    for (const t of ["{", "}", "chain", "chain a", "rule", "(((", "set s (", "chain a BF_HOOK_XDP ACCEPT rule (ip4.saddr) in {", "\u0000\uffff"]) {
      const r = parse(t, "x");
      expect(hasErrors(r.diagnostics)).toBe(true);
    }
  });
});

describe("diagnostic format", () => {
  it("prints FILE:LINE:COL, the source line, a marker under the span and the hint", () => {
    const text = "chain a BF_HOOK_XDP ACCEPT\r\n\trule meta.l4_proto tcpp DROP\r\n";
    const r = check(text);
    expect(formatDiagnostics(r.diagnostics, text)).toBe(
      "t.bfr:2:21: error BFR2001: unknown protocol 'tcpp'\n" +
        "\trule meta.l4_proto tcpp DROP\n" +
        "\t                   ^~~~\n" +
        "  hint: did you mean 'tcp'?\n",
    );
  });
  it("warnings say warning", () => {
    const text = "chain a BF_HOOK_NF_LOCAL_IN{family=inet4} ACCEPT\n";
    expect(formatDiagnostics(check(text).diagnostics, text).split("\n")[0]).toBe("t.bfr:1:29: warning BFR2501: hook option 'family' is deprecated and ignored");
  });
});
