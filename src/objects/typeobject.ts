/**
 * `type`: type objects and attribute lookup through the MRO.
 *
 * A type object is a heap object in CPython's PyTypeObject layout (Tp offsets, 408 bytes for
 * static types, 904 for classes). Its `__dict__` is an ordinary dict (Tp.DICT) of interned
 * names to attributes: method descriptors made from the TypeDef's method table, getset
 * descriptors, and for classes whatever the class body defined. `tp_mro` is a tuple of types
 * starting with the type itself and ending with `object`.
 *
 * Lookup (`typeLookup`) walks the MRO's dicts and returns a borrowed reference or 0; it never
 * raises except when a dict comparison does. Builtin types' behaviour is in their slot tables;
 * the dict is what `getattr`, `dir` and bound methods see.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { dictGetItemStr } from "./dict.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { newList, listSetItem } from "./list.js";
import { newInt } from "./int.js";
import { objectHash } from "./object.js";
import { typeDir } from "./dir.js";

/**
 * Find `name` (an exact str) in the dicts along type's MRO. Borrowed reference, or 0.
 */
export function typeLookup(rt: Runtime, type: number, name: number): number {
  const mro = rt.load(type + Tp.MRO);
  if (mro === 0) {
    const dict = rt.load(type + Tp.DICT);
    return dict === 0 ? 0 : dictGetItemStr(rt, dict, name);
  }
  const n = tupleSize(rt, mro);
  for (let i = 0; i < n; i++) {
    const dict = rt.load(tupleItem(rt, mro, i) + Tp.DICT);
    if (dict === 0) continue;
    const v = dictGetItemStr(rt, dict, name);
    if (v !== 0) return v;
  }
  return 0;
}

/** typeLookup by JS name, through the static identifier table. Borrowed, or 0. */
export function typeLookupText(rt: Runtime, type: number, name: string): number {
  return typeLookup(rt, type, rt.identifier(name));
}

export function isType(rt: Runtime, o: number): boolean {
  return (rt.typeFlags(rt.typeOf(o)) & TpFlag.TYPE_SUBCLASS) !== 0;
}

function typeRepr(rt: Runtime, type: number): number {
  const flags = rt.typeFlags(type);
  if (flags & TpFlag.HEAPTYPE) {
    const module = rt.load(type + Tp.HT_MODULE);
    const qualname = rt.jsString(rt.load(type + Tp.HT_QUALNAME));
    const moduleText = module !== 0 && rt.typeOf(module) === rt.T.str ? rt.jsString(module) : "";
    if (moduleText !== "" && moduleText !== "builtins") return rt.newStr(`<class '${moduleText}.${qualname}'>`);
    return rt.newStr(`<class '${qualname}'>`);
  }
  return rt.newStr(`<class '${rt.typeNameOf(type)}'>`);
}

/**
 * type's getattro: data descriptors on the metatype, then the type's own MRO (calling
 * `__get__(None, type)` on descriptors found there), then non-data descriptors and plain
 * values on the metatype. Returns a new reference or 0.
 */
function typeGetattro(rt: Runtime, type: number, name: number): number {
  const metatype = rt.typeOf(type);
  const metaAttr = typeLookup(rt, metatype, name);
  let metaGet: TypeDef["descrGet"] | undefined;
  if (metaAttr !== 0) {
    const metaSlots = rt.slotsOf(metaAttr);
    metaGet = metaSlots.descrGet;
    if (metaGet !== undefined && metaSlots.descrSet !== undefined) return metaGet(rt, metaAttr, type, metatype);
  }
  const attr = typeLookup(rt, type, name);
  if (attr !== 0) {
    const get = rt.slotsOf(attr).descrGet;
    if (get !== undefined) return get(rt, attr, 0, type);
    rt.incref(attr);
    return attr;
  }
  if (metaGet !== undefined) return metaGet(rt, metaAttr, type, metatype);
  if (metaAttr !== 0) {
    rt.incref(metaAttr);
    return metaAttr;
  }
  return 0;
}

/**
 * The `new` slot of builtin types that cannot be instantiated from Python (iterators,
 * descriptors, builtin functions): it overrides the `new` they would inherit from object.
 */
export function noInstances(rt: Runtime, cls: number): number {
  throw rt.raise(rt.E.TypeError, `cannot create '${rt.typeNameOf(cls)}' instances`);
}

/** type(...) called: type(x) gives x's type; cls(...) makes an instance through new + init. */
function typeCall(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T.type && nargs === 1 && kwnames === 0) {
    const t = rt.typeOf(rt.load(args));
    rt.incref(t);
    return t;
  }
  const slots = rt.typeSlots(cls);
  if (slots.new === undefined) return noInstances(rt, cls);
  const o = slots.new(rt, cls, args, nargs, kwnames);
  if (slots.init !== undefined && rt.isSubtype(rt.typeOf(o), cls)) {
    try {
      rt.slotsOf(o).init!(rt, o, args, nargs, kwnames);
    } catch (e) {
      rt.decref(o);
      throw e;
    }
  }
  return o;
}

function typeDealloc(rt: Runtime, type: number): void {
  // Static types are never freed; heap types (classes) are the classes issue's.
  throw rt.raise(rt.E.SystemError, `deallocating type '${rt.typeNameOf(type)}'`);
}

function typeHash(rt: Runtime, type: number): number {
  return objectHash(rt, type);
}

function getName(rt: Runtime, type: number): number {
  const full = rt.typeNameOf(type);
  const dot = full.lastIndexOf(".");
  return rt.newStr(dot < 0 || rt.typeFlags(type) & TpFlag.HEAPTYPE ? full : full.slice(dot + 1));
}

function getQualname(rt: Runtime, type: number): number {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const q = rt.load(type + Tp.HT_QUALNAME);
    rt.incref(q);
    return q;
  }
  return getName(rt, type);
}

function getModule(rt: Runtime, type: number): number {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const m = rt.load(type + Tp.HT_MODULE);
    if (m !== 0) {
      rt.incref(m);
      return m;
    }
  }
  const full = rt.typeNameOf(type);
  const dot = full.lastIndexOf(".");
  return rt.newStr(dot < 0 ? "builtins" : full.slice(0, dot));
}

function borrowedField(field: Tp) {
  return (rt: Runtime, type: number): number => {
    const v = rt.load(type + field);
    if (v === 0) {
      rt.incref(rt.S.None);
      return rt.S.None;
    }
    rt.incref(v);
    return v;
  };
}

export const typeType: TypeDef = {
  name: "type",
  basicsize: Tp.HEAP_SIZE,
  itemsize: 40,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.TYPE_SUBCLASS,
  dealloc: typeDealloc,
  repr: typeRepr,
  hash: typeHash,
  getattro: typeGetattro,
  call: typeCall,
  sizeof: (rt, type) => (rt.typeFlags(type) & TpFlag.HEAPTYPE ? Tp.HEAP_SIZE : Tp.SIZE),
  getset: [
    { name: "__name__", get: getName },
    { name: "__qualname__", get: getQualname },
    { name: "__module__", get: getModule },
    { name: "__mro__", get: borrowedField(Tp.MRO) },
    { name: "__bases__", get: borrowedField(Tp.BASES) },
    { name: "__base__", get: borrowedField(Tp.BASE) },
    { name: "__dict__", get: borrowedField(Tp.DICT) },
    { name: "__doc__", get: borrowedField(Tp.DOC) },
    { name: "__basicsize__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.BASICSIZE) >> 2]) },
    { name: "__itemsize__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.ITEMSIZE) >> 2]) },
    { name: "__flags__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.FLAGS) >> 2] >>> 0) },
  ],
  methods: [
    { name: "__dir__", fn: typeDir, doc: "Specialized __dir__ implementation for types." },
    {
      name: "mro",
      fn: (rt, self) => {
        const mro = rt.load(self + Tp.MRO);
        const n = tupleSize(rt, mro);
        const list = newList(rt, n);
        for (let i = 0; i < n; i++) {
          const t = tupleItem(rt, mro, i);
          rt.incref(t);
          listSetItem(rt, list, i, t);
        }
        return list;
      },
    },
  ],
};
