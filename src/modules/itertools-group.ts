/**
 * itertools iterators that share state between objects: groupby with its _grouper, tee with
 * its _tee_dataobject chain, and zip_longest.
 *
 * groupby keeps the current value and key; each _grouper holds its parent and the key of its
 * group, and only the newest grouper (the parent's `currgrouper`, a borrowed pointer as in
 * CPython) may advance the parent.
 *
 * tee: every _tee iterator points into a shared singly-linked chain of _tee_dataobjects, each
 * holding up to LINKCELLS values read from the one underlying iterator; an iterator that
 * reaches the end of a link moves to the next one (created on demand), so values are dropped
 * once every tee iterator has gone past them.
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { argSpec, arg, parseArgs } from "../objects/args.js";
import { call0, call1, getIter, iterNext, lookupAttr, richCompareBool } from "../objects/abstract.js";
import { isInt, intValue } from "../objects/int.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import {
  allocZeroed, checkPositional, clearField, clearer, dealloczer, loadCount, refillItem, selfIter, setField,
  storeCount, storeNew, traverser,
} from "./stdlib-common.js";

// ── groupby(iterable, key=None) ─────────────────────────────────────────────────────────

const enum GroupBy { IT = 16, KEYFUNC = 24, TGTKEY = 32, CURRKEY = 40, CURRVALUE = 48, CURRGROUPER = 56, SIZE = 64 }
const enum Grouper { PARENT = 16, TGTKEY = 24, SIZE = 32 }
const GROUPBY_FIELDS = [GroupBy.IT, GroupBy.KEYFUNC, GroupBy.TGTKEY, GroupBy.CURRKEY, GroupBy.CURRVALUE];
const groupbySpec = argSpec("groupby", ["iterable", "key="]);
const out2 = new Int32Array(2);

function groupbyNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, groupbySpec, args, nargs, kwnames, out2);
  const keyfunc = out2[1];
  const it = getIter(rt, out2[0]);
  const g = allocZeroed(rt, cls, GroupBy.SIZE);
  rt.store(g + GroupBy.IT, it);
  storeNew(rt, g, GroupBy.KEYFUNC, keyfunc === 0 ? rt.S.None : keyfunc);
  return g;
}

/** Read the next value and its key into currvalue/currkey; false at the end of the input. */
function groupbyStep(rt: Runtime, g: number): boolean {
  const value = iterNext(rt, rt.load(g + GroupBy.IT));
  if (value === 0) return false;
  const keyfunc = rt.load(g + GroupBy.KEYFUNC);
  let key: number;
  if (keyfunc === rt.S.None) {
    rt.incref(value);
    key = value;
  } else {
    try {
      key = call1(rt, keyfunc, value);
    } catch (e) {
      rt.decref(value);
      throw e;
    }
  }
  setField(rt, g, GroupBy.CURRVALUE, value);
  setField(rt, g, GroupBy.CURRKEY, key);
  return true;
}

function groupbyNext(rt: Runtime, g: number): number {
  rt.store(g + GroupBy.CURRGROUPER, 0);
  // Skip to the first value whose key differs from the last group's.
  for (;;) {
    const currkey = rt.load(g + GroupBy.CURRKEY);
    if (currkey !== 0) {
      const tgtkey = rt.load(g + GroupBy.TGTKEY);
      if (tgtkey === 0) break;
      if (!richCompareBool(rt, tgtkey, currkey, CompareOp.EQ)) break;
    }
    if (!groupbyStep(rt, g)) return 0;
  }
  const currkey = rt.load(g + GroupBy.CURRKEY);
  rt.incref(currkey);
  setField(rt, g, GroupBy.TGTKEY, currkey);
  const grouper = allocZeroed(rt, rt.T.itertools__grouper, Grouper.SIZE);
  storeNew(rt, grouper, Grouper.PARENT, g);
  storeNew(rt, grouper, Grouper.TGTKEY, currkey);
  rt.store(g + GroupBy.CURRGROUPER, grouper); // borrowed
  const r = newTuple(rt, 2);
  rt.incref(currkey);
  tupleSetItem(rt, r, 0, currkey);
  tupleSetItem(rt, r, 1, grouper);
  return r;
}

export const groupbyType: TypeDef = {
  name: "itertools.groupby", basicsize: 72, itemsize: 0, flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
  dealloc: dealloczer(GROUPBY_FIELDS), traverse: traverser(GROUPBY_FIELDS), clear: clearer(GROUPBY_FIELDS),
  iter: selfIter, iternext: groupbyNext, new: groupbyNew,
};

function grouperNext(rt: Runtime, grouper: number): number {
  const g = rt.load(grouper + Grouper.PARENT);
  if (rt.load(g + GroupBy.CURRGROUPER) !== grouper) return 0;
  if (rt.load(g + GroupBy.CURRVALUE) === 0 && !groupbyStep(rt, g)) return 0;
  if (!richCompareBool(rt, rt.load(grouper + Grouper.TGTKEY), rt.load(g + GroupBy.CURRKEY), CompareOp.EQ)) return 0;
  const value = rt.load(g + GroupBy.CURRVALUE);
  rt.store(g + GroupBy.CURRVALUE, 0); // handed to the caller
  return value;
}

const GROUPER_FIELDS = [Grouper.PARENT, Grouper.TGTKEY];

export const grouperType: TypeDef = {
  name: "itertools._grouper", basicsize: Grouper.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  dealloc: dealloczer(GROUPER_FIELDS), traverse: traverser(GROUPER_FIELDS), clear: clearer(GROUPER_FIELDS),
  iter: selfIter, iternext: grouperNext,
};

// ── tee ─────────────────────────────────────────────────────────────────────────────────

const LINKCELLS = 57;
const enum TeeData { IT = 16, NUMREAD = 24, RUNNING = 32, NEXTLINK = 40, VALUES = 48, SIZE = 48 + 8 * LINKCELLS }
const enum Tee { DATAOBJ = 16, INDEX = 24, SIZE = 40 }

function newTeeData(rt: Runtime, it: number): number {
  const d = allocZeroed(rt, rt.T.itertools__tee_dataobject, TeeData.SIZE);
  storeNew(rt, d, TeeData.IT, it);
  return d;
}

function teeDataRelease(rt: Runtime, d: number): void {
  const n = loadCount(rt, d + TeeData.NUMREAD);
  for (let i = 0; i < n; i++) clearField(rt, d, TeeData.VALUES + 8 * i);
  storeCount(rt, d + TeeData.NUMREAD, 0);
  clearField(rt, d, TeeData.IT);
  clearField(rt, d, TeeData.NEXTLINK);
}

export const teeDataObjectType: TypeDef = {
  name: "itertools._tee_dataobject", basicsize: TeeData.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  doc: "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
  dealloc: (rt, d) => {
    teeDataRelease(rt, d);
    rt.freeObject(d);
  },
  traverse: (rt, d, visit) => {
    const n = loadCount(rt, d + TeeData.NUMREAD);
    for (let i = 0; i < n; i++) visit(rt.load(d + TeeData.VALUES + 8 * i));
    for (const off of [TeeData.IT, TeeData.NEXTLINK]) {
      const v = rt.load(d + off);
      if (v !== 0) visit(v);
    }
  },
  clear: teeDataRelease,
};

/** Value `i` of link `d`, reading it from the iterator when `i` is the next unread one. New reference or 0. */
function teeDataGetItem(rt: Runtime, d: number, i: number): number {
  if (i < loadCount(rt, d + TeeData.NUMREAD)) {
    const v = rt.load(d + TeeData.VALUES + 8 * i);
    rt.incref(v);
    return v;
  }
  if (loadCount(rt, d + TeeData.RUNNING) !== 0) throw rt.raise(rt.E.RuntimeError, "cannot re-enter the tee iterator");
  const it = rt.load(d + TeeData.IT);
  if (it === 0) return 0;
  storeCount(rt, d + TeeData.RUNNING, 1);
  let v: number;
  try {
    v = iterNext(rt, it);
  } finally {
    storeCount(rt, d + TeeData.RUNNING, 0);
  }
  if (v === 0) return 0;
  storeCount(rt, d + TeeData.NUMREAD, i + 1);
  rt.incref(v);
  rt.store(d + TeeData.VALUES + 8 * i, v);
  return v;
}

function teeNext(rt: Runtime, t: number): number {
  let index = loadCount(rt, t + Tee.INDEX);
  if (index >= LINKCELLS) {
    const d = rt.load(t + Tee.DATAOBJ);
    let link = rt.load(d + TeeData.NEXTLINK);
    if (link === 0) {
      link = newTeeData(rt, rt.load(d + TeeData.IT));
      rt.store(d + TeeData.NEXTLINK, link);
    }
    rt.incref(link);
    setField(rt, t, Tee.DATAOBJ, link);
    index = 0;
    storeCount(rt, t + Tee.INDEX, 0);
  }
  const v = teeDataGetItem(rt, rt.load(t + Tee.DATAOBJ), index);
  if (v !== 0) storeCount(rt, t + Tee.INDEX, index + 1);
  return v;
}

function newTeeOn(rt: Runtime, data: number, index: number): number {
  const t = allocZeroed(rt, rt.T.itertools__tee, Tee.SIZE);
  storeNew(rt, t, Tee.DATAOBJ, data);
  storeCount(rt, t + Tee.INDEX, index);
  return t;
}

function teeCopy(rt: Runtime, t: number): number {
  return newTeeOn(rt, rt.load(t + Tee.DATAOBJ), loadCount(rt, t + Tee.INDEX));
}

/** A _tee over `iterable`: a copy when its iterator already is a _tee. New reference. */
function teeFromIterable(rt: Runtime, iterable: number): number {
  const it = getIter(rt, iterable);
  try {
    if (rt.typeOf(it) === rt.T.itertools__tee) return teeCopy(rt, it);
    const d = newTeeData(rt, it);
    try {
      return newTeeOn(rt, d, 0);
    } finally {
      rt.decref(d);
    }
  } finally {
    rt.decref(it);
  }
}

const TEE_FIELDS = [Tee.DATAOBJ];

export const teeType: TypeDef = {
  name: "itertools._tee", basicsize: Tee.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  doc: "Iterator wrapped to make it copyable.",
  dealloc: dealloczer(TEE_FIELDS), traverse: traverser(TEE_FIELDS), clear: clearer(TEE_FIELDS),
  iter: selfIter, iternext: teeNext,
  new: (rt, _cls, args, nargs, kwnames) => {
    checkPositional(rt, "_tee", nargs, 1, 1);
    if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "_tee() takes no keyword arguments");
    return teeFromIterable(rt, arg(rt, args, 0));
  },
  methods: [{ name: "__copy__", fn: (rt, self) => teeCopy(rt, self), doc: "Returns an independent iterator." }],
};

/** itertools.tee(iterable, n=2, /): a tuple of n independent iterators. */
export function tee(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "tee() takes no keyword arguments");
  checkPositional(rt, "tee", nargs, 1, 2);
  let n = 2;
  if (nargs === 2) {
    const o = arg(rt, args, 1);
    if (!isInt(rt, o)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
    n = Number(intValue(rt, o));
  }
  if (n < 0) throw rt.raise(rt.E.ValueError, "n must be >= 0");
  const result = newTuple(rt, n);
  if (n === 0) return result;
  try {
    const it = getIter(rt, arg(rt, args, 0));
    let first: number;
    try {
      const copy = lookupAttr(rt, it, rt.identifier("__copy__"));
      if (copy !== 0) {
        rt.decref(copy);
        rt.incref(it);
        first = it;
      } else {
        first = teeFromIterable(rt, it);
      }
    } finally {
      rt.decref(it);
    }
    tupleSetItem(rt, result, 0, first);
    if (n > 1) {
      // Every other iterator is a copy of the first (all start where it starts).
      const copyFn = lookupAttr(rt, first, rt.identifier("__copy__"));
      if (copyFn === 0) throw rt.raise(rt.E.AttributeError, `'${rt.typeName(first)}' object has no attribute '__copy__'`);
      try {
        for (let i = 1; i < n; i++) tupleSetItem(rt, result, i, call0(rt, copyFn));
      } finally {
        rt.decref(copyFn);
      }
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

// ── zip_longest(*iterables, fillvalue=None) ─────────────────────────────────────────────

const enum ZipLongest { ITTUPLE = 16, RESULT = 24, NUMACTIVE = 32, TUPLESIZE = 40, FILLVALUE = 48, SIZE = 56 }
const ZIP_LONGEST_FIELDS = [ZipLongest.ITTUPLE, ZipLongest.RESULT, ZipLongest.FILLVALUE];

function zipLongestNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  let fillvalue = rt.S.None;
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  if (nkw > 0) {
    if (nkw !== 1 || rt.jsString(tupleItem(rt, kwnames, 0)) !== "fillvalue") {
      throw rt.raise(rt.E.TypeError, "zip_longest() got an unexpected keyword argument");
    }
    fillvalue = arg(rt, args, nargs);
  }
  const iters = newTuple(rt, nargs);
  try {
    for (let i = 0; i < nargs; i++) tupleSetItem(rt, iters, i, getIter(rt, arg(rt, args, i)));
  } catch (e) {
    rt.decref(iters);
    throw e;
  }
  const z = allocZeroed(rt, cls, ZipLongest.SIZE);
  rt.store(z + ZipLongest.ITTUPLE, iters);
  storeNew(rt, z, ZipLongest.FILLVALUE, fillvalue);
  storeCount(rt, z + ZipLongest.NUMACTIVE, nargs);
  storeCount(rt, z + ZipLongest.TUPLESIZE, nargs);
  return z;
}

function zipLongestNext(rt: Runtime, z: number): number {
  const n = loadCount(rt, z + ZipLongest.TUPLESIZE);
  if (n === 0 || loadCount(rt, z + ZipLongest.NUMACTIVE) === 0) return 0;
  const iters = rt.load(z + ZipLongest.ITTUPLE);
  const fill = rt.load(z + ZipLongest.FILLVALUE);
  let result = rt.load(z + ZipLongest.RESULT);
  const reuse = result !== 0 && rt.refcount(result) === 1;
  if (reuse) rt.incref(result);
  else result = newTuple(rt, n);
  try {
    for (let i = 0; i < n; i++) {
      const it = tupleItem(rt, iters, i);
      let item = 0;
      if (it !== rt.S.None) {
        item = iterNext(rt, it);
        if (item === 0) {
          const active = loadCount(rt, z + ZipLongest.NUMACTIVE) - 1;
          storeCount(rt, z + ZipLongest.NUMACTIVE, active);
          if (active === 0) {
            rt.decref(result);
            return 0;
          }
          rt.incref(rt.S.None);
          refillItem(rt, iters, i, rt.S.None);
        }
      }
      if (item === 0) {
        rt.incref(fill);
        item = fill;
      }
      refillItem(rt, result, i, item);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  if (!reuse) {
    rt.incref(result);
    setField(rt, z, ZipLongest.RESULT, result);
  }
  return result;
}

export const zipLongestType: TypeDef = {
  name: "itertools.zip_longest", basicsize: ZipLongest.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.",
  dealloc: dealloczer(ZIP_LONGEST_FIELDS), traverse: traverser(ZIP_LONGEST_FIELDS), clear: clearer(ZIP_LONGEST_FIELDS),
  iter: selfIter, iternext: zipLongestNext, new: zipLongestNew,
};

