/**
 * One working buffer for list.sort's sorts that need no Python code (list-sort.ts:
 * sortSmallInts, sortLatin1Strs), kept from one sort to the next and grown on demand: the
 * small-int radix sort's second array of addresses (sort-small-int-radix.ts), or the keys or
 * items before a permutation is applied. Neither runs Python code, so no other sort can take
 * the buffer meanwhile. Its views are valid until the next call here (a call that grows the
 * buffer makes new views); only their first n entries are the caller's.
 *
 * Why kept: V8 frees a typed array's memory only when it collects the array; made anew for
 * every sort, a list of 200,000 ints sorted ten times left megabytes of them to the collector,
 * which the process's peak memory showed.
 */

let buffer = new ArrayBuffer(0);
let asInt32 = new Int32Array(buffer);

/** The buffer as at least n 32-bit ints. */
export function scratchInt32(n: number): Int32Array {
  if (asInt32.length < n) {
    buffer = new ArrayBuffer(4 * Math.max(n, 2 * asInt32.length));
    asInt32 = new Int32Array(buffer);
  }
  return asInt32;
}
