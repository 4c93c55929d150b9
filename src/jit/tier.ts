/**
 * The compiled tier: when a loop is hot, it is compiled to a JavaScript function
 * (compile-loop.ts), and the eval loop runs that function whenever it jumps back to the
 * loop's head.
 *
 * Hotness: every backward jump of the eval loop counts its target's uses in the inline cache
 * word Jit.COUNT_WORD of the target's unit (no instruction's cache uses that word). At
 * VM.jitThreshold the loop is compiled; a head that cannot be compiled, or whose compiled code
 * seldom runs a whole iteration before leaving, gets Jit.DISABLED and stays with the eval loop.
 *
 * Functions are compiled whole (compileFunction): when the eval loop's calls of one are hot
 * (counted at unit 0 of its code, through the same check point), and when compiled code calls
 * one (callFunction pushes its frame and runs its body; runInitFrame does the same for a
 * class's __init__). A compiled callee that leaves, or raises, leaves its frame and its
 * compiled callers' saved on the thread for the eval loop (compile-loop.ts).
 *
 * The functions are kept with the code's CodeInfo and die with the code object; they hold the
 * addresses of the code's constants, which live as long as the code does.
 */
import type { Runtime } from "../objects/runtime.js";
import { codeInfo, type CodeInfo } from "../objects/code.js";
import { containers } from "../objects/freelists.js";
import { F, FrameFlag, Lasti } from "../vm/frame.js";
import { inlineCacheOf, loadGlobalMiss } from "../vm/inline-cache.js";
import { countBoundMethod } from "../objects/super.js";
import type { VM } from "../vm/vm.js";
import type { VMThread } from "../vm/thread.js";
import { execSlow } from "../vm/eval-slow.js";
import { concatIntoNextStore, listSliceSubscript } from "../vm/eval-helpers.js";
import { callNative, pushCheckedSimpleFrame } from "../vm/call.js";
import { checkInitResult, endClassCall, pushClassCallFrame } from "../vm/construct.js";
import { loadAttrMiss, storeAttrMiss } from "../vm/inline-cache.js";
import { contains, getIter } from "../objects/abstract.js";
import { RangeIter, rangeDealloc, rangeIter, rangeOfSmallBounds, rangeOfSmallStop } from "../objects/range.js";
import { listAppendTakeRef } from "../objects/list.js";
import { dictSetItemTakeRefs } from "../objects/dict.js";
import { addToInsertionOrder } from "../objects/dict-values.js";
import { exitSyncOf, leaveFunctionFrame, loadMethodStep, newContainerOrZero, releaseOnExitOf, syncStackOf } from "./steps.js";
import {
  deallocFast, fastBinaryOp, fastCompare, fastStoreSubscript, fastSubscript, fastTypes, forIterNext,
  intResultBlockDigits, mediumIntOpValue, oneDigitIntOpValue, type FastTypes,
} from "../vm/fast-paths.js";
import { lshiftBlockDigits } from "../objects/int-blocks.js";
import { BinaryOp } from "../compile/opcodes.js";
import { dropRaised, jitFloatBlock, jitFreeInt, jitIntBlock, jitNewInt } from "./alloc.js";
import { compileFunction, compileLoop, Exit, parameterCount, type SeenLocals } from "./compile-loop.js";
import { CHUNK_ENDED, Inline, WARM_UP_FRAME } from "./emitter-base.js";
import { replaceStrKeyValue } from "../objects/dict-replace.js";
import { dictStoreSmallIntKeyTakeRefs } from "../objects/dict-int-key.js";
import { dictIterNextItemNoCode } from "../objects/dict-views.js";
import { fewDigitIntBinaryOp } from "../vm/int-few-digits.js";
import { NOT_STR_TABLE, dictStrKeyValue } from "../objects/dict-lookup.js";
import { Code } from "../objects/code.js";
import { evalLoopWork } from "../vm/eval-loop-tiering.js";
import { Func } from "../objects/function.js";
import { monotonicMs } from "../host/monotonic-clock.js";

export const enum Jit {
  /** The inline-cache word (of a loop head's unit) that counts the backward jumps to it. */
  COUNT_WORD = 6,
  /**
   * The word after it: the loop's place in CodeInfo.compiledLoops, plus 1 (0: not looked up
   * yet, or the caches were emptied), so that an entry finds its function without a search.
   */
  LOOP_WORD = 7,
  /** A head's count once it is not to be compiled: it never climbs back to a threshold. */
  DISABLED = -0x40000000,
  /** Entries after which a head's use is judged. */
  JUDGE_AFTER = 64,
  /**
   * The longest function text compiled (characters). V8 optimises no function of more than
   * 60 KB of its bytecode, and one it does not optimise runs several times slower than the
   * eval loop; a loop whose text is longer (an outer loop with its inner ones) stays with the
   * eval loop, and its inner loops are compiled on their own. (The texts make about 0.9 bytes
   * of bytecode a character: nbody's 48,562 characters, 43,613 bytes; its pair loop with the
   * inline list items, 55,538 characters, 50,993 bytes. At 58,000 characters that pair loop
   * keeps them: nbody 0.92 of the time at 54,000.)
   */
  MAX_SOURCE = 58_000,
  /**
   * Check points an entry of an inner loop runs, on average, from which an outer loop calls
   * its compiled function rather than compiling it inline (the call's cost is then spread).
   */
  LONG_ENTRY = 8,
  /**
   * Backward jumps a compiled loop's function makes per call: then it leaves (CHUNK_ENDED), and
   * runCompiledLoop calls it again there, until the slice's budget is spent. V8 optimises a
   * function that runs long inside one call on-stack (OSR), and compiles it again the
   * ordinary way once it is called again; called every few hundred iterations, a loop is
   * compiled the ordinary way first, and the on-stack compilation is seldom needed. V8's time
   * on compiled code (`--trace-opt`, parts of 1,000): dict_str 202 → 94 ms, fannkuch 153 → 69,
   * list_ops 146 → 64, oo_shapes 186 → 114. The optimised code is entered at the next call:
   * in parts of 1,000 iterations, still in baseline code at several microseconds each, a
   * text waited up to 5-10 ms for it; in parts of 250, paired against 1,000 (4 + 6 pairs), the
   * suite 0.988 and 0.962 (fannkuch 0.92, comprehensions 0.96, dict_str 0.95-0.99); parts of
   * 100 against 250: comprehensions 1.08, its short loops ending a part more often. A part's
   * end costs a sync of the block's stack and a call. (Counted apart from the budget, which
   * the loop's compiled callees share: a part that ended inside a callee would leave the
   * callee and the rest of the iteration to the eval loop.)
   */
  CHUNK = 250,
  /**
   * Iterations a loop head at its threshold is timed over before it is compiled
   * (iterationVerdict).
   */
  TIMED_ITERATIONS = 8,
  /** Iterations after which a loop judged long is timed again. */
  RETIME_AFTER = 1000,
  /** Backward jumps that probe (jitProbe). */
  PROBES = 64,
  /** The threshold when none is configured. */
  DEFAULT_THRESHOLD = 100,
  /**
   * Characters of a block's text after which the rest of it, from the next point where its
   * stack is the one it came in with, goes into a segment (emitter-base.ts's Segment; VMHost's
   * jitSegmentChars sets another). Only nbody's pair loop, 50 KB in one block, is that long
   * in the suite: in two functions (24,000), nbody's peak RSS went 70.8 → 65.4 MB (its largest
   * compilation's zone memory 13.9 → 8.5 MB) at the same speed (paired: 0.977 of the time
   * in 6 pairs, 0.999 in 8); in three (16,000) 63.6 MB at 1.022 of the time (14 pairs), in
   * three at 18,000 63.5 MB at 1.028-1.037, in four (12,000) 63.4 MB at 1.08. (Where a split
   * falls matters more than how many calls it adds.)
   */
  SEGMENT_CHARS = 16_000,
  /**
   * Characters of a text's blocks over which they are written in groups, functions of their
   * own of about this size at most, half of it for a text of more than two groups' worth
   * (block-groups.ts, FINER_OVER_GROUPS; VMHost's jitGroupChars sets another size).
   * fannkuch's, dict_str's and oo_shapes' main loops are that long: peak RSS 68.4 → 60.6 MB,
   * 71.6 → 67.3 and 63.2 → 60.0 at the same speed (paired 1.007, 1.000, 1.009); at 16,000 a
   * little less memory, but dict_str took 1.066 of its time.
   */
  GROUP_CHARS = 24_000,
  /** Instructions a segment has at least, up to the end of its block's straight run. */
  SEGMENT_MIN_INSTRUCTIONS = 16,
  /** The threshold that never comes (the counts stop short of it). */
  NEVER = 0x7fffffff,
  /**
   * Compiled functions nested in JavaScript's stack at most (callFunction, runInitFrame). Each takes a
   * few hundred bytes there; the host's stack may be Node's default (under 1 MB).
   */
  MAX_NESTING = 200,
}

/** VMHost.jitThreshold as the count the eval loop compares with. */
export function jitThresholdOf(setting: number | undefined): number {
  if (setting === undefined) return Jit.DEFAULT_THRESHOLD;
  return setting > 0 ? Math.min(Math.trunc(setting), 0x10000000) : Jit.NEVER;
}

/** `(f, budget, th) => budget`: compile-loop.ts's function (`th` the running thread, for the general paths). */
type CompiledFunction = (f: number, budget: number, th: VMThread) => number;

/** A loop's compiled function, with what judges its use. */
export interface CompiledLoop {
  readonly fn: CompiledFunction;
  /** The loop's head (a unit index). */
  readonly head: number;
  /** Entries, and iterations (check points) run in it. */
  entries: number;
  iterations: number;
  /** Exits other than at the loop's end or a check point (a fast path that did not apply, an instruction it does not know). */
  exits: number;
  readonly report: boolean;
}

/** `(f, th) => value`: compileFunction's function (Exit.LEFT: the eval loop finishes the frame). */
export type CompiledFunctionBody = (f: number, th: VMThread) => number;

/** A code object's compiled loops (Jit.LOOP_WORD holds a loop's place here). */
export type CompiledCode = CompiledLoop[];

/**
 * The backward jumps of the process that still call the tier whatever their count: the eval
 * loop's path to it (a call, and the arithmetic that saves and reloads its registers) then has
 * type feedback by the time V8 optimises or re-optimises the loop. Run for the first time
 * after that, when a program's first loop gets hot, it would deoptimise it.
 */
export const jitProbe = { left: Jit.PROBES };

/**
 * runCompiledLoop's calls of compiled code under way: the eval loop's own calls are the
 * outermost (0 before), and evalLoopWork counts the check points those passed.
 */
const compiledDepth = { calls: 0 };

/** Set while an exception leaves compiled code: the frame then holds LASTI and the stack (the eval loop's catch reads them). */
export const jitSignal = { threw: false };

/**
 * Milliseconds an iteration of a loop takes, on average over Jit.TIMED_ITERATIONS, from
 * which the loop is left to the eval loop rather than compiled: its iterations' time is then
 * in what they call (an outer loop over comprehensions, over whole tree builds), and the
 * eval loop's own cost of a loop body, a few microseconds, is under 1 % of it, while making
 * the text costs milliseconds (a program's outer loop over a dozen calls is a text of 50 KB:
 * 5-10 ms to write and parse, and the compiler thread's time if V8 optimises it).
 */
const LONG_ITERATION_MS = 0.5;

const enum Iterations {
  /** Being timed: not compiled yet. */
  TIMING,
  /** Short: compile the loop. */
  SHORT,
  /** Long: leave it to the eval loop (for Jit.RETIME_AFTER iterations, then time it again). */
  LONG,
}

/**
 * Whether the loop of `info`'s code at `head`, at its compile threshold, is to be compiled:
 * the first time, its timing starts (TIMING); the next, after Jit.TIMED_ITERATIONS more
 * iterations, the average says. A window found long is timed once more straight away, and the
 * loop is left to the eval loop only when both are: one pause of the host inside a window (a
 * collection of V8's, the process descheduled for a few milliseconds) would otherwise leave a
 * short loop there for Jit.RETIME_AFTER iterations. (The second window's start is kept as
 * -start - 1, below zero.)
 */
function iterationVerdict(info: CodeInfo, head: number): Iterations {
  const now = monotonicMs();
  const started = (info.loopTimings ??= new Map<number, number>()).get(head);
  if (started === undefined) {
    info.loopTimings.set(head, now);
    return Iterations.TIMING;
  }
  const second = started < 0;
  const long = (now - (second ? -started - 1 : started)) / Jit.TIMED_ITERATIONS >= LONG_ITERATION_MS;
  if (long && !second) {
    info.loopTimings.set(head, -now - 1);
    return Iterations.TIMING;
  }
  info.loopTimings.delete(head);
  return long ? Iterations.LONG : Iterations.SHORT;
}

/**
 * The eval loop's one way into compiled code (one function, too long for V8 to inline into
 * runSlice, so that runSlice's call of it has type feedback from the first probes on, and
 * nothing of it first runs after V8 optimised runSlice):
 *
 * - at a backward jump: run the compiled code of the frame `f`'s loop at the head the eval
 *   loop has just jumped to (the frame's LASTI + 1; its STACKTOP written), compiling it first
 *   if need be. `hot` is the head's count word in `cache`, the code's inline cache.
 * - at a call (the frame `f` just pushed, fresh, its caller saved after the CALL; `hot` the
 *   count word of unit 0, which no loop's head is): run the function's body compiled whole,
 *   once the count is hot and the code compiles so.
 *
 * Returns the slice's budget left (0: the slice ends). The thread's frame then says where the
 * eval loop goes on: the frame `f`, at its LASTI and STACKTOP (a fresh `f`: nothing ran); or
 * another frame, saved (a compiled callee left; or, at a call, the body returned and its
 * value is on the caller's stack). An exception propagates with the frame it was raised in
 * saved (jitSignal.threw).
 */
export function runCompiledLoop(vm: VM, th: VMThread, f: number, code: number, cache: Int32Array, hot: number, budget: number): number {
  const rt = vm.rt;
  // (Not hot yet: the eval loop's probe, for type feedback. No budget: the slice ends at this
  // check point.) While tracemalloc traces, an allocation's traceback needs LASTI at every
  // instruction.
  if (cache[hot] < vm.jitThreshold || budget <= 0 || rt.heap.tracer !== null) {
    if (jitProbe.left > 0) jitProbe.left--;
    return budget;
  }
  const i32 = rt.i32;
  if (i32[(f + F.LASTI) >> 2] === Lasti.FRESH) {
    // A call. (An __init__ frame's value is checked, not pushed: the eval loop returns it.)
    if ((i32[(f + F.FLAGS) >> 2] & (FrameFlag.INIT | FrameFlag.ENTRY)) !== 0) return budget;
    let body = codeInfo(rt, code).compiledFunction;
    if (body === undefined) body = bodyOf(vm, code, (f + F.HEADER) >> 2, parameterCount(rt, code));
    if (body === null) {
      cache[hot] = Jit.DISABLED;
      return budget;
    }
    if (cache[hot] > 0x20000000) cache[hot] = vm.jitThreshold;
    bud[0] = budget;
    let r: number;
    const outermost = compiledDepth.calls++ === 0;
    try {
      r = runBody(th, f, body);
    } catch (error) {
      jitSignal.threw = true;
      throw error;
    } finally {
      compiledDepth.calls--;
    }
    if (r !== Exit.LEFT) {
      // Returned (the frame popped): the value goes on the caller's stack, as RETURN_VALUE's.
      const caller = th.frame;
      const top = i32[(caller + F.STACKTOP) >> 2];
      i32[((caller + F.HEADER) >> 2) + 2 * (i32[(i32[(caller + F.CODE) >> 2] + Code.NLOCALSPLUS) >> 2] + top)] = r;
      i32[(caller + F.STACKTOP) >> 2] = top + 1;
    }
    // (The eval breaker set, by a call that parked the thread for one: the slice ends.)
    const left = vm.breaker === 0 ? bud[0] : 0;
    if (outermost) evalLoopWork.compiled += budget - left;
    return left;
  }
  const info = codeInfo(rt, code);
  const place = cache[hot + (Jit.LOOP_WORD - Jit.COUNT_WORD)];
  let loop = place > 0 ? info.compiledLoops?.[place - 1] : undefined;
  if (loop === undefined) {
    // First entry, or the inline caches were emptied (method-cache.ts): looked up, or compiled.
    const head = rt.i32[(f + F.LASTI) >> 2] + 1;
    loop = info.compiledLoops?.find((l) => l.head === head);
    if (loop === undefined) {
      const verdict = iterationVerdict(info, head);
      if (verdict === Iterations.TIMING) {
        // Back here after Jit.TIMED_ITERATIONS more iterations.
        cache[hot] = vm.jitThreshold - Jit.TIMED_ITERATIONS;
        return budget;
      }
      if (verdict === Iterations.LONG) {
        // Timed again after Jit.RETIME_AFTER more iterations: a window that a collection or
        // a descheduled thread made long costs a loop that many in the eval loop, not its run.
        cache[hot] = vm.jitThreshold - Jit.RETIME_AFTER;
        return budget;
      }
      loop = compileHead(vm, code, head, rt.i32[(f + F.STACKTOP) >> 2], (f + F.HEADER) >> 2);
    }
    if (loop === undefined) {
      cache[hot] = Jit.DISABLED;
      return budget;
    }
    cache[hot + (Jit.LOOP_WORD - Jit.COUNT_WORD)] = info.compiledLoops!.indexOf(loop) + 1;
  }
  if (cache[hot] > 0x20000000) cache[hot] = vm.jitThreshold;
  loop.entries++;
  if (loop.report && (loop.entries & (loop.entries - 1)) === 0) process.stderr.write(`jit ${info.data.name}@${loop.head} entries ${loop.entries} iterations ${loop.iterations} exits ${loop.exits}\n`);
  // The loop runs Jit.CHUNK backward jumps at a time, entered again at its head after each
  // part (see Jit.CHUNK).
  let left = budget;
  const outermost = compiledDepth.calls++ === 0;
  try {
    for (;;) {
      left = loop.fn(f, left, th);
      if (left < CHUNK_ENDED) break;
      left -= CHUNK_ENDED;
      // (Not again once tracemalloc traces, as at the entry above.)
      if (left <= 0 || vm.breaker !== 0 || rt.heap.tracer !== null) break;
    }
  } catch (error) {
    jitSignal.threw = true;
    throw error;
  } finally {
    compiledDepth.calls--;
  }
  loop.iterations += budget - left;
  if (loop.entries >= Jit.JUDGE_AFTER && loop.iterations < 2 * loop.entries) {
    // It leaves before a whole iteration most times: each entry costs more than it saves.
    cache[hot] = Jit.DISABLED;
  }
  // (The eval breaker set, as by a compiled callee that parked the thread: the slice ends.)
  if (vm.breaker !== 0) left = 0;
  if (outermost) evalLoopWork.compiled += budget - left;
  return left;
}

/**
 * The slice's check points left, while a whole function runs (compile-loop.ts): whole
 * functions call each other without a budget argument, so they count it here; a loop writes
 * its own there around a call of one, and runCompiledLoop the eval loop's before a body.
 */
const bud = new Int32Array(1);

/**
 * Compiled functions running one inside another: JavaScript's stack holds them, so past
 * Jit.MAX_NESTING a call leaves to the eval loop (which keeps Python's frames on the data
 * stack, to the recursion limit).
 */
let nesting = 0;

/**
 * CALL in compiled code of the Python function `func` with `total` argument words at i32 index
 * `first` (the callable and its arguments on the calling frame's stack, synced; `top` the
 * calling frame's stack depth once the callee's frame has taken them): pushes its frame as the
 * eval loop's CALL does and runs its body compiled whole (runBody). Returns the value (a new
 * reference), Exit.LEFT when the body left (the caller leaves too), or Exit.NOT_RUN, having
 * done nothing, when the eval loop must make the call: the code cannot be compiled whole, the
 * count is not the function's simple one, the recursion limit is reached (the eval loop
 * raises), or compiled calls are nested too deep.
 */
function callFunction(vm: VM, th: VMThread, func: number, first: number, total: number, top: number): number {
  const rt = vm.rt;
  const i32 = rt.i32;
  const code = i32[(func + Func.CODE) >> 2];
  if (i32[(code + Code.CALL_ARGCOUNT) >> 2] !== total || th.recursionDepth >= rt.recursionLimit || nesting >= Jit.MAX_NESTING) return Exit.NOT_RUN;
  let body = codeInfo(rt, code).compiledFunction;
  if (body === undefined) body = bodyOf(vm, code, first, total);
  if (body === null) return Exit.NOT_RUN;
  // The eval loop's simple call: the frame takes the stack's references to the function and
  // the arguments (the count and the recursion limit were checked above).
  const caller = th.frame;
  const frame = pushCheckedSimpleFrame(rt, th, func, code, first, total);
  i32[(caller + F.STACKTOP) >> 2] = top;
  th.frame = frame;
  return runBody(th, frame, body);
}

/**
 * The compiled body of a function's code, compiled on first use; null when it cannot be.
 * `args`: the i32 index of the call's first argument word (a frame's first local), and
 * `nargs` the words there, whose types the text takes as hints (localTypes).
 */
function bodyOf(vm: VM, code: number, args: number, nargs: number): CompiledFunctionBody | null {
  const info = codeInfo(vm.rt, code);
  let body = info.compiledFunction;
  if (body === undefined) {
    const seen = localTypes(vm.rt, args, nargs);
    // Its loops that already run long by their own compiled functions are called, not
    // compiled again inside the body (as a comprehension's: its loop is hot in its first
    // calls, its body after a hundred).
    const long = longLoops(info.compiledLoops);
    let source = compileFunction(vm.rt, fastTypes(vm.rt), code, Inline.ALL, seen, long, vm.jitSegmentChars, vm.jitGroupChars);
    for (let inline = Inline.ALL - 1; inline >= Inline.NONE && source !== null && source.length > Jit.MAX_SOURCE; inline--) {
      source = compileFunction(vm.rt, fastTypes(vm.rt), code, inline, seen, long, vm.jitSegmentChars, vm.jitGroupChars);
    }
    body = source === null || source.length > Jit.MAX_SOURCE ? null : (instantiate(vm, code, source, `${info.data.name}`, { entries: 0, iterations: 0, exits: 0, report: false }) as unknown as CompiledFunctionBody);
    info.compiledFunction = body;
    if (process.env.GLASSPY_JIT_DUMP !== undefined && source !== null) process.stderr.write(`── compiled function ${info.data.name} ──\n${source}\n`);
  }
  return body;
}

/**
 * Run the body compiled whole of the frame `frame`, just pushed (the thread's frame). Returns
 * the value (a new reference), or Exit.LEFT when the body left its frame, saved, on the thread
 * (the caller leaves too, for the eval loop to finish the frames). An exception propagates
 * with the frame still on the thread, saved where it was raised, and its callers saved at
 * their calls: the eval loop's handler unwinds them all from there (jitSignal), so that each
 * function's own handlers see the exception, in the eval loop.
 */
function runBody(th: VMThread, frame: number, body: CompiledFunctionBody): number {
  let r: number;
  nesting++;
  try {
    r = body(frame, th);
  } catch (error) {
    nesting--;
    throw error;
  }
  nesting--;
  return r;
}

/**
 * Run the frame `frame` of a class's __init__, which compiled code's CALL pushed
 * (pushClassCallFrame: the instance waits on the caller's stack), by its body compiled whole.
 * Returns 0 when __init__ returned None (the frame popped), or Exit.LEFT when the eval loop
 * is to run the frame (no body, compiled calls nested too deep, or the body left). Raises
 * TypeError for another value, as the eval loop's return from an __init__ frame does.
 */
function runInitFrame(vm: VM, th: VMThread, frame: number): number {
  if (nesting >= Jit.MAX_NESTING) return Exit.LEFT;
  const code = vm.rt.i32[(frame + F.CODE) >> 2];
  // (The body made at an earlier call, else made now: its arguments' types are the hints.)
  const body = codeInfo(vm.rt, code).compiledFunction ?? bodyOf(vm, code, (frame + F.HEADER) >> 2, parameterCount(vm.rt, code));
  if (body === null) return Exit.LEFT;
  const r = runBody(th, frame, body);
  if (r === Exit.LEFT) return r;
  // (The body left the frame by leaveFunctionFrame: the class call gives back what it held.)
  endClassCall(vm.rt, th);
  checkInitResult(vm.rt, r);
  return 0;
}

/**
 * Compile the loop of `code` at `head` (stack depth `depth` there); undefined when it cannot
 * be. `locals`: the i32 index of the frame's first local, whose types the text takes as hints.
 */
function compileHead(vm: VM, code: number, head: number, depth: number, locals: number): CompiledLoop | undefined {
  const rt = vm.rt;
  const info = codeInfo(rt, code);
  const ty = fastTypes(rt);
  const seen = localTypes(rt, locals, rt.i32[(code + Code.NLOCALSPLUS) >> 2]);
  // Its inner loops that run long each time (their own compiled code's record) run by their
  // own functions; the others inline. (Too long a text: again with every inner loop so, and
  // then without the inline paths only some loops need (compact); at each of the three, with
  // fewer of the inline paths emitter-base.ts's Inline names, until one fits.)
  const long = longLoops(info.compiledLoops);
  const all = (): boolean => true;
  let source: string | null = null;
  for (const [outline, compact] of [[long, false], [all, false], [all, true]] as const) {
    for (let inline = Inline.ALL; inline >= Inline.NONE && (source === null || source.length > Jit.MAX_SOURCE); inline--) {
      source = compileLoop({ rt, ty, code, head, depth, outline, compact, inline, seen, segmentChars: vm.jitSegmentChars, groupChars: vm.jitGroupChars });
      if (source === null) return undefined;
    }
  }
  if (process.env.GLASSPY_JIT_DUMP !== undefined && source !== null && source.length > Jit.MAX_SOURCE) process.stderr.write(`── not compiled (${source.length} characters): ${info.data.name} at ${head}\n`);
  if (source === null || source.length > Jit.MAX_SOURCE) return undefined;
  // GLASSPY_JIT_DUMP set: each compiled function's text goes to stderr (for working on the compiler).
  if (process.env.GLASSPY_JIT_DUMP !== undefined) process.stderr.write(`── compiled loop of ${info.data.name} at ${head} ──\n${source}\n`);
  // GLASSPY_JIT_STATS set: the loop's counts go to stderr at each power of two of its entries.
  const loop: CompiledLoop = { fn: () => 0, head, entries: 0, iterations: 0, exits: 0, report: process.env.GLASSPY_JIT_STATS !== undefined };
  (loop as { fn: CompiledFunction }).fn = instantiate(vm, code, source, `${info.data.name}@${head}`, loop);
  (info.compiledLoops ??= []).push(loop);
  return loop;
}

/**
 * Which of a code's loop heads have compiled loops that run long each time they are entered
 * (their own record): an enclosing text calls them rather than compiling them inline.
 */
function longLoops(loops: CompiledCode | undefined): (head: number) => boolean {
  return (head) => {
    const l = loops?.find((c) => c.head === head);
    return l !== undefined && l.entries >= Jit.JUDGE_AFTER && l.iterations >= Jit.LONG_ENTRY * l.entries;
  };
}

/**
 * The types of the `n` values in the words at i32 index `p` on (a frame's locals, a call's
 * arguments; 0 for none), and which are small exact ints: below 2**20 in magnitude, where a
 * few sums keep them within one digit (an accumulator near 2**30 is not small).
 */
function localTypes(rt: Runtime, p: number, n: number): SeenLocals {
  const i32 = rt.i32;
  const types: number[] = [];
  const small: boolean[] = [];
  const int = rt.T.int;
  for (let k = 0; k < n; k++) {
    const v = i32[p + 2 * k];
    const type = v === 0 ? 0 : i32[(v + Num.TYPE) >> 2];
    types.push(type);
    small.push(type === int && ((i32[(v + Num.SIZE) >> 2] + 1) >>> 0) <= 2 && i32[(v + Num.DIGIT0) >> 2] < Num.SMALL_HINT);
  }
  return { types, small };
}

/**
 * The function compiled code's text makes, given the names it uses. `label` (the Python
 * function's name, and a loop's head) names the text for V8 (`//# sourceURL`): CPU profiles
 * and stack traces of the tier's own errors say which compiled function they mean.
 * (`--trace-deopt` does not: it names the texts `unknown`.)
 */
function instantiate(vm: VM, code: number, source: string, label: string, stats: Omit<CompiledLoop, "fn" | "head">): CompiledFunction {
  const rt = vm.rt;
  const ty = fastTypes(rt);
  const pools = rt.heap.compiledCodePools();
  const scope: Record<string, unknown> = {
    rt, ty, J: stats, vm, cache: inlineCacheOf(rt, code), D: (o: number) => deallocFast(rt, ty, o),
    newInt: jitNewInt, floatBlock: jitFloatBlock, free: ty.free, smallInts: ty.smallInts,
    intBlock: (sign: number, low: number, high: number, block: number) => jitIntBlock(rt, ty, sign, low, high, block),
    freeInt: (o: number) => jitFreeInt(rt, o), blockDigits: intResultBlockDigits, oneDigit: oneDigitIntOpValue, lshiftBlock: lshiftBlockDigits,
    B: (a: number, b: number, arg: number) => binarySlow(rt, ty, a, b, arg),
    FD: (a: number, b: number, arg: number) => fewDigitInts(rt, a, b, arg), IN: (c: number, k: number) => strInDict(rt, ty, c, k),
    DG: (d: number, k: number) => dictStrKeyValue(rt, d, k),
    fastCompare, fastSubscript, storeSubscript: (c: number, k: number, v: number) => storeSubscript(rt, ty, c, k, v), forIterNext, dictItemNext: dictIterNextItemNoCode, rangeNext, execSlow, loadGlobalMiss, contains, getIter, rangeOfSmallStop, rangeOfSmallBounds, rangeIter, RD: rangeDealloc, listSliceSubscript, concatIntoNextStore,
    newContainer: newContainerOrZero, listAppendTakeRef, dictSetItemTakeRefs, loadAttrMiss, storeAttrMiss, loadMethodStep, CB: () => countBoundMethod(rt),
    addToInsertionOrder, callNative, pushClassCallFrame, leaveFrame: leaveFunctionFrame,
    callFunction: (th: VMThread, func: number, first: number, total: number, top: number) => callFunction(vm, th, func, first, total, top),
    runInitFrame, bud, runCompiledLoop, S: syncStackOf(rt), X: exitSyncOf(rt), R: releaseOnExitOf(rt),
    // (The heap's pool level, for the texts' inline int blocks: emitter-base.ts's newIntText.)
    H: rt.heap, UP: pools?.usedpools, PS: pools?.poolStart,
    // (The tuple and list free lists, for BUILD_TUPLE's and BUILD_LIST's inline takes: block-emitter.ts.)
    TH: containers(rt).tupleHead, TC: containers(rt).tupleCount, CS: containers(rt),
  };
  const names = Object.keys(scope);
  const factory = new Function(...names, `${source}\n//# sourceURL=glasspy-jit/${label.replace(/[^\w@.<>-]/g, "_")}`) as (...args: unknown[]) => CompiledFunction;
  const fn = factory(...names.map((n) => scope[n]));
  // The warm-up call (emitter-base.ts's WARM_UP_FRAME): only the cold exit's block runs.
  fn(WARM_UP_FRAME, 0, null as unknown as VMThread);
  return fn;
}

/**
 * STORE_SUBSCR's fast paths for compiled code: a list's item (fastStoreSubscript, as the eval
 * loop's), or an exact dict's value for an exact str key (replaceStrKeyValue, which the eval
 * loop reaches through its general path) or a one-digit exact int key (dict-int-key.ts).
 * Returns the replaced value for the caller to release, None (a new reference) for a key
 * inserted or an int key's store done, or 0 when the eval loop must do it (a MemoryError
 * raised here is dropped, and the eval loop, running the instruction again, raises its own).
 */
function storeSubscript(rt: Runtime, ty: FastTypes, c: number, k: number, v: number): number {
  const old = fastStoreSubscript(rt, ty, c, k, v);
  const i32 = rt.i32;
  if (old !== 0 || i32[(c + Num.TYPE) >> 2] !== ty.dict) return old;
  if (i32[(k + Num.TYPE) >> 2] === ty.int) {
    // A one-digit int key (dict-int-key.ts: no comparison can run Python code), handed
    // references of its own; the replaced value is released there, as insertdict releases
    // it, and None says the store is done. Not taken: nothing changed, the references back.
    i32[k >> 2]++;
    i32[v >> 2]++;
    if (dictStoreSmallIntKeyTakeRefs(rt, c, k, v)) {
      const none = rt.S.None;
      i32[none >> 2]++;
      return none;
    }
    i32[k >> 2]--;
    i32[v >> 2]--;
    return 0;
  }
  try {
    return replaceStrKeyValue(rt, c, k, v);
  } catch (error) {
    return dropRaised(rt, error);
  }
}

/**
 * BINARY_OP of two exact ints or floats that compiled code did not do inline: a new reference,
 * or 0 when the eval loop must do it (another type, or no memory: the MemoryError raised here
 * is dropped, and the eval loop, running the instruction again, raises its own).
 */
function binarySlow(rt: Runtime, ty: FastTypes, a: number, b: number, arg: number): number {
  const i32 = rt.i32;
  const ta = i32[(a + Num.TYPE) >> 2];
  const tb = i32[(b + Num.TYPE) >> 2];
  if ((ta !== ty.int && ta !== ty.float) || (tb !== ty.int && tb !== ty.float)) return 0;
  try {
    if (ta === ty.int && tb === ty.int && ((i32[(a + Num.SIZE) >> 2] + 2) >>> 0) <= 4 && ((i32[(b + Num.SIZE) >> 2] + 2) >>> 0) <= 4) {
      // Two digits (below 2**53), as the eval loop's medium path.
      const kind = arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg;
      const v = mediumIntOpValue(i32, a, b, kind);
      if (v === v) {
        const r = jitNewInt(rt, ty, v, intResultBlockDigits(i32, a, b, kind));
        if (r !== 0) return r;
      }
    }
    return fastBinaryOp(rt, ty, a, b, arg);
  } catch (error) {
    return dropRaised(rt, error);
  }
}

/**
 * BINARY_OP of two exact ints of a few digits whose result leaves 2**53 (int-few-digits.ts):
 * a new reference, or 0 for the other cases, or when the heap is full (the MemoryError raised
 * here is dropped: B, then the eval loop, running the instruction again, raise their own).
 */
function fewDigitInts(rt: Runtime, a: number, b: number, arg: number): number {
  try {
    return fewDigitIntBinaryOp(rt, a, b, arg);
  } catch (error) {
    return dropRaised(rt, error);
  }
}

/**
 * `k in c` for an exact dict c of str keys and an exact str k (dict-lookup.ts's
 * dictStrKeyValue: no Python code runs): 1 or 0; -1 for every other case, which `contains`
 * takes.
 */
function strInDict(rt: Runtime, ty: FastTypes, c: number, k: number): number {
  if (rt.i32[(c + Num.TYPE) >> 2] !== ty.dict) return -1;
  const v = dictStrKeyValue(rt, c, k);
  return v === NOT_STR_TABLE ? -1 : v !== 0 ? 1 : 0;
}

const enum Num {
  TYPE = 8,
  SIZE = 16,
  DIGIT0 = 24,
  /** localTypes' bound for a small int. */
  SMALL_HINT = 1048576,
  TWO32 = 4294967296,
  SMALL_MIN = -5,
  SMALL_MAX = 256,
  MAX_SAFE = 9007199254740991,
}

/**
 * FOR_ITER's step of an exact range iterator of the int64 shape with index and length below
 * 2**32, as the eval loop takes it: a new reference to the next int, 0 at the end, -1 for
 * another shape (forIterNext's), -2 when the heap is full (the iterator not moved on).
 */
function rangeNext(rt: Runtime, ty: FastTypes, it: number): number {
  const i32 = rt.i32;
  const w = it >> 2;
  if (i32[w + (RangeIter.INDEX >> 2) + 1] !== 0 || i32[w + (RangeIter.LEN >> 2) + 1] !== 0) return -1;
  const i = i32[w + (RangeIter.INDEX >> 2)] >>> 0;
  if (i >= i32[w + (RangeIter.LEN >> 2)] >>> 0) return 0;
  const startLo = i32[w + (RangeIter.START >> 2)] | 0;
  let v: number;
  if (i32[w + (RangeIter.STEP >> 2)] === 1 && i32[w + (RangeIter.STEP >> 2) + 1] === 0 && i32[w + (RangeIter.START >> 2) + 1] === startLo >> 31 && i <= 0x7fffffff) {
    v = (startLo + i) | 0;
    if (v < startLo) v = startLo + i;
  } else {
    const start = i32[w + (RangeIter.START >> 2) + 1] * Num.TWO32 + (startLo >>> 0);
    const step = i32[w + (RangeIter.STEP >> 2) + 1] * Num.TWO32 + (i32[w + (RangeIter.STEP >> 2)] >>> 0);
    v = start + i * step;
    if (v > Num.MAX_SAFE || v < -Num.MAX_SAFE) return -1;
  }
  const o = jitNewInt(rt, ty, v, 0);
  if (o === 0) return -2;
  i32[w + (RangeIter.INDEX >> 2)] = i + 1;
  return o;
}
