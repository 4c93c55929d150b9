/**
 * `method`: a function bound to an instance (PyMethodObject: im_func, im_self,
 * im_weakreflist, vectorcall; 48 bytes + GC head, getsizeof 64). No free list in 3.11.
 *
 * The VM avoids making these for `obj.meth(...)` calls (LOAD_METHOD); they appear when a
 * method is fetched as a value.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { objectHash } from "./object.js";
import { call, lookupAttr, reprText, richCompareBool } from "./abstract.js";
import { pushArgs } from "./abstract.js";
import { kwCount } from "./args.js";
import { CompareOp } from "../compile/opcodes.js";
import { clearWeakrefs } from "./weakref.js";

export const enum Method {
  FUNC = 16,
  SELF = 24,
  WEAKREFLIST = 32,
  VECTORCALL = 40,
  SIZE = 48,
}

/** A new bound method (func and self are increfed). */
export function newMethod(rt: Runtime, func: number, self: number): number {
  const m = rt.allocObject(rt.T.method, Method.SIZE);
  rt.incref(func);
  rt.incref(self);
  rt.store(m + Method.FUNC, func);
  rt.store(m + Method.SELF, self);
  rt.store(m + Method.WEAKREFLIST, 0);
  rt.store(m + Method.VECTORCALL, 0);
  return m;
}

/** Call with self prepended to the argument vector. */
function methodCall(rt: Runtime, m: number, args: number, nargs: number, kwnames: number): number {
  const total = nargs + kwCount(rt, kwnames);
  const p = pushArgs(rt, total + 1);
  rt.store(p, rt.load(m + Method.SELF));
  rt.i32.copyWithin((p + 8) >> 2, args >> 2, (args + total * 8) >> 2);
  try {
    return call(rt, rt.load(m + Method.FUNC), p, nargs + 1, kwnames);
  } finally {
    rt.argTop = p;
  }
}

/** `method(function, instance)` (types.MethodType; WeakMethod rebuilds bound methods with it). */
function methodNew(rt: Runtime, _cls: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "method() takes no keyword arguments");
  if (nargs !== 2) throw rt.raise(rt.E.TypeError, `method expected 2 arguments, got ${nargs}`);
  const func = rt.load(args);
  const self = rt.load(args + 8);
  if (rt.slotsOf(func).call === undefined) throw rt.raise(rt.E.TypeError, "first argument must be callable");
  if (self === rt.S.None) throw rt.raise(rt.E.TypeError, "instance must not be None");
  return newMethod(rt, func, self);
}

function methodRepr(rt: Runtime, m: number): number {
  const func = rt.load(m + Method.FUNC);
  const self = rt.load(m + Method.SELF);
  let name = "?";
  const q = lookupAttr(rt, func, rt.identifier("__qualname__"));
  if (q !== 0) {
    name = rt.jsString(q);
    rt.decref(q);
  }
  return rt.newStr(`<bound method ${name} of ${reprText(rt, self)}>`);
}

export const methodType: TypeDef = {
  name: "method",
  basicsize: Method.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.HAVE_VECTORCALL,
  dealloc: (rt, m) => {
    clearWeakrefs(rt, m);
    const func = rt.load(m + Method.FUNC);
    const self = rt.load(m + Method.SELF);
    rt.freeObject(m);
    rt.decref(func);
    rt.decref(self);
  },
  traverse: (rt, m, visit) => {
    visit(rt.load(m + Method.FUNC));
    visit(rt.load(m + Method.SELF));
  },
  call: methodCall,
  new: methodNew,
  repr: methodRepr,
  hash: (rt, m) => objectHash(rt, rt.load(m + Method.SELF)) ^ objectHash(rt, rt.load(m + Method.FUNC)),
  richcompare: (rt, a, b, op) => {
    let r = rt.S.NotImplemented;
    if ((op === CompareOp.EQ || op === CompareOp.NE) && rt.typeOf(b) === rt.T.method) {
      const same = rt.load(a + Method.SELF) === rt.load(b + Method.SELF) &&
        richCompareBool(rt, rt.load(a + Method.FUNC), rt.load(b + Method.FUNC), CompareOp.EQ);
      r = same === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
    }
    rt.incref(r);
    return r;
  },
  getattro: (rt, m, name) => {
    const own = rt.typeSlots(rt.T.object).getattro!(rt, m, name);
    if (own !== 0) return own;
    return lookupAttr(rt, rt.load(m + Method.FUNC), name);
  },
  getset: [
    { name: "__func__", get: (rt, m) => (rt.incref(rt.load(m + Method.FUNC)), rt.load(m + Method.FUNC)) },
    { name: "__self__", get: (rt, m) => (rt.incref(rt.load(m + Method.SELF)), rt.load(m + Method.SELF)) },
  ],
};

