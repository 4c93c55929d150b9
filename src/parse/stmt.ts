// Statements: Lezer statement nodes to `ast.Stmt`.
//
// A compound statement spans from its first keyword to the end of the last statement in its
// last block, as in CPython (Lezer's Body nodes also hold the trailing line break). Errors that
// CPython's grammar finds with its "invalid_*" rules in structures Lezer accepts (bad targets,
// `try` without handlers, trailing commas in imports) are raised here, worded as CPython words them.

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { checked } from "./children.js";
import { callArguments, expr, forTarget, identifier, items, name, tupleOrSingle, yieldExpr } from "./expr.js";
import { parseArguments } from "./params.js";
import { matchStatement } from "./pattern.js";
import { N, kids, kindOf } from "./syntax.js";
import { TargetsType, errorAtNode, exprName, invalidTarget, invalidTargetError, setContext } from "./targets.js";

/** One statement node; a `;`-separated group gives several. */
export function statements(cx: Ctx, n: SyntaxNode, out: ast.Stmt[]): void {
  switch (kindOf(n)) {
    case N.StatementGroup:
      for (const c of checked(cx, n)) if (kindOf(c) !== N.Semicolon) statements(cx, c, out);
      return;
    case N.AssignStatement: out.push(assign(cx, n)); return;
    case N.UpdateStatement: out.push(augAssign(cx, n)); return;
    case N.ExpressionStatement:
      out.push({ kind: "Expr", value: tupleOrSingle(cx, checked(cx, n)), ...cx.at(n) });
      return;
    case N.DeleteStatement: out.push(del(cx, n)); return;
    case N.PassStatement: out.push({ kind: "Pass", ...cx.at(n) }); return;
    case N.BreakStatement: out.push({ kind: "Break", ...cx.at(n) }); return;
    case N.ContinueStatement: out.push({ kind: "Continue", ...cx.at(n) }); return;
    case N.ReturnStatement: {
      const k = checked(cx, n);
      const value = k.length > 1 ? tupleOrSingle(cx, k.slice(1)) : undefined;
      out.push({ kind: "Return", value, ...cx.at(n) });
      return;
    }
    case N.YieldStatement:
      out.push({ kind: "Expr", value: yieldExpr(cx, n), ...cx.at(n) });
      return;
    case N.RaiseStatement: out.push(raise(cx, n)); return;
    case N.ImportStatement: out.push(importStatement(cx, n)); return;
    case N.ScopeStatement: out.push(scope(cx, n)); return;
    case N.AssertStatement: out.push(assert(cx, n)); return;
    case N.IfStatement: out.push(ifStatement(cx, n)); return;
    case N.WhileStatement: out.push(whileStatement(cx, n)); return;
    case N.ForStatement: out.push(forStatement(cx, n)); return;
    case N.TryStatement: out.push(tryStatement(cx, n)); return;
    case N.WithStatement: out.push(withStatement(cx, n)); return;
    case N.FunctionDefinition: out.push(functionDef(cx, n, [])); return;
    case N.ClassDefinition: out.push(classDef(cx, n, [])); return;
    case N.DecoratedStatement: out.push(decorated(cx, n)); return;
    case N.MatchStatement: out.push(matchStatement(cx, n)); return;
    case N.TypeDefinition: {
      // `type X = …` is Python 3.12; in 3.11 `type` is a name followed by another name.
      const k = kids(n);
      cx.syntaxError(k[1] ?? n);
    }
    default:
      cx.syntaxError(n);
  }
}

/** The statements of a `Body` node (`: simple_stmt` or `: NEWLINE INDENT stmt+ DEDENT`). */
export function block(cx: Ctx, body: SyntaxNode): ast.Stmt[] {
  if (kindOf(body) !== N.Body) cx.syntaxError(body);
  const k = checked(cx, body);
  const out: ast.Stmt[] = [];
  for (const c of k.slice(1)) statements(cx, c, out);
  if (out.length === 0) cx.syntaxError(body.lastChild ?? body);
  return out;
}

/** A compound statement's position: from `from` to the end of the last statement given. */
function spanTo(cx: Ctx, from: number, ...blocks: (ast.Located[] | ast.Located)[]): ast.Located {
  let last: ast.Located | undefined;
  for (const b of blocks) {
    if (Array.isArray(b)) {
      if (b.length > 0) last = b[b.length - 1];
    } else last = b;
  }
  const start = cx.loc(from, from);
  if (last === undefined) return start;
  // CPython ends a block at its last token, which may be a `;` after the last statement.
  const lastEnd = cx.src.lineStart(last.end_lineno) + last.end_col_offset - cx.base;
  const next = cx.tokens[cx.tokenAt(lastEnd)];
  if (next !== undefined && next.start === lastEnd && cx.slice(next.start, next.end) === ";") {
    return { ...start, ...endOf(cx.loc(next.start, next.end)) };
  }
  return { ...start, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

function endOf(l: ast.Located): { end_lineno: number; end_col_offset: number } {
  return { end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
}

// ---- assignments -------------------------------------------------------------------------------

/** The expression opens with a list, tuple or generator display, or is True/None/False. */
function startsWithDisplay(n: SyntaxNode): boolean {
  for (let c: SyntaxNode | null = n; c !== null && c.from === n.from; c = c.firstChild) {
    switch (kindOf(c)) {
      case N.ArrayExpression:
      case N.ArrayComprehensionExpression:
      case N.TupleExpression:
      case N.ComprehensionExpression:
      case N.None:
      case N.Boolean:
        return true;
      case N.ParenthesizedExpression:
        return false;
    }
  }
  return false;
}

/** Whether a node is a whole `bitwise_or` in CPython's grammar (no comparison, not, and/or, …). */
function isBitwiseOr(n: SyntaxNode): boolean {
  switch (kindOf(n)) {
    case N.ConditionalExpression:
    case N.LambdaExpression:
    case N.NamedExpression:
    case N.YieldExpression:
    case N.Star:
      return false;
    case N.UnaryExpression:
      return kindOf(n.firstChild) !== N.KwNot;
    case N.BinaryExpression: {
      const op = kindOf(kids(n)[1]);
      return op !== N.CompareOp && op !== N.KwOr && op !== N.KwAnd && op !== N.KwIn && op !== N.KwNot && op !== N.KwIs;
    }
    default:
      return true;
  }
}

/** Whether a segment (the text between two `=`) starts with a `bitwise_or`. */
function startsWithBitwiseOr(segment: SyntaxNode[]): boolean {
  for (let c: SyntaxNode | null = segment[0]; c !== null; c = c.firstChild) {
    switch (kindOf(c)) {
      case N.Star:
      case N.YieldExpression:
      case N.LambdaExpression:
        return false;
      case N.UnaryExpression:
        return kindOf(c.firstChild) !== N.KwNot;
      case N.BinaryExpression:
      case N.ConditionalExpression:
        continue;
    }
    return true;
  }
  return false;
}

function segments(k: SyntaxNode[]): SyntaxNode[][] {
  const out: SyntaxNode[][] = [[]];
  for (const c of k) {
    if (kindOf(c) === N.AssignOp) out.push([]);
    else out[out.length - 1].push(c);
  }
  return out;
}

function assign(cx: Ctx, n: SyntaxNode): ast.Stmt {
  const segs = segments(checked(cx, n));
  const first = segs[0];
  const last = first[first.length - 1];
  if (kindOf(last) === N.TypeDef) return annAssign(cx, n, segs);
  for (const s of segs) if (s.length === 0) cx.syntaxError(n);
  const targetSegs = segs.slice(0, -1);
  const valueSeg = segs[segs.length - 1];

  const targets = targetSegs.map((s) => tupleOrSingle(cx, s));
  const invalid = targets.some((t) => t.kind === "Yield" || t.kind === "YieldFrom" || invalidTarget(t, TargetsType.Star) !== undefined);
  if (invalid) mistypedComparison(cx, targetSegs[0], targets[0], segs[1], segs.length > 2);
  targets.forEach((t, i) => {
    if (t.kind === "Yield" || t.kind === "YieldFrom") throw errorAtNode(cx, "assignment to yield expression not possible", t);
    if (!setContext(t, "Store") || invalidTarget(t, TargetsType.Star) !== undefined) {
      const seg = targetSegs[i];
      invalidTargetError(cx, t, TargetsType.Star, { from: seg[0].from, to: seg[seg.length - 1].to });
    }
  });
  return { kind: "Assign", targets, value: tupleOrSingle(cx, valueSeg), ...cx.at(n) };
}

/**
 * CPython's `invalid_named_expression`, which its parser tries first on a failed assignment
 * statement: `NAME = x` or `target = x` where the `bitwise_or` after the `=` is not followed by
 * another `=`, reads as a mistyped comparison. Only the expression just before the first `=`
 * (the last item of a tuple target) is looked at.
 */
function mistypedComparison(cx: Ctx, seg: SyntaxNode[], target: ast.Expr, next: SyntaxNode[], nextIsTarget: boolean): void {
  if (kindOf(seg[seg.length - 1]) === N.Comma || !startsWithBitwiseOr(next)) return;
  // The bitwise_or after `=` is followed by another `=` only if it is that whole target.
  if (nextIsTarget && next.length === 1 && isBitwiseOr(next[0])) return;
  const last = seg[seg.length - 1];
  const lastExpr = target.kind === "Tuple" && seg.length > 1 ? target.elts[target.elts.length - 1] : target;
  const starred = seg.length > 1 && kindOf(seg[seg.length - 2]) === N.Star;
  if (starred) return;
  if (kindOf(last) === N.VariableName) {
    const valueEnd = bitwiseOrEnd(next[0]);
    cx.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last.from, valueEnd);
  }
  if (startsWithDisplay(last) || !isBitwiseOr(last)) return;
  if (invalidTarget(lastExpr, TargetsType.Star) === undefined) return;
  throw errorAtNode(cx, `cannot assign to ${exprName(lastExpr)} here. Maybe you meant '==' instead of '='?`, lastExpr);
}

/** End of the `bitwise_or` a node starts with (its leftmost operand below comparisons etc.). */
function bitwiseOrEnd(n: SyntaxNode): number {
  let c = n;
  while (!isBitwiseOr(c)) {
    const first = kindOf(c) === N.UnaryExpression ? kids(c)[1] : kids(c)[0];
    if (first === undefined) break;
    c = first;
  }
  return c.to;
}

function annAssign(cx: Ctx, n: SyntaxNode, segs: SyntaxNode[][]): ast.AnnAssign {
  const first = segs[0];
  const typeDef = first[first.length - 1];
  const targetNodes = first.slice(0, -1);
  if (segs.length > 2) cx.syntaxError(n);
  const it = items(cx, targetNodes);
  if (it.elts.length !== 1 || it.commas > 0) {
    throw errorAtNode(cx, "only single target (not tuple) can be annotated", it.elts[0]);
  }
  const target = it.elts[0];
  if (target.kind === "List" || target.kind === "Tuple") {
    throw errorAtNode(cx, `only single target (not ${target.kind === "List" ? "list" : "tuple"}) can be annotated`, target);
  }
  if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
    throw errorAtNode(cx, "illegal target for annotation", target);
  }
  target.ctx = "Store";
  const tk = checked(cx, typeDef);
  const annotation = expr(cx, tk[tk.length - 1]);
  const value = segs.length === 2 ? tupleOrSingle(cx, segs[1]) : undefined;
  const simple = kindOf(targetNodes[0]) === N.VariableName ? 1 : 0;
  return { kind: "AnnAssign", target, annotation, value, simple, ...cx.at(n) };
}

const AUG_OPS: Record<string, ast.Operator> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "//=": "FloorDiv",
  "**=": "Pow", "|=": "BitOr", "^=": "BitXor", "&=": "BitAnd", "<<=": "LShift", ">>=": "RShift",
};

function augAssign(cx: Ctx, n: SyntaxNode): ast.AugAssign {
  const k = checked(cx, n);
  const opIndex = k.findIndex((c) => kindOf(c) === N.UpdateOp);
  const target = tupleOrSingle(cx, k.slice(0, opIndex));
  if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
    throw errorAtNode(cx, `'${exprName(target)}' is an illegal expression for augmented assignment`, target);
  }
  target.ctx = "Store";
  const op = AUG_OPS[cx.textOf(k[opIndex])];
  return { kind: "AugAssign", target, op, value: tupleOrSingle(cx, k.slice(opIndex + 1)), ...cx.at(n) };
}

function del(cx: Ctx, n: SyntaxNode): ast.Delete {
  const k = checked(cx, n).slice(1);
  const it = items(cx, k);
  const whole: ast.Expr = it.elts.length === 1 && it.commas === 0
    ? it.elts[0]
    : { kind: "Tuple", elts: it.elts, ctx: "Load", ...cx.loc(it.from, it.to) };
  for (const t of it.elts) {
    if (!setContext(t, "Del") || invalidTarget(t, TargetsType.Del) !== undefined) {
      invalidTargetError(cx, whole, TargetsType.Del, it);
    }
  }
  return { kind: "Delete", targets: it.elts, ...cx.at(n) };
}

// ---- simple statements -------------------------------------------------------------------------

function raise(cx: Ctx, n: SyntaxNode): ast.Raise {
  const k = checked(cx, n);
  if (k.length === 1) return { kind: "Raise", exc: undefined, cause: undefined, ...cx.at(n) };
  if (k.length === 2) return { kind: "Raise", exc: expr(cx, k[1]), cause: undefined, ...cx.at(n) };
  if (k.length !== 4 || kindOf(k[2]) !== N.KwFrom) cx.failAt("invalid syntax", k[2]);
  return { kind: "Raise", exc: expr(cx, k[1]), cause: expr(cx, k[3]), ...cx.at(n) };
}

function assert(cx: Ctx, n: SyntaxNode): ast.Assert {
  const k = checked(cx, n);
  if (k.length === 2) return { kind: "Assert", test: expr(cx, k[1]), msg: undefined, ...cx.at(n) };
  if (k.length !== 4) cx.failAt("invalid syntax", k[Math.min(k.length - 1, 4)]);
  return { kind: "Assert", test: expr(cx, k[1]), msg: expr(cx, k[3]), ...cx.at(n) };
}

function scope(cx: Ctx, n: SyntaxNode): ast.Global | ast.Nonlocal {
  const k = checked(cx, n);
  const names: string[] = [];
  for (let i = 1; i < k.length; i += 2) {
    if (kindOf(k[i]) !== N.VariableName) cx.syntaxError(k[i]);
    names.push(identifier(cx, k[i]));
  }
  if (kindOf(k[k.length - 1]) === N.Comma) trailingTokenError(cx, k[k.length - 1]);
  return { kind: kindOf(k[0]) === N.KwGlobal ? "Global" : "Nonlocal", names, ...cx.at(n) };
}

/** `invalid syntax` at the token after `node`. */
function trailingTokenError(cx: Ctx, node: SyntaxNode): never {
  const tok = cx.tokens[cx.tokenAt(node.to)];
  return cx.fail("invalid syntax", tok.start, tok.end);
}

/** A dotted name starting at k[i]: the name and the index after it. */
function dottedName(cx: Ctx, k: SyntaxNode[], i: number): [string, number] {
  if (kindOf(k[i]) !== N.VariableName) cx.syntaxError(k[i]);
  let text = identifier(cx, k[i]);
  i++;
  while (kindOf(k[i]) === N.Dot && kindOf(k[i + 1]) === N.VariableName) {
    text += "." + identifier(cx, k[i + 1]);
    i += 2;
  }
  return [text, i];
}

/** `name [as asname]` items from k[i] up to `end`. */
function aliases(cx: Ctx, k: SyntaxNode[], i: number, end: number, dotted: boolean): ast.alias[] {
  const out: ast.alias[] = [];
  while (i < end) {
    const start = k[i];
    let aliasName: string;
    if (dotted) [aliasName, i] = dottedName(cx, k, i);
    else {
      if (kindOf(start) !== N.VariableName) cx.syntaxError(start);
      aliasName = identifier(cx, start);
      i++;
    }
    let asname: string | undefined;
    let last = k[i - 1];
    if (i < end && kindOf(k[i]) === N.KwAs) {
      asname = identifier(cx, k[i + 1]);
      last = k[i + 1];
      i += 2;
    }
    out.push({ kind: "alias", name: aliasName, asname, ...cx.loc(start.from, last.to) });
    if (i < end) {
      if (kindOf(k[i]) !== N.Comma) cx.syntaxError(k[i]);
      i++;
    }
  }
  return out;
}

function importStatement(cx: Ctx, n: SyntaxNode): ast.Import | ast.ImportFrom {
  const k = checked(cx, n);
  const lastKid = k[k.length - 1];
  if (kindOf(k[0]) === N.KwImport) {
    if (kindOf(k[1]) === N.LParen) cx.failAt("invalid syntax", k[1]);
    if (kindOf(lastKid) === N.Comma) trailingTokenError(cx, lastKid);
    return { kind: "Import", names: aliases(cx, k, 1, k.length, true), ...cx.at(n) };
  }
  let i = 1;
  let level = 0;
  for (; kindOf(k[i]) === N.Dot || kindOf(k[i]) === N.Ellipsis; i++) level += kindOf(k[i]) === N.Dot ? 1 : 3;
  let module: string | undefined;
  if (kindOf(k[i]) === N.VariableName) [module, i] = dottedName(cx, k, i);
  if (kindOf(k[i]) !== N.KwImport) cx.syntaxError(k[i] ?? n);
  i++;
  let names: ast.alias[];
  if (kindOf(k[i]) === N.Star) {
    names = [{ kind: "alias", name: "*", asname: undefined, ...cx.at(k[i]) }];
    if (i + 1 !== k.length) cx.syntaxError(k[i + 1]);
  } else if (kindOf(k[i]) === N.LParen) {
    if (kindOf(lastKid) !== N.RParen) cx.syntaxError(lastKid);
    const end = kindOf(k[k.length - 2]) === N.Comma ? k.length - 2 : k.length - 1;
    names = aliases(cx, k, i + 1, end, false);
  } else {
    if (kindOf(lastKid) === N.Comma) {
      const tok = cx.tokens[cx.tokenAt(lastKid.to)];
      cx.fail("trailing comma not allowed without surrounding parentheses", tok.start, tok.end);
    }
    names = aliases(cx, k, i, k.length, false);
  }
  return { kind: "ImportFrom", module, names, level, ...cx.at(n) };
}

// ---- compound statements -----------------------------------------------------------------------

function ifStatement(cx: Ctx, n: SyntaxNode): ast.If {
  const k = checked(cx, n);
  // Clauses are [keyword, test, Body]; each elif nests in the orelse of the clause before it.
  const clauses: { from: number; test: ast.Expr; body: ast.Stmt[] }[] = [];
  let orelse: ast.Stmt[] = [];
  let i = 0;
  while (i < k.length) {
    const kw = k[i];
    if (kindOf(kw) === N.KwElse) {
      orelse = block(cx, k[i + 1]);
      i += 2;
      continue;
    }
    if (kindOf(k[i + 1]) === N.Body) cx.failAt("invalid syntax", k[i + 1].firstChild ?? k[i + 1]);
    const test = expr(cx, k[i + 1]);
    clauses.push({ from: kw.from, test, body: block(cx, k[i + 2]) });
    i += 3;
  }
  let result: ast.If | undefined;
  for (let j = clauses.length - 1; j >= 0; j--) {
    const { from, test, body } = clauses[j];
    result = { kind: "If", test, body, orelse, ...spanTo(cx, from, body, orelse) };
    orelse = [result];
  }
  if (result === undefined) return cx.syntaxError(n);
  return result;
}

function whileStatement(cx: Ctx, n: SyntaxNode): ast.While {
  const k = checked(cx, n);
  const test = expr(cx, k[1]);
  const body = block(cx, k[2]);
  const orelse = k.length > 3 ? block(cx, k[4]) : [];
  return { kind: "While", test, body, orelse, ...spanTo(cx, n.from, body, orelse) };
}

function forStatement(cx: Ctx, n: SyntaxNode): ast.For | ast.AsyncFor {
  const k = checked(cx, n);
  const isAsync = kindOf(k[0]) === N.KwAsync;
  let i = isAsync ? 2 : 1;
  const targetStart = i;
  while (i < k.length && kindOf(k[i]) !== N.KwIn) i++;
  const target = forTarget(cx, k.slice(targetStart, i));
  const bodyIndex = k.findIndex((c) => kindOf(c) === N.Body);
  const iter = tupleOrSingle(cx, k.slice(i + 1, bodyIndex));
  const body = block(cx, k[bodyIndex]);
  const orelse = bodyIndex + 1 < k.length ? block(cx, k[bodyIndex + 2]) : [];
  return { kind: isAsync ? "AsyncFor" : "For", target, iter, body, orelse, ...spanTo(cx, n.from, body, orelse) };
}

function tryStatement(cx: Ctx, n: SyntaxNode): ast.Try | ast.TryStar {
  const k = checked(cx, n);
  const body = block(cx, k[1]);
  const handlers: ast.ExceptHandler[] = [];
  let orelse: ast.Stmt[] = [];
  let finalbody: ast.Stmt[] = [];
  let star: boolean | undefined;
  let i = 2;
  while (i < k.length && kindOf(k[i]) === N.KwExcept) {
    const kw = k[i++];
    let isStar = false;
    if (kindOf(k[i]) === N.Star) {
      isStar = true;
      if (star === false) cx.fail("cannot have both 'except' and 'except*' on the same 'try'", kw.from, k[i].to);
      i++;
    } else if (star === true) {
      cx.fail("cannot have both 'except' and 'except*' on the same 'try'", kw.from, kw.to);
    }
    star = isStar;
    let type: ast.Expr | undefined;
    let hname: string | undefined;
    if (kindOf(k[i]) !== N.Body) {
      type = expr(cx, k[i++]);
      if (kindOf(k[i]) === N.Comma) {
        let last = i + 1;
        while (kindOf(k[last + 1]) !== N.Body && kindOf(k[last + 1]) !== N.KwAs && last + 1 < k.length) last++;
        cx.fail("multiple exception types must be parenthesized", k[i - 1].from, k[last].to);
      }
      if (kindOf(k[i]) === N.KwAs) {
        hname = identifier(cx, k[i + 1]);
        i += 2;
      }
    } else if (isStar) {
      cx.failAt("expected one or more exception types", k[i].firstChild ?? k[i]);
    }
    const hbody = block(cx, k[i++]);
    handlers.push({ kind: "ExceptHandler", type, name: hname, body: hbody, ...spanTo(cx, kw.from, hbody) });
  }
  if (i < k.length && kindOf(k[i]) === N.KwElse) {
    if (handlers.length === 0) cx.failAt("expected 'except' or 'finally' block", k[i]);
    orelse = block(cx, k[i + 1]);
    i += 2;
  }
  if (i < k.length && kindOf(k[i]) === N.KwFinally) {
    finalbody = block(cx, k[i + 1]);
    i += 2;
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    throw cx.errorAtToken("expected 'except' or 'finally' block", cx.tokenAfter(n.to));
  }
  const loc = spanTo(cx, n.from, body, handlers, orelse, finalbody);
  return { kind: star === true ? "TryStar" : "Try", body, handlers, orelse, finalbody, ...loc };
}

function withStatement(cx: Ctx, n: SyntaxNode): ast.With | ast.AsyncWith {
  const k = checked(cx, n);
  const isAsync = kindOf(k[0]) === N.KwAsync;
  const bodyNode = k[k.length - 1];
  const withItems: ast.withitem[] = [];
  let i = isAsync ? 2 : 1;
  while (i < k.length - 1) {
    const contextExpr = expr(cx, k[i++]);
    let optionalVars: ast.Expr | undefined;
    if (kindOf(k[i]) === N.KwAs) {
      const targetNode = k[i + 1];
      optionalVars = expr(cx, targetNode);
      if (!setContext(optionalVars, "Store") || invalidTarget(optionalVars, TargetsType.Star) !== undefined) {
        invalidTargetError(cx, optionalVars, TargetsType.Star, targetNode);
      }
      i += 2;
    }
    withItems.push({ kind: "withitem", context_expr: contextExpr, optional_vars: optionalVars });
    if (kindOf(k[i]) === N.Comma) i++;
  }
  const body = block(cx, bodyNode);
  return { kind: isAsync ? "AsyncWith" : "With", items: withItems, body, ...spanTo(cx, n.from, body) };
}

function functionDef(cx: Ctx, n: SyntaxNode, decorators: ast.Expr[]): ast.FunctionDef | ast.AsyncFunctionDef {
  const k = checked(cx, n);
  const isAsync = kindOf(k[0]) === N.KwAsync;
  let i = isAsync ? 2 : 1;
  const fname = identifier(cx, k[i++]);
  if (kindOf(k[i]) === N.TypeParamList) cx.failAt("expected '('", k[i].firstChild ?? k[i]);
  const args = parseArguments(cx, k[i++], false);
  let returns: ast.Expr | undefined;
  if (kindOf(k[i]) === N.TypeDef) {
    const tk = checked(cx, k[i++]);
    returns = expr(cx, tk[tk.length - 1]);
  }
  const body = block(cx, k[i]);
  const loc = spanTo(cx, n.from, body);
  return { kind: isAsync ? "AsyncFunctionDef" : "FunctionDef", name: fname, args, body, decorator_list: decorators, returns, ...loc };
}

function classDef(cx: Ctx, n: SyntaxNode, decorators: ast.Expr[]): ast.ClassDef {
  const k = checked(cx, n);
  const cname = identifier(cx, k[1]);
  let i = 2;
  if (kindOf(k[i]) === N.TypeParamList) cx.failAt("invalid syntax", k[i].firstChild ?? k[i]);
  let bases: ast.Expr[] = [];
  let keywords: ast.keyword[] = [];
  if (kindOf(k[i]) === N.ArgList) ({ args: bases, keywords } = callArguments(cx, k[i++]));
  const body = block(cx, k[i]);
  return { kind: "ClassDef", name: cname, bases, keywords, body, decorator_list: decorators, ...spanTo(cx, n.from, body) };
}

function decorated(cx: Ctx, n: SyntaxNode): ast.Stmt {
  const k = checked(cx, n);
  const decorators = k.slice(0, -1).map((d) => decorator(cx, d));
  const def = k[k.length - 1];
  if (kindOf(def) === N.ClassDefinition) return classDef(cx, def, decorators);
  if (kindOf(def) === N.FunctionDefinition) return functionDef(cx, def, decorators);
  return cx.syntaxError(def);
}

function decorator(cx: Ctx, d: SyntaxNode): ast.Expr {
  if (kindOf(d) !== N.Decorator) cx.syntaxError(d);
  const k = checked(cx, d);
  const first = k[1];
  if (cx.placeholders.has(first.from)) return expr(cx, first);
  let e: ast.Expr = name(cx, first, "Load");
  let i = 2;
  while (kindOf(k[i]) === N.Dot) {
    e = { kind: "Attribute", value: e, attr: identifier(cx, k[i + 1]), ctx: "Load", ...cx.loc(first.from, k[i + 1].to) };
    i += 2;
  }
  if (i < k.length) {
    if (kindOf(k[i]) !== N.ArgList) cx.syntaxError(k[i]);
    const { args, keywords } = callArguments(cx, k[i]);
    e = { kind: "Call", func: e, args, keywords, ...cx.loc(first.from, k[i].to) };
  }
  return e;
}
