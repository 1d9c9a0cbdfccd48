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
  insns    161

  map        type          key  value  max_entries  flags  elements  role
  addrs_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-addresses.bfr:2: chain addrs BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -8) = 0
    4: *(u64 *)(r10 -40) = 0
    5: *(u64 *)(r10 -32) = 0
    6: *(u64 *)(r10 -56) = 0
    7: *(u64 *)(r10 -48) = 0
    8: r1 = 0x100000000 ll
   10: *(u64 *)(r10 -16) = r1
   11: *(u64 *)(r10 -24) = r1
   12: r4 = r2
   13: r4 += 14
   14: if r4 > r3 goto +54 <L69>
   15: r1 = *(u16 *)(r2 +12)
   16: if r1 == 0x81 goto +1 <L18>
   17: if r1 != 0xa888 goto +12 <L30>
L18:
   18: r0 = r4
   19: r0 += 4
   20: if r0 > r3 goto +48 <L69>
   21: r1 = *(u16 *)(r4 +2)
   22: r4 = r0
   23: if r1 == 0x81 goto +1 <L25>
   24: if r1 != 0xa888 goto +5 <L30>
L25:
   25: r0 = r4
   26: r0 += 4
   27: if r0 > r3 goto +41 <L69>
   28: r1 = *(u16 *)(r4 +2)
   29: r4 = r0
L30:
   30: if r1 == 0x8 goto +2 <L33>
   31: if r1 == 0xdd86 goto +21 <L53>
   32: goto +36 <L69>
L33:
   33: r0 = r4
   34: r0 += 20
   35: if r0 > r3 goto +33 <L69>
   36: r1 = *(u8 *)(r4 +0)
   37: r0 = r1
   38: r0 &= 240
   39: if r0 != 0x40 goto +29 <L69>
   40: r5 = r1
   41: r5 &= 15
   42: if r5 < 0x5 goto +26 <L69>
   43: *(u64 *)(r10 -8) = 4
   44: r1 = *(u32 *)(r4 +12)
   45: r1 <<= 32
   46: r1 s>>= 32
   47: *(u64 *)(r10 -16) = r1
   48: r1 = *(u32 *)(r4 +16)
   49: r1 <<= 32
   50: r1 s>>= 32
   51: *(u64 *)(r10 -24) = r1
   52: goto +16 <L69>
L53:
   53: r0 = r4
   54: r0 += 40
   55: if r0 > r3 goto +13 <L69>
   56: r5 = r0
   57: r1 = *(u8 *)(r4 +0)
   58: r1 &= 240
   59: if r1 != 0x60 goto +9 <L69>
   60: *(u64 *)(r10 -8) = 6
   61: r1 = *(u64 *)(r4 +8)
   62: *(u64 *)(r10 -40) = r1
   63: r1 = *(u64 *)(r4 +16)
   64: *(u64 *)(r10 -32) = r1
   65: r1 = *(u64 *)(r4 +24)
   66: *(u64 *)(r10 -56) = r1
   67: r1 = *(u64 *)(r4 +32)
   68: *(u64 *)(r10 -48) = r1
L69:
   69: r7 = *(u64 *)(r10 -8)
   70: r8 = *(u64 *)(r10 -16)
   71: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
   72: if r8 == 0x10200c0 goto +46 <L119>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
   73: w1 = w8
   74: w1 &= 255
   75: if w1 == 0xa goto +26 <L102>
; rule 2 — tests/golden/asm/xdp-addresses.bfr:5: rule ip4.dnet 198.51.100.0/25 DROP
L76:
   76: w1 = w9
   77: w1 &= -2130706433
   78: if w1 == 0x6433c6 goto +26 <L105>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L79:
   79: r1 = *(u64 *)(r10 -40)
   80: r2 = *(u64 *)(r10 -32)
   81: w3 = -1207107296
   82: r4 = 0x100000000000000 ll
   84: if r1 != r3 goto +1 <L86>
   85: if r2 == r4 goto +21 <L107>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L86:
   86: r1 = *(u64 *)(r10 -56)
   87: r2 = *(u64 *)(r10 -48)
   88: r3 = 0xffffffffffff ll
   90: r3 &= r1
   91: r4 = 0xff00b80d0120 ll
   93: if r3 == r4 goto +15 <L109>
; rule 5 — tests/golden/asm/xdp-addresses.bfr:8: rule ip6.snet not fe80::/10 ip6.daddr ::1 DROP
L94:
   94: r1 = *(u64 *)(r10 -56)
   95: r2 = *(u64 *)(r10 -48)
   96: r3 = 0x100000000000000 ll
   98: if r1 != 0x0 goto +1 <L100>
   99: if r2 == r3 goto +11 <L111>
; policy — no rule matched (line info: tests/golden/asm/xdp-addresses.bfr:8)
L100:
  100: *(u32 *)(r10 -64) = 4
  101: goto +42 <L144>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
L102:
  102: if r9 == 0x100000a goto -27 <L76>
  103: if w7 == 0x4 goto +17 <L121>
  104: goto -29 <L76>
; rule 2 — tests/golden/asm/xdp-addresses.bfr:5: rule ip4.dnet 198.51.100.0/25 DROP
L105:
  105: if w7 == 0x4 goto +36 <L142>
  106: goto -28 <L79>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L107:
  107: if w7 == 0x6 goto +15 <L123>
  108: goto -23 <L86>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L109:
  109: if w7 == 0x6 goto +15 <L125>
  110: goto -17 <L94>
; rule 5 — tests/golden/asm/xdp-addresses.bfr:8: rule ip6.snet not fe80::/10 ip6.daddr ::1 DROP
L111:
  111: r3 = *(u64 *)(r10 -40)
  112: r4 = *(u64 *)(r10 -32)
  113: r5 = 0xc0ff ll
  115: r5 &= r3
  116: if r5 == 0x80fe goto -17 <L100>
  117: if w7 == 0x6 goto +24 <L142>
  118: goto -19 <L100>
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
L119:
  119: *(u32 *)(r10 -64) = 0
  120: goto +6 <L127>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
L121:
  121: *(u32 *)(r10 -64) = 1
  122: goto +21 <L144>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L123:
  123: *(u32 *)(r10 -64) = 2
  124: goto +2 <L127>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L125:
  125: *(u32 *)(r10 -64) = 3
  126: goto +17 <L144>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-addresses.bfr:7)
L127:
  127: r2 = r10
  128: r2 += -64
  129: r1 = map[addrs_ctr] ll
  131: call bpf_map_lookup_elem#1
  132: if r0 == 0x0 goto +9 <L142>
  133: r1 = *(u64 *)(r0 +0)
  134: r1 += 1
  135: *(u64 *)(r0 +0) = r1
  136: r2 = *(u32 *)(r6 +4)
  137: r3 = *(u32 *)(r6 +0)
  138: r2 -= r3
  139: r1 = *(u64 *)(r0 +8)
  140: r1 += r2
  141: *(u64 *)(r0 +8) = r1
L142:
  142: r0 = 1
  143: exit
L144:
  144: r2 = r10
  145: r2 += -64
  146: r1 = map[addrs_ctr] ll
  148: call bpf_map_lookup_elem#1
  149: if r0 == 0x0 goto +9 <L159>
  150: r1 = *(u64 *)(r0 +0)
  151: r1 += 1
  152: *(u64 *)(r0 +0) = r1
  153: r2 = *(u32 *)(r6 +4)
  154: r3 = *(u32 *)(r6 +0)
  155: r2 -= r3
  156: r1 = *(u64 *)(r0 +8)
  157: r1 += r2
  158: *(u64 *)(r0 +8) = r1
L159:
  159: r0 = 2
  160: exit
