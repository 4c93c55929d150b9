/**
 * dict against CPython 3.11: table sizing (the calculate_log2_keysize bit trick, usable
 * fractions, index widths), probing with a 64-bit perturb, getsizeof series for str and int
 * keys (recorded with python3.11), ordering after deletions, popitem, conversion to a GENERAL
 * table, merging and cloning, the free lists, views and iterators, and no leaked blocks.
 */
import { describe, expect, it } from "vitest";
import {
  calculateLog2Keysize, estimateLog2Keysize, keysTableBytes, log2IndexBytes, usableFraction, perturbShift,
} from "../../src/objects/dict-keys.js";
import {
  newDict, newDictPresized, dictSetItem, dictGetItem, dictDelItem, dictSize, dictCopy, dictUpdate, dictPop,
  dictSetDefault, dictClear, dictEntryCount, dictEntryKey, dictSizeof, dictFromKeys, dictContains,
  dictGetItemStr, dictFromItems, dictMerge,
} from "../../src/objects/dict.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt } from "../../src/objects/int.js";
import { newRange } from "../../src/objects/range.js";
import { newList, listAppend } from "../../src/objects/list.js";
import { tupleFromAddrs } from "../../src/objects/tuple.js";
import { containers } from "../../src/objects/freelists.js";
import { binaryOp, callMethod, popArgs, pushArgs, getItem, getIter, iterNext, length, reprText, richCompareBool } from "../../src/objects/abstract.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { BinaryOp, CompareOp } from "../../src/compile/opcodes.js";

describe("keys table arithmetic", () => {
  it("sizes tables like CPython", () => {
    expect([8, 16, 32, 64, 128].map(usableFraction)).toEqual([5, 10, 21, 42, 85]);
    expect([3, 7, 8, 15, 16].map(log2IndexBytes)).toEqual([3, 7, 9, 16, 18]);
    expect(keysTableBytes(3, true)).toBe(120);
    expect(keysTableBytes(3, false)).toBe(160);
    expect(keysTableBytes(8, true)).toBe(32 + 512 + 170 * 16);
  });
  it("reproduces calculate_log2_keysize's bit trick", () => {
    // GROWTH_RATE = used * 3: 5 -> 16 slots, 10 -> 32, 21 -> 64; small minsizes give 16, 0 and 8 give 8.
    expect([0, 1, 3, 7, 8, 9, 15, 16, 18, 30, 32, 63].map((n) => 2 ** calculateLog2Keysize(n))).toEqual([8, 16, 16, 16, 8, 16, 16, 32, 32, 32, 64, 64]);
    // dict_new_presized / merge: (3n + 1) / 2, so 21 items get 64 slots.
    expect([6, 10, 11, 16, 21, 22].map((n) => 2 ** estimateLog2Keysize(n))).toEqual([16, 16, 32, 32, 64, 64]);
  });
  it("shifts a 64-bit perturb in two halves", () => {
    const h = -3550055125485641917n;
    const u = BigInt.asUintN(64, h);
    let lo = Number(u & 0xffffffffn);
    let hi = Number(u >> 32n);
    let p = u;
    for (let k = 0; k < 14; k++) {
      lo = perturbShift(lo, hi);
      hi >>>= 5;
      p >>= 5n;
      expect(lo).toBe(Number(p & 0xffffffffn));
    }
  });
});

describe("dict objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const int = (v: number) => newInt(rt, v);
  const str = (s: string) => rt.newStr(s);
  const getsizeof = (d: number) => 16 + dictSizeof(rt, d);
  /** d[k] = v, releasing the caller's new references. */
  const put = (d: number, k: number, v: number) => {
    dictSetItem(rt, d, k, v);
    rt.decref(k);
    rt.decref(v);
  };
  const keysOf = (d: number) => {
    const out: string[] = [];
    for (let i = 0; i < dictEntryCount(rt, d); i++) {
      const k = dictEntryKey(rt, d, i);
      if (k !== 0) out.push(reprText(rt, k));
    }
    return out.join(",");
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

  it("grows through CPython's getsizeof series", () => {
    const strSizes: number[] = [];
    const intSizes: number[] = [];
    const a = newDict(rt);
    const b = newDict(rt);
    for (let i = 0; i < 50; i++) {
      strSizes.push(getsizeof(a));
      intSizes.push(getsizeof(b));
      put(a, str(`k${i}`), int(i));
      put(b, int(i), int(i));
    }
    const runs = (xs: number[]) => xs.filter((x, i) => i === 0 || xs[i - 1] !== x);
    expect(runs(strSizes)).toEqual([64, 184, 272, 464, 832, 1584]);
    expect(strSizes.indexOf(272)).toBe(6);
    expect(strSizes.indexOf(464)).toBe(11);
    expect(strSizes.indexOf(832)).toBe(22);
    expect(runs(intSizes)).toEqual([64, 224, 352, 632, 1168, 2264]);
    dictClear(rt, a);
    expect(getsizeof(a)).toBe(64);
    rt.decref(a);
    rt.decref(b);
  });

  it("converts a str table to GENERAL by resizing", () => {
    const d = newDict(rt);
    put(d, str("a"), int(1));
    expect(getsizeof(d)).toBe(184);
    put(d, int(1), int(2));
    expect(getsizeof(d)).toBe(352);
    expect(reprText(rt, d)).toBe("{'a': 1, 1: 2}");
    expect(dictGetItemStr(rt, d, rt.identifier("a"))).not.toBe(0);
    rt.decref(d);
  });

  it("keeps insertion order through deletions and reuses dummies", () => {
    const d = newDict(rt);
    for (let i = 0; i < 10; i++) put(d, int(i), int(i));
    for (let i = 0; i < 10; i += 2) {
      const k = int(i);
      expect(dictDelItem(rt, d, k)).toBe(true);
      rt.decref(k);
    }
    put(d, int(100), int(1));
    put(d, int(3), str("x"));
    expect(reprText(rt, d)).toBe("{1: 1, 3: 'x', 5: 5, 7: 7, 9: 9, 100: 1}");
    expect(getsizeof(d)).toBe(352);
    rt.decref(d);
    const e = newDict(rt);
    for (const k of [0, 8, 16, 24, 1, 9]) put(e, int(k), int(k));
    for (const k of [8, 16]) {
      const o = int(k);
      dictDelItem(rt, e, o);
      rt.decref(o);
    }
    put(e, int(32), int(0));
    put(e, int(40), int(0));
    expect(keysOf(e)).toBe("0,24,1,9,32,40");
    expect(getsizeof(e)).toBe(352);
    rt.decref(e);
  });

  it("pops, popitems LIFO, setdefaults and raises KeyError(key)", () => {
    const d = newDict(rt);
    put(d, int(1), int(2));
    put(d, int(3), int(4));
    const k = int(1);
    const v = dictPop(rt, d, k, 0);
    expect(reprText(rt, v)).toBe("2");
    rt.decref(v);
    expect(errorOf(() => dictPop(rt, d, k, 0))).toBe("KeyError(1)");
    const item = callMethod(rt, d, "popitem");
    expect(reprText(rt, item)).toBe("(3, 4)");
    rt.decref(item);
    expect(errorOf(() => callMethod(rt, d, "popitem"))).toBe("KeyError('popitem(): dictionary is empty')");
    const list = newList(rt, 0);
    expect(errorOf(() => dictPop(rt, d, list, 0))).toBe("KeyError([])");
    expect(errorOf(() => dictSetItem(rt, d, list, list))).toBe("TypeError(\"unhashable type: 'list'\")");
    const dflt = str("dflt");
    expect(dictSetDefault(rt, d, k, dflt)).toBe(dflt);
    expect(dictSetDefault(rt, d, k, rt.S.None)).toBe(dflt);
    expect(errorOf(() => getItem(rt, d, rt.S.None))).toBe("KeyError(None)");
    for (const o of [d, k, list, dflt]) rt.decref(o);
  });

  it("copies, merges and builds from keys like CPython", () => {
    const r = newRange(rt, 0, 100);
    const f = dictFromKeys(rt, rt.T.dict, r, rt.S.None);
    expect(getsizeof(f)).toBe(4688);
    const c = dictCopy(rt, f);
    expect(getsizeof(c)).toBe(4688);
    expect(richCompareBool(rt, c, f, CompareOp.EQ)).toBe(true);
    // A dict of 22 with one deleted entry merged into an empty one: estimate(21) = 64 slots.
    const g = newDict(rt);
    for (let i = 0; i < 22; i++) put(g, int(i), int(i));
    const zero = int(0);
    dictDelItem(rt, g, zero);
    const h = newDict(rt);
    dictUpdate(rt, h, g);
    expect(getsizeof(h)).toBe(1168);
    const i21 = newDict(rt);
    dictMerge(rt, i21, h, 1);
    expect(dictSize(rt, i21)).toBe(21);
    for (const o of [r, f, c, g, zero, h, i21]) rt.decref(o);
  });

  it("updates from pairs with CPython's messages", () => {
    const d = newDict(rt);
    const pairs = newList(rt, 0);
    const p = tupleFromAddrs(rt, [rt.S.None, rt.S.True]);
    listAppend(rt, pairs, p);
    dictUpdate(rt, d, pairs);
    expect(reprText(rt, d)).toBe("{None: True}");
    const bad = newList(rt, 0);
    listAppend(rt, bad, rt.S.None);
    expect(errorOf(() => dictUpdate(rt, d, bad))).toBe("TypeError('cannot convert dictionary update sequence element #0 to a sequence')");
    const triple = newList(rt, 0);
    const t3 = tupleFromAddrs(rt, [rt.S.None, rt.S.None, rt.S.None]);
    listAppend(rt, triple, t3);
    expect(errorOf(() => dictUpdate(rt, d, triple))).toBe("ValueError('dictionary update sequence element #0 has length 3; 2 is required')");
    for (const o of [d, pairs, p, bad, triple, t3]) rt.decref(o);
  });

  it("presizes BUILD_MAP and unions with |", () => {
    const small = newDictPresized(rt, 5, true);
    expect(getsizeof(small)).toBe(64);
    rt.decref(small);
    expect(containers(rt).dicts[containers(rt).dictCount - 1]).toBe(small);
    const big = newDictPresized(rt, 6, false);
    expect(big).toBe(small);
    expect(getsizeof(big)).toBe(64 + 32 + 16 + 10 * 24);
    rt.decref(big);
    const keys = [str("a"), str("b"), str("c"), str("d"), str("e"), str("f")];
    const p = pushArgs(rt, 12);
    keys.forEach((k, i) => {
      rt.store(p + 16 * i, k);
      rt.store(p + 16 * i + 8, k);
    });
    const d = dictFromItems(rt, p, 16, p + 8, 16, 6);
    popArgs(rt, p);
    expect(getsizeof(d)).toBe(272);
    const e = newDict(rt);
    put(e, str("z"), int(0));
    const u = binaryOp(rt, d, e, BinaryOp.OR);
    expect(length(rt, u)).toBe(7);
    expect(dictContains(rt, u, keys[5])).toBe(true);
    for (const o of [...keys, d, e, u]) rt.decref(o);
  });

  it("iterates and views like CPython", () => {
    const d = newDict(rt);
    put(d, int(1), str("a"));
    put(d, int(2), str("b"));
    const keys = callMethod(rt, d, "keys");
    const items = callMethod(rt, d, "items");
    const values = callMethod(rt, d, "values");
    expect(reprText(rt, keys)).toBe("dict_keys([1, 2])");
    expect(reprText(rt, items)).toBe("dict_items([(1, 'a'), (2, 'b')])");
    expect(reprText(rt, values)).toBe("dict_values(['a', 'b'])");
    const rev = callMethod(rt, items, "__reversed__");
    const first = iterNext(rt, rev);
    expect(reprText(rt, first)).toBe("(2, 'b')");
    rt.decref(first);
    const it = getIter(rt, d);
    const k = iterNext(rt, it);
    rt.decref(k);
    put(d, int(3), int(3));
    expect(errorOf(() => iterNext(rt, it))).toBe("RuntimeError('dictionary changed size during iteration')");
    const s = binaryOp(rt, keys, keys, BinaryOp.AND);
    expect(reprText(rt, s)).toBe("{1, 2, 3}");
    for (const o of [d, keys, items, values, rev, it, s]) rt.decref(o);
    const empty = newDict(rt);
    expect(dictGetItem(rt, empty, rt.S.None)).toBe(0);
    expect(dictEntryCount(rt, empty)).toBe(0);
    rt.decref(empty);
  });

  it("treats keys and items views as sets", () => {
    const d = newDict(rt);
    for (let i = 1; i <= 3; i++) put(d, int(i), int(i * 10));
    const keys = callMethod(rt, d, "keys");
    const items = callMethod(rt, d, "items");
    const s = newDict(rt);
    put(s, int(2), int(0));
    put(s, int(4), int(0));
    const other = callMethod(rt, s, "keys");
    const show = (o: number) => {
      const t = reprText(rt, o);
      rt.decref(o);
      return t;
    };
    expect(show(binaryOp(rt, keys, other, BinaryOp.AND))).toBe("{2}");
    expect(show(binaryOp(rt, keys, other, BinaryOp.OR))).toBe("{1, 2, 3, 4}");
    expect(show(binaryOp(rt, keys, other, BinaryOp.SUBTRACT))).toBe("{1, 3}");
    expect(show(binaryOp(rt, keys, other, BinaryOp.XOR))).toBe("{1, 3, 4}");
    expect(richCompareBool(rt, other, keys, CompareOp.LT)).toBe(false);
    expect(show(callMethod(rt, keys, "isdisjoint", other))).toBe("False");
    const pair = tupleFromAddrs(rt, [int(2), int(20)]);
    expect(rt.slotsOf(items).contains!(rt, items, pair)).toBe(true);
    const wrong = tupleFromAddrs(rt, [int(2), int(21)]);
    expect(rt.slotsOf(items).contains!(rt, items, wrong)).toBe(false);
    const it = getIter(rt, items);
    expect(show(callMethod(rt, it, "__length_hint__"))).toBe("3");
    const first = iterNext(rt, it);
    const second = iterNext(rt, it);
    expect(second).not.toBe(first);
    rt.decref(first);
    const third = iterNext(rt, it);
    expect(third).toBe(first);
    expect(show(third)).toBe("(3, 30)");
    rt.decref(second);
    expect(iterNext(rt, it)).toBe(0);
    for (const o of [d, keys, items, s, other, pair, wrong, it]) rt.decref(o);
  });

  it("leaves no block behind", () => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
