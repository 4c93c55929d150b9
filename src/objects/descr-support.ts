/**
 * Small pieces the descriptor types (property, staticmethod, classmethod, member_descriptor,
 * super, mappingproxy) share: the generic allocation their `__new__` does (CPython's
 * PyType_GenericNew), read-only object fields exposed as attributes (CPython's T_OBJECT
 * members: NULL reads as None, writing says "readonly attribute"), a type's `__qualname__`
 * as text, and the `__isabstractmethod__` test.
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { isTrue, lookupAttr } from "./abstract.js";
import { PY_RAISED } from "./errors.js";

/**
 * A fresh instance of `cls` (a builtin type or a class derived from one) with every field
 * after the header zeroed: CPython's PyType_GenericNew. New reference.
 */
export function genericAlloc(rt: Runtime, cls: number): number {
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const o = rt.allocObject(cls, basicsize);
  for (let off = Ob.HEAD_SIZE; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  return o;
}

/** `type.__qualname__` as JS text: ht_qualname for classes, tp_name after its last dot otherwise. */
export function typeQualnameText(rt: Runtime, type: number): string {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const q = rt.load(type + Tp.HT_QUALNAME);
    if (q !== 0) return rt.jsString(q);
  }
  const full = rt.typeNameOf(type);
  return full.slice(full.lastIndexOf(".") + 1);
}

/** The word at `o + offset` as a new reference, None when it is 0 (NULL). */
export function fieldOrNone(rt: Runtime, o: number, offset: number): number {
  const v = rt.load(o + offset);
  const r = v === 0 ? rt.S.None : v;
  rt.incref(r);
  return r;
}

/** Replace the strong reference at `o + offset` with `value` (increfed; 0 clears). */
export function setField(rt: Runtime, o: number, offset: number, value: number): void {
  const old = rt.load(o + offset);
  if (value !== 0) rt.incref(value);
  rt.store(o + offset, value);
  if (old !== 0) rt.decref(old);
}

/** Release the strong reference at `o + offset`, if any, leaving 0. */
export function clearField(rt: Runtime, o: number, offset: number): void {
  setField(rt, o, offset, 0);
}

/**
 * A read-only object field as an attribute (CPython's READONLY T_OBJECT member): reads give
 * None for NULL; assigning or deleting raises "readonly attribute".
 */
export function readonlyMember(name: string, offset: number, doc?: string): GetSetDef {
  return {
    name,
    doc,
    get: (rt, o) => fieldOrNone(rt, o, offset),
    set: (rt) => {
      throw rt.raise(rt.E.AttributeError, "readonly attribute");
    },
  };
}

/**
 * A writable object field (CPython's T_OBJECT member): any object may be stored, deleting
 * stores NULL, which reads as None.
 */
export function writableMember(name: string, offset: number, doc?: string): GetSetDef {
  return {
    name,
    doc,
    get: (rt, o) => fieldOrNone(rt, o, offset),
    set: (rt, o, value) => setField(rt, o, offset, value),
  };
}

/**
 * CPython's _PyObject_IsAbstract: is `o.__isabstractmethod__` true? A missing attribute (or 0
 * for `o`) means no; other errors propagate.
 */
export function isAbstract(rt: Runtime, o: number): boolean {
  if (o === 0) return false;
  const flag = lookupAttrOrMissing(rt, o, rt.identifier("__isabstractmethod__"));
  if (flag === 0) return false;
  try {
    return isTrue(rt, flag);
  } finally {
    rt.decref(flag);
  }
}

/**
 * CPython's _PyObject_LookupAttr: `o.name` as a new reference, or 0 when it is missing,
 * an AttributeError raised while looking counting as missing (and cleared).
 */
export function lookupAttrOrMissing(rt: Runtime, o: number, name: number): number {
  try {
    return lookupAttr(rt, o, name);
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.AttributeError)) return 0;
    throw e;
  }
}

/** The Python bool for `b` (new reference). */
export function pyBool(rt: Runtime, b: boolean): number {
  const r = b ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}
