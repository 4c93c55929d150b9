/**
 * One working buffer for list.sort's packed-key sorts (list-sort.ts: sortSmallInts,
 * sortLatin1Strs), kept from one sort to the next and grown on demand: the radix sort's second
 * array while the packed keys are put in order (sort-integer-doubles.ts), then the keys or
 * items before the permutation is applied. The two uses never overlap, and neither runs Python
 * code, so no other sort can take the buffer meanwhile. Its views are valid until the next call
 * here (a call that grows the buffer makes new views); only their first n entries are the
 * caller's.
 *
 * Why one buffer: each of these arrays is 4-8 bytes a list item, resident for the rest of the
 * run once used (V8 frees a typed array's memory only when it collects the array, and a kept
 * array is never collected). list_ops sorts 200,000 ints: the two uses sharing one buffer are
 * 1.6 MB where separate arrays were 2.4.
 */

let buffer = new ArrayBuffer(0);
let asFloat64 = new Float64Array(buffer);
let asInt32 = new Int32Array(buffer);

/** At least `bytes` in the buffer, whose length stays a multiple of 8 (a Float64Array's). */
function reserve(bytes: number): void {
  if (buffer.byteLength >= bytes) return;
  buffer = new ArrayBuffer(Math.max(8 * Math.ceil(bytes / 8), 2 * buffer.byteLength));
  asFloat64 = new Float64Array(buffer);
  asInt32 = new Int32Array(buffer);
}

/** The buffer as at least n doubles. */
export function scratchFloat64(n: number): Float64Array {
  reserve(8 * n);
  return asFloat64;
}

/** The buffer as at least n 32-bit ints. */
export function scratchInt32(n: number): Int32Array {
  reserve(4 * n);
  return asInt32;
}
