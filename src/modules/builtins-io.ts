/**
 * `print` and `input`: text to and from the streams in `sys`.
 *
 * Both look `sys.stdout` / `sys.stdin` up at every call (a program may replace them) and talk
 * to a stream the way CPython's PyFile_WriteObject and PyFile_GetLine do: `file.write(str(x))`
 * per piece, `file.readline()` for a line. When the stream is glasspy's own text stream
 * (textio.ts, whose methods cannot be overridden) the method calls are skipped and the text
 * goes straight to the host; pieces whose `str` cannot run Python code (str, int, float, bool,
 * None) are then gathered and handed over in one write, and anything else first flushes what
 * was gathered, so output keeps CPython's order even when a `__str__` prints.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { PY_RAISED } from "../objects/errors.js";
import { argSpec, clinicSpec, noteKeywordTuple, arg, checkArgs, parseArgs } from "../objects/args.js";
import { call0, call1, getAttr, isTrue, strText, str } from "../objects/abstract.js";
import { isTextIO, textIOWrite, textIOReadLine, textIOReadWhenReady } from "../objects/textio.js";
import { strLength, strSubstring, strCharAt } from "../objects/str.js";
import { sysGetObject } from "./sys.js";
// Reads of standard input wait through the thread scheduler (installs textio's gate).
import "./stdin-wait.js";

/** file.write(s) for a str `s` (borrowed), through the attribute lookup CPython does. */
function callWrite(rt: Runtime, file: number, s: number): void {
  const write = getAttr(rt, file, rt.identifier("write"));
  try {
    rt.decref(call1(rt, write, s));
  } finally {
    rt.decref(write);
  }
}

/** PyFile_WriteObject(o, file, Py_PRINT_RAW): getattr(file, "write")(str(o)). */
function writeObject(rt: Runtime, file: number, o: number): void {
  const write = getAttr(rt, file, rt.identifier("write"));
  try {
    const s = str(rt, o);
    try {
      rt.decref(call1(rt, write, s));
    } finally {
      rt.decref(s);
    }
  } finally {
    rt.decref(write);
  }
}

function writeText(rt: Runtime, file: number, text: string): void {
  const s = rt.newStr(text);
  try {
    callWrite(rt, file, s);
  } finally {
    rt.decref(s);
  }
}

/** Types whose str() is computed without running Python code. */
function hasPlainStr(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  const T = rt.T;
  return t === T.str || t === T.int || t === T.float || t === T.bool || o === rt.S.None;
}

function callFlush(rt: Runtime, file: number): void {
  const flush = getAttr(rt, file, rt.identifier("flush"));
  try {
    rt.decref(call0(rt, flush));
  } finally {
    rt.decref(flush);
  }
}

// (CPython parses print's arguments with a parser that makes its keyword-name tuple at the first call.)
const printSpec = clinicSpec(argSpec("print", ["*objects", "sep=", "end=", "file=", "flush="]), "always");
const printOut = new Int32Array(4);

function checkSepEnd(rt: Runtime, name: string, o: number): number {
  if (o === 0 || o === rt.S.None) return 0;
  if (!rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `${name} must be None or a string, not ${rt.typeName(o)}`);
  return o;
}

function print(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  let sep = 0;
  let end = 0;
  let file = 0;
  let flush = false;
  if (kwnames === 0) noteKeywordTuple(rt, printSpec);
  else {
    parseArgs(rt, printSpec, args, nargs, kwnames, printOut);
    sep = printOut[0];
    end = printOut[1];
    file = printOut[2];
    if (printOut[3] !== 0) flush = isTrue(rt, printOut[3]);
  }
  if (file === 0 || file === rt.S.None) {
    file = sysGetObject(rt, "stdout");
    if (file === 0) throw rt.raise(rt.E.RuntimeError, "lost sys.stdout");
    if (file === rt.S.None) {
      rt.incref(rt.S.None);
      return rt.S.None;
    }
  }
  sep = checkSepEnd(rt, "sep", sep);
  end = checkSepEnd(rt, "end", end);
  rt.incref(file);
  try {
    if (isTextIO(rt, file)) printDirect(rt, file, args, nargs, sep, end);
    else printThroughWrite(rt, file, args, nargs, sep, end);
    if (flush) callFlush(rt, file);
  } finally {
    rt.decref(file);
  }
  rt.incref(rt.S.None);
  return rt.S.None;
}

function printThroughWrite(rt: Runtime, file: number, args: number, nargs: number, sep: number, end: number): void {
  for (let i = 0; i < nargs; i++) {
    if (i > 0) {
      if (sep === 0) writeText(rt, file, " ");
      else writeObject(rt, file, sep);
    }
    writeObject(rt, file, arg(rt, args, i));
  }
  if (end === 0) writeText(rt, file, "\n");
  else writeObject(rt, file, end);
}

function printDirect(rt: Runtime, file: number, args: number, nargs: number, sep: number, end: number): void {
  const sepText = sep === 0 ? " " : rt.jsString(sep);
  let pending = "";
  try {
    for (let i = 0; i < nargs; i++) {
      if (i > 0) pending += sepText;
      const o = arg(rt, args, i);
      if (!hasPlainStr(rt, o) && pending !== "") {
        textIOWrite(rt, file, pending);
        pending = "";
      }
      pending += strText(rt, o);
    }
    pending += end === 0 ? "\n" : rt.jsString(end);
  } finally {
    if (pending !== "") textIOWrite(rt, file, pending);
  }
}

/** A stream from sys for input(): RuntimeError when it is missing or None. */
function requireStream(rt: Runtime, name: string): number {
  const f = sysGetObject(rt, name);
  if (f === 0 || f === rt.S.None) throw rt.raise(rt.E.RuntimeError, `input(): lost sys.${name}`);
  return f;
}

/**
 * PyFile_GetLine(f, -1): f.readline() without its newline; EOFError at end of input. `args`
 * is input()'s argument vector: reading glasspy's own stdin may park the calling thread until
 * a line has come (src/modules/stdin-wait.ts).
 */
function readLineFrom(rt: Runtime, fin: number, args: number): number {
  if (isTextIO(rt, fin)) {
    return textIOReadWhenReady(rt, fin, args, "line", () => {
      const line = textIOReadLine(rt, fin);
      if (line === "") throw rt.raise(rt.E.EOFError, "EOF when reading a line");
      return rt.newStr(line.endsWith("\n") ? line.slice(0, -1) : line);
    });
  }
  const readline = getAttr(rt, fin, rt.identifier("readline"));
  let line: number;
  try {
    line = call0(rt, readline);
  } finally {
    rt.decref(readline);
  }
  if (!rt.hasFlag(line, TpFlag.UNICODE_SUBCLASS)) {
    rt.decref(line);
    throw rt.raise(rt.E.TypeError, "object.readline() returned non-string");
  }
  const n = strLength(rt, line);
  if (n === 0) {
    rt.decref(line);
    throw rt.raise(rt.E.EOFError, "EOF when reading a line");
  }
  if (strCharAt(rt, line, n - 1) !== 0x0a) return line;
  try {
    return strSubstring(rt, line, 0, n - 1);
  } finally {
    rt.decref(line);
  }
}

function input(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "input", nargs, kwnames, 0, 1);
  const fin = requireStream(rt, "stdin");
  const fout = requireStream(rt, "stdout");
  const ferr = sysGetObject(rt, "stderr");
  if (ferr !== 0 && ferr !== rt.S.None && !isTextIO(rt, ferr)) {
    try {
      callFlush(rt, ferr);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      rt.setException(0);
    }
  }
  rt.incref(fin);
  rt.incref(fout);
  try {
    if (nargs === 1) {
      if (isTextIO(rt, fout)) textIOWrite(rt, fout, strText(rt, arg(rt, args, 0)));
      else writeObject(rt, fout, arg(rt, args, 0));
    }
    if (!isTextIO(rt, fout)) callFlush(rt, fout);
    return readLineFrom(rt, fin, args);
  } finally {
    rt.decref(fin);
    rt.decref(fout);
  }
}

export const ioBuiltins: readonly MethodDef[] = [
  {
    name: "print",
    fn: print,
    doc: "Prints the values to a stream, or to sys.stdout by default.",
  },
  {
    name: "input",
    fn: input,
    doc: "Read a string from standard input.  The trailing newline is stripped.",
  },
];
