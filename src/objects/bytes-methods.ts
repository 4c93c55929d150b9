/**
 * The read-only methods bytes and bytearray share (split, strip, find, replace, hex, decode, the
 * ASCII case methods and predicates, ...), with CPython's messages; bytes-like.ts has the
 * receiver access and the sequence slots they build on. Searching and splitting reuse
 * str-search.ts with Kind.UCS1.
 *
 * The method table is made by `bytesLikeMethods(label)`, a function (not a constant) so that
 * bytes.ts and bytearray.ts can call it while these modules import each other: it only refers
 * to function declarations, which exist before any module body runs. `label` ("bytes" or
 * "bytearray") names the methods in messages ("bytes.upper() takes no arguments (1 given)").
 */
import type { Runtime } from "./runtime.js";
import type { MethodDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { Kind } from "./str-layout.js";
import { isStr, strToJs } from "./str-object.js";
import { countChars, findChars, rfindChars, rsplitSep, rsplitWhitespace, splitLines, splitSep, splitWhitespace } from "./str-search.js";
import { INDEX_MAX, adjustIndices, checkPositional, indexArg, parseFindArgsRaw, type FindArgs } from "./str-args.js";
import { bool, piecesToList, sequenceItems, splitPrealloc, tuple3 } from "./str-pieces.js";
import { ByteSink, decodeBytes } from "./codecs.js";
import { bufferOf, newBytes, Bytes } from "./bytes.js";
import { byteArrayAppendArray, newByteArrayFromHeap } from "./bytearray.js";
import {
  argBuffer, argScratch, argScratch2, byteValue, isByteArray, makeLike, makeLikeArray, selfBuffer, sliceLike, unchanged,
} from "./bytes-like.js";
import { arg, argSpec, clinicSpec, checkArgs, checkMethodArgs, parseArgs, argTypeName, type ArgSpec } from "./args.js";
import { call1 } from "./abstract.js";
import { newInt } from "./int.js";
import { hasIndex } from "./slice.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { asCInt } from "../modules/builtins-numeric.js";

// ── decode, hex, fromhex ────────────────────────────────────────────────────────────────

/**
 * The spec of a method that CPython parses with Argument Clinic, once for bytes and once for
 * bytearray: each type's method has its parser, and so its own tuple of keyword names.
 */
function perType(name: string, params: readonly string[]): readonly [ArgSpec, ArgSpec] {
  return [clinicSpec(argSpec(name, params)), clinicSpec(argSpec(name, params))];
}

/** The spec of `pair` for `self`'s type: bytearray's (and its subclasses') or bytes'. */
function specOf(rt: Runtime, self: number, pair: readonly [ArgSpec, ArgSpec]): ArgSpec {
  return rt.isSubtype(rt.typeOf(self), rt.T.bytearray) ? pair[1] : pair[0];
}

const decodeSpec = perType("decode", ["encoding=", "errors="]);
const hexSpec = perType("hex", ["sep=", "bytes_per_sep="]);
const splitSpec = perType("split", ["sep=", "maxsplit="]);
const rsplitSpec = perType("rsplit", ["sep=", "maxsplit="]);
const splitlinesSpec = perType("splitlines", ["keepends="]);
const expandtabsSpec = perType("expandtabs", ["tabsize="]);
const translateSpec = argSpec("translate", ["table", "/", "delete="]);
const out4 = new Int32Array(4);

function decode(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, specOf(rt, self, decodeSpec), args, nargs, kwnames, out4);
  const enc = out4[0], errs = out4[1];
  if (enc !== 0 && !isStr(rt, enc)) throw rt.raise(rt.E.TypeError, `decode() argument 'encoding' must be str, not ${argTypeName(rt, enc)}`);
  if (errs !== 0 && !isStr(rt, errs)) throw rt.raise(rt.E.TypeError, `decode() argument 'errors' must be str, not ${argTypeName(rt, errs)}`);
  const b = selfBuffer(rt, self);
  return decodeBytes(rt, b[0], b[1], enc === 0 ? "utf-8" : strToJs(rt, enc), errs === 0 ? "strict" : strToJs(rt, errs));
}

const HEX = "0123456789abcdef";

/** bytes.hex(sep, bytes_per_sep): CPython's _Py_strhex_impl. */
export function hexText(rt: Runtime, p: number, n: number, sepObj: number, perSepObj: number): string {
  // bytes_per_sep is converted by the argument parser, before the body looks at sep.
  const perSep = perSepObj === 0 ? 1 : indexArg(rt, perSepObj);
  let sep = "";
  if (sepObj !== 0) {
    let text: string;
    if (isStr(rt, sepObj)) text = strToJs(rt, sepObj);
    else if (bufferOf(rt, sepObj, argScratch2)) text = String.fromCharCode(...rt.u8.subarray(argScratch2[0], argScratch2[0] + argScratch2[1]));
    else throw rt.raise(rt.E.TypeError, `object of type '${rt.typeName(sepObj)}' has no len()`);
    if (text.length !== 1) throw rt.raise(rt.E.ValueError, "sep must be length 1.");
    if (text.charCodeAt(0) > 127) throw rt.raise(rt.E.ValueError, "sep must be ASCII.");
    sep = text;
  }
  let s = "";
  if (sep === "" || perSep === 0 || n === 0) {
    for (let i = 0; i < n; i++) s += HEX[rt.u8[p + i] >> 4] + HEX[rt.u8[p + i] & 15];
    return s;
  }
  const group = Math.abs(perSep);
  for (let i = 0; i < n; i++) {
    // Positive counts group from the right, negative from the left.
    const boundary = perSep > 0 ? (n - i) % group === 0 : i % group === 0;
    if (i > 0 && boundary) s += sep;
    s += HEX[rt.u8[p + i] >> 4] + HEX[rt.u8[p + i] & 15];
  }
  return s;
}

function hex(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, specOf(rt, self, hexSpec), args, nargs, kwnames, out4);
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  return rt.newStr(hexText(rt, p, n, out4[0], out4[1]));
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The bytes of `bytes.fromhex(text)`. */
export function fromHexData(rt: Runtime, s: number): Uint8Array {
  const text = strToJs(rt, s);
  const out = new ByteSink(text.length >> 1);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      i++;
      continue;
    }
    const hi = hexDigit(c);
    if (hi < 0) throw rt.raise(rt.E.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hexDigit(text.charCodeAt(i + 1)) : -1;
    if (lo < 0) throw rt.raise(rt.E.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push((hi << 4) | lo);
    i += 2;
  }
  return out.bytes();
}

function fromhex(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, `${rt.typeNameOf(cls)}.fromhex`, nargs, kwnames, 1, 1);
  const s = arg(rt, args, 0);
  if (!isStr(rt, s)) throw rt.raise(rt.E.TypeError, `fromhex() argument must be str, not ${argTypeName(rt, s)}`);
  const data = fromHexData(rt, s);
  const isBA = cls === rt.T.bytearray || (rt.isSubtype(cls, rt.T.bytearray));
  const base = isBA ? makeByteArrayFromArray(rt, data) : newBytes(rt, data);
  if (cls === rt.T.bytes || cls === rt.T.bytearray) return base;
  try {
    return call1(rt, cls, base);
  } finally {
    rt.decref(base);
  }
}

function makeByteArrayFromArray(rt: Runtime, data: Uint8Array): number {
  const o = newByteArrayFromHeap(rt, 0, 0);
  if (data.length > 0) byteArrayAppendArray(rt, o, data);
  return o;
}

// ── join, split, splitlines, partition ──────────────────────────────────────────────────

function join(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, label: string): number {
  checkMethodArgs(rt, label, "join", nargs, kwnames, 1, 1);
  const items: number[] = [];
  const owned = sequenceItems(rt, arg(rt, args, 0), items, "can only join an iterable");
  try {
    if (items.length === 1 && !isByteArray(rt, self) && rt.typeOf(items[0]) === rt.T.bytes) {
      rt.incref(items[0]);
      return items[0];
    }
    const sep = selfBuffer(rt, self);
    const sp = sep[0], sn = sep[1];
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      if (!bufferOf(rt, items[i], argScratch)) {
        throw rt.raise(rt.E.TypeError, `sequence item ${i}: expected a bytes-like object, ${rt.typeName(items[i])} found`);
      }
      total += argScratch[1] + (i > 0 ? sn : 0);
    }
    const data = new Uint8Array(total);
    let at = 0;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) {
        data.set(rt.u8.subarray(sp, sp + sn), at);
        at += sn;
      }
      bufferOf(rt, items[i], argScratch);
      data.set(rt.u8.subarray(argScratch[0], argScratch[0] + argScratch[1]), at);
      at += argScratch[1];
    }
    return makeLikeArray(rt, self, data);
  } finally {
    if (owned) for (const item of items) rt.decref(item);
  }
}

function split(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, right: boolean): number {
  parseArgs(rt, specOf(rt, self, right ? rsplitSpec : splitSpec), args, nargs, kwnames, out4);
  const sep = out4[0], maxObj = out4[1];
  let max = maxObj === 0 ? -1 : indexArg(rt, maxObj);
  if (max < 0) max = INDEX_MAX;
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const bounds: number[] = [];
  if (sep === 0 || sep === rt.S.None) {
    if (right) rsplitWhitespace(rt, p, Kind.UCS1, n, max, isAsciiSpace, bounds);
    else splitWhitespace(rt, p, Kind.UCS1, n, max, isAsciiSpace, bounds);
  } else {
    const s = argBuffer(rt, sep, argScratch);
    if (s[1] === 0) throw rt.raise(rt.E.ValueError, "empty separator");
    if (right) rsplitSep(rt, p, Kind.UCS1, n, s[0], Kind.UCS1, s[1], max, bounds);
    else splitSep(rt, p, Kind.UCS1, n, s[0], Kind.UCS1, s[1], max, bounds);
  }
  return piecesToList(rt, self, bounds, right, splitPrealloc(max), sliceLike);
}

function splitlines(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, specOf(rt, self, splitlinesSpec), args, nargs, kwnames, out4);
  const keepends = out4[0] !== 0 && asCInt(rt, out4[0]) !== 0;
  const b = selfBuffer(rt, self);
  const bounds: number[] = [];
  splitLines(rt, b[0], Kind.UCS1, b[1], keepends, (c) => c === 10 || c === 13, bounds);
  return piecesToList(rt, self, bounds, false, 0, sliceLike);
}

function partition(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, right: boolean, label: string): number {
  checkMethodArgs(rt, label, right ? "rpartition" : "partition", nargs, kwnames, 1, 1);
  const s = argBuffer(rt, arg(rt, args, 0), argScratch2);
  const sp = s[0], sn = s[1];
  if (sn === 0) throw rt.raise(rt.E.ValueError, "empty separator");
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const pos = (right ? rfindChars : findChars)(rt, p, Kind.UCS1, 0, n, sp, Kind.UCS1, sn);
  const empty = () => makeLike(rt, self, 0, 0);
  if (pos < 0) {
    if (right) return tuple3(rt, empty(), empty(), unchanged(rt, self));
    return tuple3(rt, unchanged(rt, self), empty(), empty());
  }
  const parts = [sliceLike(rt, self, 0, pos)];
  try {
    parts.push(makeLike(rt, self, sp, sn));
    parts.push(sliceLike(rt, self, pos + sn, n));
  } catch (e) {
    for (const part of parts) rt.decref(part);
    throw e;
  }
  return tuple3(rt, parts[0], parts[1], parts[2]);
}

// ── strip, find family, startswith, replace ─────────────────────────────────────────────

function strip(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, how: number, name: string, label: string): number {
  checkPositional(rt, name, label, nargs, kwnames, 0, 1);
  const chars = nargs > 0 ? arg(rt, args, 0) : 0;
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  let test: (c: number) => boolean = isAsciiSpace;
  if (chars !== 0 && chars !== rt.S.None) {
    const c = argBuffer(rt, chars, argScratch);
    const set = new Uint8Array(256);
    for (let i = 0; i < c[1]; i++) set[rt.u8[c[0] + i]] = 1;
    test = (x) => set[x] === 1;
  }
  let i = 0, j = n;
  if (how & 1) while (i < j && test(rt.u8[p + i])) i++;
  if (how & 2) while (j > i && test(rt.u8[p + j - 1])) j--;
  return sliceLike(rt, self, i, j);
}

const findArgs: FindArgs = { sub: 0, start: 0, end: 0 };
const byteNeedle = new Int32Array(1);

/** The needle of find/count/index: a bytes-like object or an int byte value. */
function needle(rt: Runtime, sub: number, out: Int32Array): Int32Array {
  if (bufferOf(rt, sub, out)) return out;
  if (hasIndex(rt, sub)) {
    byteNeedle[0] = byteValue(rt, sub);
    // A one-byte needle lives in the static one-byte bytes object.
    out[0] = rt.S.bytes1[byteNeedle[0]] + Bytes.DATA;
    out[1] = 1;
    return out;
  }
  throw rt.raise(rt.E.TypeError, `argument should be integer or bytes-like object, not '${rt.typeName(sub)}'`);
}

function findIn(rt: Runtime, self: number, right: boolean, name: string, label: string, args: number, nargs: number, kwnames: number): number {
  const a = parseFindArgsRaw(rt, name, label, args, nargs, kwnames, findArgs);
  const nd = needle(rt, a.sub, argScratch);
  const b = selfBuffer(rt, self);
  adjustIndices(a, b[1]);
  if (a.start > b[1]) return -1;
  return (right ? rfindChars : findChars)(rt, b[0], Kind.UCS1, a.start, a.end, nd[0], Kind.UCS1, nd[1]);
}

function count(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, label: string): number {
  const a = parseFindArgsRaw(rt, "count", label, args, nargs, kwnames, findArgs);
  const nd = needle(rt, a.sub, argScratch);
  const b = selfBuffer(rt, self);
  adjustIndices(a, b[1]);
  if (a.start > b[1]) return newInt(rt, 0);
  return newInt(rt, countChars(rt, b[0], Kind.UCS1, a.start, a.end, nd[0], Kind.UCS1, nd[1], INDEX_MAX));
}

const tailArgs: FindArgs = { sub: 0, start: 0, end: 0 };

function tailMatch(rt: Runtime, p: number, n: number, q: number, m: number, start: number, end: number, atEnd: boolean): boolean {
  tailArgs.start = start;
  tailArgs.end = end;
  adjustIndices(tailArgs, n);
  const last = tailArgs.end - m;
  if (last < tailArgs.start) return false;
  if (m === 0) return true;
  const at = atEnd ? last : tailArgs.start;
  for (let i = 0; i < m; i++) if (rt.u8[p + at + i] !== rt.u8[q + i]) return false;
  return true;
}

function startsOrEnds(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, atEnd: boolean, label: string): number {
  const name = atEnd ? "endswith" : "startswith";
  const a = parseFindArgsRaw(rt, name, label, args, nargs, kwnames, findArgs);
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const { sub, start, end } = a;
  if (rt.hasFlag(sub, TpFlag.TUPLE_SUBCLASS)) {
    for (let i = 0, k = tupleSize(rt, sub); i < k; i++) {
      const s = argBuffer(rt, tupleItem(rt, sub, i), argScratch);
      if (tailMatch(rt, p, n, s[0], s[1], start, end, atEnd)) return bool(rt, true);
    }
    return bool(rt, false);
  }
  if (!bufferOf(rt, sub, argScratch)) {
    throw rt.raise(rt.E.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${rt.typeName(sub)}`);
  }
  return bool(rt, tailMatch(rt, p, n, argScratch[0], argScratch[1], start, end, atEnd));
}

function removeAffix(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, suffix: boolean, label: string): number {
  const name = suffix ? "removesuffix" : "removeprefix";
  checkMethodArgs(rt, label, name, nargs, kwnames, 1, 1);
  const s = argBuffer(rt, arg(rt, args, 0), argScratch2);
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  if (s[1] > 0 && tailMatch(rt, p, n, s[0], s[1], 0, INDEX_MAX, suffix)) {
    return suffix ? sliceLike(rt, self, 0, n - s[1]) : sliceLike(rt, self, s[1], n);
  }
  return unchanged(rt, self);
}

function replace(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, label: string): number {
  checkPositional(rt, "replace", label, nargs, kwnames, 2, 3);
  const o = argBuffer(rt, arg(rt, args, 0), argScratch);
  const w = argBuffer(rt, arg(rt, args, 1), argScratch2);
  let max = nargs > 2 ? indexArg(rt, arg(rt, args, 2)) : -1;
  if (max < 0) max = INDEX_MAX;
  const op = o[0], on = o[1], wp = w[0], wn = w[1];
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  let matches = max === 0 ? 0 : on === 0 ? Math.min(n + 1, max) : countChars(rt, p, Kind.UCS1, 0, n, op, Kind.UCS1, on, max);
  if (matches === 0 || (on === 0 && wn === 0)) return unchanged(rt, self);
  const out = new ByteSink(n + matches * (wn - on));
  const u8 = rt.u8;
  let i = 0;
  if (on === 0) {
    for (; matches > 0; matches--) {
      for (let k = 0; k < wn; k++) out.push(u8[wp + k]);
      if (i < n) out.push(u8[p + i++]);
    }
  } else {
    for (; matches > 0; matches--) {
      const pos = findChars(rt, p, Kind.UCS1, i, n, op, Kind.UCS1, on);
      for (let k = i; k < pos; k++) out.push(u8[p + k]);
      for (let k = 0; k < wn; k++) out.push(u8[wp + k]);
      i = pos + on;
    }
  }
  for (; i < n; i++) out.push(u8[p + i]);
  return makeLikeArray(rt, self, out.bytes());
}

// ── padding ─────────────────────────────────────────────────────────────────────────────

function fillByte(rt: Runtime, o: number, name: string): number {
  if (!bufferOf(rt, o, argScratch) || argScratch[1] !== 1) {
    throw rt.raise(rt.E.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${argTypeName(rt, o)}`);
  }
  return rt.u8[argScratch[0]];
}

function padded(rt: Runtime, self: number, left: number, right: number, fill: number): number {
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const data = new Uint8Array(left + n + right);
  data.fill(fill, 0, left);
  data.set(rt.u8.subarray(p, p + n), left);
  data.fill(fill, left + n);
  return makeLikeArray(rt, self, data);
}

function justify(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, how: number, name: string, label: string): number {
  checkPositional(rt, name, label, nargs, kwnames, 1, 2);
  const width = indexArg(rt, arg(rt, args, 0));
  const fill = nargs > 1 ? fillByte(rt, arg(rt, args, 1), name) : 32;
  const n = selfBuffer(rt, self)[1];
  if (n >= width) return unchanged(rt, self);
  const marg = width - n;
  if (how === 0) return padded(rt, self, 0, marg, fill);
  if (how === 1) return padded(rt, self, marg, 0, fill);
  const left = (marg >> 1) + (marg & width & 1);
  return padded(rt, self, left, marg - left, fill);
}

function zfill(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, label: string): number {
  checkMethodArgs(rt, label, "zfill", nargs, kwnames, 1, 1);
  const width = indexArg(rt, arg(rt, args, 0));
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  if (n >= width) return unchanged(rt, self);
  const fill = width - n;
  const data = new Uint8Array(width);
  data.fill(48, 0, fill);
  data.set(rt.u8.subarray(p, p + n), fill);
  if (data[fill] === 43 || data[fill] === 45) {
    data[0] = data[fill];
    data[fill] = 48;
  }
  return makeLikeArray(rt, self, data);
}

function expandtabs(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, specOf(rt, self, expandtabsSpec), args, nargs, kwnames, out4);
  const tabsize = out4[0] === 0 ? 8 : asCInt(rt, out4[0]);
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const out = new ByteSink(n);
  let column = 0;
  for (let i = 0; i < n; i++) {
    const c = rt.u8[p + i];
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        column += incr;
        for (let k = 0; k < incr; k++) out.push(32);
      }
    } else {
      column++;
      out.push(c);
      if (c === 10 || c === 13) column = 0;
    }
  }
  return makeLikeArray(rt, self, out.bytes());
}

// ── translate, maketrans ────────────────────────────────────────────────────────────────

function translate(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, translateSpec, args, nargs, kwnames, out4);
  const table = out4[0], del = out4[1];
  let tp = 0;
  if (table !== rt.S.None) {
    const t = argBuffer(rt, table, argScratch);
    if (t[1] !== 256) throw rt.raise(rt.E.ValueError, "translation table must be 256 characters long");
    tp = t[0];
  }
  const deleted = new Uint8Array(256);
  if (del !== 0) {
    const d = argBuffer(rt, del, argScratch2);
    for (let i = 0; i < d[1]; i++) deleted[rt.u8[d[0] + i]] = 1;
  }
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const out = new ByteSink(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = rt.u8[p + i];
    if (deleted[c]) {
      changed = true;
      continue;
    }
    const m = tp === 0 ? c : rt.u8[tp + c];
    if (m !== c) changed = true;
    out.push(m);
  }
  if (!changed) return unchanged(rt, self);
  return makeLikeArray(rt, self, out.bytes());
}

function maketrans(rt: Runtime, _self: number, args: number, nargs: number, kwnames: number, label = "bytes"): number {
  checkPositional(rt, "maketrans", label, nargs, kwnames, 2, 2);
  const f = argBuffer(rt, arg(rt, args, 0), argScratch);
  const t = argBuffer(rt, arg(rt, args, 1), argScratch2);
  if (f[1] !== t[1]) throw rt.raise(rt.E.ValueError, "maketrans arguments must have same length");
  const data = new Uint8Array(256);
  for (let i = 0; i < 256; i++) data[i] = i;
  for (let i = 0; i < f[1]; i++) data[rt.u8[f[0] + i]] = rt.u8[t[0] + i];
  return newBytes(rt, data);
}

// ── ASCII case methods and predicates ───────────────────────────────────────────────────

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isAlphaAscii = (c: number) => isUpperAscii(c) || isLowerAscii(c);
const isDigitAscii = (c: number) => c >= 48 && c <= 57;

function mapBytes(rt: Runtime, self: number, f: (c: number, i: number, prev: number) => number): number {
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  const data = new Uint8Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = rt.u8[p + i];
    data[i] = f(c, i, prev);
    prev = c;
  }
  return makeLikeArray(rt, self, data);
}

const upper = (c: number) => (isLowerAscii(c) ? c - 32 : c);
const lower = (c: number) => (isUpperAscii(c) ? c + 32 : c);

function titleBytes(rt: Runtime, self: number): number {
  let previousCased = false;
  return mapBytes(rt, self, (c) => {
    const r = previousCased ? lower(c) : upper(c);
    previousCased = isAlphaAscii(c);
    return r;
  });
}

function allBytes(rt: Runtime, self: number, test: (c: number) => boolean): boolean {
  const b = selfBuffer(rt, self);
  const p = b[0], n = b[1];
  if (n === 0) return false;
  for (let i = 0; i < n; i++) if (!test(rt.u8[p + i])) return false;
  return true;
}

function caseCheck(rt: Runtime, self: number, want: (c: number) => boolean, reject: (c: number) => boolean): boolean {
  const b = selfBuffer(rt, self);
  let cased = false;
  for (let i = 0; i < b[1]; i++) {
    const c = rt.u8[b[0] + i];
    if (reject(c)) return false;
    if (want(c)) cased = true;
  }
  return cased;
}

function isTitleBytes(rt: Runtime, self: number): boolean {
  const b = selfBuffer(rt, self);
  let cased = false, previousCased = false;
  for (let i = 0; i < b[1]; i++) {
    const c = rt.u8[b[0] + i];
    if (isUpperAscii(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowerAscii(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

// ── the table ───────────────────────────────────────────────────────────────────────────

/** The methods bytes and bytearray share; `label` ("bytes"/"bytearray") names them in messages. */
export function bytesLikeMethods(label: string): MethodDef[] {
  // (Not no-args-method.ts's noArgsMethod: bytearray.ts builds its table from here while this
  // module is still loading its imports, and that one would not be bound yet.)
  const noArgs = (name: string, f: (rt: Runtime, self: number) => number): MethodDef => {
    const qualname = `${label}.${name}`;
    return {
      name,
      fn: (rt, self, _args, nargs, kwnames) => {
        checkArgs(rt, qualname, nargs, kwnames, 0, 0);
        return f(rt, self);
      },
    };
  };
  const predicate = (name: string, f: (rt: Runtime, self: number) => boolean): MethodDef => noArgs(name, (rt, self) => bool(rt, f(rt, self)));
  const found = (name: string, right: boolean, raise: boolean): MethodDef => ({
    name,
    fn: (rt, self, args, nargs, kwnames) => {
      const i = findIn(rt, self, right, name, label, args, nargs, kwnames);
      if (i < 0 && raise) throw rt.raise(rt.E.ValueError, "subsection not found");
      return newInt(rt, i);
    },
    packsArgs: true,
  });
  return [
    { name: "decode", fn: decode },
    { name: "hex", fn: hex },
    { name: "fromhex", fn: fromhex, classMethod: true },
    { name: "join", fn: (rt, self, args, nargs, kwnames) => join(rt, self, args, nargs, kwnames, label) },
    { name: "split", fn: (rt, self, args, nargs, kwnames) => split(rt, self, args, nargs, kwnames, false) },
    { name: "rsplit", fn: (rt, self, args, nargs, kwnames) => split(rt, self, args, nargs, kwnames, true) },
    { name: "splitlines", fn: splitlines },
    { name: "partition", fn: (rt, self, args, nargs, kwnames) => partition(rt, self, args, nargs, kwnames, false, label) },
    { name: "rpartition", fn: (rt, self, args, nargs, kwnames) => partition(rt, self, args, nargs, kwnames, true, label) },
    { name: "strip", fn: (rt, self, args, nargs, kwnames) => strip(rt, self, args, nargs, kwnames, 3, "strip", label) },
    { name: "lstrip", fn: (rt, self, args, nargs, kwnames) => strip(rt, self, args, nargs, kwnames, 1, "lstrip", label) },
    { name: "rstrip", fn: (rt, self, args, nargs, kwnames) => strip(rt, self, args, nargs, kwnames, 2, "rstrip", label) },
    found("find", false, false),
    found("rfind", true, false),
    found("index", false, true),
    found("rindex", true, true),
    { name: "count", fn: (rt, self, args, nargs, kwnames) => count(rt, self, args, nargs, kwnames, label), packsArgs: true },
    { name: "startswith", fn: (rt, self, args, nargs, kwnames) => startsOrEnds(rt, self, args, nargs, kwnames, false, label), packsArgs: true },
    { name: "endswith", fn: (rt, self, args, nargs, kwnames) => startsOrEnds(rt, self, args, nargs, kwnames, true, label), packsArgs: true },
    { name: "removeprefix", fn: (rt, self, args, nargs, kwnames) => removeAffix(rt, self, args, nargs, kwnames, false, label) },
    { name: "removesuffix", fn: (rt, self, args, nargs, kwnames) => removeAffix(rt, self, args, nargs, kwnames, true, label) },
    { name: "replace", fn: (rt, self, args, nargs, kwnames) => replace(rt, self, args, nargs, kwnames, label) },
    { name: "center", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, 2, "center", label) },
    { name: "ljust", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, 0, "ljust", label) },
    { name: "rjust", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, 1, "rjust", label) },
    { name: "zfill", fn: (rt, self, args, nargs, kwnames) => zfill(rt, self, args, nargs, kwnames, label) },
    { name: "expandtabs", fn: expandtabs },
    { name: "translate", fn: translate },
    { name: "maketrans", fn: (rt, self, args, nargs, kwnames) => maketrans(rt, self, args, nargs, kwnames, label), staticMethod: true },
    noArgs("upper", (rt, self) => mapBytes(rt, self, upper)),
    noArgs("lower", (rt, self) => mapBytes(rt, self, lower)),
    noArgs("swapcase", (rt, self) => mapBytes(rt, self, (c) => (isUpperAscii(c) ? c + 32 : isLowerAscii(c) ? c - 32 : c))),
    noArgs("capitalize", (rt, self) => mapBytes(rt, self, (c, i) => (i === 0 ? upper(c) : lower(c)))),
    noArgs("title", titleBytes),
    predicate("isalnum", (rt, self) => allBytes(rt, self, (c) => isAlphaAscii(c) || isDigitAscii(c))),
    predicate("isalpha", (rt, self) => allBytes(rt, self, isAlphaAscii)),
    predicate("isascii", (rt, self) => selfBuffer(rt, self)[1] === 0 || allBytes(rt, self, (c) => c < 128)),
    predicate("isdigit", (rt, self) => allBytes(rt, self, isDigitAscii)),
    predicate("isspace", (rt, self) => allBytes(rt, self, isAsciiSpace)),
    predicate("islower", (rt, self) => caseCheck(rt, self, isLowerAscii, isUpperAscii)),
    predicate("isupper", (rt, self) => caseCheck(rt, self, isUpperAscii, isLowerAscii)),
    predicate("istitle", isTitleBytes),
  ];
}
