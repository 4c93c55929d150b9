/**
 * `object`: the root type, and the generic attribute protocol every type inherits.
 *
 * An `object()` is just the 16-byte header. Generic attribute access follows CPython's
 * PyObject_GenericGetAttr: a data descriptor on the type wins, then the instance `__dict__`
 * (found through tp_dictoffset), then a non-data descriptor or plain class attribute.
 * Instances of classes keep their dict in the managed-dict pre-header; the classes issue
 * extends `instanceDictSlot` for that.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { typeLookup } from "./typeobject.js";
import { dictGetItemStr, dictSetItem, dictDelItem, newDict } from "./dict.js";
import { arg, checkArgs } from "./args.js";
import { str } from "./abstract.js";
import { newInt } from "./int.js";
import { objectDir } from "./dir.js";

/**
 * An object's address as default reprs show it (`%p` in CPython): `0x` + hex. glasspy's ids
 * are the addresses themselves, so `hex(id(o))` matches the repr.
 */
export function addressText(o: number): string {
  return "0x" + o.toString(16);
}

/**
 * CPython's _Py_HashPointer rotates the address right by 4 bits; glasspy's addresses are
 * below 2^31 and 8- or 16-aligned, so the rotation's high bits only matter for 8-aligned
 * addresses; the hash keeps the shifted address and folds the low bits back in.
 */
export function objectHash(_rt: Runtime, o: number): number {
  return (o >>> 4) + (o & 15) * 0x8000000;
}

/** The byte address of the word holding o's instance dict, or 0 when o has none. */
export function instanceDictSlot(rt: Runtime, o: number): number {
  const offset = rt.i32[(rt.typeOf(o) + Tp.DICTOFFSET) >> 2];
  return offset === 0 ? 0 : o + offset;
}

/** o's instance dict, creating it on first use when the type has one. Borrowed, or 0. */
export function instanceDict(rt: Runtime, o: number, create: boolean): number {
  const slot = instanceDictSlot(rt, o);
  if (slot === 0) return 0;
  let dict = rt.load(slot);
  if (dict === 0 && create) {
    dict = newDict(rt);
    rt.store(slot, dict);
  }
  return dict;
}

/** PyObject_GenericGetAttr. New reference, or 0 when missing (no exception set). */
export function genericGetAttr(rt: Runtime, o: number, name: number): number {
  const type = rt.typeOf(o);
  const descr = typeLookup(rt, type, name);
  let get: TypeDef["descrGet"] | undefined;
  if (descr !== 0) {
    const slots = rt.slotsOf(descr);
    get = slots.descrGet;
    if (get !== undefined && slots.descrSet !== undefined) return get(rt, descr, o, type);
  }
  const dict = instanceDict(rt, o, false);
  if (dict !== 0) {
    const v = dictGetItemStr(rt, dict, name);
    if (v !== 0) {
      rt.incref(v);
      return v;
    }
  }
  if (get !== undefined) return get(rt, descr, o, type);
  if (descr !== 0) {
    rt.incref(descr);
    return descr;
  }
  return 0;
}

/** PyObject_GenericSetAttr; `value` 0 deletes. */
export function genericSetAttr(rt: Runtime, o: number, name: number, value: number): void {
  const type = rt.typeOf(o);
  const descr = typeLookup(rt, type, name);
  if (descr !== 0) {
    const set = rt.slotsOf(descr).descrSet;
    if (set !== undefined) {
      set(rt, descr, o, value);
      return;
    }
  }
  const dict = instanceDict(rt, o, value !== 0);
  if (dict === 0) {
    const what = rt.jsString(name);
    if (descr === 0) throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object has no attribute '${what}'`);
    throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object attribute '${what}' is read-only`);
  }
  if (value !== 0) {
    dictSetItem(rt, dict, name, value);
  } else if (!dictDelItem(rt, dict, name)) {
    throw rt.raise(rt.E.AttributeError, `'${rt.typeName(o)}' object has no attribute '${rt.jsString(name)}'`);
  }
}

/** The default repr: `<object object at 0x...>`, `<__main__.C object at 0x...>`. */
export function defaultRepr(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  let name = rt.typeNameOf(type);
  if (rt.typeFlags(type) & TpFlag.HEAPTYPE) {
    const module = rt.load(type + Tp.HT_MODULE);
    const qualname = rt.jsString(rt.load(type + Tp.HT_QUALNAME));
    const moduleText = module !== 0 && rt.typeOf(module) === rt.T.str ? rt.jsString(module) : "";
    name = moduleText !== "" && moduleText !== "builtins" ? `${moduleText}.${qualname}` : qualname;
  }
  return rt.newStr(`<${name} object at ${addressText(o)}>`);
}

function objectRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  let result = rt.S.NotImplemented;
  if (op === CompareOp.EQ) {
    if (a === b) result = rt.S.True;
  } else if (op === CompareOp.NE) {
    // object.__ne__ inverts the type's __eq__ unless that says NotImplemented.
    const eq = rt.slotsOf(a).richcompare;
    if (eq !== undefined) {
      const r = eq(rt, a, b, CompareOp.EQ);
      if (r === rt.S.NotImplemented) return r;
      const truth = r === rt.S.True;
      rt.decref(r);
      result = truth ? rt.S.False : rt.S.True;
    }
  }
  rt.incref(result);
  return result;
}

function objectNew(rt: Runtime, cls: number, _args: number, nargs: number, kwnames: number): number {
  if (cls === rt.T.object && (nargs > 0 || kwnames !== 0)) throw rt.raise(rt.E.TypeError, "object() takes no arguments");
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const o = rt.allocObject(cls, basicsize);
  for (let off = Ob.HEAD_SIZE; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  return o;
}

/** object.__format__(spec): str(self) for an empty spec, else a TypeError. */
function objectFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${rt.typeName(spec)}`);
  }
  if (rt.i32[(spec + Ob.SIZE) >> 2] !== 0) {
    throw rt.raise(rt.E.TypeError, `unsupported format string passed to ${rt.typeName(self)}.__format__`);
  }
  return str(rt, self);
}

/** The default __sizeof__: basicsize + |ob_size| * itemsize, or the type's own sizeof slot. */
export function objectSizeof(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  const own = rt.typeSlots(type).sizeof;
  if (own !== undefined) return own(rt, o);
  const basic = rt.i32[(type + Tp.BASICSIZE) >> 2];
  const item = rt.i32[(type + Tp.ITEMSIZE) >> 2];
  return item === 0 ? basic : basic + Math.abs(rt.i32[(o + Ob.SIZE) >> 2]) * item;
}

export const objectType: TypeDef = {
  name: "object",
  basicsize: Ob.HEAD_SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE,
  doc: "The base class of the class hierarchy.",
  dealloc: (rt, o) => rt.freeObject(o),
  repr: defaultRepr,
  hash: objectHash,
  richcompare: objectRichcompare,
  getattro: genericGetAttr,
  setattro: genericSetAttr,
  new: objectNew,
  methods: [
    { name: "__format__", fn: objectFormat },
    { name: "__dir__", fn: objectDir, doc: "Default dir() implementation." },
    {
      name: "__sizeof__",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "__sizeof__", nargs, kwnames, 0, 0);
        return newInt(rt, objectSizeof(rt, self));
      },
    },
  ],
  getset: [
    {
      name: "__class__",
      get: (rt, o) => {
        const t = rt.typeOf(o);
        rt.incref(t);
        return t;
      },
    },
  ],
};
