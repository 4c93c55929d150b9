/**
 * `super`: attribute lookup that starts after a given class in an object's MRO (CPython
 * 3.11's superobject).
 *
 *   ┌────────┬──────┬──────┬─────┬──────────┐
 *   │ refcnt │ type │ type │ obj │ obj_type │   40 bytes + GC head: getsizeof 56
 *   └────────┴──────┴──────┴─────┴──────────┘
 *    0        8      16     24    32
 *
 * `super(C, obj)` looks names up in the MRO of obj_type (obj's class, or obj itself when obj
 * is a subclass of C) after C, and binds what it finds to obj (`__get__(obj, obj_type)`;
 * `__get__(None, obj_type)` when obj is the class itself, so classmethods reached through
 * `super()` in a classmethod bind to the class). `super(C)` is unbound: a descriptor whose
 * `__get__(obj)` makes the bound form. Without arguments, inside a method, the class is the
 * method's `__class__` cell and obj its first argument: the VM finds both in the calling
 * frame through `rt.superFrameArgs` (src/vm/super-frame.ts).
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { arg, kwCount } from "./args.js";
import { call2, getAttr } from "./abstract.js";
import { dictGetItemStr } from "./dict.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { genericGetAttr } from "./object.js";
import { typeLookup } from "./typeobject.js";
import { strEquals } from "./str-object.js";
import { Str, StrState } from "./str-layout.js";
import { RuntimeLocal } from "./runtime-local.js";
import { clearField, genericAlloc, lookupAttrOrMissing, readonlyMember, setField } from "./descr-support.js";

export const enum Super {
  TYPE = 16,
  OBJ = 24,
  OBJ_TYPE = 32,
  SIZE = 40,
}

/** Scratch for the zero-argument form: [type, obj], borrowed. */
const frameArgs = new Int32Array(2);

/**
 * CPython's supercheck: the type whose MRO `super(type, obj)` walks. obj may be a subclass of
 * type (then obj itself), an instance of it, or an object whose `__class__` claims to be one
 * (a proxy). New reference.
 */
function superCheck(rt: Runtime, type: number, obj: number): number {
  if (rt.hasFlag(obj, TpFlag.TYPE_SUBCLASS) && rt.isSubtype(obj, type)) {
    rt.incref(obj);
    return obj;
  }
  const objType = rt.typeOf(obj);
  if (rt.isSubtype(objType, type)) {
    rt.incref(objType);
    return objType;
  }
  const cls = lookupAttrOrMissing(rt, obj, rt.identifier("__class__"));
  if (cls !== 0) {
    if (rt.hasFlag(cls, TpFlag.TYPE_SUBCLASS) && cls !== objType && rt.isSubtype(cls, type)) return cls;
    rt.decref(cls);
  }
  throw rt.raise(rt.E.TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/** Fill a fresh super object: type and obj are borrowed; obj None or 0 makes it unbound. */
function superFill(rt: Runtime, su: number, type: number, obj: number): void {
  if (obj === rt.S.None) obj = 0;
  const objType = obj === 0 ? 0 : superCheck(rt, type, obj);
  setField(rt, su, Super.TYPE, type);
  setField(rt, su, Super.OBJ, obj);
  const old = rt.load(su + Super.OBJ_TYPE);
  rt.store(su + Super.OBJ_TYPE, objType);
  if (old !== 0) rt.decref(old);
}

/** super(), super(type), super(type, obj). */
function superInit(rt: Runtime, su: number, args: number, nargs: number, kwnames: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "super() takes no keyword arguments");
  if (nargs > 2) throw rt.raise(rt.E.TypeError, `super() expected at most 2 arguments, got ${nargs}`);
  let type: number;
  let obj: number;
  if (nargs === 0) {
    if (rt.superFrameArgs === undefined) throw rt.raise(rt.E.RuntimeError, "super(): no current frame");
    rt.superFrameArgs(frameArgs);
    type = frameArgs[0];
    obj = frameArgs[1];
  } else {
    type = arg(rt, args, 0);
    if (!rt.hasFlag(type, TpFlag.TYPE_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, `super() argument 1 must be a type, not ${rt.typeName(type)}`);
    }
    obj = nargs === 2 ? arg(rt, args, 1) : 0;
  }
  superFill(rt, su, type, obj);
}

/** The interned "__class__" of each runtime (rt.identifier is a Map lookup: not for every lookup). */
const className = new RuntimeLocal<number>((rt) => rt.identifier("__class__"));

function isClassName(rt: Runtime, name: number): boolean {
  const classStr = className.get(rt);
  if (name === classStr) return true;
  if (rt.typeOf(name) !== rt.T.str) return false;
  // (An interned name other than the interned "__class__" is another string: no comparison.)
  return (rt.u8[name + Str.STATE] & StrState.INTERNED_MASK) === 0 && strEquals(rt, name, classStr);
}

/** Is the tuple `tail` (an MRO, or 0) the same classes as `mro` from index `from` on? */
function mroIsTail(rt: Runtime, tail: number, mro: number, from: number): boolean {
  if (tail === 0) return false;
  const n = tupleSize(rt, tail);
  if (n !== tupleSize(rt, mro) - from) return false;
  for (let k = 0; k < n; k++) if (tupleItem(rt, tail, k) !== tupleItem(rt, mro, from + k)) return false;
  return true;
}

/** What super's lookup found (`res`, a new reference, consumed), bound as the super object says. New reference. */
function bindFound(rt: Runtime, su: number, res: number, startType: number): number {
  const get = rt.slotsOf(res).descrGet;
  if (get === undefined) return res;
  try {
    // Only instance-mode super passes the object (for super(C, C) it is the class).
    const obj = rt.load(su + Super.OBJ);
    return get(rt, res, obj === startType ? 0 : obj, startType);
  } finally {
    rt.decref(res);
  }
}

/**
 * What super's lookup finds for `name` in obj_type's MRO after `type` (a new reference, not
 * yet bound), or 0 when the name is to be looked up on the super object itself (`__class__`,
 * an unbound super, or a name not found there).
 */
function superFind(rt: Runtime, su: number, name: number): number {
  const startType = rt.load(su + Super.OBJ_TYPE);
  if (startType === 0 || isClassName(rt, name)) return 0;
  const mro = rt.load(startType + Tp.MRO);
  if (mro === 0) return 0;
  const n = tupleSize(rt, mro);
  const type = rt.load(su + Super.TYPE);
  let i = 0;
  // The last entry need not be compared: it would be skipped anyway.
  while (i + 1 < n && tupleItem(rt, mro, i) !== type) i++;
  i++;
  if (i >= n) return 0;
  const next = tupleItem(rt, mro, i);
  if (mroIsTail(rt, rt.load(next + Tp.MRO), mro, i)) {
    // The classes left to search are exactly the next class's MRO (always so under single
    // inheritance): its cached lookup finds what the walk would.
    const res = typeLookup(rt, next, name);
    if (res !== 0) rt.incref(res);
    return res;
  }
  // The MRO could be replaced while a dict lookup runs Python code (__eq__).
  rt.incref(mro);
  try {
    for (; i < n; i++) {
      const dict = rt.load(tupleItem(rt, mro, i) + Tp.DICT);
      if (dict === 0) continue;
      const res = dictGetItemStr(rt, dict, name);
      if (res !== 0) {
        rt.incref(res);
        return res;
      }
    }
  } finally {
    rt.decref(mro);
  }
  return 0;
}

/**
 * Look `name` up in obj_type's MRO after `type`, binding what is found; `__class__` and
 * names not found there are the super object's own attributes. New reference or 0.
 */
function superGetattro(rt: Runtime, su: number, name: number): number {
  const res = superFind(rt, su, name);
  if (res !== 0) return bindFound(rt, su, res, rt.load(su + Super.OBJ_TYPE));
  return genericGetAttr(rt, su, name);
}

/**
 * The function-and-instance form of super's LOAD_METHOD: CPython 3.11 makes a bound method
 * there (super's getattro binds), which CALL unpacks and frees at once. What it leaves is its
 * allocation's count for the collector, which may ask for a collection, and the free's
 * (PyObject_GC_Del) lowering it again.
 */
export function countBoundMethod(rt: Runtime): void {
  const gc = rt.gc;
  if (++gc.count0 > gc.threshold0 || gc.stressEveryAllocation) gc.allocationTrigger();
  if (gc.count0 > 0) gc.count0--;
}

/**
 * LOAD_METHOD on an exact super object (CPython 3.12's LOAD_SUPER_ATTR in its method form):
 * when the lookup finds a plain function and the super object is bound to an instance, the
 * function (a new reference) with `out.self` = that instance (a new reference), instead of a
 * bound method made only to be unpacked by CALL; `out.bound` false. Otherwise the attribute
 * as `super().name` gives it, `out.bound` true and `out.self` 0.
 */
export function superLoadMethod(rt: Runtime, su: number, name: number, out: { bound: boolean; self: number }): number {
  out.self = 0;
  out.bound = true;
  const res = superFind(rt, su, name);
  // Not found after the class: the super object's own attribute, or AttributeError.
  if (res === 0) return getAttr(rt, su, name);
  const startType = rt.load(su + Super.OBJ_TYPE);
  const obj = rt.load(su + Super.OBJ);
  if (rt.typeOf(res) === rt.T.function && obj !== 0 && obj !== startType) {
    rt.incref(obj);
    out.self = obj;
    out.bound = false;
    countBoundMethod(rt);
    return res;
  }
  return bindFound(rt, su, res, startType);
}

/**
 * `super()` without arguments called from the running frame (what type.__call__ of super does:
 * a new super object, filled from the frame's `__class__` cell and first argument). New
 * reference; the errors are super()'s.
 */
export function newZeroArgSuper(rt: Runtime): number {
  if (rt.superFrameArgs === undefined) throw rt.raise(rt.E.RuntimeError, "super(): no current frame");
  rt.superFrameArgs(frameArgs);
  return newFilledSuper(rt, frameArgs[0], frameArgs[1]);
}

/**
 * A new exact super object of (type, obj), filled as super.__init__ fills it (obj None or 0
 * makes it unbound). New reference. The fields of the fresh object are empty, so they are
 * written without releasing anything (superFill's general path).
 */
function newFilledSuper(rt: Runtime, type: number, obj: number): number {
  const su = rt.allocObject(rt.T.super, Super.SIZE);
  let i32 = rt.i32;
  for (let p = (su + Super.TYPE) >> 2, end = (su + Super.SIZE) >> 2; p < end; p++) i32[p] = 0;
  if (obj === rt.S.None) obj = 0;
  let objType = 0;
  if (obj !== 0) {
    try {
      objType = superCheck(rt, type, obj);
    } catch (e) {
      rt.decref(su);
      throw e;
    }
    i32 = rt.i32;
    i32[obj >> 2]++;
  }
  i32[type >> 2]++;
  i32[(su + Super.TYPE) >> 2] = type;
  i32[(su + Super.OBJ) >> 2] = obj;
  i32[(su + Super.OBJ_TYPE) >> 2] = objType;
  return su;
}

/** super(C).__get__(obj): the bound form; a bound super, or no object, gives itself. */
function superDescrGet(rt: Runtime, su: number, obj: number, _type: number): number {
  if (obj === 0 || obj === rt.S.None || rt.load(su + Super.OBJ) !== 0) {
    rt.incref(su);
    return su;
  }
  const type = rt.load(su + Super.TYPE);
  // A subclass of super is called, so that its own __init__ runs.
  if (rt.typeOf(su) !== rt.T.super) return call2(rt, rt.typeOf(su), type, obj);
  return newFilledSuper(rt, type, obj);
}

function superRepr(rt: Runtime, su: number): number {
  const type = rt.load(su + Super.TYPE);
  const typeName = type === 0 ? "NULL" : rt.typeNameOf(type);
  const objType = rt.load(su + Super.OBJ_TYPE);
  if (objType !== 0) return rt.newStr(`<super: <class '${typeName}'>, <${rt.typeNameOf(objType)} object>>`);
  return rt.newStr(`<super: <class '${typeName}'>, NULL>`);
}

const OWNED = [Super.TYPE, Super.OBJ, Super.OBJ_TYPE] as const;

function superDealloc(rt: Runtime, su: number): void {
  const i32 = rt.i32;
  const type = i32[(su + Super.TYPE) >> 2];
  const obj = i32[(su + Super.OBJ) >> 2];
  const objType = i32[(su + Super.OBJ_TYPE) >> 2];
  rt.freeObject(su);
  if (type !== 0) rt.decref(type);
  if (obj !== 0) rt.decref(obj);
  if (objType !== 0) rt.decref(objType);
}

const SUPER_DOC = `super() -> same as super(__class__, <first argument>)
super(type) -> unbound super object
super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)
Typical use to call a cooperative superclass method:
class C(B):
    def meth(self, arg):
        super().meth(arg)
This works for class methods too:
class C(B):
    @classmethod
    def cmeth(cls, arg):
        super().cmeth(arg)
`;

export const superType: TypeDef = {
  name: "super",
  basicsize: Super.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: SUPER_DOC,
  dealloc: superDealloc,
  traverse: (rt, su, visit) => {
    for (const off of OWNED) {
      const v = rt.load(su + off);
      if (v !== 0) visit(v);
    }
  },
  clear: (rt, su) => {
    for (const off of OWNED) clearField(rt, su, off);
  },
  new: (rt, cls) => genericAlloc(rt, cls),
  init: superInit,
  repr: superRepr,
  getattro: superGetattro,
  descrGet: superDescrGet,
  getset: [
    readonlyMember("__thisclass__", Super.TYPE, "the class invoking super()"),
    readonlyMember("__self__", Super.OBJ, "the instance invoking super(); may be None"),
    readonlyMember("__self_class__", Super.OBJ_TYPE, "the type of the instance invoking super(); may be None"),
  ],
};
