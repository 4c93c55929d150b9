/**
 * Weak references (CPython's Objects/weakrefobject.c): `weakref.ReferenceType` (`weakref.ref`)
 * here, the proxies in weakref-proxy.ts, the module functions in src/modules/weakref.ts.
 *
 * Layout (PyWeakReference, 64 bytes + GC head, getsizeof 80), shared by refs and proxies:
 *
 *   │ refcnt │ type │ wr_object │ wr_callback │ hash │ wr_prev │ wr_next │ vectorcall │
 *   0        8      16          24            32     40        48        56           64
 *
 * - wr_object: the referent, NOT counted; `None` (also not counted) once the referent died.
 *   While the referent's count is 0 (it is being deallocated, or parked in the trashcan) the
 *   reference reads as dead, as CPython 3.11's PyWeakref_GET_OBJECT does.
 * - wr_callback: a counted reference to the callable given to `ref(o, cb)`, or 0.
 * - hash: the referent's hash once computed (a float64; -1 = not yet), so a ref keeps its
 *   hash after the referent died.
 * - wr_prev / wr_next: the referent's list of weak references (not counted).
 *
 * The list: a weakly referenceable type has tp_weaklistoffset (Tp.WEAKLISTOFFSET) ≠ 0, and
 * the word at `referent + offset` points at the first weak reference (0: none). The list is
 * doubly linked through wr_prev / wr_next, in CPython's order: first the shared callback-less
 * exact `ref` (what `ref(o)` returns every time), then the shared callback-less proxy, then
 * every other reference, newest first (each is inserted just after the shared ones). Clearing
 * (`clearWeakrefs`, called from each weakly referenceable type's dealloc) unlinks every
 * reference, sets wr_object to None, and then calls the callbacks in list order — newest first.
 *
 * For the cycle collector: `weakrefListHead`, `weakrefNext`, `clearWeakref` (unlink without
 * calling or dropping the callback: CPython's _PyWeakref_ClearRef), `weakrefCallback` and
 * `runWeakrefCallback`. The weakref type's `clear` slot drops the callback too, which is how
 * the callbacks of weak references that are garbage themselves are never called.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { addressText } from "./object.js";
import { call1, hash, lookupAttr, reprText, richCompare } from "./abstract.js";
import { kwCount, arg } from "./args.js";
import { isStr } from "./str.js";
import { classGetItem } from "./generic-alias.js";
import { CompareOp } from "../compile/opcodes.js";

export const enum Weakref {
  OBJECT = 16,
  CALLBACK = 24,
  HASH = 32,
  PREV = 40,
  NEXT = 48,
  VECTORCALL = 56,
  SIZE = 64,
}

// ── the referent's list ──────────────────────────────────────────────────────────────────

/** tp_weaklistoffset of o's type: 0 when o cannot be weakly referenced. */
export function weaklistOffset(rt: Runtime, o: number): number {
  return rt.i32[(rt.typeOf(o) + Tp.WEAKLISTOFFSET) >> 2];
}

/** The first weak reference to `o` (borrowed), or 0. */
export function weakrefListHead(rt: Runtime, o: number): number {
  const off = weaklistOffset(rt, o);
  return off === 0 ? 0 : rt.load(o + off);
}

/** The weak reference after `wr` in its referent's list (borrowed), or 0. */
export function weakrefNext(rt: Runtime, wr: number): number {
  return rt.load(wr + Weakref.NEXT);
}

/** wr's callback (borrowed), or 0. */
export function weakrefCallback(rt: Runtime, wr: number): number {
  return rt.load(wr + Weakref.CALLBACK);
}

/** The referent (borrowed), or None when it is dead or dying. */
export function weakrefObject(rt: Runtime, wr: number): number {
  const o = rt.load(wr + Weakref.OBJECT);
  return o !== rt.S.None && rt.refcount(o) > 0 ? o : rt.S.None;
}

/** Is `o` a ref, a proxy, or an instance of a ref subclass? */
export function isWeakref(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.weakref_proxy || t === rt.T.weakref_callableproxy || rt.isSubtype(t, rt.T.weakref_ref);
}

export function isProxy(rt: Runtime, o: number): boolean {
  const t = rt.typeOf(o);
  return t === rt.T.weakref_proxy || t === rt.T.weakref_callableproxy;
}

/**
 * Unlink `wr` from its referent's list and make it dead (wr_object = None). The callback is
 * left in place (neither called nor dropped): CPython's _PyWeakref_ClearRef.
 */
export function clearWeakref(rt: Runtime, wr: number): void {
  const o = rt.load(wr + Weakref.OBJECT);
  if (o === rt.S.None || o === 0) return;
  const headAddr = o + weaklistOffset(rt, o);
  const prev = rt.load(wr + Weakref.PREV);
  const next = rt.load(wr + Weakref.NEXT);
  if (rt.load(headAddr) === wr) rt.store(headAddr, next);
  if (prev !== 0) rt.store(prev + Weakref.NEXT, next);
  if (next !== 0) rt.store(next + Weakref.PREV, prev);
  rt.store(wr + Weakref.PREV, 0);
  rt.store(wr + Weakref.NEXT, 0);
  rt.store(wr + Weakref.OBJECT, rt.S.None);
}

/** clear_weakref: unlink and drop the callback (the weakref's clear slot and its dealloc). */
function clearWeakrefAndCallback(rt: Runtime, wr: number): void {
  clearWeakref(rt, wr);
  const cb = rt.load(wr + Weakref.CALLBACK);
  if (cb !== 0) {
    rt.store(wr + Weakref.CALLBACK, 0);
    rt.decref(cb);
  }
}

/**
 * Call `cb(wr)`; an exception is reported as "Exception ignored in: <repr of cb>" and its
 * traceback (PyErr_WriteUnraisable), never raised. The caller sets aside any exception in
 * flight first.
 */
export function runWeakrefCallback(rt: Runtime, wr: number, cb: number): void {
  try {
    rt.decref(call1(rt, cb, wr));
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    writeUnraisableIn(rt, cb);
  }
}

/** PyErr_WriteUnraisable(obj) with the current exception: "<what>: <repr of obj>" and the traceback. */
export function writeUnraisableIn(rt: Runtime, obj: number, what = "Exception ignored in"): void {
  const exc = rt.fetchException();
  let text: string;
  try {
    text = reprText(rt, obj);
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    rt.setException(0);
    text = "<object repr() failed>";
  }
  rt.setException(exc);
  rt.writeUnraisable(`${what}: ${text}`);
}

/**
 * PyObject_ClearWeakRefs: called by the dealloc of every weakly referenceable type, with `o`'s
 * count at 0, before it releases anything else. Every weak reference to `o` dies first; then
 * the callbacks run, in list order (newest first), each with its (dead) weak reference. A
 * weak reference that is itself being freed (count 0) gets no callback. The exception in
 * flight, if any, is set aside meanwhile.
 */
export function clearWeakrefs(rt: Runtime, o: number): void {
  const off = weaklistOffset(rt, o);
  if (off === 0) return;
  const headAddr = o + off;
  // The shared callback-less ref and proxy have nothing to call.
  for (let k = 0; k < 2; k++) {
    const head = rt.load(headAddr);
    if (head === 0 || rt.load(head + Weakref.CALLBACK) !== 0) break;
    clearWeakref(rt, head);
  }
  if (rt.load(headAddr) === 0) return;
  const refs: number[] = [];
  const callbacks: number[] = [];
  for (let wr = rt.load(headAddr); wr !== 0; ) {
    const next = rt.load(wr + Weakref.NEXT);
    const cb = rt.load(wr + Weakref.CALLBACK);
    rt.store(wr + Weakref.CALLBACK, 0);
    clearWeakref(rt, wr);
    if (rt.refcount(wr) > 0) {
      rt.incref(wr);
      refs.push(wr);
      callbacks.push(cb);
    } else if (cb !== 0) {
      rt.decref(cb);
    }
    wr = next;
  }
  const saved = rt.fetchException();
  try {
    for (let i = 0; i < refs.length; i++) if (callbacks[i] !== 0) runWeakrefCallback(rt, refs[i], callbacks[i]);
  } finally {
    // Released as CPython releases its (ref, callback) tuple: from the last item to the first.
    for (let i = refs.length - 1; i >= 0; i--) {
      if (callbacks[i] !== 0) rt.decref(callbacks[i]);
      rt.decref(refs[i]);
    }
    rt.setException(saved);
  }
}

/** The shared callback-less exact ref and proxy at the head of a list (CPython's get_basic_refs). */
function basicRefs(rt: Runtime, head: number): { ref: number; proxy: number } {
  let ref = 0;
  let proxy = 0;
  if (head !== 0 && rt.load(head + Weakref.CALLBACK) === 0) {
    if (rt.typeOf(head) === rt.T.weakref_ref) {
      ref = head;
      head = rt.load(head + Weakref.NEXT);
    }
    if (head !== 0 && rt.load(head + Weakref.CALLBACK) === 0 && isProxy(rt, head)) proxy = head;
  }
  return { ref, proxy };
}

function insertHead(rt: Runtime, wr: number, headAddr: number): void {
  const next = rt.load(headAddr);
  rt.store(wr + Weakref.PREV, 0);
  rt.store(wr + Weakref.NEXT, next);
  if (next !== 0) rt.store(next + Weakref.PREV, wr);
  rt.store(headAddr, wr);
}

function insertAfter(rt: Runtime, wr: number, prev: number): void {
  const next = rt.load(prev + Weakref.NEXT);
  rt.store(wr + Weakref.PREV, prev);
  rt.store(wr + Weakref.NEXT, next);
  if (next !== 0) rt.store(next + Weakref.PREV, wr);
  rt.store(prev + Weakref.NEXT, wr);
}

function checkReferenceable(rt: Runtime, o: number): number {
  const off = weaklistOffset(rt, o);
  if (off <= 0) throw rt.raise(rt.E.TypeError, `cannot create weak reference to '${rt.typeName(o)}' object`);
  return o + off;
}

/** A fresh weak reference of `cls` to `o` (callback borrowed, 0 for none), not yet linked. */
function allocWeakref(rt: Runtime, cls: number, o: number, callback: number): number {
  const size = Math.max(Weakref.SIZE, rt.i32[(cls + Tp.BASICSIZE) >> 2]);
  const wr = rt.allocObject(cls, size);
  rt.i32.fill(0, (wr + Weakref.OBJECT) >> 2, (wr + size) >> 2);
  rt.store(wr + Weakref.OBJECT, o);
  if (callback !== 0) {
    rt.incref(callback);
    rt.store(wr + Weakref.CALLBACK, callback);
  }
  rt.f64[(wr + Weakref.HASH) >> 3] = -1;
  return wr;
}

/** `ref(o, callback)` for `cls` (ref or a subclass); callback 0 or None means none. New reference. */
export function newWeakref(rt: Runtime, cls: number, o: number, callback: number): number {
  const headAddr = checkReferenceable(rt, o);
  if (callback === rt.S.None) callback = 0;
  const exact = cls === rt.T.weakref_ref;
  if (callback === 0 && exact) {
    const { ref } = basicRefs(rt, rt.load(headAddr));
    if (ref !== 0) {
      rt.incref(ref);
      return ref;
    }
  }
  const wr = allocWeakref(rt, cls, o, callback);
  if (callback === 0 && exact) {
    insertHead(rt, wr, headAddr);
  } else {
    const { ref, proxy } = basicRefs(rt, rt.load(headAddr));
    const prev = proxy !== 0 ? proxy : ref;
    if (prev === 0) insertHead(rt, wr, headAddr);
    else insertAfter(rt, wr, prev);
  }
  return wr;
}

/** `proxy(o, callback)`: a weakproxy, or a weakcallableproxy when o is callable. New reference. */
export function newProxy(rt: Runtime, o: number, callback: number): number {
  const headAddr = checkReferenceable(rt, o);
  if (callback === rt.S.None) callback = 0;
  const { ref, proxy } = basicRefs(rt, rt.load(headAddr));
  if (callback === 0 && proxy !== 0) {
    rt.incref(proxy);
    return proxy;
  }
  const cls = rt.slotsOf(o).call !== undefined ? rt.T.weakref_callableproxy : rt.T.weakref_proxy;
  const wr = allocWeakref(rt, cls, o, callback);
  const prev = callback === 0 ? ref : proxy !== 0 ? proxy : ref;
  if (prev === 0) insertHead(rt, wr, headAddr);
  else insertAfter(rt, wr, prev);
  return wr;
}

/** getweakrefcount(o). */
export function weakrefCount(rt: Runtime, o: number): number {
  let n = 0;
  for (let wr = weakrefListHead(rt, o); wr !== 0; wr = rt.load(wr + Weakref.NEXT)) n++;
  return n;
}

// ── the ref type ─────────────────────────────────────────────────────────────────────────

/** Dealloc shared by refs and proxies (a ref subclass's dealloc ends here too). */
export function weakrefDealloc(rt: Runtime, wr: number): void {
  clearWeakrefAndCallback(rt, wr);
  rt.freeObject(wr);
}

export function weakrefTraverse(rt: Runtime, wr: number, visit: (child: number) => void): void {
  const cb = rt.load(wr + Weakref.CALLBACK);
  if (cb !== 0) visit(cb);
}

export { clearWeakrefAndCallback as weakrefClear };

/** `ref.__new__(cls, ob, callback=None)`: arguments as PyArg_UnpackTuple("__new__", 1, 2). */
function weakrefNew(rt: Runtime, cls: number, args: number, nargs: number, _kwnames: number): number {
  checkUnpack(rt, "__new__", nargs);
  return newWeakref(rt, cls, arg(rt, args, 0), nargs > 1 ? arg(rt, args, 1) : 0);
}

function checkUnpack(rt: Runtime, fname: string, nargs: number): void {
  if (nargs < 1) throw rt.raise(rt.E.TypeError, `${fname} expected at least 1 argument, got ${nargs}`);
  if (nargs > 2) throw rt.raise(rt.E.TypeError, `${fname} expected at most 2 arguments, got ${nargs}`);
}

/** `ref()`: the referent, or None when dead. */
function weakrefCall(rt: Runtime, wr: number, _args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "weakref() takes no keyword arguments");
  if (nargs !== 0) throw rt.raise(rt.E.TypeError, `weakref expected 0 arguments, got ${nargs}`);
  const o = weakrefObject(rt, wr);
  rt.incref(o);
  return o;
}

/** The referent's hash, cached; TypeError when it died before anyone asked. */
function weakrefHash(rt: Runtime, wr: number): number {
  const cached = rt.f64[(wr + Weakref.HASH) >> 3];
  if (cached !== -1) return cached;
  const o = weakrefObject(rt, wr);
  if (o === rt.S.None) throw rt.raise(rt.E.TypeError, "weak object has gone away");
  const h = hash(rt, o);
  rt.f64[(wr + Weakref.HASH) >> 3] = h;
  return h;
}

/** == and != compare the referents while both live, else identity; other operators: NotImplemented. */
function weakrefRichcompare(rt: Runtime, a: number, b: number, op: number): number {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !rt.isSubtype(rt.typeOf(b), rt.T.weakref_ref)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  const oa = weakrefObject(rt, a);
  const ob = weakrefObject(rt, b);
  if (oa === rt.S.None || ob === rt.S.None) {
    const same = (a === b) === (op === CompareOp.EQ);
    const r = same ? rt.S.True : rt.S.False;
    rt.incref(r);
    return r;
  }
  rt.incref(oa);
  rt.incref(ob);
  try {
    return richCompare(rt, oa, ob, op);
  } finally {
    rt.decref(oa);
    rt.decref(ob);
  }
}

/** `<weakref at 0x...; to 'C' at 0x...>`, with ` (name)` when the referent has a str `__name__`; `; dead>`. */
function weakrefRepr(rt: Runtime, wr: number): number {
  const o = weakrefObject(rt, wr);
  if (o === rt.S.None) return rt.newStr(`<weakref at ${addressText(wr)}; dead>`);
  rt.incref(o);
  try {
    const name = lookupAttr(rt, o, rt.identifier("__name__"));
    let suffix = "";
    if (name !== 0) {
      if (isStr(rt, name)) suffix = ` (${rt.jsString(name)})`;
      rt.decref(name);
    }
    return rt.newStr(`<weakref at ${addressText(wr)}; to '${rt.typeName(o)}' at ${addressText(o)}${suffix}>`);
  } finally {
    rt.decref(o);
  }
}

export const weakrefType: TypeDef = {
  name: "weakref.ReferenceType",
  basicsize: Weakref.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE | TpFlag.HAVE_VECTORCALL,
  dealloc: weakrefDealloc,
  traverse: weakrefTraverse,
  clear: clearWeakrefAndCallback,
  new: weakrefNew,
  init: (rt, _self, _args, nargs) => checkUnpack(rt, "__init__", nargs),
  call: weakrefCall,
  hash: weakrefHash,
  richcompare: weakrefRichcompare,
  repr: weakrefRepr,
  getset: [
    {
      name: "__callback__",
      get: (rt, wr) => {
        const cb = rt.load(wr + Weakref.CALLBACK);
        const r = cb === 0 ? rt.S.None : cb;
        rt.incref(r);
        return r;
      },
    },
  ],
  methods: [
    {
      name: "__class_getitem__",
      fn: (rt, cls, args, nargs, kwnames) => classGetItem("weakref.ReferenceType")(rt, cls, args, nargs, kwnames),
      classMethod: true,
      doc: "See PEP 585",
    },
  ],
};
