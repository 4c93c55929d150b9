/**
 * Which function each slot of a class runs (heap-type-slots.ts): the native slot of a
 * builtin base when the class inherits its wrapper unchanged, the generic dunder-calling
 * function otherwise. Behaviour is covered by test/programs/protocol/; this checks the choice
 * itself, which programs cannot see (both give the same answers, one faster).
 */
import { describe, expect, test } from "vitest";
import { Interpreter } from "../../src/index.js";
import type { Runtime } from "../../src/objects/runtime.js";
import type { TypeSlots } from "../../src/objects/typedef.js";
import { BinaryOp } from "../../src/compile/opcodes.js";
import { dictGetItemStr, dictSetItem, newDict } from "../../src/objects/dict.js";
import { genericGetAttr } from "../../src/objects/object.js";
import { hashNotImplemented } from "../../src/objects/slot-calls.js";
import {
  slotGetattro, slotHash, slotHashWords, slotNew, slotRepr, slotRichcompare,
} from "../../src/objects/heap-type-slots-object.js";
import { hashOut, hashWords } from "../../src/objects/tuple.js";
import { genericBinarySlots, slotLength, slotSubscript, slotTernaryPow } from "../../src/objects/heap-type-slots-number.js";

const SOURCE = `
class Plain: pass
class L(list): pass
class OwnLen(list):
    def __len__(self): return 1
    def __add__(self, other): return 0
class Borrowed:
    __add__ = int.__add__
class Adds(int):
    def __radd__(self, other): return 0
class EqOnly:
    def __eq__(self, other): return True
class Lazy:
    def __getattr__(self, name): return name
class NewInt(int): pass
class OwnNew:
    def __new__(cls): return super().__new__(cls)
class Pows:
    def __pow__(self, other, mod=None): return 1
class Later: pass
class LaterChild(Later): pass
Later.__repr__ = lambda self: "later"
class Undone: pass
class UndoneChild(Undone): pass
Undone.__len__ = lambda self: 0
del Undone.__len__
class LikeTuple:
    def __hash__(self): return hash((1, 2))
class Big:
    def __hash__(self): return 2**62 + 5
registry["like"] = LikeTuple()
registry["tuple"] = (1, 2)
registry["big"] = Big()
for name, value in list(globals().items()):
    if isinstance(value, type):
        registry[name] = value
`;

/** Run SOURCE and give `check` each class's slot table by name; the interpreter is closed after. */
function withClasses(check: (rt: Runtime, slots: (name: string) => TypeSlots, get: (name: string) => number) => void): void {
  let out = "";
  const py = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  const rt = py.vm.rt;
  const registry = newDict(rt);
  dictSetItem(rt, py.vm.builtins, rt.identifier("registry"), registry);
  try {
    expect(py.runSource(SOURCE, "<test>")).toBe(0);
    expect(out).toBe("");
    const get = (name: string) => dictGetItemStr(rt, registry, rt.identifier(name));
    check(rt, (name) => rt.typeSlots(get(name)), get);
  } finally {
    rt.decref(registry);
  }
  expect(py.close().liveBlocks).toBe(0);
}

describe("slot choice for classes", () => {
  test("inherited slot wrappers keep the native functions", () => {
    withClasses((rt, slots) => {
      const list = rt.typeSlots(rt.T.list);
      const object = rt.typeSlots(rt.T.object);
      expect(slots("L").length).toBe(list.length);
      // list.__getitem__ is a method (METH_COEXIST in CPython), not a slot wrapper: generic, as in CPython.
      expect(slots("L").subscript).toBe(slotSubscript);
      expect(slots("L").nb?.[BinaryOp.ADD]).toBe(list.nb?.[BinaryOp.ADD]);
      expect(slots("L").sequence?.concat).toBe(list.nb?.[BinaryOp.ADD]);
      expect(slots("L").sequence?.inplaceRepeat).toBe(list.nbInplace?.[BinaryOp.MULTIPLY]);
      expect(slots("Plain").sequence?.concat).toBeUndefined();
      expect(slots("L").unhashable).toBe(true);
      expect(slots("L").hash).toBe(hashNotImplemented);
      expect(slots("Plain").getattro).toBe(genericGetAttr);
      expect(slots("Plain").repr).toBe(object.repr);
      expect(slots("Plain").richcompare).toBe(object.richcompare);
      expect(slots("Plain").length).toBeUndefined();
      expect(slots("Plain").nb?.[BinaryOp.ADD]).toBeUndefined();
      expect(slots("NewInt").new).toBe(rt.typeSlots(rt.T.int).new);
      expect(slots("Plain").new).toBe(object.new);
    });
  });

  test("Python dunders get the generic functions", () => {
    withClasses((rt, slots) => {
      expect(slots("OwnLen").length).toBe(slotLength);
      expect(slots("OwnLen").contains).toBe(rt.typeSlots(rt.T.list).contains);
      // A Python __add__ removes the list's concatenation, not its repetition.
      expect(slots("OwnLen").sequence?.concat).toBeUndefined();
      expect(slots("OwnLen").sequence?.repeat).toBe(rt.typeSlots(rt.T.list).nb?.[BinaryOp.MULTIPLY]);
      // One of __add__ / __radd__ in Python makes the whole nb[ADD] generic.
      expect(slots("Adds").nb?.[BinaryOp.ADD]).toBe(genericBinarySlots[BinaryOp.ADD]);
      expect(slots("Adds").nb?.[BinaryOp.SUBTRACT]).toBe(rt.typeSlots(rt.T.int).nb?.[BinaryOp.SUBTRACT]);
      // int's wrapper on a class that is not an int subclass is not int's native function.
      expect(slots("Borrowed").nb?.[BinaryOp.ADD]).toBe(genericBinarySlots[BinaryOp.ADD]);
      expect(slots("EqOnly").richcompare).toBe(slotRichcompare);
      expect(slots("EqOnly").unhashable).toBe(true);
      expect(slots("Lazy").getattro).toBe(slotGetattro);
      expect(slots("OwnNew").new).toBe(slotNew);
      expect(slots("Pows").nbTernaryPow).toBe(slotTernaryPow);
      expect(slots("NewInt").nbTernaryPow).toBe(rt.typeSlots(rt.T.int).nbTernaryPow);
      expect(slots("Plain").hash).toBe(rt.typeSlots(rt.T.object).hash);
      expect(slots("Plain").hash).not.toBe(slotHash);
    });
  });

  test("setting and deleting a dunder re-decides the class and its subclasses", () => {
    withClasses((rt, slots) => {
      expect(slots("Later").repr).toBe(slotRepr);
      expect(slots("LaterChild").repr).toBe(slotRepr);
      // __len__ set, then deleted: no length slot again, in the subclass too.
      expect(slots("Undone").length).toBeUndefined();
      expect(slots("UndoneChild").length).toBeUndefined();
    });
  });
});

describe("hashes from __hash__", () => {
  test("exact 64-bit words, agreeing with the tuple the class hashes like", () => {
    withClasses((rt, _slots, get) => {
      const words = new Int32Array(2);
      expect(slotHashWords(rt, get("like"), words)).toBe(true);
      hashWords(rt, get("tuple"));
      expect([...words]).toEqual([hashOut[0], hashOut[1]]);
      expect(slotHashWords(rt, get("tuple"), words)).toBe(false);
      expect(slotHashWords(rt, get("big"), words)).toBe(true);
      expect([words[0], words[1]]).toEqual([5, 2 ** 30]);
    });
  });
});
