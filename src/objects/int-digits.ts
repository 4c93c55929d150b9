/**
 * Integer arithmetic that needs no heap: digit-array conversions, the exact algorithms behind
 * int's slots, and CPython's numeric hash.
 *
 * An int's magnitude is stored as 30-bit digits, least significant first (int.ts). Values
 * below 2^53 are computed with JS numbers; larger ones on their digits (int-arith.ts) or, when
 * large, with `bigint`. Conversions between digits and `bigint` go a digit at a time for small
 * values and through hexadecimal text, two digits (60 bits = 15 hex characters) at a time, for
 * large ones, so they are linear in the length rather than quadratic.
 */

export const DIGIT_BITS = 30;
export const DIGIT_BASE = 1 << DIGIT_BITS;
export const DIGIT_MASK = DIGIT_BASE - 1;
/** 2^53 - 1: JS numbers represent every integer up to here. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// ── digits <-> bigint ────────────────────────────────────────────────────────────────────

/** Number of 30-bit digits needed for a magnitude (0 for 0). */
export function digitCountOfBigInt(mag: bigint): number {
  if (mag === 0n) return 0;
  return Math.ceil(bitLength(mag) / DIGIT_BITS);
}

/** Number of bits in a magnitude (0 for 0). */
export function bitLength(mag: bigint): number {
  if (mag < 0n) mag = -mag;
  if (mag === 0n) return 0;
  if (mag <= 0xffffffffn) return 32 - Math.clz32(Number(mag));
  if (mag <= 9007199254740991n) return 32 + (32 - Math.clz32(Math.floor(Number(mag) / 4294967296)));
  const hex = mag.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * Up to this many digits, conversions to and from `bigint` go a digit at a time with bigint
 * shifts (quadratic, but a handful of cheap operations); beyond, through hexadecimal text.
 */
const SMALL_CONVERSION_DIGITS = 40;
/** 2^(30·SMALL_CONVERSION_DIGITS): magnitudes below it have at most that many digits. */
const SMALL_CONVERSION_LIMIT = 1n << BigInt(DIGIT_BITS * SMALL_CONVERSION_DIGITS);
const DIGIT_BITS_BIG = BigInt(DIGIT_BITS);

/** The magnitude held in digits[start .. start+n) (least significant first). */
export function digitsToBigInt(digits: Uint32Array, start: number, n: number): bigint {
  if (n === 0) return 0n;
  if (n === 1) return BigInt(digits[start]);
  if (n <= SMALL_CONVERSION_DIGITS) {
    let i = n - 1;
    let r: bigint;
    const top = digits[start + i];
    if (top < 1 << 23) {
      // The top two digits are below 2^53: one exact number.
      r = BigInt(top * DIGIT_BASE + digits[start + i - 1]);
      i -= 2;
    } else {
      r = BigInt(top);
      i--;
    }
    for (; i >= 0; i--) r = (r << DIGIT_BITS_BIG) | BigInt(digits[start + i]);
    return r;
  }
  const parts: string[] = [];
  let i = n - 1;
  if ((n & 1) === 1) {
    parts.push(digits[start + i].toString(16));
    i--;
  }
  for (; i > 0; i -= 2) {
    const hi = digits[start + i];
    const lo = digits[start + i - 1];
    // 60 bits as 15 hex characters: 7 from hi's top 28 bits, 1 mixed, 7 from lo's low 28 bits.
    parts.push(
      (hi >>> 2).toString(16).padStart(7, "0") +
        (((hi & 3) << 2) | (lo >>> 28)).toString(16) +
        (lo & 0xfffffff).toString(16).padStart(7, "0"),
    );
  }
  return BigInt("0x" + parts.join(""));
}

/**
 * Write the 30-bit digits of `mag` (> 0) into digits[start ..) and return their count, when
 * `mag` has at most SMALL_CONVERSION_DIGITS digits; -1 (nothing written) for larger ones.
 * `digits` needs room for SMALL_CONVERSION_DIGITS + 1 digits.
 */
export function smallBigIntToDigits(mag: bigint, digits: Uint32Array, start: number): number {
  if (mag >= SMALL_CONVERSION_LIMIT) return -1;
  let n = 0;
  while (mag > 9007199254740991n) {
    digits[start + n++] = Number(BigInt.asUintN(DIGIT_BITS, mag));
    mag >>= DIGIT_BITS_BIG;
  }
  // The rest is below 2^53: at most two digits, split exactly with numbers.
  const rest = Number(mag);
  const hi = Math.floor(rest / DIGIT_BASE);
  digits[start + n++] = rest - hi * DIGIT_BASE;
  if (hi !== 0) digits[start + n++] = hi;
  return n;
}

/** Write the 30-bit digits of `mag` (> 0) into digits[start .. start+n), n = digitCountOfBigInt(mag). */
export function bigIntToDigits(mag: bigint, digits: Uint32Array, start: number, n: number): void {
  if (n <= SMALL_CONVERSION_DIGITS) {
    for (let i = 0; i < n - 1; i++) {
      digits[start + i] = Number(BigInt.asUintN(DIGIT_BITS, mag));
      mag >>= DIGIT_BITS_BIG;
    }
    digits[start + n - 1] = Number(mag);
    return;
  }
  const hex = mag.toString(16);
  // Consume 15 hex characters (two digits) at a time from the right.
  let end = hex.length;
  let i = 0;
  while (i < n) {
    const begin = Math.max(0, end - 15);
    const chunk = hex.slice(begin, end);
    // chunk = up to 60 bits: split into low 28 bits (7 chars), a middle nibble, high 28 bits.
    const low7 = parseInt(chunk.slice(-7), 16);
    const mid = chunk.length > 7 ? parseInt(chunk[chunk.length - 8], 16) : 0;
    const high = chunk.length > 8 ? parseInt(chunk.slice(0, chunk.length - 8), 16) : 0;
    digits[start + i] = (low7 | ((mid & 3) << 28)) >>> 0;
    if (i + 1 < n) digits[start + i + 1] = ((high << 2) | (mid >>> 2)) >>> 0;
    i += 2;
    end = begin;
  }
}

// ── exact arithmetic ─────────────────────────────────────────────────────────────────────

/**
 * Operands up to 2^52 in magnitude let floor division and modulo go through Math.floor(a / b):
 * the rounded quotient's floor is the true floor or one more (rounding is monotonic and the
 * true floor is representable), q·b stays within |a| + |b| ≤ 2^53 (exact), and so does
 * a - q·b; a remainder of the wrong sign marks the quotient one too large. Beyond, `%` (fmod,
 * exact but a library call).
 */
const FLOOR_EXACT = 2 ** 52;

/** Python's floor division and modulo of safe integers (b ≠ 0): exact, unlike Math.floor(a / b). */
export function floorDivNumber(a: number, b: number): number {
  if (a <= FLOOR_EXACT && a >= -FLOOR_EXACT && b <= FLOOR_EXACT && b >= -FLOOR_EXACT) {
    const q = Math.floor(a / b);
    const r = a - q * b;
    return (b > 0 ? r < 0 : r > 0) ? q - 1 : q + 0;
  }
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q + 0;
}

export function modNumber(a: number, b: number): number {
  if (a <= FLOOR_EXACT && a >= -FLOOR_EXACT && b <= FLOOR_EXACT && b >= -FLOOR_EXACT) {
    const r = a - Math.floor(a / b) * b;
    return (b > 0 ? r < 0 : r > 0) ? r + b : r + 0;
  }
  let r = a % b;
  if (r !== 0 && r < 0 !== b < 0) r += b;
  return r + 0;
}

export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  if ((a % b !== 0n) && (a < 0n) !== (b < 0n)) return q - 1n;
  return q;
}

export function modBig(a: bigint, b: bigint): bigint {
  const r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) return r + b;
  return r;
}

/** pow(base, exp, mod) for exp ≥ 0, mod > 0: square and multiply. */
export function powModBig(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n % mod;
  base = modBig(base, mod);
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % mod;
  }
  return result;
}

/** Why pow(a, b, m) has no value. */
export const enum PowModFailure {
  ZERO_MODULUS = "pow() 3rd argument cannot be 0",
  NOT_INVERTIBLE = "base is not invertible for the given modulus",
}

/**
 * pow(base, exp, m) for integers, CPython's long_pow with a modulus: the result has the sign
 * of m; a negative exponent takes the modular inverse of base.
 */
export function ternaryPowBig(base: bigint, exp: bigint, m: bigint): bigint | PowModFailure {
  if (m === 0n) return PowModFailure.ZERO_MODULUS;
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0n;
  if (exp < 0n) {
    const inverse = modInverseBig(base, m);
    if (inverse === undefined) return PowModFailure.NOT_INVERTIBLE;
    base = inverse;
    exp = -exp;
  }
  const r = powModBig(base, exp, m);
  return negativeOutput && r !== 0n ? r - m : r;
}

/** The inverse of a modulo m (m > 0), or undefined when gcd(a, m) ≠ 1. */
export function modInverseBig(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [modBig(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  return modBig(oldS, m);
}

/**
 * a / b correctly rounded to a double (half to even), for any integers with b ≠ 0.
 * Infinity (with the quotient's sign) when the result overflows a double.
 */
export function trueDivideBig(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  // Scale so that the quotient has at least 65 significant bits; a nonzero remainder becomes
  // a sticky bit far below the rounding position, so the one final rounding is correct.
  const shift = 66 - (bitLength(a) - bitLength(b));
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    const n = a << BigInt(shift);
    q = n / b;
    rem = n - q * b;
  } else {
    const d = b << BigInt(-shift);
    q = a / d;
    rem = a - q * d;
  }
  if (rem !== 0n) q |= 1n;
  const result = scaledBigToDouble(q, -shift);
  return negative ? -result : result;
}

/**
 * m × 2^e correctly rounded to a double (half to even), for m ≥ 0: Infinity on overflow,
 * subnormal results rounded once at their own precision.
 */
export function scaledBigToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const top = bitLength(m) - 1 + e; // the value's binary exponent before rounding
  if (top >= 1024) return Infinity;
  if (top >= -1022) {
    // Keep 64 bits at most with a sticky bit, then let Number() round to 53 bits.
    const excess = bitLength(m) - 64;
    if (excess > 0) {
      const kept = m >> BigInt(excess);
      m = (kept << BigInt(excess)) === m ? kept : kept | 1n;
      e += excess;
    }
    return scaleByPowerOfTwo(Number(m), e);
  }
  // Subnormal: count units of 2^-1074.
  const drop = -1074 - e;
  if (drop <= 0) return Number(m << BigInt(-drop)) * Number.MIN_VALUE;
  let units = m >> BigInt(drop);
  const r = m - (units << BigInt(drop));
  const half = 1n << BigInt(drop - 1);
  if (r > half || (r === half && (units & 1n) === 1n)) units += 1n;
  return Number(units) * Number.MIN_VALUE;
}

/** x × 2^n without intermediate overflow or underflow (ldexp for normal results). */
export function scaleByPowerOfTwo(x: number, n: number): number {
  while (n > 1000) {
    x *= 2 ** 1000;
    n -= 1000;
  }
  while (n < -1000) {
    x *= 2 ** -1000;
    n += 1000;
  }
  return x * 2 ** n;
}

// ── CPython's numeric hash ───────────────────────────────────────────────────────────────

/** _PyHASH_MODULUS = 2^61 - 1; hash(x) == hash(y) whenever x == y across int, float, complex. */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_BITS = 61;
export const HASH_INF = 314159;
const HASH_IMAG = 1000003n;

/**
 * CPython's hashes are 64-bit; glasspy's hash slots return safe JS integers. A hash whose
 * magnitude is below 2^53 is kept exactly (every int below 2^53, every integral float below
 * 2^53, inf). A larger one keeps its sign and the low 53 bits of its magnitude, so that
 * `hash(x) % 2**k` still agrees with CPython for every k ≤ 53. The fold is applied last, to
 * the exact 64-bit value, so equal numbers of any numeric type still hash equal; only hashes
 * beyond 2^53 print differently from CPython's. Containers need not fold: `numberHashWords`
 * (int.ts) gives them the exact 64 bits, so sets and dicts of numbers probe as CPython's.
 */
export function foldHash(h: bigint): number {
  let result: number;
  if (h > -9007199254740992n && h < 9007199254740992n) result = Number(h);
  else {
    const low = Number((h < 0n ? -h : h) & 0x1fffffffffffffn);
    result = h < 0n ? -low : low;
  }
  return result === -1 ? -2 : result;
}

/** A 64-bit hash as two signed 32-bit words: out[0] the low half, out[1] the high half. */
export function hashToWords(h: bigint, out: Int32Array): void {
  out[0] = Number(BigInt.asIntN(32, h));
  out[1] = Number(BigInt.asIntN(32, h >> 32n));
}

/** The exact 64-bit hash of an integer (before folding), CPython's long_hash. */
export function hashOfBigInt(v: bigint): bigint {
  const m = (v < 0n ? -v : v) % HASH_MODULUS;
  const h = v < 0n ? -m : m;
  return h === -1n ? -2n : h;
}

/** hash(int) for a safe integer v: v itself, except -1 → -2. */
export function hashOfSafeInt(v: number): number {
  return v === -1 ? -2 : v;
}

/** The exact 64-bit hash of a finite double (before folding), CPython's _Py_HashDouble. */
export function hashOfDoubleExact(v: number, mant: number, exp: number): bigint {
  if (v === 0) return 0n;
  // |v| = mant × 2^exp, and 2^61 ≡ 1 (mod 2^61 - 1), so 2^exp ≡ 2^(exp mod 61).
  const e = ((exp % HASH_BITS) + HASH_BITS) % HASH_BITS;
  const m = (BigInt(mant) << BigInt(e)) % HASH_MODULUS;
  const h = v < 0 ? -m : m;
  return h === -1n ? -2n : h;
}

/** hash(complex) from the exact hashes of its parts: real + 1000003·imag, wrapping at 64 bits. */
export function combineComplexHash(real: bigint, imag: bigint): bigint {
  const h = BigInt.asIntN(64, real + HASH_IMAG * imag);
  return h === -1n ? -2n : h;
}
