/**
 * What zero-argument `super()` reads from the calling frame (CPython 3.11's
 * super_init_without_args): the frame's first argument, and the content of its `__class__`
 * free variable, the cell the compiler creates for a method that names `super` or `__class__`
 * and that the class statement fills with the new class.
 *
 * The first argument may have been turned into a cell by MAKE_CELL (when a closure captures
 * `self`); once the frame has started, that slot holds the cell, and its content is the
 * argument. Free variables are in the frame from its first instruction (COPY_FREE_VARS).
 */
import type { Runtime } from "../objects/runtime.js";
import type { VMThread } from "./thread.js";
import { F, localsplus } from "./frame.js";
import { Code, codeInfo, type CodeInfo } from "../objects/code.js";
import { LocalKind } from "../compile/code.js";
import { cellGet } from "../objects/cell.js";
import { TpFlag } from "../objects/layout.js";

/** Install `rt.superFrameArgs`, reading the running thread's innermost frame. */
export function installSuperFrame(rt: Runtime): void {
  rt.superFrameArgs = (out) => superArgsOfFrame(rt, (rt.ts as VMThread).frame, out);
}

/** out[0] = the `__class__` cell's content, out[1] = the first argument; both borrowed. */
function superArgsOfFrame(rt: Runtime, frame: number, out: Int32Array): void {
  if (frame === 0) throw rt.raise(rt.E.RuntimeError, "super(): no current frame");
  const code = rt.load(frame + F.CODE);
  if (rt.i32[(code + Code.ARGCOUNT) >> 2] === 0) throw rt.raise(rt.E.RuntimeError, "super(): no arguments");
  const info = codeInfo(rt, code);
  const kinds = info.data.localspluskinds;
  const slots = localsplus(frame);

  let first = rt.load(slots);
  if (first !== 0 && kinds[0] & LocalKind.CELL && rt.i32[(frame + F.LASTI) >> 2] >= 0) first = cellGet(rt, first);
  if (first === 0) throw rt.raise(rt.E.RuntimeError, "super(): arg[0] deleted");

  const i = (info.classCellIndex ??= classCellIndex(info));
  if (i >= 0) {
    const cell = rt.load(slots + 8 * i);
    if (cell === 0 || rt.typeOf(cell) !== rt.T.cell) throw rt.raise(rt.E.RuntimeError, "super(): bad __class__ cell");
    const type = cellGet(rt, cell);
    if (type === 0) throw rt.raise(rt.E.RuntimeError, "super(): empty __class__ cell");
    if (!rt.hasFlag(type, TpFlag.TYPE_SUBCLASS)) {
      throw rt.raise(rt.E.RuntimeError, `super(): __class__ is not a type (${rt.typeName(type)})`);
    }
    out[0] = type;
    out[1] = first;
    return;
  }
  throw rt.raise(rt.E.RuntimeError, "super(): __class__ cell not found");
}

/** The index in localsplus of the code's `__class__` free variable, or -1. */
function classCellIndex(info: CodeInfo): number {
  const kinds = info.data.localspluskinds;
  const names = info.localNames;
  for (let i = 0; i < names.length; i++) {
    if (kinds[i] & LocalKind.FREE && names[i] === "__class__") return i;
  }
  return -1;
}
