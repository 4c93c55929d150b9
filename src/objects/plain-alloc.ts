/**
 * Objects of the builtin types that have no GC head, no managed dict and no subclasses' words
 * (int, str, range, range_iterator): `rt.allocObject` and `rt.freeObject` test the type's flags for
 * each of those, and for these types every test says "nothing to do". These do the rest: the
 * block (through heap.malloc and heap.free, so tracemalloc and the statistics see it) and the
 * object header. The type must be static (never a heap type: no reference to it is counted).
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";

/** A new object of the static non-GC type `type` in a block of `size` bytes (refcount 1). */
export function allocPlainObject(rt: Runtime, type: number, size: number): number {
  const o = rt.heap.malloc(size);
  if (o === 0) throw rt.noMemory();
  if (rt.liveObjects !== null) rt.liveObjects.add(o);
  const i32 = rt.i32;
  const w = o >> 2;
  i32[w + (Ob.REFCNT >> 2)] = 1;
  i32[w + (Ob.REFCNT >> 2) + 1] = 0;
  i32[w + (Ob.TYPE >> 2)] = type;
  i32[w + (Ob.TYPE >> 2) + 1] = 0;
  return o;
}

/** Free an object allocated by allocPlainObject (its references already released). */
export function freePlainObject(rt: Runtime, o: number): void {
  if (rt.liveObjects !== null) rt.liveObjects.delete(o);
  rt.heap.free(o);
}
