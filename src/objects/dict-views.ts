/**
 * Dict views (`d.keys()`, `d.values()`, `d.items()`) and dict iterators.
 *
 *   _PyDictViewObject (24 + 16 GC = getsizeof 40)     dictiterobject (56 + 16 GC = getsizeof 72)
 *   ┌────────┬──────┬─────────┐                       ┌────────┬──────┬─────────┬─────────┬────────┬───────────┬─────┐
 *   │ refcnt │ type │ dv_dict │                       │ refcnt │ type │ di_dict │ di_used │ di_pos │ di_result │ len │
 *   └────────┴──────┴─────────┘                       └────────┴──────┴─────────┴─────────┴────────┴───────────┴─────┘
 *    0        8      16                                0        8      16        24        32       40          48
 *
 * A view is a live window on its dict. Keys and items views are set-like: `==`, `<`, ...
 * against sets and other such views, `&`, `|`, `-`, `^` give new sets, `isdisjoint`. Values
 * views are neither set-like nor compared by content.
 *
 * Iterators walk the entry array in order (reverse iterators backwards), skipping deleted
 * entries. `di_used` remembers the dict's size: a different size raises "dictionary changed
 * size during iteration" (and stays raised); a same-size change of keys is caught by `len`
 * reaching 0 early ("dictionary keys changed during iteration"). An item iterator keeps its
 * last result tuple in `di_result` and reuses it when nobody else holds it, as CPython does.
 *
 * Reverse iterators have their own types (dict_reversekeyiterator, ...; `newDictIterator`
 * falls back to the forward types when the registry lacks them); the direction itself is bit 0
 * of di_used's high word (di_used fits the low word), which `nextEntry` reads.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { GcHead, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { contains, getIter, iterNext, length, reprText, richCompareBool } from "./abstract.js";
import { checkArgs, arg } from "./args.js";
import { newInt } from "./int.js";
import { reprEnter, reprLeave } from "./freelists.js";
import { newMappingProxy } from "./mappingproxy.js";
import { Tuple, newTuple, notImplemented, selfIter, tupleItem, tupleSize } from "./tuple.js";
import { Dict, dictContains, dictEntryKey, dictEntryValue, dictGetItem, dictSize, dictEntryCount } from "./dict.js";
import { Entry, Keys, UEntry, keysEntries } from "./dict-keys.js";
import {
  isAnySet, newSet, setAdd, setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate, setUpdateInternal,
} from "./set.js";

export const enum DictView {
  DICT = 16,
  SIZE = 24,
}

export const enum DictIter {
  DICT = 16,
  /** The dict's size when the iterator was made (-1 after a size change); high word: reverse flag. */
  USED = 24,
  POS = 32,
  RESULT = 40,
  LEN = 48,
  SIZE = 56,
}

export const enum DictIterKind {
  KEYS,
  VALUES,
  ITEMS,
}

/** A type the registry may not have yet (glasspy-internal lookup by tp_name key). */
function optionalType(rt: Runtime, name: string): number {
  return (rt.T as unknown as Record<string, number | undefined>)[name] ?? 0;
}

function iteratorType(rt: Runtime, kind: DictIterKind, reverse: boolean): number {
  if (reverse) {
    const t = optionalType(rt, kind === DictIterKind.KEYS ? "dict_reversekeyiterator" : kind === DictIterKind.VALUES ? "dict_reversevalueiterator" : "dict_reverseitemiterator");
    if (t !== 0) return t;
  }
  return kind === DictIterKind.KEYS ? rt.T.dict_keyiterator : kind === DictIterKind.VALUES ? rt.T.dict_valueiterator : rt.T.dict_itemiterator;
}

/** dictiter_new: an iterator over d's keys, values or items (new reference). */
export function newDictIterator(rt: Runtime, d: number, kind: DictIterKind, reverse: boolean): number {
  const it = rt.allocObject(iteratorType(rt, kind, reverse), DictIter.SIZE);
  rt.incref(d);
  rt.store(it + DictIter.DICT, d);
  const used = dictSize(rt, d);
  rt.i32[(it + DictIter.USED) >> 2] = used;
  rt.i32[(it + DictIter.USED + 4) >> 2] = reverse ? 1 : 0;
  rt.store(it + DictIter.LEN, used);
  const pos = reverse ? dictEntryCount(rt, d) - 1 : 0;
  rt.i32[(it + DictIter.POS) >> 2] = pos;
  rt.i32[(it + DictIter.POS + 4) >> 2] = pos < 0 ? -1 : 0;
  rt.store(it + DictIter.RESULT, 0);
  if (kind === DictIterKind.ITEMS) {
    const r = newTuple(rt, 2);
    rt.incref(rt.S.None);
    rt.incref(rt.S.None);
    rt.store(r + Tuple.ITEMS, rt.S.None);
    rt.store(r + Tuple.ITEMS + 8, rt.S.None);
    rt.store(it + DictIter.RESULT, r);
  }
  return it;
}

function setPos(rt: Runtime, it: number, pos: number): void {
  rt.i32[(it + DictIter.POS) >> 2] = pos;
  rt.i32[(it + DictIter.POS + 4) >> 2] = pos < 0 ? -1 : 0;
}

/** Drop the iterator's dict: it is exhausted for good. */
function finish(rt: Runtime, it: number, d: number): void {
  rt.store(it + DictIter.DICT, 0);
  rt.decref(d);
}

/**
 * The first position >= i (below n) holding a live item, or n. A combined table's value
 * words are scanned in place (a deleted entry's value is 0); a split dict's positions are
 * all live.
 */
function nextLivePosition(rt: Runtime, d: number, i: number, n: number): number {
  const i32 = rt.i32;
  if (i32[(d + Dict.VALUES) >> 2] !== 0) {
    while (i < n && dictEntryValue(rt, d, i) === 0) i++;
    return i;
  }
  const k = i32[(d + Dict.KEYS) >> 2];
  const general = rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL;
  const step = (general ? Entry.SIZE : UEntry.SIZE) >> 2;
  let p = ((keysEntries(rt, k) + (general ? Entry.VALUE : UEntry.VALUE)) >> 2) + i * step;
  while (i < n && i32[p] === 0) {
    i++;
    p += step;
  }
  return i;
}

/** The next entry number, or -1 when exhausted (raising the RuntimeErrors described above). */
function nextEntry(rt: Runtime, it: number, d: number): number {
  if (rt.i32[(it + DictIter.USED) >> 2] !== dictSize(rt, d)) {
    rt.i32[(it + DictIter.USED) >> 2] = -1;
    throw rt.raise(rt.E.RuntimeError, "dictionary changed size during iteration");
  }
  let i = rt.i32[(it + DictIter.POS) >> 2];
  if (rt.i32[(it + DictIter.USED + 4) >> 2] !== 0) {
    if (i < 0) return -1;
    while (dictEntryValue(rt, d, i) === 0) if (--i < 0) return -1;
    setPos(rt, it, i - 1);
  } else {
    const n = dictEntryCount(rt, d);
    i = nextLivePosition(rt, d, i, n);
    if (i >= n) return -1;
    if (rt.load(it + DictIter.LEN) === 0) {
      finish(rt, it, d);
      throw rt.raise(rt.E.RuntimeError, "dictionary keys changed during iteration");
    }
    setPos(rt, it, i + 1);
  }
  rt.store(it + DictIter.LEN, rt.load(it + DictIter.LEN) - 1);
  return i;
}

/**
 * The commonest step, in one place: a forward iterator over a combined table whose dict kept
 * its size, with a live entry left. Returns the i32 index of that entry's key word (its value
 * word is 2 further on, in both entry layouts) after moving the iterator past it; 0 for every
 * other case (split dict, reverse, a size change, the end), which `advance` handles.
 */
function nextCombinedKeyWord(rt: Runtime, it: number, d: number): number {
  const i32 = rt.i32;
  if (d === 0 || i32[(d + Dict.VALUES) >> 2] !== 0 || i32[(it + DictIter.USED + 4) >> 2] !== 0) return 0;
  if (i32[(it + DictIter.USED) >> 2] !== i32[(d + Dict.USED) >> 2]) return 0;
  const len = i32[(it + DictIter.LEN) >> 2];
  if (len === 0) return 0;
  const k = i32[(d + Dict.KEYS) >> 2];
  const n = i32[(k + Keys.NENTRIES) >> 2];
  const general = rt.u8[k + Keys.KIND] === Keys.KIND_GENERAL;
  const step = (general ? Entry.SIZE : UEntry.SIZE) >> 2;
  let i = i32[(it + DictIter.POS) >> 2];
  let p = ((keysEntries(rt, k) + (general ? Entry.KEY : UEntry.KEY)) >> 2) + i * step;
  while (i < n && i32[p + 2] === 0) {
    i++;
    p += step;
  }
  if (i >= n) return 0;
  // POS and LEN stay non-negative: their high words stay 0.
  i32[(it + DictIter.POS) >> 2] = i + 1;
  i32[(it + DictIter.LEN) >> 2] = len - 1;
  return p;
}

/** The iterator's next entry index, or -1 when it is (or just became) exhausted. */
function advance(rt: Runtime, it: number, d: number): number {
  if (d === 0) return -1;
  const i = nextEntry(rt, it, d);
  if (i < 0) finish(rt, it, d);
  return i;
}

/**
 * tp_iternext of every dict key, value and item iterator (forward and reverse), exported for
 * the eval loop's FOR_ITER to call without the slot lookup once it has checked the
 * iterator's type: the next key, value or (key, value) tuple as a new reference, or 0 when
 * exhausted (the iterator drops its dict then); raises RuntimeError when the dict changed
 * size or keys during the iteration. The item tuple is reused when only the iterator holds it.
 */
export function dictIterNextKey(rt: Runtime, it: number): number {
  const d = rt.load(it + DictIter.DICT);
  const p = nextCombinedKeyWord(rt, it, d);
  if (p !== 0) {
    const key = rt.i32[p];
    rt.i32[key >> 2]++;
    return key;
  }
  const i = advance(rt, it, d);
  if (i < 0) return 0;
  const key = dictEntryKey(rt, d, i);
  rt.incref(key);
  return key;
}

export function dictIterNextValue(rt: Runtime, it: number): number {
  const d = rt.load(it + DictIter.DICT);
  const p = nextCombinedKeyWord(rt, it, d);
  if (p !== 0) {
    const value = rt.i32[p + 2];
    rt.i32[value >> 2]++;
    return value;
  }
  const i = advance(rt, it, d);
  if (i < 0) return 0;
  const value = dictEntryValue(rt, d, i);
  rt.incref(value);
  return value;
}

export function dictIterNextItem(rt: Runtime, it: number): number {
  const i32 = rt.i32;
  const d = i32[(it + DictIter.DICT) >> 2];
  const p = nextCombinedKeyWord(rt, it, d);
  let key: number, value: number;
  if (p !== 0) {
    key = i32[p];
    value = i32[p + 2];
  } else {
    const i = advance(rt, it, d);
    if (i < 0) return 0;
    key = dictEntryKey(rt, d, i);
    value = dictEntryValue(rt, d, i);
  }
  i32[key >> 2]++;
  i32[value >> 2]++;
  const result = i32[(it + DictIter.RESULT) >> 2];
  if (i32[result >> 2] === 1) {
    // Nobody else holds the last result: reuse it (items' high words are already 0).
    const p = (result + Tuple.ITEMS) >> 2;
    const oldKey = i32[p];
    const oldValue = i32[p + 2];
    i32[p] = key;
    i32[p + 2] = value;
    i32[result >> 2] = 2;
    // A collection may have untracked the tuple (its items were atomic); its new items may
    // not be: track it again, as CPython does. (A tuple has a GC head: no type flag to read.)
    if (i32[(result + GcHead.NEXT) >> 2] === 0) rt.gcTrack(result);
    if (--i32[oldKey >> 2] === 0) rt.dealloc(oldKey);
    if (--i32[oldValue >> 2] === 0) rt.dealloc(oldValue);
    return result;
  }
  const r = newTuple(rt, 2);
  rt.store(r + Tuple.ITEMS, key);
  rt.store(r + Tuple.ITEMS + 8, value);
  return r;
}

/**
 * dictIterNextItem when it can run no Python code: the reused result tuple (a new reference,
 * its count 2), or -1, having done nothing, when the step is not the common one (the result
 * held elsewhere or untracked, the dict split or resized, the end) or when releasing the last
 * key or value would free it (a dealloc may run code). For the compiled tier's FOR_ITER,
 * which then needs no sync of its frame (block-emitter.ts's forIter); the -1 cases go to
 * forIterNext, synced. Same effects as dictIterNextItem's reuse path, in the same order.
 */
export function dictIterNextItemNoCode(rt: Runtime, it: number): number {
  const i32 = rt.i32;
  const result = i32[(it + DictIter.RESULT) >> 2];
  if (i32[result >> 2] !== 1 || i32[(result + GcHead.NEXT) >> 2] === 0) return -1;
  const r = (result + Tuple.ITEMS) >> 2;
  const oldKey = i32[r];
  const oldValue = i32[r + 2];
  if (i32[oldKey >> 2] === 1 || i32[oldValue >> 2] === 1) return -1;
  const p = nextCombinedKeyWord(rt, it, i32[(it + DictIter.DICT) >> 2]);
  if (p === 0) return -1;
  const key = i32[p];
  const value = i32[p + 2];
  i32[key >> 2]++;
  i32[value >> 2]++;
  i32[r] = key;
  i32[r + 2] = value;
  i32[result >> 2] = 2;
  i32[oldKey >> 2]--;
  i32[oldValue >> 2]--;
  return result;
}

function dictIterLengthHint(rt: Runtime, it: number): number {
  const d = rt.load(it + DictIter.DICT);
  const n = d !== 0 && rt.i32[(it + DictIter.USED) >> 2] === dictSize(rt, d) ? rt.load(it + DictIter.LEN) : 0;
  return newInt(rt, n);
}

function dictIterDealloc(rt: Runtime, it: number): void {
  const d = rt.load(it + DictIter.DICT);
  const r = rt.load(it + DictIter.RESULT);
  if (d !== 0) rt.decref(d);
  if (r !== 0) rt.decref(r);
  rt.freeObject(it);
}

function dictIterTraverse(rt: Runtime, it: number, visit: (child: number) => void): void {
  const d = rt.load(it + DictIter.DICT);
  const r = rt.load(it + DictIter.RESULT);
  if (d !== 0) visit(d);
  if (r !== 0) visit(r);
}

function iteratorTypeDef(name: string, iternext: (rt: Runtime, it: number) => number): TypeDef {
  return {
    name,
    basicsize: DictIter.SIZE,
    itemsize: 0,
    flags: TpFlag.HAVE_GC,
    dealloc: dictIterDealloc,
    traverse: dictIterTraverse,
    iter: selfIter,
    iternext,
    methods: [{ name: "__length_hint__", fn: (rt, self) => dictIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
  };
}

export const dictKeyIteratorType = iteratorTypeDef("dict_keyiterator", dictIterNextKey);
export const dictValueIteratorType = iteratorTypeDef("dict_valueiterator", dictIterNextValue);
export const dictItemIteratorType = iteratorTypeDef("dict_itemiterator", dictIterNextItem);
export const dictReverseKeyIteratorType = iteratorTypeDef("dict_reversekeyiterator", dictIterNextKey);
export const dictReverseValueIteratorType = iteratorTypeDef("dict_reversevalueiterator", dictIterNextValue);
export const dictReverseItemIteratorType = iteratorTypeDef("dict_reverseitemiterator", dictIterNextItem);

// ── views ───────────────────────────────────────────────────────────────────────────────

/** _PyDictView_New: a view of dict `d` of the given view type (new reference). */
export function newDictView(rt: Runtime, d: number, type: number): number {
  const v = rt.allocObject(type, DictView.SIZE);
  rt.incref(d);
  rt.store(v + DictView.DICT, d);
  return v;
}

function viewDict(rt: Runtime, v: number): number {
  return rt.load(v + DictView.DICT);
}

function viewKind(rt: Runtime, v: number): DictIterKind {
  const t = rt.typeOf(v);
  if (t === rt.T.dict_keys || rt.isSubtype(t, rt.T.dict_keys)) return DictIterKind.KEYS;
  if (t === rt.T.dict_items || rt.isSubtype(t, rt.T.dict_items)) return DictIterKind.ITEMS;
  return DictIterKind.VALUES;
}

/** PyDictViewSet_Check: a keys or items view. */
function isSetView(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.dict_keys || t === rt.T.dict_items || rt.isSubtype(t, rt.T.dict_keys) || rt.isSubtype(t, rt.T.dict_items);
}

function viewLength(rt: Runtime, v: number): number {
  return dictSize(rt, viewDict(rt, v));
}

function viewIter(rt: Runtime, v: number): number {
  return newDictIterator(rt, viewDict(rt, v), viewKind(rt, v), false);
}

function viewDealloc(rt: Runtime, v: number): void {
  rt.decref(viewDict(rt, v));
  rt.freeObject(v);
}

function viewRepr(rt: Runtime, v: number): number {
  if (reprEnter(rt, v)) return rt.newStr("...");
  try {
    const d = viewDict(rt, v);
    const kind = viewKind(rt, v);
    let text = "";
    let first = true;
    for (let i = 0; i < dictEntryCount(rt, d); i++) {
      const value = dictEntryValue(rt, d, i);
      if (value === 0) continue;
      const key = dictEntryKey(rt, d, i);
      rt.incref(key);
      rt.incref(value);
      try {
        if (!first) text += ", ";
        first = false;
        if (kind === DictIterKind.KEYS) text += reprText(rt, key);
        else if (kind === DictIterKind.VALUES) text += reprText(rt, value);
        else {
          const k = reprText(rt, key);
          text += `(${k}, ${reprText(rt, value)})`;
        }
      } finally {
        rt.decref(key);
        rt.decref(value);
      }
    }
    return rt.newStr(`${rt.typeName(v)}([${text}])`);
  } finally {
    reprLeave(rt, v);
  }
}

function keysContains(rt: Runtime, v: number, key: number): boolean {
  return dictContains(rt, viewDict(rt, v), key);
}

function itemsContains(rt: Runtime, v: number, item: number): boolean {
  if (!rt.hasFlag(item, TpFlag.TUPLE_SUBCLASS) || tupleSize(rt, item) !== 2) return false;
  const found = dictGetItem(rt, viewDict(rt, v), tupleItem(rt, item, 0));
  if (found === 0) return false;
  rt.incref(found);
  try {
    return richCompareBool(rt, found, tupleItem(rt, item, 1), CompareOp.EQ);
  } finally {
    rt.decref(found);
  }
}

function viewContains(rt: Runtime, v: number, o: number): boolean {
  return viewKind(rt, v) === DictIterKind.KEYS ? keysContains(rt, v, o) : itemsContains(rt, v, o);
}

/** all_contained_in: every item of `self` is `in other`. */
function allContainedIn(rt: Runtime, self: number, other: number): boolean {
  const it = getIter(rt, self);
  try {
    for (;;) {
      const next = iterNext(rt, it);
      if (next === 0) return true;
      try {
        if (!contains(rt, other, next)) return false;
      } finally {
        rt.decref(next);
      }
    }
  } finally {
    rt.decref(it);
  }
}

function viewRichcompare(rt: Runtime, self: number, other: number, op: number): number {
  if (!isAnySet(rt, other) && !isSetView(rt, other)) return notImplemented(rt);
  const lenSelf = length(rt, self);
  const lenOther = length(rt, other);
  let ok = false;
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE:
      if (lenSelf === lenOther) ok = allContainedIn(rt, self, other);
      if (op === CompareOp.NE) ok = !ok;
      break;
    case CompareOp.LT:
      if (lenSelf < lenOther) ok = allContainedIn(rt, self, other);
      break;
    case CompareOp.LE:
      if (lenSelf <= lenOther) ok = allContainedIn(rt, self, other);
      break;
    case CompareOp.GT:
      if (lenSelf > lenOther) ok = allContainedIn(rt, other, self);
      break;
    default:
      if (lenSelf >= lenOther) ok = allContainedIn(rt, other, self);
  }
  const r = ok ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** dictviews_to_set: a new set of a view's (or any iterable's) items; a keys view reads its dict. */
function viewToSet(rt: Runtime, self: number): number {
  let left = self;
  if (isSetView(rt, self) && viewKind(rt, self) === DictIterKind.KEYS) {
    const d = viewDict(rt, self);
    if (rt.typeOf(d) === rt.T.dict) left = d;
  }
  return newSet(rt, left);
}

function withSet(rt: Runtime, self: number, other: number, update: (rt: Runtime, s: number, other: number) => void): number {
  const result = viewToSet(rt, self);
  try {
    update(rt, result, other);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function viewSub(rt: Runtime, a: number, b: number): number {
  return withSet(rt, a, b, setDifferenceUpdate);
}

function viewOr(rt: Runtime, a: number, b: number): number {
  return withSet(rt, a, b, setUpdateInternal);
}

function viewXor(rt: Runtime, a: number, b: number): number {
  return withSet(rt, a, b, setSymmetricDifferenceUpdate);
}

/** _PyDictView_Intersect: the view may be either operand. */
function viewAnd(rt: Runtime, self: number, other: number): number {
  if (!isSetView(rt, self)) {
    const t = other;
    other = self;
    self = t;
  }
  const lenSelf = viewLength(rt, self);
  if (rt.typeOf(other) === rt.T.set && lenSelf <= length(rt, other)) return setIntersection(rt, other, self);
  if (isSetView(rt, other) && viewLength(rt, other) > lenSelf) {
    const t = other;
    other = self;
    self = t;
  }
  const result = newSet(rt);
  try {
    const it = getIter(rt, other);
    try {
      const keys = viewKind(rt, self) === DictIterKind.KEYS;
      for (;;) {
        const key = iterNext(rt, it);
        if (key === 0) break;
        try {
          if (keys ? keysContains(rt, self, key) : itemsContains(rt, self, key)) setAdd(rt, result, key);
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

const viewNb: (BinarySlot | undefined)[] = [];
viewNb[BinaryOp.SUBTRACT] = viewSub;
viewNb[BinaryOp.AND] = viewAnd;
viewNb[BinaryOp.OR] = viewOr;
viewNb[BinaryOp.XOR] = viewXor;

function isdisjointMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, `${rt.typeName(self)}.isdisjoint`, nargs, kwnames, 1, 1);
  let other = arg(rt, args, 0);
  let result = true;
  if (self === other) {
    result = viewLength(rt, self) === 0;
  } else {
    if (isAnySet(rt, other) || isSetView(rt, other)) {
      if (length(rt, other) > viewLength(rt, self)) {
        const t = other;
        other = self;
        self = t;
      }
    }
    const it = getIter(rt, other);
    try {
      for (;;) {
        const item = iterNext(rt, it);
        if (item === 0) break;
        let found: boolean;
        try {
          found = contains(rt, self, item);
        } finally {
          rt.decref(item);
        }
        if (found) {
          result = false;
          break;
        }
      }
    } finally {
      rt.decref(it);
    }
  }
  const r = result ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

function reversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, `${rt.typeName(self)}.__reversed__`, nargs, kwnames, 0, 0);
  return newDictIterator(rt, viewDict(rt, self), viewKind(rt, self), true);
}

function viewTypeDef(name: string, setLike: boolean): TypeDef {
  const methods = [{ name: "__reversed__", fn: reversedMethod, doc: "Return a reverse iterator over the dict keys." }];
  if (setLike) methods.unshift({ name: "isdisjoint", fn: isdisjointMethod, doc: "Return True if the view and the given iterable have a null intersection." });
  return {
    name,
    basicsize: DictView.SIZE,
    itemsize: 0,
    flags: TpFlag.HAVE_GC,
    dealloc: viewDealloc,
    repr: viewRepr,
    iter: viewIter,
    length: viewLength,
    traverse(rt, v, visit) {
      visit(viewDict(rt, v));
    },
    ...(setLike ? { unhashable: true, richcompare: viewRichcompare, contains: viewContains, nb: viewNb } : {}),
    methods,
    getset: [{ name: "mapping", get: (rt, v) => newMappingProxy(rt, viewDict(rt, v)), doc: "dictionary that this view refers to" }],
  };
}

export const dictKeysType = viewTypeDef("dict_keys", true);
export const dictItemsType = viewTypeDef("dict_items", true);
export const dictValuesType = viewTypeDef("dict_values", false);
