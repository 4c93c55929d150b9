/**
 * The dict keys object: CPython 3.11's compact hash table (PyDictKeysObject).
 *
 *   header (32 bytes)
 *   ┌───────────┬──────┬──────┬──────┬─────────┬───────────┬─────────────┐
 *   │ dk_refcnt │ log2 │ log2 │ kind │ version │ dk_usable │ dk_nentries │
 *   │           │ size │ ixb  │      │ (u32)   │           │             │
 *   └───────────┴──────┴──────┴──────┴─────────┴───────────┴─────────────┘
 *    0           8      9      10     12        16          24
 *   then  dk_indices: `size` signed indices of 1, 2 or 4 bytes (1 while size <= 128, 2 up to
 *                     2^15, 4 beyond): -1 EMPTY, -2 DUMMY, else an entry number;
 *   then  entries:    USABLE_FRACTION(size) = 2·size/3 entries in insertion order,
 *                     16 bytes (key, value) when every key is an exact str (kind UNICODE;
 *                     the hash is read from the str), else 24 (hash, key, value; GENERAL).
 *
 * Size in bytes: 32 + size·index width + usable·entry size. `dk_usable` counts insertions
 * left before a resize; `dk_nentries` counts entry slots used, deleted ones included (a
 * deleted entry has key and value 0 and its index turns DUMMY). The table is probed by
 * CPython's recurrence `i = (5i + 1 + perturb) & mask; perturb >>= 5`, with perturb the
 * hash as an unsigned 64-bit number: glasspy keeps it as two 32-bit halves, so probe
 * sequences (and therefore iteration order of sets and collision behaviour) are CPython's
 * for every hash that glasspy computes exactly.
 *
 * Tables of size 8 and kind UNICODE are recycled through a free list of 80 (freelists.ts).
 * The dict object and insertion are in dict.ts, lookups in dict-lookup.ts; this file is the
 * table itself.
 */
import type { Runtime } from "./runtime.js";
import { Str } from "./str-layout.js";
import { containers, FreeListSize } from "./freelists.js";

export const enum Keys {
  REFCNT = 0,
  LOG2_SIZE = 8,
  LOG2_INDEX_BYTES = 9,
  KIND = 10,
  VERSION = 12,
  USABLE = 16,
  NENTRIES = 24,
  /** sizeof(PyDictKeysObject); dk_indices starts here. */
  HEADER = 32,

  KIND_GENERAL = 0,
  KIND_UNICODE = 1,
  KIND_SPLIT = 2,

  LOG2_MINSIZE = 3,
  MINSIZE = 8,
  /** dict_new_presized never presizes beyond 2^17 slots. */
  LOG2_MAX_PRESIZE = 17,

  EMPTY = -1,
  DUMMY = -2,
}

/** PyDictKeyEntry (GENERAL tables). */
export const enum Entry {
  HASH = 0,
  KEY = 8,
  VALUE = 16,
  SIZE = 24,
}

/** PyDictUnicodeEntry (UNICODE tables). */
export const enum UEntry {
  KEY = 0,
  VALUE = 8,
  SIZE = 16,
}

const PERTURB_SHIFT = 5;

// ── sizes ───────────────────────────────────────────────────────────────────────────────

/** USABLE_FRACTION(n): 2n/3 entries fit a table of n indices. */
export function usableFraction(n: number): number {
  return Math.floor((2 * n) / 3);
}

/** log2 of the index array's byte size for a table of 2^log2Size. */
export function log2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  return log2Size + 2;
}

/** Bytes of a keys table: header, indices, entries. */
export function keysTableBytes(log2Size: number, unicode: boolean): number {
  const usable = usableFraction(1 << log2Size);
  return Keys.HEADER + (1 << log2IndexBytes(log2Size)) + usable * (unicode ? UEntry.SIZE : Entry.SIZE);
}

function bitLength(x: number): number {
  return 32 - Math.clz32(x);
}

/**
 * calculate_log2_keysize: CPython's bit trick, `bit_length(((minsize | 8) - 1) | 7)`. It is
 * the smallest power of two >= minsize (at least 8) except when minsize is itself a power of
 * two >= 16, which gets twice that (observable: a dict merged from 21 items gets 64 slots).
 */
export function calculateLog2Keysize(minsize: number): number {
  return bitLength(((minsize | Keys.MINSIZE) - 1) | (Keys.MINSIZE - 1));
}

/** estimate_log2_keysize(n): a table whose usable fraction holds n items. */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

// ── fields ──────────────────────────────────────────────────────────────────────────────

export function keysLog2Size(rt: Runtime, k: number): number {
  return rt.u8[k + Keys.LOG2_SIZE];
}

export function keysKind(rt: Runtime, k: number): number {
  return rt.u8[k + Keys.KIND];
}

export function keysUsable(rt: Runtime, k: number): number {
  return rt.i32[(k + Keys.USABLE) >> 2];
}

export function keysNentries(rt: Runtime, k: number): number {
  return rt.i32[(k + Keys.NENTRIES) >> 2];
}

export function setKeysUsable(rt: Runtime, k: number, n: number): void {
  rt.store(k + Keys.USABLE, n);
}

export function setKeysNentries(rt: Runtime, k: number, n: number): void {
  rt.store(k + Keys.NENTRIES, n);
}

/**
 * _PyDictKeys_GetVersionForCurrentState: the table's dk_version, given it from the runtime's
 * counter when it has none (0). Every change of which keys a table holds, and where, sets its
 * version back to 0 (insertion, deletion, a new table); a value's replacement keeps it. So an
 * inline cache that saw a version may use the entry number it found then, reading the value
 * from the table, for as long as the table has that version. 0 when the counter is spent.
 */
export function keysVersionForCurrentState(rt: Runtime, k: number): number {
  const u32 = rt.u32;
  let v = u32[(k + Keys.VERSION) >> 2];
  if (v === 0) {
    const s = containers(rt);
    v = s.nextKeysVersion;
    if (v === 0) return 0;
    s.nextKeysVersion = v >= 0xffffffff ? 0 : v + 1;
    u32[(k + Keys.VERSION) >> 2] = v;
  }
  return v;
}

/** Address of entry 0. */
export function keysEntries(rt: Runtime, k: number): number {
  return k + Keys.HEADER + (1 << rt.u8[k + Keys.LOG2_INDEX_BYTES]);
}

export function entrySize(kind: number): number {
  return kind === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE;
}

/** Address of entry `ix`. */
export function entryAddr(rt: Runtime, k: number, ix: number): number {
  return keysEntries(rt, k) + ix * (rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE);
}

/** _PyDict_KeysSize. */
export function keysSize(rt: Runtime, k: number): number {
  const log2 = keysLog2Size(rt, k);
  return Keys.HEADER + (1 << rt.u8[k + Keys.LOG2_INDEX_BYTES]) + usableFraction(1 << log2) * entrySize(keysKind(rt, k));
}

/** dk_indices[i], sign-extended. */
export function getIndex(rt: Runtime, k: number, log2Size: number, i: number): number {
  const p = k + Keys.HEADER;
  if (log2Size < 8) return (rt.u8[p + i] << 24) >> 24;
  if (log2Size < 16) return (rt.u16[(p >> 1) + i] << 16) >> 16;
  return rt.i32[(p >> 2) + i];
}

export function setIndex(rt: Runtime, k: number, log2Size: number, i: number, ix: number): void {
  const p = k + Keys.HEADER;
  if (log2Size < 8) rt.u8[p + i] = ix & 0xff;
  else if (log2Size < 16) rt.u16[(p >> 1) + i] = ix & 0xffff;
  else rt.i32[(p >> 2) + i] = ix;
}

/** Write a GENERAL entry's words at word index `ep`: hash (lo, hi), key, value (each with its zero high word). */
export function writeGeneralEntry(i32: Int32Array, ep: number, lo: number, hi: number, key: number, value: number): void {
  i32[ep] = lo;
  i32[ep + 1] = hi;
  i32[ep + 2] = key;
  i32[ep + 3] = 0;
  i32[ep + 4] = value;
  i32[ep + 5] = 0;
}

/** The hash of entry `ix` as its two 32-bit halves: [lo, hi] in `entryHashWords`. */
export const entryHashWords = new Int32Array(2);

export function loadEntryHash(rt: Runtime, k: number, ix: number): void {
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    const ep = (keysEntries(rt, k) + ix * Entry.SIZE) >> 2;
    entryHashWords[0] = rt.i32[ep];
    entryHashWords[1] = rt.i32[ep + 1];
  } else {
    const key = rt.i32[(keysEntries(rt, k) + ix * UEntry.SIZE) >> 2];
    entryHashWords[0] = rt.i32[(key + Str.HASH) >> 2];
    entryHashWords[1] = rt.i32[(key + Str.HASH + 4) >> 2];
  }
}

// ── allocation ──────────────────────────────────────────────────────────────────────────

/**
 * new_keys_object: an empty table of 2^log2Size indices (all EMPTY) and zeroed entries,
 * dk_refcnt 1. A size-8 unicode table comes from the free list when it can. `zeroEntries`
 * false leaves the entries as the allocator gave them: only for a caller that writes every
 * word of each entry below dk_nentries before it is read (dict.ts's resize); nothing reads an
 * entry at or past dk_nentries.
 */
export function newKeys(rt: Runtime, log2Size: number, unicode: boolean, zeroEntries = true): number {
  const log2Bytes = log2IndexBytes(log2Size);
  // Shifts, not `2 **`: a power's result is a heap number even when whole, and a size that
  // is one makes every allocator function it reaches take its slower, non-Smi path.
  const usable = usableFraction(1 << log2Size);
  const entryBytes = usable * (unicode ? UEntry.SIZE : Entry.SIZE);
  const indexBytes = 1 << log2Bytes;
  let k = 0;
  if (log2Size === Keys.LOG2_MINSIZE && unicode) {
    const s = containers(rt);
    if (s.dictKeysCount > 0) k = s.dictKeys[--s.dictKeysCount];
  }
  if (k === 0) {
    if (log2Size > 28) throw rt.noMemory();
    k = rt.mem(Keys.HEADER + indexBytes + entryBytes);
  }
  rt.store(k + Keys.REFCNT, 1);
  rt.u8[k + Keys.LOG2_SIZE] = log2Size;
  rt.u8[k + Keys.LOG2_INDEX_BYTES] = log2Bytes;
  rt.u8[k + Keys.KIND] = unicode ? Keys.KIND_UNICODE : Keys.KIND_GENERAL;
  rt.u8[k + 11] = 0;
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  rt.store(k + Keys.USABLE, usable);
  rt.store(k + Keys.NENTRIES, 0);
  const indices = k + Keys.HEADER;
  rt.u8.fill(0xff, indices, indices + indexBytes);
  if (zeroEntries) rt.u8.fill(0, indices + indexBytes, indices + indexBytes + entryBytes);
  return k;
}

/** Give back a table's memory (its references already moved or released): free list or heap. */
export function freeKeysMemory(rt: Runtime, k: number): void {
  if (keysLog2Size(rt, k) === Keys.LOG2_MINSIZE && keysKind(rt, k) !== Keys.KIND_GENERAL) {
    const s = containers(rt);
    if (s.dictKeysCount < FreeListSize.DICT_KEYS) {
      s.dictKeys[s.dictKeysCount++] = k;
      return;
    }
  }
  rt.heap.free(k);
}

// ── probing ─────────────────────────────────────────────────────────────────────────────

/**
 * find_empty_slot: the first slot on the probe path of a hash (lo, hi halves) that holds no
 * entry, EMPTY or DUMMY (so deleted slots are reused). The table always has one.
 */
export function findEmptySlot(rt: Runtime, k: number, lo: number, hi: number): number {
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  // An index holds an entry number when its sign bit at the table's width is clear.
  const p = k + Keys.HEADER;
  if (log2 < 8) {
    const u8 = rt.u8;
    while (u8[p + i] < 0x80) {
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + plo + 1) & mask;
    }
    return i;
  }
  while (getIndex(rt, k, log2, i) >= 0) {
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
  return i;
}

/** lookdict_index: the index slot that holds entry number `ix` (hash lo, hi). */
export function lookdictIndex(rt: Runtime, k: number, lo: number, hi: number, ix: number): number {
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const got = getIndex(rt, k, log2, i);
    if (got === ix) return i;
    if (got === Keys.EMPTY) return -1;
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/**
 * build_indices: index entries 0..n-1 of a fresh table (no deleted entries among them, no
 * index set yet). The probe loop is inlined per index width: a resize of n entries runs it n
 * times.
 */
export function buildIndices(rt: Runtime, k: number, n: number): void {
  const i32 = rt.i32;
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  const esize = (general ? Entry.SIZE : UEntry.SIZE) >> 2;
  let ep = keysEntries(rt, k) >> 2;
  const p = k + Keys.HEADER;
  const width = log2 < 8 ? 1 : log2 < 16 ? 2 : 4;
  // A fresh table holds only EMPTY (-1 at its width) and entry numbers.
  const indices = width === 1 ? rt.u8 : width === 2 ? rt.u16 : i32;
  const base = width === 1 ? p : width === 2 ? p >> 1 : p >> 2;
  const empty = width === 1 ? 0xff : width === 2 ? 0xffff : -1;
  for (let ix = 0; ix < n; ix++, ep += esize) {
    let lo: number, hi: number;
    if (general) {
      lo = i32[ep];
      hi = i32[ep + 1];
    } else {
      const key = i32[ep];
      lo = i32[(key + Str.HASH) >> 2];
      hi = i32[(key + Str.HASH + 4) >> 2];
    }
    let i = lo & mask;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    while (indices[base + i] !== empty) {
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + plo + 1) & mask;
    }
    indices[base + i] = ix;
  }
}

/** The next probe of a hash: exported so sets and tests share the exact recurrence. */
export function perturbShift(plo: number, phi: number): number {
  return ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
}
