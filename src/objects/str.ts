/**
 * The `str` type: its slots, its constructor, its iterator, and the public str API that the
 * rest of glasspy imports from here.
 *
 * The str files, lowest first:
 *   str-layout.ts   the PEP 393 memory layout, allocation, reading code points
 *   str-hash.ts     the (deterministic) hash
 *   str-unicode.ts  character properties and case mappings of code points
 *   str-object.ts   making strs (from JS text, slices, concatenation, StrBuilder), equality, order
 *   str-intern.ts   the interned table and static identifiers
 *   str-search.ts   find/rfind/count over heap characters (shared with bytes)
 *   str-repr.ts     repr() and ascii()
 *   str-args.ts     argument conventions shared by str/bytes methods (find-style arguments)
 *   str-pieces.ts   split, join, strip, partition, replace; str-translate.ts translate/maketrans
 *   str-case.ts     the case methods and the is* predicates
 *   str-methods.ts  the remaining methods and the method table
 *   str-format.ts   str.format / format_map; percent-format.ts `%` (shared with bytes)
 *   codecs.ts       encode/decode (the machines are in codecs-core.ts)
 *   str.ts          this file: the type object and the iterator
 *
 * bytes and bytearray build on the same pieces: bytes.ts, bytearray.ts, bytes-like.ts (buffers,
 * results of the receiver's kind, sequence slots) and bytes-methods.ts.
 *
 * str_iterator (32 bytes + GC head, as CPython's unicodeiterobject):
 *   ┌────────┬──────┬───────┬─────┐
 *   │ refcnt │ type │ index │ seq │   seq is 0 once exhausted
 *   └────────┴──────┴───────┴─────┘
 *    0        8      16      24
 * (CPython 3.11 iterates ASCII strings with a separate `str_ascii_iterator` type; glasspy uses
 * str_iterator for all.)
 */
import type { Runtime } from "./runtime.js";
import type { BinarySlot, TypeDef } from "./typedef.js";
import { Ob, Tp, TpFlag, STATIC_REFCNT } from "./layout.js";
import { freePlainObject } from "./plain-alloc.js";
import { BinaryOp, CompareOp } from "../compile/opcodes.js";
import { Interned, Kind, Str, StrState, copyChars, initCompact, kindFor, maxCharOf, readChar, strAllocSubtype, strData, strInternedState, strIsAscii, strIsCompact, strKind, strLength, strSizeof, strAlloc } from "./str-layout.js";
import { emptyStr, isStr, strCompare, strConcat, strEquals, strFromChar, strHash, strRepeat, strSubstring, strToJs } from "./str-object.js";
import { findChars } from "./str-search.js";
import { strRepr } from "./str-repr.js";
import { INDEX_MAX } from "./str-args.js";
import { asSsize, hasIndex, sliceIndices, sliceOut } from "./slice.js";
import { strMethods } from "./str-methods.js";
import { strMod } from "./percent-format.js";
import { decodeToStr } from "./codecs.js";
import { argSpec, parseArgs, argTypeName } from "./args.js";
import { str as objectStr } from "./abstract.js";
import { Int, newInt } from "./int.js";
import { notImplemented } from "./tuple.js";

export { newStr, strToJs, strHash, strEquals, strConcat, strAppend, isExactStr, isStr, strCompare, strSubstring, strExact, strFromChar, emptyStr, strRepeat, strEqualsText, StrBuilder } from "./str-object.js";
export { strLength, strKind, strData, readChar, strCharAt, Kind } from "./str-layout.js";
export { strIntern, strInternObject, strIdentifier, releaseIdentifiers } from "./str-intern.js";
export { strRepr, asciiRepr, reprOfText } from "./str-repr.js";
export { hashText } from "./str-hash.js";

// ── static strings ──────────────────────────────────────────────────────────────────────

/** Create `""` and the 256 one-character Latin-1 strs in the static region (refcount STATIC_REFCNT). */
export function initStrings(rt: Runtime): void {
  const empty = rt.allocStatic(rt.T.str, Str.ASCII_SIZE + 1, false, STATIC_REFCNT);
  initCompact(rt, empty, 0, 0);
  rt.S.emptyStr = empty;
  const latin1 = rt.S.latin1;
  for (let c = 0; c < 256; c++) {
    const size = c < 0x80 ? Str.ASCII_SIZE + 2 : Str.COMPACT_SIZE + 2;
    const o = rt.allocStatic(rt.T.str, size, false, STATIC_REFCNT);
    initCompact(rt, o, 1, c);
    rt.u8[strData(rt, o)] = c;
    latin1[c] = o;
  }
}

// ── slots ───────────────────────────────────────────────────────────────────────────────

function strDealloc(rt: Runtime, o: number): void {
  const state = rt.u8[o + Str.STATE];
  if ((state & (StrState.INTERNED_MASK | StrState.COMPACT)) === StrState.COMPACT && rt.i32[(o + Ob.TYPE) >> 2] === rt.T.str) {
    // An exact compact str not interned is one block that holds no references.
    freePlainObject(rt, o);
    return;
  }
  if (strInternedState(rt, o) === Interned.MORTAL) rt.interned.delete(strToJs(rt, o));
  if (!strIsCompact(rt, o)) rt.heap.free(rt.i32[(o + Str.DATA) >> 2]);
  rt.freeObject(o);
}

/** str(s): s itself for an exact str, else an exact copy. */
function strStr(rt: Runtime, o: number): number {
  return strSubstring(rt, o, 0, strLength(rt, o));
}

function boolResult(rt: Runtime, v: boolean): number {
  const r = v ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

function strRichCompare(rt: Runtime, a: number, b: number, op: number): number {
  if (!isStr(rt, a) || !isStr(rt, b)) return notImplemented(rt);
  switch (op) {
    case CompareOp.EQ: return boolResult(rt, strEquals(rt, a, b));
    case CompareOp.NE: return boolResult(rt, !strEquals(rt, a, b));
    case CompareOp.LT: return boolResult(rt, strCompare(rt, a, b) < 0);
    case CompareOp.LE: return boolResult(rt, strCompare(rt, a, b) <= 0);
    case CompareOp.GT: return boolResult(rt, strCompare(rt, a, b) > 0);
    default: return boolResult(rt, strCompare(rt, a, b) >= 0);
  }
}

function strAdd(rt: Runtime, a: number, b: number): number {
  if (!isStr(rt, a)) return notImplemented(rt);
  if (isStr(rt, b)) return strConcat(rt, a, b);
  throw rt.raise(rt.E.TypeError, `can only concatenate str (not "${rt.typeName(b)}") to str`);
}

function strMultiply(rt: Runtime, a: number, b: number): number {
  let s: number, n: number;
  if (isStr(rt, a)) {
    s = a;
    n = b;
  } else {
    s = b;
    n = a;
  }
  if (!hasIndex(rt, n)) {
    throw rt.raise(rt.E.TypeError, `can't multiply sequence by non-int of type '${rt.typeName(n)}'`);
  }
  const count = asSsize(rt, n, rt.E.OverflowError);
  if (count > 0 && strLength(rt, s) > INDEX_MAX / count) throw rt.noMemory();
  return strRepeat(rt, s, count);
}

function strRemainder(rt: Runtime, a: number, b: number): number {
  if (!isStr(rt, a)) return notImplemented(rt);
  return strMod(rt, a, b);
}

const strNb: (BinarySlot | undefined)[] = [];
strNb[BinaryOp.ADD] = strAdd;
strNb[BinaryOp.MULTIPLY] = strMultiply;
strNb[BinaryOp.REMAINDER] = strRemainder;

/** s[start:stop:step] for an unpacked slice (new reference). */
export function strSliceStep(rt: Runtime, o: number, start: number, step: number, count: number): number {
  if (step === 1) return strSubstring(rt, o, start, start + count);
  if (count <= 0) return emptyStr(rt);
  const data = strData(rt, o);
  const kind = strKind(rt, o);
  if (count === 1) return strFromChar(rt, readChar(rt, data, kind, start));
  let maxChar = 0;
  if (strIsAscii(rt, o)) maxChar = 0x7f;
  else for (let i = 0, j = start; i < count; i++, j += step) maxChar = Math.max(maxChar, readChar(rt, data, kind, j));
  const r = strAlloc(rt, count, maxChar);
  const rd = strData(rt, r);
  const rk = kindFor(maxChar);
  for (let i = 0, j = start; i < count; i++, j += step) {
    const c = readChar(rt, data, kind, j);
    if (rk === Kind.UCS1) rt.u8[rd + i] = c;
    else if (rk === Kind.UCS2) rt.u16[(rd >> 1) + i] = c;
    else rt.u32[(rd >> 2) + i] = c;
  }
  return r;
}

function strSubscript(rt: Runtime, o: number, key: number): number {
  if (rt.typeOf(key) === rt.T.int) {
    // s[i] for an exact int of at most one digit: its value without index().
    const size = rt.i32[(key + Ob.SIZE) >> 2];
    if (size >= -1 && size <= 1) {
      const n = strLength(rt, o);
      let i = size * rt.i32[(key + Int.DIGITS) >> 2];
      if (i < 0) i += n;
      if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "string index out of range");
      return strFromChar(rt, readChar(rt, strData(rt, o), strKind(rt, o), i));
    }
  }
  if (hasIndex(rt, key)) {
    let i = asSsize(rt, key, rt.E.IndexError);
    const n = strLength(rt, o);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw rt.raise(rt.E.IndexError, "string index out of range");
    return strFromChar(rt, readChar(rt, strData(rt, o), strKind(rt, o), i));
  }
  if (rt.typeOf(key) === rt.T.slice) {
    const count = sliceIndices(rt, key, strLength(rt, o));
    return strSliceStep(rt, o, sliceOut[0], sliceOut[2], count);
  }
  throw rt.raise(rt.E.TypeError, `string indices must be integers, not '${rt.typeName(key)}'`);
}

/** `sub in s`. */
export function strContains(rt: Runtime, o: number, sub: number): boolean {
  if (!isStr(rt, sub)) {
    throw rt.raise(rt.E.TypeError, `'in <string>' requires string as left operand, not ${rt.typeName(sub)}`);
  }
  const nk = strKind(rt, sub);
  const hk = strKind(rt, o);
  const n = strLength(rt, sub);
  if (nk > hk && n > 0) return false;
  return findChars(rt, strData(rt, o), hk, 0, strLength(rt, o), strData(rt, sub), nk, n) >= 0;
}

// ── the constructor ─────────────────────────────────────────────────────────────────────

const strNewSpec = argSpec("str", ["object=", "encoding=", "errors="]);
const strNewOut = new Int32Array(3);

function checkStrArg(rt: Runtime, o: number, name: string): string | undefined {
  if (o === 0) return undefined;
  if (!isStr(rt, o)) throw rt.raise(rt.E.TypeError, `str() argument '${name}' must be str, not ${argTypeName(rt, o)}`);
  return strToJs(rt, o);
}

/** The exact str that str(object, encoding, errors) makes (new reference). */
function strFromArgs(rt: Runtime, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, strNewSpec, args, nargs, kwnames, strNewOut);
  const object = strNewOut[0], encodingObj = strNewOut[1], errorsObj = strNewOut[2];
  const encoding = checkStrArg(rt, encodingObj, "encoding");
  const errors = checkStrArg(rt, errorsObj, "errors");
  if (object === 0) return emptyStr(rt);
  if (encoding === undefined && errors === undefined) return objectStr(rt, object);
  if (isStr(rt, object)) throw rt.raise(rt.E.TypeError, "decoding str is not supported");
  return decodeToStr(rt, object, encoding ?? "utf-8", errors ?? "strict");
}

/** Copy exact str `s` into a new instance of the str subclass `cls` (new reference). */
function strSubtypeFrom(rt: Runtime, cls: number, s: number): number {
  const n = strLength(rt, s);
  const kind = strKind(rt, s);
  const maxChar = strIsAscii(rt, s) ? 0x7f : n === 0 ? 0 : maxCharOf(rt, strData(rt, s), kind, 0, n);
  const o = strAllocSubtype(rt, cls, rt.i32[(cls + Tp.BASICSIZE) >> 2], n, maxChar);
  copyChars(rt, strData(rt, o), kind, 0, strData(rt, s), kind, 0, n);
  return o;
}

function strNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  const s = strFromArgs(rt, args, nargs, kwnames);
  if (cls === rt.T.str) return s;
  try {
    return strSubtypeFrom(rt, cls, s);
  } finally {
    rt.decref(s);
  }
}

// ── str_iterator ────────────────────────────────────────────────────────────────────────

export const enum StrIter {
  INDEX = 16,
  SEQ = 24,
  SIZE = 32,
}

function strIter(rt: Runtime, o: number): number {
  // CPython 3.11 has a separate iterator type for ASCII strings (the same behaviour).
  const it = rt.allocObject(strIsAscii(rt, o) ? rt.T.str_ascii_iterator : rt.T.str_iterator, StrIter.SIZE);
  rt.store(it + StrIter.INDEX, 0);
  rt.incref(o);
  rt.store(it + StrIter.SEQ, o);
  return it;
}

function strIterNext(rt: Runtime, it: number): number {
  const s = rt.load(it + StrIter.SEQ);
  if (s === 0) return 0;
  const i = rt.i32[(it + StrIter.INDEX) >> 2];
  if (i < strLength(rt, s)) {
    rt.i32[(it + StrIter.INDEX) >> 2] = i + 1;
    return strFromChar(rt, readChar(rt, strData(rt, s), strKind(rt, s), i));
  }
  rt.store(it + StrIter.SEQ, 0);
  rt.decref(s);
  return 0;
}

function strIterDealloc(rt: Runtime, it: number): void {
  const s = rt.load(it + StrIter.SEQ);
  rt.freeObject(it);
  if (s !== 0) rt.decref(s);
}

function strIterLengthHint(rt: Runtime, it: number): number {
  const s = rt.load(it + StrIter.SEQ);
  return newInt(rt, s === 0 ? 0 : strLength(rt, s) - rt.i32[(it + StrIter.INDEX) >> 2]);
}

export const strIteratorType: TypeDef = {
  name: "str_iterator",
  basicsize: StrIter.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC,
  dealloc: strIterDealloc,
  traverse: (rt, it, visit) => {
    const s = rt.load(it + StrIter.SEQ);
    if (s !== 0) visit(s);
  },
  clear: (rt, it) => {
    const s = rt.load(it + StrIter.SEQ);
    rt.store(it + StrIter.SEQ, 0);
    if (s !== 0) rt.decref(s);
  },
  iter: (rt, it) => {
    rt.incref(it);
    return it;
  },
  iternext: strIterNext,
  methods: [{ name: "__length_hint__", fn: (rt, self) => strIterLengthHint(rt, self), doc: "Private method returning an estimate of len(list(it))." }],
};

/** str_ascii_iterator: str_iterator's twin for ASCII strings, as in CPython 3.11. */
export const strAsciiIteratorType: TypeDef = { ...strIteratorType, name: "str_ascii_iterator" };

// ── the type ────────────────────────────────────────────────────────────────────────────

export const strType: TypeDef = {
  name: "str",
  basicsize: Str.UNICODE_SIZE,
  itemsize: 0,
  flags: TpFlag.BASETYPE | TpFlag.UNICODE_SUBCLASS | TpFlag.MATCH_SELF,
  doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.",
  dealloc: strDealloc,
  repr: strRepr,
  str: strStr,
  hash: strHash,
  richcompare: strRichCompare,
  nb: strNb,
  length: strLength,
  subscript: strSubscript,
  contains: strContains,
  iter: strIter,
  new: strNew,
  sizeof: strSizeof,
  methods: strMethods,
};

/** Size check kept at load: the header constants must agree with CPython's structs. */
if (Str.ASCII_SIZE !== 48 || Str.COMPACT_SIZE !== 72 || Ob.HEAD_SIZE !== 16) throw new Error("str layout constants disagree");
