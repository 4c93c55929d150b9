/**
 * `range`: an immutable arithmetic sequence, and its iterator.
 *
 *   rangeobject (48 bytes, not GC)                    range_iterator (48 bytes, not GC)
 *   ┌────────┬──────┬───────┬──────┬──────┬────────┐  ┌────────┬──────┬───────┬───────┬──────┬─────┐
 *   │ refcnt │ type │ start │ stop │ step │ length │  │ refcnt │ type │ index │ start │ step │ len │
 *   └────────┴──────┴───────┴──────┴──────┴────────┘  └────────┴──────┴───────┴───────┴──────┴─────┘
 *    0        8      16      24     32     40           0        8      16      24      32     40
 *
 * A range holds four exact int objects, so its bounds may be any size; the length is computed
 * once (compute_range_length). Everything that can be done with small numbers is: when start,
 * stop and step are within ±2^52 the arithmetic is done on JS numbers (exact there), otherwise
 * on int objects through the number protocol, as CPython's PyLong paths do.
 *
 * The iterator has CPython 3.11's two shapes in one type: the fast one keeps index, start,
 * step and len as int64 words (CPython's C longs; glasspy uses it when every value is exact
 * in a JS number), the long one keeps four int objects and has CPython's type name
 * longrange_iterator (its index word's high half is also LONG_MARK, so the shared functions
 * tell the shapes apart without a type check). Both are 48 bytes.
 * `in` and `index` are O(1) for ints; other objects are searched by iteration.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Ob, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { binaryOp, getIter, index, isTrue, iterNext, negative, reprText, richCompareBool } from "./abstract.js";
import { checkArgs, arg, kwCount } from "./args.js";
import { newInt } from "./int.js";
import { releaseRef } from "./release-ref.js";
import { allocPlainObject, freePlainObject } from "./plain-alloc.js";
import { hasIndex, intToSsize, isSlice, sliceLongIndices } from "./slice.js";
import { hashOut, newTuple, notImplemented, selfIter, tupleHash64, tupleHashWords, tupleSetItem } from "./tuple.js";

export const enum Range {
  START = 16,
  STOP = 24,
  STEP = 32,
  LENGTH = 40,
  SIZE = 48,
}

export const enum RangeIter {
  INDEX = 16,
  START = 24,
  STEP = 32,
  LEN = 40,
  SIZE = 48,
  /** High word of INDEX in the long (int-object) shape. */
  LONG_MARK = -1,
}

/** Bound for JS-number arithmetic: products and sums of values below it stay exact. */
const SMALL = 2 ** 52;
const TWO32 = 2 ** 32;

/** An int object's value if |v| <= 2^52, else NaN. */
function small(rt: Runtime, i: number): number {
  const v = intToSsize(rt, i);
  return v >= -SMALL && v <= SMALL ? v : NaN;
}

function add(rt: Runtime, a: number, b: number): number {
  return binaryOp(rt, a, b, BinaryOp.ADD);
}

function sub(rt: Runtime, a: number, b: number): number {
  return binaryOp(rt, a, b, BinaryOp.SUBTRACT);
}

function mul(rt: Runtime, a: number, b: number): number {
  return binaryOp(rt, a, b, BinaryOp.MULTIPLY);
}

function intSign(rt: Runtime, i: number): number {
  return Math.sign(rt.i32[(i + Ob.SIZE) >> 2]);
}

/** get_len_of_range on JS numbers (exact inputs within ±2^52). */
export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - 1 - start) / step) + 1 : 0;
  return stop < start ? Math.floor((start - 1 - stop) / -step) + 1 : 0;
}

/** compute_range_length on int objects: a new int reference. */
function computeLength(rt: Runtime, start: number, stop: number, step: number): number {
  const a = small(rt, start), b = small(rt, stop), c = small(rt, step);
  if (a === a && b === b && c === c) return newInt(rt, rangeLength(a, b, c));
  let lo: number, hi: number, st: number;
  if (intSign(rt, step) > 0) {
    lo = start;
    hi = stop;
    rt.incref(step);
    st = step;
  } else {
    lo = stop;
    hi = start;
    st = negative(rt, step);
  }
  const one = newInt(rt, 1);
  const temps = [one, st];
  try {
    if (richCompareBool(rt, lo, hi, CompareOp.GE)) return newInt(rt, 0);
    const t1 = sub(rt, hi, lo);
    temps.push(t1);
    const diff = sub(rt, t1, one);
    temps.push(diff);
    const t2 = binaryOp(rt, diff, st, BinaryOp.FLOOR_DIVIDE);
    temps.push(t2);
    return add(rt, t2, one);
  } finally {
    for (const t of temps) rt.decref(t);
  }
}

/** An exact int from an `__index__` object (PyNumber_Index: subclass results are copied). */
function exactIndex(rt: Runtime, o: number): number {
  const i = index(rt, o);
  if (rt.typeOf(i) === rt.T.int) return i;
  try {
    const v = small(rt, i);
    if (v === v) return newInt(rt, v);
    const zero = newInt(rt, 0);
    try {
      const add = rt.typeSlots(rt.T.int).nb?.[BinaryOp.ADD];
      if (add === undefined) return binaryOp(rt, i, zero, BinaryOp.ADD);
      return add(rt, i, zero);
    } finally {
      rt.decref(zero);
    }
  } finally {
    rt.decref(i);
  }
}

/** make_range_object: a range of `type` owning start, stop and step (consumed). */
function makeRange(rt: Runtime, type: number, start: number, stop: number, step: number): number {
  let length = 0;
  let r = 0;
  try {
    length = computeLength(rt, start, stop, step);
    r = rt.allocObject(type, Range.SIZE);
  } catch (e) {
    rt.decref(start);
    rt.decref(stop);
    rt.decref(step);
    if (length !== 0) rt.decref(length);
    throw e;
  }
  rt.store(r + Range.START, start);
  rt.store(r + Range.STOP, stop);
  rt.store(r + Range.STEP, step);
  rt.store(r + Range.LENGTH, length);
  return r;
}

/** range(start, stop, step) from JS numbers (step != 0). New reference. */
export function newRange(rt: Runtime, start: number, stop: number, step = 1): number {
  if (step === 0) throw rt.raise(rt.E.ValueError, "range() arg 3 must not be zero");
  const a = newInt(rt, start);
  const b = newInt(rt, stop);
  const c = newInt(rt, step);
  return makeRange(rt, rt.T.range, a, b, c);
}

function rangeNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (nargs === 1 && kwnames === 0) {
    const r = rangeOfSmallStop(rt, cls, rt.i32[args >> 2]);
    if (r !== 0) return r;
  }
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "range() takes no keyword arguments");
  checkArgs(rt, "range", nargs, 0, 1, 3);
  if (nargs === 1) {
    const stop = exactIndex(rt, arg(rt, args, 0));
    return makeRange(rt, cls, newInt(rt, 0), stop, newInt(rt, 1));
  }
  const start = exactIndex(rt, arg(rt, args, 0));
  let stop = 0;
  let step = 0;
  try {
    stop = exactIndex(rt, arg(rt, args, 1));
    if (nargs === 3) {
      step = exactIndex(rt, arg(rt, args, 2));
      if (intSign(rt, step) === 0) throw rt.raise(rt.E.ValueError, "range() arg 3 must not be zero");
    } else {
      step = newInt(rt, 1);
    }
  } catch (e) {
    rt.decref(start);
    if (stop !== 0) rt.decref(stop);
    if (step !== 0) rt.decref(step);
    throw e;
  }
  return makeRange(rt, cls, start, stop, step);
}

/**
 * range(stop) for an exact int stop of at most one digit (the common `for _ in range(n)`),
 * without the general path's index conversion and length arithmetic on int objects: the same
 * object (start 0, step 1, the length max(stop, 0), all exact ints). 0 for any other stop.
 */
export function rangeOfSmallStop(rt: Runtime, cls: number, stop: number): number {
  const i32 = rt.i32;
  if (i32[(stop + Ob.TYPE) >> 2] !== rt.T.int) return 0;
  const v = oneDigitValue(i32, stop);
  if (v !== v) return 0;
  const zero = rt.S.smallInts[-SmallInt.MIN];
  i32[zero >> 2]++;
  return smallRange(rt, cls, zero, stop, v > 0 ? v : 0);
}

/**
 * range(start, stop) for exact ints of at most one digit each (`range(i, n)`), as
 * rangeOfSmallStop: start and stop themselves, step 1, the length max(stop - start, 0). 0 for
 * any other bounds.
 */
export function rangeOfSmallBounds(rt: Runtime, cls: number, start: number, stop: number): number {
  const i32 = rt.i32;
  const intType = rt.T.int;
  if (i32[(start + Ob.TYPE) >> 2] !== intType || i32[(stop + Ob.TYPE) >> 2] !== intType) return 0;
  const a = oneDigitValue(i32, start);
  const b = oneDigitValue(i32, stop);
  if (a !== a || b !== b) return 0;
  i32[start >> 2]++;
  return smallRange(rt, cls, start, stop, b > a ? b - a : 0);
}

/**
 * A range of step 1 from `start` (a new reference, which the range takes, released if this
 * raises) to `stop` (borrowed) of `length` items: the length's int, then the object, in the
 * order range's constructor makes them. MemoryError from either.
 */
function smallRange(rt: Runtime, cls: number, start: number, stop: number, length: number): number {
  let lengthInt = 0;
  let r: number;
  try {
    lengthInt = newInt(rt, length);
    r = allocPlainObject(rt, cls, Range.SIZE);
  } catch (e) {
    rt.decref(start);
    if (lengthInt !== 0) rt.decref(lengthInt);
    throw e;
  }
  const i32 = rt.i32;
  const one = rt.S.smallInts[1 - SmallInt.MIN];
  i32[one >> 2]++;
  i32[stop >> 2]++;
  const w = r >> 2;
  i32[w + (Range.START >> 2)] = start;
  i32[w + (Range.START >> 2) + 1] = 0;
  i32[w + (Range.STOP >> 2)] = stop;
  i32[w + (Range.STOP >> 2) + 1] = 0;
  i32[w + (Range.STEP >> 2)] = one;
  i32[w + (Range.STEP >> 2) + 1] = 0;
  i32[w + (Range.LENGTH >> 2)] = lengthInt;
  i32[w + (Range.LENGTH >> 2) + 1] = 0;
  return r;
}

const enum IntLayout {
  DIGIT0 = 24,
}

const enum SmallInt {
  /** The small-int cache's first value (int.ts). */
  MIN = -5,
}

function field(rt: Runtime, r: number, f: Range): number {
  return rt.load(r + f);
}

/**
 * range's dealloc (its slot), exported for compiled code, which releases the range a
 * `for _ in range(n)` iterated straight through it: no Python code runs (its fields are ints).
 */
export function rangeDealloc(rt: Runtime, r: number): void {
  const i32 = rt.i32;
  const w = r >> 2;
  releaseRef(rt, i32[w + (Range.START >> 2)]);
  releaseRef(rt, i32[w + (Range.STOP >> 2)]);
  releaseRef(rt, i32[w + (Range.STEP >> 2)]);
  releaseRef(rt, i32[w + (Range.LENGTH >> 2)]);
  // range is a static type without GC head (and cannot be subclassed).
  freePlainObject(rt, r);
}

function rangeRepr(rt: Runtime, r: number): number {
  const start = reprText(rt, field(rt, r, Range.START));
  const stop = reprText(rt, field(rt, r, Range.STOP));
  if (intToSsize(rt, field(rt, r, Range.STEP)) === 1) return rt.newStr(`range(${start}, ${stop})`);
  return rt.newStr(`range(${start}, ${stop}, ${reprText(rt, field(rt, r, Range.STEP))})`);
}

/** len(r): OverflowError beyond Py_ssize_t. */
function rangeLen(rt: Runtime, r: number): number {
  const n = intToSsize(rt, field(rt, r, Range.LENGTH));
  if (n === Infinity) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

/** compute_item: start + i * step (new reference). */
function computeItem(rt: Runtime, r: number, i: number): number {
  const start = field(rt, r, Range.START);
  const step = field(rt, r, Range.STEP);
  const a = small(rt, start), b = small(rt, step), c = small(rt, i);
  if (a === a && b === b && c === c && Math.abs(b * c) <= SMALL) return newInt(rt, a + c * b);
  if (intToSsize(rt, step) === 1) return add(rt, start, i);
  const incr = mul(rt, i, step);
  try {
    return add(rt, start, incr);
  } finally {
    rt.decref(incr);
  }
}

/** r[i] for an int i (new reference); IndexError outside. */
function computeRangeItem(rt: Runtime, r: number, arg0: number): number {
  const length = field(rt, r, Range.LENGTH);
  const n = small(rt, length);
  const k = small(rt, arg0);
  if (n === n && k === k) {
    const i = k < 0 ? n + k : k;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "range object index out of range");
    const iobj = newInt(rt, i);
    try {
      return computeItem(rt, r, iobj);
    } finally {
      rt.decref(iobj);
    }
  }
  const i = intSign(rt, arg0) < 0 ? add(rt, length, arg0) : (rt.incref(arg0), arg0);
  try {
    if (intSign(rt, i) < 0 || richCompareBool(rt, i, length, CompareOp.GE)) {
      throw rt.raise(rt.E.IndexError, "range object index out of range");
    }
    return computeItem(rt, r, i);
  } finally {
    rt.decref(i);
  }
}

const sliceOut = new Int32Array(3);

/** compute_slice: r[slice] is another range. */
function computeSlice(rt: Runtime, r: number, s: number): number {
  sliceLongIndices(rt, s, field(rt, r, Range.LENGTH), sliceOut);
  const start = sliceOut[0], stop = sliceOut[1], step = sliceOut[2];
  let substep = 0, substart = 0, substop = 0;
  try {
    substep = mul(rt, field(rt, r, Range.STEP), step);
    substart = computeItem(rt, r, start);
    substop = computeItem(rt, r, stop);
  } catch (e) {
    for (const o of [substep, substart, substop]) if (o !== 0) rt.decref(o);
    throw e;
  } finally {
    rt.decref(start);
    rt.decref(stop);
    rt.decref(step);
  }
  return makeRange(rt, rt.typeOf(r), substart, substop, substep);
}

function rangeSubscript(rt: Runtime, r: number, key: number): number {
  if (hasIndex(rt, key)) {
    const i = index(rt, key);
    try {
      return computeRangeItem(rt, r, i);
    } finally {
      rt.decref(i);
    }
  }
  if (isSlice(rt, key)) return computeSlice(rt, r, key);
  throw rt.raise(rt.E.TypeError, `range indices must be integers or slices, not ${rt.typeName(key)}`);
}

function isIntOrBool(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.int || t === rt.T.bool;
}

/** range_contains_long: is int `ob` one of r's values? O(1). */
function containsLong(rt: Runtime, r: number, ob: number): boolean {
  const start = field(rt, r, Range.START);
  const stop = field(rt, r, Range.STOP);
  const step = field(rt, r, Range.STEP);
  const a = small(rt, start), b = small(rt, stop), c = small(rt, step), v = small(rt, ob);
  if (a === a && b === b && c === c && v === v) {
    if (c > 0 ? !(a <= v && v < b) : !(v <= a && b < v)) return false;
    return (v - a) % c === 0;
  }
  const positive = intSign(rt, step) > 0;
  const inside = positive
    ? richCompareBool(rt, start, ob, CompareOp.LE) && richCompareBool(rt, ob, stop, CompareOp.LT)
    : richCompareBool(rt, ob, start, CompareOp.LE) && richCompareBool(rt, stop, ob, CompareOp.LT);
  if (!inside) return false;
  const t1 = sub(rt, ob, start);
  let t2 = 0;
  try {
    t2 = binaryOp(rt, t1, step, BinaryOp.REMAINDER);
    return intSign(rt, t2) === 0;
  } finally {
    rt.decref(t1);
    if (t2 !== 0) rt.decref(t2);
  }
}

function rangeContains(rt: Runtime, r: number, ob: number): boolean {
  if (isIntOrBool(rt, ob)) return containsLong(rt, r, ob);
  return iterSearch(rt, r, ob, false) >= 0;
}

/** _PySequence_IterSearch: the index of the first item == ob (count: how many), or -1. */
function iterSearch(rt: Runtime, r: number, ob: number, count: boolean): number {
  const it = getIter(rt, r);
  let n = 0;
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(rt, it);
      if (item === 0) return count ? n : -1;
      let equal: boolean;
      try {
        equal = richCompareBool(rt, item, ob, CompareOp.EQ);
      } finally {
        rt.decref(item);
      }
      if (equal) {
        if (!count) return i;
        n++;
      }
    }
  } finally {
    rt.decref(it);
  }
}

function rangeCount(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "range.count", nargs, kwnames, 1, 1);
  const ob = arg(rt, args, 0);
  if (isIntOrBool(rt, ob)) return newInt(rt, containsLong(rt, self, ob) ? 1 : 0);
  return newInt(rt, iterSearch(rt, self, ob, true));
}

function rangeIndex(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "range.index", nargs, kwnames, 1, 1);
  const ob = arg(rt, args, 0);
  if (!isIntOrBool(rt, ob)) {
    const i = iterSearch(rt, self, ob, false);
    if (i < 0) throw rt.raise(rt.E.ValueError, "sequence.index(x): x not in sequence");
    return newInt(rt, i);
  }
  if (!containsLong(rt, self, ob)) throw rt.raise(rt.E.ValueError, `${reprText(rt, ob)} is not in range`);
  const start = field(rt, self, Range.START);
  const step = field(rt, self, Range.STEP);
  const idx = sub(rt, ob, start);
  if (intToSsize(rt, step) === 1) return idx;
  try {
    return binaryOp(rt, idx, step, BinaryOp.FLOOR_DIVIDE);
  } finally {
    rt.decref(idx);
  }
}

/** range_equals: same length, then (unless empty) same start, then (unless length 1) same step. */
function rangeEquals(rt: Runtime, a: number, b: number): boolean {
  if (a === b) return true;
  const la = field(rt, a, Range.LENGTH);
  if (!richCompareBool(rt, la, field(rt, b, Range.LENGTH), CompareOp.EQ)) return false;
  if (intSign(rt, la) === 0) return true;
  if (!richCompareBool(rt, field(rt, a, Range.START), field(rt, b, Range.START), CompareOp.EQ)) return false;
  if (intToSsize(rt, la) === 1) return true;
  return richCompareBool(rt, field(rt, a, Range.STEP), field(rt, b, Range.STEP), CompareOp.EQ);
}

function rangeRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  const t = rt.typeOf(b);
  if (t !== rt.T.range && !rt.isSubtype(t, rt.T.range)) return notImplemented(rt);
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return notImplemented(rt);
  const equal = rangeEquals(rt, a, b);
  const r = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** range_hash: hash((len, start, step)) with None for what does not matter. */
export function rangeHash(rt: Runtime, r: number): number {
  const t = newTuple(rt, 3);
  try {
    const length = field(rt, r, Range.LENGTH);
    rt.incref(length);
    tupleSetItem(rt, t, 0, length);
    const None = rt.S.None;
    if (intSign(rt, length) === 0) {
      rt.incref(None);
      rt.incref(None);
      tupleSetItem(rt, t, 1, None);
      tupleSetItem(rt, t, 2, None);
    } else {
      const start = field(rt, r, Range.START);
      rt.incref(start);
      tupleSetItem(rt, t, 1, start);
      const step = intToSsize(rt, length) === 1 ? None : field(rt, r, Range.STEP);
      rt.incref(step);
      tupleSetItem(rt, t, 2, step);
    }
    return tupleHash64(rt, t);
  } finally {
    rt.decref(t);
  }
}

/** The exact 64-bit range hash into hashOut (see tuple.ts's hashWords). */
export function rangeHashWords(rt: Runtime, r: number): void {
  rangeHash(rt, r);
  hashOut[0] = tupleHashWords[0];
  hashOut[1] = tupleHashWords[1];
}

function member(name: string, offset: Range) {
  return {
    name,
    get: (rt: Runtime, o: number) => {
      const v = rt.load(o + offset);
      rt.incref(v);
      return v;
    },
  };
}

function rangeReversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "range.__reversed__", nargs, kwnames, 0, 0);
  return rangeReverse(rt, self);
}

export const rangeType: TypeDef = {
  name: "range",
  basicsize: Range.SIZE,
  itemsize: 0,
  flags: TpFlag.SEQUENCE,
  doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).",
  dealloc: rangeDealloc,
  repr: rangeRepr,
  hash: rangeHash,
  richcompare: rangeRichcompare,
  iter: rangeIter,
  new: rangeNew,
  bool: (rt, r) => isTrue(rt, field(rt, r, Range.LENGTH)),
  length: rangeLen,
  subscript: rangeSubscript,
  contains: rangeContains,
  methods: [
    { name: "__reversed__", fn: rangeReversedMethod, doc: "Return a reverse iterator." },
    { name: "count", fn: rangeCount, doc: "rangeobject.count(value) -> integer -- return number of occurrences of value" },
    { name: "index", fn: rangeIndex, doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present." },
  ],
  getset: [member("start", Range.START), member("stop", Range.STOP), member("step", Range.STEP)],
};

// ── range_iterator ──────────────────────────────────────────────────────────────────────

function storeI64(rt: Runtime, p: number, v: number): void {
  const hi = Math.floor(v / TWO32);
  rt.u32[p >> 2] = v - hi * TWO32;
  rt.i32[(p + 4) >> 2] = hi;
}

function loadI64(rt: Runtime, p: number): number {
  return rt.i32[(p + 4) >> 2] * TWO32 + rt.u32[p >> 2];
}

function isLongIter(rt: Runtime, it: number): boolean {
  return rt.i32[(it + RangeIter.INDEX + 4) >> 2] === RangeIter.LONG_MARK;
}

/** fast_range_iter: the int64 shape. */
function fastRangeIter(rt: Runtime, start: number, step: number, len: number): number {
  const it = allocPlainObject(rt, rt.T.range_iterator, RangeIter.SIZE);
  storeI64(rt, it + RangeIter.INDEX, 0);
  storeI64(rt, it + RangeIter.START, start);
  storeI64(rt, it + RangeIter.STEP, step);
  storeI64(rt, it + RangeIter.LEN, len);
  return it;
}

/** The int-object shape; consumes start, step and len. */
function longRangeIter(rt: Runtime, start: number, step: number, len: number): number {
  let it: number;
  try {
    it = rt.allocObject(rt.T.longrange_iterator, RangeIter.SIZE);
  } catch (e) {
    rt.decref(start);
    rt.decref(step);
    rt.decref(len);
    throw e;
  }
  rt.store(it + RangeIter.INDEX, newInt(rt, 0));
  rt.i32[(it + RangeIter.INDEX + 4) >> 2] = RangeIter.LONG_MARK;
  rt.store(it + RangeIter.START, start);
  rt.store(it + RangeIter.STEP, step);
  rt.store(it + RangeIter.LEN, len);
  return it;
}

/** iter(r) (new reference). */
export function rangeIter(rt: Runtime, r: number): number {
  const i32 = rt.i32;
  const w = r >> 2;
  const a = oneDigitValue(i32, i32[w + (Range.START >> 2)]);
  const b = oneDigitValue(i32, i32[w + (Range.STOP >> 2)]);
  const c = oneDigitValue(i32, i32[w + (Range.STEP >> 2)]);
  if (a === a && b === b && c === c) return oneDigitRangeIter(rt, a, c, c === 1 ? (b > a ? b - a : 0) : rangeLength(a, b, c));
  return rangeIterOfInts(rt, r);
}

/**
 * fastRangeIter for one-digit bounds (below 2**30 in magnitude): start and step are int32
 * values and the length below 2**31, so each field is written as its two words without
 * floating-point steps.
 */
function oneDigitRangeIter(rt: Runtime, start: number, step: number, len: number): number {
  const it = allocPlainObject(rt, rt.T.range_iterator, RangeIter.SIZE);
  const i32 = rt.i32;
  const w = it >> 2;
  i32[w + (RangeIter.INDEX >> 2)] = 0;
  i32[w + (RangeIter.INDEX >> 2) + 1] = 0;
  i32[w + (RangeIter.START >> 2)] = start;
  i32[w + (RangeIter.START >> 2) + 1] = start >> 31;
  i32[w + (RangeIter.STEP >> 2)] = step;
  i32[w + (RangeIter.STEP >> 2) + 1] = step >> 31;
  i32[w + (RangeIter.LEN >> 2)] = len;
  i32[w + (RangeIter.LEN >> 2) + 1] = 0;
  return it;
}

/** The value of an exact int of at most one digit, else NaN (a range's bounds are exact ints). */
function oneDigitValue(i32: Int32Array, o: number): number {
  const size = i32[(o + Ob.SIZE) >> 2];
  return size >= -1 && size <= 1 ? size * i32[(o + IntLayout.DIGIT0) >> 2] : NaN;
}

/** rangeIter for bounds of any size. */
function rangeIterOfInts(rt: Runtime, r: number): number {
  const start = field(rt, r, Range.START);
  const step = field(rt, r, Range.STEP);
  const a = small(rt, start), b = small(rt, field(rt, r, Range.STOP)), c = small(rt, step);
  if (a === a && b === b && c === c) return fastRangeIter(rt, a, c, rangeLength(a, b, c));
  rt.incref(start);
  rt.incref(step);
  const len = field(rt, r, Range.LENGTH);
  rt.incref(len);
  return longRangeIter(rt, start, step, len);
}

/** reversed(r): start + (len-1)*step down by -step (new reference). */
export function rangeReverse(rt: Runtime, r: number): number {
  const start = field(rt, r, Range.START);
  const step = field(rt, r, Range.STEP);
  const length = field(rt, r, Range.LENGTH);
  const a = small(rt, start), b = small(rt, field(rt, r, Range.STOP)), c = small(rt, step);
  if (a === a && b === b && c === c) {
    const len = rangeLength(a, b, c);
    return fastRangeIter(rt, a + (len - 1) * c, -c, len);
  }
  const one = newInt(rt, 1);
  let newStart = 0, newStep = 0;
  try {
    const diff = sub(rt, length, one);
    try {
      const product = mul(rt, diff, step);
      try {
        newStart = add(rt, start, product);
      } finally {
        rt.decref(product);
      }
    } finally {
      rt.decref(diff);
    }
    newStep = negative(rt, step);
  } catch (e) {
    if (newStart !== 0) rt.decref(newStart);
    throw e;
  } finally {
    rt.decref(one);
  }
  rt.incref(length);
  return longRangeIter(rt, newStart, newStep, length);
}

function rangeIterNext(rt: Runtime, it: number): number {
  if (!isLongIter(rt, it)) {
    const i = loadI64(rt, it + RangeIter.INDEX);
    if (i >= loadI64(rt, it + RangeIter.LEN)) return 0;
    storeI64(rt, it + RangeIter.INDEX, i + 1);
    return newInt(rt, loadI64(rt, it + RangeIter.START) + i * loadI64(rt, it + RangeIter.STEP));
  }
  const idx = rt.load(it + RangeIter.INDEX);
  if (!richCompareBool(rt, idx, rt.load(it + RangeIter.LEN), CompareOp.LT)) return 0;
  const one = newInt(rt, 1);
  let newIndex: number;
  try {
    newIndex = add(rt, idx, one);
  } finally {
    rt.decref(one);
  }
  let result: number;
  try {
    const product = mul(rt, idx, rt.load(it + RangeIter.STEP));
    try {
      result = add(rt, rt.load(it + RangeIter.START), product);
    } finally {
      rt.decref(product);
    }
  } catch (e) {
    rt.decref(newIndex);
    throw e;
  }
  rt.store(it + RangeIter.INDEX, newIndex);
  rt.i32[(it + RangeIter.INDEX + 4) >> 2] = RangeIter.LONG_MARK;
  rt.decref(idx);
  return result;
}

function rangeIterLengthHint(rt: Runtime, it: number): number {
  if (!isLongIter(rt, it)) return newInt(rt, loadI64(rt, it + RangeIter.LEN) - loadI64(rt, it + RangeIter.INDEX));
  return sub(rt, rt.load(it + RangeIter.LEN), rt.load(it + RangeIter.INDEX));
}

function rangeIterDealloc(rt: Runtime, it: number): void {
  if (isLongIter(rt, it)) {
    rt.decref(rt.load(it + RangeIter.INDEX));
    rt.decref(rt.load(it + RangeIter.START));
    rt.decref(rt.load(it + RangeIter.STEP));
    rt.decref(rt.load(it + RangeIter.LEN));
  }
  freePlainObject(rt, it);
}

const rangeIterMethods = [
  { name: "__length_hint__", fn: (rt: Runtime, self: number) => rangeIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." },
];

export const rangeIteratorType: TypeDef = {
  name: "range_iterator",
  basicsize: RangeIter.SIZE,
  itemsize: 0,
  flags: 0,
  dealloc: rangeIterDealloc,
  iter: selfIter,
  iternext: rangeIterNext,
  methods: rangeIterMethods,
};

/** The int-object shape's type: same functions, CPython's other name. */
export const longRangeIteratorType: TypeDef = { ...rangeIteratorType, name: "longrange_iterator" };
