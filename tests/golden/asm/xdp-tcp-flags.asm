; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-tcp-flags.bfr

chain flags
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  flags
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    600

  map        type          key  value  max_entries  flags  elements  role
  flags_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-tcp-flags.bfr:2: chain flags BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -32) = r1
    6: *(u64 *)(r10 -8) = 256
    7: *(u64 *)(r10 -16) = 65536
    8: *(u64 *)(r10 -24) = 0
    9: r4 = r2
   10: r4 += 14
   11: if r4 > r3 goto +512 <L524>
   12: r1 = *(u16 *)(r2 +12)
   13: if r1 == 0x81 goto +1 <L15>
   14: if r1 != 0xa888 goto +12 <L27>
L15:
   15: r0 = r4
   16: r0 += 4
   17: if r0 > r3 goto +506 <L524>
   18: r1 = *(u16 *)(r4 +2)
   19: r4 = r0
   20: if r1 == 0x81 goto +1 <L22>
   21: if r1 != 0xa888 goto +5 <L27>
L22:
   22: r0 = r4
   23: r0 += 4
   24: if r0 > r3 goto +499 <L524>
   25: r1 = *(u16 *)(r4 +2)
   26: r4 = r0
L27:
   27: if r1 == 0x8 goto +2 <L30>
   28: if r1 == 0xdd86 goto +20 <L49>
   29: goto +494 <L524>
L30:
   30: r0 = r4
   31: r0 += 20
   32: if r0 > r3 goto +491 <L524>
   33: r1 = *(u8 *)(r4 +0)
   34: r0 = r1
   35: r0 &= 240
   36: if r0 != 0x40 goto +487 <L524>
   37: r5 = r1
   38: r5 &= 15
   39: if r5 < 0x5 goto +484 <L524>
   40: r1 = *(u8 *)(r4 +9)
   41: r0 = *(u16 *)(r4 +6)
   42: r0 &= 65311
   43: if r0 != 0x0 goto +480 <L524>
   44: r5 <<= 2
   45: r0 = r4
   46: r0 += r5
   47: r5 = r0
   48: goto +15 <L64>
L49:
   49: r0 = r4
   50: r0 += 40
   51: if r0 > r3 goto +472 <L524>
   52: r5 = r0
   53: r1 = *(u8 *)(r4 +0)
   54: r1 &= 240
   55: if r1 != 0x60 goto +468 <L524>
   56: r1 = *(u8 *)(r4 +6)
   57: if r1 == 0x0 goto +39 <L97>
   58: if r1 == 0x2b goto +38 <L97>
   59: if r1 == 0x2c goto +37 <L97>
   60: if r1 == 0x33 goto +36 <L97>
   61: if r1 == 0x3c goto +35 <L97>
   62: if r1 == 0x87 goto +34 <L97>
   63: goto +0 <L64>
L64:
   64: if r1 == 0x6 goto +4 <L69>
   65: if r1 == 0x11 goto +13 <L79>
   66: if r1 == 0x1 goto +20 <L87>
   67: if r1 == 0x3a goto +24 <L92>
   68: goto +455 <L524>
L69:
   69: r0 = r5
   70: r0 += 20
   71: if r0 > r3 goto +452 <L524>
   72: *(u64 *)(r10 -8) = 6
   73: r1 = *(u16 *)(r5 +2)
   74: r1 = be16 r1
   75: *(u64 *)(r10 -16) = r1
   76: r1 = *(u8 *)(r5 +13)
   77: *(u64 *)(r10 -24) = r1
   78: goto +445 <L524>
L79:
   79: r0 = r5
   80: r0 += 8
   81: if r0 > r3 goto +442 <L524>
   82: *(u64 *)(r10 -8) = 17
   83: r1 = *(u16 *)(r5 +2)
   84: r1 = be16 r1
   85: *(u64 *)(r10 -16) = r1
   86: goto +437 <L524>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +434 <L524>
   90: *(u64 *)(r10 -8) = 1
   91: goto +432 <L524>
L92:
   92: r0 = r5
   93: r0 += 8
   94: if r0 > r3 goto +429 <L524>
   95: *(u64 *)(r10 -8) = 58
   96: goto +427 <L524>
L97:
   97: r7 = r5
   98: r7 -= r2
   99: r8 = r1
  100: if r8 == 0x2c goto +32 <L133>
  101: if r8 == 0x33 goto +18 <L120>
  102: if r8 == 0x0 goto +4 <L107>
  103: if r8 == 0x2b goto +3 <L107>
  104: if r8 == 0x3c goto +2 <L107>
  105: if r8 == 0x87 goto +1 <L107>
  106: goto +359 <L466>
L107:
  107: r1 = r6
  108: r2 = r7
  109: r3 = r10
  110: r3 += -64
  111: r4 = 2
  112: call bpf_xdp_load_bytes#189
  113: if r0 != 0x0 goto +409 <L523>
  114: r8 = *(u8 *)(r10 -64)
  115: r1 = *(u8 *)(r10 -63)
  116: r1 += 1
  117: r1 <<= 3
  118: r7 += r1
  119: goto +25 <L145>
L120:
  120: r1 = r6
  121: r2 = r7
  122: r3 = r10
  123: r3 += -64
  124: r4 = 2
  125: call bpf_xdp_load_bytes#189
  126: if r0 != 0x0 goto +396 <L523>
  127: r8 = *(u8 *)(r10 -64)
  128: r1 = *(u8 *)(r10 -63)
  129: r1 += 2
  130: r1 <<= 2
  131: r7 += r1
  132: goto +12 <L145>
L133:
  133: r1 = r6
  134: r2 = r7
  135: r3 = r10
  136: r3 += -64
  137: r4 = 4
  138: call bpf_xdp_load_bytes#189
  139: if r0 != 0x0 goto +383 <L523>
  140: r8 = *(u8 *)(r10 -64)
  141: r1 = *(u16 *)(r10 -62)
  142: r1 &= 63743
  143: if r1 != 0x0 goto +379 <L523>
  144: r7 += 8
L145:
  145: if r8 == 0x2c goto +32 <L178>
  146: if r8 == 0x33 goto +18 <L165>
  147: if r8 == 0x0 goto +4 <L152>
  148: if r8 == 0x2b goto +3 <L152>
  149: if r8 == 0x3c goto +2 <L152>
  150: if r8 == 0x87 goto +1 <L152>
  151: goto +314 <L466>
L152:
  152: r1 = r6
  153: r2 = r7
  154: r3 = r10
  155: r3 += -64
  156: r4 = 2
  157: call bpf_xdp_load_bytes#189
  158: if r0 != 0x0 goto +364 <L523>
  159: r8 = *(u8 *)(r10 -64)
  160: r1 = *(u8 *)(r10 -63)
  161: r1 += 1
  162: r1 <<= 3
  163: r7 += r1
  164: goto +25 <L190>
L165:
  165: r1 = r6
  166: r2 = r7
  167: r3 = r10
  168: r3 += -64
  169: r4 = 2
  170: call bpf_xdp_load_bytes#189
  171: if r0 != 0x0 goto +351 <L523>
  172: r8 = *(u8 *)(r10 -64)
  173: r1 = *(u8 *)(r10 -63)
  174: r1 += 2
  175: r1 <<= 2
  176: r7 += r1
  177: goto +12 <L190>
L178:
  178: r1 = r6
  179: r2 = r7
  180: r3 = r10
  181: r3 += -64
  182: r4 = 4
  183: call bpf_xdp_load_bytes#189
  184: if r0 != 0x0 goto +338 <L523>
  185: r8 = *(u8 *)(r10 -64)
  186: r1 = *(u16 *)(r10 -62)
  187: r1 &= 63743
  188: if r1 != 0x0 goto +334 <L523>
  189: r7 += 8
L190:
  190: if r8 == 0x2c goto +32 <L223>
  191: if r8 == 0x33 goto +18 <L210>
  192: if r8 == 0x0 goto +4 <L197>
  193: if r8 == 0x2b goto +3 <L197>
  194: if r8 == 0x3c goto +2 <L197>
  195: if r8 == 0x87 goto +1 <L197>
  196: goto +269 <L466>
L197:
  197: r1 = r6
  198: r2 = r7
  199: r3 = r10
  200: r3 += -64
  201: r4 = 2
  202: call bpf_xdp_load_bytes#189
  203: if r0 != 0x0 goto +319 <L523>
  204: r8 = *(u8 *)(r10 -64)
  205: r1 = *(u8 *)(r10 -63)
  206: r1 += 1
  207: r1 <<= 3
  208: r7 += r1
  209: goto +25 <L235>
L210:
  210: r1 = r6
  211: r2 = r7
  212: r3 = r10
  213: r3 += -64
  214: r4 = 2
  215: call bpf_xdp_load_bytes#189
  216: if r0 != 0x0 goto +306 <L523>
  217: r8 = *(u8 *)(r10 -64)
  218: r1 = *(u8 *)(r10 -63)
  219: r1 += 2
  220: r1 <<= 2
  221: r7 += r1
  222: goto +12 <L235>
L223:
  223: r1 = r6
  224: r2 = r7
  225: r3 = r10
  226: r3 += -64
  227: r4 = 4
  228: call bpf_xdp_load_bytes#189
  229: if r0 != 0x0 goto +293 <L523>
  230: r8 = *(u8 *)(r10 -64)
  231: r1 = *(u16 *)(r10 -62)
  232: r1 &= 63743
  233: if r1 != 0x0 goto +289 <L523>
  234: r7 += 8
L235:
  235: if r8 == 0x2c goto +32 <L268>
  236: if r8 == 0x33 goto +18 <L255>
  237: if r8 == 0x0 goto +4 <L242>
  238: if r8 == 0x2b goto +3 <L242>
  239: if r8 == 0x3c goto +2 <L242>
  240: if r8 == 0x87 goto +1 <L242>
  241: goto +224 <L466>
L242:
  242: r1 = r6
  243: r2 = r7
  244: r3 = r10
  245: r3 += -64
  246: r4 = 2
  247: call bpf_xdp_load_bytes#189
  248: if r0 != 0x0 goto +274 <L523>
  249: r8 = *(u8 *)(r10 -64)
  250: r1 = *(u8 *)(r10 -63)
  251: r1 += 1
  252: r1 <<= 3
  253: r7 += r1
  254: goto +25 <L280>
L255:
  255: r1 = r6
  256: r2 = r7
  257: r3 = r10
  258: r3 += -64
  259: r4 = 2
  260: call bpf_xdp_load_bytes#189
  261: if r0 != 0x0 goto +261 <L523>
  262: r8 = *(u8 *)(r10 -64)
  263: r1 = *(u8 *)(r10 -63)
  264: r1 += 2
  265: r1 <<= 2
  266: r7 += r1
  267: goto +12 <L280>
L268:
  268: r1 = r6
  269: r2 = r7
  270: r3 = r10
  271: r3 += -64
  272: r4 = 4
  273: call bpf_xdp_load_bytes#189
  274: if r0 != 0x0 goto +248 <L523>
  275: r8 = *(u8 *)(r10 -64)
  276: r1 = *(u16 *)(r10 -62)
  277: r1 &= 63743
  278: if r1 != 0x0 goto +244 <L523>
  279: r7 += 8
L280:
  280: if r8 == 0x2c goto +32 <L313>
  281: if r8 == 0x33 goto +18 <L300>
  282: if r8 == 0x0 goto +4 <L287>
  283: if r8 == 0x2b goto +3 <L287>
  284: if r8 == 0x3c goto +2 <L287>
  285: if r8 == 0x87 goto +1 <L287>
  286: goto +179 <L466>
L287:
  287: r1 = r6
  288: r2 = r7
  289: r3 = r10
  290: r3 += -64
  291: r4 = 2
  292: call bpf_xdp_load_bytes#189
  293: if r0 != 0x0 goto +229 <L523>
  294: r8 = *(u8 *)(r10 -64)
  295: r1 = *(u8 *)(r10 -63)
  296: r1 += 1
  297: r1 <<= 3
  298: r7 += r1
  299: goto +25 <L325>
L300:
  300: r1 = r6
  301: r2 = r7
  302: r3 = r10
  303: r3 += -64
  304: r4 = 2
  305: call bpf_xdp_load_bytes#189
  306: if r0 != 0x0 goto +216 <L523>
  307: r8 = *(u8 *)(r10 -64)
  308: r1 = *(u8 *)(r10 -63)
  309: r1 += 2
  310: r1 <<= 2
  311: r7 += r1
  312: goto +12 <L325>
L313:
  313: r1 = r6
  314: r2 = r7
  315: r3 = r10
  316: r3 += -64
  317: r4 = 4
  318: call bpf_xdp_load_bytes#189
  319: if r0 != 0x0 goto +203 <L523>
  320: r8 = *(u8 *)(r10 -64)
  321: r1 = *(u16 *)(r10 -62)
  322: r1 &= 63743
  323: if r1 != 0x0 goto +199 <L523>
  324: r7 += 8
L325:
  325: if r8 == 0x2c goto +32 <L358>
  326: if r8 == 0x33 goto +18 <L345>
  327: if r8 == 0x0 goto +4 <L332>
  328: if r8 == 0x2b goto +3 <L332>
  329: if r8 == 0x3c goto +2 <L332>
  330: if r8 == 0x87 goto +1 <L332>
  331: goto +134 <L466>
L332:
  332: r1 = r6
  333: r2 = r7
  334: r3 = r10
  335: r3 += -64
  336: r4 = 2
  337: call bpf_xdp_load_bytes#189
  338: if r0 != 0x0 goto +184 <L523>
  339: r8 = *(u8 *)(r10 -64)
  340: r1 = *(u8 *)(r10 -63)
  341: r1 += 1
  342: r1 <<= 3
  343: r7 += r1
  344: goto +25 <L370>
L345:
  345: r1 = r6
  346: r2 = r7
  347: r3 = r10
  348: r3 += -64
  349: r4 = 2
  350: call bpf_xdp_load_bytes#189
  351: if r0 != 0x0 goto +171 <L523>
  352: r8 = *(u8 *)(r10 -64)
  353: r1 = *(u8 *)(r10 -63)
  354: r1 += 2
  355: r1 <<= 2
  356: r7 += r1
  357: goto +12 <L370>
L358:
  358: r1 = r6
  359: r2 = r7
  360: r3 = r10
  361: r3 += -64
  362: r4 = 4
  363: call bpf_xdp_load_bytes#189
  364: if r0 != 0x0 goto +158 <L523>
  365: r8 = *(u8 *)(r10 -64)
  366: r1 = *(u16 *)(r10 -62)
  367: r1 &= 63743
  368: if r1 != 0x0 goto +154 <L523>
  369: r7 += 8
L370:
  370: if r8 == 0x2c goto +32 <L403>
  371: if r8 == 0x33 goto +18 <L390>
  372: if r8 == 0x0 goto +4 <L377>
  373: if r8 == 0x2b goto +3 <L377>
  374: if r8 == 0x3c goto +2 <L377>
  375: if r8 == 0x87 goto +1 <L377>
  376: goto +89 <L466>
L377:
  377: r1 = r6
  378: r2 = r7
  379: r3 = r10
  380: r3 += -64
  381: r4 = 2
  382: call bpf_xdp_load_bytes#189
  383: if r0 != 0x0 goto +139 <L523>
  384: r8 = *(u8 *)(r10 -64)
  385: r1 = *(u8 *)(r10 -63)
  386: r1 += 1
  387: r1 <<= 3
  388: r7 += r1
  389: goto +25 <L415>
L390:
  390: r1 = r6
  391: r2 = r7
  392: r3 = r10
  393: r3 += -64
  394: r4 = 2
  395: call bpf_xdp_load_bytes#189
  396: if r0 != 0x0 goto +126 <L523>
  397: r8 = *(u8 *)(r10 -64)
  398: r1 = *(u8 *)(r10 -63)
  399: r1 += 2
  400: r1 <<= 2
  401: r7 += r1
  402: goto +12 <L415>
L403:
  403: r1 = r6
  404: r2 = r7
  405: r3 = r10
  406: r3 += -64
  407: r4 = 4
  408: call bpf_xdp_load_bytes#189
  409: if r0 != 0x0 goto +113 <L523>
  410: r8 = *(u8 *)(r10 -64)
  411: r1 = *(u16 *)(r10 -62)
  412: r1 &= 63743
  413: if r1 != 0x0 goto +109 <L523>
  414: r7 += 8
L415:
  415: if r8 == 0x2c goto +32 <L448>
  416: if r8 == 0x33 goto +18 <L435>
  417: if r8 == 0x0 goto +4 <L422>
  418: if r8 == 0x2b goto +3 <L422>
  419: if r8 == 0x3c goto +2 <L422>
  420: if r8 == 0x87 goto +1 <L422>
  421: goto +44 <L466>
L422:
  422: r1 = r6
  423: r2 = r7
  424: r3 = r10
  425: r3 += -64
  426: r4 = 2
  427: call bpf_xdp_load_bytes#189
  428: if r0 != 0x0 goto +94 <L523>
  429: r8 = *(u8 *)(r10 -64)
  430: r1 = *(u8 *)(r10 -63)
  431: r1 += 1
  432: r1 <<= 3
  433: r7 += r1
  434: goto +25 <L460>
L435:
  435: r1 = r6
  436: r2 = r7
  437: r3 = r10
  438: r3 += -64
  439: r4 = 2
  440: call bpf_xdp_load_bytes#189
  441: if r0 != 0x0 goto +81 <L523>
  442: r8 = *(u8 *)(r10 -64)
  443: r1 = *(u8 *)(r10 -63)
  444: r1 += 2
  445: r1 <<= 2
  446: r7 += r1
  447: goto +12 <L460>
L448:
  448: r1 = r6
  449: r2 = r7
  450: r3 = r10
  451: r3 += -64
  452: r4 = 4
  453: call bpf_xdp_load_bytes#189
  454: if r0 != 0x0 goto +68 <L523>
  455: r8 = *(u8 *)(r10 -64)
  456: r1 = *(u16 *)(r10 -62)
  457: r1 &= 63743
  458: if r1 != 0x0 goto +64 <L523>
  459: r7 += 8
L460:
  460: if r8 == 0x0 goto +62 <L523>
  461: if r8 == 0x2b goto +61 <L523>
  462: if r8 == 0x2c goto +60 <L523>
  463: if r8 == 0x33 goto +59 <L523>
  464: if r8 == 0x3c goto +58 <L523>
  465: if r8 == 0x87 goto +57 <L523>
L466:
  466: if r8 == 0x6 goto +4 <L471>
  467: if r8 == 0x11 goto +19 <L487>
  468: if r8 == 0x1 goto +32 <L501>
  469: if r8 == 0x3a goto +42 <L512>
  470: goto +53 <L524>
L471:
  471: r1 = r6
  472: r2 = r7
  473: r3 = r10
  474: r3 += -64
  475: r4 = 20
  476: call bpf_xdp_load_bytes#189
  477: if r0 != 0x0 goto +46 <L524>
  478: r0 = r10
  479: r0 += -64
  480: *(u64 *)(r10 -8) = 6
  481: r1 = *(u16 *)(r0 +2)
  482: r1 = be16 r1
  483: *(u64 *)(r10 -16) = r1
  484: r1 = *(u8 *)(r0 +13)
  485: *(u64 *)(r10 -24) = r1
  486: goto +37 <L524>
L487:
  487: r1 = r6
  488: r2 = r7
  489: r3 = r10
  490: r3 += -64
  491: r4 = 8
  492: call bpf_xdp_load_bytes#189
  493: if r0 != 0x0 goto +30 <L524>
  494: r0 = r10
  495: r0 += -64
  496: *(u64 *)(r10 -8) = 17
  497: r1 = *(u16 *)(r0 +2)
  498: r1 = be16 r1
  499: *(u64 *)(r10 -16) = r1
  500: goto +23 <L524>
L501:
  501: r1 = r6
  502: r2 = r7
  503: r3 = r10
  504: r3 += -64
  505: r4 = 8
  506: call bpf_xdp_load_bytes#189
  507: if r0 != 0x0 goto +16 <L524>
  508: r0 = r10
  509: r0 += -64
  510: *(u64 *)(r10 -8) = 1
  511: goto +12 <L524>
L512:
  512: r1 = r6
  513: r2 = r7
  514: r3 = r10
  515: r3 += -64
  516: r4 = 8
  517: call bpf_xdp_load_bytes#189
  518: if r0 != 0x0 goto +5 <L524>
  519: r0 = r10
  520: r0 += -64
  521: *(u64 *)(r10 -8) = 58
  522: goto +1 <L524>
L523:
  523: goto +0 <L524>
L524:
  524: r7 = *(u64 *)(r10 -8)
  525: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
  526: r1 = *(u64 *)(r10 -24)
  527: if w1 == 0x2 goto +10 <L538>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L528:
  528: if r1 & 0x5 goto +11 <L540>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L529:
  529: w2 = w1
  530: w2 &= 3
  531: if w2 == 0x3 goto +10 <L542>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L532:
  532: if w8 == 0x50 goto +11 <L544>
; rule 4 — tests/golden/asm/xdp-tcp-flags.bfr:7: rule tcp.flags not any ece,cwr,urg DROP
L533:
  533: r1 = *(u64 *)(r10 -24)
  534: if r1 & 0xe0 goto +1 <L536>
  535: goto +11 <L547>
; policy — no rule matched (line info: tests/golden/asm/xdp-tcp-flags.bfr:7)
L536:
  536: *(u32 *)(r10 -40) = 4
  537: goto +47 <L585>
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
L538:
  538: if w7 == 0x6 goto +10 <L549>
  539: goto -12 <L528>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L540:
  540: if w7 == 0x6 goto +10 <L551>
  541: goto -13 <L529>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L542:
  542: if w7 == 0x6 goto +10 <L553>
  543: goto -12 <L532>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L544:
  544: if w1 == 0x18 goto -12 <L533>
  545: if w7 == 0x6 goto +9 <L555>
  546: goto -14 <L533>
; rule 4 — tests/golden/asm/xdp-tcp-flags.bfr:7: rule tcp.flags not any ece,cwr,urg DROP
L547:
  547: if w7 == 0x6 goto +35 <L583>
  548: goto -13 <L536>
; rule 0 — tests/golden/asm/xdp-tcp-flags.bfr:3: rule tcp.flags eq syn counter ACCEPT
L549:
  549: *(u32 *)(r10 -40) = 0
  550: goto +34 <L585>
; rule 1 — tests/golden/asm/xdp-tcp-flags.bfr:4: rule tcp.flags any fin,rst counter DROP
L551:
  551: *(u32 *)(r10 -40) = 1
  552: goto +17 <L570>
; rule 2 — tests/golden/asm/xdp-tcp-flags.bfr:5: rule tcp.flags all syn,fin counter DROP
L553:
  553: *(u32 *)(r10 -40) = 2
  554: goto +15 <L570>
; rule 3 — tests/golden/asm/xdp-tcp-flags.bfr:6: rule tcp.flags not eq ack,psh tcp.dport 80 counter CONTINUE
L555:
  555: *(u32 *)(r10 -40) = 3
  556: r2 = r10
  557: r2 += -40
  558: r1 = map[flags_ctr] ll
  560: call bpf_map_lookup_elem#1
  561: if r0 == 0x0 goto +7 <L569>
  562: r1 = *(u64 *)(r0 +0)
  563: r1 += 1
  564: *(u64 *)(r0 +0) = r1
  565: r1 = *(u64 *)(r0 +8)
  566: r2 = *(u64 *)(r10 -32)
  567: r1 += r2
  568: *(u64 *)(r0 +8) = r1
L569:
  569: goto -37 <L533>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-tcp-flags.bfr:6)
L570:
  570: r2 = r10
  571: r2 += -40
  572: r1 = map[flags_ctr] ll
  574: call bpf_map_lookup_elem#1
  575: if r0 == 0x0 goto +7 <L583>
  576: r1 = *(u64 *)(r0 +0)
  577: r1 += 1
  578: *(u64 *)(r0 +0) = r1
  579: r1 = *(u64 *)(r0 +8)
  580: r2 = *(u64 *)(r10 -32)
  581: r1 += r2
  582: *(u64 *)(r0 +8) = r1
L583:
  583: r0 = 1
  584: exit
L585:
  585: r2 = r10
  586: r2 += -40
  587: r1 = map[flags_ctr] ll
  589: call bpf_map_lookup_elem#1
  590: if r0 == 0x0 goto +7 <L598>
  591: r1 = *(u64 *)(r0 +0)
  592: r1 += 1
  593: *(u64 *)(r0 +0) = r1
  594: r1 = *(u64 *)(r0 +8)
  595: r2 = *(u64 *)(r10 -32)
  596: r1 += r2
  597: *(u64 *)(r0 +8) = r1
L598:
  598: r0 = 2
  599: exit
