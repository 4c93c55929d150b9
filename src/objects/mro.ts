/**
 * The method resolution order of a class: C3 linearisation (CPython's mro_implementation).
 *
 * A class's MRO is the class itself followed by the merge of its bases' MROs and the list
 * of bases. The merge repeatedly takes the first head (the first element of one of the lists,
 * scanned in order) that is in no list's tail, appends it and removes it from every head; when
 * lists remain but every head is in some tail, the hierarchy has no consistent order and the
 * error names the remaining heads, as CPython's set_mro_error does. With a single base the
 * MRO is simply the class followed by the base's MRO.
 *
 * `mroTail` computes the order before the class object exists (so a hierarchy error is raised
 * before anything is allocated); `mroFromTail` makes the class's tp_mro tuple from it.
 */
import type { Runtime } from "./runtime.js";
import { Tp } from "./layout.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { getAttr, strText } from "./abstract.js";
import { PY_RAISED } from "./errors.js";

/** The tuple `(type, *items)` (new reference; items borrowed). */
function mroTuple(rt: Runtime, type: number, items: readonly number[]): number {
  const mro = newTuple(rt, items.length + 1);
  rt.incref(type);
  tupleSetItem(rt, mro, 0, type);
  items.forEach((t, i) => {
    rt.incref(t);
    tupleSetItem(rt, mro, i + 1, t);
  });
  return mro;
}

/** The types in a tuple of types, as a JS array of borrowed addresses. */
function tupleTypes(rt: Runtime, t: number): number[] {
  const n = tupleSize(rt, t);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = tupleItem(rt, t, i);
  return out;
}

/** `__name__` of a class for error messages ("?" when it cannot be read). */
function className(rt: Runtime, type: number): string {
  try {
    const name = getAttr(rt, type, rt.identifier("__name__"));
    try {
      return strText(rt, name);
    } finally {
      rt.decref(name);
    }
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    rt.setException(0);
    return "?";
  }
}

/**
 * The MRO of a class with these bases, without the class itself (its first element): the
 * types as borrowed addresses. Computed before the class object exists, so a hierarchy error
 * is raised before anything is allocated.
 */
export function mroTail(rt: Runtime, bases: number): number[] {
  const baseList = tupleTypes(rt, bases);
  if (baseList.length === 0) return [];
  if (baseList.length === 1) {
    const baseMro = rt.load(baseList[0] + Tp.MRO);
    return baseMro === 0 ? [baseList[0]] : tupleTypes(rt, baseMro);
  }
  for (let i = 0; i < baseList.length; i++) {
    for (let j = i + 1; j < baseList.length; j++) {
      if (baseList[i] === baseList[j]) throw rt.raise(rt.E.TypeError, `duplicate base class ${className(rt, baseList[i])}`);
    }
  }
  const toMerge = baseList.map((b) => {
    const m = rt.load(b + Tp.MRO);
    return m === 0 ? [b] : tupleTypes(rt, m);
  });
  toMerge.push(baseList);
  const merged = c3Merge(toMerge);
  if (merged.ok) return merged.result;
  const names = merged.heads.map((t) => className(rt, t));
  throw rt.raise(rt.E.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(", ")}`);
}

/** The tuple `(type, *tail)` as a class's tp_mro (new reference; the types are increfed). */
export function mroFromTail(rt: Runtime, type: number, tail: readonly number[]): number {
  return mroTuple(rt, type, tail);
}

type MergeResult = { ok: true; result: number[] } | { ok: false; heads: number[] };

/** CPython's pmerge over lists of type addresses. On failure, the distinct remaining heads in list order. */
function c3Merge(lists: number[][]): MergeResult {
  const remain = lists.map(() => 0);
  const result: number[] = [];
  const inSomeTail = (candidate: number): boolean =>
    lists.some((list, j) => {
      for (let k = remain[j] + 1; k < list.length; k++) if (list[k] === candidate) return true;
      return false;
    });
  for (;;) {
    let progressed = false;
    let empty = 0;
    for (let i = 0; i < lists.length; i++) {
      if (remain[i] >= lists[i].length) {
        empty++;
        continue;
      }
      const candidate = lists[i][remain[i]];
      if (inSomeTail(candidate)) continue;
      result.push(candidate);
      lists.forEach((list, j) => {
        if (remain[j] < list.length && list[remain[j]] === candidate) remain[j]++;
      });
      progressed = true;
      break;
    }
    if (progressed) continue;
    if (empty === lists.length) return { ok: true, result };
    const heads: number[] = [];
    lists.forEach((list, i) => {
      if (remain[i] < list.length && !heads.includes(list[remain[i]])) heads.push(list[remain[i]]);
    });
    return { ok: false, heads };
  }
}
