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
  insns    597

  map        type          key  value  max_entries  flags  elements  role
  proto_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-l3-l4.bfr:3: chain proto BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -8) = 65536
    4: *(u64 *)(r10 -24) = 256
    5: *(u64 *)(r10 -16) = 0
    6: *(u64 *)(r10 -40) = 0
    7: *(u64 *)(r10 -56) = 0
    8: *(u64 *)(r10 -48) = 0
    9: r1 = 0x100000000 ll
   11: *(u64 *)(r10 -32) = r1
   12: r4 = r2
   13: r4 += 14
   14: if r4 > r3 goto +511 <L526>
   15: r1 = *(u16 *)(r2 +12)
   16: if r1 == 0x81 goto +1 <L18>
   17: if r1 != 0xa888 goto +12 <L30>
L18:
   18: r0 = r4
   19: r0 += 4
   20: if r0 > r3 goto +505 <L526>
   21: r1 = *(u16 *)(r4 +2)
   22: r4 = r0
   23: if r1 == 0x81 goto +1 <L25>
   24: if r1 != 0xa888 goto +5 <L30>
L25:
   25: r0 = r4
   26: r0 += 4
   27: if r0 > r3 goto +498 <L526>
   28: r1 = *(u16 *)(r4 +2)
   29: r4 = r0
L30:
   30: *(u64 *)(r10 -8) = r1
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +29 <L62>
   33: goto +492 <L526>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +489 <L526>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +485 <L526>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +482 <L526>
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
   56: if r0 != 0x0 goto +469 <L526>
   57: r5 <<= 2
   58: r0 = r4
   59: r0 += r5
   60: r5 = r0
   61: goto +27 <L89>
L62:
   62: r0 = r4
   63: r0 += 40
   64: if r0 > r3 goto +461 <L526>
   65: r5 = r0
   66: r1 = *(u8 *)(r4 +0)
   67: r1 &= 240
   68: if r1 != 0x60 goto +457 <L526>
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
   82: if r1 == 0x0 goto +27 <L110>
   83: if r1 == 0x2b goto +26 <L110>
   84: if r1 == 0x2c goto +25 <L110>
   85: if r1 == 0x33 goto +24 <L110>
   86: if r1 == 0x3c goto +23 <L110>
   87: if r1 == 0x87 goto +22 <L110>
   88: *(u64 *)(r10 -24) = r1
L89:
   89: if r1 == 0x6 goto +4 <L94>
   90: if r1 == 0x11 goto +7 <L98>
   91: if r1 == 0x1 goto +10 <L102>
   92: if r1 == 0x3a goto +13 <L106>
   93: goto +432 <L526>
L94:
   94: r0 = r5
   95: r0 += 20
   96: if r0 > r3 goto +429 <L526>
   97: goto +428 <L526>
L98:
   98: r0 = r5
   99: r0 += 8
  100: if r0 > r3 goto +425 <L526>
  101: goto +424 <L526>
L102:
  102: r0 = r5
  103: r0 += 8
  104: if r0 > r3 goto +421 <L526>
  105: goto +420 <L526>
L106:
  106: r0 = r5
  107: r0 += 8
  108: if r0 > r3 goto +417 <L526>
  109: goto +416 <L526>
L110:
  110: r7 = r5
  111: r7 -= r2
  112: r8 = r1
  113: if r8 == 0x2c goto +32 <L146>
  114: if r8 == 0x33 goto +18 <L133>
  115: if r8 == 0x0 goto +4 <L120>
  116: if r8 == 0x2b goto +3 <L120>
  117: if r8 == 0x3c goto +2 <L120>
  118: if r8 == 0x87 goto +1 <L120>
  119: goto +359 <L479>
L120:
  120: r1 = r6
  121: r2 = r7
  122: r3 = r10
  123: r3 += -88
  124: r4 = 2
  125: call bpf_xdp_load_bytes#189
  126: if r0 != 0x0 goto +399 <L526>
  127: r8 = *(u8 *)(r10 -88)
  128: r1 = *(u8 *)(r10 -87)
  129: r1 += 1
  130: r1 <<= 3
  131: r7 += r1
  132: goto +25 <L158>
L133:
  133: r1 = r6
  134: r2 = r7
  135: r3 = r10
  136: r3 += -88
  137: r4 = 2
  138: call bpf_xdp_load_bytes#189
  139: if r0 != 0x0 goto +386 <L526>
  140: r8 = *(u8 *)(r10 -88)
  141: r1 = *(u8 *)(r10 -87)
  142: r1 += 2
  143: r1 <<= 2
  144: r7 += r1
  145: goto +12 <L158>
L146:
  146: r1 = r6
  147: r2 = r7
  148: r3 = r10
  149: r3 += -88
  150: r4 = 4
  151: call bpf_xdp_load_bytes#189
  152: if r0 != 0x0 goto +373 <L526>
  153: r8 = *(u8 *)(r10 -88)
  154: r1 = *(u16 *)(r10 -86)
  155: r1 &= 63743
  156: if r1 != 0x0 goto +368 <L525>
  157: r7 += 8
L158:
  158: if r8 == 0x2c goto +32 <L191>
  159: if r8 == 0x33 goto +18 <L178>
  160: if r8 == 0x0 goto +4 <L165>
  161: if r8 == 0x2b goto +3 <L165>
  162: if r8 == 0x3c goto +2 <L165>
  163: if r8 == 0x87 goto +1 <L165>
  164: goto +314 <L479>
L165:
  165: r1 = r6
  166: r2 = r7
  167: r3 = r10
  168: r3 += -88
  169: r4 = 2
  170: call bpf_xdp_load_bytes#189
  171: if r0 != 0x0 goto +354 <L526>
  172: r8 = *(u8 *)(r10 -88)
  173: r1 = *(u8 *)(r10 -87)
  174: r1 += 1
  175: r1 <<= 3
  176: r7 += r1
  177: goto +25 <L203>
L178:
  178: r1 = r6
  179: r2 = r7
  180: r3 = r10
  181: r3 += -88
  182: r4 = 2
  183: call bpf_xdp_load_bytes#189
  184: if r0 != 0x0 goto +341 <L526>
  185: r8 = *(u8 *)(r10 -88)
  186: r1 = *(u8 *)(r10 -87)
  187: r1 += 2
  188: r1 <<= 2
  189: r7 += r1
  190: goto +12 <L203>
L191:
  191: r1 = r6
  192: r2 = r7
  193: r3 = r10
  194: r3 += -88
  195: r4 = 4
  196: call bpf_xdp_load_bytes#189
  197: if r0 != 0x0 goto +328 <L526>
  198: r8 = *(u8 *)(r10 -88)
  199: r1 = *(u16 *)(r10 -86)
  200: r1 &= 63743
  201: if r1 != 0x0 goto +323 <L525>
  202: r7 += 8
L203:
  203: if r8 == 0x2c goto +32 <L236>
  204: if r8 == 0x33 goto +18 <L223>
  205: if r8 == 0x0 goto +4 <L210>
  206: if r8 == 0x2b goto +3 <L210>
  207: if r8 == 0x3c goto +2 <L210>
  208: if r8 == 0x87 goto +1 <L210>
  209: goto +269 <L479>
L210:
  210: r1 = r6
  211: r2 = r7
  212: r3 = r10
  213: r3 += -88
  214: r4 = 2
  215: call bpf_xdp_load_bytes#189
  216: if r0 != 0x0 goto +309 <L526>
  217: r8 = *(u8 *)(r10 -88)
  218: r1 = *(u8 *)(r10 -87)
  219: r1 += 1
  220: r1 <<= 3
  221: r7 += r1
  222: goto +25 <L248>
L223:
  223: r1 = r6
  224: r2 = r7
  225: r3 = r10
  226: r3 += -88
  227: r4 = 2
  228: call bpf_xdp_load_bytes#189
  229: if r0 != 0x0 goto +296 <L526>
  230: r8 = *(u8 *)(r10 -88)
  231: r1 = *(u8 *)(r10 -87)
  232: r1 += 2
  233: r1 <<= 2
  234: r7 += r1
  235: goto +12 <L248>
L236:
  236: r1 = r6
  237: r2 = r7
  238: r3 = r10
  239: r3 += -88
  240: r4 = 4
  241: call bpf_xdp_load_bytes#189
  242: if r0 != 0x0 goto +283 <L526>
  243: r8 = *(u8 *)(r10 -88)
  244: r1 = *(u16 *)(r10 -86)
  245: r1 &= 63743
  246: if r1 != 0x0 goto +278 <L525>
  247: r7 += 8
L248:
  248: if r8 == 0x2c goto +32 <L281>
  249: if r8 == 0x33 goto +18 <L268>
  250: if r8 == 0x0 goto +4 <L255>
  251: if r8 == 0x2b goto +3 <L255>
  252: if r8 == 0x3c goto +2 <L255>
  253: if r8 == 0x87 goto +1 <L255>
  254: goto +224 <L479>
L255:
  255: r1 = r6
  256: r2 = r7
  257: r3 = r10
  258: r3 += -88
  259: r4 = 2
  260: call bpf_xdp_load_bytes#189
  261: if r0 != 0x0 goto +264 <L526>
  262: r8 = *(u8 *)(r10 -88)
  263: r1 = *(u8 *)(r10 -87)
  264: r1 += 1
  265: r1 <<= 3
  266: r7 += r1
  267: goto +25 <L293>
L268:
  268: r1 = r6
  269: r2 = r7
  270: r3 = r10
  271: r3 += -88
  272: r4 = 2
  273: call bpf_xdp_load_bytes#189
  274: if r0 != 0x0 goto +251 <L526>
  275: r8 = *(u8 *)(r10 -88)
  276: r1 = *(u8 *)(r10 -87)
  277: r1 += 2
  278: r1 <<= 2
  279: r7 += r1
  280: goto +12 <L293>
L281:
  281: r1 = r6
  282: r2 = r7
  283: r3 = r10
  284: r3 += -88
  285: r4 = 4
  286: call bpf_xdp_load_bytes#189
  287: if r0 != 0x0 goto +238 <L526>
  288: r8 = *(u8 *)(r10 -88)
  289: r1 = *(u16 *)(r10 -86)
  290: r1 &= 63743
  291: if r1 != 0x0 goto +233 <L525>
  292: r7 += 8
L293:
  293: if r8 == 0x2c goto +32 <L326>
  294: if r8 == 0x33 goto +18 <L313>
  295: if r8 == 0x0 goto +4 <L300>
  296: if r8 == 0x2b goto +3 <L300>
  297: if r8 == 0x3c goto +2 <L300>
  298: if r8 == 0x87 goto +1 <L300>
  299: goto +179 <L479>
L300:
  300: r1 = r6
  301: r2 = r7
  302: r3 = r10
  303: r3 += -88
  304: r4 = 2
  305: call bpf_xdp_load_bytes#189
  306: if r0 != 0x0 goto +219 <L526>
  307: r8 = *(u8 *)(r10 -88)
  308: r1 = *(u8 *)(r10 -87)
  309: r1 += 1
  310: r1 <<= 3
  311: r7 += r1
  312: goto +25 <L338>
L313:
  313: r1 = r6
  314: r2 = r7
  315: r3 = r10
  316: r3 += -88
  317: r4 = 2
  318: call bpf_xdp_load_bytes#189
  319: if r0 != 0x0 goto +206 <L526>
  320: r8 = *(u8 *)(r10 -88)
  321: r1 = *(u8 *)(r10 -87)
  322: r1 += 2
  323: r1 <<= 2
  324: r7 += r1
  325: goto +12 <L338>
L326:
  326: r1 = r6
  327: r2 = r7
  328: r3 = r10
  329: r3 += -88
  330: r4 = 4
  331: call bpf_xdp_load_bytes#189
  332: if r0 != 0x0 goto +193 <L526>
  333: r8 = *(u8 *)(r10 -88)
  334: r1 = *(u16 *)(r10 -86)
  335: r1 &= 63743
  336: if r1 != 0x0 goto +188 <L525>
  337: r7 += 8
L338:
  338: if r8 == 0x2c goto +32 <L371>
  339: if r8 == 0x33 goto +18 <L358>
  340: if r8 == 0x0 goto +4 <L345>
  341: if r8 == 0x2b goto +3 <L345>
  342: if r8 == 0x3c goto +2 <L345>
  343: if r8 == 0x87 goto +1 <L345>
  344: goto +134 <L479>
L345:
  345: r1 = r6
  346: r2 = r7
  347: r3 = r10
  348: r3 += -88
  349: r4 = 2
  350: call bpf_xdp_load_bytes#189
  351: if r0 != 0x0 goto +174 <L526>
  352: r8 = *(u8 *)(r10 -88)
  353: r1 = *(u8 *)(r10 -87)
  354: r1 += 1
  355: r1 <<= 3
  356: r7 += r1
  357: goto +25 <L383>
L358:
  358: r1 = r6
  359: r2 = r7
  360: r3 = r10
  361: r3 += -88
  362: r4 = 2
  363: call bpf_xdp_load_bytes#189
  364: if r0 != 0x0 goto +161 <L526>
  365: r8 = *(u8 *)(r10 -88)
  366: r1 = *(u8 *)(r10 -87)
  367: r1 += 2
  368: r1 <<= 2
  369: r7 += r1
  370: goto +12 <L383>
L371:
  371: r1 = r6
  372: r2 = r7
  373: r3 = r10
  374: r3 += -88
  375: r4 = 4
  376: call bpf_xdp_load_bytes#189
  377: if r0 != 0x0 goto +148 <L526>
  378: r8 = *(u8 *)(r10 -88)
  379: r1 = *(u16 *)(r10 -86)
  380: r1 &= 63743
  381: if r1 != 0x0 goto +143 <L525>
  382: r7 += 8
L383:
  383: if r8 == 0x2c goto +32 <L416>
  384: if r8 == 0x33 goto +18 <L403>
  385: if r8 == 0x0 goto +4 <L390>
  386: if r8 == 0x2b goto +3 <L390>
  387: if r8 == 0x3c goto +2 <L390>
  388: if r8 == 0x87 goto +1 <L390>
  389: goto +89 <L479>
L390:
  390: r1 = r6
  391: r2 = r7
  392: r3 = r10
  393: r3 += -88
  394: r4 = 2
  395: call bpf_xdp_load_bytes#189
  396: if r0 != 0x0 goto +129 <L526>
  397: r8 = *(u8 *)(r10 -88)
  398: r1 = *(u8 *)(r10 -87)
  399: r1 += 1
  400: r1 <<= 3
  401: r7 += r1
  402: goto +25 <L428>
L403:
  403: r1 = r6
  404: r2 = r7
  405: r3 = r10
  406: r3 += -88
  407: r4 = 2
  408: call bpf_xdp_load_bytes#189
  409: if r0 != 0x0 goto +116 <L526>
  410: r8 = *(u8 *)(r10 -88)
  411: r1 = *(u8 *)(r10 -87)
  412: r1 += 2
  413: r1 <<= 2
  414: r7 += r1
  415: goto +12 <L428>
L416:
  416: r1 = r6
  417: r2 = r7
  418: r3 = r10
  419: r3 += -88
  420: r4 = 4
  421: call bpf_xdp_load_bytes#189
  422: if r0 != 0x0 goto +103 <L526>
  423: r8 = *(u8 *)(r10 -88)
  424: r1 = *(u16 *)(r10 -86)
  425: r1 &= 63743
  426: if r1 != 0x0 goto +98 <L525>
  427: r7 += 8
L428:
  428: if r8 == 0x2c goto +32 <L461>
  429: if r8 == 0x33 goto +18 <L448>
  430: if r8 == 0x0 goto +4 <L435>
  431: if r8 == 0x2b goto +3 <L435>
  432: if r8 == 0x3c goto +2 <L435>
  433: if r8 == 0x87 goto +1 <L435>
  434: goto +44 <L479>
L435:
  435: r1 = r6
  436: r2 = r7
  437: r3 = r10
  438: r3 += -88
  439: r4 = 2
  440: call bpf_xdp_load_bytes#189
  441: if r0 != 0x0 goto +84 <L526>
  442: r8 = *(u8 *)(r10 -88)
  443: r1 = *(u8 *)(r10 -87)
  444: r1 += 1
  445: r1 <<= 3
  446: r7 += r1
  447: goto +25 <L473>
L448:
  448: r1 = r6
  449: r2 = r7
  450: r3 = r10
  451: r3 += -88
  452: r4 = 2
  453: call bpf_xdp_load_bytes#189
  454: if r0 != 0x0 goto +71 <L526>
  455: r8 = *(u8 *)(r10 -88)
  456: r1 = *(u8 *)(r10 -87)
  457: r1 += 2
  458: r1 <<= 2
  459: r7 += r1
  460: goto +12 <L473>
L461:
  461: r1 = r6
  462: r2 = r7
  463: r3 = r10
  464: r3 += -88
  465: r4 = 4
  466: call bpf_xdp_load_bytes#189
  467: if r0 != 0x0 goto +58 <L526>
  468: r8 = *(u8 *)(r10 -88)
  469: r1 = *(u16 *)(r10 -86)
  470: r1 &= 63743
  471: if r1 != 0x0 goto +53 <L525>
  472: r7 += 8
L473:
  473: if r8 == 0x0 goto +52 <L526>
  474: if r8 == 0x2b goto +51 <L526>
  475: if r8 == 0x2c goto +50 <L526>
  476: if r8 == 0x33 goto +49 <L526>
  477: if r8 == 0x3c goto +48 <L526>
  478: if r8 == 0x87 goto +47 <L526>
L479:
  479: *(u64 *)(r10 -24) = r8
  480: if r8 == 0x6 goto +4 <L485>
  481: if r8 == 0x11 goto +13 <L495>
  482: if r8 == 0x1 goto +22 <L505>
  483: if r8 == 0x3a goto +31 <L515>
  484: goto +41 <L526>
L485:
  485: r1 = r6
  486: r2 = r7
  487: r3 = r10
  488: r3 += -88
  489: r4 = 20
  490: call bpf_xdp_load_bytes#189
  491: if r0 != 0x0 goto +34 <L526>
  492: r0 = r10
  493: r0 += -88
  494: goto +31 <L526>
L495:
  495: r1 = r6
  496: r2 = r7
  497: r3 = r10
  498: r3 += -88
  499: r4 = 8
  500: call bpf_xdp_load_bytes#189
  501: if r0 != 0x0 goto +24 <L526>
  502: r0 = r10
  503: r0 += -88
  504: goto +21 <L526>
L505:
  505: r1 = r6
  506: r2 = r7
  507: r3 = r10
  508: r3 += -88
  509: r4 = 8
  510: call bpf_xdp_load_bytes#189
  511: if r0 != 0x0 goto +14 <L526>
  512: r0 = r10
  513: r0 += -88
  514: goto +11 <L526>
L515:
  515: r1 = r6
  516: r2 = r7
  517: r3 = r10
  518: r3 += -88
  519: r4 = 8
  520: call bpf_xdp_load_bytes#189
  521: if r0 != 0x0 goto +4 <L526>
  522: r0 = r10
  523: r0 += -88
  524: goto +1 <L526>
L525:
  525: *(u64 *)(r10 -24) = r8
L526:
  526: r7 = *(u64 *)(r10 -16)
  527: r8 = *(u64 *)(r10 -24)
  528: r9 = *(u64 *)(r10 -8)
; rule 0 — tests/golden/asm/xdp-l3-l4.bfr:4: rule meta.l3_proto 0x0806 ACCEPT
  529: if w9 == 0x608 goto +65 <L595>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
  530: if w8 == 0x2f goto +25 <L556>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
  531: if w8 == 0x2f goto +7 <L539>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L532:
  532: r1 = *(u64 *)(r10 -40)
  533: if w1 == 0x2e goto +7 <L541>
; rule 4 — tests/golden/asm/xdp-l3-l4.bfr:8: rule ip6.dscp not cs1 meta.l4_proto udp ACCEPT
L534:
  534: if w8 == 0x11 goto +8 <L543>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L535:
  535: r1 = *(u64 *)(r10 -32)
  536: if r1 == 0x10200c0 goto +10 <L547>
; policy — no rule matched (line info: tests/golden/asm/xdp-l3-l4.bfr:9)
L537:
  537: *(u32 *)(r10 -64) = 4
  538: goto +41 <L580>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
L539:
  539: if w7 == 0x4 goto +18 <L558>
  540: goto -9 <L532>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L541:
  541: if w7 == 0x4 goto +18 <L560>
  542: goto -9 <L534>
; rule 4 — tests/golden/asm/xdp-l3-l4.bfr:8: rule ip6.dscp not cs1 meta.l4_proto udp ACCEPT
L543:
  543: r1 = *(u64 *)(r10 -40)
  544: if w1 == 0x8 goto -10 <L535>
  545: if w7 == 0x6 goto +49 <L595>
  546: goto -12 <L535>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L547:
  547: r2 = *(u64 *)(r10 -56)
  548: r3 = *(u64 *)(r10 -48)
  549: w4 = -1207107296
  550: r5 = 0x100000000000000 ll
  552: if r2 != r4 goto -16 <L537>
  553: if r3 != r5 goto -17 <L537>
  554: if w7 == 0x6 goto +7 <L562>
  555: goto -19 <L537>
; rule 1 — tests/golden/asm/xdp-l3-l4.bfr:5: rule meta.l4_proto gre counter DROP
L556:
  556: *(u32 *)(r10 -64) = 0
  557: goto +5 <L563>
; rule 2 — tests/golden/asm/xdp-l3-l4.bfr:6: rule ip4.proto 47 counter DROP
L558:
  558: *(u32 *)(r10 -64) = 1
  559: goto +3 <L563>
; rule 3 — tests/golden/asm/xdp-l3-l4.bfr:7: rule ip4.dscp ef counter ACCEPT
L560:
  560: *(u32 *)(r10 -64) = 2
  561: goto +18 <L580>
; rule 5 — tests/golden/asm/xdp-l3-l4.bfr:9: rule ip4.saddr 192.0.2.1 ip6.saddr 2001:db8::1 counter DROP
L562:
  562: *(u32 *)(r10 -64) = 3
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-l3-l4.bfr:9)
L563:
  563: r2 = r10
  564: r2 += -64
  565: r1 = map[proto_ctr] ll
  567: call bpf_map_lookup_elem#1
  568: if r0 == 0x0 goto +9 <L578>
  569: r1 = *(u64 *)(r0 +0)
  570: r1 += 1
  571: *(u64 *)(r0 +0) = r1
  572: r2 = *(u32 *)(r6 +4)
  573: r3 = *(u32 *)(r6 +0)
  574: r2 -= r3
  575: r1 = *(u64 *)(r0 +8)
  576: r1 += r2
  577: *(u64 *)(r0 +8) = r1
L578:
  578: r0 = 1
  579: exit
L580:
  580: r2 = r10
  581: r2 += -64
  582: r1 = map[proto_ctr] ll
  584: call bpf_map_lookup_elem#1
  585: if r0 == 0x0 goto +9 <L595>
  586: r1 = *(u64 *)(r0 +0)
  587: r1 += 1
  588: *(u64 *)(r0 +0) = r1
  589: r2 = *(u32 *)(r6 +4)
  590: r3 = *(u32 *)(r6 +0)
  591: r2 -= r3
  592: r1 = *(u64 *)(r0 +8)
  593: r1 += r2
  594: *(u64 *)(r0 +8) = r1
L595:
  595: r0 = 2
  596: exit
