// Wording a parse error as CPython 3.11 words it.
//
// Lezer marks where its parser got stuck with an error node; that is (nearly always) the first
// token that cannot continue a valid program, which is also where CPython's parser fails. CPython
// then re-parses with its "invalid_*" rules to find a better message. The common ones are
// reproduced here by looking at the tokens around the failing one:
//
//   - end of input inside brackets        '(' was never closed
//   - a block header without its block    expected an indented block after 'if' statement on line N
//   - a header line ending without ':'    expected ':'
//   - two expressions side by side        invalid syntax. Perhaps you forgot a comma?  (in brackets)
//   - `x if y` then something else        expected 'else' after 'if' expression
//   - `=` inside an expression            invalid syntax. Maybe you meant '==' or ':=' instead of '='?
//                                         cannot assign to X here. Maybe you meant '==' instead of '='?
//                                         expression cannot contain assignment, perhaps you meant "=="?
//   - `print x`                           Missing parentheses in call to 'print'. Did you mean print(...)?
//   - `def f x`                           expected '('
//   - `f(): int` then garbage             illegal target for annotation (and the tuple/list forms)
//   - `del *a`                            cannot delete starred
//   - anything else                       invalid syntax, at the failing token
//
// Unexpected indentation never reaches here: Lezer accepts it, so parser.ts checks the tokens.

import type { SyntaxNode } from "@lezer/common";
import type { Ctx } from "./context.js";
import type { PySyntaxError } from "./errors.js";
import { parsePiece } from "./piece.js";
import { exprName } from "./targets.js";
import { Tok, type Token } from "./tokenizer.js";

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

const BINARY_OPS = new Set(["|", "^", "&", "<<", ">>", "+", "-", "*", "/", "//", "%", "@", "**"]);
const COMPARE_OPS = new Set(["<", ">", "==", ">=", "<=", "!=", "in", "is"]);
const OPEN = new Set(["(", "[", "{"]);
const CLOSE = new Set([")", "]", "}"]);

/** Tokens that end the expression before them when reading backwards. */
const EXPRESSION_STOPS = new Set([
  ",", ":", ";", "=", ":=", "->", "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=",
  "<<=", "**=", "else", "elif", "while", "for", "return", "yield", "assert", "del", "import", "from",
  "as", "with", "lambda", "raise", "global", "nonlocal", "except", "case", "match",
]);

const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: "function definition", class: "class definition",
  match: "'match' statement", case: "'case' statement",
};

class Tokens {
  constructor(readonly cx: Ctx) {}

  get list(): Token[] {
    return this.cx.tokens;
  }

  text(i: number): string {
    const t = this.list[i];
    return t === undefined ? "" : this.cx.slice(t.start, t.end);
  }

  isOp(i: number, ops: Set<string>): boolean {
    const t = this.list[i];
    return t !== undefined && t.type === Tok.Op && ops.has(this.text(i));
  }

  isName(i: number): boolean {
    const t = this.list[i];
    return t !== undefined && t.type === Tok.Name && !KEYWORDS.has(this.text(i));
  }

  /** Index of the first token of the logical line holding token `i`. */
  lineStart(i: number): number {
    while (i > 0) {
      const prev = this.list[i - 1].type;
      if (prev === Tok.Newline || prev === Tok.Indent || prev === Tok.Dedent) break;
      i--;
    }
    return i;
  }

  /** The token after `i`'s matching bracket, or i + 1. */
  skip(i: number): number {
    if (!this.isOp(i, OPEN)) return i + 1;
    let depth = 0;
    for (let j = i; j < this.list.length; j++) {
      if (this.isOp(j, OPEN)) depth++;
      else if (this.isOp(j, CLOSE) && --depth === 0) return j + 1;
    }
    return this.list.length;
  }

  // ---- a rough expression recogniser over tokens: index after the expression, or -1 ----------

  expression(i: number): number {
    if (this.text(i) === "lambda") {
      let j = i + 1;
      while (j < this.list.length && this.text(j) !== ":") j = this.skip(j);
      return this.expression(j + 1);
    }
    const d = this.disjunction(i);
    if (d < 0 || this.text(d) !== "if") return d;
    const cond = this.disjunction(d + 1);
    if (cond < 0 || this.text(cond) !== "else") return d;
    const orelse = this.expression(cond + 1);
    return orelse < 0 ? d : orelse;
  }

  disjunction(i: number): number {
    let j = this.inversion(i);
    while (j >= 0 && (this.text(j) === "or" || this.text(j) === "and")) {
      const k = this.inversion(j + 1);
      if (k < 0) return j;
      j = k;
    }
    return j;
  }

  private inversion(i: number): number {
    if (this.text(i) === "not") return this.inversion(i + 1);
    let j = this.bitwiseOr(i);
    while (j >= 0) {
      let op = j;
      if (this.text(op) === "not" && this.text(op + 1) === "in") op++;
      else if (this.text(op) === "is" && this.text(op + 1) === "not") op++;
      else if (!this.isOp(op, COMPARE_OPS) && this.text(op) !== "in" && this.text(op) !== "is") break;
      const k = this.bitwiseOr(op + 1);
      if (k < 0) break;
      j = k;
    }
    return j;
  }

  bitwiseOr(i: number): number {
    let j = this.unary(i);
    while (j >= 0 && this.isOp(j, BINARY_OPS)) {
      const k = this.unary(j + 1);
      if (k < 0) break;
      j = k;
    }
    return j;
  }

  private unary(i: number): number {
    const t = this.text(i);
    if (t === "-" || t === "+" || t === "~") return this.unary(i + 1);
    if (t === "await") return this.primary(i + 1);
    return this.primary(i);
  }

  private primary(i: number): number {
    const t = this.list[i];
    if (t === undefined) return -1;
    let j: number;
    const text = this.text(i);
    if (t.type === Tok.Name) {
      if (KEYWORDS.has(text) && text !== "None" && text !== "True" && text !== "False") return -1;
      j = i + 1;
    } else if (t.type === Tok.Number) j = i + 1;
    else if (t.type === Tok.String) {
      j = i + 1;
      while (this.list[j]?.type === Tok.String) j++;
    } else if (this.isOp(i, OPEN)) j = this.skip(i);
    else if (text === "...") j = i + 1;
    else return -1;
    for (;;) {
      if (this.text(j) === "." && this.list[j + 1]?.type === Tok.Name) j += 2;
      else if (this.text(j) === "(" || this.text(j) === "[") j = this.skip(j);
      else return j;
    }
  }

  /** Start of the expression that ends just before token `i` (reading back to a delimiter). */
  expressionStart(i: number): number {
    let j = i - 1;
    while (j >= 0) {
      const t = this.list[j];
      if (t.type === Tok.Newline || t.type === Tok.Indent || t.type === Tok.Dedent) break;
      if (this.isOp(j, CLOSE)) {
        let depth = 0;
        for (; j >= 0; j--) {
          if (this.isOp(j, CLOSE)) depth++;
          else if (this.isOp(j, OPEN) && --depth === 0) break;
        }
        j--;
        continue;
      }
      if (this.isOp(j, OPEN)) break;
      const text = this.text(j);
      if ((t.type === Tok.Op || t.type === Tok.Name) && EXPRESSION_STOPS.has(text)) break;
      // A statement keyword (`if x = 1:`), but not the `if` of a conditional expression.
      if (t.type === Tok.Name && KEYWORDS.has(text) && this.lineStart(j) === j) break;
      j--;
    }
    return j + 1;
  }
}

export function diagnose(cx: Ctx, node: SyntaxNode): PySyntaxError {
  const err = word(cx, node);
  // CPython prefers "'(' was never closed" for a bracket opened on a line before the last token
  // its parser read (here: the end of the error, or the failing token).
  const open = cx.unclosed[cx.unclosed.length - 1];
  if (open !== undefined && !err.msg.endsWith("was never closed")) {
    const bad = cx.tokens[cx.tokenAt(node.from)];
    const furthest = Math.max(err.end_lineno, bad === undefined ? 0 : cx.src.lineOf(cx.base + bad.start));
    if (cx.src.lineOf(cx.base + open.offset) < furthest) return cx.error(`'${open.char}' was never closed`, open.offset);
  }
  return err;
}

/** Operators that cannot end a line: an error after one belongs at the NEWLINE. */
const NEEDS_OPERAND = new Set([
  "+", "-", "*", "/", "//", "%", "@", "**", "|", "^", "&", "<<", ">>", "=", "+=", "-=", "*=", "/=",
  "//=", "%=", "@=", "**=", "|=", "^=", "&=", "<<=", ">>=", "==", "!=", "<", ">", "<=", ">=", ".",
  "->", ":=", "and", "or", "not", "in", "is",
]);

function word(cx: Ctx, node: SyntaxNode): PySyntaxError {
  const tk = new Tokens(cx);
  const toks = tk.list;
  let i = cx.tokenAt(node.from);
  // Lezer may recover past the end of a line left hanging after an operator (`x = 1 +`);
  // CPython stops at that line's NEWLINE.
  if (toks[i - 1]?.type === Tok.Newline && NEEDS_OPERAND.has(tk.text(i - 2)) && toks[i - 2].type !== Tok.String) i--;
  const bad = toks[i] ?? toks[toks.length - 1];
  const at = (msg: string, t: Token = bad) => cx.errorAtToken(msg, t);
  const range = (msg: string, from: number, to: number) => cx.error(msg, toks[from].start, toks[to - 1].end);

  if (bad.type === Tok.EndMarker && cx.unclosed.length > 0) {
    const open = cx.unclosed[cx.unclosed.length - 1];
    return cx.error(`'${open.char}' was never closed`, open.offset);
  }

  // A block header (`…:` NEWLINE) followed by anything but an indented block.
  if (toks[i - 1]?.type === Tok.Newline && tk.text(i - 2) === ":" && bad.type !== Tok.Indent) {
    const h = tk.lineStart(i - 2);
    const kwIndex = tk.text(h) === "async" ? h + 1 : h;
    let kw = tk.text(kwIndex);
    let what = BLOCK_NAMES[kw];
    if (kw === "except" && tk.text(kwIndex + 1) === "*") {
      kw = "except*";
      what = "'except*' statement";
    }
    if (what !== undefined) {
      const msg = `expected an indented block after ${what} on line ${cx.src.lineOf(cx.base + toks[kwIndex].start)}`;
      if (bad.type === Tok.EndMarker) {
        // At the end of the input CPython points past the last line, comments included.
        const last = cx.src.lineCount;
        const col = cx.src.lineText(last).length;
        return cx.src.errorAt(msg, last, col, last, -1, "IndentationError");
      }
      if (bad.type === Tok.Dedent) {
        const col = cx.src.colOf(cx.base + bad.start);
        return cx.error(msg, bad.start, undefined, "IndentationError").with({ offset: col, end_offset: -1 });
      }
      return cx.error(msg, bad.start, bad.end, "IndentationError");
    }
  }

  const h = tk.lineStart(i);
  const header = tk.text(h) === "async" ? tk.text(h + 1) : tk.text(h);
  if (expectsColon(tk, h, i, header)) return at("expected ':'");
  const defName = tk.text(h) === "async" ? h + 2 : h + 1;
  if (header === "def" && i === defName + 1 && tk.isName(defName) && tk.text(i) !== "(") return at("expected '('");
  const annotation = annotationTarget(cx, tk, h, i);
  if (annotation !== undefined) return annotation;

  if (tk.text(h) === "del" && tk.text(i) === "*") {
    const end = tk.bitwiseOr(i + 1);
    if (end > i + 1) return range("cannot delete starred", i, end);
  }

  const prevText = tk.text(i - 1);
  if ((prevText === "print" || prevText === "exec") && toks[i - 1].type === Tok.Name && tk.text(i) !== "(") {
    let end = tk.expression(i);
    while (end >= 0 && tk.text(end) === ",") {
      const next = tk.expression(end + 1);
      if (next < 0) break;
      end = next;
    }
    if (end > i) {
      return range(`Missing parentheses in call to '${prevText}'. Did you mean ${prevText}(...)?`, i - 1, end);
    }
  }

  if (bad.type === Tok.Op && tk.text(i) === "=") {
    const err = assignmentInExpression(cx, tk, i);
    if (err !== undefined) return err;
  }

  const start = tk.expressionStart(i);
  if (start < i) {
    // `a if b` followed by something other than `else`.
    for (let j = start + 1; j < i; j = tk.skip(j)) {
      if (tk.text(j) !== "if" || toks[j].type !== Tok.Name) continue;
      const cond = tk.disjunction(j + 1);
      const text = tk.text(i);
      if (cond === i && text !== "else" && text !== ":" && tk.disjunction(start) === j) {
        return range("expected 'else' after 'if' expression", start, i);
      }
    }
    // Two expressions side by side inside brackets (not a parameter or import list).
    const opener = enclosingOpen(tk, start);
    const inParams = opener > 1 && tk.text(opener - 2) === "def";
    const inImport = opener > 0 && tk.text(opener - 1) === "import";
    const legacy = tk.text(start) === "print" || tk.text(start) === "exec";
    const nameString = toks[start].type === Tok.Name && toks[start + 1]?.type === Tok.String;
    const soft = ["match", "case", "_"].includes(tk.text(start)) && toks[start].type === Tok.Name;
    if (!legacy && !nameString && !soft && !inParams && !inImport && tk.disjunction(start) === i) {
      const end = tk.expression(i);
      if (end > i && toks[end - 1].level > 0) {
        return range("invalid syntax. Perhaps you forgot a comma?", start, end);
      }
    }
  }

  return at("invalid syntax");
}

/** Whether the failing token `i` stands where a compound statement's ':' belongs. */
function expectsColon(tk: Tokens, h: number, i: number, header: string): boolean {
  const bad = tk.list[i];
  const kw = tk.text(h) === "async" ? h + 1 : h;
  switch (header) {
    case "else":
    case "try":
    case "finally":
      return i === kw + 1 && tk.text(i) !== ":" && bad.type === Tok.Newline;
    case "def": {
      // After the parameters, or after the return annotation.
      const close = tk.skip(kw + 2);
      if (tk.text(kw + 2) !== "(" || i < close) return false;
      if (i === close) return tk.text(i) !== ":" && tk.text(i) !== "->";
      return tk.text(close) === "->" && tk.expression(close + 1) === i;
    }
    case "class": {
      const after = tk.text(kw + 2) === "(" ? tk.skip(kw + 2) : kw + 2;
      return i === after && bad.type === Tok.Newline;
    }
    case "if":
    case "elif":
    case "while":
    case "for":
    case "with":
    case "except":
    case "match":
    case "case":
      return bad.type === Tok.Newline && !lineHasColon(tk, kw, i);
    default:
      return false;
  }
}

function lineHasColon(tk: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j = tk.skip(j)) if (tk.text(j) === ":") return true;
  return false;
}

/**
 * `expression : expression` at the start of a statement that failed later: CPython's
 * invalid_assignment reports an annotation whose target cannot be annotated.
 */
function annotationTarget(cx: Ctx, tk: Tokens, h: number, i: number): PySyntaxError | undefined {
  const first = tk.list[h];
  if (first === undefined || (first.type === Tok.Name && KEYWORDS.has(tk.text(h)) && !["None", "True", "False"].includes(tk.text(h)))) {
    return undefined;
  }
  const colon = tk.expression(h);
  if (colon < 0 || colon >= i || tk.text(colon) !== ":" || tk.expression(colon + 1) <= colon + 1) return undefined;
  try {
    const target = parsePiece(cx, first.start, tk.list[colon - 1].end);
    if (target.kind === "Name" || target.kind === "Attribute" || target.kind === "Subscript") return undefined;
    const msg = target.kind === "List" || target.kind === "Tuple"
      ? `only single target (not ${target.kind === "List" ? "list" : "tuple"}) can be annotated`
      : "illegal target for annotation";
    return cx.error(msg, first.start, tk.list[colon - 1].end);
  } catch {
    return undefined;
  }
}

/** `=` where an expression was expected: CPython's invalid_named_expression / invalid_kwarg. */
function assignmentInExpression(cx: Ctx, tk: Tokens, i: number): PySyntaxError | undefined {
  const toks = tk.list;
  const start = tk.expressionStart(i);
  if (start >= i) return undefined;
  const before = tk.text(start - 1);
  const inCall = (before === "(" || before === ",") && isCallBracket(tk, start - 1);
  const first = tk.text(start);
  if (inCall) {
    if ((first === "True" || first === "False" || first === "None") && start + 1 === i) {
      return cx.error(`cannot assign to ${first}`, toks[start].start, toks[i].end);
    }
    if (!(tk.isName(start) && start + 1 === i)) {
      return cx.error('expression cannot contain assignment, perhaps you meant "=="?', toks[start].start, toks[i].end);
    }
    return undefined;
  }
  const valueEnd = tk.bitwiseOr(i + 1);
  if (valueEnd < 0 || tk.text(valueEnd) === "=" || tk.text(valueEnd) === ":=") return undefined;
  if (tk.isName(start) && start + 1 === i) {
    return cx.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[start].start, toks[valueEnd - 1].end);
  }
  if (first === "[" || first === "(" || first === "True" || first === "False" || first === "None") return undefined;
  if (tk.bitwiseOr(start) !== i) return undefined;
  try {
    const target = parsePiece(cx, toks[start].start, toks[i - 1].end);
    return cx.error(
      `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`,
      toks[start].start,
      toks[i - 1].end,
    );
  } catch {
    return undefined;
  }
}

/** Index of the innermost unmatched open bracket before token `j`, or -1. */
function enclosingOpen(tk: Tokens, j: number): number {
  let depth = 0;
  for (let k = j - 1; k >= 0; k--) {
    if (tk.isOp(k, CLOSE)) depth++;
    else if (tk.isOp(k, OPEN) && depth-- === 0) return k;
  }
  return -1;
}

/** Whether the bracket token at `j` opens a call's argument list. */
function isCallBracket(tk: Tokens, j: number): boolean {
  // Walk back to the unmatched '(' enclosing position j (j itself may be a ',').
  let depth = 0;
  for (let k = j; k >= 0; k--) {
    if (tk.isOp(k, CLOSE)) depth++;
    else if (tk.isOp(k, OPEN)) {
      if (depth === 0) {
        if (tk.text(k) !== "(") return false;
        const prev = tk.list[k - 1];
        if (prev === undefined) return false;
        const p = tk.text(k - 1);
        return (prev.type === Tok.Name && !KEYWORDS.has(p)) || p === ")" || p === "]" || prev.type === Tok.String;
      }
      depth--;
    }
  }
  return false;
}
