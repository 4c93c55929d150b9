/**
 * operator.itemgetter, operator.attrgetter and operator.methodcaller: callables that remember
 * what to fetch or call.
 *
 *   itemgetter    nitems (int64), item (the single item, or the tuple of items)
 *   attrgetter    nattrs (int64), attr (tuple; each entry a tuple of the dotted name's parts)
 *   methodcaller  name (str), args (tuple), kwds (dict)
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { arg } from "../objects/args.js";
import { getAttr, getItem, reprText } from "../objects/abstract.js";
import { isStr } from "../objects/str.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newDict, dictSetItem } from "../objects/dict.js";
import {
  allocZeroed, checkPositional, clearer, dealloczer, loadCount, storeCount, storeNew, traverser, tupleOfBorrowed,
} from "./stdlib-common.js";
import { callGathered, dictItemsInto, tupleItems } from "./stdlib-call.js";

function noKeywords(rt: Runtime, name: string, kwnames: number): void {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${name}() takes no keyword arguments`);
}

/** `(type(self), args)` for __reduce__. */
function reduceTo(rt: Runtime, self: number, args: number): number {
  const t = newTuple(rt, 2);
  const type = rt.typeOf(self);
  rt.incref(type);
  tupleSetItem(rt, t, 0, type);
  tupleSetItem(rt, t, 1, args);
  return t;
}

// ── itemgetter ──────────────────────────────────────────────────────────────────────────

const enum ItemGetter { NITEMS = 16, ITEM = 24, SIZE = 48 }

function itemgetterNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "itemgetter", kwnames);
  if (nargs < 1) checkPositional(rt, "itemgetter", nargs, 1, 1);
  const items: number[] = [];
  for (let i = 0; i < nargs; i++) items.push(arg(rt, args, i));
  const item = nargs === 1 ? (rt.incref(items[0]), items[0]) : tupleOfBorrowed(rt, items);
  const g = allocZeroed(rt, cls, ItemGetter.SIZE);
  storeCount(rt, g + ItemGetter.NITEMS, nargs);
  rt.store(g + ItemGetter.ITEM, item);
  return g;
}

function itemgetterCall(rt: Runtime, g: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "itemgetter", kwnames);
  checkPositional(rt, "itemgetter", nargs, 1, 1);
  const obj = arg(rt, args, 0);
  const item = rt.load(g + ItemGetter.ITEM);
  const n = loadCount(rt, g + ItemGetter.NITEMS);
  if (n === 1) return getItem(rt, obj, item);
  const result = newTuple(rt, n);
  try {
    for (let i = 0; i < n; i++) tupleSetItem(rt, result, i, getItem(rt, obj, tupleItem(rt, item, i)));
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function itemgetterArgs(rt: Runtime, g: number): number {
  const item = rt.load(g + ItemGetter.ITEM);
  if (loadCount(rt, g + ItemGetter.NITEMS) === 1) return tupleOfBorrowed(rt, [item]);
  rt.incref(item);
  return item;
}

const ITEMGETTER_FIELDS = [ItemGetter.ITEM];

export const itemgetterType: TypeDef = {
  name: "operator.itemgetter", basicsize: ItemGetter.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  doc: "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
  dealloc: dealloczer(ITEMGETTER_FIELDS), traverse: traverser(ITEMGETTER_FIELDS), clear: clearer(ITEMGETTER_FIELDS),
  new: itemgetterNew, call: itemgetterCall,
  repr: (rt, g) => {
    const args = itemgetterArgs(rt, g);
    try {
      return rt.newStr(`${rt.typeName(g)}(${tupleItems(rt, args).map((a) => reprText(rt, a)).join(", ")})`);
    } finally {
      rt.decref(args);
    }
  },
  methods: [{ name: "__reduce__", fn: (rt, self) => reduceTo(rt, self, itemgetterArgs(rt, self)), doc: "Return state information for pickling" }],
};

// ── attrgetter ──────────────────────────────────────────────────────────────────────────

const enum AttrGetter { NATTRS = 16, ATTR = 24, SIZE = 40 }

function attrgetterNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "attrgetter", kwnames);
  if (nargs < 1) checkPositional(rt, "attrgetter", nargs, 1, 1);
  const attrs = newTuple(rt, nargs);
  try {
    for (let i = 0; i < nargs; i++) {
      const name = arg(rt, args, i);
      if (!isStr(rt, name)) throw rt.raise(rt.E.TypeError, "attribute name must be a string");
      const parts = rt.jsString(name).split(".");
      const t = newTuple(rt, parts.length);
      tupleSetItem(rt, attrs, i, t);
      for (let k = 0; k < parts.length; k++) tupleSetItem(rt, t, k, rt.intern(parts[k]));
    }
  } catch (e) {
    rt.decref(attrs);
    throw e;
  }
  const g = allocZeroed(rt, cls, AttrGetter.SIZE);
  storeCount(rt, g + AttrGetter.NATTRS, nargs);
  rt.store(g + AttrGetter.ATTR, attrs);
  return g;
}

/** obj.a.b.c for the parts tuple of one dotted name. New reference. */
function dottedGetAttr(rt: Runtime, obj: number, parts: number): number {
  rt.incref(obj);
  let o = obj;
  for (let k = 0, n = tupleSize(rt, parts); k < n; k++) {
    const next = (() => {
      try {
        return getAttr(rt, o, tupleItem(rt, parts, k));
      } finally {
        rt.decref(o);
      }
    })();
    o = next;
  }
  return o;
}

function attrgetterCall(rt: Runtime, g: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "attrgetter", kwnames);
  checkPositional(rt, "attrgetter", nargs, 1, 1);
  const obj = arg(rt, args, 0);
  const attrs = rt.load(g + AttrGetter.ATTR);
  const n = tupleSize(rt, attrs);
  if (n === 1) return dottedGetAttr(rt, obj, tupleItem(rt, attrs, 0));
  const result = newTuple(rt, n);
  try {
    for (let i = 0; i < n; i++) tupleSetItem(rt, result, i, dottedGetAttr(rt, obj, tupleItem(rt, attrs, i)));
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

/** The dotted names as given, as JS text. */
function attrNames(rt: Runtime, g: number): string[] {
  return tupleItems(rt, rt.load(g + AttrGetter.ATTR)).map((parts) => tupleItems(rt, parts).map((p) => rt.jsString(p)).join("."));
}

const ATTRGETTER_FIELDS = [AttrGetter.ATTR];

export const attrgetterType: TypeDef = {
  name: "operator.attrgetter", basicsize: AttrGetter.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  doc: "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
  dealloc: dealloczer(ATTRGETTER_FIELDS), traverse: traverser(ATTRGETTER_FIELDS), clear: clearer(ATTRGETTER_FIELDS),
  new: attrgetterNew, call: attrgetterCall,
  repr: (rt, g) => rt.newStr(`${rt.typeName(g)}(${attrNames(rt, g).map((s) => reprText(rt, rt.identifier(s))).join(", ")})`),
  methods: [{
    name: "__reduce__",
    fn: (rt, self) => {
      const names = attrNames(rt, self);
      const t = newTuple(rt, names.length);
      names.forEach((s, i) => tupleSetItem(rt, t, i, rt.newStr(s)));
      return reduceTo(rt, self, t);
    },
    doc: "Return state information for pickling",
  }],
};

// ── methodcaller ────────────────────────────────────────────────────────────────────────

const enum MethodCaller { NAME = 16, ARGS = 24, KWDS = 32, SIZE = 48 }

function methodcallerNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, "methodcaller needs at least one argument, the method name");
  const name = arg(rt, args, 0);
  if (!isStr(rt, name)) throw rt.raise(rt.E.TypeError, "method name must be a string");
  const rest: number[] = [];
  for (let i = 1; i < nargs; i++) rest.push(arg(rt, args, i));
  const kwds = newDict(rt);
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  try {
    for (let k = 0; k < nkw; k++) dictSetItem(rt, kwds, tupleItem(rt, kwnames, k), arg(rt, args, nargs + k));
  } catch (e) {
    rt.decref(kwds);
    throw e;
  }
  const m = allocZeroed(rt, cls, MethodCaller.SIZE);
  storeNew(rt, m, MethodCaller.NAME, name);
  rt.store(m + MethodCaller.ARGS, tupleOfBorrowed(rt, rest));
  rt.store(m + MethodCaller.KWDS, kwds);
  return m;
}

function methodcallerCall(rt: Runtime, m: number, args: number, nargs: number, kwnames: number): number {
  noKeywords(rt, "methodcaller", kwnames);
  checkPositional(rt, "methodcaller", nargs, 1, 1);
  const method = getAttr(rt, arg(rt, args, 0), rt.load(m + MethodCaller.NAME));
  try {
    const keys: number[] = [];
    const values: number[] = [];
    dictItemsInto(rt, rt.load(m + MethodCaller.KWDS), keys, values);
    return callGathered(rt, method, tupleItems(rt, rt.load(m + MethodCaller.ARGS)), keys, values);
  } finally {
    rt.decref(method);
  }
}

function methodcallerRepr(rt: Runtime, m: number): number {
  const parts = [reprText(rt, rt.load(m + MethodCaller.NAME))];
  for (const a of tupleItems(rt, rt.load(m + MethodCaller.ARGS))) parts.push(reprText(rt, a));
  const keys: number[] = [];
  const values: number[] = [];
  dictItemsInto(rt, rt.load(m + MethodCaller.KWDS), keys, values);
  keys.forEach((k, i) => parts.push(`${rt.jsString(k)}=${reprText(rt, values[i])}`));
  return rt.newStr(`${rt.typeName(m)}(${parts.join(", ")})`);
}

const METHODCALLER_FIELDS = [MethodCaller.NAME, MethodCaller.ARGS, MethodCaller.KWDS];

export const methodcallerType: TypeDef = {
  name: "operator.methodcaller", basicsize: MethodCaller.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  doc: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
  dealloc: dealloczer(METHODCALLER_FIELDS), traverse: traverser(METHODCALLER_FIELDS), clear: clearer(METHODCALLER_FIELDS),
  new: methodcallerNew, call: methodcallerCall, repr: methodcallerRepr,
};
