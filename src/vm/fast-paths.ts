/**
 * The eval loop's fast paths: operations on exact builtin types done inline, without slot
 * dispatch. Each returns a new reference, or 0 when it does not apply (the loop then takes
 * the general path, which also produces every error). They never raise.
 *
 * Small ints are those of at most one 30-bit digit (|ob_size| <= 1): their value is
 * `ob_size * digit[0]`, and sums, differences and floor quotients of two of them are exact
 * in a double; products are checked against 2**53.
 */
import type { Runtime } from "../objects/runtime.js";
import { BinaryOp, CompareOp, INPLACE_OFFSET } from "../compile/opcodes.js";
import { newInt } from "../objects/int.js";
import { newFloat } from "../objects/float.js";

const enum Layout {
  TYPE = 8,
  SIZE = 16,
  INT_DIGIT0 = 24,
  FLOAT_VALUE = 16,
  LIST_ITEMS = 24,
  TUPLE_ITEMS = 24,
}

/** a <op> b for small ints and floats (BINARY_OP's oparg, in-place forms included). */
export function fastBinaryOp(rt: Runtime, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const T = rt.T;
  const ta = i32[(a + Layout.TYPE) >> 2];
  const tb = i32[(b + Layout.TYPE) >> 2];
  const op = arg >= INPLACE_OFFSET ? arg - INPLACE_OFFSET : arg;
  let x: number;
  let y: number;
  if (ta === T.int) {
    const sa = i32[(a + Layout.SIZE) >> 2];
    if (sa < -1 || sa > 1) return 0;
    x = sa * i32[(a + Layout.INT_DIGIT0) >> 2];
    if (tb === T.int) {
      const sb = i32[(b + Layout.SIZE) >> 2];
      if (sb < -1 || sb > 1) return 0;
      y = sb * i32[(b + Layout.INT_DIGIT0) >> 2];
      switch (op) {
        case BinaryOp.ADD:
          return newInt(rt, x + y);
        case BinaryOp.SUBTRACT:
          return newInt(rt, x - y);
        case BinaryOp.MULTIPLY: {
          const p = x * y;
          return Number.isSafeInteger(p) ? newInt(rt, p) : 0;
        }
        case BinaryOp.FLOOR_DIVIDE:
          return y === 0 ? 0 : newInt(rt, Math.floor(x / y));
        case BinaryOp.REMAINDER:
          return y === 0 ? 0 : newInt(rt, x - y * Math.floor(x / y));
        case BinaryOp.TRUE_DIVIDE:
          return y === 0 ? 0 : newFloat(rt, x / y);
        case BinaryOp.AND:
          return newInt(rt, x & y);
        case BinaryOp.OR:
          return newInt(rt, x | y);
        case BinaryOp.XOR:
          return newInt(rt, x ^ y);
        default:
          return 0;
      }
    }
    if (tb !== T.float) return 0;
    y = rt.f64[(b + Layout.FLOAT_VALUE) >> 3];
  } else if (ta === T.float) {
    x = rt.f64[(a + Layout.FLOAT_VALUE) >> 3];
    if (tb === T.float) y = rt.f64[(b + Layout.FLOAT_VALUE) >> 3];
    else if (tb === T.int) {
      const sb = i32[(b + Layout.SIZE) >> 2];
      if (sb < -1 || sb > 1) return 0;
      y = sb * i32[(b + Layout.INT_DIGIT0) >> 2];
    } else return 0;
  } else {
    return 0;
  }
  switch (op) {
    case BinaryOp.ADD:
      return newFloat(rt, x + y);
    case BinaryOp.SUBTRACT:
      return newFloat(rt, x - y);
    case BinaryOp.MULTIPLY:
      return newFloat(rt, x * y);
    case BinaryOp.TRUE_DIVIDE:
      return y === 0 ? 0 : newFloat(rt, x / y);
    default:
      return 0;
  }
}

/** a <op> b for two small ints or two floats: True/False (new reference), or 0. */
export function fastCompare(rt: Runtime, a: number, b: number, op: number): number {
  const i32 = rt.i32;
  const T = rt.T;
  const ta = i32[(a + Layout.TYPE) >> 2];
  const tb = i32[(b + Layout.TYPE) >> 2];
  let x: number;
  let y: number;
  if (ta === T.int && tb === T.int) {
    const sa = i32[(a + Layout.SIZE) >> 2];
    const sb = i32[(b + Layout.SIZE) >> 2];
    if (sa < -1 || sa > 1 || sb < -1 || sb > 1) return 0;
    x = sa * i32[(a + Layout.INT_DIGIT0) >> 2];
    y = sb * i32[(b + Layout.INT_DIGIT0) >> 2];
  } else if (ta === T.float && tb === T.float) {
    x = rt.f64[(a + Layout.FLOAT_VALUE) >> 3];
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
  const r = t ? rt.S.True : rt.S.False;
  i32[r >> 2]++;
  return r;
}

/** The index of `k` into a sequence of `n` items when k is a small int in range, else -1. */
function smallIndex(rt: Runtime, k: number, n: number): number {
  const i32 = rt.i32;
  if (i32[(k + Layout.TYPE) >> 2] !== rt.T.int) return -1;
  const size = i32[(k + Layout.SIZE) >> 2];
  if (size < -1 || size > 1) return -1;
  let i = size * i32[(k + Layout.INT_DIGIT0) >> 2];
  if (i < 0) i += n;
  return i >= 0 && i < n ? i : -1;
}

/** c[k] for an exact list or tuple and an in-range small int: the item (new reference), or 0. */
export function fastSubscript(rt: Runtime, c: number, k: number): number {
  const i32 = rt.i32;
  const type = i32[(c + Layout.TYPE) >> 2];
  let items: number;
  if (type === rt.T.list) items = i32[(c + Layout.LIST_ITEMS) >> 2];
  else if (type === rt.T.tuple) items = c + Layout.TUPLE_ITEMS;
  else return 0;
  const i = smallIndex(rt, k, i32[(c + Layout.SIZE) >> 2]);
  if (i < 0) return 0;
  const v = i32[(items >> 2) + 2 * i];
  i32[v >> 2]++;
  return v;
}

/**
 * c[k] = v for an exact list and an in-range small int. Returns the replaced item (a reference
 * the caller must release), or 0 when the fast path does not apply (nothing was done).
 * The list takes its own reference to v.
 */
export function fastStoreSubscript(rt: Runtime, c: number, k: number, v: number): number {
  const i32 = rt.i32;
  if (i32[(c + Layout.TYPE) >> 2] !== rt.T.list) return 0;
  const i = smallIndex(rt, k, i32[(c + Layout.SIZE) >> 2]);
  if (i < 0) return 0;
  const slot = (i32[(c + Layout.LIST_ITEMS) >> 2] >> 2) + 2 * i;
  const old = i32[slot];
  i32[v >> 2]++;
  i32[slot] = v;
  return old;
}
