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
  insns    588

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
   12: if r4 > r3 goto +508 <L521>
   13: r1 = *(u16 *)(r2 +12)
   14: if r1 == 0x81 goto +1 <L16>
   15: if r1 != 0xa888 goto +12 <L28>
L16:
   16: r0 = r4
   17: r0 += 4
   18: if r0 > r3 goto +502 <L521>
   19: r1 = *(u16 *)(r4 +2)
   20: r4 = r0
   21: if r1 == 0x81 goto +1 <L23>
   22: if r1 != 0xa888 goto +5 <L28>
L23:
   23: r0 = r4
   24: r0 += 4
   25: if r0 > r3 goto +495 <L521>
   26: r1 = *(u16 *)(r4 +2)
   27: r4 = r0
L28:
   28: if r1 == 0x8 goto +2 <L31>
   29: if r1 == 0xdd86 goto +20 <L50>
   30: goto +490 <L521>
L31:
   31: r0 = r4
   32: r0 += 20
   33: if r0 > r3 goto +487 <L521>
   34: r1 = *(u8 *)(r4 +0)
   35: r0 = r1
   36: r0 &= 240
   37: if r0 != 0x40 goto +483 <L521>
   38: r5 = r1
   39: r5 &= 15
   40: if r5 < 0x5 goto +480 <L521>
   41: r1 = *(u8 *)(r4 +9)
   42: r0 = *(u16 *)(r4 +6)
   43: r0 &= 65311
   44: if r0 != 0x0 goto +476 <L521>
   45: r5 <<= 2
   46: r0 = r4
   47: r0 += r5
   48: r5 = r0
   49: goto +15 <L65>
L50:
   50: r0 = r4
   51: r0 += 40
   52: if r0 > r3 goto +468 <L521>
   53: r5 = r0
   54: r1 = *(u8 *)(r4 +0)
   55: r1 &= 240
   56: if r1 != 0x60 goto +464 <L521>
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
   69: goto +451 <L521>
L70:
   70: r0 = r5
   71: r0 += 20
   72: if r0 > r3 goto +448 <L521>
   73: *(u64 *)(r10 -8) = 6
   74: r1 = *(u16 *)(r5 +2)
   75: r1 = be16 r1
   76: *(u64 *)(r10 -16) = r1
   77: goto +443 <L521>
L78:
   78: r0 = r5
   79: r0 += 8
   80: if r0 > r3 goto +440 <L521>
   81: *(u64 *)(r10 -8) = 17
   82: r1 = *(u16 *)(r5 +2)
   83: r1 = be16 r1
   84: *(u64 *)(r10 -16) = r1
   85: goto +435 <L521>
L86:
   86: r0 = r5
   87: r0 += 8
   88: if r0 > r3 goto +432 <L521>
   89: *(u64 *)(r10 -8) = 1
   90: goto +430 <L521>
L91:
   91: r0 = r5
   92: r0 += 8
   93: if r0 > r3 goto +427 <L521>
   94: *(u64 *)(r10 -8) = 58
   95: goto +425 <L521>
L96:
   96: r7 = r5
   97: r7 -= r2
   98: r8 = r1
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
  112: if r0 != 0x0 goto +407 <L520>
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
  125: if r0 != 0x0 goto +394 <L520>
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
  138: if r0 != 0x0 goto +381 <L520>
  139: r8 = *(u8 *)(r10 -64)
  140: r1 = *(u16 *)(r10 -62)
  141: r1 &= 63743
  142: if r1 != 0x0 goto +377 <L520>
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
  157: if r0 != 0x0 goto +362 <L520>
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
  170: if r0 != 0x0 goto +349 <L520>
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
  183: if r0 != 0x0 goto +336 <L520>
  184: r8 = *(u8 *)(r10 -64)
  185: r1 = *(u16 *)(r10 -62)
  186: r1 &= 63743
  187: if r1 != 0x0 goto +332 <L520>
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
  202: if r0 != 0x0 goto +317 <L520>
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
  215: if r0 != 0x0 goto +304 <L520>
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
  228: if r0 != 0x0 goto +291 <L520>
  229: r8 = *(u8 *)(r10 -64)
  230: r1 = *(u16 *)(r10 -62)
  231: r1 &= 63743
  232: if r1 != 0x0 goto +287 <L520>
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
  247: if r0 != 0x0 goto +272 <L520>
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
  260: if r0 != 0x0 goto +259 <L520>
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
  273: if r0 != 0x0 goto +246 <L520>
  274: r8 = *(u8 *)(r10 -64)
  275: r1 = *(u16 *)(r10 -62)
  276: r1 &= 63743
  277: if r1 != 0x0 goto +242 <L520>
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
  292: if r0 != 0x0 goto +227 <L520>
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
  305: if r0 != 0x0 goto +214 <L520>
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
  318: if r0 != 0x0 goto +201 <L520>
  319: r8 = *(u8 *)(r10 -64)
  320: r1 = *(u16 *)(r10 -62)
  321: r1 &= 63743
  322: if r1 != 0x0 goto +197 <L520>
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
  337: if r0 != 0x0 goto +182 <L520>
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
  350: if r0 != 0x0 goto +169 <L520>
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
  363: if r0 != 0x0 goto +156 <L520>
  364: r8 = *(u8 *)(r10 -64)
  365: r1 = *(u16 *)(r10 -62)
  366: r1 &= 63743
  367: if r1 != 0x0 goto +152 <L520>
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
  382: if r0 != 0x0 goto +137 <L520>
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
  395: if r0 != 0x0 goto +124 <L520>
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
  408: if r0 != 0x0 goto +111 <L520>
  409: r8 = *(u8 *)(r10 -64)
  410: r1 = *(u16 *)(r10 -62)
  411: r1 &= 63743
  412: if r1 != 0x0 goto +107 <L520>
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
  427: if r0 != 0x0 goto +92 <L520>
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
  440: if r0 != 0x0 goto +79 <L520>
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
  453: if r0 != 0x0 goto +66 <L520>
  454: r8 = *(u8 *)(r10 -64)
  455: r1 = *(u16 *)(r10 -62)
  456: r1 &= 63743
  457: if r1 != 0x0 goto +62 <L520>
  458: r7 += 8
L459:
  459: if r8 == 0x0 goto +60 <L520>
  460: if r8 == 0x2b goto +59 <L520>
  461: if r8 == 0x2c goto +58 <L520>
  462: if r8 == 0x33 goto +57 <L520>
  463: if r8 == 0x3c goto +56 <L520>
  464: if r8 == 0x87 goto +55 <L520>
L465:
  465: if r8 == 0x6 goto +4 <L470>
  466: if r8 == 0x11 goto +17 <L484>
  467: if r8 == 0x1 goto +30 <L498>
  468: if r8 == 0x3a goto +40 <L509>
  469: goto +51 <L521>
L470:
  470: r1 = r6
  471: r2 = r7
  472: r3 = r10
  473: r3 += -64
  474: r4 = 20
  475: call bpf_xdp_load_bytes#189
  476: if r0 != 0x0 goto +44 <L521>
  477: r0 = r10
  478: r0 += -64
  479: *(u64 *)(r10 -8) = 6
  480: r1 = *(u16 *)(r0 +2)
  481: r1 = be16 r1
  482: *(u64 *)(r10 -16) = r1
  483: goto +37 <L521>
L484:
  484: r1 = r6
  485: r2 = r7
  486: r3 = r10
  487: r3 += -64
  488: r4 = 8
  489: call bpf_xdp_load_bytes#189
  490: if r0 != 0x0 goto +30 <L521>
  491: r0 = r10
  492: r0 += -64
  493: *(u64 *)(r10 -8) = 17
  494: r1 = *(u16 *)(r0 +2)
  495: r1 = be16 r1
  496: *(u64 *)(r10 -16) = r1
  497: goto +23 <L521>
L498:
  498: r1 = r6
  499: r2 = r7
  500: r3 = r10
  501: r3 += -64
  502: r4 = 8
  503: call bpf_xdp_load_bytes#189
  504: if r0 != 0x0 goto +16 <L521>
  505: r0 = r10
  506: r0 += -64
  507: *(u64 *)(r10 -8) = 1
  508: goto +12 <L521>
L509:
  509: r1 = r6
  510: r2 = r7
  511: r3 = r10
  512: r3 += -64
  513: r4 = 8
  514: call bpf_xdp_load_bytes#189
  515: if r0 != 0x0 goto +5 <L521>
  516: r0 = r10
  517: r0 += -64
  518: *(u64 *)(r10 -8) = 58
  519: goto +1 <L521>
L520:
  520: goto +0 <L521>
L521:
  521: r7 = *(u64 *)(r10 -24)
  522: r8 = *(u64 *)(r10 -8)
  523: r9 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
  524: if w7 == 0x0 goto +4 <L529>
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L525:
  525: if w7 == 0x3 goto +6 <L532>
; rule 2 — tests/golden/asm/xdp-iface-redirect.bfr:6: rule meta.iface not lo DROP
L526:
  526: if w7 != 0x0 goto +44 <L571>
; policy — no rule matched (line info: tests/golden/asm/xdp-iface-redirect.bfr:6)
  527: *(u32 *)(r10 -40) = 2
  528: goto +44 <L573>
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
L529:
  529: if w9 != 0x35 goto -5 <L525>
  530: if w8 == 0x11 goto +4 <L535>
  531: goto -7 <L525>
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L532:
  532: if w9 != 0x50 goto -7 <L526>
  533: if w8 == 0x6 goto +19 <L553>
  534: goto -9 <L526>
; rule 0 — tests/golden/asm/xdp-iface-redirect.bfr:4: rule meta.iface eth1 udp.dport 53 counter REDIRECT eth2 out
L535:
  535: *(u32 *)(r10 -40) = 0
  536: r2 = r10
  537: r2 += -40
  538: r1 = map[steer_ctr] ll
  540: call bpf_map_lookup_elem#1
  541: if r0 == 0x0 goto +7 <L549>
  542: r1 = *(u64 *)(r0 +0)
  543: r1 += 1
  544: *(u64 *)(r0 +0) = r1
  545: r1 = *(u64 *)(r0 +8)
  546: r2 = *(u64 *)(r10 -32)
  547: r1 += r2
  548: *(u64 *)(r0 +8) = r1
L549:
  549: w1 = 0
  550: r2 = 0
  551: call bpf_redirect#23
  552: exit
; rule 1 — tests/golden/asm/xdp-iface-redirect.bfr:5: rule meta.iface 3 tcp.dport 80 counter REDIRECT 4 out
L553:
  553: *(u32 *)(r10 -40) = 1
  554: r2 = r10
  555: r2 += -40
  556: r1 = map[steer_ctr] ll
  558: call bpf_map_lookup_elem#1
  559: if r0 == 0x0 goto +7 <L567>
  560: r1 = *(u64 *)(r0 +0)
  561: r1 += 1
  562: *(u64 *)(r0 +0) = r1
  563: r1 = *(u64 *)(r0 +8)
  564: r2 = *(u64 *)(r10 -32)
  565: r1 += r2
  566: *(u64 *)(r0 +8) = r1
L567:
  567: w1 = 4
  568: r2 = 0
  569: call bpf_redirect#23
  570: exit
; shared code, entered from several rules (line info: tests/golden/asm/xdp-iface-redirect.bfr:5)
L571:
  571: r0 = 1
  572: exit
L573:
  573: r2 = r10
  574: r2 += -40
  575: r1 = map[steer_ctr] ll
  577: call bpf_map_lookup_elem#1
  578: if r0 == 0x0 goto +7 <L586>
  579: r1 = *(u64 *)(r0 +0)
  580: r1 += 1
  581: *(u64 *)(r0 +0) = r1
  582: r1 = *(u64 *)(r0 +8)
  583: r2 = *(u64 *)(r10 -32)
  584: r1 += r2
  585: *(u64 *)(r0 +8) = r1
L586:
  586: r0 = 2
  587: exit
