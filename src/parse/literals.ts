// Number and string literals: from token text to `Constant` values.
//
// A string token is split into prefix, quote and body here; the body's escapes are decoded as
// CPython's `decode_unicode_with_escapes` / `_PyBytes_DecodeEscape` do, including their error
// wording. f-string bodies are handled by fstring.ts, which calls back into `decodeEscapes` for
// the literal parts.

import { ComplexConst } from "./ast.js";
import { nameRanges, namedCharacters } from "./unicode-names.js";

export interface StringToken {
  isBytes: boolean;
  isRaw: boolean;
  isFormat: boolean;
  isUnicode: boolean;
  /** Offset of the body's first character from the token's start. */
  bodyStart: number;
  body: string;
}

export function splitString(token: string): StringToken {
  let i = 0;
  let isBytes = false;
  let isRaw = false;
  let isFormat = false;
  let isUnicode = false;
  for (;; i++) {
    const c = token[i].toLowerCase();
    if (c === "b") isBytes = true;
    else if (c === "r") isRaw = true;
    else if (c === "f") isFormat = true;
    else if (c === "u") isUnicode = true;
    else break;
  }
  const quote = token[i];
  const q = token.startsWith(quote.repeat(3), i) && token.length - i >= 6 ? 3 : 1;
  const bodyStart = i + q;
  return { isBytes, isRaw, isFormat, isUnicode, bodyStart, body: token.slice(bodyStart, token.length - q) };
}

/** A decoding failure: the message CPython gives, raised at the token after the string. */
export class LiteralError {
  constructor(readonly msg: string) {}
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "", "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t",
  v: "\v",
};

const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isOct = (c: string | undefined) => c !== undefined && c >= "0" && c <= "7";

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

function unicodeError(body: string, start: number, end: number, reason: string): LiteralError {
  const from = utf8Length(body.slice(0, start));
  const to = utf8Length(body.slice(0, end)) - 1;
  const where = to > from ? `position ${from}-${to}` : `position ${from}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in ${where}: ${reason}`);
}

/** Decode the escapes of a non-raw str body. Throws LiteralError. */
export function decodeEscapes(body: string): string {
  if (!body.includes("\\")) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== "\\" || i + 1 >= body.length) {
      out += c;
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    i += 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (isOct(e)) {
      let digits = e;
      while (digits.length < 3 && isOct(body[i])) digits += body[i++];
      out += String.fromCodePoint(parseInt(digits, 8));
      continue;
    }
    if (e === "x" || e === "u" || e === "U") {
      const count = e === "x" ? 2 : e === "u" ? 4 : 8;
      let j = i;
      while (j < i + count && isHex(body[j])) j++;
      if (j < i + count) {
        const what = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        throw unicodeError(body, start, j, `truncated ${what} escape`);
      }
      const cp = parseInt(body.slice(i, j), 16);
      if (cp > 0x10ffff) throw unicodeError(body, start, j, "illegal Unicode character");
      out += String.fromCodePoint(cp);
      i = j;
      continue;
    }
    if (e === "N") {
      const close = body[i] === "{" ? body.indexOf("}", i) : -1;
      if (close < 0) throw unicodeError(body, start, i, "malformed \\N character escape");
      const cp = lookupName(body.slice(i + 1, close));
      if (cp === undefined) throw unicodeError(body, start, close + 1, "unknown Unicode character name");
      out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // An unknown escape keeps its backslash (CPython warns).
    out += c + e;
  }
  return out;
}

/** Decode a bytes body (raw or not) to its byte values. Throws LiteralError. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const bytes: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (raw || c !== "\\" || i + 1 >= body.length) {
      bytes.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple !== "") bytes.push(simple.charCodeAt(0));
      continue;
    }
    if (isOct(e)) {
      let digits = e;
      while (digits.length < 3 && isOct(body[i])) digits += body[i++];
      bytes.push(parseInt(digits, 8) & 0xff);
      continue;
    }
    if (e === "x") {
      if (!isHex(body[i]) || !isHex(body[i + 1])) {
        throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`);
      }
      bytes.push(parseInt(body.slice(i, i + 2), 16));
      i += 2;
      continue;
    }
    bytes.push(92, e.charCodeAt(0));
  }
  return Uint8Array.from(bytes);
}

/** The value of a NUMBER token: bigint for integers, number for floats, ComplexConst for imaginaries. */
export function numberValue(text: string): bigint | number | ComplexConst {
  const t = text.replace(/_/g, "");
  const last = t[t.length - 1];
  if (last === "j" || last === "J") return new ComplexConst(0, Number(t.slice(0, -1)));
  if (/^0[xXoObB]/.test(t)) return BigInt(t.toLowerCase());
  if (/[.eE]/.test(t)) return Number(t);
  return BigInt(t);
}

// ---- \N{...} ----------------------------------------------------------------------------------

let names: Map<string, number> | undefined;

/** A character by name (case-insensitive, as CPython matches), from unicode-names.ts. */
function lookupName(name: string): number | undefined {
  if (names === undefined) {
    names = new Map(namedCharacters());
    for (const [start, list] of nameRanges()) {
      list.split("|").forEach((n, i) => {
        if (n !== "") names?.set(n, start + i);
      });
    }
  }
  return names.get(name.toUpperCase());
}
