/**
 * Instance attributes without a dict: CPython 3.11's inline values of managed-dict instances.
 *
 * A class whose instances have a managed dict (flag MANAGED_DICT) owns shared keys
 * (`ht_cached_keys`, dict-values.ts). `object.__new__` gives each instance a values array
 * sized by those keys (lowering their `dk_usable` by one, down to 1) and stores it in the
 * pre-header at obj-32; the dict word at obj-24 stays 0. An attribute store appends a new
 * name to the shared keys while they have room and puts the value in the instance's array
 * (in the instance's own insertion order); a load reads it back through the shared keys.
 *
 * The dict is made only when needed (`materializeInstanceDict`): for `obj.__dict__`, a name
 * that is not an exact str, a new name the shared keys have no room for, or a `__class__`
 * assignment. It is a split dict on the same shared keys that takes over the values array
 * (obj-32 goes back to 0); from then on obj-24 is used. So at any time at most one of the two
 * words is set.
 *
 * References: the values array owns its values; the class owns its shared keys; a split dict
 * owns a reference to the keys (dk_refcnt) and owns its values array.
 */
import { mayBeTracked } from "./gc-tracking.js";
import type { Runtime } from "./runtime.js";
import { ManagedDict, Tp, TpFlag } from "./layout.js";
import { Str } from "./str-layout.js";
import { Keys, findEmptySlot, keysLog2Size, keysNentries, keysUsable, keysEntries, setIndex, setKeysNentries, setKeysUsable, UEntry } from "./dict-keys.js";
import { dictLookupStr } from "./dict-lookup.js";
import {
  addToInsertionOrder, deleteFromInsertionOrder, freeValues, keysIncref, newValues, setValueAt, sharedKeysUsableSize, valueAt,
} from "./dict-values.js";
import { dictDelItem, dictSetItem, newSplitDict } from "./dict.js";
import { strHash } from "./str-object.js";
import { hashHi } from "./tuple.js";

/** The class's shared keys (borrowed), or 0: only classes with a managed dict have them. */
export function cachedKeys(rt: Runtime, type: number): number {
  return rt.typeFlags(type) & TpFlag.HEAPTYPE ? rt.i32[(type + Tp.HT_CACHED_KEYS) >> 2] : 0;
}

/** The values array of a managed-dict instance, or 0. */
export function instanceValues(rt: Runtime, o: number): number {
  return rt.i32[(o + ManagedDict.VALUES) >> 2];
}

/**
 * init_inline_values (from object.__new__): give a new instance of a class with shared keys
 * its empty values array. Each instance lowers the keys' `dk_usable` (never below 1), so the
 * later an instance is made, the fewer slots its array (and a dict made from it) counts.
 */
export function initInstanceValues(rt: Runtime, o: number): void {
  const keys = cachedKeys(rt, rt.typeOf(o));
  if (keys === 0) return;
  const usable = keysUsable(rt, keys);
  if (usable > 1) setKeysUsable(rt, keys, usable - 1);
  rt.store(o + ManagedDict.VALUES, newValues(rt, sharedKeysUsableSize(rt, keys)));
}

/**
 * The entry number of exact-str `name` in the shared keys of class `type` (a class with a
 * managed dict), or -1. Shared keys only ever gain entries, so a name's number stays valid for
 * the class's life: a cache may keep it and read `instanceValueAt` directly.
 */
export function sharedKeysIndex(rt: Runtime, type: number, name: number): number {
  const i32 = rt.i32;
  // The str's cached hash words (lo, hi); -1, -1 means not computed yet (never a real hash).
  let lo = i32[(name + Str.HASH) >> 2];
  let hi = i32[(name + Str.HASH + 4) >> 2];
  if (lo === -1 && hi === -1) {
    strHash(rt, name);
    lo = i32[(name + Str.HASH) >> 2];
    hi = i32[(name + Str.HASH + 4) >> 2];
  }
  const ix = dictLookupStr(rt, i32[(type + Tp.HT_CACHED_KEYS) >> 2], name, lo, hi);
  return ix < 0 ? -1 : ix;
}

/**
 * Value `ix` (a sharedKeysIndex of o's class) of o's inline values (borrowed), or 0 when o has
 * no inline values (its dict was made) or no value for that name.
 */
export function instanceValueAt(rt: Runtime, o: number, ix: number): number {
  const i32 = rt.i32;
  const values = i32[(o + ManagedDict.VALUES) >> 2];
  return values === 0 ? 0 : i32[(values + 8 * ix) >> 2];
}

/**
 * o.name = v for a name whose sharedKeysIndex in o's class is `ix` (v borrowed, not 0): stores
 * into o's inline values and returns true, or returns false (nothing done) when o has no
 * inline values. Every values array of a class has room for every index its shared keys give.
 */
export function storeInstanceValueAt(rt: Runtime, o: number, ix: number, v: number): boolean {
  const i32 = rt.i32;
  const values = i32[(o + ManagedDict.VALUES) >> 2];
  if (values === 0) return false;
  const p = (values + 8 * ix) >> 2;
  const old = i32[p];
  i32[v >> 2]++;
  i32[p] = v;
  i32[p + 1] = 0;
  if (old === 0) addToInsertionOrder(rt, values, ix);
  else rt.decref(old);
  return true;
}

/** _PyObject_GetInstanceAttribute: the value of exact-str `name` in o's values (borrowed), or 0. */
export function instanceValuesGet(rt: Runtime, o: number, values: number, name: number): number {
  const ix = sharedKeysIndex(rt, rt.typeOf(o), name);
  return ix < 0 ? 0 : valueAt(rt, values, ix);
}

/**
 * insert_into_dictkeys: the entry number of exact-str `name` in shared keys `keys`, adding it
 * when the keys have room; -1 (EMPTY) when they have not.
 */
function insertIntoSharedKeys(rt: Runtime, type: number, keys: number, name: number): number {
  let ix = sharedKeysIndex(rt, type, name);
  if (ix >= 0) return ix;
  if (keysUsable(rt, keys) <= 0) return Keys.EMPTY;
  const h = strHash(rt, name);
  const lo = h | 0, hi = hashHi(h);
  rt.incref(name);
  rt.u32[(keys + Keys.VERSION) >> 2] = 0;
  ix = keysNentries(rt, keys);
  setIndex(rt, keys, keysLog2Size(rt, keys), findEmptySlot(rt, keys, lo, hi), ix);
  rt.store(keysEntries(rt, keys) + ix * UEntry.SIZE + UEntry.KEY, name);
  setKeysUsable(rt, keys, keysUsable(rt, keys) - 1);
  setKeysNentries(rt, keys, ix + 1);
  return ix;
}

/**
 * make_dict_from_instance_attributes: a split dict on `keys` (it takes a reference) that
 * takes over `values` (kept by the caller if making the dict fails). New reference.
 */
function makeDictFromValues(rt: Runtime, keys: number, values: number): number {
  keysIncref(rt, keys);
  let used = 0;
  let track = false;
  for (let i = 0, n = sharedKeysUsableSize(rt, keys); i < n; i++) {
    const v = valueAt(rt, values, i);
    if (v === 0) continue;
    used++;
    if (!track && mayBeTracked(rt, v)) track = true;
  }
  const d = newSplitDict(rt, keys, values, used);
  // make_dict_from_instance_attributes: tracked when a value may be part of a cycle.
  if (track) rt.gcTrack(d);
  return d;
}

/**
 * Turn o's inline values into its dict (a split dict on the class's shared keys), if it has
 * values. Afterwards obj-32 is 0 and obj-24 holds whatever dict o has. Managed-dict instances only.
 */
export function materializeInstanceDict(rt: Runtime, o: number): void {
  const values = instanceValues(rt, o);
  if (values === 0) return;
  const dict = makeDictFromValues(rt, cachedKeys(rt, rt.typeOf(o)), values);
  rt.store(o + ManagedDict.VALUES, 0);
  rt.store(o + ManagedDict.DICT, dict);
}

/**
 * _PyObject_StoreInstanceAttribute: o.name = value (borrowed; 0 deletes) for an instance that
 * still has inline values. Returns false when deleting a name o does not have (the caller
 * raises AttributeError). A name the shared keys cannot take (not an exact str, or no room
 * left) makes o's dict first and goes there.
 */
export function instanceValuesStore(rt: Runtime, o: number, values: number, name: number, value: number): boolean {
  const type = rt.typeOf(o);
  const ix = rt.typeOf(name) === rt.T.str ? insertIntoSharedKeys(rt, type, cachedKeys(rt, type), name) : Keys.EMPTY;
  if (ix === Keys.EMPTY) {
    materializeInstanceDict(rt, o);
    const dict = rt.load(o + ManagedDict.DICT);
    if (value === 0) return dictDelItem(rt, dict, name);
    dictSetItem(rt, dict, name, value);
    return true;
  }
  if (value !== 0) return storeInstanceValueAt(rt, o, ix, value);
  const old = valueAt(rt, values, ix);
  if (old === 0) return false;
  setValueAt(rt, values, ix, 0);
  deleteFromInsertionOrder(rt, values, ix);
  rt.decref(old);
  return true;
}

/** _PyObject_FreeInstanceAttributes (subtype_dealloc): release o's inline values and the array. */
export function freeInstanceValues(rt: Runtime, o: number): void {
  const values = instanceValues(rt, o);
  if (values === 0) return;
  rt.store(o + ManagedDict.VALUES, 0);
  const n = keysNentries(rt, cachedKeys(rt, rt.typeOf(o)));
  for (let i = 0; i < n; i++) {
    const v = valueAt(rt, values, i);
    if (v !== 0) rt.decref(v);
  }
  freeValues(rt, values);
}

/** _PyObject_VisitInstanceAttributes (subtype_traverse). */
export function visitInstanceValues(rt: Runtime, o: number, visit: (child: number) => void): void {
  const values = instanceValues(rt, o);
  if (values === 0) return;
  const n = keysNentries(rt, cachedKeys(rt, rt.typeOf(o)));
  for (let i = 0; i < n; i++) {
    const v = valueAt(rt, values, i);
    if (v !== 0) visit(v);
  }
}

/**
 * _PyObject_ClearInstanceAttributes (subtype_clear): drop every inline value, keeping the
 * (now empty) array. glasspy also empties the insertion order, so the array stays consistent.
 */
export function clearInstanceValues(rt: Runtime, o: number): void {
  const values = instanceValues(rt, o);
  if (values === 0) return;
  const n = keysNentries(rt, cachedKeys(rt, rt.typeOf(o)));
  rt.u8[values - 2] = 0;
  for (let i = 0; i < n; i++) {
    const v = valueAt(rt, values, i);
    if (v !== 0) {
      setValueAt(rt, values, i, 0);
      rt.decref(v);
    }
  }
}
