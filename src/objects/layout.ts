/**
 * The byte layout every object shares, as 64-bit CPython 3.11 lays it out.
 *
 *            GC types only                 every object               variable-size objects
 *   ┌────────────┬────────────┐ ┌────────────┬────────────┐ ┌────────────┐
 *   │  gc_next   │  gc_prev   │ │ ob_refcnt  │  ob_type   │ │  ob_size   │ payload ...
 *   └────────────┴────────────┘ └────────────┴────────────┘ └────────────┘
 *   obj-16        obj-8          obj+0        obj+8          obj+16
 *
 * An object *is* its address (`obj`), a plain number. A word is 8 bytes; glasspy's address
 * space is below 2^31, so a pointer word keeps the address in its low 32 bits and zero in the
 * high ones, and `i32[(obj + OFFSET) >> 2]` reads it. Reference counts are kept the same way.
 * Instances of ordinary classes carry two more words before the GC head (the managed-dict
 * pre-header of 3.11): the values pointer at obj-32 and the dict pointer at obj-24.
 */

/** Size of one pointer-sized field. */
export const WORD = 8;

/** Offsets from an object's address. */
export const enum Ob {
  REFCNT = 0,
  TYPE = 8,
  /** PyVarObject only: item count (sign carries the sign of an int). */
  SIZE = 16,
  /** sizeof(PyObject). */
  HEAD_SIZE = 16,
  /** sizeof(PyVarObject). */
  VAR_HEAD_SIZE = 24,
}

/** The GC header sits before the object; offsets are negative. */
export const enum GcHead {
  SIZE = 16,
  NEXT = -16,
  PREV = -8,
}

/** The managed-dict pre-header of instances of ordinary classes (before the GC header). */
export const enum ManagedDict {
  SIZE = 16,
  VALUES = -32,
  DICT = -24,
}

/**
 * PyTypeObject field offsets (64-bit CPython 3.11). glasspy keeps its own data in the words
 * whose C meaning is a function pointer: behaviour lives in TypeScript, in the slot table the
 * type's `SLOTS_INDEX` word names (it occupies tp_dealloc's word).
 */
export const enum Tp {
  NAME = 24, // a str object (CPython: char*); the qualified name used in messages
  BASICSIZE = 32,
  ITEMSIZE = 40,
  SLOTS_INDEX = 48, // glasspy: index into Runtime.types
  FLAGS = 168,
  DOC = 176,
  WEAKLISTOFFSET = 208,
  BASE = 256,
  DICT = 264,
  DICTOFFSET = 288,
  BASES = 336,
  MRO = 344,
  SUBCLASSES = 360,
  VERSION_TAG = 384,
  /** sizeof(PyTypeObject): getsizeof(int) == 408 + 16. */
  SIZE = 408,
  /**
   * PyHeapTypeObject fields, after the PyTypeObject and the number, mapping, sequence, async
   * and buffer method tables (440 bytes that glasspy leaves zero: its slots are in TypeSlots).
   */
  HT_NAME = 848,
  /** The tuple of `__slots__` names (mangled, sorted, without `__dict__`/`__weakref__`), or 0. */
  HT_SLOTS = 856,
  HT_QUALNAME = 864,
  HT_CACHED_KEYS = 872,
  /**
   * glasspy: the `__module__` str the class was created with (CPython's word here is the
   * module object of PyType_FromModuleAndSpec); reprs and tracebacks read it.
   */
  HT_MODULE = 880,
  /** sizeof(PyHeapTypeObject). A class's PyMemberDef array (one per `__slots__` name) follows. */
  HEAP_SIZE = 904,
}

/** PyMemberDef (40 bytes: type.__itemsize__), one per `__slots__` name after a heap type. */
export const enum MemberDef {
  /** The name: glasspy keeps the str object here (CPython: char*); owned by HT_SLOTS. */
  NAME = 0,
  TYPE = 8,
  OFFSET = 16,
  FLAGS = 24,
  DOC = 32,
  SIZE = 40,
  /** T_OBJECT_EX: an object slot that raises AttributeError when empty. */
  T_OBJECT_EX = 16,
}

/** tp_flags bits, CPython's values. */
export const enum TpFlag {
  MANAGED_DICT = 1 << 4,
  SEQUENCE = 1 << 5,
  MAPPING = 1 << 6,
  IMMUTABLETYPE = 1 << 8,
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  HAVE_VECTORCALL = 1 << 11,
  READY = 1 << 12,
  HAVE_GC = 1 << 14,
  /** The class has abstract methods (`__abstractmethods__` is non-empty): no instances. */
  IS_ABSTRACT = 1 << 20,
  /** A class pattern `cls(x)` of this type matches the subject itself (int, str, list...). */
  MATCH_SELF = 1 << 22,
  METHOD_DESCRIPTOR = 1 << 17,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = 1 << 31,
}

/** CPython 3.11 starts static singletons at this count (not immortal yet, but never freed). */
export const STATIC_REFCNT = 999_999_999;

/**
 * PyMemoryViewObject (64-bit CPython 3.11): the view's fields glasspy uses, at CPython's
 * offsets. A one-dimensional view of bytes or a bytearray: `BUF` is the address of item 0,
 * `LEN` the item count, `STRIDE` the distance between items (slices with a step).
 */
export const enum MemView {
  /** The exported object (view.obj): a strong reference, 0 once released. */
  OBJ = 64,
  HASH = 32,
  /** Bit 0: released. */
  FLAGS = 40,
  BUF = 56,
  LEN = 72,
  READONLY = 88,
  STRIDE = 104,
  WEAKLIST = 136,
  /** sizeof(PyMemoryViewObject) without its shape/strides/suboffsets array. */
  BASIC_SIZE = 144,
  RELEASED = 1,
}
