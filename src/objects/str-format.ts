/**
 * str.format and str.format_map: the format-string syntax of CPython's
 * Objects/stringlib/unicode_format.h.
 *
 *   "literal {field_name!conversion:format_spec} literal {{ }}"
 *   field_name  = (integer | identifier | empty) ("." attribute | "[" key "]")*
 *   conversion  = r | s | a
 *   format_spec = anything, with nested {fields} expanded first (one level of nesting:
 *                 "Max string recursion exceeded" beyond)
 *
 * The parser walks the format's code points in the heap (MarkupIterator_next, parse_field,
 * field_name_split, FieldNameIterator_next) and keeps CPython's error order and messages:
 * "Single '}' encountered in format string", "expected '}' before end of string",
 * "cannot switch from automatic field numbering to manual field specification",
 * IndexError "Replacement index 1 out of range for positional args tuple", KeyError 'name'.
 *
 * Arguments are read from the call itself: positional fields index the vectorcall argument
 * words, keyword fields search `kwnames` (str.format) or subscript the mapping (format_map),
 * so no args tuple or kwargs dict is built.
 */
import type { Runtime } from "./runtime.js";
import { readChar, strData, strKind, strLength, type Kind } from "./str-layout.js";
import { StrBuilder, isExactStr, strEquals } from "./str-object.js";
import { asciiRepr } from "./str-repr.js";
import { isDecimal } from "./str-unicode.js";
import { arg, checkArgs, kwCount } from "./args.js";
import { formatObject, getAttr, getItem, repr, str } from "./abstract.js";
import { raiseKeyError } from "./dict.js";
import { newInt } from "./int.js";
import { tupleItem } from "./tuple.js";

const enum AutoNumber {
  INIT,
  AUTO,
  MANUAL,
}

/** Where field values come from. */
interface Source {
  rt: Runtime;
  /** str.format: the vectorcall arguments; format_map: unused. */
  args: number;
  nargs: number;
  kwnames: number;
  /** format_map's mapping (borrowed), or 0. */
  mapping: number;
  state: AutoNumber;
  next: number;
}

/** The format string being read: a str's code points. */
interface Text {
  data: number;
  kind: Kind;
}

const enum Ch {
  LBRACE = 123,
  RBRACE = 125,
  LBRACKET = 91,
  RBRACKET = 93,
  DOT = 46,
  COLON = 58,
  BANG = 33,
}

function at(rt: Runtime, t: Text, i: number): number {
  return readChar(rt, t.data, t.kind, i);
}

/** A new str of t[start:end). */
function substr(rt: Runtime, t: Text, start: number, end: number): number {
  const b = new StrBuilder(end - start);
  for (let i = start; i < end; i++) b.appendChar(at(rt, t, i));
  return b.finish(rt);
}

/** The value of a Unicode decimal digit (Nd digits come in runs of ten, 0 first). */
function decimalValue(c: number): number {
  if (c < 128) return c - 48;
  let first = c;
  while (first > 0 && isDecimal(first - 1)) first--;
  return (c - first) % 10;
}

/** get_integer: t[start:end) as a non-negative int, or -1 when empty or not all decimal digits. */
function getInteger(rt: Runtime, t: Text, start: number, end: number): number {
  if (start >= end) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = at(rt, t, i);
    if (!isDecimal(c)) return -1;
    v = v * 10 + decimalValue(c);
    if (v > Number.MAX_SAFE_INTEGER / 10) throw rt.raise(rt.E.ValueError, "Too many decimal digits in format string");
  }
  return v;
}

/** The value of keyword field `key` (a str, borrowed) as a new reference. */
function keywordValue(src: Source, key: number): number {
  const rt = src.rt;
  if (src.mapping !== 0) return getItem(rt, src.mapping, key);
  const nkw = kwCount(rt, src.kwnames);
  for (let k = 0; k < nkw; k++) {
    if (strEquals(rt, tupleItem(rt, src.kwnames, k), key)) {
      const v = arg(rt, src.args, src.nargs + k);
      rt.incref(v);
      return v;
    }
  }
  raiseKeyError(rt, key);
}

/** get_field_object: resolve the field name t[start:end) to a new reference. */
function fieldObject(src: Source, t: Text, start: number, end: number): number {
  const rt = src.rt;
  // field_name_split: the part before the first '.' or '['.
  let i = start;
  while (i < end) {
    const c = at(rt, t, i);
    if (c === Ch.LBRACKET || c === Ch.DOT) break;
    i++;
  }
  const firstEnd = i;
  let index = getInteger(rt, t, start, firstEnd);
  const empty = firstEnd === start;
  const numeric = empty || index !== -1;
  if (numeric) {
    if (src.state === AutoNumber.INIT) src.state = empty ? AutoNumber.AUTO : AutoNumber.MANUAL;
    if (src.state === AutoNumber.MANUAL) {
      if (empty) throw rt.raise(rt.E.ValueError, "cannot switch from manual field specification to automatic field numbering");
    } else if (!empty) {
      throw rt.raise(rt.E.ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = src.next++;
  }
  let obj: number;
  if (!numeric) {
    const key = substr(rt, t, start, firstEnd);
    try {
      obj = keywordValue(src, key);
    } finally {
      rt.decref(key);
    }
  } else {
    if (src.mapping !== 0) throw rt.raise(rt.E.ValueError, "Format string contains positional fields");
    if (index >= src.nargs) throw rt.raise(rt.E.IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = arg(rt, src.args, index);
    rt.incref(obj);
  }
  // FieldNameIterator_next over the rest.
  try {
    while (i < end) {
      const c = at(rt, t, i++);
      let nameStart: number, nameEnd: number;
      let isAttr: boolean;
      if (c === Ch.DOT) {
        isAttr = true;
        nameStart = i;
        while (i < end) {
          const d = at(rt, t, i);
          if (d === Ch.DOT || d === Ch.LBRACKET) break;
          i++;
        }
        nameEnd = i;
      } else if (c === Ch.LBRACKET) {
        isAttr = false;
        nameStart = i;
        let closed = false;
        while (i < end) {
          if (at(rt, t, i) === Ch.RBRACKET) {
            closed = true;
            break;
          }
          i++;
        }
        if (!closed) throw rt.raise(rt.E.ValueError, "Missing ']' in format string");
        nameEnd = i++;
      } else {
        throw rt.raise(rt.E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      if (nameStart === nameEnd) throw rt.raise(rt.E.ValueError, "Empty attribute in format string");
      let next: number;
      if (isAttr) {
        const name = substr(rt, t, nameStart, nameEnd);
        try {
          next = getAttr(rt, obj, name);
        } finally {
          rt.decref(name);
        }
      } else {
        const idx = getInteger(rt, t, nameStart, nameEnd);
        const key = idx === -1 ? substr(rt, t, nameStart, nameEnd) : newInt(rt, idx);
        try {
          next = getItem(rt, obj, key);
        } finally {
          rt.decref(key);
        }
      }
      rt.decref(obj);
      obj = next;
    }
  } catch (e) {
    rt.decref(obj);
    throw e;
  }
  return obj;
}

/** do_conversion: !r, !s, !a (consumes `obj`, returns a new reference). */
function convert(rt: Runtime, obj: number, conversion: number): number {
  try {
    switch (conversion) {
      case 114: return repr(rt, obj);
      case 115: return str(rt, obj);
      case 97: return asciiRepr(rt, obj);
    }
    const shown = conversion > 32 && conversion < 127 ? String.fromCharCode(conversion) : `\\x${conversion.toString(16)}`;
    throw rt.raise(rt.E.ValueError, `Unknown conversion specifier ${shown}`);
  } finally {
    rt.decref(obj);
  }
}

/** Append a str's code points. */
function appendStr(rt: Runtime, out: StrBuilder, s: number): void {
  out.appendStr(rt, s, 0, strLength(rt, s));
}

/** build_string / output_markup over t[start:end), appending to `out`. */
function buildString(src: Source, t: Text, start: number, end: number, depth: number, out: StrBuilder): void {
  const rt = src.rt;
  if (depth <= 0) throw rt.raise(rt.E.ValueError, "Max string recursion exceeded");
  let pos = start;
  while (pos < end) {
    // MarkupIterator_next: literal text up to the first '{' or '}'.
    let c = 0;
    let markup = false;
    while (pos < end) {
      c = at(rt, t, pos++);
      if (c === Ch.LBRACE || c === Ch.RBRACE) {
        markup = true;
        break;
      }
      out.appendChar(c);
    }
    if (!markup) return;
    const atEnd = pos >= end;
    if (c === Ch.RBRACE && (atEnd || at(rt, t, pos) !== c)) throw rt.raise(rt.E.ValueError, "Single '}' encountered in format string");
    if (atEnd && c === Ch.LBRACE) throw rt.raise(rt.E.ValueError, "Single '{' encountered in format string");
    if (at(rt, t, pos) === c) {
      out.appendChar(c);
      pos++;
      continue;
    }
    // parse_field: the field name runs to ':' '!' or '}', skipping over [...].
    const nameStart = pos;
    c = 0;
    while (pos < end) {
      c = at(rt, t, pos++);
      if (c === Ch.LBRACE) throw rt.raise(rt.E.ValueError, "unexpected '{' in field name");
      if (c === Ch.LBRACKET) {
        while (pos < end && at(rt, t, pos) !== Ch.RBRACKET) pos++;
        continue;
      }
      if (c === Ch.RBRACE || c === Ch.COLON || c === Ch.BANG) break;
    }
    const nameEnd = pos - 1;
    let conversion = 0;
    let specStart = 0, specEnd = 0;
    let specNeedsExpanding = false;
    if (c === Ch.BANG || c === Ch.COLON) {
      let done = false;
      if (c === Ch.BANG) {
        if (pos >= end) throw rt.raise(rt.E.ValueError, "end of string while looking for conversion specifier");
        conversion = at(rt, t, pos++);
        if (pos < end) {
          const d = at(rt, t, pos++);
          if (d === Ch.RBRACE) done = true;
          else if (d !== Ch.COLON) throw rt.raise(rt.E.ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < end) {
          const d = at(rt, t, pos++);
          if (d === Ch.LBRACE) {
            specNeedsExpanding = true;
            count++;
          } else if (d === Ch.RBRACE) {
            count--;
            if (count === 0) {
              specEnd = pos - 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw rt.raise(rt.E.ValueError, "unmatched '{' in format spec");
      }
    } else if (c !== Ch.RBRACE) {
      throw rt.raise(rt.E.ValueError, "expected '}' before end of string");
    }
    // output_markup
    let obj = fieldObject(src, t, nameStart, nameEnd);
    if (conversion !== 0) obj = convert(rt, obj, conversion);
    try {
      if (specEnd === specStart && isExactStr(rt, obj)) {
        appendStr(rt, out, obj);
        continue;
      }
      let spec: number;
      if (specNeedsExpanding) {
        const inner = new StrBuilder(specEnd - specStart);
        buildString(src, t, specStart, specEnd, depth - 1, inner);
        spec = inner.finish(rt);
      } else {
        spec = substr(rt, t, specStart, specEnd);
      }
      try {
        const formatted = formatObject(rt, obj, spec);
        try {
          appendStr(rt, out, formatted);
        } finally {
          rt.decref(formatted);
        }
      } finally {
        rt.decref(spec);
      }
    } finally {
      rt.decref(obj);
    }
  }
}

/** Format str `fmt` against `src` (new str). */
function formatWith(src: Source, fmt: number): number {
  const rt = src.rt;
  const n = strLength(rt, fmt);
  const out = new StrBuilder(n + 16);
  buildString(src, { data: strData(rt, fmt), kind: strKind(rt, fmt) }, 0, n, 2, out);
  return out.finish(rt);
}

/** str.format(*args, **kwargs). */
export function strFormatMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  return formatWith({ rt, args, nargs, kwnames, mapping: 0, state: AutoNumber.INIT, next: 0 }, self);
}

/** str.format_map(mapping). */
export function strFormatMapMethod(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "str.format_map", nargs, kwnames, 1, 1);
  return formatWith({ rt, args: 0, nargs: 0, kwnames: 0, mapping: arg(rt, args, 0), state: AutoNumber.INIT, next: 0 }, self);
}
