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
  insns    772

  map     type          key  value  max_entries  flags  elements  role
  v6_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-ipv6-exthdr.bfr:3: chain v6 BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -16) = 256
    4: *(u64 *)(r10 -24) = 256
    5: *(u64 *)(r10 -56) = 65536
    6: *(u64 *)(r10 -8) = 0
    7: *(u64 *)(r10 -48) = 0
    8: *(u64 *)(r10 -40) = 0
    9: *(u64 *)(r10 -32) = 0
   10: r4 = r2
   11: r4 += 14
   12: if r4 > r3 goto +685 <L698>
   13: r1 = *(u16 *)(r2 +12)
   14: if r1 == 0x81 goto +1 <L16>
   15: if r1 != 0xa888 goto +12 <L28>
L16:
   16: r0 = r4
   17: r0 += 4
   18: if r0 > r3 goto +679 <L698>
   19: r1 = *(u16 *)(r4 +2)
   20: r4 = r0
   21: if r1 == 0x81 goto +1 <L23>
   22: if r1 != 0xa888 goto +5 <L28>
L23:
   23: r0 = r4
   24: r0 += 4
   25: if r0 > r3 goto +672 <L698>
   26: r1 = *(u16 *)(r4 +2)
   27: r4 = r0
L28:
   28: if r1 == 0x8 goto +2 <L31>
   29: if r1 == 0xdd86 goto +22 <L52>
   30: goto +667 <L698>
L31:
   31: r0 = r4
   32: r0 += 20
   33: if r0 > r3 goto +664 <L698>
   34: r1 = *(u8 *)(r4 +0)
   35: r0 = r1
   36: r0 &= 240
   37: if r0 != 0x40 goto +660 <L698>
   38: r5 = r1
   39: r5 &= 15
   40: if r5 < 0x5 goto +657 <L698>
   41: *(u64 *)(r10 -8) = 4
   42: r1 = *(u8 *)(r4 +9)
   43: *(u64 *)(r10 -16) = r1
   44: r0 = *(u16 *)(r4 +6)
   45: r0 &= 65311
   46: if r0 != 0x0 goto +651 <L698>
   47: r5 <<= 2
   48: r0 = r4
   49: r0 += r5
   50: r5 = r0
   51: goto +21 <L73>
L52:
   52: r0 = r4
   53: r0 += 40
   54: if r0 > r3 goto +643 <L698>
   55: r5 = r0
   56: r1 = *(u8 *)(r4 +0)
   57: r1 &= 240
   58: if r1 != 0x60 goto +639 <L698>
   59: *(u64 *)(r10 -8) = 6
   60: r1 = *(u64 *)(r4 +8)
   61: *(u64 *)(r10 -40) = r1
   62: r1 = *(u64 *)(r4 +16)
   63: *(u64 *)(r10 -32) = r1
   64: *(u64 *)(r10 -48) = 0
   65: r1 = *(u8 *)(r4 +6)
   66: if r1 == 0x0 goto +37 <L104>
   67: if r1 == 0x2b goto +36 <L104>
   68: if r1 == 0x2c goto +35 <L104>
   69: if r1 == 0x33 goto +34 <L104>
   70: if r1 == 0x3c goto +33 <L104>
   71: if r1 == 0x87 goto +32 <L104>
   72: *(u64 *)(r10 -16) = r1
L73:
   73: if r1 == 0x6 goto +4 <L78>
   74: if r1 == 0x11 goto +11 <L86>
   75: if r1 == 0x1 goto +18 <L94>
   76: if r1 == 0x3a goto +22 <L99>
   77: goto +620 <L698>
L78:
   78: r0 = r5
   79: r0 += 20
   80: if r0 > r3 goto +617 <L698>
   81: *(u64 *)(r10 -24) = 6
   82: r1 = *(u16 *)(r5 +2)
   83: r1 = be16 r1
   84: *(u64 *)(r10 -56) = r1
   85: goto +612 <L698>
L86:
   86: r0 = r5
   87: r0 += 8
   88: if r0 > r3 goto +609 <L698>
   89: *(u64 *)(r10 -24) = 17
   90: r1 = *(u16 *)(r5 +2)
   91: r1 = be16 r1
   92: *(u64 *)(r10 -56) = r1
   93: goto +604 <L698>
L94:
   94: r0 = r5
   95: r0 += 8
   96: if r0 > r3 goto +601 <L698>
   97: *(u64 *)(r10 -24) = 1
   98: goto +599 <L698>
L99:
   99: r0 = r5
  100: r0 += 8
  101: if r0 > r3 goto +596 <L698>
  102: *(u64 *)(r10 -24) = 58
  103: goto +594 <L698>
L104:
  104: r7 = r5
  105: r7 -= r2
  106: r8 = r1
  107: if r8 == 0x2c goto +50 <L158>
  108: if r8 == 0x33 goto +33 <L142>
  109: if r8 == 0x0 goto +4 <L114>
  110: if r8 == 0x2b goto +7 <L118>
  111: if r8 == 0x3c goto +10 <L122>
  112: if r8 == 0x87 goto +13 <L126>
  113: goto +527 <L641>
L114:
  114: r1 = *(u64 *)(r10 -48)
  115: r1 |= 1
  116: *(u64 *)(r10 -48) = r1
  117: goto +11 <L129>
L118:
  118: r1 = *(u64 *)(r10 -48)
  119: r1 |= 2
  120: *(u64 *)(r10 -48) = r1
  121: goto +7 <L129>
L122:
  122: r1 = *(u64 *)(r10 -48)
  123: r1 |= 16
  124: *(u64 *)(r10 -48) = r1
  125: goto +3 <L129>
L126:
  126: r1 = *(u64 *)(r10 -48)
  127: r1 |= 32
  128: *(u64 *)(r10 -48) = r1
L129:
  129: r1 = r6
  130: r2 = r7
  131: r3 = r10
  132: r3 += -88
  133: r4 = 2
  134: call bpf_xdp_load_bytes#189
  135: if r0 != 0x0 goto +562 <L698>
  136: r8 = *(u8 *)(r10 -88)
  137: r1 = *(u8 *)(r10 -87)
  138: r1 += 1
  139: r1 <<= 3
  140: r7 += r1
  141: goto +31 <L173>
L142:
  142: r1 = *(u64 *)(r10 -48)
  143: r1 |= 8
  144: *(u64 *)(r10 -48) = r1
  145: r1 = r6
  146: r2 = r7
  147: r3 = r10
  148: r3 += -88
  149: r4 = 2
  150: call bpf_xdp_load_bytes#189
  151: if r0 != 0x0 goto +546 <L698>
  152: r8 = *(u8 *)(r10 -88)
  153: r1 = *(u8 *)(r10 -87)
  154: r1 += 2
  155: r1 <<= 2
  156: r7 += r1
  157: goto +15 <L173>
L158:
  158: r1 = *(u64 *)(r10 -48)
  159: r1 |= 4
  160: *(u64 *)(r10 -48) = r1
  161: r1 = r6
  162: r2 = r7
  163: r3 = r10
  164: r3 += -88
  165: r4 = 4
  166: call bpf_xdp_load_bytes#189
  167: if r0 != 0x0 goto +530 <L698>
  168: r8 = *(u8 *)(r10 -88)
  169: r1 = *(u16 *)(r10 -86)
  170: r1 &= 63743
  171: if r1 != 0x0 goto +525 <L697>
  172: r7 += 8
L173:
  173: if r8 == 0x2c goto +50 <L224>
  174: if r8 == 0x33 goto +33 <L208>
  175: if r8 == 0x0 goto +4 <L180>
  176: if r8 == 0x2b goto +7 <L184>
  177: if r8 == 0x3c goto +10 <L188>
  178: if r8 == 0x87 goto +13 <L192>
  179: goto +461 <L641>
L180:
  180: r1 = *(u64 *)(r10 -48)
  181: r1 |= 1
  182: *(u64 *)(r10 -48) = r1
  183: goto +11 <L195>
L184:
  184: r1 = *(u64 *)(r10 -48)
  185: r1 |= 2
  186: *(u64 *)(r10 -48) = r1
  187: goto +7 <L195>
L188:
  188: r1 = *(u64 *)(r10 -48)
  189: r1 |= 16
  190: *(u64 *)(r10 -48) = r1
  191: goto +3 <L195>
L192:
  192: r1 = *(u64 *)(r10 -48)
  193: r1 |= 32
  194: *(u64 *)(r10 -48) = r1
L195:
  195: r1 = r6
  196: r2 = r7
  197: r3 = r10
  198: r3 += -88
  199: r4 = 2
  200: call bpf_xdp_load_bytes#189
  201: if r0 != 0x0 goto +496 <L698>
  202: r8 = *(u8 *)(r10 -88)
  203: r1 = *(u8 *)(r10 -87)
  204: r1 += 1
  205: r1 <<= 3
  206: r7 += r1
  207: goto +31 <L239>
L208:
  208: r1 = *(u64 *)(r10 -48)
  209: r1 |= 8
  210: *(u64 *)(r10 -48) = r1
  211: r1 = r6
  212: r2 = r7
  213: r3 = r10
  214: r3 += -88
  215: r4 = 2
  216: call bpf_xdp_load_bytes#189
  217: if r0 != 0x0 goto +480 <L698>
  218: r8 = *(u8 *)(r10 -88)
  219: r1 = *(u8 *)(r10 -87)
  220: r1 += 2
  221: r1 <<= 2
  222: r7 += r1
  223: goto +15 <L239>
L224:
  224: r1 = *(u64 *)(r10 -48)
  225: r1 |= 4
  226: *(u64 *)(r10 -48) = r1
  227: r1 = r6
  228: r2 = r7
  229: r3 = r10
  230: r3 += -88
  231: r4 = 4
  232: call bpf_xdp_load_bytes#189
  233: if r0 != 0x0 goto +464 <L698>
  234: r8 = *(u8 *)(r10 -88)
  235: r1 = *(u16 *)(r10 -86)
  236: r1 &= 63743
  237: if r1 != 0x0 goto +459 <L697>
  238: r7 += 8
L239:
  239: if r8 == 0x2c goto +50 <L290>
  240: if r8 == 0x33 goto +33 <L274>
  241: if r8 == 0x0 goto +4 <L246>
  242: if r8 == 0x2b goto +7 <L250>
  243: if r8 == 0x3c goto +10 <L254>
  244: if r8 == 0x87 goto +13 <L258>
  245: goto +395 <L641>
L246:
  246: r1 = *(u64 *)(r10 -48)
  247: r1 |= 1
  248: *(u64 *)(r10 -48) = r1
  249: goto +11 <L261>
L250:
  250: r1 = *(u64 *)(r10 -48)
  251: r1 |= 2
  252: *(u64 *)(r10 -48) = r1
  253: goto +7 <L261>
L254:
  254: r1 = *(u64 *)(r10 -48)
  255: r1 |= 16
  256: *(u64 *)(r10 -48) = r1
  257: goto +3 <L261>
L258:
  258: r1 = *(u64 *)(r10 -48)
  259: r1 |= 32
  260: *(u64 *)(r10 -48) = r1
L261:
  261: r1 = r6
  262: r2 = r7
  263: r3 = r10
  264: r3 += -88
  265: r4 = 2
  266: call bpf_xdp_load_bytes#189
  267: if r0 != 0x0 goto +430 <L698>
  268: r8 = *(u8 *)(r10 -88)
  269: r1 = *(u8 *)(r10 -87)
  270: r1 += 1
  271: r1 <<= 3
  272: r7 += r1
  273: goto +31 <L305>
L274:
  274: r1 = *(u64 *)(r10 -48)
  275: r1 |= 8
  276: *(u64 *)(r10 -48) = r1
  277: r1 = r6
  278: r2 = r7
  279: r3 = r10
  280: r3 += -88
  281: r4 = 2
  282: call bpf_xdp_load_bytes#189
  283: if r0 != 0x0 goto +414 <L698>
  284: r8 = *(u8 *)(r10 -88)
  285: r1 = *(u8 *)(r10 -87)
  286: r1 += 2
  287: r1 <<= 2
  288: r7 += r1
  289: goto +15 <L305>
L290:
  290: r1 = *(u64 *)(r10 -48)
  291: r1 |= 4
  292: *(u64 *)(r10 -48) = r1
  293: r1 = r6
  294: r2 = r7
  295: r3 = r10
  296: r3 += -88
  297: r4 = 4
  298: call bpf_xdp_load_bytes#189
  299: if r0 != 0x0 goto +398 <L698>
  300: r8 = *(u8 *)(r10 -88)
  301: r1 = *(u16 *)(r10 -86)
  302: r1 &= 63743
  303: if r1 != 0x0 goto +393 <L697>
  304: r7 += 8
L305:
  305: if r8 == 0x2c goto +50 <L356>
  306: if r8 == 0x33 goto +33 <L340>
  307: if r8 == 0x0 goto +4 <L312>
  308: if r8 == 0x2b goto +7 <L316>
  309: if r8 == 0x3c goto +10 <L320>
  310: if r8 == 0x87 goto +13 <L324>
  311: goto +329 <L641>
L312:
  312: r1 = *(u64 *)(r10 -48)
  313: r1 |= 1
  314: *(u64 *)(r10 -48) = r1
  315: goto +11 <L327>
L316:
  316: r1 = *(u64 *)(r10 -48)
  317: r1 |= 2
  318: *(u64 *)(r10 -48) = r1
  319: goto +7 <L327>
L320:
  320: r1 = *(u64 *)(r10 -48)
  321: r1 |= 16
  322: *(u64 *)(r10 -48) = r1
  323: goto +3 <L327>
L324:
  324: r1 = *(u64 *)(r10 -48)
  325: r1 |= 32
  326: *(u64 *)(r10 -48) = r1
L327:
  327: r1 = r6
  328: r2 = r7
  329: r3 = r10
  330: r3 += -88
  331: r4 = 2
  332: call bpf_xdp_load_bytes#189
  333: if r0 != 0x0 goto +364 <L698>
  334: r8 = *(u8 *)(r10 -88)
  335: r1 = *(u8 *)(r10 -87)
  336: r1 += 1
  337: r1 <<= 3
  338: r7 += r1
  339: goto +31 <L371>
L340:
  340: r1 = *(u64 *)(r10 -48)
  341: r1 |= 8
  342: *(u64 *)(r10 -48) = r1
  343: r1 = r6
  344: r2 = r7
  345: r3 = r10
  346: r3 += -88
  347: r4 = 2
  348: call bpf_xdp_load_bytes#189
  349: if r0 != 0x0 goto +348 <L698>
  350: r8 = *(u8 *)(r10 -88)
  351: r1 = *(u8 *)(r10 -87)
  352: r1 += 2
  353: r1 <<= 2
  354: r7 += r1
  355: goto +15 <L371>
L356:
  356: r1 = *(u64 *)(r10 -48)
  357: r1 |= 4
  358: *(u64 *)(r10 -48) = r1
  359: r1 = r6
  360: r2 = r7
  361: r3 = r10
  362: r3 += -88
  363: r4 = 4
  364: call bpf_xdp_load_bytes#189
  365: if r0 != 0x0 goto +332 <L698>
  366: r8 = *(u8 *)(r10 -88)
  367: r1 = *(u16 *)(r10 -86)
  368: r1 &= 63743
  369: if r1 != 0x0 goto +327 <L697>
  370: r7 += 8
L371:
  371: if r8 == 0x2c goto +50 <L422>
  372: if r8 == 0x33 goto +33 <L406>
  373: if r8 == 0x0 goto +4 <L378>
  374: if r8 == 0x2b goto +7 <L382>
  375: if r8 == 0x3c goto +10 <L386>
  376: if r8 == 0x87 goto +13 <L390>
  377: goto +263 <L641>
L378:
  378: r1 = *(u64 *)(r10 -48)
  379: r1 |= 1
  380: *(u64 *)(r10 -48) = r1
  381: goto +11 <L393>
L382:
  382: r1 = *(u64 *)(r10 -48)
  383: r1 |= 2
  384: *(u64 *)(r10 -48) = r1
  385: goto +7 <L393>
L386:
  386: r1 = *(u64 *)(r10 -48)
  387: r1 |= 16
  388: *(u64 *)(r10 -48) = r1
  389: goto +3 <L393>
L390:
  390: r1 = *(u64 *)(r10 -48)
  391: r1 |= 32
  392: *(u64 *)(r10 -48) = r1
L393:
  393: r1 = r6
  394: r2 = r7
  395: r3 = r10
  396: r3 += -88
  397: r4 = 2
  398: call bpf_xdp_load_bytes#189
  399: if r0 != 0x0 goto +298 <L698>
  400: r8 = *(u8 *)(r10 -88)
  401: r1 = *(u8 *)(r10 -87)
  402: r1 += 1
  403: r1 <<= 3
  404: r7 += r1
  405: goto +31 <L437>
L406:
  406: r1 = *(u64 *)(r10 -48)
  407: r1 |= 8
  408: *(u64 *)(r10 -48) = r1
  409: r1 = r6
  410: r2 = r7
  411: r3 = r10
  412: r3 += -88
  413: r4 = 2
  414: call bpf_xdp_load_bytes#189
  415: if r0 != 0x0 goto +282 <L698>
  416: r8 = *(u8 *)(r10 -88)
  417: r1 = *(u8 *)(r10 -87)
  418: r1 += 2
  419: r1 <<= 2
  420: r7 += r1
  421: goto +15 <L437>
L422:
  422: r1 = *(u64 *)(r10 -48)
  423: r1 |= 4
  424: *(u64 *)(r10 -48) = r1
  425: r1 = r6
  426: r2 = r7
  427: r3 = r10
  428: r3 += -88
  429: r4 = 4
  430: call bpf_xdp_load_bytes#189
  431: if r0 != 0x0 goto +266 <L698>
  432: r8 = *(u8 *)(r10 -88)
  433: r1 = *(u16 *)(r10 -86)
  434: r1 &= 63743
  435: if r1 != 0x0 goto +261 <L697>
  436: r7 += 8
L437:
  437: if r8 == 0x2c goto +50 <L488>
  438: if r8 == 0x33 goto +33 <L472>
  439: if r8 == 0x0 goto +4 <L444>
  440: if r8 == 0x2b goto +7 <L448>
  441: if r8 == 0x3c goto +10 <L452>
  442: if r8 == 0x87 goto +13 <L456>
  443: goto +197 <L641>
L444:
  444: r1 = *(u64 *)(r10 -48)
  445: r1 |= 1
  446: *(u64 *)(r10 -48) = r1
  447: goto +11 <L459>
L448:
  448: r1 = *(u64 *)(r10 -48)
  449: r1 |= 2
  450: *(u64 *)(r10 -48) = r1
  451: goto +7 <L459>
L452:
  452: r1 = *(u64 *)(r10 -48)
  453: r1 |= 16
  454: *(u64 *)(r10 -48) = r1
  455: goto +3 <L459>
L456:
  456: r1 = *(u64 *)(r10 -48)
  457: r1 |= 32
  458: *(u64 *)(r10 -48) = r1
L459:
  459: r1 = r6
  460: r2 = r7
  461: r3 = r10
  462: r3 += -88
  463: r4 = 2
  464: call bpf_xdp_load_bytes#189
  465: if r0 != 0x0 goto +232 <L698>
  466: r8 = *(u8 *)(r10 -88)
  467: r1 = *(u8 *)(r10 -87)
  468: r1 += 1
  469: r1 <<= 3
  470: r7 += r1
  471: goto +31 <L503>
L472:
  472: r1 = *(u64 *)(r10 -48)
  473: r1 |= 8
  474: *(u64 *)(r10 -48) = r1
  475: r1 = r6
  476: r2 = r7
  477: r3 = r10
  478: r3 += -88
  479: r4 = 2
  480: call bpf_xdp_load_bytes#189
  481: if r0 != 0x0 goto +216 <L698>
  482: r8 = *(u8 *)(r10 -88)
  483: r1 = *(u8 *)(r10 -87)
  484: r1 += 2
  485: r1 <<= 2
  486: r7 += r1
  487: goto +15 <L503>
L488:
  488: r1 = *(u64 *)(r10 -48)
  489: r1 |= 4
  490: *(u64 *)(r10 -48) = r1
  491: r1 = r6
  492: r2 = r7
  493: r3 = r10
  494: r3 += -88
  495: r4 = 4
  496: call bpf_xdp_load_bytes#189
  497: if r0 != 0x0 goto +200 <L698>
  498: r8 = *(u8 *)(r10 -88)
  499: r1 = *(u16 *)(r10 -86)
  500: r1 &= 63743
  501: if r1 != 0x0 goto +195 <L697>
  502: r7 += 8
L503:
  503: if r8 == 0x2c goto +50 <L554>
  504: if r8 == 0x33 goto +33 <L538>
  505: if r8 == 0x0 goto +4 <L510>
  506: if r8 == 0x2b goto +7 <L514>
  507: if r8 == 0x3c goto +10 <L518>
  508: if r8 == 0x87 goto +13 <L522>
  509: goto +131 <L641>
L510:
  510: r1 = *(u64 *)(r10 -48)
  511: r1 |= 1
  512: *(u64 *)(r10 -48) = r1
  513: goto +11 <L525>
L514:
  514: r1 = *(u64 *)(r10 -48)
  515: r1 |= 2
  516: *(u64 *)(r10 -48) = r1
  517: goto +7 <L525>
L518:
  518: r1 = *(u64 *)(r10 -48)
  519: r1 |= 16
  520: *(u64 *)(r10 -48) = r1
  521: goto +3 <L525>
L522:
  522: r1 = *(u64 *)(r10 -48)
  523: r1 |= 32
  524: *(u64 *)(r10 -48) = r1
L525:
  525: r1 = r6
  526: r2 = r7
  527: r3 = r10
  528: r3 += -88
  529: r4 = 2
  530: call bpf_xdp_load_bytes#189
  531: if r0 != 0x0 goto +166 <L698>
  532: r8 = *(u8 *)(r10 -88)
  533: r1 = *(u8 *)(r10 -87)
  534: r1 += 1
  535: r1 <<= 3
  536: r7 += r1
  537: goto +31 <L569>
L538:
  538: r1 = *(u64 *)(r10 -48)
  539: r1 |= 8
  540: *(u64 *)(r10 -48) = r1
  541: r1 = r6
  542: r2 = r7
  543: r3 = r10
  544: r3 += -88
  545: r4 = 2
  546: call bpf_xdp_load_bytes#189
  547: if r0 != 0x0 goto +150 <L698>
  548: r8 = *(u8 *)(r10 -88)
  549: r1 = *(u8 *)(r10 -87)
  550: r1 += 2
  551: r1 <<= 2
  552: r7 += r1
  553: goto +15 <L569>
L554:
  554: r1 = *(u64 *)(r10 -48)
  555: r1 |= 4
  556: *(u64 *)(r10 -48) = r1
  557: r1 = r6
  558: r2 = r7
  559: r3 = r10
  560: r3 += -88
  561: r4 = 4
  562: call bpf_xdp_load_bytes#189
  563: if r0 != 0x0 goto +134 <L698>
  564: r8 = *(u8 *)(r10 -88)
  565: r1 = *(u16 *)(r10 -86)
  566: r1 &= 63743
  567: if r1 != 0x0 goto +129 <L697>
  568: r7 += 8
L569:
  569: if r8 == 0x2c goto +50 <L620>
  570: if r8 == 0x33 goto +33 <L604>
  571: if r8 == 0x0 goto +4 <L576>
  572: if r8 == 0x2b goto +7 <L580>
  573: if r8 == 0x3c goto +10 <L584>
  574: if r8 == 0x87 goto +13 <L588>
  575: goto +65 <L641>
L576:
  576: r1 = *(u64 *)(r10 -48)
  577: r1 |= 1
  578: *(u64 *)(r10 -48) = r1
  579: goto +11 <L591>
L580:
  580: r1 = *(u64 *)(r10 -48)
  581: r1 |= 2
  582: *(u64 *)(r10 -48) = r1
  583: goto +7 <L591>
L584:
  584: r1 = *(u64 *)(r10 -48)
  585: r1 |= 16
  586: *(u64 *)(r10 -48) = r1
  587: goto +3 <L591>
L588:
  588: r1 = *(u64 *)(r10 -48)
  589: r1 |= 32
  590: *(u64 *)(r10 -48) = r1
L591:
  591: r1 = r6
  592: r2 = r7
  593: r3 = r10
  594: r3 += -88
  595: r4 = 2
  596: call bpf_xdp_load_bytes#189
  597: if r0 != 0x0 goto +100 <L698>
  598: r8 = *(u8 *)(r10 -88)
  599: r1 = *(u8 *)(r10 -87)
  600: r1 += 1
  601: r1 <<= 3
  602: r7 += r1
  603: goto +31 <L635>
L604:
  604: r1 = *(u64 *)(r10 -48)
  605: r1 |= 8
  606: *(u64 *)(r10 -48) = r1
  607: r1 = r6
  608: r2 = r7
  609: r3 = r10
  610: r3 += -88
  611: r4 = 2
  612: call bpf_xdp_load_bytes#189
  613: if r0 != 0x0 goto +84 <L698>
  614: r8 = *(u8 *)(r10 -88)
  615: r1 = *(u8 *)(r10 -87)
  616: r1 += 2
  617: r1 <<= 2
  618: r7 += r1
  619: goto +15 <L635>
L620:
  620: r1 = *(u64 *)(r10 -48)
  621: r1 |= 4
  622: *(u64 *)(r10 -48) = r1
  623: r1 = r6
  624: r2 = r7
  625: r3 = r10
  626: r3 += -88
  627: r4 = 4
  628: call bpf_xdp_load_bytes#189
  629: if r0 != 0x0 goto +68 <L698>
  630: r8 = *(u8 *)(r10 -88)
  631: r1 = *(u16 *)(r10 -86)
  632: r1 &= 63743
  633: if r1 != 0x0 goto +63 <L697>
  634: r7 += 8
L635:
  635: if r8 == 0x0 goto +62 <L698>
  636: if r8 == 0x2b goto +61 <L698>
  637: if r8 == 0x2c goto +60 <L698>
  638: if r8 == 0x33 goto +59 <L698>
  639: if r8 == 0x3c goto +58 <L698>
  640: if r8 == 0x87 goto +57 <L698>
L641:
  641: *(u64 *)(r10 -16) = r8
  642: if r8 == 0x6 goto +4 <L647>
  643: if r8 == 0x11 goto +17 <L661>
  644: if r8 == 0x1 goto +30 <L675>
  645: if r8 == 0x3a goto +40 <L686>
  646: goto +51 <L698>
L647:
  647: r1 = r6
  648: r2 = r7
  649: r3 = r10
  650: r3 += -88
  651: r4 = 20
  652: call bpf_xdp_load_bytes#189
  653: if r0 != 0x0 goto +44 <L698>
  654: r0 = r10
  655: r0 += -88
  656: *(u64 *)(r10 -24) = 6
  657: r1 = *(u16 *)(r0 +2)
  658: r1 = be16 r1
  659: *(u64 *)(r10 -56) = r1
  660: goto +37 <L698>
L661:
  661: r1 = r6
  662: r2 = r7
  663: r3 = r10
  664: r3 += -88
  665: r4 = 8
  666: call bpf_xdp_load_bytes#189
  667: if r0 != 0x0 goto +30 <L698>
  668: r0 = r10
  669: r0 += -88
  670: *(u64 *)(r10 -24) = 17
  671: r1 = *(u16 *)(r0 +2)
  672: r1 = be16 r1
  673: *(u64 *)(r10 -56) = r1
  674: goto +23 <L698>
L675:
  675: r1 = r6
  676: r2 = r7
  677: r3 = r10
  678: r3 += -88
  679: r4 = 8
  680: call bpf_xdp_load_bytes#189
  681: if r0 != 0x0 goto +16 <L698>
  682: r0 = r10
  683: r0 += -88
  684: *(u64 *)(r10 -24) = 1
  685: goto +12 <L698>
L686:
  686: r1 = r6
  687: r2 = r7
  688: r3 = r10
  689: r3 += -88
  690: r4 = 8
  691: call bpf_xdp_load_bytes#189
  692: if r0 != 0x0 goto +5 <L698>
  693: r0 = r10
  694: r0 += -88
  695: *(u64 *)(r10 -24) = 58
  696: goto +1 <L698>
L697:
  697: *(u64 *)(r10 -16) = r8
L698:
  698: r7 = *(u64 *)(r10 -8)
  699: r8 = *(u64 *)(r10 -24)
  700: r9 = *(u64 *)(r10 -56)
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
  701: r1 = *(u64 *)(r10 -48)
  702: if r1 & 0x4 goto +7 <L710>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L703:
  703: r1 = *(u64 *)(r10 -48)
  704: if r1 & 0x2 goto +7 <L712>
; rule 2 — tests/golden/asm/xdp-ipv6-exthdr.bfr:6: rule ip6.nexthdr not tcp tcp.dport 22 DROP
L705:
  705: if w9 == 0x16 goto +8 <L714>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L706:
  706: if w9 == 0x16 goto +12 <L719>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L707:
  707: if w9 == 0x222 goto +13 <L721>
; policy — no rule matched (line info: tests/golden/asm/xdp-ipv6-exthdr.bfr:8)
L708:
  708: *(u32 *)(r10 -64) = 4
  709: goto +45 <L755>
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
L710:
  710: if w7 == 0x6 goto +19 <L730>
  711: goto -9 <L703>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L712:
  712: if w7 == 0x6 goto +19 <L732>
  713: goto -9 <L705>
; rule 2 — tests/golden/asm/xdp-ipv6-exthdr.bfr:6: rule ip6.nexthdr not tcp tcp.dport 22 DROP
L714:
  714: r1 = *(u64 *)(r10 -16)
  715: if w1 == 0x6 goto -10 <L706>
  716: if w7 != 0x6 goto -11 <L706>
  717: if w8 == 0x6 goto +35 <L753>
  718: goto -13 <L706>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L719:
  719: if w8 == 0x6 goto +14 <L734>
  720: goto -14 <L707>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L721:
  721: r1 = *(u64 *)(r10 -40)
  722: r2 = *(u64 *)(r10 -32)
  723: r3 = 0x100000000000000 ll
  725: if r1 != 0x80fe goto -18 <L708>
  726: if r2 != r3 goto -19 <L708>
  727: if w8 != 0x11 goto -20 <L708>
  728: if w7 == 0x6 goto +7 <L736>
  729: goto -22 <L708>
; rule 0 — tests/golden/asm/xdp-ipv6-exthdr.bfr:4: rule ip6.nexthdr frag counter DROP
L730:
  730: *(u32 *)(r10 -64) = 0
  731: goto +6 <L738>
; rule 1 — tests/golden/asm/xdp-ipv6-exthdr.bfr:5: rule ip6.nexthdr routing counter DROP
L732:
  732: *(u32 *)(r10 -64) = 1
  733: goto +4 <L738>
; rule 3 — tests/golden/asm/xdp-ipv6-exthdr.bfr:7: rule tcp.dport 22 counter ACCEPT
L734:
  734: *(u32 *)(r10 -64) = 2
  735: goto +19 <L755>
; rule 4 — tests/golden/asm/xdp-ipv6-exthdr.bfr:8: rule udp.dport 546 ip6.saddr fe80::1 counter ACCEPT
L736:
  736: *(u32 *)(r10 -64) = 3
  737: goto +17 <L755>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-ipv6-exthdr.bfr:8)
L738:
  738: r2 = r10
  739: r2 += -64
  740: r1 = map[v6_ctr] ll
  742: call bpf_map_lookup_elem#1
  743: if r0 == 0x0 goto +9 <L753>
  744: r1 = *(u64 *)(r0 +0)
  745: r1 += 1
  746: *(u64 *)(r0 +0) = r1
  747: r2 = *(u32 *)(r6 +4)
  748: r3 = *(u32 *)(r6 +0)
  749: r2 -= r3
  750: r1 = *(u64 *)(r0 +8)
  751: r1 += r2
  752: *(u64 *)(r0 +8) = r1
L753:
  753: r0 = 1
  754: exit
L755:
  755: r2 = r10
  756: r2 += -64
  757: r1 = map[v6_ctr] ll
  759: call bpf_map_lookup_elem#1
  760: if r0 == 0x0 goto +9 <L770>
  761: r1 = *(u64 *)(r0 +0)
  762: r1 += 1
  763: *(u64 *)(r0 +0) = r1
  764: r2 = *(u32 *)(r6 +4)
  765: r3 = *(u32 *)(r6 +0)
  766: r2 -= r3
  767: r1 = *(u64 *)(r0 +8)
  768: r1 += r2
  769: *(u64 *)(r0 +8) = r1
L770:
  770: r0 = 2
  771: exit
