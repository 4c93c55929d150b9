/**
 * printf-style formatting: `str % args` and `bytes % args` (CPython's PyUnicode_Format and
 * _PyBytes_FormatEx, one engine for both).
 *
 *   %[(key)][flags][width][.precision][h|l|L]conversion
 *   flags: - (left-justify)  + (sign)  space (blank before positives)  # (alternate)  0 (zero pad)
 *   width, precision: digits or * (taken from the arguments; a negative * width left-justifies)
 *   conversions: s r a (str/repr/ascii; bytes: s/b need a buffer or __bytes__), d i u o x X,
 *                e E f F g G, c, and %% for a literal %.
 *
 * Arguments: a tuple is consumed item by item; any other object is the single argument; an
 * object with __getitem__ (not a tuple or string) also serves `%(key)` lookups, after which the
 * looked-up value is the single argument. The checks and their messages are CPython's:
 * "not enough arguments for format string", "not all arguments converted during string
 * formatting" (bytes: "during bytes formatting"), "format requires a mapping",
 * "incomplete format", "unsupported format character 'y' (0x79) at index 3".
 *
 * The format is read from the heap (str data of any kind, or bytes); the output collects in a
 * StrBuilder (for bytes, code units 0..255) and is padded as unicode_format_arg_output does:
 * with `0` the sign and the 0x/0o prefix go before the zeros, otherwise after the spaces.
 */
import type { Runtime } from "./runtime.js";
import { TpFlag } from "./layout.js";
import { PY_RAISED } from "./errors.js";
import { Kind, readChar, strAlloc, strData, strIsAscii, strKind, strLength } from "./str-layout.js";
import { StrBuilder, isStr } from "./str-object.js";
import { asciiRepr } from "./str-repr.js";
import { repr, str, getItem, index } from "./abstract.js";
import { intSafeValue, intToDecimal, intToDouble, intToRadix, intValue, numberToInt } from "./int.js";
import { floatValue, isFloat } from "./float.js";
import { formatDouble, DtsFlag } from "./float-repr.js";
import { tupleItem, tupleSize } from "./tuple.js";
import { bufferOf, newBytes, newBytesFromHeap, objectToBytesForFormat } from "./bytes.js";
import { newByteArrayFromHeap, byteArrayAppendArray } from "./bytearray.js";

const enum Flag {
  LJUST = 1,
  SIGN = 2,
  BLANK = 4,
  ALT = 8,
  ZERO = 16,
}

/**
 * One formatting operation's state (CPython's unicode_formatter_t and the current conversion's
 * unicode_format_arg_t). Formatters are reused: `acquire` takes one from the free list and
 * `release` gives it back, so an operation makes no JS object; a conversion that runs Python
 * code (`__str__`, `__index__`) which formats again takes another.
 */
class Formatter {
  rt!: Runtime;
  bytes = false;
  data = 0;
  kind: Kind = Kind.UCS1;
  length = 0;
  pos = 0;
  /** The current argument source: the tuple, the single argument, or a looked-up value (owned when `argsOwned`). */
  args = 0;
  argsOwned = false;
  arglen = -1;
  argidx = -2;
  dict = 0;
  readonly out = new StrBuilder(32);
  /**
   * The exact str of a `%s` that is the whole format (a new reference, handed to the result),
   * else 0: the result is then that str itself. CPython's writer stops over-allocating once the
   * format's last conversion is parsed, and takes the str it is given instead of copying it
   * when that conversion is also the first thing in the format (`"%s" % s is s`, `"%(k)s"`
   * too; width up to the length, precision at least the length, no `+` or space flag).
   */
  soleStr = 0;
  /** The conversion being formatted starts the format (its '%' is the first character). */
  atStart = false;
  // The conversion being formatted.
  flags = 0;
  width = -1;
  prec = -1;
  ch = 0;
}

const freeFormatters: Formatter[] = [];

function acquire(rt: Runtime, bytes: boolean, data: number, kind: Kind, length: number): Formatter {
  const f = freeFormatters.pop() ?? new Formatter();
  f.rt = rt;
  f.bytes = bytes;
  f.data = data;
  f.kind = kind;
  f.length = length;
  f.pos = 0;
  f.args = 0;
  f.argsOwned = false;
  f.arglen = -1;
  f.argidx = -2;
  f.dict = 0;
  f.soleStr = 0;
  return f;
}

function release(f: Formatter): void {
  f.out.clear();
  f.rt = undefined!;
  freeFormatters.push(f);
}

/**
 * The text of the conversion being emitted when it is not a str's characters: number digits,
 * a %c code point. Filled immediately before `emit` reads it (no Python code runs between),
 * so one buffer serves every formatter.
 */
let scratch = new Uint32Array(64);
/** `emit`'s source kind for the scratch buffer (heap kinds are 1, 2, 4). */
const SCRATCH = 0;

function scratchCapacity(n: number): Uint32Array {
  if (n > scratch.length) scratch = new Uint32Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** Copy JS text (ASCII: number formatting's output) into the scratch buffer; returns its length. */
function textToScratch(text: string): number {
  const buf = scratchCapacity(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
  return text.length;
}

/** The decimal digits of |v| (an integer below 2^53) into the scratch buffer after a "-" when v < 0; returns the length. */
function decimalToScratch(v: number): number {
  const negative = v < 0;
  let x = negative ? -v : v;
  let digits = 1;
  for (let p = 10; p <= x; p *= 10) digits++;
  const n = digits + (negative ? 1 : 0);
  const buf = scratchCapacity(n);
  if (negative) buf[0] = 45;
  for (let i = n - 1; i >= n - digits; i--) {
    const q = Math.floor(x / 10);
    buf[i] = 48 + (x - q * 10);
    x = q;
  }
  return n;
}

function ch(f: Formatter): number {
  return f.pos < f.length ? readChar(f.rt, f.data, f.kind, f.pos) : 0;
}

/** The next format character, or -1 at the end of the format (CPython's "fmtcnt < 0"). */
function next(f: Formatter): number {
  return f.pos < f.length ? readChar(f.rt, f.data, f.kind, f.pos++) : -1;
}

function nextArg(f: Formatter): number {
  const i = f.argidx;
  if (i < f.arglen) {
    f.argidx++;
    return f.arglen < 0 ? f.args : tupleItem(f.rt, f.args, i);
  }
  throw f.rt.raise(f.rt.E.TypeError, "not enough arguments for format string");
}

/** The `*` argument: an int (TypeError "* wants int"). */
function starArg(f: Formatter): number {
  const rt = f.rt;
  const v = nextArg(f);
  if (!rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) throw rt.raise(rt.E.TypeError, "* wants int");
  const n = intValue(rt, v);
  if (typeof n === "bigint" || Math.abs(n) > 0x7fffffff) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C int");
  return n;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** `%(key)`: look the key up in the mapping; the value becomes the single argument. */
function mappingKey(f: Formatter): void {
  const rt = f.rt;
  if (f.dict === 0) throw rt.raise(rt.E.TypeError, "format requires a mapping");
  f.pos++;
  const keyStart = f.pos;
  let depth = 1;
  while (depth > 0 && f.pos < f.length) {
    const c = readChar(rt, f.data, f.kind, f.pos++);
    if (c === 41) depth--;
    else if (c === 40) depth++;
  }
  if (depth > 0) throw rt.raise(rt.E.ValueError, "incomplete format key");
  const keyLen = f.pos - keyStart - 1;
  const key = f.bytes ? newBytesFromHeap(rt, f.data + keyStart, keyLen) : substring(f, keyStart, keyStart + keyLen);
  let value: number;
  try {
    value = getItem(rt, f.dict, key);
  } finally {
    rt.decref(key);
  }
  if (f.argsOwned) rt.decref(f.args);
  f.args = value;
  f.argsOwned = true;
  f.arglen = -1;
  f.argidx = -2;
}

/** Parse one conversion after its '%' (unicode_format_arg_parse) into f's conversion fields. */
function parseSpec(f: Formatter): void {
  const rt = f.rt;
  f.flags = 0;
  f.width = -1;
  f.prec = -1;
  if (ch(f) === 40 && f.pos < f.length) mappingKey(f);
  let c = next(f);
  for (;; c = next(f)) {
    if (c === 45) f.flags |= Flag.LJUST;
    else if (c === 43) f.flags |= Flag.SIGN;
    else if (c === 32) f.flags |= Flag.BLANK;
    else if (c === 35) f.flags |= Flag.ALT;
    else if (c === 48) f.flags |= Flag.ZERO;
    else break;
  }
  if (c === 42) {
    f.width = starArg(f);
    if (f.width < 0) {
      f.flags |= Flag.LJUST;
      f.width = -f.width;
    }
    c = next(f);
  } else if (isDigitCode(c)) {
    f.width = c - 48;
    for (c = next(f); isDigitCode(c); c = next(f)) {
      if (f.width > (0x7fffffff - (c - 48)) / 10) throw rt.raise(rt.E.ValueError, "width too big");
      f.width = f.width * 10 + (c - 48);
    }
  }
  if (c === 46) {
    f.prec = 0;
    c = next(f);
    if (c === 42) {
      f.prec = starArg(f);
      if (f.prec < 0) f.prec = 0;
      c = next(f);
    } else if (isDigitCode(c)) {
      f.prec = c - 48;
      for (c = next(f); isDigitCode(c); c = next(f)) {
        if (f.prec > (0x7fffffff - (c - 48)) / 10) throw rt.raise(rt.E.ValueError, "precision too big");
        f.prec = f.prec * 10 + (c - 48);
      }
    }
  }
  if (c === 104 || c === 108 || c === 76) c = next(f);
  if (c < 0) throw rt.raise(rt.E.ValueError, "incomplete format");
  f.ch = c;
}

function substring(f: Formatter, start: number, end: number): number {
  const b = new StrBuilder(end - start);
  for (let i = start; i < end; i++) b.appendChar(readChar(f.rt, f.data, f.kind, i));
  return b.finish(f.rt);
}

// ── conversions ─────────────────────────────────────────────────────────────────────────

/** PyNumber_Check: has __index__, __int__ or __float__, or is complex. */
function isNumber(rt: Runtime, o: number): boolean {
  const s = rt.slotsOf(o);
  return s.index !== undefined || s.int !== undefined || s.float !== undefined || rt.hasFlag(o, TpFlag.LONG_SUBCLASS) || isFloat(rt, o) || rt.isInstance(o, rt.T.complex);
}

/**
 * The text of an integer conversion (d i u o x X) before padding, [-][0x]digits, into the
 * scratch buffer; returns its length.
 */
function formatLong(f: Formatter, v: number): number {
  const rt = f.rt;
  const conv = f.ch;
  const radix = conv === 111 || conv === 120 || conv === 88; // o x X
  const type = String.fromCharCode(conv);
  const wrong = (): never => {
    if (radix) throw rt.raise(rt.E.TypeError, `%${type} format: an integer is required, not ${rt.typeName(v)}`);
    throw rt.raise(rt.E.TypeError, `%${type} format: a real number is required, not ${rt.typeName(v)}`);
  };
  if (!radix && f.prec < 0 && rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) {
    // The common case, %d of an int below 2^53: its digits without JS text.
    const x = intSafeValue(rt, v);
    if (x === x) return decimalToScratch(x);
  }
  if (!isNumber(rt, v)) wrong();
  let iobj: number;
  if (rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) {
    rt.incref(v);
    iobj = v;
  } else {
    try {
      iobj = radix ? index(rt, v) : numberToInt(rt, v);
    } catch (e) {
      if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) wrong();
      throw e;
    }
  }
  let text: string;
  try {
    text = conv === 111 ? intToRadix(rt, iobj!, 8) : radix ? intToRadix(rt, iobj!, 16) : intToDecimal(rt, iobj!);
  } finally {
    rt.decref(iobj!);
  }
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  let prefix = "";
  if (radix) {
    prefix = (f.flags & Flag.ALT) !== 0 ? text.slice(0, 2) : "";
    text = text.slice(2);
  }
  if (f.prec > text.length) text = "0".repeat(f.prec - text.length) + text;
  let r = (negative ? "-" : "") + prefix + text;
  if (conv === 88) r = r.toUpperCase();
  return textToScratch(r);
}

/** PyFloat_AsDouble with its message. */
function asDouble(rt: Runtime, v: number): number {
  if (isFloat(rt, v)) return floatValue(rt, v);
  if (rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) return intToDouble(rt, v);
  const s = rt.slotsOf(v);
  if (s.float !== undefined) {
    const f = s.float(rt, v);
    try {
      if (!isFloat(rt, f)) throw rt.raise(rt.E.TypeError, `${rt.typeName(v)}.__float__ returned non-float (type ${rt.typeName(f)})`);
      return floatValue(rt, f);
    } finally {
      rt.decref(f);
    }
  }
  if (s.index !== undefined) {
    const i = index(rt, v);
    try {
      return intToDouble(rt, i);
    } finally {
      rt.decref(i);
    }
  }
  throw rt.raise(rt.E.TypeError, `must be real number, not ${rt.typeName(v)}`);
}

/** A float conversion (e E f F g G) into the scratch buffer; returns its length. */
function formatFloat(f: Formatter, v: number): number {
  const x = asDouble(f.rt, v);
  const prec = f.prec < 0 ? 6 : f.prec;
  return textToScratch(formatDouble(x, String.fromCharCode(f.ch), prec, (f.flags & Flag.ALT) !== 0 ? DtsFlag.ALT : 0));
}

/** %c for str: an int code point or a one-character str. */
function formatCharStr(rt: Runtime, v: number): number {
  if (isStr(rt, v)) {
    if (strLength(rt, v) === 1) return readChar(rt, strData(rt, v), strKind(rt, v), 0);
    throw rt.raise(rt.E.TypeError, "%c requires int or char");
  }
  let x: number;
  try {
    const i = index(rt, v);
    const value = intValue(rt, i);
    rt.decref(i);
    x = typeof value === "bigint" ? Infinity : value;
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) throw rt.raise(rt.E.TypeError, "%c requires int or char");
    throw e;
  }
  if (x < 0 || x > 0x10ffff) throw rt.raise(rt.E.OverflowError, "%c arg not in range(0x110000)");
  return x;
}

/** bufferOf's answer: [address, length]. */
const bufferOut = new Int32Array(2);

/** %c for bytes: an int byte value or a one-byte bytes/bytearray. */
function formatCharBytes(rt: Runtime, v: number): number {
  if (bufferOf(rt, v, bufferOut)) {
    if (bufferOut[1] === 1) return rt.u8[bufferOut[0]];
    throw rt.raise(rt.E.TypeError, "%c requires an integer in range(256) or a single byte");
  }
  let x: number;
  try {
    const i = index(rt, v);
    const value = intValue(rt, i);
    rt.decref(i);
    x = typeof value === "bigint" ? Infinity : value;
  } catch (e) {
    if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) throw rt.raise(rt.E.TypeError, "%c requires an integer in range(256) or a single byte");
    throw e;
  }
  if (x < 0 || x > 255) throw rt.raise(rt.E.OverflowError, "%c arg not in range(256)");
  return x;
}

// ── output ──────────────────────────────────────────────────────────────────────────────

/** Code point i of the conversion's text: the scratch buffer's, or heap characters of `kind` at `data`. */
function sourceChar(rt: Runtime, data: number, kind: number, i: number): number {
  return kind === SCRATCH ? scratch[i] : readChar(rt, data, kind, i);
}

/**
 * unicode_format_arg_output: pad the `length` code points of the conversion's text (scratch
 * when `kind` is SCRATCH, else heap characters), numbers with sign and prefix handling.
 */
function emit(f: Formatter, data: number, kind: number, length: number, isNumberConv: boolean): void {
  const rt = f.rt;
  const out = f.out;
  let start = 0;
  let len = length;
  const conv = f.ch;
  if ((conv === 115 || conv === 114 || conv === 97 || conv === 98) && f.prec >= 0 && len > f.prec) len = f.prec;
  if (f.width <= len && (!isNumberConv || (f.flags & (Flag.SIGN | Flag.BLANK)) === 0)) {
    // No padding and no sign to add: the text as it is (the common %s and %d).
    if (kind === SCRATCH) for (let i = 0; i < len; i++) out.appendChar(scratch[i]);
    else out.appendData(rt, data, kind, 0, len);
    return;
  }
  let sign = isNumberConv;
  let signChar = 0;
  const fill = sign && (f.flags & Flag.ZERO) !== 0 ? 48 : 32;
  if (sign) {
    const c = len > 0 ? sourceChar(rt, data, kind, 0) : 0;
    if (c === 45 || c === 43) {
      signChar = c;
      len--;
      start++;
    } else if (f.flags & Flag.SIGN) signChar = 43;
    else if (f.flags & Flag.BLANK) signChar = 32;
    else sign = false;
  }
  let width = f.width < len ? len : f.width;
  if (sign) {
    if (fill !== 32) out.appendChar(signChar);
    if (width > len) width--;
  }
  const alt = (f.flags & Flag.ALT) !== 0 && (conv === 120 || conv === 88 || conv === 111);
  if (alt) {
    if (fill !== 32) {
      out.appendChar(sourceChar(rt, data, kind, start));
      out.appendChar(sourceChar(rt, data, kind, start + 1));
      start += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (f.flags & Flag.LJUST) === 0) {
    out.appendRepeat(fill, width - len);
    width = len;
  }
  if (fill === 32) {
    if (sign) out.appendChar(signChar);
    if (alt) {
      out.appendChar(sourceChar(rt, data, kind, start));
      out.appendChar(sourceChar(rt, data, kind, start + 1));
      start += 2;
    }
  }
  for (let i = 0; i < len; i++) out.appendChar(sourceChar(rt, data, kind, start + i));
  if (width > len) out.appendRepeat(32, width - len);
}

/** Emit a str object's code points (consumes the new reference `s`). */
function emitStr(f: Formatter, s: number): void {
  const rt = f.rt;
  try {
    emit(f, strData(rt, s), strKind(rt, s), strLength(rt, s), false);
  } finally {
    rt.decref(s);
  }
}

/** Emit a bytes-like value's bytes for %s/%b in bytes formatting (consumes the new reference `b`). */
function emitBytes(f: Formatter, b: number): void {
  const rt = f.rt;
  try {
    bufferOf(rt, b, bufferOut);
    emit(f, bufferOut[0], Kind.UCS1, bufferOut[1], false);
  } finally {
    rt.decref(b);
  }
}

/** %s of an exact int below 2^53: its digits, as str(int) would give them. */
function emitSmallIntStr(f: Formatter, v: number): boolean {
  const rt = f.rt;
  if (rt.typeOf(v) !== rt.T.int) return false;
  const x = intSafeValue(rt, v);
  if (x !== x) return false;
  emit(f, 0, SCRATCH, decimalToScratch(x), false);
  return true;
}

function formatOne(f: Formatter): void {
  const rt = f.rt;
  const v = nextArg(f);
  const c = f.ch;
  switch (c) {
    case 115: // s
    case 114: // r
    case 97: // a
    case 98: // b
      if (f.bytes) {
        // (%r and %a: the ascii() text, which is ASCII.)
        if (c === 115 || c === 98) emitBytes(f, objectToBytesForFormat(rt, v));
        else emitStr(f, asciiRepr(rt, v));
        return;
      }
      if (c === 98) break;
      if (c === 115 && rt.typeOf(v) === rt.T.str) {
        const len = strLength(rt, v);
        if (
          f.atStart && f.pos === f.length && len > 0 && f.width <= len && (f.prec < 0 || f.prec >= len) &&
          (f.flags & (Flag.SIGN | Flag.BLANK)) === 0
        ) {
          rt.incref(v);
          f.soleStr = v;
        }
        emit(f, strData(rt, v), strKind(rt, v), len, false);
        return;
      }
      if (c !== 97 && emitSmallIntStr(f, v)) return;
      emitStr(f, c === 115 ? str(rt, v) : c === 114 ? repr(rt, v) : asciiRepr(rt, v));
      return;
    case 100: // d
    case 105: // i
    case 117: // u
    case 111: // o
    case 120: // x
    case 88: // X
      emit(f, 0, SCRATCH, formatLong(f, v), true);
      return;
    case 101: // e
    case 69: // E
    case 102: // f
    case 70: // F
    case 103: // g
    case 71: // G
      emit(f, 0, SCRATCH, formatFloat(f, v), true);
      return;
    case 99: { // c
      const code = f.bytes ? formatCharBytes(rt, v) : formatCharStr(rt, v);
      scratchCapacity(1)[0] = code;
      emit(f, 0, SCRATCH, 1, false);
      return;
    }
  }
  const shown = c >= 31 && c <= 126 ? String.fromCharCode(c) : "?";
  throw rt.raise(rt.E.ValueError, `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${f.pos - 1}`);
}

/** The main loop (PyUnicode_Format / _PyBytes_FormatEx) into f.out. */
function run(f: Formatter, args: number): void {
  const rt = f.rt;
  const isTuple = rt.hasFlag(args, TpFlag.TUPLE_SUBCLASS);
  if (isTuple) {
    f.arglen = tupleSize(rt, args);
    f.argidx = 0;
  } else {
    f.arglen = -1;
    f.argidx = -2;
  }
  f.args = args;
  if (!isTuple && rt.slotsOf(args).subscript !== undefined && !rt.hasFlag(args, TpFlag.UNICODE_SUBCLASS)) {
    const isBytesLike = rt.hasFlag(args, TpFlag.BYTES_SUBCLASS) || rt.isInstance(args, rt.T.bytearray);
    if (!(f.bytes && isBytesLike)) f.dict = args;
  }
  const out = f.out;
  try {
    while (f.pos < f.length) {
      // The literal text up to the next '%', copied as a run.
      let end = f.pos;
      while (end < f.length && readChar(rt, f.data, f.kind, end) !== 37) end++;
      if (end > f.pos) {
        out.appendData(rt, f.data, f.kind, f.pos, end);
        f.pos = end;
        if (end === f.length) break;
      }
      f.atStart = f.pos === 0;
      f.pos++;
      if (ch(f) === 37 && f.pos < f.length) {
        out.appendChar(37);
        f.pos++;
        continue;
      }
      parseSpec(f);
      formatOne(f);
    }
    if (f.argidx < f.arglen && f.dict === 0) {
      throw rt.raise(rt.E.TypeError, `not all arguments converted during ${f.bytes ? "bytes" : "string"} formatting`);
    }
  } finally {
    if (f.argsOwned) rt.decref(f.args);
  }
}

/** `fmt % args` for a str format (new str). */
export function strMod(rt: Runtime, fmt: number, args: number): number {
  const simple = simpleStrMod(rt, fmt, args);
  if (simple !== 0) return simple;
  const f = acquire(rt, false, strData(rt, fmt), strKind(rt, fmt), strLength(rt, fmt));
  try {
    run(f, args);
    const sole = f.soleStr;
    if (sole !== 0) {
      f.soleStr = 0;
      return sole;
    }
    return f.out.finish(rt, true);
  } finally {
    // A reference taken before run() raised (the arguments not all converted).
    if (f.soleStr !== 0) rt.decref(f.soleStr);
    release(f);
  }
}

/** `fmt % args` for a bytes or bytearray format (a new object of fmt's kind). */
export function bytesMod(rt: Runtime, fmt: number, args: number): number {
  bufferOf(rt, fmt, bufferOut);
  const f = acquire(rt, true, bufferOut[0], Kind.UCS1, bufferOut[1]);
  let out: Uint8Array;
  try {
    run(f, args);
    out = new Uint8Array(f.out.length);
    for (let i = 0; i < out.length; i++) out[i] = f.out.at(i);
  } finally {
    release(f);
  }
  if (rt.hasFlag(fmt, TpFlag.BYTES_SUBCLASS)) return newBytes(rt, out);
  const r = newByteArrayFromHeap(rt, 0, 0);
  try {
    byteArrayAppendArray(rt, r, out);
  } catch (e) {
    rt.decref(r);
    throw e;
  }
  return r;
}

// ── `"%s=%d" % (word, n)` ───────────────────────────────────────────────────────────────

/**
 * `fmt % args` when fmt is a one-byte str whose conversions are all bare `%s` and `%d` (no
 * key, flag, width or precision; `%%` allowed), each of an exact one-byte str (`%s` only) or
 * an exact int below 2**53, and args an exact tuple of exactly that many items (or, for one
 * conversion, that single object): no Python code can run, so the result is measured in one
 * pass over the format and written straight into its new str in a second, with what the
 * general path gives (a new exact str of the same kind and ASCII-ness). 0, having done
 * nothing, in every other case, results of fewer than two characters included (the general
 * path returns the cached ones). `"%s" % s` is s itself, as in the general path.
 */
function simpleStrMod(rt: Runtime, fmt: number, args: number): number {
  const i32 = rt.i32;
  if (strKind(rt, fmt) !== Kind.UCS1) return 0;
  const strType = rt.T.str;
  const intType = rt.T.int;
  const tuple = i32[(args + SimpleFormat.TYPE) >> 2] === rt.T.tuple;
  const nargs = tuple ? tupleSize(rt, args) : 1;
  const fd = strData(rt, fmt);
  const n = strLength(rt, fmt);
  let u8 = rt.u8;
  let ascii = strIsAscii(rt, fmt);
  let total = 0;
  let used = 0;
  /** The exact str argument of a format that is "%s" alone, else 0. */
  let last = 0;
  for (let i = 0; i < n; i++) {
    if (u8[fd + i] !== 37) {
      total++;
      continue;
    }
    const c = i + 1 < n ? u8[fd + i + 1] : 0;
    i++;
    if (c === 37) {
      total++;
      continue;
    }
    if ((c !== 115 && c !== 100) || used === nargs) return 0;
    const v = tuple ? i32[((args + SimpleFormat.TUPLE_ITEMS) >> 2) + 2 * used] : args;
    used++;
    const type = i32[(v + SimpleFormat.TYPE) >> 2];
    if (type === strType && c === 115) {
      if (strKind(rt, v) !== Kind.UCS1) return 0;
      if (!strIsAscii(rt, v)) ascii = false;
      total += strLength(rt, v);
      if (n === 2) last = v;
    } else if (type === intType) {
      const x = intSafeValue(rt, v);
      if (x !== x) return 0;
      total += decimalLength(x);
    } else {
      return 0;
    }
  }
  if (used !== nargs) return 0;
  if (last !== 0 && total > 0) {
    // `"%s" % s`: the result is s itself (see Formatter.soleStr).
    i32[last >> 2]++;
    return last;
  }
  if (total < 2) return 0;
  const r = strAlloc(rt, total, ascii ? 0x7f : 0xff);
  u8 = rt.u8;
  let at = strData(rt, r);
  for (let i = 0, k = 0; i < n; i++) {
    const b = u8[fd + i];
    if (b !== 37) {
      u8[at++] = b;
      continue;
    }
    const c = u8[fd + ++i];
    if (c === 37) {
      u8[at++] = 37;
      continue;
    }
    const v = tuple ? rt.i32[((args + SimpleFormat.TUPLE_ITEMS) >> 2) + 2 * k] : args;
    k++;
    if (rt.i32[(v + SimpleFormat.TYPE) >> 2] === strType) {
      const src = strData(rt, v);
      for (let j = 0, len = strLength(rt, v); j < len; j++) u8[at++] = u8[src + j];
    } else {
      at = writeDecimal(u8, at, intSafeValue(rt, v));
    }
  }
  return r;
}

const enum SimpleFormat {
  TYPE = 8,
  TUPLE_ITEMS = 24,
}

/** 10**1 ... 10**15: a magnitude below 2**53 has one digit more than the powers it reaches. */
const POWERS_OF_TEN = new Float64Array(15).map((_, k) => 10 ** (k + 1));

/** The length of an integer's decimal text (below 2**53), its "-" included (compares only: a division per digit cost more). */
function decimalLength(v: number): number {
  const x = v < 0 ? -v : v;
  let digits = 1;
  while (digits < 16 && x >= POWERS_OF_TEN[digits - 1]) digits++;
  return v < 0 ? digits + 1 : digits;
}

/** Write an integer's decimal text (below 2**53) at u8[at...]; returns the position after it. */
function writeDecimal(u8: Uint8Array, at: number, v: number): number {
  if (v < 0) u8[at++] = 45;
  let x = v < 0 ? -v : v;
  const end = at + decimalLength(x);
  let i = end - 1;
  // Above 2**31 - 1 in doubles, then (the usual case) in int32 arithmetic.
  for (; x > 0x7fffffff; i--) {
    const q = Math.floor(x / 10);
    u8[i] = 48 + (x - q * 10);
    x = q;
  }
  for (; i >= at; i--) {
    const q = ((x | 0) / 10) | 0;
    u8[i] = 48 + (x - q * 10);
    x = q;
  }
  return end;
}
