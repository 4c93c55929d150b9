/**
 * Dict stores that need none of insertdict's general path: a value replaced in place where the
 * table holds the key (no insertion, no resize, no comparison, so no Python code runs before
 * the old value's release), and exact str keys inserted after their one lookup. The callers
 * (dict.ts's setItemTake2 and dictSetItem, the eval loop's STORE_SUBSCR) fall back to the
 * general path when these answer that they did nothing.
 */
import type { Runtime } from "./runtime.js";
import { GcHead, Ob } from "./layout.js";
import { dictMaintainTracking } from "./gc-tracking.js";
import { Entry, Keys, UEntry, keysEntries } from "./dict-keys.js";
import { dictLookupStr } from "./dict-lookup.js";
import { Dict, dictBumpVersion, dictInsertAbsentKey } from "./dict.js";
import { Str } from "./str-layout.js";
import { cacheStrHash } from "./str-object.js";
import { containers } from "./freelists.js";

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
 * insertdict's commonest cases, d[key] = value for an exact str key and d's combined UNICODE
 * table (whose lookup runs no Python code): the value of a key the table holds is replaced in
 * place, and a key it lacks is inserted after that one lookup (insertdict's insert_new; the
 * shared empty table is left to insert_to_emptydict). Both references are borrowed: the table
 * takes its own. Returns the replaced value, whose reference (the table's) passes to the caller
 * to release last, as insertdict releases it; None (a new reference) when the key was inserted;
 * 0, having changed nothing, for every other case. For compiled code's STORE_SUBSCR, which
 * releases the old value as it releases a list's replaced item.
 */
export function replaceStrKeyValue(rt: Runtime, d: number, key: number, value: number): number {
  const i32 = rt.i32;
  if (i32[(key + Ob.TYPE) >> 2] !== rt.T.str || i32[(d + Dict.VALUES) >> 2] !== 0) return 0;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] !== Keys.KIND_UNICODE) return 0;
  if (i32[(key + Str.HASH) >> 2] === -1 && i32[(key + Str.HASH + 4) >> 2] === -1) cacheStrHash(rt, key);
  const lo = i32[(key + Str.HASH) >> 2], hi = i32[(key + Str.HASH + 4) >> 2];
  const ix = dictLookupStr(rt, k, key, lo, hi);
  if (ix < 0) {
    if (k === containers(rt).emptyKeys) return 0;
    i32[key >> 2]++;
    i32[value >> 2]++;
    dictInsertAbsentKey(rt, d, key, lo, hi, value);
    const none = rt.S.None;
    i32[none >> 2]++;
    return none;
  }
  // MAINTAIN_TRACKING: the key is an exact str (never tracked); an untracked dict stays so
  // for an exact int or str value without asking the value's type flags.
  if (i32[(d + GcHead.NEXT) >> 2] === 0) {
    const vt = i32[(value + Ob.TYPE) >> 2];
    if (vt !== rt.T.int && vt !== rt.T.str) dictMaintainTracking(rt, d, key, value);
  }
  const vp = (keysEntries(rt, k) + ix * UEntry.SIZE + UEntry.VALUE) >> 2;
  const old = i32[vp];
  i32[value >> 2]++;
  i32[vp] = value;
  if (old !== value) dictBumpVersion(rt, d);
  return old;
}

/**
 * replaceStrKeyValue with the replaced value released here: false, having changed nothing,
 * for the cases it does not take. For d[key] = v in the eval loop's STORE_SUBSCR and
 * PyDict_SetItem.
 */
export function storeStrKeyValue(rt: Runtime, d: number, key: number, value: number): boolean {
  const old = replaceStrKeyValue(rt, d, key, value);
  if (old === 0) return false;
  rt.decref(old);
  return true;
}
