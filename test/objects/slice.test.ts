/**
 * slice against CPython 3.11: PySlice_Unpack + PySlice_AdjustIndices over a grid of bounds,
 * steps and lengths (checksummed from python3.11's slice.indices), the int-object version for
 * huge lengths, the one-element slice cache, repr, comparison and errors.
 */
import { describe, expect, it } from "vitest";
import { SSIZE_MAX, SSIZE_MIN, sliceAdjust, sliceOut, newSlice, sliceIndices, sliceLongIndices } from "../../src/objects/slice.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { newInt, newIntFromBigInt } from "../../src/objects/int.js";
import { callMethod, reprText, richCompareBool } from "../../src/objects/abstract.js";
import { containers } from "../../src/objects/freelists.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { CompareOp } from "../../src/compile/opcodes.js";

describe("index arithmetic", () => {
  it("matches slice.indices() over a grid", () => {
    const vals: Array<number | null> = [null, -12, -5, -1, 0, 1, 3, 7, 20];
    const steps: Array<number | null> = [null, -3, -1, 1, 2, 5];
    let h = 0;
    let n = 0;
    for (const len of [0, 1, 5, 10]) {
      for (const a of vals) {
        for (const b of vals) {
          for (const c of steps) {
            const step = c ?? 1;
            sliceOut[0] = a ?? (step < 0 ? SSIZE_MAX : 0);
            sliceOut[1] = b ?? (step < 0 ? SSIZE_MIN : SSIZE_MAX);
            sliceOut[2] = step;
            const count = sliceAdjust(len);
            for (const x of [sliceOut[0], sliceOut[1], sliceOut[2], count]) h = (h * 1000003 + (x + 100)) % 2147483647;
            n++;
          }
        }
      }
    }
    expect(n).toBe(1944);
    expect(h).toBe(1155228016);
  });
});

describe("slice objects", () => {
  const rt = new Runtime();
  bootstrap(rt);
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

  it("prints, compares and is cached", () => {
    const s = newSlice(rt, 0, newInt(rt, 1), 0);
    expect(reprText(rt, s)).toBe("slice(None, 1, None)");
    const t = newSlice(rt, 0, newInt(rt, 1), 0);
    expect(richCompareBool(rt, s, t, CompareOp.EQ)).toBe(true);
    rt.decref(t);
    expect(containers(rt).slice).toBe(t);
    const u = newSlice(rt, newInt(rt, 2), 0, 0);
    expect(u).toBe(t);
    expect(containers(rt).slice).toBe(0);
    expect(richCompareBool(rt, s, u, CompareOp.EQ)).toBe(false);
    expect(errorOf(() => richCompareBool(rt, s, u, CompareOp.LT))).toBe(`TypeError("'<' not supported between instances of 'NoneType' and 'int'")`);
    expect(rt.slotsOf(s).unhashable).toBe(true);
    rt.decref(s);
    rt.decref(u);
  });

  it("computes indices for huge lengths with ints", () => {
    const r = newSlice(rt, 0, 0, newInt(rt, -1));
    const len = newIntFromBigInt(rt, 2n ** 100n);
    expect(show(callMethod(rt, r, "indices", len))).toBe("(1267650600228229401496703205375, -1, -1)");
    const lo = newIntFromBigInt(rt, -(2n ** 70n));
    const hi = newIntFromBigInt(rt, 2n ** 80n);
    const big = newSlice(rt, lo, hi, newInt(rt, 3));
    rt.decref(lo);
    rt.decref(hi);
    const len64 = newIntFromBigInt(rt, 2n ** 64n);
    expect(show(callMethod(rt, big, "indices", len64))).toBe("(0, 18446744073709551616, 3)");
    const out = new Int32Array(3);
    sliceLongIndices(rt, big, len64, out);
    expect(reprText(rt, out[1])).toBe("18446744073709551616");
    for (const o of out) rt.decref(o);
    expect(sliceIndices(rt, big, 10)).toBe(4);
    expect([sliceOut[0], sliceOut[1], sliceOut[2]]).toEqual([0, 10, 3]);
    const zero = newSlice(rt, 0, 0, newInt(rt, 0));
    expect(errorOf(() => sliceIndices(rt, zero, 5))).toBe("ValueError('slice step cannot be zero')");
    const bad = newSlice(rt, rt.S.Ellipsis, 0, 0);
    expect(errorOf(() => sliceIndices(rt, bad, 5))).toBe("TypeError('slice indices must be integers or None or have an __index__ method')");
    const minus = newInt(rt, -1);
    expect(errorOf(() => callMethod(rt, r, "indices", minus))).toBe("ValueError('length should not be negative')");
    for (const o of [r, len, big, len64, zero, bad, minus]) rt.decref(o);
  });

  it("leaves no block behind", () => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });
});
