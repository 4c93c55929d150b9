/**
 * The `_functools` module: `reduce` and the `functools.partial` type (lib/functools.py
 * builds the rest on them).
 *
 *   partial  fn(16) args(24, tuple) kw(32, dict) dict(40, the instance __dict__, tp_dictoffset)
 *            weakreflist(48) vectorcall(56); basicsize 64, as CPython's
 *
 * A partial of a partial (with no instance dict) is flattened at construction, as CPython
 * does: the inner function, the inner positionals followed by the new ones, and the inner
 * keywords updated by the new ones.
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { TpFlag } from "../objects/layout.js";
import { arg } from "../objects/args.js";
import { call2, getIter, iterNext, reprText } from "../objects/abstract.js";
import { PY_RAISED } from "../objects/errors.js";
import { dictCopy, dictSetItem, isDict, newDict, dictSize } from "../objects/dict.js";
import { instanceDict } from "../objects/object.js";
import { reprEnter, reprLeave } from "../objects/freelists.js";
import { isStr } from "../objects/str.js";
import { tupleItem, tupleSize } from "../objects/tuple.js";
import { allocZeroed, checkPositional, clearField, tupleOfBorrowed } from "./stdlib-common.js";
import { callGathered, dictItemsInto, tupleItems } from "./stdlib-call.js";

const enum Partial { FN = 16, ARGS = 24, KW = 32, DICT = 40, WEAKREFLIST = 48, VECTORCALL = 56, SIZE = 64 }
const FIELDS = [Partial.FN, Partial.ARGS, Partial.KW, Partial.DICT];

// ── reduce ──────────────────────────────────────────────────────────────────────────────

function reduce(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwnames !== 0 && tupleSize(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "reduce() takes no keyword arguments");
  checkPositional(rt, "reduce", nargs, 2, 3);
  const func = arg(rt, args, 0);
  let it: number;
  try {
    it = getIter(rt, arg(rt, args, 1));
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.TypeError)) {
      rt.setException(0);
      throw rt.raise(rt.E.TypeError, "reduce() arg 2 must support iteration");
    }
    throw e;
  }
  let result = 0;
  if (nargs === 3) {
    result = arg(rt, args, 2);
    rt.incref(result);
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      if (result === 0) {
        result = item;
        continue;
      }
      let next: number;
      try {
        next = call2(rt, func, result, item);
      } finally {
        rt.decref(item);
      }
      rt.decref(result);
      result = next;
    }
  } catch (e) {
    if (result !== 0) rt.decref(result);
    throw e;
  } finally {
    rt.decref(it);
  }
  if (result === 0) throw rt.raise(rt.E.TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ── partial ─────────────────────────────────────────────────────────────────────────────

function partialNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, "type 'partial' takes at least one argument");
  let func = arg(rt, args, 0);
  if (rt.slotsOf(func).call === undefined) throw rt.raise(rt.E.TypeError, "the first argument must be callable");
  let innerArgs: number[] = [];
  let innerKw = 0;
  if (rt.slotsOf(func).call === partialCall && rt.load(func + Partial.DICT) === 0) {
    innerArgs = tupleItems(rt, rt.load(func + Partial.ARGS));
    innerKw = rt.load(func + Partial.KW);
    func = rt.load(func + Partial.FN);
  }
  const positional = innerArgs;
  for (let i = 1; i < nargs; i++) positional.push(arg(rt, args, i));
  const kw = innerKw === 0 ? newDict(rt) : dictCopy(rt, innerKw);
  const p = allocZeroed(rt, cls, Partial.SIZE);
  rt.store(p + Partial.KW, kw);
  rt.incref(func);
  rt.store(p + Partial.FN, func);
  try {
    rt.store(p + Partial.ARGS, tupleOfBorrowed(rt, positional));
    const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
    for (let k = 0; k < nkw; k++) dictSetItem(rt, kw, tupleItem(rt, kwnames, k), arg(rt, args, nargs + k));
  } catch (e) {
    rt.decref(p);
    throw e;
  }
  return p;
}

function partialCall(rt: Runtime, p: number, args: number, nargs: number, kwnames: number): number {
  const positional = tupleItems(rt, rt.load(p + Partial.ARGS));
  for (let i = 0; i < nargs; i++) positional.push(arg(rt, args, i));
  const keys: number[] = [];
  const values: number[] = [];
  dictItemsInto(rt, rt.load(p + Partial.KW), keys, values);
  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = tupleItem(rt, kwnames, k);
    const value = arg(rt, args, nargs + k);
    const at = keys.findIndex((existing) => existing === key || rt.jsString(existing) === rt.jsString(key));
    if (at >= 0) values[at] = value;
    else {
      keys.push(key);
      values.push(value);
    }
  }
  // The stored objects stay alive through `p` for the call (the caller holds `p`).
  return callGathered(rt, rt.load(p + Partial.FN), positional, keys, values);
}

function partialRepr(rt: Runtime, p: number): number {
  if (reprEnter(rt, p)) return rt.newStr("...");
  try {
    const parts = [reprText(rt, rt.load(p + Partial.FN))];
    for (const a of tupleItems(rt, rt.load(p + Partial.ARGS))) parts.push(reprText(rt, a));
    const keys: number[] = [];
    const values: number[] = [];
    dictItemsInto(rt, rt.load(p + Partial.KW), keys, values);
    keys.forEach((k, i) => parts.push(`${isStr(rt, k) ? rt.jsString(k) : reprText(rt, k)}=${reprText(rt, values[i])}`));
    return rt.newStr(`${rt.typeName(p)}(${parts.join(", ")})`);
  } finally {
    reprLeave(rt, p);
  }
}

function field(off: number) {
  return (rt: Runtime, p: number): number => {
    const v = rt.load(p + off);
    rt.incref(v);
    return v;
  };
}

export const partialType: TypeDef = {
  name: "functools.partial", basicsize: Partial.SIZE, itemsize: 0, dictoffset: Partial.DICT,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
  dealloc: (rt, p) => {
    for (const off of FIELDS) clearField(rt, p, off);
    rt.freeObject(p);
  },
  traverse: (rt, p, visit) => {
    for (const off of FIELDS) {
      const v = rt.load(p + off);
      if (v !== 0) visit(v);
    }
  },
  clear: (rt, p) => {
    for (const off of FIELDS) clearField(rt, p, off);
  },
  new: partialNew,
  call: partialCall,
  repr: partialRepr,
  getset: [
    { name: "func", get: field(Partial.FN), doc: "function object to use in future partial calls" },
    { name: "args", get: field(Partial.ARGS), doc: "tuple of arguments to future partial calls" },
    { name: "keywords", get: field(Partial.KW), doc: "dictionary of keyword arguments to future partial calls" },
    {
      name: "__dict__",
      get: (rt, p) => {
        const d = instanceDict(rt, p, true);
        rt.incref(d);
        return d;
      },
      set: (rt, p, value) => {
        if (value === 0) throw rt.raise(rt.E.TypeError, "cannot delete __dict__");
        if (!isDict(rt, value)) throw rt.raise(rt.E.TypeError, `__dict__ must be set to a dictionary, not a '${rt.typeName(value)}'`);
        rt.incref(value);
        const old = rt.load(p + Partial.DICT);
        rt.store(p + Partial.DICT, value);
        if (old !== 0) rt.decref(old);
      },
    },
  ],
  methods: [{
    name: "__reduce__",
    fn: (rt, p) => {
      const type = rt.typeOf(p);
      const fnTuple = tupleOfBorrowed(rt, [rt.load(p + Partial.FN)]);
      try {
        const dict = rt.load(p + Partial.DICT);
        const kw = rt.load(p + Partial.KW);
        const state = tupleOfBorrowed(rt, [
          rt.load(p + Partial.FN), rt.load(p + Partial.ARGS), dictSize(rt, kw) > 0 ? kw : rt.S.None, dict === 0 ? rt.S.None : dict,
        ]);
        try {
          return tupleOfBorrowed(rt, [type, fnTuple, state]);
        } finally {
          rt.decref(state);
        }
      } finally {
        rt.decref(fnTuple);
      }
    },
    doc: "Return state information for pickling",
  }],
};

export const functoolsModuleDef: NativeModuleDef = {
  name: "_functools",
  doc: "Tools that operate on functions.",
  methods: [{
    name: "reduce", fn: reduce,
    doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.",
  }],
  init(rt: Runtime, m: number) {
    rt.incref(rt.T.functools_partial);
    addModuleValue(rt, m, "partial", rt.T.functools_partial);
  },
};
