/**
 * `tuple`: an immutable array of references, stored inline.
 *
 *   PyTupleObject (24 + 8n bytes; getsizeof 40 + 8n with the GC head)
 *   ┌────────┬────────┬─────────┬─────────┬─────────┬─────
 *   │ refcnt │ type   │ ob_size │ item 0  │ item 1  │ ...
 *   └────────┴────────┴─────────┴─────────┴─────────┴─────
 *    0        8        16        24        32
 *
 * Invariants: `()` is one static object (`rt.S.emptyTuple`, never freed; every empty exact
 * tuple is it). A tuple being filled (`newTuple` then `tupleSetItem`) may hold 0 items
 * transiently; it must be full before any Python code can see it. Items are released last to
 * first. Dead exact tuples of length 1..20 go to per-length free lists (2000 each, linked
 * through item 0); allocation pops only lengths 1..19, CPython 3.11's off-by-one.
 *
 * `hash` is CPython 3.11's xxHash-based tuplehash, computed in 64-bit arithmetic on two
 * 32-bit halves and then folded to a safe JS integer the way int-digits.ts folds numeric
 * hashes (exact below 2^53, which tuple hashes rarely are). The iterator type is shared in
 * shape with list's (index, sequence).
 */
import type { Runtime } from "./runtime.js";
import { numberHashWords } from "./int.js";
import { slotHashWords } from "./heap-type-slots-object.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, STATIC_REFCNT, Tp, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { getIter, hash, iterNext, reprText, richCompare, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { newInt } from "./int.js";
import { containers, FreeListSize, reprEnter, reprLeave } from "./freelists.js";
import { asSsize, hasIndex, isSlice, sliceIndices, sliceOut } from "./slice.js";
import { lengthHint, listAsTuple } from "./list.js";
import { strHash } from "./str-object.js";
import { frozensetHash, frozensetHashWords } from "./set.js";
import { rangeHash, rangeHashWords } from "./range.js";
import { classGetItem } from "./generic-alias.js";

export const enum Tuple {
  /** Byte offset of item 0. */
  ITEMS = 24,
}

/** tupleiterobject. */
export const enum TupleIter {
  /** Next index (a reverse iterator counts down; -1 when done). */
  INDEX = 16,
  /** The sequence, or 0 once exhausted. */
  SEQ = 24,
  SIZE = 32,
}

// ── construction and access ─────────────────────────────────────────────────────────────

/** Make the static `()` and record it in rt.S.emptyTuple (bootstrap). */
export function initEmptyTuple(rt: Runtime): void {
  const t = rt.allocStatic(rt.T.tuple, Tuple.ITEMS, true, STATIC_REFCNT);
  rt.store(t + Ob.SIZE, 0);
  rt.S.emptyTuple = t;
}

/**
 * A new tuple of `n` items, all 0 (NULL): fill it with `tupleSetItem` before it escapes.
 * n = 0 gives `()` (a new reference to the singleton). New reference.
 */
export function newTuple(rt: Runtime, n: number): number {
  const t = newTupleUnfilled(rt, n);
  if (n !== 0) rt.zeroWords(t + Tuple.ITEMS, 2 * n);
  return t;
}

/**
 * newTuple whose item words are not zeroed (a free tuple's hold stale words): for a caller
 * that writes all 2·n item words before anything else can run (an allocation, a collection,
 * Python code). New reference.
 */
export function newTupleUnfilled(rt: Runtime, n: number): number {
  if (n === 0) {
    const e = rt.S.emptyTuple;
    rt.incref(e);
    return e;
  }
  let t = 0;
  if (n < FreeListSize.TUPLE_MAXSAVESIZE) {
    const s = containers(rt);
    t = s.tupleHead[n];
    if (t !== 0) {
      const i32 = rt.i32;
      s.tupleHead[n] = i32[(t + Tuple.ITEMS) >> 2];
      s.tupleCount[n]--;
      i32[(t + Ob.REFCNT) >> 2] = 1;
      i32[(t + Ob.REFCNT + 4) >> 2] = 0;
      rt.gcTrack(t);
    }
  }
  if (t === 0) {
    if (n > 0x0fffffff) throw rt.noMemory();
    t = rt.allocObject(rt.T.tuple, Tuple.ITEMS + 8 * n);
    rt.store(t + Ob.SIZE, n);
  }
  return t;
}

export function tupleSize(rt: Runtime, t: number): number {
  return rt.i32[(t + Ob.SIZE) >> 2];
}

/** Item i (borrowed; no bounds check). */
export function tupleItem(rt: Runtime, t: number, i: number): number {
  return rt.i32[(t + Tuple.ITEMS + 8 * i) >> 2];
}

/** Store item i of a tuple being filled; steals `v`. */
export function tupleSetItem(rt: Runtime, t: number, i: number, v: number): void {
  rt.store(t + Tuple.ITEMS + 8 * i, v);
}

/** A tuple of the given objects (each increfed). New reference. */
export function tupleFromAddrs(rt: Runtime, addrs: ArrayLike<number>): number {
  const n = addrs.length;
  const t = newTuple(rt, n);
  for (let i = 0; i < n; i++) {
    const v = addrs[i];
    rt.incref(v);
    rt.store(t + Tuple.ITEMS + 8 * i, v);
  }
  return t;
}

/** (a, b) from two borrowed references. New reference. */
export function tuplePack2(rt: Runtime, a: number, b: number): number {
  const t = newTuple(rt, 2);
  rt.incref(a);
  rt.incref(b);
  rt.store(t + Tuple.ITEMS, a);
  rt.store(t + Tuple.ITEMS + 8, b);
  return t;
}

/**
 * _PyTuple_Resize for a tuple only the caller references: shrinking releases the dropped
 * items, growing zeroes the new slots. The block is reallocated in place when the allocator
 * allows, so the address may change: returns the (new) tuple, consuming `t`.
 */
export function tupleResize(rt: Runtime, t: number, n: number): number {
  const old = tupleSize(rt, t);
  if (old === n) return t;
  if (n === 0 || old === 0) {
    rt.decref(t);
    return newTuple(rt, n);
  }
  for (let i = n; i < old; i++) {
    const v = rt.load(t + Tuple.ITEMS + 8 * i);
    rt.store(t + Tuple.ITEMS + 8 * i, 0);
    rt.xdecref(v);
  }
  const pre = rt.preHeaderSize(rt.T.tuple);
  // The block may move: unlink it from the tracked list first, as _PyTuple_Resize does.
  rt.gcUntrack(t);
  const block = rt.heap.realloc(t - pre, pre + Tuple.ITEMS + 8 * n);
  if (block === 0) {
    rt.gcTrack(t);
    rt.decref(t);
    throw rt.noMemory();
  }
  const u = block + pre;
  rt.gcTrack(u);
  rt.store(u + Ob.SIZE, n);
  if (n > old) rt.i32.fill(0, (u + Tuple.ITEMS + 8 * old) >> 2, (u + Tuple.ITEMS + 8 * n) >> 2);
  return u;
}

/**
 * PySequence_Tuple: `tuple(o)`. An exact tuple is returned itself, a list is copied, anything
 * else is iterated into a tuple grown by 10 + 25% and cut back. New reference.
 */
export function tupleFromIterable(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  if (type === rt.T.tuple) {
    rt.incref(o);
    return o;
  }
  if (type === rt.T.list) return listAsTuple(rt, o);
  const it = getIter(rt, o);
  let result = 0;
  try {
    let n = lengthHint(rt, o, 10);
    result = newTuple(rt, n);
    let j = 0;
    for (;; j++) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      if (j >= n) {
        n += 10;
        n += n >> 2;
        try {
          result = tupleResize(rt, result, n);
        } catch (e) {
          result = 0;
          rt.decref(item);
          throw e;
        }
      }
      rt.store(result + Tuple.ITEMS + 8 * j, item);
    }
    if (j < n) {
      const r = result;
      result = 0;
      result = tupleResize(rt, r, j);
    }
  } catch (e) {
    rt.xdecref(result);
    throw e;
  } finally {
    rt.decref(it);
  }
  return result;
}

function isTuple(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.TUPLE_SUBCLASS);
}

// ── dealloc ─────────────────────────────────────────────────────────────────────────────

/**
 * How deep tupleDealloc's own releases of dying tuple items nest (deallocExactTuple calls not
 * counted by rt.dealloc's trashcan); past NESTED_TUPLE_DEATHS the items go through rt.dealloc,
 * whose trashcan bounds the rest of the nesting. (A JS error thrown through it would leave it
 * high: every item would then take rt.dealloc, which is only slower.)
 */
let nestedTupleDeaths = 0;
const NESTED_TUPLE_DEATHS = 50;

/**
 * What `rt.dealloc` does for an exact tuple whose count just reached zero, without the call
 * through the slot table (the eval loop's common dead object, and tupleDealloc's dying tuple
 * items): it leaves the collector's list, then tupleDealloc. Not counted as a trashcan level
 * by rt.dealloc (see nestedTupleDeaths).
 */
export function deallocExactTuple(rt: Runtime, t: number): void {
  rt.gcUntrack(t);
  tupleDealloc(rt, t);
}

function tupleDealloc(rt: Runtime, t: number): void {
  const i32 = rt.i32;
  const n = i32[(t + Ob.SIZE) >> 2];
  if (t === rt.S.emptyTuple) return;
  for (let i = n - 1; i >= 0; i--) {
    const v = i32[(t + Tuple.ITEMS + 8 * i) >> 2];
    // rt.decref's common case written out: an item that survives only loses a count.
    if (v !== 0) {
      const count = i32[v >> 2];
      if (count > 1) {
        i32[v >> 2] = count - 1;
      } else if (i32[(v + Ob.TYPE) >> 2] === rt.T.tuple && nestedTupleDeaths < NESTED_TUPLE_DEATHS) {
        // A tree of tuples dies here, a level at a time without the slot-table call.
        i32[v >> 2] = 0;
        nestedTupleDeaths++;
        deallocExactTuple(rt, v);
        nestedTupleDeaths--;
      } else {
        rt.decref(v);
      }
    }
  }
  if (n >= 1 && n <= FreeListSize.TUPLE_MAXSAVESIZE && i32[(t + Ob.TYPE) >> 2] === rt.T.tuple) {
    const s = containers(rt);
    const count = s.tupleCount[n];
    if (count < FreeListSize.TUPLE_MAXFREELIST) {
      i32[(t + Tuple.ITEMS) >> 2] = s.tupleHead[n];
      i32[(t + Tuple.ITEMS + 4) >> 2] = 0;
      s.tupleHead[n] = t;
      s.tupleCount[n] = count + 1;
      return;
    }
  }
  rt.freeObject(t);
}

// ── 64-bit hash arithmetic ──────────────────────────────────────────────────────────────

const TWO32 = 2 ** 32;

/** High 32 bits of the 64-bit product of two uint32 values. */
export function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const w0 = a0 * b0;
  const t = a1 * b0 + (w0 >>> 16);
  const w1 = t & 0xffff;
  const w2 = t >>> 16;
  const u = a0 * b1 + w1;
  return (a1 * b1 + w2 + (u >>> 16)) >>> 0;
}

/** High word of a hash (a JS integer) as a signed 64-bit value's upper 32 bits. */
export function hashHi(h: number): number {
  return Math.floor(h / TWO32) | 0;
}

/**
 * A 64-bit hash (hi, lo as uint32 halves, two's complement) as glasspy's safe-integer hash:
 * the sign is kept and the magnitude m folded to (m mod 2^53) XOR (m >> 53), as
 * int-digits.ts's foldHash; -1 becomes -2.
 */
export function foldHash64(hi: number, lo: number): number {
  let mhi = hi >>> 0;
  let mlo = lo >>> 0;
  const negative = mhi >= 0x80000000;
  if (negative) {
    mlo = (~mlo + 1) >>> 0;
    mhi = (~mhi + (mlo === 0 ? 1 : 0)) >>> 0;
  }
  const f = (mhi & 0x1fffff) * TWO32 + ((mlo ^ (mhi >>> 21)) >>> 0);
  const r = negative ? -f : f;
  return r === -1 ? -2 : r;
}

/** xxHash's 64-bit primes, as (hi, lo) halves. */
const enum XX {
  PRIME1_HI = 0x9e3779b1,
  PRIME1_LO = 0x85ebca87,
  PRIME2_HI = 0xc2b2ae3d,
  PRIME2_LO = 0x27d4eb4f,
  PRIME5_HI = 0x27d4eb2f,
  PRIME5_LO = 0x165667c5,
  /** PRIME5 ^ 3527539, the length mangle that keeps hash(()) at its historical value. */
  LEN_MANGLE_LO = 0x1663b4b6,
  /** Returned instead of -1 (as uint64), CPython's constant. */
  MINUS_ONE_REPLACEMENT = 1546275796,
}

/** [lo, hi] of the last `hashWords` call, as signed 32-bit halves of a 64-bit hash. */
export const hashOut = new Int32Array(2);

/**
 * The hash a container keys `o` by, as 64 bits in `hashOut` (read it at once). It is CPython's
 * exact value for tuples, frozensets and ranges built from exactly hashed items (so sets and
 * dicts of tuples of small ints probe, and iterate, as in CPython), and otherwise the two
 * halves of glasspy's safe-integer hash. Only these types' own hash slots, numbers and a
 * class's `__hash__` (its int result, exactly) give exact words, so two objects that compare
 * equal always get the same words.
 */
export function hashWords(rt: Runtime, o: number): void {
  const slots = rt.slotsOf(o);
  const f = slots.hash;
  if (f === tupleHash64) {
    tupleHash64(rt, o);
    hashOut[0] = tupleHashWords[0];
    hashOut[1] = tupleHashWords[1];
    return;
  }
  if (f === frozensetHash) {
    frozensetHashWords(rt, o);
    return;
  }
  if (f === rangeHash) {
    rangeHashWords(rt, o);
    return;
  }
  if (rt.typeOf(o) !== rt.T.str && numberHashWords(rt, o, hashOut)) return;
  // A class's __hash__ result, exactly (so hash((1, 2)) returned from __hash__ keys like (1, 2)).
  if (slotHashWords(rt, o, hashOut)) return;
  const h = rt.typeOf(o) === rt.T.str ? strHash(rt, o) : hash(rt, o);
  hashOut[0] = h | 0;
  hashOut[1] = hashHi(h);
}

/** CPython's full 64-bit hash of `o` (hash() prints this). */
export function exactHash(rt: Runtime, o: number): bigint {
  hashWords(rt, o);
  return BigInt.asIntN(64, (BigInt(hashOut[1] >>> 0) << 32n) | BigInt(hashOut[0] >>> 0));
}

/** The exact 64-bit tuplehash of the last `tupleHash64` call: [lo, hi] as uint32. */
export const tupleHashWords = new Uint32Array(2);

/**
 * CPython 3.11's tuplehash over the item hashes, exactly, into `tupleHashWords`; returns the
 * folded JS hash. Raises TypeError for an unhashable item.
 */
export function tupleHash64(rt: Runtime, t: number): number {
  const n = tupleSize(rt, t);
  let accHi = XX.PRIME5_HI >>> 0;
  let accLo = XX.PRIME5_LO >>> 0;
  for (let i = 0; i < n; i++) {
    hashWords(rt, rt.i32[(t + Tuple.ITEMS + 8 * i) >> 2]);
    const laneLo = hashOut[0] >>> 0;
    const laneHi = hashOut[1] >>> 0;
    // acc += lane * PRIME2
    const pLo = Math.imul(laneLo, XX.PRIME2_LO) >>> 0;
    const pHi = (mulhi32(laneLo, XX.PRIME2_LO >>> 0) + Math.imul(laneHi, XX.PRIME2_LO) + Math.imul(laneLo, XX.PRIME2_HI)) >>> 0;
    const sumLo = accLo + pLo;
    accHi = (accHi + pHi + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
    accLo = sumLo >>> 0;
    // acc = rotl(acc, 31)
    const rHi = ((accHi << 31) | (accLo >>> 1)) >>> 0;
    const rLo = ((accLo << 31) | (accHi >>> 1)) >>> 0;
    // acc *= PRIME1
    accLo = Math.imul(rLo, XX.PRIME1_LO) >>> 0;
    accHi = (mulhi32(rLo, XX.PRIME1_LO >>> 0) + Math.imul(rHi, XX.PRIME1_LO) + Math.imul(rLo, XX.PRIME1_HI)) >>> 0;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  const addLo = ((XX.LEN_MANGLE_LO ^ n) >>> 0);
  const sumLo = accLo + addLo;
  accHi = (accHi + (XX.PRIME5_HI >>> 0) + (sumLo > 0xffffffff ? 1 : 0)) >>> 0;
  accLo = sumLo >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) {
    accHi = 0;
    accLo = XX.MINUS_ONE_REPLACEMENT;
  }
  tupleHashWords[0] = accLo;
  tupleHashWords[1] = accHi;
  return foldHash64(accHi, accLo);
}

// ── the sequence protocol ───────────────────────────────────────────────────────────────

function tupleRepr(rt: Runtime, t: number): number {
  const n = tupleSize(rt, t);
  if (n === 0) return rt.newStr("()");
  if (reprEnter(rt, t)) return rt.newStr("(...)");
  try {
    let text = "(";
    for (let i = 0; i < n; i++) {
      if (i > 0) text += ", ";
      text += reprText(rt, tupleItem(rt, t, i));
    }
    return rt.newStr(text + (n === 1 ? ",)" : ")"));
  } finally {
    reprLeave(rt, t);
  }
}

/** Py_RETURN_RICHCOMPARE on two JS numbers: a new reference to True or False. */
export function compareSizes(rt: Runtime, a: number, b: number, op: number): number {
  let r: boolean;
  switch (op) {
    case CompareOp.LT: r = a < b; break;
    case CompareOp.LE: r = a <= b; break;
    case CompareOp.EQ: r = a === b; break;
    case CompareOp.NE: r = a !== b; break;
    case CompareOp.GT: r = a > b; break;
    default: r = a >= b; break;
  }
  const o = r ? rt.S.True : rt.S.False;
  rt.incref(o);
  return o;
}

export function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

function tupleRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isTuple(rt, v) || !isTuple(rt, w)) return notImplemented(rt);
  const vlen = tupleSize(rt, v);
  const wlen = tupleSize(rt, w);
  let i = 0;
  for (; i < vlen && i < wlen; i++) {
    if (!richCompareBool(rt, tupleItem(rt, v, i), tupleItem(rt, w, i), CompareOp.EQ)) break;
  }
  if (i >= vlen || i >= wlen) return compareSizes(rt, vlen, wlen, op);
  if (op === CompareOp.EQ) return compareSizes(rt, 0, 1, CompareOp.EQ);
  if (op === CompareOp.NE) return compareSizes(rt, 0, 1, CompareOp.NE);
  return richCompare(rt, tupleItem(rt, v, i), tupleItem(rt, w, i), op);
}

function tupleContains(rt: Runtime, t: number, el: number): boolean {
  const n = tupleSize(rt, t);
  for (let i = 0; i < n; i++) {
    if (richCompareBool(rt, tupleItem(rt, t, i), el, CompareOp.EQ)) return true;
  }
  return false;
}

function tupleSubscript(rt: Runtime, t: number, key: number): number {
  const n = tupleSize(rt, t);
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "tuple index out of range");
    const v = tupleItem(rt, t, i);
    rt.incref(v);
    return v;
  }
  if (isSlice(rt, key)) {
    const count = sliceIndices(rt, key, n);
    const start = sliceOut[0];
    const step = sliceOut[2];
    if (count <= 0) return newTuple(rt, 0);
    if (start === 0 && step === 1 && count === n && rt.typeOf(t) === rt.T.tuple) {
      rt.incref(t);
      return t;
    }
    const r = newTuple(rt, count);
    for (let i = 0, cur = start; i < count; i++, cur += step) {
      const v = tupleItem(rt, t, cur);
      rt.incref(v);
      rt.store(r + Tuple.ITEMS + 8 * i, v);
    }
    return r;
  }
  throw rt.raise(rt.E.TypeError, `tuple indices must be integers or slices, not ${rt.typeName(key)}`);
}

function tupleConcat(rt: Runtime, a: number, b: number): number {
  if (!isTuple(rt, a)) return notImplemented(rt);
  const na = tupleSize(rt, a);
  if (na === 0 && rt.typeOf(b) === rt.T.tuple) {
    rt.incref(b);
    return b;
  }
  if (!isTuple(rt, b)) {
    throw rt.raise(rt.E.TypeError, `can only concatenate tuple (not "${rt.typeName(b)}") to tuple`);
  }
  const nb = tupleSize(rt, b);
  if (nb === 0 && rt.typeOf(a) === rt.T.tuple) {
    rt.incref(a);
    return a;
  }
  const r = newTuple(rt, na + nb);
  for (let i = 0; i < na; i++) {
    const v = tupleItem(rt, a, i);
    rt.incref(v);
    rt.store(r + Tuple.ITEMS + 8 * i, v);
  }
  for (let i = 0; i < nb; i++) {
    const v = tupleItem(rt, b, i);
    rt.incref(v);
    rt.store(r + Tuple.ITEMS + 8 * (na + i), v);
  }
  return r;
}

/**
 * The count `n` of `seq * n` / `n * seq` (clamped at 0). A sequence's concatenation and
 * repetition run only after both operands' number slots declined (abstract.ts, binaryOp), so
 * they raise CPython's own messages at once: "can't multiply sequence by non-int", OverflowError.
 */
export function repeatCount(rt: Runtime, n: number): number {
  if (!hasIndex(rt, n)) {
    throw rt.raise(rt.E.TypeError, `can't multiply sequence by non-int of type '${rt.typeName(n)}'`);
  }
  const count = asSsize(rt, n, rt.E.OverflowError);
  return count < 0 ? 0 : count;
}

function tupleRepeat(rt: Runtime, a: number, b: number): number {
  const left = isTuple(rt, a);
  const t = left ? a : b;
  const n = repeatCount(rt, left ? b : a);
  const size = tupleSize(rt, t);
  if ((size === 0 || n === 1) && rt.typeOf(t) === rt.T.tuple) {
    rt.incref(t);
    return t;
  }
  if (size === 0 || n === 0) return newTuple(rt, 0);
  if (size * n > 0x0fffffff) throw rt.noMemory();
  const r = newTuple(rt, size * n);
  for (let k = 0, j = 0; k < n; k++) {
    for (let i = 0; i < size; i++, j++) {
      const v = tupleItem(rt, t, i);
      rt.incref(v);
      rt.store(r + Tuple.ITEMS + 8 * j, v);
    }
  }
  return r;
}

const tupleNb: (BinarySlot | undefined)[] = [];
tupleNb[BinaryOp.ADD] = tupleConcat;
tupleNb[BinaryOp.MULTIPLY] = tupleRepeat;

/** `tuple(iterable=(), /)`, and subclasses: a copy into an instance of `cls`. */
function tupleNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "tuple", nargs, kwnames, 0, 1);
  const base = nargs === 0 ? newTuple(rt, 0) : tupleFromIterable(rt, arg(rt, args, 0));
  if (cls === rt.T.tuple) return base;
  const n = tupleSize(rt, base);
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  let o: number;
  try {
    o = rt.allocObject(cls, basicsize + 8 * n);
  } catch (e) {
    rt.decref(base);
    throw e;
  }
  rt.i32.fill(0, (o + Ob.SIZE) >> 2, (o + basicsize + 8 * n) >> 2);
  rt.store(o + Ob.SIZE, n);
  for (let i = 0; i < n; i++) {
    const v = tupleItem(rt, base, i);
    rt.incref(v);
    rt.store(o + Tuple.ITEMS + 8 * i, v);
  }
  rt.decref(base);
  return o;
}

/** Clamp a start/stop argument as _PyEval_SliceIndexNotNone does. */
export function sliceIndexNotNone(rt: Runtime, o: number): number {
  if (!hasIndex(rt, o)) {
    throw rt.raise(rt.E.TypeError, "slice indices must be integers or have an __index__ method");
  }
  return asSsize(rt, o, 0);
}

function tupleIndex(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "tuple.index", nargs, kwnames, 1, 3);
  const n = tupleSize(rt, self);
  let start = nargs > 1 ? sliceIndexNotNone(rt, arg(rt, args, 1)) : 0;
  let stop = nargs > 2 ? sliceIndexNotNone(rt, arg(rt, args, 2)) : n;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  const value = arg(rt, args, 0);
  for (let i = start; i < stop; i++) {
    if (richCompareBool(rt, tupleItem(rt, self, i), value, CompareOp.EQ)) return newInt(rt, i);
  }
  throw rt.raise(rt.E.ValueError, "tuple.index(x): x not in tuple");
}

function tupleCount(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "tuple.count", nargs, kwnames, 1, 1);
  const value = arg(rt, args, 0);
  const n = tupleSize(rt, self);
  let count = 0;
  for (let i = 0; i < n; i++) if (richCompareBool(rt, tupleItem(rt, self, i), value, CompareOp.EQ)) count++;
  return newInt(rt, count);
}

function tupleGetnewargs(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "tuple.__getnewargs__", nargs, kwnames, 0, 0);
  const n = tupleSize(rt, self);
  const copy = newTuple(rt, n);
  for (let i = 0; i < n; i++) {
    const v = tupleItem(rt, self, i);
    rt.incref(v);
    rt.store(copy + Tuple.ITEMS + 8 * i, v);
  }
  const r = newTuple(rt, 1);
  tupleSetItem(rt, r, 0, copy);
  return r;
}

export function tupleTraverse(rt: Runtime, t: number, visit: (child: number) => void): void {
  for (let i = tupleSize(rt, t) - 1; i >= 0; i--) {
    const v = tupleItem(rt, t, i);
    if (v !== 0) visit(v);
  }
}

export const tupleType: TypeDef = {
  name: "tuple",
  basicsize: Tuple.ITEMS,
  itemsize: 8,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.TUPLE_SUBCLASS | TpFlag.SEQUENCE | TpFlag.MATCH_SELF,
  doc: "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.",
  dealloc: tupleDealloc,
  repr: tupleRepr,
  hash: tupleHash64,
  richcompare: tupleRichcompare,
  iter: newTupleIterator,
  new: tupleNew,
  nb: tupleNb,
  length: tupleSize,
  subscript: tupleSubscript,
  contains: tupleContains,
  traverse: tupleTraverse,
  methods: [
    { name: "__getnewargs__", fn: tupleGetnewargs },
    { name: "index", fn: tupleIndex, doc: "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { name: "count", fn: tupleCount, doc: "Return number of occurrences of value." },
    { name: "__class_getitem__", fn: classGetItem("tuple"), classMethod: true, doc: "See PEP 585" },
  ],
};

// ── tuple_iterator ──────────────────────────────────────────────────────────────────────

/** iter(t): a tuple_iterator (new reference). */
export function newTupleIterator(rt: Runtime, t: number): number {
  const it = rt.allocObject(rt.T.tuple_iterator, TupleIter.SIZE);
  rt.store(it + TupleIter.INDEX, 0);
  rt.incref(t);
  rt.store(it + TupleIter.SEQ, t);
  return it;
}

function tupleIterDealloc(rt: Runtime, it: number): void {
  const seq = rt.load(it + TupleIter.SEQ);
  if (seq !== 0) rt.decref(seq);
  rt.freeObject(it);
}

function tupleIterTraverse(rt: Runtime, it: number, visit: (child: number) => void): void {
  const seq = rt.load(it + TupleIter.SEQ);
  if (seq !== 0) visit(seq);
}

export function selfIter(rt: Runtime, o: number): number {
  rt.incref(o);
  return o;
}

function tupleIterNext(rt: Runtime, it: number): number {
  const seq = rt.load(it + TupleIter.SEQ);
  if (seq === 0) return 0;
  const i = rt.load(it + TupleIter.INDEX);
  if (i < tupleSize(rt, seq)) {
    rt.store(it + TupleIter.INDEX, i + 1);
    const v = tupleItem(rt, seq, i);
    rt.incref(v);
    return v;
  }
  rt.store(it + TupleIter.SEQ, 0);
  rt.decref(seq);
  return 0;
}

function tupleIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + TupleIter.SEQ);
  return newInt(rt, seq === 0 ? 0 : tupleSize(rt, seq) - rt.load(it + TupleIter.INDEX));
}

export const tupleIteratorType: TypeDef = {
  name: "tuple_iterator",
  basicsize: TupleIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: tupleIterDealloc,
  traverse: tupleIterTraverse,
  iter: selfIter,
  iternext: tupleIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => tupleIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};
