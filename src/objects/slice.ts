/**
 * `slice` objects, and the index arithmetic every sequence shares.
 *
 *   PySliceObject (40 bytes + 16 GC = getsizeof 56)
 *   ┌────────┬────────┬────────┬────────┬────────┐
 *   │ refcnt │ type   │ start  │ stop   │ step   │   each an object (None when omitted)
 *   └────────┴────────┴────────┴────────┴────────┘
 *    0        8        16       24       32
 *
 * A freed slice is kept in a one-element cache (3.11's `interp->slice_cache`, freelists.ts)
 * and reused by the next `newSlice`. Slices are unhashable in 3.11.
 *
 * Index arithmetic, CPython's three steps:
 *   1. `asSsize`: an object with `__index__` to a Py_ssize_t (PyNumber_AsSsize_t): out of
 *      range either raises (IndexError for `l[2**100]`, OverflowError for `l * 2**100`) or
 *      clamps to ±PY_SSIZE_T_MAX (slice bounds).
 *   2. `sliceUnpack` (PySlice_Unpack): None and defaults, "slice step cannot be zero".
 *   3. `sliceAdjust` (PySlice_AdjustIndices): clip to a length, count the selected items.
 * They are allocation-free: results go to the module scratch `sliceOut` ([start, stop, step],
 * read it right after the call, before anything else can slice). Values are JS numbers;
 * PY_SSIZE_T_MAX (2^63 - 1) is represented by SSIZE_MAX = 2^63, which only ever serves as a
 * clamp. `sliceLongIndices` is the int-object version (_PySlice_GetLongIndices) used by
 * `slice.indices` and range slicing, exact for any size.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Ob, TpFlag } from "./layout.js";
import { CompareOp, BinaryOp } from "../compile/opcodes.js";
import { binaryOp, index, indexExact, reprText, richCompare, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { newInt } from "./int.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { containers } from "./freelists.js";

export const enum Slice {
  START = 16,
  STOP = 24,
  STEP = 32,
  SIZE = 40,
}

/** PY_SSIZE_T_MAX as a JS number (2^63; the exact value is not representable). */
export const SSIZE_MAX = 2 ** 63;
export const SSIZE_MIN = -(2 ** 63);

/** Int objects store 30-bit digits after the variable-size header (CPython's layout). */
const enum IntLayout {
  DIGITS = 24,
  DIGIT_BITS = 30,
}
const DIGIT_BASE = 2 ** IntLayout.DIGIT_BITS;

/** [start, stop, step] written by sliceUnpack / sliceAdjust / sliceIndices. */
export const sliceOut = new Float64Array(3);

/** `_PyIndex_Check`: does `o` have `__index__`? */
export function hasIndex(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.LONG_SUBCLASS) || rt.slotsOf(o).index !== undefined;
}

/**
 * The value of int `i` (exact int or subclass) if it fits a Py_ssize_t, else ±Infinity.
 * Reads the digits: exact below 2^53, the nearest double up to 2^63.
 */
export function intToSsize(rt: Runtime, i: number): number {
  const size = rt.i32[(i + Ob.SIZE) >> 2];
  const n = size < 0 ? -size : size;
  const d = (i + IntLayout.DIGITS) >> 2;
  const u32 = rt.u32;
  let v: number;
  if (n === 0) return 0;
  if (n === 1) v = u32[d];
  else if (n === 2) v = u32[d] + u32[d + 1] * DIGIT_BASE;
  else if (n === 3) {
    const top = u32[d + 2];
    // |v| < 2^63 needs top < 8; -2^63 itself (top 8, low digits 0) also fits.
    if (top > 8 || (top === 8 && (size > 0 || u32[d] !== 0 || u32[d + 1] !== 0))) return size < 0 ? -Infinity : Infinity;
    v = u32[d] + u32[d + 1] * DIGIT_BASE + top * DIGIT_BASE * DIGIT_BASE;
  } else return size < 0 ? -Infinity : Infinity;
  return size < 0 ? -v : v;
}

/**
 * PyNumber_AsSsize_t(o, exc): `o` through `__index__` to a JS number. When the value does not
 * fit a Py_ssize_t: with `exc` 0 it is clamped to ±SSIZE_MAX, otherwise `exc` is raised with
 * "cannot fit 'int' into an index-sized integer".
 */
export function asSsize(rt: Runtime, o: number, exc: number): number {
  const i = index(rt, o);
  const v = intToSsize(rt, i);
  rt.decref(i);
  if (v === Infinity || v === -Infinity) {
    if (exc === 0) return v < 0 ? SSIZE_MIN : SSIZE_MAX;
    throw rt.raise(exc, `cannot fit '${rt.typeName(o)}' into an index-sized integer`);
  }
  return v;
}

/**
 * A `Py_ssize_t` parameter of a native method (argument clinic's converter): TypeError for a
 * non-integer, OverflowError "Python int too large to convert to C ssize_t" when too big.
 */
export function ssizeArg(rt: Runtime, o: number): number {
  const i = index(rt, o);
  const v = intToSsize(rt, i);
  rt.decref(i);
  if (v === Infinity || v === -Infinity) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** _PyEval_SliceIndex for a bound that is not None: clamped. */
function sliceIndex(rt: Runtime, v: number): number {
  if (!hasIndex(rt, v)) {
    throw rt.raise(rt.E.TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return asSsize(rt, v, 0);
}

/** PySlice_Unpack: sliceOut = [start, stop, step] before clipping to a length. */
export function sliceUnpack(rt: Runtime, s: number): void {
  const None = rt.S.None;
  const stepObj = rt.load(s + Slice.STEP);
  let step = 1;
  if (stepObj !== None) {
    step = sliceIndex(rt, stepObj);
    if (step === 0) throw rt.raise(rt.E.ValueError, "slice step cannot be zero");
  }
  const startObj = rt.load(s + Slice.START);
  const start = startObj === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(rt, startObj);
  const stopObj = rt.load(s + Slice.STOP);
  const stop = stopObj === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndex(rt, stopObj);
  sliceOut[0] = start;
  sliceOut[1] = stop;
  sliceOut[2] = step;
}

/**
 * PySlice_AdjustIndices: clip sliceOut's start and stop to a sequence of `length` (in place)
 * and return how many items the slice selects.
 */
export function sliceAdjust(length: number): number {
  let start = sliceOut[0];
  let stop = sliceOut[1];
  const step = sliceOut[2];
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  sliceOut[0] = start;
  sliceOut[1] = stop;
  // (Steps of 1 and -1, the common ones, without a division.)
  if (step === 1) return start < stop ? stop - start : 0;
  if (step === -1) return stop < start ? start - stop : 0;
  if (step < 0) return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
}

/** Unpack and adjust in one: sliceOut = [start, stop, step] for `length`; returns the count. */
export function sliceIndices(rt: Runtime, s: number, length: number): number {
  sliceUnpack(rt, s);
  return sliceAdjust(length);
}

// ── the int-object version ──────────────────────────────────────────────────────────────

/** evaluate_slice_index: an int (new reference) from an `__index__` object. */
function sliceIndexObject(rt: Runtime, v: number): number {
  if (!hasIndex(rt, v)) {
    throw rt.raise(rt.E.TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return index(rt, v);
}

function intSign(rt: Runtime, i: number): number {
  return Math.sign(rt.i32[(i + Ob.SIZE) >> 2]);
}

/** Clip one bound (a new reference, consumed) into [lower, upper]; returns a new reference. */
function clipBound(rt: Runtime, v: number, length: number, lower: number, upper: number): number {
  if (intSign(rt, v) < 0) {
    let w: number;
    try {
      w = binaryOp(rt, v, length, BinaryOp.ADD);
    } finally {
      rt.decref(v);
    }
    let below: boolean;
    try {
      below = richCompareBool(rt, w, lower, CompareOp.LT);
    } catch (e) {
      rt.decref(w);
      throw e;
    }
    if (!below) return w;
    rt.decref(w);
    rt.incref(lower);
    return lower;
  }
  let above: boolean;
  try {
    above = richCompareBool(rt, v, upper, CompareOp.GT);
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  if (!above) return v;
  rt.decref(v);
  rt.incref(upper);
  return upper;
}

/**
 * _PySlice_GetLongIndices: start, stop and step of slice `s` for a sequence of `length` (an
 * int >= 0), as three new int references in out[0..2]. Exact for any size.
 */
export function sliceLongIndices(rt: Runtime, s: number, length: number, out: Int32Array): void {
  const None = rt.S.None;
  const stepObj = rt.load(s + Slice.STEP);
  let step: number;
  if (stepObj === None) {
    step = newInt(rt, 1);
  } else {
    step = sliceIndexObject(rt, stepObj);
    if (intSign(rt, step) === 0) {
      rt.decref(step);
      throw rt.raise(rt.E.ValueError, "slice step cannot be zero");
    }
  }
  const negative = intSign(rt, step) < 0;
  let lower = 0, upper = 0, start = 0, stop = 0;
  try {
    if (negative) {
      lower = newInt(rt, -1);
      upper = binaryOp(rt, length, lower, BinaryOp.ADD);
    } else {
      lower = newInt(rt, 0);
      rt.incref(length);
      upper = length;
    }
    const startObj = rt.load(s + Slice.START);
    if (startObj === None) {
      start = negative ? upper : lower;
      rt.incref(start);
    } else {
      start = clipBound(rt, sliceIndexObject(rt, startObj), length, lower, upper);
    }
    const stopObj = rt.load(s + Slice.STOP);
    if (stopObj === None) {
      stop = negative ? lower : upper;
      rt.incref(stop);
    } else {
      stop = clipBound(rt, sliceIndexObject(rt, stopObj), length, lower, upper);
    }
  } catch (e) {
    rt.decref(step);
    if (start !== 0) rt.decref(start);
    rt.xdecref(lower);
    rt.xdecref(upper);
    throw e;
  }
  rt.decref(lower);
  rt.decref(upper);
  out[0] = start;
  out[1] = stop;
  out[2] = step;
}

// ── the slice object ────────────────────────────────────────────────────────────────────

/**
 * slice(start, stop, step): a new reference; each argument is borrowed (increfed), 0 means
 * None. Reuses the cached slice when there is one.
 */
export function newSlice(rt: Runtime, start: number, stop: number, step: number): number {
  const None = rt.S.None;
  if (start === 0) start = None;
  if (stop === 0) stop = None;
  if (step === 0) step = None;
  const s = containers(rt);
  let o = s.slice;
  if (o !== 0) {
    s.slice = 0;
    rt.store(o + Ob.REFCNT, 1);
    rt.gcTrack(o);
  } else {
    o = rt.allocObject(rt.T.slice, Slice.SIZE);
  }
  rt.incref(start);
  rt.incref(stop);
  rt.incref(step);
  rt.store(o + Slice.START, start);
  rt.store(o + Slice.STOP, stop);
  rt.store(o + Slice.STEP, step);
  return o;
}

export function isSlice(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.slice;
}

function sliceDealloc(rt: Runtime, o: number): void {
  const step = rt.load(o + Slice.STEP);
  const start = rt.load(o + Slice.START);
  const stop = rt.load(o + Slice.STOP);
  rt.decref(step);
  rt.decref(start);
  rt.decref(stop);
  const s = containers(rt);
  if (s.slice === 0) s.slice = o;
  else rt.freeObject(o);
}

function sliceNew(rt: Runtime, _cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "slice", nargs, kwnames, 1, 3);
  if (nargs === 1) return newSlice(rt, 0, arg(rt, args, 0), 0);
  return newSlice(rt, arg(rt, args, 0), arg(rt, args, 1), nargs === 3 ? arg(rt, args, 2) : 0);
}

function sliceRepr(rt: Runtime, o: number): number {
  const start = reprText(rt, rt.load(o + Slice.START));
  const stop = reprText(rt, rt.load(o + Slice.STOP));
  const step = reprText(rt, rt.load(o + Slice.STEP));
  return rt.newStr(`slice(${start}, ${stop}, ${step})`);
}

/** (start, stop, step) as a new tuple. */
function sliceAsTuple(rt: Runtime, o: number): number {
  const t = newTuple(rt, 3);
  for (let i = 0; i < 3; i++) {
    const v = rt.load(o + Slice.START + 8 * i);
    rt.incref(v);
    tupleSetItem(rt, t, i, v);
  }
  return t;
}

function sliceRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isSlice(rt, a) || !isSlice(rt, b)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  if (a === b) {
    const r = op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE ? rt.S.True : rt.S.False;
    rt.incref(r);
    return r;
  }
  const ta = sliceAsTuple(rt, a);
  let tb = 0;
  try {
    tb = sliceAsTuple(rt, b);
    return richCompare(rt, ta, tb, op);
  } finally {
    rt.decref(ta);
    rt.xdecref(tb);
  }
}

const longOut = new Int32Array(3);

/** slice.indices(length) → (start, stop, step), exact for any length. */
function sliceIndicesMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "slice.indices", nargs, kwnames, 1, 1);
  const length = indexExact(rt, arg(rt, args, 0));
  if (intSign(rt, length) < 0) {
    rt.decref(length);
    throw rt.raise(rt.E.ValueError, "length should not be negative");
  }
  const out = longOut;
  try {
    sliceLongIndices(rt, self, length, out);
  } finally {
    rt.decref(length);
  }
  const t = newTuple(rt, 3);
  for (let i = 0; i < 3; i++) tupleSetItem(rt, t, i, out[i]);
  return t;
}

function member(name: string, offset: Slice) {
  return {
    name,
    get: (rt: Runtime, o: number) => {
      const v = rt.load(o + offset);
      rt.incref(v);
      return v;
    },
  };
}

export const sliceType: TypeDef = {
  name: "slice",
  basicsize: Slice.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  doc: "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
  dealloc: sliceDealloc,
  repr: sliceRepr,
  unhashable: true,
  richcompare: sliceRichcompare,
  new: sliceNew,
  traverse(rt, o, visit) {
    visit(rt.load(o + Slice.START));
    visit(rt.load(o + Slice.STOP));
    visit(rt.load(o + Slice.STEP));
  },
  methods: [{ name: "indices", fn: sliceIndicesMethod, doc: "S.indices(len) -> (start, stop, stride)" }],
  getset: [member("start", Slice.START), member("stop", Slice.STOP), member("step", Slice.STEP)],
};
