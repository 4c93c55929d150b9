/**
 * Builtins about objects in general: identity, text, attributes, type tests.
 *
 * `id(x)` is x's address in the simulated heap: CPython's ids are addresses too, and default
 * reprs print the same number (`<C object at 0x...>`, object.ts's addressText), so
 * `hex(id(x))` matches the repr.
 *
 * `isinstance` / `issubclass` follow CPython's object_recursive_isinstance and
 * object_issubclass: exact type first, tuples (nested) item by item under the recursion
 * limit, a metaclass's `__instancecheck__` / `__subclasscheck__` when the class's type is not
 * plain `type`, and for objects that are not types the `__bases__` / `__class__` protocol.
 */
import type { Runtime } from "../objects/runtime.js";
import { newIntFromBigInt } from "../objects/int.js";
import { exactHash } from "../objects/tuple.js";
import type { MethodDef } from "../objects/typedef.js";
import { TpFlag } from "../objects/layout.js";
import { PY_RAISED } from "../objects/errors.js";
import { arg, checkArgs, argTypeName } from "../objects/args.js";
import { call1, delAttr, formatObject, getAttr, hash, isTrue, lookupAttr, repr, setAttr } from "../objects/abstract.js";
import { asciiRepr } from "../objects/str.js";
import { tupleItem, tupleSize } from "../objects/tuple.js";
import { newInt } from "../objects/int.js";
import { lookupSpecial } from "../objects/iterators.js";
import { enterRecursiveCall, leaveRecursiveCall } from "../objects/recursion-guard.js";

function bool(rt: Runtime, v: boolean): number {
  const b = v ? rt.S.True : rt.S.False;
  rt.incref(b);
  return b;
}

/** A METH_O builtin: exactly one positional argument. */
function unary(name: string, f: (rt: Runtime, o: number) => number, doc?: string): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 1, 1);
      return f(rt, arg(rt, args, 0));
    },
    doc,
  };
}

function isType(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.TYPE_SUBCLASS);
}

function isTuple(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.TUPLE_SUBCLASS);
}


// ── the __bases__ protocol for class-like objects that are not types ─────────────────────

/** getattr(cls, '__bases__') if it is a tuple (new reference), else 0. */
function abstractGetBases(rt: Runtime, cls: number): number {
  let bases: number;
  try {
    bases = lookupAttr(rt, cls, rt.identifier("__bases__"));
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.AttributeError)) throw e;
    rt.setException(0);
    return 0;
  }
  if (bases !== 0 && !isTuple(rt, bases)) {
    rt.decref(bases);
    return 0;
  }
  return bases;
}

function checkClass(rt: Runtime, cls: number, message: string): void {
  const bases = abstractGetBases(rt, cls);
  if (bases === 0) throw rt.raise(rt.E.TypeError, message);
  rt.decref(bases);
}

/** Is `derived` `cls` or does `cls` appear in its `__bases__` closure? */
function abstractIsSubclass(rt: Runtime, derived: number, cls: number): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractGetBases(rt, derived);
    if (bases === 0) return false;
    try {
      const n = tupleSize(rt, bases);
      if (n === 0) return false;
      if (n === 1) {
        derived = tupleItem(rt, bases, 0);
        continue;
      }
      enterRecursiveCall(rt, " in __issubclass__");
      try {
        for (let i = 0; i < n; i++) if (abstractIsSubclass(rt, tupleItem(rt, bases, i), cls)) return true;
        return false;
      } finally {
        leaveRecursiveCall(rt);
      }
    } finally {
      rt.decref(bases);
    }
  }
}

/** `o.__class__` (new reference), or 0 when there is none. */
function instanceClass(rt: Runtime, o: number): number {
  try {
    return lookupAttr(rt, o, rt.identifier("__class__"));
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.AttributeError)) throw e;
    rt.setException(0);
    return 0;
  }
}

// ── isinstance / issubclass ─────────────────────────────────────────────────────────────

/** CPython's object_isinstance: the type test without `__instancecheck__`. */
function realIsInstance(rt: Runtime, inst: number, cls: number): boolean {
  if (isType(rt, cls)) {
    if (rt.isInstance(inst, cls)) return true;
    const icls = instanceClass(rt, inst);
    if (icls === 0) return false;
    try {
      return icls !== rt.typeOf(inst) && isType(rt, icls) && rt.isSubtype(icls, cls);
    } finally {
      rt.decref(icls);
    }
  }
  checkClass(rt, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = instanceClass(rt, inst);
  if (icls === 0) return false;
  try {
    return abstractIsSubclass(rt, icls, cls);
  } finally {
    rt.decref(icls);
  }
}

/** Call a `__instancecheck__` / `__subclasscheck__` method found on cls's type. */
function callChecker(rt: Runtime, cls: number, name: string, o: number): boolean | undefined {
  const checker = lookupSpecial(rt, cls, name);
  if (checker === 0) return undefined;
  try {
    enterRecursiveCall(rt, ` in ${name}`);
    let r: number;
    try {
      r = call1(rt, checker, o);
    } finally {
      leaveRecursiveCall(rt);
    }
    try {
      return isTrue(rt, r);
    } finally {
      rt.decref(r);
    }
  } finally {
    rt.decref(checker);
  }
}

/** isinstance(inst, cls). */
export function isInstanceOf(rt: Runtime, inst: number, cls: number): boolean {
  if (rt.typeOf(inst) === cls) return true;
  if (rt.typeOf(cls) === rt.T.type) return realIsInstance(rt, inst, cls);
  if (isTuple(rt, cls)) {
    const n = tupleSize(rt, cls);
    enterRecursiveCall(rt, " in __instancecheck__");
    try {
      for (let i = 0; i < n; i++) if (isInstanceOf(rt, inst, tupleItem(rt, cls, i))) return true;
      return false;
    } finally {
      leaveRecursiveCall(rt);
    }
  }
  const checked = callChecker(rt, cls, "__instancecheck__", inst);
  return checked ?? realIsInstance(rt, inst, cls);
}

/** CPython's recursive_issubclass: the subclass test without `__subclasscheck__`. */
function realIsSubclass(rt: Runtime, derived: number, cls: number): boolean {
  if (isType(rt, cls) && isType(rt, derived)) return rt.isSubtype(derived, cls);
  checkClass(rt, derived, "issubclass() arg 1 must be a class");
  checkClass(rt, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIsSubclass(rt, derived, cls);
}

/** issubclass(derived, cls). */
export function isSubclassOf(rt: Runtime, derived: number, cls: number): boolean {
  if (rt.typeOf(cls) === rt.T.type) return derived === cls || realIsSubclass(rt, derived, cls);
  if (isTuple(rt, cls)) {
    const n = tupleSize(rt, cls);
    enterRecursiveCall(rt, " in __subclasscheck__");
    try {
      for (let i = 0; i < n; i++) if (isSubclassOf(rt, derived, tupleItem(rt, cls, i))) return true;
      return false;
    } finally {
      leaveRecursiveCall(rt);
    }
  }
  const checked = callChecker(rt, cls, "__subclasscheck__", derived);
  return checked ?? realIsSubclass(rt, derived, cls);
}

// ── attributes ──────────────────────────────────────────────────────────────────────────

function checkName(rt: Runtime, name: number): void {
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `attribute name must be string, not '${rt.typeName(name)}'`);
  }
}

/** o.name (new reference), or 0 when missing — an AttributeError raised on the way counts as missing. */
function lookupAttrOrMissing(rt: Runtime, o: number, name: number): number {
  try {
    return lookupAttr(rt, o, name);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.AttributeError)) throw e;
    rt.setException(0);
    return 0;
  }
}

function getattr(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "getattr", nargs, kwnames, 2, 3);
  const o = arg(rt, args, 0);
  const name = arg(rt, args, 1);
  checkName(rt, name);
  if (nargs === 2) return getAttr(rt, o, name);
  const v = lookupAttrOrMissing(rt, o, name);
  if (v !== 0) return v;
  const dflt = arg(rt, args, 2);
  rt.incref(dflt);
  return dflt;
}

function setattr(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "setattr", nargs, kwnames, 3, 3);
  const name = arg(rt, args, 1);
  checkName(rt, name);
  setAttr(rt, arg(rt, args, 0), name, arg(rt, args, 2));
  rt.incref(rt.S.None);
  return rt.S.None;
}

function delattr(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "delattr", nargs, kwnames, 2, 2);
  const name = arg(rt, args, 1);
  checkName(rt, name);
  delAttr(rt, arg(rt, args, 0), name);
  rt.incref(rt.S.None);
  return rt.S.None;
}

function hasattr(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "hasattr", nargs, kwnames, 2, 2);
  const name = arg(rt, args, 1);
  checkName(rt, name);
  const v = lookupAttrOrMissing(rt, arg(rt, args, 0), name);
  if (v !== 0) rt.decref(v);
  return bool(rt, v !== 0);
}

// ── the table ───────────────────────────────────────────────────────────────────────────

function format(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "format", nargs, kwnames, 1, 2);
  const spec = nargs === 2 ? arg(rt, args, 1) : rt.S.emptyStr;
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `format() argument 2 must be str, not ${argTypeName(rt, spec)}`);
  return formatObject(rt, arg(rt, args, 0), spec);
}

function binaryPredicate(name: string, test: (rt: Runtime, a: number, b: number) => boolean, doc: string): MethodDef {
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, name, nargs, kwnames, 2, 2);
      return bool(rt, test(rt, arg(rt, args, 0), arg(rt, args, 1)));
    },
    doc,
  };
}

export const objectBuiltins: readonly MethodDef[] = [
  unary("repr", repr, "Return the canonical string representation of the object."),
  unary("ascii", asciiRepr, "Return an ASCII-only representation of an object."),
  { name: "format", fn: format, doc: "Return value.__format__(format_spec)" },
  unary("id", (rt, o) => newInt(rt, o), "Return the identity of an object."),
  // CPython's 64-bit hash; raises TypeError for unhashable objects.
  unary("hash", (rt, o) => newIntFromBigInt(rt, exactHash(rt, o)), "Return the hash value for the given object."),
  unary("callable", (rt, o) => bool(rt, rt.slotsOf(o).call !== undefined), "Return whether the object is callable (i.e., some kind of function)."),
  binaryPredicate("isinstance", isInstanceOf, "Return whether an object is an instance of a class or of a subclass thereof."),
  binaryPredicate("issubclass", isSubclassOf, "Return whether 'cls' is derived from another class or is the same class."),
  { name: "getattr", fn: getattr, doc: "Get a named attribute from an object." },
  { name: "setattr", fn: setattr, doc: "Sets the named attribute on the given object to the specified value." },
  { name: "delattr", fn: delattr, doc: "Deletes the named attribute from the given object." },
  { name: "hasattr", fn: hasattr, doc: "Return whether the object has an attribute with the given name." },
];
