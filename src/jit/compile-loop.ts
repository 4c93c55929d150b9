/**
 * The loop compiler: a code object's hot loops as one JavaScript function (src/jit/tier.ts
 * says when). It reads the compiler's code units (not the eval loop's superinstructions) from
 * the loop heads it is given, follows every path through the instructions it knows, and ends
 * each path at the first instruction it does not know, or whose operands its fast paths do not
 * take, by leaving to the eval loop there.
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
 * Leaving: the stack is synced at the instruction and the function returns; the eval loop
 * reloads its registers from the frame and runs that instruction. Nothing done here is undone:
 * an instruction leaves before its first effect, so the eval loop does it from the start.
 *
 * The function `(f, budget) => budget`: `f` the frame, at the loop's head with its stack in the
 * frame, `budget` the slice's check points left. Each backward jump is a check point
 * as in the eval loop (the same count, the eval breaker tested first); a check point that ends
 * the slice returns 0 with the frame saved at the jump's target. Otherwise it returns the
 * budget left, with the frame saved where the eval loop goes on.
 */
import { BinaryOp, Op, stackEffect } from "../compile/opcodes.js";
import type { Runtime } from "../objects/runtime.js";
import { Code, codeInfo } from "../objects/code.js";
import { ListIter } from "../objects/list.js";
import { F } from "../vm/frame.js";
import { IC } from "../vm/inline-cache.js";
import { ManagedDict, Tp, TpFlag } from "../objects/layout.js";
import { CONSTRUCTED } from "../vm/construct.js";
import { Keys } from "../objects/dict-keys.js";
import { Compare, Layout, SmallInt } from "../vm/loop-constants.js";
import type { FastTypes } from "../vm/fast-paths.js";

/** Layout words the generated code reads, as numbers in its text. */
const enum W {
  FLOAT_VALUE = 16,
  /** One int digit: 2**30. */
  DIGIT_BASE = 1073741824,
  /** newUncachedInt's request for an int of one or two digits. */
  INT_BLOCK = 32,
  /** A second digit below this keeps a two-digit int below 2**53. */
  DIGIT1_EXACT = 8388608,
  /** cell.ob_ref */
  CELL_REF = 16,
}

/** One instruction of the compiler's units: `start` its first unit (an EXTENDED_ARG prefix's), `at` its opcode's. */
interface Instr {
  readonly start: number;
  readonly at: number;
  readonly op: number;
  readonly arg: number;
  /** The unit after the opcode's: where it falls through and relative jumps count from. */
  readonly next: number;
}

/** A value stack entry while a block is compiled. */
interface Entry {
  /** The JavaScript expression of its address: a variable or a number. */
  readonly v: string;
  /** Whether the stack holds a reference to it (else a local or a constant keeps it alive). */
  owned: boolean;
  /** The local it was loaded from, when borrowed from one; -1 otherwise. */
  readonly local: number;
  /** The value, when it is a constant int of one digit (else NaN). */
  readonly intValue: number;
  /** PUSH_NULL's entry. */
  readonly isNull: boolean;
  /** The type, when it is a constant (else 0). */
  readonly constType: number;
  /** LOAD_METHOD's first result, NULL at times (only CALL takes it). */
  readonly nullable?: boolean;
  /** A BINARY_OP's result: often a float that dies at once (release() frees it inline). */
  readonly numeric?: boolean;
}

/** What the compiler needs from the runtime: the code's constants and the types the fast paths test. */
export interface LoopCompileInput {
  readonly rt: Runtime;
  readonly ty: FastTypes;
  readonly code: number;
  /** The loop's head (a unit index) and the stack depth there; -1 for a whole function (compileFunction). */
  readonly head: number;
  readonly depth: number;
  /** Leave out the inline paths that only some loops need (two-digit ints): a shorter text. */
  readonly compact?: boolean;
}

/** The instructions the compiler translates (others end the path: the eval loop runs them). */
function known(op: number): boolean {
  switch (op) {
    case Op.NOP: case Op.RESUME: case Op.POP_TOP: case Op.PUSH_NULL: case Op.COPY: case Op.SWAP:
    case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.STORE_FAST: case Op.LOAD_GLOBAL:
    case Op.UNARY_NOT: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP:
    case Op.BINARY_SUBSCR: case Op.STORE_SUBSCR: case Op.UNPACK_SEQUENCE:
    case Op.FOR_ITER: case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
    case Op.LOAD_DEREF: case Op.STORE_DEREF: case Op.LOAD_ATTR: case Op.STORE_ATTR: case Op.LOAD_METHOD:
    case Op.KW_NAMES: case Op.CALL: case Op.UNARY_POSITIVE: case Op.UNARY_NEGATIVE: case Op.UNARY_INVERT:
    case Op.CONTAINS_OP: case Op.GET_ITER: case Op.BUILD_TUPLE: case Op.BUILD_LIST:
    case Op.LIST_APPEND: case Op.SET_ADD: case Op.MAP_ADD:
    case Op.BUILD_SLICE: case Op.BUILD_SET: case Op.BUILD_MAP: case Op.BUILD_CONST_KEY_MAP: case Op.BUILD_STRING:
    case Op.FORMAT_VALUE: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE: case Op.LIST_TO_TUPLE:
    case Op.DELETE_SUBSCR: case Op.STORE_GLOBAL: case Op.RETURN_VALUE:
      return true;
  }
  return false;
}

/** Decode the compiler's units into instructions, indexed by their first unit. */
function decode(units: Uint16Array): Map<number, Instr> {
  const out = new Map<number, Instr>();
  for (let i = 0; i < units.length; ) {
    const start = i;
    let op = units[i] & 0xff;
    let arg = units[i] >> 8;
    while (op === Op.EXTENDED_ARG && i + 1 < units.length) {
      i++;
      op = units[i] & 0xff;
      arg = (arg << 8) | (units[i] >> 8);
    }
    out.set(start, { start, at: i, op, arg, next: i + 1 });
    i++;
  }
  return out;
}

/** The units an instruction may go to next, with the stack depth there, given `depth` before it. */
function successors(ins: Instr, depth: number): Array<[number, number]> {
  const { op, arg, next } = ins;
  switch (op) {
    case Op.JUMP_FORWARD: return [[next + arg, depth]];
    case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: return [[next - arg, depth]];
    case Op.POP_JUMP_FORWARD_IF_FALSE: case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_FORWARD_IF_NONE: case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
      return [[next, depth - 1], [next + arg, depth - 1]];
    case Op.POP_JUMP_BACKWARD_IF_FALSE: case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_NONE: case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return [[next, depth - 1], [next - arg, depth - 1]];
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return [[next, depth - 1], [next + arg, depth]];
    case Op.FOR_ITER: return [[next, depth + 1], [next + arg, depth - 1]];
    case Op.RETURN_VALUE: return [];
  }
  return [[next, depth + effect(ins)]];
}

/** The stack effect of a straight-line instruction the compiler knows. */
function effect(ins: Instr): number {
  return stackEffect(ins.op, ins.arg, false);
}

function isBranch(op: number): boolean {
  return op >= Op.POP_JUMP_FORWARD_IF_FALSE && op <= Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
}

/** Ends its block: nothing runs after it in the same block. */
function endsBlock(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
    isBranch(op) || op === Op.FOR_ITER || op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP;
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
 * Compile a whole function that has no loop and no call (so that, run to its end by the eval
 * loop after an exit, it passes no check point): `(f, th) => value`, the frame just pushed;
 * it returns the function's value (a new reference) with the frame released and popped, or
 * Exit.LEFT with the frame saved for the eval loop to finish (tier.ts's runCompiledCall).
 * Null when the code has a loop, a call, cells or free variables, or is not a plain function.
 */
export function compileFunction(rt: Runtime, ty: FastTypes, code: number): string | null {
  const info = codeInfo(rt, code);
  if ((info.data.flags & NOT_PLAIN) !== 0 || info.ncells !== 0 || info.nfrees !== 0) return null;
  const instrs = decode(info.data.code);
  for (const ins of instrs.values()) {
    if (isBackward(ins) || ins.op === Op.CALL || ins.op === Op.CALL_FUNCTION_EX) return null;
  }
  return compileRegion({ rt, ty, code, head: 0, depth: 0 }, instrs, info.data.code.length - 1, true);
}

/** What a compiled function returns when it left its frame for the eval loop. */
export const enum Exit {
  LEFT = -1,
}

/** Generators, coroutines and their kind: their frames are the eval loop's. */
const NOT_PLAIN = 0x20 | 0x80 | 0x100 | 0x200;

function isBackward(ins: Instr): boolean {
  return ins.op === Op.JUMP_BACKWARD || ins.op === Op.JUMP_BACKWARD_NO_INTERRUPT || (isBranch(ins.op) && ins.op >= Op.POP_JUMP_BACKWARD_IF_FALSE);
}

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
  const order = [...blockStarts].filter((at) => depthAt.has(at)).sort((a, b) => a - b);
  const blockNumber = new Map(order.map((at, i) => [at, i]));
  const consts = rt.i32[(code + Code.CONSTS) >> 2];
  const gen = new BlockEmitter(rt, ty, code, consts, blockNumber, depthAt, whole, input.compact === true);
  const blocks: string[] = [];
  for (const at of order) blocks.push(gen.block(at, instrs, blockStarts));
  const stackVars = Array.from({ length: maxDepth }, (_, i) => `s${i}`);
  const loads = Array.from({ length: depth }, (_, j) => `s${j} = i32[sb + ${2 * j}];`).join(" ");
  return `"use strict";
${syncFunctionText(rt.i32[(code + Code.NLOCALSPLUS) >> 2])}
return function ${whole ? "compiledFunction(f, th) {\nlet budget = 0;" : "compiledLoop(f, budget, th) {"}
const i32 = rt.i32;
const f64 = rt.f64;
const lp = (f + ${F.HEADER}) >> 2;
const sb = (lp + ${2 * rt.i32[(code + Code.NLOCALSPLUS) >> 2]}) | 0;
let ${stackVars.length > 0 ? stackVars.map((s) => `${s} = 0`).join(", ") + ", " : ""}blk = 0;
${loads}
for (;;) {
switch (blk) {
${blocks.join("\n")}
default: throw new Error("compiled loop: no block " + blk);
}
}
};`;
}

/** Emits the text of blocks; one per compiled function. */
class BlockEmitter {
  private temp = 0;
  /** The KW_NAMES tuple for the next CALL, or 0, and its instruction (where the CALL leaves: the eval loop must see it). */
  private kwnames = 0;
  private kwnamesAt: Instr | null = null;
  private out: string[] = [];
  private vs: Entry[] = [];

  constructor(
    private readonly rt: Runtime,
    private readonly ty: FastTypes,
    private readonly code: number,
    private readonly consts: number,
    private readonly blockNumber: ReadonlyMap<number, number>,
    private readonly depthAt: ReadonlyMap<number, number>,
    /** A whole function (compileFunction): exits return Exit.LEFT, and RETURN_VALUE returns. */
    private readonly whole: boolean,
    /** LoopCompileInput.compact. */
    private readonly compact: boolean,
  ) {}

  block(start: number, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): string {
    const depth = this.depthAt.get(start);
    this.out = [];
    this.vs = [];
    if (depth === undefined) return "";
    for (let j = 0; j < depth; j++) this.vs.push(ownedVar(`s${j}`));
    let at = start;
    for (;;) {
      const ins = instrs.get(at)!;
      if (!known(ins.op)) {
        this.exitAt(ins);
        break;
      }
      const fused = this.instruction(ins, instrs, blockStarts);
      if (fused === -1) break;
      at = fused;
      if (blockStarts.has(at) || !this.depthAt.has(at)) {
        // (The next unit begins another block, or is outside the loop: goto leaves there.)
        this.goto(at);
        break;
      }
    }
    return `case ${this.blockNumber.get(start)}: {\n${this.out.join("\n")}\n}`;
  }

  // ── entries ──
  private fresh(prefix = "t"): string {
    return `${prefix}${this.temp++}`;
  }
  private emit(line: string): void {
    this.out.push(line);
  }
  private push(e: Entry): void {
    this.vs.push(e);
  }
  private pop(): Entry {
    return this.vs.pop()!;
  }
  /** The stack gets its own reference to `e` (the emitted increment, if it was borrowed). */
  private own(e: Entry): void {
    if (!e.owned && !e.isNull) this.emit(`i32[${e.v} >> 2]++;`);
    e.owned = true;
  }
  /** Release the stack's reference to `e`, if it owns one. */
  private release(e: Entry): void {
    if (!e.owned || e.isNull) return;
    if (e.nullable) this.emit(`if (${e.v} !== 0) {`);
    this.decref(e.v, e.numeric === true);
    if (e.nullable) this.emit(`}`);
  }

  /**
   * The text that sets `target` to a new reference to the int `value` (a JavaScript variable,
   * an integer within 2**53) in a block of `block` digits (0: the exact size), or to 0 when the
   * heap is full: as the eval loop's newUncachedInt and newIntInBlock, written out here (a call
   * would box a double argument in a JavaScript heap number).
   */
  private newIntText(target: string, value: string, block: string): string {
    // (In a compact text, a call: a double argument may be boxed, but the text is shorter.)
    if (this.compact) return `${target} = newInt(rt, ty, ${value}, ${block});`;
    // (The value goes to intBlock in parts below 2**30: numbers a call can take unboxed.)
    return `if (${value} >= ${SmallInt.MIN} && ${value} <= ${SmallInt.MAX}) { ${target} = smallInts[${value} - ${SmallInt.MIN}]; i32[${target} >> 2]++; } ` +
      `else { const a = ${value} < 0 ? -${value} : ${value}; const high = Math.floor(a / ${W.DIGIT_BASE}); ` +
      `${target} = intBlock(${value} < 0, a - high * ${W.DIGIT_BASE}, high, ${block}); }`;
  }

  /**
   * The text that sets `target` to a new float of value `value` (a JavaScript variable), or to
   * 0 when the heap is full: float's free list first, as the eval loop's newFloatFast, written
   * out here (a call would box the double argument in a JavaScript heap number).
   */
  private newFloatText(target: string, value: string): string {
    return `let o = free.floatHead; if (o !== 0) { free.floatHead = i32[(o + ${Layout.TYPE}) >> 2]; free.floatCount--; } else o = floatBlock(rt); ` +
      `if (o !== 0) { i32[o >> 2] = 1; i32[(o + ${Layout.TYPE}) >> 2] = ${this.ty.float}; f64[(o + ${W.FLOAT_VALUE}) >> 3] = ${value}; } ${target} = o;`;
  }
  /**
   * Decrement `v`'s count and deallocate it at zero. A deallocation may run Python code
   * (`__del__`), which could look at counts: the borrowed entries get their references for it.
   */
  private decref(v: string, numeric = false): void {
    // A float or int that dies (an operation's result, a local's old value) is freed here, as
    // deallocFast does (no Python code runs for it): a float to float's free list while it has
    // room, an int's block to the heap.
    const toFreeList = numeric
      ? `if (i32[(${v} + ${Layout.TYPE}) >> 2] === ${this.ty.float} && free.floatCount < ${FLOAT_FREE_MAX}) { ` +
        `i32[(${v} + ${Layout.TYPE}) >> 2] = free.floatHead; free.floatHead = ${v}; free.floatCount++; } ` +
        `else if (i32[(${v} + ${Layout.TYPE}) >> 2] === ${this.ty.int}) freeInt(${v}); else `
      : "";
    const borrowed = this.vs.filter((e) => !e.owned && !e.isNull);
    if (borrowed.length === 0) {
      this.emit(`if (--i32[${v} >> 2] === 0) { ${toFreeList}D(${v}); }`);
      return;
    }
    const inc = borrowed.map((e) => `i32[${e.v} >> 2]++;`).join(" ");
    const dec = borrowed.map((e) => `i32[${e.v} >> 2]--;`).join(" ");
    this.emit(`if (--i32[${v} >> 2] === 0) { ${toFreeList}{ ${inc} D(${v}); ${dec} } }`);
  }

  /**
   * The text that writes the stack (every entry owned) and the frame's LASTI and STACKTOP: a
   * call of the function's `S` (its text is in compileLoops) for stacks it takes.
   */
  private syncText(lasti: number): string {
    if (this.vs.length <= SYNC_ARGS) {
      let mask = 0;
      this.vs.forEach((e, j) => {
        if (!e.owned && !e.isNull) mask |= 1 << j;
      });
      return `S(f, ${lasti}, ${this.vs.length}, ${mask}${this.vs.map((e) => `, ${e.v}`).join("")});`;
    }
    const parts: string[] = [];
    this.vs.forEach((e, j) => {
      if (!e.owned && !e.isNull) parts.push(`i32[${e.v} >> 2]++;`);
      parts.push(`i32[sb + ${2 * j}] = ${e.v};`);
    });
    parts.push(`i32[(f + ${F.LASTI}) >> 2] = ${lasti};`, `i32[(f + ${F.STACKTOP}) >> 2] = ${this.vs.length};`);
    return parts.join(" ");
  }
  /** Undo syncText's increments of the borrowed entries (after a call that returned). */
  private unsyncText(): string {
    return this.vs.filter((e) => !e.owned && !e.isNull).map((e) => `i32[${e.v} >> 2]--;`).join(" ");
  }
  /** Leave to the eval loop at `ins` (nothing of it done), with the stack as it is now. */
  private exitText(ins: Instr): string {
    return `{ ${this.syncText(ins.start - 1)} J.exits++; return ${this.whole ? Exit.LEFT : "budget"}; }`;
  }

  /**
   * After something that may have run Python code: if it started tracemalloc, leave at the
   * unit `resume` (the stack as it is now), since an allocation's traceback needs LASTI, which
   * only the eval loop keeps at every instruction.
   */
  private tracingExit(resume: number): void {
    this.emit(`if (rt.heap.tracer !== null) { ${this.syncText(resume - 1)} return ${this.whole ? Exit.LEFT : "budget"}; }`);
  }

  private exitAt(ins: Instr): void {
    this.emit(this.exitText(ins));
  }

  /** End the block: the stack in s0, s1, ... (owned), then on to the block at `target`. */
  private flush(): void {
    // (On copies: a flush inside one arm of a branch leaves the entries of the other as they were.)
    this.vs = this.vs.map((e) => ({ ...e }));
    const moves: Array<[number, string]> = [];
    this.vs.forEach((e, j) => {
      this.own(e);
      if (e.v !== `s${j}`) moves.push([j, e.v]);
    });
    if (moves.length === 1) this.emit(`s${moves[0][0]} = ${moves[0][1]};`);
    else if (moves.length > 1) {
      const tmps = moves.map(([, v]) => {
        const t = this.fresh("m");
        this.emit(`const ${t} = ${v};`);
        return t;
      });
      moves.forEach(([j], i) => this.emit(`s${j} = ${tmps[i]};`));
    }
    this.vs = this.vs.map((_, j) => ownedVar(`s${j}`));
  }
  /** Go on at `target` (the stack flushed): its block, or, outside the loop, the eval loop there. */
  private jumpText(target: number): string {
    const n = this.blockNumber.get(target);
    if (n !== undefined) return `blk = ${n}; continue;`;
    return `{ ${this.syncText(target - 1)} return budget; }`;
  }
  private goto(target: number): void {
    this.flush();
    this.emit(this.jumpText(target));
  }
  /** A backward jump: the check point (the eval loop's: it ends the slice at the target), then the jump. */
  private backTo(target: number): void {
    this.flush();
    const saved = this.vs.map((e, j) => `i32[sb + ${2 * j}] = ${e.v};`).join(" ");
    this.emit(
      `if (vm.breaker !== 0 || --budget <= 0) { ${saved} i32[(f + ${F.LASTI}) >> 2] = ${target - 1}; ` +
      `i32[(f + ${F.STACKTOP}) >> 2] = ${this.vs.length}; return 0; }`,
    );
    this.emit(this.jumpText(target));
  }

  /** The value of a one-digit int entry, or the text that reads it (the caller tests the type and size). */
  private intValueText(e: Entry): string {
    if (e.intValue === e.intValue) return `(${e.intValue})`;
    return `(i32[(${e.v} + ${Layout.SIZE}) >> 2] * i32[(${e.v} + ${Layout.INT_DIGIT0}) >> 2])`;
  }
  /** The test that `e` is an exact int of at most two digits whose value is below 2**53. */
  private twoDigitTest(e: Entry): string {
    if (e.intValue === e.intValue) return "true";
    if (e.constType !== 0) return "false";
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${this.ty.int} && ((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 2) >>> 0) <= 4 && ` +
      `(((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 1) >>> 0) <= 2 || i32[(${e.v} + ${Layout.INT_DIGIT0 + 4}) >> 2] < ${W.DIGIT1_EXACT})`;
  }
  /** The value of an int that twoDigitTest passed. */
  private twoDigitValueText(e: Entry): string {
    if (e.intValue === e.intValue) return `(${e.intValue})`;
    const size = `i32[(${e.v} + ${Layout.SIZE}) >> 2]`;
    const d0 = `i32[(${e.v} + ${Layout.INT_DIGIT0}) >> 2]`;
    const d1 = `i32[(${e.v} + ${Layout.INT_DIGIT0 + 4}) >> 2]`;
    return `(((${size} + 1) >>> 0) <= 2 ? ${size} * ${d0} : (${size} < 0 ? -1 : 1) * (${d0} + ${d1} * ${W.DIGIT_BASE}))`;
  }

  /** The test that `e` is an exact int of at most one digit. */
  private oneDigitTest(e: Entry): string {
    if (e.intValue === e.intValue) return "true";
    if (e.constType !== 0) return "false";
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${this.ty.int} && ((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 1) >>> 0) <= 2`;
  }

  /**
   * Run an instruction on the frame's stack: the stack is synced (LASTI at `at`), `call` runs,
   * then the entries below `keep` are as before (their references given back) and the frame's
   * words [keep, depth) become the entries from there, owned, in fresh variables. Returns their names.
   */
  private onFrame(at: number, call: string, keep: number, depth: number): string[] {
    this.emit(`${this.syncText(at)} ${call}`);
    this.emit(this.vs.slice(0, keep).filter((e) => !e.owned && !e.isNull).map((e) => `i32[${e.v} >> 2]--;`).join(" "));
    this.vs.length = keep;
    const names: string[] = [];
    for (let j = keep; j < depth; j++) {
      const t = this.fresh("h");
      this.emit(`const ${t} = i32[sb + ${2 * j}];`);
      names.push(t);
      this.push(ownedVar(t));
    }
    return names;
  }

  /** The eval loop's general path for `ins` (execSlow), on the frame's stack; `nIn` operands become `nOut` results. */
  private general(ins: Instr, nIn: number, nOut: number): string[] {
    const d = this.vs.length;
    return this.onFrame(ins.at, `execSlow(vm, th, f, sb + ${2 * d}, ${ins.op}, ${ins.arg}, 0);`, d - nIn, d - nIn + nOut);
  }

  /**
   * A fast path in JavaScript with the general path as its fallback: `fast` (text) sets
   * `result` (declared here, 0) when it applies; then the operands are released there, or else
   * the general path runs and its result is read into `result`. The instruction's `nIn`
   * operands become one result.
   */
  private fastOrGeneral(ins: Instr, nIn: number, result: string, fast: string[]): void {
    this.emit(`let ${result} = 0;`);
    for (const line of fast) this.emit(line);
    const operands = this.vs.slice(this.vs.length - nIn);
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${result} !== 0) {`);
    this.vs.length -= nIn;
    for (const e of operands) this.release(e);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    const [r] = this.general(ins, nIn, 1);
    this.emit(`${result} = ${r};`);
    this.tracingExit(ins.next);
    this.emit(`}`);
    this.vs = saved.slice(0, saved.length - nIn);
    this.push(ownedVar(result));
  }

  /**
   * Emit `ins`; returns the unit the block goes on at, or -1 when the block ended (a jump,
   * a branch, an exit). `instrs` and `blockStarts` let a COMPARE_OP take the branch after it.
   */
  private instruction(ins: Instr, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): number {
    const { op, arg, next } = ins;
    const i32 = this.rt.i32;
    const ty = this.ty;
    switch (op) {
      case Op.NOP:
      case Op.RESUME:
        return next;
      case Op.POP_TOP:
        this.release(this.pop());
        return next;
      case Op.PUSH_NULL:
        this.push(nullEntry());
        return next;
      case Op.COPY: {
        const e = this.vs[this.vs.length - arg];
        if (e.owned && !e.isNull) {
          this.emit(`i32[${e.v} >> 2]++;`);
          this.push(ownedVar(e.v));
        } else this.push({ ...e });
        return next;
      }
      case Op.SWAP: {
        const top = this.vs.length - 1;
        const other = this.vs.length - arg;
        [this.vs[top], this.vs[other]] = [this.vs[other], this.vs[top]];
        return next;
      }
      case Op.LOAD_CONST: {
        const c = i32[(this.consts + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
        const size = i32[(c + Layout.SIZE) >> 2];
        const oneDigit = i32[(c + Layout.TYPE) >> 2] === ty.int && size >= -1 && size <= 1;
        this.push({
          v: String(c), owned: false, local: -1, intValue: oneDigit ? size * i32[(c + Layout.INT_DIGIT0) >> 2] : NaN, isNull: false,
          constType: i32[(c + Layout.TYPE) >> 2],
        });
        return next;
      }
      case Op.LOAD_FAST: {
        const t = this.fresh();
        this.emit(`const ${t} = i32[lp + ${2 * arg}];`);
        this.emit(`if (${t} === 0) ${this.exitText(ins)}`);
        this.push({ v: t, owned: false, local: arg, intValue: NaN, isNull: false, constType: 0 });
        return next;
      }
      case Op.STORE_FAST: {
        const e = this.pop();
        this.own(e);
        // An entry borrowed from this local loses it: it gets its own reference first.
        for (const other of this.vs) if (!other.owned && other.local === arg) this.own(other);
        const old = this.fresh("o");
        this.emit(`const ${old} = i32[lp + ${2 * arg}]; i32[lp + ${2 * arg}] = ${e.v};`);
        this.emit(`if (${old} !== 0) {`);
        this.decref(old, !this.compact);
        this.emit(`}`);
        return next;
      }
      case Op.LOAD_DEREF: {
        // (Owned: a call made before its use could change the cell.)
        const t = this.fresh();
        this.emit(`const ${t} = i32[(i32[lp + ${2 * arg}] + ${W.CELL_REF}) >> 2];`);
        this.emit(`if (${t} === 0) ${this.exitText(ins)}`);
        this.emit(`i32[${t} >> 2]++;`);
        this.push(ownedVar(t));
        return next;
      }
      case Op.STORE_DEREF: {
        const e = this.pop();
        this.own(e);
        const cell = this.fresh("k");
        const old = this.fresh("o");
        this.emit(`const ${cell} = i32[lp + ${2 * arg}]; const ${old} = i32[(${cell} + ${W.CELL_REF}) >> 2]; i32[(${cell} + ${W.CELL_REF}) >> 2] = ${e.v};`);
        this.emit(`if (${old} !== 0) {`);
        this.decref(old);
        this.emit(`}`);
        return next;
      }
      case Op.LOAD_GLOBAL: {
        // The eval loop's inline cache (inline-cache.ts): the value while both dicts keep their
        // versions; else loadGlobal (which may raise NameError) fills it.
        const c = ins.at << IC.SHIFT;
        const v = this.fresh("g");
        const name = i32[(i32[(this.code + Code.NAMES) >> 2] + Layout.TUPLE_ITEMS + 8 * (arg >> 1)) >> 2];
        this.emit(
          `let ${v} = cache[${c + 2}]; const ${v}g = i32[(i32[(f + ${F.GLOBALS}) >> 2] + ${Layout.DICT_VERSION}) >> 2], ` +
          `${v}b = i32[(i32[(f + ${F.BUILTINS}) >> 2] + ${Layout.DICT_VERSION}) >> 2];`,
        );
        this.emit(
          `if (((cache[${c}] ^ ${v}g) | (cache[${c + 1}] ^ ${v}b) | (${v} === 0 ? 1 : 0)) !== 0) { ${this.syncText(ins.at)} ` +
          `${v} = loadGlobal(rt, i32[(f + ${F.GLOBALS}) >> 2], i32[(f + ${F.BUILTINS}) >> 2], ${name}); ` +
          `cache[${c}] = ${v}g; cache[${c + 1}] = ${v}b; cache[${c + 2}] = ${v}; ${this.unsyncText()} }`,
        );
        if (arg & 1) this.push(nullEntry());
        this.emit(`i32[${v} >> 2]++;`);
        this.push(ownedVar(v));
        return next;
      }
      case Op.LOAD_ATTR:
        this.loadAttr(ins);
        return next;
      case Op.STORE_ATTR:
        this.storeAttr(ins);
        return next;
      case Op.LOAD_METHOD:
        this.loadMethod(ins);
        return next;
      case Op.KW_NAMES:
        this.kwnames = i32[(this.consts + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
        this.kwnamesAt = ins;
        return next;
      case Op.CALL:
        this.call(ins);
        return next;
      case Op.UNARY_NOT: {
        const e = this.vs[this.vs.length - 1];
        const r = this.fresh("r");
        this.fastOrGeneral(ins, 1, r, [
          `if (${e.v} === ${ty.True}) ${r} = ${ty.False}; else if (${e.v} === ${ty.False}) ${r} = ${ty.True};`,
          `if (${r} !== 0) i32[${r} >> 2]++;`,
        ]);
        return next;
      }
      case Op.UNARY_POSITIVE:
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_INVERT:
        this.general(ins, 1, 1);
        return next;
      case Op.BINARY_OP: {
        const store = instrs.get(next);
        if (
          store !== undefined && store.op === Op.STORE_FAST && store.start === store.at && !blockStarts.has(next) &&
          (arg === BinaryOp.ADD || arg === BinaryOp.INPLACE_ADD)
        ) {
          return this.concatOrAdd(ins, store, instrs, blockStarts);
        }
        this.binaryOp(ins);
        return next;
      }
      case Op.COMPARE_OP: {
        const jump = instrs.get(next);
        if (jump !== undefined && jump.start === jump.at && !blockStarts.has(next) &&
          (jump.op === Op.POP_JUMP_FORWARD_IF_FALSE || jump.op === Op.POP_JUMP_FORWARD_IF_TRUE ||
           jump.op === Op.POP_JUMP_BACKWARD_IF_FALSE || jump.op === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
          this.branch(jump, this.compare(ins, jump));
          return -1;
        }
        const t = this.compare(ins, null);
        this.push(ownedVar(t));
        this.tracingExit(next);
        return next;
      }
      case Op.IS_OP: {
        const b = this.pop();
        const a = this.pop();
        const r = this.fresh("r");
        this.emit(`const ${r} = (${a.v} === ${b.v}) !== ${arg === 1} ? ${ty.True} : ${ty.False}; i32[${r} >> 2]++;`);
        this.release(a);
        this.release(b);
        this.push(ownedVar(r));
        return next;
      }
      case Op.CONTAINS_OP: {
        // `contains` may run Python code (__contains__, __eq__): synced for it.
        const b = this.vs[this.vs.length - 1];
        const a = this.vs[this.vs.length - 2];
        const r = this.fresh("r");
        this.emit(`${this.syncText(ins.at)} const ${r} = contains(rt, ${b.v}, ${a.v}) !== ${arg === 1} ? ${ty.True} : ${ty.False}; ${this.unsyncText()} i32[${r} >> 2]++;`);
        this.pop();
        this.pop();
        this.release(a);
        this.release(b);
        this.push(ownedVar(r));
        this.tracingExit(next);
        return next;
      }
      case Op.BINARY_SUBSCR: {
        const b = this.vs[this.vs.length - 1];
        const a = this.vs[this.vs.length - 2];
        const r = this.fresh("r");
        this.fastOrGeneral(ins, 2, r, [`${r} = fastSubscript(rt, ty, ${a.v}, ${b.v});`]);
        return next;
      }
      case Op.STORE_SUBSCR: {
        // (v container key --); the list takes its own reference to v. Released as the eval
        // loop releases them: the replaced item, the key, the container.
        const k = this.vs[this.vs.length - 1];
        const c = this.vs[this.vs.length - 2];
        const v = this.vs[this.vs.length - 3];
        const old = this.fresh("o");
        const saved = this.vs.map((e) => ({ ...e }));
        this.emit(`const ${old} = fastStoreSubscript(rt, ty, ${c.v}, ${k.v}, ${v.v});`);
        this.emit(`if (${old} !== 0) {`);
        this.vs.length -= 3;
        if (v.owned) this.emit(`i32[${v.v} >> 2]--;`);
        this.decref(old);
        this.release(k);
        this.release(c);
        this.emit(`} else {`);
        this.vs = saved.map((e) => ({ ...e }));
        this.general(ins, 3, 0);
        this.emit(`}`);
        this.vs = saved.slice(0, saved.length - 3);
        this.tracingExit(next);
        return next;
      }
      case Op.UNPACK_SEQUENCE: {
        const seq = this.vs[this.vs.length - 1];
        const items = this.fresh("u");
        const outs = Array.from({ length: arg }, () => this.fresh("p"));
        this.emit(`let ${outs.join(" = 0, ")} = 0;`);
        this.emit(
          `const ${items}t = i32[(${seq.v} + ${Layout.TYPE}) >> 2]; ` +
          `if ((${items}t === ${ty.tuple} || ${items}t === ${ty.list}) && i32[(${seq.v} + ${Layout.SIZE}) >> 2] === ${arg}) {`,
        );
        this.emit(`const ${items} = ${items}t === ${ty.tuple} ? (${seq.v} + ${Layout.TUPLE_ITEMS}) >> 2 : i32[(${seq.v} + ${Layout.LIST_ITEMS}) >> 2] >> 2;`);
        // The items are pushed last first: outs[0] is the top of the stack.
        for (let i = 0; i < arg; i++) this.emit(`${outs[arg - 1 - i]} = i32[${items} + ${2 * (arg - 1 - i)}]; i32[${outs[arg - 1 - i]} >> 2]++;`);
        const saved = this.vs.map((e) => ({ ...e }));
        this.vs.length -= 1;
        this.release(seq);
        this.emit(`} else {`);
        this.vs = saved.map((e) => ({ ...e }));
        const got = this.general(ins, 1, arg);
        got.forEach((t, j) => this.emit(`${outs[arg - 1 - j]} = ${t};`));
        this.emit(`}`);
        this.vs = saved.slice(0, saved.length - 1);
        for (let j = 0; j < arg; j++) this.push(ownedVar(outs[arg - 1 - j]));
        this.tracingExit(next);
        return next;
      }
      case Op.GET_ITER: {
        // getIter may run Python code (__iter__): synced for it.
        const x = this.vs[this.vs.length - 1];
        const r = this.fresh("r");
        this.emit(`${this.syncText(ins.at)} const ${r} = getIter(rt, ${x.v}); ${this.unsyncText()}`);
        this.pop();
        this.release(x);
        this.push(ownedVar(r));
        this.tracingExit(next);
        return next;
      }
      case Op.BUILD_TUPLE:
      case Op.BUILD_LIST: {
        // The new container takes the stack's references to its items; a failed allocation
        // (0) leaves, for the eval loop to raise MemoryError.
        const items = this.vs.slice(this.vs.length - arg);
        for (const e of items) this.own(e);
        const o = this.fresh("b");
        this.emit(`const ${o} = newContainer(rt, ${op === Op.BUILD_TUPLE}, ${arg}); if (${o} === 0) ${this.exitText(ins)}`);
        const base = op === Op.BUILD_TUPLE ? `(${o} + ${Layout.TUPLE_ITEMS}) >> 2` : `i32[(${o} + ${Layout.LIST_ITEMS}) >> 2] >> 2`;
        if (arg > 0) this.emit(`{ const w = ${base}; ${items.map((e, i) => `i32[w + ${2 * i}] = ${e.v}; i32[w + ${2 * i + 1}] = 0;`).join(" ")} }`);
        this.vs.length -= arg;
        this.push(ownedVar(o));
        return next;
      }
      case Op.LIST_APPEND:
      case Op.SET_ADD:
      case Op.MAP_ADD: {
        // The container takes the stack's references (popped first: on failure the call releases them).
        const n = op === Op.MAP_ADD ? 2 : 1;
        const top = this.vs.slice(this.vs.length - n);
        for (const e of top) this.own(e);
        this.vs.length -= n;
        const target = this.vs[this.vs.length - arg];
        const call = op === Op.LIST_APPEND
          ? `listAppendTakeRef(rt, ${target.v}, ${top[0].v});`
          : `dictSetItemTakeRefs(rt, ${target.v}, ${top[0].v}, ${n === 2 ? top[1].v : "0"});`;
        this.emit(`${this.syncText(ins.at)} ${call} ${this.unsyncText()}`);
        return next;
      }
      case Op.BUILD_SLICE:
      case Op.BUILD_SET:
      case Op.BUILD_MAP:
      case Op.BUILD_CONST_KEY_MAP:
      case Op.BUILD_STRING:
      case Op.FORMAT_VALUE:
      case Op.LIST_EXTEND:
      case Op.SET_UPDATE:
      case Op.DICT_UPDATE:
      case Op.LIST_TO_TUPLE:
      case Op.DELETE_SUBSCR:
      case Op.STORE_GLOBAL: {
        // The general path, on the frame's stack: every entry there, owned, afterwards.
        const d = this.vs.length;
        const after = d + effect(ins);
        if (op === Op.BUILD_SLICE) {
          // With the subscript after it (in this block): both at once on an exact list, as the
          // eval loop does (listSliceSubscript, no slice object), else both by the general path.
          const sub = instrs.get(next);
          if (sub === undefined || sub.start !== sub.at || blockStarts.has(next) || (sub.op !== Op.BINARY_SUBSCR && sub.op !== Op.STORE_SUBSCR)) {
            this.exitAt(ins);
            return -1;
          }
          const end = after + (sub.op === Op.BINARY_SUBSCR ? -1 : -3);
          const q = this.fresh("q");
          this.emit(`${this.syncText(ins.at)} const ${q} = listSliceSubscript(rt, sb + ${2 * d}, ${arg}, ${sub.op});`);
          this.emit(`if (${q} === 0) { execSlow(vm, th, f, sb + ${2 * d}, ${op}, ${arg}, 0); i32[(f + ${F.LASTI}) >> 2] = ${sub.at}; execSlow(vm, th, f, sb + ${2 * after}, ${sub.op}, 0, 0); }`);
          this.vs.length = 0;
          for (let j = 0; j < end; j++) {
            const t = this.fresh("h");
            this.emit(`const ${t} = i32[sb + ${2 * j}];`);
            this.push(ownedVar(t));
          }
          return sub.next;
        }
        this.onFrame(ins.at, `execSlow(vm, th, f, sb + ${2 * d}, ${op}, ${arg}, 0);`, 0, after);
        this.tracingExit(next);
        return next;
      }
      case Op.FOR_ITER:
        this.forIter(ins);
        return -1;
      case Op.RETURN_VALUE: {
        // A whole function's return (a loop's leaves: the eval loop returns): the value is the
        // caller's, the frame released and popped as the eval loop does it.
        if (!this.whole || this.vs.length !== 1) {
          this.exitAt(ins);
          return -1;
        }
        const e = this.pop();
        this.own(e);
        this.emit(`leaveFrame(rt, th, f); return ${e.v};`);
        return -1;
      }
      case Op.JUMP_FORWARD:
        this.goto(next + arg);
        return -1;
      case Op.JUMP_BACKWARD:
        this.backTo(next - arg);
        return -1;
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        this.goto(next - arg);
        return -1;
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const e = this.vs[this.vs.length - 1];
        this.emit(`if (${e.v} !== ${ty.True} && ${e.v} !== ${ty.False}) ${this.exitText(ins)}`);
        const taken = `${e.v} === ${op === Op.JUMP_IF_TRUE_OR_POP ? ty.True : ty.False}`;
        // Taken: the operand stays. Else it is popped (a bool: its release cannot free it).
        const saved = this.vs;
        this.emit(`if (${taken}) {`);
        this.goto(next + arg);
        this.emit(`}`);
        this.vs = saved;
        if (this.pop().owned) this.emit(`i32[${e.v} >> 2]--;`);
        this.goto(next);
        return -1;
      }
      default:
        if (isBranch(op)) {
          this.branch(ins, null);
          return -1;
        }
        this.exitAt(ins);
        return -1;
    }
  }

  /**
   * A POP_JUMP_*: `test` is the JavaScript boolean of the fused COMPARE_OP before it (its
   * operands already released), or null for the jump alone (its operand tested and released here).
   */
  private branch(jump: Instr, test: string | null): void {
    const { op, arg, next } = jump;
    const backward = op >= Op.POP_JUMP_BACKWARD_IF_FALSE;
    const kind = (op - Op.POP_JUMP_FORWARD_IF_FALSE) & 3;
    const target = backward ? next - arg : next + arg;
    const t = this.fresh("j");
    const ty = this.ty;
    if (test !== null) {
      this.emit(`const ${t} = ${kind === 1 ? "" : "!"}(${test});`);
    } else if (kind >= 2) {
      const e = this.pop();
      this.emit(`const ${t} = (${e.v} === ${ty.None}) === ${kind === 2};`);
      this.release(e);
    } else {
      // Bools, exact ints, lists and tuples here; the general path makes any other operand a bool.
      const e = this.vs[this.vs.length - 1];
      const general = this.fresh("q");
      const y = this.fresh("y");
      this.emit(`let ${t} = false, ${general} = false;`);
      this.emit(
        `if (${e.v} === ${ty.True} || ${e.v} === ${ty.False}) ${t} = (${e.v} === ${ty.True}) === ${kind === 1}; ` +
        `else { const ${y} = i32[(${e.v} + ${Layout.TYPE}) >> 2]; ` +
        `if (${y} === ${ty.int} || ${y} === ${ty.list} || ${y} === ${ty.tuple}) ${t} = (i32[(${e.v} + ${Layout.SIZE}) >> 2] !== 0) === ${kind === 1}; else {`,
      );
      const saved = this.vs.map((x) => ({ ...x }));
      const [h] = this.general({ ...jump, op: Op.POP_JUMP_FORWARD_IF_TRUE }, 1, 1);
      this.tracingExit(jump.start);
      this.emit(`${t} = (${h} === ${ty.True}) === ${kind === 1}; i32[${h} >> 2]--; ${general} = true; } }`);
      this.vs = saved.map((e) => ({ ...e }));
      this.pop();
      this.emit(`if (!${general}) {`);
      this.release(e);
      this.emit(`}`);
    }
    this.flush();
    this.emit(`if (${t}) {`);
    if (backward) this.backTo(target);
    else this.emit(this.jumpText(target));
    this.emit(`}`);
    this.emit(this.jumpText(next));
  }

  /**
   * COMPARE_OP. Fused with the conditional jump `jump`: returns a JavaScript boolean (text),
   * leaving at the jump when a general comparison gives no bool. Alone: returns the variable of
   * its result (owned). The operands are released (or the general path consumed them).
   */
  private compare(ins: Instr, jump: Instr | null): string {
    const ty = this.ty;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    const c = this.fresh("c");
    const bits = `((${Compare.OUTCOMES} >> (${3 * ins.arg} + (x < y ? 0 : x === y ? 1 : 2))) & 1)`;
    const fl = (e: Entry) => `f64[(${e.v} + ${W.FLOAT_VALUE}) >> 3]`;
    this.emit(`let ${c} = -1;`);
    let inline = "";
    if (this.mayBe(a, ty.int) && this.mayBe(b, ty.int)) {
      this.emit(`if (${this.oneDigitTest(a)} && ${this.oneDigitTest(b)}) { const x = ${this.intValueText(a)}, y = ${this.intValueText(b)}; ${c} = ${bits}; }`);
      inline = "else ";
    }
    if (this.mayBe(a, ty.float) && this.mayBe(b, ty.float)) {
      this.emit(
        `${inline}if (${this.typeTest(a, ty.float)} && ${this.typeTest(b, ty.float)}) { ` +
        `const x = ${fl(a)}, y = ${fl(b)}; ${c} = ${floatCompareText(ins.arg)} ? 1 : 0; }`,
      );
      inline = "else ";
    }
    const r = this.fresh("r");
    this.emit(`${inline}{ const ${r} = fastCompare(rt, ty, ${a.v}, ${b.v}, ${ins.arg}); if (${r} !== 0) { ${c} = ${r} === ${ty.True} ? 1 : 0; i32[${r} >> 2]--; } }`);
    const o = this.fresh("r");
    if (jump === null) this.emit(`let ${o} = 0;`);
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${c} !== -1) {`);
    this.vs.length -= 2;
    this.release(a);
    this.release(b);
    if (jump === null) this.emit(`${o} = ${c} === 1 ? ${ty.True} : ${ty.False}; i32[${o} >> 2]++;`);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    const [h] = this.general(ins, 2, 1);
    if (jump === null) this.emit(`${o} = ${h};`);
    else this.tracingExit(jump.start);
    if (jump !== null) this.emit(`if (${h} === ${ty.True} || ${h} === ${ty.False}) { ${c} = ${h} === ${ty.True} ? 1 : 0; i32[${h} >> 2]--; } else ${this.exitText(jump)}`);
    this.emit(`}`);
    this.vs = saved.slice(0, saved.length - 2);
    return jump === null ? o : `${c} === 1`;
  }

  /** Whether `e` may be of `type` (a constant's type is known here). */
  private mayBe(e: Entry, type: number): boolean {
    return e.constType === 0 || e.constType === type;
  }
  /** The test that `e` is of exact type `type`. */
  private typeTest(e: Entry, type: number): string {
    if (e.constType !== 0) return String(e.constType === type);
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${type}`;
  }

  /**
   * BINARY_OP: one-digit ints and + - * / of floats inline, with the operator fixed here; other
   * ints and floats by the function's `B` (binarySlow in tier.ts); other operands by the
   * general path, but for `s += t` before a store, which leaves for the eval loop's (it grows
   * the str in place when it can, as CPython does).
   */
  private binaryOp(ins: Instr): void {
    const arg = ins.arg;
    const ty = this.ty;
    const kind = arg >= BinaryOp.INPLACE_ADD ? arg - BinaryOp.INPLACE_ADD : arg;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    const r = this.fresh("r");
    const fast: string[] = [];
    let value: string | null = null;
    let block = "0";
    switch (kind) {
      case BinaryOp.ADD: value = "x + y"; break;
      case BinaryOp.SUBTRACT: value = "x - y"; break;
      case BinaryOp.AND: value = "x & y"; break;
      case BinaryOp.OR: value = "x | y"; break;
      case BinaryOp.XOR: value = "x ^ y"; break;
      case BinaryOp.MULTIPLY: value = "x * y"; break;
      case BinaryOp.FLOOR_DIVIDE: case BinaryOp.REMAINDER: case BinaryOp.RSHIFT:
        value = `oneDigit(x, y, ${kind})`;
        break;
      case BinaryOp.LSHIFT:
        value = `oneDigit(x, y, ${kind})`;
        block = "lshiftBlock(x === 0 ? 0 : 1, y)";
        break;
    }
    let inline = false;
    if (value !== null && this.mayBe(a, ty.int) && this.mayBe(b, ty.int)) {
      // (A failed allocation gives 0: B then tries, and its MemoryError makes the exit.)
      fast.push(
        `if (${this.oneDigitTest(a)} && ${this.oneDigitTest(b)}) { const x = ${this.intValueText(a)}, y = ${this.intValueText(b)}; const v = ${value}; ` +
        `if (v === v && v <= ${Num53.MAX} && v >= -${Num53.MAX}) { ${this.newIntText(r, "v", block)} } }`,
      );
      inline = true;
      const medium = kind === BinaryOp.ADD ? "x + y" : kind === BinaryOp.SUBTRACT ? "x - y" : kind === BinaryOp.MULTIPLY ? "x * y"
        : kind === BinaryOp.REMAINDER ? "y === 0 ? NaN : x % y" : null;
      if (medium !== null && !this.compact) {
        // Two digits (below 2**53: a second digit below 2**23), as the eval loop's medium path
        // (mediumIntOpValue), with CPython's result block for + - * (intResultBlockDigits).
        const fix = kind === BinaryOp.REMAINDER ? " if (v !== 0 && (v < 0) !== (y < 0)) v += y;" : "";
        fast.push(
          `else if (${this.twoDigitTest(a)} && ${this.twoDigitTest(b)}) { const x = ${this.twoDigitValueText(a)}, y = ${this.twoDigitValueText(b)}; let v = ${medium};${fix} ` +
          `if (v === v && v <= ${Num53.MAX} && v >= -${Num53.MAX}) { const blk = blockDigits(i32, ${a.v}, ${b.v}, ${kind}); ${this.newIntText(r, "v", "blk")} } }`,
        );
      }
    }
    const floatOp = kind === BinaryOp.ADD ? "+" : kind === BinaryOp.SUBTRACT ? "-" : kind === BinaryOp.MULTIPLY ? "*" : kind === BinaryOp.TRUE_DIVIDE ? "/" : "";
    if (floatOp !== "" && this.mayBe(a, ty.float) && this.mayBe(b, ty.float)) {
      const nonzero = kind === BinaryOp.TRUE_DIVIDE ? ` && f64[(${b.v} + ${W.FLOAT_VALUE}) >> 3] !== 0` : "";
      fast.push(
        `${inline ? "else " : ""}if (${this.typeTest(a, ty.float)} && ${this.typeTest(b, ty.float)}${nonzero}) ` +
        `{ const v = f64[(${a.v} + ${W.FLOAT_VALUE}) >> 3] ${floatOp} f64[(${b.v} + ${W.FLOAT_VALUE}) >> 3]; ${this.newFloatText(r, "v")} }`,
      );
    }
    fast.push(`if (${r} === 0) ${r} = B(${a.v}, ${b.v}, ${arg});`);
    this.fastOrGeneral(ins, 2, r, fast);
    this.vs[this.vs.length - 1] = { ...ownedVar(r), numeric: true };
  }

  /**
   * `s = s + t` and `s += t` (BINARY_OP + then STORE_FAST into the local holding s): two strs
   * through concatIntoNextStore, as the eval loop takes them (the str grows in its block when
   * nothing else refers to it, as CPython's BINARY_OP_INPLACE_ADD_UNICODE does), with the
   * counts the eval loop has there (the stack's reference to s made first). Otherwise, the
   * BINARY_OP and the STORE_FAST as usual. Returns where the block goes on: after the store.
   */
  private concatOrAdd(ins: Instr, store: Instr, instrs: ReadonlyMap<number, Instr>, blockStarts: ReadonlySet<number>): number {
    const str = this.rt.T.str;
    const b = this.vs[this.vs.length - 1];
    const a = this.vs[this.vs.length - 2];
    if (!this.mayBe(a, str) || !this.mayBe(b, str)) {
      this.binaryOp(ins);
      return this.instruction(store, instrs, blockStarts);
    }
    // (Entries below borrowed from the stored local get their references on both paths.)
    for (const e of this.vs.slice(0, -2)) if (!e.owned && e.local === store.arg) this.own(e);
    const done = this.fresh("d");
    const saved = this.vs.map((e) => ({ ...e }));
    this.vs[this.vs.length - 2] = { ...a, owned: true };
    this.emit(
      `let ${done} = false; if (${this.typeTest(a, str)} && ${this.typeTest(b, str)}) { ${a.owned ? "" : `i32[${a.v} >> 2]++;`} ` +
      `${this.syncText(ins.at)} ${done} = concatIntoNextStore(rt, ${((this.code + Code.CODE) >> 1) + store.at}, lp, ${a.v}, ${b.v}); ` +
      `${this.unsyncText()} if (!${done}) { ${a.owned ? "" : `i32[${a.v} >> 2]--;`} } }`,
    );
    this.vs = saved.slice(0, -2);
    this.emit(`if (${done}) {`);
    this.release(b);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    this.binaryOp(ins);
    this.instruction(store, instrs, blockStarts);
    this.emit(`}`);
    this.vs = saved.slice(0, -2);
    return store.next;
  }

  /** LOAD_ATTR: an instance's inline value or slot through the eval loop's inline cache, else loadAttrMiss (synced). */
  private loadAttr(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    const c = ins.at << IC.SHIFT;
    const v = this.fresh("v");
    this.emit(
      `let ${v} = 0; { const tag = i32[(i32[(${owner.v} + ${Layout.TYPE}) >> 2] + ${Tp.VERSION_TAG}) >> 2]; ` +
      `if (tag !== 0 && (tag === cache[${c}] || tag === cache[${c + IC.ATTR_ENTRY}])) { const index = cache[tag === cache[${c}] ? ${c + 1} : ${c + IC.ATTR_ENTRY + 1}]; ` +
      `if (index < 0) ${v} = i32[(${owner.v} - index) >> 2]; else { const values = i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2]; if (values !== 0) ${v} = i32[(values + 8 * index) >> 2]; } ` +
      `if (${v} !== 0) i32[${v} >> 2]++; } }`,
    );
    this.emit(`if (${v} === 0) { ${this.syncText(ins.at)} ${v} = loadAttrMiss(rt, cache, ${c}, ${owner.v}, ${this.nameAt(ins.arg)}); ${this.unsyncText()} }`);
    this.pop();
    this.release(owner);
    this.push(ownedVar(v));
    this.tracingExit(ins.next);
  }

  /** STORE_ATTR (v owner --): as the eval loop's, through its inline cache, else storeAttrMiss (synced). */
  private storeAttr(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    const v = this.vs[this.vs.length - 2];
    this.own(v);
    const c = ins.at << IC.SHIFT;
    const done = this.fresh("d");
    const old = this.fresh("o");
    this.emit(
      `let ${done} = false; { const tag = i32[(i32[(${owner.v} + ${Layout.TYPE}) >> 2] + ${Tp.VERSION_TAG}) >> 2]; let index = 0, values = 0; ` +
      `if (tag !== 0 && (tag === cache[${c}] || tag === cache[${c + IC.ATTR_ENTRY}])) { index = cache[tag === cache[${c}] ? ${c + 1} : ${c + IC.ATTR_ENTRY + 1}]; ` +
      `if (index >= 0) values = i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2]; } ` +
      `if (index < 0 || values !== 0) { const at = index < 0 ? ${owner.v} - index : values + 8 * index; const ${old} = i32[at >> 2]; i32[at >> 2] = ${v.v}; ${done} = true; ` +
      `if (${old} === 0) { if (index >= 0) addToInsertionOrder(rt, values, index); } else {`,
    );
    // (The stack's reference to v moved into the instance: v is no longer the stack's.)
    this.vs.length -= 2;
    this.decref(old);
    this.emit(`} } }`);
    this.vs.push(owner, v);
    this.emit(`if (!${done}) { ${this.syncText(ins.at)} storeAttrMiss(rt, cache, ${c}, ${owner.v}, ${this.nameAt(ins.arg)}, ${v.v}); ${this.unsyncText()} }`);
    this.vs.length -= 2;
    this.release(owner);
    this.emit(`if (!${done}) {`);
    this.release(v);
    this.emit(`}`);
    this.tracingExit(ins.next);
  }

  /**
   * LOAD_METHOD (owner -- method self), or (owner -- NULL bound): a method of the class the
   * instance cannot shadow, through the eval loop's inline cache; else its general path on the
   * frame's stack (loadMethodStep). The first result may be NULL: only CALL takes it.
   */
  private loadMethod(ins: Instr): void {
    const owner = this.vs[this.vs.length - 1];
    this.own(owner);
    const c = ins.at << IC.SHIFT;
    const d = this.vs.length;
    const m = this.fresh("m");
    const self = this.fresh("s");
    this.emit(
      `let ${m} = 0, ${self} = 0; { const type = i32[(${owner.v} + ${Layout.TYPE}) >> 2]; const tag = i32[(type + ${Tp.VERSION_TAG}) >> 2]; ` +
      `const e = tag === cache[${c}] ? ${c} : ${c + IC.METHOD_ENTRY}; const keys = cache[e + 2]; ` +
      `if (tag === cache[e] && tag !== 0 && (keys === ${IC.NO_DICT} || (i32[(${owner.v} + ${ManagedDict.VALUES}) >> 2] !== 0 && ` +
      `i32[(i32[(type + ${Tp.HT_CACHED_KEYS}) >> 2] + ${Keys.NENTRIES}) >> 2] === keys))) { ${m} = cache[e + 1]; i32[${m} >> 2]++; ${self} = ${owner.v}; } }`,
    );
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${self} === 0) {`);
    const [h0, h1] = this.onFrame(ins.at, `loadMethodStep(rt, cache, ${c}, ${this.nameAt(ins.arg)}, sb + ${2 * d});`, d - 1, d + 1);
    this.emit(`${m} = ${h0}; ${self} = ${h1};`);
    this.emit(`}`);
    this.vs = saved.slice(0, d - 1);
    this.push({ ...ownedVar(m), nullable: true });
    this.push(ownedVar(self));
    this.tracingExit(ins.next);
  }

  /**
   * CALL: a Python function that tier.ts has compiled whole (no loop, no call: compileFunction)
   * gets its frame pushed and runs here (runCompiledCall); a native callable runs through
   * callNative on the frame's stack; either is the check point a call is in the eval loop.
   * Other Python functions, bound methods and classes, whose frames the eval loop pushes, leave.
   */
  private call(ins: Instr): void {
    const ty = this.ty;
    const arg = ins.arg;
    const d = this.vs.length;
    const p = d - arg - 2;
    const e0 = this.vs[p];
    const e1 = this.vs[p + 1];
    const fn = this.fresh("cf");
    const kw = this.kwnames;
    const leaveAt = kw !== 0 && this.kwnamesAt !== null ? this.kwnamesAt : ins;
    this.kwnames = 0;
    this.kwnamesAt = null;
    // (func self args...) or (NULL func args...): the arguments' first word and count.
    const first = `(${e0.v} !== 0 ? sb + ${2 * (p + 1)} : sb + ${2 * (p + 2)})`;
    const total = `(${e0.v} !== 0 ? ${arg + 1} : ${arg})`;
    const r = this.fresh("r");
    const compiled = this.fresh("cc");
    this.emit(`const ${fn} = ${e0.v} !== 0 ? ${e0.v} : ${e1.v}; const ${fn}t = i32[(${fn} + ${Layout.TYPE}) >> 2]; let ${r} = 0;`);
    this.emit(`const ${compiled} = ${kw === 0 && !this.whole ? `${fn}t === ${ty.function} ? compiledFunctionFor(th, ${fn}, ${total}) : null` : "null"};`);
    this.emit(`if (${compiled} !== null && vm.breaker === 0 && budget > 1) {`);
    this.emit(`budget--; ${this.syncText(ins.at)} i32[(f + ${F.STACKTOP}) >> 2] = ${p}; ${r} = runCompiledCall(vm, th, ${fn}, ${first}, ${total}, ${compiled});`);
    this.emit(`} else {`);
    // A class: a builtin one called as (NULL, class, args) goes as the eval loop's does
    // (pushClassCallFrame makes super(), int(x), range(n) itself, else the type's call);
    // a Python class may push __init__'s frame, which only the eval loop does.
    const typeType = this.rt.T.type;
    const userClass = kw !== 0
      ? "true"
      : `((i32[(${fn} + ${Tp.FLAGS}) >> 2] & ${TpFlag.HEAPTYPE | TpFlag.IS_ABSTRACT}) === ${TpFlag.HEAPTYPE} || ${e0.v} !== 0)`;
    this.emit(`if (${fn}t === ${ty.function} || ${fn}t === ${ty.method} || (${fn}t === ${typeType} && ${userClass})) ${this.exitText(leaveAt)}`);
    this.emit(
      `${this.syncText(ins.at)} const ${fn}k = ${fn}t === ${typeType} ? pushClassCallFrame(rt, th, ${fn}, sb + ${2 * (p + 2)}, ${arg}, sb + ${2 * d}) : 0; ` +
      `${r} = ${fn}k === ${CONSTRUCTED} ? i32[sb + ${2 * p}] : callNative(rt, ${fn}, ${first}, ${total}, ${kw}, sb + ${2 * p}, sb + ${2 * d});`,
    );
    // The check point, and tracemalloc started by the call: the frame has the stack (synced) and the result.
    this.emit(
      `if (vm.breaker !== 0 || --budget <= 0 || rt.heap.tracer !== null) { i32[sb + ${2 * p}] = ${r}; i32[(f + ${F.LASTI}) >> 2] = ${ins.at}; ` +
      `i32[(f + ${F.STACKTOP}) >> 2] = ${p + 1}; return budget > 0 && vm.breaker === 0 ? budget : 0; }`,
    );
    this.emit(`}`);
    this.emit(this.vs.slice(0, p).filter((e) => !e.owned && !e.isNull).map((e) => `i32[${e.v} >> 2]--;`).join(" "));
    this.vs.length = p;
    this.push(ownedVar(r));
  }

  /** co_names[arg] (borrowed: the code holds it), as a number in the text. */
  private nameAt(arg: number): number {
    const i32 = this.rt.i32;
    return i32[(i32[(this.code + Code.NAMES) >> 2] + Layout.TUPLE_ITEMS + 8 * arg) >> 2];
  }

  /** FOR_ITER: range and list iterators inline, others by forIterNext (synced: it may run Python code). */
  private forIter(ins: Instr): void {
    const it = this.vs[this.vs.length - 1];
    const n = this.fresh("n");
    const w = `(${it.v} >> 2)`;
    const exit = this.exitText(ins);
    this.emit(`let ${n} = -1; const ${n}t = i32[(${it.v} + ${Layout.TYPE}) >> 2];`);
    this.emit(
      `if (${n}t === ${this.ty.rangeIterator}) { ${n} = rangeNext(rt, ty, ${it.v}); if (${n} === -2) ${exit} }`,
    );
    this.emit(
      `else if (${n}t === ${this.ty.listIterator}) { const seq = i32[${w} + ${ListIter.SEQ >> 2}], i = i32[${w} + ${ListIter.INDEX >> 2}]; ` +
      `if (seq !== 0 && i < i32[(seq + ${Layout.SIZE}) >> 2]) { i32[${w} + ${ListIter.INDEX >> 2}] = i + 1; ${n} = i32[(i32[(seq + ${Layout.LIST_ITEMS}) >> 2] >> 2) + 2 * i]; i32[${n} >> 2]++; } }`,
    );
    this.emit(`if (${n} === -1) { ${this.syncText(ins.at)} ${n} = forIterNext(rt, ${it.v}); ${this.unsyncText()} }`);
    // Exhausted: the iterator is popped and released, and the loop left.
    const done = this.vs.slice(0, -1).map((e) => ({ ...e }));
    const saved = this.vs;
    this.emit(`if (${n} === 0) {`);
    this.vs = done;
    this.release(it);
    this.goto(ins.next + ins.arg);
    this.emit(`}`);
    this.vs = saved;
    this.push(ownedVar(n));
    // forIterNext may have run Python code that started tracemalloc: an allocation's traceback
    // needs LASTI, which only the eval loop keeps.
    this.emit(`if (rt.heap.tracer !== null) ${this.exitText({ ...ins, start: ins.next, at: ins.next })}`);
    this.goto(ins.next);
  }
}

/** PyFloat_MAXFREELIST, as deallocFast keeps it. */
const FLOAT_FREE_MAX = 100;

/** Stack entries that syncText passes to the function's `S`; deeper stacks are written inline. */
const SYNC_ARGS = 6;

/**
 * The text of `S(f, lasti, n, mask, v0 ... v5)`: the frame's stack words 0 .. n-1 get v0 ...,
 * each one whose bit is set in `mask` (borrowed) getting its reference first, and LASTI and
 * STACKTOP are written. Shared by every exit and call of a function, which keeps its text
 * small enough for V8 to optimise.
 */
function syncFunctionText(nlocalsplus: number): string {
  const lines = [`function S(f, lasti, n, mask, v0, v1, v2, v3, v4, v5) {`,
    `  const i32 = rt.i32; const sb = ((f + ${F.HEADER}) >> 2) + ${2 * nlocalsplus};`];
  for (let j = 0; j < SYNC_ARGS; j++) {
    lines.push(`  if (n > ${j}) { if ((mask & ${1 << j}) !== 0) i32[v${j} >> 2]++; i32[sb + ${2 * j}] = v${j}; }`);
  }
  lines.push(`  i32[(f + ${F.LASTI}) >> 2] = lasti; i32[(f + ${F.STACKTOP}) >> 2] = n;`, `}`);
  return lines.join("\n");
}

/** Integers up to this are exact in a double. */
const enum Num53 {
  MAX = 9007199254740991,
}

function ownedVar(v: string): Entry {
  return { v, owned: true, local: -1, intValue: NaN, isNull: false, constType: 0 };
}

const nullEntry = (): Entry => ({ v: "0", owned: false, local: -1, intValue: NaN, isNull: true, constType: 0 });

/** A float comparison of x and y (JavaScript's, which is IEEE's, as Python's for floats). */
function floatCompareText(op: number): string {
  return ["x < y", "x <= y", "x === y", "x !== y", "x > y", "x >= y"][op];
}
