/**
 * `dict`: CPython 3.11's compact, insertion-ordered hash table.
 *
 *   PyDictObject (48 bytes; getsizeof 64 + the keys table when it owns one)
 *   ┌────────┬────────┬─────────┬────────────────┬─────────┬───────────┐
 *   │ refcnt │ type   │ ma_used │ ma_version_tag │ ma_keys │ ma_values │──▶ keys object (dict-keys.ts)
 *   └────────┴────────┴─────────┴────────────────┴─────────┴───────────┘
 *    0        8        16        24               32        40
 *
 * States: an empty dict shares the static empty keys table (`containers(rt).emptyKeys`, never
 * counted or freed); the first insertion gives it a size-8 table of kind UNICODE when the key
 * is an exact str, GENERAL otherwise; a non-str key converts a UNICODE table to GENERAL by a
 * resize. A table grows when `dk_usable` reaches 0, to the size for `used * 3` (growth rate);
 * deletion never shrinks; `clear()` goes back to the empty keys. `ma_values` stays 0: split
 * (instance) tables are left for a later issue, but the field and the SPLIT kind exist.
 *
 * Every function follows CPython's dictobject.c: `insertDict` steals its key and value, a
 * lookup that calls `__eq__` restarts when the comparison mutated the dict, values are
 * released only after the table is consistent. Keys are hashed by tuple.ts's `hashWords`
 * (64 bits as two int32 halves everywhere inside); exact-str keys take the hash cached in
 * the str and skip `__eq__`. Dead exact dicts go to a free list of 80 (freelists.ts).
 * Views and iterators are in dict-views.ts.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { call0, call1, callMethod, getIter, getItem, iterNext, lookupAttr, reprText, richCompareBool, setItem } from "./abstract.js";
import { checkArgs, arg, kwCount } from "./args.js";
import { Str } from "./str-layout.js";
import { strEquals, strHash } from "./str-object.js";
import { newExceptionWithArgs } from "./exceptions.js";
import { lookupSpecial } from "./iterators.js";
import { containers, FreeListSize, reprEnter, reprLeave } from "./freelists.js";
import { Tuple, hashHi, hashOut, hashWords, newTuple, notImplemented, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { newList, listSize, listItems, sequenceFast } from "./list.js";
import {
  Entry, Keys, UEntry, buildIndices, calculateLog2Keysize, estimateLog2Keysize, findEmptySlot, freeKeysMemory,
  keysEntries, keysKind, keysLog2Size, keysNentries, keysSize, keysUsable, lookdictIndex, newKeys, setIndex,
  setKeysNentries, setKeysUsable, usableFraction, getIndex, entryHashWords, loadEntryHash,
} from "./dict-keys.js";
import { DictIterKind, newDictIterator, newDictView } from "./dict-views.js";
import { SetField, isAnySet, setNextEntry } from "./set.js";
import { newInt } from "./int.js";

export const enum Dict {
  USED = 16,
  VERSION = 24,
  KEYS = 32,
  VALUES = 40,
  SIZE = 48,
}

/** _Py_dict_lookup's "the dict changed under a comparison: start again". */
const KEY_CHANGED = -4;
const TWO32 = 2 ** 32;

// ── fields ──────────────────────────────────────────────────────────────────────────────

export function dictSize(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.USED) >> 2];
}

export function dictKeysObject(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.KEYS) >> 2];
}

function setUsed(rt: Runtime, d: number, n: number): void {
  rt.store(d + Dict.USED, n);
}

/** ma_version_tag = DICT_NEXT_VERSION(). */
function bumpVersion(rt: Runtime, d: number): void {
  const v = ++containers(rt).dictVersion;
  rt.u32[(d + Dict.VERSION) >> 2] = v >>> 0;
  rt.u32[(d + Dict.VERSION + 4) >> 2] = Math.floor(v / TWO32);
}

export function isDict(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.DICT_SUBCLASS);
}

function isExactStr(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.str;
}


// ── creation ────────────────────────────────────────────────────────────────────────────

/** new_dict: a dict on `keys` (consumed) holding `used` items; from the free list when possible. */
function newDictWithKeys(rt: Runtime, keys: number, used: number): number {
  const s = containers(rt);
  let d: number;
  if (s.dictCount > 0) {
    d = s.dicts[--s.dictCount];
    rt.store(d + Ob.REFCNT, 1);
  } else {
    try {
      d = rt.allocObject(rt.T.dict, Dict.SIZE);
    } catch (e) {
      if (keys !== s.emptyKeys) releaseKeys(rt, keys);
      throw e;
    }
  }
  rt.store(d + Dict.KEYS, keys);
  rt.store(d + Dict.VALUES, 0);
  setUsed(rt, d, used);
  bumpVersion(rt, d);
  return d;
}

/** PyDict_New: an empty dict sharing the empty keys table. New reference. */
export function newDict(rt: Runtime): number {
  return newDictWithKeys(rt, containers(rt).emptyKeys, 0);
}

/**
 * dict_new_presized: an empty dict whose table already holds `minused` items (up to 5: a
 * plain empty dict; never more than 2^17 slots). `unicode`: every key will be an exact str
 * (a UNICODE table; CPython's BUILD_MAP checks the keys, see `dictFromItems`, which does it
 * all). The default suits display literals: str keys get CPython's table, and a non-str first
 * key converts the table, which for up to 16 items ends at CPython's size too. New reference.
 */
export function newDictPresized(rt: Runtime, minused: number, unicode = true): number {
  if (minused <= usableFraction(Keys.MINSIZE)) return newDict(rt);
  const log2 = minused > usableFraction(2 ** Keys.LOG2_MAX_PRESIZE) ? Keys.LOG2_MAX_PRESIZE : estimateLog2Keysize(minused);
  return newDictWithKeys(rt, newKeys(rt, log2, unicode), 0);
}

/**
 * _PyDict_FromItems (BUILD_MAP, BUILD_CONST_KEY_MAP): a dict of `n` pairs whose keys are the
 * pointer words at keysAddr, keysAddr + keysStride, ... and values likewise (strides in
 * bytes). Presized, UNICODE when every key is an exact str. New reference.
 */
export function dictFromItems(rt: Runtime, keysAddr: number, keysStride: number, valuesAddr: number, valuesStride: number, n: number): number {
  let unicode = true;
  for (let i = 0; i < n; i++) {
    if (!isExactStr(rt, rt.load(keysAddr + i * keysStride))) {
      unicode = false;
      break;
    }
  }
  const d = newDictPresized(rt, n, unicode);
  try {
    for (let i = 0; i < n; i++) dictSetItem(rt, d, rt.load(keysAddr + i * keysStride), rt.load(valuesAddr + i * valuesStride));
  } catch (e) {
    rt.decref(d);
    throw e;
  }
  return d;
}

// ── the keys table's lifetime ───────────────────────────────────────────────────────────

/** dictkeys_decref: at 0, release each entry's key then value in order and free the table. */
function releaseKeys(rt: Runtime, k: number): void {
  if (k === containers(rt).emptyKeys) return;
  const refcnt = rt.load(k + Keys.REFCNT) - 1;
  rt.store(k + Keys.REFCNT, refcnt);
  if (refcnt > 0) return;
  const n = keysNentries(rt, k);
  const esize = keysKind(rt, k) === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE;
  const keyOff = esize === Entry.SIZE ? Entry.KEY : UEntry.KEY;
  const ep0 = keysEntries(rt, k);
  for (let i = 0; i < n; i++) {
    const ep = ep0 + i * esize;
    const key = rt.i32[(ep + keyOff) >> 2];
    const value = rt.i32[(ep + keyOff + 8) >> 2];
    if (key !== 0) rt.decref(key);
    if (value !== 0) rt.decref(value);
  }
  freeKeysMemory(rt, k);
}

/**
 * dictresize: move the live entries to a fresh table of 2^log2New slots (UNICODE only if both
 * the old table and `unicode` say so), without dummies; the old table is freed.
 */
function dictResize(rt: Runtime, d: number, log2New: number, unicode: boolean): void {
  const old = dictKeysObject(rt, d);
  const oldKind = keysKind(rt, old);
  if (oldKind === Keys.KIND_GENERAL) unicode = false;
  const nk = newKeys(rt, log2New, unicode);
  const used = dictSize(rt, d);
  const i32 = rt.i32;
  const src = keysEntries(rt, old);
  const dst = keysEntries(rt, nk);
  const oldSize = oldKind === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE;
  const newSize = unicode ? UEntry.SIZE : Entry.SIZE;
  let ep = src;
  for (let i = 0; i < used; i++, ep += oldSize) {
    while (i32[(ep + oldSize - 8) >> 2] === 0) ep += oldSize;
    const q = (dst + i * newSize) >> 2;
    if (oldSize === Entry.SIZE) {
      i32[q] = i32[ep >> 2];
      i32[q + 1] = i32[(ep >> 2) + 1];
      i32[q + 2] = i32[(ep >> 2) + 2];
      i32[q + 4] = i32[(ep >> 2) + 4];
    } else if (newSize === UEntry.SIZE) {
      i32[q] = i32[ep >> 2];
      i32[q + 2] = i32[(ep >> 2) + 2];
    } else {
      const key = i32[ep >> 2];
      i32[q] = i32[(key + Str.HASH) >> 2];
      i32[q + 1] = i32[(key + Str.HASH + 4) >> 2];
      i32[q + 2] = key;
      i32[q + 4] = i32[(ep >> 2) + 2];
    }
  }
  buildIndices(rt, nk, used);
  if (old !== containers(rt).emptyKeys) freeKeysMemory(rt, old);
  setKeysUsable(rt, nk, keysUsable(rt, nk) - used);
  setKeysNentries(rt, nk, used);
  rt.store(d + Dict.KEYS, nk);
}

/** insertion_resize: grow (or convert) to the size for GROWTH_RATE = used * 3. */
function insertionResize(rt: Runtime, d: number, unicode: boolean): void {
  dictResize(rt, d, calculateLog2Keysize(dictSize(rt, d) * 3), unicode);
}

// ── lookup ──────────────────────────────────────────────────────────────────────────────

/**
 * _Py_dict_lookup: the entry number of `key` (hash words lo, hi) in d, or -1 (EMPTY). Raises
 * what a comparison raises; restarts when a comparison changed the dict.
 */
export function dictLookup(rt: Runtime, d: number, key: number, lo: number, hi: number): number {
  for (;;) {
    const k = dictKeysObject(rt, d);
    let ix: number;
    if (keysKind(rt, k) !== Keys.KIND_GENERAL) {
      if (isExactStr(rt, key)) return unicodeLookupStr(rt, k, key, lo, hi);
      ix = unicodeLookupGeneric(rt, d, k, key, lo, hi);
    } else {
      ix = generalLookup(rt, d, k, key, lo, hi);
    }
    if (ix !== KEY_CHANGED) return ix;
  }
}

/** unicodekeys_lookup_unicode: exact-str key in a UNICODE table; no Python code runs. */
function unicodeLookupStr(rt: Runtime, k: number, key: number, lo: number, hi: number): number {
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

/** Compare a stored key with `key` by ==, the dict's way; exact strs without calling out. */
function keysEqual(rt: Runtime, stored: number, key: number): boolean {
  if (isExactStr(rt, stored) && isExactStr(rt, key)) return strEquals(rt, stored, key);
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

/** The value of entry ix (borrowed). */
function entryValue(rt: Runtime, k: number, ix: number): number {
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  return rt.i32[(keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.VALUE : UEntry.VALUE)) >> 2];
}

function entryKey(rt: Runtime, k: number, ix: number): number {
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  return rt.i32[(keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.KEY : UEntry.KEY)) >> 2];
}

// ── insertion and deletion ──────────────────────────────────────────────────────────────

/** Write entry number nentries for a key known to be absent (steals key and value). */
function insertNew(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  let k = dictKeysObject(rt, d);
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  if (keysUsable(rt, k) <= 0) {
    insertionResize(rt, d, true);
    k = dictKeysObject(rt, d);
  }
  if (keysKind(rt, k) !== Keys.KIND_GENERAL && !isExactStr(rt, key)) {
    // Only reachable when a comparison emptied the dict under us: convert properly.
    insertionResize(rt, d, false);
    k = dictKeysObject(rt, d);
  }
  const n = keysNentries(rt, k);
  setIndex(rt, k, keysLog2Size(rt, k), findEmptySlot(rt, k, lo, hi), n);
  writeEntry(rt, k, n, key, lo, hi, value);
  setUsed(rt, d, dictSize(rt, d) + 1);
  bumpVersion(rt, d);
  setKeysUsable(rt, k, keysUsable(rt, k) - 1);
  setKeysNentries(rt, k, n + 1);
}

function writeEntry(rt: Runtime, k: number, ix: number, key: number, lo: number, hi: number, value: number): void {
  const i32 = rt.i32;
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    const ep = (keysEntries(rt, k) + ix * Entry.SIZE) >> 2;
    i32[ep] = lo;
    i32[ep + 1] = hi;
    i32[ep + 2] = key;
    i32[ep + 3] = 0;
    i32[ep + 4] = value;
    i32[ep + 5] = 0;
  } else {
    const ep = (keysEntries(rt, k) + ix * UEntry.SIZE) >> 2;
    i32[ep] = key;
    i32[ep + 1] = 0;
    i32[ep + 2] = value;
    i32[ep + 3] = 0;
  }
}

/** insert_to_emptydict: the first item of a dict on the empty keys (steals key and value). */
function insertToEmpty(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  let k: number;
  try {
    k = newKeys(rt, Keys.LOG2_MINSIZE, isExactStr(rt, key));
  } catch (e) {
    rt.decref(key);
    rt.decref(value);
    throw e;
  }
  rt.store(d + Dict.KEYS, k);
  rt.store(d + Dict.VALUES, 0);
  setIndex(rt, k, Keys.LOG2_MINSIZE, lo & (Keys.MINSIZE - 1), 0);
  writeEntry(rt, k, 0, key, lo, hi, value);
  setUsed(rt, d, dictSize(rt, d) + 1);
  bumpVersion(rt, d);
  setKeysUsable(rt, k, keysUsable(rt, k) - 1);
  setKeysNentries(rt, k, 1);
}

/**
 * insertdict: d[key] = value for a key of hash (lo, hi), stealing both references. An existing key
 * keeps its key object and gets the new value; the old value is released last.
 */
function insertDict(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  let ix: number;
  try {
    if (keysKind(rt, dictKeysObject(rt, d)) !== Keys.KIND_GENERAL && !isExactStr(rt, key)) insertionResize(rt, d, false);
    ix = dictLookup(rt, d, key, lo, hi);
    if (ix < 0) {
      insertNew(rt, d, key, lo, hi, value);
      return;
    }
  } catch (e) {
    rt.decref(key);
    rt.decref(value);
    throw e;
  }
  const k = dictKeysObject(rt, d);
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  const vp = keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.VALUE : UEntry.VALUE);
  const old = rt.load(vp);
  if (old !== value) {
    rt.store(vp, value);
    bumpVersion(rt, d);
  }
  rt.decref(old);
  rt.decref(key);
}

/** _PyDict_SetItem_Take2 with a known hash: steals key and value. */
function setItemTake2(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  if (dictKeysObject(rt, d) === containers(rt).emptyKeys) insertToEmpty(rt, d, key, lo, hi, value);
  else insertDict(rt, d, key, lo, hi, value);
}

/** d[key] = value (PyDict_SetItem): both borrowed (increfed). */
export function dictSetItem(rt: Runtime, d: number, key: number, value: number): void {
  hashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  rt.incref(key);
  rt.incref(value);
  setItemTake2(rt, d, key, lo, hi, value);
}

/** d[key] = value for a key whose hash words are known (borrowed references). */
export function dictSetItemKnownHash(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  rt.incref(key);
  rt.incref(value);
  setItemTake2(rt, d, key, lo, hi, value);
}

/** delitem_common: remove entry ix (hash lo, hi); releases the key, then `oldValue`. */
function delitemCommon(rt: Runtime, d: number, lo: number, hi: number, ix: number, oldValue: number): void {
  const k = dictKeysObject(rt, d);
  const hashpos = lookdictIndex(rt, k, lo, hi, ix);
  setUsed(rt, d, dictSize(rt, d) - 1);
  bumpVersion(rt, d);
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  setIndex(rt, k, keysLog2Size(rt, k), hashpos, Keys.DUMMY);
  const i32 = rt.i32;
  let oldKey: number;
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    const ep = (keysEntries(rt, k) + ix * Entry.SIZE) >> 2;
    oldKey = i32[ep + 2];
    i32.fill(0, ep, ep + 6);
  } else {
    const ep = (keysEntries(rt, k) + ix * UEntry.SIZE) >> 2;
    oldKey = i32[ep];
    i32.fill(0, ep, ep + 4);
  }
  rt.decref(oldKey);
  rt.decref(oldValue);
}

/** del d[key] (PyDict_DelItem): false when the key is missing (the caller raises KeyError). */
export function dictDelItem(rt: Runtime, d: number, key: number): boolean {
  hashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  const ix = dictLookup(rt, d, key, lo, hi);
  if (ix < 0) return false;
  const value = entryValue(rt, dictKeysObject(rt, d), ix);
  delitemCommon(rt, d, lo, hi, ix, value);
  return true;
}

/** d[key] as a borrowed reference, or 0. Raises only if hashing or comparing raises. */
export function dictGetItem(rt: Runtime, d: number, key: number): number {
  hashWords(rt, key);
  const ix = dictLookup(rt, d, key, hashOut[0], hashOut[1]);
  return ix < 0 ? 0 : entryValue(rt, dictKeysObject(rt, d), ix);
}

/** d[key] for a key whose hash words are known: borrowed, or 0. */
export function dictGetItemKnownHash(rt: Runtime, d: number, key: number, lo: number, hi: number): number {
  const ix = dictLookup(rt, d, key, lo, hi);
  return ix < 0 ? 0 : entryValue(rt, dictKeysObject(rt, d), ix);
}

/**
 * d[key] for an exact str key (attribute names, globals): borrowed, or 0. Identity, then hash
 * and characters; never runs Python code unless a GENERAL table holds a non-str key of the
 * same hash.
 */
export function dictGetItemStr(rt: Runtime, d: number, key: number): number {
  const h = strHash(rt, key);
  const k = dictKeysObject(rt, d);
  if (keysKind(rt, k) !== Keys.KIND_GENERAL) {
    const ix = unicodeLookupStr(rt, k, key, h | 0, hashHi(h));
    return ix < 0 ? 0 : entryValue(rt, k, ix);
  }
  return dictGetItemKnownHash(rt, d, key, h | 0, hashHi(h));
}

/** key in d (PyDict_Contains). */
export function dictContains(rt: Runtime, d: number, key: number): boolean {
  hashWords(rt, key);
  return dictLookup(rt, d, key, hashOut[0], hashOut[1]) >= 0;
}

/** Raise KeyError(key) as _PyErr_SetKeyError does (the key itself is the argument). */
export function raiseKeyError(rt: Runtime, key: number): never {
  const args = newTuple(rt, 1);
  rt.incref(key);
  tupleSetItem(rt, args, 0, key);
  rt.setException(newExceptionWithArgs(rt, rt.E.KeyError, args));
  throw PY_RAISED;
}

/**
 * d.pop(key[, dflt]): the removed value (new reference); `dflt` (0 for none) when missing,
 * else KeyError. An empty dict does not even hash the key, as in CPython.
 */
export function dictPop(rt: Runtime, d: number, key: number, dflt: number): number {
  if (dictSize(rt, d) === 0) {
    if (dflt !== 0) {
      rt.incref(dflt);
      return dflt;
    }
    raiseKeyError(rt, key);
  }
  hashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  const ix = dictLookup(rt, d, key, lo, hi);
  if (ix < 0) {
    if (dflt !== 0) {
      rt.incref(dflt);
      return dflt;
    }
    raiseKeyError(rt, key);
  }
  const value = entryValue(rt, dictKeysObject(rt, d), ix);
  rt.incref(value);
  delitemCommon(rt, d, lo, hi, ix, value);
  return value;
}

/** d.setdefault(key, dflt): the value now stored under key (borrowed). */
export function dictSetDefault(rt: Runtime, d: number, key: number, dflt: number): number {
  hashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  if (dictKeysObject(rt, d) === containers(rt).emptyKeys) {
    rt.incref(key);
    rt.incref(dflt);
    insertToEmpty(rt, d, key, lo, hi, dflt);
    return dflt;
  }
  if (keysKind(rt, dictKeysObject(rt, d)) !== Keys.KIND_GENERAL && !isExactStr(rt, key)) insertionResize(rt, d, false);
  const ix = dictLookup(rt, d, key, lo, hi);
  if (ix >= 0) return entryValue(rt, dictKeysObject(rt, d), ix);
  rt.incref(key);
  rt.incref(dflt);
  try {
    insertNew(rt, d, key, lo, hi, dflt);
  } catch (e) {
    rt.decref(key);
    rt.decref(dflt);
    throw e;
  }
  return dflt;
}

/** PyDict_Clear: switch to the empty keys first, then release the old table. */
export function dictClear(rt: Runtime, d: number): void {
  const old = dictKeysObject(rt, d);
  const empty = containers(rt).emptyKeys;
  if (old === empty) return;
  rt.store(d + Dict.KEYS, empty);
  rt.store(d + Dict.VALUES, 0);
  setUsed(rt, d, 0);
  bumpVersion(rt, d);
  releaseKeys(rt, old);
}

// ── allocation-free iteration ───────────────────────────────────────────────────────────

/** Entry slots to scan (deleted ones included); iterate i in [0, count). */
export function dictEntryCount(rt: Runtime, d: number): number {
  return keysNentries(rt, dictKeysObject(rt, d));
}

/** Key of entry i (borrowed), or 0 for a deleted entry. */
export function dictEntryKey(rt: Runtime, d: number, i: number): number {
  const k = dictKeysObject(rt, d);
  return entryValue(rt, k, i) === 0 ? 0 : entryKey(rt, k, i);
}

/** Value of entry i (borrowed), or 0 for a deleted entry. */
export function dictEntryValue(rt: Runtime, d: number, i: number): number {
  return entryValue(rt, dictKeysObject(rt, d), i);
}

/** The stored hash of live entry i as a JS number (exact below 2^53; see hashWords). */
export function dictEntryHash(rt: Runtime, d: number, i: number): number {
  loadEntryHash(rt, dictKeysObject(rt, d), i);
  return entryHashWords[1] * TWO32 + (entryHashWords[0] >>> 0);
}

/** The stored hash words of live entry i into hashOut (tuple.ts). */
export function dictEntryHashWords(rt: Runtime, d: number, i: number): void {
  loadEntryHash(rt, dictKeysObject(rt, d), i);
  hashOut[0] = entryHashWords[0];
  hashOut[1] = entryHashWords[1];
}

// ── copy and merge ──────────────────────────────────────────────────────────────────────

/** clone_combined_dict_keys: a byte copy of d's table (new block), its keys and values increfed. */
function cloneKeys(rt: Runtime, d: number): number {
  const src = dictKeysObject(rt, d);
  const size = keysSize(rt, src);
  const k = rt.mem(size);
  rt.u8.copyWithin(k, src, src + size);
  const n = keysNentries(rt, k);
  for (let i = 0; i < n; i++) {
    const value = entryValue(rt, k, i);
    if (value !== 0) {
      rt.incref(value);
      rt.incref(entryKey(rt, k, i));
    }
  }
  return k;
}

function hasDictIter(rt: Runtime, d: number): boolean {
  return rt.slotsOf(d).iter === dictIter;
}

/** PyDict_Copy: a new dict with the same items (a table clone when compact enough). */
export function dictCopy(rt: Runtime, d: number): number {
  const used = dictSize(rt, d);
  if (used === 0) return newDict(rt);
  const k = dictKeysObject(rt, d);
  if (hasDictIter(rt, d) && used >= Math.floor((keysNentries(rt, k) * 2) / 3)) {
    return newDictWithKeys(rt, cloneKeys(rt, d), used);
  }
  const copy = newDict(rt);
  try {
    dictMerge(rt, copy, d, 1);
  } catch (e) {
    rt.decref(copy);
    throw e;
  }
  return copy;
}

/**
 * dict_merge(a, b, override): add b's items to dict a. override 1 replaces existing keys,
 * 0 keeps them, 2 raises KeyError on a duplicate. A real dict (not overriding __iter__) is
 * read directly; any other mapping through keys() and [].
 */
export function dictMerge(rt: Runtime, a: number, b: number, override: number): void {
  if (isDict(rt, b) && hasDictIter(rt, b)) {
    if (b === a || dictSize(rt, b) === 0) return;
    const okeys = dictKeysObject(rt, b);
    if (dictSize(rt, a) === 0) {
      override = 1;
      const log2 = keysLog2Size(rt, okeys);
      if (dictSize(rt, b) === keysNentries(rt, okeys) && (log2 === Keys.LOG2_MINSIZE || usableFraction(2 ** log2 / 2) < dictSize(rt, b))) {
        const keys = cloneKeys(rt, b);
        const old = dictKeysObject(rt, a);
        rt.store(a + Dict.KEYS, keys);
        setUsed(rt, a, dictSize(rt, b));
        bumpVersion(rt, a);
        releaseKeys(rt, old);
        return;
      }
    }
    if (usableFraction(2 ** keysLog2Size(rt, dictKeysObject(rt, a))) < dictSize(rt, b)) {
      dictResize(rt, a, estimateLog2Keysize(dictSize(rt, a) + dictSize(rt, b)), keysKind(rt, okeys) !== Keys.KIND_GENERAL);
    }
    const origSize = keysNentries(rt, dictKeysObject(rt, b));
    for (let i = 0; i < keysNentries(rt, dictKeysObject(rt, b)); i++) {
      const bk = dictKeysObject(rt, b);
      const value = entryValue(rt, bk, i);
      if (value === 0) continue;
      const key = entryKey(rt, bk, i);
      loadEntryHash(rt, bk, i);
      const lo = entryHashWords[0], hi = entryHashWords[1];
      rt.incref(key);
      rt.incref(value);
      if (override === 1) {
        insertDict(rt, a, key, lo, hi, value);
      } else {
        let present: boolean;
        try {
          present = dictLookup(rt, a, key, lo, hi) >= 0;
        } catch (e) {
          rt.decref(key);
          rt.decref(value);
          throw e;
        }
        if (!present) {
          insertDict(rt, a, key, lo, hi, value);
        } else {
          rt.decref(value);
          if (override !== 0) {
            try {
              raiseKeyError(rt, key);
            } finally {
              rt.decref(key);
            }
          }
          rt.decref(key);
        }
      }
      if (origSize !== keysNentries(rt, dictKeysObject(rt, b))) {
        throw rt.raise(rt.E.RuntimeError, "dict mutated during update");
      }
    }
    return;
  }
  const keys = callMethod(rt, b, "keys");
  let it: number;
  try {
    it = getIter(rt, keys);
  } finally {
    rt.decref(keys);
  }
  try {
    for (;;) {
      const key = iterNext(rt, it);
      if (key === 0) break;
      try {
        if (override !== 1 && dictContains(rt, a, key)) {
          if (override === 0) continue;
          raiseKeyError(rt, key);
        }
        const value = getItem(rt, b, key);
        try {
          dictSetItem(rt, a, key, value);
        } finally {
          rt.decref(value);
        }
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** PyDict_MergeFromSeq2: add the (key, value) pairs of an iterable. */
export function dictMergeFromSeq2(rt: Runtime, d: number, seq2: number, override: boolean): void {
  const it = getIter(rt, seq2);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      let fast = 0;
      try {
        try {
          fast = sequenceFast(rt, item, "");
        } catch (e) {
          if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) {
            throw rt.raise(rt.E.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          throw e;
        }
        const isTupleSeq = rt.typeOf(fast) === rt.T.tuple;
        const n = isTupleSeq ? tupleSize(rt, fast) : listSize(rt, fast);
        if (n !== 2) {
          throw rt.raise(rt.E.ValueError, `dictionary update sequence element #${i} has length ${n}; 2 is required`);
        }
        const base = isTupleSeq ? fast + Tuple.ITEMS : listItems(rt, fast);
        const key = rt.load(base);
        const value = rt.load(base + 8);
        rt.incref(key);
        rt.incref(value);
        try {
          if (override) dictSetItem(rt, d, key, value);
          else dictSetDefault(rt, d, key, value);
        } finally {
          rt.decref(key);
          rt.decref(value);
        }
      } finally {
        if (fast !== 0) rt.decref(fast);
        rt.decref(item);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** dict_update_arg: a dict or anything with keys() merges; anything else is pairs. */
export function dictUpdate(rt: Runtime, d: number, other: number): void {
  if (rt.typeOf(other) === rt.T.dict) {
    dictMerge(rt, d, other, 1);
    return;
  }
  const keys = lookupAttr(rt, other, rt.identifier("keys"));
  if (keys !== 0) {
    rt.decref(keys);
    dictMerge(rt, d, other, 1);
    return;
  }
  dictMergeFromSeq2(rt, d, other, true);
}

/** The keyword arguments of a vectorcall (after `nargs` positionals) stored into d. */
function updateFromKeywords(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): void {
  const nkw = kwCount(rt, kwnames);
  for (let i = 0; i < nkw; i++) dictSetItem(rt, d, tupleItem(rt, kwnames, i), arg(rt, args, nargs + i));
}

/** dict_update_common: at most one positional (mapping or pairs), then keywords. */
function updateCommon(rt: Runtime, d: number, args: number, nargs: number, kwnames: number, fname: string): void {
  if (nargs > 1) throw rt.raise(rt.E.TypeError, `${fname} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) dictUpdate(rt, d, arg(rt, args, 0));
  updateFromKeywords(rt, d, args, nargs, kwnames);
}

/** A list of d's keys, values or (key, value) tuples (PyDict_Keys / Values / Items). */
export function dictAsList(rt: Runtime, d: number, what: DictIterKind): number {
  const n = dictSize(rt, d);
  const l = newList(rt, n);
  const items = listItems(rt, l);
  for (let i = 0, j = 0; i < dictEntryCount(rt, d) && j < n; i++) {
    const value = dictEntryValue(rt, d, i);
    if (value === 0) continue;
    const key = dictEntryKey(rt, d, i);
    let v: number;
    if (what === DictIterKind.KEYS) {
      rt.incref(key);
      v = key;
    } else if (what === DictIterKind.VALUES) {
      rt.incref(value);
      v = value;
    } else {
      v = newTuple(rt, 2);
      rt.incref(key);
      rt.incref(value);
      tupleSetItem(rt, v, 0, key);
      tupleSetItem(rt, v, 1, value);
    }
    rt.store(items + 8 * j++, v);
  }
  return l;
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

function dictDealloc(rt: Runtime, d: number): void {
  releaseKeys(rt, dictKeysObject(rt, d));
  const s = containers(rt);
  if (s.dictCount < FreeListSize.DICT && rt.typeOf(d) === rt.T.dict) {
    s.dicts[s.dictCount++] = d;
    return;
  }
  rt.freeObject(d);
}

function dictRepr(rt: Runtime, d: number): number {
  if (reprEnter(rt, d)) return rt.newStr("{...}");
  try {
    if (dictSize(rt, d) === 0) return rt.newStr("{}");
    let text = "{";
    let first = true;
    for (let i = 0; i < dictEntryCount(rt, d); i++) {
      const value = dictEntryValue(rt, d, i);
      if (value === 0) continue;
      const key = dictEntryKey(rt, d, i);
      rt.incref(key);
      rt.incref(value);
      try {
        if (!first) text += ", ";
        first = false;
        text += reprText(rt, key);
        text += ": ";
        text += reprText(rt, value);
      } finally {
        rt.decref(key);
        rt.decref(value);
      }
    }
    return rt.newStr(text + "}");
  } finally {
    reprLeave(rt, d);
  }
}

/** dict_equal: same size and every key of a maps to an equal value in b. */
function dictEqual(rt: Runtime, a: number, b: number): boolean {
  if (dictSize(rt, a) !== dictSize(rt, b)) return false;
  for (let i = 0; i < dictEntryCount(rt, a); i++) {
    const aval = dictEntryValue(rt, a, i);
    if (aval === 0) continue;
    const key = dictEntryKey(rt, a, i);
    loadEntryHash(rt, dictKeysObject(rt, a), i);
    const lo = entryHashWords[0], hi = entryHashWords[1];
    rt.incref(aval);
    rt.incref(key);
    try {
      const bval = dictGetItemKnownHash(rt, b, key, lo, hi);
      if (bval === 0) return false;
      rt.incref(bval);
      try {
        if (!richCompareBool(rt, aval, bval, CompareOp.EQ)) return false;
      } finally {
        rt.decref(bval);
      }
    } finally {
      rt.decref(key);
      rt.decref(aval);
    }
  }
  return true;
}

function dictRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isDict(rt, v) || !isDict(rt, w) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return notImplemented(rt);
  const equal = dictEqual(rt, v, w);
  const r = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** d[key]: KeyError(key), or `__missing__` for subclasses that define it. */
function dictSubscript(rt: Runtime, d: number, key: number): number {
  hashWords(rt, key);
  const ix = dictLookup(rt, d, key, hashOut[0], hashOut[1]);
  if (ix >= 0) {
    const v = entryValue(rt, dictKeysObject(rt, d), ix);
    rt.incref(v);
    return v;
  }
  if (rt.typeOf(d) !== rt.T.dict) {
    const missing = lookupSpecial(rt, d, "__missing__");
    if (missing !== 0) {
      try {
        return call1(rt, missing, key);
      } finally {
        rt.decref(missing);
      }
    }
  }
  raiseKeyError(rt, key);
}

function dictAssSubscript(rt: Runtime, d: number, key: number, value: number): void {
  if (value !== 0) dictSetItem(rt, d, key, value);
  else if (!dictDelItem(rt, d, key)) raiseKeyError(rt, key);
}

/** iter(d): a dict_keyiterator. */
export function dictIter(rt: Runtime, d: number): number {
  return newDictIterator(rt, d, DictIterKind.KEYS, false);
}

function dictOr(rt: Runtime, a: number, b: number): number {
  if (!isDict(rt, a) || !isDict(rt, b)) return notImplemented(rt);
  const r = dictCopy(rt, a);
  try {
    dictUpdate(rt, r, b);
  } catch (e) {
    rt.decref(r);
    throw e;
  }
  return r;
}

function dictInplaceOr(rt: Runtime, a: number, b: number): number {
  if (!isDict(rt, a)) return notImplemented(rt);
  dictUpdate(rt, a, b);
  rt.incref(a);
  return a;
}

const dictNb: (BinarySlot | undefined)[] = [];
dictNb[BinaryOp.OR] = dictOr;
const dictNbInplace: (BinarySlot | undefined)[] = [];
dictNbInplace[BinaryOp.OR] = dictInplaceOr;

/** dict.__new__: a fresh empty instance (tp_alloc, not the free list). */
function dictNew(rt: Runtime, cls: number): number {
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const d = rt.allocObject(cls, basicsize);
  rt.i32.fill(0, (d + Dict.USED) >> 2, (d + basicsize) >> 2);
  rt.store(d + Dict.KEYS, containers(rt).emptyKeys);
  bumpVersion(rt, d);
  return d;
}

function dictInit(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): void {
  updateCommon(rt, d, args, nargs, kwnames, "dict");
}

function dictTraverse(rt: Runtime, d: number, visit: (child: number) => void): void {
  const k = dictKeysObject(rt, d);
  const n = keysNentries(rt, k);
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  for (let i = 0; i < n; i++) {
    const value = entryValue(rt, k, i);
    if (value === 0) continue;
    visit(value);
    if (general) visit(entryKey(rt, k, i));
  }
}

/** _PyDict_SizeOf: the object, plus its keys table when it owns one. */
export function dictSizeof(rt: Runtime, d: number): number {
  const k = dictKeysObject(rt, d);
  let size = rt.i32[(rt.typeOf(d) + Tp.BASICSIZE) >> 2];
  if (k !== containers(rt).emptyKeys && rt.load(k + Keys.REFCNT) === 1) size += keysSize(rt, k);
  return size;
}

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function dictGetMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "get", nargs, kwnames, 1, 2);
  const key = arg(rt, args, 0);
  let v = dictGetItem(rt, self, key);
  if (v === 0) v = nargs > 1 ? arg(rt, args, 1) : rt.S.None;
  rt.incref(v);
  return v;
}

function dictSetdefaultMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "setdefault", nargs, kwnames, 1, 2);
  const v = dictSetDefault(rt, self, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : rt.S.None);
  rt.incref(v);
  return v;
}

function dictPopMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "pop", nargs, kwnames, 1, 2);
  return dictPop(rt, self, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : 0);
}

/** dict.popitem(): the last (key, value) pair, LIFO; the table's trailing entries are reclaimed. */
function dictPopitemMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "popitem", nargs, kwnames, 0, 0);
  const res = newTuple(rt, 2);
  if (dictSize(rt, self) === 0) {
    rt.decref(res);
    throw rt.raise(rt.E.KeyError, "popitem(): dictionary is empty");
  }
  const k = dictKeysObject(rt, self);
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  let i = keysNentries(rt, k) - 1;
  while (i >= 0 && entryValue(rt, k, i) === 0) i--;
  const key = entryKey(rt, k, i);
  const value = entryValue(rt, k, i);
  loadEntryHash(rt, k, i);
  const lo = entryHashWords[0];
  const hi = entryHashWords[1];
  const ep = (keysEntries(rt, k) + i * (keysKind(rt, k) === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE)) >> 2;
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    rt.i32.fill(0, ep + 2, ep + 6);
    rt.i32[ep] = -1;
    rt.i32[ep + 1] = -1;
  } else {
    rt.i32.fill(0, ep, ep + 4);
  }
  const j = lookdictIndex(rt, k, lo, hi, i);
  setIndex(rt, k, keysLog2Size(rt, k), j, Keys.DUMMY);
  tupleSetItem(rt, res, 0, key);
  tupleSetItem(rt, res, 1, value);
  setKeysNentries(rt, k, i);
  setUsed(rt, self, dictSize(rt, self) - 1);
  bumpVersion(rt, self);
  return res;
}

function dictKeysMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.keys", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_keys);
}

function dictItemsMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.items", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_items);
}

function dictValuesMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.values", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_values);
}

function dictUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  updateCommon(rt, self, args, nargs, kwnames, "update");
  return none(rt);
}

function dictClearMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.clear", nargs, kwnames, 0, 0);
  dictClear(rt, self);
  return none(rt);
}

function dictCopyMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.copy", nargs, kwnames, 0, 0);
  return dictCopy(rt, self);
}

function dictContainsMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__contains__", nargs, kwnames, 1, 1);
  const r = dictContains(rt, self, arg(rt, args, 0)) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

function dictGetitemMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__getitem__", nargs, kwnames, 1, 1);
  return dictSubscript(rt, self, arg(rt, args, 0));
}

function dictSizeofMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__sizeof__", nargs, kwnames, 0, 0);
  return newInt(rt, dictSizeof(rt, self));
}

function dictReversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__reversed__", nargs, kwnames, 0, 0);
  return newDictIterator(rt, self, DictIterKind.KEYS, true);
}

/** dict.fromkeys(iterable, value=None), a class method: `cls` is the class it was called on. */
function dictFromkeysMethod(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "fromkeys", nargs, kwnames, 1, 2);
  return dictFromKeys(rt, cls, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : rt.S.None);
}

/** _PyDict_FromKeys: cls(), then every key of `iterable` mapped to `value`. New reference. */
export function dictFromKeys(rt: Runtime, cls: number, iterable: number, value: number): number {
  const d = cls === rt.T.dict ? newDictFromType(rt) : call0(rt, cls);
  try {
    if (rt.typeOf(d) === rt.T.dict && dictSize(rt, d) === 0) {
      if (rt.typeOf(iterable) === rt.T.dict) {
        dictResize(rt, d, estimateLog2Keysize(dictSize(rt, iterable)), keysKind(rt, dictKeysObject(rt, iterable)) !== Keys.KIND_GENERAL);
        for (let i = 0; i < dictEntryCount(rt, iterable); i++) {
          if (dictEntryValue(rt, iterable, i) === 0) continue;
          const key = dictEntryKey(rt, iterable, i);
          loadEntryHash(rt, dictKeysObject(rt, iterable), i);
          const lo = entryHashWords[0], hi = entryHashWords[1];
          rt.incref(key);
          rt.incref(value);
          insertDict(rt, d, key, lo, hi, value);
        }
        return d;
      }
      if (isAnySet(rt, iterable) && (rt.typeOf(iterable) === rt.T.set || rt.typeOf(iterable) === rt.T.frozenset)) {
        dictResize(rt, d, estimateLog2Keysize(rt.load(iterable + SetField.USED)), false);
        for (let pos = setNextEntry(rt, iterable, 0); pos >= 0; pos = setNextEntry(rt, iterable, pos + 1)) {
          const entry = rt.load(iterable + SetField.TABLE) + 16 * pos;
          const key = rt.load(entry);
          rt.incref(key);
          rt.incref(value);
          insertDict(rt, d, key, rt.i32[(entry + 8) >> 2], rt.i32[(entry + 12) >> 2], value);
        }
        return d;
      }
    }
    const it = getIter(rt, iterable);
    try {
      const exact = rt.typeOf(d) === rt.T.dict;
      for (;;) {
        const key = iterNext(rt, it);
        if (key === 0) break;
        try {
          if (exact) dictSetItem(rt, d, key, value);
          else setItem(rt, d, key, value);
        } finally {
          rt.decref(key);
        }
      }
    } finally {
      rt.decref(it);
    }
  } catch (e) {
    rt.decref(d);
    throw e;
  }
  return d;
}

/** dict(): what calling the dict type with no arguments gives (fresh, not from the free list). */
function newDictFromType(rt: Runtime): number {
  return dictNew(rt, rt.T.dict);
}

export const dictType: TypeDef = {
  name: "dict",
  basicsize: Dict.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.DICT_SUBCLASS | TpFlag.MAPPING,
  doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)",
  dealloc: dictDealloc,
  repr: dictRepr,
  unhashable: true,
  richcompare: dictRichcompare,
  iter: dictIter,
  new: (rt, cls) => dictNew(rt, cls),
  init: dictInit,
  nb: dictNb,
  nbInplace: dictNbInplace,
  length: dictSize,
  subscript: dictSubscript,
  assSubscript: dictAssSubscript,
  contains: dictContains,
  traverse: dictTraverse,
  clear: (rt, d) => dictClear(rt, d),
  sizeof: dictSizeof,
  methods: [
    { name: "__contains__", fn: dictContainsMethod, doc: "True if the dictionary has the specified key, else False." },
    { name: "__getitem__", fn: dictGetitemMethod, doc: "x.__getitem__(y) <==> x[y]" },
    { name: "__sizeof__", fn: dictSizeofMethod, doc: "D.__sizeof__() -> size of D in memory, in bytes" },
    { name: "get", fn: dictGetMethod, doc: "Return the value for key if key is in the dictionary, else default." },
    { name: "setdefault", fn: dictSetdefaultMethod, doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default." },
    { name: "pop", fn: dictPopMethod, doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError." },
    { name: "popitem", fn: dictPopitemMethod, doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty." },
    { name: "keys", fn: dictKeysMethod, doc: "D.keys() -> a set-like object providing a view on D's keys" },
    { name: "items", fn: dictItemsMethod, doc: "D.items() -> a set-like object providing a view on D's items" },
    { name: "values", fn: dictValuesMethod, doc: "D.values() -> an object providing a view on D's values" },
    { name: "update", fn: dictUpdateMethod, doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { name: "fromkeys", fn: dictFromkeysMethod, classMethod: true, doc: "Create a new dictionary with keys from iterable and values set to value." },
    { name: "clear", fn: dictClearMethod, doc: "D.clear() -> None.  Remove all items from D." },
    { name: "copy", fn: dictCopyMethod, doc: "D.copy() -> a shallow copy of D" },
    { name: "__reversed__", fn: dictReversedMethod, doc: "Return a reverse iterator over the dict keys." },
  ],
};
