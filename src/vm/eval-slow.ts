/**
 * The eval loop's general paths: the rare instructions, and the hot ones whose fast path did
 * not apply, each a named function outside the dispatch switch.
 *
 * The switch in eval.ts keeps only the instructions that run in inner loops (loads, stores,
 * arithmetic, comparisons, jumps, iteration, calls and returns), and of those only the fast
 * paths. Everything else comes here, through `execSlow`: the loop's function stays small, so
 * V8 compiles it quickly, and it has few sites that a program can reach for the first time
 * after V8 optimised it (each such site costs a deoptimisation and a recompilation of the
 * whole loop). The frame's LASTI is saved before `execSlow` runs and read again after it: an
 * instruction done together with the ones after it (BUILD_SLICE with its subscript) moves it on.
 *
 * Each function takes the frame and the stack pointer `sp` (the i32 index of the next free
 * stack word, as in the loop), does the instruction's work and returns the new `sp`. The loop's
 * invariant holds here too: operands stay on the stack until the work has succeeded, so when
 * a function raises, the loop's `sp` (unchanged) still covers every reference the frame owns.
 * The stack formula of each instruction is in compile/opcodes.ts.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED, InternalError } from "../objects/errors.js";
import { RuntimeLocal } from "../objects/runtime-local.js";
import { FormatValueFlag, MakeFunctionFlag, Op } from "../compile/opcodes.js";
import { Code, codeInfo } from "../objects/code.js";
import { Func, newFunction, setFunctionField } from "../objects/function.js";
import { newCell, cellGet, cellSet } from "../objects/cell.js";
import { tupleFromIterable, tupleSize } from "../objects/tuple.js";
import { listExtend, listAsTuple } from "../objects/list.js";
import { newDictPresized, dictSetItem, dictDelItem, dictGetItemStr, dictUpdate, dictFromItems } from "../objects/dict.js";
import { newSet, setAdd } from "../objects/set.js";
import { newSlice } from "../objects/slice.js";
import { setItem, delAttr, delItem, negative, positive, invert, callMethod, lookupAttr, getIter } from "../objects/abstract.js";
import { F } from "./frame.js";
import { TpFlag } from "../objects/layout.js";
import { opGetLen, opMatchClass, opMatchKeys, opMatchKind } from "./eval-match.js";
import type { VMThread } from "./thread.js";
import type { VM } from "./vm.js";
import {
  loadName, mappingLookup, unpackEx, exceptionFromRaiseArg, setCause, exceptionMatches, formatValue, buildString, dictMerge,
  callFunctionEx, beforeWith, withExceptStart, raiseNameError, listSliceSubscript,
} from "./eval-helpers.js";
import { opUnaryNot, opBinary, opStoreSubscr, opUnpackSequence, opTruth, opCall, opPush, opDeleteFast, opLoadClosure, opReraise, opPushExcInfo, opPopExcept } from "./eval-general.js";

const enum Layout {
  TUPLE_ITEMS = 24,
  /** ob_size of a tuple or list. */
  SIZE = 16,
  LIST_ITEMS = 24,
}

const withOut = { exit: 0 };
const unpackOut: number[] = [];

/** co_names[arg] of the frame's code (borrowed). */
function nameAt(rt: Runtime, f: number, arg: number): number {
  const i32 = rt.i32;
  const names = i32[(i32[(f + F.CODE) >> 2] + Code.NAMES) >> 2];
  return i32[(names + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
}

/** i32 index of localsplus[0]. */
export const localsOf = (f: number): number => (f + F.HEADER) >> 2;

// ── names ────────────────────────────────────────────────────────────────────────────────

/** STORE_GLOBAL (v --) */
function opStoreGlobal(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  dictSetItem(rt, i32[(f + F.GLOBALS) >> 2], nameAt(rt, f, arg), i32[sp - 2]);
  sp -= 2;
  rt.decref(i32[sp]);
  return sp;
}

/** DELETE_GLOBAL (--) */
function opDeleteGlobal(rt: Runtime, f: number, arg: number): void {
  const name = nameAt(rt, f, arg);
  if (!dictDelItem(rt, rt.i32[(f + F.GLOBALS) >> 2], name)) raiseNameError(rt, name);
}

/** LOAD_NAME (-- v) */
function opLoadName(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  i32[sp] = loadName(rt, i32[(f + F.LOCALS) >> 2], i32[(f + F.GLOBALS) >> 2], i32[(f + F.BUILTINS) >> 2], nameAt(rt, f, arg));
  return sp + 2;
}

/** STORE_NAME (v --) */
function opStoreName(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  const locals = i32[(f + F.LOCALS) >> 2];
  const name = nameAt(rt, f, arg);
  if (locals === 0) throw rt.raise(rt.E.SystemError, `no locals found when storing ${rt.jsString(name)}`);
  if (rt.typeOf(locals) === rt.T.dict) dictSetItem(rt, locals, name, i32[sp - 2]);
  else setItem(rt, locals, name, i32[sp - 2]);
  sp -= 2;
  rt.decref(i32[sp]);
  return sp;
}

/** DELETE_NAME (--) */
function opDeleteName(rt: Runtime, f: number, arg: number): void {
  const name = nameAt(rt, f, arg);
  const locals = rt.i32[(f + F.LOCALS) >> 2];
  if (locals === 0) raiseNameError(rt, name);
  if (rt.typeOf(locals) === rt.T.dict) {
    if (!dictDelItem(rt, locals, name)) raiseNameError(rt, name);
    return;
  }
  try {
    delItem(rt, locals, name);
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.KeyError)) throw e;
    raiseNameError(rt, name);
  }
}

// ── cells ────────────────────────────────────────────────────────────────────────────────

/** MAKE_CELL (--): localsplus[arg] becomes a cell holding its value. */
function opMakeCell(rt: Runtime, f: number, arg: number): void {
  const i32 = rt.i32;
  const slot = localsOf(f) + 2 * arg;
  const v = i32[slot];
  i32[slot] = newCell(rt, v);
  if (v !== 0) rt.decref(v);
}

/** COPY_FREE_VARS (--): the function's closure cells into the last `arg` local slots. */
function opCopyFreeVars(rt: Runtime, f: number, arg: number): void {
  const i32 = rt.i32;
  const closure = i32[(i32[(f + F.FUNC) >> 2] + Func.CLOSURE) >> 2];
  const first = localsOf(f) + 2 * (i32[(i32[(f + F.CODE) >> 2] + Code.NLOCALSPLUS) >> 2] - arg);
  for (let i = 0; i < arg; i++) {
    const cell = i32[(closure + Layout.TUPLE_ITEMS + 8 * i) >> 2];
    i32[cell >> 2]++;
    i32[first + 2 * i] = cell;
  }
}

/** LOAD_CLASSDEREF (-- v): the class body's locals first, then the cell. */
function opLoadClassDeref(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  const code = i32[(f + F.CODE) >> 2];
  const locals = i32[(f + F.LOCALS) >> 2];
  const name = rt.intern(codeInfo(rt, code).localNames[arg]);
  let v: number;
  try {
    v = locals !== 0 ? mappingLookup(rt, locals, name) : 0;
  } finally {
    rt.decref(name);
  }
  if (v === 0) {
    v = cellGet(rt, i32[localsOf(f) + 2 * arg]);
    if (v === 0) throw unboundDeref(rt, code, arg);
    i32[v >> 2]++;
  }
  i32[sp] = v;
  return sp + 2;
}

/** DELETE_DEREF (--) */
function opDeleteDeref(rt: Runtime, f: number, arg: number): void {
  const cell = rt.i32[localsOf(f) + 2 * arg];
  if (cellGet(rt, cell) === 0) throw unboundDeref(rt, rt.i32[(f + F.CODE) >> 2], arg);
  cellSet(rt, cell, 0);
}

export function unboundLocal(rt: Runtime, code: number, index: number): never {
  const name = codeInfo(rt, code).localNames[index];
  throw rt.raise(rt.E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(rt: Runtime, code: number, index: number): never {
  const info = codeInfo(rt, code);
  const name = info.localNames[index];
  const isFree = (info.data.localspluskinds[index] & 0x80) !== 0;
  if (isFree) {
    throw rt.raise(rt.E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  throw rt.raise(rt.E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

// ── attributes, operators, subscripts ────────────────────────────────────────────────────

/** DELETE_ATTR (owner --) */
function opDeleteAttr(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  delAttr(rt, i32[sp - 2], nameAt(rt, f, arg));
  sp -= 2;
  rt.decref(i32[sp]);
  return sp;
}

/** UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT (v -- r) */
function opUnary(rt: Runtime, sp: number, op: number): void {
  const i32 = rt.i32;
  const v = i32[sp - 2];
  const r = op === Op.UNARY_NEGATIVE ? negative(rt, v) : op === Op.UNARY_POSITIVE ? positive(rt, v) : invert(rt, v);
  i32[sp - 2] = r;
  rt.decref(v);
}

/** DELETE_SUBSCR (container key --) */
function opDeleteSubscr(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  delItem(rt, i32[sp - 4], i32[sp - 2]);
  sp -= 4;
  rt.decref(i32[sp + 2]);
  rt.decref(i32[sp]);
  return sp;
}

// ── building ─────────────────────────────────────────────────────────────────────────────

/** BUILD_SLICE (start stop [step] -- slice) */
function opBuildSlice(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const step = arg === 3 ? i32[sp - 2] : rt.S.None;
  const first = sp - 2 * arg;
  const r = newSlice(rt, i32[first], i32[first + 2], step);
  for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
  i32[first] = r;
  return first + 2;
}

/** BUILD_SET (items... -- set) */
function opBuildSet(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const first = sp - 2 * arg;
  const s = newSet(rt);
  try {
    for (let i = 0; i < arg; i++) setAdd(rt, s, i32[first + 2 * i]);
  } catch (e) {
    rt.decref(s);
    throw e;
  }
  for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
  i32[first] = s;
  return first + 2;
}

/** BUILD_MAP (key value ... -- dict) */
function opBuildMap(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const first = sp - 4 * arg;
  const d = dictFromItems(rt, first << 2, 16, (first << 2) + 8, 16, arg);
  for (let i = 2 * arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
  i32[first] = d;
  return first + 2;
}

/** BUILD_CONST_KEY_MAP (values... keys -- dict) */
function opBuildConstKeyMap(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const keys = i32[sp - 2];
  const first = sp - 2 - 2 * arg;
  const d = dictFromItems(rt, keys + Layout.TUPLE_ITEMS, 8, first << 2, 8, arg);
  rt.decref(keys);
  for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
  i32[first] = d;
  return first + 2;
}

/** BUILD_STRING (pieces... -- str) */
function opBuildString(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const first = sp - 2 * arg;
  const s = buildString(rt, first << 2, arg);
  for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
  i32[first] = s;
  return first + 2;
}

/** LIST_EXTEND (list ... iterable -- list ...) */
function opListExtend(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const it = i32[sp - 2];
  const l = i32[sp - 2 - 2 * arg];
  try {
    listExtend(rt, l, it);
  } catch (e) {
    if (e === PY_RAISED && rt.exceptionMatches(rt.E.TypeError) && rt.slotsOf(it).iter === undefined && rt.slotsOf(it).subscript === undefined) {
      rt.setException(0);
      throw rt.raise(rt.E.TypeError, `Value after * must be an iterable, not ${rt.typeName(it)}`);
    }
    throw e;
  }
  sp -= 2;
  rt.decref(it);
  return sp;
}

/** SET_UPDATE (set ... iterable -- set ...) */
function opSetUpdate(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const r = callMethod(rt, i32[sp - 2 - 2 * arg], "update", i32[sp - 2]);
  rt.decref(r);
  sp -= 2;
  rt.decref(i32[sp]);
  return sp;
}

/** DICT_UPDATE (dict ... mapping -- dict ...) */
function opDictUpdate(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const other = i32[sp - 2];
  const type = rt.typeOf(other);
  if (rt.slotsOf(other).subscript === undefined || type === rt.T.list || type === rt.T.tuple) {
    throw rt.raise(rt.E.TypeError, `'${rt.typeName(other)}' object is not a mapping`);
  }
  dictUpdate(rt, i32[sp - 2 - 2 * arg], other);
  sp -= 2;
  rt.decref(other);
  return sp;
}

/** DICT_MERGE (callable self? args... dict ... mapping -- ...): `f(**m)` with repeated-key checks. */
function opDictMerge(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const callable = i32[sp - 2 - 2 * (arg + 2)];
  dictMerge(rt, i32[sp - 2 - 2 * arg], i32[sp - 2], () => functionDescription(rt, callable));
  sp -= 2;
  rt.decref(i32[sp]);
  return sp;
}

/** LIST_TO_TUPLE (list -- tuple) */
function opListToTuple(rt: Runtime, sp: number): void {
  const i32 = rt.i32;
  const l = i32[sp - 2];
  i32[sp - 2] = listAsTuple(rt, l);
  rt.decref(l);
}

/** UNPACK_EX (seq -- after... rest before...) */
function opUnpackEx(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const seq = i32[sp - 2];
  const before = arg & 0xff;
  const after = arg >> 8;
  unpackEx(rt, seq, before, after, unpackOut);
  sp -= 2;
  for (let i = before + after; i >= 0; i--) {
    i32[sp] = unpackOut[i];
    sp += 2;
  }
  rt.decref(seq);
  return sp;
}

/** FORMAT_VALUE (v [spec] -- str) */
function opFormatValue(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const hasSpec = (arg & FormatValueFlag.HasSpec) !== 0;
  const spec = hasSpec ? i32[sp - 2] : 0;
  const vAt = hasSpec ? sp - 4 : sp - 2;
  const v = i32[vAt];
  const r = formatValue(rt, v, arg, spec);
  if (hasSpec) rt.decref(spec);
  rt.decref(v);
  i32[vAt] = r;
  return vAt + 2;
}

// ── calls and functions ──────────────────────────────────────────────────────────────────

/** CALL_FUNCTION_EX (NULL? func args [kwargs] -- result) */
function opCallFunctionEx(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const hasKw = (arg & 1) !== 0;
  const kwargs = hasKw ? i32[sp - 2] : 0;
  const argsAt = hasKw ? sp - 4 : sp - 2;
  let args = i32[argsAt];
  const func = i32[argsAt - 2];
  if (rt.typeOf(args) !== rt.T.tuple) {
    if (rt.slotsOf(args).iter === undefined && rt.slotsOf(args).subscript === undefined) {
      throw rt.raise(rt.E.TypeError, `${functionDescription(rt, func)} argument after * must be an iterable, not ${rt.typeName(args)}`);
    }
    // PySequence_Tuple, as CPython's: a list copied, anything else iterated into the tuple
    // itself (no list in between: its blocks and counts would show).
    const t = tupleFromIterable(rt, args);
    rt.decref(args);
    args = t;
    i32[argsAt] = t;
  }
  const r = callFunctionEx(rt, func, args, kwargs);
  if (hasKw) rt.decref(kwargs);
  rt.decref(args);
  rt.decref(func);
  sp = argsAt - 2;
  const nul = i32[sp - 2];
  if (nul !== 0) rt.decref(nul);
  i32[sp - 2] = r;
  return sp;
}

/** The identifier "__name__" (immortal), read by every MAKE_FUNCTION. */
const dunderName = new RuntimeLocal((rt) => rt.identifier("__name__"));

/** MAKE_FUNCTION ([defaults] [kwdefaults] [annotations] [closure] code -- function) */
function opMakeFunction(rt: Runtime, f: number, sp: number, arg: number): number {
  const i32 = rt.i32;
  const fcode = i32[sp - 2];
  let p = sp - 2;
  const globals = i32[(f + F.GLOBALS) >> 2];
  const moduleName = dictGetItemStr(rt, globals, dunderName.get(rt));
  const fn = newFunction(rt, fcode, globals, i32[(f + F.BUILTINS) >> 2], moduleName);
  const consts0 = i32[(fcode + Code.CONSTS) >> 2];
  if (tupleSize(rt, consts0) > 0) {
    const doc = i32[(consts0 + Layout.TUPLE_ITEMS) >> 2];
    // The compiler makes a function's first constant its docstring or None.
    if (rt.typeOf(doc) === rt.T.str) setFunctionField(rt, fn, Func.DOC, doc);
  }
  if (arg & MakeFunctionFlag.Closure) setFunctionField(rt, fn, Func.CLOSURE, i32[(p -= 2)]);
  if (arg & MakeFunctionFlag.Annotations) setFunctionField(rt, fn, Func.ANNOTATIONS, i32[(p -= 2)]);
  if (arg & MakeFunctionFlag.KwDefaults) setFunctionField(rt, fn, Func.KWDEFAULTS, i32[(p -= 2)]);
  if (arg & MakeFunctionFlag.Defaults) setFunctionField(rt, fn, Func.DEFAULTS, i32[(p -= 2)]);
  for (let q = sp - 2; q >= p; q -= 2) rt.decref(i32[q]);
  i32[p] = fn;
  return p + 2;
}

/** "module.f()" description of a callable for call errors (CPython's _PyObject_FunctionStr). */
function functionDescription(rt: Runtime, f: number): string {
  const text = (name: string) => {
    const v = lookupAttr(rt, f, rt.identifier(name));
    if (v === 0) return undefined;
    const t = rt.typeOf(v) === rt.T.str ? rt.jsString(v) : undefined;
    rt.decref(v);
    return t;
  };
  const qualname = text("__qualname__");
  if (qualname === undefined) return `${rt.typeName(f)} object`;
  const module = text("__module__");
  return module !== undefined && module !== "builtins" ? `${module}.${qualname}()` : `${qualname}()`;
}

// ── exceptions and with ──────────────────────────────────────────────────────────────────

/** RAISE_VARARGS ([exc [cause]] --): always raises. */
function opRaiseVarargs(vm: VM, th: VMThread, sp: number, arg: number): never {
  const rt = vm.rt;
  const i32 = rt.i32;
  if (arg === 0) {
    const handled = th.handled;
    if (handled === 0) throw rt.raise(rt.E.RuntimeError, "No active exception to reraise");
    rt.incref(handled);
    rt.setException(handled);
    vm.reraising = true;
    throw PY_RAISED;
  }
  const exc = exceptionFromRaiseArg(rt, i32[sp - 2 * arg]);
  try {
    if (arg === 2) setCause(rt, exc, i32[sp - 2]);
    rt.chainContext(exc);
  } catch (e) {
    rt.decref(exc);
    throw e;
  }
  // The operands go before the raise: the unwinder sees the stack without them. Each slot is
  // emptied as its reference is dropped, so the unwinder (which skips empty slots) cannot
  // release it again.
  for (let i = 0; i < arg; i++) {
    sp -= 2;
    const v = i32[sp];
    i32[sp] = 0;
    rt.decref(v);
  }
  rt.setException(exc);
  throw PY_RAISED;
}

/** CHECK_EXC_MATCH (exc type -- exc bool) */
function opCheckExcMatch(rt: Runtime, sp: number): void {
  const i32 = rt.i32;
  const type = i32[sp - 2];
  const r = exceptionMatches(rt, i32[sp - 4], type) ? rt.S.True : rt.S.False;
  i32[r >> 2]++;
  i32[sp - 2] = r;
  rt.decref(type);
}

/** BEFORE_WITH (mgr -- exit enter()) */
function opBeforeWith(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  const mgr = i32[sp - 2];
  const res = beforeWith(rt, mgr, withOut);
  i32[sp - 2] = withOut.exit;
  rt.decref(mgr);
  i32[sp] = res;
  return sp + 2;
}

/** WITH_EXCEPT_START (exit lasti prev exc -- exit lasti prev exc result) */
function opWithExceptStart(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  i32[sp] = withExceptStart(rt, i32[sp - 8], i32[sp - 2]);
  return sp + 2;
}

/** GET_YIELD_FROM_ITER (iterable -- iterator) */
function opGetYieldFromIter(rt: Runtime, sp: number): void {
  const i32 = rt.i32;
  const v = i32[sp - 2];
  if (rt.typeOf(v) !== rt.T.generator) {
    i32[sp - 2] = getIter(rt, v);
    rt.decref(v);
  }
}

// ── classes, modules, the REPL ───────────────────────────────────────────────────────────

/** LOAD_BUILD_CLASS (-- __build_class__) */
function opLoadBuildClass(rt: Runtime, f: number, sp: number): number {
  const i32 = rt.i32;
  const v = dictGetItemStr(rt, i32[(f + F.BUILTINS) >> 2], rt.identifier("__build_class__"));
  if (v === 0) throw rt.raise(rt.E.NameError, "__build_class__ not found");
  i32[v >> 2]++;
  i32[sp] = v;
  return sp + 2;
}

/** SETUP_ANNOTATIONS (--) */
function opSetupAnnotations(rt: Runtime, f: number): void {
  const locals = rt.i32[(f + F.LOCALS) >> 2];
  const key = rt.identifier("__annotations__");
  if (dictGetItemStr(rt, locals, key) === 0) {
    const d = newDictPresized(rt, 0);
    dictSetItem(rt, locals, key, d);
    rt.decref(d);
  }
}

/** IMPORT_NAME (level fromlist -- module) */
function opImportName(vm: VM, f: number, sp: number, arg: number): number {
  const rt = vm.rt;
  const i32 = rt.i32;
  const fromlist = i32[sp - 2];
  const level = i32[sp - 4];
  const m = vm.importName(nameAt(rt, f, arg), i32[(f + F.GLOBALS) >> 2], fromlist, level);
  sp -= 2;
  rt.decref(fromlist);
  rt.decref(level);
  i32[sp - 2] = m;
  return sp;
}

/** IMPORT_FROM (module -- module attr) */
function opImportFrom(vm: VM, f: number, sp: number, arg: number): number {
  const i32 = vm.rt.i32;
  i32[sp] = vm.importFrom(i32[sp - 2], nameAt(vm.rt, f, arg));
  return sp + 2;
}

/** IMPORT_STAR (module --) */
function opImportStar(vm: VM, f: number, sp: number): number {
  const i32 = vm.rt.i32;
  vm.importStar(i32[sp - 2], i32[(f + F.LOCALS) >> 2]);
  sp -= 2;
  vm.rt.decref(i32[sp]);
  return sp;
}

/** PRINT_EXPR (v --) */
function opPrintExpr(vm: VM, sp: number): number {
  const i32 = vm.rt.i32;
  vm.displayHook(i32[sp - 2]);
  sp -= 2;
  vm.rt.decref(i32[sp]);
  return sp;
}


// ── the dispatch ─────────────────────────────────────────────────────────────────────────

/**
 * Run instruction `op` (with its oparg, and the pending KW_NAMES tuple or 0) in frame `f` the
 * general way; returns the new stack pointer. The conditional jumps only turn their operand
 * into True or False here: the loop then runs them again.
 */
export function execSlow(vm: VM, th: VMThread, f: number, sp: number, op: number, arg: number, kwnames: number): number {
  const rt = vm.rt;
  switch (op) {
    case Op.LOAD_FAST:
      throw unboundLocal(rt, rt.i32[(f + F.CODE) >> 2], arg);
    case Op.LOAD_DEREF:
      throw unboundDeref(rt, rt.i32[(f + F.CODE) >> 2], arg);
    case Op.UNARY_NOT:
      return opUnaryNot(rt, sp);
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.BINARY_SUBSCR:
      return opBinary(rt, sp, op, arg);
    case Op.STORE_SUBSCR:
      return opStoreSubscr(rt, sp);
    case Op.UNPACK_SEQUENCE:
      return opUnpackSequence(rt, sp, arg);
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
      opTruth(rt, sp);
      return sp;
    case Op.CALL:
      return opCall(rt, sp, arg, kwnames);
    case Op.DELETE_FAST:
      opDeleteFast(rt, f, arg);
      return sp;
    case Op.STORE_GLOBAL:
      return opStoreGlobal(rt, f, sp, arg);
    case Op.DELETE_GLOBAL:
      opDeleteGlobal(rt, f, arg);
      return sp;
    case Op.LOAD_NAME:
      return opLoadName(rt, f, sp, arg);
    case Op.STORE_NAME:
      return opStoreName(rt, f, sp, arg);
    case Op.DELETE_NAME:
      opDeleteName(rt, f, arg);
      return sp;
    case Op.MAKE_CELL:
      opMakeCell(rt, f, arg);
      return sp;
    case Op.COPY_FREE_VARS:
      opCopyFreeVars(rt, f, arg);
      return sp;
    case Op.LOAD_CLOSURE:
      return opLoadClosure(rt, f, sp, arg);
    case Op.LOAD_CLASSDEREF:
      return opLoadClassDeref(rt, f, sp, arg);
    case Op.DELETE_DEREF:
      opDeleteDeref(rt, f, arg);
      return sp;
    case Op.DELETE_ATTR:
      return opDeleteAttr(rt, f, sp, arg);
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_INVERT:
      opUnary(rt, sp, op);
      return sp;
    case Op.DELETE_SUBSCR:
      return opDeleteSubscr(rt, sp);
    case Op.BUILD_SLICE: {
      // With the subscript that follows, on an exact list: no slice object, and LASTI moves
      // past the subscript (see listSliceSubscript).
      const lasti = rt.i32[(f + F.LASTI) >> 2];
      const r = listSliceSubscript(rt, sp, arg, rt.u16[((rt.i32[(f + F.CODE) >> 2] + Code.CODE) >> 1) + lasti + 1] & 0xff);
      if (r === 0) return opBuildSlice(rt, sp, arg);
      rt.i32[(f + F.LASTI) >> 2] = lasti + 1;
      return r;
    }
    case Op.BUILD_SET:
      return opBuildSet(rt, sp, arg);
    case Op.BUILD_MAP:
      return opBuildMap(rt, sp, arg);
    case Op.BUILD_CONST_KEY_MAP:
      return opBuildConstKeyMap(rt, sp, arg);
    case Op.BUILD_STRING:
      return opBuildString(rt, sp, arg);
    case Op.LIST_EXTEND:
      return opListExtend(rt, sp, arg);
    case Op.SET_UPDATE:
      return opSetUpdate(rt, sp, arg);
    case Op.DICT_UPDATE:
      return opDictUpdate(rt, sp, arg);
    case Op.DICT_MERGE:
      return opDictMerge(rt, sp, arg);
    case Op.LIST_TO_TUPLE:
      opListToTuple(rt, sp);
      return sp;
    case Op.UNPACK_EX:
      return opUnpackEx(rt, sp, arg);
    case Op.FORMAT_VALUE:
      return opFormatValue(rt, sp, arg);
    case Op.CALL_FUNCTION_EX:
      return opCallFunctionEx(rt, sp, arg);
    case Op.MAKE_FUNCTION:
      return opMakeFunction(rt, f, sp, arg);
    case Op.RAISE_VARARGS:
      return opRaiseVarargs(vm, th, sp, arg);
    case Op.RERAISE:
      return opReraise(vm, sp);
    case Op.PUSH_EXC_INFO:
      return opPushExcInfo(rt, th, sp);
    case Op.POP_EXCEPT:
      return opPopExcept(rt, th, sp);
    case Op.CHECK_EXC_MATCH:
      opCheckExcMatch(rt, sp);
      return sp;
    case Op.LOAD_ASSERTION_ERROR:
      return opPush(rt, sp, rt.E.AssertionError);
    case Op.BEFORE_WITH:
      return opBeforeWith(rt, sp);
    case Op.WITH_EXCEPT_START:
      return opWithExceptStart(rt, sp);
    case Op.LOAD_BUILD_CLASS:
      return opLoadBuildClass(rt, f, sp);
    case Op.SETUP_ANNOTATIONS:
      opSetupAnnotations(rt, f);
      return sp;
    case Op.IMPORT_NAME:
      return opImportName(vm, f, sp, arg);
    case Op.IMPORT_FROM:
      return opImportFrom(vm, f, sp, arg);
    case Op.IMPORT_STAR:
      return opImportStar(vm, f, sp);
    case Op.PRINT_EXPR:
      return opPrintExpr(vm, sp);
    case Op.GET_YIELD_FROM_ITER:
      opGetYieldFromIter(rt, sp);
      return sp;
    case Op.GET_LEN:
      return opGetLen(rt, sp);
    case Op.MATCH_MAPPING:
      return opMatchKind(rt, sp, TpFlag.MAPPING);
    case Op.MATCH_SEQUENCE:
      return opMatchKind(rt, sp, TpFlag.SEQUENCE);
    case Op.MATCH_KEYS:
      return opMatchKeys(rt, sp);
    case Op.MATCH_CLASS:
      return opMatchClass(rt, sp, arg);
    default:
      throw new InternalError(`unknown opcode ${op} at ${rt.i32[(f + F.LASTI) >> 2]}`);
  }
}
