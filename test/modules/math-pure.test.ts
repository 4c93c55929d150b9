/**
 * math's pure numerics against CPython 3.11.7: vector_norm (hypot), fsum's partials, frexp,
 * ldexp and the integer helpers. Expected doubles are given by their IEEE bits (big-endian
 * hex), recorded with python3.11.
 */
import { describe, expect, it } from "vitest";
import {
  bigFrexp, combValue, copysign, frexp, fsumAdd, fsumResult, gcdBig, isqrtValue, ldexp, newFsumState, rangeProduct, vectorNorm,
} from "../../src/modules/math-core.js";

function bits(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function hypot(...xs: number[]): number {
  const vec = new Float64Array(xs.length);
  let max = 0;
  let nan = false;
  xs.forEach((x, i) => {
    vec[i] = Math.abs(x);
    if (Number.isNaN(x)) nan = true;
    if (Math.abs(x) > max) max = Math.abs(x);
  });
  return vectorNorm(vec, xs.length, max, nan);
}

function fsum(xs: number[]): number | undefined {
  const s = newFsumState();
  for (const x of xs) if (!fsumAdd(s, x)) return Infinity;
  return fsumResult(s);
}

describe("hypot (vector_norm)", () => {
  const cases: [number[], string][] = [
    [[3, 4], "4014000000000000"],
    [[1, 2, 3], "400deeea11683f49"],
    [[1.5, 2.5, 3.1], "401105b7f5e49ac9"],
    [[0.1, 0.2], "3fcc9f25c5bfedda"],
    [[1e300, 1e300], "7e40e4d50f99b211"],
    [[5e-324, 5e-324], "0000000000000001"],
    [[1e-310, 3e-310, 2e-311], "00003a54265998cf"],
    [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], "3ff2ee73dadc9b57"],
    [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "40094c583ada5b53"],
    [[12345.678, 0.000123, 98765.4321], "40f84ce0bd08c73e"],
    [[2 ** -1030, 2 ** -1040], "00001000007ffffe"],
  ];
  for (const [xs, expected] of cases) it(`hypot(${xs.join(", ")})`, () => expect(bits(hypot(...xs))).toBe(expected));
  it("special values", () => {
    expect(hypot()).toBe(0);
    expect(hypot(Infinity, NaN)).toBe(Infinity);
    expect(hypot(NaN, 1)).toBeNaN();
    expect(hypot(-7)).toBe(7);
  });
});

describe("fsum", () => {
  const cases: [number[], string][] = [
    [Array(10).fill(0.1), "3ff0000000000000"],
    [[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], "2b2bff2ee48e0530"],
    [[1e-16, 1, 1e16], "4341c37937e08001"],
    [[2.0 ** 53, -0.5, -(2.0 ** -54)], "433fffffffffffff"],
    [[0.1, 0.2, 0.3, -0.6], "3c80000000000000"],
    [Array(1000).fill(1.1), "4091300000000000"],
    [[3.0, 1e16, -1e16, 7.0], "4024000000000000"],
  ];
  for (const [xs, expected] of cases) it(`fsum of ${xs.length} values`, () => expect(bits(fsum(xs)!)).toBe(expected));
  it("infinities, NaN and overflow", () => {
    expect(fsum([Infinity, 1])).toBe(Infinity);
    expect(fsum([Infinity, -Infinity])).toBeUndefined();
    expect(fsum([NaN, 1])).toBeNaN();
    expect(fsum([1e308, 1e308])).toBe(Infinity);
    expect(fsum([])).toBe(0);
  });
});

describe("frexp / ldexp / copysign", () => {
  it("frexp", () => {
    expect(frexp(8.0)).toEqual([0.5, 4]);
    expect(frexp(0.1)).toEqual([0.8, -3]);
    expect(frexp(-3.5)).toEqual([-0.875, 2]);
    expect(frexp(5e-324)).toEqual([0.5, -1073]);
    expect(frexp(1e-310)).toEqual([0.5752618031559393, -1029]);
    expect(frexp(1e308)).toEqual([0.5562684646268004, 1024]);
    expect(Object.is(frexp(-0)[0], -0)).toBe(true);
  });
  it("ldexp rounds once", () => {
    const cases: [number, number, string][] = [
      [1.5, 3, "4028000000000000"],
      [1.0, -1074, "0000000000000001"],
      [1.0, -1075, "0000000000000000"],
      [3.0, -1075, "0000000000000002"],
      [1.0, 1023, "7fe0000000000000"],
      [0.75, -1073, "0000000000000002"],
      [1.0000000000000002, -1074, "0000000000000001"],
      [5e-324, 1, "0000000000000002"],
      [1e-320, 10, "00000000001fa000"],
    ];
    for (const [x, n, expected] of cases) expect(bits(ldexp(x, n))).toBe(expected);
    expect(ldexp(1, 1024)).toBe(Infinity);
  });
  it("copysign reads the sign bit", () => {
    expect(copysign(1, -0.0)).toBe(-1);
    expect(copysign(-2, 0)).toBe(2);
    expect(Object.is(copysign(0, -1), -0)).toBe(true);
  });
  it("frexp of big ints (log of huge ints)", () => {
    const [m, e] = bigFrexp(3n ** 2000n);
    expect(Math.log(m) + Math.log(2) * e).toBe(2197.224577336219);
    const [m10, e10] = bigFrexp(10n ** 1000n);
    expect(Math.log(m10) + Math.log(2) * e10).toBe(2302.585092994045);
    expect(Math.log2(m10) + e10).toBe(3321.9280948873625);
    expect(bigFrexp(2n ** 1100n)).toEqual([0.5, 1101]);
  });
});

describe("integer helpers", () => {
  it("comb, factorial products, isqrt, gcd", () => {
    expect(combValue(100n, 37n)).toBe(3420029547493938143902737600n);
    expect(combValue(5n, 0n)).toBe(1n);
    expect(rangeProduct(2n, 30n)).toBe(265252859812191058636308480000000n);
    expect(isqrtValue(10n ** 40n + 12345n)).toBe(100000000000000000000n);
    for (const n of [0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, 2n ** 52n - 1n, (2n ** 26n) ** 2n - 1n, 10n ** 30n]) {
      const r = isqrtValue(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    expect(gcdBig(-4n, 6n)).toBe(2n);
    expect(gcdBig(0n, 0n)).toBe(0n);
  });
});
