/**
 * The Runtime: one interpreter's object world.
 *
 * It owns the heap, the slot tables of every type, the static singletons and the exception
 * state, and it does reference counting. There is no global Runtime: every function that
 * touches objects takes one as its first parameter, so several interpreters can live in one
 * process. Where to start reading: `incref`/`decref`/`dealloc` below, then typedef.ts.
 *
 * Reference counting follows CPython exactly: `ob_refcnt` at offset 0, `decref` to zero calls
 * the type's dealloc at once. Deep chains (a million nested lists) are freed without deep JS
 * recursion: past Trashcan.DEPTH nested deallocs, objects are parked on `trash` and freed when
 * the outermost dealloc unwinds (CPython's trashcan).
 */
import { Heap, type HeapOptions } from "../heap/index.js";
import { defaultDebugConfig, type DebugConfig } from "../config.js";
import { GcHead, Ob, STATIC_REFCNT, Tp, TpFlag, ManagedDict } from "./layout.js";
import { InternalError, PY_RAISED, type PyRaised } from "./errors.js";
import type { TypeDef, TypeSlots } from "./typedef.js";
import type { BuiltinTypes, Singletons } from "./builtin-types.js";
import { Exc, type ExceptionTypes } from "./exceptions.js";
import type { CodeInfo } from "./code.js";
import { GcState, GcPrevFlag, PERMANENT, gcListObjects } from "./gc-state.js";
import type { InstanceShape } from "./instance.js";
import { SlotRecord } from "./slot-record.js";

/** What a released slot index holds until reused: no live object has a type naming it. */
const releasedSlots = new SlotRecord({
  dealloc() {
    throw new InternalError("dealloc through the slot table of a freed type");
  },
});

const enum Trashcan {
  /** Nested deallocs before the trashcan defers the rest. */
  DEPTH = 50,
}

/**
 * What the interpreter needs from its host: where output goes and where input comes from.
 * The CLI wires these to the process's streams; tests and the embedding API capture them.
 */
export interface HostIO {
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** One line of standard input without its newline, or null at end of input. */
  readLine(): string | null;
  /**
   * Hand what the host buffered of stdout to the system now: `sys.stdout.flush()` and
   * `print(..., flush=True)`. Absent when the host does not buffer.
   */
  flushStdout?(): void;
}

export const nullIO: HostIO = { writeStdout() {}, writeStderr() {}, readLine: () => null, flushStdout: undefined };

export interface RuntimeOptions {
  heap?: HeapOptions;
  debug?: Partial<DebugConfig>;
  io?: HostIO;
}

/** Per-thread state the object layer needs (the VM's thread object extends it). */
export interface ThreadState {
  /** The exception being raised (new reference owned here), or 0. */
  curexc: number;
  /** Python frames plus native calls that count against the recursion limit. */
  recursionDepth: number;
  /**
   * The exception being handled (`sys.exc_info()`), or 0: a reference the thread owns.
   * PUSH_EXC_INFO moves the previous one onto the value stack, POP_EXCEPT moves it back.
   */
  handled: number;
  /**
   * PyThreadState.dict: the thread's state dict (where Py_ReprEnter keeps its "Py_Repr"
   * list), made on first use; a reference the thread owns, or 0.
   */
  dict: number;
}

export class Runtime {
  readonly heap: Heap;
  /** The heap's views, copied here for the hot paths; rebindHeapViews follows a moved heap. */
  u8: Uint8Array;
  u16: Uint16Array;
  i32: Int32Array;
  u32: Uint32Array;
  f64: Float64Array;
  readonly debug: DebugConfig;
  /**
   * Debug mode (refcounts) only: every object allocated and not yet freed, for
   * sys.gettotalrefcount (refcount-total.ts); null otherwise, so the hot paths test one field.
   */
  readonly liveObjects: Set<number> | null;
  readonly io: HostIO;

  /** Slot tables; a type object's Tp.SLOTS_INDEX word indexes this array. */
  readonly slots: TypeSlots[] = [];
  /**
   * The layout of each class's instances (instance.ts), under the class's slot-table index;
   * made on first use, forgotten when the index is released.
   */
  readonly instanceShapes: (InstanceShape | undefined)[] = [];
  /** Addresses of the builtin type objects, by tp_name. Filled by bootstrap. */
  T!: BuiltinTypes;
  /** Addresses of the builtin exception types, by name (`rt.E.TypeError`). Filled by bootstrap. */
  E!: ExceptionTypes;
  /** Static singletons and caches (None, True, small ints, ...). Filled by bootstrap. */
  S!: Singletons;
  /** Interned strings: JS text -> str object. The table's references are not counted (CPython 3.11). */
  readonly interned = new Map<string, number>();

  /** The running thread. */
  ts: ThreadState = { curexc: 0, recursionDepth: 0, handled: 0, dict: 0 };
  /** sys.getrecursionlimit(). */
  recursionLimit = 1000;

  /**
   * Argument vectors for calls made from native code (`call1(rt, f, a)` etc.): a stack of
   * pointer words in the static region; `argTop` is the next free byte address.
   */
  argBase = 0;
  argTop = 0;
  argEnd = 0;

  /**
   * The cycle collector's state (gc-state.ts): every tracked GC object is linked through its
   * GC head (gc_next at -16, gc_prev at -8) into one of its generation lists; new objects go
   * to generation 0, whose count the GC allocations below keep.
   */
  readonly gc: GcState;

  /** Compiler metadata of live code objects, indexed by their co_extra word (see code.ts). */
  readonly codeInfos: (CodeInfo | undefined)[] = [];
  private readonly freeCodeInfos: number[] = [];

  /** Indexes of `slots` released by freed heap types, for reuse. */
  private readonly freeSlotIndexes: number[] = [];

  private deallocDepth = 0;
  private readonly trash: number[] = [];

  constructor(options: RuntimeOptions = {}) {
    this.debug = { ...defaultDebugConfig, ...options.debug };
    this.liveObjects = this.debug.refcounts ? new Set() : null;
    this.io = options.io ?? nullIO;
    this.heap = new Heap({ ...options.heap, debug: { ...options.heap?.debug, poisonFreed: this.debug.poisonFreed, verifyHeap: this.debug.verifyHeap } });
    this.u8 = this.heap.u8;
    this.u16 = this.heap.u16;
    this.i32 = this.heap.i32;
    this.u32 = this.heap.u32;
    this.f64 = this.heap.f64;
    this.gc = new GcState(this);
  }

  /** Take the heap's views again after Heap.rebindBuffer moved it (the start-up snapshot). */
  rebindHeapViews(): void {
    this.u8 = this.heap.u8;
    this.u16 = this.heap.u16;
    this.i32 = this.heap.i32;
    this.u32 = this.heap.u32;
    this.f64 = this.heap.f64;
  }

  // ── GC tracking ───────────────────────────────────────────────────────────────────────

  /**
   * Link a GC object into generation 0 (it must not be tracked already). gc_prev's low bits
   * are flags (CPython's _PyGC_PREV_MASK_FINALIZED in bit 0) and survive tracking.
   */
  gcTrack(o: number): void {
    const i32 = this.i32;
    const head = this.gc.heads[0];
    const last = i32[(head + GcHead.PREV) >> 2] & ~GcPrevFlag.MASK;
    i32[(o + GcHead.NEXT) >> 2] = head;
    i32[(o + GcHead.PREV) >> 2] = last | (i32[(o + GcHead.PREV) >> 2] & GcPrevFlag.FINALIZED);
    i32[(last + GcHead.NEXT) >> 2] = o;
    i32[(head + GcHead.PREV) >> 2] = o | (i32[(head + GcHead.PREV) >> 2] & GcPrevFlag.MASK);
  }

  /**
   * Unlink a GC object if it is tracked (gc_next is 0 when it is not), from whichever
   * generation (or collection list) holds it; its FINALIZED bit stays, the collector's
   * transient marks go.
   */
  gcUntrack(o: number): void {
    const i32 = this.i32;
    const next = i32[(o + GcHead.NEXT) >> 2];
    if (next === 0) return;
    const prevWord = i32[(o + GcHead.PREV) >> 2];
    const prev = prevWord & ~GcPrevFlag.MASK;
    i32[(prev + GcHead.NEXT) >> 2] = next;
    i32[(next + GcHead.PREV) >> 2] = prev | (i32[(next + GcHead.PREV) >> 2] & GcPrevFlag.MASK);
    i32[(o + GcHead.NEXT) >> 2] = 0;
    i32[(o + GcHead.NEXT + 4) >> 2] = 0;
    i32[(o + GcHead.PREV) >> 2] = prevWord & GcPrevFlag.FINALIZED;
    i32[(o + GcHead.PREV + 4) >> 2] = 0;
  }

  /** Has the object's finalizer (`__del__`) run already (PEP 442: it runs at most once)? */
  gcIsFinalized(o: number): boolean {
    return (this.i32[(o + GcHead.PREV) >> 2] & GcPrevFlag.FINALIZED) !== 0;
  }

  gcSetFinalized(o: number): void {
    this.i32[(o + GcHead.PREV) >> 2] |= GcPrevFlag.FINALIZED;
  }

  isTracked(o: number): boolean {
    return (this.typeFlags(this.typeOf(o)) & TpFlag.HAVE_GC) !== 0 && this.i32[(o + GcHead.NEXT) >> 2] !== 0;
  }

  /** The tracked objects of every generation, the permanent one included, oldest first (a snapshot). */
  trackedObjects(): number[] {
    const out: number[] = [];
    for (let g = PERMANENT; g >= 0; g--) gcListObjects(this, this.gc.heads[g], out);
    return out;
  }

  // ── reference counting ────────────────────────────────────────────────────────────────

  incref(o: number): void {
    this.i32[o >> 2]++;
  }

  decref(o: number): void {
    const i = o >> 2;
    const count = this.i32[i] - 1;
    if (count > 0) {
      this.i32[i] = count;
    } else if (count === 0) {
      this.i32[i] = 0;
      this.dealloc(o);
    } else {
      this.refcountUnderflow(o);
    }
  }

  /** decref that accepts 0 (NULL). */
  xdecref(o: number): void {
    if (o !== 0) this.decref(o);
  }

  refcount(o: number): number {
    return this.i32[o >> 2];
  }

  /** Run the type's dealloc; nested past Trashcan.DEPTH, defer to keep the JS stack shallow. */
  dealloc(o: number): void {
    const i32 = this.i32;
    const type = i32[(o + Ob.TYPE) >> 2];
    // As CPython's deallocators do first: a dying object leaves the tracked list. This comes
    // before the trashcan: a deferred object waits with a count of zero, and a collection
    // that ran meanwhile (a finalizer's allocations can start one) must not see it.
    if (i32[(type + Tp.FLAGS) >> 2] & TpFlag.HAVE_GC) this.gcUntrack(o);
    if (this.deallocDepth >= Trashcan.DEPTH) {
      this.trash.push(o);
      return;
    }
    this.deallocDepth++;
    this.slots[i32[(type + Tp.SLOTS_INDEX) >> 2]].dealloc(this, o);
    this.deallocDepth--;
    if (this.deallocDepth === 0 && this.trash.length > 0) this.emptyTrash();
  }

  private emptyTrash(): void {
    this.deallocDepth++;
    while (this.trash.length > 0) {
      // (Untracked when it was deferred.)
      const o = this.trash.pop()!;
      this.slotsOf(o).dealloc(this, o);
    }
    this.deallocDepth--;
  }

  private refcountUnderflow(o: number): never {
    throw new InternalError(`reference count underflow on object at ${o} (type ${this.typeName(o)})`);
  }

  // ── types ─────────────────────────────────────────────────────────────────────────────

  typeOf(o: number): number {
    return this.i32[(o + Ob.TYPE) >> 2];
  }

  slotsOf(o: number): TypeSlots {
    return this.slots[this.i32[(this.i32[(o + Ob.TYPE) >> 2] + Tp.SLOTS_INDEX) >> 2]];
  }

  typeSlots(type: number): TypeSlots {
    return this.slots[this.i32[(type + Tp.SLOTS_INDEX) >> 2]];
  }

  typeFlags(type: number): number {
    return this.i32[(type + Tp.FLAGS) >> 2];
  }

  /** True when `o`'s type has every bit of `flag` (the fast subclass checks use this). */
  hasFlag(o: number, flag: number): boolean {
    return (this.i32[(this.i32[(o + Ob.TYPE) >> 2] + Tp.FLAGS) >> 2] & flag) === flag;
  }

  /** tp_name of o's type, as JS text (for messages; not for hot paths). */
  typeName(o: number): string {
    return this.typeNameOf(this.typeOf(o));
  }

  /** A type's name, as JS text. Reads the str object in Tp.NAME (set during bootstrap). */
  typeNameOf(type: number): string {
    const name = this.i32[(type + Tp.NAME) >> 2];
    return name === 0 ? "?" : this.jsString(name);
  }

  /** Is `type` a subtype of `base` (walks tp_mro, or tp_base before the MRO exists)? */
  isSubtype(type: number, base: number): boolean {
    if (type === base) return true;
    const mro = this.i32[(type + Tp.MRO) >> 2];
    if (mro !== 0) {
      const n = this.i32[(mro + Ob.SIZE) >> 2];
      for (let i = 0; i < n; i++) if (this.i32[(mro + Ob.VAR_HEAD_SIZE + i * 8) >> 2] === base) return true;
      return false;
    }
    for (let t = this.i32[(type + Tp.BASE) >> 2]; t !== 0; t = this.i32[(t + Tp.BASE) >> 2]) if (t === base) return true;
    return false;
  }

  isInstance(o: number, type: number): boolean {
    return this.isSubtype(this.typeOf(o), type);
  }

  /**
   * Register a slot table; returns its index for Tp.SLOTS_INDEX (a released index is reused).
   * The table kept is a SlotRecord copy of `slots` (slot-record.ts): later changes go through
   * rt.typeSlots, never through the object passed here.
   */
  addSlots(given: TypeSlots): number {
    const slots = new SlotRecord(given);
    const i = this.freeSlotIndexes.pop();
    if (i !== undefined) {
      this.slots[i] = slots;
      return i;
    }
    this.slots.push(slots);
    return this.slots.length - 1;
  }

  /** Release the slot table of a heap type being freed: its index may name another type later. */
  removeSlots(index: number): void {
    this.slots[index] = releasedSlots;
    this.instanceShapes[index] = undefined;
    this.freeSlotIndexes.push(index);
  }

  addCodeInfo(info: CodeInfo): number {
    const i = this.freeCodeInfos.pop();
    if (i !== undefined) {
      this.codeInfos[i] = info;
      return i;
    }
    this.codeInfos.push(info);
    return this.codeInfos.length - 1;
  }

  removeCodeInfo(i: number): void {
    this.codeInfos[i] = undefined;
    this.freeCodeInfos.push(i);
  }

  // ── allocation ────────────────────────────────────────────────────────────────────────

  /** Bytes before the object's address for instances of `type`: 0, GC head, or GC head + managed dict. */
  preHeaderSize(type: number): number {
    const flags = this.typeFlags(type);
    return (flags & TpFlag.HAVE_GC ? GcHead.SIZE : 0) + (flags & TpFlag.MANAGED_DICT ? ManagedDict.SIZE : 0);
  }

  /**
   * Allocate an object of `type` with `size` bytes after its address (basicsize + items);
   * the pre-header (GC head, managed dict) is added from the type's flags and zeroed.
   * Returns a new reference: refcount 1, ob_type set (heap types are increfed, as in CPython).
   * The payload is NOT zeroed. Raises MemoryError when the heap is full.
   */
  allocObject(type: number, size: number): number {
    const i32 = this.i32;
    const flags = i32[(type + Tp.FLAGS) >> 2];
    let pre = 0;
    if (flags & TpFlag.HAVE_GC) pre = GcHead.SIZE;
    if (flags & TpFlag.MANAGED_DICT) pre += ManagedDict.SIZE;
    // A builtin base's `new` asks for its own size; a class's instance is at least the class's
    // basicsize (its __dict__, __weakref__ and __slots__ words follow the base's fields).
    // Variable-size bases size their subclasses' instances themselves.
    if (flags & TpFlag.HEAPTYPE && i32[(type + Tp.ITEMSIZE) >> 2] === 0) {
      const basicsize = i32[(type + Tp.BASICSIZE) >> 2];
      if (basicsize > size) size = basicsize;
    }
    const block = this.heap.malloc(pre + size);
    if (block === 0) throw this.noMemory();
    const o = block + pre;
    if (this.liveObjects !== null) this.liveObjects.add(o);
    // The pre-header starts empty: untracked, no flags, no managed dict or values.
    for (let p = block >> 2, end = o >> 2; p < end; p++) i32[p] = 0;
    i32[(o + Ob.REFCNT) >> 2] = 1;
    i32[(o + Ob.REFCNT + 4) >> 2] = 0;
    i32[(o + Ob.TYPE) >> 2] = type;
    i32[(o + Ob.TYPE + 4) >> 2] = 0;
    if (flags & TpFlag.HEAPTYPE) {
      i32[type >> 2]++;
      // PyType_GenericAlloc zeroes the object: a builtin base's `new` initialises only its own
      // fields, and the words a class adds (__dict__, __weakref__, __slots__) must start empty.
      for (let p = (o + Ob.HEAD_SIZE) >> 2, end = (o + size + 3) >> 2; p < end; p++) i32[p] = 0;
    }
    if (flags & TpFlag.HAVE_GC) {
      // gcTrack, inline: link at the end of generation 0 (the new object has no flags yet).
      const head = this.gc.heads[0];
      const last = i32[(head + GcHead.PREV) >> 2] & ~GcPrevFlag.MASK;
      i32[(o + GcHead.NEXT) >> 2] = head;
      i32[(o + GcHead.PREV) >> 2] = last;
      i32[(last + GcHead.NEXT) >> 2] = o;
      i32[(head + GcHead.PREV) >> 2] = o | (i32[(head + GcHead.PREV) >> 2] & GcPrevFlag.MASK);
      // _PyObject_GC_Link: count the allocation, maybe ask for a collection.
      const gc = this.gc;
      if (++gc.count0 > gc.threshold0 || gc.stressEveryAllocation) gc.allocationTrigger();
    }
    return o;
  }

  /** Free an object's block (the pre-header included). Drops the heap-type reference of its ob_type. */
  freeObject(o: number): void {
    const i32 = this.i32;
    if (this.liveObjects !== null) this.liveObjects.delete(o);
    const type = i32[(o + Ob.TYPE) >> 2];
    const flags = i32[(type + Tp.FLAGS) >> 2];
    if (flags & TpFlag.HAVE_GC) {
      this.gcUntrack(o);
      // PyObject_GC_Del: a freed GC object no longer counts toward the next collection.
      if (this.gc.count0 > 0) this.gc.count0--;
    }
    this.heap.free(o - ((flags & TpFlag.HAVE_GC ? GcHead.SIZE : 0) + (flags & TpFlag.MANAGED_DICT ? ManagedDict.SIZE : 0)));
    if (flags & TpFlag.HEAPTYPE) this.decref(type);
  }

  /**
   * Zero `words` 4-byte words from byte address p (4-aligned). Short runs, the usual case for
   * a new object's fields or a small container's items, cost less as a loop than as a call to
   * fill; long ones go to fill.
   */
  zeroWords(p: number, words: number): void {
    const i32 = this.i32;
    const from = p >> 2;
    if (words > 32) {
      i32.fill(0, from, from + words);
      return;
    }
    for (let w = from, end = from + words; w < end; w++) i32[w] = 0;
  }

  /** Memory for object-owned buffers (list items, dict tables): MemoryError instead of 0. */
  mem(size: number): number {
    const p = this.heap.malloc(size);
    if (p === 0) throw this.noMemory();
    return p;
  }

  memRealloc(p: number, size: number): number {
    const q = this.heap.realloc(p, size);
    if (q === 0) throw this.noMemory();
    return q;
  }

  /**
   * Allocate a static object (type objects, singletons) in the static region: never freed,
   * refcount starts at CPython 3.11's static value.
   */
  allocStatic(type: number, size: number, gc: boolean, refcnt = STATIC_REFCNT): number {
    const pre = gc ? GcHead.SIZE : 0;
    const o = this.heap.staticAlloc(pre + size) + pre;
    this.i32[o >> 2] = refcnt;
    this.i32[(o + Ob.TYPE) >> 2] = type;
    return o;
  }

  // ── pointer words ─────────────────────────────────────────────────────────────────────

  /** Read the pointer word at byte address p. */
  load(p: number): number {
    return this.i32[p >> 2];
  }

  /** Write the pointer word at byte address p (the high half stays zero). */
  store(p: number, v: number): void {
    this.i32[p >> 2] = v;
    this.i32[(p + 4) >> 2] = 0;
  }

  // ── exceptions ────────────────────────────────────────────────────────────────────────

  /** Create `type(message)` and make it the current exception; `throw` the result. */
  raise(type: number, message: string): PyRaised {
    return this.raiseNew(type, message);
  }

  /**
   * Make `exc` (borrowed: it is increfed) the current exception, chained to the exception
   * being handled; `throw` the result.
   */
  raiseObject(exc: number): PyRaised {
    this.incref(exc);
    this.chainContext(exc);
    this.setException(exc);
    return PY_RAISED;
  }

  /**
   * An exception raised while another is handled gets it as `__context__` (CPython's
   * _PyErr_SetObject), breaking any cycle that would make.
   */
  chainContext(exc: number): void {
    const handled = this.ts.handled;
    if (handled === 0 || handled === exc) return;
    // Cut exc out of handled's context chain so the chain stays acyclic.
    for (let o = handled; ; ) {
      const context = this.load(o + Exc.CONTEXT);
      if (context === 0) break;
      if (context === exc) {
        this.store(o + Exc.CONTEXT, 0);
        this.decref(context);
        break;
      }
      o = context;
    }
    const old = this.load(exc + Exc.CONTEXT);
    this.incref(handled);
    this.store(exc + Exc.CONTEXT, handled);
    if (old !== 0) this.decref(old);
  }

  /** Take the current exception (the caller now owns the reference); 0 if none. */
  fetchException(): number {
    const exc = this.ts.curexc;
    this.ts.curexc = 0;
    return exc;
  }

  /** Replace the current exception with `exc` (a reference the thread now owns). */
  setException(exc: number): void {
    const old = this.ts.curexc;
    this.ts.curexc = exc;
    if (old !== 0) this.decref(old);
  }

  /** True when the current exception is an instance of `type` (exception matching). */
  exceptionMatches(type: number): boolean {
    return this.ts.curexc !== 0 && this.isInstance(this.ts.curexc, type);
  }

  /** Clear the current exception if it matches `type`; returns whether it did. */
  clearIfMatches(type: number): boolean {
    if (!this.exceptionMatches(type)) return false;
    this.setException(0);
    return true;
  }

  /** Raise the preallocated MemoryError: needs no allocation. */
  noMemory(): PyRaised {
    return this.raiseObject(this.S.memoryError);
  }

  // The following are installed by bootstrap (they need the str and exception types, which
  // live above this file); declared here so every layer can call them through the Runtime.

  /** A new str from JS text (new reference). */
  newStr!: (text: string) => number;
  /** A str object's text. */
  jsString!: (str: number) => string;
  /** The interned str for `text`: a new reference (sys.intern semantics). */
  intern!: (text: string) => number;
  /**
   * A static identifier: the interned str for `text`, kept alive until close (CPython's
   * _Py_ID). A borrowed reference; the cheap way for native code to name attributes.
   */
  identifier!: (text: string) => number;
  /**
   * Resume generator `gen` (installed by the VM): push `value` (or, when `throwing`, raise the
   * current exception at the yield point) and run to the next yield. Returns the yielded value
   * (new reference), or 0 when the generator finished, its return value (new reference) then
   * left in `genReturnValue`.
   */
  genResume!: (gen: number, value: number, throwing: boolean) => number;
  genReturnValue = 0;
  /** Release a generator's suspended frame without running it (installed by the VM). */
  clearGeneratorFrame!: (gen: number) => void;
  /** The subiterator a suspended generator's `yield from` delegates to (borrowed), or 0 (installed by the VM). */
  genDelegate!: (gen: number) => number;
  /** Drop a generator's `yield from` subiterator and move past the loop (installed by the VM; see vm/gen-delegation.ts). */
  genLeaveDelegation!: (gen: number) => void;
  /** Visit what a generator's suspended frame holds, for the cycle collector (installed by the VM). */
  traverseGeneratorFrame!: (gen: number, visit: (child: number) => void) => void;
  /** A suspended or fresh generator's frame object (new reference; installed by the VM). */
  generatorFrameObject!: (gen: number) => number;
  /**
   * Report an exception that cannot propagate (raised in __del__, a finaliser, a callback):
   * prints `message` and the current exception's traceback to stderr, then clears it.
   */
  writeUnraisable!: (message: string) => void;
  /** Call a Python function object (installed by the VM); vectorcall form, new reference. */
  callPython!: (func: number, args: number, nargs: number, kwnames: number) => number;
  /**
   * Zero-argument super() (installed by the VM, src/vm/super-frame.ts): from the running Python
   * frame, `out[0]` = its `__class__` cell's content, `out[1]` = its first argument (borrowed);
   * raises CPython's RuntimeErrors ("super(): no arguments", ...). Absent without a VM.
   */
  superFrameArgs?: (out: Int32Array) => void;
  /** The globals dict of the running Python frame (borrowed), or 0 (installed by the VM). */
  currentGlobals: () => number = () => 0;
  /** Create an exception instance of `type` with one str argument, make it current. */
  raiseNew!: (type: number, message: string) => PyRaised;
}
