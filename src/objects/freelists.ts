/**
 * Free lists and static caches of the builtin containers, in one place.
 *
 * CPython 3.11 keeps dead objects of a few hot types to reuse them without a trip through the
 * allocator (§2.12 of the memory reference):
 *
 *   cache                      capacity         linked through / stored as
 *   ─────────────────────────  ───────────────  ──────────────────────────────────────────────
 *   tuple, per length 1..20    2000 each        ob_item[0]   (pushed 1..20, popped 1..19 only)
 *   list header                80               a stack of addresses (items array freed)
 *   dict header                80               a stack of addresses
 *   dict keys (size 8, str)    80               a stack of keys-table addresses
 *   float                      100              ob_type word (float.ts pushes and pops)
 *   slice                      1                one address
 *
 * An object on a free list is dead: refcount 0, untracked, its memory still a block in use as
 * far as the allocator knows. Reusing it is not an allocation (no malloc, no gen-0 count, no
 * tracemalloc trace). Every list but the slice cache is emptied by a generation-2 collection
 * (`clearFreeLists`), and all of them at teardown (`clearAllFreeLists`), after which the
 * blocks are back with the allocator.
 *
 * The same per-runtime record keeps the containers' other interpreter-wide state: the shared
 * empty dict-keys table (CPython's static Py_EMPTY_KEYS), the dummy key of set tables, the
 * global dict version counter. (The repr recursion guard, Py_ReprEnter's list, is in each
 * thread's state dict, as CPython keeps it.) A record
 * belongs to one Runtime (a WeakMap, with the last runtime cached so the hot path is one
 * comparison), so interpreters never share free lists.
 */
import { RuntimeLocal } from "./runtime-local.js";
import type { Runtime } from "./runtime.js";
import { Ob, STATIC_REFCNT } from "./layout.js";
import { Keys } from "./dict-keys.js";
import { statLine } from "../heap/index.js";
import { dictGetItemStr, dictSetItem, newDict } from "./dict.js";
import { listAppend, listItem, listSize, newList } from "./list.js";
import { listAssSlice } from "./list-slice.js";

/** Capacities, CPython 3.11's. */
export const enum FreeListSize {
  /** PyTuple_MAXSAVESIZE: lengths 1..20 have a free list. */
  TUPLE_MAXSAVESIZE = 20,
  /** PyTuple_MAXFREELIST. */
  TUPLE_MAXFREELIST = 2000,
  LIST = 80,
  DICT = 80,
  DICT_KEYS = 80,
  FLOAT = 100,
}

/** Bytes of a freed object as `_debugmallocstats` counts it (no GC header). */
const enum StatSize {
  DICT = 48,
  FLOAT = 24,
  LIST = 40,
  TUPLE_BASE = 24,
}

export interface ContainerState {
  /** tupleHead[n]: first free tuple of length n (1..20), or 0; the next is in its ob_item[0]. */
  readonly tupleHead: Int32Array;
  readonly tupleCount: Int32Array;
  /** Free list headers (stacks: the last pushed is reused first). */
  readonly lists: Int32Array;
  listCount: number;
  readonly dicts: Int32Array;
  dictCount: number;
  /** Size-8 unicode keys tables. */
  readonly dictKeys: Int32Array;
  dictKeysCount: number;
  /** Free floats, linked through the ob_type word (float.ts owns the push and pop). */
  floatHead: number;
  floatCount: number;
  /** The one cached slice (3.11's `interp->slice_cache`), or 0. */
  slice: number;
  /** Py_EMPTY_KEYS: the keys table every empty dict shares (static, never freed, not counted). */
  readonly emptyKeys: number;
  /** The dummy key of set tables (static). */
  readonly setDummy: number;
  /** DICT_NEXT_VERSION's counter (ma_version_tag values). */
  dictVersion: number;
  /**
   * The next keys version (dk_version) a table is given when an inline cache asks for one
   * (dict-keys.ts's keysVersionForCurrentState); 0 once the 32 bits are spent. 1 is
   * Py_EMPTY_KEYS's, as in CPython.
   */
  nextKeysVersion: number;
  /**
   * The interned "Py_Repr", the key of the repr guard's list in a thread's state dict, made
   * with this record at start-up (CPython's is a static string: no block of the program's).
   */
  readonly reprKey: number;
  /** Objects whose repr is being computed (Py_ReprEnter / Py_ReprLeave). */
}

const states = new RuntimeLocal<ContainerState>((rt) => makeState(rt));

/** The container state of `rt`, made on first use (the static caches are allocated then). */
export function containers(rt: Runtime): ContainerState {
  return states.get(rt);
}

function makeState(rt: Runtime): ContainerState {
  // Py_EMPTY_KEYS: log2 size 0 (one index byte, mask 0), unicode kind, no usable entries, and
  // eight EMPTY index bytes, as CPython's static struct.
  const emptyKeys = rt.heap.staticAlloc(Keys.HEADER + 8);
  rt.i32[(emptyKeys + Keys.REFCNT) >> 2] = 1;
  rt.u8[emptyKeys + Keys.KIND] = Keys.KIND_UNICODE;
  rt.u32[(emptyKeys + Keys.VERSION) >> 2] = 1;
  rt.u8.fill(0xff, emptyKeys + Keys.HEADER, emptyKeys + Keys.HEADER + 8);
  const setDummy = rt.heap.staticAlloc(Ob.HEAD_SIZE);
  rt.i32[setDummy >> 2] = STATIC_REFCNT;
  return {
    tupleHead: new Int32Array(FreeListSize.TUPLE_MAXSAVESIZE + 1),
    tupleCount: new Int32Array(FreeListSize.TUPLE_MAXSAVESIZE + 1),
    lists: new Int32Array(FreeListSize.LIST),
    listCount: 0,
    dicts: new Int32Array(FreeListSize.DICT),
    dictCount: 0,
    dictKeys: new Int32Array(FreeListSize.DICT_KEYS),
    dictKeysCount: 0,
    floatHead: 0,
    floatCount: 0,
    slice: 0,
    emptyKeys,
    setDummy,
    dictVersion: 0,
    nextKeysVersion: 2,
    reprKey: rt.identifier("Py_Repr"),
  };
}

// ── the float free list (float.ts's) ────────────────────────────────────────────────────

/**
 * Keep a dead exact float for reuse; false when the list is full (the caller frees it).
 * The link to the next free float is stored in the ob_type word, as CPython does.
 */
export function floatFreeListPush(rt: Runtime, f: number): boolean {
  const s = containers(rt);
  if (s.floatCount >= FreeListSize.FLOAT) return false;
  // The type word's high half is zero already (an address fits the low one).
  rt.i32[(f + Ob.TYPE) >> 2] = s.floatHead;
  s.floatHead = f;
  s.floatCount++;
  return true;
}

/**
 * A float block from the free list with refcount 1 and ob_type restored (the value is the
 * caller's to set), or 0 when the list is empty. A new reference.
 */
export function floatFreeListPop(rt: Runtime): number {
  const s = containers(rt);
  const f = s.floatHead;
  if (f === 0) return 0;
  const i32 = rt.i32;
  s.floatHead = i32[(f + Ob.TYPE) >> 2];
  s.floatCount--;
  i32[(f + Ob.TYPE) >> 2] = rt.T.float;
  i32[(f + Ob.REFCNT) >> 2] = 1;
  return f;
}

// ── repr recursion guard ────────────────────────────────────────────────────────────────

/**
 * Py_ReprEnter: true when `o`'s repr is already being computed (the caller prints `[...]`);
 * otherwise records it and returns false, and the caller must call `reprLeave` on every path.
 * As CPython keeps them, the objects in progress are in a list under "Py_Repr" in the thread's
 * state dict (made, with the list, at the thread's first container repr: two objects of the
 * collector and their blocks, which programs counting them see), each with a reference.
 */
export function reprEnter(rt: Runtime, o: number): boolean {
  const ts = rt.ts;
  if (ts.dict === 0) ts.dict = newDict(rt);
  const key = containers(rt).reprKey;
  let list = dictGetItemStr(rt, ts.dict, key);
  if (list === 0) {
    list = newList(rt, 0);
    try {
      dictSetItem(rt, ts.dict, key, list);
    } finally {
      rt.decref(list);
    }
  }
  for (let i = listSize(rt, list) - 1; i >= 0; i--) if (listItem(rt, list, i) === o) return true;
  listAppend(rt, list, o);
  return false;
}

/** Py_ReprLeave: `o`'s entry leaves the list (the last one, as CPython looks from the end). */
export function reprLeave(rt: Runtime, o: number): void {
  const d = rt.ts.dict;
  if (d === 0) return;
  const list = dictGetItemStr(rt, d, containers(rt).reprKey);
  if (list === 0) return;
  const saved = rt.fetchException();
  try {
    for (let i = listSize(rt, list) - 1; i >= 0; i--) {
      if (listItem(rt, list, i) === o) {
        listAssSlice(rt, list, i, i + 1, 0);
        return;
      }
    }
  } finally {
    if (saved !== 0) rt.setException(saved);
  }
}

// ── clearing and statistics ─────────────────────────────────────────────────────────────

/**
 * Empty the free lists a generation-2 collection empties (CPython's clear_freelists): tuple,
 * float, list, dict and dict keys. The slice cache survives, as in CPython.
 */
export function clearFreeLists(rt: Runtime): void {
  const s = containers(rt);
  for (let n = 1; n <= FreeListSize.TUPLE_MAXSAVESIZE; n++) {
    let t = s.tupleHead[n];
    while (t !== 0) {
      const next = rt.load(t + Ob.VAR_HEAD_SIZE);
      rt.freeObject(t);
      t = next;
    }
    s.tupleHead[n] = 0;
    s.tupleCount[n] = 0;
  }
  let f = s.floatHead;
  while (f !== 0) {
    const next = rt.load(f + Ob.TYPE);
    if (rt.liveObjects !== null) rt.liveObjects.delete(f);
    rt.heap.free(f);
    f = next;
  }
  s.floatHead = 0;
  s.floatCount = 0;
  while (s.listCount > 0) rt.freeObject(s.lists[--s.listCount]);
  while (s.dictCount > 0) rt.freeObject(s.dicts[--s.dictCount]);
  while (s.dictKeysCount > 0) rt.heap.free(s.dictKeys[--s.dictKeysCount]);
}

/** Teardown: every free list and the slice cache, so that no block stays in use. */
export function clearAllFreeLists(rt: Runtime): void {
  clearFreeLists(rt);
  const s = containers(rt);
  if (s.slice !== 0) {
    rt.freeObject(s.slice);
    s.slice = 0;
  }
}

/** One `_PyDebugAllocatorStats` line: `"%d %ss * %zd bytes each"` right-aligned in 48, then the value. */
function allocatorStatsLine(name: string, count: number, size: number): string {
  return statLine(`${count} ${name}s * ${size} bytes each`.padStart(48) + " ", count * size);
}

/**
 * The free-list lines `sys._debugmallocstats()` prints after the allocator report, in
 * CPython's order: dict, float, list, then the tuple lists of lengths 1..20.
 */
export function freeListStats(rt: Runtime): string {
  const s = containers(rt);
  let out = allocatorStatsLine("free PyDictObject", s.dictCount, StatSize.DICT);
  out += allocatorStatsLine("free PyFloatObject", s.floatCount, StatSize.FLOAT);
  out += allocatorStatsLine("free PyListObject", s.listCount, StatSize.LIST);
  for (let n = 1; n <= FreeListSize.TUPLE_MAXSAVESIZE; n++) {
    out += allocatorStatsLine(`free ${n}-sized PyTupleObject`, s.tupleCount[n], StatSize.TUPLE_BASE + 8 * n);
  }
  return out;
}
