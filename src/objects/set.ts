/**
 * `set` and `frozenset`: CPython 3.11's open-addressing hash set.
 *
 *   PySetObject (200 bytes; getsizeof 216, plus 16·(mask+1) once the table is external)
 *   ┌────────┬──────┬──────┬──────┬──────┬───────┬──────┬────────┬───────────────────────┬──────────┐
 *   │ refcnt │ type │ fill │ used │ mask │ table │ hash │ finger │ smalltable: 8 entries │ weakrefs │
 *   └────────┴──────┴──────┴──────┴──────┴───────┴──────┴────────┴───────────────────────┴──────────┘
 *    0        8      16     24     32     40      48     56       64 (16 bytes each)       192
 *
 *   setentry: key (8) then hash (8, int64). Unused: key 0 and hash 0. Dummy (deleted): key =
 *   the static dummy object, hash -1. Active: anything else.
 *
 * `used` counts active entries, `fill` active + dummy; `table` points at `smalltable` until the
 * set outgrows 8 slots, then at a MEM block of mask+1 entries. Insertion probes up to
 * LINEAR_PROBES (9) adjacent slots before perturbing (`i = (5i + 1 + perturb) & mask;
 * perturb >>= 5`, perturb the unsigned 64-bit hash in two halves), reusing the first dummy
 * seen. After filling an unused slot, `fill*5 >= mask*3` resizes to the smallest power of two
 * strictly above used*4 (used*2 beyond 50,000); merging a set resizes up front for
 * (used + other.used)*2. Resizing drops dummies. So sizes, iteration order (table order) and
 * `pop` (from `finger`) are CPython's: 216 up to 4 ints, 728 from 5, 2264 from 19, ...
 *
 * Keys are hashed by tuple.ts's `hashWords` (CPython's exact 64 bits for tuples, frozensets
 * and ranges; glasspy's safe hash otherwise), so sets of tuples iterate in CPython's order.
 * Comparisons that run Python code may mutate the set: lookups restart when the table or
 * the entry changed, as in CPython. `frozenset` caches its hash (CPython's xor-shuffle
 * algorithm over the table, in 64-bit arithmetic, folded to glasspy's safe hash).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { getIter, iterNext, reprText, richCompareBool } from "./abstract.js";
import { checkArgs, arg, kwCount } from "./args.js";
import { newInt } from "./int.js";
import { strEquals } from "./str-object.js";
import { containers, reprEnter, reprLeave } from "./freelists.js";
import { foldHash64, hashOut, hashWords, mulhi32, notImplemented, selfIter } from "./tuple.js";
import {
  dictEntryCount, dictEntryHashWords, dictEntryKey, dictEntryValue, dictGetItemKnownHash, dictSize, raiseKeyError,
} from "./dict.js";

export const enum SetField {
  FILL = 16,
  USED = 24,
  MASK = 32,
  TABLE = 40,
  HASH = 48,
  FINGER = 56,
  SMALLTABLE = 64,
  WEAKREFLIST = 192,
  SIZE = 200,
}

export const enum SetEntry {
  KEY = 0,
  HASH = 8,
  SIZE = 16,
}

const enum SetConst {
  MINSIZE = 8,
  LINEAR_PROBES = 9,
  PERTURB_SHIFT = 5,
  /** Beyond this many items a resize doubles instead of quadrupling. */
  LARGE = 50000,
}


// ── fields ──────────────────────────────────────────────────────────────────────────────

export function setSize(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.USED) >> 2];
}

function fill(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.FILL) >> 2];
}

function mask(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.MASK) >> 2];
}

function table(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.TABLE) >> 2];
}

function setFill(rt: Runtime, s: number, n: number): void {
  rt.store(s + SetField.FILL, n);
}

function setUsed(rt: Runtime, s: number, n: number): void {
  rt.store(s + SetField.USED, n);
}

function setCachedHash(rt: Runtime, s: number, lo: number, hi: number): void {
  rt.i32[(s + SetField.HASH) >> 2] = lo;
  rt.i32[(s + SetField.HASH + 4) >> 2] = hi;
}

function dummy(rt: Runtime): number {
  return containers(rt).setDummy;
}

/** set, frozenset or a subclass of either (PyAnySet_Check). */
export function isAnySet(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.set || t === rt.T.frozenset || rt.isSubtype(t, rt.T.set) || rt.isSubtype(t, rt.T.frozenset);
}

function isSetOrSub(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.set || rt.isSubtype(t, rt.T.set);
}

function isFrozenOrSub(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.frozenset || rt.isSubtype(t, rt.T.frozenset);
}

function isExactStr(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.str;
}

/** The index of the first active entry at or after `pos`, or -1 (set_next). */
export function setNextEntry(rt: Runtime, s: number, pos: number): number {
  const m = mask(rt, s);
  const t = table(rt, s);
  const d = dummy(rt);
  const i32 = rt.i32;
  for (let i = pos; i <= m; i++) {
    const key = i32[(t + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) return i;
  }
  return -1;
}

/** Key (borrowed) and hash halves of entry i. */
function entryKey(rt: Runtime, s: number, i: number): number {
  return rt.i32[(table(rt, s) + i * SetEntry.SIZE) >> 2];
}

function entryHashLo(rt: Runtime, s: number, i: number): number {
  return rt.i32[(table(rt, s) + i * SetEntry.SIZE + SetEntry.HASH) >> 2];
}

function entryHashHi(rt: Runtime, s: number, i: number): number {
  return rt.i32[(table(rt, s) + i * SetEntry.SIZE + SetEntry.HASH + 4) >> 2];
}

// ── creation ────────────────────────────────────────────────────────────────────────────

/** make_new_set: an empty set of `type` using its small table; then filled from `iterable` (0: none). */
function makeNewSet(rt: Runtime, type: number, iterable: number): number {
  const basicsize = rt.i32[(type + Tp.BASICSIZE) >> 2];
  const s = rt.allocObject(type, basicsize);
  rt.i32.fill(0, (s + SetField.FILL) >> 2, (s + basicsize) >> 2);
  rt.store(s + SetField.MASK, SetConst.MINSIZE - 1);
  rt.store(s + SetField.TABLE, s + SetField.SMALLTABLE);
  setCachedHash(rt, s, -1, -1);
  if (iterable !== 0) {
    try {
      setUpdateInternal(rt, s, iterable);
    } catch (e) {
      rt.decref(s);
      throw e;
    }
  }
  return s;
}

/** make_new_set_basetype: a set for subclasses of set, a frozenset otherwise. */
function makeNewSetBasetype(rt: Runtime, type: number, iterable: number): number {
  if (type !== rt.T.set && type !== rt.T.frozenset) type = rt.isSubtype(type, rt.T.set) ? rt.T.set : rt.T.frozenset;
  return makeNewSet(rt, type, iterable);
}

/** PySet_New: a new set of an iterable's items (0: empty). New reference. */
export function newSet(rt: Runtime, iterable = 0): number {
  return makeNewSet(rt, rt.T.set, iterable);
}

/** PyFrozenSet_New: a new frozenset (an exact frozenset argument is returned itself). */
export function newFrozenset(rt: Runtime, iterable = 0): number {
  if (iterable !== 0 && rt.typeOf(iterable) === rt.T.frozenset) {
    rt.incref(iterable);
    return iterable;
  }
  return makeNewSet(rt, rt.T.frozenset, iterable);
}

// ── the table ───────────────────────────────────────────────────────────────────────────

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
      writeEntry(rt, entry, key, lo, hi);
      return;
    }
    plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
    phi >>>= SetConst.PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & m;
  }
  writeEntry(rt, tbl + i * SetEntry.SIZE, key, lo, hi);
}

function writeEntry(rt: Runtime, entry: number, key: number, lo: number, hi: number): void {
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
function tableResize(rt: Runtime, s: number, minused: number): void {
  const newsize = setTableSizeFor(minused);
  const small = s + SetField.SMALLTABLE;
  const oldTable = table(rt, s);
  const oldMask = mask(rt, s);
  const oldMalloced = oldTable !== small;
  let copied = false;
  let newTable: number;
  if (newsize === SetConst.MINSIZE) {
    newTable = small;
    if (newTable === oldTable) {
      if (fill(rt, s) === used(rt, s)) return;
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
  const d = dummy(rt);
  const noDummies = fill(rt, s) === used(rt, s);
  if (!noDummies) setFill(rt, s, used(rt, s));
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

function used(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.USED) >> 2];
}

/** Compare an entry's key with `key` by ==; exact strs without calling out. */
function keysEqual(rt: Runtime, startkey: number, key: number): boolean {
  if (isExactStr(rt, startkey) && isExactStr(rt, key)) return strEquals(rt, startkey, key);
  rt.incref(startkey);
  try {
    return richCompareBool(rt, startkey, key, CompareOp.EQ);
  } finally {
    rt.decref(startkey);
  }
}

/** set_add_entry: add `key` (borrowed; increfed when stored) with hash (lo, hi). */
function addEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): void {
  const i32 = rt.i32;
  const d = dummy(rt);
  rt.incref(key);
  restart: for (;;) {
    let m = mask(rt, s);
    let i = lo & m;
    let freeslot = 0;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let entry = table(rt, s) + i * SetEntry.SIZE;
      let probes = i + SetConst.LINEAR_PROBES <= m ? SetConst.LINEAR_PROBES : 0;
      do {
        const p = entry >> 2;
        const ekey = i32[p];
        const elo = i32[p + 2];
        const ehi = i32[p + 3];
        if (ekey === 0 && elo === 0 && ehi === 0) {
          if (freeslot !== 0) {
            setUsed(rt, s, used(rt, s) + 1);
            writeEntry(rt, freeslot, key, lo, hi);
            return;
          }
          setFill(rt, s, fill(rt, s) + 1);
          setUsed(rt, s, used(rt, s) + 1);
          writeEntry(rt, entry, key, lo, hi);
          if (fill(rt, s) * 5 < m * 3) return;
          const n = used(rt, s);
          tableResize(rt, s, n > SetConst.LARGE ? n * 2 : n * 4);
          return;
        }
        if (elo === lo && ehi === hi) {
          if (ekey === key) {
            rt.decref(key);
            return;
          }
          const tbl = table(rt, s);
          let equal: boolean;
          try {
            equal = keysEqual(rt, ekey, key);
          } catch (e) {
            rt.decref(key);
            throw e;
          }
          if (equal) {
            rt.decref(key);
            return;
          }
          if (tbl !== table(rt, s) || i32[entry >> 2] !== ekey) continue restart;
          m = mask(rt, s);
        } else if (elo === -1 && ehi === -1 && ekey === d) {
          if (freeslot === 0) freeslot = entry;
        }
        entry += SetEntry.SIZE;
      } while (probes--);
      plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
      phi >>>= SetConst.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & m;
    }
  }
}

/** set_lookkey: the entry holding `key` (hash lo, hi), or an unused entry's address (key 0). */
function lookKey(rt: Runtime, s: number, key: number, lo: number, hi: number): number {
  const i32 = rt.i32;
  restart: for (;;) {
    let m = mask(rt, s);
    let i = lo & m;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let entry = table(rt, s) + i * SetEntry.SIZE;
      let probes = i + SetConst.LINEAR_PROBES <= m ? SetConst.LINEAR_PROBES : 0;
      do {
        const p = entry >> 2;
        const ekey = i32[p];
        const elo = i32[p + 2];
        const ehi = i32[p + 3];
        if (ekey === 0 && elo === 0 && ehi === 0) return entry;
        if (elo === lo && ehi === hi) {
          if (ekey === key) return entry;
          const tbl = table(rt, s);
          const equal = keysEqual(rt, ekey, key);
          if (tbl !== table(rt, s) || i32[entry >> 2] !== ekey) continue restart;
          if (equal) return entry;
          m = mask(rt, s);
        }
        entry += SetEntry.SIZE;
      } while (probes--);
      plo = ((plo >>> SetConst.PERTURB_SHIFT) | (phi << (32 - SetConst.PERTURB_SHIFT))) >>> 0;
      phi >>>= SetConst.PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & m;
    }
  }
}

function containsEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): boolean {
  return rt.i32[lookKey(rt, s, key, lo, hi) >> 2] !== 0;
}

/** set_discard_entry: true when the key was there (it is then released). */
function discardEntry(rt: Runtime, s: number, key: number, lo: number, hi: number): boolean {
  const entry = lookKey(rt, s, key, lo, hi);
  const old = rt.i32[entry >> 2];
  if (old === 0) return false;
  writeEntry(rt, entry, dummy(rt), -1, -1);
  setUsed(rt, s, used(rt, s) - 1);
  rt.decref(old);
  return true;
}

// ── the key-level API ───────────────────────────────────────────────────────────────────

/** s.add(key) (PySet_Add): `key` is borrowed (increfed when stored). */
export function setAdd(rt: Runtime, s: number, key: number): void {
  hashWords(rt, key);
  addEntry(rt, s, key, hashOut[0], hashOut[1]);
}

function containsKey(rt: Runtime, s: number, key: number): boolean {
  hashWords(rt, key);
  return containsEntry(rt, s, key, hashOut[0], hashOut[1]);
}

function discardKey(rt: Runtime, s: number, key: number): boolean {
  hashWords(rt, key);
  return discardEntry(rt, s, key, hashOut[0], hashOut[1]);
}

/**
 * Run `f(s, key)`; when `key` is an unhashable set, retry with frozenset(key), as
 * set_contains / set_remove / set_discard do.
 */
function withFrozenRetry(rt: Runtime, s: number, key: number, f: (rt: Runtime, s: number, key: number) => boolean): boolean {
  try {
    return f(rt, s, key);
  } catch (e) {
    if (e !== PY_RAISED || !isSetOrSub(rt, key) || !rt.clearIfMatches(rt.E.TypeError)) throw e;
  }
  const tmp = makeNewSet(rt, rt.T.frozenset, key);
  try {
    return f(rt, s, tmp);
  } finally {
    rt.decref(tmp);
  }
}

/** key in s (set_contains; a set key is looked up as a frozenset). */
export function setContains(rt: Runtime, s: number, key: number): boolean {
  return withFrozenRetry(rt, s, key, containsKey);
}

/** s.discard(key): true when it was present. */
export function setDiscard(rt: Runtime, s: number, key: number): boolean {
  return withFrozenRetry(rt, s, key, discardKey);
}

/**
 * Keys of small tables being cleared: set_clear_internal copies the small table aside before
 * releasing anything (a release can run code that uses the set). Nested clears stack up.
 */
let clearScratch = new Int32Array(SetConst.MINSIZE * 16);
let clearTop = 0;

/** set_clear_internal: empty the set first (back to the small table), then release the keys. */
export function setClear(rt: Runtime, s: number): void {
  const tbl = table(rt, s);
  const small = s + SetField.SMALLTABLE;
  const malloced = tbl !== small;
  const n = used(rt, s);
  const m = mask(rt, s);
  const base = clearTop;
  if (!malloced) {
    if (fill(rt, s) === 0) return;
    if (base + SetConst.MINSIZE > clearScratch.length) {
      const bigger = new Int32Array(clearScratch.length * 2);
      bigger.set(clearScratch);
      clearScratch = bigger;
    }
    for (let i = 0; i < SetConst.MINSIZE; i++) clearScratch[base + i] = rt.i32[(small + i * SetEntry.SIZE) >> 2];
    clearTop = base + SetConst.MINSIZE;
  }
  emptyToMinsize(rt, s);
  const d = dummy(rt);
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
function setMerge(rt: Runtime, s: number, other: number): void {
  const otherUsed = used(rt, other);
  if (other === s || otherUsed === 0) return;
  if ((fill(rt, s) + otherUsed) * 5 >= mask(rt, s) * 3) tableResize(rt, s, (used(rt, s) + otherUsed) * 2);
  const i32 = rt.i32;
  const d = dummy(rt);
  const om = mask(rt, other);
  if (fill(rt, s) === 0 && mask(rt, s) === om && fill(rt, other) === otherUsed) {
    const st = table(rt, s) >> 2;
    const ot = table(rt, other) >> 2;
    for (let i = 0; i <= om; i++) {
      const key = i32[ot + 4 * i];
      if (key !== 0) {
        rt.incref(key);
        i32[st + 4 * i] = key;
        i32[st + 4 * i + 2] = i32[ot + 4 * i + 2];
        i32[st + 4 * i + 3] = i32[ot + 4 * i + 3];
      }
    }
    setFill(rt, s, fill(rt, other));
    setUsed(rt, s, otherUsed);
    return;
  }
  if (fill(rt, s) === 0) {
    const st = table(rt, s);
    const sm = mask(rt, s);
    setFill(rt, s, otherUsed);
    setUsed(rt, s, otherUsed);
    const ot = table(rt, other) >> 2;
    for (let i = 0; i <= om; i++) {
      const key = i32[ot + 4 * i];
      if (key !== 0 && key !== d) {
        rt.incref(key);
        insertClean(rt, st, sm, key, i32[ot + 4 * i + 2], i32[ot + 4 * i + 3]);
      }
    }
    return;
  }
  for (let i = 0; i <= mask(rt, other); i++) {
    const p = (table(rt, other) + i * SetEntry.SIZE) >> 2;
    const key = i32[p];
    if (key !== 0 && key !== d) addEntry(rt, s, key, i32[p + 2], i32[p + 3]);
  }
}

/** set_update_internal: add the items of a set, a dict (its keys) or any iterable. */
export function setUpdateInternal(rt: Runtime, s: number, other: number): void {
  if (isAnySet(rt, other)) {
    setMerge(rt, s, other);
    return;
  }
  if (rt.typeOf(other) === rt.T.dict) {
    const n = dictSize(rt, other);
    if ((fill(rt, s) + n) * 5 >= mask(rt, s) * 3) tableResize(rt, s, (used(rt, s) + n) * 2);
    for (let i = 0; i < dictEntryCount(rt, other); i++) {
      if (dictEntryValue(rt, other, i) === 0) continue;
      dictEntryHashWords(rt, other, i);
      addEntry(rt, s, dictEntryKey(rt, other, i), hashOut[0], hashOut[1]);
    }
    return;
  }
  const it = getIter(rt, other);
  try {
    for (;;) {
      const key = iterNext(rt, it);
      if (key === 0) break;
      try {
        setAdd(rt, s, key);
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(it);
  }
}

// ── set algebra ─────────────────────────────────────────────────────────────────────────

/** set_copy: a new set (or frozenset, by the base type) with the same items. */
function setCopy(rt: Runtime, s: number): number {
  return makeNewSetBasetype(rt, rt.typeOf(s), s);
}

/** set_intersection: a new set of the keys in both (iterates the smaller when both are sets). */
export function setIntersection(rt: Runtime, so: number, other: number): number {
  if (so === other) return setCopy(rt, so);
  const result = makeNewSetBasetype(rt, rt.typeOf(so), 0);
  try {
    if (isAnySet(rt, other)) {
      if (used(rt, other) > used(rt, so)) {
        const t = so;
        so = other;
        other = t;
      }
      for (let pos = setNextEntry(rt, other, 0); pos >= 0; pos = setNextEntry(rt, other, pos + 1)) {
        const key = entryKey(rt, other, pos);
        const lo = entryHashLo(rt, other, pos);
        const hi = entryHashHi(rt, other, pos);
        rt.incref(key);
        try {
          if (containsEntry(rt, so, key, lo, hi)) addEntry(rt, result, key, lo, hi);
        } finally {
          rt.decref(key);
        }
      }
      return result;
    }
    const it = getIter(rt, other);
    try {
      for (;;) {
        const key = iterNext(rt, it);
        if (key === 0) break;
        try {
          hashWords(rt, key);
          const lo = hashOut[0], hi = hashOut[1];
          if (containsEntry(rt, so, key, lo, hi)) {
            addEntry(rt, result, key, lo, hi);
            if (used(rt, result) >= used(rt, so)) break;
          }
        } finally {
          rt.decref(key);
        }
      }
    } finally {
      rt.decref(it);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

/** set_swap_bodies: exchange the tables (and, for two frozensets, the cached hashes). */
function swapBodies(rt: Runtime, a: number, b: number): void {
  const i32 = rt.i32;
  for (let f = SetField.FILL; f <= SetField.MASK; f += 8) {
    const t = i32[(a + f) >> 2];
    i32[(a + f) >> 2] = i32[(b + f) >> 2];
    i32[(b + f) >> 2] = t;
  }
  const aSmall = a + SetField.SMALLTABLE;
  const bSmall = b + SetField.SMALLTABLE;
  const at = table(rt, a);
  const bt = table(rt, b);
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
  if (isFrozenOrSub(rt, a) && isFrozenOrSub(rt, b)) {
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

function intersectionUpdate(rt: Runtime, s: number, other: number): void {
  const tmp = setIntersection(rt, s, other);
  swapBodies(rt, s, tmp);
  rt.decref(tmp);
}

/** set_difference_update_internal: remove every key of `other`; purge dummies when > 1/4. */
export function setDifferenceUpdate(rt: Runtime, s: number, other: number): void {
  if (s === other) {
    setClear(rt, s);
    return;
  }
  if (isAnySet(rt, other)) {
    let src = other;
    if ((used(rt, other) >> 3) > used(rt, s)) src = setIntersection(rt, s, other);
    else rt.incref(src);
    try {
      for (let pos = setNextEntry(rt, src, 0); pos >= 0; pos = setNextEntry(rt, src, pos + 1)) {
        const key = entryKey(rt, src, pos);
        rt.incref(key);
        try {
          discardEntry(rt, s, key, entryHashLo(rt, src, pos), entryHashHi(rt, src, pos));
        } finally {
          rt.decref(key);
        }
      }
    } finally {
      rt.decref(src);
    }
  } else {
    const it = getIter(rt, other);
    try {
      for (;;) {
        const key = iterNext(rt, it);
        if (key === 0) break;
        try {
          discardKey(rt, s, key);
        } finally {
          rt.decref(key);
        }
      }
    } finally {
      rt.decref(it);
    }
  }
  if (fill(rt, s) - used(rt, s) <= mask(rt, s) >>> 2) return;
  const n = used(rt, s);
  tableResize(rt, s, n > SetConst.LARGE ? n * 2 : n * 4);
}

/** set_difference: a new set of the keys of `so` not in `other`. */
export function setDifference(rt: Runtime, so: number, other: number): number {
  let otherSize: number;
  const otherIsDict = rt.typeOf(other) === rt.T.dict;
  if (isAnySet(rt, other)) otherSize = used(rt, other);
  else if (otherIsDict) otherSize = dictSize(rt, other);
  else return copyAndDifference(rt, so, other);
  if ((used(rt, so) >> 2) > otherSize) return copyAndDifference(rt, so, other);
  const result = makeNewSetBasetype(rt, rt.typeOf(so), 0);
  try {
    for (let pos = setNextEntry(rt, so, 0); pos >= 0; pos = setNextEntry(rt, so, pos + 1)) {
      const key = entryKey(rt, so, pos);
      const lo = entryHashLo(rt, so, pos);
      const hi = entryHashHi(rt, so, pos);
      rt.incref(key);
      try {
        const present = otherIsDict
          ? dictGetItemKnownHash(rt, other, key, lo, hi) !== 0
          : containsEntry(rt, other, key, lo, hi);
        if (!present) addEntry(rt, result, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function copyAndDifference(rt: Runtime, so: number, other: number): number {
  const result = setCopy(rt, so);
  try {
    setDifferenceUpdate(rt, result, other);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update: toggle every key of `other`. */
export function setSymmetricDifferenceUpdate(rt: Runtime, s: number, other: number): void {
  if (s === other) {
    setClear(rt, s);
    return;
  }
  if (rt.typeOf(other) === rt.T.dict) {
    for (let i = 0; i < dictEntryCount(rt, other); i++) {
      if (dictEntryValue(rt, other, i) === 0) continue;
      const key = dictEntryKey(rt, other, i);
      dictEntryHashWords(rt, other, i);
      const lo = hashOut[0], hi = hashOut[1];
      rt.incref(key);
      try {
        if (!discardEntry(rt, s, key, lo, hi)) addEntry(rt, s, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
    return;
  }
  let otherset: number;
  if (isAnySet(rt, other)) {
    rt.incref(other);
    otherset = other;
  } else {
    otherset = makeNewSetBasetype(rt, rt.typeOf(s), other);
  }
  try {
    for (let pos = setNextEntry(rt, otherset, 0); pos >= 0; pos = setNextEntry(rt, otherset, pos + 1)) {
      const key = entryKey(rt, otherset, pos);
      const lo = entryHashLo(rt, otherset, pos);
      const hi = entryHashHi(rt, otherset, pos);
      rt.incref(key);
      try {
        if (!discardEntry(rt, s, key, lo, hi)) addEntry(rt, s, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(otherset);
  }
}

function symmetricDifference(rt: Runtime, so: number, other: number): number {
  const otherset = makeNewSetBasetype(rt, rt.typeOf(so), other);
  try {
    setSymmetricDifferenceUpdate(rt, otherset, so);
  } catch (e) {
    rt.decref(otherset);
    throw e;
  }
  return otherset;
}

/** set_issubset. */
function isSubset(rt: Runtime, so: number, other: number): boolean {
  if (!isAnySet(rt, other)) {
    const tmp = setIntersection(rt, so, other);
    const result = used(rt, tmp) === used(rt, so);
    rt.decref(tmp);
    return result;
  }
  if (used(rt, so) > used(rt, other)) return false;
  for (let pos = setNextEntry(rt, so, 0); pos >= 0; pos = setNextEntry(rt, so, pos + 1)) {
    const key = entryKey(rt, so, pos);
    rt.incref(key);
    try {
      if (!containsEntry(rt, other, key, entryHashLo(rt, so, pos), entryHashHi(rt, so, pos))) return false;
    } finally {
      rt.decref(key);
    }
  }
  return true;
}

/** set_issuperset. */
function isSuperset(rt: Runtime, so: number, other: number): boolean {
  if (isAnySet(rt, other)) return isSubset(rt, other, so);
  const it = getIter(rt, other);
  try {
    for (;;) {
      const key = iterNext(rt, it);
      if (key === 0) return true;
      try {
        if (!containsKey(rt, so, key)) return false;
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** set_isdisjoint. */
function isDisjoint(rt: Runtime, so: number, other: number): boolean {
  if (so === other) return used(rt, so) === 0;
  const t = rt.typeOf(other);
  if (t === rt.T.set || t === rt.T.frozenset) {
    if (used(rt, other) > used(rt, so)) {
      const tmp = so;
      so = other;
      other = tmp;
    }
    for (let pos = setNextEntry(rt, other, 0); pos >= 0; pos = setNextEntry(rt, other, pos + 1)) {
      const key = entryKey(rt, other, pos);
      rt.incref(key);
      try {
        if (containsEntry(rt, so, key, entryHashLo(rt, other, pos), entryHashHi(rt, other, pos))) return false;
      } finally {
        rt.decref(key);
      }
    }
    return true;
  }
  const it = getIter(rt, other);
  try {
    for (;;) {
      const key = iterNext(rt, it);
      if (key === 0) return true;
      try {
        if (containsKey(rt, so, key)) return false;
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(it);
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
  const m = mask(rt, s);
  const t = table(rt, s) >> 2;
  for (let i = 0; i <= m; i++) {
    shuffleBits(i32[t + 4 * i + 2], i32[t + 4 * i + 3]);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  if ((m + 1 - fill(rt, s)) & 1) {
    shuffleBits(0, 0);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  if ((fill(rt, s) - used(rt, s)) & 1) {
    shuffleBits(-1, -1);
    hlo ^= shuffled[0];
    hhi ^= shuffled[1];
  }
  // hash ^= (len + 1) * 1927868237
  const n1 = used(rt, s) + 1;
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

// ── slots ───────────────────────────────────────────────────────────────────────────────

function setDealloc(rt: Runtime, s: number): void {
  const d = dummy(rt);
  const tbl = table(rt, s);
  let left = used(rt, s);
  for (let i = 0; left > 0; i++) {
    const key = rt.i32[(tbl + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) {
      left--;
      rt.decref(key);
    }
  }
  if (tbl !== s + SetField.SMALLTABLE) rt.heap.free(tbl);
  rt.freeObject(s);
}

function setRepr(rt: Runtime, s: number): number {
  const name = rt.typeName(s);
  if (reprEnter(rt, s)) return rt.newStr(`${name}(...)`);
  try {
    if (used(rt, s) === 0) return rt.newStr(`${name}()`);
    let text = "";
    for (let pos = setNextEntry(rt, s, 0); pos >= 0; pos = setNextEntry(rt, s, pos + 1)) {
      const key = entryKey(rt, s, pos);
      rt.incref(key);
      try {
        text += (text === "" ? "" : ", ") + reprText(rt, key);
      } finally {
        rt.decref(key);
      }
    }
    return rt.newStr(rt.typeOf(s) === rt.T.set ? `{${text}}` : `${name}({${text}})`);
  } finally {
    reprLeave(rt, s);
  }
}

function bool(rt: Runtime, b: boolean): number {
  const r = b ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

function setRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isAnySet(rt, v) || !isAnySet(rt, w)) return notImplemented(rt);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      let equal: boolean;
      if (used(rt, v) !== used(rt, w)) equal = false;
      else {
        const vlo = rt.i32[(v + SetField.HASH) >> 2], vhi = rt.i32[(v + SetField.HASH + 4) >> 2];
        const wlo = rt.i32[(w + SetField.HASH) >> 2], whi = rt.i32[(w + SetField.HASH + 4) >> 2];
        const vKnown = vlo !== -1 || vhi !== -1;
        const wKnown = wlo !== -1 || whi !== -1;
        equal = vKnown && wKnown && (vlo !== wlo || vhi !== whi) ? false : isSubset(rt, v, w);
      }
      return bool(rt, equal === (op === CompareOp.EQ));
    }
    case CompareOp.LE:
      return bool(rt, isSubset(rt, v, w));
    case CompareOp.GE:
      return bool(rt, isSuperset(rt, v, w));
    case CompareOp.LT:
      return bool(rt, used(rt, v) < used(rt, w) && isSubset(rt, v, w));
    default:
      return bool(rt, used(rt, v) > used(rt, w) && isSuperset(rt, v, w));
  }
}

function setOr(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  const result = setCopy(rt, a);
  if (a === b) return result;
  try {
    setUpdateInternal(rt, result, b);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function setAnd(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return setIntersection(rt, a, b);
}

function setSub(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return setDifference(rt, a, b);
}

function setXor(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return symmetricDifference(rt, a, b);
}

function inplace(update: (rt: Runtime, s: number, other: number) => void): BinarySlot {
  return (rt, a, b) => {
    if (!isAnySet(rt, b)) return notImplemented(rt);
    update(rt, a, b);
    rt.incref(a);
    return a;
  };
}

const setNb: (BinarySlot | undefined)[] = [];
setNb[BinaryOp.OR] = setOr;
setNb[BinaryOp.AND] = setAnd;
setNb[BinaryOp.SUBTRACT] = setSub;
setNb[BinaryOp.XOR] = setXor;
const setNbInplace: (BinarySlot | undefined)[] = [];
setNbInplace[BinaryOp.OR] = inplace(setUpdateInternal);
setNbInplace[BinaryOp.AND] = inplace(intersectionUpdate);
setNbInplace[BinaryOp.SUBTRACT] = inplace(setDifferenceUpdate);
setNbInplace[BinaryOp.XOR] = inplace(setSymmetricDifferenceUpdate);

function setTraverse(rt: Runtime, s: number, visit: (child: number) => void): void {
  for (let pos = setNextEntry(rt, s, 0); pos >= 0; pos = setNextEntry(rt, s, pos + 1)) visit(entryKey(rt, s, pos));
}

function setSizeof(rt: Runtime, s: number): number {
  let size = rt.i32[(rt.typeOf(s) + Tp.BASICSIZE) >> 2];
  if (table(rt, s) !== s + SetField.SMALLTABLE) size += (mask(rt, s) + 1) * SetEntry.SIZE;
  return size;
}

/** set.__new__: an empty instance; set.__init__ fills it. */
function setNew(rt: Runtime, cls: number, _args: number, _nargs: number, kwnames: number): number {
  if (cls === rt.T.set && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "set() takes no keyword arguments");
  return makeNewSet(rt, cls, 0);
}

function setInit(rt: Runtime, s: number, args: number, nargs: number, kwnames: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "set() takes no keyword arguments");
  if (nargs > 1) throw rt.raise(rt.E.TypeError, `${rt.typeName(s)} expected at most 1 argument, got ${nargs}`);
  if (fill(rt, s) !== 0) setClear(rt, s);
  setCachedHash(rt, s, -1, -1);
  if (nargs === 1) setUpdateInternal(rt, s, arg(rt, args, 0));
}

function frozensetNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T.frozenset && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "frozenset() takes no keyword arguments");
  if (nargs > 1) throw rt.raise(rt.E.TypeError, `frozenset expected at most 1 argument, got ${nargs}`);
  const iterable = nargs === 1 ? arg(rt, args, 0) : 0;
  if (cls !== rt.T.frozenset) return makeNewSet(rt, cls, iterable);
  return newFrozenset(rt, iterable);
}

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

type Method = (rt: Runtime, self: number, args: number, nargs: number, kwnames: number) => number;

function noArgs(name: string, f: (rt: Runtime, self: number) => number): Method {
  return (rt, self, _args, nargs, kwnames) => {
    checkArgs(rt, name, nargs, kwnames, 0, 0);
    return f(rt, self);
  };
}

function oneArg(name: string, f: (rt: Runtime, self: number, other: number) => number): Method {
  return (rt, self, args, nargs, kwnames) => {
    checkArgs(rt, name, nargs, kwnames, 1, 1);
    return f(rt, self, arg(rt, args, 0));
  };
}

function noKeywords(rt: Runtime, name: string, kwnames: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${name}() takes no keyword arguments`);
}

function unionMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, `${rt.typeName(self) === "frozenset" ? "frozenset" : "set"}.union`, kwnames);
  const result = setCopy(rt, self);
  try {
    for (let i = 0; i < nargs; i++) {
      const other = arg(rt, args, i);
      if (other !== self) setUpdateInternal(rt, result, other);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function intersectionMulti(rt: Runtime, self: number, args: number, nargs: number): number {
  if (nargs === 0) return setCopy(rt, self);
  rt.incref(self);
  let result = self;
  for (let i = 0; i < nargs; i++) {
    let next: number;
    try {
      next = setIntersection(rt, result, arg(rt, args, i));
    } finally {
      rt.decref(result);
    }
    result = next;
  }
  return result;
}

function intersectionMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, `${baseName(rt, self)}.intersection`, kwnames);
  return intersectionMulti(rt, self, args, nargs);
}

function intersectionUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set.intersection_update", kwnames);
  const tmp = intersectionMulti(rt, self, args, nargs);
  swapBodies(rt, self, tmp);
  rt.decref(tmp);
  return none(rt);
}

function differenceMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, `${baseName(rt, self)}.difference`, kwnames);
  if (nargs === 0) return setCopy(rt, self);
  const result = setDifference(rt, self, arg(rt, args, 0));
  try {
    for (let i = 1; i < nargs; i++) setDifferenceUpdate(rt, result, arg(rt, args, i));
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function differenceUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set.difference_update", kwnames);
  for (let i = 0; i < nargs; i++) setDifferenceUpdate(rt, self, arg(rt, args, i));
  return none(rt);
}

function updateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set.update", kwnames);
  for (let i = 0; i < nargs; i++) setUpdateInternal(rt, self, arg(rt, args, i));
  return none(rt);
}

function baseName(rt: Runtime, s: number): string {
  return isFrozenOrSub(rt, s) ? "frozenset" : "set";
}

function addMethod(rt: Runtime, self: number, key: number): number {
  setAdd(rt, self, key);
  return none(rt);
}

function removeMethod(rt: Runtime, self: number, key: number): number {
  if (!withFrozenRetry(rt, self, key, discardKey)) raiseKeyError(rt, key);
  return none(rt);
}

function discardMethod(rt: Runtime, self: number, key: number): number {
  withFrozenRetry(rt, self, key, discardKey);
  return none(rt);
}

/** set.pop(): an arbitrary key, scanning from the finger so repeated pops are O(1) on average. */
function popMethod(rt: Runtime, self: number): number {
  const m = mask(rt, self);
  const tbl = table(rt, self);
  const d = dummy(rt);
  if (used(rt, self) === 0) throw rt.raise(rt.E.KeyError, "pop from an empty set");
  let i = rt.load(self + SetField.FINGER) & m;
  for (;;) {
    const key = rt.i32[(tbl + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) break;
    i++;
    if (i > m) i = 0;
  }
  const entry = tbl + i * SetEntry.SIZE;
  const key = rt.i32[entry >> 2];
  writeEntry(rt, entry, d, -1, -1);
  setUsed(rt, self, used(rt, self) - 1);
  rt.store(self + SetField.FINGER, i + 1);
  return key;
}

function clearMethod(rt: Runtime, self: number): number {
  setClear(rt, self);
  return none(rt);
}

function copyMethod(rt: Runtime, self: number): number {
  return setCopy(rt, self);
}

function frozensetCopyMethod(rt: Runtime, self: number): number {
  if (rt.typeOf(self) === rt.T.frozenset) {
    rt.incref(self);
    return self;
  }
  return setCopy(rt, self);
}

function sizeofMethod(rt: Runtime, self: number): number {
  return newInt(rt, setSizeof(rt, self));
}

function containsMethod(rt: Runtime, self: number, key: number): number {
  return bool(rt, setContains(rt, self, key));
}

const commonMethods = (base: string) => [
  { name: "__contains__", fn: oneArg(`${base}.__contains__`, containsMethod), doc: "x.__contains__(y) <==> y in x." },
  { name: "__sizeof__", fn: noArgs(`${base}.__sizeof__`, sizeofMethod), doc: "S.__sizeof__() -> size of S in memory, in bytes" },
  { name: "difference", fn: differenceMethod, doc: "Return the difference of two or more sets as a new set." },
  { name: "intersection", fn: intersectionMethod, doc: "Return the intersection of two sets as a new set." },
  { name: "isdisjoint", fn: oneArg(`${base}.isdisjoint`, (rt, s, o) => bool(rt, isDisjoint(rt, s, o))), doc: "Return True if two sets have a null intersection." },
  { name: "issubset", fn: oneArg(`${base}.issubset`, (rt, s, o) => bool(rt, isSubset(rt, s, o))), doc: "Report whether another set contains this set." },
  { name: "issuperset", fn: oneArg(`${base}.issuperset`, (rt, s, o) => bool(rt, isSuperset(rt, s, o))), doc: "Report whether this set contains another set." },
  { name: "symmetric_difference", fn: oneArg(`${base}.symmetric_difference`, symmetricDifference), doc: "Return the symmetric difference of two sets as a new set." },
  { name: "union", fn: unionMethod, doc: "Return the union of sets as a new set." },
];

export const setType: TypeDef = {
  name: "set",
  basicsize: SetField.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.",
  dealloc: setDealloc,
  repr: setRepr,
  unhashable: true,
  richcompare: setRichcompare,
  iter: newSetIterator,
  new: setNew,
  init: setInit,
  nb: setNb,
  nbInplace: setNbInplace,
  length: setSize,
  contains: setContains,
  traverse: setTraverse,
  clear: (rt, s) => setClear(rt, s),
  sizeof: setSizeof,
  methods: [
    { name: "add", fn: oneArg("set.add", addMethod), doc: "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { name: "clear", fn: noArgs("set.clear", clearMethod), doc: "Remove all elements from this set." },
    { name: "copy", fn: noArgs("set.copy", copyMethod), doc: "Return a shallow copy of a set." },
    { name: "discard", fn: oneArg("set.discard", discardMethod), doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { name: "difference_update", fn: differenceUpdateMethod, doc: "Remove all elements of another set from this set." },
    { name: "intersection_update", fn: intersectionUpdateMethod, doc: "Update a set with the intersection of itself and another." },
    { name: "pop", fn: noArgs("set.pop", popMethod), doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { name: "remove", fn: oneArg("set.remove", removeMethod), doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { name: "symmetric_difference_update", fn: oneArg("set.symmetric_difference_update", (rt, s, o) => { setSymmetricDifferenceUpdate(rt, s, o); return none(rt); }), doc: "Update a set with the symmetric difference of itself and another." },
    { name: "update", fn: updateMethod, doc: "Update a set with the union of itself and others." },
    ...commonMethods("set"),
  ],
};

export const frozensetType: TypeDef = {
  name: "frozenset",
  basicsize: SetField.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.",
  dealloc: setDealloc,
  repr: setRepr,
  hash: frozensetHash,
  richcompare: setRichcompare,
  iter: newSetIterator,
  new: frozensetNew,
  nb: setNb,
  length: setSize,
  contains: setContains,
  traverse: setTraverse,
  sizeof: setSizeof,
  methods: [
    { name: "copy", fn: noArgs("frozenset.copy", frozensetCopyMethod), doc: "Return a shallow copy of a set." },
    ...commonMethods("frozenset"),
  ],
};

// ── set_iterator ────────────────────────────────────────────────────────────────────────

export const enum SetIter {
  SET = 16,
  USED = 24,
  POS = 32,
  LEN = 40,
  SIZE = 48,
}

/** iter(s): a set_iterator over the table in slot order (new reference). */
export function newSetIterator(rt: Runtime, s: number): number {
  const it = rt.allocObject(rt.T.set_iterator, SetIter.SIZE);
  rt.incref(s);
  rt.store(it + SetIter.SET, s);
  rt.store(it + SetIter.USED, used(rt, s));
  rt.store(it + SetIter.POS, 0);
  rt.store(it + SetIter.LEN, used(rt, s));
  return it;
}

function setIterNext(rt: Runtime, it: number): number {
  const s = rt.load(it + SetIter.SET);
  if (s === 0) return 0;
  if (rt.load(it + SetIter.USED) !== used(rt, s)) {
    rt.i32[(it + SetIter.USED) >> 2] = -1;
    throw rt.raise(rt.E.RuntimeError, "Set changed size during iteration");
  }
  const i = setNextEntry(rt, s, rt.load(it + SetIter.POS));
  if (i < 0) {
    rt.store(it + SetIter.POS, mask(rt, s) + 2);
    rt.store(it + SetIter.SET, 0);
    rt.decref(s);
    return 0;
  }
  rt.store(it + SetIter.POS, i + 1);
  rt.store(it + SetIter.LEN, rt.load(it + SetIter.LEN) - 1);
  const key = entryKey(rt, s, i);
  rt.incref(key);
  return key;
}

function setIterLengthHint(rt: Runtime, it: number): number {
  const s = rt.load(it + SetIter.SET);
  const n = s !== 0 && rt.load(it + SetIter.USED) === used(rt, s) ? rt.load(it + SetIter.LEN) : 0;
  return newInt(rt, n);
}

export const setIteratorType: TypeDef = {
  name: "set_iterator",
  basicsize: SetIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc(rt, it) {
    const s = rt.load(it + SetIter.SET);
    if (s !== 0) rt.decref(s);
    rt.freeObject(it);
  },
  traverse(rt, it, visit) {
    const s = rt.load(it + SetIter.SET);
    if (s !== 0) visit(s);
  },
  iter: selfIter,
  iternext: setIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => setIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};
