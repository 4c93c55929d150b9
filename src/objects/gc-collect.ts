/**
 * The cycle collector (CPython 3.11's Modules/gcmodule.c, gc_collect_main and its helpers).
 *
 * Reference counting frees everything but reference cycles. A collection of generation g
 * looks at the objects of generations 0..g ("young") and finds those that nothing outside
 * young refers to, directly or through other young objects:
 *
 *   1. update_refs: each young object's gc_refs = its reference count (and the COLLECTING mark);
 *   2. subtract_refs: every reference from one young object to another (found through the
 *      types' traverse slots) is subtracted; what keeps gc_refs > 0 is referenced from outside;
 *   3. move_unreachable: walk young; an object with gc_refs > 0 is reachable, and so is
 *      everything it reaches (its referents are given gc_refs 1, and pulled back from the
 *      tentatively-unreachable list if they were already moved there); objects met with
 *      gc_refs 0 go to the unreachable list;
 *   4. the reachable survivors: atomic tuples (and, in full collections, atomic dicts) are
 *      untracked, the rest move to the next generation;
 *   5. weak references to garbage are cleared; callbacks run only for weak references that are
 *      not garbage themselves;
 *   6. finalizers (PEP 442: `__del__`) run once per object (the FINALIZED bit in gc_prev);
 *   7. reachability is computed again among the unreachable alone: what a finalizer
 *      resurrected goes to the next generation;
 *   8. the rest is cleared through the types' clear slots, which breaks the cycles; reference
 *      counting then frees the objects. (DEBUG_SAVEALL appends them to gc.garbage instead.)
 *
 * The result is CPython's: the number of objects found unreachable (step 8's, plus weak
 * references freed by step 5), not counting resurrected ones. glasspy has no legacy
 * (`tp_del`) finalizers, so nothing is ever uncollectable unless DEBUG_SAVEALL keeps it.
 */
import type { Runtime } from "./runtime.js";
import { ManagedDict, Ob, Tp, TpFlag } from "./layout.js";
import { Entry, Keys, UEntry, keysEntries } from "./dict-keys.js";
import { PY_RAISED } from "./errors.js";
import {
  GcDebug,
  GcPrevFlag,
  GcWord,
  NUM_GENERATIONS,
  PERMANENT,
  gcListInit,
  gcListMerge,
  gcListMove,
  gcListSize,
  type GcState,
} from "./gc-state.js";
import { Tuple } from "./tuple.js";
import { RuntimeLocal } from "./runtime-local.js";
import { instanceShape, subtypeTraverse } from "./instance.js";
import { isGcObject, mayBeTracked } from "./gc-tracking.js";
import { Dict, dictEntryCount, dictEntryKey, dictEntryValue, dictSetItem, newDict } from "./dict.js";
import { listAppend, listItems, listSize } from "./list.js";
import { newInt } from "./int.js";
import { addressText } from "./object.js";
import { call1, call2 } from "./abstract.js";
import { clearFreeLists } from "./freelists.js";
import { clearWeakref, weakrefCallback, weakrefListHead, writeUnraisableIn } from "./weakref.js";

// ── small predicates ────────────────────────────────────────────────────────────────────

export { isGcObject, mayBeTracked } from "./gc-tracking.js";

/** _PyTuple_MaybeUntrack: untrack a tuple none of whose items could be part of a cycle. */
export function tupleMaybeUntrack(rt: Runtime, t: number): void {
  const i32 = rt.i32;
  if (i32[(t + GcWord.NEXT) >> 2] === 0) return;
  const tupleType = rt.T.tuple;
  for (let i = 0, n = i32[(t + Ob.SIZE) >> 2]; i < n; i++) {
    const item = i32[(t + Tuple.ITEMS + 8 * i) >> 2];
    // A NULL item: the tuple is still being built.
    if (item === 0) return;
    // mayBeTracked, on the view: a GC object (a type object only when a heap type), other
    // than an untracked exact tuple.
    const type = i32[(item + Ob.TYPE) >> 2];
    const flags = i32[(type + Tp.FLAGS) >> 2];
    if ((flags & TpFlag.HAVE_GC) === 0) continue;
    if (flags & TpFlag.TYPE_SUBCLASS) {
      if (i32[(item + Tp.FLAGS) >> 2] & TpFlag.HEAPTYPE) return;
    } else if (type !== tupleType || i32[(item + GcWord.NEXT) >> 2] !== 0) {
      return;
    }
  }
  rt.gcUntrack(t);
}

/** _PyDict_MaybeUntrack: untrack a dict none of whose keys and values could be part of a cycle. */
export function dictMaybeUntrack(rt: Runtime, d: number): void {
  if (rt.i32[(d + GcWord.NEXT) >> 2] === 0) return;
  for (let i = 0, n = dictEntryCount(rt, d); i < n; i++) {
    const key = dictEntryKey(rt, d, i);
    if (key === 0) continue;
    const value = dictEntryValue(rt, d, i);
    if (value !== 0 && mayBeTracked(rt, value)) return;
    if (mayBeTracked(rt, key)) return;
  }
  rt.gcUntrack(d);
}

function first(rt: Runtime, head: number): number {
  return rt.i32[(head + GcWord.NEXT) >> 2];
}

function next(rt: Runtime, o: number): number {
  return rt.i32[(o + GcWord.NEXT) >> 2];
}

/**
 * gcListMove for the reachability pass, on the view it already holds: unlink `o` and link it
 * at the end of `head`'s list, flag bits kept (the pass moves every object of a young
 * generation built children first twice: to the unreachable list, then back).
 */
function moveToEnd(i32: Int32Array, o: number, head: number): void {
  const after = i32[(o + GcWord.NEXT) >> 2];
  const prevWord = i32[(o + GcWord.PREV) >> 2];
  const before = prevWord & ~GcPrevFlag.MASK;
  i32[(before + GcWord.NEXT) >> 2] = after;
  i32[(after + GcWord.PREV) >> 2] = before | (i32[(after + GcWord.PREV) >> 2] & GcPrevFlag.MASK);
  const headPrev = i32[(head + GcWord.PREV) >> 2];
  const last = headPrev & ~GcPrevFlag.MASK;
  i32[(o + GcWord.NEXT) >> 2] = head;
  i32[(o + GcWord.PREV) >> 2] = last | (prevWord & GcPrevFlag.MASK);
  i32[(last + GcWord.NEXT) >> 2] = o;
  i32[(head + GcWord.PREV) >> 2] = o | (headPrev & GcPrevFlag.MASK);
}

// ── reachability (update_refs, subtract_refs, move_unreachable) ─────────────────────────

const enum VisitMode {
  /** subtract_refs: a reference from inside the collected set. */
  SUBTRACT,
  /** move_unreachable: a referent of a reachable object is reachable. */
  REACHABLE,
}

/**
 * The reachability pass of one runtime's collections, made once. Every traverse slot it runs
 * gets the same visitor, whose mode says which of the two passes is running: a traverse
 * function then always calls one function, which V8 can inline into it. Tuples, lists and
 * instances of classes, the bulk of most collections, have their traverse functions called
 * directly rather than through the slot table.
 */
class Reachability {
  young = 0;
  mode = VisitMode.SUBTRACT;
  readonly visit: (child: number) => void;

  constructor(private readonly rt: Runtime) {
    // The visitor reads rt.i32 on each call: the heap's views change when it moves (the
    // start-up snapshot, src/cli/snapshot-heap.ts), and this closure lives as long as rt.
    this.visit = (c) => this.visitChild(rt.i32, c);
  }

  /** The visitor's work for one referent `c` (called directly by the loops of `traverse`). */
  private visitChild(i32: Int32Array, c: number): void {
    if ((i32[(i32[(c + Ob.TYPE) >> 2] + Tp.FLAGS) >> 2] & TpFlag.HAVE_GC) === 0) return;
    if ((i32[(c + GcWord.PREV) >> 2] & GcPrevFlag.COLLECTING) === 0) return;
    if (this.mode === VisitMode.SUBTRACT) {
      i32[(c + GcWord.REFS) >> 2]--;
    } else if (i32[(c + GcWord.UNREACHABLE) >> 2] !== 0) {
      // Moved to the unreachable list earlier: back to young's end, to be scanned again.
      i32[(c + GcWord.UNREACHABLE) >> 2] = 0;
      moveToEnd(i32, c, this.young);
      i32[(c + GcWord.REFS) >> 2] = 1;
    } else if (i32[(c + GcWord.REFS) >> 2] === 0) {
      // Not scanned yet: reachable after all (it will be scanned when the walk gets there).
      i32[(c + GcWord.REFS) >> 2] = 1;
    }
  }

  /**
   * Run o's traverse slot with the visitor. Tuples, lists and instances of classes with only
   * `__slots__` words are walked here, in their traverse functions' order, without a call per
   * referent.
   */
  private traverse(o: number): void {
    const rt = this.rt;
    const i32 = rt.i32;
    const type = i32[(o + Ob.TYPE) >> 2];
    if (type === rt.T.tuple) {
      for (let i = i32[(o + Ob.SIZE) >> 2] - 1; i >= 0; i--) {
        const v = i32[(o + Tuple.ITEMS + 8 * i) >> 2];
        if (v !== 0) this.visitChild(i32, v);
      }
    } else if (type === rt.T.list) {
      const items = listItems(rt, o) >> 2;
      for (let i = listSize(rt, o) - 1; i >= 0; i--) {
        const v = i32[items + 2 * i];
        if (v !== 0) this.visitChild(i32, v);
      }
    } else if (type === rt.T.dict) {
      // dictTraverse's order: a split dict's values; a combined one's values (and keys, when
      // not all strs), entry by entry.
      const keys = i32[(o + Dict.KEYS) >> 2];
      const n = i32[(keys + Keys.NENTRIES) >> 2];
      const values = i32[(o + Dict.VALUES) >> 2];
      if (values !== 0) {
        for (let i = 0; i < n; i++) {
          const v = i32[(values + 8 * i) >> 2];
          if (v !== 0) this.visitChild(i32, v);
        }
      } else if (rt.u8[keys + Keys.KIND] === Keys.KIND_GENERAL) {
        for (let e = keysEntries(rt, keys) >> 2, end = e + n * (Entry.SIZE >> 2); e < end; e += Entry.SIZE >> 2) {
          const v = i32[e + (Entry.VALUE >> 2)];
          if (v === 0) continue;
          this.visitChild(i32, v);
          this.visitChild(i32, i32[e + (Entry.KEY >> 2)]);
        }
      } else {
        for (let e = keysEntries(rt, keys) >> 2, end = e + n * (UEntry.SIZE >> 2); e < end; e += UEntry.SIZE >> 2) {
          const v = i32[e + (UEntry.VALUE >> 2)];
          if (v !== 0) this.visitChild(i32, v);
        }
      }
    } else if (i32[(type + Tp.FLAGS) >> 2] & TpFlag.HEAPTYPE) {
      const shape = instanceShape(rt, type);
      if (!shape.slotsOnly && !(shape.managedDict && shape.baseSlots.traverse === undefined)) {
        subtypeTraverse(rt, o, this.visit);
        return;
      }
      // subtypeTraverse's order: the slot words, the inline values and the managed dict (an
      // instance of a class with a `__dict__`), then the class.
      const offsets = shape.slotOffsets;
      for (let i = 0; i < offsets.length; i++) {
        const v = i32[(o + offsets[i]) >> 2];
        if (v !== 0) this.visitChild(i32, v);
      }
      if (shape.managedDict) {
        const values = i32[(o + ManagedDict.VALUES) >> 2];
        if (values !== 0) {
          // (The class is a heap type: its cached keys give the number of entries.)
          const n = i32[(i32[(type + Tp.HT_CACHED_KEYS) >> 2] + Keys.NENTRIES) >> 2];
          for (let i = 0; i < n; i++) {
            const v = i32[(values + 8 * i) >> 2];
            if (v !== 0) this.visitChild(i32, v);
          }
        }
        const dict = i32[(o + ManagedDict.DICT) >> 2];
        if (dict !== 0) this.visitChild(i32, dict);
      }
      this.visitChild(i32, type);
    } else {
      rt.typeSlots(type).traverse?.(rt, o, this.visit);
    }
  }

  /** Weak references whose callbacks a collection runs (new references); emptied after each use. */
  readonly weakrefsToCall: number[] = [];

  /**
   * deduce_unreachable: split `young` into the reachable (left in `young`, COLLECTING cleared)
   * and the unreachable (moved to `unreachable`, COLLECTING kept: later stages use it to tell
   * garbage from the rest; their UNREACHABLE mark and gc_refs are left for the caller to clear,
   * `clearUnreachableMarks` or the first walk of the garbage).
   *
   * With `untrackTuples` (a collection's pass, not the one after finalizers) it also does
   * untrack_tuples: each reachable exact tuple is offered to tupleMaybeUntrack as the walk
   * leaves it. The walk meets the reachable objects in the order young ends up in (what a
   * referent pulls back goes to young's end, where the walk meets it later), which is the
   * order of CPython's separate walk, and nothing the check reads changes in between (a
   * reachable tuple's items are reachable). Returns how many objects stay in young.
   */
  deduce(young: number, unreachable: number, untrackTuples: boolean): number {
    const rt = this.rt;
    // No pass allocates or runs Python code: the heap's views stay the same throughout.
    const i32 = rt.i32;
    for (let o = i32[(young + GcWord.NEXT) >> 2]; o !== young; o = i32[(o + GcWord.NEXT) >> 2]) {
      i32[(o + GcWord.REFS) >> 2] = i32[o >> 2];
      i32[(o + GcWord.PREV) >> 2] |= GcPrevFlag.COLLECTING;
    }
    this.mode = VisitMode.SUBTRACT;
    for (let o = i32[(young + GcWord.NEXT) >> 2]; o !== young; o = i32[(o + GcWord.NEXT) >> 2]) this.traverse(o);
    this.young = young;
    this.mode = VisitMode.REACHABLE;
    const tupleType = untrackTuples ? rt.T.tuple : 0;
    let survivors = 0;
    let o = i32[(young + GcWord.NEXT) >> 2];
    while (o !== young) {
      const after = i32[(o + GcWord.NEXT) >> 2];
      if (i32[(o + GcWord.REFS) >> 2] > 0) {
        this.traverse(o);
        i32[(o + GcWord.PREV) >> 2] &= ~GcPrevFlag.COLLECTING;
        i32[(o + GcWord.REFS) >> 2] = 0;
        // (Read again: the traversal may have moved objects to young's end, after o.)
        const following = i32[(o + GcWord.NEXT) >> 2];
        if (i32[(o + Ob.TYPE) >> 2] === tupleType) tupleMaybeUntrack(rt, o);
        if (i32[(o + GcWord.NEXT) >> 2] !== 0) survivors++;
        o = following;
      } else {
        moveToEnd(i32, o, unreachable);
        i32[(o + GcWord.UNREACHABLE) >> 2] = 1;
        o = after;
      }
    }
    return survivors;
  }
}

/**
 * The end of move_unreachable: clear the UNREACHABLE mark and gc_refs of the objects `deduce`
 * left on `unreachable`. Returns how many there are.
 */
function clearUnreachableMarks(i32: Int32Array, unreachable: number): number {
  let count = 0;
  for (let u = i32[(unreachable + GcWord.NEXT) >> 2]; u !== unreachable; u = i32[(u + GcWord.NEXT) >> 2]) {
    i32[(u + GcWord.UNREACHABLE) >> 2] = 0;
    i32[(u + GcWord.REFS) >> 2] = 0;
    count++;
  }
  return count;
}

const reachabilities = new RuntimeLocal<Reachability>((rt) => new Reachability(rt));

function reachability(rt: Runtime): Reachability {
  return reachabilities.get(rt);
}

/** Clear the COLLECTING mark of every object in a list. */
function clearCollecting(rt: Runtime, head: number): void {
  for (let o = first(rt, head); o !== head; o = next(rt, o)) rt.i32[(o + GcWord.PREV) >> 2] &= ~GcPrevFlag.COLLECTING;
}

// ── the stages after reachability ───────────────────────────────────────────────────────

/**
 * isWeakref for the collector's scan: a class's instance is a weak reference when its builtin
 * ancestor is one, which spares an MRO walk per instance; containers are not.
 */
function isWeakrefObject(rt: Runtime, o: number): boolean {
  let type = rt.typeOf(o);
  const T = rt.T;
  if (type === T.tuple || type === T.list || type === T.dict) return false;
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    type = instanceShape(rt, type).builtinBase;
    if (type === T.object) return false;
  }
  return type === T.weakref_ref || type === T.weakref_proxy || type === T.weakref_callableproxy || rt.isSubtype(type, T.weakref_ref);
}

/** What `clearWeakrefsToGarbage` found: how many objects the garbage has, and whether a finalizer must run. */
const enum GarbageScan {
  /** Added to the count when some object still has a finalizer to run. */
  FINALIZERS = 0x40000000,
  COUNT_MASK = 0x3fffffff,
}

/**
 * handle_weakrefs, first half: every weak reference to a garbage object dies now, before any
 * finalizer or clear slot could see the object half-destroyed. Weak references that are
 * garbage themselves die without their callback; the others go to `toCall` (new references),
 * their callbacks to run. The same walk ends move_unreachable (clears the UNREACHABLE marks
 * and gc_refs `deduce` left, counting the objects) and notes whether an object still has a
 * finalizer to run (a finalize slot, FINALIZED unset): it returns the count, plus
 * GarbageScan.FINALIZERS for the latter.
 */
function clearWeakrefsToGarbage(rt: Runtime, unreachable: number, toCall: number[]): number {
  let finalizers = false;
  let count = 0;
  const T = rt.T;
  // No Python code runs in this walk (clearing a weak reference calls nothing): a type's slots
  // stay the same, so what was learnt of the previous object's type holds for the next one's.
  let lastType = 0;
  let lastFinalizes = false;
  let lastIsWeakref = false;
  for (let o = rt.i32[(unreachable + GcWord.NEXT) >> 2]; o !== unreachable; o = rt.i32[(o + GcWord.NEXT) >> 2]) {
    const i32 = rt.i32;
    i32[(o + GcWord.UNREACHABLE) >> 2] = 0;
    i32[(o + GcWord.REFS) >> 2] = 0;
    count++;
    // Tuples, lists and dicts have no finalizer, are not weak references and cannot be referred to weakly.
    const type = i32[(o + Ob.TYPE) >> 2];
    if (type === T.tuple || type === T.list || type === T.dict) continue;
    if (type !== lastType) {
      lastType = type;
      lastFinalizes = rt.typeSlots(type).finalize !== undefined;
      lastIsWeakref = isWeakrefObject(rt, o);
    }
    if (lastFinalizes && !finalizers && (i32[(o + GcWord.PREV) >> 2] & GcPrevFlag.FINALIZED) === 0) finalizers = true;
    if (lastIsWeakref) clearWeakref(rt, o);
    if (i32[(type + Tp.WEAKLISTOFFSET) >> 2] === 0) continue;
    for (let wr = weakrefListHead(rt, o); wr !== 0; wr = weakrefListHead(rt, o)) {
      clearWeakref(rt, wr);
      if (weakrefCallback(rt, wr) === 0) continue;
      // A weak reference in the garbage: its callback must not run (it could see garbage).
      if (rt.i32[(wr + GcWord.PREV) >> 2] & GcPrevFlag.COLLECTING && rt.isTracked(wr)) continue;
      rt.incref(wr);
      toCall.push(wr);
    }
  }
  return finalizers ? count | GarbageScan.FINALIZERS : count;
}

/**
 * handle_weakrefs, second half: the callbacks of the weak references `toCall` (whose
 * references this releases). Returns how many of those weak references the callbacks freed
 * (CPython counts them as collected).
 */
function runWeakrefCallbacks(rt: Runtime, toCall: readonly number[]): number {
  let freed = 0;
  for (let i = 0; i < toCall.length; i++) {
    const wr = toCall[i];
    const cb = weakrefCallback(rt, wr);
    if (cb !== 0) {
      rt.incref(cb);
      try {
        rt.decref(call1(rt, cb, wr));
      } catch (e) {
        if (e !== PY_RAISED) throw e;
        writeUnraisableIn(rt, cb);
      } finally {
        rt.decref(cb);
      }
    }
    if (rt.refcount(wr) === 1) freed++;
    rt.decref(wr);
  }
  return freed;
}

/** finalize_garbage: PEP 442 finalizers, at most once per object, each with the object kept alive. */
function finalizeGarbage(rt: Runtime, unreachable: number, seen: number): void {
  gcListInit(rt, seen);
  for (let o = first(rt, unreachable); o !== unreachable; o = first(rt, unreachable)) {
    gcListMove(rt, o, seen);
    const finalize = rt.slotsOf(o).finalize;
    if (finalize === undefined || rt.gcIsFinalized(o)) continue;
    rt.gcSetFinalized(o);
    rt.incref(o);
    finalize(rt, o);
    rt.decref(o);
  }
  gcListMerge(rt, seen, unreachable);
}

/**
 * handle_resurrected_objects: reachability among the unreachable alone, after the finalizers
 * ran. What something outside now refers to was resurrected and goes to `old`; the rest is
 * left in `still`, whose length this returns.
 */
function handleResurrected(rt: Runtime, unreachable: number, still: number, old: number): number {
  clearCollecting(rt, unreachable);
  gcListInit(rt, still);
  reachability(rt).deduce(unreachable, still, false);
  gcListMerge(rt, unreachable, old);
  return clearUnreachableMarks(rt.i32, still);
}

/** delete_garbage: break the cycles through the clear slots (or keep everything, DEBUG_SAVEALL). */
function deleteGarbage(rt: Runtime, state: GcState, collectable: number, old: number): void {
  for (let o = first(rt, collectable); o !== collectable; o = first(rt, collectable)) {
    if (state.debug & GcDebug.SAVEALL && state.garbage !== 0) {
      listAppend(rt, state.garbage, o);
    } else {
      const clear = rt.slotsOf(o).clear;
      if (clear !== undefined) {
        rt.incref(o);
        try {
          clear(rt, o);
        } catch (e) {
          if (e !== PY_RAISED) throw e;
          rt.writeUnraisable(`Exception ignored in tp_clear of: ${rt.typeNameOf(rt.typeOf(o))}`);
        }
        rt.decref(o);
      }
    }
    if (first(rt, collectable) === o) {
      // Still alive (its clear broke nothing, or SAVEALL keeps it): it may die later.
      rt.i32[(o + GcWord.PREV) >> 2] &= ~GcPrevFlag.COLLECTING;
      gcListMove(rt, o, old);
    }
  }
}

// ── one collection ──────────────────────────────────────────────────────────────────────

function debugLine(rt: Runtime, text: string): void {
  rt.io.writeStderr(`gc: ${text}\n`);
}

/**
 * gc_collect_main: collect generation `gen` (and the younger ones). Returns the number
 * collected; the number uncollectable is always 0 (glasspy has no legacy finalizers).
 */
function collectMain(rt: Runtime, gen: number): number {
  const state = rt.gc;
  // A collection an allocation asked for is done by this one (its counts start afresh).
  state.pending = false;
  const heads = state.heads;
  const started = state.debug & GcDebug.STATS ? performance.now() : 0;
  if (state.debug & GcDebug.STATS) {
    debugLine(rt, `collecting generation ${gen}...`);
    const sizes = [0, 1, 2].map((i) => gcListSize(rt, heads[i])).join(" ");
    debugLine(rt, `objects in each generation: ${sizes}`);
    debugLine(rt, `objects in permanent generation: ${gcListSize(rt, heads[PERMANENT])}`);
  }
  // The next generation counts this collection; this one and the younger start afresh.
  if (gen === 0) state.count1++;
  else if (gen === 1) state.count2++;
  state.count0 = 0;
  if (gen >= 1) state.count1 = 0;
  if (gen >= 2) state.count2 = 0;

  for (let i = 0; i < gen; i++) gcListMerge(rt, heads[i], heads[gen]);
  const young = heads[gen];
  const old = gen < NUM_GENERATIONS - 1 ? heads[gen + 1] : young;
  const scratch = state.scratch;
  const unreachable = scratch[0];
  gcListInit(rt, unreachable);
  const pass = reachability(rt);
  // The survivors: atomic tuples leave the collector's lists (done by the pass, as it walks
  // them), the rest grow older. The walks count what stays tracked (gc_list_size's answer)
  // instead of walking the list again.
  let survivors = pass.deduce(young, unreachable, true);
  const i32 = rt.i32;
  if (young !== old) {
    if (gen === 1) state.longLivedPending += survivors;
    gcListMerge(rt, young, old);
  } else {
    // Dicts only in full collections, so that building a big dict costs no quadratic rescans
    // (after every tuple's check, as CPython: a dict untracked first could untrack its tuple).
    const dictType = rt.T.dict;
    survivors = 0;
    for (let o = first(rt, young); o !== young; ) {
      const after = next(rt, o);
      if (i32[(o + Ob.TYPE) >> 2] === dictType) dictMaybeUntrack(rt, o);
      if (i32[(o + GcWord.NEXT) >> 2] !== 0) survivors++;
      o = after;
    }
    state.longLivedPending = 0;
    state.longLivedTotal = survivors;
  }

  if (state.debug & GcDebug.COLLECTABLE) {
    for (let o = first(rt, unreachable); o !== unreachable; o = next(rt, o)) {
      debugLine(rt, `collectable <${rt.typeNameOf(rt.typeOf(o))} ${addressText(o)}>`);
    }
  }
  const weakrefsToCall = pass.weakrefsToCall;
  weakrefsToCall.length = 0;
  const scan = clearWeakrefsToGarbage(rt, unreachable, weakrefsToCall);
  let garbageCount = scan & GarbageScan.COUNT_MASK;
  const callbacks = weakrefsToCall.length;
  let collected = callbacks > 0 ? runWeakrefCallbacks(rt, weakrefsToCall) : 0;
  weakrefsToCall.length = 0;
  let garbage = unreachable;
  // Without Python code run since the reachability pass (no callback, no finalizer) nothing
  // can have been resurrected: a second pass would find every object unreachable again.
  // Callbacks may have given a class a `__del__`: then every object is looked at again.
  if (scan & GarbageScan.FINALIZERS || callbacks > 0) {
    finalizeGarbage(rt, unreachable, scratch[1]);
    garbageCount = handleResurrected(rt, unreachable, scratch[2], old);
    garbage = scratch[2];
  }
  collected += garbageCount;
  deleteGarbage(rt, state, garbage, old);
  // No legacy (tp_del) finalizers exist in glasspy: nothing is uncollectable.
  const uncollectable = 0;
  if (state.debug & GcDebug.STATS) {
    const elapsed = (performance.now() - started) / 1000;
    debugLine(rt, `done, ${collected + uncollectable} unreachable, ${uncollectable} uncollectable, ${elapsed.toFixed(4)}s elapsed`);
  }
  if (gen === NUM_GENERATIONS - 1) clearFreeLists(rt);
  const stats = state.stats[gen];
  stats.collections++;
  stats.collected += collected;
  stats.uncollectable += uncollectable;
  return collected;
}

/** invoke_gc_callback: call each of gc.callbacks with (phase, info); errors are reported, not raised. */
function invokeCallbacks(rt: Runtime, phase: "start" | "stop", gen: number, collected: number, uncollectable: number): void {
  const callbacks = rt.gc.callbacks;
  if (callbacks === 0 || listSize(rt, callbacks) === 0) return;
  const info = newDict(rt);
  const phaseStr = rt.newStr(phase);
  try {
    const put = (key: string, v: number) => {
      const value = newInt(rt, v);
      dictSetItem(rt, info, rt.identifier(key), value);
      rt.decref(value);
    };
    put("generation", gen);
    put("collected", collected);
    put("uncollectable", uncollectable);
    // The list may change while the callbacks run: re-read it at each step.
    for (let i = 0; i < listSize(rt, callbacks); i++) {
      const cb = rt.load(listItems(rt, callbacks) + 8 * i);
      rt.incref(cb);
      try {
        rt.decref(call2(rt, cb, phaseStr, info));
      } catch (e) {
        if (e !== PY_RAISED) throw e;
        writeUnraisableIn(rt, cb);
      } finally {
        rt.decref(cb);
      }
    }
  } finally {
    rt.decref(phaseStr);
    rt.decref(info);
  }
}

/** gc_collect_with_callback: one collection between the "start" and "stop" callbacks. Returns its result. */
function collectWithCallback(rt: Runtime, gen: number): number {
  invokeCallbacks(rt, "start", gen, 0, 0);
  const collected = collectMain(rt, gen);
  invokeCallbacks(rt, "stop", gen, collected, 0);
  return collected;
}

/**
 * `gc.collect(gen)`: collect now, whatever the thresholds and gc.isenabled() say. Returns the
 * number of unreachable objects found, or 0 when a collection is already running.
 */
export function collectGeneration(rt: Runtime, gen: number): number {
  const state = rt.gc;
  if (state.collecting) return 0;
  state.collecting = true;
  try {
    return collectWithCallback(rt, gen);
  } finally {
    state.collecting = false;
  }
}

/**
 * gc_collect_generations, for the collection an allocation asked for (GcState.pending): the
 * oldest generation whose count exceeds its threshold — except generation 2 while fewer than
 * a quarter of its objects are new since the last full collection (the long-lived heuristic).
 */
export function runPendingCollection(rt: Runtime): void {
  const state = rt.gc;
  if (!state.pending) return;
  state.pending = false;
  if (state.collecting || !state.enabled || rt.ts.curexc !== 0) return;
  if (!state.stressEveryAllocation && state.threshold0 === 0) return;
  // Generation 0's count is not tested again: CPython collects inside the allocation that
  // passed the threshold, and objects freed since (a super object, the bound method its
  // lookup makes) do not undo that. (A collection in between cleared `pending`: collectMain.)
  let gen = 0;
  if (state.count2 > state.threshold2 && state.longLivedPending >= Math.floor(state.longLivedTotal / 4)) gen = 2;
  else if (state.count1 > state.threshold1) gen = 1;
  collectGeneration(rt, gen);
}

/**
 * _PyGC_CollectNoFail, for interpreter teardown: a full collection without callbacks. Its
 * DEBUG_STATS and DEBUG_COLLECTABLE output is printed, as CPython's is (with glasspy's own
 * object counts, as every collection's); DEBUG_SAVEALL is ignored, gc.garbage being gone.
 * Returns the number collected.
 */
export function collectNoFail(rt: Runtime): number {
  const state = rt.gc;
  if (state.collecting) return 0;
  const debug = state.debug;
  state.collecting = true;
  state.debug = debug & ~GcDebug.SAVEALL;
  try {
    return collectMain(rt, NUM_GENERATIONS - 1);
  } finally {
    state.collecting = false;
    state.debug = debug;
  }
}

/** Used by gc.freeze(): every generation into the permanent one. */
export function freezeAll(rt: Runtime): void {
  const state = rt.gc;
  for (let i = 0; i < NUM_GENERATIONS; i++) {
    gcListMerge(rt, state.heads[i], state.heads[PERMANENT]);
    state.count0 = 0;
  }
}

/** gc.unfreeze(): the permanent generation back into the oldest. */
export function unfreezeAll(rt: Runtime): void {
  gcListMerge(rt, rt.gc.heads[PERMANENT], rt.gc.heads[NUM_GENERATIONS - 1]);
}
