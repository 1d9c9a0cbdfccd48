; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-addresses.bfr

chain addrs
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  addrs
  policy   ACCEPT
  options  none
  rules    6
  license  GPL
  insns    152

  map        type          key  value  max_entries  flags  elements  role
  addrs_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-addresses.bfr:2: chain addrs BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -64) = r1
    6: *(u64 *)(r10 -8) = 0
    7: r1 = 0x100000000 ll
    9: *(u64 *)(r10 -16) = r1
   10: *(u64 *)(r10 -24) = r1
   11: r4 = r2
   12: r4 += 14
   13: if r4 > r3 goto +55 <L69>
   14: r1 = *(u16 *)(r2 +12)
   15: if r1 == 0x81 goto +1 <L17>
   16: if r1 != 0xa888 goto +12 <L29>
L17:
   17: r0 = r4
   18: r0 += 4
   19: if r0 > r3 goto +49 <L69>
   20: r1 = *(u16 *)(r4 +2)
   21: r4 = r0
   22: if r1 == 0x81 goto +1 <L24>
   23: if r1 != 0xa888 goto +5 <L29>
L24:
   24: r0 = r4
   25: r0 += 4
   26: if r0 > r3 goto +42 <L69>
   27: r1 = *(u16 *)(r4 +2)
   28: r4 = r0
L29:
   29: if r1 == 0x8 goto +2 <L32>
   30: if r1 == 0xdd86 goto +21 <L52>
   31: goto +37 <L69>
L32:
   32: r0 = r4
   33: r0 += 20
   34: if r0 > r3 goto +34 <L69>
   35: r1 = *(u8 *)(r4 +0)
   36: r0 = r1
   37: r0 &= 240
   38: if r0 != 0x40 goto +30 <L69>
   39: r5 = r1
   40: r5 &= 15
   41: if r5 < 0x5 goto +27 <L69>
   42: *(u64 *)(r10 -8) = 4
   43: r1 = *(u32 *)(r4 +12)
   44: r1 <<= 32
   45: r1 s>>= 32
   46: *(u64 *)(r10 -16) = r1
   47: r1 = *(u32 *)(r4 +16)
   48: r1 <<= 32
   49: r1 s>>= 32
   50: *(u64 *)(r10 -24) = r1
   51: goto +17 <L69>
L52:
   52: r0 = r4
   53: r0 += 40
   54: if r0 > r3 goto +14 <L69>
   55: r5 = r0
   56: r1 = *(u8 *)(r4 +0)
   57: r1 &= 240
   58: if r1 != 0x60 goto +10 <L69>
   59: *(u64 *)(r10 -8) = 6
   60: r1 = *(u64 *)(r4 +8)
   61: *(u64 *)(r10 -40) = r1
   62: r1 = *(u64 *)(r4 +16)
   63: *(u64 *)(r10 -32) = r1
   64: r1 = *(u64 *)(r4 +24)
   65: *(u64 *)(r10 -56) = r1
   66: r1 = *(u64 *)(r4 +32)
   67: *(u64 *)(r10 -48) = r1
   68: goto +0 <L69>
L69:
   69: r7 = *(u64 *)(r10 -8)
   70: r8 = *(u64 *)(r10 -16)
   71: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
   72: if r8 == 0x10200c0 goto +41 <L114>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
   73: if w7 != 0x4 goto +4 <L78>
   74: if r9 == 0x100000a goto +3 <L78>
   75: w1 = w8
   76: w1 &= 255
   77: if w1 == 0xa goto +38 <L116>
; rule 2 — tests/golden/asm/xdp-addresses.bfr:5: rule ip4.dnet 198.51.100.0/25 DROP
L78:
   78: if w7 != 0x4 goto +3 <L82>
   79: w1 = w9
   80: w1 &= -2130706433
   81: if w1 == 0x6433c6 goto +53 <L135>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L82:
   82: if w7 != 0x6 goto +7 <L90>
   83: r1 = *(u64 *)(r10 -40)
   84: r2 = *(u64 *)(r10 -32)
   85: w3 = -1207107296
   86: r4 = 0x100000000000000 ll
   88: if r1 != r3 goto +1 <L90>
   89: if r2 == r4 goto +28 <L118>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L90:
   90: if w7 != 0x6 goto +8 <L99>
   91: r1 = *(u64 *)(r10 -56)
   92: r2 = *(u64 *)(r10 -48)
   93: r3 = 0xffffffffffff ll
   95: r3 &= r1
   96: r4 = 0xff00b80d0120 ll
   98: if r3 == r4 goto +21 <L120>
; rule 5 — tests/golden/asm/xdp-addresses.bfr:8: rule ip6.snet not fe80::/10 ip6.daddr ::1 DROP
L99:
   99: if w7 != 0x6 goto +12 <L112>
  100: r1 = *(u64 *)(r10 -40)
  101: r2 = *(u64 *)(r10 -32)
  102: r3 = 0xc0ff ll
  104: r3 &= r1
  105: if r3 == 0x80fe goto +6 <L112>
  106: r3 = *(u64 *)(r10 -56)
  107: r4 = *(u64 *)(r10 -48)
  108: r5 = 0x100000000000000 ll
  110: if r3 != 0x0 goto +1 <L112>
  111: if r4 == r5 goto +23 <L135>
L112:
  112: *(u32 *)(r10 -72) = 4
  113: goto +23 <L137>
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
L114:
  114: *(u32 *)(r10 -72) = 0
  115: goto +6 <L122>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
L116:
  116: *(u32 *)(r10 -72) = 1
  117: goto +19 <L137>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L118:
  118: *(u32 *)(r10 -72) = 2
  119: goto +2 <L122>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L120:
  120: *(u32 *)(r10 -72) = 3
  121: goto +15 <L137>
L122:
  122: r2 = r10
  123: r2 += -72
  124: r1 = map[addrs_ctr] ll
  126: call bpf_map_lookup_elem#1
  127: if r0 == 0x0 goto +7 <L135>
  128: r1 = *(u64 *)(r0 +0)
  129: r1 += 1
  130: *(u64 *)(r0 +0) = r1
  131: r1 = *(u64 *)(r0 +8)
  132: r2 = *(u64 *)(r10 -64)
  133: r1 += r2
  134: *(u64 *)(r0 +8) = r1
L135:
  135: r0 = 1
  136: exit
L137:
  137: r2 = r10
  138: r2 += -72
  139: r1 = map[addrs_ctr] ll
  141: call bpf_map_lookup_elem#1
  142: if r0 == 0x0 goto +7 <L150>
  143: r1 = *(u64 *)(r0 +0)
  144: r1 += 1
  145: *(u64 *)(r0 +0) = r1
  146: r1 = *(u64 *)(r0 +8)
  147: r2 = *(u64 *)(r10 -64)
  148: r1 += r2
  149: *(u64 *)(r0 +8) = r1
L150:
  150: r0 = 2
  151: exit
