/**
 * Calling Python functions: binding arguments to parameters in a new frame.
 *
 * Two ways in. `pushSimpleFrame` is CPython 3.11's CALL for the common shape (exactly the
 * positional parameters, nothing else to bind): the references to the function and the
 * arguments *move* from the caller's stack into the frame, with no count changing.
 * `pushFunctionFrame` does everything else with CPython's binding rules (positional, keyword,
 * defaults, keyword-only defaults, *args, **kwargs) and its error messages: every object it
 * stores in the frame is a new reference, and the caller then drops its own references to
 * the callable and the arguments (`pushCallFrame` does both for the eval loop), so while the
 * callee runs each argument is counted once by the callee's frame, as in CPython. On an error
 * nothing is left behind: the frame is cleared and popped, and the caller's stack is untouched.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code } from "../objects/code.js";
import { Func } from "../objects/function.js";
import { Method } from "../objects/method.js";
import { Ob } from "../objects/layout.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newDict, dictGetItemStr, dictSetItem, dictGetItem } from "../objects/dict.js";
import { strEquals } from "../objects/str.js";
import { CodeFlag } from "../compile/code.js";
import { F, Lasti } from "./frame.js";
import type { VMThread } from "./thread.js";
import { clearFrame } from "./frame-ops.js";
import { call } from "../objects/abstract.js";
import { methodDescrCall } from "../objects/native-function.js";

function words(list: string[]): string {
  const quoted = list.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0];
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

const enum CallShape {
  /** Coroutine kinds: their frames are not run by pushing them (see eval.ts's CALL). */
  NOT_PLAIN = CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE,
}

/**
 * Write a new frame's header: it owns `code` (increfed here) and `func` (the caller gives
 * the reference); globals and builtins are borrowed from the function, which the frame keeps
 * alive (CPython 3.11's _PyFrame_InitializeSpecials does the same).
 */
function initFrameHeader(rt: Runtime, th: VMThread, frame: number, code: number, func: number): void {
  const i32 = rt.i32;
  const w = frame >> 2;
  i32[code >> 2]++;
  i32[w + (F.CODE >> 2)] = code;
  i32[w + (F.FUNC >> 2)] = func;
  i32[w + (F.GLOBALS >> 2)] = i32[(func + Func.GLOBALS) >> 2];
  i32[w + (F.BUILTINS >> 2)] = i32[(func + Func.BUILTINS) >> 2];
  i32[w + (F.LOCALS >> 2)] = 0;
  i32[w + (F.PREVIOUS >> 2)] = th.frame;
  i32[w + (F.LASTI >> 2)] = Lasti.FRESH;
  i32[w + (F.STACKTOP >> 2)] = 0;
  i32[w + (F.FLAGS >> 2)] = 0;
  i32[w + (F.FRAMEOBJ >> 2)] = 0;
}

/**
 * The common call, CPython 3.11's CALL to a Python function: `func` takes exactly `nargs`
 * positional parameters and nothing else needs binding (no keywords, defaults, *args or
 * **kwargs, not a coroutine: Code.CALL_ARGCOUNT). The eval loop's CALL does the same work
 * inline (run-slice.ts); this is its version for other callers and for the RecursionError. Pushes its frame and *moves* into it the references to func
 * and to the `nargs` argument words starting at i32 index `args`: the caller drops those
 * stack words without releasing them. Returns 0, having done nothing, for any other call.
 */
export function pushSimpleFrame(rt: Runtime, th: VMThread, func: number, args: number, nargs: number): number {
  const code = rt.i32[(func + Func.CODE) >> 2];
  if (nargs !== rt.i32[(code + Code.CALL_ARGCOUNT) >> 2]) return 0;
  if (th.recursionDepth >= rt.recursionLimit) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
  return pushCheckedSimpleFrame(rt, th, func, code, args, nargs);
}

/**
 * pushSimpleFrame once its caller has checked what it checks: `code` is func's code, whose
 * CALL_ARGCOUNT is `nargs`, and the recursion limit is not reached (the compiled tier's
 * callFunction, which tests both before it decides to make the call).
 */
export function pushCheckedSimpleFrame(rt: Runtime, th: VMThread, func: number, code: number, args: number, nargs: number): number {
  const i32 = rt.i32;
  const nlocals = i32[(code + Code.NLOCALSPLUS) >> 2];
  const frame = th.stack.push(F.HEADER + 8 * i32[(code + Code.FRAME_WORDS) >> 2]);
  initFrameHeader(rt, th, frame, code, func);
  th.recursionDepth++;
  const locals = (frame + F.HEADER) >> 2;
  for (let i = 0; i < nargs; i++) i32[locals + 2 * i] = i32[args + 2 * i];
  for (let p = locals + 2 * nargs, end = locals + 2 * nlocals; p < end; p++) i32[p] = 0;
  return frame;
}

/**
 * CALL's frame for any other call of a Python function (keywords, defaults, *args, ...):
 * `pushFunctionFrame` with the `nargs` words at i32 index `args` (positional arguments, then
 * the values of `kwnames`), after which the call's stack words [base, top) are released: the
 * frame holds its own references. Returns 0, having done nothing, when `func` is a coroutine
 * function (it is not run by pushing a frame).
 */
export function pushCallFrame(
  rt: Runtime, th: VMThread, func: number, args: number, nargs: number, kwnames: number, base: number, top: number,
): number {
  if (!isPlainFunction(rt, func)) return 0;
  const nkw = kwnames === 0 ? 0 : rt.i32[(kwnames + Ob.SIZE) >> 2];
  const frame = pushFunctionFrame(rt, th, func, args << 2, nargs - nkw, kwnames);
  releaseWords(rt, base, top);
  return frame;
}

/**
 * CALL of a native callable (vectorcall): `total` argument words at i32 index `first`, the
 * last of them the values of `kwnames` (or 0). Then releases the call's stack words
 * [base, top) and returns the result (a new reference).
 */
export function callNative(rt: Runtime, callable: number, first: number, total: number, kwnames: number, base: number, top: number): number {
  const nargs = total - (kwnames === 0 ? 0 : rt.i32[(kwnames + Ob.SIZE) >> 2]);
  // `words.append(x)` after LOAD_METHOD: the method descriptor's call without the slot dispatch.
  const r =
    rt.i32[(callable + Ob.TYPE) >> 2] === rt.T.method_descriptor
      ? methodDescrCall(rt, callable, first << 2, nargs, kwnames)
      : call(rt, callable, first << 2, nargs, kwnames);
  releaseWords(rt, base, top);
  return r;
}

/** Release the stack words at i32 indices [from, to), the highest first; 0 words are NULL. */
export function releaseWords(rt: Runtime, from: number, to: number): void {
  const i32 = rt.i32;
  for (let p = to - 2; p >= from; p -= 2) {
    const v = i32[p];
    if (v !== 0 && --i32[v >> 2] === 0) rt.dealloc(v);
  }
}

/**
 * CALL on a bound method with NULL below it: (NULL, method) at i32 indices args - 4, args - 2
 * becomes (func, self), and the method is released. Returns func.
 */
export function unpackMethod(rt: Runtime, args: number): number {
  const i32 = rt.i32;
  const method = i32[args - 2];
  const func = i32[(method + Method.FUNC) >> 2];
  const self = i32[(method + Method.SELF) >> 2];
  i32[func >> 2]++;
  i32[self >> 2]++;
  i32[args - 4] = func;
  i32[args - 2] = self;
  if (--i32[method >> 2] === 0) rt.dealloc(method);
  return func;
}

/** Can `func` (a function object) be run by pushing its frame (it is not a coroutine)? */
export function isPlainFunction(rt: Runtime, func: number): boolean {
  const i32 = rt.i32;
  return (i32[(i32[(func + Func.CODE) >> 2] + Code.FLAGS) >> 2] & CallShape.NOT_PLAIN) === 0;
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
  i32[func >> 2]++;
  initFrameHeader(rt, th, frame, code, func);
  // Locals start empty; the value stack is written before it is read.
  for (let p = (frame + F.HEADER) >> 2, end = p + 2 * nlocals; p < end; p++) i32[p] = 0;
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
