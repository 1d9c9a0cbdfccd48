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
  insns    598

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
    9: *(u64 *)(r10 -40) = 0
   10: *(u64 *)(r10 -56) = 0
   11: *(u64 *)(r10 -48) = 0
   12: r1 = 0x100000000 ll
   14: *(u64 *)(r10 -32) = r1
   15: r4 = r2
   16: r4 += 14
   17: if r4 > r3 goto +513 <L531>
   18: r1 = *(u16 *)(r2 +12)
   19: if r1 == 0x81 goto +1 <L21>
   20: if r1 != 0xa888 goto +12 <L33>
L21:
   21: r0 = r4
   22: r0 += 4
   23: if r0 > r3 goto +507 <L531>
   24: r1 = *(u16 *)(r4 +2)
   25: r4 = r0
   26: if r1 == 0x81 goto +1 <L28>
   27: if r1 != 0xa888 goto +5 <L33>
L28:
   28: r0 = r4
   29: r0 += 4
   30: if r0 > r3 goto +500 <L531>
   31: r1 = *(u16 *)(r4 +2)
   32: r4 = r0
L33:
   33: *(u64 *)(r10 -8) = r1
   34: if r1 == 0x8 goto +2 <L37>
   35: if r1 == 0xdd86 goto +29 <L65>
   36: goto +494 <L531>
L37:
   37: r0 = r4
   38: r0 += 20
   39: if r0 > r3 goto +491 <L531>
   40: r1 = *(u8 *)(r4 +0)
   41: r0 = r1
   42: r0 &= 240
   43: if r0 != 0x40 goto +487 <L531>
   44: r5 = r1
   45: r5 &= 15
   46: if r5 < 0x5 goto +484 <L531>
   47: *(u64 *)(r10 -16) = 4
   48: r1 = *(u32 *)(r4 +12)
   49: r1 <<= 32
   50: r1 s>>= 32
   51: *(u64 *)(r10 -32) = r1
   52: r1 = *(u8 *)(r4 +1)
   53: r1 >>= 2
   54: *(u64 *)(r10 -40) = r1
   55: r1 = *(u8 *)(r4 +9)
   56: *(u64 *)(r10 -24) = r1
   57: r0 = *(u16 *)(r4 +6)
   58: r0 &= 65311
   59: if r0 != 0x0 goto +471 <L531>
   60: r5 <<= 2
   61: r0 = r4
   62: r0 += r5
   63: r5 = r0
   64: goto +28 <L93>
L65:
   65: r0 = r4
   66: r0 += 40
   67: if r0 > r3 goto +463 <L531>
   68: r5 = r0
   69: r1 = *(u8 *)(r4 +0)
   70: r1 &= 240
   71: if r1 != 0x60 goto +459 <L531>
   72: *(u64 *)(r10 -16) = 6
   73: r1 = *(u64 *)(r4 +8)
   74: *(u64 *)(r10 -56) = r1
   75: r1 = *(u64 *)(r4 +16)
   76: *(u64 *)(r10 -48) = r1
   77: r1 = *(u8 *)(r4 +0)
   78: r1 &= 15
   79: r1 <<= 2
   80: r0 = *(u8 *)(r4 +1)
   81: r0 >>= 6
   82: r1 |= r0
   83: *(u64 *)(r10 -40) = r1
   84: r1 = *(u8 *)(r4 +6)
   85: if r1 == 0x0 goto +28 <L114>
   86: if r1 == 0x2b goto +27 <L114>
   87: if r1 == 0x2c goto +26 <L114>
   88: if r1 == 0x33 goto +25 <L114>
   89: if r1 == 0x3c goto +24 <L114>
   90: if r1 == 0x87 goto +23 <L114>
   91: *(u64 *)(r10 -24) = r1
   92: goto +0 <L93>
L93:
   93: if r1 == 0x6 goto +4 <L98>
   94: if r1 == 0x11 goto +7 <L102>
   95: if r1 == 0x1 goto +10 <L106>
   96: if r1 == 0x3a goto +13 <L110>
   97: goto +433 <L531>
L98:
   98: r0 = r5
   99: r0 += 20
  100: if r0 > r3 goto +430 <L531>
  101: goto +429 <L531>
L102:
  102: r0 = r5
  103: r0 += 8
  104: if r0 > r3 goto +426 <L531>
  105: goto +425 <L531>
L106:
  106: r0 = r5
  107: r0 += 8
  108: if r0 > r3 goto +422 <L531>
  109: goto +421 <L531>
L110:
  110: r0 = r5
  111: r0 += 8
  112: if r0 > r3 goto +418 <L531>
  113: goto +417 <L531>
L114:
  114: r7 = r5
  115: r7 -= r2
  116: r8 = r1
  117: if r8 == 0x2c goto +32 <L150>
  118: if r8 == 0x33 goto +18 <L137>
  119: if r8 == 0x0 goto +4 <L124>
  120: if r8 == 0x2b goto +3 <L124>
  121: if r8 == 0x3c goto +2 <L124>
  122: if r8 == 0x87 goto +1 <L124>
  123: goto +359 <L483>
L124:
  124: r1 = r6
  125: r2 = r7
  126: r3 = r10
  127: r3 += -96
  128: r4 = 2
  129: call bpf_xdp_load_bytes#189
  130: if r0 != 0x0 goto +399 <L530>
  131: r8 = *(u8 *)(r10 -96)
  132: r1 = *(u8 *)(r10 -95)
  133: r1 += 1
  134: r1 <<= 3
  135: r7 += r1
  136: goto +25 <L162>
L137:
  137: r1 = r6
  138: r2 = r7
  139: r3 = r10
  140: r3 += -96
  141: r4 = 2
  142: call bpf_xdp_load_bytes#189
  143: if r0 != 0x0 goto +386 <L530>
  144: r8 = *(u8 *)(r10 -96)
  145: r1 = *(u8 *)(r10 -95)
  146: r1 += 2
  147: r1 <<= 2
  148: r7 += r1
  149: goto +12 <L162>
L150:
  150: r1 = r6
  151: r2 = r7
  152: r3 = r10
  153: r3 += -96
  154: r4 = 4
  155: call bpf_xdp_load_bytes#189
  156: if r0 != 0x0 goto +373 <L530>
  157: r8 = *(u8 *)(r10 -96)
  158: r1 = *(u16 *)(r10 -94)
  159: r1 &= 63743
  160: if r1 != 0x0 goto +368 <L529>
  161: r7 += 8
L162:
  162: if r8 == 0x2c goto +32 <L195>
  163: if r8 == 0x33 goto +18 <L182>
  164: if r8 == 0x0 goto +4 <L169>
  165: if r8 == 0x2b goto +3 <L169>
  166: if r8 == 0x3c goto +2 <L169>
  167: if r8 == 0x87 goto +1 <L169>
  168: goto +314 <L483>
L169:
  169: r1 = r6
  170: r2 = r7
  171: r3 = r10
  172: r3 += -96
  173: r4 = 2
  174: call bpf_xdp_load_bytes#189
  175: if r0 != 0x0 goto +354 <L530>
  176: r8 = *(u8 *)(r10 -96)
  177: r1 = *(u8 *)(r10 -95)
  178: r1 += 1
  179: r1 <<= 3
  180: r7 += r1
  181: goto +25 <L207>
L182:
  182: r1 = r6
  183: r2 = r7
  184: r3 = r10
  185: r3 += -96
  186: r4 = 2
  187: call bpf_xdp_load_bytes#189
  188: if r0 != 0x0 goto +341 <L530>
  189: r8 = *(u8 *)(r10 -96)
  190: r1 = *(u8 *)(r10 -95)
  191: r1 += 2
  192: r1 <<= 2
  193: r7 += r1
  194: goto +12 <L207>
L195:
  195: r1 = r6
  196: r2 = r7
  197: r3 = r10
  198: r3 += -96
  199: r4 = 4
  200: call bpf_xdp_load_bytes#189
  201: if r0 != 0x0 goto +328 <L530>
  202: r8 = *(u8 *)(r10 -96)
  203: r1 = *(u16 *)(r10 -94)
  204: r1 &= 63743
  205: if r1 != 0x0 goto +323 <L529>
  206: r7 += 8
L207:
  207: if r8 == 0x2c goto +32 <L240>
  208: if r8 == 0x33 goto +18 <L227>
  209: if r8 == 0x0 goto +4 <L214>
  210: if r8 == 0x2b goto +3 <L214>
  211: if r8 == 0x3c goto +2 <L214>
  212: if r8 == 0x87 goto +1 <L214>
  213: goto +269 <L483>
L214:
  214: r1 = r6
  215: r2 = r7
  216: r3 = r10
  217: r3 += -96
  218: r4 = 2
  219: call bpf_xdp_load_bytes#189
  220: if r0 != 0x0 goto +309 <L530>
  221: r8 = *(u8 *)(r10 -96)
  222: r1 = *(u8 *)(r10 -95)
  223: r1 += 1
  224: r1 <<= 3
  225: r7 += r1
  226: goto +25 <L252>
L227:
  227: r1 = r6
  228: r2 = r7
  229: r3 = r10
  230: r3 += -96
  231: r4 = 2
  232: call bpf_xdp_load_bytes#189
  233: if r0 != 0x0 goto +296 <L530>
  234: r8 = *(u8 *)(r10 -96)
  235: r1 = *(u8 *)(r10 -95)
  236: r1 += 2
  237: r1 <<= 2
  238: r7 += r1
  239: goto +12 <L252>
L240:
  240: r1 = r6
  241: r2 = r7
  242: r3 = r10
  243: r3 += -96
  244: r4 = 4
  245: call bpf_xdp_load_bytes#189
  246: if r0 != 0x0 goto +283 <L530>
  247: r8 = *(u8 *)(r10 -96)
  248: r1 = *(u16 *)(r10 -94)
  249: r1 &= 63743
  250: if r1 != 0x0 goto +278 <L529>
  251: r7 += 8
L252:
  252: if r8 == 0x2c goto +32 <L285>
  253: if r8 == 0x33 goto +18 <L272>
  254: if r8 == 0x0 goto +4 <L259>
  255: if r8 == 0x2b goto +3 <L259>
  256: if r8 == 0x3c goto +2 <L259>
  257: if r8 == 0x87 goto +1 <L259>
  258: goto +224 <L483>
L259:
  259: r1 = r6
  260: r2 = r7
  261: r3 = r10
  262: r3 += -96
  263: r4 = 2
  264: call bpf_xdp_load_bytes#189
  265: if r0 != 0x0 goto +264 <L530>
  266: r8 = *(u8 *)(r10 -96)
  267: r1 = *(u8 *)(r10 -95)
  268: r1 += 1
  269: r1 <<= 3
  270: r7 += r1
  271: goto +25 <L297>
L272:
  272: r1 = r6
  273: r2 = r7
  274: r3 = r10
  275: r3 += -96
  276: r4 = 2
  277: call bpf_xdp_load_bytes#189
  278: if r0 != 0x0 goto +251 <L530>
  279: r8 = *(u8 *)(r10 -96)
  280: r1 = *(u8 *)(r10 -95)
  281: r1 += 2
  282: r1 <<= 2
  283: r7 += r1
  284: goto +12 <L297>
L285:
  285: r1 = r6
  286: r2 = r7
  287: r3 = r10
  288: r3 += -96
  289: r4 = 4
  290: call bpf_xdp_load_bytes#189
  291: if r0 != 0x0 goto +238 <L530>
  292: r8 = *(u8 *)(r10 -96)
  293: r1 = *(u16 *)(r10 -94)
  294: r1 &= 63743
  295: if r1 != 0x0 goto +233 <L529>
  296: r7 += 8
L297:
  297: if r8 == 0x2c goto +32 <L330>
  298: if r8 == 0x33 goto +18 <L317>
  299: if r8 == 0x0 goto +4 <L304>
  300: if r8 == 0x2b goto +3 <L304>
  301: if r8 == 0x3c goto +2 <L304>
  302: if r8 == 0x87 goto +1 <L304>
  303: goto +179 <L483>
L304:
  304: r1 = r6
  305: r2 = r7
  306: r3 = r10
  307: r3 += -96
  308: r4 = 2
  309: call bpf_xdp_load_bytes#189
  310: if r0 != 0x0 goto +219 <L530>
  311: r8 = *(u8 *)(r10 -96)
  312: r1 = *(u8 *)(r10 -95)
  313: r1 += 1
  314: r1 <<= 3
  315: r7 += r1
  316: goto +25 <L342>
L317:
  317: r1 = r6
  318: r2 = r7
  319: r3 = r10
  320: r3 += -96
  321: r4 = 2
  322: call bpf_xdp_load_bytes#189
  323: if r0 != 0x0 goto +206 <L530>
  324: r8 = *(u8 *)(r10 -96)
  325: r1 = *(u8 *)(r10 -95)
  326: r1 += 2
  327: r1 <<= 2
  328: r7 += r1
  329: goto +12 <L342>
L330:
  330: r1 = r6
  331: r2 = r7
  332: r3 = r10
  333: r3 += -96
  334: r4 = 4
  335: call bpf_xdp_load_bytes#189
  336: if r0 != 0x0 goto +193 <L530>
  337: r8 = *(u8 *)(r10 -96)
  338: r1 = *(u16 *)(r10 -94)
  339: r1 &= 63743
  340: if r1 != 0x0 goto +188 <L529>
  341: r7 += 8
L342:
  342: if r8 == 0x2c goto +32 <L375>
  343: if r8 == 0x33 goto +18 <L362>
  344: if r8 == 0x0 goto +4 <L349>
  345: if r8 == 0x2b goto +3 <L349>
  346: if r8 == 0x3c goto +2 <L349>
  347: if r8 == 0x87 goto +1 <L349>
  348: goto +134 <L483>
L349:
  349: r1 = r6
  350: r2 = r7
  351: r3 = r10
  352: r3 += -96
  353: r4 = 2
  354: call bpf_xdp_load_bytes#189
  355: if r0 != 0x0 goto +174 <L530>
  356: r8 = *(u8 *)(r10 -96)
  357: r1 = *(u8 *)(r10 -95)
  358: r1 += 1
  359: r1 <<= 3
  360: r7 += r1
  361: goto +25 <L387>
L362:
  362: r1 = r6
  363: r2 = r7
  364: r3 = r10
  365: r3 += -96
  366: r4 = 2
  367: call bpf_xdp_load_bytes#189
  368: if r0 != 0x0 goto +161 <L530>
  369: r8 = *(u8 *)(r10 -96)
  370: r1 = *(u8 *)(r10 -95)
  371: r1 += 2
  372: r1 <<= 2
  373: r7 += r1
  374: goto +12 <L387>
L375:
  375: r1 = r6
  376: r2 = r7
  377: r3 = r10
  378: r3 += -96
  379: r4 = 4
  380: call bpf_xdp_load_bytes#189
  381: if r0 != 0x0 goto +148 <L530>
  382: r8 = *(u8 *)(r10 -96)
  383: r1 = *(u16 *)(r10 -94)
  384: r1 &= 63743
  385: if r1 != 0x0 goto +143 <L529>
  386: r7 += 8
L387:
  387: if r8 == 0x2c goto +32 <L420>
  388: if r8 == 0x33 goto +18 <L407>
  389: if r8 == 0x0 goto +4 <L394>
  390: if r8 == 0x2b goto +3 <L394>
  391: if r8 == 0x3c goto +2 <L394>
  392: if r8 == 0x87 goto +1 <L394>
  393: goto +89 <L483>
L394:
  394: r1 = r6
  395: r2 = r7
  396: r3 = r10
  397: r3 += -96
  398: r4 = 2
  399: call bpf_xdp_load_bytes#189
  400: if r0 != 0x0 goto +129 <L530>
  401: r8 = *(u8 *)(r10 -96)
  402: r1 = *(u8 *)(r10 -95)
  403: r1 += 1
  404: r1 <<= 3
  405: r7 += r1
  406: goto +25 <L432>
L407:
  407: r1 = r6
  408: r2 = r7
  409: r3 = r10
  410: r3 += -96
  411: r4 = 2
  412: call bpf_xdp_load_bytes#189
  413: if r0 != 0x0 goto +116 <L530>
  414: r8 = *(u8 *)(r10 -96)
  415: r1 = *(u8 *)(r10 -95)
  416: r1 += 2
  417: r1 <<= 2
  418: r7 += r1
  419: goto +12 <L432>
L420:
  420: r1 = r6
  421: r2 = r7
  422: r3 = r10
  423: r3 += -96
  424: r4 = 4
  425: call bpf_xdp_load_bytes#189
  426: if r0 != 0x0 goto +103 <L530>
  427: r8 = *(u8 *)(r10 -96)
  428: r1 = *(u16 *)(r10 -94)
  429: r1 &= 63743
  430: if r1 != 0x0 goto +98 <L529>
  431: r7 += 8
L432:
  432: if r8 == 0x2c goto +32 <L465>
  433: if r8 == 0x33 goto +18 <L452>
  434: if r8 == 0x0 goto +4 <L439>
  435: if r8 == 0x2b goto +3 <L439>
  436: if r8 == 0x3c goto +2 <L439>
  437: if r8 == 0x87 goto +1 <L439>
  438: goto +44 <L483>
L439:
  439: r1 = r6
  440: r2 = r7
  441: r3 = r10
  442: r3 += -96
  443: r4 = 2
  444: call bpf_xdp_load_bytes#189
  445: if r0 != 0x0 goto +84 <L530>
  446: r8 = *(u8 *)(r10 -96)
  447: r1 = *(u8 *)(r10 -95)
  448: r1 += 1
  449: r1 <<= 3
  450: r7 += r1
  451: goto +25 <L477>
L452:
  452: r1 = r6
  453: r2 = r7
  454: r3 = r10
  455: r3 += -96
  456: r4 = 2
  457: call bpf_xdp_load_bytes#189
  458: if r0 != 0x0 goto +71 <L530>
  459: r8 = *(u8 *)(r10 -96)
  460: r1 = *(u8 *)(r10 -95)
  461: r1 += 2
  462: r1 <<= 2
  463: r7 += r1
  464: goto +12 <L477>
L465:
  465: r1 = r6
  466: r2 = r7
  467: r3 = r10
  468: r3 += -96
  469: r4 = 4
  470: call bpf_xdp_load_bytes#189
  471: if r0 != 0x0 goto +58 <L530>
  472: r8 = *(u8 *)(r10 -96)
  473: r1 = *(u16 *)(r10 -94)
  474: r1 &= 63743
  475: if r1 != 0x0 goto +53 <L529>
  476: r7 += 8
L477:
  477: if r8 == 0x0 goto +52 <L530>
  478: if r8 == 0x2b goto +51 <L530>
  479: if r8 == 0x2c goto +50 <L530>
  480: if r8 == 0x33 goto +49 <L530>
  481: if r8 == 0x3c goto +48 <L530>
  482: if r8 == 0x87 goto +47 <L530>
L483:
  483: *(u64 *)(r10 -24) = r8
  484: if r8 == 0x6 goto +4 <L489>
  485: if r8 == 0x11 goto +13 <L499>
  486: if r8 == 0x1 goto +22 <L509>
  487: if r8 == 0x3a goto +31 <L519>
  488: goto +42 <L531>
L489:
  489: r1 = r6
  490: r2 = r7
  491: r3 = r10
  492: r3 += -96
  493: r4 = 20
  494: call bpf_xdp_load_bytes#189
  495: if r0 != 0x0 goto +35 <L531>
  496: r0 = r10
  497: r0 += -96
  498: goto +32 <L531>
L499:
  499: r1 = r6
  500: r2 = r7
  501: r3 = r10
  502: r3 += -96
  503: r4 = 8
  504: call bpf_xdp_load_bytes#189
  505: if r0 != 0x0 goto +25 <L531>
  506: r0 = r10
  507: r0 += -96
  508: goto +22 <L531>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -96
  513: r4 = 8
  514: call bpf_xdp_load_bytes#189
  515: if r0 != 0x0 goto +15 <L531>
  516: r0 = r10
  517: r0 += -96
  518: goto +12 <L531>
L519:
  519: r1 = r6
  520: r2 = r7
  521: r3 = r10
  522: r3 += -96
  523: r4 = 8
  524: call bpf_xdp_load_bytes#189
  525: if r0 != 0x0 goto +5 <L531>
  526: r0 = r10
  527: r0 += -96
  528: goto +2 <L531>
L529:
  529: *(u64 *)(r10 -24) = r8
L530:
  530: goto +0 <L531>
L531:
  531: r7 = *(u64 *)(r10 -16)
  532: r8 = *(u64 *)(r10 -24)
  533: r9 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/xdp-l3-l4.bfr:4: rule meta.l3_proto 0x0806 ACCEPT
  534: if w9 == 0x608 goto +61 <L596>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
  535: if w8 == 0x2f goto +24 <L560>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
  536: if w8 == 0x2f goto +7 <L544>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L537:
  537: r1 = *(u64 *)(r10 -40)
  538: if w1 == 0x2e goto +7 <L546>
; rule 4 — tests/golden/asm/xdp-l3-l4.bfr:8: rule ip6.dscp not cs1 meta.l4_proto udp ACCEPT
L539:
  539: if w8 == 0x11 goto +8 <L548>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L540:
  540: r2 = *(u64 *)(r10 -32)
  541: if r2 == 0x10200c0 goto +9 <L551>
; policy — no rule matched (line info: tests/golden/asm/xdp-l3-l4.bfr:9)
L542:
  542: *(u32 *)(r10 -72) = 4
  543: goto +39 <L583>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
L544:
  544: if w7 == 0x4 goto +17 <L562>
  545: goto -9 <L537>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L546:
  546: if w7 == 0x4 goto +17 <L564>
  547: goto -9 <L539>
; rule 4 — tests/golden/asm/xdp-l3-l4.bfr:8: rule ip6.dscp not cs1 meta.l4_proto udp ACCEPT
L548:
  548: if w1 == 0x8 goto -9 <L540>
  549: if w7 == 0x6 goto +46 <L596>
  550: goto -11 <L540>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L551:
  551: r3 = *(u64 *)(r10 -56)
  552: r4 = *(u64 *)(r10 -48)
  553: w5 = -1207107296
  554: r1 = 0x100000000000000 ll
  556: if r3 != r5 goto -15 <L542>
  557: if r4 != r1 goto -16 <L542>
  558: if w7 == 0x6 goto +7 <L566>
  559: goto -18 <L542>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
L560:
  560: *(u32 *)(r10 -72) = 0
  561: goto +6 <L568>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
L562:
  562: *(u32 *)(r10 -72) = 1
  563: goto +4 <L568>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L564:
  564: *(u32 *)(r10 -72) = 2
  565: goto +17 <L583>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L566:
  566: *(u32 *)(r10 -72) = 3
  567: goto +0 <L568>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-l3-l4.bfr:9)
L568:
  568: r2 = r10
  569: r2 += -72
  570: r1 = map[proto_ctr] ll
  572: call bpf_map_lookup_elem#1
  573: if r0 == 0x0 goto +7 <L581>
  574: r1 = *(u64 *)(r0 +0)
  575: r1 += 1
  576: *(u64 *)(r0 +0) = r1
  577: r1 = *(u64 *)(r0 +8)
  578: r2 = *(u64 *)(r10 -64)
  579: r1 += r2
  580: *(u64 *)(r0 +8) = r1
L581:
  581: r0 = 1
  582: exit
L583:
  583: r2 = r10
  584: r2 += -72
  585: r1 = map[proto_ctr] ll
  587: call bpf_map_lookup_elem#1
  588: if r0 == 0x0 goto +7 <L596>
  589: r1 = *(u64 *)(r0 +0)
  590: r1 += 1
  591: *(u64 *)(r0 +0) = r1
  592: r1 = *(u64 *)(r0 +8)
  593: r2 = *(u64 *)(r10 -64)
  594: r1 += r2
  595: *(u64 *)(r0 +8) = r1
L596:
  596: r0 = 2
  597: exit
