/**
 * The eval loop.
 *
 * `evalFrame` runs the frame on top of the thread until that frame returns, then gives back
 * the return value (a new reference). Python-to-Python calls do not recurse here: CALL pushes
 * the callee's frame and the loop carries on in it; RETURN_VALUE pops back to the caller. Only
 * native code that calls Python (a key function, `__repr__`, a function called from JS) enters
 * `evalFrame` again, with the new frame marked as an entry frame. The loop itself is
 * `runSlice`, alone in run-slice.ts; this comment is its design.
 *
 * Registers, reloaded from the frame's header whenever the running frame changes:
 *   f        the frame's address                code     its code object
 *   pc       u16 index of the next code unit (absolute: code unit k of `code` is at
 *            ((code + Code.CODE) >> 1) + k; LASTI keeps the relative index). Units are read
 *            through the i32 view (`i32[pc >> 1] >> ((pc & 1) << 4)`), the view every other
 *            access uses, so V8 checks one typed array per instruction, not two.
 *   lp       i32 index of localsplus[0]         sp       i32 index of the next free stack word
 *   consts   i32 index of item 0 of co_consts
 * A stack word is 8 bytes: item k is at i32[base + 2k]; only the low half is used. The value
 * stack starts after the localsplus slots, at lp + 2 * co_nlocalsplus.
 *
 * Invariant, the key to error handling without try/finally: an instruction leaves its operands
 * on the stack until its work has succeeded. If anything raises, the stack still holds every
 * reference the frame owns, and the unwinder (unwind.ts) releases them.
 *
 * Shape of the loop. V8 compiles `runSlice` as one function, and that function must stay
 * optimised: a site of it that runs for the first time after V8 optimised it (a call never
 * made, arithmetic never done) throws the machine code away, and the whole loop is compiled
 * again. So the switch holds only the fast paths of the instructions of inner loops, and each
 * ends one of four ways:
 *   continue   done;
 *   break      with `dead` set: it released references and `dead` reached zero; the tail
 *              after the switch deallocates it, then releases `rest1` and `rest2` (references
 *              the instruction still had to drop, in CPython's order);
 *   break      with `dead` zero: the fast path did not apply; `execSlow` (eval-slow.ts) runs
 *              the whole instruction, as it runs every rare instruction (the switch's default);
 *   break run  a check point (a backward jump, a call) found the slice's budget spent or the
 *              eval breaker set: the frame's state is saved and the slice ends.
 * Those few shared sites are reached early by any program. Every register is an int32 from its
 * first assignment, and constants are `const enum` members (a module-level `const` is a load
 * and a type check at every use).
 *
 * What makes the common instructions cheap: superinstructions in the loop's copy of the code
 * units (compile/superinstructions.ts: one dispatch for LOAD_FAST/LOAD_CONST/STORE_FAST pairs,
 * and a comparison that jumps without making a bool); inline caches beside each code object
 * (inline-cache.ts) for LOAD_GLOBAL, instance attributes and methods; calls that push the
 * callee's frame on the data stack and returns that release a frame inline while nothing it
 * holds dies; and exact-int, float, list and range fast paths (fast-paths.ts).
 */
import { F, FrameFlag } from "./frame.js";
import type { VMThread } from "./thread.js";
import type { VM } from "./vm.js";
import { runSlice } from "./run-slice.js";
import { Slice } from "./loop-constants.js";
import { noteEvalLoopEntry, noteSliceExpired } from "./eval-loop-tiering.js";

/**
 * Run `entry` (already pushed, the thread's current frame) to completion. Returns the return
 * value, a new reference; a Python exception propagates as PY_RAISED with the thread's
 * current exception set and the frame popped.
 */
export function evalFrame(vm: VM, th: VMThread, entry: number, throwing = false): number {
  vm.rt.i32[(entry + F.FLAGS) >> 2] |= FrameFlag.ENTRY;
  noteEvalLoopEntry(1);
  let r = runSlice(vm, th, throwing);
  while (r === Slice.EXPIRED) {
    noteSliceExpired(vm.sliceSpent);
    if (vm.breaker !== 0) vm.handleBreaker(th);
    r = runSlice(vm, th, false);
  }
  return r;
}

/** evalSlice's result when the slice ended before the entry frame returned. */
export const SLICE_EXPIRED: number = Slice.EXPIRED;

/**
 * One slice, for a host that runs the outermost frame itself and does its own work between
 * slices (src/vm/driver.ts): evalFrame's loop turned inside out. `entry` is the frame pushed
 * for the host, the thread's current frame when `first`. With `throwing`, the thread's
 * current exception is raised first, where the running frame stopped. Returns the entry
 * frame's value (a new reference) or SLICE_EXPIRED; exceptions propagate as from evalFrame.
 */
export function evalSlice(vm: VM, th: VMThread, entry: number, first: boolean, throwing: boolean): number {
  if (first) vm.rt.i32[(entry + F.FLAGS) >> 2] |= FrameFlag.ENTRY;
  else if (vm.breaker !== 0) vm.handleBreaker(th);
  noteEvalLoopEntry(1);
  const r = runSlice(vm, th, throwing);
  if (r === Slice.EXPIRED) noteSliceExpired(vm.sliceSpent);
  return r;
}
