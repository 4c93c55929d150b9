/**
 * The str object's memory: PEP 393 compact strings, as 64-bit CPython 3.11 lays them out.
 *
 *   PyASCIIObject (48 bytes), every code point < 128:
 *   ┌────────┬────────┬────────┬────────┬───────┬────────┬─────────────────────┐
 *   │ refcnt │ type   │ length │ hash   │ state │ wstr   │ chars (1 byte) + NUL │
 *   └────────┴────────┴────────┴────────┴───────┴────────┴─────────────────────┘
 *    0        8        16       24       32      40       48
 *
 *   PyCompactUnicodeObject (72 bytes), Latin-1 / UCS2 / UCS4 (1, 2 or 4 bytes a unit):
 *   ┌─ PyASCIIObject fields (48) ─┬─────────────┬──────┬─────────────┬─────────────────────┐
 *   │ refcnt type length hash ... │ utf8_length │ utf8 │ wstr_length │ chars (kind) + NUL  │
 *   └─────────────────────────────┴─────────────┴──────┴─────────────┴─────────────────────┘
 *                                  48            56     64            72
 *
 *   PyUnicodeObject (80 bytes), instances of str subclasses only: not compact, the characters
 *   live in a separate block named by the data pointer at 72.
 *
 * The state word at 32 is CPython's bitfield: interned:2, kind:3, compact:1, ascii:1, ready:1.
 * The kind is chosen from the largest code point (< 128 ASCII, < 256 Latin-1, < 65536 UCS2,
 * else UCS4), so every str has exactly one representation: two strs of different kinds are never
 * equal, and the kind of a concatenation is the larger kind of its parts. `length` counts code
 * points. `hash` is -1 until computed (str-hash.ts). glasspy never fills `wstr` or `utf8`.
 *
 * Where to start reading: `strAlloc` (the only allocator), `strData`/`readChar` (how every other
 * file reads characters without making JS strings).
 */
import type { Runtime } from "./runtime.js";
import { Ob } from "./layout.js";
import { allocPlainObject } from "./plain-alloc.js";

export const enum Str {
  LENGTH = 16,
  HASH = 24,
  /** The state bitfield (a 4-byte word followed by 4 bytes of padding). */
  STATE = 32,
  WSTR = 40,
  /** sizeof(PyASCIIObject): the characters of an ASCII string start here. */
  ASCII_SIZE = 48,
  UTF8_LENGTH = 48,
  UTF8 = 56,
  WSTR_LENGTH = 64,
  /** sizeof(PyCompactUnicodeObject): the characters of other compact strings start here. */
  COMPACT_SIZE = 72,
  /** PyUnicodeObject's data pointer (non-compact strings: str subclass instances). */
  DATA = 72,
  /** sizeof(PyUnicodeObject) == str.__basicsize__. */
  UNICODE_SIZE = 80,
}

/** The state bitfield. */
export const enum StrState {
  INTERNED_MASK = 3,
  KIND_SHIFT = 2,
  KIND_MASK = 7,
  COMPACT = 1 << 5,
  ASCII = 1 << 6,
  READY = 1 << 7,
}

/** SSTATE_*: the interned field. */
export const enum Interned {
  NOT = 0,
  MORTAL = 1,
  /** Identifiers and cached singletons: never removed from the table before close. */
  IMMORTAL = 2,
}

/** PyUnicode_*_KIND: bytes per code unit. */
export const enum Kind {
  UCS1 = 1,
  UCS2 = 2,
  UCS4 = 4,
}

/** The largest code point (sys.maxunicode). */
export const MAX_UNICODE = 0x10ffff;

/** The kind that holds code points up to `maxChar`. */
export function kindFor(maxChar: number): Kind {
  return maxChar < 0x100 ? Kind.UCS1 : maxChar < 0x10000 ? Kind.UCS2 : Kind.UCS4;
}

/** Bytes requested for a compact string: the struct, the units and the NUL (CPython's exact request). */
export function compactSize(length: number, maxChar: number): number {
  return maxChar < 0x80 ? Str.ASCII_SIZE + length + 1 : Str.COMPACT_SIZE + (length + 1) * kindFor(maxChar);
}

export function strLength(rt: Runtime, o: number): number {
  return rt.i32[(o + Str.LENGTH) >> 2];
}

export function strKind(rt: Runtime, o: number): Kind {
  return (rt.u8[o + Str.STATE] >> StrState.KIND_SHIFT) & StrState.KIND_MASK;
}

export function strIsAscii(rt: Runtime, o: number): boolean {
  return (rt.u8[o + Str.STATE] & StrState.ASCII) !== 0;
}

export function strInternedState(rt: Runtime, o: number): Interned {
  return rt.u8[o + Str.STATE] & StrState.INTERNED_MASK;
}

export function setInternedState(rt: Runtime, o: number, state: Interned): void {
  rt.u8[o + Str.STATE] = (rt.u8[o + Str.STATE] & ~StrState.INTERNED_MASK) | state;
}

/** Byte address of the first character. */
export function strData(rt: Runtime, o: number): number {
  const state = rt.u8[o + Str.STATE];
  if ((state & StrState.COMPACT) === 0) return rt.i32[(o + Str.DATA) >> 2];
  return o + ((state & StrState.ASCII) !== 0 ? Str.ASCII_SIZE : Str.COMPACT_SIZE);
}

/** Code point `i` of the character block at `data` of the given kind. */
export function readChar(rt: Runtime, data: number, kind: Kind, i: number): number {
  return kind === Kind.UCS1 ? rt.u8[data + i] : kind === Kind.UCS2 ? rt.u16[(data >> 1) + i] : rt.u32[(data >> 2) + i];
}

export function writeChar(rt: Runtime, data: number, kind: Kind, i: number, c: number): void {
  if (kind === Kind.UCS1) rt.u8[data + i] = c;
  else if (kind === Kind.UCS2) rt.u16[(data >> 1) + i] = c;
  else rt.u32[(data >> 2) + i] = c;
}

/** Code point `i` of str `o` (no bounds check). */
export function strCharAt(rt: Runtime, o: number, i: number): number {
  return readChar(rt, strData(rt, o), strKind(rt, o), i);
}

/** The largest code point in data[start:end). */
export function maxCharOf(rt: Runtime, data: number, kind: Kind, start: number, end: number): number {
  let m = 0;
  if (kind === Kind.UCS1) {
    const u8 = rt.u8;
    for (let i = data + start, e = data + end; i < e; i++) if (u8[i] > m) m = u8[i];
  } else if (kind === Kind.UCS2) {
    const u16 = rt.u16;
    for (let i = (data >> 1) + start, e = (data >> 1) + end; i < e; i++) if (u16[i] > m) m = u16[i];
  } else {
    const u32 = rt.u32;
    for (let i = (data >> 2) + start, e = (data >> 2) + end; i < e; i++) if (u32[i] > m) m = u32[i];
  }
  return m;
}

/** The state byte of a compact string able to hold `maxChar`. */
function compactState(maxChar: number): number {
  const ascii = maxChar < 0x80 ? StrState.ASCII : 0;
  return (kindFor(maxChar) << StrState.KIND_SHIFT) | StrState.COMPACT | ascii | StrState.READY;
}

/**
 * Allocate an exact compact str of `length` code points whose largest is `maxChar`.
 * Returns a new reference; the caller fills the characters (the NUL is written). The kind is
 * fixed by `maxChar`, so the caller must not store a larger code point.
 */
export function strAlloc(rt: Runtime, length: number, maxChar: number): number {
  const o = allocPlainObject(rt, rt.T.str, compactSize(length, maxChar));
  initCompact(rt, o, length, maxChar);
  return o;
}

/** Fill the header of a compact string at `o` (heap or static). */
export function initCompact(rt: Runtime, o: number, length: number, maxChar: number): void {
  const i32 = rt.i32;
  const w = o >> 2;
  i32[(Str.LENGTH >> 2) + w] = length;
  i32[(Str.LENGTH >> 2) + w + 1] = 0;
  i32[(Str.HASH >> 2) + w] = -1;
  i32[(Str.HASH >> 2) + w + 1] = -1;
  i32[(Str.STATE >> 2) + w] = compactState(maxChar);
  i32[(Str.STATE >> 2) + w + 1] = 0;
  i32[(Str.WSTR >> 2) + w] = 0;
  i32[(Str.WSTR >> 2) + w + 1] = 0;
  if (maxChar < 0x80) {
    rt.u8[o + Str.ASCII_SIZE + length] = 0;
    return;
  }
  for (let off = Str.UTF8_LENGTH; off < Str.COMPACT_SIZE; off += 4) i32[(off >> 2) + w] = 0;
  writeChar(rt, o + Str.COMPACT_SIZE, kindFor(maxChar), length, 0);
}

/**
 * Allocate an instance of a str subclass `cls` (PyUnicodeObject, not compact): the header at
 * `o`, the characters in their own block. Returns a new reference; the caller fills the
 * characters. Fields of the subclass past the str struct (its __weakref__ slot) are zeroed.
 */
export function strAllocSubtype(rt: Runtime, cls: number, basicsize: number, length: number, maxChar: number): number {
  const kind = kindFor(maxChar);
  const data = rt.mem((length + 1) * kind);
  let o: number;
  try {
    o = rt.allocObject(cls, basicsize);
  } catch (e) {
    rt.heap.free(data);
    throw e;
  }
  for (let off = Ob.HEAD_SIZE; off < basicsize; off += 4) rt.i32[(o + off) >> 2] = 0;
  rt.i32[(o + Str.LENGTH) >> 2] = length;
  rt.i32[(o + Str.HASH) >> 2] = -1;
  rt.i32[(o + Str.HASH + 4) >> 2] = -1;
  const ascii = maxChar < 0x80 ? StrState.ASCII : 0;
  rt.i32[(o + Str.STATE) >> 2] = (kind << StrState.KIND_SHIFT) | ascii | StrState.READY;
  rt.i32[(o + Str.DATA) >> 2] = data;
  writeChar(rt, data, kind, length, 0);
  return o;
}

/** True for the compact layout (every exact str); false for str subclass instances. */
export function strIsCompact(rt: Runtime, o: number): boolean {
  return (rt.u8[o + Str.STATE] & StrState.COMPACT) !== 0;
}

/**
 * Copy `n` code points from (src, srcKind) at `srcStart` to (dst, dstKind) at `dstStart`.
 * The destination kind must be able to hold every copied code point. Overlap is allowed
 * only when the kinds are equal.
 */
export function copyChars(rt: Runtime, dst: number, dstKind: Kind, dstStart: number, src: number, srcKind: Kind, srcStart: number, n: number): void {
  if (n <= 0) return;
  if (dstKind === srcKind) {
    copyBytes(rt, dst + dstStart * dstKind, src + srcStart * srcKind, n * srcKind);
    return;
  }
  const u8 = rt.u8;
  if (srcKind === Kind.UCS1) {
    const s = src + srcStart;
    if (dstKind === Kind.UCS2) {
      const u16 = rt.u16, d = (dst >> 1) + dstStart;
      for (let i = 0; i < n; i++) u16[d + i] = u8[s + i];
    } else {
      const u32 = rt.u32, d = (dst >> 2) + dstStart;
      for (let i = 0; i < n; i++) u32[d + i] = u8[s + i];
    }
    return;
  }
  if (srcKind === Kind.UCS2 && dstKind === Kind.UCS4) {
    const u16 = rt.u16, u32 = rt.u32, s = (src >> 1) + srcStart, d = (dst >> 2) + dstStart;
    for (let i = 0; i < n; i++) u32[d + i] = u16[s + i];
    return;
  }
  // Narrowing (the caller knows every code point fits).
  for (let i = 0; i < n; i++) writeChar(rt, dst, dstKind, dstStart + i, readChar(rt, src, srcKind, srcStart + i));
}

/**
 * Below this many bytes a copy is a loop: TypedArray.copyWithin's call costs more than the
 * copy for the short strs most operations move (words, separators, digits).
 */
const SHORT_COPY_BYTES = 48;

/** memmove of `nbytes` bytes from `src` to `dst` (the ranges may overlap). */
export function copyBytes(rt: Runtime, dst: number, src: number, nbytes: number): void {
  if (nbytes > SHORT_COPY_BYTES) {
    rt.u8.copyWithin(dst, src, src + nbytes);
    return;
  }
  const u8 = rt.u8;
  if (dst <= src) for (let i = 0; i < nbytes; i++) u8[dst + i] = u8[src + i];
  else for (let i = nbytes - 1; i >= 0; i--) u8[dst + i] = u8[src + i];
}

/** sys.getsizeof without the GC header: CPython's unicode___sizeof__ (no cached UTF-8 copies). */
export function strSizeof(rt: Runtime, o: number): number {
  const length = strLength(rt, o);
  const kind = strKind(rt, o);
  const state = rt.u8[o + Str.STATE];
  if ((state & StrState.COMPACT) === 0) return Str.UNICODE_SIZE + (length + 1) * kind;
  return (state & StrState.ASCII) !== 0 ? Str.ASCII_SIZE + length + 1 : Str.COMPACT_SIZE + (length + 1) * kind;
}
