/**
 * str.translate and str.maketrans: per-code-point mapping through any object with
 * __getitem__ (a dict from maketrans, usually), CPython's rules — a LookupError keeps the code
 * point, None deletes it, an int maps to that code point (ValueError outside range(0x110000)),
 * a str is inserted as is, anything else is a TypeError.
 */
import type { Runtime } from "./runtime.js";
import { TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { readChar, strData, strKind, strLength } from "./str-layout.js";
import { StrBuilder, isStr } from "./str-object.js";
import { checkPositional } from "./str-args.js";
import { requireStr } from "./str-pieces.js";
import { asSsize } from "./slice.js";
import { arg, checkArgs } from "./args.js";
import { getItem } from "./abstract.js";
import { newInt } from "./int.js";
import { dictEntryCount, dictEntryKey, dictEntryValue, dictSetItem, newDict } from "./dict.js";

// ── translate, maketrans ────────────────────────────────────────────────────────────────

/** Look `c` up in the translation table: appends the mapping (or c itself) to `b`. */
function translateChar(rt: Runtime, table: number, c: number, b: StrBuilder): void {
  const key = newInt(rt, c);
  let v: number;
  try {
    v = getItem(rt, table, key);
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.LookupError)) {
      b.appendChar(c);
      return;
    }
    throw e;
  } finally {
    rt.decref(key);
  }
  try {
    if (v === rt.S.None) return;
    if (rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) {
      const x = asSsize(rt, v, 0);
      if (x < 0 || x > 0x10ffff) throw rt.raise(rt.E.ValueError, "character mapping must be in range(0x110000)");
      b.appendChar(x);
    } else if (isStr(rt, v)) {
      b.appendStr(rt, v);
    } else {
      throw rt.raise(rt.E.TypeError, "character mapping must return integer, None or str");
    }
  } finally {
    rt.decref(v);
  }
}

export function strTranslate(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "str.translate", nargs, kwnames, 1, 1);
  const table = arg(rt, args, 0);
  const d = strData(rt, self), k = strKind(rt, self), n = strLength(rt, self);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) translateChar(rt, table, readChar(rt, d, k, i), b);
  return b.finish(rt);
}

/** dict[key] = value, consuming the new references `key` and `value`. */
function dictSetSteal(rt: Runtime, dict: number, key: number, value: number): void {
  try {
    dictSetItem(rt, dict, key, value);
  } finally {
    rt.decref(key);
    rt.decref(value);
  }
}

export function strMaketrans(rt: Runtime, _self: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "maketrans", "str", nargs, kwnames, 1, 3);
  const x = arg(rt, args, 0);
  const dict = newDict(rt);
  try {
    if (nargs === 1) {
      if (!rt.hasFlag(x, TpFlag.DICT_SUBCLASS)) {
        throw rt.raise(rt.E.TypeError, "if you give only one argument to maketrans it must be a dict");
      }
      for (let i = 0; i < dictEntryCount(rt, x); i++) {
        const key = dictEntryKey(rt, x, i);
        if (key === 0) continue;
        const value = dictEntryValue(rt, x, i);
        if (isStr(rt, key)) {
          if (strLength(rt, key) !== 1) throw rt.raise(rt.E.ValueError, "string keys in translate table must be of length 1");
          rt.incref(value);
          dictSetSteal(rt, dict, newInt(rt, readChar(rt, strData(rt, key), strKind(rt, key), 0)), value);
        } else if (rt.hasFlag(key, TpFlag.LONG_SUBCLASS)) {
          rt.incref(key);
          rt.incref(value);
          dictSetSteal(rt, dict, key, value);
        } else {
          throw rt.raise(rt.E.TypeError, "keys in translate table must be strings or integers");
        }
      }
      return dict;
    }
    const y = arg(rt, args, 1);
    if (!isStr(rt, x)) throw rt.raise(rt.E.TypeError, "first maketrans argument must be a string if there is a second argument");
    requireStr(rt, y, "maketrans() argument 2 ");
    const z = nargs > 2 ? arg(rt, args, 2) : 0;
    if (z !== 0) requireStr(rt, z, "maketrans() argument 3 ");
    const n = strLength(rt, x);
    if (n !== strLength(rt, y)) throw rt.raise(rt.E.ValueError, "the first two maketrans arguments must have equal length");
    const xd = strData(rt, x), xk = strKind(rt, x), yd = strData(rt, y), yk = strKind(rt, y);
    for (let i = 0; i < n; i++) {
      const key = newInt(rt, readChar(rt, xd, xk, i));
      let value: number;
      try {
        value = newInt(rt, readChar(rt, yd, yk, i));
      } catch (e) {
        rt.decref(key);
        throw e;
      }
      dictSetSteal(rt, dict, key, value);
    }
    if (z !== 0) {
      const zd = strData(rt, z), zk = strKind(rt, z);
      for (let i = 0, m = strLength(rt, z); i < m; i++) {
        rt.incref(rt.S.None);
        const key = newInt(rt, readChar(rt, zd, zk, i));
        dictSetSteal(rt, dict, key, rt.S.None);
      }
    }
    return dict;
  } catch (e) {
    rt.decref(dict);
    throw e;
  }
}

