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
  insns    676

  map         type          key  value  max_entries  flags  elements  role
  tc_has_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/tc-egress-hash.bfr:2: chain tc_hash BF_HOOK_TC_EGRESS NEXT
    0: r6 = r1
    1: r1 = r6
    2: call bpf_get_hash_recalc#34
    3: w0 = w0
    4: *(u64 *)(r10 -96) = r0
    5: r1 = *(u32 *)(r6 +0)
    6: *(u64 *)(r10 -112) = r1
    7: r2 = *(u32 *)(r6 +76)
    8: r3 = *(u32 *)(r6 +80)
    9: *(u64 *)(r10 -16) = 256
   10: *(u64 *)(r10 -24) = 256
   11: *(u64 *)(r10 -80) = 65536
   12: *(u64 *)(r10 -88) = 65536
   13: *(u64 *)(r10 -8) = 0
   14: *(u64 *)(r10 -56) = 0
   15: *(u64 *)(r10 -48) = 0
   16: *(u64 *)(r10 -72) = 0
   17: *(u64 *)(r10 -64) = 0
   18: r1 = 0x100000000 ll
   20: *(u64 *)(r10 -32) = r1
   21: *(u64 *)(r10 -40) = r1
   22: *(u64 *)(r10 -104) = r1
   23: r4 = r2
   24: r4 += 14
   25: if r4 > r3 goto +542 <L568>
   26: r1 = *(u16 *)(r2 +12)
   27: if r1 == 0x81 goto +1 <L29>
   28: if r1 != 0xa888 goto +12 <L41>
L29:
   29: r0 = r4
   30: r0 += 4
   31: if r0 > r3 goto +536 <L568>
   32: r1 = *(u16 *)(r4 +2)
   33: r4 = r0
   34: if r1 == 0x81 goto +1 <L36>
   35: if r1 != 0xa888 goto +5 <L41>
L36:
   36: r0 = r4
   37: r0 += 4
   38: if r0 > r3 goto +529 <L568>
   39: r1 = *(u16 *)(r4 +2)
   40: r4 = r0
L41:
   41: if r1 == 0x8 goto +2 <L44>
   42: if r1 == 0xdd86 goto +30 <L73>
   43: goto +524 <L568>
L44:
   44: r0 = r4
   45: r0 += 20
   46: if r0 > r3 goto +521 <L568>
   47: r1 = *(u8 *)(r4 +0)
   48: r0 = r1
   49: r0 &= 240
   50: if r0 != 0x40 goto +517 <L568>
   51: r5 = r1
   52: r5 &= 15
   53: if r5 < 0x5 goto +514 <L568>
   54: *(u64 *)(r10 -8) = 4
   55: r1 = *(u32 *)(r4 +12)
   56: r1 <<= 32
   57: r1 s>>= 32
   58: *(u64 *)(r10 -32) = r1
   59: r1 = *(u32 *)(r4 +16)
   60: r1 <<= 32
   61: r1 s>>= 32
   62: *(u64 *)(r10 -40) = r1
   63: r1 = *(u8 *)(r4 +9)
   64: *(u64 *)(r10 -16) = r1
   65: r0 = *(u16 *)(r4 +6)
   66: r0 &= 65311
   67: if r0 != 0x0 goto +500 <L568>
   68: r5 <<= 2
   69: r0 = r4
   70: r0 += r5
   71: r5 = r0
   72: goto +25 <L98>
L73:
   73: r0 = r4
   74: r0 += 40
   75: if r0 > r3 goto +492 <L568>
   76: r5 = r0
   77: r1 = *(u8 *)(r4 +0)
   78: r1 &= 240
   79: if r1 != 0x60 goto +488 <L568>
   80: *(u64 *)(r10 -8) = 6
   81: r1 = *(u64 *)(r4 +8)
   82: *(u64 *)(r10 -56) = r1
   83: r1 = *(u64 *)(r4 +16)
   84: *(u64 *)(r10 -48) = r1
   85: r1 = *(u64 *)(r4 +24)
   86: *(u64 *)(r10 -72) = r1
   87: r1 = *(u64 *)(r4 +32)
   88: *(u64 *)(r10 -64) = r1
   89: r1 = *(u8 *)(r4 +6)
   90: if r1 == 0x0 goto +44 <L135>
   91: if r1 == 0x2b goto +43 <L135>
   92: if r1 == 0x2c goto +42 <L135>
   93: if r1 == 0x33 goto +41 <L135>
   94: if r1 == 0x3c goto +40 <L135>
   95: if r1 == 0x87 goto +39 <L135>
   96: *(u64 *)(r10 -16) = r1
   97: goto +0 <L98>
L98:
   98: if r1 == 0x6 goto +4 <L103>
   99: if r1 == 0x11 goto +14 <L114>
  100: if r1 == 0x1 goto +24 <L125>
  101: if r1 == 0x3a goto +28 <L130>
  102: goto +465 <L568>
L103:
  103: r0 = r5
  104: r0 += 20
  105: if r0 > r3 goto +462 <L568>
  106: *(u64 *)(r10 -24) = 6
  107: r1 = *(u16 *)(r5 +0)
  108: r1 = be16 r1
  109: *(u64 *)(r10 -80) = r1
  110: r1 = *(u16 *)(r5 +2)
  111: r1 = be16 r1
  112: *(u64 *)(r10 -88) = r1
  113: goto +454 <L568>
L114:
  114: r0 = r5
  115: r0 += 8
  116: if r0 > r3 goto +451 <L568>
  117: *(u64 *)(r10 -24) = 17
  118: r1 = *(u16 *)(r5 +0)
  119: r1 = be16 r1
  120: *(u64 *)(r10 -80) = r1
  121: r1 = *(u16 *)(r5 +2)
  122: r1 = be16 r1
  123: *(u64 *)(r10 -88) = r1
  124: goto +443 <L568>
L125:
  125: r0 = r5
  126: r0 += 8
  127: if r0 > r3 goto +440 <L568>
  128: *(u64 *)(r10 -24) = 1
  129: goto +438 <L568>
L130:
  130: r0 = r5
  131: r0 += 8
  132: if r0 > r3 goto +435 <L568>
  133: *(u64 *)(r10 -24) = 58
  134: goto +433 <L568>
L135:
  135: r7 = r5
  136: r7 -= r2
  137: r8 = r1
  138: if r8 == 0x2c goto +32 <L171>
  139: if r8 == 0x33 goto +18 <L158>
  140: if r8 == 0x0 goto +4 <L145>
  141: if r8 == 0x2b goto +3 <L145>
  142: if r8 == 0x3c goto +2 <L145>
  143: if r8 == 0x87 goto +1 <L145>
  144: goto +359 <L504>
L145:
  145: r1 = r6
  146: r2 = r7
  147: r3 = r10
  148: r3 += -144
  149: r4 = 2
  150: call bpf_skb_load_bytes#26
  151: if r0 != 0x0 goto +415 <L567>
  152: r8 = *(u8 *)(r10 -144)
  153: r1 = *(u8 *)(r10 -143)
  154: r1 += 1
  155: r1 <<= 3
  156: r7 += r1
  157: goto +25 <L183>
L158:
  158: r1 = r6
  159: r2 = r7
  160: r3 = r10
  161: r3 += -144
  162: r4 = 2
  163: call bpf_skb_load_bytes#26
  164: if r0 != 0x0 goto +402 <L567>
  165: r8 = *(u8 *)(r10 -144)
  166: r1 = *(u8 *)(r10 -143)
  167: r1 += 2
  168: r1 <<= 2
  169: r7 += r1
  170: goto +12 <L183>
L171:
  171: r1 = r6
  172: r2 = r7
  173: r3 = r10
  174: r3 += -144
  175: r4 = 4
  176: call bpf_skb_load_bytes#26
  177: if r0 != 0x0 goto +389 <L567>
  178: r8 = *(u8 *)(r10 -144)
  179: r1 = *(u16 *)(r10 -142)
  180: r1 &= 63743
  181: if r1 != 0x0 goto +384 <L566>
  182: r7 += 8
L183:
  183: if r8 == 0x2c goto +32 <L216>
  184: if r8 == 0x33 goto +18 <L203>
  185: if r8 == 0x0 goto +4 <L190>
  186: if r8 == 0x2b goto +3 <L190>
  187: if r8 == 0x3c goto +2 <L190>
  188: if r8 == 0x87 goto +1 <L190>
  189: goto +314 <L504>
L190:
  190: r1 = r6
  191: r2 = r7
  192: r3 = r10
  193: r3 += -144
  194: r4 = 2
  195: call bpf_skb_load_bytes#26
  196: if r0 != 0x0 goto +370 <L567>
  197: r8 = *(u8 *)(r10 -144)
  198: r1 = *(u8 *)(r10 -143)
  199: r1 += 1
  200: r1 <<= 3
  201: r7 += r1
  202: goto +25 <L228>
L203:
  203: r1 = r6
  204: r2 = r7
  205: r3 = r10
  206: r3 += -144
  207: r4 = 2
  208: call bpf_skb_load_bytes#26
  209: if r0 != 0x0 goto +357 <L567>
  210: r8 = *(u8 *)(r10 -144)
  211: r1 = *(u8 *)(r10 -143)
  212: r1 += 2
  213: r1 <<= 2
  214: r7 += r1
  215: goto +12 <L228>
L216:
  216: r1 = r6
  217: r2 = r7
  218: r3 = r10
  219: r3 += -144
  220: r4 = 4
  221: call bpf_skb_load_bytes#26
  222: if r0 != 0x0 goto +344 <L567>
  223: r8 = *(u8 *)(r10 -144)
  224: r1 = *(u16 *)(r10 -142)
  225: r1 &= 63743
  226: if r1 != 0x0 goto +339 <L566>
  227: r7 += 8
L228:
  228: if r8 == 0x2c goto +32 <L261>
  229: if r8 == 0x33 goto +18 <L248>
  230: if r8 == 0x0 goto +4 <L235>
  231: if r8 == 0x2b goto +3 <L235>
  232: if r8 == 0x3c goto +2 <L235>
  233: if r8 == 0x87 goto +1 <L235>
  234: goto +269 <L504>
L235:
  235: r1 = r6
  236: r2 = r7
  237: r3 = r10
  238: r3 += -144
  239: r4 = 2
  240: call bpf_skb_load_bytes#26
  241: if r0 != 0x0 goto +325 <L567>
  242: r8 = *(u8 *)(r10 -144)
  243: r1 = *(u8 *)(r10 -143)
  244: r1 += 1
  245: r1 <<= 3
  246: r7 += r1
  247: goto +25 <L273>
L248:
  248: r1 = r6
  249: r2 = r7
  250: r3 = r10
  251: r3 += -144
  252: r4 = 2
  253: call bpf_skb_load_bytes#26
  254: if r0 != 0x0 goto +312 <L567>
  255: r8 = *(u8 *)(r10 -144)
  256: r1 = *(u8 *)(r10 -143)
  257: r1 += 2
  258: r1 <<= 2
  259: r7 += r1
  260: goto +12 <L273>
L261:
  261: r1 = r6
  262: r2 = r7
  263: r3 = r10
  264: r3 += -144
  265: r4 = 4
  266: call bpf_skb_load_bytes#26
  267: if r0 != 0x0 goto +299 <L567>
  268: r8 = *(u8 *)(r10 -144)
  269: r1 = *(u16 *)(r10 -142)
  270: r1 &= 63743
  271: if r1 != 0x0 goto +294 <L566>
  272: r7 += 8
L273:
  273: if r8 == 0x2c goto +32 <L306>
  274: if r8 == 0x33 goto +18 <L293>
  275: if r8 == 0x0 goto +4 <L280>
  276: if r8 == 0x2b goto +3 <L280>
  277: if r8 == 0x3c goto +2 <L280>
  278: if r8 == 0x87 goto +1 <L280>
  279: goto +224 <L504>
L280:
  280: r1 = r6
  281: r2 = r7
  282: r3 = r10
  283: r3 += -144
  284: r4 = 2
  285: call bpf_skb_load_bytes#26
  286: if r0 != 0x0 goto +280 <L567>
  287: r8 = *(u8 *)(r10 -144)
  288: r1 = *(u8 *)(r10 -143)
  289: r1 += 1
  290: r1 <<= 3
  291: r7 += r1
  292: goto +25 <L318>
L293:
  293: r1 = r6
  294: r2 = r7
  295: r3 = r10
  296: r3 += -144
  297: r4 = 2
  298: call bpf_skb_load_bytes#26
  299: if r0 != 0x0 goto +267 <L567>
  300: r8 = *(u8 *)(r10 -144)
  301: r1 = *(u8 *)(r10 -143)
  302: r1 += 2
  303: r1 <<= 2
  304: r7 += r1
  305: goto +12 <L318>
L306:
  306: r1 = r6
  307: r2 = r7
  308: r3 = r10
  309: r3 += -144
  310: r4 = 4
  311: call bpf_skb_load_bytes#26
  312: if r0 != 0x0 goto +254 <L567>
  313: r8 = *(u8 *)(r10 -144)
  314: r1 = *(u16 *)(r10 -142)
  315: r1 &= 63743
  316: if r1 != 0x0 goto +249 <L566>
  317: r7 += 8
L318:
  318: if r8 == 0x2c goto +32 <L351>
  319: if r8 == 0x33 goto +18 <L338>
  320: if r8 == 0x0 goto +4 <L325>
  321: if r8 == 0x2b goto +3 <L325>
  322: if r8 == 0x3c goto +2 <L325>
  323: if r8 == 0x87 goto +1 <L325>
  324: goto +179 <L504>
L325:
  325: r1 = r6
  326: r2 = r7
  327: r3 = r10
  328: r3 += -144
  329: r4 = 2
  330: call bpf_skb_load_bytes#26
  331: if r0 != 0x0 goto +235 <L567>
  332: r8 = *(u8 *)(r10 -144)
  333: r1 = *(u8 *)(r10 -143)
  334: r1 += 1
  335: r1 <<= 3
  336: r7 += r1
  337: goto +25 <L363>
L338:
  338: r1 = r6
  339: r2 = r7
  340: r3 = r10
  341: r3 += -144
  342: r4 = 2
  343: call bpf_skb_load_bytes#26
  344: if r0 != 0x0 goto +222 <L567>
  345: r8 = *(u8 *)(r10 -144)
  346: r1 = *(u8 *)(r10 -143)
  347: r1 += 2
  348: r1 <<= 2
  349: r7 += r1
  350: goto +12 <L363>
L351:
  351: r1 = r6
  352: r2 = r7
  353: r3 = r10
  354: r3 += -144
  355: r4 = 4
  356: call bpf_skb_load_bytes#26
  357: if r0 != 0x0 goto +209 <L567>
  358: r8 = *(u8 *)(r10 -144)
  359: r1 = *(u16 *)(r10 -142)
  360: r1 &= 63743
  361: if r1 != 0x0 goto +204 <L566>
  362: r7 += 8
L363:
  363: if r8 == 0x2c goto +32 <L396>
  364: if r8 == 0x33 goto +18 <L383>
  365: if r8 == 0x0 goto +4 <L370>
  366: if r8 == 0x2b goto +3 <L370>
  367: if r8 == 0x3c goto +2 <L370>
  368: if r8 == 0x87 goto +1 <L370>
  369: goto +134 <L504>
L370:
  370: r1 = r6
  371: r2 = r7
  372: r3 = r10
  373: r3 += -144
  374: r4 = 2
  375: call bpf_skb_load_bytes#26
  376: if r0 != 0x0 goto +190 <L567>
  377: r8 = *(u8 *)(r10 -144)
  378: r1 = *(u8 *)(r10 -143)
  379: r1 += 1
  380: r1 <<= 3
  381: r7 += r1
  382: goto +25 <L408>
L383:
  383: r1 = r6
  384: r2 = r7
  385: r3 = r10
  386: r3 += -144
  387: r4 = 2
  388: call bpf_skb_load_bytes#26
  389: if r0 != 0x0 goto +177 <L567>
  390: r8 = *(u8 *)(r10 -144)
  391: r1 = *(u8 *)(r10 -143)
  392: r1 += 2
  393: r1 <<= 2
  394: r7 += r1
  395: goto +12 <L408>
L396:
  396: r1 = r6
  397: r2 = r7
  398: r3 = r10
  399: r3 += -144
  400: r4 = 4
  401: call bpf_skb_load_bytes#26
  402: if r0 != 0x0 goto +164 <L567>
  403: r8 = *(u8 *)(r10 -144)
  404: r1 = *(u16 *)(r10 -142)
  405: r1 &= 63743
  406: if r1 != 0x0 goto +159 <L566>
  407: r7 += 8
L408:
  408: if r8 == 0x2c goto +32 <L441>
  409: if r8 == 0x33 goto +18 <L428>
  410: if r8 == 0x0 goto +4 <L415>
  411: if r8 == 0x2b goto +3 <L415>
  412: if r8 == 0x3c goto +2 <L415>
  413: if r8 == 0x87 goto +1 <L415>
  414: goto +89 <L504>
L415:
  415: r1 = r6
  416: r2 = r7
  417: r3 = r10
  418: r3 += -144
  419: r4 = 2
  420: call bpf_skb_load_bytes#26
  421: if r0 != 0x0 goto +145 <L567>
  422: r8 = *(u8 *)(r10 -144)
  423: r1 = *(u8 *)(r10 -143)
  424: r1 += 1
  425: r1 <<= 3
  426: r7 += r1
  427: goto +25 <L453>
L428:
  428: r1 = r6
  429: r2 = r7
  430: r3 = r10
  431: r3 += -144
  432: r4 = 2
  433: call bpf_skb_load_bytes#26
  434: if r0 != 0x0 goto +132 <L567>
  435: r8 = *(u8 *)(r10 -144)
  436: r1 = *(u8 *)(r10 -143)
  437: r1 += 2
  438: r1 <<= 2
  439: r7 += r1
  440: goto +12 <L453>
L441:
  441: r1 = r6
  442: r2 = r7
  443: r3 = r10
  444: r3 += -144
  445: r4 = 4
  446: call bpf_skb_load_bytes#26
  447: if r0 != 0x0 goto +119 <L567>
  448: r8 = *(u8 *)(r10 -144)
  449: r1 = *(u16 *)(r10 -142)
  450: r1 &= 63743
  451: if r1 != 0x0 goto +114 <L566>
  452: r7 += 8
L453:
  453: if r8 == 0x2c goto +32 <L486>
  454: if r8 == 0x33 goto +18 <L473>
  455: if r8 == 0x0 goto +4 <L460>
  456: if r8 == 0x2b goto +3 <L460>
  457: if r8 == 0x3c goto +2 <L460>
  458: if r8 == 0x87 goto +1 <L460>
  459: goto +44 <L504>
L460:
  460: r1 = r6
  461: r2 = r7
  462: r3 = r10
  463: r3 += -144
  464: r4 = 2
  465: call bpf_skb_load_bytes#26
  466: if r0 != 0x0 goto +100 <L567>
  467: r8 = *(u8 *)(r10 -144)
  468: r1 = *(u8 *)(r10 -143)
  469: r1 += 1
  470: r1 <<= 3
  471: r7 += r1
  472: goto +25 <L498>
L473:
  473: r1 = r6
  474: r2 = r7
  475: r3 = r10
  476: r3 += -144
  477: r4 = 2
  478: call bpf_skb_load_bytes#26
  479: if r0 != 0x0 goto +87 <L567>
  480: r8 = *(u8 *)(r10 -144)
  481: r1 = *(u8 *)(r10 -143)
  482: r1 += 2
  483: r1 <<= 2
  484: r7 += r1
  485: goto +12 <L498>
L486:
  486: r1 = r6
  487: r2 = r7
  488: r3 = r10
  489: r3 += -144
  490: r4 = 4
  491: call bpf_skb_load_bytes#26
  492: if r0 != 0x0 goto +74 <L567>
  493: r8 = *(u8 *)(r10 -144)
  494: r1 = *(u16 *)(r10 -142)
  495: r1 &= 63743
  496: if r1 != 0x0 goto +69 <L566>
  497: r7 += 8
L498:
  498: if r8 == 0x0 goto +68 <L567>
  499: if r8 == 0x2b goto +67 <L567>
  500: if r8 == 0x2c goto +66 <L567>
  501: if r8 == 0x33 goto +65 <L567>
  502: if r8 == 0x3c goto +64 <L567>
  503: if r8 == 0x87 goto +63 <L567>
L504:
  504: *(u64 *)(r10 -16) = r8
  505: if r8 == 0x6 goto +4 <L510>
  506: if r8 == 0x11 goto +20 <L527>
  507: if r8 == 0x1 goto +36 <L544>
  508: if r8 == 0x3a goto +46 <L555>
  509: goto +58 <L568>
L510:
  510: r1 = r6
  511: r2 = r7
  512: r3 = r10
  513: r3 += -144
  514: r4 = 20
  515: call bpf_skb_load_bytes#26
  516: if r0 != 0x0 goto +51 <L568>
  517: r0 = r10
  518: r0 += -144
  519: *(u64 *)(r10 -24) = 6
  520: r1 = *(u16 *)(r0 +0)
  521: r1 = be16 r1
  522: *(u64 *)(r10 -80) = r1
  523: r1 = *(u16 *)(r0 +2)
  524: r1 = be16 r1
  525: *(u64 *)(r10 -88) = r1
  526: goto +41 <L568>
L527:
  527: r1 = r6
  528: r2 = r7
  529: r3 = r10
  530: r3 += -144
  531: r4 = 8
  532: call bpf_skb_load_bytes#26
  533: if r0 != 0x0 goto +34 <L568>
  534: r0 = r10
  535: r0 += -144
  536: *(u64 *)(r10 -24) = 17
  537: r1 = *(u16 *)(r0 +0)
  538: r1 = be16 r1
  539: *(u64 *)(r10 -80) = r1
  540: r1 = *(u16 *)(r0 +2)
  541: r1 = be16 r1
  542: *(u64 *)(r10 -88) = r1
  543: goto +24 <L568>
L544:
  544: r1 = r6
  545: r2 = r7
  546: r3 = r10
  547: r3 += -144
  548: r4 = 8
  549: call bpf_skb_load_bytes#26
  550: if r0 != 0x0 goto +17 <L568>
  551: r0 = r10
  552: r0 += -144
  553: *(u64 *)(r10 -24) = 1
  554: goto +13 <L568>
L555:
  555: r1 = r6
  556: r2 = r7
  557: r3 = r10
  558: r3 += -144
  559: r4 = 8
  560: call bpf_skb_load_bytes#26
  561: if r0 != 0x0 goto +6 <L568>
  562: r0 = r10
  563: r0 += -144
  564: *(u64 *)(r10 -24) = 58
  565: goto +2 <L568>
L566:
  566: *(u64 *)(r10 -16) = r8
L567:
  567: goto +0 <L568>
L568:
  568: r1 = *(u64 *)(r10 -24)
  569: if r1 == 0x6 goto +1 <L571>
  570: if r1 != 0x11 goto +37 <L608>
L571:
  571: r5 = 0x9e3779b97f4a7c15 ll
  573: r4 = 0
  574: r1 = *(u64 *)(r10 -8)
  575: if r1 == 0x6 goto +9 <L585>
  576: r1 = *(u64 *)(r10 -32)
  577: r1 <<= 32
  578: r1 >>= 32
  579: r2 = *(u64 *)(r10 -40)
  580: r2 <<= 32
  581: r1 |= r2
  582: r4 ^= r1
  583: r4 *= r5
  584: goto +12 <L597>
L585:
  585: r1 = *(u64 *)(r10 -56)
  586: r4 ^= r1
  587: r4 *= r5
  588: r1 = *(u64 *)(r10 -48)
  589: r4 ^= r1
  590: r4 *= r5
  591: r1 = *(u64 *)(r10 -72)
  592: r4 ^= r1
  593: r4 *= r5
  594: r1 = *(u64 *)(r10 -64)
  595: r4 ^= r1
  596: r4 *= r5
L597:
  597: r1 = *(u64 *)(r10 -80)
  598: r1 <<= 16
  599: r2 = *(u64 *)(r10 -88)
  600: r1 |= r2
  601: r2 = *(u64 *)(r10 -16)
  602: r2 <<= 32
  603: r1 |= r2
  604: r4 ^= r1
  605: r4 *= r5
  606: r4 >>= 32
  607: *(u64 *)(r10 -104) = r4
L608:
  608: r7 = *(u64 *)(r10 -96)
  609: r8 = *(u64 *)(r10 -24)
  610: r9 = *(u64 *)(r10 -88)
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
  611: if w7 == 0x7 goto +11 <L623>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
  612: if w7 <= 0x3e8 goto +12 <L625>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
  613: call bpf_get_prandom_u32#7
  614: if w0 < 0x20000000 goto +12 <L627>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
  615: if w9 == 0x50 goto +2 <L618>
; policy — no rule matched (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L616:
  616: *(u32 *)(r10 -120) = 4
  617: goto +13 <L631>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L618:
  618: r1 = *(u64 *)(r10 -104)
  619: w2 = -2147483648
  620: if r1 >= r2 goto -5 <L616>
  621: if w8 == 0x6 goto +7 <L629>
  622: goto -7 <L616>
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
L623:
  623: *(u32 *)(r10 -120) = 0
  624: goto +36 <L661>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
L625:
  625: *(u32 *)(r10 -120) = 1
  626: goto +19 <L646>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
L627:
  627: *(u32 *)(r10 -120) = 2
  628: goto +32 <L661>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L629:
  629: *(u32 *)(r10 -120) = 3
  630: goto +15 <L646>
; shared code, entered from several rules (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L631:
  631: r2 = r10
  632: r2 += -120
  633: r1 = map[tc_has_ctr] ll
  635: call bpf_map_lookup_elem#1
  636: if r0 == 0x0 goto +7 <L644>
  637: r1 = *(u64 *)(r0 +0)
  638: r1 += 1
  639: *(u64 *)(r0 +0) = r1
  640: r1 = *(u64 *)(r0 +8)
  641: r2 = *(u64 *)(r10 -112)
  642: r1 += r2
  643: *(u64 *)(r0 +8) = r1
L644:
  644: r0 = -1
  645: exit
L646:
  646: r2 = r10
  647: r2 += -120
  648: r1 = map[tc_has_ctr] ll
  650: call bpf_map_lookup_elem#1
  651: if r0 == 0x0 goto +7 <L659>
  652: r1 = *(u64 *)(r0 +0)
  653: r1 += 1
  654: *(u64 *)(r0 +0) = r1
  655: r1 = *(u64 *)(r0 +8)
  656: r2 = *(u64 *)(r10 -112)
  657: r1 += r2
  658: *(u64 *)(r0 +8) = r1
L659:
  659: r0 = 0
  660: exit
L661:
  661: r2 = r10
  662: r2 += -120
  663: r1 = map[tc_has_ctr] ll
  665: call bpf_map_lookup_elem#1
  666: if r0 == 0x0 goto +7 <L674>
  667: r1 = *(u64 *)(r0 +0)
  668: r1 += 1
  669: *(u64 *)(r0 +0) = r1
  670: r1 = *(u64 *)(r0 +8)
  671: r2 = *(u64 *)(r10 -112)
  672: r1 += r2
  673: *(u64 *)(r0 +8) = r1
L674:
  674: r0 = 2
  675: exit
