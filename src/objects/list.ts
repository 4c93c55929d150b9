/**
 * `list`: a resizable array of references.
 *
 *   PyListObject (40 bytes; getsizeof 56 + 8·allocated)          item array (MEM domain)
 *   ┌────────┬────────┬─────────┬─────────┬───────────┐         ┌────────┬────────┬─────
 *   │ refcnt │ type   │ ob_size │ ob_item ├───────────┼────────▶│ item 0 │ item 1 │ ...  allocated slots
 *   └────────┴────────┴─────────┴─────────┴───────────┘         └────────┴────────┴─────
 *    0        8        16        24        32 allocated
 *
 * Invariants: 0 <= ob_size <= allocated; ob_item is 0 exactly when allocated is 0 (and during
 * a sort, when the list is emptied and allocated is -1). Every slot below ob_size holds a
 * reference. Capacity follows CPython 3.11 exactly, because getsizeof shows it:
 *   - `listResize` (append, insert, pop, del, slice assignment): no realloc while
 *     allocated/2 <= newsize <= allocated; else allocated = (n + n/8 + 6) & ~3, or
 *     (n + 3) & ~3 when one call grows by more than that over-allocation, or 0 for n = 0.
 *     Appends from empty give 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
 *   - `preallocateExact` (list(iterable) with a length, extend of an empty list from a list or
 *     tuple): the length rounded up to even.
 *   - `newList(n)`, `[x] * n`, slices and concatenation: exactly n.
 * Items are released last to first. Dead exact list headers go to a free list of 80 (their
 * item arrays are freed); `newList` reuses them, `list(...)` (type call) does not, as in CPython.
 *
 * Operations that release items (slice assignment, clear, pop, del) first put the list back
 * in a consistent shape and only then decref, since a decref can run arbitrary code.
 * Sorting lives in list-sort.ts.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { call0, getIter, iterNext, length, reprText, richCompare, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { newInt } from "./int.js";
import { lookupSpecial } from "./iterators.js";
import { containers, FreeListSize, reprEnter, reprLeave } from "./freelists.js";
import { asSsize, hasIndex, isSlice, sliceIndices, sliceOut, ssizeArg } from "./slice.js";
import {
  Tuple, compareSizes, newTuple, notImplemented, otherMayHandle, repeatCount, selfIter, sliceIndexNotNone, tupleSize,
} from "./tuple.js";
import { listSortMethod } from "./list-sort.js";

export const enum List {
  /** Address of the item array (0 when none). */
  ITEMS = 24,
  /** Slots in the item array; -1 while a sort owns the items. */
  ALLOCATED = 32,
  SIZE = 40,
}

/** listiterobject and listreviterobject. */
export const enum ListIter {
  /** Next index (the reverse iterator counts down; -1 when done). */
  INDEX = 16,
  /** The list, or 0 once exhausted. */
  SEQ = 24,
  SIZE = 32,
}

/** Slice assignment keeps up to this many replaced items in scratch memory, beyond it a heap block (CPython's recycle_on_stack). */
const RECYCLE_ON_STACK = 8;

// ── raw access ──────────────────────────────────────────────────────────────────────────

export function listSize(rt: Runtime, l: number): number {
  return rt.i32[(l + Ob.SIZE) >> 2];
}

/** The item array's address (0 when the list has none). */
export function listItems(rt: Runtime, l: number): number {
  return rt.i32[(l + List.ITEMS) >> 2];
}

export function listAllocated(rt: Runtime, l: number): number {
  return rt.i32[(l + List.ALLOCATED) >> 2];
}

/** Item i (borrowed; no bounds check). */
export function listItem(rt: Runtime, l: number, i: number): number {
  return rt.i32[(rt.i32[(l + List.ITEMS) >> 2] >> 2) + 2 * i];
}

/** Store item i (0 <= i < size), stealing `v` and releasing the old item (PyList_SetItem). */
export function listSetItem(rt: Runtime, l: number, i: number, v: number): void {
  const p = rt.i32[(l + List.ITEMS) >> 2] + 8 * i;
  const old = rt.i32[p >> 2];
  rt.store(p, v);
  if (old !== 0) rt.decref(old);
}

function setSize(rt: Runtime, l: number, n: number): void {
  rt.store(l + Ob.SIZE, n);
}

function setStorage(rt: Runtime, l: number, items: number, allocated: number): void {
  rt.store(l + List.ITEMS, items);
  rt.i32[(l + List.ALLOCATED) >> 2] = allocated;
  rt.i32[(l + List.ALLOCATED + 4) >> 2] = allocated < 0 ? -1 : 0;
}

function isList(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.LIST_SUBCLASS);
}

/** Refuse item arrays the 2 GiB address space can never hold. */
function checkCapacity(rt: Runtime, n: number): void {
  if (n > 0x0fffffff) throw rt.noMemory();
}

// ── growth ──────────────────────────────────────────────────────────────────────────────

/** CPython 3.11's list_resize capacity for growing or shrinking from `oldSize` to `newSize`. */
export function listCapacityFor(oldSize: number, newSize: number): number {
  if (newSize === 0) return 0;
  let alloc = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - oldSize > alloc - newSize) alloc = (newSize + 3) & ~3;
  return alloc;
}

/** list_resize: set the size to `newSize`, reallocating by the over-allocation rule if needed. */
export function listResize(rt: Runtime, l: number, newSize: number): void {
  const allocated = listAllocated(rt, l);
  if (allocated >= newSize && newSize >= allocated >> 1) {
    setSize(rt, l, newSize);
    return;
  }
  const alloc = listCapacityFor(listSize(rt, l), newSize);
  checkCapacity(rt, alloc);
  const items = rt.memRealloc(listItems(rt, l), alloc * 8);
  setStorage(rt, l, items, alloc);
  setSize(rt, l, newSize);
}

/** list_preallocate_exact: an empty list without storage gets room for `n` (rounded up to even). */
function preallocateExact(rt: Runtime, l: number, n: number): void {
  const alloc = (n + 1) & ~1;
  checkCapacity(rt, alloc);
  setStorage(rt, l, rt.mem(alloc * 8), alloc);
}

// ── construction ────────────────────────────────────────────────────────────────────────

/**
 * PyList_New(n): a list of `n` slots, all 0 (fill them with listSetItem), with exactly `n`
 * allocated. Reuses a free header when there is one. New reference.
 */
export function newList(rt: Runtime, n: number): number {
  const s = containers(rt);
  let l: number;
  if (s.listCount > 0) {
    l = s.lists[--s.listCount];
    rt.store(l + Ob.REFCNT, 1);
  } else {
    l = rt.allocObject(rt.T.list, List.SIZE);
  }
  setSize(rt, l, 0);
  setStorage(rt, l, 0, 0);
  if (n > 0) {
    try {
      checkCapacity(rt, n);
      const items = rt.mem(n * 8);
      rt.i32.fill(0, items >> 2, (items >> 2) + 2 * n);
      setStorage(rt, l, items, n);
    } catch (e) {
      rt.decref(l);
      throw e;
    }
    setSize(rt, l, n);
  }
  return l;
}

/** list_new_prealloc: an empty list (size 0) with exactly `n` slots allocated. New reference. */
function newListPrealloc(rt: Runtime, n: number): number {
  const l = newList(rt, 0);
  if (n > 0) {
    try {
      checkCapacity(rt, n);
      setStorage(rt, l, rt.mem(n * 8), n);
    } catch (e) {
      rt.decref(l);
      throw e;
    }
  }
  return l;
}

/** list_slice: a new list of items [lo, hi) of `l` (clipped by the caller). */
function listSlice(rt: Runtime, l: number, lo: number, hi: number): number {
  const n = hi - lo;
  if (n <= 0) return newList(rt, 0);
  const r = newListPrealloc(rt, n);
  const src = listItems(rt, l) >> 2;
  const dst = listItems(rt, r) >> 2;
  for (let i = 0; i < n; i++) {
    const v = rt.i32[src + 2 * (lo + i)];
    rt.incref(v);
    rt.i32[dst + 2 * i] = v;
    rt.i32[dst + 2 * i + 1] = 0;
  }
  setSize(rt, r, n);
  return r;
}

/** Append `v` (borrowed: it is increfed). */
export function listAppend(rt: Runtime, l: number, v: number): void {
  rt.incref(v);
  appendTakeRef(rt, l, v);
}

/** Append `v`, stealing the reference (released on failure). */
function appendTakeRef(rt: Runtime, l: number, v: number): void {
  const n = listSize(rt, l);
  if (listAllocated(rt, l) > n) {
    rt.store(listItems(rt, l) + 8 * n, v);
    setSize(rt, l, n + 1);
    return;
  }
  try {
    listResize(rt, l, n + 1);
  } catch (e) {
    rt.decref(v);
    throw e;
  }
  rt.store(listItems(rt, l) + 8 * n, v);
}

/** A list's items as a new tuple (PyList_AsTuple). */
export function listAsTuple(rt: Runtime, l: number): number {
  const n = listSize(rt, l);
  const t = newTuple(rt, n);
  const src = listItems(rt, l) >> 2;
  for (let i = 0; i < n; i++) {
    const v = rt.i32[src + 2 * i];
    rt.incref(v);
    rt.store(t + Tuple.ITEMS + 8 * i, v);
  }
  return t;
}

/** PySequence_List: a new list of an iterable's items. */
export function listFromIterable(rt: Runtime, iterable: number): number {
  const l = newList(rt, 0);
  try {
    listExtend(rt, l, iterable);
  } catch (e) {
    rt.decref(l);
    throw e;
  }
  return l;
}

/**
 * PyObject_LengthHint(o, dflt): len(o) if it has one, else `o.__length_hint__()`, else dflt.
 * A TypeError from either counts as "no hint".
 */
export function lengthHint(rt: Runtime, o: number, dflt: number): number {
  if (rt.slotsOf(o).length !== undefined) {
    try {
      return length(rt, o);
    } catch (e) {
      if (e !== PY_RAISED || !rt.clearIfMatches(rt.E.TypeError)) throw e;
    }
  }
  const hint = lookupSpecial(rt, o, "__length_hint__");
  if (hint === 0) return dflt;
  let result: number;
  try {
    result = call0(rt, hint);
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) return dflt;
    throw e;
  } finally {
    rt.decref(hint);
  }
  if (result === rt.S.NotImplemented) {
    rt.decref(result);
    return dflt;
  }
  if (!rt.hasFlag(result, TpFlag.LONG_SUBCLASS)) {
    const name = rt.typeName(result);
    rt.decref(result);
    throw rt.raise(rt.E.TypeError, `__length_hint__ must be an integer, not ${name}`);
  }
  let n: number;
  try {
    n = ssizeArg(rt, result);
  } finally {
    rt.decref(result);
  }
  if (n < 0) throw rt.raise(rt.E.ValueError, "__length_hint__() should return >= 0");
  return n;
}

/**
 * list.extend(iterable): lists and tuples (and the list itself) are copied in one step, with
 * exact preallocation when the list has no storage yet; other iterables are consumed with a
 * length hint, the surplus capacity cut back at the end.
 */
export function listExtend(rt: Runtime, l: number, iterable: number): void {
  const type = rt.typeOf(iterable);
  if (type === rt.T.list || type === rt.T.tuple || iterable === l) {
    const isTupleSrc = type === rt.T.tuple;
    const n = isTupleSrc ? tupleSize(rt, iterable) : listSize(rt, iterable);
    if (n === 0) return;
    const m = listSize(rt, l);
    if (listItems(rt, l) === 0) {
      preallocateExact(rt, l, n);
      setSize(rt, l, n);
    } else {
      listResize(rt, l, m + n);
    }
    // Read the source after resizing: for l.extend(l) the items may have moved.
    const src = isTupleSrc ? (iterable + Tuple.ITEMS) >> 2 : listItems(rt, iterable) >> 2;
    const dst = (listItems(rt, l) >> 2) + 2 * m;
    for (let i = 0; i < n; i++) {
      const v = rt.i32[src + 2 * i];
      rt.incref(v);
      rt.i32[dst + 2 * i] = v;
      rt.i32[dst + 2 * i + 1] = 0;
    }
    return;
  }
  const it = getIter(rt, iterable);
  try {
    const n = lengthHint(rt, iterable, 8);
    const m = listSize(rt, l);
    if (listItems(rt, l) === 0) {
      if (n > 0) preallocateExact(rt, l, n);
    } else {
      listResize(rt, l, m + n);
      setSize(rt, l, m);
    }
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      const size = listSize(rt, l);
      if (size < listAllocated(rt, l)) {
        rt.store(listItems(rt, l) + 8 * size, item);
        setSize(rt, l, size + 1);
      } else {
        appendTakeRef(rt, l, item);
      }
    }
    if (listSize(rt, l) < listAllocated(rt, l)) listResize(rt, l, listSize(rt, l));
  } finally {
    rt.decref(it);
  }
}

// ── removal ─────────────────────────────────────────────────────────────────────────────

/** _list_clear: detach the items first, then release them last to first and free the array. */
export function listClear(rt: Runtime, l: number): void {
  const items = listItems(rt, l);
  if (items === 0) return;
  let i = listSize(rt, l);
  setSize(rt, l, 0);
  setStorage(rt, l, 0, 0);
  while (--i >= 0) {
    const v = rt.i32[(items >> 2) + 2 * i];
    if (v !== 0) rt.decref(v);
  }
  rt.heap.free(items);
}

let recycleScratch = new Int32Array(RECYCLE_ON_STACK * 32);
let recycleTop = 0;

/**
 * list_ass_slice: replace items [ilow, ihigh) with the items of `v` (0 deletes). `v` may be
 * any iterable ("can only assign an iterable"); `a[i:j] = a` copies first.
 */
export function listAssSlice(rt: Runtime, a: number, ilow: number, ihigh: number, v: number): void {
  if (v === a) {
    const copy = listSlice(rt, v, 0, listSize(rt, v));
    try {
      listAssSlice(rt, a, ilow, ihigh, copy);
    } finally {
      rt.decref(copy);
    }
    return;
  }
  let seq = 0;
  let n = 0;
  let vitems = 0;
  if (v !== 0) {
    seq = sequenceFast(rt, v, "can only assign an iterable");
    if (rt.typeOf(seq) === rt.T.tuple) {
      n = tupleSize(rt, seq);
      vitems = seq + Tuple.ITEMS;
    } else {
      n = listSize(rt, seq);
      vitems = listItems(rt, seq);
    }
  }
  try {
    const size = listSize(rt, a);
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      listClear(rt, a);
      return;
    }
    // Keep the replaced items until the list is consistent again.
    const onStack = norig <= RECYCLE_ON_STACK;
    let recycleBase = 0;
    let recycleHeap = 0;
    if (onStack) {
      recycleBase = recycleTop;
      if (recycleBase + norig > recycleScratch.length) {
        const bigger = new Int32Array(recycleScratch.length * 2);
        bigger.set(recycleScratch);
        recycleScratch = bigger;
      }
      recycleTop += norig;
    } else {
      recycleHeap = rt.mem(8 * norig);
    }
    try {
      let items = listItems(rt, a) >> 2;
      for (let k = 0; k < norig; k++) {
        const old = rt.i32[items + 2 * (ilow + k)];
        if (onStack) recycleScratch[recycleBase + k] = old;
        else rt.store(recycleHeap + 8 * k, old);
      }
      if (d < 0) {
        rt.i32.copyWithin(items + 2 * (ihigh + d), items + 2 * ihigh, items + 2 * size);
        listResize(rt, a, size + d);
        items = listItems(rt, a) >> 2;
      } else if (d > 0) {
        listResize(rt, a, size + d);
        items = listItems(rt, a) >> 2;
        rt.i32.copyWithin(items + 2 * (ihigh + d), items + 2 * ihigh, items + 2 * size);
      }
      for (let k = 0; k < n; k++) {
        const w = rt.i32[(vitems >> 2) + 2 * k];
        if (w !== 0) rt.incref(w);
        rt.i32[items + 2 * (ilow + k)] = w;
        rt.i32[items + 2 * (ilow + k) + 1] = 0;
      }
      for (let k = norig - 1; k >= 0; k--) {
        const old = onStack ? recycleScratch[recycleBase + k] : rt.load(recycleHeap + 8 * k);
        if (old !== 0) rt.decref(old);
      }
    } finally {
      if (onStack) recycleTop = recycleBase;
      else rt.heap.free(recycleHeap);
    }
  } finally {
    if (seq !== 0) rt.decref(seq);
  }
}

/** PySequence_Fast: an exact list or tuple itself (increfed), else a new list of the items. */
export function sequenceFast(rt: Runtime, v: number, message: string): number {
  const type = rt.typeOf(v);
  if (type === rt.T.list || type === rt.T.tuple) {
    rt.incref(v);
    return v;
  }
  let it: number;
  try {
    it = getIter(rt, v);
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) throw rt.raise(rt.E.TypeError, message);
    throw e;
  }
  const l = newList(rt, 0);
  try {
    listExtend(rt, l, it);
  } catch (e) {
    rt.decref(l);
    throw e;
  } finally {
    rt.decref(it);
  }
  return l;
}

// ── subscripts ──────────────────────────────────────────────────────────────────────────

function listSubscript(rt: Runtime, l: number, key: number): number {
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    const n = listSize(rt, l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "list index out of range");
    const v = listItem(rt, l, i);
    rt.incref(v);
    return v;
  }
  if (isSlice(rt, key)) {
    const count = sliceIndices(rt, key, listSize(rt, l));
    const start = sliceOut[0];
    const step = sliceOut[2];
    if (count <= 0) return newList(rt, 0);
    if (step === 1) return listSlice(rt, l, start, start + count);
    const r = newListPrealloc(rt, count);
    const src = listItems(rt, l) >> 2;
    const dst = listItems(rt, r) >> 2;
    for (let i = 0, cur = start; i < count; i++, cur += step) {
      const v = rt.i32[src + 2 * cur];
      rt.incref(v);
      rt.i32[dst + 2 * i] = v;
      rt.i32[dst + 2 * i + 1] = 0;
    }
    setSize(rt, r, count);
    return r;
  }
  throw rt.raise(rt.E.TypeError, `list indices must be integers or slices, not ${rt.typeName(key)}`);
}

function listAssSubscript(rt: Runtime, l: number, key: number, value: number): void {
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    const n = listSize(rt, l);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "list assignment index out of range");
    if (value === 0) {
      listAssSlice(rt, l, i, i + 1, 0);
      return;
    }
    rt.incref(value);
    listSetItem(rt, l, i, value);
    return;
  }
  if (!isSlice(rt, key)) {
    throw rt.raise(rt.E.TypeError, `list indices must be integers or slices, not ${rt.typeName(key)}`);
  }
  const count = sliceIndices(rt, key, listSize(rt, l));
  let start = sliceOut[0];
  let stop = sliceOut[1];
  let step = sliceOut[2];
  if (step === 1) {
    listAssSlice(rt, l, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (value === 0) {
    if (count <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (count - 1) - 1;
      step = -step;
    }
    deleteExtendedSlice(rt, l, start, step, count);
    return;
  }
  const seq = extendedSliceSource(rt, l, value);
  try {
    const isTupleSrc = rt.typeOf(seq) === rt.T.tuple;
    const n = isTupleSrc ? tupleSize(rt, seq) : listSize(rt, seq);
    if (n !== count) {
      throw rt.raise(rt.E.ValueError, `attempt to assign sequence of size ${n} to extended slice of size ${count}`);
    }
    if (count === 0) return;
    const garbage = rt.mem(8 * count);
    const src = isTupleSrc ? (seq + Tuple.ITEMS) >> 2 : listItems(rt, seq) >> 2;
    const items = listItems(rt, l) >> 2;
    for (let i = 0, cur = start; i < count; i++, cur += step) {
      rt.store(garbage + 8 * i, rt.i32[items + 2 * cur]);
      const ins = rt.i32[src + 2 * i];
      rt.incref(ins);
      rt.i32[items + 2 * cur] = ins;
    }
    for (let i = 0; i < count; i++) rt.decref(rt.load(garbage + 8 * i));
    rt.heap.free(garbage);
  } finally {
    rt.decref(seq);
  }
}

/** The source of an extended-slice assignment: a copy when it is the list itself. */
function extendedSliceSource(rt: Runtime, l: number, value: number): number {
  if (value === l) return listSlice(rt, l, 0, listSize(rt, l));
  return sequenceFast(rt, value, "must assign iterable to extended slice");
}

/** del l[start::step] for step > 0 and `count` items: close the gaps, shrink, then release. */
function deleteExtendedSlice(rt: Runtime, l: number, start: number, step: number, count: number): void {
  const garbage = rt.mem(8 * count);
  const size = listSize(rt, l);
  const items = listItems(rt, l) >> 2;
  const i32 = rt.i32;
  let cur = start;
  for (let i = 0; cur < start + count * step; cur += step, i++) {
    rt.store(garbage + 8 * i, i32[items + 2 * cur]);
    let lim = step - 1;
    if (cur + step >= size) lim = size - cur - 1;
    i32.copyWithin(items + 2 * (cur - i), items + 2 * (cur + 1), items + 2 * (cur + 1 + lim));
  }
  cur = start + count * step;
  if (cur < size) i32.copyWithin(items + 2 * (cur - count), items + 2 * cur, items + 2 * size);
  setSize(rt, l, size - count);
  try {
    listResize(rt, l, size - count);
  } finally {
    for (let i = 0; i < count; i++) rt.decref(rt.load(garbage + 8 * i));
    rt.heap.free(garbage);
  }
}

// ── the sequence protocol ───────────────────────────────────────────────────────────────

function listContains(rt: Runtime, l: number, el: number): boolean {
  for (let i = 0; i < listSize(rt, l); i++) {
    const item = listItem(rt, l, i);
    rt.incref(item);
    try {
      if (richCompareBool(rt, item, el, CompareOp.EQ)) return true;
    } finally {
      rt.decref(item);
    }
  }
  return false;
}

function listRepr(rt: Runtime, l: number): number {
  if (listSize(rt, l) === 0) return rt.newStr("[]");
  if (reprEnter(rt, l)) return rt.newStr("[...]");
  try {
    let text = "[";
    for (let i = 0; i < listSize(rt, l); i++) {
      if (i > 0) text += ", ";
      const item = listItem(rt, l, i);
      rt.incref(item);
      try {
        text += reprText(rt, item);
      } finally {
        rt.decref(item);
      }
    }
    return rt.newStr(text + "]");
  } finally {
    reprLeave(rt, l);
  }
}

function listRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isList(rt, v) || !isList(rt, w)) return notImplemented(rt);
  if (listSize(rt, v) !== listSize(rt, w) && (op === CompareOp.EQ || op === CompareOp.NE)) {
    return compareSizes(rt, 0, 1, op);
  }
  let i = 0;
  for (; i < listSize(rt, v) && i < listSize(rt, w); i++) {
    const vi = listItem(rt, v, i);
    const wi = listItem(rt, w, i);
    if (vi === wi) continue;
    rt.incref(vi);
    rt.incref(wi);
    let k: boolean;
    try {
      k = richCompareBool(rt, vi, wi, CompareOp.EQ);
    } finally {
      rt.decref(vi);
      rt.decref(wi);
    }
    if (!k) break;
  }
  const vn = listSize(rt, v);
  const wn = listSize(rt, w);
  if (i >= vn || i >= wn) return compareSizes(rt, vn, wn, op);
  if (op === CompareOp.EQ) return compareSizes(rt, 0, 1, CompareOp.EQ);
  if (op === CompareOp.NE) return compareSizes(rt, 0, 1, CompareOp.NE);
  const vi = listItem(rt, v, i);
  const wi = listItem(rt, w, i);
  rt.incref(vi);
  rt.incref(wi);
  try {
    return richCompare(rt, vi, wi, op);
  } finally {
    rt.decref(vi);
    rt.decref(wi);
  }
}

function listConcat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  if (!isList(rt, b)) {
    if (otherMayHandle(rt, b, BinaryOp.ADD)) return notImplemented(rt);
    throw rt.raise(rt.E.TypeError, `can only concatenate list (not "${rt.typeName(b)}") to list`);
  }
  const na = listSize(rt, a);
  const nb = listSize(rt, b);
  if (na + nb === 0) return newList(rt, 0);
  const r = newListPrealloc(rt, na + nb);
  const dst = listItems(rt, r) >> 2;
  for (let k = 0; k < 2; k++) {
    const from = k === 0 ? a : b;
    const n = k === 0 ? na : nb;
    const src = listItems(rt, from) >> 2;
    const base = k === 0 ? 0 : na;
    for (let i = 0; i < n; i++) {
      const v = rt.i32[src + 2 * i];
      rt.incref(v);
      rt.i32[dst + 2 * (base + i)] = v;
      rt.i32[dst + 2 * (base + i) + 1] = 0;
    }
  }
  setSize(rt, r, na + nb);
  return r;
}

function listRepeat(rt: Runtime, a: number, b: number): number {
  const left = isList(rt, a);
  const l = left ? a : b;
  const n = repeatCount(rt, left ? b : a, left);
  if (n < 0) return notImplemented(rt);
  const size = listSize(rt, l) * n;
  if (size === 0) return newList(rt, 0);
  checkCapacity(rt, size);
  const r = newListPrealloc(rt, size);
  const src = listItems(rt, l) >> 2;
  const dst = listItems(rt, r) >> 2;
  const m = listSize(rt, l);
  for (let k = 0, j = 0; k < n; k++) {
    for (let i = 0; i < m; i++, j++) {
      const v = rt.i32[src + 2 * i];
      rt.incref(v);
      rt.i32[dst + 2 * j] = v;
      rt.i32[dst + 2 * j + 1] = 0;
    }
  }
  setSize(rt, r, size);
  return r;
}

function listInplaceConcat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  listExtend(rt, a, b);
  rt.incref(a);
  return a;
}

function listInplaceRepeat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  const n = repeatCount(rt, b, true);
  if (n < 0) return notImplemented(rt);
  const size = listSize(rt, a);
  if (size === 0 || n === 1) {
    rt.incref(a);
    return a;
  }
  if (n < 1) {
    listClear(rt, a);
    rt.incref(a);
    return a;
  }
  checkCapacity(rt, size * n);
  listResize(rt, a, size * n);
  const items = listItems(rt, a) >> 2;
  for (let i = 1, p = size; i < n; i++) {
    for (let j = 0; j < size; j++, p++) {
      const v = rt.i32[items + 2 * j];
      rt.incref(v);
      rt.i32[items + 2 * p] = v;
      rt.i32[items + 2 * p + 1] = 0;
    }
  }
  rt.incref(a);
  return a;
}

const listNb: (BinarySlot | undefined)[] = [];
listNb[BinaryOp.ADD] = listConcat;
listNb[BinaryOp.MULTIPLY] = listRepeat;
const listNbInplace: (BinarySlot | undefined)[] = [];
listNbInplace[BinaryOp.ADD] = listInplaceConcat;
listNbInplace[BinaryOp.MULTIPLY] = listInplaceRepeat;

// ── new, init, dealloc ──────────────────────────────────────────────────────────────────

/** list.__new__: a fresh empty instance (never from the free list, as PyType_GenericAlloc). */
function listNew(rt: Runtime, cls: number): number {
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const l = rt.allocObject(cls, basicsize);
  rt.i32.fill(0, (l + Ob.SIZE) >> 2, (l + basicsize) >> 2);
  return l;
}

/** list.__init__(iterable=(), /): clear, preallocate from len(iterable), extend. */
function listInit(rt: Runtime, l: number, args: number, nargs: number, kwnames: number): void {
  checkArgs(rt, "list", nargs, kwnames, 0, 1);
  if (listItems(rt, l) !== 0) listClear(rt, l);
  if (nargs === 0) return;
  const iterable = arg(rt, args, 0);
  if (rt.slotsOf(iterable).length !== undefined) {
    let n = 0;
    try {
      n = length(rt, iterable);
    } catch (e) {
      if (e !== PY_RAISED || !rt.clearIfMatches(rt.E.TypeError)) throw e;
    }
    if (n > 0 && listItems(rt, l) === 0) preallocateExact(rt, l, n);
  }
  listExtend(rt, l, iterable);
}

function listDealloc(rt: Runtime, l: number): void {
  const items = listItems(rt, l);
  if (items !== 0) {
    for (let i = listSize(rt, l) - 1; i >= 0; i--) {
      const v = rt.i32[(items >> 2) + 2 * i];
      if (v !== 0) rt.decref(v);
    }
    rt.heap.free(items);
  }
  const s = containers(rt);
  if (s.listCount < FreeListSize.LIST && rt.typeOf(l) === rt.T.list) {
    s.lists[s.listCount++] = l;
    return;
  }
  rt.freeObject(l);
}

function listTraverse(rt: Runtime, l: number, visit: (child: number) => void): void {
  for (let i = listSize(rt, l) - 1; i >= 0; i--) {
    const v = listItem(rt, l, i);
    if (v !== 0) visit(v);
  }
}

function listSizeof(rt: Runtime, l: number): number {
  return rt.i32[(rt.typeOf(l) + Tp.BASICSIZE) >> 2] + 8 * listAllocated(rt, l);
}

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function listAppendMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.append", nargs, kwnames, 1, 1);
  listAppend(rt, self, arg(rt, args, 0));
  return none(rt);
}

function listExtendMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.extend", nargs, kwnames, 1, 1);
  listExtend(rt, self, arg(rt, args, 0));
  return none(rt);
}

/** ins1: insert `v` (borrowed) before index `where` (clipped). */
export function listInsert(rt: Runtime, l: number, where: number, v: number): void {
  const n = listSize(rt, l);
  listResize(rt, l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const items = listItems(rt, l) >> 2;
  rt.i32.copyWithin(items + 2 * (where + 1), items + 2 * where, items + 2 * n);
  rt.incref(v);
  rt.i32[items + 2 * where] = v;
  rt.i32[items + 2 * where + 1] = 0;
}

function listInsertMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "insert", nargs, kwnames, 2, 2);
  listInsert(rt, self, ssizeArg(rt, arg(rt, args, 0)), arg(rt, args, 1));
  return none(rt);
}

/** list.pop(index=-1): the removed item (new reference). */
export function listPop(rt: Runtime, l: number, index: number): number {
  const n = listSize(rt, l);
  if (n === 0) throw rt.raise(rt.E.IndexError, "pop from empty list");
  if (index < 0) index += n;
  if (index < 0 || index >= n) throw rt.raise(rt.E.IndexError, "pop index out of range");
  const items = listItems(rt, l) >> 2;
  const v = rt.i32[items + 2 * index];
  if (n - 1 === 0) {
    rt.incref(v);
    listClear(rt, l);
    return v;
  }
  rt.i32.copyWithin(items + 2 * index, items + 2 * (index + 1), items + 2 * n);
  try {
    listResize(rt, l, n - 1);
  } catch (e) {
    rt.i32.copyWithin(items + 2 * (index + 1), items + 2 * index, items + 2 * (n - 1));
    rt.i32[items + 2 * index] = v;
    throw e;
  }
  return v;
}

function listPopMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "pop", nargs, kwnames, 0, 1);
  return listPop(rt, self, nargs === 0 ? -1 : ssizeArg(rt, arg(rt, args, 0)));
}

function listRemoveMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.remove", nargs, kwnames, 1, 1);
  const value = arg(rt, args, 0);
  for (let i = 0; i < listSize(rt, self); i++) {
    const item = listItem(rt, self, i);
    rt.incref(item);
    let equal: boolean;
    try {
      equal = richCompareBool(rt, item, value, CompareOp.EQ);
    } finally {
      rt.decref(item);
    }
    if (equal) {
      listAssSlice(rt, self, i, i + 1, 0);
      return none(rt);
    }
  }
  throw rt.raise(rt.E.ValueError, "list.remove(x): x not in list");
}

function listIndexMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "index", nargs, kwnames, 1, 3);
  const value = arg(rt, args, 0);
  let start = nargs > 1 ? sliceIndexNotNone(rt, arg(rt, args, 1)) : 0;
  let stop = nargs > 2 ? sliceIndexNotNone(rt, arg(rt, args, 2)) : Number.MAX_SAFE_INTEGER;
  const n = listSize(rt, self);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (let i = start; i < stop && i < listSize(rt, self); i++) {
    const item = listItem(rt, self, i);
    rt.incref(item);
    let equal: boolean;
    try {
      equal = richCompareBool(rt, item, value, CompareOp.EQ);
    } finally {
      rt.decref(item);
    }
    if (equal) return newInt(rt, i);
  }
  throw rt.raise(rt.E.ValueError, `${reprText(rt, value)} is not in list`);
}

function listCountMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.count", nargs, kwnames, 1, 1);
  const value = arg(rt, args, 0);
  let count = 0;
  for (let i = 0; i < listSize(rt, self); i++) {
    const item = listItem(rt, self, i);
    if (item === value) {
      count++;
      continue;
    }
    rt.incref(item);
    try {
      if (richCompareBool(rt, item, value, CompareOp.EQ)) count++;
    } finally {
      rt.decref(item);
    }
  }
  return newInt(rt, count);
}

function listClearMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.clear", nargs, kwnames, 0, 0);
  listClear(rt, self);
  return none(rt);
}

function listCopyMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.copy", nargs, kwnames, 0, 0);
  return listSlice(rt, self, 0, listSize(rt, self));
}

/** Reverse items [lo, hi) of the word array at `items` in place. */
export function reverseWords(rt: Runtime, items: number, lo: number, hi: number): void {
  const i32 = rt.i32;
  let a = (items >> 2) + 2 * lo;
  let b = (items >> 2) + 2 * (hi - 1);
  while (a < b) {
    const t = i32[a];
    i32[a] = i32[b];
    i32[b] = t;
    a += 2;
    b -= 2;
  }
}

function listReverseMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.reverse", nargs, kwnames, 0, 0);
  const n = listSize(rt, self);
  if (n > 1) reverseWords(rt, listItems(rt, self), 0, n);
  return none(rt);
}

function listGetitemMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__getitem__", nargs, kwnames, 1, 1);
  return listSubscript(rt, self, arg(rt, args, 0));
}

function listReversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__reversed__", nargs, kwnames, 0, 0);
  return newListReverseIterator(rt, self);
}

function listSizeofMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__sizeof__", nargs, kwnames, 0, 0);
  return newInt(rt, listSizeof(rt, self));
}

export const listType: TypeDef = {
  name: "list",
  basicsize: List.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.LIST_SUBCLASS | TpFlag.SEQUENCE,
  doc: "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.",
  dealloc: listDealloc,
  repr: listRepr,
  unhashable: true,
  richcompare: listRichcompare,
  iter: newListIterator,
  new: (rt, cls) => listNew(rt, cls),
  init: listInit,
  nb: listNb,
  nbInplace: listNbInplace,
  length: listSize,
  subscript: listSubscript,
  assSubscript: listAssSubscript,
  contains: listContains,
  traverse: listTraverse,
  clear: (rt, l) => listClear(rt, l),
  sizeof: listSizeof,
  methods: [
    { name: "__getitem__", fn: listGetitemMethod, doc: "x.__getitem__(y) <==> x[y]" },
    { name: "__reversed__", fn: listReversedMethod, doc: "Return a reverse iterator over the list." },
    { name: "__sizeof__", fn: listSizeofMethod, doc: "Return the size of the list in memory, in bytes." },
    { name: "clear", fn: listClearMethod, doc: "Remove all items from list." },
    { name: "copy", fn: listCopyMethod, doc: "Return a shallow copy of the list." },
    { name: "append", fn: listAppendMethod, doc: "Append object to the end of the list." },
    { name: "insert", fn: listInsertMethod, doc: "Insert object before index." },
    { name: "extend", fn: listExtendMethod, doc: "Extend list by appending elements from the iterable." },
    { name: "pop", fn: listPopMethod, doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range." },
    { name: "remove", fn: listRemoveMethod, doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { name: "index", fn: listIndexMethod, doc: "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { name: "count", fn: listCountMethod, doc: "Return number of occurrences of value." },
    { name: "reverse", fn: listReverseMethod, doc: "Reverse *IN PLACE*." },
    { name: "sort", fn: listSortMethod, doc: "Sort the list in ascending order and return None." },
  ],
};

// ── list_iterator and list_reverseiterator ──────────────────────────────────────────────

/** iter(l): a list_iterator (new reference). */
export function newListIterator(rt: Runtime, l: number): number {
  const it = rt.allocObject(rt.T.list_iterator, ListIter.SIZE);
  rt.store(it + ListIter.INDEX, 0);
  rt.incref(l);
  rt.store(it + ListIter.SEQ, l);
  return it;
}

/** reversed(l): a list_reverseiterator (new reference). */
export function newListReverseIterator(rt: Runtime, l: number): number {
  const it = rt.allocObject(rt.T.list_reverseiterator, ListIter.SIZE);
  rt.store(it + ListIter.INDEX, listSize(rt, l) - 1);
  rt.i32[(it + ListIter.INDEX + 4) >> 2] = listSize(rt, l) === 0 ? -1 : 0;
  rt.incref(l);
  rt.store(it + ListIter.SEQ, l);
  return it;
}

function listIterDealloc(rt: Runtime, it: number): void {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq !== 0) rt.decref(seq);
  rt.freeObject(it);
}

function listIterTraverse(rt: Runtime, it: number, visit: (child: number) => void): void {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq !== 0) visit(seq);
}

function listIterNext(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq === 0) return 0;
  const i = rt.load(it + ListIter.INDEX);
  if (i < listSize(rt, seq)) {
    rt.store(it + ListIter.INDEX, i + 1);
    const v = listItem(rt, seq, i);
    rt.incref(v);
    return v;
  }
  rt.store(it + ListIter.SEQ, 0);
  rt.decref(seq);
  return 0;
}

function listIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq === 0) return newInt(rt, 0);
  const n = listSize(rt, seq) - rt.load(it + ListIter.INDEX);
  return newInt(rt, n >= 0 ? n : 0);
}

function setIndex(rt: Runtime, it: number, i: number): void {
  rt.i32[(it + ListIter.INDEX) >> 2] = i;
  rt.i32[(it + ListIter.INDEX + 4) >> 2] = i < 0 ? -1 : 0;
}

function listRevIterNext(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq === 0) return 0;
  const i = rt.load(it + ListIter.INDEX);
  if (i >= 0 && i < listSize(rt, seq)) {
    setIndex(rt, it, i - 1);
    const v = listItem(rt, seq, i);
    rt.incref(v);
    return v;
  }
  setIndex(rt, it, -1);
  rt.store(it + ListIter.SEQ, 0);
  rt.decref(seq);
  return 0;
}

function listRevIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  let n = rt.load(it + ListIter.INDEX) + 1;
  if (seq === 0 || listSize(rt, seq) < n) n = 0;
  return newInt(rt, n);
}

export const listIteratorType: TypeDef = {
  name: "list_iterator",
  basicsize: ListIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: listIterDealloc,
  traverse: listIterTraverse,
  iter: selfIter,
  iternext: listIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => listIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};

export const listReverseIteratorType: TypeDef = {
  name: "list_reverseiterator",
  basicsize: ListIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: listIterDealloc,
  traverse: listIterTraverse,
  iter: selfIter,
  iternext: listRevIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => listRevIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};
