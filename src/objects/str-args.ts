/**
 * Argument conventions shared by the methods of str, bytes and bytearray that CPython still
 * parses with PyArg_ParseTuple (its own message forms), plus the index conversions they use.
 *
 *   find-like     sub[, start[, end]]    "find() takes at least 1 argument (0 given)"
 *   start/end     None or anything with __index__, clamped to the index range
 *                 ("slice indices must be integers or None or have an __index__ method")
 *
 * Other methods use args.ts (`checkArgs`, `parseArgs`) directly.
 */
import type { Runtime } from "./runtime.js";
import { kwCount, arg, checkArgs } from "./args.js";
import { index } from "./abstract.js";
import { asSsize, hasIndex, intToSsize } from "./slice.js";

/** The largest length glasspy can allocate (its heap is below 2^31 bytes). */
export const INDEX_MAX = 0x7fffffff;

/** _PyEval_SliceIndex: None (or absent) → `dflt`; an __index__ object → its value, clamped. */
export function sliceIndexArg(rt: Runtime, o: number, dflt: number): number {
  if (o === 0 || o === rt.S.None) return dflt;
  if (!hasIndex(rt, o)) {
    throw rt.raise(rt.E.TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  return asSsize(rt, o, 0);
}

/** A Py_ssize_t parameter (Argument Clinic): __index__, OverflowError when it does not fit. */
export function indexArg(rt: Runtime, o: number): number {
  const i = index(rt, o);
  const v = intToSsize(rt, i);
  rt.decref(i);
  if (v === Infinity || v === -Infinity) throw rt.raise(rt.E.OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** Parsed `sub[, start[, end]]`: the needle (borrowed) and the raw bounds. */
export interface FindArgs {
  sub: number;
  start: number;
  end: number;
}

const plural = (n: number) => (n === 1 ? "argument" : "arguments");

/**
 * PyArg_ParseTuple-style count check, with CPython's "takes at least/at most" messages and
 * the qualified name `owner.name` (e.g. "str.find") in the keyword message. (The qualified name
 * is built only for a message: these checks run at every call of a method.)
 */
export function checkTupleArgs(rt: Runtime, name: string, owner: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${owner}.${name}() takes no keyword arguments`);
  if (nargs < min) {
    throw rt.raise(rt.E.TypeError, `${name}() takes ${min === max ? "exactly" : "at least"} ${min} ${plural(min)} (${nargs} given)`);
  }
  if (nargs > max) {
    throw rt.raise(rt.E.TypeError, `${name}() takes ${min === max ? "exactly" : "at most"} ${max} ${plural(max)} (${nargs} given)`);
  }
}

/** stringlib's parse_args_finds: `sub[, start[, end]]`, bounds clamped but not adjusted. */
export function parseFindArgsRaw(rt: Runtime, name: string, owner: string, args: number, nargs: number, kwnames: number, out: FindArgs): FindArgs {
  checkTupleArgs(rt, name, owner, nargs, kwnames, 1, 3);
  out.sub = arg(rt, args, 0);
  out.start = nargs > 1 ? sliceIndexArg(rt, arg(rt, args, 1), 0) : 0;
  out.end = nargs > 2 ? sliceIndexArg(rt, arg(rt, args, 2), INDEX_MAX) : INDEX_MAX;
  return out;
}

/** CPython's ADJUST_INDICES: negative bounds count from the end; both clipped to [0, length]. */
export function adjustIndices(out: FindArgs, length: number): FindArgs {
  let { start, end } = out;
  if (end > length) end = length;
  else if (end < 0) {
    end += length;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += length;
    if (start < 0) start = 0;
  }
  out.start = start;
  out.end = end;
  return out;
}

/** parse_args_finds followed by ADJUST_INDICES for a haystack of `length`. */
export function parseFindArgs(rt: Runtime, name: string, owner: string, args: number, nargs: number, kwnames: number, length: number, out: FindArgs): FindArgs {
  return adjustIndices(parseFindArgsRaw(rt, name, owner, args, nargs, kwnames, out), length);
}

/** "str.strip() takes no keyword arguments" (`owner.name`): Argument Clinic's positional-only check. */
function noKeywords(rt: Runtime, name: string, owner: string, kwnames: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${owner}.${name}() takes no keyword arguments`);
}

/** Argument Clinic's positional-only count check: "center expected at most 2 arguments, got 5". */
export function checkPositional(rt: Runtime, name: string, owner: string, nargs: number, kwnames: number, min: number, max: number): void {
  noKeywords(rt, name, owner, kwnames);
  checkArgs(rt, name, nargs, 0, min, max);
}
