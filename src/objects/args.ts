/**
 * One way to declare and check native functions' parameters.
 *
 * A native receives the vectorcall form (`args`, `nargs`, `kwnames`). Simple functions check
 * the count with `checkArgs`; functions with keywords declare an `ArgSpec` once, at module
 * load, and call `parseArgs`, which fills a caller-supplied Int32Array with borrowed
 * references (0 where an optional argument was not given). Parsing allocates nothing.
 *
 * Spec syntax, Python's own: `argSpec("sorted", ["iterable", "/", "*", "key=", "reverse="])` —
 * `name` required, `name=` optional, `/` ends positional-only parameters, `*` starts
 * keyword-only ones, `*args` accepts (and leaves in place) extra positionals, `**kwargs`
 * accepts unknown keywords (they are skipped; the function reads them itself).
 */
import type { Runtime } from "./runtime.js";
import { tupleItem, tupleSize } from "./tuple.js";

export interface ArgSpec {
  readonly fname: string;
  readonly names: readonly string[];
  readonly required: readonly boolean[];
  /** Parameters before this index cannot be given by keyword. */
  readonly posOnly: number;
  /** Parameters from this index on can only be given by keyword. */
  readonly kwOnlyStart: number;
  readonly varargs: boolean;
  readonly varkw: boolean;
}

export function argSpec(fname: string, params: readonly string[]): ArgSpec {
  const names: string[] = [];
  const required: boolean[] = [];
  let posOnly = 0;
  let kwOnlyStart = -1;
  let varargs = false;
  let varkw = false;
  for (const p of params) {
    if (p === "/") posOnly = names.length;
    else if (p === "*") kwOnlyStart = names.length;
    else if (p.startsWith("**")) varkw = true;
    else if (p.startsWith("*")) {
      varargs = true;
      kwOnlyStart = names.length;
    } else {
      const optional = p.endsWith("=");
      names.push(optional ? p.slice(0, -1) : p);
      required.push(!optional);
    }
  }
  return { fname, names, required, posOnly, kwOnlyStart: kwOnlyStart < 0 ? names.length : kwOnlyStart, varargs, varkw };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Number of keyword arguments in a call. */
export function kwCount(rt: Runtime, kwnames: number): number {
  return kwnames === 0 ? 0 : tupleSize(rt, kwnames);
}

/** Positional-only functions: check the count and that no keywords were passed. */
export function checkArgs(rt: Runtime, fname: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no keyword arguments`);
  if (nargs >= min && nargs <= max) return;
  if (min === max) {
    if (min === 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no arguments (${nargs} given)`);
    if (min === 1) throw rt.raise(rt.E.TypeError, `${fname}() takes exactly one argument (${nargs} given)`);
    throw rt.raise(rt.E.TypeError, `${fname} expected ${plural(min, "argument")}, got ${nargs}`);
  }
  if (nargs < min) throw rt.raise(rt.E.TypeError, `${fname} expected at least ${plural(min, "argument")}, got ${nargs}`);
  throw rt.raise(rt.E.TypeError, `${fname} expected at most ${plural(max, "argument")}, got ${nargs}`);
}

/** The i-th argument word of a vectorcall (borrowed). */
export function arg(rt: Runtime, args: number, i: number): number {
  return rt.i32[(args >> 2) + 2 * i];
}

/**
 * Match a call against `spec`. `out[i]` receives the borrowed argument for `spec.names[i]`, or
 * 0 when an optional parameter was not given. With `*args` in the spec, positionals beyond the
 * named positional parameters are allowed and left for the caller (`nargs` still counts them).
 */
export function parseArgs(rt: Runtime, spec: ArgSpec, args: number, nargs: number, kwnames: number, out: Int32Array): void {
  const positional = spec.kwOnlyStart;
  const n = spec.names.length;
  for (let i = 0; i < n; i++) out[i] = 0;
  if (nargs > positional && !spec.varargs) {
    if (positional === 0) throw rt.raise(rt.E.TypeError, `${spec.fname}() takes no positional arguments`);
    throw rt.raise(rt.E.TypeError, `${spec.fname}() takes at most ${plural(positional, "argument")} (${nargs} given)`);
  }
  const given = Math.min(nargs, positional);
  for (let i = 0; i < given; i++) out[i] = arg(rt, args, i);
  const nkw = kwCount(rt, kwnames);
  for (let k = 0; k < nkw; k++) {
    const key = rt.jsString(tupleItem(rt, kwnames, k));
    const index = spec.names.indexOf(key);
    if (index < 0 || index < spec.posOnly) {
      if (spec.varkw) continue;
      throw rt.raise(rt.E.TypeError, `'${key}' is an invalid keyword argument for ${spec.fname}()`);
    }
    if (out[index] !== 0) {
      throw rt.raise(rt.E.TypeError, `argument for ${spec.fname}() given by name ('${key}') and position (${index + 1})`);
    }
    out[index] = arg(rt, args, nargs + k);
  }
  for (let i = 0; i < n; i++) {
    if (out[i] === 0 && spec.required[i]) {
      if (i < positional) {
        throw rt.raise(rt.E.TypeError, `${spec.fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
      }
      throw rt.raise(rt.E.TypeError, `${spec.fname}() missing required keyword-only argument '${spec.names[i]}'`);
    }
  }
}
