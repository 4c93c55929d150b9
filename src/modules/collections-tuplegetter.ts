/**
 * `_collections._tuplegetter(index, doc)`: the data descriptor namedtuple classes use for
 * their fields (`Point.x`): reading it from an instance gives `instance[index]`; assigning
 * or deleting raises AttributeError.
 *
 *   index(16, int64) doc(24); basicsize 32
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { arg, checkArgs } from "../objects/args.js";
import { isInt, intValue } from "../objects/int.js";
import { tupleItem, tupleSize } from "../objects/tuple.js";
import { allocZeroed, clearField, loadCount, storeCount, storeNew } from "./stdlib-common.js";

const enum TupleGetter { INDEX = 16, DOC = 24, SIZE = 32 }

function tuplegetterNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_tuplegetter", nargs, kwnames, 2, 2);
  const index = arg(rt, args, 0);
  if (!isInt(rt, index)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(index)}' object cannot be interpreted as an integer`);
  const g = allocZeroed(rt, cls, TupleGetter.SIZE);
  storeCount(rt, g + TupleGetter.INDEX, Number(intValue(rt, index)));
  storeNew(rt, g, TupleGetter.DOC, arg(rt, args, 1));
  return g;
}

function tuplegetterGet(rt: Runtime, g: number, obj: number): number {
  if (obj === 0 || obj === rt.S.None) {
    rt.incref(g);
    return g;
  }
  const index = loadCount(rt, g + TupleGetter.INDEX);
  if (!rt.hasFlag(obj, TpFlag.TUPLE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${rt.typeName(obj)}' object`);
  }
  if (index < 0 || index >= tupleSize(rt, obj)) throw rt.raise(rt.E.IndexError, "tuple index out of range");
  const v = tupleItem(rt, obj, index);
  rt.incref(v);
  return v;
}

export const tuplegetterType: TypeDef = {
  name: "_collections._tuplegetter", basicsize: TupleGetter.SIZE, itemsize: 0, flags: TpFlag.HAVE_GC,
  dealloc: (rt, g) => {
    clearField(rt, g, TupleGetter.DOC);
    rt.freeObject(g);
  },
  traverse: (rt, g, visit) => {
    const doc = rt.load(g + TupleGetter.DOC);
    if (doc !== 0) visit(doc);
  },
  clear: (rt, g) => clearField(rt, g, TupleGetter.DOC),
  new: tuplegetterNew,
  descrGet: (rt, g, obj) => tuplegetterGet(rt, g, obj),
  descrSet: (rt, _g, _obj, value) => {
    throw rt.raise(rt.E.AttributeError, value === 0 ? "can't delete attribute" : "can't set attribute");
  },
  getset: [{
    name: "__doc__",
    get: (rt, g) => {
      const doc = rt.load(g + TupleGetter.DOC);
      const v = doc === 0 ? rt.S.None : doc;
      rt.incref(v);
      return v;
    },
    set: (rt, g, value) => {
      if (value !== 0) rt.incref(value);
      const old = rt.load(g + TupleGetter.DOC);
      rt.store(g + TupleGetter.DOC, value);
      if (old !== 0) rt.decref(old);
    },
  }],
};
