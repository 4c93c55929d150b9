/**
 * The pure numerics under `math`: plain doubles and bigints in, plain values out, no Python
 * objects (so they can be tested on their own).
 *
 * - IEEE helpers written out because JavaScript lacks them or C defines their edge cases:
 *   copysign (reads the sign bit, so -0.0 and negative NaNs count), frexp, ldexp (one
 *   rounding, as musl's scalbn), nextafter, ulp, atan2 and remainder with CPython's special
 *   values, and frexp of a bigint (CPython's _PyLong_Frexp, for logs of huge ints).
 * - CPython 3.11's vector_norm (hypot, dist): the vector is scaled by a power of two so the
 *   largest element is in [0.5, 1), the squares are summed exactly in double-length
 *   arithmetic (Dekker's product, a fast two-sum), and the square root gets one correction.
 * - math_fsum's state: Shewchuk's non-overlapping partials, with CPython's half-even fix-up.
 * - Integer helpers: gcd, products of ranges by binary splitting, comb, isqrt.
 */

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);
const scratchBig = new BigUint64Array(scratch.buffer);

/** The sign bit of a double (true for -0.0 and negative NaNs). */
function signbit(x: number): boolean {
  scratch[0] = x;
  return scratchWords[1] >>> 31 === 1;
}

export function copysign(x: number, y: number): number {
  const mag = Math.abs(x);
  return signbit(y) ? -mag : mag;
}

/** frexp for finite non-zero x: [m, e] with 0.5 <= |m| < 1 and x == m * 2^e. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  if (Math.abs(x) < 2 ** -1022) {
    x *= 2 ** 64;
    e = -64;
  }
  scratch[0] = x;
  const hi = scratchWords[1];
  const biased = (hi >>> 20) & 0x7ff;
  e += biased - 1022;
  scratchWords[1] = (hi & 0x800fffff) | (1022 << 20);
  return [scratch[0], e];
}

/** ldexp(x, n) with a single rounding (musl's scalbn). */
export function ldexp(x: number, n: number): number {
  if (n > 1023) {
    x *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) {
      x *= 2 ** 1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // Keep the final n below -53 so that the subnormal result is rounded only once.
    x *= 2 ** -1022 * 2 ** 53;
    n += 1022 - 53;
    if (n < -1022) {
      x *= 2 ** -1022 * 2 ** 53;
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return x * 2 ** n;
}

/** atan2 with C99's special values (CPython's m_atan2). */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(copysign(1, x) === 1 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return copysign(copysign(1, x) === 1 ? 0 : Math.PI, y);
  return Math.atan2(y, x);
}

/** IEEE 754 remainder (CPython's m_remainder). */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** _PyLong_Frexp for a positive bigint: [m, e], 0.5 <= m < 1, v ≈ m * 2^e correctly rounded. */
export function bigFrexp(v: bigint): [number, number] {
  const bits = v.toString(2).length;
  const shift = bits - 60;
  let top = v >> BigInt(shift);
  if ((v & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
  let m = Number(top) / 2 ** 60;
  let e = bits;
  if (m === 1) {
    m = 0.5;
    e++;
  }
  return [m, e];
}

/** The next double after x in the direction of y. */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return copysign(2 ** -1074, y);
  scratch[0] = x;
  if ((y > x) === (x > 0)) scratchBig[0] += 1n;
  else scratchBig[0] -= 1n;
  return scratch[0];
}

/** The value of the least significant bit of x. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/**
 * CPython 3.11's vector_norm: the Euclidean norm of non-negative finite `vec` scaled by
 * `max` (a power of two), summed exactly in double-length arithmetic, with one correction
 * step. `vec` is modified.
 */
export function vectorNorm(vec: Float64Array, n: number, max: number, foundNan: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    for (let i = 0; i < n; i++) vec[i] /= 2.2250738585072014e-308;
    return 2.2250738585072014e-308 * vectorNorm(vec, n, max / 2.2250738585072014e-308, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    mul(x, x);
    fastSum(csum, prodHi);
    csum = sumHi;
    frac1 += prodLo;
    frac2 += sumLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  mul(-h, h);
  fastSum(csum, prodHi);
  csum = sumHi;
  frac1 += prodLo;
  frac2 += sumLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

let prodHi = 0;
let prodLo = 0;
let sumHi = 0;
let sumLo = 0;

/** Dekker's exact product x*y = prodHi + prodLo. */
function mul(x: number, y: number): void {
  let t = x * 134217729.0;
  const xhi = t - (t - x);
  const xlo = x - xhi;
  t = y * 134217729.0;
  const yhi = t - (t - y);
  const ylo = y - yhi;
  const z = x * y;
  prodHi = z;
  prodLo = ((xhi * yhi - z) + xhi * ylo + xlo * yhi) + xlo * ylo;
}

/** Exact a + b = sumHi + sumLo for |a| >= |b|. */
function fastSum(a: number, b: number): void {
  const x = a + b;
  sumHi = x;
  sumLo = (a - x) + b;
}

/**
 * The state of CPython's math_fsum (Shewchuk's algorithm): non-overlapping partial sums in
 * increasing magnitude, plus the sums of the infinities and NaNs met on the way.
 */
export interface FsumState {
  p: Float64Array;
  n: number;
  specialSum: number;
  infSum: number;
}

export function newFsumState(): FsumState {
  return { p: new Float64Array(32), n: 0, specialSum: 0, infSum: 0 };
}

/** Add x exactly; false on intermediate overflow (a finite x made the partials infinite). */
export function fsumAdd(s: FsumState, x: number): boolean {
  const p = s.p;
  const xsave = x;
  let i = 0;
  for (let j = 0; j < s.n; j++) {
    let y = p[j];
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const yr = hi - x;
    const lo = y - yr;
    if (lo !== 0) p[i++] = lo;
    x = hi;
  }
  s.n = i;
  if (x !== 0) {
    if (!Number.isFinite(x)) {
      if (Number.isFinite(xsave)) return false;
      if (!Number.isNaN(xsave)) s.infSum += xsave;
      s.specialSum += xsave;
      s.n = 0;
    } else {
      if (s.n >= p.length) {
        s.p = new Float64Array(p.length * 2);
        s.p.set(p);
      }
      s.p[s.n++] = x;
    }
  }
  return true;
}

/** The correctly rounded total; NaN from -inf + inf is reported as undefined. */
export function fsumResult(s: FsumState): number | undefined {
  if (s.specialSum !== 0) return Number.isNaN(s.infSum) ? undefined : s.specialSum;
  const p = s.p;
  let n = s.n;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-even rounding across several partials (CPython's correction).
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

export function bigAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

export function gcdBig(a: bigint, b: bigint): bigint {
  a = bigAbs(a);
  b = bigAbs(b);
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** gcd(*integers) / lcm(*integers): the first argument's index, then fold the others in. */

/** The product lo * (lo+1) * ... * hi, by binary splitting (fast for large ranges). */
export function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = lo;
    for (let v = lo + 1n; v <= hi; v++) p *= v;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** C(n, k) = n! / (k! (n-k)!) exactly, for 0 <= k <= n. */
export function combValue(n: bigint, k: bigint): bigint {
  if (n - k < k) k = n - k;
  if (k === 0n) return 1n;
  // The product of k consecutive integers is divisible by k!; split to keep operands balanced.
  return rangeProduct(n - k + 1n, n) / rangeProduct(1n, k);
}

/** floor(sqrt(n)) for n >= 0. */
export function isqrtValue(n: bigint): bigint {
  if (n < 2n ** 52n) {
    const v = Number(n);
    let r = Math.floor(Math.sqrt(v));
    while (r * r > v) r--;
    while ((r + 1) * (r + 1) <= v) r++;
    return BigInt(r);
  }
  // Newton's iteration from above: x starts at a power of two >= sqrt(n).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
