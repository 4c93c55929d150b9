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
import { packed, releasePacked, takeArgsPackedMark, takePacked } from "./call-transients.js";
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { enterRecursiveCall, leaveRecursiveCall } from "./recursion-guard.js";
import { dictGetItemStr, dictSetItem, dictDelItem, dictClear, dictReleaseKeys, newDict } from "./dict.js";
import { keysSize } from "./dict-keys.js";
import { checkArgs, kwCount } from "./args.js";
import { InternalError } from "./errors.js";
import { typeNew } from "./type-new.js";
import { mroTail } from "./mro.js";
import { removeSubclass, releaseSubclasses, subclassList } from "./type-subclasses.js";
import { updateHeapTypeSlot } from "./heap-type-slots.js";
import { newMappingProxy } from "./mappingproxy.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { newList, listSetItem } from "./list.js";
import { newInt } from "./int.js";
import { numberToInt } from "./int-methods.js";
import { objectHash } from "./object.js";
import { isTrue } from "./abstract.js";
import { typeDir } from "./dir.js";
import { cachedTypeLookup, typeModified } from "./method-cache.js";
import { clearWeakrefs } from "./weakref.js";

/**
 * Find `name` (an exact str) in the dicts along type's MRO. Borrowed reference, or 0.
 */
export function typeLookup(rt: Runtime, type: number, name: number): number {
  return cachedTypeLookup(rt, type, name, walkMro);
}

/** typeLookup without the cache: the walk along the MRO's dicts. */
function walkMro(rt: Runtime, type: number, name: number): number {
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

/**
 * Does calling `cls` count a recursion level of its own? In CPython 3.11 a type without a
 * vectorcall of its own is called through _PyObject_MakeTpCall, which counts one while
 * __new__ and __init__ run: every class made by a class statement, and builtins such as int,
 * str, bytes, complex and zip. These builtin types have one (measured with python3.11:
 * calling them adds no level, and leaves no argument tuple on the free list), and so has
 * `type` for `type(x)`.
 */
function callCountsLevel(rt: Runtime, cls: number, nargs: number): boolean {
  const T = rt.T;
  if (cls === T.type) return nargs !== 1;
  return !(
    cls === T.bool || cls === T.dict || cls === T.enumerate || cls === T.filter || cls === T.float ||
    cls === T.frozenset || cls === T.list || cls === T.map || cls === T.range || cls === T.reversed ||
    cls === T.set || cls === T.super || cls === T.tuple
  );
}

/**
 * type(...) called (CPython's type_call): `type(x)` gives x's type; otherwise cls's new makes
 * the instance and, when it is an instance of cls, its type's init runs.
 */
function typeCall(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const alreadyPacked = takeArgsPackedMark();
  if (!callCountsLevel(rt, cls, nargs)) return constructInstance(rt, cls, args, nargs, kwnames);
  // _PyObject_MakeTpCall: the arguments packed in a tuple and a dict for the call's length
  // (call-transients.ts), unless CALL_FUNCTION_EX had them so already.
  let argsTuple = 0, kwargs = 0;
  if (!alreadyPacked) {
    takePacked(rt, args, nargs, kwnames);
    argsTuple = packed[0]!;
    kwargs = packed[1]!;
  }
  try {
    enterRecursiveCall(rt, " while calling a Python object");
    try {
      return constructInstance(rt, cls, args, nargs, kwnames);
    } finally {
      leaveRecursiveCall(rt);
    }
  } finally {
    releasePacked(rt, argsTuple, kwargs);
  }
}

/** type_call's work: `type(x)`, or cls's new and then init. */
function constructInstance(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T.type) {
    const nkw = kwCount(rt, kwnames);
    if (nargs === 1 && nkw === 0) {
      const t = rt.typeOf(rt.load(args));
      rt.incref(t);
      return t;
    }
    if (nargs !== 3) throw rt.raise(rt.E.TypeError, "type() takes 1 or 3 arguments");
  }
  if (cls === rt.T.int && nargs === 1 && kwCount(rt, kwnames) === 0) {
    // int(x): int.__new__ with one positional argument is int(x) of the number protocol, and
    // int's __init__ is object's, which accepts the argument and does nothing.
    return numberToInt(rt, rt.load(args));
  }
  const slots = rt.typeSlots(cls);
  if (slots.new === undefined) return noInstances(rt, cls);
  const o = slots.new(rt, cls, args, nargs, kwnames);
  if (!rt.isSubtype(rt.typeOf(o), cls)) return o;
  const init = rt.slotsOf(o).init;
  if (init !== undefined) {
    try {
      init(rt, o, args, nargs, kwnames);
    } catch (e) {
      rt.decref(o);
      throw e;
    }
  }
  return o;
}

/** type.__init__(cls, name, bases, dict): nothing to do once type.__new__ made the class. */
function typeInit(rt: Runtime, _self: number, _args: number, nargs: number, kwnames: number): void {
  if (nargs === 1 && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "type.__init__() takes no keyword arguments");
  if (nargs !== 1 && nargs !== 3) throw rt.raise(rt.E.TypeError, "type.__init__() takes 1 or 3 arguments");
}

/** Fields a class owns a reference to, released when it is freed. */
const HEAP_TYPE_FIELDS = [Tp.DICT, Tp.MRO, Tp.BASES, Tp.BASE, Tp.NAME, Tp.HT_NAME, Tp.HT_QUALNAME, Tp.HT_MODULE, Tp.HT_SLOTS] as const;

/**
 * A class is freed (static types never are): it leaves its bases' subclass records, releases
 * what it owns and its slot table's index, then its block (freeObject drops the reference to
 * a heap metaclass).
 */
function typeDealloc(rt: Runtime, type: number): void {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) throw new InternalError(`deallocating static type '${rt.typeNameOf(type)}'`);
  clearWeakrefs(rt, type);
  typeModified(rt, type);
  const bases = rt.load(type + Tp.BASES);
  if (bases !== 0) removeSubclass(rt, type, bases);
  releaseSubclasses(rt, type);
  for (const field of HEAP_TYPE_FIELDS) {
    const v = rt.load(type + field);
    if (v !== 0) {
      rt.store(type + field, 0);
      rt.decref(v);
    }
  }
  const cachedKeys = rt.load(type + Tp.HT_CACHED_KEYS);
  if (cachedKeys !== 0) {
    rt.store(type + Tp.HT_CACHED_KEYS, 0);
    dictReleaseKeys(rt, cachedKeys);
  }
  const index = rt.i32[(type + Tp.SLOTS_INDEX) >> 2];
  if (index >= 0) rt.removeSlots(index);
  rt.freeObject(type);
}

/** type.__sizeof__: PyHeapTypeObject plus the shared keys of a class's instances, or PyTypeObject. */
function typeSizeof(rt: Runtime, type: number): number {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) return Tp.SIZE;
  const cachedKeys = rt.load(type + Tp.HT_CACHED_KEYS);
  return Tp.HEAP_SIZE + (cachedKeys !== 0 ? keysSize(rt, cachedKeys) : 0);
}

function typeTraverse(rt: Runtime, type: number, visit: (child: number) => void): void {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) return;
  for (const field of [Tp.DICT, Tp.MRO, Tp.BASES, Tp.BASE] as const) {
    const v = rt.load(type + field);
    if (v !== 0) visit(v);
  }
}

/** type_clear: empty the dict and drop the MRO (which names the class itself: a cycle). */
function typeClear(rt: Runtime, type: number): void {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) return;
  typeModified(rt, type);
  const dict = rt.load(type + Tp.DICT);
  if (dict !== 0) dictClear(rt, dict);
  const mro = rt.load(type + Tp.MRO);
  if (mro !== 0) {
    rt.store(type + Tp.MRO, 0);
    rt.decref(mro);
  }
}

function isDunder(text: string): boolean {
  return text.length > 4 && text.startsWith("__") && text.endsWith("__");
}

/**
 * `C.x = v` / `del C.x` (type_setattro): a data descriptor on the metatype (`__name__`,
 * `__doc__`, ...) handles it; otherwise the class dict changes, and a dunder name updates the
 * slots of the class and its subclasses. Builtin types are immutable.
 */
function typeSetattro(rt: Runtime, type: number, name: number, value: number): void {
  if (rt.typeFlags(type) & TpFlag.IMMUTABLETYPE) {
    throw rt.raise(rt.E.TypeError, `cannot set '${rt.jsString(name)}' attribute of immutable type '${rt.typeNameOf(type)}'`);
  }
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `attribute name must be string, not '${rt.typeName(name)}'`);
  }
  const metatype = rt.typeOf(type);
  const descr = typeLookup(rt, metatype, name);
  if (descr !== 0) {
    const set = rt.slotsOf(descr).descrSet;
    if (set !== undefined) {
      set(rt, descr, type, value);
      return;
    }
  }
  const key = rt.typeOf(name) === rt.T.str ? rt.intern(rt.jsString(name)) : (rt.incref(name), name);
  try {
    // Before the change (a value released by it may run code that looks attributes up) and after.
    typeModified(rt, type);
    const dict = rt.load(type + Tp.DICT);
    if (value !== 0) {
      dictSetItem(rt, dict, key, value);
    } else if (!dictDelItem(rt, dict, key)) {
      throw rt.raise(rt.E.AttributeError, `type object '${rt.typeNameOf(type)}' has no attribute '${rt.jsString(key)}'`);
    }
    typeModified(rt, type);
    if (rt.typeOf(key) === rt.T.str && isDunder(rt.jsString(key))) updateHeapTypeSlot(rt, type, key);
  } finally {
    rt.decref(key);
  }
}

/** Replace an owned field of a class (value 0 clears it). */
function setHeapField(rt: Runtime, type: number, field: Tp, value: number): void {
  const old = rt.load(type + field);
  if (value !== 0) rt.incref(value);
  rt.store(type + field, value);
  if (old !== 0) rt.decref(old);
}

function typeHash(rt: Runtime, type: number): number {
  return objectHash(rt, type);
}

function getName(rt: Runtime, type: number): number {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const n = rt.load(type + Tp.HT_NAME);
    rt.incref(n);
    return n;
  }
  const full = rt.typeNameOf(type);
  const dot = full.lastIndexOf(".");
  return rt.newStr(dot < 0 ? full : full.slice(dot + 1));
}

function getQualname(rt: Runtime, type: number): number {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const q = rt.load(type + Tp.HT_QUALNAME);
    rt.incref(q);
    return q;
  }
  return getName(rt, type);
}

/** CPython's check_set_special_type_attr: only classes' special attributes can change. */
function checkSettable(rt: Runtime, type: number, value: number, name: string): void {
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) {
    throw rt.raise(rt.E.TypeError, `cannot set '${name}' attribute of immutable type '${rt.typeNameOf(type)}'`);
  }
  if (value === 0) throw rt.raise(rt.E.TypeError, `cannot delete '${name}' attribute of immutable type '${rt.typeNameOf(type)}'`);
}

function setName(rt: Runtime, type: number, value: number): void {
  checkSettable(rt, type, value, "__name__");
  if (!rt.hasFlag(value, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `can only assign string to ${rt.typeNameOf(type)}.__name__, not '${rt.typeName(value)}'`);
  }
  if (rt.jsString(value).includes("\0")) throw rt.raise(rt.E.ValueError, "type name must not contain null characters");
  setHeapField(rt, type, Tp.HT_NAME, value);
  setHeapField(rt, type, Tp.NAME, value);
}

function setQualname(rt: Runtime, type: number, value: number): void {
  checkSettable(rt, type, value, "__qualname__");
  if (!rt.hasFlag(value, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `can only assign string to ${rt.typeNameOf(type)}.__qualname__, not '${rt.typeName(value)}'`);
  }
  setHeapField(rt, type, Tp.HT_QUALNAME, value);
}

/** `__module__`: a class's dict entry; a builtin's dotted name prefix, else "builtins". */
function getModule(rt: Runtime, type: number): number {
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const m = dictGetItemStr(rt, rt.load(type + Tp.DICT), rt.identifier("__module__"));
    if (m === 0) throw rt.raise(rt.E.AttributeError, "__module__");
    rt.incref(m);
    return m;
  }
  const full = rt.typeNameOf(type);
  const dot = full.lastIndexOf(".");
  return rt.newStr(dot < 0 ? "builtins" : full.slice(0, dot));
}

function setModule(rt: Runtime, type: number, value: number): void {
  checkSettable(rt, type, value, "__module__");
  typeModified(rt, type);
  dictSetItem(rt, rt.load(type + Tp.DICT), rt.identifier("__module__"), value);
  setHeapField(rt, type, Tp.HT_MODULE, value);
}

/** The type's own dict entry `name`, through its `__get__(None, type)` when it is a descriptor. */
function ownDictAttr(rt: Runtime, type: number, name: string): number {
  const dict = rt.load(type + Tp.DICT);
  const v = dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier(name));
  if (v === 0) return 0;
  const get = rt.slotsOf(v).descrGet;
  if (get !== undefined) return get(rt, v, 0, type);
  rt.incref(v);
  return v;
}

/**
 * `C.__doc__`: a builtin type's own doc (Tp.DOC, set at bootstrap), as a new str each time as
 * CPython's type_get_doc makes one — its dict's `__doc__` may be a descriptor for its instances'
 * docs (property's); otherwise the dict entry, through its `__get__(None, C)`.
 */
function getDoc(rt: Runtime, type: number): number {
  if ((rt.typeFlags(type) & TpFlag.HEAPTYPE) === 0) {
    const builtinDoc = rt.load(type + Tp.DOC);
    if (builtinDoc !== 0) return rt.newStr(rt.jsString(builtinDoc));
  }
  const doc = ownDictAttr(rt, type, "__doc__");
  if (doc !== 0) return doc;
  rt.incref(rt.S.None);
  return rt.S.None;
}

function setDoc(rt: Runtime, type: number, value: number): void {
  checkSettable(rt, type, value, "__doc__");
  typeModified(rt, type);
  dictSetItem(rt, rt.load(type + Tp.DICT), rt.identifier("__doc__"), value);
}

/** `C.__annotations__`: the class dict's entry, made (empty) on first use for classes. */
function getAnnotations(rt: Runtime, type: number): number {
  const v = ownDictAttr(rt, type, "__annotations__");
  if (v !== 0) return v;
  if (!(rt.typeFlags(type) & TpFlag.HEAPTYPE)) {
    throw rt.raise(rt.E.AttributeError, `type object '${rt.typeNameOf(type)}' has no attribute '__annotations__'`);
  }
  const d = newDict(rt);
  typeModified(rt, type);
  dictSetItem(rt, rt.load(type + Tp.DICT), rt.identifier("__annotations__"), d);
  return d;
}

function setAnnotations(rt: Runtime, type: number, value: number): void {
  if (rt.typeFlags(type) & TpFlag.IMMUTABLETYPE) {
    throw rt.raise(rt.E.TypeError, `cannot set '__annotations__' attribute of immutable type '${rt.typeNameOf(type)}'`);
  }
  typeModified(rt, type);
  const dict = rt.load(type + Tp.DICT);
  const key = rt.identifier("__annotations__");
  if (value !== 0) dictSetItem(rt, dict, key, value);
  else if (!dictDelItem(rt, dict, key)) throw rt.raise(rt.E.AttributeError, "__annotations__");
}

/** `C.__abstractmethods__` (set by abc): the class's own dict entry; `type` itself has none. */
function getAbstractMethods(rt: Runtime, type: number): number {
  const v = type === rt.T.type ? 0 : dictGetItemStr(rt, rt.load(type + Tp.DICT), rt.identifier("__abstractmethods__"));
  if (v === 0) throw rt.raise(rt.E.AttributeError, "__abstractmethods__");
  rt.incref(v);
  return v;
}

/** Setting it also sets the IS_ABSTRACT flag that object.__new__ checks (by its truth). */
function setAbstractMethods(rt: Runtime, type: number, value: number): void {
  typeModified(rt, type);
  const dict = rt.load(type + Tp.DICT);
  const key = rt.identifier("__abstractmethods__");
  let abstract = false;
  if (value !== 0) {
    abstract = isTrue(rt, value);
    dictSetItem(rt, dict, key, value);
  } else if (!dictDelItem(rt, dict, key)) {
    throw rt.raise(rt.E.AttributeError, "__abstractmethods__");
  }
  if (abstract) rt.i32[(type + Tp.FLAGS) >> 2] |= TpFlag.IS_ABSTRACT;
  else rt.i32[(type + Tp.FLAGS) >> 2] &= ~TpFlag.IS_ABSTRACT;
}

/** `C.__dict__`: a read-only view of the class dict. */
function getTypeDict(rt: Runtime, type: number): number {
  return newMappingProxy(rt, rt.load(type + Tp.DICT));
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

/** type.__prepare__(name, bases, **kwds): the namespace a class body runs in, a new dict. */
function typePrepare(rt: Runtime): number {
  return newDict(rt);
}

export const typeType: TypeDef = {
  name: "type",
  basicsize: Tp.HEAP_SIZE,
  itemsize: 40,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.TYPE_SUBCLASS,
  doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
  // A type's `__dict__` word is its tp_dict (CPython's type.__dictoffset__ is 264).
  dictoffset: Tp.DICT,
  dealloc: typeDealloc,
  traverse: typeTraverse,
  clear: typeClear,
  repr: typeRepr,
  hash: typeHash,
  getattro: typeGetattro,
  setattro: typeSetattro,
  call: typeCall,
  new: typeNew,
  init: typeInit,
  // CPython counts neither the PyMemberDef array nor (yet, in glasspy) a class's cached
  // shared-keys table, which CPython adds for classes whose instances have a managed dict.
  sizeof: typeSizeof,
  getset: [
    { name: "__name__", get: getName, set: setName },
    { name: "__qualname__", get: getQualname, set: setQualname },
    { name: "__module__", get: getModule, set: setModule },
    { name: "__mro__", get: borrowedField(Tp.MRO) },
    { name: "__bases__", get: borrowedField(Tp.BASES) },
    { name: "__base__", get: borrowedField(Tp.BASE) },
    { name: "__dict__", get: getTypeDict },
    { name: "__doc__", get: getDoc, set: setDoc },
    { name: "__annotations__", get: getAnnotations, set: setAnnotations },
    { name: "__abstractmethods__", get: getAbstractMethods, set: setAbstractMethods },
    { name: "__basicsize__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.BASICSIZE) >> 2]) },
    { name: "__itemsize__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.ITEMSIZE) >> 2]) },
    { name: "__flags__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.FLAGS) >> 2] >>> 0) },
    { name: "__dictoffset__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.DICTOFFSET) >> 2]) },
    { name: "__weakrefoffset__", get: (rt, t) => newInt(rt, rt.i32[(t + Tp.WEAKLISTOFFSET) >> 2]) },
  ],
  methods: [
    { name: "__dir__", fn: typeDir, doc: "Specialized __dir__ implementation for types." },
    {
      name: "mro",
      doc: "Return a type's method resolution order.",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, `${rt.typeNameOf(self)}.mro`, nargs, kwnames, 0, 0);
        // type.mro() computes the C3 order afresh (a metaclass's mro() may build on it).
        const bases = rt.load(self + Tp.BASES);
        const order = [self, ...(bases === 0 ? [] : mroTail(rt, bases))];
        const list = newList(rt, order.length);
        order.forEach((t, i) => {
          rt.incref(t);
          listSetItem(rt, list, i, t);
        });
        return list;
      },
    },
    {
      name: "__subclasses__",
      doc: "Return a list of immediate subclasses.",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, `${rt.typeNameOf(self)}.__subclasses__`, nargs, kwnames, 0, 0);
        return subclassList(rt, self);
      },
    },
    {
      name: "__prepare__",
      classMethod: true,
      doc: "__prepare__() -> dict\nused to create the namespace for the class statement",
      fn: (rt) => typePrepare(rt),
    },
  ],
};
