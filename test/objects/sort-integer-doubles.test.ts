/**
 * sortIntegerDoubles against the typed array's own sort: short and long arrays, spans that
 * need one to four radix passes (the 2**16, 2**32 and 2**48 boundaries), negative keys.
 */
import { describe, expect, it } from "vitest";
import { sortIntegerDoubles } from "../../src/objects/sort-integer-doubles.js";

/** n distinct integers spread over [lo, lo + span) (span >= n), shuffled by a seeded xorshift. */
function distinctKeys(n: number, lo: number, span: number, seed: number): Float64Array {
  const keys = Float64Array.from({ length: n }, (_, i) => lo + Math.floor((i * span) / n));
  let s = seed | 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    const t = keys[i];
    keys[i] = keys[j];
    keys[j] = t;
  }
  return keys;
}

describe("sortIntegerDoubles", () => {
  const cases: [number, number, number][] = [
    [10, 0, 100], [4095, -50000, 100000], [4096, 0, 4096], [5000, 0, 65536], [5000, 0, 65537],
    [6000, -(2 ** 31), 2 ** 32], [6000, 0, 2 ** 32 + 5], [7000, -(2 ** 51), 2 ** 52], [8000, 2 ** 48, 2 ** 50],
  ];
  for (const [n, lo, span] of cases) {
    it(`sorts ${n} keys from [${lo}, ${lo} + ${span})`, () => {
      const keys = distinctKeys(n, lo, span, n * 7919 + 17);
      const expected = keys.slice().sort();
      sortIntegerDoubles(keys);
      expect(Array.from(keys)).toEqual(Array.from(expected));
    });
  }
  it("keeps an already sorted or reversed array's keys", () => {
    const up = Float64Array.from({ length: 10000 }, (_, i) => i * 3 - 7000);
    const down = up.slice().reverse();
    sortIntegerDoubles(down);
    expect(Array.from(down)).toEqual(Array.from(up));
  });
});
