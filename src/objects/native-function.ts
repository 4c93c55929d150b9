/**
 * Native functions and the descriptors that put them on types.
 *
 * Four types carry TypeScript behaviour into Python's object world:
 *
 *   builtin_function_or_method: len, print, [].append (bound), dict.fromkeys (bound to the class)
 *   ┌────────┬──────┬──────┬──────┬────────┬──────────┬────────────┐
 *   │ refcnt │ type │ ml   │ self │ module │ weaklist │ vectorcall │   56 bytes + GC head = 72
 *   └────────┴──────┴──────┴──────┴────────┴──────────┴────────────┘
 *    0        8      16     24     32       40         48
 *
 *   method_descriptor (str.upper), classmethod_descriptor (dict.__dict__['fromkeys'])
 *   ┌────────┬──────┬────────┬────────┬────────────┬──────────┬────────────┐
 *   │ refcnt │ type │ d_type │ d_name │ d_qualname │ d_method │ vectorcall │   56 + 16 = 72
 *   └────────┴──────┴────────┴────────┴────────────┴──────────┴────────────┘
 *   getset_descriptor (int.real): the same first five words, then d_getset at 40   48 + 16 = 64
 *
 * A JS function cannot live in the heap, so the words CPython fills with a `PyMethodDef *` or
 * `PyGetSetDef *` hold an index into a per-runtime registry of `MethodDef`s and `GetSetDef`s
 * (`registry(rt)`). The registry belongs to the Runtime (a WeakMap keyed by it, so several
 * interpreters never share indexes); a definition registered twice keeps its first index.
 *
 * `fillTypeDict` is what bootstrap calls to turn a TypeDef's `methods` and `getset` tables
 * into a type's `__dict__`: a method_descriptor per instance method, a classmethod_descriptor
 * per class method, a builtin function bound to the type per static method (CPython wraps it
 * in a staticmethod object; glasspy stores the function itself, which behaves the same when
 * looked up because builtin functions are not descriptors), a getset_descriptor per getset.
 *
 * Calling a native function counts against the recursion limit, as CPython's C calls do.
 */
import { packed, releasePacked, takePacked } from "./call-transients.js";
import { RuntimeLocal } from "./runtime-local.js";
import type { Runtime } from "./runtime.js";
import type { GetSetDef, MethodDef, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag } from "./layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { addressText, objectHash } from "./object.js";
import { dictSetItem } from "./dict.js";
import { clearWeakrefs } from "./weakref.js";

/** builtin_function_or_method fields (CPython's PyCFunctionObject). */
export const enum CFunc {
  /** Registry index of the MethodDef (CPython: PyMethodDef *m_ml). */
  ML = 16,
  /** The bound object: a module for module functions, the instance or class for methods; 0 for none. */
  SELF = 24,
  /** `__module__`: the module's name (a str) for module functions, else 0 (reads as None). */
  MODULE = 32,
  WEAKLIST = 40,
  VECTORCALL = 48,
  SIZE = 56,
}

/** Descriptor fields (CPython's PyDescr_COMMON plus the per-kind pointer). */
export const enum Descr {
  /** The type the descriptor belongs to (d_type), a strong reference. */
  TYPE = 16,
  /** The attribute name (d_name), an interned str. */
  NAME = 24,
  /** `__qualname__`, computed on first use (d_qualname), or 0. */
  QUALNAME = 32,
  /** Registry index of the MethodDef (d_method) or GetSetDef (d_getset). */
  DEF = 40,
  VECTORCALL = 48,
  METHOD_SIZE = 56,
  GETSET_SIZE = 48,
}

/** A runtime's native definitions, indexed by the words of the objects above. */
interface NativeRegistry {
  readonly methods: MethodDef[];
  /** Per method index: 1 when its def packs its arguments (MethodDef.packsArgs). */
  readonly packs: number[];
  readonly methodIndex: Map<MethodDef, number>;
  readonly getsets: GetSetDef[];
  readonly getsetIndex: Map<GetSetDef, number>;
}

const registries = new RuntimeLocal<NativeRegistry>(() => ({ methods: [], packs: [], methodIndex: new Map(), getsets: [], getsetIndex: new Map() }));

function registry(rt: Runtime): NativeRegistry {
  return registries.get(rt);
}

/** The registry index of `def`, registering it on first use. */
export function methodDefIndex(rt: Runtime, def: MethodDef): number {
  const reg = registry(rt);
  let i = reg.methodIndex.get(def);
  if (i === undefined) {
    i = reg.methods.length;
    reg.methods.push(def);
    reg.packs.push(def.packsArgs === true ? 1 : 0);
    reg.methodIndex.set(def, i);
  }
  return i;
}

function getsetDefIndex(rt: Runtime, def: GetSetDef): number {
  const reg = registry(rt);
  let i = reg.getsetIndex.get(def);
  if (i === undefined) {
    i = reg.getsets.length;
    reg.getsets.push(def);
    reg.getsetIndex.set(def, i);
  }
  return i;
}

/** The MethodDef behind a builtin function. */
export function builtinFunctionDef(rt: Runtime, f: number): MethodDef {
  return registry(rt).methods[rt.load(f + CFunc.ML)];
}

/** A builtin function's bound object (borrowed), or 0. */
export function builtinFunctionSelf(rt: Runtime, f: number): number {
  return rt.load(f + CFunc.SELF);
}

// ── builtin_function_or_method ──────────────────────────────────────────────────────────

function allocBuiltin(rt: Runtime, index: number, self: number, module: number): number {
  const f = rt.allocObject(rt.T.builtin_function_or_method, CFunc.SIZE);
  if (self !== 0) rt.incref(self);
  if (module !== 0) rt.incref(module);
  rt.store(f + CFunc.ML, index);
  rt.store(f + CFunc.SELF, self);
  rt.store(f + CFunc.MODULE, module);
  rt.store(f + CFunc.WEAKLIST, 0);
  rt.store(f + CFunc.VECTORCALL, 0);
  return f;
}

/**
 * A builtin function for `def` bound to `self` (0 for none; a module for module functions) with
 * `__module__` = `module` (a str, or 0). Both are borrowed (the function takes its own
 * references). Returns a new reference.
 */
export function newBuiltinFunction(rt: Runtime, def: MethodDef, self: number, module: number): number {
  return allocBuiltin(rt, methodDefIndex(rt, def), self, module);
}

/** Enter a native call: CPython's _Py_EnterRecursiveCall(" while calling a Python object"). */
function enterNativeCall(rt: Runtime): void {
  const ts = rt.ts;
  if (ts.recursionDepth >= rt.recursionLimit) {
    throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  ts.recursionDepth++;
}

function callNative(rt: Runtime, def: MethodDef, self: number, args: number, nargs: number, kwnames: number): number {
  enterNativeCall(rt);
  try {
    return def.fn(rt, self, args, nargs, kwnames);
  } finally {
    rt.ts.recursionDepth--;
  }
}

function builtinCall(rt: Runtime, f: number, args: number, nargs: number, kwnames: number): number {
  const reg = registry(rt);
  const index = rt.load(f + CFunc.ML);
  const def = reg.methods[index];
  if (reg.packs[index] === 1) return callPacked(rt, def, rt.load(f + CFunc.SELF), args, nargs, kwnames);
  return callNative(rt, def, rt.load(f + CFunc.SELF), args, nargs, kwnames);
}

/**
 * The call of a function whose def packs its arguments (MethodDef.packsArgs): the tuple of
 * the `nargs` positional arguments and the dict of the keywords are made before it and
 * released after it, tuple first, as CPython's METH_VARARGS calls do.
 */
function callPacked(rt: Runtime, def: MethodDef, self: number, args: number, nargs: number, kwnames: number): number {
  takePacked(rt, args, nargs, kwnames);
  const argsTuple = packed[0]!, kwargs = packed[1]!;
  try {
    return callNative(rt, def, self, args, nargs, kwnames);
  } finally {
    releasePacked(rt, argsTuple, kwargs);
  }
}

function builtinDealloc(rt: Runtime, f: number): void {
  clearWeakrefs(rt, f);
  const self = rt.load(f + CFunc.SELF);
  const module = rt.load(f + CFunc.MODULE);
  rt.freeObject(f);
  if (self !== 0) rt.decref(self);
  if (module !== 0) rt.decref(module);
}

function builtinTraverse(rt: Runtime, f: number, visit: (child: number) => void): void {
  const self = rt.load(f + CFunc.SELF);
  const module = rt.load(f + CFunc.MODULE);
  if (self !== 0) visit(self);
  if (module !== 0) visit(module);
}

function builtinClear(rt: Runtime, f: number): void {
  for (const field of [CFunc.SELF, CFunc.MODULE] as const) {
    const v = rt.load(f + field);
    rt.store(f + field, 0);
    if (v !== 0) rt.decref(v);
  }
}

/** Module functions (and unbound ones) print as functions, everything else as bound methods. */
function isFunctionLike(rt: Runtime, self: number): boolean {
  return self === 0 || rt.isInstance(self, rt.T.module);
}

function builtinRepr(rt: Runtime, f: number): number {
  const name = builtinFunctionDef(rt, f).name;
  const self = rt.load(f + CFunc.SELF);
  if (isFunctionLike(rt, self)) return rt.newStr(`<built-in function ${name}>`);
  return rt.newStr(`<built-in method ${name} of ${rt.typeName(self)} object at ${addressText(self)}>`);
}

function builtinRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  let result = rt.S.NotImplemented;
  if ((op === CompareOp.EQ || op === CompareOp.NE) && rt.typeOf(b) === rt.T.builtin_function_or_method) {
    const same =
      rt.load(a + CFunc.SELF) === rt.load(b + CFunc.SELF) && builtinFunctionDef(rt, a).fn === builtinFunctionDef(rt, b).fn;
    result = same === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  }
  rt.incref(result);
  return result;
}

/** CPython's meth_hash: hash of the bound object xor hash of the C function. */
function builtinHash(rt: Runtime, f: number): number {
  const self = rt.load(f + CFunc.SELF);
  const h = (self === 0 ? 0 : objectHash(rt, self)) ^ (rt.load(f + CFunc.ML) + 1) * 0x9e3779b1;
  return h === -1 ? -2 : h;
}

/** `__qualname__` of the type `t` as JS text: the tp_name after its last dot for static types. */
function typeQualname(rt: Runtime, t: number): string {
  if (rt.typeFlags(t) & TpFlag.HEAPTYPE) return rt.jsString(rt.load(t + Tp.HT_QUALNAME));
  const full = rt.typeNameOf(t);
  return full.slice(full.lastIndexOf(".") + 1);
}

function builtinQualname(rt: Runtime, f: number): number {
  const name = builtinFunctionDef(rt, f).name;
  const self = rt.load(f + CFunc.SELF);
  if (isFunctionLike(rt, self)) return rt.newStr(name);
  const type = rt.hasFlag(self, TpFlag.TYPE_SUBCLASS) ? self : rt.typeOf(self);
  return rt.newStr(`${typeQualname(rt, type)}.${name}`);
}

function newRefOrNone(rt: Runtime, v: number): number {
  const r = v === 0 ? rt.S.None : v;
  rt.incref(r);
  return r;
}

function docOrNone(rt: Runtime, doc: string | undefined): number {
  return doc === undefined ? newRefOrNone(rt, 0) : rt.newStr(doc);
}


export const builtinFunctionType: TypeDef = {
  name: "builtin_function_or_method",
  basicsize: CFunc.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.HAVE_VECTORCALL,
  dealloc: builtinDealloc,
  traverse: builtinTraverse,
  clear: builtinClear,
  repr: builtinRepr,
  richcompare: builtinRichcompare,
  hash: builtinHash,
  call: builtinCall,
  getset: [
    { name: "__name__", get: (rt, f) => rt.newStr(builtinFunctionDef(rt, f).name) },
    { name: "__qualname__", get: builtinQualname },
    { name: "__doc__", get: (rt, f) => docOrNone(rt, builtinFunctionDef(rt, f).doc) },
    { name: "__self__", get: (rt, f) => newRefOrNone(rt, rt.load(f + CFunc.SELF)) },
    {
      name: "__module__",
      get: (rt, f) => newRefOrNone(rt, rt.load(f + CFunc.MODULE)),
      set: (rt, f, value) => {
        const old = rt.load(f + CFunc.MODULE);
        if (value !== 0) rt.incref(value);
        rt.store(f + CFunc.MODULE, value);
        if (old !== 0) rt.decref(old);
      },
    },
  ],
};

// ── descriptors: shared parts ───────────────────────────────────────────────────────────

function allocDescr(rt: Runtime, descrType: number, size: number, type: number, name: number, index: number): number {
  const d = rt.allocObject(descrType, size);
  rt.incref(type);
  rt.incref(name);
  rt.store(d + Descr.TYPE, type);
  rt.store(d + Descr.NAME, name);
  rt.store(d + Descr.QUALNAME, 0);
  rt.store(d + Descr.DEF, index);
  if (size > Descr.VECTORCALL) rt.store(d + Descr.VECTORCALL, 0);
  return d;
}

function descrDealloc(rt: Runtime, d: number): void {
  const type = rt.load(d + Descr.TYPE);
  const name = rt.load(d + Descr.NAME);
  const qualname = rt.load(d + Descr.QUALNAME);
  rt.freeObject(d);
  rt.decref(type);
  rt.decref(name);
  if (qualname !== 0) rt.decref(qualname);
}

function descrTraverse(rt: Runtime, d: number, visit: (child: number) => void): void {
  visit(rt.load(d + Descr.TYPE));
}

function descrName(rt: Runtime, d: number): string {
  return rt.jsString(rt.load(d + Descr.NAME));
}

function descrTypeName(rt: Runtime, d: number): string {
  return rt.typeNameOf(rt.load(d + Descr.TYPE));
}

/** CPython's descr_check: `obj` must be an instance of the descriptor's type. */
function descrCheck(rt: Runtime, d: number, obj: number): void {
  const type = rt.load(d + Descr.TYPE);
  const objType = rt.typeOf(obj);
  if (objType !== type && !rt.isSubtype(objType, type)) {
    throw rt.raise(
      rt.E.TypeError,
      `descriptor '${descrName(rt, d)}' for '${rt.typeNameOf(type)}' objects doesn't apply to a '${rt.typeNameOf(objType)}' object`,
    );
  }
}

/** `__qualname__`: "type.name", computed once and kept in d_qualname (new reference). */
function descrQualname(rt: Runtime, d: number): number {
  let q = rt.load(d + Descr.QUALNAME);
  if (q === 0) {
    q = rt.newStr(`${typeQualname(rt, rt.load(d + Descr.TYPE))}.${descrName(rt, d)}`);
    rt.store(d + Descr.QUALNAME, q);
  }
  rt.incref(q);
  return q;
}

function descrReprOf(kind: string) {
  return (rt: Runtime, d: number): number => rt.newStr(`<${kind} '${descrName(rt, d)}' of '${descrTypeName(rt, d)}' objects>`);
}

function descrGetset(doc: (rt: Runtime, d: number) => string | undefined): GetSetDef[] {
  return [
    { name: "__name__", get: (rt, d) => newRefOrNone(rt, rt.load(d + Descr.NAME)) },
    { name: "__qualname__", get: descrQualname },
    { name: "__objclass__", get: (rt, d) => newRefOrNone(rt, rt.load(d + Descr.TYPE)) },
    { name: "__doc__", get: (rt, d) => docOrNone(rt, doc(rt, d)) },
  ];
}

function descrMethodDef(rt: Runtime, d: number): MethodDef {
  return registry(rt).methods[rt.load(d + Descr.DEF)];
}

// ── method_descriptor: str.upper ────────────────────────────────────────────────────────

/** descriptor.__get__(obj, type): itself through the class, a bound builtin method through an instance. */
function methodDescrGet(rt: Runtime, d: number, obj: number, _type: number): number {
  if (obj === 0) {
    rt.incref(d);
    return d;
  }
  descrCheck(rt, d, obj);
  return allocBuiltin(rt, rt.load(d + Descr.DEF), obj, 0);
}

/**
 * str.upper("abc"): the first argument is self, checked against the descriptor's type. Also
 * CALL's path for `words.append(x)` after LOAD_METHOD (the eval loop calls it directly, as
 * CPython 3.11 specialises CALL for method descriptors), so it reads the heap words itself
 * and enters the native call without further helpers.
 */
export function methodDescrCall(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): number {
  const i32 = rt.i32;
  if (nargs < 1) {
    throw rt.raise(rt.E.TypeError, `unbound method ${typeQualname(rt, i32[(d + Descr.TYPE) >> 2])}.${descrName(rt, d)}() needs an argument`);
  }
  const self = i32[args >> 2];
  if (i32[(self + Ob.TYPE) >> 2] !== i32[(d + Descr.TYPE) >> 2]) descrCheck(rt, d, self);
  const reg = registry(rt);
  const index = i32[(d + Descr.DEF) >> 2];
  const def = reg.methods[index];
  if (reg.packs[index] === 1) return callPacked(rt, def, self, args + 8, nargs - 1, kwnames);
  const ts = rt.ts;
  if (ts.recursionDepth >= rt.recursionLimit) {
    throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  ts.recursionDepth++;
  try {
    return def.fn(rt, self, args + 8, nargs - 1, kwnames);
  } finally {
    rt.ts.recursionDepth--;
  }
}

export const methodDescriptorType: TypeDef = {
  name: "method_descriptor",
  basicsize: Descr.METHOD_SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.HAVE_VECTORCALL | TpFlag.METHOD_DESCRIPTOR,
  dealloc: descrDealloc,
  traverse: descrTraverse,
  repr: descrReprOf("method"),
  descrGet: methodDescrGet,
  call: methodDescrCall,
  getset: descrGetset((rt, d) => descrMethodDef(rt, d).doc),
};

// ── classmethod_descriptor: dict.fromkeys ───────────────────────────────────────────────

function classmethodDescrGet(rt: Runtime, d: number, obj: number, type: number): number {
  if (type === 0) {
    if (obj === 0) {
      throw rt.raise(rt.E.TypeError, `descriptor '${descrName(rt, d)}' for type '${descrTypeName(rt, d)}' needs either an object or a type`);
    }
    type = rt.typeOf(obj);
  }
  checkClassmethodType(rt, d, type);
  return allocBuiltin(rt, rt.load(d + Descr.DEF), type, 0);
}

function checkClassmethodType(rt: Runtime, d: number, type: number): void {
  if (!rt.hasFlag(type, TpFlag.TYPE_SUBCLASS)) {
    throw rt.raise(
      rt.E.TypeError,
      `descriptor '${descrName(rt, d)}' for type '${descrTypeName(rt, d)}' needs a type, not a '${rt.typeName(type)}' as arg 2`,
    );
  }
  if (!rt.isSubtype(type, rt.load(d + Descr.TYPE))) {
    throw rt.raise(
      rt.E.TypeError,
      `descriptor '${descrName(rt, d)}' requires a subtype of '${descrTypeName(rt, d)}' but received '${rt.typeNameOf(type)}'`,
    );
  }
}

function classmethodDescrCall(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) {
    throw rt.raise(rt.E.TypeError, `descriptor '${descrName(rt, d)}' of '${descrTypeName(rt, d)}' object needs an argument`);
  }
  const cls = rt.load(args);
  checkClassmethodType(rt, d, cls);
  return callNative(rt, descrMethodDef(rt, d), cls, args + 8, nargs - 1, kwnames);
}

export const classmethodDescriptorType: TypeDef = {
  name: "classmethod_descriptor",
  basicsize: Descr.METHOD_SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: descrDealloc,
  traverse: descrTraverse,
  repr: descrReprOf("method"),
  descrGet: classmethodDescrGet,
  call: classmethodDescrCall,
  getset: descrGetset((rt, d) => descrMethodDef(rt, d).doc),
};

// ── getset_descriptor: int.real ─────────────────────────────────────────────────────────

function getsetDef(rt: Runtime, d: number): GetSetDef {
  return registry(rt).getsets[rt.load(d + Descr.DEF)];
}

function getsetDescrGet(rt: Runtime, d: number, obj: number, _type: number): number {
  if (obj === 0) {
    rt.incref(d);
    return d;
  }
  if (rt.typeOf(obj) !== rt.load(d + Descr.TYPE)) descrCheck(rt, d, obj);
  return getsetDef(rt, d).get(rt, obj);
}

function getsetDescrSet(rt: Runtime, d: number, obj: number, value: number): void {
  if (rt.typeOf(obj) !== rt.load(d + Descr.TYPE)) descrCheck(rt, d, obj);
  const set = getsetDef(rt, d).set;
  if (set === undefined) {
    throw rt.raise(rt.E.AttributeError, `attribute '${descrName(rt, d)}' of '${descrTypeName(rt, d)}' objects is not writable`);
  }
  set(rt, obj, value);
}

export const getsetDescriptorType: TypeDef = {
  name: "getset_descriptor",
  basicsize: Descr.GETSET_SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: descrDealloc,
  traverse: descrTraverse,
  repr: descrReprOf("attribute"),
  descrGet: getsetDescrGet,
  descrSet: getsetDescrSet,
  getset: descrGetset((rt, d) => getsetDef(rt, d).doc),
};

// ── filling a type's __dict__ ───────────────────────────────────────────────────────────

/** A new method or classmethod descriptor for `def` on `type` (new reference). */
export function newMethodDescriptor(rt: Runtime, type: number, def: MethodDef): number {
  const kind = def.classMethod ? rt.T.classmethod_descriptor : rt.T.method_descriptor;
  return allocDescr(rt, kind, Descr.METHOD_SIZE, type, rt.identifier(def.name), methodDefIndex(rt, def));
}

/** A new getset descriptor for `def` on `type` (new reference). */
export function newGetSetDescriptor(rt: Runtime, type: number, def: GetSetDef): number {
  return allocDescr(rt, rt.T.getset_descriptor, Descr.GETSET_SIZE, type, rt.identifier(def.name), getsetDefIndex(rt, def));
}

/**
 * Put the descriptors for `def.methods` and `def.getset` into `dict` (the `__dict__` of the
 * type object `type`), keyed by interned names. Called by bootstrap for every builtin type and
 * usable for types made later from a TypeDef.
 */
export function fillTypeDict(rt: Runtime, type: number, def: TypeDef, dict: number): void {
  for (const m of def.methods ?? []) {
    const v = m.staticMethod ? newBuiltinFunction(rt, m, type, 0) : newMethodDescriptor(rt, type, m);
    storeInto(rt, dict, m.name, v);
  }
  for (const g of def.getset ?? []) storeInto(rt, dict, g.name, newGetSetDescriptor(rt, type, g));
}

/** dict[name] = v, releasing the new reference `v` on every path. */
function storeInto(rt: Runtime, dict: number, name: string, v: number): void {
  try {
    dictSetItem(rt, dict, rt.identifier(name), v);
  } finally {
    rt.decref(v);
  }
}

/** Is `o` a builtin function, a method descriptor or another native callable made here? */
export function isNativeCallable(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.builtin_function_or_method || t === rt.T.method_descriptor || t === rt.T.classmethod_descriptor;
}
