/**
 * Pass 2 of the symbol table (symtable.ts explains both passes): give every name of every block
 * its scope, CPython 3.11's `analyze_block` and `analyze_name`.
 */
import { compilerBug, type ErrorSite } from "./errors.js";
import { BlockType, Flag, Scope, type SymbolTableEntry } from "./symtable.js";

function analyzeName(ste: SymbolTableEntry, name: string, flags: number, bound: Set<string> | undefined,
  local: Set<string>, free: Set<string>, global: Set<string>, site: ErrorSite): void {
  const fail = (msg: string): never => {
    throw site.error(msg, ste.directives.get(name) ?? compilerBug(`no directive for '${name}'`));
  };
  if (flags & Flag.GLOBAL) {
    if (flags & Flag.NONLOCAL) fail(`name '${name}' is nonlocal and global`);
    ste.scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & Flag.NONLOCAL) {
    if (!bound) fail("nonlocal declaration not allowed at module level");
    if (!bound!.has(name)) fail(`no binding for nonlocal '${name}' found`);
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & Flag.BOUND) {
    ste.scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  /* bound by an enclosing function: a free variable, not a global */
  if (bound?.has(name)) {
    ste.scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (!global.has(name) && ste.nested) ste.free = true;
  ste.scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

/**
 * Give every name of `ste` its scope. `bound` holds the names bound by enclosing functions
 * (undefined for the module), `global` the explicit globals visible here; on return `free`
 * holds the names free in this block or in its children that an enclosing block must provide.
 */
export function analyzeBlock(ste: SymbolTableEntry, bound: Set<string> | undefined, free: Set<string>,
  global: Set<string>, site: ErrorSite): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newBound = new Set<string>();
  const newFree = new Set<string>();

  /* A class body is no scope for the functions inside it: what they see is what the class sees. */
  if (ste.type === BlockType.Class) {
    for (const n of global) newGlobal.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of ste.symbols) analyzeName(ste, name, flags, bound, local, free, global, site);

  if (ste.type !== BlockType.Class) {
    if (ste.type === BlockType.Function) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), site);
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === BlockType.Function) {
    /* locals captured by children become cells */
    for (const [name, scope] of ste.scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        ste.scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === BlockType.Class) {
    if (newFree.delete("__class__")) ste.needsClassClosure = true;
  }

  /* free variables of children that this block neither binds nor declares pass through it */
  for (const name of newFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      /* a method's free variable that is also bound (or global) in the class body */
      if (ste.type === BlockType.Class && flags & (Flag.BOUND | Flag.GLOBAL)) {
        ste.symbols.set(name, flags | Flag.FREE_CLASS);
      }
      continue;
    }
    if (bound && !bound.has(name)) continue; /* a global */
    ste.symbols.set(name, 0);
    ste.scopes.set(name, Scope.FREE);
  }
  for (const n of newFree) free.add(n);
}
