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
  insns    158

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
    7: *(u64 *)(r10 -40) = 0
    8: *(u64 *)(r10 -32) = 0
    9: *(u64 *)(r10 -56) = 0
   10: *(u64 *)(r10 -48) = 0
   11: r1 = 0x100000000 ll
   13: *(u64 *)(r10 -16) = r1
   14: *(u64 *)(r10 -24) = r1
   15: r4 = r2
   16: r4 += 14
   17: if r4 > r3 goto +55 <L73>
   18: r1 = *(u16 *)(r2 +12)
   19: if r1 == 0x81 goto +1 <L21>
   20: if r1 != 0xa888 goto +12 <L33>
L21:
   21: r0 = r4
   22: r0 += 4
   23: if r0 > r3 goto +49 <L73>
   24: r1 = *(u16 *)(r4 +2)
   25: r4 = r0
   26: if r1 == 0x81 goto +1 <L28>
   27: if r1 != 0xa888 goto +5 <L33>
L28:
   28: r0 = r4
   29: r0 += 4
   30: if r0 > r3 goto +42 <L73>
   31: r1 = *(u16 *)(r4 +2)
   32: r4 = r0
L33:
   33: if r1 == 0x8 goto +2 <L36>
   34: if r1 == 0xdd86 goto +21 <L56>
   35: goto +37 <L73>
L36:
   36: r0 = r4
   37: r0 += 20
   38: if r0 > r3 goto +34 <L73>
   39: r1 = *(u8 *)(r4 +0)
   40: r0 = r1
   41: r0 &= 240
   42: if r0 != 0x40 goto +30 <L73>
   43: r5 = r1
   44: r5 &= 15
   45: if r5 < 0x5 goto +27 <L73>
   46: *(u64 *)(r10 -8) = 4
   47: r1 = *(u32 *)(r4 +12)
   48: r1 <<= 32
   49: r1 s>>= 32
   50: *(u64 *)(r10 -16) = r1
   51: r1 = *(u32 *)(r4 +16)
   52: r1 <<= 32
   53: r1 s>>= 32
   54: *(u64 *)(r10 -24) = r1
   55: goto +17 <L73>
L56:
   56: r0 = r4
   57: r0 += 40
   58: if r0 > r3 goto +14 <L73>
   59: r5 = r0
   60: r1 = *(u8 *)(r4 +0)
   61: r1 &= 240
   62: if r1 != 0x60 goto +10 <L73>
   63: *(u64 *)(r10 -8) = 6
   64: r1 = *(u64 *)(r4 +8)
   65: *(u64 *)(r10 -40) = r1
   66: r1 = *(u64 *)(r4 +16)
   67: *(u64 *)(r10 -32) = r1
   68: r1 = *(u64 *)(r4 +24)
   69: *(u64 *)(r10 -56) = r1
   70: r1 = *(u64 *)(r4 +32)
   71: *(u64 *)(r10 -48) = r1
   72: goto +0 <L73>
L73:
   73: r7 = *(u64 *)(r10 -8)
   74: r8 = *(u64 *)(r10 -16)
   75: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
   76: if r8 == 0x10200c0 goto +43 <L120>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
   77: w1 = w8
   78: w1 &= 255
   79: if w1 == 0xa goto +24 <L104>
; rule 2 — tests/golden/asm/xdp-addresses.bfr:5: rule ip4.dnet 198.51.100.0/25 DROP
L80:
   80: w1 = w9
   81: w1 &= -2130706433
   82: if w1 == 0x6433c6 goto +24 <L107>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L83:
   83: r1 = *(u64 *)(r10 -40)
   84: r2 = *(u64 *)(r10 -32)
   85: w3 = -1207107296
   86: r4 = 0x100000000000000 ll
   88: if r1 != r3 goto +1 <L90>
   89: if r2 == r4 goto +19 <L109>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L90:
   90: r3 = *(u64 *)(r10 -56)
   91: r4 = *(u64 *)(r10 -48)
   92: r5 = 0xffffffffffff ll
   94: r5 &= r3
   95: r1 = 0xff00b80d0120 ll
   97: if r5 == r1 goto +13 <L111>
; rule 5 — tests/golden/asm/xdp-addresses.bfr:8: rule ip6.snet not fe80::/10 ip6.daddr ::1 DROP
L98:
   98: r1 = 0x100000000000000 ll
  100: if r3 != 0x0 goto +1 <L102>
  101: if r4 == r1 goto +11 <L113>
; policy — no rule matched (line info: tests/golden/asm/xdp-addresses.bfr:8)
L102:
  102: *(u32 *)(r10 -72) = 4
  103: goto +39 <L143>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
L104:
  104: if r9 == 0x100000a goto -25 <L80>
  105: if w7 == 0x4 goto +16 <L122>
  106: goto -27 <L80>
; rule 2 — tests/golden/asm/xdp-addresses.bfr:5: rule ip4.dnet 198.51.100.0/25 DROP
L107:
  107: if w7 == 0x4 goto +33 <L141>
  108: goto -26 <L83>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L109:
  109: if w7 == 0x6 goto +14 <L124>
  110: goto -21 <L90>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L111:
  111: if w7 == 0x6 goto +14 <L126>
  112: goto -15 <L98>
; rule 5 — tests/golden/asm/xdp-addresses.bfr:8: rule ip6.snet not fe80::/10 ip6.daddr ::1 DROP
L113:
  113: r1 = *(u64 *)(r10 -40)
  114: r5 = 0xc0ff ll
  116: r5 &= r1
  117: if r5 == 0x80fe goto -16 <L102>
  118: if w7 == 0x6 goto +22 <L141>
  119: goto -18 <L102>
; rule 0 — tests/golden/asm/xdp-addresses.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
L120:
  120: *(u32 *)(r10 -72) = 0
  121: goto +6 <L128>
; rule 1 — tests/golden/asm/xdp-addresses.bfr:4: rule ip4.daddr not 10.0.0.1 ip4.snet 10.0.0.0/8 counter ACCEPT
L122:
  122: *(u32 *)(r10 -72) = 1
  123: goto +19 <L143>
; rule 3 — tests/golden/asm/xdp-addresses.bfr:6: rule ip6.saddr 2001:db8::1 counter DROP
L124:
  124: *(u32 *)(r10 -72) = 2
  125: goto +2 <L128>
; rule 4 — tests/golden/asm/xdp-addresses.bfr:7: rule ip6.dnet 2001:db8:ff::/48 counter ACCEPT
L126:
  126: *(u32 *)(r10 -72) = 3
  127: goto +15 <L143>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-addresses.bfr:7)
L128:
  128: r2 = r10
  129: r2 += -72
  130: r1 = map[addrs_ctr] ll
  132: call bpf_map_lookup_elem#1
  133: if r0 == 0x0 goto +7 <L141>
  134: r1 = *(u64 *)(r0 +0)
  135: r1 += 1
  136: *(u64 *)(r0 +0) = r1
  137: r1 = *(u64 *)(r0 +8)
  138: r2 = *(u64 *)(r10 -64)
  139: r1 += r2
  140: *(u64 *)(r0 +8) = r1
L141:
  141: r0 = 1
  142: exit
L143:
  143: r2 = r10
  144: r2 += -72
  145: r1 = map[addrs_ctr] ll
  147: call bpf_map_lookup_elem#1
  148: if r0 == 0x0 goto +7 <L156>
  149: r1 = *(u64 *)(r0 +0)
  150: r1 += 1
  151: *(u64 *)(r0 +0) = r1
  152: r1 = *(u64 *)(r0 +8)
  153: r2 = *(u64 *)(r10 -64)
  154: r1 += r2
  155: *(u64 *)(r0 +8) = r1
L156:
  156: r0 = 2
  157: exit
