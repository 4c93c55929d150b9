/**
 * `list_iterator` and `list_reverseiterator`: what `iter(l)` and `reversed(l)` return.
 *
 *   listiterobject / listreviterobject (32 bytes, GC)
 *   ┌────────┬──────┬───────┬─────┐
 *   │ refcnt │ type │ index │ seq │
 *   └────────┴──────┴───────┴─────┘
 *    0        8      16      24
 *
 * The iterator holds a reference to its list and the next index. The list may change while it
 * is iterated: every step re-checks the index against the current size. Once exhausted the
 * iterator drops its list (seq 0) and stays exhausted, even if the list grows again; the
 * reverse iterator then also sets its index to -1. The TypeDefs are in list.ts.
 */
import type { Runtime } from "./runtime.js";
import { newInt } from "./int.js";
import { ListIter, listItem, listSize } from "./list.js";

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

export function listIterDealloc(rt: Runtime, it: number): void {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq !== 0) rt.decref(seq);
  rt.freeObject(it);
}

export function listIterTraverse(rt: Runtime, it: number, visit: (child: number) => void): void {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq !== 0) visit(seq);
}

export function listIterNext(rt: Runtime, it: number): number {
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

export function listIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  if (seq === 0) return newInt(rt, 0);
  const n = listSize(rt, seq) - rt.load(it + ListIter.INDEX);
  return newInt(rt, n >= 0 ? n : 0);
}

function setIndex(rt: Runtime, it: number, i: number): void {
  rt.i32[(it + ListIter.INDEX) >> 2] = i;
  rt.i32[(it + ListIter.INDEX + 4) >> 2] = i < 0 ? -1 : 0;
}

export function listRevIterNext(rt: Runtime, it: number): number {
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

export function listRevIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + ListIter.SEQ);
  let n = rt.load(it + ListIter.INDEX) + 1;
  if (seq === 0 || listSize(rt, seq) < n) n = 0;
  return newInt(rt, n);
}
