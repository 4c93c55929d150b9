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
 *
 * This file has the layout, growth, construction, extend and clear, the type's own slots and
 * the TypeDefs of list and its two iterators. Indexing and slicing (get, assign, delete) are in
 * list-slice.ts, the methods and the + and * operators in list-methods.ts, the iterators'
 * behaviour in list-iterator.ts, sorting in list-sort.ts. Every name those files export that
 * other code uses is re-exported here, so callers import from list.js only.
 */
import type { Runtime } from "./runtime.js";
import { releaseItemRefs } from "./release-ref.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { call0, getIter, iterNext, length, reprText, richCompare, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { lookupSpecial } from "./iterators.js";
import { containers, FreeListSize, reprEnter, reprLeave } from "./freelists.js";
import { ssizeArg } from "./slice.js";
import { Tuple, compareSizes, newTuple, notImplemented, selfIter, tupleSize } from "./tuple.js";
import { listSortMethod } from "./list-sort.js";
import { listAssSubscript, listSubscript } from "./list-slice.js";
import {
  listAppendMethod, listClearMethod, listConcat, listCopyMethod, listCountMethod, listExtendMethod, listGetitemMethod,
  listIndexMethod, listInplaceConcat, listInplaceRepeat, listInsertMethod, listPopMethod, listRemoveMethod, listRepeat,
  listReverseMethod, listReversedMethod, listSizeofMethod,
} from "./list-methods.js";
import {
  listIterDealloc, listIterLengthHint, listIterNext, listIterTraverse, listRevIterLengthHint, listRevIterNext, newListIterator,
} from "./list-iterator.js";
import { classGetItem } from "./generic-alias.js";

export { listAssSlice, listSlice } from "./list-slice.js";
export { listInsert, listPop, reverseWords } from "./list-methods.js";
export { newListIterator, newListReverseIterator } from "./list-iterator.js";

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

export function listSetSize(rt: Runtime, l: number, n: number): void {
  rt.store(l + Ob.SIZE, n);
}

function setStorage(rt: Runtime, l: number, items: number, allocated: number): void {
  rt.store(l + List.ITEMS, items);
  rt.i32[(l + List.ALLOCATED) >> 2] = allocated;
  rt.i32[(l + List.ALLOCATED + 4) >> 2] = allocated < 0 ? -1 : 0;
}

export function isList(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.LIST_SUBCLASS);
}

/** Refuse item arrays the 2 GiB address space can never hold. */
export function listCheckCapacity(rt: Runtime, n: number): void {
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
    listSetSize(rt, l, newSize);
    return;
  }
  const alloc = listCapacityFor(listSize(rt, l), newSize);
  listCheckCapacity(rt, alloc);
  const items = rt.memRealloc(listItems(rt, l), alloc * 8);
  setStorage(rt, l, items, alloc);
  listSetSize(rt, l, newSize);
}

/** list_preallocate_exact: an empty list without storage gets room for `n` (rounded up to even). */
function preallocateExact(rt: Runtime, l: number, n: number): void {
  const alloc = (n + 1) & ~1;
  listCheckCapacity(rt, alloc);
  setStorage(rt, l, rt.mem(alloc * 8), alloc);
}

// ── construction ────────────────────────────────────────────────────────────────────────

/**
 * PyList_New(n): a list of `n` slots, all 0 (fill them with listSetItem), with exactly `n`
 * allocated. Reuses a free header when there is one. New reference.
 */
export function newList(rt: Runtime, n: number): number {
  const l = newEmptyList(rt);
  if (n > 0) {
    try {
      listCheckCapacity(rt, n);
      const items = rt.mem(n * 8);
      rt.zeroWords(items, 2 * n);
      setStorage(rt, l, items, n);
    } catch (e) {
      rt.decref(l);
      throw e;
    }
    listSetSize(rt, l, n);
  }
  return l;
}
/**
 * PyList_New(0): an empty list with no item array, its header a free one when there is one.
 * (Written word by word: list slices and `[a, b]` make one for each result.) New reference.
 */
function newEmptyList(rt: Runtime): number {
  const s = containers(rt);
  let l: number;
  if (s.listCount > 0) {
    l = s.lists[--s.listCount];
    rt.i32[(l + Ob.REFCNT) >> 2] = 1;
    rt.i32[(l + Ob.REFCNT + 4) >> 2] = 0;
    rt.gcTrack(l);
  } else {
    l = rt.allocObject(rt.T.list, List.SIZE);
  }
  const i32 = rt.i32;
  const w = l >> 2;
  i32[w + (Ob.SIZE >> 2)] = 0;
  i32[w + (Ob.SIZE >> 2) + 1] = 0;
  i32[w + (List.ITEMS >> 2)] = 0;
  i32[w + (List.ITEMS >> 2) + 1] = 0;
  i32[w + (List.ALLOCATED >> 2)] = 0;
  i32[w + (List.ALLOCATED >> 2) + 1] = 0;
  return l;
}

/** list_new_prealloc: an empty list (size 0) with exactly `n` slots allocated. New reference. */
export function newListPrealloc(rt: Runtime, n: number): number {
  // (A count too large raises before the header is taken: nothing of that can be seen.)
  if (n > 0) listCheckCapacity(rt, n);
  const l = newEmptyList(rt);
  if (n > 0) {
    // (The item array's words are not cleared: the caller fills the `n` slots before it sets
    // the size, as list_new_prealloc's callers do.)
    const items = rt.heap.malloc(n * 8);
    if (items === 0) {
      rt.decref(l);
      throw rt.noMemory();
    }
    const i32 = rt.i32;
    i32[(l + List.ITEMS) >> 2] = items;
    i32[(l + List.ALLOCATED) >> 2] = n;
  }
  return l;
}

/** Append `v` (borrowed: it is increfed). */
export function listAppend(rt: Runtime, l: number, v: number): void {
  rt.incref(v);
  listAppendTakeRef(rt, l, v);
}

/**
 * Append `v` to the list l, stealing the reference (released on failure): LIST_APPEND's
 * whole work when the eval loop hands over the stack's reference.
 */
export function listAppendTakeRef(rt: Runtime, l: number, v: number): void {
  const i32 = rt.i32;
  const n = i32[(l + Ob.SIZE) >> 2];
  if (i32[(l + List.ALLOCATED) >> 2] > n) {
    // Room left: write the item word and its zero high word, then the size (non-negative,
    // so its high word stays 0).
    const p = (i32[(l + List.ITEMS) >> 2] >> 2) + 2 * n;
    i32[p] = v;
    i32[p + 1] = 0;
    i32[(l + Ob.SIZE) >> 2] = n + 1;
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
      listSetSize(rt, l, n);
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
      listSetSize(rt, l, m);
    }
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      const size = listSize(rt, l);
      if (size < listAllocated(rt, l)) {
        rt.store(listItems(rt, l) + 8 * size, item);
        listSetSize(rt, l, size + 1);
      } else {
        listAppendTakeRef(rt, l, item);
      }
    }
    if (listSize(rt, l) < listAllocated(rt, l)) listResize(rt, l, listSize(rt, l));
  } finally {
    rt.decref(it);
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

// ── clearing ────────────────────────────────────────────────────────────────────────────

/** _list_clear: detach the items first, then release them last to first and free the array. */
export function listClear(rt: Runtime, l: number): void {
  const items = listItems(rt, l);
  if (items === 0) return;
  let i = listSize(rt, l);
  listSetSize(rt, l, 0);
  setStorage(rt, l, 0, 0);
  while (--i >= 0) {
    const v = rt.i32[(items >> 2) + 2 * i];
    if (v !== 0) rt.decref(v);
  }
  rt.heap.free(items);
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

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

const listNb: (BinarySlot | undefined)[] = [];
listNb[BinaryOp.ADD] = listConcat;
listNb[BinaryOp.MULTIPLY] = listRepeat;
const listNbInplace: (BinarySlot | undefined)[] = [];
listNbInplace[BinaryOp.ADD] = listInplaceConcat;
listNbInplace[BinaryOp.MULTIPLY] = listInplaceRepeat;

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
    releaseItemRefs(rt, items >> 2, listSize(rt, l));
    rt.heap.free(items);
  }
  const s = containers(rt);
  if (s.listCount < FreeListSize.LIST && rt.typeOf(l) === rt.T.list) {
    s.lists[s.listCount++] = l;
    return;
  }
  rt.freeObject(l);
}

export function listTraverse(rt: Runtime, l: number, visit: (child: number) => void): void {
  for (let i = listSize(rt, l) - 1; i >= 0; i--) {
    const v = listItem(rt, l, i);
    if (v !== 0) visit(v);
  }
}

export function listSizeof(rt: Runtime, l: number): number {
  return rt.i32[(rt.typeOf(l) + Tp.BASICSIZE) >> 2] + 8 * listAllocated(rt, l);
}

export const listType: TypeDef = {
  name: "list",
  basicsize: List.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.LIST_SUBCLASS | TpFlag.SEQUENCE | TpFlag.MATCH_SELF,
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
    { name: "__class_getitem__", fn: classGetItem("list"), classMethod: true, doc: "See PEP 585" },
  ],
};

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
