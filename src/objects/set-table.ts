/**
 * The set's hash table: probing, insertion, deletion, resizing, clearing, bulk copy and the
 * frozenset hash (CPython's setobject.c, function for function).
 *
 * A probe starts at `hash & mask` and looks at up to LINEAR_PROBES (9) adjacent slots (when
 * they fit before the end of the table) before perturbing: `i = (5i + 1 + perturb) & mask;
 * perturb >>= 5`, perturb the unsigned 64-bit hash in two 32-bit halves. An unused slot (key 0,
 * hash 0) ends the search; a dummy (the static dummy key, hash -1) is skipped by lookups and
 * remembered by insertion, which reuses the last one it saw. Keys with equal hashes are
 * compared by identity, then `==` (exact strs without calling out). A comparison can run
 * Python code that mutates the set: when the table or the entry compared changed under it,
 * the probe starts again from the top (CPython's `restart`).
 *
 * `setTableResize` rebuilds into a table of the smallest power of two above its argument (at
 * least 8, the small table inside the object), dropping dummies; `setClear` first returns the
 * set to its empty small table, then releases the old keys; `setMerge` copies another set
 * resizing once up front, straight into the slots when the target is empty. `frozensetHash`
 * folds every slot, unused and dummy ones included, so it depends on the table's exact state
 * as CPython's does. The table owns its keys: `setAddEntry` takes a borrowed key and increfs
 * it when it stores it, `setDiscardEntry` and `setClear` release what they remove.
 */
import type { Runtime } from "./runtime.js";
import { keysEqual } from "./dict-lookup.js";
import { releaseRef } from "./release-ref.js";
import { Ob } from "./layout.js";
import { Int } from "./int.js";
import { foldHash64, hashOut, mulhi32 } from "./tuple.js";
import {
  SetEntry, SetField, isFrozensetOrSub, setCachedHash, setDummyKey, setFill, setFillCount, setSize, setTableAddr, setTableMask,
  setUsed,
} from "./set.js";

export const enum SetConst {
  MINSIZE = 8,
  LINEAR_PROBES = 9,
  PERTURB_SHIFT = 5,
  /** Beyond this many items a resize doubles instead of quadrupling. */
  LARGE = 50000,
}

// ── probing ─────────────────────────────────────────────────────────────────────────────

/** set_insert_clean: place (key, hash) in a table known to hold no equal key and no dummies. */
function insertClean(rt: Runtime, tbl: number, m: number, key: number, lo: number, hi: number): void {
  const i32 = rt.i32;
  let i = lo & m;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    let entry = tbl + i * SetEntry.SIZE;
    if (i32[entry >> 2] === 0) break;
    let found = false;
    if (i + SetConst.LINEAR_PROBES <= m) {
      for (let j = 0; j < SetConst.LINEAR_PROBES; j++) {
        entry += SetEntry.SIZE;
        if (i32[entry >> 2] === 0) {
          found = true;
          break;
        }
      }
    }
    if (found) {
      setWriteEntry(rt, entry, key, lo, hi);
      return;
    }
    plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
    phi >>>= SetConst.PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & m;
  }
  setWriteEntry(rt, tbl + i * SetEntry.SIZE, key, lo, hi);
}

export function setWriteEntry(rt: Runtime, entry: number, key: number, lo: number, hi: number): void {
  const p = entry >> 2;
  rt.i32[p] = key;
  rt.i32[p + 1] = 0;
  rt.i32[p + 2] = lo;
  rt.i32[p + 3] = hi;
}

const smallCopy = new Int32Array(SetConst.MINSIZE * 4);

/** The table size set_table_resize picks: the smallest power of two > minused, at least 8. */
export function setTableSizeFor(minused: number): number {
  let size = SetConst.MINSIZE;
  while (size <= minused) size *= 2;
  return size;
}

/** set_table_resize: rebuild into a table of setTableSizeFor(minused) slots, dropping dummies. */
export function setTableResize(rt: Runtime, s: number, minused: number): void {
  const newsize = setTableSizeFor(minused);
  const small = s + SetField.SMALLTABLE;
  const oldTable = setTableAddr(rt, s);
  const oldMask = setTableMask(rt, s);
  const oldMalloced = oldTable !== small;
  let copied = false;
  let newTable: number;
  if (newsize === SetConst.MINSIZE) {
    newTable = small;
    if (newTable === oldTable) {
      if (setFillCount(rt, s) === setSize(rt, s)) return;
      for (let w = 0; w < SetConst.MINSIZE * 4; w++) smallCopy[w] = rt.i32[(small >> 2) + w];
      copied = true;
    }
  } else {
    if (newsize > 0x04000000) throw rt.noMemory();
    newTable = rt.mem(newsize * SetEntry.SIZE);
  }
  rt.i32.fill(0, newTable >> 2, (newTable >> 2) + newsize * 4);
  rt.store(s + SetField.MASK, newsize - 1);
  rt.store(s + SetField.TABLE, newTable);
  const d = setDummyKey(rt);
  const noDummies = setFillCount(rt, s) === setSize(rt, s);
  if (!noDummies) setFill(rt, s, setSize(rt, s));
  const i32 = rt.i32;
  for (let i = 0; i <= oldMask; i++) {
    let key: number, lo: number, hi: number;
    if (copied) {
      key = smallCopy[i * 4];
      lo = smallCopy[i * 4 + 2];
      hi = smallCopy[i * 4 + 3];
    } else {
      const p = (oldTable + i * SetEntry.SIZE) >> 2;
      key = i32[p];
      lo = i32[p + 2];
      hi = i32[p + 3];
    }
    if (key !== 0 && key !== d) insertClean(rt, newTable, newsize - 1, key, lo, hi);
  }
  if (oldMalloced) rt.heap.free(oldTable);
}

/** Compare an entry's key with `key` by ==; exact strs without calling out. */
/** set_add_entry: add `key` (borrowed; increfed when stored) with hash (lo, hi). */
export function setAddEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): void {
  rt.incref(key);
  setAddEntryTakeRef(rt, s, key, lo, hi);
}

/**
 * set_add_entry on a reference the caller hands over: the table keeps it, or it is released
 * (an equal key was already there, or a comparison raised).
 */
export function setAddEntryTakeRef(rt: Runtime, s: number, key: number, lo: number, hi: number): void {
  const i32 = rt.i32;
  const d = setDummyKey(rt);
  restart: for (;;) {
    let m = setTableMask(rt, s);
    let i = lo & m;
    let freeslot = 0;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let entry = setTableAddr(rt, s) + i * SetEntry.SIZE;
      let probes = i + SetConst.LINEAR_PROBES <= m ? SetConst.LINEAR_PROBES : 0;
      do {
        const p = entry >> 2;
        const ekey = i32[p];
        const elo = i32[p + 2];
        const ehi = i32[p + 3];
        if (ekey === 0 && elo === 0 && ehi === 0) {
          storeNewKey(rt, s, m, freeslot, entry, key, lo, hi);
          return;
        }
        if (elo === lo && ehi === hi) {
          if (ekey === key) {
            releaseRef(rt, key);
            return;
          }
          const tbl = setTableAddr(rt, s);
          let equal: boolean;
          try {
            equal = keysEqual(rt, ekey, key);
          } catch (e) {
            rt.decref(key);
            throw e;
          }
          if (equal) {
            releaseRef(rt, key);
            return;
          }
          if (tbl !== setTableAddr(rt, s) || i32[entry >> 2] !== ekey) continue restart;
          m = setTableMask(rt, s);
        } else if (elo === -1 && ehi === -1 && ekey === d) {
          freeslot = entry;
        }
        entry += SetEntry.SIZE;
      } while (probes--);
      plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
      phi >>>= SetConst.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & m;
    }
  }
}

/**
 * The end of set_add_entry's probe at an unused slot: the key goes into the last dummy seen
 * (`freeslot`, 0 if none) or into the unused `entry`, which may make the table resize.
 */
function storeNewKey(rt: Runtime, s: number, m: number, freeslot: number, entry: number, key: number, lo: number, hi: number): void {
  const i32 = rt.i32;
  const used = (s + SetField.USED) >> 2;
  i32[used]++;
  if (freeslot !== 0) {
    setWriteEntry(rt, freeslot, key, lo, hi);
    return;
  }
  const fill = ++i32[(s + SetField.FILL) >> 2];
  setWriteEntry(rt, entry, key, lo, hi);
  if (fill * 5 < m * 3) return;
  const n = i32[used];
  setTableResize(rt, s, n > SetConst.LARGE ? n * 2 : n * 4);
}

/**
 * setAddEntryTakeRef for an exact int `key` of at most one digit (ob_size `size`, digit
 * `digit`, hash lo, hi): an entry with the same hash that holds an exact int is compared
 * here by ob_size and digit (an exact int equals it only with the same digits), so no
 * comparison runs code and the probe never restarts. Returns false, having changed nothing,
 * when such an entry holds a key of another type: the general path then compares them.
 */
export function setAddSmallIntTakeRef(
  rt: Runtime, s: number, key: number, size: number, digit: number, lo: number, hi: number,
): boolean {
  const i32 = rt.i32;
  const intType = rt.T.int;
  const m = i32[(s + SetField.MASK) >> 2];
  const tbl = i32[(s + SetField.TABLE) >> 2];
  let i = lo & m;
  let freeslot = 0;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    let entry = tbl + i * SetEntry.SIZE;
    let probes = i + SetConst.LINEAR_PROBES <= m ? SetConst.LINEAR_PROBES : 0;
    do {
      const p = entry >> 2;
      const ekey = i32[p];
      const elo = i32[p + 2];
      const ehi = i32[p + 3];
      if (ekey === 0 && elo === 0 && ehi === 0) {
        storeNewKey(rt, s, m, freeslot, entry, key, lo, hi);
        return true;
      }
      if (elo === lo && ehi === hi) {
        if (ekey !== key) {
          if (i32[(ekey + Ob.TYPE) >> 2] !== intType) return false;
          const esize = i32[(ekey + Int.SIZE) >> 2];
          // Equal hashes of unequal ints: -1 and -2, or an int of more digits.
          if (esize !== size || (size !== 0 && i32[(ekey + Int.DIGITS) >> 2] !== digit)) {
            entry += SetEntry.SIZE;
            continue;
          }
        }
        releaseRef(rt, key);
        return true;
      }
      // (The dummy key is looked up only for a hash of -1, which no live key has.)
      if (elo === -1 && ehi === -1 && ekey === setDummyKey(rt)) freeslot = entry;
      entry += SetEntry.SIZE;
    } while (probes--);
    plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
    phi >>>= SetConst.PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & m;
  }
}

/** set_lookkey: the entry holding `key` (hash lo, hi), or an unused entry's address (key 0). */
function lookKey(rt: Runtime, s: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  restart: for (;;) {
    let m = setTableMask(rt, s);
    let i = lo & m;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let entry = setTableAddr(rt, s) + i * SetEntry.SIZE;
      let probes = i + SetConst.LINEAR_PROBES <= m ? SetConst.LINEAR_PROBES : 0;
      do {
        const p = entry >> 2;
        const ekey = i32[p];
        const elo = i32[p + 2];
        const ehi = i32[p + 3];
        if (ekey === 0 && elo === 0 && ehi === 0) return entry;
        if (elo === lo && ehi === hi) {
          if (ekey === key) return entry;
          const tbl = setTableAddr(rt, s);
          const equal = keysEqual(rt, ekey, key);
          if (tbl !== setTableAddr(rt, s) || i32[entry >> 2] !== ekey) continue restart;
          if (equal) return entry;
          m = setTableMask(rt, s);
        }
        entry += SetEntry.SIZE;
      } while (probes--);
      plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
      phi >>>= SetConst.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & m;
    }
  }
}

export function setContainsEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): boolean {
  return rt.i32[lookKey(rt, s, key, lo, hi) >> 2] !== 0;
}

/** set_discard_entry: true when the key was there (it is then released). */
export function setDiscardEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): boolean {
  const entry = lookKey(rt, s, key, lo, hi);
  const old = rt.i32[entry >> 2];
  if (old === 0) return false;
  setWriteEntry(rt, entry, setDummyKey(rt), -1, -1);
  setUsed(rt, s, setSize(rt, s) - 1);
  rt.decref(old);
  return true;
}

// ── whole tables ────────────────────────────────────────────────────────────────────────

/**
 * Keys of small tables being cleared: set_clear_internal copies the small table aside before
 * releasing anything (a release can run code that uses the set). Nested clears stack up.
 */
let clearScratch = new Int32Array(SetConst.MINSIZE * 16);
let clearTop = 0;

/** set_clear_internal: empty the set first (back to the small table), then release the keys. */
export function setClear(rt: Runtime, s: number): void {
  const tbl = setTableAddr(rt, s);
  const small = s + SetField.SMALLTABLE;
  const malloced = tbl !== small;
  const n = setSize(rt, s);
  const m = setTableMask(rt, s);
  const base = clearTop;
  if (!malloced) {
    if (setFillCount(rt, s) === 0) return;
    if (base + SetConst.MINSIZE > clearScratch.length) {
      const bigger = new Int32Array(clearScratch.length * 2);
      bigger.set(clearScratch);
      clearScratch = bigger;
    }
    for (let i = 0; i < SetConst.MINSIZE; i++) clearScratch[base + i] = rt.i32[(small + i * SetEntry.SIZE) >> 2];
    clearTop = base + SetConst.MINSIZE;
  }
  emptyToMinsize(rt, s);
  const d = setDummyKey(rt);
  try {
    let left = n;
    for (let i = 0; left > 0 && i <= m; i++) {
      const key = malloced ? rt.i32[(tbl + i * SetEntry.SIZE) >> 2] : clearScratch[base + i];
      if (key !== 0 && key !== d) {
        left--;
        rt.decref(key);
      }
    }
  } finally {
    clearTop = base;
  }
  if (malloced) rt.heap.free(tbl);
}

function emptyToMinsize(rt: Runtime, s: number): void {
  const small = s + SetField.SMALLTABLE;
  rt.i32.fill(0, small >> 2, (small >> 2) + SetConst.MINSIZE * 4);
  setFill(rt, s, 0);
  setUsed(rt, s, 0);
  rt.store(s + SetField.MASK, SetConst.MINSIZE - 1);
  rt.store(s + SetField.TABLE, small);
  setCachedHash(rt, s, -1, -1);
}

/** set_merge: add every key of another set (resizing once up front). */
export function setMerge(rt: Runtime, s: number, other: number): void {
  const otherUsed = setSize(rt, other);
  if (other === s || otherUsed === 0) return;
  if ((setFillCount(rt, s) + otherUsed) * 5 >= setTableMask(rt, s) * 3) setTableResize(rt, s, (setSize(rt, s) + otherUsed) * 2);
  const i32 = rt.i32;
  const d = setDummyKey(rt);
  const om = setTableMask(rt, other);
  if (setFillCount(rt, s) === 0 && setTableMask(rt, s) === om && setFillCount(rt, other) === otherUsed) {
    const st = setTableAddr(rt, s) >> 2;
    const ot = setTableAddr(rt, other) >> 2;
    for (let i = 0; i <= om; i++) {
      const key = i32[ot + 4 * i];
      if (key !== 0) {
        rt.incref(key);
        i32[st + 4 * i] = key;
        i32[st + 4 * i + 2] = i32[ot + 4 * i + 2];
        i32[st + 4 * i + 3] = i32[ot + 4 * i + 3];
      }
    }
    setFill(rt, s, setFillCount(rt, other));
    setUsed(rt, s, otherUsed);
    return;
  }
  if (setFillCount(rt, s) === 0) {
    const st = setTableAddr(rt, s);
    const sm = setTableMask(rt, s);
    setFill(rt, s, otherUsed);
    setUsed(rt, s, otherUsed);
    const ot = setTableAddr(rt, other) >> 2;
    for (let i = 0; i <= om; i++) {
      const key = i32[ot + 4 * i];
      if (key !== 0 && key !== d) {
        rt.incref(key);
        insertClean(rt, st, sm, key, i32[ot + 4 * i + 2], i32[ot + 4 * i + 3]);
      }
    }
    return;
  }
  for (let i = 0; i <= setTableMask(rt, other); i++) {
    const p = (setTableAddr(rt, other) + i * SetEntry.SIZE) >> 2;
    const key = i32[p];
    if (key !== 0 && key !== d) setAddEntry(rt, s, key, i32[p + 2], i32[p + 3]);
  }
}

/** set_swap_bodies: exchange the tables (and, for two frozensets, the cached hashes). */
export function setSwapBodies(rt: Runtime, a: number, b: number): void {
  const i32 = rt.i32;
  for (let f = SetField.FILL; f <= SetField.MASK; f += 8) {
    const t = i32[(a + f) >> 2];
    i32[(a + f) >> 2] = i32[(b + f) >> 2];
    i32[(b + f) >> 2] = t;
  }
  const aSmall = a + SetField.SMALLTABLE;
  const bSmall = b + SetField.SMALLTABLE;
  const at = setTableAddr(rt, a);
  const bt = setTableAddr(rt, b);
  const newA = bt === bSmall ? aSmall : bt;
  const newB = at === aSmall ? bSmall : at;
  rt.store(a + SetField.TABLE, newA);
  rt.store(b + SetField.TABLE, newB);
  if (newA === aSmall || newB === bSmall) {
    for (let w = 0; w < SetConst.MINSIZE * 4; w++) {
      const t = i32[(aSmall >> 2) + w];
      i32[(aSmall >> 2) + w] = i32[(bSmall >> 2) + w];
      i32[(bSmall >> 2) + w] = t;
    }
  }
  if (isFrozensetOrSub(rt, a) && isFrozensetOrSub(rt, b)) {
    for (let w = 0; w < 2; w++) {
      const t = i32[((a + SetField.HASH) >> 2) + w];
      i32[((a + SetField.HASH) >> 2) + w] = i32[((b + SetField.HASH) >> 2) + w];
      i32[((b + SetField.HASH) >> 2) + w] = t;
    }
  } else {
    setCachedHash(rt, a, -1, -1);
    setCachedHash(rt, b, -1, -1);
  }
}

// ── frozenset hash ──────────────────────────────────────────────────────────────────────

/** _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, in 64 bits; result in shuffled[]. */
const shuffled = new Uint32Array(2);
function shuffleBits(lo: number, hi: number): void {
  const xlo = ((lo ^ 89869747) ^ (lo << 16)) >>> 0;
  const xhi = (hi ^ ((hi << 16) | (lo >>> 16))) >>> 0;
  const M = 3644798167;
  shuffled[0] = Math.imul(xlo, M) >>> 0;
  shuffled[1] = (mulhi32(xlo, M) + Math.imul(xhi, M)) >>> 0;
}

/** The exact 64-bit frozenset hash into hashOut (see tuple.ts's hashWords). */
export function frozensetHashWords(rt: Runtime, s: number): void {
  frozensetHash(rt, s);
  hashOut[0] = rt.i32[(s + SetField.HASH) >> 2];
  hashOut[1] = rt.i32[(s + SetField.HASH + 4) >> 2];
}

/** frozenset_hash: CPython's order-independent xor of shuffled entry hashes, cached. */
export function frozensetHash(rt: Runtime, s: number): number {
  const i32 = rt.i32;
  let clo = i32[(s + SetField.HASH) >> 2];
  let chi = i32[(s + SetField.HASH + 4) >> 2];
  if (clo !== -1 || chi !== -1) return foldHash64(chi, clo);
  let hlo = 0;
  let hhi = 0;
  const m = setTableMask(rt, s);
  const t = setTableAddr(rt, s) >> 2;
  for (let i = 0; i <= m; i++) {
    shuffleBits(i32[t + 4 * i + 2], i32[t + 4 * i + 3]);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  if ((m + 1 - setFillCount(rt, s)) & 1) {
    shuffleBits(0, 0);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  if ((setFillCount(rt, s) - setSize(rt, s)) & 1) {
    shuffleBits(-1, -1);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  // hash ^= (len + 1) * 1927868237
  const n1 = setSize(rt, s) + 1;
  hlo ^= Math.imul(n1, 1927868237);
  hhi ^= mulhi32(n1, 1927868237);
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const s11lo = ((hlo >>> 11) | (hhi << 21)) >>> 0;
  const s11hi = hhi >>> 11;
  const s25lo = ((hlo >>> 25) | (hhi << 7)) >>> 0;
  const s25hi = hhi >>> 25;
  hlo = (hlo ^ s11lo ^ s25lo) >>> 0;
  hhi = (hhi ^ s11hi ^ s25hi) >>> 0;
  // hash = hash * 69069 + 907133923
  let plo = Math.imul(hlo, 69069) >>> 0;
  let phi = (mulhi32(hlo, 69069) + Math.imul(hhi, 69069)) >>> 0;
  const sum = plo + 907133923;
  phi = (phi + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  plo = sum >>> 0;
  if (plo === 0xffffffff && phi === 0xffffffff) {
    plo = 590923713;
    phi = 0;
  }
  clo = plo | 0;
  chi = phi | 0;
  setCachedHash(rt, s, clo, chi);
  return foldHash64(chi, clo);
}
