; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-iface-redirect.bfr

chain steer
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  steer
  policy   ACCEPT
  options  iface=eth1
  rules    3
  license  GPL
  insns    589

  map        type          key  value  max_entries  flags  elements  role
  steer_ctr  percpu_array    4     16            3  0x0           -  counters

; tests/golden/asm/xdp-iface-redirect.bfr:3: chain steer BF_HOOK_XDP { iface=eth1 } ACCEPT
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +12)
    2: *(u64 *)(r10 -24) = r1
    3: r2 = *(u32 *)(r6 +0)
    4: r3 = *(u32 *)(r6 +4)
    5: *(u64 *)(r10 -8) = 256
    6: *(u64 *)(r10 -16) = 65536
    7: r4 = r2
    8: r4 += 14
    9: if r4 > r3 goto +506 <L516>
   10: r1 = *(u16 *)(r2 +12)
   11: if r1 == 0x81 goto +1 <L13>
   12: if r1 != 0xa888 goto +12 <L25>
L13:
   13: r0 = r4
   14: r0 += 4
   15: if r0 > r3 goto +500 <L516>
   16: r1 = *(u16 *)(r4 +2)
   17: r4 = r0
   18: if r1 == 0x81 goto +1 <L20>
   19: if r1 != 0xa888 goto +5 <L25>
L20:
   20: r0 = r4
   21: r0 += 4
   22: if r0 > r3 goto +493 <L516>
   23: r1 = *(u16 *)(r4 +2)
   24: r4 = r0
L25:
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
   69: *(u64 *)(r10 -8) = 6
   70: r1 = *(u16 *)(r5 +2)
   71: r1 = be16 r1
   72: *(u64 *)(r10 -16) = r1
   73: goto +442 <L516>
L74:
   74: r0 = r5
   75: r0 += 8
   76: if r0 > r3 goto +439 <L516>
   77: *(u64 *)(r10 -8) = 17
   78: r1 = *(u16 *)(r5 +2)
   79: r1 = be16 r1
   80: *(u64 *)(r10 -16) = r1
   81: goto +434 <L516>
L82:
   82: r0 = r5
   83: r0 += 8
   84: if r0 > r3 goto +431 <L516>
   85: *(u64 *)(r10 -8) = 1
   86: goto +429 <L516>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +426 <L516>
   90: *(u64 *)(r10 -8) = 58
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
  107: call bpf_xdp_load_bytes#189
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
  120: call bpf_xdp_load_bytes#189
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
  133: call bpf_xdp_load_bytes#189
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
  152: call bpf_xdp_load_bytes#189
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
  165: call bpf_xdp_load_bytes#189
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
  178: call bpf_xdp_load_bytes#189
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
  197: call bpf_xdp_load_bytes#189
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
  210: call bpf_xdp_load_bytes#189
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
  223: call bpf_xdp_load_bytes#189
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
  242: call bpf_xdp_load_bytes#189
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
  255: call bpf_xdp_load_bytes#189
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
  268: call bpf_xdp_load_bytes#189
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
  287: call bpf_xdp_load_bytes#189
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
  300: call bpf_xdp_load_bytes#189
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
  313: call bpf_xdp_load_bytes#189
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
  332: call bpf_xdp_load_bytes#189
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
  345: call bpf_xdp_load_bytes#189
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
  358: call bpf_xdp_load_bytes#189
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
  377: call bpf_xdp_load_bytes#189
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
  390: call bpf_xdp_load_bytes#189
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
  403: call bpf_xdp_load_bytes#189
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
  422: call bpf_xdp_load_bytes#189
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
  435: call bpf_xdp_load_bytes#189
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
  448: call bpf_xdp_load_bytes#189
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
  471: call bpf_xdp_load_bytes#189
  472: if r0 != 0x0 goto +43 <L516>
  473: r0 = r10
  474: r0 += -56
  475: *(u64 *)(r10 -8) = 6
  476: r1 = *(u16 *)(r0 +2)
  477: r1 = be16 r1
  478: *(u64 *)(r10 -16) = r1
  479: goto +36 <L516>
L480:
  480: r1 = r6
  481: r2 = r7
  482: r3 = r10
  483: r3 += -56
  484: r4 = 8
  485: call bpf_xdp_load_bytes#189
  486: if r0 != 0x0 goto +29 <L516>
  487: r0 = r10
  488: r0 += -56
  489: *(u64 *)(r10 -8) = 17
  490: r1 = *(u16 *)(r0 +2)
  491: r1 = be16 r1
  492: *(u64 *)(r10 -16) = r1
  493: goto +22 <L516>
L494:
  494: r1 = r6
  495: r2 = r7
  496: r3 = r10
  497: r3 += -56
  498: r4 = 8
  499: call bpf_xdp_load_bytes#189
  500: if r0 != 0x0 goto +15 <L516>
  501: r0 = r10
  502: r0 += -56
  503: *(u64 *)(r10 -8) = 1
  504: goto +11 <L516>
L505:
  505: r1 = r6
  506: r2 = r7
  507: r3 = r10
  508: r3 += -56
  509: r4 = 8
  510: call bpf_xdp_load_bytes#189
  511: if r0 != 0x0 goto +4 <L516>
  512: r0 = r10
  513: r0 += -56
  514: *(u64 *)(r10 -8) = 58
  515: goto +0 <L516>
L516:
  516: r7 = *(u64 *)(r10 -24)
  517: r8 = *(u64 *)(r10 -8)
  518: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
  519: if w7 == 0x0 goto +4 <L524>  ; iface eth1: index set by the loader
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L520:
  520: if w7 == 0x3 goto +6 <L527>
; rule 2 — tests/golden/asm/xdp-iface-redirect.bfr:6: rule meta.iface not lo DROP
L521:
  521: if w7 != 0x0 goto +48 <L570>  ; iface lo: index set by the loader
; policy — no rule matched (line info: tests/golden/asm/xdp-iface-redirect.bfr:6)
  522: *(u32 *)(r10 -32) = 2
  523: goto +48 <L572>
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
L524:
  524: if w9 != 0x35 goto -5 <L520>
  525: if w8 == 0x11 goto +4 <L530>
  526: goto -7 <L520>
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L527:
  527: if w9 != 0x50 goto -7 <L521>
  528: if w8 == 0x6 goto +21 <L550>
  529: goto -9 <L521>
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
L530:
  530: *(u32 *)(r10 -32) = 0
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-iface-redirect.bfr:4)
  531: r2 = r10
  532: r2 += -32
  533: r1 = map[steer_ctr] ll
  535: call bpf_map_lookup_elem#1
  536: if r0 == 0x0 goto +9 <L546>
  537: r1 = *(u64 *)(r0 +0)
  538: r1 += 1
  539: *(u64 *)(r0 +0) = r1
  540: r2 = *(u32 *)(r6 +4)
  541: r3 = *(u32 *)(r6 +0)
  542: r2 -= r3
  543: r1 = *(u64 *)(r0 +8)
  544: r1 += r2
  545: *(u64 *)(r0 +8) = r1
L546:
  546: w1 = 0  ; iface eth2: index set by the loader
  547: r2 = 0
  548: call bpf_redirect#23
  549: exit
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L550:
  550: *(u32 *)(r10 -32) = 1
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-iface-redirect.bfr:5)
  551: r2 = r10
  552: r2 += -32
  553: r1 = map[steer_ctr] ll
  555: call bpf_map_lookup_elem#1
  556: if r0 == 0x0 goto +9 <L566>
  557: r1 = *(u64 *)(r0 +0)
  558: r1 += 1
  559: *(u64 *)(r0 +0) = r1
  560: r2 = *(u32 *)(r6 +4)
  561: r3 = *(u32 *)(r6 +0)
  562: r2 -= r3
  563: r1 = *(u64 *)(r0 +8)
  564: r1 += r2
  565: *(u64 *)(r0 +8) = r1
L566:
  566: w1 = 4
  567: r2 = 0
  568: call bpf_redirect#23
  569: exit
L570:
  570: r0 = 1
  571: exit
L572:
  572: r2 = r10
  573: r2 += -32
  574: r1 = map[steer_ctr] ll
  576: call bpf_map_lookup_elem#1
  577: if r0 == 0x0 goto +9 <L587>
  578: r1 = *(u64 *)(r0 +0)
  579: r1 += 1
  580: *(u64 *)(r0 +0) = r1
  581: r2 = *(u32 *)(r6 +4)
  582: r3 = *(u32 *)(r6 +0)
  583: r2 -= r3
  584: r1 = *(u64 *)(r0 +8)
  585: r1 += r2
  586: *(u64 *)(r0 +8) = r1
L587:
  587: r0 = 2
  588: exit
