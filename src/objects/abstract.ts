/**
 * The generic object protocol: what `a + b`, `repr(x)`, `x.y`, `f(...)`, `iter(x)` mean for
 * any object, dispatched through the type's slot table (CPython's abstract.c and object.c).
 *
 * Every function here takes borrowed arguments and returns a new reference unless its name or
 * comment says otherwise; errors are raised with `throw rt.raise(...)`. The VM's eval loop has
 * fast paths for common exact types and falls back to these.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot } from "./typedef.js";
import { Ob, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp, INPLACE_OFFSET, binaryOpSymbols, compareOpSymbols } from "../compile/opcodes.js";
import { defaultRepr, genericGetAttr, genericSetAttr, objectHash } from "./object.js";
import { callSpecial1, hasSpecial } from "./special-call.js";
import { intAsNumber, intExact } from "./int.js";
import { newSeqIterator } from "./iterators.js";
import { rangeIter } from "./range.js";
import { setExceptionAttribute } from "./exception-type.js";
import { PY_RAISED } from "./errors.js";
import { strConcat } from "./str-object.js";
import { strMod } from "./percent-format.js";
import { enterRecursiveCall, leaveRecursiveCall } from "./recursion-guard.js";

// ── text ────────────────────────────────────────────────────────────────────────────────

/** `slot(o)` (a new reference) counted as one recursion level, which names `where`. */
function slotCallWithin(rt: Runtime, slot: (rt: Runtime, o: number) => number, o: number, where: string): number {
  enterRecursiveCall(rt, where);
  try {
    return slot(rt, o);
  } finally {
    leaveRecursiveCall(rt);
  }
}

/** repr(o): a new str. */
export function repr(rt: Runtime, o: number): number {
  const r = slotCallWithin(rt, rt.slotsOf(o).repr ?? defaultRepr, o, " while getting the repr of an object");
  if (!rt.hasFlag(r, TpFlag.UNICODE_SUBCLASS)) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__repr__ returned non-string (type ${name})`);
  }
  return r;
}

/** str(o): a new str (o itself when it is an exact str). */
export function str(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.str) {
    rt.incref(o);
    return o;
  }
  // Without __str__, object.__str__ calls the repr slot itself (not repr()): one level, and
  // its result is checked as __str__'s.
  const slots = rt.slotsOf(o);
  const r = slotCallWithin(rt, slots.str ?? slots.repr ?? defaultRepr, o, " while getting the str of an object");
  if (!rt.hasFlag(r, TpFlag.UNICODE_SUBCLASS)) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__str__ returned non-string (type ${name})`);
  }
  return r;
}

/** repr(o) as JS text. */
export function reprText(rt: Runtime, o: number): string {
  const r = repr(rt, o);
  const text = rt.jsString(r);
  rt.decref(r);
  return text;
}

/** str(o) as JS text. */
export function strText(rt: Runtime, o: number): string {
  const r = str(rt, o);
  const text = rt.jsString(r);
  rt.decref(r);
  return text;
}

/**
 * format(o, spec): `spec` is a str. New str. `__format__` is a special method: looked up on
 * the type (CPython's PyObject_Format).
 */
export function formatObject(rt: Runtime, o: number, spec: number): number {
  if (rt.typeOf(o) === rt.T.str && rt.i32[(spec + Ob.SIZE) >> 2] === 0) {
    rt.incref(o);
    return o;
  }
  const name = rt.identifier("__format__");
  if (!hasSpecial(rt, o, name)) throw rt.raise(rt.E.TypeError, `Type ${rt.typeName(o)} doesn't define __format__`);
  const r = callSpecial1(rt, o, name, spec);
  if (!rt.hasFlag(r, TpFlag.UNICODE_SUBCLASS)) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__format__ must return a str, not ${name}`);
  }
  return r;
}

// ── hashing and comparison ──────────────────────────────────────────────────────────────

/** hash(o) as a JS number; TypeError for unhashable objects. */
export function hash(rt: Runtime, o: number): number {
  const slots = rt.slotsOf(o);
  if (slots.unhashable || slots.hash === undefined) {
    throw rt.raise(rt.E.TypeError, `unhashable type: '${rt.typeName(o)}'`);
  }
  return slots.hash(rt, o);
}

const swappedOp = [CompareOp.GT, CompareOp.GE, CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE];

/** a <op> b, CPython's do_richcompare: the reflected operation of a subclass goes first. */
export function richCompare(rt: Runtime, a: number, b: number, op: number): number {
  enterRecursiveCall(rt, " in comparison");
  try {
    return compareBySlots(rt, a, b, op);
  } finally {
    leaveRecursiveCall(rt);
  }
}

/** richCompare's work, within its recursion level (CPython's do_richcompare). */
function compareBySlots(rt: Runtime, a: number, b: number, op: number): number {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  const fa = rt.typeSlots(ta).richcompare;
  const fb = rt.typeSlots(tb).richcompare;
  let checkedReverse = false;
  if (ta !== tb && fb !== undefined && rt.isSubtype(tb, ta)) {
    checkedReverse = true;
    const r = fb(rt, b, a, swappedOp[op]);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  if (fa !== undefined) {
    const r = fa(rt, a, b, op);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  if (!checkedReverse && fb !== undefined) {
    const r = fb(rt, b, a, swappedOp[op]);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  let result: number;
  if (op === CompareOp.EQ) result = a === b ? rt.S.True : rt.S.False;
  else if (op === CompareOp.NE) result = a !== b ? rt.S.True : rt.S.False;
  else {
    throw rt.raise(
      rt.E.TypeError,
      `'${compareOpSymbols[op]}' not supported between instances of '${rt.typeNameOf(ta)}' and '${rt.typeNameOf(tb)}'`,
    );
  }
  rt.incref(result);
  return result;
}

/** a <op> b as a JS boolean; identity implies equality for EQ and NE (PyObject_RichCompareBool). */
export function richCompareBool(rt: Runtime, a: number, b: number, op: number): boolean {
  if (a === b) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  const r = richCompare(rt, a, b, op);
  if (r === rt.S.True) {
    rt.decref(r);
    return true;
  }
  if (r === rt.S.False) {
    rt.decref(r);
    return false;
  }
  try {
    return isTrue(rt, r);
  } finally {
    rt.decref(r);
  }
}

/** Truth value: bool slot, else length, else true. */
export function isTrue(rt: Runtime, o: number): boolean {
  const S = rt.S;
  if (o === S.True) return true;
  if (o === S.False || o === S.None) return false;
  const slots = rt.slotsOf(o);
  if (slots.bool !== undefined) return slots.bool(rt, o);
  if (slots.length !== undefined) return slots.length(rt, o) !== 0;
  return true;
}

// ── attributes ──────────────────────────────────────────────────────────────────────────

/**
 * o.name or 0 when missing; an AttributeError raised while looking (by a class's
 * `__getattribute__`, `__getattr__` or a property) counts as missing and is cleared, as in
 * CPython's _PyObject_LookupAttr. Other exceptions propagate.
 */
export function lookupAttr(rt: Runtime, o: number, name: number): number {
  const f = rt.slotsOf(o).getattro;
  if (f === undefined || f === genericGetAttr) return genericGetAttr(rt, o, name);
  try {
    return f(rt, o, name);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.AttributeError)) throw e;
    rt.setException(0);
    return 0;
  }
}

/** The AttributeError CPython raises for a missing attribute. */
export function raiseAttributeMissing(rt: Runtime, o: number, name: number): never {
  const what = rt.jsString(name);
  const type = rt.typeOf(o);
  let message: string;
  if (type === rt.T.module) message = `module '${moduleName(rt, o)}' has no attribute '${what}'`;
  else if (rt.typeFlags(type) & TpFlag.TYPE_SUBCLASS) message = `type object '${rt.typeNameOf(o)}' has no attribute '${what}'`;
  else message = `'${rt.typeNameOf(type)}' object has no attribute '${what}'`;
  rt.raise(rt.E.AttributeError, message);
  // name and obj let the traceback printer suggest a similar attribute (3.10+).
  setExceptionAttribute(rt, rt.ts.curexc, "name", name);
  setExceptionAttribute(rt, rt.ts.curexc, "obj", o);
  throw PY_RAISED;
}

function moduleName(rt: Runtime, m: number): string {
  const n = lookupAttr(rt, m, rt.identifier("__name__"));
  if (n === 0) return "?";
  const text = rt.typeOf(n) === rt.T.str ? rt.jsString(n) : "?";
  rt.decref(n);
  return text;
}

/** o.name (new reference); AttributeError when missing (the getattro's own AttributeError, when it raised one). */
export function getAttr(rt: Runtime, o: number, name: number): number {
  const f = rt.slotsOf(o).getattro;
  const v = f === undefined ? genericGetAttr(rt, o, name) : f(rt, o, name);
  if (v === 0) raiseAttributeMissing(rt, o, name);
  return v;
}

/** getattr by JS name (through the identifier table). */
export function getAttrText(rt: Runtime, o: number, name: string): number {
  return getAttr(rt, o, rt.identifier(name));
}

export function setAttr(rt: Runtime, o: number, name: number, value: number): void {
  const f = rt.slotsOf(o).setattro;
  if (f === undefined) genericSetAttr(rt, o, name, value);
  else f(rt, o, name, value);
}

export function delAttr(rt: Runtime, o: number, name: number): void {
  setAttr(rt, o, name, 0);
}

// ── calls ───────────────────────────────────────────────────────────────────────────────

/** f(*args[:nargs], **dict(zip(kwnames, args[nargs:]))): vectorcall. */
export function call(rt: Runtime, f: number, args: number, nargs: number, kwnames: number): number {
  const c = rt.slotsOf(f).call;
  if (c === undefined) throw rt.raise(rt.E.TypeError, `'${rt.typeName(f)}' object is not callable`);
  return c(rt, f, args, nargs, kwnames);
}

/** Reserve `n` argument words on the native-call argument stack; returns their address. */
export function pushArgs(rt: Runtime, n: number): number {
  const p = rt.argTop;
  if (p + n * 8 > rt.argEnd) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
  rt.argTop = p + n * 8;
  return p;
}

export function popArgs(rt: Runtime, p: number): void {
  rt.argTop = p;
}

export function call0(rt: Runtime, f: number): number {
  return call(rt, f, rt.argTop, 0, 0);
}

export function call1(rt: Runtime, f: number, a: number): number {
  const p = pushArgs(rt, 1);
  rt.store(p, a);
  try {
    return call(rt, f, p, 1, 0);
  } finally {
    rt.argTop = p;
  }
}

export function call2(rt: Runtime, f: number, a: number, b: number): number {
  const p = pushArgs(rt, 2);
  rt.store(p, a);
  rt.store(p + 8, b);
  try {
    return call(rt, f, p, 2, 0);
  } finally {
    rt.argTop = p;
  }
}

export function call3(rt: Runtime, f: number, a: number, b: number, c: number): number {
  const p = pushArgs(rt, 3);
  rt.store(p, a);
  rt.store(p + 8, b);
  rt.store(p + 16, c);
  try {
    return call(rt, f, p, 3, 0);
  } finally {
    rt.argTop = p;
  }
}

/** o.name(*args) for 0..2 arguments, looking the method up on the type when it is a plain function. */
export function callMethod(rt: Runtime, o: number, name: string, ...args: number[]): number {
  const m = getAttr(rt, o, rt.identifier(name));
  try {
    if (args.length === 0) return call0(rt, m);
    if (args.length === 1) return call1(rt, m, args[0]);
    if (args.length === 2) return call2(rt, m, args[0], args[1]);
    return call3(rt, m, args[0], args[1], args[2]);
  } finally {
    rt.decref(m);
  }
}

// ── iteration and containers ────────────────────────────────────────────────────────────

/** iter(o). */
export function getIter(rt: Runtime, o: number): number {
  // An exact range (the type is final; the commonest `for`): its iterator without the slot
  // dispatch and the check of the result's type.
  if (rt.i32[(o + Ob.TYPE) >> 2] === rt.T.range) return rangeIter(rt, o);
  const slots = rt.slotsOf(o);
  if (slots.iter !== undefined) {
    const it = slots.iter(rt, o);
    if (rt.slotsOf(it).iternext === undefined) {
      const name = rt.typeName(it);
      rt.decref(it);
      throw rt.raise(rt.E.TypeError, `iter() returned non-iterator of type '${name}'`);
    }
    return it;
  }
  if (slots.subscript !== undefined && !(rt.typeFlags(rt.typeOf(o)) & TpFlag.DICT_SUBCLASS)) {
    return newSeqIterator(rt, o);
  }
  throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object is not iterable`);
}

/** next(it): a new reference, or 0 when exhausted (no StopIteration is left set). */
export function iterNext(rt: Runtime, it: number): number {
  const f = rt.slotsOf(it).iternext;
  if (f === undefined) throw rt.raise(rt.E.TypeError, `'${rt.typeName(it)}' object is not an iterator`);
  return f(rt, it);
}

/**
 * Call `visit` with each item of `iterable` (borrowed for the duration of the call). A visit
 * returning true stops the iteration early; the result says whether that happened. The
 * iterator and every item are released on all paths, a raising visit included.
 */
export function forEachItem(rt: Runtime, iterable: number, visit: (item: number) => boolean | void): boolean {
  const it = getIter(rt, iterable);
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) return false;
      try {
        if (visit(item) === true) return true;
      } finally {
        rt.decref(item);
      }
    }
  } finally {
    rt.decref(it);
  }
}

/** len(o) as a JS number. */
export function length(rt: Runtime, o: number): number {
  const f = rt.slotsOf(o).length;
  if (f === undefined) throw rt.raise(rt.E.TypeError, `object of type '${rt.typeName(o)}' has no len()`);
  return f(rt, o);
}

/** o[key]. */
export function getItem(rt: Runtime, o: number, key: number): number {
  const f = rt.slotsOf(o).subscript;
  if (f === undefined) {
    if (rt.typeFlags(rt.typeOf(o)) & TpFlag.TYPE_SUBCLASS) {
      // A class is subscripted through its `__class_getitem__` (PEP 560).
      const meth = lookupAttr(rt, o, rt.identifier("__class_getitem__"));
      if (meth !== 0) {
        try {
          return call1(rt, meth, key);
        } finally {
          rt.decref(meth);
        }
      }
      throw rt.raise(rt.E.TypeError, `type '${rt.typeNameOf(o)}' is not subscriptable`);
    }
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object is not subscriptable`);
  }
  return f(rt, o, key);
}

/** o[key] = value. */
export function setItem(rt: Runtime, o: number, key: number, value: number): void {
  const f = rt.slotsOf(o).assSubscript;
  if (f === undefined) throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object does not support item assignment`);
  f(rt, o, key, value);
}

/**
 * del o[key]. Without a slot, CPython's two messages: "doesn't support" from PySequence_DelItem
 * when o's type has sequence methods (every class does; a builtin with a length or `in`) and
 * the key is an index, "does not support" from PyObject_DelItem otherwise.
 */
export function delItem(rt: Runtime, o: number, key: number): void {
  const slots = rt.slotsOf(o);
  const f = slots.assSubscript;
  if (f === undefined) {
    const type = rt.typeOf(o);
    const hasSequenceMethods =
      (rt.typeFlags(type) & TpFlag.HEAPTYPE) !== 0 || slots.length !== undefined || slots.contains !== undefined;
    const isIndex = rt.hasFlag(key, TpFlag.LONG_SUBCLASS) || rt.slotsOf(key).index !== undefined;
    const verb = hasSequenceMethods && isIndex ? "doesn't" : "does not";
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object ${verb} support item deletion`);
  }
  f(rt, o, key, 0);
}

/**
 * `v in c`: the contains slot, else a search by iteration with == (CPython's
 * _PySequence_IterSearch, whose TypeError for a non-iterable names the argument).
 */
export function contains(rt: Runtime, c: number, v: number): boolean {
  const f = rt.slotsOf(c).contains;
  if (f !== undefined) return f(rt, c, v);
  let it: number;
  try {
    it = getIter(rt, c);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.TypeError)) throw e;
    throw rt.raise(rt.E.TypeError, `argument of type '${rt.typeName(c)}' is not iterable`);
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) return false;
      let found: boolean;
      try {
        found = richCompareBool(rt, item, v, CompareOp.EQ);
      } finally {
        rt.decref(item);
      }
      if (found) return true;
    }
  } finally {
    rt.decref(it);
  }
}

// ── numbers ─────────────────────────────────────────────────────────────────────────────

/*
 * Numbers and sequences share glasspy's `nb` slots: a builtin container's `nb[ADD]` and
 * `nb[MULTIPLY]` (and their in-place forms) are what CPython keeps apart as sq_concat and
 * sq_repeat (sq_inplace_concat, sq_inplace_repeat) — see slot-wrappers.ts. CPython tries the
 * number slots of both operands first and the sequence slots only after both said
 * NotImplemented, so `[1] += x` asks x's `__radd__` before extending. The functions below
 * separate the two kinds again. A class records its sequence slots apart (TypeSlots.sequence,
 * heap-type-slots.ts); a builtin type's are its `nb` entries for + and * when it is a
 * container (has a length).
 */

/** CPython's sq_concat / sq_repeat (inplace: sq_inplace_*) of `type` for `op` (ADD or MULTIPLY), or undefined. */
function sequenceSlot(rt: Runtime, type: number, op: number, inplace: boolean): BinarySlot | undefined {
  if (op !== BinaryOp.ADD && op !== BinaryOp.MULTIPLY) return undefined;
  const s = rt.typeSlots(type);
  const seq = s.sequence;
  if (seq !== undefined) {
    if (op === BinaryOp.ADD) return inplace ? seq.inplaceConcat : seq.concat;
    return inplace ? seq.inplaceRepeat : seq.repeat;
  }
  if (s.length === undefined || rt.typeFlags(type) & TpFlag.HEAPTYPE) return undefined;
  const table = inplace ? s.nbInplace : s.nb;
  return table === undefined ? undefined : table[op];
}

/** The number slot of `type` for `op` (CPython's nb_*), leaving out a sequence slot kept in `nb`. */
function numberSlot(rt: Runtime, type: number, op: number, inplace: boolean): BinarySlot | undefined {
  const table = inplace ? rt.typeSlots(type).nbInplace : rt.typeSlots(type).nb;
  const f = table === undefined ? undefined : table[op];
  if (f === undefined || (op !== BinaryOp.ADD && op !== BinaryOp.MULTIPLY)) return f;
  return f === sequenceSlot(rt, type, op, inplace) ? undefined : f;
}

/** CPython's binary_op1: a's slot, b's slot (first when b's type is a subclass); NotImplemented if neither. */
function binaryOp1(rt: Runtime, a: number, b: number, op: number): number {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  const slotA = numberSlot(rt, ta, op, false);
  let slotB = ta === tb ? undefined : numberSlot(rt, tb, op, false);
  if (slotB === slotA) slotB = undefined;
  if (slotA !== undefined) {
    if (slotB !== undefined && rt.isSubtype(tb, ta)) {
      const r = slotB(rt, a, b);
      if (r !== rt.S.NotImplemented) return r;
      rt.decref(r);
      slotB = undefined;
    }
    const r = slotA(rt, a, b);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  if (slotB !== undefined) {
    const r = slotB(rt, a, b);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

/**
 * After the number slots: a's concatenation for `+` (PySequence_Concat's part of
 * PyNumber_Add), a's repetition or else b's for `*`; in place, a's in-place form first. A
 * repetition slot accepts the count on either side. NotImplemented when there is none.
 */
function sequenceOp(rt: Runtime, a: number, b: number, op: number, inplace: boolean): number {
  const ta = rt.typeOf(a);
  const f = (inplace ? sequenceSlot(rt, ta, op, true) : undefined) ?? sequenceSlot(rt, ta, op, false);
  if (f !== undefined) return f(rt, a, b);
  if (op === BinaryOp.MULTIPLY) {
    const g = sequenceSlot(rt, rt.typeOf(b), op, false);
    if (g !== undefined) return g(rt, a, b);
  }
  rt.incref(rt.S.NotImplemented);
  return rt.S.NotImplemented;
}

function raiseUnsupported(rt: Runtime, a: number, b: number, op: number): never {
  const symbol = binaryOpSymbols[op];
  if (op === BinaryOp.POWER || op === BinaryOp.INPLACE_POWER) {
    throw rt.raise(rt.E.TypeError, `unsupported operand type(s) for ${symbol === "**" ? "** or pow()" : symbol}: '${rt.typeName(a)}' and '${rt.typeName(b)}'`);
  }
  throw rt.raise(rt.E.TypeError, `unsupported operand type(s) for ${symbol}: '${rt.typeName(a)}' and '${rt.typeName(b)}'`);
}

/**
 * a <op> b for any BINARY_OP oparg, in-place forms included (CPython's PyNumber_Add,
 * PyNumber_InPlaceAdd, ...): in place, a's in-place number slot first; then the number slots
 * of both operands; then, for `+` and `*`, the sequence slots.
 */
export function binaryOp(rt: Runtime, a: number, b: number, op: number): number {
  const strType = rt.T.str;
  if (rt.typeOf(a) === strType) {
    // The two commonest str operations, without the slot search: an exact str's `+` with an
    // exact str, and its `%` when b is not a str subclass (whose __rmod__ would go first).
    const tb = rt.typeOf(b);
    if ((op === BinaryOp.ADD || op === BinaryOp.INPLACE_ADD) && tb === strType) return strConcat(rt, a, b);
    if ((op === BinaryOp.REMAINDER || op === BinaryOp.INPLACE_REMAINDER) && (tb === strType || !rt.hasFlag(b, TpFlag.UNICODE_SUBCLASS))) {
      return strMod(rt, a, b);
    }
  }
  const inplace = op >= INPLACE_OFFSET;
  const base = inplace ? op - INPLACE_OFFSET : op;
  if (inplace) {
    const f = numberSlot(rt, rt.typeOf(a), base, true);
    if (f !== undefined) {
      const r = f(rt, a, b);
      if (r !== rt.S.NotImplemented) return r;
      rt.decref(r);
    }
  }
  let r = binaryOp1(rt, a, b, base);
  if (r !== rt.S.NotImplemented) return r;
  rt.decref(r);
  if (base === BinaryOp.ADD || base === BinaryOp.MULTIPLY) {
    r = sequenceOp(rt, a, b, base, inplace);
    if (r !== rt.S.NotImplemented) return r;
    rt.decref(r);
  }
  raiseUnsupported(rt, a, b, op);
}

/**
 * pow(a, b, mod) with a modulus that is not None: CPython's ternary_op tries a's slot and
 * b's (b's first when b's type is a proper subclass of a's), then mod's; a slot shared with
 * an operand already asked is not asked again.
 */
export function ternaryPow(rt: Runtime, a: number, b: number, mod: number): number {
  const ta = rt.typeOf(a);
  const tb = rt.typeOf(b);
  const slotA = rt.typeSlots(ta).nbTernaryPow;
  let slotB = ta === tb ? undefined : rt.typeSlots(tb).nbTernaryPow;
  if (slotB === slotA) slotB = undefined;
  const NotImplemented = rt.S.NotImplemented;
  if (slotA !== undefined) {
    if (slotB !== undefined && rt.isSubtype(tb, ta)) {
      const r = slotB(rt, a, b, mod);
      if (r !== NotImplemented) return r;
      rt.decref(r);
      slotB = undefined;
    }
    const r = slotA(rt, a, b, mod);
    if (r !== NotImplemented) return r;
    rt.decref(r);
  }
  if (slotB !== undefined) {
    const r = slotB(rt, a, b, mod);
    if (r !== NotImplemented) return r;
    rt.decref(r);
  }
  const slotMod = rt.slotsOf(mod).nbTernaryPow;
  if (slotMod !== undefined && slotMod !== slotA && slotMod !== slotB) {
    const r = slotMod(rt, a, b, mod);
    if (r !== NotImplemented) return r;
    rt.decref(r);
  }
  throw rt.raise(
    rt.E.TypeError,
    `unsupported operand type(s) for ** or pow(): '${rt.typeName(a)}', '${rt.typeName(b)}', '${rt.typeName(mod)}'`,
  );
}

function unary(rt: Runtime, o: number, which: "negative" | "positive" | "invert" | "absolute", symbol: string): number {
  const f = rt.slotsOf(o)[which];
  if (f === undefined) throw rt.raise(rt.E.TypeError, `bad operand type for ${symbol}: '${rt.typeName(o)}'`);
  return f(rt, o);
}

// Function declarations, not consts: module-level method tables (builtins-numeric.ts,
// operator.ts) take these as values, and a declaration is defined however the modules' cycle
// orders their evaluation.
export function negative(rt: Runtime, o: number): number {
  return unary(rt, o, "negative", "unary -");
}
export function positive(rt: Runtime, o: number): number {
  return unary(rt, o, "positive", "unary +");
}
export function invert(rt: Runtime, o: number): number {
  return unary(rt, o, "invert", "unary ~");
}
export function absolute(rt: Runtime, o: number): number {
  return unary(rt, o, "absolute", "abs()");
}

/** operator.index(o): an int object (new reference). */
export function index(rt: Runtime, o: number): number {
  if (rt.hasFlag(o, TpFlag.LONG_SUBCLASS)) {
    rt.incref(o);
    return o;
  }
  const f = rt.slotsOf(o).index;
  if (f === undefined) {
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(o)}' object cannot be interpreted as an integer`);
  }
  const r = f(rt, o);
  if (!rt.hasFlag(r, TpFlag.LONG_SUBCLASS)) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__index__ returned non-int (type ${name})`);
  }
  return r;
}

/** PyNumber_Index: index(o) as an exact int (a bool or an int subclass gives a copy). New reference. */
export function indexExact(rt: Runtime, o: number): number {
  const i = index(rt, o);
  if (rt.typeOf(i) === rt.T.int) return i;
  try {
    return intExact(rt, i);
  } finally {
    rt.decref(i);
  }
}

/** o as an index-sized JS number (PyNumber_AsSsize_t with OverflowError). */
export function asIndex(rt: Runtime, o: number): number {
  const i = index(rt, o);
  try {
    return intAsNumber(rt, i);
  } finally {
    rt.decref(i);
  }
}

/** The default hash of objects without their own: address based. */
export { objectHash };
