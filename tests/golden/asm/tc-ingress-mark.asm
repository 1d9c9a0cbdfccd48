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
  insns    624

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +8)
    2: *(u64 *)(r10 -40) = r1
    3: r1 = *(u32 *)(r6 +0)
    4: *(u64 *)(r10 -48) = r1
    5: r2 = *(u32 *)(r6 +76)
    6: r3 = *(u32 *)(r6 +80)
    7: *(u64 *)(r10 -8) = 256
    8: *(u64 *)(r10 -16) = 256
    9: *(u64 *)(r10 -32) = 65536
   10: r1 = 0x100000000 ll
   12: *(u64 *)(r10 -24) = r1
   13: r4 = r2
   14: r4 += 14
   15: if r4 > r3 goto +516 <L532>
   16: r1 = *(u16 *)(r2 +12)
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +12 <L31>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +510 <L532>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
   24: if r1 == 0x81 goto +1 <L26>
   25: if r1 != 0xa888 goto +5 <L31>
L26:
   26: r0 = r4
   27: r0 += 4
   28: if r0 > r3 goto +503 <L532>
   29: r1 = *(u16 *)(r4 +2)
   30: r4 = r0
L31:
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +25 <L58>
   33: goto +498 <L532>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +495 <L532>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +491 <L532>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +488 <L532>
   44: r1 = *(u32 *)(r4 +12)
   45: r1 <<= 32
   46: r1 s>>= 32
   47: *(u64 *)(r10 -24) = r1
   48: r1 = *(u8 *)(r4 +9)
   49: *(u64 *)(r10 -8) = r1
   50: r0 = *(u16 *)(r4 +6)
   51: r0 &= 65311
   52: if r0 != 0x0 goto +479 <L532>
   53: r5 <<= 2
   54: r0 = r4
   55: r0 += r5
   56: r5 = r0
   57: goto +16 <L74>
L58:
   58: r0 = r4
   59: r0 += 40
   60: if r0 > r3 goto +471 <L532>
   61: r5 = r0
   62: r1 = *(u8 *)(r4 +0)
   63: r1 &= 240
   64: if r1 != 0x60 goto +467 <L532>
   65: r1 = *(u8 *)(r4 +6)
   66: if r1 == 0x0 goto +38 <L105>
   67: if r1 == 0x2b goto +37 <L105>
   68: if r1 == 0x2c goto +36 <L105>
   69: if r1 == 0x33 goto +35 <L105>
   70: if r1 == 0x3c goto +34 <L105>
   71: if r1 == 0x87 goto +33 <L105>
   72: *(u64 *)(r10 -8) = r1
   73: goto +0 <L74>
L74:
   74: if r1 == 0x6 goto +4 <L79>
   75: if r1 == 0x11 goto +11 <L87>
   76: if r1 == 0x1 goto +18 <L95>
   77: if r1 == 0x3a goto +22 <L100>
   78: goto +453 <L532>
L79:
   79: r0 = r5
   80: r0 += 20
   81: if r0 > r3 goto +450 <L532>
   82: *(u64 *)(r10 -16) = 6
   83: r1 = *(u16 *)(r5 +2)
   84: r1 = be16 r1
   85: *(u64 *)(r10 -32) = r1
   86: goto +445 <L532>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +442 <L532>
   90: *(u64 *)(r10 -16) = 17
   91: r1 = *(u16 *)(r5 +2)
   92: r1 = be16 r1
   93: *(u64 *)(r10 -32) = r1
   94: goto +437 <L532>
L95:
   95: r0 = r5
   96: r0 += 8
   97: if r0 > r3 goto +434 <L532>
   98: *(u64 *)(r10 -16) = 1
   99: goto +432 <L532>
L100:
  100: r0 = r5
  101: r0 += 8
  102: if r0 > r3 goto +429 <L532>
  103: *(u64 *)(r10 -16) = 58
  104: goto +427 <L532>
L105:
  105: r7 = r5
  106: r7 -= r2
  107: r8 = r1
  108: if r8 == 0x2c goto +32 <L141>
  109: if r8 == 0x33 goto +18 <L128>
  110: if r8 == 0x0 goto +4 <L115>
  111: if r8 == 0x2b goto +3 <L115>
  112: if r8 == 0x3c goto +2 <L115>
  113: if r8 == 0x87 goto +1 <L115>
  114: goto +359 <L474>
L115:
  115: r1 = r6
  116: r2 = r7
  117: r3 = r10
  118: r3 += -80
  119: r4 = 2
  120: call bpf_skb_load_bytes#26
  121: if r0 != 0x0 goto +409 <L531>
  122: r8 = *(u8 *)(r10 -80)
  123: r1 = *(u8 *)(r10 -79)
  124: r1 += 1
  125: r1 <<= 3
  126: r7 += r1
  127: goto +25 <L153>
L128:
  128: r1 = r6
  129: r2 = r7
  130: r3 = r10
  131: r3 += -80
  132: r4 = 2
  133: call bpf_skb_load_bytes#26
  134: if r0 != 0x0 goto +396 <L531>
  135: r8 = *(u8 *)(r10 -80)
  136: r1 = *(u8 *)(r10 -79)
  137: r1 += 2
  138: r1 <<= 2
  139: r7 += r1
  140: goto +12 <L153>
L141:
  141: r1 = r6
  142: r2 = r7
  143: r3 = r10
  144: r3 += -80
  145: r4 = 4
  146: call bpf_skb_load_bytes#26
  147: if r0 != 0x0 goto +383 <L531>
  148: r8 = *(u8 *)(r10 -80)
  149: r1 = *(u16 *)(r10 -78)
  150: r1 &= 63743
  151: if r1 != 0x0 goto +378 <L530>
  152: r7 += 8
L153:
  153: if r8 == 0x2c goto +32 <L186>
  154: if r8 == 0x33 goto +18 <L173>
  155: if r8 == 0x0 goto +4 <L160>
  156: if r8 == 0x2b goto +3 <L160>
  157: if r8 == 0x3c goto +2 <L160>
  158: if r8 == 0x87 goto +1 <L160>
  159: goto +314 <L474>
L160:
  160: r1 = r6
  161: r2 = r7
  162: r3 = r10
  163: r3 += -80
  164: r4 = 2
  165: call bpf_skb_load_bytes#26
  166: if r0 != 0x0 goto +364 <L531>
  167: r8 = *(u8 *)(r10 -80)
  168: r1 = *(u8 *)(r10 -79)
  169: r1 += 1
  170: r1 <<= 3
  171: r7 += r1
  172: goto +25 <L198>
L173:
  173: r1 = r6
  174: r2 = r7
  175: r3 = r10
  176: r3 += -80
  177: r4 = 2
  178: call bpf_skb_load_bytes#26
  179: if r0 != 0x0 goto +351 <L531>
  180: r8 = *(u8 *)(r10 -80)
  181: r1 = *(u8 *)(r10 -79)
  182: r1 += 2
  183: r1 <<= 2
  184: r7 += r1
  185: goto +12 <L198>
L186:
  186: r1 = r6
  187: r2 = r7
  188: r3 = r10
  189: r3 += -80
  190: r4 = 4
  191: call bpf_skb_load_bytes#26
  192: if r0 != 0x0 goto +338 <L531>
  193: r8 = *(u8 *)(r10 -80)
  194: r1 = *(u16 *)(r10 -78)
  195: r1 &= 63743
  196: if r1 != 0x0 goto +333 <L530>
  197: r7 += 8
L198:
  198: if r8 == 0x2c goto +32 <L231>
  199: if r8 == 0x33 goto +18 <L218>
  200: if r8 == 0x0 goto +4 <L205>
  201: if r8 == 0x2b goto +3 <L205>
  202: if r8 == 0x3c goto +2 <L205>
  203: if r8 == 0x87 goto +1 <L205>
  204: goto +269 <L474>
L205:
  205: r1 = r6
  206: r2 = r7
  207: r3 = r10
  208: r3 += -80
  209: r4 = 2
  210: call bpf_skb_load_bytes#26
  211: if r0 != 0x0 goto +319 <L531>
  212: r8 = *(u8 *)(r10 -80)
  213: r1 = *(u8 *)(r10 -79)
  214: r1 += 1
  215: r1 <<= 3
  216: r7 += r1
  217: goto +25 <L243>
L218:
  218: r1 = r6
  219: r2 = r7
  220: r3 = r10
  221: r3 += -80
  222: r4 = 2
  223: call bpf_skb_load_bytes#26
  224: if r0 != 0x0 goto +306 <L531>
  225: r8 = *(u8 *)(r10 -80)
  226: r1 = *(u8 *)(r10 -79)
  227: r1 += 2
  228: r1 <<= 2
  229: r7 += r1
  230: goto +12 <L243>
L231:
  231: r1 = r6
  232: r2 = r7
  233: r3 = r10
  234: r3 += -80
  235: r4 = 4
  236: call bpf_skb_load_bytes#26
  237: if r0 != 0x0 goto +293 <L531>
  238: r8 = *(u8 *)(r10 -80)
  239: r1 = *(u16 *)(r10 -78)
  240: r1 &= 63743
  241: if r1 != 0x0 goto +288 <L530>
  242: r7 += 8
L243:
  243: if r8 == 0x2c goto +32 <L276>
  244: if r8 == 0x33 goto +18 <L263>
  245: if r8 == 0x0 goto +4 <L250>
  246: if r8 == 0x2b goto +3 <L250>
  247: if r8 == 0x3c goto +2 <L250>
  248: if r8 == 0x87 goto +1 <L250>
  249: goto +224 <L474>
L250:
  250: r1 = r6
  251: r2 = r7
  252: r3 = r10
  253: r3 += -80
  254: r4 = 2
  255: call bpf_skb_load_bytes#26
  256: if r0 != 0x0 goto +274 <L531>
  257: r8 = *(u8 *)(r10 -80)
  258: r1 = *(u8 *)(r10 -79)
  259: r1 += 1
  260: r1 <<= 3
  261: r7 += r1
  262: goto +25 <L288>
L263:
  263: r1 = r6
  264: r2 = r7
  265: r3 = r10
  266: r3 += -80
  267: r4 = 2
  268: call bpf_skb_load_bytes#26
  269: if r0 != 0x0 goto +261 <L531>
  270: r8 = *(u8 *)(r10 -80)
  271: r1 = *(u8 *)(r10 -79)
  272: r1 += 2
  273: r1 <<= 2
  274: r7 += r1
  275: goto +12 <L288>
L276:
  276: r1 = r6
  277: r2 = r7
  278: r3 = r10
  279: r3 += -80
  280: r4 = 4
  281: call bpf_skb_load_bytes#26
  282: if r0 != 0x0 goto +248 <L531>
  283: r8 = *(u8 *)(r10 -80)
  284: r1 = *(u16 *)(r10 -78)
  285: r1 &= 63743
  286: if r1 != 0x0 goto +243 <L530>
  287: r7 += 8
L288:
  288: if r8 == 0x2c goto +32 <L321>
  289: if r8 == 0x33 goto +18 <L308>
  290: if r8 == 0x0 goto +4 <L295>
  291: if r8 == 0x2b goto +3 <L295>
  292: if r8 == 0x3c goto +2 <L295>
  293: if r8 == 0x87 goto +1 <L295>
  294: goto +179 <L474>
L295:
  295: r1 = r6
  296: r2 = r7
  297: r3 = r10
  298: r3 += -80
  299: r4 = 2
  300: call bpf_skb_load_bytes#26
  301: if r0 != 0x0 goto +229 <L531>
  302: r8 = *(u8 *)(r10 -80)
  303: r1 = *(u8 *)(r10 -79)
  304: r1 += 1
  305: r1 <<= 3
  306: r7 += r1
  307: goto +25 <L333>
L308:
  308: r1 = r6
  309: r2 = r7
  310: r3 = r10
  311: r3 += -80
  312: r4 = 2
  313: call bpf_skb_load_bytes#26
  314: if r0 != 0x0 goto +216 <L531>
  315: r8 = *(u8 *)(r10 -80)
  316: r1 = *(u8 *)(r10 -79)
  317: r1 += 2
  318: r1 <<= 2
  319: r7 += r1
  320: goto +12 <L333>
L321:
  321: r1 = r6
  322: r2 = r7
  323: r3 = r10
  324: r3 += -80
  325: r4 = 4
  326: call bpf_skb_load_bytes#26
  327: if r0 != 0x0 goto +203 <L531>
  328: r8 = *(u8 *)(r10 -80)
  329: r1 = *(u16 *)(r10 -78)
  330: r1 &= 63743
  331: if r1 != 0x0 goto +198 <L530>
  332: r7 += 8
L333:
  333: if r8 == 0x2c goto +32 <L366>
  334: if r8 == 0x33 goto +18 <L353>
  335: if r8 == 0x0 goto +4 <L340>
  336: if r8 == 0x2b goto +3 <L340>
  337: if r8 == 0x3c goto +2 <L340>
  338: if r8 == 0x87 goto +1 <L340>
  339: goto +134 <L474>
L340:
  340: r1 = r6
  341: r2 = r7
  342: r3 = r10
  343: r3 += -80
  344: r4 = 2
  345: call bpf_skb_load_bytes#26
  346: if r0 != 0x0 goto +184 <L531>
  347: r8 = *(u8 *)(r10 -80)
  348: r1 = *(u8 *)(r10 -79)
  349: r1 += 1
  350: r1 <<= 3
  351: r7 += r1
  352: goto +25 <L378>
L353:
  353: r1 = r6
  354: r2 = r7
  355: r3 = r10
  356: r3 += -80
  357: r4 = 2
  358: call bpf_skb_load_bytes#26
  359: if r0 != 0x0 goto +171 <L531>
  360: r8 = *(u8 *)(r10 -80)
  361: r1 = *(u8 *)(r10 -79)
  362: r1 += 2
  363: r1 <<= 2
  364: r7 += r1
  365: goto +12 <L378>
L366:
  366: r1 = r6
  367: r2 = r7
  368: r3 = r10
  369: r3 += -80
  370: r4 = 4
  371: call bpf_skb_load_bytes#26
  372: if r0 != 0x0 goto +158 <L531>
  373: r8 = *(u8 *)(r10 -80)
  374: r1 = *(u16 *)(r10 -78)
  375: r1 &= 63743
  376: if r1 != 0x0 goto +153 <L530>
  377: r7 += 8
L378:
  378: if r8 == 0x2c goto +32 <L411>
  379: if r8 == 0x33 goto +18 <L398>
  380: if r8 == 0x0 goto +4 <L385>
  381: if r8 == 0x2b goto +3 <L385>
  382: if r8 == 0x3c goto +2 <L385>
  383: if r8 == 0x87 goto +1 <L385>
  384: goto +89 <L474>
L385:
  385: r1 = r6
  386: r2 = r7
  387: r3 = r10
  388: r3 += -80
  389: r4 = 2
  390: call bpf_skb_load_bytes#26
  391: if r0 != 0x0 goto +139 <L531>
  392: r8 = *(u8 *)(r10 -80)
  393: r1 = *(u8 *)(r10 -79)
  394: r1 += 1
  395: r1 <<= 3
  396: r7 += r1
  397: goto +25 <L423>
L398:
  398: r1 = r6
  399: r2 = r7
  400: r3 = r10
  401: r3 += -80
  402: r4 = 2
  403: call bpf_skb_load_bytes#26
  404: if r0 != 0x0 goto +126 <L531>
  405: r8 = *(u8 *)(r10 -80)
  406: r1 = *(u8 *)(r10 -79)
  407: r1 += 2
  408: r1 <<= 2
  409: r7 += r1
  410: goto +12 <L423>
L411:
  411: r1 = r6
  412: r2 = r7
  413: r3 = r10
  414: r3 += -80
  415: r4 = 4
  416: call bpf_skb_load_bytes#26
  417: if r0 != 0x0 goto +113 <L531>
  418: r8 = *(u8 *)(r10 -80)
  419: r1 = *(u16 *)(r10 -78)
  420: r1 &= 63743
  421: if r1 != 0x0 goto +108 <L530>
  422: r7 += 8
L423:
  423: if r8 == 0x2c goto +32 <L456>
  424: if r8 == 0x33 goto +18 <L443>
  425: if r8 == 0x0 goto +4 <L430>
  426: if r8 == 0x2b goto +3 <L430>
  427: if r8 == 0x3c goto +2 <L430>
  428: if r8 == 0x87 goto +1 <L430>
  429: goto +44 <L474>
L430:
  430: r1 = r6
  431: r2 = r7
  432: r3 = r10
  433: r3 += -80
  434: r4 = 2
  435: call bpf_skb_load_bytes#26
  436: if r0 != 0x0 goto +94 <L531>
  437: r8 = *(u8 *)(r10 -80)
  438: r1 = *(u8 *)(r10 -79)
  439: r1 += 1
  440: r1 <<= 3
  441: r7 += r1
  442: goto +25 <L468>
L443:
  443: r1 = r6
  444: r2 = r7
  445: r3 = r10
  446: r3 += -80
  447: r4 = 2
  448: call bpf_skb_load_bytes#26
  449: if r0 != 0x0 goto +81 <L531>
  450: r8 = *(u8 *)(r10 -80)
  451: r1 = *(u8 *)(r10 -79)
  452: r1 += 2
  453: r1 <<= 2
  454: r7 += r1
  455: goto +12 <L468>
L456:
  456: r1 = r6
  457: r2 = r7
  458: r3 = r10
  459: r3 += -80
  460: r4 = 4
  461: call bpf_skb_load_bytes#26
  462: if r0 != 0x0 goto +68 <L531>
  463: r8 = *(u8 *)(r10 -80)
  464: r1 = *(u16 *)(r10 -78)
  465: r1 &= 63743
  466: if r1 != 0x0 goto +63 <L530>
  467: r7 += 8
L468:
  468: if r8 == 0x0 goto +62 <L531>
  469: if r8 == 0x2b goto +61 <L531>
  470: if r8 == 0x2c goto +60 <L531>
  471: if r8 == 0x33 goto +59 <L531>
  472: if r8 == 0x3c goto +58 <L531>
  473: if r8 == 0x87 goto +57 <L531>
L474:
  474: *(u64 *)(r10 -8) = r8
  475: if r8 == 0x6 goto +4 <L480>
  476: if r8 == 0x11 goto +17 <L494>
  477: if r8 == 0x1 goto +30 <L508>
  478: if r8 == 0x3a goto +40 <L519>
  479: goto +52 <L532>
L480:
  480: r1 = r6
  481: r2 = r7
  482: r3 = r10
  483: r3 += -80
  484: r4 = 20
  485: call bpf_skb_load_bytes#26
  486: if r0 != 0x0 goto +45 <L532>
  487: r0 = r10
  488: r0 += -80
  489: *(u64 *)(r10 -16) = 6
  490: r1 = *(u16 *)(r0 +2)
  491: r1 = be16 r1
  492: *(u64 *)(r10 -32) = r1
  493: goto +38 <L532>
L494:
  494: r1 = r6
  495: r2 = r7
  496: r3 = r10
  497: r3 += -80
  498: r4 = 8
  499: call bpf_skb_load_bytes#26
  500: if r0 != 0x0 goto +31 <L532>
  501: r0 = r10
  502: r0 += -80
  503: *(u64 *)(r10 -16) = 17
  504: r1 = *(u16 *)(r0 +2)
  505: r1 = be16 r1
  506: *(u64 *)(r10 -32) = r1
  507: goto +24 <L532>
L508:
  508: r1 = r6
  509: r2 = r7
  510: r3 = r10
  511: r3 += -80
  512: r4 = 8
  513: call bpf_skb_load_bytes#26
  514: if r0 != 0x0 goto +17 <L532>
  515: r0 = r10
  516: r0 += -80
  517: *(u64 *)(r10 -16) = 1
  518: goto +13 <L532>
L519:
  519: r1 = r6
  520: r2 = r7
  521: r3 = r10
  522: r3 += -80
  523: r4 = 8
  524: call bpf_skb_load_bytes#26
  525: if r0 != 0x0 goto +6 <L532>
  526: r0 = r10
  527: r0 += -80
  528: *(u64 *)(r10 -16) = 58
  529: goto +2 <L532>
L530:
  530: *(u64 *)(r10 -8) = r8
L531:
  531: goto +0 <L532>
L532:
  532: r7 = *(u64 *)(r10 -16)
  533: r8 = *(u64 *)(r10 -32)
  534: r9 = *(u64 *)(r10 -40)
; rule 0 — tests/golden/asm/tc-ingress-mark.bfr:4: rule meta.mark 0x10 ACCEPT
  535: if w9 == 0x10 goto +71 <L607>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
  536: if w8 == 0x16 goto +6 <L543>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L537:
  537: if w9 == 0x1 goto +7 <L545>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L538:
  538: if w8 == 0x35 goto +9 <L548>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L539:
  539: r1 = *(u64 *)(r10 -8)
  540: if w1 == 0x1 goto +36 <L577>
; policy — no rule matched (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
  541: *(u32 *)(r10 -56) = 4
  542: goto +51 <L594>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L543:
  543: if w7 == 0x6 goto +6 <L550>
  544: goto -8 <L537>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L545:
  545: r1 = *(u64 *)(r10 -24)
  546: if r1 == 0x200c0 goto +22 <L569>
  547: goto -10 <L538>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L548:
  548: if w7 == 0x11 goto +22 <L571>
  549: goto -11 <L539>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L550:
  550: w1 = 1
  551: *(u32 *)(r6 +8) = r1
  552: *(u64 *)(r10 -40) = r1
  553: r9 = r1
  554: *(u32 *)(r10 -56) = 0
  555: r2 = r10
  556: r2 += -56
  557: r1 = map[tc_mar_ctr] ll
  559: call bpf_map_lookup_elem#1
  560: if r0 == 0x0 goto +7 <L568>
  561: r1 = *(u64 *)(r0 +0)
  562: r1 += 1
  563: *(u64 *)(r0 +0) = r1
  564: r1 = *(u64 *)(r0 +8)
  565: r2 = *(u64 *)(r10 -48)
  566: r1 += r2
  567: *(u64 *)(r0 +8) = r1
L568:
  568: goto -32 <L537>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L569:
  569: *(u32 *)(r10 -56) = 1
  570: goto +38 <L609>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L571:
  571: w1 = 511
  572: *(u32 *)(r6 +8) = r1
  573: *(u64 *)(r10 -40) = r1
  574: r9 = r1
  575: *(u32 *)(r10 -56) = 2
  576: goto +2 <L579>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L577:
  577: *(u32 *)(r10 -56) = 3
  578: goto +0 <L579>
; shared code, entered from several rules (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
L579:
  579: r2 = r10
  580: r2 += -56
  581: r1 = map[tc_mar_ctr] ll
  583: call bpf_map_lookup_elem#1
  584: if r0 == 0x0 goto +7 <L592>
  585: r1 = *(u64 *)(r0 +0)
  586: r1 += 1
  587: *(u64 *)(r0 +0) = r1
  588: r1 = *(u64 *)(r0 +8)
  589: r2 = *(u64 *)(r10 -48)
  590: r1 += r2
  591: *(u64 *)(r0 +8) = r1
L592:
  592: r0 = -1
  593: exit
L594:
  594: r2 = r10
  595: r2 += -56
  596: r1 = map[tc_mar_ctr] ll
  598: call bpf_map_lookup_elem#1
  599: if r0 == 0x0 goto +7 <L607>
  600: r1 = *(u64 *)(r0 +0)
  601: r1 += 1
  602: *(u64 *)(r0 +0) = r1
  603: r1 = *(u64 *)(r0 +8)
  604: r2 = *(u64 *)(r10 -48)
  605: r1 += r2
  606: *(u64 *)(r0 +8) = r1
L607:
  607: r0 = 0
  608: exit
L609:
  609: r2 = r10
  610: r2 += -56
  611: r1 = map[tc_mar_ctr] ll
  613: call bpf_map_lookup_elem#1
  614: if r0 == 0x0 goto +7 <L622>
  615: r1 = *(u64 *)(r0 +0)
  616: r1 += 1
  617: *(u64 *)(r0 +0) = r1
  618: r1 = *(u64 *)(r0 +8)
  619: r2 = *(u64 *)(r10 -48)
  620: r1 += r2
  621: *(u64 *)(r0 +8) = r1
L622:
  622: r0 = 2
  623: exit
