/**
 * `type.__new__(metatype, name, bases, namespace, **kwds)`: making a class (CPython's type_new
 * and the parts of PyType_Ready a class needs).
 *
 * The order, as CPython's:
 *   1. the arguments; the most derived metaclass of `metatype` and the bases' metaclasses
 *      (a metaclass with its own `__new__` takes over); `()` bases mean `(object,)`;
 *   2. the best base (whose layout the class extends), the instance layout with `__slots__`,
 *      and the MRO — all checked before anything is allocated;
 *   3. the heap type object (PyHeapTypeObject, 904 bytes, plus one PyMemberDef per slot), its
 *      fields, the shared keys of its instances' dicts when they have a managed dict
 *      (ht_cached_keys, dict-values.ts), and its dict: a copy of the namespace without `__qualname__` and
 *      `__classcell__`, with `__new__` made a staticmethod, `__init_subclass__` and
 *      `__class_getitem__` classmethods, a member descriptor per slot, the `__dict__` and
 *      `__weakref__` getsets the class adds, `__doc__` (None when absent) and `__hash__ = None`
 *      when the class defines `__eq__` but not `__hash__`;
 *   4. the slot table (heap-type-slots.ts, which reads the finished dict and MRO), the
 *      `__class__` cell, the record in each base's `__subclasses__`;
 *   5. `__set_name__` on every attribute that has it, then the parent's `__init_subclass__`
 *      with the keyword arguments.
 */
import type { Runtime } from "./runtime.js";
import { MemberDef, Ob, Tp, TpFlag } from "./layout.js";
import { arg, kwCount, argTypeName } from "./args.js";
import { newTuple, tupleFromIterable, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { dictGetItemStr, dictSetItem, dictDelItem, dictContains, dictEntryCount, dictEntryKey, dictEntryValue, isDict } from "./dict.js";
import { dictCopy } from "./dict-merge.js";
import { call, callMethod, pushArgs, reprText } from "./abstract.js";
import { typeLookup } from "./typeobject.js";
import { bestBase, instanceLayout, solidBase, type InstanceLayout } from "./type-layout.js";
import { mroTail, mroFromTail } from "./mro.js";
import { typeModified } from "./method-cache.js";
import { addSubclass } from "./type-subclasses.js";
import { instanceLifecycle, instanceDictGetSet, instanceWeakrefGetSet } from "./instance.js";
import { makeHeapTypeSlots } from "./heap-type-slots.js";
import { newStaticMethod, newClassMethod } from "./method-decorators.js";
import { newMemberDescriptor } from "./member-descriptor.js";
import { newGetSetDescriptor } from "./native-function.js";
import { cellSet } from "./cell.js";
import { newKeysForClass } from "./dict-values.js";
import { Exc } from "./exceptions.js";
import { PY_RAISED } from "./errors.js";

/** Flags a class takes from its base: the fast subclass bits, the collection kind, MATCH_SELF. */
const INHERITED_FLAGS = 0xff000000 | TpFlag.SEQUENCE | TpFlag.MAPPING | TpFlag.MATCH_SELF;

/**
 * The most derived of `metatype` and the metaclasses of `bases` (CPython's
 * _PyType_CalculateMetaclass). Borrowed. Raises "metaclass conflict" when two are unrelated.
 */
export function calculateMetaclass(rt: Runtime, metatype: number, bases: number): number {
  let winner = metatype;
  for (let i = 0, n = tupleSize(rt, bases); i < n; i++) {
    const t = rt.typeOf(tupleItem(rt, bases, i));
    if (rt.isSubtype(winner, t)) continue;
    if (rt.isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    throw rt.raise(
      rt.E.TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** The `new` slot of `type`: type(x) or a new class. */
export function typeNew(rt: Runtime, metatype: number, args: number, nargs: number, kwnames: number): number {
  if (metatype === rt.T.type && nargs === 1 && kwCount(rt, kwnames) === 0) {
    const t = rt.typeOf(arg(rt, args, 0));
    rt.incref(t);
    return t;
  }
  if (nargs !== 3) throw rt.raise(rt.E.TypeError, `type.__new__() takes exactly 3 arguments (${nargs} given)`);
  const name = arg(rt, args, 0);
  const givenBases = arg(rt, args, 1);
  const namespace = arg(rt, args, 2);
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `type.__new__() argument 1 must be str, not ${argTypeName(rt, name)}`);
  }
  if (!rt.hasFlag(givenBases, TpFlag.TUPLE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `type.__new__() argument 2 must be tuple, not ${argTypeName(rt, givenBases)}`);
  }
  if (!isDict(rt, namespace)) {
    throw rt.raise(rt.E.TypeError, `type.__new__() argument 3 must be dict, not ${argTypeName(rt, namespace)}`);
  }
  const winner = calculateMetaclass(rt, metatype, givenBases);
  if (winner !== metatype) {
    const winnerNew = rt.typeSlots(winner).new;
    if (winnerNew !== typeNew && winnerNew !== undefined) return winnerNew(rt, winner, args, nargs, kwnames);
    metatype = winner;
  }
  let bases: number;
  if (tupleSize(rt, givenBases) === 0) {
    bases = newTuple(rt, 1);
    rt.incref(rt.T.object);
    tupleSetItem(rt, bases, 0, rt.T.object);
  } else {
    rt.incref(givenBases);
    bases = givenBases;
  }
  let dict = 0;
  let layout: InstanceLayout | undefined;
  let type: number;
  let tail: number[];
  try {
    const base = bestBase(rt, bases);
    dict = dictCopy(rt, namespace);
    checkNamespace(rt, dict);
    const nameText = rt.jsString(name);
    if (nameText.includes("\0")) throw rt.raise(rt.E.ValueError, "type name must not contain null characters");
    layout = instanceLayout(rt, nameText, base, bases, dict, dictGetItemStr(rt, dict, rt.identifier("__slots__")));
    tail = mroTail(rt, bases);
    type = allocHeapType(rt, metatype, name, base, bases, dict, layout);
    // The type owns bases, dict and the slots tuple from here on.
    bases = dict = 0;
    layout.slots = 0;
  } catch (e) {
    if (bases !== 0) rt.decref(bases);
    if (dict !== 0) rt.decref(dict);
    if (layout !== undefined && layout.slots !== 0) rt.decref(layout.slots);
    throw e;
  }
  try {
    // A class whose instances have a managed dict shares one keys table among them.
    if (layout.managedDict) rt.store(type + Tp.HT_CACHED_KEYS, newKeysForClass(rt));
    rt.store(type + Tp.MRO, mroFromTail(rt, type, tail));
    fillClassDict(rt, type, layout);
    if (metatype !== rt.T.type) customMro(rt, type);
    rt.i32[(type + Tp.SLOTS_INDEX) >> 2] = rt.addSlots(makeHeapTypeSlots(rt, type, instanceLifecycle));
    setClassCell(rt, type);
    addSubclass(rt, type, rt.load(type + Tp.BASES));
    // Its dict and MRO are complete: forget what lookups during creation (a metaclass's mro())
    // may have cached.
    typeModified(rt, type);
    setNames(rt, type);
    initSubclass(rt, type, args + 3 * 8, kwnames);
  } catch (e) {
    rt.decref(type);
    throw e;
  }
  return type;
}

/** The namespace entries whose kind is checked before the class exists. */
function checkNamespace(rt: Runtime, dict: number): void {
  const qualname = dictGetItemStr(rt, dict, rt.identifier("__qualname__"));
  if (qualname !== 0 && !rt.hasFlag(qualname, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `type __qualname__ must be a str, not ${rt.typeName(qualname)}`);
  }
  const cell = dictGetItemStr(rt, dict, rt.identifier("__classcell__"));
  if (cell !== 0 && rt.typeOf(cell) !== rt.T.cell) {
    throw rt.raise(rt.E.TypeError, `__classcell__ must be a nonlocal cell, not <class '${rt.typeName(cell)}'>`);
  }
}

/** A new reference to `v` stored at `type + field`. */
function own(rt: Runtime, type: number, field: number, v: number): void {
  rt.incref(v);
  rt.store(type + field, v);
}

/**
 * Allocate the class object and fill its fields. Takes over `bases`, `dict` and the layout's
 * slots tuple. The MRO, the slot table and the dict's derived entries come after.
 */
function allocHeapType(rt: Runtime, metatype: number, name: number, base: number, bases: number, dict: number, layout: InstanceLayout): number {
  const nslots = layout.slots === 0 ? 0 : tupleSize(rt, layout.slots);
  const size = rt.i32[(metatype + Tp.BASICSIZE) >> 2] + nslots * MemberDef.SIZE;
  const type = rt.allocObject(metatype, size);
  rt.i32.fill(0, (type + Ob.SIZE) >> 2, (type + size) >> 2);
  const i32 = rt.i32;
  i32[(type + Ob.SIZE) >> 2] = nslots;
  i32[(type + Tp.SLOTS_INDEX) >> 2] = -1;
  i32[(type + Tp.FLAGS) >> 2] =
    TpFlag.HEAPTYPE | TpFlag.BASETYPE | TpFlag.HAVE_GC | TpFlag.READY |
    (rt.typeFlags(base) & INHERITED_FLAGS) | (layout.managedDict ? TpFlag.MANAGED_DICT : 0);
  i32[(type + Tp.BASICSIZE) >> 2] = layout.basicsize;
  i32[(type + Tp.ITEMSIZE) >> 2] = layout.itemsize;
  i32[(type + Tp.DICTOFFSET) >> 2] = layout.dictoffset;
  i32[(type + Tp.WEAKLISTOFFSET) >> 2] = layout.weaklistoffset;
  own(rt, type, Tp.NAME, name);
  own(rt, type, Tp.HT_NAME, name);
  own(rt, type, Tp.BASE, base);
  rt.store(type + Tp.BASES, bases);
  rt.store(type + Tp.DICT, dict);
  rt.store(type + Tp.HT_SLOTS, layout.slots);
  for (let i = 0; i < nslots; i++) {
    const member = type + Tp.HEAP_SIZE + i * MemberDef.SIZE;
    rt.store(member + MemberDef.NAME, tupleItem(rt, layout.slots, i));
    i32[(member + MemberDef.TYPE) >> 2] = MemberDef.T_OBJECT_EX;
    i32[(member + MemberDef.OFFSET) >> 2] = layout.slotsOffset + 8 * i;
  }
  const qualnameKey = rt.identifier("__qualname__");
  const qualname = dictGetItemStr(rt, dict, qualnameKey);
  own(rt, type, Tp.HT_QUALNAME, qualname !== 0 ? qualname : name);
  if (qualname !== 0) dictDelItem(rt, dict, qualnameKey);
  const moduleKey = rt.identifier("__module__");
  let module = dictGetItemStr(rt, dict, moduleKey);
  if (module === 0) {
    const globals = rt.currentGlobals();
    const globalName = globals === 0 ? 0 : dictGetItemStr(rt, globals, rt.identifier("__name__"));
    if (globalName !== 0) {
      dictSetItem(rt, dict, moduleKey, globalName);
      module = globalName;
    }
  }
  if (module !== 0) own(rt, type, Tp.HT_MODULE, module);
  return type;
}

/** dict[name] = make() unless present; `make` returns a new reference, released here. */
function setDefault(rt: Runtime, dict: number, name: string, make: () => number): void {
  const key = rt.identifier(name);
  if (dictContains(rt, dict, key)) return;
  const v = make();
  try {
    dictSetItem(rt, dict, key, v);
  } finally {
    rt.decref(v);
  }
}

/** Replace a plain function under `name` with wrap(function) (CPython's type_new_staticmethod/classmethod). */
function wrapFunction(rt: Runtime, dict: number, name: string, wrap: (rt: Runtime, f: number) => number): void {
  const key = rt.identifier(name);
  const f = dictGetItemStr(rt, dict, key);
  if (f === 0 || rt.typeOf(f) !== rt.T.function) return;
  const wrapped = wrap(rt, f);
  try {
    dictSetItem(rt, dict, key, wrapped);
  } finally {
    rt.decref(wrapped);
  }
}

/** The class dict's derived entries, in CPython's order. */
function fillClassDict(rt: Runtime, type: number, layout: InstanceLayout): void {
  const dict = rt.load(type + Tp.DICT);
  wrapFunction(rt, dict, "__new__", newStaticMethod);
  wrapFunction(rt, dict, "__init_subclass__", newClassMethod);
  wrapFunction(rt, dict, "__class_getitem__", newClassMethod);
  const slots = rt.load(type + Tp.HT_SLOTS);
  for (let i = 0, n = slots === 0 ? 0 : tupleSize(rt, slots); i < n; i++) {
    const slotName = tupleItem(rt, slots, i);
    if (dictContains(rt, dict, slotName)) continue;
    const d = newMemberDescriptor(rt, type, slotName, layout.slotsOffset + 8 * i);
    try {
      dictSetItem(rt, dict, slotName, d);
    } finally {
      rt.decref(d);
    }
  }
  if (layout.addDict) setDefault(rt, dict, "__dict__", () => newGetSetDescriptor(rt, type, instanceDictGetSet));
  if (layout.addWeak) setDefault(rt, dict, "__weakref__", () => newGetSetDescriptor(rt, type, instanceWeakrefGetSet));
  setDefault(rt, dict, "__doc__", () => (rt.incref(rt.S.None), rt.S.None));
  if (dictContains(rt, dict, rt.identifier("__eq__"))) setDefault(rt, dict, "__hash__", () => (rt.incref(rt.S.None), rt.S.None));
}

/**
 * A metaclass that overrides `mro()` decides the class's MRO (CPython's mro_internal): its
 * result must be classes whose layouts the new class's instances can serve.
 */
function customMro(rt: Runtime, type: number): void {
  const name = rt.identifier("mro");
  const own = typeLookup(rt, rt.typeOf(type), name);
  if (own === 0 || own === dictGetItemStr(rt, rt.load(rt.T.type + Tp.DICT), name)) return;
  const result = callMethod(rt, type, "mro");
  let mro: number;
  try {
    mro = tupleFromIterable(rt, result);
  } finally {
    rt.decref(result);
  }
  try {
    const solid = solidBase(rt, type);
    for (let i = 0, n = tupleSize(rt, mro); i < n; i++) {
      const t = tupleItem(rt, mro, i);
      if (!rt.hasFlag(t, TpFlag.TYPE_SUBCLASS)) {
        throw rt.raise(rt.E.TypeError, `mro() returned a non-class ('${rt.typeName(t)}')`);
      }
      if (!rt.isSubtype(solid, solidBase(rt, t))) {
        throw rt.raise(rt.E.TypeError, `mro() returned base with unsuitable layout ('${rt.typeNameOf(t)}')`);
      }
    }
  } catch (e) {
    rt.decref(mro);
    throw e;
  }
  const old = rt.load(type + Tp.MRO);
  rt.store(type + Tp.MRO, mro);
  rt.decref(old);
}

/** Fill the `__class__` cell the class body made for zero-argument super(), and drop it from the dict. */
function setClassCell(rt: Runtime, type: number): void {
  const dict = rt.load(type + Tp.DICT);
  const key = rt.identifier("__classcell__");
  const cell = dictGetItemStr(rt, dict, key);
  if (cell === 0) return;
  cellSet(rt, cell, type);
  dictDelItem(rt, dict, key);
}

/**
 * Raise `type(message)` with the current exception as its cause and context (CPython's
 * _PyErr_FormatFromCause).
 */
function raiseFromCause(rt: Runtime, type: number, message: string): never {
  const cause = rt.fetchException();
  rt.raise(type, message);
  const exc = rt.ts.curexc;
  rt.store(exc + Exc.CAUSE, cause);
  rt.incref(cause);
  const oldContext = rt.load(exc + Exc.CONTEXT);
  rt.store(exc + Exc.CONTEXT, cause);
  if (oldContext !== 0) rt.decref(oldContext);
  rt.i32[(exc + Exc.SUPPRESS_CONTEXT) >> 2] = 1;
  throw PY_RAISED;
}

/** An attribute of `o`'s type bound to `o` (CPython's _PyObject_LookupSpecial). New reference, or 0. */
function lookupSpecial(rt: Runtime, o: number, name: number): number {
  const type = rt.typeOf(o);
  const attr = typeLookup(rt, type, name);
  if (attr === 0) return 0;
  const get = rt.slotsOf(attr).descrGet;
  if (get !== undefined) return get(rt, attr, o, type);
  rt.incref(attr);
  return attr;
}

/** `value.__set_name__(type, key)` for every attribute of the new class that has it. */
function setNames(rt: Runtime, type: number): void {
  const names = dictCopy(rt, rt.load(type + Tp.DICT));
  try {
    for (let i = 0, n = dictEntryCount(rt, names); i < n; i++) {
      const key = dictEntryKey(rt, names, i);
      if (key === 0) continue;
      const value = dictEntryValue(rt, names, i);
      const setName = lookupSpecial(rt, value, rt.identifier("__set_name__"));
      if (setName === 0) continue;
      const p = pushArgs(rt, 2);
      rt.store(p, type);
      rt.store(p + 8, key);
      try {
        rt.decref(call(rt, setName, p, 2, 0));
      } catch (e) {
        if (e !== PY_RAISED) throw e;
        raiseFromCause(
          rt, rt.E.RuntimeError,
          `Error calling __set_name__ on '${rt.typeName(value)}' instance ${reprText(rt, key)} in '${rt.typeNameOf(type)}'`,
        );
      } finally {
        rt.argTop = p;
        rt.decref(setName);
      }
    }
  } finally {
    rt.decref(names);
  }
}

/**
 * `super(type, type).__init_subclass__(**kwds)`: the first `__init_subclass__` after the class
 * in its MRO, bound to the class. `kwvalues` is the address of the keyword values.
 */
function initSubclass(rt: Runtime, type: number, kwvalues: number, kwnames: number): void {
  const mro = rt.load(type + Tp.MRO);
  const name = rt.identifier("__init_subclass__");
  for (let i = 1, n = tupleSize(rt, mro); i < n; i++) {
    const dict = rt.load(tupleItem(rt, mro, i) + Tp.DICT);
    const attr = dict === 0 ? 0 : dictGetItemStr(rt, dict, name);
    if (attr === 0) continue;
    const get = rt.slotsOf(attr).descrGet;
    let bound = attr;
    if (get !== undefined) bound = get(rt, attr, 0, type);
    else rt.incref(attr);
    try {
      rt.decref(call(rt, bound, kwvalues, 0, kwnames));
    } finally {
      rt.decref(bound);
    }
    return;
  }
}
