/**
 * Doubles to text, as CPython's `PyOS_double_to_string` (Python/pystrtod.c) writes them.
 *
 * A finite double is first turned into a digit string and a decimal-point position `decpt`
 * (value = 0.DIGITS × 10^decpt), as David Gay's `_Py_dg_dtoa` does in the three modes CPython
 * uses:
 *   mode 0  the shortest digits that read back to the same double (repr, str, format without
 *           a type) — JavaScript's own Number-to-string conversion computes exactly these;
 *   mode 2  n significant digits, correctly rounded (`e`, `g`);
 *   mode 3  n digits after the decimal point, correctly rounded (`f`, `round(x, n)`).
 * Modes 2 and 3 round the exact binary value half-to-even with BigInt arithmetic, so ties and
 * long expansions (`format(0.125, '.2f') == '0.12'`, `'%.20f' % 0.1`) agree with CPython.
 * Trailing zeros are stripped, as dtoa strips them; `formatDouble` pads them back.
 *
 * On top of that: `floatRepr` and `complexReprText` (repr and str), `formatFloatSpec` and
 * `formatComplexSpec` (the `__format__` of float and complex after the spec is parsed,
 * Python/formatter_unicode.c), `roundDouble` (round(x, n)) and `floatHex`. All are pure;
 * `formatComplexSpec` takes the Runtime only to raise.
 */
import type { Runtime } from "./runtime.js";
import { layoutNumber, padAligned, type FormatSpec } from "./format-spec.js";

/** Py_DTSF_* flags. */
export const enum DtsFlag {
  SIGN = 1,
  ADD_DOT_0 = 2,
  ALT = 4,
  NO_NEG_0 = 8,
}

export interface Digits {
  /** Decimal digits without trailing zeros; "" when mode 3 rounds to zero. */
  digits: string;
  /** value = 0.digits × 10^decpt. */
  decpt: number;
}

const scratch = new Float64Array(1);
const scratchWords = new Uint32Array(scratch.buffer);

/** |v| = mant × 2^exp with an integer mant < 2^53 (finite, nonzero v). */
export function decompose(v: number): { mant: number; exp: number } {
  scratch[0] = v;
  const hi = scratchWords[1];
  const lo = scratchWords[0];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac + 4503599627370496, exp: biased - 1075 };
}

/** The exact value of a finite double as a fraction num/den of BigInts (den a power of two). */
export function exactFraction(v: number): { num: bigint; den: bigint } {
  if (v === 0) return { num: 0n, den: 1n };
  const { mant, exp } = decompose(v);
  const sign = v < 0 ? -1n : 1n;
  if (exp >= 0) return { num: sign * (BigInt(mant) << BigInt(exp)), den: 1n };
  // Reduce: strip the common factors of two.
  let m = mant;
  let e = exp;
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  return { num: sign * BigInt(m), den: 1n << BigInt(-e) };
}

const pow10Cache: bigint[] = [1n];
function pow10(n: number): bigint {
  if (n < 256) {
    while (pow10Cache.length <= n) pow10Cache.push(pow10Cache[pow10Cache.length - 1] * 10n);
    return pow10Cache[n];
  }
  return 10n ** BigInt(n);
}

/** round-half-even(num / den) for num ≥ 0, den > 0. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(|v| × 10^s) for finite v. */
function scaledRound(v: number, s: number): bigint {
  const { mant, exp } = decompose(Math.abs(v));
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  return divRoundHalfEven(num, den);
}

/** floor(log10(|v|)) exactly, for finite nonzero v. */
function decimalExponent(v: number): number {
  const a = Math.abs(v);
  let k = Math.floor(Math.log10(a));
  const { mant, exp } = decompose(a);
  // Compare a with 10^k exactly: a = mant·2^exp.
  const cmp = (kk: number): number => {
    let left = BigInt(mant);
    let right = 1n;
    if (exp >= 0) left <<= BigInt(exp);
    else right <<= BigInt(-exp);
    if (kk >= 0) right *= pow10(kk);
    else left *= pow10(-kk);
    return left < right ? -1 : left > right ? 1 : 0;
  };
  while (cmp(k) < 0) k--;
  while (cmp(k + 1) >= 0) k++;
  return k;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** Mode 0: the shortest round-trip digits of a finite nonzero double. */
export function shortestDigits(v: number): Digits {
  const s = Math.abs(v).toExponential();
  const e = s.indexOf("e");
  const mantissa = s.slice(0, e);
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/** Mode 2: `n` ≥ 1 significant digits of a finite nonzero double, correctly rounded. */
export function significantDigits(v: number, n: number): Digits {
  let k = decimalExponent(v);
  let q = scaledRound(v, n - 1 - k);
  if (q === pow10(n)) {
    q = pow10(n - 1);
    k++;
  }
  return { digits: stripZeros(q.toString()), decpt: k + 1 };
}

/** Mode 3: `n` digits after the decimal point (n may be negative) of a finite double. */
export function fixedDigits(v: number, n: number): Digits {
  const q = scaledRound(v, n);
  if (q === 0n) return { digits: "", decpt: -n };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - n };
}

/**
 * PyOS_double_to_string: `code` is one of e E f F g G r (r: repr, precision unused).
 * Returns the text with its sign.
 */
export function formatDouble(v: number, code: string, precision: number, flags: number): string {
  const upper = code === "E" || code === "F" || code === "G";
  let fmt = upper ? code.toLowerCase() : code;
  if (fmt === "e") precision++;
  else if (fmt === "g" && precision === 0) precision = 1;

  let negative = v < 0 || Object.is(v, -0);
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) negative = false;
    const sign = negative ? "-" : flags & DtsFlag.SIGN ? "+" : "";
    const word = Number.isNaN(v) ? "nan" : "inf";
    return sign + (upper ? word.toUpperCase() : word);
  }

  let d: Digits;
  if (v === 0) d = { digits: "0", decpt: 1 };
  else if (fmt === "r") d = shortestDigits(v);
  else if (fmt === "f") d = fixedDigits(v, precision);
  else d = significantDigits(v, precision);
  const { digits } = d;
  let decpt = d.decpt;
  const ndigits = digits.length;
  if (flags & DtsFlag.NO_NEG_0 && negative && (ndigits === 0 || digits === "0")) negative = false;

  const addDot0 = (flags & DtsFlag.ADD_DOT_0) !== 0;
  const alt = (flags & DtsFlag.ALT) !== 0;
  let useExp = false;
  let vdigitsEnd = ndigits;
  switch (fmt) {
    case "e":
      useExp = true;
      vdigitsEnd = precision;
      break;
    case "f":
      vdigitsEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    default:
      fmt = "r";
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? "-" : flags & DtsFlag.SIGN ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vdigitsStart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vdigitsStart);
  if (decpt > 0 && decpt <= ndigits) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (ndigits < decpt) out += "0".repeat(decpt - ndigits) + "." + "0".repeat(vdigitsEnd - decpt);
  else out += "0".repeat(vdigitsEnd - ndigits);
  if (out.endsWith(".") && !alt) out = out.slice(0, -1);
  if (useExp) {
    const e = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (e < 10 ? "0" + e : String(e));
  }
  return out;
}

/** repr(float) and str(float): `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`. */
export function floatRepr(v: number): string {
  return formatDouble(v, "r", 0, DtsFlag.ADD_DOT_0);
}

/** format(v, spec) for a double, after parsing (format_float_internal). */
export function formatFloatSpec(v: number, spec: FormatSpec): string {
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (spec.alternate) flags |= DtsFlag.ALT;
  if (spec.noNegZero) flags |= DtsFlag.NO_NEG_0;
  if (type === "") {
    flags |= DtsFlag.ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let percent = false;
  if (type === "%") {
    type = "f";
    v *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let text = formatDouble(v, type, precision, flags);
  if (percent) text += "%";
  const negative = text[0] === "-";
  if (negative) text = text.slice(1);
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return layoutNumber(spec, negative, "", text.slice(0, i), text.slice(i));
}

/**
 * format(complex, spec) after parsing (format_complex_internal): each part formatted like a
 * float without padding, the imaginary part signed unless it stands alone, then the whole
 * padded. `rt` only raises.
 */
export function formatComplexSpec(rt: Runtime, re: number, im: number, spec: FormatSpec): string {
  if (spec.fill === "0") {
    throw rt.raise(rt.E.ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (spec.align === "=") throw rt.raise(rt.E.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let flags = 0;
  if (spec.alternate) flags |= DtsFlag.ALT;
  if (spec.noNegZero) flags |= DtsFlag.NO_NEG_0;
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  // Each part laid out without padding; the imaginary part always signed unless alone.
  const part = (v: number, sign: string): string => {
    let text = formatDouble(v, type, precision, flags);
    const negative = text[0] === "-";
    if (negative) text = text.slice(1);
    let i = 0;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const partSpec = { ...spec, fill: " ", align: "<", width: -1, zeroPad: false, sign };
    return layoutNumber(partSpec, negative, "", text.slice(0, i), text.slice(i));
  };
  const reText = skipRe ? "" : part(re, spec.sign);
  const imText = part(im, skipRe ? spec.sign : "+");
  const body = (parens ? "(" : "") + reText + imText + "j" + (parens ? ")" : "");
  return padAligned(body, spec, ">");
}

/** repr(complex): `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. */
export function complexReprText(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return formatDouble(im, "r", 0, 0) + "j";
  return `(${formatDouble(re, "r", 0, 0)}${formatDouble(im, "r", 0, DtsFlag.SIGN)}j)`;
}

/** CPython's NDIGITS_MAX / NDIGITS_MIN for round(float, n). */
const ROUND_NDIGITS_MAX = 323;
const ROUND_NDIGITS_MIN = -308;

/**
 * round(x, ndigits) for a finite x, correctly rounded half-to-even on the exact value
 * (double_round in floatobject.c): `round(2.675, 2) == 2.67`. Returns Infinity when the
 * rounded value overflows (the caller raises OverflowError).
 */
export function roundDouble(x: number, ndigits: number): number {
  if (ndigits > ROUND_NDIGITS_MAX) return x;
  if (ndigits < ROUND_NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const d = fixedDigits(x, ndigits);
  if (d.digits === "") return x < 0 ? -0 : 0;
  const y = Number(`${x < 0 ? "-" : ""}0.${d.digits}e${d.decpt}`);
  return y;
}

/** float.hex(): `0x1.8000000000000p+0`, `-0x0.0p+0`, `inf`. */
export function floatHex(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v < 0 ? "-inf" : "inf";
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  if (v === 0) return sign + "0x0.0p+0";
  const { mant, exp } = decompose(v);
  // Normal numbers: 1.xxxxx × 2^(exp+52); subnormals 0.xxxxx × 2^-1022.
  const subnormal = mant < 4503599627370496;
  const lead = subnormal ? 0 : 1;
  const frac = subnormal ? mant : mant - 4503599627370496;
  const e = subnormal ? -1022 : exp + 52;
  return `${sign}0x${lead}.${frac.toString(16).padStart(13, "0")}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}
