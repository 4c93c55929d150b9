/**
 * Builtins that consume or make iterators: len, iter, next, any, all, min, max, sorted.
 *
 * Each is written the way CPython's bltinmodule.c writes it, so that the order of calls a
 * program can observe (when `__next__`, `__eq__`, `__lt__` or a key function run, and which
 * error wins) is the same. `min(a, b, ...)` walks the argument vector directly where CPython
 * iterates over its args tuple; nothing a program can see depends on the difference.
 */
import { genSend } from "../objects/generator.js";
import { newTuple, tupleSetItem } from "../objects/tuple.js";
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { PY_RAISED } from "../objects/errors.js";
import { CompareOp } from "../compile/opcodes.js";
import { argSpec, arg, checkArgs, kwCount, parseArgs } from "../objects/args.js";
import { call, call1, getAttr, getIter, isTrue, iterNext, length, richCompareBool } from "../objects/abstract.js";
import { newExceptionWithArgs } from "../objects/exceptions.js";
import { newInt } from "../objects/int.js";
import { listFromIterable } from "../objects/list.js";
import { newCallableIterator } from "../objects/iterators.js";

function bool(rt: Runtime, v: boolean): number {
  const b = v ? rt.S.True : rt.S.False;
  rt.incref(b);
  return b;
}

function len(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "len", nargs, kwnames, 1, 1);
  return newInt(rt, length(rt, arg(rt, args, 0)));
}

function iter(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "iter", nargs, kwnames, 1, 2);
  const v = arg(rt, args, 0);
  if (nargs === 1) return getIter(rt, v);
  if (rt.slotsOf(v).call === undefined) throw rt.raise(rt.E.TypeError, "iter(v, w): v must be callable");
  return newCallableIterator(rt, v, arg(rt, args, 1));
}

/** Raise StopIteration() with no arguments (CPython's PyErr_SetNone). */
function raiseStopIteration(rt: Runtime): never {
  rt.incref(rt.S.emptyTuple);
  rt.setException(newExceptionWithArgs(rt, rt.E.StopIteration, rt.S.emptyTuple));
  throw PY_RAISED;
}

function next(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "next", nargs, kwnames, 1, 2);
  const it = arg(rt, args, 0);
  if (rt.slotsOf(it).iternext === undefined) throw rt.raise(rt.E.TypeError, `'${rt.typeName(it)}' object is not an iterator`);
  if (rt.typeOf(it) === rt.T.generator) {
    // A generator's return value becomes StopIteration.value (gen_iternext sets it).
    const v = genSend(rt, it, rt.S.None);
    if (v !== 0) return v;
    const result = rt.genReturnValue;
    rt.genReturnValue = 0;
    if (nargs === 2) {
      rt.decref(result);
      const dflt = arg(rt, args, 1);
      rt.incref(dflt);
      return dflt;
    }
    const stopArgs = newTuple(rt, result === rt.S.None ? 0 : 1);
    if (result === rt.S.None) rt.decref(result);
    else tupleSetItem(rt, stopArgs, 0, result);
    rt.setException(newExceptionWithArgs(rt, rt.E.StopIteration, stopArgs));
    throw PY_RAISED;
  }
  const item = iterNext(rt, it);
  if (item !== 0) return item;
  if (nargs === 1) raiseStopIteration(rt);
  const dflt = arg(rt, args, 1);
  rt.incref(dflt);
  return dflt;
}

/** any() / all(): stop at the first item whose truth is `stopAt`. */
function anyAll(name: string, stopAt: boolean): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 1, 1);
      const it = getIter(rt, arg(rt, args, 0));
      try {
        for (;;) {
          const item = iterNext(rt, it);
          if (item === 0) return bool(rt, !stopAt);
          let truth: boolean;
          try {
            truth = isTrue(rt, item);
          } finally {
            rt.decref(item);
          }
          if (truth === stopAt) return bool(rt, stopAt);
        }
      } finally {
        rt.decref(it);
      }
    },
  };
}

// ── min / max ───────────────────────────────────────────────────────────────────────────

const minSpec = argSpec("min", ["*args", "key=", "default="]);
const maxSpec = argSpec("max", ["*args", "key=", "default="]);
const minmaxOut = new Int32Array(2);

function minmax(rt: Runtime, args: number, nargs: number, kwnames: number, op: CompareOp): number {
  const name = op === CompareOp.LT ? "min" : "max";
  if (nargs === 0) throw rt.raise(rt.E.TypeError, `${name} expected at least 1 argument, got 0`);
  let key = 0;
  let dflt = 0;
  if (kwCount(rt, kwnames) > 0) {
    parseArgs(rt, op === CompareOp.LT ? minSpec : maxSpec, args, nargs, kwnames, minmaxOut);
    key = minmaxOut[0];
    dflt = minmaxOut[1];
  }
  const positional = nargs > 1;
  if (positional && dflt !== 0) {
    throw rt.raise(rt.E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  if (key === rt.S.None) key = 0;
  const it = positional ? 0 : getIter(rt, arg(rt, args, 0));
  let position = 0;
  let bestItem = 0;
  let bestVal = 0;
  try {
    for (;;) {
      // The items: the arguments themselves when there are several, else the iterable's.
      let item: number;
      if (it !== 0) {
        item = iterNext(rt, it);
        if (item === 0) break;
      } else {
        if (position === nargs) break;
        item = arg(rt, args, position++);
        rt.incref(item);
      }
      let val: number;
      if (key !== 0) {
        try {
          val = call1(rt, key, item);
        } catch (e) {
          rt.decref(item);
          throw e;
        }
      } else {
        rt.incref(item);
        val = item;
      }
      if (bestVal === 0) {
        bestItem = item;
        bestVal = val;
        continue;
      }
      let better: boolean;
      try {
        better = richCompareBool(rt, val, bestVal, op);
      } catch (e) {
        rt.decref(item);
        rt.decref(val);
        throw e;
      }
      if (better) {
        rt.decref(bestItem);
        rt.decref(bestVal);
        bestItem = item;
        bestVal = val;
      } else {
        rt.decref(item);
        rt.decref(val);
      }
    }
  } catch (e) {
    if (bestItem !== 0) {
      rt.decref(bestItem);
      rt.decref(bestVal);
    }
    throw e;
  } finally {
    if (it !== 0) rt.decref(it);
  }
  if (bestVal === 0) {
    if (dflt === 0) throw rt.raise(rt.E.ValueError, `${name}() arg is an empty sequence`);
    rt.incref(dflt);
    return dflt;
  }
  rt.decref(bestVal);
  return bestItem;
}

// ── sorted ──────────────────────────────────────────────────────────────────────────────

/** sorted(iterable, /, *, key=None, reverse=False): a new list, then its sort method with the keywords. */
function sorted(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (nargs !== 1) throw rt.raise(rt.E.TypeError, `sorted expected 1 argument, got ${nargs}`);
  const list = listFromIterable(rt, arg(rt, args, 0));
  try {
    const sort = getAttr(rt, list, rt.identifier("sort"));
    try {
      rt.decref(call(rt, sort, args + 8, 0, kwnames));
    } finally {
      rt.decref(sort);
    }
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** len's definition: compiled code that does `len(x)` itself knows the function by it (call-emitter.ts). */
export const lenDef: MethodDef = { name: "len", fn: len, doc: "Return the number of items in a container." };

export const iterBuiltins: readonly MethodDef[] = [
  lenDef,
  { name: "iter", fn: iter, doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object." },
  { name: "next", fn: next, doc: "next(iterator[, default])\n\nReturn the next item from the iterator." },
  anyAll("any", true),
  anyAll("all", false),
  { name: "min", fn: (rt, _m, args, nargs, kwnames) => minmax(rt, args, nargs, kwnames, CompareOp.LT), packsArgs: true, doc: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value" },
  { name: "max", fn: (rt, _m, args, nargs, kwnames) => minmax(rt, args, nargs, kwnames, CompareOp.GT), packsArgs: true, doc: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value" },
  { name: "sorted", fn: sorted, doc: "Return a new list containing all items from the iterable in ascending order." },
];
