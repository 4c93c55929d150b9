/**
 * `_thread.lock` and `_thread.RLock`: the locks every other threading primitive is built on.
 *
 *   lock:  locked(16, int32); basicsize 24
 *   RLock: owner(16, float64: a thread ident), count(24, int32); basicsize 32
 *
 * acquire first tries without blocking, holding the GIL, as CPython's acquire_timed does; only
 * when that fails (and the call may wait) does it block through the scheduler, which parks the
 * thread (or, under native code, runs the other threads until the lock is free — see
 * src/vm/scheduler.ts). A lock is not owned: any thread may release it. An RLock is owned by
 * the thread that acquired it, and counts its recursive acquisitions.
 */
import type { Runtime } from "../objects/runtime.js";
import type { TypeDef, MethodDef } from "../objects/typedef.js";
import type { VMThread, Wait } from "../vm/thread.js";
import { argSpec, checkArgs, parseArgs, arg } from "../objects/args.js";
import { isTrue } from "../objects/abstract.js";
import { newInt } from "../objects/int.js";
import { newTuple, tupleItem, tupleSetItem, tupleSize } from "../objects/tuple.js";
import { asDouble } from "./math-float.js";
import { allocZeroed } from "./stdlib-common.js";
import { intToBigInt } from "../objects/int.js";
import { schedulerOf } from "../vm/scheduler.js";

const enum Lock { LOCKED = 16, SIZE = 24 }
const enum RLock { OWNER = 16, COUNT = 24, SIZE = 32 }

/** _thread.TIMEOUT_MAX, as CPython's on 64-bit Linux. */
export const TIMEOUT_MAX = 9223372036.0;

const bool = (rt: Runtime, b: boolean): number => {
  const v = b ? rt.S.True : rt.S.False;
  rt.incref(v);
  return v;
};

const none = (rt: Runtime): number => {
  rt.incref(rt.S.None);
  return rt.S.None;
};

/** The running thread's ident. */
export function currentIdent(rt: Runtime): number {
  return (rt.ts as VMThread).ident;
}

const acquireSpec = argSpec("acquire", ["blocking=", "timeout="]);
const acquireOut = new Int32Array(2);

/**
 * acquire's arguments as CPython's lock_acquire_parse_args checks them: a timeout in
 * milliseconds, Infinity for none, 0 for a non-blocking call.
 */
function acquireTimeout(rt: Runtime, args: number, nargs: number, kwnames: number): number {
  parseArgs(rt, acquireSpec, args, nargs, kwnames, acquireOut);
  const blocking = acquireOut[0] === 0 ? true : isTrue(rt, acquireOut[0]);
  const timeout = acquireOut[1] === 0 ? -1 : asDouble(rt, acquireOut[1]);
  if (!blocking && timeout !== -1) throw rt.raise(rt.E.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw rt.raise(rt.E.ValueError, "timeout value must be positive");
  if (!blocking) return 0;
  if (timeout === -1) return Infinity;
  if (timeout > TIMEOUT_MAX) throw rt.raise(rt.E.OverflowError, "timeout value is too large");
  return timeout * 1000;
}

/** Block the running thread until `tryTake` succeeds or `ms` pass; the result is a bool (new reference). */
function blockUntil(rt: Runtime, o: number, ms: number, args: number, what: string, free: () => boolean, take: () => void): number {
  const scheduler = schedulerOf(rt);
  if (scheduler === undefined) throw rt.raise(rt.E.RuntimeError, "no thread scheduler");
  rt.incref(o);
  let held = true;
  const wait: Wait = {
    deadline: performance.now() + ms,
    what,
    ready: free,
    finish: (timedOut) => {
      wait.release();
      if (timedOut) return bool(rt, false);
      take();
      return bool(rt, true);
    },
    release: () => {
      if (held) rt.decref(o);
      held = false;
    },
  };
  return scheduler.block(wait, args);
}

// ── lock ─────────────────────────────────────────────────────────────────────────────────

const isLocked = (rt: Runtime, l: number): boolean => rt.i32[(l + Lock.LOCKED) >> 2] !== 0;

function lockAcquire(rt: Runtime, l: number, args: number, nargs: number, kwnames: number): number {
  const ms = acquireTimeout(rt, args, nargs, kwnames);
  if (!isLocked(rt, l)) {
    rt.i32[(l + Lock.LOCKED) >> 2] = 1;
    return bool(rt, true);
  }
  if (ms === 0) return bool(rt, false);
  return blockUntil(rt, l, ms, args, "lock acquire", () => !isLocked(rt, l), () => {
    rt.i32[(l + Lock.LOCKED) >> 2] = 1;
  });
}

function lockRelease(rt: Runtime, l: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "release", nargs, kwnames, 0, 0);
  if (!isLocked(rt, l)) throw rt.raise(rt.E.RuntimeError, "release unlocked lock");
  rt.i32[(l + Lock.LOCKED) >> 2] = 0;
  return none(rt);
}

function lockExit(rt: Runtime, l: number, _args: number, _nargs: number, _kwnames: number): number {
  if (!isLocked(rt, l)) throw rt.raise(rt.E.RuntimeError, "release unlocked lock");
  rt.i32[(l + Lock.LOCKED) >> 2] = 0;
  return none(rt);
}

function lockLocked(rt: Runtime, l: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "locked", nargs, kwnames, 0, 0);
  return bool(rt, isLocked(rt, l));
}

function lockReinit(rt: Runtime, l: number): number {
  rt.i32[(l + Lock.LOCKED) >> 2] = 0;
  return none(rt);
}

const lockMethods: MethodDef[] = [
  { name: "acquire", fn: lockAcquire },
  { name: "acquire_lock", fn: lockAcquire },
  { name: "release", fn: lockRelease },
  { name: "release_lock", fn: lockRelease },
  { name: "locked", fn: lockLocked },
  { name: "locked_lock", fn: lockLocked },
  { name: "__enter__", fn: lockAcquire },
  { name: "__exit__", fn: lockExit },
  { name: "_at_fork_reinit", fn: (rt, l) => lockReinit(rt, l) },
];

/** A new unlocked lock (new reference). */
export function newLock(rt: Runtime): number {
  return allocZeroed(rt, rt.T._thread_lock, Lock.SIZE);
}

export const lockType: TypeDef = {
  name: "_thread.lock", basicsize: Lock.SIZE, itemsize: 0, flags: 0,
  dealloc: (rt, l) => rt.freeObject(l),
  repr: (rt, l) => rt.newStr(`<${isLocked(rt, l) ? "locked" : "unlocked"} _thread.lock object at 0x${l.toString(16).padStart(12, "0")}>`),
  methods: lockMethods,
};

// ── RLock ────────────────────────────────────────────────────────────────────────────────

const ownerOf = (rt: Runtime, r: number): number => rt.f64[(r + RLock.OWNER) >> 3];
const countOf = (rt: Runtime, r: number): number => rt.i32[(r + RLock.COUNT) >> 2];

function setRLock(rt: Runtime, r: number, owner: number, count: number): void {
  rt.f64[(r + RLock.OWNER) >> 3] = owner;
  rt.i32[(r + RLock.COUNT) >> 2] = count;
}

function rlockAcquire(rt: Runtime, r: number, args: number, nargs: number, kwnames: number): number {
  const ms = acquireTimeout(rt, args, nargs, kwnames);
  const me = currentIdent(rt);
  const count = countOf(rt, r);
  if (count > 0 && ownerOf(rt, r) === me) {
    if (count >= 0x7fffffff) throw rt.raise(rt.E.OverflowError, "Internal lock count overflowed");
    rt.i32[(r + RLock.COUNT) >> 2] = count + 1;
    return bool(rt, true);
  }
  if (count === 0) {
    setRLock(rt, r, me, 1);
    return bool(rt, true);
  }
  if (ms === 0) return bool(rt, false);
  return blockUntil(rt, r, ms, args, "RLock acquire", () => countOf(rt, r) === 0, () => setRLock(rt, r, me, 1));
}

function rlockReleaseOnce(rt: Runtime, r: number): void {
  const count = countOf(rt, r);
  if (count === 0 || ownerOf(rt, r) !== currentIdent(rt)) throw rt.raise(rt.E.RuntimeError, "cannot release un-acquired lock");
  if (count === 1) setRLock(rt, r, 0, 0);
  else rt.i32[(r + RLock.COUNT) >> 2] = count - 1;
}

function rlockRelease(rt: Runtime, r: number, _args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "release", nargs, kwnames, 0, 0);
  rlockReleaseOnce(rt, r);
  return none(rt);
}

/** _release_save(): release entirely; gives (count, owner) for _acquire_restore. */
function rlockReleaseSave(rt: Runtime, r: number): number {
  const count = countOf(rt, r);
  if (count === 0) throw rt.raise(rt.E.RuntimeError, "cannot release un-acquired lock");
  const t = newTuple(rt, 2);
  tupleSetItem(rt, t, 0, newInt(rt, count));
  tupleSetItem(rt, t, 1, newInt(rt, ownerOf(rt, r)));
  setRLock(rt, r, 0, 0);
  return t;
}

/** _acquire_restore((count, owner)): acquire (blocking) and restore the saved state. */
function rlockAcquireRestore(rt: Runtime, r: number, args: number, nargs: number, kwnames: number): number {
  checkArgs(rt, "_acquire_restore", nargs, kwnames, 1, 1);
  const state = arg(rt, args, 0);
  if (rt.typeOf(state) !== rt.T.tuple || tupleSize(rt, state) !== 2) throw rt.raise(rt.E.TypeError, "_acquire_restore() argument 1 must be tuple");
  const count = Number(intToBigInt(rt, tupleItem(rt, state, 0)));
  const owner = Number(intToBigInt(rt, tupleItem(rt, state, 1)));
  if (countOf(rt, r) === 0) {
    setRLock(rt, r, owner, count);
    return bool(rt, true);
  }
  return blockUntil(rt, r, Infinity, args, "RLock acquire", () => countOf(rt, r) === 0, () => setRLock(rt, r, owner, count));
}

function rlockIsOwned(rt: Runtime, r: number): number {
  return bool(rt, countOf(rt, r) > 0 && ownerOf(rt, r) === currentIdent(rt));
}

const rlockMethods: MethodDef[] = [
  { name: "acquire", fn: rlockAcquire },
  { name: "release", fn: rlockRelease },
  { name: "__enter__", fn: rlockAcquire },
  { name: "__exit__", fn: (rt, r) => (rlockReleaseOnce(rt, r), none(rt)) },
  { name: "_is_owned", fn: (rt, r) => rlockIsOwned(rt, r) },
  { name: "_release_save", fn: (rt, r) => rlockReleaseSave(rt, r) },
  { name: "_acquire_restore", fn: rlockAcquireRestore },
  { name: "_at_fork_reinit", fn: (rt, r) => (setRLock(rt, r, 0, 0), none(rt)) },
];

export const rlockType: TypeDef = {
  name: "_thread.RLock", basicsize: RLock.SIZE, itemsize: 0, flags: 0,
  dealloc: (rt, r) => rt.freeObject(r),
  new: (rt, cls, _args, _nargs, _kwnames) => allocZeroed(rt, cls, RLock.SIZE),
  repr: (rt, r) => {
    const count = countOf(rt, r);
    const owner = count > 0 ? ownerOf(rt, r) : 0;
    return rt.newStr(`<${count > 0 ? "locked" : "unlocked"} _thread.RLock object owner=${owner} count=${count} at 0x${r.toString(16).padStart(12, "0")}>`);
  },
  methods: rlockMethods,
};
