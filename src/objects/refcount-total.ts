/**
 * `sys.gettotalrefcount()` of the debug mode (--debug-heap): the sum of every live object's
 * reference count, what a debug build of CPython keeps as _Py_RefTotal.
 *
 * The eval loop changes counts in place (`i32[o >> 2]++`), so there is no running total to
 * keep; instead, in debug mode only, the Runtime records every object it allocates in a set
 * (`rt.liveObjects`: allocObject, the eval loop's int and float fast paths) and forgets it when
 * its block is freed, and the total is summed on demand. Objects made with the static count
 * (types, None, True/False, small ints, identifiers) count only what was added to that start,
 * so the figure moves exactly as references are taken and dropped, as CPython's does; its
 * absolute value is glasspy's own (CPython's start-up makes other objects).
 */
import type { Runtime } from "./runtime.js";
import { STATIC_REFCNT } from "./layout.js";

/** Counts at least this high started at STATIC_REFCNT. */
const STATIC_THRESHOLD = STATIC_REFCNT / 2;

function contribution(rt: Runtime, o: number): number {
  const n = rt.i32[o >> 2];
  return n >= STATIC_THRESHOLD ? n - STATIC_REFCNT : n;
}

/** The total reference count, or undefined outside debug mode. */
export function totalRefcount(rt: Runtime): number | undefined {
  const live = rt.liveObjects;
  if (live === null) return undefined;
  let total = 0;
  for (const o of live) total += contribution(rt, o);
  // Objects in the static region: the builtin types and the singletons.
  for (const t of Object.values(rt.T)) total += contribution(rt, t);
  for (const t of Object.values(rt.E)) total += contribution(rt, t);
  const S = rt.S;
  for (const o of [S.None, S.True, S.False, S.NotImplemented, S.Ellipsis, S.emptyTuple, S.emptyStr, S.emptyBytes]) {
    if (!live.has(o)) total += contribution(rt, o);
  }
  for (const cache of [S.smallInts, S.latin1, S.bytes1]) {
    for (const o of cache) if (o !== 0 && !live.has(o)) total += contribution(rt, o);
  }
  return total;
}
