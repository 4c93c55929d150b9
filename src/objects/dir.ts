/**
 * `dir()`: the attribute names of an object (CPython's _dir_object and the three `__dir__`s).
 *
 * `dir(o)` calls `type(o).__dir__(o)` and returns its result as a sorted list. The builtin
 * `__dir__`s are:
 *
 *   object.__dir__   the instance `__dict__` (found through tp_dictoffset) plus every name in
 *                    the dicts along the class's MRO;
 *   type.__dir__     the dicts along the type's own MRO — not the metatype's, so `dir(int)`
 *                    has no `mro` or `__subclasses__`;
 *   module.__dir__   the module dict's keys, or the module's own `__dir__()` when it has one.
 *
 * Names are gathered in a scratch dict (an ordered set; CPython updates a copy of the instance
 * dict the same way), so each appears once, first the instance's, then class by class.
 * When a type has no `__dir__` in its MRO (the method tables do not declare them yet), `dirOf`
 * picks the builtin one by the object's kind.
 */
import type { Runtime } from "./runtime.js";
import { TpFlag, Tp } from "./layout.js";
import { checkArgs } from "./args.js";
import { call0 } from "./abstract.js";
import { typeLookup } from "./typeobject.js";
import { instanceDict } from "./object.js";
import { dictAsList, dictGetItemStr, dictMerge, isDict, newDict } from "./dict.js";
import { DictIterKind } from "./dict-views.js";
import { listFromIterable } from "./list.js";
import { listSort } from "./list-sort.js";
import { moduleDict } from "./module.js";
import { tupleItem, tupleSize } from "./tuple.js";

/** Add the keys of every dict along `type`'s MRO to `names`. */
function mergeMroDicts(rt: Runtime, names: number, type: number): void {
  const mro = rt.load(type + Tp.MRO);
  const n = mro === 0 ? 0 : tupleSize(rt, mro);
  for (let i = 0; i < n; i++) {
    const dict = rt.load(tupleItem(rt, mro, i) + Tp.DICT);
    if (dict !== 0) dictMerge(rt, names, dict, 1);
  }
}

/** The keys of a scratch dict filled by `fill`, as a new list. */
function namesFrom(rt: Runtime, fill: (names: number) => void): number {
  const names = newDict(rt);
  try {
    fill(names);
    return dictAsList(rt, names, DictIterKind.KEYS);
  } finally {
    rt.decref(names);
  }
}

/** object.__dir__(o): instance dict keys, then the class's attributes. New unsorted list. */
export function objectDirList(rt: Runtime, o: number): number {
  return namesFrom(rt, (names) => {
    const own = instanceDict(rt, o, false);
    if (own !== 0 && isDict(rt, own)) dictMerge(rt, names, own, 1);
    mergeMroDicts(rt, names, rt.typeOf(o));
  });
}

/** type.__dir__(t): the attributes along t's MRO. New unsorted list. */
export function typeDirList(rt: Runtime, t: number): number {
  return namesFrom(rt, (names) => mergeMroDicts(rt, names, t));
}

/** module.__dir__(m): its dict's `__dir__()` if it has one, else the dict's keys. New reference. */
export function moduleDirList(rt: Runtime, m: number): number {
  const dict = moduleDict(rt, m);
  if (dict === 0 || !isDict(rt, dict)) throw rt.raise(rt.E.TypeError, "<module>.__dict__ is not a dictionary");
  const dirfunc = dictGetItemStr(rt, dict, rt.identifier("__dir__"));
  if (dirfunc !== 0) return call0(rt, dirfunc);
  return dictAsList(rt, dict, DictIterKind.KEYS);
}

/** `object.__dir__`, for object's method table: `{ name: "__dir__", fn: objectDir }`. */
export function objectDir(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "object.__dir__", nargs, kwnames, 0, 0);
  return objectDirList(rt, self);
}

/** `type.__dir__`, for type's method table. */
export function typeDir(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "type.__dir__", nargs, kwnames, 0, 0);
  return typeDirList(rt, self);
}

/** `module.__dir__`, for module's method table. */
export function moduleDir(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "object.__dir__", nargs, kwnames, 0, 0);
  return moduleDirList(rt, self);
}

/** The builtin `__dir__` for `o`'s kind (new list), when its type's MRO names none. */
function builtinDir(rt: Runtime, o: number): number {
  if (rt.isInstance(o, rt.T.module)) return moduleDirList(rt, o);
  if (rt.hasFlag(o, TpFlag.TYPE_SUBCLASS)) return typeDirList(rt, o);
  return objectDirList(rt, o);
}

/** `type(o).__dir__(o)`: a new reference to whatever it returns. */
function callDir(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  const dirfunc = typeLookup(rt, type, rt.identifier("__dir__"));
  if (dirfunc === 0) return builtinDir(rt, o);
  const get = rt.slotsOf(dirfunc).descrGet;
  let bound = dirfunc;
  if (get === undefined) rt.incref(dirfunc);
  else bound = get(rt, dirfunc, o, type);
  try {
    return call0(rt, bound);
  } finally {
    rt.decref(bound);
  }
}

/** dir(o): a new sorted list of the names `type(o).__dir__(o)` gives. */
export function dirOf(rt: Runtime, o: number): number {
  const result = callDir(rt, o);
  let names: number;
  try {
    names = listFromIterable(rt, result);
  } finally {
    rt.decref(result);
  }
  try {
    listSort(rt, names, 0, false);
  } catch (e) {
    rt.decref(names);
    throw e;
  }
  return names;
}
