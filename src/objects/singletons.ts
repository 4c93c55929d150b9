/**
 * None, NotImplemented and Ellipsis: one static 16-byte object each, of their own types.
 *
 * They are counted normally (CPython 3.11: `sys.getrefcount(None)` grows with use) but never
 * freed: a count reaching zero is an implementation bug, reported as one.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Ob } from "./layout.js";
import { InternalError } from "./errors.js";
import { objectHash } from "./object.js";
import { checkArgs } from "./args.js";

function neverFreed(name: string) {
  return (_rt: Runtime, _o: number): void => {
    throw new InternalError(`deallocating ${name}`);
  };
}

function singletonType(name: string, text: string, pick: (rt: Runtime) => number, truth: boolean): TypeDef {
  return {
    name,
    basicsize: Ob.HEAD_SIZE,
    itemsize: 0,
    flags: 0,
    dealloc: neverFreed(text),
    repr: (rt) => rt.newStr(text),
    hash: objectHash,
    bool: () => truth,
    new: (rt, _cls, _args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 0, 0);
      const o = pick(rt);
      rt.incref(o);
      return o;
    },
  };
}

export const noneType = singletonType("NoneType", "None", (rt) => rt.S.None, false);
export const notImplementedType = singletonType("NotImplementedType", "NotImplemented", (rt) => rt.S.NotImplemented, true);
export const ellipsisType = singletonType("ellipsis", "Ellipsis", (rt) => rt.S.Ellipsis, true);

/** Create the three singletons (refcount 1, as CPython's static initialisers). */
export function initSingletons(rt: Runtime, S: { None: number; NotImplemented: number; Ellipsis: number }): void {
  S.None = rt.allocStatic(rt.T.NoneType, Ob.HEAD_SIZE, false, 1);
  S.NotImplemented = rt.allocStatic(rt.T.NotImplementedType, Ob.HEAD_SIZE, false, 1);
  S.Ellipsis = rt.allocStatic(rt.T.ellipsis, Ob.HEAD_SIZE, false, 1);
}
