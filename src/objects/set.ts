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
 * perturb >>= 5`, perturb the unsigned 64-bit hash in two halves), reusing the last dummy
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
 *
 * This file has the layout and its accessors, creation, the key-level API (add, contains,
 * discard, pop), the types' own slots and the TypeDefs of set, frozenset and set_iterator.
 * Probing, resizing, clearing and hashing the table are in set-table.ts; union,
 * intersection, difference, symmetric difference, the comparisons and the operators in
 * set-algebra.ts, the methods in set-methods.ts, the iterator's behaviour in set-iterator.ts.
 * Names other code imports from those files are re-exported here.
 */
import type { Runtime } from "./runtime.js";
import { releaseRef } from "./release-ref.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { Int } from "./int.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp } from "../compile/opcodes.js";
import { reprText } from "./abstract.js";
import { checkArgs, arg, kwCount } from "./args.js";
import { containers, reprEnter, reprLeave } from "./freelists.js";
import { hashOut, hashWords, notImplemented, selfIter } from "./tuple.js";
import { keyHashWords } from "./dict-lookup.js";
import {
  SetConst, frozensetHash, setAddEntryTakeRef, setAddSmallIntTakeRef, setClear, setContainsEntry, setDiscardEntry, setWriteEntry,
} from "./set-table.js";
import {
  setAnd, setDifferenceUpdate, setIntersectionUpdate, setOr, setRichcompare, setSub, setSymmetricDifference,
  setSymmetricDifferenceUpdate, setUpdateInternal, setXor,
} from "./set-algebra.js";
import {
  frozensetCopyMethod, setAddMethod, setClearMethod, setContainsMethod, setCopyMethod, setDifferenceMethod,
  setDifferenceUpdateMethod, setDiscardMethod, setIntersectionMethod, setIntersectionUpdateMethod, setIsdisjointMethod,
  setIssubsetMethod, setIssupersetMethod, setRemoveMethod, setSizeofMethod, setSymmetricDifferenceUpdateMethod, setUnionMethod,
  setUpdateMethod,
} from "./set-methods.js";
import { newSetIterator, setIterLengthHint, setIterNext } from "./set-iterator.js";
import { classGetItem } from "./generic-alias.js";
import { clearWeakrefs } from "./weakref.js";

export { frozensetHash, frozensetHashWords, setClear, setTableSizeFor } from "./set-table.js";
export { setDifference, setDifferenceUpdate, setIntersection, setSymmetricDifferenceUpdate, setUpdateInternal } from "./set-algebra.js";
export { newSetIterator } from "./set-iterator.js";

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

// ── fields ──────────────────────────────────────────────────────────────────────────────

export function setSize(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.USED) >> 2];
}

export function setFillCount(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.FILL) >> 2];
}

export function setTableMask(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.MASK) >> 2];
}

export function setTableAddr(rt: Runtime, s: number): number {
  return rt.i32[(s + SetField.TABLE) >> 2];
}

export function setFill(rt: Runtime, s: number, n: number): void {
  rt.store(s + SetField.FILL, n);
}

export function setUsed(rt: Runtime, s: number, n: number): void {
  rt.store(s + SetField.USED, n);
}

export function setCachedHash(rt: Runtime, s: number, lo: number, hi: number): void {
  rt.i32[(s + SetField.HASH) >> 2] = lo;
  rt.i32[(s + SetField.HASH + 4) >> 2] = hi;
}

export function setDummyKey(rt: Runtime): number {
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

export function isFrozensetOrSub(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.frozenset || rt.isSubtype(t, rt.T.frozenset);
}

/** The index of the first active entry at or after `pos`, or -1 (set_next). */
export function setNextEntry(rt: Runtime, s: number, pos: number): number {
  const m = setTableMask(rt, s);
  const t = setTableAddr(rt, s);
  const d = setDummyKey(rt);
  const i32 = rt.i32;
  for (let i = pos; i <= m; i++) {
    const key = i32[(t + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) return i;
  }
  return -1;
}

/** Key (borrowed) and hash halves of entry i. */
export function setEntryKey(rt: Runtime, s: number, i: number): number {
  return rt.i32[(setTableAddr(rt, s) + i * SetEntry.SIZE) >> 2];
}

export function setEntryHashLo(rt: Runtime, s: number, i: number): number {
  return rt.i32[(setTableAddr(rt, s) + i * SetEntry.SIZE + SetEntry.HASH) >> 2];
}

export function setEntryHashHi(rt: Runtime, s: number, i: number): number {
  return rt.i32[(setTableAddr(rt, s) + i * SetEntry.SIZE + SetEntry.HASH + 4) >> 2];
}

// ── creation ────────────────────────────────────────────────────────────────────────────

/** make_new_set: an empty set of `type` using its small table; then filled from `iterable` (0: none). */
export function makeNewSet(rt: Runtime, type: number, iterable: number): number {
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
export function makeNewSetBasetype(rt: Runtime, type: number, iterable: number): number {
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

// ── the key-level API ───────────────────────────────────────────────────────────────────

/** s.add(key) (PySet_Add): `key` is borrowed (increfed when stored). */
export function setAdd(rt: Runtime, s: number, key: number): void {
  rt.incref(key);
  setAddTakeRef(rt, s, key);
}

/**
 * SET_ADD: s.add(key) on a reference the caller hands over (kept by the table, or released,
 * also when hashing or a comparison raises).
 */
export function setAddTakeRef(rt: Runtime, s: number, key: number): void {
  const i32 = rt.i32;
  if (i32[(key + Ob.TYPE) >> 2] === rt.T.int) {
    // An exact int of at most one digit hashes to its value (-1 to -2), as keyHashWords.
    const size = i32[(key + Int.SIZE) >> 2];
    if (size >= -1 && size <= 1) {
      const digit = i32[(key + Int.DIGITS) >> 2];
      const v = size * digit;
      if (setAddSmallIntTakeRef(rt, s, key, size, digit, v === -1 ? -2 : v, v < 0 ? -1 : 0)) return;
    }
  }
  try {
    keyHashWords(rt, key);
  } catch (e) {
    rt.decref(key);
    throw e;
  }
  setAddEntryTakeRef(rt, s, key, hashOut[0], hashOut[1]);
}

export function setContainsKey(rt: Runtime, s: number, key: number): boolean {
  keyHashWords(rt, key);
  return setContainsEntry(rt, s, key, hashOut[0], hashOut[1]);
}

export function setDiscardKey(rt: Runtime, s: number, key: number): boolean {
  keyHashWords(rt, key);
  return setDiscardEntry(rt, s, key, hashOut[0], hashOut[1]);
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
  return withFrozenRetry(rt, s, key, setContainsKey);
}

/** s.discard(key): true when it was present. */
export function setDiscard(rt: Runtime, s: number, key: number): boolean {
  return withFrozenRetry(rt, s, key, setDiscardKey);
}

/** set.pop(): an arbitrary key (new reference), scanning from the finger so repeated pops are O(1) on average. */
export function setPop(rt: Runtime, self: number): number {
  const m = setTableMask(rt, self);
  const tbl = setTableAddr(rt, self);
  const d = setDummyKey(rt);
  if (setSize(rt, self) === 0) throw rt.raise(rt.E.KeyError, "pop from an empty set");
  let i = rt.load(self + SetField.FINGER) & m;
  for (;;) {
    const key = rt.i32[(tbl + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) break;
    i++;
    if (i > m) i = 0;
  }
  const entry = tbl + i * SetEntry.SIZE;
  const key = rt.i32[entry >> 2];
  setWriteEntry(rt, entry, d, -1, -1);
  setUsed(rt, self, setSize(rt, self) - 1);
  rt.store(self + SetField.FINGER, i + 1);
  return key;
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

function setDealloc(rt: Runtime, s: number): void {
  clearWeakrefs(rt, s);
  const d = setDummyKey(rt);
  const tbl = setTableAddr(rt, s);
  let left = setSize(rt, s);
  for (let i = 0; left > 0; i++) {
    const key = rt.i32[(tbl + i * SetEntry.SIZE) >> 2];
    if (key !== 0 && key !== d) {
      left--;
      releaseRef(rt, key);
    }
  }
  if (tbl !== s + SetField.SMALLTABLE) rt.heap.free(tbl);
  rt.freeObject(s);
}

function setRepr(rt: Runtime, s: number): number {
  const name = rt.typeName(s);
  if (reprEnter(rt, s)) return rt.newStr(`${name}(...)`);
  try {
    if (setSize(rt, s) === 0) return rt.newStr(`${name}()`);
    let text = "";
    for (let pos = setNextEntry(rt, s, 0); pos >= 0; pos = setNextEntry(rt, s, pos + 1)) {
      const key = setEntryKey(rt, s, pos);
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

function setTraverse(rt: Runtime, s: number, visit: (child: number) => void): void {
  for (let pos = setNextEntry(rt, s, 0); pos >= 0; pos = setNextEntry(rt, s, pos + 1)) visit(setEntryKey(rt, s, pos));
}

export function setSizeof(rt: Runtime, s: number): number {
  let size = rt.i32[(rt.typeOf(s) + Tp.BASICSIZE) >> 2];
  if (setTableAddr(rt, s) !== s + SetField.SMALLTABLE) size += (setTableMask(rt, s) + 1) * SetEntry.SIZE;
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
  if (setFillCount(rt, s) !== 0) setClear(rt, s);
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
setNbInplace[BinaryOp.AND] = inplace(setIntersectionUpdate);
setNbInplace[BinaryOp.SUBTRACT] = inplace(setDifferenceUpdate);
setNbInplace[BinaryOp.XOR] = inplace(setSymmetricDifferenceUpdate);

// ── the type objects ────────────────────────────────────────────────────────────────────

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

const commonMethods = (base: string) => [
  { name: "__contains__", fn: oneArg(`${base}.__contains__`, setContainsMethod), doc: "x.__contains__(y) <==> y in x." },
  { name: "__sizeof__", fn: noArgs(`${base}.__sizeof__`, setSizeofMethod), doc: "S.__sizeof__() -> size of S in memory, in bytes" },
  { name: "difference", fn: setDifferenceMethod, packsArgs: true, doc: "Return the difference of two or more sets as a new set." },
  { name: "intersection", fn: setIntersectionMethod, packsArgs: true, doc: "Return the intersection of two sets as a new set." },
  { name: "isdisjoint", fn: oneArg(`${base}.isdisjoint`, setIsdisjointMethod), doc: "Return True if two sets have a null intersection." },
  { name: "issubset", fn: oneArg(`${base}.issubset`, setIssubsetMethod), doc: "Report whether another set contains this set." },
  { name: "issuperset", fn: oneArg(`${base}.issuperset`, setIssupersetMethod), doc: "Report whether this set contains another set." },
  { name: "symmetric_difference", fn: oneArg(`${base}.symmetric_difference`, setSymmetricDifference), doc: "Return the symmetric difference of two sets as a new set." },
  { name: "union", fn: setUnionMethod, packsArgs: true, doc: "Return the union of sets as a new set." },
  { name: "__class_getitem__", fn: classGetItem(base), classMethod: true, doc: "See PEP 585" },
];

export const setType: TypeDef = {
  name: "set",
  basicsize: SetField.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.MATCH_SELF,
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
    { name: "add", fn: oneArg("set.add", setAddMethod), doc: "Add an element to a set.\n\nThis has no effect if the element is already present." },
    { name: "clear", fn: noArgs("set.clear", setClearMethod), doc: "Remove all elements from this set." },
    { name: "copy", fn: noArgs("set.copy", setCopyMethod), doc: "Return a shallow copy of a set." },
    { name: "discard", fn: oneArg("set.discard", setDiscardMethod), doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set." },
    { name: "difference_update", fn: setDifferenceUpdateMethod, packsArgs: true, doc: "Remove all elements of another set from this set." },
    { name: "intersection_update", fn: setIntersectionUpdateMethod, packsArgs: true, doc: "Update a set with the intersection of itself and another." },
    { name: "pop", fn: noArgs("set.pop", setPop), doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty." },
    { name: "remove", fn: oneArg("set.remove", setRemoveMethod), doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError." },
    { name: "symmetric_difference_update", fn: oneArg("set.symmetric_difference_update", setSymmetricDifferenceUpdateMethod), doc: "Update a set with the symmetric difference of itself and another." },
    { name: "update", fn: setUpdateMethod, packsArgs: true, doc: "Update a set with the union of itself and others." },
    ...commonMethods("set"),
  ],
};

export const frozensetType: TypeDef = {
  name: "frozenset",
  basicsize: SetField.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.MATCH_SELF,
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

export const enum SetIter {
  SET = 16,
  USED = 24,
  POS = 32,
  LEN = 40,
  SIZE = 48,
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
