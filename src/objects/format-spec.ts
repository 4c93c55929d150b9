/**
 * The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`), shared by the
 * `__format__` methods of str, int, float and complex.
 *
 *     [[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type]
 *
 * `parseFormatSpec` is CPython's `parse_internal_render_format_spec` (Python/formatter_unicode.c)
 * with its messages; the type-specific checks (a sign on a str, a precision on an int) stay with
 * each type. `padAligned` pads a finished text (str, `c`), `layoutNumber` lays a number out
 * as CPython's `calc_number_widths` + `fill_number` do:
 *
 *     <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
 *
 * Widths count code points, as Python's `len` does, not UTF-16 units. The locale is always
 * CPython's default "C" locale: `n` groups nothing and uses "." as the decimal point.
 */
import type { Runtime } from "./runtime.js";

/** A parsed format spec. Strings are single code points, or "" when absent. */
export interface FormatSpec {
  /** The fill character: " " unless given; "0" for the `0` shortcut. */
  readonly fill: string;
  /** "<", ">", "=", "^", or "" when not given (the caller applies its default). */
  readonly align: string;
  /** "+", "-", " " or "". */
  readonly sign: string;
  /** `z`: coerce negative zero to zero (3.11, floats only). */
  readonly noNegZero: boolean;
  /** `#`. */
  readonly alternate: boolean;
  /** The `0` shortcut was used (no explicit fill): fill "0", and "=" alignment for numbers. */
  readonly zeroPad: boolean;
  /** -1 when not given. */
  readonly width: number;
  /** ",", "_" or "". */
  readonly grouping: string;
  /** -1 when not given. */
  readonly precision: number;
  /** The presentation type, with the kind's default applied ("s" for str, "d" for int, "" for float and complex). */
  readonly type: string;
}

/** Which `__format__` is parsing: it decides the default type and the accepted types. */
export type FormatKind = "str" | "int" | "float" | "complex";

const defaultTypes: Record<FormatKind, string> = { str: "s", int: "d", float: "", complex: "" };
const knownTypes: Record<FormatKind, string> = { str: "s", int: "bcdoxXneEfFgG%", float: "eEfFgGn%", complex: "eEfFgGn" };

/** Beyond this a width or precision cannot be honoured: MemoryError, as CPython's would run out. */
const MAX_FIELD = 0x3fff_ffff;
/** PY_SSIZE_T_MAX: get_integer's overflow bound. */
const SSIZE_MAX = 9223372036854775807;

/** A character for messages: CPython prints '%c' for printable ASCII, else '\x%x'. */
function codeForMessage(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

/** ValueError "Unknown format code 'x' for object of type 'T'". */
export function unknownFormatCode(rt: Runtime, type: string, typeName: string): never {
  throw rt.raise(rt.E.ValueError, `Unknown format code '${codeForMessage(type)}' for object of type '${typeName}'`);
}

/**
 * Parse `spec` for an object of type `typeName` (the name messages show; a subclass shows its
 * own). `kind` selects the defaults and the presentation types accepted; it defaults to "str".
 * Raises CPython's ValueErrors.
 */
export function parseFormatSpec(rt: Runtime, spec: string, typeName: string, kind: FormatKind = "str"): FormatSpec {
  // A spec parses the same way every time for a kind (the type's name only shows in errors,
  // which are not cached): f-strings and format() in loops repeat a few specs.
  const table = parsedSpecs[kind];
  const known = table.get(spec);
  if (known !== undefined) return known;
  const parsed = parseUncached(rt, spec, typeName, kind);
  if (table.size >= PARSED_SPECS_MAX) table.clear();
  table.set(spec, parsed);
  return parsed;
}

/** Parsed specs by kind and text; the objects are shared, so callers never modify a FormatSpec. */
const parsedSpecs: Record<FormatKind, Map<string, FormatSpec>> = { str: new Map(), int: new Map(), float: new Map(), complex: new Map() };
const PARSED_SPECS_MAX = 256;

function parseUncached(rt: Runtime, spec: string, typeName: string, kind: FormatKind): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const out: { -readonly [K in keyof FormatSpec]: FormatSpec[K] } = {
    fill: " ", align: "", sign: "", noNegZero: false, alternate: false, zeroPad: false,
    width: -1, grouping: "", precision: -1, type: defaultTypes[kind],
  };
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  let fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    out.fill = cps[pos];
    out.align = cps[pos + 1];
    fillSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    out.align = cps[pos];
    pos++;
  }
  if (pos < end && (cps[pos] === "+" || cps[pos] === "-" || cps[pos] === " ")) out.sign = cps[pos++];
  if (pos < end && cps[pos] === "z") { out.noNegZero = true; pos++; }
  if (pos < end && cps[pos] === "#") { out.alternate = true; pos++; }
  if (!fillSpecified && pos < end && cps[pos] === "0") {
    out.fill = "0";
    out.zeroPad = true;
    pos++;
  }
  const readInteger = (): number => {
    const start = pos;
    let value = 0;
    while (pos < end && cps[pos] >= "0" && cps[pos] <= "9") {
      value = value * 10 + (cps[pos].charCodeAt(0) - 48);
      if (value > SSIZE_MAX) throw rt.raise(rt.E.ValueError, "Too many decimal digits in format string");
      pos++;
    }
    return pos === start ? -1 : value;
  };
  out.width = readInteger();
  if (pos < end && cps[pos] === ",") { out.grouping = ","; pos++; }
  if (pos < end && cps[pos] === "_") {
    if (out.grouping !== "") throw rt.raise(rt.E.ValueError, "Cannot specify both ',' and '_'.");
    out.grouping = "_";
    pos++;
  }
  if (pos < end && cps[pos] === "," && out.grouping === "_") throw rt.raise(rt.E.ValueError, "Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === ".") {
    pos++;
    out.precision = readInteger();
    if (out.precision < 0) throw rt.raise(rt.E.ValueError, "Format specifier missing precision");
  }
  if (end - pos > 1) throw rt.raise(rt.E.ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) out.type = cps[pos];
  if (out.grouping !== "") {
    const groupable = "deEfFgG%".includes(out.type) || (out.grouping === "_" && "boxX".includes(out.type));
    if (!groupable) throw rt.raise(rt.E.ValueError, `Cannot specify '${out.grouping}' with '${codeForMessage(out.type)}'.`);
  }
  if (!knownTypes[kind].includes(out.type)) unknownFormatCode(rt, out.type, typeName);
  if (out.width > MAX_FIELD || out.precision > MAX_FIELD) throw rt.noMemory();
  return out;
}

/** Length in code points (Python's len). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/**
 * Pad `text` to `spec.width` with `spec.fill`, aligned by `spec.align`, or by `defaultAlign`
 * when the spec gives none ("=" counts as "<" here, as CPython's calc_padding has it).
 */
export function padAligned(text: string, spec: FormatSpec, defaultAlign: string): string {
  const n = codePointLength(text);
  if (spec.width <= n) return text;
  const padding = spec.width - n;
  const align = spec.align || defaultAlign;
  const left = align === ">" ? padding : align === "^" ? padding >> 1 : 0;
  return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
}

/** str.__format__ after parsing: the str-only checks, precision truncation, padding. */
export function formatStrWithSpec(rt: Runtime, text: string, spec: FormatSpec): string {
  if (spec.sign !== "") {
    throw rt.raise(rt.E.ValueError, spec.sign === " " ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
  }
  if (spec.noNegZero) throw rt.raise(rt.E.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) throw rt.raise(rt.E.ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw rt.raise(rt.E.ValueError, "'=' alignment not allowed in string format specifier");
  if (spec.precision >= 0 && codePointLength(text) > spec.precision) {
    text = Array.from(text).slice(0, spec.precision).join("");
  }
  return padAligned(text, spec, "<");
}

/**
 * Group `digits` (ASCII digits) from the right every `size` characters with `sep`, padding with
 * zeros on the left until the result is at least `minWidth` long (CPython's
 * _PyUnicode_InsertThousandsGrouping; with an empty `sep` it only zero-pads).
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (sep === "") return digits.length >= minWidth ? digits : "0".repeat(minWidth - digits.length) + digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let useSep = false;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minWidth, 1));
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    if (useSep) parts.push(sep);
    parts.push(digits.slice(remaining - chars, remaining));
    if (zeros > 0) parts.push("0".repeat(zeros));
    useSep = true;
    remaining -= chars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join("");
}

/**
 * Lay a formatted number out in the spec's field. `negative` says whether the value's sign is
 * "-"; `prefix` is "0x"-like; `digits` the integer digits to group; `rest` what follows them
 * (".5e+10", "%", "inf" when `digits` is empty). `groupSize` is 3 (decimal) or 4 (`_` with
 * b/o/x/X). `defaultAlign` is ">" for numbers.
 */
export function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, groupSize = 3): string {
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const align = spec.align || (spec.zeroPad ? "=" : ">");
  const fixed = sign.length + prefix.length + codePointLength(rest);
  const minWidth = spec.fill === "0" && align === "=" ? spec.width - fixed : 0;
  const grouped = digits === "" ? "" : groupDigits(digits, spec.grouping, groupSize, minWidth);
  const padding = spec.width - (fixed + grouped.length);
  if (padding <= 0) return sign + prefix + grouped + rest;
  const fill = spec.fill;
  switch (align) {
    case "<": return sign + prefix + grouped + rest + fill.repeat(padding);
    case "^": {
      const left = padding >> 1;
      return fill.repeat(left) + sign + prefix + grouped + rest + fill.repeat(padding - left);
    }
    case "=": return sign + prefix + fill.repeat(padding) + grouped + rest;
    default: return fill.repeat(padding) + sign + prefix + grouped + rest;
  }
}
