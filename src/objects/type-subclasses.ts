/**
 * `type.__subclasses__()`: each type records its direct subclasses in Tp.SUBCLASSES.
 *
 * CPython keeps a dict from `id(subclass)` to a weak reference to the subclass, so that the
 * record never keeps a class alive. glasspy has no weak references yet, so the dict maps the
 * subclass's address (an int) to that same int: it holds no reference to the subclass at all,
 * and a class removes its own entries from its bases' dicts when it is freed (typeDealloc), so
 * every address in a dict names a live type. Entries are in creation order, as CPython's.
 * The dict is created on first use and released with the type (static types: at shutdown).
 */
import type { Runtime } from "./runtime.js";
import { Tp } from "./layout.js";
import { newDict, dictSetItem, dictDelItem, dictEntryCount, dictEntryKey } from "./dict.js";
import { newInt, intValue } from "./int.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { newList, listAppend } from "./list.js";

/** Record `type` as a direct subclass of each of its bases (a tuple, borrowed). */
export function addSubclass(rt: Runtime, type: number, bases: number): void {
  const key = newInt(rt, type);
  try {
    for (let i = 0, n = tupleSize(rt, bases); i < n; i++) {
      const base = tupleItem(rt, bases, i);
      let dict = rt.load(base + Tp.SUBCLASSES);
      if (dict === 0) {
        dict = newDict(rt);
        rt.store(base + Tp.SUBCLASSES, dict);
      }
      dictSetItem(rt, dict, key, key);
    }
  } finally {
    rt.decref(key);
  }
}

/** Forget `type` in the subclass records of its bases (a tuple, borrowed). */
export function removeSubclass(rt: Runtime, type: number, bases: number): void {
  const key = newInt(rt, type);
  try {
    for (let i = 0, n = tupleSize(rt, bases); i < n; i++) {
      const dict = rt.load(tupleItem(rt, bases, i) + Tp.SUBCLASSES);
      if (dict !== 0) dictDelItem(rt, dict, key);
    }
  } finally {
    rt.decref(key);
  }
}

/** Call `visit` with each direct subclass of `type` (borrowed), oldest first. */
export function forEachSubclass(rt: Runtime, type: number, visit: (subclass: number) => void): void {
  const dict = rt.load(type + Tp.SUBCLASSES);
  if (dict === 0) return;
  const addresses: number[] = [];
  for (let i = 0, n = dictEntryCount(rt, dict); i < n; i++) {
    const key = dictEntryKey(rt, dict, i);
    if (key !== 0) addresses.push(Number(intValue(rt, key)));
  }
  for (const t of addresses) visit(t);
}

/** `type.__subclasses__()`: a new list of the live direct subclasses. */
export function subclassList(rt: Runtime, type: number): number {
  const list = newList(rt, 0);
  try {
    forEachSubclass(rt, type, (t) => listAppend(rt, list, t));
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** Release a type's subclass record (its dict holds only ints). */
export function releaseSubclasses(rt: Runtime, type: number): void {
  const dict = rt.load(type + Tp.SUBCLASSES);
  if (dict === 0) return;
  rt.store(type + Tp.SUBCLASSES, 0);
  rt.decref(dict);
}
