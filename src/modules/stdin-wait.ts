/**
 * Reading standard input releases the GIL (docs/threads.md): `input()`, `sys.stdin.readline()`,
 * `sys.stdin.read()` and iterating over `sys.stdin` wait for the host's input as `time.sleep`
 * waits for the clock. When the host has what the read needs, it runs at once; otherwise the
 * calling thread parks (or, under native code, waits in a nested scheduler loop) with an
 * external Wait, the other threads run, and when every thread is blocked the host waits for
 * input instead of reporting a deadlock. When the input has come, the read runs and its result
 * (or its EOFError) is the call's.
 *
 * This needs a host that can tell whether input is there without blocking: the scheduler's
 * `input` (the CLI sets it, src/cli/stdin.ts). Without one — the embedding API's synchronous
 * `stdin` option — or outside a scheduled run, a read runs at once and blocks every thread
 * while the host blocks, as before.
 */
import type { Runtime } from "../objects/runtime.js";
import type { HostInput, Wait } from "../vm/thread.js";
import { setStdinGate, type InputNeed } from "../objects/textio.js";
import { schedulerOf } from "../vm/scheduler.js";

/**
 * Run `read` (a read of the text stream `o`, borrowed, that needs `need` from the host) now
 * or once the input is there; `args` is the calling native's argument vector (0 from a type
 * slot), which tells whether the thread can park. Gives what `read` gives.
 */
export function readStdinWhenReady(rt: Runtime, o: number, args: number, need: InputNeed, read: () => number): number {
  const scheduler = schedulerOf(rt);
  const input = scheduler?.input ?? null;
  if (scheduler === undefined || input === null || !scheduler.active || input.has(need)) return read();
  return scheduler.block(inputWait(rt, input, o, need, read), args);
}

/** The wait of a read that needs `need`: it keeps the stream object `o` alive until it ends. */
function inputWait(rt: Runtime, input: HostInput, o: number, need: InputNeed, read: () => number): Wait {
  rt.incref(o);
  input.hold();
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    input.release();
    rt.decref(o);
  };
  return {
    deadline: Infinity,
    what: "input",
    external: true,
    ready: () => input.has(need),
    finish: () => {
      try {
        return read();
      } finally {
        release();
      }
    },
    release,
  };
}

setStdinGate(readStdinWhenReady);
