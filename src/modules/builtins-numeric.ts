/**
 * Numeric builtins: abs, round, divmod, pow, sum, hex, oct, bin, chr, ord.
 *
 * `sum` keeps CPython 3.11's two fast paths, because they decide which intermediate objects
 * exist: while the items are exact ints (or bools) and the total fits a machine word the
 * total is a plain number, and while the total is a float and the items are floats or small
 * ints it is a plain double (added in order, no compensation — 3.12 added that). Leaving a
 * fast path turns the running total back into an object and goes on with `+`.
 * glasspy's "machine word" is a JS safe integer (2^53) instead of a C long (2^63); only the
 * point where the int fast path gives up differs, never a result.
 *
 * `divmod` has no number slot in glasspy's slot table: it dispatches through `__divmod__` and
 * `__rdivmod__`, with CPython's rule that a subclass's overriding reflected method goes first.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { BinaryOp } from "../compile/opcodes.js";
import { argSpec, clinicSpec, arg, checkArgs, parseArgs } from "../objects/args.js";
import { absolute, binaryOp, call0, call1, getIter, index, iterNext, ternaryPow } from "../objects/abstract.js";
import { newInt, intValue, intAsNumberOr, intToRadix } from "../objects/int.js";
import { newFloat, floatValue } from "../objects/float.js";
import { strLength, strCharAt, strFromChar } from "../objects/str.js";
import { bytesData, bytesSize } from "../objects/bytes.js";
import { lookupSpecial } from "../objects/iterators.js";
import { listIterSumSmallInts } from "../objects/list-iterator.js";
import { methodIsOverloaded } from "../objects/heap-type-slots-number.js";

const C_INT_OVERFLOW = "Python int too large to convert to C int";

/** An index argument that must fit a C int (CPython's _PyLong_AsInt after __index__). */
export function asCInt(rt: Runtime, o: number): number {
  const i = index(rt, o);
  try {
    const v = intAsNumberOr(rt, i, C_INT_OVERFLOW);
    if (v > 0x7fffffff || v < -0x80000000) throw rt.raise(rt.E.OverflowError, C_INT_OVERFLOW);
    return v;
  } finally {
    rt.decref(i);
  }
}

/** A METH_O builtin: exactly one positional argument. */
function unary(name: string, f: (rt: Runtime, o: number) => number, doc?: string): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 1, 1);
      return f(rt, arg(rt, args, 0));
    },
    doc,
  };
}

// ── round, divmod, pow ──────────────────────────────────────────────────────────────────

const roundSpec = clinicSpec(argSpec("round", ["number", "ndigits="]));
const roundOut = new Int32Array(2);

function round(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, roundSpec, args, nargs, kwnames, roundOut);
  const number = roundOut[0];
  const ndigits = roundOut[1];
  const meth = lookupSpecial(rt, number, "__round__");
  if (meth === 0) throw rt.raise(rt.E.TypeError, `type ${rt.typeName(number)} doesn't define __round__ method`);
  try {
    return ndigits === 0 || ndigits === rt.S.None ? call0(rt, meth) : call1(rt, meth, ndigits);
  } finally {
    rt.decref(meth);
  }
}

/** o.<name>(other) looked up on o's type; NotImplemented (new reference) when the type has no such method. */
function callBinaryMethod(rt: Runtime, o: number, name: string, other: number): number {
  const meth = lookupSpecial(rt, o, name);
  if (meth === 0) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  try {
    return call1(rt, meth, other);
  } finally {
    rt.decref(meth);
  }
}

/**
 * divmod(a, b) (PyNumber_Divmod): b's `__rdivmod__` goes first only when b's type is a
 * subclass of a's that overrides it (slot_nb_divmod's method_is_overloaded test).
 */
export function divmod(rt: Runtime, a: number, b: number): number {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  const NI = rt.S.NotImplemented;
  let reflectedTried = false;
  if (ta !== tb && rt.isSubtype(tb, ta) && methodIsOverloaded(rt, a, b, rt.identifier("__rdivmod__"))) {
    reflectedTried = true;
    const r = callBinaryMethod(rt, b, "__rdivmod__", a);
    if (r !== NI) return r;
    rt.decref(r);
  }
  const r = callBinaryMethod(rt, a, "__divmod__", b);
  if (r !== NI) return r;
  rt.decref(r);
  if (ta !== tb && !reflectedTried) {
    const r2 = callBinaryMethod(rt, b, "__rdivmod__", a);
    if (r2 !== NI) return r2;
    rt.decref(r2);
  }
  throw rt.raise(rt.E.TypeError, `unsupported operand type(s) for divmod(): '${rt.typeName(a)}' and '${rt.typeName(b)}'`);
}

const powSpec = argSpec("pow", ["base", "exp", "mod="]);
const powOut = new Int32Array(3);

function pow(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, powSpec, args, nargs, kwnames, powOut);
  const base = powOut[0];
  const exp = powOut[1];
  const mod = powOut[2];
  if (mod === 0 || mod === rt.S.None) return binaryOp(rt, base, exp, BinaryOp.POWER);
  return ternaryPow(rt, base, exp, mod);
}

// ── sum ─────────────────────────────────────────────────────────────────────────────────

const sumSpec = clinicSpec(argSpec("sum", ["iterable", "/", "start="]));
const sumOut = new Int32Array(2);

/** 2^63: the C long bound of 3.11's float fast path for int items. */
const C_LONG_LIMIT = 2n ** 63n;

function sum(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, `sum() takes at least 1 positional argument (${nargs} given)`);
  parseArgs(rt, sumSpec, args, nargs, kwnames, sumOut);
  const iterable = sumOut[0];
  const start = sumOut[1];
  const it = getIter(rt, iterable);
  try {
    let result: number;
    if (start === 0) {
      result = newInt(rt, 0);
    } else {
      if (rt.hasFlag(start, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (rt.hasFlag(start, TpFlag.BYTES_SUBCLASS)) throw rt.raise(rt.E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (rt.isInstance(start, rt.T.bytearray)) throw rt.raise(rt.E.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      rt.incref(start);
      result = start;
    }
    return sumItems(rt, it, result);
  } finally {
    rt.decref(it);
  }
}

/**
 * The rest of the sum from `result` (a new reference, consumed), through the fast paths that
 * apply: ints, then (if the total became a float) floats, then the generic loop.
 */
function sumItems(rt: Runtime, it: number, result: number): number {
  if (rt.typeOf(result) === rt.T.int) {
    const start = intValue(rt, result);
    if (typeof start === "number") {
      rt.decref(result);
      return sumInts(rt, it, start);
    }
  }
  return sumAfterInts(rt, it, result);
}

function sumAfterInts(rt: Runtime, it: number, result: number): number {
  if (rt.typeOf(result) !== rt.T.float) return sumGeneric(rt, it, result);
  const start = floatValue(rt, result);
  rt.decref(result);
  return sumFloats(rt, it, start);
}

/** The int fast path: a plain-number total while the items are exact ints that keep it safe. */
function sumInts(rt: Runtime, it: number, total: number): number {
  total = listIterSumSmallInts(rt, it, total);
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return newInt(rt, total);
    const t = rt.typeOf(item);
    if (t === rt.T.int || t === rt.T.bool) {
      const b = intValue(rt, item);
      if (typeof b === "number" && Number.isSafeInteger(total + b)) {
        total += b;
        rt.decref(item);
        continue;
      }
    }
    return sumAfterInts(rt, it, addTotal(rt, newInt(rt, total), item));
  }
}

/** The float fast path: a plain-double total while the items are floats or C-long ints. */
function sumFloats(rt: Runtime, it: number, total: number): number {
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return newFloat(rt, total);
    if (rt.typeOf(item) === rt.T.float) {
      total += floatValue(rt, item);
      rt.decref(item);
      continue;
    }
    if (rt.hasFlag(item, TpFlag.LONG_SUBCLASS)) {
      const v = intValue(rt, item);
      if (typeof v === "number" || (v < C_LONG_LIMIT && v >= -C_LONG_LIMIT)) {
        total += Number(v);
        rt.decref(item);
        continue;
      }
    }
    return sumGeneric(rt, it, addTotal(rt, newFloat(rt, total), item));
  }
}

/** total + item, consuming both new references. */
function addTotal(rt: Runtime, total: number, item: number): number {
  try {
    return binaryOp(rt, total, item, BinaryOp.ADD);
  } finally {
    rt.decref(total);
    rt.decref(item);
  }
}

function sumGeneric(rt: Runtime, it: number, result: number): number {
  for (;;) {
    let item: number;
    try {
      item = iterNext(rt, it);
    } catch (e) {
      rt.decref(result);
      throw e;
    }
    if (item === 0) return result;
    result = addTotal(rt, result, item);
  }
}

// ── text and code points ────────────────────────────────────────────────────────────────

function radix(base: 2 | 8 | 16) {
  return (rt: Runtime, o: number): number => {
    const i = index(rt, o);
    try {
      return rt.newStr(intToRadix(rt, i, base));
    } finally {
      rt.decref(i);
    }
  };
}

function chr(rt: Runtime, o: number): number {
  const c = asCInt(rt, o);
  if (c < 0 || c > 0x10ffff) throw rt.raise(rt.E.ValueError, "chr() arg not in range(0x110000)");
  return strFromChar(rt, c);
}

function ord(rt: Runtime, c: number): number {
  let size: number;
  if (rt.hasFlag(c, TpFlag.UNICODE_SUBCLASS)) {
    size = strLength(rt, c);
    if (size === 1) return newInt(rt, strCharAt(rt, c, 0));
  } else if (rt.hasFlag(c, TpFlag.BYTES_SUBCLASS) || rt.isInstance(c, rt.T.bytearray)) {
    size = bytesSize(rt, c);
    if (size === 1) return newInt(rt, bytesData(rt, c)[0]);
  } else {
    throw rt.raise(rt.E.TypeError, `ord() expected string of length 1, but ${rt.typeName(c)} found`);
  }
  throw rt.raise(rt.E.TypeError, `ord() expected a character, but string of length ${size} found`);
}

export const numericBuiltins: readonly MethodDef[] = [
  unary("abs", absolute, "Return the absolute value of the argument."),
  { name: "round", fn: round, doc: "Round a number to a given precision in decimal digits." },
  {
    name: "divmod",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "divmod", nargs, kwnames, 2, 2);
      return divmod(rt, arg(rt, args, 0), arg(rt, args, 1));
    },
    doc: "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
  },
  { name: "pow", fn: pow, doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
  { name: "sum", fn: sum, doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
  unary("hex", radix(16), "Return the hexadecimal representation of an integer."),
  unary("oct", radix(8), "Return the octal representation of an integer."),
  unary("bin", radix(2), "Return the binary representation of an integer."),
  unary("chr", chr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
  unary("ord", ord, "Return the Unicode code point for a one-character string."),
];
