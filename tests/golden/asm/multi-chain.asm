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
  insns    89

  map       type          key  value  max_entries  flags  elements  role
  edge_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:2: chain edge BF_HOOK_XDP { ifindex=2 } ACCEPT
   0: r6 = r1
   1: r2 = *(u32 *)(r6 +0)
   2: r3 = *(u32 *)(r6 +4)
   3: r1 = r3
   4: r1 -= r2
   5: *(u64 *)(r10 -16) = r1
   6: r1 = 0x100000000 ll
   8: *(u64 *)(r10 -8) = r1
   9: r4 = r2
  10: r4 += 14
  11: if r4 > r3 goto +41 <L53>
  12: r1 = *(u16 *)(r2 +12)
  13: if r1 == 0x81 goto +1 <L15>
  14: if r1 != 0xa888 goto +12 <L27>
L15:
  15: r0 = r4
  16: r0 += 4
  17: if r0 > r3 goto +35 <L53>
  18: r1 = *(u16 *)(r4 +2)
  19: r4 = r0
  20: if r1 == 0x81 goto +1 <L22>
  21: if r1 != 0xa888 goto +5 <L27>
L22:
  22: r0 = r4
  23: r0 += 4
  24: if r0 > r3 goto +28 <L53>
  25: r1 = *(u16 *)(r4 +2)
  26: r4 = r0
L27:
  27: if r1 == 0x8 goto +2 <L30>
  28: if r1 == 0xdd86 goto +16 <L45>
  29: goto +23 <L53>
L30:
  30: r0 = r4
  31: r0 += 20
  32: if r0 > r3 goto +20 <L53>
  33: r1 = *(u8 *)(r4 +0)
  34: r0 = r1
  35: r0 &= 240
  36: if r0 != 0x40 goto +16 <L53>
  37: r5 = r1
  38: r5 &= 15
  39: if r5 < 0x5 goto +13 <L53>
  40: r1 = *(u32 *)(r4 +12)
  41: r1 <<= 32
  42: r1 s>>= 32
  43: *(u64 *)(r10 -8) = r1
  44: goto +8 <L53>
L45:
  45: r0 = r4
  46: r0 += 40
  47: if r0 > r3 goto +5 <L53>
  48: r5 = r0
  49: r1 = *(u8 *)(r4 +0)
  50: r1 &= 240
  51: if r1 != 0x60 goto +1 <L53>
  52: goto +0 <L53>
L53:
  53: r7 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/multi-chain.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
  54: if r7 == 0x10200c0 goto +2 <L57>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:3)
  55: *(u32 *)(r10 -24) = 1
  56: goto +17 <L74>
; rule 0 — tests/golden/asm/multi-chain.bfr:3: rule ip4.saddr 192.0.2.1 counter DROP
L57:
  57: *(u32 *)(r10 -24) = 0
  58: goto +0 <L59>
L59:
  59: r2 = r10
  60: r2 += -24
  61: r1 = map[edge_ctr] ll
  63: call bpf_map_lookup_elem#1
  64: if r0 == 0x0 goto +7 <L72>
  65: r1 = *(u64 *)(r0 +0)
  66: r1 += 1
  67: *(u64 *)(r0 +0) = r1
  68: r1 = *(u64 *)(r0 +8)
  69: r2 = *(u64 *)(r10 -16)
  70: r1 += r2
  71: *(u64 *)(r0 +8) = r1
L72:
  72: r0 = 1
  73: exit
; shared code, entered from several rules (line info: tests/golden/asm/multi-chain.bfr:3)
L74:
  74: r2 = r10
  75: r2 += -24
  76: r1 = map[edge_ctr] ll
  78: call bpf_map_lookup_elem#1
  79: if r0 == 0x0 goto +7 <L87>
  80: r1 = *(u64 *)(r0 +0)
  81: r1 += 1
  82: *(u64 *)(r0 +0) = r1
  83: r1 = *(u64 *)(r0 +8)
  84: r2 = *(u64 *)(r10 -16)
  85: r1 += r2
  86: *(u64 *)(r0 +8) = r1
L87:
  87: r0 = 2
  88: exit

chain tc_in
  hook     BF_HOOK_TC_INGRESS
  section  tcx/ingress
  attach   BPF_TCX_INGRESS (46)
  program  tc_in
  policy   DROP
  options  none
  rules    2
  license  GPL
  insns    561

  map        type          key  value  max_entries  flags  elements  role
  tc_in_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:4: chain tc_in BF_HOOK_TC_INGRESS DROP
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +0)
    2: *(u64 *)(r10 -32) = r1
    3: r2 = *(u32 *)(r6 +76)
    4: r3 = *(u32 *)(r6 +80)
    5: *(u64 *)(r10 -8) = 65536
    6: *(u64 *)(r10 -16) = 256
    7: *(u64 *)(r10 -24) = 65536
    8: r4 = r2
    9: r4 += 14
   10: if r4 > r3 goto +509 <L520>
   11: r1 = *(u16 *)(r2 +12)
   12: if r1 == 0x81 goto +1 <L14>
   13: if r1 != 0xa888 goto +12 <L26>
L14:
   14: r0 = r4
   15: r0 += 4
   16: if r0 > r3 goto +503 <L520>
   17: r1 = *(u16 *)(r4 +2)
   18: r4 = r0
   19: if r1 == 0x81 goto +1 <L21>
   20: if r1 != 0xa888 goto +5 <L26>
L21:
   21: r0 = r4
   22: r0 += 4
   23: if r0 > r3 goto +496 <L520>
   24: r1 = *(u16 *)(r4 +2)
   25: r4 = r0
L26:
   26: *(u64 *)(r10 -8) = r1
   27: if r1 == 0x8 goto +2 <L30>
   28: if r1 == 0xdd86 goto +20 <L49>
   29: goto +490 <L520>
L30:
   30: r0 = r4
   31: r0 += 20
   32: if r0 > r3 goto +487 <L520>
   33: r1 = *(u8 *)(r4 +0)
   34: r0 = r1
   35: r0 &= 240
   36: if r0 != 0x40 goto +483 <L520>
   37: r5 = r1
   38: r5 &= 15
   39: if r5 < 0x5 goto +480 <L520>
   40: r1 = *(u8 *)(r4 +9)
   41: r0 = *(u16 *)(r4 +6)
   42: r0 &= 65311
   43: if r0 != 0x0 goto +476 <L520>
   44: r5 <<= 2
   45: r0 = r4
   46: r0 += r5
   47: r5 = r0
   48: goto +15 <L64>
L49:
   49: r0 = r4
   50: r0 += 40
   51: if r0 > r3 goto +468 <L520>
   52: r5 = r0
   53: r1 = *(u8 *)(r4 +0)
   54: r1 &= 240
   55: if r1 != 0x60 goto +464 <L520>
   56: r1 = *(u8 *)(r4 +6)
   57: if r1 == 0x0 goto +37 <L95>
   58: if r1 == 0x2b goto +36 <L95>
   59: if r1 == 0x2c goto +35 <L95>
   60: if r1 == 0x33 goto +34 <L95>
   61: if r1 == 0x3c goto +33 <L95>
   62: if r1 == 0x87 goto +32 <L95>
   63: goto +0 <L64>
L64:
   64: if r1 == 0x6 goto +4 <L69>
   65: if r1 == 0x11 goto +11 <L77>
   66: if r1 == 0x1 goto +18 <L85>
   67: if r1 == 0x3a goto +22 <L90>
   68: goto +451 <L520>
L69:
   69: r0 = r5
   70: r0 += 20
   71: if r0 > r3 goto +448 <L520>
   72: *(u64 *)(r10 -16) = 6
   73: r1 = *(u16 *)(r5 +2)
   74: r1 = be16 r1
   75: *(u64 *)(r10 -24) = r1
   76: goto +443 <L520>
L77:
   77: r0 = r5
   78: r0 += 8
   79: if r0 > r3 goto +440 <L520>
   80: *(u64 *)(r10 -16) = 17
   81: r1 = *(u16 *)(r5 +2)
   82: r1 = be16 r1
   83: *(u64 *)(r10 -24) = r1
   84: goto +435 <L520>
L85:
   85: r0 = r5
   86: r0 += 8
   87: if r0 > r3 goto +432 <L520>
   88: *(u64 *)(r10 -16) = 1
   89: goto +430 <L520>
L90:
   90: r0 = r5
   91: r0 += 8
   92: if r0 > r3 goto +427 <L520>
   93: *(u64 *)(r10 -16) = 58
   94: goto +425 <L520>
L95:
   95: r7 = r5
   96: r7 -= r2
   97: r8 = r1
   98: if r8 == 0x2c goto +32 <L131>
   99: if r8 == 0x33 goto +18 <L118>
  100: if r8 == 0x0 goto +4 <L105>
  101: if r8 == 0x2b goto +3 <L105>
  102: if r8 == 0x3c goto +2 <L105>
  103: if r8 == 0x87 goto +1 <L105>
  104: goto +359 <L464>
L105:
  105: r1 = r6
  106: r2 = r7
  107: r3 = r10
  108: r3 += -64
  109: r4 = 2
  110: call bpf_skb_load_bytes#26
  111: if r0 != 0x0 goto +407 <L519>
  112: r8 = *(u8 *)(r10 -64)
  113: r1 = *(u8 *)(r10 -63)
  114: r1 += 1
  115: r1 <<= 3
  116: r7 += r1
  117: goto +25 <L143>
L118:
  118: r1 = r6
  119: r2 = r7
  120: r3 = r10
  121: r3 += -64
  122: r4 = 2
  123: call bpf_skb_load_bytes#26
  124: if r0 != 0x0 goto +394 <L519>
  125: r8 = *(u8 *)(r10 -64)
  126: r1 = *(u8 *)(r10 -63)
  127: r1 += 2
  128: r1 <<= 2
  129: r7 += r1
  130: goto +12 <L143>
L131:
  131: r1 = r6
  132: r2 = r7
  133: r3 = r10
  134: r3 += -64
  135: r4 = 4
  136: call bpf_skb_load_bytes#26
  137: if r0 != 0x0 goto +381 <L519>
  138: r8 = *(u8 *)(r10 -64)
  139: r1 = *(u16 *)(r10 -62)
  140: r1 &= 63743
  141: if r1 != 0x0 goto +377 <L519>
  142: r7 += 8
L143:
  143: if r8 == 0x2c goto +32 <L176>
  144: if r8 == 0x33 goto +18 <L163>
  145: if r8 == 0x0 goto +4 <L150>
  146: if r8 == 0x2b goto +3 <L150>
  147: if r8 == 0x3c goto +2 <L150>
  148: if r8 == 0x87 goto +1 <L150>
  149: goto +314 <L464>
L150:
  150: r1 = r6
  151: r2 = r7
  152: r3 = r10
  153: r3 += -64
  154: r4 = 2
  155: call bpf_skb_load_bytes#26
  156: if r0 != 0x0 goto +362 <L519>
  157: r8 = *(u8 *)(r10 -64)
  158: r1 = *(u8 *)(r10 -63)
  159: r1 += 1
  160: r1 <<= 3
  161: r7 += r1
  162: goto +25 <L188>
L163:
  163: r1 = r6
  164: r2 = r7
  165: r3 = r10
  166: r3 += -64
  167: r4 = 2
  168: call bpf_skb_load_bytes#26
  169: if r0 != 0x0 goto +349 <L519>
  170: r8 = *(u8 *)(r10 -64)
  171: r1 = *(u8 *)(r10 -63)
  172: r1 += 2
  173: r1 <<= 2
  174: r7 += r1
  175: goto +12 <L188>
L176:
  176: r1 = r6
  177: r2 = r7
  178: r3 = r10
  179: r3 += -64
  180: r4 = 4
  181: call bpf_skb_load_bytes#26
  182: if r0 != 0x0 goto +336 <L519>
  183: r8 = *(u8 *)(r10 -64)
  184: r1 = *(u16 *)(r10 -62)
  185: r1 &= 63743
  186: if r1 != 0x0 goto +332 <L519>
  187: r7 += 8
L188:
  188: if r8 == 0x2c goto +32 <L221>
  189: if r8 == 0x33 goto +18 <L208>
  190: if r8 == 0x0 goto +4 <L195>
  191: if r8 == 0x2b goto +3 <L195>
  192: if r8 == 0x3c goto +2 <L195>
  193: if r8 == 0x87 goto +1 <L195>
  194: goto +269 <L464>
L195:
  195: r1 = r6
  196: r2 = r7
  197: r3 = r10
  198: r3 += -64
  199: r4 = 2
  200: call bpf_skb_load_bytes#26
  201: if r0 != 0x0 goto +317 <L519>
  202: r8 = *(u8 *)(r10 -64)
  203: r1 = *(u8 *)(r10 -63)
  204: r1 += 1
  205: r1 <<= 3
  206: r7 += r1
  207: goto +25 <L233>
L208:
  208: r1 = r6
  209: r2 = r7
  210: r3 = r10
  211: r3 += -64
  212: r4 = 2
  213: call bpf_skb_load_bytes#26
  214: if r0 != 0x0 goto +304 <L519>
  215: r8 = *(u8 *)(r10 -64)
  216: r1 = *(u8 *)(r10 -63)
  217: r1 += 2
  218: r1 <<= 2
  219: r7 += r1
  220: goto +12 <L233>
L221:
  221: r1 = r6
  222: r2 = r7
  223: r3 = r10
  224: r3 += -64
  225: r4 = 4
  226: call bpf_skb_load_bytes#26
  227: if r0 != 0x0 goto +291 <L519>
  228: r8 = *(u8 *)(r10 -64)
  229: r1 = *(u16 *)(r10 -62)
  230: r1 &= 63743
  231: if r1 != 0x0 goto +287 <L519>
  232: r7 += 8
L233:
  233: if r8 == 0x2c goto +32 <L266>
  234: if r8 == 0x33 goto +18 <L253>
  235: if r8 == 0x0 goto +4 <L240>
  236: if r8 == 0x2b goto +3 <L240>
  237: if r8 == 0x3c goto +2 <L240>
  238: if r8 == 0x87 goto +1 <L240>
  239: goto +224 <L464>
L240:
  240: r1 = r6
  241: r2 = r7
  242: r3 = r10
  243: r3 += -64
  244: r4 = 2
  245: call bpf_skb_load_bytes#26
  246: if r0 != 0x0 goto +272 <L519>
  247: r8 = *(u8 *)(r10 -64)
  248: r1 = *(u8 *)(r10 -63)
  249: r1 += 1
  250: r1 <<= 3
  251: r7 += r1
  252: goto +25 <L278>
L253:
  253: r1 = r6
  254: r2 = r7
  255: r3 = r10
  256: r3 += -64
  257: r4 = 2
  258: call bpf_skb_load_bytes#26
  259: if r0 != 0x0 goto +259 <L519>
  260: r8 = *(u8 *)(r10 -64)
  261: r1 = *(u8 *)(r10 -63)
  262: r1 += 2
  263: r1 <<= 2
  264: r7 += r1
  265: goto +12 <L278>
L266:
  266: r1 = r6
  267: r2 = r7
  268: r3 = r10
  269: r3 += -64
  270: r4 = 4
  271: call bpf_skb_load_bytes#26
  272: if r0 != 0x0 goto +246 <L519>
  273: r8 = *(u8 *)(r10 -64)
  274: r1 = *(u16 *)(r10 -62)
  275: r1 &= 63743
  276: if r1 != 0x0 goto +242 <L519>
  277: r7 += 8
L278:
  278: if r8 == 0x2c goto +32 <L311>
  279: if r8 == 0x33 goto +18 <L298>
  280: if r8 == 0x0 goto +4 <L285>
  281: if r8 == 0x2b goto +3 <L285>
  282: if r8 == 0x3c goto +2 <L285>
  283: if r8 == 0x87 goto +1 <L285>
  284: goto +179 <L464>
L285:
  285: r1 = r6
  286: r2 = r7
  287: r3 = r10
  288: r3 += -64
  289: r4 = 2
  290: call bpf_skb_load_bytes#26
  291: if r0 != 0x0 goto +227 <L519>
  292: r8 = *(u8 *)(r10 -64)
  293: r1 = *(u8 *)(r10 -63)
  294: r1 += 1
  295: r1 <<= 3
  296: r7 += r1
  297: goto +25 <L323>
L298:
  298: r1 = r6
  299: r2 = r7
  300: r3 = r10
  301: r3 += -64
  302: r4 = 2
  303: call bpf_skb_load_bytes#26
  304: if r0 != 0x0 goto +214 <L519>
  305: r8 = *(u8 *)(r10 -64)
  306: r1 = *(u8 *)(r10 -63)
  307: r1 += 2
  308: r1 <<= 2
  309: r7 += r1
  310: goto +12 <L323>
L311:
  311: r1 = r6
  312: r2 = r7
  313: r3 = r10
  314: r3 += -64
  315: r4 = 4
  316: call bpf_skb_load_bytes#26
  317: if r0 != 0x0 goto +201 <L519>
  318: r8 = *(u8 *)(r10 -64)
  319: r1 = *(u16 *)(r10 -62)
  320: r1 &= 63743
  321: if r1 != 0x0 goto +197 <L519>
  322: r7 += 8
L323:
  323: if r8 == 0x2c goto +32 <L356>
  324: if r8 == 0x33 goto +18 <L343>
  325: if r8 == 0x0 goto +4 <L330>
  326: if r8 == 0x2b goto +3 <L330>
  327: if r8 == 0x3c goto +2 <L330>
  328: if r8 == 0x87 goto +1 <L330>
  329: goto +134 <L464>
L330:
  330: r1 = r6
  331: r2 = r7
  332: r3 = r10
  333: r3 += -64
  334: r4 = 2
  335: call bpf_skb_load_bytes#26
  336: if r0 != 0x0 goto +182 <L519>
  337: r8 = *(u8 *)(r10 -64)
  338: r1 = *(u8 *)(r10 -63)
  339: r1 += 1
  340: r1 <<= 3
  341: r7 += r1
  342: goto +25 <L368>
L343:
  343: r1 = r6
  344: r2 = r7
  345: r3 = r10
  346: r3 += -64
  347: r4 = 2
  348: call bpf_skb_load_bytes#26
  349: if r0 != 0x0 goto +169 <L519>
  350: r8 = *(u8 *)(r10 -64)
  351: r1 = *(u8 *)(r10 -63)
  352: r1 += 2
  353: r1 <<= 2
  354: r7 += r1
  355: goto +12 <L368>
L356:
  356: r1 = r6
  357: r2 = r7
  358: r3 = r10
  359: r3 += -64
  360: r4 = 4
  361: call bpf_skb_load_bytes#26
  362: if r0 != 0x0 goto +156 <L519>
  363: r8 = *(u8 *)(r10 -64)
  364: r1 = *(u16 *)(r10 -62)
  365: r1 &= 63743
  366: if r1 != 0x0 goto +152 <L519>
  367: r7 += 8
L368:
  368: if r8 == 0x2c goto +32 <L401>
  369: if r8 == 0x33 goto +18 <L388>
  370: if r8 == 0x0 goto +4 <L375>
  371: if r8 == 0x2b goto +3 <L375>
  372: if r8 == 0x3c goto +2 <L375>
  373: if r8 == 0x87 goto +1 <L375>
  374: goto +89 <L464>
L375:
  375: r1 = r6
  376: r2 = r7
  377: r3 = r10
  378: r3 += -64
  379: r4 = 2
  380: call bpf_skb_load_bytes#26
  381: if r0 != 0x0 goto +137 <L519>
  382: r8 = *(u8 *)(r10 -64)
  383: r1 = *(u8 *)(r10 -63)
  384: r1 += 1
  385: r1 <<= 3
  386: r7 += r1
  387: goto +25 <L413>
L388:
  388: r1 = r6
  389: r2 = r7
  390: r3 = r10
  391: r3 += -64
  392: r4 = 2
  393: call bpf_skb_load_bytes#26
  394: if r0 != 0x0 goto +124 <L519>
  395: r8 = *(u8 *)(r10 -64)
  396: r1 = *(u8 *)(r10 -63)
  397: r1 += 2
  398: r1 <<= 2
  399: r7 += r1
  400: goto +12 <L413>
L401:
  401: r1 = r6
  402: r2 = r7
  403: r3 = r10
  404: r3 += -64
  405: r4 = 4
  406: call bpf_skb_load_bytes#26
  407: if r0 != 0x0 goto +111 <L519>
  408: r8 = *(u8 *)(r10 -64)
  409: r1 = *(u16 *)(r10 -62)
  410: r1 &= 63743
  411: if r1 != 0x0 goto +107 <L519>
  412: r7 += 8
L413:
  413: if r8 == 0x2c goto +32 <L446>
  414: if r8 == 0x33 goto +18 <L433>
  415: if r8 == 0x0 goto +4 <L420>
  416: if r8 == 0x2b goto +3 <L420>
  417: if r8 == 0x3c goto +2 <L420>
  418: if r8 == 0x87 goto +1 <L420>
  419: goto +44 <L464>
L420:
  420: r1 = r6
  421: r2 = r7
  422: r3 = r10
  423: r3 += -64
  424: r4 = 2
  425: call bpf_skb_load_bytes#26
  426: if r0 != 0x0 goto +92 <L519>
  427: r8 = *(u8 *)(r10 -64)
  428: r1 = *(u8 *)(r10 -63)
  429: r1 += 1
  430: r1 <<= 3
  431: r7 += r1
  432: goto +25 <L458>
L433:
  433: r1 = r6
  434: r2 = r7
  435: r3 = r10
  436: r3 += -64
  437: r4 = 2
  438: call bpf_skb_load_bytes#26
  439: if r0 != 0x0 goto +79 <L519>
  440: r8 = *(u8 *)(r10 -64)
  441: r1 = *(u8 *)(r10 -63)
  442: r1 += 2
  443: r1 <<= 2
  444: r7 += r1
  445: goto +12 <L458>
L446:
  446: r1 = r6
  447: r2 = r7
  448: r3 = r10
  449: r3 += -64
  450: r4 = 4
  451: call bpf_skb_load_bytes#26
  452: if r0 != 0x0 goto +66 <L519>
  453: r8 = *(u8 *)(r10 -64)
  454: r1 = *(u16 *)(r10 -62)
  455: r1 &= 63743
  456: if r1 != 0x0 goto +62 <L519>
  457: r7 += 8
L458:
  458: if r8 == 0x0 goto +60 <L519>
  459: if r8 == 0x2b goto +59 <L519>
  460: if r8 == 0x2c goto +58 <L519>
  461: if r8 == 0x33 goto +57 <L519>
  462: if r8 == 0x3c goto +56 <L519>
  463: if r8 == 0x87 goto +55 <L519>
L464:
  464: if r8 == 0x6 goto +4 <L469>
  465: if r8 == 0x11 goto +17 <L483>
  466: if r8 == 0x1 goto +30 <L497>
  467: if r8 == 0x3a goto +40 <L508>
  468: goto +51 <L520>
L469:
  469: r1 = r6
  470: r2 = r7
  471: r3 = r10
  472: r3 += -64
  473: r4 = 20
  474: call bpf_skb_load_bytes#26
  475: if r0 != 0x0 goto +44 <L520>
  476: r0 = r10
  477: r0 += -64
  478: *(u64 *)(r10 -16) = 6
  479: r1 = *(u16 *)(r0 +2)
  480: r1 = be16 r1
  481: *(u64 *)(r10 -24) = r1
  482: goto +37 <L520>
L483:
  483: r1 = r6
  484: r2 = r7
  485: r3 = r10
  486: r3 += -64
  487: r4 = 8
  488: call bpf_skb_load_bytes#26
  489: if r0 != 0x0 goto +30 <L520>
  490: r0 = r10
  491: r0 += -64
  492: *(u64 *)(r10 -16) = 17
  493: r1 = *(u16 *)(r0 +2)
  494: r1 = be16 r1
  495: *(u64 *)(r10 -24) = r1
  496: goto +23 <L520>
L497:
  497: r1 = r6
  498: r2 = r7
  499: r3 = r10
  500: r3 += -64
  501: r4 = 8
  502: call bpf_skb_load_bytes#26
  503: if r0 != 0x0 goto +16 <L520>
  504: r0 = r10
  505: r0 += -64
  506: *(u64 *)(r10 -16) = 1
  507: goto +12 <L520>
L508:
  508: r1 = r6
  509: r2 = r7
  510: r3 = r10
  511: r3 += -64
  512: r4 = 8
  513: call bpf_skb_load_bytes#26
  514: if r0 != 0x0 goto +5 <L520>
  515: r0 = r10
  516: r0 += -64
  517: *(u64 *)(r10 -16) = 58
  518: goto +1 <L520>
L519:
  519: goto +0 <L520>
L520:
  520: r7 = *(u64 *)(r10 -8)
  521: r8 = *(u64 *)(r10 -16)
  522: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/multi-chain.bfr:5: rule meta.l3_proto ipv6 ACCEPT
  523: if w7 == 0xdd86 goto +20 <L544>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
  524: if w9 == 0x1bb goto +2 <L527>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:6)
L525:
  525: *(u32 *)(r10 -40) = 1
  526: goto +19 <L546>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
L527:
  527: if w8 == 0x6 goto +1 <L529>
  528: goto -4 <L525>
L529:
  529: *(u32 *)(r10 -40) = 0
  530: goto +0 <L531>
L531:
  531: r2 = r10
  532: r2 += -40
  533: r1 = map[tc_in_ctr] ll
  535: call bpf_map_lookup_elem#1
  536: if r0 == 0x0 goto +7 <L544>
  537: r1 = *(u64 *)(r0 +0)
  538: r1 += 1
  539: *(u64 *)(r0 +0) = r1
  540: r1 = *(u64 *)(r0 +8)
  541: r2 = *(u64 *)(r10 -32)
  542: r1 += r2
  543: *(u64 *)(r0 +8) = r1
; shared code, entered from several rules (line info: tests/golden/asm/multi-chain.bfr:6)
L544:
  544: r0 = 0
  545: exit
L546:
  546: r2 = r10
  547: r2 += -40
  548: r1 = map[tc_in_ctr] ll
  550: call bpf_map_lookup_elem#1
  551: if r0 == 0x0 goto +7 <L559>
  552: r1 = *(u64 *)(r0 +0)
  553: r1 += 1
  554: *(u64 *)(r0 +0) = r1
  555: r1 = *(u64 *)(r0 +8)
  556: r2 = *(u64 *)(r10 -32)
  557: r1 += r2
  558: *(u64 *)(r0 +8) = r1
L559:
  559: r0 = 2
  560: exit

chain tc_out
  hook     BF_HOOK_TC_EGRESS
  section  tcx/egress
  attach   BPF_TCX_EGRESS (47)
  program  tc_out
  policy   ACCEPT
  options  none
  rules    1
  license  GPL
  insns    557

  map         type          key  value  max_entries  flags  elements  role
  tc_out_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:7: chain tc_out BF_HOOK_TC_EGRESS ACCEPT
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +0)
    2: *(u64 *)(r10 -24) = r1
    3: r2 = *(u32 *)(r6 +76)
    4: r3 = *(u32 *)(r6 +80)
    5: *(u64 *)(r10 -8) = 256
    6: *(u64 *)(r10 -16) = 65536
    7: r4 = r2
    8: r4 += 14
    9: if r4 > r3 goto +508 <L518>
   10: r1 = *(u16 *)(r2 +12)
   11: if r1 == 0x81 goto +1 <L13>
   12: if r1 != 0xa888 goto +12 <L25>
L13:
   13: r0 = r4
   14: r0 += 4
   15: if r0 > r3 goto +502 <L518>
   16: r1 = *(u16 *)(r4 +2)
   17: r4 = r0
   18: if r1 == 0x81 goto +1 <L20>
   19: if r1 != 0xa888 goto +5 <L25>
L20:
   20: r0 = r4
   21: r0 += 4
   22: if r0 > r3 goto +495 <L518>
   23: r1 = *(u16 *)(r4 +2)
   24: r4 = r0
L25:
   25: if r1 == 0x8 goto +2 <L28>
   26: if r1 == 0xdd86 goto +20 <L47>
   27: goto +490 <L518>
L28:
   28: r0 = r4
   29: r0 += 20
   30: if r0 > r3 goto +487 <L518>
   31: r1 = *(u8 *)(r4 +0)
   32: r0 = r1
   33: r0 &= 240
   34: if r0 != 0x40 goto +483 <L518>
   35: r5 = r1
   36: r5 &= 15
   37: if r5 < 0x5 goto +480 <L518>
   38: r1 = *(u8 *)(r4 +9)
   39: r0 = *(u16 *)(r4 +6)
   40: r0 &= 65311
   41: if r0 != 0x0 goto +476 <L518>
   42: r5 <<= 2
   43: r0 = r4
   44: r0 += r5
   45: r5 = r0
   46: goto +15 <L62>
L47:
   47: r0 = r4
   48: r0 += 40
   49: if r0 > r3 goto +468 <L518>
   50: r5 = r0
   51: r1 = *(u8 *)(r4 +0)
   52: r1 &= 240
   53: if r1 != 0x60 goto +464 <L518>
   54: r1 = *(u8 *)(r4 +6)
   55: if r1 == 0x0 goto +37 <L93>
   56: if r1 == 0x2b goto +36 <L93>
   57: if r1 == 0x2c goto +35 <L93>
   58: if r1 == 0x33 goto +34 <L93>
   59: if r1 == 0x3c goto +33 <L93>
   60: if r1 == 0x87 goto +32 <L93>
   61: goto +0 <L62>
L62:
   62: if r1 == 0x6 goto +4 <L67>
   63: if r1 == 0x11 goto +11 <L75>
   64: if r1 == 0x1 goto +18 <L83>
   65: if r1 == 0x3a goto +22 <L88>
   66: goto +451 <L518>
L67:
   67: r0 = r5
   68: r0 += 20
   69: if r0 > r3 goto +448 <L518>
   70: *(u64 *)(r10 -8) = 6
   71: r1 = *(u16 *)(r5 +2)
   72: r1 = be16 r1
   73: *(u64 *)(r10 -16) = r1
   74: goto +443 <L518>
L75:
   75: r0 = r5
   76: r0 += 8
   77: if r0 > r3 goto +440 <L518>
   78: *(u64 *)(r10 -8) = 17
   79: r1 = *(u16 *)(r5 +2)
   80: r1 = be16 r1
   81: *(u64 *)(r10 -16) = r1
   82: goto +435 <L518>
L83:
   83: r0 = r5
   84: r0 += 8
   85: if r0 > r3 goto +432 <L518>
   86: *(u64 *)(r10 -8) = 1
   87: goto +430 <L518>
L88:
   88: r0 = r5
   89: r0 += 8
   90: if r0 > r3 goto +427 <L518>
   91: *(u64 *)(r10 -8) = 58
   92: goto +425 <L518>
L93:
   93: r7 = r5
   94: r7 -= r2
   95: r8 = r1
   96: if r8 == 0x2c goto +32 <L129>
   97: if r8 == 0x33 goto +18 <L116>
   98: if r8 == 0x0 goto +4 <L103>
   99: if r8 == 0x2b goto +3 <L103>
  100: if r8 == 0x3c goto +2 <L103>
  101: if r8 == 0x87 goto +1 <L103>
  102: goto +359 <L462>
L103:
  103: r1 = r6
  104: r2 = r7
  105: r3 = r10
  106: r3 += -56
  107: r4 = 2
  108: call bpf_skb_load_bytes#26
  109: if r0 != 0x0 goto +407 <L517>
  110: r8 = *(u8 *)(r10 -56)
  111: r1 = *(u8 *)(r10 -55)
  112: r1 += 1
  113: r1 <<= 3
  114: r7 += r1
  115: goto +25 <L141>
L116:
  116: r1 = r6
  117: r2 = r7
  118: r3 = r10
  119: r3 += -56
  120: r4 = 2
  121: call bpf_skb_load_bytes#26
  122: if r0 != 0x0 goto +394 <L517>
  123: r8 = *(u8 *)(r10 -56)
  124: r1 = *(u8 *)(r10 -55)
  125: r1 += 2
  126: r1 <<= 2
  127: r7 += r1
  128: goto +12 <L141>
L129:
  129: r1 = r6
  130: r2 = r7
  131: r3 = r10
  132: r3 += -56
  133: r4 = 4
  134: call bpf_skb_load_bytes#26
  135: if r0 != 0x0 goto +381 <L517>
  136: r8 = *(u8 *)(r10 -56)
  137: r1 = *(u16 *)(r10 -54)
  138: r1 &= 63743
  139: if r1 != 0x0 goto +377 <L517>
  140: r7 += 8
L141:
  141: if r8 == 0x2c goto +32 <L174>
  142: if r8 == 0x33 goto +18 <L161>
  143: if r8 == 0x0 goto +4 <L148>
  144: if r8 == 0x2b goto +3 <L148>
  145: if r8 == 0x3c goto +2 <L148>
  146: if r8 == 0x87 goto +1 <L148>
  147: goto +314 <L462>
L148:
  148: r1 = r6
  149: r2 = r7
  150: r3 = r10
  151: r3 += -56
  152: r4 = 2
  153: call bpf_skb_load_bytes#26
  154: if r0 != 0x0 goto +362 <L517>
  155: r8 = *(u8 *)(r10 -56)
  156: r1 = *(u8 *)(r10 -55)
  157: r1 += 1
  158: r1 <<= 3
  159: r7 += r1
  160: goto +25 <L186>
L161:
  161: r1 = r6
  162: r2 = r7
  163: r3 = r10
  164: r3 += -56
  165: r4 = 2
  166: call bpf_skb_load_bytes#26
  167: if r0 != 0x0 goto +349 <L517>
  168: r8 = *(u8 *)(r10 -56)
  169: r1 = *(u8 *)(r10 -55)
  170: r1 += 2
  171: r1 <<= 2
  172: r7 += r1
  173: goto +12 <L186>
L174:
  174: r1 = r6
  175: r2 = r7
  176: r3 = r10
  177: r3 += -56
  178: r4 = 4
  179: call bpf_skb_load_bytes#26
  180: if r0 != 0x0 goto +336 <L517>
  181: r8 = *(u8 *)(r10 -56)
  182: r1 = *(u16 *)(r10 -54)
  183: r1 &= 63743
  184: if r1 != 0x0 goto +332 <L517>
  185: r7 += 8
L186:
  186: if r8 == 0x2c goto +32 <L219>
  187: if r8 == 0x33 goto +18 <L206>
  188: if r8 == 0x0 goto +4 <L193>
  189: if r8 == 0x2b goto +3 <L193>
  190: if r8 == 0x3c goto +2 <L193>
  191: if r8 == 0x87 goto +1 <L193>
  192: goto +269 <L462>
L193:
  193: r1 = r6
  194: r2 = r7
  195: r3 = r10
  196: r3 += -56
  197: r4 = 2
  198: call bpf_skb_load_bytes#26
  199: if r0 != 0x0 goto +317 <L517>
  200: r8 = *(u8 *)(r10 -56)
  201: r1 = *(u8 *)(r10 -55)
  202: r1 += 1
  203: r1 <<= 3
  204: r7 += r1
  205: goto +25 <L231>
L206:
  206: r1 = r6
  207: r2 = r7
  208: r3 = r10
  209: r3 += -56
  210: r4 = 2
  211: call bpf_skb_load_bytes#26
  212: if r0 != 0x0 goto +304 <L517>
  213: r8 = *(u8 *)(r10 -56)
  214: r1 = *(u8 *)(r10 -55)
  215: r1 += 2
  216: r1 <<= 2
  217: r7 += r1
  218: goto +12 <L231>
L219:
  219: r1 = r6
  220: r2 = r7
  221: r3 = r10
  222: r3 += -56
  223: r4 = 4
  224: call bpf_skb_load_bytes#26
  225: if r0 != 0x0 goto +291 <L517>
  226: r8 = *(u8 *)(r10 -56)
  227: r1 = *(u16 *)(r10 -54)
  228: r1 &= 63743
  229: if r1 != 0x0 goto +287 <L517>
  230: r7 += 8
L231:
  231: if r8 == 0x2c goto +32 <L264>
  232: if r8 == 0x33 goto +18 <L251>
  233: if r8 == 0x0 goto +4 <L238>
  234: if r8 == 0x2b goto +3 <L238>
  235: if r8 == 0x3c goto +2 <L238>
  236: if r8 == 0x87 goto +1 <L238>
  237: goto +224 <L462>
L238:
  238: r1 = r6
  239: r2 = r7
  240: r3 = r10
  241: r3 += -56
  242: r4 = 2
  243: call bpf_skb_load_bytes#26
  244: if r0 != 0x0 goto +272 <L517>
  245: r8 = *(u8 *)(r10 -56)
  246: r1 = *(u8 *)(r10 -55)
  247: r1 += 1
  248: r1 <<= 3
  249: r7 += r1
  250: goto +25 <L276>
L251:
  251: r1 = r6
  252: r2 = r7
  253: r3 = r10
  254: r3 += -56
  255: r4 = 2
  256: call bpf_skb_load_bytes#26
  257: if r0 != 0x0 goto +259 <L517>
  258: r8 = *(u8 *)(r10 -56)
  259: r1 = *(u8 *)(r10 -55)
  260: r1 += 2
  261: r1 <<= 2
  262: r7 += r1
  263: goto +12 <L276>
L264:
  264: r1 = r6
  265: r2 = r7
  266: r3 = r10
  267: r3 += -56
  268: r4 = 4
  269: call bpf_skb_load_bytes#26
  270: if r0 != 0x0 goto +246 <L517>
  271: r8 = *(u8 *)(r10 -56)
  272: r1 = *(u16 *)(r10 -54)
  273: r1 &= 63743
  274: if r1 != 0x0 goto +242 <L517>
  275: r7 += 8
L276:
  276: if r8 == 0x2c goto +32 <L309>
  277: if r8 == 0x33 goto +18 <L296>
  278: if r8 == 0x0 goto +4 <L283>
  279: if r8 == 0x2b goto +3 <L283>
  280: if r8 == 0x3c goto +2 <L283>
  281: if r8 == 0x87 goto +1 <L283>
  282: goto +179 <L462>
L283:
  283: r1 = r6
  284: r2 = r7
  285: r3 = r10
  286: r3 += -56
  287: r4 = 2
  288: call bpf_skb_load_bytes#26
  289: if r0 != 0x0 goto +227 <L517>
  290: r8 = *(u8 *)(r10 -56)
  291: r1 = *(u8 *)(r10 -55)
  292: r1 += 1
  293: r1 <<= 3
  294: r7 += r1
  295: goto +25 <L321>
L296:
  296: r1 = r6
  297: r2 = r7
  298: r3 = r10
  299: r3 += -56
  300: r4 = 2
  301: call bpf_skb_load_bytes#26
  302: if r0 != 0x0 goto +214 <L517>
  303: r8 = *(u8 *)(r10 -56)
  304: r1 = *(u8 *)(r10 -55)
  305: r1 += 2
  306: r1 <<= 2
  307: r7 += r1
  308: goto +12 <L321>
L309:
  309: r1 = r6
  310: r2 = r7
  311: r3 = r10
  312: r3 += -56
  313: r4 = 4
  314: call bpf_skb_load_bytes#26
  315: if r0 != 0x0 goto +201 <L517>
  316: r8 = *(u8 *)(r10 -56)
  317: r1 = *(u16 *)(r10 -54)
  318: r1 &= 63743
  319: if r1 != 0x0 goto +197 <L517>
  320: r7 += 8
L321:
  321: if r8 == 0x2c goto +32 <L354>
  322: if r8 == 0x33 goto +18 <L341>
  323: if r8 == 0x0 goto +4 <L328>
  324: if r8 == 0x2b goto +3 <L328>
  325: if r8 == 0x3c goto +2 <L328>
  326: if r8 == 0x87 goto +1 <L328>
  327: goto +134 <L462>
L328:
  328: r1 = r6
  329: r2 = r7
  330: r3 = r10
  331: r3 += -56
  332: r4 = 2
  333: call bpf_skb_load_bytes#26
  334: if r0 != 0x0 goto +182 <L517>
  335: r8 = *(u8 *)(r10 -56)
  336: r1 = *(u8 *)(r10 -55)
  337: r1 += 1
  338: r1 <<= 3
  339: r7 += r1
  340: goto +25 <L366>
L341:
  341: r1 = r6
  342: r2 = r7
  343: r3 = r10
  344: r3 += -56
  345: r4 = 2
  346: call bpf_skb_load_bytes#26
  347: if r0 != 0x0 goto +169 <L517>
  348: r8 = *(u8 *)(r10 -56)
  349: r1 = *(u8 *)(r10 -55)
  350: r1 += 2
  351: r1 <<= 2
  352: r7 += r1
  353: goto +12 <L366>
L354:
  354: r1 = r6
  355: r2 = r7
  356: r3 = r10
  357: r3 += -56
  358: r4 = 4
  359: call bpf_skb_load_bytes#26
  360: if r0 != 0x0 goto +156 <L517>
  361: r8 = *(u8 *)(r10 -56)
  362: r1 = *(u16 *)(r10 -54)
  363: r1 &= 63743
  364: if r1 != 0x0 goto +152 <L517>
  365: r7 += 8
L366:
  366: if r8 == 0x2c goto +32 <L399>
  367: if r8 == 0x33 goto +18 <L386>
  368: if r8 == 0x0 goto +4 <L373>
  369: if r8 == 0x2b goto +3 <L373>
  370: if r8 == 0x3c goto +2 <L373>
  371: if r8 == 0x87 goto +1 <L373>
  372: goto +89 <L462>
L373:
  373: r1 = r6
  374: r2 = r7
  375: r3 = r10
  376: r3 += -56
  377: r4 = 2
  378: call bpf_skb_load_bytes#26
  379: if r0 != 0x0 goto +137 <L517>
  380: r8 = *(u8 *)(r10 -56)
  381: r1 = *(u8 *)(r10 -55)
  382: r1 += 1
  383: r1 <<= 3
  384: r7 += r1
  385: goto +25 <L411>
L386:
  386: r1 = r6
  387: r2 = r7
  388: r3 = r10
  389: r3 += -56
  390: r4 = 2
  391: call bpf_skb_load_bytes#26
  392: if r0 != 0x0 goto +124 <L517>
  393: r8 = *(u8 *)(r10 -56)
  394: r1 = *(u8 *)(r10 -55)
  395: r1 += 2
  396: r1 <<= 2
  397: r7 += r1
  398: goto +12 <L411>
L399:
  399: r1 = r6
  400: r2 = r7
  401: r3 = r10
  402: r3 += -56
  403: r4 = 4
  404: call bpf_skb_load_bytes#26
  405: if r0 != 0x0 goto +111 <L517>
  406: r8 = *(u8 *)(r10 -56)
  407: r1 = *(u16 *)(r10 -54)
  408: r1 &= 63743
  409: if r1 != 0x0 goto +107 <L517>
  410: r7 += 8
L411:
  411: if r8 == 0x2c goto +32 <L444>
  412: if r8 == 0x33 goto +18 <L431>
  413: if r8 == 0x0 goto +4 <L418>
  414: if r8 == 0x2b goto +3 <L418>
  415: if r8 == 0x3c goto +2 <L418>
  416: if r8 == 0x87 goto +1 <L418>
  417: goto +44 <L462>
L418:
  418: r1 = r6
  419: r2 = r7
  420: r3 = r10
  421: r3 += -56
  422: r4 = 2
  423: call bpf_skb_load_bytes#26
  424: if r0 != 0x0 goto +92 <L517>
  425: r8 = *(u8 *)(r10 -56)
  426: r1 = *(u8 *)(r10 -55)
  427: r1 += 1
  428: r1 <<= 3
  429: r7 += r1
  430: goto +25 <L456>
L431:
  431: r1 = r6
  432: r2 = r7
  433: r3 = r10
  434: r3 += -56
  435: r4 = 2
  436: call bpf_skb_load_bytes#26
  437: if r0 != 0x0 goto +79 <L517>
  438: r8 = *(u8 *)(r10 -56)
  439: r1 = *(u8 *)(r10 -55)
  440: r1 += 2
  441: r1 <<= 2
  442: r7 += r1
  443: goto +12 <L456>
L444:
  444: r1 = r6
  445: r2 = r7
  446: r3 = r10
  447: r3 += -56
  448: r4 = 4
  449: call bpf_skb_load_bytes#26
  450: if r0 != 0x0 goto +66 <L517>
  451: r8 = *(u8 *)(r10 -56)
  452: r1 = *(u16 *)(r10 -54)
  453: r1 &= 63743
  454: if r1 != 0x0 goto +62 <L517>
  455: r7 += 8
L456:
  456: if r8 == 0x0 goto +60 <L517>
  457: if r8 == 0x2b goto +59 <L517>
  458: if r8 == 0x2c goto +58 <L517>
  459: if r8 == 0x33 goto +57 <L517>
  460: if r8 == 0x3c goto +56 <L517>
  461: if r8 == 0x87 goto +55 <L517>
L462:
  462: if r8 == 0x6 goto +4 <L467>
  463: if r8 == 0x11 goto +17 <L481>
  464: if r8 == 0x1 goto +30 <L495>
  465: if r8 == 0x3a goto +40 <L506>
  466: goto +51 <L518>
L467:
  467: r1 = r6
  468: r2 = r7
  469: r3 = r10
  470: r3 += -56
  471: r4 = 20
  472: call bpf_skb_load_bytes#26
  473: if r0 != 0x0 goto +44 <L518>
  474: r0 = r10
  475: r0 += -56
  476: *(u64 *)(r10 -8) = 6
  477: r1 = *(u16 *)(r0 +2)
  478: r1 = be16 r1
  479: *(u64 *)(r10 -16) = r1
  480: goto +37 <L518>
L481:
  481: r1 = r6
  482: r2 = r7
  483: r3 = r10
  484: r3 += -56
  485: r4 = 8
  486: call bpf_skb_load_bytes#26
  487: if r0 != 0x0 goto +30 <L518>
  488: r0 = r10
  489: r0 += -56
  490: *(u64 *)(r10 -8) = 17
  491: r1 = *(u16 *)(r0 +2)
  492: r1 = be16 r1
  493: *(u64 *)(r10 -16) = r1
  494: goto +23 <L518>
L495:
  495: r1 = r6
  496: r2 = r7
  497: r3 = r10
  498: r3 += -56
  499: r4 = 8
  500: call bpf_skb_load_bytes#26
  501: if r0 != 0x0 goto +16 <L518>
  502: r0 = r10
  503: r0 += -56
  504: *(u64 *)(r10 -8) = 1
  505: goto +12 <L518>
L506:
  506: r1 = r6
  507: r2 = r7
  508: r3 = r10
  509: r3 += -56
  510: r4 = 8
  511: call bpf_skb_load_bytes#26
  512: if r0 != 0x0 goto +5 <L518>
  513: r0 = r10
  514: r0 += -56
  515: *(u64 *)(r10 -8) = 58
  516: goto +1 <L518>
L517:
  517: goto +0 <L518>
L518:
  518: r7 = *(u64 *)(r10 -8)
  519: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
  520: if w8 == 0x7b goto +2 <L523>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:8)
L521:
  521: *(u32 *)(r10 -32) = 1
  522: goto +4 <L527>
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
L523:
  523: if w7 == 0x11 goto +1 <L525>
  524: goto -4 <L521>
L525:
  525: *(u32 *)(r10 -32) = 0
  526: goto +15 <L542>
; shared code, entered from several rules (line info: tests/golden/asm/multi-chain.bfr:8)
L527:
  527: r2 = r10
  528: r2 += -32
  529: r1 = map[tc_out_ctr] ll
  531: call bpf_map_lookup_elem#1
  532: if r0 == 0x0 goto +7 <L540>
  533: r1 = *(u64 *)(r0 +0)
  534: r1 += 1
  535: *(u64 *)(r0 +0) = r1
  536: r1 = *(u64 *)(r0 +8)
  537: r2 = *(u64 *)(r10 -24)
  538: r1 += r2
  539: *(u64 *)(r0 +8) = r1
L540:
  540: r0 = 0
  541: exit
L542:
  542: r2 = r10
  543: r2 += -32
  544: r1 = map[tc_out_ctr] ll
  546: call bpf_map_lookup_elem#1
  547: if r0 == 0x0 goto +7 <L555>
  548: r1 = *(u64 *)(r0 +0)
  549: r1 += 1
  550: *(u64 *)(r0 +0) = r1
  551: r1 = *(u64 *)(r0 +8)
  552: r2 = *(u64 *)(r10 -24)
  553: r1 += r2
  554: *(u64 *)(r0 +8) = r1
L555:
  555: r0 = 2
  556: exit
