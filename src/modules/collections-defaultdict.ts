/**
 * collections.defaultdict: a dict subtype with one more word, `default_factory` (at 48, so
 * basicsize 56 as in CPython). Looking up a missing key calls `__missing__`, which stores and
 * returns `default_factory()` (or raises KeyError when the factory is None).
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { arg, checkArgs } from "../objects/args.js";
import { call, call0, callMethod, getIter, popArgs, pushArgs, reprText } from "../objects/abstract.js";
import { dictType, dictSetItem, isDict, raiseKeyError } from "../objects/dict.js";
import { dictInit } from "../objects/dict-methods.js";
import { reprEnter, reprLeave } from "../objects/freelists.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import { clearField, shortTypeName } from "./stdlib-common.js";
import { classGetItem } from "../objects/generic-alias.js";
import { BinaryOp } from "../compile/opcodes.js";

const enum DefaultDict { FACTORY = 48, SIZE = 56 }

function factoryOf(rt: Runtime, d: number): number {
  const f = rt.load(d + DefaultDict.FACTORY);
  return f === 0 ? rt.S.None : f;
}

function defaultdictInit(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): void {
  let factory = rt.S.None;
  let rest = args;
  let restCount = nargs;
  if (nargs > 0) {
    factory = arg(rt, args, 0);
    if (factory !== rt.S.None && rt.slotsOf(factory).call === undefined) {
      throw rt.raise(rt.E.TypeError, "first argument must be callable or None");
    }
    rest = args + 8;
    restCount = nargs - 1;
  }
  rt.incref(factory);
  const old = rt.load(d + DefaultDict.FACTORY);
  rt.store(d + DefaultDict.FACTORY, factory === rt.S.None ? (rt.decref(factory), 0) : factory);
  if (old !== 0) rt.decref(old);
  dictInit(rt, d, rest, restCount, kwnames);
}

function missing(rt: Runtime, d: number, key: number): number {
  const factory = rt.load(d + DefaultDict.FACTORY);
  if (factory === 0) raiseKeyError(rt, key);
  const value = call0(rt, factory);
  try {
    dictSetItem(rt, d, key, value);
  } catch (e) {
    rt.decref(value);
    throw e;
  }
  return value;
}

function defaultdictRepr(rt: Runtime, d: number): number {
  const base = dictType.repr!(rt, d);
  let baseText: string;
  try {
    baseText = rt.jsString(base);
  } finally {
    rt.decref(base);
  }
  const factory = factoryOf(rt, d);
  let factoryText: string;
  if (factory === rt.S.None) factoryText = "None";
  else if (reprEnter(rt, d)) factoryText = "...";
  else {
    try {
      factoryText = reprText(rt, factory);
    } finally {
      reprLeave(rt, d);
    }
  }
  return rt.newStr(`${shortTypeName(rt, d)}(${factoryText}, ${baseText})`);
}

/** type(d)(d.default_factory, d). */
function copy(rt: Runtime, d: number): number {
  const p = pushArgs(rt, 2);
  try {
    rt.store(p, factoryOf(rt, d));
    rt.store(p + 8, d);
    return call(rt, rt.typeOf(d), p, 2, 0);
  } finally {
    popArgs(rt, p);
  }
}

/**
 * `a | b` where either side is a defaultdict: a new defaultdict of that side's type and
 * factory, made from `a` and updated with `b`. Operands that are not dicts: NotImplemented.
 */
function defaultdictOr(rt: Runtime, a: number, b: number): number {
  if (!isDict(rt, a) || !isDict(rt, b)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  const leftIsDefault = rt.isInstance(a, rt.T.collections_defaultdict);
  const self = leftIsDefault ? a : b;
  const p = pushArgs(rt, 2);
  let result: number;
  try {
    rt.store(p, factoryOf(rt, self));
    rt.store(p + 8, a);
    result = call(rt, rt.typeOf(self), p, 2, 0);
  } finally {
    popArgs(rt, p);
  }
  try {
    const r = callMethod(rt, result, "update", b);
    rt.decref(r);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

const defaultdictNb: ((rt: Runtime, a: number, b: number) => number)[] = dictType.nb!.slice() as ((rt: Runtime, a: number, b: number) => number)[];
defaultdictNb[BinaryOp.OR] = defaultdictOr;

export const defaultdictType: TypeDef = {
  name: "collections.defaultdict", basicsize: DefaultDict.SIZE, itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.DICT_SUBCLASS | TpFlag.MAPPING,
  base: "dict",
  doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n",
  dealloc: (rt, d) => {
    clearField(rt, d, DefaultDict.FACTORY);
    dictType.dealloc(rt, d);
  },
  traverse: (rt, d, visit) => {
    const f = rt.load(d + DefaultDict.FACTORY);
    if (f !== 0) visit(f);
    dictType.traverse!(rt, d, visit);
  },
  clear: (rt, d) => {
    clearField(rt, d, DefaultDict.FACTORY);
    dictType.clear!(rt, d);
  },
  repr: defaultdictRepr,
  nb: defaultdictNb,
  init: defaultdictInit,
  methods: [
    {
      name: "__missing__",
      fn: (rt, d, args, nargs, kwnames) => {
        checkArgs(rt, "__missing__", nargs, kwnames, 1, 1);
        return missing(rt, d, arg(rt, args, 0));
      },
      doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n",
    },
    { name: "copy", fn: (rt, d) => copy(rt, d), doc: "D.copy() -> a shallow copy of D." },
    { name: "__class_getitem__", fn: classGetItem("defaultdict"), classMethod: true, doc: "See PEP 585" },
    { name: "__copy__", fn: (rt, d) => copy(rt, d), doc: "D.copy() -> a shallow copy of D." },
    {
      name: "__reduce__",
      fn: (rt, d) => {
        const t = newTuple(rt, 5);
        const type = rt.typeOf(d);
        rt.incref(type);
        tupleSetItem(rt, t, 0, type);
        const factory = factoryOf(rt, d);
        const args = newTuple(rt, factory === rt.S.None ? 0 : 1);
        if (factory !== rt.S.None) {
          rt.incref(factory);
          tupleSetItem(rt, args, 0, factory);
        }
        tupleSetItem(rt, t, 1, args);
        rt.incref(rt.S.None);
        tupleSetItem(rt, t, 2, rt.S.None);
        rt.incref(rt.S.None);
        tupleSetItem(rt, t, 3, rt.S.None);
        try {
          const items = callMethod(rt, d, "items");
          try {
            tupleSetItem(rt, t, 4, getIter(rt, items));
          } finally {
            rt.decref(items);
          }
        } catch (e) {
          rt.decref(t);
          throw e;
        }
        return t;
      },
      doc: "Return state information for pickling.",
    },
  ],
  getset: [{
    name: "default_factory",
    get: (rt, d) => {
      const f = factoryOf(rt, d);
      rt.incref(f);
      return f;
    },
    set: (rt, d, value) => {
      const v = value === 0 || value === rt.S.None ? 0 : value;
      if (v !== 0) rt.incref(v);
      const old = rt.load(d + DefaultDict.FACTORY);
      rt.store(d + DefaultDict.FACTORY, v);
      if (old !== 0) rt.decref(old);
    },
    doc: "Factory for default value called by __missing__().",
  }],
};
