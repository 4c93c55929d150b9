/**
 * How a type's behaviour is declared: its slot table.
 *
 * A type object lives in the heap (CPython's PyTypeObject layout, see layout.ts); what CPython
 * keeps there as C function pointers, glasspy keeps here, in a `TypeSlots` record that the type
 * object names by index (`Tp.SLOTS_INDEX`). Builtin types declare a `TypeDef` (slots plus
 * name, sizes, flags, base and method table) in their own file under src/objects/; user classes
 * get a `TypeSlots` made at class creation whose slots call the dunder methods
 * (heap-type-slots.ts).
 *
 * Calling conventions, for every slot and native function:
 * - the first parameter is the Runtime; objects are addresses (numbers);
 * - arguments are borrowed references; a returned object is a new reference;
 * - a Python exception is raised with `throw rt.raise(...)` (see errors.ts), never by a return
 *   value — except where a slot says "0 when ..." (end of iteration, attribute missing), which
 *   keeps throwing off the hot paths.
 */
import type { Runtime } from "./runtime.js";

/**
 * A native function in vectorcall form: `args` is the byte address of `nargs + len(kwnames)`
 * pointer words in the heap (positional arguments, then the keyword values), `kwnames` a tuple
 * of str or 0. `self` is the bound object for methods, the module for module functions, or 0.
 * Returns a new reference.
 */
export type NativeFunction = (rt: Runtime, self: number, args: number, nargs: number, kwnames: number) => number;

export interface MethodDef {
  readonly name: string;
  readonly fn: NativeFunction;
  /** Bound to the class, not the instance (classmethod), e.g. dict.fromkeys, int.from_bytes. */
  readonly classMethod?: boolean;
  /** Not bound at all (staticmethod), e.g. str.maketrans. */
  readonly staticMethod?: boolean;
  /**
   * CPython 3.11 takes this function's arguments as a tuple and its keywords as a dict
   * (METH_VARARGS): its calls make them, as CPython's do (call-transients.ts).
   */
  readonly packsArgs?: boolean;
  readonly doc?: string;
}

export interface GetSetDef {
  readonly name: string;
  /** Returns a new reference. */
  readonly get: (rt: Runtime, self: number) => number;
  /** `value` 0 means delete. Absent: the attribute is read-only. */
  readonly set?: (rt: Runtime, self: number, value: number) => void;
  readonly doc?: string;
}

/** A binary number slot: returns a new reference, or a new reference to NotImplemented. */
export type BinarySlot = (rt: Runtime, a: number, b: number) => number;
export type UnarySlot = (rt: Runtime, o: number) => number;

/**
 * CPython's sq_concat, sq_repeat and their in-place forms, for classes (see `TypeSlots.sequence`).
 * A repetition slot accepts the count on either side.
 */
export interface SequenceSlots {
  readonly concat?: BinarySlot;
  readonly repeat?: BinarySlot;
  readonly inplaceConcat?: BinarySlot;
  readonly inplaceRepeat?: BinarySlot;
}

export interface TypeSlots {
  /** Releases what `o` holds and frees its block. Required. Called with refcount 0. */
  dealloc(rt: Runtime, o: number): void;
  repr?(rt: Runtime, o: number): number;
  str?(rt: Runtime, o: number): number;
  /** CPython's hash as a JS number (a safe integer); never -1. */
  hash?(rt: Runtime, o: number): number;
  /** Marks the type unhashable (CPython's PyObject_HashNotImplemented). */
  unhashable?: boolean;
  /** Returns a new reference (often to NotImplemented). `op` is a CompareOp. */
  richcompare?(rt: Runtime, a: number, b: number, op: number): number;
  /** Returns a new reference, or 0 when the attribute does not exist (no exception set). */
  getattro?(rt: Runtime, o: number, name: number): number;
  /** `value` 0 deletes. */
  setattro?(rt: Runtime, o: number, name: number, value: number): void;
  call?(rt: Runtime, callable: number, args: number, nargs: number, kwnames: number): number;
  iter?(rt: Runtime, o: number): number;
  /** Returns a new reference, or 0 when exhausted (no StopIteration is raised). */
  iternext?(rt: Runtime, o: number): number;
  descrGet?(rt: Runtime, descr: number, obj: number, type: number): number;
  descrSet?(rt: Runtime, descr: number, obj: number, value: number): void;
  /** `type.__call__` splits into new + init; `cls` is the type being instantiated. */
  new?(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number;
  init?(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): void;

  /** Binary number slots indexed by BinaryOp (0..12, the non-inplace forms). */
  nb?: readonly (BinarySlot | undefined)[];
  /** In-place forms indexed by BinaryOp - INPLACE_OFFSET; fall back to `nb`. */
  nbInplace?: readonly (BinarySlot | undefined)[];
  /**
   * Classes only: the concatenation and repetition of the builtin container they derive from,
   * kept apart from `nb` (whose ADD and MULTIPLY may call Python dunders), and gone when the
   * class defines `__add__` / `__mul__` / `__iadd__` / `__imul__` itself, as in CPython. A
   * builtin container keeps these in `nb` / `nbInplace` instead (abstract.ts tells them apart).
   */
  sequence?: SequenceSlots;
  /** pow(a, b, mod) with a non-None modulus. */
  nbTernaryPow?(rt: Runtime, a: number, b: number, mod: number): number;
  negative?: UnarySlot;
  positive?: UnarySlot;
  invert?: UnarySlot;
  absolute?: UnarySlot;
  bool?(rt: Runtime, o: number): boolean;
  /** __int__ / __float__ / __index__: new references. */
  int?: UnarySlot;
  float?: UnarySlot;
  index?: UnarySlot;

  length?(rt: Runtime, o: number): number;
  /** o[key]: new reference. */
  subscript?(rt: Runtime, o: number, key: number): number;
  /** o[key] = value; value 0 deletes. */
  assSubscript?(rt: Runtime, o: number, key: number, value: number): void;
  contains?(rt: Runtime, o: number, value: number): boolean;

  /**
   * CPython's tp_finalize: a class's `__del__`. The instance's dealloc calls it once, before
   * releasing anything, with `o` kept alive (refcount raised) while it runs; `__del__` may
   * resurrect `o`. Never raises: an exception is reported through rt.writeUnraisable.
   */
  finalize?(rt: Runtime, o: number): void;

  /** Cycle collector: call `visit` on every object reference `o` owns. */
  traverse?(rt: Runtime, o: number, visit: (child: number) => void): void;
  /** Cycle collector: drop the references `o` owns that may form cycles. */
  clear?(rt: Runtime, o: number): void;
  /** __sizeof__ in bytes (without the GC and managed-dict pre-headers). Default: basicsize + |ob_size| * itemsize. */
  sizeof?(rt: Runtime, o: number): number;
}

export interface TypeDef extends TypeSlots {
  /** tp_name: "int", "builtin_function_or_method", "collections.deque". */
  readonly name: string;
  readonly basicsize: number;
  readonly itemsize: number;
  /** TpFlag bits. */
  readonly flags: number;
  /** The base type's TypeDef name; undefined means `object` (and for `object` itself, none). */
  readonly base?: string;
  /** tp_dictoffset: where the instance `__dict__` pointer lives (0: no instance dict). */
  readonly dictoffset?: number;
  readonly methods?: readonly MethodDef[];
  readonly getset?: readonly GetSetDef[];
  readonly doc?: string;
}
