/**
 * The combinatoric iterators: product, permutations, combinations and
 * combinations_with_replacement.
 *
 * Each keeps its input as tuples (`pools` / `pool`), its position as an array of indices in a
 * heap buffer (CPython's Py_ssize_t arrays, 8 bytes per index; the low 32 bits are used), and
 * the last result tuple: when nobody else holds that tuple any more (refcount 1) the next
 * result is written into it in place, as CPython does; otherwise a copy is updated.
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { argSpec, arg, parseArgs } from "../objects/args.js";
import { isInt, intValue } from "../objects/int.js";
import { newTuple, tupleFromIterable, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import {
  allocZeroed, clearer, loadCount, refillItem, selfIter, setField, storeCount, traverser, tupleCopy,
} from "./stdlib-common.js";

/** Field offsets common to the four types; SECOND is `cycles` for permutations. */
const enum Comb { POOL = 16, RESULT = 24, INDICES = 32, SECOND = 40, R = 48, STOPPED = 56, SIZE = 64 }
const FIELDS = [Comb.POOL, Comb.RESULT];

function indexArray(rt: Runtime, n: number): number {
  const p = rt.mem(Math.max(1, n) * 8);
  rt.i32.fill(0, p >> 2, (p >> 2) + 2 * Math.max(1, n));
  return p;
}

const getIdx = (rt: Runtime, a: number, i: number): number => rt.i32[(a + 8 * i) >> 2];
const setIdx = (rt: Runtime, a: number, i: number, v: number): void => {
  rt.i32[(a + 8 * i) >> 2] = v;
};

function dealloc(rt: Runtime, o: number): void {
  for (const off of FIELDS) {
    const v = rt.load(o + off);
    if (v !== 0) {
      rt.store(o + off, 0);
      rt.decref(v);
    }
  }
  for (const off of [Comb.INDICES, Comb.SECOND]) {
    const p = rt.load(o + off);
    if (p !== 0) rt.heap.free(p);
  }
  rt.freeObject(o);
}

/** Sizeof: the object plus its index buffers (CPython counts them too). */
function combType(name: string, doc: string, rest: Partial<TypeDef>, bufferWords: (rt: Runtime, o: number) => number): TypeDef {
  return {
    name, basicsize: Comb.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC | TpFlag.BASETYPE, doc,
    dealloc, traverse: traverser(FIELDS), clear: clearer(FIELDS), iter: selfIter,
    sizeof: (rt, o) => Comb.SIZE + 8 * bufferWords(rt, o),
    ...rest,
  } as TypeDef;
}

/** The result tuple to update: the cached one when unshared, else a copy that replaces it. Borrowed. */
function writableResult(rt: Runtime, o: number): number {
  const result = rt.load(o + Comb.RESULT);
  if (rt.refcount(result) === 1) return result;
  const copy = tupleCopy(rt, result);
  setField(rt, o, Comb.RESULT, copy);
  return copy;
}

function setResult(rt: Runtime, result: number, i: number, pool: number, index: number): void {
  const v = tupleItem(rt, pool, index);
  rt.incref(v);
  refillItem(rt, result, i, v);
}

function returnResult(rt: Runtime, o: number): number {
  const r = rt.load(o + Comb.RESULT);
  rt.incref(r);
  return r;
}

function finish(rt: Runtime, o: number): number {
  storeCount(rt, o + Comb.STOPPED, 1);
  return 0;
}

/** `r` as a non-negative count, with the given error for negatives. */
function countArg(rt: Runtime, o: number, negativeMessage: string, typeMessage?: string): number {
  if (!isInt(rt, o)) {
    if (typeMessage !== undefined) throw rt.raise(rt.E.TypeError, typeMessage);
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
  }
  const v = Number(intValue(rt, o));
  if (v < 0) throw rt.raise(rt.E.ValueError, negativeMessage);
  return v;
}

// ── product(*iterables, repeat=1) ───────────────────────────────────────────────────────

function productNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  let repeat = 1;
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = rt.jsString(tupleItem(rt, kwnames, k));
    if (key !== "repeat") throw rt.raise(rt.E.TypeError, `'${key}' is an invalid keyword argument for product()`);
    repeat = countArg(rt, arg(rt, args, nargs + k), "repeat argument cannot be negative");
  }
  const npools = nargs * repeat;
  const pools = newTuple(rt, npools);
  let stopped = false;
  try {
    for (let i = 0; i < nargs; i++) {
      const pool = tupleFromIterable(rt, arg(rt, args, i));
      if (tupleSize(rt, pool) === 0) stopped = true;
      // With repeat=0 there are no pools to fill (and `pools` is the shared empty tuple).
      if (npools === 0) rt.decref(pool);
      else tupleSetItem(rt, pools, i, pool);
    }
    for (let i = nargs; i < npools; i++) {
      const pool = tupleItem(rt, pools, i - nargs);
      rt.incref(pool);
      tupleSetItem(rt, pools, i, pool);
    }
  } catch (e) {
    rt.decref(pools);
    throw e;
  }
  if (npools === 0) stopped = false;
  const o = allocZeroed(rt, cls, Comb.SIZE);
  rt.store(o + Comb.POOL, pools);
  rt.store(o + Comb.INDICES, indexArray(rt, npools));
  storeCount(rt, o + Comb.R, npools);
  storeCount(rt, o + Comb.STOPPED, stopped ? 1 : 0);
  return o;
}

function productNext(rt: Runtime, o: number): number {
  if (loadCount(rt, o + Comb.STOPPED) !== 0) return 0;
  const pools = rt.load(o + Comb.POOL);
  const n = tupleSize(rt, pools);
  const indices = rt.load(o + Comb.INDICES);
  if (rt.load(o + Comb.RESULT) === 0) {
    const result = newTuple(rt, n);
    for (let i = 0; i < n; i++) setResult(rt, result, i, tupleItem(rt, pools, i), 0);
    rt.store(o + Comb.RESULT, result);
    return returnResult(rt, o);
  }
  const result = writableResult(rt, o);
  let i = n - 1;
  for (; i >= 0; i--) {
    const pool = tupleItem(rt, pools, i);
    const index = getIdx(rt, indices, i) + 1;
    if (index === tupleSize(rt, pool)) {
      setIdx(rt, indices, i, 0);
      setResult(rt, result, i, pool, 0);
    } else {
      setIdx(rt, indices, i, index);
      setResult(rt, result, i, pool, index);
      break;
    }
  }
  if (i < 0) return finish(rt, o);
  return returnResult(rt, o);
}

export const productType = combType(
  "itertools.product",
  "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.",
  { new: productNew, iternext: productNext },
  (rt, o) => loadCount(rt, o + Comb.R),
);

// ── combinations(iterable, r) ───────────────────────────────────────────────────────────

const combinationsSpec = argSpec("combinations", ["iterable", "r"]);
const cwrSpec = argSpec("combinations_with_replacement", ["iterable", "r"]);
const permutationsSpec = argSpec("permutations", ["iterable", "r="]);
const out2 = new Int32Array(2);

function newCombinatoric(rt: Runtime, cls: number, pool: number, r: number, stopped: boolean, indexCount: number): number {
  const o = allocZeroed(rt, cls, Comb.SIZE);
  rt.store(o + Comb.POOL, pool);
  rt.store(o + Comb.INDICES, indexArray(rt, indexCount));
  storeCount(rt, o + Comb.R, r);
  storeCount(rt, o + Comb.STOPPED, stopped ? 1 : 0);
  return o;
}

/** `r` as the last parsePool read it. */
let poolR = 0;

/**
 * The arguments of combinations, combinations_with_replacement and permutations: the iterable
 * as a tuple (new reference, returned) and `r` (left in poolR) as `readR` reads it from the
 * r argument (0 when absent) and the pool's length. The pool is released if `readR` raises.
 */
function parsePool(
  rt: Runtime, spec: Parameters<typeof parseArgs>[1], args: number, nargs: number, kwnames: number,
  readR: (rArg: number, n: number) => number,
): number {
  parseArgs(rt, spec, args, nargs, kwnames, out2);
  const rArg = out2[1];
  const pool = tupleFromIterable(rt, out2[0]);
  try {
    poolR = readR(rArg, tupleSize(rt, pool));
  } catch (e) {
    rt.decref(pool);
    throw e;
  }
  return pool;
}

function combinationsNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const pool = parsePool(rt, combinationsSpec, args, nargs, kwnames, (rArg) => countArg(rt, rArg, "r must be non-negative"));
  const r = poolR;
  const o = newCombinatoric(rt, cls, pool, r, r > tupleSize(rt, pool), r);
  const indices = rt.load(o + Comb.INDICES);
  for (let i = 0; i < r; i++) setIdx(rt, indices, i, i);
  return o;
}

function firstResult(rt: Runtime, o: number, r: number, indexOf: (i: number) => number): number {
  const pool = rt.load(o + Comb.POOL);
  const result = newTuple(rt, r);
  for (let i = 0; i < r; i++) setResult(rt, result, i, pool, indexOf(i));
  rt.store(o + Comb.RESULT, result);
  return returnResult(rt, o);
}

function combinationsNext(rt: Runtime, o: number): number {
  if (loadCount(rt, o + Comb.STOPPED) !== 0) return 0;
  const pool = rt.load(o + Comb.POOL);
  const n = tupleSize(rt, pool);
  const r = loadCount(rt, o + Comb.R);
  const indices = rt.load(o + Comb.INDICES);
  if (rt.load(o + Comb.RESULT) === 0) return firstResult(rt, o, r, (i) => getIdx(rt, indices, i));
  const result = writableResult(rt, o);
  // The rightmost index that is not at its maximum (i + n - r).
  let i = r - 1;
  while (i >= 0 && getIdx(rt, indices, i) === i + n - r) i--;
  if (i < 0) return finish(rt, o);
  setIdx(rt, indices, i, getIdx(rt, indices, i) + 1);
  for (let j = i + 1; j < r; j++) setIdx(rt, indices, j, getIdx(rt, indices, j - 1) + 1);
  for (; i < r; i++) setResult(rt, result, i, pool, getIdx(rt, indices, i));
  return returnResult(rt, o);
}

export const combinationsType = combType(
  "itertools.combinations",
  "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
  { new: combinationsNew, iternext: combinationsNext },
  (rt, o) => loadCount(rt, o + Comb.R),
);

// ── combinations_with_replacement(iterable, r) ──────────────────────────────────────────

function cwrNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const pool = parsePool(rt, cwrSpec, args, nargs, kwnames, (rArg) => countArg(rt, rArg, "r must be non-negative"));
  const r = poolR;
  return newCombinatoric(rt, cls, pool, r, tupleSize(rt, pool) === 0 && r > 0, r);
}

function cwrNext(rt: Runtime, o: number): number {
  if (loadCount(rt, o + Comb.STOPPED) !== 0) return 0;
  const pool = rt.load(o + Comb.POOL);
  const n = tupleSize(rt, pool);
  const r = loadCount(rt, o + Comb.R);
  const indices = rt.load(o + Comb.INDICES);
  if (rt.load(o + Comb.RESULT) === 0) return firstResult(rt, o, r, () => 0);
  const result = writableResult(rt, o);
  let i = r - 1;
  while (i >= 0 && getIdx(rt, indices, i) === n - 1) i--;
  if (i < 0) return finish(rt, o);
  const index = getIdx(rt, indices, i) + 1;
  for (let j = i; j < r; j++) {
    setIdx(rt, indices, j, index);
    setResult(rt, result, j, pool, index);
  }
  return returnResult(rt, o);
}

export const cwrType = combType(
  "itertools.combinations_with_replacement",
  "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
  { new: cwrNew, iternext: cwrNext },
  (rt, o) => loadCount(rt, o + Comb.R),
);

// ── permutations(iterable, r=None) ──────────────────────────────────────────────────────

function permutationsNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const pool = parsePool(rt, permutationsSpec, args, nargs, kwnames, (rArg, n) =>
    rArg !== 0 && rArg !== rt.S.None ? countArg(rt, rArg, "r must be non-negative", "Expected int as r") : n);
  const n = tupleSize(rt, pool);
  const r = poolR;
  const o = newCombinatoric(rt, cls, pool, r, r > n, n);
  const indices = rt.load(o + Comb.INDICES);
  for (let i = 0; i < n; i++) setIdx(rt, indices, i, i);
  const cycles = indexArray(rt, r);
  for (let i = 0; i < r; i++) setIdx(rt, cycles, i, n - i);
  rt.store(o + Comb.SECOND, cycles);
  return o;
}

function permutationsNext(rt: Runtime, o: number): number {
  if (loadCount(rt, o + Comb.STOPPED) !== 0) return 0;
  const pool = rt.load(o + Comb.POOL);
  const n = tupleSize(rt, pool);
  const r = loadCount(rt, o + Comb.R);
  const indices = rt.load(o + Comb.INDICES);
  const cycles = rt.load(o + Comb.SECOND);
  if (rt.load(o + Comb.RESULT) === 0) return firstResult(rt, o, r, (i) => getIdx(rt, indices, i));
  if (n === 0) return finish(rt, o);
  const result = writableResult(rt, o);
  let i = r - 1;
  for (; i >= 0; i--) {
    const c = getIdx(rt, cycles, i) - 1;
    setIdx(rt, cycles, i, c);
    if (c === 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      const index = getIdx(rt, indices, i);
      for (let j = i; j < n - 1; j++) setIdx(rt, indices, j, getIdx(rt, indices, j + 1));
      setIdx(rt, indices, n - 1, index);
      setIdx(rt, cycles, i, n - i);
    } else {
      const index = getIdx(rt, indices, i);
      setIdx(rt, indices, i, getIdx(rt, indices, n - c));
      setIdx(rt, indices, n - c, index);
      for (let k = i; k < r; k++) setResult(rt, result, k, pool, getIdx(rt, indices, k));
      break;
    }
  }
  if (i < 0) return finish(rt, o);
  return returnResult(rt, o);
}

export const permutationsType = combType(
  "itertools.permutations",
  "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
  { new: permutationsNew, iternext: permutationsNext },
  (rt, o) => tupleSize(rt, rt.load(o + Comb.POOL)) + loadCount(rt, o + Comb.R),
);
