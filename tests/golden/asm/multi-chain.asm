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
  55: *(u32 *)(r10 -24) = 1
  56: goto +17 <L74>
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
   10: if r4 > r3 goto +510 <L521>
   11: r1 = *(u16 *)(r2 +12)
   12: if r1 == 0x81 goto +1 <L14>
   13: if r1 != 0xa888 goto +12 <L26>
L14:
   14: r0 = r4
   15: r0 += 4
   16: if r0 > r3 goto +504 <L521>
   17: r1 = *(u16 *)(r4 +2)
   18: r4 = r0
   19: if r1 == 0x81 goto +1 <L21>
   20: if r1 != 0xa888 goto +5 <L26>
L21:
   21: r0 = r4
   22: r0 += 4
   23: if r0 > r3 goto +497 <L521>
   24: r1 = *(u16 *)(r4 +2)
   25: r4 = r0
L26:
   26: *(u64 *)(r10 -8) = r1
   27: if r1 == 0x8 goto +2 <L30>
   28: if r1 == 0xdd86 goto +20 <L49>
   29: goto +491 <L521>
L30:
   30: r0 = r4
   31: r0 += 20
   32: if r0 > r3 goto +488 <L521>
   33: r1 = *(u8 *)(r4 +0)
   34: r0 = r1
   35: r0 &= 240
   36: if r0 != 0x40 goto +484 <L521>
   37: r5 = r1
   38: r5 &= 15
   39: if r5 < 0x5 goto +481 <L521>
   40: r1 = *(u8 *)(r4 +9)
   41: r0 = *(u16 *)(r4 +6)
   42: r0 &= 65311
   43: if r0 != 0x0 goto +477 <L521>
   44: r5 <<= 2
   45: r0 = r4
   46: r0 += r5
   47: r5 = r0
   48: goto +15 <L64>
L49:
   49: r0 = r4
   50: r0 += 40
   51: if r0 > r3 goto +469 <L521>
   52: r5 = r0
   53: r1 = *(u8 *)(r4 +0)
   54: r1 &= 240
   55: if r1 != 0x60 goto +465 <L521>
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
   68: goto +452 <L521>
L69:
   69: r0 = r5
   70: r0 += 20
   71: if r0 > r3 goto +449 <L521>
   72: *(u64 *)(r10 -16) = 6
   73: r1 = *(u16 *)(r5 +2)
   74: r1 = be16 r1
   75: *(u64 *)(r10 -24) = r1
   76: goto +444 <L521>
L77:
   77: r0 = r5
   78: r0 += 8
   79: if r0 > r3 goto +441 <L521>
   80: *(u64 *)(r10 -16) = 17
   81: r1 = *(u16 *)(r5 +2)
   82: r1 = be16 r1
   83: *(u64 *)(r10 -24) = r1
   84: goto +436 <L521>
L85:
   85: r0 = r5
   86: r0 += 8
   87: if r0 > r3 goto +433 <L521>
   88: *(u64 *)(r10 -16) = 1
   89: goto +431 <L521>
L90:
   90: r0 = r5
   91: r0 += 8
   92: if r0 > r3 goto +428 <L521>
   93: *(u64 *)(r10 -16) = 58
   94: goto +426 <L521>
L95:
   95: r7 = r5
   96: r7 -= r2
   97: r8 = r1
   98: r9 = 0
   99: if r8 == 0x2c goto +32 <L132>
  100: if r8 == 0x33 goto +18 <L119>
  101: if r8 == 0x0 goto +4 <L106>
  102: if r8 == 0x2b goto +3 <L106>
  103: if r8 == 0x3c goto +2 <L106>
  104: if r8 == 0x87 goto +1 <L106>
  105: goto +359 <L465>
L106:
  106: r1 = r6
  107: r2 = r7
  108: r3 = r10
  109: r3 += -64
  110: r4 = 2
  111: call bpf_skb_load_bytes#26
  112: if r0 != 0x0 goto +407 <L520>
  113: r8 = *(u8 *)(r10 -64)
  114: r1 = *(u8 *)(r10 -63)
  115: r1 += 1
  116: r1 <<= 3
  117: r7 += r1
  118: goto +25 <L144>
L119:
  119: r1 = r6
  120: r2 = r7
  121: r3 = r10
  122: r3 += -64
  123: r4 = 2
  124: call bpf_skb_load_bytes#26
  125: if r0 != 0x0 goto +394 <L520>
  126: r8 = *(u8 *)(r10 -64)
  127: r1 = *(u8 *)(r10 -63)
  128: r1 += 2
  129: r1 <<= 2
  130: r7 += r1
  131: goto +12 <L144>
L132:
  132: r1 = r6
  133: r2 = r7
  134: r3 = r10
  135: r3 += -64
  136: r4 = 4
  137: call bpf_skb_load_bytes#26
  138: if r0 != 0x0 goto +381 <L520>
  139: r8 = *(u8 *)(r10 -64)
  140: r1 = *(u16 *)(r10 -62)
  141: r1 &= 63743
  142: if r1 != 0x0 goto +377 <L520>
  143: r7 += 8
L144:
  144: if r8 == 0x2c goto +32 <L177>
  145: if r8 == 0x33 goto +18 <L164>
  146: if r8 == 0x0 goto +4 <L151>
  147: if r8 == 0x2b goto +3 <L151>
  148: if r8 == 0x3c goto +2 <L151>
  149: if r8 == 0x87 goto +1 <L151>
  150: goto +314 <L465>
L151:
  151: r1 = r6
  152: r2 = r7
  153: r3 = r10
  154: r3 += -64
  155: r4 = 2
  156: call bpf_skb_load_bytes#26
  157: if r0 != 0x0 goto +362 <L520>
  158: r8 = *(u8 *)(r10 -64)
  159: r1 = *(u8 *)(r10 -63)
  160: r1 += 1
  161: r1 <<= 3
  162: r7 += r1
  163: goto +25 <L189>
L164:
  164: r1 = r6
  165: r2 = r7
  166: r3 = r10
  167: r3 += -64
  168: r4 = 2
  169: call bpf_skb_load_bytes#26
  170: if r0 != 0x0 goto +349 <L520>
  171: r8 = *(u8 *)(r10 -64)
  172: r1 = *(u8 *)(r10 -63)
  173: r1 += 2
  174: r1 <<= 2
  175: r7 += r1
  176: goto +12 <L189>
L177:
  177: r1 = r6
  178: r2 = r7
  179: r3 = r10
  180: r3 += -64
  181: r4 = 4
  182: call bpf_skb_load_bytes#26
  183: if r0 != 0x0 goto +336 <L520>
  184: r8 = *(u8 *)(r10 -64)
  185: r1 = *(u16 *)(r10 -62)
  186: r1 &= 63743
  187: if r1 != 0x0 goto +332 <L520>
  188: r7 += 8
L189:
  189: if r8 == 0x2c goto +32 <L222>
  190: if r8 == 0x33 goto +18 <L209>
  191: if r8 == 0x0 goto +4 <L196>
  192: if r8 == 0x2b goto +3 <L196>
  193: if r8 == 0x3c goto +2 <L196>
  194: if r8 == 0x87 goto +1 <L196>
  195: goto +269 <L465>
L196:
  196: r1 = r6
  197: r2 = r7
  198: r3 = r10
  199: r3 += -64
  200: r4 = 2
  201: call bpf_skb_load_bytes#26
  202: if r0 != 0x0 goto +317 <L520>
  203: r8 = *(u8 *)(r10 -64)
  204: r1 = *(u8 *)(r10 -63)
  205: r1 += 1
  206: r1 <<= 3
  207: r7 += r1
  208: goto +25 <L234>
L209:
  209: r1 = r6
  210: r2 = r7
  211: r3 = r10
  212: r3 += -64
  213: r4 = 2
  214: call bpf_skb_load_bytes#26
  215: if r0 != 0x0 goto +304 <L520>
  216: r8 = *(u8 *)(r10 -64)
  217: r1 = *(u8 *)(r10 -63)
  218: r1 += 2
  219: r1 <<= 2
  220: r7 += r1
  221: goto +12 <L234>
L222:
  222: r1 = r6
  223: r2 = r7
  224: r3 = r10
  225: r3 += -64
  226: r4 = 4
  227: call bpf_skb_load_bytes#26
  228: if r0 != 0x0 goto +291 <L520>
  229: r8 = *(u8 *)(r10 -64)
  230: r1 = *(u16 *)(r10 -62)
  231: r1 &= 63743
  232: if r1 != 0x0 goto +287 <L520>
  233: r7 += 8
L234:
  234: if r8 == 0x2c goto +32 <L267>
  235: if r8 == 0x33 goto +18 <L254>
  236: if r8 == 0x0 goto +4 <L241>
  237: if r8 == 0x2b goto +3 <L241>
  238: if r8 == 0x3c goto +2 <L241>
  239: if r8 == 0x87 goto +1 <L241>
  240: goto +224 <L465>
L241:
  241: r1 = r6
  242: r2 = r7
  243: r3 = r10
  244: r3 += -64
  245: r4 = 2
  246: call bpf_skb_load_bytes#26
  247: if r0 != 0x0 goto +272 <L520>
  248: r8 = *(u8 *)(r10 -64)
  249: r1 = *(u8 *)(r10 -63)
  250: r1 += 1
  251: r1 <<= 3
  252: r7 += r1
  253: goto +25 <L279>
L254:
  254: r1 = r6
  255: r2 = r7
  256: r3 = r10
  257: r3 += -64
  258: r4 = 2
  259: call bpf_skb_load_bytes#26
  260: if r0 != 0x0 goto +259 <L520>
  261: r8 = *(u8 *)(r10 -64)
  262: r1 = *(u8 *)(r10 -63)
  263: r1 += 2
  264: r1 <<= 2
  265: r7 += r1
  266: goto +12 <L279>
L267:
  267: r1 = r6
  268: r2 = r7
  269: r3 = r10
  270: r3 += -64
  271: r4 = 4
  272: call bpf_skb_load_bytes#26
  273: if r0 != 0x0 goto +246 <L520>
  274: r8 = *(u8 *)(r10 -64)
  275: r1 = *(u16 *)(r10 -62)
  276: r1 &= 63743
  277: if r1 != 0x0 goto +242 <L520>
  278: r7 += 8
L279:
  279: if r8 == 0x2c goto +32 <L312>
  280: if r8 == 0x33 goto +18 <L299>
  281: if r8 == 0x0 goto +4 <L286>
  282: if r8 == 0x2b goto +3 <L286>
  283: if r8 == 0x3c goto +2 <L286>
  284: if r8 == 0x87 goto +1 <L286>
  285: goto +179 <L465>
L286:
  286: r1 = r6
  287: r2 = r7
  288: r3 = r10
  289: r3 += -64
  290: r4 = 2
  291: call bpf_skb_load_bytes#26
  292: if r0 != 0x0 goto +227 <L520>
  293: r8 = *(u8 *)(r10 -64)
  294: r1 = *(u8 *)(r10 -63)
  295: r1 += 1
  296: r1 <<= 3
  297: r7 += r1
  298: goto +25 <L324>
L299:
  299: r1 = r6
  300: r2 = r7
  301: r3 = r10
  302: r3 += -64
  303: r4 = 2
  304: call bpf_skb_load_bytes#26
  305: if r0 != 0x0 goto +214 <L520>
  306: r8 = *(u8 *)(r10 -64)
  307: r1 = *(u8 *)(r10 -63)
  308: r1 += 2
  309: r1 <<= 2
  310: r7 += r1
  311: goto +12 <L324>
L312:
  312: r1 = r6
  313: r2 = r7
  314: r3 = r10
  315: r3 += -64
  316: r4 = 4
  317: call bpf_skb_load_bytes#26
  318: if r0 != 0x0 goto +201 <L520>
  319: r8 = *(u8 *)(r10 -64)
  320: r1 = *(u16 *)(r10 -62)
  321: r1 &= 63743
  322: if r1 != 0x0 goto +197 <L520>
  323: r7 += 8
L324:
  324: if r8 == 0x2c goto +32 <L357>
  325: if r8 == 0x33 goto +18 <L344>
  326: if r8 == 0x0 goto +4 <L331>
  327: if r8 == 0x2b goto +3 <L331>
  328: if r8 == 0x3c goto +2 <L331>
  329: if r8 == 0x87 goto +1 <L331>
  330: goto +134 <L465>
L331:
  331: r1 = r6
  332: r2 = r7
  333: r3 = r10
  334: r3 += -64
  335: r4 = 2
  336: call bpf_skb_load_bytes#26
  337: if r0 != 0x0 goto +182 <L520>
  338: r8 = *(u8 *)(r10 -64)
  339: r1 = *(u8 *)(r10 -63)
  340: r1 += 1
  341: r1 <<= 3
  342: r7 += r1
  343: goto +25 <L369>
L344:
  344: r1 = r6
  345: r2 = r7
  346: r3 = r10
  347: r3 += -64
  348: r4 = 2
  349: call bpf_skb_load_bytes#26
  350: if r0 != 0x0 goto +169 <L520>
  351: r8 = *(u8 *)(r10 -64)
  352: r1 = *(u8 *)(r10 -63)
  353: r1 += 2
  354: r1 <<= 2
  355: r7 += r1
  356: goto +12 <L369>
L357:
  357: r1 = r6
  358: r2 = r7
  359: r3 = r10
  360: r3 += -64
  361: r4 = 4
  362: call bpf_skb_load_bytes#26
  363: if r0 != 0x0 goto +156 <L520>
  364: r8 = *(u8 *)(r10 -64)
  365: r1 = *(u16 *)(r10 -62)
  366: r1 &= 63743
  367: if r1 != 0x0 goto +152 <L520>
  368: r7 += 8
L369:
  369: if r8 == 0x2c goto +32 <L402>
  370: if r8 == 0x33 goto +18 <L389>
  371: if r8 == 0x0 goto +4 <L376>
  372: if r8 == 0x2b goto +3 <L376>
  373: if r8 == 0x3c goto +2 <L376>
  374: if r8 == 0x87 goto +1 <L376>
  375: goto +89 <L465>
L376:
  376: r1 = r6
  377: r2 = r7
  378: r3 = r10
  379: r3 += -64
  380: r4 = 2
  381: call bpf_skb_load_bytes#26
  382: if r0 != 0x0 goto +137 <L520>
  383: r8 = *(u8 *)(r10 -64)
  384: r1 = *(u8 *)(r10 -63)
  385: r1 += 1
  386: r1 <<= 3
  387: r7 += r1
  388: goto +25 <L414>
L389:
  389: r1 = r6
  390: r2 = r7
  391: r3 = r10
  392: r3 += -64
  393: r4 = 2
  394: call bpf_skb_load_bytes#26
  395: if r0 != 0x0 goto +124 <L520>
  396: r8 = *(u8 *)(r10 -64)
  397: r1 = *(u8 *)(r10 -63)
  398: r1 += 2
  399: r1 <<= 2
  400: r7 += r1
  401: goto +12 <L414>
L402:
  402: r1 = r6
  403: r2 = r7
  404: r3 = r10
  405: r3 += -64
  406: r4 = 4
  407: call bpf_skb_load_bytes#26
  408: if r0 != 0x0 goto +111 <L520>
  409: r8 = *(u8 *)(r10 -64)
  410: r1 = *(u16 *)(r10 -62)
  411: r1 &= 63743
  412: if r1 != 0x0 goto +107 <L520>
  413: r7 += 8
L414:
  414: if r8 == 0x2c goto +32 <L447>
  415: if r8 == 0x33 goto +18 <L434>
  416: if r8 == 0x0 goto +4 <L421>
  417: if r8 == 0x2b goto +3 <L421>
  418: if r8 == 0x3c goto +2 <L421>
  419: if r8 == 0x87 goto +1 <L421>
  420: goto +44 <L465>
L421:
  421: r1 = r6
  422: r2 = r7
  423: r3 = r10
  424: r3 += -64
  425: r4 = 2
  426: call bpf_skb_load_bytes#26
  427: if r0 != 0x0 goto +92 <L520>
  428: r8 = *(u8 *)(r10 -64)
  429: r1 = *(u8 *)(r10 -63)
  430: r1 += 1
  431: r1 <<= 3
  432: r7 += r1
  433: goto +25 <L459>
L434:
  434: r1 = r6
  435: r2 = r7
  436: r3 = r10
  437: r3 += -64
  438: r4 = 2
  439: call bpf_skb_load_bytes#26
  440: if r0 != 0x0 goto +79 <L520>
  441: r8 = *(u8 *)(r10 -64)
  442: r1 = *(u8 *)(r10 -63)
  443: r1 += 2
  444: r1 <<= 2
  445: r7 += r1
  446: goto +12 <L459>
L447:
  447: r1 = r6
  448: r2 = r7
  449: r3 = r10
  450: r3 += -64
  451: r4 = 4
  452: call bpf_skb_load_bytes#26
  453: if r0 != 0x0 goto +66 <L520>
  454: r8 = *(u8 *)(r10 -64)
  455: r1 = *(u16 *)(r10 -62)
  456: r1 &= 63743
  457: if r1 != 0x0 goto +62 <L520>
  458: r7 += 8
L459:
  459: if r8 == 0x0 goto +60 <L520>
  460: if r8 == 0x2b goto +59 <L520>
  461: if r8 == 0x2c goto +58 <L520>
  462: if r8 == 0x33 goto +57 <L520>
  463: if r8 == 0x3c goto +56 <L520>
  464: if r8 == 0x87 goto +55 <L520>
L465:
  465: if r8 == 0x6 goto +4 <L470>
  466: if r8 == 0x11 goto +17 <L484>
  467: if r8 == 0x1 goto +30 <L498>
  468: if r8 == 0x3a goto +40 <L509>
  469: goto +51 <L521>
L470:
  470: r1 = r6
  471: r2 = r7
  472: r3 = r10
  473: r3 += -64
  474: r4 = 20
  475: call bpf_skb_load_bytes#26
  476: if r0 != 0x0 goto +44 <L521>
  477: r0 = r10
  478: r0 += -64
  479: *(u64 *)(r10 -16) = 6
  480: r1 = *(u16 *)(r0 +2)
  481: r1 = be16 r1
  482: *(u64 *)(r10 -24) = r1
  483: goto +37 <L521>
L484:
  484: r1 = r6
  485: r2 = r7
  486: r3 = r10
  487: r3 += -64
  488: r4 = 8
  489: call bpf_skb_load_bytes#26
  490: if r0 != 0x0 goto +30 <L521>
  491: r0 = r10
  492: r0 += -64
  493: *(u64 *)(r10 -16) = 17
  494: r1 = *(u16 *)(r0 +2)
  495: r1 = be16 r1
  496: *(u64 *)(r10 -24) = r1
  497: goto +23 <L521>
L498:
  498: r1 = r6
  499: r2 = r7
  500: r3 = r10
  501: r3 += -64
  502: r4 = 8
  503: call bpf_skb_load_bytes#26
  504: if r0 != 0x0 goto +16 <L521>
  505: r0 = r10
  506: r0 += -64
  507: *(u64 *)(r10 -16) = 1
  508: goto +12 <L521>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -64
  513: r4 = 8
  514: call bpf_skb_load_bytes#26
  515: if r0 != 0x0 goto +5 <L521>
  516: r0 = r10
  517: r0 += -64
  518: *(u64 *)(r10 -16) = 58
  519: goto +1 <L521>
L520:
  520: goto +0 <L521>
L521:
  521: r7 = *(u64 *)(r10 -8)
  522: r8 = *(u64 *)(r10 -16)
  523: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/multi-chain.bfr:5: rule meta.l3_proto ipv6 ACCEPT
  524: if w7 == 0xdd86 goto +19 <L544>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
  525: if w8 != 0x6 goto +1 <L527>
  526: if w9 == 0x1bb goto +2 <L529>
L527:
  527: *(u32 *)(r10 -40) = 1
  528: goto +17 <L546>
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
    9: if r4 > r3 goto +509 <L519>
   10: r1 = *(u16 *)(r2 +12)
   11: if r1 == 0x81 goto +1 <L13>
   12: if r1 != 0xa888 goto +12 <L25>
L13:
   13: r0 = r4
   14: r0 += 4
   15: if r0 > r3 goto +503 <L519>
   16: r1 = *(u16 *)(r4 +2)
   17: r4 = r0
   18: if r1 == 0x81 goto +1 <L20>
   19: if r1 != 0xa888 goto +5 <L25>
L20:
   20: r0 = r4
   21: r0 += 4
   22: if r0 > r3 goto +496 <L519>
   23: r1 = *(u16 *)(r4 +2)
   24: r4 = r0
L25:
   25: if r1 == 0x8 goto +2 <L28>
   26: if r1 == 0xdd86 goto +20 <L47>
   27: goto +491 <L519>
L28:
   28: r0 = r4
   29: r0 += 20
   30: if r0 > r3 goto +488 <L519>
   31: r1 = *(u8 *)(r4 +0)
   32: r0 = r1
   33: r0 &= 240
   34: if r0 != 0x40 goto +484 <L519>
   35: r5 = r1
   36: r5 &= 15
   37: if r5 < 0x5 goto +481 <L519>
   38: r1 = *(u8 *)(r4 +9)
   39: r0 = *(u16 *)(r4 +6)
   40: r0 &= 65311
   41: if r0 != 0x0 goto +477 <L519>
   42: r5 <<= 2
   43: r0 = r4
   44: r0 += r5
   45: r5 = r0
   46: goto +15 <L62>
L47:
   47: r0 = r4
   48: r0 += 40
   49: if r0 > r3 goto +469 <L519>
   50: r5 = r0
   51: r1 = *(u8 *)(r4 +0)
   52: r1 &= 240
   53: if r1 != 0x60 goto +465 <L519>
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
   66: goto +452 <L519>
L67:
   67: r0 = r5
   68: r0 += 20
   69: if r0 > r3 goto +449 <L519>
   70: *(u64 *)(r10 -8) = 6
   71: r1 = *(u16 *)(r5 +2)
   72: r1 = be16 r1
   73: *(u64 *)(r10 -16) = r1
   74: goto +444 <L519>
L75:
   75: r0 = r5
   76: r0 += 8
   77: if r0 > r3 goto +441 <L519>
   78: *(u64 *)(r10 -8) = 17
   79: r1 = *(u16 *)(r5 +2)
   80: r1 = be16 r1
   81: *(u64 *)(r10 -16) = r1
   82: goto +436 <L519>
L83:
   83: r0 = r5
   84: r0 += 8
   85: if r0 > r3 goto +433 <L519>
   86: *(u64 *)(r10 -8) = 1
   87: goto +431 <L519>
L88:
   88: r0 = r5
   89: r0 += 8
   90: if r0 > r3 goto +428 <L519>
   91: *(u64 *)(r10 -8) = 58
   92: goto +426 <L519>
L93:
   93: r7 = r5
   94: r7 -= r2
   95: r8 = r1
   96: r9 = 0
   97: if r8 == 0x2c goto +32 <L130>
   98: if r8 == 0x33 goto +18 <L117>
   99: if r8 == 0x0 goto +4 <L104>
  100: if r8 == 0x2b goto +3 <L104>
  101: if r8 == 0x3c goto +2 <L104>
  102: if r8 == 0x87 goto +1 <L104>
  103: goto +359 <L463>
L104:
  104: r1 = r6
  105: r2 = r7
  106: r3 = r10
  107: r3 += -56
  108: r4 = 2
  109: call bpf_skb_load_bytes#26
  110: if r0 != 0x0 goto +407 <L518>
  111: r8 = *(u8 *)(r10 -56)
  112: r1 = *(u8 *)(r10 -55)
  113: r1 += 1
  114: r1 <<= 3
  115: r7 += r1
  116: goto +25 <L142>
L117:
  117: r1 = r6
  118: r2 = r7
  119: r3 = r10
  120: r3 += -56
  121: r4 = 2
  122: call bpf_skb_load_bytes#26
  123: if r0 != 0x0 goto +394 <L518>
  124: r8 = *(u8 *)(r10 -56)
  125: r1 = *(u8 *)(r10 -55)
  126: r1 += 2
  127: r1 <<= 2
  128: r7 += r1
  129: goto +12 <L142>
L130:
  130: r1 = r6
  131: r2 = r7
  132: r3 = r10
  133: r3 += -56
  134: r4 = 4
  135: call bpf_skb_load_bytes#26
  136: if r0 != 0x0 goto +381 <L518>
  137: r8 = *(u8 *)(r10 -56)
  138: r1 = *(u16 *)(r10 -54)
  139: r1 &= 63743
  140: if r1 != 0x0 goto +377 <L518>
  141: r7 += 8
L142:
  142: if r8 == 0x2c goto +32 <L175>
  143: if r8 == 0x33 goto +18 <L162>
  144: if r8 == 0x0 goto +4 <L149>
  145: if r8 == 0x2b goto +3 <L149>
  146: if r8 == 0x3c goto +2 <L149>
  147: if r8 == 0x87 goto +1 <L149>
  148: goto +314 <L463>
L149:
  149: r1 = r6
  150: r2 = r7
  151: r3 = r10
  152: r3 += -56
  153: r4 = 2
  154: call bpf_skb_load_bytes#26
  155: if r0 != 0x0 goto +362 <L518>
  156: r8 = *(u8 *)(r10 -56)
  157: r1 = *(u8 *)(r10 -55)
  158: r1 += 1
  159: r1 <<= 3
  160: r7 += r1
  161: goto +25 <L187>
L162:
  162: r1 = r6
  163: r2 = r7
  164: r3 = r10
  165: r3 += -56
  166: r4 = 2
  167: call bpf_skb_load_bytes#26
  168: if r0 != 0x0 goto +349 <L518>
  169: r8 = *(u8 *)(r10 -56)
  170: r1 = *(u8 *)(r10 -55)
  171: r1 += 2
  172: r1 <<= 2
  173: r7 += r1
  174: goto +12 <L187>
L175:
  175: r1 = r6
  176: r2 = r7
  177: r3 = r10
  178: r3 += -56
  179: r4 = 4
  180: call bpf_skb_load_bytes#26
  181: if r0 != 0x0 goto +336 <L518>
  182: r8 = *(u8 *)(r10 -56)
  183: r1 = *(u16 *)(r10 -54)
  184: r1 &= 63743
  185: if r1 != 0x0 goto +332 <L518>
  186: r7 += 8
L187:
  187: if r8 == 0x2c goto +32 <L220>
  188: if r8 == 0x33 goto +18 <L207>
  189: if r8 == 0x0 goto +4 <L194>
  190: if r8 == 0x2b goto +3 <L194>
  191: if r8 == 0x3c goto +2 <L194>
  192: if r8 == 0x87 goto +1 <L194>
  193: goto +269 <L463>
L194:
  194: r1 = r6
  195: r2 = r7
  196: r3 = r10
  197: r3 += -56
  198: r4 = 2
  199: call bpf_skb_load_bytes#26
  200: if r0 != 0x0 goto +317 <L518>
  201: r8 = *(u8 *)(r10 -56)
  202: r1 = *(u8 *)(r10 -55)
  203: r1 += 1
  204: r1 <<= 3
  205: r7 += r1
  206: goto +25 <L232>
L207:
  207: r1 = r6
  208: r2 = r7
  209: r3 = r10
  210: r3 += -56
  211: r4 = 2
  212: call bpf_skb_load_bytes#26
  213: if r0 != 0x0 goto +304 <L518>
  214: r8 = *(u8 *)(r10 -56)
  215: r1 = *(u8 *)(r10 -55)
  216: r1 += 2
  217: r1 <<= 2
  218: r7 += r1
  219: goto +12 <L232>
L220:
  220: r1 = r6
  221: r2 = r7
  222: r3 = r10
  223: r3 += -56
  224: r4 = 4
  225: call bpf_skb_load_bytes#26
  226: if r0 != 0x0 goto +291 <L518>
  227: r8 = *(u8 *)(r10 -56)
  228: r1 = *(u16 *)(r10 -54)
  229: r1 &= 63743
  230: if r1 != 0x0 goto +287 <L518>
  231: r7 += 8
L232:
  232: if r8 == 0x2c goto +32 <L265>
  233: if r8 == 0x33 goto +18 <L252>
  234: if r8 == 0x0 goto +4 <L239>
  235: if r8 == 0x2b goto +3 <L239>
  236: if r8 == 0x3c goto +2 <L239>
  237: if r8 == 0x87 goto +1 <L239>
  238: goto +224 <L463>
L239:
  239: r1 = r6
  240: r2 = r7
  241: r3 = r10
  242: r3 += -56
  243: r4 = 2
  244: call bpf_skb_load_bytes#26
  245: if r0 != 0x0 goto +272 <L518>
  246: r8 = *(u8 *)(r10 -56)
  247: r1 = *(u8 *)(r10 -55)
  248: r1 += 1
  249: r1 <<= 3
  250: r7 += r1
  251: goto +25 <L277>
L252:
  252: r1 = r6
  253: r2 = r7
  254: r3 = r10
  255: r3 += -56
  256: r4 = 2
  257: call bpf_skb_load_bytes#26
  258: if r0 != 0x0 goto +259 <L518>
  259: r8 = *(u8 *)(r10 -56)
  260: r1 = *(u8 *)(r10 -55)
  261: r1 += 2
  262: r1 <<= 2
  263: r7 += r1
  264: goto +12 <L277>
L265:
  265: r1 = r6
  266: r2 = r7
  267: r3 = r10
  268: r3 += -56
  269: r4 = 4
  270: call bpf_skb_load_bytes#26
  271: if r0 != 0x0 goto +246 <L518>
  272: r8 = *(u8 *)(r10 -56)
  273: r1 = *(u16 *)(r10 -54)
  274: r1 &= 63743
  275: if r1 != 0x0 goto +242 <L518>
  276: r7 += 8
L277:
  277: if r8 == 0x2c goto +32 <L310>
  278: if r8 == 0x33 goto +18 <L297>
  279: if r8 == 0x0 goto +4 <L284>
  280: if r8 == 0x2b goto +3 <L284>
  281: if r8 == 0x3c goto +2 <L284>
  282: if r8 == 0x87 goto +1 <L284>
  283: goto +179 <L463>
L284:
  284: r1 = r6
  285: r2 = r7
  286: r3 = r10
  287: r3 += -56
  288: r4 = 2
  289: call bpf_skb_load_bytes#26
  290: if r0 != 0x0 goto +227 <L518>
  291: r8 = *(u8 *)(r10 -56)
  292: r1 = *(u8 *)(r10 -55)
  293: r1 += 1
  294: r1 <<= 3
  295: r7 += r1
  296: goto +25 <L322>
L297:
  297: r1 = r6
  298: r2 = r7
  299: r3 = r10
  300: r3 += -56
  301: r4 = 2
  302: call bpf_skb_load_bytes#26
  303: if r0 != 0x0 goto +214 <L518>
  304: r8 = *(u8 *)(r10 -56)
  305: r1 = *(u8 *)(r10 -55)
  306: r1 += 2
  307: r1 <<= 2
  308: r7 += r1
  309: goto +12 <L322>
L310:
  310: r1 = r6
  311: r2 = r7
  312: r3 = r10
  313: r3 += -56
  314: r4 = 4
  315: call bpf_skb_load_bytes#26
  316: if r0 != 0x0 goto +201 <L518>
  317: r8 = *(u8 *)(r10 -56)
  318: r1 = *(u16 *)(r10 -54)
  319: r1 &= 63743
  320: if r1 != 0x0 goto +197 <L518>
  321: r7 += 8
L322:
  322: if r8 == 0x2c goto +32 <L355>
  323: if r8 == 0x33 goto +18 <L342>
  324: if r8 == 0x0 goto +4 <L329>
  325: if r8 == 0x2b goto +3 <L329>
  326: if r8 == 0x3c goto +2 <L329>
  327: if r8 == 0x87 goto +1 <L329>
  328: goto +134 <L463>
L329:
  329: r1 = r6
  330: r2 = r7
  331: r3 = r10
  332: r3 += -56
  333: r4 = 2
  334: call bpf_skb_load_bytes#26
  335: if r0 != 0x0 goto +182 <L518>
  336: r8 = *(u8 *)(r10 -56)
  337: r1 = *(u8 *)(r10 -55)
  338: r1 += 1
  339: r1 <<= 3
  340: r7 += r1
  341: goto +25 <L367>
L342:
  342: r1 = r6
  343: r2 = r7
  344: r3 = r10
  345: r3 += -56
  346: r4 = 2
  347: call bpf_skb_load_bytes#26
  348: if r0 != 0x0 goto +169 <L518>
  349: r8 = *(u8 *)(r10 -56)
  350: r1 = *(u8 *)(r10 -55)
  351: r1 += 2
  352: r1 <<= 2
  353: r7 += r1
  354: goto +12 <L367>
L355:
  355: r1 = r6
  356: r2 = r7
  357: r3 = r10
  358: r3 += -56
  359: r4 = 4
  360: call bpf_skb_load_bytes#26
  361: if r0 != 0x0 goto +156 <L518>
  362: r8 = *(u8 *)(r10 -56)
  363: r1 = *(u16 *)(r10 -54)
  364: r1 &= 63743
  365: if r1 != 0x0 goto +152 <L518>
  366: r7 += 8
L367:
  367: if r8 == 0x2c goto +32 <L400>
  368: if r8 == 0x33 goto +18 <L387>
  369: if r8 == 0x0 goto +4 <L374>
  370: if r8 == 0x2b goto +3 <L374>
  371: if r8 == 0x3c goto +2 <L374>
  372: if r8 == 0x87 goto +1 <L374>
  373: goto +89 <L463>
L374:
  374: r1 = r6
  375: r2 = r7
  376: r3 = r10
  377: r3 += -56
  378: r4 = 2
  379: call bpf_skb_load_bytes#26
  380: if r0 != 0x0 goto +137 <L518>
  381: r8 = *(u8 *)(r10 -56)
  382: r1 = *(u8 *)(r10 -55)
  383: r1 += 1
  384: r1 <<= 3
  385: r7 += r1
  386: goto +25 <L412>
L387:
  387: r1 = r6
  388: r2 = r7
  389: r3 = r10
  390: r3 += -56
  391: r4 = 2
  392: call bpf_skb_load_bytes#26
  393: if r0 != 0x0 goto +124 <L518>
  394: r8 = *(u8 *)(r10 -56)
  395: r1 = *(u8 *)(r10 -55)
  396: r1 += 2
  397: r1 <<= 2
  398: r7 += r1
  399: goto +12 <L412>
L400:
  400: r1 = r6
  401: r2 = r7
  402: r3 = r10
  403: r3 += -56
  404: r4 = 4
  405: call bpf_skb_load_bytes#26
  406: if r0 != 0x0 goto +111 <L518>
  407: r8 = *(u8 *)(r10 -56)
  408: r1 = *(u16 *)(r10 -54)
  409: r1 &= 63743
  410: if r1 != 0x0 goto +107 <L518>
  411: r7 += 8
L412:
  412: if r8 == 0x2c goto +32 <L445>
  413: if r8 == 0x33 goto +18 <L432>
  414: if r8 == 0x0 goto +4 <L419>
  415: if r8 == 0x2b goto +3 <L419>
  416: if r8 == 0x3c goto +2 <L419>
  417: if r8 == 0x87 goto +1 <L419>
  418: goto +44 <L463>
L419:
  419: r1 = r6
  420: r2 = r7
  421: r3 = r10
  422: r3 += -56
  423: r4 = 2
  424: call bpf_skb_load_bytes#26
  425: if r0 != 0x0 goto +92 <L518>
  426: r8 = *(u8 *)(r10 -56)
  427: r1 = *(u8 *)(r10 -55)
  428: r1 += 1
  429: r1 <<= 3
  430: r7 += r1
  431: goto +25 <L457>
L432:
  432: r1 = r6
  433: r2 = r7
  434: r3 = r10
  435: r3 += -56
  436: r4 = 2
  437: call bpf_skb_load_bytes#26
  438: if r0 != 0x0 goto +79 <L518>
  439: r8 = *(u8 *)(r10 -56)
  440: r1 = *(u8 *)(r10 -55)
  441: r1 += 2
  442: r1 <<= 2
  443: r7 += r1
  444: goto +12 <L457>
L445:
  445: r1 = r6
  446: r2 = r7
  447: r3 = r10
  448: r3 += -56
  449: r4 = 4
  450: call bpf_skb_load_bytes#26
  451: if r0 != 0x0 goto +66 <L518>
  452: r8 = *(u8 *)(r10 -56)
  453: r1 = *(u16 *)(r10 -54)
  454: r1 &= 63743
  455: if r1 != 0x0 goto +62 <L518>
  456: r7 += 8
L457:
  457: if r8 == 0x0 goto +60 <L518>
  458: if r8 == 0x2b goto +59 <L518>
  459: if r8 == 0x2c goto +58 <L518>
  460: if r8 == 0x33 goto +57 <L518>
  461: if r8 == 0x3c goto +56 <L518>
  462: if r8 == 0x87 goto +55 <L518>
L463:
  463: if r8 == 0x6 goto +4 <L468>
  464: if r8 == 0x11 goto +17 <L482>
  465: if r8 == 0x1 goto +30 <L496>
  466: if r8 == 0x3a goto +40 <L507>
  467: goto +51 <L519>
L468:
  468: r1 = r6
  469: r2 = r7
  470: r3 = r10
  471: r3 += -56
  472: r4 = 20
  473: call bpf_skb_load_bytes#26
  474: if r0 != 0x0 goto +44 <L519>
  475: r0 = r10
  476: r0 += -56
  477: *(u64 *)(r10 -8) = 6
  478: r1 = *(u16 *)(r0 +2)
  479: r1 = be16 r1
  480: *(u64 *)(r10 -16) = r1
  481: goto +37 <L519>
L482:
  482: r1 = r6
  483: r2 = r7
  484: r3 = r10
  485: r3 += -56
  486: r4 = 8
  487: call bpf_skb_load_bytes#26
  488: if r0 != 0x0 goto +30 <L519>
  489: r0 = r10
  490: r0 += -56
  491: *(u64 *)(r10 -8) = 17
  492: r1 = *(u16 *)(r0 +2)
  493: r1 = be16 r1
  494: *(u64 *)(r10 -16) = r1
  495: goto +23 <L519>
L496:
  496: r1 = r6
  497: r2 = r7
  498: r3 = r10
  499: r3 += -56
  500: r4 = 8
  501: call bpf_skb_load_bytes#26
  502: if r0 != 0x0 goto +16 <L519>
  503: r0 = r10
  504: r0 += -56
  505: *(u64 *)(r10 -8) = 1
  506: goto +12 <L519>
L507:
  507: r1 = r6
  508: r2 = r7
  509: r3 = r10
  510: r3 += -56
  511: r4 = 8
  512: call bpf_skb_load_bytes#26
  513: if r0 != 0x0 goto +5 <L519>
  514: r0 = r10
  515: r0 += -56
  516: *(u64 *)(r10 -8) = 58
  517: goto +1 <L519>
L518:
  518: goto +0 <L519>
L519:
  519: r7 = *(u64 *)(r10 -8)
  520: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
  521: if w7 != 0x11 goto +1 <L523>
  522: if w8 == 0x7b goto +2 <L525>
L523:
  523: *(u32 *)(r10 -32) = 1
  524: goto +2 <L527>
L525:
  525: *(u32 *)(r10 -32) = 0
  526: goto +15 <L542>
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
