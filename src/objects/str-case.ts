/**
 * The case methods of str (upper, lower, capitalize, title, swapcase, casefold) and the
 * character-class predicates (isalpha, isdigit, ..., isidentifier), CPython's algorithms over
 * the code-point properties of str-unicode.ts.
 *
 * ASCII strings are mapped byte for byte in the heap. Other strings go through a StrBuilder
 * (every result is a new str, a one-character one too, as CPython's case_operation makes it),
 * since a full mapping may change the length ('ß'.upper() == 'SS'); single-code-point mappings
 * are memoised (they depend only on the code point, so the tables are shared by all Runtimes). The lowercase
 * mapping of U+03A3 (Σ) depends on its context (final sigma), as CPython's
 * handle_capital_sigma decides it.
 */
import type { Runtime } from "./runtime.js";
import { Kind, readChar, strAlloc, strData, strIsAscii, strKind, strLength } from "./str-layout.js";
import { StrBuilder, emptyStr } from "./str-object.js";
import {
  CAPITAL_SIGMA, FINAL_SIGMA, SMALL_SIGMA, asciiLower, asciiUpper, isAlnum, isAlpha, isCaseIgnorable, isCased, isDecimal,
  isDigit, isIdentifierContinue, isIdentifierStart, isLower, isNumeric, isPrintable, isSpace, isTitle, isUpper,
  toFoldedFull, toLowerFull, toTitleFull, toUpperFull,
} from "./str-unicode.js";

type Mapping = (c: number) => string;

/** Memoise a single-code-point mapping (bounded: the tables are reset when they grow large). */
function cached(f: Mapping): Mapping {
  const cache = new Map<number, string>();
  return (c) => {
    let r = cache.get(c);
    if (r === undefined) {
      if (cache.size > 4096) cache.clear();
      r = f(c);
      cache.set(c, r);
    }
    return r;
  };
}

const upperOf = cached(toUpperFull);
const lowerOf = cached(toLowerFull);
const titleOf = cached(toTitleFull);
const foldOf = cached(toFoldedFull);

/** CPython's handle_capital_sigma: the lowercase of the Σ at index i. */
function sigmaLower(rt: Runtime, data: number, kind: Kind, length: number, i: number): number {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = readChar(rt, data, kind, j);
    if (!isCaseIgnorable(c)) break;
  }
  let final = j >= 0 && isCased(c);
  if (final && i + 1 < length) {
    for (j = i + 1; j < length; j++) {
      c = readChar(rt, data, kind, j);
      if (!isCaseIgnorable(c)) break;
    }
    final = j === length || !isCased(c);
  }
  return final ? FINAL_SIGMA : SMALL_SIGMA;
}

/** lower_ucs4: the lowercase of code point i, in context. */
function appendLower(rt: Runtime, b: StrBuilder, data: number, kind: Kind, n: number, i: number, c: number): void {
  if (c < 128) b.appendChar(asciiLower(c));
  else if (c === CAPITAL_SIGMA) b.appendChar(sigmaLower(rt, data, kind, n, i));
  else b.appendText(lowerOf(c));
}

function appendMapped(b: StrBuilder, c: number, f: Mapping): void {
  b.appendText(f(c));
}

/** Which ASCII letters an ASCII case mapping flips (their case bit, 0x20). */
const enum Flip {
  LOWER = 1,
  UPPER = 2,
}

/**
 * The bytes of the 32-bit word `w` (four ASCII characters) that are letters of the selected
 * cases, as 0x80 in their byte: b + (0x80 - first) has its high bit set when b >= first, and
 * no byte carries into the next because every b is below 0x80. `lower` and `upper` are -1 to
 * select a case, 0 not to: both masks are computed whatever the case, without a branch, so
 * that the code V8 compiles for upper() also serves lower() (a branch first taken by the
 * second call would throw that code away).
 */
function letterMask(w: number, lower: number, upper: number): number {
  const lowerLetters = (w + 0x1f1f1f1f) & ~(w + 0x05050505); // 'a'..'z'
  const upperLetters = (w + 0x3f3f3f3f) & ~(w + 0x25252525); // 'A'..'Z'
  return ((lowerLetters & lower) | (upperLetters & upper)) & 0x80808080;
}

/**
 * An ASCII str mapped through a 128-entry table that flips the case of the letters in `flips`
 * (new reference): four characters at a time in 32-bit words (ASCII data starts 4-byte
 * aligned), the rest through the table.
 */
function asciiTableMap(rt: Runtime, o: number, table: Uint8Array, flips: number): number {
  const n = strLength(rt, o);
  if (n === 0) return emptyStr(rt);
  const src = strData(rt, o);
  const r = strAlloc(rt, n, 0x7f);
  const dst = strData(rt, r);
  const u8 = rt.u8;
  let i = 0;
  if (((src | dst) & 3) === 0) {
    const i32 = rt.i32;
    const s4 = src >> 2, d4 = dst >> 2;
    const lower = (flips & Flip.LOWER) !== 0 ? -1 : 0;
    const upper = (flips & Flip.UPPER) !== 0 ? -1 : 0;
    for (const words = n >> 2; i < words; i++) {
      const w = i32[s4 + i];
      i32[d4 + i] = w ^ (letterMask(w, lower, upper) >>> 2);
    }
    i <<= 2;
  }
  for (; i < n; i++) u8[dst + i] = table[u8[src + i]];
  return r;
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiCased = (c: number) => isAsciiUpper(c) || isAsciiLower(c);

const asciiUpperTable = new Uint8Array(128).map((_, c) => asciiUpper(c));
const asciiLowerTable = new Uint8Array(128).map((_, c) => asciiLower(c));
const asciiSwapTable = new Uint8Array(128).map((_, c) => (isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c));

export function strUpper(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) return asciiTableMap(rt, o, asciiUpperTable, Flip.LOWER);
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) appendMapped(b, readChar(rt, data, kind, i), upperOf);
  return b.finishNew(rt);
}

export function strLower(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) return asciiTableMap(rt, o, asciiLowerTable, Flip.UPPER);
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) appendLower(rt, b, data, kind, n, i, readChar(rt, data, kind, i));
  return b.finishNew(rt);
}

export function strCasefold(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) return asciiTableMap(rt, o, asciiLowerTable, Flip.UPPER);
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) appendMapped(b, readChar(rt, data, kind, i), foldOf);
  return b.finishNew(rt);
}

export function strSwapcase(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) return asciiTableMap(rt, o, asciiSwapTable, Flip.LOWER | Flip.UPPER);
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (isUpper(c)) appendLower(rt, b, data, kind, n, i, c);
    else if (isLower(c)) appendMapped(b, c, upperOf);
    else b.appendChar(c);
  }
  return b.finishNew(rt);
}

export function strCapitalize(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) {
    // Lowercase, then the first character uppercase.
    const r = asciiTableMap(rt, o, asciiLowerTable, Flip.UPPER);
    if (strLength(rt, r) > 0) rt.u8[strData(rt, r)] = asciiUpper(rt.u8[strData(rt, r)]);
    return r;
  }
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (i === 0) b.appendText(titleOf(c));
    else appendLower(rt, b, data, kind, n, i, c);
  }
  return b.finishNew(rt);
}

export function strTitle(rt: Runtime, o: number): number {
  if (strIsAscii(rt, o)) {
    // Lowercase, then uppercase each character that follows an uncased one.
    const r = asciiTableMap(rt, o, asciiLowerTable, Flip.UPPER);
    const u8 = rt.u8;
    let previousCased = false;
    for (let p = strData(rt, r), end = p + strLength(rt, r); p < end; p++) {
      const c = u8[p];
      if (!previousCased) u8[p] = asciiUpper(c);
      previousCased = isAsciiCased(c);
    }
    return r;
  }
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  const b = new StrBuilder(n);
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (previousCased) appendLower(rt, b, data, kind, n, i, c);
    else b.appendText(titleOf(c));
    previousCased = isCased(c);
  }
  return b.finishNew(rt);
}

// ── predicates ──────────────────────────────────────────────────────────────────────────

/** True when the str is non-empty and every code point satisfies `test`. */
function all(rt: Runtime, o: number, test: (c: number) => boolean): boolean {
  const n = strLength(rt, o);
  if (n === 0) return false;
  const data = strData(rt, o), kind = strKind(rt, o);
  for (let i = 0; i < n; i++) if (!test(readChar(rt, data, kind, i))) return false;
  return true;
}

export const strIsSpace = (rt: Runtime, o: number): boolean => all(rt, o, isSpace);
export const strIsAlpha = (rt: Runtime, o: number): boolean => all(rt, o, isAlpha);
export const strIsAlnum = (rt: Runtime, o: number): boolean => all(rt, o, isAlnum);
export const strIsDecimal = (rt: Runtime, o: number): boolean => all(rt, o, isDecimal);
export const strIsDigit = (rt: Runtime, o: number): boolean => all(rt, o, isDigit);
export const strIsNumeric = (rt: Runtime, o: number): boolean => all(rt, o, isNumeric);

export function strIsPrintable(rt: Runtime, o: number): boolean {
  return strLength(rt, o) === 0 || all(rt, o, isPrintable);
}

export function strIsAsciiText(rt: Runtime, o: number): boolean {
  return strIsAscii(rt, o);
}

export function strIsUpper(rt: Runtime, o: number): boolean {
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  let cased = false;
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (isLower(c) || isTitle(c)) return false;
    if (!cased && isUpper(c)) cased = true;
  }
  return cased;
}

export function strIsLower(rt: Runtime, o: number): boolean {
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  let cased = false;
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (isUpper(c) || isTitle(c)) return false;
    if (!cased && isLower(c)) cased = true;
  }
  return cased;
}

export function strIsTitle(rt: Runtime, o: number): boolean {
  const n = strLength(rt, o), data = strData(rt, o), kind = strKind(rt, o);
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (isUpper(c) || isTitle(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

export function strIsIdentifier(rt: Runtime, o: number): boolean {
  const n = strLength(rt, o);
  if (n === 0) return false;
  const data = strData(rt, o), kind = strKind(rt, o);
  if (!isIdentifierStart(readChar(rt, data, kind, 0))) return false;
  for (let i = 1; i < n; i++) if (!isIdentifierContinue(readChar(rt, data, kind, i))) return false;
  return true;
}
