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
  const i32 = rt.i32;
  const w = f >> 2;
  for (let i = 4; i < Func.SIZE >> 2; i++) i32[w + i] = 0;
  const name = i32[(code + Code.NAME) >> 2];
  const qualname = i32[(code + Code.QUALNAME) >> 2];
  const doc = rt.S.None;
  // Each field takes a new reference (the high words stay zero).
  i32[w + (Func.GLOBALS >> 2)] = globals;
  i32[w + (Func.BUILTINS >> 2)] = builtins;
  i32[w + (Func.CODE >> 2)] = code;
  i32[w + (Func.NAME >> 2)] = name;
  i32[w + (Func.QUALNAME >> 2)] = qualname;
  i32[w + (Func.MODULE >> 2)] = moduleName;
  i32[w + (Func.DOC >> 2)] = doc;
  if (globals !== 0) i32[globals >> 2]++;
  if (builtins !== 0) i32[builtins >> 2]++;
  if (code !== 0) i32[code >> 2]++;
  if (name !== 0) i32[name >> 2]++;
  if (qualname !== 0) i32[qualname >> 2]++;
  if (moduleName !== 0) i32[moduleName >> 2]++;
  i32[doc >> 2]++;
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
  // The owned fields are read before the block is freed and released after, in OWNED order.
  const i32 = rt.i32;
  const w = f >> 2;
  const globals = i32[w + (Func.GLOBALS >> 2)];
  const builtins = i32[w + (Func.BUILTINS >> 2)];
  const name = i32[w + (Func.NAME >> 2)];
  const qualname = i32[w + (Func.QUALNAME >> 2)];
  const code = i32[w + (Func.CODE >> 2)];
  const defaults = i32[w + (Func.DEFAULTS >> 2)];
  const kwdefaults = i32[w + (Func.KWDEFAULTS >> 2)];
  const closure = i32[w + (Func.CLOSURE >> 2)];
  const doc = i32[w + (Func.DOC >> 2)];
  const dict = i32[w + (Func.DICT >> 2)];
  const module = i32[w + (Func.MODULE >> 2)];
  const annotations = i32[w + (Func.ANNOTATIONS >> 2)];
  rt.freeObject(f);
  if (globals !== 0) rt.decref(globals);
  if (builtins !== 0) rt.decref(builtins);
  if (name !== 0) rt.decref(name);
  if (qualname !== 0) rt.decref(qualname);
  if (code !== 0) rt.decref(code);
  if (defaults !== 0) rt.decref(defaults);
  if (kwdefaults !== 0) rt.decref(kwdefaults);
  if (closure !== 0) rt.decref(closure);
  if (doc !== 0) rt.decref(doc);
  if (dict !== 0) rt.decref(dict);
  if (module !== 0) rt.decref(module);
  if (annotations !== 0) rt.decref(annotations);
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
