; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-icmp.bfr

chain icmp
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  icmp
  policy   DROP
  options  none
  rules    5
  license  GPL
  insns    588

  map       type          key  value  max_entries  flags  elements  role
  icmp_ctr  percpu_array    4     16            4  0x0           -  counters

; tests/golden/asm/xdp-icmp.bfr:2: chain icmp BF_HOOK_XDP DROP
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -8) = 256
    4: *(u64 *)(r10 -16) = 0
    5: *(u64 *)(r10 -24) = 0
    6: r4 = r2
    7: r4 += 14
    8: if r4 > r3 goto +510 <L519>
    9: r1 = *(u16 *)(r2 +12)
   10: if r1 == 0x81 goto +1 <L12>
   11: if r1 != 0xa888 goto +12 <L24>
L12:
   12: r0 = r4
   13: r0 += 4
   14: if r0 > r3 goto +504 <L519>
   15: r1 = *(u16 *)(r4 +2)
   16: r4 = r0
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +5 <L24>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +497 <L519>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
L24:
   24: if r1 == 0x8 goto +2 <L27>
   25: if r1 == 0xdd86 goto +20 <L46>
   26: goto +492 <L519>
L27:
   27: r0 = r4
   28: r0 += 20
   29: if r0 > r3 goto +489 <L519>
   30: r1 = *(u8 *)(r4 +0)
   31: r0 = r1
   32: r0 &= 240
   33: if r0 != 0x40 goto +485 <L519>
   34: r5 = r1
   35: r5 &= 15
   36: if r5 < 0x5 goto +482 <L519>
   37: r1 = *(u8 *)(r4 +9)
   38: r0 = *(u16 *)(r4 +6)
   39: r0 &= 65311
   40: if r0 != 0x0 goto +478 <L519>
   41: r5 <<= 2
   42: r0 = r4
   43: r0 += r5
   44: r5 = r0
   45: goto +14 <L60>
L46:
   46: r0 = r4
   47: r0 += 40
   48: if r0 > r3 goto +470 <L519>
   49: r5 = r0
   50: r1 = *(u8 *)(r4 +0)
   51: r1 &= 240
   52: if r1 != 0x60 goto +466 <L519>
   53: r1 = *(u8 *)(r4 +6)
   54: if r1 == 0x0 goto +38 <L93>
   55: if r1 == 0x2b goto +37 <L93>
   56: if r1 == 0x2c goto +36 <L93>
   57: if r1 == 0x33 goto +35 <L93>
   58: if r1 == 0x3c goto +34 <L93>
   59: if r1 == 0x87 goto +33 <L93>
L60:
   60: if r1 == 0x6 goto +4 <L65>
   61: if r1 == 0x11 goto +8 <L70>
   62: if r1 == 0x1 goto +12 <L75>
   63: if r1 == 0x3a goto +20 <L84>
   64: goto +454 <L519>
L65:
   65: r0 = r5
   66: r0 += 20
   67: if r0 > r3 goto +451 <L519>
   68: *(u64 *)(r10 -8) = 6
   69: goto +449 <L519>
L70:
   70: r0 = r5
   71: r0 += 8
   72: if r0 > r3 goto +446 <L519>
   73: *(u64 *)(r10 -8) = 17
   74: goto +444 <L519>
L75:
   75: r0 = r5
   76: r0 += 8
   77: if r0 > r3 goto +441 <L519>
   78: *(u64 *)(r10 -8) = 1
   79: r1 = *(u8 *)(r5 +0)
   80: *(u64 *)(r10 -16) = r1
   81: r1 = *(u8 *)(r5 +1)
   82: *(u64 *)(r10 -24) = r1
   83: goto +435 <L519>
L84:
   84: r0 = r5
   85: r0 += 8
   86: if r0 > r3 goto +432 <L519>
   87: *(u64 *)(r10 -8) = 58
   88: r1 = *(u8 *)(r5 +0)
   89: *(u64 *)(r10 -16) = r1
   90: r1 = *(u8 *)(r5 +1)
   91: *(u64 *)(r10 -24) = r1
   92: goto +426 <L519>
L93:
   93: r7 = r5
   94: r7 -= r2
   95: r8 = r1
   96: if r8 == 0x2c goto +32 <L129>
   97: if r8 == 0x33 goto +18 <L116>
   98: if r8 == 0x0 goto +4 <L103>
   99: if r8 == 0x2b goto +3 <L103>
  100: if r8 == 0x3c goto +2 <L103>
  101: if r8 == 0x87 goto +1 <L103>
  102: goto +359 <L462>
L103:
  103: r1 = r6
  104: r2 = r7
  105: r3 = r10
  106: r3 += -56
  107: r4 = 2
  108: call bpf_xdp_load_bytes#189
  109: if r0 != 0x0 goto +409 <L519>
  110: r8 = *(u8 *)(r10 -56)
  111: r1 = *(u8 *)(r10 -55)
  112: r1 += 1
  113: r1 <<= 3
  114: r7 += r1
  115: goto +25 <L141>
L116:
  116: r1 = r6
  117: r2 = r7
  118: r3 = r10
  119: r3 += -56
  120: r4 = 2
  121: call bpf_xdp_load_bytes#189
  122: if r0 != 0x0 goto +396 <L519>
  123: r8 = *(u8 *)(r10 -56)
  124: r1 = *(u8 *)(r10 -55)
  125: r1 += 2
  126: r1 <<= 2
  127: r7 += r1
  128: goto +12 <L141>
L129:
  129: r1 = r6
  130: r2 = r7
  131: r3 = r10
  132: r3 += -56
  133: r4 = 4
  134: call bpf_xdp_load_bytes#189
  135: if r0 != 0x0 goto +383 <L519>
  136: r8 = *(u8 *)(r10 -56)
  137: r1 = *(u16 *)(r10 -54)
  138: r1 &= 63743
  139: if r1 != 0x0 goto +379 <L519>
  140: r7 += 8
L141:
  141: if r8 == 0x2c goto +32 <L174>
  142: if r8 == 0x33 goto +18 <L161>
  143: if r8 == 0x0 goto +4 <L148>
  144: if r8 == 0x2b goto +3 <L148>
  145: if r8 == 0x3c goto +2 <L148>
  146: if r8 == 0x87 goto +1 <L148>
  147: goto +314 <L462>
L148:
  148: r1 = r6
  149: r2 = r7
  150: r3 = r10
  151: r3 += -56
  152: r4 = 2
  153: call bpf_xdp_load_bytes#189
  154: if r0 != 0x0 goto +364 <L519>
  155: r8 = *(u8 *)(r10 -56)
  156: r1 = *(u8 *)(r10 -55)
  157: r1 += 1
  158: r1 <<= 3
  159: r7 += r1
  160: goto +25 <L186>
L161:
  161: r1 = r6
  162: r2 = r7
  163: r3 = r10
  164: r3 += -56
  165: r4 = 2
  166: call bpf_xdp_load_bytes#189
  167: if r0 != 0x0 goto +351 <L519>
  168: r8 = *(u8 *)(r10 -56)
  169: r1 = *(u8 *)(r10 -55)
  170: r1 += 2
  171: r1 <<= 2
  172: r7 += r1
  173: goto +12 <L186>
L174:
  174: r1 = r6
  175: r2 = r7
  176: r3 = r10
  177: r3 += -56
  178: r4 = 4
  179: call bpf_xdp_load_bytes#189
  180: if r0 != 0x0 goto +338 <L519>
  181: r8 = *(u8 *)(r10 -56)
  182: r1 = *(u16 *)(r10 -54)
  183: r1 &= 63743
  184: if r1 != 0x0 goto +334 <L519>
  185: r7 += 8
L186:
  186: if r8 == 0x2c goto +32 <L219>
  187: if r8 == 0x33 goto +18 <L206>
  188: if r8 == 0x0 goto +4 <L193>
  189: if r8 == 0x2b goto +3 <L193>
  190: if r8 == 0x3c goto +2 <L193>
  191: if r8 == 0x87 goto +1 <L193>
  192: goto +269 <L462>
L193:
  193: r1 = r6
  194: r2 = r7
  195: r3 = r10
  196: r3 += -56
  197: r4 = 2
  198: call bpf_xdp_load_bytes#189
  199: if r0 != 0x0 goto +319 <L519>
  200: r8 = *(u8 *)(r10 -56)
  201: r1 = *(u8 *)(r10 -55)
  202: r1 += 1
  203: r1 <<= 3
  204: r7 += r1
  205: goto +25 <L231>
L206:
  206: r1 = r6
  207: r2 = r7
  208: r3 = r10
  209: r3 += -56
  210: r4 = 2
  211: call bpf_xdp_load_bytes#189
  212: if r0 != 0x0 goto +306 <L519>
  213: r8 = *(u8 *)(r10 -56)
  214: r1 = *(u8 *)(r10 -55)
  215: r1 += 2
  216: r1 <<= 2
  217: r7 += r1
  218: goto +12 <L231>
L219:
  219: r1 = r6
  220: r2 = r7
  221: r3 = r10
  222: r3 += -56
  223: r4 = 4
  224: call bpf_xdp_load_bytes#189
  225: if r0 != 0x0 goto +293 <L519>
  226: r8 = *(u8 *)(r10 -56)
  227: r1 = *(u16 *)(r10 -54)
  228: r1 &= 63743
  229: if r1 != 0x0 goto +289 <L519>
  230: r7 += 8
L231:
  231: if r8 == 0x2c goto +32 <L264>
  232: if r8 == 0x33 goto +18 <L251>
  233: if r8 == 0x0 goto +4 <L238>
  234: if r8 == 0x2b goto +3 <L238>
  235: if r8 == 0x3c goto +2 <L238>
  236: if r8 == 0x87 goto +1 <L238>
  237: goto +224 <L462>
L238:
  238: r1 = r6
  239: r2 = r7
  240: r3 = r10
  241: r3 += -56
  242: r4 = 2
  243: call bpf_xdp_load_bytes#189
  244: if r0 != 0x0 goto +274 <L519>
  245: r8 = *(u8 *)(r10 -56)
  246: r1 = *(u8 *)(r10 -55)
  247: r1 += 1
  248: r1 <<= 3
  249: r7 += r1
  250: goto +25 <L276>
L251:
  251: r1 = r6
  252: r2 = r7
  253: r3 = r10
  254: r3 += -56
  255: r4 = 2
  256: call bpf_xdp_load_bytes#189
  257: if r0 != 0x0 goto +261 <L519>
  258: r8 = *(u8 *)(r10 -56)
  259: r1 = *(u8 *)(r10 -55)
  260: r1 += 2
  261: r1 <<= 2
  262: r7 += r1
  263: goto +12 <L276>
L264:
  264: r1 = r6
  265: r2 = r7
  266: r3 = r10
  267: r3 += -56
  268: r4 = 4
  269: call bpf_xdp_load_bytes#189
  270: if r0 != 0x0 goto +248 <L519>
  271: r8 = *(u8 *)(r10 -56)
  272: r1 = *(u16 *)(r10 -54)
  273: r1 &= 63743
  274: if r1 != 0x0 goto +244 <L519>
  275: r7 += 8
L276:
  276: if r8 == 0x2c goto +32 <L309>
  277: if r8 == 0x33 goto +18 <L296>
  278: if r8 == 0x0 goto +4 <L283>
  279: if r8 == 0x2b goto +3 <L283>
  280: if r8 == 0x3c goto +2 <L283>
  281: if r8 == 0x87 goto +1 <L283>
  282: goto +179 <L462>
L283:
  283: r1 = r6
  284: r2 = r7
  285: r3 = r10
  286: r3 += -56
  287: r4 = 2
  288: call bpf_xdp_load_bytes#189
  289: if r0 != 0x0 goto +229 <L519>
  290: r8 = *(u8 *)(r10 -56)
  291: r1 = *(u8 *)(r10 -55)
  292: r1 += 1
  293: r1 <<= 3
  294: r7 += r1
  295: goto +25 <L321>
L296:
  296: r1 = r6
  297: r2 = r7
  298: r3 = r10
  299: r3 += -56
  300: r4 = 2
  301: call bpf_xdp_load_bytes#189
  302: if r0 != 0x0 goto +216 <L519>
  303: r8 = *(u8 *)(r10 -56)
  304: r1 = *(u8 *)(r10 -55)
  305: r1 += 2
  306: r1 <<= 2
  307: r7 += r1
  308: goto +12 <L321>
L309:
  309: r1 = r6
  310: r2 = r7
  311: r3 = r10
  312: r3 += -56
  313: r4 = 4
  314: call bpf_xdp_load_bytes#189
  315: if r0 != 0x0 goto +203 <L519>
  316: r8 = *(u8 *)(r10 -56)
  317: r1 = *(u16 *)(r10 -54)
  318: r1 &= 63743
  319: if r1 != 0x0 goto +199 <L519>
  320: r7 += 8
L321:
  321: if r8 == 0x2c goto +32 <L354>
  322: if r8 == 0x33 goto +18 <L341>
  323: if r8 == 0x0 goto +4 <L328>
  324: if r8 == 0x2b goto +3 <L328>
  325: if r8 == 0x3c goto +2 <L328>
  326: if r8 == 0x87 goto +1 <L328>
  327: goto +134 <L462>
L328:
  328: r1 = r6
  329: r2 = r7
  330: r3 = r10
  331: r3 += -56
  332: r4 = 2
  333: call bpf_xdp_load_bytes#189
  334: if r0 != 0x0 goto +184 <L519>
  335: r8 = *(u8 *)(r10 -56)
  336: r1 = *(u8 *)(r10 -55)
  337: r1 += 1
  338: r1 <<= 3
  339: r7 += r1
  340: goto +25 <L366>
L341:
  341: r1 = r6
  342: r2 = r7
  343: r3 = r10
  344: r3 += -56
  345: r4 = 2
  346: call bpf_xdp_load_bytes#189
  347: if r0 != 0x0 goto +171 <L519>
  348: r8 = *(u8 *)(r10 -56)
  349: r1 = *(u8 *)(r10 -55)
  350: r1 += 2
  351: r1 <<= 2
  352: r7 += r1
  353: goto +12 <L366>
L354:
  354: r1 = r6
  355: r2 = r7
  356: r3 = r10
  357: r3 += -56
  358: r4 = 4
  359: call bpf_xdp_load_bytes#189
  360: if r0 != 0x0 goto +158 <L519>
  361: r8 = *(u8 *)(r10 -56)
  362: r1 = *(u16 *)(r10 -54)
  363: r1 &= 63743
  364: if r1 != 0x0 goto +154 <L519>
  365: r7 += 8
L366:
  366: if r8 == 0x2c goto +32 <L399>
  367: if r8 == 0x33 goto +18 <L386>
  368: if r8 == 0x0 goto +4 <L373>
  369: if r8 == 0x2b goto +3 <L373>
  370: if r8 == 0x3c goto +2 <L373>
  371: if r8 == 0x87 goto +1 <L373>
  372: goto +89 <L462>
L373:
  373: r1 = r6
  374: r2 = r7
  375: r3 = r10
  376: r3 += -56
  377: r4 = 2
  378: call bpf_xdp_load_bytes#189
  379: if r0 != 0x0 goto +139 <L519>
  380: r8 = *(u8 *)(r10 -56)
  381: r1 = *(u8 *)(r10 -55)
  382: r1 += 1
  383: r1 <<= 3
  384: r7 += r1
  385: goto +25 <L411>
L386:
  386: r1 = r6
  387: r2 = r7
  388: r3 = r10
  389: r3 += -56
  390: r4 = 2
  391: call bpf_xdp_load_bytes#189
  392: if r0 != 0x0 goto +126 <L519>
  393: r8 = *(u8 *)(r10 -56)
  394: r1 = *(u8 *)(r10 -55)
  395: r1 += 2
  396: r1 <<= 2
  397: r7 += r1
  398: goto +12 <L411>
L399:
  399: r1 = r6
  400: r2 = r7
  401: r3 = r10
  402: r3 += -56
  403: r4 = 4
  404: call bpf_xdp_load_bytes#189
  405: if r0 != 0x0 goto +113 <L519>
  406: r8 = *(u8 *)(r10 -56)
  407: r1 = *(u16 *)(r10 -54)
  408: r1 &= 63743
  409: if r1 != 0x0 goto +109 <L519>
  410: r7 += 8
L411:
  411: if r8 == 0x2c goto +32 <L444>
  412: if r8 == 0x33 goto +18 <L431>
  413: if r8 == 0x0 goto +4 <L418>
  414: if r8 == 0x2b goto +3 <L418>
  415: if r8 == 0x3c goto +2 <L418>
  416: if r8 == 0x87 goto +1 <L418>
  417: goto +44 <L462>
L418:
  418: r1 = r6
  419: r2 = r7
  420: r3 = r10
  421: r3 += -56
  422: r4 = 2
  423: call bpf_xdp_load_bytes#189
  424: if r0 != 0x0 goto +94 <L519>
  425: r8 = *(u8 *)(r10 -56)
  426: r1 = *(u8 *)(r10 -55)
  427: r1 += 1
  428: r1 <<= 3
  429: r7 += r1
  430: goto +25 <L456>
L431:
  431: r1 = r6
  432: r2 = r7
  433: r3 = r10
  434: r3 += -56
  435: r4 = 2
  436: call bpf_xdp_load_bytes#189
  437: if r0 != 0x0 goto +81 <L519>
  438: r8 = *(u8 *)(r10 -56)
  439: r1 = *(u8 *)(r10 -55)
  440: r1 += 2
  441: r1 <<= 2
  442: r7 += r1
  443: goto +12 <L456>
L444:
  444: r1 = r6
  445: r2 = r7
  446: r3 = r10
  447: r3 += -56
  448: r4 = 4
  449: call bpf_xdp_load_bytes#189
  450: if r0 != 0x0 goto +68 <L519>
  451: r8 = *(u8 *)(r10 -56)
  452: r1 = *(u16 *)(r10 -54)
  453: r1 &= 63743
  454: if r1 != 0x0 goto +64 <L519>
  455: r7 += 8
L456:
  456: if r8 == 0x0 goto +62 <L519>
  457: if r8 == 0x2b goto +61 <L519>
  458: if r8 == 0x2c goto +60 <L519>
  459: if r8 == 0x33 goto +59 <L519>
  460: if r8 == 0x3c goto +58 <L519>
  461: if r8 == 0x87 goto +57 <L519>
L462:
  462: if r8 == 0x6 goto +4 <L467>
  463: if r8 == 0x11 goto +14 <L478>
  464: if r8 == 0x1 goto +24 <L489>
  465: if r8 == 0x3a goto +38 <L504>
  466: goto +52 <L519>
L467:
  467: r1 = r6
  468: r2 = r7
  469: r3 = r10
  470: r3 += -56
  471: r4 = 20
  472: call bpf_xdp_load_bytes#189
  473: if r0 != 0x0 goto +45 <L519>
  474: r0 = r10
  475: r0 += -56
  476: *(u64 *)(r10 -8) = 6
  477: goto +41 <L519>
L478:
  478: r1 = r6
  479: r2 = r7
  480: r3 = r10
  481: r3 += -56
  482: r4 = 8
  483: call bpf_xdp_load_bytes#189
  484: if r0 != 0x0 goto +34 <L519>
  485: r0 = r10
  486: r0 += -56
  487: *(u64 *)(r10 -8) = 17
  488: goto +30 <L519>
L489:
  489: r1 = r6
  490: r2 = r7
  491: r3 = r10
  492: r3 += -56
  493: r4 = 8
  494: call bpf_xdp_load_bytes#189
  495: if r0 != 0x0 goto +23 <L519>
  496: r0 = r10
  497: r0 += -56
  498: *(u64 *)(r10 -8) = 1
  499: r1 = *(u8 *)(r0 +0)
  500: *(u64 *)(r10 -16) = r1
  501: r1 = *(u8 *)(r0 +1)
  502: *(u64 *)(r10 -24) = r1
  503: goto +15 <L519>
L504:
  504: r1 = r6
  505: r2 = r7
  506: r3 = r10
  507: r3 += -56
  508: r4 = 8
  509: call bpf_xdp_load_bytes#189
  510: if r0 != 0x0 goto +8 <L519>
  511: r0 = r10
  512: r0 += -56
  513: *(u64 *)(r10 -8) = 58
  514: r1 = *(u8 *)(r0 +0)
  515: *(u64 *)(r10 -16) = r1
  516: r1 = *(u8 *)(r0 +1)
  517: *(u64 *)(r10 -24) = r1
  518: goto +0 <L519>
L519:
  519: r7 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/xdp-icmp.bfr:3: rule icmp.type echo-request counter ACCEPT
  520: r1 = *(u64 *)(r10 -16)
  521: if w1 == 0x8 goto +10 <L532>
; rule 1 — tests/golden/asm/xdp-icmp.bfr:4: rule icmp.type destination-unreachable icmp.code 4 ACCEPT
L522:
  522: r1 = *(u64 *)(r10 -16)
  523: if w1 == 0x3 goto +10 <L534>
; rule 2 — tests/golden/asm/xdp-icmp.bfr:5: rule icmp.type not 13 icmp.code 0 counter ACCEPT
L524:
  524: r1 = *(u64 *)(r10 -24)
  525: if w1 == 0x0 goto +12 <L538>
; rule 3 — tests/golden/asm/xdp-icmp.bfr:6: rule icmpv6.type nd-neighbor-solicit ACCEPT
L526:
  526: r1 = *(u64 *)(r10 -16)
  527: if w1 == 0x87 goto +14 <L542>
; rule 4 — tests/golden/asm/xdp-icmp.bfr:7: rule icmpv6.type echo-request icmpv6.code not 1 counter ACCEPT
L528:
  528: r1 = *(u64 *)(r10 -16)
  529: if w1 == 0x80 goto +14 <L544>
; policy — no rule matched (line info: tests/golden/asm/xdp-icmp.bfr:7)
L530:
  530: *(u32 *)(r10 -32) = 3
  531: goto +22 <L554>
; rule 0 — tests/golden/asm/xdp-icmp.bfr:3: rule icmp.type echo-request counter ACCEPT
L532:
  532: if w7 == 0x1 goto +15 <L548>
  533: goto -12 <L522>
; rule 1 — tests/golden/asm/xdp-icmp.bfr:4: rule icmp.type destination-unreachable icmp.code 4 ACCEPT
L534:
  534: r2 = *(u64 *)(r10 -24)
  535: if w2 != 0x4 goto -12 <L524>
  536: if w7 == 0x1 goto +49 <L586>
  537: goto -14 <L524>
; rule 2 — tests/golden/asm/xdp-icmp.bfr:5: rule icmp.type not 13 icmp.code 0 counter ACCEPT
L538:
  538: r2 = *(u64 *)(r10 -16)
  539: if w2 == 0xd goto -14 <L526>
  540: if w7 == 0x1 goto +9 <L550>
  541: goto -16 <L526>
; rule 3 — tests/golden/asm/xdp-icmp.bfr:6: rule icmpv6.type nd-neighbor-solicit ACCEPT
L542:
  542: if w7 == 0x3a goto +43 <L586>
  543: goto -16 <L528>
; rule 4 — tests/golden/asm/xdp-icmp.bfr:7: rule icmpv6.type echo-request icmpv6.code not 1 counter ACCEPT
L544:
  544: r2 = *(u64 *)(r10 -24)
  545: if w2 == 0x1 goto -16 <L530>
  546: if w7 == 0x3a goto +5 <L552>
  547: goto -18 <L530>
; rule 0 — tests/golden/asm/xdp-icmp.bfr:3: rule icmp.type echo-request counter ACCEPT
L548:
  548: *(u32 *)(r10 -32) = 0
  549: goto +21 <L571>
; rule 2 — tests/golden/asm/xdp-icmp.bfr:5: rule icmp.type not 13 icmp.code 0 counter ACCEPT
L550:
  550: *(u32 *)(r10 -32) = 1
  551: goto +19 <L571>
; rule 4 — tests/golden/asm/xdp-icmp.bfr:7: rule icmpv6.type echo-request icmpv6.code not 1 counter ACCEPT
L552:
  552: *(u32 *)(r10 -32) = 2
  553: goto +17 <L571>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-icmp.bfr:7)
L554:
  554: r2 = r10
  555: r2 += -32
  556: r1 = map[icmp_ctr] ll
  558: call bpf_map_lookup_elem#1
  559: if r0 == 0x0 goto +9 <L569>
  560: r1 = *(u64 *)(r0 +0)
  561: r1 += 1
  562: *(u64 *)(r0 +0) = r1
  563: r2 = *(u32 *)(r6 +4)
  564: r3 = *(u32 *)(r6 +0)
  565: r2 -= r3
  566: r1 = *(u64 *)(r0 +8)
  567: r1 += r2
  568: *(u64 *)(r0 +8) = r1
L569:
  569: r0 = 1
  570: exit
L571:
  571: r2 = r10
  572: r2 += -32
  573: r1 = map[icmp_ctr] ll
  575: call bpf_map_lookup_elem#1
  576: if r0 == 0x0 goto +9 <L586>
  577: r1 = *(u64 *)(r0 +0)
  578: r1 += 1
  579: *(u64 *)(r0 +0) = r1
  580: r2 = *(u32 *)(r6 +4)
  581: r3 = *(u32 *)(r6 +0)
  582: r2 -= r3
  583: r1 = *(u64 *)(r0 +8)
  584: r1 += r2
  585: *(u64 *)(r0 +8) = r1
L586:
  586: r0 = 2
  587: exit
