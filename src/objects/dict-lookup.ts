/**
 * Dict lookup: _Py_dict_lookup and its three probes, which turn a key and its hash into an
 * entry number (or -1, EMPTY), and `entryKey` / `entryValue`, which read entry number ix of a
 * keys table (borrowed; 0 for a deleted entry; a split table's values are not in it, see
 * dict.ts's `dictValueAt`).
 *
 * The probe is chosen by the table's kind and the key: an exact str in a UNICODE table
 * (`dictLookupStr`) compares by identity, then cached hash and characters, and never runs
 * Python code; a non-str key in a UNICODE table (a str subclass may still match) and any key
 * in a GENERAL table compare by identity, then equal hash and `==`. The probe sequence is
 * dict-keys.ts's: `i = (5i + 1 + perturb) & mask; perturb >>= 5`, perturb the unsigned
 * 64-bit hash in two halves. An `__eq__` can mutate the dict: when the table or the entry
 * compared changed under it, the probe answers KEY_CHANGED and `dictLookup` starts again.
 */
import type { Runtime } from "./runtime.js";
import { CompareOp } from "../compile/opcodes.js";
import { richCompareBool } from "./abstract.js";
import { Str } from "./str-layout.js";
import { Ob } from "./layout.js";
import { Int } from "./int.js";
import { cacheStrHash, strEquals } from "./str-object.js";
import { hashOut, hashWords } from "./tuple.js";
import { Entry, Keys, UEntry, getIndex, keysEntries, keysKind, keysLog2Size } from "./dict-keys.js";
import { Dict, dictKeysObject } from "./dict.js";
import { valueAt } from "./dict-values.js";

/** _Py_dict_lookup's "the dict changed under a comparison: start again". */
const KEY_CHANGED = -4;

function isExactStr(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.str;
}

/**
 * `key`'s hash words into tuple.ts's `hashOut`, as `hashWords` gives them: an exact str's
 * cached hash is read straight from the object (the commonest key, hashed once per str).
 */
export function keyHashWords(rt: Runtime, key: number): void {
  const i32 = rt.i32;
  const type = i32[(key + Ob.TYPE) >> 2];
  if (type !== rt.T.str) {
    // An exact int of at most one digit hashes to its value (-1 to -2): no slot lookup.
    const size = i32[(key + Int.SIZE) >> 2];
    if (type === rt.T.int && size >= -1 && size <= 1) {
      const v = size * rt.u32[(key + Int.DIGITS) >> 2];
      hashOut[0] = v === -1 ? -2 : v;
      hashOut[1] = v < 0 ? -1 : 0;
      return;
    }
    hashWords(rt, key);
    return;
  }
  if (i32[(key + Str.HASH) >> 2] === -1 && i32[(key + Str.HASH + 4) >> 2] === -1) cacheStrHash(rt, key);
  hashOut[0] = rt.i32[(key + Str.HASH) >> 2];
  hashOut[1] = rt.i32[(key + Str.HASH + 4) >> 2];
}

/**
 * The entry number of an item of d whose key is `key` (hash words lo, hi), or -1 (EMPTY): a
 * shared key this split dict holds no value for counts as absent. Raises what a comparison
 * raises; restarts when a comparison changed the dict.
 */
export function dictLookup(rt: Runtime, d: number, key: number, lo: number, hi: number): number {
  const ix = dictLookupRaw(rt, d, key, lo, hi);
  if (ix >= 0) {
    const values = rt.i32[(d + Dict.VALUES) >> 2];
    if (values !== 0 && valueAt(rt, values, ix) === 0) return Keys.EMPTY;
  }
  return ix;
}

/**
 * _Py_dict_lookup: the entry number of `key` in d's keys table, or -1 (EMPTY); for a split
 * dict the entry may hold no value for d (insertion reuses it).
 */
export function dictLookupRaw(rt: Runtime, d: number, key: number, lo: number, hi: number): number {
  for (;;) {
    const k = dictKeysObject(rt, d);
    let ix: number;
    if (keysKind(rt, k) !== Keys.KIND_GENERAL) {
      if (isExactStr(rt, key)) return dictLookupStr(rt, k, key, lo, hi);
      ix = unicodeLookupGeneric(rt, d, k, key, lo, hi);
    } else {
      ix = generalLookup(rt, d, k, key, lo, hi);
    }
    if (ix !== KEY_CHANGED) return ix;
  }
}

/** What `dictStrKeyValue` answers when the table is GENERAL or the key not an exact str. */
export const NOT_STR_TABLE = -1;

/**
 * d[key] when `key` is an exact str and d's table is not GENERAL (no Python code can run):
 * the value (borrowed) or 0 when absent; NOT_STR_TABLE when the general lookup is needed.
 * One function for dict.get, d[key] and `key in d`, instead of the hash, kind and
 * value-array dispatch of the general path.
 */
export function dictStrKeyValue(rt: Runtime, d: number, key: number): number {
  const i32 = rt.i32;
  if (i32[(key + Ob.TYPE) >> 2] !== rt.T.str) return NOT_STR_TABLE;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL) return NOT_STR_TABLE;
  const ix = strKeyEntry(rt, k, key);
  if (ix < 0) return 0;
  const values = i32[(d + Dict.VALUES) >> 2];
  return values !== 0 ? valueAt(rt, values, ix) : i32[(keysEntries(rt, k) + ix * UEntry.SIZE + UEntry.VALUE) >> 2];
}

/**
 * dictLookupStr with the hash read from the exact str `key` (computed and cached first when it
 * is not yet): the entry number in the non-GENERAL table k, or EMPTY.
 */
export function strKeyEntry(rt: Runtime, k: number, key: number): number {
  const i32 = rt.i32;
  if (i32[(key + Str.HASH) >> 2] === -1 && i32[(key + Str.HASH + 4) >> 2] === -1) cacheStrHash(rt, key);
  return dictLookupStr(rt, k, key, i32[(key + Str.HASH) >> 2], i32[(key + Str.HASH + 4) >> 2]);
}

/** unicodekeys_lookup_unicode: exact-str key in a UNICODE table; no Python code runs. */
export function dictLookupStr(rt: Runtime, k: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  const ep0 = keysEntries(rt, k);
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = getIndex(rt, k, log2, i);
    if (ix >= 0) {
      const ek = i32[(ep0 + ix * UEntry.SIZE) >> 2];
      if (ek === key) return ix;
      if (i32[(ek + Str.HASH) >> 2] === lo && i32[(ek + Str.HASH + 4) >> 2] === hi && strEquals(rt, ek, key)) return ix;
    } else if (ix === Keys.EMPTY) {
      return Keys.EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/**
 * Are two exact ints equal? Same ob_size and the same digits (CPython's ints are normalised,
 * so equal values have equal representations). Both must be exact ints: no Python code runs.
 */
export function exactIntsEqual(rt: Runtime, a: number, b: number): boolean {
  const i32 = rt.i32;
  const size = i32[(a + Int.SIZE) >> 2];
  if (size !== i32[(b + Int.SIZE) >> 2]) return false;
  const n = size < 0 ? -size : size;
  const pa = (a + Int.DIGITS) >> 2, pb = (b + Int.DIGITS) >> 2;
  for (let i = 0; i < n; i++) if (i32[pa + i] !== i32[pb + i]) return false;
  return true;
}

/**
 * Compare a stored key with `key` by ==, the dict's and the set's way: exact strs and exact
 * ints without calling out.
 */
export function keysEqual(rt: Runtime, stored: number, key: number): boolean {
  const type = rt.typeOf(stored);
  if (type === rt.typeOf(key)) {
    if (type === rt.T.str) return strEquals(rt, stored, key);
    if (type === rt.T.int) return exactIntsEqual(rt, stored, key);
  }
  rt.incref(stored);
  try {
    return richCompareBool(rt, stored, key, CompareOp.EQ);
  } finally {
    rt.decref(stored);
  }
}

/** unicodekeys_lookup_generic: a non-str key in a UNICODE table (str subclasses can match). */
function unicodeLookupGeneric(rt: Runtime, d: number, k: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  const ep0 = keysEntries(rt, k);
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = getIndex(rt, k, log2, i);
    if (ix >= 0) {
      const ep = ep0 + ix * UEntry.SIZE;
      const ek = i32[ep >> 2];
      if (ek === key) return ix;
      if (i32[(ek + Str.HASH) >> 2] === lo && i32[(ek + Str.HASH + 4) >> 2] === hi) {
        const equal = keysEqual(rt, ek, key);
        if (dictKeysObject(rt, d) !== k || i32[ep >> 2] !== ek) return KEY_CHANGED;
        if (equal) return ix;
      }
    } else if (ix === Keys.EMPTY) {
      return Keys.EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** dictkeys_generic_lookup: identity, then equal hash and ==. */
function generalLookup(rt: Runtime, d: number, k: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  const ep0 = keysEntries(rt, k);
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = getIndex(rt, k, log2, i);
    if (ix >= 0) {
      const ep = (ep0 + ix * Entry.SIZE) >> 2;
      const ek = i32[ep + 2];
      if (ek === key) return ix;
      if (i32[ep] === lo && i32[ep + 1] === hi) {
        const equal = keysEqual(rt, ek, key);
        if (dictKeysObject(rt, d) !== k || i32[ep + 2] !== ek) return KEY_CHANGED;
        if (equal) return ix;
      }
    } else if (ix === Keys.EMPTY) {
      return Keys.EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** What `sameKeyEntry` answers when it met another key of the same hash. */
export const SAME_HASH_MET = -5;

/**
 * The entry of the GENERAL table k whose key is `key` itself (hash words lo, hi), found by
 * identity alone (no comparison, so no Python code runs); EMPTY when the probe meets an empty
 * slot first (no key equal to `key` is in k); SAME_HASH_MET when it meets another key of the
 * same hash (an equal key may be there: the caller then takes generalLookup's path). The
 * probe sequence is generalLookup's.
 */
export function sameKeyEntry(rt: Runtime, k: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  const log2 = keysLog2Size(rt, k);
  const mask = (1 << log2) - 1;
  const ep0 = keysEntries(rt, k) >> 2;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    const ix = getIndex(rt, k, log2, i);
    if (ix >= 0) {
      const ep = ep0 + ix * (Entry.SIZE >> 2);
      if (i32[ep + 2] === key) return ix;
      if (i32[ep] === lo && i32[ep + 1] === hi) return SAME_HASH_MET;
    } else if (ix === Keys.EMPTY) {
      return Keys.EMPTY;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** The value of entry ix (borrowed). */
export function entryValue(rt: Runtime, k: number, ix: number): number {
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  return rt.i32[(keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.VALUE : UEntry.VALUE)) >> 2];
}

export function entryKey(rt: Runtime, k: number, ix: number): number {
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  return rt.i32[(keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.KEY : UEntry.KEY)) >> 2];
}
