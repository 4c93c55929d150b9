/**
 * Text to doubles: the grammars of `float(s)`, `complex(s)` and `float.fromhex(s)`.
 *
 * Input is first put through `asciiNumberText` (Unicode digits and spaces to ASCII, as
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII) and `removeUnderscores` (single
 * underscores between digits, _Py_string_to_number_with_underscores). A decimal literal is then
 * recognised with CPython's strtod grammar and converted by JavaScript's `Number`, which rounds
 * correctly, as `_Py_dg_strtod` does. The parsers return `undefined` for malformed text; the
 * callers raise with the type's message.
 */
import { bitLength, scaledBigToDouble } from "./int-digits.js";

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Remove underscores that each sit between two digits; undefined if any underscore does not
 * (CPython checks "after a digit" and "before a digit" on the raw text).
 */
export function removeUnderscores(s: string): string | undefined {
  if (!s.includes("_")) return s;
  let out = "";
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!isDigitCode(prev)) return undefined;
    } else {
      if (prev === 95 && !isDigitCode(c)) return undefined;
      out += s[i];
    }
    prev = c;
  }
  return prev === 95 ? undefined : out;
}

const floatPrefix = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|infinity|inf|nan)/iy;

/**
 * The longest float literal at `pos` (CPython's PyOS_string_to_double with an end pointer).
 * Returns the value and the end index, or undefined when no literal starts there.
 */
export function parseFloatPrefix(s: string, pos: number): { value: number; end: number } | undefined {
  floatPrefix.lastIndex = pos;
  const m = floatPrefix.exec(s);
  if (m === null) return undefined;
  const text = m[0];
  const end = pos + text.length;
  const body = text[0] === "+" || text[0] === "-" ? text.slice(1) : text;
  const negative = text[0] === "-";
  const lower = body.toLowerCase();
  let value: number;
  if (lower === "nan") value = NaN;
  else if (lower === "inf" || lower === "infinity") value = Infinity;
  else value = Number(body);
  return { value: negative ? -value : value, end };
}

/** float(text) after asciiNumberText; undefined when malformed. */
export function parseFloatText(text: string): number | undefined {
  const s = removeUnderscores(text);
  if (s === undefined) return undefined;
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  const r = parseFloatPrefix(s, start);
  if (r === undefined || r.end !== end) return undefined;
  return r.value;
}

/** complex(text) after asciiNumberText: [real, imag], or undefined when malformed. */
export function parseComplexText(text: string): [number, number] | undefined {
  const s = removeUnderscores(text);
  if (s === undefined) return undefined;
  const n = s.length;
  let p = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let bracket = false;
  if (s[p] === "(") {
    bracket = true;
    p++;
    while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  }
  let x = 0;
  let y = 0;
  const isJ = (i: number) => s[i] === "j" || s[i] === "J";
  const first = parseFloatPrefix(s, p);
  if (first !== undefined) {
    p = first.end;
    if (s[p] === "+" || s[p] === "-") {
      x = first.value;
      const second = parseFloatPrefix(s, p);
      if (second !== undefined) {
        y = second.value;
        p = second.end;
      } else {
        y = s[p] === "+" ? 1 : -1;
        p++;
      }
      if (!isJ(p)) return undefined;
      p++;
    } else if (isJ(p)) {
      y = first.value;
      p++;
    } else {
      x = first.value;
    }
  } else {
    if (s[p] === "+" || s[p] === "-") {
      y = s[p] === "+" ? 1 : -1;
      p++;
    } else {
      y = 1;
    }
    if (!isJ(p)) return undefined;
    p++;
  }
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (bracket) {
    if (s[p] !== ")") return undefined;
    p++;
    while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  }
  return p === n ? [x, y] : undefined;
}

/** Why float.fromhex failed. */
export const enum HexFailure {
  INVALID = "invalid",
  OVERFLOW = "overflow",
}

const hexFloat = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;
const infOrNan = /^([+-]?)(inf|infinity|nan)$/i;

/** float.fromhex(text): the value, or why it failed. */
export function parseHexFloat(text: string): number | HexFailure {
  let start = 0;
  let end = text.length;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  const s = text.slice(start, end);
  const special = infOrNan.exec(s);
  if (special !== null) {
    const v = special[2].toLowerCase() === "nan" ? NaN : Infinity;
    return special[1] === "-" ? -v : v;
  }
  const m = hexFloat.exec(s);
  if (m === null) return HexFailure.INVALID;
  const whole = m[2];
  const frac = m[3] ?? "";
  if (whole.length + frac.length === 0) return HexFailure.INVALID;
  const negative = m[1] === "-";
  const mant = BigInt("0x0" + whole + frac);
  let value: number;
  if (mant === 0n) value = 0;
  else {
    // Exponents far outside the double range only need their direction.
    const expText = m[4] ?? "0";
    let exp = Number(expText);
    if (!Number.isFinite(exp) || Math.abs(exp) > 1e7) exp = Math.sign(exp) * 1e7;
    const e = exp - 4 * frac.length;
    if (bitLength(mant) + e > 1100) return HexFailure.OVERFLOW;
    value = scaledBigToDouble(mant, e);
    if (!Number.isFinite(value)) return HexFailure.OVERFLOW;
  }
  return negative ? -value : value;
}
