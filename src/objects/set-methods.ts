/**
 * The methods of set and frozenset: add, discard, remove, clear, copy, update and the algebra
 * by name (union, intersection, difference, symmetric_difference, their _update forms,
 * isdisjoint, issubset, issuperset), `__contains__` and `__sizeof__`; pop is set.ts's `setPop`.
 *
 * The variadic methods (union, intersection, difference, update, ...) take the vectorcall
 * shape `(rt, self, args, nargs, kwnames)` and refuse keywords with CPython's message; the
 * others are `(rt, self)` or `(rt, self, other)` and set.ts wraps them with their argument
 * checks (noArgs, oneArg) in the method tables. Unlike the operators, the methods accept any
 * iterable as the other operand. A set key (unhashable) is looked up as a frozenset by
 * remove, discard and `in`. Return values are new references.
 */
import type { Runtime } from "./runtime.js";
import { arg, kwCount } from "./args.js";
import { newInt } from "./int.js";
import { raiseKeyError } from "./dict.js";
import { isFrozensetOrSub, setAdd, setContains, setDiscard, setSizeof } from "./set.js";
import { setClear, setSwapBodies } from "./set-table.js";
import {
  setCopy, setDifference, setDifferenceUpdate, setIntersection, setIsDisjoint, setIsSubset, setIsSuperset,
  setSymmetricDifferenceUpdate, setUpdateInternal,
} from "./set-algebra.js";

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function bool(rt: Runtime, b: boolean): number {
  const r = b ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/**
 * "set.union() takes no keyword arguments": `name` is the method's, `owner` its type's ("set"
 * or "frozenset"), joined only for the message.
 */
function noKeywords(rt: Runtime, owner: string, name: string, kwnames: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${owner}.${name}() takes no keyword arguments`);
}

export function setUnionMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, rt.typeOf(self) === rt.T.frozenset ? "frozenset" : "set", "union", kwnames);
  const result = setCopy(rt, self);
  try {
    for (let i = 0; i < nargs; i++) {
      const other = arg(rt, args, i);
      if (other !== self) setUpdateInternal(rt, result, other);
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function intersectionMulti(rt: Runtime, self: number, args: number, nargs: number): number {
  if (nargs === 0) return setCopy(rt, self);
  rt.incref(self);
  let result = self;
  for (let i = 0; i < nargs; i++) {
    let next: number;
    try {
      next = setIntersection(rt, result, arg(rt, args, i));
    } finally {
      rt.decref(result);
    }
    result = next;
  }
  return result;
}

export function setIntersectionMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, baseName(rt, self), "intersection", kwnames);
  return intersectionMulti(rt, self, args, nargs);
}

export function setIntersectionUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set", "intersection_update", kwnames);
  const tmp = intersectionMulti(rt, self, args, nargs);
  setSwapBodies(rt, self, tmp);
  rt.decref(tmp);
  return none(rt);
}

export function setDifferenceMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, baseName(rt, self), "difference", kwnames);
  if (nargs === 0) return setCopy(rt, self);
  const result = setDifference(rt, self, arg(rt, args, 0));
  try {
    for (let i = 1; i < nargs; i++) setDifferenceUpdate(rt, result, arg(rt, args, i));
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

export function setDifferenceUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set", "difference_update", kwnames);
  for (let i = 0; i < nargs; i++) setDifferenceUpdate(rt, self, arg(rt, args, i));
  return none(rt);
}

export function setUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "set", "update", kwnames);
  for (let i = 0; i < nargs; i++) setUpdateInternal(rt, self, arg(rt, args, i));
  return none(rt);
}

function baseName(rt: Runtime, s: number): string {
  return isFrozensetOrSub(rt, s) ? "frozenset" : "set";
}

export function setAddMethod(rt: Runtime, self: number, key: number): number {
  setAdd(rt, self, key);
  return none(rt);
}

export function setRemoveMethod(rt: Runtime, self: number, key: number): number {
  if (!setDiscard(rt, self, key)) raiseKeyError(rt, key);
  return none(rt);
}

export function setDiscardMethod(rt: Runtime, self: number, key: number): number {
  setDiscard(rt, self, key);
  return none(rt);
}

export function setClearMethod(rt: Runtime, self: number): number {
  setClear(rt, self);
  return none(rt);
}

export function setCopyMethod(rt: Runtime, self: number): number {
  return setCopy(rt, self);
}

export function frozensetCopyMethod(rt: Runtime, self: number): number {
  if (rt.typeOf(self) === rt.T.frozenset) {
    rt.incref(self);
    return self;
  }
  return setCopy(rt, self);
}

export function setSizeofMethod(rt: Runtime, self: number): number {
  return newInt(rt, setSizeof(rt, self));
}

export function setContainsMethod(rt: Runtime, self: number, key: number): number {
  return bool(rt, setContains(rt, self, key));
}

export function setIsdisjointMethod(rt: Runtime, self: number, other: number): number {
  return bool(rt, setIsDisjoint(rt, self, other));
}

export function setIssubsetMethod(rt: Runtime, self: number, other: number): number {
  return bool(rt, setIsSubset(rt, self, other));
}

export function setIssupersetMethod(rt: Runtime, self: number, other: number): number {
  return bool(rt, setIsSuperset(rt, self, other));
}

export function setSymmetricDifferenceUpdateMethod(rt: Runtime, self: number, other: number): number {
  setSymmetricDifferenceUpdate(rt, self, other);
  return none(rt);
}
