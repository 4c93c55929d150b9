/**
 * The behaviour corpus: every test/programs/<topic>/<name>.py runs through the Interpreter and must
 * reproduce what CPython 3.11 did, as recorded by scripts/record-expected.py:
 *
 *   <name>.out     standard output, exactly
 *   <name>.err     standard error, exactly (absent: must be empty)
 *   <name>.status  exit status (absent: 0)
 *   <name>.args    extra command-line arguments, one per line (input)
 *   <name>.stdin   standard input (input)
 *
 * In both outputs the program's folder is replaced by "<dir>", as the recorder does. After every
 * program the interpreter is closed and no heap block may remain in use.
 *
 * Skipped: files and folders whose name starts with "_" (helper modules a program imports, and
 * this harness's own files) and folders named "pending-*" (programs that need a feature not built
 * yet; they are recorded all the same, and listed here as skipped).
 *
 * Each program runs in a worker thread (programs/_harness/worker.mjs), several at once, so that a
 * program that hangs or crashes the host fails its own test after PROGRAM_TIMEOUT_MS instead of
 * stalling the run: vitest's timeout cannot interrupt synchronous code in its own thread.
 * Set GLASSPY_PROGRAMS_INPROCESS=1 to run them in the test's own thread instead (better stack
 * traces and breakpoints, no hang protection).
 *
 * The corpus runs once per heap layout; the outputs must not depend on the layout. The second
 * pass also compiles every loop (JIT_THRESHOLD below).
 * GLASSPY_PROGRAMS_LAYOUTS=classic (or cpython311) runs one layout only; GLASSPY_PROGRAMS_FILTER=text
 * runs only the programs whose relative path contains the text; GLASSPY_PROGRAMS_DEBUG_HEAP=1 turns
 * on the heap debug mode (refcount underflow checks, poisoned frees); GLASSPY_PROGRAM_TIMEOUT_MS
 * changes the time limit of one program (default 30 s); GLASSPY_PROGRAMS_GC_STRESS=1 runs the cycle
 * collector after every GC allocation (see GC_STRESS below).
 */
import { availableParallelism } from "node:os";
import { basename, dirname } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { HeapLayout, ProgramResult, ProgramRun } from "./programs/_harness/run-program.js";
import { discoverPrograms, programArgs, programStdin, recording, withPlaceholder, type Program, type Recording } from "./programs/_harness/corpus.js";

const WORKER_URL = new URL("./programs/_harness/worker.mjs", import.meta.url);
const PROGRAM_TIMEOUT_MS = Number(process.env.GLASSPY_PROGRAM_TIMEOUT_MS ?? 30_000);
const IN_PROCESS = process.env.GLASSPY_PROGRAMS_INPROCESS === "1";
const FILTER = process.env.GLASSPY_PROGRAMS_FILTER ?? "";
const DEBUG_HEAP = process.env.GLASSPY_PROGRAMS_DEBUG_HEAP === "1";
/**
 * GLASSPY_PROGRAMS_GC_STRESS=1: the cycle collector runs after every GC allocation. Outputs must
 * not change, except in programs that watch the collector itself (test/programs/gc/, which
 * this mode skips: their counts and collection results depend on when collections happen).
 */
const GC_STRESS = process.env.GLASSPY_PROGRAMS_GC_STRESS === "1";

/**
 * The compiled tier's threshold in each layout's pass: the classic pass runs loops in the eval
 * loop unless they get hot, as a user's run does; the cpython311 pass compiles every loop the
 * first time it jumps back (src/jit/tier.ts), so that the whole corpus also runs through the
 * compiled code. GLASSPY_JIT_THRESHOLD, when set, applies to both.
 */
const JIT_THRESHOLD: Record<HeapLayout, number | undefined> = {
  classic: undefined,
  cpython311: 1,
};

/**
 * The compiled tier's segment size in each layout's pass (src/jit/emitter-base.ts's Segment):
 * the cpython311 pass splits every block of more than 1,500 characters, so that the corpus's
 * exits, calls and slice ends also run from inside segments; the classic pass keeps the
 * default (only very long blocks are split). GLASSPY_JIT_SEGMENT, when set, applies to both.
 */
const JIT_SEGMENT_CHARS: Record<HeapLayout, number | undefined> = {
  classic: undefined,
  cpython311: 1500,
};

/**
 * The compiled tier's group size in each layout's pass (src/jit/block-groups.ts): the
 * cpython311 pass writes every text of more than 2,000 characters of blocks in groups, so that
 * the corpus's jumps also go from one group's function to another's (and its returns, exits
 * and slice ends come from inside groups); the classic pass keeps the default.
 * GLASSPY_JIT_GROUP, when set, applies to both.
 */
const JIT_GROUP_CHARS: Record<HeapLayout, number | undefined> = {
  classic: undefined,
  cpython311: 2000,
};

/**
 * Which programs run under each layout. The cpython311 pass repeats the whole corpus; if CI time
 * gets tight, narrow it here (to the memory/ folder, say).
 */
const LAYOUT_SCOPE: Record<HeapLayout, (name: string) => boolean> = {
  classic: () => true,
  cpython311: () => true,
};
const LAYOUTS = (process.env.GLASSPY_PROGRAMS_LAYOUTS?.split(",") ?? Object.keys(LAYOUT_SCOPE)) as HeapLayout[];
for (const layout of LAYOUTS) {
  if (!(layout in LAYOUT_SCOPE)) throw new Error(`GLASSPY_PROGRAMS_LAYOUTS: unknown heap layout ${layout}`);
}

interface Expectation extends Recording {
  liveBlocks: number;
}

function request(program: Program, heapLayout: HeapLayout): ProgramRun {
  return {
    file: program.file,
    argv: [basename(program.file), ...programArgs(program)],
    stdin: programStdin(program),
    heapLayout,
    debugHeap: DEBUG_HEAP,
    gcStress: GC_STRESS,
    jitThreshold: process.env.GLASSPY_JIT_THRESHOLD !== undefined ? Number(process.env.GLASSPY_JIT_THRESHOLD) : JIT_THRESHOLD[heapLayout],
    jitSegmentChars: process.env.GLASSPY_JIT_SEGMENT !== undefined ? Number(process.env.GLASSPY_JIT_SEGMENT) : JIT_SEGMENT_CHARS[heapLayout],
    jitGroupChars: process.env.GLASSPY_JIT_GROUP !== undefined ? Number(process.env.GLASSPY_JIT_GROUP) : JIT_GROUP_CHARS[heapLayout],
  };
}

function expectation(program: Program): Expectation {
  return { ...recording(program), liveBlocks: 0 };
}

function normalise(result: ProgramResult, file: string): Expectation {
  const dir = dirname(file);
  return { stdout: withPlaceholder(result.stdout, dir), stderr: withPlaceholder(result.stderr, dir), status: result.status, liveBlocks: result.liveBlocks };
}

type Settled = { result: ProgramResult } | { error: string };

interface Job {
  run: ProgramRun;
  settle: (outcome: Settled) => void;
}

/**
 * Worker threads that run programs first come, first served. A worker whose program exceeds the
 * timeout is terminated and replaced; one that fails to start fails every job with its reason.
 * (Listeners are removed one by one: Worker.removeAllListeners() would also remove the ones Node
 * itself uses to deliver messages.)
 */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Job[] = [];
  private closed = false;
  private busy = 0;
  private starting = 0;
  private lastId = 0;
  private startupError: string | undefined;

  constructor(private readonly size: number) {}

  /** Queues a run; hurry() moves it to the front of the queue if it has not started yet. */
  run(run: ProgramRun): { outcome: Promise<Settled>; hurry: () => void } {
    let job!: Job;
    const outcome = new Promise<Settled>((settle) => {
      job = { run, settle };
    });
    this.queue.push(job);
    this.pump();
    const hurry = () => {
      const at = this.queue.indexOf(job);
      if (at > 0) this.queue.unshift(...this.queue.splice(at, 1));
    };
    return { outcome, hurry };
  }

  /** Cancels what is still queued (a filtered run queues programs it never awaits) and stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.settle({ error: "cancelled: the test run ended" });
    await Promise.all([...this.all].map((worker) => worker.terminate()));
  }

  private retire(worker: Worker): void {
    this.all.delete(worker);
    void worker.terminate();
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      if (this.startupError !== undefined) {
        this.queue.shift()!.settle({ error: this.startupError });
        continue;
      }
      const worker = this.idle.pop();
      if (worker !== undefined) {
        this.dispatch(worker, this.queue.shift()!);
        continue;
      }
      const total = this.busy + this.starting;
      if (total < this.size && this.starting < this.queue.length) {
        this.spawn();
        continue;
      }
      return;
    }
  }

  private spawn(): void {
    this.starting++;
    const worker = new Worker(WORKER_URL);
    this.all.add(worker);
    const settle = (reason: string | undefined) => {
      worker.off("message", onReady);
      worker.off("error", onError);
      worker.off("exit", onExit);
      this.starting--;
      if (reason === undefined) {
        worker.on("error", ignore);
        this.idle.push(worker);
      } else {
        this.retire(worker);
        this.startupError = `the test worker failed to start: ${reason}`;
      }
      this.pump();
    };
    const onReady = () => settle(undefined);
    const onError = (error: Error) => settle(error.stack ?? String(error));
    const onExit = (code: number) => settle(`it exited with code ${code}`);
    worker.on("message", onReady);
    worker.on("error", onError);
    worker.on("exit", onExit);
  }

  private dispatch(worker: Worker, job: Job): void {
    this.busy++;
    const id = ++this.lastId;
    const finish = (outcome: Settled, keep: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      this.busy--;
      if (keep) {
        this.idle.push(worker);
      } else {
        this.retire(worker);
      }
      job.settle(outcome);
      this.pump();
    };
    const onMessage = (message: { id: number } & Settled) => {
      if (message.id === id) finish(message, true);
    };
    const onError = (error: Error) => finish({ error: `the worker crashed: ${error.stack ?? String(error)}` }, false);
    const onExit = (code: number) => finish({ error: `the worker exited with code ${code}` }, false);
    const timer = setTimeout(
      () => finish({ error: `timed out after ${PROGRAM_TIMEOUT_MS} ms (the worker was terminated)` }, false),
      PROGRAM_TIMEOUT_MS,
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ id, run: job.run });
  }
}

function ignore(): void {}

async function runInProcess(run: ProgramRun): Promise<Settled> {
  const { runProgram } = await import("./programs/_harness/run-program.js");
  try {
    return { result: await runProgram(run) };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

const programs = discoverPrograms().filter((p) => p.name.includes(FILTER) && !(GC_STRESS && p.name.startsWith("gc/")));
const pool = IN_PROCESS ? undefined : new WorkerPool(Math.max(1, Math.min(4, availableParallelism())));

afterAll(async () => {
  await pool?.close();
});

for (const layout of LAYOUTS) {
  describe(`programs (${layout} heap${JIT_THRESHOLD[layout] === 1 ? ", every loop compiled" : ""})`, () => {
    const selected = programs.filter((p) => !p.pending && LAYOUT_SCOPE[layout](p.name));
    const queued = new Map<string, ReturnType<WorkerPool["run"]>>();

    // Queue the whole layout at once so the pool stays busy; each test then waits for its own
    // program, which is running or done by the time the tests before it have finished (or, when
    // a name filter skips tests, is moved to the front of the queue).
    beforeAll(() => {
      if (pool === undefined) return;
      for (const program of selected) queued.set(program.name, pool.run(request(program, layout)));
    });

    if (layout === LAYOUTS[0]) {
      for (const program of programs.filter((p) => p.pending)) test.skip(program.name, () => {});
    }

    for (const program of selected) {
      test(program.name, async () => {
        const expected = expectation(program);
        const job = queued.get(program.name);
        job?.hurry();
        const outcome = await (job?.outcome ?? runInProcess(request(program, layout)));
        if ("error" in outcome) throw new Error(`${program.name}: ${outcome.error}`);
        expect(normalise(outcome.result, program.file)).toEqual(expected);
      });
    }
  });
}
