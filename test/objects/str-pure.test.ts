/**
 * The str helpers that need no Runtime: character properties and case mappings, the hash of
 * JS text, repr quoting, the StrBuilder's JS side, and the codecs (checked against a table of
 * encode/decode cases recorded from CPython 3.11.7: str-codecs-cases.json).
 */
// list.ts reads a const enum of tuple.ts at load; importing it first keeps the cycle in order.
import "../../src/objects/list.js";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  isAlnum, isAlpha, isDecimal, isDigit, isIdentifierContinue, isIdentifierStart, isLineBreak, isLower, isNumeric,
  isPrintable, isSpace, isTitle, isUpper, toFoldedFull, toLowerFull, toTitleFull, toUpperFull,
} from "../../src/objects/str-unicode.js";
import { hashText } from "../../src/objects/str-hash.js";
import { reprOfText } from "../../src/objects/str-repr.js";
import { StrBuilder } from "../../src/objects/str-object.js";
import { ByteSink, Codec, codecErrorMessage, decodeCharmap, decodeUtf8, decodeWith, encodeCodePoints } from "../../src/objects/codecs-core.js";
import { encodeText, lookupCodec, normalizeEncodingName } from "../../src/objects/codecs.js";
import { compactSize } from "../../src/objects/str-layout.js";

const cp = (s: string) => s.codePointAt(0)!;

describe("character properties (CPython 3.11, Unicode 14)", () => {
  test("whitespace is str.isspace's set", () => {
    const spaces = [0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    for (const c of spaces) expect(isSpace(c), c.toString(16)).toBe(true);
    for (const c of [0x0, 0x8, 0x21, 0x200b, 0xfeff, 0x180e]) expect(isSpace(c), c.toString(16)).toBe(false);
  });

  test("line breaks are str.splitlines' set", () => {
    for (const c of [0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]) expect(isLineBreak(c)).toBe(true);
    for (const c of [0x9, 0x1f, 0x20, 0xa0]) expect(isLineBreak(c)).toBe(false);
  });

  test("decimal, digit, numeric", () => {
    expect([isDecimal(cp("7")), isDigit(cp("7")), isNumeric(cp("7"))]).toEqual([true, true, true]);
    expect([isDecimal(cp("٣")), isDigit(cp("٣")), isNumeric(cp("٣"))]).toEqual([true, true, true]);
    expect([isDecimal(cp("²")), isDigit(cp("²")), isNumeric(cp("²"))]).toEqual([false, true, true]);
    expect([isDecimal(cp("①")), isDigit(cp("①")), isNumeric(cp("①"))]).toEqual([false, true, true]);
    expect([isDecimal(cp("½")), isDigit(cp("½")), isNumeric(cp("½"))]).toEqual([false, false, true]);
    expect([isDecimal(cp("一")), isDigit(cp("一")), isNumeric(cp("一"))]).toEqual([false, false, true]);
    expect([isDecimal(cp("Ⅻ")), isDigit(cp("Ⅻ")), isNumeric(cp("Ⅻ"))]).toEqual([false, false, true]);
    expect(isNumeric(cp("a"))).toBe(false);
  });

  test("alpha, alnum, case classes", () => {
    expect(isAlpha(cp("é"))).toBe(true);
    expect(isAlpha(cp("中"))).toBe(true);
    expect(isAlpha(cp("_"))).toBe(false);
    expect(isAlnum(cp("½"))).toBe(true);
    expect(isUpper(cp("É"))).toBe(true);
    expect(isLower(cp("ß"))).toBe(true);
    expect(isTitle(cp("ǅ"))).toBe(true);
    expect(isUpper(cp("ǅ"))).toBe(false);
    expect(isLower(cp("ª"))).toBe(true); // Other_Lowercase
  });

  test("printable per str.isprintable", () => {
    for (const c of [0x20, 0x41, 0xe9, 0x20ac, 0x1f600, 0x4e2d]) expect(isPrintable(c), c.toString(16)).toBe(true);
    for (const c of [0x0, 0x7f, 0x80, 0xa0, 0xad, 0x200b, 0x2028, 0x3000, 0xd800, 0xe000, 0xfeff, 0x378, 0xe0001]) {
      expect(isPrintable(c), c.toString(16)).toBe(false);
    }
  });

  test("identifier characters", () => {
    expect(isIdentifierStart(cp("_"))).toBe(true);
    expect(isIdentifierStart(cp("1"))).toBe(false);
    expect(isIdentifierStart(cp("é"))).toBe(true);
    expect(isIdentifierContinue(cp("1"))).toBe(true);
    expect(isIdentifierContinue(0x200d)).toBe(false);
    expect(isIdentifierContinue(0x30fb)).toBe(false);
  });

  test("full case mappings", () => {
    expect(toUpperFull(cp("ß"))).toBe("SS");
    expect(toUpperFull(cp("ﬁ"))).toBe("FI");
    expect(toLowerFull(cp("İ"))).toBe("i̇");
    expect(toTitleFull(cp("ǆ"))).toBe("ǅ");
    expect(toTitleFull(cp("ß"))).toBe("Ss");
    expect(toTitleFull(cp("ﬁ"))).toBe("Fi");
    expect(toTitleFull(cp("a"))).toBe("A");
    expect(toTitleFull(cp("ა"))).toBe("ა");
    expect(toFoldedFull(cp("ß"))).toBe("ss");
    expect(toFoldedFull(cp("ẞ"))).toBe("ss");
    expect(toFoldedFull(cp("ς"))).toBe("σ");
    expect(toFoldedFull(cp("ſ"))).toBe("s");
    expect(toFoldedFull(0xab70)).toBe("\u13a0");
    expect(toFoldedFull(0x13a0)).toBe("\u13a0");
    expect(toFoldedFull(0x131)).toBe("ı");
    expect(toFoldedFull(cp("A"))).toBe("a");
  });
});

describe("hash of JS text", () => {
  test("empty is 0, values are safe 52-bit signed, never -1", () => {
    expect(hashText("")).toBe(0);
    for (const s of ["a", "b", "ab", "ba", "hello world", "é", "€", "😀", "\ud800", "x".repeat(1000)]) {
      const h = hashText(s);
      expect(Number.isSafeInteger(h)).toBe(true);
      expect(h).not.toBe(-1);
      expect(h).toBeGreaterThanOrEqual(-(2 ** 51));
      expect(h).toBeLessThan(2 ** 51);
    }
  });

  test("deterministic and spread", () => {
    expect(hashText("spam")).toBe(hashText("spam"));
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) seen.add(hashText(`k${i}`));
    expect(seen.size).toBe(5000);
    const low = new Set<number>();
    for (let i = 0; i < 1024; i++) low.add(Math.abs(hashText(`key${i}`)) % 1024);
    expect(low.size).toBeGreaterThan(600);
  });

  test("a surrogate pair hashes as one code point", () => {
    expect(hashText("😀")).not.toBe(hashText("\ud83d"));
    expect(hashText("a😀b")).toBe(hashText("a\u{1f600}b"));
  });
});

describe("repr quoting (recorded from CPython 3.11)", () => {
  const cases: [string, string, string][] = [
    ["", "''", "''"],
    ["a", "'a'", "'a'"],
    ["it's", "\"it's\"", "\"it's\""],
    ["\"q\"", "'\"q\"'", "'\"q\"'"],
    ["both ' and \"", "'both \\' and \"'", "'both \\' and \"'"],
    ["tab\there", "'tab\\there'", "'tab\\there'"],
    ["nl\n", "'nl\\n'", "'nl\\n'"],
    ["cr\r", "'cr\\r'", "'cr\\r'"],
    ["bs\\", "'bs\\\\'", "'bs\\\\'"],
    ["\u0000\u001f\u007f", "'\\x00\\x1f\\x7f'", "'\\x00\\x1f\\x7f'"],
    ["\u0080\u009f\u00a0", "'\\x80\\x9f\\xa0'", "'\\x80\\x9f\\xa0'"],
    ["\u00e9", "'\u00e9'", "'\\xe9'"],
    ["\u20ac", "'\u20ac'", "'\\u20ac'"],
    ["\ud83d\ude00", "'\ud83d\ude00'", "'\\U0001f600'"],
    ["\u200b", "'\\u200b'", "'\\u200b'"],
    ["\u2028", "'\\u2028'", "'\\u2028'"],
    ["\ud800", "'\\ud800'", "'\\ud800'"],
    ["\udb40\udc01", "'\\U000e0001'", "'\\U000e0001'"],
    ["\u00ad", "'\\xad'", "'\\xad'"],
    ["\u00fc\u0378", "'\u00fc\\u0378'", "'\\xfc\\u0378'"],
    ["\u3000", "'\\u3000'", "'\\u3000'"],
    ["\ufeff", "'\\ufeff'", "'\\ufeff'"],
  ];
  test.each(cases)("repr(%j)", (text, expected) => {
    expect(reprOfText(text)).toBe(expected);
  });
});

describe("StrBuilder (JS side)", () => {
  test("collects code points and tracks the largest", () => {
    const b = new StrBuilder(1);
    b.appendText("a😀b");
    b.appendChar(0xe9);
    b.appendRepeat(0x20, 3);
    b.appendAscii("xyz");
    expect(b.length).toBe(10);
    expect(b.maxChar).toBe(0x1f600);
    expect(b.toJs()).toBe("a😀bé   xyz");
    b.truncate(2);
    expect(b.toJs()).toBe("a😀");
  });
});

describe("str sizes (getsizeof without GC header: str is not a GC type)", () => {
  test.each([
    ["", 49], ["a", 50], ["ab", 51], ["é", 74], ["éé", 75], ["€", 76], ["€€", 78], ["😀", 80], ["😀😀", 84],
  ] as const)("%j", (text, size) => {
    const cps = Array.from(text, (c) => c.codePointAt(0)!);
    expect(compactSize(cps.length, Math.max(0, ...cps))).toBe(size);
  });
});

describe("codecs", () => {
  test("encoding names and aliases", () => {
    expect(normalizeEncodingName("UTF-8")).toBe("utf_8");
    expect(normalizeEncodingName("  Latin 1 ")).toBe("latin_1");
    expect(lookupCodec("utf8")).toBe(Codec.UTF8);
    expect(lookupCodec("U8")).toBe(Codec.UTF8);
    expect(lookupCodec("ASCII")).toBe(Codec.ASCII);
    expect(lookupCodec("us-ascii")).toBe(Codec.ASCII);
    expect(lookupCodec("iso-8859-1")).toBe(Codec.LATIN1);
    expect(lookupCodec("L1")).toBe(Codec.LATIN1);
    expect(lookupCodec("UTF-16LE")).toBe(Codec.UTF16LE);
    expect(lookupCodec("u32")).toBe(Codec.UTF32);
    expect(lookupCodec("UnicodeBigUnmarked")).toBe(Codec.UTF16BE);
    expect(lookupCodec("cp1252")).toBeUndefined();
  });

  type Case = ["d" | "e", string, number[], string, boolean, number[] | string];
  const cases = JSON.parse(readFileSync(new URL("./str-codecs-cases.json", import.meta.url), "utf8")) as Case[];
  const codecOf = (name: string) => lookupCodec(name)!;

  test.each(cases.map((c, i) => [i, ...c] as const))("case %i: %s %s %j %s", (_i, dir, enc, input, errors, ok, expected) => {
    const codec = codecOf(enc);
    if (dir === "d") {
      const out = new StrBuilder();
      const src = Uint8Array.from(input);
      const err = decodeWith(src, codec, errors, out);
      if (ok) {
        expect(err).toBeUndefined();
        const got: number[] = [];
        for (let i = 0; i < out.length; i++) got.push(out.at(i));
        expect(got).toEqual(expected);
      } else {
        expect(err).toBeDefined();
        expect(codecErrorMessage(err!)).toBe(expected);
      }
    } else {
      const sink = new ByteSink();
      const err = encodeCodePoints((i) => input[i], input.length, codec, errors, sink);
      if (ok) {
        expect(err).toBeUndefined();
        expect(Array.from(sink.bytes())).toEqual(expected);
      } else {
        expect(err).toBeDefined();
        expect(codecErrorMessage(err!)).toBe(expected);
      }
    }
  });

  test("unknown error handlers fail only when an error occurs", () => {
    const out = new StrBuilder();
    expect(decodeCharmap(Uint8Array.from([0x61]), Codec.ASCII, "bogus", out)).toBeUndefined();
    expect(decodeUtf8(Uint8Array.from([0x61]), "bogus", out)).toBeUndefined();
    const err = decodeUtf8(Uint8Array.from([0xff]), "bogus", out);
    expect(err?.handlerError).toBe("unknown");
    expect(encodeText("é", Codec.ASCII, "bogus")).toMatchObject({ handlerError: "unknown", handler: "bogus" });
  });

  test("encodeText", () => {
    expect(Array.from(encodeText("a€", Codec.UTF8) as Uint8Array)).toEqual([0x61, 0xe2, 0x82, 0xac]);
  });
});
