// Compiles `.bfr` text to an object file in a temp directory for the host tests (tests may use
// the compiler; the loader itself never does). Files are removed by env.cleanup().

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { compileSource } from "../../compiler/compile.js";
import { onCleanup } from "./env.js";

let dir: string | null = null;

/** Compiles `text` and writes `<name>.o`; returns the path. Throws with the diagnostics. */
export function compileTo(name: string, text: string): string {
  const out = compileSource(text, `${name}.bfr`);
  if (!out.object) throw new Error(`${name}.bfr does not compile:\n${out.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n")}`);
  if (dir === null) {
    const d = mkdtempSync(join(tmpdir(), "bfrh-obj-"));
    dir = d;
    onCleanup(() => {
      rmSync(d, { recursive: true, force: true });
      dir = null;
    });
  }
  const path = join(dir, `${name}.o`);
  writeFileSync(path, out.object);
  return path;
}

/** XDP chain "s" with a named set b (ip4.saddr) holding 10.0.0.1. */
export function setObject(iface: string): Uint8Array {
  const out = compileSource(`chain s BF_HOOK_XDP{iface=${iface}} ACCEPT\n    set b (ip4.saddr) in { 10.0.0.1 }\n    rule (ip4.saddr) in b counter DROP\n`, "s.bfr");
  if (!out.object) throw new Error(out.diagnostics.map((d) => d.message).join("\n"));
  return out.object;
}
