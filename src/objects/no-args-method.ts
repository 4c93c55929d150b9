/**
 * The method table entry of a method or module function that takes no arguments. Its own
 * module, apart from args.ts: method tables are built while the modules load, and args.ts is
 * part of an import cycle that is still loading then.
 */
import type { Runtime } from "./runtime.js";
import type { MethodDef } from "./typedef.js";
import { checkArgs } from "./args.js";

/**
 * A method or module function that takes no arguments: `f(rt, self)` after the count and
 * keyword check, `qualname` ("str.upper", "gc.collect", or the bare name where CPython's
 * messages use it) naming it in the messages. The name is made once, here: not a JavaScript
 * string at each call.
 */
export function noArgsMethod(name: string, qualname: string, f: (rt: Runtime, self: number) => number, doc?: string): MethodDef {
  const fn = (rt: Runtime, self: number, _args: number, nargs: number, kwnames: number): number => {
    checkArgs(rt, qualname, nargs, kwnames, 0, 0);
    return f(rt, self);
  };
  return doc === undefined ? { name, fn } : { name, fn, doc };
}
