/**
 * How a Python call becomes a slot call: the wrappers behind slot wrapper descriptors
 * (CPython's wrap_* functions and tp_new_wrapper in typeobject.c).
 *
 * A slot has a TypeScript signature (`(rt, a, b) => number` for `+`, `(rt, o) => boolean`
 * for truth); a Python call has a self and a vectorcall argument vector. Each wrapper here
 * checks the argument count the way CPython does (`expected 1 argument, got 0`), adapts the
 * arguments, calls the slot function, and turns its result into an object: a JS boolean into
 * True/False, a length or hash into an int, "nothing" into None, an exhausted iternext into
 * StopIteration. Reflected wrappers swap the operands. NotImplemented from a slot is returned
 * as it is: `(1).__add__("a")` is NotImplemented, not an error.
 *
 * Every wrapper takes `self` and the arguments borrowed and returns a new reference; it is
 * given the function its descriptor captured (see slot-wrappers.ts for which row uses which).
 *
 * Also here: what `object` has where glasspy's object slot table leaves the work to the
 * protocol functions (`__str__`, `__init__`), the function that stands for "unhashable", and
 * `__new__`, which is not a wrapper descriptor but a builtin bound to the type.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeSlots, UnarySlot } from "./typedef.js";
import { Tp, TpFlag, WORD } from "./layout.js";
import type { CompareOp } from "../compile/opcodes.js";
import { kwCount, arg } from "./args.js";
import { raiseAttributeMissing } from "./abstract.js";
import { defaultRepr } from "./object.js";
import { newInt, newIntFromBigInt } from "./int.js";
import { asSsize } from "./slice.js";
import { newExceptionWithArgs } from "./exceptions.js";
import { exactHash } from "./tuple.js";
import { PY_RAISED } from "./errors.js";

/** Any slot function (the top type of TypeSlots' function members). */
export type SlotFunction = (rt: Runtime, ...args: never[]) => unknown;

/**
 * Runs slot function `fn` for a Python call: `self` and the arguments (vectorcall form, self
 * not included) are borrowed; `owner` is the type the descriptor belongs to. New reference.
 */
export type Wrapper<F> = (rt: Runtime, fn: F, self: number, args: number, nargs: number, kwnames: number, owner: number) => number;

// ── argument checks (CPython's check_num_args and PyArg_UnpackTuple with name "") ──────

function checkNumArgs(rt: Runtime, nargs: number, n: number): void {
  if (nargs !== n) throw rt.raise(rt.E.TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${nargs}`);
}

function unpackArgs(rt: Runtime, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    throw rt.raise(rt.E.TypeError, ` expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${nargs}`);
  }
  if (nargs > max) {
    throw rt.raise(rt.E.TypeError, ` expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${nargs}`);
  }
}

/**
 * True or False (new reference). Not bool.ts's newBool: this file is reached while int.ts is
 * still being evaluated (through the class machinery), before bool.ts can be.
 */
function truth(rt: Runtime, b: boolean): number {
  const o = b ? rt.S.True : rt.S.False;
  rt.incref(o);
  return o;
}

/** A new reference to None. */
export function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function checkAttributeName(rt: Runtime, name: number): void {
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `attribute name must be string, not '${rt.typeName(name)}'`);
  }
}

// ── the wrappers (CPython's wrap_* functions) ───────────────────────────────────────────

type BoolSlot = (rt: Runtime, o: number) => boolean;
type LengthSlot = (rt: Runtime, o: number) => number;
type RichcompareSlot = (rt: Runtime, a: number, b: number, op: number) => number;
type GetattroSlot = (rt: Runtime, o: number, name: number) => number;
type SetattroSlot = (rt: Runtime, o: number, name: number, value: number) => void;
type CallSlot = (rt: Runtime, self: number, args: number, nargs: number, kwnames: number) => number;
type InitSlot = (rt: Runtime, self: number, args: number, nargs: number, kwnames: number) => void;
type DescrGetSlot = (rt: Runtime, descr: number, obj: number, type: number) => number;
type DescrSetSlot = (rt: Runtime, descr: number, obj: number, value: number) => void;
type AssSubscriptSlot = (rt: Runtime, o: number, key: number, value: number) => void;
type ContainsSlot = (rt: Runtime, o: number, value: number) => boolean;

/** wrap_unaryfunc: `__repr__`, `__str__`, `__iter__`, `__neg__`, `__int__`, `__index__`, ... */
export const wrapUnary: Wrapper<UnarySlot> = (rt, fn, self, _args, nargs) => {
  checkNumArgs(rt, nargs, 0);
  return fn(rt, self);
};

/** wrap_inquirypred: `__bool__`. */
export const wrapInquiry: Wrapper<BoolSlot> = (rt, fn, self, _args, nargs) => {
  checkNumArgs(rt, nargs, 0);
  return truth(rt, fn(rt, self));
};

/** wrap_lenfunc: `__len__`, a JS number made an int. */
export const wrapLength: Wrapper<LengthSlot> = (rt, fn, self, _args, nargs) => {
  checkNumArgs(rt, nargs, 0);
  return newInt(rt, fn(rt, self));
};

/**
 * wrap_hashfunc: `__hash__`. When the wrapped function is self's own hash slot, the value is
 * what hash() gives (CPython's exact 64-bit hash where glasspy has it, see tuple.ts's
 * hashWords); another type's hash function (`object.__hash__(x)`) gives its own value.
 */
export const wrapHash: Wrapper<LengthSlot> = (rt, fn, self, _args, nargs) => {
  checkNumArgs(rt, nargs, 0);
  if (fn === rt.slotsOf(self).hash) return newIntFromBigInt(rt, exactHash(rt, self));
  return newInt(rt, fn(rt, self));
};

/** wrap_binaryfunc: `__add__`, `__getitem__`, `__iadd__`, ... */
export const wrapBinary: Wrapper<BinarySlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  return fn(rt, self, arg(rt, args, 0));
};

/** wrap_binaryfunc_r: the slot sees the operands swapped (`(5).__rsub__(2)` is 2 - 5). */
export const wrapBinaryReflected: Wrapper<BinarySlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  return fn(rt, arg(rt, args, 0), self);
};

/** wrap_indexargfunc (sq_repeat): the count goes through `__index__` first (OverflowError past ssize_t). */
export const wrapIndexArg: Wrapper<BinarySlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  const count = newInt(rt, asSsize(rt, arg(rt, args, 0), rt.E.OverflowError));
  try {
    return fn(rt, self, count);
  } finally {
    rt.decref(count);
  }
};

/** pow(base, exp, mod) through the binary slot, or the ternary one when mod is not None. */
function power(rt: Runtime, fn: BinarySlot, base: number, exp: number, mod: number, owner: number): number {
  if (mod === 0 || mod === rt.S.None) return fn(rt, base, exp);
  const ternary = rt.typeSlots(owner).nbTernaryPow;
  if (ternary === undefined) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  return ternary(rt, base, exp, mod);
}

/** wrap_ternaryfunc: `__pow__(value, mod=None)`. */
export const wrapPower: Wrapper<BinarySlot> = (rt, fn, self, args, nargs, _kw, owner) => {
  unpackArgs(rt, nargs, 1, 2);
  return power(rt, fn, self, arg(rt, args, 0), nargs === 2 ? arg(rt, args, 1) : 0, owner);
};

/** wrap_ternaryfunc_r: `__rpow__(value, mod=None)` is pow(value, self, mod). */
export const wrapPowerReflected: Wrapper<BinarySlot> = (rt, fn, self, args, nargs, _kw, owner) => {
  unpackArgs(rt, nargs, 1, 2);
  return power(rt, fn, arg(rt, args, 0), self, nargs === 2 ? arg(rt, args, 1) : 0, owner);
};

/** richcmp_lt, richcmp_le, ...: the wrapper of one comparison, `op` a CompareOp. */
export function wrapRichcompare(op: CompareOp): Wrapper<RichcompareSlot> {
  return (rt, fn, self, args, nargs) => {
    checkNumArgs(rt, nargs, 1);
    return fn(rt, self, arg(rt, args, 0), op);
  };
}

/** wrap_binaryfunc for `__getattribute__`: a missing attribute (slot result 0) is an AttributeError. */
export const wrapGetattr: Wrapper<GetattroSlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  const name = arg(rt, args, 0);
  checkAttributeName(rt, name);
  const v = fn(rt, self, name);
  if (v === 0) raiseAttributeMissing(rt, self, name);
  return v;
};

/**
 * CPython's hackcheck: `object.__setattr__(x, ...)` may not skip a setattro that a builtin
 * type between x's type and object defines (classes are looked through: they never define
 * their own native setattro).
 */
function hackcheck(rt: Runtime, self: number, fn: SetattroSlot, what: string): void {
  for (let t = rt.typeOf(self); t !== 0; t = rt.load(t + Tp.BASE)) {
    if (rt.typeSlots(t).setattro === fn) return;
    if (!(rt.typeFlags(t) & TpFlag.HEAPTYPE)) {
      throw rt.raise(rt.E.TypeError, `can't apply this ${what} to ${rt.typeName(self)} object`);
    }
  }
}

/** wrap_setattr: `__setattr__(name, value)`, None. */
export const wrapSetattr: Wrapper<SetattroSlot> = (rt, fn, self, args, nargs) => {
  unpackArgs(rt, nargs, 2, 2);
  const name = arg(rt, args, 0);
  checkAttributeName(rt, name);
  hackcheck(rt, self, fn, "__setattr__");
  fn(rt, self, name, arg(rt, args, 1));
  return none(rt);
};

/** wrap_delattr: `__delattr__(name)`, None. */
export const wrapDelattr: Wrapper<SetattroSlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  const name = arg(rt, args, 0);
  checkAttributeName(rt, name);
  hackcheck(rt, self, fn, "__delattr__");
  fn(rt, self, name, 0);
  return none(rt);
};

/** wrap_call: `__call__(*args, **kwargs)`, keywords passed through. */
export const wrapCall: Wrapper<CallSlot> = (rt, fn, self, args, nargs, kwnames) => fn(rt, self, args, nargs, kwnames);

/** wrap_init: `__init__(*args, **kwargs)`, None. */
export const wrapInit: Wrapper<InitSlot> = (rt, fn, self, args, nargs, kwnames) => {
  fn(rt, self, args, nargs, kwnames);
  return none(rt);
};

/** Raise StopIteration() with no arguments (PyErr_SetNone). */
function raiseStopIteration(rt: Runtime): never {
  rt.incref(rt.S.emptyTuple);
  rt.setException(newExceptionWithArgs(rt, rt.E.StopIteration, rt.S.emptyTuple));
  throw PY_RAISED;
}

/** wrap_next: an exhausted iterator (slot result 0) raises StopIteration. */
export const wrapNext: Wrapper<UnarySlot> = (rt, fn, self, _args, nargs) => {
  checkNumArgs(rt, nargs, 0);
  const v = fn(rt, self);
  if (v === 0) raiseStopIteration(rt);
  return v;
};

/** wrap_descr_get: `__get__(instance, owner=None)`; None means "not given". */
export const wrapDescrGet: Wrapper<DescrGetSlot> = (rt, fn, self, args, nargs) => {
  unpackArgs(rt, nargs, 1, 2);
  let obj = arg(rt, args, 0);
  let type = nargs === 2 ? arg(rt, args, 1) : 0;
  if (obj === rt.S.None) obj = 0;
  if (type === rt.S.None) type = 0;
  if (obj === 0 && type === 0) throw rt.raise(rt.E.TypeError, "__get__(None, None) is invalid");
  return fn(rt, self, obj, type);
};

/** wrap_descr_set: `__set__(instance, value)`, None. */
export const wrapDescrSet: Wrapper<DescrSetSlot> = (rt, fn, self, args, nargs) => {
  unpackArgs(rt, nargs, 2, 2);
  fn(rt, self, arg(rt, args, 0), arg(rt, args, 1));
  return none(rt);
};

/** wrap_descr_delete: `__delete__(instance)`, None. */
export const wrapDescrDelete: Wrapper<DescrSetSlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  fn(rt, self, arg(rt, args, 0), 0);
  return none(rt);
};

/** wrap_objobjargproc: `__setitem__(key, value)`, None. */
export const wrapSetitem: Wrapper<AssSubscriptSlot> = (rt, fn, self, args, nargs) => {
  unpackArgs(rt, nargs, 2, 2);
  fn(rt, self, arg(rt, args, 0), arg(rt, args, 1));
  return none(rt);
};

/** wrap_delitem: `__delitem__(key)`, None. */
export const wrapDelitem: Wrapper<AssSubscriptSlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  fn(rt, self, arg(rt, args, 0), 0);
  return none(rt);
};

/** wrap_objobjproc: `__contains__(key)`, a bool. */
export const wrapContains: Wrapper<ContainsSlot> = (rt, fn, self, args, nargs) => {
  checkNumArgs(rt, nargs, 1);
  return truth(rt, fn(rt, self, arg(rt, args, 0)));
};

// ── what object has that glasspy's object leaves to the protocol ────────────────────────

/**
 * object.__str__: the type's repr slot, called directly (CPython's object_str): str() counts
 * the one recursion level and checks the result. New reference.
 */
export function objectStr(rt: Runtime, o: number): number {
  return (rt.slotsOf(o).repr ?? defaultRepr)(rt, o);
}

/**
 * object.__init__ (CPython's object_init): nothing to do, but extra arguments are an error
 * unless the type overrides `__new__` and not `__init__` (then `__new__` had them).
 */
export function objectInit(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): void {
  if (nargs === 0 && kwCount(rt, kwnames) === 0) return;
  const slots = rt.slotsOf(self);
  if (slots.init !== undefined && slots.init !== objectInit) {
    throw rt.raise(rt.E.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  }
  if (slots.new === rt.typeSlots(rt.T.object).new) {
    throw rt.raise(rt.E.TypeError, `${rt.typeName(self)}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

/** CPython's PyObject_HashNotImplemented: what an unhashable type's hash slot "is". */
export function hashNotImplemented(rt: Runtime, o: number): number {
  throw rt.raise(rt.E.TypeError, `unhashable type: '${rt.typeName(o)}'`);
}

/** The `__hash__` row's slot: the hash function, or hashNotImplemented for an unhashable type. */
export const hashSlot = (s: TypeSlots): LengthSlot | undefined => (s.unhashable ? hashNotImplemented : s.hash);

// ── __new__ (CPython's tp_new_wrapper) ──────────────────────────────────────────────────

/**
 * The `new` slot CPython's type `t` would have: a builtin type directly under object that
 * declares none has tp_new NULL there (it cannot be instantiated), while glasspy's inherits
 * object's.
 */
function effectiveNew(rt: Runtime, t: number): TypeSlots["new"] {
  const own = rt.typeSlots(t).new;
  const base = rt.load(t + Tp.BASE);
  const isStatic = (rt.typeFlags(t) & TpFlag.HEAPTYPE) === 0;
  if (isStatic && base !== 0 && rt.load(base + Tp.BASE) === 0 && own === rt.typeSlots(base).new) return undefined;
  return own;
}

/**
 * `T.__new__(S, *args, **kwargs)`: S must be a subtype of T, and T's `new` must be the one
 * S's nearest builtin ancestor uses (so `object.__new__(dict)` cannot skip dict's).
 * `self` is T (the builtin function is bound to it). Returns the new instance (new reference).
 */
function tpNewWrapper(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  const type = self;
  const name = rt.typeNameOf(type);
  if (nargs < 1) throw rt.raise(rt.E.TypeError, `${name}.__new__(): not enough arguments`);
  const subtype = arg(rt, args, 0);
  if (!rt.hasFlag(subtype, TpFlag.TYPE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `${name}.__new__(X): X is not a type object (${rt.typeName(subtype)})`);
  }
  const subname = rt.typeNameOf(subtype);
  if (!rt.isSubtype(subtype, type)) {
    throw rt.raise(rt.E.TypeError, `${name}.__new__(${subname}): ${subname} is not a subtype of ${name}`);
  }
  let staticBase = subtype;
  while (staticBase !== 0 && rt.typeFlags(staticBase) & TpFlag.HEAPTYPE) staticBase = rt.load(staticBase + Tp.BASE);
  const newSlot = rt.typeSlots(type).new!;
  if (staticBase !== 0 && effectiveNew(rt, staticBase) !== newSlot) {
    throw rt.raise(rt.E.TypeError, `${name}.__new__(${subname}) is not safe, use ${rt.typeNameOf(staticBase)}.__new__()`);
  }
  return newSlot(rt, subtype, args + WORD, nargs - 1, kwnames);
}

export const tpNewDef: MethodDef = {
  name: "__new__",
  fn: tpNewWrapper,
  packsArgs: true,
  doc: "Create and return a new object.  See help(type) for accurate signature.",
};
