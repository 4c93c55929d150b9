/**
 * Interned strings and static identifiers (CPython 3.11's interned dict and `_Py_ID`).
 *
 *   rt.interned : JS text ──▶ str      one canonical str per text; the table's references are
 *                                      NOT counted in ob_refcnt (CPython 3.11: a runtime string
 *                                      interned and bound to one name has getrefcount 2)
 *
 * States (the `interned` bits of the str's state word):
 *   NOT        an ordinary str.
 *   MORTAL     in the table; when its count reaches zero its dealloc removes it (str.ts).
 *   IMMORTAL   in the table for the interpreter's life: the one-character Latin-1 and empty
 *              singletons (static memory) and identifiers.
 *
 * Identifiers are what native code uses to name attributes (`rt.identifier("__init__")`): an
 * identifier is the interned str of its text, allocated in the heap with CPython's static
 * count (999999999), kept on a per-Runtime list and freed by `releaseIdentifiers` at close,
 * after every other object is gone. Making an already interned mortal str an identifier
 * promotes it: it gains the static count and joins the list.
 */
import type { Runtime } from "./runtime.js";
import { STATIC_REFCNT } from "./layout.js";
import { Interned, setInternedState, strInternedState, strLength, strData, strKind, readChar } from "./str-layout.js";
import { isExactStr, newStr, strToJs } from "./str-object.js";

/** Each Runtime's identifiers, freed at close. */
const identifierLists = new WeakMap<Runtime, number[]>();

function isSingleton(rt: Runtime, o: number): boolean {
  if (o === rt.S.emptyStr) return true;
  const n = strLength(rt, o);
  if (n !== 1) return false;
  const c = readChar(rt, strData(rt, o), strKind(rt, o), 0);
  return c < 0x100 && rt.S.latin1[c] === o;
}

/** The interned str for `text` (new reference): sys.intern semantics. */
export function strIntern(rt: Runtime, text: string): number {
  const found = rt.interned.get(text);
  if (found !== undefined) {
    rt.incref(found);
    return found;
  }
  const o = newStr(rt, text);
  setInternedState(rt, o, isSingleton(rt, o) ? Interned.IMMORTAL : Interned.MORTAL);
  rt.interned.set(text, o);
  return o;
}

/**
 * sys.intern(s) for an exact str `o` (borrowed): the canonical str with o's text, as a new
 * reference — `o` itself if it becomes (or already is) the interned one.
 */
export function strInternObject(rt: Runtime, o: number): number {
  if (!isExactStr(rt, o)) throw rt.raise(rt.E.TypeError, `can't intern ${rt.typeName(o)}`);
  if (strInternedState(rt, o) !== Interned.NOT) {
    rt.incref(o);
    return o;
  }
  const text = strToJs(rt, o);
  const found = rt.interned.get(text);
  if (found !== undefined) {
    rt.incref(found);
    return found;
  }
  setInternedState(rt, o, isSingleton(rt, o) ? Interned.IMMORTAL : Interned.MORTAL);
  rt.interned.set(text, o);
  rt.incref(o);
  return o;
}

/** The static identifier for `text`: interned, alive until close. A borrowed reference. */
export function strIdentifier(rt: Runtime, text: string): number {
  const found = rt.interned.get(text);
  if (found !== undefined && strInternedState(rt, found) === Interned.IMMORTAL) return found;
  let list = identifierLists.get(rt);
  if (list === undefined) {
    list = [];
    identifierLists.set(rt, list);
  }
  if (found !== undefined) {
    // A mortal interned str becomes immortal: it gains the static count.
    rt.i32[found >> 2] += STATIC_REFCNT;
    setInternedState(rt, found, Interned.IMMORTAL);
    list.push(found);
    return found;
  }
  const o = newStr(rt, text);
  if (isSingleton(rt, o)) {
    rt.decref(o);
    setInternedState(rt, o, Interned.IMMORTAL);
    rt.interned.set(text, o);
    return o;
  }
  rt.i32[o >> 2] = STATIC_REFCNT;
  setInternedState(rt, o, Interned.IMMORTAL);
  rt.interned.set(text, o);
  list.push(o);
  return o;
}

/**
 * Free every identifier and empty the interned table. Runs last at close, when no other
 * object can still refer to an identifier.
 */
export function releaseIdentifiers(rt: Runtime): void {
  const list = identifierLists.get(rt);
  identifierLists.delete(rt);
  rt.interned.clear();
  if (list === undefined) return;
  for (const o of list) {
    setInternedState(rt, o, Interned.NOT);
    rt.i32[o >> 2] = 0;
    rt.freeObject(o);
  }
}
