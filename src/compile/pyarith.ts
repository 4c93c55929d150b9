/**
 * Python's arithmetic on compile-time constants, for the AST optimizer's constant folding.
 *
 * Each function returns the folded value, or `undefined` where CPython's operation would raise
 * (ZeroDivisionError, OverflowError, TypeError...) or where `Python/ast_opt.c` refuses to fold
 * because the result could be large (`safe_multiply`, `safe_power`, `safe_lshift`, `safe_mod`).
 * Folding never changes behaviour: an unfolded expression is simply evaluated at run time.
 *
 * Deliberately not folded, although CPython folds them (the bytecode then evaluates them):
 * true division of integers beyond 2**53, complex `**`, and the set operators on frozensets.
 */
import { ComplexConst, Ellipsis, type ConstValue, type Operator, type UnaryOperator } from "../parse/ast.js";
import { FrozensetConst, TupleConst } from "./code.js";
import { constTruth } from "./constants.js";
import { powPositive } from "../objects/float-pow.js"; /* pure arithmetic, no heap */

export type Value = ConstValue | TupleConst | FrozensetConst;

const MAX_INT_SIZE = 128; /* bits */
const MAX_COLLECTION_SIZE = 256; /* items */
const MAX_STR_SIZE = 4096; /* characters */
const MAX_TOTAL_ITEMS = 1024; /* including nested collections */
const EXACT_FLOAT_INT = 2n ** 53n;

const isInt = (v: Value): v is bigint | boolean => typeof v === "bigint" || typeof v === "boolean";
const toInt = (v: bigint | boolean): bigint => (typeof v === "boolean" ? (v ? 1n : 0n) : v);

function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function strLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** int -> float as `float(int)`, or undefined on OverflowError. */
function intToFloat(v: bigint): number | undefined {
  const x = Number(v);
  return Number.isFinite(x) ? x : undefined;
}

function toFloat(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (isInt(v)) return intToFloat(toInt(v));
  return undefined;
}

function toComplex(v: Value): ComplexConst | undefined {
  if (v instanceof ComplexConst) return v;
  const x = toFloat(v);
  return x === undefined ? undefined : new ComplexConst(x, 0);
}

function checkComplexity(v: Value, limit: number): number {
  if (v instanceof TupleConst || v instanceof FrozensetConst) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i] as Value, limit);
  }
  return limit;
}

function repeat(seq: string | Uint8Array | TupleConst, n: bigint): Value {
  const size = typeof seq === "string" || seq instanceof Uint8Array ? seq.length : seq.items.length;
  const count = n < 0n || size === 0 ? 0 : Number(n);
  if (typeof seq === "string") return seq.repeat(count);
  if (seq instanceof Uint8Array) {
    const out = new Uint8Array(seq.length * count);
    for (let i = 0; i < count; i++) out.set(seq, i * seq.length);
    return out;
  }
  const items = [];
  for (let i = 0; i < count; i++) items.push(...seq.items);
  return new TupleConst(items);
}

function safeMultiply(v: Value, w: Value): Value | undefined {
  if (isInt(v) && isInt(w)) {
    const a = toInt(v);
    const b = toInt(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
    return a * b;
  }
  if (isInt(v) && (w instanceof TupleConst || w instanceof FrozensetConst)) {
    if (w instanceof FrozensetConst) return undefined;
    const n = toInt(v);
    if (w.items.length) {
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / w.items.length))) return undefined;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return undefined;
    }
    return repeat(w, n);
  }
  if (isInt(v) && (typeof w === "string" || w instanceof Uint8Array)) {
    const n = toInt(v);
    const size = typeof w === "string" ? strLength(w) : w.length;
    if (size && (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size)))) return undefined;
    return repeat(w, n);
  }
  if (isInt(w) && (v instanceof TupleConst || v instanceof FrozensetConst || typeof v === "string" || v instanceof Uint8Array)) {
    return safeMultiply(w, v);
  }
  return numeric("Mult", v, w);
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** CPython's float_divmod, returning [floordiv, mod]. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { /* C's truth test: a NaN is true */
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatPow(a: number, b: number): number | undefined {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
  if (a < 0 && b !== Math.floor(b)) return undefined; /* the result would be complex */
  if (a === 0 && b < 0) return undefined; /* ZeroDivisionError */
  if (b === 0) return 1;
  if (a === 0) return Math.abs(b % 2) === 1 ? a : 0;
  /* V8's `**` is often an ulp away from the C library's pow; powPositive reproduces it. */
  const r = powPositive(Math.abs(a), b);
  const signed = a < 0 && Math.abs(b % 2) === 1 ? -r : r;
  return Number.isFinite(signed) ? signed : undefined;
}

/** CPython's `_Py_c_quot`. */
function complexDiv(a: ComplexConst, b: ComplexConst): ComplexConst | undefined {
  const absBreal = Math.abs(b.real);
  const absBimag = Math.abs(b.imag);
  if (absBreal >= absBimag) {
    if (absBreal === 0) return undefined;
    const ratio = b.imag / b.real;
    const denom = b.real + b.imag * ratio;
    return new ComplexConst((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
  }
  if (absBimag >= absBreal) {
    const ratio = b.real / b.imag;
    const denom = b.real * ratio + b.imag;
    return new ComplexConst((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
  }
  return undefined;
}

function numeric(op: Operator, v: Value, w: Value): Value | undefined {
  if (v instanceof ComplexConst || w instanceof ComplexConst) {
    const a = toComplex(v);
    const b = toComplex(w);
    if (!a || !b) return undefined;
    switch (op) {
      case "Add": return new ComplexConst(a.real + b.real, a.imag + b.imag);
      case "Sub": return new ComplexConst(a.real - b.real, a.imag - b.imag);
      case "Mult": return new ComplexConst(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
      case "Div": return complexDiv(a, b);
      default: return undefined;
    }
  }
  if (typeof v === "number" || typeof w === "number") {
    const a = toFloat(v);
    const b = toFloat(w);
    if (a === undefined || b === undefined) return undefined;
    switch (op) {
      case "Add": return a + b;
      case "Sub": return a - b;
      case "Mult": return a * b;
      case "Div": return b === 0 ? undefined : a / b;
      case "FloorDiv": return b === 0 ? undefined : floatDivmod(a, b)[0];
      case "Mod": return b === 0 ? undefined : floatDivmod(a, b)[1];
      case "Pow": return floatPow(a, b);
      default: return undefined;
    }
  }
  if (!isInt(v) || !isInt(w)) return undefined;
  if (typeof v === "boolean" && typeof w === "boolean") {
    if (op === "BitAnd") return v && w;
    if (op === "BitOr") return v || w;
    if (op === "BitXor") return v !== w;
  }
  const a = toInt(v);
  const b = toInt(w);
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult": return a * b;
    case "Div": {
      if (b === 0n) return undefined;
      const abs = (x: bigint) => (x < 0n ? -x : x);
      if (abs(a) > EXACT_FLOAT_INT || abs(b) > EXACT_FLOAT_INT) return undefined;
      return Number(a) / Number(b);
    }
    case "FloorDiv": return b === 0n ? undefined : floorDivInt(a, b);
    case "Mod": return b === 0n ? undefined : modInt(a, b);
    case "Pow": {
      if (b < 0n) {
        const x = intToFloat(a);
        const y = intToFloat(b);
        return x === undefined || y === undefined ? undefined : floatPow(x, y);
      }
      if (a !== 0n && b > 0n && numBits(a) > Math.floor(MAX_INT_SIZE / Number(b))) return undefined;
      return a ** b;
    }
    case "LShift": {
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || numBits(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return a << b;
    }
    case "RShift": {
      if (b < 0n) return undefined;
      if (b > 1_000_000n) return a < 0n ? -1n : 0n;
      return a >> b;
    }
    case "BitAnd": return a & b;
    case "BitOr": return a | b;
    case "BitXor": return a ^ b;
    default: return undefined;
  }
}

function concat(v: Value, w: Value): Value | undefined {
  if (typeof v === "string" && typeof w === "string") return v + w;
  if (v instanceof Uint8Array && w instanceof Uint8Array) {
    const out = new Uint8Array(v.length + w.length);
    out.set(v);
    out.set(w, v.length);
    return out;
  }
  if (v instanceof TupleConst && w instanceof TupleConst) return new TupleConst([...v.items, ...w.items]);
  return numeric("Add", v, w);
}

/** `v op w`, or undefined if CPython would not fold it. */
export function foldBinary(op: Operator, v: Value, w: Value): Value | undefined {
  switch (op) {
    case "Add": return concat(v, w);
    case "Mult": return safeMultiply(v, w);
    case "Mod": return typeof v === "string" || v instanceof Uint8Array ? undefined : numeric(op, v, w);
    case "MatMult": return undefined;
    default: return numeric(op, v, w);
  }
}

export function foldUnary(op: UnaryOperator, v: Value): Value | undefined {
  if (op === "Not") return !constTruth(v);
  if (v instanceof ComplexConst) {
    if (op === "USub") return new ComplexConst(-v.real, -v.imag);
    if (op === "UAdd") return v;
    return undefined;
  }
  if (typeof v === "number") {
    if (op === "USub") return -v;
    if (op === "UAdd") return v;
    return undefined;
  }
  if (!isInt(v)) return undefined;
  const a = toInt(v);
  if (op === "USub") return -a;
  if (op === "UAdd") return a;
  return -a - 1n;
}

/** `v[i]` for a constant sequence and a constant integer index. */
export function foldSubscript(v: Value, i: Value): Value | undefined {
  if (!isInt(i)) return undefined;
  let items: readonly unknown[];
  if (typeof v === "string") items = Array.from(v);
  else if (v instanceof Uint8Array) items = Array.from(v, (x) => BigInt(x));
  else if (v instanceof TupleConst) items = v.items;
  else return undefined;
  let index = toInt(i);
  if (index < 0n) index += BigInt(items.length);
  if (index < 0n || index >= BigInt(items.length)) return undefined;
  return items[Number(index)] as Value;
}

/** Values that the tuple folding may put in a constant tuple. */
export function isFoldable(v: unknown): v is Value {
  return v === null || v === Ellipsis || typeof v !== "object" || v instanceof Uint8Array ||
    v instanceof ComplexConst || v instanceof TupleConst || v instanceof FrozensetConst;
}
