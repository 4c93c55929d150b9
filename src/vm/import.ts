/**
 * `import`: finding, loading and binding modules.
 *
 * A dotted name is imported one component at a time (`a`, then `a.b`, ...); each module is
 * looked for in `sys.modules`, then among the native modules, then as `NAME.py` or
 * `NAME/__init__.py` in each folder of `sys.path` (for a submodule, in its package's
 * `__path__`). A module is registered in `sys.modules` before its code runs, so circular
 * imports see the partly initialised module, and removed again if its code raises.
 * glasspy's own Python modules (lib/) are found through a folder on the path the VM adds.
 */
import * as path from "../host/node-path.js";
import type { VM } from "./vm.js";
import type { NativeModuleDef } from "../modules/native-module.js";
import { createNativeModule } from "../modules/native-module.js";
import { readModuleSource } from "./lib-sources.js";
import { moduleDict } from "../objects/module.js";
import { dictGetItem, dictGetItemStr, dictSetItem, dictDelItem, dictEntryCount, dictEntryKey, dictEntryValue } from "../objects/dict.js";
import { getAttr, lookupAttr, setAttr, getIter, iterNext } from "../objects/abstract.js";
import { tupleSize } from "../objects/tuple.js";
import { listSize, listItem, newList, listAppend } from "../objects/list.js";
import { PY_RAISED } from "../objects/errors.js";
import { setExceptionAttribute } from "../objects/exception-type.js";

export class Importer {
  private readonly natives = new Map<string, NativeModuleDef>();

  constructor(private readonly vm: VM, natives: readonly NativeModuleDef[]) {
    for (const def of natives) this.natives.set(def.name, def);
  }

  close(): void {}

  /** IMPORT_NAME. Returns a new reference: the top package, or the leaf when fromlist is non-empty. */
  importName(nameObj: number, globals: number, fromlist: number, levelObj: number): number {
    const rt = this.vm.rt;
    const level = rt.i32[(levelObj + 16) >> 2] * rt.i32[(levelObj + 24) >> 2];
    let name = rt.jsString(nameObj);
    if (level > 0) name = this.resolveRelative(name, globals, level);
    if (name === "") throw rt.raise(rt.E.ValueError, "Empty module name");
    const parts = name.split(".");
    // `top` owns one reference; `leaf` owns one more only when it is not `top`.
    let top = 0;
    let leaf = 0;
    try {
      for (let i = 0; i < parts.length; i++) {
        const m = this.importOne(parts.slice(0, i + 1).join("."), leaf);
        if (i === 0) top = m;
        else if (leaf !== top) rt.decref(leaf);
        leaf = m;
      }
      const hasFromlist = fromlist !== rt.S.None && fromlist !== 0 && tupleSize(rt, fromlist) > 0;
      if (!hasFromlist) {
        if (leaf !== top) rt.decref(leaf);
        return top;
      }
      this.handleFromlist(leaf, name, fromlist);
      if (leaf !== top) rt.decref(top);
      return leaf;
    } catch (e) {
      if (leaf !== 0 && leaf !== top) rt.decref(leaf);
      if (top !== 0) rt.decref(top);
      throw e;
    }
  }

  /** `from package import submodule`: import names of the fromlist that are not attributes yet. */
  private handleFromlist(module: number, moduleName: string, fromlist: number): void {
    const rt = this.vm.rt;
    const pathAttr = lookupAttr(rt, module, rt.identifier("__path__"));
    if (pathAttr === 0) return;
    rt.decref(pathAttr);
    for (let i = 0, n = tupleSize(rt, fromlist); i < n; i++) {
      const item = rt.load(fromlist + 24 + 8 * i);
      if (rt.typeOf(item) !== rt.T.str) continue;
      const text = rt.jsString(item);
      if (text === "*") continue;
      const existing = lookupAttr(rt, module, item);
      if (existing !== 0) {
        rt.decref(existing);
        continue;
      }
      try {
        rt.decref(this.importOne(`${moduleName}.${text}`, module));
      } catch (e) {
        if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.ModuleNotFoundError)) throw e;
        rt.setException(0);
      }
    }
  }

  private resolveRelative(name: string, globals: number, level: number): string {
    const rt = this.vm.rt;
    let pkg = "";
    const pkgObj = dictGetItemStr(rt, globals, rt.identifier("__package__"));
    if (pkgObj !== 0 && pkgObj !== rt.S.None) pkg = rt.jsString(pkgObj);
    else {
      const modName = dictGetItemStr(rt, globals, rt.identifier("__name__"));
      const isPackage = dictGetItemStr(rt, globals, rt.identifier("__path__")) !== 0;
      if (modName !== 0) {
        const n = rt.jsString(modName);
        pkg = isPackage ? n : n.includes(".") ? n.slice(0, n.lastIndexOf(".")) : "";
      }
    }
    if (pkg === "" || pkg === "__main__") throw rt.raise(rt.E.ImportError, "attempted relative import with no known parent package");
    const bits = pkg.split(".");
    if (bits.length < level) throw rt.raise(rt.E.ImportError, "attempted relative import beyond top-level package");
    const base = bits.slice(0, bits.length - level + 1).join(".");
    return name === "" ? base : `${base}.${name}`;
  }

  /** Import one module by full name (its parent already imported: `parent`, borrowed). New reference. */
  private importOne(fullname: string, parent: number): number {
    const vm = this.vm;
    const rt = vm.rt;
    const key = rt.newStr(fullname);
    try {
      const existing = dictGetItem(rt, vm.modules, key);
      if (existing !== 0) {
        rt.incref(existing);
        return existing;
      }
      const native = this.natives.get(fullname);
      if (native !== undefined) {
        const m = createNativeModule(rt, native);
        dictSetItem(rt, vm.modules, key, m);
        return m;
      }
      const dot = fullname.lastIndexOf(".");
      const shortName = fullname.slice(dot + 1);
      const searchPath = parent === 0 ? this.sysPath() : this.packagePath(parent);
      for (const dir of searchPath) {
        const pkgInit = path.join(dir, shortName, "__init__.py");
        const pkgSource = readModuleSource(vm.libDir, pkgInit);
        if (pkgSource !== undefined) return this.load(fullname, key, pkgInit, pkgSource, path.join(dir, shortName), parent, shortName);
        const file = path.join(dir, `${shortName}.py`);
        const source = readModuleSource(vm.libDir, file);
        if (source !== undefined) return this.load(fullname, key, file, source, undefined, parent, shortName);
      }
      rt.raise(rt.E.ModuleNotFoundError, `No module named '${fullname}'`);
      setExceptionAttribute(rt, rt.ts.curexc, "name", key);
      throw PY_RAISED;
    } finally {
      rt.decref(key);
    }
  }

  private load(fullname: string, key: number, file: string, source: string, packageDir: string | undefined, parent: number, shortName: string): number {
    const vm = this.vm;
    const rt = vm.rt;
    const code = vm.compile(source, file, "exec");
    const m = vm.newModule(fullname, file);
    const d = moduleDict(rt, m);
    if (packageDir !== undefined) {
      const p = newList(rt, 0);
      const dirStr = rt.newStr(packageDir);
      listAppend(rt, p, dirStr);
      rt.decref(dirStr);
      dictSetItem(rt, d, rt.identifier("__path__"), p);
      rt.decref(p);
    }
    const pkgName = rt.newStr(packageDir !== undefined ? fullname : fullname.includes(".") ? fullname.slice(0, fullname.lastIndexOf(".")) : "");
    dictSetItem(rt, d, rt.identifier("__package__"), pkgName);
    rt.decref(pkgName);
    try {
      const r = vm.execCode(code, d, d);
      rt.decref(r);
    } catch (e) {
      if (e === PY_RAISED) {
        const exc = rt.fetchException();
        dictDelItem(rt, vm.modules, key);
        rt.setException(exc);
      }
      rt.decref(m);
      throw e;
    } finally {
      rt.decref(code);
    }
    if (parent !== 0) {
      const name = rt.intern(shortName);
      try {
        setAttr(rt, parent, name, m);
      } finally {
        rt.decref(name);
      }
    }
    // The module object in sys.modules may have been replaced by its own code.
    const final = dictGetItem(rt, vm.modules, key);
    if (final !== 0 && final !== m) {
      rt.incref(final);
      rt.decref(m);
      return final;
    }
    return m;
  }

  private sysPath(): string[] {
    const rt = this.vm.rt;
    const p = lookupAttr(rt, this.vm.sys, rt.identifier("path"));
    if (p === 0) return [];
    try {
      return this.stringsOf(p);
    } finally {
      rt.decref(p);
    }
  }

  private packagePath(parent: number): string[] {
    const rt = this.vm.rt;
    const p = lookupAttr(rt, parent, rt.identifier("__path__"));
    if (p === 0) return [];
    try {
      return this.stringsOf(p);
    } finally {
      rt.decref(p);
    }
  }

  private stringsOf(list: number): string[] {
    const rt = this.vm.rt;
    const out: string[] = [];
    if (rt.typeOf(list) !== rt.T.list) return out;
    for (let i = 0, n = listSize(rt, list); i < n; i++) {
      const item = listItem(rt, list, i);
      if (rt.typeOf(item) === rt.T.str) out.push(rt.jsString(item));
    }
    return out;
  }

  /** IMPORT_FROM: module.name, falling back to the submodule `module.name`. New reference. */
  importFrom(module: number, name: number): number {
    const rt = this.vm.rt;
    const v = lookupAttr(rt, module, name);
    if (v !== 0) return v;
    const modName = lookupAttr(rt, module, rt.identifier("__name__"));
    let modText = "<unknown module name>";
    if (modName !== 0) {
      if (rt.typeOf(modName) === rt.T.str) modText = rt.jsString(modName);
      rt.decref(modName);
      const fullname = rt.newStr(`${modText}.${rt.jsString(name)}`);
      const sub = dictGetItem(rt, this.vm.modules, fullname);
      rt.decref(fullname);
      if (sub !== 0) {
        rt.incref(sub);
        return sub;
      }
    }
    const file = lookupAttr(rt, module, rt.identifier("__file__"));
    let where = "unknown location";
    if (file !== 0) {
      if (rt.typeOf(file) === rt.T.str) where = rt.jsString(file);
      rt.decref(file);
    }
    throw rt.raise(rt.E.ImportError, `cannot import name '${rt.jsString(name)}' from '${modText}' (${where})`);
  }

  /** IMPORT_STAR: copy `__all__` or the public names into `locals`. */
  importStar(module: number, locals: number): void {
    const rt = this.vm.rt;
    const all = lookupAttr(rt, module, rt.identifier("__all__"));
    if (all !== 0) {
      try {
        const it = getIter(rt, all);
        try {
          for (;;) {
            const name = iterNext(rt, it);
            if (name === 0) break;
            try {
              const v = getAttr(rt, module, name);
              dictSetItem(rt, locals, name, v);
              rt.decref(v);
            } finally {
              rt.decref(name);
            }
          }
        } finally {
          rt.decref(it);
        }
      } finally {
        rt.decref(all);
      }
      return;
    }
    const d = moduleDict(rt, module);
    for (let i = 0, n = dictEntryCount(rt, d); i < n; i++) {
      const key = dictEntryKey(rt, d, i);
      if (key === 0 || rt.typeOf(key) !== rt.T.str || rt.jsString(key).startsWith("_")) continue;
      dictSetItem(rt, locals, key, dictEntryValue(rt, d, i));
    }
  }
}


