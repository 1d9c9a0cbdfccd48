; 1 program(s), 1 sub-program(s), 2 map(s) from tests/golden/asm/tc-ingress-mark.bfr

chain tc_mark
  hook     BF_HOOK_TC_INGRESS
  section  tcx/ingress
  attach   BPF_TCX_INGRESS (46)
  program  tc_mark
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    557

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters
  tc_mar_pkt  percpu_array    4     40            1  0x0           -  -

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
    0: r6 = r1
    1: *(u32 *)(r10 -8) = 0
    2: r2 = r10
    3: r2 += -8
    4: r1 = map[tc_mar_pkt] ll
    6: call bpf_map_lookup_elem#1
    7: if r0 != 0x0 goto +2 <L10>
    8: r0 = 0
    9: exit
L10:
   10: r9 = r0
   11: r1 = *(u32 *)(r6 +8)
   12: *(u64 *)(r9 +32) = r1
   13: r2 = *(u32 *)(r6 +76)
   14: r3 = *(u32 *)(r6 +80)
   15: *(u64 *)(r9 +0) = 256
   16: *(u64 *)(r9 +8) = 256
   17: *(u64 *)(r9 +24) = 65536
   18: r1 = 0x100000000 ll
   20: *(u64 *)(r9 +16) = r1
   21: r4 = r2
   22: r4 += 14
   23: if r4 > r3 goto +514 <L538>
   24: r1 = *(u16 *)(r2 +12)
   25: if r1 == 0x81 goto +1 <L27>
   26: if r1 != 0xa888 goto +12 <L39>
L27:
   27: r0 = r4
   28: r0 += 4
   29: if r0 > r3 goto +508 <L538>
   30: r1 = *(u16 *)(r4 +2)
   31: r4 = r0
   32: if r1 == 0x81 goto +1 <L34>
   33: if r1 != 0xa888 goto +5 <L39>
L34:
   34: r0 = r4
   35: r0 += 4
   36: if r0 > r3 goto +501 <L538>
   37: r1 = *(u16 *)(r4 +2)
   38: r4 = r0
L39:
   39: if r1 == 0x8 goto +2 <L42>
   40: if r1 == 0xdd86 goto +25 <L66>
   41: goto +496 <L538>
L42:
   42: r0 = r4
   43: r0 += 20
   44: if r0 > r3 goto +493 <L538>
   45: r1 = *(u8 *)(r4 +0)
   46: r0 = r1
   47: r0 &= 240
   48: if r0 != 0x40 goto +489 <L538>
   49: r5 = r1
   50: r5 &= 15
   51: if r5 < 0x5 goto +486 <L538>
   52: r1 = *(u32 *)(r4 +12)
   53: r1 <<= 32
   54: r1 s>>= 32
   55: *(u64 *)(r9 +16) = r1
   56: r1 = *(u8 *)(r4 +9)
   57: *(u64 *)(r9 +0) = r1
   58: r0 = *(u16 *)(r4 +6)
   59: r0 &= 65311
   60: if r0 != 0x0 goto +477 <L538>
   61: r5 <<= 2
   62: r0 = r4
   63: r0 += r5
   64: r5 = r0
   65: goto +15 <L81>
L66:
   66: r0 = r4
   67: r0 += 40
   68: if r0 > r3 goto +469 <L538>
   69: r5 = r0
   70: r1 = *(u8 *)(r4 +0)
   71: r1 &= 240
   72: if r1 != 0x60 goto +465 <L538>
   73: r1 = *(u8 *)(r4 +6)
   74: if r1 == 0x0 goto +37 <L112>
   75: if r1 == 0x2b goto +36 <L112>
   76: if r1 == 0x2c goto +35 <L112>
   77: if r1 == 0x33 goto +34 <L112>
   78: if r1 == 0x3c goto +33 <L112>
   79: if r1 == 0x87 goto +32 <L112>
   80: *(u64 *)(r9 +0) = r1
L81:
   81: if r1 == 0x6 goto +4 <L86>
   82: if r1 == 0x11 goto +11 <L94>
   83: if r1 == 0x1 goto +18 <L102>
   84: if r1 == 0x3a goto +22 <L107>
   85: goto +452 <L538>
L86:
   86: r0 = r5
   87: r0 += 20
   88: if r0 > r3 goto +449 <L538>
   89: *(u64 *)(r9 +8) = 6
   90: r1 = *(u16 *)(r5 +2)
   91: r1 = be16 r1
   92: *(u64 *)(r9 +24) = r1
   93: goto +444 <L538>
L94:
   94: r0 = r5
   95: r0 += 8
   96: if r0 > r3 goto +441 <L538>
   97: *(u64 *)(r9 +8) = 17
   98: r1 = *(u16 *)(r5 +2)
   99: r1 = be16 r1
  100: *(u64 *)(r9 +24) = r1
  101: goto +436 <L538>
L102:
  102: r0 = r5
  103: r0 += 8
  104: if r0 > r3 goto +433 <L538>
  105: *(u64 *)(r9 +8) = 1
  106: goto +431 <L538>
L107:
  107: r0 = r5
  108: r0 += 8
  109: if r0 > r3 goto +428 <L538>
  110: *(u64 *)(r9 +8) = 58
  111: goto +426 <L538>
L112:
  112: r7 = r5
  113: r7 -= r2
  114: r8 = r1
  115: if r8 == 0x2c goto +32 <L148>
  116: if r8 == 0x33 goto +18 <L135>
  117: if r8 == 0x0 goto +4 <L122>
  118: if r8 == 0x2b goto +3 <L122>
  119: if r8 == 0x3c goto +2 <L122>
  120: if r8 == 0x87 goto +1 <L122>
  121: goto +359 <L481>
L122:
  122: r1 = r6
  123: r2 = r7
  124: r3 = r10
  125: r3 += -32
  126: r4 = 2
  127: call bpf_skb_load_bytes#26
  128: if r0 != 0x0 goto +409 <L538>
  129: r8 = *(u8 *)(r10 -32)
  130: r1 = *(u8 *)(r10 -31)
  131: r1 += 1
  132: r1 <<= 3
  133: r7 += r1
  134: goto +25 <L160>
L135:
  135: r1 = r6
  136: r2 = r7
  137: r3 = r10
  138: r3 += -32
  139: r4 = 2
  140: call bpf_skb_load_bytes#26
  141: if r0 != 0x0 goto +396 <L538>
  142: r8 = *(u8 *)(r10 -32)
  143: r1 = *(u8 *)(r10 -31)
  144: r1 += 2
  145: r1 <<= 2
  146: r7 += r1
  147: goto +12 <L160>
L148:
  148: r1 = r6
  149: r2 = r7
  150: r3 = r10
  151: r3 += -32
  152: r4 = 4
  153: call bpf_skb_load_bytes#26
  154: if r0 != 0x0 goto +383 <L538>
  155: r8 = *(u8 *)(r10 -32)
  156: r1 = *(u16 *)(r10 -30)
  157: r1 &= 63743
  158: if r1 != 0x0 goto +378 <L537>
  159: r7 += 8
L160:
  160: if r8 == 0x2c goto +32 <L193>
  161: if r8 == 0x33 goto +18 <L180>
  162: if r8 == 0x0 goto +4 <L167>
  163: if r8 == 0x2b goto +3 <L167>
  164: if r8 == 0x3c goto +2 <L167>
  165: if r8 == 0x87 goto +1 <L167>
  166: goto +314 <L481>
L167:
  167: r1 = r6
  168: r2 = r7
  169: r3 = r10
  170: r3 += -32
  171: r4 = 2
  172: call bpf_skb_load_bytes#26
  173: if r0 != 0x0 goto +364 <L538>
  174: r8 = *(u8 *)(r10 -32)
  175: r1 = *(u8 *)(r10 -31)
  176: r1 += 1
  177: r1 <<= 3
  178: r7 += r1
  179: goto +25 <L205>
L180:
  180: r1 = r6
  181: r2 = r7
  182: r3 = r10
  183: r3 += -32
  184: r4 = 2
  185: call bpf_skb_load_bytes#26
  186: if r0 != 0x0 goto +351 <L538>
  187: r8 = *(u8 *)(r10 -32)
  188: r1 = *(u8 *)(r10 -31)
  189: r1 += 2
  190: r1 <<= 2
  191: r7 += r1
  192: goto +12 <L205>
L193:
  193: r1 = r6
  194: r2 = r7
  195: r3 = r10
  196: r3 += -32
  197: r4 = 4
  198: call bpf_skb_load_bytes#26
  199: if r0 != 0x0 goto +338 <L538>
  200: r8 = *(u8 *)(r10 -32)
  201: r1 = *(u16 *)(r10 -30)
  202: r1 &= 63743
  203: if r1 != 0x0 goto +333 <L537>
  204: r7 += 8
L205:
  205: if r8 == 0x2c goto +32 <L238>
  206: if r8 == 0x33 goto +18 <L225>
  207: if r8 == 0x0 goto +4 <L212>
  208: if r8 == 0x2b goto +3 <L212>
  209: if r8 == 0x3c goto +2 <L212>
  210: if r8 == 0x87 goto +1 <L212>
  211: goto +269 <L481>
L212:
  212: r1 = r6
  213: r2 = r7
  214: r3 = r10
  215: r3 += -32
  216: r4 = 2
  217: call bpf_skb_load_bytes#26
  218: if r0 != 0x0 goto +319 <L538>
  219: r8 = *(u8 *)(r10 -32)
  220: r1 = *(u8 *)(r10 -31)
  221: r1 += 1
  222: r1 <<= 3
  223: r7 += r1
  224: goto +25 <L250>
L225:
  225: r1 = r6
  226: r2 = r7
  227: r3 = r10
  228: r3 += -32
  229: r4 = 2
  230: call bpf_skb_load_bytes#26
  231: if r0 != 0x0 goto +306 <L538>
  232: r8 = *(u8 *)(r10 -32)
  233: r1 = *(u8 *)(r10 -31)
  234: r1 += 2
  235: r1 <<= 2
  236: r7 += r1
  237: goto +12 <L250>
L238:
  238: r1 = r6
  239: r2 = r7
  240: r3 = r10
  241: r3 += -32
  242: r4 = 4
  243: call bpf_skb_load_bytes#26
  244: if r0 != 0x0 goto +293 <L538>
  245: r8 = *(u8 *)(r10 -32)
  246: r1 = *(u16 *)(r10 -30)
  247: r1 &= 63743
  248: if r1 != 0x0 goto +288 <L537>
  249: r7 += 8
L250:
  250: if r8 == 0x2c goto +32 <L283>
  251: if r8 == 0x33 goto +18 <L270>
  252: if r8 == 0x0 goto +4 <L257>
  253: if r8 == 0x2b goto +3 <L257>
  254: if r8 == 0x3c goto +2 <L257>
  255: if r8 == 0x87 goto +1 <L257>
  256: goto +224 <L481>
L257:
  257: r1 = r6
  258: r2 = r7
  259: r3 = r10
  260: r3 += -32
  261: r4 = 2
  262: call bpf_skb_load_bytes#26
  263: if r0 != 0x0 goto +274 <L538>
  264: r8 = *(u8 *)(r10 -32)
  265: r1 = *(u8 *)(r10 -31)
  266: r1 += 1
  267: r1 <<= 3
  268: r7 += r1
  269: goto +25 <L295>
L270:
  270: r1 = r6
  271: r2 = r7
  272: r3 = r10
  273: r3 += -32
  274: r4 = 2
  275: call bpf_skb_load_bytes#26
  276: if r0 != 0x0 goto +261 <L538>
  277: r8 = *(u8 *)(r10 -32)
  278: r1 = *(u8 *)(r10 -31)
  279: r1 += 2
  280: r1 <<= 2
  281: r7 += r1
  282: goto +12 <L295>
L283:
  283: r1 = r6
  284: r2 = r7
  285: r3 = r10
  286: r3 += -32
  287: r4 = 4
  288: call bpf_skb_load_bytes#26
  289: if r0 != 0x0 goto +248 <L538>
  290: r8 = *(u8 *)(r10 -32)
  291: r1 = *(u16 *)(r10 -30)
  292: r1 &= 63743
  293: if r1 != 0x0 goto +243 <L537>
  294: r7 += 8
L295:
  295: if r8 == 0x2c goto +32 <L328>
  296: if r8 == 0x33 goto +18 <L315>
  297: if r8 == 0x0 goto +4 <L302>
  298: if r8 == 0x2b goto +3 <L302>
  299: if r8 == 0x3c goto +2 <L302>
  300: if r8 == 0x87 goto +1 <L302>
  301: goto +179 <L481>
L302:
  302: r1 = r6
  303: r2 = r7
  304: r3 = r10
  305: r3 += -32
  306: r4 = 2
  307: call bpf_skb_load_bytes#26
  308: if r0 != 0x0 goto +229 <L538>
  309: r8 = *(u8 *)(r10 -32)
  310: r1 = *(u8 *)(r10 -31)
  311: r1 += 1
  312: r1 <<= 3
  313: r7 += r1
  314: goto +25 <L340>
L315:
  315: r1 = r6
  316: r2 = r7
  317: r3 = r10
  318: r3 += -32
  319: r4 = 2
  320: call bpf_skb_load_bytes#26
  321: if r0 != 0x0 goto +216 <L538>
  322: r8 = *(u8 *)(r10 -32)
  323: r1 = *(u8 *)(r10 -31)
  324: r1 += 2
  325: r1 <<= 2
  326: r7 += r1
  327: goto +12 <L340>
L328:
  328: r1 = r6
  329: r2 = r7
  330: r3 = r10
  331: r3 += -32
  332: r4 = 4
  333: call bpf_skb_load_bytes#26
  334: if r0 != 0x0 goto +203 <L538>
  335: r8 = *(u8 *)(r10 -32)
  336: r1 = *(u16 *)(r10 -30)
  337: r1 &= 63743
  338: if r1 != 0x0 goto +198 <L537>
  339: r7 += 8
L340:
  340: if r8 == 0x2c goto +32 <L373>
  341: if r8 == 0x33 goto +18 <L360>
  342: if r8 == 0x0 goto +4 <L347>
  343: if r8 == 0x2b goto +3 <L347>
  344: if r8 == 0x3c goto +2 <L347>
  345: if r8 == 0x87 goto +1 <L347>
  346: goto +134 <L481>
L347:
  347: r1 = r6
  348: r2 = r7
  349: r3 = r10
  350: r3 += -32
  351: r4 = 2
  352: call bpf_skb_load_bytes#26
  353: if r0 != 0x0 goto +184 <L538>
  354: r8 = *(u8 *)(r10 -32)
  355: r1 = *(u8 *)(r10 -31)
  356: r1 += 1
  357: r1 <<= 3
  358: r7 += r1
  359: goto +25 <L385>
L360:
  360: r1 = r6
  361: r2 = r7
  362: r3 = r10
  363: r3 += -32
  364: r4 = 2
  365: call bpf_skb_load_bytes#26
  366: if r0 != 0x0 goto +171 <L538>
  367: r8 = *(u8 *)(r10 -32)
  368: r1 = *(u8 *)(r10 -31)
  369: r1 += 2
  370: r1 <<= 2
  371: r7 += r1
  372: goto +12 <L385>
L373:
  373: r1 = r6
  374: r2 = r7
  375: r3 = r10
  376: r3 += -32
  377: r4 = 4
  378: call bpf_skb_load_bytes#26
  379: if r0 != 0x0 goto +158 <L538>
  380: r8 = *(u8 *)(r10 -32)
  381: r1 = *(u16 *)(r10 -30)
  382: r1 &= 63743
  383: if r1 != 0x0 goto +153 <L537>
  384: r7 += 8
L385:
  385: if r8 == 0x2c goto +32 <L418>
  386: if r8 == 0x33 goto +18 <L405>
  387: if r8 == 0x0 goto +4 <L392>
  388: if r8 == 0x2b goto +3 <L392>
  389: if r8 == 0x3c goto +2 <L392>
  390: if r8 == 0x87 goto +1 <L392>
  391: goto +89 <L481>
L392:
  392: r1 = r6
  393: r2 = r7
  394: r3 = r10
  395: r3 += -32
  396: r4 = 2
  397: call bpf_skb_load_bytes#26
  398: if r0 != 0x0 goto +139 <L538>
  399: r8 = *(u8 *)(r10 -32)
  400: r1 = *(u8 *)(r10 -31)
  401: r1 += 1
  402: r1 <<= 3
  403: r7 += r1
  404: goto +25 <L430>
L405:
  405: r1 = r6
  406: r2 = r7
  407: r3 = r10
  408: r3 += -32
  409: r4 = 2
  410: call bpf_skb_load_bytes#26
  411: if r0 != 0x0 goto +126 <L538>
  412: r8 = *(u8 *)(r10 -32)
  413: r1 = *(u8 *)(r10 -31)
  414: r1 += 2
  415: r1 <<= 2
  416: r7 += r1
  417: goto +12 <L430>
L418:
  418: r1 = r6
  419: r2 = r7
  420: r3 = r10
  421: r3 += -32
  422: r4 = 4
  423: call bpf_skb_load_bytes#26
  424: if r0 != 0x0 goto +113 <L538>
  425: r8 = *(u8 *)(r10 -32)
  426: r1 = *(u16 *)(r10 -30)
  427: r1 &= 63743
  428: if r1 != 0x0 goto +108 <L537>
  429: r7 += 8
L430:
  430: if r8 == 0x2c goto +32 <L463>
  431: if r8 == 0x33 goto +18 <L450>
  432: if r8 == 0x0 goto +4 <L437>
  433: if r8 == 0x2b goto +3 <L437>
  434: if r8 == 0x3c goto +2 <L437>
  435: if r8 == 0x87 goto +1 <L437>
  436: goto +44 <L481>
L437:
  437: r1 = r6
  438: r2 = r7
  439: r3 = r10
  440: r3 += -32
  441: r4 = 2
  442: call bpf_skb_load_bytes#26
  443: if r0 != 0x0 goto +94 <L538>
  444: r8 = *(u8 *)(r10 -32)
  445: r1 = *(u8 *)(r10 -31)
  446: r1 += 1
  447: r1 <<= 3
  448: r7 += r1
  449: goto +25 <L475>
L450:
  450: r1 = r6
  451: r2 = r7
  452: r3 = r10
  453: r3 += -32
  454: r4 = 2
  455: call bpf_skb_load_bytes#26
  456: if r0 != 0x0 goto +81 <L538>
  457: r8 = *(u8 *)(r10 -32)
  458: r1 = *(u8 *)(r10 -31)
  459: r1 += 2
  460: r1 <<= 2
  461: r7 += r1
  462: goto +12 <L475>
L463:
  463: r1 = r6
  464: r2 = r7
  465: r3 = r10
  466: r3 += -32
  467: r4 = 4
  468: call bpf_skb_load_bytes#26
  469: if r0 != 0x0 goto +68 <L538>
  470: r8 = *(u8 *)(r10 -32)
  471: r1 = *(u16 *)(r10 -30)
  472: r1 &= 63743
  473: if r1 != 0x0 goto +63 <L537>
  474: r7 += 8
L475:
  475: if r8 == 0x0 goto +62 <L538>
  476: if r8 == 0x2b goto +61 <L538>
  477: if r8 == 0x2c goto +60 <L538>
  478: if r8 == 0x33 goto +59 <L538>
  479: if r8 == 0x3c goto +58 <L538>
  480: if r8 == 0x87 goto +57 <L538>
L481:
  481: *(u64 *)(r9 +0) = r8
  482: if r8 == 0x6 goto +4 <L487>
  483: if r8 == 0x11 goto +17 <L501>
  484: if r8 == 0x1 goto +30 <L515>
  485: if r8 == 0x3a goto +40 <L526>
  486: goto +51 <L538>
L487:
  487: r1 = r6
  488: r2 = r7
  489: r3 = r10
  490: r3 += -32
  491: r4 = 20
  492: call bpf_skb_load_bytes#26
  493: if r0 != 0x0 goto +44 <L538>
  494: r0 = r10
  495: r0 += -32
  496: *(u64 *)(r9 +8) = 6
  497: r1 = *(u16 *)(r0 +2)
  498: r1 = be16 r1
  499: *(u64 *)(r9 +24) = r1
  500: goto +37 <L538>
L501:
  501: r1 = r6
  502: r2 = r7
  503: r3 = r10
  504: r3 += -32
  505: r4 = 8
  506: call bpf_skb_load_bytes#26
  507: if r0 != 0x0 goto +30 <L538>
  508: r0 = r10
  509: r0 += -32
  510: *(u64 *)(r9 +8) = 17
  511: r1 = *(u16 *)(r0 +2)
  512: r1 = be16 r1
  513: *(u64 *)(r9 +24) = r1
  514: goto +23 <L538>
L515:
  515: r1 = r6
  516: r2 = r7
  517: r3 = r10
  518: r3 += -32
  519: r4 = 8
  520: call bpf_skb_load_bytes#26
  521: if r0 != 0x0 goto +16 <L538>
  522: r0 = r10
  523: r0 += -32
  524: *(u64 *)(r9 +8) = 1
  525: goto +12 <L538>
L526:
  526: r1 = r6
  527: r2 = r7
  528: r3 = r10
  529: r3 += -32
  530: r4 = 8
  531: call bpf_skb_load_bytes#26
  532: if r0 != 0x0 goto +5 <L538>
  533: r0 = r10
  534: r0 += -32
  535: *(u64 *)(r9 +8) = 58
  536: goto +1 <L538>
L537:
  537: *(u64 *)(r9 +0) = r8
L538:
  538: r1 = r6
  539: call <tc_mark__part0>
  540: if r0 != 0x100 goto +15 <L556>
  541: *(u32 *)(r10 -8) = 4
  542: r2 = r10
  543: r2 += -8
  544: r1 = map[tc_mar_ctr] ll
  546: call bpf_map_lookup_elem#1
  547: if r0 == 0x0 goto +7 <L555>
  548: r1 = *(u64 *)(r0 +0)
  549: r1 += 1
  550: *(u64 *)(r0 +0) = r1
  551: r2 = *(u32 *)(r6 +0)
  552: r1 = *(u64 *)(r0 +8)
  553: r1 += r2
  554: *(u64 *)(r0 +8) = r1
L555:
  555: r0 = 0
L556:
  556: exit

subprog tc_mark__part0
  section  .text
  linkage  global
  part of  chain tc_mark
  insns    90

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters
  tc_mar_pkt  percpu_array    4     40            1  0x0           -  -

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
   0: r6 = r1
   1: *(u32 *)(r10 -8) = 0
   2: r2 = r10
   3: r2 += -8
   4: r1 = map[tc_mar_pkt] ll
   6: call bpf_map_lookup_elem#1
   7: if r0 != 0x0 goto +2 <L10>
   8: r0 = 256
   9: exit
L10:
  10: r9 = r0
  11: r7 = *(u64 *)(r9 +8)
  12: r8 = *(u64 *)(r9 +24)
; rule 0 — tests/golden/asm/tc-ingress-mark.bfr:4: rule meta.mark 0x10 ACCEPT
  13: r1 = *(u64 *)(r9 +32)
  14: if w1 == 0x10 goto +58 <L73>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
  15: if w8 == 0x16 goto +7 <L23>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L16:
  16: r1 = *(u64 *)(r9 +32)
  17: if w1 == 0x1 goto +7 <L25>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L18:
  18: if w8 == 0x35 goto +9 <L28>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L19:
  19: r1 = *(u64 *)(r9 +0)
  20: if w1 == 0x1 goto +36 <L57>
; no rule of this function matched: return to the caller (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
  21: r0 = 256
  22: exit
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L23:
  23: if w7 == 0x6 goto +6 <L30>
  24: goto -9 <L16>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L25:
  25: r2 = *(u64 *)(r9 +16)
  26: if r2 == 0x200c0 goto +23 <L50>
  27: goto -10 <L18>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L28:
  28: if w7 == 0x11 goto +23 <L52>
  29: goto -11 <L19>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L30:
  30: w1 = 1
  31: *(u32 *)(r6 +8) = r1
  32: *(u64 *)(r9 +32) = r1
  33: *(u32 *)(r10 -8) = 0
  34: r2 = r10
  35: r2 += -8
  36: r1 = map[tc_mar_ctr] ll
  38: call bpf_map_lookup_elem#1
  39: if r0 == 0x0 goto +7 <L47>
  40: r1 = *(u64 *)(r0 +0)
  41: r1 += 1
  42: *(u64 *)(r0 +0) = r1
  43: r2 = *(u32 *)(r6 +0)
  44: r1 = *(u64 *)(r0 +8)
  45: r1 += r2
  46: *(u64 *)(r0 +8) = r1
L47:
  47: r7 = *(u64 *)(r9 +8)
  48: r8 = *(u64 *)(r9 +24)
  49: goto -34 <L16>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L50:
  50: *(u32 *)(r10 -8) = 1
  51: goto +23 <L75>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L52:
  52: w1 = 511
  53: *(u32 *)(r6 +8) = r1
  54: *(u64 *)(r9 +32) = r1
  55: *(u32 *)(r10 -8) = 2
  56: goto +1 <L58>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L57:
  57: *(u32 *)(r10 -8) = 3
; shared code: counters and verdicts (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
L58:
  58: r2 = r10
  59: r2 += -8
  60: r1 = map[tc_mar_ctr] ll
  62: call bpf_map_lookup_elem#1
  63: if r0 == 0x0 goto +7 <L71>
  64: r1 = *(u64 *)(r0 +0)
  65: r1 += 1
  66: *(u64 *)(r0 +0) = r1
  67: r2 = *(u32 *)(r6 +0)
  68: r1 = *(u64 *)(r0 +8)
  69: r1 += r2
  70: *(u64 *)(r0 +8) = r1
L71:
  71: r0 = -1
  72: exit
L73:
  73: r0 = 0
  74: exit
L75:
  75: r2 = r10
  76: r2 += -8
  77: r1 = map[tc_mar_ctr] ll
  79: call bpf_map_lookup_elem#1
  80: if r0 == 0x0 goto +7 <L88>
  81: r1 = *(u64 *)(r0 +0)
  82: r1 += 1
  83: *(u64 *)(r0 +0) = r1
  84: r2 = *(u32 *)(r6 +0)
  85: r1 = *(u64 *)(r0 +8)
  86: r1 += r2
  87: *(u64 *)(r0 +8) = r1
L88:
  88: r0 = 2
  89: exit
