/**
 * Dict stores that replace the value of a key the table already holds, in place: no insertion,
 * no resize, no comparison (so no Python code runs before the old value's release). The
 * callers (dict.ts's setItemTake2 and dictSetItem, the eval loop's STORE_SUBSCR) fall back to
 * insertdict's general path when these answer that they did nothing.
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";
import { dictMaintainTracking } from "./gc-tracking.js";
import { Entry, Keys, UEntry, keysEntries } from "./dict-keys.js";
import { strKeyEntry } from "./dict-lookup.js";
import { Dict, dictBumpVersion } from "./dict.js";

/**
 * insertdict's case for `{v: k for k, v in pairs}` and `d[small_int] = v`: entry ix of d's
 * combined GENERAL table k holds `key` itself. The value is replaced in place, using up the
 * references handed over (the table keeps its key, the same object).
 */
export function replaceSameKeyValue(rt: Runtime, d: number, k: number, ix: number, key: number, value: number): void {
  const i32 = rt.i32;
  dictMaintainTracking(rt, d, key, value);
  const vp = (keysEntries(rt, k) + ix * Entry.SIZE + Entry.VALUE) >> 2;
  const old = i32[vp];
  i32[vp] = value;
  if (old !== value) dictBumpVersion(rt, d);
  // The table holds key too: its count stays above zero.
  i32[key >> 2]--;
  rt.decref(old);
}

/**
 * insertdict's commonest case, d[key] = value for an exact str key already in d's combined
 * UNICODE table: the value is replaced in place (no Python code runs before the old value's
 * release). Returns false, having changed nothing, for every other case.
 */
export function replaceStrKeyValue(rt: Runtime, d: number, key: number, value: number): boolean {
  const i32 = rt.i32;
  if (i32[(key + Ob.TYPE) >> 2] !== rt.T.str || i32[(d + Dict.VALUES) >> 2] !== 0) return false;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] !== Keys.KIND_UNICODE) return false;
  const ix = strKeyEntry(rt, k, key);
  if (ix < 0) return false;
  dictMaintainTracking(rt, d, key, value);
  const vp = (keysEntries(rt, k) + ix * UEntry.SIZE + UEntry.VALUE) >> 2;
  const old = i32[vp];
  if (old !== value) {
    i32[value >> 2]++;
    i32[vp] = value;
    dictBumpVersion(rt, d);
    rt.decref(old);
  }
  return true;
}

/**
 * STORE_SUBSCR's `d[key] = value` for an exact dict and an exact str key already in its
 * combined UNICODE table (replaceStrKeyValue's case), for the eval loop: the table takes its
 * own reference to value and the replaced value is returned, a reference the caller releases
 * (it may be value itself: the count then comes out unchanged, as in insertdict). 0, having
 * changed nothing, in every other case (the general path's).
 */
export function dictStoreStrKeyTakeOld(rt: Runtime, d: number, key: number, value: number): number {
  const i32 = rt.i32;
  if (i32[(key + Ob.TYPE) >> 2] !== rt.T.str || i32[(d + Dict.VALUES) >> 2] !== 0) return 0;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] !== Keys.KIND_UNICODE) return 0;
  const ix = strKeyEntry(rt, k, key);
  if (ix < 0) return 0;
  dictMaintainTracking(rt, d, key, value);
  const vp = (keysEntries(rt, k) + ix * UEntry.SIZE + UEntry.VALUE) >> 2;
  const old = i32[vp];
  i32[value >> 2]++;
  if (old !== value) {
    i32[vp] = value;
    dictBumpVersion(rt, d);
  }
  return old;
}
