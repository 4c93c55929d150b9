/**
 * The instructions of the `match` statement (compiled by compile/pattern.ts): GET_LEN,
 * MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS, with CPython 3.11's semantics,
 * errors and temporary objects (MATCH_KEYS's `object()` sentinel and tuple of values,
 * MATCH_CLASS's set of seen attribute names and list of attributes), so that what a program
 * sees of the heap while it matches is what CPython shows.
 *
 * Each takes the stack pointer (the i32 index of the next free stack word, as in the eval
 * loop) and returns the new one; operands stay on the stack until the work has succeeded.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED } from "../objects/errors.js";
import { TpFlag } from "../objects/layout.js";
import { call0, call2, call3, getAttr, length, lookupAttr, reprText } from "../objects/abstract.js";
import { newInt } from "../objects/int.js";
import { newList, listAppend, listAsTuple, listSize } from "../objects/list.js";
import { newSet, setAdd, setContains } from "../objects/set.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { isType } from "../objects/typeobject.js";
import { isInstanceOf } from "../modules/builtins-object.js";
import { getMethod } from "./eval-helpers.js";
import { opPush } from "./eval-general.js";

const methodOut = { bound: false };

/** GET_LEN (v -- v len(v)) */
export function opGetLen(rt: Runtime, sp: number): number {
  const n = length(rt, rt.i32[sp - 2]);
  rt.i32[sp] = newInt(rt, n);
  return sp + 2;
}

/** MATCH_MAPPING and MATCH_SEQUENCE (subject -- subject bool): the subject type's flag. */
export function opMatchKind(rt: Runtime, sp: number, flag: TpFlag.MAPPING | TpFlag.SEQUENCE): number {
  const matches = (rt.typeFlags(rt.typeOf(rt.i32[sp - 2])) & flag) !== 0;
  return opPush(rt, sp, matches ? rt.S.True : rt.S.False);
}

/**
 * MATCH_KEYS (subject keys -- subject keys values_or_None): the subject's values for every
 * key, through `subject.get(key, sentinel)` (so a defaultdict makes no entry), or None when
 * a key is missing. A key given twice (possible only through attribute lookups: the
 * compiler rejects repeated literals) is a ValueError.
 */
export function opMatchKeys(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  const subject = i32[sp - 4];
  const keys = i32[sp - 2];
  const nkeys = tupleSize(rt, keys);
  if (nkeys === 0) return opPush(rt, sp, rt.S.emptyTuple);
  const get = getMethod(rt, subject, rt.identifier("get"), methodOut);
  const unbound = !methodOut.bound;
  let seen = 0;
  let sentinel = 0;
  let values = 0;
  let failed = true;
  try {
    seen = newSet(rt);
    sentinel = call0(rt, rt.T.object);
    values = newTuple(rt, nkeys);
    for (let i = 0; i < nkeys; i++) {
      const key = tupleItem(rt, keys, i);
      if (setContains(rt, seen, key)) throw rt.raise(rt.E.ValueError, `mapping pattern checks duplicate key (${reprText(rt, key)})`);
      setAdd(rt, seen, key);
      const value = unbound ? call3(rt, get, subject, key, sentinel) : call2(rt, get, key, sentinel);
      if (value === sentinel) {
        // A key is missing: the values made so far go at once.
        rt.decref(value);
        rt.decref(values);
        values = rt.S.None;
        rt.incref(values);
        break;
      }
      tupleSetItem(rt, values, i, value);
    }
    failed = false;
  } finally {
    // CPython's order: the method, the set, the sentinel, then (on an error) the values.
    rt.decref(get);
    if (seen !== 0) rt.decref(seen);
    if (sentinel !== 0) rt.decref(sentinel);
    if (failed && values !== 0) rt.decref(values);
  }
  i32[sp] = values;
  return sp + 2;
}

/**
 * MATCH_CLASS (subject cls names -- attrs_or_None): when the subject is an instance of `cls`,
 * the tuple of its attributes for the `nargs` positional sub-patterns (named by
 * `cls.__match_args__`, or the subject itself for the builtin types that match themselves)
 * and for the keyword names; None when it is not an instance or lacks an attribute.
 */
export function opMatchClass(rt: Runtime, sp: number, nargs: number): number {
  const i32 = rt.i32;
  const subject = i32[sp - 6];
  const cls = i32[sp - 4];
  const names = i32[sp - 2];
  const attrs = matchClass(rt, subject, cls, nargs, names);
  sp -= 4;
  i32[sp - 2] = attrs;
  rt.decref(subject);
  rt.decref(cls);
  rt.decref(names);
  return sp;
}

/** New reference: the attribute tuple, or None. */
function matchClass(rt: Runtime, subject: number, cls: number, nargs: number, names: number): number {
  if (!isType(rt, cls)) throw rt.raise(rt.E.TypeError, "called match pattern must be a type");
  if (!isInstanceOf(rt, subject, cls)) return noMatch(rt);
  const seen = newSet(rt);
  let attrs = 0;
  let result = 0;
  try {
    attrs = newList(rt, 0);
    if (nargs === 0 || positionalAttributes(rt, subject, cls, nargs, seen, attrs)) {
      const n = tupleSize(rt, names);
      for (let i = 0; i < n; i++) {
        const attr = classAttribute(rt, subject, cls, tupleItem(rt, names, i), seen);
        if (attr === 0) break;
        listAppend(rt, attrs, attr);
        rt.decref(attr);
      }
      // The tuple is made while the list lives (CPython's Py_SETREF).
      if (listSize(rt, attrs) === nargs + n) result = listAsTuple(rt, attrs);
    }
  } finally {
    // CPython's order: on a match the list goes before the set; otherwise after it.
    if (result !== 0 && attrs !== 0) rt.decref(attrs);
    rt.decref(seen);
    if (result === 0 && attrs !== 0) rt.decref(attrs);
  }
  return result !== 0 ? result : noMatch(rt);
}

function noMatch(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

/** Append the attributes of the positional sub-patterns; false when one is missing. */
function positionalAttributes(rt: Runtime, subject: number, cls: number, nargs: number, seen: number, attrs: number): boolean {
  const clsName = rt.typeNameOf(cls);
  let matchArgs = lookupAttr(rt, cls, rt.identifier("__match_args__"));
  let matchSelf = false;
  if (matchArgs === 0) {
    matchArgs = rt.S.emptyTuple;
    rt.incref(matchArgs);
    matchSelf = (rt.typeFlags(cls) & TpFlag.MATCH_SELF) !== 0;
  }
  try {
    if (rt.typeOf(matchArgs) !== rt.T.tuple) {
      throw rt.raise(rt.E.TypeError, `${clsName}.__match_args__ must be a tuple (got ${rt.typeName(matchArgs)})`);
    }
    const allowed = matchSelf ? 1 : tupleSize(rt, matchArgs);
    if (allowed < nargs) {
      throw rt.raise(rt.E.TypeError,
        `${clsName}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
    }
    if (matchSelf) {
      listAppend(rt, attrs, subject);
      return true;
    }
    for (let i = 0; i < nargs; i++) {
      const name = tupleItem(rt, matchArgs, i);
      if (rt.typeOf(name) !== rt.T.str) {
        throw rt.raise(rt.E.TypeError, `__match_args__ elements must be strings (got ${rt.typeName(name)})`);
      }
      const attr = classAttribute(rt, subject, cls, name, seen);
      if (attr === 0) return false;
      listAppend(rt, attrs, attr);
      rt.decref(attr);
    }
    return true;
  } finally {
    rt.decref(matchArgs);
  }
}

/** subject.name (new reference), or 0 when it has none; a name asked for twice is a TypeError. */
function classAttribute(rt: Runtime, subject: number, cls: number, name: number, seen: number): number {
  if (setContains(rt, seen, name)) {
    throw rt.raise(rt.E.TypeError, `${rt.typeNameOf(cls)}() got multiple sub-patterns for attribute ${reprText(rt, name)}`);
  }
  setAdd(rt, seen, name);
  try {
    return getAttr(rt, subject, name);
  } catch (e) {
    if (e !== PY_RAISED || !rt.clearIfMatches(rt.E.AttributeError)) throw e;
    return 0;
  }
}
