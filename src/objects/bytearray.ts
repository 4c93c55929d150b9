/**
 * The `bytearray` type: a mutable byte string with a separate, over-allocated buffer, laid out
 * as CPython 3.11's PyByteArrayObject.
 *
 *   object (56 bytes)                                          buffer (ob_alloc bytes)
 *   ┌────────┬──────┬─────────┬──────────┬──────────┬──────────┬────────────┐
 *   │ refcnt │ type │ ob_size │ ob_alloc │ ob_bytes │ ob_start │ ob_exports │
 *   └────────┴──────┴─────────┴──────────┴────┬─────┴────┬─────┴────────────┘
 *    0        8      16        24         32  │      40  │       48
 *                                             ▼          ▼
 *                                          ┌──────────┬───────────────────┬─────┬──────┐
 *                                          │ (deleted)│ ob_size bytes     │ NUL │ spare │
 *                                          └──────────┴───────────────────┴─────┴──────┘
 *
 * Invariants: ob_bytes is 0 exactly when ob_alloc is 0 (an empty bytearray owns no buffer);
 * otherwise ob_start - ob_bytes + ob_size + 1 <= ob_alloc and the byte after the data is NUL.
 * Deleting from the front advances ob_start instead of moving the data (CPython's trick);
 * the next resize that needs a new block compacts. `sys.getsizeof` = 56 + ob_alloc.
 *
 * Growth is CPython's PyByteArray_Resize, to the byte: a moderate upsize over-allocates
 * (size + size/8 + (3 if size < 9 else 6)), a large one allocates exactly size + 1, a shrink
 * below half the allocation reallocates to size + 1 and a smaller shrink keeps the block. So
 * appending one byte at a time gives allocations 2, 5, 8, 12, 19, 27, 36, 46, 57, 70, ...
 * ob_exports counts the memoryviews of the bytearray: while it is nonzero the buffer cannot be resized.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, MethodDef, TypeDef } from "./typedef.js";
import { Tp, TpFlag } from "./layout.js";
import { BinaryOp, CompareOp, INPLACE_OFFSET } from "../compile/opcodes.js";
import { PY_RAISED } from "./errors.js";
import { StrBuilder } from "./str-object.js";
import { isStr } from "./str-object.js";
import { INDEX_MAX, indexArg } from "./str-args.js";
import { appendBytesRepr, bufferOf, bytesFromIterable } from "./bytes.js";
import { bytesLikeMethods } from "./bytes-methods.js";
import { bytesBinarySlot, bytesLikeCompare, bytesLikeContains, bytesLikeRepeat, bytesLikeSubscript, byteValue } from "./bytes-like.js";
import { bytesMod } from "./percent-format.js";
import { encodeStr } from "./codecs.js";
import { arg, argSpec, checkArgs, parseArgs, argTypeName } from "./args.js";
import { noArgsMethod } from "./no-args-method.js";
import { getIter, iterNext } from "./abstract.js";
import { newInt } from "./int.js";
import { asSsize, hasIndex, sliceIndices, sliceOut } from "./slice.js";
import { listItem, listSize } from "./list.js";
import { tupleItem, tupleSize } from "./tuple.js";

export const enum ByteArray {
  SIZE = 16,
  ALLOC = 24,
  BYTES = 32,
  START = 40,
  EXPORTS = 48,
  /** sizeof(PyByteArrayObject). */
  BASIC_SIZE = 56,
}

// ── the buffer ──────────────────────────────────────────────────────────────────────────

function size(rt: Runtime, o: number): number {
  return rt.i32[(o + ByteArray.SIZE) >> 2];
}

function alloc(rt: Runtime, o: number): number {
  return rt.i32[(o + ByteArray.ALLOC) >> 2];
}

function start(rt: Runtime, o: number): number {
  return rt.i32[(o + ByteArray.START) >> 2];
}

function setWord(rt: Runtime, p: number, v: number): void {
  rt.i32[p >> 2] = v;
  rt.i32[(p + 4) >> 2] = 0;
}

/** len(b). */
export function byteArraySize(rt: Runtime, o: number): number {
  return size(rt, o);
}

/** Address of the first byte (0 when the bytearray owns no buffer). */
export function byteArrayAddr(rt: Runtime, o: number): number {
  return start(rt, o);
}

/** PyByteArray_Resize: make len(b) == n, growing or shrinking the buffer as CPython does. */
export function byteArrayResize(rt: Runtime, o: number, n: number): void {
  const old = size(rt, o);
  if (n === old) return;
  // A memoryview holds the buffer's address: while one exists the buffer cannot move.
  if (rt.i32[(o + ByteArray.EXPORTS) >> 2] > 0) throw rt.raise(rt.E.BufferError, "Existing exports of data: object cannot be re-sized");
  let a = alloc(rt, o);
  const bytes = rt.i32[(o + ByteArray.BYTES) >> 2];
  const offset = start(rt, o) - bytes;
  if (n + offset + 1 <= a) {
    if (n < Math.trunc(a / 2)) {
      a = n + 1;
    } else {
      setWord(rt, o + ByteArray.SIZE, n);
      rt.u8[start(rt, o) + n] = 0;
      return;
    }
  } else if (n <= a * 1.125) {
    a = n + (n >> 3) + (n < 9 ? 3 : 6);
  } else {
    a = n + 1;
  }
  if (a > INDEX_MAX) throw rt.noMemory();
  let block: number;
  if (offset > 0) {
    block = rt.mem(a);
    const from = start(rt, o);
    rt.u8.copyWithin(block, from, from + Math.min(n, old));
    rt.heap.free(bytes);
  } else if (bytes === 0) {
    block = rt.mem(a);
  } else {
    block = rt.memRealloc(bytes, a);
  }
  setWord(rt, o + ByteArray.BYTES, block);
  setWord(rt, o + ByteArray.START, block);
  setWord(rt, o + ByteArray.SIZE, n);
  setWord(rt, o + ByteArray.ALLOC, a);
  rt.u8[block + n] = 0;
}

/** Append n bytes at heap address p (which may lie in o's own buffer). */
export function byteArrayAppendHeap(rt: Runtime, o: number, p: number, n: number): void {
  if (n === 0) return;
  const from = start(rt, o);
  if (from !== 0 && p >= from && p < from + alloc(rt, o)) {
    byteArrayAppendArray(rt, o, rt.u8.slice(p, p + n));
    return;
  }
  const old = size(rt, o);
  if (old > INDEX_MAX - n) throw rt.noMemory();
  byteArrayResize(rt, o, old + n);
  rt.u8.copyWithin(start(rt, o) + old, p, p + n);
}

/** Append the bytes of a JS array. */
export function byteArrayAppendArray(rt: Runtime, o: number, data: Uint8Array): void {
  if (data.length === 0) return;
  const old = size(rt, o);
  if (old > INDEX_MAX - data.length) throw rt.noMemory();
  byteArrayResize(rt, o, old + data.length);
  rt.u8.set(data, start(rt, o) + old);
}

/** An empty exact bytearray (or an instance of `cls`) owning no buffer (new reference). */
function allocByteArray(rt: Runtime, cls: number): number {
  const basicsize = Math.max(ByteArray.BASIC_SIZE, rt.i32[(cls + Tp.BASICSIZE) >> 2]);
  const o = rt.allocObject(cls, basicsize);
  for (let off = ByteArray.SIZE; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  return o;
}

/** A bytearray with a copy of the n bytes at p: allocation n + 1, as PyByteArray_FromStringAndSize. */
export function newByteArrayFromHeap(rt: Runtime, p: number, n: number): number {
  const o = allocByteArray(rt, rt.T.bytearray);
  if (n === 0) return o;
  try {
    const block = rt.mem(n + 1);
    rt.u8.copyWithin(block, p, p + n);
    rt.u8[block + n] = 0;
    setWord(rt, o + ByteArray.BYTES, block);
    setWord(rt, o + ByteArray.START, block);
    setWord(rt, o + ByteArray.SIZE, n);
    setWord(rt, o + ByteArray.ALLOC, n + 1);
  } catch (e) {
    rt.decref(o);
    throw e;
  }
  return o;
}

/**
 * b[lo:hi] = data (a JS copy, so the source may be b itself): CPython's
 * bytearray_setslice_linear, including the front-deletion trick.
 */
export function byteArraySetSlice(rt: Runtime, o: number, lo: number, hi: number, data: Uint8Array): void {
  const n = size(rt, o);
  if (hi < lo) hi = lo;
  const avail = hi - lo;
  const len = data.length;
  const growth = len - avail;
  if (growth < 0) {
    if (lo === 0) {
      setWord(rt, o + ByteArray.START, start(rt, o) - growth);
    } else {
      const buf = start(rt, o);
      rt.u8.copyWithin(buf + lo + len, buf + hi, buf + n);
    }
    try {
      byteArrayResize(rt, o, n + growth);
    } catch (e) {
      if (lo === 0) setWord(rt, o + ByteArray.START, start(rt, o) + growth);
      else setWord(rt, o + ByteArray.SIZE, n + growth);
      throw e;
    }
  } else if (growth > 0) {
    if (n > INDEX_MAX - growth) throw rt.noMemory();
    byteArrayResize(rt, o, n + growth);
    const buf = start(rt, o);
    rt.u8.copyWithin(buf + lo + len, buf + hi, buf + n);
  }
  if (len > 0) rt.u8.set(data, start(rt, o) + lo);
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

function byteArrayDealloc(rt: Runtime, o: number): void {
  const bytes = rt.i32[(o + ByteArray.BYTES) >> 2];
  if (bytes !== 0) rt.heap.free(bytes);
  rt.freeObject(o);
}

function byteArrayRepr(rt: Runtime, o: number): number {
  const n = size(rt, o);
  const b = new StrBuilder(n + 14);
  b.appendText(rt.typeName(o));
  b.appendChar(40);
  appendBytesRepr(rt, b, start(rt, o), n, true);
  b.appendChar(41);
  return b.finish(rt);
}

function richcompare(rt: Runtime, a: number, b: number, op: number): number {
  return bytesLikeCompare(rt, a, b, op as CompareOp);
}

const scratch = new Int32Array(2);

/** The bytes to assign to a slice: a buffer or an iterable of ints (a JS copy). */
function assignedBytes(rt: Runtime, value: number): Uint8Array {
  if (bufferOf(rt, value, scratch)) return rt.u8.slice(scratch[0], scratch[0] + scratch[1]);
  if (hasIndex(rt, value) || isStr(rt, value)) {
    throw rt.raise(rt.E.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesFromIterableByteValues(rt, value);
}

/** Like bytesFromIterable, with bytearray's "byte must be in range(0, 256)" message. */
function bytesFromIterableByteValues(rt: Runtime, o: number): Uint8Array {
  try {
    return bytesFromIterable(rt, o);
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.ValueError)) {
      rt.setException(0);
      throw rt.raise(rt.E.ValueError, "byte must be in range(0, 256)");
    }
    throw e;
  }
}

function assSubscript(rt: Runtime, o: number, key: number, value: number): void {
  const n = size(rt, o);
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "bytearray index out of range");
    if (value === 0) {
      byteArraySetSlice(rt, o, i, i + 1, new Uint8Array(0));
      return;
    }
    rt.u8[start(rt, o) + i] = byteValue(rt, value);
    return;
  }
  if (rt.typeOf(key) !== rt.T.slice) {
    throw rt.raise(rt.E.TypeError, `bytearray indices must be integers or slices, not ${rt.typeName(key)}`);
  }
  const count = sliceIndices(rt, key, n);
  const lo = sliceOut[0], step = sliceOut[2];
  const data = value === 0 ? new Uint8Array(0) : assignedBytes(rt, value);
  if (step === 1) {
    byteArraySetSlice(rt, o, lo, lo + count, data);
    return;
  }
  // Deleting, or (as CPython's bytearray does) assigning no bytes to an extended slice.
  if (value === 0 || data.length === 0) {
    if (count <= 0) return;
    // Delete every step-th byte: keep the others in order.
    const buf = start(rt, o);
    const keep: number[] = [];
    const drop = new Set<number>();
    for (let k = 0, j = lo; k < count; k++, j += step) drop.add(j);
    for (let j = 0; j < n; j++) if (!drop.has(j)) keep.push(rt.u8[buf + j]);
    byteArraySetSlice(rt, o, 0, n, Uint8Array.from(keep));
    return;
  }
  if (data.length !== count) {
    throw rt.raise(rt.E.ValueError, `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
  }
  const buf = start(rt, o);
  for (let k = 0, j = lo; k < count; k++, j += step) rt.u8[buf + j] = data[k];
}

function inplaceConcat(rt: Runtime, a: number, b: number): number {
  if (!bufferOf(rt, b, scratch)) throw rt.raise(rt.E.TypeError, `can't concat ${rt.typeName(b)} to ${rt.typeName(a)}`);
  // CPython holds b's buffer while resizing a: growing a bytearray into itself finds it exported.
  if (a === b && scratch[1] > 0) throw rt.raise(rt.E.BufferError, "Existing exports of data: object cannot be re-sized");
  byteArrayAppendHeap(rt, a, scratch[0], scratch[1]);
  rt.incref(a);
  return a;
}

function inplaceRepeat(rt: Runtime, a: number, b: number): number {
  if (!hasIndex(rt, b)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  let times = asSsize(rt, b, rt.E.OverflowError);
  const n = size(rt, a);
  if (times < 0) times = 0;
  if (n > 0 && times > INDEX_MAX / n) throw rt.noMemory();
  if (times === 0 || n === 0) byteArrayResize(rt, a, 0);
  else if (times > 1) {
    byteArrayResize(rt, a, n * times);
    const buf = start(rt, a);
    for (let i = 1; i < times; i++) rt.u8.copyWithin(buf + i * n, buf, buf + n);
  }
  rt.incref(a);
  return a;
}

// ── construction ────────────────────────────────────────────────────────────────────────

const initSpec = argSpec("bytearray", ["source=", "encoding=", "errors="]);
const initOut = new Int32Array(3);

function strArg(rt: Runtime, o: number, name: string): string | undefined {
  if (o === 0) return undefined;
  if (!isStr(rt, o)) throw rt.raise(rt.E.TypeError, `bytearray() argument '${name}' must be str, not ${argTypeName(rt, o)}`);
  return rt.jsString(o);
}

function byteArrayInit(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): void {
  parseArgs(rt, initSpec, args, nargs, kwnames, initOut);
  const source = initOut[0];
  const encoding = strArg(rt, initOut[1], "encoding");
  const errors = strArg(rt, initOut[2], "errors");
  if (size(rt, self) !== 0) byteArrayResize(rt, self, 0);
  const noStringError = () => rt.raise(rt.E.TypeError, encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
  if (source === 0) {
    if (encoding !== undefined || errors !== undefined) throw noStringError();
    return;
  }
  if (isStr(rt, source)) {
    if (encoding === undefined) throw rt.raise(rt.E.TypeError, "string argument without an encoding");
    const encoded = encodeStr(rt, source, encoding, errors ?? "strict");
    try {
      bufferOf(rt, encoded, scratch);
      byteArrayAppendHeap(rt, self, scratch[0], scratch[1]);
    } finally {
      rt.decref(encoded);
    }
    return;
  }
  if (encoding !== undefined || errors !== undefined) throw noStringError();
  if (hasIndex(rt, source)) {
    let count: number | undefined;
    try {
      count = asSsize(rt, source, rt.E.OverflowError);
    } catch (e) {
      if (e !== PY_RAISED || !rt.clearIfMatches(rt.E.TypeError)) throw e;
    }
    if (count !== undefined) {
      if (count < 0) throw rt.raise(rt.E.ValueError, "negative count");
      if (count > 0) {
        byteArrayResize(rt, self, count);
        rt.u8.fill(0, start(rt, self), start(rt, self) + count);
      }
      return;
    }
  }
  if (bufferOf(rt, source, scratch)) {
    byteArrayAppendHeap(rt, self, scratch[0], scratch[1]);
    return;
  }
  if (rt.typeOf(source) === rt.T.list || rt.typeOf(source) === rt.T.tuple) {
    // CPython's fast path for exact lists and tuples: one resize to the final size.
    const isList = rt.typeOf(source) === rt.T.list;
    const n = isList ? listSize(rt, source) : tupleSize(rt, source);
    byteArrayResize(rt, self, n);
    for (let i = 0; i < n && i < (isList ? listSize(rt, source) : n); i++) {
      const v = byteValue(rt, isList ? listItem(rt, source, i) : tupleItem(rt, source, i));
      rt.u8[start(rt, self) + i] = v;
    }
    return;
  }
  let it: number;
  try {
    it = getIter(rt, source);
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.TypeError)) {
      rt.setException(0);
      throw rt.raise(rt.E.TypeError, `cannot convert '${rt.typeName(source)}' object to bytearray`);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      let v: number;
      try {
        v = byteValue(rt, item);
      } finally {
        rt.decref(item);
      }
      const n = size(rt, self);
      if (n + 1 < alloc(rt, self)) {
        setWord(rt, self + ByteArray.SIZE, n + 1);
        rt.u8[start(rt, self) + n + 1] = 0;
      } else {
        byteArrayResize(rt, self, n + 1);
      }
      rt.u8[start(rt, self) + n] = v;
    }
  } finally {
    rt.decref(it);
  }
}

function byteArrayNew(rt: Runtime, cls: number): number {
  return allocByteArray(rt, cls);
}

// ── mutating methods ────────────────────────────────────────────────────────────────────

function noArgs(name: string, f: (rt: Runtime, self: number) => number): MethodDef {
  return noArgsMethod(name, `bytearray.${name}`, f);
}

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function append(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytearray.append", nargs, kwnames, 1, 1);
  const v = byteValue(rt, arg(rt, args, 0));
  const n = size(rt, self);
  if (n === INDEX_MAX) throw rt.raise(rt.E.OverflowError, "cannot add more objects to bytearray");
  byteArrayResize(rt, self, n + 1);
  rt.u8[start(rt, self) + n] = v;
  return none(rt);
}

function extend(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytearray.extend", nargs, kwnames, 1, 1);
  const src = arg(rt, args, 0);
  if (bufferOf(rt, src, scratch)) {
    byteArrayAppendHeap(rt, self, scratch[0], scratch[1]);
    return none(rt);
  }
  let data: Uint8Array;
  try {
    data = bytesFromIterableByteValues(rt, src);
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.TypeError) && rt.slotsOf(src).iter === undefined && rt.slotsOf(src).subscript === undefined) {
      rt.setException(0);
      throw rt.raise(rt.E.TypeError, `can't extend bytearray with ${rt.typeName(src)}`);
    }
    throw e;
  }
  byteArraySetSlice(rt, self, size(rt, self), size(rt, self), data);
  return none(rt);
}

function pop(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytearray.pop", nargs, kwnames, 0, 1);
  const n = size(rt, self);
  let i = nargs > 0 ? indexArg(rt, arg(rt, args, 0)) : -1;
  if (n === 0) throw rt.raise(rt.E.IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "pop index out of range");
  const buf = start(rt, self);
  const v = rt.u8[buf + i];
  rt.u8.copyWithin(buf + i, buf + i + 1, buf + n);
  byteArrayResize(rt, self, n - 1);
  return newInt(rt, v);
}

function insert(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytearray.insert", nargs, kwnames, 2, 2);
  let i = indexArg(rt, arg(rt, args, 0));
  const v = byteValue(rt, arg(rt, args, 1));
  const n = size(rt, self);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  byteArrayResize(rt, self, n + 1);
  const buf = start(rt, self);
  rt.u8.copyWithin(buf + i + 1, buf + i, buf + n);
  rt.u8[buf + i] = v;
  return none(rt);
}

function remove(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytearray.remove", nargs, kwnames, 1, 1);
  const v = byteValue(rt, arg(rt, args, 0));
  const n = size(rt, self);
  const buf = start(rt, self);
  let i = 0;
  while (i < n && rt.u8[buf + i] !== v) i++;
  if (i === n) throw rt.raise(rt.E.ValueError, "value not found in bytearray");
  byteArraySetSlice(rt, self, i, i + 1, new Uint8Array(0));
  return none(rt);
}

function reverse(rt: Runtime, self: number): number {
  const buf = start(rt, self);
  const n = size(rt, self);
  if (n > 0) rt.u8.subarray(buf, buf + n).reverse();
  return none(rt);
}

function copy(rt: Runtime, self: number): number {
  return newByteArrayFromHeap(rt, start(rt, self), size(rt, self));
}

function clear(rt: Runtime, self: number): number {
  byteArrayResize(rt, self, 0);
  return none(rt);
}

const bytearrayNb: (BinarySlot | undefined)[] = [];
bytearrayNb[BinaryOp.ADD] = (rt, a, b) => bytesBinarySlot(rt, a, b, BinaryOp.ADD);
bytearrayNb[BinaryOp.MULTIPLY] = bytesLikeRepeat;
bytearrayNb[BinaryOp.REMAINDER] = (rt, a, b) => {
  if (!rt.isInstance(a, rt.T.bytearray)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  return bytesMod(rt, a, b);
};

const bytearrayInplace: (BinarySlot | undefined)[] = [];
bytearrayInplace[BinaryOp.INPLACE_ADD - INPLACE_OFFSET] = inplaceConcat;
bytearrayInplace[BinaryOp.INPLACE_MULTIPLY - INPLACE_OFFSET] = inplaceRepeat;

// ── bytearray_iterator ──────────────────────────────────────────────────────────────────

export const enum ByteArrayIter {
  INDEX = 16,
  SEQ = 24,
  SIZE = 32,
}

/** iter(bytearray): reads the current size at each step, so it sees later changes. New reference. */
function byteArrayIter(rt: Runtime, o: number): number {
  const it = rt.allocObject(rt.T.bytearray_iterator, ByteArrayIter.SIZE);
  rt.store(it + ByteArrayIter.INDEX, 0);
  rt.incref(o);
  rt.store(it + ByteArrayIter.SEQ, o);
  return it;
}

function byteArrayIterNext(rt: Runtime, it: number): number {
  const b = rt.load(it + ByteArrayIter.SEQ);
  if (b === 0) return 0;
  const i = rt.i32[(it + ByteArrayIter.INDEX) >> 2];
  if (i < size(rt, b)) {
    rt.i32[(it + ByteArrayIter.INDEX) >> 2] = i + 1;
    return newInt(rt, rt.u8[start(rt, b) + i]);
  }
  rt.store(it + ByteArrayIter.SEQ, 0);
  rt.decref(b);
  return 0;
}

function releaseIterSeq(rt: Runtime, it: number): void {
  const b = rt.load(it + ByteArrayIter.SEQ);
  rt.store(it + ByteArrayIter.SEQ, 0);
  if (b !== 0) rt.decref(b);
}

export const bytearrayIteratorType: TypeDef = {
  name: "bytearray_iterator",
  basicsize: ByteArrayIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, it) => {
    const b = rt.load(it + ByteArrayIter.SEQ);
    rt.freeObject(it);
    if (b !== 0) rt.decref(b);
  },
  traverse: (rt, it, visit) => {
    const b = rt.load(it + ByteArrayIter.SEQ);
    if (b !== 0) visit(b);
  },
  clear: releaseIterSeq,
  iter: (rt, it) => {
    rt.incref(it);
    return it;
  },
  iternext: byteArrayIterNext,
  methods: [
    {
      name: "__length_hint__",
      fn: (rt, self) => {
        const b = rt.load(self + ByteArrayIter.SEQ);
        const left = b === 0 ? 0 : size(rt, b) - rt.i32[(self + ByteArrayIter.INDEX) >> 2];
        return newInt(rt, Math.max(left, 0));
      },
      doc: "Private method returning an estimate of len(list(it)).",
    },
  ],
};

// ── the type ────────────────────────────────────────────────────────────────────────────

export const bytearrayType: TypeDef = {
  name: "bytearray",
  basicsize: ByteArray.BASIC_SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE | TpFlag.MATCH_SELF,
  doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer",
  dealloc: byteArrayDealloc,
  repr: byteArrayRepr,
  unhashable: true,
  richcompare,
  nb: bytearrayNb,
  nbInplace: bytearrayInplace,
  length: size,
  subscript: bytesLikeSubscript,
  assSubscript,
  contains: bytesLikeContains,
  iter: byteArrayIter,
  new: (rt, cls) => byteArrayNew(rt, cls),
  init: byteArrayInit,
  // bytearray_sizeof: the type's basicsize plus the buffer's allocation.
  sizeof: (rt, o) => rt.i32[(rt.typeOf(o) + Tp.BASICSIZE) >> 2] + alloc(rt, o),
  methods: [
    ...bytesLikeMethods("bytearray"),
    { name: "append", fn: append },
    { name: "extend", fn: extend },
    { name: "pop", fn: pop },
    { name: "insert", fn: insert },
    { name: "remove", fn: remove },
    noArgs("reverse", reverse),
    noArgs("copy", copy),
    noArgs("clear", clear),
    noArgs("__alloc__", (rt, self) => newInt(rt, alloc(rt, self))),
    noArgs("__sizeof__", (rt, self) => newInt(rt, rt.i32[(rt.typeOf(self) + Tp.BASICSIZE) >> 2] + alloc(rt, self))),
  ],
};
