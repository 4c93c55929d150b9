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
 * accepts unknown keywords (they are skipped; the function reads them itself). A spec that
 * CPython parses with Argument Clinic is marked (`clinicSpec`): its first use makes the
 * tuple of its keyword names, as CPython's does.
 */
import type { Runtime } from "./runtime.js";
import { RuntimeLocal } from "./runtime-local.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";

export interface ArgSpec {
  readonly fname: string;
  readonly names: readonly string[];
  readonly required: readonly boolean[];
  /** Parameters before this index cannot be given by keyword. */
  readonly posOnly: number;
  /** Parameters from this index on can only be given by keyword. */
  readonly kwOnlyStart: number;
  /** How many leading positional-only parameters are required. */
  readonly minPosOnly: number;
  readonly varargs: boolean;
  readonly varkw: boolean;
  /**
   * CPython 3.11 parses these arguments with a static _PyArg_Parser (Argument Clinic), which
   * makes the tuple of its keyword names at its first use and keeps it: "keywords" at the
   * first call with keywords, "always" at the first call (print's). Unset: no such tuple.
   */
  readonly kwtuple?: "keywords" | "always";
}

/** `spec` marked as parsed by an Argument Clinic parser of CPython 3.11 (ArgSpec.kwtuple). */
export function clinicSpec(spec: ArgSpec, when: "keywords" | "always" = "keywords"): ArgSpec {
  return { ...spec, kwtuple: when };
}

/** Per runtime: the keyword-name tuples made so far, by spec (new references held until shutdown). */
const keywordTuples = new RuntimeLocal<Map<ArgSpec, number>>(() => new Map());

/**
 * The tuple of `spec`'s keyword names (the parameters a keyword can give), made as CPython's
 * parser_init makes it, the first time: interned strs, kept until the interpreter shuts down.
 */
export function noteKeywordTuple(rt: Runtime, spec: ArgSpec): void {
  const made = keywordTuples.get(rt);
  if (made.has(spec)) return;
  const names = spec.names.slice(spec.posOnly);
  const t = newTuple(rt, names.length);
  for (let i = 0; i < names.length; i++) {
    const s = rt.identifier(names[i]!);
    rt.incref(s);
    tupleSetItem(rt, t, i, s);
  }
  made.set(spec, t);
}

/** Shutdown: the keyword-name tuples go (CPython's _PyArg_Fini). */
export function releaseKeywordTuples(rt: Runtime): void {
  const made = keywordTuples.get(rt);
  for (const t of made.values()) rt.decref(t);
  made.clear();
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
  let minPosOnly = 0;
  while (minPosOnly < posOnly && required[minPosOnly]) minPosOnly++;
  return { fname, names, required, posOnly, kwOnlyStart: kwOnlyStart < 0 ? names.length : kwOnlyStart, minPosOnly, varargs, varkw };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The type an argument converter's TypeError names ("f() argument 'x' must be str, not
 * None"): "None" for None, as CPython's _PyArg_BadArgument and getargs.c say it, else the
 * type's name.
 */
export function argTypeName(rt: Runtime, o: number): string {
  return o === rt.S.None ? "None" : rt.typeName(o);
}

/** Number of keyword arguments in a call. */
export function kwCount(rt: Runtime, kwnames: number): number {
  return kwnames === 0 ? 0 : tupleSize(rt, kwnames);
}

/**
 * Positional-only functions: check the count and that no keywords were passed. A method
 * passes its qualified name ("list.pop"): CPython's method descriptor names it so in "takes no
 * keyword arguments", "takes no arguments" and "takes exactly one argument", while the
 * counts its functions check themselves ("pop expected at most 1 argument, got 2") name the
 * function alone.
 */
export function checkArgs(rt: Runtime, fname: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (kwCount(rt, kwnames) > 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no keyword arguments`);
  if (nargs >= min && nargs <= max) return;
  if (min === max) {
    if (min === 0) throw rt.raise(rt.E.TypeError, `${fname}() takes no arguments (${nargs} given)`);
    if (min === 1) throw rt.raise(rt.E.TypeError, `${fname}() takes exactly one argument (${nargs} given)`);
  }
  const name = fname.slice(fname.lastIndexOf(".") + 1);
  if (min === max) throw rt.raise(rt.E.TypeError, `${name} expected ${plural(min, "argument")}, got ${nargs}`);
  if (nargs < min) throw rt.raise(rt.E.TypeError, `${name} expected at least ${plural(min, "argument")}, got ${nargs}`);
  throw rt.raise(rt.E.TypeError, `${name} expected at most ${plural(max, "argument")}, got ${nargs}`);
}

/**
 * checkArgs for the method `owner.name`, whose qualified name is built only for an error's
 * message (checks that run at every call of a method make no string).
 */
export function checkMethodArgs(rt: Runtime, owner: string, name: string, nargs: number, kwnames: number, min: number, max: number): void {
  if (nargs >= min && nargs <= max && kwCount(rt, kwnames) === 0) return;
  checkArgs(rt, `${owner}.${name}`, nargs, kwnames, min, max);
}

/** The i-th argument word of a vectorcall (borrowed). */
export function arg(rt: Runtime, args: number, i: number): number {
  return rt.i32[(args >> 2) + 2 * i];
}

/**
 * Match a call against `spec`. `out[i]` receives the borrowed argument for `spec.names[i]`, or
 * 0 when an optional parameter was not given. With `*args` in the spec, positionals beyond the
 * named positional parameters are allowed and left for the caller (`nargs` still counts them).
 *
 * Errors come in the order CPython's keyword parser (_PyArg_UnpackKeywords) finds them: too
 * many arguments in all, too many positional ones, too few positional-only ones, a required
 * one missing, one given by name and position, then an unknown keyword.
 */
export function parseArgs(rt: Runtime, spec: ArgSpec, args: number, nargs: number, kwnames: number, out: Int32Array): void {
  const positional = spec.kwOnlyStart;
  const n = spec.names.length;
  const nkw = kwCount(rt, kwnames);
  if (spec.kwtuple !== undefined && (nkw > 0 || spec.kwtuple === "always")) noteKeywordTuple(rt, spec);
  for (let i = 0; i < n; i++) out[i] = 0;
  if (!spec.varargs && !spec.varkw && nargs + nkw > n) {
    throw rt.raise(rt.E.TypeError,
      `${spec.fname}() takes at most ${n} ${nargs === 0 ? "keyword " : ""}argument${n === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > positional && !spec.varargs) {
    if (positional === 0) throw rt.raise(rt.E.TypeError, `${spec.fname}() takes no positional arguments`);
    const exactly = spec.required.slice(0, positional).every((r) => r);
    throw rt.raise(rt.E.TypeError,
      `${spec.fname}() takes ${exactly ? "exactly" : "at most"} ${plural(positional, "positional argument")} (${nargs} given)`);
  }
  // Required positional-only parameters missing: counted, not named.
  const minPosOnly = spec.minPosOnly;
  if (nargs < minPosOnly) {
    throw rt.raise(rt.E.TypeError,
      `${spec.fname}() takes ${minPosOnly < positional ? "at least" : "exactly"} ${plural(minPosOnly, "positional argument")} (${nargs} given)`);
  }
  const given = Math.min(nargs, positional);
  for (let i = 0; i < given; i++) out[i] = arg(rt, args, i);
  // Keywords naming a parameter that can take one; the others are reported last.
  let unknown = -1;
  let repeated = -1;
  for (let k = 0; k < nkw; k++) {
    const key = rt.jsString(tupleItem(rt, kwnames, k));
    const index = spec.names.indexOf(key);
    if (index < 0 || index < spec.posOnly) {
      if (!spec.varkw && unknown < 0) unknown = k;
      continue;
    }
    if (index < given) {
      // CPython names the first such parameter in the signature's order.
      if (repeated < 0 || index < repeated) repeated = index;
      continue;
    }
    out[index] = arg(rt, args, nargs + k);
  }
  for (let i = given; i < n; i++) {
    if (out[i] === 0 && spec.required[i]) {
      if (i < positional) {
        throw rt.raise(rt.E.TypeError, `${spec.fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
      }
      throw rt.raise(rt.E.TypeError, `${spec.fname}() missing required keyword-only argument '${spec.names[i]}'`);
    }
  }
  if (repeated >= 0) {
    throw rt.raise(rt.E.TypeError,
      `argument for ${spec.fname}() given by name ('${spec.names[repeated]}') and position (${repeated + 1})`);
  }
  if (unknown >= 0) {
    const key = rt.jsString(tupleItem(rt, kwnames, unknown));
    throw rt.raise(rt.E.TypeError, `'${key}' is an invalid keyword argument for ${spec.fname}()`);
  }
}
