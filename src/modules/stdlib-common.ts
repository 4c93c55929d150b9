/**
 * Helpers shared by the native stdlib modules (itertools, operator, _random, _collections,
 * _functools):
 * allocation of zeroed instances, pointer fields released/visited by offset, counters kept in
 * 8-byte words, and CPython's argument-count messages (`cycle expected 1 argument, got 0`).
 *
 * Counters are stored as float64 in their 8-byte word (CPython's Py_ssize_t fields): exact for
 * every value below 2**53, which no program can exceed by iterating.
 */
import type { Runtime } from "../objects/runtime.js";
import { Tp } from "../objects/layout.js";
import { kwCount } from "../objects/args.js";
import { tupleItem, tupleSetItem, newTuple, tupleSize } from "../objects/tuple.js";

/** An instance of `cls` (the native type or a subclass) with every field after the header zeroed. New reference. */
export function allocZeroed(rt: Runtime, cls: number, size: number): number {
  const basicsize = Math.max(size, rt.i32[(cls + Tp.BASICSIZE) >> 2]);
  const o = rt.allocObject(cls, basicsize);
  for (let off = 16; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  return o;
}

/** Set a pointer field to 0 and release what it held. */
export function clearField(rt: Runtime, o: number, off: number): void {
  const v = rt.load(o + off);
  if (v !== 0) {
    rt.store(o + off, 0);
    rt.decref(v);
  }
}

/** Replace a pointer field; `v` (may be 0) is stolen, the old value released after the store. */
export function setField(rt: Runtime, o: number, off: number, v: number): void {
  const old = rt.load(o + off);
  rt.store(o + off, v);
  if (old !== 0) rt.decref(old);
}

/** Store a borrowed reference into a (zero) field, taking a reference. */
export function storeNew(rt: Runtime, o: number, off: number, v: number): void {
  if (v !== 0) rt.incref(v);
  rt.store(o + off, v);
}

export function dealloczer(offsets: readonly number[]) {
  return (rt: Runtime, o: number): void => {
    for (let k = 0; k < offsets.length; k++) clearField(rt, o, offsets[k]);
    rt.freeObject(o);
  };
}

export function traverser(offsets: readonly number[]) {
  return (rt: Runtime, o: number, visit: (child: number) => void): void => {
    for (let k = 0; k < offsets.length; k++) {
      const v = rt.load(o + offsets[k]);
      if (v !== 0) visit(v);
    }
  };
}

export function clearer(offsets: readonly number[]) {
  return (rt: Runtime, o: number): void => {
    for (let k = 0; k < offsets.length; k++) clearField(rt, o, offsets[k]);
  };
}

export function selfIter(rt: Runtime, o: number): number {
  rt.incref(o);
  return o;
}

/** A counter word (see the file comment). */
export function loadCount(rt: Runtime, p: number): number {
  return rt.f64[p >> 3];
}

export function storeCount(rt: Runtime, p: number, v: number): void {
  rt.f64[p >> 3] = v;
}

/** CPython's _PyType_Name: the part of tp_name after the last dot. */
export function shortTypeName(rt: Runtime, o: number): string {
  const name = rt.typeName(o);
  return name.slice(name.lastIndexOf(".") + 1);
}

/** CPython's _PyArg_CheckPositional messages: `cycle expected 1 argument, got 0`. */
export function checkPositional(rt: Runtime, fname: string, nargs: number, min: number, max: number): void {
  if (nargs >= min && nargs <= max) return;
  const plural = (n: number) => (n === 1 ? "" : "s");
  if (nargs < min) {
    const kind = min === max ? "" : "at least ";
    throw rt.raise(rt.E.TypeError, `${fname} expected ${kind}${min} argument${plural(min)}, got ${nargs}`);
  }
  const kind = min === max ? "" : "at most ";
  throw rt.raise(rt.E.TypeError, `${fname} expected ${kind}${max} argument${plural(max)}, got ${nargs}`);
}

/** CPython's _PyArg_NoKeywords: only for the exact type (subclasses may take keywords in __init__). */
export function noKeywords(rt: Runtime, fname: string, cls: number, exact: number, kwnames: number): void {
  if (cls === exact && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no keyword arguments`);
}

/** Replace item i of a tuple we own alone; `v` is stolen, the old item released. */
export function refillItem(rt: Runtime, t: number, i: number, v: number): void {
  const old = tupleItem(rt, t, i);
  tupleSetItem(rt, t, i, v);
  if (old !== 0) rt.decref(old);
}

/** A new tuple with the same items as `t` (borrowed). */
export function tupleCopy(rt: Runtime, t: number): number {
  const n = tupleSize(rt, t);
  const c = newTuple(rt, n);
  for (let i = 0; i < n; i++) {
    const v = tupleItem(rt, t, i);
    rt.incref(v);
    tupleSetItem(rt, c, i, v);
  }
  return c;
}

/** Build `name=value` reprs etc.: a JS array of borrowed objects as a Python tuple (new reference). */
export function tupleOfBorrowed(rt: Runtime, items: readonly number[]): number {
  const t = newTuple(rt, items.length);
  for (let i = 0; i < items.length; i++) {
    rt.incref(items[i]);
    tupleSetItem(rt, t, i, items[i]);
  }
  return t;
}

/** PyArg_ParseTuple's count messages: `insert() takes exactly 2 arguments (1 given)`. */
export function checkTupleCount(rt: Runtime, fname: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no keyword arguments`);
  if (nargs >= min && nargs <= max) return;
  const plural = (n: number) => (n === 1 ? "argument" : "arguments");
  if (min === max) throw rt.raise(rt.E.TypeError, `${fname}() takes exactly ${min} ${plural(min)} (${nargs} given)`);
  if (nargs < min) throw rt.raise(rt.E.TypeError, `${fname}() takes at least ${min} ${plural(min)} (${nargs} given)`);
  throw rt.raise(rt.E.TypeError, `${fname}() takes at most ${max} ${plural(max)} (${nargs} given)`);
}
