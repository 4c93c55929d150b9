/**
 * Classes at the object level: the heap type object type.__new__ makes (its fields, layout
 * and flags as CPython 3.11 sets them), C3 linearisation, the subclass records, and what
 * freeing a class gives back (its slot table index, its blocks).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Interpreter } from "../../src/index.js";
import type { Runtime } from "../../src/objects/runtime.js";
import { ManagedDict, MemberDef, Ob, Tp, TpFlag } from "../../src/objects/layout.js";
import { dictGetItemStr } from "../../src/objects/dict.js";
import { tupleItem, tupleSize } from "../../src/objects/tuple.js";
import { forEachSubclass } from "../../src/objects/type-subclasses.js";
import { instanceDictSlot } from "../../src/objects/object.js";

let py: Interpreter;
let rt: Runtime;

beforeEach(() => {
  py = new Interpreter({ stdout: () => {}, stderr: (s) => process.stderr.write(s) });
  rt = py.vm.rt;
});

afterEach(() => {
  expect(py.close().liveBlocks).toBe(0);
});

/** Run `source` as __main__ and return the global `name` (borrowed: the module keeps it). */
function run(source: string, name: string): number {
  expect(py.runSource(source, "<test>")).toBe(0);
  const main = dictGetItemStr(rt, py.vm.modules, rt.identifier("__main__"));
  const globals = rt.load(main + 16);
  const v = dictGetItemStr(rt, globals, rt.identifier(name));
  expect(v).not.toBe(0);
  return v;
}

function mroNames(type: number): string[] {
  const mro = rt.load(type + Tp.MRO);
  return Array.from({ length: tupleSize(rt, mro) }, (_, i) => rt.typeNameOf(tupleItem(rt, mro, i)));
}

describe("the heap type object", () => {
  it("is a 904-byte GC object of its metatype with CPython's fields", () => {
    const C = run("class C:\n    'doc'\n    x = 1\n", "C");
    expect(rt.typeOf(C)).toBe(rt.T.type);
    const flags = rt.typeFlags(C);
    for (const f of [TpFlag.HEAPTYPE, TpFlag.BASETYPE, TpFlag.HAVE_GC, TpFlag.MANAGED_DICT, TpFlag.READY]) expect(flags & f).toBe(f);
    expect(flags & TpFlag.IMMUTABLETYPE).toBe(0);
    expect(rt.i32[(C + Tp.BASICSIZE) >> 2]).toBe(24);
    expect(rt.i32[(C + Tp.WEAKLISTOFFSET) >> 2]).toBe(16);
    expect(rt.i32[(C + Tp.DICTOFFSET) >> 2]).toBe(-48);
    expect(rt.load(C + Tp.BASE)).toBe(rt.T.object);
    expect(rt.jsString(rt.load(C + Tp.HT_QUALNAME))).toBe("C");
    expect(rt.jsString(rt.load(C + Tp.HT_MODULE))).toBe("__main__");
    expect(rt.isTracked(C)).toBe(true);
    expect(mroNames(C)).toEqual(["C", "object"]);
    // __qualname__ is a field, not a dict entry; __doc__ stays in the dict.
    const dict = rt.load(C + Tp.DICT);
    expect(dictGetItemStr(rt, dict, rt.identifier("__qualname__"))).toBe(0);
    expect(rt.jsString(dictGetItemStr(rt, dict, rt.identifier("__doc__")))).toBe("doc");
  });

  it("keeps one PyMemberDef per slot after the heap type", () => {
    const P = run("class P:\n    __slots__ = ('y', 'x')\n", "P");
    expect(rt.i32[(P + Ob.SIZE) >> 2]).toBe(2);
    const member = (i: number, f: MemberDef) => rt.i32[(P + Tp.HEAP_SIZE + i * MemberDef.SIZE + f) >> 2];
    expect(rt.jsString(rt.load(P + Tp.HEAP_SIZE + MemberDef.NAME))).toBe("x");
    expect(member(0, MemberDef.OFFSET)).toBe(16);
    expect(member(1, MemberDef.OFFSET)).toBe(24);
    expect(member(0, MemberDef.TYPE)).toBe(MemberDef.T_OBJECT_EX);
    expect(rt.typeFlags(P) & TpFlag.MANAGED_DICT).toBe(0);
    expect(rt.i32[(P + Tp.BASICSIZE) >> 2]).toBe(32);
  });

  it("puts an instance's dict in the managed-dict pre-header, or after the items", () => {
    // An ordinary instance keeps its attributes in a values array (at obj-32) until its
    // __dict__ is asked for; then the dict sits in the pre-header (obj-24).
    const c = run("class C: pass\nc = C()\nc.a = 1\n", "c");
    expect(instanceDictSlot(rt, c)).toBe(c + ManagedDict.DICT);
    expect(rt.load(c + ManagedDict.DICT)).toBe(0);
    expect(rt.load(c + ManagedDict.VALUES)).not.toBe(0);
    const d = run("class D: pass\nd = D()\nd.a = 1\nd.__dict__\n", "d");
    expect(rt.typeOf(rt.load(d + ManagedDict.DICT))).toBe(rt.T.dict);
    const t = run("class T(tuple): pass\nt = T((1, 2, 3))\nt.a = 1\n", "t");
    expect(instanceDictSlot(rt, t)).toBe(t + 24 + 8 * 3);
    expect(rt.typeOf(rt.load(t + 48))).toBe(rt.T.dict);
  });
});

describe("C3 linearisation", () => {
  it("merges the bases' MROs", () => {
    const Z = run("class O: pass\nclass X(O): pass\nclass Y(O): pass\nclass Z(X, Y): pass\n", "Z");
    expect(mroNames(Z)).toEqual(["Z", "X", "Y", "O", "object"]);
  });

  it("names the remaining heads when no order exists", () => {
    const out: string[] = [];
    const local = new Interpreter({ stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    const status = local.runSource(
      "class A: pass\nclass B(A): pass\ntry:\n    class C(A, B): pass\nexcept TypeError as e:\n    print(e)\n", "<test>");
    expect(local.close().liveBlocks).toBe(0);
    expect(status).toBe(0);
    expect(out.join("")).toBe("Cannot create a consistent method resolution\norder (MRO) for bases A, B\n");
  });
});

describe("subclass records and freeing", () => {
  it("records subclasses by address without keeping them alive", () => {
    const A = run("class A: pass\nclass B(A): pass\nclass C(A): pass\n", "A");
    const names: string[] = [];
    forEachSubclass(rt, A, (t) => names.push(rt.typeNameOf(t)));
    expect(names).toEqual(["B", "C"]);
  });

  it("reuses a released slot table index", () => {
    const slots = { dealloc: () => {} };
    const i = rt.addSlots(slots);
    rt.removeSlots(i);
    expect(() => rt.slots[i].dealloc(rt, 0)).toThrow();
    expect(rt.addSlots(slots)).toBe(i);
    rt.removeSlots(i);
  });
});
