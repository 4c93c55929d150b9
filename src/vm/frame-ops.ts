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
  const i32 = rt.i32;
  const code = i32[(frame + F.CODE) >> 2];
  const n = i32[(code + Code.NLOCALSPLUS) >> 2];
  const locals = (frame + F.HEADER) >> 2;
  // Each slot is emptied before its object is released: a __del__ may look at the frame.
  for (let i = 0; i < n; i++) {
    const v = i32[locals + 2 * i];
    if (v !== 0) {
      i32[locals + 2 * i] = 0;
      if (--i32[v >> 2] === 0) rt.dealloc(v);
    }
  }
  const stack = locals + 2 * n;
  for (let i = stackWords - 1; i >= 0; i--) {
    const v = i32[stack + 2 * i];
    if (v !== 0) {
      i32[stack + 2 * i] = 0;
      if (--i32[v >> 2] === 0) rt.dealloc(v);
    }
  }
  for (let w = 0; w < OWNED_HEADER_WORDS.length; w++) {
    const at = (frame + OWNED_HEADER_WORDS[w]) >> 2;
    const v = i32[at];
    if (v !== 0) {
      i32[at] = 0;
      if (--i32[v >> 2] === 0) rt.dealloc(v);
    }
  }
}
