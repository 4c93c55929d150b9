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
 * deletion never shrinks; `clear()` goes back to the empty keys.
 *
 * Split tables (instance dicts, dict-values.ts): `ma_keys` is a class's shared keys (kind
 * SPLIT, one reference per dict) and `ma_values` the dict's own values array. Lookups find
 * the entry number in the shared table and read the value from the array (an entry without a
 * value here is absent); positions in the iteration API are positions in the array's
 * insertion order. A new key joins the shared table while its `dk_usable` lasts; a non-str
 * key, a full shared table, `popitem` or a resize turns the dict into a combined one.
 *
 * Every function follows CPython's dictobject.c: `dictInsert` steals its key and value, a
 * lookup that calls `__eq__` restarts when the comparison mutated the dict, values are
 * released only after the table is consistent. Keys are hashed by dict-lookup.ts's
 * `keyHashWords` (tuple.ts's `hashWords`, with an exact str's cached hash read directly; 64
 * bits as two int32 halves everywhere inside); exact-str keys skip `__eq__`. Dead exact dicts go to a free list of 80 (freelists.ts).
 *
 * This file has the object: creation, the keys table's lifetime, insertion and deletion, the
 * key-level API, allocation-free iteration and the TypeDef. The table itself is in
 * dict-keys.ts, the lookup probes in dict-lookup.ts, copy, merge, update and fromkeys in
 * dict-merge.ts, the Python-facing slots and methods in dict-methods.ts, views and iterators
 * in dict-views.ts. Names other code imports from those files are re-exported here.
 */
import { dictMaintainTracking } from "./gc-tracking.js";
import type { Runtime } from "./runtime.js";
import { releaseRef } from "./release-ref.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp } from "../compile/opcodes.js";
import { Str } from "./str-layout.js";
import { strHash } from "./str-object.js";
import { newExceptionWithArgs } from "./exceptions.js";
import { containers, FreeListSize } from "./freelists.js";
import { hashHi, hashOut, newTuple, tupleSetItem } from "./tuple.js";
import {
  addToInsertionOrder, copyValues, deleteFromInsertionOrder, freeValues, keysIncref, newValues,
  setValueAt, sharedKeysUsableSize, valueAt, valuesOrderAt,
} from "./dict-values.js";
import {
  Entry, Keys, UEntry, buildIndices, calculateLog2Keysize, estimateLog2Keysize, findEmptySlot, freeKeysMemory,
  keysEntries, keysKind, keysLog2Size, keysNentries, keysSize, keysUsable, lookdictIndex, newKeys, setIndex,
  setKeysNentries, setKeysUsable, usableFraction, entryHashWords, loadEntryHash, writeGeneralEntry,
} from "./dict-keys.js";
import { DictIterKind, newDictIterator } from "./dict-views.js";
import {
  NOT_STR_TABLE, dictLookup, dictLookupRaw, dictLookupStr, dictStrKeyValue, entryKey, entryValue, keyHashWords, sameKeyEntry,
} from "./dict-lookup.js";
import { dictInplaceOr, dictOr } from "./dict-merge.js";
import { replaceSameKeyValue, storeStrKeyValue } from "./dict-replace.js";
import { dictStoreSmallIntKeyTakeRefs } from "./dict-int-key.js";

export { storeStrKeyValue } from "./dict-replace.js";
import {
  dictAssSubscript, dictClearMethod, dictContainsMethod, dictCopyMethod, dictFromkeysMethod, dictGetMethod, dictGetitemMethod,
  dictInit, dictItemsMethod, dictKeysMethod, dictPopMethod, dictPopitemMethod, dictRepr, dictReversedMethod, dictRichcompare,
  dictSetdefaultMethod, dictSizeofMethod, dictSubscript, dictUpdateMethod, dictValuesMethod,
} from "./dict-methods.js";
import { classGetItem } from "./generic-alias.js";

export { dictLookup } from "./dict-lookup.js";
export { dictAsList, dictCopy, dictFromKeys, dictMerge, dictMergeFromSeq2, dictUpdate } from "./dict-merge.js";

export const enum Dict {
  USED = 16,
  VERSION = 24,
  KEYS = 32,
  VALUES = 40,
  SIZE = 48,
}

const TWO32 = 2 ** 32;

// ── fields ──────────────────────────────────────────────────────────────────────────────

export function dictSize(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.USED) >> 2];
}

export function dictKeysObject(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.KEYS) >> 2];
}

/** ma_values: the values array of a split dict, 0 for a combined one. */
export function dictValuesArray(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.VALUES) >> 2];
}

/** The value of entry number ix of d's keys (borrowed; 0 when the entry holds none for d). */
export function dictValueAt(rt: Runtime, d: number, ix: number): number {
  const values = rt.i32[(d + Dict.VALUES) >> 2];
  return values !== 0 ? valueAt(rt, values, ix) : entryValue(rt, rt.i32[(d + Dict.KEYS) >> 2], ix);
}

export function dictSetUsed(rt: Runtime, d: number, n: number): void {
  rt.store(d + Dict.USED, n);
}

/** ma_version_tag = DICT_NEXT_VERSION(). */
export function dictBumpVersion(rt: Runtime, d: number): void {
  const v = ++containers(rt).dictVersion;
  const u32 = rt.u32;
  u32[(d + Dict.VERSION) >> 2] = v >>> 0;
  u32[(d + Dict.VERSION + 4) >> 2] = v < TWO32 ? 0 : Math.floor(v / TWO32);
}

export function isDict(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.DICT_SUBCLASS);
}

function isExactStr(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.str;
}

// ── creation ────────────────────────────────────────────────────────────────────────────

/** new_dict: a dict on `keys` (consumed) holding `used` items; from the free list when possible. */
export function newDictWithKeys(rt: Runtime, keys: number, used: number): number {
  const s = containers(rt);
  let d: number;
  // A new dict starts untracked: it is tracked when something that may be tracked goes in
  // (gc-tracking.ts). Callers that fill the table directly track it themselves.
  if (s.dictCount > 0) {
    d = s.dicts[--s.dictCount];
    rt.store(d + Ob.REFCNT, 1);
  } else {
    try {
      d = rt.allocObject(rt.T.dict, Dict.SIZE);
    } catch (e) {
      if (keys !== s.emptyKeys) dictReleaseKeys(rt, keys);
      throw e;
    }
    rt.gcUntrack(d);
  }
  rt.store(d + Dict.KEYS, keys);
  rt.store(d + Dict.VALUES, 0);
  dictSetUsed(rt, d, used);
  dictBumpVersion(rt, d);
  return d;
}

/** PyDict_New: an empty dict sharing the empty keys table. New reference. */
export function newDict(rt: Runtime): number {
  return newDictWithKeys(rt, containers(rt).emptyKeys, 0);
}

/**
 * new_dict_with_shared_keys: an empty split dict on `keys` (borrowed; the dict takes its own
 * reference) with a fresh values array. New reference.
 */
export function newDictWithSharedKeys(rt: Runtime, keys: number): number {
  keysIncref(rt, keys);
  let values: number;
  try {
    values = newValues(rt, sharedKeysUsableSize(rt, keys));
  } catch (e) {
    dictReleaseKeys(rt, keys);
    throw e;
  }
  return newSplitDict(rt, keys, values, 0);
}

/**
 * new_dict for a split table: a dict on `keys` (a reference the caller gives, released on
 * failure) and `values` (the caller keeps it on failure) holding `used` values. New reference.
 */
export function newSplitDict(rt: Runtime, keys: number, values: number, used: number): number {
  const d = newDictWithKeys(rt, keys, used);
  rt.store(d + Dict.VALUES, values);
  return d;
}

/**
 * PyDict_Copy of a split dict: another split dict on the same keys with a values array of
 * today's usable size, the same insertion order and the same values (increfed). Not from the
 * free list (CPython allocates it with PyObject_GC_New).
 */
export function splitDictCopy(rt: Runtime, d: number): number {
  const keys = dictKeysObject(rt, d);
  const values = copyValues(rt, dictValuesArray(rt, d), sharedKeysUsableSize(rt, keys));
  let copy: number;
  try {
    copy = rt.allocObject(rt.T.dict, Dict.SIZE);
  } catch (e) {
    releaseValues(rt, values, keysNentries(rt, keys));
    throw e;
  }
  // Tracked as the original is (PyObject_GC_New does not track).
  if (!rt.isTracked(d)) rt.gcUntrack(copy);
  keysIncref(rt, keys);
  rt.store(copy + Dict.KEYS, keys);
  rt.store(copy + Dict.VALUES, values);
  dictSetUsed(rt, copy, dictSize(rt, d));
  dictBumpVersion(rt, copy);
  return copy;
}

/** Release the first n values of a values array, then the array. */
function releaseValues(rt: Runtime, values: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = valueAt(rt, values, i);
    if (v !== 0) {
      setValueAt(rt, values, i, 0);
      rt.decref(v);
    }
  }
  freeValues(rt, values);
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
export function dictReleaseKeys(rt: Runtime, k: number): void {
  if (k === containers(rt).emptyKeys) return;
  const refcnt = rt.load(k + Keys.REFCNT) - 1;
  rt.store(k + Keys.REFCNT, refcnt);
  if (refcnt > 0) return;
  releaseEntryRefs(rt, k);
  freeKeysMemory(rt, k);
}

/**
 * Release the keys and values of a table's entries. The loop is a function of its own so that
 * V8's on-stack replacement of it, made during the first large table's release, ends where
 * the loop ends: compiled with the code after a loop that had never run, the replacement
 * would leave the optimized code there on every later release (an eager deoptimization each time).
 */
function releaseEntryRefs(rt: Runtime, k: number): void {
  const n = keysNentries(rt, k);
  const step = (keysKind(rt, k) === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE) >> 2;
  const i32 = rt.i32;
  let p = (keysEntries(rt, k) + (step === Entry.SIZE >> 2 ? Entry.KEY : UEntry.KEY)) >> 2;
  for (let i = 0; i < n; i++, p += step) {
    const key = i32[p];
    const value = i32[p + 2];
    if (key !== 0) releaseRef(rt, key);
    if (value !== 0) releaseRef(rt, value);
  }
}

/**
 * dictresize: move the live entries to a fresh table of 2^log2New slots (UNICODE only if both
 * the old table and `unicode` say so), without dummies; the old table is freed. A split dict
 * becomes combined: its keys are copied (increfed) in its insertion order, its values moved,
 * its values array freed and its reference to the shared keys dropped.
 */
export function dictResize(rt: Runtime, d: number, log2New: number, unicode: boolean): void {
  const old = dictKeysObject(rt, d);
  const oldKind = keysKind(rt, old);
  if (oldKind === Keys.KIND_GENERAL) unicode = false;
  // Entries are not zeroed: both paths below write every word of entries 0..used-1, and
  // insertion writes whole entries past them.
  const nk = newKeys(rt, log2New, unicode, false);
  const used = dictSize(rt, d);
  const oldValues = dictValuesArray(rt, d);
  if (oldValues !== 0) {
    for (let i = 0; i < used; i++) {
      const ix = valuesOrderAt(rt, oldValues, i);
      const key = entryKey(rt, old, ix);
      rt.incref(key);
      writeEntry(rt, nk, i, key, rt.i32[(key + Str.HASH) >> 2], rt.i32[(key + Str.HASH + 4) >> 2], valueAt(rt, oldValues, ix));
    }
    buildIndices(rt, nk, used);
    setKeysUsable(rt, nk, keysUsable(rt, nk) - used);
    setKeysNentries(rt, nk, used);
    rt.store(d + Dict.KEYS, nk);
    rt.store(d + Dict.VALUES, 0);
    dictReleaseKeys(rt, old);
    freeValues(rt, oldValues);
    return;
  }
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
      i32[q + 3] = 0;
      i32[q + 4] = i32[(ep >> 2) + 4];
      i32[q + 5] = 0;
    } else if (newSize === UEntry.SIZE) {
      i32[q] = i32[ep >> 2];
      i32[q + 1] = 0;
      i32[q + 2] = i32[(ep >> 2) + 2];
      i32[q + 3] = 0;
    } else {
      const key = i32[ep >> 2];
      i32[q] = i32[(key + Str.HASH) >> 2];
      i32[q + 1] = i32[(key + Str.HASH + 4) >> 2];
      i32[q + 2] = key;
      i32[q + 3] = 0;
      i32[q + 4] = i32[(ep >> 2) + 2];
      i32[q + 5] = 0;
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

// ── insertion and deletion ──────────────────────────────────────────────────────────────

/** Write entry number nentries for a key known to be absent (steals key and value). */
function insertNew(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  dictMaintainTracking(rt, d, key, value);
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
  const i32 = rt.i32;
  const n = i32[(k + Keys.NENTRIES) >> 2];
  setIndex(rt, k, keysLog2Size(rt, k), findEmptySlot(rt, k, lo, hi), n);
  const values = i32[(d + Dict.VALUES) >> 2];
  if (values !== 0) {
    // The shared table gains the key (its value word stays 0); the value is this dict's.
    writeEntry(rt, k, n, key, lo, hi, 0);
    setValueAt(rt, values, n, value);
    addToInsertionOrder(rt, values, n);
  } else {
    writeEntry(rt, k, n, key, lo, hi, value);
  }
  // ma_used, dk_usable and dk_nentries are non-negative: their high words stay 0.
  i32[(d + Dict.USED) >> 2]++;
  dictBumpVersion(rt, d);
  i32[(k + Keys.USABLE) >> 2]--;
  i32[(k + Keys.NENTRIES) >> 2] = n + 1;
}

function writeEntry(rt: Runtime, k: number, ix: number, key: number, lo: number, hi: number, value: number): void {
  const i32 = rt.i32;
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    writeGeneralEntry(i32, (keysEntries(rt, k) + ix * Entry.SIZE) >> 2, lo, hi, key, value);
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
  dictMaintainTracking(rt, d, key, value);
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
  dictSetUsed(rt, d, dictSize(rt, d) + 1);
  dictBumpVersion(rt, d);
  setKeysUsable(rt, k, keysUsable(rt, k) - 1);
  setKeysNentries(rt, k, 1);
}

/**
 * insertdict: d[key] = value for a key of hash (lo, hi), stealing both references. An existing key
 * keeps its key object and gets the new value; the old value is released last.
 */
export function dictInsert(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  let ix: number;
  try {
    if (keysKind(rt, dictKeysObject(rt, d)) !== Keys.KIND_GENERAL && !isExactStr(rt, key)) insertionResize(rt, d, false);
    ix = dictLookupRaw(rt, d, key, lo, hi);
    if (ix < 0) {
      insertNew(rt, d, key, lo, hi, value);
      return;
    }
  } catch (e) {
    rt.decref(key);
    rt.decref(value);
    throw e;
  }
  dictMaintainTracking(rt, d, key, value);
  const values = dictValuesArray(rt, d);
  if (values !== 0) {
    // The shared table has the key; this dict may or may not have a value for it.
    const old = valueAt(rt, values, ix);
    if (old !== value) {
      setValueAt(rt, values, ix, value);
      if (old === 0) {
        addToInsertionOrder(rt, values, ix);
        dictSetUsed(rt, d, dictSize(rt, d) + 1);
      }
      dictBumpVersion(rt, d);
    }
    if (old !== 0) rt.decref(old);
    rt.decref(key);
    return;
  }
  const k = dictKeysObject(rt, d);
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  const vp = keysEntries(rt, k) + ix * (general ? Entry.SIZE : UEntry.SIZE) + (general ? Entry.VALUE : UEntry.VALUE);
  const old = rt.load(vp);
  if (old !== value) {
    rt.store(vp, value);
    dictBumpVersion(rt, d);
  }
  rt.decref(old);
  rt.decref(key);
}

/** insertdict for a key known to be absent from d (no lookup): steals key and value. */
export function dictInsertAbsentKey(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  try {
    insertNew(rt, d, key, lo, hi, value);
  } catch (e) {
    rt.decref(key);
    rt.decref(value);
    throw e;
  }
}

/** _PyDict_SetItem_Take2 with a known hash: steals key and value. */
function setItemTake2(rt: Runtime, d: number, key: number, lo: number, hi: number, value: number): void {
  const i32 = rt.i32;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL && i32[(d + Dict.VALUES) >> 2] === 0) {
    // A combined GENERAL table (int keys): one identity probe settles most stores.
    const ix = sameKeyEntry(rt, k, key, lo, hi);
    if (ix >= 0) {
      replaceSameKeyValue(rt, d, k, ix, key, value);
      return;
    }
    if (ix === Keys.EMPTY) {
      dictInsertAbsentKey(rt, d, key, lo, hi, value);
      return;
    }
  }
  if (dictKeysObject(rt, d) === containers(rt).emptyKeys) insertToEmpty(rt, d, key, lo, hi, value);
  else dictInsert(rt, d, key, lo, hi, value);
}

/** d[key] = value (PyDict_SetItem): both borrowed (increfed). */
export function dictSetItem(rt: Runtime, d: number, key: number, value: number): void {
  if (storeStrKeyValue(rt, d, key, value)) return;
  keyHashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  rt.incref(key);
  rt.incref(value);
  setItemTake2(rt, d, key, lo, hi, value);
}

/**
 * MAP_ADD (_PyDict_SetItem_Take2): d[key] = value on references the caller hands over; both
 * are released when hashing or a comparison raises. With `value` 0, SET_ADD's s.add(key) on
 * the exact set `d` (see dictStoreSmallIntKeyTakeRefs: the two instructions' one call site).
 */
export function dictSetItemTakeRefs(rt: Runtime, d: number, key: number, value: number): void {
  if (dictStoreSmallIntKeyTakeRefs(rt, d, key, value)) return;
  try {
    keyHashWords(rt, key);
  } catch (e) {
    rt.decref(key);
    rt.decref(value);
    throw e;
  }
  setItemTake2(rt, d, key, hashOut[0], hashOut[1], value);
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
  dictSetUsed(rt, d, dictSize(rt, d) - 1);
  dictBumpVersion(rt, d);
  const values = dictValuesArray(rt, d);
  if (values !== 0) {
    // The key stays in the shared table; only this dict's value and order change.
    setValueAt(rt, values, ix, 0);
    deleteFromInsertionOrder(rt, values, ix);
    rt.decref(oldValue);
    return;
  }
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
  keyHashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  const ix = dictLookup(rt, d, key, lo, hi);
  if (ix < 0) return false;
  const value = dictValueAt(rt, d, ix);
  delitemCommon(rt, d, lo, hi, ix, value);
  return true;
}

/** d[key] as a borrowed reference, or 0. Raises only if hashing or comparing raises. */
export function dictGetItem(rt: Runtime, d: number, key: number): number {
  const v = dictStrKeyValue(rt, d, key);
  if (v !== NOT_STR_TABLE) return v;
  keyHashWords(rt, key);
  const ix = dictLookup(rt, d, key, hashOut[0], hashOut[1]);
  return ix < 0 ? 0 : dictValueAt(rt, d, ix);
}

/** d[key] for a key whose hash words are known: borrowed, or 0. */
export function dictGetItemKnownHash(rt: Runtime, d: number, key: number, lo: number, hi: number): number {
  const ix = dictLookup(rt, d, key, lo, hi);
  return ix < 0 ? 0 : dictValueAt(rt, d, ix);
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
    const ix = dictLookupStr(rt, k, key, h | 0, hashHi(h));
    if (ix < 0) return 0;
    const values = rt.i32[(d + Dict.VALUES) >> 2];
    return values !== 0 ? valueAt(rt, values, ix) : entryValue(rt, k, ix);
  }
  return dictGetItemKnownHash(rt, d, key, h | 0, hashHi(h));
}

/** key in d (PyDict_Contains). */
export function dictContains(rt: Runtime, d: number, key: number): boolean {
  const v = dictStrKeyValue(rt, d, key);
  if (v !== NOT_STR_TABLE) return v !== 0;
  keyHashWords(rt, key);
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
  keyHashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  const ix = dictLookup(rt, d, key, lo, hi);
  if (ix < 0) {
    if (dflt !== 0) {
      rt.incref(dflt);
      return dflt;
    }
    raiseKeyError(rt, key);
  }
  const value = dictValueAt(rt, d, ix);
  rt.incref(value);
  delitemCommon(rt, d, lo, hi, ix, value);
  return value;
}

/** d.setdefault(key, dflt): the value now stored under key (borrowed). */
export function dictSetDefault(rt: Runtime, d: number, key: number, dflt: number): number {
  keyHashWords(rt, key);
  const lo = hashOut[0], hi = hashOut[1];
  if (dictKeysObject(rt, d) === containers(rt).emptyKeys) {
    rt.incref(key);
    rt.incref(dflt);
    insertToEmpty(rt, d, key, lo, hi, dflt);
    return dflt;
  }
  if (keysKind(rt, dictKeysObject(rt, d)) !== Keys.KIND_GENERAL && !isExactStr(rt, key)) insertionResize(rt, d, false);
  const ix = dictLookupRaw(rt, d, key, lo, hi);
  if (ix >= 0) {
    const values = dictValuesArray(rt, d);
    if (values === 0 || valueAt(rt, values, ix) !== 0) return dictValueAt(rt, d, ix);
    // A shared key this split dict has no value for.
    rt.incref(dflt);
    setValueAt(rt, values, ix, dflt);
    addToInsertionOrder(rt, values, ix);
    dictSetUsed(rt, d, dictSize(rt, d) + 1);
    dictBumpVersion(rt, d);
    return dflt;
  }
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
  const oldValues = dictValuesArray(rt, d);
  rt.store(d + Dict.KEYS, empty);
  rt.store(d + Dict.VALUES, 0);
  dictSetUsed(rt, d, 0);
  dictBumpVersion(rt, d);
  if (oldValues !== 0) releaseValues(rt, oldValues, keysNentries(rt, old));
  dictReleaseKeys(rt, old);
}

// ── allocation-free iteration ───────────────────────────────────────────────────────────

/*
 * Positions: a combined dict's position i is its entry i (deleted ones included, reading 0);
 * a split dict's position i is the i-th value of its insertion order (all live), so a split
 * dict iterates in the order its own items were added, as CPython's.
 */

/** Positions to scan; iterate i in [0, count). */
export function dictEntryCount(rt: Runtime, d: number): number {
  return rt.i32[(d + Dict.VALUES) >> 2] !== 0 ? dictSize(rt, d) : keysNentries(rt, dictKeysObject(rt, d));
}

/** The entry number at position i. */
function entryAtPosition(rt: Runtime, d: number, i: number): number {
  const values = rt.i32[(d + Dict.VALUES) >> 2];
  return values !== 0 ? valuesOrderAt(rt, values, i) : i;
}

/** Key at position i (borrowed), or 0 for a deleted entry. */
export function dictEntryKey(rt: Runtime, d: number, i: number): number {
  const i32 = rt.i32;
  const k = i32[(d + Dict.KEYS) >> 2];
  const values = i32[(d + Dict.VALUES) >> 2];
  if (values !== 0) return entryKey(rt, k, valuesOrderAt(rt, values, i));
  // An entry without a value is deleted: no key.
  if (rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL) {
    const ep = (keysEntries(rt, k) + i * Entry.SIZE) >> 2;
    return i32[ep + (Entry.VALUE >> 2)] === 0 ? 0 : i32[ep + (Entry.KEY >> 2)];
  }
  const ep = (keysEntries(rt, k) + i * UEntry.SIZE) >> 2;
  return i32[ep + (UEntry.VALUE >> 2)] === 0 ? 0 : i32[ep + (UEntry.KEY >> 2)];
}

/** Value at position i (borrowed), or 0 for a deleted entry. */
export function dictEntryValue(rt: Runtime, d: number, i: number): number {
  const i32 = rt.i32;
  const values = i32[(d + Dict.VALUES) >> 2];
  if (values !== 0) return valueAt(rt, values, valuesOrderAt(rt, values, i));
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL) return i32[((keysEntries(rt, k) + i * Entry.SIZE) >> 2) + (Entry.VALUE >> 2)];
  return i32[((keysEntries(rt, k) + i * UEntry.SIZE) >> 2) + (UEntry.VALUE >> 2)];
}

/** The stored hash of the live entry at position i as a JS number (exact below 2^53; see hashWords). */
export function dictEntryHash(rt: Runtime, d: number, i: number): number {
  loadEntryHash(rt, dictKeysObject(rt, d), entryAtPosition(rt, d, i));
  return entryHashWords[1] * TWO32 + (entryHashWords[0] >>> 0);
}

/** The stored hash words of the live entry at position i into hashOut (tuple.ts). */
export function dictEntryHashWords(rt: Runtime, d: number, i: number): void {
  loadEntryHash(rt, dictKeysObject(rt, d), entryAtPosition(rt, d, i));
  hashOut[0] = entryHashWords[0];
  hashOut[1] = entryHashWords[1];
}

// ── the type ────────────────────────────────────────────────────────────────────────────

function dictDealloc(rt: Runtime, d: number): void {
  const keys = dictKeysObject(rt, d);
  const values = dictValuesArray(rt, d);
  if (values !== 0) releaseValues(rt, values, keysNentries(rt, keys));
  dictReleaseKeys(rt, keys);
  const s = containers(rt);
  if (s.dictCount < FreeListSize.DICT && rt.typeOf(d) === rt.T.dict) {
    s.dicts[s.dictCount++] = d;
    return;
  }
  rt.freeObject(d);
}

/** dict.__new__: a fresh empty instance (tp_alloc, not the free list). */
export function dictNew(rt: Runtime, cls: number): number {
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const d = rt.allocObject(cls, basicsize);
  rt.i32.fill(0, (d + Dict.USED) >> 2, (d + basicsize) >> 2);
  rt.store(d + Dict.KEYS, containers(rt).emptyKeys);
  dictBumpVersion(rt, d);
  // dict_new: an exact dict starts untracked; a subclass's instance stays tracked.
  if (cls === rt.T.dict) rt.gcUntrack(d);
  return d;
}

function dictTraverse(rt: Runtime, d: number, visit: (child: number) => void): void {
  const k = dictKeysObject(rt, d);
  const n = keysNentries(rt, k);
  const values = dictValuesArray(rt, d);
  if (values !== 0) {
    for (let i = 0; i < n; i++) {
      const value = valueAt(rt, values, i);
      if (value !== 0) visit(value);
    }
    return;
  }
  const general = keysKind(rt, k) === Keys.KIND_GENERAL;
  for (let i = 0; i < n; i++) {
    const value = entryValue(rt, k, i);
    if (value === 0) continue;
    visit(value);
    if (general) visit(entryKey(rt, k, i));
  }
}

/**
 * _PyDict_SizeOf: the object, plus a split dict's value slots counted as the shared keys'
 * usable size today (not the array's real size), plus the keys table when nobody shares it.
 */
export function dictSizeof(rt: Runtime, d: number): number {
  const k = dictKeysObject(rt, d);
  let size = rt.i32[(rt.typeOf(d) + Tp.BASICSIZE) >> 2];
  if (dictValuesArray(rt, d) !== 0) size += 8 * sharedKeysUsableSize(rt, k);
  if (k !== containers(rt).emptyKeys && rt.load(k + Keys.REFCNT) === 1) size += keysSize(rt, k);
  return size;
}

/** iter(d): a dict_keyiterator. */
export function dictIter(rt: Runtime, d: number): number {
  return newDictIterator(rt, d, DictIterKind.KEYS, false);
}

const dictNb: (BinarySlot | undefined)[] = [];
dictNb[BinaryOp.OR] = dictOr;
const dictNbInplace: (BinarySlot | undefined)[] = [];
dictNbInplace[BinaryOp.OR] = dictInplaceOr;

export const dictType: TypeDef = {
  name: "dict",
  basicsize: Dict.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.DICT_SUBCLASS | TpFlag.MAPPING | TpFlag.MATCH_SELF,
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
    { name: "update", fn: dictUpdateMethod, packsArgs: true, doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F." },
    { name: "fromkeys", fn: dictFromkeysMethod, classMethod: true, doc: "Create a new dictionary with keys from iterable and values set to value." },
    { name: "clear", fn: dictClearMethod, doc: "D.clear() -> None.  Remove all items from D." },
    { name: "copy", fn: dictCopyMethod, doc: "D.copy() -> a shallow copy of D" },
    { name: "__reversed__", fn: dictReversedMethod, doc: "Return a reverse iterator over the dict keys." },
    { name: "__class_getitem__", fn: classGetItem("dict"), classMethod: true, doc: "See PEP 585" },
  ],
};
