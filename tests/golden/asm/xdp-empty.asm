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
  insns    21

  map        type          key  value  max_entries  flags  elements  role
  empty_ctr  percpu_array    4     16            1  0x0           -  counters

; tests/golden/asm/xdp-empty.bfr:2: chain empty BF_HOOK_XDP DROP
   0: r6 = r1
   1: r2 = *(u32 *)(r6 +0)
   2: r3 = *(u32 *)(r6 +4)
   3: *(u32 *)(r10 -8) = 0
   4: r2 = r10
   5: r2 += -8
   6: r1 = map[empty_ctr] ll
   8: call bpf_map_lookup_elem#1
   9: if r0 == 0x0 goto +9 <L19>
  10: r1 = *(u64 *)(r0 +0)
  11: r1 += 1
  12: *(u64 *)(r0 +0) = r1
  13: r2 = *(u32 *)(r6 +4)
  14: r3 = *(u32 *)(r6 +0)
  15: r2 -= r3
  16: r1 = *(u64 *)(r0 +8)
  17: r1 += r2
  18: *(u64 *)(r0 +8) = r1
L19:
  19: r0 = 1
  20: exit
