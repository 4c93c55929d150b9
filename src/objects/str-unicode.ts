/**
 * Character properties and case mappings of single code points, as CPython 3.11's
 * `Objects/unicodectype.c` answers them (Unicode 14.0).
 *
 * ASCII is answered from a table; other code points from the host's Unicode property escapes
 * (`\p{L}`, `\p{Lowercase}`, ...) and case mappings, which Node keeps at a newer Unicode
 * version: the answers differ from CPython's only for code points assigned or re-cased after
 * Unicode 14 (checked exhaustively against python3 3.11 when this file was written). The
 * properties that have no escape are tables here, generated from CPython's unicodedata:
 * Numeric_Type=Digit beyond the decimals, numeric ideographs, and the titlecase mappings that
 * differ from uppercase. Case folding is uppercase-then-lowercase except for Cherokee, U+0131
 * and U+1E9E (again checked exhaustively).
 *
 * All functions take and return code points; the mapping functions return JS text because a
 * full mapping can be several code points ('ß'.upper() == 'SS').
 */

const enum Ascii {
  ALPHA = 1,
  DIGIT = 2,
  SPACE = 4,
  UPPER = 8,
  LOWER = 16,
  LINEBREAK = 32,
  PRINTABLE = 64,
  ID_START = 128,
  ID_CONTINUE = 256,
}

const asciiTable = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122, digit = c >= 48 && c <= 57;
  if (upper) f |= Ascii.UPPER | Ascii.ALPHA;
  if (lower) f |= Ascii.LOWER | Ascii.ALPHA;
  if (digit) f |= Ascii.DIGIT;
  if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) f |= Ascii.SPACE;
  if ((c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e)) f |= Ascii.LINEBREAK;
  if (c >= 0x20 && c < 0x7f) f |= Ascii.PRINTABLE;
  if (upper || lower || c === 95) f |= Ascii.ID_START | Ascii.ID_CONTINUE;
  if (digit) f |= Ascii.ID_CONTINUE;
  asciiTable[c] = f;
}

/** Digits that are not decimals (superscripts, circled digits, ...): sorted [first, last] pairs. */
const DIGIT_RANGES = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
  0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
  0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
  0x1f100, 0x1f10a,
];

/** Numeric code points outside the N* categories (CJK numeral ideographs). */
const NUMERIC_IDEOGRAPHS = [
  0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96, 0x4ebf,
  0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344,
  0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c,
  0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c, 0x8cae, 0x8cb3,
  0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd,
  0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19,
  0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
];
const numericIdeographs = new Set(NUMERIC_IDEOGRAPHS);

/** Titlecase mappings that differ from the uppercase ones: "code:mapped,mapped ..." in hex. */
const TITLE_EXCEPTIONS =
  "df:53,73 1c4:1c5 1c5:1c5 1c6:1c5 1c7:1c8 1c8:1c8 1c9:1c8 1ca:1cb 1cb:1cb 1cc:1cb 1f1:1f2 1f2:1f2 1f3:1f2 " +
  "587:535,582 1f80:1f88 1f81:1f89 1f82:1f8a 1f83:1f8b 1f84:1f8c 1f85:1f8d 1f86:1f8e 1f87:1f8f 1f88:1f88 " +
  "1f89:1f89 1f8a:1f8a 1f8b:1f8b 1f8c:1f8c 1f8d:1f8d 1f8e:1f8e 1f8f:1f8f 1f90:1f98 1f91:1f99 1f92:1f9a " +
  "1f93:1f9b 1f94:1f9c 1f95:1f9d 1f96:1f9e 1f97:1f9f 1f98:1f98 1f99:1f99 1f9a:1f9a 1f9b:1f9b 1f9c:1f9c " +
  "1f9d:1f9d 1f9e:1f9e 1f9f:1f9f 1fa0:1fa8 1fa1:1fa9 1fa2:1faa 1fa3:1fab 1fa4:1fac 1fa5:1fad 1fa6:1fae " +
  "1fa7:1faf 1fa8:1fa8 1fa9:1fa9 1faa:1faa 1fab:1fab 1fac:1fac 1fad:1fad 1fae:1fae 1faf:1faf " +
  "1fb2:1fba,345 1fb3:1fbc 1fb4:386,345 1fb7:391,342,345 1fbc:1fbc 1fc2:1fca,345 1fc3:1fcc 1fc4:389,345 " +
  "1fc7:397,342,345 1fcc:1fcc 1ff2:1ffa,345 1ff3:1ffc 1ff4:38f,345 1ff7:3a9,342,345 1ffc:1ffc fb00:46,66 " +
  "fb01:46,69 fb02:46,6c fb03:46,66,69 fb04:46,66,6c fb05:53,74 fb06:53,74 fb13:544,576 fb14:544,565 " +
  "fb15:544,56b fb16:54e,576 fb17:544,56d";

let titleExceptions: Map<number, string> | null = null;

function titleException(c: number): string | undefined {
  if (titleExceptions === null) {
    titleExceptions = new Map();
    for (const entry of TITLE_EXCEPTIONS.split(" ")) {
      const [code, mapped] = entry.split(":");
      titleExceptions.set(parseInt(code, 16), String.fromCodePoint(...mapped.split(",").map((h) => parseInt(h, 16))));
    }
  }
  // Georgian Mkhedruli letters titlecase to themselves (their uppercase is Mtavruli).
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return String.fromCharCode(c);
  return titleExceptions.get(c);
}

const reAlpha = /^\p{L}$/u;
const reDecimal = /^\p{Nd}$/u;
const reNumber = /^\p{N}$/u;
const reLower = /^\p{Lowercase}$/u;
const reUpper = /^\p{Uppercase}$/u;
const reTitle = /^\p{Lt}$/u;
const reCased = /^\p{Cased}$/u;
const reCaseIgnorable = /^\p{Case_Ignorable}$/u;
const reNotPrintable = /^[\p{C}\p{Z}]$/u;
const reIdStart = /^\p{XID_Start}$/u;
const reIdContinue = /^\p{XID_Continue}$/u;

function test(re: RegExp, c: number): boolean {
  return re.test(String.fromCodePoint(c));
}

function inRanges(ranges: readonly number[], c: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (c < ranges[i]) return false;
    if (c <= ranges[i + 1]) return true;
  }
  return false;
}

export function isSpace(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.SPACE) !== 0;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** str.splitlines boundaries (\r\n is handled by the caller). */
export function isLineBreak(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.LINEBREAK) !== 0;
  return c === 0x85 || c === 0x2028 || c === 0x2029;
}

export function isAlpha(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.ALPHA) !== 0;
  return test(reAlpha, c);
}

export function isDecimal(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.DIGIT) !== 0;
  return test(reDecimal, c);
}

export function isDigit(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.DIGIT) !== 0;
  return test(reDecimal, c) || inRanges(DIGIT_RANGES, c);
}

export function isNumeric(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.DIGIT) !== 0;
  return test(reNumber, c) || numericIdeographs.has(c);
}

export function isAlnum(c: number): boolean {
  return isAlpha(c) || isNumeric(c);
}

export function isLower(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.LOWER) !== 0;
  return test(reLower, c);
}

export function isUpper(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.UPPER) !== 0;
  return test(reUpper, c);
}

export function isTitle(c: number): boolean {
  return c >= 128 && test(reTitle, c);
}

export function isCased(c: number): boolean {
  if (c < 128) return (asciiTable[c] & (Ascii.UPPER | Ascii.LOWER)) !== 0;
  return test(reCased, c);
}

export function isCaseIgnorable(c: number): boolean {
  return test(reCaseIgnorable, c);
}

/** str.isprintable / repr: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs — except the space. */
export function isPrintable(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.PRINTABLE) !== 0;
  return !test(reNotPrintable, c);
}

export function isIdentifierStart(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.ID_START) !== 0;
  return test(reIdStart, c);
}

export function isIdentifierContinue(c: number): boolean {
  if (c < 128) return (asciiTable[c] & Ascii.ID_CONTINUE) !== 0;
  // Later Unicode versions added these to XID_Continue; CPython 3.11 (Unicode 14) rejects them.
  if (c === 0x200c || c === 0x200d || c === 0x30fb || c === 0xff65) return false;
  return test(reIdContinue, c);
}

/** ASCII-only fast paths for the case mappings: the mapped code point. */
export function asciiUpper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Full uppercase mapping (_PyUnicode_ToUpperFull). */
export function toUpperFull(c: number): string {
  return String.fromCodePoint(c).toUpperCase();
}

/** Full lowercase mapping of one code point, without context (Σ is handled by the caller). */
export function toLowerFull(c: number): string {
  return String.fromCodePoint(c).toLowerCase();
}

/** Full titlecase mapping (_PyUnicode_ToTitleFull). */
export function toTitleFull(c: number): string {
  return titleException(c) ?? String.fromCodePoint(c).toUpperCase();
}

/** Full case folding (_PyUnicode_ToFoldedFull). */
export function toFoldedFull(c: number): string {
  if (c < 128) return String.fromCharCode(asciiLower(c));
  if (c >= 0xab70 && c <= 0xabbf) return String.fromCharCode(c - 0xab70 + 0x13a0);
  if (c >= 0x13f8 && c <= 0x13fd) return String.fromCharCode(c - 8);
  if ((c >= 0x13a0 && c <= 0x13f5) || c === 0x131) return String.fromCharCode(c);
  if (c === 0x1e9e) return "ss";
  return String.fromCodePoint(c).toUpperCase().toLowerCase();
}

export const CAPITAL_SIGMA = 0x3a3;
export const SMALL_SIGMA = 0x3c3;
export const FINAL_SIGMA = 0x3c2;
