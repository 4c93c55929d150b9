/**
 * int's number slots: + - * // % divmod / ** pow(a, b, m) << >> & | ^, unary - ~ abs, and the
 * comparisons. The tables in int.ts name these functions.
 *
 * A binary slot returns NotImplemented unless both operands are ints (bool and subclasses
 * included); the runtime makes the TypeError. Operands are borrowed; the result is a new
 * reference. Each slot takes the first of three paths that fits:
 *
 *   1. both operands below 2^53 (`intSafeValue`) and the result within ±MAX_SAFE: JS numbers;
 *   2. operands within the digit limits below: CPython's algorithms on the digits in the heap
 *      (int-arith.ts), into a scratch array (`intScratch`) that `intFromDigits` turns into a
 *      normalised int (small values from the cache) in the block CPython asks for: exact, or
 *      for + - * << the larger block of int-blocks.ts;
 *   3. beyond the limits: `bigint`.
 *
 * Division and modulo by zero raise before a path is chosen. A power or shift whose result would
 * have more than MAX_RESULT_BITS bits raises MemoryError, as CPython's allocation would fail.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot } from "./typedef.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import {
  DIGIT_BASE, DIGIT_BITS, DIGIT_MASK, MAX_SAFE, bitLength, floorDivBig, floorDivNumber, modBig, modNumber, ternaryPowBig, trueDivideBig,
} from "./int-digits.js";
import {
  Bitwise, HALF_STEP_DIVISOR_LIMIT, addMag, bitwiseDigits, bitwiseNegative, decMag, divrem1, divremMag, divremSizes, incMag, lowBitsMag,
  lshiftMag, mulMag, mulSafeMag, normalizeDigits, powerOfTwoExponent, rem1, rshiftLostBits, rshiftMag, subMag,
} from "./int-arith.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { floatPowValues, newFloat } from "./float.js";
import {
  Int, allocIntDigits, allocIntInBlock, intExact, intFromDigits, intFromDigitsInBlock, intSafeValue, intScratch, intSetSize, intSize,
  intSmallValue, intToBigInt, intToDouble, intValue, isInt, newInt, newIntFromBigInt, newIntInBlock, newIntValue,
} from "./int.js";
import { lshiftBlockDigits, productBlockDigits, sumBlockDigits } from "./int-blocks.js";

/**
 * Operand sizes (in digits) up to which the digit algorithms are used; beyond, `bigint`'s
 * (linear ones: +, -, shifts, bitwise, division by one digit; quadratic ones by the product
 * of the operand sizes: ×, long division).
 */
const LINEAR_DIGIT_LIMIT = 4096;
const MUL_DIGIT_WORK = 1024;
const DIV_DIGIT_WORK = 512;

/** Beyond this many result bits, a power or shift is refused with MemoryError, as CPython's allocation fails. */
export const MAX_RESULT_BITS = 2 ** 32;

const big = (v: number | bigint): bigint => (typeof v === "bigint" ? v : BigInt(v));

function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

export function intAdd(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  const r = x + y; // NaN unless both are safe
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newIntInBlock(rt, r, sumBlockDigits(intSize(rt, a), intSize(rt, b), false));
  return addDigits(rt, a, b, false);
}

export function intSub(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  const r = x - y;
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newIntInBlock(rt, r, sumBlockDigits(intSize(rt, a), intSize(rt, b), true));
  return addDigits(rt, a, b, true);
}

/** a + b for two ints (bool and subclasses included), on the digits: a new int. */
export function intSumDigits(rt: Runtime, a: number, b: number): number {
  return addDigits(rt, a, b, false);
}

/** a - b for two ints (bool and subclasses included), on the digits: a new int. */
export function intDifferenceDigits(rt: Runtime, a: number, b: number): number {
  return addDigits(rt, a, b, true);
}

/** a // b for two ints (bool and subclasses included), b ≠ 0, on the digits: a new int. */
export function intQuotientDigits(rt: Runtime, a: number, b: number): number {
  return divideDigits(rt, a, b, Division.QUOTIENT);
}

/** a % b for two ints (bool and subclasses included), b ≠ 0, on the digits: a new int. */
export function intRemainderDigits(rt: Runtime, a: number, b: number): number {
  return divideDigits(rt, a, b, Division.REMAINDER);
}

/**
 * a + b, or a - b when `subtract`, on the digits (CPython's long_add / long_sub), in the block
 * CPython asks for (int-blocks.ts).
 */
function addDigits(rt: Runtime, a: number, b: number, subtract: boolean): number {
  const sa = intSize(rt, a);
  let sb = intSize(rt, b);
  const block = sumBlockDigits(sa, sb, subtract);
  if (subtract) sb = -sb;
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if (na > LINEAR_DIGIT_LIMIT || nb > LINEAR_DIGIT_LIMIT) {
    const x = intToBigInt(rt, a);
    const y = intToBigInt(rt, b);
    return newIntFromBigInt(rt, subtract ? x - y : x + y, block);
  }
  const u = rt.u32;
  const da = (a + Int.DIGITS) >> 2;
  const db = (b + Int.DIGITS) >> 2;
  if (sa < 0 === sb < 0 && na <= 3 && nb <= 3) return sumOfFewDigits(rt, u, da, na, db, nb, sa < 0, block);
  const z = intScratch(0, (na > nb ? na : nb) + 1);
  if (sa < 0 === sb < 0) return intFromDigitsInBlock(rt, z, addMag(u, da, na, u, db, nb, z, 0), sa < 0, block);
  // Opposite signs: |a| - |b| carries a's sign.
  const d = subMag(u, da, na, u, db, nb, z, 0);
  return intFromDigitsInBlock(rt, z, d < 0 ? -d : d, d < 0 !== sa < 0, block);
}

/**
 * |a| + |b| for magnitudes of at most three digits (na, nb ≤ 3, from u at da and db), as
 * addMag does, the digits in locals: a new int of the given sign, in a block of `block` digits
 * (0: exact). Read before the allocation, which may move the heap's arrays.
 */
function sumOfFewDigits(rt: Runtime, u: Uint32Array, da: number, na: number, db: number, nb: number, negative: boolean, block: number): number {
  let c = (na > 0 ? u[da] : 0) + (nb > 0 ? u[db] : 0);
  const z0 = c & DIGIT_MASK;
  c = (c >>> DIGIT_BITS) + (na > 1 ? u[da + 1] : 0) + (nb > 1 ? u[db + 1] : 0);
  const z1 = c & DIGIT_MASK;
  c = (c >>> DIGIT_BITS) + (na > 2 ? u[da + 2] : 0) + (nb > 2 ? u[db + 2] : 0);
  const z2 = c & DIGIT_MASK;
  const z3 = c >>> DIGIT_BITS;
  const n = z3 !== 0 ? 4 : z2 !== 0 ? 3 : z1 !== 0 ? 2 : z0 !== 0 ? 1 : 0;
  if (n <= 1) return newIntInBlock(rt, negative ? -z0 : z0, block);
  const o = allocIntInBlock(rt, n, negative, block);
  const w = rt.u32;
  const d = (o + Int.DIGITS) >> 2;
  w[d] = z0;
  w[d + 1] = z1;
  if (n > 2) w[d + 2] = z2;
  if (n > 3) w[d + 3] = z3;
  return o;
}

export function intMul(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  return intProduct(rt, a, b);
}

/** a × b for two ints (bool and subclasses included): a new int. */
export function intProduct(rt: Runtime, a: number, b: number): number {
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  const r = x * y;
  const sa = intSize(rt, a);
  const sb = intSize(rt, b);
  const block = productBlockDigits(sa, sb);
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newIntInBlock(rt, r + 0, block);
  if (r === r) return intProductOfSafe(rt, x, y, block);
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if (na * nb > MUL_DIGIT_WORK && na > 1 && nb > 1) return newIntFromBigInt(rt, intToBigInt(rt, a) * intToBigInt(rt, b), block);
  if (na > LINEAR_DIGIT_LIMIT || nb > LINEAR_DIGIT_LIMIT) return newIntFromBigInt(rt, intToBigInt(rt, a) * intToBigInt(rt, b), block);
  const u = rt.u32;
  const z = intScratch(0, na + nb);
  const n = mulMag(u, (a + Int.DIGITS) >> 2, na, u, (b + Int.DIGITS) >> 2, nb, z, 0);
  return intFromDigitsInBlock(rt, z, n, sa < 0 !== sb < 0, block);
}

/**
 * x × y for integers within ±MAX_SAFE whose product is beyond it: a new int of three or four
 * digits (`mulSafeMag`), in a block of `block` digits (productBlockDigits of the operands'
 * sizes; 0, exact, for two one-digit operands).
 */
export function intProductOfSafe(rt: Runtime, x: number, y: number, block = 0): number {
  const z = intScratch(0, 4);
  return intFromDigitsInBlock(rt, z, mulSafeMag(x, y, z), x < 0 !== y < 0, block);
}

function isZero(v: number | bigint): boolean {
  return v === 0 || v === 0n;
}

export function intFloorDiv(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer division or modulo by zero");
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  if (x === x && y === y) return newInt(rt, floorDivNumber(x, y));
  return divideDigits(rt, a, b, Division.QUOTIENT);
}

export function intMod(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer modulo by zero");
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  if (x === x && y === y) return newInt(rt, modNumber(x, y));
  return divideDigits(rt, a, b, Division.REMAINDER);
}

/** divmod(a, b) for ints: a new (q, r) tuple, or NotImplemented. */
export function intDivmod(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer division or modulo by zero");
  const x = intSafeValue(rt, a);
  const y = intSafeValue(rt, b);
  if (x === x && y === y) return newPair(rt, newInt(rt, floorDivNumber(x, y)), newInt(rt, modNumber(x, y)));
  return divideDigits(rt, a, b, Division.BOTH);
}

/** What divideDigits returns. */
const enum Division {
  QUOTIENT,
  REMAINDER,
  /** A (quotient, remainder) tuple. */
  BOTH,
}

/**
 * a // b, a % b or divmod(a, b) for b ≠ 0, on the digits: CPython's l_divmod over divrem1
 * (a divisor below 2^37: one digit, or two with a small top digit) or x_divrem, with bigint
 * beyond the size limits.
 */
function divideDigits(rt: Runtime, a: number, b: number, want: Division): number {
  const sa = intSize(rt, a);
  const sb = intSize(rt, b);
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  // Floor division: when the signs differ and the division is inexact, the quotient's
  // magnitude grows by one and the remainder becomes |b| - r, with b's sign.
  const signsDiffer = sa < 0 !== sb < 0;
  const u = rt.u32;
  const da = (a + Int.DIGITS) >> 2;
  const db = (b + Int.DIGITS) >> 2;
  // A divisor below 2^37 (one digit, or two with a small top digit) divides digit by digit.
  const n = nb === 1 ? u[db] : nb === 2 ? u[db] + u[db + 1] * DIGIT_BASE : HALF_STEP_DIVISOR_LIMIT;
  if (n < HALF_STEP_DIVISOR_LIMIT && na <= LINEAR_DIGIT_LIMIT) {
    if (want === Division.REMAINDER) {
      let r = rem1(u, da, na, n);
      if (r !== 0 && signsDiffer) r = n - r;
      return newInt(rt, sb < 0 ? -r : r);
    }
    const q = intScratch(0, na + 1);
    let r = divrem1(u, da, na, n, q, 0);
    let qn = normalizeDigits(q, 0, na);
    if (r !== 0 && signsDiffer) {
      qn = incMag(q, 0, qn, q, 0);
      r = n - r;
    }
    const quotient = intFromDigits(rt, q, qn, signsDiffer);
    if (want === Division.QUOTIENT) return quotient;
    let remainder: number;
    try {
      remainder = newInt(rt, sb < 0 ? -r : r);
    } catch (e) {
      rt.decref(quotient);
      throw e;
    }
    return newPair(rt, quotient, remainder);
  }
  if (na > LINEAR_DIGIT_LIMIT || nb > LINEAR_DIGIT_LIMIT) return divideBig(rt, intToBigInt(rt, a), intToBigInt(rt, b), want);
  const q = intScratch(0, na + 1);
  let r = intScratch(1, nb);
  let qn: number;
  let rn: number;
  const k = powerOfTwoExponent(u, db, nb);
  if (k >= 0) {
    // |b| = 2^k: the quotient is a shift, the remainder the low bits.
    qn = want === Division.REMAINDER ? 0 : rshiftMag(u, da, na, k, q, 0);
    rn = lowBitsMag(u, da, na, k, r, 0);
  } else {
    if (na * nb > DIV_DIGIT_WORK) return divideBig(rt, intToBigInt(rt, a), intToBigInt(rt, b), want);
    divremMag(u, da, na, u, db, nb, q, 0, r, 0);
    qn = divremSizes[0];
    rn = divremSizes[1];
  }
  if (rn !== 0 && signsDiffer) {
    qn = incMag(q, 0, qn, q, 0);
    const t = intScratch(2, nb);
    rn = subMag(u, db, nb, r, 0, rn, t, 0);
    r = t;
  }
  if (want === Division.REMAINDER) return intFromDigits(rt, r, rn, sb < 0);
  const quotient = intFromDigits(rt, q, qn, signsDiffer);
  if (want === Division.QUOTIENT) return quotient;
  let remainder: number;
  try {
    remainder = intFromDigits(rt, r, rn, sb < 0);
  } catch (e) {
    rt.decref(quotient);
    throw e;
  }
  return newPair(rt, quotient, remainder);
}

/** divideDigits with bigint. */
function divideBig(rt: Runtime, x: bigint, y: bigint, want: Division): number {
  if (want === Division.QUOTIENT) return newIntFromBigInt(rt, floorDivBig(x, y));
  if (want === Division.REMAINDER) return newIntFromBigInt(rt, modBig(x, y));
  return newPair(rt, newIntFromBigInt(rt, floorDivBig(x, y)), newIntFromBigInt(rt, modBig(x, y)));
}

/** A new 2-tuple that takes over the references `a` and `b` (released if it cannot be made). */
export function newPair(rt: Runtime, a: number, b: number): number {
  let t: number;
  try {
    t = newTuple(rt, 2);
  } catch (e) {
    rt.decref(a);
    rt.decref(b);
    throw e;
  }
  tupleSetItem(rt, t, 0, a);
  tupleSetItem(rt, t, 1, b);
  return t;
}

export function intTrueDiv(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = intValue(rt, a);
  const y = intValue(rt, b);
  if (isZero(y)) throw rt.raise(rt.E.ZeroDivisionError, "division by zero");
  if (typeof x === "number" && typeof y === "number") return newFloat(rt, x / y);
  const q = trueDivideBig(big(x), big(y));
  if (!Number.isFinite(q)) throw rt.raise(rt.E.OverflowError, "integer division result too large for a float");
  return newFloat(rt, q);
}


export function intPow(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = intValue(rt, a);
  const y = intValue(rt, b);
  if (y < 0) return floatPowValues(rt, intToDouble(rt, a), intToDouble(rt, b));
  return newIntValue(rt, powValue(rt, x, y));
}

/** x ** y for y ≥ 0. */
function powValue(rt: Runtime, x: number | bigint, y: number | bigint): number | bigint {
  if (x === 0 || x === 1 || x === 0n || x === 1n) return isZero(y) ? 1 : x;
  if (x === -1 || x === -1n) return big(y) % 2n === 0n ? 1 : -1;
  if (typeof y === "bigint" || bitLength(big(x)) * y > MAX_RESULT_BITS) throw rt.noMemory();
  if (typeof x === "number") {
    const r = x ** y;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  try {
    return big(x) ** BigInt(y);
  } catch {
    throw rt.noMemory();
  }
}

/** pow(a, b, mod) for ints (CPython's long_pow with a modulus); NotImplemented for other types. */
export function intTernaryPow(rt: Runtime, a: number, b: number, mod: number): number {
  if (!isInt(rt, a) || !isInt(rt, b) || !isInt(rt, mod)) return notImplemented(rt);
  const r = ternaryPowBig(intToBigInt(rt, a), intToBigInt(rt, b), intToBigInt(rt, mod));
  if (typeof r === "string") throw rt.raise(rt.E.ValueError, r);
  return newIntFromBigInt(rt, r);
}

/** The shift count of `a << b` / `a >> b`: a number, or Infinity when it is beyond any use. */
function shiftCount(rt: Runtime, b: number): number {
  const n = intValue(rt, b);
  if (n < 0) throw rt.raise(rt.E.ValueError, "negative shift count");
  return typeof n === "bigint" ? Infinity : n;
}

export function intLshift(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const n = shiftCount(rt, b);
  const sa = intSize(rt, a);
  if (sa === 0) return newInt(rt, 0);
  const x = intSafeValue(rt, a);
  if (n < 53) {
    const r = x * 2 ** n; // NaN when x is not safe
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return newIntInBlock(rt, r, lshiftBlockDigits(sa, n));
  }
  const na = sa < 0 ? -sa : sa;
  if (na + n / 30 < LINEAR_DIGIT_LIMIT) {
    const z = intScratch(0, na + Math.ceil(n / 30) + 1);
    return intFromDigitsInBlock(rt, z, lshiftMag(rt.u32, (a + Int.DIGITS) >> 2, na, n, z, 0), sa < 0, lshiftBlockDigits(sa, n));
  }
  const v = intToBigInt(rt, a);
  if (n + bitLength(v) > MAX_RESULT_BITS) throw rt.noMemory();
  return newIntFromBigInt(rt, v << BigInt(n), lshiftBlockDigits(sa, n));
}

export function intRshift(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const n = shiftCount(rt, b);
  const x = intSafeValue(rt, a);
  if (x === x) return newInt(rt, n >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** n));
  const sa = intSize(rt, a);
  const na = sa < 0 ? -sa : sa;
  if (na <= LINEAR_DIGIT_LIMIT) {
    // A negative value rounds toward -inf: -(|a| >> n), one further when bits were lost.
    const z = intScratch(0, na + 1);
    let zn = rshiftMag(rt.u32, (a + Int.DIGITS) >> 2, na, n, z, 0);
    if (sa < 0 && rshiftLostBits) zn = incMag(z, 0, zn, z, 0);
    return intFromDigits(rt, z, zn, sa < 0);
  }
  const v = intToBigInt(rt, a);
  if (n > bitLength(v)) return newInt(rt, v < 0n ? -1 : 0);
  return newIntFromBigInt(rt, v >> BigInt(n));
}

/** &, |, ^ with two's complement semantics on negative values. */
export function intBitwise(op: BinaryOp.AND | BinaryOp.OR | BinaryOp.XOR): BinarySlot {
  const digitOp = op === BinaryOp.AND ? Bitwise.AND : op === BinaryOp.OR ? Bitwise.OR : Bitwise.XOR;
  return (rt, a, b) => {
    if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
    const x = intSafeValue(rt, a);
    const y = intSafeValue(rt, b);
    if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) {
      return newInt(rt, op === BinaryOp.AND ? x & y : op === BinaryOp.OR ? x | y : x ^ y);
    }
    const sa = intSize(rt, a);
    const sb = intSize(rt, b);
    const na = sa < 0 ? -sa : sa;
    const nb = sb < 0 ? -sb : sb;
    if (na <= LINEAR_DIGIT_LIMIT && nb <= LINEAR_DIGIT_LIMIT) {
      const u = rt.u32;
      const z = intScratch(0, (na > nb ? na : nb) + 1);
      const n = bitwiseDigits(digitOp, u, (a + Int.DIGITS) >> 2, na, sa < 0, u, (b + Int.DIGITS) >> 2, nb, sb < 0, z, 0);
      return intFromDigits(rt, z, n, bitwiseNegative);
    }
    const bx = intToBigInt(rt, a);
    const by = intToBigInt(rt, b);
    return newIntFromBigInt(rt, op === BinaryOp.AND ? bx & by : op === BinaryOp.OR ? bx | by : bx ^ by);
  };
}

export function intNegative(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  if (s >= -1 && s <= 1) return newInt(rt, -intSmallValue(rt, o) + 0);
  const n = s < 0 ? -s : s;
  const r = allocIntDigits(rt, n, s > 0);
  rt.u32.copyWithin((r + Int.DIGITS) >> 2, (o + Int.DIGITS) >> 2, ((o + Int.DIGITS) >> 2) + n);
  return r;
}

export function intAbsolute(rt: Runtime, o: number): number {
  if (intSize(rt, o) >= 0) return intExact(rt, o);
  return intNegative(rt, o);
}

/** ~x = -(x + 1). */
export function intInvert(rt: Runtime, o: number): number {
  const x = intSafeValue(rt, o);
  if (x === x) return newInt(rt, -(x + 1) + 0);
  const s = intSize(rt, o);
  const n = s < 0 ? -s : s;
  if (n > LINEAR_DIGIT_LIMIT) return newIntFromBigInt(rt, -(intToBigInt(rt, o) + 1n));
  const z = intScratch(0, n + 1);
  const d = (o + Int.DIGITS) >> 2;
  if (s > 0) return intFromDigits(rt, z, incMag(rt.u32, d, n, z, 0), true);
  return intFromDigits(rt, z, decMag(rt.u32, d, n, z, 0), false);
}

/** -1, 0 or 1 as a <=> b, for ints. */
export function intCompare(rt: Runtime, a: number, b: number): number {
  const sa = intSize(rt, a);
  const sb = intSize(rt, b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const n = sa < 0 ? -sa : sa;
  const da = (a + Int.DIGITS) >> 2;
  const db = (b + Int.DIGITS) >> 2;
  for (let i = n - 1; i >= 0; i--) {
    const x = rt.u32[da + i];
    const y = rt.u32[db + i];
    if (x !== y) return (x < y) === sa > 0 ? -1 : 1;
  }
  return 0;
}

export function intRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isInt(rt, b)) return notImplemented(rt);
  const c = a === b ? 0 : intCompare(rt, a, b);
  let r: boolean;
  switch (op) {
    case CompareOp.LT: r = c < 0; break;
    case CompareOp.LE: r = c <= 0; break;
    case CompareOp.EQ: r = c === 0; break;
    case CompareOp.NE: r = c !== 0; break;
    case CompareOp.GT: r = c > 0; break;
    default: r = c >= 0;
  }
  const result = r ? rt.S.True : rt.S.False;
  rt.incref(result);
  return result;
}
