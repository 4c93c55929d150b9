// The source text being parsed, with its line table.
//
// Offsets are indices into `text` (UTF-16 code units). `text` is the normalised source: CR LF and
// lone CR become LF, a leading BOM is dropped, and a final newline is added when missing, as
// CPython's string tokenizer does; every position glasspy reports refers to this text.

import { PySyntaxError, type SyntaxErrorType } from "./errors.js";

export class SourceText {
  readonly text: string;
  /** Offset at which each line starts; `lineStarts[0]` is line 1. */
  readonly lineStarts: number[];

  constructor(raw: string, readonly filename: string) {
    let text = raw.replace(/\r\n?/g, "\n");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.endsWith("\n")) text += "\n";
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    // The entry after the final newline starts no line; keep it as the end sentinel.
  }

  get lineCount(): number {
    return this.lineStarts.length - 1;
  }

  /** 1-based line number of an offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 2;
    if (offset >= starts[hi + 1]) return hi + 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based column of an offset within its line. */
  colOf(offset: number): number {
    return offset - this.lineStarts[this.lineOf(offset) - 1];
  }

  lineStart(lineno: number): number {
    return this.lineStarts[Math.min(lineno, this.lineStarts.length) - 1];
  }

  /** The text of a line including its newline. */
  lineText(lineno: number): string {
    if (lineno < 1 || lineno > this.lineCount) return "";
    return this.text.slice(this.lineStarts[lineno - 1], this.lineStarts[lineno]);
  }

  /**
   * An error spanning [from, to) given as offsets; `to` may be undefined for an error with no
   * end (CPython then reports end_offset 0 on the same line).
   */
  error(msg: string, from: number, to: number | undefined, type: SyntaxErrorType = "SyntaxError"): PySyntaxError {
    const lineno = this.lineOf(from);
    const offset = this.colOf(from) + 1;
    if (to === undefined) return this.errorAt(msg, lineno, offset, lineno, 0, type);
    const endLineno = this.lineOf(to);
    return this.errorAt(msg, lineno, offset, endLineno, this.colOf(to) + 1, type);
  }

  /** An error at explicit 1-based line/offset values, with the line's text. */
  errorAt(
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    type: SyntaxErrorType = "SyntaxError",
    text: string | undefined = lineno >= 1 && lineno <= this.lineCount ? this.lineText(lineno) : undefined,
  ): PySyntaxError {
    // Offsets arrive in UTF-16 units; CPython's count code points.
    offset = codePointOffset(this.lineText(lineno), offset);
    endOffset = codePointOffset(this.lineText(endLineno), endOffset);
    return new PySyntaxError(type, msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }
}

/**
 * A 1-based column counted in UTF-16 units, recounted in code points: each surrogate pair
 * wholly or partly before the column counts once. 0 and -1 are kept as they are.
 */
function codePointOffset(line: string, offset: number): number {
  if (offset <= 1 || !/[\udc00-\udfff]/.test(line)) return offset;
  let lows = 0;
  for (let i = 0; i < offset && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) lows++;
  }
  return offset - lows;
}
