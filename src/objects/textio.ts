/**
 * `_io.TextIOWrapper` as far as `sys.stdin`, `sys.stdout` and `sys.stderr` need it: text streams
 * over the host's I/O (`rt.io`).
 *
 *   ┌──────────┬─────────┬────────┬──────┬──────┬──────────┬────────┬── ... ──┐
 *   │ refcnt   │ type    │ stream │ name │ mode │ encoding │ errors │ (zero)  │  192 bytes + GC head = 208
 *   └──────────┴─────────┴────────┴──────┴──────┴──────────┴────────┴── ... ──┘
 *    0          8         16       24     32     40         48
 *
 * `stream` says which host stream the object stands for (0 stdin, 1 stdout, 2 stderr); the
 * other words are the attributes' str objects. The object is as large as CPython's textio
 * struct (so `sys.getsizeof(sys.stdout)` is 208, as in CPython); the words glasspy does not
 * use stay zero.
 *
 * There is no buffering here: `write` hands the text to the host at once, so output order
 * between stdout and stderr is the order of the writes. The host decides whether to buffer;
 * `flush` on stdout asks it to write out what it holds (`rt.io.flushStdout`). Reading takes whole lines from `rt.io.readLine()`; a line that
 * `readline(size)` does not consume entirely is kept (per runtime) for the next read. The host
 * interface drops the newline, so every line read gets one back, even a last line that had
 * none.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { InternalError } from "./errors.js";
import { checkArgs, arg, argTypeName } from "./args.js";
import { asIndex, reprText } from "./abstract.js";
import { newInt } from "./int.js";
import { strLength } from "./str-layout.js";

export const enum TextIO {
  STREAM = 16,
  NAME = 24,
  MODE = 32,
  ENCODING = 40,
  ERRORS = 48,
  /** sizeof(textio) in 64-bit CPython 3.11. */
  SIZE = 192,
}

export const enum Stream {
  STDIN = 0,
  STDOUT = 1,
  STDERR = 2,
}

const streamNames = ["<stdin>", "<stdout>", "<stderr>"];
const streamErrors = ["strict", "strict", "backslashreplace"];

/** Input read from the host but not yet consumed, per runtime. */
const pendingInput = new WeakMap<Runtime, string>();

/**
 * The `_io.TextIOWrapper` type object. It is registered in builtin-types.ts under the key
 * `TextIOWrapper` (see `textIOWrapperType` below).
 */
export function textIOTypeOf(rt: Runtime): number {
  const t = (rt.T as unknown as Record<string, number | undefined>).TextIOWrapper;
  if (t === undefined) throw new InternalError("textIOWrapperType is not registered in builtin-types.ts as TextIOWrapper");
  return t;
}

/** A new text stream object for one of the host's streams. New reference. */
export function newTextIO(rt: Runtime, stream: Stream): number {
  const o = rt.allocObject(textIOTypeOf(rt), TextIO.SIZE);
  for (let off = TextIO.STREAM; off < TextIO.SIZE; off += 4) rt.i32[(o + off) >> 2] = 0;
  rt.store(o + TextIO.STREAM, stream);
  rt.store(o + TextIO.NAME, rt.newStr(streamNames[stream]));
  rt.store(o + TextIO.MODE, rt.newStr(stream === Stream.STDIN ? "r" : "w"));
  rt.store(o + TextIO.ENCODING, rt.newStr("utf-8"));
  rt.store(o + TextIO.ERRORS, rt.newStr(streamErrors[stream]));
  return o;
}

/** Is `o` one of these stream objects (exactly; a subclass may override `write`)? */
export function isTextIO(rt: Runtime, o: number): boolean {
  const t = (rt.T as unknown as Record<string, number | undefined>).TextIOWrapper;
  return t !== undefined && rt.typeOf(o) === t;
}

function streamOf(rt: Runtime, o: number): Stream {
  return rt.load(o + TextIO.STREAM) as Stream;
}

function unsupported(rt: Runtime, what: string): never {
  // CPython raises io.UnsupportedOperation (an OSError and ValueError); glasspy has no io module yet.
  throw rt.raise(rt.E.OSError, what);
}

/** `flush()`: stdout's text may wait in the host's buffer (stderr's never does). */
function flushStream(rt: Runtime, o: number): void {
  if (streamOf(rt, o) === Stream.STDOUT) rt.io.flushStdout?.();
}

/** Write JS text to the stream `o` stands for (the fast path `print` uses). */
export function textIOWrite(rt: Runtime, o: number, text: string): void {
  const stream = streamOf(rt, o);
  if (stream === Stream.STDOUT) rt.io.writeStdout(text);
  else if (stream === Stream.STDERR) rt.io.writeStderr(text);
  else unsupported(rt, "not writable");
}

/** One line with its newline, "" at end of input; at most `limit` characters when limit >= 0. */
export function textIOReadLine(rt: Runtime, o: number, limit = -1): string {
  if (streamOf(rt, o) !== Stream.STDIN) unsupported(rt, "not readable");
  let line = pendingInput.get(rt);
  if (line === undefined) {
    const read = rt.io.readLine();
    line = read === null ? "" : read + "\n";
  } else {
    pendingInput.delete(rt);
  }
  if (limit >= 0) {
    const chars = Array.from(line);
    if (chars.length > limit) {
      pendingInput.set(rt, chars.slice(limit).join(""));
      return chars.slice(0, limit).join("");
    }
  }
  return line;
}

// ── waiting for input ───────────────────────────────────────────────────────────────────

/** What a read of standard input takes from the host: a line, everything to the end, or n characters. */
export type InputNeed = "line" | "all" | number;

/**
 * How a read of standard input that may have to wait runs: `read` does it; `args` is the
 * native's argument vector (0 from a type slot). The default runs it at once (the host
 * blocks if it must); src/modules/stdin-wait.ts installs one that parks the calling thread
 * until the host has the input, so that the other threads run meanwhile.
 */
export type StdinGate = (rt: Runtime, o: number, args: number, need: InputNeed, read: () => number) => number;
let stdinGate: StdinGate = (_rt, _o, _args, _need, read) => read();

export function setStdinGate(gate: StdinGate): void {
  stdinGate = gate;
}

/** Run `read`, a read of `o` needing `need` from the host, through the gate when it may wait. */
export function textIOReadWhenReady(rt: Runtime, o: number, args: number, need: InputNeed, read: () => number): number {
  if (streamOf(rt, o) !== Stream.STDIN) return read();
  const pending = pendingInput.get(rt);
  if (pending !== undefined) {
    // What readline(size) left over is read first.
    if (need === "line") return read();
    if (typeof need === "number") {
      need -= Array.from(pending).length;
      if (need <= 0) return read();
    }
  }
  return stdinGate(rt, o, args, need, read);
}

function write(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "TextIOWrapper.write", nargs, kwnames, 1, 1);
  const s = arg(rt, args, 0);
  if (!rt.hasFlag(s, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `write() argument must be str, not ${argTypeName(rt, s)}`);
  textIOWrite(rt, self, rt.jsString(s));
  return newInt(rt, strLength(rt, s));
}

function sizeArg(rt: Runtime, fname: string, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, fname, nargs, kwnames, 0, 1);
  if (nargs === 0) return -1;
  const a = arg(rt, args, 0);
  return a === rt.S.None ? -1 : asIndex(rt, a);
}

function readline(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  const size = sizeArg(rt, "readline", args, nargs, kwnames);
  return textIOReadWhenReady(rt, self, args, "line", () => rt.newStr(textIOReadLine(rt, self, size)));
}

function read(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  const size = sizeArg(rt, "read", args, nargs, kwnames);
  return textIOReadWhenReady(rt, self, args, size < 0 ? "all" : size, () => readText(rt, self, size));
}

function readText(rt: Runtime, self: number, size: number): number {
  let text = "";
  for (;;) {
    const line = textIOReadLine(rt, self, size);
    text += line;
    if (line === "" || size === 0) break;
    if (size > 0) {
      size -= Array.from(line).length;
      if (size === 0) break;
    }
  }
  return rt.newStr(text);
}

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function bool(rt: Runtime, v: boolean): number {
  const b = v ? rt.S.True : rt.S.False;
  rt.incref(b);
  return b;
}

function field(off: TextIO) {
  return (rt: Runtime, o: number): number => {
    const v = rt.load(o + off);
    rt.incref(v);
    return v;
  };
}

const FIELDS = [TextIO.NAME, TextIO.MODE, TextIO.ENCODING, TextIO.ERRORS] as const;

export const textIOWrapperType: TypeDef = {
  name: "_io.TextIOWrapper",
  basicsize: TextIO.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "Character and line based layer over a BufferedIOBase object, buffer.",
  dealloc: (rt, o) => {
    for (const off of FIELDS) {
      const v = rt.load(o + off);
      rt.store(o + off, 0);
      if (v !== 0) rt.decref(v);
    }
    rt.freeObject(o);
  },
  traverse: (rt, o, visit) => {
    for (const off of FIELDS) {
      const v = rt.load(o + off);
      if (v !== 0) visit(v);
    }
  },
  repr: (rt, o) =>
    rt.newStr(
      `<_io.TextIOWrapper name=${reprText(rt, rt.load(o + TextIO.NAME))} mode=${reprText(rt, rt.load(o + TextIO.MODE))} encoding=${reprText(rt, rt.load(o + TextIO.ENCODING))}>`,
    ),
  iter: (rt, o) => {
    rt.incref(o);
    return o;
  },
  iternext: (rt, o) =>
    textIOReadWhenReady(rt, o, 0, "line", () => {
      const line = textIOReadLine(rt, o);
      return line === "" ? 0 : rt.newStr(line);
    }),
  methods: [
    { name: "write", fn: write, doc: "Write string to stream.\nReturns the number of characters written (which is always equal to\nthe length of the string)." },
    { name: "flush", fn: (rt, self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.flush", nargs, kwnames, 0, 0), flushStream(rt, self), none(rt)) },
    { name: "readline", fn: readline },
    { name: "read", fn: read },
    { name: "fileno", fn: (rt, self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.fileno", nargs, kwnames, 0, 0), newInt(rt, streamOf(rt, self))) },
    { name: "isatty", fn: (rt, _self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.isatty", nargs, kwnames, 0, 0), bool(rt, false)) },
    { name: "readable", fn: (rt, self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.readable", nargs, kwnames, 0, 0), bool(rt, streamOf(rt, self) === Stream.STDIN)) },
    { name: "writable", fn: (rt, self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.writable", nargs, kwnames, 0, 0), bool(rt, streamOf(rt, self) !== Stream.STDIN)) },
    { name: "seekable", fn: (rt, _self, _args, nargs, kwnames) => (checkArgs(rt, "TextIOWrapper.seekable", nargs, kwnames, 0, 0), bool(rt, false)) },
  ],
  getset: [
    { name: "name", get: field(TextIO.NAME) },
    { name: "mode", get: field(TextIO.MODE) },
    { name: "encoding", get: field(TextIO.ENCODING) },
    { name: "errors", get: field(TextIO.ERRORS) },
    { name: "closed", get: (rt) => bool(rt, false) },
    { name: "line_buffering", get: (rt) => bool(rt, false) },
  ],
};
