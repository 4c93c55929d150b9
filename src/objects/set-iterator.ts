/**
 * `set_iterator`: what `iter(s)` returns for a set or frozenset.
 *
 *   setiterobject (48 bytes, GC)
 *   ┌────────┬──────┬─────┬──────┬─────┬─────┐
 *   │ refcnt │ type │ set │ used │ pos │ len │
 *   └────────┴──────┴─────┴──────┴─────┴─────┘
 *    0        8      16    24     32    40
 *
 * The iterator walks the table in slot order from `pos`, holding a reference to the set until
 * it is exhausted. `used` remembers the set's size when the iterator was made: a different
 * size raises "Set changed size during iteration" (and `used` becomes -1, so it stays
 * raised); `len` counts the keys still to come, for `__length_hint__`. The TypeDef is in
 * set.ts.
 */
import type { Runtime } from "./runtime.js";
import { newInt } from "./int.js";
import { SetIter, setEntryKey, setNextEntry, setSize, setTableMask } from "./set.js";

/** iter(s): a set_iterator over the table in slot order (new reference). */
export function newSetIterator(rt: Runtime, s: number): number {
  const it = rt.allocObject(rt.T.set_iterator, SetIter.SIZE);
  rt.incref(s);
  rt.store(it + SetIter.SET, s);
  rt.store(it + SetIter.USED, setSize(rt, s));
  rt.store(it + SetIter.POS, 0);
  rt.store(it + SetIter.LEN, setSize(rt, s));
  return it;
}

export function setIterNext(rt: Runtime, it: number): number {
  const s = rt.load(it + SetIter.SET);
  if (s === 0) return 0;
  if (rt.load(it + SetIter.USED) !== setSize(rt, s)) {
    rt.i32[(it + SetIter.USED) >> 2] = -1;
    throw rt.raise(rt.E.RuntimeError, "Set changed size during iteration");
  }
  const i = setNextEntry(rt, s, rt.load(it + SetIter.POS));
  if (i < 0) {
    rt.store(it + SetIter.POS, setTableMask(rt, s) + 2);
    rt.store(it + SetIter.SET, 0);
    rt.decref(s);
    return 0;
  }
  rt.store(it + SetIter.POS, i + 1);
  rt.store(it + SetIter.LEN, rt.load(it + SetIter.LEN) - 1);
  const key = setEntryKey(rt, s, i);
  rt.incref(key);
  return key;
}

export function setIterLengthHint(rt: Runtime, it: number): number {
  const s = rt.load(it + SetIter.SET);
  const n = s !== 0 && rt.load(it + SetIter.USED) === setSize(rt, s) ? rt.load(it + SetIter.LEN) : 0;
  return newInt(rt, n);
}
