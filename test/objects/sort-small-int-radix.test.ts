/**
 * radixSortSmallInts over int blocks laid out as CPython's (ob_size at 16, the digit at 24) in
 * a plain buffer: value spans that take one, two and three passes (so the result ends in the
 * keys or in the scratch buffer), negative values, duplicates keeping their order, the items
 * moved with their keys, and keys in a list's 8-byte item slots.
 */
import { describe, expect, it } from "vitest";
import { radixSortSmallInts } from "../../src/objects/sort-small-int-radix.js";

const BLOCK = 32;

/** Blocks for `values` (|v| < 2**30) in one buffer; returns the views and each block's address. */
function intBlocks(values: number[]): { i32: Int32Array; u32: Uint32Array; addresses: Int32Array } {
  const buffer = new ArrayBuffer(BLOCK * (values.length + 1));
  const i32 = new Int32Array(buffer);
  const u32 = new Uint32Array(buffer);
  const addresses = new Int32Array(values.length);
  values.forEach((v, i) => {
    const a = BLOCK * (i + 1);
    i32[(a + 16) >> 2] = Math.sign(v);
    u32[(a + 24) >> 2] = Math.abs(v);
    addresses[i] = a;
  });
  return { i32, u32, addresses };
}

/** n values from [lo, lo + span), by a seeded xorshift. */
function values(n: number, lo: number, span: number, seed: number): number[] {
  let s = seed | 1;
  return Array.from({ length: n }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return lo + ((s >>> 0) % span);
  });
}

/** The stable order by value of the addresses (a value's blocks ascend with their index). */
function expectedOrder(addresses: Int32Array, vs: number[]): number[] {
  return Array.from(addresses).sort((a, b) => vs[a / BLOCK - 1] - vs[b / BLOCK - 1] || a - b);
}

describe("radixSortSmallInts", () => {
  const cases: [number, number, number][] = [
    [4096, 0, 10], [5000, 0, 2048], [5000, 0, 2049], [6000, -3, 3], [7000, 0, 100000],
    [8000, 0, 2 ** 22 + 1], [9000, -(2 ** 30) + 1, 2 ** 31 - 1], [5000, 2 ** 29, 70000], [4500, -70000, 69999],
  ];
  for (const [n, lo, span] of cases) {
    it(`sorts ${n} ints from [${lo}, ${lo} + ${span}) stably: with and without items, in 8-byte slots`, () => {
      const vs = values(n, lo, span, n * 7919 + span);
      const { i32, u32, addresses } = intBlocks(vs);
      const expected = expectedOrder(addresses, vs);
      const keys = addresses.slice();
      radixSortSmallInts(i32, u32, keys, 0, 1, null, n);
      expect(Array.from(keys)).toEqual(expected);
      const keyed = addresses.slice();
      const items = addresses.map((a) => -a);
      radixSortSmallInts(i32, u32, keyed, 0, 1, items, n);
      expect(Array.from(keyed)).toEqual(expected);
      expect(Array.from(items)).toEqual(expected.map((a) => -a));
      // A list's item array: 8-byte slots (the address in the low word) after other words.
      const slots = new Int32Array(6 + 2 * n).fill(-9);
      addresses.forEach((a, i) => {
        slots[6 + 2 * i] = a;
        slots[7 + 2 * i] = 0;
      });
      radixSortSmallInts(i32, u32, slots, 6, 2, null, n);
      expect(Array.from({ length: n }, (_, i) => slots[6 + 2 * i])).toEqual(expected);
      expect(slots.subarray(0, 6).every((w) => w === -9) && Array.from({ length: n }, (_, i) => slots[7 + 2 * i]).every((w) => w === 0)).toBe(true);
    });
  }
  it("sorts only the first n entries", () => {
    const vs = values(5000, 0, 1000, 3);
    const { i32, u32, addresses } = intBlocks(vs);
    const keys = new Int32Array(6000).fill(-7);
    keys.set(addresses);
    radixSortSmallInts(i32, u32, keys, 0, 1, null, 5000);
    expect(Array.from(keys.subarray(0, 5000))).toEqual(expectedOrder(addresses, vs));
    expect(keys.subarray(5000).every((k) => k === -7)).toBe(true);
  });
});
