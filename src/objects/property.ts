/**
 * `property`: a data descriptor made of up to three functions (CPython 3.11's propertyobject).
 *
 *   ┌────────┬──────┬──────────┬──────────┬──────────┬──────────┬───────────┬────────────┐
 *   │ refcnt │ type │ prop_get │ prop_set │ prop_del │ prop_doc │ prop_name │ getter_doc │
 *   └────────┴──────┴──────────┴──────────┴──────────┴──────────┴───────────┴────────────┘
 *    0        8      16         24         32         40         48          56
 *   64 bytes + GC head: getsizeof 80.
 *
 * Reading the attribute through an instance calls fget(obj); through the class it gives the
 * property itself. Assigning calls fset(obj, value), deleting fdel(obj); a missing function is
 * an AttributeError naming the property (its `__set_name__` name, kept since 3.11 for these
 * messages) and the instance's type's qualified name.
 *
 * `__doc__` defaults to fget's `__doc__`; `getter_doc` remembers that it came from there, so
 * that `getter()` (which makes a copy with another fget) takes the new getter's doc instead.
 * An instance of a property subclass keeps that doc in its instance `__dict__`, where it is
 * not shadowed by the `__doc__` entry of the subclass's own dict.
 *
 * `getter`/`setter`/`deleter` make a copy by calling the property's own type, so subclasses
 * get instances of themselves back.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { argSpec, arg, checkArgs, parseArgs } from "./args.js";
import { call, call1, call2, pushArgs, reprText, setAttr } from "./abstract.js";
import {
  clearField, genericAlloc, isAbstract, lookupAttrOrMissing, pyBool, readonlyMember, setField, typeQualnameText,
  writableMember,
} from "./descr-support.js";

export const enum Prop {
  GET = 16,
  SET = 24,
  DEL = 32,
  DOC = 40,
  NAME = 48,
  /** A C int: 1 when prop_doc was taken from fget's `__doc__`. */
  GETTER_DOC = 56,
  SIZE = 64,
}

const OWNED = [Prop.GET, Prop.SET, Prop.DEL, Prop.DOC, Prop.NAME] as const;

/** The AttributeError for a missing fget/fset/fdel: "property 'x' of 'C' object has no setter". */
function raiseMissing(rt: Runtime, p: number, obj: number, what: "getter" | "setter" | "deleter"): never {
  const qualnameStr = rt.newStr(typeQualnameText(rt, rt.typeOf(obj)));
  let qualname: string;
  try {
    qualname = reprText(rt, qualnameStr);
  } finally {
    rt.decref(qualnameStr);
  }
  const name = rt.load(p + Prop.NAME);
  if (name !== 0) throw rt.raise(rt.E.AttributeError, `property ${reprText(rt, name)} of ${qualname} object has no ${what}`);
  throw rt.raise(rt.E.AttributeError, `property of ${qualname} object has no ${what}`);
}

function propertyGet(rt: Runtime, p: number, obj: number, _type: number): number {
  if (obj === 0 || obj === rt.S.None) {
    rt.incref(p);
    return p;
  }
  const fget = rt.load(p + Prop.GET);
  if (fget === 0) raiseMissing(rt, p, obj, "getter");
  return call1(rt, fget, obj);
}

/** `value` 0 deletes. */
function propertySet(rt: Runtime, p: number, obj: number, value: number): void {
  const func = rt.load(p + (value === 0 ? Prop.DEL : Prop.SET));
  if (func === 0) raiseMissing(rt, p, obj, value === 0 ? "deleter" : "setter");
  const r = value === 0 ? call1(rt, func, obj) : call2(rt, func, obj, value);
  rt.decref(r);
}

const initSpec = argSpec("property", ["fget=", "fset=", "fdel=", "doc="]);
const initOut = new Int32Array(4);

/** property(fget=None, fset=None, fdel=None, doc=None). */
function propertyInit(rt: Runtime, p: number, args: number, nargs: number, kwnames: number): void {
  parseArgs(rt, initSpec, args, nargs, kwnames, initOut);
  const none = rt.S.None;
  const [fget, fset, fdel, doc] = Array.from(initOut, (v) => (v === none ? 0 : v));
  const docGiven = initOut[3];
  setField(rt, p, Prop.GET, fget);
  setField(rt, p, Prop.SET, fset);
  setField(rt, p, Prop.DEL, fdel);
  setField(rt, p, Prop.DOC, docGiven);
  clearField(rt, p, Prop.NAME);
  rt.i32[(p + Prop.GETTER_DOC) >> 2] = 0;
  if (doc !== 0 || fget === 0) return;
  // No doc given: use the getter's.
  const getterDoc = lookupAttrOrMissing(rt, fget, rt.identifier("__doc__"));
  if (getterDoc === 0) return;
  try {
    if (rt.typeOf(p) === rt.T.property) setField(rt, p, Prop.DOC, getterDoc);
    else setAttr(rt, p, rt.identifier("__doc__"), getterDoc);
  } finally {
    rt.decref(getterDoc);
  }
  rt.i32[(p + Prop.GETTER_DOC) >> 2] = 1;
}

/**
 * A copy of property `p` with `get`, `set` or `del` replaced (0 keeps p's own): calls p's type
 * with (fget, fset, fdel, doc) and carries the `__set_name__` name over. New reference.
 */
function propertyCopy(rt: Runtime, p: number, get: number, set: number, del: number): number {
  const none = rt.S.None;
  const pick = (given: number, own: number) => (given !== 0 && given !== none ? given : own !== 0 ? own : none);
  const fget = pick(get, rt.load(p + Prop.GET));
  const fset = pick(set, rt.load(p + Prop.SET));
  const fdel = pick(del, rt.load(p + Prop.DEL));
  // A doc that came from the old getter is not kept when there is a getter: __init__ takes the new one's.
  const ownDoc = rt.load(p + Prop.DOC);
  const doc = rt.i32[(p + Prop.GETTER_DOC) >> 2] !== 0 && fget !== none ? none : ownDoc !== 0 ? ownDoc : none;
  const argv = pushArgs(rt, 4);
  let copy: number;
  try {
    rt.store(argv, fget);
    rt.store(argv + 8, fset);
    rt.store(argv + 16, fdel);
    rt.store(argv + 24, doc);
    copy = call(rt, rt.typeOf(p), argv, 4, 0);
  } finally {
    rt.argTop = argv;
  }
  if (rt.isInstance(copy, rt.T.property)) setField(rt, copy, Prop.NAME, rt.load(p + Prop.NAME));
  return copy;
}

function copyMethod(name: "getter" | "setter" | "deleter") {
  const fname = `property.${name}`;
  return (rt: Runtime, p: number, args: number, nargs: number, kwnames: number): number => {
    checkArgs(rt, fname, nargs, kwnames, 1, 1);
    const f = arg(rt, args, 0);
    return propertyCopy(rt, p, name === "getter" ? f : 0, name === "setter" ? f : 0, name === "deleter" ? f : 0);
  };
}

/** __set_name__(owner, name): remember the name for error messages. */
function propertySetName(rt: Runtime, p: number, args: number, nargs: number, kwnames: number): number {
  if (nargs !== 2) throw rt.raise(rt.E.TypeError, `__set_name__() takes 2 positional arguments but ${nargs} were given`);
  checkArgs(rt, "__set_name__", nargs, kwnames, 2, 2);
  setField(rt, p, Prop.NAME, arg(rt, args, 1));
  rt.incref(rt.S.None);
  return rt.S.None;
}

function propertyDealloc(rt: Runtime, p: number): void {
  const owned = OWNED.map((off) => rt.load(p + off));
  rt.freeObject(p);
  for (const o of owned) if (o !== 0) rt.decref(o);
}

const PROPERTY_DOC = `Property attribute.

  fget
    function to be used for getting an attribute value
  fset
    function to be used for setting an attribute value
  fdel
    function to be used for del'ing an attribute
  doc
    docstring

Typical use is to define a managed attribute x:

class C(object):
    def getx(self): return self._x
    def setx(self, value): self._x = value
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")

Decorators make defining new properties or modifying existing ones easy:

class C(object):
    @property
    def x(self):
        "I am the 'x' property."
        return self._x
    @x.setter
    def x(self, value):
        self._x = value
    @x.deleter
    def x(self):
        del self._x`;

export const propertyType: TypeDef = {
  name: "property",
  basicsize: Prop.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: PROPERTY_DOC,
  dealloc: propertyDealloc,
  traverse: (rt, p, visit) => {
    for (const off of OWNED) {
      const v = rt.load(p + off);
      if (v !== 0) visit(v);
    }
  },
  clear: (rt, p) => {
    for (const off of OWNED) clearField(rt, p, off);
  },
  new: (rt, cls) => genericAlloc(rt, cls),
  init: propertyInit,
  descrGet: propertyGet,
  descrSet: propertySet,
  methods: [
    { name: "getter", fn: copyMethod("getter"), doc: "Descriptor to obtain a copy of the property with a different getter." },
    { name: "setter", fn: copyMethod("setter"), doc: "Descriptor to obtain a copy of the property with a different setter." },
    { name: "deleter", fn: copyMethod("deleter"), doc: "Descriptor to obtain a copy of the property with a different deleter." },
    { name: "__set_name__", fn: propertySetName, doc: "Method to set name of a property." },
  ],
  getset: [
    readonlyMember("fget", Prop.GET),
    readonlyMember("fset", Prop.SET),
    readonlyMember("fdel", Prop.DEL),
    writableMember("__doc__", Prop.DOC),
    {
      name: "__isabstractmethod__",
      get: (rt, p) =>
        pyBool(rt, isAbstract(rt, rt.load(p + Prop.GET)) || isAbstract(rt, rt.load(p + Prop.SET)) || isAbstract(rt, rt.load(p + Prop.DEL))),
    },
  ],
};
