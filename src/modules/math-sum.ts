/**
 * The summing functions of `math`, written as CPython 3.11 writes them so that their last
 * bits agree: `hypot` and `dist` through vector_norm (scaled by a power of two, squares summed
 * exactly in double-length arithmetic, one correction step), `fsum` through Shewchuk's
 * partials with CPython's half-even fix-up, `prod` with the int and float fast paths that
 * decide which intermediate objects exist.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { argSpec, arg, kwCount, parseArgs } from "../objects/args.js";
import { binaryOp, getIter, iterNext } from "../objects/abstract.js";
import { BinaryOp } from "../compile/opcodes.js";
import { newInt, intValue } from "../objects/int.js";
import { newFloat, floatValue } from "../objects/float.js";
import { tupleItem, tupleSize, tupleFromIterable } from "../objects/tuple.js";
import { asDouble, checkPositional, unary } from "./math-float.js";
import { fsumAdd, fsumResult, newFsumState, vectorNorm } from "./math-core.js";

/** 2^63: the C long bound of prod's float fast path for int items. */
const C_LONG_LIMIT = 2n ** 63n;

// ── vector_norm: hypot and dist ─────────────────────────────────────────────────────────

/**
 * Scratch space for hypot/dist. Converting a coordinate may run Python code that calls hypot
 * again, so a nested call gets its own array.
 */
let normBuffer = new Float64Array(16);
let normBufferBusy = false;

function takeNormBuffer(n: number): Float64Array {
  if (normBufferBusy) return new Float64Array(n);
  if (normBuffer.length < n) normBuffer = new Float64Array(Math.max(n, normBuffer.length * 2));
  normBufferBusy = true;
  return normBuffer;
}

function releaseNormBuffer(vec: Float64Array): void {
  if (vec === normBuffer) normBufferBusy = false;
}

function hypot(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "math.hypot() takes no keyword arguments");
  const vec = takeNormBuffer(nargs);
  try {
    let max = 0;
    let foundNan = false;
    for (let i = 0; i < nargs; i++) {
      const x = Math.abs(asDouble(rt, arg(rt, args, i)));
      vec[i] = x;
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return newFloat(rt, vectorNorm(vec, nargs, max, foundNan));
  } finally {
    releaseNormBuffer(vec);
  }
}

/** A tuple for dist(): the argument itself when it is a tuple, else tuple(o). New reference. */
function asTuple(rt: Runtime, o: number): number {
  if (rt.hasFlag(o, TpFlag.TUPLE_SUBCLASS)) {
    rt.incref(o);
    return o;
  }
  return tupleFromIterable(rt, o);
}

function dist(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "dist", nargs, kwnames, 2, 2);
  const p = asTuple(rt, arg(rt, args, 0));
  try {
    const q = asTuple(rt, arg(rt, args, 1));
    try {
      const n = tupleSize(rt, p);
      if (n !== tupleSize(rt, q)) throw rt.raise(rt.E.ValueError, "both points must have the same number of dimensions");
      const vec = takeNormBuffer(n);
      try {
        let max = 0;
        let foundNan = false;
        for (let i = 0; i < n; i++) {
          const px = asDouble(rt, tupleItem(rt, p, i));
          const qx = asDouble(rt, tupleItem(rt, q, i));
          const x = Math.abs(px - qx);
          vec[i] = x;
          if (Number.isNaN(x)) foundNan = true;
          if (x > max) max = x;
        }
        return newFloat(rt, vectorNorm(vec, n, max, foundNan));
      } finally {
        releaseNormBuffer(vec);
      }
    } finally {
      rt.decref(q);
    }
  } finally {
    rt.decref(p);
  }
}

// ── fsum and prod ───────────────────────────────────────────────────────────────────────

/** math.fsum(iterable). A state per call: converting an item may run Python code that calls fsum. */
function fsum(rt: Runtime, seq: number): number {
  const it = getIter(rt, seq);
  const state = newFsumState();
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      let x: number;
      try {
        x = asDouble(rt, item);
      } finally {
        rt.decref(item);
      }
      if (!fsumAdd(state, x)) throw rt.raise(rt.E.OverflowError, "intermediate overflow in fsum");
    }
  } finally {
    rt.decref(it);
  }
  const total = fsumResult(state);
  if (total === undefined) throw rt.raise(rt.E.ValueError, "-inf + inf in fsum");
  return newFloat(rt, total);
}

const prodSpec = argSpec("prod", ["iterable", "/", "*", "start="]);
const prodOut = new Int32Array(2);

/** math.prod with CPython 3.11's int and float fast paths (see sum in builtins-numeric.ts). */
function prod(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs !== 1) throw rt.raise(rt.E.TypeError, `prod() takes exactly 1 positional argument (${nargs} given)`);
  parseArgs(rt, prodSpec, args, nargs, kwnames, prodOut);
  const iterable = prodOut[0];
  const start = prodOut[1];
  const it = getIter(rt, iterable);
  try {
    if (start === 0) return prodInts(rt, it, 1);
    rt.incref(start);
    if (rt.typeOf(start) === rt.T.int) {
      const v = intValue(rt, start);
      if (typeof v === "number") {
        rt.decref(start);
        return prodInts(rt, it, v);
      }
    }
    return prodAfterInts(rt, it, start);
  } finally {
    rt.decref(it);
  }
}

/** total * item, consuming both. */
function multiplyTotal(rt: Runtime, total: number, item: number): number {
  try {
    return binaryOp(rt, total, item, BinaryOp.MULTIPLY);
  } finally {
    rt.decref(total);
    rt.decref(item);
  }
}

/** The int fast path: a plain-number product while the items are exact ints that keep it safe. */
function prodInts(rt: Runtime, it: number, total: number): number {
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return newInt(rt, total);
    if (rt.typeOf(item) === rt.T.int) {
      const b = intValue(rt, item);
      if (typeof b === "number" && Number.isSafeInteger(total * b)) {
        total *= b;
        rt.decref(item);
        continue;
      }
    }
    return prodAfterInts(rt, it, multiplyTotal(rt, newInt(rt, total), item));
  }
}

/** The product from `result` (consumed) on: the float fast path if it is a float, else the generic loop. */
function prodAfterInts(rt: Runtime, it: number, result: number): number {
  if (rt.typeOf(result) === rt.T.float) {
    const start = floatValue(rt, result);
    rt.decref(result);
    return prodFloats(rt, it, start);
  }
  return prodGeneric(rt, it, result);
}

function prodFloats(rt: Runtime, it: number, total: number): number {
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return newFloat(rt, total);
    const t = rt.typeOf(item);
    if (t === rt.T.float) {
      total *= floatValue(rt, item);
      rt.decref(item);
      continue;
    }
    if (t === rt.T.int) {
      const v = intValue(rt, item);
      if (typeof v === "number" || (v < C_LONG_LIMIT && v >= -C_LONG_LIMIT)) {
        total *= Number(v);
        rt.decref(item);
        continue;
      }
    }
    return prodGeneric(rt, it, multiplyTotal(rt, newFloat(rt, total), item));
  }
}

function prodGeneric(rt: Runtime, it: number, result: number): number {
  for (;;) {
    let item: number;
    try {
      item = iterNext(rt, it);
    } catch (e) {
      rt.decref(result);
      throw e;
    }
    if (item === 0) return result;
    result = multiplyTotal(rt, result, item);
  }
}

export const sumFunctions: readonly MethodDef[] = [
  { name: "hypot", fn: hypot, doc: "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point." },
  { name: "dist", fn: dist, doc: "Return the Euclidean distance between two points p and q." },
  unary("fsum", fsum, "Return an accurate floating point sum of values in the iterable seq."),
  { name: "prod", fn: prod, doc: "Calculate the product of all the elements in the input iterable." },
];
