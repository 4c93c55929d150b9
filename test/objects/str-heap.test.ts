/**
 * str, bytes and bytearray objects in a bootstrapped Runtime (no VM): their layout and sizes,
 * the static singletons, hashing and equality across construction routes, in-place append,
 * interning and identifiers, bytearray's growth, and that every test leaves no heap block
 * behind.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { STATIC_REFCNT } from "../../src/objects/layout.js";
import {
  hashText, isExactStr, newStr, strAppend, strCompare, strConcat, strEquals, strEqualsText, strHash, strIdentifier, strIntern,
  strInternObject, strLength, strRepeat, strSubstring, strToJs, StrBuilder,
} from "../../src/objects/str.js";
import { strConcatIntoLocal } from "../../src/objects/str-object.js";
import { Kind, copyBytes, copyChars, readChar, strAlloc, strData, strSizeof, strKind } from "../../src/objects/str-layout.js";
import { strRepr } from "../../src/objects/str-repr.js";
import { bytesData, bytesHash, bytesSize, newBytes, newBytesFromHeap } from "../../src/objects/bytes.js";
import { byteArrayAppendArray, byteArraySetSlice, newByteArrayFromHeap } from "../../src/objects/bytearray.js";
import { decodeBytes, encodeStr } from "../../src/objects/codecs.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { clearAllFreeLists } from "../../src/objects/freelists.js";

let rt: Runtime;
let baseline: number;

beforeEach(() => {
  rt = new Runtime({});
  bootstrap(rt);
  clearAllFreeLists(rt);
  baseline = rt.heap.allocatedBlocks();
});

afterEach(() => {
  // Free lists (tuples of raised exceptions' args, ...) keep blocks on purpose; empty them first.
  clearAllFreeLists(rt);
  expect(rt.heap.allocatedBlocks()).toBe(baseline);
});

/** Run f with a new reference and release it. */
function withStr<T>(text: string, f: (o: number) => T): T {
  const o = newStr(rt, text);
  try {
    return f(o);
  } finally {
    rt.decref(o);
  }
}

describe("str layout", () => {
  test.each([
    ["", 49], ["a", 50], ["ab", 51], ["a".repeat(100), 149], ["é", 74], ["éé", 75], ["€", 76], ["€€", 78], ["😀", 80], ["😀😀", 84],
  ] as const)("getsizeof(%j) - 0 (not a GC type) = %i", (text, size) => {
    withStr(text, (o) => expect(strSizeof(rt, o)).toBe(size));
  });

  test("kinds and lengths in code points", () => {
    withStr("abc", (o) => expect([strKind(rt, o), strLength(rt, o)]).toEqual([1, 3]));
    withStr("abé", (o) => expect([strKind(rt, o), strLength(rt, o)]).toEqual([1, 3]));
    withStr("a€", (o) => expect([strKind(rt, o), strLength(rt, o)]).toEqual([2, 2]));
    withStr("a😀b", (o) => expect([strKind(rt, o), strLength(rt, o), strToJs(rt, o)]).toEqual([4, 3, "a😀b"]));
    withStr("\ud800x", (o) => expect([strKind(rt, o), strLength(rt, o), strToJs(rt, o)]).toEqual([2, 2, "\ud800x"]));
  });

  test("the empty and one-character Latin-1 strs are static singletons", () => {
    expect(newStr(rt, "")).toBe(rt.S.emptyStr);
    expect(newStr(rt, "A")).toBe(rt.S.latin1[65]);
    expect(newStr(rt, "ÿ")).toBe(rt.S.latin1[255]);
    expect(rt.refcount(rt.S.latin1[65])).toBe(STATIC_REFCNT + 1);
    rt.decref(rt.S.emptyStr);
    rt.decref(rt.S.latin1[65]);
    rt.decref(rt.S.latin1[255]);
    withStr("Ā", (o) => expect(o).not.toBe(rt.S.latin1[0]));
  });

  test("long texts round-trip", () => {
    const text = "x€😀é".repeat(5000);
    withStr(text, (o) => {
      expect(strLength(rt, o)).toBe(20000);
      expect(strToJs(rt, o)).toBe(text);
    });
  });
});

describe("hash, equality, order", () => {
  test("hashes agree across kinds of construction and with hashText", () => {
    for (const text of ["", "a", "spam", "é", "€uro", "😀!", "x".repeat(300)]) {
      withStr(text, (o) => {
        expect(strHash(rt, o)).toBe(hashText(text));
        expect(strHash(rt, o)).toBe(strHash(rt, o));
      });
    }
    const b = new StrBuilder();
    b.appendText("sp");
    b.appendText("am");
    const s = b.finish(rt);
    withStr("spam", (o) => {
      expect(strHash(rt, s)).toBe(strHash(rt, o));
      expect(strEquals(rt, s, o)).toBe(true);
    });
    rt.decref(s);
  });

  test("equality and code-point order", () => {
    withStr("abc", (a) =>
      withStr("abd", (b) => {
        expect(strEquals(rt, a, b)).toBe(false);
        expect(strCompare(rt, a, b)).toBeLessThan(0);
        expect(strEqualsText(rt, a, "abc")).toBe(true);
        expect(strEqualsText(rt, a, "ab")).toBe(false);
      }),
    );
    withStr("é", (a) => withStr("😀", (b) => expect(strCompare(rt, b, a)).toBeGreaterThan(0)));
    withStr("a😀", (a) => expect(strEqualsText(rt, a, "a😀")).toBe(true));
  });

  test("repr", () => {
    withStr("it's\n€\u200b", (o) => {
      const r = strRepr(rt, o);
      expect(strToJs(rt, r)).toBe("\"it's\\n€\\u200b\"");
      rt.decref(r);
    });
  });
});

describe("making strs from strs", () => {
  test("substring, concat, repeat", () => {
    withStr("héllo wörld", (s) => {
      expect(strSubstring(rt, s, 0, strLength(rt, s))).toBe(s);
      rt.decref(s);
      const w = strSubstring(rt, s, 6, 11);
      expect([strToJs(rt, w), strKind(rt, w), strSizeof(rt, w)]).toEqual(["wörld", 1, 72 + 6]);
      const h = strSubstring(rt, s, 0, 1);
      expect(h).toBe(rt.S.latin1[104]);
      const c = strConcat(rt, h, w);
      expect(strToJs(rt, c)).toBe("hwörld");
      const r = strRepeat(rt, w, 3);
      expect(strToJs(rt, r)).toBe("wörldwörldwörld");
      for (const o of [w, h, c, r]) rt.decref(o);
    });
  });

  test("an ASCII slice of a Latin-1 str is ASCII again", () => {
    withStr("abcé", (s) => {
      const a = strSubstring(rt, s, 0, 3);
      expect(strSizeof(rt, a)).toBe(48 + 4);
      rt.decref(a);
    });
  });

  test("append resizes a uniquely held str in place", () => {
    let s = newStr(rt, "ab");
    const first = s;
    s = strAppend(rt, s, rt.S.latin1[99]);
    expect([s, strToJs(rt, s)]).toEqual([first, "abc"]);
    const e = newStr(rt, "é");
    s = strAppend(rt, s, e); // ascii += latin1: a copy
    expect(strToJs(rt, s)).toBe("abcé");
    rt.decref(e);
    rt.incref(s);
    const t = strAppend(rt, s, rt.S.latin1[33]); // shared: a copy
    expect([t === s, strToJs(rt, s), strToJs(rt, t)]).toEqual([false, "abcé", "abcé!"]);
    rt.decref(s);
    rt.decref(t);
  });
});

describe("s += t into a local (the eval loop's BINARY_OP + STORE_FAST)", () => {
  /**
   * A local's word holding `left` (the local's reference) while the value stack holds another
   * (taken here), as when BINARY_OP runs; returns [slot, stack reference].
   */
  function localAndStack(left: number): number {
    const slot = rt.mem(8);
    rt.store(slot, left);
    rt.incref(left); // the stack's reference
    return slot;
  }

  /** The local's value after `local += right`, with the slot freed; the caller owns the result. */
  function concatInto(left: number, right: number): number {
    const slot = localAndStack(left);
    strConcatIntoLocal(rt, slot, right);
    const r = rt.load(slot);
    rt.heap.free(slot);
    return r;
  }

  test("an unshared str grows in place: the same object, one reference", () => {
    const left = newStr(rt, "ab");
    const right = newStr(rt, "cd");
    const r = concatInto(left, right);
    expect([r, strToJs(rt, r), rt.refcount(r), rt.refcount(right)]).toEqual([left, "abcd", 1, 1]);
    rt.decref(r);
    rt.decref(right);
  });

  test("growing past the block's size class moves the str and keeps its characters", () => {
    const left = newStr(rt, "x".repeat(40));
    const right = newStr(rt, "y".repeat(200));
    const r = concatInto(left, right);
    expect([strToJs(rt, r), rt.refcount(r), strSizeof(rt, r)]).toEqual(["x".repeat(40) + "y".repeat(200), 1, 48 + 241]);
    rt.decref(r);
    rt.decref(right);
  });

  test("a str referenced elsewhere is not changed: a new str, both of the caller's references released", () => {
    const left = newStr(rt, "ab");
    rt.incref(left); // someone else's
    const right = newStr(rt, "cd");
    const r = concatInto(left, right);
    expect([r === left, strToJs(rt, left), rt.refcount(left), strToJs(rt, r), rt.refcount(r)]).toEqual([false, "ab", 1, "abcd", 1]);
    rt.decref(left);
    rt.decref(r);
    rt.decref(right);
  });

  test.each([
    ["a hashed str", (s: number): void => void strHash(rt, s), "ab", "cd"],
    ["an interned str", (s: number): void => rt.decref(strInternObject(rt, s)), "ab", "cd"],
    ["ASCII += Latin-1 (a wider kind)", (): void => undefined, "ab", "é"],
    ["Latin-1 += UCS2", (): void => undefined, "é", "€"],
  ] as const)("%s is copied", (_name, prepare, a, b) => {
    const left = newStr(rt, a);
    prepare(left);
    const right = newStr(rt, b);
    const r = concatInto(left, right);
    expect([r === left, strToJs(rt, r), rt.refcount(r)]).toEqual([false, a + b, 1]);
    rt.decref(r);
    rt.decref(right);
  });

  test("UCS2 += ASCII stays in place (in the same size class) and UCS2", () => {
    const left = newStr(rt, "€€€€€"); // 72 + 2 * 6 bytes: the 96-byte class, as with 2 * 8
    const right = newStr(rt, "ab");
    const r = concatInto(left, right);
    expect([r, strToJs(rt, r), strKind(rt, r)]).toEqual([left, "€€€€€ab", 2]);
    rt.decref(r);
    rt.decref(right);
  });

  test("'' += t is t itself; s += '' is s itself", () => {
    const right = newStr(rt, "cd");
    const r = concatInto(rt.S.emptyStr, right);
    expect([r, rt.refcount(right)]).toEqual([right, 2]);
    rt.decref(r);
    const left = newStr(rt, "ab");
    const r2 = concatInto(left, rt.S.emptyStr);
    expect([r2, rt.refcount(left)]).toEqual([left, 1]);
    rt.decref(r2);
    rt.decref(right);
  });

  test("s += s reads the right operand before the block moves", () => {
    const left = newStr(rt, "abc".repeat(20));
    const slot = localAndStack(left);
    rt.incref(left); // the right operand's stack reference: left is shared, so it is copied
    strConcatIntoLocal(rt, slot, left);
    const r = rt.load(slot);
    rt.heap.free(slot);
    expect([strToJs(rt, r), rt.refcount(left)]).toEqual(["abc".repeat(40), 1]);
    rt.decref(r);
    rt.decref(left);
  });
});

describe("copying characters between kinds", () => {
  const samples: Record<number, number[]> = { 1: [0x61, 0xe9, 0x7a], 2: [0x61, 0x20ac, 0xe9], 4: [0x61, 0x1f600, 0x20ac] };
  const maxOf: Record<number, number> = { 1: 0xff, 2: 0xffff, 4: 0x10ffff };
  const kinds = [Kind.UCS1, Kind.UCS2, Kind.UCS4];
  test.each(kinds.flatMap((from) => kinds.filter((to) => to >= from || from !== Kind.UCS1).map((to) => [from, to] as const)))("kind %i to kind %i", (from, to) => {
    // Narrowing copies only code points the narrower kind holds.
    const points = samples[from].map((c) => (c > maxOf[to] ? 0x62 : c));
    const src = strAlloc(rt, 3, maxOf[from]);
    const dst = strAlloc(rt, 5, maxOf[to]);
    points.forEach((c, i) => {
      const d = strData(rt, src);
      if (from === 1) rt.u8[d + i] = c;
      else if (from === 2) rt.u16[(d >> 1) + i] = c;
      else rt.u32[(d >> 2) + i] = c;
    });
    copyChars(rt, strData(rt, dst), to, 1, strData(rt, src), from, 0, 3);
    expect([1, 2, 3].map((i) => readChar(rt, strData(rt, dst), to, i))).toEqual(points);
    rt.decref(src);
    rt.decref(dst);
  });

  test.each([5, 47, 48, 49, 200])("copyBytes moves %i overlapping bytes either way", (n) => {
    const block = rt.mem(2 * n + 8);
    const fill = () => { for (let i = 0; i < 2 * n + 8; i++) rt.u8[block + i] = i & 0xff; };
    fill();
    copyBytes(rt, block + 3, block, n);
    expect(Array.from(rt.u8.subarray(block + 3, block + 3 + n))).toEqual(Array.from({ length: n }, (_, i) => i & 0xff));
    fill();
    copyBytes(rt, block, block + 3, n);
    expect(Array.from(rt.u8.subarray(block, block + n))).toEqual(Array.from({ length: n }, (_, i) => (i + 3) & 0xff));
    rt.heap.free(block);
  });
});

describe("interning", () => {
  test("intern gives one object per text; mortal ones leave the table when freed", () => {
    const a = strIntern(rt, "spam_eggs");
    const b = strIntern(rt, "spam_eggs");
    expect(a).toBe(b);
    expect(rt.refcount(a)).toBe(2);
    rt.decref(a);
    rt.decref(b);
    expect(rt.interned.has("spam_eggs")).toBe(false);
  });

  test("sys.intern semantics for an existing object", () => {
    const x = newStr(rt, "dynamic text");
    const i1 = strInternObject(rt, x);
    expect(i1).toBe(x);
    const y = newStr(rt, "dynamic text");
    const i2 = strInternObject(rt, y);
    expect(i2).toBe(x);
    for (const o of [x, i1, y, i2]) rt.decref(o);
    expect(rt.interned.has("dynamic text")).toBe(false);
    expect(() => strInternObject(rt, rt.S.None)).toThrow();
    rt.setException(0);
  });

  test("identifiers are interned, static-counted and freed at shutdown", () => {
    const before = rt.heap.allocatedBlocks();
    const id = strIdentifier(rt, "__glasspy_test__");
    expect(strIdentifier(rt, "__glasspy_test__")).toBe(id);
    expect(rt.refcount(id)).toBe(STATIC_REFCNT);
    const m = strIntern(rt, "__glasspy_test__");
    expect(m).toBe(id);
    rt.decref(m);
    // Promotion of a mortal interned str.
    const p = strIntern(rt, "__promoted__");
    expect(strIdentifier(rt, "__promoted__")).toBe(p);
    rt.decref(p);
    expect(rt.heap.allocatedBlocks()).toBe(before + 2);
    baseline = before + 2;
  });
});

describe("bytes", () => {
  test("layout: 33 + n, singletons, a view of the data", () => {
    const b = newBytes(rt, Uint8Array.from([104, 105, 0, 255]));
    expect(bytesSize(rt, b)).toBe(4);
    expect(Array.from(bytesData(rt, b))).toEqual([104, 105, 0, 255]);
    expect(newBytes(rt, new Uint8Array(0))).toBe(rt.S.emptyBytes);
    expect(newBytes(rt, Uint8Array.from([7]))).toBe(rt.S.bytes1[7]);
    rt.decref(rt.S.emptyBytes);
    rt.decref(rt.S.bytes1[7]);
    const c = newBytesFromHeap(rt, bytesData(rt, b).byteOffset + 1, 2);
    expect(Array.from(bytesData(rt, c))).toEqual([105, 0]);
    rt.decref(b);
    rt.decref(c);
  });

  test("hash(b'abc') == hash('abc'), as in CPython", () => {
    const b = newBytes(rt, Uint8Array.from([97, 98, 99]));
    withStr("abc", (s) => expect(bytesHash(rt, b)).toBe(strHash(rt, s)));
    rt.decref(b);
  });

  test("encode and decode through the heap", () => {
    withStr("hé€😀", (s) => {
      const b = encodeStr(rt, s, "utf-8", "strict");
      expect(Array.from(bytesData(rt, b))).toEqual([0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
      const d = decodeBytes(rt, bytesData(rt, b).byteOffset, bytesSize(rt, b), "utf8", "strict");
      expect(strEquals(rt, d, s)).toBe(true);
      rt.decref(b);
      rt.decref(d);
    });
    const bad = newBytes(rt, Uint8Array.from([0xff]));
    let raised = false;
    try {
      decodeBytes(rt, bytesData(rt, bad).byteOffset, 1, "utf-8", "strict");
    } catch (e) {
      expect(e).toBe(PY_RAISED);
      expect(rt.exceptionMatches(rt.E.UnicodeDecodeError)).toBe(true);
      rt.setException(0);
      raised = true;
    }
    expect(raised).toBe(true);
    rt.decref(bad);
  });
});

describe("bytearray", () => {
  test("CPython's growth: allocations 2, 5, 8, 12, 19, 27, 36, 46, 57, 70 as bytes are appended", () => {
    const a = newByteArrayFromHeap(rt, 0, 0);
    const allocs: number[] = [];
    for (let i = 0; i < 60; i++) {
      byteArrayAppendArray(rt, a, Uint8Array.from([i]));
      const alloc = rt.i32[(a + 24) >> 2];
      if (allocs[allocs.length - 1] !== alloc) allocs.push(alloc);
    }
    expect(allocs).toEqual([2, 5, 8, 12, 19, 27, 36, 46, 57, 70]);
    rt.decref(a);
  });

  test("deleting from the front advances ob_start", () => {
    const a = newByteArrayFromHeap(rt, 0, 0);
    byteArrayAppendArray(rt, a, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const start = rt.i32[(a + 40) >> 2];
    byteArraySetSlice(rt, a, 0, 2, new Uint8Array(0));
    expect(rt.i32[(a + 40) >> 2]).toBe(start + 2);
    expect(Array.from(bytesData(rt, a))).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    byteArraySetSlice(rt, a, 1, 1, Uint8Array.from([42, 43]));
    expect(Array.from(bytesData(rt, a))).toEqual([3, 42, 43, 4, 5, 6, 7, 8, 9, 10]);
    rt.decref(a);
  });
});

describe("shutdown", () => {
  test("releases identifiers: nothing of the object world stays in the heap", () => {
    strIdentifier(rt, "__only_for_this_test__");
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
    baseline = 0;
  });
});

test("isExactStr", () => {
  withStr("x y", (o) => expect(isExactStr(rt, o)).toBe(true));
  expect(isExactStr(rt, rt.S.None)).toBe(false);
});
