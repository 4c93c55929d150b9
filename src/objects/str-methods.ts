/**
 * The Python-visible methods of str, with CPython 3.11's semantics and messages, and the
 * method table `strMethods` (at the end).
 *
 * Each method reads its receiver's characters straight from the heap (str-layout.ts) and builds
 * its result with the copying helpers of str-object.ts. A method returns the receiver itself (a
 * new reference) where CPython does — an exact str with nothing to change — and an exact copy
 * for a str subclass. The cutting and gluing methods are in str-pieces.ts, translate and
 * maketrans in str-translate.ts, the case methods and predicates in str-case.ts, format and
 * format_map in str-format.ts.
 *
 * Argument conventions follow CPython's: positional-only methods check with
 * `checkPositional`/`checkArgs` ("center expected at most 2 arguments, got 5",
 * "str.join() takes exactly one argument (5 given)"), the find family with `parseFindArgs`
 * ("find() takes at least 1 argument (0 given)"), keyword-capable ones with `parseArgs`.
 */
import type { Runtime } from "./runtime.js";
import type { MethodDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { Kind, copyChars, kindFor, readChar, strAlloc, strData, strIsAscii, strKind, strLength, strSizeof } from "./str-layout.js";
import { StrBuilder, isStr, maxCharForKind, strExact, strSubstring, strToJs } from "./str-object.js";
import { countChars, findChars, rfindChars } from "./str-search.js";
import { INDEX_MAX, adjustIndices, checkPositional, indexArg, parseFindArgs, parseFindArgsRaw, type FindArgs } from "./str-args.js";
import {
  strCapitalize, strCasefold, strIsAlnum, strIsAlpha, strIsAsciiText, strIsDecimal, strIsDigit, strIsIdentifier, strIsLower,
  strIsNumeric, strIsPrintable, strIsSpace, strIsTitle, strIsUpper, strLower, strSwapcase, strTitle, strUpper,
} from "./str-case.js";
import { bool, requireStr, strJoin, strPartition, strReplaceMethod, strSplit, strSplitlines, strStrip, Strip } from "./str-pieces.js";
import { strMaketrans, strTranslate } from "./str-translate.js";
import { strFormatMethod, strFormatMapMethod } from "./str-format.js";
import { encodeStr } from "./codecs.js";
import { arg, argSpec, clinicSpec, checkArgs, checkMethodArgs, parseArgs, argTypeName } from "./args.js";
import { noArgsMethod } from "./no-args-method.js";
import { formatStrWithSpec, parseFormatSpec } from "./format-spec.js";
import { newInt } from "./int.js";
import { str as objectStr } from "./abstract.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { asCInt } from "../modules/builtins-numeric.js";

const argOut = new Int32Array(4);

// ── find, rfind, index, rindex, count ───────────────────────────────────────────────────

const findArgs: FindArgs = { sub: 0, start: 0, end: 0 };

/** Position of the needle per find/rfind, or -1. */
function findIn(rt: Runtime, self: number, right: boolean, name: string, args: number, nargs: number, kwnames: number): number {
  const a = parseFindArgs(rt, name, "str", args, nargs, kwnames, strLength(rt, self), findArgs);
  requireStr(rt, a.sub, "");
  const sub = a.sub;
  const sn = strLength(rt, sub), sk = strKind(rt, sub), k = strKind(rt, self);
  if (a.start > strLength(rt, self) || (sn > 0 && sk > k)) return -1;
  const find = right ? rfindChars : findChars;
  return find(rt, strData(rt, self), k, a.start, a.end, strData(rt, sub), sk, sn);
}

function count(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  const a = parseFindArgs(rt, "count", "str", args, nargs, kwnames, strLength(rt, self), findArgs);
  requireStr(rt, a.sub, "");
  const sub = a.sub;
  const sn = strLength(rt, sub), sk = strKind(rt, sub), k = strKind(rt, self);
  if (a.start > strLength(rt, self) || (sn > 0 && sk > k)) return newInt(rt, 0);
  return newInt(rt, countChars(rt, strData(rt, self), k, a.start, a.end, strData(rt, sub), sk, sn, INDEX_MAX));
}

// ── startswith, endswith, removeprefix, removesuffix ────────────────────────────────────

/** CPython's tailmatch: does `sub` occur at the start (or end) of self[start:end]? */
function tailMatch(rt: Runtime, self: number, sub: number, start: number, end: number, atEnd: boolean): boolean {
  const bounds = adjustIndices(tailArgs(start, end), strLength(rt, self));
  const sn = strLength(rt, sub);
  const last = bounds.end - sn;
  if (last < bounds.start) return false;
  if (sn === 0) return true;
  const at = atEnd ? last : bounds.start;
  const d = strData(rt, self), k = strKind(rt, self), sd = strData(rt, sub), sk = strKind(rt, sub);
  for (let i = 0; i < sn; i++) if (readChar(rt, d, k, at + i) !== readChar(rt, sd, sk, i)) return false;
  return true;
}

const tailScratch: FindArgs = { sub: 0, start: 0, end: 0 };

function tailArgs(start: number, end: number): FindArgs {
  tailScratch.start = start;
  tailScratch.end = end;
  return tailScratch;
}

function startsOrEnds(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, atEnd: boolean): number {
  const name = atEnd ? "endswith" : "startswith";
  const a = parseFindArgsRaw(rt, name, "str", args, nargs, kwnames, findArgs);
  const { sub, start, end } = a;
  if (rt.hasFlag(sub, TpFlag.TUPLE_SUBCLASS)) {
    for (let i = 0, n = tupleSize(rt, sub); i < n; i++) {
      const item = tupleItem(rt, sub, i);
      if (!isStr(rt, item)) throw rt.raise(rt.E.TypeError, `tuple for ${name} must only contain str, not ${rt.typeName(item)}`);
      if (tailMatch(rt, self, item, start, end, atEnd)) return bool(rt, true);
    }
    return bool(rt, false);
  }
  if (!isStr(rt, sub)) throw rt.raise(rt.E.TypeError, `${name} first arg must be str or a tuple of str, not ${rt.typeName(sub)}`);
  return bool(rt, tailMatch(rt, self, sub, start, end, atEnd));
}

function removeAffix(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, suffix: boolean): number {
  const name = suffix ? "removesuffix" : "removeprefix";
  checkMethodArgs(rt, "str", name, nargs, kwnames, 1, 1);
  const affix = arg(rt, args, 0);
  requireStr(rt, affix, suffix ? "removesuffix() argument " : "removeprefix() argument ");
  const n = strLength(rt, self), an = strLength(rt, affix);
  if (an > 0 && tailMatch(rt, self, affix, 0, INDEX_MAX, suffix)) {
    return suffix ? strSubstring(rt, self, 0, n - an) : strSubstring(rt, self, an, n);
  }
  return strExact(rt, self);
}

// ── padding: center, ljust, rjust, zfill, expandtabs ────────────────────────────────────

function fillChar(rt: Runtime, o: number): number {
  if (!isStr(rt, o)) throw rt.raise(rt.E.TypeError, `The fill character must be a unicode character, not ${rt.typeName(o)}`);
  if (strLength(rt, o) !== 1) throw rt.raise(rt.E.TypeError, "The fill character must be exactly one character long");
  return readChar(rt, strData(rt, o), strKind(rt, o), 0);
}

/** self with `left` and `right` copies of `fill` around it (new reference). */
function pad(rt: Runtime, self: number, left: number, right: number, fill: number): number {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return strExact(rt, self);
  const n = strLength(rt, self);
  const k = strKind(rt, self);
  const maxChar = Math.max(maxCharForKind(k, strIsAscii(rt, self)), fill < 0x80 ? 0x7f : fill);
  const total = left + n + right;
  if (total > INDEX_MAX - 100) throw rt.raise(rt.E.OverflowError, "padded string is too long");
  const r = strAlloc(rt, total, maxCharForKind(kindFor(maxChar), maxChar < 0x80));
  const rk = strKind(rt, r);
  const rd = strData(rt, r);
  for (let i = 0; i < left; i++) writeAt(rt, rd, rk, i, fill);
  copyChars(rt, rd, rk, left, strData(rt, self), k, 0, n);
  for (let i = 0; i < right; i++) writeAt(rt, rd, rk, left + n + i, fill);
  return r;
}

function writeAt(rt: Runtime, d: number, k: Kind, i: number, c: number): void {
  if (k === Kind.UCS1) rt.u8[d + i] = c;
  else if (k === Kind.UCS2) rt.u16[(d >> 1) + i] = c;
  else rt.u32[(d >> 2) + i] = c;
}

const enum Justify {
  LEFT,
  RIGHT,
  CENTER,
}

function justify(rt: Runtime, self: number, args: number, nargs: number, kwnames: number, how: Justify, name: string): number {
  checkPositional(rt, name, "str", nargs, kwnames, 1, 2);
  const width = indexArg(rt, arg(rt, args, 0));
  const fill = nargs > 1 ? fillChar(rt, arg(rt, args, 1)) : 32;
  const n = strLength(rt, self);
  if (n >= width) return strExact(rt, self);
  const marg = width - n;
  if (how === Justify.LEFT) return pad(rt, self, 0, marg, fill);
  if (how === Justify.RIGHT) return pad(rt, self, marg, 0, fill);
  const left = (marg >> 1) + (marg & width & 1);
  return pad(rt, self, left, marg - left, fill);
}

function zfill(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "str.zfill", nargs, kwnames, 1, 1);
  const width = indexArg(rt, arg(rt, args, 0));
  const n = strLength(rt, self);
  if (n >= width) return strExact(rt, self);
  const fill = width - n;
  const r = pad(rt, self, fill, 0, 48);
  const d = strData(rt, r), k = strKind(rt, r);
  const c = readChar(rt, d, k, fill);
  if (c === 43 || c === 45) {
    writeAt(rt, d, k, 0, c);
    writeAt(rt, d, k, fill, 48);
  }
  return r;
}

const expandtabsSpec = clinicSpec(argSpec("expandtabs", ["tabsize="]));

function expandtabs(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, expandtabsSpec, args, nargs, kwnames, argOut);
  const tabsize = argOut[0] === 0 ? 8 : asCInt(rt, argOut[0]);
  const d = strData(rt, self), k = strKind(rt, self), n = strLength(rt, self);
  if (findCharIn(rt, d, k, n, 9) < 0) return strExact(rt, self);
  const b = new StrBuilder(n + 16);
  let column = 0;
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, d, k, i);
    if (c === 9) {
      if (tabsize > 0) {
        const incr = tabsize - (column % tabsize);
        column += incr;
        b.appendRepeat(32, incr);
      }
    } else {
      column++;
      b.appendChar(c);
      if (c === 10 || c === 13) column = 0;
    }
  }
  return b.finish(rt);
}

function findCharIn(rt: Runtime, d: number, k: Kind, n: number, c: number): number {
  for (let i = 0; i < n; i++) if (readChar(rt, d, k, i) === c) return i;
  return -1;
}

// ── encode, __format__, __sizeof__, __getnewargs__ ─────────────────────────────────────

const encodeSpec = clinicSpec(argSpec("encode", ["encoding=", "errors="]));

function encode(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, encodeSpec, args, nargs, kwnames, argOut);
  const encoding = argOut[0], errors = argOut[1];
  if (encoding !== 0 && !isStr(rt, encoding)) throw rt.raise(rt.E.TypeError, `encode() argument 'encoding' must be str, not ${argTypeName(rt, encoding)}`);
  if (errors !== 0 && !isStr(rt, errors)) throw rt.raise(rt.E.TypeError, `encode() argument 'errors' must be str, not ${argTypeName(rt, errors)}`);
  return encodeStr(rt, self, encoding === 0 ? "utf-8" : strToJs(rt, encoding), errors === 0 ? "strict" : strToJs(rt, errors));
}

/**
 * str.__format__(spec): format-spec.ts does the parsing and padding. An empty spec means
 * str(self), which a str subclass may override (CPython's format_obj).
 */
export function strFormatSpec(rt: Runtime, self: number, spec: number): number {
  if (strLength(rt, spec) === 0) return rt.typeOf(self) === rt.T.str ? strExact(rt, self) : objectStr(rt, self);
  const parsed = parseFormatSpec(rt, strToJs(rt, spec), rt.typeName(self));
  return rt.newStr(formatStrWithSpec(rt, strToJs(rt, self), parsed));
}

function format(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "str.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!isStr(rt, spec)) throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${argTypeName(rt, spec)}`);
  return strFormatSpec(rt, self, spec);
}

function getnewargs(rt: Runtime, self: number): number {
  const copy = strSubstring(rt, self, 0, strLength(rt, self));
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

// ── the table ───────────────────────────────────────────────────────────────────────────

type Unary = (rt: Runtime, o: number) => number;
type Predicate = (rt: Runtime, o: number) => boolean;

function noArgs(name: string, f: Unary): MethodDef {
  return noArgsMethod(name, `str.${name}`, f);
}

function predicate(name: string, f: Predicate): MethodDef {
  return noArgs(name, (rt, self) => bool(rt, f(rt, self)));
}

export const strMethods: readonly MethodDef[] = [
  { name: "encode", fn: encode },
  { name: "replace", fn: strReplaceMethod },
  { name: "split", fn: (rt, self, args, nargs, kwnames) => strSplit(rt, self, args, nargs, kwnames, false) },
  { name: "rsplit", fn: (rt, self, args, nargs, kwnames) => strSplit(rt, self, args, nargs, kwnames, true) },
  { name: "join", fn: strJoin },
  noArgs("capitalize", strCapitalize),
  noArgs("casefold", strCasefold),
  noArgs("title", strTitle),
  { name: "center", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, Justify.CENTER, "center") },
  { name: "count", fn: count, packsArgs: true },
  { name: "expandtabs", fn: expandtabs },
  { name: "find", fn: (rt, self, args, nargs, kwnames) => newInt(rt, findIn(rt, self, false, "find", args, nargs, kwnames)), packsArgs: true },
  { name: "partition", fn: (rt, self, args, nargs, kwnames) => strPartition(rt, self, args, nargs, kwnames, false) },
  {
    name: "index",
    fn: (rt, self, args, nargs, kwnames) => {
      const i = findIn(rt, self, false, "index", args, nargs, kwnames);
      if (i < 0) throw rt.raise(rt.E.ValueError, "substring not found");
      return newInt(rt, i);
    },
    packsArgs: true,
  },
  { name: "ljust", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, Justify.LEFT, "ljust") },
  noArgs("lower", strLower),
  { name: "lstrip", fn: (rt, self, args, nargs, kwnames) => strStrip(rt, self, args, nargs, kwnames, Strip.LEFT, "lstrip") },
  { name: "rfind", fn: (rt, self, args, nargs, kwnames) => newInt(rt, findIn(rt, self, true, "rfind", args, nargs, kwnames)), packsArgs: true },
  {
    name: "rindex",
    fn: (rt, self, args, nargs, kwnames) => {
      const i = findIn(rt, self, true, "rindex", args, nargs, kwnames);
      if (i < 0) throw rt.raise(rt.E.ValueError, "substring not found");
      return newInt(rt, i);
    },
    packsArgs: true,
  },
  { name: "rjust", fn: (rt, self, args, nargs, kwnames) => justify(rt, self, args, nargs, kwnames, Justify.RIGHT, "rjust") },
  { name: "rstrip", fn: (rt, self, args, nargs, kwnames) => strStrip(rt, self, args, nargs, kwnames, Strip.RIGHT, "rstrip") },
  { name: "rpartition", fn: (rt, self, args, nargs, kwnames) => strPartition(rt, self, args, nargs, kwnames, true) },
  { name: "splitlines", fn: strSplitlines },
  { name: "strip", fn: (rt, self, args, nargs, kwnames) => strStrip(rt, self, args, nargs, kwnames, Strip.BOTH, "strip") },
  noArgs("swapcase", strSwapcase),
  { name: "translate", fn: strTranslate },
  noArgs("upper", strUpper),
  { name: "startswith", fn: (rt, self, args, nargs, kwnames) => startsOrEnds(rt, self, args, nargs, kwnames, false), packsArgs: true },
  { name: "endswith", fn: (rt, self, args, nargs, kwnames) => startsOrEnds(rt, self, args, nargs, kwnames, true), packsArgs: true },
  { name: "removeprefix", fn: (rt, self, args, nargs, kwnames) => removeAffix(rt, self, args, nargs, kwnames, false) },
  { name: "removesuffix", fn: (rt, self, args, nargs, kwnames) => removeAffix(rt, self, args, nargs, kwnames, true) },
  predicate("isascii", strIsAsciiText),
  predicate("islower", strIsLower),
  predicate("isupper", strIsUpper),
  predicate("istitle", strIsTitle),
  predicate("isspace", strIsSpace),
  predicate("isdecimal", strIsDecimal),
  predicate("isdigit", strIsDigit),
  predicate("isnumeric", strIsNumeric),
  predicate("isalpha", strIsAlpha),
  predicate("isalnum", strIsAlnum),
  predicate("isidentifier", strIsIdentifier),
  predicate("isprintable", strIsPrintable),
  { name: "zfill", fn: zfill },
  { name: "format", fn: strFormatMethod, packsArgs: true },
  { name: "format_map", fn: strFormatMapMethod },
  { name: "__format__", fn: format },
  { name: "maketrans", fn: strMaketrans, staticMethod: true },
  noArgs("__sizeof__", (rt, self) => newInt(rt, strSizeof(rt, self))),
  noArgs("__getnewargs__", getnewargs),
];
