// The state one AST build shares: which text Lezer parsed, where it sits in the source, and how
// errors found in it are reported.
//
// A build is either the whole source, or a piece of it parsed on its own (an f-string
// replacement field, a decorator or `with` target Lezer's grammar cannot express). A piece is
// the source text from `base` on, wrapped in parentheses, so offsets within it map to the source
// by adding `base`; positions in the AST are always those of the source.

import type { SyntaxNode, Tree } from "@lezer/common";
import type { Located } from "./ast.js";
import { PySyntaxError, type SyntaxErrorType } from "./errors.js";
import type { SourceText } from "./source.js";
import { Tok, type OpenBracket, type Token } from "./tokenizer.js";

export interface Unit {
  /** The whole source. */
  src: SourceText;
  /** The text this build covers (exactly as written; Lezer may have seen a respelling). */
  text: string;
  /** Offset of `text[0]` within `src.text`. */
  base: number;
  tokens: Token[];
  /** Brackets the tokenizer found still open at the end of `text`. */
  unclosed: OpenBracket[];
  tree: Tree;
  /** Offsets (in `text`) of names Lezer saw in place of an expression it cannot parse. */
  placeholders: Set<number>;
  /** Offsets of `*` in subscripts and `/` in lambda parameters, respelled for Lezer. */
  stars: Set<number>;
  /** Errors in an f-string replacement field are worded and placed as CPython does there. */
  inFString: boolean;
}

export type Diagnoser = (cx: Ctx, node: SyntaxNode) => PySyntaxError;

export class Ctx implements Unit {
  readonly src: SourceText;
  readonly text: string;
  readonly base: number;
  readonly tokens: Token[];
  readonly unclosed: OpenBracket[];
  readonly tree: Tree;
  readonly placeholders: Set<number>;
  readonly stars: Set<number>;
  readonly inFString: boolean;

  constructor(unit: Unit, private readonly diagnoser: Diagnoser) {
    this.src = unit.src;
    this.text = unit.text;
    this.base = unit.base;
    this.tokens = unit.tokens;
    this.unclosed = unit.unclosed;
    this.tree = unit.tree;
    this.placeholders = unit.placeholders;
    this.stars = unit.stars;
    this.inFString = unit.inFString;
  }

  /** A child build over another unit, reporting errors the same way. */
  derive(unit: Unit): Ctx {
    return new Ctx(unit, this.diagnoser);
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  textOf(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  loc(from: number, to: number): Located {
    const src = this.src;
    const a = this.base + from;
    const b = this.base + to;
    return { lineno: src.lineOf(a), col_offset: src.colOf(a), end_lineno: src.lineOf(b), end_col_offset: src.colOf(b) };
  }

  at(node: SyntaxNode): Located {
    return this.loc(node.from, node.to);
  }

  /** An error over [from, to) (offsets in `text`); `to` undefined for an error without end. */
  error(msg: string, from: number, to?: number, type: SyntaxErrorType = "SyntaxError"): PySyntaxError {
    if (!this.inFString) return this.src.error(msg, this.base + from, to === undefined ? undefined : this.base + to, type);
    // CPython reports errors inside a replacement field against the parenthesised copy of the
    // expression it parsed, on the source line of the expression.
    const lineStart = this.text.lastIndexOf("\n", from - 1) + 1;
    const lineEnd = this.text.indexOf("\n", from);
    const text = this.text.slice(lineStart, lineEnd < 0 ? this.text.length : lineEnd) + "\n";
    const lineno = this.src.lineOf(this.base + from);
    const offset = from - lineStart + 1;
    const endOffset = to === undefined ? 0 : to - lineStart + 1;
    return new PySyntaxError(type, "f-string: " + msg, this.src.filename, lineno, offset, text, lineno, endOffset);
  }

  fail(msg: string, from: number, to?: number, type: SyntaxErrorType = "SyntaxError"): never {
    throw this.error(msg, from, to, type);
  }

  failAt(msg: string, node: { from: number; to: number }): never {
    throw this.error(msg, node.from, node.to);
  }

  /** A node the grammar should not have produced here: report the parse error around it. */
  syntaxError(node: SyntaxNode): never {
    throw this.diagnoser(this, node);
  }

  /**
   * An error at a token. At the end of the input CPython points just past the last line's text
   * (comments included), without an end.
   */
  errorAtToken(msg: string, tok: Token, type: SyntaxErrorType = "SyntaxError"): PySyntaxError {
    if (tok.type !== Tok.EndMarker || this.inFString) return this.error(msg, tok.start, tok.end, type);
    const last = this.src.lineCount;
    return this.src.errorAt(msg, last, this.src.lineText(last).length, last, -1, type);
  }

  /** The first token at or after `offset` that is not an INDENT or DEDENT (what CPython's parser last read). */
  tokenAfter(offset: number): Token {
    const last = this.tokens.length - 1;
    let i = this.tokenAt(offset);
    while (i < last && (this.tokens[i].type === Tok.Indent || this.tokens[i].type === Tok.Dedent)) i++;
    return this.tokens[i];
  }

  /**
   * Index of the token holding `offset`, else of the first token after it. A NEWLINE holds the
   * line break at its end (it starts at a trailing comment, if any).
   */
  tokenAt(offset: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid];
      const before = t.start < offset && (t.end < offset || (t.end === offset && t.type !== Tok.Newline));
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Positions spanning two located things (or raw offsets handled by the caller). */
export function span(a: Located, b: Located): Located {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}
