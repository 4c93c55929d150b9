/**
 * range against CPython 3.11 (values recorded with python3.11): lengths, items and slices
 * (a slice of a range is a range), O(1) membership and index for ints of any size, both
 * iterator shapes and reversed(), equality, the exact hash, reprs and errors; no leaks.
 */
import { describe, expect, it } from "vitest";
import { rangeLength, newRange, rangeHashWords } from "../../src/objects/range.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt, newIntFromBigInt } from "../../src/objects/int.js";
import { newSlice } from "../../src/objects/slice.js";
import { hashOut } from "../../src/objects/tuple.js";
import { listFromIterable } from "../../src/objects/list.js";
import { callMethod, contains, popArgs, pushArgs, getItem, getIter, isTrue, length, reprText, richCompareBool } from "../../src/objects/abstract.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { CompareOp } from "../../src/compile/opcodes.js";

describe("range length", () => {
  it("is get_len_of_range", () => {
    expect(rangeLength(0, 10, 3)).toBe(4);
    expect(rangeLength(10, 0, -3)).toBe(4);
    expect(rangeLength(5, 5, 1)).toBe(0);
    expect(rangeLength(5, 0, 1)).toBe(0);
    expect(rangeLength(-3, 3, 1)).toBe(6);
  });
});

describe("range objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const show = (o: number) => {
    const t = reprText(rt, o);
    rt.decref(o);
    return t;
  };
  const temps: number[] = [];
  const big = (v: bigint) => {
    const o = newIntFromBigInt(rt, v);
    temps.push(o);
    return o;
  };
  const int = (v: number) => {
    const o = newInt(rt, v);
    temps.push(o);
    return o;
  };
  const rangeOf = (...args: number[]) => {
    const p = pushArgs(rt, Math.max(args.length, 1));
    args.forEach((o, i) => rt.store(p + 8 * i, o));
    try {
      const r = rt.typeSlots(rt.T.range).new!(rt, rt.T.range, p, args.length, 0);
      temps.push(r);
      return r;
    } finally {
      popArgs(rt, p);
    }
  };
  const errorOf = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      const exc = rt.fetchException();
      const text = reprText(rt, exc);
      rt.decref(exc);
      return text;
    }
    return "no error";
  };
  const E = 2n ** 100n;

  it("indexes, slices and searches big ranges", () => {
    const r = rangeOf(big(E), big(E + 50n), int(7));
    expect(reprText(rt, r)).toBe("range(1267650600228229401496703205376, 1267650600228229401496703205426, 7)");
    expect(length(rt, r)).toBe(8);
    expect(show(getItem(rt, r, int(3)))).toBe("1267650600228229401496703205397");
    expect(show(getItem(rt, r, int(-1)))).toBe("1267650600228229401496703205425");
    const s = newSlice(rt, int(1), int(5), 0);
    temps.push(s);
    expect(show(getItem(rt, r, s))).toBe("range(1267650600228229401496703205383, 1267650600228229401496703205411, 7)");
    const rev = newSlice(rt, 0, 0, int(-2));
    temps.push(rev);
    expect(show(getItem(rt, r, rev))).toBe("range(1267650600228229401496703205425, 1267650600228229401496703205369, -14)");
    expect(contains(rt, r, big(E + 14n))).toBe(true);
    expect(contains(rt, r, big(E + 15n))).toBe(false);
    expect(show(callMethod(rt, r, "index", big(E + 21n)))).toBe("3");
    expect(errorOf(() => getItem(rt, r, int(8)))).toBe("IndexError('range object index out of range')");
    const huge = rangeOf(big(E));
    expect(errorOf(() => length(rt, huge))).toBe("OverflowError('Python int too large to convert to C ssize_t')");
  });

  it("iterates both shapes, forwards and backwards", () => {
    const r = rangeOf(big(-(2n ** 70n)), big(2n ** 70n), big(2n ** 68n));
    expect(show(listFromIterable(rt, r))).toBe("[-1180591620717411303424, -885443715538058477568, -590295810358705651712, -295147905179352825856, 0, 295147905179352825856, 590295810358705651712, 885443715538058477568]");
    const back = callMethod(rt, r, "__reversed__");
    temps.push(back);
    expect(show(listFromIterable(rt, back))).toBe("[885443715538058477568, 590295810358705651712, 295147905179352825856, 0, -295147905179352825856, -590295810358705651712, -885443715538058477568, -1180591620717411303424]");
    const small = newRange(rt, 1, 10, 3);
    temps.push(small);
    const rev = callMethod(rt, small, "__reversed__");
    temps.push(rev);
    expect(show(listFromIterable(rt, rev))).toBe("[7, 4, 1]");
    expect(show(listFromIterable(rt, newRangeTemp(5, -5, -3)))).toBe("[5, 2, -1, -4]");
    const it = getIter(rt, small);
    temps.push(it);
    expect(show(callMethod(rt, it, "__length_hint__"))).toBe("3");
  });

  it("slices, compares, hashes and prints like CPython", () => {
    const ten = newRange(rt, 0, 10);
    temps.push(ten);
    const rev = newSlice(rt, 0, 0, int(-1));
    temps.push(rev);
    expect(show(getItem(rt, ten, rev))).toBe("range(9, -1, -1)");
    const r3 = newRange(rt, 0, 10, 3);
    temps.push(r3);
    const from1 = newSlice(rt, int(1), 0, 0);
    temps.push(from1);
    expect(show(getItem(rt, r3, from1))).toBe("range(3, 12, 3)");
    const a = newRange(rt, 0, 10, 2), b = newRange(rt, 0, 9, 2), c = newRange(rt, 1, 2), d = newRange(rt, 1, 5, 10);
    temps.push(a, b, c, d);
    expect(richCompareBool(rt, a, b, CompareOp.EQ)).toBe(true);
    expect(richCompareBool(rt, c, d, CompareOp.EQ)).toBe(true);
    expect(richCompareBool(rt, a, c, CompareOp.EQ)).toBe(false);
    const words = (r: number) => {
      rangeHashWords(rt, r);
      return "0x" + ((BigInt(hashOut[1] >>> 0) << 32n) | BigInt(hashOut[0] >>> 0)).toString(16);
    };
    const five = newRange(rt, 0, 5);
    temps.push(five);
    expect(words(five)).toBe("0x506f4a578a8ddd0e");
    expect(words(newRangeTemp(1, 10, 3))).toBe("0x80ddb394a43e8368");
    // Ranges of huge ints hash their (folded) int hashes, so only small ones match CPython bit for bit.
    expect(reprText(rt, rangeOf(int(3), int(9), int(1)))).toBe("range(3, 9)");
    expect(reprText(rt, rangeOf(rt.S.True))).toBe("range(0, 1)");
    expect(isTrue(rt, newRangeTemp(0, 0, 1))).toBe(false);
    expect(show(callMethod(rt, ten, "count", int(3)))).toBe("1");
    expect(errorOf(() => rangeOf(int(1), int(2), int(0)))).toBe("ValueError('range() arg 3 must not be zero')");
    expect(errorOf(() => rangeOf())).toBe("TypeError('range expected at least 1 argument, got 0')");
    expect(errorOf(() => callMethod(rt, ten, "index", int(10)))).toBe("ValueError('10 is not in range')");
  });

  function newRangeTemp(a: number, b: number, c: number): number {
    const r = newRange(rt, a, b, c);
    temps.push(r);
    return r;
  }

  it("leaves no block behind", () => {
    for (const o of temps) rt.decref(o);
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
