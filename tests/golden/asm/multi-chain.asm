; 3 program(s), 0 sub-program(s), 3 map(s) from tests/golden/asm/multi-chain.bfr

chain edge
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  edge
  policy   ACCEPT
  options  ifindex=2
  rules    1
  license  GPL
  insns    79

  map       type          key  value  max_entries  flags  elements  role
  edge_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:2: chain edge BF_HOOK_XDP { ifindex=2 } ACCEPT
   0: r6 = r1
   1: r2 = *(u32 *)(r6 +0)
   2: r3 = *(u32 *)(r6 +4)
   3: r1 = 0x100000000 ll
   5: *(u64 *)(r10 -8) = r1
   6: r4 = r2
   7: r4 += 14
   8: if r4 > r3 goto +31 <L40>
   9: r1 = *(u16 *)(r2 +12)
  10: if r1 == 0x81 goto +1 <L12>
  11: if r1 != 0xa888 goto +12 <L24>
L12:
  12: r0 = r4
  13: r0 += 4
  14: if r0 > r3 goto +25 <L40>
  15: r1 = *(u16 *)(r4 +2)
  16: r4 = r0
  17: if r1 == 0x81 goto +1 <L19>
  18: if r1 != 0xa888 goto +5 <L24>
L19:
  19: r0 = r4
  20: r0 += 4
  21: if r0 > r3 goto +18 <L40>
  22: r1 = *(u16 *)(r4 +2)
  23: r4 = r0
L24:
  24: if r1 == 0x8 goto +1 <L26>
  25: goto +14 <L40>
L26:
  26: r0 = r4
  27: r0 += 20
  28: if r0 > r3 goto +11 <L40>
  29: r1 = *(u8 *)(r4 +0)
  30: r0 = r1
  31: r0 &= 240
  32: if r0 != 0x40 goto +7 <L40>
  33: r5 = r1
  34: r5 &= 15
  35: if r5 < 0x5 goto +4 <L40>
  36: r1 = *(u32 *)(r4 +12)
  37: r1 <<= 32
  38: r1 s>>= 32
  39: *(u64 *)(r10 -8) = r1
L40:
  40: r7 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/multi-chain.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
  41: if r7 == 0x10200c0 goto +2 <L44>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:3)
  42: *(u32 *)(r10 -16) = 1
  43: goto +18 <L62>
; rule 0 — tests/golden/asm/multi-chain.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
L44:
  44: *(u32 *)(r10 -16) = 0
; shared code: counters and verdicts (line info: tests/golden/asm/multi-chain.bfr:3)
  45: r2 = r10
  46: r2 += -16
  47: r1 = map[edge_ctr] ll
  49: call bpf_map_lookup_elem#1
  50: if r0 == 0x0 goto +9 <L60>
  51: r1 = *(u64 *)(r0 +0)
  52: r1 += 1
  53: *(u64 *)(r0 +0) = r1
  54: r2 = *(u32 *)(r6 +4)
  55: r3 = *(u32 *)(r6 +0)
  56: r2 -= r3
  57: r1 = *(u64 *)(r0 +8)
  58: r1 += r2
  59: *(u64 *)(r0 +8) = r1
L60:
  60: r0 = 1
  61: exit
L62:
  62: r2 = r10
  63: r2 += -16
  64: r1 = map[edge_ctr] ll
  66: call bpf_map_lookup_elem#1
  67: if r0 == 0x0 goto +9 <L77>
  68: r1 = *(u64 *)(r0 +0)
  69: r1 += 1
  70: *(u64 *)(r0 +0) = r1
  71: r2 = *(u32 *)(r6 +4)
  72: r3 = *(u32 *)(r6 +0)
  73: r2 -= r3
  74: r1 = *(u64 *)(r0 +8)
  75: r1 += r2
  76: *(u64 *)(r0 +8) = r1
L77:
  77: r0 = 2
  78: exit

chain tc_in
  hook     BF_HOOK_TC_INGRESS
  section  tcx/ingress
  attach   BPF_TCX_INGRESS (46)
  program  tc_in
  policy   DROP
  options  none
  rules    2
  license  GPL
  insns    568

  map        type          key  value  max_entries  flags  elements  role
  tc_in_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:4: chain tc_in BF_HOOK_TC_INGRESS DROP
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +76)
    2: r3 = *(u32 *)(r6 +80)
    3: r1 = r3
    4: r1 -= r2
    5: if r1 >= 0x80 goto +9 <L15>
    6: r0 = *(u32 *)(r6 +0)
    7: if r1 >= r0 goto +7 <L15>
    8: r2 = r0
    9: if r2 <= 0x80 goto +1 <L11>
   10: r2 = 128
L11:
   11: r1 = r6
   12: call bpf_skb_pull_data#39
   13: r2 = *(u32 *)(r6 +76)
   14: r3 = *(u32 *)(r6 +80)
L15:
   15: *(u64 *)(r10 -8) = 65536
   16: *(u64 *)(r10 -16) = 256
   17: *(u64 *)(r10 -24) = 65536
   18: r4 = r2
   19: r4 += 14
   20: if r4 > r3 goto +507 <L528>
   21: r1 = *(u16 *)(r2 +12)
   22: if r1 == 0x81 goto +1 <L24>
   23: if r1 != 0xa888 goto +12 <L36>
L24:
   24: r0 = r4
   25: r0 += 4
   26: if r0 > r3 goto +501 <L528>
   27: r1 = *(u16 *)(r4 +2)
   28: r4 = r0
   29: if r1 == 0x81 goto +1 <L31>
   30: if r1 != 0xa888 goto +5 <L36>
L31:
   31: r0 = r4
   32: r0 += 4
   33: if r0 > r3 goto +494 <L528>
   34: r1 = *(u16 *)(r4 +2)
   35: r4 = r0
L36:
   36: *(u64 *)(r10 -8) = r1
   37: if r1 == 0x8 goto +2 <L40>
   38: if r1 == 0xdd86 goto +20 <L59>
   39: goto +488 <L528>
L40:
   40: r0 = r4
   41: r0 += 20
   42: if r0 > r3 goto +485 <L528>
   43: r1 = *(u8 *)(r4 +0)
   44: r0 = r1
   45: r0 &= 240
   46: if r0 != 0x40 goto +481 <L528>
   47: r5 = r1
   48: r5 &= 15
   49: if r5 < 0x5 goto +478 <L528>
   50: r1 = *(u8 *)(r4 +9)
   51: r0 = *(u16 *)(r4 +6)
   52: r0 &= 65311
   53: if r0 != 0x0 goto +474 <L528>
   54: r5 <<= 2
   55: r0 = r4
   56: r0 += r5
   57: r5 = r0
   58: goto +14 <L73>
L59:
   59: r0 = r4
   60: r0 += 40
   61: if r0 > r3 goto +466 <L528>
   62: r5 = r0
   63: r1 = *(u8 *)(r4 +0)
   64: r1 &= 240
   65: if r1 != 0x60 goto +462 <L528>
   66: r1 = *(u8 *)(r4 +6)
   67: if r1 == 0x0 goto +36 <L104>
   68: if r1 == 0x2b goto +35 <L104>
   69: if r1 == 0x2c goto +34 <L104>
   70: if r1 == 0x33 goto +33 <L104>
   71: if r1 == 0x3c goto +32 <L104>
   72: if r1 == 0x87 goto +31 <L104>
L73:
   73: if r1 == 0x6 goto +4 <L78>
   74: if r1 == 0x11 goto +11 <L86>
   75: if r1 == 0x1 goto +18 <L94>
   76: if r1 == 0x3a goto +22 <L99>
   77: goto +450 <L528>
L78:
   78: r0 = r5
   79: r0 += 20
   80: if r0 > r3 goto +447 <L528>
   81: *(u64 *)(r10 -16) = 6
   82: r1 = *(u16 *)(r5 +2)
   83: r1 = be16 r1
   84: *(u64 *)(r10 -24) = r1
   85: goto +442 <L528>
L86:
   86: r0 = r5
   87: r0 += 8
   88: if r0 > r3 goto +439 <L528>
   89: *(u64 *)(r10 -16) = 17
   90: r1 = *(u16 *)(r5 +2)
   91: r1 = be16 r1
   92: *(u64 *)(r10 -24) = r1
   93: goto +434 <L528>
L94:
   94: r0 = r5
   95: r0 += 8
   96: if r0 > r3 goto +431 <L528>
   97: *(u64 *)(r10 -16) = 1
   98: goto +429 <L528>
L99:
   99: r0 = r5
  100: r0 += 8
  101: if r0 > r3 goto +426 <L528>
  102: *(u64 *)(r10 -16) = 58
  103: goto +424 <L528>
L104:
  104: r7 = r5
  105: r7 -= r2
  106: r8 = r1
  107: if r8 == 0x2c goto +32 <L140>
  108: if r8 == 0x33 goto +18 <L127>
  109: if r8 == 0x0 goto +4 <L114>
  110: if r8 == 0x2b goto +3 <L114>
  111: if r8 == 0x3c goto +2 <L114>
  112: if r8 == 0x87 goto +1 <L114>
  113: goto +359 <L473>
L114:
  114: r1 = r6
  115: r2 = r7
  116: r3 = r10
  117: r3 += -56
  118: r4 = 2
  119: call bpf_skb_load_bytes#26
  120: if r0 != 0x0 goto +407 <L528>
  121: r8 = *(u8 *)(r10 -56)
  122: r1 = *(u8 *)(r10 -55)
  123: r1 += 1
  124: r1 <<= 3
  125: r7 += r1
  126: goto +25 <L152>
L127:
  127: r1 = r6
  128: r2 = r7
  129: r3 = r10
  130: r3 += -56
  131: r4 = 2
  132: call bpf_skb_load_bytes#26
  133: if r0 != 0x0 goto +394 <L528>
  134: r8 = *(u8 *)(r10 -56)
  135: r1 = *(u8 *)(r10 -55)
  136: r1 += 2
  137: r1 <<= 2
  138: r7 += r1
  139: goto +12 <L152>
L140:
  140: r1 = r6
  141: r2 = r7
  142: r3 = r10
  143: r3 += -56
  144: r4 = 4
  145: call bpf_skb_load_bytes#26
  146: if r0 != 0x0 goto +381 <L528>
  147: r8 = *(u8 *)(r10 -56)
  148: r1 = *(u16 *)(r10 -54)
  149: r1 &= 63743
  150: if r1 != 0x0 goto +377 <L528>
  151: r7 += 8
L152:
  152: if r8 == 0x2c goto +32 <L185>
  153: if r8 == 0x33 goto +18 <L172>
  154: if r8 == 0x0 goto +4 <L159>
  155: if r8 == 0x2b goto +3 <L159>
  156: if r8 == 0x3c goto +2 <L159>
  157: if r8 == 0x87 goto +1 <L159>
  158: goto +314 <L473>
L159:
  159: r1 = r6
  160: r2 = r7
  161: r3 = r10
  162: r3 += -56
  163: r4 = 2
  164: call bpf_skb_load_bytes#26
  165: if r0 != 0x0 goto +362 <L528>
  166: r8 = *(u8 *)(r10 -56)
  167: r1 = *(u8 *)(r10 -55)
  168: r1 += 1
  169: r1 <<= 3
  170: r7 += r1
  171: goto +25 <L197>
L172:
  172: r1 = r6
  173: r2 = r7
  174: r3 = r10
  175: r3 += -56
  176: r4 = 2
  177: call bpf_skb_load_bytes#26
  178: if r0 != 0x0 goto +349 <L528>
  179: r8 = *(u8 *)(r10 -56)
  180: r1 = *(u8 *)(r10 -55)
  181: r1 += 2
  182: r1 <<= 2
  183: r7 += r1
  184: goto +12 <L197>
L185:
  185: r1 = r6
  186: r2 = r7
  187: r3 = r10
  188: r3 += -56
  189: r4 = 4
  190: call bpf_skb_load_bytes#26
  191: if r0 != 0x0 goto +336 <L528>
  192: r8 = *(u8 *)(r10 -56)
  193: r1 = *(u16 *)(r10 -54)
  194: r1 &= 63743
  195: if r1 != 0x0 goto +332 <L528>
  196: r7 += 8
L197:
  197: if r8 == 0x2c goto +32 <L230>
  198: if r8 == 0x33 goto +18 <L217>
  199: if r8 == 0x0 goto +4 <L204>
  200: if r8 == 0x2b goto +3 <L204>
  201: if r8 == 0x3c goto +2 <L204>
  202: if r8 == 0x87 goto +1 <L204>
  203: goto +269 <L473>
L204:
  204: r1 = r6
  205: r2 = r7
  206: r3 = r10
  207: r3 += -56
  208: r4 = 2
  209: call bpf_skb_load_bytes#26
  210: if r0 != 0x0 goto +317 <L528>
  211: r8 = *(u8 *)(r10 -56)
  212: r1 = *(u8 *)(r10 -55)
  213: r1 += 1
  214: r1 <<= 3
  215: r7 += r1
  216: goto +25 <L242>
L217:
  217: r1 = r6
  218: r2 = r7
  219: r3 = r10
  220: r3 += -56
  221: r4 = 2
  222: call bpf_skb_load_bytes#26
  223: if r0 != 0x0 goto +304 <L528>
  224: r8 = *(u8 *)(r10 -56)
  225: r1 = *(u8 *)(r10 -55)
  226: r1 += 2
  227: r1 <<= 2
  228: r7 += r1
  229: goto +12 <L242>
L230:
  230: r1 = r6
  231: r2 = r7
  232: r3 = r10
  233: r3 += -56
  234: r4 = 4
  235: call bpf_skb_load_bytes#26
  236: if r0 != 0x0 goto +291 <L528>
  237: r8 = *(u8 *)(r10 -56)
  238: r1 = *(u16 *)(r10 -54)
  239: r1 &= 63743
  240: if r1 != 0x0 goto +287 <L528>
  241: r7 += 8
L242:
  242: if r8 == 0x2c goto +32 <L275>
  243: if r8 == 0x33 goto +18 <L262>
  244: if r8 == 0x0 goto +4 <L249>
  245: if r8 == 0x2b goto +3 <L249>
  246: if r8 == 0x3c goto +2 <L249>
  247: if r8 == 0x87 goto +1 <L249>
  248: goto +224 <L473>
L249:
  249: r1 = r6
  250: r2 = r7
  251: r3 = r10
  252: r3 += -56
  253: r4 = 2
  254: call bpf_skb_load_bytes#26
  255: if r0 != 0x0 goto +272 <L528>
  256: r8 = *(u8 *)(r10 -56)
  257: r1 = *(u8 *)(r10 -55)
  258: r1 += 1
  259: r1 <<= 3
  260: r7 += r1
  261: goto +25 <L287>
L262:
  262: r1 = r6
  263: r2 = r7
  264: r3 = r10
  265: r3 += -56
  266: r4 = 2
  267: call bpf_skb_load_bytes#26
  268: if r0 != 0x0 goto +259 <L528>
  269: r8 = *(u8 *)(r10 -56)
  270: r1 = *(u8 *)(r10 -55)
  271: r1 += 2
  272: r1 <<= 2
  273: r7 += r1
  274: goto +12 <L287>
L275:
  275: r1 = r6
  276: r2 = r7
  277: r3 = r10
  278: r3 += -56
  279: r4 = 4
  280: call bpf_skb_load_bytes#26
  281: if r0 != 0x0 goto +246 <L528>
  282: r8 = *(u8 *)(r10 -56)
  283: r1 = *(u16 *)(r10 -54)
  284: r1 &= 63743
  285: if r1 != 0x0 goto +242 <L528>
  286: r7 += 8
L287:
  287: if r8 == 0x2c goto +32 <L320>
  288: if r8 == 0x33 goto +18 <L307>
  289: if r8 == 0x0 goto +4 <L294>
  290: if r8 == 0x2b goto +3 <L294>
  291: if r8 == 0x3c goto +2 <L294>
  292: if r8 == 0x87 goto +1 <L294>
  293: goto +179 <L473>
L294:
  294: r1 = r6
  295: r2 = r7
  296: r3 = r10
  297: r3 += -56
  298: r4 = 2
  299: call bpf_skb_load_bytes#26
  300: if r0 != 0x0 goto +227 <L528>
  301: r8 = *(u8 *)(r10 -56)
  302: r1 = *(u8 *)(r10 -55)
  303: r1 += 1
  304: r1 <<= 3
  305: r7 += r1
  306: goto +25 <L332>
L307:
  307: r1 = r6
  308: r2 = r7
  309: r3 = r10
  310: r3 += -56
  311: r4 = 2
  312: call bpf_skb_load_bytes#26
  313: if r0 != 0x0 goto +214 <L528>
  314: r8 = *(u8 *)(r10 -56)
  315: r1 = *(u8 *)(r10 -55)
  316: r1 += 2
  317: r1 <<= 2
  318: r7 += r1
  319: goto +12 <L332>
L320:
  320: r1 = r6
  321: r2 = r7
  322: r3 = r10
  323: r3 += -56
  324: r4 = 4
  325: call bpf_skb_load_bytes#26
  326: if r0 != 0x0 goto +201 <L528>
  327: r8 = *(u8 *)(r10 -56)
  328: r1 = *(u16 *)(r10 -54)
  329: r1 &= 63743
  330: if r1 != 0x0 goto +197 <L528>
  331: r7 += 8
L332:
  332: if r8 == 0x2c goto +32 <L365>
  333: if r8 == 0x33 goto +18 <L352>
  334: if r8 == 0x0 goto +4 <L339>
  335: if r8 == 0x2b goto +3 <L339>
  336: if r8 == 0x3c goto +2 <L339>
  337: if r8 == 0x87 goto +1 <L339>
  338: goto +134 <L473>
L339:
  339: r1 = r6
  340: r2 = r7
  341: r3 = r10
  342: r3 += -56
  343: r4 = 2
  344: call bpf_skb_load_bytes#26
  345: if r0 != 0x0 goto +182 <L528>
  346: r8 = *(u8 *)(r10 -56)
  347: r1 = *(u8 *)(r10 -55)
  348: r1 += 1
  349: r1 <<= 3
  350: r7 += r1
  351: goto +25 <L377>
L352:
  352: r1 = r6
  353: r2 = r7
  354: r3 = r10
  355: r3 += -56
  356: r4 = 2
  357: call bpf_skb_load_bytes#26
  358: if r0 != 0x0 goto +169 <L528>
  359: r8 = *(u8 *)(r10 -56)
  360: r1 = *(u8 *)(r10 -55)
  361: r1 += 2
  362: r1 <<= 2
  363: r7 += r1
  364: goto +12 <L377>
L365:
  365: r1 = r6
  366: r2 = r7
  367: r3 = r10
  368: r3 += -56
  369: r4 = 4
  370: call bpf_skb_load_bytes#26
  371: if r0 != 0x0 goto +156 <L528>
  372: r8 = *(u8 *)(r10 -56)
  373: r1 = *(u16 *)(r10 -54)
  374: r1 &= 63743
  375: if r1 != 0x0 goto +152 <L528>
  376: r7 += 8
L377:
  377: if r8 == 0x2c goto +32 <L410>
  378: if r8 == 0x33 goto +18 <L397>
  379: if r8 == 0x0 goto +4 <L384>
  380: if r8 == 0x2b goto +3 <L384>
  381: if r8 == 0x3c goto +2 <L384>
  382: if r8 == 0x87 goto +1 <L384>
  383: goto +89 <L473>
L384:
  384: r1 = r6
  385: r2 = r7
  386: r3 = r10
  387: r3 += -56
  388: r4 = 2
  389: call bpf_skb_load_bytes#26
  390: if r0 != 0x0 goto +137 <L528>
  391: r8 = *(u8 *)(r10 -56)
  392: r1 = *(u8 *)(r10 -55)
  393: r1 += 1
  394: r1 <<= 3
  395: r7 += r1
  396: goto +25 <L422>
L397:
  397: r1 = r6
  398: r2 = r7
  399: r3 = r10
  400: r3 += -56
  401: r4 = 2
  402: call bpf_skb_load_bytes#26
  403: if r0 != 0x0 goto +124 <L528>
  404: r8 = *(u8 *)(r10 -56)
  405: r1 = *(u8 *)(r10 -55)
  406: r1 += 2
  407: r1 <<= 2
  408: r7 += r1
  409: goto +12 <L422>
L410:
  410: r1 = r6
  411: r2 = r7
  412: r3 = r10
  413: r3 += -56
  414: r4 = 4
  415: call bpf_skb_load_bytes#26
  416: if r0 != 0x0 goto +111 <L528>
  417: r8 = *(u8 *)(r10 -56)
  418: r1 = *(u16 *)(r10 -54)
  419: r1 &= 63743
  420: if r1 != 0x0 goto +107 <L528>
  421: r7 += 8
L422:
  422: if r8 == 0x2c goto +32 <L455>
  423: if r8 == 0x33 goto +18 <L442>
  424: if r8 == 0x0 goto +4 <L429>
  425: if r8 == 0x2b goto +3 <L429>
  426: if r8 == 0x3c goto +2 <L429>
  427: if r8 == 0x87 goto +1 <L429>
  428: goto +44 <L473>
L429:
  429: r1 = r6
  430: r2 = r7
  431: r3 = r10
  432: r3 += -56
  433: r4 = 2
  434: call bpf_skb_load_bytes#26
  435: if r0 != 0x0 goto +92 <L528>
  436: r8 = *(u8 *)(r10 -56)
  437: r1 = *(u8 *)(r10 -55)
  438: r1 += 1
  439: r1 <<= 3
  440: r7 += r1
  441: goto +25 <L467>
L442:
  442: r1 = r6
  443: r2 = r7
  444: r3 = r10
  445: r3 += -56
  446: r4 = 2
  447: call bpf_skb_load_bytes#26
  448: if r0 != 0x0 goto +79 <L528>
  449: r8 = *(u8 *)(r10 -56)
  450: r1 = *(u8 *)(r10 -55)
  451: r1 += 2
  452: r1 <<= 2
  453: r7 += r1
  454: goto +12 <L467>
L455:
  455: r1 = r6
  456: r2 = r7
  457: r3 = r10
  458: r3 += -56
  459: r4 = 4
  460: call bpf_skb_load_bytes#26
  461: if r0 != 0x0 goto +66 <L528>
  462: r8 = *(u8 *)(r10 -56)
  463: r1 = *(u16 *)(r10 -54)
  464: r1 &= 63743
  465: if r1 != 0x0 goto +62 <L528>
  466: r7 += 8
L467:
  467: if r8 == 0x0 goto +60 <L528>
  468: if r8 == 0x2b goto +59 <L528>
  469: if r8 == 0x2c goto +58 <L528>
  470: if r8 == 0x33 goto +57 <L528>
  471: if r8 == 0x3c goto +56 <L528>
  472: if r8 == 0x87 goto +55 <L528>
L473:
  473: if r8 == 0x6 goto +4 <L478>
  474: if r8 == 0x11 goto +17 <L492>
  475: if r8 == 0x1 goto +30 <L506>
  476: if r8 == 0x3a goto +40 <L517>
  477: goto +50 <L528>
L478:
  478: r1 = r6
  479: r2 = r7
  480: r3 = r10
  481: r3 += -56
  482: r4 = 20
  483: call bpf_skb_load_bytes#26
  484: if r0 != 0x0 goto +43 <L528>
  485: r0 = r10
  486: r0 += -56
  487: *(u64 *)(r10 -16) = 6
  488: r1 = *(u16 *)(r0 +2)
  489: r1 = be16 r1
  490: *(u64 *)(r10 -24) = r1
  491: goto +36 <L528>
L492:
  492: r1 = r6
  493: r2 = r7
  494: r3 = r10
  495: r3 += -56
  496: r4 = 8
  497: call bpf_skb_load_bytes#26
  498: if r0 != 0x0 goto +29 <L528>
  499: r0 = r10
  500: r0 += -56
  501: *(u64 *)(r10 -16) = 17
  502: r1 = *(u16 *)(r0 +2)
  503: r1 = be16 r1
  504: *(u64 *)(r10 -24) = r1
  505: goto +22 <L528>
L506:
  506: r1 = r6
  507: r2 = r7
  508: r3 = r10
  509: r3 += -56
  510: r4 = 8
  511: call bpf_skb_load_bytes#26
  512: if r0 != 0x0 goto +15 <L528>
  513: r0 = r10
  514: r0 += -56
  515: *(u64 *)(r10 -16) = 1
  516: goto +11 <L528>
L517:
  517: r1 = r6
  518: r2 = r7
  519: r3 = r10
  520: r3 += -56
  521: r4 = 8
  522: call bpf_skb_load_bytes#26
  523: if r0 != 0x0 goto +4 <L528>
  524: r0 = r10
  525: r0 += -56
  526: *(u64 *)(r10 -16) = 58
  527: goto +0 <L528>
L528:
  528: r7 = *(u64 *)(r10 -8)
  529: r8 = *(u64 *)(r10 -16)
  530: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/multi-chain.bfr:5: rule meta.l3_proto ipv6 ACCEPT
  531: if w7 == 0xdd86 goto +19 <L551>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
  532: if w9 == 0x1bb goto +2 <L535>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:6)
L533:
  533: *(u32 *)(r10 -32) = 1
  534: goto +18 <L553>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
L535:
  535: if w8 == 0x6 goto +1 <L537>
  536: goto -4 <L533>
L537:
  537: *(u32 *)(r10 -32) = 0
; shared code: counters and verdicts (line info: tests/golden/asm/multi-chain.bfr:6)
  538: r2 = r10
  539: r2 += -32
  540: r1 = map[tc_in_ctr] ll
  542: call bpf_map_lookup_elem#1
  543: if r0 == 0x0 goto +7 <L551>
  544: r1 = *(u64 *)(r0 +0)
  545: r1 += 1
  546: *(u64 *)(r0 +0) = r1
  547: r2 = *(u32 *)(r6 +0)
  548: r1 = *(u64 *)(r0 +8)
  549: r1 += r2
  550: *(u64 *)(r0 +8) = r1
L551:
  551: r0 = 0
  552: exit
L553:
  553: r2 = r10
  554: r2 += -32
  555: r1 = map[tc_in_ctr] ll
  557: call bpf_map_lookup_elem#1
  558: if r0 == 0x0 goto +7 <L566>
  559: r1 = *(u64 *)(r0 +0)
  560: r1 += 1
  561: *(u64 *)(r0 +0) = r1
  562: r2 = *(u32 *)(r6 +0)
  563: r1 = *(u64 *)(r0 +8)
  564: r1 += r2
  565: *(u64 *)(r0 +8) = r1
L566:
  566: r0 = 2
  567: exit

chain tc_out
  hook     BF_HOOK_TC_EGRESS
  section  tcx/egress
  attach   BPF_TCX_EGRESS (47)
  program  tc_out
  policy   ACCEPT
  options  none
  rules    1
  license  GPL
  insns    565

  map         type          key  value  max_entries  flags  elements  role
  tc_out_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:7: chain tc_out BF_HOOK_TC_EGRESS ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +76)
    2: r3 = *(u32 *)(r6 +80)
    3: r1 = r3
    4: r1 -= r2
    5: if r1 >= 0x80 goto +9 <L15>
    6: r0 = *(u32 *)(r6 +0)
    7: if r1 >= r0 goto +7 <L15>
    8: r2 = r0
    9: if r2 <= 0x80 goto +1 <L11>
   10: r2 = 128
L11:
   11: r1 = r6
   12: call bpf_skb_pull_data#39
   13: r2 = *(u32 *)(r6 +76)
   14: r3 = *(u32 *)(r6 +80)
L15:
   15: *(u64 *)(r10 -8) = 256
   16: *(u64 *)(r10 -16) = 65536
   17: r4 = r2
   18: r4 += 14
   19: if r4 > r3 goto +506 <L526>
   20: r1 = *(u16 *)(r2 +12)
   21: if r1 == 0x81 goto +1 <L23>
   22: if r1 != 0xa888 goto +12 <L35>
L23:
   23: r0 = r4
   24: r0 += 4
   25: if r0 > r3 goto +500 <L526>
   26: r1 = *(u16 *)(r4 +2)
   27: r4 = r0
   28: if r1 == 0x81 goto +1 <L30>
   29: if r1 != 0xa888 goto +5 <L35>
L30:
   30: r0 = r4
   31: r0 += 4
   32: if r0 > r3 goto +493 <L526>
   33: r1 = *(u16 *)(r4 +2)
   34: r4 = r0
L35:
   35: if r1 == 0x8 goto +2 <L38>
   36: if r1 == 0xdd86 goto +20 <L57>
   37: goto +488 <L526>
L38:
   38: r0 = r4
   39: r0 += 20
   40: if r0 > r3 goto +485 <L526>
   41: r1 = *(u8 *)(r4 +0)
   42: r0 = r1
   43: r0 &= 240
   44: if r0 != 0x40 goto +481 <L526>
   45: r5 = r1
   46: r5 &= 15
   47: if r5 < 0x5 goto +478 <L526>
   48: r1 = *(u8 *)(r4 +9)
   49: r0 = *(u16 *)(r4 +6)
   50: r0 &= 65311
   51: if r0 != 0x0 goto +474 <L526>
   52: r5 <<= 2
   53: r0 = r4
   54: r0 += r5
   55: r5 = r0
   56: goto +14 <L71>
L57:
   57: r0 = r4
   58: r0 += 40
   59: if r0 > r3 goto +466 <L526>
   60: r5 = r0
   61: r1 = *(u8 *)(r4 +0)
   62: r1 &= 240
   63: if r1 != 0x60 goto +462 <L526>
   64: r1 = *(u8 *)(r4 +6)
   65: if r1 == 0x0 goto +36 <L102>
   66: if r1 == 0x2b goto +35 <L102>
   67: if r1 == 0x2c goto +34 <L102>
   68: if r1 == 0x33 goto +33 <L102>
   69: if r1 == 0x3c goto +32 <L102>
   70: if r1 == 0x87 goto +31 <L102>
L71:
   71: if r1 == 0x6 goto +4 <L76>
   72: if r1 == 0x11 goto +11 <L84>
   73: if r1 == 0x1 goto +18 <L92>
   74: if r1 == 0x3a goto +22 <L97>
   75: goto +450 <L526>
L76:
   76: r0 = r5
   77: r0 += 20
   78: if r0 > r3 goto +447 <L526>
   79: *(u64 *)(r10 -8) = 6
   80: r1 = *(u16 *)(r5 +2)
   81: r1 = be16 r1
   82: *(u64 *)(r10 -16) = r1
   83: goto +442 <L526>
L84:
   84: r0 = r5
   85: r0 += 8
   86: if r0 > r3 goto +439 <L526>
   87: *(u64 *)(r10 -8) = 17
   88: r1 = *(u16 *)(r5 +2)
   89: r1 = be16 r1
   90: *(u64 *)(r10 -16) = r1
   91: goto +434 <L526>
L92:
   92: r0 = r5
   93: r0 += 8
   94: if r0 > r3 goto +431 <L526>
   95: *(u64 *)(r10 -8) = 1
   96: goto +429 <L526>
L97:
   97: r0 = r5
   98: r0 += 8
   99: if r0 > r3 goto +426 <L526>
  100: *(u64 *)(r10 -8) = 58
  101: goto +424 <L526>
L102:
  102: r7 = r5
  103: r7 -= r2
  104: r8 = r1
  105: if r8 == 0x2c goto +32 <L138>
  106: if r8 == 0x33 goto +18 <L125>
  107: if r8 == 0x0 goto +4 <L112>
  108: if r8 == 0x2b goto +3 <L112>
  109: if r8 == 0x3c goto +2 <L112>
  110: if r8 == 0x87 goto +1 <L112>
  111: goto +359 <L471>
L112:
  112: r1 = r6
  113: r2 = r7
  114: r3 = r10
  115: r3 += -48
  116: r4 = 2
  117: call bpf_skb_load_bytes#26
  118: if r0 != 0x0 goto +407 <L526>
  119: r8 = *(u8 *)(r10 -48)
  120: r1 = *(u8 *)(r10 -47)
  121: r1 += 1
  122: r1 <<= 3
  123: r7 += r1
  124: goto +25 <L150>
L125:
  125: r1 = r6
  126: r2 = r7
  127: r3 = r10
  128: r3 += -48
  129: r4 = 2
  130: call bpf_skb_load_bytes#26
  131: if r0 != 0x0 goto +394 <L526>
  132: r8 = *(u8 *)(r10 -48)
  133: r1 = *(u8 *)(r10 -47)
  134: r1 += 2
  135: r1 <<= 2
  136: r7 += r1
  137: goto +12 <L150>
L138:
  138: r1 = r6
  139: r2 = r7
  140: r3 = r10
  141: r3 += -48
  142: r4 = 4
  143: call bpf_skb_load_bytes#26
  144: if r0 != 0x0 goto +381 <L526>
  145: r8 = *(u8 *)(r10 -48)
  146: r1 = *(u16 *)(r10 -46)
  147: r1 &= 63743
  148: if r1 != 0x0 goto +377 <L526>
  149: r7 += 8
L150:
  150: if r8 == 0x2c goto +32 <L183>
  151: if r8 == 0x33 goto +18 <L170>
  152: if r8 == 0x0 goto +4 <L157>
  153: if r8 == 0x2b goto +3 <L157>
  154: if r8 == 0x3c goto +2 <L157>
  155: if r8 == 0x87 goto +1 <L157>
  156: goto +314 <L471>
L157:
  157: r1 = r6
  158: r2 = r7
  159: r3 = r10
  160: r3 += -48
  161: r4 = 2
  162: call bpf_skb_load_bytes#26
  163: if r0 != 0x0 goto +362 <L526>
  164: r8 = *(u8 *)(r10 -48)
  165: r1 = *(u8 *)(r10 -47)
  166: r1 += 1
  167: r1 <<= 3
  168: r7 += r1
  169: goto +25 <L195>
L170:
  170: r1 = r6
  171: r2 = r7
  172: r3 = r10
  173: r3 += -48
  174: r4 = 2
  175: call bpf_skb_load_bytes#26
  176: if r0 != 0x0 goto +349 <L526>
  177: r8 = *(u8 *)(r10 -48)
  178: r1 = *(u8 *)(r10 -47)
  179: r1 += 2
  180: r1 <<= 2
  181: r7 += r1
  182: goto +12 <L195>
L183:
  183: r1 = r6
  184: r2 = r7
  185: r3 = r10
  186: r3 += -48
  187: r4 = 4
  188: call bpf_skb_load_bytes#26
  189: if r0 != 0x0 goto +336 <L526>
  190: r8 = *(u8 *)(r10 -48)
  191: r1 = *(u16 *)(r10 -46)
  192: r1 &= 63743
  193: if r1 != 0x0 goto +332 <L526>
  194: r7 += 8
L195:
  195: if r8 == 0x2c goto +32 <L228>
  196: if r8 == 0x33 goto +18 <L215>
  197: if r8 == 0x0 goto +4 <L202>
  198: if r8 == 0x2b goto +3 <L202>
  199: if r8 == 0x3c goto +2 <L202>
  200: if r8 == 0x87 goto +1 <L202>
  201: goto +269 <L471>
L202:
  202: r1 = r6
  203: r2 = r7
  204: r3 = r10
  205: r3 += -48
  206: r4 = 2
  207: call bpf_skb_load_bytes#26
  208: if r0 != 0x0 goto +317 <L526>
  209: r8 = *(u8 *)(r10 -48)
  210: r1 = *(u8 *)(r10 -47)
  211: r1 += 1
  212: r1 <<= 3
  213: r7 += r1
  214: goto +25 <L240>
L215:
  215: r1 = r6
  216: r2 = r7
  217: r3 = r10
  218: r3 += -48
  219: r4 = 2
  220: call bpf_skb_load_bytes#26
  221: if r0 != 0x0 goto +304 <L526>
  222: r8 = *(u8 *)(r10 -48)
  223: r1 = *(u8 *)(r10 -47)
  224: r1 += 2
  225: r1 <<= 2
  226: r7 += r1
  227: goto +12 <L240>
L228:
  228: r1 = r6
  229: r2 = r7
  230: r3 = r10
  231: r3 += -48
  232: r4 = 4
  233: call bpf_skb_load_bytes#26
  234: if r0 != 0x0 goto +291 <L526>
  235: r8 = *(u8 *)(r10 -48)
  236: r1 = *(u16 *)(r10 -46)
  237: r1 &= 63743
  238: if r1 != 0x0 goto +287 <L526>
  239: r7 += 8
L240:
  240: if r8 == 0x2c goto +32 <L273>
  241: if r8 == 0x33 goto +18 <L260>
  242: if r8 == 0x0 goto +4 <L247>
  243: if r8 == 0x2b goto +3 <L247>
  244: if r8 == 0x3c goto +2 <L247>
  245: if r8 == 0x87 goto +1 <L247>
  246: goto +224 <L471>
L247:
  247: r1 = r6
  248: r2 = r7
  249: r3 = r10
  250: r3 += -48
  251: r4 = 2
  252: call bpf_skb_load_bytes#26
  253: if r0 != 0x0 goto +272 <L526>
  254: r8 = *(u8 *)(r10 -48)
  255: r1 = *(u8 *)(r10 -47)
  256: r1 += 1
  257: r1 <<= 3
  258: r7 += r1
  259: goto +25 <L285>
L260:
  260: r1 = r6
  261: r2 = r7
  262: r3 = r10
  263: r3 += -48
  264: r4 = 2
  265: call bpf_skb_load_bytes#26
  266: if r0 != 0x0 goto +259 <L526>
  267: r8 = *(u8 *)(r10 -48)
  268: r1 = *(u8 *)(r10 -47)
  269: r1 += 2
  270: r1 <<= 2
  271: r7 += r1
  272: goto +12 <L285>
L273:
  273: r1 = r6
  274: r2 = r7
  275: r3 = r10
  276: r3 += -48
  277: r4 = 4
  278: call bpf_skb_load_bytes#26
  279: if r0 != 0x0 goto +246 <L526>
  280: r8 = *(u8 *)(r10 -48)
  281: r1 = *(u16 *)(r10 -46)
  282: r1 &= 63743
  283: if r1 != 0x0 goto +242 <L526>
  284: r7 += 8
L285:
  285: if r8 == 0x2c goto +32 <L318>
  286: if r8 == 0x33 goto +18 <L305>
  287: if r8 == 0x0 goto +4 <L292>
  288: if r8 == 0x2b goto +3 <L292>
  289: if r8 == 0x3c goto +2 <L292>
  290: if r8 == 0x87 goto +1 <L292>
  291: goto +179 <L471>
L292:
  292: r1 = r6
  293: r2 = r7
  294: r3 = r10
  295: r3 += -48
  296: r4 = 2
  297: call bpf_skb_load_bytes#26
  298: if r0 != 0x0 goto +227 <L526>
  299: r8 = *(u8 *)(r10 -48)
  300: r1 = *(u8 *)(r10 -47)
  301: r1 += 1
  302: r1 <<= 3
  303: r7 += r1
  304: goto +25 <L330>
L305:
  305: r1 = r6
  306: r2 = r7
  307: r3 = r10
  308: r3 += -48
  309: r4 = 2
  310: call bpf_skb_load_bytes#26
  311: if r0 != 0x0 goto +214 <L526>
  312: r8 = *(u8 *)(r10 -48)
  313: r1 = *(u8 *)(r10 -47)
  314: r1 += 2
  315: r1 <<= 2
  316: r7 += r1
  317: goto +12 <L330>
L318:
  318: r1 = r6
  319: r2 = r7
  320: r3 = r10
  321: r3 += -48
  322: r4 = 4
  323: call bpf_skb_load_bytes#26
  324: if r0 != 0x0 goto +201 <L526>
  325: r8 = *(u8 *)(r10 -48)
  326: r1 = *(u16 *)(r10 -46)
  327: r1 &= 63743
  328: if r1 != 0x0 goto +197 <L526>
  329: r7 += 8
L330:
  330: if r8 == 0x2c goto +32 <L363>
  331: if r8 == 0x33 goto +18 <L350>
  332: if r8 == 0x0 goto +4 <L337>
  333: if r8 == 0x2b goto +3 <L337>
  334: if r8 == 0x3c goto +2 <L337>
  335: if r8 == 0x87 goto +1 <L337>
  336: goto +134 <L471>
L337:
  337: r1 = r6
  338: r2 = r7
  339: r3 = r10
  340: r3 += -48
  341: r4 = 2
  342: call bpf_skb_load_bytes#26
  343: if r0 != 0x0 goto +182 <L526>
  344: r8 = *(u8 *)(r10 -48)
  345: r1 = *(u8 *)(r10 -47)
  346: r1 += 1
  347: r1 <<= 3
  348: r7 += r1
  349: goto +25 <L375>
L350:
  350: r1 = r6
  351: r2 = r7
  352: r3 = r10
  353: r3 += -48
  354: r4 = 2
  355: call bpf_skb_load_bytes#26
  356: if r0 != 0x0 goto +169 <L526>
  357: r8 = *(u8 *)(r10 -48)
  358: r1 = *(u8 *)(r10 -47)
  359: r1 += 2
  360: r1 <<= 2
  361: r7 += r1
  362: goto +12 <L375>
L363:
  363: r1 = r6
  364: r2 = r7
  365: r3 = r10
  366: r3 += -48
  367: r4 = 4
  368: call bpf_skb_load_bytes#26
  369: if r0 != 0x0 goto +156 <L526>
  370: r8 = *(u8 *)(r10 -48)
  371: r1 = *(u16 *)(r10 -46)
  372: r1 &= 63743
  373: if r1 != 0x0 goto +152 <L526>
  374: r7 += 8
L375:
  375: if r8 == 0x2c goto +32 <L408>
  376: if r8 == 0x33 goto +18 <L395>
  377: if r8 == 0x0 goto +4 <L382>
  378: if r8 == 0x2b goto +3 <L382>
  379: if r8 == 0x3c goto +2 <L382>
  380: if r8 == 0x87 goto +1 <L382>
  381: goto +89 <L471>
L382:
  382: r1 = r6
  383: r2 = r7
  384: r3 = r10
  385: r3 += -48
  386: r4 = 2
  387: call bpf_skb_load_bytes#26
  388: if r0 != 0x0 goto +137 <L526>
  389: r8 = *(u8 *)(r10 -48)
  390: r1 = *(u8 *)(r10 -47)
  391: r1 += 1
  392: r1 <<= 3
  393: r7 += r1
  394: goto +25 <L420>
L395:
  395: r1 = r6
  396: r2 = r7
  397: r3 = r10
  398: r3 += -48
  399: r4 = 2
  400: call bpf_skb_load_bytes#26
  401: if r0 != 0x0 goto +124 <L526>
  402: r8 = *(u8 *)(r10 -48)
  403: r1 = *(u8 *)(r10 -47)
  404: r1 += 2
  405: r1 <<= 2
  406: r7 += r1
  407: goto +12 <L420>
L408:
  408: r1 = r6
  409: r2 = r7
  410: r3 = r10
  411: r3 += -48
  412: r4 = 4
  413: call bpf_skb_load_bytes#26
  414: if r0 != 0x0 goto +111 <L526>
  415: r8 = *(u8 *)(r10 -48)
  416: r1 = *(u16 *)(r10 -46)
  417: r1 &= 63743
  418: if r1 != 0x0 goto +107 <L526>
  419: r7 += 8
L420:
  420: if r8 == 0x2c goto +32 <L453>
  421: if r8 == 0x33 goto +18 <L440>
  422: if r8 == 0x0 goto +4 <L427>
  423: if r8 == 0x2b goto +3 <L427>
  424: if r8 == 0x3c goto +2 <L427>
  425: if r8 == 0x87 goto +1 <L427>
  426: goto +44 <L471>
L427:
  427: r1 = r6
  428: r2 = r7
  429: r3 = r10
  430: r3 += -48
  431: r4 = 2
  432: call bpf_skb_load_bytes#26
  433: if r0 != 0x0 goto +92 <L526>
  434: r8 = *(u8 *)(r10 -48)
  435: r1 = *(u8 *)(r10 -47)
  436: r1 += 1
  437: r1 <<= 3
  438: r7 += r1
  439: goto +25 <L465>
L440:
  440: r1 = r6
  441: r2 = r7
  442: r3 = r10
  443: r3 += -48
  444: r4 = 2
  445: call bpf_skb_load_bytes#26
  446: if r0 != 0x0 goto +79 <L526>
  447: r8 = *(u8 *)(r10 -48)
  448: r1 = *(u8 *)(r10 -47)
  449: r1 += 2
  450: r1 <<= 2
  451: r7 += r1
  452: goto +12 <L465>
L453:
  453: r1 = r6
  454: r2 = r7
  455: r3 = r10
  456: r3 += -48
  457: r4 = 4
  458: call bpf_skb_load_bytes#26
  459: if r0 != 0x0 goto +66 <L526>
  460: r8 = *(u8 *)(r10 -48)
  461: r1 = *(u16 *)(r10 -46)
  462: r1 &= 63743
  463: if r1 != 0x0 goto +62 <L526>
  464: r7 += 8
L465:
  465: if r8 == 0x0 goto +60 <L526>
  466: if r8 == 0x2b goto +59 <L526>
  467: if r8 == 0x2c goto +58 <L526>
  468: if r8 == 0x33 goto +57 <L526>
  469: if r8 == 0x3c goto +56 <L526>
  470: if r8 == 0x87 goto +55 <L526>
L471:
  471: if r8 == 0x6 goto +4 <L476>
  472: if r8 == 0x11 goto +17 <L490>
  473: if r8 == 0x1 goto +30 <L504>
  474: if r8 == 0x3a goto +40 <L515>
  475: goto +50 <L526>
L476:
  476: r1 = r6
  477: r2 = r7
  478: r3 = r10
  479: r3 += -48
  480: r4 = 20
  481: call bpf_skb_load_bytes#26
  482: if r0 != 0x0 goto +43 <L526>
  483: r0 = r10
  484: r0 += -48
  485: *(u64 *)(r10 -8) = 6
  486: r1 = *(u16 *)(r0 +2)
  487: r1 = be16 r1
  488: *(u64 *)(r10 -16) = r1
  489: goto +36 <L526>
L490:
  490: r1 = r6
  491: r2 = r7
  492: r3 = r10
  493: r3 += -48
  494: r4 = 8
  495: call bpf_skb_load_bytes#26
  496: if r0 != 0x0 goto +29 <L526>
  497: r0 = r10
  498: r0 += -48
  499: *(u64 *)(r10 -8) = 17
  500: r1 = *(u16 *)(r0 +2)
  501: r1 = be16 r1
  502: *(u64 *)(r10 -16) = r1
  503: goto +22 <L526>
L504:
  504: r1 = r6
  505: r2 = r7
  506: r3 = r10
  507: r3 += -48
  508: r4 = 8
  509: call bpf_skb_load_bytes#26
  510: if r0 != 0x0 goto +15 <L526>
  511: r0 = r10
  512: r0 += -48
  513: *(u64 *)(r10 -8) = 1
  514: goto +11 <L526>
L515:
  515: r1 = r6
  516: r2 = r7
  517: r3 = r10
  518: r3 += -48
  519: r4 = 8
  520: call bpf_skb_load_bytes#26
  521: if r0 != 0x0 goto +4 <L526>
  522: r0 = r10
  523: r0 += -48
  524: *(u64 *)(r10 -8) = 58
  525: goto +0 <L526>
L526:
  526: r7 = *(u64 *)(r10 -8)
  527: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
  528: if w8 == 0x7b goto +2 <L531>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:8)
L529:
  529: *(u32 *)(r10 -24) = 1
  530: goto +4 <L535>
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
L531:
  531: if w7 == 0x11 goto +1 <L533>
  532: goto -4 <L529>
L533:
  533: *(u32 *)(r10 -24) = 0
  534: goto +15 <L550>
; shared code: counters and verdicts (line info: tests/golden/asm/multi-chain.bfr:8)
L535:
  535: r2 = r10
  536: r2 += -24
  537: r1 = map[tc_out_ctr] ll
  539: call bpf_map_lookup_elem#1
  540: if r0 == 0x0 goto +7 <L548>
  541: r1 = *(u64 *)(r0 +0)
  542: r1 += 1
  543: *(u64 *)(r0 +0) = r1
  544: r2 = *(u32 *)(r6 +0)
  545: r1 = *(u64 *)(r0 +8)
  546: r1 += r2
  547: *(u64 *)(r0 +8) = r1
L548:
  548: r0 = 0
  549: exit
L550:
  550: r2 = r10
  551: r2 += -24
  552: r1 = map[tc_out_ctr] ll
  554: call bpf_map_lookup_elem#1
  555: if r0 == 0x0 goto +7 <L563>
  556: r1 = *(u64 *)(r0 +0)
  557: r1 += 1
  558: *(u64 *)(r0 +0) = r1
  559: r2 = *(u32 *)(r6 +0)
  560: r1 = *(u64 *)(r0 +8)
  561: r1 += r2
  562: *(u64 *)(r0 +8) = r1
L563:
  563: r0 = 2
  564: exit
