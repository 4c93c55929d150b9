/**
 * Slot tables as Runtime keeps them (slot-record.ts): every table, of a builtin type or of a
 * class, even after a class's slots were re-decided, has the same members in the same order
 * (what lets V8 give them one hidden class), and the registered table is a copy.
 */
import { describe, expect, test } from "vitest";
import { Interpreter } from "../../src/index.js";
import { Runtime } from "../../src/objects/runtime.js";
import { SlotRecord } from "../../src/objects/slot-record.js";

describe("slot records", () => {
  test("every registered table has the same members, in the same order", () => {
    const py = new Interpreter({ stdout: () => {}, stderr: () => {} });
    const rt = py.vm.rt;
    const source = [
      "class A: pass",
      "class B(list):",
      "    def __len__(self): return 3",
      "class C(B): pass",
      "A.__repr__ = lambda self: 'a'",
      "B.__iter__ = lambda self: iter(())",
      "del B.__len__",
    ].join("\n");
    expect(py.runSource(source, "<test>")).toBe(0);
    const keys = Object.keys(rt.slots[0]);
    expect(keys).toContain("dealloc");
    expect(keys).toContain("traverse");
    for (const slots of rt.slots) {
      expect(slots).toBeInstanceOf(SlotRecord);
      expect(Object.keys(slots)).toEqual(keys);
    }
    expect(py.close().liveBlocks).toBe(0);
  });

  test("addSlots keeps a copy of what it is given", () => {
    const rt = new Runtime();
    const given = { dealloc: () => {}, repr: () => 0 };
    const index = rt.addSlots(given);
    expect(rt.slots[index]).not.toBe(given);
    expect(rt.slots[index].repr).toBe(given.repr);
    expect(rt.slots[index].getattro).toBeUndefined();
    rt.removeSlots(index);
    expect(rt.slots[index]).toBeInstanceOf(SlotRecord);
  });
});
