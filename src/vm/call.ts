/**
 * Calling Python functions: binding arguments to parameters in a new frame.
 *
 * `pushFunctionFrame` builds the callee's frame on the data stack with CPython's binding rules
 * (positional, keyword, defaults, keyword-only defaults, *args, **kwargs) and its error
 * messages. Every object it stores in the frame is a new reference; the caller then drops its
 * own references to the callable and the arguments, so while the callee runs each argument
 * is counted once by the callee's frame, as in CPython where the references move.
 * On an error nothing is left behind: the frame is cleared and popped, and the caller's
 * stack is untouched.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";
import { Func } from "../objects/function.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newDict, dictGetItemStr, dictSetItem, dictGetItem } from "../objects/dict.js";
import { strEquals } from "../objects/str.js";
import { CodeFlag } from "../compile/code.js";
import { F, FRESH_LASTI, frameSize } from "./frame.js";
import type { VMThread } from "./thread.js";
import { clearFrame } from "./frame-ops.js";

function words(list: string[]): string {
  const quoted = list.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/**
 * Push a frame for calling `func` with the argument vector at `args` (`nargs` positional
 * words followed by the values of `kwnames`). Returns the frame; the caller still owns its
 * references to func and the arguments.
 */
export function pushFunctionFrame(rt: Runtime, th: VMThread, func: number, args: number, nargs: number, kwnames: number): number {
  const i32 = rt.i32;
  const code = i32[(func + Func.CODE) >> 2];
  const nlocals = i32[(code + Code.NLOCALSPLUS) >> 2];
  const size = F.HEADER + 8 * (nlocals + i32[(code + Code.STACKSIZE) >> 2]);
  if (th.recursionDepth >= rt.recursionLimit) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
  const frame = th.stack.push(size);
  // Header and locals start empty; the value stack is written before it is read.
  const base = frame >> 2;
  for (let p = base, end = base + (F.HEADER >> 2) + 2 * nlocals; p < end; p++) i32[p] = 0;
  const globals = i32[(func + Func.GLOBALS) >> 2];
  const builtins = i32[(func + Func.BUILTINS) >> 2];
  i32[(frame + F.CODE) >> 2] = code;
  i32[code >> 2]++;
  i32[(frame + F.FUNC) >> 2] = func;
  i32[func >> 2]++;
  i32[(frame + F.GLOBALS) >> 2] = globals;
  i32[globals >> 2]++;
  i32[(frame + F.BUILTINS) >> 2] = builtins;
  i32[builtins >> 2]++;
  i32[(frame + F.PREVIOUS) >> 2] = th.frame;
  i32[(frame + F.LASTI) >> 2] = FRESH_LASTI;
  th.recursionDepth++;
  // Fast path: exactly the positional parameters, nothing else to bind.
  const flags = i32[(code + Code.FLAGS) >> 2];
  if (
    kwnames === 0 && nargs === i32[(code + Code.ARGCOUNT) >> 2] && i32[(code + Code.KWONLYARGCOUNT) >> 2] === 0 &&
    (flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0
  ) {
    const from = args >> 2;
    const to = (frame + F.HEADER) >> 2;
    for (let i = 0; i < nargs; i++) {
      const v = i32[from + 2 * i];
      i32[v >> 2]++;
      i32[to + 2 * i] = v;
    }
    return frame;
  }
  try {
    bindArguments(rt, func, code, frame, args, nargs, kwnames);
  } catch (e) {
    clearFrame(rt, frame);
    th.stack.pop(frame);
    th.recursionDepth--;
    throw e;
  }
  return frame;
}

function bindArguments(rt: Runtime, func: number, code: number, frame: number, args: number, nargs: number, kwnames: number): void {
  const i32 = rt.i32;
  const flags = i32[(code + Code.FLAGS) >> 2];
  const argcount = i32[(code + Code.ARGCOUNT) >> 2];
  const posonly = i32[(code + Code.POSONLYARGCOUNT) >> 2];
  const kwonly = i32[(code + Code.KWONLYARGCOUNT) >> 2];
  const names = rt.load(code + Code.LOCALSPLUSNAMES);
  const locals = frame + F.HEADER;
  const local = (i: number) => rt.load(locals + i * 8);
  const setLocal = (i: number, v: number) => {
    rt.incref(v);
    rt.store(locals + i * 8, v);
  };
  const argAt = (i: number) => rt.load(args + i * 8);
  const qualname = () => rt.jsString(rt.load(func + Func.QUALNAME));
  const nameOf = (i: number) => rt.jsString(tupleItem(rt, names, i));

  let varargsIndex = -1;
  let varkwIndex = -1;
  let next = argcount + kwonly;
  if (flags & CodeFlag.VARARGS) varargsIndex = next++;
  if (flags & CodeFlag.VARKEYWORDS) varkwIndex = next++;

  let kwdict = 0;
  if (varkwIndex >= 0) {
    kwdict = newDict(rt);
    rt.store(locals + varkwIndex * 8, kwdict);
  }

  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) setLocal(i, argAt(i));
  if (varargsIndex >= 0) {
    const extra = Math.max(0, nargs - argcount);
    const t = newTuple(rt, extra);
    for (let i = 0; i < extra; i++) {
      const v = argAt(argcount + i);
      rt.incref(v);
      tupleSetItem(rt, t, i, v);
    }
    rt.store(locals + varargsIndex * 8, t);
  }

  const nkw = kwnames === 0 ? 0 : tupleSize(rt, kwnames);
  let posonlyAsKeyword: string[] | undefined;
  for (let k = 0; k < nkw; k++) {
    const key = tupleItem(rt, kwnames, k);
    const value = argAt(nargs + k);
    let index = -1;
    for (let j = posonly; j < argcount + kwonly; j++) {
      if (tupleItem(rt, names, j) === key) {
        index = j;
        break;
      }
    }
    if (index < 0) {
      for (let j = posonly; j < argcount + kwonly; j++) {
        if (strEquals(rt, tupleItem(rt, names, j), key)) {
          index = j;
          break;
        }
      }
    }
    if (index < 0) {
      if (kwdict !== 0) {
        dictSetItem(rt, kwdict, key, value);
        continue;
      }
      for (let j = 0; j < posonly; j++) {
        if (strEquals(rt, tupleItem(rt, names, j), key)) (posonlyAsKeyword ??= []).push(rt.jsString(key));
      }
      if (posonlyAsKeyword !== undefined) continue;
      throw rt.raise(rt.E.TypeError, `${qualname()}() got an unexpected keyword argument '${rt.jsString(key)}'`);
    }
    if (local(index) !== 0) {
      throw rt.raise(rt.E.TypeError, `${qualname()}() got multiple values for argument '${rt.jsString(key)}'`);
    }
    setLocal(index, value);
  }
  if (posonlyAsKeyword !== undefined) {
    throw rt.raise(
      rt.E.TypeError,
      `${qualname()}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(", ")}'`,
    );
  }

  if (nargs > argcount && varargsIndex < 0) {
    const defaults = rt.load(func + Func.DEFAULTS);
    const ndefaults = defaults === 0 ? 0 : tupleSize(rt, defaults);
    let kwonlyGiven = 0;
    for (let j = argcount; j < argcount + kwonly; j++) if (local(j) !== 0) kwonlyGiven++;
    const takes = ndefaults > 0 ? `from ${argcount - ndefaults} to ${argcount}` : `${argcount}`;
    const plural = ndefaults === 0 && argcount === 1 ? "" : "s";
    const given = kwonlyGiven > 0
      ? `${nargs} positional argument${nargs === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"}) were given`
      : `${nargs} ${nargs === 1 ? "was" : "were"} given`;
    throw rt.raise(rt.E.TypeError, `${qualname()}() takes ${takes} positional argument${plural} but ${given}`);
  }

  if (nargs < argcount) {
    const defaults = rt.load(func + Func.DEFAULTS);
    const ndefaults = defaults === 0 ? 0 : tupleSize(rt, defaults);
    const firstDefault = argcount - ndefaults;
    const missing: string[] = [];
    for (let i = nargs; i < argcount; i++) {
      if (local(i) !== 0) continue;
      if (i >= firstDefault) setLocal(i, tupleItem(rt, defaults, i - firstDefault));
      else missing.push(nameOf(i));
    }
    if (missing.length > 0) {
      throw rt.raise(
        rt.E.TypeError,
        `${qualname()}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${words(missing)}`,
      );
    }
  }

  if (kwonly > 0) {
    const kwdefaults = rt.load(func + Func.KWDEFAULTS);
    const missing: string[] = [];
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (local(i) !== 0) continue;
      const name = tupleItem(rt, names, i);
      const d = kwdefaults === 0 ? 0 : dictGetItemStr(rt, kwdefaults, name) || dictGetItem(rt, kwdefaults, name);
      if (d !== 0) setLocal(i, d);
      else missing.push(rt.jsString(name));
    }
    if (missing.length > 0) {
      throw rt.raise(
        rt.E.TypeError,
        `${qualname()}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? "" : "s"}: ${words(missing)}`,
      );
    }
  }
}
