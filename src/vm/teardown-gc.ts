/**
 * The cycle collector's part in interpreter teardown (VM.close).
 *
 * After the atexit functions, a collection as gc.collect() runs one (exitCollection). Once
 * the modules are dropped, and again after they are cleared, a full collection frees what only
 * reference cycles keep alive (CPython's _PyGC_CollectNoFail in finalisation): finalizers
 * run first (PEP 442), resurrected objects survive, the rest is cleared. After the modules and
 * the VM's own references are gone, whatever is still tracked is held by cycles the collector
 * could not prove unreachable — through a type without a traverse slot, which makes its
 * referents look referenced from outside. The last pass breaks those by force, so that no
 * heap block stays in use.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED } from "../objects/errors.js";
import { collectGeneration, collectNoFail } from "../objects/gc-collect.js";

/**
 * Py_FinalizeEx's PyGC_Collect, after the atexit functions and before the modules are
 * cleared: a full collection as gc.collect() makes one (callbacks, DEBUG_* output), if the
 * collector is enabled. What the modules hold survives it, but its reachability pass leaves
 * the survivors in the order it reached them (a dict's values in order, a list's items last
 * first), and that is the order in which the collection after the modules are cleared
 * finalizes them: CPython's `__del__` order at exit.
 */
export function exitCollection(rt: Runtime): void {
  if (rt.gc.enabled) collectGeneration(rt, 2);
}

/**
 * Once the modules are dropped: no more automatic collections, the collector's own lists
 * (gc.garbage, gc.callbacks) released, then one full collection.
 */
export function shutdownCollection(rt: Runtime): void {
  const gc = rt.gc;
  gc.enabled = false;
  gc.pending = false;
  gc.stressEveryAllocation = false;
  releaseCollectorLists(rt);
  collectNoFail(rt);
}

/** gc.garbage and gc.callbacks (the gc module's attributes reference them too). */
export function releaseCollectorLists(rt: Runtime): void {
  const gc = rt.gc;
  const garbage = gc.garbage;
  const callbacks = gc.callbacks;
  gc.garbage = 0;
  gc.callbacks = 0;
  rt.xdecref(garbage);
  rt.xdecref(callbacks);
}

/**
 * After the modules are cleared: collect twice, then break what is still tracked by force — take a
 * reference to every tracked object, run the finalizers not run yet, call each clear slot,
 * let the references go; repeat while objects remain.
 */
export function clearRemainingCycles(rt: Runtime): void {
  releaseCollectorLists(rt);
  // CPython's last two: the end of finalize_modules, and interpreter_clear's once the
  // interpreter's own references are gone (here both come at once; the second finds little).
  collectNoFail(rt);
  collectNoFail(rt);
  for (let pass = 0; pass < 8; pass++) {
    const objects = rt.trackedObjects();
    if (objects.length === 0) return;
    for (const o of objects) rt.incref(o);
    for (const o of objects) {
      const finalize = rt.slotsOf(o).finalize;
      if (finalize === undefined || rt.gcIsFinalized(o)) continue;
      rt.gcSetFinalized(o);
      finalize(rt, o);
    }
    for (const o of objects) {
      const clear = rt.slotsOf(o).clear;
      if (clear === undefined) continue;
      try {
        clear(rt, o);
      } catch (e) {
        if (e !== PY_RAISED) throw e;
        rt.setException(0);
      }
    }
    for (const o of objects) rt.decref(o);
  }
}
