/**
 * The builtin exception hierarchy and BaseException's layout.
 *
 *   PyBaseExceptionObject (72 bytes + 16 GC head, getsizeof(Exception()) == 88)
 *   ┌──────────┬─────────┬──────┬──────┬───────┬───────────┬─────────┬───────┬──────────────────┐
 *   │ refcnt   │ type    │ dict │ args │ notes │ traceback │ context │ cause │ suppress_context │
 *   └──────────┴─────────┴──────┴──────┴───────┴───────────┴─────────┴───────┴──────────────────┘
 *    0          8         16     24     32      40          48        56      64
 *
 * Every builtin exception type shares this layout (CPython gives a few of them extra C fields;
 * glasspy keeps those extra attributes — SyntaxError's filename/lineno, StopIteration.value,
 * SystemExit.code, NameError.name — in the instance `__dict__`, so their getsizeof is 88 where
 * CPython's is larger; docs/language.md lists this). All types share one slot table.
 * The hierarchy is the table `exceptionTable`, parents before children.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef, TypeSlots } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { PY_RAISED, type PyRaised } from "./errors.js";

export const enum Exc {
  DICT = 16,
  ARGS = 24,
  NOTES = 32,
  TRACEBACK = 40,
  CONTEXT = 48,
  CAUSE = 56,
  SUPPRESS_CONTEXT = 64,
  SIZE = 72,
}

/** [name, base] in creation order. */
export const exceptionTable = [
  ["BaseException", ""],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["StopAsyncIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["DeprecationWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UserWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["EncodingWarning", "Warning"],
] as const;

export type ExceptionName = (typeof exceptionTable)[number][0];
export type ExceptionTypes = { readonly [K in ExceptionName]: number };

/** Flags of every builtin exception type. */
export const EXCEPTION_TYPE_FLAGS = TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.BASE_EXC_SUBCLASS;

/** Pointer fields an exception owns, released in this order by dealloc and clear. */
const OWNED_FIELDS = [Exc.DICT, Exc.ARGS, Exc.NOTES, Exc.TRACEBACK, Exc.CONTEXT, Exc.CAUSE] as const;

/**
 * Make a new exception instance of `type` with `args` (a tuple, stolen). Returns a new
 * reference. Used by the raising helpers and by BaseException.__new__.
 */
export function newExceptionWithArgs(rt: Runtime, type: number, args: number): number {
  const e = rt.allocObject(type, Exc.SIZE);
  for (let off = Exc.DICT; off < Exc.SIZE; off += 8) rt.store(e + off, 0);
  rt.store(e + Exc.ARGS, args);
  return e;
}

export function exceptionField(rt: Runtime, e: number, field: Exc): number {
  return rt.load(e + field);
}

/** Replace a field, taking a new reference to `value` (0 allowed) and releasing the old one. */
export function setExceptionField(rt: Runtime, e: number, field: Exc, value: number): void {
  const old = rt.load(e + field);
  if (value !== 0) rt.incref(value);
  rt.store(e + field, value);
  if (old !== 0) rt.decref(old);
}

export function exceptionDealloc(rt: Runtime, e: number): void {
  for (const field of OWNED_FIELDS) {
    const v = rt.load(e + field);
    if (v !== 0) {
      rt.store(e + field, 0);
      rt.decref(v);
    }
  }
  rt.freeObject(e);
}

/** BaseException_clear: drop every owned reference (dict, args, notes, traceback, chain). */
export function exceptionClear(rt: Runtime, e: number): void {
  for (const field of OWNED_FIELDS) {
    const v = rt.load(e + field);
    if (v !== 0) {
      rt.store(e + field, 0);
      rt.decref(v);
    }
  }
}

export function exceptionTraverse(rt: Runtime, e: number, visit: (child: number) => void): void {
  for (const field of OWNED_FIELDS) {
    const v = rt.load(e + field);
    if (v !== 0) visit(v);
  }
}

/**
 * The raising helper the Runtime installs as `rt.raiseNew`: `type(message)` becomes the
 * current exception. The message str and the args tuple are made with the object layer's
 * constructors, passed in so this file stays below them.
 */
export function makeRaiseNew(
  rt: Runtime,
  newArgsTuple1: (rt: Runtime, item: number) => number,
): (type: number, message: string) => PyRaised {
  return (type, message) => {
    const msg = rt.newStr(message);
    const args = newArgsTuple1(rt, msg); // steals msg
    const e = newExceptionWithArgs(rt, type, args);
    rt.chainContext(e);
    rt.setException(e);
    return PY_RAISED;
  };
}

/** Build a TypeDef for one builtin exception class; all share `slots`. */
export function exceptionTypeDef(name: string, base: string, slots: TypeSlots): TypeDef {
  return { ...slots, name, base: base || "object", basicsize: Exc.SIZE, itemsize: 0, flags: EXCEPTION_TYPE_FLAGS };
}
