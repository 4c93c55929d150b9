/**
 * Arithmetic on exact ints of a few digits that leaves the double range: products of two ints
 * of at most two digits, sums and differences of ints of at most three, remainders of ints of
 * at most four by a positive divisor below 2**37 (a linear congruential generator's
 * `(state * 1103515245 + 12345) % 2**31` is all three). The operands' digits are read into
 * locals and the result's digits written straight into its new block, instead of going
 * through the slots' layers (safe-value reads that fail, scratch arrays, digit counts).
 *
 * The result's block is the one int-ops.ts gives the same result: as large as CPython asks for
 * (int-blocks.ts: x_add one digit more than the larger operand, x_mul both operands' digits).
 * It is allocated while both operands live, so it never takes the address of one
 * (memory/id_reuse_order.py).
 */
import type { Runtime } from "../objects/runtime.js";
import { BinaryOp } from "../compile/opcodes.js";
import { HALF_STEP_DIVISOR_LIMIT, rem1 } from "../objects/int-arith.js";
import { newIntFast } from "./fast-paths.js";
import { allocIntInBlock, newIntInBlock } from "../objects/int.js";
import { productBlockDigits, sumBlockDigits } from "../objects/int-blocks.js";

const enum Layout {
  REFCNT = 0,
  TYPE = 8,
  SIZE = 16,
  INT_DIGITS = 24,
}

const enum Digit {
  BASE = 1073741824,
  INV_BASE = 1 / 1073741824,
  MASK = 0x3fffffff,
  HALF_BASE = 32768,
  INV_HALF_BASE = 1 / 32768,
  HALF_MASK = 0x7fff,
  HALF_SHIFT = 15,
  /** 2**53 - 1. */
  MAX_SAFE = 9007199254740991,
}

/**
 * a <op> b (BINARY_OP's oparg, in-place forms included) for two exact ints when it is one of
 * the cases above: a new reference; else 0 (nothing done; the caller takes the general path).
 */
export function fewDigitIntBinaryOp(rt: Runtime, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const sa = i32[(a + Layout.SIZE) >> 2];
  const sb = i32[(b + Layout.SIZE) >> 2];
  switch (arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg) {
    case BinaryOp.MULTIPLY:
      return sa + 2 >>> 0 <= 4 && sb + 2 >>> 0 <= 4 ? twoDigitProduct(rt, a, b, sa, sb) : 0;
    case BinaryOp.ADD:
      return sa + 3 >>> 0 <= 6 && sb + 3 >>> 0 <= 6 && (sa ^ sb) >= 0 ? sameSignSum(rt, a, b, sa, sb, sumBlockDigits(sa, sb, false)) : 0;
    case BinaryOp.SUBTRACT:
      // a - b is a + (-b): a sum of magnitudes when the signs differ (or either is zero).
      return sa + 3 >>> 0 <= 6 && sb + 3 >>> 0 <= 6 && (sa ^ -sb) >= 0 ? sameSignSum(rt, a, b, sa, -sb, sumBlockDigits(sa, sb, true)) : 0;
    case BinaryOp.REMAINDER:
      return sa >= 0 && sa <= 4 && sb > 0 && sb <= 2 ? remainderOfNonNegative(rt, a, b, sa, sb) : 0;
    default:
      return 0;
  }
}

/**
 * A new int of sign `negative` and the n digits d0..d3 (normalised: the top one nonzero, or
 * n = 0), in a block of `block` digits, CPython's request (int-blocks.ts; 0: exact): one digit
 * or none through newIntInBlock (the small-int cache), more by allocIntInBlock, the digits
 * written here. (Two digits went through newIntInBlock too, as their value, a double of 2**30
 * or more, which V8 boxed in a heap number to pass it: dict_str's ints made 11 MB of them.)
 */
function newIntOfDigits(rt: Runtime, n: number, negative: boolean, d0: number, d1: number, d2: number, d3: number, block: number): number {
  if (n <= 1) return newIntInBlock(rt, negative ? -d0 : d0, block);
  const o = allocIntInBlock(rt, n, negative, block);
  const i32 = rt.i32;
  const w = o >> 2;
  i32[w + 6] = d0;
  i32[w + 7] = d1;
  if (n > 2) i32[w + 8] = d2;
  if (n > 3) i32[w + 9] = d3;
  return o;
}

/**
 * a × b for ints of at most two digits (sa, sb their sizes): up to four digits. With
 * a = a1·2**30 + a0 and b's four 15-bit halves h0..h3, every partial product a_i·h_j is below
 * 2**45 and each column of two below 2**46, exact in a double; each column is split at 2**15
 * by a multiplication by 2**-15 and Math.floor (exact: a power of two).
 */
function twoDigitProduct(rt: Runtime, a: number, b: number, sa: number, sb: number): number {
  const i32 = rt.i32;
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  const negative = (sa ^ sb) < 0;
  if (na === 0 || nb === 0) return newIntFast(rt, 0);
  const a0 = i32[(a + Layout.INT_DIGITS) >> 2];
  const a1 = na > 1 ? i32[(a + Layout.INT_DIGITS + 4) >> 2] : 0;
  const b0 = i32[(b + Layout.INT_DIGITS) >> 2];
  const b1 = nb > 1 ? i32[(b + Layout.INT_DIGITS + 4) >> 2] : 0;
  const h0 = b0 & Digit.HALF_MASK;
  const h1 = b0 >>> Digit.HALF_SHIFT;
  const h2 = b1 & Digit.HALF_MASK;
  const h3 = b1 >>> Digit.HALF_SHIFT;
  // Columns at 2**0, 2**15, 2**30, 2**45, 2**60 and 2**75.
  const t1 = a0 * h1;
  const t3 = a0 * h3 + a1 * h1;
  const t5 = a1 * h3;
  const t1High = Math.floor(t1 * Digit.INV_HALF_BASE);
  const t3High = Math.floor(t3 * Digit.INV_HALF_BASE);
  const t5High = Math.floor(t5 * Digit.INV_HALF_BASE);
  let c = a0 * h0 + (t1 - t1High * Digit.HALF_BASE) * Digit.HALF_BASE;
  let carry = Math.floor(c * Digit.INV_BASE);
  const d0 = c - carry * Digit.BASE;
  c = carry + t1High + a0 * h2 + a1 * h0 + (t3 - t3High * Digit.HALF_BASE) * Digit.HALF_BASE;
  carry = Math.floor(c * Digit.INV_BASE);
  const d1 = c - carry * Digit.BASE;
  c = carry + t3High + a1 * h2 + (t5 - t5High * Digit.HALF_BASE) * Digit.HALF_BASE;
  carry = Math.floor(c * Digit.INV_BASE);
  const d2 = c - carry * Digit.BASE;
  const d3 = carry + t5High;
  const n = d3 !== 0 ? 4 : d2 !== 0 ? 3 : d1 !== 0 ? 2 : 1;
  return newIntOfDigits(rt, n, negative, d0, d1, d2, d3, productBlockDigits(sa, sb));
}

/**
 * a + b for ints of at most three digits whose sizes sa and sb (b's negated for `-`) have the
 * same sign or are zero: |a| + |b| with that sign, up to four digits, in a block of `block`
 * digits (sumBlockDigits of the operation as written).
 */
function sameSignSum(rt: Runtime, a: number, b: number, sa: number, sb: number, block: number): number {
  const i32 = rt.i32;
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  const da = (a + Layout.INT_DIGITS) >> 2;
  const db = (b + Layout.INT_DIGITS) >> 2;
  let c = (na > 0 ? i32[da] : 0) + (nb > 0 ? i32[db] : 0);
  const d0 = c & Digit.MASK;
  c = (c >>> 30) + (na > 1 ? i32[da + 1] : 0) + (nb > 1 ? i32[db + 1] : 0);
  const d1 = c & Digit.MASK;
  c = (c >>> 30) + (na > 2 ? i32[da + 2] : 0) + (nb > 2 ? i32[db + 2] : 0);
  const d2 = c & Digit.MASK;
  const d3 = c >>> 30;
  const n = d3 !== 0 ? 4 : d2 !== 0 ? 3 : d1 !== 0 ? 2 : d0 !== 0 ? 1 : 0;
  return newIntOfDigits(rt, n, sa < 0 || sb < 0, d0, d1, d2, d3, block);
}

/**
 * a % b for 0 ≤ a of at most four digits and 0 < b of one or two digits below 2**37
 * (divideDigits's digit-by-digit case; a power of two takes the low bits): a new int.
 */
function remainderOfNonNegative(rt: Runtime, a: number, b: number, sa: number, sb: number): number {
  const i32 = rt.i32;
  const db = (b + Layout.INT_DIGITS) >> 2;
  const b0 = i32[db];
  const b1 = sb === 2 ? i32[db + 1] : 0;
  // A power of two (one digit, or 2**30 times one below 2**7): a's low bits, digit by digit,
  // with no value of 2**30 or more passed to a function or returned (V8 would box it).
  if (sb === 1 && (b0 & (b0 - 1)) === 0) return newIntFast(rt, sa > 0 ? i32[(a + Layout.INT_DIGITS) >> 2] & (b0 - 1) : 0);
  if (b0 === 0 && b1 < 128 && (b1 & (b1 - 1)) === 0) {
    const da = (a + Layout.INT_DIGITS) >> 2;
    const r0 = sa > 0 ? i32[da] : 0;
    const r1 = sa > 1 ? i32[da + 1] & (b1 - 1) : 0;
    return r1 === 0 ? newIntFast(rt, r0) : newIntOfDigits(rt, 2, false, r0, r1, 0, 0, 0);
  }
  const n = b0 + b1 * Digit.BASE;
  if (n >= HALF_STEP_DIVISOR_LIMIT) return 0;
  return newIntFast(rt, rem1(rt.u32, (a + Layout.INT_DIGITS) >> 2, sa, n));
}
