// CST → AST: a Chevrotain CST visitor that builds the typed AST of grammar/ast.ts. It also reports
// the syntax mistakes the grammar deliberately lets through so it can explain them better
// (spaces inside a payload, `ip4.saddr in {…}`, headers after `every`, sets after rules).

import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.js";
import type * as C from "./cst.js";
import { parserInstance } from "./parser.js";
import * as T from "./lexer.js";
import { scanSetBody } from "./setbody.js";
import type { Span } from "./span.js";

export interface SyntaxProblem {
  code: string;
  message: string;
  span: Span;
  hint?: string;
}

type Child = CstNode | IToken;

const BaseVisitor = parserInstance.getBaseCstVisitorConstructor();

function isToken(c: Child): c is IToken {
  return (c as IToken).image !== undefined;
}

function tokenSpan(t: IToken): Span {
  return Number.isFinite(t.startOffset) ? { start: t.startOffset, length: t.image.length } : { start: 0, length: 0 };
}

function nodeSpan(n: CstNode): Span {
  const loc = n.location;
  if (!loc || !Number.isFinite(loc.startOffset)) return { start: 0, length: 0 };
  const end = Number.isFinite(loc.endOffset) ? (loc.endOffset as number) : loc.startOffset;
  return { start: loc.startOffset, length: end - loc.startOffset + 1 };
}

/** All tokens of a node, in source order (for small nodes: names, payloads). */
function tokensOf(n: CstNode): IToken[] {
  const out: IToken[] = [];
  for (const list of Object.values(n.children)) {
    for (const c of list) {
      if (isToken(c)) out.push(c);
      else out.push(...tokensOf(c));
    }
  }
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

function anyRecovered(n: CstNode): boolean {
  if (n.recoveredNode) return true;
  for (const list of Object.values(n.children)) {
    for (const c of list) {
      if (isToken(c) ? c.isInsertedInRecovery === true : anyRecovered(c)) return true;
    }
  }
  return false;
}

function wordOf(t: IToken | undefined): A.Word {
  return t ? { text: t.image, span: tokenSpan(t) } : { text: "", span: { start: 0, length: 0 } };
}

/** The first element of a CST child list; lists can be missing in nodes built during recovery. */
function first<T>(list: T[] | undefined): T | undefined {
  return list?.[0];
}

function cover(a: Span, b: Span): Span {
  return { start: a.start, length: b.start + b.length - a.start };
}

export class AstBuilder extends BaseVisitor {
  problems: SyntaxProblem[] = [];
  constructor(
    private readonly source: string,
    /** False when the parse had no error: then no node can be a recovered one. */
    private readonly recovering: boolean,
  ) {
    super();
    this.validateVisitor();
  }

  private problem(code: string, message: string, span: Span, hint?: string): void {
    this.problems.push({ code, message, span, hint });
  }

  ruleset(ctx: C.RulesetCstChildren, n: CstNode): A.AstRuleset {
    const chains = (ctx.chain ?? []).map((c) => this.visit(c, c) as A.AstChain);
    return { kind: "ruleset", chains, span: nodeSpan(n) };
  }

  chain(ctx: C.ChainCstChildren, n: CstNode): A.AstChain {
    const sets = (ctx.setDecl ?? []).map((c) => this.visit(c, c) as A.AstSetDecl);
    const rules = (ctx.rule ?? []).map((c) => this.visit(c, c) as A.AstRule);
    const firstRule = rules[0];
    if (firstRule) {
      for (const s of sets) {
        if (s.span.start > firstRule.span.start) {
          this.problem("BFR1007", `set '${s.name.text}' is declared after a rule`, cover(s.span, s.name.span),
            "declare every set after the chain's policy, before its first rule");
        }
      }
    }
    const opts = first(ctx.hookOptions);
    return {
      kind: "chain",
      name: this.firstWord(first(ctx.name)),
      hook: this.firstWord(first(ctx.hook)),
      options: opts ? (this.visit(opts, opts) as A.AstHookOptions) : null,
      policy: this.firstWord(first(ctx.policy)),
      sets,
      rules,
      span: nodeSpan(n),
      // An error in the header (name, hook, options, policy) makes the whole chain unreliable.
      recovered: this.recovering && (n.recoveredNode === true
        || [first(ctx.name), first(ctx.hook), first(ctx.hookOptions), first(ctx.policy)].some((c) => c !== undefined && anyRecovered(c))
        || ctx.name === undefined || ctx.hook === undefined || ctx.policy === undefined),
    };
  }

  private firstWord(n: CstNode | undefined): A.Word {
    return n ? wordOf(tokensOf(n)[0]) : wordOf(undefined);
  }

  // Single-word rules are read directly with firstWord(); validateVisitor() still wants a method.
  name(): void {}
  hook(): void {}
  policy(): void {}
  direction(): void {}

  hookOptions(ctx: C.HookOptionsCstChildren, n: CstNode): A.AstHookOptions {
    const toks = [...(ctx.HookOpt ?? [])];
    const items = toks.filter((t) => !t.isInsertedInRecovery).sort((a, b) => a.startOffset - b.startOffset).map((t) => {
      const m = /^([^ \t=]*)([ \t]*)=([ \t]*)(.*)$/.exec(t.image) as RegExpExecArray;
      const start = t.startOffset;
      const valueStart = start + t.image.length - m[4].length;
      if (m[2] || m[3]) {
        this.problem("BFR1005", `hook option '${t.image}' contains a space`, tokenSpan(t), `write '${m[1]}=${m[4]}'`);
      }
      return {
        key: { text: m[1], span: { start, length: m[1].length } },
        value: { text: m[4], span: { start: valueStart, length: m[4].length } },
        span: tokenSpan(t),
      };
    });
    return { braces: ctx.LBrace !== undefined, items, span: nodeSpan(n) };
  }

  setDecl(ctx: C.SetDeclCstChildren, n: CstNode): A.AstSetDecl {
    const body = first(ctx.SetBody);
    const key = first(ctx.setKey);
    return {
      kind: "setdecl",
      name: this.firstWord(first(ctx.name)),
      key: key ? this.setKey(key.children, key) : { fields: [], span: nodeSpan(n) },
      body: this.setBody(body),
      span: nodeSpan(n),
      recovered: this.recovering && anyRecovered(n),
    };
  }

  setKey(ctx: C.SetKeyCstChildren, n: CstNode): A.AstSetKey {
    const fields = (ctx.Word ?? []).map(wordOf).sort((a, b) => a.span.start - b.span.start);
    return { fields, span: nodeSpan(n) };
  }

  private setBody(t: IToken | undefined): A.AstSetBody {
    if (!t || !Number.isFinite(t.startOffset)) {
      return { kind: "setbody", elements: { count: 0, first: new Int32Array(1), comps: new Int32Array(0) }, span: { start: 0, length: 0 } };
    }
    const start = t.startOffset;
    const closed = t.image.length > 1 && t.image.endsWith("}");
    if (!closed) {
      this.problem("BFR1004", "set body is not closed", { start, length: 1 }, "add '}' after the last element");
    }
    if (!closed) {
      // Everything up to the end of the file was swallowed: scanning it would only add noise.
      return { kind: "setbody", elements: { count: 0, first: new Int32Array(1), comps: new Int32Array(0) }, span: tokenSpan(t) };
    }
    const innerEnd = start + t.image.length - 1;
    const elements = scanSetBody(this.source, start + 1, innerEnd, (p) => this.problem(p.code, p.message, p.span, p.hint));
    return { kind: "setbody", elements, span: tokenSpan(t) };
  }

  setTarget(ctx: C.SetTargetCstChildren): A.AstSetMatcher["target"] {
    const body = first(ctx.SetBody);
    if (body) return { kind: "inline", body: this.setBody(body) };
    return { kind: "ref", name: this.firstWord(first(ctx.name)) };
  }

  rule(ctx: C.RuleCstChildren, n: CstNode): A.AstRule {
    const matchers = (ctx.matcher ?? []).map((c) => this.visit(c, c) as A.AstMatcher);
    const options = (ctx.ruleOption ?? []).map((c) => this.visit(c, c) as A.AstOption);
    const v = first(ctx.verdict);
    const verdict: A.AstVerdict = v ? (this.visit(v, v) as A.AstVerdict) : { name: wordOf(undefined), iface: null, dir: null, span: nodeSpan(n) };
    return { kind: "rule", matchers, options, verdict, span: nodeSpan(n), recovered: this.recovering && anyRecovered(n) };
  }

  matcher(ctx: C.MatcherCstChildren, n: CstNode): A.AstMatcher {
    const negate = ctx.Not !== undefined;
    const target = first(ctx.setTarget);
    const keyNode = first(ctx.setKey);
    if (keyNode) {
      const key = this.setKey(keyNode.children, keyNode);
      return { kind: "set", key, negate, target: target ? this.visit(target, target) : { kind: "ref", name: wordOf(undefined) }, span: nodeSpan(n) };
    }
    const field = wordOf(first(ctx.Word));
    if (target) {
      this.problem("BFR1006", `'${field.text} in' needs the key in parentheses`, cover(field.span, tokenSpan(first(ctx.In) as IToken)),
        `write '(${field.text}) in …'`);
      return { kind: "set", key: { fields: [field], span: field.span }, negate, target: this.visit(target, target), span: nodeSpan(n) };
    }
    const opTok = first(ctx.OpWord);
    const p = first(ctx.payload);
    const payload = p ? this.payload(p) : wordOf(undefined);
    return { kind: "field", field, negate, op: opTok ? wordOf(opTok) : null, payload, span: nodeSpan(n) };
  }

  /** Joins `a,b,c`; the parts must touch: a payload is one token without spaces. */
  payload(p: CstNode): A.Word {
    const toks = tokensOf(p).filter((t) => !t.isInsertedInRecovery);
    if (toks.length === 0) return wordOf(undefined);
    const first = toks[0];
    const last = toks[toks.length - 1];
    const span = { start: first.startOffset, length: last.startOffset + last.image.length - first.startOffset };
    const joined = toks.map((t) => t.image).join("");
    for (let i = 1; i < toks.length; i++) {
      const prev = toks[i - 1];
      if (prev.startOffset + prev.image.length !== toks[i].startOffset) {
        this.problem("BFR1005", `value '${this.source.slice(span.start, span.start + span.length)}' contains a space`, span,
          `a value is one word: write '${joined}'`);
        break;
      }
    }
    return { text: joined, span };
  }

  ruleOption(ctx: C.RuleOptionCstChildren, n: CstNode): A.AstOption {
    const span = nodeSpan(n);
    if (ctx.Counter) return { kind: "counter", span };
    if (ctx.Mark) return { kind: "mark", value: wordOf(first(ctx.AnyWord)), span };
    const payloads = ctx.payload ?? [];
    const everyWord = first(ctx.AnyWord);
    const everyTok = first(ctx.Every);
    let headers: A.Word | null = null;
    for (const p of payloads) {
      const w = this.payload(p);
      if (everyTok && w.span.start > everyTok.startOffset) {
        this.problem("BFR1010", "log headers must come before 'every'", w.span,
          `write 'log ${w.text} every ${everyWord?.image ?? "…"}'`);
      } else {
        headers = w;
      }
    }
    return { kind: "log", headers, every: everyWord ? wordOf(everyWord) : null, span };
  }

  verdict(ctx: C.VerdictCstChildren, n: CstNode): A.AstVerdict {
    const nameTok = first(ctx.VerdictWord) ?? first(ctx.Redirect);
    if (nameTok?.tokenType === T.Redirect) {
      const iface = wordOf(first(ctx.AnyWord));
      const dir = this.firstWord(first(ctx.direction));
      return { name: wordOf(nameTok), iface, dir, span: nodeSpan(n) };
    }
    return { name: wordOf(nameTok), iface: null, dir: null, span: nodeSpan(n) };
  }
}
