/**
 * `_thread`: green threads (src/vm/scheduler.ts) and locks (thread-lock.ts), for threading.py.
 *
 *   start_new_thread(function, args[, kwargs]) -> ident   a raw thread (daemon: not waited for)
 *   allocate_lock() / LockType, RLock, get_ident(), get_native_id(), _count(), stack_size([n]),
 *   TIMEOUT_MAX, error (RuntimeError), exit()
 *
 * glasspy's private helpers for lib/threading.py:
 *   _start_thread(function, daemon, name) -> ident   function() in a new thread
 *   _call(function, args, kwargs)   function(*args, **kwargs) in the caller's frame chain: from
 *       a thread's outermost loop the callee's frame is pushed as CALL would push it, so a
 *       thread target can park in blocking calls (CALL_FUNCTION_EX would run it in a nested
 *       loop); elsewhere an ordinary call
 *   _set_name(ident, name)          the name deadlock reports and gil statistics show
 *   _print_exception(name, exc)     the default excepthook's output on stderr
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import type { VMThread, Wait } from "../vm/thread.js";
import { arg, checkArgs } from "../objects/args.js";
import { newInt, intToBigInt } from "../objects/int.js";
import { newFloat } from "../objects/float.js";
import { newTuple, tupleItem, tupleSize, tupleSetItem } from "../objects/tuple.js";
import { dictEntryCount, dictEntryKey, dictEntryValue, dictSize } from "../objects/dict.js";
import { isTrue, reprText } from "../objects/abstract.js";
import { TpFlag } from "../objects/layout.js";
import { F } from "../vm/frame.js";
import { Code } from "../objects/code.js";
import { callFunctionEx } from "../vm/eval-helpers.js";
import { schedulerOf, type Scheduler } from "../vm/scheduler.js";
import { formatException } from "../vm/traceback-print.js";
import { addModuleValue } from "./native-module.js";
import { newLock, TIMEOUT_MAX, currentIdent } from "./thread-lock.js";

const none = (rt: Runtime): number => {
  rt.incref(rt.S.None);
  return rt.S.None;
};

function scheduler(rt: Runtime): Scheduler {
  const s = schedulerOf(rt);
  if (s === undefined) throw rt.raise(rt.E.RuntimeError, "no thread scheduler");
  return s;
}

/**
 * Call `body(vector, nargs, kwnames)` with the items of `args` (a tuple) and the values of
 * `kwargs` (a dict or 0) laid out as a vectorcall argument vector (borrowed words).
 */
function withVector<T>(rt: Runtime, args: number, kwargs: number, body: (vector: number, nargs: number, kwnames: number) => T): T {
  const nargs = tupleSize(rt, args);
  const nkw = kwargs === 0 ? 0 : dictSize(rt, kwargs);
  const base = rt.argTop;
  if (base + (nargs + nkw) * 8 > rt.argEnd) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
  rt.argTop = base + (nargs + nkw) * 8;
  let kwnames = 0;
  try {
    for (let i = 0; i < nargs; i++) rt.store(base + 8 * i, tupleItem(rt, args, i));
    if (nkw > 0) {
      kwnames = newTuple(rt, nkw);
      let k = 0;
      for (let i = 0, n = dictEntryCount(rt, kwargs); i < n; i++) {
        const key = dictEntryKey(rt, kwargs, i);
        if (key === 0) continue;
        if (!rt.hasFlag(key, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "keywords must be strings");
        rt.incref(key);
        tupleSetItem(rt, kwnames, k, key);
        rt.store(base + 8 * (nargs + k), dictEntryValue(rt, kwargs, i));
        k++;
      }
    }
    return body(base, nargs, kwnames);
  } finally {
    rt.argTop = base;
    if (kwnames !== 0) rt.decref(kwnames);
  }
}

function startNewThread(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "start_new_thread", nargs, kwnames, 2, 3);
  const func = arg(rt, args, 0);
  const targs = arg(rt, args, 1);
  const tkw = nargs > 2 ? arg(rt, args, 2) : 0;
  if (rt.slotsOf(func).call === undefined && rt.typeOf(func) !== rt.T.function) throw rt.raise(rt.E.TypeError, "first arg must be callable");
  if (!rt.hasFlag(targs, TpFlag.TUPLE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "2nd arg must be a tuple");
  if (tkw !== 0 && !rt.hasFlag(tkw, TpFlag.DICT_SUBCLASS)) throw rt.raise(rt.E.TypeError, "optional 3rd arg must be a dictionary");
  const name = reprText(rt, func);
  const th = withVector(rt, targs, tkw, (v, n, kw) => scheduler(rt).spawn(func, v, n, kw, true, name));
  if (th.root === 0) notPython(rt);
  return newInt(rt, th.ident);
}

function notPython(rt: Runtime): never {
  throw rt.raise(rt.E.TypeError, "glasspy: a thread must start with a Python function or method");
}

function startThread(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_start_thread", nargs, kwnames, 3, 3);
  const name = rt.jsString(arg(rt, args, 2));
  const th = scheduler(rt).spawn(arg(rt, args, 0), 0, 0, 0, isTrue(rt, arg(rt, args, 1)), name);
  if (th.root === 0) notPython(rt);
  return newInt(rt, th.ident);
}

/** _call(function, args, kwargs): see the file comment. */
function callInFrame(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_call", nargs, kwnames, 3, 3);
  const func = arg(rt, args, 0);
  const targs = arg(rt, args, 1);
  const tkw = arg(rt, args, 2) === rt.S.None ? 0 : arg(rt, args, 2);
  if (!rt.hasFlag(targs, TpFlag.TUPLE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "_call() argument 2 must be a tuple");
  if (tkw !== 0 && !rt.hasFlag(tkw, TpFlag.DICT_SUBCLASS)) throw rt.raise(rt.E.TypeError, "_call() argument 3 must be a dict");
  const s = scheduler(rt);
  const th = rt.ts as VMThread;
  const pythonCallee = rt.typeOf(func) === rt.T.function || (rt.typeOf(func) === rt.T.method && rt.typeOf(rt.load(func + 16)) === rt.T.function);
  if (!s.canPark(th, args)) return callFunctionEx(rt, func, targs, tkw);
  if (!pythonCallee) {
    // A native callee (time.sleep as a thread's target): its result is ours, so when it is
    // itself the blocking call it may park the thread. callFunctionEx lays the callee's
    // arguments out at argTop; what the callee calls in turn gets another vector.
    s.grantPark(th, rt.argTop);
    try {
      return callFunctionEx(rt, func, targs, tkw);
    } finally {
      s.grantPark(null);
    }
  }
  const held = [func, targs, tkw];
  for (const o of held) if (o !== 0) rt.incref(o);
  const release = (): void => {
    for (const o of held) if (o !== 0) rt.decref(o);
    held.length = 0;
  };
  const wait: Wait = {
    deadline: 0,
    what: "call",
    ready: () => true,
    finish: () => none(rt),
    release,
    resume: (t) => {
      try {
        // Drop the placeholder result, then push the callee as CALL would have.
        const f = t.frame;
        const n = rt.i32[(rt.load(f + F.CODE) + Code.NLOCALSPLUS) >> 2];
        const top = rt.i32[(f + F.STACKTOP) >> 2] - 1;
        const at = f + F.HEADER + 8 * (n + top);
        const placeholder = rt.load(at);
        rt.store(at, 0);
        rt.i32[(f + F.STACKTOP) >> 2] = top;
        rt.xdecref(placeholder);
        const frame = withVector(rt, targs, tkw, (v, na, kw) => s.pushCall(t, func, v, na, kw));
        t.frame = frame;
      } finally {
        release();
      }
    },
  };
  return s.block(wait, args);
}

function getIdent(rt: Runtime, _m: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "get_ident", nargs, kwnames, 0, 0);
  return newInt(rt, currentIdent(rt));
}

/** A small number standing for the OS thread id: the process id, plus the thread's serial. */
function nativeId(rt: Runtime): number {
  const pid = typeof process !== "undefined" ? process.pid : 1;
  const ident = currentIdent(rt);
  return pid + Math.round((ident - 0x7f3a_1c00_0000) / 0x0100_0000);
}

function setName(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_set_name", nargs, kwnames, 2, 2);
  scheduler(rt).rename(Number(intToBigInt(rt, arg(rt, args, 0))), rt.jsString(arg(rt, args, 1)));
  return none(rt);
}

function printException(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_print_exception", nargs, kwnames, 2, 2);
  const name = rt.jsString(arg(rt, args, 0));
  const exc = arg(rt, args, 1);
  rt.io.writeStderr(`Exception in thread ${name}:\n` + formatException(rt, exc, scheduler(rt).vm.sourceLines));
  return none(rt);
}

/** _thread.exit(): SystemExit with no arguments, which ends the thread silently. */
function raiseSystemExit(rt: Runtime): number {
  const type = rt.E.SystemExit;
  const exc = rt.typeSlots(type).new!(rt, type, 0, 0, 0);
  try {
    throw rt.raiseObject(exc);
  } finally {
    rt.decref(exc);
  }
}

function stackSize(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "stack_size", nargs, kwnames, 0, 1);
  if (nargs === 1) {
    const size = Number(intToBigInt(rt, arg(rt, args, 0)));
    if (size !== 0 && size < 32768) throw rt.raise(rt.E.ValueError, "size not valid: 32768 bytes");
  }
  return newInt(rt, 0);
}

const methods: MethodDef[] = [
  { name: "start_new_thread", fn: startNewThread },
  { name: "start_new", fn: startNewThread },
  { name: "allocate_lock", fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "allocate_lock", nargs, kw, 0, 0), newLock(rt)) },
  { name: "allocate", fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "allocate", nargs, kw, 0, 0), newLock(rt)) },
  { name: "get_ident", fn: getIdent },
  { name: "get_native_id", fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "get_native_id", nargs, kw, 0, 0), newInt(rt, nativeId(rt))) },
  { name: "_count", fn: (rt, _m, _a, nargs, kw) => (checkArgs(rt, "_count", nargs, kw, 0, 0), newInt(rt, scheduler(rt).threads.length - 1)) },
  { name: "stack_size", fn: stackSize },
  { name: "exit", fn: raiseSystemExit },
  { name: "exit_thread", fn: raiseSystemExit },
  { name: "_start_thread", fn: startThread },
  { name: "_call", fn: callInFrame },
  { name: "_set_name", fn: setName },
  { name: "_print_exception", fn: printException },
  { name: "_main_ident", fn: (rt) => newInt(rt, scheduler(rt).vm.main.ident) },
];

export const threadModuleDef: NativeModuleDef = {
  name: "_thread",
  doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
  methods,
  init(rt, m) {
    rt.incref(rt.T._thread_lock);
    addModuleValue(rt, m, "LockType", rt.T._thread_lock);
    rt.incref(rt.T._thread_lock);
    addModuleValue(rt, m, "lock", rt.T._thread_lock);
    rt.incref(rt.T._thread_RLock);
    addModuleValue(rt, m, "RLock", rt.T._thread_RLock);
    rt.incref(rt.E.RuntimeError);
    addModuleValue(rt, m, "error", rt.E.RuntimeError);
    addModuleValue(rt, m, "TIMEOUT_MAX", newFloat(rt, TIMEOUT_MAX));
  },
};
