/**
 * `__build_class__(func, name, *bases, metaclass=..., **kwds)`: what the class statement calls
 * (CPython's builtin___build_class__).
 *
 * The compiler turns `class C(B, metaclass=M, x=1): body` into a call of this builtin with the
 * body compiled as a function. It
 *   1. picks the metaclass: the `metaclass` keyword, else the type of the first base, else
 *      `type`; a metaclass that is a class is replaced by the most derived metaclass of it and
 *      the bases' metaclasses ("metaclass conflict" when they are unrelated);
 *   2. makes the namespace: `metaclass.__prepare__(name, bases, **kwds)`, or a new dict;
 *   3. runs the body function with the namespace as its locals (its frame's LOCALS word;
 *      the function's closure gives the body its free variables);
 *   4. calls `metaclass(name, bases, namespace, **kwds)`; when the body made a `__class__`
 *      cell (a method uses `super()` or `__class__`), type.__new__ must have filled it with
 *      the new class.
 * `__mro_entries__` on non-class bases (PEP 560) is not supported yet.
 */
import type { VM } from "./vm.js";
import { arg, kwCount } from "../objects/args.js";
import { newTuple, tupleItem, tupleSetItem } from "../objects/tuple.js";
import { newDict } from "../objects/dict.js";
import { call, lookupAttr, pushArgs, reprText } from "../objects/abstract.js";
import { TpFlag } from "../objects/layout.js";
import { calculateMetaclass } from "../objects/type-new.js";
import { cellGet } from "../objects/cell.js";

/** `bases` words at `args` as a new tuple. */
function basesTuple(vm: VM, args: number, n: number): number {
  const rt = vm.rt;
  const t = newTuple(rt, n);
  for (let i = 0; i < n; i++) {
    const b = rt.load(args + 8 * i);
    rt.incref(b);
    tupleSetItem(rt, t, i, b);
  }
  return t;
}

/**
 * Call `f(*first, **kw)` where kw is the keywords of the original call without `metaclass`
 * (`kwIndexes` are their positions in `kwnames`). New reference.
 */
function callWithKeywords(vm: VM, f: number, first: readonly number[], args: number, nargs: number, kwnames: number, kwIndexes: readonly number[]): number {
  const rt = vm.rt;
  let names = 0;
  if (kwIndexes.length > 0) {
    names = newTuple(rt, kwIndexes.length);
    kwIndexes.forEach((k, i) => {
      const key = tupleItem(rt, kwnames, k);
      rt.incref(key);
      tupleSetItem(rt, names, i, key);
    });
  }
  const p = pushArgs(rt, first.length + kwIndexes.length);
  first.forEach((v, i) => rt.store(p + 8 * i, v));
  kwIndexes.forEach((k, i) => rt.store(p + 8 * (first.length + i), rt.load(args + 8 * (nargs + k))));
  try {
    return call(rt, f, p, first.length, names);
  } finally {
    rt.argTop = p;
    if (names !== 0) rt.decref(names);
  }
}

/** The builtin `__build_class__` (vectorcall form). New reference to the class. */
export function buildClass(vm: VM, args: number, nargs: number, kwnames: number): number {
  const rt = vm.rt;
  if (nargs < 2) throw rt.raise(rt.E.TypeError, "__build_class__: not enough arguments");
  const func = arg(rt, args, 0);
  if (rt.typeOf(func) !== rt.T.function) throw rt.raise(rt.E.TypeError, "__build_class__: func must be a function");
  const name = arg(rt, args, 1);
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "__build_class__: name is not a string");

  let meta = 0;
  const kwIndexes: number[] = [];
  for (let k = 0, n = kwCount(rt, kwnames); k < n; k++) {
    if (rt.jsString(tupleItem(rt, kwnames, k)) === "metaclass") meta = arg(rt, args, nargs + k);
    else kwIndexes.push(k);
  }
  const bases = basesTuple(vm, args + 16, nargs - 2);
  let ns = 0;
  try {
    let isClass = true;
    if (meta === 0) meta = nargs === 2 ? rt.T.type : rt.typeOf(tupleItem(rt, bases, 0));
    else isClass = rt.hasFlag(meta, TpFlag.TYPE_SUBCLASS);
    if (isClass) meta = calculateMetaclass(rt, meta, bases);
    rt.incref(meta);
    try {
      const prepare = lookupAttr(rt, meta, rt.identifier("__prepare__"));
      if (prepare === 0) {
        ns = newDict(rt);
      } else {
        try {
          ns = callWithKeywords(vm, prepare, [name, bases], args, nargs, kwnames, kwIndexes);
        } finally {
          rt.decref(prepare);
        }
        if (rt.slotsOf(ns).subscript === undefined) {
          const who = isClass ? rt.typeNameOf(meta) : "<metaclass>";
          throw rt.raise(rt.E.TypeError, `${who}.__prepare__() must return a mapping, not ${rt.typeName(ns)}`);
        }
      }
      const cell = vm.runClassBody(func, ns);
      try {
        const cls = callWithKeywords(vm, meta, [name, bases, ns], args, nargs, kwnames, kwIndexes);
        if (rt.hasFlag(cls, TpFlag.TYPE_SUBCLASS) && rt.typeOf(cell) === rt.T.cell) {
          const cellClass = cellGet(rt, cell);
          if (cellClass !== cls) {
            const message = cellClass === 0
              ? `__class__ not set defining ${reprText(rt, name)} as ${reprText(rt, cls)}. Was __classcell__ propagated to type.__new__?`
              : `__class__ set to ${reprText(rt, cellClass)} defining ${reprText(rt, name)} as ${reprText(rt, cls)}`;
            rt.decref(cls);
            throw rt.raise(cellClass === 0 ? rt.E.RuntimeError : rt.E.TypeError, message);
          }
        }
        return cls;
      } finally {
        rt.decref(cell);
      }
    } finally {
      rt.decref(meta);
    }
  } finally {
    rt.decref(bases);
    if (ns !== 0) rt.decref(ns);
  }
}
