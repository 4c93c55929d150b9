/**
 * Which objects the cycle collector must see: CPython's _PyObject_GC_MAY_BE_TRACKED and the
 * tracking rules of dicts (MAINTAIN_TRACKING in dictobject.c).
 *
 * A dict that holds only atoms (ints, strs, floats, untracked tuples...) can never be part of a
 * cycle, so CPython creates dicts untracked, tracks one when a key or value that may be
 * tracked goes in, and lets full collections untrack dicts that hold only atoms again. The
 * invariant the collector relies on: an untracked dict holds nothing that may be tracked.
 * This file has no imports from the dict code, so dict.ts can use it without a cycle.
 */
import type { Runtime } from "./runtime.js";
import { GcHead, TpFlag } from "./layout.js";

/**
 * PyObject_IS_GC: the object's type has HAVE_GC — except static type objects, which have a
 * GC head but are never tracked (CPython's type_is_gc).
 */
export function isGcObject(rt: Runtime, o: number): boolean {
  const flags = rt.typeFlags(rt.typeOf(o));
  if ((flags & TpFlag.HAVE_GC) === 0) return false;
  if (flags & TpFlag.TYPE_SUBCLASS) return (rt.typeFlags(o) & TpFlag.HEAPTYPE) !== 0;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, other than an exact tuple that is untracked. */
export function mayBeTracked(rt: Runtime, o: number): boolean {
  if (!isGcObject(rt, o)) return false;
  if (rt.typeOf(o) === rt.T.tuple) return rt.i32[(o + GcHead.NEXT) >> 2] !== 0;
  return true;
}

/** MAINTAIN_TRACKING: an untracked dict that receives `key` and `value` is tracked when either may be. */
export function dictMaintainTracking(rt: Runtime, d: number, key: number, value: number): void {
  if (rt.i32[(d + GcHead.NEXT) >> 2] !== 0) return;
  if (mayBeTracked(rt, key) || mayBeTracked(rt, value)) rt.gcTrack(d);
}
