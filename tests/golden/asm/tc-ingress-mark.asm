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
  insns    622

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
   15: if r4 > r3 goto +517 <L533>
   16: r1 = *(u16 *)(r2 +12)
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +12 <L31>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +511 <L533>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
   24: if r1 == 0x81 goto +1 <L26>
   25: if r1 != 0xa888 goto +5 <L31>
L26:
   26: r0 = r4
   27: r0 += 4
   28: if r0 > r3 goto +504 <L533>
   29: r1 = *(u16 *)(r4 +2)
   30: r4 = r0
L31:
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +25 <L58>
   33: goto +499 <L533>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +496 <L533>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +492 <L533>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +489 <L533>
   44: r1 = *(u32 *)(r4 +12)
   45: r1 <<= 32
   46: r1 s>>= 32
   47: *(u64 *)(r10 -24) = r1
   48: r1 = *(u8 *)(r4 +9)
   49: *(u64 *)(r10 -8) = r1
   50: r0 = *(u16 *)(r4 +6)
   51: r0 &= 65311
   52: if r0 != 0x0 goto +480 <L533>
   53: r5 <<= 2
   54: r0 = r4
   55: r0 += r5
   56: r5 = r0
   57: goto +16 <L74>
L58:
   58: r0 = r4
   59: r0 += 40
   60: if r0 > r3 goto +472 <L533>
   61: r5 = r0
   62: r1 = *(u8 *)(r4 +0)
   63: r1 &= 240
   64: if r1 != 0x60 goto +468 <L533>
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
   78: goto +454 <L533>
L79:
   79: r0 = r5
   80: r0 += 20
   81: if r0 > r3 goto +451 <L533>
   82: *(u64 *)(r10 -16) = 6
   83: r1 = *(u16 *)(r5 +2)
   84: r1 = be16 r1
   85: *(u64 *)(r10 -32) = r1
   86: goto +446 <L533>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +443 <L533>
   90: *(u64 *)(r10 -16) = 17
   91: r1 = *(u16 *)(r5 +2)
   92: r1 = be16 r1
   93: *(u64 *)(r10 -32) = r1
   94: goto +438 <L533>
L95:
   95: r0 = r5
   96: r0 += 8
   97: if r0 > r3 goto +435 <L533>
   98: *(u64 *)(r10 -16) = 1
   99: goto +433 <L533>
L100:
  100: r0 = r5
  101: r0 += 8
  102: if r0 > r3 goto +430 <L533>
  103: *(u64 *)(r10 -16) = 58
  104: goto +428 <L533>
L105:
  105: r7 = r5
  106: r7 -= r2
  107: r8 = r1
  108: r9 = 0
  109: if r8 == 0x2c goto +32 <L142>
  110: if r8 == 0x33 goto +18 <L129>
  111: if r8 == 0x0 goto +4 <L116>
  112: if r8 == 0x2b goto +3 <L116>
  113: if r8 == 0x3c goto +2 <L116>
  114: if r8 == 0x87 goto +1 <L116>
  115: goto +359 <L475>
L116:
  116: r1 = r6
  117: r2 = r7
  118: r3 = r10
  119: r3 += -80
  120: r4 = 2
  121: call bpf_skb_load_bytes#26
  122: if r0 != 0x0 goto +409 <L532>
  123: r8 = *(u8 *)(r10 -80)
  124: r1 = *(u8 *)(r10 -79)
  125: r1 += 1
  126: r1 <<= 3
  127: r7 += r1
  128: goto +25 <L154>
L129:
  129: r1 = r6
  130: r2 = r7
  131: r3 = r10
  132: r3 += -80
  133: r4 = 2
  134: call bpf_skb_load_bytes#26
  135: if r0 != 0x0 goto +396 <L532>
  136: r8 = *(u8 *)(r10 -80)
  137: r1 = *(u8 *)(r10 -79)
  138: r1 += 2
  139: r1 <<= 2
  140: r7 += r1
  141: goto +12 <L154>
L142:
  142: r1 = r6
  143: r2 = r7
  144: r3 = r10
  145: r3 += -80
  146: r4 = 4
  147: call bpf_skb_load_bytes#26
  148: if r0 != 0x0 goto +383 <L532>
  149: r8 = *(u8 *)(r10 -80)
  150: r1 = *(u16 *)(r10 -78)
  151: r1 &= 63743
  152: if r1 != 0x0 goto +378 <L531>
  153: r7 += 8
L154:
  154: if r8 == 0x2c goto +32 <L187>
  155: if r8 == 0x33 goto +18 <L174>
  156: if r8 == 0x0 goto +4 <L161>
  157: if r8 == 0x2b goto +3 <L161>
  158: if r8 == 0x3c goto +2 <L161>
  159: if r8 == 0x87 goto +1 <L161>
  160: goto +314 <L475>
L161:
  161: r1 = r6
  162: r2 = r7
  163: r3 = r10
  164: r3 += -80
  165: r4 = 2
  166: call bpf_skb_load_bytes#26
  167: if r0 != 0x0 goto +364 <L532>
  168: r8 = *(u8 *)(r10 -80)
  169: r1 = *(u8 *)(r10 -79)
  170: r1 += 1
  171: r1 <<= 3
  172: r7 += r1
  173: goto +25 <L199>
L174:
  174: r1 = r6
  175: r2 = r7
  176: r3 = r10
  177: r3 += -80
  178: r4 = 2
  179: call bpf_skb_load_bytes#26
  180: if r0 != 0x0 goto +351 <L532>
  181: r8 = *(u8 *)(r10 -80)
  182: r1 = *(u8 *)(r10 -79)
  183: r1 += 2
  184: r1 <<= 2
  185: r7 += r1
  186: goto +12 <L199>
L187:
  187: r1 = r6
  188: r2 = r7
  189: r3 = r10
  190: r3 += -80
  191: r4 = 4
  192: call bpf_skb_load_bytes#26
  193: if r0 != 0x0 goto +338 <L532>
  194: r8 = *(u8 *)(r10 -80)
  195: r1 = *(u16 *)(r10 -78)
  196: r1 &= 63743
  197: if r1 != 0x0 goto +333 <L531>
  198: r7 += 8
L199:
  199: if r8 == 0x2c goto +32 <L232>
  200: if r8 == 0x33 goto +18 <L219>
  201: if r8 == 0x0 goto +4 <L206>
  202: if r8 == 0x2b goto +3 <L206>
  203: if r8 == 0x3c goto +2 <L206>
  204: if r8 == 0x87 goto +1 <L206>
  205: goto +269 <L475>
L206:
  206: r1 = r6
  207: r2 = r7
  208: r3 = r10
  209: r3 += -80
  210: r4 = 2
  211: call bpf_skb_load_bytes#26
  212: if r0 != 0x0 goto +319 <L532>
  213: r8 = *(u8 *)(r10 -80)
  214: r1 = *(u8 *)(r10 -79)
  215: r1 += 1
  216: r1 <<= 3
  217: r7 += r1
  218: goto +25 <L244>
L219:
  219: r1 = r6
  220: r2 = r7
  221: r3 = r10
  222: r3 += -80
  223: r4 = 2
  224: call bpf_skb_load_bytes#26
  225: if r0 != 0x0 goto +306 <L532>
  226: r8 = *(u8 *)(r10 -80)
  227: r1 = *(u8 *)(r10 -79)
  228: r1 += 2
  229: r1 <<= 2
  230: r7 += r1
  231: goto +12 <L244>
L232:
  232: r1 = r6
  233: r2 = r7
  234: r3 = r10
  235: r3 += -80
  236: r4 = 4
  237: call bpf_skb_load_bytes#26
  238: if r0 != 0x0 goto +293 <L532>
  239: r8 = *(u8 *)(r10 -80)
  240: r1 = *(u16 *)(r10 -78)
  241: r1 &= 63743
  242: if r1 != 0x0 goto +288 <L531>
  243: r7 += 8
L244:
  244: if r8 == 0x2c goto +32 <L277>
  245: if r8 == 0x33 goto +18 <L264>
  246: if r8 == 0x0 goto +4 <L251>
  247: if r8 == 0x2b goto +3 <L251>
  248: if r8 == 0x3c goto +2 <L251>
  249: if r8 == 0x87 goto +1 <L251>
  250: goto +224 <L475>
L251:
  251: r1 = r6
  252: r2 = r7
  253: r3 = r10
  254: r3 += -80
  255: r4 = 2
  256: call bpf_skb_load_bytes#26
  257: if r0 != 0x0 goto +274 <L532>
  258: r8 = *(u8 *)(r10 -80)
  259: r1 = *(u8 *)(r10 -79)
  260: r1 += 1
  261: r1 <<= 3
  262: r7 += r1
  263: goto +25 <L289>
L264:
  264: r1 = r6
  265: r2 = r7
  266: r3 = r10
  267: r3 += -80
  268: r4 = 2
  269: call bpf_skb_load_bytes#26
  270: if r0 != 0x0 goto +261 <L532>
  271: r8 = *(u8 *)(r10 -80)
  272: r1 = *(u8 *)(r10 -79)
  273: r1 += 2
  274: r1 <<= 2
  275: r7 += r1
  276: goto +12 <L289>
L277:
  277: r1 = r6
  278: r2 = r7
  279: r3 = r10
  280: r3 += -80
  281: r4 = 4
  282: call bpf_skb_load_bytes#26
  283: if r0 != 0x0 goto +248 <L532>
  284: r8 = *(u8 *)(r10 -80)
  285: r1 = *(u16 *)(r10 -78)
  286: r1 &= 63743
  287: if r1 != 0x0 goto +243 <L531>
  288: r7 += 8
L289:
  289: if r8 == 0x2c goto +32 <L322>
  290: if r8 == 0x33 goto +18 <L309>
  291: if r8 == 0x0 goto +4 <L296>
  292: if r8 == 0x2b goto +3 <L296>
  293: if r8 == 0x3c goto +2 <L296>
  294: if r8 == 0x87 goto +1 <L296>
  295: goto +179 <L475>
L296:
  296: r1 = r6
  297: r2 = r7
  298: r3 = r10
  299: r3 += -80
  300: r4 = 2
  301: call bpf_skb_load_bytes#26
  302: if r0 != 0x0 goto +229 <L532>
  303: r8 = *(u8 *)(r10 -80)
  304: r1 = *(u8 *)(r10 -79)
  305: r1 += 1
  306: r1 <<= 3
  307: r7 += r1
  308: goto +25 <L334>
L309:
  309: r1 = r6
  310: r2 = r7
  311: r3 = r10
  312: r3 += -80
  313: r4 = 2
  314: call bpf_skb_load_bytes#26
  315: if r0 != 0x0 goto +216 <L532>
  316: r8 = *(u8 *)(r10 -80)
  317: r1 = *(u8 *)(r10 -79)
  318: r1 += 2
  319: r1 <<= 2
  320: r7 += r1
  321: goto +12 <L334>
L322:
  322: r1 = r6
  323: r2 = r7
  324: r3 = r10
  325: r3 += -80
  326: r4 = 4
  327: call bpf_skb_load_bytes#26
  328: if r0 != 0x0 goto +203 <L532>
  329: r8 = *(u8 *)(r10 -80)
  330: r1 = *(u16 *)(r10 -78)
  331: r1 &= 63743
  332: if r1 != 0x0 goto +198 <L531>
  333: r7 += 8
L334:
  334: if r8 == 0x2c goto +32 <L367>
  335: if r8 == 0x33 goto +18 <L354>
  336: if r8 == 0x0 goto +4 <L341>
  337: if r8 == 0x2b goto +3 <L341>
  338: if r8 == 0x3c goto +2 <L341>
  339: if r8 == 0x87 goto +1 <L341>
  340: goto +134 <L475>
L341:
  341: r1 = r6
  342: r2 = r7
  343: r3 = r10
  344: r3 += -80
  345: r4 = 2
  346: call bpf_skb_load_bytes#26
  347: if r0 != 0x0 goto +184 <L532>
  348: r8 = *(u8 *)(r10 -80)
  349: r1 = *(u8 *)(r10 -79)
  350: r1 += 1
  351: r1 <<= 3
  352: r7 += r1
  353: goto +25 <L379>
L354:
  354: r1 = r6
  355: r2 = r7
  356: r3 = r10
  357: r3 += -80
  358: r4 = 2
  359: call bpf_skb_load_bytes#26
  360: if r0 != 0x0 goto +171 <L532>
  361: r8 = *(u8 *)(r10 -80)
  362: r1 = *(u8 *)(r10 -79)
  363: r1 += 2
  364: r1 <<= 2
  365: r7 += r1
  366: goto +12 <L379>
L367:
  367: r1 = r6
  368: r2 = r7
  369: r3 = r10
  370: r3 += -80
  371: r4 = 4
  372: call bpf_skb_load_bytes#26
  373: if r0 != 0x0 goto +158 <L532>
  374: r8 = *(u8 *)(r10 -80)
  375: r1 = *(u16 *)(r10 -78)
  376: r1 &= 63743
  377: if r1 != 0x0 goto +153 <L531>
  378: r7 += 8
L379:
  379: if r8 == 0x2c goto +32 <L412>
  380: if r8 == 0x33 goto +18 <L399>
  381: if r8 == 0x0 goto +4 <L386>
  382: if r8 == 0x2b goto +3 <L386>
  383: if r8 == 0x3c goto +2 <L386>
  384: if r8 == 0x87 goto +1 <L386>
  385: goto +89 <L475>
L386:
  386: r1 = r6
  387: r2 = r7
  388: r3 = r10
  389: r3 += -80
  390: r4 = 2
  391: call bpf_skb_load_bytes#26
  392: if r0 != 0x0 goto +139 <L532>
  393: r8 = *(u8 *)(r10 -80)
  394: r1 = *(u8 *)(r10 -79)
  395: r1 += 1
  396: r1 <<= 3
  397: r7 += r1
  398: goto +25 <L424>
L399:
  399: r1 = r6
  400: r2 = r7
  401: r3 = r10
  402: r3 += -80
  403: r4 = 2
  404: call bpf_skb_load_bytes#26
  405: if r0 != 0x0 goto +126 <L532>
  406: r8 = *(u8 *)(r10 -80)
  407: r1 = *(u8 *)(r10 -79)
  408: r1 += 2
  409: r1 <<= 2
  410: r7 += r1
  411: goto +12 <L424>
L412:
  412: r1 = r6
  413: r2 = r7
  414: r3 = r10
  415: r3 += -80
  416: r4 = 4
  417: call bpf_skb_load_bytes#26
  418: if r0 != 0x0 goto +113 <L532>
  419: r8 = *(u8 *)(r10 -80)
  420: r1 = *(u16 *)(r10 -78)
  421: r1 &= 63743
  422: if r1 != 0x0 goto +108 <L531>
  423: r7 += 8
L424:
  424: if r8 == 0x2c goto +32 <L457>
  425: if r8 == 0x33 goto +18 <L444>
  426: if r8 == 0x0 goto +4 <L431>
  427: if r8 == 0x2b goto +3 <L431>
  428: if r8 == 0x3c goto +2 <L431>
  429: if r8 == 0x87 goto +1 <L431>
  430: goto +44 <L475>
L431:
  431: r1 = r6
  432: r2 = r7
  433: r3 = r10
  434: r3 += -80
  435: r4 = 2
  436: call bpf_skb_load_bytes#26
  437: if r0 != 0x0 goto +94 <L532>
  438: r8 = *(u8 *)(r10 -80)
  439: r1 = *(u8 *)(r10 -79)
  440: r1 += 1
  441: r1 <<= 3
  442: r7 += r1
  443: goto +25 <L469>
L444:
  444: r1 = r6
  445: r2 = r7
  446: r3 = r10
  447: r3 += -80
  448: r4 = 2
  449: call bpf_skb_load_bytes#26
  450: if r0 != 0x0 goto +81 <L532>
  451: r8 = *(u8 *)(r10 -80)
  452: r1 = *(u8 *)(r10 -79)
  453: r1 += 2
  454: r1 <<= 2
  455: r7 += r1
  456: goto +12 <L469>
L457:
  457: r1 = r6
  458: r2 = r7
  459: r3 = r10
  460: r3 += -80
  461: r4 = 4
  462: call bpf_skb_load_bytes#26
  463: if r0 != 0x0 goto +68 <L532>
  464: r8 = *(u8 *)(r10 -80)
  465: r1 = *(u16 *)(r10 -78)
  466: r1 &= 63743
  467: if r1 != 0x0 goto +63 <L531>
  468: r7 += 8
L469:
  469: if r8 == 0x0 goto +62 <L532>
  470: if r8 == 0x2b goto +61 <L532>
  471: if r8 == 0x2c goto +60 <L532>
  472: if r8 == 0x33 goto +59 <L532>
  473: if r8 == 0x3c goto +58 <L532>
  474: if r8 == 0x87 goto +57 <L532>
L475:
  475: *(u64 *)(r10 -8) = r8
  476: if r8 == 0x6 goto +4 <L481>
  477: if r8 == 0x11 goto +17 <L495>
  478: if r8 == 0x1 goto +30 <L509>
  479: if r8 == 0x3a goto +40 <L520>
  480: goto +52 <L533>
L481:
  481: r1 = r6
  482: r2 = r7
  483: r3 = r10
  484: r3 += -80
  485: r4 = 20
  486: call bpf_skb_load_bytes#26
  487: if r0 != 0x0 goto +45 <L533>
  488: r0 = r10
  489: r0 += -80
  490: *(u64 *)(r10 -16) = 6
  491: r1 = *(u16 *)(r0 +2)
  492: r1 = be16 r1
  493: *(u64 *)(r10 -32) = r1
  494: goto +38 <L533>
L495:
  495: r1 = r6
  496: r2 = r7
  497: r3 = r10
  498: r3 += -80
  499: r4 = 8
  500: call bpf_skb_load_bytes#26
  501: if r0 != 0x0 goto +31 <L533>
  502: r0 = r10
  503: r0 += -80
  504: *(u64 *)(r10 -16) = 17
  505: r1 = *(u16 *)(r0 +2)
  506: r1 = be16 r1
  507: *(u64 *)(r10 -32) = r1
  508: goto +24 <L533>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -80
  513: r4 = 8
  514: call bpf_skb_load_bytes#26
  515: if r0 != 0x0 goto +17 <L533>
  516: r0 = r10
  517: r0 += -80
  518: *(u64 *)(r10 -16) = 1
  519: goto +13 <L533>
L520:
  520: r1 = r6
  521: r2 = r7
  522: r3 = r10
  523: r3 += -80
  524: r4 = 8
  525: call bpf_skb_load_bytes#26
  526: if r0 != 0x0 goto +6 <L533>
  527: r0 = r10
  528: r0 += -80
  529: *(u64 *)(r10 -16) = 58
  530: goto +2 <L533>
L531:
  531: *(u64 *)(r10 -8) = r8
L532:
  532: goto +0 <L533>
L533:
  533: r7 = *(u64 *)(r10 -16)
  534: r8 = *(u64 *)(r10 -32)
  535: r9 = *(u64 *)(r10 -40)
; rule 0 — tests/golden/asm/tc-ingress-mark.bfr:4: rule meta.mark 0x10 ACCEPT
  536: if w9 == 0x10 goto +68 <L605>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
  537: if w7 != 0x6 goto +1 <L539>
  538: if w8 == 0x16 goto +9 <L548>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L539:
  539: if w9 != 0x1 goto +2 <L542>
  540: r1 = *(u64 *)(r10 -24)
  541: if r1 == 0x200c0 goto +25 <L567>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L542:
  542: if w7 != 0x11 goto +1 <L544>
  543: if w8 == 0x35 goto +25 <L569>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L544:
  544: r1 = *(u64 *)(r10 -8)
  545: if w1 == 0x1 goto +29 <L575>
  546: *(u32 *)(r10 -56) = 4
  547: goto +44 <L592>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L548:
  548: w1 = 1
  549: *(u32 *)(r6 +8) = r1
  550: *(u64 *)(r10 -40) = r1
  551: r9 = r1
  552: *(u32 *)(r10 -56) = 0
  553: r2 = r10
  554: r2 += -56
  555: r1 = map[tc_mar_ctr] ll
  557: call bpf_map_lookup_elem#1
  558: if r0 == 0x0 goto +7 <L566>
  559: r1 = *(u64 *)(r0 +0)
  560: r1 += 1
  561: *(u64 *)(r0 +0) = r1
  562: r1 = *(u64 *)(r0 +8)
  563: r2 = *(u64 *)(r10 -48)
  564: r1 += r2
  565: *(u64 *)(r0 +8) = r1
L566:
  566: goto -28 <L539>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L567:
  567: *(u32 *)(r10 -56) = 1
  568: goto +38 <L607>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L569:
  569: w1 = 511
  570: *(u32 *)(r6 +8) = r1
  571: *(u64 *)(r10 -40) = r1
  572: r9 = r1
  573: *(u32 *)(r10 -56) = 2
  574: goto +2 <L577>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L575:
  575: *(u32 *)(r10 -56) = 3
  576: goto +0 <L577>
L577:
  577: r2 = r10
  578: r2 += -56
  579: r1 = map[tc_mar_ctr] ll
  581: call bpf_map_lookup_elem#1
  582: if r0 == 0x0 goto +7 <L590>
  583: r1 = *(u64 *)(r0 +0)
  584: r1 += 1
  585: *(u64 *)(r0 +0) = r1
  586: r1 = *(u64 *)(r0 +8)
  587: r2 = *(u64 *)(r10 -48)
  588: r1 += r2
  589: *(u64 *)(r0 +8) = r1
L590:
  590: r0 = -1
  591: exit
L592:
  592: r2 = r10
  593: r2 += -56
  594: r1 = map[tc_mar_ctr] ll
  596: call bpf_map_lookup_elem#1
  597: if r0 == 0x0 goto +7 <L605>
  598: r1 = *(u64 *)(r0 +0)
  599: r1 += 1
  600: *(u64 *)(r0 +0) = r1
  601: r1 = *(u64 *)(r0 +8)
  602: r2 = *(u64 *)(r10 -48)
  603: r1 += r2
  604: *(u64 *)(r0 +8) = r1
L605:
  605: r0 = 0
  606: exit
L607:
  607: r2 = r10
  608: r2 += -56
  609: r1 = map[tc_mar_ctr] ll
  611: call bpf_map_lookup_elem#1
  612: if r0 == 0x0 goto +7 <L620>
  613: r1 = *(u64 *)(r0 +0)
  614: r1 += 1
  615: *(u64 *)(r0 +0) = r1
  616: r1 = *(u64 *)(r0 +8)
  617: r2 = *(u64 *)(r10 -48)
  618: r1 += r2
  619: *(u64 *)(r0 +8) = r1
L620:
  620: r0 = 2
  621: exit
