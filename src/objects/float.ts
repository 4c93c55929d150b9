/**
 * `float`: IEEE-754 doubles.
 *
 *   PyFloatObject (24 bytes, not GC)
 *   ┌──────────┬─────────┬──────────┐
 *   │ refcnt   │ type    │ ob_fval  │   the double at offset 16 (8-aligned: rt.f64[(o + 16) >> 3])
 *   └──────────┴─────────┴──────────┘
 *
 * CPython 3.11 keeps a free list of up to 100 exact floats: dealloc pushes a float (its ob_type
 * word becomes the link to the next free one), creation pops. A popped float does not go
 * through the allocator, so allocation statistics and tracemalloc see it as CPython's do. The
 * list lives with the other free lists in freelists.ts (per Runtime; emptied by a full
 * collection and at teardown).
 *
 * Mixed arithmetic: float's slots accept int operands (converted exactly, OverflowError when
 * an int is too large) and return NotImplemented for anything else, so `int + float` reaches
 * here through the reflected slot. Comparisons with ints are exact (`2**53 + 1 > 2.0**53`).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { HASH_INF, hashOfDoubleExact, foldHash, MAX_SAFE } from "./int-digits.js";
import { decompose, exactFraction, floatHex, floatRepr, formatFloatSpec, roundDouble } from "./float-repr.js";
import { parseFloatText, parseHexFloat, HexFailure } from "./float-parse.js";
import { asciiNumberText } from "./int-format.js";
import { parseFormatSpec } from "./format-spec.js";
import { checkWrapperArgs, isInt, intValue, intToDouble, newInt, newIntFromBigInt, newPair, numberText } from "./int.js";
import { complexPowValues } from "./complex.js";
import { powPositive } from "./float-pow.js";
import { checkArgs, arg, argTypeName } from "./args.js";
import { call1, index as numberIndex, reprText, str as objectStr } from "./abstract.js";
import { objectHash } from "./object.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { newExceptionWithArgs } from "./exceptions.js";
import { containers, floatFreeListPop, floatFreeListPush } from "./freelists.js";

export { floatRepr };

/** Field offsets of PyFloatObject. */
export const enum Float {
  VALUE = Ob.HEAD_SIZE,
  SIZE = 24,
}

// ── the free list ────────────────────────────────────────────────────────────────────────

/** Free every float on the free list (a gen-2 collection does it with the other lists). */
export function clearFloatFreeList(rt: Runtime): void {
  for (let f = floatFreeListPop(rt); f !== 0; f = floatFreeListPop(rt)) rt.freeObject(f);
}

/** How many floats the free list holds (sys._debugmallocstats). */
export function floatFreeListSize(rt: Runtime): number {
  return containers(rt).floatCount;
}

// ── creation and access ──────────────────────────────────────────────────────────────────

/** A new float (new reference), from the free list when it has one. */
export function newFloat(rt: Runtime, v: number): number {
  let o = floatFreeListPop(rt);
  if (o === 0) o = rt.allocObject(rt.T.float, Float.SIZE);
  rt.f64[(o + Float.VALUE) >> 3] = v;
  return o;
}

/** The double of a float (or float subclass instance). */
export function floatValue(rt: Runtime, o: number): number {
  return rt.f64[(o + Float.VALUE) >> 3];
}

export function isFloat(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.float || rt.isSubtype(t, rt.T.float);
}

function floatDealloc(rt: Runtime, o: number): void {
  if (rt.typeOf(o) === rt.T.float && floatFreeListPush(rt, o)) return;
  rt.freeObject(o);
}

/** An exact float with o's value: o itself (new reference) when exact. */
function floatExact(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.float) {
    rt.incref(o);
    return o;
  }
  return newFloat(rt, floatValue(rt, o));
}

// ── conversions ──────────────────────────────────────────────────────────────────────────

/** float(text) (str or bytes already as JS text); ValueError "could not convert string to float: 'x'". */
export function floatFromString(rt: Runtime, text: string, original = 0): number {
  const v = parseFloatText(asciiNumberText(text));
  if (v !== undefined) return newFloat(rt, v);
  let shown: string;
  if (original !== 0) shown = reprText(rt, original);
  else {
    const s = rt.newStr(text);
    try {
      shown = reprText(rt, s);
    } finally {
      rt.decref(s);
    }
  }
  throw rt.raise(rt.E.ValueError, `could not convert string to float: ${shown}`);
}

/** PyNumber_Float as a JS number: float(o) for one argument. */
export function numberToFloat(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  if (type === rt.T.float) return floatValue(rt, o);
  const slots = rt.typeSlots(type);
  if (slots.float !== undefined) {
    const r = slots.float(rt, o);
    try {
      if (!isFloat(rt, r)) {
        throw rt.raise(rt.E.TypeError, `${rt.typeNameOf(type)}.__float__ returned non-float (type ${rt.typeName(r)})`);
      }
      return floatValue(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  if (slots.index !== undefined) {
    const i = numberIndex(rt, o);
    try {
      return intToDouble(rt, i);
    } finally {
      rt.decref(i);
    }
  }
  if (isFloat(rt, o)) return floatValue(rt, o);
  const text = numberText(rt, o);
  if (text !== undefined) {
    const f = floatFromString(rt, text, o);
    const v = floatValue(rt, f);
    rt.decref(f);
    return v;
  }
  throw rt.raise(rt.E.TypeError, `float() argument must be a string or a real number, not '${rt.typeName(o)}'`);
}

/** A float or int operand as a double, or undefined for other types (CONVERT_TO_DOUBLE). */
function toDouble(rt: Runtime, o: number): number | undefined {
  const t = rt.typeOf(o);
  if (t === rt.T.float) return floatValue(rt, o);
  if (isInt(rt, o)) return intToDouble(rt, o);
  if (rt.isSubtype(t, rt.T.float)) return floatValue(rt, o);
  return undefined;
}

/** int(v) for a double: truncation; ValueError for nan, OverflowError for infinities. */
export function intFromDouble(rt: Runtime, v: number): number {
  if (Number.isNaN(v)) throw rt.raise(rt.E.ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(v)) throw rt.raise(rt.E.OverflowError, "cannot convert float infinity to integer");
  return newInt(rt, Math.trunc(v) + 0);
}

// ── arithmetic ───────────────────────────────────────────────────────────────────────────

function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

/** A binary slot computing on two doubles. */
function arith(f: (rt: Runtime, x: number, y: number) => number): BinarySlot {
  return (rt, a, b) => {
    const x = toDouble(rt, a);
    if (x === undefined) return notImplemented(rt);
    const y = toDouble(rt, b);
    if (y === undefined) return notImplemented(rt);
    return f(rt, x, y);
  };
}

/** CPython's _float_div_mod: Python's floor division and modulo on doubles. */
/** x // y for doubles, y nonzero: CPython's _float_div_mod, its quotient part. */
export function floatFloorDivValue(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  // C tests a double's truth as `!= 0`, so a NaN counts as true here (JavaScript's `if` would not).
  if (mod !== 0 && y < 0 !== mod < 0) div -= 1;
  if (div !== 0) {
    const floordiv = Math.floor(div);
    return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
  }
  return x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
}

/** x % y for doubles, y nonzero: the sign of y, as CPython's _float_div_mod. */
export function floatRem(x: number, y: number): number {
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** divmod(a, b) with a float operand: a new tuple, or NotImplemented. */
export function floatDivmod(rt: Runtime, a: number, b: number): number {
  const x = toDouble(rt, a);
  if (x === undefined) return notImplemented(rt);
  const y = toDouble(rt, b);
  if (y === undefined) return notImplemented(rt);
  if (y === 0) throw rt.raise(rt.E.ZeroDivisionError, "float divmod()");
  return newFloatPair(rt, floatFloorDivValue(x, y), floatRem(x, y));
}

/** A new tuple of two new floats. */
export function newFloatPair(rt: Runtime, x: number, y: number): number {
  const a = newFloat(rt, x);
  let b: number;
  try {
    b = newFloat(rt, y);
  } catch (e) {
    rt.decref(a);
    throw e;
  }
  return newPair(rt, a, b);
}

const isOddInteger = (v: number) => Math.abs(v % 2) === 1;

/** OverflowError(34, 'Numerical result out of range'): what CPython's errno-based pow raises. */
function raiseRangeError(rt: Runtime): never {
  const args = newPair(rt, newInt(rt, 34), rt.newStr("Numerical result out of range"));
  const e = newExceptionWithArgs(rt, rt.E.OverflowError, args);
  rt.setException(e);
  throw PY_RAISED;
}

/**
 * x ** y on doubles, CPython's float_pow: a new float, or a new complex for a negative base
 * and a fractional exponent.
 */
export function floatPowValues(rt: Runtime, x: number, y: number): number {
  if (y === 0) return newFloat(rt, 1);
  if (Number.isNaN(x)) return newFloat(rt, x);
  if (Number.isNaN(y)) return newFloat(rt, x === 1 ? 1 : y);
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return newFloat(rt, 1);
    return newFloat(rt, y > 0 === ax > 1 ? Math.abs(y) : 0);
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return newFloat(rt, odd ? x : Math.abs(x));
    return newFloat(rt, odd ? (x < 0 ? -0 : 0) : 0);
  }
  if (x === 0) {
    if (y < 0) throw rt.raise(rt.E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return newFloat(rt, isOddInteger(y) ? x : 0);
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) return complexPowValues(rt, x, 0, y, 0);
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return newFloat(rt, negate ? -1 : 1);
  let r = powPositive(x, y);
  if (!Number.isFinite(r)) raiseRangeError(rt);
  if (negate) r = -r;
  return newFloat(rt, r);
}

const floatAdd = arith((rt, x, y) => newFloat(rt, x + y));
const floatSub = arith((rt, x, y) => newFloat(rt, x - y));
const floatMul = arith((rt, x, y) => newFloat(rt, x * y));
const floatTrueDiv = arith((rt, x, y) => {
  if (y === 0) throw rt.raise(rt.E.ZeroDivisionError, "float division by zero");
  return newFloat(rt, x / y);
});
const floatFloorDiv = arith((rt, x, y) => {
  if (y === 0) throw rt.raise(rt.E.ZeroDivisionError, "float floor division by zero");
  return newFloat(rt, floatFloorDivValue(x, y));
});
const floatMod = arith((rt, x, y) => {
  if (y === 0) throw rt.raise(rt.E.ZeroDivisionError, "float modulo");
  return newFloat(rt, floatRem(x, y));
});
const floatPow = arith(floatPowValues);

function floatTernaryPow(rt: Runtime, _a: number, _b: number, _mod: number): number {
  throw rt.raise(rt.E.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

// ── comparison and hashing ───────────────────────────────────────────────────────────────

/** Compare a double with an int exactly: -1, 0, 1, or NaN when x is a NaN. */
export function compareDoubleWithInt(rt: Runtime, x: number, o: number): number {
  if (Number.isNaN(x)) return NaN;
  const v = intValue(rt, o);
  if (typeof v === "number") return x < v ? -1 : x > v ? 1 : 0;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const floor = Math.floor(x);
  const fb = BigInt(floor);
  if (fb !== v) return fb < v ? -1 : 1;
  return x === floor ? 0 : 1;
}

function compareResult(c: number, op: number): boolean {
  if (Number.isNaN(c)) return op === CompareOp.NE;
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

function floatRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  const x = floatValue(rt, a);
  let c: number;
  if (isFloat(rt, b)) {
    const y = floatValue(rt, b);
    c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  } else if (isInt(rt, b)) {
    c = compareDoubleWithInt(rt, x, b);
  } else {
    return notImplemented(rt);
  }
  const result = compareResult(c, op) ? rt.S.True : rt.S.False;
  rt.incref(result);
  return result;
}

/**
 * The exact 64-bit hash of a double (before folding); `o` supplies the identity-based hash of
 * a NaN (3.11). See foldHash in int-digits.ts.
 */
export function hashDoubleExact(rt: Runtime, v: number, o: number): bigint {
  if (Number.isNaN(v)) return BigInt(objectHash(rt, o));
  if (!Number.isFinite(v)) return BigInt(v > 0 ? HASH_INF : -HASH_INF);
  if (v === 0) return 0n;
  const { mant, exp } = decompose(v);
  return hashOfDoubleExact(v, mant, exp);
}

/** hash(x) for a double held by `o`. */
export function hashDouble(rt: Runtime, v: number, o: number): number {
  if (Number.isInteger(v) && v >= -MAX_SAFE && v <= MAX_SAFE) return v === -1 ? -2 : v + 0;
  if (Number.isNaN(v)) return objectHash(rt, o);
  return foldHash(hashDoubleExact(rt, v, o));
}

/** float's hash slot. */
export function floatHash(rt: Runtime, o: number): number {
  return hashDouble(rt, floatValue(rt, o), o);
}

// ── formatting ───────────────────────────────────────────────────────────────────────────

function floatFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "float.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${argTypeName(rt, spec)}`);
  }
  const text = rt.jsString(spec);
  if (text === "") return objectStr(rt, self);
  const parsed = parseFormatSpec(rt, text, rt.typeName(self), "float");
  return rt.newStr(formatFloatSpec(floatValue(rt, self), parsed));
}

// ── float(x) ─────────────────────────────────────────────────────────────────────────────

function floatNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "float", nargs, kwnames, 0, 1);
  const v = nargs === 0 ? 0 : numberToFloat(rt, arg(rt, args, 0));
  if (cls === rt.T.float) return newFloat(rt, v);
  return newFloatSubtype(rt, cls, v);
}

/** An instance of a float subclass (PyType_GenericAlloc: basicsize, zeroed). */
export function newFloatSubtype(rt: Runtime, cls: number, v: number): number {
  const size = (rt.i32[(cls + Tp.BASICSIZE) >> 2] + 7) & ~7;
  const o = rt.allocObject(cls, size);
  for (let p = Ob.HEAD_SIZE; p < size; p += 4) rt.i32[(o + p) >> 2] = 0;
  rt.f64[(o + Float.VALUE) >> 3] = v;
  return o;
}

// ── methods ──────────────────────────────────────────────────────────────────────────────

function method0(name: string, f: (rt: Runtime, self: number) => number, doc?: string): MethodDef {
  const fname = `float.${name}`;
  return {
    name,
    doc,
    fn: (rt, self, _args, nargs, kwnames) => {
      checkArgs(rt, fname, nargs, kwnames, 0, 0);
      return f(rt, self);
    },
  };
}

/** round(x): half to even, to an int (float.__round__ without ndigits). */
function roundToInt(rt: Runtime, x: number): number {
  let r = Math.trunc(x);
  const diff = x - r;
  if (Math.abs(diff) > 0.5 || (Math.abs(diff) === 0.5 && r % 2 !== 0)) r += Math.sign(diff);
  return intFromDouble(rt, Number.isFinite(x) ? r : x);
}

function floatRound(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "float.__round__", nargs, kwnames, 0, 1);
  const x = floatValue(rt, self);
  if (nargs === 0 || arg(rt, args, 0) === rt.S.None) return roundToInt(rt, x);
  const nd = numberIndex(rt, arg(rt, args, 0));
  const v = intValue(rt, nd);
  rt.decref(nd);
  // PyNumber_AsSsize_t(..., NULL) clips; any clipped value is beyond the limits roundDouble checks.
  const ndigits = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (!Number.isFinite(x)) return newFloat(rt, x);
  const r = roundDouble(x, ndigits);
  if (!Number.isFinite(r)) throw rt.raise(rt.E.OverflowError, "rounded value too large to represent");
  return newFloat(rt, r);
}

function asIntegerRatio(rt: Runtime, self: number): number {
  const x = floatValue(rt, self);
  if (Number.isNaN(x)) throw rt.raise(rt.E.ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw rt.raise(rt.E.OverflowError, "cannot convert Infinity to integer ratio");
  const { num, den } = exactFraction(x);
  const n = newIntFromBigInt(rt, num);
  let d: number;
  try {
    d = newIntFromBigInt(rt, den);
  } catch (e) {
    rt.decref(n);
    throw e;
  }
  return newPair(rt, n, d);
}

function fromHex(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "float.fromhex", nargs, kwnames, 1, 1);
  const s = arg(rt, args, 0);
  if (!rt.hasFlag(s, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "bad argument type for built-in operation");
  const v = parseHexFloat(rt.jsString(s));
  if (v === HexFailure.INVALID) throw rt.raise(rt.E.ValueError, "invalid hexadecimal floating-point string");
  if (v === HexFailure.OVERFLOW) throw rt.raise(rt.E.OverflowError, "hexadecimal value too large to represent as a float");
  const f = newFloat(rt, v);
  if (cls === rt.T.float) return f;
  try {
    return call1(rt, cls, f);
  } finally {
    rt.decref(f);
  }
}

function floatDivmodMethod(reflected: boolean) {
  return (rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number => {
    checkWrapperArgs(rt, nargs, kwnames);
    const other = arg(rt, args, 0);
    return reflected ? floatDivmod(rt, other, self) : floatDivmod(rt, self, other);
  };
}

function getFormat(rt: Runtime, _cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "float.__getformat__", nargs, kwnames, 1, 1);
  const t = arg(rt, args, 0);
  if (!rt.hasFlag(t, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__getformat__() argument must be str, not ${argTypeName(rt, t)}`);
  }
  const text = rt.jsString(t);
  if (text !== "double" && text !== "float") throw rt.raise(rt.E.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return rt.newStr("IEEE, little-endian");
}

const floatMethods: readonly MethodDef[] = [
  method0("conjugate", floatExact, "Return self, the complex conjugate of any float."),
  method0("as_integer_ratio", asIntegerRatio, "Return integer ratio."),
  method0("hex", (rt, o) => rt.newStr(floatHex(floatValue(rt, o))), "Return a hexadecimal representation of a floating-point number."),
  { name: "fromhex", fn: fromHex, classMethod: true, doc: "Create a floating-point number from a hexadecimal string." },
  method0("is_integer", (rt, o) => {
    const x = floatValue(rt, o);
    const r = Number.isFinite(x) && Math.floor(x) === x ? rt.S.True : rt.S.False;
    rt.incref(r);
    return r;
  }, "Return True if the float is an integer."),
  method0("__trunc__", (rt, o) => intFromDouble(rt, floatValue(rt, o)), "Return the Integral closest to x between 0 and x."),
  method0("__floor__", (rt, o) => intFromDouble(rt, Math.floor(floatValue(rt, o))), "Return the floor as an Integral."),
  method0("__ceil__", (rt, o) => intFromDouble(rt, Math.ceil(floatValue(rt, o))), "Return the ceiling as an Integral."),
  { name: "__round__", fn: floatRound, doc: "Return the Integral closest to x, rounding half toward even." },
  method0("__getnewargs__", (rt, o) => {
    const t = newTuple(rt, 1);
    tupleSetItem(rt, t, 0, newFloat(rt, floatValue(rt, o)));
    return t;
  }),
  { name: "__format__", fn: floatFormat },
  { name: "__divmod__", fn: floatDivmodMethod(false) },
  { name: "__rdivmod__", fn: floatDivmodMethod(true) },
  { name: "__getformat__", fn: getFormat, classMethod: true },
];

const floatNb: (BinarySlot | undefined)[] = [];
floatNb[BinaryOp.ADD] = floatAdd;
floatNb[BinaryOp.SUBTRACT] = floatSub;
floatNb[BinaryOp.MULTIPLY] = floatMul;
floatNb[BinaryOp.TRUE_DIVIDE] = floatTrueDiv;
floatNb[BinaryOp.FLOOR_DIVIDE] = floatFloorDiv;
floatNb[BinaryOp.REMAINDER] = floatMod;
floatNb[BinaryOp.POWER] = floatPow;

export const floatType: TypeDef = {
  name: "float",
  basicsize: Float.SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE | TpFlag.MATCH_SELF,
  doc: "Convert a string or number to a floating point number, if possible.",
  dealloc: floatDealloc,
  repr: (rt, o) => rt.newStr(floatRepr(floatValue(rt, o))),
  hash: floatHash,
  richcompare: floatRichcompare,
  new: floatNew,
  nb: floatNb,
  nbTernaryPow: floatTernaryPow,
  negative: (rt, o) => newFloat(rt, -floatValue(rt, o)),
  positive: floatExact,
  absolute: (rt, o) => newFloat(rt, Math.abs(floatValue(rt, o))),
  bool: (rt, o) => floatValue(rt, o) !== 0,
  int: (rt, o) => intFromDouble(rt, floatValue(rt, o)),
  float: floatExact,
  methods: floatMethods,
  getset: [
    { name: "real", get: floatExact, doc: "the real part of a complex number" },
    { name: "imag", get: (rt) => newFloat(rt, 0), doc: "the imaginary part of a complex number" },
  ],
};
