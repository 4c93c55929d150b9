/**
 * The builtin iterator types that wrap other iterables: enumerate, zip, map, filter, reversed,
 * the sequence iterator (`iterator`, for objects with only `__getitem__`) and
 * `callable_iterator` (`iter(f, sentinel)`).
 *
 *   type               fields after the header                        basicsize  getsizeof
 *   enumerate          index (int64), sit, result, longindex, one     56         72
 *   zip                tuplesize (int64), ittuple, result, strict     48         64
 *   map                iters, func                                    32         48
 *   filter             func, it                                       32         48
 *   reversed           index (int64), seq                             32         48
 *   iterator           index (int64), seq                             32         48
 *   callable_iterator  callable, sentinel                             32         48
 *
 * All are GC types. Their `iternext` returns 0 when exhausted (no StopIteration), and an
 * exhausted wrapper drops what it wrapped, as CPython's do.
 *
 * enumerate and zip keep the last result tuple (`result`) and, when nobody else holds it any
 * more (refcount 1), refill it in place instead of allocating a new one — CPython's
 * optimisation, kept because it is visible in allocation statistics. enumerate counts in the
 * int64 `index` word and switches to int objects (`longindex`) past INDEX_MAX, as CPython
 * does past PY_SSIZE_T_MAX; glasspy's threshold is 2^31-1, which no program can tell apart.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { addressText } from "./object.js";
import { typeLookup } from "./typeobject.js";
import { newInt, intValue } from "./int.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { argSpec, arg, checkArgs, kwCount, parseArgs } from "./args.js";
import {
  binaryOp,
  call,
  call0,
  call1,
  getItem,
  getIter,
  index,
  isTrue,
  iterNext,
  length,
  popArgs,
  pushArgs,
  richCompareBool,
} from "./abstract.js";

const INDEX_MAX = 0x7fffffff;

export const enum Enumerate {
  INDEX = 16,
  SIT = 24,
  RESULT = 32,
  LONGINDEX = 40,
  ONE = 48,
  SIZE = 56,
}

export const enum Zip {
  TUPLESIZE = 16,
  ITTUPLE = 24,
  RESULT = 32,
  STRICT = 40,
  SIZE = 48,
}

export const enum MapIt {
  ITERS = 16,
  FUNC = 24,
  SIZE = 32,
}

export const enum FilterIt {
  FUNC = 16,
  IT = 24,
  SIZE = 32,
}

/** reversed and the sequence iterator share this layout. */
export const enum SeqIt {
  INDEX = 16,
  SEQ = 24,
  SIZE = 32,
}

export const enum CallIt {
  CALLABLE = 16,
  SENTINEL = 24,
  SIZE = 32,
}

// ── shared helpers ──────────────────────────────────────────────────────────────────────

/** Read an int64 word that holds a value in int32 range. */
function loadIndex(rt: Runtime, p: number): number {
  return rt.i32[p >> 2];
}

/** Write an int32-range value as an int64 word (the high half is the sign extension). */
function storeIndex(rt: Runtime, p: number, v: number): void {
  rt.i32[p >> 2] = v;
  rt.i32[(p + 4) >> 2] = v < 0 ? -1 : 0;
}

/** Allocate an instance of `cls` (a builtin iterator type or a subclass) with every field zeroed. */
function allocIter(rt: Runtime, cls: number, size: number): number {
  const basicsize = Math.max(size, rt.i32[(cls + Tp.BASICSIZE) >> 2]);
  const o = rt.allocObject(cls, basicsize);
  for (let off = 16; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  return o;
}

/** Release the pointer fields at `offsets`, then free the object (CPython's order). */
function releaseAndFree(rt: Runtime, o: number, offsets: readonly number[]): void {
  for (let k = 0; k < offsets.length; k++) clearField(rt, o, offsets[k]);
  rt.freeObject(o);
}

function traverseFields(offsets: readonly number[]) {
  return (rt: Runtime, o: number, visit: (child: number) => void): void => {
    for (let k = 0; k < offsets.length; k++) {
      const v = rt.load(o + offsets[k]);
      if (v !== 0) visit(v);
    }
  };
}

/** Set a pointer field to 0 and release what it held. */
function clearField(rt: Runtime, o: number, off: number): void {
  const v = rt.load(o + off);
  if (v !== 0) {
    rt.store(o + off, 0);
    rt.decref(v);
  }
}

function clearFields(offsets: readonly number[]) {
  return (rt: Runtime, o: number): void => {
    for (let k = 0; k < offsets.length; k++) clearField(rt, o, offsets[k]);
  };
}

function selfIter(rt: Runtime, o: number): number {
  rt.incref(o);
  return o;
}

function reprAt(rt: Runtime, o: number): number {
  return rt.newStr(`<${rt.typeName(o)} object at ${addressText(o)}>`);
}


/** seq[i] (new reference), or 0 when that raises IndexError or StopIteration (cleared). */
function getItemOrEnd(rt: Runtime, seq: number, i: number): number {
  const key = newInt(rt, i);
  try {
    return getItem(rt, seq, key);
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    if (rt.exceptionMatches(rt.E.IndexError) || rt.exceptionMatches(rt.E.StopIteration)) {
      rt.setException(0);
      return 0;
    }
    throw e;
  } finally {
    rt.decref(key);
  }
}

/** A tuple of `n` Nones (new reference): the initial result tuple of enumerate and zip. */
function noneTuple(rt: Runtime, n: number): number {
  const t = newTuple(rt, n);
  for (let i = 0; i < n; i++) {
    rt.incref(rt.S.None);
    tupleSetItem(rt, t, i, rt.S.None);
  }
  return t;
}

/** Replace item i of a tuple we own alone; `v` is stolen, the old item released. */
function refillItem(rt: Runtime, t: number, i: number, v: number): void {
  const old = tupleItem(rt, t, i);
  tupleSetItem(rt, t, i, v);
  rt.decref(old);
}

// ── enumerate ───────────────────────────────────────────────────────────────────────────

const enumerateSpec = argSpec("enumerate", ["iterable", "start="]);
const enumerateOut = new Int32Array(2);

function enumerateNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  let iterable: number;
  let start = 0;
  if (cls === rt.T.enumerate) {
    // enumerate(iterable, start=0) matched by hand, as CPython's enum_vectorcall does.
    const nkw = kwCount(rt, kwnames);
    const keyword = (k: number, name: string) => {
      const key = tupleItem(rt, kwnames, k);
      if (rt.jsString(key) !== name) throw rt.raise(rt.E.TypeError, `'${rt.jsString(key)}' is an invalid keyword argument for enumerate()`);
    };
    if (nargs + nkw === 2 || nargs + nkw === 1) {
      iterable = arg(rt, args, 0);
      if (nargs + nkw === 2) start = arg(rt, args, 1);
      if (nkw === 1) keyword(0, nargs === 0 ? "iterable" : "start");
      if (nkw === 2) {
        if (rt.jsString(tupleItem(rt, kwnames, 0)) === "start") {
          keyword(1, "iterable");
          iterable = arg(rt, args, 1);
          start = arg(rt, args, 0);
        } else {
          keyword(0, "iterable");
          keyword(1, "start");
        }
      }
    } else {
      if (nargs === 0) throw rt.raise(rt.E.TypeError, "enumerate() missing required argument 'iterable'");
      throw rt.raise(rt.E.TypeError, `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
    }
  } else {
    parseArgs(rt, enumerateSpec, args, nargs, kwnames, enumerateOut);
    iterable = enumerateOut[0];
    start = enumerateOut[1];
  }
  let startIndex = 0;
  let longIndex = 0;
  if (start !== 0) {
    const s = index(rt, start);
    const v = intValue(rt, s);
    if (typeof v === "number" && v >= -INDEX_MAX && v < INDEX_MAX) {
      startIndex = v;
      rt.decref(s);
    } else {
      startIndex = INDEX_MAX;
      longIndex = s;
    }
  }
  let it: number;
  try {
    it = getIter(rt, iterable);
  } catch (e) {
    if (longIndex !== 0) rt.decref(longIndex);
    throw e;
  }
  const en = allocIter(rt, cls, Enumerate.SIZE);
  storeIndex(rt, en + Enumerate.INDEX, startIndex);
  rt.store(en + Enumerate.SIT, it);
  rt.store(en + Enumerate.LONGINDEX, longIndex);
  rt.store(en + Enumerate.ONE, rt.S.smallInts[1 + 5]);
  try {
    rt.store(en + Enumerate.RESULT, noneTuple(rt, 2));
  } catch (e) {
    rt.decref(en);
    throw e;
  }
  return en;
}

function enumerateNext(rt: Runtime, en: number): number {
  const it = rt.load(en + Enumerate.SIT);
  const item = iterNext(rt, it);
  if (item === 0) return 0;
  let nextIndex: number;
  try {
    const i = loadIndex(rt, en + Enumerate.INDEX);
    if (i === INDEX_MAX) {
      let current = rt.load(en + Enumerate.LONGINDEX);
      if (current === 0) {
        current = newInt(rt, INDEX_MAX);
        rt.store(en + Enumerate.LONGINDEX, current);
      }
      const stepped = binaryOp(rt, current, rt.load(en + Enumerate.ONE), BinaryOp.ADD);
      rt.store(en + Enumerate.LONGINDEX, stepped);
      nextIndex = current;
    } else {
      nextIndex = newInt(rt, i);
      storeIndex(rt, en + Enumerate.INDEX, i + 1);
    }
  } catch (e) {
    rt.decref(item);
    throw e;
  }
  const result = rt.load(en + Enumerate.RESULT);
  if (rt.refcount(result) === 1) {
    rt.incref(result);
    refillItem(rt, result, 0, nextIndex);
    refillItem(rt, result, 1, item);
    return result;
  }
  const t = newTuple(rt, 2);
  tupleSetItem(rt, t, 0, nextIndex);
  tupleSetItem(rt, t, 1, item);
  return t;
}

const ENUMERATE_FIELDS = [Enumerate.SIT, Enumerate.RESULT, Enumerate.LONGINDEX] as const;

export const enumerateType: TypeDef = {
  name: "enumerate",
  basicsize: Enumerate.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "Return an enumerate object.",
  dealloc: (rt, o) => releaseAndFree(rt, o, ENUMERATE_FIELDS),
  traverse: traverseFields(ENUMERATE_FIELDS),
  clear: clearFields(ENUMERATE_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: enumerateNext,
  new: enumerateNew,
};

// ── zip ─────────────────────────────────────────────────────────────────────────────────

const zipSpec = argSpec("zip", ["*iterables", "strict="]);
const zipOut = new Int32Array(1);

/** A tuple of iter(x) for each of the call's `n` positional arguments (new reference). */
function iteratorsOf(rt: Runtime, args: number, first: number, n: number): number {
  const t = newTuple(rt, n);
  let filled = 0;
  try {
    for (; filled < n; filled++) tupleSetItem(rt, t, filled, getIter(rt, arg(rt, args, first + filled)));
  } catch (e) {
    rt.decref(t);
    throw e;
  }
  return t;
}

function zipNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  let strict = false;
  if (kwCount(rt, kwnames) > 0) {
    parseArgs(rt, zipSpec, args, nargs, kwnames, zipOut);
    if (zipOut[0] !== 0) strict = isTrue(rt, zipOut[0]);
  }
  const iters = iteratorsOf(rt, args, 0, nargs);
  let result: number;
  try {
    result = noneTuple(rt, nargs);
  } catch (e) {
    rt.decref(iters);
    throw e;
  }
  const z = allocIter(rt, cls, Zip.SIZE);
  storeIndex(rt, z + Zip.TUPLESIZE, nargs);
  rt.store(z + Zip.ITTUPLE, iters);
  rt.store(z + Zip.RESULT, result);
  storeIndex(rt, z + Zip.STRICT, strict ? 1 : 0);
  return z;
}

function zipNext(rt: Runtime, z: number): number {
  const n = loadIndex(rt, z + Zip.TUPLESIZE);
  if (n === 0) return 0;
  const iters = rt.load(z + Zip.ITTUPLE);
  let result = rt.load(z + Zip.RESULT);
  const reuse = rt.refcount(result) === 1;
  if (reuse) rt.incref(result);
  else result = newTuple(rt, n);
  let i = 0;
  try {
    for (; i < n; i++) {
      const item = iterNext(rt, tupleItem(rt, iters, i));
      if (item === 0) break;
      if (reuse) refillItem(rt, result, i, item);
      else tupleSetItem(rt, result, i, item);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  if (i === n) return result;
  rt.decref(result);
  if (loadIndex(rt, z + Zip.STRICT) !== 0) zipStrictCheck(rt, iters, i, n);
  return 0;
}

/** zip(strict=True) ended at argument `i`: every other argument must be exhausted too. */
function zipStrictCheck(rt: Runtime, iters: number, i: number, n: number): void {
  if (i > 0) {
    const plural = i === 1 ? " " : "s 1-";
    throw rt.raise(rt.E.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (let k = 1; k < n; k++) {
    const item = iterNext(rt, tupleItem(rt, iters, k));
    if (item !== 0) {
      rt.decref(item);
      const plural = k === 1 ? " " : "s 1-";
      throw rt.raise(rt.E.ValueError, `zip() argument ${k + 1} is longer than argument${plural}${k}`);
    }
  }
}

const ZIP_FIELDS = [Zip.ITTUPLE, Zip.RESULT] as const;

export const zipType: TypeDef = {
  name: "zip",
  basicsize: Zip.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
  dealloc: (rt, o) => releaseAndFree(rt, o, ZIP_FIELDS),
  traverse: traverseFields(ZIP_FIELDS),
  clear: clearFields(ZIP_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: zipNext,
  new: zipNew,
};

// ── map ─────────────────────────────────────────────────────────────────────────────────

function mapNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0 && cls === rt.T.map) throw rt.raise(rt.E.TypeError, "map() takes no keyword arguments");
  if (nargs < 2) throw rt.raise(rt.E.TypeError, "map() must have at least two arguments.");
  const iters = iteratorsOf(rt, args, 1, nargs - 1);
  const m = allocIter(rt, cls, MapIt.SIZE);
  const func = arg(rt, args, 0);
  rt.incref(func);
  rt.store(m + MapIt.ITERS, iters);
  rt.store(m + MapIt.FUNC, func);
  return m;
}

/** func(next(it1), next(it2), ...): the items go on the native argument stack. */
function mapNext(rt: Runtime, m: number): number {
  const iters = rt.load(m + MapIt.ITERS);
  const n = tupleSize(rt, iters);
  const p = pushArgs(rt, n);
  let got = 0;
  try {
    for (; got < n; got++) {
      const item = iterNext(rt, tupleItem(rt, iters, got));
      if (item === 0) return 0;
      rt.store(p + got * 8, item);
    }
    return call(rt, rt.load(m + MapIt.FUNC), p, n, 0);
  } finally {
    for (let k = 0; k < got; k++) rt.decref(rt.load(p + k * 8));
    popArgs(rt, p);
  }
}

const MAP_FIELDS = [MapIt.ITERS, MapIt.FUNC] as const;

export const mapType: TypeDef = {
  name: "map",
  basicsize: MapIt.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "map(func, *iterables) --> map object",
  dealloc: (rt, o) => releaseAndFree(rt, o, MAP_FIELDS),
  traverse: traverseFields(MAP_FIELDS),
  clear: clearFields(MAP_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: mapNext,
  new: mapNew,
};

// ── filter ──────────────────────────────────────────────────────────────────────────────

function filterNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T.filter) checkArgs(rt, "filter", nargs, kwnames, 2, 2);
  else if (nargs !== 2) throw rt.raise(rt.E.TypeError, `filter expected 2 arguments, got ${nargs}`);
  const it = getIter(rt, arg(rt, args, 1));
  const f = allocIter(rt, cls, FilterIt.SIZE);
  const func = arg(rt, args, 0);
  rt.incref(func);
  rt.store(f + FilterIt.FUNC, func);
  rt.store(f + FilterIt.IT, it);
  return f;
}

function filterNext(rt: Runtime, f: number): number {
  const it = rt.load(f + FilterIt.IT);
  const func = rt.load(f + FilterIt.FUNC);
  const checkTrue = func === rt.S.None || func === rt.T.bool;
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return 0;
    let ok: boolean;
    try {
      if (checkTrue) {
        ok = isTrue(rt, item);
      } else {
        const good = call1(rt, func, item);
        try {
          ok = isTrue(rt, good);
        } finally {
          rt.decref(good);
        }
      }
    } catch (e) {
      rt.decref(item);
      throw e;
    }
    if (ok) return item;
    rt.decref(item);
  }
}

const FILTER_FIELDS = [FilterIt.FUNC, FilterIt.IT] as const;

export const filterType: TypeDef = {
  name: "filter",
  basicsize: FilterIt.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "filter(function or None, iterable) --> filter object",
  dealloc: (rt, o) => releaseAndFree(rt, o, FILTER_FIELDS),
  traverse: traverseFields(FILTER_FIELDS),
  clear: clearFields(FILTER_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: filterNext,
  new: filterNew,
};

// ── reversed ────────────────────────────────────────────────────────────────────────────

/**
 * The special method `name` of o's type, bound to o (CPython's _PyObject_LookupSpecial).
 * New reference, or 0 when the type does not define it. A None value is returned as is
 * (callers use it to mean "explicitly unsupported").
 */
export function lookupSpecial(rt: Runtime, o: number, name: string): number {
  const type = rt.typeOf(o);
  const v = typeLookup(rt, type, rt.identifier(name));
  if (v === 0) return 0;
  const get = rt.slotsOf(v).descrGet;
  if (get !== undefined) return get(rt, v, o, type);
  rt.incref(v);
  return v;
}

/** PySequence_Check: has item access and is not a dict. */
function isSequence(rt: Runtime, o: number): boolean {
  return rt.slotsOf(o).subscript !== undefined && !rt.hasFlag(o, TpFlag.DICT_SUBCLASS);
}

function reversedNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0 && cls === rt.T.reversed) throw rt.raise(rt.E.TypeError, "reversed() takes no keyword arguments");
  if (nargs !== 1) throw rt.raise(rt.E.TypeError, `reversed expected 1 argument, got ${nargs}`);
  const seq = arg(rt, args, 0);
  const meth = lookupSpecial(rt, seq, "__reversed__");
  if (meth === rt.S.None) {
    rt.decref(meth);
  } else if (meth !== 0) {
    try {
      return call0(rt, meth);
    } finally {
      rt.decref(meth);
    }
  }
  if (meth !== 0 || !isSequence(rt, seq)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(seq)}' object is not reversible`);
  const n = length(rt, seq);
  const r = allocIter(rt, cls, SeqIt.SIZE);
  storeIndex(rt, r + SeqIt.INDEX, n - 1);
  rt.incref(seq);
  rt.store(r + SeqIt.SEQ, seq);
  return r;
}

function reversedNext(rt: Runtime, r: number): number {
  const i = loadIndex(rt, r + SeqIt.INDEX);
  const seq = rt.load(r + SeqIt.SEQ);
  if (i >= 0 && seq !== 0) {
    const item = getItemOrEnd(rt, seq, i);
    if (item !== 0) {
      storeIndex(rt, r + SeqIt.INDEX, i - 1);
      return item;
    }
  }
  storeIndex(rt, r + SeqIt.INDEX, -1);
  clearField(rt, r, SeqIt.SEQ);
  return 0;
}

function reversedLengthHint(rt: Runtime, r: number): number {
  const seq = rt.load(r + SeqIt.SEQ);
  if (seq === 0) return newInt(rt, 0);
  const n = length(rt, seq);
  const position = loadIndex(rt, r + SeqIt.INDEX) + 1;
  return newInt(rt, n < position ? 0 : position);
}

const SEQ_FIELDS = [SeqIt.SEQ] as const;

export const reversedType: TypeDef = {
  name: "reversed",
  basicsize: SeqIt.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "Return a reverse iterator over the values of the given sequence.",
  dealloc: (rt, o) => releaseAndFree(rt, o, SEQ_FIELDS),
  traverse: traverseFields(SEQ_FIELDS),
  clear: clearFields(SEQ_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: reversedNext,
  new: reversedNew,
  methods: [{ name: "__length_hint__", fn: (rt, self) => reversedLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};

// ── the sequence iterator ───────────────────────────────────────────────────────────────

/** iter(seq) for an object with `__getitem__` but no `__iter__`. New reference. */
export function newSeqIterator(rt: Runtime, seq: number): number {
  const it = allocIter(rt, rt.T.iterator, SeqIt.SIZE);
  rt.incref(seq);
  rt.store(it + SeqIt.SEQ, seq);
  return it;
}

function seqIterNext(rt: Runtime, it: number): number {
  const seq = rt.load(it + SeqIt.SEQ);
  if (seq === 0) return 0;
  const i = loadIndex(rt, it + SeqIt.INDEX);
  if (i === INDEX_MAX) throw rt.raise(rt.E.OverflowError, "iter index too large");
  const item = getItemOrEnd(rt, seq, i);
  if (item !== 0) {
    storeIndex(rt, it + SeqIt.INDEX, i + 1);
    return item;
  }
  clearField(rt, it, SeqIt.SEQ);
  return 0;
}

function seqIterLengthHint(rt: Runtime, it: number): number {
  const seq = rt.load(it + SeqIt.SEQ);
  if (seq !== 0) {
    if (rt.slotsOf(seq).length === undefined) {
      rt.incref(rt.S.NotImplemented);
      return rt.S.NotImplemented;
    }
    const n = length(rt, seq) - loadIndex(rt, it + SeqIt.INDEX);
    if (n >= 0) return newInt(rt, n);
  }
  return newInt(rt, 0);
}

export const seqIteratorType: TypeDef = {
  name: "iterator",
  basicsize: SeqIt.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, o) => releaseAndFree(rt, o, SEQ_FIELDS),
  traverse: traverseFields(SEQ_FIELDS),
  clear: clearFields(SEQ_FIELDS),
  repr: reprAt,
  iter: selfIter,
  iternext: seqIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => seqIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};

// ── callable_iterator ───────────────────────────────────────────────────────────────────

/** iter(callable, sentinel). New reference; both arguments are borrowed. */
export function newCallableIterator(rt: Runtime, callable: number, sentinel: number): number {
  const it = allocIter(rt, rt.T.callable_iterator, CallIt.SIZE);
  rt.incref(callable);
  rt.incref(sentinel);
  rt.store(it + CallIt.CALLABLE, callable);
  rt.store(it + CallIt.SENTINEL, sentinel);
  return it;
}

function callIterNext(rt: Runtime, it: number): number {
  const callable = rt.load(it + CallIt.CALLABLE);
  if (callable === 0) return 0;
  let result: number;
  try {
    result = call0(rt, callable);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.StopIteration)) throw e;
    rt.setException(0);
    callIterClear(rt, it);
    return 0;
  }
  let done: boolean;
  try {
    done = richCompareBool(rt, rt.load(it + CallIt.SENTINEL), result, CompareOp.EQ);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  if (!done) return result;
  rt.decref(result);
  callIterClear(rt, it);
  return 0;
}

const CALLITER_FIELDS = [CallIt.CALLABLE, CallIt.SENTINEL] as const;
const callIterClear = clearFields(CALLITER_FIELDS);

export const callableIteratorType: TypeDef = {
  name: "callable_iterator",
  basicsize: CallIt.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, o) => releaseAndFree(rt, o, CALLITER_FIELDS),
  traverse: traverseFields(CALLITER_FIELDS),
  clear: callIterClear,
  repr: reprAt,
  iter: selfIter,
  iternext: callIterNext,
};
