/**
 * Making and reading str objects: the core every str file and every other layer builds on.
 *
 * A str is made from JS text (`newStr`), from code points collected in a `StrBuilder`, or from
 * other strs' characters (`strSubstring`, `strConcat`, `strRepeat`) — the latter copy between
 * heap blocks and never make JS strings. The empty string and the 256 one-character Latin-1
 * strings are static singletons (CPython's `""`, `chr(0)` … `chr(255)` caches): every function
 * that could make one of them returns the singleton instead (a new reference to it).
 *
 * JS text is UTF-16: a surrogate pair becomes one code point on the way in and is produced
 * again on the way out; a lone surrogate stays a lone code point. (So two adjacent lone
 * surrogates in a str — possible in Python — read back as one pair; the heap-side functions
 * here never go through JS text, so only `strToJs` round trips see it.)
 */
import type { Runtime } from "./runtime.js";
import { TpFlag } from "./layout.js";
import {
  Kind, Str, StrState, copyBytes, copyChars, kindFor, maxCharOf, readChar, strAlloc, strData, strIsAscii, strKind, strLength, writeChar,
} from "./str-layout.js";
import { hashData, loadHash, storeHash, storeHashOfData } from "./str-hash.js";

/** The largest code point a str of `kind` may hold (ASCII counts as its own kind here). */
export function maxCharForKind(kind: Kind, ascii: boolean): number {
  return ascii ? 0x7f : kind === Kind.UCS1 ? 0xff : kind === Kind.UCS2 ? 0xffff : 0x10ffff;
}

export function isExactStr(rt: Runtime, o: number): boolean {
  return rt.typeOf(o) === rt.T.str;
}

/** str or a subclass of str. */
export function isStr(rt: Runtime, o: number): boolean {
  return rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS);
}

/** The empty str (new reference). */
export function emptyStr(rt: Runtime): number {
  const e = rt.S.emptyStr;
  rt.incref(e);
  return e;
}

/** The one-character str for code point `c` (new reference; cached for c < 256). */
export function strFromChar(rt: Runtime, c: number): number {
  if (c < 0x100) {
    const o = rt.S.latin1[c];
    rt.incref(o);
    return o;
  }
  const o = strAlloc(rt, 1, c);
  const kind = kindFor(c);
  const data = o + Str.COMPACT_SIZE;
  if (kind === Kind.UCS2) rt.u16[data >> 1] = c;
  else rt.u32[data >> 2] = c;
  return o;
}

/** A str from JS text (new reference). */
export function newStr(rt: Runtime, text: string): number {
  return newStrOf(rt, text, true);
}

/**
 * `newStr`, except that a one-character result is a new str, never the cached singleton: what
 * CPython's functions that fill a PyUnicode_New result give (int's str and repr, for one).
 */
export function newStrUncached(rt: Runtime, text: string): number {
  return newStrOf(rt, text, false);
}

function newStrOf(rt: Runtime, text: string, cachedChar: boolean): number {
  const n16 = text.length;
  if (n16 === 0) return emptyStr(rt);
  let maxChar = 0;
  let pairs = 0;
  for (let i = 0; i < n16; i++) {
    const c = text.charCodeAt(i);
    if (c > maxChar) maxChar = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n16) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  if (pairs > 0) maxChar = 0x10ffff;
  const length = n16 - pairs;
  if (cachedChar && length === 1 && maxChar < 0x100) return strFromChar(rt, maxChar);
  const o = strAlloc(rt, length, maxChar);
  const data = strData(rt, o);
  const kind = kindFor(maxChar);
  if (kind === Kind.UCS1) {
    const u8 = rt.u8;
    for (let i = 0; i < n16; i++) u8[data + i] = text.charCodeAt(i);
  } else if (kind === Kind.UCS2) {
    const u16 = rt.u16;
    const base = data >> 1;
    for (let i = 0; i < n16; i++) u16[base + i] = text.charCodeAt(i);
  } else {
    const u32 = rt.u32;
    let j = data >> 2;
    for (let i = 0; i < n16; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n16) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      u32[j++] = c;
    }
  }
  return o;
}

const CHUNK = 8192;

/** JS text of `n` code points at `data` of `kind`. */
export function dataToJs(rt: Runtime, data: number, kind: Kind, n: number): string {
  if (n === 0) return "";
  if (n <= 16 && kind === Kind.UCS1) {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(rt.u8[data + i]);
    return s;
  }
  let s = "";
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    if (kind === Kind.UCS1) {
      s += String.fromCharCode.apply(null, rt.u8.subarray(data + start, data + end) as unknown as number[]);
    } else if (kind === Kind.UCS2) {
      s += String.fromCharCode.apply(null, rt.u16.subarray((data >> 1) + start, (data >> 1) + end) as unknown as number[]);
    } else {
      s += String.fromCodePoint.apply(null, rt.u32.subarray((data >> 2) + start, (data >> 2) + end) as unknown as number[]);
    }
  }
  return s;
}

/** A str's text as a JS string. */
export function strToJs(rt: Runtime, o: number): string {
  return dataToJs(rt, strData(rt, o), strKind(rt, o), strLength(rt, o));
}

/** hash(s): computed once, cached in the object. */
export function strHash(rt: Runtime, o: number): number {
  const p = o + Str.HASH;
  if (rt.i32[p >> 2] === -1 && rt.i32[(p + 4) >> 2] === -1) cacheStrHash(rt, o);
  return loadHash(rt, p);
}

/** Compute `o`'s hash into its hash field (for callers that then read the two words). */
export function cacheStrHash(rt: Runtime, o: number): void {
  storeHashOfData(rt, strData(rt, o), strKind(rt, o), strLength(rt, o), o + Str.HASH);
}

/** Byte-wise equality of `nbytes` bytes at p and q. */
function bytesEqual(rt: Runtime, p: number, q: number, nbytes: number): boolean {
  const u8 = rt.u8;
  let i = 0;
  if (((p | q) & 3) === 0) {
    const i32 = rt.i32;
    const words = nbytes >> 2;
    for (let w = 0; w < words; w++) if (i32[(p >> 2) + w] !== i32[(q >> 2) + w]) return false;
    i = words << 2;
  }
  for (; i < nbytes; i++) if (u8[p + i] !== u8[q + i]) return false;
  return true;
}

/** a == b for two strs (either may be a subclass instance): identity, length, kind, then the units. */
export function strEquals(rt: Runtime, a: number, b: number): boolean {
  if (a === b) return true;
  const n = strLength(rt, a);
  if (n !== strLength(rt, b)) return false;
  const kind = strKind(rt, a);
  if (kind !== strKind(rt, b)) return false;
  return bytesEqual(rt, strData(rt, a), strData(rt, b), n * kind);
}

/** Does str `o` hold exactly `text`? (No allocation.) */
export function strEqualsText(rt: Runtime, o: number, text: string): boolean {
  const n = strLength(rt, o);
  const data = strData(rt, o);
  const kind = strKind(rt, o);
  let i = 0;
  for (let j = 0; j < text.length; j++) {
    let c = text.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < text.length) {
      const d = text.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        j++;
      }
    }
    if (i >= n || readChar(rt, data, kind, i) !== c) return false;
    i++;
  }
  return i === n;
}

/** Code-point order: negative, 0 or positive as a < b, a == b, a > b. */
export function strCompare(rt: Runtime, a: number, b: number): number {
  if (a === b) return 0;
  const na = strLength(rt, a), nb = strLength(rt, b);
  const da = strData(rt, a), db = strData(rt, b);
  const ka = strKind(rt, a), kb = strKind(rt, b);
  const n = Math.min(na, nb);
  if (ka === Kind.UCS1 && kb === Kind.UCS1) {
    const u8 = rt.u8;
    for (let i = 0; i < n; i++) {
      const d = u8[da + i] - u8[db + i];
      if (d !== 0) return d;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const d = readChar(rt, da, ka, i) - readChar(rt, db, kb, i);
      if (d !== 0) return d;
    }
  }
  return na - nb;
}

/**
 * a < b for two exact strs of kind UCS1 (ASCII or Latin-1): the bytes compared directly, as
 * CPython's sort does for such keys (unsafe_latin_compare).
 */
export function latin1Less(rt: Runtime, a: number, b: number): boolean {
  const u8 = rt.u8, i32 = rt.i32;
  const na = i32[(a + Str.LENGTH) >> 2], nb = i32[(b + Str.LENGTH) >> 2];
  const da = a + ((u8[a + Str.STATE] & StrState.ASCII) !== 0 ? Str.ASCII_SIZE : Str.COMPACT_SIZE);
  const db = b + ((u8[b + Str.STATE] & StrState.ASCII) !== 0 ? Str.ASCII_SIZE : Str.COMPACT_SIZE);
  const n = na < nb ? na : nb;
  for (let i = 0; i < n; i++) {
    const x = u8[da + i], y = u8[db + i];
    if (x !== y) return x < y;
  }
  return na < nb;
}

/**
 * s[start:end] for 0 <= start <= end <= len(s) (new reference). The whole of an exact str
 * is the str itself; the result's kind is recomputed from its characters, as CPython's is.
 */
export function strSubstring(rt: Runtime, o: number, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return emptyStr(rt);
  const kind = strKind(rt, o);
  const data = strData(rt, o);
  if (n === 1) return strFromChar(rt, readChar(rt, data, kind, start));
  if (n === strLength(rt, o) && isExactStr(rt, o)) {
    rt.incref(o);
    return o;
  }
  const maxChar = strIsAscii(rt, o) ? 0x7f : maxCharOf(rt, data, kind, start, end);
  const r = strAlloc(rt, n, maxChar);
  copyChars(rt, strData(rt, r), kindFor(maxChar), 0, data, kind, start, n);
  return r;
}

/** An exact str with the characters of `o`: o itself (increfed) when it is exact, else a copy. */
export function strExact(rt: Runtime, o: number): number {
  return strSubstring(rt, o, 0, strLength(rt, o));
}

/** a + b for two strs (new reference, always an exact str). */
export function strConcat(rt: Runtime, a: number, b: number): number {
  const na = strLength(rt, a), nb = strLength(rt, b);
  if (na === 0) return strExact(rt, b);
  if (nb === 0) return strExact(rt, a);
  const n = na + nb;
  if (n > 0x7fffffff - 100) throw rt.raise(rt.E.OverflowError, "strings are too large to concat");
  const u8 = rt.u8;
  if ((u8[a + Str.STATE] & u8[b + Str.STATE] & (StrState.ASCII | StrState.COMPACT)) === (StrState.ASCII | StrState.COMPACT)) {
    // Two compact ASCII strs (`word + "ka"`): bytes after the 48-byte header, no kind dispatch.
    const r = strAlloc(rt, n, 0x7f);
    copyBytes(rt, r + Str.ASCII_SIZE, a + Str.ASCII_SIZE, na);
    copyBytes(rt, r + Str.ASCII_SIZE + na, b + Str.ASCII_SIZE, nb);
    return r;
  }
  const ka = strKind(rt, a), kb = strKind(rt, b);
  const kind = ka > kb ? ka : kb;
  const r = strAlloc(rt, n, maxCharForKind(kind, strIsAscii(rt, a) && strIsAscii(rt, b)));
  const d = strData(rt, r);
  copyChars(rt, d, kind, 0, strData(rt, a), ka, 0, na);
  copyChars(rt, d, kind, na, strData(rt, b), kb, 0, nb);
  return r;
}

/**
 * PyUnicode_Append: `left + right`, consuming the reference `left`; returns a new reference.
 * When the caller holds the only reference to an exact, unhashed, uninterned `left` whose kind
 * can hold `right`, the block is resized in place (realloc) as CPython's resize_compact does.
 * On failure `left` is released too. (The eval loop's `s += t` is `strConcatIntoLocal`.)
 */
export function strAppend(rt: Runtime, left: number, right: number): number {
  if (!appendableInPlace(rt, left, right, 1)) {
    try {
      return strConcat(rt, left, right);
    } finally {
      rt.decref(left);
    }
  }
  try {
    return resizeAppend(rt, left, right);
  } catch (e) {
    rt.decref(left);
    throw e;
  }
}

/**
 * CPython's unicode_modifiable plus PyUnicode_Append's conditions: `left` is an exact str with
 * `refs` references (all the caller's), characters, no cached hash, not interned; `right` is
 * a non-empty exact str that fits left's kind (and ASCII stays ASCII: widening would move
 * every character anyway).
 */
function appendableInPlace(rt: Runtime, left: number, right: number, refs: number): boolean {
  const i32 = rt.i32;
  return (
    i32[left >> 2] === refs && isExactStr(rt, left) && isExactStr(rt, right) &&
    strLength(rt, left) > 0 && strLength(rt, right) > 0 &&
    i32[(left + Str.HASH) >> 2] === -1 && i32[(left + Str.HASH + 4) >> 2] === -1 &&
    (rt.u8[left + Str.STATE] & StrState.INTERNED_MASK) === 0 &&
    strKind(rt, right) <= strKind(rt, left) && (!strIsAscii(rt, left) || strIsAscii(rt, right))
  );
}

/**
 * Grow `left` (exact, unhashed, uninterned, referenced once, wide enough for `right`) to hold
 * `right` after its characters: realloc, as CPython's resize_compact. Returns the str's
 * address, which may have moved; `left`'s reference is now the result's. On MemoryError or
 * OverflowError nothing has changed.
 */
function resizeAppend(rt: Runtime, left: number, right: number): number {
  const nl = strLength(rt, left), nr = strLength(rt, right);
  const kl = strKind(rt, left), kr = strKind(rt, right);
  const n = nl + nr;
  if (n > 0x7fffffff - 100) throw rt.raise(rt.E.OverflowError, "strings are too large to concat");
  const header = strIsAscii(rt, left) ? Str.ASCII_SIZE : Str.COMPACT_SIZE;
  // `right` may be `left` itself: read it before the block can move.
  const same = right === left;
  const o = rt.memRealloc(left, header + (n + 1) * kl);
  if (o !== left && rt.liveObjects !== null) {
    rt.liveObjects.delete(left);
    rt.liveObjects.add(o);
  }
  rt.i32[(o + Str.LENGTH) >> 2] = n;
  const d = o + header;
  copyChars(rt, d, kl, nl, same ? d : strData(rt, right), kr, 0, nr);
  writeChar(rt, d, kl, n, 0);
  return o;
}

/**
 * `local = local + right` for BINARY_OP (`+` or `+=`) immediately followed by STORE_FAST into
 * the local that holds the left operand: CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE, which
 * appends in place when nothing else refers to the left str, so that `s += t` in a loop is
 * linear.
 *
 * Preconditions (the caller checks them): `slot` is the byte address of the local's word;
 * left = that word is an exact str; `right` is an exact str; the value stack holds one
 * reference to left (so its count is at least 2: the stack's and the local's) and one to right.
 *
 * On return the local holds the result (a new reference, or left grown in place), the local's
 * old reference and the stack's reference to left have both been released, and the caller
 * pops the two operands without releasing left, releases right, and skips the STORE_FAST.
 * When it throws (MemoryError, OverflowError) nothing has changed: the stack still owns both
 * operands and the local still holds left.
 */
export function strConcatIntoLocal(rt: Runtime, slot: number, right: number): void {
  const i32 = rt.i32;
  const left = i32[slot >> 2];
  if (i32[(left + Str.LENGTH) >> 2] === 0) {
    // "" + right is right itself (exact), as PyUnicode_Append: the local takes a reference to it.
    i32[right >> 2]++;
    i32[slot >> 2] = right;
    i32[left >> 2]--;
    rt.decref(left);
    return;
  }
  if (asciiAppendInPlace(rt, slot, left, right)) return;
  if (appendableInPlace(rt, left, right, 2)) {
    // The stack's and the local's references are the only ones: the block becomes the result.
    const o = resizeAppend(rt, left, right);
    i32[o >> 2] = 1;
    i32[slot >> 2] = o;
    return;
  }
  const r = strConcat(rt, left, right);
  i32[slot >> 2] = r;
  i32[left >> 2]--;
  rt.decref(left);
}

/**
 * strConcatIntoLocal's commonest case, written out: `left` (exact, in the local at `slot`)
 * and `right` (exact) both ASCII and non-empty, left referenced by the stack and the local
 * only, unhashed and not interned. Its block grows (realloc keeps it when the new size still
 * fits), right's bytes are copied after its own with a byte loop (short words: a call of
 * copyWithin costs more), and the local at byte address `slot` holds the result with one
 * reference. False, having changed nothing, in any other case. MemoryError leaves everything
 * unchanged.
 */
function asciiAppendInPlace(rt: Runtime, slot: number, left: number, right: number): boolean {
  let i32 = rt.i32;
  const u8 = rt.u8;
  const stateL = u8[left + Str.STATE], stateR = u8[right + Str.STATE];
  if (
    i32[left >> 2] !== 2 || (stateL & stateR & StrState.ASCII) === 0 || (stateL & StrState.INTERNED_MASK) !== 0 ||
    (stateL & StrState.COMPACT) === 0 || (stateR & StrState.COMPACT) === 0 ||
    i32[(left + Str.HASH) >> 2] !== -1 || i32[(left + Str.HASH + 4) >> 2] !== -1
  ) {
    return false;
  }
  const nl = i32[(left + Str.LENGTH) >> 2], nr = i32[(right + Str.LENGTH) >> 2];
  if (nr === 0 || right === left || nl + nr > 0x7fffffff - 100) return false;
  const n = nl + nr;
  const o = rt.memRealloc(left, Str.ASCII_SIZE + n + 1);
  if (o !== left && rt.liveObjects !== null) {
    rt.liveObjects.delete(left);
    rt.liveObjects.add(o);
  }
  i32 = rt.i32;
  i32[(o + Str.LENGTH) >> 2] = n;
  const d = o + Str.ASCII_SIZE + nl;
  const src = right + Str.ASCII_SIZE;
  const bytes = rt.u8;
  if (nr <= SHORT_APPEND) for (let i = 0; i < nr; i++) bytes[d + i] = bytes[src + i];
  else bytes.copyWithin(d, src, src + nr);
  bytes[d + nr] = 0;
  i32[o >> 2] = 1;
  i32[slot >> 2] = o;
  return true;
}

/** Up to this many bytes, asciiAppendInPlace copies with a loop. */
const SHORT_APPEND = 48;

/** s * count (new reference). */
export function strRepeat(rt: Runtime, o: number, count: number): number {
  const n = strLength(rt, o);
  if (count <= 0 || n === 0) return emptyStr(rt);
  if (count === 1) return strExact(rt, o);
  if (n * count > 0x7fffffff - 100) throw rt.noMemory();
  const kind = strKind(rt, o);
  const r = strAlloc(rt, n * count, maxCharForKind(kind, strIsAscii(rt, o)));
  const d = strData(rt, r);
  const unit = n * kind;
  copyChars(rt, d, kind, 0, strData(rt, o), kind, 0, n);
  // Double the filled prefix each round (memcpy-style, as CPython's repeat does).
  let filled = unit;
  const total = unit * count;
  while (filled < total) {
    const chunk = Math.min(filled, total - filled);
    rt.u8.copyWithin(d + filled, d, d + chunk);
    filled += chunk;
  }
  return r;
}

/**
 * Collects code points on the JS side, then makes one str of exactly the right kind.
 * For results whose characters are not slices of existing strs (case mapping, formatting,
 * repr). `finish` returns a new reference and leaves the builder empty.
 */
/** Buffers of finished StrBuilders, kept for the next ones (at most SPARE_COUNT, each small). */
const spareBuffers: Uint32Array[] = [];
const SPARE_COUNT = 8;
const SPARE_MAX_LENGTH = 1 << 16;
const NO_BUFFER = new Uint32Array(0);
/** Up to this many code points, finish copies with a loop instead of making a subarray. */
const SMALL_COPY = 64;

export class StrBuilder {
  private buf: Uint32Array;
  length = 0;
  maxChar = 0;

  constructor(capacity = 16) {
    // A buffer a finished builder gave back, when one is large enough: formatting and
    // repr make a builder per operation, and a typed array per builder would be most of it.
    const spare = spareBuffers.length > 0 ? spareBuffers[spareBuffers.length - 1] : undefined;
    if (spare !== undefined && spare.length >= capacity) {
      spareBuffers.pop();
      this.buf = spare;
    } else {
      this.buf = new Uint32Array(Math.max(capacity, 16));
    }
  }

  private grow(extra: number): void {
    let cap = Math.max(this.buf.length * 2, 16);
    while (cap < this.length + extra) cap *= 2;
    const b = new Uint32Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  appendChar(c: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = c;
    if (c > this.maxChar) this.maxChar = c;
  }

  appendRepeat(c: number, count: number): void {
    if (count <= 0) return;
    if (this.length + count > this.buf.length) this.grow(count);
    this.buf.fill(c, this.length, this.length + count);
    this.length += count;
    if (c > this.maxChar) this.maxChar = c;
  }

  /** Append JS text (surrogate pairs become one code point). */
  appendText(text: string): void {
    if (this.length + text.length > this.buf.length) this.grow(text.length);
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      this.buf[this.length++] = c;
      if (c > this.maxChar) this.maxChar = c;
    }
  }

  /** Append ASCII-only JS text (digits, escapes): no surrogate handling needed. */
  appendAscii(text: string): void {
    if (this.length + text.length > this.buf.length) this.grow(text.length);
    for (let i = 0; i < text.length; i++) this.buf[this.length++] = text.charCodeAt(i);
    if (text.length > 0 && this.maxChar < 0x7f) {
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > this.maxChar) this.maxChar = text.charCodeAt(i);
    }
  }

  /** Append code points [start, end) of str `o`. */
  appendStr(rt: Runtime, o: number, start = 0, end = strLength(rt, o)): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.length + n > this.buf.length) this.grow(n);
    const data = strData(rt, o);
    const kind = strKind(rt, o);
    const buf = this.buf;
    let m = this.maxChar;
    for (let i = start; i < end; i++) {
      const c = readChar(rt, data, kind, i);
      buf[this.length++] = c;
      if (c > m) m = c;
    }
    this.maxChar = m;
  }

  /** Append the code points [start, end) of the characters of `kind` at `data`. */
  appendData(rt: Runtime, data: number, kind: Kind, start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.length + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    let m = this.maxChar;
    let at = this.length;
    if (kind === Kind.UCS1) {
      const u8 = rt.u8;
      for (let i = data + start, e = data + end; i < e; i++) {
        const c = u8[i];
        buf[at++] = c;
        if (c > m) m = c;
      }
    } else {
      for (let i = start; i < end; i++) {
        const c = readChar(rt, data, kind, i);
        buf[at++] = c;
        if (c > m) m = c;
      }
    }
    this.length = at;
    this.maxChar = m;
  }

  /** Code point i (0 <= i < length). */
  at(i: number): number {
    return this.buf[i];
  }

  /** Drop everything from `length` on. */
  truncate(length: number): void {
    this.length = length;
  }

  /** Empty the builder, keeping its buffer (a builder reused for many results). */
  clear(): void {
    this.length = 0;
    this.maxChar = 0;
  }

  /**
   * Make the str (new reference) and reset the builder. The buffer goes to the spares unless
   * `keepBuffer` (a builder that will be used again keeps a buffer of modest size).
   */
  finish(rt: Runtime, keepBuffer = false): number {
    if (this.length === 1) {
      this.length = 0;
      this.maxChar = 0;
      return strFromChar(rt, this.buf[0]);
    }
    return this.finishNew(rt, keepBuffer);
  }

  /**
   * `finish`, except that a one-character result is a new str, never the cached singleton
   * (what CPython's functions that fill a PyUnicode_New result give: the case methods).
   */
  finishNew(rt: Runtime, keepBuffer = false): number {
    const n = this.length;
    const maxChar = this.maxChar;
    this.length = 0;
    this.maxChar = 0;
    if (n === 0) return emptyStr(rt);
    const buf = this.buf;
    const keep = keepBuffer && buf.length <= SPARE_MAX_LENGTH;
    let o: number;
    try {
      o = strAlloc(rt, n, maxChar);
    } catch (e) {
      if (!keep) this.giveBack();
      throw e;
    }
    const data = strData(rt, o);
    const kind = kindFor(maxChar);
    if (n <= SMALL_COPY) {
      const bytes = kind === Kind.UCS1 ? rt.u8 : kind === Kind.UCS2 ? rt.u16 : rt.u32;
      const at = kind === Kind.UCS1 ? data : kind === Kind.UCS2 ? data >> 1 : data >> 2;
      for (let i = 0; i < n; i++) bytes[at + i] = buf[i];
    } else if (kind === Kind.UCS1) rt.u8.set(buf.subarray(0, n), data);
    else if (kind === Kind.UCS2) rt.u16.set(buf.subarray(0, n), data >> 1);
    else rt.u32.set(buf.subarray(0, n), data >> 2);
    if (!keep) this.giveBack();
    return o;
  }

  /**
   * Hand the buffer to the spares for the next builder; this builder starts again empty (and
   * grows a buffer if it is used once more). The caller copies out what it needs first.
   */
  private giveBack(): void {
    const buf = this.buf;
    this.buf = NO_BUFFER;
    if (buf.length > 0 && buf.length <= SPARE_MAX_LENGTH && spareBuffers.length < SPARE_COUNT) spareBuffers.push(buf);
  }

  /** The collected text as JS (for messages and host output). */
  toJs(): string {
    let s = "";
    for (let start = 0; start < this.length; start += CHUNK) {
      s += String.fromCodePoint.apply(null, this.buf.subarray(start, Math.min(this.length, start + CHUNK)) as unknown as number[]);
    }
    return s;
  }
}
