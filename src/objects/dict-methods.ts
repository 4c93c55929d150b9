/**
 * What Python code sees of a dict beyond storage: repr, `==`, `d[k]` (with `__missing__` for
 * subclasses), `d[k] = v` and `del d[k]`, `dict.__init__`, and the methods (get, setdefault,
 * pop, popitem, keys, items, values, update, fromkeys, clear, copy, ...).
 *
 * The method functions use the vectorcall shape `(rt, self, args, nargs, kwnames)` and check
 * their arguments with CPython's messages; dict.ts's method table names them. Anything that
 * compares or reprs keys and values holds references to them while Python code runs, since
 * that code may change the dict. `popitem` takes the last live entry (LIFO) and gives back
 * the trailing entry slots it frees, as CPython does.
 */
import type { Runtime } from "./runtime.js";
import { CompareOp } from "../compile/opcodes.js";
import { call1, reprText, richCompareBool } from "./abstract.js";
import { checkArgs, arg, kwCount } from "./args.js";
import { newInt } from "./int.js";
import { lookupSpecial } from "./iterators.js";
import { reprEnter, reprLeave } from "./freelists.js";
import { hashOut, newTuple, notImplemented, tupleSetItem } from "./tuple.js";
import {
  Entry, Keys, UEntry, entryHashWords, keysEntries, keysKind, keysLog2Size, keysNentries, loadEntryHash, lookdictIndex,
  setIndex, setKeysNentries,
} from "./dict-keys.js";
import { DictIterKind, newDictIterator, newDictView } from "./dict-views.js";
import {
  dictBumpVersion, dictClear, dictContains, dictDelItem, dictEntryCount, dictEntryKey, dictEntryValue, dictGetItem,
  dictGetItemKnownHash, dictKeysObject, dictPop, dictResize, dictSetDefault, dictSetItem, dictSetUsed, dictSize, dictSizeof,
  dictValueAt, isDict, raiseKeyError,
} from "./dict.js";
import { NOT_STR_TABLE, dictLookup, dictStrKeyValue, entryKey, entryValue, keyHashWords } from "./dict-lookup.js";
import { dictCopy, dictFromKeys, dictUpdateCommon } from "./dict-merge.js";

// ── slots ───────────────────────────────────────────────────────────────────────────────

export function dictRepr(rt: Runtime, d: number): number {
  if (reprEnter(rt, d)) return rt.newStr("{...}");
  try {
    if (dictSize(rt, d) === 0) return rt.newStr("{}");
    let text = "{";
    let first = true;
    for (let i = 0; i < dictEntryCount(rt, d); i++) {
      const value = dictEntryValue(rt, d, i);
      if (value === 0) continue;
      const key = dictEntryKey(rt, d, i);
      rt.incref(key);
      rt.incref(value);
      try {
        if (!first) text += ", ";
        first = false;
        text += reprText(rt, key);
        text += ": ";
        text += reprText(rt, value);
      } finally {
        rt.decref(key);
        rt.decref(value);
      }
    }
    return rt.newStr(text + "}");
  } finally {
    reprLeave(rt, d);
  }
}

/**
 * dict_equal: same size and every key of a maps to an equal value in b. Walks a's entries in
 * table order (a split dict's in the shared keys' order), as CPython does.
 */
function dictEqual(rt: Runtime, a: number, b: number): boolean {
  if (dictSize(rt, a) !== dictSize(rt, b)) return false;
  for (let i = 0; i < keysNentries(rt, dictKeysObject(rt, a)); i++) {
    const aval = dictValueAt(rt, a, i);
    if (aval === 0) continue;
    const k = dictKeysObject(rt, a);
    const key = entryKey(rt, k, i);
    loadEntryHash(rt, k, i);
    const lo = entryHashWords[0], hi = entryHashWords[1];
    rt.incref(aval);
    rt.incref(key);
    try {
      const bval = dictGetItemKnownHash(rt, b, key, lo, hi);
      if (bval === 0) return false;
      rt.incref(bval);
      try {
        if (!richCompareBool(rt, aval, bval, CompareOp.EQ)) return false;
      } finally {
        rt.decref(bval);
      }
    } finally {
      rt.decref(key);
      rt.decref(aval);
    }
  }
  return true;
}

export function dictRichcompare(rt: Runtime, v: number, w: number, op: number): number {
  if (!isDict(rt, v) || !isDict(rt, w) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return notImplemented(rt);
  const equal = dictEqual(rt, v, w);
  const r = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** d[key]: KeyError(key), or `__missing__` for subclasses that define it. */
export function dictSubscript(rt: Runtime, d: number, key: number): number {
  const found = dictStrKeyValue(rt, d, key);
  if (found !== NOT_STR_TABLE) {
    if (found !== 0) {
      rt.incref(found);
      return found;
    }
    // Absent: an exact dict raises; a subclass may have __missing__ (below).
    if (rt.typeOf(d) === rt.T.dict) raiseKeyError(rt, key);
  }
  keyHashWords(rt, key);
  const ix = dictLookup(rt, d, key, hashOut[0], hashOut[1]);
  if (ix >= 0) {
    const v = dictValueAt(rt, d, ix);
    rt.incref(v);
    return v;
  }
  if (rt.typeOf(d) !== rt.T.dict) {
    const missing = lookupSpecial(rt, d, "__missing__");
    if (missing !== 0) {
      try {
        return call1(rt, missing, key);
      } finally {
        rt.decref(missing);
      }
    }
  }
  raiseKeyError(rt, key);
}

export function dictAssSubscript(rt: Runtime, d: number, key: number, value: number): void {
  if (value !== 0) dictSetItem(rt, d, key, value);
  else if (!dictDelItem(rt, d, key)) raiseKeyError(rt, key);
}

export function dictInit(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): void {
  dictUpdateCommon(rt, d, args, nargs, kwnames, "dict");
}

// ── methods ─────────────────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

export function dictGetMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  if (kwnames !== 0 || nargs < 1 || nargs > 2) {
    // Argument Clinic's messages: the keyword one names the class, the count ones do not.
    if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "dict.get() takes no keyword arguments");
    checkArgs(rt, "dict.get", nargs, kwnames, 1, 2);
  }
  const key = rt.i32[args >> 2];
  let v = dictGetItem(rt, self, key);
  if (v === 0) v = nargs > 1 ? arg(rt, args, 1) : rt.S.None;
  rt.incref(v);
  return v;
}

export function dictSetdefaultMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.setdefault", nargs, kwnames, 1, 2);
  const v = dictSetDefault(rt, self, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : rt.S.None);
  rt.incref(v);
  return v;
}

export function dictPopMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.pop", nargs, kwnames, 1, 2);
  return dictPop(rt, self, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : 0);
}

/** dict.popitem(): the last (key, value) pair, LIFO; the table's trailing entries are reclaimed. */
export function dictPopitemMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.popitem", nargs, kwnames, 0, 0);
  const res = newTuple(rt, 2);
  if (dictSize(rt, self) === 0) {
    rt.decref(res);
    throw rt.raise(rt.E.KeyError, "popitem(): dictionary is empty");
  }
  // A split dict becomes combined (same table size) first.
  if (keysKind(rt, dictKeysObject(rt, self)) === Keys.KIND_SPLIT) {
    try {
      dictResize(rt, self, keysLog2Size(rt, dictKeysObject(rt, self)), true);
    } catch (e) {
      rt.decref(res);
      throw e;
    }
  }
  const k = dictKeysObject(rt, self);
  rt.u32[(k + Keys.VERSION) >> 2] = 0;
  let i = keysNentries(rt, k) - 1;
  while (i >= 0 && entryValue(rt, k, i) === 0) i--;
  const key = entryKey(rt, k, i);
  const value = entryValue(rt, k, i);
  loadEntryHash(rt, k, i);
  const lo = entryHashWords[0];
  const hi = entryHashWords[1];
  const ep = (keysEntries(rt, k) + i * (keysKind(rt, k) === Keys.KIND_GENERAL ? Entry.SIZE : UEntry.SIZE)) >> 2;
  if (keysKind(rt, k) === Keys.KIND_GENERAL) {
    rt.i32.fill(0, ep + 2, ep + 6);
    rt.i32[ep] = -1;
    rt.i32[ep + 1] = -1;
  } else {
    rt.i32.fill(0, ep, ep + 4);
  }
  const j = lookdictIndex(rt, k, lo, hi, i);
  setIndex(rt, k, keysLog2Size(rt, k), j, Keys.DUMMY);
  tupleSetItem(rt, res, 0, key);
  tupleSetItem(rt, res, 1, value);
  setKeysNentries(rt, k, i);
  dictSetUsed(rt, self, dictSize(rt, self) - 1);
  dictBumpVersion(rt, self);
  return res;
}

export function dictKeysMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.keys", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_keys);
}

export function dictItemsMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.items", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_items);
}

export function dictValuesMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.values", nargs, kwnames, 0, 0);
  return newDictView(rt, self, rt.T.dict_values);
}

export function dictUpdateMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  dictUpdateCommon(rt, self, args, nargs, kwnames, "update");
  return none(rt);
}

export function dictClearMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.clear", nargs, kwnames, 0, 0);
  dictClear(rt, self);
  return none(rt);
}

export function dictCopyMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.copy", nargs, kwnames, 0, 0);
  return dictCopy(rt, self);
}

export function dictContainsMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__contains__", nargs, kwnames, 1, 1);
  const r = dictContains(rt, self, arg(rt, args, 0)) ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

export function dictGetitemMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__getitem__", nargs, kwnames, 1, 1);
  return dictSubscript(rt, self, arg(rt, args, 0));
}

export function dictSizeofMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__sizeof__", nargs, kwnames, 0, 0);
  return newInt(rt, dictSizeof(rt, self));
}

export function dictReversedMethod(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.__reversed__", nargs, kwnames, 0, 0);
  return newDictIterator(rt, self, DictIterKind.KEYS, true);
}

/** dict.fromkeys(iterable, value=None), a class method: `cls` is the class it was called on. */
export function dictFromkeysMethod(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "dict.fromkeys", nargs, kwnames, 1, 2);
  return dictFromKeys(rt, cls, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : rt.S.None);
}
