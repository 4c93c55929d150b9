/**
 * Indexing and slicing a list: `l[i]`, `l[a:b:c]`, and assigning or deleting either
 * (list_subscript, list_ass_subscript, list_ass_slice, list_slice).
 *
 * Contiguous slices (step 1) go through `listAssSlice`, which replaces a run of items by the
 * items of any iterable, resizing once by the difference; extended slices (step != 1) assign
 * item by item from a sequence of exactly the slice's length, and `del l[a:b:c]` closes the
 * gaps in one pass. Replaced items are kept aside — by `listAssSlice` in scratch memory for up
 * to RECYCLE_ON_STACK of them (CPython's recycle_on_stack), otherwise in a heap block — and
 * released only once the list is consistent again, since a release can run code that looks
 * at the list. A source that is the list itself is copied first. Slices read are new lists of
 * exactly their length.
 */
import type { Runtime } from "./runtime.js";
import { asSsize, hasIndex, isSlice, sliceIndices, sliceOut } from "./slice.js";
import { Tuple, tupleSize } from "./tuple.js";
import { Ob } from "./layout.js";
import {
  List, listClear, listItem, listItems, listResize, listSetItem, listSetSize, listSize, newList, newListPrealloc, sequenceFast,
} from "./list.js";

/** Slice assignment keeps up to this many replaced items in scratch memory, beyond it a heap block (CPython's recycle_on_stack). */
const RECYCLE_ON_STACK = 8;

/** list_slice: a new list of items [lo, hi) of `l` (clipped by the caller). */
export function listSlice(rt: Runtime, l: number, lo: number, hi: number): number {
  return listGetSlice(rt, l, lo, hi - lo, 1);
}

let recycleScratch = new Int32Array(RECYCLE_ON_STACK * 32);
let recycleTop = 0;

/**
 * list_ass_slice: replace items [ilow, ihigh) with the items of `v` (0 deletes). `v` may be
 * any iterable ("can only assign an iterable"); `a[i:j] = a` copies first.
 */
export function listAssSlice(rt: Runtime, a: number, ilow: number, ihigh: number, v: number): void {
  if (v !== 0 && v !== a && assignSameLength(rt, a, ilow, ihigh, v)) return;
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
/**
 * listAssSlice for a source `v` that the caller releases right after (the eval loop's slice
 * assignment): when v is an exact list referenced by the caller alone and of the slice's
 * length, its items and the replaced ones trade places — no count changes — and the replaced
 * items are released when v is, last to first, as listAssSlice releases them.
 */
export function listAssSliceFromTemporary(rt: Runtime, a: number, ilow: number, ihigh: number, v: number): void {
  const i32 = rt.i32;
  if (v === a || i32[v >> 2] !== 1 || rt.typeOf(v) !== rt.T.list) {
    listAssSlice(rt, a, ilow, ihigh, v);
    return;
  }
  const n = listSize(rt, v);
  const size = listSize(rt, a);
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  if (ihigh - ilow !== n || n === 0) {
    listAssSlice(rt, a, ilow, ihigh, v);
    return;
  }
  const src = listItems(rt, v) >> 2;
  const dst = (listItems(rt, a) >> 2) + 2 * ilow;
  for (let k = 0; k < n; k++) {
    const old = i32[dst + 2 * k];
    i32[dst + 2 * k] = i32[src + 2 * k];
    i32[src + 2 * k] = old;
  }
}

/**
 * a[ilow:ihigh] = v, the commonest case: `v` an exact list or tuple (not `a`) of exactly the
 * slice's length, and every replaced item's count above that length, so that no release can
 * free one (and run code while the list is half-written): the items are swapped in one pass,
 * with nothing kept aside. False, having changed nothing, otherwise.
 */
function assignSameLength(rt: Runtime, a: number, ilow: number, ihigh: number, v: number): boolean {
  const i32 = rt.i32;
  const type = rt.typeOf(v);
  let src: number;
  let n: number;
  if (type === rt.T.list) {
    src = listItems(rt, v) >> 2;
    n = listSize(rt, v);
  } else if (type === rt.T.tuple) {
    src = (v + Tuple.ITEMS) >> 2;
    n = tupleSize(rt, v);
  } else {
    return false;
  }
  const size = listSize(rt, a);
  if (ilow < 0) ilow = 0;
  else if (ilow > size) ilow = size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > size) ihigh = size;
  if (ihigh - ilow !== n || n === 0) return false;
  const dst = (listItems(rt, a) >> 2) + 2 * ilow;
  for (let k = 0; k < n; k++) {
    const old = i32[dst + 2 * k];
    if (old === 0 || i32[old >> 2] <= n) return false;
  }
  for (let k = 0; k < n; k++) {
    const w = i32[src + 2 * k];
    i32[w >> 2]++;
    const old = i32[dst + 2 * k];
    i32[dst + 2 * k] = w;
    i32[old >> 2]--;
  }
  return true;
}

/**
 * `l[start::step]` for `count` items (indices already clipped, as sliceAdjust gives them): a new
 * list.
 */
export function listGetSlice(rt: Runtime, l: number, start: number, count: number, step: number): number {
  if (count <= 0) return newList(rt, 0);
  const r = newListPrealloc(rt, count);
  // Nothing below allocates or runs code: the views and addresses stay valid.
  const i32 = rt.i32;
  const stride = 2 * step;
  let src = (i32[(l + List.ITEMS) >> 2] >> 2) + 2 * start;
  const dst = i32[(r + List.ITEMS) >> 2] >> 2;
  // The size is stored before the loop, which nothing between reads: V8 compiles a long first
  // call's loop on-stack before the code after it has run, and reuses that code in later
  // calls, each of which it deoptimised at the first operation after the loop that had had no
  // type feedback (list_ops: 50 deoptimisations). (The size's high word is 0 already: newList
  // stored 0.)
  i32[(r + Ob.SIZE) >> 2] = count;
  // (Int32 steps: the indices are word indices of the heap, below 2**29.)
  for (let d = dst, end = (dst + 2 * count) | 0; d < end; d = (d + 2) | 0, src = (src + stride) | 0) {
    const v = i32[src];
    i32[v >> 2]++;
    i32[d] = v;
    i32[d + 1] = 0;
  }
  return r;
}

export function listSubscript(rt: Runtime, l: number, key: number): number {
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
    return listGetSlice(rt, l, sliceOut[0], count, sliceOut[2]);
  }
  throw rt.raise(rt.E.TypeError, `list indices must be integers or slices, not ${rt.typeName(key)}`);
}

export function listAssSubscript(rt: Runtime, l: number, key: number, value: number): void {
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
  listSetSize(rt, l, size - count);
  try {
    listResize(rt, l, size - count);
  } finally {
    for (let i = 0; i < count; i++) rt.decref(rt.load(garbage + 8 * i));
    rt.heap.free(garbage);
  }
}
