/**
 * The compiler's one way to report a user's mistake: a `PySyntaxError`, located as CPython
 * locates compile-time errors (1-based start and end columns, the source line when known).
 *
 * An internal inconsistency of the compiler is not a SyntaxError: `compilerBug` throws a plain
 * `Error`, which must never reach a Python program (style point 11).
 */
import { PySyntaxError } from "../parse/errors.js";

/** A source span: the four position fields every located AST node carries. */
export interface Span {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

export class ErrorSite {
  private readonly lines: string[] | undefined;

  constructor(readonly filename: string, source?: string) {
    this.lines = source === undefined ? undefined : source.replace(/\r\n?/g, "\n").split(/(?<=\n)/);
  }

  /** A SyntaxError at `span` (CPython's `PyErr_RangedSyntaxLocationObject`). */
  error(msg: string, span: Span): PySyntaxError {
    return new PySyntaxError("SyntaxError", msg, this.filename, span.lineno, span.col_offset + 1, this.text(span.lineno),
      span.end_lineno, span.end_col_offset + 1);
  }

  /**
   * A SyntaxError with a start but no end (CPython's `PyErr_SyntaxLocationObject`, whose
   * end_offset is None; 0 here, as the parser reports it).
   */
  errorAtStart(msg: string, span: Span): PySyntaxError {
    return new PySyntaxError("SyntaxError", msg, this.filename, span.lineno, span.col_offset + 1, this.text(span.lineno),
      span.lineno, 0);
  }

  private text(lineno: number): string | undefined {
    return this.lines && lineno >= 1 ? this.lines[lineno - 1] : undefined;
  }
}

export function compilerBug(msg: string): never {
  throw new Error(`glasspy compiler bug: ${msg}`);
}
