/**
 * `wrapper_descriptor` and `method-wrapper`: the objects that carry a type's slots into its
 * `__dict__` (slot-wrappers.ts decides which; this file is what they are).
 *
 *   wrapper_descriptor: int.__dict__['__add__']           56 bytes + GC head = 72
 *   ┌────────┬──────┬────────┬────────┬────────────┬────────┬───────────┐
 *   │ refcnt │ type │ d_type │ d_name │ d_qualname │ d_base │ d_wrapped │
 *   └────────┴──────┴────────┴────────┴────────────┴────────┴───────────┘
 *    0        8      16       24       32           40       48
 *
 *   method-wrapper: (1).__add__, a wrapper descriptor bound to self    32 bytes + GC head = 48
 *   ┌────────┬──────┬───────┬──────┐
 *   │ refcnt │ type │ descr │ self │
 *   └────────┴──────┴───────┴──────┘
 *    0        8      16      24
 *
 * The first five words are every descriptor's (native-function.ts's `Descr`). `d_base` is the
 * descriptor's row in `slotDefs`: its name, signature and the wrapper that turns a Python call
 * into a slot call. `d_wrapped` is the slot function itself, captured when the descriptor is
 * made; a JS function cannot live in the heap, so the word holds its index in this runtime's
 * registry of wrapped functions (where CPython keeps the C function pointer).
 *
 * Calls: `int.__add__(3, 4)` checks that the first argument is an int and runs the row's
 * wrapper on the rest; `(3).__add__` makes a method-wrapper that already holds self. The
 * descriptor type carries the METHOD_DESCRIPTOR flag, so the VM's LOAD_METHOD calls
 * `(3).__add__(4)` without making a method-wrapper at all. Like native calls, a wrapper call
 * counts against the recursion limit.
 */
import { packed, releasePacked, releaseTransient, takeArgsTuple, takePacked } from "./call-transients.js";
import { RuntimeLocal } from "./runtime-local.js";
import type { Runtime } from "./runtime.js";
import type { GetSetDef, TypeDef } from "./typedef.js";
import { Tp, TpFlag, WORD } from "./layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { Descr } from "./native-function.js";
import { addressText, objectHash } from "./object.js";
import { kwCount } from "./args.js";
import { check } from "./errors.js";
import { slotDefs, type SlotDef } from "./slot-wrappers.js";
import type { SlotFunction } from "./slot-calls.js";

/** wrapper_descriptor fields after the common descriptor head. */
export const enum WrapperDescr {
  /** Index of the descriptor's row in `slotDefs` (CPython: struct wrapperbase *d_base). */
  BASE = 40,
  /** Registry index of the wrapped slot function (CPython: void *d_wrapped). */
  WRAPPED = 48,
  SIZE = 56,
}

/** method-wrapper fields (CPython's wrapperobject). */
export const enum MethodWrapper {
  /** The wrapper descriptor, a strong reference. */
  DESCR = 16,
  /** The bound object, a strong reference. */
  SELF = 24,
  SIZE = 32,
}

check((Descr.QUALNAME as number) + 8 === WrapperDescr.BASE, "wrapper_descriptor extends the common descriptor head");

// ── the registry of wrapped functions ───────────────────────────────────────────────────

interface WrappedRegistry {
  readonly functions: SlotFunction[];
  readonly index: Map<SlotFunction, number>;
}

const registries = new RuntimeLocal<WrappedRegistry>(() => ({ functions: [], index: new Map() }));

/** The runtime's registry (kept per Runtime, so interpreters never share indexes). */
function registry(rt: Runtime): WrappedRegistry {
  return registries.get(rt);
}

function wrappedIndex(rt: Runtime, fn: SlotFunction): number {
  const reg = registry(rt);
  let i = reg.index.get(fn);
  if (i === undefined) {
    i = reg.functions.length;
    reg.functions.push(fn);
    reg.index.set(fn, i);
  }
  return i;
}

// ── wrapper_descriptor ──────────────────────────────────────────────────────────────────

/**
 * A new wrapper descriptor (new reference) on `type` for row `base` of `slotDefs`, calling
 * `wrapped` (a function read from a slot table by that row).
 */
export function newWrapperDescriptor(rt: Runtime, type: number, base: number, wrapped: SlotFunction): number {
  const d = rt.allocObject(rt.T.wrapper_descriptor, WrapperDescr.SIZE);
  const name = rt.identifier(slotDefs[base].name);
  rt.incref(type);
  rt.incref(name);
  rt.store(d + Descr.TYPE, type);
  rt.store(d + Descr.NAME, name);
  rt.store(d + Descr.QUALNAME, 0);
  rt.store(d + WrapperDescr.BASE, base);
  rt.store(d + WrapperDescr.WRAPPED, wrappedIndex(rt, wrapped));
  return d;
}

function slotDefOf(rt: Runtime, d: number): SlotDef {
  return slotDefs[rt.load(d + WrapperDescr.BASE)];
}

function wrappedFunction(rt: Runtime, d: number): SlotFunction {
  return registry(rt).functions[rt.load(d + WrapperDescr.WRAPPED)];
}

/**
 * What `o` calls when it is a wrapper descriptor: its row and the captured slot function;
 * undefined for anything else. For class creation (CPython's update_one_slot): a class that
 * inherits `int.__add__` can take int's slot function instead of calling through the descriptor.
 */
export function wrapperDescriptorTarget(rt: Runtime, o: number): { def: SlotDef; fn: SlotFunction } | undefined {
  if (rt.typeOf(o) !== rt.T.wrapper_descriptor) return undefined;
  return { def: slotDefOf(rt, o), fn: wrappedFunction(rt, o) };
}

function descrName(rt: Runtime, d: number): string {
  return rt.jsString(rt.load(d + Descr.NAME));
}

function descrTypeName(rt: Runtime, d: number): string {
  return rt.typeNameOf(rt.load(d + Descr.TYPE));
}

/** Run the descriptor's wrapper for `self` (CPython's wrapperdescr_raw_call). New reference. */
function callWrapped(rt: Runtime, d: number, self: number, args: number, nargs: number, kwnames: number): number {
  const def = slotDefOf(rt, d);
  if (!def.keywords && kwCount(rt, kwnames) > 0) {
    throw rt.raise(rt.E.TypeError, `wrapper ${def.name}() takes no keyword arguments`);
  }
  const ts = rt.ts;
  if (ts.recursionDepth >= rt.recursionLimit) {
    throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  ts.recursionDepth++;
  try {
    return def.wrapper(rt, wrappedFunction(rt, d), self, args, nargs, kwnames, rt.load(d + Descr.TYPE));
  } finally {
    ts.recursionDepth--;
  }
}

/**
 * `int.__add__(3, 4)`: the first argument is self and must be an instance of d_type. As in
 * CPython 3.11 (a wrapper descriptor has no vectorcall there), the call packs its arguments in
 * a tuple and its keywords in a dict, and the wrapper gets a second tuple, of the arguments
 * after self (call-transients.ts).
 */
function wrapperDescrCall(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): number {
  takePacked(rt, args, nargs, kwnames);
  const argsTuple = packed[0]!, kwargs = packed[1]!;
  try {
    return checkedWrapperDescrCall(rt, d, args, nargs, kwnames);
  } finally {
    releasePacked(rt, argsTuple, kwargs);
  }
}

function checkedWrapperDescrCall(rt: Runtime, d: number, args: number, nargs: number, kwnames: number): number {
  if (nargs < 1) {
    throw rt.raise(rt.E.TypeError, `descriptor '${descrName(rt, d)}' of '${descrTypeName(rt, d)}' object needs an argument`);
  }
  const self = rt.load(args);
  const type = rt.load(d + Descr.TYPE);
  if (rt.typeOf(self) !== type && !rt.isSubtype(rt.typeOf(self), type)) {
    throw rt.raise(
      rt.E.TypeError,
      `descriptor '${descrName(rt, d)}' requires a '${descrTypeName(rt, d)}' object but received a '${rt.typeName(self)}'`,
    );
  }
  const rest = takeArgsTuple(rt, args + WORD, nargs - 1);
  try {
    return callWrapped(rt, d, self, args + WORD, nargs - 1, kwnames);
  } finally {
    releaseTransient(rt, rest);
  }
}

/** A method-wrapper's call (`d.__init__(x)`): its arguments packed, as CPython 3.11's wrapper_call gets them. */
function methodWrapperCall(rt: Runtime, w: number, args: number, nargs: number, kwnames: number): number {
  takePacked(rt, args, nargs, kwnames);
  const argsTuple = packed[0]!, kwargs = packed[1]!;
  try {
    return callWrapped(rt, rt.load(w + MethodWrapper.DESCR), rt.load(w + MethodWrapper.SELF), args, nargs, kwnames);
  } finally {
    releasePacked(rt, argsTuple, kwargs);
  }
}

/** Through the class: the descriptor itself; through an instance: a method-wrapper. */
function wrapperDescrGet(rt: Runtime, d: number, obj: number, _type: number): number {
  if (obj === 0) {
    rt.incref(d);
    return d;
  }
  const type = rt.load(d + Descr.TYPE);
  if (rt.typeOf(obj) !== type && !rt.isSubtype(rt.typeOf(obj), type)) {
    throw rt.raise(
      rt.E.TypeError,
      `descriptor '${descrName(rt, d)}' for '${descrTypeName(rt, d)}' objects doesn't apply to a '${rt.typeName(obj)}' object`,
    );
  }
  return newMethodWrapper(rt, d, obj);
}

function wrapperDescrDealloc(rt: Runtime, d: number): void {
  const type = rt.load(d + Descr.TYPE);
  const name = rt.load(d + Descr.NAME);
  const qualname = rt.load(d + Descr.QUALNAME);
  rt.freeObject(d);
  rt.decref(type);
  rt.decref(name);
  if (qualname !== 0) rt.decref(qualname);
}

/** `__qualname__` of a type as JS text: its tp_name after the last dot for static types. */
function typeQualname(rt: Runtime, t: number): string {
  if (rt.typeFlags(t) & TpFlag.HEAPTYPE) return rt.jsString(rt.load(t + Tp.HT_QUALNAME));
  const full = rt.typeNameOf(t);
  return full.slice(full.lastIndexOf(".") + 1);
}

/** "int.__add__", computed once and kept in d_qualname. New reference. */
function descrQualname(rt: Runtime, d: number): number {
  let q = rt.load(d + Descr.QUALNAME);
  if (q === 0) {
    q = rt.newStr(`${typeQualname(rt, rt.load(d + Descr.TYPE))}.${descrName(rt, d)}`);
    rt.store(d + Descr.QUALNAME, q);
  }
  rt.incref(q);
  return q;
}

function borrowedAsNew(rt: Runtime, o: number): number {
  rt.incref(o);
  return o;
}

/** The attributes both kinds share, reading the descriptor through `descrOf`. */
function wrapperGetset(descrOf: (rt: Runtime, o: number) => number): GetSetDef[] {
  return [
    { name: "__objclass__", get: (rt, o) => borrowedAsNew(rt, rt.load(descrOf(rt, o) + Descr.TYPE)) },
    { name: "__name__", get: (rt, o) => borrowedAsNew(rt, rt.load(descrOf(rt, o) + Descr.NAME)) },
    { name: "__qualname__", get: (rt, o) => descrQualname(rt, descrOf(rt, o)) },
    { name: "__doc__", get: (rt, o) => rt.newStr(slotDefOf(rt, descrOf(rt, o)).doc) },
    { name: "__text_signature__", get: (rt, o) => rt.newStr(slotDefOf(rt, descrOf(rt, o)).signature) },
  ];
}


export const wrapperDescriptorType: TypeDef = {
  name: "wrapper_descriptor",
  basicsize: WrapperDescr.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.METHOD_DESCRIPTOR,
  dealloc: wrapperDescrDealloc,
  traverse: (rt, d, visit) => visit(rt.load(d + Descr.TYPE)),
  repr: (rt, d) => rt.newStr(`<slot wrapper '${descrName(rt, d)}' of '${descrTypeName(rt, d)}' objects>`),
  descrGet: wrapperDescrGet,
  call: wrapperDescrCall,
  getset: wrapperGetset((_rt, d) => d),
};

// ── method-wrapper ──────────────────────────────────────────────────────────────────────

/** A new method-wrapper binding descriptor `d` to `self` (both borrowed; new reference). */
export function newMethodWrapper(rt: Runtime, d: number, self: number): number {
  const w = rt.allocObject(rt.T.method_wrapper, MethodWrapper.SIZE);
  rt.incref(d);
  rt.incref(self);
  rt.store(w + MethodWrapper.DESCR, d);
  rt.store(w + MethodWrapper.SELF, self);
  return w;
}

function methodWrapperDealloc(rt: Runtime, w: number): void {
  const d = rt.load(w + MethodWrapper.DESCR);
  const self = rt.load(w + MethodWrapper.SELF);
  rt.freeObject(w);
  rt.decref(d);
  rt.decref(self);
}

function methodWrapperRepr(rt: Runtime, w: number): number {
  const self = rt.load(w + MethodWrapper.SELF);
  const name = descrName(rt, rt.load(w + MethodWrapper.DESCR));
  return rt.newStr(`<method-wrapper '${name}' of ${rt.typeName(self)} object at ${addressText(self)}>`);
}

/** Equal when they bind the same descriptor to the same object (identity, as CPython). */
function methodWrapperRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  let result = rt.S.NotImplemented;
  if ((op === CompareOp.EQ || op === CompareOp.NE) && rt.typeOf(b) === rt.T.method_wrapper) {
    const same =
      rt.load(a + MethodWrapper.DESCR) === rt.load(b + MethodWrapper.DESCR) &&
      rt.load(a + MethodWrapper.SELF) === rt.load(b + MethodWrapper.SELF);
    result = same === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  }
  rt.incref(result);
  return result;
}

/** CPython's wrapper_hash: the pointer hashes of self and the descriptor, xored. */
function methodWrapperHash(rt: Runtime, w: number): number {
  const h = objectHash(rt, rt.load(w + MethodWrapper.SELF)) ^ objectHash(rt, rt.load(w + MethodWrapper.DESCR));
  return h === -1 ? -2 : h;
}

export const methodWrapperType: TypeDef = {
  name: "method-wrapper",
  basicsize: MethodWrapper.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: methodWrapperDealloc,
  traverse: (rt, w, visit) => {
    visit(rt.load(w + MethodWrapper.DESCR));
    visit(rt.load(w + MethodWrapper.SELF));
  },
  repr: methodWrapperRepr,
  richcompare: methodWrapperRichcompare,
  hash: methodWrapperHash,
  call: methodWrapperCall,
  getset: [
    ...wrapperGetset((rt, w) => rt.load(w + MethodWrapper.DESCR)),
    { name: "__self__", get: (rt, w) => borrowedAsNew(rt, rt.load(w + MethodWrapper.SELF)) },
  ],
};
