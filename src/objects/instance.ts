/**
 * Instances of classes: what the class statement adds to its base's instances, and how it is
 * released (CPython's subtype_dealloc, subtype_traverse, subtype_clear and the `__dict__` /
 * `__weakref__` getsets of typeobject.c).
 *
 * A class's instance is its solid base's layout plus what the class added (type-layout.ts):
 * one word per `__slots__` name, a `__weakref__` word, and a `__dict__` — in the managed-dict
 * pre-header (obj-24) or, for subclasses of variable-size builtins, in a word after the items.
 * Every instance owns a reference to its class (Runtime.allocObject takes it, freeObject drops
 * it), so a class outlives its instances.
 *
 * Releasing an instance, in CPython's order:
 *   1. `__del__` (the finalize slot), at most once per object (PEP 442: the finalized bit in
 *      gc_prev); the object is kept alive meanwhile and stays alive if `__del__` resurrected it;
 *   1b. its weak references are cleared and their callbacks run (weakref.ts);
 *   2. the slot words of every class between the type and its nearest builtin ancestor;
 *   3. the instance dict, if a class added it (a builtin ancestor with its own dict, like
 *      BaseException, releases that one itself), or the inline values that stand for it
 *      (instance-dict.ts);
 *   4. the builtin ancestor's dealloc, which releases the builtin part, frees the block
 *      (pre-headers included, by the class's flags) and drops the reference to the class.
 */
import type { Runtime } from "./runtime.js";
import type { GetSetDef, TypeSlots } from "./typedef.js";
import { GcHead, ManagedDict, MemberDef, Ob, Tp, TpFlag } from "./layout.js";
import { newDict, isDict } from "./dict.js";
import { instanceDictPtr, instanceDictSlot } from "./object.js";
import { clearInstanceValues, freeInstanceValues, materializeInstanceDict, visitInstanceValues } from "./instance-dict.js";
import { clearWeakrefs, weakrefListHead } from "./weakref.js";

/** The nearest ancestor of `type` that is not a class (its dealloc releases the builtin part). */
export function builtinBase(rt: Runtime, type: number): number {
  let t = type;
  while (rt.typeFlags(t) & TpFlag.HEAPTYPE) t = rt.load(t + Tp.BASE);
  return t;
}

/** InstanceShape.dictWord of a class that added a dict after the items of a variable-size base. */
const DICT_AFTER_ITEMS = 1;

/**
 * What traversing, clearing and releasing an instance of one class needs, worked out once per
 * class: a class's layout (its base, `__slots__` words, dict and weak-reference words) never
 * changes after type.__new__. Held by Runtime.instanceShapes under the class's slot-table
 * index, which Runtime.removeSlots forgets when the class is freed.
 */
export class InstanceShape {
  constructor(
    /** Byte offsets of the `__slots__` words of the class, then of each class ancestor's. */
    readonly slotOffsets: Int32Array,
    /** The class's instances have the managed-dict pre-header (inline values, obj-24 dict). */
    readonly managedDict: boolean,
    /**
     * Where the dict a class (not a builtin ancestor) added lives: 0 for none, a byte offset
     * from the object (ManagedDict.DICT included), or DICT_AFTER_ITEMS (instanceDictSlot).
     */
    readonly dictWord: number,
    /** A class added the weak-reference list word (a builtin ancestor's own list is its dealloc's). */
    readonly clearsWeakrefs: boolean,
    /** The nearest builtin ancestor and its slot table, which release the builtin part. */
    readonly builtinBase: number,
    readonly baseSlots: TypeSlots,
  ) {
    this.slotsOnly = !managedDict && dictWord === 0 && baseSlots.traverse === undefined;
  }

  /**
   * Traversing an instance visits its `__slots__` words and its class, nothing else (no dict,
   * no builtin part with references of its own).
   */
  readonly slotsOnly: boolean;
}

function makeInstanceShape(rt: Runtime, type: number, index: number): InstanceShape {
  const i32 = rt.i32;
  const offsets: number[] = [];
  for (let t = type; rt.typeFlags(t) & TpFlag.HEAPTYPE; t = rt.load(t + Tp.BASE)) {
    const n = i32[(t + Ob.SIZE) >> 2];
    for (let i = 0; i < n; i++) offsets.push(i32[(t + Tp.HEAP_SIZE + i * MemberDef.SIZE + MemberDef.OFFSET) >> 2]);
  }
  const base = builtinBase(rt, type);
  const managedDict = (rt.typeFlags(type) & TpFlag.MANAGED_DICT) !== 0;
  const dictoffset = i32[(type + Tp.DICTOFFSET) >> 2];
  let dictWord = 0;
  if (managedDict) dictWord = ManagedDict.DICT;
  else if (dictoffset !== 0 && i32[(base + Tp.DICTOFFSET) >> 2] === 0) dictWord = dictoffset > 0 ? dictoffset : DICT_AFTER_ITEMS;
  const clearsWeakrefs = i32[(type + Tp.WEAKLISTOFFSET) >> 2] !== 0 && i32[(base + Tp.WEAKLISTOFFSET) >> 2] === 0;
  const shape = new InstanceShape(Int32Array.from(offsets), managedDict, dictWord, clearsWeakrefs, base, rt.typeSlots(base));
  rt.instanceShapes[index] = shape;
  return shape;
}

/** The InstanceShape of class `type` (a heap type). */
export function instanceShape(rt: Runtime, type: number): InstanceShape {
  const index = rt.i32[(type + Tp.SLOTS_INDEX) >> 2];
  return rt.instanceShapes[index] ?? makeInstanceShape(rt, type, index);
}

/** The word holding o's instance dict when a class (not a builtin ancestor) added it, else 0. */
function addedDictSlot(rt: Runtime, o: number, shape: InstanceShape): number {
  const word = shape.dictWord;
  if (word === 0) return 0;
  return word === DICT_AFTER_ITEMS ? instanceDictSlot(rt, o) : o + word;
}

function clearWord(rt: Runtime, address: number): void {
  const i32 = rt.i32;
  const v = i32[address >> 2];
  if (v !== 0) {
    i32[address >> 2] = 0;
    i32[(address + 4) >> 2] = 0;
    rt.decref(v);
  }
}

/**
 * Run `__del__` once. Returns true when the object was resurrected (something kept a
 * reference), in which case it must not be freed: it is tracked again, as it was alive.
 */
function finalizeFromDealloc(rt: Runtime, o: number, finalize: NonNullable<TypeSlots["finalize"]>): boolean {
  const gc = (rt.typeFlags(rt.typeOf(o)) & TpFlag.HAVE_GC) !== 0;
  if (gc && rt.gcIsFinalized(o)) return false;
  rt.i32[o >> 2] = 1;
  if (gc) rt.gcSetFinalized(o);
  finalize(rt, o);
  const left = --rt.i32[o >> 2];
  if (left === 0) return false;
  if (gc && rt.i32[(o + GcHead.NEXT) >> 2] === 0) rt.gcTrack(o);
  return true;
}

/** subtype_dealloc: the dealloc slot of every class. */
export function subtypeDealloc(rt: Runtime, o: number): void {
  const type = rt.typeOf(o);
  const finalize = rt.typeSlots(type).finalize;
  if (finalize !== undefined && finalizeFromDealloc(rt, o, finalize)) return;
  const shape = instanceShape(rt, type);
  // Weak references die (and their callbacks run) before slots and dict are released, when a
  // class added the list word; a builtin ancestor with its own list clears it in its dealloc.
  // (Most instances never had a weak reference: their list word is 0, and the call is skipped.)
  if (shape.clearsWeakrefs && rt.i32[(o + rt.i32[(type + Tp.WEAKLISTOFFSET) >> 2]) >> 2] !== 0) clearWeakrefs(rt, o);
  const offsets = shape.slotOffsets;
  for (let i = 0; i < offsets.length; i++) clearWord(rt, o + offsets[i]);
  const dictSlot = addedDictSlot(rt, o, shape);
  if (dictSlot !== 0) clearWord(rt, dictSlot);
  if (shape.managedDict) freeInstanceValues(rt, o);
  shape.baseSlots.dealloc(rt, o);
}

/**
 * subtype_traverse, in CPython's order (gc.get_referents shows it): slots, inline values, the
 * dict, the class (instances own a reference to it), then the builtin part.
 */
export function subtypeTraverse(rt: Runtime, o: number, visit: (child: number) => void): void {
  const i32 = rt.i32;
  const type = i32[(o + Ob.TYPE) >> 2];
  const shape = instanceShape(rt, type);
  const offsets = shape.slotOffsets;
  for (let i = 0; i < offsets.length; i++) {
    const v = i32[(o + offsets[i]) >> 2];
    if (v !== 0) visit(v);
  }
  if (shape.managedDict) visitInstanceValues(rt, o, visit);
  const dictSlot = addedDictSlot(rt, o, shape);
  if (dictSlot !== 0) {
    const dict = i32[dictSlot >> 2];
    if (dict !== 0) visit(dict);
  }
  visit(type);
  const baseTraverse = shape.baseSlots.traverse;
  if (baseTraverse !== undefined) baseTraverse(rt, o, visit);
}

/** subtype_clear: drop slots and the dict, then the builtin part's references. */
export function subtypeClear(rt: Runtime, o: number): void {
  const shape = instanceShape(rt, rt.typeOf(o));
  const offsets = shape.slotOffsets;
  for (let i = 0; i < offsets.length; i++) clearWord(rt, o + offsets[i]);
  if (shape.managedDict) clearInstanceValues(rt, o);
  const dictSlot = addedDictSlot(rt, o, shape);
  if (dictSlot !== 0) clearWord(rt, dictSlot);
  shape.baseSlots.clear?.(rt, o);
}

/** The lifecycle functions every class's slot table gets. */
export const instanceLifecycle = { dealloc: subtypeDealloc, traverse: subtypeTraverse, clear: subtypeClear };

// ── the __dict__ and __weakref__ attributes a class adds ─────────────────────────────────

/**
 * `obj.__dict__` (subtype_dict, PyObject_GenericGetDict): the instance dict, made on first
 * use: from the inline values (a split dict) when the instance has them, else empty. New reference.
 */
function getInstanceDict(rt: Runtime, o: number): number {
  if (rt.typeFlags(rt.typeOf(o)) & TpFlag.MANAGED_DICT) materializeInstanceDict(rt, o);
  const slot = instanceDictSlot(rt, o);
  if (slot === 0) throw rt.raise(rt.E.AttributeError, "This object has no __dict__");
  let dict = rt.load(slot);
  if (dict === 0) {
    dict = newDict(rt);
    rt.store(slot, dict);
  }
  rt.incref(dict);
  return dict;
}

/**
 * `obj.__dict__ = d` / `del obj.__dict__` (subtype_setdict): inline values first become the
 * dict being replaced; after a delete the next attribute store makes a new dict.
 */
function setInstanceDict(rt: Runtime, o: number, value: number): void {
  const slot = instanceDictPtr(rt, o);
  if (slot === 0) throw rt.raise(rt.E.AttributeError, "This object has no __dict__");
  if (value !== 0 && !isDict(rt, value)) {
    throw rt.raise(rt.E.TypeError, `__dict__ must be set to a dictionary, not a '${rt.typeName(value)}'`);
  }
  if (value !== 0) rt.incref(value);
  const old = rt.load(slot);
  rt.store(slot, value);
  if (old !== 0) rt.decref(old);
}

export const instanceDictGetSet: GetSetDef = {
  name: "__dict__",
  get: getInstanceDict,
  set: setInstanceDict,
  doc: "dictionary for instance variables (if defined)",
};

/** `obj.__weakref__`: the first weak reference to obj (weakref.ts), or None. */
export const instanceWeakrefGetSet: GetSetDef = {
  name: "__weakref__",
  get: (rt, o) => {
    const head = weakrefListHead(rt, o);
    const r = head === 0 ? rt.S.None : head;
    rt.incref(r);
    return r;
  },
  doc: "list of weak references to the object (if defined)",
};
