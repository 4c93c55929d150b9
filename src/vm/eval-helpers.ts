/**
 * The eval loop's slow paths: named functions for the instructions whose work does not fit in
 * a case of the dispatch switch. Each takes borrowed operands and returns a new reference
 * (or nothing); the loop adjusts its stack only after they succeed.
 */
import { markArgsPacked } from "../objects/call-transients.js";
import type { Runtime } from "../objects/runtime.js";
import { TpFlag } from "../objects/layout.js";
import { Code } from "../objects/code.js";
import { deallocFast, fastTypes, type FastTypes } from "./fast-paths.js";
import { typeLookup } from "../objects/typeobject.js";
import { genericGetAttr, instanceAttribute } from "../objects/object.js";
import {
  getAttr, getItem, getIter, iterNext, call, call0, call3, lookupAttr, str, repr, formatObject, isTrue, raiseAttributeMissing,
} from "../objects/abstract.js";
import { dictGetItemStr, dictSetItem, dictGetItem, dictSize, dictEntryCount, dictEntryKey, dictEntryValue, newDict } from "../objects/dict.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newList, listAppend, listItem, listSize } from "../objects/list.js";
import { newExceptionWithArgs, Exc, setExceptionField } from "../objects/exceptions.js";
import { FormatValueFlag } from "../compile/opcodes.js";
import { strToJs } from "../objects/str.js";
import { setExceptionAttribute } from "../objects/exception-type.js";
import { PY_RAISED } from "../objects/errors.js";
import { Op } from "../compile/opcodes.js";
import { Super } from "../compile/superinstructions.js";
import { newStrUncached, strConcatIntoLocal } from "../objects/str-object.js";
import { Layout } from "./loop-constants.js";
import { listAssSliceFromTemporary, listGetSlice } from "../objects/list-slice.js";

/**
 * LOAD_METHOD's lookup (CPython's _PyObject_GetMethod): when `name` names a plain function or
 * method descriptor on the type and the instance does not shadow it, return it unbound with
 * `bound` = false so the caller pushes (meth, self) and no bound method is made.
 */
export function getMethod(rt: Runtime, obj: number, name: number, out: { bound: boolean }): number {
  const type = rt.typeOf(obj);
  const slots = rt.typeSlots(type);
  if (slots.getattro !== undefined && slots.getattro !== genericGetAttr) {
    out.bound = true;
    return getAttr(rt, obj, name);
  }
  const descr = typeLookup(rt, type, name);
  if (descr !== 0 && rt.typeFlags(rt.typeOf(descr)) & TpFlag.METHOD_DESCRIPTOR) {
    // A data descriptor would win, but functions and method descriptors are not data descriptors;
    // the instance's own attributes (inline values or dict) may still shadow the name.
    const v = instanceAttribute(rt, obj, name);
    if (v !== 0) {
      rt.incref(v);
      out.bound = true;
      return v;
    }
    rt.incref(descr);
    out.bound = false;
    return descr;
  }
  out.bound = true;
  return getAttr(rt, obj, name);
}

/** Global lookup: globals, then builtins. Borrowed, or NameError. */
export function loadGlobal(rt: Runtime, globals: number, builtins: number, name: number): number {
  let v = dictGetItemStr(rt, globals, name);
  if (v === 0) v = dictGetItemStr(rt, builtins, name);
  if (v === 0) raiseNameError(rt, name);
  return v;
}

/** NameError for `name`, with `.name` set so the traceback can suggest a similar name. */
export function raiseNameError(rt: Runtime, name: number): never {
  rt.raise(rt.E.NameError, `name '${rt.jsString(name)}' is not defined`);
  setExceptionAttribute(rt, rt.ts.curexc, "name", name);
  throw PY_RAISED;
}

/** LOAD_NAME: locals, globals, builtins. A new reference. */
export function loadName(rt: Runtime, locals: number, globals: number, builtins: number, name: number): number {
  if (locals !== 0) {
    const v = mappingLookup(rt, locals, name);
    if (v !== 0) return v;
  }
  const v = loadGlobal(rt, globals, builtins, name);
  rt.incref(v);
  return v;
}

/**
 * mapping[key] for a frame's locals (a dict, or any mapping a metaclass's __prepare__
 * returned): a new reference, or 0 when the key is missing (KeyError is not an error here).
 */
export function mappingLookup(rt: Runtime, mapping: number, key: number): number {
  if (rt.typeOf(mapping) === rt.T.dict) {
    const v = dictGetItemStr(rt, mapping, key);
    if (v !== 0) rt.incref(v);
    return v;
  }
  try {
    return getItem(rt, mapping, key);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.KeyError)) throw e;
    rt.setException(0);
    return 0;
  }
}

/** UNPACK_SEQUENCE's general path: the items of `seq`, exactly `n` of them, into `out`. */
export function unpackIterable(rt: Runtime, seq: number, n: number, out: number[]): void {
  const slots = rt.slotsOf(seq);
  if (slots.iter === undefined && slots.subscript === undefined) {
    throw rt.raise(rt.E.TypeError, `cannot unpack non-iterable ${rt.typeName(seq)} object`);
  }
  const it = getIter(rt, seq);
  try {
    for (let i = 0; i < n; i++) {
      const v = iterNext(rt, it);
      if (v === 0) {
        for (let j = 0; j < i; j++) rt.decref(out[j]);
        throw rt.raise(rt.E.ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
      }
      out[i] = v;
    }
    const extra = iterNext(rt, it);
    if (extra !== 0) {
      rt.decref(extra);
      for (let j = 0; j < n; j++) rt.decref(out[j]);
      throw rt.raise(rt.E.ValueError, `too many values to unpack (expected ${n})`);
    }
  } finally {
    rt.decref(it);
  }
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items, into `out` (new references). */
export function unpackEx(rt: Runtime, seq: number, before: number, after: number, out: number[]): void {
  const slots = rt.slotsOf(seq);
  if (slots.iter === undefined && slots.subscript === undefined) {
    throw rt.raise(rt.E.TypeError, `cannot unpack non-iterable ${rt.typeName(seq)} object`);
  }
  const it = getIter(rt, seq);
  const rest = newList(rt, 0);
  let got = 0;
  try {
    for (; got < before; got++) {
      const v = iterNext(rt, it);
      if (v === 0) throw rt.raise(rt.E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${got})`);
      out[got] = v;
    }
    for (;;) {
      const v = iterNext(rt, it);
      if (v === 0) break;
      listAppend(rt, rest, v);
      rt.decref(v);
    }
    const n = listSize(rt, rest);
    if (n < after) {
      throw rt.raise(rt.E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + n})`);
    }
    out[before] = rest;
    // The last `after` items move from the list to their own slots.
    for (let i = 0; i < after; i++) {
      const v = listItem(rt, rest, n - after + i);
      rt.incref(v);
      out[before + 1 + i] = v;
    }
    truncateList(rt, rest, n - after);
  } catch (e) {
    for (let j = 0; j < got; j++) rt.decref(out[j]);
    rt.decref(rest);
    throw e;
  } finally {
    rt.decref(it);
  }
}

function truncateList(rt: Runtime, list: number, n: number): void {
  const size = listSize(rt, list);
  if (n === size) return;
  // del list[n:]
  const delitem = rt.slotsOf(list).assSubscript!;
  for (let i = size - 1; i >= n; i--) {
    const key = rt.S.smallInts[i + 5] ?? 0;
    if (key === 0) throw rt.raise(rt.E.SystemError, "unpacking list too long");
    delitem(rt, list, key, 0);
  }
}

/** The exception object to raise for `raise x`: classes are instantiated. New reference. */
export function exceptionFromRaiseArg(rt: Runtime, x: number): number {
  if (rt.typeFlags(rt.typeOf(x)) & TpFlag.TYPE_SUBCLASS) {
    if (rt.typeFlags(x) & TpFlag.BASE_EXC_SUBCLASS) {
      const e = call0(rt, x);
      if (!(rt.typeFlags(rt.typeOf(e)) & TpFlag.BASE_EXC_SUBCLASS)) {
        const name = rt.typeName(e);
        rt.decref(e);
        throw rt.raise(rt.E.TypeError, `calling ${rt.typeNameOf(x)} should have returned an instance of BaseException, not ${name}`);
      }
      return e;
    }
  } else if (rt.typeFlags(rt.typeOf(x)) & TpFlag.BASE_EXC_SUBCLASS) {
    rt.incref(x);
    return x;
  }
  throw rt.raise(rt.E.TypeError, "exceptions must derive from BaseException");
}

/** `raise exc from cause`: sets __cause__ and __suppress_context__. Steals nothing. */
export function setCause(rt: Runtime, exc: number, causeArg: number): void {
  if (causeArg === rt.S.None) {
    setExceptionField(rt, exc, Exc.CAUSE, 0);
  } else {
    let cause: number;
    if (rt.typeFlags(rt.typeOf(causeArg)) & TpFlag.TYPE_SUBCLASS && rt.typeFlags(causeArg) & TpFlag.BASE_EXC_SUBCLASS) {
      cause = call0(rt, causeArg);
    } else if (rt.typeFlags(rt.typeOf(causeArg)) & TpFlag.BASE_EXC_SUBCLASS) {
      rt.incref(causeArg);
      cause = causeArg;
    } else {
      throw rt.raise(rt.E.TypeError, "exception causes must derive from BaseException");
    }
    setExceptionField(rt, exc, Exc.CAUSE, cause);
    rt.decref(cause);
  }
  rt.i32[(exc + Exc.SUPPRESS_CONTEXT) >> 2] = 1;
}

/** CHECK_EXC_MATCH: isinstance(exc, type) where type may be a tuple of classes. */
export function exceptionMatches(rt: Runtime, exc: number, type: number): boolean {
  if (rt.typeOf(type) === rt.T.tuple) {
    const n = tupleSize(rt, type);
    for (let i = 0; i < n; i++) checkCatchable(rt, tupleItem(rt, type, i));
    for (let i = 0; i < n; i++) if (rt.isInstance(exc, tupleItem(rt, type, i))) return true;
    return false;
  }
  checkCatchable(rt, type);
  return rt.isInstance(exc, type);
}

function checkCatchable(rt: Runtime, type: number): void {
  if (!(rt.typeFlags(rt.typeOf(type)) & TpFlag.TYPE_SUBCLASS) || !(rt.typeFlags(type) & TpFlag.BASE_EXC_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
}

/** FORMAT_VALUE. */
export function formatValue(rt: Runtime, value: number, flags: number, spec: number): number {
  let v = value;
  let owned = false;
  switch (flags & FormatValueFlag.ConversionMask) {
    case FormatValueFlag.Str:
      v = str(rt, value);
      owned = true;
      break;
    case FormatValueFlag.Repr:
      v = repr(rt, value);
      owned = true;
      break;
    case FormatValueFlag.Ascii: {
      const r = repr(rt, value);
      const text = strToJs(rt, r);
      rt.decref(r);
      v = rt.newStr(asciiEscape(text));
      owned = true;
      break;
    }
  }
  try {
    if (spec === 0 && rt.typeOf(v) === rt.T.str) {
      rt.incref(v);
      return v;
    }
    return formatObject(rt, v, spec === 0 ? rt.S.emptyStr : spec);
  } finally {
    if (owned) rt.decref(v);
  }
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/**
 * BUILD_STRING: concatenation of `n` strs at `p` (CPython's _PyUnicode_JoinArray): one exact
 * str is itself, and a one-character result is a new str, not the cached singleton.
 */
export function buildString(rt: Runtime, p: number, n: number): number {
  if (n === 1 && rt.typeOf(rt.load(p)) === rt.T.str) {
    rt.incref(rt.load(p));
    return rt.load(p);
  }
  let text = "";
  for (let i = 0; i < n; i++) text += strToJs(rt, rt.load(p + i * 8));
  return newStrUncached(rt, text);
}

/** DICT_MERGE: update `dict` from the mapping `other`, a TypeError on a repeated key. */
export function dictMerge(rt: Runtime, dict: number, other: number, funcDescription: () => string): void {
  if (rt.typeOf(other) !== rt.T.dict) {
    const keysMethod = lookupAttr(rt, other, rt.identifier("keys"));
    if (keysMethod === 0) {
      throw rt.raise(rt.E.TypeError, `${funcDescription()} argument after ** must be a mapping, not ${rt.typeName(other)}`);
    }
    rt.decref(keysMethod);
  }
  const n = rt.typeOf(other) === rt.T.dict ? dictEntryCount(rt, other) : -1;
  if (n >= 0) {
    for (let i = 0; i < n; i++) {
      const key = dictEntryKey(rt, other, i);
      if (key === 0) continue;
      if (dictGetItem(rt, dict, key) !== 0) {
        throw rt.raise(rt.E.TypeError, `${funcDescription()} got multiple values for keyword argument '${rt.jsString(key)}'`);
      }
      dictSetItem(rt, dict, key, dictEntryValue(rt, other, i));
    }
    return;
  }
  const keys = callMethodNoArgs(rt, other, "keys");
  const it = getIter(rt, keys);
  rt.decref(keys);
  try {
    for (;;) {
      const key = iterNext(rt, it);
      if (key === 0) break;
      try {
        if (dictGetItem(rt, dict, key) !== 0) {
          throw rt.raise(rt.E.TypeError, `${funcDescription()} got multiple values for keyword argument '${rt.jsString(key)}'`);
        }
        const getitem = rt.slotsOf(other).subscript!;
        const value = getitem(rt, other, key);
        dictSetItem(rt, dict, key, value);
        rt.decref(value);
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(it);
  }
}

function callMethodNoArgs(rt: Runtime, o: number, name: string): number {
  const m = getAttr(rt, o, rt.identifier(name));
  try {
    return call0(rt, m);
  } finally {
    rt.decref(m);
  }
}

/** CALL_FUNCTION_EX: f(*args, **kwargs) with args a tuple and kwargs a dict or 0. */
export function callFunctionEx(rt: Runtime, f: number, args: number, kwargs: number): number {
  const nargs = tupleSize(rt, args);
  const nkw = kwargs === 0 ? 0 : dictSize(rt, kwargs);
  const base = rt.argTop;
  if (base + (nargs + nkw) * 8 > rt.argEnd) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
  rt.argTop = base + (nargs + nkw) * 8;
  let kwnames = 0;
  try {
    for (let i = 0; i < nargs; i++) rt.store(base + i * 8, tupleItem(rt, args, i));
    if (nkw > 0) {
      kwnames = newTuple(rt, nkw);
      const n = dictEntryCount(rt, kwargs);
      let k = 0;
      for (let i = 0; i < n; i++) {
        const key = dictEntryKey(rt, kwargs, i);
        if (key === 0) continue;
        if (!rt.hasFlag(key, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "keywords must be strings");
        rt.incref(key);
        tupleSetItem(rt, kwnames, k, key);
        rt.store(base + (nargs + k) * 8, dictEntryValue(rt, kwargs, i));
        k++;
      }
    }
    // (PyObject_Call gives a class its tuple and dict as they are: typeCall packs nothing.)
    if (rt.typeOf(f) === rt.T.type) markArgsPacked(true);
    try {
      return call(rt, f, base, nargs, kwnames);
    } finally {
      markArgsPacked(false);
    }
  } finally {
    rt.argTop = base;
    if (kwnames !== 0) rt.decref(kwnames);
  }
}

/** BEFORE_WITH: (exit, enter()) for a context manager. */
export function beforeWith(rt: Runtime, mgr: number, out: { exit: number }): number {
  const enter = lookupSpecial(rt, mgr, "__enter__");
  if (enter === 0) {
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(mgr)}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecial(rt, mgr, "__exit__");
  if (exit === 0) {
    rt.decref(enter);
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  try {
    const res = call0(rt, enter);
    out.exit = exit;
    return res;
  } catch (e) {
    rt.decref(exit);
    throw e;
  } finally {
    rt.decref(enter);
  }
}

/** A special method looked up on the type and bound to `o`; 0 when missing. New reference. */
export function lookupSpecial(rt: Runtime, o: number, name: string): number {
  const attr = typeLookup(rt, rt.typeOf(o), rt.identifier(name));
  if (attr === 0) return 0;
  const get = rt.slotsOf(attr).descrGet;
  if (get !== undefined) return get(rt, attr, o, rt.typeOf(o));
  rt.incref(attr);
  return attr;
}

/** WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__). */
export function withExceptStart(rt: Runtime, exit: number, exc: number): number {
  const tb = rt.load(exc + Exc.TRACEBACK);
  return call3(rt, exit, rt.typeOf(exc), exc, tb === 0 ? rt.S.None : tb);
}

/** Offset of a tuple's items. */
const enum Tuple {
  ITEMS = 24,
}

/** co_names[i] of `code` (borrowed). */
export function nameAt(rt: Runtime, code: number, i: number): number {
  const i32 = rt.i32;
  return i32[(i32[(code + Code.NAMES) >> 2] + Tuple.ITEMS + 8 * i) >> 2];
}

/** The tail's second part: release `a`, then `b` (either may be 0); `ty` is rt's FastTypes. */
export function releaseRest(rt: Runtime, ty: FastTypes, a: number, b: number): void {
  const i32 = rt.i32;
  if (a !== 0 && --i32[a >> 2] === 0) deallocFast(rt, ty, a);
  if (b !== 0 && --i32[b >> 2] === 0) deallocFast(rt, ty, b);
}

export { isTrue, newDict, newExceptionWithArgs, raiseAttributeMissing };

/**
 * BINARY_OP `+` of two exact strs, `left` and `right`, whose next code unit stores into the
 * local holding `left` (a STORE_FAST, or a superinstruction that starts with one and keeps
 * its oparg): CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE, through strConcatIntoLocal, which
 * grows the str in its block when nothing else refers to it. `pc` is the u16 index of the next
 * unit, `lp` the i32 index of localsplus[0].
 *
 * True: the local holds the result, and the local's and the value stack's references to
 * `left` are released; the caller pops both operands without releasing `left`, releases
 * `right`, and skips the store. False: nothing was done (the caller adds as usual). When it
 * throws, nothing has changed.
 */
export function concatIntoNextStore(rt: Runtime, pc: number, lp: number, left: number, right: number): boolean {
  const i32 = rt.i32;
  const next = (i32[pc >> 1] >> ((pc & 1) << 4)) & 0xffff;
  const nextOp = next & 0xff;
  if (nextOp !== Op.STORE_FAST && nextOp !== Super.STORE_FAST__LOAD_FAST && nextOp !== Super.STORE_FAST__STORE_FAST) return false;
  const slot = lp + 2 * (next >> 8);
  if (i32[slot] !== left) return false;
  strConcatIntoLocal(rt, slot << 2, right);
  return true;
}

/**
 * What smallBound returns for a bound the fast path does not take: no one-digit int is this
 * low (their magnitudes are below 2**30).
 */
const NOT_SMALL = -0x80000000;

/**
 * A slice bound of the stack: a one-digit exact int as its value, None as `none`; NOT_SMALL
 * for anything else (the general path converts it, or raises). An int32 throughout: V8 keeps
 * the fast path's arithmetic in registers (with PY_SSIZE_T_MAX for a None bound, as
 * PySlice_Unpack gives it, its values were doubles, boxed wherever a call returned one).
 */
function smallBound(rt: Runtime, o: number, none: number): number {
  const i32 = rt.i32;
  if (o === rt.S.None) return none;
  if (i32[(o + Layout.TYPE) >> 2] !== fastTypes(rt).int) return NOT_SMALL;
  const size = i32[(o + Layout.SIZE) >> 2];
  return size >= -1 && size <= 1 ? size * i32[(o + Layout.INT_DIGIT0) >> 2] : NOT_SMALL;
}

/**
 * PySlice_AdjustIndices for one bound `v` (an int32) of a sequence of `length`: the index
 * clipped, -1 .. length.
 */
function clippedBound(v: number, length: number, step: number): number {
  if (v < 0) {
    v += length;
    return v < 0 ? (step < 0 ? -1 : 0) : v;
  }
  return v >= length ? (step < 0 ? length - 1 : length) : v;
}

/**
 * BUILD_SLICE (`nargs` bounds on the stack) whose next unit is `next`: with a BINARY_SUBSCR,
 * `l[a:b:c]` read, or with a STORE_SUBSCR, `l[a:b] = v` of step 1 from an exact list or tuple v, for an
 * exact list l and bounds that are None or one-digit ints, done at once without a slice
 * object (CPython 3.12's BINARY_SLICE and STORE_SLICE). Returns the new `sp` (both
 * instructions done: the caller skips the subscript), or 0 when it does not apply (nothing
 * done: the caller runs BUILD_SLICE as usual). When it throws, the stack is unchanged.
 */
export function listSliceSubscript(rt: Runtime, sp: number, nargs: number, next: number): number {
  const i32 = rt.i32;
  const first = sp - 2 * nargs;
  const l = i32[first - 2];
  const ty = fastTypes(rt);
  if (i32[(l + Layout.TYPE) >> 2] !== ty.list) return 0;
  let value = 0;
  if (next === Op.STORE_SUBSCR) {
    // (A list or tuple source runs no Python code.)
    value = i32[first - 4];
    const type = i32[(value + Layout.TYPE) >> 2];
    if (type !== ty.list && type !== ty.tuple) return 0;
  } else if (next !== Op.BINARY_SUBSCR) {
    return 0;
  }
  const step = nargs === 3 ? smallBound(rt, i32[first + 4], 1) : 1;
  if (step === NOT_SMALL || step === 0 || (value !== 0 && step !== 1)) return 0;
  const length = i32[(l + Layout.SIZE) >> 2];
  // A None bound clipped already: start length - 1 or 0, stop -1 or length (by the step's sign).
  let start = smallBound(rt, i32[first], NOT_SMALL + 1);
  let stop = smallBound(rt, i32[first + 2], NOT_SMALL + 1);
  if (start === NOT_SMALL || stop === NOT_SMALL) return 0;
  start = start === NOT_SMALL + 1 ? (step < 0 ? length - 1 : 0) : clippedBound(start, length, step);
  stop = stop === NOT_SMALL + 1 ? (step < 0 ? -1 : length) : clippedBound(stop, length, step);
  // The bounds are released as BUILD_SLICE releases them, then the subscript's operands
  // (a temporary source list dies here: deallocFast frees it without the slot table).
  if (value === 0) {
    // (The count as PySlice_AdjustIndices gives it; the dividends are positive.)
    let count = 0;
    if (step === 1) count = start < stop ? stop - start : 0;
    else if (step < 0) count = stop < start ? (((start - stop - 1) / -step) | 0) + 1 : 0;
    else count = start < stop ? (((stop - start - 1) / step) | 0) + 1 : 0;
    const r = listGetSlice(rt, l, start, count, step);
    releaseBounds(rt, ty, first, nargs);
    i32[first - 2] = r;
    if (--i32[l >> 2] === 0) deallocFast(rt, ty, l);
    return first;
  }
  listAssSliceFromTemporary(rt, l, start, stop, value);
  releaseBounds(rt, ty, first, nargs);
  if (--i32[value >> 2] === 0) deallocFast(rt, ty, value);
  if (--i32[l >> 2] === 0) deallocFast(rt, ty, l);
  return first - 4;
}

/** Release the `nargs` slice bounds at i32 index `first`, last first (as BUILD_SLICE does). */
function releaseBounds(rt: Runtime, ty: FastTypes, first: number, nargs: number): void {
  const i32 = rt.i32;
  for (let i = nargs - 1; i >= 0; i--) {
    const b = i32[first + 2 * i];
    if (--i32[b >> 2] === 0) deallocFast(rt, ty, b);
  }
}
