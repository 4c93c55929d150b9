// Assignment and deletion targets: turning a parsed expression into a Store/Del target, and
// CPython's wording when it cannot be one (`_PyPegen_get_invalid_target`, `_PyPegen_get_expr_name`).

import type * as ast from "./ast.js";
import type { Ctx } from "./context.js";

export const enum TargetsType {
  Star,
  Del,
  For,
}

/** `_PyPegen_get_expr_name`: how an error message names an expression. */
export function exprName(e: ast.Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield":
    case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr":
    case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (typeof v === "symbol") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

/** `_PyPegen_get_invalid_target`: the part of `e` that cannot be assigned (or deleted), if any. */
export function invalidTarget(e: ast.Expr, type: TargetsType): ast.Expr | undefined {
  switch (e.kind) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad !== undefined) return bad;
      }
      return undefined;
    case "Starred":
      return type === TargetsType.Del ? e : invalidTarget(e.value, type);
    case "Compare":
      if (type === TargetsType.For) return e.ops[0] === "In" ? invalidTarget(e.left, type) : undefined;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return undefined;
    default:
      return e;
  }
}

/** `RAISE_SYNTAX_ERROR_INVALID_TARGET`, for a target known to be invalid. */
export function invalidTargetError(cx: Ctx, e: ast.Expr, type: TargetsType, at: { from: number; to: number }): never {
  const bad = invalidTarget(e, type);
  if (bad === undefined) cx.fail("invalid syntax", at.from, at.to);
  const verb = type === TargetsType.Del ? "delete" : "assign to";
  throw errorAtNode(cx, `cannot ${verb} ${exprName(bad)}`, bad);
}

/** An error spanning an AST node (whose positions are source positions). */
export function errorAtNode(cx: Ctx, msg: string, node: ast.Located): Error {
  const src = cx.src;
  const from = src.lineStart(node.lineno) + node.col_offset - cx.base;
  const to = src.lineStart(node.end_lineno) + node.end_col_offset - cx.base;
  return cx.error(msg, from, to);
}

/**
 * Mark `e` (built with Load context) as a target, in place. Returns false when it cannot be a
 * target of this kind; the caller words the error.
 */
export function setContext(e: ast.Expr, ctx: ast.ExprContext): boolean {
  switch (e.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return true;
    case "Starred":
      if (ctx === "Del") return false;
      e.ctx = ctx;
      return setContext(e.value, ctx);
    case "List":
    case "Tuple":
      e.ctx = ctx;
      for (const elt of e.elts) if (!setContext(elt, ctx)) return false;
      return true;
    default:
      return false;
  }
}
