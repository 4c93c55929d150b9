/**
 * The str methods that cut strings into pieces and glue them together: split, rsplit,
 * splitlines, join, strip/lstrip/rstrip, partition/rpartition and replace.
 *
 * Every piece is a slice of the receiver copied heap to heap (`strSubstring`), and a join or a
 * replace sizes its result first and copies each part once, so no JS string is made. A piece
 * that is the whole of an exact str is that str itself, as in CPython (`"abc".split()[0] is s`).
 * The bound-finding loops live in str-search.ts and are shared with bytes.
 */
import type { Runtime } from "./runtime.js";
import { PY_RAISED } from "./errors.js";
import { Kind, Str, copyChars, kindFor, maxCharOf, readChar, strAlloc, strData, strIsAscii, strKind, strLength } from "./str-layout.js";
import { emptyStr, isExactStr, isStr, maxCharForKind, strExact, strFromChar, strSubstring } from "./str-object.js";
import { charsContain, findChars, rfindChars, rsplitSep, rsplitWhitespace, splitLines, splitSep, splitWhitespace } from "./str-search.js";
import { INDEX_MAX, checkPositional, indexArg } from "./str-args.js";
import { isLineBreak, isSpace } from "./str-unicode.js";
import { arg, argSpec, clinicSpec, checkArgs, parseArgs } from "./args.js";
import { getIter, iterNext } from "./abstract.js";
import { Tuple, newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { listAppend, listAppendTakeRef, listItem, listItems, listSize, newListPrealloc } from "./list.js";
import { asCInt } from "../modules/builtins-numeric.js";

// ── helpers ─────────────────────────────────────────────────────────────────────────────

export function bool(rt: Runtime, v: boolean): number {
  const r = v ? rt.S.True : rt.S.False;
  rt.incref(r);
  return r;
}

/** TypeError `${prefix}must be str, not int` unless `o` is a str. */
export function requireStr(rt: Runtime, o: number, prefix: string): void {
  if (!isStr(rt, o)) throw rt.raise(rt.E.TypeError, `${prefix}must be str, not ${rt.typeName(o)}`);
}

/**
 * CPython's PREALLOC_SIZE(maxsplit): the slots split and rsplit allocate their list with (the
 * pieces past them are appended), which sys.getsizeof of the result shows.
 */
export function splitPrealloc(max: number): number {
  return max >= 12 ? 12 : max + 1;
}

/**
 * A list of the pieces o[bounds[2i]:bounds[2i+1]] (new reference), allocated with `prealloc`
 * slots; `reverse` reads the pairs backwards.
 */
export function piecesToList(
  rt: Runtime, o: number, bounds: readonly number[], reverse: boolean, prealloc: number,
  slice: (rt: Runtime, o: number, start: number, end: number) => number,
): number {
  const n = bounds.length >> 1;
  const list = newListPrealloc(rt, prealloc);
  try {
    for (let k = 0; k < n; k++) {
      const p = reverse ? n - 1 - k : k;
      appendPiece(rt, list, slice(rt, o, bounds[2 * p], bounds[2 * p + 1]));
    }
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

/** Append a new reference to `list`, consuming it. */
function appendPiece(rt: Runtime, list: number, piece: number): void {
  try {
    listAppend(rt, list, piece);
  } finally {
    rt.decref(piece);
  }
}

/**
 * The bounds the split functions collect (pairs of indices). One array serves every call: it
 * is filled and read with no Python code running in between.
 */
const boundsBuffer: number[] = [];

function takeBounds(): number[] {
  boundsBuffer.length = 0;
  return boundsBuffer;
}

/** A new tuple of three new references (stolen). */
export function tuple3(rt: Runtime, a: number, b: number, c: number): number {
  let t: number;
  try {
    t = newTuple(rt, 3);
  } catch (e) {
    rt.decref(a);
    rt.decref(b);
    rt.decref(c);
    throw e;
  }
  tupleSetItem(rt, t, 0, a);
  tupleSetItem(rt, t, 1, b);
  tupleSetItem(rt, t, 2, c);
  return t;
}

// ── split, rsplit, splitlines ───────────────────────────────────────────────────────────

const splitSpec = clinicSpec(argSpec("split", ["sep=", "maxsplit="]));
const rsplitSpec = clinicSpec(argSpec("rsplit", ["sep=", "maxsplit="]));
const argOut = new Int32Array(4);

export function strSplit(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, right: boolean): number {
  parseArgs(rt, right ? rsplitSpec : splitSpec, args, nargs, kwnames, argOut);
  const sep = argOut[0], maxObj = argOut[1];
  // maxsplit is converted first, as CPython's argument parser does before the body checks sep.
  let max = maxObj === 0 ? -1 : indexArg(rt, maxObj);
  if (sep !== 0 && sep !== rt.S.None && !isStr(rt, sep)) {
    throw rt.raise(rt.E.TypeError, `must be str or None, not ${rt.typeName(sep)}`);
  }
  if (max < 0) max = INDEX_MAX;
  const d = strData(rt, self), k = strKind(rt, self), n = strLength(rt, self);
  const bounds = takeBounds();
  if (sep === 0 || sep === rt.S.None) {
    if (right) rsplitWhitespace(rt, d, k, n, max, isSpace, bounds);
    else if (k === Kind.UCS1) return splitLatin1Whitespace(rt, self, d, n, max);
    else splitWhitespace(rt, d, k, n, max, isSpace, bounds);
  } else {
    const sn = strLength(rt, sep);
    if (sn === 0) throw rt.raise(rt.E.ValueError, "empty separator");
    const sk = strKind(rt, sep);
    if (sk > k || sn > n) {
      // CPython's shortcut: no match is possible, the result is [self] (a subclass instance
      // too), in a list of one slot.
      const list = newListPrealloc(rt, 1);
      listAppend(rt, list, self);
      return list;
    }
    if (right) rsplitSep(rt, d, k, n, strData(rt, sep), sk, sn, max, bounds);
    else splitSep(rt, d, k, n, strData(rt, sep), sk, sn, max, bounds);
  }
  return piecesToList(rt, self, bounds, right, splitPrealloc(max), strSubstring);
}

/** Whether Latin-1 code point c is whitespace (str.isspace), by table. */
const latin1Space = new Uint8Array(256).map((_, c) => (isSpace(c) ? 1 : 0));

/** A new str of the ASCII characters at [d + start, d + end) (a one-character one is the cached str). */
function asciiPiece(rt: Runtime, d: number, start: number, end: number): number {
  const len = end - start;
  const u8 = rt.u8;
  if (len === 1) return strFromChar(rt, u8[d + start]);
  const r = strAlloc(rt, len, 0x7f);
  const rd = r + Str.ASCII_SIZE;
  for (let k = 0; k < len; k++) u8[rd + k] = u8[d + start + k];
  return r;
}

/** split() of a Latin-1 (or ASCII) str: the pieces go straight into the list. */
function splitLatin1Whitespace(rt: Runtime, self: number, d: number, n: number, max: number): number {
  const list = newListPrealloc(rt, splitPrealloc(max));
  const u8 = rt.u8;
  const space = latin1Space;
  const ascii = strIsAscii(rt, self);
  try {
    let i = 0;
    for (; max > 0; max--) {
      while (i < n && space[u8[d + i]] !== 0) i++;
      if (i === n) return list;
      const j = i++;
      while (i < n && space[u8[d + i]] === 0) i++;
      // (The whole of an exact str is the str itself: strSubstring's case.)
      listAppendTakeRef(rt, list, ascii && i - j < n ? asciiPiece(rt, d, j, i) : strSubstring(rt, self, j, i));
    }
    // maxsplit reached: the rest, without its leading whitespace, is the last piece.
    while (i < n && space[u8[d + i]] !== 0) i++;
    if (i < n) appendPiece(rt, list, strSubstring(rt, self, i, n));
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

const splitlinesSpec = clinicSpec(argSpec("splitlines", ["keepends="]));

export function strSplitlines(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, splitlinesSpec, args, nargs, kwnames, argOut);
  const keepends = argOut[0] !== 0 && asCInt(rt, argOut[0]) !== 0;
  const bounds = takeBounds();
  splitLines(rt, strData(rt, self), strKind(rt, self), strLength(rt, self), keepends, isLineBreak, bounds);
  return piecesToList(rt, self, bounds, false, 0, strSubstring);
}

// ── join ────────────────────────────────────────────────────────────────────────────────

/**
 * The items of `iterable` for join (CPython's PySequence_Fast): `items` receives borrowed
 * references from an exact list or tuple, or owned ones collected from an iterator (`owned`
 * true; the caller releases them). A subclass is iterated, as it may override `__iter__`.
 */
export function sequenceItems(rt: Runtime, iterable: number, items: number[], errorText: string): boolean {
  const type = rt.typeOf(iterable);
  if (type === rt.T.list) {
    for (let i = 0, n = listSize(rt, iterable); i < n; i++) items.push(listItem(rt, iterable, i));
    return false;
  }
  if (type === rt.T.tuple) {
    for (let i = 0, n = tupleSize(rt, iterable); i < n; i++) items.push(tupleItem(rt, iterable, i));
    return false;
  }
  let it: number;
  try {
    it = getIter(rt, iterable);
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.TypeError)) {
      rt.setException(0);
      throw rt.raise(rt.E.TypeError, errorText);
    }
    throw e;
  }
  try {
    for (;;) {
      const item = iterNext(rt, it);
      if (item === 0) break;
      items.push(item);
    }
  } catch (e) {
    for (const item of items) rt.decref(item);
    items.length = 0;
    throw e;
  } finally {
    rt.decref(it);
  }
  return true;
}

/** The widest kind and whether all are ASCII, of the items `measureJoinItems` measured. */
const joinMeasure = { kind: Kind.UCS1 as number, ascii: true };

/**
 * The total length of join's items (raising TypeError for one that is not a str); their
 * widest kind and ASCII-ness go to `joinMeasure`, written in the loop. A function that ends
 * with its loop, so that V8's on-stack replacement of the loop, made during the first long
 * join, ends there too (see dict.ts's releaseEntryRefs).
 */
function measureJoinItems(rt: Runtime, count: number, words: number, array: readonly number[] | null): number {
  const i32 = rt.i32;
  const out = joinMeasure;
  out.kind = Kind.UCS1;
  out.ascii = true;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const item = array === null ? i32[words + 2 * i] : array[i];
    if (!isStr(rt, item)) {
      throw rt.raise(rt.E.TypeError, `sequence item ${i}: expected str instance, ${rt.typeName(item)} found`);
    }
    total += strLength(rt, item);
    const ik = strKind(rt, item);
    if (ik > out.kind) out.kind = ik;
    if (!strIsAscii(rt, item)) out.ascii = false;
  }
  return total;
}

export function joinStrs(rt: Runtime, sep: number, count: number, base: number, array: readonly number[] | null): number {
  const i32 = rt.i32;
  const words = base >> 2;
  if (count === 0) return emptyStr(rt);
  if (count === 1) {
    const only = array === null ? i32[words] : array[0];
    if (isExactStr(rt, only)) {
      rt.incref(only);
      return only;
    }
  }
  const sn = strLength(rt, sep);
  const total = sn * (count - 1) + measureJoinItems(rt, count, words, array);
  const kind = Math.max(strKind(rt, sep), joinMeasure.kind);
  const ascii = strIsAscii(rt, sep) && joinMeasure.ascii;
  if (total > INDEX_MAX - 100) throw rt.raise(rt.E.OverflowError, "join() result is too long for a Python string");
  if (total === 0) return emptyStr(rt);
  const r = strAlloc(rt, total, maxCharForKind(kind, ascii));
  const d = strData(rt, r);
  const sd = strData(rt, sep), sk = strKind(rt, sep);
  if (kind === Kind.UCS1) {
    joinBytes(rt, d, sd, sn, count, words, array);
    return r;
  }
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && sn > 0) {
      copyChars(rt, d, kind, at, sd, sk, 0, sn);
      at += sn;
    }
    const item = array === null ? i32[words + 2 * i] : array[i];
    const n = strLength(rt, item);
    copyChars(rt, d, kind, at, strData(rt, item), strKind(rt, item), 0, n);
    at += n;
  }
  return r;
}

/** join's copy when the result and every part are one byte a character: byte loops. */
function joinBytes(rt: Runtime, d: number, sd: number, sn: number, count: number, words: number, array: readonly number[] | null): void {
  const u8 = rt.u8, i32 = rt.i32;
  let at = d;
  for (let i = 0; i < count; i++) {
    if (i > 0) for (let k = 0; k < sn; k++) u8[at++] = u8[sd + k];
    const item = array === null ? i32[words + 2 * i] : array[i];
    const src = strData(rt, item);
    const n = strLength(rt, item);
    if (n > 64) {
      u8.copyWithin(at, src, src + n);
      at += n;
    } else {
      for (let k = 0; k < n; k++) u8[at++] = u8[src + k];
    }
  }
}

export function strJoin(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "str.join", nargs, kwnames, 1, 1);
  const iterable = arg(rt, args, 0);
  const type = rt.typeOf(iterable);
  if (type === rt.T.list) return joinStrs(rt, self, listSize(rt, iterable), listItems(rt, iterable), null);
  if (type === rt.T.tuple) return joinStrs(rt, self, tupleSize(rt, iterable), iterable + Tuple.ITEMS, null);
  const items: number[] = [];
  const owned = sequenceItems(rt, iterable, items, "can only join an iterable");
  try {
    return joinStrs(rt, self, items.length, 0, items);
  } finally {
    if (owned) for (const item of items) rt.decref(item);
  }
}

// ── strip ───────────────────────────────────────────────────────────────────────────────

export const enum Strip {
  LEFT = 1,
  RIGHT = 2,
  BOTH = 3,
}

export function strStrip(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, how: Strip, name: string): number {
  checkPositional(rt, name, "str", nargs, kwnames, 0, 1);
  const chars = nargs > 0 ? arg(rt, args, 0) : 0;
  const d = strData(rt, self), k = strKind(rt, self), n = strLength(rt, self);
  let i = 0, j = n;
  if (chars === 0 || chars === rt.S.None) {
    if (how & Strip.LEFT) while (i < j && isSpace(readChar(rt, d, k, i))) i++;
    if (how & Strip.RIGHT) while (j > i && isSpace(readChar(rt, d, k, j - 1))) j--;
  } else {
    if (!isStr(rt, chars)) throw rt.raise(rt.E.TypeError, `${name} arg must be None or str`);
    const cd = strData(rt, chars), ck = strKind(rt, chars), cn = strLength(rt, chars);
    if (how & Strip.LEFT) while (i < j && charsContain(rt, cd, ck, cn, readChar(rt, d, k, i))) i++;
    if (how & Strip.RIGHT) while (j > i && charsContain(rt, cd, ck, cn, readChar(rt, d, k, j - 1))) j--;
  }
  return strSubstring(rt, self, i, j);
}

// ── replace ─────────────────────────────────────────────────────────────────────────────

/**
 * s.replace(old, new, count) (new reference); count < 0 means all. A changed result is a new
 * str, a one-character one too (CPython's replace fills a PyUnicode_New result).
 */
/** The first match positions `findMatches` found (a buffer it grows up to MAX_KNOWN_MATCHES). */
let matchPositions = new Int32Array(256);
const MAX_KNOWN_MATCHES = 1 << 16;

/**
 * The number of non-overlapping occurrences (at most `max`, needle length n > 0) of the needle
 * in haystack[0:end); the first ones' positions are left in `matchPositions`, so that replace
 * searches once. No Python code runs until the caller has read them.
 */
function findMatches(rt: Runtime, hd: number, hk: Kind, end: number, nd: number, nk: Kind, n: number, max: number): number {
  let count = 0;
  let i = 0;
  while (count < max) {
    const at = findChars(rt, hd, hk, i, end, nd, nk, n);
    if (at < 0) break;
    if (count >= matchPositions.length && count < MAX_KNOWN_MATCHES) {
      const grown = new Int32Array(matchPositions.length * 2);
      grown.set(matchPositions);
      matchPositions = grown;
    }
    if (count < matchPositions.length) matchPositions[count] = at;
    count++;
    i = at + n;
  }
  return count;
}

/**
 * Write `self` up to its last replaced occurrence, with its first `matches` occurrences of
 * `old` replaced by `nw`, at rd (kind rk); the positions are `findMatches`'s. Returns the index
 * in `self` where the rest (copied by the caller) starts. A function of its own that ends with
 * its loops, so that V8's on-stack replacement of them ends there too (see dict.ts's
 * releaseEntryRefs).
 */
function writeReplaced(rt: Runtime, rd: number, rk: Kind, self: number, old: number, nw: number, matches: number): number {
  const n = strLength(rt, self), on = strLength(rt, old), nn = strLength(rt, nw);
  const sk = strKind(rt, self), ok = strKind(rt, old), nk = strKind(rt, nw);
  const sd = strData(rt, self), od = strData(rt, old), nd = strData(rt, nw);
  let at = 0, i = 0;
  if (on === 0) {
    for (let m = 0; m < matches; m++) {
      copyChars(rt, rd, rk, at, nd, nk, 0, nn);
      at += nn;
      if (i < n) {
        copyChars(rt, rd, rk, at, sd, sk, i, 1);
        at++;
        i++;
      }
    }
  } else {
    const known = Math.min(matches, matchPositions.length);
    for (let m = 0; m < matches; m++) {
      const pos = m < known ? matchPositions[m] : findChars(rt, sd, sk, i, n, od, ok, on);
      copyChars(rt, rd, rk, at, sd, sk, i, pos - i);
      at += pos - i;
      copyChars(rt, rd, rk, at, nd, nk, 0, nn);
      at += nn;
      i = pos + on;
    }
  }
  return i;
}

export function strReplace(rt: Runtime, self: number, old: number, nw: number, count: number): number {
  const n = strLength(rt, self);
  if (count < 0) count = INDEX_MAX;
  else if (count === 0) return strExact(rt, self);
  if (old === nw) return strExact(rt, self);
  const on = strLength(rt, old), nn = strLength(rt, nw);
  const sk = strKind(rt, self), ok = strKind(rt, old), nk = strKind(rt, nw);
  const sd = strData(rt, self), od = strData(rt, old), nd = strData(rt, nw);
  const selfMax = maxCharForKind(sk, strIsAscii(rt, self));
  const oldMax = maxCharForKind(ok, strIsAscii(rt, old));
  const newMax = maxCharForKind(nk, strIsAscii(rt, nw));
  if (on > 0 && oldMax > selfMax) return strExact(rt, self);
  let matches: number;
  if (on === 0) matches = Math.min(n + 1, count);
  else matches = findMatches(rt, sd, sk, n, od, ok, on, count);
  if (matches === 0) return strExact(rt, self);
  const total = n + matches * (nn - on);
  if (total > INDEX_MAX - 100) throw rt.raise(rt.E.OverflowError, "replace string is too long");
  if (total === 0) return emptyStr(rt);
  const maxChar = Math.max(selfMax, newMax);
  const rk = kindFor(maxChar);
  let r = strAlloc(rt, total, maxChar);
  const rd = strData(rt, r);
  const i = writeReplaced(rt, rd, rk, self, old, nw, matches);
  copyChars(rt, rd, rk, total - (n - i), sd, sk, i, n - i);
  // Replacing the widest characters by narrower ones may allow a narrower kind (CPython's mayshrink).
  if (newMax < oldMax && selfMax === oldMax) {
    const actual = maxCharOf(rt, rd, rk, 0, total);
    if (kindFor(actual) !== rk || (actual < 0x80) !== (maxChar < 0x80)) {
      const shrunk = strAlloc(rt, total, actual);
      copyChars(rt, strData(rt, shrunk), kindFor(actual), 0, rd, rk, 0, total);
      rt.decref(r);
      r = shrunk;
    }
  }
  return r;
}

export function strReplaceMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "replace", "str", nargs, kwnames, 2, 3);
  const old = arg(rt, args, 0), nw = arg(rt, args, 1);
  requireStr(rt, old, "replace() argument 1 ");
  requireStr(rt, nw, "replace() argument 2 ");
  const count = nargs > 2 ? indexArg(rt, arg(rt, args, 2)) : -1;
  return strReplace(rt, self, old, nw, count);
}

// ── partition ───────────────────────────────────────────────────────────────────────────

export function strPartition(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, right: boolean): number {
  checkArgs(rt, right ? "str.rpartition" : "str.partition", nargs, kwnames, 1, 1);
  const sep = arg(rt, args, 0);
  requireStr(rt, sep, "");
  const sn = strLength(rt, sep);
  if (sn === 0) throw rt.raise(rt.E.ValueError, "empty separator");
  const n = strLength(rt, self), k = strKind(rt, self), sk = strKind(rt, sep);
  const pos = sk > k || sn > n ? -1 : (right ? rfindChars : findChars)(rt, strData(rt, self), k, 0, n, strData(rt, sep), sk, sn);
  if (pos < 0) {
    // The receiver itself (a subclass instance too) and two empty strs, as CPython.
    rt.incref(self);
    return right ? tuple3(rt, emptyStr(rt), emptyStr(rt), self) : tuple3(rt, self, emptyStr(rt), emptyStr(rt));
  }
  const head = strSubstring(rt, self, 0, pos);
  let tail: number;
  try {
    tail = strSubstring(rt, self, pos + sn, n);
  } catch (e) {
    rt.decref(head);
    throw e;
  }
  // The separator is the argument itself (a subclass instance too).
  rt.incref(sep);
  return tuple3(rt, head, sep, tail);
}
