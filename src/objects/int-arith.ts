/**
 * Arithmetic on 30-bit digit arrays, as CPython's longobject.c does it in C: no `bigint`, no
 * JS allocation. int.ts runs these on the digits in the heap for operands too large for a JS
 * number but small enough that converting to and from `bigint` would cost more than the
 * operation itself.
 *
 * Every function takes its operands as (array, start, ndigits) magnitudes, least significant
 * digit first and normalised (no leading zero digit; zero has no digits), and writes its result
 * into an output array that must not overlap the inputs unless said otherwise. Results are
 * normalised; the return value is their digit count.
 *
 * Exactness: digits are below 2^30, so a sum of a few digits and carries stays far below 2^53
 * (and below 2^32, so `>>>` and `&` apply). Products of two digits are formed from 15-bit
 * halves (each partial product below 2^30) so that nothing is ever rounded. Long division
 * works in base 2^15 (half digits), where CPython's x_divrem needs no wider type than a double.
 */

const SHIFT = 30;
const BASE = 1073741824;
const MASK = BASE - 1;
const HALF_SHIFT = 15;
const HALF_BASE = 32768;
const HALF_MASK = HALF_BASE - 1;
/** 2^-30 and 2^-15: multiplying by them is exact (only the exponent changes). */
const INV_BASE = 1 / BASE;
const INV_HALF_BASE = 1 / HALF_BASE;

/** Digit count of z[zi .. zi+n) without its leading zero digits. */
export function normalizeDigits(z: Uint32Array, zi: number, n: number): number {
  while (n > 0 && z[zi + n - 1] === 0) n--;
  return n;
}

/** -1, 0 or 1 as |a| <=> |b|. */
export function compareMag(a: Uint32Array, ai: number, na: number, b: Uint32Array, bi: number, nb: number): number {
  if (na !== nb) return na < nb ? -1 : 1;
  for (let i = na - 1; i >= 0; i--) {
    const x = a[ai + i];
    const y = b[bi + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** |a| + |b| into z (room for max(na, nb) + 1 digits): CPython's x_add. */
export function addMag(
  a: Uint32Array, ai: number, na: number, b: Uint32Array, bi: number, nb: number, z: Uint32Array, zi: number,
): number {
  if (na < nb) {
    const t = a; a = b; b = t;
    const ti = ai; ai = bi; bi = ti;
    const tn = na; na = nb; nb = tn;
  }
  let carry = 0;
  let i = 0;
  for (; i < nb; i++) {
    carry += a[ai + i] + b[bi + i];
    z[zi + i] = carry & MASK;
    carry >>>= SHIFT;
  }
  for (; i < na; i++) {
    carry += a[ai + i];
    z[zi + i] = carry & MASK;
    carry >>>= SHIFT;
  }
  if (carry !== 0) {
    z[zi + na] = carry;
    return na + 1;
  }
  return normalizeDigits(z, zi, na);
}

/**
 * |a| - |b| into z (room for max(na, nb) digits): CPython's x_sub. Returns the signed size:
 * the digit count, negated when |a| < |b| (z then holds |b| - |a|).
 */
export function subMag(
  a: Uint32Array, ai: number, na: number, b: Uint32Array, bi: number, nb: number, z: Uint32Array, zi: number,
): number {
  let sign = 1;
  if (na < nb) {
    sign = -1;
  } else if (na === nb) {
    // Skip the equal leading digits; the difference fits below the first that differs.
    let i = na - 1;
    while (i >= 0 && a[ai + i] === b[bi + i]) i--;
    if (i < 0) return 0;
    if (a[ai + i] < b[bi + i]) sign = -1;
    na = nb = i + 1;
  }
  if (sign < 0) {
    const t = a; a = b; b = t;
    const ti = ai; ai = bi; bi = ti;
    const tn = na; na = nb; nb = tn;
  }
  let borrow = 0;
  let i = 0;
  for (; i < nb; i++) {
    let t = a[ai + i] - b[bi + i] - borrow;
    if (t < 0) {
      t += BASE;
      borrow = 1;
    } else borrow = 0;
    z[zi + i] = t;
  }
  for (; i < na; i++) {
    let t = a[ai + i] - borrow;
    if (t < 0) {
      t += BASE;
      borrow = 1;
    } else borrow = 0;
    z[zi + i] = t;
  }
  const n = normalizeDigits(z, zi, na);
  return sign < 0 ? -n : n;
}

/** |a| + 1 into z (room for na + 1 digits; z may be a itself, zi === ai). */
export function incMag(a: Uint32Array, ai: number, na: number, z: Uint32Array, zi: number): number {
  let carry = 1;
  for (let i = 0; i < na; i++) {
    const t = a[ai + i] + carry;
    z[zi + i] = t & MASK;
    carry = t >>> SHIFT;
  }
  if (carry !== 0) {
    z[zi + na] = carry;
    return na + 1;
  }
  return na;
}

/** |a| - 1 into z for |a| ≥ 1 (room for na digits; z may be a itself, zi === ai). */
export function decMag(a: Uint32Array, ai: number, na: number, z: Uint32Array, zi: number): number {
  let borrow = 1;
  for (let i = 0; i < na; i++) {
    let t = a[ai + i] - borrow;
    if (t < 0) {
      t += BASE;
      borrow = 1;
    } else borrow = 0;
    z[zi + i] = t;
  }
  return normalizeDigits(z, zi, na);
}

/**
 * |a| × |b| into z (room for na + nb digits): schoolbook multiplication, CPython's x_mul.
 * Each digit product is assembled from four 15-bit × 15-bit partial products.
 */
export function mulMag(
  a: Uint32Array, ai: number, na: number, b: Uint32Array, bi: number, nb: number, z: Uint32Array, zi: number,
): number {
  if (na === 0 || nb === 0) return 0;
  if (na > nb) {
    // Fewer, longer rows: the outer loop runs over the shorter operand.
    const t = a; a = b; b = t;
    const ti = ai; ai = bi; bi = ti;
    const tn = na; na = nb; nb = tn;
  }
  for (let k = 0; k < nb; k++) z[zi + k] = 0;
  for (let i = 0; i < na; i++) {
    const f = a[ai + i];
    let p = zi + i;
    if (f === 0) {
      z[p + nb] = 0;
      continue;
    }
    const fl = f & HALF_MASK;
    const fh = f >>> HALF_SHIFT;
    // carry + z[p] + f·g ≤ (B-1) + (B-1) + (B-1)² < B², so the carry stays below B = 2^30.
    let carry = 0;
    for (let j = 0; j < nb; j++, p++) {
      const g = b[bi + j];
      const gl = g & HALF_MASK;
      const gh = g >>> HALF_SHIFT;
      const mid = fl * gh + fh * gl; // < 2^31
      const lo = fl * gl + ((mid & HALF_MASK) << HALF_SHIFT); // < 2^31
      const t = z[p] + lo + carry; // < 2^32
      z[p] = t & MASK;
      carry = fh * gh + (mid >>> HALF_SHIFT) + (t >>> SHIFT);
    }
    z[p] = carry;
  }
  return normalizeDigits(z, zi, na + nb);
}

/**
 * |x| × |y| for integers |x|, |y| ≤ 2^53 - 1 held in doubles, into z[0 .. 4) as 30-bit digits:
 * the number of digits (normalised). The product of two safe values needs no heap operand
 * and no bigint. Each factor is cut into two digits, x = x1·2^30 + x0 with x1 < 2^23, so
 * x0·y1, x1·y0 (below 2^53) and x1·y1 are exact; x0·y0 (up to 2^60) is formed from y0's
 * 15-bit halves. Splitting at powers of two is multiplication by an exact power of two and
 * Math.floor, never `%` (fmod).
 */
export function mulSafeMag(x: number, y: number, z: Uint32Array): number {
  if (x < 0) x = -x;
  if (y < 0) y = -y;
  const x1 = Math.floor(x * INV_BASE);
  const x0 = x - x1 * BASE;
  const y1 = Math.floor(y * INV_BASE);
  const y0 = y - y1 * BASE;
  // x0·y0 = mid·2^15 + low, both products below 2^45; mid = midHigh·2^15 + midLow.
  const low = x0 * (y0 & HALF_MASK);
  const mid = x0 * (y0 >>> HALF_SHIFT);
  const midHigh = Math.floor(mid * INV_HALF_BASE);
  // Column 0: below 2^45 + 2^30.
  let c = low + (mid - midHigh * HALF_BASE) * HALF_BASE;
  let carry = Math.floor(c * INV_BASE);
  z[0] = c - carry * BASE;
  // Column 1: x0·y1 and x1·y0 split at 2^30, the sum below 2^32.
  const p = x0 * y1;
  const pHigh = Math.floor(p * INV_BASE);
  const q = x1 * y0;
  const qHigh = Math.floor(q * INV_BASE);
  c = carry + midHigh + (p - pHigh * BASE) + (q - qHigh * BASE);
  carry = Math.floor(c * INV_BASE);
  z[1] = c - carry * BASE;
  // Column 2 and the top digit: x1·y1 < 2^46.
  c = carry + pHigh + qHigh + x1 * y1;
  carry = Math.floor(c * INV_BASE);
  z[2] = c - carry * BASE;
  z[3] = carry;
  return normalizeDigits(z, 0, 4);
}

/**
 * Divisors below this go through divrem1 and rem1, two half-digit steps per digit: with
 * rem < n, each numerator t = rem·2^15 + half is below 2^52 (exact) and each quotient step
 * below 2^15.
 *
 * Each step multiplies by the rounded 1/n rather than dividing (a multiplication costs a few
 * cycles, a division several times more): t·(1/n), rounded twice, is within 2^-51 relative
 * of t / n, so below 2^30 its floor is the true quotient digit or one off either way; d·n stays
 * within t + n < 2^53 (exact), and a remainder outside [0, n) corrects the digit by one.
 */
export const HALF_STEP_DIVISOR_LIMIT = 2 ** 37;

/** Divisors up to this divide a whole digit per step: rem·2^30 + digit < 2^52. */
const WHOLE_STEP_DIVISOR_LIMIT = 0x400000;

/**
 * |a| divided by n (0 < n < HALF_STEP_DIVISOR_LIMIT, one digit or two): the quotient into
 * q[qi .. qi+na) (not normalised) and the remainder returned. CPython's inplace_divrem1, for
 * larger divisors too; q may be a itself (qi === ai).
 */
export function divrem1(a: Uint32Array, ai: number, na: number, n: number, q: Uint32Array, qi: number): number {
  const inverse = 1 / n;
  let rem = 0;
  if (n <= WHOLE_STEP_DIVISOR_LIMIT) {
    for (let i = na - 1; i >= 0; i--) {
      const t = rem * BASE + a[ai + i];
      let d = Math.floor(t * inverse);
      rem = t - d * n;
      if (rem < 0) {
        rem += n;
        d--;
      } else if (rem >= n) {
        rem -= n;
        d++;
      }
      q[qi + i] = d;
    }
    return rem;
  }
  for (let i = na - 1; i >= 0; i--) {
    const digit = a[ai + i];
    let t = rem * HALF_BASE + (digit >>> HALF_SHIFT);
    let hi = Math.floor(t * inverse);
    rem = t - hi * n;
    if (rem < 0) {
      rem += n;
      hi--;
    } else if (rem >= n) {
      rem -= n;
      hi++;
    }
    t = rem * HALF_BASE + (digit & HALF_MASK);
    let lo = Math.floor(t * inverse);
    rem = t - lo * n;
    if (rem < 0) {
      rem += n;
      lo--;
    } else if (rem >= n) {
      rem -= n;
      lo++;
    }
    q[qi + i] = hi * HALF_BASE + lo;
  }
  return rem;
}

/** t mod n for 0 ≤ t < 2^52 whose quotient is below 2^30, given n's rounded inverse (see above). */
function remStep(t: number, n: number, inverse: number): number {
  const r = t - Math.floor(t * inverse) * n;
  return r < 0 ? r + n : r >= n ? r - n : r;
}

/**
 * The remainder of |a| divided by n (0 < n < HALF_STEP_DIVISOR_LIMIT), without the quotient.
 * A power of two (`x % 2**31`, the modulus of linear congruential generators and of hashes)
 * takes the low bits, where the division steps would cost two per digit.
 */
export function rem1(a: Uint32Array, ai: number, na: number, n: number): number {
  if (na > 0) {
    if (n <= BASE) {
      if ((n & (n - 1)) === 0) return a[ai] & (n - 1);
    } else {
      // n = h·2^30 with h a power of two below 2^7: the low digit and h's low bits of the next.
      const h = n * INV_BASE;
      if (h === Math.floor(h) && (h & (h - 1)) === 0) return na > 1 ? a[ai] + (a[ai + 1] & (h - 1)) * BASE : a[ai];
    }
  }
  const inverse = 1 / n;
  let rem = 0;
  if (n <= WHOLE_STEP_DIVISOR_LIMIT) {
    for (let i = na - 1; i >= 0; i--) rem = remStep(rem * BASE + a[ai + i], n, inverse);
    return rem;
  }
  for (let i = na - 1; i >= 0; i--) {
    const digit = a[ai + i];
    rem = remStep(rem * HALF_BASE + (digit >>> HALF_SHIFT), n, inverse);
    rem = remStep(rem * HALF_BASE + (digit & HALF_MASK), n, inverse);
  }
  return rem;
}

// Long division works on half digits (base 2^15) in these; they grow as needed.
let hv = new Int32Array(64);
let hw = new Int32Array(64);
let hq = new Int32Array(64);

/**
 * Split a[ai .. ai+na) into 15-bit half digits shifted left by d (0 ≤ d < 15) in h[0 .. 2na],
 * the bits shifted out of the top in h[2na]. Returns the count of a's own half digits (without
 * a leading zero one); h[that count] is then the carry out.
 */
function toShiftedHalves(a: Uint32Array, ai: number, na: number, d: number, h: Int32Array): number {
  let carry = 0;
  for (let i = 0, k = 0; i < na; i++, k += 2) {
    const digit = a[ai + i];
    let t = ((digit & HALF_MASK) << d) | carry;
    h[k] = t & HALF_MASK;
    carry = t >>> HALF_SHIFT;
    t = ((digit >>> HALF_SHIFT) << d) | carry;
    h[k + 1] = t & HALF_MASK;
    carry = t >>> HALF_SHIFT;
  }
  h[2 * na] = carry;
  return a[ai + na - 1] < HALF_BASE ? 2 * na - 1 : 2 * na;
}

/** Join half digits h[0 .. n) into 30-bit digits z[zi ..); returns the normalised count. */
function fromHalves(h: Int32Array, n: number, z: Uint32Array, zi: number): number {
  const m = (n + 1) >> 1;
  for (let i = 0; i < m; i++) {
    const lo = h[2 * i];
    const hi = 2 * i + 1 < n ? h[2 * i + 1] : 0;
    z[zi + i] = lo | (hi << HALF_SHIFT);
  }
  return normalizeDigits(z, zi, m);
}

/** Sizes of the last divremMag: [quotient digits, remainder digits]. */
export const divremSizes = new Int32Array(2);

/**
 * |a| divided by |b| (nb ≥ 2): the quotient into q (room for na digits) and the remainder into
 * r (room for nb digits), sizes in `divremSizes`. CPython's x_divrem (Knuth's algorithm D) in
 * base 2^15, where every intermediate value is exact in a double.
 */
export function divremMag(
  a: Uint32Array, ai: number, na: number, b: Uint32Array, bi: number, nb: number,
  q: Uint32Array, qi: number, r: Uint32Array, ri: number,
): void {
  if (na < nb || (na === nb && compareMag(a, ai, na, b, bi, nb) < 0)) {
    for (let i = 0; i < na; i++) r[ri + i] = a[ai + i];
    divremSizes[0] = 0;
    divremSizes[1] = na;
    return;
  }
  if (hv.length < 2 * na + 2) {
    hv = new Int32Array(4 * na + 4);
    hq = new Int32Array(4 * na + 4);
  }
  if (hw.length < 2 * nb + 1) hw = new Int32Array(4 * nb + 2);
  const v = hv;
  const w = hw;
  const quot = hq;
  // Normalise: shift both left by d so that w's top half digit has its high bit set.
  const btop = b[bi + nb - 1];
  const d = Math.clz32(btop < HALF_BASE ? btop : btop >>> HALF_SHIFT) - 17;
  const sizeW = toShiftedHalves(b, bi, nb, d, w);
  let sizeV = toShiftedHalves(a, ai, na, d, v);
  // v's carry out is v[sizeV]; keep it as a top half digit when nonzero or when v's top is
  // not below w's, so that every quotient half digit is below 2^15.
  if (v[sizeV] !== 0 || v[sizeV - 1] >= w[sizeW - 1]) sizeV++;
  const k = sizeV - sizeW;
  const wm1 = w[sizeW - 1];
  const wm2 = w[sizeW - 2];
  for (let j = k - 1; j >= 0; j--) {
    // Estimate the quotient half digit from the top two of v and the top one of w, then
    // correct it with w's second half digit: at most one too large afterwards.
    const vtop = v[j + sizeW];
    const vv = vtop * HALF_BASE + v[j + sizeW - 1];
    let qd = Math.floor(vv / wm1);
    let rr = vv - qd * wm1;
    while (wm2 * qd > rr * HALF_BASE + v[j + sizeW - 2]) {
      qd--;
      rr += wm1;
      if (rr >= HALF_BASE) break;
    }
    // v[j ..] -= qd · w
    let zhi = 0;
    for (let i = 0; i < sizeW; i++) {
      const z = v[j + i] + zhi - qd * w[i];
      v[j + i] = z & HALF_MASK;
      zhi = z >> HALF_SHIFT;
    }
    if (vtop + zhi < 0) {
      // One too many: add w back.
      let c = 0;
      for (let i = 0; i < sizeW; i++) {
        c += v[j + i] + w[i];
        v[j + i] = c & HALF_MASK;
        c >>>= HALF_SHIFT;
      }
      qd--;
    }
    quot[j] = qd;
  }
  // The remainder is v[0 .. sizeW) shifted back.
  let carry = 0;
  const lowMask = (1 << d) - 1;
  for (let i = sizeW - 1; i >= 0; i--) {
    const t = (carry << HALF_SHIFT) | v[i];
    v[i] = t >>> d;
    carry = t & lowMask;
  }
  divremSizes[0] = fromHalves(quot, k, q, qi);
  divremSizes[1] = fromHalves(v, sizeW, r, ri);
}

/** |a| << k into z (room for na + ceil(k / 30) + 1 digits); na ≥ 1. */
export function lshiftMag(a: Uint32Array, ai: number, na: number, k: number, z: Uint32Array, zi: number): number {
  const wordShift = Math.floor(k / SHIFT);
  const remShift = k - wordShift * SHIFT;
  for (let i = 0; i < wordShift; i++) z[zi + i] = 0;
  const p = zi + wordShift;
  if (remShift === 0) {
    for (let i = 0; i < na; i++) z[p + i] = a[ai + i];
    return na + wordShift;
  }
  const back = SHIFT - remShift;
  let carry = 0;
  for (let i = 0; i < na; i++) {
    const d = a[ai + i];
    z[p + i] = ((d << remShift) & MASK) | carry;
    carry = d >>> back;
  }
  z[p + na] = carry;
  return normalizeDigits(z, zi, na + wordShift + 1);
}

/**
 * |a| >> k into z (room for na digits), and whether a nonzero bit was shifted out
 * (`rshiftLostBits`), which floor division of a negative value needs.
 */
export function rshiftMag(a: Uint32Array, ai: number, na: number, k: number, z: Uint32Array, zi: number): number {
  const wordShift = Math.floor(k / SHIFT);
  const remShift = k - wordShift * SHIFT;
  let lost = false;
  if (wordShift >= na) {
    rshiftLostBits = na > 0;
    return 0;
  }
  for (let i = 0; i < wordShift; i++) {
    if (a[ai + i] !== 0) {
      lost = true;
      break;
    }
  }
  const n = na - wordShift;
  const p = ai + wordShift;
  if (remShift === 0) {
    for (let i = 0; i < n; i++) z[zi + i] = a[p + i];
    rshiftLostBits = lost;
    return n;
  }
  if ((a[p] & ((1 << remShift) - 1)) !== 0) lost = true;
  const back = SHIFT - remShift;
  for (let i = 0; i < n - 1; i++) z[zi + i] = (a[p + i] >>> remShift) | ((a[p + i + 1] << back) & MASK);
  z[zi + n - 1] = a[p + n - 1] >>> remShift;
  rshiftLostBits = lost;
  return normalizeDigits(z, zi, n);
}

/**
 * For b of two or more digits: k when |b| = 2^k, else -1. Such a divisor turns division into
 * a shift and a mask.
 */
export function powerOfTwoExponent(b: Uint32Array, bi: number, nb: number): number {
  const top = b[bi + nb - 1];
  if ((top & (top - 1)) !== 0) return -1;
  for (let i = 0; i < nb - 1; i++) if (b[bi + i] !== 0) return -1;
  return SHIFT * (nb - 1) + 31 - Math.clz32(top);
}

/** |a| mod 2^k (its low k bits) into z (room for min(na, ceil(k / 30)) digits). */
export function lowBitsMag(a: Uint32Array, ai: number, na: number, k: number, z: Uint32Array, zi: number): number {
  const whole = Math.floor(k / SHIFT);
  if (whole >= na) {
    for (let i = 0; i < na; i++) z[zi + i] = a[ai + i];
    return na;
  }
  for (let i = 0; i < whole; i++) z[zi + i] = a[ai + i];
  const bits = k - whole * SHIFT;
  if (bits === 0) return normalizeDigits(z, zi, whole);
  z[zi + whole] = a[ai + whole] & ((1 << bits) - 1);
  return normalizeDigits(z, zi, whole + 1);
}

/** Set by rshiftMag: were any of the bits shifted out nonzero? */
export let rshiftLostBits = false;

/** The bitwise operations of `bitwiseDigits`. */
export const enum Bitwise {
  AND = 0,
  OR = 1,
  XOR = 2,
}

/** Set by bitwiseDigits: is the result negative (z holds its magnitude)? */
export let bitwiseNegative = false;

/**
 * a op b for signed values (sign × magnitude, two's complement semantics for negatives), the
 * magnitude of the result into z (room for max(na, nb) + 1 digits), its sign in
 * `bitwiseNegative`. CPython's long_bitwise.
 */
export function bitwiseDigits(
  op: Bitwise, a: Uint32Array, ai: number, na: number, negA: boolean,
  b: Uint32Array, bi: number, nb: number, negB: boolean, z: Uint32Array, zi: number,
): number {
  const negZ = op === Bitwise.AND ? negA && negB : op === Bitwise.OR ? negA || negB : negA !== negB;
  // One digit beyond both operands holds their sign extension, so the complemented result is exact.
  const n = (na > nb ? na : nb) + 1;
  let ca = negA ? 1 : 0; // carries of the two's complements: ~|x| + 1
  let cb = negB ? 1 : 0;
  let cz = negZ ? 1 : 0;
  for (let i = 0; i < n; i++) {
    // Digits beyond an operand are 0; a negative one's complement turns them into its sign bits.
    let x = i < na ? a[ai + i] : 0;
    let y = i < nb ? b[bi + i] : 0;
    if (negA) {
      ca += x ^ MASK;
      x = ca & MASK;
      ca >>>= SHIFT;
    }
    if (negB) {
      cb += y ^ MASK;
      y = cb & MASK;
      cb >>>= SHIFT;
    }
    let r = op === Bitwise.AND ? x & y : op === Bitwise.OR ? x | y : x ^ y;
    if (negZ) {
      cz += r ^ MASK;
      r = cz & MASK;
      cz >>>= SHIFT;
    }
    z[zi + i] = r;
  }
  bitwiseNegative = negZ;
  return normalizeDigits(z, zi, n);
}

/**
 * hash(int) from its digits, CPython's long_hash: the magnitude modulo 2^61 - 1 as
 * [high 31 bits, low 30 bits] in `hashParts` (the caller applies the sign).
 */
export function hashMag(a: Uint32Array, ai: number, na: number): void {
  let hi = 0; // x = hi·2^30 + lo < 2^61
  let lo = 0;
  for (let i = na - 1; i >= 0; i--) {
    // x = rotate x left by 30 within 61 bits: ((x << 30) & M) | (x >> 31)
    const nlo = hi >>> 1;
    hi = ((hi & 1) * BASE) + lo;
    lo = nlo + a[ai + i];
    if (lo >= BASE) {
      lo -= BASE;
      hi += 1;
    }
    // x ≥ 2^61 - 1: subtract it
    if (hi >= 0x80000000 || (hi === 0x7fffffff && lo === MASK)) {
      hi -= 0x80000000;
      lo += 1;
      if (lo >= BASE) {
        lo -= BASE;
        hi += 1;
      }
    }
  }
  hashParts[0] = hi;
  hashParts[1] = lo;
}

/** Set by hashMag: [high 31 bits, low 30 bits]. */
export const hashParts = new Float64Array(2);
