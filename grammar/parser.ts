// The `.bfr` grammar as a Chevrotain CstParser (LANGUAGE.md §2). It only decides structure; words
// are checked later (unknown hooks, verdicts and matchers get did-you-mean hints from the checker).
// Error recovery is on, so one run reports every independent syntax error.

import { CstParser, EOF, tokenMatcher, type IParserErrorMessageProvider, type IToken } from "chevrotain";
import * as T from "./lexer.js";

function describe(t: IToken): string {
  if (t.tokenType === EOF) return "end of file";
  if (t.tokenType === T.SetBody) return "a set body";
  return `'${t.image}'`;
}

const RULE_EXPECTS: Record<string, string> = {
  ruleset: "'chain'",
  chain: "a set declaration, a rule or the next chain",
  name: "a name",
  hook: "a hook name such as BF_HOOK_XDP",
  hookOptions: "hook options such as '{ifindex=2}'",
  policy: "a policy (ACCEPT, DROP or NEXT)",
  setKey: "a set key such as '(ip4.saddr)'",
  setTarget: "a set body '{…}' or a set name",
  matcher: "a matcher such as 'ip4.saddr 10.0.0.1'",
  payload: "a value",
  payloadWord: "a value",
  ruleOption: "'counter', 'mark' or 'log'",
  verdict: "a verdict (ACCEPT, DROP, CONTINUE, NEXT or REDIRECT)",
  direction: "'in' or 'out'",
};

export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (expected === EOF) return `expected 'chain', found ${describe(actual)}`;
    if (ruleName === "name") return `expected a name, found ${describe(actual)}`;
    if (ruleName === "setTarget" || ruleName === "setDecl") {
      if (expected === T.In) return `expected 'in' after the set key, found ${describe(actual)}`;
    }
    if (expected === T.AnyWord && previous.image) return `expected a value after '${previous.image}', found ${describe(actual)}`;
    return `expected ${expected.LABEL ?? expected.name}, found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected 'chain', found ${describe(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, previous, ruleName }) {
    if (ruleName === "matcher" && (previous.tokenType === T.Word || previous.tokenType === T.Not || tokenMatcher(previous, T.OpWord))) {
      return `expected a value after '${previous.image}', found ${describe(actual[0])}`;
    }
    return `expected ${RULE_EXPECTS[ruleName] ?? "something else"}, found ${describe(actual[0])}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    if (ruleName === "rule") return `a rule needs at least one matcher, found ${describe(actual[0])}`;
    return `expected ${RULE_EXPECTS[ruleName] ?? "more input"}, found ${describe(actual[0])}`;
  },
};

export class BfrParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, nodeLocationTracking: "onlyOffset", errorMessageProvider: messages, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  // No single-token insertion/deletion: guessing a missing or extra token produced follow-on
  // errors; re-synchronising at the next `rule`, `set` or `chain` reports each mistake once.
  protected override canTokenTypeBeInsertedInRecovery(): boolean {
    return false;
  }

  protected override canTokenTypeBeDeletedInRecovery(): boolean {
    return false;
  }

  // Alternatives are built once and reused: Chevrotain accepts a cached array, and re-creating
  // closures on every call is what dominates the parse time of a 100k-rule file otherwise.
  private altChainItem?: { ALT: () => unknown }[];
  private altHookOptions?: { ALT: () => unknown }[];
  private altMatcher?: { ALT: () => unknown }[];
  private altMatcherTail?: { ALT: () => unknown }[];
  private altSetTarget?: { ALT: () => unknown }[];
  private altOption?: { ALT: () => unknown }[];
  private altVerdict?: { ALT: () => unknown }[];
  private altDirection?: { ALT: () => unknown }[];
  private optMatchers?: { GATE: () => boolean; DEF: () => unknown };
  private optOp?: { GATE: () => boolean; DEF: () => unknown };
  private optLogHeaders?: { GATE: () => boolean; DEF: () => unknown };
  private optLateHeaders?: { GATE: () => boolean; DEF: () => unknown };

  ruleset = this.RULE("ruleset", () => {
    this.MANY(() => this.SUBRULE(this.chain));
  });

  chain = this.RULE("chain", () => {
    this.CONSUME(T.Chain);
    this.SUBRULE(this.name);
    this.SUBRULE(this.hook);
    this.OPTION(() => this.SUBRULE(this.hookOptions));
    this.SUBRULE(this.policy);
    this.MANY(() => this.OR((this.altChainItem ??= [{ ALT: () => this.SUBRULE(this.setDecl) }, { ALT: () => this.SUBRULE(this.rule) }])));
  });

  name = this.RULE("name", () => {
    this.CONSUME(T.AnyWord);
  });

  hook = this.RULE("hook", () => {
    this.CONSUME(T.HookWord);
  });

  hookOptions = this.RULE("hookOptions", () => {
    this.OR((this.altHookOptions ??= [
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.OPTION(() => {
            this.CONSUME(T.HookOpt);
            this.MANY(() => {
              this.OPTION2(() => this.CONSUME(T.Comma));
              this.CONSUME2(T.HookOpt);
            });
          });
          this.CONSUME(T.RBrace);
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME3(T.HookOpt)) },
    ]));
  });

  policy = this.RULE("policy", () => {
    this.CONSUME(T.PolicyWord);
  });

  setDecl = this.RULE("setDecl", () => {
    this.CONSUME(T.Set);
    this.SUBRULE(this.name);
    this.SUBRULE(this.setKey);
    this.CONSUME(T.In);
    this.CONSUME(T.SetBody);
  });

  setKey = this.RULE("setKey", () => {
    this.CONSUME(T.LParen);
    this.CONSUME(T.Word);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Word);
    });
    this.CONSUME(T.RParen);
  });

  setTarget = this.RULE("setTarget", () => {
    this.OR((this.altSetTarget ??= [{ ALT: () => this.CONSUME(T.SetBody) }, { ALT: () => this.SUBRULE(this.name) }]));
  });

  private startsMatcher = (): boolean => {
    const t = this.LA(1);
    return t.tokenType === T.LParen || (t.tokenType === T.Word && t.image.includes("."));
  };

  /** REDIRECT is also a payload word (ICMP type), but after `log` it is the verdict. */
  private notRedirect = (): boolean => this.LA(1).tokenType !== T.Redirect;

  private opFollowedByValue = (): boolean => tokenMatcher(this.LA(2), T.AnyWord);

  rule = this.RULE("rule", () => {
    this.CONSUME(T.Rule);
    // A dotless word after the matchers is a (misspelled) verdict, not a matcher: every matcher
    // name has a dot. This turns `… accept` into "expected a verdict" instead of "missing value".
    this.AT_LEAST_ONE((this.optMatchers ??= { GATE: this.startsMatcher, DEF: () => this.SUBRULE(this.matcher) }));
    this.MANY(() => this.SUBRULE(this.ruleOption));
    this.SUBRULE(this.verdict);
  });

  matcher = this.RULE("matcher", () => {
    this.OR((this.altMatcher ??= [
      {
        ALT: () => {
          this.SUBRULE(this.setKey);
          this.OPTION(() => this.CONSUME(T.Not));
          this.CONSUME(T.In);
          this.SUBRULE(this.setTarget);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Word);
          this.OPTION2(() => this.CONSUME2(T.Not));
          this.OR2((this.altMatcherTail ??= [
            {
              // `ip4.saddr in {…}`: parsed so the visitor can explain the parenthesized form.
              ALT: () => {
                this.CONSUME2(T.In);
                this.SUBRULE2(this.setTarget);
              },
            },
            {
              ALT: () => {
                this.OPTION3((this.optOp ??= { GATE: this.opFollowedByValue, DEF: () => this.CONSUME(T.OpWord) }));
                this.SUBRULE(this.payload);
              },
            },
          ]));
        },
      },
    ]));
  });

  /** One value; commas join parts (`syn,ack`) and the visitor rejects spaces around them. */
  payload = this.RULE("payload", () => {
    this.CONSUME(T.AnyWord);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.AnyWord);
    });
  });

  ruleOption = this.RULE("ruleOption", () => {
    this.OR((this.altOption ??= [
      { ALT: () => this.CONSUME(T.Counter) },
      {
        ALT: () => {
          this.CONSUME(T.Mark);
          this.CONSUME(T.AnyWord);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Log);
          this.OPTION((this.optLogHeaders ??= { GATE: this.notRedirect, DEF: () => this.SUBRULE(this.payload) }));
          this.OPTION2(() => {
            this.CONSUME(T.Every);
            this.CONSUME2(T.AnyWord);
            // Headers after `every` are a mistake the visitor explains.
            this.OPTION3((this.optLateHeaders ??= { GATE: this.notRedirect, DEF: () => this.SUBRULE2(this.payload) }));
          });
        },
      },
    ]));
  });

  verdict = this.RULE("verdict", () => {
    this.OR((this.altVerdict ??= [
      // ACCEPT, DROP, CONTINUE, NEXT, or a misspelled all-caps word (reported by the checker).
      { ALT: () => this.CONSUME(T.VerdictWord) },
      {
        ALT: () => {
          this.CONSUME(T.Redirect);
          this.CONSUME(T.AnyWord);
          this.SUBRULE(this.direction);
        },
      },
    ]));
  });

  direction = this.RULE("direction", () => {
    this.OR((this.altDirection ??= [{ ALT: () => this.CONSUME(T.In) }, { ALT: () => this.CONSUME(T.Word) }]));
  });
}

/** The one shared parser instance (Chevrotain parsers are reusable via `input =`). */
export const parserInstance = new BfrParser();
