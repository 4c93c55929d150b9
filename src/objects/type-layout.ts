/**
 * The instance layout of a new class: which base decides it, and where its `__slots__`,
 * `__weakref__` and `__dict__` go (CPython's best_base, solid_base and type_new_slots /
 * type_new_descriptors).
 *
 * An instance of a class is laid out as its "solid base" (the nearest ancestor that adds
 * fields to what its own base has) plus, after the base's basicsize:
 *
 *   ┌─ base's fields ─┬─ one word per __slots__ name ─┬─ __weakref__ ─┬─ __dict__ (var-size bases) ─┐
 *
 * Instances of classes whose base has fixed-size instances keep `__dict__` in the managed-dict
 * pre-header instead (flag MANAGED_DICT; the dict pointer at obj-24), so a plain instance is
 * 16 + 8 bytes (`__weakref__`). Subclasses of variable-size builtins (int, tuple, bytes) have
 * their dict word at the end of the items: a negative tp_dictoffset counted from the end.
 * Two bases whose solid bases differ and neither derives from the other cannot be combined
 * ("multiple bases have instance lay-out conflict").
 */
import type { Runtime } from "./runtime.js";
import { Tp, TpFlag, WORD } from "./layout.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize, tupleFromIterable } from "./tuple.js";
import { dictContains } from "./dict.js";
import { listSort } from "./list-sort.js";
import { newList, listSetItem, listAsTuple } from "./list.js";
import { isIdentifierContinue, isIdentifierStart } from "./str-unicode.js";
import { mangle } from "../compile/symtable.js";

/** Where the parts of a new class's instances go. */
export interface InstanceLayout {
  basicsize: number;
  itemsize: number;
  dictoffset: number;
  weaklistoffset: number;
  /** The instances keep `__dict__` in the managed-dict pre-header. */
  managedDict: boolean;
  /** The class adds the `__dict__` / `__weakref__` getset descriptors. */
  addDict: boolean;
  addWeak: boolean;
  /** The mangled, sorted `__slots__` names (a new tuple), or 0 without `__slots__`. */
  slots: number;
  /** Byte offset of the first slot word. */
  slotsOffset: number;
}

function baseOf(rt: Runtime, t: number): number {
  return rt.load(t + Tp.BASE);
}

/** Does `type` add instance fields to `base` (CPython's extra_ivars)? */
function extraIvars(rt: Runtime, type: number, base: number): boolean {
  let tSize = rt.i32[(type + Tp.BASICSIZE) >> 2];
  const bSize = rt.i32[(base + Tp.BASICSIZE) >> 2];
  const tItem = rt.i32[(type + Tp.ITEMSIZE) >> 2];
  const bItem = rt.i32[(base + Tp.ITEMSIZE) >> 2];
  if (tItem !== 0 || bItem !== 0) return tSize !== bSize || tItem !== bItem;
  const heap = (rt.typeFlags(type) & TpFlag.HEAPTYPE) !== 0;
  const weak = rt.i32[(type + Tp.WEAKLISTOFFSET) >> 2];
  if (heap && weak !== 0 && rt.i32[(base + Tp.WEAKLISTOFFSET) >> 2] === 0 && weak + WORD === tSize) tSize -= WORD;
  const dict = rt.i32[(type + Tp.DICTOFFSET) >> 2];
  if (heap && dict !== 0 && rt.i32[(base + Tp.DICTOFFSET) >> 2] === 0 && dict + WORD === tSize) tSize -= WORD;
  return tSize !== bSize;
}

/** The nearest ancestor of `type` (itself included) whose instances have fields its base lacks. */
export function solidBase(rt: Runtime, type: number): number {
  const base = baseOf(rt, type) !== 0 ? solidBase(rt, baseOf(rt, type)) : rt.T.object;
  return extraIvars(rt, type, base) ? type : base;
}

/**
 * CPython's best_base: the base whose solid base is the most derived one. Raises for a base
 * that is not a type, cannot be subclassed, or whose layout conflicts with another's.
 */
export function bestBase(rt: Runtime, bases: number): number {
  let winner = 0;
  let base = 0;
  for (let i = 0, n = tupleSize(rt, bases); i < n; i++) {
    const b = tupleItem(rt, bases, i);
    if (!rt.hasFlag(b, TpFlag.TYPE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "bases must be types");
    if (!(rt.typeFlags(b) & TpFlag.BASETYPE)) {
      throw rt.raise(rt.E.TypeError, `type '${rt.typeNameOf(b)}' is not an acceptable base type`);
    }
    const candidate = solidBase(rt, b);
    if (winner === 0) {
      winner = candidate;
      base = b;
    } else if (rt.isSubtype(winner, candidate)) {
      // winner already derives from candidate
    } else if (rt.isSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      throw rt.raise(rt.E.TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return base;
}

function isIdentifier(text: string): boolean {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  if (points.length === 0 || !isIdentifierStart(points[0])) return false;
  return points.every((c, i) => i === 0 || isIdentifierContinue(c));
}

/** `__slots__` as a tuple: a str is one name, anything else is iterated. New reference. */
function slotsTuple(rt: Runtime, slots: number): number {
  if (rt.hasFlag(slots, TpFlag.UNICODE_SUBCLASS)) {
    const t = newTuple(rt, 1);
    rt.incref(slots);
    tupleSetItem(rt, t, 0, slots);
    return t;
  }
  return tupleFromIterable(rt, slots);
}

function hasDict(rt: Runtime, t: number): boolean {
  return rt.i32[(t + Tp.DICTOFFSET) >> 2] !== 0 || (rt.typeFlags(t) & TpFlag.MANAGED_DICT) !== 0;
}

/**
 * Decide the layout of class `name` (JS text, for mangling) with best base `base`, bases
 * `bases` and namespace `dict` (the class's own dict copy, borrowed). Raises for invalid
 * `__slots__`. The returned layout owns its `slots` tuple.
 */
export function instanceLayout(rt: Runtime, name: string, base: number, bases: number, dict: number, slotsObj: number): InstanceLayout {
  const baseItemsize = rt.i32[(base + Tp.ITEMSIZE) >> 2];
  const mayAddDict = rt.i32[(base + Tp.DICTOFFSET) >> 2] === 0 && !(rt.typeFlags(base) & TpFlag.MANAGED_DICT);
  const mayAddWeak = rt.i32[(base + Tp.WEAKLISTOFFSET) >> 2] === 0 && baseItemsize === 0;
  let addDict = false;
  let addWeak = false;
  let slots = 0;
  if (slotsObj === 0) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const all = slotsTuple(rt, slotsObj);
    try {
      const n = tupleSize(rt, all);
      if (n > 0 && baseItemsize !== 0) {
        throw rt.raise(rt.E.TypeError, `nonempty __slots__ not supported for subtype of '${rt.typeNameOf(base)}'`);
      }
      const kept: string[] = [];
      for (let i = 0; i < n; i++) {
        const item = tupleItem(rt, all, i);
        if (!rt.hasFlag(item, TpFlag.UNICODE_SUBCLASS)) {
          throw rt.raise(rt.E.TypeError, `__slots__ items must be strings, not '${rt.typeName(item)}'`);
        }
        const text = rt.jsString(item);
        if (!isIdentifier(text)) throw rt.raise(rt.E.TypeError, "__slots__ must be identifiers");
        if (text === "__dict__") {
          if (!mayAddDict || addDict) throw rt.raise(rt.E.TypeError, "__dict__ slot disallowed: we already got one");
          addDict = true;
        } else if (text === "__weakref__") {
          if (!mayAddWeak || addWeak) {
            throw rt.raise(rt.E.TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
          }
          addWeak = true;
        } else {
          kept.push(text);
        }
      }
      slots = sortedMangledSlots(rt, name, kept, dict);
    } finally {
      rt.decref(all);
    }
    // Secondary bases may bring a dict or weakrefs (CPython's type_new_slots_impl).
    const nbases = tupleSize(rt, bases);
    if (nbases > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak))) {
      for (let i = 0; i < nbases; i++) {
        const b = tupleItem(rt, bases, i);
        if (b === base) continue;
        if (mayAddDict && !addDict && hasDict(rt, b)) addDict = true;
        if (mayAddWeak && !addWeak && rt.i32[(b + Tp.WEAKLISTOFFSET) >> 2] !== 0) addWeak = true;
        if ((mayAddDict && !addDict) || (mayAddWeak && !addWeak)) continue;
        break;
      }
    }
  }

  const slotsOffset = rt.i32[(base + Tp.BASICSIZE) >> 2];
  let offset = slotsOffset + WORD * (slots === 0 ? 0 : tupleSize(rt, slots));
  let weaklistoffset = rt.i32[(base + Tp.WEAKLISTOFFSET) >> 2];
  let dictoffset = rt.i32[(base + Tp.DICTOFFSET) >> 2];
  if (addWeak) {
    weaklistoffset = offset;
    offset += WORD;
  }
  if (addDict && baseItemsize !== 0) {
    dictoffset = -WORD;
    offset += WORD;
  }
  const managedDict = (addDict && baseItemsize === 0) || (rt.typeFlags(base) & TpFlag.MANAGED_DICT) !== 0;
  // CPython's value for a managed dict; instances find it at obj-24 through the flag.
  if (addDict && baseItemsize === 0) dictoffset = -offset - 3 * WORD;
  return { basicsize: offset, itemsize: baseItemsize, dictoffset, weaklistoffset, managedDict, addDict, addWeak, slots, slotsOffset };
}

/**
 * The `__slots__` names other than `__dict__`/`__weakref__`, mangled with the class name,
 * checked against the class variables and sorted, as a new tuple of str.
 */
function sortedMangledSlots(rt: Runtime, className: string, names: readonly string[], dict: number): number {
  const list = newList(rt, names.length);
  try {
    names.forEach((text, i) => {
      const mangled = rt.intern(mangle(className, text));
      listSetItem(rt, list, i, mangled);
      if (dictContains(rt, dict, mangled) && text !== "__qualname__" && text !== "__classcell__") {
        throw rt.raise(rt.E.ValueError, `'${rt.jsString(mangled)}' in __slots__ conflicts with class variable`);
      }
    });
    listSort(rt, list, 0, false);
    return listAsTuple(rt, list);
  } finally {
    rt.decref(list);
  }
}
