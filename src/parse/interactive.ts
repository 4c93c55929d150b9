/**
 * Interactive input: is what was typed so far one whole statement, the beginning of one, or
 * an error? The REPL asks after every line, with all the lines of the statement so far.
 *
 * CPython's REPL decides while tokenizing, asking the terminal for another line whenever the
 * parser needs one. The rules it follows, reproduced here:
 *   - a line with nothing but blanks or a comment, at the primary prompt, is no statement;
 *   - inside brackets, a triple-quoted string, or after a backslash, input continues (blank
 *     lines included);
 *   - a compound statement (`if`, `def`, `class`, ... even on one line) ends only at a blank
 *     line; a line back at column 0 before it is `invalid syntax`;
 *   - input that is a valid beginning (`@decorator`, `if x:`, `try:` + body) continues, unless
 *     the last line was blank: then it is the error a file would give;
 *   - anything else that does not parse is an error at once (`1 +`, `x = )`).
 * "A valid beginning" is tested the way the parser sees it: with a `pass` line appended, the
 * error moves past the lines typed (or goes away) exactly when those lines could go on.
 */
import { parse } from "./parser.js";
import { PySyntaxError } from "./errors.js";
import type * as ast from "./ast.js";

export type InteractiveInput =
  | { readonly kind: "empty" }
  | { readonly kind: "incomplete" }
  | { readonly kind: "complete"; readonly source: string }
  | { readonly kind: "error"; readonly error: PySyntaxError };

const compoundKinds = new Set<ast.Stmt["kind"]>([
  "If", "For", "AsyncFor", "While", "Try", "TryStar", "With", "AsyncWith",
  "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match",
]);

const blank = (line: string) => line.trim() === "";
const blankOrComment = (line: string) => blank(line) || line.trimStart().startsWith("#");

/**
 * Classify the lines typed so far (without their newlines). A complete statement comes with
 * the source to compile in "single" mode.
 */
export function classifyInteractive(lines: readonly string[], filename = "<stdin>"): InteractiveInput {
  if (lines.length === 0 || lines.every(blankOrComment)) {
    return lines.length <= 1 || blank(lines[lines.length - 1]) ? { kind: "empty" } : { kind: "incomplete" };
  }
  const source = lines.join("\n") + "\n";
  const last = lines[lines.length - 1];
  const lastBlank = lines.length > 1 && blank(last);
  let error: PySyntaxError;
  try {
    const tree = parse(source, filename, "single");
    const first = tree.body[0];
    if (first !== undefined && compoundKinds.has(first.kind) && !lastBlank) return { kind: "incomplete" };
    return { kind: "complete", source };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    error = e;
  }
  if (error.msg.startsWith("unterminated triple-quoted string literal") || / was never closed$/.test(error.msg)) {
    return { kind: "incomplete" };
  }
  if (lastBlank) return { kind: "error", error };
  if (last.trimEnd().endsWith("\\")) return { kind: "incomplete" };
  if (error.msg === "multiple statements found while compiling a single statement" && error.lineno === lines.length) {
    // A line back at column 0 after a compound statement's block: the interactive tokenizer
    // ends the statement there, and the parser finds a statement where it wants a newline.
    return { kind: "error", error: new PySyntaxError("SyntaxError", "invalid syntax", filename, error.lineno, error.offset, error.text, error.end_lineno, error.end_offset) };
  }
  if (couldContinue(source, lines.length, filename)) return { kind: "incomplete" };
  return { kind: "error", error };
}

/** Does `source` (`lineCount` lines) parse as the beginning of a longer statement? */
function couldContinue(source: string, lineCount: number, filename: string): boolean {
  try {
    parse(source + "pass\n", filename, "single");
    return true;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return e.lineno > lineCount;
  }
}
