/**
 * Running Python code asynchronously: the outermost frame a slice at a time, with the host's
 * event loop let run between slices (design.md §7, "The VM runs in slices").
 *
 * Node delivers a signal to JavaScript only when its event loop runs, so a VM that ran a
 * program to completion in one synchronous call would never see Ctrl-C. The driver runs the
 * outermost frame through the thread scheduler (scheduler.ts: `step` runs one slice of some
 * green thread) and, once at least `yieldAfterMs` of work has passed since it last did, awaits
 * one turn of the event loop (setImmediate). When every thread sleeps, it awaits a timer until
 * the earliest wake-up, and, while a thread waits for standard input (the scheduler's
 * HostInput), the input too. A SIGINT handler installed by the host calls `interrupt()`; at the
 * next slice boundary the scheduler raises KeyboardInterrupt in the main thread, where its
 * slice stopped — a backward jump or a call, the check points where CPython tests its own
 * eval breaker, or the blocking call it waits in — so `try`/`except KeyboardInterrupt` and
 * `finally` blocks see it as in CPython.
 *
 * Cost: one reading of the monotonic clock per slice (a slice is thousands of check points),
 * one event loop turn per 10 ms of work. Limits, documented in docs/cli.md: a nested loop
 * (Python code called from native code — a class body, an imported module's body, a key
 * function, a `__repr__`) runs synchronously to its end, and so does a wait made under native
 * code (it waits in a nested scheduler loop); the interrupt is raised when control is back in
 * the outermost loop.
 */
import { holdLiteralConstants, releaseLiteralConstants } from "./literal-constants.js";
import type { VM } from "./vm.js";
import { evalFrame } from "./eval.js";
import { Step } from "./scheduler.js";
import type { HostInput } from "./thread.js";
import { moduleDict } from "../objects/module.js";
import { monotonicMs } from "../host/monotonic-clock.js";

/** The longest delay setTimeout takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class SliceDriver {
  private interruptPending = false;
  private lastYield = monotonicMs();

  /** `yieldAfterMs`: the work done between two turns of the event loop. */
  constructor(
    readonly vm: VM,
    private readonly yieldAfterMs = 10,
  ) {}

  /** Ask for a KeyboardInterrupt in the running code (a no-op when nothing runs). */
  interrupt(): void {
    this.interruptPending = true;
    this.wake?.();
  }

  /** Ends the current sleep early (a Ctrl-C). */
  private wake: (() => void) | null = null;

  /**
   * Run a code object with the given namespaces (borrowed), as VM.execCode does, but a slice
   * at a time. Resolves to its value (a new reference); a Python exception rejects with
   * PY_RAISED, the thread's current exception set.
   */
  async execCode(code: number, globals: number, locals: number): Promise<number> {
    const vm = this.vm;
    const th = vm.main;
    const frame = vm.pushCodeFrame(th, code, globals, locals);
    // A Ctrl-C that came while nothing ran (or after the last run's end) is not for this run.
    this.interruptPending = false;
    const scheduler = vm.scheduler;
    if (scheduler.active) return evalFrame(vm, th, frame);
    scheduler.begin(frame);
    // The event loop gets its first turn after yieldAfterMs of this run's work (not at the
    // first slice boundary because the driver is older than that).
    this.lastYield = monotonicMs();
    try {
      for (;;) {
        const r = scheduler.step();
        if (r === Step.DONE) break;
        if (r > 0) await this.sleep(r, scheduler.awaitsInput() ? scheduler.input : null);
        else if (monotonicMs() - this.lastYield >= this.yieldAfterMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          this.lastYield = monotonicMs();
        }
        if (this.interruptPending) {
          this.interruptPending = false;
          scheduler.interruptMain();
        }
      }
    } catch (e) {
      // An internal error out of the scheduler: leave the run in a state `end` can report.
      scheduler.end();
      throw e;
    }
    return scheduler.end();
  }

  /**
   * Sleep `ms` (every thread waits; Infinity: no deadline), or until `input` comes (a thread
   * waits for it), or until a Ctrl-C.
   */
  private sleep(ms: number, input: HostInput | null): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let cancelInput: (() => void) | undefined;
      const done = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        cancelInput?.();
        this.wake = null;
        this.lastYield = monotonicMs();
        resolve();
      };
      // (setTimeout takes at most 2^31 - 1 ms; a longer sleep wakes, and sleeps again.)
      if (ms !== Infinity) timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
      if (input !== null) cancelInput = input.onInput(done);
      this.wake = done;
    });
  }

  /**
   * Run `code` (borrowed) as the module `__main__`, as VM.runMain does; resolves to the exit
   * status: 0, 1 after an uncaught exception (printed), SystemExit's code, or "interrupted"
   * after an uncaught KeyboardInterrupt (printed; the host ends the process as CPython does).
   */
  async runAsMain(code: number, filename: string): Promise<number | "interrupted"> {
    const vm = this.vm;
    const rt = vm.rt;
    const main = this.mainModule(filename);
    try {
      const globals = moduleDict(rt, main);
      const literals = holdLiteralConstants(rt, code);
      try {
        rt.decref(await this.execCode(code, globals, globals));
      } finally {
        releaseLiteralConstants(rt, literals);
      }
      return 0;
    } catch (e) {
      const interrupted = rt.exceptionMatches(rt.E.KeyboardInterrupt);
      const status = vm.handleUncaught(e);
      return interrupted ? "interrupted" : status;
    } finally {
      rt.decref(main);
    }
  }

  /** A fresh `__main__` in sys.modules (new reference): VM.newMainModule. */
  mainModule(filename: string): number {
    return this.vm.newMainModule(filename);
  }
}
