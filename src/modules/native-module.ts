/**
 * Modules written in TypeScript: one declaration form for all of them.
 *
 * A native module is a table — its name, its doc, its functions as `MethodDef`s — plus an
 * optional `init` that puts values (constants, types, stream objects) into the fresh module.
 * `createNativeModule` builds the module object the way CPython's PyModule_FromDefAndSpec +
 * PyModule_ExecDef do: the standard dict entries, then one builtin function per MethodDef,
 * bound to the module (`__self__`) and carrying the module's name (`__module__`), then `init`.
 *
 * The module's md_def word records the definition (index + 1 in a per-runtime registry), which
 * is how the repr knows to say `(built-in)` and how `nativeModuleDefOf` finds the table again.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import { newModule, moduleClear, moduleDict, moduleDef, setModuleDef } from "../objects/module.js";
import { newBuiltinFunction } from "../objects/native-function.js";
import { dictGetItemStr, dictSetItem } from "../objects/dict.js";

export interface NativeModuleDef {
  readonly name: string;
  readonly doc?: string;
  readonly methods: readonly MethodDef[];
  /** Fill the new module (borrowed) with its values; may raise. */
  init?(rt: Runtime, module: number): void;
}

const registries = new WeakMap<Runtime, NativeModuleDef[]>();

function defIndex(rt: Runtime, def: NativeModuleDef): number {
  let defs = registries.get(rt);
  if (defs === undefined) {
    defs = [];
    registries.set(rt, defs);
  }
  let i = defs.indexOf(def);
  if (i < 0) i = defs.push(def) - 1;
  return i;
}

/** The definition a native module was created from, or undefined for other modules. */
export function nativeModuleDefOf(rt: Runtime, m: number): NativeModuleDef | undefined {
  const word = moduleDef(rt, m);
  return word === 0 ? undefined : registries.get(rt)?.[word - 1];
}

/** `module.name = value` for native init code; `value` is a new reference, released here. */
export function addModuleValue(rt: Runtime, module: number, name: string, value: number): void {
  try {
    dictSetItem(rt, moduleDict(rt, module), rt.identifier(name), value);
  } finally {
    rt.decref(value);
  }
}

/** Build the module for `def`. Returns a new reference. */
export function createNativeModule(rt: Runtime, def: NativeModuleDef): number {
  const m = newModule(rt, def.name);
  try {
    setModuleDef(rt, m, defIndex(rt, def) + 1);
    const dict = moduleDict(rt, m);
    if (def.doc !== undefined) addModuleValue(rt, m, "__doc__", rt.newStr(def.doc));
    const name = dictGetItemStr(rt, dict, rt.identifier("__name__"));
    for (const fn of def.methods) addModuleValue(rt, m, fn.name, newBuiltinFunction(rt, fn, m, name));
    def.init?.(rt, m);
  } catch (e) {
    // The functions already added point back at the module: break that cycle first.
    moduleClear(rt, m);
    rt.decref(m);
    throw e;
  }
  return m;
}
