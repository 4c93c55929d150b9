/**
 * x ** y for positive finite doubles, correctly rounded.
 *
 * CPython's float_pow calls the C library's pow(); glibc's is accurate to about 2^-68 before
 * its final rounding, so its result is the correctly rounded one except when the exact value
 * lies within ~2^-15 ulp of a half-way point. V8's Math.pow is fdlibm's and is often one ulp
 * off (`2 ** -1.5` gives 0.35355339059327373 where glibc gives 0.3535533905932738). So the
 * power is computed here as exp(y · ln x) in double-double arithmetic (about 100 correct bits)
 * and rounded once.
 *
 * A double-double is an unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2; the helpers below leave
 * their result in the module's two registers (`rh`, `rl`) so that no JavaScript object is
 * allocated per operation.
 */

/** The result registers of the double-double helpers. */
let rh = 0;
let rl = 0;

/** 2^27 + 1: Dekker's splitting constant. */
const SPLITTER = 134217729;

/** hi + lo = a + b exactly (any magnitudes). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  rl = a - (s - bb) + (b - bb);
  rh = s;
}

/** hi + lo = a · b exactly (Dekker; |a|, |b| < 2^996). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  rl = ah * bh - p + ah * bl + al * bh + al * bl;
  rh = p;
}

/** (ah + al) + (bh + bl), normalised. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = rh;
  let sl = rl;
  twoSum(al, bl);
  const th = rh;
  const tl = rl;
  sl += th;
  let h = sh + sl;
  sl = sl - (h - sh);
  sl += tl;
  const h2 = h + sl;
  rl = sl - (h2 - h);
  rh = h2;
}

/** (ah + al) · (bh + bl), normalised. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = rh;
  const pl = rl + (ah * bl + al * bh);
  const h = ph + pl;
  rl = pl - (h - ph);
  rh = h;
}

/** (ah + al) / (bh + bl), normalised (long division with one correction step). */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -rh, -rl);
  const q2 = rh / bh;
  const h = q1 + q2;
  rl = q2 - (h - q1);
  rh = h;
}

/** ln 2 as a double-double. */
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

/** 1/(2k+1) as double-doubles, k = 0 .. ATANH_TERMS-1: the coefficients of 2·atanh(s)/2s. */
const ATANH_TERMS = 24;
const atanhCoef = new Float64Array(2 * ATANH_TERMS);
for (let k = 0; k < ATANH_TERMS; k++) {
  ddDiv(1, 0, 2 * k + 1, 0);
  atanhCoef[2 * k] = rh;
  atanhCoef[2 * k + 1] = rl;
}

/** 1/n! as double-doubles, n = 0 .. EXP_TERMS. */
const EXP_TERMS = 11;
const invFactorial = new Float64Array(2 * (EXP_TERMS + 1));
{
  let fh = 1;
  let fl = 0;
  for (let n = 0; n <= EXP_TERMS; n++) {
    if (n > 0) {
      ddMul(fh, fl, n, 0);
      fh = rh;
      fl = rl;
    }
    ddDiv(1, 0, fh, fl);
    invFactorial[2 * n] = rh;
    invFactorial[2 * n + 1] = rl;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Index of the high word of a double in `u32` (the platform's byte order). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** x = splitM · 2^splitE with splitM in [√½, √2), for a positive finite x (subnormals too). */
let splitM = 0;
let splitE = 0;
function splitBinade(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e = -54;
  }
  f64[0] = x;
  e += ((u32[HI] >>> 20) & 0x7ff) - 1023;
  u32[HI] = (u32[HI] & 0x800fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  splitM = m;
  splitE = e;
}

/**
 * ln x for a positive finite double, as a double-double in (rh, rl): the slow series (about
 * 2^-104 relative), used to build the tables of the fast path.
 */
function ddLogSlow(x: number): void {
  // x = m · 2^e with m in [√½, √2): then ln x = e·ln 2 + 2·atanh((m-1)/(m+1)).
  splitBinade(x);
  const m = splitM;
  const e = splitE;
  twoSum(m, 1);
  ddDiv(m - 1, 0, rh, rl); // m - 1 is exact (Sterbenz)
  const sh = rh;
  const sl = rl;
  ddMul(sh, sl, sh, sl);
  const s2h = rh;
  const s2l = rl;
  let ph = atanhCoef[2 * (ATANH_TERMS - 1)];
  let pl = atanhCoef[2 * (ATANH_TERMS - 1) + 1];
  for (let k = ATANH_TERMS - 2; k >= 0; k--) {
    ddMul(ph, pl, s2h, s2l);
    ddAdd(rh, rl, atanhCoef[2 * k], atanhCoef[2 * k + 1]);
    ph = rh;
    pl = rl;
  }
  ddMul(ph, pl, 2 * sh, 2 * sl);
  const lh = rh;
  const ll = rl;
  ddMul(e, 0, LN2_HI, LN2_LO);
  ddAdd(rh, rl, lh, ll);
}

/** x · 2^n with a single rounding (n may be far outside a double's exponent range). */
function scaleByPowerOfTwo(x: number, n: number): number {
  if (n > 1023) {
    x *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) return x * Infinity;
  } else if (n < -1022) {
    // Bring x to the bottom of the normal range first, so that only the last step rounds.
    x *= 2 ** -1022;
    n += 1022;
    if (n < -1022) return x * 0;
  }
  return x * 2 ** n;
}

/**
 * e^(th + tl) as a double-double (h, l) and a power of two k: the value is (h + l) · 2^k,
 * with h + l in [√½, √2]. Needs |th| < 750. The slow series, used to build the tables.
 */
function ddExpSlow(th: number, tl: number): number {
  const k = Math.round(th / LN2_HI);
  ddMul(k, 0, LN2_HI, LN2_LO);
  ddAdd(th, tl, -rh, -rl);
  // r = t - k·ln 2, |r| ≤ 0.35; e^r = (e^(r/2^10))^(2^10), kept as e^x - 1 to keep its digits.
  const xh = rh / 1024;
  const xl = rl / 1024;
  let ph = invFactorial[2 * EXP_TERMS];
  let pl = invFactorial[2 * EXP_TERMS + 1];
  for (let n = EXP_TERMS - 1; n >= 1; n--) {
    ddMul(ph, pl, xh, xl);
    ddAdd(rh, rl, invFactorial[2 * n], invFactorial[2 * n + 1]);
    ph = rh;
    pl = rl;
  }
  ddMul(ph, pl, xh, xl);
  let mh = rh;
  let ml = rl;
  for (let i = 0; i < 10; i++) {
    // (1 + m)^2 - 1 = 2m + m²
    ddMul(mh, ml, mh, ml);
    ddAdd(rh, rl, 2 * mh, 2 * ml);
    mh = rh;
    ml = rl;
  }
  ddAdd(1, 0, mh, ml);
  return k;
}

/** ln(j/256) for j = 181 .. 363 (the centres m is rounded to), as double-doubles. */
const LOG_TABLE_FIRST = 181;
const LOG_TABLE_LAST = 363;
/** 2^(j/256) for j = 0 .. 255, as double-doubles. */
const EXP_TABLE_SIZE = 256;
let logTable: Float64Array | undefined;
let expTable: Float64Array | undefined;

/** Build the tables on first use (about a millisecond of work). */
function buildTables(): void {
  const lt = new Float64Array(2 * (LOG_TABLE_LAST + 1));
  for (let j = LOG_TABLE_FIRST; j <= LOG_TABLE_LAST; j++) {
    ddLogSlow(j / 256);
    lt[2 * j] = rh;
    lt[2 * j + 1] = rl;
  }
  const et = new Float64Array(2 * EXP_TABLE_SIZE);
  for (let j = 0; j < EXP_TABLE_SIZE; j++) {
    ddMul(j / 256, 0, LN2_HI, LN2_LO);
    const k = ddExpSlow(rh, rl);
    ddMul(rh, rl, 2 ** k, 0);
    et[2 * j] = rh;
    et[2 * j + 1] = rl;
  }
  logTable = lt;
  expTable = et;
}

/**
 * ln x for a positive finite double, as a double-double in (rh, rl), to about 2^-73 relative:
 * x = m · 2^e with m in [√½, √2); m = c · (1+s)/(1-s) for the nearest c = j/256, so that
 * ln x = e·ln 2 + ln c + 2·atanh(s) with |s| < 1/700: 2s is kept to double-double precision,
 * the rest of the series (under 10^-6 of it) in doubles. Near x = 1 (e = 0, c = 1) nothing
 * cancels, so the error stays relative for the tiny logarithms that huge exponents need.
 */
function ddLog(x: number, table: Float64Array): void {
  splitBinade(x);
  const m = splitM;
  const e = splitE;
  const j = Math.round(m * 256);
  const c = j / 256;
  twoSum(m, c);
  ddDiv(m - c, 0, rh, rl); // m - c is exact (Sterbenz)
  const sh = rh;
  const sl = rl;
  const s2 = sh * sh;
  const tail = 2 * sh * s2 * (1 / 3 + s2 * (1 / 5 + s2 * (1 / 7 + s2 / 9)));
  ddAdd(2 * sh, 2 * sl, tail, 0);
  ddAdd(rh, rl, table[2 * j], table[2 * j + 1]);
  const lh = rh;
  const ll = rl;
  ddMul(e, 0, LN2_HI, LN2_LO);
  ddAdd(rh, rl, lh, ll);
}

/**
 * e^(th + tl) as a double-double in (rh, rl) times 2^K (the return value), to about 2^-73
 * relative: t = (256K + j)·ln2/256 + r with |r| ≤ ln2/512, e^t = 2^K · 2^(j/256) · e^r, and
 * e^r = 1 + r + (r²/2 + r³/6 + ...) with the parenthesis (under 10^-6) in doubles.
 */
function ddExp(th: number, tl: number, table: Float64Array): number {
  const k = Math.round((th * 256) / LN2_HI);
  ddMul(k, 0, LN2_HI / 256, LN2_LO / 256);
  ddAdd(th, tl, -rh, -rl);
  const r = rh;
  const small = r * r * (1 / 2 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r / 720))));
  ddAdd(rh, rl, small, 0);
  ddAdd(1, 0, rh, rl);
  const j = k & 255;
  ddMul(rh, rl, table[2 * j], table[2 * j + 1]);
  return (k - j) / 256;
}

/**
 * x ** y rounded to nearest, for x > 0 finite and y finite; may return an infinity (the
 * caller raises OverflowError) or zero.
 */
export function powPositive(x: number, y: number): number {
  if (y === 1) return x;
  if (y === -1) return 1 / x;
  if (x === 1) return 1;
  if (logTable === undefined || expTable === undefined) buildTables();
  ddLog(x, logTable!);
  const lh = rh;
  const ll = rl;
  // |y| this large with x ≠ 1 is far outside the range (and would overflow Dekker's split).
  if (Math.abs(y) > 2 ** 900) return lh > 0 === y > 0 ? Infinity : 0;
  ddMul(lh, ll, y, 0);
  const th = rh;
  const tl = rl;
  if (th > 710) return Infinity;
  if (th < -746) return 0;
  const k = ddExp(th, tl, expTable!);
  const h = rh;
  const l = rl;
  const v = scaleByPowerOfTwo(h, k);
  if (v === 0 || Math.abs(v) >= 2.2250738585072014e-308 || !Number.isFinite(v)) return v;
  // A subnormal result rounds h to a coarser grid: when h sits exactly half-way on that grid
  // the ignored l decides the direction (round-half-even on h alone may go the wrong way).
  const back = scaleByPowerOfTwo(v, -k);
  const diff = h - back;
  const halfSpacing = scaleByPowerOfTwo(2 ** -1075, -k);
  if (l !== 0 && Math.abs(diff) === halfSpacing) {
    if (diff > 0 && l > 0) return v + 2 ** -1074;
    if (diff < 0 && l < 0) return v - 2 ** -1074;
  }
  return v;
}
