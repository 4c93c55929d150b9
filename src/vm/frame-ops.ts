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
import { F, FrameFlag, frameSize } from "./frame.js";
import type { VMThread } from "./thread.js";
import { Func } from "../objects/function.js";
import { allocGenerator, genFrame } from "../objects/generator.js";

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

/**
 * RETURN_GENERATOR's work: move the frame `f` (stopped before code unit `pc`, with
 * `stackWords` on its stack) into a new generator, pop it, and return the generator (new
 * reference).
 */
export function returnGenerator(rt: Runtime, th: VMThread, f: number, pc: number, stackWords: number): number {
  const i32 = rt.i32;
  const code = i32[(f + F.CODE) >> 2];
  const func = i32[(f + F.FUNC) >> 2];
  const bytes = frameSize(rt, code);
  const gen = allocGenerator(rt, bytes, code, i32[(func + Func.NAME) >> 2], i32[(func + Func.QUALNAME) >> 2]);
  const gf = genFrame(gen);
  i32.copyWithin(gf >> 2, f >> 2, (f + bytes) >> 2);
  i32[(gf + F.LASTI) >> 2] = pc - 1;
  i32[(gf + F.STACKTOP) >> 2] = stackWords;
  i32[(gf + F.FLAGS) >> 2] = FrameFlag.GENERATOR;
  i32[(gf + F.PREVIOUS) >> 2] = 0;
  const previous = i32[(f + F.PREVIOUS) >> 2];
  th.stack.pop(f);
  th.recursionDepth--;
  th.frame = previous;
  return gen;
}
