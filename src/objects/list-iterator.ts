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
import { Int, newInt } from "./int.js";
import { Ob } from "./layout.js";
import { ListIter, listItem, listItems, listSize } from "./list.js";

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

/** Beyond this a sum of one-digit ints could leave the safe-integer range of a double. */
const SUM_LIMIT = 2 ** 53 - 2 ** 30;

/**
 * sum()'s int loop over a list_iterator `it`: `total` plus the items, from the iterator's
 * position on, that are exact ints or bools of at most one digit, while the total stays a safe
 * integer. The iterator moves past them (no references are taken: no code runs); it stops at
 * the first other item and is not marked exhausted: the caller's next iterNext does that.
 */
export function listIterSumSmallInts(rt: Runtime, it: number, total: number): number {
  const i32 = rt.i32;
  const seq = i32[(it + ListIter.SEQ) >> 2];
  if (seq === 0 || i32[(it + Ob.TYPE) >> 2] !== rt.T.list_iterator) return total;
  const intType = rt.T.int, boolType = rt.T.bool;
  const n = listSize(rt, seq);
  const items = listItems(rt, seq) >> 2;
  let i = i32[(it + ListIter.INDEX) >> 2];
  for (; i < n; i++) {
    const v = i32[items + 2 * i];
    const type = i32[(v + Ob.TYPE) >> 2];
    const size = i32[(v + Int.SIZE) >> 2];
    if ((type !== intType && type !== boolType) || size < -1 || size > 1 || total > SUM_LIMIT || total < -SUM_LIMIT) break;
    total += size * i32[(v + Int.DIGITS) >> 2];
  }
  // INDEX stays within 0..size: its high word stays 0.
  i32[(it + ListIter.INDEX) >> 2] = i;
  return total;
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
