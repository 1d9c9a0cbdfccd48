// Context for the compile/load table (opt-in, `--clang-scale`, slow): what clang + bpftool do with
// the same exact-match rulesets written as one C function. Compile = clang -O2 on the generated C;
// load = `bpftool prog load` (process start + libbpf + verifier). A failure is a result here: the
// row shows the verifier's or libbpf's reason.

import { compileC, loadC, type Workspace } from "./clangside.js";
import type { CStyle } from "./cgen.js";
import { fmt, markdown } from "./table.js";
import { addresses } from "./workload.js";

export interface ClangScaleResult {
  rules: number;
  style: CStyle;
  compileMs?: number;
  loadMs?: number;
  note: string;
}

export function measureClangScale(
  ws: Workspace,
  sizes: number[],
  timeoutMs: number,
  log: (line: string) => void,
): ClangScaleResult[] {
  const out: ClangScaleResult[] = [];
  for (const n of sizes) {
    const row = { kind: "rules" as const, addrs: addresses(n) };
    for (const style of ["natural", "sequential"] as const) {
      const r: ClangScaleResult = { rules: n, style, note: "" };
      try {
        const c = compileC(ws, row, style, timeoutMs);
        r.compileMs = c.ms;
        const l = loadC(ws, c.obj, row);
        r.loadMs = l.ms;
        l.prog.close();
      } catch (e) {
        r.note = String((e as Error).message).slice(0, 160);
      }
      log(`  clang ${style} ${n}: compile ${fmt(r.compileMs)} ms, load ${fmt(r.loadMs)} ms ${r.note}`);
      out.push(r);
    }
  }
  return out;
}

export function clangScaleTable(results: ClangScaleResult[]): string {
  const header = ["rules", "C style", "clang ms", "bpftool load ms", "note"];
  const body = results.map((r) => [
    String(r.rules),
    r.style === "natural" ? "natural" : "in-order",
    fmt(r.compileMs),
    fmt(r.loadMs),
    r.note,
  ]);
  return markdown(header, body);
}
