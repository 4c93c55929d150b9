/**
 * Slot wrappers: a builtin type's slots as dunder methods in its `__dict__` (CPython's
 * `slotdefs` in typeobject.c).
 *
 * A builtin type's behaviour is its slot table (typedef.ts): `a + b` calls `nb[ADD]`, `len(x)`
 * calls `length`. Python code can also name that behaviour — `(1).__add__(2)`,
 * `int.__add__(3, 4)`, `"ab".__len__()` — so every type's dict holds, for each slot the type
 * defines, a `wrapper_descriptor` (wrapper-types.ts) under the dunder name.
 *
 * `slotDefs` below is the one table saying which dunder wraps which slot and how a Python
 * call becomes a slot call: one row per name, in CPython's order (which is the order the
 * names appear in a type's dict). A row is
 *
 *   name       "__add__"
 *   signature  "($self, value, /)" and doc "Return self+value." (`__text_signature__`, `__doc__`)
 *   slot       reads the wrapped function from a slot table: (s) => s.nb?.[BinaryOp.ADD]
 *   wrapper    checks the Python arguments and calls that function: (self, other) => fn(self, other)
 *   family     NUMBER or SEQUENCE for the rows of `+`, `*`, `+=`, `*=`, whose meaning differs
 *              between numbers and containers (below), else ANY
 *
 * `addSlotWrappers` (called by bootstrap for every builtin type, after the method table) walks
 * the table. As in CPython, a type gets a wrapper only for a slot it defines itself: glasspy's
 * slot tables are merged with the base's at bootstrap, so "defines itself" means "differs from
 * the base's". A name already in the dict (an explicit MethodDef) is left alone. An unhashable
 * type gets `__hash__ = None`, and a type with its own `new` gets a `__new__` builtin that runs
 * CPython's `tp_new_wrapper` checks.
 *
 * Numbers and containers. CPython has separate slots for `a + b` on numbers (nb_add) and on
 * sequences (sq_concat, sq_repeat); glasspy keeps both in `nb`. A container (a type with a
 * `length` slot) that defines `+` or `*` gets the sequence rows: `__add__` without `__radd__`
 * (concatenation has no reflected form), and `__mul__`, `__rmul__`, `__imul__` that turn their
 * argument into an index first (`[1].__mul__("a")` is a TypeError, not NotImplemented).
 *
 * The wrappers themselves — argument checks, operand swapping, turning a slot's JS result into
 * an object — are in slot-calls.ts; the descriptor objects in wrapper-types.ts.
 */
import type { Runtime } from "./runtime.js";
import type { TypeSlots, UnarySlot } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { dictContains, dictSetItem } from "./dict.js";
import { newBuiltinFunction } from "./native-function.js";
import { newWrapperDescriptor } from "./wrapper-types.js";
import {
  type SlotFunction, type Wrapper, hashNotImplemented, hashSlot, none, objectInit, objectStr,
  tpNewDef, wrapBinary, wrapBinaryReflected, wrapCall, wrapContains, wrapDelattr, wrapDelitem, wrapDescrDelete, wrapDescrGet,
  wrapDescrSet, wrapGetattr, wrapHash, wrapIndexArg, wrapInit, wrapInquiry, wrapLength, wrapNext, wrapPower, wrapPowerReflected,
  wrapRichcompare, wrapSetattr, wrapSetitem, wrapUnary,
} from "./slot-calls.js";

export const enum SlotFamily {
  ANY,
  /** Only for types without a `length` slot: numbers. */
  NUMBER,
  /** Only for types with a `length` slot: containers (CPython's sq_* rows). */
  SEQUENCE,
}

export interface SlotDef {
  readonly name: string;
  readonly signature: string;
  readonly doc: string;
  /** The function this row wraps in slot table `s`, or undefined when the type lacks it. */
  readonly slot: (s: TypeSlots) => SlotFunction | undefined;
  readonly wrapper: Wrapper<SlotFunction>;
  /** Keyword arguments are passed to the wrapper (`__call__`, `__init__`); else a TypeError. */
  readonly keywords: boolean;
  readonly family: SlotFamily;
  /** What `object` has where glasspy's object leaves the slot to the protocol's fallback. */
  readonly rootDefault?: SlotFunction;
  /**
   * CPython's builtin types name this slot in their own type object even when it is object's
   * (tp_getattro = PyObject_GenericGetAttr), so every static type directly under `object` lists it.
   */
  readonly declaredByStaticTypes?: boolean;
}

interface RowOptions {
  keywords?: boolean;
  family?: SlotFamily;
  rootDefault?: SlotFunction;
  declaredByStaticTypes?: boolean;
}

/**
 * One row. `slot` and `wrapper` agree on the function type F; the table stores them erased,
 * and `wrapper` is only ever given what `slot` returned for the same row.
 */
function row<F extends SlotFunction>(
  name: string,
  signature: string,
  doc: string,
  slot: (s: TypeSlots) => F | undefined,
  wrapper: Wrapper<F>,
  options: RowOptions = {},
): SlotDef {
  return {
    name,
    signature,
    doc,
    slot,
    wrapper: wrapper as Wrapper<SlotFunction>,
    keywords: options.keywords ?? false,
    family: options.family ?? SlotFamily.ANY,
    rootDefault: options.rootDefault,
    declaredByStaticTypes: options.declaredByStaticTypes,
  };
}

// ── the table ───────────────────────────────────────────────────────────────────────────

const SELF = "($self, /)";
const SELF_VALUE = "($self, value, /)";
const SELF_KEY = "($self, key, /)";
const SELF_ARGS = "($self, /, *args, **kwargs)";

const nbSlot = (op: BinaryOp) => (s: TypeSlots) => s.nb?.[op];
const nbInplaceSlot = (op: BinaryOp) => (s: TypeSlots) => s.nbInplace?.[op];

/** `__add__` and `__radd__` for a number operator (BINSLOT and RBINSLOT). */
function binary(stem: string, op: BinaryOp, symbol: string, family = SlotFamily.ANY): SlotDef[] {
  return [
    row(`__${stem}__`, SELF_VALUE, `Return self${symbol}value.`, nbSlot(op), wrapBinary, { family }),
    row(`__r${stem}__`, SELF_VALUE, `Return value${symbol}self.`, nbSlot(op), wrapBinaryReflected, { family }),
  ];
}

/** `__iadd__` for a number operator (IBSLOT). */
function inplace(stem: string, op: BinaryOp, symbol: string, family = SlotFamily.ANY): SlotDef {
  return row(`__i${stem}__`, SELF_VALUE, `Return self${symbol}=value.`, nbInplaceSlot(op), wrapBinary, { family });
}

function unary(name: string, doc: string, slot: (s: TypeSlots) => UnarySlot | undefined): SlotDef {
  return row(name, SELF, doc, slot, wrapUnary);
}

function richcompare(name: string, symbol: string, op: CompareOp): SlotDef {
  return row(name, SELF_VALUE, `Return self${symbol}value.`, (s) => s.richcompare, wrapRichcompare(op));
}

export const slotDefs: readonly SlotDef[] = [
  unary("__repr__", "Return repr(self).", (s) => s.repr),
  row("__hash__", SELF, "Return hash(self).", hashSlot, wrapHash),
  row("__call__", SELF_ARGS, "Call self as a function.", (s) => s.call, wrapCall, { keywords: true }),
  row("__str__", SELF, "Return str(self).", (s) => s.str, wrapUnary, { rootDefault: objectStr }),
  row("__getattribute__", "($self, name, /)", "Return getattr(self, name).", (s) => s.getattro, wrapGetattr, {
    declaredByStaticTypes: true,
  }),
  row("__setattr__", "($self, name, value, /)", "Implement setattr(self, name, value).", (s) => s.setattro, wrapSetattr),
  row("__delattr__", "($self, name, /)", "Implement delattr(self, name).", (s) => s.setattro, wrapDelattr),
  richcompare("__lt__", "<", CompareOp.LT),
  richcompare("__le__", "<=", CompareOp.LE),
  richcompare("__eq__", "==", CompareOp.EQ),
  richcompare("__ne__", "!=", CompareOp.NE),
  richcompare("__gt__", ">", CompareOp.GT),
  richcompare("__ge__", ">=", CompareOp.GE),
  unary("__iter__", "Implement iter(self).", (s) => s.iter),
  row("__next__", SELF, "Implement next(self).", (s) => s.iternext, wrapNext),
  row("__get__", "($self, instance, owner=None, /)", "Return an attribute of instance, which is of type owner.", (s) => s.descrGet, wrapDescrGet),
  row("__set__", "($self, instance, value, /)", "Set an attribute of instance to value.", (s) => s.descrSet, wrapDescrSet),
  row("__delete__", "($self, instance, /)", "Delete an attribute of instance.", (s) => s.descrSet, wrapDescrDelete),
  row("__init__", SELF_ARGS, "Initialize self.  See help(type(self)) for accurate signature.", (s) => s.init, wrapInit, {
    keywords: true,
    rootDefault: objectInit,
  }),

  row("__add__", SELF_VALUE, "Return self+value.", nbSlot(BinaryOp.ADD), wrapBinary, { family: SlotFamily.NUMBER }),
  row("__radd__", SELF_VALUE, "Return value+self.", nbSlot(BinaryOp.ADD), wrapBinaryReflected, { family: SlotFamily.NUMBER }),
  ...binary("sub", BinaryOp.SUBTRACT, "-"),
  ...binary("mul", BinaryOp.MULTIPLY, "*", SlotFamily.NUMBER),
  ...binary("mod", BinaryOp.REMAINDER, "%"),
  row("__pow__", "($self, value, mod=None, /)", "Return pow(self, value, mod).", nbSlot(BinaryOp.POWER), wrapPower),
  row("__rpow__", "($self, value, mod=None, /)", "Return pow(value, self, mod).", nbSlot(BinaryOp.POWER), wrapPowerReflected),
  unary("__neg__", "-self", (s) => s.negative),
  unary("__pos__", "+self", (s) => s.positive),
  unary("__abs__", "abs(self)", (s) => s.absolute),
  row("__bool__", SELF, "True if self else False", (s) => s.bool, wrapInquiry),
  unary("__invert__", "~self", (s) => s.invert),
  ...binary("lshift", BinaryOp.LSHIFT, "<<"),
  ...binary("rshift", BinaryOp.RSHIFT, ">>"),
  ...binary("and", BinaryOp.AND, "&"),
  ...binary("xor", BinaryOp.XOR, "^"),
  ...binary("or", BinaryOp.OR, "|"),
  unary("__int__", "int(self)", (s) => s.int),
  unary("__float__", "float(self)", (s) => s.float),
  inplace("add", BinaryOp.ADD, "+", SlotFamily.NUMBER),
  inplace("sub", BinaryOp.SUBTRACT, "-"),
  inplace("mul", BinaryOp.MULTIPLY, "*", SlotFamily.NUMBER),
  inplace("mod", BinaryOp.REMAINDER, "%"),
  inplace("pow", BinaryOp.POWER, "**"),
  inplace("lshift", BinaryOp.LSHIFT, "<<"),
  inplace("rshift", BinaryOp.RSHIFT, ">>"),
  inplace("and", BinaryOp.AND, "&"),
  inplace("xor", BinaryOp.XOR, "^"),
  inplace("or", BinaryOp.OR, "|"),
  ...binary("floordiv", BinaryOp.FLOOR_DIVIDE, "//"),
  ...binary("truediv", BinaryOp.TRUE_DIVIDE, "/"),
  inplace("floordiv", BinaryOp.FLOOR_DIVIDE, "//"),
  inplace("truediv", BinaryOp.TRUE_DIVIDE, "/"),
  unary("__index__", "Return self converted to an integer, if self is suitable for use as an index into a list.", (s) => s.index),
  ...binary("matmul", BinaryOp.MATRIX_MULTIPLY, "@"),
  inplace("matmul", BinaryOp.MATRIX_MULTIPLY, "@"),

  row("__len__", SELF, "Return len(self).", (s) => s.length, wrapLength),
  row("__getitem__", SELF_KEY, "Return self[key].", (s) => s.subscript, wrapBinary),
  row("__setitem__", "($self, key, value, /)", "Set self[key] to value.", (s) => s.assSubscript, wrapSetitem),
  row("__delitem__", SELF_KEY, "Delete self[key].", (s) => s.assSubscript, wrapDelitem),

  row("__add__", SELF_VALUE, "Return self+value.", nbSlot(BinaryOp.ADD), wrapBinary, { family: SlotFamily.SEQUENCE }),
  row("__mul__", SELF_VALUE, "Return self*value.", nbSlot(BinaryOp.MULTIPLY), wrapIndexArg, { family: SlotFamily.SEQUENCE }),
  row("__rmul__", SELF_VALUE, "Return value*self.", nbSlot(BinaryOp.MULTIPLY), wrapIndexArg, { family: SlotFamily.SEQUENCE }),
  row("__contains__", SELF_KEY, "Return key in self.", (s) => s.contains, wrapContains),
  row("__iadd__", SELF_VALUE, "Implement self+=value.", nbInplaceSlot(BinaryOp.ADD), wrapBinary, { family: SlotFamily.SEQUENCE }),
  row("__imul__", SELF_VALUE, "Implement self*=value.", nbInplaceSlot(BinaryOp.MULTIPLY), wrapIndexArg, { family: SlotFamily.SEQUENCE }),
];

// ── filling a type's dict ───────────────────────────────────────────────────────────────

function familyOf(slots: TypeSlots): SlotFamily {
  return slots.length === undefined ? SlotFamily.NUMBER : SlotFamily.SEQUENCE;
}

/** dict[name] = v unless the name is there already; `v` is a new reference, released here. */
function addIfMissing(rt: Runtime, dict: number, name: number, make: () => number): void {
  if (dictContains(rt, dict, name)) return;
  const v = make();
  try {
    dictSetItem(rt, dict, name, v);
  } finally {
    rt.decref(v);
  }
}

/**
 * Add to `dict` (the `__dict__` of the builtin type `type`, borrowed) CPython's slot-derived
 * entries: a wrapper_descriptor for every `slotDefs` row whose slot `type` defines itself
 * (not inherited unchanged from its base), `__hash__ = None` when it is unhashable, a
 * `__new__` builtin when it has its own `new`, and `__doc__` (`doc`, the TypeDef's doc, or None).
 * Names already in the dict are kept: explicit methods win.
 */
export function addSlotWrappers(rt: Runtime, type: number, dict: number, doc?: string): void {
  const slots = rt.typeSlots(type);
  const base = rt.load(type + Tp.BASE);
  const baseSlots = base === 0 ? undefined : rt.typeSlots(base);
  const isStaticUnderRoot = base !== 0 && rt.load(base + Tp.BASE) === 0 && (rt.typeFlags(type) & TpFlag.HEAPTYPE) === 0;

  if (slots.new !== undefined && (baseSlots === undefined || slots.new !== baseSlots.new)) {
    addIfMissing(rt, dict, rt.identifier("__new__"), () => newBuiltinFunction(rt, tpNewDef, type, 0));
  }
  const family = familyOf(slots);
  slotDefs.forEach((def, i) => {
    if (def.family !== SlotFamily.ANY && def.family !== family) return;
    const fn = def.slot(slots) ?? (base === 0 ? def.rootDefault : undefined);
    if (fn === undefined) return;
    if (baseSlots !== undefined && def.slot(baseSlots) === fn && !(def.declaredByStaticTypes && isStaticUnderRoot)) return;
    addIfMissing(rt, dict, rt.identifier(def.name), () => (fn === hashNotImplemented ? none(rt) : newWrapperDescriptor(rt, type, i, fn)));
  });
  addIfMissing(rt, dict, rt.identifier("__doc__"), () => (doc === undefined ? none(rt) : rt.newStr(doc)));
}
