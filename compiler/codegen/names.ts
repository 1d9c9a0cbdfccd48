// Object-level names: program (function) names and map names. Map names are at most 15 characters
// (the kernel keeps 15; they are also pin file names and show in disassembly), unique in the
// object, readable and stable: `<chain prefix>_<role>` where the chain prefix is the chain name cut
// to 6 characters and the role is `ctr` (counters), the set's name cut to 8 characters, or
// `anon<N>` (the N-th anonymous set of the chain). A clash after cutting is resolved by replacing
// the end of the later name with a decimal counter (2, 3, …), in chain order then set order.
// A long chain also has `<chain prefix>_pkt`, its per-CPU scratch map of parsed packet values.

import type { Chain } from "../model.js";

export interface ChainMapNames {
  counters: string;
  /** The per-CPU scratch map (used only by chains split into rule-range functions). */
  scratch: string;
  /** Map name of each set of the chain, by index in Chain.sets. */
  sets: string[];
  /** MapRole.set name of each set: the declared name or `anon<N>`. */
  setRoles: string[];
  /** The `log` ring buffer and the `every` rate-limit array (allocated only for chains that log). */
  log: string | null;
  ratelimit: string | null;
}

/** Characters the kernel accepts in object names (isalnum, '_', '.'). */
const clean = (s: string): string => s.replace(/[^A-Za-z0-9_.]/g, "_");

function unique(base: string, taken: Set<string>): string {
  let name = base.slice(0, 15);
  for (let n = 2; taken.has(name); n++) name = base.slice(0, 15 - String(n).length) + String(n);
  taken.add(name);
  return name;
}

/** Map names for every chain of a ruleset, in chain order. */
export function mapNames(chains: readonly Chain[]): ChainMapNames[] {
  const taken = new Set<string>();
  return chains.map((c) => {
    const prefix = clean(c.name).slice(0, 6);
    const counters = unique(`${prefix}_ctr`, taken);
    const scratch = unique(`${prefix}_pkt`, taken);
    let anon = 0;
    const setRoles = c.sets.map((s) => s.name ?? `anon${anon++}`);
    const sets = setRoles.map((r) => unique(`${prefix}_${clean(r).slice(0, 8)}`, taken));
    const logs = c.rules.some((r) => r.log);
    const log = logs ? unique(`${prefix}_log`, taken) : null;
    const ratelimit = logs ? unique(`${prefix}_rl`, taken) : null;
    return { counters, scratch, sets, setRoles, log, ratelimit };
  });
}

/** A C identifier for the chain's program (the chain name already is one: `[A-Za-z0-9_]+`). */
export function programName(chain: Chain): string {
  return /^[0-9]/.test(chain.name) ? `_${chain.name}` : chain.name;
}

/** Name of the k-th rule-range function of a chain split for the verifier. */
export function partName(chain: Chain, k: number): string {
  return `${programName(chain)}__part${k}`;
}
