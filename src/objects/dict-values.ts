/**
 * Split tables: the values array of a dict that shares its keys (CPython 3.11's PyDictValues)
 * and the shared keys object a class caches for its instances (ht_cached_keys).
 *
 * A class with a managed dict owns one keys table of kind SPLIT: 64 index slots, 42 entry
 * slots, but `dk_usable` starts at 30 (SHARED_KEYS_MAX_SIZE). Its entries hold only keys
 * (attribute names, exact str) in first-insertion order across all instances; their value
 * words stay 0. Each instance (or split dict) keeps its own values array:
 *
 *        prefix: round_up(size + 2, 8) bytes                    size pointer words
 *   ┌───────────────────┬──────────┬──────┬─────────────┐ ┌─────────┬─────────┬─────
 *   │ ... order[1] order[0] │ used │ prefix size │ │ value 0 │ value 1 │ ...
 *   └───────────────────┴──────────┴──────┴─────────────┘ └─────────┴─────────┴─────
 *                                 values-2  values-1       values
 *
 * `values` (the address stored in ma_values or the instance pre-header) points at value 0;
 * value ix belongs to shared entry ix. The byte before it is the prefix's size, the one
 * before that the number of values present, and before those, growing downwards, the entry
 * numbers in this dict's own insertion order (order[i] at values-3-i). The array is a
 * MEM-domain block (rt.mem) of prefix + 8·size bytes, size = dk_nentries + dk_usable of the
 * shared keys when it was made. That sum never grows afterwards (a new key moves one from
 * usable to nentries, a new instance lowers usable), so every entry number the shared table
 * will ever hand out fits every values array made for it.
 */
import type { Runtime } from "./runtime.js";
import { Keys, keysNentries, keysUsable, newKeys, setKeysUsable } from "./dict-keys.js";

/** SHARED_KEYS_MAX_SIZE: the attribute names a class's shared keys take before instances fall back to combined dicts. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** NEXT_LOG2_SHARED_KEYS_MAX_SIZE: the shared table has 2^6 index slots. */
const LOG2_SHARED_KEYS_SIZE = 6;

/** _PyDict_NewKeysForClass: an empty SPLIT table for a class, dk_refcnt 1 (the class's). */
export function newKeysForClass(rt: Runtime): number {
  const k = newKeys(rt, LOG2_SHARED_KEYS_SIZE, true);
  setKeysUsable(rt, k, SHARED_KEYS_MAX_SIZE);
  rt.u8[k + Keys.KIND] = Keys.KIND_SPLIT;
  return k;
}

/** shared_keys_usable_size: value slots a values array made now for keys `k` gets. */
export function sharedKeysUsableSize(rt: Runtime, k: number): number {
  return keysNentries(rt, k) + keysUsable(rt, k);
}

/** new_values: a values array of `size` empty slots and an empty insertion order. */
export function newValues(rt: Runtime, size: number): number {
  const prefix = (size + 2 + 7) & ~7;
  const block = rt.mem(prefix + 8 * size);
  rt.zeroWords(block, (prefix + 8 * size) >> 2);
  const values = block + prefix;
  rt.u8[values - 1] = prefix;
  return values;
}

/** free_values: give the array's block back (its values already released or moved). */
export function freeValues(rt: Runtime, values: number): void {
  rt.heap.free(values - rt.u8[values - 1]);
}

/** Value of entry ix (borrowed), or 0. */
export function valueAt(rt: Runtime, values: number, ix: number): number {
  return rt.i32[(values + 8 * ix) >> 2];
}

/** Store entry ix's value word (no reference counting). */
export function setValueAt(rt: Runtime, values: number, ix: number, v: number): void {
  rt.store(values + 8 * ix, v);
}

/** How many values the array holds (its insertion order's length). */
export function valuesCount(rt: Runtime, values: number): number {
  return rt.u8[values - 2];
}

/** get_index_from_order: the entry number of the i-th value in insertion order. */
export function valuesOrderAt(rt: Runtime, values: number, i: number): number {
  return rt.u8[values - 3 - i];
}

/** _PyDictValues_AddToInsertionOrder: entry ix now has a value; it comes last. */
export function addToInsertionOrder(rt: Runtime, values: number, ix: number): void {
  const n = rt.u8[values - 2] + 1;
  rt.u8[values - 2 - n] = ix;
  rt.u8[values - 2] = n;
}

/** delete_index_from_values: entry ix lost its value; the later ones move up one place. */
export function deleteFromInsertionOrder(rt: Runtime, values: number, ix: number): void {
  const u8 = rt.u8;
  const n = u8[values - 2];
  let i = 0;
  while (i < n && u8[values - 3 - i] !== ix) i++;
  for (; i < n - 1; i++) u8[values - 3 - i] = u8[values - 4 - i];
  u8[values - 2] = n - 1;
}

/** A copy of `values` with `size` slots: same insertion order, each value increfed. */
export function copyValues(rt: Runtime, values: number, size: number): number {
  const copy = newValues(rt, size);
  const n = valuesCount(rt, values);
  for (let i = 0; i < n; i++) rt.u8[copy - 3 - i] = rt.u8[values - 3 - i];
  rt.u8[copy - 2] = n;
  for (let ix = 0; ix < size; ix++) {
    const v = valueAt(rt, values, ix);
    if (v !== 0) {
      rt.incref(v);
      setValueAt(rt, copy, ix, v);
    }
  }
  return copy;
}

/** dictkeys_incref. */
export function keysIncref(rt: Runtime, k: number): void {
  rt.store(k + Keys.REFCNT, rt.load(k + Keys.REFCNT) + 1);
}
