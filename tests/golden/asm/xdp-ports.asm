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
  insns    595

  map        type          key  value  max_entries  flags  elements  role
  ports_ctr  percpu_array    4     16            5  0x0           -  counters

; tests/golden/asm/xdp-ports.bfr:2: chain ports BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -8) = 256
    4: *(u64 *)(r10 -16) = 65536
    5: *(u64 *)(r10 -24) = 65536
    6: r4 = r2
    7: r4 += 14
    8: if r4 > r3 goto +518 <L527>
    9: r1 = *(u16 *)(r2 +12)
   10: if r1 == 0x81 goto +1 <L12>
   11: if r1 != 0xa888 goto +12 <L24>
L12:
   12: r0 = r4
   13: r0 += 4
   14: if r0 > r3 goto +512 <L527>
   15: r1 = *(u16 *)(r4 +2)
   16: r4 = r0
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +5 <L24>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +505 <L527>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
L24:
   24: if r1 == 0x8 goto +2 <L27>
   25: if r1 == 0xdd86 goto +20 <L46>
   26: goto +500 <L527>
L27:
   27: r0 = r4
   28: r0 += 20
   29: if r0 > r3 goto +497 <L527>
   30: r1 = *(u8 *)(r4 +0)
   31: r0 = r1
   32: r0 &= 240
   33: if r0 != 0x40 goto +493 <L527>
   34: r5 = r1
   35: r5 &= 15
   36: if r5 < 0x5 goto +490 <L527>
   37: r1 = *(u8 *)(r4 +9)
   38: r0 = *(u16 *)(r4 +6)
   39: r0 &= 65311
   40: if r0 != 0x0 goto +486 <L527>
   41: r5 <<= 2
   42: r0 = r4
   43: r0 += r5
   44: r5 = r0
   45: goto +14 <L60>
L46:
   46: r0 = r4
   47: r0 += 40
   48: if r0 > r3 goto +478 <L527>
   49: r5 = r0
   50: r1 = *(u8 *)(r4 +0)
   51: r1 &= 240
   52: if r1 != 0x60 goto +474 <L527>
   53: r1 = *(u8 *)(r4 +6)
   54: if r1 == 0x0 goto +42 <L97>
   55: if r1 == 0x2b goto +41 <L97>
   56: if r1 == 0x2c goto +40 <L97>
   57: if r1 == 0x33 goto +39 <L97>
   58: if r1 == 0x3c goto +38 <L97>
   59: if r1 == 0x87 goto +37 <L97>
L60:
   60: if r1 == 0x6 goto +4 <L65>
   61: if r1 == 0x11 goto +14 <L76>
   62: if r1 == 0x1 goto +24 <L87>
   63: if r1 == 0x3a goto +28 <L92>
   64: goto +462 <L527>
L65:
   65: r0 = r5
   66: r0 += 20
   67: if r0 > r3 goto +459 <L527>
   68: *(u64 *)(r10 -8) = 6
   69: r1 = *(u16 *)(r5 +0)
   70: r1 = be16 r1
   71: *(u64 *)(r10 -16) = r1
   72: r1 = *(u16 *)(r5 +2)
   73: r1 = be16 r1
   74: *(u64 *)(r10 -24) = r1
   75: goto +451 <L527>
L76:
   76: r0 = r5
   77: r0 += 8
   78: if r0 > r3 goto +448 <L527>
   79: *(u64 *)(r10 -8) = 17
   80: r1 = *(u16 *)(r5 +0)
   81: r1 = be16 r1
   82: *(u64 *)(r10 -16) = r1
   83: r1 = *(u16 *)(r5 +2)
   84: r1 = be16 r1
   85: *(u64 *)(r10 -24) = r1
   86: goto +440 <L527>
L87:
   87: r0 = r5
   88: r0 += 8
   89: if r0 > r3 goto +437 <L527>
   90: *(u64 *)(r10 -8) = 1
   91: goto +435 <L527>
L92:
   92: r0 = r5
   93: r0 += 8
   94: if r0 > r3 goto +432 <L527>
   95: *(u64 *)(r10 -8) = 58
   96: goto +430 <L527>
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
  110: r3 += -56
  111: r4 = 2
  112: call bpf_xdp_load_bytes#189
  113: if r0 != 0x0 goto +413 <L527>
  114: r8 = *(u8 *)(r10 -56)
  115: r1 = *(u8 *)(r10 -55)
  116: r1 += 1
  117: r1 <<= 3
  118: r7 += r1
  119: goto +25 <L145>
L120:
  120: r1 = r6
  121: r2 = r7
  122: r3 = r10
  123: r3 += -56
  124: r4 = 2
  125: call bpf_xdp_load_bytes#189
  126: if r0 != 0x0 goto +400 <L527>
  127: r8 = *(u8 *)(r10 -56)
  128: r1 = *(u8 *)(r10 -55)
  129: r1 += 2
  130: r1 <<= 2
  131: r7 += r1
  132: goto +12 <L145>
L133:
  133: r1 = r6
  134: r2 = r7
  135: r3 = r10
  136: r3 += -56
  137: r4 = 4
  138: call bpf_xdp_load_bytes#189
  139: if r0 != 0x0 goto +387 <L527>
  140: r8 = *(u8 *)(r10 -56)
  141: r1 = *(u16 *)(r10 -54)
  142: r1 &= 63743
  143: if r1 != 0x0 goto +383 <L527>
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
  155: r3 += -56
  156: r4 = 2
  157: call bpf_xdp_load_bytes#189
  158: if r0 != 0x0 goto +368 <L527>
  159: r8 = *(u8 *)(r10 -56)
  160: r1 = *(u8 *)(r10 -55)
  161: r1 += 1
  162: r1 <<= 3
  163: r7 += r1
  164: goto +25 <L190>
L165:
  165: r1 = r6
  166: r2 = r7
  167: r3 = r10
  168: r3 += -56
  169: r4 = 2
  170: call bpf_xdp_load_bytes#189
  171: if r0 != 0x0 goto +355 <L527>
  172: r8 = *(u8 *)(r10 -56)
  173: r1 = *(u8 *)(r10 -55)
  174: r1 += 2
  175: r1 <<= 2
  176: r7 += r1
  177: goto +12 <L190>
L178:
  178: r1 = r6
  179: r2 = r7
  180: r3 = r10
  181: r3 += -56
  182: r4 = 4
  183: call bpf_xdp_load_bytes#189
  184: if r0 != 0x0 goto +342 <L527>
  185: r8 = *(u8 *)(r10 -56)
  186: r1 = *(u16 *)(r10 -54)
  187: r1 &= 63743
  188: if r1 != 0x0 goto +338 <L527>
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
  200: r3 += -56
  201: r4 = 2
  202: call bpf_xdp_load_bytes#189
  203: if r0 != 0x0 goto +323 <L527>
  204: r8 = *(u8 *)(r10 -56)
  205: r1 = *(u8 *)(r10 -55)
  206: r1 += 1
  207: r1 <<= 3
  208: r7 += r1
  209: goto +25 <L235>
L210:
  210: r1 = r6
  211: r2 = r7
  212: r3 = r10
  213: r3 += -56
  214: r4 = 2
  215: call bpf_xdp_load_bytes#189
  216: if r0 != 0x0 goto +310 <L527>
  217: r8 = *(u8 *)(r10 -56)
  218: r1 = *(u8 *)(r10 -55)
  219: r1 += 2
  220: r1 <<= 2
  221: r7 += r1
  222: goto +12 <L235>
L223:
  223: r1 = r6
  224: r2 = r7
  225: r3 = r10
  226: r3 += -56
  227: r4 = 4
  228: call bpf_xdp_load_bytes#189
  229: if r0 != 0x0 goto +297 <L527>
  230: r8 = *(u8 *)(r10 -56)
  231: r1 = *(u16 *)(r10 -54)
  232: r1 &= 63743
  233: if r1 != 0x0 goto +293 <L527>
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
  245: r3 += -56
  246: r4 = 2
  247: call bpf_xdp_load_bytes#189
  248: if r0 != 0x0 goto +278 <L527>
  249: r8 = *(u8 *)(r10 -56)
  250: r1 = *(u8 *)(r10 -55)
  251: r1 += 1
  252: r1 <<= 3
  253: r7 += r1
  254: goto +25 <L280>
L255:
  255: r1 = r6
  256: r2 = r7
  257: r3 = r10
  258: r3 += -56
  259: r4 = 2
  260: call bpf_xdp_load_bytes#189
  261: if r0 != 0x0 goto +265 <L527>
  262: r8 = *(u8 *)(r10 -56)
  263: r1 = *(u8 *)(r10 -55)
  264: r1 += 2
  265: r1 <<= 2
  266: r7 += r1
  267: goto +12 <L280>
L268:
  268: r1 = r6
  269: r2 = r7
  270: r3 = r10
  271: r3 += -56
  272: r4 = 4
  273: call bpf_xdp_load_bytes#189
  274: if r0 != 0x0 goto +252 <L527>
  275: r8 = *(u8 *)(r10 -56)
  276: r1 = *(u16 *)(r10 -54)
  277: r1 &= 63743
  278: if r1 != 0x0 goto +248 <L527>
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
  290: r3 += -56
  291: r4 = 2
  292: call bpf_xdp_load_bytes#189
  293: if r0 != 0x0 goto +233 <L527>
  294: r8 = *(u8 *)(r10 -56)
  295: r1 = *(u8 *)(r10 -55)
  296: r1 += 1
  297: r1 <<= 3
  298: r7 += r1
  299: goto +25 <L325>
L300:
  300: r1 = r6
  301: r2 = r7
  302: r3 = r10
  303: r3 += -56
  304: r4 = 2
  305: call bpf_xdp_load_bytes#189
  306: if r0 != 0x0 goto +220 <L527>
  307: r8 = *(u8 *)(r10 -56)
  308: r1 = *(u8 *)(r10 -55)
  309: r1 += 2
  310: r1 <<= 2
  311: r7 += r1
  312: goto +12 <L325>
L313:
  313: r1 = r6
  314: r2 = r7
  315: r3 = r10
  316: r3 += -56
  317: r4 = 4
  318: call bpf_xdp_load_bytes#189
  319: if r0 != 0x0 goto +207 <L527>
  320: r8 = *(u8 *)(r10 -56)
  321: r1 = *(u16 *)(r10 -54)
  322: r1 &= 63743
  323: if r1 != 0x0 goto +203 <L527>
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
  335: r3 += -56
  336: r4 = 2
  337: call bpf_xdp_load_bytes#189
  338: if r0 != 0x0 goto +188 <L527>
  339: r8 = *(u8 *)(r10 -56)
  340: r1 = *(u8 *)(r10 -55)
  341: r1 += 1
  342: r1 <<= 3
  343: r7 += r1
  344: goto +25 <L370>
L345:
  345: r1 = r6
  346: r2 = r7
  347: r3 = r10
  348: r3 += -56
  349: r4 = 2
  350: call bpf_xdp_load_bytes#189
  351: if r0 != 0x0 goto +175 <L527>
  352: r8 = *(u8 *)(r10 -56)
  353: r1 = *(u8 *)(r10 -55)
  354: r1 += 2
  355: r1 <<= 2
  356: r7 += r1
  357: goto +12 <L370>
L358:
  358: r1 = r6
  359: r2 = r7
  360: r3 = r10
  361: r3 += -56
  362: r4 = 4
  363: call bpf_xdp_load_bytes#189
  364: if r0 != 0x0 goto +162 <L527>
  365: r8 = *(u8 *)(r10 -56)
  366: r1 = *(u16 *)(r10 -54)
  367: r1 &= 63743
  368: if r1 != 0x0 goto +158 <L527>
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
  380: r3 += -56
  381: r4 = 2
  382: call bpf_xdp_load_bytes#189
  383: if r0 != 0x0 goto +143 <L527>
  384: r8 = *(u8 *)(r10 -56)
  385: r1 = *(u8 *)(r10 -55)
  386: r1 += 1
  387: r1 <<= 3
  388: r7 += r1
  389: goto +25 <L415>
L390:
  390: r1 = r6
  391: r2 = r7
  392: r3 = r10
  393: r3 += -56
  394: r4 = 2
  395: call bpf_xdp_load_bytes#189
  396: if r0 != 0x0 goto +130 <L527>
  397: r8 = *(u8 *)(r10 -56)
  398: r1 = *(u8 *)(r10 -55)
  399: r1 += 2
  400: r1 <<= 2
  401: r7 += r1
  402: goto +12 <L415>
L403:
  403: r1 = r6
  404: r2 = r7
  405: r3 = r10
  406: r3 += -56
  407: r4 = 4
  408: call bpf_xdp_load_bytes#189
  409: if r0 != 0x0 goto +117 <L527>
  410: r8 = *(u8 *)(r10 -56)
  411: r1 = *(u16 *)(r10 -54)
  412: r1 &= 63743
  413: if r1 != 0x0 goto +113 <L527>
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
  425: r3 += -56
  426: r4 = 2
  427: call bpf_xdp_load_bytes#189
  428: if r0 != 0x0 goto +98 <L527>
  429: r8 = *(u8 *)(r10 -56)
  430: r1 = *(u8 *)(r10 -55)
  431: r1 += 1
  432: r1 <<= 3
  433: r7 += r1
  434: goto +25 <L460>
L435:
  435: r1 = r6
  436: r2 = r7
  437: r3 = r10
  438: r3 += -56
  439: r4 = 2
  440: call bpf_xdp_load_bytes#189
  441: if r0 != 0x0 goto +85 <L527>
  442: r8 = *(u8 *)(r10 -56)
  443: r1 = *(u8 *)(r10 -55)
  444: r1 += 2
  445: r1 <<= 2
  446: r7 += r1
  447: goto +12 <L460>
L448:
  448: r1 = r6
  449: r2 = r7
  450: r3 = r10
  451: r3 += -56
  452: r4 = 4
  453: call bpf_xdp_load_bytes#189
  454: if r0 != 0x0 goto +72 <L527>
  455: r8 = *(u8 *)(r10 -56)
  456: r1 = *(u16 *)(r10 -54)
  457: r1 &= 63743
  458: if r1 != 0x0 goto +68 <L527>
  459: r7 += 8
L460:
  460: if r8 == 0x0 goto +66 <L527>
  461: if r8 == 0x2b goto +65 <L527>
  462: if r8 == 0x2c goto +64 <L527>
  463: if r8 == 0x33 goto +63 <L527>
  464: if r8 == 0x3c goto +62 <L527>
  465: if r8 == 0x87 goto +61 <L527>
L466:
  466: if r8 == 0x6 goto +4 <L471>
  467: if r8 == 0x11 goto +20 <L488>
  468: if r8 == 0x1 goto +36 <L505>
  469: if r8 == 0x3a goto +46 <L516>
  470: goto +56 <L527>
L471:
  471: r1 = r6
  472: r2 = r7
  473: r3 = r10
  474: r3 += -56
  475: r4 = 20
  476: call bpf_xdp_load_bytes#189
  477: if r0 != 0x0 goto +49 <L527>
  478: r0 = r10
  479: r0 += -56
  480: *(u64 *)(r10 -8) = 6
  481: r1 = *(u16 *)(r0 +0)
  482: r1 = be16 r1
  483: *(u64 *)(r10 -16) = r1
  484: r1 = *(u16 *)(r0 +2)
  485: r1 = be16 r1
  486: *(u64 *)(r10 -24) = r1
  487: goto +39 <L527>
L488:
  488: r1 = r6
  489: r2 = r7
  490: r3 = r10
  491: r3 += -56
  492: r4 = 8
  493: call bpf_xdp_load_bytes#189
  494: if r0 != 0x0 goto +32 <L527>
  495: r0 = r10
  496: r0 += -56
  497: *(u64 *)(r10 -8) = 17
  498: r1 = *(u16 *)(r0 +0)
  499: r1 = be16 r1
  500: *(u64 *)(r10 -16) = r1
  501: r1 = *(u16 *)(r0 +2)
  502: r1 = be16 r1
  503: *(u64 *)(r10 -24) = r1
  504: goto +22 <L527>
L505:
  505: r1 = r6
  506: r2 = r7
  507: r3 = r10
  508: r3 += -56
  509: r4 = 8
  510: call bpf_xdp_load_bytes#189
  511: if r0 != 0x0 goto +15 <L527>
  512: r0 = r10
  513: r0 += -56
  514: *(u64 *)(r10 -8) = 1
  515: goto +11 <L527>
L516:
  516: r1 = r6
  517: r2 = r7
  518: r3 = r10
  519: r3 += -56
  520: r4 = 8
  521: call bpf_xdp_load_bytes#189
  522: if r0 != 0x0 goto +4 <L527>
  523: r0 = r10
  524: r0 += -56
  525: *(u64 *)(r10 -8) = 58
  526: goto +0 <L527>
L527:
  527: r7 = *(u64 *)(r10 -24)
  528: r8 = *(u64 *)(r10 -8)
  529: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
  530: if w7 == 0x16 goto +9 <L540>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L531:
  531: if w7 < 0x1f40 goto +1 <L533>
  532: if w7 <= 0x1f90 goto +9 <L542>
; rule 2 — tests/golden/asm/xdp-ports.bfr:5: rule udp.dport range 33434-33534 DROP
L533:
  533: if w7 < 0x829a goto +1 <L535>
  534: if w7 <= 0x82fe goto +10 <L545>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L535:
  535: if w9 == 0x35 goto +11 <L547>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L536:
  536: if w7 == 0x1bb goto +22 <L559>
; rule 5 — tests/golden/asm/xdp-ports.bfr:8: rule meta.sport range 0-1023 meta.dport 0 DROP
  537: if w7 == 0x0 goto +13 <L551>
; policy — no rule matched (line info: tests/golden/asm/xdp-ports.bfr:8)
L538:
  538: *(u32 *)(r10 -32) = 4
  539: goto +38 <L578>
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
L540:
  540: if w8 == 0x6 goto +12 <L553>
  541: goto -11 <L531>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L542:
  542: if w8 != 0x6 goto -10 <L533>
  543: if w9 != 0x400 goto +11 <L555>
  544: goto -12 <L533>
; rule 2 — tests/golden/asm/xdp-ports.bfr:5: rule udp.dport range 33434-33534 DROP
L545:
  545: if w8 == 0x11 goto +30 <L576>
  546: goto -12 <L535>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L547:
  547: if w7 < 0x1 goto +1 <L549>
  548: if w7 <= 0x3ff goto -13 <L536>
L549:
  549: if w8 == 0x11 goto +7 <L557>
  550: goto -15 <L536>
; rule 5 — tests/golden/asm/xdp-ports.bfr:8: rule meta.sport range 0-1023 meta.dport 0 DROP
L551:
  551: if w9 <= 0x3ff goto +24 <L576>
  552: goto -15 <L538>
; rule 0 — tests/golden/asm/xdp-ports.bfr:3: rule tcp.dport 22 counter ACCEPT
L553:
  553: *(u32 *)(r10 -32) = 0
  554: goto +23 <L578>
; rule 1 — tests/golden/asm/xdp-ports.bfr:4: rule tcp.sport not 1024 tcp.dport range 8000-8080 counter DROP
L555:
  555: *(u32 *)(r10 -32) = 1
  556: goto +4 <L561>
; rule 3 — tests/golden/asm/xdp-ports.bfr:6: rule udp.sport 53 udp.dport not range 1-1023 counter ACCEPT
L557:
  557: *(u32 *)(r10 -32) = 2
  558: goto +19 <L578>
; rule 4 — tests/golden/asm/xdp-ports.bfr:7: rule meta.dport 443 counter ACCEPT
L559:
  559: *(u32 *)(r10 -32) = 3
  560: goto +17 <L578>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-ports.bfr:7)
L561:
  561: r2 = r10
  562: r2 += -32
  563: r1 = map[ports_ctr] ll
  565: call bpf_map_lookup_elem#1
  566: if r0 == 0x0 goto +9 <L576>
  567: r1 = *(u64 *)(r0 +0)
  568: r1 += 1
  569: *(u64 *)(r0 +0) = r1
  570: r2 = *(u32 *)(r6 +4)
  571: r3 = *(u32 *)(r6 +0)
  572: r2 -= r3
  573: r1 = *(u64 *)(r0 +8)
  574: r1 += r2
  575: *(u64 *)(r0 +8) = r1
L576:
  576: r0 = 1
  577: exit
L578:
  578: r2 = r10
  579: r2 += -32
  580: r1 = map[ports_ctr] ll
  582: call bpf_map_lookup_elem#1
  583: if r0 == 0x0 goto +9 <L593>
  584: r1 = *(u64 *)(r0 +0)
  585: r1 += 1
  586: *(u64 *)(r0 +0) = r1
  587: r2 = *(u32 *)(r6 +4)
  588: r3 = *(u32 *)(r6 +0)
  589: r2 -= r3
  590: r1 = *(u64 *)(r0 +8)
  591: r1 += r2
  592: *(u64 *)(r0 +8) = r1
L593:
  593: r0 = 2
  594: exit
