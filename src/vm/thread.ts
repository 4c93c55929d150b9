/**
 * A thread of Python execution: its data stack, its running frame, its exception state.
 *
 * Threads are green (the threads issue schedules them); today there is the main thread only.
 * `Runtime.ts` points at the running thread, so the object layer reaches the thread's
 * exception state without knowing about the VM.
 */
import type { Runtime, ThreadState } from "../objects/runtime.js";
import { DataStack } from "./frame.js";

export class VMThread implements ThreadState {
  curexc = 0;
  recursionDepth = 0;
  handled = 0;
  /** The running (innermost) frame's address, or 0. */
  frame = 0;
  readonly stack: DataStack;
  /** Set by YIELD_VALUE: the evalFrame that just returned suspended a generator. */
  yielded = false;

  constructor(rt: Runtime) {
    this.stack = new DataStack(rt);
  }
}
