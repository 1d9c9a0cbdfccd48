; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/tc-ingress-mark.bfr

chain tc_mark
  hook     BF_HOOK_TC_INGRESS
  section  tcx/ingress
  attach   BPF_TCX_INGRESS (46)
  program  tc_mark
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    619

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +8)
    2: *(u64 *)(r10 -40) = r1
    3: r2 = *(u32 *)(r6 +76)
    4: r3 = *(u32 *)(r6 +80)
    5: *(u64 *)(r10 -8) = 256
    6: *(u64 *)(r10 -16) = 256
    7: *(u64 *)(r10 -32) = 65536
    8: r1 = 0x100000000 ll
   10: *(u64 *)(r10 -24) = r1
   11: r4 = r2
   12: r4 += 14
   13: if r4 > r3 goto +514 <L528>
   14: r1 = *(u16 *)(r2 +12)
   15: if r1 == 0x81 goto +1 <L17>
   16: if r1 != 0xa888 goto +12 <L29>
L17:
   17: r0 = r4
   18: r0 += 4
   19: if r0 > r3 goto +508 <L528>
   20: r1 = *(u16 *)(r4 +2)
   21: r4 = r0
   22: if r1 == 0x81 goto +1 <L24>
   23: if r1 != 0xa888 goto +5 <L29>
L24:
   24: r0 = r4
   25: r0 += 4
   26: if r0 > r3 goto +501 <L528>
   27: r1 = *(u16 *)(r4 +2)
   28: r4 = r0
L29:
   29: if r1 == 0x8 goto +2 <L32>
   30: if r1 == 0xdd86 goto +25 <L56>
   31: goto +496 <L528>
L32:
   32: r0 = r4
   33: r0 += 20
   34: if r0 > r3 goto +493 <L528>
   35: r1 = *(u8 *)(r4 +0)
   36: r0 = r1
   37: r0 &= 240
   38: if r0 != 0x40 goto +489 <L528>
   39: r5 = r1
   40: r5 &= 15
   41: if r5 < 0x5 goto +486 <L528>
   42: r1 = *(u32 *)(r4 +12)
   43: r1 <<= 32
   44: r1 s>>= 32
   45: *(u64 *)(r10 -24) = r1
   46: r1 = *(u8 *)(r4 +9)
   47: *(u64 *)(r10 -8) = r1
   48: r0 = *(u16 *)(r4 +6)
   49: r0 &= 65311
   50: if r0 != 0x0 goto +477 <L528>
   51: r5 <<= 2
   52: r0 = r4
   53: r0 += r5
   54: r5 = r0
   55: goto +15 <L71>
L56:
   56: r0 = r4
   57: r0 += 40
   58: if r0 > r3 goto +469 <L528>
   59: r5 = r0
   60: r1 = *(u8 *)(r4 +0)
   61: r1 &= 240
   62: if r1 != 0x60 goto +465 <L528>
   63: r1 = *(u8 *)(r4 +6)
   64: if r1 == 0x0 goto +37 <L102>
   65: if r1 == 0x2b goto +36 <L102>
   66: if r1 == 0x2c goto +35 <L102>
   67: if r1 == 0x33 goto +34 <L102>
   68: if r1 == 0x3c goto +33 <L102>
   69: if r1 == 0x87 goto +32 <L102>
   70: *(u64 *)(r10 -8) = r1
L71:
   71: if r1 == 0x6 goto +4 <L76>
   72: if r1 == 0x11 goto +11 <L84>
   73: if r1 == 0x1 goto +18 <L92>
   74: if r1 == 0x3a goto +22 <L97>
   75: goto +452 <L528>
L76:
   76: r0 = r5
   77: r0 += 20
   78: if r0 > r3 goto +449 <L528>
   79: *(u64 *)(r10 -16) = 6
   80: r1 = *(u16 *)(r5 +2)
   81: r1 = be16 r1
   82: *(u64 *)(r10 -32) = r1
   83: goto +444 <L528>
L84:
   84: r0 = r5
   85: r0 += 8
   86: if r0 > r3 goto +441 <L528>
   87: *(u64 *)(r10 -16) = 17
   88: r1 = *(u16 *)(r5 +2)
   89: r1 = be16 r1
   90: *(u64 *)(r10 -32) = r1
   91: goto +436 <L528>
L92:
   92: r0 = r5
   93: r0 += 8
   94: if r0 > r3 goto +433 <L528>
   95: *(u64 *)(r10 -16) = 1
   96: goto +431 <L528>
L97:
   97: r0 = r5
   98: r0 += 8
   99: if r0 > r3 goto +428 <L528>
  100: *(u64 *)(r10 -16) = 58
  101: goto +426 <L528>
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
  115: r3 += -72
  116: r4 = 2
  117: call bpf_skb_load_bytes#26
  118: if r0 != 0x0 goto +409 <L528>
  119: r8 = *(u8 *)(r10 -72)
  120: r1 = *(u8 *)(r10 -71)
  121: r1 += 1
  122: r1 <<= 3
  123: r7 += r1
  124: goto +25 <L150>
L125:
  125: r1 = r6
  126: r2 = r7
  127: r3 = r10
  128: r3 += -72
  129: r4 = 2
  130: call bpf_skb_load_bytes#26
  131: if r0 != 0x0 goto +396 <L528>
  132: r8 = *(u8 *)(r10 -72)
  133: r1 = *(u8 *)(r10 -71)
  134: r1 += 2
  135: r1 <<= 2
  136: r7 += r1
  137: goto +12 <L150>
L138:
  138: r1 = r6
  139: r2 = r7
  140: r3 = r10
  141: r3 += -72
  142: r4 = 4
  143: call bpf_skb_load_bytes#26
  144: if r0 != 0x0 goto +383 <L528>
  145: r8 = *(u8 *)(r10 -72)
  146: r1 = *(u16 *)(r10 -70)
  147: r1 &= 63743
  148: if r1 != 0x0 goto +378 <L527>
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
  160: r3 += -72
  161: r4 = 2
  162: call bpf_skb_load_bytes#26
  163: if r0 != 0x0 goto +364 <L528>
  164: r8 = *(u8 *)(r10 -72)
  165: r1 = *(u8 *)(r10 -71)
  166: r1 += 1
  167: r1 <<= 3
  168: r7 += r1
  169: goto +25 <L195>
L170:
  170: r1 = r6
  171: r2 = r7
  172: r3 = r10
  173: r3 += -72
  174: r4 = 2
  175: call bpf_skb_load_bytes#26
  176: if r0 != 0x0 goto +351 <L528>
  177: r8 = *(u8 *)(r10 -72)
  178: r1 = *(u8 *)(r10 -71)
  179: r1 += 2
  180: r1 <<= 2
  181: r7 += r1
  182: goto +12 <L195>
L183:
  183: r1 = r6
  184: r2 = r7
  185: r3 = r10
  186: r3 += -72
  187: r4 = 4
  188: call bpf_skb_load_bytes#26
  189: if r0 != 0x0 goto +338 <L528>
  190: r8 = *(u8 *)(r10 -72)
  191: r1 = *(u16 *)(r10 -70)
  192: r1 &= 63743
  193: if r1 != 0x0 goto +333 <L527>
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
  205: r3 += -72
  206: r4 = 2
  207: call bpf_skb_load_bytes#26
  208: if r0 != 0x0 goto +319 <L528>
  209: r8 = *(u8 *)(r10 -72)
  210: r1 = *(u8 *)(r10 -71)
  211: r1 += 1
  212: r1 <<= 3
  213: r7 += r1
  214: goto +25 <L240>
L215:
  215: r1 = r6
  216: r2 = r7
  217: r3 = r10
  218: r3 += -72
  219: r4 = 2
  220: call bpf_skb_load_bytes#26
  221: if r0 != 0x0 goto +306 <L528>
  222: r8 = *(u8 *)(r10 -72)
  223: r1 = *(u8 *)(r10 -71)
  224: r1 += 2
  225: r1 <<= 2
  226: r7 += r1
  227: goto +12 <L240>
L228:
  228: r1 = r6
  229: r2 = r7
  230: r3 = r10
  231: r3 += -72
  232: r4 = 4
  233: call bpf_skb_load_bytes#26
  234: if r0 != 0x0 goto +293 <L528>
  235: r8 = *(u8 *)(r10 -72)
  236: r1 = *(u16 *)(r10 -70)
  237: r1 &= 63743
  238: if r1 != 0x0 goto +288 <L527>
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
  250: r3 += -72
  251: r4 = 2
  252: call bpf_skb_load_bytes#26
  253: if r0 != 0x0 goto +274 <L528>
  254: r8 = *(u8 *)(r10 -72)
  255: r1 = *(u8 *)(r10 -71)
  256: r1 += 1
  257: r1 <<= 3
  258: r7 += r1
  259: goto +25 <L285>
L260:
  260: r1 = r6
  261: r2 = r7
  262: r3 = r10
  263: r3 += -72
  264: r4 = 2
  265: call bpf_skb_load_bytes#26
  266: if r0 != 0x0 goto +261 <L528>
  267: r8 = *(u8 *)(r10 -72)
  268: r1 = *(u8 *)(r10 -71)
  269: r1 += 2
  270: r1 <<= 2
  271: r7 += r1
  272: goto +12 <L285>
L273:
  273: r1 = r6
  274: r2 = r7
  275: r3 = r10
  276: r3 += -72
  277: r4 = 4
  278: call bpf_skb_load_bytes#26
  279: if r0 != 0x0 goto +248 <L528>
  280: r8 = *(u8 *)(r10 -72)
  281: r1 = *(u16 *)(r10 -70)
  282: r1 &= 63743
  283: if r1 != 0x0 goto +243 <L527>
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
  295: r3 += -72
  296: r4 = 2
  297: call bpf_skb_load_bytes#26
  298: if r0 != 0x0 goto +229 <L528>
  299: r8 = *(u8 *)(r10 -72)
  300: r1 = *(u8 *)(r10 -71)
  301: r1 += 1
  302: r1 <<= 3
  303: r7 += r1
  304: goto +25 <L330>
L305:
  305: r1 = r6
  306: r2 = r7
  307: r3 = r10
  308: r3 += -72
  309: r4 = 2
  310: call bpf_skb_load_bytes#26
  311: if r0 != 0x0 goto +216 <L528>
  312: r8 = *(u8 *)(r10 -72)
  313: r1 = *(u8 *)(r10 -71)
  314: r1 += 2
  315: r1 <<= 2
  316: r7 += r1
  317: goto +12 <L330>
L318:
  318: r1 = r6
  319: r2 = r7
  320: r3 = r10
  321: r3 += -72
  322: r4 = 4
  323: call bpf_skb_load_bytes#26
  324: if r0 != 0x0 goto +203 <L528>
  325: r8 = *(u8 *)(r10 -72)
  326: r1 = *(u16 *)(r10 -70)
  327: r1 &= 63743
  328: if r1 != 0x0 goto +198 <L527>
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
  340: r3 += -72
  341: r4 = 2
  342: call bpf_skb_load_bytes#26
  343: if r0 != 0x0 goto +184 <L528>
  344: r8 = *(u8 *)(r10 -72)
  345: r1 = *(u8 *)(r10 -71)
  346: r1 += 1
  347: r1 <<= 3
  348: r7 += r1
  349: goto +25 <L375>
L350:
  350: r1 = r6
  351: r2 = r7
  352: r3 = r10
  353: r3 += -72
  354: r4 = 2
  355: call bpf_skb_load_bytes#26
  356: if r0 != 0x0 goto +171 <L528>
  357: r8 = *(u8 *)(r10 -72)
  358: r1 = *(u8 *)(r10 -71)
  359: r1 += 2
  360: r1 <<= 2
  361: r7 += r1
  362: goto +12 <L375>
L363:
  363: r1 = r6
  364: r2 = r7
  365: r3 = r10
  366: r3 += -72
  367: r4 = 4
  368: call bpf_skb_load_bytes#26
  369: if r0 != 0x0 goto +158 <L528>
  370: r8 = *(u8 *)(r10 -72)
  371: r1 = *(u16 *)(r10 -70)
  372: r1 &= 63743
  373: if r1 != 0x0 goto +153 <L527>
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
  385: r3 += -72
  386: r4 = 2
  387: call bpf_skb_load_bytes#26
  388: if r0 != 0x0 goto +139 <L528>
  389: r8 = *(u8 *)(r10 -72)
  390: r1 = *(u8 *)(r10 -71)
  391: r1 += 1
  392: r1 <<= 3
  393: r7 += r1
  394: goto +25 <L420>
L395:
  395: r1 = r6
  396: r2 = r7
  397: r3 = r10
  398: r3 += -72
  399: r4 = 2
  400: call bpf_skb_load_bytes#26
  401: if r0 != 0x0 goto +126 <L528>
  402: r8 = *(u8 *)(r10 -72)
  403: r1 = *(u8 *)(r10 -71)
  404: r1 += 2
  405: r1 <<= 2
  406: r7 += r1
  407: goto +12 <L420>
L408:
  408: r1 = r6
  409: r2 = r7
  410: r3 = r10
  411: r3 += -72
  412: r4 = 4
  413: call bpf_skb_load_bytes#26
  414: if r0 != 0x0 goto +113 <L528>
  415: r8 = *(u8 *)(r10 -72)
  416: r1 = *(u16 *)(r10 -70)
  417: r1 &= 63743
  418: if r1 != 0x0 goto +108 <L527>
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
  430: r3 += -72
  431: r4 = 2
  432: call bpf_skb_load_bytes#26
  433: if r0 != 0x0 goto +94 <L528>
  434: r8 = *(u8 *)(r10 -72)
  435: r1 = *(u8 *)(r10 -71)
  436: r1 += 1
  437: r1 <<= 3
  438: r7 += r1
  439: goto +25 <L465>
L440:
  440: r1 = r6
  441: r2 = r7
  442: r3 = r10
  443: r3 += -72
  444: r4 = 2
  445: call bpf_skb_load_bytes#26
  446: if r0 != 0x0 goto +81 <L528>
  447: r8 = *(u8 *)(r10 -72)
  448: r1 = *(u8 *)(r10 -71)
  449: r1 += 2
  450: r1 <<= 2
  451: r7 += r1
  452: goto +12 <L465>
L453:
  453: r1 = r6
  454: r2 = r7
  455: r3 = r10
  456: r3 += -72
  457: r4 = 4
  458: call bpf_skb_load_bytes#26
  459: if r0 != 0x0 goto +68 <L528>
  460: r8 = *(u8 *)(r10 -72)
  461: r1 = *(u16 *)(r10 -70)
  462: r1 &= 63743
  463: if r1 != 0x0 goto +63 <L527>
  464: r7 += 8
L465:
  465: if r8 == 0x0 goto +62 <L528>
  466: if r8 == 0x2b goto +61 <L528>
  467: if r8 == 0x2c goto +60 <L528>
  468: if r8 == 0x33 goto +59 <L528>
  469: if r8 == 0x3c goto +58 <L528>
  470: if r8 == 0x87 goto +57 <L528>
L471:
  471: *(u64 *)(r10 -8) = r8
  472: if r8 == 0x6 goto +4 <L477>
  473: if r8 == 0x11 goto +17 <L491>
  474: if r8 == 0x1 goto +30 <L505>
  475: if r8 == 0x3a goto +40 <L516>
  476: goto +51 <L528>
L477:
  477: r1 = r6
  478: r2 = r7
  479: r3 = r10
  480: r3 += -72
  481: r4 = 20
  482: call bpf_skb_load_bytes#26
  483: if r0 != 0x0 goto +44 <L528>
  484: r0 = r10
  485: r0 += -72
  486: *(u64 *)(r10 -16) = 6
  487: r1 = *(u16 *)(r0 +2)
  488: r1 = be16 r1
  489: *(u64 *)(r10 -32) = r1
  490: goto +37 <L528>
L491:
  491: r1 = r6
  492: r2 = r7
  493: r3 = r10
  494: r3 += -72
  495: r4 = 8
  496: call bpf_skb_load_bytes#26
  497: if r0 != 0x0 goto +30 <L528>
  498: r0 = r10
  499: r0 += -72
  500: *(u64 *)(r10 -16) = 17
  501: r1 = *(u16 *)(r0 +2)
  502: r1 = be16 r1
  503: *(u64 *)(r10 -32) = r1
  504: goto +23 <L528>
L505:
  505: r1 = r6
  506: r2 = r7
  507: r3 = r10
  508: r3 += -72
  509: r4 = 8
  510: call bpf_skb_load_bytes#26
  511: if r0 != 0x0 goto +16 <L528>
  512: r0 = r10
  513: r0 += -72
  514: *(u64 *)(r10 -16) = 1
  515: goto +12 <L528>
L516:
  516: r1 = r6
  517: r2 = r7
  518: r3 = r10
  519: r3 += -72
  520: r4 = 8
  521: call bpf_skb_load_bytes#26
  522: if r0 != 0x0 goto +5 <L528>
  523: r0 = r10
  524: r0 += -72
  525: *(u64 *)(r10 -16) = 58
  526: goto +1 <L528>
L527:
  527: *(u64 *)(r10 -8) = r8
L528:
  528: r7 = *(u64 *)(r10 -16)
  529: r8 = *(u64 *)(r10 -32)
  530: r9 = *(u64 *)(r10 -40)
; rule 0 — tests/golden/asm/tc-ingress-mark.bfr:4: rule meta.mark 0x10 ACCEPT
  531: if w9 == 0x10 goto +70 <L602>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
  532: if w8 == 0x16 goto +6 <L539>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L533:
  533: if w9 == 0x1 goto +7 <L541>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L534:
  534: if w8 == 0x35 goto +9 <L544>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L535:
  535: r1 = *(u64 *)(r10 -8)
  536: if w1 == 0x1 goto +36 <L573>
; policy — no rule matched (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
  537: *(u32 *)(r10 -48) = 4
  538: goto +50 <L589>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L539:
  539: if w7 == 0x6 goto +6 <L546>
  540: goto -8 <L533>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L541:
  541: r1 = *(u64 *)(r10 -24)
  542: if r1 == 0x200c0 goto +22 <L565>
  543: goto -10 <L534>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L544:
  544: if w7 == 0x11 goto +22 <L567>
  545: goto -11 <L535>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L546:
  546: w1 = 1
  547: *(u32 *)(r6 +8) = r1
  548: *(u64 *)(r10 -40) = r1
  549: r9 = r1
  550: *(u32 *)(r10 -48) = 0
  551: r2 = r10
  552: r2 += -48
  553: r1 = map[tc_mar_ctr] ll
  555: call bpf_map_lookup_elem#1
  556: if r0 == 0x0 goto +7 <L564>
  557: r1 = *(u64 *)(r0 +0)
  558: r1 += 1
  559: *(u64 *)(r0 +0) = r1
  560: r2 = *(u32 *)(r6 +0)
  561: r1 = *(u64 *)(r0 +8)
  562: r1 += r2
  563: *(u64 *)(r0 +8) = r1
L564:
  564: goto -32 <L533>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L565:
  565: *(u32 *)(r10 -48) = 1
  566: goto +37 <L604>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L567:
  567: w1 = 511
  568: *(u32 *)(r6 +8) = r1
  569: *(u64 *)(r10 -40) = r1
  570: r9 = r1
  571: *(u32 *)(r10 -48) = 2
  572: goto +1 <L574>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L573:
  573: *(u32 *)(r10 -48) = 3
; shared code, entered from several rules (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
L574:
  574: r2 = r10
  575: r2 += -48
  576: r1 = map[tc_mar_ctr] ll
  578: call bpf_map_lookup_elem#1
  579: if r0 == 0x0 goto +7 <L587>
  580: r1 = *(u64 *)(r0 +0)
  581: r1 += 1
  582: *(u64 *)(r0 +0) = r1
  583: r2 = *(u32 *)(r6 +0)
  584: r1 = *(u64 *)(r0 +8)
  585: r1 += r2
  586: *(u64 *)(r0 +8) = r1
L587:
  587: r0 = -1
  588: exit
L589:
  589: r2 = r10
  590: r2 += -48
  591: r1 = map[tc_mar_ctr] ll
  593: call bpf_map_lookup_elem#1
  594: if r0 == 0x0 goto +7 <L602>
  595: r1 = *(u64 *)(r0 +0)
  596: r1 += 1
  597: *(u64 *)(r0 +0) = r1
  598: r2 = *(u32 *)(r6 +0)
  599: r1 = *(u64 *)(r0 +8)
  600: r1 += r2
  601: *(u64 *)(r0 +8) = r1
L602:
  602: r0 = 0
  603: exit
L604:
  604: r2 = r10
  605: r2 += -48
  606: r1 = map[tc_mar_ctr] ll
  608: call bpf_map_lookup_elem#1
  609: if r0 == 0x0 goto +7 <L617>
  610: r1 = *(u64 *)(r0 +0)
  611: r1 += 1
  612: *(u64 *)(r0 +0) = r1
  613: r2 = *(u32 *)(r6 +0)
  614: r1 = *(u64 *)(r0 +8)
  615: r1 += r2
  616: *(u64 *)(r0 +8) = r1
L617:
  617: r0 = 2
  618: exit
