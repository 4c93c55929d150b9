// Parsing a piece of the source on its own: an f-string replacement field, or an expression
// Lezer saw as a placeholder (prepare.ts). Like CPython's f-string compiler, the piece is wrapped
// in parentheses, so it may span lines and start with blanks; positions map back to the source.

import * as ast from "./ast.js";
import type { Ctx } from "./context.js";
import { expr } from "./expr.js";
import { prepare } from "./prepare.js";
import { SourceText } from "./source.js";
import { N, kids, kindOf, parseTree } from "./syntax.js";
import { tokenize } from "./tokenizer.js";

export function parsePiece(cx: Ctx, from: number, to: number): ast.Expr {
  return subExpression(cx, from, to, cx.inFString);
}

export function parseFStringExpr(cx: Ctx, from: number, to: number): ast.Expr {
  return subExpression(cx, from, to, true);
}

function subExpression(cx: Ctx, from: number, to: number, inFString: boolean): ast.Expr {
  const src = new SourceText("(" + cx.text.slice(from, to) + ")", cx.src.filename);
  const tk = tokenize(src);
  const prepared = prepare(src.text, tk.tokens);
  const sub = cx.derive({
    src: cx.src,
    text: src.text,
    base: cx.base + from - 1,
    tokens: tk.tokens,
    unclosed: tk.unclosed,
    tree: parseTree(prepared.text),
    placeholders: prepared.placeholders,
    stars: prepared.stars,
    inFString,
  });
  if (tk.error !== undefined) {
    const at = src.lineStart(tk.error.lineno) + Math.max(tk.error.offset - 1, 0);
    throw sub.error(tk.error.msg, at, at, tk.error.type);
  }
  const statements = kids(sub.tree.topNode);
  const stmt = statements[0];
  if (stmt === undefined) return sub.fail("invalid syntax", 0, 1);
  if (kindOf(stmt) !== N.ExpressionStatement || statements.length > 1) {
    sub.syntaxError(statements.length > 1 ? statements[1] : stmt);
  }
  const k = kids(stmt);
  if (k.length !== 1) sub.syntaxError(k[1] ?? stmt);
  return expr(sub, k[0]);
}
