/**
 * Dict stores of an exact int key of at most one digit into a combined GENERAL table (the
 * `{i: ... for i in ...}` and `{v: k for k, v in ...}` comprehensions' MAP_ADD): the hash,
 * the probe, the comparison of an int found with the same hash, and the insertion or the
 * replacement of the value, in one function. Such a key hashes to its value, and an exact
 * int equals it exactly when it has the same ob_size and digit, so no comparison can run
 * Python code and the probe never restarts. What CPython's insertdict does is done in its
 * order: MAINTAIN_TRACKING, then either the new entry (at find_empty_slot's slot: the first
 * EMPTY or DUMMY index of the probe) or the new value, the old value released before the
 * key handed over.
 */
import type { Runtime } from "./runtime.js";
import { GcHead, Ob } from "./layout.js";
import { Int } from "./int.js";
import { mayBeTracked } from "./gc-tracking.js";
import { releaseRef } from "./release-ref.js";
import { Entry, Keys, keysEntries, writeGeneralEntry } from "./dict-keys.js";
import { Dict, dictBumpVersion } from "./dict.js";
import { setAddTakeRef } from "./set.js";

const PERTURB_SHIFT = 5;

/**
 * d[key] = value, using up the references to key and value that the caller hands over, when
 * `key` is an exact int of at most one digit and d has a combined GENERAL table with room for
 * one more entry. Returns false, having changed nothing, in every other case (another key
 * type, a split or UNICODE table, a full table, an entry of the same hash holding a key of
 * another type): the general path then does the store.
 *
 * With `value` 0 (no dict value is NULL), `d` is the exact set of a SET_ADD instead: the key
 * is added through setAddTakeRef, and true returned. The eval loop's SET_ADD and MAP_ADD thus
 * share one call site (through dictSetItemTakeRefs), and the branch between them is here, in
 * a function V8 does not inline (its bytecode is beyond the 460-byte limit): a program's first
 * set comprehension after its first dict comprehension reaches no code of the loop without
 * type feedback, which would make V8 throw the loop's optimised code away and compile it again.
 */
export function dictStoreSmallIntKeyTakeRefs(rt: Runtime, d: number, key: number, value: number): boolean {
  if (value === 0) {
    setAddTakeRef(rt, d, key);
    return true;
  }
  const i32 = rt.i32;
  const intType = rt.T.int;
  if (i32[(key + Ob.TYPE) >> 2] !== intType) return false;
  const size = i32[(key + Int.SIZE) >> 2];
  if (size + 1 >>> 0 > 2 || i32[(d + Dict.VALUES) >> 2] !== 0) return false;
  const k = i32[(d + Dict.KEYS) >> 2];
  if (rt.u8[k + Keys.KIND] !== Keys.KIND_GENERAL) return false;
  const digit = i32[(key + Int.DIGITS) >> 2];
  // The hash: the value, -1 becoming -2; its high word the sign.
  const v = size * digit;
  const lo = v === -1 ? -2 : v;
  const hi = v < 0 ? -1 : 0;
  const log2 = rt.u8[k + Keys.LOG2_SIZE];
  const mask = (1 << log2) - 1;
  // dk_indices at its width (1, 2 or 4 bytes, by the table's size), read sign-extended.
  const width = log2 < 8 ? 1 : log2 < 16 ? 2 : 4;
  const indexAt = width === 1 ? k + Keys.HEADER : width === 2 ? (k + Keys.HEADER) >> 1 : (k + Keys.HEADER) >> 2;
  const u8 = rt.u8;
  const u16 = rt.u16;
  const ep0 = keysEntries(rt, k) >> 2;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  let freeSlot = -1;
  for (;;) {
    const ix = width === 1 ? (u8[indexAt + i] << 24) >> 24 : width === 2 ? (u16[indexAt + i] << 16) >> 16 : i32[indexAt + i];
    if (ix >= 0) {
      const ep = ep0 + ix * (Entry.SIZE >> 2);
      const ek = i32[ep + 2];
      if (ek === key || (i32[ep] === lo && i32[ep + 1] === hi)) {
        if (ek !== key) {
          if (i32[(ek + Ob.TYPE) >> 2] !== intType) return false;
          // Equal hashes of unequal ints: -1 and -2, or an int of more digits.
          if (i32[(ek + Int.SIZE) >> 2] !== size || (size !== 0 && i32[(ek + Int.DIGITS) >> 2] !== digit)) {
            plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
            phi >>>= PERTURB_SHIFT;
            i = (i * 5 + plo + 1) & mask;
            continue;
          }
        }
        // The key is there (ek, which the table keeps): the value is replaced in place.
        if (i32[(d + GcHead.NEXT) >> 2] === 0 && i32[(value + Ob.TYPE) >> 2] !== intType && mayBeTracked(rt, value)) rt.gcTrack(d);
        const old = i32[ep + 4];
        i32[ep + 4] = value;
        if (old !== value) dictBumpVersion(rt, d);
        if (old !== 0) releaseRef(rt, old);
        releaseRef(rt, key);
        return true;
      }
    } else if (ix === Keys.EMPTY) {
      break;
    } else if (freeSlot < 0) {
      freeSlot = i;
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
  // Absent: a new entry, unless the table must grow first (the general path resizes).
  if (i32[(k + Keys.USABLE) >> 2] <= 0) return false;
  if (i32[(d + GcHead.NEXT) >> 2] === 0 && i32[(value + Ob.TYPE) >> 2] !== intType && mayBeTracked(rt, value)) rt.gcTrack(d);
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  const n = i32[(k + Keys.NENTRIES) >> 2];
  const slot = freeSlot >= 0 ? freeSlot : i;
  if (width === 1) u8[indexAt + slot] = n;
  else if (width === 2) u16[indexAt + slot] = n;
  else i32[indexAt + slot] = n;
  writeGeneralEntry(i32, ep0 + n * (Entry.SIZE >> 2), lo, hi, key, value);
  // ma_used, dk_usable and dk_nentries are non-negative: their high words stay 0.
  i32[(d + Dict.USED) >> 2]++;
  dictBumpVersion(rt, d);
  i32[(k + Keys.USABLE) >> 2]--;
  i32[(k + Keys.NENTRIES) >> 2] = n + 1;
  return true;
}
