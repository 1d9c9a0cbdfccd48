// Front-end benchmark: parse + check time and heap growth for generated inputs (10k rules, 100k
// rules, one set of 1M IPv4 addresses). Prints a table; never asserts on time.
// Run: npx tsx bench/parse.ts

import { checkSource } from "../compiler/frontend.js";

function rules(n: number): string {
  const lines = ["chain bench BF_HOOK_TC_INGRESS{ifindex=1} ACCEPT"];
  for (let i = 0; i < n; i++) {
    const a = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    lines.push(`    rule ip4.saddr ${a} tcp.dport ${1 + (i % 65535)} counter DROP`);
  }
  return lines.join("\n") + "\n";
}

function bigSet(n: number): string {
  const parts = ["chain bench BF_HOOK_XDP ACCEPT\n    set blocked (ip4.saddr) in {\n"];
  for (let i = 0; i < n; i++) parts.push(`        ${(i >>> 24) & 255 || 1}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}\n`);
  parts.push("    }\n    rule (ip4.saddr) in blocked DROP\n");
  return parts.join("");
}

function run(name: string, text: string): string[] {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = checkSource(text, `${name}.bfr`);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const heap = process.memoryUsage().heapUsed - heap0;
  if (!r.ruleset) throw new Error(`${name}: unexpected diagnostics: ${r.diagnostics.slice(0, 3).map((d) => d.message).join("; ")}`);
  const rss = process.memoryUsage().rss;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return [name, (text.length / 1e6).toFixed(1), ms.toFixed(0), cpuMs.toFixed(0), (heap / 1e6).toFixed(0), (rss / 1e6).toFixed(0)];
}

const rows = [
  // CPU time is shown beside wall time: on a shared machine the wall clock includes waiting.
  ["input", "MB", "parse+check ms", "cpu ms", "heap +MB", "rss MB"],
  run("10k rules", rules(10_000)),
  run("100k rules", rules(100_000)),
  run("1M-address set", bigSet(1_000_000)),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
