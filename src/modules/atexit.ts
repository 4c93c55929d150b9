/**
 * The `atexit` module (CPython's Modules/atexitmodule.c): functions to call when the
 * interpreter closes. `runAtexitCallbacks` is called by VM.close() before anything is torn
 * down; it calls the registered functions last registered first, reporting an exception as
 * "Exception ignored in atexit callback: <repr of the function>" with its traceback.
 *
 * The registrations are kept per Runtime in JS arrays of counted references (function,
 * positionals, keyword names and values), released when they have run or are unregistered.
 */
import type { Runtime } from "../objects/runtime.js";
import type { NativeModuleDef } from "./native-module.js";
import { arg, checkArgs, kwCount } from "../objects/args.js";
import { richCompareBool } from "../objects/abstract.js";
import { newInt } from "../objects/int.js";
import { tupleItem } from "../objects/tuple.js";
import { PY_RAISED } from "../objects/errors.js";
import { callGathered } from "./stdlib-call.js";
import { writeUnraisableIn } from "../objects/weakref.js";
import { CompareOp } from "../compile/opcodes.js";

interface ExitCall {
  func: number;
  positional: number[];
  kwKeys: number[];
  kwValues: number[];
}

const registries = new WeakMap<Runtime, ExitCall[]>();

function callbacksOf(rt: Runtime): ExitCall[] {
  let list = registries.get(rt);
  if (list === undefined) {
    list = [];
    registries.set(rt, list);
  }
  return list;
}

function release(rt: Runtime, c: ExitCall): void {
  rt.decref(c.func);
  for (const o of c.positional) rt.decref(o);
  for (const o of c.kwKeys) rt.decref(o);
  for (const o of c.kwValues) rt.decref(o);
}

/** Call every registered function, last registered first, and forget them. */
export function runAtexitCallbacks(rt: Runtime): void {
  const list = registries.get(rt);
  if (list === undefined) return;
  const saved = rt.fetchException();
  while (list.length > 0) {
    const c = list.pop()!;
    try {
      rt.decref(callGathered(rt, c.func, c.positional, c.kwKeys, c.kwValues));
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      if (rt.exceptionMatches(rt.E.SystemExit)) rt.setException(0);
      else writeUnraisableIn(rt, c.func, "Exception ignored in atexit callback");
    } finally {
      release(rt, c);
    }
  }
  rt.setException(saved);
}

function register(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, "register() takes at least 1 argument (0 given)");
  const func = arg(rt, args, 0);
  if (rt.slotsOf(func).call === undefined) throw rt.raise(rt.E.TypeError, "the first argument must be callable");
  const c: ExitCall = { func, positional: [], kwKeys: [], kwValues: [] };
  for (let i = 1; i < nargs; i++) c.positional.push(arg(rt, args, i));
  const nkw = kwCount(rt, kwnames);
  for (let k = 0; k < nkw; k++) {
    c.kwKeys.push(tupleItem(rt, kwnames, k));
    c.kwValues.push(arg(rt, args, nargs + k));
  }
  for (const o of [c.func, ...c.positional, ...c.kwKeys, ...c.kwValues]) rt.incref(o);
  callbacksOf(rt).push(c);
  rt.incref(func);
  return func;
}

function unregister(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "unregister", nargs, kwnames, 1, 1);
  const func = arg(rt, args, 0);
  const list = callbacksOf(rt);
  for (let i = 0; i < list.length; ) {
    const c = list[i];
    if (c.func === func || richCompareBool(rt, c.func, func, CompareOp.EQ)) {
      list.splice(i, 1);
      release(rt, c);
    } else {
      i++;
    }
  }
  rt.incref(rt.S.None);
  return rt.S.None;
}

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

export const atexitModuleDef: NativeModuleDef = {
  name: "atexit",
  doc: "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
  methods: [
    { name: "register", fn: register },
    { name: "unregister", fn: unregister },
    {
      name: "_run_exitfuncs",
      fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "_run_exitfuncs", nargs, kw, 0, 0), runAtexitCallbacks(rt), none(rt)),
    },
    {
      name: "_clear",
      fn: (rt, _m, _a, nargs, kw) => {
        checkArgs(rt, "_clear", nargs, kw, 0, 0);
        const list = callbacksOf(rt);
        for (const c of list.splice(0)) release(rt, c);
        return none(rt);
      },
    },
    { name: "_ncallbacks", fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "_ncallbacks", nargs, kw, 0, 0), newInt(rt, callbacksOf(rt).length)) },
  ],
};
