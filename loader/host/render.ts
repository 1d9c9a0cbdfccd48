// Text forms of `list` and `show`. `show` prints the chain like `bfcli chain get` but as valid
// `.bfr` source: the header and rules in canonical form, live set contents, and every counter as a
// `#` comment above what it counts, so the output can be saved and compiled again.

import type { ChainDetail, ChainStatus, SetStatus } from "./inspect.js";

function attachText(c: ChainStatus): string {
  if (!c.attached) return "no";
  if (c.mode === "netfilter") {
    return `netfilter priority ${c.priority ?? "?"} of ${c.priorities?.join("-") ?? "?"} (links ${c.link_ids.join(", ")})`;
  }
  if (c.mode === "cgroup") return `cgroup ${c.cgroup ?? "?"}`;
  const mode = c.mode === "xdp-driver" ? "xdp driver" : c.mode === "xdp-generic" ? "xdp generic" : c.mode ?? "?";
  return `${c.iface ?? "?"}/${c.ifindex ?? "?"} (${mode})`;
}

/** `bfr list` as a table (one header line, one line per chain). */
export function renderList(chains: ChainStatus[]): string {
  if (chains.length === 0) return "no chains loaded\n";
  const rows = [["NAME", "HOOK", "ATTACHED", "PROG", "LINK", "RULES", "OBJECT", "LOADED"]];
  for (const c of chains) {
    rows.push([c.name, c.hook, attachText(c), String(c.program_id ?? "-"), c.link_ids.length ? c.link_ids.join(",") : "-", String(c.rules),
      c.object_hash.slice(0, 12), c.loaded_at]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i]))).join("  ")).join("\n") + "\n";
}

function countText(c: { packets: number | null; bytes: number | null } | null): string {
  return c && c.packets !== null ? `${c.packets} packets, ${c.bytes} bytes` : "no counter";
}

/** Named sets with their live elements; null when one cannot be printed (then the canonical text is used). */
function setLines(all: SetStatus[], fields: Map<string, string>): string[] | null {
  // Anonymous sets (role `anon<N>`) are written inline in their rule's text.
  const sets = all.filter((s) => !/^anon\d+$/.test(s.name));
  if (sets.some((s) => s.values === null || !fields.has(s.name))) return null;
  return sets.flatMap((s) => {
    const head = `    set ${s.name} ${fields.get(s.name)} in`;
    const comment = `    # set ${s.name}: ${s.elements} of ${s.capacity} elements (live)`;
    if (s.values!.length <= 4) return [comment, `${head} { ${s.values!.join("; ")} }`.replace("{  }", "{}")];
    return [comment, `${head} {`, ...s.values!.map((v) => `        ${v}`), "    }"];
  });
}

/** `bfr show NAME` as re-parseable `.bfr` text with counters as comments. */
export function renderShow(c: ChainDetail): string {
  const m = c.meta;
  const out = [
    `# chain ${c.name}: ${c.hook}, attached: ${attachText(c)}, program id ${c.program_id ?? "-"}, link id${c.link_ids.length > 1 ? "s" : ""} ${c.link_ids.length ? c.link_ids.join(", ") : "-"}`,
    `# object ${m.objectFile} sha256 ${m.objectHash}${m.source ? ` (source ${m.source})` : ""}, loaded ${m.loadedAt}`,
  ];
  if (!m.chain) {
    out.push(`# program of a foreign object: no rule table`);
    return out.join("\n") + "\n";
  }
  const lines = m.chain.canonical.replace(/\n+$/, "").split("\n");
  const firstRule = lines.findIndex((l) => /^\s*rule\b/.test(l));
  const header = lines.slice(0, firstRule < 0 ? lines.length : firstRule);
  out.push(header[0] ?? `chain ${c.name} ${c.hook} ${c.policy_verdict}`);
  out.push(`    # policy ${c.policy_verdict}: ${countText(c.policy)}`);
  const fields = new Map(m.maps.flatMap((p) => (p.role?.kind === "set" && p.setKey ? [[p.role.set, `(${p.setKey.fields.join(", ")})`] as [string, string]] : [])));
  out.push(...(setLines(c.sets, fields) ?? header.slice(1)));
  for (const r of c.counters) {
    if (r.packets !== null) out.push(`    # ${countText(r)}`);
    out.push(`    ${r.text.startsWith("rule ") ? r.text : `rule ${r.text}`}`);
  }
  return out.join("\n") + "\n";
}
