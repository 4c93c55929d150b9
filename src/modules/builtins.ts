/**
 * `builtins`: the names every module can use without importing.
 *
 * The functions are declared by theme in builtins-io.ts (print, input), builtins-object.ts
 * (repr, id, isinstance, getattr, ...), builtins-iter.ts (len, iter, next, min, sorted, ...)
 * and builtins-numeric.ts (abs, round, pow, sum, chr, ...). The functions that need the VM —
 * `__build_class__`, `__import__`, `globals`, `locals`, `exec`, `eval`, `compile`, `dir`,
 * `vars` — join them when the VM makes the module, all in CPython's order
 * (builtinsInCPythonOrder); `exit` and `quit` come after the constants and exceptions.
 *
 * `installBuiltinNames` puts the constants, the builtin types and the exception classes into
 * the module's dict, after the functions, in the order CPython's _PyBuiltin_Init and
 * _PyBuiltins_AddExceptions add them.
 */
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { dictSetItem } from "../objects/dict.js";
import { exceptionTable } from "../objects/exceptions.js";
import { ioBuiltins } from "./builtins-io.js";
import { objectBuiltins } from "./builtins-object.js";
import { iterBuiltins } from "./builtins-iter.js";
import { numericBuiltins } from "./builtins-numeric.js";

const functions: readonly MethodDef[] = [...ioBuiltins, ...objectBuiltins, ...iterBuiltins, ...numericBuiltins].sort((a, b) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
);

/**
 * CPython 3.11's order of the builtin functions (bltinmodule.c's method table), which the
 * module's dict keeps: `list(vars(builtins))` shows it.
 */
const CPYTHON_FUNCTION_ORDER = [
  "__build_class__", "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
  "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input",
  "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow",
  "print", "repr", "round", "setattr", "sorted", "sum", "vars",
];

/** `methods` in CPython's order of the builtins (a stable sort; names it does not list go last). */
export function builtinsInCPythonOrder(methods: readonly MethodDef[]): MethodDef[] {
  const rank = (m: MethodDef): number => {
    const i = CPYTHON_FUNCTION_ORDER.indexOf(m.name);
    return i < 0 ? CPYTHON_FUNCTION_ORDER.length : i;
  };
  return [...methods].sort((a, b) => rank(a) - rank(b));
}

export const builtinsModuleDef: NativeModuleDef = {
  name: "builtins",
  doc:
    "Built-in functions, exceptions, and other objects.\n\n" +
    "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.",
  methods: functions,
};

/**
 * The builtin types under their Python names, in CPython's order. Names whose type glasspy
 * does not have yet (memoryview, property, super, ...) are skipped.
 */
const typeNames = [
  "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
  "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod", "str",
  "super", "tuple", "type", "zip",
] as const;

/** Other names for exception classes (CPython keeps these for compatibility). */
const exceptionAliases = [
  ["EnvironmentError", "OSError"],
  ["IOError", "OSError"],
] as const;

/**
 * Put None, Ellipsis, NotImplemented, False, True, the builtin types, `__debug__` and the
 * exception classes into `dict` (the builtins module's dict; borrowed).
 */
export function installBuiltinNames(rt: Runtime, dict: number): void {
  const set = (name: string, value: number) => dictSetItem(rt, dict, rt.identifier(name), value);
  set("None", rt.S.None);
  set("Ellipsis", rt.S.Ellipsis);
  set("NotImplemented", rt.S.NotImplemented);
  set("False", rt.S.False);
  set("True", rt.S.True);
  const types = rt.T as unknown as Record<string, number | undefined>;
  for (const name of typeNames) {
    const t = types[name];
    if (t !== undefined) set(name, t);
  }
  set("__debug__", rt.S.True);
  const exceptions = rt.E as unknown as Record<string, number | undefined>;
  // (In the order of CPython's table of static exceptions, level by level; those glasspy does
  // not have, BaseExceptionGroup and ExceptionGroup, are skipped. Any not listed go last.)
  const names = [...CPYTHON_EXCEPTION_ORDER, ...exceptionTable.map(([name]) => name).filter((name) => !CPYTHON_EXCEPTION_ORDER.includes(name))];
  for (const name of names) {
    const e = exceptions[name];
    if (e !== undefined) set(name, e);
  }
  for (const [alias, name] of exceptionAliases) set(alias, exceptions[name]!);
}

/** The exceptions in builtins' dict as CPython 3.11 adds them (_PyBuiltins_AddExceptions). */
const CPYTHON_EXCEPTION_ORDER = [
  "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
  "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
  "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
  "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
  "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
  "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
  "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
  "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
  "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
  "ConnectionResetError", "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
  "ExceptionGroup",
];
