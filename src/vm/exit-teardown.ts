/**
 * Whether the rest of the teardown can be seen from Python: the test `glasspy` makes at exit
 * (VM.closeForExit), after the atexit functions have run, before clearing the modules.
 *
 * Clearing the modules and collecting the cycles runs Python code only through finalizers
 * (`__del__`, a suspended generator's `finally`), weak reference callbacks and gc.callbacks;
 * anything else it does is freeing memory, which nobody sees in a process about to end. The
 * objects that could take part are all tracked by the collector: an instance of a class with
 * `__del__` is, or, when its class is not a GC type (`__slots__ = ()`), its class is; a weak
 * reference with a callback is. So one pass over the tracked objects decides: if none has a
 * finalizer, is a class whose instances have one, or is a weak reference with a callback, and
 * gc.callbacks is empty, the teardown would be invisible, and the process may simply end.
 */
import type { Runtime } from "../objects/runtime.js";
import { TpFlag } from "../objects/layout.js";
import { isWeakref, weakrefCallback } from "../objects/weakref.js";
import { listSize } from "../objects/list.js";

export function teardownObservable(rt: Runtime): boolean {
  const callbacks = rt.gc.callbacks;
  if (callbacks !== 0 && listSize(rt, callbacks) > 0) return true;
  for (const o of rt.trackedObjects()) {
    if (rt.slotsOf(o).finalize !== undefined) return true;
    if ((rt.typeFlags(rt.typeOf(o)) & TpFlag.TYPE_SUBCLASS) !== 0 && rt.typeSlots(o).finalize !== undefined) return true;
    if (isWeakref(rt, o) && weakrefCallback(rt, o) !== 0) return true;
  }
  return false;
}
