/**
 * Native functions, descriptors and modules at the object level (no VM): the objects' sizes
 * and reprs, binding and the self-type checks, the call path and its recursion accounting,
 * module attribute access, and that everything is released again.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Runtime } from "../../src/objects/runtime.js";
import { bootstrap, shutdownObjects } from "../../src/objects/bootstrap.js";
import { PY_RAISED } from "../../src/objects/errors.js";
import { call, getAttr, popArgs, pushArgs, reprText, setAttr, strText } from "../../src/objects/abstract.js";
import { typeLookup } from "../../src/objects/typeobject.js";
import { addressText } from "../../src/objects/object.js";
import { newInt } from "../../src/objects/int.js";
import { newList } from "../../src/objects/list.js";
import { arg, checkArgs } from "../../src/objects/args.js";
import { methodDefIndex, newBuiltinFunction } from "../../src/objects/native-function.js";
import { moduleClear, moduleDict, newModule } from "../../src/objects/module.js";
import { createNativeModule, nativeModuleDefOf, type NativeModuleDef } from "../../src/modules/native-module.js";
import { getSizeOf } from "../../src/modules/sys.js";
import type { MethodDef } from "../../src/objects/typedef.js";

let rt: Runtime;

beforeEach(() => {
  rt = new Runtime();
  bootstrap(rt);
});

afterEach(() => {
  expect(rt.ts.recursionDepth).toBe(0);
  shutdownObjects(rt);
  expect(rt.heap.allocatedBlocks()).toBe(0);
});

/** Call `f` with the given (borrowed) arguments; returns a new reference. */
function callWith(f: number, ...args: number[]): number {
  const p = pushArgs(rt, args.length);
  args.forEach((a, i) => rt.store(p + 8 * i, a));
  try {
    return call(rt, f, p, args.length, 0);
  } finally {
    popArgs(rt, p);
  }
}

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
  throw new Error("nothing raised");
}

const twice: MethodDef = {
  name: "twice",
  fn: (rt, _self, args, nargs, kwnames) => {
    checkArgs(rt, "twice", nargs, kwnames, 1, 1);
    const v = arg(rt, args, 0);
    return newInt(rt, 2 * rt.i32[(v + 24) >> 2]);
  },
};

describe("builtin_function_or_method", () => {
  it("is 56 bytes plus the GC head, prints as a function or a bound method", () => {
    const f = newBuiltinFunction(rt, twice, 0, 0);
    expect(getSizeOf(rt, f)).toBe(72);
    expect(reprText(rt, f)).toBe("<built-in function twice>");
    const list = newList(rt, 0);
    const m = newBuiltinFunction(rt, twice, list, 0);
    expect(reprText(rt, m)).toBe(`<built-in method twice of list object at ${addressText(list)}>`);
    expect(rt.refcount(list)).toBe(2);
    rt.decref(m);
    expect(rt.refcount(list)).toBe(1);
    rt.decref(list);
    rt.decref(f);
  });

  it("calls the MethodDef's function and returns a new reference", () => {
    const f = newBuiltinFunction(rt, twice, 0, 0);
    const x = newInt(rt, 21);
    const r = callWith(f, x);
    expect(reprText(rt, r)).toBe("42");
    expect(raised(() => callWith(f))).toBe("TypeError: twice() takes exactly one argument (0 given)");
    rt.decref(r);
    rt.decref(x);
    rt.decref(f);
  });

  it("registers a definition once per runtime", () => {
    expect(methodDefIndex(rt, twice)).toBe(methodDefIndex(rt, twice));
  });

  it("counts native calls against the recursion limit", () => {
    let self = 0;
    const deep: MethodDef = { name: "deep", fn: () => callWith(self) };
    self = newBuiltinFunction(rt, deep, 0, 0);
    rt.recursionLimit = 50;
    expect(raised(() => callWith(self))).toBe("RecursionError: maximum recursion depth exceeded while calling a Python object");
    rt.decref(self);
  });
});

describe("descriptors", () => {
  it("method_descriptor: repr, binding, the self check", () => {
    const upper = typeLookup(rt, rt.T.str, rt.identifier("upper"));
    expect(reprText(rt, upper)).toBe("<method 'upper' of 'str' objects>");
    expect(getSizeOf(rt, upper)).toBe(72);
    const s = rt.newStr("abc");
    const r = callWith(upper, s);
    expect(rt.jsString(r)).toBe("ABC");
    rt.decref(r);
    const bound = rt.slotsOf(upper).descrGet!(rt, upper, s, rt.T.str);
    expect(reprText(rt, bound)).toBe(`<built-in method upper of str object at ${addressText(s)}>`);
    const r2 = callWith(bound);
    expect(rt.jsString(r2)).toBe("ABC");
    rt.decref(r2);
    rt.decref(bound);
    const one = newInt(rt, 1);
    expect(raised(() => callWith(upper, one))).toBe("TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object");
    expect(raised(() => callWith(upper))).toBe("TypeError: unbound method str.upper() needs an argument");
    const qualname = getAttr(rt, upper, rt.identifier("__qualname__"));
    expect(rt.jsString(qualname)).toBe("str.upper");
    rt.decref(qualname);
    rt.decref(one);
    rt.decref(s);
  });

  it("classmethod_descriptor: binds to the class", () => {
    const fromkeys = typeLookup(rt, rt.T.dict, rt.identifier("fromkeys"));
    expect(reprText(rt, fromkeys)).toBe("<method 'fromkeys' of 'dict' objects>");
    const bound = getAttr(rt, rt.T.dict, rt.identifier("fromkeys"));
    expect(reprText(rt, bound)).toBe(`<built-in method fromkeys of type object at ${addressText(rt.T.dict)}>`);
    rt.decref(bound);
    const one = newInt(rt, 1);
    expect(raised(() => callWith(fromkeys, one))).toBe("TypeError: descriptor 'fromkeys' for type 'dict' needs a type, not a 'int' as arg 2");
    expect(raised(() => callWith(fromkeys, rt.T.int, one))).toBe("TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'int'");
    expect(raised(() => callWith(fromkeys))).toBe("TypeError: descriptor 'fromkeys' of 'dict' object needs an argument");
    rt.decref(one);
  });

  it("getset_descriptor: get through instances, itself through the class, read-only set", () => {
    const real = typeLookup(rt, rt.T.int, rt.identifier("real"));
    expect(reprText(rt, real)).toBe("<attribute 'real' of 'int' objects>");
    expect(getSizeOf(rt, real)).toBe(64);
    const slots = rt.slotsOf(real);
    const five = newInt(rt, 5);
    const v = slots.descrGet!(rt, real, five, rt.T.int);
    expect(v).toBe(five);
    rt.decref(v);
    const self = slots.descrGet!(rt, real, 0, rt.T.int);
    expect(self).toBe(real);
    rt.decref(self);
    const s = rt.newStr("x");
    expect(raised(() => slots.descrGet!(rt, real, s, rt.T.str))).toBe("TypeError: descriptor 'real' for 'int' objects doesn't apply to a 'str' object");
    expect(raised(() => slots.descrSet!(rt, real, five, five))).toBe("AttributeError: attribute 'real' of 'int' objects is not writable");
    rt.decref(s);
    rt.decref(five);
  });
});

describe("modules", () => {
  it("newModule: 72 bytes, the standard dict, attribute access and repr", () => {
    const m = newModule(rt, "x");
    expect(getSizeOf(rt, m)).toBe(72);
    expect(reprText(rt, m)).toBe("<module 'x'>");
    expect(reprText(rt, moduleDict(rt, m))).toBe("{'__name__': 'x', '__doc__': None, '__package__': None, '__loader__': None, '__spec__': None}");
    const one = newInt(rt, 1);
    setAttr(rt, m, rt.identifier("a"), one);
    const a = getAttr(rt, m, rt.identifier("a"));
    expect(a).toBe(one);
    rt.decref(a);
    expect(raised(() => getAttr(rt, m, rt.identifier("nope")))).toBe("AttributeError: module 'x' has no attribute 'nope'");
    const file = rt.newStr("/a/b.py");
    setAttr(rt, m, rt.identifier("__file__"), file);
    expect(reprText(rt, m)).toBe("<module 'x' from '/a/b.py'>");
    rt.decref(file);
    rt.decref(one);
    rt.decref(m);
  });

  it("createNativeModule: functions bound to the module, (built-in) repr, init", () => {
    const def: NativeModuleDef = {
      name: "demo",
      doc: "A demo.",
      methods: [twice],
      init(rt, m) {
        setAttr(rt, m, rt.identifier("answer"), rt.S.True);
      },
    };
    const m = createNativeModule(rt, def);
    expect(reprText(rt, m)).toBe("<module 'demo' (built-in)>");
    expect(nativeModuleDefOf(rt, m)).toBe(def);
    const f = getAttr(rt, m, rt.identifier("twice"));
    expect(reprText(rt, f)).toBe("<built-in function twice>");
    const self = getAttr(rt, f, rt.identifier("__self__"));
    expect(self).toBe(m);
    const modname = getAttr(rt, f, rt.identifier("__module__"));
    expect(rt.jsString(modname)).toBe("demo");
    for (const o of [self, modname, f]) rt.decref(o);
    const doc = getAttr(rt, m, rt.identifier("__doc__"));
    expect(rt.jsString(doc)).toBe("A demo.");
    rt.decref(doc);
    moduleClear(rt, m);
    rt.decref(m);
  });

  it("a failing init leaves nothing behind (afterEach checks the heap is empty)", () => {
    const def: NativeModuleDef = {
      name: "broken",
      methods: [twice],
      init(rt) {
        throw rt.raise(rt.E.ValueError, "no");
      },
    };
    expect(raised(() => createNativeModule(rt, def))).toBe("ValueError: no");
  });
});
