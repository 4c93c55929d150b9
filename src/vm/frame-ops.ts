/**
 * Releasing a frame's references when it finishes (return or unwinding).
 *
 * CPython's order (memory reference §3.1): the local variables in slot order (parameters,
 * then other locals, then cells and frees), then what is left on the value stack, then the
 * function; that order is what `__del__` methods observe.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";
import { F } from "./frame.js";

/** The header words a frame owns, in release order (allocated once: this runs on every return). */
const OWNED_HEADER_WORDS: readonly number[] = [F.FRAMEOBJ, F.FUNC, F.LOCALS, F.GLOBALS, F.BUILTINS, F.CODE];

/** Release everything the frame at `frame` owns; `stackWords` items are on its value stack. */
export function clearFrame(rt: Runtime, frame: number, stackWords = 0): void {
  const code = rt.load(frame + F.CODE);
  const n = rt.i32[(code + Code.NLOCALSPLUS) >> 2];
  const locals = frame + F.HEADER;
  for (let i = 0; i < n; i++) {
    const p = locals + i * 8;
    const v = rt.i32[p >> 2];
    if (v !== 0) {
      rt.i32[p >> 2] = 0;
      rt.decref(v);
    }
  }
  const stack = locals + n * 8;
  for (let i = stackWords - 1; i >= 0; i--) {
    const p = stack + i * 8;
    const v = rt.i32[p >> 2];
    if (v !== 0) {
      rt.i32[p >> 2] = 0;
      rt.decref(v);
    }
  }
  for (let w = 0; w < OWNED_HEADER_WORDS.length; w++) {
    const off = OWNED_HEADER_WORDS[w];
    const v = rt.i32[(frame + off) >> 2];
    if (v !== 0) {
      rt.i32[(frame + off) >> 2] = 0;
      rt.decref(v);
    }
  }
}
