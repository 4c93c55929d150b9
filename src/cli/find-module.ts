/**
 * `glasspy -m NAME`: find the module's source as CPython's runpy does before running it as
 * `__main__`. A dotted name's parent packages are imported first (their `__init__` runs);
 * the module itself is looked for on sys.path, or on its parent's `__path__`; a package runs
 * its `__main__` submodule.
 */
import * as path from "../host/node-path.js";
import type { Session } from "./session.js";
import { readModuleSource } from "../vm/lib-sources.js";
import { PY_RAISED } from "../objects/errors.js";
import { dictGetItemStr } from "../objects/dict.js";
import { lookupAttr } from "../objects/abstract.js";
import { listItem, listSize } from "../objects/list.js";
import { newInt } from "../objects/int.js";

export type FoundModule =
  | { readonly kind: "found"; readonly name: string; readonly file: string; readonly source: string }
  /** CPython's message after "glasspy: " (exit status 1). */
  | { readonly kind: "missing"; readonly message: string }
  /** Importing a parent package raised (the exception is current). */
  | { readonly kind: "raised" };

export function findModule(session: Session, name: string): FoundModule {
  const vm = session.vm;
  const rt = vm.rt;
  if (name === "" || name.startsWith(".")) return { kind: "missing", message: "Relative module names not supported" };
  const dot = name.lastIndexOf(".");
  let searchPath: string[];
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    try {
      importModule(session, parent);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      if (!rt.exceptionMatches(rt.E.ModuleNotFoundError)) return { kind: "raised" };
      rt.setException(0);
      return { kind: "missing", message: `Error while finding module specification for '${name}' (ModuleNotFoundError: No module named '${parent}')` };
    }
    const pkg = dictGetItemStr(rt, vm.modules, rt.identifier(parent));
    const pkgPath = pkg === 0 ? 0 : lookupAttr(rt, pkg, rt.identifier("__path__"));
    if (pkgPath === 0) {
      return { kind: "missing", message: `Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parent}' while trying to find '${name}')` };
    }
    searchPath = strings(session, pkgPath);
    rt.decref(pkgPath);
  } else {
    const sysPath = lookupAttr(rt, vm.sys, rt.identifier("path"));
    searchPath = sysPath === 0 ? [] : strings(session, sysPath);
    if (sysPath !== 0) rt.decref(sysPath);
  }
  const shortName = name.slice(dot + 1);
  for (const dir of searchPath) {
    const base = path.resolve(dir === "" ? "." : dir);
    const pkgInit = path.join(base, shortName, "__init__.py");
    if (readModuleSource(vm.libDir, pkgInit) !== undefined) {
      if (name.endsWith(".__main__")) break;
      const inner = findModule(session, `${name}.__main__`);
      if (inner.kind === "missing") {
        return { kind: "missing", message: `No module named ${name}.__main__; '${name}' is a package and cannot be directly executed` };
      }
      return inner;
    }
    const file = path.join(base, `${shortName}.py`);
    const source = readModuleSource(vm.libDir, file);
    if (source !== undefined) return { kind: "found", name, file, source };
  }
  // Not a file: a native module (importable, but without code to run), or nothing.
  if (dot < 0 && importable(session, name)) return { kind: "missing", message: `No code object available for ${name}` };
  return { kind: "missing", message: `No module named ${name}` };
}

/** `import name` (absolute); any exception it raises propagates. */
function importModule(session: Session, name: string): void {
  const rt = session.vm.rt;
  const nameObj = rt.newStr(name);
  const level = newInt(rt, 0);
  try {
    rt.decref(session.vm.importName(nameObj, session.globals, rt.S.None, level));
  } finally {
    rt.decref(level);
    rt.decref(nameObj);
  }
}

function importable(session: Session, name: string): boolean {
  try {
    importModule(session, name);
    return true;
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    session.vm.rt.setException(0);
    return false;
  }
}

function strings(session: Session, list: number): string[] {
  const rt = session.vm.rt;
  const out: string[] = [];
  if (rt.typeOf(list) !== rt.T.list) return out;
  for (let i = 0, n = listSize(rt, list); i < n; i++) {
    const item = listItem(rt, list, i);
    if (rt.typeOf(item) === rt.T.str) out.push(rt.jsString(item));
  }
  return out;
}
