/**
 * `frame` and `traceback` objects: what an exception's `__traceback__` chain is made of.
 *
 * A running frame lives in the thread's data stack (src/vm/frame.ts), not as an object. When
 * an exception passes through a frame, the VM makes a frame object recording the code,
 * globals and the instruction being executed, and links a traceback entry to it:
 *
 *   traceback (40 bytes + GC): refcnt | type | tb_next | tb_frame | tb_lasti:i32 tb_lineno:i32
 *   frame (glasspy's, 64 + GC): refcnt | type | f_back | f_code | f_globals | f_lasti:i32
 *                               f_lineno:i32 | f_locals | f_name
 *
 * glasspy's frame objects are snapshots: they do not keep the frame's local variables alive
 * (CPython's do); docs/language.md lists this difference.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { addressText } from "./object.js";
import { newInt } from "./int.js";
import { Code } from "./code.js";

export const enum Frame {
  BACK = 16,
  CODE = 24,
  GLOBALS = 32,
  LASTI = 40,
  LINENO = 44,
  LOCALS = 48,
  SIZE = 56,
}

export const enum Traceback {
  NEXT = 16,
  FRAME = 24,
  LASTI = 32,
  LINENO = 36,
  SIZE = 40,
}

const FRAME_OWNED = [Frame.BACK, Frame.CODE, Frame.GLOBALS, Frame.LOCALS] as const;

/** A frame snapshot (code, globals borrowed and increfed; locals may be 0). New reference. */
export function newFrameObject(rt: Runtime, code: number, globals: number, locals: number, lasti: number, lineno: number): number {
  const f = rt.allocObject(rt.T.frame, Frame.SIZE);
  rt.store(f + Frame.BACK, 0);
  rt.incref(code);
  rt.store(f + Frame.CODE, code);
  rt.incref(globals);
  rt.store(f + Frame.GLOBALS, globals);
  if (locals !== 0) rt.incref(locals);
  rt.store(f + Frame.LOCALS, locals);
  rt.i32[(f + Frame.LASTI) >> 2] = lasti;
  rt.i32[(f + Frame.LINENO) >> 2] = lineno;
  return f;
}

/** A traceback entry for `frame` (increfed) in front of `next` (increfed; 0 for none). New reference. */
export function newTraceback(rt: Runtime, next: number, frame: number, lasti: number, lineno: number): number {
  const tb = rt.allocObject(rt.T.traceback, Traceback.SIZE);
  if (next !== 0) rt.incref(next);
  rt.store(tb + Traceback.NEXT, next);
  rt.incref(frame);
  rt.store(tb + Traceback.FRAME, frame);
  rt.i32[(tb + Traceback.LASTI) >> 2] = lasti;
  rt.i32[(tb + Traceback.LINENO) >> 2] = lineno;
  return tb;
}

function objectOrNone(rt: Runtime, v: number): number {
  const r = v === 0 ? rt.S.None : v;
  rt.incref(r);
  return r;
}

export const frameType: TypeDef = {
  name: "frame",
  basicsize: Frame.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, f) => {
    const owned = FRAME_OWNED.map((off) => rt.load(f + off));
    rt.freeObject(f);
    for (const o of owned) if (o !== 0) rt.decref(o);
  },
  traverse: (rt, f, visit) => {
    for (const off of FRAME_OWNED) {
      const v = rt.load(f + off);
      if (v !== 0) visit(v);
    }
  },
  clear: (rt, f) => {
    for (const off of [Frame.BACK, Frame.GLOBALS, Frame.LOCALS] as const) {
      const v = rt.load(f + off);
      if (v !== 0) {
        rt.store(f + off, 0);
        rt.decref(v);
      }
    }
  },
  repr: (rt, f) => {
    const code = rt.load(f + Frame.CODE);
    const file = rt.jsString(rt.load(code + Code.FILENAME));
    const name = rt.jsString(rt.load(code + Code.NAME));
    return rt.newStr(`<frame at ${addressText(f)}, file '${file}', line ${rt.i32[(f + Frame.LINENO) >> 2]}, code ${name}>`);
  },
  getset: [
    { name: "f_back", get: (rt, f) => objectOrNone(rt, rt.load(f + Frame.BACK)) },
    { name: "f_code", get: (rt, f) => objectOrNone(rt, rt.load(f + Frame.CODE)) },
    { name: "f_globals", get: (rt, f) => objectOrNone(rt, rt.load(f + Frame.GLOBALS)) },
    { name: "f_locals", get: (rt, f) => objectOrNone(rt, rt.load(f + Frame.LOCALS)) },
    { name: "f_lineno", get: (rt, f) => newInt(rt, rt.i32[(f + Frame.LINENO) >> 2]) },
    { name: "f_lasti", get: (rt, f) => newInt(rt, rt.i32[(f + Frame.LASTI) >> 2] * 2) },
  ],
};

export const tracebackType: TypeDef = {
  name: "traceback",
  basicsize: Traceback.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, tb) => {
    const next = rt.load(tb + Traceback.NEXT);
    const frame = rt.load(tb + Traceback.FRAME);
    rt.freeObject(tb);
    if (next !== 0) rt.decref(next);
    rt.decref(frame);
  },
  traverse: (rt, tb, visit) => {
    const next = rt.load(tb + Traceback.NEXT);
    if (next !== 0) visit(next);
    visit(rt.load(tb + Traceback.FRAME));
  },
  clear: (rt, tb) => {
    const next = rt.load(tb + Traceback.NEXT);
    if (next !== 0) {
      rt.store(tb + Traceback.NEXT, 0);
      rt.decref(next);
    }
  },
  getset: [
    { name: "tb_next", get: (rt, tb) => objectOrNone(rt, rt.load(tb + Traceback.NEXT)) },
    { name: "tb_frame", get: (rt, tb) => objectOrNone(rt, rt.load(tb + Traceback.FRAME)) },
    { name: "tb_lineno", get: (rt, tb) => newInt(rt, rt.i32[(tb + Traceback.LINENO) >> 2]) },
    { name: "tb_lasti", get: (rt, tb) => newInt(rt, rt.i32[(tb + Traceback.LASTI) >> 2] * 2) },
  ],
};
