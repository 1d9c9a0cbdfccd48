#!/usr/bin/env bash
# The README's first command runs this: compile an example, show its bytecode, and — where root and
# bpf() are available — load it into a throwaway network namespace, send real traffic through it and
# show the verdicts and counters. Everything it creates (netns, veth pair, bpffs mount, temp dir) is
# removed on exit, whatever happens. `ip` and `ping` only build the test network; bfr itself never
# shells out.
set -euo pipefail
cd "$(dirname "$0")/.."

BFR=(node dist/cli/main.js)
[ -f dist/cli/main.js ] || BFR=(node --import tsx cli/main.ts)
EXAMPLE=examples/edge-blocklist.bfr
WORK=$(mktemp -d /tmp/bfr-demo.XXXXXX)
NS=bfrdemo$$
VH=bfrd$$h
VN=bfrd$$n
BPFFS="$WORK/bpffs"

cleanup() {
  set +e
  if mountpoint -q "$BPFFS" 2>/dev/null; then
    "${BFR[@]}" unload --all --bpffs "$BPFFS" >/dev/null 2>&1
    umount "$BPFFS"
  fi
  ip link del "$VH" 2>/dev/null
  ip netns del "$NS" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "compile $EXAMPLE (no root needed)"
"${BFR[@]}" compile "$EXAMPLE" -o "$WORK/edge.o" --print-hash
"${BFR[@]}" disasm "$WORK/edge.o" | head -40
echo "  … (bfr disasm $WORK/edge.o for the rest)"

if [ "$(id -u)" != 0 ]; then
  step "not root: skipping the kernel part (run as root to load the chain and send traffic)"
  exit 0
fi

step "run the example's test cases through the real kernel (BPF_PROG_TEST_RUN, nothing attached)"
if ! "${BFR[@]}" test "$WORK/edge.o" --cases "${EXAMPLE%.bfr}.cases.json"; then
  echo "bfr test failed (is bpf() permitted here?)"; exit 1
fi

if ! command -v ip >/dev/null || ! command -v ping >/dev/null; then
  step "ip or ping missing (apt-get install iproute2 iputils-ping): skipping the live part"
  exit 0
fi

step "load it on a veth pair into namespace $NS and send real pings"
ip netns add "$NS"
ip link add "$VH" type veth peer name "$VN"
ip link set "$VN" netns "$NS"
ip addr add 10.66.0.1/24 dev "$VH" && ip link set "$VH" up
ip -n "$NS" addr add 10.66.0.2/24 dev "$VN" && ip -n "$NS" link set "$VN" up && ip -n "$NS" link set lo up
mkdir -p "$BPFFS" && mount -t bpf bpf "$BPFFS"

echo "before load:"; ip netns exec "$NS" ping -c 2 -W 1 -i 0.2 10.66.0.1 | tail -2 || true
"${BFR[@]}" load "$WORK/edge.o" --iface "$VH" --bpffs "$BPFFS"
echo "after load (10.66.0.0/16 is in bad_nets4, so the XDP program on $VH drops the pings):"
ip netns exec "$NS" ping -c 3 -W 1 -i 0.2 10.66.0.1 | tail -2 || true
step "bfr list / bfr show (a fresh process reads everything from bpffs)"
"${BFR[@]}" list --bpffs "$BPFFS"
"${BFR[@]}" show edge_blocklist --bpffs "$BPFFS"
step "bfr unload: traffic flows again"
"${BFR[@]}" unload edge_blocklist --bpffs "$BPFFS"
ip netns exec "$NS" ping -c 2 -W 1 -i 0.2 10.66.0.1 | tail -2 || true
