/**
 * The short-lived objects of CPython 3.11's tp_call convention, made as CPython makes them.
 *
 * glasspy passes a call's arguments on its argument stack. CPython 3.11 does too (vectorcall),
 * except for a callable without a vectorcall of its own: every class made by a class
 * statement, and builtin types such as int, str, bytes, complex and zip (typeobject.ts,
 * callCountsLevel). `_PyObject_MakeTpCall` packs such a call's positional arguments in a tuple
 * and its keyword arguments in a dict, which live until the call returns; and a Python
 * `__init__` or `__new__` called with keywords from tp_init or tp_new gets its arguments
 * unpacked again (`_PyStack_UnpackDict`: a new reference to each, and a tuple of the keyword
 * names). A program sees them:
 *  - in the counts: inside `__init__`, `sys.getrefcount(arg)` counts the tuple's reference
 *    (and the caller's stack's, which CPython keeps until the call returns);
 *  - in the heap: a tuple comes from the free list of its length and goes back there (no
 *    change), but when that list is empty (a full collection empties the free lists) a new
 *    block is allocated, counted by the collector, and stays on the free list afterwards:
 *    `sys.getallocatedblocks()` and `gc.get_count()` after `gc.collect(); C(1)` show it. The
 *    dict likewise comes from the dict free list, its keys table from the keys free list.
 *
 * Ownership: each `take` returns a new reference (0 when CPython makes no object: no
 * arguments), which its `release` consumes.
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";
import { containers, FreeListSize } from "./freelists.js";
import { newTupleUnfilled, Tuple } from "./tuple.js";
import { dictSetItem, newDict, newDictPresized } from "./dict.js";
import { Keys, usableFraction } from "./dict-keys.js";

const WORD = 8;

/**
 * `_PyTuple_FromArray`: the argument tuple of the `n` words at byte address `args`, each item
 * a new reference; 0 for no arguments (CPython's empty tuple is a static singleton).
 */
export function takeArgsTuple(rt: Runtime, args: number, n: number): number {
  if (n === 0) return 0;
  const t = newTupleUnfilled(rt, n);
  const i32 = rt.i32;
  for (let i = 0; i < n; i++) {
    const v = i32[(args + i * WORD) >> 2];
    i32[v >> 2]++;
    i32[(t + Tuple.ITEMS + i * WORD) >> 2] = v;
    i32[(t + Tuple.ITEMS + i * WORD + 4) >> 2] = 0;
  }
  return t;
}

/** Release what takeArgsTuple or takeKwargsDict took (0: nothing). */
export function releaseTransient(rt: Runtime, o: number): void {
  if (o !== 0) rt.decref(o);
}

/**
 * A tuple of `n` arguments made and dropped at once, for a call that runs no Python code
 * while it holds it (`int(x)`): only the free list's state can change, and only when the
 * list of its length is empty (3.11 pops lengths below 20 only).
 */
export function touchArgsTuple(rt: Runtime, n: number): void {
  if (n === 0 || (n < FreeListSize.TUPLE_MAXSAVESIZE && containers(rt).tupleCount[n] > 0)) return;
  const t = newTupleUnfilled(rt, n);
  for (let i = 0; i < n; i++) rt.i32[(t + Tuple.ITEMS + i * WORD) >> 2] = 0;
  rt.decref(t);
}

/**
 * `_PyStack_AsDict`: the keyword dict of a call whose keyword names are the tuple `kwnames`
 * (or 0) and their values the words from byte address `values`; 0 without keywords. Up to
 * five a plain new dict (`_PyDict_NewPresized`), which the first str key gives a keys table
 * of the minimum size (from the keys free list); more, a presized table of the general kind.
 */
export function takeKwargsDict(rt: Runtime, values: number, kwnames: number): number {
  if (kwnames === 0) return 0;
  const nkw = rt.i32[(kwnames + Ob.SIZE) >> 2];
  if (nkw === 0) return 0;
  const d = nkw <= usableFraction(Keys.MINSIZE) ? newDict(rt) : newDictPresized(rt, nkw, false);
  try {
    for (let i = 0; i < nkw; i++) dictSetItem(rt, d, rt.i32[(kwnames + Tuple.ITEMS + i * WORD) >> 2], rt.i32[(values + i * WORD) >> 2]);
  } catch (e) {
    rt.decref(d);
    throw e;
  }
  return d;
}

/**
 * Where takePacked writes what it took: [the argument tuple, the keyword dict], 0 for none.
 * Read at once (the next call of takePacked overwrites it).
 */
export const packed = new Int32Array(2);

/**
 * What `_PyObject_MakeTpCall` makes for a call through tp_call: the tuple of the `nargs`
 * arguments at byte address `args` and the dict of the keywords after them (names in
 * `kwnames`, or 0), written to `packed`. When the dict cannot be made the tuple is given
 * back before the error goes on. releasePacked gives both back.
 */
export function takePacked(rt: Runtime, args: number, nargs: number, kwnames: number): void {
  const argsTuple = takeArgsTuple(rt, args, nargs);
  let kwargs = 0;
  try {
    kwargs = takeKwargsDict(rt, args + nargs * WORD, kwnames);
  } catch (e) {
    releaseTransient(rt, argsTuple);
    throw e;
  }
  packed[0] = argsTuple;
  packed[1] = kwargs;
}

/** Give back what takePacked took, the tuple first, as `_PyObject_MakeTpCall` does. */
export function releasePacked(rt: Runtime, argsTuple: number, kwargs: number): void {
  releaseTransient(rt, argsTuple);
  releaseTransient(rt, kwargs);
}

/**
 * `_PyStack_UnpackDict`, for a Python `__init__` or `__new__` that tp_init or tp_new calls with
 * keywords: a new reference to `first` (the prepended instance or class) and to each of the
 * `total` words at byte address `args` (the positional arguments, then the keyword values),
 * and the tuple of the keyword names (a new reference, returned; 0 without keywords, when
 * nothing is taken). releaseUnpacked gives them back.
 */
export function takeUnpacked(rt: Runtime, first: number, args: number, total: number, kwnames: number): number {
  if (kwnames === 0) return 0;
  const nkw = rt.i32[(kwnames + Ob.SIZE) >> 2];
  if (nkw === 0) return 0;
  const names = takeArgsTuple(rt, kwnames + Tuple.ITEMS, nkw);
  const i32 = rt.i32;
  i32[first >> 2]++;
  for (let i = 0; i < total; i++) i32[i32[(args + i * WORD) >> 2] >> 2]++;
  return names;
}

/** Give back what takeUnpacked took for the same `first`, `args` and `total` (`names` 0: nothing). */
export function releaseUnpacked(rt: Runtime, names: number, first: number, args: number, total: number): void {
  if (names === 0) return;
  // (CPython's _PyStack_UnpackDict_Free: the arguments in order, then the names.)
  rt.decref(first);
  for (let i = 0; i < total; i++) rt.decref(rt.i32[(args + i * WORD) >> 2]);
  rt.decref(names);
}

/**
 * CALL_FUNCTION_EX calls through `PyObject_Call`, which hands its tuple and dict to tp_call
 * as they are: typeCall then makes no tuple of its own. Set just before such a call of a
 * class (callFunctionEx), taken (and cleared) by typeCall as it starts.
 */
let argsAlreadyPacked = false;

export function markArgsPacked(packed: boolean): void {
  argsAlreadyPacked = packed;
}

/** Was the type call now starting made from a tuple and dict already (see markArgsPacked)? */
export function takeArgsPackedMark(): boolean {
  const packed = argsAlreadyPacked;
  argsAlreadyPacked = false;
  return packed;
}
