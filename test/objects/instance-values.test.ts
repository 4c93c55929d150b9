/**
 * The direct access to instances' inline values that an attribute cache can keep
 * (instance-dict.ts): a name's index in its class's shared keys, the value at that index, and a
 * store there. Python must see exactly what a plain attribute access would.
 */
import { describe, expect, test } from "vitest";
import { Interpreter } from "../../src/index.js";
import type { Runtime } from "../../src/objects/runtime.js";
import { dictGetItemStr, dictSetItem, newDict } from "../../src/objects/dict.js";
import { instanceValueAt, sharedKeysIndex, storeInstanceValueAt } from "../../src/objects/instance-dict.js";
import { newInt, intValue } from "../../src/objects/int.js";

const SOURCE = `
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
q = P()
q.b = 5
r = P()
r.__dict__
registry["P"] = P
registry["p"] = p
registry["q"] = q
registry["r"] = r
`;

/** Run SOURCE, then `check` (with `python(src)` giving a further snippet's output); closed after. */
function run(check: (rt: Runtime, get: (name: string) => number, python: (src: string) => string) => void): void {
  let out = "";
  const py = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  const rt = py.vm.rt;
  const registry = newDict(rt);
  dictSetItem(rt, py.vm.builtins, rt.identifier("registry"), registry);
  const python = (src: string) => {
    out = "";
    expect(py.runSource(src, "<test>")).toBe(0);
    return out;
  };
  try {
    expect(python(SOURCE)).toBe("");
    check(rt, (name) => dictGetItemStr(rt, registry, rt.identifier(name)), python);
  } finally {
    rt.decref(registry);
  }
  expect(py.close().liveBlocks).toBe(0);
}

describe("inline values by index", () => {
  test("indexes follow first insertion in the class; missing names give -1", () => {
    run((rt, get) => {
      const P = get("P");
      expect(sharedKeysIndex(rt, P, rt.identifier("a"))).toBe(0);
      expect(sharedKeysIndex(rt, P, rt.identifier("b"))).toBe(1);
      expect(sharedKeysIndex(rt, P, rt.identifier("nothing_here"))).toBe(-1);
      // A str whose hash was never computed is hashed on the way.
      const fresh = rt.newStr("b");
      expect(sharedKeysIndex(rt, P, fresh)).toBe(1);
      rt.decref(fresh);
    });
  });

  test("values read by index; an instance whose dict was made has none", () => {
    run((rt, get) => {
      const b = sharedKeysIndex(rt, get("P"), rt.identifier("b"));
      expect(intValue(rt, instanceValueAt(rt, get("p"), b))).toBe(2);
      expect(intValue(rt, instanceValueAt(rt, get("q"), b))).toBe(5);
      expect(instanceValueAt(rt, get("r"), b)).toBe(0);
    });
  });

  test("a store by index is what Python sees", () => {
    run((rt, get, python) => {
      const ix = sharedKeysIndex(rt, get("P"), rt.identifier("b"));
      const seven = newInt(rt, 7);
      expect(storeInstanceValueAt(rt, get("p"), ix, seven)).toBe(true);
      expect(storeInstanceValueAt(rt, get("r"), ix, seven)).toBe(false);
      rt.decref(seven);
      expect(python("print(registry['p'].b, registry['r'].b, vars(registry['p']))")).toBe("7 2 {'a': 1, 'b': 7}\n");
    });
  });

  test("a value stored where the instance had none comes last in its insertion order", () => {
    run((rt, get, python) => {
      expect(python("s = registry['P']()\ndel s.a\nregistry['s'] = s")).toBe("");
      const ix = sharedKeysIndex(rt, get("P"), rt.identifier("a"));
      const nine = newInt(rt, 9);
      expect(storeInstanceValueAt(rt, get("s"), ix, nine)).toBe(true);
      rt.decref(nine);
      expect(python("print(vars(registry['s']))")).toBe("{'b': 2, 'a': 9}\n");
    });
  });
});
