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
 * Arithmetic reads a value as a JS number when it is below 2^53 (`intSafeValue`). Larger
 * operands are worked on their digits in the heap, as CPython does, into a scratch array
 * (`intScratch`) that becomes the result's digits (`intFromDigits`); only operands beyond
 * int-ops.ts's limits go through `bigint`. Results are normalised, small values come from the
 * cache, and each result is allocated at its exact size whichever path made it. The eval loop's
 * fast paths use `intIsSmall` / `intSmallValue` (|ob_size| ≤ 1) and `newInt`.
 *
 * The type spans several files. This one holds the layout, allocation, the small-int cache,
 * the conversions to and from JS values, and, at the end, the type object with its slot and
 * method tables. int-ops.ts has the number slots and comparisons, int-hash.ts the hashes,
 * int-methods.ts the constructor and the methods; beneath them, int-arith.ts and
 * int-digits.ts work on digit arrays and int-format.ts on text. Those files import this one
 * and it imports them, so the tables name only their function declarations, which exist
 * before any of the files has run (a table must not read another file's consts at load).
 * Every name other modules use is exported from here.
 *
 * Where to start reading: `newInt`, `intValue`, then the tables at the end.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeDef } from "./typedef.js";
import { Ob, STATIC_REFCNT, TpFlag } from "./layout.js";
import { BinaryOp } from "../compile/opcodes.js";
import {
  DIGIT_BASE, MAX_SAFE, bigIntToDigits, digitCountOfBigInt, digitsToBigInt, smallBigIntToDigits,
} from "./int-digits.js";
import { DEFAULT_MAX_STR_DIGITS, decimalText, radixText } from "./int-format.js";
import { checkArgs } from "./args.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { newFloat } from "./float.js";
import {
  intAbsolute, intAdd, intBitwise, intFloorDiv, intInvert, intLshift, intMod, intMul, intNegative, intPow,
  intRichcompare, intRshift, intSub, intTernaryPow, intTrueDiv, newPair,
} from "./int-ops.js";
import { intHash } from "./int-hash.js";
import { newStrUncached } from "./str-object.js";
import { intBlockBytes } from "./int-blocks.js";
import { allocPlainObject } from "./plain-alloc.js";
import {
  bitCountOf, bitLengthOf, intDivmodMethod, intFormat, intFromBytes, intNew, intRound, intToBytes,
} from "./int-methods.js";

export { intCompare, intDivmod, newPair } from "./int-ops.js";
export { intHash, numberHashExact, numberHashWords } from "./int-hash.js";
export {
  callSpecial, checkWrapperArgs, intFromString, newIntSubtype, numberText, numberToInt,
} from "./int-methods.js";

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

/** Set ob_size, a 64-bit field whose high word is the sign extension. */
export function intSetSize(rt: Runtime, o: number, size: number): void {
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
    intSetSize(rt, o, Math.sign(v));
    rt.u32[(o + Int.DIGITS) >> 2] = Math.abs(v);
    cache[v - SMALL_MIN] = o;
  }
  rt.S.smallInts = cache;
}

/**
 * A new exact int of `size` bytes whose ob_size is `obSize`; the digits are left for the
 * caller. allocObject's work, shortened: int has no pre-header and is not a heap type.
 */
function allocExactInt(rt: Runtime, size: number, obSize: number): number {
  const o = allocPlainObject(rt, rt.T.int, size);
  const i32 = rt.i32;
  const w = o >> 2;
  i32[w + (Int.SIZE >> 2)] = obSize;
  i32[w + (Int.SIZE >> 2) + 1] = obSize < 0 ? -1 : 0;
  return o;
}

/** A new exact int of n ≥ 2 digits with ob_size ±n; the digits are left for the caller. */
export function allocIntDigits(rt: Runtime, n: number, negative: boolean): number {
  return allocExactInt(rt, Int.DIGITS + 4 * n, negative ? -n : n);
}

/** allocIntDigits in a block of `blockDigits` digits, CPython's request (int-blocks.ts; 0: exact). */
export function allocIntInBlock(rt: Runtime, n: number, negative: boolean, blockDigits: number): number {
  return allocExactInt(rt, intBlockBytes(n, blockDigits), negative ? -n : n);
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
    const o = allocExactInt(rt, Int.MEDIUM_SIZE, v < 0 ? -1 : 1);
    rt.u32[(o + Int.DIGITS) >> 2] = a;
    return o;
  }
  if (a <= MAX_SAFE) {
    const o = allocIntDigits(rt, 2, v < 0);
    const hi = Math.floor(a / DIGIT_BASE);
    rt.u32[(o + Int.DIGITS) >> 2] = a - hi * DIGIT_BASE;
    rt.u32[(o + Int.DIGITS + 4) >> 2] = hi;
    return o;
  }
  return newIntFromBigInt(rt, BigInt(v));
}

/**
 * newInt for a result that CPython makes in a block of `blockDigits` digits (int-blocks.ts;
 * 0: exact, as newInt): v an integer-valued JS number within ±MAX_SAFE.
 */
export function newIntInBlock(rt: Runtime, v: number, blockDigits: number): number {
  if (blockDigits === 0 || (v >= SMALL_MIN && v <= SMALL_MAX)) return newInt(rt, v);
  const a = v < 0 ? -v : v;
  if (a > MAX_SAFE) return newIntFromBigInt(rt, BigInt(v), blockDigits);
  const n = a < DIGIT_BASE ? 1 : 2;
  const o = allocExactInt(rt, intBlockBytes(n, blockDigits), v < 0 ? -n : n);
  const hi = n === 1 ? 0 : Math.floor(a / DIGIT_BASE);
  rt.u32[(o + Int.DIGITS) >> 2] = a - hi * DIGIT_BASE;
  if (n === 2) rt.u32[(o + Int.DIGITS + 4) >> 2] = hi;
  return o;
}

/** A new reference to the int `v`. */
export function newIntFromBigInt(rt: Runtime, v: bigint, blockDigits = 0): number {
  if (v > -9007199254740992n && v < 9007199254740992n) return newIntInBlock(rt, Number(v), blockDigits);
  const negative = v < 0n;
  const mag = negative ? -v : v;
  const z = intScratch(0, SMALL_BIGINT_DIGITS);
  const small = smallBigIntToDigits(mag, z, 0);
  if (small > 0) return intFromDigitsInBlock(rt, z, small, negative, blockDigits);
  const n = digitCountOfBigInt(mag);
  const o = allocIntInBlock(rt, n, negative, blockDigits);
  bigIntToDigits(mag, rt.u32, (o + Int.DIGITS) >> 2, n);
  return o;
}

/** Room smallBigIntToDigits needs (int-digits.ts). */
const SMALL_BIGINT_DIGITS = 41;

/**
 * A new reference to the int ±z[0 .. n) (normalised digits): the cached small int, a medium
 * int, or an object of exactly n digits, as newInt and newIntFromBigInt allocate.
 */
export function intFromDigits(rt: Runtime, z: Uint32Array, n: number, negative: boolean): number {
  return intFromDigitsInBlock(rt, z, n, negative, 0);
}

/** intFromDigits in a block of `blockDigits` digits, CPython's request (int-blocks.ts; 0: exact). */
export function intFromDigitsInBlock(rt: Runtime, z: Uint32Array, n: number, negative: boolean, blockDigits: number): number {
  if (n <= 1) {
    const v = n === 0 ? 0 : z[0];
    return newIntInBlock(rt, negative ? -v : v, blockDigits);
  }
  const o = allocExactInt(rt, intBlockBytes(n, blockDigits), negative ? -n : n);
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
export function intScratch(k: number, n: number): Uint32Array {
  const z = scratchArrays[k];
  if (z.length >= n) return z;
  return (scratchArrays[k] = new Uint32Array(Math.max(n, 2 * z.length)));
}

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
export function intSafeValue(rt: Runtime, o: number): number {
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

/** repr(o) and str(o): a new str, even of one digit (long_to_decimal_string fills a new one). */
function intRepr(rt: Runtime, o: number): number {
  return newStrUncached(rt, intToDecimal(rt, o));
}

function intDealloc(rt: Runtime, o: number): void {
  // An exact int has no pre-header and no type reference to drop: freeObject's work, shortened.
  if (rt.i32[(o + Ob.TYPE) >> 2] === rt.T.int) {
    if (rt.liveObjects !== null) rt.liveObjects.delete(o);
    rt.heap.free(o);
    return;
  }
  rt.freeObject(o);
}

function intSizeof(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  return Int.DIGITS + 4 * Math.max(1, s < 0 ? -s : s);
}

// ── the type object ──────────────────────────────────────────────────────────────────────

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
  nb[BinaryOp.AND] = intBitwise(BinaryOp.AND);
  nb[BinaryOp.FLOOR_DIVIDE] = intFloorDiv;
  nb[BinaryOp.LSHIFT] = intLshift;
  nb[BinaryOp.MATRIX_MULTIPLY] = undefined;
  nb[BinaryOp.MULTIPLY] = intMul;
  nb[BinaryOp.REMAINDER] = intMod;
  nb[BinaryOp.OR] = intBitwise(BinaryOp.OR);
  nb[BinaryOp.POWER] = intPow;
  nb[BinaryOp.RSHIFT] = intRshift;
  nb[BinaryOp.SUBTRACT] = intSub;
  nb[BinaryOp.TRUE_DIVIDE] = intTrueDiv;
  nb[BinaryOp.XOR] = intBitwise(BinaryOp.XOR);
  return nb;
})();

export const intType: TypeDef = {
  name: "int",
  basicsize: Int.DIGITS,
  itemsize: 4,
  flags: TpFlag.BASETYPE | TpFlag.LONG_SUBCLASS | TpFlag.MATCH_SELF,
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
