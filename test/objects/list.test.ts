/**
 * list's pure parts against CPython 3.11 (capacities, timsort's comparison sequence), then the
 * list type on a booted object world: sizes, free list, slicing, sorting, leaks.
 */
import { describe, expect, it } from "vitest";
import { listCapacityFor, newList, listAppend, listAllocated, listSize, listItem, listExtend, listAsTuple, listInsert, listPop, listAssSlice, listFromIterable } from "../../src/objects/list.js";
import { computeMinrun, powerloop, timsort, listSort } from "../../src/objects/list-sort.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt } from "../../src/objects/int.js";
import { popArgs, pushArgs, reprText, getItem, setItem, delItem, binaryOp, richCompareBool, contains } from "../../src/objects/abstract.js";
import { newSlice } from "../../src/objects/slice.js";
import { newRange } from "../../src/objects/range.js";
import { tupleSize } from "../../src/objects/tuple.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { BinaryOp, CompareOp } from "../../src/compile/opcodes.js";

/** Capacity after each append from [] (sys.getsizeof(l) - 56) / 8, recorded with python3.11. */
const APPEND_CAPS = [0, 4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24, 32, 32, 32, 32, 32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 64, 64, 64, 64, 64, 64, 64];

describe("list growth", () => {
  it("follows list_resize for appends", () => {
    let size = 0;
    let alloc = 0;
    const caps: number[] = [];
    for (let i = 0; i < APPEND_CAPS.length; i++) {
      caps.push(alloc);
      const n = size + 1;
      if (!(alloc >= n && n >= alloc >> 1)) alloc = listCapacityFor(size, n);
      size = n;
    }
    expect(caps).toEqual(APPEND_CAPS);
  });
  it("does not over-allocate a big jump and frees at 0", () => {
    expect(listCapacityFor(0, 10)).toBe(12);
    expect(listCapacityFor(3, 100)).toBe(100);
    expect(listCapacityFor(5, 0)).toBe(0);
    expect(listCapacityFor(100, 49)).toBe(60);
  });
});

describe("timsort", () => {
  it("computes minrun and powers like CPython", () => {
    expect([1, 63, 64, 65, 100, 1000, 3000, 2 ** 20].map(computeMinrun)).toEqual([1, 63, 32, 33, 50, 63, 47, 32]);
    expect(powerloop(0, 32, 32, 100)).toBe(2);
    expect(powerloop(0, 50, 50, 100)).toBe(1);
  });

  /** [n, comparisons, hash of the (i, j) comparison sequence, hash of the result order] per case. */
  const CPYTHON = [
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [0, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [1, 0, 0, 0],
  [2, 1, 7, 1],
  [2, 1, 1, 131],
  [2, 1, 7, 1],
  [2, 1, 1, 131],
  [2, 1, 7, 1],
  [2, 1, 1, 131],
  [2, 1, 7, 131],
  [2, 1, 1, 1],
  [2, 1, 7, 1],
  [2, 1, 1, 131],
  [2, 1, 7, 1],
  [2, 1, 1, 1],
  [2, 1, 7, 1],
  [2, 1, 1, 131],
  [3, 2, 232, 34453],
  [3, 2, 280, 133],
  [3, 4, 223431, 34323],
  [3, 4, 269113, 17163],
  [3, 2, 232, 133],
  [3, 2, 280, 34453],
  [3, 2, 232, 34453],
  [3, 2, 280, 133],
  [3, 2, 232, 133],
  [3, 2, 280, 34453],
  [3, 2, 232, 133],
  [3, 2, 280, 133],
  [3, 2, 232, 133],
  [3, 2, 280, 34453],
  [5, 9, 659899312, 892526450],
  [5, 7, 691247229, 294534770],
  [5, 9, 802843991, 303544030],
  [5, 7, 682907703, 4547800],
  [5, 4, 223696, 2282810],
  [5, 4, 761392, 184778403],
  [5, 4, 223696, 184778403],
  [5, 4, 761392, 2282810],
  [5, 4, 223696, 2282810],
  [5, 4, 761392, 184778403],
  [5, 4, 223696, 2282810],
  [5, 4, 761392, 2282810],
  [5, 7, 663880485, 6761960],
  [5, 8, 428695668, 598009760],
  [10, 22, 125757152, 504256407],
  [10, 23, 120282656, 174280588],
  [10, 23, 871622440, 945605340],
  [10, 22, 841498306, 816293259],
  [10, 9, 263989643, 639821130],
  [10, 9, 828751787, 950895831],
  [10, 9, 263989643, 950895831],
  [10, 9, 828751787, 639821130],
  [10, 13, 979446919, 545290268],
  [10, 26, 911084665, 774149512],
  [10, 9, 263989643, 639821130],
  [10, 23, 108245687, 983409552],
  [10, 21, 11158161, 280523512],
  [10, 23, 910451753, 834335175],
  [33, 125, 693938641, 387648765],
  [33, 123, 797604147, 961616664],
  [33, 125, 627669027, 797850450],
  [33, 120, 849667130, 356058746],
  [33, 32, 711015303, 582601690],
  [33, 32, 319248715, 40412805],
  [33, 32, 711015303, 40412805],
  [33, 32, 319248715, 582601690],
  [33, 32, 711015303, 582601690],
  [33, 32, 319248715, 40412805],
  [33, 32, 711015303, 582601690],
  [33, 124, 508428027, 120967898],
  [33, 122, 733716626, 372564082],
  [33, 129, 946099205, 317425623],
  [64, 303, 995061184, 399500212],
  [64, 301, 579869977, 445252332],
  [64, 295, 707007152, 638594209],
  [64, 293, 790505146, 575868454],
  [64, 63, 508795780, 343418834],
  [64, 63, 504930804, 256815974],
  [64, 63, 508795780, 256815974],
  [64, 63, 504930804, 343418834],
  [64, 87, 563717431, 163266276],
  [64, 101, 934349268, 156524218],
  [64, 63, 508795780, 343418834],
  [64, 271, 375839325, 619184775],
  [64, 303, 119222449, 435845571],
  [64, 309, 332281892, 323343235],
  [65, 303, 191143484, 333677180],
  [65, 307, 754671707, 39252507],
  [65, 303, 428837357, 883555586],
  [65, 293, 755951378, 360113532],
  [65, 64, 772669586, 987867010],
  [65, 64, 72307576, 65602824],
  [65, 64, 772669586, 65602824],
  [65, 64, 72307576, 987867010],
  [65, 188, 482426418, 277075418],
  [65, 263, 348069996, 767071363],
  [65, 64, 772669586, 987867010],
  [65, 274, 119919660, 350306752],
  [65, 305, 45277997, 203926397],
  [65, 312, 600840339, 791200328],
  [100, 529, 254960977, 422542428],
  [100, 539, 610104824, 692318302],
  [100, 488, 61180840, 364373933],
  [100, 493, 685598486, 704203412],
  [100, 99, 690970633, 926242213],
  [100, 99, 857023655, 810965564],
  [100, 99, 690970633, 810965564],
  [100, 99, 857023655, 926242213],
  [100, 378, 890473618, 370120715],
  [100, 343, 951479950, 467241807],
  [100, 99, 690970633, 926242213],
  [100, 473, 169616328, 849874438],
  [100, 531, 588251916, 996002142],
  [100, 537, 130189184, 516384566],
  [257, 1740, 420138290, 210214771],
  [257, 1733, 408783242, 405732817],
  [257, 1408, 228598536, 821772394],
  [257, 1409, 979862171, 817833300],
  [257, 256, 523309789, 3751060],
  [257, 256, 596678317, 831590664],
  [257, 256, 523309789, 831590664],
  [257, 256, 596678317, 3751060],
  [257, 468, 530103743, 598963009],
  [257, 587, 56081584, 959305419],
  [257, 256, 523309789, 3751060],
  [257, 1126, 896883473, 124817716],
  [257, 1728, 94134795, 362537051],
  [257, 1726, 519096698, 606313720],
  [1000, 8669, 983133544, 421117091],
  [1000, 8642, 12632841, 564402898],
  [1000, 5837, 445276496, 874552879],
  [1000, 5848, 808450099, 42073143],
  [1000, 999, 443514608, 437450723],
  [1000, 999, 304767699, 288546610],
  [1000, 999, 443514608, 288546610],
  [1000, 999, 304767699, 437450723],
  [1000, 4123, 154542090, 794387067],
  [1000, 4642, 106083955, 242115328],
  [1000, 999, 443514608, 437450723],
  [1000, 4996, 342344073, 305416193],
  [1000, 8660, 210636857, 54792456],
  [1000, 8623, 499959466, 108066639],
  [3000, 30672, 605832723, 161921226],
  [3000, 30714, 62531345, 177761706],
  [3000, 17632, 492084103, 53855292],
  [3000, 17716, 11408911, 855204458],
  [3000, 2999, 639517151, 613455800],
  [3000, 2999, 110193853, 406613031],
  [3000, 2999, 639517151, 406613031],
  [3000, 2999, 110193853, 613455800],
  [3000, 16049, 587111245, 927061529],
  [3000, 16731, 265049299, 565807109],
  [3000, 2999, 639517151, 613455800],
  [3000, 14330, 654733468, 143529513],
  [3000, 28952, 908723178, 260724747],
  [3000, 29047, 889925195, 881017146]
  ];

  let seed = 12345;
  const rnd = () => {
    seed = Number((BigInt(seed) * 1103515245n + 12345n) % 2147483648n);
    return seed;
  };
  function run(vals: number[], reverse: boolean): number[] {
    const n = vals.length;
    const keys = new Int32Array(n);
    for (let i = 0; i < n; i++) keys[i] = i;
    let count = 0;
    let h = 0;
    const lt = (a: number, b: number) => {
      count++;
      h = (h * 31 + a * 7 + b) % 1000000007;
      return vals[a] < vals[b];
    };
    if (reverse) keys.reverse();
    timsort(lt, keys, null, n);
    if (reverse) keys.reverse();
    let p = 0;
    for (let i = 0; i < n; i++) p = (p * 131 + keys[i]) % 1000000007;
    return [n, count, h, p];
  }
  it("makes CPython's comparisons in CPython's order", () => {
    const got: number[][] = [];
    for (const n of [0, 1, 2, 3, 5, 10, 33, 64, 65, 100, 257, 1000, 3000]) {
      const cases: number[][] = [];
      cases.push(Array.from({ length: n }, () => rnd() % 1000));
      cases.push(Array.from({ length: n }, () => rnd() % 5));
      cases.push(Array.from({ length: n }, (_, i) => i));
      cases.push(Array.from({ length: n }, (_, i) => n - i));
      const v: number[] = [];
      while (v.length < n) {
        const k = (rnd() % 50) + 1;
        const base = rnd() % 1000;
        for (let j = 0; j < k; j++) v.push(base + j);
      }
      cases.push(v.slice(0, n));
      cases.push(Array.from({ length: n }, (_, i) => Math.floor(i / 7)));
      cases.push(Array.from({ length: n }, (_, i) => (i * 37) % 101));
      for (const c of cases) {
        got.push(run(c, false));
        got.push(run(c, true));
      }
    }
    expect(got).toEqual(CPYTHON);
  });
  it("leaves a permutation when a comparison throws", () => {
    const n = 300;
    const vals = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const keys = Int32Array.from(vals);
    let calls = 0;
    expect(() =>
      timsort((a, b) => {
        if (++calls === 1500) throw new Error("stop");
        return a < b;
      }, keys, null, n),
    ).toThrow("stop");
    expect(Array.from(keys).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});

describe("list objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const int = (v: number) => newInt(rt, v);
  const sizeof = (l: number) => 16 + rt.slotsOf(l).sizeof!(rt, l);
  const reprOf = (o: number) => {
    const t = reprText(rt, o);
    rt.decref(o);
    return t;
  };
  const listOf = (...vals: number[]) => {
    const l = newList(rt, 0);
    for (const v of vals) {
      const o = int(v);
      listAppend(rt, l, o);
      rt.decref(o);
    }
    return l;
  };
  const errorOf = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      const exc = rt.fetchException();
      const text = `${rt.typeName(exc)}: ${reprText(rt, exc)}`;
      rt.decref(exc);
      return text;
    }
    return "no error";
  };

  it("has CPython's sizes", () => {
    const l = newList(rt, 0);
    expect(sizeof(l)).toBe(56);
    const sizes: number[] = [];
    for (let i = 0; i < 21; i++) {
      sizes.push(sizeof(l));
      const o = int(i);
      listAppend(rt, l, o);
      rt.decref(o);
    }
    expect(sizes).toEqual([56, 88, 88, 88, 88, 120, 120, 120, 120, 184, 184, 184, 184, 184, 184, 184, 184, 248, 248, 248, 248]);
    rt.decref(l);
    const r = newRange(rt, 0, 10);
    const copy = listFromIterable(rt, r);
    expect(sizeof(copy)).toBe(136);
    rt.decref(copy);
    const exact = newList(rt, 0);
    const p = pushArgs(rt, 1);
    rt.store(p, r);
    rt.slotsOf(exact).init!(rt, exact, p, 1, 0);
    popArgs(rt, p);
    expect(sizeof(exact)).toBe(136);
    rt.decref(exact);
    rt.decref(r);
  });

  it("reuses freed headers (free list of 80)", () => {
    const a = newList(rt, 0);
    rt.decref(a);
    const b = newList(rt, 3);
    expect(b).toBe(a);
    expect(listSize(rt, b)).toBe(3);
    expect(listAllocated(rt, b)).toBe(3);
    rt.decref(b);
  });

  it("slices, assigns and deletes like CPython", () => {
    const l = listOf(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    const s = newSlice(rt, rt.S.None, rt.S.None, int(-3));
    expect(reprOf(getItem(rt, l, s))).toBe("[9, 6, 3, 0]");
    const ins = listOf(7, 8, 9);
    listAssSlice(rt, l, 1, 2, ins);
    expect(reprText(rt, l)).toBe("[0, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9]");
    delItem(rt, l, s);
    expect(reprText(rt, l)).toBe("[0, 7, 9, 2, 4, 5, 7, 8]");
    const two = listOf(1, 2);
    expect(errorOf(() => setItem(rt, l, s, two))).toBe("ValueError: ValueError('attempt to assign sequence of size 2 to extended slice of size 3')");
    expect(errorOf(() => getItem(rt, l, int(100)))).toBe("IndexError: IndexError('list index out of range')");
    const minus100 = int(-100);
    expect(errorOf(() => setItem(rt, l, minus100, two))).toBe("IndexError: IndexError('list assignment index out of range')");
    const empty = newList(rt, 0);
    expect(errorOf(() => listPop(rt, empty, -1))).toBe("IndexError: IndexError('pop from empty list')");
    for (const o of [l, s, ins, two, minus100, empty]) rt.decref(o);
  });

  it("concatenates, repeats and compares", () => {
    const a = listOf(1, 2);
    const b = listOf(3);
    expect(reprOf(binaryOp(rt, a, b, BinaryOp.ADD))).toBe("[1, 2, 3]");
    expect(reprOf(binaryOp(rt, a, int(3), BinaryOp.MULTIPLY))).toBe("[1, 2, 1, 2, 1, 2]");
    expect(errorOf(() => binaryOp(rt, a, int(1), BinaryOp.ADD))).toBe(`TypeError: TypeError('can only concatenate list (not "int") to list')`);
    expect(richCompareBool(rt, a, b, CompareOp.LT)).toBe(true);
    expect(contains(rt, a, int(2))).toBe(true);
    const t = listAsTuple(rt, a);
    expect(tupleSize(rt, t)).toBe(2);
    rt.decref(t);
    listExtend(rt, a, a);
    expect(reprText(rt, a)).toBe("[1, 2, 1, 2]");
    listInsert(rt, a, -1, b);
    expect(reprText(rt, a)).toBe("[1, 2, 1, [3], 2]");
    rt.decref(a);
    rt.decref(b);
  });

  it("sorts stably, in reverse, and with a key", () => {
    const l = listOf(5, 3, 8, 1, 3, 9, 0);
    listSort(rt, l, 0, false);
    expect(reprText(rt, l)).toBe("[0, 1, 3, 3, 5, 8, 9]");
    listSort(rt, l, 0, true);
    expect(reprText(rt, l)).toBe("[9, 8, 5, 3, 3, 1, 0]");
    expect(listItem(rt, l, 3)).not.toBe(0);
    rt.decref(l);
  });

  it("leaves no block behind", () => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
