/**
 * Releasing a frame's references when it finishes (return or unwinding).
 *
 * CPython's order (memory reference §3.1): the local variables in slot order (parameters,
 * then other locals, then cells and frees), then what is left on the value stack, then the
 * function; that order is what `__del__` methods observe.
 *
 * Which header words a frame owns: the frame object, the function, the locals mapping and the
 * code always. Globals and builtins only when there is no function (module and class bodies,
 * `exec`): a function's frame borrows them from the function it keeps alive, as in CPython 3.11.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";
import { F } from "./frame.js";

/** Empty the header word at `off` and release what it held (a strong reference or 0). */
function releaseHeaderWord(rt: Runtime, frame: number, off: number): void {
  const i32 = rt.i32;
  const at = (frame + off) >> 2;
  const v = i32[at];
  if (v !== 0) {
    i32[at] = 0;
    if (--i32[v >> 2] === 0) rt.dealloc(v);
  }
}

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
  if (i32[(frame + F.FRAMEOBJ) >> 2] !== 0) releaseHeaderWord(rt, frame, F.FRAMEOBJ);
  const func = i32[(frame + F.FUNC) >> 2];
  if (func !== 0) {
    i32[(frame + F.FUNC) >> 2] = 0;
    if (--i32[func >> 2] === 0) rt.dealloc(func);
  }
  if (i32[(frame + F.LOCALS) >> 2] !== 0) releaseHeaderWord(rt, frame, F.LOCALS);
  if (func === 0) {
    releaseHeaderWord(rt, frame, F.GLOBALS);
    releaseHeaderWord(rt, frame, F.BUILTINS);
  } else {
    i32[(frame + F.GLOBALS) >> 2] = 0;
    i32[(frame + F.BUILTINS) >> 2] = 0;
  }
  i32[(frame + F.CODE) >> 2] = 0;
  if (--i32[code >> 2] === 0) rt.dealloc(code);
}
