/**
 * hash() of ints, and the exact hash of any number.
 *
 * CPython hashes an int as its value modulo the Mersenne prime 2^61 - 1, keeping the sign, with
 * -1 (reserved for errors) replaced by -2; float and complex hashes agree with it on equal
 * values. A JS number cannot hold that 64-bit hash, so it comes in two forms: the hash slot
 * (`intHash`) returns the folded hash (foldHash in int-digits.ts), while `numberHashExact` and
 * `numberHashWords` give CPython's exact value, as a bigint for `hash()` and as two int32 words
 * for dicts and sets, which probe with it so that their order matches CPython's.
 *
 * The slot and `numberHashWords` hash a multi-digit int on its digits (hashMag in int-arith.ts),
 * without a bigint.
 */
import type { Runtime } from "./runtime.js";
import { DIGIT_BASE, hashOfBigInt, hashOfSafeInt, hashToWords } from "./int-digits.js";
import { hashMag, hashParts } from "./int-arith.js";
import { floatHash, floatValue, hashDoubleExact } from "./float.js";
import { complexHash, complexHashExact } from "./complex.js";
import { Int, intSize, intSmallValue, intValue } from "./int.js";

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
  // An exact int (the common key) without the slot lookup.
  if (rt.typeOf(o) === rt.T.int || rt.slotsOf(o).hash === intHash) {
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
