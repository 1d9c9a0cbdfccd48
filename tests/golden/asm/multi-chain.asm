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
  insns    556

  map        type          key  value  max_entries  flags  elements  role
  tc_in_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:4: chain tc_in BF_HOOK_TC_INGRESS DROP
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +76)
    2: r3 = *(u32 *)(r6 +80)
    3: *(u64 *)(r10 -8) = 65536
    4: *(u64 *)(r10 -16) = 256
    5: *(u64 *)(r10 -24) = 65536
    6: r4 = r2
    7: r4 += 14
    8: if r4 > r3 goto +507 <L516>
    9: r1 = *(u16 *)(r2 +12)
   10: if r1 == 0x81 goto +1 <L12>
   11: if r1 != 0xa888 goto +12 <L24>
L12:
   12: r0 = r4
   13: r0 += 4
   14: if r0 > r3 goto +501 <L516>
   15: r1 = *(u16 *)(r4 +2)
   16: r4 = r0
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +5 <L24>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +494 <L516>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
L24:
   24: *(u64 *)(r10 -8) = r1
   25: if r1 == 0x8 goto +2 <L28>
   26: if r1 == 0xdd86 goto +20 <L47>
   27: goto +488 <L516>
L28:
   28: r0 = r4
   29: r0 += 20
   30: if r0 > r3 goto +485 <L516>
   31: r1 = *(u8 *)(r4 +0)
   32: r0 = r1
   33: r0 &= 240
   34: if r0 != 0x40 goto +481 <L516>
   35: r5 = r1
   36: r5 &= 15
   37: if r5 < 0x5 goto +478 <L516>
   38: r1 = *(u8 *)(r4 +9)
   39: r0 = *(u16 *)(r4 +6)
   40: r0 &= 65311
   41: if r0 != 0x0 goto +474 <L516>
   42: r5 <<= 2
   43: r0 = r4
   44: r0 += r5
   45: r5 = r0
   46: goto +14 <L61>
L47:
   47: r0 = r4
   48: r0 += 40
   49: if r0 > r3 goto +466 <L516>
   50: r5 = r0
   51: r1 = *(u8 *)(r4 +0)
   52: r1 &= 240
   53: if r1 != 0x60 goto +462 <L516>
   54: r1 = *(u8 *)(r4 +6)
   55: if r1 == 0x0 goto +36 <L92>
   56: if r1 == 0x2b goto +35 <L92>
   57: if r1 == 0x2c goto +34 <L92>
   58: if r1 == 0x33 goto +33 <L92>
   59: if r1 == 0x3c goto +32 <L92>
   60: if r1 == 0x87 goto +31 <L92>
L61:
   61: if r1 == 0x6 goto +4 <L66>
   62: if r1 == 0x11 goto +11 <L74>
   63: if r1 == 0x1 goto +18 <L82>
   64: if r1 == 0x3a goto +22 <L87>
   65: goto +450 <L516>
L66:
   66: r0 = r5
   67: r0 += 20
   68: if r0 > r3 goto +447 <L516>
   69: *(u64 *)(r10 -16) = 6
   70: r1 = *(u16 *)(r5 +2)
   71: r1 = be16 r1
   72: *(u64 *)(r10 -24) = r1
   73: goto +442 <L516>
L74:
   74: r0 = r5
   75: r0 += 8
   76: if r0 > r3 goto +439 <L516>
   77: *(u64 *)(r10 -16) = 17
   78: r1 = *(u16 *)(r5 +2)
   79: r1 = be16 r1
   80: *(u64 *)(r10 -24) = r1
   81: goto +434 <L516>
L82:
   82: r0 = r5
   83: r0 += 8
   84: if r0 > r3 goto +431 <L516>
   85: *(u64 *)(r10 -16) = 1
   86: goto +429 <L516>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +426 <L516>
   90: *(u64 *)(r10 -16) = 58
   91: goto +424 <L516>
L92:
   92: r7 = r5
   93: r7 -= r2
   94: r8 = r1
   95: if r8 == 0x2c goto +32 <L128>
   96: if r8 == 0x33 goto +18 <L115>
   97: if r8 == 0x0 goto +4 <L102>
   98: if r8 == 0x2b goto +3 <L102>
   99: if r8 == 0x3c goto +2 <L102>
  100: if r8 == 0x87 goto +1 <L102>
  101: goto +359 <L461>
L102:
  102: r1 = r6
  103: r2 = r7
  104: r3 = r10
  105: r3 += -56
  106: r4 = 2
  107: call bpf_skb_load_bytes#26
  108: if r0 != 0x0 goto +407 <L516>
  109: r8 = *(u8 *)(r10 -56)
  110: r1 = *(u8 *)(r10 -55)
  111: r1 += 1
  112: r1 <<= 3
  113: r7 += r1
  114: goto +25 <L140>
L115:
  115: r1 = r6
  116: r2 = r7
  117: r3 = r10
  118: r3 += -56
  119: r4 = 2
  120: call bpf_skb_load_bytes#26
  121: if r0 != 0x0 goto +394 <L516>
  122: r8 = *(u8 *)(r10 -56)
  123: r1 = *(u8 *)(r10 -55)
  124: r1 += 2
  125: r1 <<= 2
  126: r7 += r1
  127: goto +12 <L140>
L128:
  128: r1 = r6
  129: r2 = r7
  130: r3 = r10
  131: r3 += -56
  132: r4 = 4
  133: call bpf_skb_load_bytes#26
  134: if r0 != 0x0 goto +381 <L516>
  135: r8 = *(u8 *)(r10 -56)
  136: r1 = *(u16 *)(r10 -54)
  137: r1 &= 63743
  138: if r1 != 0x0 goto +377 <L516>
  139: r7 += 8
L140:
  140: if r8 == 0x2c goto +32 <L173>
  141: if r8 == 0x33 goto +18 <L160>
  142: if r8 == 0x0 goto +4 <L147>
  143: if r8 == 0x2b goto +3 <L147>
  144: if r8 == 0x3c goto +2 <L147>
  145: if r8 == 0x87 goto +1 <L147>
  146: goto +314 <L461>
L147:
  147: r1 = r6
  148: r2 = r7
  149: r3 = r10
  150: r3 += -56
  151: r4 = 2
  152: call bpf_skb_load_bytes#26
  153: if r0 != 0x0 goto +362 <L516>
  154: r8 = *(u8 *)(r10 -56)
  155: r1 = *(u8 *)(r10 -55)
  156: r1 += 1
  157: r1 <<= 3
  158: r7 += r1
  159: goto +25 <L185>
L160:
  160: r1 = r6
  161: r2 = r7
  162: r3 = r10
  163: r3 += -56
  164: r4 = 2
  165: call bpf_skb_load_bytes#26
  166: if r0 != 0x0 goto +349 <L516>
  167: r8 = *(u8 *)(r10 -56)
  168: r1 = *(u8 *)(r10 -55)
  169: r1 += 2
  170: r1 <<= 2
  171: r7 += r1
  172: goto +12 <L185>
L173:
  173: r1 = r6
  174: r2 = r7
  175: r3 = r10
  176: r3 += -56
  177: r4 = 4
  178: call bpf_skb_load_bytes#26
  179: if r0 != 0x0 goto +336 <L516>
  180: r8 = *(u8 *)(r10 -56)
  181: r1 = *(u16 *)(r10 -54)
  182: r1 &= 63743
  183: if r1 != 0x0 goto +332 <L516>
  184: r7 += 8
L185:
  185: if r8 == 0x2c goto +32 <L218>
  186: if r8 == 0x33 goto +18 <L205>
  187: if r8 == 0x0 goto +4 <L192>
  188: if r8 == 0x2b goto +3 <L192>
  189: if r8 == 0x3c goto +2 <L192>
  190: if r8 == 0x87 goto +1 <L192>
  191: goto +269 <L461>
L192:
  192: r1 = r6
  193: r2 = r7
  194: r3 = r10
  195: r3 += -56
  196: r4 = 2
  197: call bpf_skb_load_bytes#26
  198: if r0 != 0x0 goto +317 <L516>
  199: r8 = *(u8 *)(r10 -56)
  200: r1 = *(u8 *)(r10 -55)
  201: r1 += 1
  202: r1 <<= 3
  203: r7 += r1
  204: goto +25 <L230>
L205:
  205: r1 = r6
  206: r2 = r7
  207: r3 = r10
  208: r3 += -56
  209: r4 = 2
  210: call bpf_skb_load_bytes#26
  211: if r0 != 0x0 goto +304 <L516>
  212: r8 = *(u8 *)(r10 -56)
  213: r1 = *(u8 *)(r10 -55)
  214: r1 += 2
  215: r1 <<= 2
  216: r7 += r1
  217: goto +12 <L230>
L218:
  218: r1 = r6
  219: r2 = r7
  220: r3 = r10
  221: r3 += -56
  222: r4 = 4
  223: call bpf_skb_load_bytes#26
  224: if r0 != 0x0 goto +291 <L516>
  225: r8 = *(u8 *)(r10 -56)
  226: r1 = *(u16 *)(r10 -54)
  227: r1 &= 63743
  228: if r1 != 0x0 goto +287 <L516>
  229: r7 += 8
L230:
  230: if r8 == 0x2c goto +32 <L263>
  231: if r8 == 0x33 goto +18 <L250>
  232: if r8 == 0x0 goto +4 <L237>
  233: if r8 == 0x2b goto +3 <L237>
  234: if r8 == 0x3c goto +2 <L237>
  235: if r8 == 0x87 goto +1 <L237>
  236: goto +224 <L461>
L237:
  237: r1 = r6
  238: r2 = r7
  239: r3 = r10
  240: r3 += -56
  241: r4 = 2
  242: call bpf_skb_load_bytes#26
  243: if r0 != 0x0 goto +272 <L516>
  244: r8 = *(u8 *)(r10 -56)
  245: r1 = *(u8 *)(r10 -55)
  246: r1 += 1
  247: r1 <<= 3
  248: r7 += r1
  249: goto +25 <L275>
L250:
  250: r1 = r6
  251: r2 = r7
  252: r3 = r10
  253: r3 += -56
  254: r4 = 2
  255: call bpf_skb_load_bytes#26
  256: if r0 != 0x0 goto +259 <L516>
  257: r8 = *(u8 *)(r10 -56)
  258: r1 = *(u8 *)(r10 -55)
  259: r1 += 2
  260: r1 <<= 2
  261: r7 += r1
  262: goto +12 <L275>
L263:
  263: r1 = r6
  264: r2 = r7
  265: r3 = r10
  266: r3 += -56
  267: r4 = 4
  268: call bpf_skb_load_bytes#26
  269: if r0 != 0x0 goto +246 <L516>
  270: r8 = *(u8 *)(r10 -56)
  271: r1 = *(u16 *)(r10 -54)
  272: r1 &= 63743
  273: if r1 != 0x0 goto +242 <L516>
  274: r7 += 8
L275:
  275: if r8 == 0x2c goto +32 <L308>
  276: if r8 == 0x33 goto +18 <L295>
  277: if r8 == 0x0 goto +4 <L282>
  278: if r8 == 0x2b goto +3 <L282>
  279: if r8 == 0x3c goto +2 <L282>
  280: if r8 == 0x87 goto +1 <L282>
  281: goto +179 <L461>
L282:
  282: r1 = r6
  283: r2 = r7
  284: r3 = r10
  285: r3 += -56
  286: r4 = 2
  287: call bpf_skb_load_bytes#26
  288: if r0 != 0x0 goto +227 <L516>
  289: r8 = *(u8 *)(r10 -56)
  290: r1 = *(u8 *)(r10 -55)
  291: r1 += 1
  292: r1 <<= 3
  293: r7 += r1
  294: goto +25 <L320>
L295:
  295: r1 = r6
  296: r2 = r7
  297: r3 = r10
  298: r3 += -56
  299: r4 = 2
  300: call bpf_skb_load_bytes#26
  301: if r0 != 0x0 goto +214 <L516>
  302: r8 = *(u8 *)(r10 -56)
  303: r1 = *(u8 *)(r10 -55)
  304: r1 += 2
  305: r1 <<= 2
  306: r7 += r1
  307: goto +12 <L320>
L308:
  308: r1 = r6
  309: r2 = r7
  310: r3 = r10
  311: r3 += -56
  312: r4 = 4
  313: call bpf_skb_load_bytes#26
  314: if r0 != 0x0 goto +201 <L516>
  315: r8 = *(u8 *)(r10 -56)
  316: r1 = *(u16 *)(r10 -54)
  317: r1 &= 63743
  318: if r1 != 0x0 goto +197 <L516>
  319: r7 += 8
L320:
  320: if r8 == 0x2c goto +32 <L353>
  321: if r8 == 0x33 goto +18 <L340>
  322: if r8 == 0x0 goto +4 <L327>
  323: if r8 == 0x2b goto +3 <L327>
  324: if r8 == 0x3c goto +2 <L327>
  325: if r8 == 0x87 goto +1 <L327>
  326: goto +134 <L461>
L327:
  327: r1 = r6
  328: r2 = r7
  329: r3 = r10
  330: r3 += -56
  331: r4 = 2
  332: call bpf_skb_load_bytes#26
  333: if r0 != 0x0 goto +182 <L516>
  334: r8 = *(u8 *)(r10 -56)
  335: r1 = *(u8 *)(r10 -55)
  336: r1 += 1
  337: r1 <<= 3
  338: r7 += r1
  339: goto +25 <L365>
L340:
  340: r1 = r6
  341: r2 = r7
  342: r3 = r10
  343: r3 += -56
  344: r4 = 2
  345: call bpf_skb_load_bytes#26
  346: if r0 != 0x0 goto +169 <L516>
  347: r8 = *(u8 *)(r10 -56)
  348: r1 = *(u8 *)(r10 -55)
  349: r1 += 2
  350: r1 <<= 2
  351: r7 += r1
  352: goto +12 <L365>
L353:
  353: r1 = r6
  354: r2 = r7
  355: r3 = r10
  356: r3 += -56
  357: r4 = 4
  358: call bpf_skb_load_bytes#26
  359: if r0 != 0x0 goto +156 <L516>
  360: r8 = *(u8 *)(r10 -56)
  361: r1 = *(u16 *)(r10 -54)
  362: r1 &= 63743
  363: if r1 != 0x0 goto +152 <L516>
  364: r7 += 8
L365:
  365: if r8 == 0x2c goto +32 <L398>
  366: if r8 == 0x33 goto +18 <L385>
  367: if r8 == 0x0 goto +4 <L372>
  368: if r8 == 0x2b goto +3 <L372>
  369: if r8 == 0x3c goto +2 <L372>
  370: if r8 == 0x87 goto +1 <L372>
  371: goto +89 <L461>
L372:
  372: r1 = r6
  373: r2 = r7
  374: r3 = r10
  375: r3 += -56
  376: r4 = 2
  377: call bpf_skb_load_bytes#26
  378: if r0 != 0x0 goto +137 <L516>
  379: r8 = *(u8 *)(r10 -56)
  380: r1 = *(u8 *)(r10 -55)
  381: r1 += 1
  382: r1 <<= 3
  383: r7 += r1
  384: goto +25 <L410>
L385:
  385: r1 = r6
  386: r2 = r7
  387: r3 = r10
  388: r3 += -56
  389: r4 = 2
  390: call bpf_skb_load_bytes#26
  391: if r0 != 0x0 goto +124 <L516>
  392: r8 = *(u8 *)(r10 -56)
  393: r1 = *(u8 *)(r10 -55)
  394: r1 += 2
  395: r1 <<= 2
  396: r7 += r1
  397: goto +12 <L410>
L398:
  398: r1 = r6
  399: r2 = r7
  400: r3 = r10
  401: r3 += -56
  402: r4 = 4
  403: call bpf_skb_load_bytes#26
  404: if r0 != 0x0 goto +111 <L516>
  405: r8 = *(u8 *)(r10 -56)
  406: r1 = *(u16 *)(r10 -54)
  407: r1 &= 63743
  408: if r1 != 0x0 goto +107 <L516>
  409: r7 += 8
L410:
  410: if r8 == 0x2c goto +32 <L443>
  411: if r8 == 0x33 goto +18 <L430>
  412: if r8 == 0x0 goto +4 <L417>
  413: if r8 == 0x2b goto +3 <L417>
  414: if r8 == 0x3c goto +2 <L417>
  415: if r8 == 0x87 goto +1 <L417>
  416: goto +44 <L461>
L417:
  417: r1 = r6
  418: r2 = r7
  419: r3 = r10
  420: r3 += -56
  421: r4 = 2
  422: call bpf_skb_load_bytes#26
  423: if r0 != 0x0 goto +92 <L516>
  424: r8 = *(u8 *)(r10 -56)
  425: r1 = *(u8 *)(r10 -55)
  426: r1 += 1
  427: r1 <<= 3
  428: r7 += r1
  429: goto +25 <L455>
L430:
  430: r1 = r6
  431: r2 = r7
  432: r3 = r10
  433: r3 += -56
  434: r4 = 2
  435: call bpf_skb_load_bytes#26
  436: if r0 != 0x0 goto +79 <L516>
  437: r8 = *(u8 *)(r10 -56)
  438: r1 = *(u8 *)(r10 -55)
  439: r1 += 2
  440: r1 <<= 2
  441: r7 += r1
  442: goto +12 <L455>
L443:
  443: r1 = r6
  444: r2 = r7
  445: r3 = r10
  446: r3 += -56
  447: r4 = 4
  448: call bpf_skb_load_bytes#26
  449: if r0 != 0x0 goto +66 <L516>
  450: r8 = *(u8 *)(r10 -56)
  451: r1 = *(u16 *)(r10 -54)
  452: r1 &= 63743
  453: if r1 != 0x0 goto +62 <L516>
  454: r7 += 8
L455:
  455: if r8 == 0x0 goto +60 <L516>
  456: if r8 == 0x2b goto +59 <L516>
  457: if r8 == 0x2c goto +58 <L516>
  458: if r8 == 0x33 goto +57 <L516>
  459: if r8 == 0x3c goto +56 <L516>
  460: if r8 == 0x87 goto +55 <L516>
L461:
  461: if r8 == 0x6 goto +4 <L466>
  462: if r8 == 0x11 goto +17 <L480>
  463: if r8 == 0x1 goto +30 <L494>
  464: if r8 == 0x3a goto +40 <L505>
  465: goto +50 <L516>
L466:
  466: r1 = r6
  467: r2 = r7
  468: r3 = r10
  469: r3 += -56
  470: r4 = 20
  471: call bpf_skb_load_bytes#26
  472: if r0 != 0x0 goto +43 <L516>
  473: r0 = r10
  474: r0 += -56
  475: *(u64 *)(r10 -16) = 6
  476: r1 = *(u16 *)(r0 +2)
  477: r1 = be16 r1
  478: *(u64 *)(r10 -24) = r1
  479: goto +36 <L516>
L480:
  480: r1 = r6
  481: r2 = r7
  482: r3 = r10
  483: r3 += -56
  484: r4 = 8
  485: call bpf_skb_load_bytes#26
  486: if r0 != 0x0 goto +29 <L516>
  487: r0 = r10
  488: r0 += -56
  489: *(u64 *)(r10 -16) = 17
  490: r1 = *(u16 *)(r0 +2)
  491: r1 = be16 r1
  492: *(u64 *)(r10 -24) = r1
  493: goto +22 <L516>
L494:
  494: r1 = r6
  495: r2 = r7
  496: r3 = r10
  497: r3 += -56
  498: r4 = 8
  499: call bpf_skb_load_bytes#26
  500: if r0 != 0x0 goto +15 <L516>
  501: r0 = r10
  502: r0 += -56
  503: *(u64 *)(r10 -16) = 1
  504: goto +11 <L516>
L505:
  505: r1 = r6
  506: r2 = r7
  507: r3 = r10
  508: r3 += -56
  509: r4 = 8
  510: call bpf_skb_load_bytes#26
  511: if r0 != 0x0 goto +4 <L516>
  512: r0 = r10
  513: r0 += -56
  514: *(u64 *)(r10 -16) = 58
  515: goto +0 <L516>
L516:
  516: r7 = *(u64 *)(r10 -8)
  517: r8 = *(u64 *)(r10 -16)
  518: r9 = *(u64 *)(r10 -24)
; rule 0 — tests/golden/asm/multi-chain.bfr:5: rule meta.l3_proto ipv6 ACCEPT
  519: if w7 == 0xdd86 goto +19 <L539>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
  520: if w9 == 0x1bb goto +2 <L523>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:6)
L521:
  521: *(u32 *)(r10 -32) = 1
  522: goto +18 <L541>
; rule 1 — tests/golden/asm/multi-chain.bfr:6: rule tcp.dport 443 counter ACCEPT
L523:
  523: if w8 == 0x6 goto +1 <L525>
  524: goto -4 <L521>
L525:
  525: *(u32 *)(r10 -32) = 0
; shared code: counters and verdicts (line info: tests/golden/asm/multi-chain.bfr:6)
  526: r2 = r10
  527: r2 += -32
  528: r1 = map[tc_in_ctr] ll
  530: call bpf_map_lookup_elem#1
  531: if r0 == 0x0 goto +7 <L539>
  532: r1 = *(u64 *)(r0 +0)
  533: r1 += 1
  534: *(u64 *)(r0 +0) = r1
  535: r2 = *(u32 *)(r6 +0)
  536: r1 = *(u64 *)(r0 +8)
  537: r1 += r2
  538: *(u64 *)(r0 +8) = r1
L539:
  539: r0 = 0
  540: exit
L541:
  541: r2 = r10
  542: r2 += -32
  543: r1 = map[tc_in_ctr] ll
  545: call bpf_map_lookup_elem#1
  546: if r0 == 0x0 goto +7 <L554>
  547: r1 = *(u64 *)(r0 +0)
  548: r1 += 1
  549: *(u64 *)(r0 +0) = r1
  550: r2 = *(u32 *)(r6 +0)
  551: r1 = *(u64 *)(r0 +8)
  552: r1 += r2
  553: *(u64 *)(r0 +8) = r1
L554:
  554: r0 = 2
  555: exit

chain tc_out
  hook     BF_HOOK_TC_EGRESS
  section  tcx/egress
  attach   BPF_TCX_EGRESS (47)
  program  tc_out
  policy   ACCEPT
  options  none
  rules    1
  license  GPL
  insns    553

  map         type          key  value  max_entries  flags  elements  role
  tc_out_ctr  percpu_array    4     16            2  0x0           -  counters

; tests/golden/asm/multi-chain.bfr:7: chain tc_out BF_HOOK_TC_EGRESS ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +76)
    2: r3 = *(u32 *)(r6 +80)
    3: *(u64 *)(r10 -8) = 256
    4: *(u64 *)(r10 -16) = 65536
    5: r4 = r2
    6: r4 += 14
    7: if r4 > r3 goto +506 <L514>
    8: r1 = *(u16 *)(r2 +12)
    9: if r1 == 0x81 goto +1 <L11>
   10: if r1 != 0xa888 goto +12 <L23>
L11:
   11: r0 = r4
   12: r0 += 4
   13: if r0 > r3 goto +500 <L514>
   14: r1 = *(u16 *)(r4 +2)
   15: r4 = r0
   16: if r1 == 0x81 goto +1 <L18>
   17: if r1 != 0xa888 goto +5 <L23>
L18:
   18: r0 = r4
   19: r0 += 4
   20: if r0 > r3 goto +493 <L514>
   21: r1 = *(u16 *)(r4 +2)
   22: r4 = r0
L23:
   23: if r1 == 0x8 goto +2 <L26>
   24: if r1 == 0xdd86 goto +20 <L45>
   25: goto +488 <L514>
L26:
   26: r0 = r4
   27: r0 += 20
   28: if r0 > r3 goto +485 <L514>
   29: r1 = *(u8 *)(r4 +0)
   30: r0 = r1
   31: r0 &= 240
   32: if r0 != 0x40 goto +481 <L514>
   33: r5 = r1
   34: r5 &= 15
   35: if r5 < 0x5 goto +478 <L514>
   36: r1 = *(u8 *)(r4 +9)
   37: r0 = *(u16 *)(r4 +6)
   38: r0 &= 65311
   39: if r0 != 0x0 goto +474 <L514>
   40: r5 <<= 2
   41: r0 = r4
   42: r0 += r5
   43: r5 = r0
   44: goto +14 <L59>
L45:
   45: r0 = r4
   46: r0 += 40
   47: if r0 > r3 goto +466 <L514>
   48: r5 = r0
   49: r1 = *(u8 *)(r4 +0)
   50: r1 &= 240
   51: if r1 != 0x60 goto +462 <L514>
   52: r1 = *(u8 *)(r4 +6)
   53: if r1 == 0x0 goto +36 <L90>
   54: if r1 == 0x2b goto +35 <L90>
   55: if r1 == 0x2c goto +34 <L90>
   56: if r1 == 0x33 goto +33 <L90>
   57: if r1 == 0x3c goto +32 <L90>
   58: if r1 == 0x87 goto +31 <L90>
L59:
   59: if r1 == 0x6 goto +4 <L64>
   60: if r1 == 0x11 goto +11 <L72>
   61: if r1 == 0x1 goto +18 <L80>
   62: if r1 == 0x3a goto +22 <L85>
   63: goto +450 <L514>
L64:
   64: r0 = r5
   65: r0 += 20
   66: if r0 > r3 goto +447 <L514>
   67: *(u64 *)(r10 -8) = 6
   68: r1 = *(u16 *)(r5 +2)
   69: r1 = be16 r1
   70: *(u64 *)(r10 -16) = r1
   71: goto +442 <L514>
L72:
   72: r0 = r5
   73: r0 += 8
   74: if r0 > r3 goto +439 <L514>
   75: *(u64 *)(r10 -8) = 17
   76: r1 = *(u16 *)(r5 +2)
   77: r1 = be16 r1
   78: *(u64 *)(r10 -16) = r1
   79: goto +434 <L514>
L80:
   80: r0 = r5
   81: r0 += 8
   82: if r0 > r3 goto +431 <L514>
   83: *(u64 *)(r10 -8) = 1
   84: goto +429 <L514>
L85:
   85: r0 = r5
   86: r0 += 8
   87: if r0 > r3 goto +426 <L514>
   88: *(u64 *)(r10 -8) = 58
   89: goto +424 <L514>
L90:
   90: r7 = r5
   91: r7 -= r2
   92: r8 = r1
   93: if r8 == 0x2c goto +32 <L126>
   94: if r8 == 0x33 goto +18 <L113>
   95: if r8 == 0x0 goto +4 <L100>
   96: if r8 == 0x2b goto +3 <L100>
   97: if r8 == 0x3c goto +2 <L100>
   98: if r8 == 0x87 goto +1 <L100>
   99: goto +359 <L459>
L100:
  100: r1 = r6
  101: r2 = r7
  102: r3 = r10
  103: r3 += -48
  104: r4 = 2
  105: call bpf_skb_load_bytes#26
  106: if r0 != 0x0 goto +407 <L514>
  107: r8 = *(u8 *)(r10 -48)
  108: r1 = *(u8 *)(r10 -47)
  109: r1 += 1
  110: r1 <<= 3
  111: r7 += r1
  112: goto +25 <L138>
L113:
  113: r1 = r6
  114: r2 = r7
  115: r3 = r10
  116: r3 += -48
  117: r4 = 2
  118: call bpf_skb_load_bytes#26
  119: if r0 != 0x0 goto +394 <L514>
  120: r8 = *(u8 *)(r10 -48)
  121: r1 = *(u8 *)(r10 -47)
  122: r1 += 2
  123: r1 <<= 2
  124: r7 += r1
  125: goto +12 <L138>
L126:
  126: r1 = r6
  127: r2 = r7
  128: r3 = r10
  129: r3 += -48
  130: r4 = 4
  131: call bpf_skb_load_bytes#26
  132: if r0 != 0x0 goto +381 <L514>
  133: r8 = *(u8 *)(r10 -48)
  134: r1 = *(u16 *)(r10 -46)
  135: r1 &= 63743
  136: if r1 != 0x0 goto +377 <L514>
  137: r7 += 8
L138:
  138: if r8 == 0x2c goto +32 <L171>
  139: if r8 == 0x33 goto +18 <L158>
  140: if r8 == 0x0 goto +4 <L145>
  141: if r8 == 0x2b goto +3 <L145>
  142: if r8 == 0x3c goto +2 <L145>
  143: if r8 == 0x87 goto +1 <L145>
  144: goto +314 <L459>
L145:
  145: r1 = r6
  146: r2 = r7
  147: r3 = r10
  148: r3 += -48
  149: r4 = 2
  150: call bpf_skb_load_bytes#26
  151: if r0 != 0x0 goto +362 <L514>
  152: r8 = *(u8 *)(r10 -48)
  153: r1 = *(u8 *)(r10 -47)
  154: r1 += 1
  155: r1 <<= 3
  156: r7 += r1
  157: goto +25 <L183>
L158:
  158: r1 = r6
  159: r2 = r7
  160: r3 = r10
  161: r3 += -48
  162: r4 = 2
  163: call bpf_skb_load_bytes#26
  164: if r0 != 0x0 goto +349 <L514>
  165: r8 = *(u8 *)(r10 -48)
  166: r1 = *(u8 *)(r10 -47)
  167: r1 += 2
  168: r1 <<= 2
  169: r7 += r1
  170: goto +12 <L183>
L171:
  171: r1 = r6
  172: r2 = r7
  173: r3 = r10
  174: r3 += -48
  175: r4 = 4
  176: call bpf_skb_load_bytes#26
  177: if r0 != 0x0 goto +336 <L514>
  178: r8 = *(u8 *)(r10 -48)
  179: r1 = *(u16 *)(r10 -46)
  180: r1 &= 63743
  181: if r1 != 0x0 goto +332 <L514>
  182: r7 += 8
L183:
  183: if r8 == 0x2c goto +32 <L216>
  184: if r8 == 0x33 goto +18 <L203>
  185: if r8 == 0x0 goto +4 <L190>
  186: if r8 == 0x2b goto +3 <L190>
  187: if r8 == 0x3c goto +2 <L190>
  188: if r8 == 0x87 goto +1 <L190>
  189: goto +269 <L459>
L190:
  190: r1 = r6
  191: r2 = r7
  192: r3 = r10
  193: r3 += -48
  194: r4 = 2
  195: call bpf_skb_load_bytes#26
  196: if r0 != 0x0 goto +317 <L514>
  197: r8 = *(u8 *)(r10 -48)
  198: r1 = *(u8 *)(r10 -47)
  199: r1 += 1
  200: r1 <<= 3
  201: r7 += r1
  202: goto +25 <L228>
L203:
  203: r1 = r6
  204: r2 = r7
  205: r3 = r10
  206: r3 += -48
  207: r4 = 2
  208: call bpf_skb_load_bytes#26
  209: if r0 != 0x0 goto +304 <L514>
  210: r8 = *(u8 *)(r10 -48)
  211: r1 = *(u8 *)(r10 -47)
  212: r1 += 2
  213: r1 <<= 2
  214: r7 += r1
  215: goto +12 <L228>
L216:
  216: r1 = r6
  217: r2 = r7
  218: r3 = r10
  219: r3 += -48
  220: r4 = 4
  221: call bpf_skb_load_bytes#26
  222: if r0 != 0x0 goto +291 <L514>
  223: r8 = *(u8 *)(r10 -48)
  224: r1 = *(u16 *)(r10 -46)
  225: r1 &= 63743
  226: if r1 != 0x0 goto +287 <L514>
  227: r7 += 8
L228:
  228: if r8 == 0x2c goto +32 <L261>
  229: if r8 == 0x33 goto +18 <L248>
  230: if r8 == 0x0 goto +4 <L235>
  231: if r8 == 0x2b goto +3 <L235>
  232: if r8 == 0x3c goto +2 <L235>
  233: if r8 == 0x87 goto +1 <L235>
  234: goto +224 <L459>
L235:
  235: r1 = r6
  236: r2 = r7
  237: r3 = r10
  238: r3 += -48
  239: r4 = 2
  240: call bpf_skb_load_bytes#26
  241: if r0 != 0x0 goto +272 <L514>
  242: r8 = *(u8 *)(r10 -48)
  243: r1 = *(u8 *)(r10 -47)
  244: r1 += 1
  245: r1 <<= 3
  246: r7 += r1
  247: goto +25 <L273>
L248:
  248: r1 = r6
  249: r2 = r7
  250: r3 = r10
  251: r3 += -48
  252: r4 = 2
  253: call bpf_skb_load_bytes#26
  254: if r0 != 0x0 goto +259 <L514>
  255: r8 = *(u8 *)(r10 -48)
  256: r1 = *(u8 *)(r10 -47)
  257: r1 += 2
  258: r1 <<= 2
  259: r7 += r1
  260: goto +12 <L273>
L261:
  261: r1 = r6
  262: r2 = r7
  263: r3 = r10
  264: r3 += -48
  265: r4 = 4
  266: call bpf_skb_load_bytes#26
  267: if r0 != 0x0 goto +246 <L514>
  268: r8 = *(u8 *)(r10 -48)
  269: r1 = *(u16 *)(r10 -46)
  270: r1 &= 63743
  271: if r1 != 0x0 goto +242 <L514>
  272: r7 += 8
L273:
  273: if r8 == 0x2c goto +32 <L306>
  274: if r8 == 0x33 goto +18 <L293>
  275: if r8 == 0x0 goto +4 <L280>
  276: if r8 == 0x2b goto +3 <L280>
  277: if r8 == 0x3c goto +2 <L280>
  278: if r8 == 0x87 goto +1 <L280>
  279: goto +179 <L459>
L280:
  280: r1 = r6
  281: r2 = r7
  282: r3 = r10
  283: r3 += -48
  284: r4 = 2
  285: call bpf_skb_load_bytes#26
  286: if r0 != 0x0 goto +227 <L514>
  287: r8 = *(u8 *)(r10 -48)
  288: r1 = *(u8 *)(r10 -47)
  289: r1 += 1
  290: r1 <<= 3
  291: r7 += r1
  292: goto +25 <L318>
L293:
  293: r1 = r6
  294: r2 = r7
  295: r3 = r10
  296: r3 += -48
  297: r4 = 2
  298: call bpf_skb_load_bytes#26
  299: if r0 != 0x0 goto +214 <L514>
  300: r8 = *(u8 *)(r10 -48)
  301: r1 = *(u8 *)(r10 -47)
  302: r1 += 2
  303: r1 <<= 2
  304: r7 += r1
  305: goto +12 <L318>
L306:
  306: r1 = r6
  307: r2 = r7
  308: r3 = r10
  309: r3 += -48
  310: r4 = 4
  311: call bpf_skb_load_bytes#26
  312: if r0 != 0x0 goto +201 <L514>
  313: r8 = *(u8 *)(r10 -48)
  314: r1 = *(u16 *)(r10 -46)
  315: r1 &= 63743
  316: if r1 != 0x0 goto +197 <L514>
  317: r7 += 8
L318:
  318: if r8 == 0x2c goto +32 <L351>
  319: if r8 == 0x33 goto +18 <L338>
  320: if r8 == 0x0 goto +4 <L325>
  321: if r8 == 0x2b goto +3 <L325>
  322: if r8 == 0x3c goto +2 <L325>
  323: if r8 == 0x87 goto +1 <L325>
  324: goto +134 <L459>
L325:
  325: r1 = r6
  326: r2 = r7
  327: r3 = r10
  328: r3 += -48
  329: r4 = 2
  330: call bpf_skb_load_bytes#26
  331: if r0 != 0x0 goto +182 <L514>
  332: r8 = *(u8 *)(r10 -48)
  333: r1 = *(u8 *)(r10 -47)
  334: r1 += 1
  335: r1 <<= 3
  336: r7 += r1
  337: goto +25 <L363>
L338:
  338: r1 = r6
  339: r2 = r7
  340: r3 = r10
  341: r3 += -48
  342: r4 = 2
  343: call bpf_skb_load_bytes#26
  344: if r0 != 0x0 goto +169 <L514>
  345: r8 = *(u8 *)(r10 -48)
  346: r1 = *(u8 *)(r10 -47)
  347: r1 += 2
  348: r1 <<= 2
  349: r7 += r1
  350: goto +12 <L363>
L351:
  351: r1 = r6
  352: r2 = r7
  353: r3 = r10
  354: r3 += -48
  355: r4 = 4
  356: call bpf_skb_load_bytes#26
  357: if r0 != 0x0 goto +156 <L514>
  358: r8 = *(u8 *)(r10 -48)
  359: r1 = *(u16 *)(r10 -46)
  360: r1 &= 63743
  361: if r1 != 0x0 goto +152 <L514>
  362: r7 += 8
L363:
  363: if r8 == 0x2c goto +32 <L396>
  364: if r8 == 0x33 goto +18 <L383>
  365: if r8 == 0x0 goto +4 <L370>
  366: if r8 == 0x2b goto +3 <L370>
  367: if r8 == 0x3c goto +2 <L370>
  368: if r8 == 0x87 goto +1 <L370>
  369: goto +89 <L459>
L370:
  370: r1 = r6
  371: r2 = r7
  372: r3 = r10
  373: r3 += -48
  374: r4 = 2
  375: call bpf_skb_load_bytes#26
  376: if r0 != 0x0 goto +137 <L514>
  377: r8 = *(u8 *)(r10 -48)
  378: r1 = *(u8 *)(r10 -47)
  379: r1 += 1
  380: r1 <<= 3
  381: r7 += r1
  382: goto +25 <L408>
L383:
  383: r1 = r6
  384: r2 = r7
  385: r3 = r10
  386: r3 += -48
  387: r4 = 2
  388: call bpf_skb_load_bytes#26
  389: if r0 != 0x0 goto +124 <L514>
  390: r8 = *(u8 *)(r10 -48)
  391: r1 = *(u8 *)(r10 -47)
  392: r1 += 2
  393: r1 <<= 2
  394: r7 += r1
  395: goto +12 <L408>
L396:
  396: r1 = r6
  397: r2 = r7
  398: r3 = r10
  399: r3 += -48
  400: r4 = 4
  401: call bpf_skb_load_bytes#26
  402: if r0 != 0x0 goto +111 <L514>
  403: r8 = *(u8 *)(r10 -48)
  404: r1 = *(u16 *)(r10 -46)
  405: r1 &= 63743
  406: if r1 != 0x0 goto +107 <L514>
  407: r7 += 8
L408:
  408: if r8 == 0x2c goto +32 <L441>
  409: if r8 == 0x33 goto +18 <L428>
  410: if r8 == 0x0 goto +4 <L415>
  411: if r8 == 0x2b goto +3 <L415>
  412: if r8 == 0x3c goto +2 <L415>
  413: if r8 == 0x87 goto +1 <L415>
  414: goto +44 <L459>
L415:
  415: r1 = r6
  416: r2 = r7
  417: r3 = r10
  418: r3 += -48
  419: r4 = 2
  420: call bpf_skb_load_bytes#26
  421: if r0 != 0x0 goto +92 <L514>
  422: r8 = *(u8 *)(r10 -48)
  423: r1 = *(u8 *)(r10 -47)
  424: r1 += 1
  425: r1 <<= 3
  426: r7 += r1
  427: goto +25 <L453>
L428:
  428: r1 = r6
  429: r2 = r7
  430: r3 = r10
  431: r3 += -48
  432: r4 = 2
  433: call bpf_skb_load_bytes#26
  434: if r0 != 0x0 goto +79 <L514>
  435: r8 = *(u8 *)(r10 -48)
  436: r1 = *(u8 *)(r10 -47)
  437: r1 += 2
  438: r1 <<= 2
  439: r7 += r1
  440: goto +12 <L453>
L441:
  441: r1 = r6
  442: r2 = r7
  443: r3 = r10
  444: r3 += -48
  445: r4 = 4
  446: call bpf_skb_load_bytes#26
  447: if r0 != 0x0 goto +66 <L514>
  448: r8 = *(u8 *)(r10 -48)
  449: r1 = *(u16 *)(r10 -46)
  450: r1 &= 63743
  451: if r1 != 0x0 goto +62 <L514>
  452: r7 += 8
L453:
  453: if r8 == 0x0 goto +60 <L514>
  454: if r8 == 0x2b goto +59 <L514>
  455: if r8 == 0x2c goto +58 <L514>
  456: if r8 == 0x33 goto +57 <L514>
  457: if r8 == 0x3c goto +56 <L514>
  458: if r8 == 0x87 goto +55 <L514>
L459:
  459: if r8 == 0x6 goto +4 <L464>
  460: if r8 == 0x11 goto +17 <L478>
  461: if r8 == 0x1 goto +30 <L492>
  462: if r8 == 0x3a goto +40 <L503>
  463: goto +50 <L514>
L464:
  464: r1 = r6
  465: r2 = r7
  466: r3 = r10
  467: r3 += -48
  468: r4 = 20
  469: call bpf_skb_load_bytes#26
  470: if r0 != 0x0 goto +43 <L514>
  471: r0 = r10
  472: r0 += -48
  473: *(u64 *)(r10 -8) = 6
  474: r1 = *(u16 *)(r0 +2)
  475: r1 = be16 r1
  476: *(u64 *)(r10 -16) = r1
  477: goto +36 <L514>
L478:
  478: r1 = r6
  479: r2 = r7
  480: r3 = r10
  481: r3 += -48
  482: r4 = 8
  483: call bpf_skb_load_bytes#26
  484: if r0 != 0x0 goto +29 <L514>
  485: r0 = r10
  486: r0 += -48
  487: *(u64 *)(r10 -8) = 17
  488: r1 = *(u16 *)(r0 +2)
  489: r1 = be16 r1
  490: *(u64 *)(r10 -16) = r1
  491: goto +22 <L514>
L492:
  492: r1 = r6
  493: r2 = r7
  494: r3 = r10
  495: r3 += -48
  496: r4 = 8
  497: call bpf_skb_load_bytes#26
  498: if r0 != 0x0 goto +15 <L514>
  499: r0 = r10
  500: r0 += -48
  501: *(u64 *)(r10 -8) = 1
  502: goto +11 <L514>
L503:
  503: r1 = r6
  504: r2 = r7
  505: r3 = r10
  506: r3 += -48
  507: r4 = 8
  508: call bpf_skb_load_bytes#26
  509: if r0 != 0x0 goto +4 <L514>
  510: r0 = r10
  511: r0 += -48
  512: *(u64 *)(r10 -8) = 58
  513: goto +0 <L514>
L514:
  514: r7 = *(u64 *)(r10 -8)
  515: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
  516: if w8 == 0x7b goto +2 <L519>
; policy — no rule matched (line info: tests/golden/asm/multi-chain.bfr:8)
L517:
  517: *(u32 *)(r10 -24) = 1
  518: goto +4 <L523>
; rule 0 — tests/golden/asm/multi-chain.bfr:8: rule udp.dport 123 counter DROP
L519:
  519: if w7 == 0x11 goto +1 <L521>
  520: goto -4 <L517>
L521:
  521: *(u32 *)(r10 -24) = 0
  522: goto +15 <L538>
; shared code: counters and verdicts (line info: tests/golden/asm/multi-chain.bfr:8)
L523:
  523: r2 = r10
  524: r2 += -24
  525: r1 = map[tc_out_ctr] ll
  527: call bpf_map_lookup_elem#1
  528: if r0 == 0x0 goto +7 <L536>
  529: r1 = *(u64 *)(r0 +0)
  530: r1 += 1
  531: *(u64 *)(r0 +0) = r1
  532: r2 = *(u32 *)(r6 +0)
  533: r1 = *(u64 *)(r0 +8)
  534: r1 += r2
  535: *(u64 *)(r0 +8) = r1
L536:
  536: r0 = 0
  537: exit
L538:
  538: r2 = r10
  539: r2 += -24
  540: r1 = map[tc_out_ctr] ll
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
  551: r0 = 2
  552: exit
