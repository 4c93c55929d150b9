/**
 * tuple against CPython 3.11: the exact 64-bit tuplehash (recorded with python3.11), the fold to
 * glasspy's safe hash, sizes, the per-length free lists and their 3.11 off-by-one, slicing,
 * concatenation, comparison, repr, and no leaked blocks.
 */
import { describe, expect, it } from "vitest";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt } from "../../src/objects/int.js";
import { binaryOp, getItem, reprText, richCompareBool, contains } from "../../src/objects/abstract.js";
import {
  foldHash64, mulhi32, newTuple, tupleFromAddrs, tupleHash64, tupleHashWords, tupleItem, tupleSetItem, tupleSize,
  tupleFromIterable, tupleResize,
} from "../../src/objects/tuple.js";
import { clearFreeLists, containers, freeListStats } from "../../src/objects/freelists.js";
import { newSlice } from "../../src/objects/slice.js";
import { newList, listAppend } from "../../src/objects/list.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { BinaryOp, CompareOp } from "../../src/compile/opcodes.js";

describe("64-bit helpers", () => {
  it("multiplies high words exactly", () => {
    for (const [a, b] of [[0xffffffff, 0xffffffff], [0x9e3779b1, 0x85ebca87], [12345, 67890], [0, 5]]) {
      expect(mulhi32(a, b)).toBe(Number((BigInt(a) * BigInt(b)) >> 32n));
    }
  });
  it("folds like int-digits.ts's foldHash", () => {
    const fold = (h: bigint) => {
      const m = h < 0n ? -h : h;
      const f = Number((m & 0x1fffffffffffffn) ^ (m >> 53n));
      const r = h < 0n ? -f : f;
      return r === -1 ? -2 : r;
    };
    for (const h of [0n, 1n, -1n, -3550055125485641917n, 5740354900026072187n, 2n ** 63n - 1n, -(2n ** 63n), 12345n]) {
      const u = BigInt.asUintN(64, h);
      expect(foldHash64(Number(u >> 32n) | 0, Number(u & 0xffffffffn) | 0)).toBe(fold(h));
    }
  });
});

describe("tuple objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const int = (v: number) => newInt(rt, v);
  const tuple = (...items: number[]) => {
    const t = newTuple(rt, items.length);
    items.forEach((o, i) => tupleSetItem(rt, t, i, o));
    return t;
  };
  const ints = (...vals: number[]) => tuple(...vals.map(int));
  const exact = (t: number) => {
    tupleHash64(rt, t);
    return "0x" + ((BigInt(tupleHashWords[1]) << 32n) | BigInt(tupleHashWords[0])).toString(16);
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

  it("hashes exactly as CPython 3.11 (xxHash lanes)", () => {
    const cases: Array<[number, string]> = [
      [tuple(), "0x4fa9d65e2cba1c7b"],
      [ints(1), "0xa3cb0227e5be44b1"],
      [ints(1, 2), "0xcebbabac205f9f43"],
      [ints(1, 2, 3), "0x7589b9fe71bcceb"],
      [ints(-1), "0x701d3c382fb8d92d"],
      [ints(-2), "0x701d3c382fb8d92d"],
      [ints(...new Array(20).fill(0)), "0x63740aa8101d1a4c"],
      [tuple(int(1), ints(2, 3)), "0x64db9c95fc5e517a"],
      [tuple(tuple()), "0xb3dc94476fd420f6"],
      [ints(...Array.from({ length: 100 }, (_, i) => i)), "0x3e2b3917110587f4"],
      [ints(2 ** 40, -(2 ** 40)), "0x5acaeeebf393c407"],
    ];
    for (const [t, want] of cases) {
      expect(exact(t)).toBe(want);
      rt.decref(t);
    }
  });

  it("is 40 + 8n bytes, () is a static singleton", () => {
    const t = ints(1, 2, 3);
    expect(16 + 24 + 8 * tupleSize(rt, t)).toBe(64);
    rt.decref(t);
    const e = newTuple(rt, 0);
    expect(e).toBe(rt.S.emptyTuple);
    rt.decref(e);
  });

  it("keeps free lists per length, popping only lengths 1..19", () => {
    const s = containers(rt);
    const t3 = ints(1, 2, 3);
    rt.decref(t3);
    expect(s.tupleHead[3]).toBe(t3);
    const again = newTuple(rt, 3);
    expect(again).toBe(t3);
    rt.decref(again);
    const t20 = ints(...new Array(20).fill(7));
    const count = s.tupleCount[20];
    rt.decref(t20);
    expect(s.tupleCount[20]).toBe(count + 1);
    const fresh = newTuple(rt, 20);
    expect(fresh).not.toBe(t20);
    expect(s.tupleCount[20]).toBe(count + 1);
    rt.decref(fresh);
  });

  it("indexes, slices, concatenates and repeats", () => {
    const t = ints(0, 1, 2, 3, 4, 5);
    const s = newSlice(rt, int(1), rt.S.None, int(2));
    const r = getItem(rt, t, s);
    expect(reprText(rt, r)).toBe("(1, 3, 5)");
    const full = newSlice(rt, rt.S.None, rt.S.None, rt.S.None);
    const same = getItem(rt, t, full);
    expect(same).toBe(t);
    expect(errorOf(() => getItem(rt, t, int(6)))).toBe("IndexError('tuple index out of range')");
    const cat = binaryOp(rt, r, t, BinaryOp.ADD);
    expect(reprText(rt, cat)).toBe("(1, 3, 5, 0, 1, 2, 3, 4, 5)");
    const rep = binaryOp(rt, int(2), r, BinaryOp.MULTIPLY);
    expect(reprText(rt, rep)).toBe("(1, 3, 5, 1, 3, 5)");
    const l = newList(rt, 0);
    expect(errorOf(() => binaryOp(rt, t, l, BinaryOp.ADD))).toBe(`TypeError('can only concatenate tuple (not "list") to tuple')`);
    expect(errorOf(() => binaryOp(rt, t, t, BinaryOp.MULTIPLY))).toBe(`TypeError("can't multiply sequence by non-int of type 'tuple'")`);
    for (const o of [t, s, r, full, same, cat, rep, l]) rt.decref(o);
  });

  it("compares lexicographically and prints like CPython", () => {
    const a = ints(1, 2);
    const b = ints(1, 3);
    const c = ints(1, 2, 0);
    expect(richCompareBool(rt, a, b, CompareOp.LT)).toBe(true);
    expect(richCompareBool(rt, a, c, CompareOp.LT)).toBe(true);
    expect(richCompareBool(rt, a, a, CompareOp.EQ)).toBe(true);
    expect(contains(rt, c, newInt(rt, 0))).toBe(true);
    const one = ints(1);
    expect(reprText(rt, one)).toBe("(1,)");
    expect(reprText(rt, rt.S.emptyTuple)).toBe("()");
    const nested = tuple(one, tuple());
    expect(reprText(rt, nested)).toBe("((1,), ())");
    rt.incref(one);
    for (const o of [a, b, c, one, nested]) rt.decref(o);
  });

  it("builds from iterables and resizes", () => {
    const l = newList(rt, 0);
    for (let i = 0; i < 30; i++) {
      const o = int(i * 1000);
      listAppend(rt, l, o);
      rt.decref(o);
    }
    const t = tupleFromIterable(rt, l);
    expect(tupleSize(rt, t)).toBe(30);
    expect(tupleFromIterable(rt, t)).toBe(t);
    rt.decref(t);
    const u = tupleResize(rt, t, 3);
    expect(reprText(rt, u)).toBe("(0, 1000, 2000)");
    rt.decref(u);
    rt.decref(l);
    const v = tupleFromAddrs(rt, [rt.S.None, rt.S.True]);
    expect(reprText(rt, v)).toBe("(None, True)");
    expect(tupleItem(rt, v, 1)).toBe(rt.S.True);
    rt.decref(v);
  });

  it("prints the free lists as sys._debugmallocstats does", () => {
    clearFreeLists(rt);
    const t1 = ints(1);
    const t10 = ints(...new Array(10).fill(0));
    const l = newList(rt, 0);
    rt.decref(t1);
    rt.decref(t10);
    rt.decref(l);
    const lines = freeListStats(rt).split("\n");
    expect(lines.length).toBe(24);
    expect(lines[0]).toBe("            0 free PyDictObjects * 48 bytes each =                    0");
    expect(lines[1]).toBe("           0 free PyFloatObjects * 24 bytes each =                    0");
    expect(lines[2]).toBe("            1 free PyListObjects * 40 bytes each =                   40");
    expect(lines[3]).toBe("   1 free 1-sized PyTupleObjects * 32 bytes each =                   32");
    expect(lines[12]).toBe(" 1 free 10-sized PyTupleObjects * 104 bytes each =                  104");
    expect(lines[22]).toBe(" 0 free 20-sized PyTupleObjects * 184 bytes each =                    0");
    const before = rt.heap.allocatedBlocks();
    clearFreeLists(rt);
    expect(rt.heap.allocatedBlocks()).toBe(before - 3);
  });

  it("leaves no block behind", () => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
