/**
 * `memoryview`: a view of the bytes of a bytes or bytearray object, without copying them.
 *
 * Layout as CPython 3.11's PyMemoryViewObject (layout.ts MemView): a variable-size object of
 * 144 bytes plus shape, strides and suboffsets (3 words for one dimension), so
 * `sys.getsizeof(memoryview(b""))` is 184 with the GC head. glasspy's views are
 * one-dimensional with format 'B' (what bytes and bytearray export): `BUF` is the address of
 * item 0, `LEN` the item count, `STRIDE` the step between items (a slice with a step).
 *
 * A view of a bytearray counts as one of its exports (ob_exports): while any view exists the
 * bytearray cannot be resized (BufferError), so `BUF` stays valid. `release()` (or the end of
 * a `with` block, or the view's death) gives the export back and drops the reference to the
 * exporter; every operation on a released view raises ValueError. There is no separate
 * managed-buffer object (CPython's _PyManagedBuffer): each view references the exporter itself.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { MemView, Ob, TpFlag } from "./layout.js";
import { CompareOp } from "../compile/opcodes.js";
import { ByteArray } from "./bytearray.js";
import { bufferOf, newBytesFromHeap } from "./bytes.js";
import { newInt } from "./int.js";
import { newTuple, tupleSetItem } from "./tuple.js";
import { newList, listSetItem } from "./list.js";
import { asIndex, callMethod, hash } from "./abstract.js";
import { argSpec, clinicSpec, argTypeName, parseArgs } from "./args.js";
import { noArgsMethod } from "./no-args-method.js";
import { addressText } from "./object.js";
import { sliceIndices, sliceOut } from "./slice.js";
import { newSeqIterator } from "./iterators.js";
import { clearWeakrefs } from "./weakref.js";

/** memoryview(object) */
const memoryviewSpec = argSpec("memoryview", ["object"]);
const memoryviewArgs = new Int32Array(1);
/** tobytes(order=None) */
const tobytesSpec = argSpec("tobytes", ["order="]);
const tobytesArgs = new Int32Array(1);
/** hex(sep=<unset>, bytes_per_sep=1) */
const hexSpec = clinicSpec(argSpec("hex", ["sep=", "bytes_per_sep="]));
const hexArgs = new Int32Array(2);

const scratch = new Int32Array(2);

function field(rt: Runtime, v: number, f: MemView): number {
  return rt.i32[(v + f) >> 2];
}

function setField(rt: Runtime, v: number, f: MemView, value: number): void {
  rt.i32[(v + f) >> 2] = value;
  rt.i32[(v + f + 4) >> 2] = value < 0 ? -1 : 0;
}

function isReleased(rt: Runtime, v: number): boolean {
  return (field(rt, v, MemView.FLAGS) & MemView.RELEASED) !== 0;
}

/** Raise unless the view is usable. */
function checkReleased(rt: Runtime, v: number): void {
  if (isReleased(rt, v)) throw rt.raise(rt.E.ValueError, "operation forbidden on released memoryview object");
}

/** A view of `count` items of `obj` (an exporter) from address `buf` with `stride`. New reference. */
function newView(rt: Runtime, obj: number, buf: number, count: number, stride: number, readonly: boolean): number {
  const v = rt.allocObject(rt.T.memoryview, MemView.BASIC_SIZE + 3 * 8);
  for (let off = Ob.SIZE; off < MemView.BASIC_SIZE + 24; off += 4) rt.i32[(v + off) >> 2] = 0;
  setField(rt, v, Ob.SIZE as number as MemView, 3);
  rt.incref(obj);
  rt.store(v + MemView.OBJ, obj);
  setField(rt, v, MemView.BUF, buf);
  setField(rt, v, MemView.LEN, count);
  setField(rt, v, MemView.STRIDE, stride);
  setField(rt, v, MemView.READONLY, readonly ? 1 : 0);
  setField(rt, v, MemView.HASH, -1);
  // A view of a bytearray, read-only or not, is an export: it stops the bytearray resizing.
  if (!rt.hasFlag(obj, TpFlag.BYTES_SUBCLASS)) rt.i32[(obj + ByteArray.EXPORTS) >> 2]++;
  return v;
}

/** memoryview(obj): a view of a bytes, bytearray or memoryview. New reference. */
export function newMemoryView(rt: Runtime, obj: number): number {
  if (rt.typeOf(obj) === rt.T.memoryview) {
    checkReleased(rt, obj);
    const base = rt.load(obj + MemView.OBJ);
    return newView(rt, base, field(rt, obj, MemView.BUF), field(rt, obj, MemView.LEN), field(rt, obj, MemView.STRIDE), field(rt, obj, MemView.READONLY) !== 0);
  }
  if (!bufferOf(rt, obj, scratch)) {
    throw rt.raise(rt.E.TypeError, `memoryview: a bytes-like object is required, not '${rt.typeName(obj)}'`);
  }
  return newView(rt, obj, scratch[0], scratch[1], 1, rt.hasFlag(obj, TpFlag.BYTES_SUBCLASS));
}

/** memoryview.release(): give the export back and drop the exporter. */
function release(rt: Runtime, v: number): void {
  if (isReleased(rt, v)) return;
  const obj = rt.load(v + MemView.OBJ);
  rt.i32[(v + MemView.FLAGS) >> 2] |= MemView.RELEASED;
  rt.store(v + MemView.OBJ, 0);
  if (!rt.hasFlag(obj, TpFlag.BYTES_SUBCLASS)) rt.i32[(obj + ByteArray.EXPORTS) >> 2]--;
  rt.decref(obj);
}

function itemAddress(rt: Runtime, v: number, i: number): number {
  return field(rt, v, MemView.BUF) + i * field(rt, v, MemView.STRIDE);
}

/** The item index `key` (an int-like) names, checked. */
function indexOf(rt: Runtime, v: number, key: number): number {
  const n = field(rt, v, MemView.LEN);
  let i = asIndex(rt, key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "index out of bounds on dimension 1");
  return i;
}

function subscript(rt: Runtime, v: number, key: number): number {
  checkReleased(rt, v);
  if (rt.typeOf(key) === rt.T.slice) {
    const count = sliceIndices(rt, key, field(rt, v, MemView.LEN));
    const obj = rt.load(v + MemView.OBJ);
    return newView(rt, obj, itemAddress(rt, v, sliceOut[0]), count, field(rt, v, MemView.STRIDE) * sliceOut[2], field(rt, v, MemView.READONLY) !== 0);
  }
  if (rt.typeOf(key) === rt.T.tuple) throw rt.raise(rt.E.TypeError, "memoryview: invalid slice key");
  return newInt(rt, rt.u8[itemAddress(rt, v, indexOf(rt, v, key))]);
}

function assSubscript(rt: Runtime, v: number, key: number, value: number): void {
  checkReleased(rt, v);
  if (field(rt, v, MemView.READONLY) !== 0) throw rt.raise(rt.E.TypeError, "cannot modify read-only memory");
  if (value === 0) throw rt.raise(rt.E.TypeError, "cannot delete memory");
  if (rt.typeOf(key) === rt.T.slice) {
    const count = sliceIndices(rt, key, field(rt, v, MemView.LEN));
    if (!bufferOf(rt, value, scratch)) {
      throw rt.raise(rt.E.TypeError, `a bytes-like object is required, not '${rt.typeName(value)}'`);
    }
    if (scratch[1] !== count) throw rt.raise(rt.E.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    // The source may overlap the destination: copy it first.
    const bytes = rt.u8.slice(scratch[0], scratch[0] + count);
    const start = itemAddress(rt, v, sliceOut[0]);
    const step = field(rt, v, MemView.STRIDE) * sliceOut[2];
    for (let k = 0; k < count; k++) rt.u8[start + k * step] = bytes[k];
    return;
  }
  const i = indexOf(rt, v, key);
  if (rt.typeOf(value) !== rt.T.int && !rt.hasFlag(value, TpFlag.LONG_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, "memoryview: invalid type for format 'B'");
  }
  const b = asIndex(rt, value);
  if (b < 0 || b > 255) throw rt.raise(rt.E.ValueError, "memoryview: invalid value for format 'B'");
  rt.u8[itemAddress(rt, v, i)] = b;
}

/** The viewed bytes as a JS array (strided views gathered). */
function itemBytes(rt: Runtime, v: number): Uint8Array {
  const n = field(rt, v, MemView.LEN);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rt.u8[itemAddress(rt, v, i)];
  return out;
}

function toBytes(rt: Runtime, v: number): number {
  checkReleased(rt, v);
  if (field(rt, v, MemView.STRIDE) === 1) return newBytesFromHeap(rt, field(rt, v, MemView.BUF), field(rt, v, MemView.LEN));
  const data = itemBytes(rt, v);
  const p = rt.mem(Math.max(data.length, 1));
  try {
    rt.u8.set(data, p);
    return newBytesFromHeap(rt, p, data.length);
  } finally {
    rt.heap.free(p);
  }
}

function richcompare(rt: Runtime, a: number, b: number, op: number): number {
  let result = rt.S.NotImplemented;
  if (op === CompareOp.EQ || op === CompareOp.NE) {
    let equal: boolean | undefined;
    if (a === b) equal = true;
    else if (isReleased(rt, a) || (rt.typeOf(b) === rt.T.memoryview && isReleased(rt, b))) equal = false;
    else {
      const other = rt.typeOf(b) === rt.T.memoryview ? itemBytes(rt, b) : bufferOf(rt, b, scratch) ? rt.u8.slice(scratch[0], scratch[0] + scratch[1]) : undefined;
      if (other !== undefined) {
        const mine = itemBytes(rt, a);
        equal = mine.length === other.length && mine.every((x, i) => x === other[i]);
      }
    }
    if (equal !== undefined) result = equal === (op === CompareOp.EQ) ? rt.S.True : rt.S.False;
  }
  rt.incref(result);
  return result;
}

function memoryHash(rt: Runtime, v: number): number {
  const cached = field(rt, v, MemView.HASH);
  if (cached !== -1) return cached;
  checkReleased(rt, v);
  if (field(rt, v, MemView.READONLY) === 0) throw rt.raise(rt.E.ValueError, "cannot hash writable memoryview object");
  // A read-only view of an unhashable exporter (a bytearray's toreadonly()) fails as it does.
  hash(rt, rt.load(v + MemView.OBJ));
  const bytes = toBytes(rt, v);
  let h: number;
  try {
    h = hash(rt, bytes);
  } finally {
    rt.decref(bytes);
  }
  // Cached as CPython caches it; a hash that does not fit the 32-bit field is recomputed.
  if ((h | 0) === h && h !== -1) setField(rt, v, MemView.HASH, h);
  return h;
}

function dealloc(rt: Runtime, v: number): void {
  clearWeakrefs(rt, v);
  release(rt, v);
  rt.freeObject(v);
}

const noArgs = (name: string, fn: (rt: Runtime, v: number) => number) => noArgsMethod(name, `memoryview.${name}`, fn);

const intField = (name: string, get: (rt: Runtime, v: number) => number) => ({
  name,
  get: (rt: Runtime, v: number) => {
    checkReleased(rt, v);
    return newInt(rt, get(rt, v));
  },
});

const boolField = (name: string, get: (rt: Runtime, v: number) => boolean) => ({
  name,
  get: (rt: Runtime, v: number) => {
    checkReleased(rt, v);
    const r = get(rt, v) ? rt.S.True : rt.S.False;
    rt.incref(r);
    return r;
  },
});

const oneTuple = (rt: Runtime, value: number): number => {
  const t = newTuple(rt, 1);
  tupleSetItem(rt, t, 0, newInt(rt, value));
  return t;
};

const contiguous = (rt: Runtime, v: number) => field(rt, v, MemView.STRIDE) === 1 || field(rt, v, MemView.LEN) <= 1;

export const memoryviewType: TypeDef = {
  name: "memoryview",
  basicsize: MemView.BASIC_SIZE,
  itemsize: 8,
  flags: TpFlag.HAVE_GC | TpFlag.SEQUENCE,
  doc: "Create a new memoryview object which references the given object.",
  new: (rt, _cls, args, nargs, kwnames) => {
    parseArgs(rt, memoryviewSpec, args, nargs, kwnames, memoryviewArgs);
    return newMemoryView(rt, memoryviewArgs[0]);
  },
  dealloc,
  repr: (rt, v) => rt.newStr(`<${isReleased(rt, v) ? "released " : ""}memory at ${addressText(v)}>`),
  hash: memoryHash,
  richcompare,
  length: (rt, v) => {
    checkReleased(rt, v);
    return field(rt, v, MemView.LEN);
  },
  subscript,
  assSubscript,
  iter: (rt, v) => {
    checkReleased(rt, v);
    return newSeqIterator(rt, v);
  },
  traverse: (rt, v, visit) => {
    const obj = rt.load(v + MemView.OBJ);
    if (obj !== 0) visit(obj);
  },
  clear: (rt, v) => release(rt, v),
  methods: [
    {
      name: "tobytes",
      fn: (rt, v, args, nargs, kwnames) => {
        parseArgs(rt, tobytesSpec, args, nargs, kwnames, tobytesArgs);
        const order = tobytesArgs[0];
        if (order !== 0 && order !== rt.S.None) {
          if (rt.typeOf(order) !== rt.T.str) {
            throw rt.raise(rt.E.TypeError, `tobytes() argument 'order' must be str or None, not ${argTypeName(rt, order)}`);
          }
          const text = rt.jsString(order);
          if (text !== "C" && text !== "F" && text !== "A") throw rt.raise(rt.E.ValueError, "order must be 'C', 'F' or 'A'");
        }
        // One dimension: every order gives the items in sequence.
        return toBytes(rt, v);
      },
    },
    noArgs("toreadonly", (rt, v) => {
      checkReleased(rt, v);
      return newView(rt, rt.load(v + MemView.OBJ), field(rt, v, MemView.BUF), field(rt, v, MemView.LEN), field(rt, v, MemView.STRIDE), true);
    }),
    noArgs("tolist", (rt, v) => {
      checkReleased(rt, v);
      const data = itemBytes(rt, v);
      const list = newList(rt, data.length);
      data.forEach((b, i) => listSetItem(rt, list, i, newInt(rt, b)));
      return list;
    }),
    {
      name: "hex",
      fn: (rt, v, args, nargs, kwnames) => {
        parseArgs(rt, hexSpec, args, nargs, kwnames, hexArgs);
        const sep = hexArgs[0];
        const bytesPerSep = hexArgs[1];
        const bytes = toBytes(rt, v);
        try {
          // bytes.hex does the work: the same separator rules and errors.
          if (sep === 0 && bytesPerSep === 0) return callMethod(rt, bytes, "hex");
          if (bytesPerSep === 0) return callMethod(rt, bytes, "hex", sep);
          return callMethod(rt, bytes, "hex", sep === 0 ? rt.S.None : sep, bytesPerSep);
        } finally {
          rt.decref(bytes);
        }
      },
    },
    noArgs("release", (rt, v) => {
      release(rt, v);
      rt.incref(rt.S.None);
      return rt.S.None;
    }),
    noArgs("__enter__", (rt, v) => {
      checkReleased(rt, v);
      rt.incref(v);
      return v;
    }),
    {
      name: "__exit__",
      fn: (rt, v) => {
        release(rt, v);
        rt.incref(rt.S.None);
        return rt.S.None;
      },
    },
  ],
  getset: [
    {
      name: "obj",
      get: (rt, v) => {
        checkReleased(rt, v);
        const o = rt.load(v + MemView.OBJ);
        rt.incref(o);
        return o;
      },
    },
    intField("nbytes", (rt, v) => field(rt, v, MemView.LEN)),
    boolField("readonly", (rt, v) => field(rt, v, MemView.READONLY) !== 0),
    intField("itemsize", () => 1),
    { name: "format", get: (rt, v) => (checkReleased(rt, v), rt.newStr("B")) },
    intField("ndim", () => 1),
    { name: "shape", get: (rt, v) => (checkReleased(rt, v), oneTuple(rt, field(rt, v, MemView.LEN))) },
    { name: "strides", get: (rt, v) => (checkReleased(rt, v), oneTuple(rt, field(rt, v, MemView.STRIDE))) },
    { name: "suboffsets", get: (rt, v) => (checkReleased(rt, v), newTuple(rt, 0)) },
    boolField("c_contiguous", contiguous),
    boolField("f_contiguous", contiguous),
    boolField("contiguous", contiguous),
  ],
};
