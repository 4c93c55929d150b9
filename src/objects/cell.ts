/**
 * `cell`: one reference, shared between a function and the closures that capture its
 * variables. Layout: PyObject header + ob_ref (0 while the variable is unbound); 24 bytes,
 * a GC type (getsizeof 40).
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { addressText } from "./object.js";

export const enum Cell {
  REF = 16,
  SIZE = 24,
}

/** A new cell holding `value` (increfed; 0 for an empty cell). New reference. */
export function newCell(rt: Runtime, value: number): number {
  const c = rt.allocObject(rt.T.cell, Cell.SIZE);
  if (value !== 0) rt.incref(value);
  rt.store(c + Cell.REF, value);
  return c;
}

/** The cell's content: borrowed, or 0 when empty. */
export function cellGet(rt: Runtime, c: number): number {
  return rt.load(c + Cell.REF);
}

/** Replace the content; takes a new reference to `value` (0 empties the cell). */
export function cellSet(rt: Runtime, c: number, value: number): void {
  const old = rt.load(c + Cell.REF);
  if (value !== 0) rt.incref(value);
  rt.store(c + Cell.REF, value);
  if (old !== 0) rt.decref(old);
}

export const cellType: TypeDef = {
  name: "cell",
  basicsize: Cell.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, c) => {
    const v = rt.load(c + Cell.REF);
    rt.freeObject(c);
    if (v !== 0) rt.decref(v);
  },
  traverse: (rt, c, visit) => {
    const v = rt.load(c + Cell.REF);
    if (v !== 0) visit(v);
  },
  clear: (rt, c) => cellSet(rt, c, 0),
  repr: (rt, c) => {
    const v = rt.load(c + Cell.REF);
    if (v === 0) return rt.newStr(`<cell at ${addressText(c)}: empty>`);
    return rt.newStr(`<cell at ${addressText(c)}: ${rt.typeName(v)} object at ${addressText(v)}>`);
  },
  getset: [
    {
      name: "cell_contents",
      get: (rt, c) => {
        const v = rt.load(c + Cell.REF);
        if (v === 0) throw rt.raise(rt.E.ValueError, "Cell is empty");
        rt.incref(v);
        return v;
      },
      set: (rt, c, v) => cellSet(rt, c, v),
    },
  ],
};

