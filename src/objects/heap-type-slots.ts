/**
 * The slot table of a class: which TypeScript function each slot of a heap type runs
 * (CPython's slotdefs, update_one_slot and fixup_slot_dispatchers in typeobject.c).
 *
 * A builtin type's behaviour is native functions in its TypeSlots; its `__dict__` shows them
 * to Python as slot wrappers (`list.__len__`). A class says what it does with dunder methods
 * in its dict. Both meet here: for every slot, the dunders that feed it are looked up along
 * the class's MRO, and
 *
 *   nothing found                          the slot stays empty (the protocol's fallback runs);
 *   each name found is the slot wrapper    the wrapped native function itself ("specific"):
 *     of one and the same native function,   `class L(list)` keeps list's native `len`;
 *     on a type the class derives from
 *   anything else (a Python function,      the generic function that looks the dunder up on
 *     another type's wrapper, None)          the type at call time and calls it (the slot_*
 *                                            functions of heap-type-slots-object.ts and
 *                                            heap-type-slots-number.ts).
 *
 * Special cases, as in CPython: `__hash__ = None` makes the class unhashable; a `__new__`
 * that is a builtin type's own (the tp_new wrapper) keeps that type's native `new`; a class
 * with `__getattr__` gets the hook that calls it when `__getattribute__` finds nothing.
 *
 * One slot may be fed by several dunders (`nb[ADD]` by `__add__` and `__radd__`, `setattro`
 * by `__setattr__` and `__delattr__`, `richcompare` by six): each rule below lists them.
 * glasspy slots without dunders of their own follow a related rule: `unhashable` follows
 * `hash`, `nbTernaryPow` follows `nb[POWER]`; `sizeof` and the lifecycle functions come from
 * the class statement (type-new.ts) or the base.
 *
 * Containers: a class derived from list, tuple or str keeps the builtin's concatenation and
 * repetition in `sequence` (CPython's sq_concat, sq_repeat), apart from `nb[ADD]` and
 * `nb[MULTIPLY]`, which may call Python dunders; defining `__add__` (or `__mul__`, `__iadd__`,
 * `__imul__`) in Python removes the corresponding one, so `+` then means `__add__` alone.
 *
 * When the class statement or `C.__add__ = f` later changes the dict, `updateHeapTypeSlot`
 * re-runs the rules that name the attribute for the class and every subclass, mutating their
 * slot records in place (a type object names its record by index, so no one holds a stale copy).
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, SequenceSlots, TypeSlots } from "./typedef.js";
import { Tp } from "./layout.js";
import { BinaryOp } from "../compile/opcodes.js";
import { typeLookup } from "./typeobject.js";
import { wrapperDescriptorTarget } from "./wrapper-types.js";
import { Descr, builtinFunctionDef, builtinFunctionSelf } from "./native-function.js";
import { hashNotImplemented, tpNewDef, type SlotFunction } from "./slot-calls.js";
import { forEachSubclass } from "./type-subclasses.js";
import {
  slotCall, slotDescrGet, slotDescrSet, slotFinalize, slotGetattro, slotHash, slotInit, slotIter, slotIternext, slotNew,
  slotRepr, slotRichcompare, slotSetattro, slotStr,
} from "./heap-type-slots-object.js";
import {
  binaryStems, genericBinarySlots, genericInplaceSlots, slotAbsolute, slotAssSubscript, slotBool, slotContains, slotFloat,
  slotIndex, slotInt, slotInvert, slotLength, slotNegative, slotPositive, slotSubscript, slotTernaryPow,
} from "./heap-type-slots-number.js";

/** The TypeSlots members a rule may write (everything but the lifecycle and the number arrays). */
type MemberKey = Exclude<
  keyof TypeSlots,
  "dealloc" | "traverse" | "clear" | "sizeof" | "nb" | "nbInplace" | "unhashable" | "nbTernaryPow" | "sequence"
>;

/** A slot record's members as writable function fields (rules write them by key). */
type WritableSlots = { [K in MemberKey]?: SlotFunction };

/** What a found dunder stands for when it is a native slot: the function and the type it belongs to. */
interface Specific {
  readonly fn: SlotFunction;
  readonly owner: number;
}

/** How one slot is decided (CPython: the slotdefs rows sharing one slot offset). */
interface SlotRule {
  /** The dunders feeding the slot, in CPython's slotdefs order. */
  readonly names: readonly string[];
  /** What the slot runs when a dunder is a Python-level attribute (undefined: nothing, the slot is cleared). */
  readonly generic: SlotFunction | undefined;
  /** Store the decided function (undefined: the slot is empty). `owner` is the specific's type, or 0. */
  readonly write: (rt: Runtime, s: TypeSlots, fn: SlotFunction | undefined, owner: number) => void;
  /** The native function `descr` (found under `name`) stands for, when it does. */
  readonly specificOf: (rt: Runtime, descr: number, name: string) => Specific | undefined;
}

/** A slot wrapper of this very dunder: the native function it wraps. */
function wrapperSpecific(rt: Runtime, descr: number, name: string): Specific | undefined {
  const target = wrapperDescriptorTarget(rt, descr);
  if (target === undefined || target.def.name !== name) return undefined;
  return { fn: target.fn, owner: rt.load(descr + Descr.TYPE) };
}

function member(key: MemberKey, names: readonly string[], generic: SlotFunction): SlotRule {
  return {
    names,
    generic,
    write: (_rt, s, fn) => {
      (s as WritableSlots)[key] = fn;
    },
    specificOf: wrapperSpecific,
  };
}

/** The number arrays of a heap type's record are its own (makeHeapTypeSlots made them). */
function writableArray(a: readonly (BinarySlot | undefined)[] | undefined): (BinarySlot | undefined)[] {
  return a as (BinarySlot | undefined)[];
}

function binaryRule(op: BinaryOp): SlotRule {
  const stem = binaryStems[op];
  return {
    names: [`__${stem}__`, `__r${stem}__`],
    generic: genericBinarySlots[op],
    write: (rt, s, fn, owner) => {
      writableArray(s.nb)[op] = fn as BinarySlot | undefined;
      // pow(a, b, m) follows `__pow__`: the native ternary form with the native binary one.
      if (op === BinaryOp.POWER) {
        s.nbTernaryPow = fn === undefined ? undefined : fn === genericBinarySlots[op] ? slotTernaryPow : rt.typeSlots(owner).nbTernaryPow;
      }
    },
    specificOf: wrapperSpecific,
  };
}

function inplaceRule(op: BinaryOp): SlotRule {
  return {
    names: [`__i${binaryStems[op]}__`],
    generic: genericInplaceSlots[op],
    write: (_rt, s, fn) => {
      writableArray(s.nbInplace)[op] = fn as BinarySlot | undefined;
    },
    specificOf: wrapperSpecific,
  };
}

const hashRule: SlotRule = {
  names: ["__hash__"],
  generic: slotHash,
  write: (_rt, s, fn) => {
    s.hash = fn as TypeSlots["hash"];
    s.unhashable = fn === hashNotImplemented;
  },
  // `__hash__ = None`: unhashable (CPython's PyObject_HashNotImplemented), whoever said it.
  specificOf: (rt, descr, name) => (descr === rt.S.None ? { fn: hashNotImplemented, owner: rt.T.object } : wrapperSpecific(rt, descr, name)),
};

const newRule: SlotRule = {
  names: ["__new__"],
  generic: slotNew,
  write: (_rt, s, fn) => {
    s.new = fn as TypeSlots["new"];
  },
  // A builtin type's `__new__` (tp_new_wrapper bound to it) stands for that type's native new.
  specificOf: (rt, descr) => {
    if (rt.typeOf(descr) !== rt.T.builtin_function_or_method || builtinFunctionDef(rt, descr) !== tpNewDef) return undefined;
    const owner = builtinFunctionSelf(rt, descr);
    const fn = rt.typeSlots(owner).new;
    return fn === undefined ? undefined : { fn, owner };
  },
};

/** A class's sequence slots, which makeHeapTypeSlots made and owns. */
type WritableSequence = { -readonly [K in keyof SequenceSlots]: SequenceSlots[K] };

/**
 * A builtin container's concatenation or repetition (CPython's SQSLOT rows with no generic
 * function): kept while the dunders resolve to that container's own slot wrappers, cleared as
 * soon as the class (or a base class) defines one in Python — `+` then means `__add__` alone.
 */
function sequenceRule(key: keyof SequenceSlots, names: readonly string[]): SlotRule {
  return {
    names,
    generic: undefined,
    write: (_rt, s, fn) => {
      (s.sequence as WritableSequence)[key] = fn as BinarySlot | undefined;
    },
    specificOf: (rt, descr, name) => {
      const specific = wrapperSpecific(rt, descr, name);
      if (specific === undefined || rt.typeSlots(specific.owner).length === undefined) return undefined;
      return specific;
    },
  };
}

const rules: readonly SlotRule[] = [
  member("repr", ["__repr__"], slotRepr),
  hashRule,
  member("call", ["__call__"], slotCall),
  member("str", ["__str__"], slotStr),
  member("getattro", ["__getattribute__", "__getattr__"], slotGetattro),
  member("setattro", ["__setattr__", "__delattr__"], slotSetattro),
  member("richcompare", ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"], slotRichcompare),
  member("iter", ["__iter__"], slotIter),
  member("iternext", ["__next__"], slotIternext),
  member("descrGet", ["__get__"], slotDescrGet),
  member("descrSet", ["__set__", "__delete__"], slotDescrSet),
  member("init", ["__init__"], slotInit),
  newRule,
  member("finalize", ["__del__"], slotFinalize),
  ...binaryStems.map((_, op) => binaryRule(op)),
  ...binaryStems.map((_, op) => inplaceRule(op)),
  member("negative", ["__neg__"], slotNegative),
  member("positive", ["__pos__"], slotPositive),
  member("absolute", ["__abs__"], slotAbsolute),
  member("bool", ["__bool__"], slotBool),
  member("invert", ["__invert__"], slotInvert),
  member("int", ["__int__"], slotInt),
  member("float", ["__float__"], slotFloat),
  member("index", ["__index__"], slotIndex),
  member("length", ["__len__"], slotLength),
  member("subscript", ["__getitem__"], slotSubscript),
  member("assSubscript", ["__setitem__", "__delitem__"], slotAssSubscript),
  member("contains", ["__contains__"], slotContains),
  sequenceRule("concat", ["__add__"]),
  sequenceRule("repeat", ["__mul__", "__rmul__"]),
  sequenceRule("inplaceConcat", ["__iadd__"]),
  sequenceRule("inplaceRepeat", ["__imul__"]),
];

/** The rules each dunder takes part in (for updateHeapTypeSlot). */
const rulesByName = new Map<string, SlotRule[]>();
for (const rule of rules) {
  for (const name of rule.names) {
    const list = rulesByName.get(name);
    if (list === undefined) rulesByName.set(name, [rule]);
    else list.push(rule);
  }
}

/** CPython's update_one_slot: decide and store one slot of heap type `type` in `s`. */
function applyRule(rt: Runtime, type: number, s: TypeSlots, rule: SlotRule): void {
  let specific: SlotFunction | undefined;
  let owner = 0;
  let useGeneric = false;
  let found = false;
  for (const name of rule.names) {
    const descr = typeLookup(rt, type, rt.identifier(name));
    if (descr === 0) continue;
    found = true;
    const candidate = rule.specificOf(rt, descr, name);
    if (candidate !== undefined && (specific === undefined || specific === candidate.fn) && rt.isSubtype(type, candidate.owner)) {
      if (specific === undefined) owner = candidate.owner;
      specific = candidate.fn;
    } else {
      useGeneric = true;
    }
  }
  if (!found) rule.write(rt, s, undefined, 0);
  else if (specific !== undefined && !useGeneric) rule.write(rt, s, specific, owner);
  else rule.write(rt, s, rule.generic, 0);
}

/**
 * The TypeSlots of heap type `type` (its dict and MRO complete, the `__hash__ = None` that a
 * class defining `__eq__` alone gets already in its dict). `lifecycle` gives dealloc,
 * traverse and clear, and may give sizeof (else the base's). The record is new and owned by
 * the caller, who registers it with rt.addSlots.
 */
export function makeHeapTypeSlots(
  rt: Runtime,
  type: number,
  lifecycle: Pick<TypeSlots, "dealloc" | "traverse" | "clear"> & Partial<Pick<TypeSlots, "sizeof">>,
): TypeSlots {
  const base = rt.load(type + Tp.BASE);
  const s: TypeSlots = {
    dealloc: lifecycle.dealloc,
    traverse: lifecycle.traverse,
    clear: lifecycle.clear,
    sizeof: lifecycle.sizeof ?? (base === 0 ? undefined : rt.typeSlots(base).sizeof),
    nb: new Array<BinarySlot | undefined>(binaryStems.length).fill(undefined),
    nbInplace: new Array<BinarySlot | undefined>(binaryStems.length).fill(undefined),
    sequence: {},
  };
  for (const rule of rules) applyRule(rt, type, s, rule);
  return s;
}

/**
 * After the class attribute `name` (an exact str) of heap type `type` was set or deleted:
 * re-decide the slots that dunder feeds, for `type` and all its subclasses.
 */
export function updateHeapTypeSlot(rt: Runtime, type: number, name: number): void {
  const affected = rulesByName.get(rt.jsString(name));
  if (affected !== undefined) reapply(rt, type, affected);
}

/**
 * Re-decide every slot of heap type `type` and its subclasses, for a change that can move
 * any dunder (a new MRO after `__bases__` assignment). The records are updated in place.
 */
export function refreshHeapTypeSlots(rt: Runtime, type: number): void {
  reapply(rt, type, rules);
}

function reapply(rt: Runtime, type: number, which: readonly SlotRule[]): void {
  const update = (t: number): void => {
    const s = rt.typeSlots(t);
    for (const rule of which) applyRule(rt, t, s, rule);
    forEachSubclass(rt, t, update);
  };
  update(type);
}
