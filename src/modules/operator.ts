/**
 * The `_operator` module: Python's operators as functions (lib/operator.py re-exports them
 * and adds the `__add__`-style aliases, as CPython's operator.py does). The callable types
 * itemgetter, attrgetter and methodcaller are in operator-getters.ts.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef, NativeFunction } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { TpFlag } from "../objects/layout.js";
import { arg } from "../objects/args.js";
import {
  absolute, binaryOp, call, contains, delItem, getItem, getIter, indexExact, invert, isTrue, iterNext, negative, positive,
  richCompare, richCompareBool, setItem,
} from "../objects/abstract.js";
import { isInt, intValue, newInt } from "../objects/int.js";
import { lengthHint } from "../objects/list.js";
import { PY_RAISED } from "../objects/errors.js";
import { checkPositional } from "./stdlib-common.js";

function noKw(rt: Runtime, name: string, kwnames: number): void {
  if (kwnames !== 0 && rt.i32[(kwnames + 16) >> 2] > 0) throw rt.raise(rt.E.TypeError, `_operator.${name}() takes no keyword arguments`);
}

/** A METH_O function: `_operator.neg() takes exactly one argument (0 given)`. */
function unary(name: string, f: (rt: Runtime, o: number) => number, doc: string): MethodDef {
  const fn: NativeFunction = (rt, _m, args, nargs, kwnames) => {
    noKw(rt, name, kwnames);
    if (nargs !== 1) throw rt.raise(rt.E.TypeError, `_operator.${name}() takes exactly one argument (${nargs} given)`);
    return f(rt, arg(rt, args, 0));
  };
  return { name, fn, doc };
}

/** A fixed-arity function: `add expected 2 arguments, got 1`. */
function fixed(name: string, n: number, f: (rt: Runtime, a: number, b: number, c: number) => number, doc: string): MethodDef {
  const fn: NativeFunction = (rt, _m, args, nargs, kwnames) => {
    noKw(rt, name, kwnames);
    checkPositional(rt, name, nargs, n, n);
    return f(rt, arg(rt, args, 0), n > 1 ? arg(rt, args, 1) : 0, n > 2 ? arg(rt, args, 2) : 0);
  };
  return { name, fn, doc };
}

const bool = (rt: Runtime, v: boolean): number => {
  const r = v ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
};

const none = (rt: Runtime): number => {
  rt.incref(rt.S.None);
  return rt.S.None;
};

function binary(name: string, op: BinaryOp, symbol: string): MethodDef {
  return fixed(name, 2, (rt, a, b) => binaryOp(rt, a, b, op), `Same as a ${symbol} b.`);
}

function compare(name: string, op: CompareOp, symbol: string): MethodDef {
  return fixed(name, 2, (rt, a, b) => richCompare(rt, a, b, op), `Same as a ${symbol} b.`);
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(rt: Runtime, o: number): boolean {
  return rt.slotsOf(o).subscript !== undefined && !rt.hasFlag(o, TpFlag.DICT_SUBCLASS);
}

function concat(inplace: boolean) {
  return (rt: Runtime, a: number, b: number): number => {
    if (!isSequence(rt, a)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(a)}' object can't be concatenated`);
    return binaryOp(rt, a, b, inplace ? BinaryOp.INPLACE_ADD : BinaryOp.ADD);
  };
}

/** How many items of `seq` equal `v` (countOf), or the index of the first (indexOf; -1 if none). */
function search(rt: Runtime, seq: number, v: number, firstOnly: boolean): number {
  let it: number;
  try {
    it = getIter(rt, seq);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.TypeError)) throw e;
    throw rt.raise(rt.E.TypeError, `argument of type '${rt.typeName(seq)}' is not iterable`);
  }
  let count = 0;
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(rt, it);
      if (item === 0) return firstOnly ? -1 : count;
      let equal: boolean;
      try {
        equal = item === v || richCompareBool(rt, item, v, CompareOp.EQ);
      } finally {
        rt.decref(item);
      }
      if (equal) {
        if (firstOnly) return i;
        count++;
      }
    }
  } finally {
    rt.decref(it);
  }
}

const callFn: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  checkPositional(rt, "call", nargs, 1, Infinity);
  return call(rt, arg(rt, args, 0), args + 8, nargs - 1, kwnames);
};

const lengthHintFn: NativeFunction = (rt, _m, args, nargs, kwnames) => {
  noKw(rt, "length_hint", kwnames);
  checkPositional(rt, "length_hint", nargs, 1, 2);
  let dflt = 0;
  if (nargs === 2) {
    const d = arg(rt, args, 1);
    if (!isInt(rt, d)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(d)}' object cannot be interpreted as an integer`);
    dflt = Number(intValue(rt, d));
  }
  return newInt(rt, lengthHint(rt, arg(rt, args, 0), dflt));
};

const methods: MethodDef[] = [
  unary("truth", (rt, o) => bool(rt, isTrue(rt, o)), "Return True if a is true, False otherwise."),
  fixed("contains", 2, (rt, a, b) => bool(rt, contains(rt, a, b)), "Same as b in a (note reversed operands)."),
  fixed("indexOf", 2, (rt, a, b) => {
    const i = search(rt, a, b, true);
    if (i < 0) throw rt.raise(rt.E.ValueError, "sequence.index(x): x not in sequence");
    return newInt(rt, i);
  }, "Return the first index of b in a."),
  fixed("countOf", 2, (rt, a, b) => newInt(rt, search(rt, a, b, false)), "Return the number of items in a which are, or which equal, b."),
  fixed("is_", 2, (rt, a, b) => bool(rt, a === b), "Same as a is b."),
  fixed("is_not", 2, (rt, a, b) => bool(rt, a !== b), "Same as a is not b."),
  unary("index", (rt, o) => indexExact(rt, o), "Same as a.__index__()"),
  binary("add", BinaryOp.ADD, "+"),
  binary("sub", BinaryOp.SUBTRACT, "-"),
  binary("mul", BinaryOp.MULTIPLY, "*"),
  binary("matmul", BinaryOp.MATRIX_MULTIPLY, "@"),
  binary("floordiv", BinaryOp.FLOOR_DIVIDE, "//"),
  binary("truediv", BinaryOp.TRUE_DIVIDE, "/"),
  binary("mod", BinaryOp.REMAINDER, "%"),
  unary("neg", negative, "Same as -a."),
  unary("pos", positive, "Same as +a."),
  unary("abs", absolute, "Same as abs(a)."),
  unary("inv", invert, "Same as ~a."),
  unary("invert", invert, "Same as ~a."),
  binary("lshift", BinaryOp.LSHIFT, "<<"),
  binary("rshift", BinaryOp.RSHIFT, ">>"),
  unary("not_", (rt, o) => bool(rt, !isTrue(rt, o)), "Same as not a."),
  binary("and_", BinaryOp.AND, "&"),
  binary("xor", BinaryOp.XOR, "^"),
  binary("or_", BinaryOp.OR, "|"),
  binary("iadd", BinaryOp.INPLACE_ADD, "+="),
  binary("isub", BinaryOp.INPLACE_SUBTRACT, "-="),
  binary("imul", BinaryOp.INPLACE_MULTIPLY, "*="),
  binary("imatmul", BinaryOp.INPLACE_MATRIX_MULTIPLY, "@="),
  binary("ifloordiv", BinaryOp.INPLACE_FLOOR_DIVIDE, "//="),
  binary("itruediv", BinaryOp.INPLACE_TRUE_DIVIDE, "/="),
  binary("imod", BinaryOp.INPLACE_REMAINDER, "%="),
  binary("ilshift", BinaryOp.INPLACE_LSHIFT, "<<="),
  binary("irshift", BinaryOp.INPLACE_RSHIFT, ">>="),
  binary("iand", BinaryOp.INPLACE_AND, "&="),
  binary("ixor", BinaryOp.INPLACE_XOR, "^="),
  binary("ior", BinaryOp.INPLACE_OR, "|="),
  fixed("concat", 2, concat(false), "Same as a + b, for a and b sequences."),
  fixed("iconcat", 2, concat(true), "Same as a += b, for a and b sequences."),
  fixed("getitem", 2, (rt, a, b) => getItem(rt, a, b), "Same as a[b]."),
  fixed("setitem", 3, (rt, a, b, c) => (setItem(rt, a, b, c), none(rt)), "Same as a[b] = c."),
  fixed("delitem", 2, (rt, a, b) => (delItem(rt, a, b), none(rt)), "Same as del a[b]."),
  binary("pow", BinaryOp.POWER, "**"),
  binary("ipow", BinaryOp.INPLACE_POWER, "**="),
  compare("eq", CompareOp.EQ, "=="),
  compare("ne", CompareOp.NE, "!="),
  compare("lt", CompareOp.LT, "<"),
  compare("le", CompareOp.LE, "<="),
  compare("gt", CompareOp.GT, ">"),
  compare("ge", CompareOp.GE, ">="),
  { name: "length_hint", fn: lengthHintFn, doc: "Return an estimate of the number of items in obj." },
  { name: "call", fn: callFn, doc: "Same as obj(*args, **kwargs)." },
];

export const operatorModuleDef: NativeModuleDef = {
  name: "_operator",
  doc: "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  methods,
  init(rt: Runtime, m: number) {
    for (const [name, key] of [["itemgetter", "operator_itemgetter"], ["attrgetter", "operator_attrgetter"], ["methodcaller", "operator_methodcaller"]] as const) {
      rt.incref(rt.T[key]);
      addModuleValue(rt, m, name, rt.T[key]);
    }
  },
};
