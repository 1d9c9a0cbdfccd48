; 1 program(s), 0 sub-program(s), 7 map(s) from tests/golden/asm/xdp-sets.bfr

chain sets
  hook     BF_HOOK_XDP
  section  xdp
  attach   BPF_XDP (37)
  program  sets
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    659

  map           type          key  value  max_entries  flags  elements  role
  sets_ctr      percpu_array    4     16            6  0x0           -  counters
  sets_later    hash            4      1         1024  0x0           0  set later
  sets_blocked  hash            4      1         1024  0x0           3  set blocked
  sets_svc      hash            6      1         1024  0x0           2  set svc
  sets_nets     lpm_trie        8      1         1024  0x1           2  set nets
  sets_nets6    lpm_trie       20      1         1024  0x1           1  set nets6
  sets_anon0    hash            2      1         1024  0x0           2  set anon0

; tests/golden/asm/xdp-sets.bfr:3: chain sets BF_HOOK_XDP ACCEPT
    0: r6 = r1
    1: r2 = *(u32 *)(r6 +0)
    2: r3 = *(u32 *)(r6 +4)
    3: *(u64 *)(r10 -16) = 256
    4: *(u64 *)(r10 -56) = 65536
    5: *(u64 *)(r10 -8) = 0
    6: *(u64 *)(r10 -48) = 0
    7: *(u64 *)(r10 -40) = 0
    8: r1 = 0x100000000 ll
   10: *(u64 *)(r10 -24) = r1
   11: *(u64 *)(r10 -32) = r1
   12: r4 = r2
   13: r4 += 14
   14: if r4 > r3 goto +520 <L535>
   15: r1 = *(u16 *)(r2 +12)
   16: if r1 == 0x81 goto +1 <L18>
   17: if r1 != 0xa888 goto +12 <L30>
L18:
   18: r0 = r4
   19: r0 += 4
   20: if r0 > r3 goto +514 <L535>
   21: r1 = *(u16 *)(r4 +2)
   22: r4 = r0
   23: if r1 == 0x81 goto +1 <L25>
   24: if r1 != 0xa888 goto +5 <L30>
L25:
   25: r0 = r4
   26: r0 += 4
   27: if r0 > r3 goto +507 <L535>
   28: r1 = *(u16 *)(r4 +2)
   29: r4 = r0
L30:
   30: if r1 == 0x8 goto +2 <L33>
   31: if r1 == 0xdd86 goto +29 <L61>
   32: goto +502 <L535>
L33:
   33: r0 = r4
   34: r0 += 20
   35: if r0 > r3 goto +499 <L535>
   36: r1 = *(u8 *)(r4 +0)
   37: r0 = r1
   38: r0 &= 240
   39: if r0 != 0x40 goto +495 <L535>
   40: r5 = r1
   41: r5 &= 15
   42: if r5 < 0x5 goto +492 <L535>
   43: *(u64 *)(r10 -8) = 4
   44: r1 = *(u32 *)(r4 +12)
   45: r1 <<= 32
   46: r1 s>>= 32
   47: *(u64 *)(r10 -24) = r1
   48: r1 = *(u32 *)(r4 +16)
   49: r1 <<= 32
   50: r1 s>>= 32
   51: *(u64 *)(r10 -32) = r1
   52: r1 = *(u8 *)(r4 +9)
   53: r0 = *(u16 *)(r4 +6)
   54: r0 &= 65311
   55: if r0 != 0x0 goto +479 <L535>
   56: r5 <<= 2
   57: r0 = r4
   58: r0 += r5
   59: r5 = r0
   60: goto +19 <L80>
L61:
   61: r0 = r4
   62: r0 += 40
   63: if r0 > r3 goto +471 <L535>
   64: r5 = r0
   65: r1 = *(u8 *)(r4 +0)
   66: r1 &= 240
   67: if r1 != 0x60 goto +467 <L535>
   68: *(u64 *)(r10 -8) = 6
   69: r1 = *(u64 *)(r4 +8)
   70: *(u64 *)(r10 -48) = r1
   71: r1 = *(u64 *)(r4 +16)
   72: *(u64 *)(r10 -40) = r1
   73: r1 = *(u8 *)(r4 +6)
   74: if r1 == 0x0 goto +36 <L111>
   75: if r1 == 0x2b goto +35 <L111>
   76: if r1 == 0x2c goto +34 <L111>
   77: if r1 == 0x33 goto +33 <L111>
   78: if r1 == 0x3c goto +32 <L111>
   79: if r1 == 0x87 goto +31 <L111>
L80:
   80: if r1 == 0x6 goto +4 <L85>
   81: if r1 == 0x11 goto +11 <L93>
   82: if r1 == 0x1 goto +18 <L101>
   83: if r1 == 0x3a goto +22 <L106>
   84: goto +450 <L535>
L85:
   85: r0 = r5
   86: r0 += 20
   87: if r0 > r3 goto +447 <L535>
   88: *(u64 *)(r10 -16) = 6
   89: r1 = *(u16 *)(r5 +2)
   90: r1 = be16 r1
   91: *(u64 *)(r10 -56) = r1
   92: goto +442 <L535>
L93:
   93: r0 = r5
   94: r0 += 8
   95: if r0 > r3 goto +439 <L535>
   96: *(u64 *)(r10 -16) = 17
   97: r1 = *(u16 *)(r5 +2)
   98: r1 = be16 r1
   99: *(u64 *)(r10 -56) = r1
  100: goto +434 <L535>
L101:
  101: r0 = r5
  102: r0 += 8
  103: if r0 > r3 goto +431 <L535>
  104: *(u64 *)(r10 -16) = 1
  105: goto +429 <L535>
L106:
  106: r0 = r5
  107: r0 += 8
  108: if r0 > r3 goto +426 <L535>
  109: *(u64 *)(r10 -16) = 58
  110: goto +424 <L535>
L111:
  111: r7 = r5
  112: r7 -= r2
  113: r8 = r1
  114: if r8 == 0x2c goto +32 <L147>
  115: if r8 == 0x33 goto +18 <L134>
  116: if r8 == 0x0 goto +4 <L121>
  117: if r8 == 0x2b goto +3 <L121>
  118: if r8 == 0x3c goto +2 <L121>
  119: if r8 == 0x87 goto +1 <L121>
  120: goto +359 <L480>
L121:
  121: r1 = r6
  122: r2 = r7
  123: r3 = r10
  124: r3 += -112
  125: r4 = 2
  126: call bpf_xdp_load_bytes#189
  127: if r0 != 0x0 goto +407 <L535>
  128: r8 = *(u8 *)(r10 -112)
  129: r1 = *(u8 *)(r10 -111)
  130: r1 += 1
  131: r1 <<= 3
  132: r7 += r1
  133: goto +25 <L159>
L134:
  134: r1 = r6
  135: r2 = r7
  136: r3 = r10
  137: r3 += -112
  138: r4 = 2
  139: call bpf_xdp_load_bytes#189
  140: if r0 != 0x0 goto +394 <L535>
  141: r8 = *(u8 *)(r10 -112)
  142: r1 = *(u8 *)(r10 -111)
  143: r1 += 2
  144: r1 <<= 2
  145: r7 += r1
  146: goto +12 <L159>
L147:
  147: r1 = r6
  148: r2 = r7
  149: r3 = r10
  150: r3 += -112
  151: r4 = 4
  152: call bpf_xdp_load_bytes#189
  153: if r0 != 0x0 goto +381 <L535>
  154: r8 = *(u8 *)(r10 -112)
  155: r1 = *(u16 *)(r10 -110)
  156: r1 &= 63743
  157: if r1 != 0x0 goto +377 <L535>
  158: r7 += 8
L159:
  159: if r8 == 0x2c goto +32 <L192>
  160: if r8 == 0x33 goto +18 <L179>
  161: if r8 == 0x0 goto +4 <L166>
  162: if r8 == 0x2b goto +3 <L166>
  163: if r8 == 0x3c goto +2 <L166>
  164: if r8 == 0x87 goto +1 <L166>
  165: goto +314 <L480>
L166:
  166: r1 = r6
  167: r2 = r7
  168: r3 = r10
  169: r3 += -112
  170: r4 = 2
  171: call bpf_xdp_load_bytes#189
  172: if r0 != 0x0 goto +362 <L535>
  173: r8 = *(u8 *)(r10 -112)
  174: r1 = *(u8 *)(r10 -111)
  175: r1 += 1
  176: r1 <<= 3
  177: r7 += r1
  178: goto +25 <L204>
L179:
  179: r1 = r6
  180: r2 = r7
  181: r3 = r10
  182: r3 += -112
  183: r4 = 2
  184: call bpf_xdp_load_bytes#189
  185: if r0 != 0x0 goto +349 <L535>
  186: r8 = *(u8 *)(r10 -112)
  187: r1 = *(u8 *)(r10 -111)
  188: r1 += 2
  189: r1 <<= 2
  190: r7 += r1
  191: goto +12 <L204>
L192:
  192: r1 = r6
  193: r2 = r7
  194: r3 = r10
  195: r3 += -112
  196: r4 = 4
  197: call bpf_xdp_load_bytes#189
  198: if r0 != 0x0 goto +336 <L535>
  199: r8 = *(u8 *)(r10 -112)
  200: r1 = *(u16 *)(r10 -110)
  201: r1 &= 63743
  202: if r1 != 0x0 goto +332 <L535>
  203: r7 += 8
L204:
  204: if r8 == 0x2c goto +32 <L237>
  205: if r8 == 0x33 goto +18 <L224>
  206: if r8 == 0x0 goto +4 <L211>
  207: if r8 == 0x2b goto +3 <L211>
  208: if r8 == 0x3c goto +2 <L211>
  209: if r8 == 0x87 goto +1 <L211>
  210: goto +269 <L480>
L211:
  211: r1 = r6
  212: r2 = r7
  213: r3 = r10
  214: r3 += -112
  215: r4 = 2
  216: call bpf_xdp_load_bytes#189
  217: if r0 != 0x0 goto +317 <L535>
  218: r8 = *(u8 *)(r10 -112)
  219: r1 = *(u8 *)(r10 -111)
  220: r1 += 1
  221: r1 <<= 3
  222: r7 += r1
  223: goto +25 <L249>
L224:
  224: r1 = r6
  225: r2 = r7
  226: r3 = r10
  227: r3 += -112
  228: r4 = 2
  229: call bpf_xdp_load_bytes#189
  230: if r0 != 0x0 goto +304 <L535>
  231: r8 = *(u8 *)(r10 -112)
  232: r1 = *(u8 *)(r10 -111)
  233: r1 += 2
  234: r1 <<= 2
  235: r7 += r1
  236: goto +12 <L249>
L237:
  237: r1 = r6
  238: r2 = r7
  239: r3 = r10
  240: r3 += -112
  241: r4 = 4
  242: call bpf_xdp_load_bytes#189
  243: if r0 != 0x0 goto +291 <L535>
  244: r8 = *(u8 *)(r10 -112)
  245: r1 = *(u16 *)(r10 -110)
  246: r1 &= 63743
  247: if r1 != 0x0 goto +287 <L535>
  248: r7 += 8
L249:
  249: if r8 == 0x2c goto +32 <L282>
  250: if r8 == 0x33 goto +18 <L269>
  251: if r8 == 0x0 goto +4 <L256>
  252: if r8 == 0x2b goto +3 <L256>
  253: if r8 == 0x3c goto +2 <L256>
  254: if r8 == 0x87 goto +1 <L256>
  255: goto +224 <L480>
L256:
  256: r1 = r6
  257: r2 = r7
  258: r3 = r10
  259: r3 += -112
  260: r4 = 2
  261: call bpf_xdp_load_bytes#189
  262: if r0 != 0x0 goto +272 <L535>
  263: r8 = *(u8 *)(r10 -112)
  264: r1 = *(u8 *)(r10 -111)
  265: r1 += 1
  266: r1 <<= 3
  267: r7 += r1
  268: goto +25 <L294>
L269:
  269: r1 = r6
  270: r2 = r7
  271: r3 = r10
  272: r3 += -112
  273: r4 = 2
  274: call bpf_xdp_load_bytes#189
  275: if r0 != 0x0 goto +259 <L535>
  276: r8 = *(u8 *)(r10 -112)
  277: r1 = *(u8 *)(r10 -111)
  278: r1 += 2
  279: r1 <<= 2
  280: r7 += r1
  281: goto +12 <L294>
L282:
  282: r1 = r6
  283: r2 = r7
  284: r3 = r10
  285: r3 += -112
  286: r4 = 4
  287: call bpf_xdp_load_bytes#189
  288: if r0 != 0x0 goto +246 <L535>
  289: r8 = *(u8 *)(r10 -112)
  290: r1 = *(u16 *)(r10 -110)
  291: r1 &= 63743
  292: if r1 != 0x0 goto +242 <L535>
  293: r7 += 8
L294:
  294: if r8 == 0x2c goto +32 <L327>
  295: if r8 == 0x33 goto +18 <L314>
  296: if r8 == 0x0 goto +4 <L301>
  297: if r8 == 0x2b goto +3 <L301>
  298: if r8 == 0x3c goto +2 <L301>
  299: if r8 == 0x87 goto +1 <L301>
  300: goto +179 <L480>
L301:
  301: r1 = r6
  302: r2 = r7
  303: r3 = r10
  304: r3 += -112
  305: r4 = 2
  306: call bpf_xdp_load_bytes#189
  307: if r0 != 0x0 goto +227 <L535>
  308: r8 = *(u8 *)(r10 -112)
  309: r1 = *(u8 *)(r10 -111)
  310: r1 += 1
  311: r1 <<= 3
  312: r7 += r1
  313: goto +25 <L339>
L314:
  314: r1 = r6
  315: r2 = r7
  316: r3 = r10
  317: r3 += -112
  318: r4 = 2
  319: call bpf_xdp_load_bytes#189
  320: if r0 != 0x0 goto +214 <L535>
  321: r8 = *(u8 *)(r10 -112)
  322: r1 = *(u8 *)(r10 -111)
  323: r1 += 2
  324: r1 <<= 2
  325: r7 += r1
  326: goto +12 <L339>
L327:
  327: r1 = r6
  328: r2 = r7
  329: r3 = r10
  330: r3 += -112
  331: r4 = 4
  332: call bpf_xdp_load_bytes#189
  333: if r0 != 0x0 goto +201 <L535>
  334: r8 = *(u8 *)(r10 -112)
  335: r1 = *(u16 *)(r10 -110)
  336: r1 &= 63743
  337: if r1 != 0x0 goto +197 <L535>
  338: r7 += 8
L339:
  339: if r8 == 0x2c goto +32 <L372>
  340: if r8 == 0x33 goto +18 <L359>
  341: if r8 == 0x0 goto +4 <L346>
  342: if r8 == 0x2b goto +3 <L346>
  343: if r8 == 0x3c goto +2 <L346>
  344: if r8 == 0x87 goto +1 <L346>
  345: goto +134 <L480>
L346:
  346: r1 = r6
  347: r2 = r7
  348: r3 = r10
  349: r3 += -112
  350: r4 = 2
  351: call bpf_xdp_load_bytes#189
  352: if r0 != 0x0 goto +182 <L535>
  353: r8 = *(u8 *)(r10 -112)
  354: r1 = *(u8 *)(r10 -111)
  355: r1 += 1
  356: r1 <<= 3
  357: r7 += r1
  358: goto +25 <L384>
L359:
  359: r1 = r6
  360: r2 = r7
  361: r3 = r10
  362: r3 += -112
  363: r4 = 2
  364: call bpf_xdp_load_bytes#189
  365: if r0 != 0x0 goto +169 <L535>
  366: r8 = *(u8 *)(r10 -112)
  367: r1 = *(u8 *)(r10 -111)
  368: r1 += 2
  369: r1 <<= 2
  370: r7 += r1
  371: goto +12 <L384>
L372:
  372: r1 = r6
  373: r2 = r7
  374: r3 = r10
  375: r3 += -112
  376: r4 = 4
  377: call bpf_xdp_load_bytes#189
  378: if r0 != 0x0 goto +156 <L535>
  379: r8 = *(u8 *)(r10 -112)
  380: r1 = *(u16 *)(r10 -110)
  381: r1 &= 63743
  382: if r1 != 0x0 goto +152 <L535>
  383: r7 += 8
L384:
  384: if r8 == 0x2c goto +32 <L417>
  385: if r8 == 0x33 goto +18 <L404>
  386: if r8 == 0x0 goto +4 <L391>
  387: if r8 == 0x2b goto +3 <L391>
  388: if r8 == 0x3c goto +2 <L391>
  389: if r8 == 0x87 goto +1 <L391>
  390: goto +89 <L480>
L391:
  391: r1 = r6
  392: r2 = r7
  393: r3 = r10
  394: r3 += -112
  395: r4 = 2
  396: call bpf_xdp_load_bytes#189
  397: if r0 != 0x0 goto +137 <L535>
  398: r8 = *(u8 *)(r10 -112)
  399: r1 = *(u8 *)(r10 -111)
  400: r1 += 1
  401: r1 <<= 3
  402: r7 += r1
  403: goto +25 <L429>
L404:
  404: r1 = r6
  405: r2 = r7
  406: r3 = r10
  407: r3 += -112
  408: r4 = 2
  409: call bpf_xdp_load_bytes#189
  410: if r0 != 0x0 goto +124 <L535>
  411: r8 = *(u8 *)(r10 -112)
  412: r1 = *(u8 *)(r10 -111)
  413: r1 += 2
  414: r1 <<= 2
  415: r7 += r1
  416: goto +12 <L429>
L417:
  417: r1 = r6
  418: r2 = r7
  419: r3 = r10
  420: r3 += -112
  421: r4 = 4
  422: call bpf_xdp_load_bytes#189
  423: if r0 != 0x0 goto +111 <L535>
  424: r8 = *(u8 *)(r10 -112)
  425: r1 = *(u16 *)(r10 -110)
  426: r1 &= 63743
  427: if r1 != 0x0 goto +107 <L535>
  428: r7 += 8
L429:
  429: if r8 == 0x2c goto +32 <L462>
  430: if r8 == 0x33 goto +18 <L449>
  431: if r8 == 0x0 goto +4 <L436>
  432: if r8 == 0x2b goto +3 <L436>
  433: if r8 == 0x3c goto +2 <L436>
  434: if r8 == 0x87 goto +1 <L436>
  435: goto +44 <L480>
L436:
  436: r1 = r6
  437: r2 = r7
  438: r3 = r10
  439: r3 += -112
  440: r4 = 2
  441: call bpf_xdp_load_bytes#189
  442: if r0 != 0x0 goto +92 <L535>
  443: r8 = *(u8 *)(r10 -112)
  444: r1 = *(u8 *)(r10 -111)
  445: r1 += 1
  446: r1 <<= 3
  447: r7 += r1
  448: goto +25 <L474>
L449:
  449: r1 = r6
  450: r2 = r7
  451: r3 = r10
  452: r3 += -112
  453: r4 = 2
  454: call bpf_xdp_load_bytes#189
  455: if r0 != 0x0 goto +79 <L535>
  456: r8 = *(u8 *)(r10 -112)
  457: r1 = *(u8 *)(r10 -111)
  458: r1 += 2
  459: r1 <<= 2
  460: r7 += r1
  461: goto +12 <L474>
L462:
  462: r1 = r6
  463: r2 = r7
  464: r3 = r10
  465: r3 += -112
  466: r4 = 4
  467: call bpf_xdp_load_bytes#189
  468: if r0 != 0x0 goto +66 <L535>
  469: r8 = *(u8 *)(r10 -112)
  470: r1 = *(u16 *)(r10 -110)
  471: r1 &= 63743
  472: if r1 != 0x0 goto +62 <L535>
  473: r7 += 8
L474:
  474: if r8 == 0x0 goto +60 <L535>
  475: if r8 == 0x2b goto +59 <L535>
  476: if r8 == 0x2c goto +58 <L535>
  477: if r8 == 0x33 goto +57 <L535>
  478: if r8 == 0x3c goto +56 <L535>
  479: if r8 == 0x87 goto +55 <L535>
L480:
  480: if r8 == 0x6 goto +4 <L485>
  481: if r8 == 0x11 goto +17 <L499>
  482: if r8 == 0x1 goto +30 <L513>
  483: if r8 == 0x3a goto +40 <L524>
  484: goto +50 <L535>
L485:
  485: r1 = r6
  486: r2 = r7
  487: r3 = r10
  488: r3 += -112
  489: r4 = 20
  490: call bpf_xdp_load_bytes#189
  491: if r0 != 0x0 goto +43 <L535>
  492: r0 = r10
  493: r0 += -112
  494: *(u64 *)(r10 -16) = 6
  495: r1 = *(u16 *)(r0 +2)
  496: r1 = be16 r1
  497: *(u64 *)(r10 -56) = r1
  498: goto +36 <L535>
L499:
  499: r1 = r6
  500: r2 = r7
  501: r3 = r10
  502: r3 += -112
  503: r4 = 8
  504: call bpf_xdp_load_bytes#189
  505: if r0 != 0x0 goto +29 <L535>
  506: r0 = r10
  507: r0 += -112
  508: *(u64 *)(r10 -16) = 17
  509: r1 = *(u16 *)(r0 +2)
  510: r1 = be16 r1
  511: *(u64 *)(r10 -56) = r1
  512: goto +22 <L535>
L513:
  513: r1 = r6
  514: r2 = r7
  515: r3 = r10
  516: r3 += -112
  517: r4 = 8
  518: call bpf_xdp_load_bytes#189
  519: if r0 != 0x0 goto +15 <L535>
  520: r0 = r10
  521: r0 += -112
  522: *(u64 *)(r10 -16) = 1
  523: goto +11 <L535>
L524:
  524: r1 = r6
  525: r2 = r7
  526: r3 = r10
  527: r3 += -112
  528: r4 = 8
  529: call bpf_xdp_load_bytes#189
  530: if r0 != 0x0 goto +4 <L535>
  531: r0 = r10
  532: r0 += -112
  533: *(u64 *)(r10 -16) = 58
  534: goto +0 <L535>
L535:
  535: r7 = *(u64 *)(r10 -8)
  536: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
  537: if w7 == 0x4 goto +6 <L544>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L538:
  538: if w7 == 0x4 goto +14 <L553>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L539:
  539: if w7 == 0x4 goto +22 <L562>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L540:
  540: if w7 == 0x4 goto +35 <L576>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L541:
  541: if w7 == 0x6 goto +44 <L586>
; policy — no rule matched (line info: tests/golden/asm/xdp-sets.bfr:16)
L542:
  542: *(u32 *)(r10 -64) = 5
  543: goto +98 <L642>
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
L544:
  544: r1 = *(u64 *)(r10 -24)
  545: *(u32 *)(r10 -88) = r1
  546: r1 = map[sets_later] ll
  548: r2 = r10
  549: r2 += -88
  550: call bpf_map_lookup_elem#1
  551: if r0 != 0x0 goto +63 <L615>
  552: goto -15 <L538>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L553:
  553: r1 = *(u64 *)(r10 -24)
  554: *(u32 *)(r10 -88) = r1
  555: r1 = map[sets_blocked] ll
  557: r2 = r10
  558: r2 += -88
  559: call bpf_map_lookup_elem#1
  560: if r0 != 0x0 goto +56 <L617>
  561: goto -23 <L539>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L562:
  562: if w8 != 0x6 goto -23 <L540>
  563: r1 = *(u64 *)(r10 -32)
  564: *(u32 *)(r10 -88) = r1
  565: r2 = *(u64 *)(r10 -56)
  566: r0 = r2
  567: r0 = be16 r0
  568: *(u16 *)(r10 -84) = r0
  569: r1 = map[sets_svc] ll
  571: r2 = r10
  572: r2 += -88
  573: call bpf_map_lookup_elem#1
  574: if r0 != 0x0 goto +44 <L619>
  575: goto -36 <L540>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L576:
  576: *(u32 *)(r10 -88) = 32
  577: r1 = *(u64 *)(r10 -24)
  578: *(u32 *)(r10 -84) = r1
  579: r1 = map[sets_nets] ll
  581: r2 = r10
  582: r2 += -88
  583: call bpf_map_lookup_elem#1
  584: if r0 != 0x0 goto +36 <L621>
  585: goto -45 <L541>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L586:
  586: if w8 != 0x11 goto -45 <L542>
  587: r1 = *(u64 *)(r10 -56)
  588: r0 = r1
  589: r0 = be16 r0
  590: *(u16 *)(r10 -88) = r0
  591: r1 = map[sets_anon0] ll
  593: r2 = r10
  594: r2 += -88
  595: call bpf_map_lookup_elem#1
  596: if r0 == 0x0 goto -55 <L542>
  597: *(u32 *)(r10 -88) = 128
  598: r1 = *(u64 *)(r10 -48)
  599: r0 = r1
  600: *(u32 *)(r10 -84) = r0
  601: r0 >>= 32
  602: *(u32 *)(r10 -80) = r0
  603: r2 = *(u64 *)(r10 -40)
  604: r0 = r2
  605: *(u32 *)(r10 -76) = r0
  606: r0 >>= 32
  607: *(u32 *)(r10 -72) = r0
  608: r1 = map[sets_nets6] ll
  610: r2 = r10
  611: r2 += -88
  612: call bpf_map_lookup_elem#1
  613: if r0 == 0x0 goto +9 <L623>
  614: goto -73 <L542>
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
L615:
  615: *(u32 *)(r10 -64) = 0
  616: goto +8 <L625>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L617:
  617: *(u32 *)(r10 -64) = 1
  618: goto +6 <L625>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L619:
  619: *(u32 *)(r10 -64) = 2
  620: goto +21 <L642>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L621:
  621: *(u32 *)(r10 -64) = 3
  622: goto +2 <L625>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L623:
  623: *(u32 *)(r10 -64) = 4
  624: goto +17 <L642>
; shared code: counters and verdicts (line info: tests/golden/asm/xdp-sets.bfr:16)
L625:
  625: r2 = r10
  626: r2 += -64
  627: r1 = map[sets_ctr] ll
  629: call bpf_map_lookup_elem#1
  630: if r0 == 0x0 goto +9 <L640>
  631: r1 = *(u64 *)(r0 +0)
  632: r1 += 1
  633: *(u64 *)(r0 +0) = r1
  634: r2 = *(u32 *)(r6 +4)
  635: r3 = *(u32 *)(r6 +0)
  636: r2 -= r3
  637: r1 = *(u64 *)(r0 +8)
  638: r1 += r2
  639: *(u64 *)(r0 +8) = r1
L640:
  640: r0 = 1
  641: exit
L642:
  642: r2 = r10
  643: r2 += -64
  644: r1 = map[sets_ctr] ll
  646: call bpf_map_lookup_elem#1
  647: if r0 == 0x0 goto +9 <L657>
  648: r1 = *(u64 *)(r0 +0)
  649: r1 += 1
  650: *(u64 *)(r0 +0) = r1
  651: r2 = *(u32 *)(r6 +4)
  652: r3 = *(u32 *)(r6 +0)
  653: r2 -= r3
  654: r1 = *(u64 *)(r0 +8)
  655: r1 += r2
  656: *(u64 *)(r0 +8) = r1
L657:
  657: r0 = 2
  658: exit
