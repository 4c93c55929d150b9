/**
 * The floating-point functions of `math`, with CPython's error rules.
 *
 * Every float function converts its arguments with `asDouble` (CPython's PyFloat_AsDouble:
 * floats, then `__float__`, then `__index__`; "must be real number, not str"), computes in
 * doubles, and reports errors as CPython's math_1 / math_2 do:
 *
 *   result NaN from non-NaN input                 ValueError("math domain error")
 *   result infinite from finite input, may overflow  OverflowError("math range error")
 *   result infinite from finite input, otherwise  ValueError("math domain error")  (a pole)
 *
 * The special values of pow, atan2, fmod, remainder, modf and frexp are handled here, before
 * the host's libm, exactly where CPython handles them, so results don't depend on the host.
 * pow's finite cases are glibc's bit for bit (float-pow.ts); the rest use the JavaScript
 * engine's Math.*, which can differ from glibc in the last bit for a few inputs (CPython calls
 * the C library's functions).
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { argSpec, arg, checkArgs, kwCount, parseArgs } from "../objects/args.js";
import { call0, index } from "../objects/abstract.js";
import { newInt, intToDouble, intValue, intToBigInt } from "../objects/int.js";
import { newFloat, floatValue, intFromDouble } from "../objects/float.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { lookupSpecial } from "../objects/iterators.js";
import { powPositive } from "../objects/float-pow.js";
import { atan2, bigFrexp, copysign, frexp, ldexp, nextafter, remainder, ulp } from "./math-core.js";

// ── conversions and error rules ─────────────────────────────────────────────────────────

/** PyFloat_AsDouble: o as a double (floats, `__float__`, `__index__`). */
export function asDouble(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  if (type === rt.T.float) return floatValue(rt, o);
  if (rt.hasFlag(o, TpFlag.LONG_SUBCLASS)) return intToDouble(rt, o);
  if (rt.isSubtype(type, rt.T.float)) return floatValue(rt, o);
  const slots = rt.typeSlots(type);
  if (slots.float !== undefined) {
    const r = slots.float(rt, o);
    try {
      if (!rt.isInstance(r, rt.T.float)) {
        throw rt.raise(rt.E.TypeError, `${rt.typeNameOf(type)}.__float__ returned non-float (type ${rt.typeName(r)})`);
      }
      return floatValue(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  if (slots.index !== undefined) {
    const i = index(rt, o);
    try {
      return intToDouble(rt, i);
    } finally {
      rt.decref(i);
    }
  }
  throw rt.raise(rt.E.TypeError, `must be real number, not ${rt.typeName(o)}`);
}

function domainError(rt: Runtime): never {
  throw rt.raise(rt.E.ValueError, "math domain error");
}

function rangeError(rt: Runtime): never {
  throw rt.raise(rt.E.OverflowError, "math range error");
}

/** CPython's math_1 check of a one-argument result. */
function checkResult1(rt: Runtime, x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(rt);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError(rt);
    domainError(rt);
  }
  return r;
}

/** CPython's math_2 check: NaN from non-NaN → EDOM, infinity from finites → ERANGE (an overflow). */
function checkResult2(rt: Runtime, x: number, y: number, r: number): number {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) domainError(rt);
  } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) {
    rangeError(rt);
  }
  return r;
}

function bool(rt: Runtime, v: boolean): number {
  const b = v ? rt.S.True : rt.S.False;
  rt.incref(b);
  return b;
}

function pair(rt: Runtime, a: number, b: number): number {
  const t = newTuple(rt, 2);
  tupleSetItem(rt, t, 0, a);
  tupleSetItem(rt, t, 1, b);
  return t;
}
// ── declaration helpers ─────────────────────────────────────────────────────────────────

/** A METH_O function: `math.name() takes exactly one argument (N given)`. */
export function unary(name: string, f: (rt: Runtime, o: number) => number, doc?: string): MethodDef {
  const qualified = `math.${name}`;
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, qualified, nargs, kwnames, 1, 1);
      return f(rt, arg(rt, args, 0));
    },
    doc,
  };
}

/** A float -> float function with math_1's error rules. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean, doc?: string): MethodDef {
  return unary(
    name,
    (rt, o) => {
      const x = asDouble(rt, o);
      return newFloat(rt, checkResult1(rt, x, f(x), canOverflow));
    },
    doc,
  );
}

/** Check a FASTCALL function's arguments: no keywords (`math.name()`), then the count (`name expected ...`). */
export function checkPositional(rt: Runtime, name: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `math.${name}() takes no keyword arguments`);
  checkArgs(rt, name, nargs, 0, min, max);
}

/** A (float, float) -> float function. */
function math2(name: string, f: (rt: Runtime, x: number, y: number) => number, doc?: string): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkPositional(rt, name, nargs, kwnames, 2, 2);
      const x = asDouble(rt, arg(rt, args, 0));
      const y = asDouble(rt, arg(rt, args, 1));
      return newFloat(rt, f(rt, x, y));
    },
    doc,
  };
}
// ── special-value handling, as in mathmodule.c ──────────────────────────────────────────

function pow(rt: Runtime, x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  // Finite operands: the C library's pow, whose results powPositive reproduces bit for bit.
  if (y === 0) return 1;
  const oddY = Math.abs(y % 2) === 1;
  if (x === 0) {
    if (y < 0) domainError(rt); // a pole
    return oddY ? x : 0;
  }
  if (x < 0 && y !== Math.floor(y)) domainError(rt);
  const r = powPositive(Math.abs(x), y);
  if (r === Infinity) rangeError(rt);
  return x < 0 && oddY ? -r : r;
}

function fmod(rt: Runtime, x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError(rt);
  return r;
}

/** The log of an int of any size (CPython's loghelper): ints too big for a double go through frexp. */
function logOf(rt: Runtime, o: number, f: (x: number) => number): number {
  if (rt.hasFlag(o, TpFlag.LONG_SUBCLASS)) {
    const v = intValue(rt, o);
    if (v <= 0) domainError(rt);
    const x = typeof v === "number" ? v : Number(v);
    if (Number.isFinite(x)) return f(x);
    const [m, e] = bigFrexp(intToBigInt(rt, o));
    return f(m) + f(2.0) * e;
  }
  const x = asDouble(rt, o);
  return checkResult1(rt, x, f(x), false);
}

function log(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) throw rt.raise(rt.E.TypeError, "math.log requires 1 to 2 arguments");
  const num = logOf(rt, arg(rt, args, 0), Math.log);
  if (nargs === 1) return newFloat(rt, num);
  const den = logOf(rt, arg(rt, args, 1), Math.log);
  if (den === 0) throw rt.raise(rt.E.ZeroDivisionError, "float division by zero");
  return newFloat(rt, num / den);
}
// ── rounding to int ─────────────────────────────────────────────────────────────────────

/** floor / ceil: exact floats directly, else `__floor__` / `__ceil__`, else via a double. */
function toIntegral(name: "__floor__" | "__ceil__", f: (x: number) => number) {
  return (rt: Runtime, o: number): number => {
    let x: number;
    if (rt.typeOf(o) === rt.T.float) {
      x = floatValue(rt, o);
    } else {
      const meth = lookupSpecial(rt, o, name);
      if (meth !== 0) {
        try {
          return call0(rt, meth);
        } finally {
          rt.decref(meth);
        }
      }
      x = asDouble(rt, o);
    }
    return intFromDouble(rt, f(x));
  };
}

function trunc(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.float) return intFromDouble(rt, floatValue(rt, o));
  const meth = lookupSpecial(rt, o, "__trunc__");
  if (meth === 0) throw rt.raise(rt.E.TypeError, `type ${rt.typeName(o)} doesn't define __trunc__ method`);
  try {
    return call0(rt, meth);
  } finally {
    rt.decref(meth);
  }
}
// ── the rest ────────────────────────────────────────────────────────────────────────────

const iscloseSpec = argSpec("isclose", ["a", "b", "*", "rel_tol=", "abs_tol="]);
const iscloseOut = new Int32Array(4);

function isclose(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs > 2) throw rt.raise(rt.E.TypeError, `isclose() takes exactly 2 positional arguments (${nargs} given)`);
  parseArgs(rt, iscloseSpec, args, nargs, kwnames, iscloseOut);
  const ao = iscloseOut[0];
  const bo = iscloseOut[1];
  const relo = iscloseOut[2];
  const abso = iscloseOut[3];
  const a = asDouble(rt, ao);
  const b = asDouble(rt, bo);
  const relTol = relo === 0 ? 1e-9 : asDouble(rt, relo);
  const absTol = abso === 0 ? 0.0 : asDouble(rt, abso);
  if (relTol < 0 || absTol < 0) throw rt.raise(rt.E.ValueError, "tolerances must be non-negative");
  if (a === b) return bool(rt, true);
  if ((!Number.isFinite(a) && !Number.isNaN(a)) || (!Number.isFinite(b) && !Number.isNaN(b))) return bool(rt, false);
  const diff = Math.abs(b - a);
  return bool(rt, diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

function ldexpFn(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "ldexp", nargs, kwnames, 2, 2);
  const x = asDouble(rt, arg(rt, args, 0));
  const i = arg(rt, args, 1);
  if (!rt.hasFlag(i, TpFlag.LONG_SUBCLASS)) throw rt.raise(rt.E.TypeError, "Expected an int as second argument to ldexp.");
  const v = intValue(rt, i);
  const exp = typeof v === "number" ? v : v < 0n ? -Infinity : Infinity;
  let r: number;
  if (x === 0 || !Number.isFinite(x)) r = x;
  else if (exp > 0x7fffffff) rangeError(rt);
  else if (exp < -0x80000000) r = copysign(0, x);
  else {
    r = ldexp(x, exp);
    if (!Number.isFinite(r)) rangeError(rt);
  }
  return newFloat(rt, r);
}

function modf(rt: Runtime, o: number): number {
  const x = asDouble(rt, o);
  let frac: number;
  let whole: number;
  if (!Number.isFinite(x) && !Number.isNaN(x)) {
    frac = copysign(0, x);
    whole = x;
  } else if (Number.isNaN(x)) {
    frac = whole = x;
  } else {
    whole = Math.trunc(x);
    frac = copysign(x - whole, x);
  }
  return pair(rt, newFloat(rt, frac), newFloat(rt, whole));
}

function frexpFn(rt: Runtime, o: number): number {
  const [m, e] = frexp(asDouble(rt, o));
  return pair(rt, newFloat(rt, m), newInt(rt, e));
}

const radToDeg = 180.0 / Math.PI;
const degToRad = Math.PI / 180.0;
export const floatFunctions: readonly MethodDef[] = [
  math1("sqrt", Math.sqrt, false, "Return the square root of x."),
  math1("exp", Math.exp, true, "Return e raised to the power of x."),
  math1("exp2", (x) => Math.pow(2, x), true, "Return 2 raised to the power of x."),
  math1("expm1", Math.expm1, true, "Return exp(x)-1."),
  math1("log1p", Math.log1p, false, "Return the natural logarithm of 1+x (base e)."),
  math1("fabs", Math.abs, false, "Return the absolute value of the float x."),
  math1("sin", Math.sin, false, "Return the sine of x (measured in radians)."),
  math1("cos", Math.cos, false, "Return the cosine of x (measured in radians)."),
  math1("tan", Math.tan, false, "Return the tangent of x (measured in radians)."),
  math1("asin", Math.asin, false, "Return the arc sine (measured in radians) of x."),
  math1("acos", Math.acos, false, "Return the arc cosine (measured in radians) of x."),
  math1("atan", Math.atan, false, "Return the arc tangent (measured in radians) of x."),
  math1("sinh", Math.sinh, true, "Return the hyperbolic sine of x."),
  math1("cosh", Math.cosh, true, "Return the hyperbolic cosine of x."),
  math1("tanh", Math.tanh, false, "Return the hyperbolic tangent of x."),
  math1("asinh", Math.asinh, false, "Return the inverse hyperbolic sine of x."),
  math1("acosh", Math.acosh, false, "Return the inverse hyperbolic cosine of x."),
  math1("atanh", Math.atanh, false, "Return the inverse hyperbolic tangent of x."),
  math1("cbrt", Math.cbrt, false, "Return the cube root of x."),
  unary("log2", (rt, o) => newFloat(rt, logOf(rt, o, Math.log2)), "Return the base 2 logarithm of x."),
  unary("log10", (rt, o) => newFloat(rt, logOf(rt, o, Math.log10)), "Return the base 10 logarithm of x."),
  { name: "log", fn: log, packsArgs: true, doc: "log(x, [base=math.e])\nReturn the logarithm of x to the given base." },
  math2("pow", pow, "Return x**y (x to the power of y)."),
  math2("fmod", fmod, "Return fmod(x, y), according to platform C."),
  math2("atan2", (rt, y, x) => checkResult2(rt, y, x, atan2(y, x)), "Return the arc tangent (measured in radians) of y/x."),
  math2("copysign", (_rt, x, y) => copysign(x, y), "Return a float with the magnitude (absolute value) of x but the sign of y."),
  math2("remainder", (rt, x, y) => checkResult2(rt, x, y, remainder(x, y)), "Difference between x and the closest integer multiple of y."),
  math2("nextafter", (_rt, x, y) => nextafter(x, y), "Return the next floating-point value after x towards y."),
  unary("ulp", (rt, o) => newFloat(rt, ulp(asDouble(rt, o))), "Return the value of the least significant bit of the float x."),
  unary("degrees", (rt, o) => newFloat(rt, asDouble(rt, o) * radToDeg), "Convert angle x from radians to degrees."),
  unary("radians", (rt, o) => newFloat(rt, asDouble(rt, o) * degToRad), "Convert angle x from degrees to radians."),
  unary("isnan", (rt, o) => bool(rt, Number.isNaN(asDouble(rt, o))), "Return True if x is a NaN (not a number), and False otherwise."),
  unary("isinf", (rt, o) => {
    const x = asDouble(rt, o);
    return bool(rt, !Number.isFinite(x) && !Number.isNaN(x));
  }, "Return True if x is a positive or negative infinity, and False otherwise."),
  unary("isfinite", (rt, o) => bool(rt, Number.isFinite(asDouble(rt, o))), "Return True if x is neither an infinity nor a NaN, and False otherwise."),
  { name: "isclose", fn: isclose, doc: "Determine whether two floating point numbers are close in value." },
  unary("floor", toIntegral("__floor__", Math.floor), "Return the floor of x as an Integral."),
  unary("ceil", toIntegral("__ceil__", Math.ceil), "Return the ceiling of x as an Integral."),
  unary("trunc", trunc, "Truncates the Real x to the nearest Integral toward 0."),
  unary("modf", modf, "Return the fractional and integer parts of x."),
  unary("frexp", frexpFn, "Return the mantissa and exponent of x, as pair (m, e)."),
  { name: "ldexp", fn: ldexpFn, doc: "Return x * (2**i)." },
];
