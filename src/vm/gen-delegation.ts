/**
 * What a generator suspended inside `yield from` delegates to (CPython 3.11's _PyGen_yf), and
 * how it stops delegating. The objects layer reaches these through Runtime hooks, because
 * they read the generator's frame (layout in frame.ts).
 *
 * A `yield from` (and `await`) compiles to the loop
 *     SEND  exit;  YIELD_VALUE;  RESUME 2;  JUMP_BACKWARD_NO_INTERRUPT to SEND;  exit: ...
 * with the subiterator on top of the value stack. A generator suspended at that YIELD_VALUE
 * (the instruction after it is RESUME with an argument of 2 or more) is delegating.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";
import { Op } from "../compile/opcodes.js";
import { F } from "./frame.js";
import { genFrame } from "../objects/generator.js";
import { frameObjectOf } from "./unwind.js";

/**
 * The cycle collector's view of a generator's frame: every object its suspended frame holds
 * (function, globals, builtins, locals mapping, local variables and cells, value stack). The
 * code object is not a GC object.
 */
export function traverseGeneratorFrame(rt: Runtime, gen: number, visit: (child: number) => void): void {
  const f = genFrame(gen);
  const code = rt.load(f + F.CODE);
  if (code === 0) return;
  for (const field of [F.FUNC, F.GLOBALS, F.BUILTINS, F.LOCALS] as const) {
    const v = rt.load(f + field);
    if (v !== 0) visit(v);
  }
  const words = rt.i32[(code + Code.NLOCALSPLUS) >> 2] + rt.i32[(f + F.STACKTOP) >> 2];
  for (let i = 0; i < words; i++) {
    const v = rt.load(f + F.HEADER + 8 * i);
    if (v !== 0) visit(v);
  }
}

/** gi_frame of a generator whose frame is not cleared: its frame object (new reference). */
export function generatorFrameObject(rt: Runtime, gen: number): number {
  const f = genFrame(gen);
  const lasti = rt.i32[(f + F.LASTI) >> 2];
  const fo = frameObjectOf(rt, f, lasti < 0 ? 0 : lasti);
  rt.incref(fo);
  return fo;
}

/** The subiterator a suspended generator delegates to (borrowed), or 0 when it is not delegating. */
export function genDelegate(rt: Runtime, gen: number): number {
  const f = genFrame(gen);
  const code = rt.load(f + F.CODE);
  if (code === 0) return 0;
  const lasti = rt.i32[(f + F.LASTI) >> 2];
  if (lasti < 0) return 0;
  const units = (code + Code.CODE) >> 1;
  const next = rt.u16[units + lasti + 1];
  if ((next & 0xff) !== Op.RESUME || next >> 8 < 2) return 0;
  const top = rt.i32[(f + F.STACKTOP) >> 2];
  if (top <= 0) return 0;
  return rt.load(f + F.HEADER + 8 * (rt.i32[(code + Code.NLOCALSPLUS) >> 2] + top - 1));
}

/**
 * The subiterator failed or finished while the generator was delegating to it: pop it from
 * the stack (releasing it) and move the generator to the end of its `yield from` loop, so
 * that the next resumption (a send of the subiterator's result, or a throw) continues after it.
 */
export function genLeaveDelegation(rt: Runtime, gen: number): void {
  const f = genFrame(gen);
  const code = rt.load(f + F.CODE);
  const units = (code + Code.CODE) >> 1;
  const yieldAt = rt.i32[(f + F.LASTI) >> 2];
  // SEND (with any EXTENDED_ARG prefixes) precedes the YIELD_VALUE; its jump is relative to
  // the instruction after it, which is the YIELD_VALUE.
  let at = yieldAt - 1;
  let jump = rt.u16[units + at] >> 8;
  for (let shift = 8; at > 0 && (rt.u16[units + at - 1] & 0xff) === Op.EXTENDED_ARG; shift += 8) {
    at--;
    jump |= (rt.u16[units + at] >> 8) << shift;
  }
  const top = rt.i32[(f + F.STACKTOP) >> 2] - 1;
  const slot = f + F.HEADER + 8 * (rt.i32[(code + Code.NLOCALSPLUS) >> 2] + top);
  const sub = rt.load(slot);
  rt.store(slot, 0);
  rt.i32[(f + F.STACKTOP) >> 2] = top;
  // Resumption continues at LASTI + 1: the SEND's target.
  rt.i32[(f + F.LASTI) >> 2] = yieldAt + jump - 1;
  rt.decref(sub);
}
