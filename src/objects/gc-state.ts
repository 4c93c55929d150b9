/**
 * The cycle collector's state (CPython 3.11's `struct _gc_runtime_state`, Include/internal/
 * pycore_gc.h): three generations plus the permanent one, their counts and thresholds, the
 * long-lived heuristic, statistics, debug flags, and the `gc.garbage` / `gc.callbacks` lists.
 *
 * A generation is a circular doubly linked list of GC heads (gc_next at obj-16, gc_prev at
 * obj-8) headed by a static sentinel. Every tracked object is in exactly one of the four lists.
 * The low bits of gc_prev are flags (pointers are 8-aligned): FINALIZED (PEP 442, kept for
 * the object's life) and COLLECTING (set only during a collection, for the objects of the
 * generations being collected).
 *
 * While a collection runs, CPython shifts each object's `gc_refs` into gc_prev and uses
 * gc_next's low bit as the "tentatively unreachable" mark, breaking the list's back links for
 * the duration. glasspy's addresses fit in 32 bits, so each 8-byte word of the GC head has an
 * unused upper half: `gc_refs` lives in the upper half of gc_prev (obj-4) and the unreachable
 * mark in the upper half of gc_next (obj-12), and the lists stay doubly linked throughout.
 * Outside a collection both upper halves are 0.
 */
import type { Runtime } from "./runtime.js";

/** Words of the GC head (byte offsets from the object's address). */
export const enum GcWord {
  NEXT = -16,
  /** Upper half of gc_next: 1 while the object sits on a collection's unreachable list. */
  UNREACHABLE = -12,
  PREV = -8,
  /** Upper half of gc_prev: gc_refs during a collection. */
  REFS = -4,
}

/** Flag bits in the low bits of gc_prev. */
export const enum GcPrevFlag {
  FINALIZED = 1,
  COLLECTING = 2,
  MASK = 3,
}

/** gc.DEBUG_* flags. */
export const enum GcDebug {
  STATS = 1,
  COLLECTABLE = 2,
  UNCOLLECTABLE = 4,
  SAVEALL = 32,
  LEAK = 38,
}

export const NUM_GENERATIONS = 3;
/** Index of the permanent generation (gc.freeze) in `GcState.heads`. */
export const PERMANENT = 3;

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export class GcState {
  /** List heads (static sentinels' addresses): generations 0, 1, 2 and the permanent one. */
  readonly heads: readonly number[];
  /** Sentinels of a collection's temporary lists (unreachable, finalizers, ...). */
  readonly scratch: readonly number[];
  /** generations[0].count: GC allocations minus GC deallocations since the last collection. */
  count0 = 0;
  threshold0 = 700;
  /** generations[1].count / [2].count: collections of the next younger generation since. */
  count1 = 0;
  count2 = 0;
  threshold1 = 10;
  threshold2 = 10;
  /** Automatic collection (gc.enable / gc.disable). */
  enabled = true;
  /** A collection is running (no re-entrant collections). */
  collecting = false;
  /** An allocation crossed the threshold: collect at the VM's next check point. */
  pending = false;
  /** Debug switch: request a collection after every GC allocation (as if threshold0 were 0). */
  stressEveryAllocation = false;
  debug = 0;
  /** Size of generation 2 after the last full collection. */
  longLivedTotal = 0;
  /** Objects moved into generation 2 by generation-1 collections since then. */
  longLivedPending = 0;
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  /** gc.garbage and gc.callbacks: list objects (strong references), made with the gc module; 0 before. */
  garbage = 0;
  callbacks = 0;
  /** Installed by the VM: make the eval loop stop at its next check point (the eval breaker). */
  onRequest: () => void = () => {};

  constructor(rt: Runtime) {
    const sentinel = () => {
      const h = rt.heap.staticAlloc(32) + 16;
      rt.i32[(h + GcWord.NEXT) >> 2] = h;
      rt.i32[(h + GcWord.PREV) >> 2] = h;
      return h;
    };
    this.heads = [sentinel(), sentinel(), sentinel(), sentinel()];
    this.scratch = [sentinel(), sentinel(), sentinel(), sentinel()];
  }

  /**
   * The trigger of _PyObject_GC_Link, run by each GC allocation after counting it: past the
   * threshold (and enabled, threshold nonzero, no collection running), ask for a collection.
   * glasspy runs it at the next check point of the eval loop rather than inside the
   * allocation, so that no native code is interrupted half-way through building an object.
   */
  allocationTrigger(): void {
    if (this.collecting || !this.enabled) return;
    if (this.stressEveryAllocation || (this.threshold0 !== 0 && this.count0 > this.threshold0)) {
      this.pending = true;
      this.onRequest();
    }
  }
}

/** Number of objects in the list headed by `head`. */
export function gcListSize(rt: Runtime, head: number): number {
  const i32 = rt.i32;
  let n = 0;
  for (let o = i32[(head + GcWord.NEXT) >> 2]; o !== head; o = i32[(o + GcWord.NEXT) >> 2]) n++;
  return n;
}

/** The objects of the list headed by `head`, in order (a snapshot). */
export function gcListObjects(rt: Runtime, head: number, out: number[] = []): number[] {
  const i32 = rt.i32;
  for (let o = i32[(head + GcWord.NEXT) >> 2]; o !== head; o = i32[(o + GcWord.NEXT) >> 2]) out.push(o);
  return out;
}

/** Unlink `o` from whatever list holds it (its flag bits stay); it stays marked as tracked. */
export function gcListRemove(rt: Runtime, o: number): void {
  const i32 = rt.i32;
  const next = i32[(o + GcWord.NEXT) >> 2];
  const prev = i32[(o + GcWord.PREV) >> 2] & ~GcPrevFlag.MASK;
  i32[(prev + GcWord.NEXT) >> 2] = next;
  i32[(next + GcWord.PREV) >> 2] = prev | (i32[(next + GcWord.PREV) >> 2] & GcPrevFlag.MASK);
}

/** Link `o` (unlinked) at the end of the list headed by `head`, keeping its flag bits. */
export function gcListAppend(rt: Runtime, o: number, head: number): void {
  const i32 = rt.i32;
  const last = i32[(head + GcWord.PREV) >> 2] & ~GcPrevFlag.MASK;
  i32[(o + GcWord.NEXT) >> 2] = head;
  i32[(o + GcWord.PREV) >> 2] = last | (i32[(o + GcWord.PREV) >> 2] & GcPrevFlag.MASK);
  i32[(last + GcWord.NEXT) >> 2] = o;
  i32[(head + GcWord.PREV) >> 2] = o | (i32[(head + GcWord.PREV) >> 2] & GcPrevFlag.MASK);
}

/** Move `o` from its list to the end of `head`'s. */
export function gcListMove(rt: Runtime, o: number, head: number): void {
  gcListRemove(rt, o);
  gcListAppend(rt, o, head);
}

/** Splice every object of `from` onto the end of `to`; `from` becomes empty. */
export function gcListMerge(rt: Runtime, from: number, to: number): void {
  const i32 = rt.i32;
  const first = i32[(from + GcWord.NEXT) >> 2];
  if (first === from) return;
  const last = i32[(from + GcWord.PREV) >> 2] & ~GcPrevFlag.MASK;
  const toLast = i32[(to + GcWord.PREV) >> 2] & ~GcPrevFlag.MASK;
  i32[(toLast + GcWord.NEXT) >> 2] = first;
  i32[(first + GcWord.PREV) >> 2] = toLast | (i32[(first + GcWord.PREV) >> 2] & GcPrevFlag.MASK);
  i32[(last + GcWord.NEXT) >> 2] = to;
  i32[(to + GcWord.PREV) >> 2] = last;
  i32[(from + GcWord.NEXT) >> 2] = from;
  i32[(from + GcWord.PREV) >> 2] = from;
}

/** Make `head` an empty list (a sentinel for a collection's temporary lists). */
export function gcListInit(rt: Runtime, head: number): void {
  rt.i32[(head + GcWord.NEXT) >> 2] = head;
  rt.i32[(head + GcWord.PREV) >> 2] = head;
}
