/**
 * `releaseRef`: Py_DECREF for the loops that release a container's items (a list's, a dict's
 * or a set's dealloc), where most items are often exact ints. An exact int whose count
 * reaches 0 is freed on the spot, as intDealloc would free it (it has no pre-header, no GC
 * head and no references): no trip through the runtime's dealloc and its type-slot lookup.
 * Every other object, and a count that underflows, goes through `rt.decref`.
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";

/** Release a reference to `o` (not 0). */
export function releaseRef(rt: Runtime, o: number): void {
  const i32 = rt.i32;
  const count = i32[o >> 2] - 1;
  if (count > 0) {
    i32[o >> 2] = count;
  } else if (count === 0 && i32[(o + Ob.TYPE) >> 2] === rt.T.int) {
    i32[o >> 2] = 0;
    if (rt.liveObjects !== null) rt.liveObjects.delete(o);
    rt.heap.free(o);
  } else {
    rt.decref(o);
  }
}
