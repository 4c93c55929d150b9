/**
 * list.sort's case of many ints of at most one digit (list-sort.ts, sortSmallInts, from
 * Radix.MIN_KEYS keys on): a least-significant-digit radix sort of the keys' addresses by
 * their values, the items moved alike. Each pass is stable, so equal values keep their order
 * without a position in the key, and the only working memory is a second array of addresses
 * (sort-scratch.ts's buffer): 4 bytes a key, 8 with items, where the packed-doubles sort it
 * replaced needed 16 (packed keys, their radix copy, the permutation's copy), 3.2 MB held for
 * the run by a program sorting 200,000 ints. CPython's merge needs at most half the list's
 * pointers, 4 bytes an item too.
 *
 * The digits are 11 bits of value + 2**30 (0 to 2**31 - 1 for a one-digit int): three of them,
 * and a pass whose digit is the same for every key is skipped (values below 2**22 apart take
 * two passes). 2,048 buckets keep the counts in the first-level cache and the scatter's
 * write positions few. Every value is read from its int's block again in each pass: the
 * blocks are what a copy of the values would cost in memory.
 *
 * Each loop is a function of its own: V8 compiles a loop that runs long in one call on-stack,
 * and a function holding several such loops was compiled before its later loops had run, whose
 * first run then deoptimised it (the packed-doubles sort did so a dozen times in list_ops's
 * first sorts); a function with one loop is compiled once, with that loop's feedback.
 */

import { Ob } from "./layout.js";
import { scratchInt32 } from "./sort-scratch.js";

export const enum Radix {
  BITS = 11,
  BUCKETS = 1 << 11,
  MASK = (1 << 11) - 1,
  DIGITS = 3,
  /** Added to a value (|value| < 2**30) to make it a digit string from 0. */
  BIAS = 1 << 30,
  /** Fewer keys than this are sorted as packed doubles (list-sort.ts): clearing the counts costs more. */
  MIN_KEYS = 4096,
  /** Where an int's one digit is (CPython's layout: ob_digit after the 24-byte header). */
  INT_DIGIT = 24,
}

/** The three digits' counts, one after the other; kept from one sort to the next. */
const counts = new Int32Array(Radix.DIGITS * Radix.BUCKETS);

/**
 * Sort n keys by value, stably: keys[at + stride·i] for i < n, addresses of ints whose ob_size
 * is -1, 0 or 1 (a stride of 2 sorts a list's item array in the heap, whose 8-byte slots hold
 * an address in their low word); items[i] are moved alike when not null (the keys then at 0 with
 * a stride of 1). The caller has checked every key; nothing here can fail.
 */
export function radixSortSmallInts(
  i32: Int32Array, u32: Uint32Array, keys: Int32Array, at: number, stride: number, items: Int32Array | null, n: number,
): void {
  counts.fill(0);
  countAllDigits(i32, u32, keys, at, stride, n);
  // The passes go between keys/items and the scratch buffer's halves (keys at 0, items at n);
  // an odd number of passes ends in the scratch, copied back.
  const scratch = scratchInt32(items === null ? n : 2 * n);
  let inScratch = false;
  for (let digit = 0; digit < Radix.DIGITS; digit++) {
    const base = digit * Radix.BUCKETS;
    if (counts[base + digitOf(i32, u32, keys[at], digit)] === n) continue;
    startsOfDigits(base);
    const shift = digit * Radix.BITS;
    if (items === null) {
      if (inScratch) scatterKeys(i32, u32, keys, at, stride, scratch, 0, 1, n, base, shift);
      else scatterKeys(i32, u32, scratch, 0, 1, keys, at, stride, n, base, shift);
    } else {
      if (inScratch) scatterKeysAndItems(i32, u32, keys, 0, items, 0, scratch, 0, scratch, n, n, base, shift);
      else scatterKeysAndItems(i32, u32, scratch, 0, scratch, n, keys, 0, items, 0, n, base, shift);
    }
    inScratch = !inScratch;
  }
  if (inScratch) {
    copyInto(keys, at, stride, scratch, n);
    if (items !== null) items.set(scratch.subarray(n, 2 * n));
  }
}

/** to[at + stride·i] = from[i] for i < n. */
function copyInto(to: Int32Array, at: number, stride: number, from: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) to[at + stride * i] = from[i];
}

/** value + 2**30 of the one-digit int at `k`: an unsigned 31-bit number. */
function biasedValue(i32: Int32Array, u32: Uint32Array, k: number): number {
  return i32[(k + Ob.SIZE) >> 2] * u32[(k + Radix.INT_DIGIT) >> 2] + Radix.BIAS;
}

function digitOf(i32: Int32Array, u32: Uint32Array, k: number, digit: number): number {
  return (biasedValue(i32, u32, k) >>> (digit * Radix.BITS)) & Radix.MASK;
}

/** Every key's three digits counted in one reading of the values. */
function countAllDigits(i32: Int32Array, u32: Uint32Array, keys: Int32Array, at: number, stride: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = biasedValue(i32, u32, keys[at + stride * i]);
    counts[v & Radix.MASK]++;
    counts[Radix.BUCKETS + ((v >>> Radix.BITS) & Radix.MASK)]++;
    counts[2 * Radix.BUCKETS + (v >>> (2 * Radix.BITS))]++;
  }
}

/** One digit's counts (from `base`) become the indices where its keys start. */
function startsOfDigits(base: number): void {
  let sum = 0;
  for (let d = base; d < base + Radix.BUCKETS; d++) {
    const c = counts[d];
    counts[d] = sum;
    sum += c;
  }
}

/** from[fromAt + fromStride·i], i < n in order, to their digit's next place in `to`. */
function scatterKeys(
  i32: Int32Array, u32: Uint32Array,
  to: Int32Array, toAt: number, toStride: number, from: Int32Array, fromAt: number, fromStride: number,
  n: number, base: number, shift: number,
): void {
  for (let i = 0; i < n; i++) {
    const k = from[fromAt + fromStride * i];
    const d = base + ((biasedValue(i32, u32, k) >>> shift) & Radix.MASK);
    to[toAt + toStride * counts[d]++] = k;
  }
}

/** As scatterKeys with strides of 1, each key's item going to the same place in toItems. */
function scatterKeysAndItems(
  i32: Int32Array, u32: Uint32Array,
  toKeys: Int32Array, toKeysAt: number, toItems: Int32Array, toItemsAt: number,
  fromKeys: Int32Array, fromKeysAt: number, fromItems: Int32Array, fromItemsAt: number,
  n: number, base: number, shift: number,
): void {
  for (let i = 0; i < n; i++) {
    const k = fromKeys[fromKeysAt + i];
    const p = counts[base + ((biasedValue(i32, u32, k) >>> shift) & Radix.MASK)]++;
    toKeys[toKeysAt + p] = k;
    toItems[toItemsAt + p] = fromItems[fromItemsAt + i];
  }
}
