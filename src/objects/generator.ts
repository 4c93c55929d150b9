/**
 * `generator`: a suspended frame that lives inside the object.
 *
 *   ┌────────┬──────┬─────────────┬─────────┬─────────────┬─────────┬───────┬─────────────────────┐
 *   │ refcnt │ type │ weakreflist │ name    │ qualname    │ handled │ state │ frame (F layout)... │
 *   └────────┴──────┴─────────────┴─────────┴─────────────┴─────────┴───────┴─────────────────────┘
 *    0        8      16            24        32            40        48      64
 *
 * RETURN_GENERATOR moves the running frame into a new generator; each `send` links that frame
 * into the thread's frame chain and runs the eval loop on it until it yields or returns
 * (`rt.genResume`, installed by the VM). While suspended the generator keeps its own handled
 * exception (`handled`), as CPython 3.11's gi_exc_state. getsizeof follows CPython:
 * 152 + 8·(co_nlocalsplus + co_stacksize) + 16 for the GC head.
 */
import type { Runtime } from "./runtime.js";
import type { TypeDef } from "./typedef.js";
import { TpFlag } from "./layout.js";
import { Code } from "./code.js";
import { addressText } from "./object.js";
import { checkArgs, arg } from "./args.js";
import { PY_RAISED } from "./errors.js";
import { Exc, newExceptionWithArgs } from "./exceptions.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "./tuple.js";
import { call0, call1, lookupAttr } from "./abstract.js";
import { clearWeakrefs } from "./weakref.js";

export const enum Gen {
  WEAKREFLIST = 16,
  NAME = 24,
  QUALNAME = 32,
  HANDLED = 40,
  STATE = 48,
  /** The generator's code (strong), kept after the frame is cleared for getsizeof and gi_code. */
  CODE = 56,
  FRAME = 64,
}

export const enum GenState {
  CREATED = 0,
  SUSPENDED = 1,
  EXECUTING = 2,
  COMPLETED = 3,
}

/** A generator whose frame is `frameBytes` long (filled by the VM). New reference. */
export function allocGenerator(rt: Runtime, frameBytes: number, code: number, name: number, qualname: number): number {
  const g = rt.allocObject(rt.T.generator, Gen.FRAME + frameBytes);
  for (let off = Gen.WEAKREFLIST; off < Gen.FRAME; off += 4) rt.i32[(g + off) >> 2] = 0;
  rt.incref(name);
  rt.store(g + Gen.NAME, name);
  rt.incref(qualname);
  rt.store(g + Gen.QUALNAME, qualname);
  rt.i32[(g + Gen.STATE) >> 2] = GenState.CREATED;
  rt.incref(code);
  rt.store(g + Gen.CODE, code);
  return g;
}

export function genState(rt: Runtime, g: number): GenState {
  return rt.i32[(g + Gen.STATE) >> 2];
}

export function genFrame(g: number): number {
  return g + Gen.FRAME;
}

function genCode(rt: Runtime, g: number): number {
  return rt.load(g + Gen.CODE);
}

/**
 * Run the generator one step. Returns the yielded value (new reference), or 0 when it
 * finished; the return value (new reference) is then left in `rt.genReturnValue`.
 */
export function genSend(rt: Runtime, g: number, value: number): number {
  const state = genState(rt, g);
  if (state === GenState.EXECUTING) throw rt.raise(rt.E.ValueError, "generator already executing");
  if (state === GenState.COMPLETED) {
    rt.incref(rt.S.None);
    rt.genReturnValue = rt.S.None;
    return 0;
  }
  if (state === GenState.CREATED && value !== rt.S.None) {
    throw rt.raise(rt.E.TypeError, "can't send non-None value to a just-started generator");
  }
  return rt.genResume(g, value, false);
}

/** Throw the current exception into the generator at its yield point. */
export function genThrowCurrent(rt: Runtime, g: number): number {
  const state = genState(rt, g);
  if (state === GenState.EXECUTING) throw rt.raise(rt.E.ValueError, "generator already executing");
  if (state === GenState.COMPLETED || state === GenState.CREATED) {
    // Never started or already done: the exception just propagates (and a new one finishes it).
    if (state === GenState.CREATED) finishWithoutRunning(rt, g);
    throw PY_RAISED;
  }
  return rt.genResume(g, 0, true);
}

/**
 * gen.throw() of the current exception (CPython's _gen_throw): a generator delegating through
 * `yield from` passes the exception to its subiterator first (a GeneratorExit closes the
 * subiterator instead). What the subiterator yields is yielded; when it finishes, its result
 * is sent in here, after the `yield from`; when it raises, that exception is thrown in here.
 * Returns the yielded value (new reference), or 0 when the generator finished (its return
 * value left in rt.genReturnValue).
 */
export function genThrow(rt: Runtime, g: number): number {
  const sub = genState(rt, g) === GenState.SUSPENDED ? rt.genDelegate(g) : 0;
  if (sub === 0) return genThrowCurrent(rt, g);
  rt.incref(sub);
  if (rt.exceptionMatches(rt.E.GeneratorExit)) {
    const exc = rt.fetchException();
    rt.i32[(g + Gen.STATE) >> 2] = GenState.EXECUTING;
    try {
      closeIterator(rt, sub);
      rt.setException(exc);
    } catch (e) {
      rt.decref(exc);
      if (e !== PY_RAISED) throw e;
    } finally {
      rt.i32[(g + Gen.STATE) >> 2] = GenState.SUSPENDED;
      rt.decref(sub);
    }
    return genThrowCurrent(rt, g);
  }
  let yielded = 0;
  let subFinished = false;
  let raiseHere = false;
  rt.i32[(g + Gen.STATE) >> 2] = GenState.EXECUTING;
  try {
    if (rt.typeOf(sub) === rt.T.generator) {
      yielded = genThrow(rt, sub);
      subFinished = yielded === 0;
    } else {
      const exc = rt.fetchException();
      let throwMethod: number;
      try {
        throwMethod = lookupAttr(rt, sub, rt.identifier("throw"));
      } catch (e) {
        rt.decref(exc);
        throw e;
      }
      if (throwMethod === 0) {
        // No throw(): the exception is raised here, at the yield (after the finally below).
        rt.setException(exc);
        raiseHere = true;
      } else {
        try {
          yielded = call1(rt, throwMethod, exc);
        } finally {
          rt.decref(throwMethod);
          rt.decref(exc);
        }
      }
    }
  } catch (e) {
    if (e !== PY_RAISED) throw e;
  } finally {
    if (genState(rt, g) === GenState.EXECUTING) rt.i32[(g + Gen.STATE) >> 2] = GenState.SUSPENDED;
    rt.decref(sub);
  }
  if (yielded !== 0) return yielded;
  if (raiseHere) return genThrowCurrent(rt, g);
  // The subiterator is done: by returning (a generator's value in genReturnValue, another
  // iterator's StopIteration) or by raising.
  let result = 0;
  if (subFinished) result = returnValueOrNone(rt);
  else if (rt.exceptionMatches(rt.E.StopIteration)) result = stopIterationValue(rt, rt.fetchException());
  rt.genLeaveDelegation(g);
  if (result === 0) return genThrowCurrent(rt, g);
  try {
    return rt.genResume(g, result, false);
  } finally {
    rt.decref(result);
  }
}

/** StopIteration's value (new reference); consumes the exception. */
function stopIterationValue(rt: Runtime, exc: number): number {
  const args = rt.load(exc + Exc.ARGS);
  const value = args !== 0 && tupleSize(rt, args) > 0 ? tupleItem(rt, args, 0) : rt.S.None;
  rt.incref(value);
  rt.decref(exc);
  return value;
}

/** close() a subiterator: a generator's own close, or the object's `close` method if it has one. */
function closeIterator(rt: Runtime, it: number): void {
  if (rt.typeOf(it) === rt.T.generator) {
    genClose(rt, it);
    return;
  }
  const close = lookupAttr(rt, it, rt.identifier("close"));
  if (close === 0) return;
  try {
    rt.decref(call0(rt, close));
  } finally {
    rt.decref(close);
  }
}

/** Mark a generator completed and release its frame without running it. */
export function finishWithoutRunning(rt: Runtime, g: number): void {
  if (genState(rt, g) === GenState.COMPLETED) return;
  rt.i32[(g + Gen.STATE) >> 2] = GenState.COMPLETED;
  rt.clearGeneratorFrame(g);
}

function returnValueOrNone(rt: Runtime): number {
  const v = rt.genReturnValue;
  rt.genReturnValue = 0;
  return v;
}

/** StopIteration(value) as the current exception. */
function raiseStopIteration(rt: Runtime, value: number): never {
  const args = newTuple(rt, value === rt.S.None ? 0 : 1);
  if (value !== rt.S.None) tupleSetItem(rt, args, 0, value);
  else rt.decref(value);
  rt.setException(newExceptionWithArgs(rt, rt.E.StopIteration, args));
  throw PY_RAISED;
}

function genIternext(rt: Runtime, g: number): number {
  const v = genSend(rt, g, rt.S.None);
  if (v === 0) rt.decref(returnValueOrNone(rt));
  return v;
}

/** gen.close(): throw GeneratorExit in; swallow it (or StopIteration) on the way out. */
export function genClose(rt: Runtime, g: number): void {
  const state = genState(rt, g);
  if (state === GenState.CREATED) {
    finishWithoutRunning(rt, g);
    return;
  }
  if (state !== GenState.SUSPENDED) return;
  // Delegating through `yield from`: close the subiterator first. If that fails, its error
  // (not GeneratorExit) is what is thrown in here.
  const sub = rt.genDelegate(g);
  let subFailed = false;
  if (sub !== 0) {
    rt.incref(sub);
    rt.i32[(g + Gen.STATE) >> 2] = GenState.EXECUTING;
    try {
      closeIterator(rt, sub);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      subFailed = true;
    } finally {
      rt.i32[(g + Gen.STATE) >> 2] = GenState.SUSPENDED;
      rt.decref(sub);
    }
  }
  if (!subFailed) rt.setException(call0(rt, rt.E.GeneratorExit));
  let yielded = 0;
  try {
    yielded = rt.genResume(g, 0, true);
  } catch (e) {
    if (e !== PY_RAISED) throw e;
    if (rt.exceptionMatches(rt.E.GeneratorExit) || rt.exceptionMatches(rt.E.StopIteration)) {
      rt.setException(0);
      return;
    }
    throw e;
  }
  if (yielded !== 0) {
    rt.decref(yielded);
    throw rt.raise(rt.E.RuntimeError, "generator ignored GeneratorExit");
  }
  rt.decref(returnValueOrNone(rt));
}

function genDealloc(rt: Runtime, g: number): void {
  clearWeakrefs(rt, g);
  if (genState(rt, g) === GenState.SUSPENDED) {
    // Finalise: close() runs pending finally blocks. Resurrect while it runs. The exception
    // being raised, if any (a generator freed while a frame unwinds), is set aside meanwhile,
    // as _PyGen_Finalize does: close() raises and clears exceptions of its own.
    rt.i32[g >> 2] = 1;
    const pending = rt.fetchException();
    try {
      genClose(rt, g);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      rt.writeUnraisable(`Exception ignored in: ${describe(rt, g)}`);
    }
    rt.setException(pending);
    if (--rt.i32[g >> 2] !== 0) return;
  }
  if (genState(rt, g) !== GenState.COMPLETED) finishWithoutRunning(rt, g);
  const name = rt.load(g + Gen.NAME);
  const qualname = rt.load(g + Gen.QUALNAME);
  const handled = rt.load(g + Gen.HANDLED);
  const code = rt.load(g + Gen.CODE);
  rt.freeObject(g);
  rt.decref(name);
  rt.decref(qualname);
  rt.decref(code);
  if (handled !== 0) rt.decref(handled);
}

/** `gen.__name__ = ...` / `__qualname__`: a str only, as CPython's gen_set_name. */
function nameSetter(field: Gen, attr: string) {
  return (rt: Runtime, g: number, value: number): void => {
    if (value === 0 || !rt.hasFlag(value, TpFlag.UNICODE_SUBCLASS)) {
      throw rt.raise(rt.E.TypeError, `${attr} must be set to a string object`);
    }
    const old = rt.load(g + field);
    rt.incref(value);
    rt.store(g + field, value);
    rt.decref(old);
  };
}

function describe(rt: Runtime, g: number): string {
  return `<generator object ${rt.jsString(rt.load(g + Gen.QUALNAME))} at ${addressText(g)}>`;
}

export const generatorType: TypeDef = {
  name: "generator",
  basicsize: 152,
  itemsize: 8,
  flags: TpFlag.HAVE_GC,
  dealloc: genDealloc,
  repr: (rt, g) => rt.newStr(describe(rt, g)),
  clear: (rt, g) => finishWithoutRunning(rt, g),
  traverse: (rt, g, visit) => {
    const handled = rt.load(g + Gen.HANDLED);
    if (handled !== 0) visit(handled);
    if (genState(rt, g) !== GenState.COMPLETED) rt.traverseGeneratorFrame(g, visit);
  },
  // PEP 442, as _PyGen_Finalize: a suspended generator found in garbage is closed (its
  // finally blocks run) before the cycle is cleared.
  finalize: (rt, g) => {
    if (genState(rt, g) !== GenState.SUSPENDED) return;
    const pending = rt.fetchException();
    try {
      genClose(rt, g);
    } catch (e) {
      if (e !== PY_RAISED) throw e;
      rt.writeUnraisable(`Exception ignored in: ${describe(rt, g)}`);
    }
    rt.setException(pending);
  },
  iter: (rt, g) => {
    rt.incref(g);
    return g;
  },
  iternext: genIternext,
  sizeof: (rt, g) => {
    const code = genCode(rt, g);
    return 152 + 8 * (rt.i32[(code + Code.NLOCALSPLUS) >> 2] + rt.i32[(code + Code.STACKSIZE) >> 2]);
  },
  methods: [
    {
      name: "send",
      fn: (rt, g, args, nargs, kwnames) => {
        checkArgs(rt, "generator.send", nargs, kwnames, 1, 1);
        const v = genSend(rt, g, arg(rt, args, 0));
        if (v === 0) raiseStopIteration(rt, returnValueOrNone(rt));
        return v;
      },
    },
    {
      name: "throw",
      fn: (rt, g, args, nargs, kwnames) => {
        checkArgs(rt, "generator.throw", nargs, kwnames, 1, 3);
        const typ = arg(rt, args, 0);
        let exc: number;
        if (rt.typeFlags(rt.typeOf(typ)) & TpFlag.TYPE_SUBCLASS && rt.typeFlags(typ) & TpFlag.BASE_EXC_SUBCLASS) {
          exc = nargs >= 2 && arg(rt, args, 1) !== rt.S.None && rt.isInstance(arg(rt, args, 1), typ)
            ? (rt.incref(arg(rt, args, 1)), arg(rt, args, 1))
            : call0(rt, typ);
        } else if (rt.typeFlags(rt.typeOf(typ)) & TpFlag.BASE_EXC_SUBCLASS) {
          rt.incref(typ);
          exc = typ;
        } else {
          throw rt.raise(rt.E.TypeError, "exceptions must be classes or instances deriving from BaseException, not " + rt.typeName(typ));
        }
        rt.setException(exc);
        const v = genThrow(rt, g);
        if (v === 0) raiseStopIteration(rt, returnValueOrNone(rt));
        return v;
      },
    },
    {
      name: "close",
      fn: (rt, g, _args, nargs, kwnames) => {
        checkArgs(rt, "generator.close", nargs, kwnames, 0, 0);
        genClose(rt, g);
        rt.incref(rt.S.None);
        return rt.S.None;
      },
    },
  ],
  getset: [
    { name: "__name__", get: (rt, g) => (rt.incref(rt.load(g + Gen.NAME)), rt.load(g + Gen.NAME)), set: nameSetter(Gen.NAME, "__name__") },
    {
      name: "__qualname__",
      get: (rt, g) => (rt.incref(rt.load(g + Gen.QUALNAME)), rt.load(g + Gen.QUALNAME)),
      set: nameSetter(Gen.QUALNAME, "__qualname__"),
    },
    {
      name: "gi_frame",
      get: (rt, g) => {
        if (genState(rt, g) === GenState.COMPLETED) {
          rt.incref(rt.S.None);
          return rt.S.None;
        }
        return rt.generatorFrameObject(g);
      },
    },
    {
      name: "gi_yieldfrom",
      get: (rt, g) => {
        const sub = genState(rt, g) === GenState.SUSPENDED ? rt.genDelegate(g) : 0;
        const r = sub !== 0 ? sub : rt.S.None;
        rt.incref(r);
        return r;
      },
    },
    {
      name: "gi_running",
      get: (rt, g) => {
        const r = genState(rt, g) === GenState.EXECUTING ? rt.S.True : rt.S.False;
        rt.incref(r);
        return r;
      },
    },
    {
      name: "gi_code",
      get: (rt, g) => {
        const c = genCode(rt, g);
        rt.incref(c);
        return c;
      },
    },
  ],
};
