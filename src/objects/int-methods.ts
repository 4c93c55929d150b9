/**
 * int's constructor and methods: `int(x)` / `int(x, base)` with PyNumber_Long (`numberToInt`)
 * and text parsing under the digit limit (`intFromString`); then what the method table in
 * int.ts names: bit_length, bit_count, __round__, to_bytes, from_bytes, __format__, and the
 * __divmod__ / __rdivmod__ wrappers.
 *
 * Arguments are borrowed and results are new references. The constructor always builds an
 * exact int first; for a subclass it then copies it into an instance of the subclass
 * (`newIntSubtype`), while from_bytes on a subclass calls the class with the exact int, as
 * CPython does.
 */
import type { Runtime } from "./runtime.js";
import { Tp, TpFlag } from "./layout.js";
import { bitLength, floorDivBig } from "./int-digits.js";
import {
  ParseFailure, asciiNumberText, decimalText, formatIntValue, parseIntText, tooManyDigitsToInt,
} from "./int-format.js";
import { argSpec, clinicSpec, checkArgs, kwCount, parseArgs, arg, argTypeName } from "./args.js";
import { asIndex, call0, call1, index as numberIndex, isTrue, reprText, str as objectStr } from "./abstract.js";
import { lookupSpecial } from "./iterators.js";
import { bytesData, bytesFromObject, newBytes } from "./bytes.js";
import { formatFloatSpec } from "./float-repr.js";
import {
  Int, getIntMaxStrDigits, intExact, intSetSize, intSize, intToBigInt, intToDouble, intValue, isInt, newInt,
  newIntFromBigInt, newIntInBlock, newIntValue,
} from "./int.js";
import { MAX_RESULT_BITS, intDivmod } from "./int-ops.js";
import { parsedBlockDigits } from "./int-blocks.js";

// ── int(x), int(x, base) ─────────────────────────────────────────────────────────────────

/**
 * int(text, base) (base 0 or 2..36). `original` is the object the message should show
 * (defaults to a str of `text`): `invalid literal for int() with base 10: 'x'`.
 */
export function intFromString(rt: Runtime, text: string, base: number, original = 0): number {
  const parsed = parseIntText(asciiNumberText(text), base, getIntMaxStrDigits(rt));
  if (parsed.failure === 0) {
    // In the block CPython's parser asks for, sized from the text (int-blocks.ts).
    const v = parsed.value;
    const block = parsedBlockDigits(parsed.digits, parsed.base);
    return typeof v === "number" ? newIntInBlock(rt, v, block) : newIntFromBigInt(rt, v, block);
  }
  if (parsed.failure === ParseFailure.TOO_MANY_DIGITS) {
    throw rt.raise(rt.E.ValueError, tooManyDigitsToInt(getIntMaxStrDigits(rt), parsed.digits));
  }
  let shown: string;
  if (original !== 0) shown = reprText(rt, original);
  else {
    const s = rt.newStr(text);
    try {
      shown = reprText(rt, s);
    } finally {
      rt.decref(s);
    }
  }
  throw rt.raise(rt.E.ValueError, `invalid literal for int() with base ${parsed.base}: ${shown.slice(0, 200)}`);
}

/**
 * Allocate an instance of an int subclass `cls` holding o's value (CPython's
 * long_subtype_new: PyType_GenericAlloc with one spare item, everything after the digits
 * zeroed so the subclass's own fields start empty).
 */
export function newIntSubtype(rt: Runtime, cls: number, o: number): number {
  const s = intSize(rt, o);
  const n = Math.max(1, s < 0 ? -s : s);
  const basicsize = rt.i32[(cls + Tp.BASICSIZE) >> 2];
  const size = (basicsize + (n + 1) * 4 + 7) & ~7;
  const r = rt.allocObject(cls, size);
  for (let p = Int.SIZE; p < size; p += 4) rt.i32[(r + p) >> 2] = 0;
  intSetSize(rt, r, s);
  rt.u32.copyWithin((r + Int.DIGITS) >> 2, (o + Int.DIGITS) >> 2, ((o + Int.DIGITS) >> 2) + n);
  return r;
}

/** o.name() for a special method looked up on o's type (`__trunc__`, `__complex__`); 0 when absent. */
export function callSpecial(rt: Runtime, o: number, name: string): number {
  const bound = lookupSpecial(rt, o, name);
  if (bound === 0) return 0;
  try {
    return call0(rt, bound);
  } finally {
    rt.decref(bound);
  }
}

/** The text of a str, bytes or bytearray for int()/float() parsing, or undefined. */
export function numberText(rt: Runtime, o: number): string | undefined {
  if (rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) return rt.jsString(o);
  if (rt.hasFlag(o, TpFlag.BYTES_SUBCLASS) || rt.isInstance(o, rt.T.bytearray)) {
    const data = bytesData(rt, o);
    let text = "";
    for (let i = 0; i < data.length; i++) text += String.fromCharCode(data[i]);
    return text;
  }
  return undefined;
}

/** PyNumber_Long: int(x) with one argument. New reference to an exact int. */
export function numberToInt(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  if (type === rt.T.int) {
    rt.incref(o);
    return o;
  }
  const slots = rt.typeSlots(type);
  if (slots.int !== undefined) {
    const r = slots.int(rt, o);
    if (rt.typeOf(r) === rt.T.int) return r;
    if (!isInt(rt, r)) {
      const name = rt.typeName(r);
      rt.decref(r);
      throw rt.raise(rt.E.TypeError, `__int__ returned non-int (type ${name})`);
    }
    try {
      return intExact(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  if (slots.index !== undefined) {
    const r = numberIndex(rt, o);
    try {
      return intExact(rt, r);
    } finally {
      rt.decref(r);
    }
  }
  const t = callSpecial(rt, o, "__trunc__");
  if (t !== 0) {
    try {
      if (isInt(rt, t)) return intExact(rt, t);
      if (rt.slotsOf(t).index === undefined) throw rt.raise(rt.E.TypeError, `__trunc__ returned non-Integral (type ${rt.typeName(t)})`);
      const r = numberIndex(rt, t);
      try {
        return intExact(rt, r);
      } finally {
        rt.decref(r);
      }
    } finally {
      rt.decref(t);
    }
  }
  const text = numberText(rt, o);
  if (text !== undefined) return intFromString(rt, text, 10, o);
  throw rt.raise(rt.E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${rt.typeName(o)}'`);
}

const intNewSpec = clinicSpec(argSpec("int", ["x=", "/", "base="]));
const intNewArgs = new Int32Array(2);

export function intNew(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, intNewSpec, args, nargs, kwnames, intNewArgs);
  const x = intNewArgs[0];
  const obase = intNewArgs[1];
  let r: number;
  if (x === 0) {
    if (obase !== 0) throw rt.raise(rt.E.TypeError, "int() missing string argument");
    r = newInt(rt, 0);
  } else if (obase === 0) {
    r = numberToInt(rt, x);
  } else {
    const b = numberIndex(rt, obase);
    const base = intValue(rt, b);
    rt.decref(b);
    if ((base !== 0 && base < 2) || base > 36) throw rt.raise(rt.E.ValueError, "int() base must be >= 2 and <= 36, or 0");
    const text = numberText(rt, x);
    if (text === undefined) throw rt.raise(rt.E.TypeError, "int() can't convert non-string with explicit base");
    r = intFromString(rt, text, Number(base), x);
  }
  if (cls === rt.T.int) return r;
  try {
    return newIntSubtype(rt, cls, r);
  } finally {
    rt.decref(r);
  }
}

// ── methods ──────────────────────────────────────────────────────────────────────────────

/** int.bit_length(): the number of bits in |o|. */
export function bitLengthOf(rt: Runtime, o: number): number {
  const v = intValue(rt, o);
  if (typeof v === "number") {
    const a = Math.abs(v);
    return a < 2 ** 32 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 2 ** 32));
  }
  return bitLength(v);
}

/** int.bit_count(): the number of one bits in |o|. */
export function bitCountOf(rt: Runtime, o: number): number {
  const s = intSize(rt, o);
  const n = s < 0 ? -s : s;
  let count = 0;
  for (let i = 0, d = (o + Int.DIGITS) >> 2; i < n; i++) {
    let x = rt.u32[d + i];
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** round(x, n) for ints: n ≥ 0 leaves x, n < 0 rounds half to even at 10^-n. */
export function intRound(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "int.__round__", nargs, kwnames, 0, 1);
  if (nargs === 0) return intExact(rt, self);
  const nd = numberIndex(rt, arg(rt, args, 0));
  const ndigits = intValue(rt, nd);
  rt.decref(nd);
  if (ndigits >= 0) return intExact(rt, self);
  const x = intToBigInt(rt, self);
  const exponent = -BigInt(ndigits);
  if (exponent > BigInt(MAX_RESULT_BITS)) return newInt(rt, 0);
  const p = 10n ** exponent;
  let q = floorDivBig(x, p);
  const r = x - q * p;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return newIntFromBigInt(rt, q * p);
}

const toBytesSpec = clinicSpec(argSpec("to_bytes", ["length=", "byteorder=", "*", "signed="]));
const fromBytesSpec = clinicSpec(argSpec("from_bytes", ["bytes", "byteorder=", "*", "signed="]));
const byteArgs = new Int32Array(3);

function checkPositional(rt: Runtime, fname: string, nargs: number, max: number): void {
  if (nargs > max) throw rt.raise(rt.E.TypeError, `${fname}() takes at most ${max} positional arguments (${nargs} given)`);
}

/** The byteorder argument: true for little endian. */
function littleEndian(rt: Runtime, fname: string, o: number): boolean {
  if (o === 0) return false;
  if (!rt.hasFlag(o, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `${fname}() argument 'byteorder' must be str, not ${argTypeName(rt, o)}`);
  }
  const text = rt.jsString(o);
  if (text === "little") return true;
  if (text === "big") return false;
  throw rt.raise(rt.E.ValueError, "byteorder must be either 'little' or 'big'");
}

export function intToBytes(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "to_bytes", nargs, 2);
  parseArgs(rt, toBytesSpec, args, nargs, kwnames, byteArgs);
  const [lengthArg, orderArg, signedArg] = byteArgs;
  const length = lengthArg === 0 ? 1 : asIndex(rt, lengthArg);
  const little = littleEndian(rt, "to_bytes", orderArg);
  const signed = signedArg !== 0 && isTrue(rt, signedArg);
  if (length < 0) throw rt.raise(rt.E.ValueError, "length argument must be non-negative");
  let v = intToBigInt(rt, self);
  if (v < 0n) {
    if (!signed) throw rt.raise(rt.E.OverflowError, "can't convert negative int to unsigned");
    if (length === 0 || v < -(1n << BigInt(length * 8 - 1))) throw rt.raise(rt.E.OverflowError, "int too big to convert");
    v += 1n << BigInt(length * 8);
  } else if (bitLength(v) > length * 8 - (signed ? 1 : 0)) {
    throw rt.raise(rt.E.OverflowError, "int too big to convert");
  }
  const data = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    data[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytes(rt, data);
}

export function intFromBytes(rt: Runtime, cls: number, args: number, nargs: number, kwnames: number): number {
  checkPositional(rt, "from_bytes", nargs, 2);
  parseArgs(rt, fromBytesSpec, args, nargs, kwnames, byteArgs);
  const [bytesArg, orderArg, signedArg] = byteArgs;
  const little = littleEndian(rt, "from_bytes", orderArg);
  const signed = signedArg !== 0 && isTrue(rt, signedArg);
  const b = bytesFromObject(rt, bytesArg);
  let v = 0n;
  let n: number;
  try {
    const data = bytesData(rt, b);
    n = data.length;
    let hex = "";
    for (let i = 0; i < n; i++) hex += data[little ? n - 1 - i : i].toString(16).padStart(2, "0");
    if (n > 0) v = BigInt("0x" + hex);
  } finally {
    rt.decref(b);
  }
  if (signed && n > 0 && v >= 1n << BigInt(n * 8 - 1)) v -= 1n << BigInt(n * 8);
  const r = newIntFromBigInt(rt, v);
  if (cls === rt.T.int) return r;
  try {
    return call1(rt, cls, r);
  } finally {
    rt.decref(r);
  }
}

export function intFormat(rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "int.__format__", nargs, kwnames, 1, 1);
  const spec = arg(rt, args, 0);
  if (!rt.hasFlag(spec, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `__format__() argument must be str, not ${argTypeName(rt, spec)}`);
  }
  const specText = rt.jsString(spec);
  if (specText === "") return objectStr(rt, self);
  const s = intSize(rt, self);
  const text = formatIntValue(rt, intValue(rt, self), specText, rt.typeName(self), {
    decimal: (v) => decimalText(rt, v, s < 0 ? -s : s, getIntMaxStrDigits(rt)),
    asFloat: (parsed) => formatFloatSpec(intToDouble(rt, self), parsed),
  });
  return rt.newStr(text);
}

/** The arity check of a binary slot wrapper (`__divmod__`): exactly one positional argument. */
export function checkWrapperArgs(rt: Runtime, nargs: number, kwnames: number): void {
  if (kwnames !== 0 && kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "wrapper takes no keyword arguments");
  if (nargs !== 1) throw rt.raise(rt.E.TypeError, `expected 1 argument, got ${nargs}`);
}

/** __divmod__ (or __rdivmod__ when `reflected`) as a method: the slot wrapper of intDivmod. */
export function intDivmodMethod(reflected: boolean) {
  return (rt: Runtime, self: number, args: number, nargs: number, kwnames: number): number => {
    checkWrapperArgs(rt, nargs, kwnames);
    const other = arg(rt, args, 0);
    return reflected ? intDivmod(rt, other, self) : intDivmod(rt, self, other);
  };
}
