/**
 * `function`: a code object bound to its globals, defaults and closure. CPython 3.11's
 * PyFunctionObject layout (136 bytes + GC head: getsizeof 152).
 *
 * Calling a function is the VM's business: the function type's call slot forwards to
 * `rt.callPython`, which the VM installs, so this file stays below the VM.
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef, TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { Code } from "./code.js";
import { addressText } from "./object.js";
import { dictSetItem, newDict } from "./dict.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { newMethod } from "./method.js";
import { clearWeakrefs } from "./weakref.js";

export const enum Func {
  GLOBALS = 16,
  BUILTINS = 24,
  NAME = 32,
  QUALNAME = 40,
  CODE = 48,
  DEFAULTS = 56,
  KWDEFAULTS = 64,
  CLOSURE = 72,
  DOC = 80,
  DICT = 88,
  WEAKREFLIST = 96,
  MODULE = 104,
  ANNOTATIONS = 112,
  VECTORCALL = 120,
  VERSION = 128,
  SIZE = 136,
}

/** Fields a function owns, in the order dealloc releases them. */
const OWNED = [Func.GLOBALS, Func.BUILTINS, Func.NAME, Func.QUALNAME, Func.CODE, Func.DEFAULTS, Func.KWDEFAULTS, Func.CLOSURE, Func.DOC, Func.DICT, Func.MODULE, Func.ANNOTATIONS] as const;

/**
 * A new function for `code` in `globals` (both borrowed). Name and qualname come from the
 * code; `__module__` from globals' `__name__`; `__doc__` from the first constant when it is
 * a str and the code is a function body. New reference.
 */
export function newFunction(rt: Runtime, code: number, globals: number, builtins: number, moduleName: number): number {
  const f = rt.allocObject(rt.T.function, Func.SIZE);
  for (let off = 16; off < Func.SIZE; off += 4) rt.i32[(f + off) >> 2] = 0;
  const own = (off: Func, v: number) => {
    if (v !== 0) rt.incref(v);
    rt.store(f + off, v);
  };
  own(Func.GLOBALS, globals);
  own(Func.BUILTINS, builtins);
  own(Func.CODE, code);
  own(Func.NAME, rt.load(code + Code.NAME));
  own(Func.QUALNAME, rt.load(code + Code.QUALNAME));
  own(Func.MODULE, moduleName);
  own(Func.DOC, rt.S.None);
  return f;
}

/** Set an owned field, taking a new reference to `v` (0 allowed). */
export function setFunctionField(rt: Runtime, f: number, off: Func, v: number): void {
  const old = rt.load(f + off);
  if (v !== 0) rt.incref(v);
  rt.store(f + off, v);
  if (old !== 0) rt.decref(old);
}

function funcDealloc(rt: Runtime, f: number): void {
  clearWeakrefs(rt, f);
  const owned = OWNED.map((off) => rt.load(f + off));
  rt.freeObject(f);
  for (const o of owned) if (o !== 0) rt.decref(o);
}

function fieldGetSet(name: string, off: Func, settable: boolean, check?: (rt: Runtime, v: number) => void): GetSetDef {
  return {
    name,
    get: (rt, f) => {
      const v = rt.load(f + off);
      const r = v === 0 ? rt.S.None : v;
      rt.incref(r);
      return r;
    },
    set: settable
      ? (rt, f, v) => {
          if (check !== undefined && v !== 0) check(rt, v);
          setFunctionField(rt, f, off, v === 0 || v === rt.S.None ? 0 : v);
        }
      : undefined,
  };
}

/**
 * `__annotations__`: MAKE_FUNCTION stores a flat (name, value, ...) tuple, turned into a dict
 * on first access; a function without annotations gets an empty dict then. Settable to a dict,
 * None or deleted (both clear it).
 */
const annotationsGetSet: GetSetDef = {
  name: "__annotations__",
  get: (rt, f) => {
    const stored = rt.load(f + Func.ANNOTATIONS);
    if (stored === 0 || rt.typeOf(stored) === rt.T.tuple) {
      const d = newDict(rt);
      try {
        for (let i = 0, n = stored === 0 ? 0 : tupleSize(rt, stored); i + 1 < n; i += 2) {
          dictSetItem(rt, d, tupleItem(rt, stored, i), tupleItem(rt, stored, i + 1));
        }
      } catch (e) {
        rt.decref(d);
        throw e;
      }
      rt.store(f + Func.ANNOTATIONS, d);
      if (stored !== 0) rt.decref(stored);
    }
    const d = rt.load(f + Func.ANNOTATIONS);
    rt.incref(d);
    return d;
  },
  set: (rt, f, v) => {
    if (v !== 0 && v !== rt.S.None && !rt.hasFlag(v, TpFlag.DICT_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, "__annotations__ must be set to a dict object");
    }
    setFunctionField(rt, f, Func.ANNOTATIONS, v === rt.S.None ? 0 : v);
  },
};

const mustBeStr = (what: string) => (rt: Runtime, v: number) => {
  if (!rt.hasFlag(v, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `${what} must be set to a string object`);
};

export const functionType: TypeDef = {
  name: "function",
  basicsize: Func.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.METHOD_DESCRIPTOR | TpFlag.HAVE_VECTORCALL,
  dictoffset: Func.DICT,
  dealloc: funcDealloc,
  traverse: (rt, f, visit) => {
    for (const off of OWNED) {
      const v = rt.load(f + off);
      if (v !== 0) visit(v);
    }
  },
  // func_clear: what can be part of a cycle; code, name and qualname stay (never NULL).
  clear: (rt, f) => {
    for (const off of [Func.GLOBALS, Func.MODULE, Func.DEFAULTS, Func.KWDEFAULTS, Func.DOC, Func.DICT, Func.CLOSURE, Func.ANNOTATIONS] as const) {
      setFunctionField(rt, f, off, 0);
    }
  },
  repr: (rt, f) => rt.newStr(`<function ${rt.jsString(rt.load(f + Func.QUALNAME))} at ${addressText(f)}>`),
  call: (rt, f, args, nargs, kwnames) => rt.callPython(f, args, nargs, kwnames),
  descrGet: (rt, f, obj) => {
    if (obj === 0 || obj === rt.S.None) {
      rt.incref(f);
      return f;
    }
    return newMethod(rt, f, obj);
  },
  getset: [
    fieldGetSet("__name__", Func.NAME, true, mustBeStr("__name__")),
    fieldGetSet("__qualname__", Func.QUALNAME, true, mustBeStr("__qualname__")),
    fieldGetSet("__code__", Func.CODE, false),
    fieldGetSet("__defaults__", Func.DEFAULTS, true),
    fieldGetSet("__kwdefaults__", Func.KWDEFAULTS, true),
    fieldGetSet("__closure__", Func.CLOSURE, false),
    fieldGetSet("__doc__", Func.DOC, true),
    fieldGetSet("__globals__", Func.GLOBALS, false),
    fieldGetSet("__module__", Func.MODULE, true),
    annotationsGetSet,
    {
      name: "__dict__",
      get: (rt, f) => {
        let d = rt.load(f + Func.DICT);
        if (d === 0) {
          d = newDict(rt);
          rt.store(f + Func.DICT, d);
        }
        rt.incref(d);
        return d;
      },
    },
  ],
};
