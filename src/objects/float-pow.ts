/**
 * x ** y for positive finite doubles, bit for bit as CPython computes it on x86-64 Linux.
 *
 * CPython's float_pow leaves this case to the C library's pow(). glibc's (2.28 and later,
 * Arm's optimized-routines algorithm) is not correctly rounded: its error reaches 0.52 ulp,
 * so about one result in a thousand is the other neighbour of the exact value (and V8's
 * Math.pow, fdlibm's, differs from it far more often). Matching it therefore means computing
 * what it computes, operation by operation: this is that algorithm as the x86-64 build with
 * FMA and AVX2 (the one glibc selects on any recent processor) runs it, where the compiler has
 * fused most multiply-adds. Each fused operation is emulated exactly (float-fma.ts); the
 * others are the same double operations in the same order.
 *
 * The algorithm: ln x = k·ln 2 + ln c + ln(z/c) with x = 2^k·z and c from a table of 128
 * (float-pow-tables.ts), ln(z/c) by a polynomial in r = z/c - 1 (exact), the logarithm kept as
 * a double and a tail (about 2^-68 relative error); then y·ln x as ehi + elo, and
 * e^(ehi + elo) = 2^(K/128) · e^r with 2^(K/128) from a table of 128 and e^r by a polynomial;
 * the final multiply-add rounds once.
 */
import { fma, fmaInPlace } from "./float-fma.js";
import { powHalfInteger, powHalfIntegerIO } from "./float-pow-root.js";
import { buildPowTables, LOG_OFF_HI, POW2_BIAS, type PowTables } from "./float-pow-tables.js";

/** ln 2 split for the logarithm: LN2_HI·k is exact for |k| < 2^11. */
const LN2_HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2_LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
/** ln(1+r) - r = A0·r² + r³·(A1 + A2·r + ...), the odd coefficients scaled by A0's powers. */
const A0 = -0.5;
const A1 = -0.6666666666666679; // -0x1.555555555556p-1
const A2 = 0.5000000000000007; // 0x1.0000000000006p-1
const A3 = 0.7999999995323976; // 0x1.999999959554ep-1
const A4 = -0.6666666663487739; // -0x1.555555529a47ap-1
const A5 = -1.142909628459501; // -0x1.2495b9b4845e9p+0
const A6 = 1.0000415263675542; // 0x1.0002b8b263fc3p+0
/** 128/ln 2, and -ln 2/128 split so that k·NEG_LN2_HI_N is exact for the k that matter. */
const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep+7
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
/** e^r - 1 - r = C2·r² + C3·r³ + C4·r⁴ + C5·r⁵ on |r| <= ln 2/256. */
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7
/** 1.5·2^52: adding it rounds a double of magnitude below 2^51 to an integer. */
const SHIFT = 6755399441055744;

const TWO_POW_1009 = 5.486124068793689e303;
const TWO_POW_MINUS_1022 = 2.2250738585072014e-308;

/** y's biased exponents outside the main path: below 0x3be (|y| < 2^-65) or from 0x43e (2^63). */
const enum Exponent {
  Y_SMALL = 0x3be,
  Y_RANGE = 0x80,
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

let tables: PowTables | undefined;

/** 2^-52, and 2^-1073 (two subnormal units): `q = |p|·EPS + TINY` is at least one ulp of p. */
const EPS = 2.220446049250313e-16;
const TINY = 1e-323;
/** TINY, or Infinity while warmUpRarePaths runs: every rounding test then fails. */
let tiny = TINY;
/** Calls before V8 allocates a function's feedback vector (--invocation-count-for-feedback-allocation), and some. */
const FEEDBACK_CALLS = 12;
/** Whether warmUpRarePaths has run since V8 last dropped the type feedback (see forgetPowWarmUp). */
let rarePathsRun = false;

/**
 * For the start-up snapshot's builder: V8 drops every function's type feedback when it writes
 * the snapshot, so the process that loads it must run warmUpRarePaths again.
 */
export function forgetPowWarmUp(): void {
  rarePathsRun = false;
}

/*
 * Most fused multiply-adds of the algorithm add a small product to a larger addend. Those are
 * written out below as
 *
 *     p = a * b; q = |p|·EPS + TINY; v = c + (p - q); if (v !== c + (p + q)) v = fma(a, b, c)
 *
 * p - q and p + q round to doubles below and above the exact a·b, and rounding is monotonic:
 * when both sums with c round alike, that is fma(a, b, c); otherwise (about one time in a
 * thousand) float-fma.ts computes it. Written out rather than called: V8 inlines only so much
 * into one function (a helper for these twelve sites was inlined at seven to nine of them),
 * and a call that is not inlined boxes its double result.
 */

/** 2^27 + 1 and 2^32 + 1: Veltkamp's splitting constants (halves of 26 and 21 bits). */
const SPLITTER = 134217729;
const SPLITTER_21 = 4294967297;

/**
 * powPositive's operands and result in memory (powPositiveIO): x and y in words 0 and 1, the
 * result in word 0.
 */
export const powIO = new Float64Array(2);

/**
 * powPositive of powIO[0] and powIO[1], into powIO[0], for an optimised caller (float's `**`
 * in the eval loop and the compiled tier): V8 passes a double to a function it has not inlined,
 * and returns one from it, in a new heap number, three allocations per `**` through
 * powPositive's arguments and result, where the square-root exponents (±0.5, ±1.5: nbody's)
 * take none here. The result is powPositive's, bit for bit: the same two paths, in the same
 * order (the square root's, then glibc's algorithm).
 */
export function powPositiveIO(): void {
  const x = powIO[0];
  const y = powIO[1];
  if (y === -1.5 || y === 0.5 || y === -0.5 || y === 1.5) {
    powHalfIntegerIO(powIO);
    if (powIO[0] === powIO[0]) return;
  }
  powIO[0] = x;
  powIO[1] = y;
  powByLogExpIO();
}

/**
 * x ** y rounded as glibc's pow, for x > 0 finite and y finite nonzero: may return an
 * infinity (the caller raises OverflowError) or zero. One function for the common path, so
 * that every double stays in a register.
 */
export function powPositive(x: number, y: number): number {
  if (y === -1.5 || y === 0.5 || y === -0.5 || y === 1.5) {
    // Through a square root when that provably gives glibc's result (float-pow-root.ts).
    const r = powHalfInteger(x, y);
    if (r === r) return r;
  }
  return powByLogExp(x, y);
}

/**
 * fma's operands and result in memory (fmaInPlace), for every call in powByLogExpIO. V8
 * inlines only so many copies of fma there, and a call it has not inlined takes its double
 * arguments in heap numbers; worse, a value passed to several calls on rare paths (`r` to the
 * three fallbacks of the logarithm's polynomial, `er` to the exponential's) was boxed once,
 * where those paths meet, which is the common path: two heap numbers a `**` (nbody: 41 MB; a
 * loop of 3 million `x ** -1.5` 109 → 94 ms). Written to this array, no operand is ever boxed.
 * (Through a helper that called fma with the array's values, TurboFan inlined the helper at
 * each site but no longer fma, past its budget, and boxed three operands and the result at
 * each: about 100 bytes of garbage for each `**` that took glibc's path.)
 */
const fmaIO = new Float64Array(3);

/** powPositive by glibc's algorithm (a logarithm and an exponential in extra precision). */
function powByLogExp(x: number, y: number): number {
  powIO[0] = x;
  powIO[1] = y;
  powByLogExpIO();
  return powIO[0];
}

/**
 * powByLogExp of powIO[0] and powIO[1], into powIO[0] (for powPositiveIO, whose caller gives
 * and takes doubles through powIO: powByLogExp is too large to be inlined there, and a double
 * it returned went into a new heap number).
 */
function powByLogExpIO(): void {
  const x = powIO[0];
  const y = powIO[1];
  f64[0] = y;
  const topy = (u32[HI] >>> 20) & 0x7ff;
  if (topy - Exponent.Y_SMALL >>> 0 >= Exponent.Y_RANGE) {
    powIO[0] = powExtremeExponent(x, y, topy);
    return;
  }
  const t = tables ?? (tables = buildPowTables());
  if (!rarePathsRun) warmUpRarePaths();
  const pow2 = t.pow2;

  // ── ln x ≈ lh + ltail ──
  // x = 2^k·z with z in [OFF, 2·OFF); i picks z's subinterval. A subnormal x is scaled by
  // 2^52 first, and k lowered by as much.
  let xn = x;
  f64[0] = x;
  let hi = u32[HI];
  let kBias = 0;
  if (hi >>> 20 === 0) {
    xn = x * 2 ** 52;
    f64[0] = xn;
    hi = u32[HI];
    kBias = 52;
  }
  const offset = (hi - LOG_OFF_HI) | 0;
  const i = (offset >>> 13) & 127;
  const kn = offset >> 20;
  const k = kn - kBias;
  const z = xn * pow2[POW2_BIAS - kn];
  const invc = t.invc[i];
  // r = z·invc - 1 is a double (1/c has at most 9 bits and |z/c - 1| < 1/128), and z's first
  // 21 bits and the rest each multiply invc exactly: r is exact, as glibc's fused one.
  let c = SPLITTER_21 * z;
  const zHead = c - (c - z);
  const r = zHead * invc - 1 + (z - zHead) * invc;
  // k·LN2_HI + logc is exact too.
  const t1 = k * LN2_HI + t.logc[i];
  const t2 = t1 + r;
  let lo1 = t.logctail[i];
  if (k !== 0) {
    fmaIO[0] = k;
    fmaIO[1] = LN2_LO;
    fmaIO[2] = lo1;
    fmaInPlace(fmaIO);
    lo1 = fmaIO[0];
  }
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  let p = r * A2;
  let q = Math.abs(p) * EPS + tiny;
  let q12 = A1 + (p - q);
  if (q12 !== A1 + (p + q)) {
    fmaIO[0] = r;
    fmaIO[1] = A2;
    fmaIO[2] = A1;
    fmaInPlace(fmaIO);
    q12 = fmaIO[0];
  }
  p = r * A4;
  q = Math.abs(p) * EPS + tiny;
  let q34 = A3 + (p - q);
  if (q34 !== A3 + (p + q)) {
    fmaIO[0] = r;
    fmaIO[1] = A4;
    fmaIO[2] = A3;
    fmaInPlace(fmaIO);
    q34 = fmaIO[0];
  }
  p = r * A6;
  q = Math.abs(p) * EPS + tiny;
  let q56 = A5 + (p - q);
  if (q56 !== A5 + (p + q)) {
    fmaIO[0] = r;
    fmaIO[1] = A6;
    fmaIO[2] = A5;
    fmaInPlace(fmaIO);
    q56 = fmaIO[0];
  }
  const h = t2 + ar2;
  // lo3 = r·ar - ar2 exactly (Dekker; ar = -r/2 splits as r does).
  c = SPLITTER * r;
  const rh = c - (c - r);
  const rl = r - rh;
  const lo3 = rh * (A0 * rh) - ar2 + rh * (A0 * rl) + rl * (A0 * rh) + rl * (A0 * rl);
  const lo4 = t2 - h + ar2;
  p = q56 * ar2;
  q = Math.abs(p) * EPS + tiny;
  let inner = q34 + (p - q);
  if (inner !== q34 + (p + q)) {
    fmaIO[0] = q56;
    fmaIO[1] = ar2;
    fmaIO[2] = q34;
    fmaInPlace(fmaIO);
    inner = fmaIO[0];
  }
  p = ar2 * inner;
  q = Math.abs(p) * EPS + tiny;
  let poly = q12 + (p - q);
  if (poly !== q12 + (p + q)) {
    fmaIO[0] = ar2;
    fmaIO[1] = inner;
    fmaIO[2] = q12;
    fmaInPlace(fmaIO);
    poly = fmaIO[0];
  }
  fmaIO[0] = ar3;
  fmaIO[1] = poly;
  fmaIO[2] = lo1 + lo2 + lo3 + lo4;
  fmaInPlace(fmaIO);
  const l = fmaIO[0];
  const lh = h + l;
  const ltail = h - lh + l;

  // ── y·ln x ≈ ehi + elo ──
  const ehi = y * lh;
  const ae = ehi < 0 ? -ehi : ehi;
  // |ehi| < 2^-54: the result rounds to 1 + ehi; |ehi| >= 1024: far out of range.
  if (ae < 2 ** -54) {
    powIO[0] = 1 + ehi;
    return;
  }
  if (ae >= 1024) {
    powIO[0] = ehi < 0 ? 0 : Infinity;
    return;
  }
  // elo = y·ltail + (y·lh - ehi), the second term exact (Dekker).
  c = SPLITTER * lh;
  const lhh = c - (c - lh);
  const lhl = lh - lhh;
  c = SPLITTER * y;
  const yh = c - (c - y);
  const yl = y - yh;
  fmaIO[0] = y;
  fmaIO[1] = ltail;
  fmaIO[2] = lhh * yh - ehi + lhh * yl + lhl * yh + lhl * yl;
  fmaInPlace(fmaIO);
  const elo = fmaIO[0];

  // ── e^(ehi + elo) ──
  // ehi = K·ln2/128 + r, |r| <= ln2/256: K = round(ehi·128/ln 2) by the 1.5·2^52 shift.
  p = ehi * INV_LN2_N;
  q = Math.abs(p) * EPS + tiny;
  let kd = SHIFT + (p - q);
  if (kd !== SHIFT + (p + q)) {
    fmaIO[0] = ehi;
    fmaIO[1] = INV_LN2_N;
    fmaIO[2] = SHIFT;
    fmaInPlace(fmaIO);
    kd = fmaIO[0];
  }
  kd -= SHIFT;
  const large = ae >= 512;
  // |K| < 2^17 (|ehi| < 709): K times NEG_LN2_HI_N's 36 bits is exact.
  let er = ehi + kd * NEG_LN2_HI_N;
  if (large) {
    fmaIO[0] = kd;
    fmaIO[1] = NEG_LN2_HI_N;
    fmaIO[2] = ehi;
    fmaInPlace(fmaIO);
    er = fmaIO[0];
  }
  p = kd * NEG_LN2_LO_N;
  q = Math.abs(p) * EPS + tiny;
  let er2 = er + (p - q);
  if (er2 !== er + (p + q)) {
    fmaIO[0] = kd;
    fmaIO[1] = NEG_LN2_LO_N;
    fmaIO[2] = er;
    fmaInPlace(fmaIO);
    er2 = fmaIO[0];
  }
  er = elo + er2;
  const kk = kd | 0;
  const j = kk & 127;
  p = er * C3;
  q = Math.abs(p) * EPS + tiny;
  let q23 = C2 + (p - q);
  if (q23 !== C2 + (p + q)) {
    fmaIO[0] = er;
    fmaIO[1] = C3;
    fmaIO[2] = C2;
    fmaInPlace(fmaIO);
    q23 = fmaIO[0];
  }
  const a = er + t.expTail[j];
  const er2sq = er * er;
  p = er * C5;
  q = Math.abs(p) * EPS + tiny;
  let q45 = C4 + (p - q);
  if (q45 !== C4 + (p + q)) {
    fmaIO[0] = er;
    fmaIO[1] = C5;
    fmaIO[2] = C4;
    fmaInPlace(fmaIO);
    q45 = fmaIO[0];
  }
  p = q23 * er2sq;
  q = Math.abs(p) * EPS + tiny;
  let f = a + (p - q);
  if (f !== a + (p + q)) {
    fmaIO[0] = q23;
    fmaIO[1] = er2sq;
    fmaIO[2] = a;
    fmaInPlace(fmaIO);
    f = fmaIO[0];
  }
  const er4 = er2sq * er2sq;
  p = q45 * er4;
  q = Math.abs(p) * EPS + tiny;
  let tmp = f + (p - q);
  if (tmp !== f + (p + q)) {
    fmaIO[0] = q45;
    fmaIO[1] = er4;
    fmaIO[2] = f;
    fmaInPlace(fmaIO);
    tmp = fmaIO[0];
  }
  // 2^(K/128) = scale·(1 + tail), scale = H·2^(K >> 7), a normal double unless `large`.
  if (large) {
    powIO[0] = expLarge(tmp, t.expScale[j], kk >> 7, pow2);
    return;
  }
  const scale = t.expScale[j] * pow2[POW2_BIAS + (kk >> 7)];
  p = tmp * scale;
  q = Math.abs(p) * EPS + tiny;
  const v = scale + (p - q);
  powIO[0] = v;
  if (v !== scale + (p + q)) {
    fmaIO[0] = tmp;
    fmaIO[1] = scale;
    fmaIO[2] = scale;
    fmaInPlace(fmaIO);
    powIO[0] = fmaIO[0];
  }
}

/**
 * Runs every rare path of powPositive, at its first use in a process (the
 * first call that reaches the logarithm). V8 optimises it after some thousand calls, and a
 * call site or an operation that has not run by then has no type feedback: the first time
 * one runs (an fma fallback, one time in a thousand each; a result near overflow; a power of
 * two from the square-root path) V8 throws the machine code away and compiles the function
 * again, 15 to 20 ms each time (five times in nbody). With `tiny` infinite every rounding test
 * fails and fma computes the same values exactly, so these calls only take the slow way; their
 * results are not used.
 */
function warmUpRarePaths(): void {
  rarePathsRun = true;
  // V8 records type feedback only once a function has run a few times (8 calls).
  for (let i = 0; i < FEEDBACK_CALLS; i++) powPositive(1.5 + i, 0.3);
  tiny = Infinity;
  try {
    for (let i = 0; i < 2; i++) {
      powPositive(1.25 + i, 0.3 - i / 64); // the main path, every fma fallback
      powPositive(5e-324 * (i + 1), -0.01); // a subnormal x
      powPositive(2 + i / 8, 800); // 512 <= |y·ln x| < 1024: expLarge, scaled up
      powPositive(0.5 - i / 128, 1020); // expLarge, the subnormal end
      powPositive(1 + 2 ** -60, 3); // |y·ln x| < 2^-54
      powPositive(2, 2000); // out of range
      powPositive(4, i % 2 === 0 ? 0.5 : -1.5); // the square root of a power of two
      powPositive(3, 1e-30); // |y| < 2^-65
    }
  } finally {
    tiny = TINY;
  }
}

/**
 * The end of powPositive when 512 <= |y·ln x| < 1024, where scale = h·2^e may leave the
 * exponent range (glibc's specialcase).
 */
function expLarge(tmp: number, h: number, e: number, pow2: Float64Array): number {
  if (e > 0) {
    // The scale is computed 2^1009 smaller, and multiplied back at the end.
    const scale = h * pow2[POW2_BIAS + e - 1009];
    return TWO_POW_1009 * fma(tmp, scale, scale);
  }
  // Computed 2^1022 larger, and rounded to the subnormal grid before scaling back.
  const scale = h * pow2[POW2_BIAS + e + 1022];
  const p = scale * tmp;
  let y = scale + p;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    let lo = scale - y + p;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = 0;
  }
  return TWO_POW_MINUS_1022 * y;
}

/** powPositive for |y| < 2^-65 or |y| >= 2^63 (`topy` its biased exponent). */
function powExtremeExponent(x: number, y: number, topy: number): number {
  if (x === 1) return 1;
  if (topy < Exponent.Y_SMALL) return x > 1 ? 1 + y : 1 - y;
  return x > 1 === y > 0 ? Infinity : 0;
}
