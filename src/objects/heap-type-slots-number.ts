/**
 * The generic slot functions of classes for numbers and containers: `a + b`, `a += b`, `-a`,
 * `bool(a)`, `int(a)`, `len(a)`, `a[k]`, `k in a` when a's class defines the dunder in Python
 * (CPython's SLOT1BINFULL, slot_nb_* and slot_sq_* / slot_mp_* functions in typeobject.c).
 *
 * Binary operators. One slot serves both `a + b` and `b + a`: abstract.ts's binaryOp calls
 * the left operand's `nb[ADD]` and then the right's, always as slot(a, b). The generic slot of
 * an operator therefore works out which side it was called for. With `self`, `other` the
 * operands as given:
 *
 *   1. if self's type uses this very slot function:
 *        if other's type also uses it, differs, and is a proper subclass of self's type that
 *        overrides the reflected method (`__radd__` is not the same object on both types),
 *        `other.__radd__(self)` goes first;
 *        then `self.__add__(other)`; a result that is not NotImplemented is the answer, and
 *        so is any result when both operands have the same type;
 *   2. if other's type uses this slot function (and was not asked yet): `other.__radd__(self)`;
 *   3. NotImplemented.
 *
 * A dunder the class does not have counts as NotImplemented. Identity of the slot function is
 * the test, so each operator's generic slot is made once, here, and never copied.
 *
 * `pow(a, b, m)` with a modulus never uses `__rpow__`: the ternary slot only calls
 * `a.__pow__(b, m)`, and only when a's type is the one with the Python `__pow__`.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, UnarySlot } from "./typedef.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { lookupAttr, richCompareBool, isTrue, forEachItem } from "./abstract.js";
import { asSsize } from "./slice.js";
import { callSpecial0, callSpecial1, callSpecial2, specialIsNone } from "./special-call.js";

/** Dunder stems by BinaryOp (0..12): `add` gives `__add__`, `__radd__`, `__iadd__`. */
export const binaryStems: readonly string[] = [
  "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor",
];

function notImplemented(rt: Runtime): number {
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

function nbOf(rt: Runtime, type: number, op: number): BinarySlot | undefined {
  const nb = rt.typeSlots(type).nb;
  return nb === undefined ? undefined : nb[op];
}

/**
 * CPython's method_is_overloaded: does right's type define `name` differently from left's?
 * (Compared as the class attributes are, with !=.)
 */
export function methodIsOverloaded(rt: Runtime, left: number, right: number, name: number): boolean {
  const a = lookupAttr(rt, rt.typeOf(right), name);
  if (a === 0) return false;
  try {
    const b = lookupAttr(rt, rt.typeOf(left), name);
    if (b === 0) return true;
    try {
      return richCompareBool(rt, a, b, CompareOp.NE);
    } finally {
      rt.decref(b);
    }
  } finally {
    rt.decref(a);
  }
}

/** self.name(other) on self's type; NotImplemented when the type lacks it. */
function callOrNotImplemented(rt: Runtime, self: number, name: number, other: number): number {
  const r = callSpecial1(rt, self, name, other);
  return r === 0 ? notImplemented(rt) : r;
}

/** The generic slot of binary operator `op` (see the essay above). */
function makeBinarySlot(op: BinaryOp): BinarySlot {
  const stem = binaryStems[op];
  const nameText = `__${stem}__`;
  const rnameText = `__r${stem}__`;
  const slot: BinarySlot = (rt, self, other) => {
    const name = rt.identifier(nameText);
    const rname = rt.identifier(rnameText);
    const selfType = rt.typeOf(self);
    const otherType = rt.typeOf(other);
    let doOther = selfType !== otherType && nbOf(rt, otherType, op) === slot;
    if (nbOf(rt, selfType, op) === slot) {
      if (doOther && rt.isSubtype(otherType, selfType) && methodIsOverloaded(rt, self, other, rname)) {
        const r = callOrNotImplemented(rt, other, rname, self);
        if (r !== rt.S.NotImplemented) return r;
        rt.decref(r);
        doOther = false;
      }
      const r = callOrNotImplemented(rt, self, name, other);
      if (r !== rt.S.NotImplemented || otherType === selfType) return r;
      rt.decref(r);
    }
    return doOther ? callOrNotImplemented(rt, other, rname, self) : notImplemented(rt);
  };
  return slot;
}

/** The generic slot of in-place operator `op`: `__iadd__`, NotImplemented when missing. */
function makeInplaceSlot(op: BinaryOp): BinarySlot {
  const nameText = `__i${binaryStems[op]}__`;
  return (rt, self, other) => callOrNotImplemented(rt, self, rt.identifier(nameText), other);
}

/** Generic binary slots by BinaryOp, made once (their identity is the SLOT1BINFULL test). */
export const genericBinarySlots: readonly BinarySlot[] = binaryStems.map((_, op) => makeBinarySlot(op));
export const genericInplaceSlots: readonly BinarySlot[] = binaryStems.map((_, op) => makeInplaceSlot(op));

/** slot_nb_power with a modulus: `self.__pow__(other, mod)` when self's type has the Python `__pow__`. */
export function slotTernaryPow(rt: Runtime, self: number, other: number, mod: number): number {
  if (rt.slotsOf(self).nbTernaryPow !== slotTernaryPow) return notImplemented(rt);
  const r = callSpecial2(rt, self, rt.identifier("__pow__"), other, mod);
  return r === 0 ? notImplemented(rt) : r;
}

// ── unary and conversions ───────────────────────────────────────────────────────────────

/** A slot calling `name()`; AttributeError if the class lost the method. */
function makeUnarySlot(dunder: string): UnarySlot {
  return (rt, o) => {
    const r = callSpecial0(rt, o, rt.identifier(dunder));
    if (r === 0) throw rt.raise(rt.E.AttributeError, dunder);
    return r;
  };
}

export const slotNegative = makeUnarySlot("__neg__");
export const slotPositive = makeUnarySlot("__pos__");
export const slotInvert = makeUnarySlot("__invert__");
export const slotAbsolute = makeUnarySlot("__abs__");
/** `__int__`, `__float__`, `__index__`: their results are checked by int(), float(), operator.index. */
export const slotInt = makeUnarySlot("__int__");
export const slotFloat = makeUnarySlot("__float__");
export const slotIndex = makeUnarySlot("__index__");

/** slot_nb_bool: `__bool__` must return a bool; without it `__len__`; without both, true. */
export function slotBool(rt: Runtime, o: number): boolean {
  const r = callSpecial0(rt, o, rt.identifier("__bool__"));
  if (r === 0) {
    if (rt.slotsOf(o).length === undefined) return true;
    return slotLength(rt, o) !== 0;
  }
  try {
    if (r !== rt.S.True && r !== rt.S.False) {
      throw rt.raise(rt.E.TypeError, `__bool__ should return bool, returned ${rt.typeName(r)}`);
    }
    return r === rt.S.True;
  } finally {
    rt.decref(r);
  }
}

// ── containers ──────────────────────────────────────────────────────────────────────────

/**
 * slot_sq_length: `__len__` must give an integer (anything with `__index__`) that fits an
 * index and is not negative.
 */
export function slotLength(rt: Runtime, o: number): number {
  const r = callSpecial0(rt, o, rt.identifier("__len__"));
  if (r === 0) throw rt.raise(rt.E.AttributeError, "__len__");
  let n: number;
  try {
    n = asSsize(rt, r, rt.E.OverflowError);
  } finally {
    rt.decref(r);
  }
  if (n < 0) throw rt.raise(rt.E.ValueError, "__len__() should return >= 0");
  return n;
}

/** slot_mp_subscript: `__getitem__(key)` (a slice arrives as a slice object). */
export function slotSubscript(rt: Runtime, o: number, key: number): number {
  const r = callSpecial1(rt, o, rt.identifier("__getitem__"), key);
  if (r === 0) throw rt.raise(rt.E.AttributeError, "__getitem__");
  return r;
}

/** slot_mp_ass_subscript: `__setitem__(key, value)`, or `__delitem__(key)` when value is 0. */
export function slotAssSubscript(rt: Runtime, o: number, key: number, value: number): void {
  const dunder = value === 0 ? "__delitem__" : "__setitem__";
  const r = value === 0
    ? callSpecial1(rt, o, rt.identifier(dunder), key)
    : callSpecial2(rt, o, rt.identifier(dunder), key, value);
  if (r === 0) throw rt.raise(rt.E.AttributeError, dunder);
  rt.decref(r);
}

/**
 * slot_sq_contains: `__contains__` (its result's truth); `__contains__ = None` is "not a
 * container"; a class that lost it searches by iteration.
 */
export function slotContains(rt: Runtime, o: number, value: number): boolean {
  const name = rt.identifier("__contains__");
  if (specialIsNone(rt, o, name)) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object is not a container`);
  const r = callSpecial1(rt, o, name, value);
  if (r === 0) return forEachItem(rt, o, (item) => item === value || richCompareBool(rt, item, value, CompareOp.EQ));
  try {
    return isTrue(rt, r);
  } finally {
    rt.decref(r);
  }
}
