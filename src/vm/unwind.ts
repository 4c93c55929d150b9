/**
 * Exception unwinding support: traceback entries and the exception table.
 *
 * When an exception leaves an instruction (not a re-raise), the frame gets a traceback entry
 * in front of the exception's `__traceback__` (so the chain runs from the outermost frame to
 * the one that raised, as "most recent call last" prints it). The handler for an instruction
 * is the exception-table row covering it.
 */
import type { Runtime } from "../objects/runtime.js";
import type { ExceptionTableEntry } from "../compile/code.js";
import { codeInfo } from "../objects/code.js";
import { Exc } from "../objects/exceptions.js";
import { newFrameObject, newTraceback } from "../objects/traceback.js";
import { F } from "./frame.js";
import type { VM } from "./vm.js";
import type { VMThread } from "./thread.js";

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
