/**
 * Parts of the eval loop's work that compiled code (block-emitter.ts) calls rather than writes
 * out in each function: LOAD_METHOD's general path on the frame's stack (given the i32 index
 * of the next free stack word, as the eval loop's general paths are), BUILD_TUPLE's and
 * BUILD_LIST's allocation, RETURN_VALUE's release of a frame, and the sync of the stack to
 * the frame.
 */
import type { Runtime } from "../objects/runtime.js";
import { loadMethodMiss, type MethodOut } from "../vm/inline-cache.js";
import { newTupleUnfilled } from "../objects/tuple.js";
import { newList } from "../objects/list.js";
import { dropRaised } from "./alloc.js";
import type { VMThread } from "../vm/thread.js";
import { F, FrameFlag } from "../vm/frame.js";
import { Code } from "../objects/code.js";
import { clearFrame } from "../vm/frame-ops.js";
import { deallocFast, fastTypes } from "../vm/fast-paths.js";
import { WARM_UP_FRAME } from "./emitter-base.js";
import { Ob } from "../objects/layout.js";
import { listIterNext } from "../objects/list-iterator.js";

const methodOut: MethodOut = { bound: false, self: 0 };

/**
 * `S(f, sb, lasti, n, mask, v0 ... v5)`, every compiled text's sync of its stack to the frame
 * `f` (stack words from the i32 index `sb`): words 0 .. n-1 get v0 ..., each one whose bit is
 * set in `mask` (borrowed) getting its reference first, and LASTI and STACKTOP are written.
 * One function for the runtime, shared by every text: V8 compiles it once, and its type
 * feedback comes from every exit and call of every text.
 */
export type SyncStack = (f: number, sb: number, lasti: number, n: number, mask: number, v0: number, v1: number, v2: number, v3: number, v4: number, v5: number) => void;

const syncStacks = new WeakMap<Runtime, SyncStack>();

export function syncStackOf(rt: Runtime): SyncStack {
  let sync = syncStacks.get(rt);
  if (sync === undefined) {
    sync = (f, sb, lasti, n, mask, v0, v1, v2, v3, v4, v5) => {
      if (f === WARM_UP_FRAME) return;
      const i32 = rt.i32;
      if (n > 0) {
        if ((mask & 1) !== 0) i32[v0 >> 2]++;
        i32[sb] = v0;
      }
      if (n > 1) {
        if ((mask & 2) !== 0) i32[v1 >> 2]++;
        i32[sb + 2] = v1;
      }
      if (n > 2) {
        if ((mask & 4) !== 0) i32[v2 >> 2]++;
        i32[sb + 4] = v2;
      }
      if (n > 3) {
        if ((mask & 8) !== 0) i32[v3 >> 2]++;
        i32[sb + 6] = v3;
      }
      if (n > 4) {
        if ((mask & 16) !== 0) i32[v4 >> 2]++;
        i32[sb + 8] = v4;
      }
      if (n > 5) {
        if ((mask & 32) !== 0) i32[v5 >> 2]++;
        i32[sb + 10] = v5;
      }
      i32[(f + F.LASTI) >> 2] = lasti;
      i32[(f + F.STACKTOP) >> 2] = n;
    };
    syncStacks.set(rt, sync);
  }
  return sync;
}

/**
 * `X(f, sb, lasti, n, mask, v0 ... v11)`, every compiled text's cold exit's sync of its stack
 * (COLD_EXIT_EPILOGUE): S's, for stacks of up to COLD_EXIT_ARGS entries. One function for the
 * runtime, as S is, so that its paths have type feedback from every text's exits.
 */
export type ExitSync = (
  f: number, sb: number, lasti: number, n: number, mask: number,
  v0: number, v1: number, v2: number, v3: number, v4: number, v5: number,
  v6: number, v7: number, v8: number, v9: number, v10: number, v11: number,
) => void;

const exitSyncs = new WeakMap<Runtime, ExitSync>();

/** Stack word j (from the i32 index `sb`) gets `v`, and v its reference when bit j of `mask` is set. */
function putEntry(i32: Int32Array, sb: number, mask: number, j: number, v: number): void {
  if ((mask & (1 << j)) !== 0) i32[v >> 2]++;
  i32[sb + 2 * j] = v;
}

export function exitSyncOf(rt: Runtime): ExitSync {
  let exitSync = exitSyncs.get(rt);
  if (exitSync === undefined) {
    const sync = syncStackOf(rt);
    exitSync = (f, sb, lasti, n, mask, v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11) => {
      // (S writes the first six entries, LASTI and STACKTOP; nothing for the warm-up call.)
      sync(f, sb, lasti, n, mask, v0, v1, v2, v3, v4, v5);
      if (n <= 6) return;
      const i32 = rt.i32;
      putEntry(i32, sb, mask, 6, v6);
      if (n > 7) putEntry(i32, sb, mask, 7, v7);
      if (n > 8) putEntry(i32, sb, mask, 8, v8);
      if (n > 9) putEntry(i32, sb, mask, 9, v9);
      if (n > 10) putEntry(i32, sb, mask, 10, v10);
      if (n > 11) putEntry(i32, sb, mask, 11, v11);
    };
    exitSyncs.set(rt, exitSync);
  }
  return exitSync;
}

/**
 * `R(f, o, resumeAt)`, in every compiled text's cold exit (COLD_EXIT_EPILOGUE's xd and xa),
 * after the stack's sync: nothing when `o` is 0; else `o`, a loop's iterator at the loop's
 * end, is released (a deallocation that runs Python code sees the frame at the loop's
 * FOR_ITER, as in the eval loop), and the frame's LASTI becomes `resumeAt`, the unit before
 * the one after the loop. A list iterator whose end compiled code found still holds its list:
 * the list is let go first, as listiter_next does at the end. One function for the runtime,
 * as S is.
 */
export type ReleaseOnExit = (f: number, o: number, resumeAt: number) => void;

const releases = new WeakMap<Runtime, ReleaseOnExit>();

export function releaseOnExitOf(rt: Runtime): ReleaseOnExit {
  let release = releases.get(rt);
  if (release === undefined) {
    const ty = fastTypes(rt);
    release = (f, o, resumeAt) => {
      if (o === 0) return;
      const i32 = rt.i32;
      // (The text found the list's end, and nothing ran since: listIterNext only lets the list
      // go, and returns 0.)
      if (i32[(o + Ob.TYPE) >> 2] === ty.listIterator) listIterNext(rt, o);
      if (--i32[o >> 2] === 0) deallocFast(rt, ty, o);
      i32[(f + F.LASTI) >> 2] = resumeAt;
    };
    releases.set(rt, release);
  }
  return release;
}

/**
 * LOAD_METHOD's general path, as the eval loop takes it (owner -- method self) or
 * (owner -- NULL bound): the owner at i32[sp - 2]; writes the two words at sp - 2 and sp.
 */
export function loadMethodStep(rt: Runtime, cache: Int32Array, c: number, name: number, sp: number): void {
  const i32 = rt.i32;
  const owner = i32[sp - 2];
  const m = loadMethodMiss(rt, cache, c, owner, name, methodOut);
  if (methodOut.bound) {
    i32[sp - 2] = 0;
    i32[sp] = m;
  } else if (methodOut.self !== 0) {
    // A function found through super(): the instance replaces the super object.
    i32[sp - 2] = m;
    i32[sp] = methodOut.self;
  } else {
    i32[sp - 2] = m;
    i32[sp] = owner;
    return;
  }
  if (--i32[owner >> 2] === 0) rt.dealloc(owner);
}

/**
 * The allocation of BUILD_TUPLE's tuple (items unfilled: the caller writes every item word
 * before anything else runs) or BUILD_LIST's list, or 0 when the heap is full (the
 * MemoryError dropped: compiled code leaves, and the eval loop raises its own).
 */
export function newContainerOrZero(rt: Runtime, tuple: boolean, n: number): number {
  try {
    return tuple ? newTupleUnfilled(rt, n) : newList(rt, n);
  } catch (error) {
    return dropRaised(rt, error);
  }
}

/**
 * RETURN_VALUE's frame work, as the eval loop's: the frame `f`, with an empty stack, is
 * released and popped. While nothing dies, each local's count drops in clearFrame's order and
 * the function and code lose the frame's references; at the first local that would die,
 * clearFrame releases it and the rest (a `__del__` then sees the frame as clearFrame leaves it).
 */
export function leaveFunctionFrame(rt: Runtime, th: VMThread, f: number): void {
  const i32 = rt.i32;
  const previous = i32[(f + F.PREVIOUS) >> 2];
  const flags = i32[(f + F.FLAGS) >> 2];
  const code = i32[(f + F.CODE) >> 2];
  const func = i32[(f + F.FUNC) >> 2];
  const lp = (f + F.HEADER) >> 2;
  const end = lp + 2 * i32[(code + Code.NLOCALSPLUS) >> 2];
  let p = lp;
  for (; p < end; p += 2) {
    const w = i32[p];
    if (w !== 0) {
      if (i32[w >> 2] === 1) break;
      i32[w >> 2]--;
      i32[p] = 0;
    }
  }
  if (p === end && func !== 0 && i32[func >> 2] > 1 && (i32[(f + F.FRAMEOBJ) >> 2] | i32[(f + F.LOCALS) >> 2]) === 0) {
    // The function outlives the frame, so its code does too.
    i32[func >> 2]--;
    i32[code >> 2]--;
  } else {
    clearFrame(rt, f, 0);
  }
  th.stack.pop(f);
  // (An __init__ frame holds its class call's level too: frame.ts's recursionLevels.)
  th.recursionDepth -= 1 + ((flags & FrameFlag.INIT) >> 2);
  th.frame = previous;
}
