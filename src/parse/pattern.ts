// `match` statements and their patterns (PEP 634) → `ast.Match` and `ast.Pattern` nodes.
//
// Lezer's pattern grammar wants at least one item between brackets; empty `()`, `[]`, `{}` and
// `Cls()` patterns come back with an empty error node where the item would be, which is
// accepted here as the empty pattern.

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import { ComplexConst } from "./ast.js";
import type { Ctx } from "./context.js";
import { checked, isTolerated } from "./children.js";
import { expr, identifier } from "./expr.js";
import { block } from "./stmt.js";
import { N, kids, kindOf } from "./syntax.js";
import { errorAtNode } from "./targets.js";

export function matchStatement(cx: Ctx, n: SyntaxNode): ast.Match {
  const k = checked(cx, n);
  if (k.length !== 3 || kindOf(k[2]) !== N.MatchBody) cx.syntaxError(k[k.length - 1]);
  const subject = expr(cx, k[1]);
  const clauses = checked(cx, k[2]).slice(1);
  const cases: ast.match_case[] = clauses.map((c) => matchCase(cx, c));
  const lastCase = cases[cases.length - 1];
  const lastStmt = lastCase.body[lastCase.body.length - 1];
  const start = cx.loc(n.from, n.from);
  return { kind: "Match", subject, cases, ...start, end_lineno: lastStmt.end_lineno, end_col_offset: lastStmt.end_col_offset };
}

function matchCase(cx: Ctx, c: SyntaxNode): ast.match_case {
  if (kindOf(c) !== N.MatchClause) cx.syntaxError(c);
  const k = checked(cx, c);
  let end = k.length - 1;
  let guard: ast.Expr | undefined;
  if (kindOf(k[end - 1]) === N.Guard) {
    const g = checked(cx, k[end - 1]);
    guard = expr(cx, g[1]);
    end--;
  }
  const patternNodes = k.slice(1, end);
  const pats = patternList(cx, patternNodes);
  const pattern: ast.Pattern = pats.patterns.length === 1 && pats.commas === 0
    ? pats.patterns[0]
    : { kind: "MatchSequence", patterns: pats.patterns, ...cx.loc(patternNodes[0].from, patternNodes[patternNodes.length - 1].to) };
  return { kind: "match_case", pattern, guard, body: block(cx, k[k.length - 1]) };
}

function patternList(cx: Ctx, k: SyntaxNode[]): { patterns: ast.Pattern[]; commas: number } {
  const patterns: ast.Pattern[] = [];
  let commas = 0;
  for (const c of k) {
    if (kindOf(c) === N.Comma) commas++;
    else patterns.push(pattern(cx, c));
  }
  return { patterns, commas };
}

/** Lezer's stand-in for the missing item of an empty bracketed pattern. */
function isEmptyItem(cx: Ctx, k: SyntaxNode[]): boolean {
  if (k.length === 2) return kindOf(k[1]) === N.Error && isTolerated(cx, k[1]);
  if (k.length !== 3 || kindOf(k[1]) !== N.LiteralPattern) return false;
  const inner = kids(k[1]);
  return inner.length === 1 && kindOf(inner[0]) === N.Error && isTolerated(cx, inner[0]);
}

function pattern(cx: Ctx, n: SyntaxNode): ast.Pattern {
  switch (kindOf(n)) {
    case N.CapturePattern: {
      const id = identifier(cx, n);
      return { kind: "MatchAs", pattern: undefined, name: id === "_" ? undefined : id, ...cx.at(n) };
    }
    case N.LiteralPattern:
      return literalPattern(cx, n);
    case N.AsPattern: {
      const k = checked(cx, n);
      return { kind: "MatchAs", pattern: pattern(cx, k[0]), name: asTarget(cx, k[2]), ...cx.at(n) };
    }
    case N.OrPattern: {
      // Lezer binds `as` tighter than `|`; Python's `a | b as x` is `(a | b) as x`. An `as`
      // before another alternative is not Python at all.
      const k = checked(cx, n);
      const patterns: ast.Pattern[] = [];
      let capture: SyntaxNode | undefined;
      k.forEach((c, i) => {
        if (kindOf(c) === N.LogicOp) return;
        let alt = c;
        if (kindOf(c) === N.AsPattern) {
          if (i !== k.length - 1) cx.syntaxError(k[i + 1]);
          capture = c;
          alt = checked(cx, c)[0];
        }
        const p = pattern(cx, alt);
        if (p.kind === "MatchOr" && kindOf(alt) === N.OrPattern) patterns.push(...p.patterns);
        else patterns.push(p);
      });
      if (capture === undefined) return { kind: "MatchOr", patterns, ...cx.at(n) };
      const parts = checked(cx, capture);
      const or: ast.MatchOr = { kind: "MatchOr", patterns, ...cx.loc(n.from, parts[0].to) };
      return { kind: "MatchAs", pattern: or, name: asTarget(cx, parts[2]), ...cx.at(n) };
    }
    case N.AttributePattern:
      return { kind: "MatchValue", value: attribute(cx, n), ...cx.at(n) };
    case N.SequencePattern: {
      const k = kids(n);
      if (isEmptyItem(cx, k)) return { kind: "MatchSequence", patterns: [], ...cx.at(n) };
      const inner = checked(cx, n).slice(1, -1);
      const pats = patternList(cx, inner);
      // `(p)` is a group, not a sequence.
      if (kindOf(k[0]) === N.LParen && pats.patterns.length === 1 && pats.commas === 0) return pats.patterns[0];
      return { kind: "MatchSequence", patterns: pats.patterns, ...cx.at(n) };
    }
    case N.MappingPattern:
      return mappingPattern(cx, n);
    case N.StarPattern: {
      const k = checked(cx, n);
      if (kindOf(k[1]) !== N.CapturePattern) cx.syntaxError(k[1]);
      const id = identifier(cx, k[1]);
      return { kind: "MatchStar", name: id === "_" ? undefined : id, ...cx.at(n) };
    }
    case N.ClassPattern:
      return classPattern(cx, n);
    default:
      return cx.syntaxError(n);
  }
}

/** The name after `as`: any identifier but `_`. */
function asTarget(cx: Ctx, n: SyntaxNode): string {
  const target = identifier(cx, n);
  if (target === "_") cx.failAt("cannot use '_' as a target", n);
  return target;
}

function attribute(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = checked(cx, n);
  let e: ast.Expr = { kind: "Name", id: identifier(cx, k[0]), ctx: "Load", ...cx.at(k[0]) };
  for (let i = 1; i + 1 < k.length; i += 2) {
    e = { kind: "Attribute", value: e, attr: identifier(cx, k[i + 1]), ctx: "Load", ...cx.loc(n.from, k[i + 1].to) };
  }
  return e;
}

function literalPattern(cx: Ctx, n: SyntaxNode): ast.Pattern {
  const k = checked(cx, n);
  const first = k[0];
  switch (kindOf(first)) {
    case N.None:
      return { kind: "MatchSingleton", value: null, ...cx.at(n) };
    case N.Boolean:
      return { kind: "MatchSingleton", value: cx.textOf(first) === "True", ...cx.at(n) };
    case N.String:
      return { kind: "MatchValue", value: expr(cx, first), ...cx.at(n) };
  }
  // [-] Number [(+|-) Number]
  let i = 0;
  let value: ast.Expr;
  if (kindOf(first) === N.ArithOp) {
    const num = expr(cx, k[1]);
    value = { kind: "UnaryOp", op: "USub", operand: num, ...cx.loc(first.from, k[1].to) };
    i = 2;
  } else {
    value = expr(cx, first);
    i = 1;
  }
  if (i < k.length) {
    const right = expr(cx, k[i + 1]);
    if (right.kind !== "Constant" || !(right.value instanceof ComplexConst)) {
      throw errorAtNode(cx, "imaginary number required in complex literal", right);
    }
    const real = value.kind === "UnaryOp" ? value.operand : value;
    if (real.kind === "Constant" && real.value instanceof ComplexConst) {
      throw errorAtNode(cx, "real number required in complex literal", value);
    }
    value = { kind: "BinOp", left: value, op: cx.textOf(k[i]) === "+" ? "Add" : "Sub", right, ...cx.at(n) };
  }
  return { kind: "MatchValue", value, ...cx.at(n) };
}

function mappingPattern(cx: Ctx, n: SyntaxNode): ast.MatchMapping {
  const raw = kids(n);
  if (raw.length === 2 && kindOf(raw[1]) === N.Error && isTolerated(cx, raw[1])) {
    return { kind: "MatchMapping", keys: [], patterns: [], rest: undefined, ...cx.at(n) };
  }
  const k = checked(cx, n).slice(1, -1);
  const keys: ast.Expr[] = [];
  const patterns: ast.Pattern[] = [];
  let rest: string | undefined;
  let i = 0;
  while (i < k.length) {
    const c = k[i];
    if (kindOf(c) === N.Comma) {
      i++;
      continue;
    }
    if (kindOf(c) === N.StarStar) {
      const target = k[i + 1];
      if (kindOf(target) !== N.CapturePattern) cx.syntaxError(target);
      rest = identifier(cx, target);
      i += 2;
      continue;
    }
    if (kindOf(c) === N.VariableName && cx.placeholders.has(c.from)) {
      // A dotted name, respelled for Lezer (prepare.ts).
      keys.push(expr(cx, c));
    } else {
      // A plain name is no key (CPython's parser fails at the colon after it).
      if (kindOf(c) === N.VariableName && i + 1 < k.length) cx.syntaxError(k[i + 1]);
      if (kindOf(c) !== N.LiteralPattern) cx.syntaxError(c);
      const key = literalPattern(cx, c);
      keys.push(key.kind === "MatchValue" ? key.value : { kind: "Constant", value: key.kind === "MatchSingleton" ? key.value : null, const_kind: undefined, ...cx.at(c) });
    }
    patterns.push(pattern(cx, k[i + 2]));
    i += 3;
  }
  return { kind: "MatchMapping", keys, patterns, rest, ...cx.at(n) };
}

function classPattern(cx: Ctx, n: SyntaxNode): ast.MatchClass {
  const [clsNode, argList] = checked(cx, n);
  const cls: ast.Expr = kindOf(clsNode) === N.AttributePattern
    ? attribute(cx, clsNode)
    : { kind: "Name", id: identifier(cx, clsNode), ctx: "Load", ...cx.at(clsNode) };
  const patterns: ast.Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: ast.Pattern[] = [];
  const raw = kids(argList);
  if (!isEmptyItem(cx, raw)) {
    for (const c of checked(cx, argList).slice(1, -1)) {
      if (kindOf(c) === N.Comma) continue;
      if (kindOf(c) === N.KeywordPattern) {
        const [kw, p] = checked(cx, c);
        kwdAttrs.push(identifier(cx, kw));
        kwdPatterns.push(pattern(cx, p));
      } else {
        if (kwdAttrs.length > 0) cx.failAt("positional patterns follow keyword patterns", c);
        patterns.push(pattern(cx, c));
      }
    }
  }
  return { kind: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, ...cx.at(n) };
}
