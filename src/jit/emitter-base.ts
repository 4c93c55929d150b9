/**
 * The state and the primitives of compiling one function's blocks (number-emitter.ts and
 * block-emitter.ts build on them): the compile-time value stack and its entries' ownership, the increments and releases
 * written out, syncing the stack to the frame, leaving to the eval loop, the ends of blocks,
 * and the int and float texts the arithmetic shares.
 */
import type { Runtime } from "../objects/runtime.js";
import type { FastTypes } from "../vm/fast-paths.js";
import { F } from "../vm/frame.js";
import { Layout, SmallInt } from "../vm/loop-constants.js";
import type { Instr } from "./bytecode.js";
import type { CompiledCodePools } from "../heap/heap.js";
import { PoolWord } from "../heap/layout.js";
import { poolBlockText } from "./pool-block-text.js";
import { Code } from "../objects/code.js";

export /** Layout words the generated code reads, as numbers in its text. */
const enum W {
  FLOAT_VALUE = 16,
  /** An int's bytes before its digits (intBlockBytes's 24). */
  INT_HEADER = 24,
  /** One int digit: 2**30. */
  DIGIT_BASE = 1073741824,
  /** newUncachedInt's request for an int of one or two digits. */
  INT_BLOCK = 32,
  /** A second digit below this keeps a two-digit int below 2**53. */
  DIGIT1_EXACT = 8388608,
  /** cell.ob_ref */
  CELL_REF = 16,
}


export /** A value stack entry while a block is compiled. */
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
  /** LOAD_METHOD's first result: the method's name (CALL does some methods itself). */
  readonly methodName?: string;
  /** LOAD_GLOBAL's result: the name it was loaded by (CALL does `len` itself). */
  readonly globalName?: string;
  /** A BINARY_OP's result: often a float that dies at once (release() frees it inline). */
  readonly numeric?: boolean;
  /**
   * The type its value most likely has (0: not known): a local's type when the text was
   * compiled (TypeHints), or what an operation on such values gives. Only a hint: it chooses
   * which inline paths a text has, and the general paths still take every other type.
   */
  readonly seen?: number;
  /**
   * A hint too: a small int when the text was compiled (a local's value then below 2**20 in
   * magnitude, a one-digit constant, or an operation on such ints that mostly stays one
   * digit). An operation on two of them has no two-digit path inline; FD and B take larger
   * ints.
   */
  readonly small?: boolean;
}

/**
 * What the compiler knows of a function's locals beyond the code. Texts are shorter for it
 * (V8 compiles a long text later and for longer, and runs it unoptimised meanwhile): an
 * operation on values seen as floats has no int paths inline, one on ints no float path, and
 * a load of a local that is always bound has no test for an unbound one.
 */
export interface TypeHints {
  /**
   * Per local: the type of its value in the frame the tier compiled the text for (a loop's
   * frame at its head, a function's arguments at the call), 0 when unbound. A store of a value
   * with a hint gives a local without one that hint, for the blocks written after it.
   */
  readonly seen: number[];
  /** Per local: its value was a small int then (Entry.small); stores update it as `seen`. */
  readonly small: boolean[];
  /** Per local: bound wherever the code runs (a parameter that no DELETE_FAST unbinds). */
  readonly alwaysBound: readonly boolean[];
}

/** What a compiled function returns when it left its frame for the eval loop. */
export const enum Exit {
  LEFT = -1,
  /** tier.ts's callFunction did nothing: the eval loop makes the call. */
  NOT_RUN = -2,
}


/** PyFloat_MAXFREELIST, as deallocFast keeps it. */
export const FLOAT_FREE_MAX = 100;

/** Stack entries that a compact text's syncText passes to `S` (steps.ts's syncStackOf). */
export const SYNC_ARGS = 6;

/** A compact text's stacks of at most this many entries are synced by stores, the rest by `S`. */
const COMPACT_SYNC_INLINE_MAX = 4;

/**
 * Stack entries a cold exit passes to `X` (steps.ts's exitSyncOf); a deeper stack is written
 * by stores in the exit itself, which deoptimise the text the first time they run. (Twelve:
 * a call's stack in a loop of a loop, the callable, self and a few arguments, seven to ten
 * deep in the suite, left by stores before: spectral_norm's and oo_shapes' texts were
 * deoptimised when a slice first ended at such a call.)
 */
export const COLD_EXIT_ARGS = 12;

/**
 * Cold exits. V8 compiles a path of a function that never ran before it optimised the function
 * into a deoptimisation (the path's arithmetic, calls and array accesses have no type feedback),
 * and compiles the whole function again once that path has run: for a long compiled loop, tens
 * of milliseconds each time. The exits that a loop takes only now and then (a slice's end at a
 * check point, a guard that fails, the loop's end) would each do so once. So such an exit only
 * assigns JavaScript locals, which need no feedback, and goes to one block shared by every exit
 * of the function (COLD_EXIT_BLOCK, running COLD_EXIT_EPILOGUE): the first exit taken after V8
 * optimised the function deoptimises it there, and the others find feedback there. The block
 * is the epilogue after the text's block loop, which an exit leaves (`break` to EXIT_LABEL):
 * the exit locals are then assigned only on the way out, not carried around the loop as values
 * of its head (twenty of them, which TurboFan had to keep for every iteration). Loop texts'
 * TurboFan time went 116 → 103 ms in comprehensions, 54 → 44 in dict_str, whole functions'
 * 29 → 25 in oo_shapes; the suite 0.987 of its time, then 0.989 with whole functions' texts.
 * (The block was inside the loop before, for code compiled on-stack, which V8 keeps when a
 * deoptimisation is outside the loop: the warm-up call gives the epilogue its type feedback,
 * and a whole function's text compiled on-stack and left at its exits measured no
 * deoptimisation there.)
 * The locals:
 * xl LASTI, xn the stack depth, xm the mask of entries that get their reference (X's), x0 ...
 * x11 the entries, xe 1 for an exit J.exits counts, xr the value returned and xc CHUNK_ENDED
 * added to it; all 0 until the exit (the one a run of the function takes) assigns them.
 */
export const COLD_EXIT_BLOCK = -1;

/** The label of a text's block loop, which a cold exit leaves for the epilogue after it. */
export const EXIT_LABEL = "exit";

/**
 * The inline paths a text may leave out to stay within Jit.MAX_SOURCE (tier.ts tries each
 * level down from ALL before it outlines inner loops): the heap's pool level for int blocks
 * (newIntText, freeIntText), then list items by a small int index (BINARY_SUBSCR and
 * STORE_SUBSCR), which otherwise go through calls.
 */
export const enum Inline {
  NONE = 0,
  INT_BLOCKS = 1,
  ALL = 2,
}
export const COLD_EXIT_LOCALS = `let xl = 0, xn = 0, xm = 0, xe = 0, xr = 0, xc = 0, xd = 0, xa = 0, ${exitEntries().map((x) => `${x} = 0`).join(", ")};`;
/**
 * (xd: a reference released after the sync, or 0: a loop's iterator at its end, released with
 * the frame at xl, the loop's FOR_ITER, after which LASTI becomes xa. R is shared by every
 * text, as X is, so that its paths have type feedback from every loop's end.)
 */
export const COLD_EXIT_EPILOGUE = coldExitEpilogue("xr + xc");

/** The epilogue with `returned` for its value (a segment's: Segment). */
export function coldExitEpilogue(returned: string): string {
  return `X(f, sb, xl, xn, xm, ${exitEntries().join(", ")}); R(f, xd, xa); J.exits += xe; return ${returned};`;
}

/**
 * The words every function of a text starts with: the heap's views, the frame's locals (`lp`,
 * in words) and its stack (`sb`, in words) for the frame `f` of `code`.
 */
export function frameWordsText(rt: Runtime, code: number): string {
  return `const i32 = rt.i32;
const f64 = rt.f64;
const u8 = rt.u8;
const lp = (f + ${F.HEADER}) >> 2;
const sb = (lp + ${2 * rt.i32[(code + Code.NLOCALSPLUS) >> 2]}) | 0;`;
}

/**
 * A segment of a block (BlockEmitter.block): a run of its instructions written as a function
 * of its own, which the block's function calls. TurboFan compiles each function apart, and
 * its compiler memory grows with the function: nbody's pair loop, one block of 50 KB of text,
 * took 13.9 MB of zone memory at its peak as one function, 8.5 MB as two (docs/performance.md, "Memory").
 * `(f, budget, th, s0 ... s(depthIn-1))`: the frame, the loop's budget (a whole function's is
 * `bud[0]`), the thread and the block's stack at the segment's start (owned, as in the block's
 * variables; where it ends with other entries, they go back through the frame's words, sb).
 * It returns the budget left (a whole function's: 0); when it left the frame for the eval
 * loop, a negative number: `-1 - r` for a loop whose function returns `r`, -1 for a whole
 * function (Exit.LEFT).
 */
export interface Segment {
  readonly name: string;
  /** Its place in EmitterBase.segments. */
  readonly index: number;
  /** The stack's depth where it starts: its parameters s0 ... */
  readonly depthIn: number;
  /** The unit before which it ends at the latest: the last point of the block's straight run with the stack at depthIn. */
  readonly end: number;
  /** The text of the block's own function, to which the call is written when the segment ends. */
  readonly caller: string[];
}

/** The cold exit's locals for the stack's entries: x0 ... (COLD_EXIT_ARGS of them). */
function exitEntries(): string[] {
  return Array.from({ length: COLD_EXIT_ARGS }, (_, j) => `x${j}`);
}

/**
 * The frame address with which tier.ts calls a text once when it makes it (the warm-up call):
 * the text goes straight to COLD_EXIT_BLOCK, where X and R do nothing for it. The epilogue's
 * calls then have type feedback before V8 optimises the text, so the first exit a text takes
 * later (at the end of a slice, or the loop's) does not deoptimise it.
 */
export const WARM_UP_FRAME = 0;

/**
 * Added to what a loop's function returns when it left at a backward jump to its head because
 * its part (`part`: Jit.CHUNK backward jumps from its entry) was spent: runCompiledLoop calls
 * it again. (Above any budget: a slice has far fewer check points.)
 */
export const CHUNK_ENDED = 0x40000000;

/** Integers up to this are exact in a double. */
export const enum Num53 {
  MAX = 9007199254740991,
}

export function ownedVar(v: string): Entry {
  return { v, owned: true, local: -1, intValue: NaN, isNull: false, constType: 0 };
}

export const nullEntry = (): Entry => ({ v: "0", owned: false, local: -1, intValue: NaN, isNull: true, constType: 0 });

/**
 * COMPARE_OP `op` of x and y, two floats or the values of two one-digit ints, as JavaScript
 * compares them (IEEE's for floats, as Python's: NaN is unequal to everything).
 */
export function compareText(op: number): string {
  return ["x < y", "x <= y", "x === y", "x !== y", "x > y", "x >= y"][op];
}


/** The state of compiling one function, and the primitives its instructions are written with. */
export abstract class EmitterBase {
  protected temp = 0;
  /** The KW_NAMES tuple for the next CALL, or 0, and its instruction (where the CALL leaves: the eval loop must see it). */
  protected kwnames = 0;
  protected kwnamesAt: Instr | null = null;
  protected out: string[] = [];
  protected vs: Entry[] = [];
  /** The segment being written (`out` is its text then), or null: the block's own function. */
  protected segment: Segment | null = null;
  /** The segments written so far, with their functions' texts (compile-loop.ts puts them before the text's function). */
  readonly segments: Array<{ readonly name: string; readonly depthIn: number; text: string }> = [];
  /**
   * Per block number, the group (block-groups.ts) whose function runs it: 0 the text's own
   * function; null when the text is not split into groups.
   */
  groupOf: readonly number[] | null = null;
  /** The group of the block being written (0 without groups). */
  currentGroup = 0;
  /** Per group, the deepest stack with which it goes on at a block of another group (its caller reads that many words back). */
  readonly groupExitDepth: number[] = [];

  constructor(
    protected readonly rt: Runtime,
    protected readonly ty: FastTypes,
    protected readonly code: number,
    protected readonly consts: number,
    protected readonly blockNumber: ReadonlyMap<number, number>,
    protected readonly depthAt: ReadonlyMap<number, number>,
    /** A whole function (compileFunction): exits return Exit.LEFT, and RETURN_VALUE returns. */
    protected readonly whole: boolean,
    /** LoopCompileInput.compact. */
    protected readonly compact: boolean,
    /** The loop's head (a unit index), where runCompiledLoop enters a loop's function; -1 for a whole function. */
    protected readonly head: number,
    /** LoopCompileInput.inline. */
    protected readonly inline: Inline,
    protected readonly hints: TypeHints,
    /** LoopCompileInput.segmentChars. */
    protected readonly segmentChars: number,
  ) {}

  // ── entries ──
  protected fresh(prefix = "t"): string {
    return `${prefix}${this.temp++}`;
  }

  protected emit(line: string): void {
    this.out.push(line);
  }

  protected push(e: Entry): void {
    this.vs.push(e);
  }

  protected pop(): Entry {
    return this.vs.pop()!;
  }

  /** The stack gets its own reference to `e` (the emitted increment, if it was borrowed). */
  protected own(e: Entry): void {
    if (!e.owned && !e.isNull) this.emit(`i32[${e.v} >> 2]++;`);
    e.owned = true;
  }

  /**
   * Release `entries` in order, each while the ones after it are still on the stack, as the
   * eval loop releases an instruction's operands (the others' references are still held while
   * one's deallocation runs, which a `__del__` may count).
   */
  protected releaseInOrder(entries: readonly Entry[]): void {
    entries.forEach((e, i) => {
      const later = entries.slice(i + 1);
      this.vs.push(...later);
      this.release(e);
      this.vs.length -= later.length;
    });
  }

  /** Release the stack's reference to `e`, if it owns one. */
  protected release(e: Entry): void {
    if (!e.owned || e.isNull) return;
    if (e.nullable) this.emit(`if (${e.v} !== 0) {`);
    this.decref(e.v, e.numeric === true, e.seen ?? 0);
    if (e.nullable) this.emit(`}`);
  }

  /**
   * The text that sets `target` to a new reference to the int `value` (a JavaScript variable,
   * an integer within 2**53) in a block of `block` digits (0: the exact size), or to 0 when the
   * heap is full: as the eval loop's newUncachedInt and newIntInBlock, written out here (a call
   * would box a double argument in a JavaScript heap number).
   */
  protected newIntText(target: string, value: string, block: string): string {
    // (In a compact text, a call: a double argument may be boxed, but the text is shorter.)
    if (this.compact) return `${target} = newInt(rt, ty, ${value}, ${block});`;
    // (The value goes to intBlock in parts below 2**30: numbers a call can take unboxed. The
    // sign s, -1 or 0, is a choice of constants, which needs no type feedback, and the size
    // word is (n ^ s) - s rather than a negation in a branch of its own. The magnitude keeps its
    // branch (without it, and with the second digit's word written only for two digits, a
    // counting loop measured 4-6 % slower). The second digit's word is written for one digit
    // too, as 0 (a word of the block that the int's size leaves unread): a branch of its
    // own was first taken by a text's first two-digit result, after V8 had optimised the text,
    // and deoptimised it. The high digit is the quotient truncated by `| 0`: the magnitude is
    // below 2**53, so the quotient below 2**23, where truncation is the floor; Math.floor cost
    // a rounding, a conversion and a check on a range loop's every value.)
    const small = `if (${value} >= ${SmallInt.MIN} && ${value} <= ${SmallInt.MAX}) { ${target} = smallInts[${value} - ${SmallInt.MIN}]; i32[${target} >> 2]++; } ` +
      `else { const s = ${value} < 0 ? -1 : 0, a = ${value} < 0 ? -${value} : ${value}; const high = (a / ${W.DIGIT_BASE}) | 0, low = a - high * ${W.DIGIT_BASE}; `;
    const pools = this.pools;
    if (pools === null) return `${small}${target} = intBlock(s, low, high, ${block}); }`;
    // From its pool here (pool-block-text.ts; a full pool, or tracemalloc tracing, goes to
    // intBlock): the exact size (newUncachedInt's request, INT_BLOCK bytes), or a block of
    // `block` digits, CPython's for + - * << of larger ints (intBlockBytes: the digits the
    // value needs if more), whose size class the text computes.
    const header = `const w = o >> 2; i32[w] = 1; i32[w + 1] = 0; i32[w + 2] = ${this.ty.int}; i32[w + 3] = 0; ` +
      `i32[w + 4] = (n ^ s) - s; i32[w + 5] = s; i32[w + 6] = low; i32[w + 7] = high;`;
    let idx: string, blockSize: string, sizing: string;
    if (block === "0") {
      const exact = (W.INT_BLOCK - 1) >> pools.alignmentShift;
      idx = String(exact);
      blockSize = String((exact + 1) << pools.alignmentShift);
      sizing = "";
    } else {
      idx = "ix";
      blockSize = "bs";
      sizing = `const bd = ${block}; const ix = (${W.INT_HEADER} + 4 * (bd > n ? bd : n) - 1) >> ${pools.alignmentShift}, bs = (ix + 1) << ${pools.alignmentShift}; `;
    }
    return `${small}const n = high === 0 ? 1 : 2; ${sizing}let o = 0; ${poolBlockText("o", idx, blockSize, header)} ` +
      `${target} = o !== 0 ? o : intBlock(s, low, high, ${block === "0" ? "0" : "bd"}); }`;
  }

  /**
   * The text that frees the exact int `v` (its count reached zero): given back to its pool's
   * free list here, as pymalloc_free does, when the pool stays on its size class's list and
   * keeps blocks in use; else freeInt (the heap's free).
   */
  private freeIntText(v: string): string {
    const pools = this.pools;
    if (pools === null) return `freeInt(${v});`;
    return `{ const q = (${v} & ${pools.poolMask}) >> 2; ` +
      `if (${v} >= PS[${v} >> ${pools.arenaBits}] && H.tracer === null && i32[q + ${PoolWord.FREEBLOCK}] !== 0 && i32[q + ${PoolWord.COUNT}] > 1) ` +
      `{ i32[${v} >> 2] = i32[q + ${PoolWord.FREEBLOCK}]; i32[q + ${PoolWord.FREEBLOCK}] = ${v}; i32[q + ${PoolWord.COUNT}]--; } else freeInt(${v}); }`;
  }

  /**
   * The heap's pool level for inline allocation (Heap.compiledCodePools), or null when every
   * allocation goes through the heap's functions (a text that must be short, the heap's debug
   * checks, or the runtime's count of live objects).
   */
  protected get pools(): CompiledCodePools | null {
    if (this.poolsRead === undefined) this.poolsRead = this.inline >= Inline.INT_BLOCKS && this.rt.liveObjects === null ? this.rt.heap.compiledCodePools() : null;
    return this.poolsRead;
  }

  private poolsRead: CompiledCodePools | null | undefined = undefined;

  /**
   * The text that sets `target` to a new float of value `value` (a JavaScript variable), or to
   * 0 when the heap is full: float's free list first, as the eval loop's newFloatFast, written
   * out here (a call would box the double argument in a JavaScript heap number).
   */
  protected newFloatText(target: string, value: string): string {
    return `let o = free.floatHead; if (o !== 0) { free.floatHead = i32[(o + ${Layout.TYPE}) >> 2]; free.floatCount--; } else o = floatBlock(rt); ` +
      `if (o !== 0) { i32[o >> 2] = 1; i32[(o + ${Layout.TYPE}) >> 2] = ${this.ty.float}; f64[(o + ${W.FLOAT_VALUE}) >> 3] = ${value}; } ${target} = o;`;
  }

  /**
   * Decrement `v`'s count and deallocate it at zero. A deallocation may run Python code
   * (`__del__`), which could look at counts: the borrowed entries get their references for it.
   * `seen`: the type the value most likely has (Entry.seen), 0 when not known.
   */
  protected decref(v: string, numeric = false, seen = 0): void {
    // A float or int that dies (an operation's result, a local's old value) is freed here, as
    // deallocFast does (no Python code runs for it): a float to float's free list while it has
    // room, an int's block to the heap. (Only the one the hint names, and neither for a hint
    // of another type: D frees them as well.)
    if (seen !== 0 && seen !== this.ty.float && seen !== this.ty.int) numeric = false;
    const float = numeric && seen !== this.ty.int
      ? `if (i32[(${v} + ${Layout.TYPE}) >> 2] === ${this.ty.float} && free.floatCount < ${FLOAT_FREE_MAX}) { ` +
        `i32[(${v} + ${Layout.TYPE}) >> 2] = free.floatHead; free.floatHead = ${v}; free.floatCount++; } else `
      : "";
    const int = numeric && seen !== this.ty.float ? `if (i32[(${v} + ${Layout.TYPE}) >> 2] === ${this.ty.int}) ${this.freeIntText(v)} else ` : "";
    this.emit(this.deallocAtZeroText(v, float + int));
  }

  /**
   * The text of decref's release of `v` (any type): its count decremented and, at zero, the
   * object freed by `toFreeList` (decref's inline frees, each ending in `else`) or deallocated
   * by D, with the stack's borrowed entries given references of their own meanwhile.
   */
  protected deallocAtZeroText(v: string, toFreeList = ""): string {
    const borrowed = this.vs.filter((e) => !e.owned && !e.isNull);
    if (borrowed.length === 0) return `if (--i32[${v} >> 2] === 0) { ${toFreeList}D(${v}); }`;
    const inc = borrowed.map((e) => `i32[${e.v} >> 2]++;`).join(" ");
    const dec = borrowed.map((e) => `i32[${e.v} >> 2]--;`).join(" ");
    return `if (--i32[${v} >> 2] === 0) { ${toFreeList}{ ${inc} D(${v}); ${dec} } }`;
  }

  /**
   * The text that writes the stack (every entry owned) and the frame's LASTI and STACKTOP:
   * stores in the text; in a compact text, a call of `S` (steps.ts's syncStackOf) for stacks
   * of five or six entries, which is shorter. (Stacks of five and six went through S in every
   * text, a call of eleven arguments, which V8 does not inline into a long text once its
   * inlining budget is spent: written here, oo_shapes 0.96, 0.97 and 0.96 of the time in 8, 10
   * and 12 paired runs, the rest within the noise, for texts a little longer: nbody's pair
   * loop about 53,000 characters; no text of the suite changes to compact, and comprehensions'
   * main loop, compact before, would not fit with stores. Stacks of up to four had been written
   * here already: dict_str 0.96, nbody and fannkuch 0.98 against S for all.)
   */
  protected syncText(lasti: number): string {
    if (this.compact && this.vs.length > COMPACT_SYNC_INLINE_MAX && this.vs.length <= SYNC_ARGS) {
      let mask = 0;
      this.vs.forEach((e, j) => {
        if (!e.owned && !e.isNull) mask |= 1 << j;
      });
      return `S(f, sb, ${lasti}, ${this.vs.length}, ${mask}${this.vs.map((e) => `, ${e.v}`).join("")});`;
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
  protected unsyncText(): string {
    return this.vs.filter((e) => !e.owned && !e.isNull).map((e) => `i32[${e.v} >> 2]--;`).join(" ");
  }

  /**
   * The slice's check points left, as the text reads and writes them: a loop's function has
   * them in its `budget` argument; a whole function shares them with its callers and callees
   * in the tier's cell `bud[0]` (a loop writes its `budget` there around such a call).
   */
  protected get budget(): string {
    return this.whole ? "bud[0]" : "budget";
  }

  /** What the function returns when it leaves its frame, saved, to the eval loop. */
  protected get leaving(): string {
    return this.whole ? String(Exit.LEFT) : "budget";
  }

  /**
   * The statement that returns `value` (a text, what the block's function returns when it left
   * its frame): in a segment, that value as the segment says it to its caller (Segment).
   */
  protected leftReturn(value: string): string {
    if (this.segment === null) return this.returnText(value);
    return this.whole ? `return ${Exit.LEFT};` : `return -1 - (${value});`;
  }

  /**
   * The statement that makes the text's function return `value` (a text), written in the
   * block's function (not a segment's): in a group's function, the value goes to the text's
   * `gr` and the group returns -1, on which the text's function returns `gr`
   * (block-groups.ts).
   */
  protected returnText(value: string): string {
    return this.currentGroup === 0 ? `return ${value};` : `{ gr = ${value}; return -1; }`;
  }

  /**
   * The text that leaves to the eval loop: the frame's stack words 0 ... get `values` (the
   * entries whose bit is set in `mask` getting their reference first), LASTI `lasti` and
   * STACKTOP the number of values; J.exits counts it when `counted`; the function returns
   * `ret`; `released` (a reference the stack no longer holds, or "0") is released after the
   * sync, after which LASTI becomes `resumeAt`. A cold exit (COLD_EXIT_BLOCK) when X takes the
   * values; inline otherwise.
   */
  protected coldExitText(lasti: number, values: readonly string[], mask: number, counted: boolean, ret: string, chunkEnded = false, released = "0", resumeAt = 0): string {
    if (values.length > COLD_EXIT_ARGS) {
      const parts: string[] = [];
      values.forEach((v, j) => {
        if ((mask & (1 << j)) !== 0) parts.push(`i32[${v} >> 2]++;`);
        parts.push(`i32[sb + ${2 * j}] = ${v};`);
      });
      parts.push(`i32[(f + ${F.LASTI}) >> 2] = ${lasti};`, `i32[(f + ${F.STACKTOP}) >> 2] = ${values.length};`);
      if (released !== "0") parts.push(`R(f, ${released}, ${resumeAt});`);
      return `{ ${parts.join(" ")} ${counted ? "J.exits++; " : ""}${this.leftReturn(ret)} }`;
    }
    // (A function leaves once: the locals not assigned here still hold their first value, 0.)
    const assigned = [`xl = ${lasti};`, `xn = ${values.length};`];
    if (mask !== 0) assigned.push(`xm = ${mask};`);
    values.forEach((v, j) => {
      if (v !== "0") assigned.push(`x${j} = ${v};`);
    });
    if (counted) assigned.push("xe = 1;");
    if (ret !== "0") assigned.push(`xr = ${ret};`);
    if (chunkEnded) assigned.push(`xc = ${CHUNK_ENDED};`);
    if (released !== "0") assigned.push(`xd = ${released};`, `xa = ${resumeAt};`);
    return `{ ${assigned.join(" ")} break ${EXIT_LABEL}; }`;
  }

  /** Leave to the eval loop with the stack as it is now (the borrowed entries get their references), at the unit after `lasti`. */
  protected leaveText(lasti: number, counted: boolean, ret = this.leaving, chunkEnded = false, released = "0", resumeAt = 0): string {
    let mask = 0;
    this.vs.forEach((e, j) => {
      if (!e.owned && !e.isNull) mask |= 1 << j;
    });
    return this.coldExitText(lasti, this.vs.map((e) => e.v), mask, counted, ret, chunkEnded, released, resumeAt);
  }

  /** Leave to the eval loop at `ins` (nothing of it done), with the stack as it is now. */
  protected exitText(ins: Instr): string {
    return this.leaveText(ins.start - 1, true);
  }

  /**
   * After something that may have run Python code: if it started tracemalloc, leave at the
   * unit `resume` (the stack as it is now), since an allocation's traceback needs LASTI, which
   * only the eval loop keeps at every instruction.
   */
  protected tracingExit(resume: number): void {
    this.emit(`if (H.tracer !== null) ${this.leaveText(resume - 1, false)}`);
  }

  protected exitAt(ins: Instr): void {
    this.emit(this.exitText(ins));
  }

  /** End the block: the stack in s0, s1, ... (owned), then on to the block at `target`. */
  protected flush(): void {
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
  protected jumpText(target: number): string {
    const n = this.blockNumber.get(target);
    if (n !== undefined) return this.toBlockText(n, this.vs.length);
    return this.leaveText(target - 1, false);
  }

  /**
   * Go on at block `n` with the stack in s0 ... s(depth-1) (owned): the dispatch loop's next
   * round, or, from a group's function to a block of another, back to the text's function
   * with the block's number, the stack through the frame's words and the loop's budget and
   * part in `gb` and `gp` (block-groups.ts).
   */
  protected toBlockText(n: number, depth: number): string {
    const g = this.currentGroup;
    if (g === 0 || this.groupOf === null || this.groupOf[n] === g) return `blk = ${n}; continue;`;
    this.groupExitDepth[g] = Math.max(this.groupExitDepth[g] ?? 0, depth);
    return `{ ${this.blockStackToFrame(depth)}${depth > 0 ? " " : ""}${this.whole ? "" : "gb = budget; gp = part; "}return ${n}; }`;
  }

  protected goto(target: number): void {
    this.flush();
    this.emit(this.jumpText(target));
  }

  /** The text that writes a block's stack (s0 ... s(depth-1), all owned) to the frame's words. */
  protected blockStackToFrame(depth: number): string {
    return Array.from({ length: depth }, (_, j) => `i32[sb + ${2 * j}] = s${j};`).join(" ");
  }

  /** A backward jump: the check point (the eval loop's: it ends the slice at the target), then the jump. */
  protected backTo(target: number): void {
    this.flush();
    this.emit(`if (vm.breaker !== 0 || --${this.budget} <= 0) ${this.leaveText(target - 1, false, this.whole ? String(Exit.LEFT) : "0")}`);
    // A loop's part spent (Jit.CHUNK backward jumps, its inner loops' included): it leaves at
    // the next jump to its head, where runCompiledLoop enters it again (the function has no
    // entry at an inner loop's head).
    if (!this.whole && target === this.head) this.emit(`if (--part <= 0) ${this.leaveText(target - 1, false, "budget", true)}`);
    else if (!this.whole) this.emit(`--part;`);
    this.emit(this.jumpText(target));
  }

  /** The value of a one-digit int entry, or the text that reads it (the caller tests the type and size). */
  protected intValueText(e: Entry): string {
    if (e.intValue === e.intValue) return `(${e.intValue})`;
    return `(i32[(${e.v} + ${Layout.SIZE}) >> 2] * i32[(${e.v} + ${Layout.INT_DIGIT0}) >> 2])`;
  }

  /** The test that `e` is an exact int of at most two digits whose value is below 2**53. */
  protected twoDigitTest(e: Entry): string {
    if (e.intValue === e.intValue) return "true";
    if (e.constType !== 0) return "false";
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${this.ty.int} && ((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 2) >>> 0) <= 4 && ` +
      `(((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 1) >>> 0) <= 2 || i32[(${e.v} + ${Layout.INT_DIGIT0 + 4}) >> 2] < ${W.DIGIT1_EXACT})`;
  }

  /** The value of an int that twoDigitTest passed. */
  protected twoDigitValueText(e: Entry): string {
    if (e.intValue === e.intValue) return `(${e.intValue})`;
    const size = `i32[(${e.v} + ${Layout.SIZE}) >> 2]`;
    const d0 = `i32[(${e.v} + ${Layout.INT_DIGIT0}) >> 2]`;
    const d1 = `i32[(${e.v} + ${Layout.INT_DIGIT0 + 4}) >> 2]`;
    return `(((${size} + 1) >>> 0) <= 2 ? ${size} * ${d0} : (${size} < 0 ? -1 : 1) * (${d0} + ${d1} * ${W.DIGIT_BASE}))`;
  }

  /**
   * Whether oneDigitTest and twoDigitTest can hold for `e`: not for a constant other than an
   * int of one digit (both tests are then "false").
   */
  protected digitTestsCanHold(e: Entry): boolean {
    return e.intValue === e.intValue || e.constType === 0;
  }

  /** The test that `e` is an exact int of at most one digit. */
  protected oneDigitTest(e: Entry): string {
    if (e.intValue === e.intValue) return "true";
    if (e.constType !== 0) return "false";
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${this.ty.int} && ((i32[(${e.v} + ${Layout.SIZE}) >> 2] + 1) >>> 0) <= 2`;
  }

  /**
   * Run an instruction on the frame's stack: the stack is synced (LASTI at `at`), `call` runs,
   * then the entries below `keep` are as before (their references given back) and the frame's
   * words [keep, depth) become the entries from there, owned, in fresh variables. Returns their names.
   */
  protected onFrame(at: number, call: string, keep: number, depth: number): string[] {
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
  protected general(ins: Instr, nIn: number, nOut: number): string[] {
    const d = this.vs.length;
    return this.onFrame(ins.at, `execSlow(vm, th, f, sb + ${2 * d}, ${ins.op}, ${ins.arg}, 0);`, d - nIn, d - nIn + nOut);
  }

  /**
   * A fast path in JavaScript with the general path as its fallback: `fast` (text) sets
   * `result` (declared here, 0) when it applies; then the operands are released there, or else
   * the general path runs and its result is read into `result`. The instruction's `nIn`
   * operands become one result.
   */
  protected fastOrGeneral(ins: Instr, nIn: number, result: string, fast: string[]): void {
    this.emit(`let ${result} = 0;`);
    for (const line of fast) this.emit(line);
    const operands = this.vs.slice(this.vs.length - nIn);
    const saved = this.vs.map((e) => ({ ...e }));
    this.emit(`if (${result} !== 0) {`);
    this.vs.length -= nIn;
    this.releaseInOrder(operands);
    this.emit(`} else {`);
    this.vs = saved.map((e) => ({ ...e }));
    const [r] = this.general(ins, nIn, 1);
    this.emit(`${result} = ${r};`);
    this.tracingExit(ins.next);
    this.emit(`}`);
    this.vs = saved.slice(0, saved.length - nIn);
    this.push(ownedVar(result));
  }

  /** The type `e` most likely has: a constant's, else its hint (Entry.seen); 0 when not known. */
  protected likelyType(e: Entry): number {
    return e.constType !== 0 ? e.constType : e.seen ?? 0;
  }

  /** Whether `e` may be of `type` (a constant's type is known here). */
  protected mayBe(e: Entry, type: number): boolean {
    return e.constType === 0 || e.constType === type;
  }

  /** The test that `e` is of exact type `type`. */
  protected typeTest(e: Entry, type: number): string {
    if (e.constType !== 0) return String(e.constType === type);
    return `i32[(${e.v} + ${Layout.TYPE}) >> 2] === ${type}`;
  }
}
