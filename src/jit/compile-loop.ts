/**
 * The loop compiler: a hot loop of a code object as a JavaScript function (tier.ts says when),
 * and a whole function (for calls from compiled code and the eval loop). It reads the
 * compiler's code units (not the eval loop's superinstructions: bytecode.ts) from the loop's
 * head to the last backward jump to it, follows every path through the instructions it knows,
 * and ends each path at the first instruction it does not know, or whose operands its fast
 * paths and general paths cannot take, by leaving to the eval loop there. The instructions are
 * written by block-emitter.ts (numbers by number-emitter.ts, calls by call-emitter.ts, a long
 * block's segments by segment-emitter.ts) on emitter-base.ts's primitives.
 *
 * What the function keeps where:
 *   locals     in the heap frame's localsplus words, as the eval loop keeps them (the collector,
 *              frame objects and tracebacks read them there);
 *   the stack  in JavaScript variables. Between instructions of one block the compiler knows
 *              each entry's variable and whether the stack owns a reference to it: an entry
 *              loaded from a local or a constant is *borrowed* (the local or co_consts keeps it
 *              alive, and no Python code runs before it is used), so the increment and
 *              decrement the eval loop makes around it are left out. At a block's end every
 *              entry is owned and in its block variable s0, s1, ...
 * The counts that are left out are only ever missing while nothing can read them: before
 * anything that may run Python code or raise, the stack is *synced* (each borrowed entry gets
 * its reference and every entry is written to the frame, with LASTI and STACKTOP), and the
 * references are given back after it; a local is never stored over while an entry borrows it.
 *
 * A block longer than Jit.SEGMENT_CHARS goes on in segments, functions of their own that it
 * calls in turn (emitter-base.ts's Segment), and a text whose blocks are longer than
 * Jit.GROUP_CHARS together runs them in groups, functions of their own with a dispatch loop
 * each (block-groups.ts), so that TurboFan compiles it in parts.
 *
 * Leaving: the stack is synced at the instruction and the function returns; the eval loop
 * reloads its registers from the frame and runs that instruction. Nothing done here is undone:
 * an instruction leaves before its first effect, so the eval loop does it from the start.
 *
 * A loop's function is `(f, budget, th) => budget`: `f` the frame, at the loop's head with its
 * stack in the frame, `budget` the slice's check points left, `th` the running thread. Each
 * backward jump and native call is a check point as in the eval loop (the same count, the eval
 * breaker tested first); a check point that ends the slice returns 0 with the frame saved
 * where the eval loop goes on. Otherwise it returns the budget left, the frame saved likewise.
 */
import type { Runtime } from "../objects/runtime.js";
import { Code, codeInfo } from "../objects/code.js";
import type { FastTypes } from "../vm/fast-paths.js";
import { decode, endsBlock, isBackward, known, successors, type Instr } from "./bytecode.js";
import { BlockEmitter } from "./block-emitter.js";
import { COLD_EXIT_BLOCK, COLD_EXIT_EPILOGUE, COLD_EXIT_LOCALS, EXIT_LABEL, Inline, WARM_UP_FRAME, frameWordsText, type TypeHints } from "./emitter-base.js";
import { Op } from "../compile/opcodes.js";
import { Jit } from "./tier.js";
import { GROUP_RESULT_VARS, groupCallText, groupFunctionText, groupWarmUpText, planGroups } from "./block-groups.js";

export { Exit } from "./emitter-base.js";

export /** What the compiler needs from the runtime: the code's constants and the types the fast paths test. */
interface LoopCompileInput {
  readonly rt: Runtime;
  readonly ty: FastTypes;
  readonly code: number;
  /** The loop's head (a unit index) and the stack depth there; -1 for a whole function (compileFunction). */
  readonly head: number;
  readonly depth: number;
  /** Leave out the inline paths that only some loops need (two-digit ints): a shorter text. */
  readonly compact?: boolean;
  /**
   * Which of the inline paths that lengthen a text it has (emitter-base.ts's Inline; all of
   * them when absent): fewer, a shorter text.
   */
  readonly inline?: Inline;
  /**
   * Which loops inside the region (by head) run through their own compiled functions
   * (tier.ts's runCompiledLoop) rather than inline: a shorter text, which V8 compiles sooner.
   */
  readonly outline?: (head: number) => boolean;
  /**
   * The locals' values in the frame the text is compiled for: a hint for which inline paths
   * to write (emitter-base.ts's TypeHints). None: no hints.
   */
  readonly seen?: SeenLocals;
  /** Characters of a block's text after which the rest goes into segments (Jit.SEGMENT_CHARS); 0: none. */
  readonly segmentChars?: number;
  /** Characters of the blocks' texts over which they are written in groups (Jit.GROUP_CHARS); 0: never. */
  readonly groupChars?: number;
}

export /** Per local: the type of its value (0: unbound), and whether it is a small int (tier.ts's localTypes). */
interface SeenLocals {
  readonly types: readonly number[];
  readonly small: readonly boolean[];
}


/**
 * Compile the loop of `input.code` at `input.head`: the units from the head to the last
 * backward jump to it (a loop's body, with the loops inside it; CPython's compiler lays a loop
 * out so). A path that leaves them leaves the function, for the eval loop to go on there.
 * Returns the factory text for tier.ts, or null when the compiler cannot take the loop (stack
 * depths that disagree, which the compiler's output does not have).
 */
export function compileLoop(input: LoopCompileInput): string | null {
  const { rt, code, head } = input;
  const instrs = decode(codeInfo(rt, code).data.code);
  let end = -1;
  for (const ins of instrs.values()) {
    if (ins.start > head && isBackward(ins) && ins.next - ins.arg === head) end = Math.max(end, ins.start);
  }
  if (end < 0) return null;
  return compileRegion(input, instrs, end, false);
}

/**
 * Compile a whole function: `(f, th) => value`, the frame just pushed; it returns the
 * function's value (a new reference) with the frame released and popped, or Exit.LEFT with
 * the frame saved for the eval loop to finish (and, when a compiled callee left, the callees'
 * frames above it: tier.ts's callFunction). Its calls and backward jumps are check points
 * on the budget the tier shares in `bud[0]`, as the eval loop's are.
 * Null when the code is not a plain function's (a generator's or a coroutine's).
 */
export function compileFunction(
  rt: Runtime, ty: FastTypes, code: number, inline = Inline.ALL, seen?: SeenLocals, outline?: (head: number) => boolean,
  segmentChars: number = Jit.SEGMENT_CHARS, groupChars: number = Jit.GROUP_CHARS,
): string | null {
  const info = codeInfo(rt, code);
  if ((info.data.flags & NOT_PLAIN) !== 0) return null;
  return compileRegion({ rt, ty, code, head: 0, depth: 0, inline, seen, outline, segmentChars, groupChars }, decode(info.data.code), info.data.code.length - 1, true);
}

/** co_flags' CO_VARARGS and CO_VARKEYWORDS: a parameter each. */
const VARARGS = 0x04, VARKEYWORDS = 0x08;

/** A code's parameters (positional, keyword-only, *args, **kwargs): the first locals of its frames, bound when they start. */
export function parameterCount(rt: Runtime, code: number): number {
  const i32 = rt.i32;
  const flags = i32[(code + Code.FLAGS) >> 2];
  return i32[(code + Code.ARGCOUNT) >> 2] + i32[(code + Code.KWONLYARGCOUNT) >> 2] +
    ((flags & VARARGS) !== 0 ? 1 : 0) + ((flags & VARKEYWORDS) !== 0 ? 1 : 0);
}

/**
 * The compiler's knowledge of the locals of `code` (emitter-base.ts's TypeHints): the types in
 * `seen`, and which are parameters that no DELETE_FAST of the code unbinds (a frame's
 * parameters are bound when it starts).
 */
function typeHints(rt: Runtime, code: number, instrs: ReadonlyMap<number, Instr>, seen: SeenLocals | undefined): TypeHints {
  const nlocals = rt.i32[(code + Code.NLOCALSPLUS) >> 2];
  const params = parameterCount(rt, code);
  const alwaysBound = Array.from({ length: nlocals }, (_, k) => k < params);
  for (const ins of instrs.values()) if (ins.op === Op.DELETE_FAST) alwaysBound[ins.arg] = false;
  return {
    seen: Array.from({ length: nlocals }, (_, k) => seen?.types[k] ?? 0),
    small: Array.from({ length: nlocals }, (_, k) => seen?.small[k] === true),
    alwaysBound,
  };
}

/**
 * The outermost loops inside the units (head, end] that `chosen` takes: each one's head and
 * its last backward jump (a loop's units are its head to its last backward jump, as CPython's
 * compiler lays loops out).
 */
function innerLoops(instrs: ReadonlyMap<number, Instr>, head: number, end: number, chosen: (head: number) => boolean): Map<number, number> {
  const ends = new Map<number, number>();
  for (const ins of instrs.values()) {
    const target = ins.next - ins.arg;
    if (ins.start > head && ins.start <= end && isBackward(ins) && target > head) ends.set(target, Math.max(ends.get(target) ?? 0, ins.start));
  }
  const outer = new Map<number, number>();
  for (const [h, e] of ends) if (chosen(h) && ![...ends].some(([h2, e2]) => h2 < h && e2 >= e)) outer.set(h, e);
  return outer;
}

/**
 * The backward jumps' ranges of blocks, [target's block, jump's block], for planGroups: a
 * jump's block is the last of `order` (the blocks' units, ascending) at or before it.
 */
function blockLoops(
  instrs: ReadonlyMap<number, Instr>, depthAt: ReadonlyMap<number, number>, order: readonly number[], blockNumber: ReadonlyMap<number, number>,
): Array<[number, number]> {
  const loops: Array<[number, number]> = [];
  for (const at of depthAt.keys()) {
    const ins = instrs.get(at)!;
    if (!isBackward(ins)) continue;
    const target = blockNumber.get(ins.next - ins.arg);
    let from = -1;
    for (let i = 0; i < order.length && order[i]! <= at; i++) from = i;
    if (target !== undefined && from >= target) loops.push([target, from]);
  }
  return loops;
}

/** Generators, coroutines and their kind: their frames are the eval loop's. */
const NOT_PLAIN = 0x20 | 0x80 | 0x100 | 0x200;

/** The units [head, end] compiled, as a loop or (`whole`) as a function. */
function compileRegion(input: LoopCompileInput, instrs: ReadonlyMap<number, Instr>, end: number, whole: boolean): string | null {
  const { rt, ty, code, head, depth } = input;
  // Pass 1: the instructions of the region reachable from the head through known
  // instructions, their depths, and the blocks (the head, each jump target, each fall-through
  // after a branch).
  const depthAt = new Map<number, number>();
  const blockStarts = new Set<number>([head]);
  const work: Array<[number, number]> = [[head, depth]];
  while (work.length > 0) {
    const [at, d] = work.pop()!;
    if (at < head || at > end) continue;
    const seen = depthAt.get(at);
    if (seen !== undefined) {
      if (seen !== d) return null;
      continue;
    }
    const ins = instrs.get(at);
    if (ins === undefined || d < 0) return null;
    depthAt.set(at, d);
    if (!known(ins.op)) continue;
    const next = successors(ins, d);
    if (endsBlock(ins.op)) for (const [target] of next) blockStarts.add(target);
    for (const s of next) work.push(s);
  }
  let maxDepth = 0;
  for (const d of depthAt.values()) maxDepth = Math.max(maxDepth, d + 3);
  const inner = input.outline !== undefined ? innerLoops(instrs, head, end, input.outline) : new Map<number, number>();
  const outlined = (at: number): boolean => [...inner].some(([h, e]) => at > h && at <= e);
  const order = [...blockStarts].filter((at) => depthAt.has(at) && !outlined(at)).sort((a, b) => a - b);
  const blockNumber = new Map(order.map((at, i) => [at, i]));
  const consts = rt.i32[(code + Code.CONSTS) >> 2];
  // The blocks' texts (`case` by `case`), each written for the function of its group (none:
  // all in the text's own function).
  const writeBlocks = (groupOf: readonly number[] | null): { gen: BlockEmitter; texts: string[] } => {
    const gen = new BlockEmitter(
      rt, ty, code, consts, blockNumber, depthAt, whole, input.compact === true, whole ? -1 : head, input.inline ?? Inline.ALL,
      typeHints(rt, code, instrs, input.seen), input.segmentChars ?? Jit.SEGMENT_CHARS,
    );
    gen.groupOf = groupOf;
    const texts: string[] = [];
    for (const at of order) {
      gen.currentGroup = groupOf?.[blockNumber.get(at)!] ?? 0;
      const innerEnd = inner.get(at);
      if (innerEnd === undefined) {
        texts.push(gen.block(at, instrs, blockStarts));
        continue;
      }
      // An inner loop run by its own function: where it may leave its units [at, innerEnd] for
      // a block of this region, with the stack depth there.
      const exits = new Map<number, number>();
      for (const [u, d] of depthAt) {
        const ins = instrs.get(u)!;
        if (u < at || u > innerEnd || !known(ins.op)) continue;
        for (const [target, dt] of successors(ins, d)) if ((target < at || target > innerEnd) && blockNumber.has(target)) exits.set(target, dt);
      }
      texts.push(gen.innerLoopBlock(at, exits));
    }
    return { gen, texts };
  };
  let { gen, texts } = writeBlocks(null);
  // A long text is written again in groups (block-groups.ts), each block for its group's function.
  const groupOf = planGroups(texts.map((t) => t.length), blockLoops(instrs, depthAt, order, blockNumber), input.groupChars ?? Jit.GROUP_CHARS);
  if (groupOf !== null) ({ gen, texts } = writeBlocks(groupOf));
  const groupAt = (n: number): number => groupOf?.[n] ?? 0;
  // A block whose last statement goes to the next block of its function falls through into
  // it: the switch's dispatch is for jumps and backward jumps only.
  for (let i = 0; i + 1 < texts.length; i++) {
    const jump = `\nblk = ${i + 1}; continue;\n}`;
    if (groupAt(i) === groupAt(i + 1) && texts[i]!.endsWith(jump) && texts[i + 1]!.startsWith(`case ${i + 1}: {`)) texts[i] = texts[i]!.slice(0, -jump.length) + "\n}";
  }
  const blocks = texts.filter((_, i) => groupAt(i) === 0);
  const groupFunctions: string[] = [];
  const groupWarmUps: string[] = [];
  const groups = groupOf === null ? 1 : Math.max(...groupOf) + 1;
  for (let g = 1; g < groups; g++) {
    const numbers = order.map((_, i) => i).filter((i) => groupAt(i) === g);
    const depthIn = Math.max(...numbers.map((i) => depthAt.get(order[i]!)!));
    const shield: [string, string] = whole ? ["", ""] : [OSR_SHIELD_OPEN, OSR_SHIELD_CLOSE];
    groupFunctions.push(groupFunctionText(rt, code, g, whole, numbers.map((i) => texts[i]!), depthIn, maxDepth, shield));
    blocks.push(groupCallText(g, whole, numbers, depthIn, gen.groupExitDepth[g] ?? 0));
    groupWarmUps.push(groupWarmUpText(g, whole, depthIn));
  }
  const stackVars = Array.from({ length: maxDepth }, (_, i) => `s${i}`);
  // The function is returned in parentheses: V8 then compiles it with the factory that
  // `new Function` makes (tier.ts's instantiate), instead of pre-parsing it there and parsing
  // it again whole at its first call. A text is parsed once: 2-4 ms less of a program's
  // first run (comprehensions' 28 texts, 182 KB: 16.2 -> 12.2 ms).
  const loads = Array.from({ length: depth }, (_, j) => `s${j} = i32[sb + ${2 * j}];`).join(" ");
  // (Each segment and group is warmed up too, with the frame that sends it to its epilogue.)
  const warmUps = [...gen.segments.map((s) => `${s.name}(f, 0, th${", 0".repeat(s.depthIn)});`), ...groupWarmUps].join(" ");
  return `"use strict";
${groupOf === null ? "" : `${GROUP_RESULT_VARS}\n`}${gen.segments.map((s) => s.text).join("\n")}
${groupFunctions.join("\n")}
return (function ${whole ? "compiledFunction(f, th) {" : "compiledLoop(f, budget, th) {"}
${frameWordsText(rt, code)}
${warmUps === "" ? "" : `if (f === ${WARM_UP_FRAME}) { ${warmUps} }\n`}let ${stackVars.length > 0 ? stackVars.map((s) => `${s} = 0`).join(", ") + ", " : ""}blk = f === ${WARM_UP_FRAME} ? ${COLD_EXIT_BLOCK} : 0;
${COLD_EXIT_LOCALS}${whole ? "" : ` let part = ${Jit.CHUNK};`}
${loads}
${EXIT_LABEL}: { ${whole ? "" : OSR_SHIELD_OPEN}for (;;) {
switch (blk) {
${blocks.join("\n")}
case ${COLD_EXIT_BLOCK}: break ${EXIT_LABEL};
default: throw new Error("compiled loop: no block " + blk);
}
}${whole ? "" : OSR_SHIELD_CLOSE} }
${COLD_EXIT_EPILOGUE}
});`;
}

/**
 * Loops around a loop text's dispatch loop, each entered once a call and never repeated: its
 * backward jump then sits at loop depth 6. Why: V8 compiles a text that gets hot the ordinary
 * way first, and at the first interrupt tick after that code is installed, if the call that
 * runs the text is still going, it raises the function's on-stack-replacement urgency by one;
 * a backward jump at a depth below the urgency starts an OSR compilation. At depth 0 that is
 * at once, and the OSR code, ready tens of milliseconds later, is never entered: the call has
 * ended its part (Jit.CHUNK backward jumps) by then, and the next call runs the ordinary
 * code. The compiler thread spent that time on nothing while the functions queued behind it
 * ran unoptimised (`--trace-osr`: nbody 108 + 42 ms of OSR compilation, fannkuch 49, dict_str
 * 30 + 9, list_ops 27 + 21, int_loop 56 in four). At depth 6 the urgency must be raised six
 * times, a tick each, and with `--invocation-count-for-osr=2000` (scripts/build.mjs) a tick
 * comes about every 2,000 backward jumps of a text once it is compiled: more than a part.
 * (`blk |= 0`: V8 gives a loop whose head is its parent's head no backward jump of its own,
 * only a jump to the parent's.) A whole function's text keeps depth 0: one call of it may run
 * long, and OSR is then its only way to optimised code.
 */
const OSR_SHIELD_OPEN = "for (;;) { blk |= 0; ".repeat(6);
const OSR_SHIELD_CLOSE = " }".repeat(6);

