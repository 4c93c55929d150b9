/**
 * The codec registry and the Runtime-level encode/decode API behind str.encode, bytes.decode,
 * str(b, encoding) and bytes(s, encoding).
 *
 * glasspy knows CPython's built-in Unicode codecs — UTF-8, UTF-16, UTF-32 (each also -LE and
 * -BE), ASCII and Latin-1 — under their usual aliases (encodings/aliases.py), matched after
 * CPython's name normalisation; any other name is LookupError "unknown encoding: x". The
 * machines themselves are in codecs-core.ts. Errors are raised as UnicodeDecodeError /
 * UnicodeEncodeError carrying CPython's message (CPython's exceptions also carry encoding,
 * object, start, end and reason attributes; glasspy's carry the message only).
 *
 * ASCII text takes a fast path both ways: an ASCII str encodes to its own bytes and ASCII bytes
 * decode into a str by one copy in the heap, for every ASCII-compatible codec.
 */
import type { Runtime } from "./runtime.js";
import { StrBuilder, emptyStr } from "./str-object.js";
import { readChar, strAlloc, strData, strIsAscii, strKind, strLength } from "./str-layout.js";
import { bufferOf, newBytes, newBytesFromHeap } from "./bytes.js";
import { ByteSink, Codec, codecErrorMessage, codecNames, decodeWith, encodeCodePoints, type CodecError } from "./codecs-core.js";

export { ByteSink, Codec, codecErrorMessage, type CodecError } from "./codecs-core.js";
export { decodeCharmap, decodeUtf16, decodeUtf32, decodeUtf8, decodeWith, encodeCodePoints } from "./codecs-core.js";

const aliases = new Map<string, Codec>();
const addAliases = (codec: Codec, names: string) => {
  for (const a of names.split(" ")) aliases.set(a, codec);
};
addAliases(Codec.UTF8, "utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001");
addAliases(Codec.ASCII, "ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us");
addAliases(Codec.LATIN1, "latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 csisolatin1 ibm819 iso_8859_1_1987 iso_ir_100");
addAliases(Codec.UTF16, "utf_16 utf16 u16");
addAliases(Codec.UTF16LE, "utf_16_le utf_16le unicodelittleunmarked");
addAliases(Codec.UTF16BE, "utf_16_be utf_16be unicodebigunmarked");
addAliases(Codec.UTF32, "utf_32 utf32 u32");
addAliases(Codec.UTF32LE, "utf_32_le utf_32le");
addAliases(Codec.UTF32BE, "utf_32_be utf_32be");

/** encodings.normalize_encoding + lower(): runs of characters other than [a-z0-9.] become "_". */
export function normalizeEncodingName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
}

/** The codec named `name`, or undefined (the caller raises LookupError). */
export function lookupCodec(name: string): Codec | undefined {
  return aliases.get(normalizeEncodingName(name));
}

/** The canonical name of a codec: 'utf-8', 'utf-16-le', 'latin-1', ... */
export function codecName(codec: Codec): string {
  return codecNames[codec];
}

/** Does the codec write ASCII text as its own bytes? */
function asciiCompatible(codec: Codec): boolean {
  return codec === Codec.UTF8 || codec === Codec.ASCII || codec === Codec.LATIN1;
}

/** The codec for `encoding`, or LookupError "unknown encoding: x". */
export function codecOrRaise(rt: Runtime, encoding: string): Codec {
  const codec = lookupCodec(encoding);
  if (codec === undefined) throw rt.raise(rt.E.LookupError, `unknown encoding: ${encoding}`);
  return codec;
}

function raiseCodecError(rt: Runtime, e: CodecError): never {
  if (e.handlerError === "unknown") throw rt.raise(rt.E.LookupError, `unknown error handler name '${e.handler}'`);
  if (e.handlerError === "wrongDirection") throw rt.raise(rt.E.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
  throw rt.raise(e.direction === "decode" ? rt.E.UnicodeDecodeError : rt.E.UnicodeEncodeError, codecErrorMessage(e));
}

/** Decode `n` bytes at heap address `p` to a new str. */
export function decodeBytes(rt: Runtime, p: number, n: number, encoding: string, errors: string): number {
  const codec = codecOrRaise(rt, encoding);
  if (n === 0) return emptyStr(rt);
  const u8 = rt.u8;
  if (asciiCompatible(codec)) {
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (u8[p + i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (n === 1) {
        const o = rt.S.latin1[u8[p]];
        rt.incref(o);
        return o;
      }
      const o = strAlloc(rt, n, 0x7f);
      u8.copyWithin(strData(rt, o), p, p + n);
      return o;
    }
  }
  const out = new StrBuilder(n);
  const err = decodeWith(u8.subarray(p, p + n), codec, errors, out);
  if (err !== undefined) raiseCodecError(rt, err);
  return out.finish(rt);
}

const bufScratch = new Int32Array(2);

/** str(obj, encoding, errors): decode a bytes-like object (new str). */
export function decodeToStr(rt: Runtime, o: number, encoding: string, errors: string): number {
  if (!bufferOf(rt, o, bufScratch)) {
    throw rt.raise(rt.E.TypeError, `decoding to str: need a bytes-like object, ${rt.typeName(o)} found`);
  }
  return decodeBytes(rt, bufScratch[0], bufScratch[1], encoding, errors);
}

/** s.encode(encoding, errors): a new bytes object. */
export function encodeStr(rt: Runtime, s: number, encoding: string, errors: string): number {
  const codec = codecOrRaise(rt, encoding);
  const n = strLength(rt, s);
  if (strIsAscii(rt, s) && asciiCompatible(codec)) return newBytesFromHeap(rt, strData(rt, s), n);
  const data = strData(rt, s), kind = strKind(rt, s);
  const out = new ByteSink(n * 2);
  const err = encodeCodePoints((i) => readChar(rt, data, kind, i), n, codec, errors, out);
  if (err !== undefined) raiseCodecError(rt, err);
  return newBytes(rt, out.bytes());
}

/** Encode JS text for native callers: the bytes, or the error CPython would raise. */
export function encodeText(text: string, codec: Codec, errors = "strict"): Uint8Array | CodecError {
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  const out = new ByteSink(cps.length);
  const err = encodeCodePoints((i) => cps[i], cps.length, codec, errors, out);
  return err ?? out.bytes();
}
