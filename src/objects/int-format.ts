/**
 * Integers to and from text: `int(s, base)`'s parser (CPython's PyLong_FromString), the
 * decimal and power-of-two base conversions behind `str`, `hex`, `oct`, `bin`, and
 * `int.__format__` (format_long_internal in Python/formatter_unicode.c).
 *
 * The parser and the formatters work on JS values (`number` for safe integers, `bigint`
 * beyond); int.ts turns them into objects. The 4300-digit limit of CPython 3.11
 * (`sys.set_int_max_str_digits`) applies to decimal (non-power-of-two) bases only.
 */
import type { Runtime } from "./runtime.js";
import { isDecimal, isSpace } from "./str-unicode.js";
import { layoutNumber, parseFormatSpec, type FormatSpec } from "./format-spec.js";

/** CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD: below it the limit is never checked. */
export const MAX_STR_DIGITS_THRESHOLD = 640;
/** The default of sys.get_int_max_str_digits(). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

// ── text to int ──────────────────────────────────────────────────────────────────────────

/** The value of a Unicode decimal digit (Nd): digits come in contiguous runs of 0..9. */
function decimalValue(c: number): number {
  let start = c;
  while (start > 0 && isDecimal(start - 1)) start--;
  return (c - start) % 10;
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes " ",
 * Unicode decimal digits become ASCII digits, other non-ASCII characters become "?".
 */
export function asciiNumberText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isSpace(c)) out += " ";
    else if (isDecimal(c)) out += String.fromCharCode(48 + decimalValue(c));
    else out += "?";
  }
  return out;
}

/** Python's isspace for ASCII (what Py_ISSPACE tests). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** A digit's value in bases up to 36, or 37 for a non-digit (CPython's _PyLong_DigitValue). */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/** Why a parse failed: not a literal, or too many digits (the count is in `digits`). */
export const enum ParseFailure {
  INVALID = 1,
  TOO_MANY_DIGITS = 2,
}

export interface ParsedInt {
  value: number | bigint;
  /** 0 on success. */
  failure: number;
  /** The digit count (underscores not counted): for TOO_MANY_DIGITS, and on success. */
  digits: number;
  /** The base the message should name (0 stays 0); on success, the base the digits were read in. */
  base: number;
}

/**
 * Parse ASCII text (already through `asciiNumberText`) as int(text, base) does; base is 0 or
 * 2..36. Surrounding whitespace, a sign, the 0x/0o/0b prefix (required with base 0 for
 * non-decimal literals), single underscores between digits.
 */
export function parseIntText(s: string, base: number, maxStrDigits: number): ParsedInt {
  const fail: ParsedInt = { value: 0, failure: ParseFailure.INVALID, digits: 0, base };
  const n = s.length;
  let p = 0;
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  let negative = false;
  if (s[p] === "+") p++;
  else if (s[p] === "-") {
    p++;
    negative = true;
  }
  let errorIfNonzero = false;
  const c1 = s[p + 1];
  if (base === 0) {
    if (s[p] !== "0") base = 10;
    else if (c1 === "x" || c1 === "X") base = 16;
    else if (c1 === "o" || c1 === "O") base = 8;
    else if (c1 === "b" || c1 === "B") base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    s[p] === "0" &&
    ((base === 16 && (c1 === "x" || c1 === "X")) || (base === 8 && (c1 === "o" || c1 === "O")) || (base === 2 && (c1 === "b" || c1 === "B")))
  ) {
    p += 2;
    if (s[p] === "_") p++;
  }
  if (s[p] === "_") return fail;

  // Collect the digits, checking underscores.
  const start = p;
  let digits = "";
  let prevUnderscore = false;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c === 95) {
      if (prevUnderscore) return fail;
      prevUnderscore = true;
    } else if (digitValue(c) < base) {
      digits += s[p];
      prevUnderscore = false;
    } else break;
    p++;
  }
  if (prevUnderscore) return fail;
  if (p === start) return fail;
  const binaryBase = (base & (base - 1)) === 0;
  if (!binaryBase && digits.length > MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && digits.length > maxStrDigits) {
    return { value: 0, failure: ParseFailure.TOO_MANY_DIGITS, digits: digits.length, base };
  }
  while (p < n && isAsciiSpace(s.charCodeAt(p))) p++;
  if (p !== n) return fail;

  let value = digitsValue(digits, base);
  // "010" with base 0: C-style octal is refused unless the value is zero.
  if (errorIfNonzero && value !== 0 && value !== 0n) return fail;
  if (negative) value = typeof value === "number" ? -value : -value;
  return { value: typeof value === "number" ? value + 0 : value, failure: 0, digits: digits.length, base };
}

/** The value of a digit string (valid digits of `base`). */
function digitsValue(digits: string, base: number): number | bigint {
  const n = digits.length;
  // base^n < 2^53 for n digits: the result is exact as a number.
  if (n * Math.log2(base) < 53) return parseInt(digits, base);
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt("0x" + digits);
    case 8:
      return BigInt("0o" + digits);
    case 2:
      return BigInt("0b" + digits);
  }
  // Other bases: chunks that fit a safe integer.
  const chunk = Math.floor(53 / Math.log2(base)) - 1;
  let acc = 0n;
  for (let i = 0; i < n; i += chunk) {
    const part = digits.slice(i, i + chunk);
    acc = acc * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return acc;
}

// ── int to text ──────────────────────────────────────────────────────────────────────────

/** The message of the limit on str(int). */
export function tooManyDigitsToStr(maxStrDigits: number): string {
  return `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

/** The message of the limit on int(str). */
export function tooManyDigitsToInt(maxStrDigits: number, digits: number): string {
  return `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`;
}

/**
 * Decimal text of v; ValueError past the digit limit. `ndigits30` is the int's digit count,
 * for CPython's early refusal of values that are clearly too long.
 */
export function decimalText(rt: Runtime, v: number | bigint, ndigits30: number, maxStrDigits: number): string {
  if (typeof v === "number") return String(v);
  if (maxStrDigits > 0 && ndigits30 >= Math.trunc((10 * MAX_STR_DIGITS_THRESHOLD) / 90) + 2 && Math.trunc(maxStrDigits / 90) <= Math.trunc((ndigits30 - 11) / 10)) {
    throw rt.raise(rt.E.ValueError, tooManyDigitsToStr(maxStrDigits));
  }
  const text = v.toString();
  const length = v < 0n ? text.length - 1 : text.length;
  if (length > MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && length > maxStrDigits) {
    throw rt.raise(rt.E.ValueError, tooManyDigitsToStr(maxStrDigits));
  }
  return text;
}

const prefixes: Record<number, string> = { 2: "0b", 8: "0o", 16: "0x" };

/** hex()/oct()/bin() text: `-0x1f`, `0b0`. */
export function radixText(v: number | bigint, base: 2 | 8 | 16): string {
  const negative = v < 0;
  const mag = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v;
  return (negative ? "-" : "") + prefixes[base] + mag.toString(base);
}

// ── int.__format__ ───────────────────────────────────────────────────────────────────────

/** What int.__format__ needs from int.ts (kept as parameters to avoid an import cycle). */
export interface IntFormatHooks {
  /** The decimal text, with the digit limit applied. */
  decimal(v: number | bigint): string;
  /** float(v) formatted with the spec (e E f F g G %). */
  asFloat(spec: FormatSpec): string;
}

/**
 * format(int, spec) for a non-empty spec; `typeName` names the int's type in messages.
 */
export function formatIntValue(rt: Runtime, v: number | bigint, specText: string, typeName: string, hooks: IntFormatHooks): string {
  const spec = parseFormatSpec(rt, specText, typeName, "int");
  const type = spec.type;
  if ("eEfFgG%".includes(type)) return hooks.asFloat(spec);
  if (spec.precision !== -1) throw rt.raise(rt.E.ValueError, "Precision not allowed in integer format specifier");
  if (spec.noNegZero) throw rt.raise(rt.E.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (type === "c") {
    if (spec.sign !== "") throw rt.raise(rt.E.ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw rt.raise(rt.E.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint") {
      if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C long");
      throw rt.raise(rt.E.OverflowError, "%c arg not in range(0x110000)");
    }
    if (v < 0 || v > 0x10ffff) throw rt.raise(rt.E.OverflowError, "%c arg not in range(0x110000)");
    return layoutNumber(spec, false, "", "", String.fromCodePoint(v));
  }
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const negative = v < 0;
  const mag = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v;
  let digits = base === 10 ? hooks.decimal(mag) : mag.toString(base);
  let prefix = spec.alternate && base !== 10 ? prefixes[base] : "";
  if (type === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return layoutNumber(spec, negative, prefix, digits, "", spec.grouping === "_" && base !== 10 ? 4 : 3);
}
