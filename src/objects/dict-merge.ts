/**
 * Dicts built from other collections: copy, merge and update (`d.update(...)`, `dict(...)`,
 * `|` and `|=`), dict.fromkeys, and the list forms of keys, values and items.
 *
 * A real dict whose `__iter__` is dict's own is read entry by entry with its stored hashes,
 * never rehashing: copying a compact enough dict clones its whole keys table (CPython's
 * clone_combined_dict_keys), merging into an empty dict may do the same, and otherwise a
 * target too small for the source grows once, up front. Any other mapping goes through
 * `keys()` and `[]`, any other iterable must yield pairs. A merge raises "dict mutated during update" when the source's
 * entries change under it, and a failed merge leaves what was already inserted. Results are
 * new references; arguments are borrowed.
 */
import type { Runtime } from "./runtime.js";
import { PY_RAISED } from "./errors.js";
import { call0, callMethod, getItem, getIter, iterNext, lookupAttr, setItem } from "./abstract.js";
import { arg, kwCount } from "./args.js";
import { Tuple, hashOut, newTuple, notImplemented, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { listItems, listSize, newList, sequenceFast } from "./list.js";
import { Keys, estimateLog2Keysize, keysKind, keysLog2Size, keysNentries, keysSize, usableFraction } from "./dict-keys.js";
import { freeValues } from "./dict-values.js";
import { DictIterKind } from "./dict-views.js";
import { SetField, isAnySet, setNextEntry } from "./set.js";
import {
  Dict, dictBumpVersion, dictContains, dictEntryCount, dictEntryHashWords, dictEntryKey, dictEntryValue, dictInsert, dictIter,
  dictKeysObject, dictNew, dictReleaseKeys, dictResize, dictSetDefault, dictSetItem, dictSetUsed, dictSize, dictValuesArray,
  isDict, newDict, newDictWithKeys, raiseKeyError, splitDictCopy,
} from "./dict.js";
import { dictLookup, entryKey, entryValue } from "./dict-lookup.js";

// ── fromkeys ────────────────────────────────────────────────────────────────────────────

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
          dictEntryHashWords(rt, iterable, i);
          const lo = hashOut[0], hi = hashOut[1];
          rt.incref(key);
          rt.incref(value);
          dictInsert(rt, d, key, lo, hi, value);
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
          dictInsert(rt, d, key, rt.i32[(entry + 8) >> 2], rt.i32[(entry + 12) >> 2], value);
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

/**
 * PyDict_Copy: a new dict with the same items: a split copy of a split dict, a table clone
 * of a compact enough combined one, else a merge.
 */
export function dictCopy(rt: Runtime, d: number): number {
  const used = dictSize(rt, d);
  if (used === 0) return newDict(rt);
  if (dictValuesArray(rt, d) !== 0) return splitDictCopy(rt, d);
  const k = dictKeysObject(rt, d);
  if (hasDictIter(rt, d) && used >= Math.floor((keysNentries(rt, k) * 2) / 3)) {
    const copy = newDictWithKeys(rt, cloneKeys(rt, d), used);
    // The table was copied, not inserted into: tracked as the original is.
    if (rt.isTracked(d)) rt.gcTrack(copy);
    return copy;
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
      if (
        dictValuesArray(rt, b) === 0 && dictSize(rt, b) === keysNentries(rt, okeys) &&
        (log2 === Keys.LOG2_MINSIZE || usableFraction((1 << log2) >> 1) < dictSize(rt, b))
      ) {
        const keys = cloneKeys(rt, b);
        const old = dictKeysObject(rt, a);
        const oldValues = dictValuesArray(rt, a);
        rt.store(a + Dict.KEYS, keys);
        rt.store(a + Dict.VALUES, 0);
        dictSetUsed(rt, a, dictSize(rt, b));
        dictBumpVersion(rt, a);
        if (rt.isTracked(b) && !rt.isTracked(a)) rt.gcTrack(a);
        dictReleaseKeys(rt, old);
        // An empty split dict's values array holds no value.
        if (oldValues !== 0) freeValues(rt, oldValues);
        return;
      }
    }
    if (usableFraction(1 << keysLog2Size(rt, dictKeysObject(rt, a))) < dictSize(rt, b)) {
      dictResize(rt, a, estimateLog2Keysize(dictSize(rt, a) + dictSize(rt, b)), keysKind(rt, okeys) !== Keys.KIND_GENERAL);
    }
    const origSize = keysNentries(rt, dictKeysObject(rt, b));
    for (let i = 0; i < dictEntryCount(rt, b); i++) {
      const value = dictEntryValue(rt, b, i);
      if (value === 0) continue;
      const key = dictEntryKey(rt, b, i);
      dictEntryHashWords(rt, b, i);
      const lo = hashOut[0], hi = hashOut[1];
      rt.incref(key);
      rt.incref(value);
      if (override === 1) {
        dictInsert(rt, a, key, lo, hi, value);
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
          dictInsert(rt, a, key, lo, hi, value);
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
export function dictUpdateCommon(rt: Runtime, d: number, args: number, nargs: number, kwnames: number, fname: string): void {
  if (nargs > 1) throw rt.raise(rt.E.TypeError, `${fname} expected at most 1 argument, got ${nargs}`);
  if (nargs === 1) dictUpdate(rt, d, arg(rt, args, 0));
  updateFromKeywords(rt, d, args, nargs, kwnames);
}

export function dictOr(rt: Runtime, a: number, b: number): number {
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

export function dictInplaceOr(rt: Runtime, a: number, b: number): number {
  if (!isDict(rt, a)) return notImplemented(rt);
  dictUpdate(rt, a, b);
  rt.incref(a);
  return a;
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
