// Expressions: Lezer expression nodes to `ast.Expr`.
//
// Lezer's tree is flatter than Python's grammar: lists, tuples, call arguments and comprehension
// clauses arrive as runs of sibling nodes separated by `,`/`for`/`if` tokens, and parentheses
// are a node of their own. Positions follow CPython: a node spans its Lezer node, which
// includes the parentheses of parenthesised operands; a parenthesised expression itself keeps
// the position of what is inside.

import type { SyntaxNode } from "@lezer/common";
import * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { checked, expect, isTolerated } from "./children.js";
import { numberValue } from "./literals.js";
import { operation } from "./operators.js";
import { parseArguments } from "./params.js";
import { parsePiece } from "./piece.js";
import { stringGroup } from "./strings.js";
import { N, kids, kindOf } from "./syntax.js";
import { TargetsType, errorAtNode, exprName, invalidTarget, invalidTargetError, setContext } from "./targets.js";

export function expr(cx: Ctx, n: SyntaxNode): ast.Expr {
  switch (kindOf(n)) {
    case N.VariableName:
      if (cx.placeholders.has(n.from)) return parsePiece(cx, n.from, n.to);
      return name(cx, n, "Load");
    case N.Number:
      return constant(cx, n, numberConst(cx, n));
    case N.String:
    case N.FormatString:
      return stringGroup(cx, [n], n);
    case N.ContinuedString:
      return stringGroup(cx, kids(n), n);
    case N.Ellipsis:
      return constant(cx, n, ast.Ellipsis);
    case N.None:
      return constant(cx, n, null);
    case N.Boolean:
      return constant(cx, n, cx.textOf(n) === "True");
    case N.ParenthesizedExpression:
      return parenthesized(cx, n);
    case N.TupleExpression: {
      const k = inner(cx, n);
      return { kind: "Tuple", elts: items(cx, k).elts, ctx: "Load", ...cx.at(n) };
    }
    case N.ArrayExpression:
      return { kind: "List", elts: items(cx, inner(cx, n)).elts, ctx: "Load", ...cx.at(n) };
    case N.SetExpression:
      return { kind: "Set", elts: items(cx, inner(cx, n)).elts, ...cx.at(n) };
    case N.DictionaryExpression:
      return dict(cx, n);
    case N.ComprehensionExpression:
    case N.ArrayComprehensionExpression:
    case N.SetComprehensionExpression:
      return comprehension(cx, n);
    case N.DictionaryComprehensionExpression:
      return dictComprehension(cx, n);
    case N.CallExpression:
      return call(cx, n);
    case N.MemberExpression:
      return member(cx, n);
    case N.UnaryExpression:
    case N.BinaryExpression:
    case N.AwaitExpression:
      return operation(cx, n);
    case N.ConditionalExpression: {
      const [body, , test, , orelse] = expect(cx, n, 5);
      return { kind: "IfExp", test: expr(cx, test), body: expr(cx, body), orelse: expr(cx, orelse), ...cx.at(n) };
    }
    case N.LambdaExpression: {
      const [, params, , body] = expect(cx, n, 4);
      return { kind: "Lambda", args: parseArguments(cx, params, true), body: expr(cx, body), ...cx.at(n) };
    }
    case N.NamedExpression:
      return namedExpr(cx, n);
    case N.YieldExpression:
      return yieldExpr(cx, n);
    default:
      return cx.syntaxError(n);
  }
}

export function name(cx: Ctx, n: SyntaxNode, ctx: ast.ExprContext): ast.Name {
  return { kind: "Name", id: identifier(cx, n), ctx, ...cx.at(n) };
}

/** An identifier's text; non-ASCII identifiers are NFKC-normalised, as CPython does. */
export function identifier(cx: Ctx, n: SyntaxNode): string {
  const id = cx.textOf(n);
  return /^[\x00-\x7f]*$/.test(id) ? id : id.normalize("NFKC");
}

function constant(cx: Ctx, n: SyntaxNode, value: ast.ConstValue): ast.Constant {
  return { kind: "Constant", value, const_kind: undefined, ...cx.at(n) };
}

function numberConst(cx: Ctx, n: SyntaxNode): ast.ConstValue {
  return numberValue(cx.textOf(n));
}

/** The children between a bracketed node's brackets. */
function inner(cx: Ctx, n: SyntaxNode): SyntaxNode[] {
  const k = checked(cx, n);
  return k.slice(1, -1);
}

function parenthesized(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = inner(cx, n);
  if (k.length === 1) return expr(cx, k[0]);
  if (k.length === 2 && kindOf(k[0]) === N.Star) cx.fail("cannot use starred expression here", k[0].from, k[1].to);
  return cx.syntaxError(k[k.length - 1] ?? n);
}

// ---- comma-separated runs ----------------------------------------------------------------------

export interface Items {
  elts: ast.Expr[];
  /** Number of commas seen, so a caller can tell `x` from `x,`. */
  commas: number;
  from: number;
  to: number;
}

/**
 * A run of `[*]expression` items separated by commas (Lezer's `commaSep`), as in tuple and list
 * displays, `return`, targets and right-hand sides.
 */
export function items(cx: Ctx, k: SyntaxNode[]): Items {
  const elts: ast.Expr[] = [];
  let commas = 0;
  let i = 0;
  while (i < k.length) {
    const c = k[i];
    switch (kindOf(c)) {
      case N.Comma:
        commas++;
        i++;
        break;
      case N.Star: {
        const value = k[i + 1];
        if (value === undefined) cx.syntaxError(c);
        elts.push({ kind: "Starred", value: expr(cx, value), ctx: "Load", ...cx.loc(c.from, value.to) });
        i += 2;
        break;
      }
      case N.Error:
        cx.syntaxError(c);
      default:
        elts.push(expr(cx, c));
        i++;
    }
  }
  return { elts, commas, from: k[0]?.from ?? 0, to: k[k.length - 1]?.to ?? 0 };
}

/** A run that forms one expression: itself if single and without comma, else a Tuple. */
export function tupleOrSingle(cx: Ctx, k: SyntaxNode[]): ast.Expr {
  const it = items(cx, k);
  if (it.elts.length === 1 && it.commas === 0) return it.elts[0];
  return { kind: "Tuple", elts: it.elts, ctx: "Load", ...cx.loc(it.from, it.to) };
}

// ---- displays and comprehensions ---------------------------------------------------------------

function dict(cx: Ctx, n: SyntaxNode): ast.Dict {
  const k = inner(cx, n);
  const keys: (ast.Expr | undefined)[] = [];
  const values: ast.Expr[] = [];
  let i = 0;
  while (i < k.length) {
    if (kindOf(k[i]) === N.Comma) {
      i++;
    } else if (kindOf(k[i]) === N.StarStar) {
      keys.push(undefined);
      values.push(expr(cx, k[i + 1]));
      i += 2;
    } else {
      if (kindOf(k[i + 1]) !== N.Colon) cx.syntaxError(k[i + 1] ?? k[i]);
      keys.push(expr(cx, k[i]));
      values.push(expr(cx, k[i + 2]));
      i += 3;
    }
  }
  return { kind: "Dict", keys, values, ...cx.at(n) };
}

function isClauseStart(c: SyntaxNode): boolean {
  const kind = kindOf(c);
  return kind === N.KwFor || kind === N.KwAsync;
}

/** `for … in … if …` clauses starting at k[i], up to the end of `k`. */
export function generators(cx: Ctx, k: SyntaxNode[], i: number): ast.comprehension[] {
  const gens: ast.comprehension[] = [];
  while (i < k.length) {
    let isAsync = 0;
    if (kindOf(k[i]) === N.KwAsync) {
      isAsync = 1;
      i++;
    }
    if (kindOf(k[i]) !== N.KwFor) cx.syntaxError(k[i]);
    i++;
    const start = i;
    while (i < k.length && kindOf(k[i]) !== N.KwIn) i++;
    if (i >= k.length || i === start) cx.syntaxError(k[i - 1]);
    const target = forTarget(cx, k.slice(start, i));
    const iter = expr(cx, k[i + 1]);
    i += 2;
    const ifs: ast.Expr[] = [];
    while (i < k.length && kindOf(k[i]) === N.KwIf) {
      ifs.push(expr(cx, k[i + 1]));
      i += 2;
    }
    gens.push({ kind: "comprehension", target, iter, ifs, is_async: isAsync });
  }
  return gens;
}

/** The target of `for` (statement or clause), in Store context. */
export function forTarget(cx: Ctx, k: SyntaxNode[]): ast.Expr {
  const target = tupleOrSingle(cx, k);
  if (!setContext(target, "Store") || invalidTarget(target, TargetsType.For) !== undefined) {
    invalidTargetError(cx, target, TargetsType.For, { from: k[0].from, to: k[k.length - 1].to });
  }
  return target;
}

function comprehension(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = inner(cx, n);
  let i = 0;
  let elt: ast.Expr;
  if (kindOf(k[0]) === N.Star) {
    cx.fail("iterable unpacking cannot be used in comprehension", k[0].from, k[1].to);
  } else {
    elt = expr(cx, k[0]);
    i = 1;
  }
  if (!isClauseStart(k[i])) cx.syntaxError(k[i]);
  const gens = generators(cx, k, i);
  const kind = kindOf(n);
  const loc = cx.at(n);
  if (kind === N.ArrayComprehensionExpression) return { kind: "ListComp", elt, generators: gens, ...loc };
  if (kind === N.SetComprehensionExpression) return { kind: "SetComp", elt, generators: gens, ...loc };
  return { kind: "GeneratorExp", elt, generators: gens, ...loc };
}

function dictComprehension(cx: Ctx, n: SyntaxNode): ast.DictComp {
  const k = inner(cx, n);
  if (kindOf(k[0]) === N.StarStar) cx.failAt("dict unpacking cannot be used in dict comprehension", k[0]);
  if (kindOf(k[1]) !== N.Colon) cx.syntaxError(k[1]);
  const key = expr(cx, k[0]);
  const value = expr(cx, k[2]);
  return { kind: "DictComp", key, value, generators: generators(cx, k, 3), ...cx.at(n) };
}

// ---- trailers ----------------------------------------------------------------------------------

function member(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = checked(cx, n);
  const value = expr(cx, k[0]);
  if (kindOf(k[1]) === N.Dot) {
    if (k.length !== 3) cx.syntaxError(k[k.length - 1]);
    return { kind: "Attribute", value, attr: identifier(cx, k[2]), ctx: "Load", ...cx.at(n) };
  }
  return { kind: "Subscript", value, slice: subscript(cx, k.slice(2, -1), k[1].to), ctx: "Load", ...cx.at(n) };
}

/** The inside of `[…]` (after offset `open`): one index or slice, or a tuple of them. */
function subscript(cx: Ctx, k: SyntaxNode[], open: number): ast.Expr {
  const groups = splitCommas(k);
  const commas = groups.length - 1;
  if (groups[groups.length - 1].length === 0 && commas > 0) groups.pop();
  const elts: ast.Expr[] = [];
  let starred = false;
  let prevEnd = open;
  let from = k[0].from;
  for (const g of groups) {
    if (g.length === 0) return cx.syntaxError(k[0]);
    // `a[*b]`: prepare.ts spelled the star as a space.
    let star: number | undefined;
    for (const s of cx.stars) if (s >= prevEnd && s < g[0].from) star = s;
    if (star !== undefined) {
      if (g.length !== 1) cx.syntaxError(g[1]);
      elts.push({ kind: "Starred", value: expr(cx, g[0]), ctx: "Load", ...cx.loc(star, g[0].to) });
      if (!starred && elts.length === 1) from = star;
      starred = true;
    } else elts.push(sliceItem(cx, g));
    prevEnd = g[g.length - 1].to;
  }
  if (elts.length === 1 && commas === 0 && !starred) return elts[0];
  return { kind: "Tuple", elts, ctx: "Load", ...cx.loc(from, k[k.length - 1].to) };
}

function sliceItem(cx: Ctx, g: SyntaxNode[]): ast.Expr {
  if (g.length > 1 && isClauseStart(g[1])) cx.syntaxError(g[1]);
  if (!g.some((c) => kindOf(c) === N.Colon)) {
    if (g.length !== 1) cx.syntaxError(g[1]);
    return expr(cx, g[0]);
  }
  const parts: (ast.Expr | undefined)[] = [undefined, undefined, undefined];
  let part = 0;
  for (const c of g) {
    if (kindOf(c) === N.Colon) {
      part++;
      if (part > 2) cx.syntaxError(c);
    } else {
      if (parts[part] !== undefined) cx.syntaxError(c);
      parts[part] = expr(cx, c);
    }
  }
  return { kind: "Slice", lower: parts[0], upper: parts[1], step: parts[2], ...cx.loc(g[0].from, g[g.length - 1].to) };
}

function call(cx: Ctx, n: SyntaxNode): ast.Call {
  const [f, argList] = expect(cx, n, 2);
  const func = expr(cx, f);
  const { args, keywords } = callArguments(cx, argList);
  return { kind: "Call", func, args, keywords, ...cx.at(n) };
}

/**
 * Split a run of children at its commas, except the commas of a `for` target inside a
 * comprehension (`f(k for k, v in d)`).
 */
function splitCommas(k: SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [];
  let g: SyntaxNode[] = [];
  let inTarget = false;
  for (const c of k) {
    const kind = kindOf(c);
    if (kind === N.Comma && !inTarget) {
      groups.push(g);
      g = [];
      continue;
    }
    if (kind === N.KwFor) inTarget = true;
    else if (kind === N.KwIn) inTarget = false;
    g.push(c);
  }
  groups.push(g);
  return groups;
}

/** The arguments of a call (or of a class's bases): `ArgList` → positional and keyword. */
export function callArguments(cx: Ctx, argList: SyntaxNode): { args: ast.Expr[]; keywords: ast.keyword[] } {
  const k = checked(cx, argList);
  const close = k[k.length - 1];
  const args: ast.Expr[] = [];
  const keywords: ast.keyword[] = [];
  const groups = splitCommas(k.slice(1, -1));
  if (groups[groups.length - 1].length === 0) groups.pop();
  let sawKeyword = false;
  let sawKwUnpack = false;
  for (const grp of groups) {
    const first = grp[0];
    if (first === undefined) cx.syntaxError(close);
    const kind = kindOf(first);
    if (kind === N.StarStar) {
      keywords.push({ kind: "keyword", arg: undefined, value: expr(cx, grp[1]), ...cx.loc(first.from, grp[1].to) });
      sawKwUnpack = true;
      continue;
    }
    if (kind === N.Star) {
      if (sawKwUnpack) cx.failAt("iterable argument unpacking follows keyword argument unpacking", first);
      args.push({ kind: "Starred", value: expr(cx, grp[1]), ctx: "Load", ...cx.loc(first.from, grp[1].to) });
      continue;
    }
    if (grp.length >= 3 && kindOf(grp[1]) === N.AssignOp) {
      if (cx.textOf(grp[1]) === "=") {
        if (grp.length > 3) cx.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first.from, grp[2].to);
        keywords.push({ kind: "keyword", arg: identifier(cx, first), value: expr(cx, grp[2]), ...cx.loc(first.from, grp[2].to) });
        sawKeyword = true;
        continue;
      }
      if (grp.length > 3) cx.syntaxError(grp[3]);
    }
    if (sawKeyword || sawKwUnpack) {
      const msg = sawKwUnpack
        ? "positional argument follows keyword argument unpacking"
        : "positional argument follows keyword argument";
      cx.fail(msg, close.from, close.to);
    }
    if (grp.length > 1 && isClauseStart(grp[1])) {
      if (groups.length > 1) cx.fail("Generator expression must be parenthesized", first.from, grp[grp.length - 1].to);
      const elt = expr(cx, first);
      args.push({ kind: "GeneratorExp", elt, generators: generators(cx, grp, 1), ...cx.loc(k[0].from, close.to) });
      continue;
    }
    if (grp.length === 3 && kindOf(grp[1]) === N.AssignOp) {
      args.push(walrus(cx, grp[0], grp[2], cx.loc(grp[0].from, grp[2].to)));
      continue;
    }
    if (grp.length !== 1) cx.syntaxError(grp[1]);
    args.push(expr(cx, first));
  }
  return { args, keywords };
}

function walrus(cx: Ctx, target: SyntaxNode, value: SyntaxNode, loc: ast.Located): ast.NamedExpr {
  const t = expr(cx, target);
  if (t.kind !== "Name") throw errorAtNode(cx, `cannot use assignment expressions with ${exprName(t)}`, t);
  t.ctx = "Store";
  return { kind: "NamedExpr", target: t, value: expr(cx, value), ...loc };
}

function namedExpr(cx: Ctx, n: SyntaxNode): ast.NamedExpr {
  const [target, , value] = expect(cx, n, 3);
  return walrus(cx, target, value, cx.at(n));
}

/** A YieldExpression, or the YieldStatement that holds the same children. */
export function yieldExpr(cx: Ctx, n: SyntaxNode): ast.Expr {
  const k = kids(n);
  // `yield` alone: Lezer's grammar wants an operand and records a zero-width error after the
  // keyword. Accept it when the next token can follow a bare yield.
  if (k.length === 2 && kindOf(k[1]) === N.Error && isTolerated(cx, k[1])) {
    return { kind: "Yield", value: undefined, ...cx.at(k[0]) };
  }
  checked(cx, n);
  if (k.length === 1) return { kind: "Yield", value: undefined, ...cx.at(n) };
  if (kindOf(k[1]) === N.KwFrom) {
    if (k.length !== 3) cx.syntaxError(k[k.length - 1]);
    return { kind: "YieldFrom", value: expr(cx, k[2]), ...cx.at(n) };
  }
  return { kind: "Yield", value: tupleOrSingle(cx, k.slice(1)), ...cx.at(n) };
}
