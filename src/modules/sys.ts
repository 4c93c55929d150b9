/**
 * `sys`: the interpreter's Python-facing controls and facts.
 *
 * The introspection functions read the engines directly: `getrefcount` is ob_refcnt,
 * `getsizeof` is `__sizeof__` plus the pre-header (GC head, managed dict) as CPython's
 * _PySys_GetSizeOf computes it, `getallocatedblocks` and `_debugmallocstats` ask the heap, and
 * the free-list lines of `_debugmallocstats` come from the object layer's free lists. The
 * recursion limit lives on the Runtime; the switch interval is kept here (in whole
 * microseconds, as CPython stores it) until the scheduler reads it.
 *
 * `sys.stdout`, `sys.stderr` and `sys.stdin` are text streams over the host's I/O (textio.ts).
 * `print` and `input` look them up in this module's dict at every call, so a program can
 * reassign them; `sysGetObject` is that lookup (CPython's _PySys_GetAttr).
 *
 * What the host sets at start-up (argv, path, executable) and the module table the import
 * system shares (`sys.modules`) are set through the exported setters (`sysSetArgv`, ...)
 * after the module exists.
 *
 * `version_info`, `int_info`, `float_info` and `hash_info` are struct sequences (structseq.ts):
 * tuples whose items also have names, as in CPython.
 */
import { totalRefcount } from "../objects/refcount-total.js";
import type { Runtime } from "../objects/runtime.js";
import type { MethodDef } from "../objects/typedef.js";
import type { NativeModuleDef } from "./native-module.js";
import { addModuleValue } from "./native-module.js";
import { TpFlag } from "../objects/layout.js";
import { PY_RAISED } from "../objects/errors.js";
import { moduleDict } from "../objects/module.js";
import { argSpec, arg, checkArgs, parseArgs, argTypeName } from "../objects/args.js";
import { noArgsMethod } from "../objects/no-args-method.js";
import { call, call0, popArgs, pushArgs } from "../objects/abstract.js";
import { typeLookup } from "../objects/typeobject.js";
import { objectSizeof } from "../objects/object.js";
import { newInt, newIntFromBigInt, intAsNumber, getIntMaxStrDigits, setIntMaxStrDigits } from "../objects/int.js";
import { MAX_STR_DIGITS_THRESHOLD } from "../objects/int-format.js";
import { newFloat } from "../objects/float.js";
import { asDouble } from "./math.js";
import { asCInt } from "./builtins-numeric.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newList, listAppend } from "../objects/list.js";
import { newDict, dictGetItemStr, dictSetItem, dictDelItem } from "../objects/dict.js";
import { strInternObject } from "../objects/str-intern.js";
import { newTextIO, Stream } from "../objects/textio.js";
import { newStructSeq } from "../objects/structseq.js";
import { freeListStats } from "../objects/freelists.js";

/** glasspy's own version, reported in `sys.version`. */
export const GLASSPY_VERSION = "0.1.0";
/** The CPython release whose semantics glasspy follows. */
const VERSION_INFO = [3, 11, 7] as const;
const HEXVERSION = 0x030b07f0;
const API_VERSION = 1013;
const DEFAULT_SWITCH_INTERVAL_MICROS = 5000;

interface SysState {
  /** The sys module's dict (borrowed from the module, which the import system keeps alive). */
  dict: number;
  switchIntervalMicros: number;
}

const states = new WeakMap<Runtime, SysState>();

function state(rt: Runtime): SysState {
  let s = states.get(rt);
  if (s === undefined) {
    s = { dict: 0, switchIntervalMicros: DEFAULT_SWITCH_INTERVAL_MICROS };
    states.set(rt, s);
  }
  return s;
}

/** sys.<name> (borrowed), or 0 when sys does not exist yet or has no such attribute. */
export function sysGetObject(rt: Runtime, name: string): number {
  const dict = states.get(rt)?.dict ?? 0;
  return dict === 0 ? 0 : dictGetItemStr(rt, dict, rt.identifier(name));
}

/** The switch interval in microseconds (what the scheduler reads). */
export function switchIntervalMicros(rt: Runtime): number {
  return state(rt).switchIntervalMicros;
}

function strList(rt: Runtime, items: readonly string[]): number {
  const list = newList(rt, 0);
  try {
    for (const text of items) {
      const s = rt.newStr(text);
      try {
        listAppend(rt, list, s);
      } finally {
        rt.decref(s);
      }
    }
  } catch (e) {
    rt.decref(list);
    throw e;
  }
  return list;
}

function setList(rt: Runtime, sys: number, name: string, items: readonly string[]): void {
  const list = strList(rt, items);
  try {
    dictSetItem(rt, moduleDict(rt, sys), rt.identifier(name), list);
  } finally {
    rt.decref(list);
  }
}

/** sys.argv = [...] for the sys module `sys` (borrowed); the host calls this at start-up. */
export function sysSetArgv(rt: Runtime, sys: number, argv: readonly string[]): void {
  setList(rt, sys, "argv", argv);
}

/** sys.path = [...]. */
export function sysSetPath(rt: Runtime, sys: number, path: readonly string[]): void {
  setList(rt, sys, "path", path);
}

/** sys.executable = path. */
export function sysSetExecutable(rt: Runtime, sys: number, path: string): void {
  const s = rt.newStr(path);
  try {
    dictSetItem(rt, moduleDict(rt, sys), rt.identifier("executable"), s);
  } finally {
    rt.decref(s);
  }
}

/** sys.modules = dict (borrowed): the dict the import system registers modules in. */
export function sysSetModules(rt: Runtime, sys: number, dict: number): void {
  dictSetItem(rt, moduleDict(rt, sys), rt.identifier("modules"), dict);
}

// ── getsizeof ───────────────────────────────────────────────────────────────────────────

/** sys.getsizeof(o) without a default: `__sizeof__()` plus the pre-header. */
export function getSizeOf(rt: Runtime, o: number): number {
  const type = rt.typeOf(o);
  const meth = typeLookup(rt, type, rt.identifier("__sizeof__"));
  let size: number;
  if (meth === 0) {
    size = objectSizeof(rt, o);
  } else {
    const get = rt.slotsOf(meth).descrGet;
    const bound = get === undefined ? (rt.incref(meth), meth) : get(rt, meth, o, type);
    let res: number;
    try {
      res = call0(rt, bound);
    } finally {
      rt.decref(bound);
    }
    try {
      if (!rt.hasFlag(res, TpFlag.LONG_SUBCLASS)) throw rt.raise(rt.E.TypeError, "an integer is required");
      size = intAsNumber(rt, res);
    } finally {
      rt.decref(res);
    }
    if (size < 0) throw rt.raise(rt.E.ValueError, "__sizeof__() should return >= 0");
  }
  return size + rt.preHeaderSize(type);
}

const getsizeofSpec = argSpec("getsizeof", ["object", "default="]);
const getsizeofOut = new Int32Array(2);

function getsizeof(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, getsizeofSpec, args, nargs, kwnames, getsizeofOut);
  const o = getsizeofOut[0];
  const dflt = getsizeofOut[1];
  try {
    return newInt(rt, getSizeOf(rt, o));
  } catch (e) {
    if (e !== PY_RAISED || dflt === 0 || !rt.exceptionMatches(rt.E.TypeError)) throw e;
    rt.setException(0);
    rt.incref(dflt);
    return dflt;
  }
}

// ── the other functions ─────────────────────────────────────────────────────────────────

function none(rt: Runtime): number {
  rt.incref(rt.S.None);
  return rt.S.None;
}

function setrecursionlimit(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "sys.setrecursionlimit", nargs, kwnames, 1, 1);
  const limit = asCInt(rt, arg(rt, args, 0));
  if (limit < 1) throw rt.raise(rt.E.ValueError, "recursion limit must be greater or equal than 1");
  const depth = rt.ts.recursionDepth;
  if (depth >= limit) {
    throw rt.raise(rt.E.RecursionError, `cannot set the recursion limit to ${limit} at the recursion depth ${depth}: the limit is too low`);
  }
  rt.recursionLimit = limit;
  return none(rt);
}

function setswitchinterval(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "sys.setswitchinterval", nargs, kwnames, 1, 1);
  const interval = asDouble(rt, arg(rt, args, 0));
  if (!(interval > 0)) throw rt.raise(rt.E.ValueError, "switch interval must be strictly positive");
  // (unsigned long)(1e6 * interval): truncation toward zero.
  state(rt).switchIntervalMicros = Math.min(Math.trunc(1e6 * interval), Number.MAX_SAFE_INTEGER);
  return none(rt);
}

/** sys.exit([status]): raise SystemExit(status); a tuple status becomes the exception's args. */
function exit(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "exit", nargs, kwnames, 0, 1);
  const status = nargs === 0 ? rt.S.None : arg(rt, args, 0);
  let exc: number;
  if (status === rt.S.None) {
    exc = call(rt, rt.E.SystemExit, args, 0, 0);
  } else if (rt.hasFlag(status, TpFlag.TUPLE_SUBCLASS)) {
    exc = callWithItems(rt, rt.E.SystemExit, status);
  } else {
    exc = call(rt, rt.E.SystemExit, args, 1, 0);
  }
  const raised = rt.raiseObject(exc);
  rt.decref(exc);
  throw raised;
}

/** f(*t) for a tuple `t`, through the native argument stack. */
function callWithItems(rt: Runtime, f: number, t: number): number {
  const n = tupleSize(rt, t);
  const p = pushArgs(rt, n);
  try {
    for (let i = 0; i < n; i++) rt.store(p + i * 8, tupleItem(rt, t, i));
    return call(rt, f, p, n, 0);
  } finally {
    popArgs(rt, p);
  }
}

const setIntMaxStrDigitsSpec = argSpec("set_int_max_str_digits", ["maxdigits"]);
const setIntMaxStrDigitsOut = new Int32Array(1);

/** sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least 640. */
function setIntMaxStrDigitsFn(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, setIntMaxStrDigitsSpec, args, nargs, kwnames, setIntMaxStrDigitsOut);
  const n = asCInt(rt, setIntMaxStrDigitsOut[0]);
  if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) {
    throw rt.raise(rt.E.ValueError, `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  setIntMaxStrDigits(rt, n);
  return none(rt);
}

function intern(rt: Runtime, _m: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "sys.intern", nargs, kwnames, 1, 1);
  const s = arg(rt, args, 0);
  if (!rt.hasFlag(s, TpFlag.UNICODE_SUBCLASS)) throw rt.raise(rt.E.TypeError, `intern() argument must be str, not ${argTypeName(rt, s)}`);
  return strInternObject(rt, s);
}

function debugmallocstats(rt: Runtime, _m: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "sys._debugmallocstats", nargs, kwnames, 0, 0);
  rt.io.writeStderr(rt.heap.formatDebugMallocStats() + "\n" + freeListStats(rt));
  return none(rt);
}

function noArgs(name: string, result: (rt: Runtime) => number): MethodDef {
  return noArgsMethod(name, `sys.${name}`, result);
}

const methods: readonly MethodDef[] = [
  {
    name: "getrefcount",
    fn: (rt, _m, args, nargs, kwnames) => {
      checkArgs(rt, "sys.getrefcount", nargs, kwnames, 1, 1);
      return newInt(rt, rt.refcount(arg(rt, args, 0)));
    },
    doc: "Return the reference count of object.",
  },
  { name: "getsizeof", fn: getsizeof, doc: "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes." },
  noArgs("getallocatedblocks", (rt) => newInt(rt, rt.heap.allocatedBlocks())),
  // A debug build's function: initSys removes it outside the debug mode (--debug-heap).
  noArgs("gettotalrefcount", (rt) => newInt(rt, totalRefcount(rt) ?? 0)),
  { name: "_debugmallocstats", fn: debugmallocstats },
  { name: "intern", fn: intern },
  noArgs("getrecursionlimit", (rt) => newInt(rt, rt.recursionLimit)),
  { name: "setrecursionlimit", fn: setrecursionlimit },
  noArgs("getswitchinterval", (rt) => newFloat(rt, 1e-6 * state(rt).switchIntervalMicros)),
  { name: "setswitchinterval", fn: setswitchinterval },
  noArgs("getdefaultencoding", (rt) => rt.newStr("utf-8")),
  noArgs("getfilesystemencoding", (rt) => rt.newStr("utf-8")),
  noArgs("getfilesystemencodeerrors", (rt) => rt.newStr("surrogateescape")),
  { name: "exit", fn: exit },
  noArgs("get_int_max_str_digits", (rt) => newInt(rt, getIntMaxStrDigits(rt))),
  { name: "set_int_max_str_digits", fn: setIntMaxStrDigitsFn },
];

// ── values ──────────────────────────────────────────────────────────────────────────────

/** A new tuple of new references (each item is released if building fails). */
function tupleOf(rt: Runtime, makers: readonly ((rt: Runtime) => number)[]): number {
  const t = newTuple(rt, makers.length);
  let i = 0;
  try {
    for (; i < makers.length; i++) tupleSetItem(rt, t, i, makers[i](rt));
  } catch (e) {
    rt.decref(t);
    throw e;
  }
  return t;
}

const int = (v: number) => (rt: Runtime) => newInt(rt, v);
const big = (v: bigint) => (rt: Runtime) => newIntFromBigInt(rt, v);
const float = (v: number) => (rt: Runtime) => newFloat(rt, v);
const str = (v: string) => (rt: Runtime) => rt.newStr(v);

function hostPlatform(): string {
  const proc = (globalThis as { process?: { platform?: string } }).process;
  return proc?.platform ?? "linux";
}

function initSys(rt: Runtime, m: number): void {
  const s = state(rt);
  s.dict = moduleDict(rt, m);
  if (rt.liveObjects === null) dictDelItem(rt, s.dict, rt.identifier("gettotalrefcount"));
  const [major, minor, micro] = VERSION_INFO;
  const add = (name: string, value: number) => addModuleValue(rt, m, name, value);
  add("version", rt.newStr(`${major}.${minor}.${micro} (glasspy ${GLASSPY_VERSION})`));
  add("version_info", newStructSeq(rt, "sys.version_info", tupleOf(rt, [int(major), int(minor), int(micro), str("final"), int(0)])));
  add("hexversion", newInt(rt, HEXVERSION));
  add("api_version", newInt(rt, API_VERSION));
  add("platform", rt.newStr(hostPlatform()));
  add("byteorder", rt.newStr("little"));
  add("maxsize", newIntFromBigInt(rt, (1n << 63n) - 1n));
  add("maxunicode", newInt(rt, 0x10ffff));
  add("float_repr_style", rt.newStr("short"));
  add("int_info", newStructSeq(rt, "sys.int_info", tupleOf(rt, [int(30), int(4), int(4300), int(640)])));
  const floatInfo = [
    float(Number.MAX_VALUE), int(1024), int(308), float(2.2250738585072014e-308), int(-1021), int(-307),
    int(15), int(53), float(Number.EPSILON), int(2), int(1),
  ];
  add("float_info", newStructSeq(rt, "sys.float_info", tupleOf(rt, floatInfo)));
  const hashInfo = [int(64), big((1n << 61n) - 1n), int(314159), int(0), int(1000003), str("siphash13"), int(64), int(128), int(0)];
  add("hash_info", newStructSeq(rt, "sys.hash_info", tupleOf(rt, hashInfo)));
  add("executable", rt.newStr(""));
  add("argv", strList(rt, [""]));
  add("path", strList(rt, []));
  add("modules", newDict(rt));
  const streams = [["stdin", Stream.STDIN], ["stdout", Stream.STDOUT], ["stderr", Stream.STDERR]] as const;
  for (const [name, stream] of streams) {
    add(name, newTextIO(rt, stream));
    dictSetItem(rt, s.dict, rt.identifier(`__${name}__`), sysGetObject(rt, name));
  }
}

export const sysModuleDef: NativeModuleDef = {
  name: "sys",
  doc:
    "This module provides access to some objects used or maintained by the\n" +
    "interpreter and to functions that interact strongly with the interpreter.",
  methods,
  init: initSys,
};
