/**
 * x ** y for y = ±0.5 and ±1.5 (nbody's `** -1.5`, a norm's `** 0.5`) without glibc's log and
 * exp, when the result is provably the one glibc's pow gives.
 *
 * glibc's pow is not correctly rounded, but its error is at most 0.54 ulp (its source's bound:
 * the exp's 0.509 ulp plus |y·ln x|·1.3·2^-68·2^53, under 0.53 ulp for the |y·ln x| < 600
 * taken here). So when the exact value lies within 0.45 ulp of a double R whose neighbours are
 * both one ulp away (R not a power of two), every other double is more than 0.55 ulp away and
 * pow must return R. Here the exact value is computed to about 2^-100 relative error from a
 * correctly rounded square root and exact (Dekker) products, and R is taken when that test
 * passes (nine times in ten); otherwise the caller computes glibc's algorithm as before.
 */
import { productError } from "./float-fma.js";

/** Bit access to one double. */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** x in [2^-400, 2^400]: every intermediate and its Dekker error is a normal double. */
const X_MIN = 2 ** -400;
const X_MAX = 2 ** 400;

/** How far (in ulps of R) the exact value may lie from R for pow to return R: under 1 - 0.54. */
const ACCEPT_ULPS = 0.45;

/**
 * x ** y rounded as glibc's pow for x > 0 and y one of ±0.5, ±1.5, or NaN when that cannot be
 * settled cheaply (another y, x out of range, the exact value too near a rounding boundary).
 */
export function powHalfInteger(x: number, y: number): number {
  args[0] = x;
  args[1] = y;
  powHalfIntegerIO(args);
  return args[0];
}

/** powHalfInteger's operands and result (its own: a caller may be using powHalfIntegerIO's). */
const args = new Float64Array(2);

/**
 * powHalfInteger of io[0] and io[1], its result (or NaN) into io[0]: for an optimised caller
 * (float-pow.ts's powPositiveIO), to which V8 would pass the doubles of a call it has not
 * inlined, and the result, in new heap numbers.
 */
export function powHalfIntegerIO(io: Float64Array): void {
  const x = io[0];
  const y = io[1];
  // (The work is here, not in a function of the two doubles: a caller that does not inline
  // that function would pass them, and get its result, in heap numbers.)
  io[0] = NaN;
  if (!(x >= X_MIN && x <= X_MAX)) return;
  // √x = s + sl: x - s² is exact (s² = p + e, x - p exact by Sterbenz, and x - s² is a
  // double), and sl = (x - s²)/(2s) is within 2^-52 of √x - s relatively (√x - s <= ulp(s)/2).
  const s = Math.sqrt(x);
  const p = s * s;
  const sl = (x - p - productError(s, s, p)) / (2 * s);
  let h: number;
  let l: number;
  if (y === 0.5 || y === -0.5) {
    h = s;
    l = sl;
  } else if (y === 1.5 || y === -1.5) {
    // x·√x = x·s + x·sl, x·s split exactly.
    h = x * s;
    l = productError(x, s, h) + x * sl;
  } else {
    return;
  }
  if (y < 0) {
    // 1/(h + l) = t·(1 + (1 - t·h - t·l) + ...), with t = RN(1/h): 1 - t·h is exact
    // (Dekker, and 1 - RN(t·h) by Sterbenz); the neglected square is below 2^-104.
    const t = 1 / h;
    const q = t * h;
    const res = 1 - q - productError(t, h, q) - t * l;
    h = t;
    l = t * res;
  }
  // The exact value is h + l (relative error about 2^-100); R its nearest double.
  const r = h + l;
  const d = h - r + l; // the exact value - R, h - r being exact
  f64[0] = r;
  const hi = u32[HI];
  if ((hi & 0xfffff) === 0 && u32[LO] === 0) return; // a power of two: uneven neighbours
  // ulp(R) = 2^(E - 1075), a normal double for the R that reach here.
  u32[HI] = (hi & 0x7ff00000) - (52 << 20);
  u32[LO] = 0;
  if ((d < 0 ? -d : d) <= ACCEPT_ULPS * f64[0]) io[0] = r;
}
