/**
 * The eval loop.
 *
 * `evalFrame` runs the frame on top of the thread until that frame returns, then gives back
 * the return value (a new reference). Python-to-Python calls do not recurse here: CALL pushes
 * the callee's frame and the loop carries on in it; RETURN_VALUE pops back to the caller. Only
 * native code that calls Python (a key function, `__repr__`, a function called from JS) enters
 * `evalFrame` again, with the new frame marked as an entry frame.
 *
 * Registers, reloaded whenever the running frame changes:
 *   f        the frame's address                code     its code object
 *   codeBase u16 index of code unit 0           pc       index of the next code unit
 *   lp       i32 index of localsplus[0]         sp       i32 index of the next free stack word
 *   consts / names: i32 index of item 0 of co_consts / co_names
 * A stack word is 8 bytes: item k is at i32[base + 2k]; only the low half is used.
 *
 * Invariant, the key to error handling without try/finally: an instruction leaves its operands
 * on the stack until its work has succeeded. If anything raises, the stack still holds every
 * reference the frame owns, and the unwinder releases them.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED, InternalError } from "../objects/errors.js";
import { Op, BinaryOp, CompareOp, FormatValueFlag, MakeFunctionFlag, INPLACE_OFFSET } from "../compile/opcodes.js";
import { Code, codeInfo } from "../objects/code.js";
import { Func, newFunction, setFunctionField } from "../objects/function.js";
import { Method } from "../objects/method.js";
import { newCell, cellGet, cellSet } from "../objects/cell.js";
import { newInt } from "../objects/int.js";
import { newTuple, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { newList, listSetItem, listAppend, listExtend, listAsTuple } from "../objects/list.js";
import { newDictPresized, dictSetItem, dictDelItem, dictGetItemStr, dictUpdate, dictFromItems } from "../objects/dict.js";
import { newSet, setAdd } from "../objects/set.js";
import { newSlice } from "../objects/slice.js";
import {
  binaryOp, richCompare, isTrue, getAttr, setAttr, delAttr, getItem, setItem, delItem, contains, getIter, iterNext,
  negative, positive, invert, call, callMethod, lookupAttr,
} from "../objects/abstract.js";
import { F, FrameFlag, frameSize } from "./frame.js";
import { allocGenerator, genFrame, genSend } from "../objects/generator.js";
import { PY_RAISED as RAISED } from "../objects/errors.js";
import { clearFrame } from "./frame-ops.js";
import { pushFunctionFrame } from "./call.js";
import type { VMThread } from "./thread.js";
import type { VM } from "./vm.js";
import {
  getMethod, loadGlobal, loadName, unpackIterable, unpackEx, exceptionFromRaiseArg, setCause, exceptionMatches,
  formatValue, buildString, dictMerge, callFunctionEx, beforeWith, withExceptStart, raiseNameError,
} from "./eval-helpers.js";
import { addTracebackEntry, findHandler } from "./unwind.js";
import { fastBinaryOp, fastCompare, fastSubscript, fastStoreSubscript } from "./fast-paths.js";
import { CodeFlag } from "../compile/code.js";

const TUPLE_ITEMS = 24;
const methodOut = { bound: false };
const withOut = { exit: 0 };
const unpackOut: number[] = [];

/**
 * The eval loop's registers for a frame, computed into R (one shared scratch array: callers
 * copy it into their locals at once). Keeping this out of a closure lets V8 keep the
 * registers in machine registers rather than in a heap-allocated context.
 * R = [f, code, codeBase, pc, lp, stackBase, sp, consts, names].
 */
const R = new Int32Array(9);
function loadRegisters(rt: Runtime, frame: number, pc: number, stackWords: number): void {
  const i32 = rt.i32;
  const code = i32[(frame + F.CODE) >> 2];
  const lp = (frame + F.HEADER) >> 2;
  const stackBase = lp + 2 * i32[(code + Code.NLOCALSPLUS) >> 2];
  R[0] = frame;
  R[1] = code;
  R[2] = (code + Code.CODE) >> 1;
  R[3] = pc;
  R[4] = lp;
  R[5] = stackBase;
  R[6] = stackBase + 2 * stackWords;
  R[7] = (i32[(code + Code.CONSTS) >> 2] + TUPLE_ITEMS) >> 2;
  R[8] = (i32[(code + Code.NAMES) >> 2] + TUPLE_ITEMS) >> 2;
}

/** ma_version_tag's low word in a dict (CPython bumps it on every change). */
const DICT_VERSION = 24;

function newGlobalCache(rt: Runtime, code: number): Int32Array {
  const info = codeInfo(rt, code);
  const cache = new Int32Array(3 * info.data.code.length);
  info.globalCache = cache;
  return cache;
}

/** Is `f` a function the loop can call by pushing a frame (not a coroutine)? */
function isPlainFunction(rt: Runtime, f: number): boolean {
  if (rt.typeOf(f) !== rt.T.function) return false;
  const flags = rt.i32[(rt.load(f + Func.CODE) + Code.FLAGS) >> 2];
  return (flags & (CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR | CodeFlag.ITERABLE_COROUTINE)) === 0;
}

/**
 * SEND's work: sub.send(v), or next(sub) for v None on a plain iterator. Returns the value
 * produced (new reference), or 0 when sub finished, its result left in rt.genReturnValue.
 */
function sendTo(rt: Runtime, sub: number, v: number): number {
  if (rt.typeOf(sub) === rt.T.generator) return genSend(rt, sub, v);
  if (v === rt.S.None && rt.slotsOf(sub).iternext !== undefined) {
    const r = iterNext(rt, sub);
    if (r === 0) {
      rt.incref(rt.S.None);
      rt.genReturnValue = rt.S.None;
    }
    return r;
  }
  try {
    return callMethod(rt, sub, "send", v);
  } catch (e) {
    if (e !== RAISED || !rt.exceptionMatches(rt.E.StopIteration)) throw e;
    const exc = rt.fetchException();
    const args = rt.load(exc + 24);
    const value = args !== 0 && rt.i32[(args + 16) >> 2] > 0 ? rt.load(args + 24) : rt.S.None;
    rt.incref(value);
    rt.decref(exc);
    rt.genReturnValue = value;
    return 0;
  }
}

/**
 * Run `entry` (already pushed, the thread's current frame) to completion. Returns the return
 * value, a new reference; a Python exception propagates as PY_RAISED with the thread's
 * current exception set and the frame popped.
 */
export function evalFrame(vm: VM, th: VMThread, entry: number, throwing = false): number {
  vm.rt.i32[(entry + F.FLAGS) >> 2] |= FrameFlag.ENTRY;
  let r = runSlice(vm, th, throwing);
  while (r === SLICE_EXPIRED) {
    if (vm.breaker !== 0) vm.handleBreaker(th);
    r = runSlice(vm, th, false);
  }
  return r;
}

/** runSlice's result when its budget ran out: the running frame's state is saved in it. */
const SLICE_EXPIRED = -1;
/** Check points (backward jumps and calls) a slice runs before returning to evalFrame. */
const SLICE_BUDGET = 20_000;

/**
 * Run the thread's current frame (and the frames it calls) until the entry frame returns or
 * yields — then give its value — or until SLICE_BUDGET check points have passed or the eval
 * breaker is set — then save the running frame's registers in it and give SLICE_EXPIRED.
 *
 * Why slices: a loop entered once can only be optimised by V8 through on-stack replacement,
 * and after a deoptimisation it may stay unoptimised for the rest of the run. Returning every
 * few thousand check points makes each slice an ordinary call, optimised and re-optimised
 * normally; it is also where a host gets control back between instructions.
 */
function runSlice(vm: VM, th: VMThread, throwing: boolean): number {
  const rt = vm.rt;
  const i32 = rt.i32;
  const u16 = rt.u16;
  const S = rt.S;
  const T = rt.T;
  let budget = SLICE_BUDGET;
  const entry = th.frame;

  let globalCache: Int32Array | undefined;
  let f = 0;
  let code = 0;
  let codeBase = 0;
  let pc = 0;
  let lp = 0;
  let sp = 0;
  let stackBase = 0;
  let consts = 0;
  let names = 0;

  loadRegisters(rt, entry, i32[(entry + F.LASTI) >> 2] + 1, i32[(entry + F.STACKTOP) >> 2]);
  f = R[0]; code = R[1]; codeBase = R[2]; pc = R[3]; lp = R[4]; stackBase = R[5]; sp = R[6]; consts = R[7]; names = R[8];
  globalCache = codeInfo(rt, code).globalCache;
  th.frame = f;

  for (;;) {
    try {
      if (throwing) {
        // gen.throw(): the current exception is raised at the suspended yield.
        throwing = false;
        throw PY_RAISED;
      }
      for (;;) {
        let word = u16[codeBase + pc++];
        let op = word & 0xff;
        let arg = word >> 8;
        while (op === Op.EXTENDED_ARG) {
          word = u16[codeBase + pc++];
          op = word & 0xff;
          arg = (arg << 8) | (word >> 8);
        }
        switch (op) {
          case Op.NOP:
          case Op.RESUME:
            break;

          case Op.POP_TOP: {
            sp -= 2;
            const v = i32[sp];
            if (--i32[v >> 2] === 0) rt.dealloc(v);
            break;
          }
          case Op.PUSH_NULL:
            i32[sp] = 0;
            sp += 2;
            break;
          case Op.COPY: {
            const v = i32[sp - 2 * arg];
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.SWAP: {
            const a = i32[sp - 2];
            i32[sp - 2] = i32[sp - 2 * arg];
            i32[sp - 2 * arg] = a;
            break;
          }

          case Op.LOAD_CONST: {
            const v = i32[consts + 2 * arg];
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.LOAD_FAST: {
            const v = i32[lp + 2 * arg];
            if (v === 0) throw unboundLocal(rt, code, arg);
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.STORE_FAST: {
            sp -= 2;
            const old = i32[lp + 2 * arg];
            i32[lp + 2 * arg] = i32[sp];
            if (old !== 0 && --i32[old >> 2] === 0) rt.dealloc(old);
            break;
          }
          case Op.DELETE_FAST: {
            const old = i32[lp + 2 * arg];
            if (old === 0) throw unboundLocal(rt, code, arg);
            i32[lp + 2 * arg] = 0;
            rt.decref(old);
            break;
          }

          case Op.LOAD_GLOBAL: {
            // The cache holds the value while both dicts keep the version tags it saw.
            const globals = i32[(f + F.GLOBALS) >> 2];
            const builtins = i32[(f + F.BUILTINS) >> 2];
            const gv = i32[(globals + DICT_VERSION) >> 2];
            const bv = i32[(builtins + DICT_VERSION) >> 2];
            let cache = globalCache;
            if (cache === undefined) cache = globalCache = newGlobalCache(rt, code);
            const c = 3 * (pc - 1);
            let v = cache[c + 2];
            if (v === 0 || cache[c] !== gv || cache[c + 1] !== bv) {
              v = loadGlobal(rt, globals, builtins, i32[names + 2 * (arg >> 1)]);
              cache[c] = gv;
              cache[c + 1] = bv;
              cache[c + 2] = v;
            }
            if (arg & 1) {
              i32[sp] = 0;
              sp += 2;
            }
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.STORE_GLOBAL: {
            dictSetItem(rt, i32[(f + F.GLOBALS) >> 2], i32[names + 2 * arg], i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.DELETE_GLOBAL: {
            const name = i32[names + 2 * arg];
            if (!dictDelItem(rt, i32[(f + F.GLOBALS) >> 2], name)) {
              raiseNameError(rt, name);
            }
            break;
          }
          case Op.LOAD_NAME: {
            const v = loadName(rt, i32[(f + F.LOCALS) >> 2], i32[(f + F.GLOBALS) >> 2], i32[(f + F.BUILTINS) >> 2], i32[names + 2 * arg]);
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.STORE_NAME: {
            const locals = i32[(f + F.LOCALS) >> 2];
            if (locals === 0) throw rt.raise(rt.E.SystemError, `no locals found when storing ${rt.jsString(i32[names + 2 * arg])}`);
            if (rt.typeOf(locals) === T.dict) dictSetItem(rt, locals, i32[names + 2 * arg], i32[sp - 2]);
            else setItem(rt, locals, i32[names + 2 * arg], i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.DELETE_NAME: {
            const name = i32[names + 2 * arg];
            const locals = i32[(f + F.LOCALS) >> 2];
            if (locals === 0 || !dictDelItem(rt, locals, name)) {
              raiseNameError(rt, name);
            }
            break;
          }

          case Op.MAKE_CELL: {
            const v = i32[lp + 2 * arg];
            i32[lp + 2 * arg] = newCell(rt, v);
            if (v !== 0) rt.decref(v);
            break;
          }
          case Op.COPY_FREE_VARS: {
            const closure = i32[(i32[(f + F.FUNC) >> 2] + Func.CLOSURE) >> 2];
            const first = i32[(code + Code.NLOCALSPLUS) >> 2] - arg;
            for (let i = 0; i < arg; i++) {
              const cell = i32[(closure + TUPLE_ITEMS + 8 * i) >> 2];
              i32[cell >> 2]++;
              i32[lp + 2 * (first + i)] = cell;
            }
            break;
          }
          case Op.LOAD_CLOSURE: {
            const cell = i32[lp + 2 * arg];
            i32[cell >> 2]++;
            i32[sp] = cell;
            sp += 2;
            break;
          }
          case Op.LOAD_DEREF: {
            const v = cellGet(rt, i32[lp + 2 * arg]);
            if (v === 0) throw unboundDeref(rt, code, arg);
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.LOAD_CLASSDEREF: {
            const locals = i32[(f + F.LOCALS) >> 2];
            const name = rt.intern(codeInfo(rt, code).localNames[arg]);
            let v = locals !== 0 ? dictGetItemStr(rt, locals, name) : 0;
            rt.decref(name);
            if (v === 0) {
              v = cellGet(rt, i32[lp + 2 * arg]);
              if (v === 0) throw unboundDeref(rt, code, arg);
            }
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.STORE_DEREF: {
            cellSet(rt, i32[lp + 2 * arg], i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.DELETE_DEREF: {
            const cell = i32[lp + 2 * arg];
            if (cellGet(rt, cell) === 0) throw unboundDeref(rt, code, arg);
            cellSet(rt, cell, 0);
            break;
          }

          case Op.LOAD_ATTR: {
            const owner = i32[sp - 2];
            const v = getAttr(rt, owner, i32[names + 2 * arg]);
            i32[sp - 2] = v;
            rt.decref(owner);
            break;
          }
          case Op.LOAD_METHOD: {
            const owner = i32[sp - 2];
            const m = getMethod(rt, owner, i32[names + 2 * arg], methodOut);
            if (methodOut.bound) {
              i32[sp - 2] = 0;
              i32[sp] = m;
              rt.decref(owner);
            } else {
              i32[sp - 2] = m;
              i32[sp] = owner;
            }
            sp += 2;
            break;
          }
          case Op.STORE_ATTR: {
            setAttr(rt, i32[sp - 2], i32[names + 2 * arg], i32[sp - 4]);
            sp -= 4;
            rt.decref(i32[sp + 2]);
            rt.decref(i32[sp]);
            break;
          }
          case Op.DELETE_ATTR: {
            delAttr(rt, i32[sp - 2], i32[names + 2 * arg]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }

          case Op.UNARY_POSITIVE:
          case Op.UNARY_NEGATIVE:
          case Op.UNARY_INVERT: {
            const v = i32[sp - 2];
            const r = op === Op.UNARY_NEGATIVE ? negative(rt, v) : op === Op.UNARY_POSITIVE ? positive(rt, v) : invert(rt, v);
            i32[sp - 2] = r;
            rt.decref(v);
            break;
          }
          case Op.UNARY_NOT: {
            const v = i32[sp - 2];
            const r = isTrue(rt, v) ? S.False : S.True;
            i32[r >> 2]++;
            i32[sp - 2] = r;
            rt.decref(v);
            break;
          }
          case Op.BINARY_OP: {
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            let r = fastBinaryOp(rt, a, b, arg);
            if (r === 0) r = binaryOp(rt, a, b, arg);
            sp -= 2;
            i32[sp - 2] = r;
            if (--i32[a >> 2] === 0) rt.dealloc(a);
            if (--i32[b >> 2] === 0) rt.dealloc(b);
            break;
          }
          case Op.COMPARE_OP: {
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            let r = fastCompare(rt, a, b, arg);
            if (r === 0) r = richCompare(rt, a, b, arg);
            sp -= 2;
            i32[sp - 2] = r;
            if (--i32[a >> 2] === 0) rt.dealloc(a);
            if (--i32[b >> 2] === 0) rt.dealloc(b);
            break;
          }
          case Op.IS_OP: {
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            const r = (a === b) !== (arg === 1) ? S.True : S.False;
            i32[r >> 2]++;
            sp -= 2;
            i32[sp - 2] = r;
            rt.decref(a);
            rt.decref(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const a = i32[sp - 4];
            const b = i32[sp - 2];
            const r = contains(rt, b, a) !== (arg === 1) ? S.True : S.False;
            i32[r >> 2]++;
            sp -= 2;
            i32[sp - 2] = r;
            rt.decref(a);
            rt.decref(b);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const c = i32[sp - 4];
            const k = i32[sp - 2];
            let r = fastSubscript(rt, c, k);
            if (r === 0) r = getItem(rt, c, k);
            sp -= 2;
            i32[sp - 2] = r;
            if (--i32[c >> 2] === 0) rt.dealloc(c);
            if (--i32[k >> 2] === 0) rt.dealloc(k);
            break;
          }
          case Op.STORE_SUBSCR: {
            const old = fastStoreSubscript(rt, i32[sp - 4], i32[sp - 2], i32[sp - 6]);
            if (old === 0) setItem(rt, i32[sp - 4], i32[sp - 2], i32[sp - 6]);
            // The replaced item goes first, inside the store, as list_ass_item releases it.
            else if (--i32[old >> 2] === 0) rt.dealloc(old);
            sp -= 6;
            if (--i32[i32[sp + 4] >> 2] === 0) rt.dealloc(i32[sp + 4]);
            if (--i32[i32[sp + 2] >> 2] === 0) rt.dealloc(i32[sp + 2]);
            if (--i32[i32[sp] >> 2] === 0) rt.dealloc(i32[sp]);
            break;
          }
          case Op.DELETE_SUBSCR: {
            delItem(rt, i32[sp - 4], i32[sp - 2]);
            sp -= 4;
            rt.decref(i32[sp + 2]);
            rt.decref(i32[sp]);
            break;
          }

          case Op.BUILD_SLICE: {
            const step = arg === 3 ? i32[sp - 2] : S.None;
            const first = sp - 2 * arg;
            const r = newSlice(rt, i32[first], i32[first + 2], step);
            for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
            sp = first;
            i32[sp] = r;
            sp += 2;
            break;
          }
          case Op.BUILD_TUPLE: {
            const first = sp - 2 * arg;
            const t = newTuple(rt, arg);
            for (let i = 0; i < arg; i++) tupleSetItem(rt, t, i, i32[first + 2 * i]);
            sp = first;
            i32[sp] = t;
            sp += 2;
            break;
          }
          case Op.BUILD_LIST: {
            const first = sp - 2 * arg;
            const l = newList(rt, arg);
            for (let i = 0; i < arg; i++) listSetItem(rt, l, i, i32[first + 2 * i]);
            sp = first;
            i32[sp] = l;
            sp += 2;
            break;
          }
          case Op.BUILD_SET: {
            const first = sp - 2 * arg;
            const s = newSet(rt);
            try {
              for (let i = 0; i < arg; i++) setAdd(rt, s, i32[first + 2 * i]);
            } catch (e) {
              rt.decref(s);
              throw e;
            }
            for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
            sp = first;
            i32[sp] = s;
            sp += 2;
            break;
          }
          case Op.BUILD_MAP: {
            const first = sp - 4 * arg;
            const d = dictFromItems(rt, first << 2, 16, (first << 2) + 8, 16, arg);
            for (let i = 2 * arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
            sp = first;
            i32[sp] = d;
            sp += 2;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = i32[sp - 2];
            const first = sp - 2 - 2 * arg;
            const d = dictFromItems(rt, keys + TUPLE_ITEMS, 8, first << 2, 8, arg);
            rt.decref(keys);
            for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
            sp = first;
            i32[sp] = d;
            sp += 2;
            break;
          }
          case Op.BUILD_STRING: {
            const first = sp - 2 * arg;
            const s = buildString(rt, first << 2, arg);
            for (let i = arg - 1; i >= 0; i--) rt.decref(i32[first + 2 * i]);
            sp = first;
            i32[sp] = s;
            sp += 2;
            break;
          }
          case Op.LIST_APPEND: {
            listAppend(rt, i32[sp - 2 - 2 * arg], i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.SET_ADD: {
            setAdd(rt, i32[sp - 2 - 2 * arg], i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.MAP_ADD: {
            dictSetItem(rt, i32[sp - 4 - 2 * arg], i32[sp - 4], i32[sp - 2]);
            sp -= 4;
            rt.decref(i32[sp + 2]);
            rt.decref(i32[sp]);
            break;
          }
          case Op.LIST_EXTEND: {
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
            break;
          }
          case Op.SET_UPDATE: {
            const r = callMethod(rt, i32[sp - 2 - 2 * arg], "update", i32[sp - 2]);
            rt.decref(r);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.DICT_UPDATE: {
            const other = i32[sp - 2];
            if (rt.slotsOf(other).subscript === undefined || rt.typeOf(other) === T.list || rt.typeOf(other) === T.tuple) {
              throw rt.raise(rt.E.TypeError, `'${rt.typeName(other)}' object is not a mapping`);
            }
            dictUpdate(rt, i32[sp - 2 - 2 * arg], other);
            sp -= 2;
            rt.decref(other);
            break;
          }
          case Op.DICT_MERGE: {
            const callable = i32[sp - 2 - 2 * (arg + 2)];
            dictMerge(rt, i32[sp - 2 - 2 * arg], i32[sp - 2], () => functionDescription(rt, callable));
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.LIST_TO_TUPLE: {
            const l = i32[sp - 2];
            i32[sp - 2] = listAsTuple(rt, l);
            rt.decref(l);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = i32[sp - 2];
            const type = rt.typeOf(seq);
            if ((type === T.tuple || type === T.list) && i32[(seq + 16) >> 2] === arg) {
              const items = type === T.tuple ? (seq + TUPLE_ITEMS) >> 2 : i32[(seq + 24) >> 2] >> 2;
              sp -= 2;
              for (let i = arg - 1; i >= 0; i--) {
                const v = i32[items + 2 * i];
                i32[v >> 2]++;
                i32[sp] = v;
                sp += 2;
              }
              rt.decref(seq);
              break;
            }
            if (type === T.tuple || type === T.list) {
              const n = i32[(seq + 16) >> 2];
              if (n < arg) throw rt.raise(rt.E.ValueError, `not enough values to unpack (expected ${arg}, got ${n})`);
              throw rt.raise(rt.E.ValueError, `too many values to unpack (expected ${arg})`);
            }
            unpackIterable(rt, seq, arg, unpackOut);
            sp -= 2;
            for (let i = arg - 1; i >= 0; i--) {
              i32[sp] = unpackOut[i];
              sp += 2;
            }
            rt.decref(seq);
            break;
          }
          case Op.UNPACK_EX: {
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
            break;
          }
          case Op.FORMAT_VALUE: {
            const hasSpec = (arg & FormatValueFlag.HasSpec) !== 0;
            const spec = hasSpec ? i32[sp - 2] : 0;
            const vAt = hasSpec ? sp - 4 : sp - 2;
            const v = i32[vAt];
            const r = formatValue(rt, v, arg, spec);
            if (hasSpec) rt.decref(spec);
            rt.decref(v);
            i32[vAt] = r;
            sp = vAt + 2;
            break;
          }

          case Op.GET_ITER: {
            const v = i32[sp - 2];
            i32[sp - 2] = getIter(rt, v);
            rt.decref(v);
            break;
          }
          case Op.FOR_ITER: {
            const it = i32[sp - 2];
            const next = iterNext(rt, it);
            if (next !== 0) {
              i32[sp] = next;
              sp += 2;
            } else {
              sp -= 2;
              rt.decref(it);
              pc += arg;
            }
            break;
          }
          case Op.JUMP_FORWARD:
            pc += arg;
            break;
          case Op.JUMP_BACKWARD:
            pc -= arg;
            if (--budget <= 0 || vm.breaker !== 0) {
              i32[(f + F.LASTI) >> 2] = pc - 1;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              th.frame = f;
              return SLICE_EXPIRED;
            }
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            pc -= arg;
            break;
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = i32[sp - 2];
            const truth = v === S.True ? true : v === S.False ? false : isTrue(rt, v);
            sp -= 2;
            if (--i32[v >> 2] === 0) rt.dealloc(v);
            const wanted = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
            if (truth === wanted) {
              if (op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE) pc += arg;
              else {
                pc -= arg;
                if (--budget <= 0 || vm.breaker !== 0) {
              i32[(f + F.LASTI) >> 2] = pc - 1;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              th.frame = f;
              return SLICE_EXPIRED;
            }
              }
            }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = i32[sp - 2];
            sp -= 2;
            rt.decref(v);
            const wanted = op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE;
            if ((v === S.None) === wanted) {
              if (op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_FORWARD_IF_NOT_NONE) pc += arg;
              else {
                pc -= arg;
                if (--budget <= 0 || vm.breaker !== 0) {
              i32[(f + F.LASTI) >> 2] = pc - 1;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              th.frame = f;
              return SLICE_EXPIRED;
            }
              }
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = i32[sp - 2];
            const truth = isTrue(rt, v);
            if (truth === (op === Op.JUMP_IF_TRUE_OR_POP)) pc += arg;
            else {
              sp -= 2;
              rt.decref(v);
            }
            break;
          }

          case Op.KW_NAMES:
            th.kwnames = i32[consts + 2 * arg];
            break;
          case Op.CALL: {
            const kwnames = th.kwnames;
            th.kwnames = 0;
            const argsAt = sp - 2 * arg;
            let callable = i32[argsAt - 4];
            let first = argsAt;
            let total = arg;
            if (callable !== 0) {
              first = argsAt - 2;
              total = arg + 1;
            } else {
              callable = i32[argsAt - 2];
              if (rt.typeOf(callable) === T.method) {
                // Unpack a bound method in place: (NULL, method) becomes (func, self).
                const func = i32[(callable + Method.FUNC) >> 2];
                const self = i32[(callable + Method.SELF) >> 2];
                i32[func >> 2]++;
                i32[self >> 2]++;
                i32[argsAt - 4] = func;
                i32[argsAt - 2] = self;
                rt.decref(callable);
                callable = func;
                first = argsAt - 2;
                total = arg + 1;
              }
            }
            const nkw = kwnames === 0 ? 0 : i32[(kwnames + 16) >> 2];
            if (isPlainFunction(rt, callable)) {
              i32[(f + F.LASTI) >> 2] = pc - 1;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              const frame = pushFunctionFrame(rt, th, callable, first << 2, total - nkw, kwnames);
              // The callee's frame holds its own references now; drop the caller's.
              for (let p = sp - 2; p >= argsAt - 4; p -= 2) {
                const v = i32[p];
                if (v !== 0) rt.decref(v);
              }
              sp = argsAt - 4;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              loadRegisters(rt, frame, 0, 0);
              f = R[0]; code = R[1]; codeBase = R[2]; pc = R[3]; lp = R[4]; stackBase = R[5]; sp = R[6]; consts = R[7]; names = R[8];
              globalCache = codeInfo(rt, code).globalCache;
              th.frame = f;
              if (--budget <= 0 || vm.breaker !== 0) {
                i32[(f + F.LASTI) >> 2] = pc - 1;
                i32[(f + F.STACKTOP) >> 2] = 0;
                return SLICE_EXPIRED;
              }
              break;
            }
            i32[(f + F.LASTI) >> 2] = pc - 1;
            const r = call(rt, callable, first << 2, total - nkw, kwnames);
            for (let p = sp - 2; p >= argsAt - 4; p -= 2) {
              const v = i32[p];
              if (v !== 0) rt.decref(v);
            }
            sp = argsAt - 4;
            i32[sp] = r;
            sp += 2;
            if (--budget <= 0 || vm.breaker !== 0) {
              i32[(f + F.LASTI) >> 2] = pc - 1;
              i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
              th.frame = f;
              return SLICE_EXPIRED;
            }
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const hasKw = (arg & 1) !== 0;
            const kwargs = hasKw ? i32[sp - 2] : 0;
            const argsAt = hasKw ? sp - 4 : sp - 2;
            let args = i32[argsAt];
            const func = i32[argsAt - 2];
            if (rt.typeOf(args) !== T.tuple) {
              if (rt.slotsOf(args).iter === undefined && rt.slotsOf(args).subscript === undefined) {
                throw rt.raise(rt.E.TypeError, `${functionDescription(rt, func)} argument after * must be an iterable, not ${rt.typeName(args)}`);
              }
              const l = newList(rt, 0);
              try {
                listExtend(rt, l, args);
                const t = listAsTuple(rt, l);
                rt.decref(args);
                args = t;
                i32[argsAt] = t;
              } finally {
                rt.decref(l);
              }
            }
            i32[(f + F.LASTI) >> 2] = pc - 1;
            const r = callFunctionEx(rt, func, args, kwargs);
            if (hasKw) rt.decref(kwargs);
            rt.decref(args);
            rt.decref(func);
            sp = argsAt - 2;
            const nul = i32[sp - 2];
            if (nul !== 0) rt.decref(nul);
            i32[sp - 2] = r;
            break;
          }
          case Op.MAKE_FUNCTION: {
            const fcode = i32[sp - 2];
            let p = sp - 2;
            const globals = i32[(f + F.GLOBALS) >> 2];
            const moduleName = dictGetItemStr(rt, globals, rt.identifier("__name__"));
            const fn = newFunction(rt, fcode, globals, i32[(f + F.BUILTINS) >> 2], moduleName);
            const consts0 = i32[(fcode + Code.CONSTS) >> 2];
            if (tupleSize(rt, consts0) > 0) {
              const doc = i32[(consts0 + TUPLE_ITEMS) >> 2];
              // The compiler makes a function's first constant its docstring or None.
              if (rt.typeOf(doc) === T.str) setFunctionField(rt, fn, Func.DOC, doc);
            }
            if (arg & MakeFunctionFlag.Closure) setFunctionField(rt, fn, Func.CLOSURE, i32[(p -= 2)]);
            if (arg & MakeFunctionFlag.Annotations) setFunctionField(rt, fn, Func.ANNOTATIONS, i32[(p -= 2)]);
            if (arg & MakeFunctionFlag.KwDefaults) setFunctionField(rt, fn, Func.KWDEFAULTS, i32[(p -= 2)]);
            if (arg & MakeFunctionFlag.Defaults) setFunctionField(rt, fn, Func.DEFAULTS, i32[(p -= 2)]);
            for (let q = sp - 2; q >= p; q -= 2) rt.decref(i32[q]);
            sp = p;
            i32[sp] = fn;
            sp += 2;
            break;
          }
          case Op.RETURN_VALUE: {
            sp -= 2;
            const v = i32[sp];
            const flags = i32[(f + F.FLAGS) >> 2];
            const isEntry = (flags & FrameFlag.ENTRY) !== 0;
            const previous = i32[(f + F.PREVIOUS) >> 2];
            clearFrame(rt, f, (sp - stackBase) >> 1);
            if ((flags & FrameFlag.GENERATOR) === 0) th.stack.pop(f);
            th.recursionDepth--;
            th.frame = previous;
            if (isEntry) return v;
            loadRegisters(rt, previous, i32[(previous + F.LASTI) >> 2] + 1, i32[(previous + F.STACKTOP) >> 2]);
            f = R[0]; code = R[1]; codeBase = R[2]; pc = R[3]; lp = R[4]; stackBase = R[5]; sp = R[6]; consts = R[7]; names = R[8];
            globalCache = codeInfo(rt, code).globalCache;
            th.frame = f;
            i32[sp] = v;
            sp += 2;
            break;
          }

          case Op.RAISE_VARARGS: {
            i32[(f + F.LASTI) >> 2] = pc - 1;
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
            for (let i = 0; i < arg; i++) {
              sp -= 2;
              rt.decref(i32[sp]);
            }
            rt.setException(exc);
            throw PY_RAISED;
          }
          case Op.RERAISE: {
            // The oparg names a saved lasti that CPython uses only to report line numbers;
            // the traceback already has this frame's entry, so nothing to restore here.
            const exc = i32[sp - 2];
            sp -= 2;
            rt.setException(exc);
            vm.reraising = true;
            throw PY_RAISED;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = i32[sp - 2];
            const prev = th.handled === 0 ? S.None : th.handled;
            if (th.handled === 0) i32[S.None >> 2]++;
            i32[sp - 2] = prev;
            i32[exc >> 2]++;
            th.handled = exc;
            i32[sp] = exc;
            sp += 2;
            break;
          }
          case Op.POP_EXCEPT: {
            sp -= 2;
            const prev = i32[sp];
            const old = th.handled;
            if (prev === S.None) {
              th.handled = 0;
              rt.decref(prev);
            } else {
              th.handled = prev;
            }
            if (old !== 0) rt.decref(old);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const type = i32[sp - 2];
            const r = exceptionMatches(rt, i32[sp - 4], type) ? S.True : S.False;
            i32[r >> 2]++;
            i32[sp - 2] = r;
            rt.decref(type);
            break;
          }
          case Op.LOAD_ASSERTION_ERROR: {
            const t = rt.E.AssertionError;
            i32[t >> 2]++;
            i32[sp] = t;
            sp += 2;
            break;
          }
          case Op.BEFORE_WITH: {
            const mgr = i32[sp - 2];
            const res = beforeWith(rt, mgr, withOut);
            i32[sp - 2] = withOut.exit;
            rt.decref(mgr);
            i32[sp] = res;
            sp += 2;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const r = withExceptStart(rt, i32[sp - 8], i32[sp - 2]);
            i32[sp] = r;
            sp += 2;
            break;
          }

          case Op.LOAD_BUILD_CLASS: {
            const v = dictGetItemStr(rt, i32[(f + F.BUILTINS) >> 2], rt.identifier("__build_class__"));
            if (v === 0) throw rt.raise(rt.E.NameError, "__build_class__ not found");
            i32[v >> 2]++;
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.SETUP_ANNOTATIONS: {
            const locals = i32[(f + F.LOCALS) >> 2];
            const key = rt.identifier("__annotations__");
            if (dictGetItemStr(rt, locals, key) === 0) {
              const d = newDictPresized(rt, 0);
              dictSetItem(rt, locals, key, d);
              rt.decref(d);
            }
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = i32[sp - 2];
            const level = i32[sp - 4];
            i32[(f + F.LASTI) >> 2] = pc - 1;
            const m = vm.importName(i32[names + 2 * arg], i32[(f + F.GLOBALS) >> 2], fromlist, level);
            sp -= 2;
            rt.decref(fromlist);
            rt.decref(level);
            i32[sp - 2] = m;
            break;
          }
          case Op.IMPORT_FROM: {
            const v = vm.importFrom(i32[sp - 2], i32[names + 2 * arg]);
            i32[sp] = v;
            sp += 2;
            break;
          }
          case Op.IMPORT_STAR: {
            vm.importStar(i32[sp - 2], i32[(f + F.LOCALS) >> 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }
          case Op.PRINT_EXPR: {
            vm.displayHook(i32[sp - 2]);
            sp -= 2;
            rt.decref(i32[sp]);
            break;
          }

          case Op.RETURN_GENERATOR: {
            // Move this frame into a new generator and return the generator to the caller.
            const func = i32[(f + F.FUNC) >> 2];
            const bytes = frameSize(rt, code);
            const gen = allocGenerator(rt, bytes, code, i32[(func + Func.NAME) >> 2], i32[(func + Func.QUALNAME) >> 2]);
            const gf = genFrame(gen);
            i32.copyWithin(gf >> 2, f >> 2, (f + bytes) >> 2);
            i32[(gf + F.LASTI) >> 2] = pc - 1;
            i32[(gf + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
            i32[(gf + F.FLAGS) >> 2] = FrameFlag.GENERATOR;
            i32[(gf + F.PREVIOUS) >> 2] = 0;
            const isEntry = (i32[(f + F.FLAGS) >> 2] & FrameFlag.ENTRY) !== 0;
            const previous = i32[(f + F.PREVIOUS) >> 2];
            th.stack.pop(f);
            th.recursionDepth--;
            th.frame = previous;
            if (isEntry) return gen;
            loadRegisters(rt, previous, i32[(previous + F.LASTI) >> 2] + 1, i32[(previous + F.STACKTOP) >> 2]);
            f = R[0]; code = R[1]; codeBase = R[2]; pc = R[3]; lp = R[4]; stackBase = R[5]; sp = R[6]; consts = R[7]; names = R[8];
            globalCache = codeInfo(rt, code).globalCache;
            th.frame = f;
            i32[sp] = gen;
            sp += 2;
            break;
          }
          case Op.YIELD_VALUE: {
            // A generator frame is always the entry frame of its evalFrame (see VM.genResume).
            sp -= 2;
            const v = i32[sp];
            i32[(f + F.LASTI) >> 2] = pc - 1;
            i32[(f + F.STACKTOP) >> 2] = (sp - stackBase) >> 1;
            th.frame = i32[(f + F.PREVIOUS) >> 2];
            th.recursionDepth--;
            th.yielded = true;
            return v;
          }
          case Op.SEND: {
            const sub = i32[sp - 4];
            const v = i32[sp - 2];
            i32[(f + F.LASTI) >> 2] = pc - 1;
            const r = sendTo(rt, sub, v);
            if (r !== 0) {
              i32[sp - 2] = r;
              rt.decref(v);
            } else {
              const result = rt.genReturnValue;
              rt.genReturnValue = 0;
              sp -= 2;
              i32[sp - 2] = result;
              rt.decref(v);
              rt.decref(sub);
              pc += arg;
            }
            break;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = i32[sp - 2];
            if (rt.typeOf(v) !== T.generator) {
              i32[sp - 2] = getIter(rt, v);
              rt.decref(v);
            }
            break;
          }

          default:
            throw new InternalError(`unknown opcode ${op} at ${pc - 1}`);
        }
      }
    } catch (error) {
      // ── exception unwinding ────────────────────────────────────────────────────────────
      if (error !== PY_RAISED) vm.internalErrorToPython(error);
      const reraise = vm.reraising;
      vm.reraising = false;
      let lasti = pc - 1;
      if (!reraise) addTracebackEntry(vm, th, f, lasti);
      for (;;) {
        const handler = findHandler(rt, code, lasti);
        if (handler !== undefined) {
          const depthTop = stackBase + 2 * handler.depth;
          while (sp > depthTop) {
            sp -= 2;
            const v = i32[sp];
            if (v !== 0) rt.decref(v);
          }
          if (handler.lasti) {
            i32[sp] = newInt(rt, lasti * 2);
            sp += 2;
          }
          i32[sp] = rt.fetchException();
          sp += 2;
          pc = handler.target;
          break;
        }
        const flags = i32[(f + F.FLAGS) >> 2];
        const isEntry = (flags & FrameFlag.ENTRY) !== 0;
        const previous = i32[(f + F.PREVIOUS) >> 2];
        clearFrame(rt, f, (sp - stackBase) >> 1);
        if ((flags & FrameFlag.GENERATOR) === 0) th.stack.pop(f);
        th.recursionDepth--;
        th.frame = previous;
        if (isEntry) throw PY_RAISED;
        lasti = i32[(previous + F.LASTI) >> 2];
        loadRegisters(rt, previous, lasti + 1, i32[(previous + F.STACKTOP) >> 2]);
        f = R[0]; code = R[1]; codeBase = R[2]; pc = R[3]; lp = R[4]; stackBase = R[5]; sp = R[6]; consts = R[7]; names = R[8];
        globalCache = codeInfo(rt, code).globalCache;
        th.frame = f;
        addTracebackEntry(vm, th, f, lasti);
      }
    }
  }
}

function unboundLocal(rt: Runtime, code: number, index: number): never {
  const name = codeInfo(rt, code).localNames[index];
  throw rt.raise(rt.E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function unboundDeref(rt: Runtime, code: number, index: number): never {
  const info = codeInfo(rt, code);
  const name = info.localNames[index];
  const isFree = (info.data.localspluskinds[index] & 0x80) !== 0;
  if (isFree) {
    throw rt.raise(rt.E.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  }
  throw rt.raise(rt.E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
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
