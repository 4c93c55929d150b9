/**
 * The general paths of the instructions the eval loop runs in inner loops: what
 * `execSlow` (eval-slow.ts) does for LOAD/STORE/CALL/BINARY_OP/... when the loop's fast path
 * did not apply — any operand types, any callable — and the exception-state instructions.
 * Same contract as eval-slow.ts: each takes the stack pointer `sp` (i32 index of the next free
 * word), leaves operands on the stack until its work has succeeded, and returns the new `sp`.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED } from "../objects/errors.js";
import { Op } from "../compile/opcodes.js";
import { setItem, callMethod, isTrue, binaryOp, richCompare, getItem, call, iterNext } from "../objects/abstract.js";
import { genSend } from "../objects/generator.js";
import { slotIternext } from "../objects/heap-type-slots-object.js";
import { callSpecial0 } from "../objects/special-call.js";
import { releaseWords } from "./call.js";
import { F } from "./frame.js";
import type { VMThread } from "./thread.js";
import type { VM } from "./vm.js";
import { unpackIterable } from "./eval-helpers.js";
import { storeStrKeyValue } from "../objects/dict.js";
import { unboundLocal, localsOf } from "./eval-slow.js";

const enum Layout {
  TUPLE_ITEMS = 24,
  /** ob_size of a tuple or list. */
  SIZE = 16,
  LIST_ITEMS = 24,
}

const unpackOut: number[] = [];

/** UNARY_NOT (v -- not v) */
export function opUnaryNot(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  const v = i32[sp - 2];
  const r = isTrue(rt, v) ? rt.S.False : rt.S.True;
  i32[r >> 2]++;
  i32[sp - 2] = r;
  rt.decref(v);
  return sp;
}

/** BINARY_OP, COMPARE_OP, BINARY_SUBSCR (a b -- r) */
export function opBinary(rt: Runtime, sp: number, op: number, arg: number): number {
  const i32 = rt.i32;
  const a = i32[sp - 4];
  const b = i32[sp - 2];
  const r = op === Op.BINARY_OP ? binaryOp(rt, a, b, arg) : op === Op.COMPARE_OP ? richCompare(rt, a, b, arg) : getItem(rt, a, b);
  sp -= 2;
  i32[sp - 2] = r;
  rt.decref(a);
  rt.decref(b);
  return sp;
}

/** STORE_SUBSCR (v container key --) */
export function opStoreSubscr(rt: Runtime, sp: number): number {
  const i32 = rt.i32;
  const container = i32[sp - 4];
  // An exact dict and an exact str key: stored without the slot dispatch and with one lookup.
  // (Done here, not in the loop's fast path: a program's first dict store would reach code of
  // the loop that a program storing no list items has not run, and V8 would compile it again.)
  if (rt.typeOf(container) !== rt.T.dict || !storeStrKeyValue(rt, container, i32[sp - 2], i32[sp - 6])) {
    setItem(rt, container, i32[sp - 2], i32[sp - 6]);
  }
  sp -= 6;
  rt.decref(i32[sp + 4]);
  rt.decref(i32[sp + 2]);
  rt.decref(i32[sp]);
  return sp;
}

/** UNPACK_SEQUENCE (seq -- items... in reverse), for anything but a tuple or list of `arg` items. */
export function opUnpackSequence(rt: Runtime, sp: number, arg: number): number {
  const i32 = rt.i32;
  const seq = i32[sp - 2];
  const type = rt.typeOf(seq);
  if (type === rt.T.tuple || type === rt.T.list) {
    const n = i32[(seq + Layout.SIZE) >> 2];
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
  return sp;
}

/** POP_JUMP_*_IF_TRUE/FALSE with an operand that is not a bool: it becomes True or False. */
export function opTruth(rt: Runtime, sp: number): void {
  const i32 = rt.i32;
  const v = i32[sp - 2];
  const r = isTrue(rt, v) ? rt.S.True : rt.S.False;
  i32[r >> 2]++;
  i32[sp - 2] = r;
  rt.decref(v);
}

/** CALL (NULL|callable callable|self args... -- result), the general way: a vectorcall. */
export function opCall(rt: Runtime, sp: number, arg: number, kwnames: number): number {
  const i32 = rt.i32;
  const argsAt = sp - 2 * arg;
  let callable = i32[argsAt - 4];
  let first = argsAt;
  let total = arg;
  if (callable !== 0) {
    first = argsAt - 2;
    total = arg + 1;
  } else {
    callable = i32[argsAt - 2];
  }
  const nkw = kwnames === 0 ? 0 : i32[(kwnames + Layout.SIZE) >> 2];
  const r = call(rt, callable, first << 2, total - nkw, kwnames);
  releaseWords(rt, argsAt - 4, sp);
  sp = argsAt - 4;
  i32[sp] = r;
  return sp + 2;
}

/**
 * SEND (sub v -- sub r), or, when sub has finished, (sub v -- result): true in that case (the
 * loop then jumps past the yield-from loop).
 */
export function sendStep(rt: Runtime, sp: number): boolean {
  const i32 = rt.i32;
  const sub = i32[sp - 4];
  const v = i32[sp - 2];
  const r = sendTo(rt, sub, v);
  if (r !== 0) {
    i32[sp - 2] = r;
    rt.decref(v);
    return false;
  }
  const result = rt.genReturnValue;
  rt.genReturnValue = 0;
  i32[sp - 4] = result;
  rt.decref(v);
  rt.decref(sub);
  return true;
}

/**
 * SEND's work: sub.send(v), or next(sub) for v None on a plain iterator. Returns the value
 * produced (new reference), or 0 when sub finished, its result left in rt.genReturnValue.
 */
export function sendTo(rt: Runtime, sub: number, v: number): number {
  if (rt.typeOf(sub) === rt.T.generator) return genSend(rt, sub, v);
  const iternext = v === rt.S.None ? rt.slotsOf(sub).iternext : undefined;
  if (iternext !== undefined && iternext !== slotIternext) {
    const r = iterNext(rt, sub);
    if (r === 0) {
      rt.incref(rt.S.None);
      rt.genReturnValue = rt.S.None;
    }
    return r;
  }
  try {
    if (iternext === undefined) return callMethod(rt, sub, "send", v);
    // A class's `__next__` is called here rather than through its slot, which swallows the
    // StopIteration whose value becomes the result of `yield from`.
    const r = callSpecial0(rt, sub, rt.identifier("__next__"));
    if (r === 0) throw rt.raise(rt.E.AttributeError, "__next__");
    return r;
  } catch (e) {
    if (e !== PY_RAISED || !rt.exceptionMatches(rt.E.StopIteration)) throw e;
    const exc = rt.fetchException();
    const args = rt.load(exc + 24);
    const value = args !== 0 && rt.i32[(args + 16) >> 2] > 0 ? rt.load(args + 24) : rt.S.None;
    rt.incref(value);
    rt.decref(exc);
    rt.genReturnValue = value;
    return 0;
  }
}

/** Push a new reference to `v`. */
export function opPush(rt: Runtime, sp: number, v: number): number {
  rt.i32[v >> 2]++;
  rt.i32[sp] = v;
  return sp + 2;
}

/** DELETE_FAST (--) */
export function opDeleteFast(rt: Runtime, f: number, arg: number): void {
  const i32 = rt.i32;
  const slot = localsOf(f) + 2 * arg;
  const old = i32[slot];
  if (old === 0) throw unboundLocal(rt, i32[(f + F.CODE) >> 2], arg);
  i32[slot] = 0;
  rt.decref(old);
}

/** LOAD_CLOSURE (-- cell) */
export function opLoadClosure(rt: Runtime, f: number, sp: number, arg: number): number {
  return opPush(rt, sp, rt.i32[localsOf(f) + 2 * arg]);
}

/** RERAISE (exc --): always raises. The slot is emptied, so the unwinder does not release exc. */
export function opReraise(vm: VM, sp: number): never {
  const rt = vm.rt;
  // The oparg names a saved lasti that CPython uses only to report line numbers; the
  // traceback already has this frame's entry, so nothing to restore here.
  const exc = rt.i32[sp - 2];
  rt.i32[sp - 2] = 0;
  rt.setException(exc);
  vm.reraising = true;
  throw PY_RAISED;
}

/** PUSH_EXC_INFO (exc -- prev exc): exc becomes the exception being handled. */
export function opPushExcInfo(rt: Runtime, th: VMThread, sp: number): number {
  const i32 = rt.i32;
  const exc = i32[sp - 2];
  const handled = th.handled;
  const prev = handled === 0 ? rt.S.None : handled;
  if (handled === 0) i32[prev >> 2]++;
  i32[sp - 2] = prev;
  i32[exc >> 2]++;
  th.handled = exc;
  i32[sp] = exc;
  return sp + 2;
}

/** POP_EXCEPT (prev --): prev is the exception being handled again. */
export function opPopExcept(rt: Runtime, th: VMThread, sp: number): number {
  sp -= 2;
  const prev = rt.i32[sp];
  const old = th.handled;
  if (prev === rt.S.None) {
    th.handled = 0;
    rt.decref(prev);
  } else {
    th.handled = prev;
  }
  if (old !== 0) rt.decref(old);
  return sp;
}
