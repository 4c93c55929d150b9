/**
 * repr() and ascii() of strings, CPython's unicode_repr rules:
 *
 *   quote   ' unless the text contains ' and no " (then ")
 *   \\ and the quote are escaped; \t \n \r by name; other code points < 0x20 and 0x7f as \xhh;
 *   printable non-ASCII (str.isprintable) as is; other code points as \xhh (< 0x100),
 *   \uhhhh (< 0x10000) or \Uhhhhhhhh — lowercase hex digits.
 *
 * ascii(o) is repr(o) with every non-ASCII code point escaped the same way (CPython encodes
 * the repr with "backslashreplace"). The escaping works on code points read from the heap and
 * writes into a StrBuilder; `reprOfText` is the same algorithm for JS text (tests, messages).
 */
import type { Runtime } from "./runtime.js";
import { readChar, strData, strKind, strLength, type Kind } from "./str-layout.js";
import { StrBuilder } from "./str-object.js";
import { isPrintable } from "./str-unicode.js";
import { repr } from "./abstract.js";

const HEX = "0123456789abcdef";

/** Append `\x`, `\u` or `\U` and the hex digits of `c`. */
export function appendHexEscape(b: StrBuilder, c: number): void {
  b.appendChar(92); // backslash
  let digits: number;
  if (c < 0x100) {
    b.appendChar(120); // x
    digits = 2;
  } else if (c < 0x10000) {
    b.appendChar(117); // u
    digits = 4;
  } else {
    b.appendChar(85); // U
    digits = 8;
  }
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) b.appendChar(HEX.charCodeAt((c >>> shift) & 15));
}

/** The quote repr would use for these code points: 39 (') or 34 ("). */
function chooseQuote(get: (i: number) => number, n: number): number {
  let single = false, double = false;
  for (let i = 0; i < n; i++) {
    const c = get(i);
    if (c === 39) single = true;
    else if (c === 34) double = true;
  }
  return single && !double ? 34 : 39;
}

/** Append the quoted, escaped form of n code points. With `asciiOnly`, escape all non-ASCII. */
export function appendQuoted(b: StrBuilder, get: (i: number) => number, n: number, asciiOnly: boolean): void {
  const quote = chooseQuote(get, n);
  b.appendChar(quote);
  for (let i = 0; i < n; i++) {
    const c = get(i);
    if (c === quote || c === 92) {
      b.appendChar(92);
      b.appendChar(c);
    } else if (c === 9) b.appendAscii("\\t");
    else if (c === 10) b.appendAscii("\\n");
    else if (c === 13) b.appendAscii("\\r");
    else if (c < 0x20 || c === 0x7f) appendHexEscape(b, c);
    else if (c < 0x7f) b.appendChar(c);
    else if (!asciiOnly && isPrintable(c)) b.appendChar(c);
    else appendHexEscape(b, c);
  }
  b.appendChar(quote);
}

/** repr of a str (new str). */
export function strRepr(rt: Runtime, o: number): number {
  const n = strLength(rt, o);
  const data = strData(rt, o);
  const kind: Kind = strKind(rt, o);
  const b = new StrBuilder(n + 2);
  appendQuoted(b, (i) => readChar(rt, data, kind, i), n, false);
  return b.finish(rt);
}

/** repr of JS text, as JS text (same rules; for tests and messages). */
export function reprOfText(text: string): string {
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  const b = new StrBuilder(cps.length + 2);
  appendQuoted(b, (i) => cps[i], cps.length, false);
  return b.toJs();
}

/** Escape every non-ASCII code point of str `s` (backslashreplace); new str. */
export function asciiEscape(rt: Runtime, s: number): number {
  const n = strLength(rt, s);
  const data = strData(rt, s);
  const kind = strKind(rt, s);
  let ascii = true;
  for (let i = 0; i < n && ascii; i++) if (readChar(rt, data, kind, i) >= 0x80) ascii = false;
  if (ascii) {
    rt.incref(s);
    return s;
  }
  const b = new StrBuilder(n + 8);
  for (let i = 0; i < n; i++) {
    const c = readChar(rt, data, kind, i);
    if (c < 0x80) b.appendChar(c);
    else appendHexEscape(b, c);
  }
  return b.finish(rt);
}

/** ascii(o): repr(o) with non-ASCII escaped (new str). */
export function asciiRepr(rt: Runtime, o: number): number {
  const r = repr(rt, o);
  try {
    return asciiEscape(rt, r);
  } finally {
    rt.decref(r);
  }
}
