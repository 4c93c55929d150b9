/**
 * `module`: a namespace with a name, CPython's PyModuleObject.
 *
 *   ┌──────────┬─────────┬─────────┬────────┬──────────┬─────────────┬─────────┐
 *   │ refcnt   │ type    │ md_dict │ md_def │ md_state │ md_weaklist │ md_name │   56 bytes + GC head = 72
 *   └──────────┴─────────┴─────────┴────────┴──────────┴─────────────┴─────────┘
 *    0          8         16        24       32         40            48
 *
 * Everything a module holds lives in its dict (`md_dict`, also reached through tp_dictoffset,
 * so the generic attribute protocol finds module attributes as instance attributes). A module
 * made from Python code starts with `__name__`, `__doc__`, `__package__`, `__loader__` and
 * `__spec__`, in that order, as CPython's module_init_dict makes them. `md_def` is non-zero for
 * modules written in TypeScript (the native-module registry index + 1, see
 * src/modules/native-module.ts); their repr says `(built-in)`. `md_name` keeps the name the
 * module was created with.
 *
 * Attribute lookup is the generic one with PEP 562's fallback: when the generic lookup finds
 * nothing, a module-level `__getattr__` is called. A missing attribute returns 0 and the
 * abstract layer raises "module 'x' has no attribute 'y'".
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { newDict, dictGetItemStr, dictSetItem } from "./dict.js";
import { genericGetAttr, genericSetAttr } from "./object.js";
import { call1, reprText } from "./abstract.js";
import { argSpec, parseArgs, argTypeName } from "./args.js";
import { moduleDir } from "./dir.js";
import { clearWeakrefs } from "./weakref.js";

export const enum Module {
  DICT = 16,
  DEF = 24,
  STATE = 32,
  WEAKLIST = 40,
  NAME = 48,
  SIZE = 56,
}

/** An empty module object with a fresh empty dict (CPython's module.__new__). New reference. */
function allocModule(rt: Runtime, cls: number): number {
  const m = rt.allocObject(cls, Module.SIZE);
  for (let off = Module.DICT; off < Module.SIZE; off += 8) rt.store(m + off, 0);
  rt.store(m + Module.DICT, newDict(rt));
  return m;
}

/** dict[key] = value for a static identifier key; `value` is borrowed. */
function setEntry(rt: Runtime, dict: number, key: string, value: number): void {
  dictSetItem(rt, dict, rt.identifier(key), value);
}

/** CPython's module_init_dict: the five standard entries; `name` and `doc` are borrowed. */
function initModuleDict(rt: Runtime, m: number, name: number, doc: number): void {
  const dict = rt.load(m + Module.DICT);
  const none = rt.S.None;
  setEntry(rt, dict, "__name__", name);
  setEntry(rt, dict, "__doc__", doc);
  setEntry(rt, dict, "__package__", none);
  setEntry(rt, dict, "__loader__", none);
  setEntry(rt, dict, "__spec__", none);
  const old = rt.load(m + Module.NAME);
  rt.incref(name);
  rt.store(m + Module.NAME, name);
  if (old !== 0) rt.decref(old);
}

/** A new module named `name` with the standard dict entries. New reference. */
export function newModule(rt: Runtime, name: string): number {
  const m = allocModule(rt, rt.T.module);
  const nameStr = rt.newStr(name);
  try {
    initModuleDict(rt, m, nameStr, rt.S.None);
  } catch (e) {
    rt.decref(m);
    throw e;
  } finally {
    rt.decref(nameStr);
  }
  return m;
}

/** The module's `__dict__` (borrowed; 0 only after the module was cleared). */
export function moduleDict(rt: Runtime, m: number): number {
  return rt.load(m + Module.DICT);
}

/** Mark a module as native: `word` is non-zero (the native-module registry's index + 1). */
export function setModuleDef(rt: Runtime, m: number, word: number): void {
  rt.store(m + Module.DEF, word);
}

/** The md_def word: 0 for modules made from Python code. */
export function moduleDef(rt: Runtime, m: number): number {
  return rt.load(m + Module.DEF);
}

/** The module's `__name__` as JS text, or undefined when it has none that is a str. */
export function moduleNameText(rt: Runtime, m: number): string | undefined {
  const dict = moduleDict(rt, m);
  const name = dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier("__name__"));
  return name !== 0 && rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS) ? rt.jsString(name) : undefined;
}

/** Generic lookup, then the module's own `__getattr__` (PEP 562). New reference, or 0. */
function moduleGetattro(rt: Runtime, m: number, name: number): number {
  const v = genericGetAttr(rt, m, name);
  if (v !== 0) return v;
  const dict = moduleDict(rt, m);
  if (dict === 0) return 0;
  const getattr = dictGetItemStr(rt, dict, rt.identifier("__getattr__"));
  return getattr === 0 ? 0 : call1(rt, getattr, name);
}

/**
 * `<module 'sys' (built-in)>`, `<module 'x' from '/path/x.py'>`, `<module 'x'>`: what
 * importlib's _module_repr gives for the loaders glasspy has.
 */
function moduleRepr(rt: Runtime, m: number): number {
  const dict = moduleDict(rt, m);
  const name = dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier("__name__"));
  const nameText = name === 0 ? "'?'" : reprText(rt, name);
  const file = dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier("__file__"));
  if (file !== 0) return rt.newStr(`<module ${nameText} from ${reprText(rt, file)}>`);
  if (moduleDef(rt, m) !== 0) return rt.newStr(`<module ${nameText} (built-in)>`);
  return rt.newStr(`<module ${nameText}>`);
}

function moduleDealloc(rt: Runtime, m: number): void {
  clearWeakrefs(rt, m);
  const dict = rt.load(m + Module.DICT);
  const name = rt.load(m + Module.NAME);
  rt.freeObject(m);
  if (dict !== 0) rt.decref(dict);
  if (name !== 0) rt.decref(name);
}

function moduleTraverse(rt: Runtime, m: number, visit: (child: number) => void): void {
  const dict = rt.load(m + Module.DICT);
  if (dict !== 0) visit(dict);
}

/**
 * Drop the module's dict (CPython's module_clear). This breaks the cycle every module with
 * functions has (module → dict → function → module), so teardown calls it for each module.
 */
export function moduleClear(rt: Runtime, m: number): void {
  const dict = rt.load(m + Module.DICT);
  rt.store(m + Module.DICT, 0);
  if (dict !== 0) rt.decref(dict);
}

const moduleInitSpec = argSpec("module", ["name", "doc="]);
const moduleInitOut = new Int32Array(2);

function moduleInit(rt: Runtime, m: number, args: number, nargs: number, kwnames: number): void {
  parseArgs(rt, moduleInitSpec, args, nargs, kwnames, moduleInitOut);
  const name = moduleInitOut[0];
  const doc = moduleInitOut[1] === 0 ? rt.S.None : moduleInitOut[1];
  if (!rt.hasFlag(name, TpFlag.UNICODE_SUBCLASS)) {
    throw rt.raise(rt.E.TypeError, `module() argument 'name' must be str, not ${argTypeName(rt, name)}`);
  }
  if (rt.load(m + Module.DICT) === 0) rt.store(m + Module.DICT, newDict(rt));
  initModuleDict(rt, m, name, doc);
}

export const moduleType: TypeDef = {
  name: "module",
  basicsize: Module.SIZE,
  itemsize: 0,
  flags: TpFlag.HAVE_GC | TpFlag.BASETYPE,
  dictoffset: Module.DICT,
  doc: "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
  dealloc: moduleDealloc,
  traverse: moduleTraverse,
  clear: moduleClear,
  repr: moduleRepr,
  getattro: moduleGetattro,
  setattro: genericSetAttr,
  new: (rt, cls) => allocModule(rt, cls),
  init: moduleInit,
  methods: [{ name: "__dir__", fn: moduleDir, doc: "__dir__() -> list\nspecialized dir() implementation" }],
  getset: [
    {
      name: "__dict__",
      get: (rt, m) => {
        const d = rt.load(m + Module.DICT);
        const r = d === 0 ? rt.S.None : d;
        rt.incref(r);
        return r;
      },
    },
  ],
};
