/**
 * `object`: the root type, and the generic attribute protocol every type inherits.
 *
 * An `object()` is just the 16-byte header. Generic attribute access follows CPython's
 * PyObject_GenericGetAttr: a data descriptor on the type wins, then the instance `__dict__`
 * (found through tp_dictoffset), then a non-data descriptor or plain class attribute.
 * Instances of ordinary classes keep their attributes in the managed-dict pre-header: inline
 * values read through the class's shared keys until a dict is made (instance-dict.ts).
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { ManagedDict, Ob, Tp, TpFlag } from "./layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { typeLookup } from "./typeobject.js";
import { dictGetItemStr, dictSetItem, dictDelItem, newDict, newDictWithSharedKeys } from "./dict.js";
import {
  cachedKeys, initInstanceValues, instanceValues, instanceValuesGet, instanceValuesStore, materializeInstanceDict,
} from "./instance-dict.js";
import { arg, checkArgs, kwCount, argTypeName } from "./args.js";
import { objectInit } from "./slot-calls.js";
import { memberGet, memberSet } from "./member-descriptor.js";
import { getAttr, isTrue, str } from "./abstract.js";
import { listFromIterable, listItem, listSize } from "./list.js";
import { listSort } from "./list-sort.js";
import { newInt } from "./int.js";
import { objectDir } from "./dir.js";

/**
 * An object's address as default reprs show it (`%p` in CPython): `0x` + hex. glasspy's ids
 * are the addresses themselves, so `hex(id(o))` matches the repr.
 */
export function addressText(o: number): string {
  return "0x" + o.toString(16);
}

/**
 * CPython's _Py_HashPointer rotates the address right by 4 bits; glasspy's addresses are
 * below 2^31 and 8- or 16-aligned, so the rotation's high bits only matter for 8-aligned
 * addresses; the hash keeps the shifted address and folds the low bits back in.
 */
export function objectHash(_rt: Runtime, o: number): number {
  return (o >>> 4) + (o & 15) * 0x8000000;
}

/**
 * The byte address of the word holding o's instance dict, or 0 when o has none: the
 * managed-dict pre-header (obj-24) for instances of ordinary classes; else tp_dictoffset,
 * counted from the end of the items when negative (subclasses of int, tuple, bytes), as
 * CPython's _PyObject_GetDictPtr does. An int always has at least one digit in glasspy.
 */
export function instanceDictSlot(rt: Runtime, o: number): number {
  const i32 = rt.i32;
  const type = i32[(o + Ob.TYPE) >> 2];
  if (i32[(type + Tp.FLAGS) >> 2] & TpFlag.MANAGED_DICT) return o + ManagedDict.DICT;
  const offset = i32[(type + Tp.DICTOFFSET) >> 2];
  if (offset >= 0) return offset === 0 ? 0 : o + offset;
  let n = Math.abs(i32[(o + Ob.SIZE) >> 2]);
  if (i32[(type + Tp.FLAGS) >> 2] & TpFlag.LONG_SUBCLASS) n = Math.max(1, n);
  const size = (i32[(type + Tp.BASICSIZE) >> 2] + n * i32[(type + Tp.ITEMSIZE) >> 2] + 7) & ~7;
  return o + size + offset;
}

/**
 * _PyObject_GetDictPtr: the address of o's dict word, as `instanceDictSlot`, after turning
 * inline values (managed-dict instances) into the dict. 0 when o has no dict.
 */
export function instanceDictPtr(rt: Runtime, o: number): number {
  if (rt.typeFlags(rt.typeOf(o)) & TpFlag.MANAGED_DICT) {
    materializeInstanceDict(rt, o);
    return o + ManagedDict.DICT;
  }
  return instanceDictSlot(rt, o);
}

/**
 * o's instance dict (inline values become one), creating an empty one when `create` and the
 * type has a dict. Borrowed, or 0.
 */
export function instanceDict(rt: Runtime, o: number, create: boolean): number {
  const slot = instanceDictPtr(rt, o);
  if (slot === 0) return 0;
  let dict = rt.load(slot);
  if (dict === 0 && create) {
    dict = newDict(rt);
    rt.store(slot, dict);
  }
  return dict;
}

/** PyObject_GenericGetAttr. New reference, or 0 when missing (no exception set). */
export function genericGetAttr(rt: Runtime, o: number, name: number): number {
  const type = rt.typeOf(o);
  const descr = typeLookup(rt, type, name);
  let get: TypeDef["descrGet"] | undefined;
  if (descr !== 0) {
    // A `__slots__` member (a data descriptor; member_descriptor has no subclasses), directly.
    if (rt.typeOf(descr) === rt.T.member_descriptor) return memberGet(rt, descr, o, type);
    const slots = rt.slotsOf(descr);
    get = slots.descrGet;
    if (get !== undefined && slots.descrSet !== undefined) return get(rt, descr, o, type);
  }
  let dict: number;
  const values = rt.typeFlags(type) & TpFlag.MANAGED_DICT ? instanceValues(rt, o) : 0;
  if (values !== 0 && rt.typeOf(name) === rt.T.str) {
    const v = instanceValuesGet(rt, o, values, name);
    if (v !== 0) {
      rt.incref(v);
      return v;
    }
    dict = 0;
  } else {
    // A str subclass as the name needs the dict's general lookup: make the dict.
    dict = instanceDict(rt, o, false);
  }
  if (dict !== 0) {
    const v = dictGetItemStr(rt, dict, name);
    if (v !== 0) {
      rt.incref(v);
      return v;
    }
  }
  if (get !== undefined) return get(rt, descr, o, type);
  if (descr !== 0) {
    rt.incref(descr);
    return descr;
  }
  return 0;
}

/**
 * PyObject_GenericSetAttr; `value` 0 deletes. Inline values take the store while o has them;
 * otherwise o's dict does, made on demand (a split dict on the class's shared keys when it
 * has some, even for a delete, as CPython's _PyObjectDict_SetItem).
 */
export function genericSetAttr(rt: Runtime, o: number, name: number, value: number): void {
  const type = rt.typeOf(o);
  const descr = typeLookup(rt, type, name);
  if (descr !== 0) {
    if (rt.typeOf(descr) === rt.T.member_descriptor) {
      memberSet(rt, descr, o, value);
      return;
    }
    const set = rt.slotsOf(descr).descrSet;
    if (set !== undefined) {
      set(rt, descr, o, value);
      return;
    }
  }
  const values = rt.typeFlags(type) & TpFlag.MANAGED_DICT ? instanceValues(rt, o) : 0;
  if (values !== 0) {
    if (!instanceValuesStore(rt, o, values, name, value)) raiseNoAttribute(rt, o, name);
    return;
  }
  const slot = instanceDictSlot(rt, o);
  if (slot === 0) {
    const what = rt.jsString(name);
    if (descr === 0) throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object has no attribute '${what}'`);
    throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object attribute '${what}' is read-only`);
  }
  let dict = rt.load(slot);
  if (dict === 0) {
    const keys = cachedKeys(rt, type);
    dict = keys !== 0 ? newDictWithSharedKeys(rt, keys) : newDict(rt);
    rt.store(slot, dict);
  }
  if (value !== 0) {
    dictSetItem(rt, dict, name, value);
  } else if (!dictDelItem(rt, dict, name)) {
    raiseNoAttribute(rt, o, name);
  }
}

function raiseNoAttribute(rt: Runtime, o: number, name: number): never {
  throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object has no attribute '${rt.jsString(name)}'`);
}

/**
 * The attribute `name` (an exact str) of o's own, from its inline values or its dict, without
 * making a dict (for LOAD_METHOD's shadowing test). Borrowed, or 0.
 */
export function instanceAttribute(rt: Runtime, o: number, name: number): number {
  const type = rt.typeOf(o);
  let slot: number;
  if (rt.typeFlags(type) & TpFlag.MANAGED_DICT) {
    const values = instanceValues(rt, o);
    if (values !== 0) return instanceValuesGet(rt, o, values, name);
    slot = o + ManagedDict.DICT;
  } else {
    slot = instanceDictSlot(rt, o);
    if (slot === 0) return 0;
  }
  const dict = rt.load(slot);
  return dict === 0 ? 0 : dictGetItemStr(rt, dict, name);
}

/** The default repr: `<object object at 0x...>`, `<__main__.C object at 0x...>`. */
export function defaultRepr(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  let name = rt.typeNameOf(type);
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const module = rt.load(type + Tp.HT_MODULE);
    const qualname = rt.jsString(rt.load(type + Tp.HT_QUALNAME));
    const moduleText = module !== 0 && rt.typeOf(module) === rt.T.str ? rt.jsString(module) : "";
    name = moduleText !== "" && moduleText !== "builtins" ? `${moduleText}.${qualname}` : qualname;
  }
  return rt.newStr(`<${name} object at ${addressText(o)}>`);
}

function objectRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  let result = rt.S.NotImplemented;
  if (op === CompareOp.EQ) {
    if (a === b) result = rt.S.True;
  } else if (op === CompareOp.NE) {
    // object.__ne__ inverts the type's __eq__ unless that says NotImplemented.
    const eq = rt.slotsOf(a).richcompare;
    if (eq !== undefined) {
      const r = eq(rt, a, b, CompareOp.EQ);
      if (r === rt.S.NotImplemented) return r;
      // Any object's truth counts (CPython's object_richcompare uses PyObject_IsTrue).
      let truth: boolean;
      try {
        truth = isTrue(rt, r);
      } finally {
        rt.decref(r);
      }
      result = truth ? rt.S.False : rt.S.True;
    }
  }
  rt.incref(result);
  return result;
}

/**
 * object.__new__ (CPython's object_new): an instance of `cls` with its basicsize, zeroed.
 * Extra arguments are an error unless the class overrides `__init__` and not `__new__`
 * (then `__init__` takes them).
 */
function objectNew(rt: Runtime, cls: number, _args: number, nargs: number, kwnames: number): number {
  if (nargs > 0 || kwCount(rt, kwnames) > 0) {
    const slots = rt.typeSlots(cls);
    if (slots.new !== objectNew) {
      throw rt.raise(rt.E.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (slots.init === undefined || slots.init === objectInit) {
      throw rt.raise(rt.E.TypeError, `${rt.typeNameOf(cls)}() takes no arguments`);
    }
  }
  if (rt.typeFlags(cls) & TpFlag.IS_ABSTRACT) raiseAbstract(rt, cls);
  // allocObject zeroes a class's instance; object's own instances are the bare header.
  const o = rt.allocObject(cls, rt.i32[(cls + Tp.BASICSIZE) >> 2]);
  if (rt.typeFlags(cls) & TpFlag.MANAGED_DICT) {
    try {
      initInstanceValues(rt, o);
    } catch (e) {
      rt.decref(o);
      throw e;
    }
  }
  return o;
}

/** "Can't instantiate abstract class C with abstract methods f, g" (names sorted). */
function raiseAbstract(rt: Runtime, cls: number): never {
  const methods = getAttr(rt, cls, rt.identifier("__abstractmethods__"));
  let names: number;
  try {
    names = listFromIterable(rt, methods);
  } finally {
    rt.decref(methods);
  }
  let text: string;
  let count: number;
  try {
    listSort(rt, names, 0, false);
    count = listSize(rt, names);
    text = Array.from({ length: count }, (_, i) => str(rt, listItem(rt, names, i))).map((s) => {
      try {
        return rt.jsString(s);
      } finally {
        rt.decref(s);
      }
    }).join(", ");
  } finally {
    rt.decref(names);
  }
  throw rt.raise(rt.E.TypeError, `Can't instantiate abstract class ${rt.typeNameOf(cls)} with abstract method${count > 1 ? "s" : ""} ${text}`);
}

/** The name of a class method's class for its messages: `C.__init_subclass__()`. */
function boundClassName(rt: Runtime, cls: number): string {
  if (rt.typeFlags(cls) & TpFlag.HEAPTYPE) return rt.jsString(rt.load(cls + Tp.HT_QUALNAME));
  return rt.typeNameOf(cls);
}

/** object.__init_subclass__(): called when a class is subclassed; accepts no arguments. */
function objectInitSubclass(rt: Runtime, cls: number, _args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) {
    throw rt.raise(rt.E.TypeError, `${boundClassName(rt, cls)}.__init_subclass__() takes no keyword arguments`);
  }
  if (nargs > 0) {
    throw rt.raise(rt.E.TypeError, `${boundClassName(rt, cls)}.__init_subclass__() takes no arguments (${nargs} given)`);
  }
  rt.incref(rt.S.None);
  return rt.S.None;
}

/** object.__subclasshook__(subclass): NotImplemented, leaving issubclass to the usual rules. */
function objectSubclasshook(rt: Runtime, _cls: number, _args: number, _nargs: number, _kwnames: number): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

/** object.__format__(spec): str(self) for an empty spec, else a TypeError. */
function objectFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "object.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${argTypeName(rt, spec)}`);
  }
  if (rt.i32[(spec + Ob.SIZE) >> 2] !== 0) {
    throw rt.raise(rt.E.TypeError, `unsupported format string passed to ${rt.typeName(self)}.__format__`);
  }
  return str(rt, self);
}

/** The default __sizeof__: basicsize + |ob_size| * itemsize, or the type's own sizeof slot. */
export function objectSizeof(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  const own = rt.typeSlots(type).sizeof;
  if (own !== undefined) return own(rt, o);
  const basic = rt.i32[(type + Tp.BASICSIZE) >> 2];
  const item = rt.i32[(type + Tp.ITEMSIZE) >> 2];
  return item === 0 ? basic : basic + Math.abs(rt.i32[(o + Ob.SIZE) >> 2]) * item;
}

// ── __class__ assignment (CPython's object_set_class) ────────────────────────────────────

/** Does `child` lay its instances out exactly as its base does (compatible_with_tp_base)? */
function sameLayoutAsBase(rt: Runtime, child: number): boolean {
  const parent = rt.load(child + Tp.BASE);
  if (parent === 0) return false;
  const same = (field: Tp) => rt.i32[(child + field) >> 2] === rt.i32[(parent + field) >> 2];
  return (
    same(Tp.BASICSIZE) && same(Tp.ITEMSIZE) && same(Tp.DICTOFFSET) && same(Tp.WEAKLISTOFFSET) &&
    (rt.typeFlags(child) & TpFlag.HAVE_GC) === (rt.typeFlags(parent) & TpFlag.HAVE_GC) &&
    ((rt.typeFlags(child) & TpFlag.HEAPTYPE) !== 0 || rt.typeSlots(child).dealloc === rt.typeSlots(parent).dealloc)
  );
}

function slotNames(rt: Runtime, type: number): string[] {
  const slots = rt.typeFlags(type) & TpFlag.HEAPTYPE ? rt.load(type + Tp.HT_SLOTS) : 0;
  const out: string[] = [];
  for (let i = 0, n = slots === 0 ? 0 : rt.i32[(slots + Ob.SIZE) >> 2]; i < n; i++) out.push(rt.jsString(rt.load(slots + Ob.VAR_HEAD_SIZE + 8 * i)));
  return out;
}

/** Two sibling classes that add the same words to the same base (same_slots_added). */
function sameSlotsAdded(rt: Runtime, a: number, b: number): boolean {
  let size = rt.i32[(rt.load(a + Tp.BASE) + Tp.BASICSIZE) >> 2];
  const field = (t: number, f: Tp) => rt.i32[(t + f) >> 2];
  if (field(a, Tp.DICTOFFSET) === size && field(b, Tp.DICTOFFSET) === size) size += 8;
  if (field(a, Tp.WEAKLISTOFFSET) === size && field(b, Tp.WEAKLISTOFFSET) === size) size += 8;
  if (slotNames(rt, a).join("\0") !== slotNames(rt, b).join("\0")) return false;
  size += 8 * slotNames(rt, a).length;
  return size === field(a, Tp.BASICSIZE) && size === field(b, Tp.BASICSIZE);
}

/** `obj.__class__ = cls`: allowed between classes whose instances have the same layout. */
function setClass(rt: Runtime, o: number, value: number): void {
  if (value === 0) throw rt.raise(rt.E.TypeError, "can't delete __class__ attribute");
  if (!rt.hasFlag(value, TpFlag.TYPE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__class__ must be set to a class, not '${rt.typeName(value)}' object`);
  }
  const newto = value;
  const oldto = rt.typeOf(o);
  const modules = rt.isSubtype(newto, rt.T.module) && rt.isSubtype(oldto, rt.T.module);
  if (!modules && (rt.typeFlags(newto) & TpFlag.IMMUTABLETYPE || rt.typeFlags(oldto) & TpFlag.IMMUTABLETYPE)) {
    throw rt.raise(rt.E.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(rt, newbase)) newbase = rt.load(newbase + Tp.BASE);
  while (sameLayoutAsBase(rt, oldbase)) oldbase = rt.load(oldbase + Tp.BASE);
  const managed = (t: number) => rt.typeFlags(t) & TpFlag.MANAGED_DICT;
  if (
    managed(newto) !== managed(oldto) ||
    (newbase !== oldbase && (rt.load(newbase + Tp.BASE) !== rt.load(oldbase + Tp.BASE) || !sameSlotsAdded(rt, newbase, oldbase)))
  ) {
    throw rt.raise(
      rt.E.TypeError,
      `__class__ assignment: '${rt.typeNameOf(newto)}' object layout differs from '${rt.typeNameOf(oldto)}'`,
    );
  }
  // The inline values belong to the old class's shared keys: make the dict first.
  if (managed(oldto)) materializeInstanceDict(rt, o);
  if (rt.typeFlags(newto) & TpFlag.HEAPTYPE) rt.incref(newto);
  rt.store(o + Ob.TYPE, newto);
  if (rt.typeFlags(oldto) & TpFlag.HEAPTYPE) rt.decref(oldto);
}

export const objectType: TypeDef = {
  name: "object",
  basicsize: Ob.HEAD_SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE,
  doc: "The base class of the class hierarchy.",
  dealloc: (rt, o) => rt.freeObject(o),
  repr: defaultRepr,
  hash: objectHash,
  richcompare: objectRichcompare,
  getattro: genericGetAttr,
  setattro: genericSetAttr,
  new: objectNew,
  methods: [
    { name: "__format__", fn: objectFormat },
    { name: "__dir__", fn: objectDir, doc: "Default dir() implementation." },
    {
      name: "__init_subclass__",
      fn: objectInitSubclass,
      classMethod: true,
      doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n",
    },
    {
      name: "__subclasshook__",
      fn: objectSubclasshook,
      classMethod: true,
      doc: "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n",
    },
    {
      name: "__sizeof__",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "object.__sizeof__", nargs, kwnames, 0, 0);
        return newInt(rt, objectSizeof(rt, self));
      },
    },
  ],
  getset: [
    {
      name: "__class__",
      get: (rt, o) => {
        const t = rt.typeOf(o);
        rt.incref(t);
        return t;
      },
      set: setClass,
      doc: "the object's class",
    },
  ],
};
