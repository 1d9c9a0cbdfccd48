; 1 program(s), 1 sub-program(s), 2 map(s) from tests/golden/asm/tc-ingress-mark.bfr

chain tc_mark
  hook     BF_HOOK_TC_INGRESS
  section  tcx/ingress
  attach   BPF_TCX_INGRESS (46)
  program  tc_mark
  policy   ACCEPT
  options  none
  rules    5
  license  GPL
  insns    569

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters
  tc_mar_pkt  percpu_array    4     40            1  0x0           -  scratch

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
    0: r6 = r1
    1: *(u32 *)(r10 -8) = 0
    2: r2 = r10
    3: r2 += -8
    4: r1 = map[tc_mar_pkt] ll
    6: call bpf_map_lookup_elem#1
    7: if r0 != 0x0 goto +2 <L10>
    8: r0 = 0
    9: exit
L10:
   10: r9 = r0
   11: r1 = *(u32 *)(r6 +8)
   12: *(u64 *)(r9 +32) = r1
   13: r2 = *(u32 *)(r6 +76)
   14: r3 = *(u32 *)(r6 +80)
   15: r1 = r3
   16: r1 -= r2
   17: if r1 >= 0x80 goto +9 <L27>
   18: r0 = *(u32 *)(r6 +0)
   19: if r1 >= r0 goto +7 <L27>
   20: r2 = r0
   21: if r2 <= 0x80 goto +1 <L23>
   22: r2 = 128
L23:
   23: r1 = r6
   24: call bpf_skb_pull_data#39
   25: r2 = *(u32 *)(r6 +76)
   26: r3 = *(u32 *)(r6 +80)
L27:
   27: *(u64 *)(r9 +0) = 256
   28: *(u64 *)(r9 +8) = 256
   29: *(u64 *)(r9 +24) = 65536
   30: r1 = 0x100000000 ll
   32: *(u64 *)(r9 +16) = r1
   33: r4 = r2
   34: r4 += 14
   35: if r4 > r3 goto +514 <L550>
   36: r1 = *(u16 *)(r2 +12)
   37: if r1 == 0x81 goto +1 <L39>
   38: if r1 != 0xa888 goto +12 <L51>
L39:
   39: r0 = r4
   40: r0 += 4
   41: if r0 > r3 goto +508 <L550>
   42: r1 = *(u16 *)(r4 +2)
   43: r4 = r0
   44: if r1 == 0x81 goto +1 <L46>
   45: if r1 != 0xa888 goto +5 <L51>
L46:
   46: r0 = r4
   47: r0 += 4
   48: if r0 > r3 goto +501 <L550>
   49: r1 = *(u16 *)(r4 +2)
   50: r4 = r0
L51:
   51: if r1 == 0x8 goto +2 <L54>
   52: if r1 == 0xdd86 goto +25 <L78>
   53: goto +496 <L550>
L54:
   54: r0 = r4
   55: r0 += 20
   56: if r0 > r3 goto +493 <L550>
   57: r1 = *(u8 *)(r4 +0)
   58: r0 = r1
   59: r0 &= 240
   60: if r0 != 0x40 goto +489 <L550>
   61: r5 = r1
   62: r5 &= 15
   63: if r5 < 0x5 goto +486 <L550>
   64: r1 = *(u32 *)(r4 +12)
   65: r1 <<= 32
   66: r1 s>>= 32
   67: *(u64 *)(r9 +16) = r1
   68: r1 = *(u8 *)(r4 +9)
   69: *(u64 *)(r9 +0) = r1
   70: r0 = *(u16 *)(r4 +6)
   71: r0 &= 65311
   72: if r0 != 0x0 goto +477 <L550>
   73: r5 <<= 2
   74: r0 = r4
   75: r0 += r5
   76: r5 = r0
   77: goto +15 <L93>
L78:
   78: r0 = r4
   79: r0 += 40
   80: if r0 > r3 goto +469 <L550>
   81: r5 = r0
   82: r1 = *(u8 *)(r4 +0)
   83: r1 &= 240
   84: if r1 != 0x60 goto +465 <L550>
   85: r1 = *(u8 *)(r4 +6)
   86: if r1 == 0x0 goto +37 <L124>
   87: if r1 == 0x2b goto +36 <L124>
   88: if r1 == 0x2c goto +35 <L124>
   89: if r1 == 0x33 goto +34 <L124>
   90: if r1 == 0x3c goto +33 <L124>
   91: if r1 == 0x87 goto +32 <L124>
   92: *(u64 *)(r9 +0) = r1
L93:
   93: if r1 == 0x6 goto +4 <L98>
   94: if r1 == 0x11 goto +11 <L106>
   95: if r1 == 0x1 goto +18 <L114>
   96: if r1 == 0x3a goto +22 <L119>
   97: goto +452 <L550>
L98:
   98: r0 = r5
   99: r0 += 20
  100: if r0 > r3 goto +449 <L550>
  101: *(u64 *)(r9 +8) = 6
  102: r1 = *(u16 *)(r5 +2)
  103: r1 = be16 r1
  104: *(u64 *)(r9 +24) = r1
  105: goto +444 <L550>
L106:
  106: r0 = r5
  107: r0 += 8
  108: if r0 > r3 goto +441 <L550>
  109: *(u64 *)(r9 +8) = 17
  110: r1 = *(u16 *)(r5 +2)
  111: r1 = be16 r1
  112: *(u64 *)(r9 +24) = r1
  113: goto +436 <L550>
L114:
  114: r0 = r5
  115: r0 += 8
  116: if r0 > r3 goto +433 <L550>
  117: *(u64 *)(r9 +8) = 1
  118: goto +431 <L550>
L119:
  119: r0 = r5
  120: r0 += 8
  121: if r0 > r3 goto +428 <L550>
  122: *(u64 *)(r9 +8) = 58
  123: goto +426 <L550>
L124:
  124: r7 = r5
  125: r7 -= r2
  126: r8 = r1
  127: if r8 == 0x2c goto +32 <L160>
  128: if r8 == 0x33 goto +18 <L147>
  129: if r8 == 0x0 goto +4 <L134>
  130: if r8 == 0x2b goto +3 <L134>
  131: if r8 == 0x3c goto +2 <L134>
  132: if r8 == 0x87 goto +1 <L134>
  133: goto +359 <L493>
L134:
  134: r1 = r6
  135: r2 = r7
  136: r3 = r10
  137: r3 += -32
  138: r4 = 2
  139: call bpf_skb_load_bytes#26
  140: if r0 != 0x0 goto +409 <L550>
  141: r8 = *(u8 *)(r10 -32)
  142: r1 = *(u8 *)(r10 -31)
  143: r1 += 1
  144: r1 <<= 3
  145: r7 += r1
  146: goto +25 <L172>
L147:
  147: r1 = r6
  148: r2 = r7
  149: r3 = r10
  150: r3 += -32
  151: r4 = 2
  152: call bpf_skb_load_bytes#26
  153: if r0 != 0x0 goto +396 <L550>
  154: r8 = *(u8 *)(r10 -32)
  155: r1 = *(u8 *)(r10 -31)
  156: r1 += 2
  157: r1 <<= 2
  158: r7 += r1
  159: goto +12 <L172>
L160:
  160: r1 = r6
  161: r2 = r7
  162: r3 = r10
  163: r3 += -32
  164: r4 = 4
  165: call bpf_skb_load_bytes#26
  166: if r0 != 0x0 goto +383 <L550>
  167: r8 = *(u8 *)(r10 -32)
  168: r1 = *(u16 *)(r10 -30)
  169: r1 &= 63743
  170: if r1 != 0x0 goto +378 <L549>
  171: r7 += 8
L172:
  172: if r8 == 0x2c goto +32 <L205>
  173: if r8 == 0x33 goto +18 <L192>
  174: if r8 == 0x0 goto +4 <L179>
  175: if r8 == 0x2b goto +3 <L179>
  176: if r8 == 0x3c goto +2 <L179>
  177: if r8 == 0x87 goto +1 <L179>
  178: goto +314 <L493>
L179:
  179: r1 = r6
  180: r2 = r7
  181: r3 = r10
  182: r3 += -32
  183: r4 = 2
  184: call bpf_skb_load_bytes#26
  185: if r0 != 0x0 goto +364 <L550>
  186: r8 = *(u8 *)(r10 -32)
  187: r1 = *(u8 *)(r10 -31)
  188: r1 += 1
  189: r1 <<= 3
  190: r7 += r1
  191: goto +25 <L217>
L192:
  192: r1 = r6
  193: r2 = r7
  194: r3 = r10
  195: r3 += -32
  196: r4 = 2
  197: call bpf_skb_load_bytes#26
  198: if r0 != 0x0 goto +351 <L550>
  199: r8 = *(u8 *)(r10 -32)
  200: r1 = *(u8 *)(r10 -31)
  201: r1 += 2
  202: r1 <<= 2
  203: r7 += r1
  204: goto +12 <L217>
L205:
  205: r1 = r6
  206: r2 = r7
  207: r3 = r10
  208: r3 += -32
  209: r4 = 4
  210: call bpf_skb_load_bytes#26
  211: if r0 != 0x0 goto +338 <L550>
  212: r8 = *(u8 *)(r10 -32)
  213: r1 = *(u16 *)(r10 -30)
  214: r1 &= 63743
  215: if r1 != 0x0 goto +333 <L549>
  216: r7 += 8
L217:
  217: if r8 == 0x2c goto +32 <L250>
  218: if r8 == 0x33 goto +18 <L237>
  219: if r8 == 0x0 goto +4 <L224>
  220: if r8 == 0x2b goto +3 <L224>
  221: if r8 == 0x3c goto +2 <L224>
  222: if r8 == 0x87 goto +1 <L224>
  223: goto +269 <L493>
L224:
  224: r1 = r6
  225: r2 = r7
  226: r3 = r10
  227: r3 += -32
  228: r4 = 2
  229: call bpf_skb_load_bytes#26
  230: if r0 != 0x0 goto +319 <L550>
  231: r8 = *(u8 *)(r10 -32)
  232: r1 = *(u8 *)(r10 -31)
  233: r1 += 1
  234: r1 <<= 3
  235: r7 += r1
  236: goto +25 <L262>
L237:
  237: r1 = r6
  238: r2 = r7
  239: r3 = r10
  240: r3 += -32
  241: r4 = 2
  242: call bpf_skb_load_bytes#26
  243: if r0 != 0x0 goto +306 <L550>
  244: r8 = *(u8 *)(r10 -32)
  245: r1 = *(u8 *)(r10 -31)
  246: r1 += 2
  247: r1 <<= 2
  248: r7 += r1
  249: goto +12 <L262>
L250:
  250: r1 = r6
  251: r2 = r7
  252: r3 = r10
  253: r3 += -32
  254: r4 = 4
  255: call bpf_skb_load_bytes#26
  256: if r0 != 0x0 goto +293 <L550>
  257: r8 = *(u8 *)(r10 -32)
  258: r1 = *(u16 *)(r10 -30)
  259: r1 &= 63743
  260: if r1 != 0x0 goto +288 <L549>
  261: r7 += 8
L262:
  262: if r8 == 0x2c goto +32 <L295>
  263: if r8 == 0x33 goto +18 <L282>
  264: if r8 == 0x0 goto +4 <L269>
  265: if r8 == 0x2b goto +3 <L269>
  266: if r8 == 0x3c goto +2 <L269>
  267: if r8 == 0x87 goto +1 <L269>
  268: goto +224 <L493>
L269:
  269: r1 = r6
  270: r2 = r7
  271: r3 = r10
  272: r3 += -32
  273: r4 = 2
  274: call bpf_skb_load_bytes#26
  275: if r0 != 0x0 goto +274 <L550>
  276: r8 = *(u8 *)(r10 -32)
  277: r1 = *(u8 *)(r10 -31)
  278: r1 += 1
  279: r1 <<= 3
  280: r7 += r1
  281: goto +25 <L307>
L282:
  282: r1 = r6
  283: r2 = r7
  284: r3 = r10
  285: r3 += -32
  286: r4 = 2
  287: call bpf_skb_load_bytes#26
  288: if r0 != 0x0 goto +261 <L550>
  289: r8 = *(u8 *)(r10 -32)
  290: r1 = *(u8 *)(r10 -31)
  291: r1 += 2
  292: r1 <<= 2
  293: r7 += r1
  294: goto +12 <L307>
L295:
  295: r1 = r6
  296: r2 = r7
  297: r3 = r10
  298: r3 += -32
  299: r4 = 4
  300: call bpf_skb_load_bytes#26
  301: if r0 != 0x0 goto +248 <L550>
  302: r8 = *(u8 *)(r10 -32)
  303: r1 = *(u16 *)(r10 -30)
  304: r1 &= 63743
  305: if r1 != 0x0 goto +243 <L549>
  306: r7 += 8
L307:
  307: if r8 == 0x2c goto +32 <L340>
  308: if r8 == 0x33 goto +18 <L327>
  309: if r8 == 0x0 goto +4 <L314>
  310: if r8 == 0x2b goto +3 <L314>
  311: if r8 == 0x3c goto +2 <L314>
  312: if r8 == 0x87 goto +1 <L314>
  313: goto +179 <L493>
L314:
  314: r1 = r6
  315: r2 = r7
  316: r3 = r10
  317: r3 += -32
  318: r4 = 2
  319: call bpf_skb_load_bytes#26
  320: if r0 != 0x0 goto +229 <L550>
  321: r8 = *(u8 *)(r10 -32)
  322: r1 = *(u8 *)(r10 -31)
  323: r1 += 1
  324: r1 <<= 3
  325: r7 += r1
  326: goto +25 <L352>
L327:
  327: r1 = r6
  328: r2 = r7
  329: r3 = r10
  330: r3 += -32
  331: r4 = 2
  332: call bpf_skb_load_bytes#26
  333: if r0 != 0x0 goto +216 <L550>
  334: r8 = *(u8 *)(r10 -32)
  335: r1 = *(u8 *)(r10 -31)
  336: r1 += 2
  337: r1 <<= 2
  338: r7 += r1
  339: goto +12 <L352>
L340:
  340: r1 = r6
  341: r2 = r7
  342: r3 = r10
  343: r3 += -32
  344: r4 = 4
  345: call bpf_skb_load_bytes#26
  346: if r0 != 0x0 goto +203 <L550>
  347: r8 = *(u8 *)(r10 -32)
  348: r1 = *(u16 *)(r10 -30)
  349: r1 &= 63743
  350: if r1 != 0x0 goto +198 <L549>
  351: r7 += 8
L352:
  352: if r8 == 0x2c goto +32 <L385>
  353: if r8 == 0x33 goto +18 <L372>
  354: if r8 == 0x0 goto +4 <L359>
  355: if r8 == 0x2b goto +3 <L359>
  356: if r8 == 0x3c goto +2 <L359>
  357: if r8 == 0x87 goto +1 <L359>
  358: goto +134 <L493>
L359:
  359: r1 = r6
  360: r2 = r7
  361: r3 = r10
  362: r3 += -32
  363: r4 = 2
  364: call bpf_skb_load_bytes#26
  365: if r0 != 0x0 goto +184 <L550>
  366: r8 = *(u8 *)(r10 -32)
  367: r1 = *(u8 *)(r10 -31)
  368: r1 += 1
  369: r1 <<= 3
  370: r7 += r1
  371: goto +25 <L397>
L372:
  372: r1 = r6
  373: r2 = r7
  374: r3 = r10
  375: r3 += -32
  376: r4 = 2
  377: call bpf_skb_load_bytes#26
  378: if r0 != 0x0 goto +171 <L550>
  379: r8 = *(u8 *)(r10 -32)
  380: r1 = *(u8 *)(r10 -31)
  381: r1 += 2
  382: r1 <<= 2
  383: r7 += r1
  384: goto +12 <L397>
L385:
  385: r1 = r6
  386: r2 = r7
  387: r3 = r10
  388: r3 += -32
  389: r4 = 4
  390: call bpf_skb_load_bytes#26
  391: if r0 != 0x0 goto +158 <L550>
  392: r8 = *(u8 *)(r10 -32)
  393: r1 = *(u16 *)(r10 -30)
  394: r1 &= 63743
  395: if r1 != 0x0 goto +153 <L549>
  396: r7 += 8
L397:
  397: if r8 == 0x2c goto +32 <L430>
  398: if r8 == 0x33 goto +18 <L417>
  399: if r8 == 0x0 goto +4 <L404>
  400: if r8 == 0x2b goto +3 <L404>
  401: if r8 == 0x3c goto +2 <L404>
  402: if r8 == 0x87 goto +1 <L404>
  403: goto +89 <L493>
L404:
  404: r1 = r6
  405: r2 = r7
  406: r3 = r10
  407: r3 += -32
  408: r4 = 2
  409: call bpf_skb_load_bytes#26
  410: if r0 != 0x0 goto +139 <L550>
  411: r8 = *(u8 *)(r10 -32)
  412: r1 = *(u8 *)(r10 -31)
  413: r1 += 1
  414: r1 <<= 3
  415: r7 += r1
  416: goto +25 <L442>
L417:
  417: r1 = r6
  418: r2 = r7
  419: r3 = r10
  420: r3 += -32
  421: r4 = 2
  422: call bpf_skb_load_bytes#26
  423: if r0 != 0x0 goto +126 <L550>
  424: r8 = *(u8 *)(r10 -32)
  425: r1 = *(u8 *)(r10 -31)
  426: r1 += 2
  427: r1 <<= 2
  428: r7 += r1
  429: goto +12 <L442>
L430:
  430: r1 = r6
  431: r2 = r7
  432: r3 = r10
  433: r3 += -32
  434: r4 = 4
  435: call bpf_skb_load_bytes#26
  436: if r0 != 0x0 goto +113 <L550>
  437: r8 = *(u8 *)(r10 -32)
  438: r1 = *(u16 *)(r10 -30)
  439: r1 &= 63743
  440: if r1 != 0x0 goto +108 <L549>
  441: r7 += 8
L442:
  442: if r8 == 0x2c goto +32 <L475>
  443: if r8 == 0x33 goto +18 <L462>
  444: if r8 == 0x0 goto +4 <L449>
  445: if r8 == 0x2b goto +3 <L449>
  446: if r8 == 0x3c goto +2 <L449>
  447: if r8 == 0x87 goto +1 <L449>
  448: goto +44 <L493>
L449:
  449: r1 = r6
  450: r2 = r7
  451: r3 = r10
  452: r3 += -32
  453: r4 = 2
  454: call bpf_skb_load_bytes#26
  455: if r0 != 0x0 goto +94 <L550>
  456: r8 = *(u8 *)(r10 -32)
  457: r1 = *(u8 *)(r10 -31)
  458: r1 += 1
  459: r1 <<= 3
  460: r7 += r1
  461: goto +25 <L487>
L462:
  462: r1 = r6
  463: r2 = r7
  464: r3 = r10
  465: r3 += -32
  466: r4 = 2
  467: call bpf_skb_load_bytes#26
  468: if r0 != 0x0 goto +81 <L550>
  469: r8 = *(u8 *)(r10 -32)
  470: r1 = *(u8 *)(r10 -31)
  471: r1 += 2
  472: r1 <<= 2
  473: r7 += r1
  474: goto +12 <L487>
L475:
  475: r1 = r6
  476: r2 = r7
  477: r3 = r10
  478: r3 += -32
  479: r4 = 4
  480: call bpf_skb_load_bytes#26
  481: if r0 != 0x0 goto +68 <L550>
  482: r8 = *(u8 *)(r10 -32)
  483: r1 = *(u16 *)(r10 -30)
  484: r1 &= 63743
  485: if r1 != 0x0 goto +63 <L549>
  486: r7 += 8
L487:
  487: if r8 == 0x0 goto +62 <L550>
  488: if r8 == 0x2b goto +61 <L550>
  489: if r8 == 0x2c goto +60 <L550>
  490: if r8 == 0x33 goto +59 <L550>
  491: if r8 == 0x3c goto +58 <L550>
  492: if r8 == 0x87 goto +57 <L550>
L493:
  493: *(u64 *)(r9 +0) = r8
  494: if r8 == 0x6 goto +4 <L499>
  495: if r8 == 0x11 goto +17 <L513>
  496: if r8 == 0x1 goto +30 <L527>
  497: if r8 == 0x3a goto +40 <L538>
  498: goto +51 <L550>
L499:
  499: r1 = r6
  500: r2 = r7
  501: r3 = r10
  502: r3 += -32
  503: r4 = 20
  504: call bpf_skb_load_bytes#26
  505: if r0 != 0x0 goto +44 <L550>
  506: r0 = r10
  507: r0 += -32
  508: *(u64 *)(r9 +8) = 6
  509: r1 = *(u16 *)(r0 +2)
  510: r1 = be16 r1
  511: *(u64 *)(r9 +24) = r1
  512: goto +37 <L550>
L513:
  513: r1 = r6
  514: r2 = r7
  515: r3 = r10
  516: r3 += -32
  517: r4 = 8
  518: call bpf_skb_load_bytes#26
  519: if r0 != 0x0 goto +30 <L550>
  520: r0 = r10
  521: r0 += -32
  522: *(u64 *)(r9 +8) = 17
  523: r1 = *(u16 *)(r0 +2)
  524: r1 = be16 r1
  525: *(u64 *)(r9 +24) = r1
  526: goto +23 <L550>
L527:
  527: r1 = r6
  528: r2 = r7
  529: r3 = r10
  530: r3 += -32
  531: r4 = 8
  532: call bpf_skb_load_bytes#26
  533: if r0 != 0x0 goto +16 <L550>
  534: r0 = r10
  535: r0 += -32
  536: *(u64 *)(r9 +8) = 1
  537: goto +12 <L550>
L538:
  538: r1 = r6
  539: r2 = r7
  540: r3 = r10
  541: r3 += -32
  542: r4 = 8
  543: call bpf_skb_load_bytes#26
  544: if r0 != 0x0 goto +5 <L550>
  545: r0 = r10
  546: r0 += -32
  547: *(u64 *)(r9 +8) = 58
  548: goto +1 <L550>
L549:
  549: *(u64 *)(r9 +0) = r8
L550:
  550: r1 = r6
  551: call <tc_mark__part0>
  552: if r0 != 0x100 goto +15 <L568>
  553: *(u32 *)(r10 -8) = 4
  554: r2 = r10
  555: r2 += -8
  556: r1 = map[tc_mar_ctr] ll
  558: call bpf_map_lookup_elem#1
  559: if r0 == 0x0 goto +7 <L567>
  560: r1 = *(u64 *)(r0 +0)
  561: r1 += 1
  562: *(u64 *)(r0 +0) = r1
  563: r2 = *(u32 *)(r6 +0)
  564: r1 = *(u64 *)(r0 +8)
  565: r1 += r2
  566: *(u64 *)(r0 +8) = r1
L567:
  567: r0 = 0
L568:
  568: exit

subprog tc_mark__part0
  section  .text
  linkage  global
  part of  chain tc_mark
  insns    90

  map         type          key  value  max_entries  flags  elements  role
  tc_mar_ctr  percpu_array    4     16            5  0x0           -  counters
  tc_mar_pkt  percpu_array    4     40            1  0x0           -  scratch

; tests/golden/asm/tc-ingress-mark.bfr:3: chain tc_mark BF_HOOK_TC_INGRESS ACCEPT
   0: r6 = r1
   1: *(u32 *)(r10 -8) = 0
   2: r2 = r10
   3: r2 += -8
   4: r1 = map[tc_mar_pkt] ll
   6: call bpf_map_lookup_elem#1
   7: if r0 != 0x0 goto +2 <L10>
   8: r0 = 256
   9: exit
L10:
  10: r9 = r0
  11: r7 = *(u64 *)(r9 +8)
  12: r8 = *(u64 *)(r9 +24)
; rule 0 — tests/golden/asm/tc-ingress-mark.bfr:4: rule meta.mark 0x10 ACCEPT
  13: r1 = *(u64 *)(r9 +32)
  14: if w1 == 0x10 goto +58 <L73>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
  15: if w8 == 0x16 goto +7 <L23>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L16:
  16: r1 = *(u64 *)(r9 +32)
  17: if w1 == 0x1 goto +7 <L25>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L18:
  18: if w8 == 0x35 goto +9 <L28>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L19:
  19: r1 = *(u64 *)(r9 +0)
  20: if w1 == 0x1 goto +36 <L57>
; no rule of this function matched: return to the caller (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
  21: r0 = 256
  22: exit
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L23:
  23: if w7 == 0x6 goto +6 <L30>
  24: goto -9 <L16>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L25:
  25: r2 = *(u64 *)(r9 +16)
  26: if r2 == 0x200c0 goto +23 <L50>
  27: goto -10 <L18>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L28:
  28: if w7 == 0x11 goto +23 <L52>
  29: goto -11 <L19>
; rule 1 — tests/golden/asm/tc-ingress-mark.bfr:5: rule tcp.dport 22 mark 0x1 counter CONTINUE
L30:
  30: w1 = 1
  31: *(u32 *)(r6 +8) = r1
  32: *(u64 *)(r9 +32) = r1
  33: *(u32 *)(r10 -8) = 0
  34: r2 = r10
  35: r2 += -8
  36: r1 = map[tc_mar_ctr] ll
  38: call bpf_map_lookup_elem#1
  39: if r0 == 0x0 goto +7 <L47>
  40: r1 = *(u64 *)(r0 +0)
  41: r1 += 1
  42: *(u64 *)(r0 +0) = r1
  43: r2 = *(u32 *)(r6 +0)
  44: r1 = *(u64 *)(r0 +8)
  45: r1 += r2
  46: *(u64 *)(r0 +8) = r1
L47:
  47: r7 = *(u64 *)(r9 +8)
  48: r8 = *(u64 *)(r9 +24)
  49: goto -34 <L16>
; rule 2 — tests/golden/asm/tc-ingress-mark.bfr:6: rule meta.mark 1 ip4.saddr 192.0.2.0 counter DROP
L50:
  50: *(u32 *)(r10 -8) = 1
  51: goto +23 <L75>
; rule 3 — tests/golden/asm/tc-ingress-mark.bfr:7: rule udp.dport 53 mark 0777 counter NEXT
L52:
  52: w1 = 511
  53: *(u32 *)(r6 +8) = r1
  54: *(u64 *)(r9 +32) = r1
  55: *(u32 *)(r10 -8) = 2
  56: goto +1 <L58>
; rule 4 — tests/golden/asm/tc-ingress-mark.bfr:8: rule meta.l4_proto icmp counter NEXT
L57:
  57: *(u32 *)(r10 -8) = 3
; shared code: counters and verdicts (line info: tests/golden/asm/tc-ingress-mark.bfr:8)
L58:
  58: r2 = r10
  59: r2 += -8
  60: r1 = map[tc_mar_ctr] ll
  62: call bpf_map_lookup_elem#1
  63: if r0 == 0x0 goto +7 <L71>
  64: r1 = *(u64 *)(r0 +0)
  65: r1 += 1
  66: *(u64 *)(r0 +0) = r1
  67: r2 = *(u32 *)(r6 +0)
  68: r1 = *(u64 *)(r0 +8)
  69: r1 += r2
  70: *(u64 *)(r0 +8) = r1
L71:
  71: r0 = -1
  72: exit
L73:
  73: r0 = 0
  74: exit
L75:
  75: r2 = r10
  76: r2 += -8
  77: r1 = map[tc_mar_ctr] ll
  79: call bpf_map_lookup_elem#1
  80: if r0 == 0x0 goto +7 <L88>
  81: r1 = *(u64 *)(r0 +0)
  82: r1 += 1
  83: *(u64 *)(r0 +0) = r1
  84: r2 = *(u32 *)(r6 +0)
  85: r1 = *(u64 *)(r0 +8)
  86: r1 += r2
  87: *(u64 *)(r0 +8) = r1
L88:
  88: r0 = 2
  89: exit
