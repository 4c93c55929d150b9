/**
 * The tables of float-pow.ts, computed on first use with 128-bit fixed-point BigInt
 * arithmetic (a few milliseconds). They are the C library's (glibc 2.28 and later, from Arm's
 * optimized-routines), whose definitions its sources state; computed here from those
 * definitions, they are bit for bit the same.
 *
 * Logarithm, N = 128 subintervals of z in [OFF, 2·OFF), OFF = 0x1.69555p-1: subinterval i
 * starts at the double whose bits are OFF's + i·2^45; c is near its centre with 1/c of few bits,
 * 1/c = round(N/centre)/N below 1 and round(2N/centre)/2N above (round to even);
 * logc = ln c rounded to a multiple of 2^-43 and logctail = ln c - logc rounded to nearest.
 *
 * Exponential, N = 128: 2^(k/N) = H · (1 + T) with H = 2^(k/N) and T = (2^(k/N) - H)/H, each
 * rounded to nearest. (glibc keeps H's bit pattern less k·2^45, to add the power of two in the
 * exponent field; float-pow.ts multiplies by it, from a table of powers of two.)
 */

/** Subintervals of the logarithm and steps of the exponential per unit (of ln 2). */
export const POW_TABLE_N = 128;
/** High word of OFF, where the first subinterval of the logarithm starts. */
export const LOG_OFF_HI = 0x3fe69555;

export interface PowTables {
  /** 1/c, ln c rounded to 2^-43, and the rest of ln c, per subinterval. */
  readonly invc: Float64Array;
  readonly logc: Float64Array;
  readonly logctail: Float64Array;
  /** T and H per step. */
  readonly expTail: Float64Array;
  readonly expScale: Float64Array;
  /** 2^n at n + POW2_BIAS, for n in [-1024, 1023]. */
  readonly pow2: Float64Array;
}

export const POW2_BIAS = 1024;

const FRAC = 128n;
const ONE = 1n << FRAC;

/** atanh(a/b) · 2^128 for |a/b| < 1. */
function atanhFixed(a: bigint, b: bigint): bigint {
  const a2 = a * a;
  const b2 = b * b;
  let term = (ONE * a) / b;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n += 2n) {
    sum += term / n;
    term = (term * a2) / b2;
  }
  return sum;
}

/** e^x · 2^128 for x = xFixed / 2^128 in [0, 1). */
function expFixed(xFixed: bigint): bigint {
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * xFixed) / ONE / n;
  }
  return sum;
}

/** Round half to even, as Python's round() of a float. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

function fromHighWord(hi: number): number {
  u32[HI] = hi;
  u32[LO] = 0;
  return f64[0];
}

export function buildPowTables(): PowTables {
  const N = POW_TABLE_N;
  const invc = new Float64Array(N);
  const logc = new Float64Array(N);
  const logctail = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const lo = fromHighWord(LOG_OFF_HI + (i << 13));
    const hi = fromHighWord(LOG_OFF_HI + ((i + 1) << 13));
    const centre = (lo + hi) / 2;
    // 1/c = j/den, so c = den/j and ln c = 2·atanh((den - j)/(den + j)).
    const den = centre < 1 ? N : 2 * N;
    const j = roundHalfEven(den / centre);
    invc[i] = j / den;
    const lnc = 2n * atanhFixed(BigInt(den - j), BigInt(den + j));
    const shift = FRAC - 43n;
    const n = (lnc + (1n << (shift - 1n))) >> shift;
    logc[i] = Number(n) / 2 ** 43;
    logctail[i] = Number(lnc - (n << shift)) * 2 ** -128;
  }
  const expTail = new Float64Array(N);
  const expScale = new Float64Array(N);
  const ln2 = 2n * atanhFixed(1n, 3n);
  for (let k = 0; k < N; k++) {
    const e = expFixed((ln2 * BigInt(k)) / BigInt(N));
    const h = Number(e) * 2 ** -128;
    const hFixed = BigInt(h * 2 ** 52) << (FRAC - 52n);
    expTail[k] = Number(((e - hFixed) << FRAC) / hFixed) * 2 ** -128;
    expScale[k] = h;
  }
  // Halving and doubling are exact, down to the subnormal 2^-1024.
  const pow2 = new Float64Array(2 * POW2_BIAS);
  pow2[POW2_BIAS] = 1;
  for (let n = 1; n <= POW2_BIAS; n++) pow2[POW2_BIAS - n] = pow2[POW2_BIAS - n + 1] / 2;
  for (let n = 1; n < POW2_BIAS; n++) pow2[POW2_BIAS + n] = pow2[POW2_BIAS + n - 1] * 2;
  return { invc, logc, logctail, expTail, expScale, pow2 };
}
