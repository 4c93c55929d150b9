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
import { Kind, readChar, strData, strKind, strLength } from "./str-layout.js";
import { StrBuilder, isStr } from "./str-object.js";
import { asciiRepr } from "./str-repr.js";
import { repr, str, getItem, index } from "./abstract.js";
import { intToDecimal, intToDouble, intToRadix, intValue, numberToInt } from "./int.js";
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

/** The formatter's state (CPython's unicode_formatter_t). */
interface Ctx {
  rt: Runtime;
  bytes: boolean;
  data: number;
  kind: Kind;
  length: number;
  pos: number;
  /** The current argument source: the tuple, the single argument, or a looked-up value (owned when `argsOwned`). */
  args: number;
  argsOwned: boolean;
  arglen: number;
  argidx: number;
  dict: number;
  out: StrBuilder;
}

function ch(ctx: Ctx): number {
  return ctx.pos < ctx.length ? readChar(ctx.rt, ctx.data, ctx.kind, ctx.pos) : 0;
}

function nextArg(ctx: Ctx): number {
  const i = ctx.argidx;
  if (i < ctx.arglen) {
    ctx.argidx++;
    return ctx.arglen < 0 ? ctx.args : tupleItem(ctx.rt, ctx.args, i);
  }
  throw ctx.rt.raise(ctx.rt.E.TypeError, "not enough arguments for format string");
}

/** The `*` argument: an int (TypeError "* wants int"). */
function starArg(ctx: Ctx): number {
  const rt = ctx.rt;
  const v = nextArg(ctx);
  if (!rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) throw rt.raise(rt.E.TypeError, "* wants int");
  const n = intValue(rt, v);
  if (typeof n === "bigint" || Math.abs(n) > 0x7fffffff) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C int");
  return n;
}

interface Spec {
  flags: number;
  width: number;
  prec: number;
  ch: number;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Parse one conversion after its '%' (unicode_format_arg_parse). */
function parseSpec(ctx: Ctx, spec: Spec): void {
  const rt = ctx.rt;
  spec.flags = 0;
  spec.width = -1;
  spec.prec = -1;
  if (ch(ctx) === 40 && ctx.pos < ctx.length) {
    if (ctx.dict === 0) throw rt.raise(rt.E.TypeError, "format requires a mapping");
    ctx.pos++;
    const keyStart = ctx.pos;
    let depth = 1;
    while (depth > 0 && ctx.pos < ctx.length) {
      const c = readChar(rt, ctx.data, ctx.kind, ctx.pos++);
      if (c === 41) depth--;
      else if (c === 40) depth++;
    }
    if (depth > 0) throw rt.raise(rt.E.ValueError, "incomplete format key");
    const keyLen = ctx.pos - keyStart - 1;
    const key = ctx.bytes ? newBytesFromHeap(rt, ctx.data + keyStart, keyLen) : substring(ctx, keyStart, keyStart + keyLen);
    let value: number;
    try {
      value = getItem(rt, ctx.dict, key);
    } finally {
      rt.decref(key);
    }
    if (ctx.argsOwned) rt.decref(ctx.args);
    ctx.args = value;
    ctx.argsOwned = true;
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  // -1 marks the end of the format: CPython's "fmtcnt < 0".
  const next = (): number => (ctx.pos < ctx.length ? readChar(rt, ctx.data, ctx.kind, ctx.pos++) : -1);
  let c = next();
  for (;; c = next()) {
    if (c === 45) spec.flags |= Flag.LJUST;
    else if (c === 43) spec.flags |= Flag.SIGN;
    else if (c === 32) spec.flags |= Flag.BLANK;
    else if (c === 35) spec.flags |= Flag.ALT;
    else if (c === 48) spec.flags |= Flag.ZERO;
    else break;
  }
  if (c === 42) {
    spec.width = starArg(ctx);
    if (spec.width < 0) {
      spec.flags |= Flag.LJUST;
      spec.width = -spec.width;
    }
    c = next();
  } else if (isDigitCode(c)) {
    spec.width = c - 48;
    for (c = next(); isDigitCode(c); c = next()) {
      if (spec.width > (0x7fffffff - (c - 48)) / 10) throw rt.raise(rt.E.ValueError, "width too big");
      spec.width = spec.width * 10 + (c - 48);
    }
  }
  if (c === 46) {
    spec.prec = 0;
    c = next();
    if (c === 42) {
      spec.prec = starArg(ctx);
      if (spec.prec < 0) spec.prec = 0;
      c = next();
    } else if (isDigitCode(c)) {
      spec.prec = c - 48;
      for (c = next(); isDigitCode(c); c = next()) {
        if (spec.prec > (0x7fffffff - (c - 48)) / 10) throw rt.raise(rt.E.ValueError, "precision too big");
        spec.prec = spec.prec * 10 + (c - 48);
      }
    }
  }
  if (c === 104 || c === 108 || c === 76) c = next();
  if (c < 0) throw rt.raise(rt.E.ValueError, "incomplete format");
  spec.ch = c;
}

function substring(ctx: Ctx, start: number, end: number): number {
  const b = new StrBuilder(end - start);
  for (let i = start; i < end; i++) b.appendChar(readChar(ctx.rt, ctx.data, ctx.kind, i));
  return b.finish(ctx.rt);
}

// ── conversions ─────────────────────────────────────────────────────────────────────────

/** PyNumber_Check: has __index__, __int__ or __float__, or is complex. */
function isNumber(rt: Runtime, o: number): boolean {
  const s = rt.slotsOf(o);
  return s.index !== undefined || s.int !== undefined || s.float !== undefined || rt.hasFlag(o, TpFlag.LONG_SUBCLASS) || isFloat(rt, o) || rt.isInstance(o, rt.T.complex);
}

/** The text of an integer conversion (d i u o x X), before padding: [-][0x]digits. */
function formatLong(ctx: Ctx, v: number, spec: Spec): string {
  const rt = ctx.rt;
  const type = String.fromCharCode(spec.ch);
  const wrong = (): never => {
    if (type === "o" || type === "x" || type === "X") {
      throw rt.raise(rt.E.TypeError, `%${type} format: an integer is required, not ${rt.typeName(v)}`);
    }
    throw rt.raise(rt.E.TypeError, `%${type} format: a real number is required, not ${rt.typeName(v)}`);
  };
  if (!isNumber(rt, v)) wrong();
  let iobj: number;
  if (rt.hasFlag(v, TpFlag.LONG_SUBCLASS)) {
    rt.incref(v);
    iobj = v;
  } else {
    try {
      iobj = type === "o" || type === "x" || type === "X" ? index(rt, v) : numberToInt(rt, v);
    } catch (e) {
      if (e === PY_RAISED && rt.clearIfMatches(rt.E.TypeError)) wrong();
      throw e;
    }
  }
  let text: string;
  try {
    text = type === "o" ? intToRadix(rt, iobj!, 8) : type === "x" || type === "X" ? intToRadix(rt, iobj!, 16) : intToDecimal(rt, iobj!);
  } finally {
    rt.decref(iobj!);
  }
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  let prefix = "";
  if (type === "o" || type === "x" || type === "X") {
    prefix = (spec.flags & Flag.ALT) !== 0 ? text.slice(0, 2) : "";
    text = text.slice(2);
  }
  if (spec.prec > text.length) text = "0".repeat(spec.prec - text.length) + text;
  let r = (negative ? "-" : "") + prefix + text;
  if (type === "X") r = r.toUpperCase();
  return r;
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

function formatFloat(rt: Runtime, v: number, spec: Spec): string {
  const x = asDouble(rt, v);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  return formatDouble(x, String.fromCharCode(spec.ch), prec, (spec.flags & Flag.ALT) !== 0 ? DtsFlag.ALT : 0);
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

/** %c for bytes: an int byte value or a one-byte bytes/bytearray. */
function formatCharBytes(rt: Runtime, v: number): number {
  const buf = new Int32Array(2);
  if (bufferOf(rt, v, buf)) {
    if (buf[1] === 1) return rt.u8[buf[0]];
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

/** unicode_format_arg_output: pad `len` code points read by `get`, numbers with sign and prefix handling. */
function emit(ctx: Ctx, spec: Spec, get: (i: number) => number, length: number, isNumberConv: boolean): void {
  const out = ctx.out;
  let start = 0;
  let len = length;
  const conv = spec.ch;
  if ((conv === 115 || conv === 114 || conv === 97 || conv === 98) && spec.prec >= 0 && len > spec.prec) len = spec.prec;
  let sign = isNumberConv;
  let signChar = 0;
  const fill = sign && (spec.flags & Flag.ZERO) !== 0 ? 48 : 32;
  if (sign) {
    const c = len > 0 ? get(0) : 0;
    if (c === 45 || c === 43) {
      signChar = c;
      len--;
      start++;
    } else if (spec.flags & Flag.SIGN) signChar = 43;
    else if (spec.flags & Flag.BLANK) signChar = 32;
    else sign = false;
  }
  let width = spec.width < len ? len : spec.width;
  if (sign) {
    if (fill !== 32) out.appendChar(signChar);
    if (width > len) width--;
  }
  const alt = (spec.flags & Flag.ALT) !== 0 && (conv === 120 || conv === 88 || conv === 111);
  if (alt) {
    if (fill !== 32) {
      out.appendChar(get(start));
      out.appendChar(get(start + 1));
      start += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (spec.flags & Flag.LJUST) === 0) {
    out.appendRepeat(fill, width - len);
    width = len;
  }
  if (fill === 32) {
    if (sign) out.appendChar(signChar);
    if (alt) {
      out.appendChar(get(start));
      out.appendChar(get(start + 1));
      start += 2;
    }
  }
  for (let i = 0; i < len; i++) out.appendChar(get(start + i));
  if (width > len) out.appendRepeat(32, width - len);
}

function emitText(ctx: Ctx, spec: Spec, text: string, isNumberConv: boolean): void {
  emit(ctx, spec, (i) => text.charCodeAt(i), text.length, isNumberConv);
}

/** Emit a str object's code points (consumes the new reference `s`). */
function emitStr(ctx: Ctx, spec: Spec, s: number): void {
  const rt = ctx.rt;
  try {
    const d = strData(rt, s), k = strKind(rt, s);
    emit(ctx, spec, (i) => readChar(rt, d, k, i), strLength(rt, s), false);
  } finally {
    rt.decref(s);
  }
}

/** Emit a bytes-like value's bytes for %s/%b in bytes formatting (consumes the new reference `b`). */
function emitBytes(ctx: Ctx, spec: Spec, b: number): void {
  const rt = ctx.rt;
  try {
    const buf = new Int32Array(2);
    bufferOf(rt, b, buf);
    const p = buf[0];
    emit(ctx, spec, (i) => rt.u8[p + i], buf[1], false);
  } finally {
    rt.decref(b);
  }
}

/** Emit str `s` ASCII-encoded (bytes %r/%a; the text is ASCII after ascii()). Consumes `s`. */
function emitAsciiStr(ctx: Ctx, spec: Spec, s: number): void {
  emitStr(ctx, spec, s);
}

function formatOne(ctx: Ctx, spec: Spec): void {
  const rt = ctx.rt;
  const v = nextArg(ctx);
  const c = spec.ch;
  switch (c) {
    case 115: // s
    case 114: // r
    case 97: // a
    case 98: // b
      if (ctx.bytes) {
        if (c === 115 || c === 98) emitBytes(ctx, spec, objectToBytesForFormat(rt, v));
        else emitAsciiStr(ctx, spec, asciiRepr(rt, v));
        return;
      }
      if (c === 98) break;
      emitStr(ctx, spec, c === 115 ? str(rt, v) : c === 114 ? repr(rt, v) : asciiRepr(rt, v));
      return;
    case 100: // d
    case 105: // i
    case 117: // u
    case 111: // o
    case 120: // x
    case 88: // X
      emitText(ctx, spec, formatLong(ctx, v, spec), true);
      return;
    case 101: // e
    case 69: // E
    case 102: // f
    case 70: // F
    case 103: // g
    case 71: // G
      emitText(ctx, spec, formatFloat(rt, v, spec), true);
      return;
    case 99: { // c
      const code = ctx.bytes ? formatCharBytes(rt, v) : formatCharStr(rt, v);
      emit(ctx, spec, () => code, 1, false);
      return;
    }
  }
  const shown = c >= 31 && c <= 126 ? String.fromCharCode(c) : "?";
  throw rt.raise(rt.E.ValueError, `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${ctx.pos - 1}`);
}

/** The main loop (PyUnicode_Format / _PyBytes_FormatEx) into ctx.out. */
function run(ctx: Ctx, args: number): void {
  const rt = ctx.rt;
  const isTuple = rt.hasFlag(args, TpFlag.TUPLE_SUBCLASS);
  if (isTuple) {
    ctx.arglen = tupleSize(rt, args);
    ctx.argidx = 0;
  } else {
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  ctx.args = args;
  const isText = rt.hasFlag(args, TpFlag.UNICODE_SUBCLASS);
  const isBytesLike = rt.hasFlag(args, TpFlag.BYTES_SUBCLASS) || rt.isInstance(args, rt.T.bytearray);
  if (rt.slotsOf(args).subscript !== undefined && !isTuple && !isText && !(ctx.bytes && isBytesLike)) ctx.dict = args;
  const spec: Spec = { flags: 0, width: -1, prec: -1, ch: 0 };
  try {
    while (ctx.pos < ctx.length) {
      const c = readChar(rt, ctx.data, ctx.kind, ctx.pos);
      if (c !== 37) {
        ctx.out.appendChar(c);
        ctx.pos++;
        continue;
      }
      ctx.pos++;
      if (ch(ctx) === 37 && ctx.pos < ctx.length) {
        ctx.out.appendChar(37);
        ctx.pos++;
        continue;
      }
      parseSpec(ctx, spec);
      formatOne(ctx, spec);
    }
    if (ctx.argidx < ctx.arglen && ctx.dict === 0) {
      throw rt.raise(rt.E.TypeError, `not all arguments converted during ${ctx.bytes ? "bytes" : "string"} formatting`);
    }
  } finally {
    if (ctx.argsOwned) rt.decref(ctx.args);
  }
}

/** `fmt % args` for a str format (new str). */
export function strMod(rt: Runtime, fmt: number, args: number): number {
  const n = strLength(rt, fmt);
  const ctx: Ctx = {
    rt, bytes: false, data: strData(rt, fmt), kind: strKind(rt, fmt), length: n, pos: 0,
    args, argsOwned: false, arglen: -1, argidx: -2, dict: 0, out: new StrBuilder(n + 16),
  };
  run(ctx, args);
  return ctx.out.finish(rt);
}

/** `fmt % args` for a bytes or bytearray format (a new object of fmt's kind). */
export function bytesMod(rt: Runtime, fmt: number, args: number): number {
  const buf = new Int32Array(2);
  bufferOf(rt, fmt, buf);
  const n = buf[1];
  const ctx: Ctx = {
    rt, bytes: true, data: buf[0], kind: Kind.UCS1, length: n, pos: 0,
    args, argsOwned: false, arglen: -1, argidx: -2, dict: 0, out: new StrBuilder(n + 16),
  };
  run(ctx, args);
  const out = new Uint8Array(ctx.out.length);
  for (let i = 0; i < out.length; i++) out[i] = ctx.out.at(i);
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
