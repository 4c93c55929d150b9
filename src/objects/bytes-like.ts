/**
 * What bytes and bytearray share below their methods: reading a receiver's buffer, making a
 * result of the receiver's own kind, and the sequence slots (subscript, contains, comparison,
 * concatenation, repetition).
 *
 * A receiver is read through `selfBuffer` (bytes: the inline data; bytearray: its separate
 * buffer from `ob_start`) and results are made through `makeLike`: bytes operations give
 * bytes, bytearray operations give bytearray, as CPython's stringlib templates do. The
 * buffer protocol is reduced to `bufferOf` (bytes.ts): glasspy's only buffers are bytes and
 * bytearray.
 */
import type { Runtime } from "./runtime.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { TpFlag } from "./layout.js";
import { Kind } from "./str-layout.js";
import { findChars } from "./str-search.js";
import { INDEX_MAX } from "./str-args.js";
import { bool } from "./str-pieces.js";
import { bufferOf, bytesAlloc, newBytes, newBytesFromHeap, Bytes } from "./bytes.js";
import { byteArrayAppendArray, byteArrayAppendHeap, newByteArrayFromHeap } from "./bytearray.js";
import { newInt } from "./int.js";
import { asSsize, hasIndex, sliceIndices, sliceOut } from "./slice.js";
import { notImplemented } from "./tuple.js";

// ── the receiver and results ────────────────────────────────────────────────────────────

export const selfScratch = new Int32Array(2);
export const argScratch = new Int32Array(2);
export const argScratch2 = new Int32Array(2);

export function isByteArray(rt: Runtime, o: number): boolean {
  return !rt.hasFlag(o, TpFlag.BYTES_SUBCLASS);
}

/** [address, length] of a bytes or bytearray receiver, in `selfScratch`. */
export function selfBuffer(rt: Runtime, o: number): Int32Array {
  bufferOf(rt, o, selfScratch);
  return selfScratch;
}

/** A result of the receiver's kind with the n bytes at p (new reference). */
export function makeLike(rt: Runtime, self: number, p: number, n: number): number {
  return isByteArray(rt, self) ? newByteArrayFromHeap(rt, p, n) : newBytesFromHeap(rt, p, n);
}

/** A result of the receiver's kind with a copy of `data`. */
export function makeLikeArray(rt: Runtime, self: number, data: Uint8Array): number {
  if (isByteArray(rt, self)) {
    const o = newByteArrayFromHeap(rt, 0, 0);
    if (data.length > 0) byteArrayAppendArray(rt, o, data);
    return o;
  }
  return newBytes(rt, data);
}

/** The receiver unchanged: itself for an exact bytes, else a copy of its kind. */
export function unchanged(rt: Runtime, self: number): number {
  if (rt.typeOf(self) === rt.T.bytes) {
    rt.incref(self);
    return self;
  }
  const b = selfBuffer(rt, self);
  return makeLike(rt, self, b[0], b[1]);
}

/** A slice self[start:end] of the receiver's kind (the whole of an exact bytes is itself). */
export function sliceLike(rt: Runtime, self: number, start: number, end: number): number {
  const b = selfBuffer(rt, self);
  if (start === 0 && end === b[1] && rt.typeOf(self) === rt.T.bytes) {
    rt.incref(self);
    return self;
  }
  return makeLike(rt, self, b[0] + start, end - start);
}

/** The buffer of a bytes-like argument, or TypeError "a bytes-like object is required, not 'str'". */
export function argBuffer(rt: Runtime, o: number, out: Int32Array): Int32Array {
  if (!bufferOf(rt, o, out)) throw rt.raise(rt.E.TypeError, `a bytes-like object is required, not '${rt.typeName(o)}'`);
  return out;
}


// ── sequence slots ──────────────────────────────────────────────────────────────────────

/** b[i] (an int) or b[slice] (same kind); shared by bytes and bytearray. */
export function bytesLikeSubscript(rt: Runtime, o: number, key: number): number {
  const ba = isByteArray(rt, o);
  const b = selfBuffer(rt, o);
  const p = b[0], n = b[1];
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, ba ? "bytearray index out of range" : "index out of range");
    return newInt(rt, rt.u8[p + i]);
  }
  if (rt.typeOf(key) === rt.T.slice) {
    const count = sliceIndices(rt, key, n);
    const start = sliceOut[0], step = sliceOut[2];
    if (step === 1) return sliceLike(rt, o, start, start + count);
    const data = new Uint8Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) data[i] = rt.u8[p + j];
    return makeLikeArray(rt, o, data);
  }
  throw rt.raise(rt.E.TypeError, `${ba ? "bytearray" : "byte"} indices must be integers or slices, not ${rt.typeName(key)}`);
}

/**
 * The byte value of an int argument (ValueError "byte must be in range(0, 256)", for an int of
 * any size: CPython saturates it, or finds the overflow, before the range test).
 */
export function byteValue(rt: Runtime, o: number): number {
  const v = asSsize(rt, o, 0);
  if (v < 0 || v > 255) throw rt.raise(rt.E.ValueError, "byte must be in range(0, 256)");
  return v;
}

/** `x in b`: an int is a byte value, otherwise a bytes-like subsequence. */
export function bytesLikeContains(rt: Runtime, o: number, x: number): boolean {
  const b = selfBuffer(rt, o);
  const p = b[0], n = b[1];
  if (hasIndex(rt, x)) {
    const v = byteValue(rt, x);
    for (let i = 0; i < n; i++) if (rt.u8[p + i] === v) return true;
    return false;
  }
  const a = argBuffer(rt, x, argScratch);
  return findChars(rt, p, Kind.UCS1, 0, n, a[0], Kind.UCS1, a[1]) >= 0;
}

/** memcmp-style comparison of two buffers, as a CompareOp result (new reference). */
function compareBuffers(rt: Runtime, p: number, n: number, q: number, m: number, op: CompareOp): number {
  if ((op === CompareOp.EQ || op === CompareOp.NE) && n !== m) return bool(rt, op === CompareOp.NE);
  let c = 0;
  for (let i = 0, k = Math.min(n, m); i < k && c === 0; i++) c = rt.u8[p + i] - rt.u8[q + i];
  if (c === 0) c = n - m;
  switch (op) {
    case CompareOp.EQ: return bool(rt, c === 0);
    case CompareOp.NE: return bool(rt, c !== 0);
    case CompareOp.LT: return bool(rt, c < 0);
    case CompareOp.LE: return bool(rt, c <= 0);
    case CompareOp.GT: return bool(rt, c > 0);
    default: return bool(rt, c >= 0);
  }
}

/** Rich comparison of two bytes-like objects; NotImplemented when either has no buffer. */
export function bytesLikeCompare(rt: Runtime, a: number, b: number, op: CompareOp): number {
  if (!bufferOf(rt, a, argScratch) || !bufferOf(rt, b, argScratch2)) return notImplemented(rt);
  return compareBuffers(rt, argScratch[0], argScratch[1], argScratch2[0], argScratch2[1], op);
}

function typeLabel(rt: Runtime, o: number): string {
  return isByteArray(rt, o) ? "bytearray" : "bytes";
}

/** a + b: concatenation into a's kind. */
export function bytesBinarySlot(rt: Runtime, a: number, b: number, _op: BinaryOp): number {
  if (!bufferOf(rt, a, argScratch)) return notImplemented(rt);
  if (!bufferOf(rt, b, argScratch2)) {
    throw rt.raise(rt.E.TypeError, `can't concat ${rt.typeName(b)} to ${typeLabel(rt, a)}`);
  }
  const p = argScratch[0], n = argScratch[1], q = argScratch2[0], m = argScratch2[1];
  if (n > INDEX_MAX - m) throw rt.noMemory();
  if (isByteArray(rt, a)) {
    const r = newByteArrayFromHeap(rt, p, n);
    try {
      byteArrayAppendHeap(rt, r, q, m);
    } catch (e) {
      rt.decref(r);
      throw e;
    }
    return r;
  }
  if (m === 0 && rt.typeOf(a) === rt.T.bytes) {
    rt.incref(a);
    return a;
  }
  if (n === 0 && rt.typeOf(b) === rt.T.bytes) {
    rt.incref(b);
    return b;
  }
  if (n + m <= 1) return newBytesFromHeap(rt, n === 1 ? p : q, n + m);
  const r = bytesAlloc(rt, n + m);
  rt.u8.copyWithin(r + Bytes.DATA, p, p + n);
  rt.u8.copyWithin(r + Bytes.DATA + n, q, q + m);
  return r;
}

/** b * n or n * b. */
export function bytesLikeRepeat(rt: Runtime, a: number, b: number): number {
  let seq: number, count: number;
  if (bufferOf(rt, a, argScratch)) {
    seq = a;
    count = b;
  } else {
    seq = b;
    count = a;
  }
  if (!hasIndex(rt, count)) {
    throw rt.raise(rt.E.TypeError, `can't multiply sequence by non-int of type '${rt.typeName(count)}'`);
  }
  const times = asSsize(rt, count, rt.E.OverflowError);
  return repeatLike(rt, seq, times);
}

/** seq * times into seq's kind (new reference). */
export function repeatLike(rt: Runtime, seq: number, times: number): number {
  const buf = selfBuffer(rt, seq);
  const p = buf[0], n = buf[1];
  if (times < 0) times = 0;
  if (times === 1 && rt.typeOf(seq) === rt.T.bytes) {
    rt.incref(seq);
    return seq;
  }
  if (n > 0 && times > INDEX_MAX / n) throw rt.noMemory();
  const total = n * times;
  const data = new Uint8Array(total);
  const src = rt.u8.subarray(p, p + n);
  for (let i = 0; i < times; i++) data.set(src, i * n);
  return makeLikeArray(rt, seq, data);
}
