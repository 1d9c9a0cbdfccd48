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
  insns    780

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
   10: *(u64 *)(r10 -48) = 0
   11: *(u64 *)(r10 -40) = 0
   12: *(u64 *)(r10 -32) = 0
   13: r4 = r2
   14: r4 += 14
   15: if r4 > r3 goto +695 <L711>
   16: r1 = *(u16 *)(r2 +12)
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +12 <L31>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +689 <L711>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
   24: if r1 == 0x81 goto +1 <L26>
   25: if r1 != 0xa888 goto +5 <L31>
L26:
   26: r0 = r4
   27: r0 += 4
   28: if r0 > r3 goto +682 <L711>
   29: r1 = *(u16 *)(r4 +2)
   30: r4 = r0
L31:
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +22 <L55>
   33: goto +677 <L711>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +674 <L711>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +670 <L711>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +667 <L711>
   44: *(u64 *)(r10 -8) = 4
   45: r1 = *(u8 *)(r4 +9)
   46: *(u64 *)(r10 -16) = r1
   47: r0 = *(u16 *)(r4 +6)
   48: r0 &= 65311
   49: if r0 != 0x0 goto +661 <L711>
   50: r5 <<= 2
   51: r0 = r4
   52: r0 += r5
   53: r5 = r0
   54: goto +22 <L77>
L55:
   55: r0 = r4
   56: r0 += 40
   57: if r0 > r3 goto +653 <L711>
   58: r5 = r0
   59: r1 = *(u8 *)(r4 +0)
   60: r1 &= 240
   61: if r1 != 0x60 goto +649 <L711>
   62: *(u64 *)(r10 -8) = 6
   63: r1 = *(u64 *)(r4 +8)
   64: *(u64 *)(r10 -40) = r1
   65: r1 = *(u64 *)(r4 +16)
   66: *(u64 *)(r10 -32) = r1
   67: *(u64 *)(r10 -48) = 0
   68: r1 = *(u8 *)(r4 +6)
   69: if r1 == 0x0 goto +38 <L108>
   70: if r1 == 0x2b goto +37 <L108>
   71: if r1 == 0x2c goto +36 <L108>
   72: if r1 == 0x33 goto +35 <L108>
   73: if r1 == 0x3c goto +34 <L108>
   74: if r1 == 0x87 goto +33 <L108>
   75: *(u64 *)(r10 -16) = r1
   76: goto +0 <L77>
L77:
   77: if r1 == 0x6 goto +4 <L82>
   78: if r1 == 0x11 goto +11 <L90>
   79: if r1 == 0x1 goto +18 <L98>
   80: if r1 == 0x3a goto +22 <L103>
   81: goto +629 <L711>
L82:
   82: r0 = r5
   83: r0 += 20
   84: if r0 > r3 goto +626 <L711>
   85: *(u64 *)(r10 -24) = 6
   86: r1 = *(u16 *)(r5 +2)
   87: r1 = be16 r1
   88: *(u64 *)(r10 -56) = r1
   89: goto +621 <L711>
L90:
   90: r0 = r5
   91: r0 += 8
   92: if r0 > r3 goto +618 <L711>
   93: *(u64 *)(r10 -24) = 17
   94: r1 = *(u16 *)(r5 +2)
   95: r1 = be16 r1
   96: *(u64 *)(r10 -56) = r1
   97: goto +613 <L711>
L98:
   98: r0 = r5
   99: r0 += 8
  100: if r0 > r3 goto +610 <L711>
  101: *(u64 *)(r10 -24) = 1
  102: goto +608 <L711>
L103:
  103: r0 = r5
  104: r0 += 8
  105: if r0 > r3 goto +605 <L711>
  106: *(u64 *)(r10 -24) = 58
  107: goto +603 <L711>
L108:
  108: r7 = r5
  109: r7 -= r2
  110: r8 = r1
  111: if r8 == 0x2c goto +51 <L163>
  112: if r8 == 0x33 goto +34 <L147>
  113: if r8 == 0x0 goto +4 <L118>
  114: if r8 == 0x2b goto +7 <L122>
  115: if r8 == 0x3c goto +10 <L126>
  116: if r8 == 0x87 goto +13 <L130>
  117: goto +535 <L653>
L118:
  118: r1 = *(u64 *)(r10 -48)
  119: r1 |= 1
  120: *(u64 *)(r10 -48) = r1
  121: goto +12 <L134>
L122:
  122: r1 = *(u64 *)(r10 -48)
  123: r1 |= 2
  124: *(u64 *)(r10 -48) = r1
  125: goto +8 <L134>
L126:
  126: r1 = *(u64 *)(r10 -48)
  127: r1 |= 16
  128: *(u64 *)(r10 -48) = r1
  129: goto +4 <L134>
L130:
  130: r1 = *(u64 *)(r10 -48)
  131: r1 |= 32
  132: *(u64 *)(r10 -48) = r1
  133: goto +0 <L134>
L134:
  134: r1 = r6
  135: r2 = r7
  136: r3 = r10
  137: r3 += -96
  138: r4 = 2
  139: call bpf_xdp_load_bytes#189
  140: if r0 != 0x0 goto +569 <L710>
  141: r8 = *(u8 *)(r10 -96)
  142: r1 = *(u8 *)(r10 -95)
  143: r1 += 1
  144: r1 <<= 3
  145: r7 += r1
  146: goto +31 <L178>
L147:
  147: r1 = *(u64 *)(r10 -48)
  148: r1 |= 8
  149: *(u64 *)(r10 -48) = r1
  150: r1 = r6
  151: r2 = r7
  152: r3 = r10
  153: r3 += -96
  154: r4 = 2
  155: call bpf_xdp_load_bytes#189
  156: if r0 != 0x0 goto +553 <L710>
  157: r8 = *(u8 *)(r10 -96)
  158: r1 = *(u8 *)(r10 -95)
  159: r1 += 2
  160: r1 <<= 2
  161: r7 += r1
  162: goto +15 <L178>
L163:
  163: r1 = *(u64 *)(r10 -48)
  164: r1 |= 4
  165: *(u64 *)(r10 -48) = r1
  166: r1 = r6
  167: r2 = r7
  168: r3 = r10
  169: r3 += -96
  170: r4 = 4
  171: call bpf_xdp_load_bytes#189
  172: if r0 != 0x0 goto +537 <L710>
  173: r8 = *(u8 *)(r10 -96)
  174: r1 = *(u16 *)(r10 -94)
  175: r1 &= 63743
  176: if r1 != 0x0 goto +532 <L709>
  177: r7 += 8
L178:
  178: if r8 == 0x2c goto +51 <L230>
  179: if r8 == 0x33 goto +34 <L214>
  180: if r8 == 0x0 goto +4 <L185>
  181: if r8 == 0x2b goto +7 <L189>
  182: if r8 == 0x3c goto +10 <L193>
  183: if r8 == 0x87 goto +13 <L197>
  184: goto +468 <L653>
L185:
  185: r1 = *(u64 *)(r10 -48)
  186: r1 |= 1
  187: *(u64 *)(r10 -48) = r1
  188: goto +12 <L201>
L189:
  189: r1 = *(u64 *)(r10 -48)
  190: r1 |= 2
  191: *(u64 *)(r10 -48) = r1
  192: goto +8 <L201>
L193:
  193: r1 = *(u64 *)(r10 -48)
  194: r1 |= 16
  195: *(u64 *)(r10 -48) = r1
  196: goto +4 <L201>
L197:
  197: r1 = *(u64 *)(r10 -48)
  198: r1 |= 32
  199: *(u64 *)(r10 -48) = r1
  200: goto +0 <L201>
L201:
  201: r1 = r6
  202: r2 = r7
  203: r3 = r10
  204: r3 += -96
  205: r4 = 2
  206: call bpf_xdp_load_bytes#189
  207: if r0 != 0x0 goto +502 <L710>
  208: r8 = *(u8 *)(r10 -96)
  209: r1 = *(u8 *)(r10 -95)
  210: r1 += 1
  211: r1 <<= 3
  212: r7 += r1
  213: goto +31 <L245>
L214:
  214: r1 = *(u64 *)(r10 -48)
  215: r1 |= 8
  216: *(u64 *)(r10 -48) = r1
  217: r1 = r6
  218: r2 = r7
  219: r3 = r10
  220: r3 += -96
  221: r4 = 2
  222: call bpf_xdp_load_bytes#189
  223: if r0 != 0x0 goto +486 <L710>
  224: r8 = *(u8 *)(r10 -96)
  225: r1 = *(u8 *)(r10 -95)
  226: r1 += 2
  227: r1 <<= 2
  228: r7 += r1
  229: goto +15 <L245>
L230:
  230: r1 = *(u64 *)(r10 -48)
  231: r1 |= 4
  232: *(u64 *)(r10 -48) = r1
  233: r1 = r6
  234: r2 = r7
  235: r3 = r10
  236: r3 += -96
  237: r4 = 4
  238: call bpf_xdp_load_bytes#189
  239: if r0 != 0x0 goto +470 <L710>
  240: r8 = *(u8 *)(r10 -96)
  241: r1 = *(u16 *)(r10 -94)
  242: r1 &= 63743
  243: if r1 != 0x0 goto +465 <L709>
  244: r7 += 8
L245:
  245: if r8 == 0x2c goto +51 <L297>
  246: if r8 == 0x33 goto +34 <L281>
  247: if r8 == 0x0 goto +4 <L252>
  248: if r8 == 0x2b goto +7 <L256>
  249: if r8 == 0x3c goto +10 <L260>
  250: if r8 == 0x87 goto +13 <L264>
  251: goto +401 <L653>
L252:
  252: r1 = *(u64 *)(r10 -48)
  253: r1 |= 1
  254: *(u64 *)(r10 -48) = r1
  255: goto +12 <L268>
L256:
  256: r1 = *(u64 *)(r10 -48)
  257: r1 |= 2
  258: *(u64 *)(r10 -48) = r1
  259: goto +8 <L268>
L260:
  260: r1 = *(u64 *)(r10 -48)
  261: r1 |= 16
  262: *(u64 *)(r10 -48) = r1
  263: goto +4 <L268>
L264:
  264: r1 = *(u64 *)(r10 -48)
  265: r1 |= 32
  266: *(u64 *)(r10 -48) = r1
  267: goto +0 <L268>
L268:
  268: r1 = r6
  269: r2 = r7
  270: r3 = r10
  271: r3 += -96
  272: r4 = 2
  273: call bpf_xdp_load_bytes#189
  274: if r0 != 0x0 goto +435 <L710>
  275: r8 = *(u8 *)(r10 -96)
  276: r1 = *(u8 *)(r10 -95)
  277: r1 += 1
  278: r1 <<= 3
  279: r7 += r1
  280: goto +31 <L312>
L281:
  281: r1 = *(u64 *)(r10 -48)
  282: r1 |= 8
  283: *(u64 *)(r10 -48) = r1
  284: r1 = r6
  285: r2 = r7
  286: r3 = r10
  287: r3 += -96
  288: r4 = 2
  289: call bpf_xdp_load_bytes#189
  290: if r0 != 0x0 goto +419 <L710>
  291: r8 = *(u8 *)(r10 -96)
  292: r1 = *(u8 *)(r10 -95)
  293: r1 += 2
  294: r1 <<= 2
  295: r7 += r1
  296: goto +15 <L312>
L297:
  297: r1 = *(u64 *)(r10 -48)
  298: r1 |= 4
  299: *(u64 *)(r10 -48) = r1
  300: r1 = r6
  301: r2 = r7
  302: r3 = r10
  303: r3 += -96
  304: r4 = 4
  305: call bpf_xdp_load_bytes#189
  306: if r0 != 0x0 goto +403 <L710>
  307: r8 = *(u8 *)(r10 -96)
  308: r1 = *(u16 *)(r10 -94)
  309: r1 &= 63743
  310: if r1 != 0x0 goto +398 <L709>
  311: r7 += 8
L312:
  312: if r8 == 0x2c goto +51 <L364>
  313: if r8 == 0x33 goto +34 <L348>
  314: if r8 == 0x0 goto +4 <L319>
  315: if r8 == 0x2b goto +7 <L323>
  316: if r8 == 0x3c goto +10 <L327>
  317: if r8 == 0x87 goto +13 <L331>
  318: goto +334 <L653>
L319:
  319: r1 = *(u64 *)(r10 -48)
  320: r1 |= 1
  321: *(u64 *)(r10 -48) = r1
  322: goto +12 <L335>
L323:
  323: r1 = *(u64 *)(r10 -48)
  324: r1 |= 2
  325: *(u64 *)(r10 -48) = r1
  326: goto +8 <L335>
L327:
  327: r1 = *(u64 *)(r10 -48)
  328: r1 |= 16
  329: *(u64 *)(r10 -48) = r1
  330: goto +4 <L335>
L331:
  331: r1 = *(u64 *)(r10 -48)
  332: r1 |= 32
  333: *(u64 *)(r10 -48) = r1
  334: goto +0 <L335>
L335:
  335: r1 = r6
  336: r2 = r7
  337: r3 = r10
  338: r3 += -96
  339: r4 = 2
  340: call bpf_xdp_load_bytes#189
  341: if r0 != 0x0 goto +368 <L710>
  342: r8 = *(u8 *)(r10 -96)
  343: r1 = *(u8 *)(r10 -95)
  344: r1 += 1
  345: r1 <<= 3
  346: r7 += r1
  347: goto +31 <L379>
L348:
  348: r1 = *(u64 *)(r10 -48)
  349: r1 |= 8
  350: *(u64 *)(r10 -48) = r1
  351: r1 = r6
  352: r2 = r7
  353: r3 = r10
  354: r3 += -96
  355: r4 = 2
  356: call bpf_xdp_load_bytes#189
  357: if r0 != 0x0 goto +352 <L710>
  358: r8 = *(u8 *)(r10 -96)
  359: r1 = *(u8 *)(r10 -95)
  360: r1 += 2
  361: r1 <<= 2
  362: r7 += r1
  363: goto +15 <L379>
L364:
  364: r1 = *(u64 *)(r10 -48)
  365: r1 |= 4
  366: *(u64 *)(r10 -48) = r1
  367: r1 = r6
  368: r2 = r7
  369: r3 = r10
  370: r3 += -96
  371: r4 = 4
  372: call bpf_xdp_load_bytes#189
  373: if r0 != 0x0 goto +336 <L710>
  374: r8 = *(u8 *)(r10 -96)
  375: r1 = *(u16 *)(r10 -94)
  376: r1 &= 63743
  377: if r1 != 0x0 goto +331 <L709>
  378: r7 += 8
L379:
  379: if r8 == 0x2c goto +51 <L431>
  380: if r8 == 0x33 goto +34 <L415>
  381: if r8 == 0x0 goto +4 <L386>
  382: if r8 == 0x2b goto +7 <L390>
  383: if r8 == 0x3c goto +10 <L394>
  384: if r8 == 0x87 goto +13 <L398>
  385: goto +267 <L653>
L386:
  386: r1 = *(u64 *)(r10 -48)
  387: r1 |= 1
  388: *(u64 *)(r10 -48) = r1
  389: goto +12 <L402>
L390:
  390: r1 = *(u64 *)(r10 -48)
  391: r1 |= 2
  392: *(u64 *)(r10 -48) = r1
  393: goto +8 <L402>
L394:
  394: r1 = *(u64 *)(r10 -48)
  395: r1 |= 16
  396: *(u64 *)(r10 -48) = r1
  397: goto +4 <L402>
L398:
  398: r1 = *(u64 *)(r10 -48)
  399: r1 |= 32
  400: *(u64 *)(r10 -48) = r1
  401: goto +0 <L402>
L402:
  402: r1 = r6
  403: r2 = r7
  404: r3 = r10
  405: r3 += -96
  406: r4 = 2
  407: call bpf_xdp_load_bytes#189
  408: if r0 != 0x0 goto +301 <L710>
  409: r8 = *(u8 *)(r10 -96)
  410: r1 = *(u8 *)(r10 -95)
  411: r1 += 1
  412: r1 <<= 3
  413: r7 += r1
  414: goto +31 <L446>
L415:
  415: r1 = *(u64 *)(r10 -48)
  416: r1 |= 8
  417: *(u64 *)(r10 -48) = r1
  418: r1 = r6
  419: r2 = r7
  420: r3 = r10
  421: r3 += -96
  422: r4 = 2
  423: call bpf_xdp_load_bytes#189
  424: if r0 != 0x0 goto +285 <L710>
  425: r8 = *(u8 *)(r10 -96)
  426: r1 = *(u8 *)(r10 -95)
  427: r1 += 2
  428: r1 <<= 2
  429: r7 += r1
  430: goto +15 <L446>
L431:
  431: r1 = *(u64 *)(r10 -48)
  432: r1 |= 4
  433: *(u64 *)(r10 -48) = r1
  434: r1 = r6
  435: r2 = r7
  436: r3 = r10
  437: r3 += -96
  438: r4 = 4
  439: call bpf_xdp_load_bytes#189
  440: if r0 != 0x0 goto +269 <L710>
  441: r8 = *(u8 *)(r10 -96)
  442: r1 = *(u16 *)(r10 -94)
  443: r1 &= 63743
  444: if r1 != 0x0 goto +264 <L709>
  445: r7 += 8
L446:
  446: if r8 == 0x2c goto +51 <L498>
  447: if r8 == 0x33 goto +34 <L482>
  448: if r8 == 0x0 goto +4 <L453>
  449: if r8 == 0x2b goto +7 <L457>
  450: if r8 == 0x3c goto +10 <L461>
  451: if r8 == 0x87 goto +13 <L465>
  452: goto +200 <L653>
L453:
  453: r1 = *(u64 *)(r10 -48)
  454: r1 |= 1
  455: *(u64 *)(r10 -48) = r1
  456: goto +12 <L469>
L457:
  457: r1 = *(u64 *)(r10 -48)
  458: r1 |= 2
  459: *(u64 *)(r10 -48) = r1
  460: goto +8 <L469>
L461:
  461: r1 = *(u64 *)(r10 -48)
  462: r1 |= 16
  463: *(u64 *)(r10 -48) = r1
  464: goto +4 <L469>
L465:
  465: r1 = *(u64 *)(r10 -48)
  466: r1 |= 32
  467: *(u64 *)(r10 -48) = r1
  468: goto +0 <L469>
L469:
  469: r1 = r6
  470: r2 = r7
  471: r3 = r10
  472: r3 += -96
  473: r4 = 2
  474: call bpf_xdp_load_bytes#189
  475: if r0 != 0x0 goto +234 <L710>
  476: r8 = *(u8 *)(r10 -96)
  477: r1 = *(u8 *)(r10 -95)
  478: r1 += 1
  479: r1 <<= 3
  480: r7 += r1
  481: goto +31 <L513>
L482:
  482: r1 = *(u64 *)(r10 -48)
  483: r1 |= 8
  484: *(u64 *)(r10 -48) = r1
  485: r1 = r6
  486: r2 = r7
  487: r3 = r10
  488: r3 += -96
  489: r4 = 2
  490: call bpf_xdp_load_bytes#189
  491: if r0 != 0x0 goto +218 <L710>
  492: r8 = *(u8 *)(r10 -96)
  493: r1 = *(u8 *)(r10 -95)
  494: r1 += 2
  495: r1 <<= 2
  496: r7 += r1
  497: goto +15 <L513>
L498:
  498: r1 = *(u64 *)(r10 -48)
  499: r1 |= 4
  500: *(u64 *)(r10 -48) = r1
  501: r1 = r6
  502: r2 = r7
  503: r3 = r10
  504: r3 += -96
  505: r4 = 4
  506: call bpf_xdp_load_bytes#189
  507: if r0 != 0x0 goto +202 <L710>
  508: r8 = *(u8 *)(r10 -96)
  509: r1 = *(u16 *)(r10 -94)
  510: r1 &= 63743
  511: if r1 != 0x0 goto +197 <L709>
  512: r7 += 8
L513:
  513: if r8 == 0x2c goto +51 <L565>
  514: if r8 == 0x33 goto +34 <L549>
  515: if r8 == 0x0 goto +4 <L520>
  516: if r8 == 0x2b goto +7 <L524>
  517: if r8 == 0x3c goto +10 <L528>
  518: if r8 == 0x87 goto +13 <L532>
  519: goto +133 <L653>
L520:
  520: r1 = *(u64 *)(r10 -48)
  521: r1 |= 1
  522: *(u64 *)(r10 -48) = r1
  523: goto +12 <L536>
L524:
  524: r1 = *(u64 *)(r10 -48)
  525: r1 |= 2
  526: *(u64 *)(r10 -48) = r1
  527: goto +8 <L536>
L528:
  528: r1 = *(u64 *)(r10 -48)
  529: r1 |= 16
  530: *(u64 *)(r10 -48) = r1
  531: goto +4 <L536>
L532:
  532: r1 = *(u64 *)(r10 -48)
  533: r1 |= 32
  534: *(u64 *)(r10 -48) = r1
  535: goto +0 <L536>
L536:
  536: r1 = r6
  537: r2 = r7
  538: r3 = r10
  539: r3 += -96
  540: r4 = 2
  541: call bpf_xdp_load_bytes#189
  542: if r0 != 0x0 goto +167 <L710>
  543: r8 = *(u8 *)(r10 -96)
  544: r1 = *(u8 *)(r10 -95)
  545: r1 += 1
  546: r1 <<= 3
  547: r7 += r1
  548: goto +31 <L580>
L549:
  549: r1 = *(u64 *)(r10 -48)
  550: r1 |= 8
  551: *(u64 *)(r10 -48) = r1
  552: r1 = r6
  553: r2 = r7
  554: r3 = r10
  555: r3 += -96
  556: r4 = 2
  557: call bpf_xdp_load_bytes#189
  558: if r0 != 0x0 goto +151 <L710>
  559: r8 = *(u8 *)(r10 -96)
  560: r1 = *(u8 *)(r10 -95)
  561: r1 += 2
  562: r1 <<= 2
  563: r7 += r1
  564: goto +15 <L580>
L565:
  565: r1 = *(u64 *)(r10 -48)
  566: r1 |= 4
  567: *(u64 *)(r10 -48) = r1
  568: r1 = r6
  569: r2 = r7
  570: r3 = r10
  571: r3 += -96
  572: r4 = 4
  573: call bpf_xdp_load_bytes#189
  574: if r0 != 0x0 goto +135 <L710>
  575: r8 = *(u8 *)(r10 -96)
  576: r1 = *(u16 *)(r10 -94)
  577: r1 &= 63743
  578: if r1 != 0x0 goto +130 <L709>
  579: r7 += 8
L580:
  580: if r8 == 0x2c goto +51 <L632>
  581: if r8 == 0x33 goto +34 <L616>
  582: if r8 == 0x0 goto +4 <L587>
  583: if r8 == 0x2b goto +7 <L591>
  584: if r8 == 0x3c goto +10 <L595>
  585: if r8 == 0x87 goto +13 <L599>
  586: goto +66 <L653>
L587:
  587: r1 = *(u64 *)(r10 -48)
  588: r1 |= 1
  589: *(u64 *)(r10 -48) = r1
  590: goto +12 <L603>
L591:
  591: r1 = *(u64 *)(r10 -48)
  592: r1 |= 2
  593: *(u64 *)(r10 -48) = r1
  594: goto +8 <L603>
L595:
  595: r1 = *(u64 *)(r10 -48)
  596: r1 |= 16
  597: *(u64 *)(r10 -48) = r1
  598: goto +4 <L603>
L599:
  599: r1 = *(u64 *)(r10 -48)
  600: r1 |= 32
  601: *(u64 *)(r10 -48) = r1
  602: goto +0 <L603>
L603:
  603: r1 = r6
  604: r2 = r7
  605: r3 = r10
  606: r3 += -96
  607: r4 = 2
  608: call bpf_xdp_load_bytes#189
  609: if r0 != 0x0 goto +100 <L710>
  610: r8 = *(u8 *)(r10 -96)
  611: r1 = *(u8 *)(r10 -95)
  612: r1 += 1
  613: r1 <<= 3
  614: r7 += r1
  615: goto +31 <L647>
L616:
  616: r1 = *(u64 *)(r10 -48)
  617: r1 |= 8
  618: *(u64 *)(r10 -48) = r1
  619: r1 = r6
  620: r2 = r7
  621: r3 = r10
  622: r3 += -96
  623: r4 = 2
  624: call bpf_xdp_load_bytes#189
  625: if r0 != 0x0 goto +84 <L710>
  626: r8 = *(u8 *)(r10 -96)
  627: r1 = *(u8 *)(r10 -95)
  628: r1 += 2
  629: r1 <<= 2
  630: r7 += r1
  631: goto +15 <L647>
L632:
  632: r1 = *(u64 *)(r10 -48)
  633: r1 |= 4
  634: *(u64 *)(r10 -48) = r1
  635: r1 = r6
  636: r2 = r7
  637: r3 = r10
  638: r3 += -96
  639: r4 = 4
  640: call bpf_xdp_load_bytes#189
  641: if r0 != 0x0 goto +68 <L710>
  642: r8 = *(u8 *)(r10 -96)
  643: r1 = *(u16 *)(r10 -94)
  644: r1 &= 63743
  645: if r1 != 0x0 goto +63 <L709>
  646: r7 += 8
L647:
  647: if r8 == 0x0 goto +62 <L710>
  648: if r8 == 0x2b goto +61 <L710>
  649: if r8 == 0x2c goto +60 <L710>
  650: if r8 == 0x33 goto +59 <L710>
  651: if r8 == 0x3c goto +58 <L710>
  652: if r8 == 0x87 goto +57 <L710>
L653:
  653: *(u64 *)(r10 -16) = r8
  654: if r8 == 0x6 goto +4 <L659>
  655: if r8 == 0x11 goto +17 <L673>
  656: if r8 == 0x1 goto +30 <L687>
  657: if r8 == 0x3a goto +40 <L698>
  658: goto +52 <L711>
L659:
  659: r1 = r6
  660: r2 = r7
  661: r3 = r10
  662: r3 += -96
  663: r4 = 20
  664: call bpf_xdp_load_bytes#189
  665: if r0 != 0x0 goto +45 <L711>
  666: r0 = r10
  667: r0 += -96
  668: *(u64 *)(r10 -24) = 6
  669: r1 = *(u16 *)(r0 +2)
  670: r1 = be16 r1
  671: *(u64 *)(r10 -56) = r1
  672: goto +38 <L711>
L673:
  673: r1 = r6
  674: r2 = r7
  675: r3 = r10
  676: r3 += -96
  677: r4 = 8
  678: call bpf_xdp_load_bytes#189
  679: if r0 != 0x0 goto +31 <L711>
  680: r0 = r10
  681: r0 += -96
  682: *(u64 *)(r10 -24) = 17
  683: r1 = *(u16 *)(r0 +2)
  684: r1 = be16 r1
  685: *(u64 *)(r10 -56) = r1
  686: goto +24 <L711>
L687:
  687: r1 = r6
  688: r2 = r7
  689: r3 = r10
  690: r3 += -96
  691: r4 = 8
  692: call bpf_xdp_load_bytes#189
  693: if r0 != 0x0 goto +17 <L711>
  694: r0 = r10
  695: r0 += -96
  696: *(u64 *)(r10 -24) = 1
  697: goto +13 <L711>
L698:
  698: r1 = r6
  699: r2 = r7
  700: r3 = r10
  701: r3 += -96
  702: r4 = 8
  703: call bpf_xdp_load_bytes#189
  704: if r0 != 0x0 goto +6 <L711>
  705: r0 = r10
  706: r0 += -96
  707: *(u64 *)(r10 -24) = 58
  708: goto +2 <L711>
L709:
  709: *(u64 *)(r10 -16) = r8
L710:
  710: goto +0 <L711>
L711:
  711: r7 = *(u64 *)(r10 -8)
  712: r8 = *(u64 *)(r10 -24)
  713: r9 = *(u64 *)(r10 -56)
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
  714: r1 = *(u64 *)(r10 -48)
  715: if r1 & 0x4 goto +6 <L722>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L716:
  716: if r1 & 0x2 goto +7 <L724>
; rule 2 — tests/golden/asm/xdp-ipv6-exthdr.bfr:6: rule ip6.nexthdr not tcp tcp.dport 22 DROP
L717:
  717: if w9 == 0x16 goto +8 <L726>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L718:
  718: if w9 == 0x16 goto +12 <L731>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L719:
  719: if w9 == 0x222 goto +13 <L733>
; policy — no rule matched (line info: tests/golden/asm/xdp-ipv6-exthdr.bfr:8)
L720:
  720: *(u32 *)(r10 -72) = 4
  721: goto +43 <L765>
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
L722:
  722: if w7 == 0x6 goto +19 <L742>
  723: goto -8 <L716>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L724:
  724: if w7 == 0x6 goto +19 <L744>
  725: goto -9 <L717>
; rule 2 — tests/golden/asm/xdp-ipv6-exthdr.bfr:6: rule ip6.nexthdr not tcp tcp.dport 22 DROP
L726:
  726: r2 = *(u64 *)(r10 -16)
  727: if w2 == 0x6 goto -10 <L718>
  728: if w7 != 0x6 goto -11 <L718>
  729: if w8 == 0x6 goto +33 <L763>
  730: goto -13 <L718>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L731:
  731: if w8 == 0x6 goto +14 <L746>
  732: goto -14 <L719>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L733:
  733: r2 = *(u64 *)(r10 -40)
  734: r3 = *(u64 *)(r10 -32)
  735: r4 = 0x100000000000000 ll
  737: if r2 != 0x80fe goto -18 <L720>
  738: if r3 != r4 goto -19 <L720>
  739: if w8 != 0x11 goto -20 <L720>
  740: if w7 == 0x6 goto +7 <L748>
  741: goto -22 <L720>
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
L742:
  742: *(u32 *)(r10 -72) = 0
  743: goto +6 <L750>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L744:
  744: *(u32 *)(r10 -72) = 1
  745: goto +4 <L750>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L746:
  746: *(u32 *)(r10 -72) = 2
  747: goto +17 <L765>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L748:
  748: *(u32 *)(r10 -72) = 3
  749: goto +15 <L765>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-ipv6-exthdr.bfr:8)
L750:
  750: r2 = r10
  751: r2 += -72
  752: r1 = map[v6_ctr] ll
  754: call bpf_map_lookup_elem#1
  755: if r0 == 0x0 goto +7 <L763>
  756: r1 = *(u64 *)(r0 +0)
  757: r1 += 1
  758: *(u64 *)(r0 +0) = r1
  759: r1 = *(u64 *)(r0 +8)
  760: r2 = *(u64 *)(r10 -64)
  761: r1 += r2
  762: *(u64 *)(r0 +8) = r1
L763:
  763: r0 = 1
  764: exit
L765:
  765: r2 = r10
  766: r2 += -72
  767: r1 = map[v6_ctr] ll
  769: call bpf_map_lookup_elem#1
  770: if r0 == 0x0 goto +7 <L778>
  771: r1 = *(u64 *)(r0 +0)
  772: r1 += 1
  773: *(u64 *)(r0 +0) = r1
  774: r1 = *(u64 *)(r0 +8)
  775: r2 = *(u64 *)(r10 -64)
  776: r1 += r2
  777: *(u64 *)(r0 +8) = r1
L778:
  778: r0 = 2
  779: exit
