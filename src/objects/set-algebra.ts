/**
 * Set algebra: union (update), intersection, difference and symmetric difference, each as a
 * new set and in place; the subset, superset and disjointness tests; the rich comparisons
 * (which are subset tests); and the `|`, `&`, `-`, `^` operators (their in-place forms are
 * built in set.ts).
 *
 * A result has the base type of the left operand (set or frozenset, never a subclass:
 * make_new_set_basetype). The other operand may be a set, a dict (its keys, read with their
 * stored hashes) or any iterable; where both are sets the smaller one is iterated and the
 * stored hashes are reused, never recomputed, so the order of the resulting table is
 * CPython's. In-place intersection builds the result aside and swaps the tables in. Difference
 * update purges dummies once they exceed a quarter of the table. Results are new references;
 * operands are borrowed, and a key taken from a table is held while comparisons run.
 */
import type { Runtime } from "./runtime.js";
import { CompareOp } from "../compile/opcodes.js";
import { forEachItem } from "./abstract.js";
import { hashOut, hashWords, notImplemented } from "./tuple.js";
import { dictEntryCount, dictEntryHashWords, dictEntryKey, dictEntryValue, dictGetItemKnownHash, dictSize } from "./dict.js";
import {
  SetField, isAnySet, makeNewSetBasetype, setAdd, setContainsKey, setDiscardKey, setEntryHashHi, setEntryHashLo, setEntryKey,
  setFillCount, setNextEntry, setSize, setTableMask,
} from "./set.js";
import {
  SetConst, setAddEntry, setClear, setContainsEntry, setDiscardEntry, setMerge, setSwapBodies, setTableResize,
} from "./set-table.js";

/** set_update_internal: add the items of a set, a dict (its keys) or any iterable. */
export function setUpdateInternal(rt: Runtime, s: number, other: number): void {
  if (isAnySet(rt, other)) {
    setMerge(rt, s, other);
    return;
  }
  if (rt.typeOf(other) === rt.T.dict) {
    const n = dictSize(rt, other);
    if ((setFillCount(rt, s) + n) * 5 >= setTableMask(rt, s) * 3) setTableResize(rt, s, (setSize(rt, s) + n) * 2);
    for (let i = 0; i < dictEntryCount(rt, other); i++) {
      if (dictEntryValue(rt, other, i) === 0) continue;
      dictEntryHashWords(rt, other, i);
      setAddEntry(rt, s, dictEntryKey(rt, other, i), hashOut[0], hashOut[1]);
    }
    return;
  }
  forEachItem(rt, other, (key) => {
    setAdd(rt, s, key);
  });
}

/** set_copy: a new set (or frozenset, by the base type) with the same items. */
export function setCopy(rt: Runtime, s: number): number {
  return makeNewSetBasetype(rt, rt.typeOf(s), s);
}

/** set_intersection: a new set of the keys in both (iterates the smaller when both are sets). */
export function setIntersection(rt: Runtime, so: number, other: number): number {
  if (so === other) return setCopy(rt, so);
  const result = makeNewSetBasetype(rt, rt.typeOf(so), 0);
  try {
    if (isAnySet(rt, other)) {
      if (setSize(rt, other) > setSize(rt, so)) {
        const t = so;
        so = other;
        other = t;
      }
      for (let pos = setNextEntry(rt, other, 0); pos >= 0; pos = setNextEntry(rt, other, pos + 1)) {
        const key = setEntryKey(rt, other, pos);
        const lo = setEntryHashLo(rt, other, pos);
        const hi = setEntryHashHi(rt, other, pos);
        rt.incref(key);
        try {
          if (setContainsEntry(rt, so, key, lo, hi)) setAddEntry(rt, result, key, lo, hi);
        } finally {
          rt.decref(key);
        }
      }
      return result;
    }
    forEachItem(rt, other, (key) => {
      hashWords(rt, key);
      const lo = hashOut[0], hi = hashOut[1];
      if (!setContainsEntry(rt, so, key, lo, hi)) return false;
      setAddEntry(rt, result, key, lo, hi);
      return setSize(rt, result) >= setSize(rt, so);
    });
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

export function setIntersectionUpdate(rt: Runtime, s: number, other: number): void {
  const tmp = setIntersection(rt, s, other);
  setSwapBodies(rt, s, tmp);
  rt.decref(tmp);
}

/** set_difference_update_internal: remove every key of `other`; purge dummies when > 1/4. */
export function setDifferenceUpdate(rt: Runtime, s: number, other: number): void {
  if (s === other) {
    setClear(rt, s);
    return;
  }
  if (isAnySet(rt, other)) {
    let src = other;
    if ((setSize(rt, other) >> 3) > setSize(rt, s)) src = setIntersection(rt, s, other);
    else rt.incref(src);
    try {
      for (let pos = setNextEntry(rt, src, 0); pos >= 0; pos = setNextEntry(rt, src, pos + 1)) {
        const key = setEntryKey(rt, src, pos);
        rt.incref(key);
        try {
          setDiscardEntry(rt, s, key, setEntryHashLo(rt, src, pos), setEntryHashHi(rt, src, pos));
        } finally {
          rt.decref(key);
        }
      }
    } finally {
      rt.decref(src);
    }
  } else {
    forEachItem(rt, other, (key) => {
      setDiscardKey(rt, s, key);
    });
  }
  if (setFillCount(rt, s) - setSize(rt, s) <= setTableMask(rt, s) >>> 2) return;
  const n = setSize(rt, s);
  setTableResize(rt, s, n > SetConst.LARGE ? n * 2 : n * 4);
}

/** set_difference: a new set of the keys of `so` not in `other`. */
export function setDifference(rt: Runtime, so: number, other: number): number {
  let otherSize: number;
  const otherIsDict = rt.typeOf(other) === rt.T.dict;
  if (isAnySet(rt, other)) otherSize = setSize(rt, other);
  else if (otherIsDict) otherSize = dictSize(rt, other);
  else return copyAndDifference(rt, so, other);
  if ((setSize(rt, so) >> 2) > otherSize) return copyAndDifference(rt, so, other);
  const result = makeNewSetBasetype(rt, rt.typeOf(so), 0);
  try {
    for (let pos = setNextEntry(rt, so, 0); pos >= 0; pos = setNextEntry(rt, so, pos + 1)) {
      const key = setEntryKey(rt, so, pos);
      const lo = setEntryHashLo(rt, so, pos);
      const hi = setEntryHashHi(rt, so, pos);
      rt.incref(key);
      try {
        const present = otherIsDict
          ? dictGetItemKnownHash(rt, other, key, lo, hi) !== 0
          : setContainsEntry(rt, other, key, lo, hi);
        if (!present) setAddEntry(rt, result, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

function copyAndDifference(rt: Runtime, so: number, other: number): number {
  const result = setCopy(rt, so);
  try {
    setDifferenceUpdate(rt, result, other);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update: toggle every key of `other`. */
export function setSymmetricDifferenceUpdate(rt: Runtime, s: number, other: number): void {
  if (s === other) {
    setClear(rt, s);
    return;
  }
  if (rt.typeOf(other) === rt.T.dict) {
    for (let i = 0; i < dictEntryCount(rt, other); i++) {
      if (dictEntryValue(rt, other, i) === 0) continue;
      const key = dictEntryKey(rt, other, i);
      dictEntryHashWords(rt, other, i);
      const lo = hashOut[0], hi = hashOut[1];
      rt.incref(key);
      try {
        if (!setDiscardEntry(rt, s, key, lo, hi)) setAddEntry(rt, s, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
    return;
  }
  let otherset: number;
  if (isAnySet(rt, other)) {
    rt.incref(other);
    otherset = other;
  } else {
    otherset = makeNewSetBasetype(rt, rt.typeOf(s), other);
  }
  try {
    for (let pos = setNextEntry(rt, otherset, 0); pos >= 0; pos = setNextEntry(rt, otherset, pos + 1)) {
      const key = setEntryKey(rt, otherset, pos);
      const lo = setEntryHashLo(rt, otherset, pos);
      const hi = setEntryHashHi(rt, otherset, pos);
      rt.incref(key);
      try {
        if (!setDiscardEntry(rt, s, key, lo, hi)) setAddEntry(rt, s, key, lo, hi);
      } finally {
        rt.decref(key);
      }
    }
  } finally {
    rt.decref(otherset);
  }
}

export function setSymmetricDifference(rt: Runtime, so: number, other: number): number {
  const otherset = makeNewSetBasetype(rt, rt.typeOf(so), other);
  try {
    setSymmetricDifferenceUpdate(rt, otherset, so);
  } catch (e) {
    rt.decref(otherset);
    throw e;
  }
  return otherset;
}

/** set_issubset. */
export function setIsSubset(rt: Runtime, so: number, other: number): boolean {
  if (!isAnySet(rt, other)) {
    const tmp = setIntersection(rt, so, other);
    const result = setSize(rt, tmp) === setSize(rt, so);
    rt.decref(tmp);
    return result;
  }
  if (setSize(rt, so) > setSize(rt, other)) return false;
  for (let pos = setNextEntry(rt, so, 0); pos >= 0; pos = setNextEntry(rt, so, pos + 1)) {
    const key = setEntryKey(rt, so, pos);
    rt.incref(key);
    try {
      if (!setContainsEntry(rt, other, key, setEntryHashLo(rt, so, pos), setEntryHashHi(rt, so, pos))) return false;
    } finally {
      rt.decref(key);
    }
  }
  return true;
}

/** set_issuperset. */
export function setIsSuperset(rt: Runtime, so: number, other: number): boolean {
  if (isAnySet(rt, other)) return setIsSubset(rt, other, so);
  return !forEachItem(rt, other, (key) => !setContainsKey(rt, so, key));
}

/** set_isdisjoint. */
export function setIsDisjoint(rt: Runtime, so: number, other: number): boolean {
  if (so === other) return setSize(rt, so) === 0;
  const t = rt.typeOf(other);
  if (t === rt.T.set || t === rt.T.frozenset) {
    if (setSize(rt, other) > setSize(rt, so)) {
      const tmp = so;
      so = other;
      other = tmp;
    }
    for (let pos = setNextEntry(rt, other, 0); pos >= 0; pos = setNextEntry(rt, other, pos + 1)) {
      const key = setEntryKey(rt, other, pos);
      rt.incref(key);
      try {
        if (setContainsEntry(rt, so, key, setEntryHashLo(rt, other, pos), setEntryHashHi(rt, other, pos))) return false;
      } finally {
        rt.decref(key);
      }
    }
    return true;
  }
  return !forEachItem(rt, other, (key) => setContainsKey(rt, so, key));
}

// ── comparisons and operators ───────────────────────────────────────────────────────────

function bool(rt: Runtime, b: boolean): number {
  const r = b ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

export function setRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isAnySet(rt, v) || !isAnySet(rt, w)) return notImplemented(rt);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      let equal: boolean;
      if (setSize(rt, v) !== setSize(rt, w)) equal = false;
      else {
        const vlo = rt.i32[(v + SetField.HASH) >> 2], vhi = rt.i32[(v + SetField.HASH + 4) >> 2];
        const wlo = rt.i32[(w + SetField.HASH) >> 2], whi = rt.i32[(w + SetField.HASH + 4) >> 2];
        const vKnown = vlo !== -1 || vhi !== -1;
        const wKnown = wlo !== -1 || whi !== -1;
        equal = vKnown && wKnown && (vlo !== wlo || vhi !== whi) ? false : setIsSubset(rt, v, w);
      }
      return bool(rt, equal === (op === CompareOp.EQ));
    }
    case CompareOp.LE:
      return bool(rt, setIsSubset(rt, v, w));
    case CompareOp.GE:
      return bool(rt, setIsSuperset(rt, v, w));
    case CompareOp.LT:
      return bool(rt, setSize(rt, v) < setSize(rt, w) && setIsSubset(rt, v, w));
    default:
      return bool(rt, setSize(rt, v) > setSize(rt, w) && setIsSuperset(rt, v, w));
  }
}

export function setOr(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  const result = setCopy(rt, a);
  if (a === b) return result;
  try {
    setUpdateInternal(rt, result, b);
  } catch (e) {
    rt.decref(result);
    throw e;
  }
  return result;
}

export function setAnd(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return setIntersection(rt, a, b);
}

export function setSub(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return setDifference(rt, a, b);
}

export function setXor(rt: Runtime, a: number, b: number): number {
  if (!isAnySet(rt, a) || !isAnySet(rt, b)) return notImplemented(rt);
  return setSymmetricDifference(rt, a, b);
}
