/**
 * The descriptor types without the class statement: mappingproxy through the interpreter (the
 * type is put into builtins under the name `mappingproxy`), and
 * member descriptors at the object level, on an existing type with an object field (a cell's
 * ob_ref at offset 16 stands for a `__slots__` entry). The mappingproxy program's expected
 * output was recorded from CPython 3.11.7 with `mappingproxy = type(type.__dict__)`.
 */
import { afterEach, beforeEach, describe, expect, it, test } from "vitest";
import { Interpreter } from "../../src/index.js";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { getAttrText, reprText, strText } from "../../src/objects/abstract.js";
import { dictSetItem } from "../../src/objects/dict.js";
import { newCell, cellGet } from "../../src/objects/cell.js";
import { newInt } from "../../src/objects/int.js";
import { newMemberDescriptor } from "../../src/objects/member-descriptor.js";
import { newMappingProxy } from "../../src/objects/mappingproxy.js";
import { newStaticMethod, newClassMethod, wrappedCallable } from "../../src/objects/method-decorators.js";
import { getSizeOf } from "../../src/modules/sys.js";

const MAPPINGPROXY_SOURCE = "def t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__ + \":\", e)\nd = {'a': 1, 'b': 2}\nmp = mappingproxy(d)\nprint(mp, str(mp), len(mp), list(mp), 'a' in mp, 'z' in mp, mp['a'], mp.get('a'), mp.get('q'), mp.get('q', 5))\nprint(mp.keys(), mp.values(), mp.items(), mp.copy(), type(mp.copy()).__name__, list(reversed(mp)))\nd['c'] = 3\nprint(mp, mp == d, mp != d, mp == {'a': 1}, mp | {'z': 0}, {'z': 0} | mp, mp | mp)\nt(lambda: mp['zz'])\nt(lambda: mp < mp)\nt(lambda: hash(mp))\nt(lambda: mappingproxy([]))\nt(lambda: mappingproxy(()))\nt(lambda: mappingproxy(1))\nt(lambda: mappingproxy())\nt(lambda: mappingproxy(mapping={'k': 1}))\nt(lambda: mp.get())\nt(lambda: mp.get(1, 2, 3))\nt(lambda: mp.keys(1))\nt(lambda: mp.__setitem__)\ndef setit():\n    mp['a'] = 5\ndef delit():\n    del mp[0]\ndef ior():\n    global mp\n    mp |= {}\nt(setit)\nt(delit)\nt(ior)\nt(lambda: mp.__ior__({}))\nt(lambda: mp | 1)\nprint(mappingproxy(\"abc\")[1], mp.__class__.__name__)\nimport sys\nprint(sys.getsizeof(mp))\n";
const MAPPINGPROXY_EXPECTED = "{'a': 1, 'b': 2} {'a': 1, 'b': 2} 2 ['a', 'b'] True False 1 1 None 5\ndict_keys(['a', 'b']) dict_values([1, 2]) dict_items([('a', 1), ('b', 2)]) {'a': 1, 'b': 2} dict ['b', 'a']\n{'a': 1, 'b': 2, 'c': 3} True False False {'a': 1, 'b': 2, 'c': 3, 'z': 0} {'z': 0, 'a': 1, 'b': 2, 'c': 3} {'a': 1, 'b': 2, 'c': 3}\nKeyError: 'zz'\nTypeError: '>' not supported between instances of 'dict' and 'dict'\nTypeError: unhashable type: 'mappingproxy'\nTypeError: mappingproxy() argument must be a mapping, not list\nTypeError: mappingproxy() argument must be a mapping, not tuple\nTypeError: mappingproxy() argument must be a mapping, not int\nTypeError: mappingproxy() missing required argument 'mapping' (pos 1)\nmappingproxy({'k': 1})\nTypeError: get expected at least 1 argument, got 0\nTypeError: get expected at most 2 arguments, got 3\nTypeError: mappingproxy.keys() takes no arguments (1 given)\nAttributeError: 'mappingproxy' object has no attribute '__setitem__'\nTypeError: 'mappingproxy' object does not support item assignment\nTypeError: 'mappingproxy' object doesn't support item deletion\nTypeError: '|=' is not supported by mappingproxy; use '|' instead\nTypeError: '|=' is not supported by mappingproxy; use '|' instead\nTypeError: unsupported operand type(s) for |: 'dict' and 'int'\nb mappingproxy\n40\n";

describe("mappingproxy through the interpreter", () => {
  test("operations, errors and the leak check", () => {
    let out = "";
    const py = new Interpreter({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
    const rt = py.vm.rt;
    dictSetItem(rt, py.vm.builtins, rt.identifier("mappingproxy"), rt.T.mappingproxy);
    const status = py.runSource(MAPPINGPROXY_SOURCE, "<test>");
    const { liveBlocks } = py.close();
    expect(out).toBe(MAPPINGPROXY_EXPECTED);
    expect(status).toBe(0);
    expect(liveBlocks).toBe(0);
  });
});

describe("descriptor objects without a VM", () => {
  let rt: Runtime;

  beforeEach(() => {
    rt = new Runtime();
    bootstrap(rt);
  });

  afterEach(() => {
    shutdownObjects(rt);
    expect(rt.heap.allocatedBlocks()).toBe(0);
  });

  /** The "Type: message" of the exception `body` raises. */
  function raised(body: () => void): string {
    try {
      body();
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      const exc = rt.fetchException();
      const text = `${rt.typeName(exc)}: ${strText(rt, exc)}`;
      rt.decref(exc);
      return text;
    }
    return "no exception";
  }

  it("member descriptor: get, set, delete, type check, attributes", () => {
    const name = rt.newStr("ref");
    const d = newMemberDescriptor(rt, rt.T.cell, name, 16);
    rt.decref(name);
    const slots = rt.slotsOf(d);
    const cell = newCell(rt, 0);
    expect(reprText(rt, d)).toBe("<member 'ref' of 'cell' objects>");
    expect(getSizeOf(rt, d)).toBe(64);
    expect(raised(() => slots.descrGet!(rt, d, cell, rt.T.cell))).toBe("AttributeError: 'cell' object has no attribute 'ref'");
    expect(raised(() => slots.descrSet!(rt, d, cell, 0))).toBe("AttributeError: ref");
    const v = newInt(rt, 12345);
    slots.descrSet!(rt, d, cell, v);
    expect(cellGet(rt, cell)).toBe(v);
    expect(rt.refcount(v)).toBe(2);
    const got = slots.descrGet!(rt, d, cell, rt.T.cell);
    expect(got).toBe(v);
    rt.decref(got);
    slots.descrSet!(rt, d, cell, 0);
    expect(cellGet(rt, cell)).toBe(0);
    expect(rt.refcount(v)).toBe(1);
    rt.decref(v);
    expect(slots.descrGet!(rt, d, 0, rt.T.cell)).toBe(d);
    rt.decref(d);
    const other = newInt(rt, 7);
    expect(raised(() => slots.descrGet!(rt, d, other, rt.T.int))).toBe("TypeError: descriptor 'ref' for 'cell' objects doesn't apply to a 'int' object");
    expect(raised(() => slots.descrSet!(rt, d, other, other))).toBe("TypeError: descriptor 'ref' for 'cell' objects doesn't apply to a 'int' object");
    rt.decref(other);
    for (const [attr, text] of [["__name__", "ref"], ["__qualname__", "cell.ref"], ["__objclass__", "<class 'cell'>"], ["__doc__", "None"]]) {
      const a = getAttrText(rt, d, attr);
      expect(reprText(rt, a).replace(/^'|'$/g, "")).toBe(text);
      rt.decref(a);
    }
    rt.decref(cell);
    rt.decref(d);
  });

  it("constructors for the class machinery", () => {
    const f = rt.T.int;
    const sm = newStaticMethod(rt, f);
    const cm = newClassMethod(rt, f);
    expect(wrappedCallable(rt, sm)).toBe(f);
    expect(reprText(rt, sm)).toBe("<staticmethod(<class 'int'>)>");
    expect(reprText(rt, cm)).toBe("<classmethod(<class 'int'>)>");
    expect(getSizeOf(rt, sm)).toBe(48);
    // No attributes are copied by these constructors (PyStaticMethod_New).
    const dict = getAttrText(rt, sm, "__dict__");
    expect(reprText(rt, dict)).toBe("{}");
    rt.decref(dict);
    rt.decref(sm);
    rt.decref(cm);
    const d = newInt(rt, 1);
    expect(raised(() => newMappingProxy(rt, d))).toBe("TypeError: mappingproxy() argument must be a mapping, not int");
    rt.decref(d);
  });
});
