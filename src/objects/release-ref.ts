/**
 * `releaseRef`: Py_DECREF for the loops that release a container's items (a list's, a dict's
 * or a set's dealloc), where most items are often exact ints or strs. An exact int, or an
 * exact compact str that is not interned, whose count reaches 0 is freed on the spot, as
 * intDealloc and strDealloc would free it (no pre-header, no GC head, no references): no trip
 * through the runtime's dealloc and its type-slot lookup.
 * Every other object, and a count that underflows, goes through `rt.decref`.
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";
import { Str, StrState } from "./str-layout.js";

/** Release a reference to `o` (not 0). */
export function releaseRef(rt: Runtime, o: number): void {
  const i32 = rt.i32;
  const count = i32[o >> 2] - 1;
  if (count > 0) {
    i32[o >> 2] = count;
  } else if (count === 0 && isPlainBlock(rt, o)) {
    i32[o >> 2] = 0;
    if (rt.liveObjects !== null) rt.liveObjects.delete(o);
    rt.heap.free(o);
  } else {
    rt.decref(o);
  }
}

/**
 * Release the references of the `n` item slots (two words each, 0 for none) from i32 index
 * `words`, last first, as a list's dealloc does. The loop is alone in its function: V8
 * compiles a long first run of a loop on-stack and reuses that code in later calls, and code
 * after the loop that had not run then deoptimised every later long call (a list's dealloc
 * putting it on the free list: 45 deoptimisations in the comprehensions benchmark).
 */
export function releaseItemRefs(rt: Runtime, words: number, n: number): void {
  for (let i = n - 1; i >= 0; i--) {
    const v = rt.i32[words + 2 * i];
    if (v !== 0) releaseRef(rt, v);
  }
}

/**
 * Is `o` an exact int, or an exact str that is compact and not interned (its characters in its
 * own block, no entry in the interned table: strDealloc would only free the block)?
 */
function isPlainBlock(rt: Runtime, o: number): boolean {
  const type = rt.i32[(o + Ob.TYPE) >> 2];
  if (type === rt.T.int) return true;
  return type === rt.T.str && (rt.u8[o + Str.STATE] & (StrState.INTERNED_MASK | StrState.COMPACT)) === StrState.COMPACT;
}
