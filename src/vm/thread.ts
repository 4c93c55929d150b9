/**
 * A thread of Python execution: its data stack, its running frame, its exception state, and
 * what the scheduler (scheduler.ts) needs to run it as a green thread.
 *
 * `Runtime.ts` points at the running thread (`rt.ts`), so the object layer reaches the
 * thread's exception state without knowing about the VM; the scheduler moves that pointer
 * when it hands the GIL to another thread.
 */
import type { Runtime, ThreadState } from "../objects/runtime.js";
import type { InputNeed } from "../objects/textio.js";
import { DataStack } from "./frame.js";

export const enum RunState {
  /** Wants the GIL (or holds it: the scheduler's `current`). */
  RUNNABLE = 0,
  /** Waiting in a blocking call (sleep, lock acquire): `wait` says for what. */
  BLOCKED = 1,
  /** Its root frame returned or raised. */
  DONE = 2,
}

/**
 * What a blocked thread waits for. `ready` is polled by the scheduler; when it holds (or the
 * deadline passes) `finish` completes the call — takes the lock, say — and gives the call's
 * result (a new reference). `release` drops what the wait holds when it is abandoned.
 */
export interface Wait {
  /** performance.now() milliseconds; Infinity for no timeout. */
  readonly deadline: number;
  /** Shown in deadlock reports: "sleep", "lock acquire", ... */
  readonly what: string;
  ready(): boolean;
  finish(timedOut: boolean): number;
  release(): void;
  /**
   * The wait ends by something from outside the process (standard input), not by another
   * thread: while such a wait is pending no state is a deadlock, and the host waits for it.
   */
  readonly external?: boolean;
  /**
   * Optional: instead of replacing the parked call's result, do this to the thread (the
   * tail call of _thread._call pushes a frame here).
   */
  resume?(th: VMThread): void;
}

/**
 * Standard input as a host provides it to waiting threads (the CLI's: src/cli/stdin.ts). A
 * read that would have to wait parks its thread with an external Wait that polls `has`; the
 * host's `rt.io.readLine()` reads from the same buffer, so once `has` holds it does not block.
 */
export interface HostInput {
  /** Is `need` (a line, everything to the end, or n characters) there? Never blocks; may take in what has come. */
  has(need: InputNeed): boolean;
  /**
   * A reader starts (`hold`) or stops (`release`) waiting. While one waits, input is read as
   * it comes; when the first starts, the host's pending output is written (a prompt shows).
   */
  hold(): void;
  release(): void;
  /** Call `wake` when more input, or its end, comes (while the host sleeps); gives the function that cancels. */
  onInput(wake: () => void): () => void;
}

export class VMThread implements ThreadState {
  curexc = 0;
  recursionDepth = 0;
  handled = 0;
  dict = 0;
  /** The running (innermost) frame's address, or 0. */
  frame = 0;
  readonly stack: DataStack;
  /** Set by YIELD_VALUE: the evalFrame that just returned suspended a generator. */
  yielded = false;
  /**
   * The class calls whose `__init__` frame (FrameFlag.INIT) is running, innermost last, two
   * words each: CPython's argument tuple (0 for none) and the class, each a reference the
   * call holds until that frame ends (vm/construct.ts: pushClassCallFrame, endClassCall).
   */
  classCalls = new Int32Array(32);
  classCallCount = 0;

  // ── scheduling (scheduler.ts) ──
  /** threading.get_ident()'s value. */
  ident = 0;
  /** Shown in deadlock reports and statistics. */
  name = "";
  /** Daemon threads are not waited for at exit. */
  daemon = false;
  state: RunState = RunState.RUNNABLE;
  wait: Wait | null = null;
  /** The frame the scheduler runs a slice at a time (the thread's outermost frame), or 0. */
  root = 0;
  /** The root frame has not run yet. */
  fresh = true;
  /** Raise the current exception where the thread stopped, at its next slice. */
  throwing = false;
  /** Nonzero while the thread waits inside a nested scheduler loop (its JavaScript stack is suspended). */
  nestedWaits = 0;
  /** A KeyboardInterrupt is to be raised in this (the main) thread. */
  interruptPending = false;
  /** GIL statistics, in milliseconds. */
  heldMs = 0;
  waitedMs = 0;
  /** When the thread last became runnable (performance.now()), for waited time and forced switching. */
  readySince = 0;

  constructor(rt: Runtime) {
    this.stack = new DataStack(rt);
  }
}
