/**
 * The integer functions of `math`: gcd, lcm, factorial, comb, perm, isqrt.
 *
 * Arguments go through `__index__` (floats are refused with "'float' object cannot be
 * interpreted as an integer", as in 3.11). Values are computed as JS numbers while they are
 * safe integers and as bigints beyond; the results are the same ints CPython computes, and
 * the limits CPython states in C types (a C long for factorial, a long long for comb and
 * perm) are checked with CPython's messages.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { arg, checkArgs, kwCount } from "../objects/args.js";
import { absolute, index } from "../objects/abstract.js";
import { newIntFromBigInt, intToBigInt } from "../objects/int.js";
import { bigAbs, combValue, gcdBig, isqrtValue, rangeProduct } from "./math-core.js";

const LONG_MAX = 2n ** 63n - 1n;

/** operator.index(o) as a bigint. */
function indexValue(rt: Runtime, o: number): bigint {
  const i = index(rt, o);
  try {
    return intToBigInt(rt, i);
  } finally {
    rt.decref(i);
  }
}

function gcdLcm(name: "gcd" | "lcm") {
  return (rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number => {
    if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `math.${name}() takes no keyword arguments`);
    if (nargs === 0) return newIntFromBigInt(rt, name === "gcd" ? 0n : 1n);
    const first = index(rt, arg(rt, args, 0));
    if (nargs === 1) {
      try {
        return absolute(rt, first);
      } finally {
        rt.decref(first);
      }
    }
    let acc: bigint;
    try {
      acc = intToBigInt(rt, first);
    } finally {
      rt.decref(first);
    }
    for (let i = 1; i < nargs; i++) {
      const x = indexValue(rt, arg(rt, args, i));
      if (name === "gcd") {
        if (acc !== 1n) acc = gcdBig(acc, x);
      } else if (acc !== 0n) {
        acc = x === 0n ? 0n : bigAbs((acc / gcdBig(acc, x)) * x);
      }
    }
    return newIntFromBigInt(rt, acc);
  };
}

function factorialValue(rt: Runtime, n: bigint): bigint {
  if (n > LONG_MAX) throw rt.raise(rt.E.OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0n) throw rt.raise(rt.E.ValueError, "factorial() not defined for negative values");
  return n < 2n ? 1n : rangeProduct(2n, n);
}

function factorial(rt: Runtime, o: number): number {
  return newIntFromBigInt(rt, factorialValue(rt, indexValue(rt, o)));
}

function checkNonNegative(rt: Runtime, n: bigint, k: bigint): void {
  if (n < 0n) throw rt.raise(rt.E.ValueError, "n must be a non-negative integer");
  if (k < 0n) throw rt.raise(rt.E.ValueError, "k must be a non-negative integer");
}

function comb(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "math.comb() takes no keyword arguments");
  checkArgs(rt, "comb", nargs, 0, 2, 2);
  const n = indexValue(rt, arg(rt, args, 0));
  const k = indexValue(rt, arg(rt, args, 1));
  checkNonNegative(rt, n, k);
  if (k > n) return newIntFromBigInt(rt, 0n);
  const m = n - k < k ? n - k : k;
  if (n > LONG_MAX && m > LONG_MAX) throw rt.raise(rt.E.OverflowError, `min(n - k, k) must not exceed ${LONG_MAX}`);
  return newIntFromBigInt(rt, combValue(n, k));
}

function perm(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, "math.perm() takes no keyword arguments");
  checkArgs(rt, "perm", nargs, 0, 1, 2);
  if (nargs === 1 || arg(rt, args, 1) === rt.S.None) return factorial(rt, arg(rt, args, 0));
  const n = indexValue(rt, arg(rt, args, 0));
  const k = indexValue(rt, arg(rt, args, 1));
  checkNonNegative(rt, n, k);
  if (k > n) return newIntFromBigInt(rt, 0n);
  if (n > LONG_MAX && k > LONG_MAX) throw rt.raise(rt.E.OverflowError, `k must not exceed ${LONG_MAX}`);
  return newIntFromBigInt(rt, k === 0n ? 1n : rangeProduct(n - k + 1n, n));
}

function isqrt(rt: Runtime, o: number): number {
  const n = indexValue(rt, o);
  if (n < 0n) throw rt.raise(rt.E.ValueError, "isqrt() argument must be nonnegative");
  return newIntFromBigInt(rt, isqrtValue(n));
}

function unary(name: string, f: (rt: Runtime, o: number) => number, doc: string): MethodDef {
  const qualified = `math.${name}`;
  return {
    name,
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, qualified, nargs, kwnames, 1, 1);
      return f(rt, arg(rt, args, 0));
    },
    doc,
  };
}

export const integerFunctions: readonly MethodDef[] = [
  { name: "gcd", fn: gcdLcm("gcd"), doc: "Greatest Common Divisor." },
  { name: "lcm", fn: gcdLcm("lcm"), doc: "Least Common Multiple." },
  unary("factorial", factorial, "Find x!.\n\nRaise a ValueError if x is negative or non-integral."),
  { name: "comb", fn: comb, doc: "Number of ways to choose k items from n items without repetition and without order." },
  { name: "perm", fn: perm, doc: "Number of ways to choose k items from n items without repetition and with order." },
  unary("isqrt", isqrt, "Return the integer part of the square root of the input."),
];
