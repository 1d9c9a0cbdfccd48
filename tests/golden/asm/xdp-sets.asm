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
  insns    654

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
    3: r1 = r3
    4: r1 -= r2
    5: *(u64 *)(r10 -64) = r1
    6: *(u64 *)(r10 -16) = 256
    7: *(u64 *)(r10 -56) = 65536
    8: *(u64 *)(r10 -8) = 0
    9: r1 = 0x100000000 ll
   11: *(u64 *)(r10 -24) = r1
   12: *(u64 *)(r10 -32) = r1
   13: r4 = r2
   14: r4 += 14
   15: if r4 > r3 goto +523 <L539>
   16: r1 = *(u16 *)(r2 +12)
   17: if r1 == 0x81 goto +1 <L19>
   18: if r1 != 0xa888 goto +12 <L31>
L19:
   19: r0 = r4
   20: r0 += 4
   21: if r0 > r3 goto +517 <L539>
   22: r1 = *(u16 *)(r4 +2)
   23: r4 = r0
   24: if r1 == 0x81 goto +1 <L26>
   25: if r1 != 0xa888 goto +5 <L31>
L26:
   26: r0 = r4
   27: r0 += 4
   28: if r0 > r3 goto +510 <L539>
   29: r1 = *(u16 *)(r4 +2)
   30: r4 = r0
L31:
   31: if r1 == 0x8 goto +2 <L34>
   32: if r1 == 0xdd86 goto +29 <L62>
   33: goto +505 <L539>
L34:
   34: r0 = r4
   35: r0 += 20
   36: if r0 > r3 goto +502 <L539>
   37: r1 = *(u8 *)(r4 +0)
   38: r0 = r1
   39: r0 &= 240
   40: if r0 != 0x40 goto +498 <L539>
   41: r5 = r1
   42: r5 &= 15
   43: if r5 < 0x5 goto +495 <L539>
   44: *(u64 *)(r10 -8) = 4
   45: r1 = *(u32 *)(r4 +12)
   46: r1 <<= 32
   47: r1 s>>= 32
   48: *(u64 *)(r10 -24) = r1
   49: r1 = *(u32 *)(r4 +16)
   50: r1 <<= 32
   51: r1 s>>= 32
   52: *(u64 *)(r10 -32) = r1
   53: r1 = *(u8 *)(r4 +9)
   54: r0 = *(u16 *)(r4 +6)
   55: r0 &= 65311
   56: if r0 != 0x0 goto +482 <L539>
   57: r5 <<= 2
   58: r0 = r4
   59: r0 += r5
   60: r5 = r0
   61: goto +20 <L82>
L62:
   62: r0 = r4
   63: r0 += 40
   64: if r0 > r3 goto +474 <L539>
   65: r5 = r0
   66: r1 = *(u8 *)(r4 +0)
   67: r1 &= 240
   68: if r1 != 0x60 goto +470 <L539>
   69: *(u64 *)(r10 -8) = 6
   70: r1 = *(u64 *)(r4 +8)
   71: *(u64 *)(r10 -48) = r1
   72: r1 = *(u64 *)(r4 +16)
   73: *(u64 *)(r10 -40) = r1
   74: r1 = *(u8 *)(r4 +6)
   75: if r1 == 0x0 goto +37 <L113>
   76: if r1 == 0x2b goto +36 <L113>
   77: if r1 == 0x2c goto +35 <L113>
   78: if r1 == 0x33 goto +34 <L113>
   79: if r1 == 0x3c goto +33 <L113>
   80: if r1 == 0x87 goto +32 <L113>
   81: goto +0 <L82>
L82:
   82: if r1 == 0x6 goto +4 <L87>
   83: if r1 == 0x11 goto +11 <L95>
   84: if r1 == 0x1 goto +18 <L103>
   85: if r1 == 0x3a goto +22 <L108>
   86: goto +452 <L539>
L87:
   87: r0 = r5
   88: r0 += 20
   89: if r0 > r3 goto +449 <L539>
   90: *(u64 *)(r10 -16) = 6
   91: r1 = *(u16 *)(r5 +2)
   92: r1 = be16 r1
   93: *(u64 *)(r10 -56) = r1
   94: goto +444 <L539>
L95:
   95: r0 = r5
   96: r0 += 8
   97: if r0 > r3 goto +441 <L539>
   98: *(u64 *)(r10 -16) = 17
   99: r1 = *(u16 *)(r5 +2)
  100: r1 = be16 r1
  101: *(u64 *)(r10 -56) = r1
  102: goto +436 <L539>
L103:
  103: r0 = r5
  104: r0 += 8
  105: if r0 > r3 goto +433 <L539>
  106: *(u64 *)(r10 -16) = 1
  107: goto +431 <L539>
L108:
  108: r0 = r5
  109: r0 += 8
  110: if r0 > r3 goto +428 <L539>
  111: *(u64 *)(r10 -16) = 58
  112: goto +426 <L539>
L113:
  113: r7 = r5
  114: r7 -= r2
  115: r8 = r1
  116: r9 = 0
  117: if r8 == 0x2c goto +32 <L150>
  118: if r8 == 0x33 goto +18 <L137>
  119: if r8 == 0x0 goto +4 <L124>
  120: if r8 == 0x2b goto +3 <L124>
  121: if r8 == 0x3c goto +2 <L124>
  122: if r8 == 0x87 goto +1 <L124>
  123: goto +359 <L483>
L124:
  124: r1 = r6
  125: r2 = r7
  126: r3 = r10
  127: r3 += -120
  128: r4 = 2
  129: call bpf_xdp_load_bytes#189
  130: if r0 != 0x0 goto +407 <L538>
  131: r8 = *(u8 *)(r10 -120)
  132: r1 = *(u8 *)(r10 -119)
  133: r1 += 1
  134: r1 <<= 3
  135: r7 += r1
  136: goto +25 <L162>
L137:
  137: r1 = r6
  138: r2 = r7
  139: r3 = r10
  140: r3 += -120
  141: r4 = 2
  142: call bpf_xdp_load_bytes#189
  143: if r0 != 0x0 goto +394 <L538>
  144: r8 = *(u8 *)(r10 -120)
  145: r1 = *(u8 *)(r10 -119)
  146: r1 += 2
  147: r1 <<= 2
  148: r7 += r1
  149: goto +12 <L162>
L150:
  150: r1 = r6
  151: r2 = r7
  152: r3 = r10
  153: r3 += -120
  154: r4 = 4
  155: call bpf_xdp_load_bytes#189
  156: if r0 != 0x0 goto +381 <L538>
  157: r8 = *(u8 *)(r10 -120)
  158: r1 = *(u16 *)(r10 -118)
  159: r1 &= 63743
  160: if r1 != 0x0 goto +377 <L538>
  161: r7 += 8
L162:
  162: if r8 == 0x2c goto +32 <L195>
  163: if r8 == 0x33 goto +18 <L182>
  164: if r8 == 0x0 goto +4 <L169>
  165: if r8 == 0x2b goto +3 <L169>
  166: if r8 == 0x3c goto +2 <L169>
  167: if r8 == 0x87 goto +1 <L169>
  168: goto +314 <L483>
L169:
  169: r1 = r6
  170: r2 = r7
  171: r3 = r10
  172: r3 += -120
  173: r4 = 2
  174: call bpf_xdp_load_bytes#189
  175: if r0 != 0x0 goto +362 <L538>
  176: r8 = *(u8 *)(r10 -120)
  177: r1 = *(u8 *)(r10 -119)
  178: r1 += 1
  179: r1 <<= 3
  180: r7 += r1
  181: goto +25 <L207>
L182:
  182: r1 = r6
  183: r2 = r7
  184: r3 = r10
  185: r3 += -120
  186: r4 = 2
  187: call bpf_xdp_load_bytes#189
  188: if r0 != 0x0 goto +349 <L538>
  189: r8 = *(u8 *)(r10 -120)
  190: r1 = *(u8 *)(r10 -119)
  191: r1 += 2
  192: r1 <<= 2
  193: r7 += r1
  194: goto +12 <L207>
L195:
  195: r1 = r6
  196: r2 = r7
  197: r3 = r10
  198: r3 += -120
  199: r4 = 4
  200: call bpf_xdp_load_bytes#189
  201: if r0 != 0x0 goto +336 <L538>
  202: r8 = *(u8 *)(r10 -120)
  203: r1 = *(u16 *)(r10 -118)
  204: r1 &= 63743
  205: if r1 != 0x0 goto +332 <L538>
  206: r7 += 8
L207:
  207: if r8 == 0x2c goto +32 <L240>
  208: if r8 == 0x33 goto +18 <L227>
  209: if r8 == 0x0 goto +4 <L214>
  210: if r8 == 0x2b goto +3 <L214>
  211: if r8 == 0x3c goto +2 <L214>
  212: if r8 == 0x87 goto +1 <L214>
  213: goto +269 <L483>
L214:
  214: r1 = r6
  215: r2 = r7
  216: r3 = r10
  217: r3 += -120
  218: r4 = 2
  219: call bpf_xdp_load_bytes#189
  220: if r0 != 0x0 goto +317 <L538>
  221: r8 = *(u8 *)(r10 -120)
  222: r1 = *(u8 *)(r10 -119)
  223: r1 += 1
  224: r1 <<= 3
  225: r7 += r1
  226: goto +25 <L252>
L227:
  227: r1 = r6
  228: r2 = r7
  229: r3 = r10
  230: r3 += -120
  231: r4 = 2
  232: call bpf_xdp_load_bytes#189
  233: if r0 != 0x0 goto +304 <L538>
  234: r8 = *(u8 *)(r10 -120)
  235: r1 = *(u8 *)(r10 -119)
  236: r1 += 2
  237: r1 <<= 2
  238: r7 += r1
  239: goto +12 <L252>
L240:
  240: r1 = r6
  241: r2 = r7
  242: r3 = r10
  243: r3 += -120
  244: r4 = 4
  245: call bpf_xdp_load_bytes#189
  246: if r0 != 0x0 goto +291 <L538>
  247: r8 = *(u8 *)(r10 -120)
  248: r1 = *(u16 *)(r10 -118)
  249: r1 &= 63743
  250: if r1 != 0x0 goto +287 <L538>
  251: r7 += 8
L252:
  252: if r8 == 0x2c goto +32 <L285>
  253: if r8 == 0x33 goto +18 <L272>
  254: if r8 == 0x0 goto +4 <L259>
  255: if r8 == 0x2b goto +3 <L259>
  256: if r8 == 0x3c goto +2 <L259>
  257: if r8 == 0x87 goto +1 <L259>
  258: goto +224 <L483>
L259:
  259: r1 = r6
  260: r2 = r7
  261: r3 = r10
  262: r3 += -120
  263: r4 = 2
  264: call bpf_xdp_load_bytes#189
  265: if r0 != 0x0 goto +272 <L538>
  266: r8 = *(u8 *)(r10 -120)
  267: r1 = *(u8 *)(r10 -119)
  268: r1 += 1
  269: r1 <<= 3
  270: r7 += r1
  271: goto +25 <L297>
L272:
  272: r1 = r6
  273: r2 = r7
  274: r3 = r10
  275: r3 += -120
  276: r4 = 2
  277: call bpf_xdp_load_bytes#189
  278: if r0 != 0x0 goto +259 <L538>
  279: r8 = *(u8 *)(r10 -120)
  280: r1 = *(u8 *)(r10 -119)
  281: r1 += 2
  282: r1 <<= 2
  283: r7 += r1
  284: goto +12 <L297>
L285:
  285: r1 = r6
  286: r2 = r7
  287: r3 = r10
  288: r3 += -120
  289: r4 = 4
  290: call bpf_xdp_load_bytes#189
  291: if r0 != 0x0 goto +246 <L538>
  292: r8 = *(u8 *)(r10 -120)
  293: r1 = *(u16 *)(r10 -118)
  294: r1 &= 63743
  295: if r1 != 0x0 goto +242 <L538>
  296: r7 += 8
L297:
  297: if r8 == 0x2c goto +32 <L330>
  298: if r8 == 0x33 goto +18 <L317>
  299: if r8 == 0x0 goto +4 <L304>
  300: if r8 == 0x2b goto +3 <L304>
  301: if r8 == 0x3c goto +2 <L304>
  302: if r8 == 0x87 goto +1 <L304>
  303: goto +179 <L483>
L304:
  304: r1 = r6
  305: r2 = r7
  306: r3 = r10
  307: r3 += -120
  308: r4 = 2
  309: call bpf_xdp_load_bytes#189
  310: if r0 != 0x0 goto +227 <L538>
  311: r8 = *(u8 *)(r10 -120)
  312: r1 = *(u8 *)(r10 -119)
  313: r1 += 1
  314: r1 <<= 3
  315: r7 += r1
  316: goto +25 <L342>
L317:
  317: r1 = r6
  318: r2 = r7
  319: r3 = r10
  320: r3 += -120
  321: r4 = 2
  322: call bpf_xdp_load_bytes#189
  323: if r0 != 0x0 goto +214 <L538>
  324: r8 = *(u8 *)(r10 -120)
  325: r1 = *(u8 *)(r10 -119)
  326: r1 += 2
  327: r1 <<= 2
  328: r7 += r1
  329: goto +12 <L342>
L330:
  330: r1 = r6
  331: r2 = r7
  332: r3 = r10
  333: r3 += -120
  334: r4 = 4
  335: call bpf_xdp_load_bytes#189
  336: if r0 != 0x0 goto +201 <L538>
  337: r8 = *(u8 *)(r10 -120)
  338: r1 = *(u16 *)(r10 -118)
  339: r1 &= 63743
  340: if r1 != 0x0 goto +197 <L538>
  341: r7 += 8
L342:
  342: if r8 == 0x2c goto +32 <L375>
  343: if r8 == 0x33 goto +18 <L362>
  344: if r8 == 0x0 goto +4 <L349>
  345: if r8 == 0x2b goto +3 <L349>
  346: if r8 == 0x3c goto +2 <L349>
  347: if r8 == 0x87 goto +1 <L349>
  348: goto +134 <L483>
L349:
  349: r1 = r6
  350: r2 = r7
  351: r3 = r10
  352: r3 += -120
  353: r4 = 2
  354: call bpf_xdp_load_bytes#189
  355: if r0 != 0x0 goto +182 <L538>
  356: r8 = *(u8 *)(r10 -120)
  357: r1 = *(u8 *)(r10 -119)
  358: r1 += 1
  359: r1 <<= 3
  360: r7 += r1
  361: goto +25 <L387>
L362:
  362: r1 = r6
  363: r2 = r7
  364: r3 = r10
  365: r3 += -120
  366: r4 = 2
  367: call bpf_xdp_load_bytes#189
  368: if r0 != 0x0 goto +169 <L538>
  369: r8 = *(u8 *)(r10 -120)
  370: r1 = *(u8 *)(r10 -119)
  371: r1 += 2
  372: r1 <<= 2
  373: r7 += r1
  374: goto +12 <L387>
L375:
  375: r1 = r6
  376: r2 = r7
  377: r3 = r10
  378: r3 += -120
  379: r4 = 4
  380: call bpf_xdp_load_bytes#189
  381: if r0 != 0x0 goto +156 <L538>
  382: r8 = *(u8 *)(r10 -120)
  383: r1 = *(u16 *)(r10 -118)
  384: r1 &= 63743
  385: if r1 != 0x0 goto +152 <L538>
  386: r7 += 8
L387:
  387: if r8 == 0x2c goto +32 <L420>
  388: if r8 == 0x33 goto +18 <L407>
  389: if r8 == 0x0 goto +4 <L394>
  390: if r8 == 0x2b goto +3 <L394>
  391: if r8 == 0x3c goto +2 <L394>
  392: if r8 == 0x87 goto +1 <L394>
  393: goto +89 <L483>
L394:
  394: r1 = r6
  395: r2 = r7
  396: r3 = r10
  397: r3 += -120
  398: r4 = 2
  399: call bpf_xdp_load_bytes#189
  400: if r0 != 0x0 goto +137 <L538>
  401: r8 = *(u8 *)(r10 -120)
  402: r1 = *(u8 *)(r10 -119)
  403: r1 += 1
  404: r1 <<= 3
  405: r7 += r1
  406: goto +25 <L432>
L407:
  407: r1 = r6
  408: r2 = r7
  409: r3 = r10
  410: r3 += -120
  411: r4 = 2
  412: call bpf_xdp_load_bytes#189
  413: if r0 != 0x0 goto +124 <L538>
  414: r8 = *(u8 *)(r10 -120)
  415: r1 = *(u8 *)(r10 -119)
  416: r1 += 2
  417: r1 <<= 2
  418: r7 += r1
  419: goto +12 <L432>
L420:
  420: r1 = r6
  421: r2 = r7
  422: r3 = r10
  423: r3 += -120
  424: r4 = 4
  425: call bpf_xdp_load_bytes#189
  426: if r0 != 0x0 goto +111 <L538>
  427: r8 = *(u8 *)(r10 -120)
  428: r1 = *(u16 *)(r10 -118)
  429: r1 &= 63743
  430: if r1 != 0x0 goto +107 <L538>
  431: r7 += 8
L432:
  432: if r8 == 0x2c goto +32 <L465>
  433: if r8 == 0x33 goto +18 <L452>
  434: if r8 == 0x0 goto +4 <L439>
  435: if r8 == 0x2b goto +3 <L439>
  436: if r8 == 0x3c goto +2 <L439>
  437: if r8 == 0x87 goto +1 <L439>
  438: goto +44 <L483>
L439:
  439: r1 = r6
  440: r2 = r7
  441: r3 = r10
  442: r3 += -120
  443: r4 = 2
  444: call bpf_xdp_load_bytes#189
  445: if r0 != 0x0 goto +92 <L538>
  446: r8 = *(u8 *)(r10 -120)
  447: r1 = *(u8 *)(r10 -119)
  448: r1 += 1
  449: r1 <<= 3
  450: r7 += r1
  451: goto +25 <L477>
L452:
  452: r1 = r6
  453: r2 = r7
  454: r3 = r10
  455: r3 += -120
  456: r4 = 2
  457: call bpf_xdp_load_bytes#189
  458: if r0 != 0x0 goto +79 <L538>
  459: r8 = *(u8 *)(r10 -120)
  460: r1 = *(u8 *)(r10 -119)
  461: r1 += 2
  462: r1 <<= 2
  463: r7 += r1
  464: goto +12 <L477>
L465:
  465: r1 = r6
  466: r2 = r7
  467: r3 = r10
  468: r3 += -120
  469: r4 = 4
  470: call bpf_xdp_load_bytes#189
  471: if r0 != 0x0 goto +66 <L538>
  472: r8 = *(u8 *)(r10 -120)
  473: r1 = *(u16 *)(r10 -118)
  474: r1 &= 63743
  475: if r1 != 0x0 goto +62 <L538>
  476: r7 += 8
L477:
  477: if r8 == 0x0 goto +60 <L538>
  478: if r8 == 0x2b goto +59 <L538>
  479: if r8 == 0x2c goto +58 <L538>
  480: if r8 == 0x33 goto +57 <L538>
  481: if r8 == 0x3c goto +56 <L538>
  482: if r8 == 0x87 goto +55 <L538>
L483:
  483: if r8 == 0x6 goto +4 <L488>
  484: if r8 == 0x11 goto +17 <L502>
  485: if r8 == 0x1 goto +30 <L516>
  486: if r8 == 0x3a goto +40 <L527>
  487: goto +51 <L539>
L488:
  488: r1 = r6
  489: r2 = r7
  490: r3 = r10
  491: r3 += -120
  492: r4 = 20
  493: call bpf_xdp_load_bytes#189
  494: if r0 != 0x0 goto +44 <L539>
  495: r0 = r10
  496: r0 += -120
  497: *(u64 *)(r10 -16) = 6
  498: r1 = *(u16 *)(r0 +2)
  499: r1 = be16 r1
  500: *(u64 *)(r10 -56) = r1
  501: goto +37 <L539>
L502:
  502: r1 = r6
  503: r2 = r7
  504: r3 = r10
  505: r3 += -120
  506: r4 = 8
  507: call bpf_xdp_load_bytes#189
  508: if r0 != 0x0 goto +30 <L539>
  509: r0 = r10
  510: r0 += -120
  511: *(u64 *)(r10 -16) = 17
  512: r1 = *(u16 *)(r0 +2)
  513: r1 = be16 r1
  514: *(u64 *)(r10 -56) = r1
  515: goto +23 <L539>
L516:
  516: r1 = r6
  517: r2 = r7
  518: r3 = r10
  519: r3 += -120
  520: r4 = 8
  521: call bpf_xdp_load_bytes#189
  522: if r0 != 0x0 goto +16 <L539>
  523: r0 = r10
  524: r0 += -120
  525: *(u64 *)(r10 -16) = 1
  526: goto +12 <L539>
L527:
  527: r1 = r6
  528: r2 = r7
  529: r3 = r10
  530: r3 += -120
  531: r4 = 8
  532: call bpf_xdp_load_bytes#189
  533: if r0 != 0x0 goto +5 <L539>
  534: r0 = r10
  535: r0 += -120
  536: *(u64 *)(r10 -16) = 58
  537: goto +1 <L539>
L538:
  538: goto +0 <L539>
L539:
  539: r7 = *(u64 *)(r10 -8)
  540: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
  541: if w7 != 0x4 goto +8 <L550>
  542: r1 = *(u64 *)(r10 -24)
  543: *(u32 *)(r10 -96) = r1
  544: r1 = map[sets_later] ll
  546: r2 = r10
  547: r2 += -96
  548: call bpf_map_lookup_elem#1
  549: if r0 != 0x0 goto +64 <L614>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L550:
  550: if w7 != 0x4 goto +8 <L559>
  551: r1 = *(u64 *)(r10 -24)
  552: *(u32 *)(r10 -96) = r1
  553: r1 = map[sets_blocked] ll
  555: r2 = r10
  556: r2 += -96
  557: call bpf_map_lookup_elem#1
  558: if r0 != 0x0 goto +57 <L616>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L559:
  559: if w7 != 0x4 goto +13 <L573>
  560: if w8 != 0x6 goto +12 <L573>
  561: r1 = *(u64 *)(r10 -32)
  562: *(u32 *)(r10 -96) = r1
  563: r2 = *(u64 *)(r10 -56)
  564: r0 = r2
  565: r0 = be16 r0
  566: *(u16 *)(r10 -92) = r0
  567: r1 = map[sets_svc] ll
  569: r2 = r10
  570: r2 += -96
  571: call bpf_map_lookup_elem#1
  572: if r0 != 0x0 goto +45 <L618>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L573:
  573: if w7 != 0x4 goto +9 <L583>
  574: *(u32 *)(r10 -96) = 32
  575: r1 = *(u64 *)(r10 -24)
  576: *(u32 *)(r10 -92) = r1
  577: r1 = map[sets_nets] ll
  579: r2 = r10
  580: r2 += -96
  581: call bpf_map_lookup_elem#1
  582: if r0 != 0x0 goto +37 <L620>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L583:
  583: if w7 != 0x6 goto +28 <L612>
  584: if w8 != 0x11 goto +27 <L612>
  585: *(u32 *)(r10 -96) = 128
  586: r1 = *(u64 *)(r10 -48)
  587: r0 = r1
  588: *(u32 *)(r10 -92) = r0
  589: r0 >>= 32
  590: *(u32 *)(r10 -88) = r0
  591: r2 = *(u64 *)(r10 -40)
  592: r0 = r2
  593: *(u32 *)(r10 -84) = r0
  594: r0 >>= 32
  595: *(u32 *)(r10 -80) = r0
  596: r1 = map[sets_nets6] ll
  598: r2 = r10
  599: r2 += -96
  600: call bpf_map_lookup_elem#1
  601: if r0 != 0x0 goto +10 <L612>
  602: r1 = *(u64 *)(r10 -56)
  603: r0 = r1
  604: r0 = be16 r0
  605: *(u16 *)(r10 -96) = r0
  606: r1 = map[sets_anon0] ll
  608: r2 = r10
  609: r2 += -96
  610: call bpf_map_lookup_elem#1
  611: if r0 != 0x0 goto +10 <L622>
L612:
  612: *(u32 *)(r10 -72) = 5
  613: goto +25 <L639>
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
L614:
  614: *(u32 *)(r10 -72) = 0
  615: goto +8 <L624>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L616:
  616: *(u32 *)(r10 -72) = 1
  617: goto +6 <L624>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L618:
  618: *(u32 *)(r10 -72) = 2
  619: goto +19 <L639>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L620:
  620: *(u32 *)(r10 -72) = 3
  621: goto +2 <L624>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L622:
  622: *(u32 *)(r10 -72) = 4
  623: goto +15 <L639>
L624:
  624: r2 = r10
  625: r2 += -72
  626: r1 = map[sets_ctr] ll
  628: call bpf_map_lookup_elem#1
  629: if r0 == 0x0 goto +7 <L637>
  630: r1 = *(u64 *)(r0 +0)
  631: r1 += 1
  632: *(u64 *)(r0 +0) = r1
  633: r1 = *(u64 *)(r0 +8)
  634: r2 = *(u64 *)(r10 -64)
  635: r1 += r2
  636: *(u64 *)(r0 +8) = r1
L637:
  637: r0 = 1
  638: exit
L639:
  639: r2 = r10
  640: r2 += -72
  641: r1 = map[sets_ctr] ll
  643: call bpf_map_lookup_elem#1
  644: if r0 == 0x0 goto +7 <L652>
  645: r1 = *(u64 *)(r0 +0)
  646: r1 += 1
  647: *(u64 *)(r0 +0) = r1
  648: r1 = *(u64 *)(r0 +8)
  649: r2 = *(u64 *)(r10 -64)
  650: r1 += r2
  651: *(u64 *)(r0 +8) = r1
L652:
  652: r0 = 2
  653: exit
