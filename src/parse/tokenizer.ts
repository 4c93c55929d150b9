// A transcription of CPython 3.11's tokenizer (Parser/tokenizer.c), used for two things Lezer's
// tolerant grammar cannot give: the tokenizer's own errors, with CPython's messages and positions
// (unterminated strings, unmatched brackets, bad indentation, malformed numbers, invalid
// characters), and a token stream that diagnose.ts reads to word parser errors as CPython does.
//
// It produces NAME, NUMBER, STRING (f-strings included, as in 3.11), OP, NEWLINE, INDENT, DEDENT
// and ENDMARKER tokens over the normalised source. Lines holding only blanks or a comment give no
// tokens; inside brackets newlines give none either. The first error stops it; `tokenize` then
// returns the tokens so far with the error. Brackets still open at the end are reported in
// `unclosed` rather than as an error, because CPython decides only later, against the parser's
// own error, whether "'(' was never closed" is the message (see parser.ts).

import type { PySyntaxError, SyntaxErrorType } from "./errors.js";
import type { SourceText } from "./source.js";

export const enum Tok {
  Name,
  Number,
  String,
  Op,
  Newline,
  Indent,
  Dedent,
  EndMarker,
}

export interface Token {
  type: Tok;
  start: number;
  end: number;
  /** Bracket depth after the token, as CPython's `tok->level` when it is returned. */
  level: number;
}

export interface OpenBracket {
  char: string;
  offset: number;
}

export interface TokenizeResult {
  tokens: Token[];
  error: PySyntaxError | undefined;
  /**
   * Whether CPython reports `error` only if its parser gets that far. The tokenizer raises most
   * errors itself, and CPython tokenizes the whole file after a parser error so that they win;
   * but bad dedents, tab/space mixes and misused backslashes are only error codes, reported
   * when the parser asks for the token.
   */
  errorIfReached: boolean;
  /** Brackets open at the end of the input, innermost last. */
  unclosed: OpenBracket[];
}

const TAB_SIZE = 8;

const THREE_CHAR_OPS = new Set(["**=", "...", "//=", "<<=", ">>="]);
const TWO_CHAR_OPS = new Set([
  "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=",
  ">>", "@=", "^=", "|=",
]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isIdentStart = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdentChar = (c: number) => isIdentStart(c) || isDigit(c);

const EOF = -1;

class TokenizerError {
  constructor(readonly error: PySyntaxError, readonly ifReached = false) {}
}

class Tokenizer {
  private readonly text: string;
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atBol = true;
  private readonly indents = [0];
  private readonly altIndents = [0];
  private pendingIndents = 0;
  private readonly brackets: { char: string; offset: number; lineno: number }[] = [];
  readonly tokens: Token[] = [];

  constructor(private readonly src: SourceText) {
    this.text = src.text;
  }

  private next(): number {
    if (this.pos >= this.text.length) {
      this.pos = this.text.length + 1;
      return EOF;
    }
    const c = this.text.charCodeAt(this.pos++);
    if (c === 10) {
      this.lineno++;
      this.lineStart = this.pos;
    }
    return c;
  }

  private backup(c: number): void {
    if (c === EOF) {
      this.pos = this.text.length;
      return;
    }
    this.pos--;
    if (c === 10) {
      this.lineno--;
      this.lineStart = this.text.lastIndexOf("\n", this.pos - 1) + 1;
    }
  }

  private peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : EOF;
  }

  /** The current line up to (not including) its newline. */
  private currentLine(lineStart = this.lineStart): string {
    const nl = this.text.indexOf("\n", lineStart);
    return this.text.slice(lineStart, nl < 0 ? this.text.length : nl);
  }

  /**
   * CPython's `syntaxerror(tok, …)`: located at the current position, with offset and
   * end_offset both the number of characters before it on the line, and the line's text
   * without its newline.
   */
  private fail(msg: string, col?: number, endCol?: number): never {
    const offset = col ?? this.pos - this.lineStart;
    throw new TokenizerError(
      this.src.errorAt(msg, this.lineno, offset, this.lineno, endCol ?? offset, "SyntaxError", this.currentLine()),
    );
  }

  /** The errors the parser raises for the tokenizer's error codes (`_Pypegen_tokenizer_error`). */
  private failLine(msg: string, type: SyntaxErrorType, lineno: number, offset: number, endOffset: number): never {
    throw new TokenizerError(this.src.errorAt(msg, lineno, offset, lineno, endOffset, type), true);
  }

  private push(type: Tok, start: number, end: number): void {
    this.tokens.push({ type, start, end, level: this.brackets.length });
  }

  run(): void {
    for (;;) {
      const t = this.token();
      if (t === Tok.EndMarker) break;
    }
  }

  private token(): Tok {
    let blankLine = false;
    if (this.atBol) {
      this.atBol = false;
      let col = 0;
      let altCol = 0;
      let contLineCol = 0;
      let c: number;
      for (;;) {
        c = this.next();
        if (c === 32) {
          col++;
          altCol++;
        } else if (c === 9) {
          col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
          altCol++;
        } else if (c === 12) {
          col = altCol = 0;
        } else if (c === 92) {
          contLineCol = contLineCol || col;
          c = this.continuationLine();
        } else break;
      }
      this.backup(c);
      if (c === 35 || c === 10) blankLine = true;
      if (!blankLine && this.brackets.length === 0) {
        if (contLineCol) col = altCol = contLineCol;
        const top = this.indents.length - 1;
        if (col === this.indents[top]) {
          if (altCol !== this.altIndents[top]) this.tabError();
        } else if (col > this.indents[top]) {
          if (altCol <= this.altIndents[top]) this.tabError();
          this.pendingIndents++;
          this.indents.push(col);
          this.altIndents.push(altCol);
        } else {
          while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
            this.pendingIndents--;
            this.indents.pop();
            this.altIndents.pop();
          }
          if (col !== this.indents[this.indents.length - 1]) {
            // E_DEDENT: reported at the end of the line, without an end.
            this.failLine(
              "unindent does not match any outer indentation level",
              "IndentationError",
              this.lineno,
              this.currentLine().length + 1,
              -1,
            );
          }
          if (altCol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
        }
      }
    }

    if (this.pendingIndents !== 0) {
      if (this.pendingIndents < 0) {
        this.pendingIndents++;
        this.push(Tok.Dedent, this.pos, this.pos);
        return Tok.Dedent;
      }
      this.pendingIndents--;
      this.push(Tok.Indent, this.pos, this.pos);
      return Tok.Indent;
    }

    for (;;) {
      let c: number;
      do c = this.next();
      while (c === 32 || c === 9 || c === 12);
      // A NEWLINE after a comment starts at the comment, as in CPython.
      const start = this.pos - 1;

      if (c === 35) {
        while (c !== EOF && c !== 10) c = this.next();
      }

      if (c === EOF) {
        if (this.brackets.length > 0) {
          this.push(Tok.EndMarker, this.text.length, this.text.length);
          return Tok.EndMarker;
        }
        // Dedent to the margin first, as CPython's last (empty) line does.
        if (this.indents.length > 1) {
          this.indents.pop();
          this.altIndents.pop();
          this.pos = this.text.length;
          this.push(Tok.Dedent, this.text.length, this.text.length);
          return Tok.Dedent;
        }
        this.push(Tok.EndMarker, this.text.length, this.text.length);
        return Tok.EndMarker;
      }

      if (isIdentStart(c)) return this.nameOrString(c, start);

      if (c === 10) {
        this.atBol = true;
        if (blankLine || this.brackets.length > 0) return this.token();
        this.push(Tok.Newline, start, this.pos - 1);
        return Tok.Newline;
      }

      if (c === 46) {
        const c2 = this.next();
        if (isDigit(c2)) {
          this.fraction(c2);
          return this.finishNumber(start);
        }
        if (c2 === 46 && this.peek() === 46) {
          this.next();
          this.push(Tok.Op, start, this.pos);
          return Tok.Op;
        }
        this.backup(c2);
        this.push(Tok.Op, start, this.pos);
        return Tok.Op;
      }

      if (isDigit(c)) return this.numberFrom(c, start);

      if (c === 39 || c === 34) return this.string(c, start);

      if (c === 92) {
        this.backup(this.continuationLine());
        continue;
      }

      return this.operator(c, start);
    }
  }

  private tabError(): never {
    return this.failLine("inconsistent use of tabs and spaces in indentation", "TabError", this.lineno, 1, 0);
  }

  /** After a backslash: it must end the line. Returns the first character of the next line. */
  private continuationLine(): number {
    const lineno = this.lineno;
    const c = this.next();
    const col = this.pos - this.lineStart;
    if (c !== 10) {
      this.failLine("unexpected character after line continuation character", "SyntaxError", lineno, col, 0);
    }
    const c2 = this.next();
    if (c2 === EOF) {
      this.failLine("unexpected EOF while parsing", "SyntaxError", lineno, this.src.lineText(lineno).length, -1);
    }
    return c2;
  }

  private operator(c: number, start: number): Tok {
    const three = this.text.slice(start, start + 3);
    const two = this.text.slice(start, start + 2);
    if (TWO_CHAR_OPS.has(two)) {
      this.pos = start + (THREE_CHAR_OPS.has(three) ? 3 : 2);
      this.push(Tok.Op, start, this.pos);
      return Tok.Op;
    }
    const ch = String.fromCharCode(c);
    switch (ch) {
      case "(":
      case "[":
      case "{":
        this.brackets.push({ char: ch, offset: start, lineno: this.lineno });
        break;
      case ")":
      case "]":
      case "}": {
        const open = this.brackets.pop();
        if (open === undefined) this.fail(`unmatched '${ch}'`);
        const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
        if (pairs[open.char] !== ch) {
          if (open.lineno !== this.lineno) {
            this.fail(
              `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}' on line ${open.lineno}`,
            );
          }
          this.fail(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'`);
        }
        break;
      }
    }
    if (c < 32 || c === 127) {
      this.fail(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
    }
    this.push(Tok.Op, start, this.pos);
    return Tok.Op;
  }

  private nameOrString(first: number, start: number): Tok {
    let c = first;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const l = c | 0x20;
      if (!(sawB || sawU || sawF) && l === 98) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && l === 117) sawU = true;
      else if (!(sawR || sawU) && l === 114) sawR = true;
      else if (!(sawF || sawB || sawU) && l === 102) sawF = true;
      else break;
      c = this.next();
      if (c === 34 || c === 39) return this.string(c, start);
    }
    let nonAscii = false;
    while (isIdentChar(c)) {
      if (c >= 128) nonAscii = true;
      c = this.next();
    }
    this.backup(c);
    if (nonAscii) this.verifyIdentifier(start);
    this.push(Tok.Name, start, this.pos);
    return Tok.Name;
  }

  private verifyIdentifier(start: number): void {
    const name = this.text.slice(start, this.pos);
    let i = 0;
    for (const ch of name) {
      const ok = i === 0 ? /[\p{ID_Start}_]/u.test(ch) : /[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]/u.test(ch);
      if (!ok) {
        this.pos = start + i + ch.length;
        const cp = ch.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        if (/[\p{L}\p{M}\p{N}\p{P}\p{S}\u0020]/u.test(ch)) this.fail(`invalid character '${ch}' (U+${hex})`);
        this.fail(`invalid non-printable character U+${hex}`);
      }
      i += ch.length;
    }
  }

  private string(quote: number, start: number): Tok {
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.next();
    if (c === quote) {
      c = this.next();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.next();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // Reported at the string's start, naming the line where its end was looked for.
        const detected = this.lineno - 1;
        const col = start - firstLineStart + 1;
        const kind = quoteSize === 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        throw new TokenizerError(
          this.src.errorAt(
            `${kind} (detected at line ${detected})`,
            firstLineno,
            col,
            firstLineno,
            col,
            "SyntaxError",
            this.currentLine(firstLineStart),
          ),
        );
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) this.next();
      }
    }
    this.push(Tok.String, start, this.pos);
    return Tok.String;
  }

  // ---- numbers: tok_get's number branch; each helper leaves `pos` just past the number ----

  private numberFrom(first: number, start: number): Tok {
    let c: number;
    if (first !== 48) {
      c = this.decimalTail();
      if (c === 46) this.fraction(this.next());
      else if ((c | 0x20) === 101) this.exponent(c);
      else if ((c | 0x20) === 106) this.imaginary();
      else this.endNumber(c, "decimal");
      return this.finishNumber(start);
    }
    c = this.next();
    const l = c | 0x20;
    if (l === 120) {
      c = this.next();
      do {
        if (c === 95) c = this.next();
        if (!isHexDigit(c)) {
          this.backup(c);
          this.fail("invalid hexadecimal literal");
        }
        do c = this.next();
        while (isHexDigit(c));
      } while (c === 95);
      this.endNumber(c, "hexadecimal");
    } else if (l === 111 || l === 98) {
      const octal = l === 111;
      const kind = octal ? "octal" : "binary";
      const inRange = octal ? (d: number) => d >= 48 && d < 56 : (d: number) => d === 48 || d === 49;
      c = this.next();
      do {
        if (c === 95) c = this.next();
        if (!inRange(c)) {
          if (isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
          this.backup(c);
          this.fail(`invalid ${kind} literal`);
        }
        do c = this.next();
        while (inRange(c));
      } while (c === 95);
      if (isDigit(c)) this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      this.endNumber(c, kind);
    } else {
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = this.next();
          if (!isDigit(c)) {
            this.backup(c);
            this.fail("invalid decimal literal");
          }
        }
        if (c !== 48) break;
        c = this.next();
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 46) this.fraction(this.next());
      else if ((c | 0x20) === 101) this.exponent(c);
      else if ((c | 0x20) === 106) this.imaginary();
      else if (nonzero) {
        this.backup(c);
        this.fail(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start - this.lineStart + 1,
          zerosEnd - this.lineStart,
        );
      } else this.endNumber(c, "decimal");
    }
    return this.finishNumber(start);
  }

  /** After the '.', with `c` the character following it. */
  private fraction(c: number): void {
    if (isDigit(c)) c = this.decimalTail();
    if ((c | 0x20) === 101) this.exponent(c);
    else if ((c | 0x20) === 106) this.imaginary();
    else this.endNumber(c, "decimal");
  }

  private exponent(e: number): void {
    let c = this.next();
    if (c === 43 || c === 45) {
      c = this.next();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      // `1else`: the number is `1`, the 'e' starts the next token.
      this.backup(c);
      this.verifyEnd(e, "decimal");
      this.backup(e);
      return;
    }
    c = this.decimalTail();
    if ((c | 0x20) === 106) this.imaginary();
    else this.endNumber(c, "decimal");
  }

  private imaginary(): void {
    this.endNumber(this.next(), "imaginary");
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.next();
      while (isDigit(c));
      if (c !== 95) break;
      c = this.next();
      if (!isDigit(c)) {
        this.backup(c);
        this.fail("invalid decimal literal");
      }
    }
    return c;
  }

  /** `c` was read just past the number: check it, then give it back. */
  private endNumber(c: number, kind: string): void {
    this.verifyEnd(c, kind);
    this.backup(c);
  }

  /**
   * `verify_end_of_number`, with `c` just consumed: a number run straight into a keyword that
   * may follow a number in valid code (`1if x else 2`) is accepted (CPython warns); into any
   * other name, it is an error.
   */
  private verifyEnd(c: number, kind: string): void {
    const rest = this.text.slice(this.pos, this.pos + 3);
    let keyword = false;
    switch (c) {
      case 97: keyword = rest.startsWith("nd"); break;
      case 101: keyword = rest.startsWith("lse"); break;
      case 102: keyword = rest.startsWith("or"); break;
      case 105: keyword = /^[fns]/.test(rest); break;
      case 111: keyword = rest.startsWith("r"); break;
      case 110: keyword = rest.startsWith("ot"); break;
    }
    if (keyword) return;
    if (c !== EOF && c < 128 && isIdentChar(c)) {
      this.backup(c);
      this.fail(`invalid ${kind} literal`);
    }
  }

  private finishNumber(start: number): Tok {
    this.push(Tok.Number, start, this.pos);
    return Tok.Number;
  }

  /** Where tokenizing stopped. */
  errorPos(): number {
    return Math.min(this.pos, this.text.length);
  }

  openBrackets(): OpenBracket[] {
    return this.brackets.map((b) => ({ char: b.char, offset: b.offset }));
  }
}

export function tokenize(src: SourceText): TokenizeResult {
  const t = new Tokenizer(src);
  try {
    t.run();
    return { tokens: t.tokens, error: undefined, errorIfReached: false, unclosed: t.openBrackets() };
  } catch (e) {
    if (e instanceof TokenizerError) {
      t.tokens.push({ type: Tok.EndMarker, start: t.errorPos(), end: t.errorPos(), level: 0 });
      return { tokens: t.tokens, error: e.error, errorIfReached: e.ifReached, unclosed: t.openBrackets() };
    }
    throw e;
  }
}
