#!/usr/bin/env node
// Lint rule for the architecture: imports between our top-level modules point one way.
//   grammar/  imports nothing of ours
//   elf/      imports nothing of ours
//   compiler/ imports grammar/ and elf/
//   loader/   imports elf/ only (it must run on a host that never compiles)
//   cli/, index.ts, tests/, bench/ may import anything
// Exit 1 with one line per violation: FILE:LINE: 'from' may not import 'to'.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const allowed = {
  grammar: ["grammar"],
  elf: ["elf"],
  compiler: ["compiler", "grammar", "elf"],
  loader: ["loader", "elf"],
};
const layers = Object.keys(allowed);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === "node_modules" || name === "build") continue;
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield p;
  }
}

const importRe = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
let bad = 0;
for (const layer of layers) {
  const dir = join(root, layer);
  try { statSync(dir); } catch { continue; }
  for (const file of files(dir)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith(".")) continue;
      const target = relative(root, resolve(dirname(file), spec)).split("/")[0];
      if (!layers.includes(target) && target !== "cli" && target !== "index.ts" && target !== "index.js") continue;
      if (!allowed[layer].includes(target)) {
        const line = text.slice(0, m.index).split("\n").length;
        console.error(`${relative(root, file)}:${line}: '${layer}/' may not import '${target}' (${spec})`);
        bad++;
      }
    }
  }
}
if (bad) {
  console.error(`check-layers: ${bad} import(s) break grammar -> compiler -> elf <- loader`);
  process.exit(1);
}
console.log("check-layers: imports follow grammar -> compiler -> elf <- loader");
