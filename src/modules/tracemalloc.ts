/**
 * `_tracemalloc`: CPython's native half of tracemalloc (lib/tracemalloc.py is the rest).
 *
 * Tracing is the heap's hook (src/heap/trace-hook.ts) pointing at the runtime's TraceStore
 * (tracemalloc-store.ts): every allocation of the object, mem and raw domains is recorded with
 * its requested size and the Python stack at that moment; when not tracing the hook is null
 * and costs one test per allocator call. Every trace is in domain 0, as all of CPython's own
 * allocations are.
 *
 * Functions, with CPython's names and messages: start(nframe=1, /), stop(), is_tracing(),
 * clear_traces(), get_traced_memory() -> (current, peak), reset_peak(),
 * get_tracemalloc_memory(), get_traceback_limit(), _get_object_traceback(obj) and
 * _get_traces(). A traceback crosses into Python as a tuple of (filename, lineno) tuples,
 * most recent frame first; a trace as (domain, size, traceback, total_nframe).
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { TpFlag } from "../objects/layout.js";
import { arg, checkArgs } from "../objects/args.js";
import { noArgsMethod } from "../objects/no-args-method.js";
import { newInt } from "../objects/int.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { newList, listAppend } from "../objects/list.js";
import { asCInt } from "./builtins-numeric.js";
import { MAX_NFRAME, traceStore, type Trace, type TraceTraceback } from "./tracemalloc-store.js";

/** GC types' objects start 16 bytes into their block (the GC head). */
const GC_HEAD_SIZE = 16;

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function bool(rt: Runtime, v: boolean): number {
  const b = v ? rt.S.True : rt.S.False;
  rt.incref(b);
  return b;
}

function pair(rt: Runtime, a: number, b: number): number {
  const t = newTuple(rt, 2);
  tupleSetItem(rt, t, 0, a);
  tupleSetItem(rt, t, 1, b);
  return t;
}

/**
 * A traceback as a tuple of (filename, lineno) tuples, most recent first (new reference).
 * `cache` shares one tuple between traces with the same interned traceback, as CPython does.
 */
function tracebackObject(rt: Runtime, tb: TraceTraceback, cache?: Map<TraceTraceback, number>): number {
  const cached = cache?.get(tb);
  if (cached !== undefined) {
    rt.incref(cached);
    return cached;
  }
  const n = tb.filenames.length;
  const t = newTuple(rt, n);
  for (let i = 0; i < n; i++) tupleSetItem(rt, t, i, 0);
  try {
    for (let i = 0; i < n; i++) {
      const file = rt.newStr(tb.filenames[i]);
      let line: number;
      try {
        line = newInt(rt, tb.linenos[i]);
      } catch (e) {
        rt.decref(file);
        throw e;
      }
      tupleSetItem(rt, t, i, pair(rt, file, line));
    }
  } catch (e) {
    rt.decref(t);
    throw e;
  }
  if (cache !== undefined) {
    cache.set(tb, t);
    rt.incref(t);
  }
  return t;
}

function start(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "start", nargs, kwnames, 0, 1);
  const nframe = nargs === 0 ? 1 : asCInt(rt, arg(rt, args, 0));
  if (nframe < 1 || nframe > MAX_NFRAME) throw rt.raise(rt.E.ValueError, `the number of frames must be in range [1; ${MAX_NFRAME}]`);
  traceStore(rt).start(nframe);
  return none(rt);
}

/**
 * _get_traces(): every trace. The traces are copied first; the list is made while tracing, but
 * its items are built with tracing suspended (CPython's reentrant flag), so they never show
 * up in later snapshots.
 */
function getTraces(rt: Runtime): number {
  const store = traceStore(rt);
  const list = newList(rt, 0);
  if (!store.tracing) return list;
  const copied: Trace[] = [];
  for (const t of store.traces.values()) copied.push({ size: t.size, traceback: t.traceback });
  const cache = new Map<TraceTraceback, number>();
  const tracer = rt.heap.tracer;
  rt.heap.tracer = null;
  try {
    for (const trace of copied) {
      const t = newTuple(rt, 4);
      for (let k = 0; k < 4; k++) tupleSetItem(rt, t, k, 0);
      try {
        tupleSetItem(rt, t, 0, newInt(rt, 0));
        tupleSetItem(rt, t, 1, newInt(rt, trace.size));
        tupleSetItem(rt, t, 2, tracebackObject(rt, trace.traceback, cache));
        tupleSetItem(rt, t, 3, newInt(rt, trace.traceback.totalNframe));
        listAppend(rt, list, t);
      } finally {
        rt.decref(t);
      }
    }
  } catch (e) {
    rt.decref(list);
    throw e;
  } finally {
    for (const t of cache.values()) rt.decref(t);
    rt.heap.tracer = tracer;
  }
  return list;
}

/**
 * The traceback of the block holding `obj`. As in CPython 3.11 only the GC head is
 * subtracted, so for objects with a managed-dict pre-header (instances of ordinary classes)
 * the block start is missed and the answer is None.
 */
function getObjectTraceback(rt: Runtime, obj: number): number {
  const store = traceStore(rt);
  if (!store.tracing) return none(rt);
  const gc = (rt.typeFlags(rt.typeOf(obj)) & TpFlag.HAVE_GC) !== 0;
  const trace = store.traces.get(gc ? obj - GC_HEAD_SIZE : obj);
  return trace === undefined ? none(rt) : tracebackObject(rt, trace.traceback);
}

function noArgs(name: string, fn: (rt: Runtime) => number, doc: string): MethodDef {
  return noArgsMethod(name, `_tracemalloc.${name}`, fn, doc);
}

const methods: readonly MethodDef[] = [
  { name: "start", fn: start, doc: "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe." },
  noArgs("stop", (rt) => (traceStore(rt).stop(), none(rt)), "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python."),
  noArgs("is_tracing", (rt) => bool(rt, traceStore(rt).tracing), "Return True if the tracemalloc module is tracing Python memory allocations."),
  noArgs("clear_traces", (rt) => {
    const store = traceStore(rt);
    if (store.tracing) store.clear();
    return none(rt);
  }, "Clear traces of memory blocks allocated by Python."),
  noArgs("get_traced_memory", (rt) => {
    const store = traceStore(rt);
    const current = store.tracing ? store.tracedMemory : 0;
    const peak = store.tracing ? store.peakMemory : 0;
    return pair(rt, newInt(rt, current), newInt(rt, peak));
  }, "Get the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int)."),
  noArgs("reset_peak", (rt) => {
    const store = traceStore(rt);
    if (store.tracing) store.peakMemory = store.tracedMemory;
    return none(rt);
  }, "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations."),
  noArgs("get_tracemalloc_memory", (rt) => newInt(rt, traceStore(rt).tracemallocMemory()), "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations."),
  noArgs("get_traceback_limit", (rt) => newInt(rt, traceStore(rt).nframe), "Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1."),
  noArgs("_get_traces", getTraces, "Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled."),
  {
    name: "_get_object_traceback",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "_get_object_traceback", nargs, kwnames, 1, 1);
      return getObjectTraceback(rt, arg(rt, args, 0));
    },
    doc: "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object.",
  },
];

export const tracemallocModuleDef: NativeModuleDef = {
  name: "_tracemalloc",
  doc: "Debug module to trace memory blocks allocated by Python.",
  methods,
};
