/**
 * When V8 may optimise the eval loop (run-slice.ts's runSlice).
 *
 * The glasspy command starts Node with `--turbo-filter=-runSlice` (scripts/build.mjs,
 * V8_FLAGS): V8 optimises every function but the eval loop. In most programs the eval loop
 * runs each loop's first hundred iterations and each function's first hundred calls, and then
 * only passes the work to the compiled tier's texts: V8 would otherwise mark it hot within a
 * few hundred instructions (its interrupt budget counts the whole dispatch loop's bytecode at
 * every backward jump), compile it on the one compiler thread for 25–70 ms with the feedback
 * of those few hundred instructions, often deoptimise it at the first instruction of another
 * kind and compile it again, and take its largest compiler zone (5–10 MB of peak memory) for
 * it, while the texts and the runtime's functions that do the work wait their turn.
 *
 * What is counted instead, as signs that the eval loop itself does a program's work: its
 * entries (a frame run to its end, a generator resumed, a slice; OPTIMISE_AFTER_ENTRIES), the
 * exceptions it handles (each EXCEPTION_WEIGHT entries), and the check points (backward jumps
 * and calls) of the slices that ran out, less those compiled code passed in the eval loop's
 * calls of it (OPTIMISE_AFTER: code the tier leaves with the eval loop, or a tier switched
 * off). Once one of them is reached, the filter is lifted and V8 optimises runSlice at its
 * next interrupt tick. In the suite's programs the eval loop's own check points stay under
 * 3,000 and its entries under 3,200: runSlice is never compiled there. Measured (paired
 * against the build without the filter): peak RSS recursion_fib 58.6 → 55.4 MB, int_loop
 * 67.9 → 63.6, spectral_norm 63.5 → 61.4, alloc_churn 66.4 → 61.3, less CPU time in most
 * programs; a generator loop of 1.5 million values (released after 20,000 resumptions, about
 * 0.1 s in), a function that raises and catches 100,000 times (after 2,000 raises) and a loop
 * run by the eval loop alone (`GLASSPY_JIT_THRESHOLD=0`: 0.22 → 0.19 s) about as fast as
 * before.
 *
 * Outside the glasspy command (the embedding API, the tests) the filter is not set and
 * nothing here does anything.
 */
import { setFlagsFromString } from "node:v8";

/** The V8 flag that keeps runSlice from TurboFan (scripts/build.mjs puts it in V8_FLAGS). */
export const EVAL_LOOP_FILTER = "--turbo-filter=-runSlice";

const enum EvalLoopWork {
  /** The eval loop's own check points after which V8 may optimise it. */
  OPTIMISE_AFTER = 100_000,
  /** Entries of the eval loop after which V8 may optimise it. */
  OPTIMISE_AFTER_ENTRIES = 20_000,
}

/**
 * What an exception the eval loop handles counts, in entries: unwinding in the unoptimised
 * eval loop costs about 40 µs (a function that raises and catches 100,000 times took 0.78 s
 * for its first 20,000 raises), a generator's resumption a few.
 */
export const EXCEPTION_WEIGHT = 10;

/**
 * The check points of expired slices, and those compiled code passed in the calls the eval
 * loop made of it (tier.ts's runCompiledLoop); `held` while the filter holds runSlice back.
 */
export const evalLoopWork = { slices: 0, compiled: 0, entries: 0, held: false };

/**
 * The command starts (src/cli/main.ts): counting begins if Node runs with the filter. (Called
 * at each start, not at the module's load: the start-up snapshot keeps module state from the
 * build's warm-up.)
 */
export function startEvalLoopWork(): void {
  evalLoopWork.slices = 0;
  evalLoopWork.compiled = 0;
  evalLoopWork.entries = 0;
  evalLoopWork.held = process.execArgv.includes(EVAL_LOOP_FILTER);
}

/** A slice ran out after `spent` check points (eval.ts). */
export function noteSliceExpired(spent: number): void {
  if (!evalLoopWork.held) return;
  evalLoopWork.slices += spent;
  if (evalLoopWork.slices - evalLoopWork.compiled >= EvalLoopWork.OPTIMISE_AFTER) releaseEvalLoop();
}

/**
 * The eval loop is entered (eval.ts: a frame run to its end, a generator resumed, a slice;
 * `weight` 1), or handles an exception (unwind.ts, `weight` EXCEPTION_WEIGHT).
 */
export function noteEvalLoopEntry(weight: number): void {
  if (!evalLoopWork.held) return;
  evalLoopWork.entries += weight;
  if (evalLoopWork.entries >= EvalLoopWork.OPTIMISE_AFTER_ENTRIES) releaseEvalLoop();
}

/** Lift the filter: V8 optimises runSlice from its next interrupt tick on. */
export function releaseEvalLoop(): void {
  if (!evalLoopWork.held) return;
  evalLoopWork.held = false;
  setFlagsFromString("--turbo-filter=*");
}
