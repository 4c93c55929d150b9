/**
 * Sorting a Float64Array of distinct integers (magnitudes below 2**52) in ascending order:
 * the numeric sort behind list.sort's small-int case (list-sort.ts, sortSmallInts), whose keys
 * are value·2**22 + position. A long array is sorted by least-significant-digit radix sort
 * in 16-bit digits of (x - min), as many passes as the span's bits need (three for a list of
 * up to 2**22 ints below 2**17); a short one by the typed array's own sort, which then costs
 * less than clearing the digit counts. Distinct keys have a single ascending order, so both
 * give the same result.
 */

import { scratchFloat64 } from "./sort-scratch.js";

const enum Radix {
  BITS = 16,
  BUCKETS = 1 << 16,
  MASK = (1 << 16) - 1,
  /** Below this many keys the comparison sort is cheaper. */
  MIN_KEYS = 4096,
}

/** The digit counts, kept from one sort to the next (only sorts of MIN_KEYS or more use them). */
let counts: Int32Array | null = null;
/**
 * Sort `keys` (distinct integers, |x| < 2**52) in place, ascending.
 *
 * Each loop is a function of its own: V8 compiles a loop that runs long in one call on-stack,
 * and with the loops in one function, each on-stack compilation was made before the loops
 * after it had run, whose first run then deoptimised it (list_ops: a dozen compilations and
 * eight deoptimisations of the one function in its first sorts). A function with one loop is
 * compiled once, with that loop's feedback.
 */
export function sortIntegerDoubles(keys: Float64Array): void {
  const n = keys.length;
  if (n < Radix.MIN_KEYS) {
    keys.sort();
    return;
  }
  const min = minimumOf(keys);
  // The offsets x - min are exact (below 2**53), and so is every digit taken from them:
  // dividing by a power of two is exact, and ToInt32 truncates and wraps modulo 2**32.
  const span = maximumOf(keys) - min;
  let passes = 1;
  for (let top = Math.floor(span / Radix.BUCKETS); top >= 1; top = Math.floor(top / Radix.BUCKETS)) passes++;
  counts ??= new Int32Array(Radix.BUCKETS);
  const count = counts;
  // The passes go between the keys themselves (as offsets from min) and the shared working
  // buffer (sort-scratch.ts); the last pass's output is copied back into keys if it is not there.
  let from: Float64Array = keys;
  offsetsInto(keys, keys, n, -min);
  let to: Float64Array = scratchFloat64(n);
  let scale = 1;
  for (let p = 0; p < passes; p++) {
    count.fill(0);
    countDigits(count, from, n, scale);
    startsOfDigits(count);
    scatterByDigit(to, from, n, count, scale);
    const done = to;
    to = from;
    from = done;
    scale *= Radix.BUCKETS;
  }
  offsetsInto(keys, from, n, min);
}

function minimumOf(keys: Float64Array): number {
  let min = keys[0];
  for (let i = 1; i < keys.length; i++) if (keys[i] < min) min = keys[i];
  return min;
}

function maximumOf(keys: Float64Array): number {
  let max = keys[0];
  for (let i = 1; i < keys.length; i++) if (keys[i] > max) max = keys[i];
  return max;
}

/** to[i] = from[i] + offset for the first n entries. */
function offsetsInto(to: Float64Array, from: Float64Array, n: number, offset: number): void {
  for (let i = 0; i < n; i++) to[i] = from[i] + offset;
}

/** How many of the first n entries of `from` have each digit (at `scale`), added to `count`. */
function countDigits(count: Int32Array, from: Float64Array, n: number, scale: number): void {
  for (let i = 0; i < n; i++) count[(from[i] / scale) & Radix.MASK]++;
}

/** Each digit's count becomes the index where its entries start. */
function startsOfDigits(count: Int32Array): void {
  let sum = 0;
  for (let d = 0; d < Radix.BUCKETS; d++) {
    const c = count[d];
    count[d] = sum;
    sum += c;
  }
}

/** The first n entries of `from`, in order, to their digit's next place in `to`. */
function scatterByDigit(to: Float64Array, from: Float64Array, n: number, count: Int32Array, scale: number): void {
  for (let i = 0; i < n; i++) {
    const x = from[i];
    to[count[(x / scale) & Radix.MASK]++] = x;
  }
}
