; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/tc-egress-hash.bfr

chain tc_hash
  hook     BF_HOOK_TC_EGRESS
  section  tcx/egress
  attach   BPF_TCX_EGRESS (47)
  program  tc_hash
  policy   NEXT
  options  none
  rules    4
  license  GPL
  insns    672

  map         type          key  value  max_entries  flags  elements  role
  tc_has_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/tc-egress-hash.bfr:2: chain tc_hash BF_HOOK_TC_EGRESS NEXT
    0: r6 = r1
    1: r1 = r6
    2: call bpf_get_hash_recalc#34
    3: w0 = w0
    4: *(u64 *)(r10 -96) = r0
    5: r2 = *(u32 *)(r6 +76)
    6: r3 = *(u32 *)(r6 +80)
    7: *(u64 *)(r10 -16) = 256
    8: *(u64 *)(r10 -24) = 256
    9: *(u64 *)(r10 -80) = 65536
   10: *(u64 *)(r10 -88) = 65536
   11: *(u64 *)(r10 -8) = 0
   12: *(u64 *)(r10 -56) = 0
   13: *(u64 *)(r10 -48) = 0
   14: *(u64 *)(r10 -72) = 0
   15: *(u64 *)(r10 -64) = 0
   16: r1 = 0x100000000 ll
   18: *(u64 *)(r10 -32) = r1
   19: *(u64 *)(r10 -40) = r1
   20: *(u64 *)(r10 -104) = r1
   21: r4 = r2
   22: r4 += 14
   23: if r4 > r3 goto +540 <L564>
   24: r1 = *(u16 *)(r2 +12)
   25: if r1 == 0x81 goto +1 <L27>
   26: if r1 != 0xa888 goto +12 <L39>
L27:
   27: r0 = r4
   28: r0 += 4
   29: if r0 > r3 goto +534 <L564>
   30: r1 = *(u16 *)(r4 +2)
   31: r4 = r0
   32: if r1 == 0x81 goto +1 <L34>
   33: if r1 != 0xa888 goto +5 <L39>
L34:
   34: r0 = r4
   35: r0 += 4
   36: if r0 > r3 goto +527 <L564>
   37: r1 = *(u16 *)(r4 +2)
   38: r4 = r0
L39:
   39: if r1 == 0x8 goto +2 <L42>
   40: if r1 == 0xdd86 goto +30 <L71>
   41: goto +522 <L564>
L42:
   42: r0 = r4
   43: r0 += 20
   44: if r0 > r3 goto +519 <L564>
   45: r1 = *(u8 *)(r4 +0)
   46: r0 = r1
   47: r0 &= 240
   48: if r0 != 0x40 goto +515 <L564>
   49: r5 = r1
   50: r5 &= 15
   51: if r5 < 0x5 goto +512 <L564>
   52: *(u64 *)(r10 -8) = 4
   53: r1 = *(u32 *)(r4 +12)
   54: r1 <<= 32
   55: r1 s>>= 32
   56: *(u64 *)(r10 -32) = r1
   57: r1 = *(u32 *)(r4 +16)
   58: r1 <<= 32
   59: r1 s>>= 32
   60: *(u64 *)(r10 -40) = r1
   61: r1 = *(u8 *)(r4 +9)
   62: *(u64 *)(r10 -16) = r1
   63: r0 = *(u16 *)(r4 +6)
   64: r0 &= 65311
   65: if r0 != 0x0 goto +498 <L564>
   66: r5 <<= 2
   67: r0 = r4
   68: r0 += r5
   69: r5 = r0
   70: goto +24 <L95>
L71:
   71: r0 = r4
   72: r0 += 40
   73: if r0 > r3 goto +490 <L564>
   74: r5 = r0
   75: r1 = *(u8 *)(r4 +0)
   76: r1 &= 240
   77: if r1 != 0x60 goto +486 <L564>
   78: *(u64 *)(r10 -8) = 6
   79: r1 = *(u64 *)(r4 +8)
   80: *(u64 *)(r10 -56) = r1
   81: r1 = *(u64 *)(r4 +16)
   82: *(u64 *)(r10 -48) = r1
   83: r1 = *(u64 *)(r4 +24)
   84: *(u64 *)(r10 -72) = r1
   85: r1 = *(u64 *)(r4 +32)
   86: *(u64 *)(r10 -64) = r1
   87: r1 = *(u8 *)(r4 +6)
   88: if r1 == 0x0 goto +43 <L132>
   89: if r1 == 0x2b goto +42 <L132>
   90: if r1 == 0x2c goto +41 <L132>
   91: if r1 == 0x33 goto +40 <L132>
   92: if r1 == 0x3c goto +39 <L132>
   93: if r1 == 0x87 goto +38 <L132>
   94: *(u64 *)(r10 -16) = r1
L95:
   95: if r1 == 0x6 goto +4 <L100>
   96: if r1 == 0x11 goto +14 <L111>
   97: if r1 == 0x1 goto +24 <L122>
   98: if r1 == 0x3a goto +28 <L127>
   99: goto +464 <L564>
L100:
  100: r0 = r5
  101: r0 += 20
  102: if r0 > r3 goto +461 <L564>
  103: *(u64 *)(r10 -24) = 6
  104: r1 = *(u16 *)(r5 +0)
  105: r1 = be16 r1
  106: *(u64 *)(r10 -80) = r1
  107: r1 = *(u16 *)(r5 +2)
  108: r1 = be16 r1
  109: *(u64 *)(r10 -88) = r1
  110: goto +453 <L564>
L111:
  111: r0 = r5
  112: r0 += 8
  113: if r0 > r3 goto +450 <L564>
  114: *(u64 *)(r10 -24) = 17
  115: r1 = *(u16 *)(r5 +0)
  116: r1 = be16 r1
  117: *(u64 *)(r10 -80) = r1
  118: r1 = *(u16 *)(r5 +2)
  119: r1 = be16 r1
  120: *(u64 *)(r10 -88) = r1
  121: goto +442 <L564>
L122:
  122: r0 = r5
  123: r0 += 8
  124: if r0 > r3 goto +439 <L564>
  125: *(u64 *)(r10 -24) = 1
  126: goto +437 <L564>
L127:
  127: r0 = r5
  128: r0 += 8
  129: if r0 > r3 goto +434 <L564>
  130: *(u64 *)(r10 -24) = 58
  131: goto +432 <L564>
L132:
  132: r7 = r5
  133: r7 -= r2
  134: r8 = r1
  135: if r8 == 0x2c goto +32 <L168>
  136: if r8 == 0x33 goto +18 <L155>
  137: if r8 == 0x0 goto +4 <L142>
  138: if r8 == 0x2b goto +3 <L142>
  139: if r8 == 0x3c goto +2 <L142>
  140: if r8 == 0x87 goto +1 <L142>
  141: goto +359 <L501>
L142:
  142: r1 = r6
  143: r2 = r7
  144: r3 = r10
  145: r3 += -136
  146: r4 = 2
  147: call bpf_skb_load_bytes#26
  148: if r0 != 0x0 goto +415 <L564>
  149: r8 = *(u8 *)(r10 -136)
  150: r1 = *(u8 *)(r10 -135)
  151: r1 += 1
  152: r1 <<= 3
  153: r7 += r1
  154: goto +25 <L180>
L155:
  155: r1 = r6
  156: r2 = r7
  157: r3 = r10
  158: r3 += -136
  159: r4 = 2
  160: call bpf_skb_load_bytes#26
  161: if r0 != 0x0 goto +402 <L564>
  162: r8 = *(u8 *)(r10 -136)
  163: r1 = *(u8 *)(r10 -135)
  164: r1 += 2
  165: r1 <<= 2
  166: r7 += r1
  167: goto +12 <L180>
L168:
  168: r1 = r6
  169: r2 = r7
  170: r3 = r10
  171: r3 += -136
  172: r4 = 4
  173: call bpf_skb_load_bytes#26
  174: if r0 != 0x0 goto +389 <L564>
  175: r8 = *(u8 *)(r10 -136)
  176: r1 = *(u16 *)(r10 -134)
  177: r1 &= 63743
  178: if r1 != 0x0 goto +384 <L563>
  179: r7 += 8
L180:
  180: if r8 == 0x2c goto +32 <L213>
  181: if r8 == 0x33 goto +18 <L200>
  182: if r8 == 0x0 goto +4 <L187>
  183: if r8 == 0x2b goto +3 <L187>
  184: if r8 == 0x3c goto +2 <L187>
  185: if r8 == 0x87 goto +1 <L187>
  186: goto +314 <L501>
L187:
  187: r1 = r6
  188: r2 = r7
  189: r3 = r10
  190: r3 += -136
  191: r4 = 2
  192: call bpf_skb_load_bytes#26
  193: if r0 != 0x0 goto +370 <L564>
  194: r8 = *(u8 *)(r10 -136)
  195: r1 = *(u8 *)(r10 -135)
  196: r1 += 1
  197: r1 <<= 3
  198: r7 += r1
  199: goto +25 <L225>
L200:
  200: r1 = r6
  201: r2 = r7
  202: r3 = r10
  203: r3 += -136
  204: r4 = 2
  205: call bpf_skb_load_bytes#26
  206: if r0 != 0x0 goto +357 <L564>
  207: r8 = *(u8 *)(r10 -136)
  208: r1 = *(u8 *)(r10 -135)
  209: r1 += 2
  210: r1 <<= 2
  211: r7 += r1
  212: goto +12 <L225>
L213:
  213: r1 = r6
  214: r2 = r7
  215: r3 = r10
  216: r3 += -136
  217: r4 = 4
  218: call bpf_skb_load_bytes#26
  219: if r0 != 0x0 goto +344 <L564>
  220: r8 = *(u8 *)(r10 -136)
  221: r1 = *(u16 *)(r10 -134)
  222: r1 &= 63743
  223: if r1 != 0x0 goto +339 <L563>
  224: r7 += 8
L225:
  225: if r8 == 0x2c goto +32 <L258>
  226: if r8 == 0x33 goto +18 <L245>
  227: if r8 == 0x0 goto +4 <L232>
  228: if r8 == 0x2b goto +3 <L232>
  229: if r8 == 0x3c goto +2 <L232>
  230: if r8 == 0x87 goto +1 <L232>
  231: goto +269 <L501>
L232:
  232: r1 = r6
  233: r2 = r7
  234: r3 = r10
  235: r3 += -136
  236: r4 = 2
  237: call bpf_skb_load_bytes#26
  238: if r0 != 0x0 goto +325 <L564>
  239: r8 = *(u8 *)(r10 -136)
  240: r1 = *(u8 *)(r10 -135)
  241: r1 += 1
  242: r1 <<= 3
  243: r7 += r1
  244: goto +25 <L270>
L245:
  245: r1 = r6
  246: r2 = r7
  247: r3 = r10
  248: r3 += -136
  249: r4 = 2
  250: call bpf_skb_load_bytes#26
  251: if r0 != 0x0 goto +312 <L564>
  252: r8 = *(u8 *)(r10 -136)
  253: r1 = *(u8 *)(r10 -135)
  254: r1 += 2
  255: r1 <<= 2
  256: r7 += r1
  257: goto +12 <L270>
L258:
  258: r1 = r6
  259: r2 = r7
  260: r3 = r10
  261: r3 += -136
  262: r4 = 4
  263: call bpf_skb_load_bytes#26
  264: if r0 != 0x0 goto +299 <L564>
  265: r8 = *(u8 *)(r10 -136)
  266: r1 = *(u16 *)(r10 -134)
  267: r1 &= 63743
  268: if r1 != 0x0 goto +294 <L563>
  269: r7 += 8
L270:
  270: if r8 == 0x2c goto +32 <L303>
  271: if r8 == 0x33 goto +18 <L290>
  272: if r8 == 0x0 goto +4 <L277>
  273: if r8 == 0x2b goto +3 <L277>
  274: if r8 == 0x3c goto +2 <L277>
  275: if r8 == 0x87 goto +1 <L277>
  276: goto +224 <L501>
L277:
  277: r1 = r6
  278: r2 = r7
  279: r3 = r10
  280: r3 += -136
  281: r4 = 2
  282: call bpf_skb_load_bytes#26
  283: if r0 != 0x0 goto +280 <L564>
  284: r8 = *(u8 *)(r10 -136)
  285: r1 = *(u8 *)(r10 -135)
  286: r1 += 1
  287: r1 <<= 3
  288: r7 += r1
  289: goto +25 <L315>
L290:
  290: r1 = r6
  291: r2 = r7
  292: r3 = r10
  293: r3 += -136
  294: r4 = 2
  295: call bpf_skb_load_bytes#26
  296: if r0 != 0x0 goto +267 <L564>
  297: r8 = *(u8 *)(r10 -136)
  298: r1 = *(u8 *)(r10 -135)
  299: r1 += 2
  300: r1 <<= 2
  301: r7 += r1
  302: goto +12 <L315>
L303:
  303: r1 = r6
  304: r2 = r7
  305: r3 = r10
  306: r3 += -136
  307: r4 = 4
  308: call bpf_skb_load_bytes#26
  309: if r0 != 0x0 goto +254 <L564>
  310: r8 = *(u8 *)(r10 -136)
  311: r1 = *(u16 *)(r10 -134)
  312: r1 &= 63743
  313: if r1 != 0x0 goto +249 <L563>
  314: r7 += 8
L315:
  315: if r8 == 0x2c goto +32 <L348>
  316: if r8 == 0x33 goto +18 <L335>
  317: if r8 == 0x0 goto +4 <L322>
  318: if r8 == 0x2b goto +3 <L322>
  319: if r8 == 0x3c goto +2 <L322>
  320: if r8 == 0x87 goto +1 <L322>
  321: goto +179 <L501>
L322:
  322: r1 = r6
  323: r2 = r7
  324: r3 = r10
  325: r3 += -136
  326: r4 = 2
  327: call bpf_skb_load_bytes#26
  328: if r0 != 0x0 goto +235 <L564>
  329: r8 = *(u8 *)(r10 -136)
  330: r1 = *(u8 *)(r10 -135)
  331: r1 += 1
  332: r1 <<= 3
  333: r7 += r1
  334: goto +25 <L360>
L335:
  335: r1 = r6
  336: r2 = r7
  337: r3 = r10
  338: r3 += -136
  339: r4 = 2
  340: call bpf_skb_load_bytes#26
  341: if r0 != 0x0 goto +222 <L564>
  342: r8 = *(u8 *)(r10 -136)
  343: r1 = *(u8 *)(r10 -135)
  344: r1 += 2
  345: r1 <<= 2
  346: r7 += r1
  347: goto +12 <L360>
L348:
  348: r1 = r6
  349: r2 = r7
  350: r3 = r10
  351: r3 += -136
  352: r4 = 4
  353: call bpf_skb_load_bytes#26
  354: if r0 != 0x0 goto +209 <L564>
  355: r8 = *(u8 *)(r10 -136)
  356: r1 = *(u16 *)(r10 -134)
  357: r1 &= 63743
  358: if r1 != 0x0 goto +204 <L563>
  359: r7 += 8
L360:
  360: if r8 == 0x2c goto +32 <L393>
  361: if r8 == 0x33 goto +18 <L380>
  362: if r8 == 0x0 goto +4 <L367>
  363: if r8 == 0x2b goto +3 <L367>
  364: if r8 == 0x3c goto +2 <L367>
  365: if r8 == 0x87 goto +1 <L367>
  366: goto +134 <L501>
L367:
  367: r1 = r6
  368: r2 = r7
  369: r3 = r10
  370: r3 += -136
  371: r4 = 2
  372: call bpf_skb_load_bytes#26
  373: if r0 != 0x0 goto +190 <L564>
  374: r8 = *(u8 *)(r10 -136)
  375: r1 = *(u8 *)(r10 -135)
  376: r1 += 1
  377: r1 <<= 3
  378: r7 += r1
  379: goto +25 <L405>
L380:
  380: r1 = r6
  381: r2 = r7
  382: r3 = r10
  383: r3 += -136
  384: r4 = 2
  385: call bpf_skb_load_bytes#26
  386: if r0 != 0x0 goto +177 <L564>
  387: r8 = *(u8 *)(r10 -136)
  388: r1 = *(u8 *)(r10 -135)
  389: r1 += 2
  390: r1 <<= 2
  391: r7 += r1
  392: goto +12 <L405>
L393:
  393: r1 = r6
  394: r2 = r7
  395: r3 = r10
  396: r3 += -136
  397: r4 = 4
  398: call bpf_skb_load_bytes#26
  399: if r0 != 0x0 goto +164 <L564>
  400: r8 = *(u8 *)(r10 -136)
  401: r1 = *(u16 *)(r10 -134)
  402: r1 &= 63743
  403: if r1 != 0x0 goto +159 <L563>
  404: r7 += 8
L405:
  405: if r8 == 0x2c goto +32 <L438>
  406: if r8 == 0x33 goto +18 <L425>
  407: if r8 == 0x0 goto +4 <L412>
  408: if r8 == 0x2b goto +3 <L412>
  409: if r8 == 0x3c goto +2 <L412>
  410: if r8 == 0x87 goto +1 <L412>
  411: goto +89 <L501>
L412:
  412: r1 = r6
  413: r2 = r7
  414: r3 = r10
  415: r3 += -136
  416: r4 = 2
  417: call bpf_skb_load_bytes#26
  418: if r0 != 0x0 goto +145 <L564>
  419: r8 = *(u8 *)(r10 -136)
  420: r1 = *(u8 *)(r10 -135)
  421: r1 += 1
  422: r1 <<= 3
  423: r7 += r1
  424: goto +25 <L450>
L425:
  425: r1 = r6
  426: r2 = r7
  427: r3 = r10
  428: r3 += -136
  429: r4 = 2
  430: call bpf_skb_load_bytes#26
  431: if r0 != 0x0 goto +132 <L564>
  432: r8 = *(u8 *)(r10 -136)
  433: r1 = *(u8 *)(r10 -135)
  434: r1 += 2
  435: r1 <<= 2
  436: r7 += r1
  437: goto +12 <L450>
L438:
  438: r1 = r6
  439: r2 = r7
  440: r3 = r10
  441: r3 += -136
  442: r4 = 4
  443: call bpf_skb_load_bytes#26
  444: if r0 != 0x0 goto +119 <L564>
  445: r8 = *(u8 *)(r10 -136)
  446: r1 = *(u16 *)(r10 -134)
  447: r1 &= 63743
  448: if r1 != 0x0 goto +114 <L563>
  449: r7 += 8
L450:
  450: if r8 == 0x2c goto +32 <L483>
  451: if r8 == 0x33 goto +18 <L470>
  452: if r8 == 0x0 goto +4 <L457>
  453: if r8 == 0x2b goto +3 <L457>
  454: if r8 == 0x3c goto +2 <L457>
  455: if r8 == 0x87 goto +1 <L457>
  456: goto +44 <L501>
L457:
  457: r1 = r6
  458: r2 = r7
  459: r3 = r10
  460: r3 += -136
  461: r4 = 2
  462: call bpf_skb_load_bytes#26
  463: if r0 != 0x0 goto +100 <L564>
  464: r8 = *(u8 *)(r10 -136)
  465: r1 = *(u8 *)(r10 -135)
  466: r1 += 1
  467: r1 <<= 3
  468: r7 += r1
  469: goto +25 <L495>
L470:
  470: r1 = r6
  471: r2 = r7
  472: r3 = r10
  473: r3 += -136
  474: r4 = 2
  475: call bpf_skb_load_bytes#26
  476: if r0 != 0x0 goto +87 <L564>
  477: r8 = *(u8 *)(r10 -136)
  478: r1 = *(u8 *)(r10 -135)
  479: r1 += 2
  480: r1 <<= 2
  481: r7 += r1
  482: goto +12 <L495>
L483:
  483: r1 = r6
  484: r2 = r7
  485: r3 = r10
  486: r3 += -136
  487: r4 = 4
  488: call bpf_skb_load_bytes#26
  489: if r0 != 0x0 goto +74 <L564>
  490: r8 = *(u8 *)(r10 -136)
  491: r1 = *(u16 *)(r10 -134)
  492: r1 &= 63743
  493: if r1 != 0x0 goto +69 <L563>
  494: r7 += 8
L495:
  495: if r8 == 0x0 goto +68 <L564>
  496: if r8 == 0x2b goto +67 <L564>
  497: if r8 == 0x2c goto +66 <L564>
  498: if r8 == 0x33 goto +65 <L564>
  499: if r8 == 0x3c goto +64 <L564>
  500: if r8 == 0x87 goto +63 <L564>
L501:
  501: *(u64 *)(r10 -16) = r8
  502: if r8 == 0x6 goto +4 <L507>
  503: if r8 == 0x11 goto +20 <L524>
  504: if r8 == 0x1 goto +36 <L541>
  505: if r8 == 0x3a goto +46 <L552>
  506: goto +57 <L564>
L507:
  507: r1 = r6
  508: r2 = r7
  509: r3 = r10
  510: r3 += -136
  511: r4 = 20
  512: call bpf_skb_load_bytes#26
  513: if r0 != 0x0 goto +50 <L564>
  514: r0 = r10
  515: r0 += -136
  516: *(u64 *)(r10 -24) = 6
  517: r1 = *(u16 *)(r0 +0)
  518: r1 = be16 r1
  519: *(u64 *)(r10 -80) = r1
  520: r1 = *(u16 *)(r0 +2)
  521: r1 = be16 r1
  522: *(u64 *)(r10 -88) = r1
  523: goto +40 <L564>
L524:
  524: r1 = r6
  525: r2 = r7
  526: r3 = r10
  527: r3 += -136
  528: r4 = 8
  529: call bpf_skb_load_bytes#26
  530: if r0 != 0x0 goto +33 <L564>
  531: r0 = r10
  532: r0 += -136
  533: *(u64 *)(r10 -24) = 17
  534: r1 = *(u16 *)(r0 +0)
  535: r1 = be16 r1
  536: *(u64 *)(r10 -80) = r1
  537: r1 = *(u16 *)(r0 +2)
  538: r1 = be16 r1
  539: *(u64 *)(r10 -88) = r1
  540: goto +23 <L564>
L541:
  541: r1 = r6
  542: r2 = r7
  543: r3 = r10
  544: r3 += -136
  545: r4 = 8
  546: call bpf_skb_load_bytes#26
  547: if r0 != 0x0 goto +16 <L564>
  548: r0 = r10
  549: r0 += -136
  550: *(u64 *)(r10 -24) = 1
  551: goto +12 <L564>
L552:
  552: r1 = r6
  553: r2 = r7
  554: r3 = r10
  555: r3 += -136
  556: r4 = 8
  557: call bpf_skb_load_bytes#26
  558: if r0 != 0x0 goto +5 <L564>
  559: r0 = r10
  560: r0 += -136
  561: *(u64 *)(r10 -24) = 58
  562: goto +1 <L564>
L563:
  563: *(u64 *)(r10 -16) = r8
L564:
  564: r1 = *(u64 *)(r10 -24)
  565: if r1 == 0x6 goto +1 <L567>
  566: if r1 != 0x11 goto +37 <L604>
L567:
  567: r5 = 0x9e3779b97f4a7c15 ll
  569: r4 = 0
  570: r1 = *(u64 *)(r10 -8)
  571: if r1 == 0x6 goto +9 <L581>
  572: r1 = *(u64 *)(r10 -32)
  573: r1 <<= 32
  574: r1 >>= 32
  575: r2 = *(u64 *)(r10 -40)
  576: r2 <<= 32
  577: r1 |= r2
  578: r4 ^= r1
  579: r4 *= r5
  580: goto +12 <L593>
L581:
  581: r1 = *(u64 *)(r10 -56)
  582: r4 ^= r1
  583: r4 *= r5
  584: r1 = *(u64 *)(r10 -48)
  585: r4 ^= r1
  586: r4 *= r5
  587: r1 = *(u64 *)(r10 -72)
  588: r4 ^= r1
  589: r4 *= r5
  590: r1 = *(u64 *)(r10 -64)
  591: r4 ^= r1
  592: r4 *= r5
L593:
  593: r1 = *(u64 *)(r10 -80)
  594: r1 <<= 16
  595: r2 = *(u64 *)(r10 -88)
  596: r1 |= r2
  597: r2 = *(u64 *)(r10 -16)
  598: r2 <<= 32
  599: r1 |= r2
  600: r4 ^= r1
  601: r4 *= r5
  602: r4 >>= 32
  603: *(u64 *)(r10 -104) = r4
L604:
  604: r7 = *(u64 *)(r10 -96)
  605: r8 = *(u64 *)(r10 -24)
  606: r9 = *(u64 *)(r10 -88)
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
  607: if w7 == 0x7 goto +11 <L619>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
  608: if w7 <= 0x3e8 goto +12 <L621>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
  609: call bpf_get_prandom_u32#7
  610: if w0 < 0x20000000 goto +12 <L623>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
  611: if w9 == 0x50 goto +2 <L614>
; policy — no rule matched (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L612:
  612: *(u32 *)(r10 -112) = 4
  613: goto +13 <L627>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L614:
  614: r1 = *(u64 *)(r10 -104)
  615: w2 = -2147483648
  616: if r1 >= r2 goto -5 <L612>
  617: if w8 == 0x6 goto +7 <L625>
  618: goto -7 <L612>
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
L619:
  619: *(u32 *)(r10 -112) = 0
  620: goto +36 <L657>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
L621:
  621: *(u32 *)(r10 -112) = 1
  622: goto +19 <L642>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
L623:
  623: *(u32 *)(r10 -112) = 2
  624: goto +32 <L657>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L625:
  625: *(u32 *)(r10 -112) = 3
  626: goto +15 <L642>
; shared code: counters and verdicts (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L627:
  627: r2 = r10
  628: r2 += -112
  629: r1 = map[tc_has_ctr] ll
  631: call bpf_map_lookup_elem#1
  632: if r0 == 0x0 goto +7 <L640>
  633: r1 = *(u64 *)(r0 +0)
  634: r1 += 1
  635: *(u64 *)(r0 +0) = r1
  636: r2 = *(u32 *)(r6 +0)
  637: r1 = *(u64 *)(r0 +8)
  638: r1 += r2
  639: *(u64 *)(r0 +8) = r1
L640:
  640: r0 = -1
  641: exit
L642:
  642: r2 = r10
  643: r2 += -112
  644: r1 = map[tc_has_ctr] ll
  646: call bpf_map_lookup_elem#1
  647: if r0 == 0x0 goto +7 <L655>
  648: r1 = *(u64 *)(r0 +0)
  649: r1 += 1
  650: *(u64 *)(r0 +0) = r1
  651: r2 = *(u32 *)(r6 +0)
  652: r1 = *(u64 *)(r0 +8)
  653: r1 += r2
  654: *(u64 *)(r0 +8) = r1
L655:
  655: r0 = 0
  656: exit
L657:
  657: r2 = r10
  658: r2 += -112
  659: r1 = map[tc_has_ctr] ll
  661: call bpf_map_lookup_elem#1
  662: if r0 == 0x0 goto +7 <L670>
  663: r1 = *(u64 *)(r0 +0)
  664: r1 += 1
  665: *(u64 *)(r0 +0) = r1
  666: r2 = *(u32 *)(r6 +0)
  667: r1 = *(u64 *)(r0 +8)
  668: r1 += r2
  669: *(u64 *)(r0 +8) = r1
L670:
  670: r0 = 2
  671: exit
