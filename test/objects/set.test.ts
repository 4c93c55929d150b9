/**
 * set and frozenset against CPython 3.11 (values recorded with python3.11): table sizes and
 * resize points, iteration (table) order from linear probing plus perturbation, pop order,
 * dummies, the algebra, frozenset's exact 64-bit hash, and no leaked blocks.
 */
import { describe, expect, it } from "vitest";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt } from "../../src/objects/int.js";
import { newRange } from "../../src/objects/range.js";
import { newTuple, tupleSetItem, hashOut } from "../../src/objects/tuple.js";
import {
  frozensetHashWords, newFrozenset, newSet, setAdd, setContains, setDiscard, setSize, setTableSizeFor,
} from "../../src/objects/set.js";
import { binaryOp, callMethod, reprText, richCompareBool } from "../../src/objects/abstract.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { BinaryOp, CompareOp } from "../../src/compile/opcodes.js";

describe("set table sizes", () => {
  it("picks the smallest power of two above the request", () => {
    expect([0, 7, 8, 10, 20, 76, 304].map(setTableSizeFor)).toEqual([8, 8, 16, 16, 32, 128, 512]);
  });
});

describe("set objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const int = (v: number) => newInt(rt, v);
  const sizeof = (s: number) => 16 + rt.slotsOf(s).sizeof!(rt, s);
  const setOf = (...vals: number[]) => {
    const s = newSet(rt);
    for (const v of vals) {
      const o = int(v);
      setAdd(rt, s, o);
      rt.decref(o);
    }
    return s;
  };
  const show = (o: number) => {
    const t = reprText(rt, o);
    rt.decref(o);
    return t;
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

  it("resizes where CPython does", () => {
    const s = newSet(rt);
    const changes: Array<[number, number]> = [];
    let last = sizeof(s);
    expect(last).toBe(216);
    for (let i = 0; i < 320; i++) {
      const o = int(i);
      setAdd(rt, s, o);
      rt.decref(o);
      const now = sizeof(s);
      if (now !== last) changes.push([i + 1, now]);
      last = now;
    }
    expect(changes).toEqual([[5, 728], [19, 2264], [77, 8408], [307, 32984]]);
    rt.decref(s);
    const r = newRange(rt, 0, 5);
    const fromRange = newSet(rt, r);
    expect(sizeof(fromRange)).toBe(728);
    const frozen = newFrozenset(rt, r);
    const literal = newSet(rt);
    callMethod(rt, literal, "update", frozen);
    expect(sizeof(literal)).toBe(472);
    for (const o of [r, fromRange, frozen, literal]) rt.decref(o);
  });

  it("iterates in CPython's table order", () => {
    expect(show(setOf(5, 3, 1, 8, 13, 21, 34, 100))).toBe("{1, 34, 3, 100, 5, 8, 13, 21}");
    expect(show(setOf(-1, -2, -3, 10))).toBe("{10, -3, -1, -2}");
    const vals: number[] = [];
    for (let v = 100; v > 0; v -= 7) vals.push(v);
    expect(show(setOf(...vals))).toBe("{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}");
    expect(show(setOf(2 ** 40, 2 ** 41, 7, 3))).toBe("{1099511627776, 2199023255552, 3, 7}");
    const s = newSet(rt);
    for (const [a, b] of [[1, 2], [3, 4], [0, 0], [5, -1], [2, 1]]) {
      const t = newTuple(rt, 2);
      tupleSetItem(rt, t, 0, int(a));
      tupleSetItem(rt, t, 1, int(b));
      setAdd(rt, s, t);
      rt.decref(t);
    }
    expect(show(s)).toBe("{(1, 2), (2, 1), (3, 4), (0, 0), (5, -1)}");
  });

  it("leaves dummies, pops from the finger, purges on difference_update", () => {
    const s = setOf(...Array.from({ length: 20 }, (_, i) => i));
    for (let i = 0; i < 20; i += 3) {
      const o = int(i);
      expect(setDiscard(rt, s, o)).toBe(true);
      rt.decref(o);
    }
    expect(reprText(rt, s)).toBe("{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19}");
    expect(sizeof(s)).toBe(2264);
    rt.decref(s);
    const p = setOf(1, 2, 3);
    expect(show(callMethod(rt, p, "pop"))).toBe("1");
    expect(show(callMethod(rt, p, "pop"))).toBe("2");
    expect(reprText(rt, p)).toBe("{3}");
    rt.decref(p);
    const empty = newSet(rt);
    expect(errorOf(() => callMethod(rt, empty, "pop"))).toBe("KeyError('pop from an empty set')");
    const missing = int(12345);
    expect(errorOf(() => callMethod(rt, empty, "remove", missing))).toBe("KeyError(12345)");
    rt.decref(missing);
    rt.decref(empty);
    const big = setOf(...Array.from({ length: 100 }, (_, i) => i));
    const drop = setOf(...Array.from({ length: 90 }, (_, i) => i));
    const r = binaryOp(rt, big, drop, BinaryOp.INPLACE_SUBTRACT);
    expect(sizeof(big)).toBe(8408);
    expect(reprText(rt, big)).toBe("{90, 91, 92, 93, 94, 95, 96, 97, 98, 99}");
    const small = setOf(1, 2, 3);
    const ten = setOf(...Array.from({ length: 10 }, (_, i) => i));
    const r2 = binaryOp(rt, ten, small, BinaryOp.INPLACE_AND);
    expect(sizeof(ten)).toBe(216);
    expect(reprText(rt, ten)).toBe("{1, 2, 3}");
    for (const o of [r, big, drop, small, r2, ten]) rt.decref(o);
  });

  it("does set algebra and comparisons", () => {
    const a = setOf(1, 2, 3);
    const b = setOf(2, 3, 4);
    expect(show(binaryOp(rt, a, b, BinaryOp.OR))).toBe("{1, 2, 3, 4}");
    expect(show(binaryOp(rt, a, b, BinaryOp.AND))).toBe("{2, 3}");
    expect(show(binaryOp(rt, a, b, BinaryOp.SUBTRACT))).toBe("{1}");
    expect(show(binaryOp(rt, a, b, BinaryOp.XOR))).toBe("{1, 4}");
    const f = newFrozenset(rt, a);
    expect(reprText(rt, f)).toBe("frozenset({1, 2, 3})");
    expect(richCompareBool(rt, a, f, CompareOp.EQ)).toBe(true);
    expect(richCompareBool(rt, a, b, CompareOp.LE)).toBe(false);
    const two = setOf(2);
    expect(richCompareBool(rt, two, a, CompareOp.LT)).toBe(true);
    expect(setContains(rt, a, two)).toBe(false);
    expect(show(binaryOp(rt, f, two, BinaryOp.OR))).toBe("frozenset({1, 2, 3})");
    expect(setSize(rt, a)).toBe(3);
    expect(show(newSet(rt))).toBe("set()");
    for (const o of [a, b, f, two]) rt.decref(o);
  });

  it("hashes frozensets exactly as CPython", () => {
    const exact = (f: number) => {
      frozensetHashWords(rt, f);
      const v = "0x" + ((BigInt(hashOut[1] >>> 0) << 32n) | BigInt(hashOut[0] >>> 0)).toString(16);
      rt.decref(f);
      return v;
    };
    const frozen = (...vals: number[]) => {
      const s = setOf(...vals);
      const f = newFrozenset(rt, s);
      rt.decref(s);
      return f;
    };
    expect(exact(newFrozenset(rt))).toBe("0x7918a246f6f8");
    expect(exact(frozen(1))).toBe("0xf8415b4f9fbd6d12");
    expect(exact(frozen(1, 2, 3))).toBe("0xfc3854040479ddb8");
    expect(exact(frozen(...Array.from({ length: 10 }, (_, i) => i)))).toBe("0x360dee61f9a818f8");
    expect(exact(frozen(...Array.from({ length: 100 }, (_, i) => i)))).toBe("0x3d3a8f1f79c86abf");
    const t = newTuple(rt, 2);
    tupleSetItem(rt, t, 0, int(1));
    tupleSetItem(rt, t, 1, int(2));
    const s = newSet(rt);
    setAdd(rt, s, t);
    const ft = newFrozenset(rt, s);
    expect(exact(ft)).toBe("0x350117dfd43f7fb9");
    rt.decref(s);
    rt.decref(t);
  });

  it("leaves no block behind", () => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
