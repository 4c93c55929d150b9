// SyntaxError as the parser reports it, and as CPython prints it when nobody catches it.
//
// Every failure of `parse` is a `PySyntaxError` carrying the same fields as CPython's
// SyntaxError object (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`),
// with `offset`/`end_offset` 1-based columns counted in characters, as CPython 3.11 reports them.
// The VM turns it into a Python exception; `formatSyntaxError` renders the part of the uncaught
// report below the traceback header, byte for byte as CPython's `print_exception` does.
//
// Where glasspy's errors differ from CPython 3.11's (for the lead to document):
//   - CPython finds better messages with its second-pass "invalid_*" grammar rules; the common
//     ones are reproduced (list in diagnose.ts, and the statement checks in stmt.ts/params.ts).
//     Any other parse failure is `invalid syntax` at the token where Lezer's parser stopped,
//     which is nearly always where CPython stops. On ~3000 randomly damaged snippets of the
//     standard library, type, message, line and columns agree with CPython for about 98%.
//   - `\N{...}` knows the names of about 1200 common characters (unicode-names.ts); any other
//     name raises the `unknown Unicode character name` error CPython gives for a misspelt one.
//   - Columns in errors count code points, as CPython's do for source compiled from a str;
//     for a script file CPython counts UTF-8 bytes (`formatSyntaxError`'s `byteColumns`).
//   - `text` is the source line with its newline; CPython omits the newline for most
//     tokenizer errors. Printing strips it either way.
//   - Identifier characters are checked with JavaScript's Unicode tables (Node's ICU version),
//     CPython uses Unicode 14.0: characters added since then are accepted here.
//   - Not diagnosed: "too many nested parentheses" (200 levels) and "too many levels of
//     indentation" (100), source encoding declarations, null bytes, int literals over 4300
//     digits; and no warnings are issued (invalid escape sequences, `1if x else y`).
//   - Valid Python that Lezer's grammar cannot express is reported as a syntax error: `match`
//     on a bare tuple (`match a, b:`), star expressions as `for` iterables
//     (`for x in *a, *b:`) and in annotations (`*args: *Ts`).

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based column of the start; 0 or -1 in the few cases CPython reports so. */
    readonly offset: number,
    /** The source line (with its newline, if it had one), or undefined. */
    readonly text: string | undefined,
    readonly end_lineno: number,
    /** 1-based column just past the end; 0 or -1 when CPython gives no end. */
    readonly end_offset: number,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = type;
  }

  /** The same error with some of its position fields replaced. */
  with(p: { lineno?: number; offset?: number; end_lineno?: number; end_offset?: number }): PySyntaxError {
    return new PySyntaxError(
      this.type,
      this.msg,
      this.filename,
      p.lineno ?? this.lineno,
      p.offset ?? this.offset,
      this.text,
      p.end_lineno ?? this.end_lineno,
      p.end_offset ?? this.end_offset,
    );
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The lines CPython prints for an uncaught SyntaxError after the traceback header:
 * `  File "…", line N`, the stripped source line, the caret line, and `Type: msg`, each ending
 * in a newline. Mirrors `print_exception`/`print_error_text` of Python/pythonrun.c (3.11).
 *
 * Columns are those of the error (code points), as for source compiled from a str. CPython
 * compiles a script file from bytes and then reports columns in UTF-8 bytes, which shifts the
 * caret on lines with non-ASCII text before it; pass `byteColumns` to print as it does there.
 */
export function formatSyntaxError(err: PySyntaxError, options: { byteColumns?: boolean } = {}): string {
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== undefined) {
    const text = err.text;
    let offset = err.offset;
    // CPython reads the end only from SyntaxError itself, not from its subclasses.
    let endOffset = err.type === "SyntaxError" ? err.end_offset : -1;
    if (options.byteColumns) {
      offset = byteColumn(text, offset);
      endOffset = byteColumn(text, endOffset);
    }
    const units = options.byteColumns ? utf8Length : codePointLength;
    if (err.end_lineno > err.lineno) endOffset = units(text);
    if (endOffset > units(text) + 1) endOffset = units(text) + 1;
    out += errorText(text, offset, endOffset, units);
  }
  return out + `${err.type}: ${err.msg}\n`;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** A 1-based code-point column as a 1-based UTF-8 byte column. */
function byteColumn(text: string, col: number): number {
  if (col <= 0) return col;
  const chars = Array.from(text);
  return utf8Length(chars.slice(0, col - 1).join("")) + 1 + Math.max(0, col - 1 - chars.length);
}

/** `print_error_text`, with `units` measuring text in the unit the offsets count. */
function errorText(text: string, offset: number, endOffset: number, units: (s: string) => number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  offset--;
  let start = 0;
  while (start < text.length && (text[start] === " " || text[start] === "\t" || text[start] === "\f")) {
    start++;
    offset--;
  }
  let line = text.slice(start);
  let len = units(line);
  if (line.endsWith("\n")) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = line.indexOf("\n");
    if (nl < 0) break;
    const inl = units(line.slice(0, nl));
    if (inl >= offset) break;
    line = line.slice(nl + 1);
    len -= inl + 1;
    offset -= inl + 1;
  }
  let out = "    " + line;
  if (!line.endsWith("\n")) out += "\n";
  if (offset < 0) return out;
  return out + "    " + " ".repeat(offset) + "^".repeat(carets) + "\n";
}
