/**
 * Exception unwinding: traceback entries, the exception table, and the eval loop's unwinder.
 *
 * When an exception leaves an instruction (not a re-raise), the frame gets a traceback entry
 * in front of the exception's `__traceback__` (so the chain runs from the outermost frame to
 * the one that raised, as "most recent call last" prints it). The handler for an instruction
 * is the exception-table row covering it; a frame without one is released and popped, and
 * the search goes on in its caller, until the entry frame of the eval loop is gone.
 */
import { EXCEPTION_WEIGHT, noteEvalLoopEntry } from "./eval-loop-tiering.js";
import type { Runtime } from "../objects/runtime.js";
import type { ExceptionTableEntry } from "../compile/code.js";
import { Code, codeInfo } from "../objects/code.js";
import { Exc } from "../objects/exceptions.js";
import { newInt } from "../objects/int.js";
import { newFrameObject, newTraceback } from "../objects/traceback.js";
import { PY_RAISED } from "../objects/errors.js";
import { F, FrameFlag, recursionLevels } from "./frame.js";
import { clearFrame } from "./frame-ops.js";
import type { VM } from "./vm.js";
import type { VMThread } from "./thread.js";
import { endClassCall } from "./construct.js";

/** The source line of instruction `lasti` (1-based), or -1. */
export function lineOf(rt: Runtime, code: number, lasti: number): number {
  const positions = codeInfo(rt, code).positions;
  return lasti >= 0 && lasti * 4 < positions.length ? positions[lasti * 4] : -1;
}

/** The frame object for a running frame, made on first use (borrowed; the frame owns it). */
export function frameObjectOf(rt: Runtime, frame: number, lasti: number): number {
  let fo = rt.i32[(frame + F.FRAMEOBJ) >> 2];
  const code = rt.load(frame + F.CODE);
  if (fo === 0) {
    fo = newFrameObject(rt, code, rt.load(frame + F.GLOBALS), rt.load(frame + F.LOCALS), lasti, lineOf(rt, code, lasti));
    rt.i32[(frame + F.FRAMEOBJ) >> 2] = fo;
  } else {
    rt.i32[(fo + 40) >> 2] = lasti;
    rt.i32[(fo + 44) >> 2] = lineOf(rt, code, lasti);
  }
  return fo;
}

/** Prepend a traceback entry for `frame` at `lasti` to the current exception. */
export function addTracebackEntry(vm: VM, th: VMThread, frame: number, lasti: number): void {
  const rt = vm.rt;
  const exc = th.curexc;
  if (exc === 0) return;
  const code = rt.load(frame + F.CODE);
  const fo = frameObjectOf(rt, frame, lasti);
  const old = rt.load(exc + Exc.TRACEBACK);
  const tb = newTraceback(rt, old, fo, lasti, lineOf(rt, code, lasti));
  rt.store(exc + Exc.TRACEBACK, tb);
  if (old !== 0) rt.decref(old);
}

/** The exception-table row covering `lasti` in `code`, or undefined. */
export function findHandler(rt: Runtime, code: number, lasti: number): ExceptionTableEntry | undefined {
  const table = codeInfo(rt, code).exceptionTable;
  for (let i = 0; i < table.length; i++) {
    const e = table[i];
    if (lasti >= e.start && lasti < e.end) return e;
  }
  return undefined;
}

/**
 * The eval loop's unwinder: `error` (PY_RAISED with the thread's current exception set, or
 * an internal error, made a SystemError here) left unit `lasti` of the running frame `f`,
 * whose value stack ends at i32 index `sp`. Finds the handler, in `f` or a caller, releasing
 * and popping each frame without one; then that frame is the thread's current one, its stack
 * cut to the handler's depth with [lasti,] the exception pushed, its LASTI the unit before the
 * handler's target and its STACKTOP set, so the loop reloads its registers from it. Throws
 * PY_RAISED once the loop's entry frame has been popped.
 */
export function unwindException(vm: VM, th: VMThread, f: number, lasti: number, sp: number, error: unknown): void {
  // (Exceptions the eval loop handles are its work: see eval-loop-tiering.ts.)
  noteEvalLoopEntry(EXCEPTION_WEIGHT);
  const rt = vm.rt;
  const i32 = rt.i32;
  if (error !== PY_RAISED) vm.internalErrorToPython(error);
  const reraise = vm.reraising;
  vm.reraising = false;
  if (!reraise) addTracebackEntry(vm, th, f, lasti);
  for (;;) {
    const code = i32[(f + F.CODE) >> 2];
    const stackBase = ((f + F.HEADER) >> 2) + 2 * i32[(code + Code.NLOCALSPLUS) >> 2];
    const handler = findHandler(rt, code, lasti);
    if (handler !== undefined) {
      const depthTop = stackBase + 2 * handler.depth;
      while (sp > depthTop) {
        sp -= 2;
        const v = i32[sp];
        if (v !== 0) rt.decref(v);
      }
      if (handler.lasti) {
        i32[sp] = newInt(rt, lasti * 2);
        sp += 2;
      }
      i32[sp] = rt.fetchException();
      sp += 2;
      i32[(f + F.LASTI) >> 2] = handler.target - 1;
      i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
      th.frame = f;
      return;
    }
    const flags = i32[(f + F.FLAGS) >> 2];
    const previous = i32[(f + F.PREVIOUS) >> 2];
    clearFrame(rt, f, (sp - stackBase) >> 1);
    if ((flags & FrameFlag.GENERATOR) === 0) th.stack.pop(f);
    th.recursionDepth -= recursionLevels(flags);
    th.frame = previous;
    if ((flags & FrameFlag.INIT) !== 0) endClassCall(rt, th);
    if ((flags & FrameFlag.ENTRY) !== 0) throw PY_RAISED;
    f = previous;
    lasti = i32[(f + F.LASTI) >> 2];
    sp = ((f + F.HEADER) >> 2) + 2 * (i32[(i32[(f + F.CODE) >> 2] + Code.NLOCALSPLUS) >> 2] + i32[(f + F.STACKTOP) >> 2]);
    addTracebackEntry(vm, th, f, lasti);
  }
}
