// Hand-built objects for the host tests (no compiler needed): a TC chain that counts every packet
// and drops it, a variant with a changed rule table (for update), and a two-chain object (TC +
// XDP) for multi-chain all-or-nothing. Built on tests/loader's encoder and writeObject, so the
// crash-test child never loads the compiler.

import { encodeMetadata } from "../../elf/metadata-codec.js";
import type { BfrMetadata, ChainMeta } from "../../elf/metadata.js";
import { writeObject } from "../../elf/write.js";
import { edgeMeta, tcCount, xdpDrop } from "../loader/objects.js";

function meta(iface: string | null, extra: Partial<ChainMeta> = {}): BfrMetadata {
  return edgeMeta({
    options: iface ? [{ key: "iface", value: iface }] : null,
    canonical: `chain edge BF_HOOK_TC_INGRESS${iface ? `{iface=${iface}}` : ""} ACCEPT\n    rule ip4.proto icmp counter DROP\n`,
    ...extra,
  });
}

/** TC ingress chain "edge": counts every packet in slot 0 and drops it. */
export function edgeObject(iface: string | null, extra: Partial<ChainMeta> = {}): Uint8Array {
  const s = tcCount();
  s.bfr = encodeMetadata(meta(iface, extra));
  return writeObject(s);
}

/** Same program, rule text changed: its counter must not carry over; the policy's does. */
export function edgeObjectV2(iface: string | null): Uint8Array {
  return edgeObject(iface, {
    rules: [{ index: 0, line: 2, col: 5, text: "rule ip4.proto tcp counter DROP", counterSlot: 0 }],
  });
}

/** Two chains: "edge" (TC ingress) and "gate" (XDP, drops everything), both on `iface`. */
export function twoChainObject(iface: string): Uint8Array {
  const tc = tcCount();
  const xdp = xdpDrop();
  const m = meta(iface);
  m.chains.push({
    name: "gate", hook: "BF_HOOK_XDP", program: "xdp_drop", options: [{ key: "iface", value: iface }], policy: "DROP",
    policySlot: 0, rules: [], maps: [], ifaceRefs: [], canonical: `chain gate BF_HOOK_XDP{iface=${iface}} DROP\n`,
  });
  return writeObject({ ...tc, functions: [...tc.functions, ...xdp.functions], bfr: encodeMetadata(m) });
}

