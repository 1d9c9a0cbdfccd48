; 1 program(s), 1 sub-program(s), 2 map(s) from tests/golden/asm/xdp-tcp-flags.bfr

chain flags
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  flags
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    550

  map        type          key  value  max_entries  flags  elements  role
  flags_ctr  percpu_array    4     16            5  0x0           -  counters
  flags_pkt  percpu_array    4     24            1  0x0           -  scratch

; tests/golden/asm/xdp-tcp-flags.bfr:2: chain flags BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: *(u32 *)(r10 -8) = 0
    2: r2 = r10
    3: r2 += -8
    4: r1 = map[flags_pkt] ll
    6: call bpf_map_lookup_elem#1
    7: if r0 != 0x0 goto +2 <L10>
    8: r0 = 2
    9: exit
L10:
   10: r9 = r0
   11: r2 = *(u32 *)(r6 +0)
   12: r3 = *(u32 *)(r6 +4)
   13: *(u64 *)(r9 +0) = 256
   14: *(u64 *)(r9 +8) = 65536
   15: *(u64 *)(r9 +16) = 0
   16: r4 = r2
   17: r4 += 14
   18: if r4 > r3 goto +510 <L529>
   19: r1 = *(u16 *)(r2 +12)
   20: if r1 == 0x81 goto +1 <L22>
   21: if r1 != 0xa888 goto +12 <L34>
L22:
   22: r0 = r4
   23: r0 += 4
   24: if r0 > r3 goto +504 <L529>
   25: r1 = *(u16 *)(r4 +2)
   26: r4 = r0
   27: if r1 == 0x81 goto +1 <L29>
   28: if r1 != 0xa888 goto +5 <L34>
L29:
   29: r0 = r4
   30: r0 += 4
   31: if r0 > r3 goto +497 <L529>
   32: r1 = *(u16 *)(r4 +2)
   33: r4 = r0
L34:
   34: if r1 == 0x8 goto +2 <L37>
   35: if r1 == 0xdd86 goto +20 <L56>
   36: goto +492 <L529>
L37:
   37: r0 = r4
   38: r0 += 20
   39: if r0 > r3 goto +489 <L529>
   40: r1 = *(u8 *)(r4 +0)
   41: r0 = r1
   42: r0 &= 240
   43: if r0 != 0x40 goto +485 <L529>
   44: r5 = r1
   45: r5 &= 15
   46: if r5 < 0x5 goto +482 <L529>
   47: r1 = *(u8 *)(r4 +9)
   48: r0 = *(u16 *)(r4 +6)
   49: r0 &= 65311
   50: if r0 != 0x0 goto +478 <L529>
   51: r5 <<= 2
   52: r0 = r4
   53: r0 += r5
   54: r5 = r0
   55: goto +14 <L70>
L56:
   56: r0 = r4
   57: r0 += 40
   58: if r0 > r3 goto +470 <L529>
   59: r5 = r0
   60: r1 = *(u8 *)(r4 +0)
   61: r1 &= 240
   62: if r1 != 0x60 goto +466 <L529>
   63: r1 = *(u8 *)(r4 +6)
   64: if r1 == 0x0 goto +38 <L103>
   65: if r1 == 0x2b goto +37 <L103>
   66: if r1 == 0x2c goto +36 <L103>
   67: if r1 == 0x33 goto +35 <L103>
   68: if r1 == 0x3c goto +34 <L103>
   69: if r1 == 0x87 goto +33 <L103>
L70:
   70: if r1 == 0x6 goto +4 <L75>
   71: if r1 == 0x11 goto +13 <L85>
   72: if r1 == 0x1 goto +20 <L93>
   73: if r1 == 0x3a goto +24 <L98>
   74: goto +454 <L529>
L75:
   75: r0 = r5
   76: r0 += 20
   77: if r0 > r3 goto +451 <L529>
   78: *(u64 *)(r9 +0) = 6
   79: r1 = *(u16 *)(r5 +2)
   80: r1 = be16 r1
   81: *(u64 *)(r9 +8) = r1
   82: r1 = *(u8 *)(r5 +13)
   83: *(u64 *)(r9 +16) = r1
   84: goto +444 <L529>
L85:
   85: r0 = r5
   86: r0 += 8
   87: if r0 > r3 goto +441 <L529>
   88: *(u64 *)(r9 +0) = 17
   89: r1 = *(u16 *)(r5 +2)
   90: r1 = be16 r1
   91: *(u64 *)(r9 +8) = r1
   92: goto +436 <L529>
L93:
   93: r0 = r5
   94: r0 += 8
   95: if r0 > r3 goto +433 <L529>
   96: *(u64 *)(r9 +0) = 1
   97: goto +431 <L529>
L98:
   98: r0 = r5
   99: r0 += 8
  100: if r0 > r3 goto +428 <L529>
  101: *(u64 *)(r9 +0) = 58
  102: goto +426 <L529>
L103:
  103: r7 = r5
  104: r7 -= r2
  105: r8 = r1
  106: if r8 == 0x2c goto +32 <L139>
  107: if r8 == 0x33 goto +18 <L126>
  108: if r8 == 0x0 goto +4 <L113>
  109: if r8 == 0x2b goto +3 <L113>
  110: if r8 == 0x3c goto +2 <L113>
  111: if r8 == 0x87 goto +1 <L113>
  112: goto +359 <L472>
L113:
  113: r1 = r6
  114: r2 = r7
  115: r3 = r10
  116: r3 += -32
  117: r4 = 2
  118: call bpf_xdp_load_bytes#189
  119: if r0 != 0x0 goto +409 <L529>
  120: r8 = *(u8 *)(r10 -32)
  121: r1 = *(u8 *)(r10 -31)
  122: r1 += 1
  123: r1 <<= 3
  124: r7 += r1
  125: goto +25 <L151>
L126:
  126: r1 = r6
  127: r2 = r7
  128: r3 = r10
  129: r3 += -32
  130: r4 = 2
  131: call bpf_xdp_load_bytes#189
  132: if r0 != 0x0 goto +396 <L529>
  133: r8 = *(u8 *)(r10 -32)
  134: r1 = *(u8 *)(r10 -31)
  135: r1 += 2
  136: r1 <<= 2
  137: r7 += r1
  138: goto +12 <L151>
L139:
  139: r1 = r6
  140: r2 = r7
  141: r3 = r10
  142: r3 += -32
  143: r4 = 4
  144: call bpf_xdp_load_bytes#189
  145: if r0 != 0x0 goto +383 <L529>
  146: r8 = *(u8 *)(r10 -32)
  147: r1 = *(u16 *)(r10 -30)
  148: r1 &= 63743
  149: if r1 != 0x0 goto +379 <L529>
  150: r7 += 8
L151:
  151: if r8 == 0x2c goto +32 <L184>
  152: if r8 == 0x33 goto +18 <L171>
  153: if r8 == 0x0 goto +4 <L158>
  154: if r8 == 0x2b goto +3 <L158>
  155: if r8 == 0x3c goto +2 <L158>
  156: if r8 == 0x87 goto +1 <L158>
  157: goto +314 <L472>
L158:
  158: r1 = r6
  159: r2 = r7
  160: r3 = r10
  161: r3 += -32
  162: r4 = 2
  163: call bpf_xdp_load_bytes#189
  164: if r0 != 0x0 goto +364 <L529>
  165: r8 = *(u8 *)(r10 -32)
  166: r1 = *(u8 *)(r10 -31)
  167: r1 += 1
  168: r1 <<= 3
  169: r7 += r1
  170: goto +25 <L196>
L171:
  171: r1 = r6
  172: r2 = r7
  173: r3 = r10
  174: r3 += -32
  175: r4 = 2
  176: call bpf_xdp_load_bytes#189
  177: if r0 != 0x0 goto +351 <L529>
  178: r8 = *(u8 *)(r10 -32)
  179: r1 = *(u8 *)(r10 -31)
  180: r1 += 2
  181: r1 <<= 2
  182: r7 += r1
  183: goto +12 <L196>
L184:
  184: r1 = r6
  185: r2 = r7
  186: r3 = r10
  187: r3 += -32
  188: r4 = 4
  189: call bpf_xdp_load_bytes#189
  190: if r0 != 0x0 goto +338 <L529>
  191: r8 = *(u8 *)(r10 -32)
  192: r1 = *(u16 *)(r10 -30)
  193: r1 &= 63743
  194: if r1 != 0x0 goto +334 <L529>
  195: r7 += 8
L196:
  196: if r8 == 0x2c goto +32 <L229>
  197: if r8 == 0x33 goto +18 <L216>
  198: if r8 == 0x0 goto +4 <L203>
  199: if r8 == 0x2b goto +3 <L203>
  200: if r8 == 0x3c goto +2 <L203>
  201: if r8 == 0x87 goto +1 <L203>
  202: goto +269 <L472>
L203:
  203: r1 = r6
  204: r2 = r7
  205: r3 = r10
  206: r3 += -32
  207: r4 = 2
  208: call bpf_xdp_load_bytes#189
  209: if r0 != 0x0 goto +319 <L529>
  210: r8 = *(u8 *)(r10 -32)
  211: r1 = *(u8 *)(r10 -31)
  212: r1 += 1
  213: r1 <<= 3
  214: r7 += r1
  215: goto +25 <L241>
L216:
  216: r1 = r6
  217: r2 = r7
  218: r3 = r10
  219: r3 += -32
  220: r4 = 2
  221: call bpf_xdp_load_bytes#189
  222: if r0 != 0x0 goto +306 <L529>
  223: r8 = *(u8 *)(r10 -32)
  224: r1 = *(u8 *)(r10 -31)
  225: r1 += 2
  226: r1 <<= 2
  227: r7 += r1
  228: goto +12 <L241>
L229:
  229: r1 = r6
  230: r2 = r7
  231: r3 = r10
  232: r3 += -32
  233: r4 = 4
  234: call bpf_xdp_load_bytes#189
  235: if r0 != 0x0 goto +293 <L529>
  236: r8 = *(u8 *)(r10 -32)
  237: r1 = *(u16 *)(r10 -30)
  238: r1 &= 63743
  239: if r1 != 0x0 goto +289 <L529>
  240: r7 += 8
L241:
  241: if r8 == 0x2c goto +32 <L274>
  242: if r8 == 0x33 goto +18 <L261>
  243: if r8 == 0x0 goto +4 <L248>
  244: if r8 == 0x2b goto +3 <L248>
  245: if r8 == 0x3c goto +2 <L248>
  246: if r8 == 0x87 goto +1 <L248>
  247: goto +224 <L472>
L248:
  248: r1 = r6
  249: r2 = r7
  250: r3 = r10
  251: r3 += -32
  252: r4 = 2
  253: call bpf_xdp_load_bytes#189
  254: if r0 != 0x0 goto +274 <L529>
  255: r8 = *(u8 *)(r10 -32)
  256: r1 = *(u8 *)(r10 -31)
  257: r1 += 1
  258: r1 <<= 3
  259: r7 += r1
  260: goto +25 <L286>
L261:
  261: r1 = r6
  262: r2 = r7
  263: r3 = r10
  264: r3 += -32
  265: r4 = 2
  266: call bpf_xdp_load_bytes#189
  267: if r0 != 0x0 goto +261 <L529>
  268: r8 = *(u8 *)(r10 -32)
  269: r1 = *(u8 *)(r10 -31)
  270: r1 += 2
  271: r1 <<= 2
  272: r7 += r1
  273: goto +12 <L286>
L274:
  274: r1 = r6
  275: r2 = r7
  276: r3 = r10
  277: r3 += -32
  278: r4 = 4
  279: call bpf_xdp_load_bytes#189
  280: if r0 != 0x0 goto +248 <L529>
  281: r8 = *(u8 *)(r10 -32)
  282: r1 = *(u16 *)(r10 -30)
  283: r1 &= 63743
  284: if r1 != 0x0 goto +244 <L529>
  285: r7 += 8
L286:
  286: if r8 == 0x2c goto +32 <L319>
  287: if r8 == 0x33 goto +18 <L306>
  288: if r8 == 0x0 goto +4 <L293>
  289: if r8 == 0x2b goto +3 <L293>
  290: if r8 == 0x3c goto +2 <L293>
  291: if r8 == 0x87 goto +1 <L293>
  292: goto +179 <L472>
L293:
  293: r1 = r6
  294: r2 = r7
  295: r3 = r10
  296: r3 += -32
  297: r4 = 2
  298: call bpf_xdp_load_bytes#189
  299: if r0 != 0x0 goto +229 <L529>
  300: r8 = *(u8 *)(r10 -32)
  301: r1 = *(u8 *)(r10 -31)
  302: r1 += 1
  303: r1 <<= 3
  304: r7 += r1
  305: goto +25 <L331>
L306:
  306: r1 = r6
  307: r2 = r7
  308: r3 = r10
  309: r3 += -32
  310: r4 = 2
  311: call bpf_xdp_load_bytes#189
  312: if r0 != 0x0 goto +216 <L529>
  313: r8 = *(u8 *)(r10 -32)
  314: r1 = *(u8 *)(r10 -31)
  315: r1 += 2
  316: r1 <<= 2
  317: r7 += r1
  318: goto +12 <L331>
L319:
  319: r1 = r6
  320: r2 = r7
  321: r3 = r10
  322: r3 += -32
  323: r4 = 4
  324: call bpf_xdp_load_bytes#189
  325: if r0 != 0x0 goto +203 <L529>
  326: r8 = *(u8 *)(r10 -32)
  327: r1 = *(u16 *)(r10 -30)
  328: r1 &= 63743
  329: if r1 != 0x0 goto +199 <L529>
  330: r7 += 8
L331:
  331: if r8 == 0x2c goto +32 <L364>
  332: if r8 == 0x33 goto +18 <L351>
  333: if r8 == 0x0 goto +4 <L338>
  334: if r8 == 0x2b goto +3 <L338>
  335: if r8 == 0x3c goto +2 <L338>
  336: if r8 == 0x87 goto +1 <L338>
  337: goto +134 <L472>
L338:
  338: r1 = r6
  339: r2 = r7
  340: r3 = r10
  341: r3 += -32
  342: r4 = 2
  343: call bpf_xdp_load_bytes#189
  344: if r0 != 0x0 goto +184 <L529>
  345: r8 = *(u8 *)(r10 -32)
  346: r1 = *(u8 *)(r10 -31)
  347: r1 += 1
  348: r1 <<= 3
  349: r7 += r1
  350: goto +25 <L376>
L351:
  351: r1 = r6
  352: r2 = r7
  353: r3 = r10
  354: r3 += -32
  355: r4 = 2
  356: call bpf_xdp_load_bytes#189
  357: if r0 != 0x0 goto +171 <L529>
  358: r8 = *(u8 *)(r10 -32)
  359: r1 = *(u8 *)(r10 -31)
  360: r1 += 2
  361: r1 <<= 2
  362: r7 += r1
  363: goto +12 <L376>
L364:
  364: r1 = r6
  365: r2 = r7
  366: r3 = r10
  367: r3 += -32
  368: r4 = 4
  369: call bpf_xdp_load_bytes#189
  370: if r0 != 0x0 goto +158 <L529>
  371: r8 = *(u8 *)(r10 -32)
  372: r1 = *(u16 *)(r10 -30)
  373: r1 &= 63743
  374: if r1 != 0x0 goto +154 <L529>
  375: r7 += 8
L376:
  376: if r8 == 0x2c goto +32 <L409>
  377: if r8 == 0x33 goto +18 <L396>
  378: if r8 == 0x0 goto +4 <L383>
  379: if r8 == 0x2b goto +3 <L383>
  380: if r8 == 0x3c goto +2 <L383>
  381: if r8 == 0x87 goto +1 <L383>
  382: goto +89 <L472>
L383:
  383: r1 = r6
  384: r2 = r7
  385: r3 = r10
  386: r3 += -32
  387: r4 = 2
  388: call bpf_xdp_load_bytes#189
  389: if r0 != 0x0 goto +139 <L529>
  390: r8 = *(u8 *)(r10 -32)
  391: r1 = *(u8 *)(r10 -31)
  392: r1 += 1
  393: r1 <<= 3
  394: r7 += r1
  395: goto +25 <L421>
L396:
  396: r1 = r6
  397: r2 = r7
  398: r3 = r10
  399: r3 += -32
  400: r4 = 2
  401: call bpf_xdp_load_bytes#189
  402: if r0 != 0x0 goto +126 <L529>
  403: r8 = *(u8 *)(r10 -32)
  404: r1 = *(u8 *)(r10 -31)
  405: r1 += 2
  406: r1 <<= 2
  407: r7 += r1
  408: goto +12 <L421>
L409:
  409: r1 = r6
  410: r2 = r7
  411: r3 = r10
  412: r3 += -32
  413: r4 = 4
  414: call bpf_xdp_load_bytes#189
  415: if r0 != 0x0 goto +113 <L529>
  416: r8 = *(u8 *)(r10 -32)
  417: r1 = *(u16 *)(r10 -30)
  418: r1 &= 63743
  419: if r1 != 0x0 goto +109 <L529>
  420: r7 += 8
L421:
  421: if r8 == 0x2c goto +32 <L454>
  422: if r8 == 0x33 goto +18 <L441>
  423: if r8 == 0x0 goto +4 <L428>
  424: if r8 == 0x2b goto +3 <L428>
  425: if r8 == 0x3c goto +2 <L428>
  426: if r8 == 0x87 goto +1 <L428>
  427: goto +44 <L472>
L428:
  428: r1 = r6
  429: r2 = r7
  430: r3 = r10
  431: r3 += -32
  432: r4 = 2
  433: call bpf_xdp_load_bytes#189
  434: if r0 != 0x0 goto +94 <L529>
  435: r8 = *(u8 *)(r10 -32)
  436: r1 = *(u8 *)(r10 -31)
  437: r1 += 1
  438: r1 <<= 3
  439: r7 += r1
  440: goto +25 <L466>
L441:
  441: r1 = r6
  442: r2 = r7
  443: r3 = r10
  444: r3 += -32
  445: r4 = 2
  446: call bpf_xdp_load_bytes#189
  447: if r0 != 0x0 goto +81 <L529>
  448: r8 = *(u8 *)(r10 -32)
  449: r1 = *(u8 *)(r10 -31)
  450: r1 += 2
  451: r1 <<= 2
  452: r7 += r1
  453: goto +12 <L466>
L454:
  454: r1 = r6
  455: r2 = r7
  456: r3 = r10
  457: r3 += -32
  458: r4 = 4
  459: call bpf_xdp_load_bytes#189
  460: if r0 != 0x0 goto +68 <L529>
  461: r8 = *(u8 *)(r10 -32)
  462: r1 = *(u16 *)(r10 -30)
  463: r1 &= 63743
  464: if r1 != 0x0 goto +64 <L529>
  465: r7 += 8
L466:
  466: if r8 == 0x0 goto +62 <L529>
  467: if r8 == 0x2b goto +61 <L529>
  468: if r8 == 0x2c goto +60 <L529>
  469: if r8 == 0x33 goto +59 <L529>
  470: if r8 == 0x3c goto +58 <L529>
  471: if r8 == 0x87 goto +57 <L529>
L472:
  472: if r8 == 0x6 goto +4 <L477>
  473: if r8 == 0x11 goto +19 <L493>
  474: if r8 == 0x1 goto +32 <L507>
  475: if r8 == 0x3a goto +42 <L518>
  476: goto +52 <L529>
L477:
  477: r1 = r6
  478: r2 = r7
  479: r3 = r10
  480: r3 += -32
  481: r4 = 20
  482: call bpf_xdp_load_bytes#189
  483: if r0 != 0x0 goto +45 <L529>
  484: r0 = r10
  485: r0 += -32
  486: *(u64 *)(r9 +0) = 6
  487: r1 = *(u16 *)(r0 +2)
  488: r1 = be16 r1
  489: *(u64 *)(r9 +8) = r1
  490: r1 = *(u8 *)(r0 +13)
  491: *(u64 *)(r9 +16) = r1
  492: goto +36 <L529>
L493:
  493: r1 = r6
  494: r2 = r7
  495: r3 = r10
  496: r3 += -32
  497: r4 = 8
  498: call bpf_xdp_load_bytes#189
  499: if r0 != 0x0 goto +29 <L529>
  500: r0 = r10
  501: r0 += -32
  502: *(u64 *)(r9 +0) = 17
  503: r1 = *(u16 *)(r0 +2)
  504: r1 = be16 r1
  505: *(u64 *)(r9 +8) = r1
  506: goto +22 <L529>
L507:
  507: r1 = r6
  508: r2 = r7
  509: r3 = r10
  510: r3 += -32
  511: r4 = 8
  512: call bpf_xdp_load_bytes#189
  513: if r0 != 0x0 goto +15 <L529>
  514: r0 = r10
  515: r0 += -32
  516: *(u64 *)(r9 +0) = 1
  517: goto +11 <L529>
L518:
  518: r1 = r6
  519: r2 = r7
  520: r3 = r10
  521: r3 += -32
  522: r4 = 8
  523: call bpf_xdp_load_bytes#189
  524: if r0 != 0x0 goto +4 <L529>
  525: r0 = r10
  526: r0 += -32
  527: *(u64 *)(r9 +0) = 58
  528: goto +0 <L529>
L529:
  529: r1 = r6
  530: call <flags__part0>
  531: if r0 != 0x100 goto +17 <L549>
  532: *(u32 *)(r10 -8) = 4
  533: r2 = r10
  534: r2 += -8
  535: r1 = map[flags_ctr] ll
  537: call bpf_map_lookup_elem#1
  538: if r0 == 0x0 goto +9 <L548>
  539: r1 = *(u64 *)(r0 +0)
  540: r1 += 1
  541: *(u64 *)(r0 +0) = r1
  542: r2 = *(u32 *)(r6 +4)
  543: r3 = *(u32 *)(r6 +0)
  544: r2 -= r3
  545: r1 = *(u64 *)(r0 +8)
  546: r1 += r2
  547: *(u64 *)(r0 +8) = r1
L548:
  548: r0 = 2
L549:
  549: exit

subprog flags__part0
  section  .text
  linkage  global
  part of  chain flags
  insns    98

  map        type          key  value  max_entries  flags  elements  role
  flags_ctr  percpu_array    4     16            5  0x0           -  counters
  flags_pkt  percpu_array    4     24            1  0x0           -  scratch

; tests/golden/asm/xdp-tcp-flags.bfr:2: chain flags BF_HOOK_XDP ACCEPT
   0: r6 = r1
   1: *(u32 *)(r10 -8) = 0
   2: r2 = r10
   3: r2 += -8
   4: r1 = map[flags_pkt] ll
   6: call bpf_map_lookup_elem#1
   7: if r0 != 0x0 goto +2 <L10>
   8: r0 = 256
   9: exit
L10:
  10: r9 = r0
  11: r7 = *(u64 *)(r9 +0)
  12: r8 = *(u64 *)(r9 +8)
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
  13: r1 = *(u64 *)(r9 +16)
  14: if w1 == 0x2 goto +12 <L27>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L15:
  15: r1 = *(u64 *)(r9 +16)
  16: if r1 & 0x5 goto +12 <L29>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L17:
  17: r1 = *(u64 *)(r9 +16)
  18: w2 = w1
  19: w2 &= 3
  20: if w2 == 0x3 goto +10 <L31>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L21:
  21: if w8 == 0x50 goto +11 <L33>
; rule 4 — tests/golden/asm/xdp-tcp-flags.bfr:7: rule tcp.flags not any ece,cwr,urg DROP
L22:
  22: r1 = *(u64 *)(r9 +16)
  23: if r1 & 0xe0 goto +1 <L25>
  24: goto +12 <L37>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-tcp-flags.bfr:7)
L25:
  25: r0 = 256
  26: exit
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
L27:
  27: if w7 == 0x6 goto +11 <L39>
  28: goto -14 <L15>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L29:
  29: if w7 == 0x6 goto +11 <L41>
  30: goto -14 <L17>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L31:
  31: if w7 == 0x6 goto +11 <L43>
  32: goto -12 <L21>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L33:
  33: r1 = *(u64 *)(r9 +16)
  34: if w1 == 0x18 goto -13 <L22>
  35: if w7 == 0x6 goto +9 <L45>
  36: goto -15 <L22>
; rule 4 — tests/golden/asm/xdp-tcp-flags.bfr:7: rule tcp.flags not any ece,cwr,urg DROP
L37:
  37: if w7 == 0x6 goto +41 <L79>
  38: goto -14 <L25>
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
L39:
  39: *(u32 *)(r10 -8) = 0
  40: goto +40 <L81>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L41:
  41: *(u32 *)(r10 -8) = 1
  42: goto +21 <L64>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L43:
  43: *(u32 *)(r10 -8) = 2
  44: goto +19 <L64>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L45:
  45: *(u32 *)(r10 -8) = 3
  46: r2 = r10
  47: r2 += -8
  48: r1 = map[flags_ctr] ll
  50: call bpf_map_lookup_elem#1
  51: if r0 == 0x0 goto +9 <L61>
  52: r1 = *(u64 *)(r0 +0)
  53: r1 += 1
  54: *(u64 *)(r0 +0) = r1
  55: r2 = *(u32 *)(r6 +4)
  56: r3 = *(u32 *)(r6 +0)
  57: r2 -= r3
  58: r1 = *(u64 *)(r0 +8)
  59: r1 += r2
  60: *(u64 *)(r0 +8) = r1
L61:
  61: r7 = *(u64 *)(r9 +0)
  62: r8 = *(u64 *)(r9 +8)
  63: goto -42 <L22>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-tcp-flags.bfr:6)
L64:
  64: r2 = r10
  65: r2 += -8
  66: r1 = map[flags_ctr] ll
  68: call bpf_map_lookup_elem#1
  69: if r0 == 0x0 goto +9 <L79>
  70: r1 = *(u64 *)(r0 +0)
  71: r1 += 1
  72: *(u64 *)(r0 +0) = r1
  73: r2 = *(u32 *)(r6 +4)
  74: r3 = *(u32 *)(r6 +0)
  75: r2 -= r3
  76: r1 = *(u64 *)(r0 +8)
  77: r1 += r2
  78: *(u64 *)(r0 +8) = r1
L79:
  79: r0 = 1
  80: exit
L81:
  81: r2 = r10
  82: r2 += -8
  83: r1 = map[flags_ctr] ll
  85: call bpf_map_lookup_elem#1
  86: if r0 == 0x0 goto +9 <L96>
  87: r1 = *(u64 *)(r0 +0)
  88: r1 += 1
  89: *(u64 *)(r0 +0) = r1
  90: r2 = *(u32 *)(r6 +4)
  91: r3 = *(u32 *)(r6 +0)
  92: r2 -= r3
  93: r1 = *(u64 *)(r0 +8)
  94: r1 += r2
  95: *(u64 *)(r0 +8) = r1
L96:
  96: r0 = 2
  97: exit
