/**
 * The eval loop's fast paths: operations on exact builtin types done inline, without slot
 * dispatch. The operations return a new reference, or 0 when they do not apply (the loop then
 * takes the general path, which also produces every error); they raise only MemoryError.
 *
 * Small ints are those of at most one 30-bit digit (|ob_size| <= 1): their value is
 * `ob_size * digit[0]`, and sums, differences and floor quotients of two of them are exact
 * in a double; products are checked against 2**53.
 *
 * Allocation and deallocation of exact ints and floats are done here too, without the
 * layers between (`allocObject`, slot dispatch, `freeObject`), but with the very requests
 * int.ts and float.ts make: a one-digit int is a 32-byte block, a float comes from (and goes
 * back to) the float free list first. Neither type has a pre-header or is a heap type, so the
 * block is the object. What a program can observe (`sys.getsizeof`, `_debugmallocstats`,
 * block counts) is unchanged.
 */
import type { Runtime } from "../objects/runtime.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { newInt, newIntInBlock } from "../objects/int.js";
import { lshiftBlockDigits, productBlockDigits, sumBlockDigits } from "../objects/int-blocks.js";
import {
  intDifferenceDigits, intProduct, intProductOfSafe, intQuotientDigits, intRemainderDigits, intSumDigits,
} from "../objects/int-ops.js";
import { floorDivNumber, modNumber } from "../objects/int-digits.js";
import { floatFloorDivValue, floatRem } from "../objects/float.js";
import { containers, type ContainerState } from "../objects/freelists.js";
import { RangeIter } from "../objects/range.js";
import { deallocExactTuple } from "../objects/tuple.js";
import { ListIter } from "../objects/list.js";
import { iterNext } from "../objects/abstract.js";
import { dictIterNextItem, dictIterNextKey, dictIterNextValue } from "../objects/dict-views.js";
import { NOT_STR_TABLE, dictStrKeyValue } from "../objects/dict-lookup.js";
import { RuntimeLocal } from "../objects/runtime-local.js";
import { powIO, powPositiveIO } from "../objects/float-pow.js";
import { fewDigitIntBinaryOp } from "./int-few-digits.js";
import { readChar, strData, strKind, strLength } from "../objects/str-layout.js";
import { takeListedBlock } from "../heap/obmalloc.js";

const enum Layout {
  REFCNT = 0,
  TYPE = 8,
  SIZE = 16,
  INT_DIGIT0 = 24,
  FLOAT_VALUE = 16,
  LIST_ITEMS = 24,
  TUPLE_ITEMS = 24,
}

/**
 * The type objects and singletons the fast paths test, read once per interpreter into an
 * object of fixed shape: every fast path reads them, and each read stays a plain field load.
 */
export class FastTypes {
  readonly int: number;
  readonly float: number;
  readonly list: number;
  readonly tuple: number;
  readonly dict: number;
  readonly str: number;
  readonly function: number;
  readonly method: number;
  readonly rangeIterator: number;
  readonly listIterator: number;
  readonly dictKeyIterator: number;
  readonly dictValueIterator: number;
  readonly dictItemIterator: number;
  readonly None: number;
  readonly True: number;
  readonly False: number;
  readonly smallInts: Int32Array;
  /** The one-character strs of the Latin-1 characters (CPython's cached ones). */
  readonly latin1: Int32Array;
  /** freelists.ts's state, for the float free list. */
  readonly free: ContainerState;
  /**
   * The heap's used pools (Heap.compiledCodePools), for an int's block taken from its size
   * class's first pool here (newUncachedInt); null when every allocation goes through the
   * heap (its debug checks, or objects counted one by one: Runtime.liveObjects).
   */
  readonly usedpools: Int32Array | null;
  /** The int block's size class (INT_BLOCK bytes), an index into usedpools. */
  readonly intSizeClass: number;

  constructor(rt: Runtime) {
    const T = rt.T;
    this.int = T.int;
    this.float = T.float;
    this.list = T.list;
    this.tuple = T.tuple;
    this.dict = T.dict;
    this.str = T.str;
    this.function = T.function;
    this.method = T.method;
    this.rangeIterator = T.range_iterator;
    this.listIterator = T.list_iterator;
    this.dictKeyIterator = T.dict_keyiterator;
    this.dictValueIterator = T.dict_valueiterator;
    this.dictItemIterator = T.dict_itemiterator;
    this.None = rt.S.None;
    this.True = rt.S.True;
    this.False = rt.S.False;
    this.smallInts = rt.S.smallInts;
    this.latin1 = rt.S.latin1;
    this.free = containers(rt);
    const pools = rt.heap.compiledCodePools();
    this.usedpools = pools !== null && rt.liveObjects === null ? pools.usedpools : null;
    this.intSizeClass = pools !== null ? (Num.INT_BLOCK - 1) >> pools.alignmentShift : 0;
  }
}

const fastTypesOf = new RuntimeLocal((rt) => new FastTypes(rt));

/** The FastTypes of `rt`. */
export function fastTypes(rt: Runtime): FastTypes {
  return fastTypesOf.get(rt);
}

const enum Num {
  /** int.ts's small-int cache: -5..256 at smallInts[v - SMALL_MIN] (CPython's _PY_NSMALLNEGINTS). */
  SMALL_MIN = -5,
  SMALL_MAX = 256,
  /** 2**30: one int digit. */
  DIGIT_BASE = 1 << 30,
  TWO32 = 4294967296,
  /** 2**53 - 1: integers up to it are exact in a double. */
  MAX_SAFE = 9007199254740991,
  /** A second digit below 2**23 keeps a two-digit int below 2**53. */
  DIGIT1_EXACT = 1 << 23,
  /** The allocation of an int of one or two digits (sizeof(PyLongObject), 24 + 4·2). */
  INT_BLOCK = 32,
  /** PyFloat_MAXFREELIST. */
  FLOAT_FREE_MAX = 100,
  /** sizeof(PyFloatObject). */
  FLOAT_BLOCK = 24,
}

/**
 * newInt(rt, v) for an integer-valued v: the cached values, and one or two digits (below
 * 2**53), inline. Both sizes are a 32-byte request, as int.ts makes them.
 */
export function newIntFast(rt: Runtime, v: number): number {
  const ty = fastTypes(rt);
  if (v >= Num.SMALL_MIN && v <= Num.SMALL_MAX) {
    const o = ty.smallInts[v - Num.SMALL_MIN];
    rt.i32[o >> 2]++;
    return o;
  }
  return newUncachedInt(rt, ty, v);
}

/**
 * newIntFast for an integer-valued v outside the small-int cache (-5..256), for a caller that
 * has tested that range and holds `rt`'s FastTypes (the eval loop: without the cache's test
 * and fastTypes' lookup, the function is small enough for V8 to inline there).
 */
export function newUncachedInt(rt: Runtime, ty: FastTypes, v: number): number {
  const a = v < 0 ? -v : v;
  if (a > Num.MAX_SAFE) return newInt(rt, v);
  const i32 = rt.i32;
  // allocObject's work for a type without pre-header that is not a heap type. The block comes
  // from its size class's first pool when that pool's free list has a second block, as
  // pymalloc_alloc takes it (not while tracemalloc traces); else from the heap's malloc.
  const usedpools = ty.usedpools;
  let o = usedpools !== null && rt.heap.tracer === null ? takeListedBlock(i32, usedpools, ty.intSizeClass) : 0;
  if (o === 0) {
    o = rt.heap.malloc(Num.INT_BLOCK);
    if (o === 0) throw rt.noMemory();
    if (rt.liveObjects !== null) rt.liveObjects.add(o);
  }
  const w = o >> 2;
  i32[w] = 1;
  i32[w + 1] = 0;
  i32[w + 2] = ty.int;
  i32[w + 3] = 0;
  i32[w + 5] = v < 0 ? -1 : 0;
  if (a < Num.DIGIT_BASE) {
    i32[w + 4] = v < 0 ? -1 : 1;
    i32[w + 6] = a;
  } else {
    const high = Math.floor(a / Num.DIGIT_BASE);
    i32[w + 4] = v < 0 ? -2 : 2;
    i32[w + 6] = a - high * Num.DIGIT_BASE;
    i32[w + 7] = high;
  }
  return o;
}

/**
 * x <op> y for one-digit ints (|x|, |y| < 2**30) and `//`, `%`, `>>`, `<<` (in-place forms
 * folded into the plain ones): the integer result, or NaN when the general path must do it
 * (a zero divisor, a negative shift count, a result beyond 2**53, another operator). For an
 * eval loop that allocates the result itself.
 */
export function oneDigitIntOpValue(x: number, y: number, kind: number): number {
  switch (kind) {
    case BinaryOp.FLOOR_DIVIDE:
      // |x / y| < 2**30: the rounded quotient cannot reach the next integer.
      return y === 0 ? NaN : Math.floor(x / y);
    case BinaryOp.REMAINDER: {
      if (y === 0) return NaN;
      // The int32 remainder takes x's sign; Python's takes y's.
      const r = x % y;
      return r !== 0 && (r ^ y) < 0 ? r + y : r;
    }
    case BinaryOp.RSHIFT:
      // 31 and more leave the sign.
      return y < 0 ? NaN : x >> (y < 31 ? y : 31);
    case BinaryOp.LSHIFT: {
      if (y < 0 || y > 53) return NaN;
      const v = x * powersOfTwo[y];
      return v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE ? v : NaN;
    }
    default:
      return NaN;
  }
}

/**
 * a <op> b for exact ints of at most two digits and + - * // % & | ^ >> << (in-place forms
 * folded into the plain ones): the integer result when both values and it are below 2**53,
 * else NaN (the general path's, as are a zero divisor, a negative shift count, `/` and `**`).
 * For an eval loop that allocates the result itself.
 */
export function mediumIntOpValue(i32: Int32Array, a: number, b: number, kind: number): number {
  const x = mediumIntValue(i32, a);
  const y = mediumIntValue(i32, b);
  let v: number;
  switch (kind) {
    case BinaryOp.ADD: v = x + y; break;
    case BinaryOp.SUBTRACT: v = x - y; break;
    case BinaryOp.MULTIPLY: v = x * y; break;
    case BinaryOp.REMAINDER: return y === 0 ? NaN : modNumber(x, y);
    case BinaryOp.FLOOR_DIVIDE: return y === 0 ? NaN : floorDivNumber(x, y);
    case BinaryOp.AND:
    case BinaryOp.OR:
    case BinaryOp.XOR:
      return x === x && y === y ? safeBitwise(x, y, kind) : NaN;
    case BinaryOp.RSHIFT:
      // Division by a power of two is exact; past 2**53 only the sign is left.
      if (!(y >= 0) || x !== x) return NaN;
      return y > 53 ? (x < 0 ? -1 : 0) : Math.floor(x / powersOfTwo[y]);
    case BinaryOp.LSHIFT:
      if (!(y >= 0 && y <= 53)) return NaN;
      v = x * powersOfTwo[y];
      break;
    default: return NaN;
  }
  return v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE ? v : NaN;
}

/**
 * The digits CPython 3.11 asks for the result of a <kind> b (kind the plain operator) for two
 * exact ints (int-blocks.ts): for + - * and <<; 0 (exact) for the others. For `<<` b is a
 * one-digit count or zero (the eval loop's two-digit path gives up on larger ones).
 */
export function intResultBlockDigits(i32: Int32Array, a: number, b: number, kind: number): number {
  const sa = i32[(a + Layout.SIZE) >> 2];
  const sb = i32[(b + Layout.SIZE) >> 2];
  switch (kind) {
    case BinaryOp.ADD: return sumBlockDigits(sa, sb, false);
    case BinaryOp.SUBTRACT: return sumBlockDigits(sa, sb, true);
    case BinaryOp.MULTIPLY: return productBlockDigits(sa, sb);
    case BinaryOp.LSHIFT: return lshiftBlockDigits(sa, sb === 0 ? 0 : i32[(b + Layout.INT_DIGIT0) >> 2]);
    default: return 0;
  }
}

/**
 * x & y, x | y or x ^ y (kind, the plain operator) of integers below 2**53 in magnitude, in
 * two's complement as Python's infinite one: each value is its high part (floor(x / 2**32),
 * within ±2**21, sign included) and its low 32 bits, taken apart.
 */
function safeBitwise(x: number, y: number, kind: number): number {
  const xh = Math.floor(x / Num.TWO32);
  const yh = Math.floor(y / Num.TWO32);
  const xl = x - xh * Num.TWO32;
  const yl = y - yh * Num.TWO32;
  if (kind === BinaryOp.AND) return (xh & yh) * Num.TWO32 + ((xl & yl) >>> 0);
  if (kind === BinaryOp.OR) return (xh | yh) * Num.TWO32 + ((xl | yl) >>> 0);
  return (xh ^ yh) * Num.TWO32 + ((xl ^ yl) >>> 0);
}

/** newFloat(rt, v): the free list first (as floatFreeListPop), else a new block. */
export function newFloatFast(rt: Runtime, v: number): number {
  return newFloatOf(rt, fastTypes(rt), v);
}

/** newFloatFast for a caller that has read `rt`'s FastTypes already. */
function newFloatOf(rt: Runtime, ty: FastTypes, v: number): number {
  const i32 = rt.i32;
  const free = ty.free;
  const o = free.floatHead;
  if (o === 0) return newFloatBlock(rt, ty, v);
  // The link to the next free float is in the type word; the high words are still zero.
  free.floatHead = i32[(o + Layout.TYPE) >> 2];
  free.floatCount--;
  i32[(o + Layout.TYPE) >> 2] = ty.float;
  i32[(o + Layout.REFCNT) >> 2] = 1;
  rt.f64[(o + Layout.FLOAT_VALUE) >> 3] = v;
  return o;
}

/** newFloatFast with an empty free list: a new block. */
function newFloatBlock(rt: Runtime, ty: FastTypes, v: number): number {
  const o = rt.heap.malloc(Num.FLOAT_BLOCK);
  if (o === 0) throw rt.noMemory();
  if (rt.liveObjects !== null) rt.liveObjects.add(o);
  const i32 = rt.i32;
  i32[(o + Layout.REFCNT) >> 2] = 1;
  i32[(o + Layout.REFCNT + 4) >> 2] = 0;
  i32[(o + Layout.TYPE) >> 2] = ty.float;
  i32[(o + Layout.TYPE + 4) >> 2] = 0;
  rt.f64[(o + Layout.FLOAT_VALUE) >> 3] = v;
  return o;
}

/**
 * Deallocate `o`, whose count just reached zero: exact floats and ints here (as floatDealloc
 * and intDealloc would: a float to the free list while it has room), exact tuples through
 * their dealloc directly, the rest through `rt.dealloc`. `ty` is rt's FastTypes:
 * V8 inlines this into the eval loop, and counts its inlining budget in bytecode, which a
 * fastTypes lookup here would take at every call site.
 * Lists take `rt.dealloc` too: a program's first list to die in the loop's tail often comes
 * late (a comprehension's result replaced in the second round of a loop), and a call site of
 * its own, without type feedback, made V8 throw away and compile the loop once more.
 */
export function deallocFast(rt: Runtime, ty: FastTypes, o: number): void {
  const i32 = rt.i32;
  const type = i32[(o + Layout.TYPE) >> 2];
  if (type === ty.float) {
    const free = ty.free;
    if (free.floatCount < Num.FLOAT_FREE_MAX) {
      i32[(o + Layout.TYPE) >> 2] = free.floatHead;
      free.floatHead = o;
      free.floatCount++;
      return;
    }
  } else if (type === ty.tuple) {
    deallocExactTuple(rt, o);
    return;
  } else if (type !== ty.int) {
    rt.dealloc(o);
    return;
  }
  if (rt.liveObjects !== null) rt.liveObjects.delete(o);
  rt.heap.free(o);
}

/**
 * FOR_ITER's next(it): a new reference, or 0 when the iterator is exhausted. Exact range and
 * list iterators are stepped inline, exactly as rangeIterNext and listIterNext do; dict
 * iterators go to their tp_iternext without the slot lookup.
 */
export function forIterNext(rt: Runtime, it: number): number {
  const i32 = rt.i32;
  const type = i32[(it + Layout.TYPE) >> 2];
  const ty = fastTypes(rt);
  if (type === ty.rangeIterator) {
    // The int64 shape with index and length below 2**32 (its high words zero).
    const w = it >> 2;
    const hiIndex = (RangeIter.INDEX >> 2) + 1;
    const hiLen = (RangeIter.LEN >> 2) + 1;
    if (i32[w + hiIndex] === 0 && i32[w + hiLen] === 0) {
      const u32 = rt.u32;
      const i = u32[w + (RangeIter.INDEX >> 2)];
      if (i >= u32[w + (RangeIter.LEN >> 2)]) return 0;
      u32[w + (RangeIter.INDEX >> 2)] = i + 1;
      const start = i32[w + (RangeIter.START >> 2) + 1] * Num.TWO32 + u32[w + (RangeIter.START >> 2)];
      const step = i32[w + (RangeIter.STEP >> 2) + 1] * Num.TWO32 + u32[w + (RangeIter.STEP >> 2)];
      return newIntFast(rt, start + i * step);
    }
  } else if (type === ty.listIterator) {
    const seq = i32[(it + ListIter.SEQ) >> 2];
    if (seq === 0) return 0;
    const i = i32[(it + ListIter.INDEX) >> 2];
    if (i < i32[(seq + Layout.SIZE) >> 2]) {
      i32[(it + ListIter.INDEX) >> 2] = i + 1;
      const v = i32[(i32[(seq + Layout.LIST_ITEMS) >> 2] >> 2) + 2 * i];
      i32[v >> 2]++;
      return v;
    }
    i32[(it + ListIter.SEQ) >> 2] = 0;
    if (--i32[seq >> 2] === 0) rt.dealloc(seq);
    return 0;
  } else if (type === ty.dictItemIterator) {
    return dictIterNextItem(rt, it);
  } else if (type === ty.dictKeyIterator) {
    return dictIterNextKey(rt, it);
  } else if (type === ty.dictValueIterator) {
    return dictIterNextValue(rt, it);
  }
  return iterNext(rt, it);
}

/**
 * The value of an exact int of at most two digits whose magnitude is below 2**53 (so that
 * it is exact in a double), else NaN.
 */
function mediumIntValue(i32: Int32Array, o: number): number {
  const s = i32[(o + Layout.SIZE) >> 2];
  const d0 = i32[(o + Layout.INT_DIGIT0) >> 2];
  if (s === 0) return 0;
  if (s === 1) return d0;
  if (s === -1) return -d0;
  if (s === 2 || s === -2) {
    const d1 = i32[(o + Layout.INT_DIGIT0 + 4) >> 2];
    if (d1 < Num.DIGIT1_EXACT) return s < 0 ? -(d0 + d1 * Num.DIGIT_BASE) : d0 + d1 * Num.DIGIT_BASE;
  }
  return NaN;
}

/** A new int for an integer-valued double, or 0 when it is beyond 2**53 (maybe inexact). */
function safeInt(rt: Runtime, v: number): number {
  return v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE ? newIntFast(rt, v) : 0;
}

/** 2**n for n = 0..53, exact (for `<<`). */
const powersOfTwo = new Float64Array(54).map((_, n) => 2 ** n);

/**
 * a <op> b for exact ints and floats (BINARY_OP's oparg, in-place forms included): a new
 * reference, or 0 when the general path must do it. Floats first (float code does little
 * else), and a float with an int, whose value converts exactly when below 2**53, as float's
 * slots do; two ints go to `intPairBinaryOp`.
 */
export function fastBinaryOp(rt: Runtime, T: FastTypes, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const ta = i32[(a + Layout.TYPE) >> 2];
  const tb = i32[(b + Layout.TYPE) >> 2];
  // (A float's `**` by its own function, given the objects: floatOp, given the values, is not
  // inlined where this is, and its double arguments would go into heap numbers.)
  if (ta === T.float && tb === T.float && (arg === BinaryOp.POWER || arg === BinaryOp.INPLACE_POWER)) return floatPowerOf(rt, T, a, b);
  let x: number;
  let y: number;
  if (ta === T.float) {
    x = rt.f64[(a + Layout.FLOAT_VALUE) >> 3];
    if (tb === T.float) {
      y = rt.f64[(b + Layout.FLOAT_VALUE) >> 3];
    } else {
      if (tb !== T.int) return 0;
      y = mediumIntValue(i32, b);
      if (y !== y) return 0;
    }
  } else {
    if (ta !== T.int) return 0;
    if (tb === T.int) return intPairBinaryOp(rt, a, b, arg);
    if (tb !== T.float) return 0;
    x = mediumIntValue(i32, a);
    if (x !== x) return 0;
    y = rt.f64[(b + Layout.FLOAT_VALUE) >> 3];
  }
  return floatOp(rt, T, x, y, arg);
}

/**
 * a + b, a * b or a - b (kind BinaryOp.ADD, MULTIPLY or SUBTRACT, in-place forms normalised)
 * for two exact floats: a new reference. For the eval loop, which has checked both types and
 * owns a reference to each operand that it releases after this returns.
 *
 * The result is always a new float (from the free list, else a block), made while both
 * operands are alive, as in CPython: writing it into a dying operand would save the allocation
 * but give the result the operand's address, where CPython gives it another (the order in
 * which ids come back is part of what glasspy shows; test/programs/memory/id_reuse_order.py).
 */
export function floatSumProduct(rt: Runtime, T: FastTypes, a: number, b: number, kind: number): number {
  const f64 = rt.f64;
  const x = f64[(a + Layout.FLOAT_VALUE) >> 3];
  const y = f64[(b + Layout.FLOAT_VALUE) >> 3];
  return newFloatOf(rt, T, kind === BinaryOp.ADD ? x + y : kind === BinaryOp.MULTIPLY ? x * y : x - y);
}

/** a <op> b for two exact ints: one digit each, below 2**53, then int's own slots. */
function intPairBinaryOp(rt: Runtime, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const sa = i32[(a + Layout.SIZE) >> 2];
  const sb = i32[(b + Layout.SIZE) >> 2];
  if (sa >= -1 && sa <= 1 && sb >= -1 && sb <= 1) {
    return smallIntBinaryOp(rt, sa * i32[(a + Layout.INT_DIGIT0) >> 2], sb * i32[(b + Layout.INT_DIGIT0) >> 2], arg);
  }
  const few = fewDigitIntBinaryOp(rt, a, b, arg);
  if (few !== 0) return few;
  const r = mediumIntBinaryOp(rt, a, b, arg);
  return r !== 0 ? r : wideIntBinaryOp(rt, a, b, arg);
}

/**
 * x <op> y for the values of two floats (or a float and an int below 2**53): a new float, or
 * 0 when the general path must do it (division by zero, `**` outside its common case, an
 * operator floats lack). For an eval loop that has read the values itself.
 */
export function floatBinaryOp(rt: Runtime, x: number, y: number, arg: number): number {
  return floatOp(rt, fastTypes(rt), x, y, arg);
}

/** a ** b for two exact floats (fastBinaryOp): floatPowerValue of their values. */
function floatPowerOf(rt: Runtime, T: FastTypes, a: number, b: number): number {
  const f64 = rt.f64;
  return floatPowerValue(rt, T, f64[(a + Layout.FLOAT_VALUE) >> 3], f64[(b + Layout.FLOAT_VALUE) >> 3]);
}

/**
 * x ** y as a new float in float_pow's common case: a positive finite base, a finite nonzero
 * exponent, a finite result; 0 for everything else (and every error), the general path's.
 * glibc's rounding (V8's ** differs in the last bit), by powPositiveIO, through memory.
 */
function floatPowerValue(rt: Runtime, T: FastTypes, x: number, y: number): number {
  if (!(x > 0 && x !== 1 && x < Infinity && y === y && y !== 0 && y > -Infinity && y < Infinity)) return 0;
  powIO[0] = x;
  powIO[1] = y;
  powPositiveIO();
  const r = powIO[0];
  return r < Infinity ? newFloatOf(rt, T, r) : 0;
}

/** floatBinaryOp for a caller that has read `rt`'s FastTypes already. */
function floatOp(rt: Runtime, T: FastTypes, x: number, y: number, arg: number): number {
  switch (arg) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD:
      return newFloatOf(rt, T, x + y);
    case BinaryOp.SUBTRACT:
    case BinaryOp.INPLACE_SUBTRACT:
      return newFloatOf(rt, T, x - y);
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
      return newFloatOf(rt, T, x * y);
    case BinaryOp.TRUE_DIVIDE:
    case BinaryOp.INPLACE_TRUE_DIVIDE:
      return y === 0 ? 0 : newFloatOf(rt, T, x / y);
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.INPLACE_FLOOR_DIVIDE:
      return y === 0 ? 0 : newFloatOf(rt, T, floatFloorDivValue(x, y));
    case BinaryOp.REMAINDER:
    case BinaryOp.INPLACE_REMAINDER:
      return y === 0 ? 0 : newFloatOf(rt, T, floatRem(x, y));
    case BinaryOp.POWER:
    case BinaryOp.INPLACE_POWER:
      return floatPowerValue(rt, T, x, y);
    default:
      return 0;
  }
}

/**
 * x <op> y for the values of two ints of one digit (|x|, |y| < 2**30): a new int (a float
 * for `/`), or 0 when the general path must do it (division by zero, a negative shift count,
 * a result beyond 2**53, `**`). For an eval loop that has read the values itself.
 */
export function smallIntBinaryOp(rt: Runtime, x: number, y: number, arg: number): number {
  switch (arg) {
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
      return safeProduct(rt, x, y);
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.INPLACE_FLOOR_DIVIDE:
    case BinaryOp.REMAINDER:
    case BinaryOp.INPLACE_REMAINDER:
    case BinaryOp.RSHIFT:
    case BinaryOp.INPLACE_RSHIFT: {
      const v = oneDigitIntOpValue(x, y, arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg);
      return v === v ? newIntFast(rt, v) : 0;
    }
    case BinaryOp.LSHIFT:
    case BinaryOp.INPLACE_LSHIFT: {
      // In the block CPython asks for even for one digit (int-blocks.ts).
      const v = oneDigitIntOpValue(x, y, BinaryOp.LSHIFT);
      return v === v ? newIntInBlock(rt, v, lshiftBlockDigits(x === 0 ? 0 : 1, y)) : 0;
    }
    case BinaryOp.AND:
    case BinaryOp.INPLACE_AND:
      return newIntFast(rt, x & y);
    case BinaryOp.OR:
    case BinaryOp.INPLACE_OR:
      return newIntFast(rt, x | y);
    case BinaryOp.XOR:
    case BinaryOp.INPLACE_XOR:
      return newIntFast(rt, x ^ y);
    default:
      return safeIntArithmetic(rt, x, y, arg);
  }
}

/**
 * a <op> b for exact ints below 2**53 (not both of one digit), or 0. `+ - *` make their result
 * in the block CPython asks for (int-blocks.ts).
 */
function mediumIntBinaryOp(rt: Runtime, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const x = mediumIntValue(i32, a);
  const y = mediumIntValue(i32, b);
  if (x !== x || y !== y) return 0;
  const kind = arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg;
  const sa = i32[(a + Layout.SIZE) >> 2];
  const sb = i32[(b + Layout.SIZE) >> 2];
  if (kind === BinaryOp.ADD || kind === BinaryOp.SUBTRACT) {
    const v = kind === BinaryOp.ADD ? x + y : x - y;
    return v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE ? newIntInBlock(rt, v, sumBlockDigits(sa, sb, kind === BinaryOp.SUBTRACT)) : 0;
  }
  if (kind === BinaryOp.MULTIPLY) {
    const v = x * y;
    const block = productBlockDigits(sa, sb);
    return v <= Num.MAX_SAFE && v >= -Num.MAX_SAFE ? newIntInBlock(rt, v + 0, block) : intProductOfSafe(rt, x, y, block);
  }
  return safeIntArithmetic(rt, x, y, arg);
}

/**
 * a <op> b for + - * // % on exact ints that the double paths could not do (an operand or
 * the result beyond 2**53): int's own algorithms, called directly rather than through the
 * slots (both operands are exact ints, so the slot is the one dispatch would pick, and its
 * type checks and safe-value reads would only repeat what failed here). 0 for another
 * operator, and for a zero divisor, whose error is the general path's to raise.
 */
function wideIntBinaryOp(rt: Runtime, a: number, b: number, arg: number): number {
  if (rt.i32[(b + Layout.SIZE) >> 2] === 0) return 0;
  switch (arg) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD:
      return intSumDigits(rt, a, b);
    case BinaryOp.SUBTRACT:
    case BinaryOp.INPLACE_SUBTRACT:
      return intDifferenceDigits(rt, a, b);
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
      return intProduct(rt, a, b);
    case BinaryOp.REMAINDER:
    case BinaryOp.INPLACE_REMAINDER:
      return intRemainderDigits(rt, a, b);
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.INPLACE_FLOOR_DIVIDE:
      return intQuotientDigits(rt, a, b);
    default:
      return 0;
  }
}

/** x × y for integers within ±2**53: a new int (three or four digits when the product is beyond). */
function safeProduct(rt: Runtime, x: number, y: number): number {
  const r = x * y;
  return r <= Num.MAX_SAFE && r >= -Num.MAX_SAFE ? newIntFast(rt, r + 0) : intProductOfSafe(rt, x, y);
}

/**
 * x <op> y for + - * // % / on integers below 2**53 in doubles: a new int (a float for `/`),
 * or 0 (division by zero, a result beyond 2**53, another operator).
 */
function safeIntArithmetic(rt: Runtime, x: number, y: number, arg: number): number {
  switch (arg) {
    case BinaryOp.ADD:
    case BinaryOp.INPLACE_ADD:
      return safeInt(rt, x + y);
    case BinaryOp.SUBTRACT:
    case BinaryOp.INPLACE_SUBTRACT:
      return safeInt(rt, x - y);
    case BinaryOp.MULTIPLY:
    case BinaryOp.INPLACE_MULTIPLY:
      return safeProduct(rt, x, y);
    case BinaryOp.REMAINDER:
    case BinaryOp.INPLACE_REMAINDER:
      return y === 0 ? 0 : newIntFast(rt, modNumber(x, y));
    case BinaryOp.FLOOR_DIVIDE:
    case BinaryOp.INPLACE_FLOOR_DIVIDE:
      return y === 0 ? 0 : newIntFast(rt, floorDivNumber(x, y));
    case BinaryOp.TRUE_DIVIDE:
    case BinaryOp.INPLACE_TRUE_DIVIDE:
      // Both exact in a double: one correctly rounded division, as long_true_divide's fast path.
      return y === 0 ? 0 : newFloatFast(rt, x / y);
    default:
      return 0;
  }
}

/** a <op> b for exact ints below 2**53 and floats, in any mix: True/False (new reference), or 0. */
export function fastCompare(rt: Runtime, T: FastTypes, a: number, b: number, op: number): number {
  const i32 = rt.i32;
  const ta = i32[(a + Layout.TYPE) >> 2];
  const tb = i32[(b + Layout.TYPE) >> 2];
  let x: number;
  let y: number;
  if (ta === T.int) {
    const sa = i32[(a + Layout.SIZE) >> 2];
    x = sa >= -1 && sa <= 1 ? sa * i32[(a + Layout.INT_DIGIT0) >> 2] : mediumIntValue(i32, a);
    if (x !== x) return 0;
  } else if (ta === T.float) {
    x = rt.f64[(a + Layout.FLOAT_VALUE) >> 3];
  } else {
    return 0;
  }
  if (tb === T.int) {
    const sb = i32[(b + Layout.SIZE) >> 2];
    y = sb >= -1 && sb <= 1 ? sb * i32[(b + Layout.INT_DIGIT0) >> 2] : mediumIntValue(i32, b);
    if (y !== y) return 0;
  } else if (tb === T.float) {
    y = rt.f64[(b + Layout.FLOAT_VALUE) >> 3];
  } else {
    return 0;
  }
  let t: boolean;
  switch (op) {
    case CompareOp.LT: t = x < y; break;
    case CompareOp.LE: t = x <= y; break;
    case CompareOp.EQ: t = x === y; break;
    case CompareOp.NE: t = x !== y; break;
    case CompareOp.GT: t = x > y; break;
    default: t = x >= y;
  }
  const r = t ? T.True : T.False;
  i32[r >> 2]++;
  return r;
}

/** The index of `k` into a sequence of `n` items when k is a small int in range, else -1. */
function smallIndex(i32: Int32Array, ty: FastTypes, k: number, n: number): number {
  if (i32[(k + Layout.TYPE) >> 2] !== ty.int) return -1;
  const size = i32[(k + Layout.SIZE) >> 2];
  if (size < -1 || size > 1) return -1;
  let i = size * i32[(k + Layout.INT_DIGIT0) >> 2];
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

/**
 * c[k] for an exact list or tuple and an in-range small int, an exact dict and an exact str
 * key it holds, or an exact str and an in-range small int whose character is Latin-1: the
 * item (new reference), or 0.
 */
export function fastSubscript(rt: Runtime, ty: FastTypes, c: number, k: number): number {
  const i32 = rt.i32;
  const type = i32[(c + Layout.TYPE) >> 2];
  let items: number;
  if (type === ty.list) items = i32[(c + Layout.LIST_ITEMS) >> 2];
  else if (type === ty.tuple) items = c + Layout.TUPLE_ITEMS;
  else if (type === ty.dict) return dictStrKeyItem(rt, c, k);
  else return type === ty.str ? latin1CharItem(rt, ty, c, k) : 0;
  const i = smallIndex(i32, ty, k, i32[(c + Layout.SIZE) >> 2]);
  if (i < 0) return 0;
  const v = i32[(items >> 2) + 2 * i];
  i32[v >> 2]++;
  return v;
}

/**
 * s[k] for an exact str s and an in-range small int k, when that character is below 256: the
 * cached one-character str (new reference), as CPython's unicode_char gives it; else 0 (a
 * new str, which the general path allocates).
 */
function latin1CharItem(rt: Runtime, ty: FastTypes, s: number, k: number): number {
  const i = smallIndex(rt.i32, ty, k, strLength(rt, s));
  if (i < 0) return 0;
  const c = readChar(rt, strData(rt, s), strKind(rt, s), i);
  if (c >= 0x100) return 0;
  const o = ty.latin1[c];
  rt.i32[o >> 2]++;
  return o;
}

/** d[k] for an exact dict d and an exact str key it holds: the value (new reference), or 0. */
function dictStrKeyItem(rt: Runtime, d: number, k: number): number {
  const v = dictStrKeyValue(rt, d, k);
  if (v === NOT_STR_TABLE || v === 0) return 0;
  rt.i32[v >> 2]++;
  return v;
}

/**
 * c[k] = v for an exact list and an in-range small int. Returns the replaced item (a reference
 * the caller must release), or 0 when the fast path does not apply (nothing was done).
 * The list takes its own reference to v.
 */
export function fastStoreSubscript(rt: Runtime, ty: FastTypes, c: number, k: number, v: number): number {
  const i32 = rt.i32;
  if (i32[(c + Layout.TYPE) >> 2] !== ty.list) return 0;
  const i = smallIndex(i32, ty, k, i32[(c + Layout.SIZE) >> 2]);
  if (i < 0) return 0;
  const slot = (i32[(c + Layout.LIST_ITEMS) >> 2] >> 2) + 2 * i;
  const old = i32[slot];
  i32[v >> 2]++;
  i32[slot] = v;
  return old;
}
