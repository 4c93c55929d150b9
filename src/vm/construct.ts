/**
 * Calling a class without entering the eval loop again (what CPython 3.13 specialises as
 * CALL_ALLOC_AND_ENTER_INIT).
 *
 * `C(args)` for an ordinary class runs type.__call__: object.__new__ makes the instance, then
 * `__init__` runs — a Python function called from native code, which would mean a nested
 * eval loop (JavaScript recursion) for every instance made. When nothing about the class is
 * special, CALL instead makes the instance itself and pushes `__init__`'s frame like any
 * Python call, marked FrameFlag.INIT: RETURN_VALUE then checks that `__init__` returned None
 * and leaves the instance, which waited on the caller's stack, as the call's result.
 *
 * The conditions keep the behaviour exactly type.__call__'s: the callable is a class whose
 * metaclass is `type` itself (no custom __call__), that is not abstract, whose `__new__` is
 * object's, and whose `__init__` is a plain Python function (not a generator or coroutine).
 * A class whose `__init__` is object's own, called without arguments, needs no frame at all:
 * CALL gets the instance straight away (CONSTRUCTED); so do `super()` without arguments and
 * `int(x)`.
 */
import type { Runtime } from "../objects/runtime.js";
import { Ob, Tp, TpFlag } from "../objects/layout.js";
import { releaseTransient, takeArgsTuple, touchArgsTuple } from "../objects/call-transients.js";
import { deallocExactTuple, Tuple } from "../objects/tuple.js";
import { RuntimeLocal } from "../objects/runtime-local.js";
import { typeLookup } from "../objects/typeobject.js";
import { objectInit } from "../objects/slot-calls.js";
import { newZeroArgSuper } from "../objects/super.js";
import { numberToInt } from "../objects/int-methods.js";
import { floatValue, intFromDouble } from "../objects/float.js";
import { deallocFast, fastTypes } from "./fast-paths.js";
import { rangeOfSmallBounds, rangeOfSmallStop } from "../objects/range.js";
import { Func } from "../objects/function.js";
import { Code } from "../objects/code.js";
import { CodeFlag } from "../compile/code.js";
import { F, FrameFlag } from "./frame.js";
import { pushCallFrame, pushSimpleFrame } from "./call.js";
import type { VMThread } from "./thread.js";

/** The interned "__init__" of each runtime (rt.identifier is a Map lookup: not for every call). */
const initName = new RuntimeLocal<number>((rt) => rt.identifier("__init__"));

const enum NotPlain {
  FLAGS = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE,
}

/** pushClassCallFrame's result when it made the instance itself: no frame to run. */
export const CONSTRUCTED = -1;

/**
 * The `__init__` function (borrowed) to run for `cls(...)` through CALL's fast path, or 0 when
 * the call must go through type.__call__.
 */
function fastInitOf(rt: Runtime, cls: number): number {
  const init = typeLookup(rt, cls, initName.get(rt));
  if (init === 0 || rt.typeOf(init) !== rt.T.function) return 0;
  const i32 = rt.i32;
  if ((i32[(i32[(init + Func.CODE) >> 2] + Code.FLAGS) >> 2] & NotPlain.FLAGS) !== 0) return 0;
  return init;
}

/**
 * CALL's class path: the stack holds (NULL, cls, args...) with the `nargs` arguments at i32
 * index `argsAt` and its top at `top`. When fastInitOf finds the call can go this way, makes
 * the instance, which takes the NULL's place (the call's result, left on the caller's stack)
 * and the class's (the first argument of `__init__`), and pushes `__init__`'s frame, marked
 * INIT. Returns it, or 0 (nothing done) when the call must go through type.__call__.
 *
 * A class whose `__init__` is object's (its init slot is objectInit, so no Python `__init__`
 * is on its MRO), called without arguments, runs no Python code at all: the instance is made
 * here and replaces the NULL, the class is released, and the result is CONSTRUCTED (as for
 * `super()` and `int(x)`, whose argument is released too).
 * (type.__call__ would do the same: object.__new__, then object.__init__, which accepts no
 * arguments and does nothing.)
 */
export function pushClassCallFrame(rt: Runtime, th: VMThread, cls: number, argsAt: number, nargs: number, top: number): number {
  const i32 = rt.i32;
  if (rt.typeOf(cls) !== rt.T.type) return 0;
  if ((i32[(cls + Tp.FLAGS) >> 2] & (TpFlag.HEAPTYPE | TpFlag.IS_ABSTRACT)) !== TpFlag.HEAPTYPE) {
    if (cls === rt.T.super && nargs === 0) {
      // super() in a method: the super object, from the running frame (the caller's, still
      // th.frame here), as type.__call__ would make it. It may throw before the stack changes.
      i32[argsAt - 4] = newZeroArgSuper(rt);
    } else if (cls === rt.T.int && nargs === 1 && (rt.typeOf(i32[argsAt]) === rt.T.float || rt.typeOf(i32[argsAt]) === rt.T.int)) {
      // int(x) of an exact float or int: what type.__call__ does for it (the number protocol's
      // int(), no Python code); the argument is released once the result is in (a failure,
      // such as int(nan), leaves the stack to the unwinding). int has no vectorcall in CPython
      // 3.11: the call's recursion level is tested (typeobject.ts, callCountsLevel).
      if (th.recursionDepth >= rt.recursionLimit) {
        throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
      }
      // (An exact float's int slot is intFromDouble of its value; a dying float goes to the
      // float free list through deallocFast, without the slot table.)
      const arg = i32[argsAt];
      // (Its argument tuple, made and dropped with no Python code between: call-transients.ts.)
      touchArgsTuple(rt, 1);
      i32[argsAt - 4] = rt.typeOf(arg) === rt.T.float ? intFromDouble(rt, floatValue(rt, arg)) : numberToInt(rt, arg);
      if (--i32[arg >> 2] === 0) deallocFast(rt, fastTypes(rt), arg);
    } else if (cls === rt.T.range && nargs === 1) {
      // range(n) of a one-digit exact int, as range's vectorcall makes it (no Python code).
      const stop = i32[argsAt];
      const r = rangeOfSmallStop(rt, cls, stop);
      if (r === 0) return 0;
      rt.i32[argsAt - 4] = r;
      if (--rt.i32[stop >> 2] === 0) rt.dealloc(stop);
    } else if (cls === rt.T.range && nargs === 2) {
      // range(a, b) of one-digit exact ints, the same way; the arguments released in order.
      const start = i32[argsAt];
      const stop = i32[argsAt + 2];
      const r = rangeOfSmallBounds(rt, cls, start, stop);
      if (r === 0) return 0;
      rt.i32[argsAt - 4] = r;
      if (--rt.i32[start >> 2] === 0) rt.dealloc(start);
      if (--rt.i32[stop >> 2] === 0) rt.dealloc(stop);
    } else {
      return 0;
    }
    if (--rt.i32[cls >> 2] === 0) rt.dealloc(cls);
    return CONSTRUCTED;
  }
  const slots = rt.typeSlots(cls);
  const objectNew = slots.new;
  if (objectNew === undefined || objectNew !== rt.typeSlots(rt.T.object).new) return 0;
  if (slots.init === objectInit && nargs !== 0) return 0;
  // The class call's own recursion level (typeCall's: CPython's _PyObject_MakeTpCall), tested
  // before the instance is made; with a Python __init__ it is held while that runs.
  if (th.recursionDepth >= rt.recursionLimit) {
    throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  if (slots.init === objectInit) {
    const obj = objectNew(rt, cls, argsAt << 2, 0, 0);
    i32[argsAt - 4] = obj;
    if (--i32[cls >> 2] === 0) rt.dealloc(cls);
    return CONSTRUCTED;
  }
  const init = fastInitOf(rt, cls);
  if (init === 0) return 0;
  const obj = newHeldInstance(rt, th, cls, argsAt, nargs, objectNew);
  i32[argsAt - 4] = obj;
  i32[obj >> 2]++;
  i32[argsAt - 2] = obj;
  // pushSimpleFrame takes the stack's references, and the frame's to `init` must be made;
  // pushCallFrame makes its own and releases the stack words [argsAt - 2, top). The class
  // call's level is counted first, as CPython enters it before __init__'s frame; an INIT
  // frame releases both when it returns or unwinds.
  th.recursionDepth++;
  let frame: number;
  try {
    frame = pushSimpleFrame(rt, th, init, argsAt - 2, nargs + 1);
    if (frame !== 0) i32[init >> 2]++;
    else frame = pushCallFrame(rt, th, init, argsAt - 2, nargs + 1, 0, argsAt - 2, top);
  } catch (e) {
    th.recursionDepth--;
    endClassCall(rt, th);
    throw e;
  }
  i32[(frame + F.FLAGS) >> 2] |= FrameFlag.INIT;
  return frame;
}

/**
 * The instance of a class call whose Python `__init__` pushClassCallFrame runs (a new
 * reference), made after CPython's argument tuple (_PyObject_MakeTpCall's: call-transients.ts,
 * for what it changes that a program sees). The call then holds, until its INIT frame ends
 * (endClassCall), the tuple (0 for none), the stack's reference to the class, and one more
 * reference to each of the `nargs` arguments at i32 index `argsAt` (the frame takes the
 * stack's: these are the ones CPython's CALL keeps until the call returns), on the thread's
 * classCalls.
 */
function newHeldInstance(rt: Runtime, th: VMThread, cls: number, argsAt: number, nargs: number, objectNew: (rt: Runtime, cls: number, args: number, nargs: number, kwnames: number) => number): number {
  const argsTuple = nargs === 0 ? 0 : takeArgsTuple(rt, argsAt << 2, nargs);
  let obj: number;
  try {
    obj = objectNew(rt, cls, argsAt << 2, nargs, 0);
  } catch (e) {
    releaseTransient(rt, argsTuple);
    throw e;
  }
  const i32 = rt.i32;
  // (Through the tuple's items: the same words as the stack's.)
  for (let i = 0; i < nargs; i++) i32[i32[(argsTuple + Tuple.ITEMS + 8 * i) >> 2] >> 2]++;
  const n = th.classCallCount;
  if (2 * n + 2 > th.classCalls.length) {
    const grown = new Int32Array(2 * th.classCalls.length);
    grown.set(th.classCalls);
    th.classCalls = grown;
  }
  th.classCalls[2 * n] = argsTuple;
  th.classCalls[2 * n + 1] = cls;
  th.classCallCount = n + 1;
  return obj;
}

/**
 * An INIT frame ended (returned or unwound; its locals already released), or could not be
 * pushed: what its class call held since newHeldInstance is given back, in CPython's order
 * after the call — the argument tuple, the class, then the caller's references to the
 * arguments. (The arguments are the tuple's items, copied to the argument stack first: the
 * tuple's release gives its block to the free list, whose link overwrites the first item.
 * With no room there, the tuple's references are dropped in place, which cannot free an
 * argument, and the tuple goes last.)
 */
export function endClassCall(rt: Runtime, th: VMThread): void {
  const k = --th.classCallCount;
  const argsTuple = th.classCalls[2 * k]!;
  const cls = th.classCalls[2 * k + 1]!;
  const i32 = rt.i32;
  const ty = fastTypes(rt);
  if (argsTuple === 0) {
    if (--i32[cls >> 2] === 0) rt.dealloc(cls);
    return;
  }
  const n = i32[(argsTuple + Ob.SIZE) >> 2];
  if (n <= 2 && i32[argsTuple >> 2] === 1) {
    // The common cases written out: the tuple's items (each keeps the stack's reference) lose
    // the tuple's, the tuple goes to its free list as tupleDealloc gives it, then the class
    // and the arguments are released.
    const a0 = i32[(argsTuple + Tuple.ITEMS) >> 2]!;
    const a1 = n === 2 ? i32[(argsTuple + Tuple.ITEMS + 8) >> 2]! : 0;
    i32[a0 >> 2]--;
    i32[(argsTuple + Tuple.ITEMS) >> 2] = 0;
    if (n === 2) {
      i32[a1 >> 2]--;
      i32[(argsTuple + Tuple.ITEMS + 8) >> 2] = 0;
    }
    i32[argsTuple >> 2] = 0;
    deallocExactTuple(rt, argsTuple);
    if (--rt.i32[cls >> 2] === 0) rt.dealloc(cls);
    if (--rt.i32[a0 >> 2] === 0) deallocFast(rt, ty, a0);
    if (n === 2 && --rt.i32[a1 >> 2] === 0) deallocFast(rt, ty, a1);
    return;
  }
  const args = rt.argTop;
  if (args + n * 8 > rt.argEnd) {
    for (let i = 0; i < n; i++) i32[i32[(argsTuple + Tuple.ITEMS + i * 8) >> 2] >> 2]--;
    if (--i32[cls >> 2] === 0) rt.dealloc(cls);
    for (let i = 0; i < n; i++) {
      const v = rt.i32[(argsTuple + Tuple.ITEMS + i * 8) >> 2];
      rt.i32[(argsTuple + Tuple.ITEMS + i * 8) >> 2] = 0;
      if (--rt.i32[v >> 2] === 0) deallocFast(rt, ty, v);
    }
    if (--rt.i32[argsTuple >> 2] === 0) deallocFast(rt, ty, argsTuple);
    return;
  }
  for (let i = 0; i < n; i++) i32[(args + i * 8) >> 2] = i32[(argsTuple + Tuple.ITEMS + i * 8) >> 2];
  rt.argTop = args + n * 8;
  try {
    if (--i32[argsTuple >> 2] === 0) deallocExactTuple(rt, argsTuple);
    if (--rt.i32[cls >> 2] === 0) rt.dealloc(cls);
    for (let i = 0; i < n; i++) {
      const v = rt.i32[(args + i * 8) >> 2];
      if (--rt.i32[v >> 2] === 0) deallocFast(rt, ty, v);
    }
  } finally {
    rt.argTop = args;
  }
}

/** RETURN_VALUE of an INIT frame returned `v` (a new reference): TypeError unless it is None. */
export function checkInitResult(rt: Runtime, v: number): void {
  if (v === rt.S.None) {
    rt.decref(v);
    return;
  }
  const name = rt.typeName(v);
  rt.decref(v);
  throw rt.raise(rt.E.TypeError, `__init__() should return None, not '${name}'`);
}
