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
  insns    684

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
    7: r1 = r3
    8: r1 -= r2
    9: if r1 >= 0x80 goto +9 <L19>
   10: r0 = *(u32 *)(r6 +0)
   11: if r1 >= r0 goto +7 <L19>
   12: r2 = r0
   13: if r2 <= 0x80 goto +1 <L15>
   14: r2 = 128
L15:
   15: r1 = r6
   16: call bpf_skb_pull_data#39
   17: r2 = *(u32 *)(r6 +76)
   18: r3 = *(u32 *)(r6 +80)
L19:
   19: *(u64 *)(r10 -16) = 256
   20: *(u64 *)(r10 -24) = 256
   21: *(u64 *)(r10 -80) = 65536
   22: *(u64 *)(r10 -88) = 65536
   23: *(u64 *)(r10 -8) = 0
   24: *(u64 *)(r10 -56) = 0
   25: *(u64 *)(r10 -48) = 0
   26: *(u64 *)(r10 -72) = 0
   27: *(u64 *)(r10 -64) = 0
   28: r1 = 0x100000000 ll
   30: *(u64 *)(r10 -32) = r1
   31: *(u64 *)(r10 -40) = r1
   32: *(u64 *)(r10 -104) = r1
   33: r4 = r2
   34: r4 += 14
   35: if r4 > r3 goto +540 <L576>
   36: r1 = *(u16 *)(r2 +12)
   37: if r1 == 0x81 goto +1 <L39>
   38: if r1 != 0xa888 goto +12 <L51>
L39:
   39: r0 = r4
   40: r0 += 4
   41: if r0 > r3 goto +534 <L576>
   42: r1 = *(u16 *)(r4 +2)
   43: r4 = r0
   44: if r1 == 0x81 goto +1 <L46>
   45: if r1 != 0xa888 goto +5 <L51>
L46:
   46: r0 = r4
   47: r0 += 4
   48: if r0 > r3 goto +527 <L576>
   49: r1 = *(u16 *)(r4 +2)
   50: r4 = r0
L51:
   51: if r1 == 0x8 goto +2 <L54>
   52: if r1 == 0xdd86 goto +30 <L83>
   53: goto +522 <L576>
L54:
   54: r0 = r4
   55: r0 += 20
   56: if r0 > r3 goto +519 <L576>
   57: r1 = *(u8 *)(r4 +0)
   58: r0 = r1
   59: r0 &= 240
   60: if r0 != 0x40 goto +515 <L576>
   61: r5 = r1
   62: r5 &= 15
   63: if r5 < 0x5 goto +512 <L576>
   64: *(u64 *)(r10 -8) = 4
   65: r1 = *(u32 *)(r4 +12)
   66: r1 <<= 32
   67: r1 s>>= 32
   68: *(u64 *)(r10 -32) = r1
   69: r1 = *(u32 *)(r4 +16)
   70: r1 <<= 32
   71: r1 s>>= 32
   72: *(u64 *)(r10 -40) = r1
   73: r1 = *(u8 *)(r4 +9)
   74: *(u64 *)(r10 -16) = r1
   75: r0 = *(u16 *)(r4 +6)
   76: r0 &= 65311
   77: if r0 != 0x0 goto +498 <L576>
   78: r5 <<= 2
   79: r0 = r4
   80: r0 += r5
   81: r5 = r0
   82: goto +24 <L107>
L83:
   83: r0 = r4
   84: r0 += 40
   85: if r0 > r3 goto +490 <L576>
   86: r5 = r0
   87: r1 = *(u8 *)(r4 +0)
   88: r1 &= 240
   89: if r1 != 0x60 goto +486 <L576>
   90: *(u64 *)(r10 -8) = 6
   91: r1 = *(u64 *)(r4 +8)
   92: *(u64 *)(r10 -56) = r1
   93: r1 = *(u64 *)(r4 +16)
   94: *(u64 *)(r10 -48) = r1
   95: r1 = *(u64 *)(r4 +24)
   96: *(u64 *)(r10 -72) = r1
   97: r1 = *(u64 *)(r4 +32)
   98: *(u64 *)(r10 -64) = r1
   99: r1 = *(u8 *)(r4 +6)
  100: if r1 == 0x0 goto +43 <L144>
  101: if r1 == 0x2b goto +42 <L144>
  102: if r1 == 0x2c goto +41 <L144>
  103: if r1 == 0x33 goto +40 <L144>
  104: if r1 == 0x3c goto +39 <L144>
  105: if r1 == 0x87 goto +38 <L144>
  106: *(u64 *)(r10 -16) = r1
L107:
  107: if r1 == 0x6 goto +4 <L112>
  108: if r1 == 0x11 goto +14 <L123>
  109: if r1 == 0x1 goto +24 <L134>
  110: if r1 == 0x3a goto +28 <L139>
  111: goto +464 <L576>
L112:
  112: r0 = r5
  113: r0 += 20
  114: if r0 > r3 goto +461 <L576>
  115: *(u64 *)(r10 -24) = 6
  116: r1 = *(u16 *)(r5 +0)
  117: r1 = be16 r1
  118: *(u64 *)(r10 -80) = r1
  119: r1 = *(u16 *)(r5 +2)
  120: r1 = be16 r1
  121: *(u64 *)(r10 -88) = r1
  122: goto +453 <L576>
L123:
  123: r0 = r5
  124: r0 += 8
  125: if r0 > r3 goto +450 <L576>
  126: *(u64 *)(r10 -24) = 17
  127: r1 = *(u16 *)(r5 +0)
  128: r1 = be16 r1
  129: *(u64 *)(r10 -80) = r1
  130: r1 = *(u16 *)(r5 +2)
  131: r1 = be16 r1
  132: *(u64 *)(r10 -88) = r1
  133: goto +442 <L576>
L134:
  134: r0 = r5
  135: r0 += 8
  136: if r0 > r3 goto +439 <L576>
  137: *(u64 *)(r10 -24) = 1
  138: goto +437 <L576>
L139:
  139: r0 = r5
  140: r0 += 8
  141: if r0 > r3 goto +434 <L576>
  142: *(u64 *)(r10 -24) = 58
  143: goto +432 <L576>
L144:
  144: r7 = r5
  145: r7 -= r2
  146: r8 = r1
  147: if r8 == 0x2c goto +32 <L180>
  148: if r8 == 0x33 goto +18 <L167>
  149: if r8 == 0x0 goto +4 <L154>
  150: if r8 == 0x2b goto +3 <L154>
  151: if r8 == 0x3c goto +2 <L154>
  152: if r8 == 0x87 goto +1 <L154>
  153: goto +359 <L513>
L154:
  154: r1 = r6
  155: r2 = r7
  156: r3 = r10
  157: r3 += -136
  158: r4 = 2
  159: call bpf_skb_load_bytes#26
  160: if r0 != 0x0 goto +415 <L576>
  161: r8 = *(u8 *)(r10 -136)
  162: r1 = *(u8 *)(r10 -135)
  163: r1 += 1
  164: r1 <<= 3
  165: r7 += r1
  166: goto +25 <L192>
L167:
  167: r1 = r6
  168: r2 = r7
  169: r3 = r10
  170: r3 += -136
  171: r4 = 2
  172: call bpf_skb_load_bytes#26
  173: if r0 != 0x0 goto +402 <L576>
  174: r8 = *(u8 *)(r10 -136)
  175: r1 = *(u8 *)(r10 -135)
  176: r1 += 2
  177: r1 <<= 2
  178: r7 += r1
  179: goto +12 <L192>
L180:
  180: r1 = r6
  181: r2 = r7
  182: r3 = r10
  183: r3 += -136
  184: r4 = 4
  185: call bpf_skb_load_bytes#26
  186: if r0 != 0x0 goto +389 <L576>
  187: r8 = *(u8 *)(r10 -136)
  188: r1 = *(u16 *)(r10 -134)
  189: r1 &= 63743
  190: if r1 != 0x0 goto +384 <L575>
  191: r7 += 8
L192:
  192: if r8 == 0x2c goto +32 <L225>
  193: if r8 == 0x33 goto +18 <L212>
  194: if r8 == 0x0 goto +4 <L199>
  195: if r8 == 0x2b goto +3 <L199>
  196: if r8 == 0x3c goto +2 <L199>
  197: if r8 == 0x87 goto +1 <L199>
  198: goto +314 <L513>
L199:
  199: r1 = r6
  200: r2 = r7
  201: r3 = r10
  202: r3 += -136
  203: r4 = 2
  204: call bpf_skb_load_bytes#26
  205: if r0 != 0x0 goto +370 <L576>
  206: r8 = *(u8 *)(r10 -136)
  207: r1 = *(u8 *)(r10 -135)
  208: r1 += 1
  209: r1 <<= 3
  210: r7 += r1
  211: goto +25 <L237>
L212:
  212: r1 = r6
  213: r2 = r7
  214: r3 = r10
  215: r3 += -136
  216: r4 = 2
  217: call bpf_skb_load_bytes#26
  218: if r0 != 0x0 goto +357 <L576>
  219: r8 = *(u8 *)(r10 -136)
  220: r1 = *(u8 *)(r10 -135)
  221: r1 += 2
  222: r1 <<= 2
  223: r7 += r1
  224: goto +12 <L237>
L225:
  225: r1 = r6
  226: r2 = r7
  227: r3 = r10
  228: r3 += -136
  229: r4 = 4
  230: call bpf_skb_load_bytes#26
  231: if r0 != 0x0 goto +344 <L576>
  232: r8 = *(u8 *)(r10 -136)
  233: r1 = *(u16 *)(r10 -134)
  234: r1 &= 63743
  235: if r1 != 0x0 goto +339 <L575>
  236: r7 += 8
L237:
  237: if r8 == 0x2c goto +32 <L270>
  238: if r8 == 0x33 goto +18 <L257>
  239: if r8 == 0x0 goto +4 <L244>
  240: if r8 == 0x2b goto +3 <L244>
  241: if r8 == 0x3c goto +2 <L244>
  242: if r8 == 0x87 goto +1 <L244>
  243: goto +269 <L513>
L244:
  244: r1 = r6
  245: r2 = r7
  246: r3 = r10
  247: r3 += -136
  248: r4 = 2
  249: call bpf_skb_load_bytes#26
  250: if r0 != 0x0 goto +325 <L576>
  251: r8 = *(u8 *)(r10 -136)
  252: r1 = *(u8 *)(r10 -135)
  253: r1 += 1
  254: r1 <<= 3
  255: r7 += r1
  256: goto +25 <L282>
L257:
  257: r1 = r6
  258: r2 = r7
  259: r3 = r10
  260: r3 += -136
  261: r4 = 2
  262: call bpf_skb_load_bytes#26
  263: if r0 != 0x0 goto +312 <L576>
  264: r8 = *(u8 *)(r10 -136)
  265: r1 = *(u8 *)(r10 -135)
  266: r1 += 2
  267: r1 <<= 2
  268: r7 += r1
  269: goto +12 <L282>
L270:
  270: r1 = r6
  271: r2 = r7
  272: r3 = r10
  273: r3 += -136
  274: r4 = 4
  275: call bpf_skb_load_bytes#26
  276: if r0 != 0x0 goto +299 <L576>
  277: r8 = *(u8 *)(r10 -136)
  278: r1 = *(u16 *)(r10 -134)
  279: r1 &= 63743
  280: if r1 != 0x0 goto +294 <L575>
  281: r7 += 8
L282:
  282: if r8 == 0x2c goto +32 <L315>
  283: if r8 == 0x33 goto +18 <L302>
  284: if r8 == 0x0 goto +4 <L289>
  285: if r8 == 0x2b goto +3 <L289>
  286: if r8 == 0x3c goto +2 <L289>
  287: if r8 == 0x87 goto +1 <L289>
  288: goto +224 <L513>
L289:
  289: r1 = r6
  290: r2 = r7
  291: r3 = r10
  292: r3 += -136
  293: r4 = 2
  294: call bpf_skb_load_bytes#26
  295: if r0 != 0x0 goto +280 <L576>
  296: r8 = *(u8 *)(r10 -136)
  297: r1 = *(u8 *)(r10 -135)
  298: r1 += 1
  299: r1 <<= 3
  300: r7 += r1
  301: goto +25 <L327>
L302:
  302: r1 = r6
  303: r2 = r7
  304: r3 = r10
  305: r3 += -136
  306: r4 = 2
  307: call bpf_skb_load_bytes#26
  308: if r0 != 0x0 goto +267 <L576>
  309: r8 = *(u8 *)(r10 -136)
  310: r1 = *(u8 *)(r10 -135)
  311: r1 += 2
  312: r1 <<= 2
  313: r7 += r1
  314: goto +12 <L327>
L315:
  315: r1 = r6
  316: r2 = r7
  317: r3 = r10
  318: r3 += -136
  319: r4 = 4
  320: call bpf_skb_load_bytes#26
  321: if r0 != 0x0 goto +254 <L576>
  322: r8 = *(u8 *)(r10 -136)
  323: r1 = *(u16 *)(r10 -134)
  324: r1 &= 63743
  325: if r1 != 0x0 goto +249 <L575>
  326: r7 += 8
L327:
  327: if r8 == 0x2c goto +32 <L360>
  328: if r8 == 0x33 goto +18 <L347>
  329: if r8 == 0x0 goto +4 <L334>
  330: if r8 == 0x2b goto +3 <L334>
  331: if r8 == 0x3c goto +2 <L334>
  332: if r8 == 0x87 goto +1 <L334>
  333: goto +179 <L513>
L334:
  334: r1 = r6
  335: r2 = r7
  336: r3 = r10
  337: r3 += -136
  338: r4 = 2
  339: call bpf_skb_load_bytes#26
  340: if r0 != 0x0 goto +235 <L576>
  341: r8 = *(u8 *)(r10 -136)
  342: r1 = *(u8 *)(r10 -135)
  343: r1 += 1
  344: r1 <<= 3
  345: r7 += r1
  346: goto +25 <L372>
L347:
  347: r1 = r6
  348: r2 = r7
  349: r3 = r10
  350: r3 += -136
  351: r4 = 2
  352: call bpf_skb_load_bytes#26
  353: if r0 != 0x0 goto +222 <L576>
  354: r8 = *(u8 *)(r10 -136)
  355: r1 = *(u8 *)(r10 -135)
  356: r1 += 2
  357: r1 <<= 2
  358: r7 += r1
  359: goto +12 <L372>
L360:
  360: r1 = r6
  361: r2 = r7
  362: r3 = r10
  363: r3 += -136
  364: r4 = 4
  365: call bpf_skb_load_bytes#26
  366: if r0 != 0x0 goto +209 <L576>
  367: r8 = *(u8 *)(r10 -136)
  368: r1 = *(u16 *)(r10 -134)
  369: r1 &= 63743
  370: if r1 != 0x0 goto +204 <L575>
  371: r7 += 8
L372:
  372: if r8 == 0x2c goto +32 <L405>
  373: if r8 == 0x33 goto +18 <L392>
  374: if r8 == 0x0 goto +4 <L379>
  375: if r8 == 0x2b goto +3 <L379>
  376: if r8 == 0x3c goto +2 <L379>
  377: if r8 == 0x87 goto +1 <L379>
  378: goto +134 <L513>
L379:
  379: r1 = r6
  380: r2 = r7
  381: r3 = r10
  382: r3 += -136
  383: r4 = 2
  384: call bpf_skb_load_bytes#26
  385: if r0 != 0x0 goto +190 <L576>
  386: r8 = *(u8 *)(r10 -136)
  387: r1 = *(u8 *)(r10 -135)
  388: r1 += 1
  389: r1 <<= 3
  390: r7 += r1
  391: goto +25 <L417>
L392:
  392: r1 = r6
  393: r2 = r7
  394: r3 = r10
  395: r3 += -136
  396: r4 = 2
  397: call bpf_skb_load_bytes#26
  398: if r0 != 0x0 goto +177 <L576>
  399: r8 = *(u8 *)(r10 -136)
  400: r1 = *(u8 *)(r10 -135)
  401: r1 += 2
  402: r1 <<= 2
  403: r7 += r1
  404: goto +12 <L417>
L405:
  405: r1 = r6
  406: r2 = r7
  407: r3 = r10
  408: r3 += -136
  409: r4 = 4
  410: call bpf_skb_load_bytes#26
  411: if r0 != 0x0 goto +164 <L576>
  412: r8 = *(u8 *)(r10 -136)
  413: r1 = *(u16 *)(r10 -134)
  414: r1 &= 63743
  415: if r1 != 0x0 goto +159 <L575>
  416: r7 += 8
L417:
  417: if r8 == 0x2c goto +32 <L450>
  418: if r8 == 0x33 goto +18 <L437>
  419: if r8 == 0x0 goto +4 <L424>
  420: if r8 == 0x2b goto +3 <L424>
  421: if r8 == 0x3c goto +2 <L424>
  422: if r8 == 0x87 goto +1 <L424>
  423: goto +89 <L513>
L424:
  424: r1 = r6
  425: r2 = r7
  426: r3 = r10
  427: r3 += -136
  428: r4 = 2
  429: call bpf_skb_load_bytes#26
  430: if r0 != 0x0 goto +145 <L576>
  431: r8 = *(u8 *)(r10 -136)
  432: r1 = *(u8 *)(r10 -135)
  433: r1 += 1
  434: r1 <<= 3
  435: r7 += r1
  436: goto +25 <L462>
L437:
  437: r1 = r6
  438: r2 = r7
  439: r3 = r10
  440: r3 += -136
  441: r4 = 2
  442: call bpf_skb_load_bytes#26
  443: if r0 != 0x0 goto +132 <L576>
  444: r8 = *(u8 *)(r10 -136)
  445: r1 = *(u8 *)(r10 -135)
  446: r1 += 2
  447: r1 <<= 2
  448: r7 += r1
  449: goto +12 <L462>
L450:
  450: r1 = r6
  451: r2 = r7
  452: r3 = r10
  453: r3 += -136
  454: r4 = 4
  455: call bpf_skb_load_bytes#26
  456: if r0 != 0x0 goto +119 <L576>
  457: r8 = *(u8 *)(r10 -136)
  458: r1 = *(u16 *)(r10 -134)
  459: r1 &= 63743
  460: if r1 != 0x0 goto +114 <L575>
  461: r7 += 8
L462:
  462: if r8 == 0x2c goto +32 <L495>
  463: if r8 == 0x33 goto +18 <L482>
  464: if r8 == 0x0 goto +4 <L469>
  465: if r8 == 0x2b goto +3 <L469>
  466: if r8 == 0x3c goto +2 <L469>
  467: if r8 == 0x87 goto +1 <L469>
  468: goto +44 <L513>
L469:
  469: r1 = r6
  470: r2 = r7
  471: r3 = r10
  472: r3 += -136
  473: r4 = 2
  474: call bpf_skb_load_bytes#26
  475: if r0 != 0x0 goto +100 <L576>
  476: r8 = *(u8 *)(r10 -136)
  477: r1 = *(u8 *)(r10 -135)
  478: r1 += 1
  479: r1 <<= 3
  480: r7 += r1
  481: goto +25 <L507>
L482:
  482: r1 = r6
  483: r2 = r7
  484: r3 = r10
  485: r3 += -136
  486: r4 = 2
  487: call bpf_skb_load_bytes#26
  488: if r0 != 0x0 goto +87 <L576>
  489: r8 = *(u8 *)(r10 -136)
  490: r1 = *(u8 *)(r10 -135)
  491: r1 += 2
  492: r1 <<= 2
  493: r7 += r1
  494: goto +12 <L507>
L495:
  495: r1 = r6
  496: r2 = r7
  497: r3 = r10
  498: r3 += -136
  499: r4 = 4
  500: call bpf_skb_load_bytes#26
  501: if r0 != 0x0 goto +74 <L576>
  502: r8 = *(u8 *)(r10 -136)
  503: r1 = *(u16 *)(r10 -134)
  504: r1 &= 63743
  505: if r1 != 0x0 goto +69 <L575>
  506: r7 += 8
L507:
  507: if r8 == 0x0 goto +68 <L576>
  508: if r8 == 0x2b goto +67 <L576>
  509: if r8 == 0x2c goto +66 <L576>
  510: if r8 == 0x33 goto +65 <L576>
  511: if r8 == 0x3c goto +64 <L576>
  512: if r8 == 0x87 goto +63 <L576>
L513:
  513: *(u64 *)(r10 -16) = r8
  514: if r8 == 0x6 goto +4 <L519>
  515: if r8 == 0x11 goto +20 <L536>
  516: if r8 == 0x1 goto +36 <L553>
  517: if r8 == 0x3a goto +46 <L564>
  518: goto +57 <L576>
L519:
  519: r1 = r6
  520: r2 = r7
  521: r3 = r10
  522: r3 += -136
  523: r4 = 20
  524: call bpf_skb_load_bytes#26
  525: if r0 != 0x0 goto +50 <L576>
  526: r0 = r10
  527: r0 += -136
  528: *(u64 *)(r10 -24) = 6
  529: r1 = *(u16 *)(r0 +0)
  530: r1 = be16 r1
  531: *(u64 *)(r10 -80) = r1
  532: r1 = *(u16 *)(r0 +2)
  533: r1 = be16 r1
  534: *(u64 *)(r10 -88) = r1
  535: goto +40 <L576>
L536:
  536: r1 = r6
  537: r2 = r7
  538: r3 = r10
  539: r3 += -136
  540: r4 = 8
  541: call bpf_skb_load_bytes#26
  542: if r0 != 0x0 goto +33 <L576>
  543: r0 = r10
  544: r0 += -136
  545: *(u64 *)(r10 -24) = 17
  546: r1 = *(u16 *)(r0 +0)
  547: r1 = be16 r1
  548: *(u64 *)(r10 -80) = r1
  549: r1 = *(u16 *)(r0 +2)
  550: r1 = be16 r1
  551: *(u64 *)(r10 -88) = r1
  552: goto +23 <L576>
L553:
  553: r1 = r6
  554: r2 = r7
  555: r3 = r10
  556: r3 += -136
  557: r4 = 8
  558: call bpf_skb_load_bytes#26
  559: if r0 != 0x0 goto +16 <L576>
  560: r0 = r10
  561: r0 += -136
  562: *(u64 *)(r10 -24) = 1
  563: goto +12 <L576>
L564:
  564: r1 = r6
  565: r2 = r7
  566: r3 = r10
  567: r3 += -136
  568: r4 = 8
  569: call bpf_skb_load_bytes#26
  570: if r0 != 0x0 goto +5 <L576>
  571: r0 = r10
  572: r0 += -136
  573: *(u64 *)(r10 -24) = 58
  574: goto +1 <L576>
L575:
  575: *(u64 *)(r10 -16) = r8
L576:
  576: r1 = *(u64 *)(r10 -24)
  577: if r1 == 0x6 goto +1 <L579>
  578: if r1 != 0x11 goto +37 <L616>
L579:
  579: r5 = 0x9e3779b97f4a7c15 ll
  581: r4 = 0
  582: r1 = *(u64 *)(r10 -8)
  583: if r1 == 0x6 goto +9 <L593>
  584: r1 = *(u64 *)(r10 -32)
  585: r1 <<= 32
  586: r1 >>= 32
  587: r2 = *(u64 *)(r10 -40)
  588: r2 <<= 32
  589: r1 |= r2
  590: r4 ^= r1
  591: r4 *= r5
  592: goto +12 <L605>
L593:
  593: r1 = *(u64 *)(r10 -56)
  594: r4 ^= r1
  595: r4 *= r5
  596: r1 = *(u64 *)(r10 -48)
  597: r4 ^= r1
  598: r4 *= r5
  599: r1 = *(u64 *)(r10 -72)
  600: r4 ^= r1
  601: r4 *= r5
  602: r1 = *(u64 *)(r10 -64)
  603: r4 ^= r1
  604: r4 *= r5
L605:
  605: r1 = *(u64 *)(r10 -80)
  606: r1 <<= 16
  607: r2 = *(u64 *)(r10 -88)
  608: r1 |= r2
  609: r2 = *(u64 *)(r10 -16)
  610: r2 <<= 32
  611: r1 |= r2
  612: r4 ^= r1
  613: r4 *= r5
  614: r4 >>= 32
  615: *(u64 *)(r10 -104) = r4
L616:
  616: r7 = *(u64 *)(r10 -96)
  617: r8 = *(u64 *)(r10 -24)
  618: r9 = *(u64 *)(r10 -88)
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
  619: if w7 == 0x7 goto +11 <L631>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
  620: if w7 <= 0x3e8 goto +12 <L633>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
  621: call bpf_get_prandom_u32#7
  622: if w0 < 0x20000000 goto +12 <L635>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
  623: if w9 == 0x50 goto +2 <L626>
; policy — no rule matched (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L624:
  624: *(u32 *)(r10 -112) = 4
  625: goto +13 <L639>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L626:
  626: r1 = *(u64 *)(r10 -104)
  627: w2 = -2147483648
  628: if r1 >= r2 goto -5 <L624>
  629: if w8 == 0x6 goto +7 <L637>
  630: goto -7 <L624>
; rule 0 — tests/golden/asm/tc-egress-hash.bfr:3: rule meta.flow_hash 7 counter DROP
L631:
  631: *(u32 *)(r10 -112) = 0
  632: goto +36 <L669>
; rule 1 — tests/golden/asm/tc-egress-hash.bfr:4: rule meta.flow_hash range 0-1000 counter ACCEPT
L633:
  633: *(u32 *)(r10 -112) = 1
  634: goto +19 <L654>
; rule 2 — tests/golden/asm/tc-egress-hash.bfr:5: rule meta.probability 12.5% counter DROP
L635:
  635: *(u32 *)(r10 -112) = 2
  636: goto +32 <L669>
; rule 3 — tests/golden/asm/tc-egress-hash.bfr:6: rule tcp.dport 80 meta.flow_probability 50% counter ACCEPT
L637:
  637: *(u32 *)(r10 -112) = 3
  638: goto +15 <L654>
; shared code: counters and verdicts (line info: tests/golden/asm/tc-egress-hash.bfr:6)
L639:
  639: r2 = r10
  640: r2 += -112
  641: r1 = map[tc_has_ctr] ll
  643: call bpf_map_lookup_elem#1
  644: if r0 == 0x0 goto +7 <L652>
  645: r1 = *(u64 *)(r0 +0)
  646: r1 += 1
  647: *(u64 *)(r0 +0) = r1
  648: r2 = *(u32 *)(r6 +0)
  649: r1 = *(u64 *)(r0 +8)
  650: r1 += r2
  651: *(u64 *)(r0 +8) = r1
L652:
  652: r0 = -1
  653: exit
L654:
  654: r2 = r10
  655: r2 += -112
  656: r1 = map[tc_has_ctr] ll
  658: call bpf_map_lookup_elem#1
  659: if r0 == 0x0 goto +7 <L667>
  660: r1 = *(u64 *)(r0 +0)
  661: r1 += 1
  662: *(u64 *)(r0 +0) = r1
  663: r2 = *(u32 *)(r6 +0)
  664: r1 = *(u64 *)(r0 +8)
  665: r1 += r2
  666: *(u64 *)(r0 +8) = r1
L667:
  667: r0 = 0
  668: exit
L669:
  669: r2 = r10
  670: r2 += -112
  671: r1 = map[tc_has_ctr] ll
  673: call bpf_map_lookup_elem#1
  674: if r0 == 0x0 goto +7 <L682>
  675: r1 = *(u64 *)(r0 +0)
  676: r1 += 1
  677: *(u64 *)(r0 +0) = r1
  678: r2 = *(u32 *)(r6 +0)
  679: r1 = *(u64 *)(r0 +8)
  680: r1 += r2
  681: *(u64 *)(r0 +8) = r1
L682:
  682: r0 = 2
  683: exit
