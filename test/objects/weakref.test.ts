/**
 * Weak reference lists (src/objects/weakref.ts) at the object layer: CPython's list order
 * (shared ref, shared proxy, then the others newest first), the primitives the cycle
 * collector uses, clearing on dealloc, and no leaked blocks. Python-level behaviour
 * (callbacks, proxies, the weak containers) is covered by test/programs/weakref/.
 */
import { describe, expect, it } from "vitest";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap } from "../../src/objects/bootstrap.js";
import { newSet } from "../../src/objects/set.js";
import { newTuple } from "../../src/objects/tuple.js";
import {
  clearWeakref, newProxy, newWeakref, weakrefCallback, weakrefCount, weakrefListHead, weakrefNext, weakrefObject,
} from "../../src/objects/weakref.js";

describe("weak reference lists", () => {
  const rt = new Runtime();
  bootstrap(rt);
  const list = (o: number) => {
    const out: number[] = [];
    for (let wr = weakrefListHead(rt, o); wr !== 0; wr = weakrefNext(rt, wr)) out.push(wr);
    return out;
  };

  it("keeps the shared ref and proxy first, then the others newest first", () => {
    const before = rt.heap.allocatedBlocks();
    const s = newSet(rt);
    const cb1 = newSet(rt);
    const cb2 = newSet(rt);
    const withCb1 = newWeakref(rt, rt.T.weakref_ref, s, cb1);
    const plain = newWeakref(rt, rt.T.weakref_ref, s, 0);
    const proxy = newProxy(rt, s, 0);
    const withCb2 = newWeakref(rt, rt.T.weakref_ref, s, cb2);
    expect(newWeakref(rt, rt.T.weakref_ref, s, rt.S.None)).toBe(plain);
    rt.decref(plain);
    expect(newProxy(rt, s, 0)).toBe(proxy);
    rt.decref(proxy);
    expect(list(s)).toEqual([plain, proxy, withCb2, withCb1]);
    expect(weakrefCount(rt, s)).toBe(4);
    expect(weakrefObject(rt, withCb1)).toBe(s);
    expect(weakrefCallback(rt, withCb1)).toBe(cb1);

    // The collector's primitive: unlink and kill, leaving the callback in place.
    clearWeakref(rt, withCb2);
    expect(list(s)).toEqual([plain, proxy, withCb1]);
    expect(weakrefObject(rt, withCb2)).toBe(rt.S.None);
    expect(weakrefCallback(rt, withCb2)).toBe(cb2);

    // A dying weak reference leaves the list; the referent's death kills the rest.
    rt.decref(withCb2);
    rt.decref(proxy);
    expect(list(s)).toEqual([plain, withCb1]);
    rt.decref(withCb1);
    expect(list(s)).toEqual([plain]);
    rt.decref(s);
    expect(weakrefObject(rt, plain)).toBe(rt.S.None);
    rt.decref(plain);
    rt.decref(cb1);
    rt.decref(cb2);
    expect(rt.heap.allocatedBlocks()).toBe(before);
  });

  it("refuses objects whose type has no weak reference list", () => {
    const t = newTuple(rt, 0);
    expect(() => newWeakref(rt, rt.T.weakref_ref, t, 0)).toThrow();
    expect(rt.exceptionMatches(rt.E.TypeError)).toBe(true);
    rt.setException(0);
    expect(weakrefListHead(rt, t)).toBe(0);
    rt.decref(t);
  });
});
