/**
 * Calling a Python callable from gathered pieces, for the native stdlib types that store a
 * call to make later (functools.partial, operator.methodcaller): the positionals and the
 * keyword names/values are borrowed addresses collected in JS arrays, pushed onto the native
 * argument stack in vectorcall form.
 */
import type { Runtime } from "../objects/runtime.js";
import { call, popArgs, pushArgs } from "../objects/abstract.js";
import { newTuple, tupleSetItem, tupleItem, tupleSize } from "../objects/tuple.js";
import { dictEntryCount, dictEntryKey, dictEntryValue } from "../objects/dict.js";

/** f(*positional, **dict(zip(kwKeys, kwValues))); every address borrowed. New reference. */
export function callGathered(rt: Runtime, f: number, positional: readonly number[], kwKeys: readonly number[], kwValues: readonly number[]): number {
  const n = positional.length;
  const nkw = kwKeys.length;
  let kwnames = 0;
  if (nkw > 0) {
    kwnames = newTuple(rt, nkw);
    for (let i = 0; i < nkw; i++) {
      rt.incref(kwKeys[i]);
      tupleSetItem(rt, kwnames, i, kwKeys[i]);
    }
  }
  try {
    const p = pushArgs(rt, n + nkw);
    try {
      for (let i = 0; i < n; i++) rt.store(p + 8 * i, positional[i]);
      for (let i = 0; i < nkw; i++) rt.store(p + 8 * (n + i), kwValues[i]);
      return call(rt, f, p, n, kwnames);
    } finally {
      popArgs(rt, p);
    }
  } finally {
    if (kwnames !== 0) rt.decref(kwnames);
  }
}

/** The items of a tuple as a JS array of borrowed addresses. */
export function tupleItems(rt: Runtime, t: number): number[] {
  const out: number[] = [];
  for (let i = 0, n = tupleSize(rt, t); i < n; i++) out.push(tupleItem(rt, t, i));
  return out;
}

/** A dict's keys and values (borrowed) in insertion order, appended to `keys` / `values`. */
export function dictItemsInto(rt: Runtime, d: number, keys: number[], values: number[]): void {
  for (let i = 0, n = dictEntryCount(rt, d); i < n; i++) {
    const k = dictEntryKey(rt, d, i);
    if (k === 0) continue;
    keys.push(k);
    values.push(dictEntryValue(rt, d, i));
  }
}
