/**
 * Fused multiply-add for doubles: a·b + c with a single rounding (to nearest, ties to even),
 * as the x86-64 `vfmadd` instructions compute it. JavaScript has no such operation, so it is
 * emulated here: exactly, for the operands float-pow.ts gives it (see `fma`'s precondition),
 * and for any finite operands by `fmaExact`, which works on BigInts.
 *
 * The emulation is Boldo and Melquiond's ("Emulation of a FMA and correctly rounded sums:
 * proved algorithms using rounding to odd", IEEE Trans. Computers 57(4), 2008): with
 * a·b = p + e and p + c = s + t exactly (Dekker's product and Knuth's sum), the result is
 * RN(s + RO(t + e)), where RO rounds to odd. Most operands need far less: e = 0, t = 0, or an
 * exact t + e each end it early.
 */

/** 2^27 + 1: Dekker's splitting constant. */
const SPLITTER = 134217729;

/** Bit access to one double. */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high and low words of a double in `u32` (the platform's byte order). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** Products whose magnitude lies in [PRODUCT_MIN, PRODUCT_MAX] have an exact Dekker error term. */
const PRODUCT_MIN = 2 ** -960;
const PRODUCT_MAX = 2 ** 960;

/**
 * The rounding error of the product a·b, given p = RN(a·b): a·b - p exactly (Dekker). Needs
 * |p| in [2^-960, 2^960] and |a|, |b| < 2^995, so that no partial product underflows or
 * overflows. (fmaInPlace writes the same six lines out rather than call this, which would box
 * its doubles wherever TurboFan does not inline it: a change here is a change there.)
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * a·b + c rounded once. Exact when |a|, |b| < 2^995 (larger operands, and products outside
 * [2^-960, 2^960] or zero, go to `fmaExact`).
 */
export function fma(a: number, b: number, c: number): number {
  fmaArgs[0] = a;
  fmaArgs[1] = b;
  fmaArgs[2] = c;
  fmaInPlace(fmaArgs);
  return fmaArgs[0];
}

/** fma's operands and result (its own: a caller may be using fmaInPlace's array). */
const fmaArgs = new Float64Array(3);

/**
 * io[0] becomes fma(io[0], io[1], io[2]), for optimised callers. A double passed to a call V8
 * has not inlined travels in a new heap number, and so does one returned from it: float-pow.ts
 * calls this from several places in one function, past TurboFan's inlining budget, and the
 * operands in memory are never boxed whether the call is inlined or not. For the same reason
 * the product's error term (productError) and the rounding to odd are written out here rather
 * than called: the one call left, fmaExact's, is for operands pow never gives it.
 */
export function fmaInPlace(io: Float64Array): void {
  const a = io[0];
  const b = io[1];
  const c = io[2];
  const p = a * b;
  const ap = p < 0 ? -p : p;
  if (!(ap >= PRODUCT_MIN && ap <= PRODUCT_MAX)) {
    io[0] = fmaExact(a, b, c);
    return;
  }
  // e = a·b - p exactly (productError's Dekker product).
  let split = SPLITTER * a;
  const ah = split - (split - a);
  const al = a - ah;
  split = SPLITTER * b;
  const bh = split - (split - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  if (e === 0) {
    io[0] = p + c;
    return;
  }
  // p + c = s + t exactly (Knuth's TwoSum: any magnitudes).
  const s = p + c;
  const z = s - p;
  const t = p - (s - z) + (c - z);
  if (t === 0) {
    io[0] = s + e;
    return;
  }
  // t + e = u + d exactly.
  const u = t + e;
  const w = u - t;
  const d = t - (u - w) + (e - w);
  if (d === 0) {
    io[0] = s + u;
    return;
  }
  // RO(u + d): u when its significand is odd, else its neighbour on d's side, whose is.
  f64[0] = u;
  if ((u32[LO] & 1) === 0) {
    if (d > 0 === u > 0) {
      // One step away from zero: add one to the 64-bit pattern.
      u32[LO] += 1;
      if (u32[LO] === 0) u32[HI]++;
    } else {
      // One step towards zero (u ≠ 0: a zero sum would have no remainder).
      if (u32[LO]-- === 0) u32[HI]--;
    }
  }
  io[0] = s + f64[0];
}

// ── the exact fallback ──────────────────────────────────────────────────────────────────

/** The finite double x as m · 2^e with m an integer (BigInt, signed). */
let splitExp = 0;
function integerSignificand(x: number): bigint {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) {
    splitExp = -1074;
  } else {
    m |= 1n << 52n;
    splitExp = biased - 1075;
  }
  return hi >>> 31 === 1 ? -m : m;
}

/** m · 2^e rounded once to a double (ties to even; subnormal and infinite results too). */
export function roundScaled(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const negative = m < 0n;
  let a = negative ? -m : m;
  const bits = a.toString(2).length;
  // The last kept bit: 53 bits of precision, but never below 2^-1074.
  let shift = bits - 53;
  if (e + shift < -1074) shift = -1074 - e;
  if (shift > 0) {
    const half = 1n << BigInt(shift - 1);
    const rest = a & ((half << 1n) - 1n);
    a >>= BigInt(shift);
    if (rest > half || (rest === half && (a & 1n) === 1n)) a += 1n;
    e += shift;
  }
  // a < 2^54 is exact as a Number; scaling in steps keeps every intermediate exact, since each
  // carries the same significand as the (representable or infinite) result.
  let v = Number(a);
  while (e > 0) {
    const step = e > 1000 ? 1000 : e;
    v *= 2 ** step;
    e -= step;
  }
  while (e < 0) {
    const step = e < -1000 ? -1000 : e;
    v *= 2 ** step;
    e -= step;
  }
  return negative ? -v : v;
}

/** a·b + c rounded once, for any doubles (IEEE special values as the hardware gives them). */
export function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  if (a === 0 || b === 0) {
    // An exact zero product: the sum's sign follows IEEE's rule for (±0) + c.
    return a * b + c;
  }
  const ma = integerSignificand(a);
  const ea = splitExp;
  const mb = integerSignificand(b);
  const eb = splitExp;
  const mc = integerSignificand(c);
  const ec = splitExp;
  let mp = ma * mb;
  let ep = ea + eb;
  if (c === 0) return roundScaled(mp, ep);
  let m2 = mc;
  let e2 = ec;
  // Align both terms on the smaller exponent.
  if (ep > e2) {
    mp <<= BigInt(ep - e2);
    ep = e2;
  } else {
    m2 <<= BigInt(e2 - ep);
  }
  const sum = mp + m2;
  // An exact cancellation gives +0 when rounding to nearest.
  return sum === 0n ? 0 : roundScaled(sum, ep);
}
