/**
 * Which tracked objects nothing outside the tracked set refers to: CPython's cycle-collector
 * test for garbage (gc_collect_main's update_refs / subtract_refs / move_unreachable), used by
 * interpreter teardown until the collector exists.
 *
 * For each tracked object, start from its reference count and subtract one for every
 * reference another tracked object holds to it (found through the types' traverse slots).
 * What keeps a positive count is referenced from outside (a frame, a static type, the VM) and
 * is reachable, and so is everything reachable from it; the rest is garbage held only by
 * reference cycles. A type without a traverse slot hides its references, which makes its
 * referents look externally referenced: the test errs on the side of "reachable".
 */
import type { Runtime } from "../objects/runtime.js";

/** The tracked objects that only reference cycles keep alive (a snapshot, oldest first). */
export function findUnreachable(rt: Runtime): number[] {
  const objects = rt.trackedObjects();
  const index = new Map<number, number>();
  objects.forEach((o, i) => index.set(o, i));
  const refs = new Float64Array(objects.length);
  objects.forEach((o, i) => (refs[i] = rt.refcount(o)));
  for (const o of objects) {
    rt.slotsOf(o).traverse?.(rt, o, (child) => {
      const i = index.get(child);
      if (i !== undefined) refs[i]--;
    });
  }
  const reachable = new Uint8Array(objects.length);
  const stack: number[] = [];
  objects.forEach((_o, i) => {
    if (refs[i] > 0) {
      reachable[i] = 1;
      stack.push(i);
    }
  });
  while (stack.length > 0) {
    const o = objects[stack.pop()!];
    rt.slotsOf(o).traverse?.(rt, o, (child) => {
      const i = index.get(child);
      if (i !== undefined && reachable[i] === 0) {
        reachable[i] = 1;
        stack.push(i);
      }
    });
  }
  return objects.filter((_o, i) => reachable[i] === 0);
}
