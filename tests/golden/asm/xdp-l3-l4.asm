; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-l3-l4.bfr

chain proto
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  proto
  policy   ACCEPT
  options  none
  rules    6
  license  GPL
  insns    593

  map        type          key  value  max_entries  flags  elements  role
  proto_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-l3-l4.bfr:3: chain proto BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -64) = r1
    6: *(u64 *)(r10 -8) = 65536
    7: *(u64 *)(r10 -24) = 256
    8: *(u64 *)(r10 -16) = 0
    9: r1 = 0x100000000 ll
   11: *(u64 *)(r10 -32) = r1
   12: r4 = r2
   13: r4 += 14
   14: if r4 > r3 goto +514 <L529>
   15: r1 = *(u16 *)(r2 +12)
   16: if r1 == 0x81 goto +1 <L18>
   17: if r1 != 0xa888 goto +12 <L30>
L18:
   18: r0 = r4
   19: r0 += 4
   20: if r0 > r3 goto +508 <L529>
   21: r1 = *(u16 *)(r4 +2)
   22: r4 = r0
   23: if r1 == 0x81 goto +1 <L25>
   24: if r1 != 0xa888 goto +5 <L30>
L25:
   25: r0 = r4
   26: r0 += 4
   27: if r0 > r3 goto +501 <L529>
   28: r1 = *(u16 *)(r4 +2)
   29: r4 = r0
L30:
   30: *(u64 *)(r10 -8) = r1
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +29 <L62>
   33: goto +495 <L529>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +492 <L529>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +488 <L529>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +485 <L529>
   44: *(u64 *)(r10 -16) = 4
   45: r1 = *(u32 *)(r4 +12)
   46: r1 <<= 32
   47: r1 s>>= 32
   48: *(u64 *)(r10 -32) = r1
   49: r1 = *(u8 *)(r4 +1)
   50: r1 >>= 2
   51: *(u64 *)(r10 -40) = r1
   52: r1 = *(u8 *)(r4 +9)
   53: *(u64 *)(r10 -24) = r1
   54: r0 = *(u16 *)(r4 +6)
   55: r0 &= 65311
   56: if r0 != 0x0 goto +472 <L529>
   57: r5 <<= 2
   58: r0 = r4
   59: r0 += r5
   60: r5 = r0
   61: goto +28 <L90>
L62:
   62: r0 = r4
   63: r0 += 40
   64: if r0 > r3 goto +464 <L529>
   65: r5 = r0
   66: r1 = *(u8 *)(r4 +0)
   67: r1 &= 240
   68: if r1 != 0x60 goto +460 <L529>
   69: *(u64 *)(r10 -16) = 6
   70: r1 = *(u64 *)(r4 +8)
   71: *(u64 *)(r10 -56) = r1
   72: r1 = *(u64 *)(r4 +16)
   73: *(u64 *)(r10 -48) = r1
   74: r1 = *(u8 *)(r4 +0)
   75: r1 &= 15
   76: r1 <<= 2
   77: r0 = *(u8 *)(r4 +1)
   78: r0 >>= 6
   79: r1 |= r0
   80: *(u64 *)(r10 -40) = r1
   81: r1 = *(u8 *)(r4 +6)
   82: if r1 == 0x0 goto +28 <L111>
   83: if r1 == 0x2b goto +27 <L111>
   84: if r1 == 0x2c goto +26 <L111>
   85: if r1 == 0x33 goto +25 <L111>
   86: if r1 == 0x3c goto +24 <L111>
   87: if r1 == 0x87 goto +23 <L111>
   88: *(u64 *)(r10 -24) = r1
   89: goto +0 <L90>
L90:
   90: if r1 == 0x6 goto +4 <L95>
   91: if r1 == 0x11 goto +7 <L99>
   92: if r1 == 0x1 goto +10 <L103>
   93: if r1 == 0x3a goto +13 <L107>
   94: goto +434 <L529>
L95:
   95: r0 = r5
   96: r0 += 20
   97: if r0 > r3 goto +431 <L529>
   98: goto +430 <L529>
L99:
   99: r0 = r5
  100: r0 += 8
  101: if r0 > r3 goto +427 <L529>
  102: goto +426 <L529>
L103:
  103: r0 = r5
  104: r0 += 8
  105: if r0 > r3 goto +423 <L529>
  106: goto +422 <L529>
L107:
  107: r0 = r5
  108: r0 += 8
  109: if r0 > r3 goto +419 <L529>
  110: goto +418 <L529>
L111:
  111: r7 = r5
  112: r7 -= r2
  113: r8 = r1
  114: r9 = 0
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
  125: r3 += -96
  126: r4 = 2
  127: call bpf_xdp_load_bytes#189
  128: if r0 != 0x0 goto +399 <L528>
  129: r8 = *(u8 *)(r10 -96)
  130: r1 = *(u8 *)(r10 -95)
  131: r1 += 1
  132: r1 <<= 3
  133: r7 += r1
  134: goto +25 <L160>
L135:
  135: r1 = r6
  136: r2 = r7
  137: r3 = r10
  138: r3 += -96
  139: r4 = 2
  140: call bpf_xdp_load_bytes#189
  141: if r0 != 0x0 goto +386 <L528>
  142: r8 = *(u8 *)(r10 -96)
  143: r1 = *(u8 *)(r10 -95)
  144: r1 += 2
  145: r1 <<= 2
  146: r7 += r1
  147: goto +12 <L160>
L148:
  148: r1 = r6
  149: r2 = r7
  150: r3 = r10
  151: r3 += -96
  152: r4 = 4
  153: call bpf_xdp_load_bytes#189
  154: if r0 != 0x0 goto +373 <L528>
  155: r8 = *(u8 *)(r10 -96)
  156: r1 = *(u16 *)(r10 -94)
  157: r1 &= 63743
  158: if r1 != 0x0 goto +368 <L527>
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
  170: r3 += -96
  171: r4 = 2
  172: call bpf_xdp_load_bytes#189
  173: if r0 != 0x0 goto +354 <L528>
  174: r8 = *(u8 *)(r10 -96)
  175: r1 = *(u8 *)(r10 -95)
  176: r1 += 1
  177: r1 <<= 3
  178: r7 += r1
  179: goto +25 <L205>
L180:
  180: r1 = r6
  181: r2 = r7
  182: r3 = r10
  183: r3 += -96
  184: r4 = 2
  185: call bpf_xdp_load_bytes#189
  186: if r0 != 0x0 goto +341 <L528>
  187: r8 = *(u8 *)(r10 -96)
  188: r1 = *(u8 *)(r10 -95)
  189: r1 += 2
  190: r1 <<= 2
  191: r7 += r1
  192: goto +12 <L205>
L193:
  193: r1 = r6
  194: r2 = r7
  195: r3 = r10
  196: r3 += -96
  197: r4 = 4
  198: call bpf_xdp_load_bytes#189
  199: if r0 != 0x0 goto +328 <L528>
  200: r8 = *(u8 *)(r10 -96)
  201: r1 = *(u16 *)(r10 -94)
  202: r1 &= 63743
  203: if r1 != 0x0 goto +323 <L527>
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
  215: r3 += -96
  216: r4 = 2
  217: call bpf_xdp_load_bytes#189
  218: if r0 != 0x0 goto +309 <L528>
  219: r8 = *(u8 *)(r10 -96)
  220: r1 = *(u8 *)(r10 -95)
  221: r1 += 1
  222: r1 <<= 3
  223: r7 += r1
  224: goto +25 <L250>
L225:
  225: r1 = r6
  226: r2 = r7
  227: r3 = r10
  228: r3 += -96
  229: r4 = 2
  230: call bpf_xdp_load_bytes#189
  231: if r0 != 0x0 goto +296 <L528>
  232: r8 = *(u8 *)(r10 -96)
  233: r1 = *(u8 *)(r10 -95)
  234: r1 += 2
  235: r1 <<= 2
  236: r7 += r1
  237: goto +12 <L250>
L238:
  238: r1 = r6
  239: r2 = r7
  240: r3 = r10
  241: r3 += -96
  242: r4 = 4
  243: call bpf_xdp_load_bytes#189
  244: if r0 != 0x0 goto +283 <L528>
  245: r8 = *(u8 *)(r10 -96)
  246: r1 = *(u16 *)(r10 -94)
  247: r1 &= 63743
  248: if r1 != 0x0 goto +278 <L527>
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
  260: r3 += -96
  261: r4 = 2
  262: call bpf_xdp_load_bytes#189
  263: if r0 != 0x0 goto +264 <L528>
  264: r8 = *(u8 *)(r10 -96)
  265: r1 = *(u8 *)(r10 -95)
  266: r1 += 1
  267: r1 <<= 3
  268: r7 += r1
  269: goto +25 <L295>
L270:
  270: r1 = r6
  271: r2 = r7
  272: r3 = r10
  273: r3 += -96
  274: r4 = 2
  275: call bpf_xdp_load_bytes#189
  276: if r0 != 0x0 goto +251 <L528>
  277: r8 = *(u8 *)(r10 -96)
  278: r1 = *(u8 *)(r10 -95)
  279: r1 += 2
  280: r1 <<= 2
  281: r7 += r1
  282: goto +12 <L295>
L283:
  283: r1 = r6
  284: r2 = r7
  285: r3 = r10
  286: r3 += -96
  287: r4 = 4
  288: call bpf_xdp_load_bytes#189
  289: if r0 != 0x0 goto +238 <L528>
  290: r8 = *(u8 *)(r10 -96)
  291: r1 = *(u16 *)(r10 -94)
  292: r1 &= 63743
  293: if r1 != 0x0 goto +233 <L527>
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
  305: r3 += -96
  306: r4 = 2
  307: call bpf_xdp_load_bytes#189
  308: if r0 != 0x0 goto +219 <L528>
  309: r8 = *(u8 *)(r10 -96)
  310: r1 = *(u8 *)(r10 -95)
  311: r1 += 1
  312: r1 <<= 3
  313: r7 += r1
  314: goto +25 <L340>
L315:
  315: r1 = r6
  316: r2 = r7
  317: r3 = r10
  318: r3 += -96
  319: r4 = 2
  320: call bpf_xdp_load_bytes#189
  321: if r0 != 0x0 goto +206 <L528>
  322: r8 = *(u8 *)(r10 -96)
  323: r1 = *(u8 *)(r10 -95)
  324: r1 += 2
  325: r1 <<= 2
  326: r7 += r1
  327: goto +12 <L340>
L328:
  328: r1 = r6
  329: r2 = r7
  330: r3 = r10
  331: r3 += -96
  332: r4 = 4
  333: call bpf_xdp_load_bytes#189
  334: if r0 != 0x0 goto +193 <L528>
  335: r8 = *(u8 *)(r10 -96)
  336: r1 = *(u16 *)(r10 -94)
  337: r1 &= 63743
  338: if r1 != 0x0 goto +188 <L527>
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
  350: r3 += -96
  351: r4 = 2
  352: call bpf_xdp_load_bytes#189
  353: if r0 != 0x0 goto +174 <L528>
  354: r8 = *(u8 *)(r10 -96)
  355: r1 = *(u8 *)(r10 -95)
  356: r1 += 1
  357: r1 <<= 3
  358: r7 += r1
  359: goto +25 <L385>
L360:
  360: r1 = r6
  361: r2 = r7
  362: r3 = r10
  363: r3 += -96
  364: r4 = 2
  365: call bpf_xdp_load_bytes#189
  366: if r0 != 0x0 goto +161 <L528>
  367: r8 = *(u8 *)(r10 -96)
  368: r1 = *(u8 *)(r10 -95)
  369: r1 += 2
  370: r1 <<= 2
  371: r7 += r1
  372: goto +12 <L385>
L373:
  373: r1 = r6
  374: r2 = r7
  375: r3 = r10
  376: r3 += -96
  377: r4 = 4
  378: call bpf_xdp_load_bytes#189
  379: if r0 != 0x0 goto +148 <L528>
  380: r8 = *(u8 *)(r10 -96)
  381: r1 = *(u16 *)(r10 -94)
  382: r1 &= 63743
  383: if r1 != 0x0 goto +143 <L527>
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
  395: r3 += -96
  396: r4 = 2
  397: call bpf_xdp_load_bytes#189
  398: if r0 != 0x0 goto +129 <L528>
  399: r8 = *(u8 *)(r10 -96)
  400: r1 = *(u8 *)(r10 -95)
  401: r1 += 1
  402: r1 <<= 3
  403: r7 += r1
  404: goto +25 <L430>
L405:
  405: r1 = r6
  406: r2 = r7
  407: r3 = r10
  408: r3 += -96
  409: r4 = 2
  410: call bpf_xdp_load_bytes#189
  411: if r0 != 0x0 goto +116 <L528>
  412: r8 = *(u8 *)(r10 -96)
  413: r1 = *(u8 *)(r10 -95)
  414: r1 += 2
  415: r1 <<= 2
  416: r7 += r1
  417: goto +12 <L430>
L418:
  418: r1 = r6
  419: r2 = r7
  420: r3 = r10
  421: r3 += -96
  422: r4 = 4
  423: call bpf_xdp_load_bytes#189
  424: if r0 != 0x0 goto +103 <L528>
  425: r8 = *(u8 *)(r10 -96)
  426: r1 = *(u16 *)(r10 -94)
  427: r1 &= 63743
  428: if r1 != 0x0 goto +98 <L527>
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
  440: r3 += -96
  441: r4 = 2
  442: call bpf_xdp_load_bytes#189
  443: if r0 != 0x0 goto +84 <L528>
  444: r8 = *(u8 *)(r10 -96)
  445: r1 = *(u8 *)(r10 -95)
  446: r1 += 1
  447: r1 <<= 3
  448: r7 += r1
  449: goto +25 <L475>
L450:
  450: r1 = r6
  451: r2 = r7
  452: r3 = r10
  453: r3 += -96
  454: r4 = 2
  455: call bpf_xdp_load_bytes#189
  456: if r0 != 0x0 goto +71 <L528>
  457: r8 = *(u8 *)(r10 -96)
  458: r1 = *(u8 *)(r10 -95)
  459: r1 += 2
  460: r1 <<= 2
  461: r7 += r1
  462: goto +12 <L475>
L463:
  463: r1 = r6
  464: r2 = r7
  465: r3 = r10
  466: r3 += -96
  467: r4 = 4
  468: call bpf_xdp_load_bytes#189
  469: if r0 != 0x0 goto +58 <L528>
  470: r8 = *(u8 *)(r10 -96)
  471: r1 = *(u16 *)(r10 -94)
  472: r1 &= 63743
  473: if r1 != 0x0 goto +53 <L527>
  474: r7 += 8
L475:
  475: if r8 == 0x0 goto +52 <L528>
  476: if r8 == 0x2b goto +51 <L528>
  477: if r8 == 0x2c goto +50 <L528>
  478: if r8 == 0x33 goto +49 <L528>
  479: if r8 == 0x3c goto +48 <L528>
  480: if r8 == 0x87 goto +47 <L528>
L481:
  481: *(u64 *)(r10 -24) = r8
  482: if r8 == 0x6 goto +4 <L487>
  483: if r8 == 0x11 goto +13 <L497>
  484: if r8 == 0x1 goto +22 <L507>
  485: if r8 == 0x3a goto +31 <L517>
  486: goto +42 <L529>
L487:
  487: r1 = r6
  488: r2 = r7
  489: r3 = r10
  490: r3 += -96
  491: r4 = 20
  492: call bpf_xdp_load_bytes#189
  493: if r0 != 0x0 goto +35 <L529>
  494: r0 = r10
  495: r0 += -96
  496: goto +32 <L529>
L497:
  497: r1 = r6
  498: r2 = r7
  499: r3 = r10
  500: r3 += -96
  501: r4 = 8
  502: call bpf_xdp_load_bytes#189
  503: if r0 != 0x0 goto +25 <L529>
  504: r0 = r10
  505: r0 += -96
  506: goto +22 <L529>
L507:
  507: r1 = r6
  508: r2 = r7
  509: r3 = r10
  510: r3 += -96
  511: r4 = 8
  512: call bpf_xdp_load_bytes#189
  513: if r0 != 0x0 goto +15 <L529>
  514: r0 = r10
  515: r0 += -96
  516: goto +12 <L529>
L517:
  517: r1 = r6
  518: r2 = r7
  519: r3 = r10
  520: r3 += -96
  521: r4 = 8
  522: call bpf_xdp_load_bytes#189
  523: if r0 != 0x0 goto +5 <L529>
  524: r0 = r10
  525: r0 += -96
  526: goto +2 <L529>
L527:
  527: *(u64 *)(r10 -24) = r8
L528:
  528: goto +0 <L529>
L529:
  529: r7 = *(u64 *)(r10 -16)
  530: r8 = *(u64 *)(r10 -24)
  531: r9 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/xdp-l3-l4.bfr:4: rule meta.l3_proto 0x0806 ACCEPT
  532: if w9 == 0x608 goto +58 <L591>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
  533: if w8 == 0x2f goto +21 <L555>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
  534: if w7 != 0x4 goto +1 <L536>
  535: if w8 == 0x2f goto +21 <L557>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L536:
  536: if w7 != 0x4 goto +2 <L539>
  537: r1 = *(u64 *)(r10 -40)
  538: if w1 == 0x2e goto +20 <L559>
; rule 4 — tests/golden/asm/xdp-l3-l4.bfr:8: rule ip6.dscp not cs1 meta.l4_proto udp ACCEPT
L539:
  539: if w7 != 0x6 goto +3 <L543>
  540: r1 = *(u64 *)(r10 -40)
  541: if w1 == 0x8 goto +1 <L543>
  542: if w8 == 0x11 goto +48 <L591>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L543:
  543: r1 = *(u64 *)(r10 -32)
  544: if r1 != 0x10200c0 goto +8 <L553>
  545: if w7 != 0x6 goto +7 <L553>
  546: r2 = *(u64 *)(r10 -56)
  547: r3 = *(u64 *)(r10 -48)
  548: w4 = -1207107296
  549: r5 = 0x100000000000000 ll
  551: if r2 != r4 goto +1 <L553>
  552: if r3 == r5 goto +8 <L561>
L553:
  553: *(u32 *)(r10 -72) = 4
  554: goto +23 <L578>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
L555:
  555: *(u32 *)(r10 -72) = 0
  556: goto +6 <L563>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
L557:
  557: *(u32 *)(r10 -72) = 1
  558: goto +4 <L563>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L559:
  559: *(u32 *)(r10 -72) = 2
  560: goto +17 <L578>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L561:
  561: *(u32 *)(r10 -72) = 3
  562: goto +0 <L563>
L563:
  563: r2 = r10
  564: r2 += -72
  565: r1 = map[proto_ctr] ll
  567: call bpf_map_lookup_elem#1
  568: if r0 == 0x0 goto +7 <L576>
  569: r1 = *(u64 *)(r0 +0)
  570: r1 += 1
  571: *(u64 *)(r0 +0) = r1
  572: r1 = *(u64 *)(r0 +8)
  573: r2 = *(u64 *)(r10 -64)
  574: r1 += r2
  575: *(u64 *)(r0 +8) = r1
L576:
  576: r0 = 1
  577: exit
L578:
  578: r2 = r10
  579: r2 += -72
  580: r1 = map[proto_ctr] ll
  582: call bpf_map_lookup_elem#1
  583: if r0 == 0x0 goto +7 <L591>
  584: r1 = *(u64 *)(r0 +0)
  585: r1 += 1
  586: *(u64 *)(r0 +0) = r1
  587: r1 = *(u64 *)(r0 +8)
  588: r2 = *(u64 *)(r10 -64)
  589: r1 += r2
  590: *(u64 *)(r0 +8) = r1
L591:
  591: r0 = 2
  592: exit
