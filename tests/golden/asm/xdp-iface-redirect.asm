; 1 program(s), 0 sub-program(s), 1 map(s) from tests/golden/asm/xdp-iface-redirect.bfr

chain steer
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  steer
  policy   ACCEPT
  options  iface=eth1
  rules    3
  license  GPL
  insns    587

  map        type          key  value  max_entries  flags  elements  role
  steer_ctr  percpu_array    4     16            3  0x0           -  counters

; tests/golden/asm/xdp-iface-redirect.bfr:3: chain steer BF_HOOK_XDP { iface=eth1 } ACCEPT
    0: r6 = r1
    1: r1 = *(u32 *)(r6 +12)
    2: *(u64 *)(r10 -24) = r1
    3: r2 = *(u32 *)(r6 +0)
    4: r3 = *(u32 *)(r6 +4)
    5: r1 = r3
    6: r1 -= r2
    7: *(u64 *)(r10 -32) = r1
    8: *(u64 *)(r10 -8) = 256
    9: *(u64 *)(r10 -16) = 65536
   10: r4 = r2
   11: r4 += 14
   12: if r4 > r3 goto +509 <L522>
   13: r1 = *(u16 *)(r2 +12)
   14: if r1 == 0x81 goto +1 <L16>
   15: if r1 != 0xa888 goto +12 <L28>
L16:
   16: r0 = r4
   17: r0 += 4
   18: if r0 > r3 goto +503 <L522>
   19: r1 = *(u16 *)(r4 +2)
   20: r4 = r0
   21: if r1 == 0x81 goto +1 <L23>
   22: if r1 != 0xa888 goto +5 <L28>
L23:
   23: r0 = r4
   24: r0 += 4
   25: if r0 > r3 goto +496 <L522>
   26: r1 = *(u16 *)(r4 +2)
   27: r4 = r0
L28:
   28: if r1 == 0x8 goto +2 <L31>
   29: if r1 == 0xdd86 goto +20 <L50>
   30: goto +491 <L522>
L31:
   31: r0 = r4
   32: r0 += 20
   33: if r0 > r3 goto +488 <L522>
   34: r1 = *(u8 *)(r4 +0)
   35: r0 = r1
   36: r0 &= 240
   37: if r0 != 0x40 goto +484 <L522>
   38: r5 = r1
   39: r5 &= 15
   40: if r5 < 0x5 goto +481 <L522>
   41: r1 = *(u8 *)(r4 +9)
   42: r0 = *(u16 *)(r4 +6)
   43: r0 &= 65311
   44: if r0 != 0x0 goto +477 <L522>
   45: r5 <<= 2
   46: r0 = r4
   47: r0 += r5
   48: r5 = r0
   49: goto +15 <L65>
L50:
   50: r0 = r4
   51: r0 += 40
   52: if r0 > r3 goto +469 <L522>
   53: r5 = r0
   54: r1 = *(u8 *)(r4 +0)
   55: r1 &= 240
   56: if r1 != 0x60 goto +465 <L522>
   57: r1 = *(u8 *)(r4 +6)
   58: if r1 == 0x0 goto +37 <L96>
   59: if r1 == 0x2b goto +36 <L96>
   60: if r1 == 0x2c goto +35 <L96>
   61: if r1 == 0x33 goto +34 <L96>
   62: if r1 == 0x3c goto +33 <L96>
   63: if r1 == 0x87 goto +32 <L96>
   64: goto +0 <L65>
L65:
   65: if r1 == 0x6 goto +4 <L70>
   66: if r1 == 0x11 goto +11 <L78>
   67: if r1 == 0x1 goto +18 <L86>
   68: if r1 == 0x3a goto +22 <L91>
   69: goto +452 <L522>
L70:
   70: r0 = r5
   71: r0 += 20
   72: if r0 > r3 goto +449 <L522>
   73: *(u64 *)(r10 -8) = 6
   74: r1 = *(u16 *)(r5 +2)
   75: r1 = be16 r1
   76: *(u64 *)(r10 -16) = r1
   77: goto +444 <L522>
L78:
   78: r0 = r5
   79: r0 += 8
   80: if r0 > r3 goto +441 <L522>
   81: *(u64 *)(r10 -8) = 17
   82: r1 = *(u16 *)(r5 +2)
   83: r1 = be16 r1
   84: *(u64 *)(r10 -16) = r1
   85: goto +436 <L522>
L86:
   86: r0 = r5
   87: r0 += 8
   88: if r0 > r3 goto +433 <L522>
   89: *(u64 *)(r10 -8) = 1
   90: goto +431 <L522>
L91:
   91: r0 = r5
   92: r0 += 8
   93: if r0 > r3 goto +428 <L522>
   94: *(u64 *)(r10 -8) = 58
   95: goto +426 <L522>
L96:
   96: r7 = r5
   97: r7 -= r2
   98: r8 = r1
   99: r9 = 0
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
  113: if r0 != 0x0 goto +407 <L521>
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
  126: if r0 != 0x0 goto +394 <L521>
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
  139: if r0 != 0x0 goto +381 <L521>
  140: r8 = *(u8 *)(r10 -64)
  141: r1 = *(u16 *)(r10 -62)
  142: r1 &= 63743
  143: if r1 != 0x0 goto +377 <L521>
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
  158: if r0 != 0x0 goto +362 <L521>
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
  171: if r0 != 0x0 goto +349 <L521>
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
  184: if r0 != 0x0 goto +336 <L521>
  185: r8 = *(u8 *)(r10 -64)
  186: r1 = *(u16 *)(r10 -62)
  187: r1 &= 63743
  188: if r1 != 0x0 goto +332 <L521>
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
  203: if r0 != 0x0 goto +317 <L521>
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
  216: if r0 != 0x0 goto +304 <L521>
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
  229: if r0 != 0x0 goto +291 <L521>
  230: r8 = *(u8 *)(r10 -64)
  231: r1 = *(u16 *)(r10 -62)
  232: r1 &= 63743
  233: if r1 != 0x0 goto +287 <L521>
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
  248: if r0 != 0x0 goto +272 <L521>
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
  261: if r0 != 0x0 goto +259 <L521>
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
  274: if r0 != 0x0 goto +246 <L521>
  275: r8 = *(u8 *)(r10 -64)
  276: r1 = *(u16 *)(r10 -62)
  277: r1 &= 63743
  278: if r1 != 0x0 goto +242 <L521>
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
  293: if r0 != 0x0 goto +227 <L521>
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
  306: if r0 != 0x0 goto +214 <L521>
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
  319: if r0 != 0x0 goto +201 <L521>
  320: r8 = *(u8 *)(r10 -64)
  321: r1 = *(u16 *)(r10 -62)
  322: r1 &= 63743
  323: if r1 != 0x0 goto +197 <L521>
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
  338: if r0 != 0x0 goto +182 <L521>
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
  351: if r0 != 0x0 goto +169 <L521>
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
  364: if r0 != 0x0 goto +156 <L521>
  365: r8 = *(u8 *)(r10 -64)
  366: r1 = *(u16 *)(r10 -62)
  367: r1 &= 63743
  368: if r1 != 0x0 goto +152 <L521>
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
  383: if r0 != 0x0 goto +137 <L521>
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
  396: if r0 != 0x0 goto +124 <L521>
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
  409: if r0 != 0x0 goto +111 <L521>
  410: r8 = *(u8 *)(r10 -64)
  411: r1 = *(u16 *)(r10 -62)
  412: r1 &= 63743
  413: if r1 != 0x0 goto +107 <L521>
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
  428: if r0 != 0x0 goto +92 <L521>
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
  441: if r0 != 0x0 goto +79 <L521>
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
  454: if r0 != 0x0 goto +66 <L521>
  455: r8 = *(u8 *)(r10 -64)
  456: r1 = *(u16 *)(r10 -62)
  457: r1 &= 63743
  458: if r1 != 0x0 goto +62 <L521>
  459: r7 += 8
L460:
  460: if r8 == 0x0 goto +60 <L521>
  461: if r8 == 0x2b goto +59 <L521>
  462: if r8 == 0x2c goto +58 <L521>
  463: if r8 == 0x33 goto +57 <L521>
  464: if r8 == 0x3c goto +56 <L521>
  465: if r8 == 0x87 goto +55 <L521>
L466:
  466: if r8 == 0x6 goto +4 <L471>
  467: if r8 == 0x11 goto +17 <L485>
  468: if r8 == 0x1 goto +30 <L499>
  469: if r8 == 0x3a goto +40 <L510>
  470: goto +51 <L522>
L471:
  471: r1 = r6
  472: r2 = r7
  473: r3 = r10
  474: r3 += -64
  475: r4 = 20
  476: call bpf_xdp_load_bytes#189
  477: if r0 != 0x0 goto +44 <L522>
  478: r0 = r10
  479: r0 += -64
  480: *(u64 *)(r10 -8) = 6
  481: r1 = *(u16 *)(r0 +2)
  482: r1 = be16 r1
  483: *(u64 *)(r10 -16) = r1
  484: goto +37 <L522>
L485:
  485: r1 = r6
  486: r2 = r7
  487: r3 = r10
  488: r3 += -64
  489: r4 = 8
  490: call bpf_xdp_load_bytes#189
  491: if r0 != 0x0 goto +30 <L522>
  492: r0 = r10
  493: r0 += -64
  494: *(u64 *)(r10 -8) = 17
  495: r1 = *(u16 *)(r0 +2)
  496: r1 = be16 r1
  497: *(u64 *)(r10 -16) = r1
  498: goto +23 <L522>
L499:
  499: r1 = r6
  500: r2 = r7
  501: r3 = r10
  502: r3 += -64
  503: r4 = 8
  504: call bpf_xdp_load_bytes#189
  505: if r0 != 0x0 goto +16 <L522>
  506: r0 = r10
  507: r0 += -64
  508: *(u64 *)(r10 -8) = 1
  509: goto +12 <L522>
L510:
  510: r1 = r6
  511: r2 = r7
  512: r3 = r10
  513: r3 += -64
  514: r4 = 8
  515: call bpf_xdp_load_bytes#189
  516: if r0 != 0x0 goto +5 <L522>
  517: r0 = r10
  518: r0 += -64
  519: *(u64 *)(r10 -8) = 58
  520: goto +1 <L522>
L521:
  521: goto +0 <L522>
L522:
  522: r7 = *(u64 *)(r10 -24)
  523: r8 = *(u64 *)(r10 -8)
  524: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
  525: if w7 != 0x0 goto +2 <L528>
  526: if w8 != 0x11 goto +1 <L528>
  527: if w9 == 0x35 goto +6 <L534>
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L528:
  528: if w7 != 0x3 goto +2 <L531>
  529: if w8 != 0x6 goto +1 <L531>
  530: if w9 == 0x50 goto +21 <L552>
; rule 2 — tests/golden/asm/xdp-iface-redirect.bfr:6: rule meta.iface not lo DROP
L531:
  531: if w7 != 0x0 goto +38 <L570>
  532: *(u32 *)(r10 -40) = 2
  533: goto +38 <L572>
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
L534:
  534: *(u32 *)(r10 -40) = 0
  535: r2 = r10
  536: r2 += -40
  537: r1 = map[steer_ctr] ll
  539: call bpf_map_lookup_elem#1
  540: if r0 == 0x0 goto +7 <L548>
  541: r1 = *(u64 *)(r0 +0)
  542: r1 += 1
  543: *(u64 *)(r0 +0) = r1
  544: r1 = *(u64 *)(r0 +8)
  545: r2 = *(u64 *)(r10 -32)
  546: r1 += r2
  547: *(u64 *)(r0 +8) = r1
L548:
  548: w1 = 0
  549: r2 = 0
  550: call bpf_redirect#23
  551: exit
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L552:
  552: *(u32 *)(r10 -40) = 1
  553: r2 = r10
  554: r2 += -40
  555: r1 = map[steer_ctr] ll
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
  566: w1 = 4
  567: r2 = 0
  568: call bpf_redirect#23
  569: exit
L570:
  570: r0 = 1
  571: exit
L572:
  572: r2 = r10
  573: r2 += -40
  574: r1 = map[steer_ctr] ll
  576: call bpf_map_lookup_elem#1
  577: if r0 == 0x0 goto +7 <L585>
  578: r1 = *(u64 *)(r0 +0)
  579: r1 += 1
  580: *(u64 *)(r0 +0) = r1
  581: r1 = *(u64 *)(r0 +8)
  582: r2 = *(u64 *)(r10 -32)
  583: r1 += r2
  584: *(u64 *)(r0 +8) = r1
L585:
  585: r0 = 2
  586: exit
