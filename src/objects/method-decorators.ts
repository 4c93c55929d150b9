/**
 * `staticmethod` and `classmethod`: wrappers that change how a callable binds when it is
 * found on a class (CPython 3.11's staticmethod and classmethod objects, one layout):
 *
 *   ┌────────┬──────┬─────────────┬─────────┐
 *   │ refcnt │ type │ cm_callable │ cm_dict │   32 bytes + GC head: getsizeof 48
 *   └────────┴──────┴─────────────┴─────────┘
 *    0        8      16            24 (tp_dictoffset)
 *
 * staticmethod's `__get__` gives the callable itself, and (3.10+) the staticmethod can be
 * called directly. classmethod's `__get__` binds the callable to the class (the instance's
 * type when reached through an instance); when the callable is itself a descriptor its
 * `__get__(cls, cls)` does the binding, so classmethods wrap properties and other descriptors
 * as in 3.11.
 *
 * Both have an instance `__dict__`. Made by calling the type, they copy the wrapped
 * callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` into
 * it (what functools.wraps does); `__wrapped__` and `__func__` name the callable. The
 * constructors for the class machinery (`newStaticMethod`, `newClassMethod`: the implicit
 * wrapping of `__new__`, `__init_subclass__`, `__class_getitem__`) copy nothing, as
 * PyStaticMethod_New and PyClassMethod_New do not.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef, TypeSlots } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { arg, kwCount } from "./args.js";
import { call, reprText, setAttr } from "./abstract.js";
import { newMethod } from "./method.js";
import { newDict } from "./dict.js";
import { clearField, genericAlloc, isAbstract, lookupAttrOrMissing, pyBool, readonlyMember, setField } from "./descr-support.js";

export const enum CM {
  CALLABLE = 16,
  DICT = 24,
  SIZE = 32,
}

/** A new staticmethod wrapping `callable` (borrowed). New reference. */
export function newStaticMethod(rt: Runtime, callable: number): number {
  const sm = genericAlloc(rt, rt.T.staticmethod);
  setField(rt, sm, CM.CALLABLE, callable);
  return sm;
}

/** A new classmethod wrapping `callable` (borrowed). New reference. */
export function newClassMethod(rt: Runtime, callable: number): number {
  const cm = genericAlloc(rt, rt.T.classmethod);
  setField(rt, cm, CM.CALLABLE, callable);
  return cm;
}

/** The wrapped callable (borrowed), or 0 for an object made by `__new__` alone. */
export function wrappedCallable(rt: Runtime, o: number): number {
  return rt.load(o + CM.CALLABLE);
}

/** The attributes functools.wraps copies, in its order. */
const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

/** staticmethod(f) / classmethod(f): take `f` and copy its identifying attributes. */
function decoratorInit(kind: string) {
  return (rt: Runtime, o: number, args: number, nargs: number, kwnames: number): void => {
    if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${kind}() takes no keyword arguments`);
    if (nargs !== 1) throw rt.raise(rt.E.TypeError, `${kind} expected 1 argument, got ${nargs}`);
    const callable = arg(rt, args, 0);
    setField(rt, o, CM.CALLABLE, callable);
    for (const name of WRAPPER_ASSIGNMENTS) {
      const id = rt.identifier(name);
      const value = lookupAttrOrMissing(rt, callable, id);
      if (value === 0) continue;
      try {
        setAttr(rt, o, id, value);
      } finally {
        rt.decref(value);
      }
    }
  };
}

function uninitialized(rt: Runtime, o: number, kind: string): number {
  const callable = rt.load(o + CM.CALLABLE);
  if (callable === 0) throw rt.raise(rt.E.RuntimeError, `uninitialized ${kind} object`);
  return callable;
}

function staticmethodGet(rt: Runtime, sm: number, _obj: number, _type: number): number {
  const callable = uninitialized(rt, sm, "staticmethod");
  rt.incref(callable);
  return callable;
}

/** Calling a staticmethod calls the callable (3.10+). */
function staticmethodCall(rt: Runtime, sm: number, args: number, nargs: number, kwnames: number): number {
  return call(rt, uninitialized(rt, sm, "staticmethod"), args, nargs, kwnames);
}

function classmethodGet(rt: Runtime, cm: number, obj: number, type: number): number {
  const callable = uninitialized(rt, cm, "classmethod");
  if (type === 0) type = rt.typeOf(obj);
  const get = rt.slotsOf(callable).descrGet;
  if (get !== undefined) return get(rt, callable, type, type);
  return newMethod(rt, callable, type);
}

function decoratorRepr(kind: string) {
  return (rt: Runtime, o: number): number => {
    const callable = rt.load(o + CM.CALLABLE);
    return rt.newStr(`<${kind}(${callable === 0 ? "<NULL>" : reprText(rt, callable)})>`);
  };
}

function decoratorDealloc(rt: Runtime, o: number): void {
  const callable = rt.load(o + CM.CALLABLE);
  const dict = rt.load(o + CM.DICT);
  rt.freeObject(o);
  if (callable !== 0) rt.decref(callable);
  if (dict !== 0) rt.decref(dict);
}

/** `__dict__`: made on first use; may be replaced by another dict, never deleted. */
const dictGetSet = {
  name: "__dict__",
  get: (rt: Runtime, o: number): number => {
    let d = rt.load(o + CM.DICT);
    if (d === 0) {
      d = newDict(rt);
      rt.store(o + CM.DICT, d);
    }
    rt.incref(d);
    return d;
  },
  set: (rt: Runtime, o: number, value: number): void => {
    if (value === 0) throw rt.raise(rt.E.TypeError, "cannot delete __dict__");
    if (!rt.hasFlag(value, TpFlag.DICT_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, `__dict__ must be set to a dictionary, not a '${rt.typeName(value)}'`);
    }
    setField(rt, o, CM.DICT, value);
  },
};

const sharedSlots: Pick<TypeSlots, "traverse" | "clear" | "dealloc"> = {
  dealloc: decoratorDealloc,
  traverse: (rt, o, visit) => {
    const callable = rt.load(o + CM.CALLABLE);
    const dict = rt.load(o + CM.DICT);
    if (callable !== 0) visit(callable);
    if (dict !== 0) visit(dict);
  },
  clear: (rt, o) => {
    clearField(rt, o, CM.CALLABLE);
    clearField(rt, o, CM.DICT);
  },
};

const decoratorGetset = [
  readonlyMember("__func__", CM.CALLABLE),
  readonlyMember("__wrapped__", CM.CALLABLE),
  { name: "__isabstractmethod__", get: (rt: Runtime, o: number) => pyBool(rt, isAbstract(rt, rt.load(o + CM.CALLABLE))) },
  dictGetSet,
];

const STATICMETHOD_DOC = `staticmethod(function) -> method

Convert a function to be a static method.

A static method does not receive an implicit first argument.
To declare a static method, use this idiom:

     class C:
         @staticmethod
         def f(arg1, arg2, argN):
             ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()). Both the class and the instance are ignored, and
neither is passed implicitly as the first argument to the method.

Static methods in Python are similar to those found in Java or C++.
For a more advanced concept, see the classmethod builtin.`;

const CLASSMETHOD_DOC = `classmethod(function) -> method

Convert a function to be a class method.

A class method receives the class as implicit first argument,
just like an instance method receives the instance.
To declare a class method, use this idiom:

  class C:
      @classmethod
      def f(cls, arg1, arg2, argN):
          ...

It can be called either on the class (e.g. C.f()) or on an instance
(e.g. C().f()).  The instance is ignored except for its class.
If a class method is called for a derived class, the derived class
object is passed as the implied first argument.

Class methods are different than C++ or Java static methods.
If you want those, see the staticmethod builtin.`;

export const staticmethodType: TypeDef = {
  name: "staticmethod",
  basicsize: CM.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  dictoffset: CM.DICT,
  doc: STATICMETHOD_DOC,
  ...sharedSlots,
  repr: decoratorRepr("staticmethod"),
  new: (rt, cls) => genericAlloc(rt, cls),
  init: decoratorInit("staticmethod"),
  descrGet: staticmethodGet,
  call: staticmethodCall,
  getset: decoratorGetset,
};

export const classmethodType: TypeDef = {
  name: "classmethod",
  basicsize: CM.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  dictoffset: CM.DICT,
  doc: CLASSMETHOD_DOC,
  ...sharedSlots,
  repr: decoratorRepr("classmethod"),
  new: (rt, cls) => genericAlloc(rt, cls),
  init: decoratorInit("classmethod"),
  descrGet: classmethodGet,
  getset: decoratorGetset,
};
