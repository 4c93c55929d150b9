/**
 * Printing an uncaught exception exactly as CPython 3.11 does.
 *
 *   Traceback (most recent call last):
 *     File "x.py", line 5, in <module>
 *       f()
 *     File "x.py", line 2, in f
 *       return 1/0
 *              ~^~
 *   ZeroDivisionError: division by zero
 *
 * Chained exceptions come first, joined by CPython's two sentences. The position markers
 * follow 3.11's rules (traceback.py's format_frame_summary): they are shown when the failing
 * expression does not span the whole stripped line; binary operators and subscripts get
 * `~` for the operands and `^` for the operator or the brackets.
 */
import type { Runtime } from "../objects/runtime.js";
import { Exc } from "../objects/exceptions.js";
import { Traceback, Frame } from "../objects/traceback.js";
import { Code, codeInfo } from "../objects/code.js";
import { Tp, TpFlag } from "../objects/layout.js";
import { str } from "../objects/abstract.js";
import { tupleItem, tupleSize } from "../objects/tuple.js";
import { PY_RAISED } from "../objects/errors.js";
import { parse } from "../parse/parser.js";
import { PySyntaxError, formatSyntaxError, type SyntaxErrorType } from "../parse/errors.js";
import { exceptionAttribute } from "../objects/exception-type.js";
import { dictEntryCount, dictEntryKey, dictGetItemStr } from "../objects/dict.js";
import { closestName } from "./suggestions.js";
import { instanceDictPtr } from "../objects/object.js";
import type { Expr } from "../parse/ast.js";

export type SourceLines = (filename: string) => readonly string[] | undefined;

const CAUSE_SENTENCE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_SENTENCE = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** The whole text CPython prints for an uncaught `exc`, chains included. */
export function formatException(rt: Runtime, exc: number, lines: SourceLines): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  let current = exc;
  const chain: { exc: number; sentence: string }[] = [];
  let sentence = "";
  while (current !== 0 && !seen.has(current)) {
    seen.add(current);
    chain.push({ exc: current, sentence });
    const cause = rt.load(current + Exc.CAUSE);
    const context = rt.load(current + Exc.CONTEXT);
    const suppress = rt.i32[(current + Exc.SUPPRESS_CONTEXT) >> 2] !== 0;
    if (cause !== 0) {
      current = cause;
      sentence = CAUSE_SENTENCE;
    } else if (context !== 0 && !suppress) {
      current = context;
      sentence = CONTEXT_SENTENCE;
    } else current = 0;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    parts.push(formatOne(rt, chain[i].exc, lines));
    if (chain[i].sentence !== "") parts.push(chain[i].sentence);
  }
  return parts.join("");
}

/**
 * One exception's traceback and line, without its chain: the unraisable hook's form, which
 * (as CPython's write_unraisable_exc_file) offers no "Did you mean" and prints no notes.
 */
export function formatExceptionAlone(rt: Runtime, exc: number, lines: SourceLines): string {
  return formatOne(rt, exc, lines, false);
}

function formatOne(rt: Runtime, exc: number, lines: SourceLines, full = true): string {
  let out = "";
  const tb = rt.load(exc + Exc.TRACEBACK);
  if (tb !== 0) {
    out += "Traceback (most recent call last):\n";
    out += formatTracebackEntries(rt, tb, lines);
  }
  if (rt.isInstance(exc, rt.E.SyntaxError)) return out + formatSyntaxErrorObject(rt, exc);
  return out + exceptionLine(rt, exc, full);
}

/**
 * "Type: message" (or "Type" when the message is empty), with the module for user classes;
 * `full`: with the "Did you mean" suggestion and the exception's notes.
 */
export function exceptionLine(rt: Runtime, exc: number, full = true): string {
  const type = rt.typeOf(exc);
  let name = typeDisplayName(rt, type);
  let message: string;
  try {
    const s = str(rt, exc);
    message = rt.jsString(s);
    rt.decref(s);
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    rt.setException(0);
    message = "<exception str() failed>";
  }
  const notes = full ? exceptionAttributeOrZero(rt, exc, "__notes__") : 0;
  let notesText = "";
  if (notes !== 0 && rt.typeOf(notes) === rt.T.list) {
    const n = rt.i32[(notes + 16) >> 2];
    const items = rt.load(notes + 24);
    for (let i = 0; i < n; i++) {
      const note = rt.load(items + 8 * i);
      notesText += (rt.typeOf(note) === rt.T.str ? rt.jsString(note) : "<note str() failed>") + "\n";
    }
  }
  if (name === "") name = "Exception";
  const suggestion = full ? suggestionFor(rt, exc) : undefined;
  if (suggestion !== undefined) message += `. Did you mean: '${suggestion}'?`;
  return (message === "" ? `${name}\n` : `${name}: ${message}\n`) + notesText;
}

/** An attribute in the exception's __dict__ (borrowed), or 0. */
function exceptionAttributeOrZero(rt: Runtime, exc: number, name: string): number {
  const dict = rt.load(exc + Exc.DICT);
  return dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier(name));
}

/** CPython 3.11's "Did you mean" for NameError and AttributeError. */
function suggestionFor(rt: Runtime, exc: number): string | undefined {
  const isName = rt.isInstance(exc, rt.E.NameError);
  if (!isName && !rt.isInstance(exc, rt.E.AttributeError)) return undefined;
  const nameObj = exceptionAttribute(rt, exc, "name");
  if (rt.typeOf(nameObj) !== rt.T.str) return undefined;
  const name = rt.jsString(nameObj);
  if (!isName) {
    const obj = exceptionAttribute(rt, exc, "obj");
    if (obj === rt.S.None && rt.typeOf(obj) !== rt.T.NoneType) return undefined;
    return closestName(name, attributeNames(rt, obj));
  }
  // NameError: the innermost frame's locals, then its globals, then the builtins.
  let tb = rt.load(exc + Exc.TRACEBACK);
  if (tb === 0) return undefined;
  while (rt.load(tb + Traceback.NEXT) !== 0) tb = rt.load(tb + Traceback.NEXT);
  const frame = rt.load(tb + Traceback.FRAME);
  const code = rt.load(frame + Frame.CODE);
  const locals = rt.load(frame + Frame.LOCALS);
  const localNames = locals !== 0 ? dictKeyTexts(rt, locals) : [...codeInfo(rt, code).localNames];
  const globals = rt.load(frame + Frame.GLOBALS);
  const builtinsModule = dictGetItemStr(rt, globals, rt.identifier("__builtins__"));
  const builtins = builtinsModule === 0 ? 0 : rt.typeOf(builtinsModule) === rt.T.dict ? builtinsModule : rt.load(builtinsModule + 16);
  for (const names of [localNames, dictKeyTexts(rt, globals), builtins === 0 ? [] : dictKeyTexts(rt, builtins)]) {
    const found = closestName(name, names);
    if (found !== undefined) return found;
  }
  return undefined;
}

function dictKeyTexts(rt: Runtime, d: number): string[] {
  const out: string[] = [];
  if (rt.typeOf(d) !== rt.T.dict) return out;
  for (let i = 0, n = dictEntryCount(rt, d); i < n; i++) {
    const k = dictEntryKey(rt, d, i);
    if (k !== 0 && rt.typeOf(k) === rt.T.str) out.push(rt.jsString(k));
  }
  return out;
}

/** dir(obj) as CPython's object.__dir__ would list it, sorted. */
function attributeNames(rt: Runtime, obj: number): string[] {
  const names = new Set<string>();
  if (rt.typeOf(obj) === rt.T.module) {
    for (const n of dictKeyTexts(rt, rt.load(obj + 16))) names.add(n);
  } else {
    // CPython's dir(obj) reads obj.__dict__, which turns inline values into the dict.
    const dictSlot = instanceDictPtr(rt, obj);
    if (dictSlot !== 0 && rt.load(dictSlot) !== 0) for (const n of dictKeyTexts(rt, rt.load(dictSlot))) names.add(n);
    const type = rt.typeFlags(rt.typeOf(obj)) & TpFlag.TYPE_SUBCLASS ? obj : rt.typeOf(obj);
    const mro = rt.load(type + Tp.MRO);
    const n = mro === 0 ? 0 : tupleSize(rt, mro);
    for (let i = 0; i < n; i++) {
      const d = rt.load(tupleItem(rt, mro, i) + Tp.DICT);
      if (d !== 0) for (const k of dictKeyTexts(rt, d)) names.add(k);
    }
  }
  return [...names].sort();
}

function typeDisplayName(rt: Runtime, type: number): string {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) return rt.typeNameOf(type).split(".").pop()!;
  const qualname = rt.jsString(rt.load(type + Tp.HT_QUALNAME));
  const module = rt.load(type + Tp.HT_MODULE);
  const moduleText = module !== 0 && rt.typeOf(module) === rt.T.str ? rt.jsString(module) : "";
  return moduleText === "" || moduleText === "__main__" || moduleText === "builtins" ? qualname : `${moduleText}.${qualname}`;
}

/** The "  File ..., line N, in name" blocks for a traceback chain. */
export function formatTracebackEntries(rt: Runtime, tb: number, lines: SourceLines): string {
  let out = "";
  let last = "";
  let repeats = 0;
  const flushRepeats = () => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
  };
  for (let t = tb; t !== 0; t = rt.load(t + Traceback.NEXT)) {
    const frame = rt.load(t + Traceback.FRAME);
    const code = rt.load(frame + Frame.CODE);
    const lasti = rt.i32[(t + Traceback.LASTI) >> 2];
    const filename = rt.jsString(rt.load(code + Code.FILENAME));
    const name = rt.jsString(rt.load(code + Code.NAME));
    const lineno = rt.i32[(t + Traceback.LINENO) >> 2];
    const key = `${filename}\0${lineno}\0${name}`;
    if (key === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      last = key;
      repeats = 1;
    }
    out += `  File "${filename}", line ${lineno}, in ${name}\n`;
    const source = lines(filename);
    if (source === undefined || lineno < 1 || lineno > source.length) continue;
    const line = source[lineno - 1];
    const stripped = line.trim();
    if (stripped === "") continue;
    out += `    ${stripped}\n`;
    const positions = codeInfo(rt, code).positions;
    if (lasti * 4 + 3 >= positions.length) continue;
    const endLine = positions[lasti * 4 + 1];
    const col = positions[lasti * 4 + 2];
    const endCol = positions[lasti * 4 + 3];
    if (col < 0 || endCol < 0) continue;
    out += caretLine(line, lineno, endLine, col, endCol);
  }
  flushRepeats();
  return out;
}

/** The marker line under a source line, or "" when the expression spans the whole line. */
export function caretLine(line: string, lineno: number, endLine: number, col: number, endCol: number): string {
  const leading = line.length - line.trimStart().length;
  const stripped = line.trim();
  const start = col;
  let end = endCol;
  let anchors: { left: number; right: number } | undefined;
  if (endLine === lineno) {
    anchors = extractAnchors(line.slice(col, endCol));
  } else {
    end = leading + stripped.length;
  }
  const showAnchors = anchors !== undefined && anchors.right - anchors.left > 0;
  if (!(end - start < stripped.length || showAnchors)) return "";
  let out = "    " + " ".repeat(Math.max(0, start - leading));
  if (anchors !== undefined) {
    out += "~".repeat(anchors.left) + "^".repeat(anchors.right - anchors.left) + "~".repeat(Math.max(0, end - start - anchors.right));
  } else {
    out += "^".repeat(Math.max(1, end - start));
  }
  return out + "\n";
}

/** traceback.py's _extract_caret_anchors_from_line_segment for binary operators and subscripts. */
function extractAnchors(segment: string): { left: number; right: number } | undefined {
  let tree;
  try {
    tree = parse(segment, "<segment>", "exec");
  } catch {
    return undefined;
  }
  if (!("body" in tree) || tree.body.length !== 1) return undefined;
  const statement = tree.body[0];
  if (statement.kind !== "Expr") return undefined;
  const expr: Expr = statement.value;
  const isSpace = (ch: string) => /\s/.test(ch);
  if (expr.kind === "BinOp") {
    const operatorStart = expr.left.end_col_offset!;
    const operatorEnd = expr.right.col_offset;
    const operatorText = segment.slice(operatorStart, operatorEnd);
    const operatorOffset = operatorText.length - operatorText.trimStart().length;
    let left = expr.left.end_col_offset! + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operatorText.length && !isSpace(operatorText[operatorOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return { left, right };
  }
  if (expr.kind === "Subscript") {
    let left = expr.value.end_col_offset!;
    let right = expr.slice.end_col_offset! + 1;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] !== "[")) left++;
    while (right < segment.length && (isSpace(segment[right]) || segment[right] !== "]")) right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return undefined;
}

/**
 * The block CPython prints for a SyntaxError object: its details (args[1] = filename, lineno,
 * offset, text, end_lineno, end_offset) go through the parser's formatter, which follows
 * CPython's print_error_text.
 */
export function formatSyntaxErrorObject(rt: Runtime, exc: number): string {
  const name = typeDisplayName(rt, rt.typeOf(exc));
  const args = rt.load(exc + Exc.ARGS);
  const n = args === 0 ? 0 : tupleSize(rt, args);
  const msgObj = n > 0 ? tupleItem(rt, args, 0) : 0;
  const msg = msgObj !== 0 && rt.typeOf(msgObj) === rt.T.str ? rt.jsString(msgObj) : "";
  if (n < 2 || rt.typeOf(tupleItem(rt, args, 1)) !== rt.T.tuple) return msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  const d = tupleItem(rt, args, 1);
  const item = (i: number) => (i < tupleSize(rt, d) ? tupleItem(rt, d, i) : rt.S.None);
  const asNumber = (o: number) => (rt.typeOf(o) === rt.T.int ? rt.i32[(o + 16) >> 2] * rt.i32[(o + 24) >> 2] : -1);
  const filename = rt.typeOf(item(0)) === rt.T.str ? rt.jsString(item(0)) : "<string>";
  const text = rt.typeOf(item(3)) === rt.T.str ? rt.jsString(item(3)) : undefined;
  const type: SyntaxErrorType = name === "IndentationError" || name === "TabError" ? name : "SyntaxError";
  const err = new PySyntaxError(type, msg, filename, asNumber(item(1)), asNumber(item(2)), text, asNumber(item(4)), asNumber(item(5)));
  const block = formatSyntaxError(err);
  // The parser's formatter ends with "Type: message"; a user subclass shows its own name.
  const lastLine = block.lastIndexOf(`${type}:`);
  return lastLine >= 0 && type !== name ? block.slice(0, lastLine) + block.slice(lastLine).replace(type, name) : block;
}
