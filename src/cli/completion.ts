/**
 * Tab completion for the REPL, as CPython's rlcompleter does it:
 *   - a plain word completes to keywords, the names of `__main__` and the builtins;
 *   - `a.b.c.pre` completes to the attributes of `a.b.c` (from dir()) starting with `pre`;
 *     names starting with `_` are offered only when `pre` starts with `_` (and `__` names
 *     only when it starts with `__`);
 *   - callables get `(`, keywords a space (`try` and `finally` a colon).
 * The expression before the last dot must be a dotted name: it is looked up (getattr runs,
 * as in CPython), never evaluated as arbitrary code. An error while looking gives nothing.
 */
import type { VM } from "../vm/vm.js";
import { PY_RAISED } from "../objects/errors.js";
import { dictEntryCount, dictEntryKey, dictEntryValue, dictGetItemStr } from "../objects/dict.js";
import { getAttr, lookupAttr, call1 } from "../objects/abstract.js";
import { listItem, listSize } from "../objects/list.js";

const KEYWORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield",
];
const BARE_KEYWORDS = new Set(["False", "None", "True", "break", "continue", "pass", "else"]);

/** The word being typed at the end of `line`: a (dotted) name, possibly empty. */
export function wordAtEnd(line: string): string {
  return /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\.?[A-Za-z0-9_]*$|[A-Za-z_]*$/.exec(line)?.[0] ?? "";
}

/** Completions of `word` (sorted, without duplicates) in the namespace `globals` (borrowed). */
export function complete(vm: VM, globals: number, word: string): string[] {
  const rt = vm.rt;
  try {
    const dot = word.lastIndexOf(".");
    const found = new Set<string>();
    if (dot < 0) {
      for (const k of KEYWORDS) {
        if (!k.startsWith(word)) continue;
        found.add(k === "try" || k === "finally" ? k + ":" : BARE_KEYWORDS.has(k) ? k : k + " ");
      }
      for (const ns of [globals, vm.builtins]) {
        for (let i = 0, n = dictEntryCount(rt, ns); i < n; i++) {
          const key = dictEntryKey(rt, ns, i);
          if (key === 0 || rt.typeOf(key) !== rt.T.str) continue;
          const name = rt.jsString(key);
          if (!name.startsWith(word) || found.has(name) || found.has(name + "(")) continue;
          const value = dictEntryValue(rt, ns, i);
          found.add(value !== 0 && rt.slotsOf(value).call !== undefined ? name + "(" : name);
        }
      }
    } else {
      const prefix = word.slice(dot + 1);
      const obj = lookupDotted(vm, globals, word.slice(0, dot).split("."));
      if (obj === 0) return [];
      try {
        for (const name of dirOf(vm, obj)) {
          if (!name.startsWith(prefix)) continue;
          if (prefix === "" ? name.startsWith("_") : prefix === "_" && name.startsWith("__")) continue;
          const value = lookupAttr(rt, obj, rt.identifier(name));
          const callable = value !== 0 && rt.slotsOf(value).call !== undefined;
          if (value !== 0) rt.decref(value);
          found.add(`${word.slice(0, dot + 1)}${name}${callable ? "(" : ""}`);
        }
      } finally {
        rt.decref(obj);
      }
    }
    return [...found].sort();
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    rt.setException(0);
    return [];
  }
}

/** The object named by `parts` (a new reference), or 0 when a name is missing. */
function lookupDotted(vm: VM, globals: number, parts: string[]): number {
  const rt = vm.rt;
  let obj = dictGetItemStr(rt, globals, rt.identifier(parts[0]));
  if (obj === 0) obj = dictGetItemStr(rt, vm.builtins, rt.identifier(parts[0]));
  if (obj === 0) return 0;
  rt.incref(obj);
  for (const part of parts.slice(1)) {
    try {
      const next = getAttr(rt, obj, rt.identifier(part));
      rt.decref(obj);
      obj = next;
    } catch (e) {
      rt.decref(obj);
      throw e;
    }
  }
  return obj;
}

/** dir(obj) as JS strings. */
function dirOf(vm: VM, obj: number): string[] {
  const rt = vm.rt;
  const dir = dictGetItemStr(rt, vm.builtins, rt.identifier("dir"));
  if (dir === 0) return [];
  const list = call1(rt, dir, obj);
  try {
    const names: string[] = [];
    for (let i = 0, n = listSize(rt, list); i < n; i++) {
      const item = listItem(rt, list, i);
      if (rt.typeOf(item) === rt.T.str) names.push(rt.jsString(item));
    }
    return names;
  } finally {
    rt.decref(list);
  }
}
