/**
 * Green threads and the GIL (design.md §7, docs/threads.md).
 *
 * Every Python thread is a VMThread with its own data stack and frame chain; all of them run
 * on the host's one JavaScript thread. The scheduler runs the outermost frame of one thread
 * (the GIL holder) a slice at a time (`evalSlice`) and decides at each slice boundary who
 * runs next:
 *
 * - Forced switching, as CPython 3.11 does it (cpython-memory-reference.md §5.2): the holder
 *   keeps the GIL until another runnable thread has waited `sys.getswitchinterval()` with no
 *   hand-over in between; then it drops it at its next check point and the waiter (the next
 *   runnable thread in creation order) runs. While others wait, slices are short
 *   (WAITING_BUDGET check points) so that the interval is honoured to a fraction of a millisecond.
 * - Deterministic mode (`switchEvery` = N > 0): the holder hands over after N check points
 *   (backward jumps and calls) of its outermost loop, whatever the time: the same interleaving
 *   on every run.
 * - Blocking calls (time.sleep, lock acquire and what is built on it) release the GIL. Made
 *   directly from the outermost loop of a thread (`canPark`), the call *parks* the thread: the
 *   native marks it BLOCKED with a `Wait`, sets the eval breaker so the slice ends right after
 *   the call, and leaves a placeholder result on the stack; when the wait is over the
 *   scheduler puts the real result there and the thread goes on. Made under native code
 *   (a `with` statement's __enter__, a generator, a key function: a nested evalFrame or a
 *   native caller is on the JavaScript stack), the thread cannot park: the call runs a nested
 *   scheduler loop that runs the *other* threads until its wait is over (`waitNested`). Nested
 *   waits end in last-in first-out order; a wait that could only end after an outer one is
 *   reported as a deadlock.
 * - Reading standard input is a blocking call too, when the host can tell whether input is
 *   there without blocking (`input`, a HostInput; the CLI's): the reader waits with an
 *   *external* Wait (src/modules/stdin-wait.ts).
 * - When no thread can run, the host sleeps until the earliest deadline or, while a thread
 *   waits for input, until input comes (the asynchronous driver awaits a timer and the
 *   input; the synchronous path blocks in Atomics.wait, looking at the input every
 *   INPUT_POLL_MS). When nothing has a deadline and nothing waits for input, every thread is
 *   blocked forever: the deadlock is reported with each thread's stack and a RuntimeError is
 *   raised in the main thread.
 * - The main thread's root finishing does not end the run while non-daemon threads live (as
 *   threading._shutdown joins them); daemon threads are abandoned, their frames freed at close.
 */
import type { Runtime } from "../objects/runtime.js";
import { PY_RAISED } from "../objects/errors.js";
import { Code, codeInfo } from "../objects/code.js";
import { Method } from "../objects/method.js";
import { switchIntervalMicros } from "../modules/sys.js";
import { pushFunctionFrame } from "./call.js";
import { Op, Operand, opSpecs, opNames } from "../compile/opcodes.js";
import type { VM } from "./vm.js";
import { VMThread, RunState, type HostInput, type Wait } from "./thread.js";
import { evalSlice, SLICE_EXPIRED } from "./eval.js";
import { F, FrameFlag, FRESH_LASTI, frameSize } from "./frame.js";
import { endClassCall } from "./construct.js";
import { clearFrame } from "./frame-ops.js";
import { lineOf } from "./unwind.js";
import { formatException } from "./traceback-print.js";

/**
 * What `step` asks of its host: a positive number is "sleep that many milliseconds" —
 * Infinity: until input comes, or a Ctrl-C (only while a thread waits for input).
 */
export const enum Step {
  CONTINUE = 0,
  /** The main thread finished and no non-daemon thread is left. */
  DONE = -1,
}

const enum Budget {
  /**
   * Check points per slice while the thread is the process's only one: nothing to switch to,
   * so a slice ends only for the host (the driver's turn of the event loop every 10 ms, Ctrl-C)
   * and the eval breaker. Compiled code passes check points fast (a slice of ALONE took tens of
   * microseconds; one of 100,000 takes 1–4 ms), and each slice end makes it leave its frames
   * to the eval loop, which finishes them (unoptimised, while V8 leaves the eval loop alone:
   * eval-loop-tiering.ts). 100,000 rather than 50,000: recursion_fib 0.99, cycles 0.98 of the
   * time (10 pairs). 200,000 measured 0.98 and 0.97, but eval-loop-tiering.ts looks at the
   * eval loop's work at slice ends, and its first slice, unoptimised, was then so long that a
   * loop run by the eval loop alone took 0.36 s instead of 0.19.
   */
  ONLY = 100_000,
  /** Check points per slice when no other thread waits for the GIL (eval.ts's default). */
  ALONE = 2_000,
  /** ... and while another waits: the holder looks at the clock this often. */
  WAITING = 1_000,
}

/**
 * A synchronous sleep while a thread waits for input looks at the input this often (the
 * asynchronous driver is told when input comes instead).
 */
export const INPUT_POLL_MS = 10;

const registry = new WeakMap<Runtime, Scheduler>();

/** The scheduler of the VM owning `rt`, if any. */
export function schedulerOf(rt: Runtime): Scheduler | undefined {
  return registry.get(rt);
}

const now = (): number => performance.now();

let sleepCell: Int32Array | undefined;

/** Block the host thread for `ms` milliseconds (a busy wait where the host forbids blocking). */
export function hostSleep(ms: number): void {
  if (!(ms > 0)) return;
  try {
    sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(sleepCell, 0, 0, ms);
    return;
  } catch {
    // The host does not allow blocking this thread: spin instead.
  }
  const end = now() + ms;
  while (now() < end) {
    // busy wait
  }
}

export interface GilStats {
  switches: number;
  forcedSwitches: number;
  threads: { name: string; ident: number; heldMs: number; waitedMs: number; alive: boolean }[];
}

export class Scheduler {
  /** Live threads, the main thread first, then in order of creation. */
  readonly threads: VMThread[];
  /** The GIL holder. */
  current: VMThread;
  /** Deterministic mode: hand over after this many check points (0: by the switch interval). */
  switchEvery = 0;
  /** Hand-overs to a different thread, and those forced by the switch interval. */
  switches = 0;
  forcedSwitches = 0;
  /** Statistics of finished threads. */
  private readonly finished: GilStats["threads"] = [];
  /** A top-level run (`begin` … `end`) is in progress. */
  private running = false;
  /** The thread whose slice the scheduler is running (parking is for it only). */
  private sliceThread: VMThread | null = null;
  private lastSwitchAt = 0;
  private mainValue = 0;
  private mainFailed = false;
  /** The main thread's exception, kept while other threads finish. */
  private mainException = 0;
  /** Stop waiting for non-daemon threads (after a deadlock report or a Ctrl-C at exit). */
  private abandon = false;
  private nextSerial = 1;
  /** The thread whose next native call may park although made by native code (grantPark)... */
  private parkGrant: VMThread | null = null;
  /** ... when its argument vector is at this address. */
  private parkGrantArgs = 0;
  /** A deadlock was reported during this run. */
  private deadlockReported = false;
  /**
   * Standard input that threads can wait for without blocking the host (set by the host:
   * the CLI's src/cli/stdin.ts), or null: reads then block every thread.
   */
  input: HostInput | null = null;

  constructor(readonly vm: VM) {
    const main = vm.main;
    main.ident = this.newIdent();
    main.name = "MainThread";
    this.threads = [main];
    this.current = main;
    registry.set(vm.rt, this);
  }

  private newIdent(): number {
    // Shaped like a pthread id; only its identity matters.
    return 0x7f3a_1c00_0000 + 0x0100_0000 * this.nextSerial++ - 0x0100_0000;
  }

  get rt(): Runtime {
    return this.vm.rt;
  }

  /** True while a top-level run schedules threads. */
  get active(): boolean {
    return this.running;
  }

  /** The running thread. */
  get thread(): VMThread {
    return this.rt.ts as VMThread;
  }

  // ── threads ──────────────────────────────────────────────────────────────────────────

  /**
   * A new thread that will call `func` with the argument vector at `args` (nargs positional
   * words, then the values of `kwnames`); all borrowed. Raises as the call's binding would.
   */
  spawn(func: number, args: number, nargs: number, kwnames: number, daemon: boolean, name: string): VMThread {
    const rt = this.rt;
    const th = new VMThread(rt);
    th.ident = this.newIdent();
    th.daemon = daemon;
    th.name = name;
    const saved = rt.ts;
    rt.ts = th;
    try {
      th.root = this.pushCall(th, func, args, nargs, kwnames);
    } catch (e) {
      // The binding error belongs to the caller.
      const exc = th.curexc;
      th.curexc = 0;
      rt.ts = saved;
      th.stack.release();
      if (exc !== 0) rt.setException(exc);
      throw e;
    }
    rt.ts = saved;
    th.frame = th.root;
    th.readySince = now();
    this.threads.push(th);
    return th;
  }

  /**
   * Push a frame calling `func` on `th` (a Python function or a bound method of one); returns
   * it, or 0 when func is something else (the caller calls it natively).
   */
  pushCall(th: VMThread, func: number, args: number, nargs: number, kwnames: number): number {
    const rt = this.rt;
    let self = 0;
    if (rt.typeOf(func) === rt.T.method) {
      self = rt.load(func + Method.SELF);
      func = rt.load(func + Method.FUNC);
    }
    if (rt.typeOf(func) !== rt.T.function) return 0;
    const nkw = kwnames === 0 ? 0 : rt.i32[(kwnames + 16) >> 2];
    const total = (self !== 0 ? 1 : 0) + nargs + nkw;
    const base = rt.argTop;
    if (base + total * 8 > rt.argEnd) throw rt.raise(rt.E.RecursionError, "maximum recursion depth exceeded");
    rt.argTop = base + total * 8;
    try {
      let k = 0;
      if (self !== 0) rt.store(base + 8 * k++, self);
      for (let i = 0; i < nargs + nkw; i++) rt.store(base + 8 * k++, rt.load(args + 8 * i));
      return pushFunctionFrame(rt, th, func, base, total - nkw, kwnames);
    } finally {
      rt.argTop = base;
    }
  }

  // ── blocking ─────────────────────────────────────────────────────────────────────────

  /**
   * A blocking call of the running thread: `args` is the native's argument vector (how
   * `canPark` tells a call made by the eval loop). Returns the call's result (new
   * reference) — a placeholder when the thread parked. Takes `wait` over.
   */
  block(wait: Wait, args: number): number {
    const th = this.thread;
    if (this.canPark(th, args)) {
      th.wait = wait;
      th.state = RunState.BLOCKED;
      this.vm.breaker |= 1;
      this.rt.incref(this.rt.S.None);
      return this.rt.S.None;
    }
    return this.waitNested(th, wait);
  }

  /**
   * Can `th` park: is this native call made by the CALL instruction of a frame run by the
   * thread's outermost loop? The arguments then sit in the running frame's value stack, and
   * no frame between it and the root was entered from JavaScript.
   */
  canPark(th: VMThread, args: number): boolean {
    if (!this.running || this.sliceThread !== th || th.frame === 0) return false;
    if (this.parkGrant === th && args === this.parkGrantArgs) {
      this.parkGrant = null;
      return true;
    }
    const rt = this.rt;
    const f = th.frame;
    if (!(args >= f + F.HEADER && args <= f + frameSize(rt, rt.load(f + F.CODE)))) return false;
    for (let p = f; p !== th.root; p = rt.i32[(p + F.PREVIOUS) >> 2]) {
      if (p === 0 || (rt.i32[(p + F.FLAGS) >> 2] & FrameFlag.ENTRY) !== 0) return false;
    }
    return true;
  }

  /**
   * Let a blocking call of `th` park when it is the native called with the argument vector
   * at `args` (when canPark held for the native making that call, which returns the callee's
   * result as its own: _thread._call). A blocking call further down — made by native code
   * the callee runs, with another vector — does not. `null` withdraws the grant.
   */
  grantPark(th: VMThread | null, args = 0): void {
    this.parkGrant = th;
    this.parkGrantArgs = args;
  }

  /**
   * Wait with the JavaScript stack kept: run the other threads until `wait` is over. Returns
   * the call's result; raises RuntimeError when it can never be over.
   */
  private waitNested(th: VMThread, wait: Wait): number {
    const rt = this.rt;
    let timedOut = false;
    let deadlocked = false;
    const savedSlice = this.sliceThread;
    const savedBudget = this.vm.sliceBudget;
    th.wait = wait;
    th.state = RunState.BLOCKED;
    th.nestedWaits++;
    th.readySince = now();
    try {
      for (;;) {
        const t = now();
        if (wait.ready()) break;
        if (t >= wait.deadline) {
          timedOut = true;
          break;
        }
        const r = this.running ? this.runOne(t) : Infinity;
        if (r === Step.CONTINUE) continue;
        const input = this.awaitsInput();
        if (r === Infinity && wait.deadline === Infinity && !input) {
          deadlocked = true;
          break;
        }
        // Input is looked for by polling: the host's event loop does not run here.
        hostSleep(Math.min(r, wait.deadline - t, input ? INPUT_POLL_MS : Infinity));
      }
    } finally {
      th.nestedWaits--;
      th.wait = null;
      th.state = RunState.RUNNABLE;
      this.sliceThread = savedSlice;
      this.vm.sliceBudget = savedBudget;
      this.switchTo(th, now());
    }
    if (deadlocked) {
      this.reportDeadlock(th);
      wait.release();
      throw rt.raise(rt.E.RuntimeError, "deadlock: every thread is blocked and none can wake the others (glasspy)");
    }
    return wait.finish(timedOut);
  }

  // ── running ──────────────────────────────────────────────────────────────────────────

  /** Start a top-level run of `frame` (pushed, the main thread's current frame). */
  begin(frame: number): void {
    const main = this.vm.main;
    main.root = frame;
    main.fresh = true;
    main.throwing = false;
    main.state = RunState.RUNNABLE;
    main.interruptPending = false;
    this.mainValue = 0;
    this.mainFailed = false;
    this.abandon = false;
    this.deadlockReported = false;
    this.running = true;
    this.switchTo(main, now());
  }

  /** End the run: the main root's value (new reference), or its exception raised. */
  end(): number {
    const rt = this.rt;
    const main = this.vm.main;
    this.running = false;
    this.sliceThread = null;
    this.vm.sliceBudget = Budget.ALONE;
    rt.ts = main;
    this.current = main;
    main.state = RunState.RUNNABLE;
    main.root = 0;
    if (this.mainFailed) {
      const exc = this.mainException;
      this.mainException = 0;
      rt.setException(exc);
      throw PY_RAISED;
    }
    const v = this.mainValue;
    this.mainValue = 0;
    return v;
  }

  /** Run the whole program synchronously (the Interpreter's path); see `begin`/`end`. */
  runSync(frame: number): number {
    this.begin(frame);
    for (;;) {
      const r = this.step();
      if (r === Step.DONE) break;
      if (r > 0) hostSleep(this.awaitsInput() ? Math.min(r, INPUT_POLL_MS) : r);
    }
    return this.end();
  }

  /**
   * One scheduling step of the top-level run: run a slice of some thread (CONTINUE), ask the
   * host to sleep (milliseconds), or DONE.
   */
  step(): number {
    const main = this.vm.main;
    const t = now();
    if (main.interruptPending) this.deliverInterrupt();
    if (main.state === RunState.DONE && (this.abandon || !this.threads.some((th) => !th.daemon && th.state !== RunState.DONE))) {
      return Step.DONE;
    }
    const r = this.runOne(t);
    if (r !== Infinity || this.awaitsInput()) return r;
    // Nothing can run, nothing has a deadline, nothing waits for input. (Once reported, the
    // same deadlock is not reported again when the main thread then ends.)
    if (!(main.state === RunState.DONE && this.deadlockReported)) this.reportDeadlock(null);
    this.deadlockReported = true;
    if (main.state === RunState.BLOCKED && main.nestedWaits === 0) {
      const w = main.wait!;
      main.wait = null;
      main.state = RunState.RUNNABLE;
      w.release();
      this.raiseIn(main, () => this.rt.raise(this.rt.E.RuntimeError, "deadlock: every thread is blocked and none can wake the others (glasspy)"));
    } else {
      this.abandon = true;
    }
    return Step.CONTINUE;
  }

  /** Is a thread blocked until input comes from outside the process? */
  awaitsInput(): boolean {
    for (const th of this.threads) if (th.state === RunState.BLOCKED && th.wait !== null && th.wait.external === true) return true;
    return false;
  }

  /** Ask for a KeyboardInterrupt in the main thread (Ctrl-C). */
  interruptMain(): void {
    this.vm.main.interruptPending = true;
  }

  /**
   * Wake what can be woken, pick a thread, run one slice of it: CONTINUE; or, when nothing
   * can run, the milliseconds to the earliest deadline (Infinity: none).
   */
  private runOne(t: number): number {
    this.wakeBlocked(t);
    const th = this.pick(t);
    if (th === null) {
      let d = Infinity;
      for (const o of this.threads) if (o.state === RunState.BLOCKED && o.wait !== null) d = Math.min(d, o.wait.deadline);
      return d === Infinity ? Infinity : Math.max(d - t, 0.01);
    }
    this.runSlice(th, t);
    return Step.CONTINUE;
  }

  /** Resume every parked thread whose wait is over. */
  private wakeBlocked(t: number): void {
    for (let i = 0; i < this.threads.length; i++) {
      const th = this.threads[i];
      if (th.state !== RunState.BLOCKED || th.nestedWaits !== 0 || th.wait === null) continue;
      const ready = th.wait.ready();
      if (ready || t >= th.wait.deadline) this.resumeParked(th, !ready, t);
    }
  }

  private resumeParked(th: VMThread, timedOut: boolean, t: number): void {
    const rt = this.rt;
    const w = th.wait!;
    th.wait = null;
    th.state = RunState.RUNNABLE;
    th.readySince = t;
    const saved = rt.ts;
    rt.ts = th;
    try {
      if (w.resume !== undefined) w.resume(th);
      else this.replaceTop(th, w.finish(timedOut));
    } catch (e) {
      if (e !== PY_RAISED) this.vm.internalErrorToPython(e);
      th.throwing = true;
    } finally {
      rt.ts = saved;
    }
  }

  /** Put `value` (a new reference) in place of the parked call's placeholder result. */
  private replaceTop(th: VMThread, value: number): void {
    const rt = this.rt;
    const f = th.frame;
    const n = rt.i32[(rt.load(f + F.CODE) + Code.NLOCALSPLUS) >> 2];
    const at = f + F.HEADER + 8 * (n + rt.i32[(f + F.STACKTOP) >> 2] - 1);
    const old = rt.load(at);
    rt.store(at, value);
    rt.xdecref(old);
  }

  /** The thread to run next, or null. */
  private pick(t: number): VMThread | null {
    const cur = this.current;
    const threads = this.threads;
    const start = threads.indexOf(cur);
    let next: VMThread | null = null;
    for (let k = 1; k <= threads.length; k++) {
      const o = threads[(start + k) % threads.length];
      if (o !== cur && o.state === RunState.RUNNABLE && o.nestedWaits === 0) {
        next = o;
        break;
      }
    }
    const curRuns = start >= 0 && cur.state === RunState.RUNNABLE && cur.nestedWaits === 0;
    if (!curRuns) return next;
    if (next === null) return cur;
    if (this.switchEvery > 0) return next;
    // Forced switching: a waiter has waited a whole interval with no hand-over.
    let waitingSince = Infinity;
    for (const o of threads) if (o !== cur && o.state === RunState.RUNNABLE && o.nestedWaits === 0) waitingSince = Math.min(waitingSince, o.readySince);
    if (t - Math.max(waitingSince, this.lastSwitchAt) >= this.switchIntervalMs()) {
      this.forcedSwitches++;
      return next;
    }
    return cur;
  }

  private switchIntervalMs(): number {
    return switchIntervalMicros(this.rt) / 1000;
  }

  /** Give the GIL to `th`. */
  private switchTo(th: VMThread, t: number): void {
    const prev = this.current;
    if (prev !== th) {
      this.switches++;
      this.lastSwitchAt = t;
      if (prev.state === RunState.RUNNABLE) prev.readySince = t;
      if (th.state === RunState.RUNNABLE && th.readySince > 0) th.waitedMs += Math.max(0, t - th.readySince);
      this.current = th;
    }
    this.rt.ts = th;
  }

  /** Run one slice of `th`'s outermost frame. */
  private runSlice(th: VMThread, t: number): void {
    const vm = this.vm;
    this.switchTo(th, t);
    const others = this.threads.some((o) => o !== th && o.state === RunState.RUNNABLE && o.nestedWaits === 0);
    vm.sliceBudget = this.switchEvery > 0 ? this.switchEvery : others ? Budget.WAITING : this.threads.length === 1 ? Budget.ONLY : Budget.ALONE;
    const first = th.fresh;
    const throwing = th.throwing;
    th.fresh = false;
    th.throwing = false;
    const savedSlice = this.sliceThread;
    this.sliceThread = th;
    let r = 0;
    try {
      r = evalSlice(vm, th, th.root, first, throwing);
    } catch (e) {
      if (e !== PY_RAISED) vm.internalErrorToPython(e);
      r = 0;
    } finally {
      this.sliceThread = savedSlice;
      const end = now();
      th.heldMs += end - t;
    }
    this.rt.ts = th;
    if (r === SLICE_EXPIRED) {
      if (th.state === RunState.RUNNABLE) th.readySince = now();
      return;
    }
    this.finishThread(th, r);
  }

  /** The root of `th` returned `value` (new reference), or raised (0, the exception set). */
  private finishThread(th: VMThread, value: number): void {
    const rt = this.rt;
    th.state = RunState.DONE;
    th.root = 0;
    if (th === this.vm.main) {
      if (value === 0) {
        this.mainFailed = true;
        this.mainException = rt.fetchException();
      } else {
        this.mainValue = value;
      }
      return;
    }
    if (value !== 0) rt.decref(value);
    else if (rt.exceptionMatches(rt.E.SystemExit)) rt.setException(0);
    else {
      // An exception out of a raw _thread thread (threading's threads catch their own).
      const exc = rt.fetchException();
      try {
        rt.io.writeStderr(`Exception ignored in thread started by: ${th.name}\n` + formatException(rt, exc, this.vm.sourceLines));
      } finally {
        rt.decref(exc);
      }
    }
    this.retire(th);
  }

  private retire(th: VMThread): void {
    const rt = this.rt;
    if (th.handled !== 0) rt.decref(th.handled);
    th.handled = 0;
    // (PyThreadState_Clear: the thread's state dict goes with it.)
    if (th.dict !== 0) rt.decref(th.dict);
    th.dict = 0;
    th.stack.release();
    const i = this.threads.indexOf(th);
    if (i >= 0) this.threads.splice(i, 1);
    this.finished.push({ name: th.name, ident: th.ident, heldMs: th.heldMs, waitedMs: th.waitedMs, alive: false });
    if (this.current === th) {
      this.current = this.vm.main;
      rt.ts = this.vm.main;
    }
  }

  // ── Ctrl-C, deadlocks ─────────────────────────────────────────────────────────────────

  private deliverInterrupt(): void {
    const rt = this.rt;
    const main = this.vm.main;
    if (main.nestedWaits !== 0) return;
    main.interruptPending = false;
    if (main.state === RunState.DONE) {
      // Ctrl-C while waiting for the other threads at exit: stop waiting.
      this.abandon = true;
      if (!this.mainFailed) {
        if (this.mainValue !== 0) rt.decref(this.mainValue);
        this.mainValue = 0;
        this.mainFailed = true;
        const saved = rt.ts;
        rt.ts = main;
        const type = rt.E.KeyboardInterrupt;
        this.mainException = rt.typeSlots(type).new!(rt, type, 0, 0, 0);
        rt.ts = saved;
      }
      return;
    }
    let atCall = false;
    if (main.state === RunState.BLOCKED) {
      const w = main.wait!;
      main.wait = null;
      main.state = RunState.RUNNABLE;
      w.release();
      atCall = true;
    }
    this.raiseIn(main, () => raiseKeyboardInterrupt(this.vm, main, atCall));
    // The main thread runs next.
    this.switchTo(main, now());
  }

  /** Make `raise` (which raises) the exception `th` raises where it stopped, at its next slice. */
  private raiseIn(th: VMThread, raise: () => unknown): void {
    const rt = this.rt;
    const saved = rt.ts;
    rt.ts = th;
    try {
      raise();
    } catch (e) {
      if (e !== PY_RAISED) throw e;
    } finally {
      rt.ts = saved;
    }
    th.throwing = true;
  }

  /** Print every thread's state and stack to stderr. */
  reportDeadlock(waiter: VMThread | null): void {
    const rt = this.rt;
    let text = "glasspy: deadlock: every thread is blocked and none can wake the others\n";
    for (const th of this.threads) {
      if (th.state === RunState.DONE) {
        text += `Thread ${th.name}: finished, waiting for the non-daemon threads\n`;
        continue;
      }
      const what = th.wait !== null ? `blocked in ${th.wait.what}${th.nestedWaits > 0 ? " (inside native code)" : ""}` : th === waiter ? "blocked" : "runnable, waiting for a nested wait to end";
      text += `Thread ${th.name}, ${what} (most recent call last):\n`;
      const frames: number[] = [];
      for (let f = th.frame; f !== 0; f = rt.i32[(f + F.PREVIOUS) >> 2]) frames.push(f);
      for (const f of frames.reverse()) {
        const code = rt.load(f + F.CODE);
        const file = rt.jsString(rt.load(code + Code.FILENAME));
        const line = lineOf(rt, code, rt.i32[(f + F.LASTI) >> 2]);
        text += `  File "${file}", line ${line}, in ${rt.jsString(rt.load(code + Code.NAME))}\n`;
        const src = this.vm.sourceLines(file)?.[line - 1];
        if (src !== undefined && src.trim() !== "") text += `    ${src.trim()}\n`;
      }
    }
    rt.io.writeStderr(text);
  }

  // ── statistics, teardown ─────────────────────────────────────────────────────────────

  stats(): GilStats {
    const t = now();
    const live = this.threads.map((th) => ({
      name: th.name,
      ident: th.ident,
      heldMs: th.heldMs,
      waitedMs: th.waitedMs + (th !== this.current && th.state === RunState.RUNNABLE && th.readySince > 0 ? t - th.readySince : 0),
      alive: true,
    }));
    return { switches: this.switches, forcedSwitches: this.forcedSwitches, threads: [...live, ...this.finished] };
  }

  /** Set a thread's name (threading.Thread.name) for reports and statistics. */
  rename(ident: number, name: string): void {
    for (const th of this.threads) if (th.ident === ident) th.name = name;
  }

  /** Free the frames of the threads left (daemon threads at exit). */
  close(): void {
    const rt = this.rt;
    for (const th of [...this.threads]) {
      if (th === this.vm.main) continue;
      rt.ts = th;
      if (th.wait !== null) th.wait.release();
      th.wait = null;
      for (let f = th.frame; f !== 0; ) {
        const previous = rt.i32[(f + F.PREVIOUS) >> 2];
        const flags = rt.i32[(f + F.FLAGS) >> 2];
        clearFrame(rt, f, rt.i32[(f + F.STACKTOP) >> 2]);
        if ((flags & FrameFlag.GENERATOR) === 0) th.stack.pop(f);
        // (A class call waiting in its __init__ gives back what it held: construct.ts.)
        if ((flags & FrameFlag.INIT) !== 0) endClassCall(rt, th);
        f = previous;
      }
      th.frame = 0;
      if (th.curexc !== 0) rt.decref(th.curexc);
      th.curexc = 0;
      th.state = RunState.DONE;
      this.retire(th);
    }
    rt.ts = this.vm.main;
    this.current = this.vm.main;
  }
}

/**
 * Make KeyboardInterrupt the current exception of `th` (rt.ts), to be raised where its
 * running frame stopped: at a parked call (`atCall`), at a frame just pushed (LASTI fresh: its
 * first instruction, as CPython raises at RESUME), after a call (LASTI is the call) or after a
 * backward jump (LASTI is the instruction before the jump's target: use the jump itself, so
 * that the handler and line are the loop's).
 */
export function raiseKeyboardInterrupt(vm: VM, th: VMThread, atCall: boolean): void {
  const rt = vm.rt;
  const f = th.frame;
  const lastiAt = (f + F.LASTI) >> 2;
  const lasti = rt.i32[lastiAt];
  if (lasti === FRESH_LASTI) rt.i32[lastiAt] = 0;
  else if (!atCall) {
    const jump = backwardJumpTo(codeInfo(rt, rt.load(f + F.CODE)).data.code, lasti + 1);
    if (jump >= 0) rt.i32[lastiAt] = jump;
  }
  const type = rt.E.KeyboardInterrupt;
  const exc = rt.typeSlots(type).new!(rt, type, 0, 0, 0);
  rt.raiseObject(exc);
  rt.decref(exc);
}

/** The code unit of the last backward jump in `units` whose target is `target`, or -1. */
function backwardJumpTo(units: Uint16Array, target: number): number {
  let found = -1;
  let arg = 0;
  for (let i = 0; i < units.length; i++) {
    const op = units[i] & 0xff;
    arg = (arg << 8) | (units[i] >> 8);
    if (op === Op.EXTENDED_ARG) continue;
    if (opSpecs[opNames[op]].operand === Operand.JumpBackward && i + 1 - arg === target) found = i;
    arg = 0;
  }
  return found;
}

