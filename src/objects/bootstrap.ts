/**
 * Start-up and teardown of the object world.
 *
 * Order matters, because every type object needs str (its name), tuple (its MRO) and dict
 * (its `__dict__`), and those are types too:
 *   1. allocate every builtin type object in the static region and link bases and slot tables
 *      (slots are inherited from the base where a type does not define them, as CPython's
 *      inherit_slots does);
 *   2. the singletons and static caches: None, NotImplemented, Ellipsis, True/False, small ints,
 *      (), "", the one-character strs, b"" and the one-byte bytes;
 *   3. the Runtime's hooks (newStr, jsString, intern, identifier, raiseNew), then each type's
 *      name, MRO and `__dict__` (method and getset descriptors);
 *   4. the preallocated MemoryError.
 * Teardown undoes step 3 and 4 and empties the caches so that no heap block stays in use; the
 * static region itself is not part of the heap's block counts.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef, TypeSlots } from "./typedef.js";
import { Ob, STATIC_REFCNT, Tp, TpFlag, GcHead } from "./layout.js";
import { builtinTypeDefs, type BuiltinTypes, type Singletons } from "./builtin-types.js";
import { exceptionTypeDefs } from "./exception-type.js";
import { makeRaiseNew, newExceptionWithArgs, type ExceptionTypes } from "./exceptions.js";
import { initSingletons } from "./singletons.js";
import { initSmallInts } from "./int.js";
import { initBools } from "./bool.js";
import { initStrings, newStr, strToJs, strIntern, strIdentifier, releaseIdentifiers } from "./str.js";
import { initBytes } from "./bytes.js";
import { initEmptyTuple, newTuple, tupleSetItem } from "./tuple.js";
import { newDict } from "./dict.js";
import { fillTypeDict } from "./native-function.js";
import { addSlotWrappers } from "./slot-wrappers.js";
import { clearAllFreeLists } from "./freelists.js";
import { clearMethodCache } from "./method-cache.js";
import { releaseSubclasses } from "./type-subclasses.js";
import { SetField } from "./set.js";
import { Func } from "./function.js";
import { Module } from "./module.js";
import { Gen } from "./generator.js";
import { Method } from "./method.js";
import { CFunc } from "./native-function.js";
import { Code } from "./code.js";
import { releaseKeywordTuples } from "./args.js";

const ARG_STACK_BYTES = 256 * 1024;
/**
 * tp_weaklistoffset of the builtin types whose instances have a weak-reference list word: a
 * class derived from one adds no `__weakref__` word of its own, so its instances are the
 * size CPython's are (`class S(set)` → 232 bytes). type's word is tp_weaklist (368).
 */
const WEAKLIST_OFFSETS: Readonly<Record<string, number>> = {
  type: 368,
  set: SetField.WEAKREFLIST,
  frozenset: SetField.WEAKREFLIST,
  function: Func.WEAKREFLIST,
  module: Module.WEAKLIST,
  generator: Gen.WEAKREFLIST,
  // Also weakly referenceable in CPython 3.11 (their dealloc calls clearWeakrefs):
  method: Method.WEAKREFLIST,
  builtin_function_or_method: CFunc.WEAKLIST,
  code: Code.WEAKREFLIST,
};

/** Slot names that are not inherited (each type states its own). */
const NOT_INHERITED = new Set(["name", "basicsize", "itemsize", "flags", "base", "methods", "getset", "doc", "dictoffset"]);

function inheritSlots(base: TypeSlots | undefined, def: TypeDef, baseIsObject: boolean): TypeSlots {
  const merged: Record<string, unknown> = {};
  if (base !== undefined) Object.assign(merged, base);
  // A static type directly under object that has no `new` of its own cannot be instantiated
  // from Python (CPython 3.11's type_ready_set_new), so object's `new` is not inherited.
  if (baseIsObject) delete merged.new;
  for (const [key, value] of Object.entries(def)) {
    if (!NOT_INHERITED.has(key) && value !== undefined) merged[key] = value;
  }
  return merged as unknown as TypeSlots;
}

interface PendingType {
  addr: number;
  def: TypeDef;
}

function allocTypeObject(rt: Runtime, def: TypeDef, slots: TypeSlots, base: number, typeFlags: number): number {
  const t = rt.heap.staticAlloc(GcHead.SIZE + Tp.SIZE) + GcHead.SIZE;
  rt.i32[t >> 2] = STATIC_REFCNT;
  rt.i32[(t + Tp.BASICSIZE) >> 2] = def.basicsize;
  rt.i32[(t + Tp.ITEMSIZE) >> 2] = def.itemsize;
  rt.i32[(t + Tp.FLAGS) >> 2] = def.flags | typeFlags | TpFlag.READY | TpFlag.IMMUTABLETYPE;
  rt.i32[(t + Tp.SLOTS_INDEX) >> 2] = rt.addSlots(slots);
  rt.i32[(t + Tp.BASE) >> 2] = base;
  rt.i32[(t + Tp.DICTOFFSET) >> 2] = def.dictoffset ?? 0;
  rt.i32[(t + Tp.WEAKLISTOFFSET) >> 2] = WEAKLIST_OFFSETS[def.name] ?? 0;
  return t;
}

/** Build the object world of a fresh Runtime. */
export function bootstrap(rt: Runtime): void {
  rt.argBase = rt.heap.staticAlloc(ARG_STACK_BYTES);
  rt.argTop = rt.argBase;
  rt.argEnd = rt.argBase + ARG_STACK_BYTES;

  // 1. Type objects.
  const T: Record<string, number> = {};
  const slotsByName = new Map<string, TypeSlots>();
  const pending: PendingType[] = [];
  const make = (key: string, def: TypeDef, into: Record<string, number>) => {
    const baseName = def.base ?? (def.name === "object" ? undefined : "object");
    const base = baseName === undefined ? 0 : (T[baseName] ?? E[baseName]);
    if (baseName !== undefined && base === undefined) throw new Error(`bootstrap: base ${baseName} of ${def.name} is not created yet`);
    const slots = inheritSlots(baseName === undefined ? undefined : slotsByName.get(baseName), def, baseName === "object");
    // Subclass bits are inherited as CPython's inherit_special does.
    const inheritedBits = base === 0 ? 0 : rt.i32[(base + Tp.FLAGS) >> 2] & 0x7f000000 & ~TpFlag.TYPE_SUBCLASS;
    const addr = allocTypeObject(rt, def, slots, base, inheritedBits | (key === "type" ? TpFlag.TYPE_SUBCLASS : 0));
    into[key] = addr;
    slotsByName.set(key, slots);
    pending.push({ addr, def });
  };
  const E: Record<string, number> = {};
  for (const [key, def] of Object.entries(builtinTypeDefs)) make(key, def, T);
  for (const def of exceptionTypeDefs()) make(def.name, def, E);
  // Copies with all keys known at once: the computed-key stores above leave V8's objects in
  // dictionary mode, which would make every rt.T.int a hash lookup.
  rt.T = { ...T } as unknown as BuiltinTypes;
  rt.E = { ...E } as unknown as ExceptionTypes;
  for (const { addr } of pending) rt.i32[(addr + Ob.TYPE) >> 2] = rt.T.type;

  // 2. Singletons and static caches.
  const S = { smallInts: new Int32Array(262), latin1: new Int32Array(256), bytes1: new Int32Array(256) } as Singletons;
  rt.S = S;
  initSingletons(rt, S);
  initBools(rt);
  initSmallInts(rt);
  initEmptyTuple(rt);
  initStrings(rt);
  initBytes(rt);

  // 3. Hooks, then names, MROs and dicts.
  rt.newStr = (text) => newStr(rt, text);
  rt.jsString = (o) => strToJs(rt, o);
  rt.intern = (text) => strIntern(rt, text);
  rt.identifier = (text) => strIdentifier(rt, text);
  rt.raiseNew = makeRaiseNew(rt, (rt, item) => {
    const t = newTuple(rt, 1);
    tupleSetItem(rt, t, 0, item);
    return t;
  });
  for (const { addr, def } of pending) {
    rt.store(addr + Tp.NAME, strIdentifier(rt, def.name));
    // tp_doc (CPython: a char*): an immortal str, borrowed; type.__doc__ copies it.
    if (def.doc !== undefined) rt.store(addr + Tp.DOC, strIdentifier(rt, def.doc));
  }
  for (const { addr } of pending) rt.store(addr + Tp.MRO, buildMro(rt, addr));
  for (const { addr } of pending) {
    const base = rt.load(addr + Tp.BASE);
    const bases = newTuple(rt, base === 0 ? 0 : 1);
    if (base !== 0) {
      rt.incref(base);
      tupleSetItem(rt, bases, 0, base);
    }
    rt.store(addr + Tp.BASES, bases);
  }
  for (const { addr, def } of pending) {
    const dict = newDict(rt);
    rt.store(addr + Tp.DICT, dict);
    fillTypeDict(rt, addr, def, dict);
    // CPython's slotdefs: `__add__`, `__len__`, ... wrappers for the slots the type defines.
    addSlotWrappers(rt, addr, dict, def.doc);
  }

  // 4. The MemoryError raised when the heap is full: made now, while there is memory.
  rt.incref(rt.S.emptyTuple);
  S.memoryError = newExceptionWithArgs(rt, rt.E.MemoryError, rt.S.emptyTuple);
}

/** (type, base, base's base, ..., object) as a new tuple. */
function buildMro(rt: Runtime, type: number): number {
  const chain: number[] = [];
  for (let t = type; t !== 0; t = rt.load(t + Tp.BASE)) chain.push(t);
  const mro = newTuple(rt, chain.length);
  chain.forEach((t, i) => {
    rt.incref(t);
    tupleSetItem(rt, mro, i, t);
  });
  return mro;
}

/**
 * Release everything bootstrap put in the heap. The VM must already have released modules,
 * frames and its own references.
 */
export function shutdownObjects(rt: Runtime): void {
  rt.setException(0);
  clearMethodCache(rt);
  rt.decref(rt.S.memoryError);
  const types = [...Object.values(rt.T), ...Object.values(rt.E)];
  // Dicts first: they hold descriptors that point back at their types.
  for (const t of types) {
    const dict = rt.load(t + Tp.DICT);
    rt.store(t + Tp.DICT, 0);
    rt.xdecref(dict);
  }
  // Their subclass records (dicts of ints) outlive the classes, which are all freed by now.
  for (const t of types) releaseSubclasses(rt, t);
  for (const t of types) {
    for (const field of [Tp.MRO, Tp.BASES] as const) {
      const v = rt.load(t + field);
      rt.store(t + field, 0);
      rt.xdecref(v);
    }
  }
  releaseKeywordTuples(rt);
  // (The running thread's state dict, as PyThreadState_Clear drops it; others went with their threads.)
  if (rt.ts.dict !== 0) {
    const d = rt.ts.dict;
    rt.ts.dict = 0;
    rt.decref(d);
  }
  clearAllFreeLists(rt);
  releaseIdentifiers(rt);
}
