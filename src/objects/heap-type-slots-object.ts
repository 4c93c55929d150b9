/**
 * The generic slot functions of classes for the object protocol: what `repr(x)`, `hash(x)`,
 * `x == y`, `x.attr`, `x(...)`, `iter(x)`, `C(...)` and `del x` do when x's class defines the
 * dunder in Python (CPython's slot_tp_* functions in typeobject.c).
 *
 * Each function has the signature of its TypeSlots member (typedef.ts) and does one thing:
 * look the dunder up on the type (special-call.ts), call it, and turn the result into what the
 * slot promises — a checked str, a hash number, 0 for a missing attribute or an exhausted
 * iterator. heap-type-slots.ts decides which slots of a class get these functions.
 *
 * Arguments are borrowed; results are new references unless the slot's contract says otherwise.
 */
import { packed, releasePacked, releaseUnpacked, takePacked, takeUnpacked } from "./call-transients.js";
import { writeUnraisableIn } from "./weakref.js";
import type { Runtime } from "./runtime.js";
import { TpFlag, WORD } from "./layout.js";
import { defaultRepr, genericGetAttr } from "./object.js";
import { typeLookup } from "./typeobject.js";
import { getAttr, call, pushArgs, reprText } from "./abstract.js";
import { kwCount } from "./args.js";
import { numberHashWords } from "./int-hash.js";
import { intValue } from "./int.js";
import { foldHash64 } from "./tuple.js";
import { newSeqIterator } from "./iterators.js";
import { wrapperDescriptorTarget } from "./wrapper-types.js";
import { PY_RAISED } from "./errors.js";
import { enterRecursiveCall, leaveRecursiveCall } from "./recursion-guard.js";
import {
  callAttribute1, callLookedUp0, callSpecial0, lookupSpecialMethod, callSpecial1, callSpecial2, callSpecialVector, hasSpecial, specialIsNone,
} from "./special-call.js";

const TWO63 = 2n ** 63n;

/** The names of the six comparison dunders, by CompareOp. */
const compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/**
 * slot_tp_repr: `__repr__`, or the default repr when the class lost it. Its result is not
 * checked here: repr() and str() check it (as PyObject_Repr and PyObject_Str do), and name the
 * dunder they were asked for.
 */
export function slotRepr(rt: Runtime, o: number): number {
  const r = callSpecial0(rt, o, rt.identifier("__repr__"));
  return r === 0 ? defaultRepr(rt, o) : r;
}

/** slot_tp_str: `__str__` (its result checked by str(), as slotRepr's is). */
export function slotStr(rt: Runtime, o: number): number {
  const r = callSpecial0(rt, o, rt.identifier("__str__"));
  return r === 0 ? slotRepr(rt, o) : r;
}

function raiseUnhashable(rt: Runtime, o: number): never {
  throw rt.raise(rt.E.TypeError, `unhashable type: '${rt.typeName(o)}'`);
}

/** `__hash__()`'s result, checked to be an int (new reference); unhashable when it is None or missing. */
function callHash(rt: Runtime, o: number): number {
  const name = rt.identifier("__hash__");
  if (specialIsNone(rt, o, name)) raiseUnhashable(rt, o);
  const r = callSpecial0(rt, o, name);
  if (r === 0) raiseUnhashable(rt, o);
  if (!rt.hasFlag(r, TpFlag.LONG_SUBCLASS)) {
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, "__hash__ method should return an integer");
  }
  return r;
}

/**
 * The exact 64-bit hash CPython makes of `__hash__`'s int result `r`, as [low, high] signed
 * 32-bit words in `out`: the value itself when it fits a C ssize_t (-1 becoming -2), else
 * the int's own hash.
 */
function hashResultWords(rt: Runtime, r: number, out: Int32Array): void {
  const v = intValue(rt, r);
  if (typeof v === "number") {
    const h = v === -1 ? -2 : v;
    out[0] = h | 0;
    out[1] = Math.floor(h / 2 ** 32) | 0;
  } else if (v >= -TWO63 && v < TWO63) {
    const bits = BigInt.asUintN(64, v === -1n ? -2n : v);
    out[0] = Number(bits & 0xffffffffn) | 0;
    out[1] = Number(bits >> 32n) | 0;
  } else {
    numberHashWords(rt, r, out);
  }
}

const resultWords = new Int32Array(2);

/**
 * slot_tp_hash: `__hash__` must return an int; its exact hash (hashResultWords) folded as
 * glasspy's safe-integer hashes are (foldHash64). `__hash__ = None` (or none) is unhashable.
 */
export function slotHash(rt: Runtime, o: number): number {
  const r = callHash(rt, o);
  try {
    hashResultWords(rt, r, resultWords);
  } finally {
    rt.decref(r);
  }
  return foldHash64(resultWords[1], resultWords[0]);
}

/**
 * For containers and hash(), which use CPython's exact 64-bit hashes: when o's class hashes
 * through `__hash__`, write that exact hash into `out` as [low, high] words and return true;
 * false (nothing called) for other objects.
 */
export function slotHashWords(rt: Runtime, o: number, out: Int32Array): boolean {
  if (rt.slotsOf(o).hash !== slotHash) return false;
  const r = callHash(rt, o);
  try {
    hashResultWords(rt, r, out);
  } finally {
    rt.decref(r);
  }
  return true;
}

/** slot_tp_richcompare: the dunder of `op` on a's type; NotImplemented when it has none. */
export function slotRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  const r = callSpecial1(rt, a, rt.identifier(compareNames[op]), b);
  if (r !== 0) return r;
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

/**
 * slot_tp_getattr_hook: `__getattribute__`, and when it raises AttributeError (or finds
 * nothing) and the class defines `__getattr__`, that. object's own `__getattribute__` is
 * run directly, without a call through its wrapper. Returns 0 when the attribute is missing
 * and there is no `__getattr__` (no exception set then).
 */
export function slotGetattro(rt: Runtime, o: number, name: number): number {
  const type = rt.typeOf(o);
  const getattribute = typeLookup(rt, type, rt.identifier("__getattribute__"));
  const target = getattribute === 0 ? undefined : wrapperDescriptorTarget(rt, getattribute);
  const generic = getattribute === 0 || (target !== undefined && target.fn === genericGetAttr);
  const getattr = typeLookup(rt, type, rt.identifier("__getattr__"));
  if (getattr === 0) return generic ? genericGetAttr(rt, o, name) : callAttribute1(rt, o, getattribute, name);
  // Held while `__getattribute__` runs: it may change the class.
  rt.incref(getattr);
  try {
    let r = 0;
    try {
      r = generic ? genericGetAttr(rt, o, name) : callAttribute1(rt, o, getattribute, name);
    } catch (e) {
      if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.AttributeError)) throw e;
      rt.setException(0);
    }
    return r !== 0 ? r : callAttribute1(rt, o, getattr, name);
  } finally {
    rt.decref(getattr);
  }
}

/** slot_tp_setattro: `__setattr__(name, value)`, or `__delattr__(name)` when value is 0. */
export function slotSetattro(rt: Runtime, o: number, name: number, value: number): void {
  const r = value === 0
    ? callSpecial1(rt, o, rt.identifier("__delattr__"), name)
    : callSpecial2(rt, o, rt.identifier("__setattr__"), name, value);
  if (r === 0) throw rt.raise(rt.E.AttributeError, value === 0 ? "__delattr__" : "__setattr__");
  rt.decref(r);
}

/**
 * slot_tp_call: `__call__(*args, **kwargs)`. The object has no vectorcall, so the call counts
 * one recursion level (CPython's _PyObject_MakeTpCall) while `__call__` runs.
 */
export function slotCall(rt: Runtime, o: number, args: number, nargs: number, kwnames: number): number {
  // A class has no vectorcall in 3.11: calling an instance packs its arguments in a tuple and
  // its keywords in a dict, and a `__call__` given keywords gets them unpacked once more
  // (call-transients.ts).
  takePacked(rt, args, nargs, kwnames);
  const argsTuple = packed[0]!, kwargs = packed[1]!;
  let r: number;
  try {
    enterRecursiveCall(rt, " while calling a Python object");
    const total = nargs + kwCount(rt, kwnames);
    const names = takeUnpacked(rt, o, args, total, kwnames);
    try {
      r = callSpecialVector(rt, o, rt.identifier("__call__"), args, nargs, kwnames);
    } finally {
      releaseUnpacked(rt, names, o, args, total);
      leaveRecursiveCall(rt);
    }
  } finally {
    releasePacked(rt, argsTuple, kwargs);
  }
  if (r === 0) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object is not callable`);
  return r;
}

/**
 * slot_tp_iter: `__iter__`; `__iter__ = None` means not iterable; a class that lost its
 * `__iter__` but has `__getitem__` iterates by index.
 */
export function slotIter(rt: Runtime, o: number): number {
  const name = rt.identifier("__iter__");
  if (!specialIsNone(rt, o, name)) {
    const r = callSpecial0(rt, o, name);
    if (r !== 0) return r;
    if (hasSpecial(rt, o, rt.identifier("__getitem__"))) return newSeqIterator(rt, o);
  }
  throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object is not iterable`);
}

/** slot_tp_iternext: `__next__`; StopIteration ends the iteration (returns 0, exception cleared). */
export function slotIternext(rt: Runtime, o: number): number {
  const name = rt.identifier("__next__");
  try {
    const r = callSpecial0(rt, o, name);
    if (r === 0) throw rt.raise(rt.E.AttributeError, "__next__");
    return r;
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.StopIteration)) throw e;
    rt.setException(0);
    return 0;
  }
}

/** slot_tp_descr_get: `__get__(obj or None, type or None)`. */
export function slotDescrGet(rt: Runtime, descr: number, obj: number, type: number): number {
  const None = rt.S.None;
  const r = callSpecial2(rt, descr, rt.identifier("__get__"), obj === 0 ? None : obj, type === 0 ? None : type);
  if (r !== 0) return r;
  rt.incref(descr);
  return descr;
}

/** slot_tp_descr_set: `__set__(obj, value)`, or `__delete__(obj)` when value is 0. */
export function slotDescrSet(rt: Runtime, descr: number, obj: number, value: number): void {
  const dunder = value === 0 ? "__delete__" : "__set__";
  const r = value === 0
    ? callSpecial1(rt, descr, rt.identifier(dunder), obj)
    : callSpecial2(rt, descr, rt.identifier(dunder), obj, value);
  if (r === 0) throw rt.raise(rt.E.AttributeError, dunder);
  rt.decref(r);
}

/** slot_tp_init: `__init__(*args, **kwargs)`, which must return None. */
export function slotInit(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): void {
  // (With keywords, CPython unpacks them once more for the call: call-transients.ts.)
  const total = nargs + kwCount(rt, kwnames);
  const names = takeUnpacked(rt, self, args, total, kwnames);
  let r: number;
  try {
    r = callSpecialVector(rt, self, rt.identifier("__init__"), args, nargs, kwnames);
  } finally {
    releaseUnpacked(rt, names, self, args, total);
  }
  if (r === 0) throw rt.raise(rt.E.AttributeError, "__init__");
  if (r !== rt.S.None) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__init__() should return None, not '${name}'`);
  }
  rt.decref(r);
}

/**
 * slot_tp_new: `cls.__new__(cls, *args, **kwargs)`, the attribute read through the class (so
 * the staticmethod the class statement made of `__new__` gives the plain function).
 */
export function slotNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const func = getAttr(rt, cls, rt.identifier("__new__"));
  const top = rt.argTop;
  try {
    const total = nargs + kwCount(rt, kwnames);
    const p = pushArgs(rt, total + 1);
    rt.store(p, cls);
    for (let i = 0; i < total; i++) rt.store(p + (i + 1) * WORD, rt.load(args + i * WORD));
    const names = takeUnpacked(rt, cls, args, total, kwnames);
    try {
      return call(rt, func, p, nargs + 1, kwnames);
    } finally {
      releaseUnpacked(rt, names, cls, args, total);
    }
  } finally {
    rt.argTop = top;
    rt.decref(func);
  }
}

/**
 * slot_tp_finalize: `__del__()`. Runs with the current exception set aside (a dealloc may
 * happen while one propagates) and restored after; an exception from `__del__` is reported
 * as "Exception ignored in: <function C.__del__ at 0x...>" with its traceback, never raised.
 * The caller (the instance's dealloc) keeps `o` alive while this runs.
 */
export function slotFinalize(rt: Runtime, o: number): void {
  const saved = rt.fetchException();
  const how = { unbound: false };
  let del = 0;
  try {
    del = lookupSpecialMethod(rt, o, rt.identifier("__del__"), how);
    if (del !== 0) rt.decref(callLookedUp0(rt, del, how.unbound, o));
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    writeUnraisableIn(rt, del === 0 ? o : del);
  } finally {
    if (del !== 0) rt.decref(del);
    rt.setException(saved);
  }
}
