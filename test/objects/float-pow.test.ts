/**
 * float ** float as glibc's pow computes it (src/objects/float-pow.ts), and the fused
 * multiply-add it is built on (src/objects/float-fma.ts).
 *
 * - fma (Boldo–Melquiond, exact early exits) against fmaExact (BigInt), on random and on
 *   near-tie operands;
 * - powPositive against a plain transliteration of glibc's algorithm in which every fused
 *   operation is fmaExact's and every bit manipulation is done on 64-bit BigInts, with the
 *   constants written as glibc's hexadecimal literals: powPositive's shortcuts (the inline
 *   rounding tests, the exact splits, the products known to be exact) must never change a bit;
 * - powHalfInteger (the square-root path for y = ±0.5, ±1.5) against the same reference;
 * - results recorded from python3 (CPython 3.11 on glibc 2.36, x86-64 with FMA), chosen among
 *   the inputs where glibc's pow is not the correctly rounded value.
 * test/programs/expressions/float_pow_rounding.py prints a few thousand more, recorded the same way.
 */
import { describe, expect, it } from "vitest";
import { fma, fmaExact, productError, roundScaled } from "../../src/objects/float-fma.js";
import { powIO, powPositive, powPositiveIO } from "../../src/objects/float-pow.js";
import { powHalfInteger } from "../../src/objects/float-pow-root.js";
import { buildPowTables } from "../../src/objects/float-pow-tables.js";
import { parseHexFloat } from "../../src/objects/float-parse.js";

function hex(text: string): number {
  const v = parseHexFloat(text);
  if (typeof v !== "number" || Number.isNaN(v)) throw new Error(`bad hex float ${text}`);
  return v;
}

/** 2^n, exactly. */
function pow2(n: number): number {
  return hex(`0x1p${n}`);
}

const view = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}
function fromBits(b: bigint): number {
  view.setBigUint64(0, BigInt.asUintN(64, b));
  return view.getFloat64(0);
}

/** A small deterministic generator (xorshift128+), so that failures reproduce. */
class Rand {
  private s0 = 0x9e3779b97f4a7c15n;
  private s1 = 0xbf58476d1ce4e5b9n;
  constructor(seed: number) {
    this.s0 ^= BigInt(seed);
    for (let i = 0; i < 8; i++) this.bits64();
  }
  bits64(): bigint {
    let x = this.s0;
    const y = this.s1;
    this.s0 = y;
    x = BigInt.asUintN(64, x ^ (x << 23n));
    this.s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return BigInt.asUintN(64, this.s1 + y);
  }
  /** Uniform in [0, 1). */
  unit(): number {
    return Number(this.bits64() >> 11n) / 2 ** 53;
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.unit();
  }
  int(n: number): number {
    return Math.floor(this.unit() * n);
  }
  /** A double with a random significand and sign, binary exponent in [lo, hi]. */
  anyDouble(lo: number, hi: number): number {
    const e = lo + this.int(hi - lo + 1);
    const m = Number(this.bits64() >> 12n) + 2 ** 52;
    const v = m * pow2(-52) * pow2(e);
    return this.int(2) === 0 ? v : -v;
  }
}

function sameDouble(a: number, b: number): boolean {
  return Object.is(a, b);
}

describe("fused multiply-add", () => {
  it("rounds once (fmaExact on known cases)", () => {
    const u = 2 ** -52;
    // (1 + u)² - 1 = 2u + u², which one rounding keeps.
    expect(fmaExact(1 + u, 1 + u, -1)).toBe(2 * u + u * u);
    expect(fma(1 + u, 1 + u, -1)).toBe(2 * u + u * u);
    // The product's error term, exactly.
    expect(fmaExact(0.1, 0.1, -(0.1 * 0.1))).toBe(productError(0.1, 0.1, 0.1 * 0.1));
    // A tie broken by the product's low part: 1 + 2^-53 + 2^-105 rounds up.
    expect(fmaExact(1 + 2 ** -52, 2 ** -53, 1)).toBe(1 + u);
    expect(fma(1 + 2 ** -52, 2 ** -53, 1)).toBe(1 + u);
    // Ties only the rounding to odd breaks: 5·(2^-53/5) is 2^-53 plus a remainder far below
    // the sum's last bit, so 1 + 2^-53 alone would round to even, 1, where the exact value is
    // just above the tie (and 2 - 2^-52 + 3·(2^-53/3) just below its tie).
    for (const [a, b, c, r] of [
      [5, 2 ** -53 / 5, 1, 1 + u], [5, 2 ** -53 / 5, 1.5, 1.5 + u], [-5, 2 ** -53 / 5, -1, -1 - u],
      [3, 2 ** -53 / 3, 2 - u, 2 - u], [-3, 2 ** -53 / 3, -(2 - u), -(2 - u)],
    ]) {
      expect(fmaExact(a, b, c)).toBe(r);
      expect(fma(a, b, c)).toBe(r);
    }
    // An exact tie rounds to even.
    expect(fmaExact(2 ** -53, 1, 1)).toBe(1);
    expect(fmaExact(3 * 2 ** -53, 1, 1)).toBe(1 + 2 * u);
    // Zeros, subnormals, overflow.
    expect(Object.is(fmaExact(0, -1, -0), -0)).toBe(true);
    expect(Object.is(fmaExact(1, 1, -1), 0)).toBe(true);
    expect(fmaExact(pow2(-600), pow2(-500), 0)).toBe(0);
    expect(fmaExact(pow2(-537), pow2(-538), 0)).toBe(0); // half a unit: to even
    expect(fmaExact(3 * pow2(-538), pow2(-537), 0)).toBe(2 * pow2(-1074)); // 1.5 units: to even
    expect(fmaExact(pow2(600), pow2(600), -1)).toBe(Infinity);
    expect(roundScaled(3n, -1076)).toBe(pow2(-1074)); // 0.75 units: up
    expect(roundScaled(5n, -1076)).toBe(pow2(-1074)); // 1.25 units: down
    expect(roundScaled(-6n, -1076)).toBe(-2 * pow2(-1074)); // 1.5 units: to even
  });

  it("agrees with the BigInt evaluation on random and near-tie operands", () => {
    const rand = new Rand(1);
    let bad = "";
    for (let n = 0; n < 200_000 && bad === ""; n++) {
      let a: number;
      let b: number;
      let c: number;
      switch (n % 4) {
        case 0: // unrelated magnitudes
          a = rand.anyDouble(-300, 300);
          b = rand.anyDouble(-300, 300);
          c = rand.anyDouble(-600, 600);
          break;
        case 1: // c cancels most of the product
          a = rand.anyDouble(-5, 5);
          b = rand.anyDouble(-5, 5);
          c = -(a * b) * (1 + rand.int(5) * 2 ** -52);
          break;
        case 2: // the sum lands near a rounding boundary of c
          a = rand.anyDouble(-60, -40);
          b = rand.anyDouble(-14, -10);
          c = rand.anyDouble(-2, 2);
          break;
        default: // short significands: exact products and ties
          a = rand.int(1 << 20) * 2 ** (rand.int(40) - 20);
          b = rand.int(1 << 20) * 2 ** (rand.int(40) - 60);
          c = (rand.int(1 << 26) - (1 << 25)) * 2 ** (rand.int(40) - 40);
      }
      const got = fma(a, b, c);
      const want = fmaExact(a, b, c);
      if (!sameDouble(got, want)) bad = `fma(${a}, ${b}, ${c}) = ${got}, expected ${want}`;
    }
    expect(bad).toBe("");
  });
});

// ── the reference: glibc's pow, transliterated ───────────────────────────────────────────

const MASK64 = (1n << 64n) - 1n;
const OFF = 0x3fe6955500000000n;
const Ln2hi = hex("0x1.62e42fefa3800p-1");
const Ln2lo = hex("0x1.ef35793c76730p-45");
const A = [
  hex("-0x1p-1"),
  hex("-0x1.555555555556p-1"),
  hex("0x1.0000000000006p-1"),
  hex("0x1.999999959554ep-1"),
  hex("-0x1.555555529a47ap-1"),
  hex("-0x1.2495b9b4845e9p+0"),
  hex("0x1.0002b8b263fc3p+0"),
];
const InvLn2N = hex("0x1.71547652b82fep+7");
const NegLn2hiN = hex("-0x1.62e42fefa0000p-8");
const NegLn2loN = hex("-0x1.cf79abc9e3b3ap-47");
const Shift = hex("0x1.8p52");
const C = [hex("0x1.ffffffffffdbdp-2"), hex("0x1.555555555543cp-3"), hex("0x1.55555cf172b91p-5"), hex("0x1.1111167a4d017p-7")];
const tables = buildPowTables();
/** The exponential table as glibc stores it: T[k] and H[k]'s bits less k·2^45. */
const expTailBits = Array.from(tables.expTail, (v) => bitsOf(v));
const expScaleBits = Array.from(tables.expScale, (v, k) => (bitsOf(v) - (BigInt(k) << 45n)) & MASK64);

/** glibc's pow for x > 0 finite, y finite nonzero: every fused operation of the x86-64 FMA build by fmaExact. */
function referencePow(x: number, y: number): number {
  let ix = bitsOf(x);
  const topy = Number(bitsOf(y) >> 52n) & 0x7ff;
  if (topy - 0x3be < 0 || topy - 0x3be >= 0x80) {
    if (ix === bitsOf(1)) return 1;
    if (topy < 0x3be) return ix > bitsOf(1) ? 1 + y : 1 - y;
    return ix > bitsOf(1) === y > 0 ? Infinity : 0;
  }
  if (ix >> 52n === 0n) ix = (bitsOf(x * 2 ** 52) - (52n << 52n)) & MASK64;
  // log_inline
  const tmp = (ix - OFF) & MASK64;
  const i = Number((tmp >> 45n) % 128n);
  const kd = Number(BigInt.asIntN(64, tmp) >> 52n);
  const z = fromBits((ix - (tmp & (0xfffn << 52n))) & MASK64);
  const r = fmaExact(z, tables.invc[i], -1);
  const t1 = fmaExact(kd, Ln2hi, tables.logc[i]);
  const t2 = t1 + r;
  const lo1 = fmaExact(kd, Ln2lo, tables.logctail[i]);
  const lo2 = t1 - t2 + r;
  const ar = A[0] * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const a12 = fmaExact(r, A[2], A[1]);
  const a34 = fmaExact(r, A[4], A[3]);
  const a56 = fmaExact(r, A[6], A[5]);
  const hi = t2 + ar2;
  const lo3 = fmaExact(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const p = fmaExact(ar2, fmaExact(a56, ar2, a34), a12);
  const lo = fmaExact(ar3, p, lo1 + lo2 + lo3 + lo4);
  const lh = hi + lo;
  const ltail = hi - lh + lo;
  const ehi = y * lh;
  const elo = fmaExact(y, ltail, fmaExact(lh, y, -ehi));
  // exp_inline
  const abstop = Number(bitsOf(ehi) >> 52n) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 < 0 || abstop - 0x3c9 >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) return 1 + ehi;
    if (abstop >= 0x409) return ehi < 0 ? 0 : Infinity;
    special = true;
  }
  let k = fmaExact(ehi, InvLn2N, Shift);
  const ki = bitsOf(k);
  k -= Shift;
  let er = fmaExact(k, NegLn2hiN, ehi);
  er = fmaExact(k, NegLn2loN, er);
  er = elo + er;
  const idx = Number(ki % 128n);
  const tail = fromBits(expTailBits[idx]);
  let sbits = (expScaleBits[idx] + (ki << 45n)) & MASK64;
  const r2 = er * er;
  const tmpv = fmaExact(fmaExact(er, C[3], C[2]), r2 * r2, fmaExact(fmaExact(er, C[1], C[0]), r2, er + tail));
  if (!special) {
    const scale = fromBits(sbits);
    return fmaExact(tmpv, scale, scale);
  }
  // specialcase
  if ((ki & 0x80000000n) === 0n) {
    sbits = (sbits - (1009n << 52n)) & MASK64;
    const scale = fromBits(sbits);
    return hex("0x1p1009") * fmaExact(tmpv, scale, scale);
  }
  sbits = (sbits + (1022n << 52n)) & MASK64;
  const scale = fromBits(sbits);
  const st = scale * tmpv;
  let yv = scale + st;
  if (Math.abs(yv) < 1) {
    const one = yv < 0 ? -1 : 1;
    let l = scale - yv + st;
    const h = one + yv;
    l = one - h + yv + l;
    yv = h + l - one;
    if (yv === 0) yv = fromBits(sbits & 0x8000000000000000n);
  }
  return hex("0x1p-1022") * yv;
}

describe("float ** float", () => {
  it("builds glibc's tables", () => {
    // A few entries of glibc 2.36's __pow_log_data and __exp_data, by their hexadecimal values.
    expect(tables.invc[0]).toBe(hex("0x1.6a00000000000p+0"));
    expect(tables.logc[0]).toBe(hex("-0x1.62c82f2b9c800p-2"));
    expect(tables.logctail[0]).toBe(hex("0x1.ab42428375680p-48"));
    expect(tables.invc[75]).toBe(1);
    expect(tables.logc[76]).toBe(hex("0x1.0101575890000p-7"));
    expect(tables.logctail[77]).toBe(hex("-0x1.3dc5b06e2f7d2p-45"));
    expect(tables.invc[127]).toBe(hex("0x1.6c00000000000p-1"));
    expect(tables.logctail[127]).toBe(hex("-0x1.a0b2a08a465dcp-47"));
    expect(tables.expTail[0]).toBe(0);
    expect(tables.expScale[64]).toBe(Math.SQRT2);
  });

  it("gives glibc's results where they are not the correctly rounded ones (recorded from python3)", () => {
    const recorded: [number, number, number][] = [
      [71.26945897300573, -4.770865631068055, 1.445594727877258e-9],
      [45.198897685907276, 0.4440854738981912, 5.4327313885451805],
      [67.04329898250698, 3.419815942429521, 1761161.7014336907],
      [35.94107903051651, -4.720374927847283, 4.539695458209391e-8],
      [2, -1.5, 0.3535533905932738],
    ];
    for (const [x, y, want] of recorded) expect(powPositive(x, y)).toBe(want);
  });

  it("never differs from the reference on random inputs", () => {
    const rand = new Rand(7);
    let bad = "";
    let checked = 0;
    for (let n = 0; n < 300_000 && bad === ""; n++) {
      let x: number;
      let y: number;
      switch (n % 8) {
        case 0:
          x = rand.uniform(0.01, 100);
          y = rand.uniform(-5, 5);
          break;
        case 1: // large exponents, the scale near the ends of the range
          x = rand.uniform(0.5, 2);
          y = rand.uniform(-2000, 2000);
          break;
        case 2: // every binade of x, subnormals included
          x = Math.abs(rand.anyDouble(-1074, 1023));
          y = rand.uniform(-3, 3);
          break;
        case 3: // the exponents of everyday code
          x = rand.uniform(0.1, 1000);
          y = [-1.5, 0.5, -0.5, 2, -1, 3, 1.5, -2, 0.25, 1 / 3][rand.int(10)];
          break;
        case 4: // x near 1, huge y
          x = 1 + rand.uniform(-1e-10, 1e-10);
          y = rand.uniform(-1e12, 1e12);
          break;
        case 5: // any x, |y| from tiny to large
          x = Math.abs(rand.anyDouble(-1074, 1023));
          y = rand.anyDouble(-70, 12);
          break;
        case 6: // subnormal and overflowing results
          x = Math.abs(rand.anyDouble(-60, 60));
          y = rand.uniform(-40, 40);
          break;
        default: // integers and half-integers
          x = rand.uniform(0.001, 50);
          y = (rand.int(200) - 100) / 2;
      }
      if (!(x > 0 && x < Infinity) || y === 0 || x === 1) continue;
      checked++;
      const got = powPositive(x, y);
      const want = referencePow(x, y);
      if (!sameDouble(got, want)) bad = `${x} ** ${y} = ${got}, expected ${want}`;
    }
    expect(bad).toBe("");
    expect(checked).toBeGreaterThan(290_000);
  });

  it("takes y = ±0.5, ±1.5 through a square root only where that is glibc's result", () => {
    const rand = new Rand(11);
    const ys = [-1.5, 0.5, -0.5, 1.5];
    let bad = "";
    let settled = 0;
    const n = 40_000;
    for (let i = 0; i < n && bad === ""; i++) {
      const x = i % 2 === 0 ? rand.uniform(0.01, 1000) : Math.abs(rand.anyDouble(-400, 400));
      const y = ys[i % 4];
      const fast = powHalfInteger(x, y);
      if (fast !== fast) continue;
      settled++;
      const want = referencePow(x, y);
      if (!sameDouble(fast, want)) bad = `${x} ** ${y} = ${fast}, expected ${want}`;
    }
    expect(bad).toBe("");
    // The exact value is within 0.45 ulp of a double about nine times in ten.
    expect(settled).toBeGreaterThan(n * 0.85);
    // Out of range, another exponent, a power of two as the result: left to the full algorithm.
    expect(powHalfInteger(2 ** -401, 0.5)).toBeNaN();
    expect(powHalfInteger(2 ** 401, -1.5)).toBeNaN();
    expect(powHalfInteger(2, 2)).toBeNaN();
    expect(powHalfInteger(4, 0.5)).toBeNaN();
    expect(powPositive(4, 0.5)).toBe(2);
    expect(powHalfInteger(9, 1.5)).toBe(27);
  });

  it("gives powPositive's results through memory (powPositiveIO) too", () => {
    const rand = new Rand(13);
    const ys = [-1.5, 0.5, -0.5, 1.5];
    let bad = "";
    for (let i = 0; i < 20_000 && bad === ""; i++) {
      const x = i % 2 === 0 ? rand.uniform(0.01, 1000) : Math.abs(rand.anyDouble(-400, 400));
      // The square-root exponents, and others (the logarithm and exponential's path).
      const y = i % 3 === 0 ? rand.uniform(-40, 40) : ys[i % 4]!;
      powIO[0] = x;
      powIO[1] = y;
      powPositiveIO();
      const want = powPositive(x, y);
      if (!sameDouble(powIO[0]!, want)) bad = `${x} ** ${y} = ${powIO[0]}, expected ${want}`;
    }
    expect(bad).toBe("");
    powIO[0] = 4;
    powIO[1] = 0.5;
    powPositiveIO();
    expect(powIO[0]).toBe(2);
  });

  it("handles the edges of the exponent range", () => {
    expect(powPositive(2, 1023)).toBe(pow2(1023));
    expect(powPositive(2, 1024)).toBe(Infinity);
    expect(powPositive(2, -1074)).toBe(pow2(-1074));
    expect(powPositive(2, -1075)).toBe(0);
    expect(powPositive(pow2(-1074), 0.5)).toBe(pow2(-537));
    expect(powPositive(10, 308.5)).toBe(Infinity);
    expect(powPositive(0.5, pow2(70))).toBe(0);
    expect(powPositive(1.5, pow2(-70))).toBe(1);
    expect(powPositive(1 + pow2(-52), pow2(64))).toBe(Infinity);
    for (const [x, y] of [[3, -700], [7, 360], [0.3, 600], [1e-300, 1.01], [1e300, -1.03]]) {
      expect(powPositive(x, y)).toBe(referencePow(x, y));
    }
  });
});
