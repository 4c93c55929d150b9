// Reading a node's children, and the error nodes the builder lets pass.
//
// Lezer's error recovery leaves error nodes (⚠) in the tree. Wherever the builder reads a node's
// children it goes through `checked`, which reports the first error node in document order
// (parse errors are reported in source order, as CPython's parser meets them), except the few
// `isTolerated` ones where Lezer's grammar is stricter than Python's.

import type { SyntaxNode } from "@lezer/common";
import type { Ctx } from "./context.js";
import { N, kids, kindOf } from "./syntax.js";
import { Tok } from "./tokenizer.js";

/** The children of a node, reporting the parse error if Lezer recovered inside it. */
export function checked(cx: Ctx, n: SyntaxNode): SyntaxNode[] {
  const k = kids(n);
  // Report the first error in document order, which may sit deeper than this one.
  for (const c of k) if (kindOf(c) === N.Error) cx.syntaxError(firstRealError(cx, n) ?? c);
  return k;
}

/**
 * Error nodes Lezer leaves where its grammar is stricter than Python's, and the builder
 * accepts: after a bare `yield`, and for the missing item of an empty `()`, `[]`, `{}` or
 * `Cls()` pattern.
 */
export function isTolerated(cx: Ctx, e: SyntaxNode): boolean {
  const parent = e.parent;
  if (parent === null) return false;
  switch (kindOf(parent)) {
    case N.YieldExpression:
    case N.YieldStatement:
      return e.from === e.to && kids(parent).length === 2 && bareYieldEnds(cx, e.from);
    case N.LiteralPattern: {
      const outer = kindOf(parent.parent);
      return e.from === e.to && kids(parent).length === 1 && (outer === N.SequencePattern || outer === N.PatternArgList);
    }
    case N.MappingPattern:
      return kids(parent).length === 2 && cx.textOf(e) === "}";
    // After an error earlier in the statement, Lezer recovers from `()` and `[]` by taking
    // the closing bracket into an error node instead.
    case N.PatternArgList:
      return kids(parent).length === 2 && cx.textOf(e) === ")";
    case N.SequencePattern:
      return kids(parent).length === 2 && (cx.textOf(e) === ")" || cx.textOf(e) === "]");
    default:
      return false;
  }
}

/** The first error node under `n` in document order that the builder does not accept. */
export function firstRealError(cx: Ctx, n: SyntaxNode): SyntaxNode | null {
  if (n.type.isError && !isTolerated(cx, n)) return n;
  for (let c = n.firstChild; c !== null; c = c.nextSibling) {
    const found = firstRealError(cx, c);
    if (found !== null) return found;
  }
  return null;
}

/** The children, which must number exactly `count`. */
export function expect(cx: Ctx, n: SyntaxNode, count: number): SyntaxNode[] {
  const k = checked(cx, n);
  if (k.length !== count) cx.syntaxError(k[Math.min(count, k.length - 1)] ?? n);
  return k;
}

/** Whether the token after a bare `yield` can end it (Lezer wants an operand). */
function bareYieldEnds(cx: Ctx, offset: number): boolean {
  const tok = cx.tokenAfter(offset);
  if (tok === undefined || tok.type !== Tok.Op) return tok === undefined || tok.type === Tok.Newline || tok.type === Tok.EndMarker;
  const t = cx.slice(tok.start, tok.end);
  return t === ")" || t === "]" || t === "}" || t === ";" || t === "=";
}
