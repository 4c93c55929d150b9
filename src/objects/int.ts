/**
 * `int`: arbitrary-precision integers in CPython 3.11's layout.
 *
 *   PyLongObject (24 + 4·max(1, ndigits) bytes; getsizeof(0) == 28, getsizeof(2**30) == 32)
 *   ┌──────────┬─────────┬────────────────┬─────────┬─────────┬───
 *   │ refcnt   │ type    │ ob_size        │ digit 0 │ digit 1 │ ...   30-bit digits, uint32 each,
 *   └──────────┴─────────┴────────────────┴─────────┴─────────┴───   least significant first
 *    0          8         16               24        28
 *
 * ob_size is ±ndigits with the sign of the value; zero has ob_size 0 and one (zero) digit
 * allocated. Values are always normalised (no leading zero digit), and -5..256 always come
 * from the static small-int cache. There is no int free list in 3.11. A one-digit ("medium")
 * int asks the allocator for 32 bytes, as 3.11's fast path does; other sizes ask for
 * 24 + 4·ndigits.
 *
 * Arithmetic reads a value as a JS number when it is below 2^53 (`safeValue`). Larger operands
 * are worked on their digits in the heap, as CPython does (int-arith.ts: addition, subtraction,
 * schoolbook multiplication, long division, shifts, bitwise operations, the hash), into a
 * scratch array that becomes the result's digits; only operands beyond the limits below go
 * through `bigint`. Results are normalised, small values come from the cache, and each result
 * is allocated at its exact size whichever path made it. The eval loop's fast paths use
 * `intIsSmall` / `intSmallValue` (|ob_size| ≤ 1) and `newInt`.
 *
 * Where to start reading: `newInt`, `intValue`, then the slot table at the end.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeDef } from "./typedef.js";
import { Ob, STATIC_REFCNT, Tp, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import {
  DIGIT_BASE, MAX_SAFE, bigIntToDigits, bitLength, digitCountOfBigInt, digitsToBigInt, floorDivBig,
  floorDivNumber, hashOfBigInt, hashOfSafeInt, hashToWords, modBig, modNumber, smallBigIntToDigits,
  ternaryPowBig, trueDivideBig,
} from "./int-digits.js";
import {
  Bitwise, addMag, bitwiseDigits, bitwiseNegative, decMag, divrem1, divremMag, divremSizes, hashMag, hashParts,
  incMag, lowBitsMag, lshiftMag, mulMag, powerOfTwoExponent, rem1, rshiftLostBits, rshiftMag, subMag,
} from "./int-arith.js";
import {
  DEFAULT_MAX_STR_DIGITS, ParseFailure, asciiNumberText, decimalText, formatIntValue, parseIntText, radixText,
  tooManyDigitsToInt,
} from "./int-format.js";
import { argSpec, checkArgs, kwCount, parseArgs, arg } from "./args.js";
import { asIndex, call0, call1, index as numberIndex, isTrue, reprText, str as objectStr } from "./abstract.js";
import { lookupSpecial } from "./iterators.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { bytesData, bytesFromObject, newBytes } from "./bytes.js";
import { floatHash, floatPowValues, floatValue, hashDoubleExact, newFloat } from "./float.js";
import { complexHash, complexHashExact } from "./complex.js";
import { formatFloatSpec } from "./float-repr.js";

/** Field offsets of PyLongObject. */
export const enum Int {
  SIZE = Ob.SIZE,
  DIGITS = Ob.VAR_HEAD_SIZE,
  /** The allocation of a one-digit int: sizeof(PyLongObject), 3.11's medium-int fast path. */
  MEDIUM_SIZE = 32,
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;

// ── layout access ────────────────────────────────────────────────────────────────────────

/** ob_size: ±ndigits. */
export function intSize(rt: Runtime, o: number): number {
  return rt.i32[(o + Int.SIZE) >> 2];
}

function setSize(rt: Runtime, o: number, size: number): void {
  rt.i32[(o + Int.SIZE) >> 2] = size;
  rt.i32[(o + Int.SIZE + 4) >> 2] = size < 0 ? -1 : 0;
}

/** Does `o` hold at most one digit (|v| < 2^30)? For the eval loop's fast paths. */
export function intIsSmall(rt: Runtime, o: number): boolean {
  const s = rt.i32[(o + Int.SIZE) >> 2];
  return s >= -1 && s <= 1;
}

/** The value of an int with at most one digit: sign × digit 0. */
export function intSmallValue(rt: Runtime, o: number): number {
  return rt.i32[(o + Int.SIZE) >> 2] * rt.u32[(o + Int.DIGITS) >> 2];
}

/** Is `o` an int (bool and subclasses included)? */
export function isInt(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.LONG_SUBCLASS);
}

// ── creation ─────────────────────────────────────────────────────────────────────────────

/** Create the static small ints -5..256 in rt.S.smallInts (refcount STATIC_REFCNT). */
export function initSmallInts(rt: Runtime): void {
  const cache = rt.S.smallInts ?? new Int32Array(SMALL_MAX - SMALL_MIN + 1);
  for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
    const o = rt.allocStatic(rt.T.int, Int.DIGITS + 4, false, STATIC_REFCNT);
    setSize(rt, o, Math.sign(v));
    rt.u32[(o + Int.DIGITS) >> 2] = Math.abs(v);
    cache[v - SMALL_MIN] = o;
  }
  rt.S.smallInts = cache;
}

/** A new exact int with room for `n` digits; ob_size is left for the caller. */
function allocInt(rt: Runtime, n: number): number {
  return rt.allocObject(rt.T.int, n <= 1 ? Int.MEDIUM_SIZE : Int.DIGITS + 4 * n);
}

/** A new reference to the int `v` (an integer-valued JS number; small values are cached). */
export function newInt(rt: Runtime, v: number): number {
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    const o = rt.S.smallInts[v - SMALL_MIN];
    rt.i32[o >> 2]++;
    return o;
  }
  const a = v < 0 ? -v : v;
  if (a < DIGIT_BASE) {
    const o = allocInt(rt, 1);
    setSize(rt, o, v < 0 ? -1 : 1);
    rt.u32[(o + Int.DIGITS) >> 2] = a;
    return o;
  }
  if (a <= MAX_SAFE) {
    const o = rt.allocObject(rt.T.int, Int.DIGITS + 8);
    setSize(rt, o, v < 0 ? -2 : 2);
    const hi = Math.floor(a / DIGIT_BASE);
    rt.u32[(o + Int.DIGITS) >> 2] = a - hi * DIGIT_BASE;
    rt.u32[(o + Int.DIGITS + 4) >> 2] = hi;
    return o;
  }
  return newIntFromBigInt(rt, BigInt(v));
}

/** A new reference to the int `v`. */
export function newIntFromBigInt(rt: Runtime, v: bigint): number {
  if (v > -9007199254740992n && v < 9007199254740992n) return newInt(rt, Number(v));
  const negative = v < 0n;
  const mag = negative ? -v : v;
  const z = scratch(0, SMALL_BIGINT_DIGITS);
  const small = smallBigIntToDigits(mag, z, 0);
  if (small > 0) return intFromDigits(rt, z, small, negative);
  const n = digitCountOfBigInt(mag);
  const o = rt.allocObject(rt.T.int, Int.DIGITS + 4 * n);
  setSize(rt, o, negative ? -n : n);
  bigIntToDigits(mag, rt.u32, (o + Int.DIGITS) >> 2, n);
  return o;
}

/** Room smallBigIntToDigits needs (int-digits.ts). */
const SMALL_BIGINT_DIGITS = 41;

/**
 * A new reference to the int ±z[0 .. n) (normalised digits): the cached small int, a medium
 * int, or an object of exactly n digits, as newInt and newIntFromBigInt allocate.
 */
function intFromDigits(rt: Runtime, z: Uint32Array, n: number, negative: boolean): number {
  if (n <= 1) {
    const v = n === 0 ? 0 : z[0];
    return newInt(rt, negative ? -v : v);
  }
  const o = rt.allocObject(rt.T.int, Int.DIGITS + 4 * n);
  setSize(rt, o, negative ? -n : n);
  const u = rt.u32;
  const d = (o + Int.DIGITS) >> 2;
  for (let i = 0; i < n; i++) u[d + i] = z[i];
  return o;
}

// ── scratch digit arrays ─────────────────────────────────────────────────────────────────

/**
 * Results of digit arithmetic are built here before their object is allocated at its exact
 * size. Three arrays, as divmod needs a quotient, a remainder and a temporary at once.
 */
const scratchArrays = [new Uint32Array(64), new Uint32Array(64), new Uint32Array(64)];

/** Scratch array `k` (0, 1 or 2) with room for at least n digits. */
function scratch(k: number, n: number): Uint32Array {
  const z = scratchArrays[k];
  if (z.length >= n) return z;
  return (scratchArrays[k] = new Uint32Array(Math.max(n, 2 * z.length)));
}

/**
 * Operand sizes (in digits) up to which the digit algorithms are used; beyond, `bigint`'s
 * (linear ones: +, -, shifts, bitwise, division by one digit; quadratic ones by the product
 * of the operand sizes: ×, long division).
 */
const LINEAR_DIGIT_LIMIT = 4096;
const MUL_DIGIT_WORK = 1024;
const DIV_DIGIT_WORK = 512;

/** A new reference to the int `v` (number: a safe integer). */
export function newIntValue(rt: Runtime, v: number | bigint): number {
  return typeof v === "number" ? newInt(rt, v) : newIntFromBigInt(rt, v);
}

// ── reading values ───────────────────────────────────────────────────────────────────────

/** o's value: a JS number when |v| < 2^53, else a bigint. */
export function intValue(rt: Runtime, o: number): number | bigint {
  const s = rt.i32[(o + Int.SIZE) >> 2];
  const d = (o + Int.DIGITS) >> 2;
  if (s >= -1 && s <= 1) return s * rt.u32[d] + 0;
  const n = s < 0 ? -s : s;
  if (n === 2 && rt.u32[d + 1] < 1 << 23) {
    const v = rt.u32[d + 1] * DIGIT_BASE + rt.u32[d];
    return s < 0 ? -v : v;
  }
  const mag = digitsToBigInt(rt.u32, d, n);
  return s < 0 ? -mag : mag;
}

/** o's value when |v| < 2^53, else NaN: intValue without the bigint. */
function safeValue(rt: Runtime, o: number): number {
  const s = rt.i32[(o + Int.SIZE) >> 2];
  const d = (o + Int.DIGITS) >> 2;
  if (s >= -1 && s <= 1) return s * rt.u32[d] + 0;
  if ((s === 2 || s === -2) && rt.u32[d + 1] < 1 << 23) {
    const v = rt.u32[d + 1] * DIGIT_BASE + rt.u32[d];
    return s < 0 ? -v : v;
  }
  return NaN;
}

/** o's value as a bigint. */
export function intToBigInt(rt: Runtime, o: number): bigint {
  const v = intValue(rt, o);
  return typeof v === "bigint" ? v : BigInt(v);
}

/** OverflowError's text when an int does not fit a JS number (CPython: a C ssize_t). */
const SSIZE_OVERFLOW = "Python int too large to convert to C ssize_t";

/** o's exact value as a JS number; OverflowError beyond 2^53 (CPython: beyond a C ssize_t). */
export function intAsNumber(rt: Runtime, o: number): number {
  return intAsNumberOr(rt, o, SSIZE_OVERFLOW);
}

/** intAsNumber with the OverflowError text the caller's context calls for. */
export function intAsNumberOr(rt: Runtime, o: number, overflowMessage: string): number {
  const v = intValue(rt, o);
  if (typeof v === "bigint") throw rt.raise(rt.E.OverflowError, overflowMessage);
  return v;
}

/** float(o) for an int: correctly rounded; OverflowError when too large. */
export function intToDouble(rt: Runtime, o: number): number {
  const v = intValue(rt, o);
  if (typeof v === "number") return v;
  const d = Number(v);
  if (!Number.isFinite(d)) throw rt.raise(rt.E.OverflowError, "int too large to convert to float");
  return d;
}

/** An exact int with o's value: o itself (new reference) when it is exact, else a copy. */
export function intExact(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.int) {
    rt.incref(o);
    return o;
  }
  return newIntValue(rt, intValue(rt, o));
}

const big = (v: number | bigint): bigint => (typeof v === "bigint" ? v : BigInt(v));

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

// ── the digit limit (sys.set_int_max_str_digits) ─────────────────────────────────────────

const maxStrDigitsByRuntime = new WeakMap<Runtime, number>();

export function getIntMaxStrDigits(rt: Runtime): number {
  return maxStrDigitsByRuntime.get(rt) ?? DEFAULT_MAX_STR_DIGITS;
}

/** sys.set_int_max_str_digits: 0 disables the limit; the caller validates (0 or ≥ 640). */
export function setIntMaxStrDigits(rt: Runtime, n: number): void {
  maxStrDigitsByRuntime.set(rt, n);
}

/** The decimal text of an int, with the digit limit. */
export function intToDecimal(rt: Runtime, o: number): string {
  const s = intSize(rt, o);
  return decimalText(rt, intValue(rt, o), s < 0 ? -s : s, getIntMaxStrDigits(rt));
}

/** hex(o) / oct(o) / bin(o) text for an int. */
export function intToRadix(rt: Runtime, o: number, base: 2 | 8 | 16): string {
  return radixText(intValue(rt, o), base);
}

// ── from text ────────────────────────────────────────────────────────────────────────────

/**
 * int(text, base) (base 0 or 2..36). `original` is the object the message should show
 * (defaults to a str of `text`): `invalid literal for int() with base 10: 'x'`.
 */
export function intFromString(rt: Runtime, text: string, base: number, original = 0): number {
  const parsed = parseIntText(asciiNumberText(text), base, getIntMaxStrDigits(rt));
  if (parsed.failure === 0) return newIntValue(rt, parsed.value);
  if (parsed.failure === ParseFailure.TOO_MANY_DIGITS) {
    throw rt.raise(rt.E.ValueError, tooManyDigitsToInt(getIntMaxStrDigits(rt), parsed.digits));
  }
  let shown: string;
  if (original !== 0) shown = reprText(rt, original);
  else {
    const s = rt.newStr(text);
    try {
      shown = reprText(rt, s);
    } finally {
      rt.decref(s);
    }
  }
  throw rt.raise(rt.E.ValueError, `invalid literal for int() with base ${parsed.base}: ${shown.slice(0, 200)}`);
}

// ── the number protocol ──────────────────────────────────────────────────────────────────

function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

function intAdd(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
  const r = x + y; // NaN unless both are safe
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newInt(rt, r);
  return addDigits(rt, a, b, false);
}

function intSub(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
  const r = x - y;
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newInt(rt, r);
  return addDigits(rt, a, b, true);
}

/** a + b, or a - b when `subtract`, on the digits (CPython's long_add / long_sub). */
function addDigits(rt: Runtime, a: number, b: number, subtract: boolean): number {
  const sa = intSize(rt, a);
  let sb = intSize(rt, b);
  if (subtract) sb = -sb;
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if (na > LINEAR_DIGIT_LIMIT || nb > LINEAR_DIGIT_LIMIT) {
    const x = intToBigInt(rt, a);
    const y = intToBigInt(rt, b);
    return newIntFromBigInt(rt, subtract ? x - y : x + y);
  }
  const u = rt.u32;
  const da = (a + Int.DIGITS) >> 2;
  const db = (b + Int.DIGITS) >> 2;
  const z = scratch(0, (na > nb ? na : nb) + 1);
  if (sa < 0 === sb < 0) return intFromDigits(rt, z, addMag(u, da, na, u, db, nb, z, 0), sa < 0);
  // Opposite signs: |a| - |b| carries a's sign.
  const d = subMag(u, da, na, u, db, nb, z, 0);
  return intFromDigits(rt, z, d < 0 ? -d : d, d < 0 !== sa < 0);
}

function intMul(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
  const r = x * y;
  if (r >= -MAX_SAFE && r <= MAX_SAFE) return newInt(rt, r + 0);
  const sa = intSize(rt, a);
  const sb = intSize(rt, b);
  const na = sa < 0 ? -sa : sa;
  const nb = sb < 0 ? -sb : sb;
  if (na * nb > MUL_DIGIT_WORK && na > 1 && nb > 1) return newIntFromBigInt(rt, intToBigInt(rt, a) * intToBigInt(rt, b));
  if (na > LINEAR_DIGIT_LIMIT || nb > LINEAR_DIGIT_LIMIT) return newIntFromBigInt(rt, intToBigInt(rt, a) * intToBigInt(rt, b));
  const u = rt.u32;
  const z = scratch(0, na + nb);
  const n = mulMag(u, (a + Int.DIGITS) >> 2, na, u, (b + Int.DIGITS) >> 2, nb, z, 0);
  return intFromDigits(rt, z, n, sa < 0 !== sb < 0);
}

function isZero(v: number | bigint): boolean {
  return v === 0 || v === 0n;
}

function intFloorDiv(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer division or modulo by zero");
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
  if (x === x && y === y) return newInt(rt, floorDivNumber(x, y));
  return divideDigits(rt, a, b, Division.QUOTIENT);
}

function intMod(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer modulo by zero");
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
  if (x === x && y === y) return newInt(rt, modNumber(x, y));
  return divideDigits(rt, a, b, Division.REMAINDER);
}

/** divmod(a, b) for ints: a new (q, r) tuple, or NotImplemented. */
export function intDivmod(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  if (intSize(rt, b) === 0) throw rt.raise(rt.E.ZeroDivisionError, "integer division or modulo by zero");
  const x = safeValue(rt, a);
  const y = safeValue(rt, b);
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
 * (a one-digit divisor) or x_divrem, with bigint beyond the size limits.
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
  if (nb === 1 && na <= LINEAR_DIGIT_LIMIT) {
    const n = u[db];
    if (want === Division.REMAINDER) {
      let r = rem1(u, da, na, n);
      if (r !== 0 && signsDiffer) r = n - r;
      return newInt(rt, sb < 0 ? -r : r);
    }
    const q = scratch(0, na + 1);
    let r = divrem1(u, da, na, n, q, 0);
    let qn = na > 0 && q[na - 1] === 0 ? na - 1 : na;
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
  const q = scratch(0, na + 1);
  let r = scratch(1, nb);
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
    const t = scratch(2, nb);
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

function intTrueDiv(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const x = intValue(rt, a);
  const y = intValue(rt, b);
  if (isZero(y)) throw rt.raise(rt.E.ZeroDivisionError, "division by zero");
  if (typeof x === "number" && typeof y === "number") return newFloat(rt, x / y);
  const q = trueDivideBig(big(x), big(y));
  if (!Number.isFinite(q)) throw rt.raise(rt.E.OverflowError, "integer division result too large for a float");
  return newFloat(rt, q);
}

/** Beyond this many result bits, a power or shift is refused with MemoryError, as CPython's allocation fails. */
const MAX_RESULT_BITS = 2 ** 32;

function intPow(rt: Runtime, a: number, b: number): number {
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
function intTernaryPow(rt: Runtime, a: number, b: number, mod: number): number {
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

function intLshift(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const n = shiftCount(rt, b);
  const sa = intSize(rt, a);
  if (sa === 0) return newInt(rt, 0);
  const x = safeValue(rt, a);
  if (n < 53) {
    const r = x * 2 ** n; // NaN when x is not safe
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return newInt(rt, r);
  }
  const na = sa < 0 ? -sa : sa;
  if (na + n / 30 < LINEAR_DIGIT_LIMIT) {
    const z = scratch(0, na + Math.ceil(n / 30) + 1);
    return intFromDigits(rt, z, lshiftMag(rt.u32, (a + Int.DIGITS) >> 2, na, n, z, 0), sa < 0);
  }
  const v = intToBigInt(rt, a);
  if (n + bitLength(v) > MAX_RESULT_BITS) throw rt.noMemory();
  return newIntFromBigInt(rt, v << BigInt(n));
}

function intRshift(rt: Runtime, a: number, b: number): number {
  if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
  const n = shiftCount(rt, b);
  const x = safeValue(rt, a);
  if (x === x) return newInt(rt, n >= 64 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** n));
  const sa = intSize(rt, a);
  const na = sa < 0 ? -sa : sa;
  if (na <= LINEAR_DIGIT_LIMIT) {
    // A negative value rounds toward -inf: -(|a| >> n), one further when bits were lost.
    const z = scratch(0, na + 1);
    let zn = rshiftMag(rt.u32, (a + Int.DIGITS) >> 2, na, n, z, 0);
    if (sa < 0 && rshiftLostBits) zn = incMag(z, 0, zn, z, 0);
    return intFromDigits(rt, z, zn, sa < 0);
  }
  const v = intToBigInt(rt, a);
  if (n > bitLength(v)) return newInt(rt, v < 0n ? -1 : 0);
  return newIntFromBigInt(rt, v >> BigInt(n));
}

/** &, |, ^ with two's complement semantics on negative values. */
function bitwise(op: BinaryOp.AND | BinaryOp.OR | BinaryOp.XOR): BinarySlot {
  const digitOp = op === BinaryOp.AND ? Bitwise.AND : op === BinaryOp.OR ? Bitwise.OR : Bitwise.XOR;
  return (rt, a, b) => {
    if (!isInt(rt, a) || !isInt(rt, b)) return notImplemented(rt);
    const x = safeValue(rt, a);
    const y = safeValue(rt, b);
    if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) {
      return newInt(rt, op === BinaryOp.AND ? x & y : op === BinaryOp.OR ? x | y : x ^ y);
    }
    const sa = intSize(rt, a);
    const sb = intSize(rt, b);
    const na = sa < 0 ? -sa : sa;
    const nb = sb < 0 ? -sb : sb;
    if (na <= LINEAR_DIGIT_LIMIT && nb <= LINEAR_DIGIT_LIMIT) {
      const u = rt.u32;
      const z = scratch(0, (na > nb ? na : nb) + 1);
      const n = bitwiseDigits(digitOp, u, (a + Int.DIGITS) >> 2, na, sa < 0, u, (b + Int.DIGITS) >> 2, nb, sb < 0, z, 0);
      return intFromDigits(rt, z, n, bitwiseNegative);
    }
    const bx = intToBigInt(rt, a);
    const by = intToBigInt(rt, b);
    return newIntFromBigInt(rt, op === BinaryOp.AND ? bx & by : op === BinaryOp.OR ? bx | by : bx ^ by);
  };
}

function intNegative(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  if (s >= -1 && s <= 1) return newInt(rt, -intSmallValue(rt, o) + 0);
  const n = s < 0 ? -s : s;
  const r = rt.allocObject(rt.T.int, Int.DIGITS + 4 * n);
  setSize(rt, r, -s);
  rt.u32.copyWithin((r + Int.DIGITS) >> 2, (o + Int.DIGITS) >> 2, ((o + Int.DIGITS) >> 2) + n);
  return r;
}

function intAbsolute(rt: Runtime, o: number): number {
  if (intSize(rt, o) >= 0) return intExact(rt, o);
  return intNegative(rt, o);
}

/** ~x = -(x + 1). */
function intInvert(rt: Runtime, o: number): number {
  const x = safeValue(rt, o);
  if (x === x) return newInt(rt, -(x + 1) + 0);
  const s = intSize(rt, o);
  const n = s < 0 ? -s : s;
  if (n > LINEAR_DIGIT_LIMIT) return newIntFromBigInt(rt, -(intToBigInt(rt, o) + 1n));
  const z = scratch(0, n + 1);
  const d = (o + Int.DIGITS) >> 2;
  if (s > 0) return intFromDigits(rt, z, incMag(rt.u32, d, n, z, 0), true);
  return intFromDigits(rt, z, decMag(rt.u32, d, n, z, 0), false);
}

function intRichcompare(rt: Runtime, a: number, b: number, op: number): number {
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

/** hash(int): CPython's value modulo 2^61 - 1 (see foldHash in int-digits.ts for large hashes). */
export function intHash(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  if (s >= -1 && s <= 1) return hashOfSafeInt(intSmallValue(rt, o));
  hashMag(rt.u32, (o + Int.DIGITS) >> 2, s < 0 ? -s : s);
  // foldHash of the exact hash: its low 53 bits with its sign (all of it when below 2^53).
  const low = (hashParts[0] % 0x800000) * DIGIT_BASE + hashParts[1];
  const h = s < 0 ? 0 - low : low;
  return h === -1 ? -2 : h;
}

/**
 * Write the exact 64-bit hash of a multi-digit int as [low, high] signed 32-bit words
 * (hashToWords of long_hash's result, without the bigint).
 */
function bigIntHashWords(rt: Runtime, o: number, s: number, out: Int32Array): void {
  hashMag(rt.u32, (o + Int.DIGITS) >> 2, s < 0 ? -s : s);
  const hi = hashParts[0];
  let lo = hashParts[1];
  // -1 is reserved for errors: -1 hashes as -2.
  if (s < 0 && hi === 0 && lo === 1) lo = 2;
  // x = hi·2^30 + lo: low word = lo | (hi's low 2 bits) << 30, high word = hi >> 2.
  const w0 = lo + (hi % 4) * DIGIT_BASE;
  const w1 = Math.floor(hi / 4);
  if (s > 0) {
    out[0] = w0;
    out[1] = w1;
  } else if (w0 === 0) {
    out[0] = 0;
    out[1] = -w1;
  } else {
    // Two's complement of the 64-bit value: ~x + 1.
    out[0] = 4294967296 - w0;
    out[1] = ~w1;
  }
}

/**
 * The exact 64-bit hash CPython gives `o` when o's hash slot is int's, float's or complex's
 * (bool and subclasses that keep the slot included), or undefined for any other object.
 * `hash()` can show CPython's value where the slot can only return a folded one.
 */
export function numberHashExact(rt: Runtime, o: number): bigint | undefined {
  const f = rt.slotsOf(o).hash;
  if (f === intHash) {
    const v = intValue(rt, o);
    return typeof v === "number" ? BigInt(hashOfSafeInt(v)) : hashOfBigInt(v);
  }
  if (f === floatHash) return hashDoubleExact(rt, floatValue(rt, o), o);
  if (f === complexHash) return complexHashExact(rt, o);
  return undefined;
}

/**
 * Write o's exact 64-bit hash into `out` as [low, high] signed 32-bit words when `o` is a
 * number as in `numberHashExact`, and return true; false (out untouched) for other objects.
 * Lets dicts and sets probe with CPython's full hash, so their order matches CPython's.
 */
export function numberHashWords(rt: Runtime, o: number, out: Int32Array): boolean {
  const f = rt.slotsOf(o).hash;
  if (f === intHash) {
    const s = intSize(rt, o);
    if (s >= -1 && s <= 1) {
      const h = hashOfSafeInt(intSmallValue(rt, o));
      out[0] = h;
      out[1] = h < 0 ? -1 : 0;
    } else bigIntHashWords(rt, o, s, out);
    return true;
  }
  const h = numberHashExact(rt, o);
  if (h === undefined) return false;
  hashToWords(h, out);
  return true;
}

function intRepr(rt: Runtime, o: number): number {
  return rt.newStr(intToDecimal(rt, o));
}

function intDealloc(rt: Runtime, o: number): void {
  rt.freeObject(o);
}

function intSizeof(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  return Int.DIGITS + 4 * Math.max(1, s < 0 ? -s : s);
}

// ── int(x), int(x, base) ─────────────────────────────────────────────────────────────────

/**
 * Allocate an instance of an int subclass `cls` holding o's value (CPython's
 * long_subtype_new: PyType_GenericAlloc with one spare item, everything after the digits
 * zeroed so the subclass's own fields start empty).
 */
export function newIntSubtype(rt: Runtime, cls: number, o: number): number {
  const s = intSize(rt, o);
  const n = Math.max(1, s < 0 ? -s : s);
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const size = (basicsize + (n + 1) * 4 + 7) & ~7;
  const r = rt.allocObject(cls, size);
  for (let p = Int.SIZE; p < size; p += 4) rt.i32[(r + p) >> 2] = 0;
  setSize(rt, r, s);
  rt.u32.copyWithin((r + Int.DIGITS) >> 2, (o + Int.DIGITS) >> 2, ((o + Int.DIGITS) >> 2) + n);
  return r;
}

/** o.name() for a special method looked up on o's type (`__trunc__`, `__complex__`); 0 when absent. */
export function callSpecial(rt: Runtime, o: number, name: string): number {
  const bound = lookupSpecial(rt, o, name);
  if (bound === 0) return 0;
  try {
    return call0(rt, bound);
  } finally {
    rt.decref(bound);
  }
}

/** The text of a str, bytes or bytearray for int()/float() parsing, or undefined. */
export function numberText(rt: Runtime, o: number): string | undefined {
  if (rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) return rt.jsString(o);
  if (rt.hasFlag(o, TpFlag.BYTES_SUBCLASS) || rt.isInstance(o, rt.T.bytearray)) {
    const data = bytesData(rt, o);
    let text = "";
    for (let i = 0; i < data.length; i++) text += String.fromCharCode(data[i]);
    return text;
  }
  return undefined;
}

/** PyNumber_Long: int(x) with one argument. New reference to an exact int. */
export function numberToInt(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  if (type === rt.T.int) {
    rt.incref(o);
    return o;
  }
  const slots = rt.typeSlots(type);
  if (slots.int !== undefined) {
    const r = slots.int(rt, o);
    if (rt.typeOf(r) === rt.T.int) return r;
    if (!isInt(rt, r)) {
      const name = rt.typeName(r);
      rt.decref(r);
      throw rt.raise(rt.E.TypeError, `__int__ returned non-int (type ${name})`);
    }
    try {
      return intExact(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  if (slots.index !== undefined) {
    const r = numberIndex(rt, o);
    try {
      return intExact(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  const t = callSpecial(rt, o, "__trunc__");
  if (t !== 0) {
    try {
      if (isInt(rt, t)) return intExact(rt, t);
      if (rt.slotsOf(t).index === undefined) throw rt.raise(rt.E.TypeError, `__trunc__ returned non-Integral (type ${rt.typeName(t)})`);
      const r = numberIndex(rt, t);
      try {
        return intExact(rt, r);
      } finally {
        rt.decref(r);
      }
    } finally {
      rt.decref(t);
    }
  }
  const text = numberText(rt, o);
  if (text !== undefined) return intFromString(rt, text, 10, o);
  throw rt.raise(rt.E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${rt.typeName(o)}'`);
}

const intNewSpec = argSpec("int", ["x=", "/", "base="]);
const intNewArgs = new Int32Array(2);

function intNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, intNewSpec, args, nargs, kwnames, intNewArgs);
  const x = intNewArgs[0];
  const obase = intNewArgs[1];
  let r: number;
  if (x === 0) {
    if (obase !== 0) throw rt.raise(rt.E.TypeError, "int() missing string argument");
    r = newInt(rt, 0);
  } else if (obase === 0) {
    r = numberToInt(rt, x);
  } else {
    const b = numberIndex(rt, obase);
    const base = intValue(rt, b);
    rt.decref(b);
    if ((base !== 0 && base < 2) || base > 36) throw rt.raise(rt.E.ValueError, "int() base must be >= 2 and <= 36, or 0");
    const text = numberText(rt, x);
    if (text === undefined) throw rt.raise(rt.E.TypeError, "int() can't convert non-string with explicit base");
    r = intFromString(rt, text, Number(base), x);
  }
  if (cls === rt.T.int) return r;
  try {
    return newIntSubtype(rt, cls, r);
  } finally {
    rt.decref(r);
  }
}

// ── methods ──────────────────────────────────────────────────────────────────────────────

/** A method taking no arguments. */
function method0(name: string, f: (rt: Runtime, self: number) => number, doc?: string): MethodDef {
  const fname = `int.${name}`;
  return {
    name,
    doc,
    fn: (rt, self, _args, nargs, kwnames) => {
      checkArgs(rt, fname, nargs, kwnames, 0, 0);
      return f(rt, self);
    },
  };
}

function bitLengthOf(rt: Runtime, o: number): number {
  const v = intValue(rt, o);
  if (typeof v === "number") {
    const a = Math.abs(v);
    return a < 2 ** 32 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 2 ** 32));
  }
  return bitLength(v);
}

function bitCountOf(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  const n = s < 0 ? -s : s;
  let count = 0;
  for (let i = 0, d = (o + Int.DIGITS) >> 2; i < n; i++) {
    let x = rt.u32[d + i];
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** round(x, n) for ints: n ≥ 0 leaves x, n < 0 rounds half to even at 10^-n. */
function intRound(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "__round__", nargs, kwnames, 0, 1);
  if (nargs === 0) return intExact(rt, self);
  const nd = numberIndex(rt, arg(rt, args, 0));
  const ndigits = intValue(rt, nd);
  rt.decref(nd);
  if (ndigits >= 0) return intExact(rt, self);
  const x = intToBigInt(rt, self);
  const exponent = -big(ndigits);
  if (exponent > BigInt(MAX_RESULT_BITS)) return newInt(rt, 0);
  const p = 10n ** exponent;
  let q = floorDivBig(x, p);
  const r = x - q * p;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return newIntFromBigInt(rt, q * p);
}

const toBytesSpec = argSpec("to_bytes", ["length=", "byteorder=", "*", "signed="]);
const fromBytesSpec = argSpec("from_bytes", ["bytes", "byteorder=", "*", "signed="]);
const byteArgs = new Int32Array(3);

function checkPositional(rt: Runtime, fname: string, nargs: number, max: number): void {
  if (nargs > max) throw rt.raise(rt.E.TypeError, `${fname}() takes at most ${max} positional arguments (${nargs} given)`);
}

/** The byteorder argument: true for little endian. */
function littleEndian(rt: Runtime, fname: string, o: number): boolean {
  if (o === 0) return false;
  if (!rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `${fname}() argument 'byteorder' must be str, not ${rt.typeName(o)}`);
  }
  const text = rt.jsString(o);
  if (text === "little") return true;
  if (text === "big") return false;
  throw rt.raise(rt.E.ValueError, "byteorder must be either 'little' or 'big'");
}

function intToBytes(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "to_bytes", nargs, 2);
  parseArgs(rt, toBytesSpec, args, nargs, kwnames, byteArgs);
  const [lengthArg, orderArg, signedArg] = byteArgs;
  const length = lengthArg === 0 ? 1 : asIndex(rt, lengthArg);
  const little = littleEndian(rt, "to_bytes", orderArg);
  const signed = signedArg !== 0 && isTrue(rt, signedArg);
  if (length < 0) throw rt.raise(rt.E.ValueError, "length argument must be non-negative");
  let v = intToBigInt(rt, self);
  if (v < 0n) {
    if (!signed) throw rt.raise(rt.E.OverflowError, "can't convert negative int to unsigned");
    if (length === 0 || v < -(1n << BigInt(length * 8 - 1))) throw rt.raise(rt.E.OverflowError, "int too big to convert");
    v += 1n << BigInt(length * 8);
  } else if (bitLength(v) > length * 8 - (signed ? 1 : 0)) {
    throw rt.raise(rt.E.OverflowError, "int too big to convert");
  }
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    data[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytes(rt, data);
}

function intFromBytes(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "from_bytes", nargs, 2);
  parseArgs(rt, fromBytesSpec, args, nargs, kwnames, byteArgs);
  const [bytesArg, orderArg, signedArg] = byteArgs;
  const little = littleEndian(rt, "from_bytes", orderArg);
  const signed = signedArg !== 0 && isTrue(rt, signedArg);
  const b = bytesFromObject(rt, bytesArg);
  let v = 0n;
  let n: number;
  try {
    const data = bytesData(rt, b);
    n = data.length;
    let hex = "";
    for (let i = 0; i < n; i++) hex += data[little ? n - 1 - i : i].toString(16).padStart(2, "0");
    if (n > 0) v = BigInt("0x" + hex);
  } finally {
    rt.decref(b);
  }
  if (signed && n > 0 && v >= 1n << BigInt(n * 8 - 1)) v -= 1n << BigInt(n * 8);
  const r = newIntFromBigInt(rt, v);
  if (cls === rt.T.int) return r;
  try {
    return call1(rt, cls, r);
  } finally {
    rt.decref(r);
  }
}

function intFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "int.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${rt.typeName(spec)}`);
  }
  const specText = rt.jsString(spec);
  if (specText === "") return objectStr(rt, self);
  const s = intSize(rt, self);
  const text = formatIntValue(rt, intValue(rt, self), specText, rt.typeName(self), {
    decimal: (v) => decimalText(rt, v, s < 0 ? -s : s, getIntMaxStrDigits(rt)),
    asFloat: (parsed) => formatFloatSpec(intToDouble(rt, self), parsed),
  });
  return rt.newStr(text);
}

/** The arity check of a binary slot wrapper (`__divmod__`): exactly one positional argument. */
export function checkWrapperArgs(rt: Runtime, nargs: number, kwnames: number): void {
  if (kwnames !== 0 && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "wrapper takes no keyword arguments");
  if (nargs !== 1) throw rt.raise(rt.E.TypeError, `expected 1 argument, got ${nargs}`);
}

function intDivmodMethod(reflected: boolean) {
  return (rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number => {
    checkWrapperArgs(rt, nargs, kwnames);
    const other = arg(rt, args, 0);
    return reflected ? intDivmod(rt, other, self) : intDivmod(rt, self, other);
  };
}

const intMethods: readonly MethodDef[] = [
  method0("conjugate", intExact, "Returns self, the complex conjugate of any int."),
  method0("bit_length", (rt, o) => newInt(rt, bitLengthOf(rt, o)), "Number of bits necessary to represent self in binary."),
  method0("bit_count", (rt, o) => newInt(rt, bitCountOf(rt, o)), "Number of ones in the binary representation of the absolute value of self."),
  { name: "to_bytes", fn: intToBytes, doc: "Return an array of bytes representing an integer." },
  { name: "from_bytes", fn: intFromBytes, classMethod: true, doc: "Return the integer represented by the given array of bytes." },
  method0("as_integer_ratio", (rt, o) => newPair(rt, intExact(rt, o), newInt(rt, 1)), "Return integer ratio."),
  method0("__trunc__", intExact, "Truncating an Integral returns itself."),
  method0("__floor__", intExact, "Flooring an Integral returns itself."),
  method0("__ceil__", intExact, "Ceiling of an Integral returns itself."),
  { name: "__round__", fn: intRound, doc: "Rounding an Integral returns itself.\nRounding with an ndigits argument also returns an integer." },
  method0("__index__", intExact),
  method0("__getnewargs__", (rt, o) => {
    const t = newTuple(rt, 1);
    tupleSetItem(rt, t, 0, intExact(rt, o));
    return t;
  }),
  { name: "__format__", fn: intFormat },
  { name: "__divmod__", fn: intDivmodMethod(false) },
  { name: "__rdivmod__", fn: intDivmodMethod(true) },
  method0("__sizeof__", (rt, o) => newInt(rt, intSizeof(rt, o)), "Returns size in memory, in bytes."),
];

/** The number slots, indexed by BinaryOp. */
export const intNb: readonly (BinarySlot | undefined)[] = (() => {
  const nb: (BinarySlot | undefined)[] = [];
  nb[BinaryOp.ADD] = intAdd;
  nb[BinaryOp.AND] = bitwise(BinaryOp.AND);
  nb[BinaryOp.FLOOR_DIVIDE] = intFloorDiv;
  nb[BinaryOp.LSHIFT] = intLshift;
  nb[BinaryOp.MATRIX_MULTIPLY] = undefined;
  nb[BinaryOp.MULTIPLY] = intMul;
  nb[BinaryOp.REMAINDER] = intMod;
  nb[BinaryOp.OR] = bitwise(BinaryOp.OR);
  nb[BinaryOp.POWER] = intPow;
  nb[BinaryOp.RSHIFT] = intRshift;
  nb[BinaryOp.SUBTRACT] = intSub;
  nb[BinaryOp.TRUE_DIVIDE] = intTrueDiv;
  nb[BinaryOp.XOR] = bitwise(BinaryOp.XOR);
  return nb;
})();

export const intType: TypeDef = {
  name: "int",
  basicsize: Int.DIGITS,
  itemsize: 4,
  flags: TpFlag.BASETYPE | TpFlag.LONG_SUBCLASS,
  doc: "int([x]) -> integer\nint(x, base=10) -> integer",
  dealloc: intDealloc,
  repr: intRepr,
  hash: intHash,
  richcompare: intRichcompare,
  new: intNew,
  nb: intNb,
  nbTernaryPow: intTernaryPow,
  negative: intNegative,
  positive: intExact,
  invert: intInvert,
  absolute: intAbsolute,
  bool: (rt, o) => intSize(rt, o) !== 0,
  int: intExact,
  float: (rt, o) => newFloat(rt, intToDouble(rt, o)),
  index: intExact,
  sizeof: intSizeof,
  methods: intMethods,
  getset: [
    { name: "real", get: intExact, doc: "the real part of a complex number" },
    { name: "imag", get: (rt) => newInt(rt, 0), doc: "the imaginary part of a complex number" },
    { name: "numerator", get: intExact, doc: "the numerator of a rational number in lowest terms" },
    { name: "denominator", get: (rt) => newInt(rt, 1), doc: "the denominator of a rational number in lowest terms" },
  ],
};
