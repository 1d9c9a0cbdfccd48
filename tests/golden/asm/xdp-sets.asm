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
  insns    660

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
    9: *(u64 *)(r10 -48) = 0
   10: *(u64 *)(r10 -40) = 0
   11: r1 = 0x100000000 ll
   13: *(u64 *)(r10 -24) = r1
   14: *(u64 *)(r10 -32) = r1
   15: r4 = r2
   16: r4 += 14
   17: if r4 > r3 goto +522 <L540>
   18: r1 = *(u16 *)(r2 +12)
   19: if r1 == 0x81 goto +1 <L21>
   20: if r1 != 0xa888 goto +12 <L33>
L21:
   21: r0 = r4
   22: r0 += 4
   23: if r0 > r3 goto +516 <L540>
   24: r1 = *(u16 *)(r4 +2)
   25: r4 = r0
   26: if r1 == 0x81 goto +1 <L28>
   27: if r1 != 0xa888 goto +5 <L33>
L28:
   28: r0 = r4
   29: r0 += 4
   30: if r0 > r3 goto +509 <L540>
   31: r1 = *(u16 *)(r4 +2)
   32: r4 = r0
L33:
   33: if r1 == 0x8 goto +2 <L36>
   34: if r1 == 0xdd86 goto +29 <L64>
   35: goto +504 <L540>
L36:
   36: r0 = r4
   37: r0 += 20
   38: if r0 > r3 goto +501 <L540>
   39: r1 = *(u8 *)(r4 +0)
   40: r0 = r1
   41: r0 &= 240
   42: if r0 != 0x40 goto +497 <L540>
   43: r5 = r1
   44: r5 &= 15
   45: if r5 < 0x5 goto +494 <L540>
   46: *(u64 *)(r10 -8) = 4
   47: r1 = *(u32 *)(r4 +12)
   48: r1 <<= 32
   49: r1 s>>= 32
   50: *(u64 *)(r10 -24) = r1
   51: r1 = *(u32 *)(r4 +16)
   52: r1 <<= 32
   53: r1 s>>= 32
   54: *(u64 *)(r10 -32) = r1
   55: r1 = *(u8 *)(r4 +9)
   56: r0 = *(u16 *)(r4 +6)
   57: r0 &= 65311
   58: if r0 != 0x0 goto +481 <L540>
   59: r5 <<= 2
   60: r0 = r4
   61: r0 += r5
   62: r5 = r0
   63: goto +20 <L84>
L64:
   64: r0 = r4
   65: r0 += 40
   66: if r0 > r3 goto +473 <L540>
   67: r5 = r0
   68: r1 = *(u8 *)(r4 +0)
   69: r1 &= 240
   70: if r1 != 0x60 goto +469 <L540>
   71: *(u64 *)(r10 -8) = 6
   72: r1 = *(u64 *)(r4 +8)
   73: *(u64 *)(r10 -48) = r1
   74: r1 = *(u64 *)(r4 +16)
   75: *(u64 *)(r10 -40) = r1
   76: r1 = *(u8 *)(r4 +6)
   77: if r1 == 0x0 goto +37 <L115>
   78: if r1 == 0x2b goto +36 <L115>
   79: if r1 == 0x2c goto +35 <L115>
   80: if r1 == 0x33 goto +34 <L115>
   81: if r1 == 0x3c goto +33 <L115>
   82: if r1 == 0x87 goto +32 <L115>
   83: goto +0 <L84>
L84:
   84: if r1 == 0x6 goto +4 <L89>
   85: if r1 == 0x11 goto +11 <L97>
   86: if r1 == 0x1 goto +18 <L105>
   87: if r1 == 0x3a goto +22 <L110>
   88: goto +451 <L540>
L89:
   89: r0 = r5
   90: r0 += 20
   91: if r0 > r3 goto +448 <L540>
   92: *(u64 *)(r10 -16) = 6
   93: r1 = *(u16 *)(r5 +2)
   94: r1 = be16 r1
   95: *(u64 *)(r10 -56) = r1
   96: goto +443 <L540>
L97:
   97: r0 = r5
   98: r0 += 8
   99: if r0 > r3 goto +440 <L540>
  100: *(u64 *)(r10 -16) = 17
  101: r1 = *(u16 *)(r5 +2)
  102: r1 = be16 r1
  103: *(u64 *)(r10 -56) = r1
  104: goto +435 <L540>
L105:
  105: r0 = r5
  106: r0 += 8
  107: if r0 > r3 goto +432 <L540>
  108: *(u64 *)(r10 -16) = 1
  109: goto +430 <L540>
L110:
  110: r0 = r5
  111: r0 += 8
  112: if r0 > r3 goto +427 <L540>
  113: *(u64 *)(r10 -16) = 58
  114: goto +425 <L540>
L115:
  115: r7 = r5
  116: r7 -= r2
  117: r8 = r1
  118: if r8 == 0x2c goto +32 <L151>
  119: if r8 == 0x33 goto +18 <L138>
  120: if r8 == 0x0 goto +4 <L125>
  121: if r8 == 0x2b goto +3 <L125>
  122: if r8 == 0x3c goto +2 <L125>
  123: if r8 == 0x87 goto +1 <L125>
  124: goto +359 <L484>
L125:
  125: r1 = r6
  126: r2 = r7
  127: r3 = r10
  128: r3 += -120
  129: r4 = 2
  130: call bpf_xdp_load_bytes#189
  131: if r0 != 0x0 goto +407 <L539>
  132: r8 = *(u8 *)(r10 -120)
  133: r1 = *(u8 *)(r10 -119)
  134: r1 += 1
  135: r1 <<= 3
  136: r7 += r1
  137: goto +25 <L163>
L138:
  138: r1 = r6
  139: r2 = r7
  140: r3 = r10
  141: r3 += -120
  142: r4 = 2
  143: call bpf_xdp_load_bytes#189
  144: if r0 != 0x0 goto +394 <L539>
  145: r8 = *(u8 *)(r10 -120)
  146: r1 = *(u8 *)(r10 -119)
  147: r1 += 2
  148: r1 <<= 2
  149: r7 += r1
  150: goto +12 <L163>
L151:
  151: r1 = r6
  152: r2 = r7
  153: r3 = r10
  154: r3 += -120
  155: r4 = 4
  156: call bpf_xdp_load_bytes#189
  157: if r0 != 0x0 goto +381 <L539>
  158: r8 = *(u8 *)(r10 -120)
  159: r1 = *(u16 *)(r10 -118)
  160: r1 &= 63743
  161: if r1 != 0x0 goto +377 <L539>
  162: r7 += 8
L163:
  163: if r8 == 0x2c goto +32 <L196>
  164: if r8 == 0x33 goto +18 <L183>
  165: if r8 == 0x0 goto +4 <L170>
  166: if r8 == 0x2b goto +3 <L170>
  167: if r8 == 0x3c goto +2 <L170>
  168: if r8 == 0x87 goto +1 <L170>
  169: goto +314 <L484>
L170:
  170: r1 = r6
  171: r2 = r7
  172: r3 = r10
  173: r3 += -120
  174: r4 = 2
  175: call bpf_xdp_load_bytes#189
  176: if r0 != 0x0 goto +362 <L539>
  177: r8 = *(u8 *)(r10 -120)
  178: r1 = *(u8 *)(r10 -119)
  179: r1 += 1
  180: r1 <<= 3
  181: r7 += r1
  182: goto +25 <L208>
L183:
  183: r1 = r6
  184: r2 = r7
  185: r3 = r10
  186: r3 += -120
  187: r4 = 2
  188: call bpf_xdp_load_bytes#189
  189: if r0 != 0x0 goto +349 <L539>
  190: r8 = *(u8 *)(r10 -120)
  191: r1 = *(u8 *)(r10 -119)
  192: r1 += 2
  193: r1 <<= 2
  194: r7 += r1
  195: goto +12 <L208>
L196:
  196: r1 = r6
  197: r2 = r7
  198: r3 = r10
  199: r3 += -120
  200: r4 = 4
  201: call bpf_xdp_load_bytes#189
  202: if r0 != 0x0 goto +336 <L539>
  203: r8 = *(u8 *)(r10 -120)
  204: r1 = *(u16 *)(r10 -118)
  205: r1 &= 63743
  206: if r1 != 0x0 goto +332 <L539>
  207: r7 += 8
L208:
  208: if r8 == 0x2c goto +32 <L241>
  209: if r8 == 0x33 goto +18 <L228>
  210: if r8 == 0x0 goto +4 <L215>
  211: if r8 == 0x2b goto +3 <L215>
  212: if r8 == 0x3c goto +2 <L215>
  213: if r8 == 0x87 goto +1 <L215>
  214: goto +269 <L484>
L215:
  215: r1 = r6
  216: r2 = r7
  217: r3 = r10
  218: r3 += -120
  219: r4 = 2
  220: call bpf_xdp_load_bytes#189
  221: if r0 != 0x0 goto +317 <L539>
  222: r8 = *(u8 *)(r10 -120)
  223: r1 = *(u8 *)(r10 -119)
  224: r1 += 1
  225: r1 <<= 3
  226: r7 += r1
  227: goto +25 <L253>
L228:
  228: r1 = r6
  229: r2 = r7
  230: r3 = r10
  231: r3 += -120
  232: r4 = 2
  233: call bpf_xdp_load_bytes#189
  234: if r0 != 0x0 goto +304 <L539>
  235: r8 = *(u8 *)(r10 -120)
  236: r1 = *(u8 *)(r10 -119)
  237: r1 += 2
  238: r1 <<= 2
  239: r7 += r1
  240: goto +12 <L253>
L241:
  241: r1 = r6
  242: r2 = r7
  243: r3 = r10
  244: r3 += -120
  245: r4 = 4
  246: call bpf_xdp_load_bytes#189
  247: if r0 != 0x0 goto +291 <L539>
  248: r8 = *(u8 *)(r10 -120)
  249: r1 = *(u16 *)(r10 -118)
  250: r1 &= 63743
  251: if r1 != 0x0 goto +287 <L539>
  252: r7 += 8
L253:
  253: if r8 == 0x2c goto +32 <L286>
  254: if r8 == 0x33 goto +18 <L273>
  255: if r8 == 0x0 goto +4 <L260>
  256: if r8 == 0x2b goto +3 <L260>
  257: if r8 == 0x3c goto +2 <L260>
  258: if r8 == 0x87 goto +1 <L260>
  259: goto +224 <L484>
L260:
  260: r1 = r6
  261: r2 = r7
  262: r3 = r10
  263: r3 += -120
  264: r4 = 2
  265: call bpf_xdp_load_bytes#189
  266: if r0 != 0x0 goto +272 <L539>
  267: r8 = *(u8 *)(r10 -120)
  268: r1 = *(u8 *)(r10 -119)
  269: r1 += 1
  270: r1 <<= 3
  271: r7 += r1
  272: goto +25 <L298>
L273:
  273: r1 = r6
  274: r2 = r7
  275: r3 = r10
  276: r3 += -120
  277: r4 = 2
  278: call bpf_xdp_load_bytes#189
  279: if r0 != 0x0 goto +259 <L539>
  280: r8 = *(u8 *)(r10 -120)
  281: r1 = *(u8 *)(r10 -119)
  282: r1 += 2
  283: r1 <<= 2
  284: r7 += r1
  285: goto +12 <L298>
L286:
  286: r1 = r6
  287: r2 = r7
  288: r3 = r10
  289: r3 += -120
  290: r4 = 4
  291: call bpf_xdp_load_bytes#189
  292: if r0 != 0x0 goto +246 <L539>
  293: r8 = *(u8 *)(r10 -120)
  294: r1 = *(u16 *)(r10 -118)
  295: r1 &= 63743
  296: if r1 != 0x0 goto +242 <L539>
  297: r7 += 8
L298:
  298: if r8 == 0x2c goto +32 <L331>
  299: if r8 == 0x33 goto +18 <L318>
  300: if r8 == 0x0 goto +4 <L305>
  301: if r8 == 0x2b goto +3 <L305>
  302: if r8 == 0x3c goto +2 <L305>
  303: if r8 == 0x87 goto +1 <L305>
  304: goto +179 <L484>
L305:
  305: r1 = r6
  306: r2 = r7
  307: r3 = r10
  308: r3 += -120
  309: r4 = 2
  310: call bpf_xdp_load_bytes#189
  311: if r0 != 0x0 goto +227 <L539>
  312: r8 = *(u8 *)(r10 -120)
  313: r1 = *(u8 *)(r10 -119)
  314: r1 += 1
  315: r1 <<= 3
  316: r7 += r1
  317: goto +25 <L343>
L318:
  318: r1 = r6
  319: r2 = r7
  320: r3 = r10
  321: r3 += -120
  322: r4 = 2
  323: call bpf_xdp_load_bytes#189
  324: if r0 != 0x0 goto +214 <L539>
  325: r8 = *(u8 *)(r10 -120)
  326: r1 = *(u8 *)(r10 -119)
  327: r1 += 2
  328: r1 <<= 2
  329: r7 += r1
  330: goto +12 <L343>
L331:
  331: r1 = r6
  332: r2 = r7
  333: r3 = r10
  334: r3 += -120
  335: r4 = 4
  336: call bpf_xdp_load_bytes#189
  337: if r0 != 0x0 goto +201 <L539>
  338: r8 = *(u8 *)(r10 -120)
  339: r1 = *(u16 *)(r10 -118)
  340: r1 &= 63743
  341: if r1 != 0x0 goto +197 <L539>
  342: r7 += 8
L343:
  343: if r8 == 0x2c goto +32 <L376>
  344: if r8 == 0x33 goto +18 <L363>
  345: if r8 == 0x0 goto +4 <L350>
  346: if r8 == 0x2b goto +3 <L350>
  347: if r8 == 0x3c goto +2 <L350>
  348: if r8 == 0x87 goto +1 <L350>
  349: goto +134 <L484>
L350:
  350: r1 = r6
  351: r2 = r7
  352: r3 = r10
  353: r3 += -120
  354: r4 = 2
  355: call bpf_xdp_load_bytes#189
  356: if r0 != 0x0 goto +182 <L539>
  357: r8 = *(u8 *)(r10 -120)
  358: r1 = *(u8 *)(r10 -119)
  359: r1 += 1
  360: r1 <<= 3
  361: r7 += r1
  362: goto +25 <L388>
L363:
  363: r1 = r6
  364: r2 = r7
  365: r3 = r10
  366: r3 += -120
  367: r4 = 2
  368: call bpf_xdp_load_bytes#189
  369: if r0 != 0x0 goto +169 <L539>
  370: r8 = *(u8 *)(r10 -120)
  371: r1 = *(u8 *)(r10 -119)
  372: r1 += 2
  373: r1 <<= 2
  374: r7 += r1
  375: goto +12 <L388>
L376:
  376: r1 = r6
  377: r2 = r7
  378: r3 = r10
  379: r3 += -120
  380: r4 = 4
  381: call bpf_xdp_load_bytes#189
  382: if r0 != 0x0 goto +156 <L539>
  383: r8 = *(u8 *)(r10 -120)
  384: r1 = *(u16 *)(r10 -118)
  385: r1 &= 63743
  386: if r1 != 0x0 goto +152 <L539>
  387: r7 += 8
L388:
  388: if r8 == 0x2c goto +32 <L421>
  389: if r8 == 0x33 goto +18 <L408>
  390: if r8 == 0x0 goto +4 <L395>
  391: if r8 == 0x2b goto +3 <L395>
  392: if r8 == 0x3c goto +2 <L395>
  393: if r8 == 0x87 goto +1 <L395>
  394: goto +89 <L484>
L395:
  395: r1 = r6
  396: r2 = r7
  397: r3 = r10
  398: r3 += -120
  399: r4 = 2
  400: call bpf_xdp_load_bytes#189
  401: if r0 != 0x0 goto +137 <L539>
  402: r8 = *(u8 *)(r10 -120)
  403: r1 = *(u8 *)(r10 -119)
  404: r1 += 1
  405: r1 <<= 3
  406: r7 += r1
  407: goto +25 <L433>
L408:
  408: r1 = r6
  409: r2 = r7
  410: r3 = r10
  411: r3 += -120
  412: r4 = 2
  413: call bpf_xdp_load_bytes#189
  414: if r0 != 0x0 goto +124 <L539>
  415: r8 = *(u8 *)(r10 -120)
  416: r1 = *(u8 *)(r10 -119)
  417: r1 += 2
  418: r1 <<= 2
  419: r7 += r1
  420: goto +12 <L433>
L421:
  421: r1 = r6
  422: r2 = r7
  423: r3 = r10
  424: r3 += -120
  425: r4 = 4
  426: call bpf_xdp_load_bytes#189
  427: if r0 != 0x0 goto +111 <L539>
  428: r8 = *(u8 *)(r10 -120)
  429: r1 = *(u16 *)(r10 -118)
  430: r1 &= 63743
  431: if r1 != 0x0 goto +107 <L539>
  432: r7 += 8
L433:
  433: if r8 == 0x2c goto +32 <L466>
  434: if r8 == 0x33 goto +18 <L453>
  435: if r8 == 0x0 goto +4 <L440>
  436: if r8 == 0x2b goto +3 <L440>
  437: if r8 == 0x3c goto +2 <L440>
  438: if r8 == 0x87 goto +1 <L440>
  439: goto +44 <L484>
L440:
  440: r1 = r6
  441: r2 = r7
  442: r3 = r10
  443: r3 += -120
  444: r4 = 2
  445: call bpf_xdp_load_bytes#189
  446: if r0 != 0x0 goto +92 <L539>
  447: r8 = *(u8 *)(r10 -120)
  448: r1 = *(u8 *)(r10 -119)
  449: r1 += 1
  450: r1 <<= 3
  451: r7 += r1
  452: goto +25 <L478>
L453:
  453: r1 = r6
  454: r2 = r7
  455: r3 = r10
  456: r3 += -120
  457: r4 = 2
  458: call bpf_xdp_load_bytes#189
  459: if r0 != 0x0 goto +79 <L539>
  460: r8 = *(u8 *)(r10 -120)
  461: r1 = *(u8 *)(r10 -119)
  462: r1 += 2
  463: r1 <<= 2
  464: r7 += r1
  465: goto +12 <L478>
L466:
  466: r1 = r6
  467: r2 = r7
  468: r3 = r10
  469: r3 += -120
  470: r4 = 4
  471: call bpf_xdp_load_bytes#189
  472: if r0 != 0x0 goto +66 <L539>
  473: r8 = *(u8 *)(r10 -120)
  474: r1 = *(u16 *)(r10 -118)
  475: r1 &= 63743
  476: if r1 != 0x0 goto +62 <L539>
  477: r7 += 8
L478:
  478: if r8 == 0x0 goto +60 <L539>
  479: if r8 == 0x2b goto +59 <L539>
  480: if r8 == 0x2c goto +58 <L539>
  481: if r8 == 0x33 goto +57 <L539>
  482: if r8 == 0x3c goto +56 <L539>
  483: if r8 == 0x87 goto +55 <L539>
L484:
  484: if r8 == 0x6 goto +4 <L489>
  485: if r8 == 0x11 goto +17 <L503>
  486: if r8 == 0x1 goto +30 <L517>
  487: if r8 == 0x3a goto +40 <L528>
  488: goto +51 <L540>
L489:
  489: r1 = r6
  490: r2 = r7
  491: r3 = r10
  492: r3 += -120
  493: r4 = 20
  494: call bpf_xdp_load_bytes#189
  495: if r0 != 0x0 goto +44 <L540>
  496: r0 = r10
  497: r0 += -120
  498: *(u64 *)(r10 -16) = 6
  499: r1 = *(u16 *)(r0 +2)
  500: r1 = be16 r1
  501: *(u64 *)(r10 -56) = r1
  502: goto +37 <L540>
L503:
  503: r1 = r6
  504: r2 = r7
  505: r3 = r10
  506: r3 += -120
  507: r4 = 8
  508: call bpf_xdp_load_bytes#189
  509: if r0 != 0x0 goto +30 <L540>
  510: r0 = r10
  511: r0 += -120
  512: *(u64 *)(r10 -16) = 17
  513: r1 = *(u16 *)(r0 +2)
  514: r1 = be16 r1
  515: *(u64 *)(r10 -56) = r1
  516: goto +23 <L540>
L517:
  517: r1 = r6
  518: r2 = r7
  519: r3 = r10
  520: r3 += -120
  521: r4 = 8
  522: call bpf_xdp_load_bytes#189
  523: if r0 != 0x0 goto +16 <L540>
  524: r0 = r10
  525: r0 += -120
  526: *(u64 *)(r10 -16) = 1
  527: goto +12 <L540>
L528:
  528: r1 = r6
  529: r2 = r7
  530: r3 = r10
  531: r3 += -120
  532: r4 = 8
  533: call bpf_xdp_load_bytes#189
  534: if r0 != 0x0 goto +5 <L540>
  535: r0 = r10
  536: r0 += -120
  537: *(u64 *)(r10 -16) = 58
  538: goto +1 <L540>
L539:
  539: goto +0 <L540>
L540:
  540: r7 = *(u64 *)(r10 -8)
  541: r8 = *(u64 *)(r10 -16)
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
  542: if w7 == 0x4 goto +6 <L549>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L543:
  543: if w7 == 0x4 goto +14 <L558>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L544:
  544: if w7 == 0x4 goto +22 <L567>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L545:
  545: if w7 == 0x4 goto +35 <L581>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L546:
  546: if w7 == 0x6 goto +44 <L591>
; policy — no rule matched (line info: tests/golden/asm/xdp-sets.bfr:16)
L547:
  547: *(u32 *)(r10 -72) = 5
  548: goto +96 <L645>
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
L549:
  549: r1 = *(u64 *)(r10 -24)
  550: *(u32 *)(r10 -96) = r1
  551: r1 = map[sets_later] ll
  553: r2 = r10
  554: r2 += -96
  555: call bpf_map_lookup_elem#1
  556: if r0 != 0x0 goto +63 <L620>
  557: goto -15 <L543>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L558:
  558: r1 = *(u64 *)(r10 -24)
  559: *(u32 *)(r10 -96) = r1
  560: r1 = map[sets_blocked] ll
  562: r2 = r10
  563: r2 += -96
  564: call bpf_map_lookup_elem#1
  565: if r0 != 0x0 goto +56 <L622>
  566: goto -23 <L544>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L567:
  567: if w8 != 0x6 goto -23 <L545>
  568: r1 = *(u64 *)(r10 -32)
  569: *(u32 *)(r10 -96) = r1
  570: r2 = *(u64 *)(r10 -56)
  571: r0 = r2
  572: r0 = be16 r0
  573: *(u16 *)(r10 -92) = r0
  574: r1 = map[sets_svc] ll
  576: r2 = r10
  577: r2 += -96
  578: call bpf_map_lookup_elem#1
  579: if r0 != 0x0 goto +44 <L624>
  580: goto -36 <L545>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L581:
  581: *(u32 *)(r10 -96) = 32
  582: r1 = *(u64 *)(r10 -24)
  583: *(u32 *)(r10 -92) = r1
  584: r1 = map[sets_nets] ll
  586: r2 = r10
  587: r2 += -96
  588: call bpf_map_lookup_elem#1
  589: if r0 != 0x0 goto +36 <L626>
  590: goto -45 <L546>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L591:
  591: if w8 != 0x11 goto -45 <L547>
  592: r1 = *(u64 *)(r10 -56)
  593: r0 = r1
  594: r0 = be16 r0
  595: *(u16 *)(r10 -96) = r0
  596: r1 = map[sets_anon0] ll
  598: r2 = r10
  599: r2 += -96
  600: call bpf_map_lookup_elem#1
  601: if r0 == 0x0 goto -55 <L547>
  602: *(u32 *)(r10 -96) = 128
  603: r1 = *(u64 *)(r10 -48)
  604: r0 = r1
  605: *(u32 *)(r10 -92) = r0
  606: r0 >>= 32
  607: *(u32 *)(r10 -88) = r0
  608: r2 = *(u64 *)(r10 -40)
  609: r0 = r2
  610: *(u32 *)(r10 -84) = r0
  611: r0 >>= 32
  612: *(u32 *)(r10 -80) = r0
  613: r1 = map[sets_nets6] ll
  615: r2 = r10
  616: r2 += -96
  617: call bpf_map_lookup_elem#1
  618: if r0 == 0x0 goto +9 <L628>
  619: goto -73 <L547>
; rule 0 — tests/golden/asm/xdp-sets.bfr:12: rule (ip4.saddr) in later counter DROP
L620:
  620: *(u32 *)(r10 -72) = 0
  621: goto +8 <L630>
; rule 1 — tests/golden/asm/xdp-sets.bfr:13: rule (ip4.saddr) in blocked counter DROP
L622:
  622: *(u32 *)(r10 -72) = 1
  623: goto +6 <L630>
; rule 2 — tests/golden/asm/xdp-sets.bfr:14: rule (ip4.daddr, tcp.dport) in svc counter ACCEPT
L624:
  624: *(u32 *)(r10 -72) = 2
  625: goto +19 <L645>
; rule 3 — tests/golden/asm/xdp-sets.bfr:15: rule (ip4.snet) in nets counter DROP
L626:
  626: *(u32 *)(r10 -72) = 3
  627: goto +2 <L630>
; rule 4 — tests/golden/asm/xdp-sets.bfr:16: rule (ip6.snet) not in nets6 (udp.dport) in { 53; 123 } counter ACCEPT
L628:
  628: *(u32 *)(r10 -72) = 4
  629: goto +15 <L645>
; shared code, entered from several rules (line info: tests/golden/asm/xdp-sets.bfr:16)
L630:
  630: r2 = r10
  631: r2 += -72
  632: r1 = map[sets_ctr] ll
  634: call bpf_map_lookup_elem#1
  635: if r0 == 0x0 goto +7 <L643>
  636: r1 = *(u64 *)(r0 +0)
  637: r1 += 1
  638: *(u64 *)(r0 +0) = r1
  639: r1 = *(u64 *)(r0 +8)
  640: r2 = *(u64 *)(r10 -64)
  641: r1 += r2
  642: *(u64 *)(r0 +8) = r1
L643:
  643: r0 = 1
  644: exit
L645:
  645: r2 = r10
  646: r2 += -72
  647: r1 = map[sets_ctr] ll
  649: call bpf_map_lookup_elem#1
  650: if r0 == 0x0 goto +7 <L658>
  651: r1 = *(u64 *)(r0 +0)
  652: r1 += 1
  653: *(u64 *)(r0 +0) = r1
  654: r1 = *(u64 *)(r0 +8)
  655: r2 = *(u64 *)(r10 -64)
  656: r1 += r2
  657: *(u64 *)(r0 +8) = r1
L658:
  658: r0 = 2
  659: exit
