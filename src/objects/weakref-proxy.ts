/**
 * `weakref.ProxyType` and `weakref.CallableProxyType` (CPython's proxy_* functions in
 * Objects/weakrefobject.c): weak references that stand for their referent. Every operation
 * — attributes, operators, comparisons, len, items, iteration, calls — is done on the
 * referent, with any proxy operand replaced by its referent first; once the referent died each
 * raises `ReferenceError: weakly-referenced object no longer exists`. Proxies are unhashable
 * and cannot be created by calling their type (only through `weakref.proxy`).
 *
 * Their layout and list handling are the weak reference's (weakref.ts).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeDef, TypeSlots, UnarySlot } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { addressText } from "./object.js";
import * as abs from "./abstract.js";
import { isProxy, weakrefClear, weakrefDealloc, weakrefObject, weakrefTraverse } from "./weakref.js";
import { checkArgs } from "./args.js";
import { BinaryOp, INPLACE_OFFSET } from "../compile/opcodes.js";

/** The referent of proxy `p` (borrowed); ReferenceError when it died. */
function referent(rt: Runtime, p: number): number {
  const o = weakrefObject(rt, p);
  if (o === rt.S.None) throw rt.raise(rt.E.ReferenceError, "weakly-referenced object no longer exists");
  return o;
}

/** `o` itself, or its referent when `o` is a proxy (CPython's UNWRAP). Borrowed. */
function unwrap(rt: Runtime, o: number): number {
  return isProxy(rt, o) ? referent(rt, o) : o;
}

/**
 * Run `f` on the unwrapped operands, holding a reference to each meanwhile (the operation may
 * drop the last other reference to a referent).
 */
function withUnwrapped<R>(rt: Runtime, a: number, b: number, f: (x: number, y: number) => R): R {
  const x = unwrap(rt, a);
  const y = unwrap(rt, b);
  rt.incref(x);
  rt.incref(y);
  try {
    return f(x, y);
  } finally {
    rt.decref(x);
    rt.decref(y);
  }
}

function withReferent<R>(rt: Runtime, p: number, f: (o: number) => R): R {
  const o = referent(rt, p);
  rt.incref(o);
  try {
    return f(o);
  } finally {
    rt.decref(o);
  }
}

const binary = (op: number): BinarySlot => (rt, a, b) => withUnwrapped(rt, a, b, (x, y) => abs.binaryOp(rt, x, y, op));
const unary = (f: (rt: Runtime, o: number) => number): UnarySlot => (rt, p) => withReferent(rt, p, (o) => f(rt, o));

const nb: BinarySlot[] = [];
const nbInplace: BinarySlot[] = [];
for (let op = BinaryOp.ADD; op <= BinaryOp.XOR; op++) {
  nb[op] = binary(op);
  nbInplace[op] = binary(op + INPLACE_OFFSET);
}

/** `<weakproxy at 0x... to C at 0x...>` (a dead proxy names NoneType, as CPython's does). */
function proxyRepr(rt: Runtime, p: number): number {
  const o = weakrefObject(rt, p);
  return rt.newStr(`<weakproxy at ${addressText(p)} to ${rt.typeName(o)} at ${addressText(o)}>`);
}

function proxyIternext(rt: Runtime, p: number): number {
  return withReferent(rt, p, (o) => {
    const next = rt.slotsOf(o).iternext;
    if (next === undefined) throw rt.raise(rt.E.TypeError, `Weakref proxy referenced a non-iterator '${rt.typeName(o)}' object`);
    return next(rt, o);
  });
}

/** `__bytes__` and `__reversed__` call the referent's method of that name. */
function forwardMethod(name: string): MethodDef {
  return {
    name,
    fn: (rt, p, _args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 0, 0);
      return withReferent(rt, p, (o) => abs.callMethod(rt, o, name));
    },
  };
}

const proxySlots: Omit<TypeDef, "name"> & TypeSlots = {
  basicsize: 64,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: weakrefDealloc,
  traverse: weakrefTraverse,
  clear: weakrefClear,
  repr: proxyRepr,
  str: (rt, p) => withReferent(rt, p, (o) => abs.str(rt, o)),
  unhashable: true,
  richcompare: (rt, a, b, op) => withUnwrapped(rt, a, b, (x, y) => abs.richCompare(rt, x, y, op)),
  getattro: (rt, p, name) => withReferent(rt, p, (o) => abs.getAttr(rt, o, name)),
  setattro: (rt, p, name, value) =>
    withReferent(rt, p, (o) => (value === 0 ? abs.delAttr(rt, o, name) : abs.setAttr(rt, o, name, value))),
  nb,
  nbInplace,
  // No concatenation or repetition of their own: `+` and `*` are number slots (see abstract.ts).
  sequence: {},
  nbTernaryPow: (rt, a, b, mod) => withUnwrapped(rt, a, b, (x, y) => abs.ternaryPow(rt, x, y, unwrap(rt, mod))),
  negative: unary(abs.negative),
  positive: unary(abs.positive),
  invert: unary(abs.invert),
  absolute: unary(abs.absolute),
  int: unary((rt, o) => abs.call1(rt, rt.T.int, o)),
  float: unary((rt, o) => abs.call1(rt, rt.T.float, o)),
  index: unary(abs.index),
  bool: (rt, p) => withReferent(rt, p, (o) => abs.isTrue(rt, o)),
  length: (rt, p) => withReferent(rt, p, (o) => abs.length(rt, o)),
  subscript: (rt, p, key) => withReferent(rt, p, (o) => abs.getItem(rt, o, key)),
  assSubscript: (rt, p, key, value) =>
    withReferent(rt, p, (o) => (value === 0 ? abs.delItem(rt, o, key) : abs.setItem(rt, o, key, value))),
  contains: (rt, p, value) => withReferent(rt, p, (o) => abs.contains(rt, o, value)),
  iter: (rt, p) => withReferent(rt, p, (o) => abs.getIter(rt, o)),
  iternext: proxyIternext,
  methods: [forwardMethod("__bytes__"), forwardMethod("__reversed__")],
};

export const proxyType: TypeDef = { ...proxySlots, name: "weakref.ProxyType" };

export const callableProxyType: TypeDef = {
  ...proxySlots,
  name: "weakref.CallableProxyType",
  call: (rt, p, args, nargs, kwnames) => withReferent(rt, p, (o) => abs.call(rt, o, args, nargs, kwnames)),
};
