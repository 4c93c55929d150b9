/**
 * `complex`: pairs of doubles.
 *
 *   PyComplexObject (32 bytes, not GC, no free list)
 *   ┌──────────┬─────────┬──────────┬──────────┐
 *   │ refcnt   │ type    │ real     │ imag     │
 *   └──────────┴─────────┴──────────┴──────────┘
 *    0          8         16         24
 *
 * Arithmetic follows Objects/complexobject.c: Smith's division (`complex division by zero`),
 * `c_powi` repeated squaring for integral exponents up to 100 and the polar formula beyond,
 * OverflowError "complex exponentiation" when a power overflows. Operands may be int, float or
 * complex; `//` and `%` are not defined (3.11 removed them).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { combineComplexHash, foldHash } from "./int-digits.js";
import { complexReprText, formatComplexSpec } from "./float-repr.js";
import { parseComplexText } from "./float-parse.js";
import { asciiNumberText } from "./int-format.js";
import { parseFormatSpec } from "./format-spec.js";
import { powPositive } from "./float-pow.js";
import { callSpecial, isInt, intToDouble } from "./int.js";
import { compareDoubleWithInt, floatValue, hashDoubleExact, isFloat, newFloat, newFloatPair, numberToFloat } from "./float.js";
import { argSpec, arg, checkArgs, parseArgs, argTypeName } from "./args.js";
import { str as objectStr } from "./abstract.js";

/** Field offsets of PyComplexObject. */
export const enum Complex {
  REAL = Ob.HEAD_SIZE,
  IMAG = Ob.HEAD_SIZE + 8,
  SIZE = 32,
}

/** A new complex (new reference). */
export function newComplex(rt: Runtime, real: number, imag: number): number {
  const o = rt.allocObject(rt.T.complex, Complex.SIZE);
  rt.f64[(o + Complex.REAL) >> 3] = real;
  rt.f64[(o + Complex.IMAG) >> 3] = imag;
  return o;
}

export function complexReal(rt: Runtime, o: number): number {
  return rt.f64[(o + Complex.REAL) >> 3];
}

export function complexImag(rt: Runtime, o: number): number {
  return rt.f64[(o + Complex.IMAG) >> 3];
}

export function isComplex(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.complex || rt.isSubtype(t, rt.T.complex);
}

/** An int, float or complex operand as [real, imag]; undefined for other types (TO_COMPLEX). */
function toComplex(rt: Runtime, o: number): [number, number] | undefined {
  if (isComplex(rt, o)) return [complexReal(rt, o), complexImag(rt, o)];
  if (isInt(rt, o)) return [intToDouble(rt, o), 0];
  if (isFloat(rt, o)) return [floatValue(rt, o), 0];
  return undefined;
}

function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

// ── arithmetic on pairs (Python/complexobject.c's _Py_c_*) ───────────────────────────────

/** Result holder: `edom` marks a division by zero, as CPython's errno = EDOM does. */
interface C {
  re: number;
  im: number;
  edom: boolean;
}

function quot(ar: number, ai: number, br: number, bi: number): C {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return { re: 0, im: 0, edom: true };
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return { re: (ar + ai * ratio) / denom, im: (ai - ar * ratio) / denom, edom: false };
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return { re: (ar * ratio + ai) / denom, im: (ai * ratio - ar) / denom, edom: false };
  }
  return { re: NaN, im: NaN, edom: false };
}

function powu(xr: number, xi: number, n: number): C {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  return { re: rr, im: ri, edom: false };
}

function powi(xr: number, xi: number, n: number): C {
  if (n > 0) return powu(xr, xi, n);
  const p = powu(xr, xi, -n);
  return quot(1, 0, p.re, p.im);
}

function cpow(ar: number, ai: number, br: number, bi: number): C {
  if (br === 0 && bi === 0) return { re: 1, im: 0, edom: false };
  if (ar === 0 && ai === 0) return { re: 0, im: 0, edom: bi !== 0 || br < 0 };
  const vabs = Math.hypot(ar, ai);
  let len = vabs > 0 && vabs < Infinity && Number.isFinite(br) ? powPositive(vabs, br) : vabs ** br;
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return { re: len * Math.cos(phase), im: len * Math.sin(phase), edom: false };
}

/**
 * (ar + ai·j) ** (br + bi·j), CPython's complex_pow: a new complex, ZeroDivisionError for
 * 0 to a negative or complex power, OverflowError when the result overflows.
 */
export function complexPowValues(rt: Runtime, ar: number, ai: number, br: number, bi: number): number {
  const p = bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100 ? powi(ar, ai, br) : cpow(ar, ai, br, bi);
  if (p.edom) throw rt.raise(rt.E.ZeroDivisionError, "0.0 to a negative or complex power");
  if (Math.abs(p.re) === Infinity || Math.abs(p.im) === Infinity) throw rt.raise(rt.E.OverflowError, "complex exponentiation");
  return newComplex(rt, p.re, p.im);
}

function arith(f: (rt: Runtime, ar: number, ai: number, br: number, bi: number) => number): BinarySlot {
  return (rt, a, b) => {
    const x = toComplex(rt, a);
    if (x === undefined) return notImplemented(rt);
    const y = toComplex(rt, b);
    if (y === undefined) return notImplemented(rt);
    return f(rt, x[0], x[1], y[0], y[1]);
  };
}

const complexNb: (BinarySlot | undefined)[] = [];
complexNb[BinaryOp.ADD] = arith((rt, ar, ai, br, bi) => newComplex(rt, ar + br, ai + bi));
complexNb[BinaryOp.SUBTRACT] = arith((rt, ar, ai, br, bi) => newComplex(rt, ar - br, ai - bi));
complexNb[BinaryOp.MULTIPLY] = arith((rt, ar, ai, br, bi) => newComplex(rt, ar * br - ai * bi, ar * bi + ai * br));
complexNb[BinaryOp.TRUE_DIVIDE] = arith((rt, ar, ai, br, bi) => {
  const q = quot(ar, ai, br, bi);
  if (q.edom) throw rt.raise(rt.E.ZeroDivisionError, "complex division by zero");
  return newComplex(rt, q.re, q.im);
});
complexNb[BinaryOp.POWER] = arith(complexPowValues);

function complexTernaryPow(rt: Runtime, a: number, b: number, _mod: number): number {
  if (toComplex(rt, a) === undefined || toComplex(rt, b) === undefined) return notImplemented(rt);
  throw rt.raise(rt.E.ValueError, "complex modulo");
}

function complexAbs(rt: Runtime, o: number): number {
  const re = complexReal(rt, o);
  const im = complexImag(rt, o);
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Math.abs(re) === Infinity || Math.abs(im) === Infinity) return newFloat(rt, Infinity);
    return newFloat(rt, NaN);
  }
  const r = Math.hypot(re, im);
  if (!Number.isFinite(r)) throw rt.raise(rt.E.OverflowError, "absolute value too large");
  return newFloat(rt, r);
}

// ── comparison, hash, repr ───────────────────────────────────────────────────────────────

function complexRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return notImplemented(rt);
  const re = complexReal(rt, a);
  const im = complexImag(rt, a);
  let equal: boolean;
  if (isInt(rt, b)) equal = im === 0 && compareDoubleWithInt(rt, re, b) === 0;
  else if (isFloat(rt, b)) equal = re === floatValue(rt, b) && im === 0;
  else if (isComplex(rt, b)) equal = re === complexReal(rt, b) && im === complexImag(rt, b);
  else return notImplemented(rt);
  const r = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** The exact 64-bit hash of a complex (before folding). */
export function complexHashExact(rt: Runtime, o: number): bigint {
  return combineComplexHash(hashDoubleExact(rt, complexReal(rt, o), o), hashDoubleExact(rt, complexImag(rt, o), o));
}

/** complex's hash slot. */
export function complexHash(rt: Runtime, o: number): number {
  return foldHash(complexHashExact(rt, o));
}

// ── __format__ ───────────────────────────────────────────────────────────────────────────

function complexFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "complex.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${argTypeName(rt, spec)}`);
  }
  const text = rt.jsString(spec);
  if (text === "") return objectStr(rt, self);
  return rt.newStr(formatComplexSpec(rt, complexReal(rt, self), complexImag(rt, self), parseFormatSpec(rt, text, rt.typeName(self), "complex")));
}

// ── complex(real, imag) ──────────────────────────────────────────────────────────────────

const complexNewSpec = argSpec("complex", ["real=", "imag="]);
const complexNewArgs = new Int32Array(2);

/** Can `o` be a complex() argument: a complex, or something with __float__ / __index__? */
function isNumberLike(rt: Runtime, o: number): boolean {
  const slots = rt.slotsOf(o);
  return slots.float !== undefined || slots.index !== undefined || isComplex(rt, o);
}

function complexNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, complexNewSpec, args, nargs, kwnames, complexNewArgs);
  const r0 = complexNewArgs[0];
  const i = complexNewArgs[1];
  if (r0 !== 0 && i === 0 && cls === rt.T.complex && rt.typeOf(r0) === rt.T.complex) {
    rt.incref(r0);
    return r0;
  }
  if (r0 !== 0 && rt.hasFlag(r0, TpFlag.UNICODE_SUBCLASS)) {
    if (i !== 0) throw rt.raise(rt.E.TypeError, "complex() can't take second arg if first is a string");
    const parts = parseComplexText(asciiNumberText(rt.jsString(r0)));
    if (parts === undefined) throw rt.raise(rt.E.ValueError, "complex() arg is a malformed string");
    return newComplexOf(rt, cls, parts[0], parts[1]);
  }
  if (i !== 0 && rt.hasFlag(i, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "complex() second arg can't be a string");

  let r = r0;
  let ownR = false;
  if (r !== 0) {
    const special = callSpecial(rt, r, "__complex__");
    if (special !== 0) {
      if (!isComplex(rt, special)) {
        const name = rt.typeName(special);
        rt.decref(special);
        throw rt.raise(rt.E.TypeError, `__complex__ returned non-complex (type ${name})`);
      }
      r = special;
      ownR = true;
    }
  }
  try {
    if (r !== 0 && !isNumberLike(rt, r)) {
      throw rt.raise(rt.E.TypeError, `complex() first argument must be a string or a number, not '${rt.typeName(r)}'`);
    }
    if (i !== 0 && !isNumberLike(rt, i)) {
      throw rt.raise(rt.E.TypeError, `complex() second argument must be a number, not '${rt.typeName(i)}'`);
    }
    let crRe = 0;
    let crIm = 0;
    let crComplex = false;
    if (r !== 0 && isComplex(rt, r)) {
      crRe = complexReal(rt, r);
      crIm = complexImag(rt, r);
      crComplex = true;
    } else if (r !== 0) {
      crRe = numberToFloat(rt, r);
    }
    let ciRe = 0;
    let ciIm = 0;
    let ciComplex = false;
    if (i === 0) ciRe = crIm;
    else if (isComplex(rt, i)) {
      ciRe = complexReal(rt, i);
      ciIm = complexImag(rt, i);
      ciComplex = true;
    } else {
      ciRe = numberToFloat(rt, i);
    }
    if (ciComplex) crRe -= ciIm;
    if (crComplex && i !== 0) ciRe += crIm;
    return newComplexOf(rt, cls, crRe, ciRe);
  } finally {
    if (ownR) rt.decref(r);
  }
}

/** A complex of type `cls` (the exact type or a subclass: PyType_GenericAlloc, zeroed). */
function newComplexOf(rt: Runtime, cls: number, re: number, im: number): number {
  if (cls === rt.T.complex) return newComplex(rt, re, im);
  const size = (rt.i32[(cls + Tp.BASICSIZE) >> 2] + 7) & ~7;
  const o = rt.allocObject(cls, size);
  for (let p = Ob.HEAD_SIZE; p < size; p += 4) rt.i32[(o + p) >> 2] = 0;
  rt.f64[(o + Complex.REAL) >> 3] = re;
  rt.f64[(o + Complex.IMAG) >> 3] = im;
  return o;
}

function complexExact(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.complex) {
    rt.incref(o);
    return o;
  }
  return newComplex(rt, complexReal(rt, o), complexImag(rt, o));
}

export const complexType: TypeDef = {
  name: "complex",
  basicsize: Complex.SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE,
  doc: "Create a complex number from a real part and an optional imaginary part.",
  dealloc: (rt, o) => rt.freeObject(o),
  repr: (rt, o) => rt.newStr(complexReprText(complexReal(rt, o), complexImag(rt, o))),
  hash: complexHash,
  richcompare: complexRichcompare,
  new: complexNew,
  nb: complexNb,
  nbTernaryPow: complexTernaryPow,
  negative: (rt, o) => newComplex(rt, -complexReal(rt, o), -complexImag(rt, o)),
  positive: complexExact,
  absolute: complexAbs,
  bool: (rt, o) => complexReal(rt, o) !== 0 || complexImag(rt, o) !== 0,
  methods: [
    {
      name: "conjugate",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "complex.conjugate", nargs, kwnames, 0, 0);
        return newComplex(rt, complexReal(rt, self), -complexImag(rt, self));
      },
      doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.",
    },
    {
      name: "__getnewargs__",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "complex.__getnewargs__", nargs, kwnames, 0, 0);
        return newFloatPair(rt, complexReal(rt, self), complexImag(rt, self));
      },
    },
    { name: "__format__", fn: complexFormat },
    {
      name: "__complex__",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "complex.__complex__", nargs, kwnames, 0, 0);
        return complexExact(rt, self);
      },
      doc: "Convert this value to exact type complex.",
    },
  ],
  getset: [
    { name: "real", get: (rt, o) => newFloat(rt, complexReal(rt, o)), doc: "the real part of a complex number" },
    { name: "imag", get: (rt, o) => newFloat(rt, complexImag(rt, o)), doc: "the imaginary part of a complex number" },
  ],
};
