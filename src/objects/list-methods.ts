/**
 * What Python code calls on a list: its methods (append, insert, pop, remove, index, count,
 * reverse, ...; sort is in list-sort.ts) and the `+`, `*`, `+=` and `*=` operators.
 *
 * The method functions use the vectorcall shape `(rt, self, args, nargs, kwnames)` and check
 * their arguments with CPython's messages; list.ts's method table names them. `+` and `*`
 * build a new list of exactly the result's length (list_concat, list_repeat); `+=` extends in
 * place from any iterable and `*=` repeats in place, both returning the list itself (a new
 * reference). Comparisons in remove, index and count may run Python code that changes the
 * list, so each loop re-reads the size and holds a reference to the item it compares.
 */
import type { Runtime } from "./runtime.js";
import { CompareOp } from "../compile/opcodes.js";
import { reprText, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { newInt } from "./int.js";
import { ssizeArg } from "./slice.js";
import { notImplemented, repeatCount, sliceIndexNotNone } from "./tuple.js";
import {
  isList, listAppend, listAppendTakeRef, listCheckCapacity, listClear, listExtend, listItem, listItems, listResize, listSetSize, listSize,
  listSizeof, newList, newListPrealloc,
} from "./list.js";
import { listAssSlice, listSlice, listSubscript } from "./list-slice.js";
import { newListReverseIterator } from "./list-iterator.js";

// ── operators ───────────────────────────────────────────────────────────────────────────

export function listConcat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  if (!isList(rt, b)) {
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
  listSetSize(rt, r, na + nb);
  return r;
}

export function listRepeat(rt: Runtime, a: number, b: number): number {
  const left = isList(rt, a);
  const l = left ? a : b;
  const n = repeatCount(rt, left ? b : a);
  const size = listSize(rt, l) * n;
  if (size === 0) return newList(rt, 0);
  listCheckCapacity(rt, size);
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
  listSetSize(rt, r, size);
  return r;
}

export function listInplaceConcat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  listExtend(rt, a, b);
  rt.incref(a);
  return a;
}

export function listInplaceRepeat(rt: Runtime, a: number, b: number): number {
  if (!isList(rt, a)) return notImplemented(rt);
  const n = repeatCount(rt, b);
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
  listCheckCapacity(rt, size * n);
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

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

export function listAppendMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  if (nargs !== 1 || kwnames !== 0) checkArgs(rt, "list.append", nargs, kwnames, 1, 1);
  // `l.append(x)`, the commonest method call: the item's and None's counts written here.
  const i32 = rt.i32;
  const v = i32[args >> 2];
  i32[v >> 2]++;
  listAppendTakeRef(rt, self, v);
  const none = rt.S.None;
  i32[none >> 2]++;
  return none;
}

export function listExtendMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
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

export function listInsertMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.insert", nargs, kwnames, 2, 2);
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
  // CPython 3.11 resizes even when the list becomes empty (list_resize keeps a one-slot
  // allocation then); it does not clear it as 3.12 does.
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

export function listPopMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.pop", nargs, kwnames, 0, 1);
  return listPop(rt, self, nargs === 0 ? -1 : ssizeArg(rt, arg(rt, args, 0)));
}

export function listRemoveMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
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

export function listIndexMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.index", nargs, kwnames, 1, 3);
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

export function listCountMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
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

export function listClearMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.clear", nargs, kwnames, 0, 0);
  listClear(rt, self);
  return none(rt);
}

export function listCopyMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
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

export function listReverseMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.reverse", nargs, kwnames, 0, 0);
  const n = listSize(rt, self);
  if (n > 1) reverseWords(rt, listItems(rt, self), 0, n);
  return none(rt);
}

export function listGetitemMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__getitem__", nargs, kwnames, 1, 1);
  return listSubscript(rt, self, arg(rt, args, 0));
}

export function listReversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__reversed__", nargs, kwnames, 0, 0);
  return newListReverseIterator(rt, self);
}

export function listSizeofMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "list.__sizeof__", nargs, kwnames, 0, 0);
  return newInt(rt, listSizeof(rt, self));
}
