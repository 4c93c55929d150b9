/**
 * The `bytes` type: immutable byte strings, laid out as CPython 3.11's PyBytesObject.
 *
 *   ┌────────┬──────┬─────────┬────────────┬──────────────────────┐
 *   │ refcnt │ type │ ob_size │ ob_shash   │ ob_sval[n] + NUL     │   33 + n bytes
 *   └────────┴──────┴─────────┴────────────┴──────────────────────┘
 *    0        8      16        24           32
 *
 * `ob_shash` caches the hash (-1 until computed; str-hash.ts's function over the bytes, so
 * hash(b"abc") == hash("abc") as in CPython). `b""` and the 256 one-byte bytes are static
 * singletons, returned by every constructor that would make one of them. Instances of bytes
 * subclasses use the same layout, with the subclass's fields (its __dict__ pointer) after the
 * data, as CPython's variable-size objects do.
 *
 * What bytes shares with bytearray lives in bytes-like.ts (buffers, sequence slots) and
 * bytes-methods.ts (the read-only methods); this file has the type, the constructors and the
 * iterator.
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { MemView, Tp, TpFlag, STATIC_REFCNT } from "./layout.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { Kind } from "./str-layout.js";
import { hashData, loadHash, storeHash } from "./str-hash.js";
import { StrBuilder } from "./str-object.js";
import { bytesLikeMethods } from "./bytes-methods.js";
import { bytesBinarySlot, bytesLikeContains, bytesLikeCompare, bytesLikeRepeat, bytesLikeSubscript } from "./bytes-like.js";
import { ByteArray } from "./bytearray.js";
import { bytesMod } from "./percent-format.js";
import { encodeStr } from "./codecs.js";
import { argSpec, parseArgs, checkArgs, argTypeName } from "./args.js";
import { call0, getIter, iterNext } from "./abstract.js";
import { typeLookup } from "./typeobject.js";
import { newInt } from "./int.js";
import { asSsize, hasIndex } from "./slice.js";
import { PY_RAISED } from "./errors.js";
import { tupleItem, tupleSize, newTuple, tupleSetItem } from "./tuple.js";
import { listItem, listSize } from "./list.js";

export const enum Bytes {
  SIZE = 16,
  HASH = 24,
  DATA = 32,
  /** sizeof(PyBytesObject) without the data, plus the NUL: basicsize. */
  BASIC_SIZE = 33,
  /** offsetof(PyBytesObject, ob_sval). */
  HEADER = 32,
}

// ── reading ─────────────────────────────────────────────────────────────────────────────

export function isBytes(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.BYTES_SUBCLASS);
}

/** Byte address of a bytes object's data. */
export function bytesAddr(_rt: Runtime, o: number): number {
  return o + Bytes.DATA;
}

/** len(b) for a bytes (or bytearray) object. */
export function bytesSize(rt: Runtime, o: number): number {
  return rt.i32[(o + Bytes.SIZE) >> 2];
}

/**
 * A view of the data of a bytes or bytearray object: not a copy; valid until the object
 * changes (bytearray) or is freed.
 */
export function bytesData(rt: Runtime, o: number): Uint8Array {
  const n = rt.i32[(o + Bytes.SIZE) >> 2];
  const p = isBytes(rt, o) ? o + Bytes.DATA : rt.i32[(o + ByteArray.START) >> 2];
  return rt.u8.subarray(p, p + n);
}

/**
 * The buffer of a bytes-like object (bytes, bytearray): out = [address, length]; false when
 * `o` has no buffer. (glasspy has no memoryview; these are its only buffer types.)
 */
export function bufferOf(rt: Runtime, o: number, out: Int32Array): boolean {
  if (isBytes(rt, o)) {
    out[0] = o + Bytes.DATA;
    out[1] = rt.i32[(o + Bytes.SIZE) >> 2];
    return true;
  }
  if (rt.isInstance(o, rt.T.bytearray)) {
    out[0] = rt.i32[(o + ByteArray.START) >> 2];
    out[1] = rt.i32[(o + Bytes.SIZE) >> 2];
    return true;
  }
  // A contiguous memoryview that is not released: its exporter cannot move the bytes meanwhile.
  if (rt.typeOf(o) === rt.T.memoryview && (rt.i32[(o + MemView.FLAGS) >> 2] & MemView.RELEASED) === 0 && rt.i32[(o + MemView.STRIDE) >> 2] === 1) {
    out[0] = rt.i32[(o + MemView.BUF) >> 2];
    out[1] = rt.i32[(o + MemView.LEN) >> 2];
    return true;
  }
  return false;
}

// ── making ──────────────────────────────────────────────────────────────────────────────

/** Allocate an exact bytes object of n bytes (n >= 2 for callers that want singletons respected); data unset. */
export function bytesAlloc(rt: Runtime, n: number): number {
  if (n > 0x7fffffff - Bytes.BASIC_SIZE) throw rt.noMemory();
  const o = rt.allocObject(rt.T.bytes, Bytes.BASIC_SIZE + n);
  rt.i32[(o + Bytes.SIZE) >> 2] = n;
  rt.i32[(o + Bytes.SIZE + 4) >> 2] = 0;
  rt.i32[(o + Bytes.HASH) >> 2] = -1;
  rt.i32[(o + Bytes.HASH + 4) >> 2] = -1;
  rt.u8[o + Bytes.DATA + n] = 0;
  return o;
}

function singleton(rt: Runtime, o: number): number {
  rt.incref(o);
  return o;
}

/** A bytes object with a copy of `data` (new reference). */
export function newBytes(rt: Runtime, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return singleton(rt, rt.S.emptyBytes);
  if (n === 1) return singleton(rt, rt.S.bytes1[data[0]]);
  const o = bytesAlloc(rt, n);
  rt.u8.set(data, o + Bytes.DATA);
  return o;
}

/** Another name for newBytes (the numbers module imports it by this name). */
export function newBytesFrom(rt: Runtime, data: Uint8Array): number {
  return newBytes(rt, data);
}

/** A bytes object with a copy of the n bytes at heap address p (new reference). */
export function newBytesFromHeap(rt: Runtime, p: number, n: number): number {
  if (n === 0) return singleton(rt, rt.S.emptyBytes);
  if (n === 1) return singleton(rt, rt.S.bytes1[rt.u8[p]]);
  const o = bytesAlloc(rt, n);
  rt.u8.copyWithin(o + Bytes.DATA, p, p + n);
  return o;
}

/** Create `b""` and the 256 one-byte bytes in the static region. */
export function initBytes(rt: Runtime): void {
  const make = (n: number, byte: number): number => {
    const o = rt.allocStatic(rt.T.bytes, Bytes.BASIC_SIZE + n, false, STATIC_REFCNT);
    rt.i32[(o + Bytes.SIZE) >> 2] = n;
    rt.i32[(o + Bytes.SIZE + 4) >> 2] = 0;
    rt.i32[(o + Bytes.HASH) >> 2] = -1;
    rt.i32[(o + Bytes.HASH + 4) >> 2] = -1;
    if (n === 1) rt.u8[o + Bytes.DATA] = byte;
    rt.u8[o + Bytes.DATA + n] = 0;
    return o;
  };
  rt.S.emptyBytes = make(0, 0);
  for (let b = 0; b < 256; b++) rt.S.bytes1[b] = make(1, b);
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

export function bytesHash(rt: Runtime, o: number): number {
  const p = o + Bytes.HASH;
  if (rt.i32[p >> 2] !== -1 || rt.i32[(p + 4) >> 2] !== -1) return loadHash(rt, p);
  const h = hashData(rt, o + Bytes.DATA, Kind.UCS1, bytesSize(rt, o));
  storeHash(rt, p, h);
  return h;
}

const HEX = "0123456789abcdef";

/** The b'...' text of n bytes at p (CPython's repr rules; `alwaysEscapeSingle` for bytearray). */
export function appendBytesRepr(rt: Runtime, b: StrBuilder, p: number, n: number, alwaysEscapeSingle: boolean): void {
  const u8 = rt.u8;
  let single = false, double = false;
  for (let i = 0; i < n; i++) {
    if (u8[p + i] === 39) single = true;
    else if (u8[p + i] === 34) double = true;
  }
  const quote = single && !double ? 34 : 39;
  b.appendChar(98); // b
  b.appendChar(quote);
  for (let i = 0; i < n; i++) {
    const c = u8[p + i];
    if ((c === 39 && (quote === 39 || alwaysEscapeSingle)) || c === 92) {
      b.appendChar(92);
      b.appendChar(c);
    } else if (c === 9) b.appendAscii("\\t");
    else if (c === 10) b.appendAscii("\\n");
    else if (c === 13) b.appendAscii("\\r");
    else if (c < 0x20 || c >= 0x7f) {
      b.appendChar(92);
      b.appendChar(120);
      b.appendChar(HEX.charCodeAt(c >> 4));
      b.appendChar(HEX.charCodeAt(c & 15));
    } else b.appendChar(c);
  }
  b.appendChar(quote);
}

function bytesRepr(rt: Runtime, o: number): number {
  const n = bytesSize(rt, o);
  const b = new StrBuilder(n + 3);
  appendBytesRepr(rt, b, o + Bytes.DATA, n, false);
  return b.finish(rt);
}

function bytesRichCompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isBytes(rt, a) || !isBytes(rt, b)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  return bytesLikeCompare(rt, a, b, op as CompareOp);
}

function bytesDealloc(rt: Runtime, o: number): void {
  rt.freeObject(o);
}

// ── the constructor ─────────────────────────────────────────────────────────────────────

const bytesNewSpec = argSpec("bytes", ["source=", "encoding=", "errors="]);
const newOut = new Int32Array(3);
const bufScratch = new Int32Array(2);

/**
 * The bytes of an iterable of ints (PyBytes_FromObject's list/tuple/iterator paths), as a JS
 * array. Items must be ints in range(0, 256).
 */
export function bytesFromIterable(rt: Runtime, o: number): Uint8Array {
  const out: number[] = [];
  const push = (item: number) => {
    const v = asSsize(rt, item, 0);
    if (v < 0 || v > 255) throw rt.raise(rt.E.ValueError, "bytes must be in range(0, 256)");
    out.push(v);
  };
  if (rt.hasFlag(o, TpFlag.LIST_SUBCLASS)) {
    for (let i = 0; i < listSize(rt, o); i++) push(listItem(rt, o, i));
    return Uint8Array.from(out);
  }
  if (rt.hasFlag(o, TpFlag.TUPLE_SUBCLASS)) {
    for (let i = 0, n = tupleSize(rt, o); i < n; i++) push(tupleItem(rt, o, i));
    return Uint8Array.from(out);
  }
  const it = getIter(rt, o);
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      try {
        push(item);
      } finally {
        rt.decref(item);
      }
    }
  } finally {
    rt.decref(it);
  }
  return Uint8Array.from(out);
}

/** PyBytes_FromObject: exact bytes, a buffer, or an iterable of ints (new reference). */
export function bytesFromObject(rt: Runtime, o: number): number {
  if (rt.typeOf(o) === rt.T.bytes) return singleton(rt, o);
  if (bufferOf(rt, o, bufScratch)) return newBytesFromHeap(rt, bufScratch[0], bufScratch[1]);
  if (rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `cannot convert '${rt.typeName(o)}' object to bytes`);
  const slots = rt.slotsOf(o);
  if (slots.iter === undefined && slots.subscript === undefined) {
    throw rt.raise(rt.E.TypeError, `cannot convert '${rt.typeName(o)}' object to bytes`);
  }
  return newBytes(rt, bytesFromIterable(rt, o));
}

/** o.__bytes__() looked up on the type, or 0 when there is none; checks the result type. */
function callBytesMethod(rt: Runtime, o: number): number {
  const f = typeLookup(rt, rt.typeOf(o), rt.identifier("__bytes__"));
  if (f === 0) return 0;
  const get = rt.slotsOf(f).descrGet;
  const bound = get === undefined ? f : get(rt, f, o, rt.typeOf(o));
  if (get === undefined) rt.incref(bound);
  let r: number;
  try {
    r = call0(rt, bound);
  } finally {
    rt.decref(bound);
  }
  if (!isBytes(rt, r)) {
    const name = rt.typeName(r);
    rt.decref(r);
    throw rt.raise(rt.E.TypeError, `__bytes__ returned non-bytes (type ${name})`);
  }
  return r;
}

/** bytes(o) with one argument (PyObject_Bytes semantics plus the int count): new reference. */
export function objectToBytes(rt: Runtime, o: number): number {
  const viaMethod = callBytesMethod(rt, o);
  if (viaMethod !== 0) return viaMethod;
  if (rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "string argument without an encoding");
  if (hasIndex(rt, o)) {
    let size: number;
    try {
      size = asSsize(rt, o, rt.E.OverflowError);
    } catch (e) {
      if (e !== PY_RAISED || !rt.clearIfMatches(rt.E.TypeError)) throw e;
      return bytesFromObject(rt, o);
    }
    if (size < 0) throw rt.raise(rt.E.ValueError, "negative count");
    if (size <= 1) return size === 0 ? singleton(rt, rt.S.emptyBytes) : singleton(rt, rt.S.bytes1[0]);
    const r = bytesAlloc(rt, size);
    rt.u8.fill(0, r + Bytes.DATA, r + Bytes.DATA + size);
    return r;
  }
  return bytesFromObject(rt, o);
}

/**
 * The operand of bytes formatting's %s/%b: a bytes or bytearray object (new reference to it), or
 * the result of its __bytes__.
 */
export function objectToBytesForFormat(rt: Runtime, o: number): number {
  if (isBytes(rt, o) || rt.isInstance(o, rt.T.bytearray)) return singleton(rt, o);
  const viaMethod = callBytesMethod(rt, o);
  if (viaMethod !== 0) return viaMethod;
  throw rt.raise(rt.E.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${rt.typeName(o)}'`);
}

function strArg(rt: Runtime, o: number, fname: string, name: string): string | undefined {
  if (o === 0) return undefined;
  if (!rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `${fname}() argument '${name}' must be str, not ${argTypeName(rt, o)}`);
  return rt.jsString(o);
}

/** The exact bytes that bytes(source, encoding, errors) makes (new reference). */
function bytesFromArgs(rt: Runtime, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, bytesNewSpec, args, nargs, kwnames, newOut);
  const x = newOut[0];
  const encoding = strArg(rt, newOut[1], "bytes", "encoding");
  const errors = strArg(rt, newOut[2], "bytes", "errors");
  if (x === 0) {
    if (encoding !== undefined || errors !== undefined) {
      throw rt.raise(rt.E.TypeError, encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    }
    return singleton(rt, rt.S.emptyBytes);
  }
  if (encoding !== undefined) {
    if (!rt.hasFlag(x, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, "encoding without a string argument");
    return encodeStr(rt, x, encoding, errors ?? "strict");
  }
  if (errors !== undefined) {
    throw rt.raise(rt.E.TypeError, rt.hasFlag(x, TpFlag.UNICODE_SUBCLASS) ? "string argument without an encoding" : "errors without a string argument");
  }
  return objectToBytes(rt, x);
}

function bytesNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const b = bytesFromArgs(rt, args, nargs, kwnames);
  if (cls === rt.T.bytes) return b;
  try {
    const n = bytesSize(rt, b);
    const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
    const size = (basicsize + n + 1 + 7) & ~7;
    const o = rt.allocObject(cls, size);
    for (let off = Bytes.SIZE; off < size; off += 4) rt.i32[(o + off) >> 2] = 0;
    rt.i32[(o + Bytes.SIZE) >> 2] = n;
    rt.i32[(o + Bytes.HASH) >> 2] = -1;
    rt.i32[(o + Bytes.HASH + 4) >> 2] = -1;
    rt.u8.copyWithin(o + Bytes.DATA, b + Bytes.DATA, b + Bytes.DATA + n);
    return o;
  } finally {
    rt.decref(b);
  }
}

// ── bytes_iterator ──────────────────────────────────────────────────────────────────────

export const enum BytesIter {
  INDEX = 16,
  SEQ = 24,
  SIZE = 32,
}

function bytesIter(rt: Runtime, o: number): number {
  const it = rt.allocObject(rt.T.bytes_iterator, BytesIter.SIZE);
  rt.store(it + BytesIter.INDEX, 0);
  rt.incref(o);
  rt.store(it + BytesIter.SEQ, o);
  return it;
}

function bytesIterNext(rt: Runtime, it: number): number {
  const b = rt.load(it + BytesIter.SEQ);
  if (b === 0) return 0;
  const i = rt.i32[(it + BytesIter.INDEX) >> 2];
  if (i < bytesSize(rt, b)) {
    rt.i32[(it + BytesIter.INDEX) >> 2] = i + 1;
    return newInt(rt, rt.u8[b + Bytes.DATA + i]);
  }
  rt.store(it + BytesIter.SEQ, 0);
  rt.decref(b);
  return 0;
}

export const bytesIteratorType: TypeDef = {
  name: "bytes_iterator",
  basicsize: BytesIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: (rt, it) => {
    const b = rt.load(it + BytesIter.SEQ);
    rt.freeObject(it);
    if (b !== 0) rt.decref(b);
  },
  traverse: (rt, it, visit) => {
    const b = rt.load(it + BytesIter.SEQ);
    if (b !== 0) visit(b);
  },
  clear: (rt, it) => {
    const b = rt.load(it + BytesIter.SEQ);
    rt.store(it + BytesIter.SEQ, 0);
    if (b !== 0) rt.decref(b);
  },
  iter: (rt, it) => {
    rt.incref(it);
    return it;
  },
  iternext: bytesIterNext,
  methods: [
    {
      name: "__length_hint__",
      fn: (rt, self) => {
        const b = rt.load(self + BytesIter.SEQ);
        return newInt(rt, b === 0 ? 0 : bytesSize(rt, b) - rt.i32[(self + BytesIter.INDEX) >> 2]);
      },
    },
  ],
};

// ── the type ────────────────────────────────────────────────────────────────────────────

const bytesNb: (BinarySlot | undefined)[] = [];
bytesNb[BinaryOp.ADD] = (rt, a, b) => bytesBinarySlot(rt, a, b, BinaryOp.ADD);
bytesNb[BinaryOp.MULTIPLY] = (rt, a, b) => bytesLikeRepeat(rt, a, b);
bytesNb[BinaryOp.REMAINDER] = (rt, a, b) => {
  if (!isBytes(rt, a)) {
    rt.incref(rt.S.NotImplemented);
    return rt.S.NotImplemented;
  }
  return bytesMod(rt, a, b);
};

function getnewargs(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytes.__getnewargs__", nargs, kwnames, 0, 0);
  const copy = newBytesFromHeap(rt, self + Bytes.DATA, bytesSize(rt, self));
  let t: number;
  try {
    t = newTuple(rt, 1);
  } catch (e) {
    rt.decref(copy);
    throw e;
  }
  tupleSetItem(rt, t, 0, copy);
  return t;
}

function bytesBytes(rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "bytes.__bytes__", nargs, kwnames, 0, 0);
  if (rt.typeOf(self) === rt.T.bytes) return singleton(rt, self);
  return newBytesFromHeap(rt, self + Bytes.DATA, bytesSize(rt, self));
}

export const bytesType: TypeDef = {
  name: "bytes",
  basicsize: Bytes.BASIC_SIZE,
  itemsize: 1,
  flags: TpFlag.BASETYPE | TpFlag.BYTES_SUBCLASS | TpFlag.MATCH_SELF,
  doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer",
  dealloc: bytesDealloc,
  repr: bytesRepr,
  hash: bytesHash,
  richcompare: bytesRichCompare,
  nb: bytesNb,
  length: bytesSize,
  subscript: bytesLikeSubscript,
  contains: bytesLikeContains,
  iter: bytesIter,
  new: bytesNew,
  // bytes_sizeof: the type's basicsize (a subclass adds its dict pointer) plus the data.
  sizeof: (rt, o) => rt.i32[(rt.typeOf(o) + Tp.BASICSIZE) >> 2] + bytesSize(rt, o),
  methods: [
    ...bytesLikeMethods("bytes"),
    { name: "__getnewargs__", fn: getnewargs },
    { name: "__bytes__", fn: bytesBytes },
    {
      name: "__sizeof__",
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, "bytes.__sizeof__", nargs, kwnames, 0, 0);
        return newInt(rt, rt.i32[(rt.typeOf(self) + Tp.BASICSIZE) >> 2] + bytesSize(rt, self));
      },
    },
  ],
};
