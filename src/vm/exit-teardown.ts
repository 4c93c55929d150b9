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
import { Ob, Tp, TpFlag } from "../objects/layout.js";
import { isWeakref, weakrefCallback } from "../objects/weakref.js";
import { listSize } from "../objects/list.js";

/** What an object's type says about the object, for teardownObservable. */
const enum Instances {
  /** Nothing: no finalizer, not a class, not a weak reference. */
  Inert,
  /** It has a finalizer. */
  Finalized,
  /** It is a class: it matters whether its instances have a finalizer. */
  Class,
  /** It is a weak reference: it matters whether it has a callback. */
  Weakref,
}

function instancesOf(rt: Runtime, type: number, example: number): Instances {
  if (rt.typeSlots(type).finalize !== undefined) return Instances.Finalized;
  if ((rt.typeFlags(type) & TpFlag.TYPE_SUBCLASS) !== 0) return Instances.Class;
  return isWeakref(rt, example) ? Instances.Weakref : Instances.Inert;
}

/**
 * Whether the instances of class `cls` have a finalizer. A class whose creation failed before
 * its slot table was made (a metaclass's mro() raised; its SLOTS_INDEX is still -1) has none,
 * nor any instances, but it may live on in a cycle until the last collections.
 */
function classFinalizes(rt: Runtime, cls: number): boolean {
  return rt.i32[(cls + Tp.SLOTS_INDEX) >> 2] !== -1 && rt.typeSlots(cls).finalize !== undefined;
}

export function teardownObservable(rt: Runtime): boolean {
  const callbacks = rt.gc.callbacks;
  if (callbacks !== 0 && listSize(rt, callbacks) > 0) return true;
  // Each type is judged once (the 2,000 tracked objects of a fresh interpreter have about 60
  // types), and the loop calls no small function per object: V8 would compile such a function
  // with TurboFan after a few thousand calls, which at this point is only a cost (1-2 ms).
  const judged = new Map<number, Instances>();
  const i32 = rt.i32;
  for (const o of rt.trackedObjects()) {
    const type = i32[(o + Ob.TYPE) >> 2];
    let instances = judged.get(type);
    if (instances === undefined) judged.set(type, (instances = instancesOf(rt, type, o)));
    if (instances === Instances.Inert) continue;
    if (instances === Instances.Finalized) return true;
    if (instances === Instances.Class ? classFinalizes(rt, o) : weakrefCallback(rt, o) !== 0) return true;
  }
  return false;
}
