// README.md and docs/*.md stay true to the tree: relative links point at existing files, and every
// `bfr <command>` of README's command table is a command `bfr --help` lists (and the reverse).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./catalogue-scan.js";

/** Markdown without fenced code blocks and inline code spans, where `[x](y)` is not a link. */
function stripCode(md: string): string {
  return md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** Relative link targets (fragment and title dropped) of a Markdown text. */
export function relativeLinks(md: string): string[] {
  const out: string[] = [];
  for (const m of stripCode(md).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
    out.push(decodeURIComponent(target.split("#")[0]));
  }
  return out;
}

/** `file: target` for each relative link of `file` that names no existing file or directory. */
function brokenLinks(file: string, md: string): string[] {
  return relativeLinks(md)
    .filter((t) => !existsSync(t.startsWith("/") ? join(ROOT, t) : join(dirname(file), t)))
    .map((t) => `${relative(ROOT, file)}: ${t}`);
}

/** The command names in the first column of README's "## Commands" table. */
export function tableCommands(readme: string): string[] {
  const start = readme.search(/^## Commands\s*$/m);
  if (start < 0) return [];
  const rest = readme.slice(start + 3);
  const end = rest.search(/^## /m);
  const names = new Set<string>();
  for (const line of rest.slice(0, end < 0 ? undefined : end).split("\n")) {
    const first = /^\|([^|]*(?:\\\|[^|]*)*)\|/.exec(line)?.[1] ?? "";
    for (const m of first.matchAll(/`bfr ([a-z][a-z0-9-]*)/g)) names.add(m[1]);
  }
  return [...names];
}

/** Command names in the "Commands:" section of commander's help text. */
function helpCommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? "";
  return [...section.matchAll(/^ {2}([a-z][a-z0-9-]*)/gm)].map((m) => m[1]).filter((n) => n !== "help");
}

const docs = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];

describe("relative Markdown links", () => {
  it("the extractor finds links and reports a missing target", () => {
    const md = "see [a](docs/LANGUAGE.md#x) and [b](https://x.org) `[c](nope.md)`\n```\n[d](nope2.md)\n```\n[e](./missing.md)";
    expect(relativeLinks(md)).toEqual(["docs/LANGUAGE.md", "./missing.md"]);
    expect(brokenLinks(join(ROOT, "README.md"), md)).toEqual(["README.md: ./missing.md"]);
  });

  it("README.md links to at least one doc", () => {
    expect(relativeLinks(readFileSync(join(ROOT, "README.md"), "utf8")).length).toBeGreaterThan(0);
  });

  it.each(docs)("%s: every relative link points at an existing file", (file) => {
    const path = join(ROOT, file);
    expect(brokenLinks(path, readFileSync(path, "utf8"))).toEqual([]);
  });
});

describe("README.md command table", () => {
  let help = "";
  beforeAll(() => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "--help"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    if (r.status !== 0) throw new Error(`bfr --help exited ${r.status}: ${r.stderr}`);
    help = r.stdout;
  });

  it("the table parser finds commands in a table and ignores other sections", () => {
    const md = "## Commands\n| command | x |\n|---|---|\n| `bfr a X`, `bfr b-c Y` | z |\n| `bfr d (--x \\| --y)` | w |\n## Other\n| `bfr e` | q |\n";
    expect(tableCommands(md)).toEqual(["a", "b-c", "d"]);
  });

  it("every command of the table is listed by `bfr --help`", () => {
    const table = tableCommands(readFileSync(join(ROOT, "README.md"), "utf8"));
    expect(table.length).toBeGreaterThan(0);
    const known = new Set(helpCommands(help));
    expect(known.size).toBeGreaterThan(0);
    expect(table.filter((c) => !known.has(c)), "README commands that `bfr --help` does not list").toEqual([]);
  });

  it("every command `bfr --help` lists is in the table", () => {
    const table = new Set(tableCommands(readFileSync(join(ROOT, "README.md"), "utf8")));
    expect(helpCommands(help).filter((c) => !table.has(c)), "commands missing from README's table").toEqual([]);
  });
});
