; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-empty.bfr

chain empty
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  empty
  policy   DROP
  options  none
  rules    0
  license  GPL
  insns    23

  map        type          key  value  max_entries  flags  elements  role
  empty_ctr  percpu_array    4     16            1  0x0           -  counters

; tests/golden/asm/xdp-empty.bfr:2: chain empty BF_HOOK_XDP DROP
   0: r6 = r1
   1: r2 = *(u32 *)(r6 +0)
   2: r3 = *(u32 *)(r6 +4)
   3: r1 = r3
   4: r1 -= r2
   5: *(u64 *)(r10 -8) = r1
   6: *(u32 *)(r10 -16) = 0
   7: goto +0 <L8>
L8:
   8: r2 = r10
   9: r2 += -16
  10: r1 = map[empty_ctr] ll
  12: call bpf_map_lookup_elem#1
  13: if r0 == 0x0 goto +7 <L21>
  14: r1 = *(u64 *)(r0 +0)
  15: r1 += 1
  16: *(u64 *)(r0 +0) = r1
  17: r1 = *(u64 *)(r0 +8)
  18: r2 = *(u64 *)(r10 -8)
  19: r1 += r2
  20: *(u64 *)(r0 +8) = r1
L21:
  21: r0 = 1
  22: exit
