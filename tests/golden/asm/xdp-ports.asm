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
  insns    592

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
   11: if r4 > r3 goto +521 <L533>
   12: r1 = *(u16 *)(r2 +12)
   13: if r1 == 0x81 goto +1 <L15>
   14: if r1 != 0xa888 goto +12 <L27>
L15:
   15: r0 = r4
   16: r0 += 4
   17: if r0 > r3 goto +515 <L533>
   18: r1 = *(u16 *)(r4 +2)
   19: r4 = r0
   20: if r1 == 0x81 goto +1 <L22>
   21: if r1 != 0xa888 goto +5 <L27>
L22:
   22: r0 = r4
   23: r0 += 4
   24: if r0 > r3 goto +508 <L533>
   25: r1 = *(u16 *)(r4 +2)
   26: r4 = r0
L27:
   27: if r1 == 0x8 goto +2 <L30>
   28: if r1 == 0xdd86 goto +20 <L49>
   29: goto +503 <L533>
L30:
   30: r0 = r4
   31: r0 += 20
   32: if r0 > r3 goto +500 <L533>
   33: r1 = *(u8 *)(r4 +0)
   34: r0 = r1
   35: r0 &= 240
   36: if r0 != 0x40 goto +496 <L533>
   37: r5 = r1
   38: r5 &= 15
   39: if r5 < 0x5 goto +493 <L533>
   40: r1 = *(u8 *)(r4 +9)
   41: r0 = *(u16 *)(r4 +6)
   42: r0 &= 65311
   43: if r0 != 0x0 goto +489 <L533>
   44: r5 <<= 2
   45: r0 = r4
   46: r0 += r5
   47: r5 = r0
   48: goto +15 <L64>
L49:
   49: r0 = r4
   50: r0 += 40
   51: if r0 > r3 goto +481 <L533>
   52: r5 = r0
   53: r1 = *(u8 *)(r4 +0)
   54: r1 &= 240
   55: if r1 != 0x60 goto +477 <L533>
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
   68: goto +464 <L533>
L69:
   69: r0 = r5
   70: r0 += 20
   71: if r0 > r3 goto +461 <L533>
   72: *(u64 *)(r10 -8) = 6
   73: r1 = *(u16 *)(r5 +0)
   74: r1 = be16 r1
   75: *(u64 *)(r10 -16) = r1
   76: r1 = *(u16 *)(r5 +2)
   77: r1 = be16 r1
   78: *(u64 *)(r10 -24) = r1
   79: goto +453 <L533>
L80:
   80: r0 = r5
   81: r0 += 8
   82: if r0 > r3 goto +450 <L533>
   83: *(u64 *)(r10 -8) = 17
   84: r1 = *(u16 *)(r5 +0)
   85: r1 = be16 r1
   86: *(u64 *)(r10 -16) = r1
   87: r1 = *(u16 *)(r5 +2)
   88: r1 = be16 r1
   89: *(u64 *)(r10 -24) = r1
   90: goto +442 <L533>
L91:
   91: r0 = r5
   92: r0 += 8
   93: if r0 > r3 goto +439 <L533>
   94: *(u64 *)(r10 -8) = 1
   95: goto +437 <L533>
L96:
   96: r0 = r5
   97: r0 += 8
   98: if r0 > r3 goto +434 <L533>
   99: *(u64 *)(r10 -8) = 58
  100: goto +432 <L533>
L101:
  101: r7 = r5
  102: r7 -= r2
  103: r8 = r1
  104: r9 = 0
  105: if r8 == 0x2c goto +32 <L138>
  106: if r8 == 0x33 goto +18 <L125>
  107: if r8 == 0x0 goto +4 <L112>
  108: if r8 == 0x2b goto +3 <L112>
  109: if r8 == 0x3c goto +2 <L112>
  110: if r8 == 0x87 goto +1 <L112>
  111: goto +359 <L471>
L112:
  112: r1 = r6
  113: r2 = r7
  114: r3 = r10
  115: r3 += -64
  116: r4 = 2
  117: call bpf_xdp_load_bytes#189
  118: if r0 != 0x0 goto +413 <L532>
  119: r8 = *(u8 *)(r10 -64)
  120: r1 = *(u8 *)(r10 -63)
  121: r1 += 1
  122: r1 <<= 3
  123: r7 += r1
  124: goto +25 <L150>
L125:
  125: r1 = r6
  126: r2 = r7
  127: r3 = r10
  128: r3 += -64
  129: r4 = 2
  130: call bpf_xdp_load_bytes#189
  131: if r0 != 0x0 goto +400 <L532>
  132: r8 = *(u8 *)(r10 -64)
  133: r1 = *(u8 *)(r10 -63)
  134: r1 += 2
  135: r1 <<= 2
  136: r7 += r1
  137: goto +12 <L150>
L138:
  138: r1 = r6
  139: r2 = r7
  140: r3 = r10
  141: r3 += -64
  142: r4 = 4
  143: call bpf_xdp_load_bytes#189
  144: if r0 != 0x0 goto +387 <L532>
  145: r8 = *(u8 *)(r10 -64)
  146: r1 = *(u16 *)(r10 -62)
  147: r1 &= 63743
  148: if r1 != 0x0 goto +383 <L532>
  149: r7 += 8
L150:
  150: if r8 == 0x2c goto +32 <L183>
  151: if r8 == 0x33 goto +18 <L170>
  152: if r8 == 0x0 goto +4 <L157>
  153: if r8 == 0x2b goto +3 <L157>
  154: if r8 == 0x3c goto +2 <L157>
  155: if r8 == 0x87 goto +1 <L157>
  156: goto +314 <L471>
L157:
  157: r1 = r6
  158: r2 = r7
  159: r3 = r10
  160: r3 += -64
  161: r4 = 2
  162: call bpf_xdp_load_bytes#189
  163: if r0 != 0x0 goto +368 <L532>
  164: r8 = *(u8 *)(r10 -64)
  165: r1 = *(u8 *)(r10 -63)
  166: r1 += 1
  167: r1 <<= 3
  168: r7 += r1
  169: goto +25 <L195>
L170:
  170: r1 = r6
  171: r2 = r7
  172: r3 = r10
  173: r3 += -64
  174: r4 = 2
  175: call bpf_xdp_load_bytes#189
  176: if r0 != 0x0 goto +355 <L532>
  177: r8 = *(u8 *)(r10 -64)
  178: r1 = *(u8 *)(r10 -63)
  179: r1 += 2
  180: r1 <<= 2
  181: r7 += r1
  182: goto +12 <L195>
L183:
  183: r1 = r6
  184: r2 = r7
  185: r3 = r10
  186: r3 += -64
  187: r4 = 4
  188: call bpf_xdp_load_bytes#189
  189: if r0 != 0x0 goto +342 <L532>
  190: r8 = *(u8 *)(r10 -64)
  191: r1 = *(u16 *)(r10 -62)
  192: r1 &= 63743
  193: if r1 != 0x0 goto +338 <L532>
  194: r7 += 8
L195:
  195: if r8 == 0x2c goto +32 <L228>
  196: if r8 == 0x33 goto +18 <L215>
  197: if r8 == 0x0 goto +4 <L202>
  198: if r8 == 0x2b goto +3 <L202>
  199: if r8 == 0x3c goto +2 <L202>
  200: if r8 == 0x87 goto +1 <L202>
  201: goto +269 <L471>
L202:
  202: r1 = r6
  203: r2 = r7
  204: r3 = r10
  205: r3 += -64
  206: r4 = 2
  207: call bpf_xdp_load_bytes#189
  208: if r0 != 0x0 goto +323 <L532>
  209: r8 = *(u8 *)(r10 -64)
  210: r1 = *(u8 *)(r10 -63)
  211: r1 += 1
  212: r1 <<= 3
  213: r7 += r1
  214: goto +25 <L240>
L215:
  215: r1 = r6
  216: r2 = r7
  217: r3 = r10
  218: r3 += -64
  219: r4 = 2
  220: call bpf_xdp_load_bytes#189
  221: if r0 != 0x0 goto +310 <L532>
  222: r8 = *(u8 *)(r10 -64)
  223: r1 = *(u8 *)(r10 -63)
  224: r1 += 2
  225: r1 <<= 2
  226: r7 += r1
  227: goto +12 <L240>
L228:
  228: r1 = r6
  229: r2 = r7
  230: r3 = r10
  231: r3 += -64
  232: r4 = 4
  233: call bpf_xdp_load_bytes#189
  234: if r0 != 0x0 goto +297 <L532>
  235: r8 = *(u8 *)(r10 -64)
  236: r1 = *(u16 *)(r10 -62)
  237: r1 &= 63743
  238: if r1 != 0x0 goto +293 <L532>
  239: r7 += 8
L240:
  240: if r8 == 0x2c goto +32 <L273>
  241: if r8 == 0x33 goto +18 <L260>
  242: if r8 == 0x0 goto +4 <L247>
  243: if r8 == 0x2b goto +3 <L247>
  244: if r8 == 0x3c goto +2 <L247>
  245: if r8 == 0x87 goto +1 <L247>
  246: goto +224 <L471>
L247:
  247: r1 = r6
  248: r2 = r7
  249: r3 = r10
  250: r3 += -64
  251: r4 = 2
  252: call bpf_xdp_load_bytes#189
  253: if r0 != 0x0 goto +278 <L532>
  254: r8 = *(u8 *)(r10 -64)
  255: r1 = *(u8 *)(r10 -63)
  256: r1 += 1
  257: r1 <<= 3
  258: r7 += r1
  259: goto +25 <L285>
L260:
  260: r1 = r6
  261: r2 = r7
  262: r3 = r10
  263: r3 += -64
  264: r4 = 2
  265: call bpf_xdp_load_bytes#189
  266: if r0 != 0x0 goto +265 <L532>
  267: r8 = *(u8 *)(r10 -64)
  268: r1 = *(u8 *)(r10 -63)
  269: r1 += 2
  270: r1 <<= 2
  271: r7 += r1
  272: goto +12 <L285>
L273:
  273: r1 = r6
  274: r2 = r7
  275: r3 = r10
  276: r3 += -64
  277: r4 = 4
  278: call bpf_xdp_load_bytes#189
  279: if r0 != 0x0 goto +252 <L532>
  280: r8 = *(u8 *)(r10 -64)
  281: r1 = *(u16 *)(r10 -62)
  282: r1 &= 63743
  283: if r1 != 0x0 goto +248 <L532>
  284: r7 += 8
L285:
  285: if r8 == 0x2c goto +32 <L318>
  286: if r8 == 0x33 goto +18 <L305>
  287: if r8 == 0x0 goto +4 <L292>
  288: if r8 == 0x2b goto +3 <L292>
  289: if r8 == 0x3c goto +2 <L292>
  290: if r8 == 0x87 goto +1 <L292>
  291: goto +179 <L471>
L292:
  292: r1 = r6
  293: r2 = r7
  294: r3 = r10
  295: r3 += -64
  296: r4 = 2
  297: call bpf_xdp_load_bytes#189
  298: if r0 != 0x0 goto +233 <L532>
  299: r8 = *(u8 *)(r10 -64)
  300: r1 = *(u8 *)(r10 -63)
  301: r1 += 1
  302: r1 <<= 3
  303: r7 += r1
  304: goto +25 <L330>
L305:
  305: r1 = r6
  306: r2 = r7
  307: r3 = r10
  308: r3 += -64
  309: r4 = 2
  310: call bpf_xdp_load_bytes#189
  311: if r0 != 0x0 goto +220 <L532>
  312: r8 = *(u8 *)(r10 -64)
  313: r1 = *(u8 *)(r10 -63)
  314: r1 += 2
  315: r1 <<= 2
  316: r7 += r1
  317: goto +12 <L330>
L318:
  318: r1 = r6
  319: r2 = r7
  320: r3 = r10
  321: r3 += -64
  322: r4 = 4
  323: call bpf_xdp_load_bytes#189
  324: if r0 != 0x0 goto +207 <L532>
  325: r8 = *(u8 *)(r10 -64)
  326: r1 = *(u16 *)(r10 -62)
  327: r1 &= 63743
  328: if r1 != 0x0 goto +203 <L532>
  329: r7 += 8
L330:
  330: if r8 == 0x2c goto +32 <L363>
  331: if r8 == 0x33 goto +18 <L350>
  332: if r8 == 0x0 goto +4 <L337>
  333: if r8 == 0x2b goto +3 <L337>
  334: if r8 == 0x3c goto +2 <L337>
  335: if r8 == 0x87 goto +1 <L337>
  336: goto +134 <L471>
L337:
  337: r1 = r6
  338: r2 = r7
  339: r3 = r10
  340: r3 += -64
  341: r4 = 2
  342: call bpf_xdp_load_bytes#189
  343: if r0 != 0x0 goto +188 <L532>
  344: r8 = *(u8 *)(r10 -64)
  345: r1 = *(u8 *)(r10 -63)
  346: r1 += 1
  347: r1 <<= 3
  348: r7 += r1
  349: goto +25 <L375>
L350:
  350: r1 = r6
  351: r2 = r7
  352: r3 = r10
  353: r3 += -64
  354: r4 = 2
  355: call bpf_xdp_load_bytes#189
  356: if r0 != 0x0 goto +175 <L532>
  357: r8 = *(u8 *)(r10 -64)
  358: r1 = *(u8 *)(r10 -63)
  359: r1 += 2
  360: r1 <<= 2
  361: r7 += r1
  362: goto +12 <L375>
L363:
  363: r1 = r6
  364: r2 = r7
  365: r3 = r10
  366: r3 += -64
  367: r4 = 4
  368: call bpf_xdp_load_bytes#189
  369: if r0 != 0x0 goto +162 <L532>
  370: r8 = *(u8 *)(r10 -64)
  371: r1 = *(u16 *)(r10 -62)
  372: r1 &= 63743
  373: if r1 != 0x0 goto +158 <L532>
  374: r7 += 8
L375:
  375: if r8 == 0x2c goto +32 <L408>
  376: if r8 == 0x33 goto +18 <L395>
  377: if r8 == 0x0 goto +4 <L382>
  378: if r8 == 0x2b goto +3 <L382>
  379: if r8 == 0x3c goto +2 <L382>
  380: if r8 == 0x87 goto +1 <L382>
  381: goto +89 <L471>
L382:
  382: r1 = r6
  383: r2 = r7
  384: r3 = r10
  385: r3 += -64
  386: r4 = 2
  387: call bpf_xdp_load_bytes#189
  388: if r0 != 0x0 goto +143 <L532>
  389: r8 = *(u8 *)(r10 -64)
  390: r1 = *(u8 *)(r10 -63)
  391: r1 += 1
  392: r1 <<= 3
  393: r7 += r1
  394: goto +25 <L420>
L395:
  395: r1 = r6
  396: r2 = r7
  397: r3 = r10
  398: r3 += -64
  399: r4 = 2
  400: call bpf_xdp_load_bytes#189
  401: if r0 != 0x0 goto +130 <L532>
  402: r8 = *(u8 *)(r10 -64)
  403: r1 = *(u8 *)(r10 -63)
  404: r1 += 2
  405: r1 <<= 2
  406: r7 += r1
  407: goto +12 <L420>
L408:
  408: r1 = r6
  409: r2 = r7
  410: r3 = r10
  411: r3 += -64
  412: r4 = 4
  413: call bpf_xdp_load_bytes#189
  414: if r0 != 0x0 goto +117 <L532>
  415: r8 = *(u8 *)(r10 -64)
  416: r1 = *(u16 *)(r10 -62)
  417: r1 &= 63743
  418: if r1 != 0x0 goto +113 <L532>
  419: r7 += 8
L420:
  420: if r8 == 0x2c goto +32 <L453>
  421: if r8 == 0x33 goto +18 <L440>
  422: if r8 == 0x0 goto +4 <L427>
  423: if r8 == 0x2b goto +3 <L427>
  424: if r8 == 0x3c goto +2 <L427>
  425: if r8 == 0x87 goto +1 <L427>
  426: goto +44 <L471>
L427:
  427: r1 = r6
  428: r2 = r7
  429: r3 = r10
  430: r3 += -64
  431: r4 = 2
  432: call bpf_xdp_load_bytes#189
  433: if r0 != 0x0 goto +98 <L532>
  434: r8 = *(u8 *)(r10 -64)
  435: r1 = *(u8 *)(r10 -63)
  436: r1 += 1
  437: r1 <<= 3
  438: r7 += r1
  439: goto +25 <L465>
L440:
  440: r1 = r6
  441: r2 = r7
  442: r3 = r10
  443: r3 += -64
  444: r4 = 2
  445: call bpf_xdp_load_bytes#189
  446: if r0 != 0x0 goto +85 <L532>
  447: r8 = *(u8 *)(r10 -64)
  448: r1 = *(u8 *)(r10 -63)
  449: r1 += 2
  450: r1 <<= 2
  451: r7 += r1
  452: goto +12 <L465>
L453:
  453: r1 = r6
  454: r2 = r7
  455: r3 = r10
  456: r3 += -64
  457: r4 = 4
  458: call bpf_xdp_load_bytes#189
  459: if r0 != 0x0 goto +72 <L532>
  460: r8 = *(u8 *)(r10 -64)
  461: r1 = *(u16 *)(r10 -62)
  462: r1 &= 63743
  463: if r1 != 0x0 goto +68 <L532>
  464: r7 += 8
L465:
  465: if r8 == 0x0 goto +66 <L532>
  466: if r8 == 0x2b goto +65 <L532>
  467: if r8 == 0x2c goto +64 <L532>
  468: if r8 == 0x33 goto +63 <L532>
  469: if r8 == 0x3c goto +62 <L532>
  470: if r8 == 0x87 goto +61 <L532>
L471:
  471: if r8 == 0x6 goto +4 <L476>
  472: if r8 == 0x11 goto +20 <L493>
  473: if r8 == 0x1 goto +36 <L510>
  474: if r8 == 0x3a goto +46 <L521>
  475: goto +57 <L533>
L476:
  476: r1 = r6
  477: r2 = r7
  478: r3 = r10
  479: r3 += -64
  480: r4 = 20
  481: call bpf_xdp_load_bytes#189
  482: if r0 != 0x0 goto +50 <L533>
  483: r0 = r10
  484: r0 += -64
  485: *(u64 *)(r10 -8) = 6
  486: r1 = *(u16 *)(r0 +0)
  487: r1 = be16 r1
  488: *(u64 *)(r10 -16) = r1
  489: r1 = *(u16 *)(r0 +2)
  490: r1 = be16 r1
  491: *(u64 *)(r10 -24) = r1
  492: goto +40 <L533>
L493:
  493: r1 = r6
  494: r2 = r7
  495: r3 = r10
  496: r3 += -64
  497: r4 = 8
  498: call bpf_xdp_load_bytes#189
  499: if r0 != 0x0 goto +33 <L533>
  500: r0 = r10
  501: r0 += -64
  502: *(u64 *)(r10 -8) = 17
  503: r1 = *(u16 *)(r0 +0)
  504: r1 = be16 r1
  505: *(u64 *)(r10 -16) = r1
  506: r1 = *(u16 *)(r0 +2)
  507: r1 = be16 r1
  508: *(u64 *)(r10 -24) = r1
  509: goto +23 <L533>
L510:
  510: r1 = r6
  511: r2 = r7
  512: r3 = r10
  513: r3 += -64
  514: r4 = 8
  515: call bpf_xdp_load_bytes#189
  516: if r0 != 0x0 goto +16 <L533>
  517: r0 = r10
  518: r0 += -64
  519: *(u64 *)(r10 -8) = 1
  520: goto +12 <L533>
L521:
  521: r1 = r6
  522: r2 = r7
  523: r3 = r10
  524: r3 += -64
  525: r4 = 8
  526: call bpf_xdp_load_bytes#189
  527: if r0 != 0x0 goto +5 <L533>
  528: r0 = r10
  529: r0 += -64
  530: *(u64 *)(r10 -8) = 58
  531: goto +1 <L533>
L532:
  532: goto +0 <L533>
L533:
  533: r7 = *(u64 *)(r10 -24)
  534: r8 = *(u64 *)(r10 -8)
  535: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
  536: if w8 != 0x6 goto +1 <L538>
  537: if w7 == 0x16 goto +16 <L554>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L538:
  538: if w8 != 0x6 goto +3 <L542>
  539: if w9 == 0x400 goto +2 <L542>
  540: if w7 < 0x1f40 goto +1 <L542>
  541: if w7 <= 0x1f90 goto +14 <L556>
; rule 2 — tests/golden/asm/xdp-ports.bfr:5: rule udp.dport range 33434-33534 DROP
L542:
  542: if w8 != 0x11 goto +2 <L545>
  543: if w7 < 0x829a goto +1 <L545>
  544: if w7 <= 0x82fe goto +30 <L575>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L545:
  545: if w8 != 0x11 goto +3 <L549>
  546: if w9 != 0x35 goto +2 <L549>
  547: if w7 < 0x1 goto +10 <L558>
  548: if w7 > 0x3ff goto +9 <L558>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L549:
  549: if w7 == 0x1bb goto +10 <L560>
; rule 5 — tests/golden/asm/xdp-ports.bfr:8: rule meta.sport range 0-1023 meta.dport 0 DROP
  550: if w9 > 0x3ff goto +1 <L552>
  551: if w7 == 0x0 goto +23 <L575>
L552:
  552: *(u32 *)(r10 -40) = 4
  553: goto +23 <L577>
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
L554:
  554: *(u32 *)(r10 -40) = 0
  555: goto +21 <L577>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L556:
  556: *(u32 *)(r10 -40) = 1
  557: goto +4 <L562>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L558:
  558: *(u32 *)(r10 -40) = 2
  559: goto +17 <L577>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L560:
  560: *(u32 *)(r10 -40) = 3
  561: goto +15 <L577>
L562:
  562: r2 = r10
  563: r2 += -40
  564: r1 = map[ports_ctr] ll
  566: call bpf_map_lookup_elem#1
  567: if r0 == 0x0 goto +7 <L575>
  568: r1 = *(u64 *)(r0 +0)
  569: r1 += 1
  570: *(u64 *)(r0 +0) = r1
  571: r1 = *(u64 *)(r0 +8)
  572: r2 = *(u64 *)(r10 -32)
  573: r1 += r2
  574: *(u64 *)(r0 +8) = r1
L575:
  575: r0 = 1
  576: exit
L577:
  577: r2 = r10
  578: r2 += -40
  579: r1 = map[ports_ctr] ll
  581: call bpf_map_lookup_elem#1
  582: if r0 == 0x0 goto +7 <L590>
  583: r1 = *(u64 *)(r0 +0)
  584: r1 += 1
  585: *(u64 *)(r0 +0) = r1
  586: r1 = *(u64 *)(r0 +8)
  587: r2 = *(u64 *)(r10 -32)
  588: r1 += r2
  589: *(u64 *)(r0 +8) = r1
L590:
  590: r0 = 2
  591: exit
