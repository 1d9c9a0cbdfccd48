; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-ipv6-exthdr.bfr

chain v6
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  v6
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    680

  map     type          key  value  max_entries  flags  elements  role
  v6_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-ipv6-exthdr.bfr:3: chain v6 BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -64) = r1
    6: *(u64 *)(r10 -16) = 256
    7: *(u64 *)(r10 -24) = 256
    8: *(u64 *)(r10 -56) = 65536
    9: *(u64 *)(r10 -8) = 0
   10: r4 = r2
   11: r4 += 14
   12: if r4 > r3 goto +602 <L615>
   13: r1 = *(u16 *)(r2 +12)
   14: if r1 == 0x81 goto +1 <L16>
   15: if r1 != 0xa888 goto +12 <L28>
L16:
   16: r0 = r4
   17: r0 += 4
   18: if r0 > r3 goto +596 <L615>
   19: r1 = *(u16 *)(r4 +2)
   20: r4 = r0
   21: if r1 == 0x81 goto +1 <L23>
   22: if r1 != 0xa888 goto +5 <L28>
L23:
   23: r0 = r4
   24: r0 += 4
   25: if r0 > r3 goto +589 <L615>
   26: r1 = *(u16 *)(r4 +2)
   27: r4 = r0
L28:
   28: if r1 == 0x8 goto +2 <L31>
   29: if r1 == 0xdd86 goto +22 <L52>
   30: goto +584 <L615>
L31:
   31: r0 = r4
   32: r0 += 20
   33: if r0 > r3 goto +581 <L615>
   34: r1 = *(u8 *)(r4 +0)
   35: r0 = r1
   36: r0 &= 240
   37: if r0 != 0x40 goto +577 <L615>
   38: r5 = r1
   39: r5 &= 15
   40: if r5 < 0x5 goto +574 <L615>
   41: *(u64 *)(r10 -8) = 4
   42: r1 = *(u8 *)(r4 +9)
   43: *(u64 *)(r10 -16) = r1
   44: r0 = *(u16 *)(r4 +6)
   45: r0 &= 65311
   46: if r0 != 0x0 goto +568 <L615>
   47: r5 <<= 2
   48: r0 = r4
   49: r0 += r5
   50: r5 = r0
   51: goto +22 <L74>
L52:
   52: r0 = r4
   53: r0 += 40
   54: if r0 > r3 goto +560 <L615>
   55: r5 = r0
   56: r1 = *(u8 *)(r4 +0)
   57: r1 &= 240
   58: if r1 != 0x60 goto +556 <L615>
   59: *(u64 *)(r10 -8) = 6
   60: r1 = *(u64 *)(r4 +8)
   61: *(u64 *)(r10 -40) = r1
   62: r1 = *(u64 *)(r4 +16)
   63: *(u64 *)(r10 -32) = r1
   64: *(u64 *)(r10 -48) = 0
   65: r1 = *(u8 *)(r4 +6)
   66: if r1 == 0x0 goto +38 <L105>
   67: if r1 == 0x2b goto +37 <L105>
   68: if r1 == 0x2c goto +36 <L105>
   69: if r1 == 0x33 goto +35 <L105>
   70: if r1 == 0x3c goto +34 <L105>
   71: if r1 == 0x87 goto +33 <L105>
   72: *(u64 *)(r10 -16) = r1
   73: goto +0 <L74>
L74:
   74: if r1 == 0x6 goto +4 <L79>
   75: if r1 == 0x11 goto +11 <L87>
   76: if r1 == 0x1 goto +18 <L95>
   77: if r1 == 0x3a goto +22 <L100>
   78: goto +536 <L615>
L79:
   79: r0 = r5
   80: r0 += 20
   81: if r0 > r3 goto +533 <L615>
   82: *(u64 *)(r10 -24) = 6
   83: r1 = *(u16 *)(r5 +2)
   84: r1 = be16 r1
   85: *(u64 *)(r10 -56) = r1
   86: goto +528 <L615>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +525 <L615>
   90: *(u64 *)(r10 -24) = 17
   91: r1 = *(u16 *)(r5 +2)
   92: r1 = be16 r1
   93: *(u64 *)(r10 -56) = r1
   94: goto +520 <L615>
L95:
   95: r0 = r5
   96: r0 += 8
   97: if r0 > r3 goto +517 <L615>
   98: *(u64 *)(r10 -24) = 1
   99: goto +515 <L615>
L100:
  100: r0 = r5
  101: r0 += 8
  102: if r0 > r3 goto +512 <L615>
  103: *(u64 *)(r10 -24) = 58
  104: goto +510 <L615>
L105:
  105: r7 = r5
  106: r7 -= r2
  107: r8 = r1
  108: r9 = 0
  109: if r8 == 0x2c goto +41 <L151>
  110: if r8 == 0x33 goto +26 <L137>
  111: if r8 == 0x0 goto +4 <L116>
  112: if r8 == 0x2b goto +5 <L118>
  113: if r8 == 0x3c goto +6 <L120>
  114: if r8 == 0x87 goto +7 <L122>
  115: goto +439 <L555>
L116:
  116: r9 |= 1
  117: goto +6 <L124>
L118:
  118: r9 |= 2
  119: goto +4 <L124>
L120:
  120: r9 |= 16
  121: goto +2 <L124>
L122:
  122: r9 |= 32
  123: goto +0 <L124>
L124:
  124: r1 = r6
  125: r2 = r7
  126: r3 = r10
  127: r3 += -96
  128: r4 = 2
  129: call bpf_xdp_load_bytes#189
  130: if r0 != 0x0 goto +482 <L613>
  131: r8 = *(u8 *)(r10 -96)
  132: r1 = *(u8 *)(r10 -95)
  133: r1 += 1
  134: r1 <<= 3
  135: r7 += r1
  136: goto +27 <L164>
L137:
  137: r9 |= 8
  138: r1 = r6
  139: r2 = r7
  140: r3 = r10
  141: r3 += -96
  142: r4 = 2
  143: call bpf_xdp_load_bytes#189
  144: if r0 != 0x0 goto +468 <L613>
  145: r8 = *(u8 *)(r10 -96)
  146: r1 = *(u8 *)(r10 -95)
  147: r1 += 2
  148: r1 <<= 2
  149: r7 += r1
  150: goto +13 <L164>
L151:
  151: r9 |= 4
  152: r1 = r6
  153: r2 = r7
  154: r3 = r10
  155: r3 += -96
  156: r4 = 4
  157: call bpf_xdp_load_bytes#189
  158: if r0 != 0x0 goto +454 <L613>
  159: r8 = *(u8 *)(r10 -96)
  160: r1 = *(u16 *)(r10 -94)
  161: r1 &= 63743
  162: if r1 != 0x0 goto +449 <L612>
  163: r7 += 8
L164:
  164: if r8 == 0x2c goto +41 <L206>
  165: if r8 == 0x33 goto +26 <L192>
  166: if r8 == 0x0 goto +4 <L171>
  167: if r8 == 0x2b goto +5 <L173>
  168: if r8 == 0x3c goto +6 <L175>
  169: if r8 == 0x87 goto +7 <L177>
  170: goto +384 <L555>
L171:
  171: r9 |= 1
  172: goto +6 <L179>
L173:
  173: r9 |= 2
  174: goto +4 <L179>
L175:
  175: r9 |= 16
  176: goto +2 <L179>
L177:
  177: r9 |= 32
  178: goto +0 <L179>
L179:
  179: r1 = r6
  180: r2 = r7
  181: r3 = r10
  182: r3 += -96
  183: r4 = 2
  184: call bpf_xdp_load_bytes#189
  185: if r0 != 0x0 goto +427 <L613>
  186: r8 = *(u8 *)(r10 -96)
  187: r1 = *(u8 *)(r10 -95)
  188: r1 += 1
  189: r1 <<= 3
  190: r7 += r1
  191: goto +27 <L219>
L192:
  192: r9 |= 8
  193: r1 = r6
  194: r2 = r7
  195: r3 = r10
  196: r3 += -96
  197: r4 = 2
  198: call bpf_xdp_load_bytes#189
  199: if r0 != 0x0 goto +413 <L613>
  200: r8 = *(u8 *)(r10 -96)
  201: r1 = *(u8 *)(r10 -95)
  202: r1 += 2
  203: r1 <<= 2
  204: r7 += r1
  205: goto +13 <L219>
L206:
  206: r9 |= 4
  207: r1 = r6
  208: r2 = r7
  209: r3 = r10
  210: r3 += -96
  211: r4 = 4
  212: call bpf_xdp_load_bytes#189
  213: if r0 != 0x0 goto +399 <L613>
  214: r8 = *(u8 *)(r10 -96)
  215: r1 = *(u16 *)(r10 -94)
  216: r1 &= 63743
  217: if r1 != 0x0 goto +394 <L612>
  218: r7 += 8
L219:
  219: if r8 == 0x2c goto +41 <L261>
  220: if r8 == 0x33 goto +26 <L247>
  221: if r8 == 0x0 goto +4 <L226>
  222: if r8 == 0x2b goto +5 <L228>
  223: if r8 == 0x3c goto +6 <L230>
  224: if r8 == 0x87 goto +7 <L232>
  225: goto +329 <L555>
L226:
  226: r9 |= 1
  227: goto +6 <L234>
L228:
  228: r9 |= 2
  229: goto +4 <L234>
L230:
  230: r9 |= 16
  231: goto +2 <L234>
L232:
  232: r9 |= 32
  233: goto +0 <L234>
L234:
  234: r1 = r6
  235: r2 = r7
  236: r3 = r10
  237: r3 += -96
  238: r4 = 2
  239: call bpf_xdp_load_bytes#189
  240: if r0 != 0x0 goto +372 <L613>
  241: r8 = *(u8 *)(r10 -96)
  242: r1 = *(u8 *)(r10 -95)
  243: r1 += 1
  244: r1 <<= 3
  245: r7 += r1
  246: goto +27 <L274>
L247:
  247: r9 |= 8
  248: r1 = r6
  249: r2 = r7
  250: r3 = r10
  251: r3 += -96
  252: r4 = 2
  253: call bpf_xdp_load_bytes#189
  254: if r0 != 0x0 goto +358 <L613>
  255: r8 = *(u8 *)(r10 -96)
  256: r1 = *(u8 *)(r10 -95)
  257: r1 += 2
  258: r1 <<= 2
  259: r7 += r1
  260: goto +13 <L274>
L261:
  261: r9 |= 4
  262: r1 = r6
  263: r2 = r7
  264: r3 = r10
  265: r3 += -96
  266: r4 = 4
  267: call bpf_xdp_load_bytes#189
  268: if r0 != 0x0 goto +344 <L613>
  269: r8 = *(u8 *)(r10 -96)
  270: r1 = *(u16 *)(r10 -94)
  271: r1 &= 63743
  272: if r1 != 0x0 goto +339 <L612>
  273: r7 += 8
L274:
  274: if r8 == 0x2c goto +41 <L316>
  275: if r8 == 0x33 goto +26 <L302>
  276: if r8 == 0x0 goto +4 <L281>
  277: if r8 == 0x2b goto +5 <L283>
  278: if r8 == 0x3c goto +6 <L285>
  279: if r8 == 0x87 goto +7 <L287>
  280: goto +274 <L555>
L281:
  281: r9 |= 1
  282: goto +6 <L289>
L283:
  283: r9 |= 2
  284: goto +4 <L289>
L285:
  285: r9 |= 16
  286: goto +2 <L289>
L287:
  287: r9 |= 32
  288: goto +0 <L289>
L289:
  289: r1 = r6
  290: r2 = r7
  291: r3 = r10
  292: r3 += -96
  293: r4 = 2
  294: call bpf_xdp_load_bytes#189
  295: if r0 != 0x0 goto +317 <L613>
  296: r8 = *(u8 *)(r10 -96)
  297: r1 = *(u8 *)(r10 -95)
  298: r1 += 1
  299: r1 <<= 3
  300: r7 += r1
  301: goto +27 <L329>
L302:
  302: r9 |= 8
  303: r1 = r6
  304: r2 = r7
  305: r3 = r10
  306: r3 += -96
  307: r4 = 2
  308: call bpf_xdp_load_bytes#189
  309: if r0 != 0x0 goto +303 <L613>
  310: r8 = *(u8 *)(r10 -96)
  311: r1 = *(u8 *)(r10 -95)
  312: r1 += 2
  313: r1 <<= 2
  314: r7 += r1
  315: goto +13 <L329>
L316:
  316: r9 |= 4
  317: r1 = r6
  318: r2 = r7
  319: r3 = r10
  320: r3 += -96
  321: r4 = 4
  322: call bpf_xdp_load_bytes#189
  323: if r0 != 0x0 goto +289 <L613>
  324: r8 = *(u8 *)(r10 -96)
  325: r1 = *(u16 *)(r10 -94)
  326: r1 &= 63743
  327: if r1 != 0x0 goto +284 <L612>
  328: r7 += 8
L329:
  329: if r8 == 0x2c goto +41 <L371>
  330: if r8 == 0x33 goto +26 <L357>
  331: if r8 == 0x0 goto +4 <L336>
  332: if r8 == 0x2b goto +5 <L338>
  333: if r8 == 0x3c goto +6 <L340>
  334: if r8 == 0x87 goto +7 <L342>
  335: goto +219 <L555>
L336:
  336: r9 |= 1
  337: goto +6 <L344>
L338:
  338: r9 |= 2
  339: goto +4 <L344>
L340:
  340: r9 |= 16
  341: goto +2 <L344>
L342:
  342: r9 |= 32
  343: goto +0 <L344>
L344:
  344: r1 = r6
  345: r2 = r7
  346: r3 = r10
  347: r3 += -96
  348: r4 = 2
  349: call bpf_xdp_load_bytes#189
  350: if r0 != 0x0 goto +262 <L613>
  351: r8 = *(u8 *)(r10 -96)
  352: r1 = *(u8 *)(r10 -95)
  353: r1 += 1
  354: r1 <<= 3
  355: r7 += r1
  356: goto +27 <L384>
L357:
  357: r9 |= 8
  358: r1 = r6
  359: r2 = r7
  360: r3 = r10
  361: r3 += -96
  362: r4 = 2
  363: call bpf_xdp_load_bytes#189
  364: if r0 != 0x0 goto +248 <L613>
  365: r8 = *(u8 *)(r10 -96)
  366: r1 = *(u8 *)(r10 -95)
  367: r1 += 2
  368: r1 <<= 2
  369: r7 += r1
  370: goto +13 <L384>
L371:
  371: r9 |= 4
  372: r1 = r6
  373: r2 = r7
  374: r3 = r10
  375: r3 += -96
  376: r4 = 4
  377: call bpf_xdp_load_bytes#189
  378: if r0 != 0x0 goto +234 <L613>
  379: r8 = *(u8 *)(r10 -96)
  380: r1 = *(u16 *)(r10 -94)
  381: r1 &= 63743
  382: if r1 != 0x0 goto +229 <L612>
  383: r7 += 8
L384:
  384: if r8 == 0x2c goto +41 <L426>
  385: if r8 == 0x33 goto +26 <L412>
  386: if r8 == 0x0 goto +4 <L391>
  387: if r8 == 0x2b goto +5 <L393>
  388: if r8 == 0x3c goto +6 <L395>
  389: if r8 == 0x87 goto +7 <L397>
  390: goto +164 <L555>
L391:
  391: r9 |= 1
  392: goto +6 <L399>
L393:
  393: r9 |= 2
  394: goto +4 <L399>
L395:
  395: r9 |= 16
  396: goto +2 <L399>
L397:
  397: r9 |= 32
  398: goto +0 <L399>
L399:
  399: r1 = r6
  400: r2 = r7
  401: r3 = r10
  402: r3 += -96
  403: r4 = 2
  404: call bpf_xdp_load_bytes#189
  405: if r0 != 0x0 goto +207 <L613>
  406: r8 = *(u8 *)(r10 -96)
  407: r1 = *(u8 *)(r10 -95)
  408: r1 += 1
  409: r1 <<= 3
  410: r7 += r1
  411: goto +27 <L439>
L412:
  412: r9 |= 8
  413: r1 = r6
  414: r2 = r7
  415: r3 = r10
  416: r3 += -96
  417: r4 = 2
  418: call bpf_xdp_load_bytes#189
  419: if r0 != 0x0 goto +193 <L613>
  420: r8 = *(u8 *)(r10 -96)
  421: r1 = *(u8 *)(r10 -95)
  422: r1 += 2
  423: r1 <<= 2
  424: r7 += r1
  425: goto +13 <L439>
L426:
  426: r9 |= 4
  427: r1 = r6
  428: r2 = r7
  429: r3 = r10
  430: r3 += -96
  431: r4 = 4
  432: call bpf_xdp_load_bytes#189
  433: if r0 != 0x0 goto +179 <L613>
  434: r8 = *(u8 *)(r10 -96)
  435: r1 = *(u16 *)(r10 -94)
  436: r1 &= 63743
  437: if r1 != 0x0 goto +174 <L612>
  438: r7 += 8
L439:
  439: if r8 == 0x2c goto +41 <L481>
  440: if r8 == 0x33 goto +26 <L467>
  441: if r8 == 0x0 goto +4 <L446>
  442: if r8 == 0x2b goto +5 <L448>
  443: if r8 == 0x3c goto +6 <L450>
  444: if r8 == 0x87 goto +7 <L452>
  445: goto +109 <L555>
L446:
  446: r9 |= 1
  447: goto +6 <L454>
L448:
  448: r9 |= 2
  449: goto +4 <L454>
L450:
  450: r9 |= 16
  451: goto +2 <L454>
L452:
  452: r9 |= 32
  453: goto +0 <L454>
L454:
  454: r1 = r6
  455: r2 = r7
  456: r3 = r10
  457: r3 += -96
  458: r4 = 2
  459: call bpf_xdp_load_bytes#189
  460: if r0 != 0x0 goto +152 <L613>
  461: r8 = *(u8 *)(r10 -96)
  462: r1 = *(u8 *)(r10 -95)
  463: r1 += 1
  464: r1 <<= 3
  465: r7 += r1
  466: goto +27 <L494>
L467:
  467: r9 |= 8
  468: r1 = r6
  469: r2 = r7
  470: r3 = r10
  471: r3 += -96
  472: r4 = 2
  473: call bpf_xdp_load_bytes#189
  474: if r0 != 0x0 goto +138 <L613>
  475: r8 = *(u8 *)(r10 -96)
  476: r1 = *(u8 *)(r10 -95)
  477: r1 += 2
  478: r1 <<= 2
  479: r7 += r1
  480: goto +13 <L494>
L481:
  481: r9 |= 4
  482: r1 = r6
  483: r2 = r7
  484: r3 = r10
  485: r3 += -96
  486: r4 = 4
  487: call bpf_xdp_load_bytes#189
  488: if r0 != 0x0 goto +124 <L613>
  489: r8 = *(u8 *)(r10 -96)
  490: r1 = *(u16 *)(r10 -94)
  491: r1 &= 63743
  492: if r1 != 0x0 goto +119 <L612>
  493: r7 += 8
L494:
  494: if r8 == 0x2c goto +41 <L536>
  495: if r8 == 0x33 goto +26 <L522>
  496: if r8 == 0x0 goto +4 <L501>
  497: if r8 == 0x2b goto +5 <L503>
  498: if r8 == 0x3c goto +6 <L505>
  499: if r8 == 0x87 goto +7 <L507>
  500: goto +54 <L555>
L501:
  501: r9 |= 1
  502: goto +6 <L509>
L503:
  503: r9 |= 2
  504: goto +4 <L509>
L505:
  505: r9 |= 16
  506: goto +2 <L509>
L507:
  507: r9 |= 32
  508: goto +0 <L509>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -96
  513: r4 = 2
  514: call bpf_xdp_load_bytes#189
  515: if r0 != 0x0 goto +97 <L613>
  516: r8 = *(u8 *)(r10 -96)
  517: r1 = *(u8 *)(r10 -95)
  518: r1 += 1
  519: r1 <<= 3
  520: r7 += r1
  521: goto +27 <L549>
L522:
  522: r9 |= 8
  523: r1 = r6
  524: r2 = r7
  525: r3 = r10
  526: r3 += -96
  527: r4 = 2
  528: call bpf_xdp_load_bytes#189
  529: if r0 != 0x0 goto +83 <L613>
  530: r8 = *(u8 *)(r10 -96)
  531: r1 = *(u8 *)(r10 -95)
  532: r1 += 2
  533: r1 <<= 2
  534: r7 += r1
  535: goto +13 <L549>
L536:
  536: r9 |= 4
  537: r1 = r6
  538: r2 = r7
  539: r3 = r10
  540: r3 += -96
  541: r4 = 4
  542: call bpf_xdp_load_bytes#189
  543: if r0 != 0x0 goto +69 <L613>
  544: r8 = *(u8 *)(r10 -96)
  545: r1 = *(u16 *)(r10 -94)
  546: r1 &= 63743
  547: if r1 != 0x0 goto +64 <L612>
  548: r7 += 8
L549:
  549: if r8 == 0x0 goto +63 <L613>
  550: if r8 == 0x2b goto +62 <L613>
  551: if r8 == 0x2c goto +61 <L613>
  552: if r8 == 0x33 goto +60 <L613>
  553: if r8 == 0x3c goto +59 <L613>
  554: if r8 == 0x87 goto +58 <L613>
L555:
  555: *(u64 *)(r10 -48) = r9
  556: *(u64 *)(r10 -16) = r8
  557: if r8 == 0x6 goto +4 <L562>
  558: if r8 == 0x11 goto +17 <L576>
  559: if r8 == 0x1 goto +30 <L590>
  560: if r8 == 0x3a goto +40 <L601>
  561: goto +53 <L615>
L562:
  562: r1 = r6
  563: r2 = r7
  564: r3 = r10
  565: r3 += -96
  566: r4 = 20
  567: call bpf_xdp_load_bytes#189
  568: if r0 != 0x0 goto +46 <L615>
  569: r0 = r10
  570: r0 += -96
  571: *(u64 *)(r10 -24) = 6
  572: r1 = *(u16 *)(r0 +2)
  573: r1 = be16 r1
  574: *(u64 *)(r10 -56) = r1
  575: goto +39 <L615>
L576:
  576: r1 = r6
  577: r2 = r7
  578: r3 = r10
  579: r3 += -96
  580: r4 = 8
  581: call bpf_xdp_load_bytes#189
  582: if r0 != 0x0 goto +32 <L615>
  583: r0 = r10
  584: r0 += -96
  585: *(u64 *)(r10 -24) = 17
  586: r1 = *(u16 *)(r0 +2)
  587: r1 = be16 r1
  588: *(u64 *)(r10 -56) = r1
  589: goto +25 <L615>
L590:
  590: r1 = r6
  591: r2 = r7
  592: r3 = r10
  593: r3 += -96
  594: r4 = 8
  595: call bpf_xdp_load_bytes#189
  596: if r0 != 0x0 goto +18 <L615>
  597: r0 = r10
  598: r0 += -96
  599: *(u64 *)(r10 -24) = 1
  600: goto +14 <L615>
L601:
  601: r1 = r6
  602: r2 = r7
  603: r3 = r10
  604: r3 += -96
  605: r4 = 8
  606: call bpf_xdp_load_bytes#189
  607: if r0 != 0x0 goto +7 <L615>
  608: r0 = r10
  609: r0 += -96
  610: *(u64 *)(r10 -24) = 58
  611: goto +3 <L615>
L612:
  612: *(u64 *)(r10 -16) = r8
L613:
  613: *(u64 *)(r10 -48) = r9
  614: goto +0 <L615>
L615:
  615: r7 = *(u64 *)(r10 -8)
  616: r8 = *(u64 *)(r10 -24)
  617: r9 = *(u64 *)(r10 -56)
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
  618: if w7 != 0x6 goto +2 <L621>
  619: r1 = *(u64 *)(r10 -48)
  620: if r1 & 0x4 goto +21 <L642>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L621:
  621: if w7 != 0x6 goto +2 <L624>
  622: r1 = *(u64 *)(r10 -48)
  623: if r1 & 0x2 goto +20 <L644>
; rule 2 — tests/golden/asm/xdp-ipv6-exthdr.bfr:6: rule ip6.nexthdr not tcp tcp.dport 22 DROP
L624:
  624: if w7 != 0x6 goto +4 <L629>
  625: r1 = *(u64 *)(r10 -16)
  626: if w1 == 0x6 goto +2 <L629>
  627: if w8 != 0x6 goto +1 <L629>
  628: if w9 == 0x16 goto +34 <L663>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L629:
  629: if w8 != 0x6 goto +1 <L631>
  630: if w9 == 0x16 goto +15 <L646>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L631:
  631: if w8 != 0x11 goto +8 <L640>
  632: if w9 != 0x222 goto +7 <L640>
  633: if w7 != 0x6 goto +6 <L640>
  634: r1 = *(u64 *)(r10 -40)
  635: r2 = *(u64 *)(r10 -32)
  636: r3 = 0x100000000000000 ll
  638: if r1 != 0x80fe goto +1 <L640>
  639: if r2 == r3 goto +8 <L648>
L640:
  640: *(u32 *)(r10 -72) = 4
  641: goto +23 <L665>
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
L642:
  642: *(u32 *)(r10 -72) = 0
  643: goto +6 <L650>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L644:
  644: *(u32 *)(r10 -72) = 1
  645: goto +4 <L650>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L646:
  646: *(u32 *)(r10 -72) = 2
  647: goto +17 <L665>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L648:
  648: *(u32 *)(r10 -72) = 3
  649: goto +15 <L665>
L650:
  650: r2 = r10
  651: r2 += -72
  652: r1 = map[v6_ctr] ll
  654: call bpf_map_lookup_elem#1
  655: if r0 == 0x0 goto +7 <L663>
  656: r1 = *(u64 *)(r0 +0)
  657: r1 += 1
  658: *(u64 *)(r0 +0) = r1
  659: r1 = *(u64 *)(r0 +8)
  660: r2 = *(u64 *)(r10 -64)
  661: r1 += r2
  662: *(u64 *)(r0 +8) = r1
L663:
  663: r0 = 1
  664: exit
L665:
  665: r2 = r10
  666: r2 += -72
  667: r1 = map[v6_ctr] ll
  669: call bpf_map_lookup_elem#1
  670: if r0 == 0x0 goto +7 <L678>
  671: r1 = *(u64 *)(r0 +0)
  672: r1 += 1
  673: *(u64 *)(r0 +0) = r1
  674: r1 = *(u64 *)(r0 +8)
  675: r2 = *(u64 *)(r10 -64)
  676: r1 += r2
  677: *(u64 *)(r0 +8) = r1
L678:
  678: r0 = 2
  679: exit
