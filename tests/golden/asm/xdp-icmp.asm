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
  insns    583

  map       type          key  value  max_entries  flags  elements  role
  icmp_ctr  percpu_array    4     16            4  0x0           -  counters

; tests/golden/asm/xdp-icmp.bfr:2: chain icmp BF_HOOK_XDP DROP
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -32) = r1
    6: *(u64 *)(r10 -8) = 256
    7: r4 = r2
    8: r4 += 14
    9: if r4 > r3 goto +513 <L523>
   10: r1 = *(u16 *)(r2 +12)
   11: if r1 == 0x81 goto +1 <L13>
   12: if r1 != 0xa888 goto +12 <L25>
L13:
   13: r0 = r4
   14: r0 += 4
   15: if r0 > r3 goto +507 <L523>
   16: r1 = *(u16 *)(r4 +2)
   17: r4 = r0
   18: if r1 == 0x81 goto +1 <L20>
   19: if r1 != 0xa888 goto +5 <L25>
L20:
   20: r0 = r4
   21: r0 += 4
   22: if r0 > r3 goto +500 <L523>
   23: r1 = *(u16 *)(r4 +2)
   24: r4 = r0
L25:
   25: if r1 == 0x8 goto +2 <L28>
   26: if r1 == 0xdd86 goto +20 <L47>
   27: goto +495 <L523>
L28:
   28: r0 = r4
   29: r0 += 20
   30: if r0 > r3 goto +492 <L523>
   31: r1 = *(u8 *)(r4 +0)
   32: r0 = r1
   33: r0 &= 240
   34: if r0 != 0x40 goto +488 <L523>
   35: r5 = r1
   36: r5 &= 15
   37: if r5 < 0x5 goto +485 <L523>
   38: r1 = *(u8 *)(r4 +9)
   39: r0 = *(u16 *)(r4 +6)
   40: r0 &= 65311
   41: if r0 != 0x0 goto +481 <L523>
   42: r5 <<= 2
   43: r0 = r4
   44: r0 += r5
   45: r5 = r0
   46: goto +15 <L62>
L47:
   47: r0 = r4
   48: r0 += 40
   49: if r0 > r3 goto +473 <L523>
   50: r5 = r0
   51: r1 = *(u8 *)(r4 +0)
   52: r1 &= 240
   53: if r1 != 0x60 goto +469 <L523>
   54: r1 = *(u8 *)(r4 +6)
   55: if r1 == 0x0 goto +39 <L95>
   56: if r1 == 0x2b goto +38 <L95>
   57: if r1 == 0x2c goto +37 <L95>
   58: if r1 == 0x33 goto +36 <L95>
   59: if r1 == 0x3c goto +35 <L95>
   60: if r1 == 0x87 goto +34 <L95>
   61: goto +0 <L62>
L62:
   62: if r1 == 0x6 goto +4 <L67>
   63: if r1 == 0x11 goto +8 <L72>
   64: if r1 == 0x1 goto +12 <L77>
   65: if r1 == 0x3a goto +20 <L86>
   66: goto +456 <L523>
L67:
   67: r0 = r5
   68: r0 += 20
   69: if r0 > r3 goto +453 <L523>
   70: *(u64 *)(r10 -8) = 6
   71: goto +451 <L523>
L72:
   72: r0 = r5
   73: r0 += 8
   74: if r0 > r3 goto +448 <L523>
   75: *(u64 *)(r10 -8) = 17
   76: goto +446 <L523>
L77:
   77: r0 = r5
   78: r0 += 8
   79: if r0 > r3 goto +443 <L523>
   80: *(u64 *)(r10 -8) = 1
   81: r1 = *(u8 *)(r5 +0)
   82: *(u64 *)(r10 -16) = r1
   83: r1 = *(u8 *)(r5 +1)
   84: *(u64 *)(r10 -24) = r1
   85: goto +437 <L523>
L86:
   86: r0 = r5
   87: r0 += 8
   88: if r0 > r3 goto +434 <L523>
   89: *(u64 *)(r10 -8) = 58
   90: r1 = *(u8 *)(r5 +0)
   91: *(u64 *)(r10 -16) = r1
   92: r1 = *(u8 *)(r5 +1)
   93: *(u64 *)(r10 -24) = r1
   94: goto +428 <L523>
L95:
   95: r7 = r5
   96: r7 -= r2
   97: r8 = r1
   98: r9 = 0
   99: if r8 == 0x2c goto +32 <L132>
  100: if r8 == 0x33 goto +18 <L119>
  101: if r8 == 0x0 goto +4 <L106>
  102: if r8 == 0x2b goto +3 <L106>
  103: if r8 == 0x3c goto +2 <L106>
  104: if r8 == 0x87 goto +1 <L106>
  105: goto +359 <L465>
L106:
  106: r1 = r6
  107: r2 = r7
  108: r3 = r10
  109: r3 += -64
  110: r4 = 2
  111: call bpf_xdp_load_bytes#189
  112: if r0 != 0x0 goto +409 <L522>
  113: r8 = *(u8 *)(r10 -64)
  114: r1 = *(u8 *)(r10 -63)
  115: r1 += 1
  116: r1 <<= 3
  117: r7 += r1
  118: goto +25 <L144>
L119:
  119: r1 = r6
  120: r2 = r7
  121: r3 = r10
  122: r3 += -64
  123: r4 = 2
  124: call bpf_xdp_load_bytes#189
  125: if r0 != 0x0 goto +396 <L522>
  126: r8 = *(u8 *)(r10 -64)
  127: r1 = *(u8 *)(r10 -63)
  128: r1 += 2
  129: r1 <<= 2
  130: r7 += r1
  131: goto +12 <L144>
L132:
  132: r1 = r6
  133: r2 = r7
  134: r3 = r10
  135: r3 += -64
  136: r4 = 4
  137: call bpf_xdp_load_bytes#189
  138: if r0 != 0x0 goto +383 <L522>
  139: r8 = *(u8 *)(r10 -64)
  140: r1 = *(u16 *)(r10 -62)
  141: r1 &= 63743
  142: if r1 != 0x0 goto +379 <L522>
  143: r7 += 8
L144:
  144: if r8 == 0x2c goto +32 <L177>
  145: if r8 == 0x33 goto +18 <L164>
  146: if r8 == 0x0 goto +4 <L151>
  147: if r8 == 0x2b goto +3 <L151>
  148: if r8 == 0x3c goto +2 <L151>
  149: if r8 == 0x87 goto +1 <L151>
  150: goto +314 <L465>
L151:
  151: r1 = r6
  152: r2 = r7
  153: r3 = r10
  154: r3 += -64
  155: r4 = 2
  156: call bpf_xdp_load_bytes#189
  157: if r0 != 0x0 goto +364 <L522>
  158: r8 = *(u8 *)(r10 -64)
  159: r1 = *(u8 *)(r10 -63)
  160: r1 += 1
  161: r1 <<= 3
  162: r7 += r1
  163: goto +25 <L189>
L164:
  164: r1 = r6
  165: r2 = r7
  166: r3 = r10
  167: r3 += -64
  168: r4 = 2
  169: call bpf_xdp_load_bytes#189
  170: if r0 != 0x0 goto +351 <L522>
  171: r8 = *(u8 *)(r10 -64)
  172: r1 = *(u8 *)(r10 -63)
  173: r1 += 2
  174: r1 <<= 2
  175: r7 += r1
  176: goto +12 <L189>
L177:
  177: r1 = r6
  178: r2 = r7
  179: r3 = r10
  180: r3 += -64
  181: r4 = 4
  182: call bpf_xdp_load_bytes#189
  183: if r0 != 0x0 goto +338 <L522>
  184: r8 = *(u8 *)(r10 -64)
  185: r1 = *(u16 *)(r10 -62)
  186: r1 &= 63743
  187: if r1 != 0x0 goto +334 <L522>
  188: r7 += 8
L189:
  189: if r8 == 0x2c goto +32 <L222>
  190: if r8 == 0x33 goto +18 <L209>
  191: if r8 == 0x0 goto +4 <L196>
  192: if r8 == 0x2b goto +3 <L196>
  193: if r8 == 0x3c goto +2 <L196>
  194: if r8 == 0x87 goto +1 <L196>
  195: goto +269 <L465>
L196:
  196: r1 = r6
  197: r2 = r7
  198: r3 = r10
  199: r3 += -64
  200: r4 = 2
  201: call bpf_xdp_load_bytes#189
  202: if r0 != 0x0 goto +319 <L522>
  203: r8 = *(u8 *)(r10 -64)
  204: r1 = *(u8 *)(r10 -63)
  205: r1 += 1
  206: r1 <<= 3
  207: r7 += r1
  208: goto +25 <L234>
L209:
  209: r1 = r6
  210: r2 = r7
  211: r3 = r10
  212: r3 += -64
  213: r4 = 2
  214: call bpf_xdp_load_bytes#189
  215: if r0 != 0x0 goto +306 <L522>
  216: r8 = *(u8 *)(r10 -64)
  217: r1 = *(u8 *)(r10 -63)
  218: r1 += 2
  219: r1 <<= 2
  220: r7 += r1
  221: goto +12 <L234>
L222:
  222: r1 = r6
  223: r2 = r7
  224: r3 = r10
  225: r3 += -64
  226: r4 = 4
  227: call bpf_xdp_load_bytes#189
  228: if r0 != 0x0 goto +293 <L522>
  229: r8 = *(u8 *)(r10 -64)
  230: r1 = *(u16 *)(r10 -62)
  231: r1 &= 63743
  232: if r1 != 0x0 goto +289 <L522>
  233: r7 += 8
L234:
  234: if r8 == 0x2c goto +32 <L267>
  235: if r8 == 0x33 goto +18 <L254>
  236: if r8 == 0x0 goto +4 <L241>
  237: if r8 == 0x2b goto +3 <L241>
  238: if r8 == 0x3c goto +2 <L241>
  239: if r8 == 0x87 goto +1 <L241>
  240: goto +224 <L465>
L241:
  241: r1 = r6
  242: r2 = r7
  243: r3 = r10
  244: r3 += -64
  245: r4 = 2
  246: call bpf_xdp_load_bytes#189
  247: if r0 != 0x0 goto +274 <L522>
  248: r8 = *(u8 *)(r10 -64)
  249: r1 = *(u8 *)(r10 -63)
  250: r1 += 1
  251: r1 <<= 3
  252: r7 += r1
  253: goto +25 <L279>
L254:
  254: r1 = r6
  255: r2 = r7
  256: r3 = r10
  257: r3 += -64
  258: r4 = 2
  259: call bpf_xdp_load_bytes#189
  260: if r0 != 0x0 goto +261 <L522>
  261: r8 = *(u8 *)(r10 -64)
  262: r1 = *(u8 *)(r10 -63)
  263: r1 += 2
  264: r1 <<= 2
  265: r7 += r1
  266: goto +12 <L279>
L267:
  267: r1 = r6
  268: r2 = r7
  269: r3 = r10
  270: r3 += -64
  271: r4 = 4
  272: call bpf_xdp_load_bytes#189
  273: if r0 != 0x0 goto +248 <L522>
  274: r8 = *(u8 *)(r10 -64)
  275: r1 = *(u16 *)(r10 -62)
  276: r1 &= 63743
  277: if r1 != 0x0 goto +244 <L522>
  278: r7 += 8
L279:
  279: if r8 == 0x2c goto +32 <L312>
  280: if r8 == 0x33 goto +18 <L299>
  281: if r8 == 0x0 goto +4 <L286>
  282: if r8 == 0x2b goto +3 <L286>
  283: if r8 == 0x3c goto +2 <L286>
  284: if r8 == 0x87 goto +1 <L286>
  285: goto +179 <L465>
L286:
  286: r1 = r6
  287: r2 = r7
  288: r3 = r10
  289: r3 += -64
  290: r4 = 2
  291: call bpf_xdp_load_bytes#189
  292: if r0 != 0x0 goto +229 <L522>
  293: r8 = *(u8 *)(r10 -64)
  294: r1 = *(u8 *)(r10 -63)
  295: r1 += 1
  296: r1 <<= 3
  297: r7 += r1
  298: goto +25 <L324>
L299:
  299: r1 = r6
  300: r2 = r7
  301: r3 = r10
  302: r3 += -64
  303: r4 = 2
  304: call bpf_xdp_load_bytes#189
  305: if r0 != 0x0 goto +216 <L522>
  306: r8 = *(u8 *)(r10 -64)
  307: r1 = *(u8 *)(r10 -63)
  308: r1 += 2
  309: r1 <<= 2
  310: r7 += r1
  311: goto +12 <L324>
L312:
  312: r1 = r6
  313: r2 = r7
  314: r3 = r10
  315: r3 += -64
  316: r4 = 4
  317: call bpf_xdp_load_bytes#189
  318: if r0 != 0x0 goto +203 <L522>
  319: r8 = *(u8 *)(r10 -64)
  320: r1 = *(u16 *)(r10 -62)
  321: r1 &= 63743
  322: if r1 != 0x0 goto +199 <L522>
  323: r7 += 8
L324:
  324: if r8 == 0x2c goto +32 <L357>
  325: if r8 == 0x33 goto +18 <L344>
  326: if r8 == 0x0 goto +4 <L331>
  327: if r8 == 0x2b goto +3 <L331>
  328: if r8 == 0x3c goto +2 <L331>
  329: if r8 == 0x87 goto +1 <L331>
  330: goto +134 <L465>
L331:
  331: r1 = r6
  332: r2 = r7
  333: r3 = r10
  334: r3 += -64
  335: r4 = 2
  336: call bpf_xdp_load_bytes#189
  337: if r0 != 0x0 goto +184 <L522>
  338: r8 = *(u8 *)(r10 -64)
  339: r1 = *(u8 *)(r10 -63)
  340: r1 += 1
  341: r1 <<= 3
  342: r7 += r1
  343: goto +25 <L369>
L344:
  344: r1 = r6
  345: r2 = r7
  346: r3 = r10
  347: r3 += -64
  348: r4 = 2
  349: call bpf_xdp_load_bytes#189
  350: if r0 != 0x0 goto +171 <L522>
  351: r8 = *(u8 *)(r10 -64)
  352: r1 = *(u8 *)(r10 -63)
  353: r1 += 2
  354: r1 <<= 2
  355: r7 += r1
  356: goto +12 <L369>
L357:
  357: r1 = r6
  358: r2 = r7
  359: r3 = r10
  360: r3 += -64
  361: r4 = 4
  362: call bpf_xdp_load_bytes#189
  363: if r0 != 0x0 goto +158 <L522>
  364: r8 = *(u8 *)(r10 -64)
  365: r1 = *(u16 *)(r10 -62)
  366: r1 &= 63743
  367: if r1 != 0x0 goto +154 <L522>
  368: r7 += 8
L369:
  369: if r8 == 0x2c goto +32 <L402>
  370: if r8 == 0x33 goto +18 <L389>
  371: if r8 == 0x0 goto +4 <L376>
  372: if r8 == 0x2b goto +3 <L376>
  373: if r8 == 0x3c goto +2 <L376>
  374: if r8 == 0x87 goto +1 <L376>
  375: goto +89 <L465>
L376:
  376: r1 = r6
  377: r2 = r7
  378: r3 = r10
  379: r3 += -64
  380: r4 = 2
  381: call bpf_xdp_load_bytes#189
  382: if r0 != 0x0 goto +139 <L522>
  383: r8 = *(u8 *)(r10 -64)
  384: r1 = *(u8 *)(r10 -63)
  385: r1 += 1
  386: r1 <<= 3
  387: r7 += r1
  388: goto +25 <L414>
L389:
  389: r1 = r6
  390: r2 = r7
  391: r3 = r10
  392: r3 += -64
  393: r4 = 2
  394: call bpf_xdp_load_bytes#189
  395: if r0 != 0x0 goto +126 <L522>
  396: r8 = *(u8 *)(r10 -64)
  397: r1 = *(u8 *)(r10 -63)
  398: r1 += 2
  399: r1 <<= 2
  400: r7 += r1
  401: goto +12 <L414>
L402:
  402: r1 = r6
  403: r2 = r7
  404: r3 = r10
  405: r3 += -64
  406: r4 = 4
  407: call bpf_xdp_load_bytes#189
  408: if r0 != 0x0 goto +113 <L522>
  409: r8 = *(u8 *)(r10 -64)
  410: r1 = *(u16 *)(r10 -62)
  411: r1 &= 63743
  412: if r1 != 0x0 goto +109 <L522>
  413: r7 += 8
L414:
  414: if r8 == 0x2c goto +32 <L447>
  415: if r8 == 0x33 goto +18 <L434>
  416: if r8 == 0x0 goto +4 <L421>
  417: if r8 == 0x2b goto +3 <L421>
  418: if r8 == 0x3c goto +2 <L421>
  419: if r8 == 0x87 goto +1 <L421>
  420: goto +44 <L465>
L421:
  421: r1 = r6
  422: r2 = r7
  423: r3 = r10
  424: r3 += -64
  425: r4 = 2
  426: call bpf_xdp_load_bytes#189
  427: if r0 != 0x0 goto +94 <L522>
  428: r8 = *(u8 *)(r10 -64)
  429: r1 = *(u8 *)(r10 -63)
  430: r1 += 1
  431: r1 <<= 3
  432: r7 += r1
  433: goto +25 <L459>
L434:
  434: r1 = r6
  435: r2 = r7
  436: r3 = r10
  437: r3 += -64
  438: r4 = 2
  439: call bpf_xdp_load_bytes#189
  440: if r0 != 0x0 goto +81 <L522>
  441: r8 = *(u8 *)(r10 -64)
  442: r1 = *(u8 *)(r10 -63)
  443: r1 += 2
  444: r1 <<= 2
  445: r7 += r1
  446: goto +12 <L459>
L447:
  447: r1 = r6
  448: r2 = r7
  449: r3 = r10
  450: r3 += -64
  451: r4 = 4
  452: call bpf_xdp_load_bytes#189
  453: if r0 != 0x0 goto +68 <L522>
  454: r8 = *(u8 *)(r10 -64)
  455: r1 = *(u16 *)(r10 -62)
  456: r1 &= 63743
  457: if r1 != 0x0 goto +64 <L522>
  458: r7 += 8
L459:
  459: if r8 == 0x0 goto +62 <L522>
  460: if r8 == 0x2b goto +61 <L522>
  461: if r8 == 0x2c goto +60 <L522>
  462: if r8 == 0x33 goto +59 <L522>
  463: if r8 == 0x3c goto +58 <L522>
  464: if r8 == 0x87 goto +57 <L522>
L465:
  465: if r8 == 0x6 goto +4 <L470>
  466: if r8 == 0x11 goto +14 <L481>
  467: if r8 == 0x1 goto +24 <L492>
  468: if r8 == 0x3a goto +38 <L507>
  469: goto +53 <L523>
L470:
  470: r1 = r6
  471: r2 = r7
  472: r3 = r10
  473: r3 += -64
  474: r4 = 20
  475: call bpf_xdp_load_bytes#189
  476: if r0 != 0x0 goto +46 <L523>
  477: r0 = r10
  478: r0 += -64
  479: *(u64 *)(r10 -8) = 6
  480: goto +42 <L523>
L481:
  481: r1 = r6
  482: r2 = r7
  483: r3 = r10
  484: r3 += -64
  485: r4 = 8
  486: call bpf_xdp_load_bytes#189
  487: if r0 != 0x0 goto +35 <L523>
  488: r0 = r10
  489: r0 += -64
  490: *(u64 *)(r10 -8) = 17
  491: goto +31 <L523>
L492:
  492: r1 = r6
  493: r2 = r7
  494: r3 = r10
  495: r3 += -64
  496: r4 = 8
  497: call bpf_xdp_load_bytes#189
  498: if r0 != 0x0 goto +24 <L523>
  499: r0 = r10
  500: r0 += -64
  501: *(u64 *)(r10 -8) = 1
  502: r1 = *(u8 *)(r0 +0)
  503: *(u64 *)(r10 -16) = r1
  504: r1 = *(u8 *)(r0 +1)
  505: *(u64 *)(r10 -24) = r1
  506: goto +16 <L523>
L507:
  507: r1 = r6
  508: r2 = r7
  509: r3 = r10
  510: r3 += -64
  511: r4 = 8
  512: call bpf_xdp_load_bytes#189
  513: if r0 != 0x0 goto +9 <L523>
  514: r0 = r10
  515: r0 += -64
  516: *(u64 *)(r10 -8) = 58
  517: r1 = *(u8 *)(r0 +0)
  518: *(u64 *)(r10 -16) = r1
  519: r1 = *(u8 *)(r0 +1)
  520: *(u64 *)(r10 -24) = r1
  521: goto +1 <L523>
L522:
  522: goto +0 <L523>
L523:
  523: r7 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/xdp-icmp.bfr:3: rule icmp.type echo-request counter ACCEPT
  524: if w7 != 0x1 goto +2 <L527>
  525: r1 = *(u64 *)(r10 -16)
  526: if w1 == 0x8 goto +20 <L547>
; rule 1 — tests/golden/asm/xdp-icmp.bfr:4: rule icmp.type destination-unreachable icmp.code 4 ACCEPT
L527:
  527: if w7 != 0x1 goto +4 <L532>
  528: r1 = *(u64 *)(r10 -16)
  529: if w1 != 0x3 goto +2 <L532>
  530: r2 = *(u64 *)(r10 -24)
  531: if w2 == 0x4 goto +49 <L581>
; rule 2 — tests/golden/asm/xdp-icmp.bfr:5: rule icmp.type not 13 icmp.code 0 counter ACCEPT
L532:
  532: if w7 != 0x1 goto +4 <L537>
  533: r1 = *(u64 *)(r10 -16)
  534: if w1 == 0xd goto +2 <L537>
  535: r2 = *(u64 *)(r10 -24)
  536: if w2 == 0x0 goto +12 <L549>
; rule 3 — tests/golden/asm/xdp-icmp.bfr:6: rule icmpv6.type nd-neighbor-solicit ACCEPT
L537:
  537: if w7 != 0x3a goto +2 <L540>
  538: r1 = *(u64 *)(r10 -16)
  539: if w1 == 0x87 goto +41 <L581>
; rule 4 — tests/golden/asm/xdp-icmp.bfr:7: rule icmpv6.type echo-request icmpv6.code not 1 counter ACCEPT
L540:
  540: if w7 != 0x3a goto +4 <L545>
  541: r1 = *(u64 *)(r10 -16)
  542: if w1 != 0x80 goto +2 <L545>
  543: r2 = *(u64 *)(r10 -24)
  544: if w2 != 0x1 goto +6 <L551>
L545:
  545: *(u32 *)(r10 -40) = 3
  546: goto +6 <L553>
; rule 0 — tests/golden/asm/xdp-icmp.bfr:3: rule icmp.type echo-request counter ACCEPT
L547:
  547: *(u32 *)(r10 -40) = 0
  548: goto +19 <L568>
; rule 2 — tests/golden/asm/xdp-icmp.bfr:5: rule icmp.type not 13 icmp.code 0 counter ACCEPT
L549:
  549: *(u32 *)(r10 -40) = 1
  550: goto +17 <L568>
; rule 4 — tests/golden/asm/xdp-icmp.bfr:7: rule icmpv6.type echo-request icmpv6.code not 1 counter ACCEPT
L551:
  551: *(u32 *)(r10 -40) = 2
  552: goto +15 <L568>
L553:
  553: r2 = r10
  554: r2 += -40
  555: r1 = map[icmp_ctr] ll
  557: call bpf_map_lookup_elem#1
  558: if r0 == 0x0 goto +7 <L566>
  559: r1 = *(u64 *)(r0 +0)
  560: r1 += 1
  561: *(u64 *)(r0 +0) = r1
  562: r1 = *(u64 *)(r0 +8)
  563: r2 = *(u64 *)(r10 -32)
  564: r1 += r2
  565: *(u64 *)(r0 +8) = r1
L566:
  566: r0 = 1
  567: exit
L568:
  568: r2 = r10
  569: r2 += -40
  570: r1 = map[icmp_ctr] ll
  572: call bpf_map_lookup_elem#1
  573: if r0 == 0x0 goto +7 <L581>
  574: r1 = *(u64 *)(r0 +0)
  575: r1 += 1
  576: *(u64 *)(r0 +0) = r1
  577: r1 = *(u64 *)(r0 +8)
  578: r2 = *(u64 *)(r10 -32)
  579: r1 += r2
  580: *(u64 *)(r0 +8) = r1
L581:
  581: r0 = 2
  582: exit
