/**
 * list.sort's cases computed without timsort's calls of the comparison (list-sort.ts tries
 * them first): every key an exact int of at most one digit, or an exact str of one byte a
 * character. There no comparison can run Python code or fail, and a stable sort has only one
 * result, so any stable method gives timsort's order: a radix sort of the addresses
 * (sort-small-int-radix.ts) or a numeric sort of packed keys, with the working arrays kept
 * from one sort to the next.
 */
import type { Runtime } from "./runtime.js";
import { Kind, strData, strKind, strLength } from "./str-layout.js";
import { listItems } from "./list.js";
import { Ob } from "./layout.js";
import { Radix, radixSortSmallInts } from "./sort-small-int-radix.js";
import { scratchInt32 } from "./sort-scratch.js";

/** Where the direct comparisons read ints and floats (CPython's layouts). */
export const enum SortLayout {
  INT_DIGIT = 24,
  FLOAT_VALUE = 16,
}

/** sortSmallInts's packing: a key's value times 2**22 plus its position. */
const enum SmallIntSort {
  /** 2**22: positions below it; |value| < 2**30, so value * 2**22 + position is exact in a double. */
  POSITIONS = 4194304,
}

/**
 * The packed sort keys of sortLatin1Strs and of sortSmallInts below Radix.MIN_KEYS keys, then
 * the positions in sorted order, kept from one sort to the next and grown on demand (neither
 * runs Python code, so no other sort uses it meanwhile); their other working array is
 * sort-scratch.ts's. Made anew for every sort, a list of 200,000 ints sorted ten times left
 * over 10 MB of them to V8's collector, which the process's peak memory showed.
 */
let packedKeys = new Float64Array(0);

function reservePackedSort(n: number): void {
  if (packedKeys.length >= n) return;
  packedKeys = new Float64Array(Math.max(n, 2 * packedKeys.length));
}

/** keys[j] becomes the key at positions[j] before, for j < n; items alike when not null. */
function applyPositions(keys: Int32Array, items: Int32Array | null, positions: Float64Array, n: number): void {
  const before = scratchInt32(n);
  for (let i = 0; i < n; i++) before[i] = keys[i];
  for (let j = 0; j < n; j++) keys[j] = before[positions[j]];
  if (items !== null) {
    for (let i = 0; i < n; i++) before[i] = items[i];
    for (let j = 0; j < n; j++) items[j] = before[positions[j]];
  }
}

/**
 * The stable ascending sort of `keys` (moving `items` alike, when not null) when every key is
 * an exact int of at most one digit: the case of CPython's unsafe_long_compare, where no
 * comparison can run Python code or fail. A stable sort has only one result, so it is
 * computed without timsort's calls of the comparison: from Radix.MIN_KEYS keys by a radix sort
 * of the addresses by value (sort-small-int-radix.ts), below it by the typed array's sort of
 * value·2**22 + position (ties keep their order). False, touching nothing, when a key is
 * anything else or there are 2**22 keys or more.
 */
export function sortSmallInts(rt: Runtime, keys: Int32Array, items: Int32Array | null, n: number): boolean {
  if (n < 2 || n >= SmallIntSort.POSITIONS) return false;
  const i32 = rt.i32;
  const u32 = rt.u32;
  const intType = rt.T.int;
  if (n >= Radix.MIN_KEYS) {
    if (!allSmallInts(rt, keys, 0, 1, n)) return false;
    radixSortSmallInts(i32, u32, keys, 0, 1, items, n);
    return true;
  }
  reservePackedSort(n);
  const packed = packedKeys.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (i32[(k + Ob.TYPE) >> 2] !== intType) return false;
    const size = i32[(k + Ob.SIZE) >> 2];
    if (size < -1 || size > 1) return false;
    packed[i] = size * u32[(k + SortLayout.INT_DIGIT) >> 2] * SmallIntSort.POSITIONS + i;
  }
  packed.sort();
  for (let j = 0; j < n; j++) {
    const p = packed[j];
    packed[j] = p - Math.floor(p / SmallIntSort.POSITIONS) * SmallIntSort.POSITIONS;
  }
  applyPositions(keys, items, packed, n);
  return true;
}

/** Whether keys[at + stride·i], i < n, are all exact ints of at most one digit. */
function allSmallInts(rt: Runtime, keys: Int32Array, at: number, stride: number, n: number): boolean {
  const i32 = rt.i32;
  const intType = rt.T.int;
  for (let i = 0; i < n; i++) {
    const k = keys[at + stride * i];
    if (i32[(k + Ob.TYPE) >> 2] !== intType) return false;
    const size = i32[(k + Ob.SIZE) >> 2];
    if (size < -1 || size > 1) return false;
  }
  return true;
}

/**
 * list.sort() without a key function of Radix.MIN_KEYS one-digit ints or more, in the list's
 * own item array (no copy of the items: 4 bytes an item less than the general path): no
 * comparison runs Python code, so the list need not be emptied meanwhile. reverse=True is the
 * stable sort of the reversed items, reversed (equal values keep their order, as timsort's).
 * False, touching nothing, when an item is anything else.
 */
export function sortSmallIntItemsInPlace(rt: Runtime, l: number, n: number, reverse: boolean): boolean {
  const at = listItems(rt, l) >> 2;
  if (!allSmallInts(rt, rt.i32, at, 2, n)) return false;
  if (reverse) reverseSlots(rt.i32, at, n);
  radixSortSmallInts(rt.i32, rt.u32, rt.i32, at, 2, null, n);
  if (reverse) reverseSlots(rt.i32, at, n);
  return true;
}

/** The n addresses in the 8-byte slots from i32[at] on, in reverse order. */
function reverseSlots(i32: Int32Array, at: number, n: number): void {
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    const t = i32[at + 2 * i];
    i32[at + 2 * i] = i32[at + 2 * j];
    i32[at + 2 * j] = t;
  }
}

/**
 * sortLatin1Strs's own working arrays besides the packed keys (see packedKeys), kept and grown
 * the same way: each key's data address and length by position.
 */
let latin1Data = new Int32Array(0);
let latin1Length = new Int32Array(0);

/**
 * Byte order of the keys at positions i and j (see sortLatin1Strs) from byte `from` on, both
 * keys having equal bytes before it; ties go to the shorter, then to the earlier position.
 */
function latin1PositionCompare(u8: Uint8Array, i: number, j: number, from: number): number {
  const ni = latin1Length[i], nj = latin1Length[j];
  const pi = latin1Data[i], pj = latin1Data[j];
  const n = ni < nj ? ni : nj;
  for (let k = from; k < n; k++) {
    const x = u8[pi + k], y = u8[pj + k];
    if (x !== y) return x - y;
  }
  return ni !== nj ? ni - nj : i - j;
}

/**
 * The stable ascending sort of `keys` (moving `items` alike, when not null) when every key is
 * an exact str of one byte a character: CPython's unsafe_latin_compare case, where no
 * comparison runs Python code or fails and byte order is a total preorder, so the stable order
 * is the only result. As in sortSmallInts, a numeric sort of doubles does most of it: each
 * key's first bytes (as many as fit beside the position in 53 bits: five below 8,192 keys)
 * times 2**bits plus its position; then each run of keys with the same first bytes, already
 * in position order, is put in order by insertion on the bytes after them (runs are short
 * unless many keys share a prefix; an equal-prefix run of more than 16 keys is sorted by
 * V8's stable sort with the same comparison). False, touching nothing, when a key is anything
 * else or there are 2**29 keys or more.
 */
export function sortLatin1Strs(rt: Runtime, keys: Int32Array, items: Int32Array | null, n: number): boolean {
  if (n < 2 || n >= Latin1Sort.MAX_KEYS) return false;
  const i32 = rt.i32;
  const u8 = rt.u8;
  const strType = rt.T.str;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (i32[(k + Ob.TYPE) >> 2] !== strType || strKind(rt, k) !== Kind.UCS1) return false;
  }
  reservePackedSort(n);
  if (latin1Data.length < n) {
    latin1Data = new Int32Array(packedKeys.length);
    latin1Length = new Int32Array(packedKeys.length);
  }
  let positionBits = 1;
  while (n > 2 ** positionBits) positionBits++;
  const prefixBytes = Math.min(Latin1Sort.MAX_PREFIX, Math.floor((Latin1Sort.MANTISSA_BITS - positionBits) / 8));
  const scale = 2 ** positionBits;
  const packed = packedKeys.subarray(0, n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const data = strData(rt, k);
    const len = strLength(rt, k);
    latin1Data[i] = data;
    latin1Length[i] = len;
    // Missing bytes count as 0; such ties are settled by the length, the shorter first.
    let prefix = 0;
    for (let b = 0; b < prefixBytes; b++) prefix = prefix * 256 + (b < len ? u8[data + b] : 0);
    packed[i] = prefix * scale + i;
  }
  packed.sort();
  // Positions in sorted order, into the same array; then each equal-prefix run in order.
  let runStart = 0;
  let runPrefix = Math.floor(packed[0] / scale);
  for (let j = 0; j <= n; j++) {
    const prefix = j < n ? Math.floor(packed[j] / scale) : -1;
    if (j < n) packed[j] -= prefix * scale;
    if (prefix === runPrefix) continue;
    if (j - runStart > 1) sortLatin1Run(u8, packed, runStart, j, prefixBytes);
    runStart = j;
    runPrefix = prefix;
  }
  applyPositions(keys, items, packed, n);
  return true;
}

/** Order positions[lo .. hi) (keys with equal first `from` bytes, in position order) by the rest. */
function sortLatin1Run(u8: Uint8Array, positions: Float64Array, lo: number, hi: number, from: number): void {
  if (hi - lo > Latin1Sort.INSERTION_MAX) {
    const run = Array.from(positions.subarray(lo, hi));
    run.sort((i, j) => latin1PositionCompare(u8, i, j, from));
    positions.set(run, lo);
    return;
  }
  for (let j = lo + 1; j < hi; j++) {
    const p = positions[j];
    let i = j;
    while (i > lo && latin1PositionCompare(u8, positions[i - 1], p, from) > 0) {
      positions[i] = positions[i - 1];
      i--;
    }
    positions[i] = p;
  }
}

const enum Latin1Sort {
  /** 2**29: three prefix bytes still fit beside the position. */
  MAX_KEYS = 536870912,
  MAX_PREFIX = 6,
  MANTISSA_BITS = 53,
  INSERTION_MAX = 16,
}
