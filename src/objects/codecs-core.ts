/**
 * The codec machines: UTF-8, UTF-16, UTF-32, ASCII and Latin-1, both directions, with CPython's
 * error handlers — strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
 * and for encoding xmlcharrefreplace — and CPython's error ranges and reasons:
 *
 *   decode  UTF-8   "invalid start byte" (1 byte), "invalid continuation byte" (the start byte
 *                   and the good continuation bytes before the bad one), "unexpected end of data"
 *           UTF-16  "truncated data", "unexpected end of data", "illegal encoding" (a lone low
 *                   surrogate), "illegal UTF-16 surrogate" (a high one not followed by a low)
 *           UTF-32  "truncated data", "code point not in range(0x110000)",
 *                   "code point in surrogate code point range(0xd800, 0xe000)"
 *           ASCII   "ordinal not in range(128)", byte by byte
 *   encode  runs of unencodable code points form one error for UTF-8, ASCII and Latin-1;
 *           UTF-16 and UTF-32 report one code point at a time ("surrogates not allowed")
 *
 * An error handler either consumes the error range (appending its replacement, encoded by the
 * codec itself: `'\ud800'.encode('utf-32', 'replace')` writes a 4-byte '?') or gives up, and the
 * machine returns a CodecError for the caller to raise. Everything here is pure: bytes come in
 * a Uint8Array, code points through a getter, results go to a StrBuilder or a ByteSink.
 */
import { StrBuilder } from "./str-object.js";

export const enum Codec {
  UTF8,
  ASCII,
  LATIN1,
  UTF16,
  UTF16LE,
  UTF16BE,
  UTF32,
  UTF32LE,
  UTF32BE,
}

/** The name each codec gives itself in messages (codecs.lookup(name).name). */
export const codecNames: readonly string[] = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"];

/** A codec failure that the error handler did not absorb. */
export interface CodecError {
  direction: "decode" | "encode";
  /** The codec named in the message (UTF-16/32 decoding names the byte order it used). */
  codec: Codec;
  start: number;
  end: number;
  reason: string;
  /** The byte (decode) or code point (encode) at `start`, for the message. */
  unit: number;
  /** The handler itself failed: an unknown name, or one that cannot decode. */
  handlerError?: "unknown" | "wrongDirection";
  handler?: string;
}

/** CPython's UnicodeDecodeError / UnicodeEncodeError text. */
export function codecErrorMessage(e: CodecError): string {
  const name = codecNames[e.codec];
  if (e.direction === "decode") {
    if (e.end === e.start + 1) {
      return `'${name}' codec can't decode byte 0x${e.unit.toString(16).padStart(2, "0")} in position ${e.start}: ${e.reason}`;
    }
    return `'${name}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${e.reason}`;
  }
  if (e.end === e.start + 1) {
    const c = e.unit;
    const esc = c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
    return `'${name}' codec can't encode character '${esc}' in position ${e.start}: ${e.reason}`;
  }
  return `'${name}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${e.reason}`;
}

const HEX = "0123456789abcdef";
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

// ── decoding ────────────────────────────────────────────────────────────────────────────

/** The surrogate encoded at src[i:] by `codec` (for surrogatepass), and its length, or [-1, 0]. */
function encodedSurrogate(src: Uint8Array, i: number, codec: Codec): [number, number] {
  const left = src.length - i;
  switch (codec) {
    case Codec.UTF8:
      if (left >= 3 && src[i] === 0xed && (src[i + 1] & 0xe0) === 0xa0 && (src[i + 2] & 0xc0) === 0x80) {
        return [0xd000 | ((src[i + 1] & 0x3f) << 6) | (src[i + 2] & 0x3f), 3];
      }
      break;
    case Codec.UTF16LE:
    case Codec.UTF16BE:
      if (left >= 2) {
        const c = codec === Codec.UTF16LE ? src[i] | (src[i + 1] << 8) : (src[i] << 8) | src[i + 1];
        if (isSurrogate(c)) return [c, 2];
      }
      break;
    case Codec.UTF32LE:
    case Codec.UTF32BE:
      if (left >= 4) {
        const c = codec === Codec.UTF32LE
          ? src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24)
          : (src[i] << 24) | (src[i + 1] << 16) | (src[i + 2] << 8) | src[i + 3];
        if (isSurrogate(c)) return [c, 4];
      }
      break;
  }
  return [-1, 0];
}

/**
 * Apply decode error handler `errors` to src[start:end). Returns the position to resume at
 * (the replacement appended to `out`), or the error to raise.
 */
function decodeError(src: Uint8Array, start: number, end: number, reason: string, codec: Codec, errors: string, out: StrBuilder): number | CodecError {
  const error = (extra?: Partial<CodecError>): CodecError => ({ direction: "decode", codec, start, end, reason, unit: src[start], ...extra });
  switch (errors) {
    case "strict":
      return error();
    case "ignore":
      return end;
    case "replace":
      out.appendChar(0xfffd);
      return end;
    case "backslashreplace":
      for (let i = start; i < end; i++) {
        out.appendChar(92);
        out.appendChar(120);
        out.appendChar(HEX.charCodeAt(src[i] >> 4));
        out.appendChar(HEX.charCodeAt(src[i] & 15));
      }
      return end;
    case "surrogateescape": {
      // Escape up to four leading bytes >= 128 and resume after them (PyCodec_SurrogateEscapeErrors).
      let consumed = 0;
      while (consumed < 4 && consumed < end - start && src[start + consumed] >= 128) {
        out.appendChar(0xdc00 + src[start + consumed]);
        consumed++;
      }
      return consumed === 0 ? error() : start + consumed;
    }
    case "surrogatepass": {
      const [c, n] = encodedSurrogate(src, start, codec);
      if (c < 0) return error();
      out.appendChar(c);
      return start + n;
    }
    case "xmlcharrefreplace":
    case "namereplace":
      return error({ handlerError: "wrongDirection", handler: errors });
    default:
      return error({ handlerError: "unknown", handler: errors });
  }
}

const isCont = (b: number) => (b & 0xc0) === 0x80;

/**
 * CPython's utf8_decode classification at position i: 0 = incomplete at the end,
 * 1 = invalid start byte, 2..4 = invalid continuation byte (the error spans ch - 1 bytes),
 * or -(length) for a good sequence of that many bytes.
 */
function utf8Classify(src: Uint8Array, i: number, end: number): number {
  const ch = src[i];
  const left = end - i;
  if (ch < 0x80) return -1;
  if (ch < 0xc2) return 1;
  if (ch < 0xe0) {
    if (left < 2) return 0;
    return isCont(src[i + 1]) ? -2 : 2;
  }
  if (ch < 0xf0) {
    if (left < 3) {
      if (left < 2) return 0;
      const ch2 = src[i + 1];
      if (!isCont(ch2) || (ch2 < 0xa0 ? ch === 0xe0 : ch === 0xed)) return 2;
      return 0;
    }
    const ch2 = src[i + 1], ch3 = src[i + 2];
    if (!isCont(ch2)) return 2;
    if (ch === 0xe0) {
      if (ch2 < 0xa0) return 2;
    } else if (ch === 0xed && ch2 >= 0xa0) return 2;
    if (!isCont(ch3)) return 3;
    return -3;
  }
  if (ch < 0xf5) {
    if (left < 4) {
      if (left < 2) return 0;
      const ch2 = src[i + 1];
      if (!isCont(ch2) || (ch2 < 0x90 ? ch === 0xf0 : ch === 0xf4)) return 2;
      if (left < 3) return 0;
      if (!isCont(src[i + 2])) return 3;
      return 0;
    }
    const ch2 = src[i + 1], ch3 = src[i + 2], ch4 = src[i + 3];
    if (!isCont(ch2)) return 2;
    if (ch === 0xf0) {
      if (ch2 < 0x90) return 2;
    } else if (ch === 0xf4 && ch2 >= 0x90) return 2;
    if (!isCont(ch3)) return 3;
    if (!isCont(ch4)) return 4;
    return -4;
  }
  return 1;
}

/** Decode UTF-8 into `out`; returns the error to raise, or undefined. */
export function decodeUtf8(src: Uint8Array, errors: string, out: StrBuilder): CodecError | undefined {
  const end = src.length;
  let i = 0;
  while (i < end) {
    const ch = src[i];
    if (ch < 0x80) {
      out.appendChar(ch);
      i++;
      continue;
    }
    const r = utf8Classify(src, i, end);
    if (r < 0) {
      let c: number;
      if (r === -2) c = ((ch & 0x1f) << 6) | (src[i + 1] & 0x3f);
      else if (r === -3) c = ((ch & 0x0f) << 12) | ((src[i + 1] & 0x3f) << 6) | (src[i + 2] & 0x3f);
      else c = ((ch & 0x07) << 18) | ((src[i + 1] & 0x3f) << 12) | ((src[i + 2] & 0x3f) << 6) | (src[i + 3] & 0x3f);
      out.appendChar(c);
      i -= r;
      continue;
    }
    let errEnd: number, reason: string;
    if (r === 0) {
      reason = "unexpected end of data";
      errEnd = end;
    } else if (r === 1) {
      reason = "invalid start byte";
      errEnd = i + 1;
    } else {
      reason = "invalid continuation byte";
      errEnd = i + r - 1;
    }
    const next = decodeError(src, i, errEnd, reason, Codec.UTF8, errors, out);
    if (typeof next !== "number") return next;
    i = next;
  }
  return undefined;
}

/** Decode ASCII or Latin-1 into `out` (Latin-1 cannot fail). */
export function decodeCharmap(src: Uint8Array, codec: Codec, errors: string, out: StrBuilder): CodecError | undefined {
  const limit = codec === Codec.ASCII ? 0x80 : 0x100;
  let i = 0;
  while (i < src.length) {
    const b = src[i];
    if (b < limit) {
      out.appendChar(b);
      i++;
      continue;
    }
    const next = decodeError(src, i, i + 1, "ordinal not in range(128)", codec, errors, out);
    if (typeof next !== "number") return next;
    i = next;
  }
  return undefined;
}

/** UTF-16 with a byte order (LE/BE), or detected from a BOM (Codec.UTF16: default little-endian). */
export function decodeUtf16(src: Uint8Array, codec: Codec, errors: string, out: StrBuilder): CodecError | undefined {
  let i = 0;
  let order = codec;
  if (codec === Codec.UTF16) {
    order = Codec.UTF16LE;
    if (src.length >= 2) {
      if (src[0] === 0xff && src[1] === 0xfe) i = 2;
      else if (src[0] === 0xfe && src[1] === 0xff) {
        order = Codec.UTF16BE;
        i = 2;
      }
    }
  }
  const le = order === Codec.UTF16LE;
  const e = src.length;
  const unit = (p: number) => (le ? src[p] | (src[p + 1] << 8) : (src[p] << 8) | src[p + 1]);
  while (i < e) {
    let start: number, end: number, reason: string;
    if (e - i < 2) {
      start = i;
      end = e;
      reason = "truncated data";
    } else {
      const c = unit(i);
      if (!isSurrogate(c)) {
        out.appendChar(c);
        i += 2;
        continue;
      }
      if (c > 0xdbff) {
        start = i;
        end = i + 2;
        reason = "illegal encoding";
      } else if (e - i < 4) {
        start = i;
        end = e;
        reason = "unexpected end of data";
      } else {
        const d = unit(i + 2);
        if (d >= 0xdc00 && d <= 0xdfff) {
          out.appendChar(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
          i += 4;
          continue;
        }
        start = i;
        end = i + 2;
        reason = "illegal UTF-16 surrogate";
      }
    }
    const next = decodeError(src, start, end, reason, order, errors, out);
    if (typeof next !== "number") return next;
    i = next;
  }
  return undefined;
}

/** UTF-32 with a byte order, or detected from a BOM (Codec.UTF32: default little-endian). */
export function decodeUtf32(src: Uint8Array, codec: Codec, errors: string, out: StrBuilder): CodecError | undefined {
  let i = 0;
  let order = codec;
  if (codec === Codec.UTF32) {
    order = Codec.UTF32LE;
    if (src.length >= 4) {
      if (src[0] === 0xff && src[1] === 0xfe && src[2] === 0 && src[3] === 0) i = 4;
      else if (src[0] === 0 && src[1] === 0 && src[2] === 0xfe && src[3] === 0xff) {
        order = Codec.UTF32BE;
        i = 4;
      }
    }
  }
  const le = order === Codec.UTF32LE;
  const e = src.length;
  while (i < e) {
    let end: number, reason: string;
    if (e - i < 4) {
      end = e;
      reason = "truncated data";
    } else {
      const c = le
        ? (src[i] | (src[i + 1] << 8) | (src[i + 2] << 16) | (src[i + 3] << 24)) >>> 0
        : ((src[i] << 24) | (src[i + 1] << 16) | (src[i + 2] << 8) | src[i + 3]) >>> 0;
      if (c <= 0x10ffff && !isSurrogate(c)) {
        out.appendChar(c);
        i += 4;
        continue;
      }
      end = i + 4;
      reason = c > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)";
    }
    const next = decodeError(src, i, end, reason, order, errors, out);
    if (typeof next !== "number") return next;
    i = next;
  }
  return undefined;
}

/** Decode with any codec. */
export function decodeWith(src: Uint8Array, codec: Codec, errors: string, out: StrBuilder): CodecError | undefined {
  switch (codec) {
    case Codec.UTF8: return decodeUtf8(src, errors, out);
    case Codec.ASCII:
    case Codec.LATIN1: return decodeCharmap(src, codec, errors, out);
    case Codec.UTF16:
    case Codec.UTF16LE:
    case Codec.UTF16BE: return decodeUtf16(src, codec, errors, out);
    default: return decodeUtf32(src, codec, errors, out);
  }
}

// ── encoding ────────────────────────────────────────────────────────────────────────────

/** A growable byte buffer on the JS side. */
export class ByteSink {
  buf: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.buf = new Uint8Array(Math.max(capacity, 8));
  }

  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }

  push(b: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
  }

  /** The bytes so far (a view). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

function pushUtf8(out: ByteSink, c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) {
    out.push(0xc0 | (c >> 6));
    out.push(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out.push(0xe0 | (c >> 12));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  } else {
    out.push(0xf0 | (c >> 18));
    out.push(0x80 | ((c >> 12) & 0x3f));
    out.push(0x80 | ((c >> 6) & 0x3f));
    out.push(0x80 | (c & 0x3f));
  }
}

function pushUnit16(out: ByteSink, u: number, le: boolean): void {
  if (le) {
    out.push(u & 0xff);
    out.push(u >> 8);
  } else {
    out.push(u >> 8);
    out.push(u & 0xff);
  }
}

function pushUtf16(out: ByteSink, c: number, le: boolean): void {
  if (c < 0x10000) pushUnit16(out, c, le);
  else {
    pushUnit16(out, 0xd800 + ((c - 0x10000) >> 10), le);
    pushUnit16(out, 0xdc00 + ((c - 0x10000) & 0x3ff), le);
  }
}

function pushUtf32(out: ByteSink, c: number, le: boolean): void {
  if (le) {
    out.push(c & 0xff);
    out.push((c >> 8) & 0xff);
    out.push((c >> 16) & 0xff);
    out.push(c >>> 24);
  } else {
    out.push(c >>> 24);
    out.push((c >> 16) & 0xff);
    out.push((c >> 8) & 0xff);
    out.push(c & 0xff);
  }
}

/** How one codec writes code points, and which it can write. */
interface Writer {
  /** Write an encodable code point (also used for the ASCII replacements of error handlers). */
  write(out: ByteSink, c: number): void;
  encodable(c: number): boolean;
  /** Unencodable runs form one error (UTF-8, ASCII, Latin-1) or one per code point (UTF-16/32). */
  groups: boolean;
  reason: string;
  /** Write a surrogate as itself (surrogatepass), or undefined when the codec cannot. */
  pass?: (out: ByteSink, c: number) => void;
}

const notSurrogate = (c: number) => !isSurrogate(c);

function writerFor(codec: Codec): Writer {
  switch (codec) {
    case Codec.UTF8:
      return { write: pushUtf8, encodable: notSurrogate, groups: true, reason: "surrogates not allowed", pass: pushUtf8 };
    case Codec.ASCII:
      return { write: (out, c) => out.push(c), encodable: (c) => c < 0x80, groups: true, reason: "ordinal not in range(128)" };
    case Codec.LATIN1:
      return { write: (out, c) => out.push(c), encodable: (c) => c < 0x100, groups: true, reason: "ordinal not in range(256)" };
    case Codec.UTF16:
    case Codec.UTF16LE:
    case Codec.UTF16BE: {
      const le = codec !== Codec.UTF16BE;
      const write = (out: ByteSink, c: number) => pushUtf16(out, c, le);
      return { write, encodable: notSurrogate, groups: false, reason: "surrogates not allowed", pass: write };
    }
    default: {
      const le = codec !== Codec.UTF32BE;
      const write = (out: ByteSink, c: number) => pushUtf32(out, c, le);
      return { write, encodable: notSurrogate, groups: false, reason: "surrogates not allowed", pass: write };
    }
  }
}

function writeAscii(w: Writer, out: ByteSink, text: string): void {
  for (let i = 0; i < text.length; i++) w.write(out, text.charCodeAt(i));
}

function escapeText(c: number): string {
  if (c < 0x100) return "\\x" + c.toString(16).padStart(2, "0");
  if (c < 0x10000) return "\\u" + c.toString(16).padStart(4, "0");
  return "\\U" + c.toString(16).padStart(8, "0");
}

/** Apply encode handler `errors` to code points [start, end); undefined when handled. */
function encodeError(get: (i: number) => number, start: number, end: number, w: Writer, codec: Codec, errors: string, out: ByteSink): CodecError | undefined {
  const error = (extra?: Partial<CodecError>): CodecError => ({ direction: "encode", codec, start, end, reason: w.reason, unit: get(start), ...extra });
  switch (errors) {
    case "strict":
      return error();
    case "ignore":
      return undefined;
    case "replace":
      for (let i = start; i < end; i++) w.write(out, 63);
      return undefined;
    case "backslashreplace":
      for (let i = start; i < end; i++) writeAscii(w, out, escapeText(get(i)));
      return undefined;
    case "xmlcharrefreplace":
      for (let i = start; i < end; i++) writeAscii(w, out, `&#${get(i)};`);
      return undefined;
    case "surrogateescape":
      // The raw byte would not be a whole code unit of UTF-16/32: CPython refuses there too.
      if (!w.groups) return error();
      for (let i = start; i < end; i++) {
        const c = get(i);
        if (c < 0xdc80 || c > 0xdcff) return error();
      }
      for (let i = start; i < end; i++) out.push(get(i) - 0xdc00);
      return undefined;
    case "surrogatepass": {
      if (w.pass === undefined) return error();
      for (let i = start; i < end; i++) if (!isSurrogate(get(i))) return error();
      for (let i = start; i < end; i++) w.pass(out, get(i));
      return undefined;
    }
    default:
      return error({ handlerError: "unknown", handler: errors });
  }
}

/** Encode n code points (read through `get`) into `out`; returns the error to raise, or undefined. */
export function encodeCodePoints(get: (i: number) => number, n: number, codec: Codec, errors: string, out: ByteSink): CodecError | undefined {
  const w = writerFor(codec);
  if (codec === Codec.UTF16) {
    out.push(0xff);
    out.push(0xfe);
  } else if (codec === Codec.UTF32) {
    out.push(0xff);
    out.push(0xfe);
    out.push(0);
    out.push(0);
  }
  let i = 0;
  while (i < n) {
    const c = get(i);
    if (w.encodable(c)) {
      w.write(out, c);
      i++;
      continue;
    }
    let j = i + 1;
    if (w.groups) while (j < n && !w.encodable(get(j))) j++;
    const err = encodeError(get, i, j, w, codec, errors, out);
    if (err !== undefined) return err;
    i = j;
  }
  return undefined;
}
