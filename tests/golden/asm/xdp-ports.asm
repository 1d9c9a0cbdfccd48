; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-ports.bfr

chain ports
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  ports
  policy   ACCEPT
  options  none
  rules    6
  license  GPL
  insns    596

  map        type          key  value  max_entries  flags  elements  role
  ports_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-ports.bfr:2: chain ports BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -32) = r1
    6: *(u64 *)(r10 -8) = 256
    7: *(u64 *)(r10 -16) = 65536
    8: *(u64 *)(r10 -24) = 65536
    9: r4 = r2
   10: r4 += 14
   11: if r4 > r3 goto +520 <L532>
   12: r1 = *(u16 *)(r2 +12)
   13: if r1 == 0x81 goto +1 <L15>
   14: if r1 != 0xa888 goto +12 <L27>
L15:
   15: r0 = r4
   16: r0 += 4
   17: if r0 > r3 goto +514 <L532>
   18: r1 = *(u16 *)(r4 +2)
   19: r4 = r0
   20: if r1 == 0x81 goto +1 <L22>
   21: if r1 != 0xa888 goto +5 <L27>
L22:
   22: r0 = r4
   23: r0 += 4
   24: if r0 > r3 goto +507 <L532>
   25: r1 = *(u16 *)(r4 +2)
   26: r4 = r0
L27:
   27: if r1 == 0x8 goto +2 <L30>
   28: if r1 == 0xdd86 goto +20 <L49>
   29: goto +502 <L532>
L30:
   30: r0 = r4
   31: r0 += 20
   32: if r0 > r3 goto +499 <L532>
   33: r1 = *(u8 *)(r4 +0)
   34: r0 = r1
   35: r0 &= 240
   36: if r0 != 0x40 goto +495 <L532>
   37: r5 = r1
   38: r5 &= 15
   39: if r5 < 0x5 goto +492 <L532>
   40: r1 = *(u8 *)(r4 +9)
   41: r0 = *(u16 *)(r4 +6)
   42: r0 &= 65311
   43: if r0 != 0x0 goto +488 <L532>
   44: r5 <<= 2
   45: r0 = r4
   46: r0 += r5
   47: r5 = r0
   48: goto +15 <L64>
L49:
   49: r0 = r4
   50: r0 += 40
   51: if r0 > r3 goto +480 <L532>
   52: r5 = r0
   53: r1 = *(u8 *)(r4 +0)
   54: r1 &= 240
   55: if r1 != 0x60 goto +476 <L532>
   56: r1 = *(u8 *)(r4 +6)
   57: if r1 == 0x0 goto +43 <L101>
   58: if r1 == 0x2b goto +42 <L101>
   59: if r1 == 0x2c goto +41 <L101>
   60: if r1 == 0x33 goto +40 <L101>
   61: if r1 == 0x3c goto +39 <L101>
   62: if r1 == 0x87 goto +38 <L101>
   63: goto +0 <L64>
L64:
   64: if r1 == 0x6 goto +4 <L69>
   65: if r1 == 0x11 goto +14 <L80>
   66: if r1 == 0x1 goto +24 <L91>
   67: if r1 == 0x3a goto +28 <L96>
   68: goto +463 <L532>
L69:
   69: r0 = r5
   70: r0 += 20
   71: if r0 > r3 goto +460 <L532>
   72: *(u64 *)(r10 -8) = 6
   73: r1 = *(u16 *)(r5 +0)
   74: r1 = be16 r1
   75: *(u64 *)(r10 -16) = r1
   76: r1 = *(u16 *)(r5 +2)
   77: r1 = be16 r1
   78: *(u64 *)(r10 -24) = r1
   79: goto +452 <L532>
L80:
   80: r0 = r5
   81: r0 += 8
   82: if r0 > r3 goto +449 <L532>
   83: *(u64 *)(r10 -8) = 17
   84: r1 = *(u16 *)(r5 +0)
   85: r1 = be16 r1
   86: *(u64 *)(r10 -16) = r1
   87: r1 = *(u16 *)(r5 +2)
   88: r1 = be16 r1
   89: *(u64 *)(r10 -24) = r1
   90: goto +441 <L532>
L91:
   91: r0 = r5
   92: r0 += 8
   93: if r0 > r3 goto +438 <L532>
   94: *(u64 *)(r10 -8) = 1
   95: goto +436 <L532>
L96:
   96: r0 = r5
   97: r0 += 8
   98: if r0 > r3 goto +433 <L532>
   99: *(u64 *)(r10 -8) = 58
  100: goto +431 <L532>
L101:
  101: r7 = r5
  102: r7 -= r2
  103: r8 = r1
  104: if r8 == 0x2c goto +32 <L137>
  105: if r8 == 0x33 goto +18 <L124>
  106: if r8 == 0x0 goto +4 <L111>
  107: if r8 == 0x2b goto +3 <L111>
  108: if r8 == 0x3c goto +2 <L111>
  109: if r8 == 0x87 goto +1 <L111>
  110: goto +359 <L470>
L111:
  111: r1 = r6
  112: r2 = r7
  113: r3 = r10
  114: r3 += -64
  115: r4 = 2
  116: call bpf_xdp_load_bytes#189
  117: if r0 != 0x0 goto +413 <L531>
  118: r8 = *(u8 *)(r10 -64)
  119: r1 = *(u8 *)(r10 -63)
  120: r1 += 1
  121: r1 <<= 3
  122: r7 += r1
  123: goto +25 <L149>
L124:
  124: r1 = r6
  125: r2 = r7
  126: r3 = r10
  127: r3 += -64
  128: r4 = 2
  129: call bpf_xdp_load_bytes#189
  130: if r0 != 0x0 goto +400 <L531>
  131: r8 = *(u8 *)(r10 -64)
  132: r1 = *(u8 *)(r10 -63)
  133: r1 += 2
  134: r1 <<= 2
  135: r7 += r1
  136: goto +12 <L149>
L137:
  137: r1 = r6
  138: r2 = r7
  139: r3 = r10
  140: r3 += -64
  141: r4 = 4
  142: call bpf_xdp_load_bytes#189
  143: if r0 != 0x0 goto +387 <L531>
  144: r8 = *(u8 *)(r10 -64)
  145: r1 = *(u16 *)(r10 -62)
  146: r1 &= 63743
  147: if r1 != 0x0 goto +383 <L531>
  148: r7 += 8
L149:
  149: if r8 == 0x2c goto +32 <L182>
  150: if r8 == 0x33 goto +18 <L169>
  151: if r8 == 0x0 goto +4 <L156>
  152: if r8 == 0x2b goto +3 <L156>
  153: if r8 == 0x3c goto +2 <L156>
  154: if r8 == 0x87 goto +1 <L156>
  155: goto +314 <L470>
L156:
  156: r1 = r6
  157: r2 = r7
  158: r3 = r10
  159: r3 += -64
  160: r4 = 2
  161: call bpf_xdp_load_bytes#189
  162: if r0 != 0x0 goto +368 <L531>
  163: r8 = *(u8 *)(r10 -64)
  164: r1 = *(u8 *)(r10 -63)
  165: r1 += 1
  166: r1 <<= 3
  167: r7 += r1
  168: goto +25 <L194>
L169:
  169: r1 = r6
  170: r2 = r7
  171: r3 = r10
  172: r3 += -64
  173: r4 = 2
  174: call bpf_xdp_load_bytes#189
  175: if r0 != 0x0 goto +355 <L531>
  176: r8 = *(u8 *)(r10 -64)
  177: r1 = *(u8 *)(r10 -63)
  178: r1 += 2
  179: r1 <<= 2
  180: r7 += r1
  181: goto +12 <L194>
L182:
  182: r1 = r6
  183: r2 = r7
  184: r3 = r10
  185: r3 += -64
  186: r4 = 4
  187: call bpf_xdp_load_bytes#189
  188: if r0 != 0x0 goto +342 <L531>
  189: r8 = *(u8 *)(r10 -64)
  190: r1 = *(u16 *)(r10 -62)
  191: r1 &= 63743
  192: if r1 != 0x0 goto +338 <L531>
  193: r7 += 8
L194:
  194: if r8 == 0x2c goto +32 <L227>
  195: if r8 == 0x33 goto +18 <L214>
  196: if r8 == 0x0 goto +4 <L201>
  197: if r8 == 0x2b goto +3 <L201>
  198: if r8 == 0x3c goto +2 <L201>
  199: if r8 == 0x87 goto +1 <L201>
  200: goto +269 <L470>
L201:
  201: r1 = r6
  202: r2 = r7
  203: r3 = r10
  204: r3 += -64
  205: r4 = 2
  206: call bpf_xdp_load_bytes#189
  207: if r0 != 0x0 goto +323 <L531>
  208: r8 = *(u8 *)(r10 -64)
  209: r1 = *(u8 *)(r10 -63)
  210: r1 += 1
  211: r1 <<= 3
  212: r7 += r1
  213: goto +25 <L239>
L214:
  214: r1 = r6
  215: r2 = r7
  216: r3 = r10
  217: r3 += -64
  218: r4 = 2
  219: call bpf_xdp_load_bytes#189
  220: if r0 != 0x0 goto +310 <L531>
  221: r8 = *(u8 *)(r10 -64)
  222: r1 = *(u8 *)(r10 -63)
  223: r1 += 2
  224: r1 <<= 2
  225: r7 += r1
  226: goto +12 <L239>
L227:
  227: r1 = r6
  228: r2 = r7
  229: r3 = r10
  230: r3 += -64
  231: r4 = 4
  232: call bpf_xdp_load_bytes#189
  233: if r0 != 0x0 goto +297 <L531>
  234: r8 = *(u8 *)(r10 -64)
  235: r1 = *(u16 *)(r10 -62)
  236: r1 &= 63743
  237: if r1 != 0x0 goto +293 <L531>
  238: r7 += 8
L239:
  239: if r8 == 0x2c goto +32 <L272>
  240: if r8 == 0x33 goto +18 <L259>
  241: if r8 == 0x0 goto +4 <L246>
  242: if r8 == 0x2b goto +3 <L246>
  243: if r8 == 0x3c goto +2 <L246>
  244: if r8 == 0x87 goto +1 <L246>
  245: goto +224 <L470>
L246:
  246: r1 = r6
  247: r2 = r7
  248: r3 = r10
  249: r3 += -64
  250: r4 = 2
  251: call bpf_xdp_load_bytes#189
  252: if r0 != 0x0 goto +278 <L531>
  253: r8 = *(u8 *)(r10 -64)
  254: r1 = *(u8 *)(r10 -63)
  255: r1 += 1
  256: r1 <<= 3
  257: r7 += r1
  258: goto +25 <L284>
L259:
  259: r1 = r6
  260: r2 = r7
  261: r3 = r10
  262: r3 += -64
  263: r4 = 2
  264: call bpf_xdp_load_bytes#189
  265: if r0 != 0x0 goto +265 <L531>
  266: r8 = *(u8 *)(r10 -64)
  267: r1 = *(u8 *)(r10 -63)
  268: r1 += 2
  269: r1 <<= 2
  270: r7 += r1
  271: goto +12 <L284>
L272:
  272: r1 = r6
  273: r2 = r7
  274: r3 = r10
  275: r3 += -64
  276: r4 = 4
  277: call bpf_xdp_load_bytes#189
  278: if r0 != 0x0 goto +252 <L531>
  279: r8 = *(u8 *)(r10 -64)
  280: r1 = *(u16 *)(r10 -62)
  281: r1 &= 63743
  282: if r1 != 0x0 goto +248 <L531>
  283: r7 += 8
L284:
  284: if r8 == 0x2c goto +32 <L317>
  285: if r8 == 0x33 goto +18 <L304>
  286: if r8 == 0x0 goto +4 <L291>
  287: if r8 == 0x2b goto +3 <L291>
  288: if r8 == 0x3c goto +2 <L291>
  289: if r8 == 0x87 goto +1 <L291>
  290: goto +179 <L470>
L291:
  291: r1 = r6
  292: r2 = r7
  293: r3 = r10
  294: r3 += -64
  295: r4 = 2
  296: call bpf_xdp_load_bytes#189
  297: if r0 != 0x0 goto +233 <L531>
  298: r8 = *(u8 *)(r10 -64)
  299: r1 = *(u8 *)(r10 -63)
  300: r1 += 1
  301: r1 <<= 3
  302: r7 += r1
  303: goto +25 <L329>
L304:
  304: r1 = r6
  305: r2 = r7
  306: r3 = r10
  307: r3 += -64
  308: r4 = 2
  309: call bpf_xdp_load_bytes#189
  310: if r0 != 0x0 goto +220 <L531>
  311: r8 = *(u8 *)(r10 -64)
  312: r1 = *(u8 *)(r10 -63)
  313: r1 += 2
  314: r1 <<= 2
  315: r7 += r1
  316: goto +12 <L329>
L317:
  317: r1 = r6
  318: r2 = r7
  319: r3 = r10
  320: r3 += -64
  321: r4 = 4
  322: call bpf_xdp_load_bytes#189
  323: if r0 != 0x0 goto +207 <L531>
  324: r8 = *(u8 *)(r10 -64)
  325: r1 = *(u16 *)(r10 -62)
  326: r1 &= 63743
  327: if r1 != 0x0 goto +203 <L531>
  328: r7 += 8
L329:
  329: if r8 == 0x2c goto +32 <L362>
  330: if r8 == 0x33 goto +18 <L349>
  331: if r8 == 0x0 goto +4 <L336>
  332: if r8 == 0x2b goto +3 <L336>
  333: if r8 == 0x3c goto +2 <L336>
  334: if r8 == 0x87 goto +1 <L336>
  335: goto +134 <L470>
L336:
  336: r1 = r6
  337: r2 = r7
  338: r3 = r10
  339: r3 += -64
  340: r4 = 2
  341: call bpf_xdp_load_bytes#189
  342: if r0 != 0x0 goto +188 <L531>
  343: r8 = *(u8 *)(r10 -64)
  344: r1 = *(u8 *)(r10 -63)
  345: r1 += 1
  346: r1 <<= 3
  347: r7 += r1
  348: goto +25 <L374>
L349:
  349: r1 = r6
  350: r2 = r7
  351: r3 = r10
  352: r3 += -64
  353: r4 = 2
  354: call bpf_xdp_load_bytes#189
  355: if r0 != 0x0 goto +175 <L531>
  356: r8 = *(u8 *)(r10 -64)
  357: r1 = *(u8 *)(r10 -63)
  358: r1 += 2
  359: r1 <<= 2
  360: r7 += r1
  361: goto +12 <L374>
L362:
  362: r1 = r6
  363: r2 = r7
  364: r3 = r10
  365: r3 += -64
  366: r4 = 4
  367: call bpf_xdp_load_bytes#189
  368: if r0 != 0x0 goto +162 <L531>
  369: r8 = *(u8 *)(r10 -64)
  370: r1 = *(u16 *)(r10 -62)
  371: r1 &= 63743
  372: if r1 != 0x0 goto +158 <L531>
  373: r7 += 8
L374:
  374: if r8 == 0x2c goto +32 <L407>
  375: if r8 == 0x33 goto +18 <L394>
  376: if r8 == 0x0 goto +4 <L381>
  377: if r8 == 0x2b goto +3 <L381>
  378: if r8 == 0x3c goto +2 <L381>
  379: if r8 == 0x87 goto +1 <L381>
  380: goto +89 <L470>
L381:
  381: r1 = r6
  382: r2 = r7
  383: r3 = r10
  384: r3 += -64
  385: r4 = 2
  386: call bpf_xdp_load_bytes#189
  387: if r0 != 0x0 goto +143 <L531>
  388: r8 = *(u8 *)(r10 -64)
  389: r1 = *(u8 *)(r10 -63)
  390: r1 += 1
  391: r1 <<= 3
  392: r7 += r1
  393: goto +25 <L419>
L394:
  394: r1 = r6
  395: r2 = r7
  396: r3 = r10
  397: r3 += -64
  398: r4 = 2
  399: call bpf_xdp_load_bytes#189
  400: if r0 != 0x0 goto +130 <L531>
  401: r8 = *(u8 *)(r10 -64)
  402: r1 = *(u8 *)(r10 -63)
  403: r1 += 2
  404: r1 <<= 2
  405: r7 += r1
  406: goto +12 <L419>
L407:
  407: r1 = r6
  408: r2 = r7
  409: r3 = r10
  410: r3 += -64
  411: r4 = 4
  412: call bpf_xdp_load_bytes#189
  413: if r0 != 0x0 goto +117 <L531>
  414: r8 = *(u8 *)(r10 -64)
  415: r1 = *(u16 *)(r10 -62)
  416: r1 &= 63743
  417: if r1 != 0x0 goto +113 <L531>
  418: r7 += 8
L419:
  419: if r8 == 0x2c goto +32 <L452>
  420: if r8 == 0x33 goto +18 <L439>
  421: if r8 == 0x0 goto +4 <L426>
  422: if r8 == 0x2b goto +3 <L426>
  423: if r8 == 0x3c goto +2 <L426>
  424: if r8 == 0x87 goto +1 <L426>
  425: goto +44 <L470>
L426:
  426: r1 = r6
  427: r2 = r7
  428: r3 = r10
  429: r3 += -64
  430: r4 = 2
  431: call bpf_xdp_load_bytes#189
  432: if r0 != 0x0 goto +98 <L531>
  433: r8 = *(u8 *)(r10 -64)
  434: r1 = *(u8 *)(r10 -63)
  435: r1 += 1
  436: r1 <<= 3
  437: r7 += r1
  438: goto +25 <L464>
L439:
  439: r1 = r6
  440: r2 = r7
  441: r3 = r10
  442: r3 += -64
  443: r4 = 2
  444: call bpf_xdp_load_bytes#189
  445: if r0 != 0x0 goto +85 <L531>
  446: r8 = *(u8 *)(r10 -64)
  447: r1 = *(u8 *)(r10 -63)
  448: r1 += 2
  449: r1 <<= 2
  450: r7 += r1
  451: goto +12 <L464>
L452:
  452: r1 = r6
  453: r2 = r7
  454: r3 = r10
  455: r3 += -64
  456: r4 = 4
  457: call bpf_xdp_load_bytes#189
  458: if r0 != 0x0 goto +72 <L531>
  459: r8 = *(u8 *)(r10 -64)
  460: r1 = *(u16 *)(r10 -62)
  461: r1 &= 63743
  462: if r1 != 0x0 goto +68 <L531>
  463: r7 += 8
L464:
  464: if r8 == 0x0 goto +66 <L531>
  465: if r8 == 0x2b goto +65 <L531>
  466: if r8 == 0x2c goto +64 <L531>
  467: if r8 == 0x33 goto +63 <L531>
  468: if r8 == 0x3c goto +62 <L531>
  469: if r8 == 0x87 goto +61 <L531>
L470:
  470: if r8 == 0x6 goto +4 <L475>
  471: if r8 == 0x11 goto +20 <L492>
  472: if r8 == 0x1 goto +36 <L509>
  473: if r8 == 0x3a goto +46 <L520>
  474: goto +57 <L532>
L475:
  475: r1 = r6
  476: r2 = r7
  477: r3 = r10
  478: r3 += -64
  479: r4 = 20
  480: call bpf_xdp_load_bytes#189
  481: if r0 != 0x0 goto +50 <L532>
  482: r0 = r10
  483: r0 += -64
  484: *(u64 *)(r10 -8) = 6
  485: r1 = *(u16 *)(r0 +0)
  486: r1 = be16 r1
  487: *(u64 *)(r10 -16) = r1
  488: r1 = *(u16 *)(r0 +2)
  489: r1 = be16 r1
  490: *(u64 *)(r10 -24) = r1
  491: goto +40 <L532>
L492:
  492: r1 = r6
  493: r2 = r7
  494: r3 = r10
  495: r3 += -64
  496: r4 = 8
  497: call bpf_xdp_load_bytes#189
  498: if r0 != 0x0 goto +33 <L532>
  499: r0 = r10
  500: r0 += -64
  501: *(u64 *)(r10 -8) = 17
  502: r1 = *(u16 *)(r0 +0)
  503: r1 = be16 r1
  504: *(u64 *)(r10 -16) = r1
  505: r1 = *(u16 *)(r0 +2)
  506: r1 = be16 r1
  507: *(u64 *)(r10 -24) = r1
  508: goto +23 <L532>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -64
  513: r4 = 8
  514: call bpf_xdp_load_bytes#189
  515: if r0 != 0x0 goto +16 <L532>
  516: r0 = r10
  517: r0 += -64
  518: *(u64 *)(r10 -8) = 1
  519: goto +12 <L532>
L520:
  520: r1 = r6
  521: r2 = r7
  522: r3 = r10
  523: r3 += -64
  524: r4 = 8
  525: call bpf_xdp_load_bytes#189
  526: if r0 != 0x0 goto +5 <L532>
  527: r0 = r10
  528: r0 += -64
  529: *(u64 *)(r10 -8) = 58
  530: goto +1 <L532>
L531:
  531: goto +0 <L532>
L532:
  532: r7 = *(u64 *)(r10 -24)
  533: r8 = *(u64 *)(r10 -8)
  534: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
  535: if w7 == 0x16 goto +9 <L545>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L536:
  536: if w7 < 0x1f40 goto +1 <L538>
  537: if w7 <= 0x1f90 goto +9 <L547>
; rule 2 — tests/golden/asm/xdp-ports.bfr:5: rule udp.dport range 33434-33534 DROP
L538:
  538: if w7 < 0x829a goto +1 <L540>
  539: if w7 <= 0x82fe goto +10 <L550>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L540:
  540: if w9 == 0x35 goto +11 <L552>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L541:
  541: if w7 == 0x1bb goto +22 <L564>
; rule 5 — tests/golden/asm/xdp-ports.bfr:8: rule meta.sport range 0-1023 meta.dport 0 DROP
  542: if w7 == 0x0 goto +13 <L556>
; policy — no rule matched (line info: tests/golden/asm/xdp-ports.bfr:8)
L543:
  543: *(u32 *)(r10 -40) = 4
  544: goto +36 <L581>
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
L545:
  545: if w8 == 0x6 goto +12 <L558>
  546: goto -11 <L536>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L547:
  547: if w8 != 0x6 goto -10 <L538>
  548: if w9 != 0x400 goto +11 <L560>
  549: goto -12 <L538>
; rule 2 — tests/golden/asm/xdp-ports.bfr:5: rule udp.dport range 33434-33534 DROP
L550:
  550: if w8 == 0x11 goto +28 <L579>
  551: goto -12 <L540>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L552:
  552: if w7 < 0x1 goto +1 <L554>
  553: if w7 <= 0x3ff goto -13 <L541>
L554:
  554: if w8 == 0x11 goto +7 <L562>
  555: goto -15 <L541>
; rule 5 — tests/golden/asm/xdp-ports.bfr:8: rule meta.sport range 0-1023 meta.dport 0 DROP
L556:
  556: if w9 <= 0x3ff goto +22 <L579>
  557: goto -15 <L543>
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
L558:
  558: *(u32 *)(r10 -40) = 0
  559: goto +21 <L581>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L560:
  560: *(u32 *)(r10 -40) = 1
  561: goto +4 <L566>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L562:
  562: *(u32 *)(r10 -40) = 2
  563: goto +17 <L581>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L564:
  564: *(u32 *)(r10 -40) = 3
  565: goto +15 <L581>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-ports.bfr:7)
L566:
  566: r2 = r10
  567: r2 += -40
  568: r1 = map[ports_ctr] ll
  570: call bpf_map_lookup_elem#1
  571: if r0 == 0x0 goto +7 <L579>
  572: r1 = *(u64 *)(r0 +0)
  573: r1 += 1
  574: *(u64 *)(r0 +0) = r1
  575: r1 = *(u64 *)(r0 +8)
  576: r2 = *(u64 *)(r10 -32)
  577: r1 += r2
  578: *(u64 *)(r0 +8) = r1
L579:
  579: r0 = 1
  580: exit
L581:
  581: r2 = r10
  582: r2 += -40
  583: r1 = map[ports_ctr] ll
  585: call bpf_map_lookup_elem#1
  586: if r0 == 0x0 goto +7 <L594>
  587: r1 = *(u64 *)(r0 +0)
  588: r1 += 1
  589: *(u64 *)(r0 +0) = r1
  590: r1 = *(u64 *)(r0 +8)
  591: r2 = *(u64 *)(r10 -32)
  592: r1 += r2
  593: *(u64 *)(r0 +8) = r1
L594:
  594: r0 = 2
  595: exit
