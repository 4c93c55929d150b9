/**
 * Compile-time constants: identity, truth and repr.
 *
 * A code unit's `consts` holds each constant once. As in CPython (`_PyCode_ConstantKey`), two
 * constants are the same only if they have the same type and value: `1`, `1.0` and `True` are
 * three constants, and so are `0.0` and `-0.0`.
 *
 * `constRepr` is Python's `repr()` of a constant, used by the disassembler (`LOAD_CONST 0 (1.5)`).
 * Frozensets print their items in the order the compiler holds them; CPython prints them in
 * hash order, which the tests normalise.
 */
import { ComplexConst, Ellipsis, type ConstValue } from "../parse/ast.js";
import { FrozensetConst, TupleConst, isCodeData, type CodeConst, type CodeData } from "./code.js";

const codeIds = new WeakMap<CodeData, number>();
let nextCodeId = 1;
const codeKeys = new WeakMap<CodeData, string>();

/**
 * Code objects compare by value (`code_richcompare`): the same node compiled twice, as the
 * test of a `while` loop is, gives one constant.
 */
function codeKey(code: CodeData): string {
  let key = codeKeys.get(code);
  if (key === undefined) {
    key = JSON.stringify([
      code.name, code.qualname, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.firstlineno,
      Array.from(code.code), code.consts.map(constKey), code.names, code.localsplusnames, Array.from(code.positions),
      code.exceptionTable,
    ]);
    codeKeys.set(code, key);
  }
  return key;
}

function codeId(code: CodeData): number {
  let id = codeIds.get(code);
  if (id === undefined) {
    id = nextCodeId++;
    codeIds.set(code, id);
  }
  return id;
}

function floatKey(x: number): string {
  return Object.is(x, -0) ? "-0" : String(x);
}

/** A string that is equal for two constants exactly when CPython would merge them. */
export function constKey(c: CodeConst): string {
  if (c === null) return "N";
  if (c === Ellipsis) return "E";
  switch (typeof c) {
    case "boolean": return c ? "T" : "F";
    case "bigint": return `i${c}`;
    case "number": return `f${floatKey(c)}`;
    case "string": return `s${c}`;
  }
  if (c instanceof Uint8Array) return `b${Array.from(c).join(",")}`;
  if (c instanceof ComplexConst) return `c${floatKey(c.real)},${floatKey(c.imag)}`;
  if (c instanceof TupleConst) return `t(${c.items.map(constKey).join("|")})`;
  if (c instanceof FrozensetConst) return `z{${c.items.map(constKey).sort().join("|")}}`;
  if (isCodeData(c)) return `k${codeKey(c)}`;
  throw new Error("constKey: unknown constant");
}

/** `bool(c)`, for the constants the compiler can see. */
export function constTruth(c: CodeConst): boolean {
  if (c === null) return false;
  if (c === Ellipsis) return true;
  switch (typeof c) {
    case "boolean": return c;
    case "bigint": return c !== 0n;
    case "number": return c !== 0;
    case "string": return c.length > 0;
  }
  if (c instanceof Uint8Array) return c.length > 0;
  if (c instanceof ComplexConst) return c.real !== 0 || c.imag !== 0;
  if (c instanceof TupleConst || c instanceof FrozensetConst) return c.items.length > 0;
  return true;
}

/**
 * The digits and decimal-point position of the shortest decimal that rounds to `x` (x finite,
 * positive): x = 0.d1d2d3... * 10**decpt. Python's repr and JavaScript's toString agree on these
 * digits; they differ only in layout.
 */
function shortestDigits(x: number): { digits: string; decpt: number } {
  const [mantissa, exp] = x.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), decpt: Number(exp) + 1 };
}

/** `repr(float)` (CPython's `float_repr`: mode 'r', with ".0" added to integral values). */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + (addDot0 ? "0.0" : "0");
  const { digits, decpt } = shortestDigits(Math.abs(x));
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    body = `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  } else if (decpt <= 0) {
    body = `0.${"0".repeat(-decpt)}${digits}`;
  } else if (decpt < digits.length) {
    body = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  } else {
    body = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  }
  return sign + body;
}

export function complexRepr(c: ComplexConst): string {
  const imag = floatRepr(c.imag, false);
  if (c.real === 0 && !Object.is(c.real, -0)) return `${imag}j`;
  const sign = imag.startsWith("-") ? "" : "+";
  return `(${floatRepr(c.real, false)}${sign}${imag}j)`;
}

const nonPrintable = /[\p{C}\p{Z}]/u;

/** `repr(str)`: CPython's quote choice and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code < 0x7f || ch === " " || !nonPrintable.test(ch)) out += ch;
    else if (code <= 0xff) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code <= 0xffff) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += "\\U" + code.toString(16).padStart(8, "0");
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const x of b) {
    if (x === quote || x === 0x5c) out += "\\" + String.fromCharCode(x);
    else if (x === 9) out += "\\t";
    else if (x === 10) out += "\\n";
    else if (x === 13) out += "\\r";
    else if (x < 0x20 || x >= 0x7f) out += "\\x" + x.toString(16).padStart(2, "0");
    else out += String.fromCharCode(x);
  }
  return out + String.fromCharCode(quote);
}

/** How the disassembler names a code object; the address is a stable placeholder. */
export function codeRepr(code: CodeData): string {
  const address = "0x" + codeId(code).toString(16).padStart(12, "0");
  return `<code object ${code.name} at ${address}, file "${code.filename}", line ${code.firstlineno}>`;
}

/** `repr()` of a constant. */
export function constRepr(c: CodeConst): string {
  if (c === null) return "None";
  if (c === Ellipsis) return "Ellipsis";
  switch (typeof c) {
    case "boolean": return c ? "True" : "False";
    case "bigint": return c.toString();
    case "number": return floatRepr(c);
    case "string": return strRepr(c);
  }
  if (c instanceof Uint8Array) return bytesRepr(c);
  if (c instanceof ComplexConst) return complexRepr(c);
  if (c instanceof TupleConst) {
    if (c.items.length === 1) return `(${constRepr(c.items[0])},)`;
    return `(${c.items.map(constRepr).join(", ")})`;
  }
  if (c instanceof FrozensetConst) {
    return c.items.length === 0 ? "frozenset()" : `frozenset({${c.items.map(constRepr).join(", ")}})`;
  }
  return codeRepr(c);
}

/** The Python type name of a constant, for messages. */
export function constTypeName(c: ConstValue | TupleConst | FrozensetConst): string {
  if (c === null) return "NoneType";
  if (c === Ellipsis) return "ellipsis";
  switch (typeof c) {
    case "boolean": return "bool";
    case "bigint": return "int";
    case "number": return "float";
    case "string": return "str";
  }
  if (c instanceof Uint8Array) return "bytes";
  if (c instanceof ComplexConst) return "complex";
  if (c instanceof TupleConst) return "tuple";
  return "frozenset";
}
