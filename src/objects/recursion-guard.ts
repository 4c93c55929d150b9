/**
 * The recursion guard of native code that can run Python code (CPython's
 * _Py_EnterRecursiveCall / _Py_LeaveRecursiveCall): repr() and str() of an object, a rich
 * comparison, an issubclass() through `__bases__`. In CPython 3.11 one counter counts both
 * these native levels and Python frames, so a recursion that passes through them hits the
 * limit at the same depth, and with the message of whichever level hit it.
 */
import type { Runtime } from "./runtime.js";

/**
 * Count one more level, or raise RecursionError "maximum recursion depth exceeded" + `where`
 * when the limit is reached. The caller must call `leaveRecursiveCall` when the level ends
 * (in a finally).
 */
export function enterRecursiveCall(rt: Runtime, where: string): void {
  const ts = rt.ts;
  if (ts.recursionDepth >= rt.recursionLimit) throw rt.raise(rt.E.RecursionError, `maximum recursion depth exceeded${where}`);
  ts.recursionDepth++;
}

/** The level `enterRecursiveCall` counted has ended. */
export function leaveRecursiveCall(rt: Runtime): void {
  rt.ts.recursionDepth--;
}
