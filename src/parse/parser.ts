// The parser's entry point: Python source → `ast.Mod`, or a `PySyntaxError`.
//
// Three passes over the text:
//   1. tokenizer.ts, a transcription of CPython's tokenizer, finds the errors CPython's tokenizer
//      reports, and gives the tokens diagnose.ts reads.
//   2. Lezer parses the text (respelled where its grammar falls short, prepare.ts).
//   3. The builder (stmt.ts, expr.ts, …) walks the tree in source order. The first thing it
//      cannot accept — a Lezer error node, or a construct Python forbids — ends the parse with
//      CPython's message for it (diagnose.ts for error nodes); nothing partial is returned.
//
// Which error is reported when there are several follows CPython's `_PyPegen_run_parser`:
//   - After a parser error CPython tokenizes the rest of the file, and an error the tokenizer
//     raises (bad string, number, character, bracket) replaces the parser's, wherever it is.
//   - Not after an unexpected indent, which CPython reports as soon as its parser meets it.
//   - Bad dedents, tab/space mixes and misused backslashes are only error codes in the
//     tokenizer: they are reported only if no parser error comes before them.
//   - A bracket still open at the end is reported instead of a parse error on a later line.

import type { SyntaxNode } from "@lezer/common";
import type * as ast from "./ast.js";
import { Ctx } from "./context.js";
import { diagnose } from "./diagnose.js";
import { PySyntaxError } from "./errors.js";
import { checked, firstRealError } from "./children.js";
import { tupleOrSingle } from "./expr.js";
import { prepare } from "./prepare.js";
import { SourceText } from "./source.js";
import { statements } from "./stmt.js";
import { N, kids, kindOf, parseTree } from "./syntax.js";
import { Tok, tokenize, type OpenBracket, type Token } from "./tokenizer.js";

export { PySyntaxError, formatSyntaxError } from "./errors.js";

export type Mode = "exec" | "eval" | "single";

export function parse(source: string, filename: string, mode: "exec"): ast.Module;
export function parse(source: string, filename: string, mode: "eval"): ast.Expression;
export function parse(source: string, filename: string, mode: "single"): ast.Interactive;
export function parse(source: string, filename: string, mode: Mode): ast.Mod;
export function parse(source: string, filename: string, mode: Mode): ast.Mod {
  const src = new SourceText(source, filename);
  const tk = tokenize(src);
  const prepared = prepare(src.text, tk.tokens);
  const tree = parseTree(prepared.text);
  const cx = new Ctx(
    {
      src,
      text: src.text,
      base: 0,
      tokens: tk.tokens,
      unclosed: tk.unclosed,
      tree,
      placeholders: prepared.placeholders,
      stars: prepared.stars,
      inFString: false,
    },
    diagnose,
  );
  const indentError = unexpectedIndent(src, tk.tokens);
  let result: ast.Mod | undefined;
  let parseError: PySyntaxError | undefined;
  try {
    result = build(cx, mode);
  } catch (e) {
    parseError = asSyntaxError(cx, e, tk.error !== undefined);
  }
  // The parser's first error: an unexpected indent, or what the builder found before it.
  let first = parseError;
  if (indentError !== undefined && (first === undefined || comesBefore(indentError, first))) first = indentError;

  if (tk.error !== undefined) {
    // Errors the tokenizer raises itself win over any parser error, except an unexpected
    // indent before them (CPython reports that without tokenizing further); error codes only
    // count if the parser gets that far.
    if (first === undefined || !comesBefore(first, tk.error)) throw tk.error;
    if (first === indentError || tk.errorIfReached) throw first;
    throw tk.error;
  }
  if (first === indentError && indentError !== undefined) throw indentError;
  if (first !== undefined) throw unclosedInstead(src, tk.unclosed, first);
  if (result === undefined) throw new Error("glasspy: parse produced neither a tree nor an error");
  return result;
}

/**
 * The builder's failure as a syntax error. A JavaScript error means it met a tree shape it does
 * not expect, which only happens around an error node; after a tokenizer error (tokens missing)
 * it may happen anywhere, and the tokenizer error is reported instead.
 */
function asSyntaxError(cx: Ctx, e: unknown, tokensCut: boolean): PySyntaxError | undefined {
  if (e instanceof PySyntaxError) return e;
  const node = firstRealError(cx, cx.tree.topNode);
  try {
    if (node !== null) return diagnose(cx, node);
  } catch (inner) {
    if (!tokensCut) throw inner;
  }
  if (tokensCut) return undefined;
  throw e;
}

/**
 * Lezer's grammar lets a line be indented anywhere; Python allows an INDENT only after a block
 * header (`:` NEWLINE).
 */
function unexpectedIndent(src: SourceText, tokens: Token[]): PySyntaxError | undefined {
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.type !== Tok.Indent) continue;
    const colon = tokens[j - 2];
    const headerEnds = tokens[j - 1]?.type === Tok.Newline && colon !== undefined &&
      colon.type === Tok.Op && src.text.slice(colon.start, colon.end) === ":";
    if (!headerEnds) {
      const lineno = src.lineOf(t.start);
      return src.errorAt("unexpected indent", lineno, src.colOf(t.start), lineno, -1, "IndentationError");
    }
  }
  return undefined;
}

/**
 * Whether error `a` is met before error `b` reading the source. Indentation errors are met at
 * the start of their line, before any token on it.
 */
function comesBefore(a: PySyntaxError, b: PySyntaxError): boolean {
  const col = (e: PySyntaxError) => (e.type === "SyntaxError" ? e.offset : 0);
  return a.lineno < b.lineno || (a.lineno === b.lineno && col(a) <= col(b));
}

/** CPython reports a bracket still open at the end when it was opened before the error's line. */
function unclosedInstead(src: SourceText, unclosed: OpenBracket[], err: PySyntaxError): PySyntaxError {
  const open = unclosed[unclosed.length - 1];
  if (open === undefined || src.lineOf(open.offset) >= err.lineno) return err;
  return unclosedError(src, open);
}

export function unclosedError(src: SourceText, open: OpenBracket): PySyntaxError {
  return src.error(`'${open.char}' was never closed`, open.offset, undefined);
}

function build(cx: Ctx, mode: Mode): ast.Mod {
  const top = kids(cx.tree.topNode);
  switch (mode) {
    case "exec": {
      const body: ast.Stmt[] = [];
      for (const n of top) statements(cx, n, body);
      return { kind: "Module", body };
    }
    case "eval": {
      const stmt = top[0];
      // CPython reports an empty expression at line 0, column 0.
      if (stmt === undefined) throw new PySyntaxError("SyntaxError", "invalid syntax", cx.src.filename, 0, 0, "", 0, 0);
      if (kindOf(stmt) !== N.ExpressionStatement) notAnExpression(cx, stmt);
      const body = tupleOrSingle(cx, checked(cx, stmt));
      if (top.length > 1) notAnExpression(cx, top[1]);
      return { kind: "Expression", body };
    }
    case "single": {
      const body: ast.Stmt[] = [];
      if (top.length === 0) return { kind: "Interactive", body };
      statements(cx, top[0], body);
      if (top.length > 1) {
        statements(cx, top[1], []);
        const after = cx.tokens[cx.tokenAt(top[0].to)];
        cx.fail("multiple statements found while compiling a single statement", after.start, after.end);
      }
      return { kind: "Interactive", body };
    }
  }
}

/** In eval mode, a statement that is not an expression: invalid syntax where it stops being one. */
function notAnExpression(cx: Ctx, stmt: SyntaxNode): never {
  const err = firstRealError(cx, stmt);
  if (err !== null) cx.syntaxError(err);
  const k = kids(stmt);
  const op = k.find((c) => kindOf(c) === N.AssignOp || kindOf(c) === N.UpdateOp || kindOf(c) === N.TypeDef);
  const at = op ?? k[0] ?? stmt;
  const tok = cx.tokens[cx.tokenAt(at.from)];
  return cx.fail("invalid syntax", tok.start, tok.end);
}
