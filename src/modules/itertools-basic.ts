/**
 * The itertools iterators that look at one item at a time: count, cycle, repeat, accumulate,
 * chain, compress, dropwhile, takewhile, filterfalse, starmap, islice, pairwise.
 *
 * Each is a GC type whose fields are pointer words (released, visited and cleared by offset)
 * and counter words (itertools-common.ts). basicsize is CPython 3.11's, so getsizeof agrees.
 * An exhausted iterator drops what it wraps where CPython's does (chain, islice, pairwise).
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { BinaryOp } from "../compile/opcodes.js";
import { argSpec, arg, parseArgs } from "../objects/args.js";
import { binaryOp, call, call1, call2, getIter, isTrue, iterNext, reprText } from "../objects/abstract.js";
import { newInt, isInt, intValue } from "../objects/int.js";
import { isFloat } from "../objects/float.js";
import { listAppend, listItem, listSize, newList } from "../objects/list.js";
import { tupleFromIterable, tupleItem, tupleSize } from "../objects/tuple.js";
import { pushArgs, popArgs } from "../objects/abstract.js";
import {
  allocZeroed, checkPositional, clearField, clearer, dealloczer, loadCount, noKeywords, selfIter, setField,
  shortTypeName, storeCount, storeNew, traverser, tupleOfBorrowed,
} from "./stdlib-common.js";

const GC_BASE = TpFlag.HAVE_GC | TpFlag.BASETYPE;

function iterType(name: string, basicsize: number, fields: readonly number[], rest: Partial<TypeDef>): TypeDef {
  return {
    name, basicsize, itemsize: 0, flags: GC_BASE,
    dealloc: dealloczer(fields), traverse: traverser(fields), clear: clearer(fields), iter: selfIter,
    ...rest,
  } as TypeDef;
}

// ── count(start=0, step=1) ──────────────────────────────────────────────────────────────

const enum Count { CNT = 16, STEP = 24, SIZE = 40 }
const countSpec = argSpec("count", ["start=", "step="]);
const out2 = new Int32Array(2);
const out3 = new Int32Array(3);

/** PyNumber_Check: int, float, complex, or a type with __index__/__int__/__float__. */
function isNumber(rt: Runtime, o: number): boolean {
  if (isInt(rt, o) || isFloat(rt, o) || rt.isInstance(o, rt.T.complex)) return true;
  const s = rt.slotsOf(o);
  return s.index !== undefined || s.int !== undefined || s.float !== undefined;
}

function countNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, countSpec, args, nargs, kwnames, out2);
  const start = out2[0] === 0 ? rt.S.smallInts[5] : out2[0];
  const step = out2[1] === 0 ? rt.S.smallInts[6] : out2[1];
  if (!isNumber(rt, start) || !isNumber(rt, step)) throw rt.raise(rt.E.TypeError, "a number is required");
  const c = allocZeroed(rt, cls, Count.SIZE);
  storeNew(rt, c, Count.CNT, start);
  storeNew(rt, c, Count.STEP, step);
  return c;
}

function countNext(rt: Runtime, c: number): number {
  const cnt = rt.load(c + Count.CNT);
  const next = binaryOp(rt, cnt, rt.load(c + Count.STEP), BinaryOp.ADD);
  rt.store(c + Count.CNT, next); // the old count is handed to the caller
  return cnt;
}

function countRepr(rt: Runtime, c: number): number {
  const step = rt.load(c + Count.STEP);
  const name = shortTypeName(rt, c);
  const cnt = reprText(rt, rt.load(c + Count.CNT));
  const stepIsOne = isInt(rt, step) && intValue(rt, step) === 1;
  return rt.newStr(stepIsOne ? `${name}(${cnt})` : `${name}(${cnt}, ${reprText(rt, step)})`);
}

export const countType = iterType("itertools.count", Count.SIZE, [Count.CNT, Count.STEP], {
  doc: "Return a count object whose .__next__() method returns consecutive values.",
  new: countNew, iternext: countNext, repr: countRepr,
});

// ── cycle(iterable) ─────────────────────────────────────────────────────────────────────

const enum Cycle { IT = 16, SAVED = 24, INDEX = 32, SIZE = 48 }

function cycleNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "cycle", cls, rt.T.itertools_cycle, kwnames);
  checkPositional(rt, "cycle", nargs, 1, 1);
  const it = getIter(rt, arg(rt, args, 0));
  let saved: number;
  try {
    saved = newList(rt, 0);
  } catch (e) {
    rt.decref(it);
    throw e;
  }
  const c = allocZeroed(rt, cls, Cycle.SIZE);
  rt.store(c + Cycle.IT, it);
  rt.store(c + Cycle.SAVED, saved);
  return c;
}

function cycleNext(rt: Runtime, c: number): number {
  const saved = rt.load(c + Cycle.SAVED);
  const it = rt.load(c + Cycle.IT);
  if (it !== 0) {
    const item = iterNext(rt, it);
    if (item !== 0) {
      listAppend(rt, saved, item);
      return item;
    }
    clearField(rt, c, Cycle.IT);
  }
  const n = listSize(rt, saved);
  if (n === 0) return 0;
  const i = loadCount(rt, c + Cycle.INDEX);
  const item = listItem(rt, saved, i);
  rt.incref(item);
  storeCount(rt, c + Cycle.INDEX, i + 1 >= n ? 0 : i + 1);
  return item;
}

export const cycleType = iterType("itertools.cycle", Cycle.SIZE, [Cycle.IT, Cycle.SAVED], {
  doc: "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
  new: cycleNew, iternext: cycleNext,
});

// ── repeat(object, times=None) ──────────────────────────────────────────────────────────

const enum Repeat { ELEMENT = 16, CNT = 24, SIZE = 32 }
const repeatSpec = argSpec("repeat", ["object", "times="]);

function repeatNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, repeatSpec, args, nargs, kwnames, out2);
  let cnt = -1;
  if (out2[1] !== 0) {
    if (!isInt(rt, out2[1])) throw rt.raise(rt.E.TypeError, `'${rt.typeName(out2[1])}' object cannot be interpreted as an integer`);
    const v = intValue(rt, out2[1]);
    cnt = Math.max(0, typeof v === "bigint" ? Number(v) : v);
  }
  const r = allocZeroed(rt, cls, Repeat.SIZE);
  storeNew(rt, r, Repeat.ELEMENT, out2[0]);
  storeCount(rt, r + Repeat.CNT, cnt);
  return r;
}

function repeatNext(rt: Runtime, r: number): number {
  const cnt = loadCount(rt, r + Repeat.CNT);
  if (cnt === 0) return 0;
  if (cnt > 0) storeCount(rt, r + Repeat.CNT, cnt - 1);
  const v = rt.load(r + Repeat.ELEMENT);
  rt.incref(v);
  return v;
}

function repeatRepr(rt: Runtime, r: number): number {
  const cnt = loadCount(rt, r + Repeat.CNT);
  const element = reprText(rt, rt.load(r + Repeat.ELEMENT));
  const name = shortTypeName(rt, r);
  return rt.newStr(cnt === -1 ? `${name}(${element})` : `${name}(${element}, ${cnt})`);
}

export const repeatType = iterType("itertools.repeat", Repeat.SIZE, [Repeat.ELEMENT], {
  doc: "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
  new: repeatNew, iternext: repeatNext, repr: repeatRepr,
  methods: [{
    name: "__length_hint__",
    fn: (rt, self) => {
      const cnt = loadCount(rt, self + Repeat.CNT);
      if (cnt === -1) throw rt.raise(rt.E.TypeError, "len() of unsized object");
      return newInt(rt, cnt);
    },
    doc: "Private method returning an estimate of len(list(it)).",
  }],
});

// ── accumulate(iterable, func=None, *, initial=None) ────────────────────────────────────

const enum Accumulate { TOTAL = 16, IT = 24, FUNC = 32, INITIAL = 40, SIZE = 48 }
const accumulateSpec = argSpec("accumulate", ["iterable", "func=", "*", "initial="]);

function accumulateNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, accumulateSpec, args, nargs, kwnames, out3);
  const [iterable, func, initial] = [out3[0], out3[1], out3[2]];
  const it = getIter(rt, iterable);
  const a = allocZeroed(rt, cls, Accumulate.SIZE);
  rt.store(a + Accumulate.IT, it);
  if (func !== 0 && func !== rt.S.None) storeNew(rt, a, Accumulate.FUNC, func);
  if (initial !== 0 && initial !== rt.S.None) storeNew(rt, a, Accumulate.INITIAL, initial);
  return a;
}

function accumulateNext(rt: Runtime, a: number): number {
  const initial = rt.load(a + Accumulate.INITIAL);
  if (initial !== 0) {
    rt.store(a + Accumulate.INITIAL, 0);
    rt.incref(initial);
    rt.store(a + Accumulate.TOTAL, initial);
    return initial;
  }
  const it = rt.load(a + Accumulate.IT);
  if (it === 0) return 0;
  const value = iterNext(rt, it);
  if (value === 0) return 0;
  const total = rt.load(a + Accumulate.TOTAL);
  if (total === 0) {
    rt.incref(value);
    rt.store(a + Accumulate.TOTAL, value);
    return value;
  }
  let next: number;
  try {
    const func = rt.load(a + Accumulate.FUNC);
    next = func === 0 ? binaryOp(rt, total, value, BinaryOp.ADD) : call2(rt, func, total, value);
  } finally {
    rt.decref(value);
  }
  rt.incref(next);
  setField(rt, a, Accumulate.TOTAL, next);
  return next;
}

export const accumulateType = iterType("itertools.accumulate", Accumulate.SIZE, [Accumulate.TOTAL, Accumulate.IT, Accumulate.FUNC, Accumulate.INITIAL], {
  doc: "Return series of accumulated sums (or other binary function results).",
  new: accumulateNew, iternext: accumulateNext,
});

// ── chain(*iterables), chain.from_iterable(iterable) ────────────────────────────────────

const enum Chain { SOURCE = 16, ACTIVE = 24, SIZE = 32 }

function newChain(rt: Runtime, cls: number, source: number): number {
  const c = allocZeroed(rt, cls, Chain.SIZE);
  rt.store(c + Chain.SOURCE, source);
  return c;
}

function chainNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "chain", cls, rt.T.itertools_chain, kwnames);
  const items: number[] = [];
  for (let i = 0; i < nargs; i++) items.push(arg(rt, args, i));
  const t = tupleOfBorrowed(rt, items);
  let source: number;
  try {
    source = getIter(rt, t);
  } finally {
    rt.decref(t);
  }
  return newChain(rt, cls, source);
}

function chainFromIterable(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (kwnames !== 0 || nargs !== 1) {
    if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "chain.from_iterable() takes no keyword arguments");
    throw rt.raise(rt.E.TypeError, `chain.from_iterable() takes exactly one argument (${nargs} given)`);
  }
  return newChain(rt, cls, getIter(rt, arg(rt, args, 0)));
}

function chainNext(rt: Runtime, c: number): number {
  for (;;) {
    let active = rt.load(c + Chain.ACTIVE);
    if (active === 0) {
      const source = rt.load(c + Chain.SOURCE);
      if (source === 0) return 0;
      const iterable = iterNext(rt, source);
      if (iterable === 0) {
        clearField(rt, c, Chain.SOURCE);
        return 0;
      }
      try {
        active = getIter(rt, iterable);
      } finally {
        rt.decref(iterable);
      }
      rt.store(c + Chain.ACTIVE, active);
    }
    const item = iterNext(rt, active);
    if (item !== 0) return item;
    clearField(rt, c, Chain.ACTIVE);
  }
}

export const chainType = iterType("itertools.chain", Chain.SIZE, [Chain.SOURCE, Chain.ACTIVE], {
  doc: "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
  new: chainNew, iternext: chainNext,
  methods: [{ name: "from_iterable", fn: chainFromIterable, classMethod: true, doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily." }],
});

// ── compress(data, selectors) ───────────────────────────────────────────────────────────

const enum Compress { DATA = 16, SELECTORS = 24, SIZE = 32 }
const compressSpec = argSpec("compress", ["data", "selectors"]);

function compressNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, compressSpec, args, nargs, kwnames, out2);
  const selectorsArg = out2[1];
  const data = getIter(rt, out2[0]);
  let selectors: number;
  try {
    selectors = getIter(rt, selectorsArg);
  } catch (e) {
    rt.decref(data);
    throw e;
  }
  const c = allocZeroed(rt, cls, Compress.SIZE);
  rt.store(c + Compress.DATA, data);
  rt.store(c + Compress.SELECTORS, selectors);
  return c;
}

function compressNext(rt: Runtime, c: number): number {
  for (;;) {
    const datum = iterNext(rt, rt.load(c + Compress.DATA));
    if (datum === 0) return 0;
    let selector: number;
    try {
      selector = iterNext(rt, rt.load(c + Compress.SELECTORS));
    } catch (e) {
      rt.decref(datum);
      throw e;
    }
    if (selector === 0) {
      rt.decref(datum);
      return 0;
    }
    let keep: boolean;
    try {
      keep = isTrue(rt, selector);
    } catch (e) {
      rt.decref(datum);
      throw e;
    } finally {
      rt.decref(selector);
    }
    if (keep) return datum;
    rt.decref(datum);
  }
}

export const compressType = iterType("itertools.compress", Compress.SIZE, [Compress.DATA, Compress.SELECTORS], {
  doc: "Return data elements corresponding to true selector elements.",
  new: compressNew, iternext: compressNext,
});

// ── dropwhile, takewhile, filterfalse, starmap: (function, iterable) ────────────────────

const enum Pred { FUNC = 16, IT = 24, FLAG = 32, SIZE = 40 }

function predicateNew(fname: string, typeKey: "itertools_dropwhile" | "itertools_takewhile" | "itertools_filterfalse" | "itertools_starmap") {
  return (rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number => {
    noKeywords(rt, fname, cls, rt.T[typeKey], kwnames);
    checkPositional(rt, fname, nargs, 2, 2);
    const it = getIter(rt, arg(rt, args, 1));
    const o = allocZeroed(rt, cls, Pred.SIZE);
    storeNew(rt, o, Pred.FUNC, arg(rt, args, 0));
    rt.store(o + Pred.IT, it);
    return o;
  };
}

/** bool(func(item)), the item borrowed. */
function test(rt: Runtime, func: number, item: number): boolean {
  const r = call1(rt, func, item);
  try {
    return isTrue(rt, r);
  } finally {
    rt.decref(r);
  }
}

/** Call `keep(item)`; release the item when it raises. */
function guarded(rt: Runtime, item: number, keep: () => boolean): boolean {
  try {
    return keep();
  } catch (e) {
    rt.decref(item);
    throw e;
  }
}

function dropwhileNext(rt: Runtime, o: number): number {
  const it = rt.load(o + Pred.IT);
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return 0;
    if (loadCount(rt, o + Pred.FLAG) === 1) return item;
    if (!guarded(rt, item, () => test(rt, rt.load(o + Pred.FUNC), item))) {
      storeCount(rt, o + Pred.FLAG, 1);
      return item;
    }
    rt.decref(item);
  }
}

function takewhileNext(rt: Runtime, o: number): number {
  if (loadCount(rt, o + Pred.FLAG) === 1) return 0;
  const item = iterNext(rt, rt.load(o + Pred.IT));
  if (item === 0) return 0;
  if (guarded(rt, item, () => test(rt, rt.load(o + Pred.FUNC), item))) return item;
  rt.decref(item);
  storeCount(rt, o + Pred.FLAG, 1);
  return 0;
}

function filterfalseNext(rt: Runtime, o: number): number {
  const it = rt.load(o + Pred.IT);
  const func = rt.load(o + Pred.FUNC);
  for (;;) {
    const item = iterNext(rt, it);
    if (item === 0) return 0;
    const truth = guarded(rt, item, () => (func === rt.S.None || func === rt.T.bool ? isTrue(rt, item) : test(rt, func, item)));
    if (!truth) return item;
    rt.decref(item);
  }
}

function starmapNext(rt: Runtime, o: number): number {
  const item = iterNext(rt, rt.load(o + Pred.IT));
  if (item === 0) return 0;
  let t: number;
  try {
    t = rt.typeOf(item) === rt.T.tuple ? (rt.incref(item), item) : tupleFromIterable(rt, item);
  } finally {
    rt.decref(item);
  }
  try {
    const n = tupleSize(rt, t);
    const p = pushArgs(rt, n);
    try {
      for (let i = 0; i < n; i++) rt.store(p + 8 * i, tupleItem(rt, t, i));
      return call(rt, rt.load(o + Pred.FUNC), p, n, 0);
    } finally {
      popArgs(rt, p);
    }
  } finally {
    rt.decref(t);
  }
}

const PRED_FIELDS = [Pred.FUNC, Pred.IT];

export const dropwhileType = iterType("itertools.dropwhile", Pred.SIZE, PRED_FIELDS, {
  doc: "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
  new: predicateNew("dropwhile", "itertools_dropwhile"), iternext: dropwhileNext,
});
export const takewhileType = iterType("itertools.takewhile", Pred.SIZE, PRED_FIELDS, {
  doc: "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
  new: predicateNew("takewhile", "itertools_takewhile"), iternext: takewhileNext,
});
export const filterfalseType = iterType("itertools.filterfalse", 32, PRED_FIELDS, {
  doc: "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
  new: predicateNew("filterfalse", "itertools_filterfalse"), iternext: filterfalseNext,
});
export const starmapType = iterType("itertools.starmap", 32, PRED_FIELDS, {
  doc: "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
  new: predicateNew("starmap", "itertools_starmap"), iternext: starmapNext,
});

// ── islice(iterable, stop) / islice(iterable, start, stop[, step]) ──────────────────────

const enum ISlice { IT = 16, NEXT = 24, STOP = 32, STEP = 40, CNT = 48, SIZE = 56 }
const MAXSIZE = Number.MAX_SAFE_INTEGER;

/** None → `dflt`; a non-negative int → its value; anything else → -1 (invalid). */
function sliceArg(rt: Runtime, o: number, dflt: number): number {
  if (o === rt.S.None) return dflt;
  if (!isInt(rt, o)) {
    const index = rt.slotsOf(o).index;
    if (index === undefined) return -1;
    const v = index(rt, o);
    try {
      return sliceArg(rt, v, dflt);
    } finally {
      rt.decref(v);
    }
  }
  const v = intValue(rt, o);
  if (typeof v === "bigint") return v < 0n || v > 0x7fffffffffffffffn ? -1 : MAXSIZE;
  return v < 0 ? -1 : v;
}

function isliceNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "islice", cls, rt.T.itertools_islice, kwnames);
  checkPositional(rt, "islice", nargs, 2, 4);
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (nargs === 2) {
    const a1 = arg(rt, args, 1);
    if (a1 !== rt.S.None) {
      stop = sliceArg(rt, a1, -1);
      if (stop < 0) throw rt.raise(rt.E.ValueError, stopMessage);
    }
  } else {
    const a1 = arg(rt, args, 1);
    const a2 = arg(rt, args, 2);
    if (a2 !== rt.S.None) {
      stop = sliceArg(rt, a2, -1);
      if (stop < 0) throw rt.raise(rt.E.ValueError, stopMessage);
    }
    start = sliceArg(rt, a1, 0);
    if (start < 0) throw rt.raise(rt.E.ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (nargs === 4) {
      step = sliceArg(rt, arg(rt, args, 3), 1);
      if (step < 1) throw rt.raise(rt.E.ValueError, "Step for islice() must be a positive integer or None.");
    }
  }
  const it = getIter(rt, arg(rt, args, 0));
  const s = allocZeroed(rt, cls, ISlice.SIZE);
  rt.store(s + ISlice.IT, it);
  storeCount(rt, s + ISlice.NEXT, start);
  storeCount(rt, s + ISlice.STOP, stop);
  storeCount(rt, s + ISlice.STEP, step);
  storeCount(rt, s + ISlice.CNT, 0);
  return s;
}

function isliceNext(rt: Runtime, s: number): number {
  const it = rt.load(s + ISlice.IT);
  if (it === 0) return 0;
  const stop = loadCount(rt, s + ISlice.STOP);
  let cnt = loadCount(rt, s + ISlice.CNT);
  const next = loadCount(rt, s + ISlice.NEXT);
  while (cnt < next) {
    const item = iterNext(rt, it);
    if (item === 0) {
      clearField(rt, s, ISlice.IT);
      return 0;
    }
    rt.decref(item);
    storeCount(rt, s + ISlice.CNT, ++cnt);
  }
  if (stop !== -1 && cnt >= stop) {
    clearField(rt, s, ISlice.IT);
    return 0;
  }
  const item = iterNext(rt, it);
  if (item === 0) {
    clearField(rt, s, ISlice.IT);
    return 0;
  }
  storeCount(rt, s + ISlice.CNT, cnt + 1);
  let after = next + loadCount(rt, s + ISlice.STEP);
  if (after > MAXSIZE || (stop !== -1 && after > stop)) after = stop;
  storeCount(rt, s + ISlice.NEXT, after);
  return item;
}

export const isliceType = iterType("itertools.islice", ISlice.SIZE, [ISlice.IT], {
  doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.",
  new: isliceNew, iternext: isliceNext,
});

// ── pairwise(iterable) ──────────────────────────────────────────────────────────────────

const enum Pairwise { IT = 16, OLD = 24, SIZE = 32 }

function pairwiseNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "pairwise", cls, rt.T.itertools_pairwise, kwnames);
  checkPositional(rt, "pairwise", nargs, 1, 1);
  const it = getIter(rt, arg(rt, args, 0));
  const p = allocZeroed(rt, cls, Pairwise.SIZE);
  rt.store(p + Pairwise.IT, it);
  return p;
}

function pairwiseNext(rt: Runtime, p: number): number {
  const it = rt.load(p + Pairwise.IT);
  if (it === 0) return 0;
  let old = rt.load(p + Pairwise.OLD);
  if (old === 0) {
    old = iterNext(rt, it);
    if (old === 0) {
      clearField(rt, p, Pairwise.IT);
      return 0;
    }
    rt.store(p + Pairwise.OLD, old);
  }
  const fresh = iterNext(rt, it);
  if (fresh === 0) {
    clearField(rt, p, Pairwise.IT);
    clearField(rt, p, Pairwise.OLD);
    return 0;
  }
  let result: number;
  try {
    result = tupleOfBorrowed(rt, [old, fresh]);
  } catch (e) {
    rt.decref(fresh);
    throw e;
  }
  setField(rt, p, Pairwise.OLD, fresh);
  return result;
}

export const pairwiseType = iterType("itertools.pairwise", Pairwise.SIZE, [Pairwise.IT, Pairwise.OLD], {
  doc: "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
  new: pairwiseNew, iternext: pairwiseNext,
});
