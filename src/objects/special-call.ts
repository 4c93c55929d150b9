/**
 * Calling a special method the way the interpreter does: looked up on the type, never on the
 * instance (CPython's lookup_maybe_method, vectorcall_method and call_unbound in typeobject.c).
 *
 * `len(x)` asks `type(x)` for `__len__`, so an instance attribute named `__len__` changes
 * nothing. What the type's MRO gives is called in one of three ways:
 *
 *   a function or method descriptor   (METHOD_DESCRIPTOR flag): called with self prepended,
 *                                      no bound method is made — the common case;
 *   another descriptor (staticmethod, classmethod, property, a class with `__get__`):
 *                                      bound first with `__get__(self, type(self))`, then called;
 *   anything else (a callable instance stored in the class): called as it is, without self.
 *
 * The `callSpecial*` functions return the method's result (a new reference), or 0 when the
 * type has no attribute of that name (no exception set): each caller decides what "missing"
 * means (NotImplemented for operators, a TypeError for `len`, a default for `repr`). An
 * attribute that is None is called like anything else, so `__len__ = None` gives "'NoneType'
 * object is not callable", as in CPython; the callers that give None a meaning (`__hash__`,
 * `__iter__`, `__contains__`, `__reversed__`) check `specialIsNone` first.
 *
 * Names are static identifiers (interned str, borrowed). Arguments are borrowed.
 */
import type { Runtime } from "./runtime.js";
import { TpFlag, WORD } from "./layout.js";
import { typeLookup } from "./typeobject.js";
import { call, pushArgs } from "./abstract.js";
import { kwCount } from "./args.js";

/**
 * A special method found for `self`: `func` is a new reference, to be called with `self`
 * prepended when `unbound` is true. `func` 0 means the type has no such attribute.
 */
interface Found {
  func: number;
  unbound: boolean;
}

/** One record reused by every lookup: callers read it before the next lookup can happen. */
const found: Found = { func: 0, unbound: false };

/** CPython's lookup_maybe_method: fills `found` for type(self).name. */
function lookupMaybeMethod(rt: Runtime, self: number, name: number): Found {
  const type = rt.typeOf(self);
  const res = typeLookup(rt, type, name);
  found.func = res;
  found.unbound = false;
  if (res === 0) return found;
  const resType = rt.typeOf(res);
  if (rt.typeFlags(resType) & TpFlag.METHOD_DESCRIPTOR) {
    rt.incref(res);
    found.unbound = true;
    return found;
  }
  const get = rt.typeSlots(resType).descrGet;
  if (get === undefined) {
    rt.incref(res);
    return found;
  }
  // `__get__` may itself be a Python method whose lookup reuses `found`: fill it afterwards.
  const bound = get(rt, res, self, type);
  found.func = bound;
  found.unbound = false;
  return found;
}

/**
 * type(self).name as the interpreter would call it: a new reference (bound through
 * `__get__` unless it is a plain function or method descriptor, which `callLookedUp0` then
 * calls with self), or 0 when missing. `out.unbound` says which.
 */
export function lookupSpecialMethod(rt: Runtime, self: number, name: number, out: { unbound: boolean }): number {
  const r = lookupMaybeMethod(rt, self, name);
  out.unbound = r.unbound;
  return r.func;
}

/** Call what lookupSpecialMethod gave (borrowed) with no arguments. New reference. */
export function callLookedUp0(rt: Runtime, func: number, unbound: boolean, self: number): number {
  return callFound(rt, func, unbound, self, rt.argTop, 0, 0);
}

/** True when type(self).name is None: the class says "explicitly unsupported". */
export function specialIsNone(rt: Runtime, self: number, name: number): boolean {
  return typeLookup(rt, rt.typeOf(self), name) === rt.S.None;
}

/** True when type(self) has an attribute `name` (borrowed check, nothing is called). */
export function hasSpecial(rt: Runtime, self: number, name: number): boolean {
  return typeLookup(rt, rt.typeOf(self), name) !== 0;
}

/**
 * Call `func` (borrowed) with `self` first when `unbound`, then the `n` words at `args`,
 * then keyword values named by `kwnames`. New reference.
 */
function callFound(rt: Runtime, func: number, unbound: boolean, self: number, args: number, nargs: number, kwnames: number): number {
  if (!unbound) return call(rt, func, args, nargs, kwnames);
  const total = nargs + kwCount(rt, kwnames);
  const p = pushArgs(rt, total + 1);
  rt.store(p, self);
  for (let i = 0; i < total; i++) rt.store(p + (i + 1) * WORD, rt.load(args + i * WORD));
  try {
    return call(rt, func, p, nargs + 1, kwnames);
  } finally {
    rt.argTop = p;
  }
}

/** Look up and call with the given argument vector; 0 when missing. */
function lookupAndCall(rt: Runtime, self: number, name: number, args: number, nargs: number, kwnames: number): number {
  const { func, unbound } = lookupMaybeMethod(rt, self, name);
  if (func === 0) return 0;
  try {
    return callFound(rt, func, unbound, self, args, nargs, kwnames);
  } finally {
    rt.decref(func);
  }
}

/** type(self).name(self): new reference, or 0 when the type has no `name`. */
export function callSpecial0(rt: Runtime, self: number, name: number): number {
  return lookupAndCall(rt, self, name, rt.argTop, 0, 0);
}

/** type(self).name(self, a): new reference, or 0 when missing. */
export function callSpecial1(rt: Runtime, self: number, name: number, a: number): number {
  const p = pushArgs(rt, 1);
  rt.store(p, a);
  try {
    return lookupAndCall(rt, self, name, p, 1, 0);
  } finally {
    rt.argTop = p;
  }
}

/** type(self).name(self, a, b): new reference, or 0 when missing. */
export function callSpecial2(rt: Runtime, self: number, name: number, a: number, b: number): number {
  const p = pushArgs(rt, 2);
  rt.store(p, a);
  rt.store(p + WORD, b);
  try {
    return lookupAndCall(rt, self, name, p, 2, 0);
  } finally {
    rt.argTop = p;
  }
}

/** type(self).name(self, *args, **kw) in vectorcall form: new reference, or 0 when missing. */
export function callSpecialVector(rt: Runtime, self: number, name: number, args: number, nargs: number, kwnames: number): number {
  return lookupAndCall(rt, self, name, args, nargs, kwnames);
}

/**
 * `attr` (borrowed, found on type(self) by the caller) called with self and one argument,
 * binding it first when it is a descriptor (CPython's call_attribute). New reference.
 */
export function callAttribute1(rt: Runtime, self: number, attr: number, a: number): number {
  const type = rt.typeOf(self);
  const get = rt.slotsOf(attr).descrGet;
  const func = get === undefined ? attr : get(rt, attr, self, type);
  if (get === undefined) rt.incref(func);
  const top = rt.argTop;
  try {
    const p = pushArgs(rt, 1);
    rt.store(p, a);
    return call(rt, func, p, 1, 0);
  } finally {
    rt.argTop = top;
    rt.decref(func);
  }
}
